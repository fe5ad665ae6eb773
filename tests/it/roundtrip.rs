//! Done-when 8: every card flag round-trips through the real binary — set
//! by `subscriber add`, shown by `show --json` at its DESIGN §4 path,
//! changed by `edit`, emptied by `edit --clear FIELD`, present in `export`
//! (jsonl and csv) and recorded in the history without any password.

use crate::common::*;
use serde_json::{json, Value};

/// One card field: its catalog name (for `--clear`, the history and the CSV
/// column), its JSON path, the flags that set it on add and on edit, and
/// the value `show --json` must then hold at the path.
struct Field {
    name: &'static str,
    path: &'static str,
    add: &'static [&'static str],
    added: Value,
    edit: &'static [&'static str],
    edited: Value,
}

fn field(
    name: &'static str,
    path: &'static str,
    add: &'static [&'static str],
    added: Value,
    edit: &'static [&'static str],
    edited: Value,
) -> Field {
    Field {
        name,
        path,
        add,
        added,
        edit,
        edited,
    }
}

/// Text fields whose flag value comes back unchanged.
fn text(
    name: &'static str,
    path: &'static str,
    flag: &'static str,
    added: &'static str,
    edited: &'static str,
) -> Field {
    let add: &'static [&'static str] = Box::leak(Box::new([flag, added]));
    let edit: &'static [&'static str] = Box::leak(Box::new([flag, edited]));
    field(name, path, add, json!(added), edit, json!(edited))
}

fn addresses() -> Vec<Field> {
    vec![
        field(
            "address.legal",
            "addresses:legal",
            &["--address", "legal=119021, Москва, ул. Льва Толстого, 16"],
            json!("119021, Москва, ул. Льва Толстого, 16"),
            &["--address", "legal=117312, Москва, ул. Вавилова, 19"],
            json!("117312, Москва, ул. Вавилова, 19"),
        ),
        field(
            "address.actual",
            "addresses:actual",
            &["--address", "actual=Москва, Садовническая ул., 82"],
            json!("Москва, Садовническая ул., 82"),
            &["--address", "actual=Москва, Кутузовский пр-т, 32"],
            json!("Москва, Кутузовский пр-т, 32"),
        ),
        field(
            "address.postal",
            "addresses:postal",
            &["--address", "postal=115035, Москва, а/я 12"],
            json!("115035, Москва, а/я 12"),
            &["--address", "postal=121170, Москва, а/я 7"],
            json!("121170, Москва, а/я 7"),
        ),
        field(
            "address.registration",
            "addresses:registration",
            &["--address", "registration=Москва, ул. Арбат, 1 = кв. 5"],
            // Only the first `=` separates KIND from TEXT.
            json!("Москва, ул. Арбат, 1 = кв. 5"),
            &["--address", "registration=Тверь, ул. Советская, 3"],
            json!("Тверь, ул. Советская, 3"),
        ),
    ]
}

/// Fields every card type has, in an order that `--clear` can follow one
/// at a time (accounts before the BIK they are keyed with).
fn common_fields() -> Vec<Field> {
    let mut v = vec![
        text("category", "category", "--category", "agent", "dealer"),
        text("okato", "okato", "--okato", "45286565000", "45293554000"),
        text("oktmo", "oktmo", "--oktmo", "45382000", "45375000000"),
        text("login", "login", "--login", "client-one", "client.two"),
    ];
    v.extend(addresses());
    v.extend([
        text(
            "delivery",
            "delivery.method",
            "--delivery",
            "edo",
            "courier",
        ),
        text(
            "delivery_address",
            "delivery.address",
            "--delivery-address",
            "Москва, ул. Тверская, 1",
            "Москва, ул. Тверская, 2",
        ),
        text(
            "edo_id",
            "delivery.edo_id",
            "--edo-id",
            "2BE-0001",
            "2AL-0002",
        ),
        field(
            "group",
            "groups",
            &["--group", "VIP", "--group", "Опт"],
            json!(["VIP", "Опт"]),
            &["--group", "Партнёры"],
            json!(["Партнёры"]),
        ),
        field(
            "manager",
            "manager",
            &["--manager", "Петров Пётр"],
            json!({"name": "Петров Пётр", "email": "petrov@isp.ru"}),
            &["--manager", "Сидорова Анна"],
            json!({"name": "Сидорова Анна", "email": "sidorova@isp.ru"}),
        ),
        field(
            "email",
            "emails",
            &["--email", "a@x.ru, b@y.ru"],
            json!([
                {"value": "a@x.ru", "confirmed": true},
                {"value": "b@y.ru", "confirmed": true}
            ]),
            &["--email", "c@z.ru", "--email", "d@w.ru"],
            json!([
                {"value": "c@z.ru", "confirmed": true},
                {"value": "d@w.ru", "confirmed": true}
            ]),
        ),
        field(
            "phone",
            "phones",
            &["--phone", "8 (812) 309-09-09"],
            json!([{"value": "+78123090909", "extension": null, "confirmed": true}]),
            &["--phone", "+7 846 231-60-14 доб. 139; 8 912 000 11 22"],
            json!([
                {"value": "+78462316014", "extension": "139", "confirmed": true},
                {"value": "+79120001122", "extension": null, "confirmed": true}
            ]),
        ),
        text(
            "bank.name",
            "bank.name",
            "--bank-name",
            "Банк первый",
            "ПАО Сбербанк",
        ),
    ]);
    v
}

