//! Extra fields (define, list, remove, set, unset, get, `--extra` on add,
//! edit and list) and employees, end to end through the binary.

use crate::common::*;
use serde_json::{json, Value};

fn define(env: &Env, args: &[&str]) {
    env.cmd()
        .args(["extra-field", "define"])
        .args(args)
        .assert()
        .success();
}

fn person(env: &Env, extra: &[&str]) -> (i32, String, String) {
    let mut args = vec![
        "subscriber",
        "add",
        "--type",
        "person",
        "--last-name",
        "Иванов",
        "--first-name",
        "Иван",
        "--no-password",
        "--json",
    ];
    args.extend(extra);
    env.run(&args)
}

fn count(env: &Env) -> usize {
    env.json(&["subscriber", "list", "--all", "--limit", "0"])
        .as_array()
        .map_or(0, Vec::len)
}

#[test]
fn enum_value_outside_the_list_exits_3_naming_the_allowed_values() {
    let env = Env::new();
    define(&env, &["tariff_zone", "--type", "enum", "--values", "a,b"]);
    let (code, _, err) = person(&env, &["--extra", "tariff_zone=c"]);
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("extra.tariff_zone"), "{err}");
    assert!(err.contains("a, b"), "{err}");
    assert_eq!(count(&env), 0, "nothing may be written");
    let (code, out, err) = person(&env, &["--extra", "tariff_zone=b"]);
    assert_eq!(code, 0, "{err}");
    let card: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(card["extra"], json!({"tariff_zone": "b"}));
}

#[test]
fn required_extra_field_blocks_legal_cards_only() {
    let env = Env::new();
    define(
        &env,
        &[
            "contract_ref",
            "--type",
            "string",
            "--required",
            "--for",
            "legal",
        ],
    );
    let mut no_password = SBER.to_vec();
    no_password.push("--no-password");
    let (code, _, err) = env.run(&no_password);
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("extra.contract_ref"), "{err}");
    assert!(err.contains("--extra contract_ref="), "{err}");
    assert_eq!(count(&env), 0);

    let (code, _, err) = person(&env, &[]);
    assert_eq!(code, 0, "a person card is not held to it: {err}");
    // Not used on person cards at all.
    let (code, _, err) = person(&env, &["--extra", "contract_ref=Д-1"]);
    assert_eq!(code, 3, "{err}");

    let mut with = no_password.clone();
    with.extend(["--extra", "contract_ref=Д-1"]);
    let (code, _, err) = env.run(&with);
    assert_eq!(code, 0, "{err}");
    // Unsetting a required field is refused like clearing any required field.
    let (code, _, err) = env.run(&["extra-field", "unset", "inn:7707083893", "contract_ref"]);
    assert_eq!(code, 3, "{err}");
}

#[test]
fn extra_name_in_required_setting_goes_through_the_same_rule() {
    let env = Env::new();
    define(&env, &["contract_ref", "--type", "string"]);
    env.set("required.legal", "name,inn,extra.contract_ref");
    let mut args = SBER.to_vec();
    args.push("--no-password");
    let (code, _, err) = env.run(&args);
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("extra.contract_ref"), "{err}");
    let (code, _, err) = person(&env, &[]);
    assert_eq!(code, 0, "{err}");
    args.extend(["--extra", "contract_ref=R-1"]);
    let (code, _, err) = env.run(&args);
    assert_eq!(code, 0, "{err}");
    // A field named in required.* cannot be removed.
    let (code, _, err) = env.run(&["extra-field", "remove", "contract_ref", "--yes"]);
    assert_eq!(code, 5, "{err}");
    assert!(err.contains("required.legal"), "{err}");
}

