//! The subscriber commands end to end: add with a generated login and
//! password, checksum refusals, required fields, display names and search,
//! output formats, references, archive and the exit codes.

use crate::common::*;

#[test]
fn add_prints_login_and_password_once_and_password_verifies() {
    let env = Env::new();
    let card = env.json(SBER);
    assert_eq!(card["login"], "u000001");
    assert_eq!(card["has_password"], true);
    let pw = card["password"]
        .as_str()
        .expect("generated password")
        .to_string();
    assert_eq!(pw.len(), 10);

    // Printed once: show never carries it, nor the hash.
    let (code, out, _) = env.run(&["subscriber", "show", "u000001", "--json"]);
    assert_eq!(code, 0);
    assert!(!out.contains(&pw) && !out.contains("argon2"), "{out}");

    env.cmd()
        .args(["subscriber", "verify-password", "u000001"])
        .write_stdin(format!("{pw}\n"))
        .assert()
        .code(0);
    env.cmd()
        .args(["subscriber", "verify-password", "u000001"])
        .write_stdin("wrong-password\n")
        .assert()
        .code(3);
    // An unknown login is a mismatch like any other (no 4 that tells
    // which logins exist), and so is an archived card's.
    env.cmd()
        .args(["subscriber", "verify-password", "nobody"])
        .write_stdin("x\n")
        .assert()
        .code(3);
    env.cmd()
        .args(["subscriber", "archive", "u000001"])
        .assert()
        .success();
    env.cmd()
        .args(["subscriber", "verify-password", "u000001"])
        .write_stdin(format!("{pw}\n"))
        .assert()
        .code(3);
}

#[test]
fn bad_inn_checksum_writes_nothing() {
    let env = Env::new();
    let mut args = SBER.to_vec();
    args[7] = "7707083894";
    let (code, out, err) = env.run(&args);
    assert_eq!(code, 3, "{err}");
    assert!(out.is_empty());
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.starts_with("abonent: inn: "), "{err}");
    assert!(err.contains("expected last digit 3"), "{err}");
    assert_eq!(
        env.json(&["subscriber", "list", "--all"]),
        serde_json::json!([])
    );
    assert_eq!(env.json(&["history"]), serde_json::json!([]));
}

#[test]
fn json_errors_go_to_stderr_as_objects() {
    let env = Env::new();
    let mut args = SBER.to_vec();
    args[7] = "7707083894";
    args.push("--json");
    let (code, _, err) = env.run(&args);
    assert_eq!(code, 3);
    let obj: serde_json::Value = serde_json::from_str(err.lines().last().unwrap()).unwrap();
    assert_eq!(obj["error"]["code"], 3);
    assert_eq!(obj["error"]["kind"], "invalid");
    assert_eq!(obj["error"]["field"], "inn");
}

#[test]
fn warn_mode_saves_a_bad_checksum_with_a_warning() {
    let env = Env::new();
    env.set("validation.checksums", "warn");
    let mut args = SBER.to_vec();
    args[7] = "7707083894";
    let (code, _, err) = env.run(&args);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("warning: inn: checksum mismatch"), "{err}");
}

#[test]
fn required_fields_are_listed_together_on_add_and_edit() {
    let env = Env::new();
    env.set("required.legal", "name,inn,kpp,email");
    let (code, _, err) = env.run(&[
        "subscriber",
        "add",
        "--type",
        "legal",
        "--name",
        "ООО Ромашка",
        "--inn",
        "7725088527",
    ]);
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("kpp") && err.contains("email"), "{err}");
    assert!(err.contains("required.legal"), "{err}");
    assert_eq!(
        env.json(&["subscriber", "list", "--all"]),
        serde_json::json!([])
    );

    env.json(&[
        "subscriber",
        "add",
        "--type",
        "legal",
        "--name",
        "ООО Ромашка",
        "--inn",
        "7725088527",
        "--kpp",
        "771401001",
        "--email",
        "info@romashka.ru",
    ]);
    let (code, _, err) = env.run(&["subscriber", "edit", "u000001", "--clear", "email"]);
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("email"), "{err}");
    let card = env.json(&["subscriber", "show", "u000001"]);
    assert_eq!(card["emails"][0]["value"], "info@romashka.ru");
}

