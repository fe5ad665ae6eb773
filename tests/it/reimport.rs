//! The nightly re-import (issue 16): a row whose card was last written by
//! the import from that same row, under the same rules, is counted
//! unchanged without being compared again. These tests pin what that must
//! never change: an unchanged file writes nothing, a row changed in 1C
//! updates, an admin's edit of a 1C field gives way to the file again,
//! the fields the admin owns are never overwritten once filled, and new
//! rules, a new mapping or a row with warnings are compared in full.

use crate::common::*;
use serde_json::Value;

fn file(env: &Env, rows: &[&str]) -> String {
    let path = env.dir.path().join("base.csv");
    std::fs::write(&path, rows.join("\r\n") + "\r\n").unwrap();
    path.to_str().unwrap().to_string()
}

fn import(env: &Env, args: &[&str]) -> Value {
    let (code, out, err) = env.run(&[&["import-1c"], args, &["--json"]].concat());
    assert!(code == 0 || code == 3, "exit {code}: {err}");
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}\n{err}"))
}

/// (created, updated, unchanged, rejected)
fn counts(s: &Value) -> [u64; 4] {
    ["created", "updated", "unchanged", "rejected"].map(|k| s[k].as_u64().unwrap_or(u64::MAX))
}

const HEAD: &str = "Ссылка;Наименование;ИНН;КПП;Комментарий";
const ALFA: &str = "g-1;ООО «Альфа»;4477127820;447701001;из 1С";
const BETA: &str = "g-2;ООО «Бета»;2619730694;261901001;";
const GAMMA: &str = "g-3;ООО «Гамма»;7989355729;798901001;";

#[test]
fn an_unchanged_file_writes_nothing_and_counts_every_row_unchanged() {
    let env = Env::new();
    let f = file(&env, &[HEAD, ALFA, BETA, GAMMA]);
    assert_eq!(counts(&import(&env, &[&f])), [3, 0, 0, 0]);
    let history = env.history_len();
    let stamp = env.card("inn:4477127820")["updated_at"].clone();
    for _ in 0..2 {
        assert_eq!(counts(&import(&env, &[&f])), [0, 0, 3, 0]);
    }
    assert_eq!(env.history_len(), history, "an unchanged row wrote history");
    assert_eq!(env.card("inn:4477127820")["updated_at"], stamp);
    env.consistent();
}

#[test]
fn a_row_changed_in_1c_updates_its_card_and_only_it() {
    let env = Env::new();
    let f = file(&env, &[HEAD, ALFA, BETA, GAMMA]);
    import(&env, &[&f]);
    import(&env, &[&f]);
    let f = file(
        &env,
        &[HEAD, ALFA, "g-2;ООО «Бета-Н»;2619730694;261901001;", GAMMA],
    );
    assert_eq!(counts(&import(&env, &[&f])), [0, 1, 2, 0]);
    assert_eq!(env.card("inn:2619730694")["name"], "ООО «Бета-Н»");
    // And the changed row is fast again the night after.
    assert_eq!(counts(&import(&env, &[&f])), [0, 0, 3, 0]);
}

#[test]
fn an_admins_edit_of_a_1c_field_gives_way_to_the_file_again() {
    let env = Env::new();
    let f = file(&env, &[HEAD, ALFA, BETA]);
    import(&env, &[&f]);
    import(&env, &[&f]);
    let (code, _, err) = env.run(&[
        "subscriber",
        "edit",
        "inn:2619730694",
        "--name",
        "Бета (наша)",
    ]);
    assert_eq!(code, 0, "{err}");
    // The file did not change, the card did: 1C is the master of the name.
    assert_eq!(counts(&import(&env, &[&f])), [0, 1, 1, 0]);
    assert_eq!(env.card("inn:2619730694")["name"], "ООО «Бета»");
    assert_eq!(counts(&import(&env, &[&f])), [0, 0, 2, 0]);
}

#[test]
fn the_fields_the_admin_owns_are_never_overwritten_once_filled() {
    let env = Env::new();
    let f = file(&env, &[HEAD, ALFA, BETA]);
    import(&env, &[&f]);
    // A new card takes the file's comment; the admin then writes their own.
    assert_eq!(env.card("inn:4477127820")["comment"], "из 1С");
    let (code, _, err) = env.run(&["subscriber", "edit", "inn:4477127820", "--comment", "наш"]);
    assert_eq!(code, 0, "{err}");
    let changed = file(
        &env,
        &[
            HEAD,
            "g-1;ООО «Альфа-2»;4477127820;447701001;новое из 1С",
            "g-2;ООО «Бета»;2619730694;261901001;первое из 1С",
        ],
    );
    assert_eq!(counts(&import(&env, &[&changed])), [0, 2, 0, 0]);
    let alfa = env.card("inn:4477127820");
    assert_eq!(alfa["name"], "ООО «Альфа-2»", "1C's field follows the file");
    assert_eq!(alfa["comment"], "наш", "the admin's comment stays");
    // An empty comment is not the admin's yet: the file fills it.
    assert_eq!(env.card("inn:2619730694")["comment"], "первое из 1С");
    // With the comment left to 1C, the file wins it too.
    env.set("import.admin_fields", "login,password,group,manager,extra");
    assert_eq!(counts(&import(&env, &[&changed])), [0, 1, 1, 0]);
    assert_eq!(env.card("inn:4477127820")["comment"], "новое из 1С");
    let (code, _, err) = env.run(&["settings", "set", "import.admin_fields", "login,bogus"]);
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("bogus"), "{err}");
}