/// Bank accounts and BIK: add uses `bik_add` and its accounts, edit moves
/// to Sberbank (044525225) with a computed settlement account.
fn bank(
    bik_add: &'static str,
    account_add: &'static str,
    corr_add: &'static str,
    account_edit: &'static str,
) -> Vec<Field> {
    vec![
        text(
            "bank.account",
            "bank.account",
            "--account",
            account_add,
            account_edit,
        ),
        text(
            "bank.corr_account",
            "bank.corr_account",
            "--corr-account",
            corr_add,
            "30101810400000000225",
        ),
        text("bank.bik", "bank.bik", "--bik", bik_add, "044525225"),
    ]
}

/// The document fields of ip and person cards; series and number come
/// before the type because without a type they are checked as a passport.
fn document(issued_on_edit: &'static str) -> Vec<Field> {
    vec![
        text(
            "doc.series",
            "document.series",
            "--doc-series",
            "4506",
            "75",
        ),
        text(
            "doc.number",
            "document.number",
            "--doc-number",
            "123456",
            "1234567",
        ),
        text(
            "doc.type",
            "document.type",
            "--doc-type",
            "passport",
            "foreign-passport",
        ),
        text(
            "doc.issued_by",
            "document.issued_by",
            "--doc-issued-by",
            "ОВД Тверского района г. Москвы",
            "ГУ МВД России по г. Москве",
        ),
        field(
            "doc.issued_on",
            "document.issued_on",
            &["--doc-issued-on", "15.03.2012"],
            json!("2012-03-15"),
            Box::leak(Box::new(["--doc-issued-on", issued_on_edit])),
            json!("2013-04-16"),
        ),
        text(
            "doc.division_code",
            "document.division_code",
            "--doc-division-code",
            "770-001",
            "500-002",
        ),
        field(
            "birth_date",
            "document.birth_date",
            &["--birth-date", "01.02.1980"],
            json!("1980-02-01"),
            &["--birth-date", "31.12.1981"],
            json!("1981-12-31"),
        ),
        text(
            "birth_place",
            "document.birth_place",
            "--birth-place",
            "г. Москва",
            "г. Тверь",
        ),
        field(
            "consent_on",
            "consent_on",
            &["--consent-on", "15.03.2024"],
            json!("2024-03-15"),
            &["--consent-on", "2025-01-20"],
            json!("2025-01-20"),
        ),
    ]
}

fn comment() -> Field {
    text(
        "comment",
        "comment",
        "--comment",
        "Первый комментарий",
        "Второй комментарий",
    )
}

fn legal_fields() -> Vec<Field> {
    let mut v = vec![
        text("name", "name", "--name", "ПАО Сбербанк", "ООО Ромашка"),
        text(
            "full_name",
            "full_name",
            "--full-name",
            "Публичное акционерное общество «Сбербанк России»",
            "Общество с ограниченной ответственностью «Ромашка»",
        ),
        text("inn", "inn", "--inn", "7707083893", "7725088527"),
        text("kpp", "kpp", "--kpp", "773601001", "771401001"),
        text("ogrn", "ogrn", "--ogrn", "1027700132195", "1027739552642"),
        text("okpo", "okpo", "--okpo", "00242766", "00040778"),
        text("okved", "okved", "--okved", "61.10", "62.01"),
        text(
            "director",
            "director",
            "--director",
            "Греф Герман Оскарович",
            "Иванов Иван Иванович",
        ),
        text(
            "director_post",
            "director_post",
            "--director-post",
            "Президент, Председатель Правления",
            "Генеральный директор",
        ),
    ];
    v.extend(common_fields());
    v.extend(bank(
        "044030827",
        "40702810900000002851",
        "30101810200000000827",
        "40702810500000001234",
    ));
    v.push(comment());
    v
}