#[test]
fn each_type_round_trips_in_its_normalised_form() {
    let env = Env::new();
    define(&env, &["note", "--type", "string", "--label", "Заметка"]);
    define(&env, &["ports", "--type", "integer"]);
    define(&env, &["speed", "--type", "decimal"]);
    define(&env, &["since", "--type", "date"]);
    define(&env, &["paid", "--type", "bool"]);
    define(&env, &["zone", "--type", "enum", "--values", "a,b"]);
    define(
        &env,
        &["vlan", "--type", "string", "--pattern", "^V[0-9]{3}$"],
    );
    let (code, _, err) = person(&env, &[]);
    assert_eq!(code, 0, "{err}");
    let cases: &[(&str, &str, Value)] = &[
        ("note", " текст ", json!("текст")),
        ("ports", "42", json!(42)),
        ("speed", "12,50", json!(12.5)),
        ("since", "05.03.2026", json!("2026-03-05")),
        ("paid", "да", json!(true)),
        ("zone", "b", json!("b")),
        ("vlan", "V100", json!("V100")),
    ];
    for (name, raw, want) in cases {
        let v = env.json(&["extra-field", "set", "1", name, raw]);
        assert_eq!(&v["value"], want, "{name}");
        let card = env.json(&["subscriber", "show", "1"]);
        assert_eq!(&card["extra"][name], want, "{name} in the card");
    }
    // get: every field, or one (a bare value in a table).
    let all = env.json(&["extra-field", "get", "1"]);
    assert_eq!(all.as_array().unwrap().len(), cases.len());
    let (_, out, _) = env.run(&["extra-field", "get", "1", "speed"]);
    assert_eq!(out.trim(), "12.5");
    // export: JSON lines carry the typed values, CSV the extra columns.
    let (_, out, _) = env.run(&["subscriber", "export", "--format", "jsonl"]);
    let exported: Value = serde_json::from_str(out.lines().next().unwrap()).unwrap();
    assert_eq!(exported["extra"]["paid"], json!(true));
    let (_, csv, _) = env.run(&["subscriber", "export", "--format", "csv"]);
    let header = csv.lines().next().unwrap();
    assert!(header.contains("extra.speed"), "{header}");
    assert!(csv.lines().nth(1).unwrap().contains("2026-03-05"), "{csv}");

    for (name, raw) in [
        ("ports", "4.2"),
        ("speed", "1,2,3"),
        ("since", "31.02.2026"),
        ("paid", "может быть"),
        ("zone", "c"),
        ("vlan", "v100"),
    ] {
        let (code, _, err) = env.run(&["extra-field", "set", "1", name, raw]);
        assert_eq!(code, 3, "{name}={raw}: {err}");
        assert!(err.contains(&format!("extra.{name}")), "{err}");
    }
    for (name, _, _) in cases {
        env.cmd()
            .args(["extra-field", "unset", "1", name])
            .assert()
            .success();
    }
    let card = env.json(&["subscriber", "show", "1"]);
    assert_eq!(card["extra"], json!({}));
    let (code, _, _) = env.run(&["extra-field", "set", "1", "nope", "x"]);
    assert_eq!(code, 4);
}

#[test]
fn removing_a_field_in_use_needs_yes() {
    let env = Env::new();
    define(&env, &["zone", "--type", "enum", "--values", "a,b"]);
    define(&env, &["unused", "--type", "integer"]);
    person(&env, &["--extra", "zone=a"]);
    env.cmd()
        .args(["extra-field", "remove", "unused"])
        .assert()
        .success();
    let (code, _, err) = env.run(&["extra-field", "remove", "zone"]);
    assert_eq!(code, 5, "{err}");
    assert!(err.contains("--force"), "{err}");
    // --yes only means "never prompt": a cron job's -y deletes nothing.
    let (code, _, err) = env.run(&["extra-field", "remove", "zone", "--yes"]);
    assert_eq!(code, 5, "{err}");
    assert_eq!(env.json(&["subscriber", "show", "1"])["extra"]["zone"], "a");
    env.cmd()
        .args(["extra-field", "remove", "zone", "--force"])
        .assert()
        .success();
    assert_eq!(env.json(&["subscriber", "show", "1"])["extra"], json!({}));
    assert_eq!(env.json(&["extra-field", "list"]), json!([]));
    let (code, _, _) = env.run(&["extra-field", "remove", "zone"]);
    assert_eq!(code, 4);
    let history = env.json(&["history", "1"]);
    assert!(history
        .as_array()
        .unwrap()
        .iter()
        .any(|h| h["field"] == "extra.zone" && h["old"] == "a" && h["new"].is_null()));
}

#[test]
fn extra_on_add_edit_and_list() {
    let env = Env::new();
    define(&env, &["zone", "--type", "enum", "--values", "a,b"]);
    define(&env, &["paid", "--type", "bool"]);
    person(&env, &["--extra", "zone=a", "--extra", "paid=да"]);
    person(&env, &["--extra", "zone=b", "--extra", "paid=0"]);
    let ids = |args: &[&str]| -> Vec<i64> {
        let mut all = vec!["subscriber", "list"];
        all.extend(args);
        env.json(&all)
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["id"].as_i64().unwrap())
            .collect()
    };
    assert_eq!(ids(&["--extra", "zone=a"]), vec![1]);
    assert_eq!(ids(&["--extra", "paid=yes"]), vec![1]);
    assert_eq!(
        ids(&["--extra", "paid=false", "--extra", "zone=b"]),
        vec![2]
    );
    let (code, _, _) = env.run(&["subscriber", "list", "--extra", "zone=c"]);
    assert_eq!(code, 3);

    let card = env.json(&["subscriber", "edit", "2", "--extra", "zone=a"]);
    assert_eq!(card["extra"]["zone"], "a");
    let card = env.json(&["subscriber", "edit", "2", "--clear", "extra.zone"]);
    assert!(card["extra"].get("zone").is_none());
    let history = env.json(&["history", "2"]);
    let fields: Vec<&str> = history
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|h| h["field"].as_str())
        .collect();
    assert!(fields.contains(&"extra.zone"), "{history}");
}