#[test]
fn new_rules_and_a_new_mapping_are_compared_in_full() {
    let env = Env::new();
    let f = file(
        &env,
        &[
            "Ссылка;Наименование;ИНН;КПП;Директор компании",
            "g-1;ООО «Альфа»;4477127820;447701001;Петров П. П.",
            "g-2;ИП Иванов Иван;569925275375;;",
        ],
    );
    assert_eq!(counts(&import(&env, &[&f])), [2, 0, 0, 0]);
    assert_eq!(counts(&import(&env, &[&f])), [0, 0, 2, 0]);
    // The column the first runs ignored, now mapped: the card takes it.
    let mapped = import(&env, &[&f, "--map", "Директор компании=director"]);
    assert_eq!(counts(&mapped), [0, 1, 1, 0]);
    assert_eq!(env.card("inn:4477127820")["director"], "Петров П. П.");
    // A rule the cards no longer meet: the rows are checked, not skipped.
    env.set("required.ip", "last_name,first_name,inn,email");
    let ruled = import(&env, &[&f, "--map", "Директор компании=director"]);
    assert_eq!(counts(&ruled), [0, 0, 1, 1], "{ruled}");
}

#[test]
fn a_row_with_a_warning_says_it_every_night() {
    let env = Env::new();
    env.set("validation.checksums", "warn");
    // 7707083894: the check digit is wrong; with `warn` the card is saved
    // and the import says so.
    let f = file(&env, &[HEAD, "g-9;ООО «Сигма»;7707083894;773601001;", BETA]);
    let first = import(&env, &[&f]);
    assert_eq!(counts(&first), [2, 0, 0, 0], "{first}");
    let warned = first["warnings"].as_u64().unwrap_or(0);
    assert!(warned >= 1, "{first}");
    for _ in 0..2 {
        let again = import(&env, &[&f]);
        assert_eq!(counts(&again), [0, 0, 2, 0], "{again}");
        assert_eq!(again["warnings"].as_u64(), Some(warned), "{again}");
    }
}

/// Makes the database log every row deleted from a card's child tables
/// (a set of rows written again is deleted first), and returns a reader of
/// that log: how many rows each table lost since it was installed.
fn log_rewrites(env: &Env) -> impl Fn() -> [i64; 3] + '_ {
    const TABLES: [&str; 3] = ["contacts", "addresses", "extra_values"];
    env.exec("CREATE TABLE test_log (t TEXT NOT NULL)");
    if env.on_postgres() {
        env.exec(
            "CREATE FUNCTION test_log_row() RETURNS trigger LANGUAGE plpgsql AS
             $$ BEGIN INSERT INTO test_log VALUES (TG_TABLE_NAME); RETURN OLD; END $$",
        );
    }
    for t in TABLES {
        env.exec(&if env.on_postgres() {
            format!(
                "CREATE TRIGGER test_log_{t} AFTER DELETE ON {t}
                 FOR EACH ROW EXECUTE FUNCTION test_log_row()"
            )
        } else {
            format!(
                "CREATE TRIGGER test_log_{t} AFTER DELETE ON {t}
                 BEGIN INSERT INTO test_log VALUES ('{t}'); END"
            )
        });
    }
    move || TABLES.map(|t| env.int(&format!("SELECT count(*) FROM test_log WHERE t = '{t}'")))
}

fn drop_log(env: &Env) {
    if env.on_postgres() {
        env.exec("DROP TABLE test_log; DROP FUNCTION test_log_row() CASCADE;");
    } else {
        env.exec(
            "DROP TRIGGER test_log_contacts; DROP TRIGGER test_log_addresses;
             DROP TRIGGER test_log_extra_values; DROP TABLE test_log;",
        );
    }
}

#[test]
fn an_update_writes_again_only_the_parts_of_the_card_that_changed() {
    let env = Env::new();
    let ok = |args: &[&str]| env.cmd().args(args).assert().success();
    ok(&["extra-field", "define", "vlan", "--type", "integer"]);
    const HEAD: &str = "Ссылка;Наименование;ИНН;КПП;Юридический адрес;Электронная почта;Телефон";
    // The one row of the file, with this name and e-mail.
    let alfa = |name: &str, email: &str| {
        let row = format!(
            "g-1;{name};4477127820;447701001;г. Москва, ул. Тверская, 1;{email};+7 495 111-22-33"
        );
        file(&env, &[HEAD, &row])
    };
    let f = alfa("ООО «Альфа»", "a@example.ru");
    import(&env, &[&f]);
    ok(&["subscriber", "edit", "inn:4477127820", "--extra", "vlan=12"]);
    let rewritten = log_rewrites(&env);
    // The name changes in 1C: the card is updated, its contacts, address
    // and extra field are not written again.
    let f = alfa("ООО «Альфа-Н»", "a@example.ru");
    assert_eq!(counts(&import(&env, &[&f])), [0, 1, 0, 0]);
    assert_eq!(rewritten(), [0, 0, 0]);
    let shown = env.card("inn:4477127820");
    assert_eq!(shown["name"], "ООО «Альфа-Н»");
    assert_eq!(shown["emails"][0]["value"], "a@example.ru", "{shown}");
    // The e-mail changes: the contacts are written again, the rest not.
    let f = alfa("ООО «Альфа-Н»", "b@example.ru");
    assert_eq!(counts(&import(&env, &[&f])), [0, 1, 0, 0]);
    assert_eq!(rewritten(), [2, 0, 0]);
    assert_eq!(
        env.card("inn:4477127820")["emails"][0]["value"],
        "b@example.ru"
    );
    // Search finds the new name and e-mail, not the old ones.
    let found = |q: &str| {
        env.json(&["subscriber", "list", "--search", q])
            .as_array()
            .map_or(0, Vec::len)
    };
    assert_eq!(
        (found("Альфа-Н"), found("b@example"), found("a@example")),
        (1, 1, 0)
    );
    drop_log(&env);
    env.consistent();
}