#[test]
fn ip_display_name_and_cyrillic_search() {
    let env = Env::new();
    env.json(&[
        "subscriber",
        "add",
        "--type",
        "ip",
        "--last-name",
        "ИВАНОВ",
        "--first-name",
        "Пётр",
        "--middle-name",
        "Сергеевич",
        "--inn",
        "773370857141",
    ]);
    env.json(&[
        "subscriber",
        "add",
        "--type",
        "person",
        "--last-name",
        "Петрова",
        "--first-name",
        "Анна",
    ]);
    env.json(SBER);
    let (code, out, _) = env.run(&["subscriber", "list"]);
    assert_eq!(code, 0);
    assert!(out.contains("ИП ИВАНОВ Пётр Сергеевич"), "{out}");

    for q in ["иванов", "петр", "ПЁТР", "ип иванов", "u000001"] {
        let found = env.json(&["subscriber", "list", "--search", q]);
        let names: Vec<&str> = found
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["display_name"].as_str().unwrap())
            .collect();
        match q {
            "u000001" => assert_eq!(names, vec!["ИП ИВАНОВ Пётр Сергеевич"], "{q}"),
            "петр" | "ПЁТР" => assert_eq!(names.len(), 2, "{q}: {names:?}"), // Пётр and Петрова
            _ => assert_eq!(names, vec!["ИП ИВАНОВ Пётр Сергеевич"], "{q}"),
        }
    }
    // Short queries (under 3 characters) are answered too.
    let found = env.json(&["subscriber", "list", "--search", "ив"]);
    assert_eq!(found.as_array().unwrap().len(), 1);
    let found = env.json(&["subscriber", "list", "--search", "7707083893"]);
    assert_eq!(found[0]["name"], "ПАО Сбербанк");
}

#[test]
fn output_formats() {
    let env = Env::new();
    env.json(SBER);
    let card = env.json(&["subscriber", "show", "1"]);
    for key in [
        "id",
        "uid",
        "type",
        "category",
        "display_name",
        "addresses",
        "delivery",
        "groups",
        "manager",
        "emails",
        "phones",
        "bank",
        "document",
        "extra",
        "employees",
        "contracts",
        "onec",
        "comment",
        "created_at",
        "updated_at",
        "has_password",
        "archived",
    ] {
        assert!(card.get(key).is_some(), "missing {key}");
    }
    assert!(card["manager"].is_null());
    let list = env.json(&["subscriber", "list"]);
    assert_eq!(list.as_array().unwrap().len(), 1);
    assert_eq!(list[0]["bank"]["bik"], serde_json::Value::Null);

    let (_, csv, _) = env.run(&["subscriber", "list", "--format", "csv"]);
    assert!(csv.starts_with("id,uid,type,display_name,"), "{csv}");
    assert_eq!(csv.lines().count(), 2);

    let (_, jsonl, _) = env.run(&["subscriber", "list", "--format", "jsonl"]);
    assert_eq!(jsonl.lines().count(), 1);
    serde_json::from_str::<serde_json::Value>(jsonl.trim()).unwrap();

    let (_, table, _) = env.run(&["subscriber", "list"]);
    assert!(table.contains('\t'), "{table}");
    assert!(
        !table.contains('│') && !table.contains('─') && !table.contains('+'),
        "{table}"
    );
    assert_eq!(
        table.trim_end(),
        "1\tu000001\tlegal\tПАО Сбербанк\t7707083893\t773601001\tfalse"
    );
}