#[test]
fn redefining_a_field_checks_and_renormalises_stored_values() {
    let env = Env::new();
    define(&env, &["zone", "--type", "string"]);
    person(&env, &["--extra", "zone=c"]);
    let (code, _, err) = env.run(&[
        "extra-field",
        "define",
        "zone",
        "--type",
        "enum",
        "--values",
        "a,b",
    ]);
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("card 1"), "{err}");
    define(&env, &["zone", "--type", "enum", "--values", "a,b,c"]);
    let list = env.json(&["extra-field", "list"]);
    assert_eq!(list[0]["values"], json!(["a", "b", "c"]));
}

#[test]
fn an_employee_cannot_join_a_person_card() {
    let env = Env::new();
    person(&env, &[]);
    let (code, _, err) = env.run(&[
        "employee",
        "add",
        "1",
        "--last-name",
        "Петров",
        "--first-name",
        "Пётр",
    ]);
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("person"), "{err}");
    assert_eq!(env.json(&["employee", "list", "1"]), json!([]));
}

#[test]
fn employees_appear_in_the_legal_card_json() {
    let env = Env::new();
    env.cmd().args(SBER).assert().success();
    let e = env.json(&[
        "employee",
        "add",
        "inn:7707083893",
        "--last-name",
        "Петров",
        "--first-name",
        "Пётр",
        "--middle-name",
        "Петрович",
        "--position",
        "главный бухгалтер",
        "--email",
        "buh@example.ru",
        "--phone",
        "8 (912) 345-67-89",
    ]);
    let id = e["id"].as_i64().unwrap();
    let card = env.json(&["subscriber", "show", "1"]);
    assert_eq!(
        card["employees"],
        json!([{
            "id": id, "last_name": "Петров", "first_name": "Пётр", "middle_name": "Петрович",
            "position": "главный бухгалтер", "email": "buh@example.ru", "phone": "+79123456789"
        }])
    );
    for (flag, bad) in [("--email", "buh.example.ru"), ("--phone", "12")] {
        let (code, _, err) = env.run(&[
            "employee",
            "add",
            "1",
            "--last-name",
            "Сидоров",
            "--first-name",
            "Сидор",
            flag,
            bad,
        ]);
        assert_eq!(code, 3, "{flag} {bad}: {err}");
    }
    // A card with employees cannot become a person card.
    let (code, _, err) = env.run(&[
        "subscriber",
        "edit",
        "1",
        "--type",
        "person",
        "--last-name",
        "А",
        "--first-name",
        "Б",
        "--clear",
        "name",
        "--clear",
        "kpp",
        "--clear",
        "ogrn",
    ]);
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("employees"), "{err}");
    env.cmd()
        .args(["employee", "remove", &id.to_string()])
        .assert()
        .success();
    assert_eq!(
        env.json(&["subscriber", "show", "1"])["employees"],
        json!([])
    );
    let (code, _, _) = env.run(&["employee", "remove", &id.to_string()]);
    assert_eq!(code, 4);
    let actions: Vec<String> = env
        .json(&["history", "1"])
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["action"].as_str().unwrap_or_default().to_string())
        .collect();
    assert!(actions.contains(&"employee.add".to_string()));
    assert!(actions.contains(&"employee.remove".to_string()));
}

#[test]
fn import_map_to_an_extra_field_is_checked_by_type() {
    let env = Env::new();
    define(&env, &["zone", "--type", "enum", "--values", "a,b"]);
    define(&env, &["speed", "--type", "decimal"]);
    let file = env.dir.path().join("list.csv");
    std::fs::write(
        &file,
        "Наименование;ИНН;КПП;Зона;Скорость\n\
         ПАО Сбербанк;7707083893;773601001;a;1,5\n\
         ООО Ромашка;7736207543;773601001;c;2\n",
    )
    .unwrap();
    let rejects = env.dir.path().join("rejects.csv");
    let import = || {
        env.run(&[
            "import-1c",
            file.to_str().unwrap(),
            "--map",
            "Зона=extra.zone",
            "--map",
            "Скорость=extra.speed",
            "--rejects",
            rejects.to_str().unwrap(),
            "--json",
        ])
    };
    let (code, out, err) = import();
    assert_eq!(code, 3, "{err}");
    let summary: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        (summary["created"].as_i64(), summary["rejected"].as_i64()),
        (Some(1), Some(1))
    );
    let rejected = std::fs::read_to_string(&rejects).unwrap();
    assert!(rejected.contains("extra.zone"), "{rejected}");
    let card = env.json(&["subscriber", "show", "inn:7707083893"]);
    assert_eq!(card["extra"], json!({"speed": 1.5, "zone": "a"}));
    std::fs::remove_file(&rejects).unwrap();
    let (_, out, _) = import();
    let summary: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(summary["unchanged"], 1, "normalised values compare equal");
}