fn natural_names() -> Vec<Field> {
    vec![
        text("last_name", "last_name", "--last-name", "Иванов", "Петров"),
        text("first_name", "first_name", "--first-name", "Иван", "Пётр"),
        text(
            "middle_name",
            "middle_name",
            "--middle-name",
            "Иванович",
            "Петрович",
        ),
    ]
}

fn ip_fields() -> Vec<Field> {
    let mut v = natural_names();
    v.extend([
        text("inn", "inn", "--inn", "773370857141", "123456789047"),
        text(
            "ogrnip",
            "ogrnip",
            "--ogrnip",
            "304500116000157",
            "307760324100018",
        ),
        text("okpo", "okpo", "--okpo", "0164667059", "0193366363"),
        text("okved", "okved", "--okved", "61.10", "62.01"),
    ]);
    v.extend(common_fields());
    v.extend(bank(
        "044525593",
        "40702810801400016513",
        "30101810200000000593",
        "40817810400000005678",
    ));
    v.extend(document("2013-04-16"));
    v.push(comment());
    v
}

fn person_fields() -> Vec<Field> {
    let mut v = natural_names();
    v.push(text("inn", "inn", "--inn", "344809916052", "005826107187"));
    v.extend(common_fields());
    v.extend(bank(
        "044525593",
        "40702810801400016513",
        "30101810200000000593",
        "40817810400000005678",
    ));
    v.extend(document("16.04.2013"));
    v.push(comment());
    v
}

/// The value at a DESIGN §4 path; `addresses:KIND` is the text of that
/// address (null when absent). Every step of a dotted path must exist.
fn pick(card: &Value, path: &str) -> Value {
    if let Some(kind) = path.strip_prefix("addresses:") {
        let list = card["addresses"]
            .as_array()
            .unwrap_or_else(|| panic!("addresses is not a list: {card}"));
        return list
            .iter()
            .find(|a| a["kind"] == kind)
            .map_or(Value::Null, |a| a["text"].clone());
    }
    let mut cur = card;
    for part in path.split('.') {
        cur = cur
            .get(part)
            .unwrap_or_else(|| panic!("no key `{part}` of `{path}` in {cur}"));
    }
    cur.clone()
}

/// A JSON value as the history and the CSV show it: lists joined with
/// ", ", contacts by value, the manager by name.
fn flat(v: &Value) -> Option<String> {
    match v {
        Value::Null => None,
        Value::String(s) => Some(s.clone()),
        Value::Array(items) => {
            let parts: Vec<String> = items
                .iter()
                .map(|i| match i {
                    Value::String(s) => s.clone(),
                    // A phone's extension follows it, as the phone reader takes it back.
                    other => {
                        let value = other["value"].as_str().expect("contact value");
                        match other["extension"].as_str() {
                            Some(ext) => format!("{value} доб. {ext}"),
                            None => value.to_string(),
                        }
                    }
                })
                .collect();
            (!parts.is_empty()).then(|| parts.join(", "))
        }
        Value::Object(m) => m.get("name").and_then(Value::as_str).map(str::to_string),
        other => Some(other.to_string()),
    }
}

/// What a cleared field shows: `[]` for lists, the default category, else null.
fn cleared(f: &Field) -> Value {
    match f.path {
        "groups" | "emails" | "phones" => json!([]),
        "category" => json!("subscriber"),
        _ => Value::Null,
    }
}

fn assert_fields(card: &Value, fields: &[Field], expected: impl Fn(&Field) -> Value, what: &str) {
    for f in fields {
        assert_eq!(
            pick(card, f.path),
            expected(f),
            "{what}: field {} at `{}` in {card:#}",
            f.name,
            f.path
        );
    }
}