#[test]
fn references_and_branches() {
    let env = Env::new();
    env.json(SBER);
    env.json(&[
        "subscriber",
        "add",
        "--type",
        "legal",
        "--name",
        "Сбербанк, филиал",
        "--inn",
        "7707083893",
        "--kpp",
        "540602001",
    ]);
    // Same INN and KPP again: conflict.
    let (code, _, err) = env.run(SBER);
    assert_eq!(code, 5, "{err}");
    assert!(err.contains("already registered to card 1"), "{err}");

    let (code, _, err) = env.run(&["subscriber", "show", "inn:7707083893"]);
    assert_eq!(code, 5, "{err}");
    assert!(
        err.contains("773601001") && err.contains("540602001"),
        "{err}"
    );
    assert_eq!(
        env.json(&["subscriber", "show", "inn:7707083893/540602001"])["id"],
        2
    );
    let uid = env.json(&["subscriber", "show", "2"])["uid"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(env.json(&["subscriber", "show", &uid])["id"], 2);
    assert_eq!(env.json(&["subscriber", "show", "u000002"])["id"], 2);
    let (code, _, _) = env.run(&["subscriber", "show", "nobody"]);
    assert_eq!(code, 4);
}

#[test]
fn archive_and_restore() {
    let env = Env::new();
    env.json(SBER);
    assert_eq!(
        env.json(&["subscriber", "archive", "u000001"])["archived"],
        true
    );
    assert_eq!(env.json(&["subscriber", "list"]), serde_json::json!([]));
    assert_eq!(
        env.json(&["subscriber", "list", "--archived"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
    // The INN+KPP is free again while the card is archived…
    env.json(SBER);
    // …so restoring the old card would duplicate it.
    let (code, _, err) = env.run(&["subscriber", "restore", "1"]);
    assert_eq!(code, 5, "{err}");
    assert_eq!(
        env.json(&["subscriber", "list", "--all"])
            .as_array()
            .unwrap()
            .len(),
        2
    );
}

#[test]
fn typed_password_and_reset() {
    let env = Env::new();
    env.cmd()
        .args([
            "subscriber",
            "add",
            "--type",
            "person",
            "--last-name",
            "Иванов",
            "--first-name",
            "Иван",
            "--password-stdin",
            "--json",
        ])
        .write_stdin("s3cret-Pass\n")
        .assert()
        .success();
    env.cmd()
        .args(["subscriber", "verify-password", "u000001"])
        .write_stdin("s3cret-Pass\n")
        .assert()
        .code(0);
    let (code, _, err) = {
        let o = env
            .cmd()
            .args([
                "subscriber",
                "add",
                "--type",
                "person",
                "--last-name",
                "Петров",
                "--first-name",
                "Пётр",
                "--password-stdin",
            ])
            .write_stdin("short\n")
            .output()
            .unwrap();
        (
            o.status.code().unwrap(),
            (),
            String::from_utf8_lossy(&o.stderr).to_string(),
        )
    };
    assert_eq!(code, 3);
    assert!(err.contains("password.min_length"), "{err}");

    let reset = env.json(&["subscriber", "reset-password", "u000001"]);
    let pw = reset["password"].as_str().unwrap().to_string();
    env.cmd()
        .args(["subscriber", "verify-password", "u000001"])
        .write_stdin(pw.clone())
        .assert()
        .code(0);
    env.cmd()
        .args(["subscriber", "verify-password", "u000001"])
        .write_stdin("s3cret-Pass")
        .assert()
        .code(3);
    let history = env.json(&["history", "--limit", "0"]).to_string();
    assert!(!history.contains(&pw) && !history.contains("s3cret") && !history.contains("argon2"));
}

#[test]
fn login_template_and_manual_logins() {
    let env = Env::new();
    env.set("login.template", "{type}{seq:4}");
    let p = env.json(&[
        "subscriber",
        "add",
        "--type",
        "person",
        "--last-name",
        "А",
        "--first-name",
        "Б",
        "--no-password",
    ]);
    assert_eq!(p["login"], "fl0001");
    assert_eq!(p["has_password"], false);
    assert!(p.get("password").is_none());
    // A manual login that a later number would produce is skipped, not reused.
    env.json(&[
        "subscriber",
        "add",
        "--type",
        "person",
        "--last-name",
        "В",
        "--first-name",
        "Г",
        "--login",
        "ul0002",
    ]);
    let l = env.json(&[
        "subscriber",
        "add",
        "--type",
        "legal",
        "--name",
        "ООО Тест",
        "--inn",
        "7715034360",
    ]);
    assert_eq!(l["login"], "ul0003");
    let (code, _, err) = env.run(&[
        "subscriber",
        "add",
        "--type",
        "person",
        "--last-name",
        "Д",
        "--first-name",
        "Е",
        "--login",
        "ul0002",
    ]);
    assert_eq!(code, 5, "{err}");
    let (code, _, err) = env.run(&[
        "subscriber",
        "add",
        "--type",
        "person",
        "--last-name",
        "Д",
        "--first-name",
        "Е",
        "--login=-bad",
    ]);
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("login.pattern"), "{err}");
    env.set("login.template", "");
    let (code, _, err) = env.run(&[
        "subscriber",
        "add",
        "--type",
        "person",
        "--last-name",
        "Ж",
        "--first-name",
        "З",
    ]);
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("--login"), "{err}");
}

#[test]
fn default_groups_manager_and_settings() {
    let env = Env::new();
    env.set("groups.default.legal", "Юрлица");
    env.cmd()
        .args(["manager", "add", "Ольга", "--email", "olga@isp.ru"])
        .assert()
        .success();
    let c = env.json(&[SBER, &["--manager", "Ольга"]].concat());
    assert_eq!(c["groups"], serde_json::json!(["Юрлица"]));
    assert_eq!(c["manager"]["email"], "olga@isp.ru");
    let (code, _, _) = env.run(&["manager", "remove", "Ольга"]);
    assert_eq!(code, 5);
    let (code, _, err) = env.run(&["subscriber", "edit", "1", "--manager", "Никто"]);
    assert_eq!(code, 4, "{err}");
    let (code, _, err) = env.run(&["settings", "set", "required.legal", "name,bogus"]);
    assert_eq!(code, 3, "{err}");
    let (code, _, _) = env.run(&["settings", "get", "no.such.key"]);
    assert_eq!(code, 4);
    let (_, out, _) = env.run(&["settings", "get", "login.template"]);
    assert_eq!(out.trim(), "u{seq:6}");
    let list = env.json(&["settings", "list"]);
    assert!(list
        .as_array()
        .unwrap()
        .iter()
        .all(|s| s["description"].as_str().is_some_and(|d| !d.is_empty())));
}

#[test]
fn database_is_private_and_newer_schema_refused() {
    if crate::common::pg::sqlite_only("the SQLite file's mode and header") {
        return;
    }
    let env = Env::new();
    env.cmd().arg("init").assert().success();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(env.db()).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
    set_user_version(&env.db(), 99);
    let (code, _, err) = env.run(&["subscriber", "list"]);
    assert_eq!(code, 1);
    assert!(err.contains("newer"), "{err}");
}

#[test]
fn default_path_follows_xdg() {
    let env = Env::new();
    let xdg = env.dir.path().join("xdg");
    let mut c = env.cmd();
    c.env_remove("ABONENT_DB")
        .env("XDG_DATA_HOME", &xdg)
        .arg("init");
    c.assert().success();
    assert!(xdg.join("abonent/abonent.db").exists());
}

#[test]
fn a_held_write_lock_gives_exit_7_after_the_busy_timeout() {
    let env = Env::new();
    env.cmd().arg("init").assert().success();
    env.set("db.busy_timeout_ms", "200");
    // Another writer (the store's own write transaction, BEGIN IMMEDIATE)
    // holds the lock while the add runs; it commits nothing.
    let mut other = abonent::store::Store::open(&env.location()).unwrap();
    let (code, err) = other
        .write_or_roll_back(|_| {
            let (code, _, err) = env.run(&[
                "subscriber",
                "add",
                "--type",
                "person",
                "--last-name",
                "А",
                "--first-name",
                "Б",
                "--no-password",
            ]);
            Ok(((code, err), false))
        })
        .unwrap();
    drop(other);
    assert_eq!(code, 7, "{err}");
    assert!(err.contains("db.busy_timeout_ms"), "{err}");
    assert_eq!(
        env.json(&["subscriber", "list", "--all"]),
        serde_json::json!([])
    );
}

#[test]
fn interactive_never_prompts_without_a_terminal() {
    let env = Env::new();
    // stdin is an empty pipe: the add must fail on the missing field, not wait.
    let (code, _, err) = env.run(&[
        "subscriber",
        "add",
        "--type",
        "person",
        "--last-name",
        "Иванов",
        "--interactive",
    ]);
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("--interactive needs a terminal"), "{err}");
}

#[test]
fn a_closed_pipe_exits_0() {
    let env = Env::new();
    for i in 0..80 {
        env.cmd()
            .args([
                "subscriber",
                "add",
                "--type",
                "person",
                "--last-name",
                &format!("Тестов{i}"),
                "--first-name",
                "Имя",
                "--no-password",
            ])
            .assert()
            .success();
    }
    for format in ["jsonl", "json", "csv"] {
        let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("abonent"))
            .args(["subscriber", "export", "--format", format])
            .env("ABONENT_DB", env.target())
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take()); // the reader goes away at once, like `| head -0`
        let out = child.wait_with_output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{format}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            out.stderr.is_empty(),
            "{format}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn short_searches_page_in_name_order() {
    let env = Env::new();
    for (last, first) in [
        ("Сивов", "Пётр"),
        ("Ивлева", "Анна"),
        ("Бобров", "Иван"),
        ("Орлов", "Олег"),
    ] {
        env.add_person(last, first, &["--no-password"]);
    }
    let names = |args: &[&str]| -> Vec<String> {
        let v = env.json(&[&["subscriber", "list"], args].concat());
        v.as_array()
            .unwrap()
            .iter()
            .map(|c| c["display_name"].as_str().unwrap().to_string())
            .collect()
    };
    // «ив» is in three names; pages come in name order whichever plan answers.
    assert_eq!(
        names(&["--search", "ив"]),
        ["Бобров Иван", "Ивлева Анна", "Сивов Пётр"]
    );
    assert_eq!(names(&["--search", "ив", "--limit", "1"]), ["Бобров Иван"]);
    assert_eq!(
        names(&["--search", "ив", "--limit", "1", "--offset", "2"]),
        ["Сивов Пётр"]
    );
    assert!(names(&["--search", "щф"]).is_empty());
}