/// The groups and managers the cards refer to.
fn dictionaries(env: &Env) {
    for g in ["VIP", "Опт", "Партнёры"] {
        env.cmd().args(["group", "add", g]).assert().success();
    }
    for (name, email) in [
        ("Петров Пётр", "petrov@isp.ru"),
        ("Сидорова Анна", "sidorova@isp.ru"),
    ] {
        env.cmd()
            .args(["manager", "add", name, "--email", email])
            .assert()
            .success();
    }
}

fn flags<'a>(fields: &'a [Field], pick: impl Fn(&'a Field) -> &'a [&'a str]) -> Vec<&'a str> {
    fields.iter().flat_map(pick).copied().collect()
}

fn history(env: &Env, id: &str) -> (String, Vec<Value>) {
    let out = env
        .cmd()
        .args(["history", id, "--limit", "0", "--json"])
        .assert()
        .success();
    let text = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    let list: Vec<Value> =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("not JSON ({e}): {text}"));
    (text, list)
}

fn assert_history_has(entries: &[Value], field: &str, old: Option<String>, new: Option<String>) {
    let found = entries.iter().any(|e| {
        e["field"] == field
            && e["old"].as_str().map(str::to_string) == old
            && e["new"].as_str().map(str::to_string) == new
    });
    assert!(
        found,
        "history has no entry {field}: {old:?} -> {new:?}: {entries:#?}"
    );
}

/// Parses CSV text into its header and rows.
fn csv_rows(text: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let mut r = csv::Reader::from_reader(text.as_bytes());
    let header = r
        .headers()
        .expect("csv header")
        .iter()
        .map(str::to_string)
        .collect();
    let rows = r
        .records()
        .map(|rec| rec.expect("csv row").iter().map(str::to_string).collect())
        .collect();
    (header, rows)
}

fn stdout_of(env: &Env, args: &[&str]) -> String {
    let out = env.cmd().args(args).assert().success();
    String::from_utf8_lossy(&out.get_output().stdout).to_string()
}

const TYPED_PASSWORD: &str = "Typed-Secret-4711";

/// The whole round trip for one card type.
fn round_trip(kind: &str, fields: Vec<Field>, required: &[&str]) {
    let env = Env::new();
    dictionaries(&env);

    // add: every flag set, shown at its path by add and by show.
    let mut add_args = vec!["subscriber", "add", "--type", kind];
    add_args.extend(flags(&fields, |f| f.add));
    let added = env.json(&add_args);
    assert_fields(&added, &fields, |f| f.added.clone(), "add");
    let generated = added["password"]
        .as_str()
        .expect("add prints the generated password once")
        .to_string();
    assert_eq!(added["has_password"], true);
    let id = added["id"].as_i64().expect("id").to_string();
    let shown = env.json(&["subscriber", "show", &id]);
    assert_fields(&shown, &fields, |f| f.added.clone(), "show after add");
    assert!(
        shown.get("password").is_none(),
        "show never prints the password: {shown}"
    );
    assert_eq!(shown["type"], kind);

    // edit: every flag to another valid value.
    let mut edit_args = vec!["subscriber", "edit", &id];
    edit_args.extend(flags(&fields, |f| f.edit));
    let edited = env.json(&edit_args);
    assert_fields(&edited, &fields, |f| f.edited.clone(), "edit output");
    let shown = env.json(&["subscriber", "show", &id]);
    assert_fields(&shown, &fields, |f| f.edited.clone(), "show after edit");

    // export jsonl: the same card as show.
    let jsonl = stdout_of(&env, &["subscriber", "export", "--format", "jsonl"]);
    let lines: Vec<&str> = jsonl.lines().collect();
    assert_eq!(lines.len(), 1, "one card, one line: {jsonl}");
    let exported: Value = serde_json::from_str(lines[0]).expect("jsonl line");
    assert_fields(&exported, &fields, |f| f.edited.clone(), "export jsonl");
    assert_eq!(exported, shown, "export jsonl and show --json differ");

    // export csv: a header of field names, the values flattened.
    // --raw: the values as stored (the spreadsheet guard is tested in subscriber.rs).
    let csv_text = stdout_of(&env, &["subscriber", "export", "--format", "csv", "--raw"]);
    let (header, rows) = csv_rows(&csv_text);
    assert_eq!(header[..4], ["id", "uid", "type", "display_name"]);
    assert_eq!(rows.len(), 1, "{csv_text}");
    let cell = |col: &str| {
        let i = header
            .iter()
            .position(|h| h == col)
            .unwrap_or_else(|| panic!("no csv column `{col}`: {header:?}"));
        rows[0][i].clone()
    };
    assert_eq!(cell("id"), id);
    assert_eq!(cell("type"), kind);
    for f in &fields {
        assert_eq!(
            cell(f.name),
            flat(&f.edited).unwrap_or_default(),
            "csv column {}",
            f.name
        );
    }

    // history of the edit: field, old, new for every flag.
    let (_, entries) = history(&env, &id);
    for f in &fields {
        assert_history_has(&entries, f.name, flat(&f.added), flat(&f.edited));
    }

    // A typed password is set (and works), but only its event is recorded.
    env.cmd()
        .args(["subscriber", "edit", &id, "--password-stdin"])
        .write_stdin(format!("{TYPED_PASSWORD}\n"))
        .assert()
        .success();
    env.cmd()
        .args(["subscriber", "verify-password", "client.two"])
        .write_stdin(format!("{TYPED_PASSWORD}\n"))
        .assert()
        .code(0);
    let shown = env.json(&["subscriber", "show", &id]);

    // Required fields cannot be cleared: exit 3, the field named, nothing written.
    for r in required {
        let (code, _, stderr) = env.run(&["subscriber", "edit", &id, "--clear", r]);
        assert_eq!(code, 3, "clearing required {r} on {kind}: {stderr}");
        assert!(stderr.contains(r), "error names {r}: {stderr}");
    }
    let unchanged = env.json(&["subscriber", "show", &id]);
    assert_eq!(unchanged, shown, "a refused clear wrote something");

    // --clear every other field, one at a time.
    for f in fields.iter().filter(|f| !required.contains(&f.name)) {
        let out = env.json(&["subscriber", "edit", &id, "--clear", f.name]);
        assert_eq!(
            pick(&out, f.path),
            cleared(f),
            "--clear {} on {kind}",
            f.name
        );
        let shown = env.json(&["subscriber", "show", &id]);
        assert_eq!(
            pick(&shown, f.path),
            cleared(f),
            "show after --clear {} on {kind}",
            f.name
        );
    }
    let bare = env.json(&["subscriber", "show", &id]);
    for f in &fields {
        let want = if required.contains(&f.name) {
            f.edited.clone()
        } else {
            cleared(f)
        };
        assert_eq!(pick(&bare, f.path), want, "{} after clearing", f.name);
    }
    assert_eq!(bare["addresses"], json!([]), "{bare}");
    let (_, entries) = history(&env, &id);
    for f in fields.iter().filter(|f| !required.contains(&f.name)) {
        assert_history_has(&entries, f.name, flat(&f.edited), flat(&cleared(f)));
    }

    // Neither the generated nor the typed password, nor a hash, is in the history.
    let (text, entries) = history(&env, &id);
    for e in &entries {
        assert_ne!(e["field"], "password_hash", "{e}");
        if e["field"] == "password" {
            assert!(e["old"].is_null() && e["new"].is_null(), "{e}");
        }
    }
    for secret in [generated.as_str(), TYPED_PASSWORD, "$argon2"] {
        assert!(
            !text.contains(secret),
            "history contains a password ({secret}): {text}"
        );
    }
}

#[test]
fn legal_card_round_trips_every_flag() {
    round_trip("legal", legal_fields(), &["name", "inn"]);
}

#[test]
fn ip_card_round_trips_every_flag() {
    round_trip("ip", ip_fields(), &["last_name", "first_name", "inn"]);
}

#[test]
fn person_card_round_trips_every_flag() {
    round_trip("person", person_fields(), &["last_name", "first_name"]);
}

/// Catalog fields the flag specs above do not round-trip, and why. A field
/// added to the catalog is in none of these, so the guard below fails until
/// a spec covers it (or it is named here with its reason).
const NOT_ROUND_TRIPPED: [(&str, &str); 5] = [
    (
        "password",
        "typed on stdin, never shown: round_trip checks its own way",
    ),
    ("onec.id", "set by import-1c only (tests/it/import.rs)"),
    ("onec.code", "set by import-1c only (tests/it/import.rs)"),
    (
        "country",
        "a non-resident's card skips the requisite checks (tests/it/real_shapes.rs)",
    ),
    (
        "tax_id",
        "a non-resident's number, needs country (tests/it/real_shapes.rs)",
    ),
];

/// The catalog names the specs of a card type must cover: every field of
/// the library's catalog (`abonent::model::fields::CATALOG`) of that type,
/// less [`NOT_ROUND_TRIPPED`].
fn catalog_fields(kind: abonent::model::Kind) -> Vec<&'static str> {
    abonent::model::fields::CATALOG
        .iter()
        .filter(|f| f.kinds.contains(&kind))
        .map(|f| f.name)
        .filter(|n| NOT_ROUND_TRIPPED.iter().all(|(skip, _)| skip != n))
        .collect()
}