/// Every plan a search may take — the index's matches sorted, the cards
/// walked in order (a word with more than 2,000 matches), the first 20,000
/// names walked before the whole query (short words; on PostgreSQL also a
/// word with many matches) — gives the page a plain reading of every card
/// gives: 25,000 cards, so the window holds some of them.
#[test]
fn a_search_gives_the_same_page_whichever_way_it_is_planned() {
    let env = Env::new();
    env.import_quietly(&env.generated_export(25_000));
    let (_, all, _) = env.run(&["subscriber", "export", "--format", "jsonl"]);
    let fold = |t: &str| t.to_lowercase().replace('ё', "е");
    // (id, display name, folded names): the words here are Cyrillic, and
    // only the names among the searched fields hold Cyrillic.
    let cards: Vec<(i64, String, String)> = all
        .lines()
        .map(|l| {
            let c: serde_json::Value = serde_json::from_str(l).unwrap();
            let name = c["display_name"].as_str().unwrap().to_string();
            let text = fold(&format!(
                "{name} | {}",
                c["full_name"].as_str().unwrap_or("")
            ));
            (c["id"].as_i64().unwrap(), name, text)
        })
        .collect();
    assert_eq!(cards.len(), 25_000);
    for (search, sort, limit, offset) in [
        // 5,001 matches, 3,125 of them in the window
        ("ович", "name", 100, 0),
        ("ович", "name", 7, 4_000),
        ("ович", "created", 50, 0),
        // 2,500 legal names, all in the window
        ("ооо", "name", 100, 0),
        // 1,250
        ("ромашка", "name", 100, 0),
        // short: 4,047 matches, 3,124 in the window
        ("ив", "name", 100, 0),
        ("ив", "name", 20, 3_110),
        // short, nowhere
        ("щф", "name", 100, 0),
        // short, a page past the window: 9,374 of 13,124 are in it
        ("ов", "name", 100, 9_400),
        ("ович ив", "name", 100, 0),
        ("ооо ка", "name", 30, 0),
    ] {
        let words: Vec<String> = search.split(' ').map(fold).collect();
        let mut want: Vec<&(i64, String, String)> = cards
            .iter()
            .filter(|c| words.iter().all(|w| c.2.contains(w.as_str())))
            .collect();
        if sort == "name" {
            want.sort_by(|a, b| a.1.as_bytes().cmp(b.1.as_bytes()).then(a.0.cmp(&b.0)));
        } else {
            want.sort_by_key(|c| c.0);
        }
        let want: Vec<i64> = want.iter().skip(offset).take(limit).map(|c| c.0).collect();
        let (limit, offset) = (limit.to_string(), offset.to_string());
        let got: Vec<i64> = env
            .json(&[
                "subscriber",
                "list",
                "--search",
                search,
                "--sort",
                sort,
                "--limit",
                &limit,
                "--offset",
                &offset,
            ])
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["id"].as_i64().unwrap())
            .collect();
        assert_eq!(
            got, want,
            "--search {search} --sort {sort} --limit {limit} --offset {offset}"
        );
    }
}

#[test]
fn csv_export_is_safe_for_spreadsheets_unless_raw() {
    let env = Env::new();
    env.json(&[
        "subscriber",
        "add",
        "--type",
        "person",
        "--last-name",
        "Иванов",
        "--first-name",
        "Иван",
        "--comment",
        "=HYPERLINK(\"http://x\")",
        "--phone",
        "+79123456789",
        "--no-password",
    ]);
    let (code, out, _) = env.run(&["subscriber", "export", "--format", "csv"]);
    assert_eq!(code, 0);
    assert!(out.contains("\"'=HYPERLINK(\"\"http://x\"\")\""), "{out}");
    assert!(out.contains(",'+79123456789,"), "{out}");
    assert!(!out.starts_with('\u{feff}'));
    let (_, raw, _) = env.run(&["subscriber", "export", "--format", "csv", "--raw"]);
    assert!(
        raw.contains("\"=HYPERLINK(\"\"http://x\"\")\"") && raw.contains(",+79123456789,"),
        "{raw}"
    );
    let (_, excel, _) = env.run(&["subscriber", "export", "--format", "csv", "--excel"]);
    assert!(excel.starts_with("\u{feff}id,uid,"), "{excel}");
}

// ---- reads are snapshots

mod snapshots {
    use super::*;
    use abonent::core::subscribers::CardInput;
    use abonent::core::Registry;
    use abonent::model::fields::FieldValue;