#[test]
fn the_specs_cover_every_field_of_each_type() {
    // Guards the lists above against a forgotten flag: every catalog field
    // of a type is exercised for that type, and nothing else is.
    use abonent::model::Kind;
    let cases = [
        (Kind::Legal, legal_fields()),
        (Kind::Ip, ip_fields()),
        (Kind::Person, person_fields()),
    ];
    for (kind, fields) in cases {
        let mut names: Vec<&str> = fields.iter().map(|f| f.name).collect();
        names.sort_unstable();
        let mut want = catalog_fields(kind);
        want.sort_unstable();
        assert_eq!(
            names, want,
            "{kind}: the round trip's specs against the field catalog"
        );
    }
}

#[test]
fn clearing_inn_on_a_legal_card_is_refused() {
    let env = Env::new();
    env.cmd().args(SBER).assert().success();
    let (code, stdout, stderr) = env.run(&["subscriber", "edit", "1", "--clear", "inn"]);
    assert_eq!(code, 3, "{stderr}");
    assert!(stdout.is_empty(), "{stdout}");
    assert!(stderr.contains("inn"), "{stderr}");
    assert!(stderr.contains("required"), "{stderr}");
    let card = env.json(&["subscriber", "show", "1"]);
    assert_eq!(card["inn"], "7707083893");
    // The JSON error object names the field too.
    let (code, _, stderr) = env.run(&["subscriber", "edit", "1", "--clear", "inn", "--json"]);
    assert_eq!(code, 3);
    let obj = stderr
        .lines()
        .find_map(|l| serde_json::from_str::<Value>(l).ok())
        .unwrap_or_else(|| panic!("no JSON error on stderr: {stderr}"));
    assert_eq!(obj["error"]["code"], 3, "{obj}");
    assert_eq!(obj["error"]["field"], "inn", "{obj}");
}