    fn comment(text: &str) -> CardInput {
        CardInput {
            values: vec![("comment".into(), FieldValue::Text(text.into()))],
            ..CardInput::default()
        }
    }

    /// Three person cards, numbered by their comment.
    fn three(env: &Env) {
        env.set("required.person", "");
        for i in 1..=3 {
            env.cmd()
                .args(["subscriber", "add", "--type", "person"])
                .args(["--last-name", &format!("Иванов{i}"), "--first-name", "Иван"])
                .args([
                    "--login",
                    &format!("pp{i}"),
                    "--group",
                    "g",
                    "--comment",
                    "before",
                ])
                .assert()
                .success();
        }
    }

    /// An edit another connection commits while an export is halfway does
    /// not show in that export: it reads one committed state from its
    /// first card to its last (it used to load each card on its own, so
    /// the cards after the edit showed it and those before did not).
    #[test]
    fn an_export_reads_one_committed_state_while_others_write() {
        let env = Env::new();
        env.cmd().args(["group", "add", "g"]).assert().success();
        three(&env);
        let reader = Registry::open_at(&env.location(), "reader").unwrap();
        let mut writer = Registry::open_at(&env.location(), "writer").unwrap();
        let mut seen = Vec::new();
        reader
            .export(|card| {
                if seen.is_empty() {
                    writer.edit("pp3", comment("after")).unwrap();
                    writer.group_remove("g", true).unwrap();
                }
                seen.push((card.comment.clone(), card.groups.clone()));
                Ok(())
            })
            .unwrap();
        for (comment, groups) in &seen {
            assert_eq!(comment.as_deref(), Some("before"), "{seen:?}");
            assert_eq!(groups, &vec!["g".to_string()], "{seen:?}");
        }
        // The next read sees the committed edit.
        assert_eq!(
            reader.show("pp3").unwrap().comment.as_deref(),
            Some("after")
        );
    }

    /// Several reads of one command share one snapshot too.
    #[test]
    fn a_snapshot_holds_across_the_registrys_reads() {
        let env = Env::new();
        env.cmd().args(["group", "add", "g"]).assert().success();
        three(&env);
        let reader = Registry::open_at(&env.location(), "reader").unwrap();
        let mut writer = Registry::open_at(&env.location(), "writer").unwrap();
        let (a, b) = reader
            .snapshot(|r| {
                let a = r.show("pp1")?;
                writer.edit("pp1", comment("after")).unwrap();
                Ok((a, r.list(Default::default(), None)?))
            })
            .unwrap();
        assert_eq!(a.comment.as_deref(), Some("before"));
        assert!(
            b.iter().all(|c| c.comment.as_deref() == Some("before")),
            "{b:?}"
        );
    }
}