#[test]
fn clear_refuses_password_and_unknown_names() {
    let env = Env::new();
    env.cmd().args(SBER).assert().success();
    for bad in ["password", "no_such_field"] {
        let (code, _, stderr) = env.run(&["subscriber", "edit", "1", "--clear", bad]);
        assert_eq!(code, 3, "--clear {bad}: {stderr}");
    }
}

#[test]
fn show_table_into_a_pipe_is_tab_separated() {
    let env = Env::new();
    env.cmd().args(SBER).assert().success();
    let text = stdout_of(&env, &["subscriber", "show", "1"]);
    for box_char in ['│', '─', '┌', '┐', '└', '┘', '├', '┤', '┼', '╞', '═'] {
        assert!(!text.contains(box_char), "box drawing {box_char}: {text}");
    }
    assert!(!text.is_empty());
    for line in text.lines() {
        assert!(line.contains('\t'), "not tab-separated: {line:?}");
    }
    let lines: Vec<&str> = text.lines().collect();
    for want in [
        "inn\t7707083893",
        "kpp\t773601001",
        "ogrn\t1027700132195",
        "type\tlegal",
    ] {
        assert!(lines.contains(&want), "no line {want:?}: {text}");
    }
}

#[test]
fn list_csv_starts_with_a_header_row() {
    let env = Env::new();
    env.cmd().args(SBER).assert().success();
    let text = stdout_of(&env, &["subscriber", "list", "--format", "csv"]);
    assert!(
        text.starts_with("id,uid,type,display_name,"),
        "header: {text}"
    );
    let (header, rows) = csv_rows(&text);
    assert_eq!(rows.len(), 1, "{text}");
    for col in ["inn", "kpp", "login", "bank.bik", "address.legal", "email"] {
        assert!(
            header.iter().any(|h| h == col),
            "no column {col}: {header:?}"
        );
    }
    let inn = header.iter().position(|h| h == "inn").expect("inn column");
    assert_eq!(rows[0][inn], "7707083893");
}