/// `--yes` only means "never prompt": removing a group with members needs
/// `--force` (it used to take `-y` as the go-ahead, so a cron job's `-y`
/// dropped every membership).
#[test]
fn yes_does_not_force_a_group_with_members_away() {
    let env = Env::new();
    env.cmd().args(["group", "add", "vip"]).assert().success();
    env.set("required.person", "");
    env.cmd()
        .args([
            "subscriber",
            "add",
            "--type",
            "person",
            "--last-name",
            "Петров",
        ])
        .args(["--login", "petrov", "--group", "vip"])
        .assert()
        .success();
    for args in [
        &["group", "remove", "vip"][..],
        &["group", "remove", "vip", "--yes"],
    ] {
        let (code, _, err) = env.run(args);
        assert_eq!(code, 5, "{args:?}: {err}");
        assert!(err.contains("--force"), "{err}");
    }
    assert_eq!(
        env.json(&["subscriber", "show", "petrov"])["groups"][0],
        "vip"
    );
    env.cmd()
        .args(["group", "remove", "vip", "--force"])
        .assert()
        .success();
    assert_eq!(
        env.json(&["subscriber", "show", "petrov"])["groups"],
        serde_json::json!([])
    );
}

/// A group named on a card must exist, on add and edit alike: `add` used to
/// create any group it was given (a typo made a new group) while `edit`
/// refused the same name. Only the `groups.default.*` groups are created,
/// on first use.
#[test]
fn a_named_group_must_exist_on_add_and_edit_alike() {
    let env = Env::new();
    env.set("required.person", "");
    env.set("groups.default.person", "частные");
    env.cmd().args(["group", "add", "vip"]).assert().success();
    let add = |login: &str, group: &str| {
        env.run(&[
            "subscriber",
            "add",
            "--type",
            "person",
            "--last-name",
            "Петров",
            "--login",
            login,
            "--group",
            group,
        ])
    };
    let (code, _, err) = add("petrov", "vpi");
    assert_eq!(code, 4, "{err}");
    assert!(err.contains("vpi") && err.contains("group add"), "{err}");
    let (code, _, err) = add("petrov", "vip");
    assert_eq!(code, 0, "{err}");
    let card = env.json(&["subscriber", "show", "petrov"]);
    assert_eq!(
        card["groups"],
        serde_json::json!(["vip", "частные"]),
        "{card}"
    );
    let (code, _, err) = env.run(&["subscriber", "edit", "petrov", "--group", "vpi"]);
    assert_eq!(code, 4, "{err}");
    let names: Vec<String> = env
        .json(&["group", "list"])
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["name"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
    assert!(!names.contains(&"vpi".to_string()), "{names:?}");
}

/// `history --since ID`: the change feed a sync job follows. Every entry
/// after ID, oldest first, ids increasing, the card's uid with each, and
/// never a secret; `--limit` pages it; a REF narrows it to one card.
#[test]
fn the_change_feed_prints_every_entry_after_an_id_in_order_without_secrets() {
    let env = Env::new();
    env.set("required.person", "");
    let add = |last: &str| env.add_person(last, "Иван", &[]);
    let feed = |args: &[&str]| -> Vec<serde_json::Value> {
        let (code, out, err) = env.run(&[&["history", "--format", "jsonl"], args].concat());
        assert_eq!(code, 0, "{err}");
        out.lines()
            .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
            .collect()
    };
    let first = add("Первый");
    let before = feed(&["--limit", "0"]);
    let last = before
        .iter()
        .filter_map(|e| e["id"].as_i64())
        .max()
        .unwrap();
    env.cmd()
        .args(["subscriber", "edit", first["login"].as_str().unwrap()])
        .args(["--comment", "после"])
        .assert()
        .success();
    env.set("dadata.token", "tok-SECRET-4711");
    let second = add("Второй");

    let since = last.to_string();
    let after = feed(&["--since", &since]);
    let all = feed(&["--limit", "0"]);
    assert_eq!(after.len(), all.len() - before.len(), "{after:?}");
    let ids: Vec<i64> = after.iter().map(|e| e["id"].as_i64().unwrap()).collect();
    assert!(
        ids[0] > last && ids.windows(2).all(|w| w[0] < w[1]),
        "{ids:?}"
    );
    let text = serde_json::to_string(&after).unwrap();
    assert!(!text.contains("tok-SECRET-4711"), "{text}");
    assert!(
        after
            .iter()
            .any(|e| e["field"] == "dadata.token" && e["new"] == "(secret)"),
        "{text}"
    );
    for card in [&first, &second] {
        assert!(
            after
                .iter()
                .any(|e| e["subscriber_id"] == card["id"] && e["subscriber_uid"] == card["uid"]),
            "{card} in {text}"
        );
    }
    // Paged: the first entry after ID, then on from it.
    let one = feed(&["--since", &since, "--limit", "1"]);
    assert_eq!(one.len(), 1);
    assert_eq!(one[0]["id"], ids[0]);
    let rest = feed(&["--since", &ids[0].to_string()]);
    assert_eq!(rest.len(), after.len() - 1);
    // One card's feed; nothing after the newest entry; a negative id is refused.
    let of_first = feed(&[first["login"].as_str().unwrap(), "--since", &since]);
    assert!(!of_first.is_empty());
    assert!(
        of_first.iter().all(|e| e["subscriber_id"] == first["id"]),
        "{of_first:?}"
    );
    assert!(feed(&["--since", &ids[ids.len() - 1].to_string()]).is_empty());
    let (code, _, err) = env.run(&["history", "--since", "-1"]);
    assert_eq!(code, 2, "{err}");
}

/// The portal's view: a card's uid, login, Argon2id PHC hash, archived flag
/// and display name, and nothing else; the hash verifies the password with
/// any Argon2 library (here the `argon2` crate, not abonent's own code).
#[test]
fn the_portal_view_holds_what_a_login_check_needs_and_nothing_more() {
    use argon2::{PasswordHash, PasswordVerifier};
    let env = Env::new();
    env.set("required.person", "");
    let out = env
        .cmd()
        .args([
            "subscriber",
            "add",
            "--type",
            "person",
            "--last-name",
            "Портал",
        ])
        .args([
            "--first-name",
            "Пётр",
            "--inn",
            "500100732259",
            "--password-stdin",
            "--json",
        ])
        .write_stdin("Kabinet-2026\n")
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let card: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    env.set("password.generate", "false");
    env.add_person("Безпароля", "Ян", &[]);

    let (columns, rows) = env.select("SELECT * FROM portal_accounts ORDER BY login");
    assert_eq!(
        columns,
        ["uid", "login", "password_hash", "archived", "display_name"]
    );
    let text = |v: &serde_json::Value| v.as_str().map(str::to_string);
    let rows: Vec<(String, String, Option<String>, i64, String)> = rows
        .iter()
        .map(|r| {
            (
                text(&r[0]).unwrap(),
                text(&r[1]).unwrap(),
                text(&r[2]),
                r[3].as_i64().unwrap(),
                text(&r[4]).unwrap(),
            )
        })
        .collect();
    assert_eq!(rows.len(), 2, "{rows:?}");
    let row = rows.iter().find(|r| r.1 == card["login"]).unwrap();
    assert_eq!(row.0, card["uid"].as_str().unwrap());
    assert_eq!(
        (row.3, row.4.as_str()),
        (0, card["display_name"].as_str().unwrap())
    );
    let hash = row.2.as_deref().unwrap();
    assert!(hash.starts_with("$argon2id$"), "{hash}");
    let parsed = PasswordHash::new(hash).unwrap();
    assert!(argon2::Argon2::default()
        .verify_password(b"Kabinet-2026", &parsed)
        .is_ok());
    assert!(argon2::Argon2::default()
        .verify_password(b"kabinet-2026", &parsed)
        .is_err());
    assert!(rows.iter().any(|r| r.2.is_none()), "{rows:?}");
    // Archived shows as 1, and the portal refuses such a login itself.
    env.cmd()
        .args([
            "subscriber",
            "archive",
            card["login"].as_str().unwrap(),
            "--yes",
        ])
        .assert()
        .success();
    let uid = card["uid"].as_str().unwrap();
    let archived = env.int(&format!(
        "SELECT archived FROM portal_accounts WHERE uid = '{uid}'"
    ));
    assert_eq!(archived, 1);
}
