//! `subscriber forget` and `privacy acts`: no erased value left anywhere
//! in the database's files (SQLite's bytes grepped in every case form,
//! WAL included; PostgreSQL's rows read and the tables vacuumed), the
//! tombstone that the import skips and an edit refuses, the act and its
//! file, `--due`, and every refusal changing nothing.

use crate::common::*;
use crate::support::dadata_server::Server;
use serde_json::Value;

/// A sole trader DaData's stand-in knows (its answer holds the name).
const IP: &str = "772519384638";

/// The values of the person below, each in every case form a file could
/// hold it in (as typed, lower case as the search index folds, upper).
const SECRETS: &[&str] = &[
    "Заболоцкий",
    "Никифор",
    "Ерофеевич",
    "nikifor.z@mail.test",
    "79161112233",
    "987654",
    "Стромынка",
    "Звонил Никифор",
    "1980-05-06",
    "Кудрино",
    "NX-4471",
];

fn forms(s: &str) -> Vec<String> {
    vec![s.to_string(), s.to_lowercase(), s.to_uppercase()]
}

/// Every byte of the database: its file and any -wal and -shm beside it.
fn file_bytes(env: &Env) -> Vec<u8> {
    let db = env.db();
    let mut all = Vec::new();
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let p = std::path::PathBuf::from(format!("{}{suffix}", db.display()));
        if let Ok(b) = std::fs::read(&p) {
            all.extend(b);
        }
    }
    all
}

fn contains(hay: &[u8], needle: &str) -> bool {
    let n = needle.as_bytes();
    hay.windows(n.len()).any(|w| w == n)
}

/// A person with every kind of personal data, archived; its id.
fn archived_person(env: &Env) -> i64 {
    env.cmd()
        .args([
            "extra-field",
            "define",
            "passport_scan",
            "--type",
            "string",
            "--personal",
            "-q",
        ])
        .assert()
        .success();
    env.cmd()
        .args(["extra-field", "define", "vlan", "--type", "integer", "-q"])
        .assert()
        .success();
    let card = env.add_person(
        "Заболоцкий",
        "Никифор",
        &[
            "--middle-name",
            "Ерофеевич",
            "--email",
            "nikifor.z@mail.test",
            "--phone",
            "+79161112233",
            "--doc-series",
            "4510",
            "--doc-number",
            "987654",
            "--birth-date",
            "1980-05-06",
            "--birth-place",
            "с. Кудрино",
            "--address",
            "actual=Москва, Стромынка 7",
            "--comment",
            "Звонил Никифор",
            "--consent-on",
            "15.03.2024",
            "--extra",
            "passport_scan=NX-4471",
            "--extra",
            "vlan=204",
        ],
    );
    let id = card["id"].as_i64().unwrap();
    // An edit, so the history holds old values too.
    env.cmd()
        .args([
            "subscriber",
            "edit",
            &id.to_string(),
            "--middle-name",
            "Ерофеевич",
            "--comment",
            "Звонил Никифор",
        ])
        .assert()
        .success();
    env.cmd()
        .args([
            "contract",
            "add",
            &id.to_string(),
            "--number",
            "2026-77",
            "-q",
        ])
        .assert()
        .success();
    env.cmd()
        .args(["subscriber", "archive", &id.to_string(), "-q"])
        .assert()
        .success();
    id
}

#[test]
fn forget_leaves_no_erased_value_anywhere() {
    let env = Env::new();
    env.set("operator.name", "ООО «Связь-Сервис»");
    env.set("operator.address", "г. Тверь, ул. Советская, 1");
    let id = archived_person(&env);
    let before = env.card(&id.to_string());
    if !env.on_postgres() {
        let bytes = file_bytes(&env);
        assert!(
            contains(&bytes, "Заболоцкий"),
            "the test must see the value before"
        );
    }
    let act = env.dir.path().join("act.txt");
    let (code, out, err) = env.run(&[
        "subscriber",
        "forget",
        &id.to_string(),
        "--early",
        "--why",
        "отзыв согласия на обработку",
        "--signer",
        "Петрова Анна Сергеевна, инженер по защите информации",
        "--act",
        act.to_str().unwrap(),
        "--force",
        "--json",
    ]);
    assert_eq!(code, 0, "{err}");
    let done: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(done["id"], id);
    assert_eq!(done["act"], 1);

    // Nothing of it in the file, in any case, WAL and all.
    if !env.on_postgres() {
        let bytes = file_bytes(&env);
        for s in SECRETS {
            for f in forms(s) {
                assert!(!contains(&bytes, &f), "«{f}» is still in the database file");
            }
        }
    } else {
        let vacuumed = env.int(
            "SELECT count(*) FROM pg_stat_user_tables WHERE relname IN
             ('subscribers', 'contacts', 'history', 'subscriber_search') AND last_vacuum IS NOT NULL",
        );
        assert_eq!(vacuumed, 4, "the tables are vacuumed after the erasure");
    }
    let export = env.run(&["subscriber", "export"]).1;
    let history = env.run(&["history", "--limit", "0", "--json"]).1;
    for s in SECRETS {
        assert!(
            !export.contains(s) && !history.contains(s),
            "«{s}» is still readable"
        );
    }

    // The tombstone keeps what accounting needs.
    let card = env.card(&id.to_string());
    assert_eq!(card["uid"], before["uid"]);
    assert_eq!(card["login"], before["login"]);
    assert_eq!(card["forgotten_on"].as_str().map(str::len), Some(10));
    assert!(
        card["display_name"]
            .as_str()
            .unwrap()
            .starts_with("Удалено "),
        "{card}"
    );
    assert_eq!(card["contracts"][0]["number"], "2026-77");
    assert_eq!(before["consent_on"], "2024-03-15");
    assert_eq!(card["consent_on"], Value::Null);
    assert_eq!(
        card["extra"]["vlan"], 204,
        "a field not marked personal stays"
    );
    assert!(card["extra"].get("passport_scan").is_none(), "{card}");
    assert_eq!(
        env.json(&["subscriber", "list", "--archived"])[0]["display_name"],
        card["display_name"]
    );
    assert!(history.contains("(erased)"), "{history}");

    // The act: in the file (0600), and kept.
    let text = std::fs::read_to_string(&act).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&act).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
    for want in [
        "АКТ № 1",
        "об уничтожении персональных данных",
        "ООО «Связь-Сервис»",
        "г. Тверь, ул. Советская, 1",
        "отзыв согласия на обработку",
        "Петрова Анна Сергеевна, инженер по защите информации",
        "фамилия, имя, отчество",
        "документ, удостоверяющий личность",
        "дополнительное поле «passport_scan»",
        "резервные копии",
        "Выписка из журнала событий",
        before["uid"].as_str().unwrap(),
    ] {
        assert!(text.contains(want), "the act lacks «{want}»:\n{text}");
    }
    for s in SECRETS {
        assert!(!text.contains(s), "the act names «{s}»");
    }
    let (code, reprint, err) = env.run(&["privacy", "acts", "1"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(reprint, text);
    // As a PDF too: a new private file, never over an existing one.
    let pdf = env.dir.path().join("act-1.pdf");
    let (code, out, err) = env.run(&["privacy", "acts", "1", "--output", pdf.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(out.is_empty(), "{out}");
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF-"), "not a PDF");
    // The font with Cyrillic embedded, the text in its glyphs (Identity-H)
    // with a ToUnicode map, so a reader copies and searches it as text.
    for part in ["DejaVu", "FontFile2", "Identity-H", "ToUnicode"] {
        assert!(contains(&bytes, part), "the PDF lacks {part}");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&pdf).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
    let (code, _, err) = env.run(&["privacy", "acts", "1", "--output", pdf.to_str().unwrap()]);
    assert_ne!(code, 0, "an existing file is never overwritten");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert_eq!(std::fs::read(&pdf).unwrap(), bytes);
    let list = env.json(&["privacy", "acts"]);
    assert_eq!(list[0]["subscriber_id"], id);
    env.consistent();
}

#[test]
fn a_sole_traders_dadata_answers_are_forgotten_too() {
    let server = Server::start();
    let env = Env::new();
    env.set("dadata.enabled", "true");
    env.set("dadata.url", &server.url);
    let out = env
        .cmd()
        .env("ABONENT_DADATA_TOKEN", "tok-PRIVACY-0a1b2c")
        .args([
            "subscriber",
            "add",
            "--type",
            "ip",
            "--from-inn",
            IP,
            "--json",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let card: Value = serde_json::from_slice(&out.stdout).unwrap();
    let surname = card["last_name"].as_str().unwrap().to_string();
    let id = card["id"].to_string();
    env.cmd()
        .args([
            "employee",
            "add",
            &id,
            "--last-name",
            "Сотрудникова",
            "--first-name",
            "Евлампия",
            "--phone",
            "+79035550011",
            "-q",
        ])
        .assert()
        .success();
    env.cmd()
        .args(["subscriber", "archive", &id, "-q"])
        .assert()
        .success();
    assert!(env.int("SELECT count(*) FROM dadata_cache") > 0);
    env.cmd()
        .args([
            "subscriber",
            "forget",
            &id,
            "--early",
            "--why",
            "запрос субъекта",
            "--force",
            "-q",
        ])
        .assert()
        .success();
    assert_eq!(env.int("SELECT count(*) FROM dadata_cache"), 0);
    let card = env.card(&id);
    assert_eq!(
        card["inn"], IP,
        "the INN stays: the import still matches by it"
    );
    assert_eq!(
        card["employees"].as_array().map(Vec::len),
        Some(1),
        "{card}"
    );
    let export = env.run(&["subscriber", "export"]).1;
    for s in ["Сотрудникова", "Евлампия", "79035550011"] {
        assert!(
            !export.contains(s),
            "the employee's «{s}» is still readable"
        );
    }
    if !env.on_postgres() {
        let bytes = file_bytes(&env);
        for v in [surname.as_str(), "Сотрудникова", "Евлампия", "79035550011"] {
            for f in forms(v) {
                assert!(!contains(&bytes, &f), "«{f}» is still in the file");
            }
        }
    }
}

#[test]
fn refusals_destroy_nothing() {
    let env = Env::new();
    let person = env.add_person("Лапин", "Олег", &[])["id"].to_string();
    let legal = env.add_legal("Ромашка", "7718445200");
    let before = env.snapshot();
    let cases: &[(&[&str], i32, &str)] = &[
        (
            &["subscriber", "forget", &person, "--force"],
            5,
            "archive it first",
        ),
        (
            &["subscriber", "forget", &legal, "--force"],
            3,
            "legal entity",
        ),
        (&["subscriber", "forget", &person], 5, "--force"),
        (&["subscriber", "forget", &person, "--yes"], 5, "--force"),
        (
            &["subscriber", "forget", &person, "--early", "--force"],
            2,
            "--why",
        ),
    ];
    for (args, code, says) in cases {
        let (got, out, err) = env.run(args);
        assert_eq!(got, *code, "{args:?}: {err}");
        assert!(out.is_empty(), "{out}");
        assert!(err.contains(says), "{args:?}: {err}");
    }
    assert!(env.snapshot() == before, "a refused forget wrote");
    env.cmd()
        .args(["subscriber", "archive", &person, "-q"])
        .assert()
        .success();
    let (code, _, err) = env.run(&["subscriber", "forget", &person, "--force"]);
    assert_eq!(code, 5, "{err}");
    assert!(
        err.contains("1095 days are left") || err.contains("retention_days"),
        "{err}"
    );
    // A dry run says what would go, and destroys nothing.
    let dry = env.json(&[
        "subscriber",
        "forget",
        &person,
        "--dry-run",
        "--early",
        "--why",
        "тест",
    ]);
    assert_eq!(dry["dry_run"], true);
    assert_eq!(dry["act"], Value::Null);
    assert_eq!(env.card(&person)["last_name"], "Лапин");
    assert_eq!(env.json(&["privacy", "acts"]), serde_json::json!([]));
    // Once forgotten: no second time, no edit, no restore.
    env.cmd()
        .args([
            "subscriber",
            "forget",
            &person,
            "--early",
            "--why",
            "тест",
            "--force",
            "-q",
        ])
        .assert()
        .success();
    for args in [
        &[
            "subscriber",
            "forget",
            &person,
            "--early",
            "--why",
            "тест",
            "--force",
        ][..],
        &["subscriber", "edit", &person, "--comment", "x"][..],
        &["subscriber", "restore", &person][..],
    ] {
        let (code, _, err) = env.run(args);
        assert_eq!(code, 5, "{args:?}: {err}");
        assert_eq!(err.lines().count(), 1, "{err}");
    }
}

#[test]
fn the_import_writes_nothing_back_to_a_forgotten_card() {
    let env = Env::new();
    let file = env.generated_export(5);
    env.import_quietly(&file);
    // Row 3 of the generated file is a sole trader, row 4 a person.
    let person = env.json(&["subscriber", "list", "--type", "person"])[0]["id"].to_string();
    env.cmd()
        .args(["subscriber", "archive", &person, "-q"])
        .assert()
        .success();
    env.cmd()
        .args([
            "subscriber",
            "forget",
            &person,
            "--early",
            "--why",
            "запрос",
            "--force",
            "-q",
        ])
        .assert()
        .success();
    let tomb = env.card(&person);
    let cards = env.count("cards");
    let (code, out, err) = env.run(&["import-1c", file.to_str().unwrap(), "--json"]);
    assert_eq!(code, 0, "{err}");
    let summary: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(summary["skipped"], 1, "{summary}");
    assert_eq!(summary["created"], 0, "{summary}");
    assert!(err.contains("destroyed"), "{err}");
    assert_eq!(env.count("cards"), cards);
    assert_eq!(env.card(&person), tomb, "the tombstone is as it was");
}

#[test]
fn due_lists_the_cards_past_retention_and_force_destroys_them() {
    let env = Env::new();
    let old = env.add_person("Старов", "Пётр", &[])["id"].to_string();
    let kept = env.add_person("Новиков", "Илья", &[])["id"].to_string();
    env.cmd()
        .args(["subscriber", "archive", &old, "-q"])
        .assert()
        .success();
    env.exec(&format!(
        "UPDATE history SET at = '2020-01-01T00:00:00Z' WHERE subscriber_id = {old} AND action = 'archive'"
    ));
    env.cmd()
        .args(["subscriber", "archive", &kept, "-q"])
        .assert()
        .success();
    let due = env.json(&["subscriber", "forget", "--due"]);
    let ids: Vec<String> = due
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].to_string())
        .collect();
    assert_eq!(
        ids,
        std::slice::from_ref(&old),
        "only the card archived past 1095 days"
    );
    assert_eq!(
        env.card(&old)["last_name"],
        "Старов",
        "listing destroys nothing"
    );
    let (code, _, err) = env.run(&["subscriber", "forget", "--due", "--force", "-q"]);
    assert_eq!(code, 0, "{err}");
    assert!(env.card(&old)["forgotten_on"].is_string());
    assert_eq!(env.card(&kept)["last_name"], "Новиков");
}

#[test]
fn the_consent_date_can_be_required_and_comes_from_1c() {
    let env = Env::new();
    env.set("required.person", "last_name,first_name,consent_on");
    let (code, _, err) = env.run(&[
        "subscriber",
        "add",
        "--type",
        "person",
        "--last-name",
        "Лапин",
        "--first-name",
        "Олег",
    ]);
    assert_eq!(code, 3, "{err}");
    assert!(
        err.contains("consent_on") && err.contains("--consent-on"),
        "{err}"
    );
    let card = env.add_person("Лапин", "Олег", &["--consent-on", "01.09.2025"]);
    assert_eq!(card["consent_on"], "2025-09-01");
    let (code, _, err) = env.run(&[
        "subscriber",
        "edit",
        &card["id"].to_string(),
        "--consent-on",
        "32.13.2025",
    ]);
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("consent_on"), "{err}");

    // A 1C list export with the consent as a column of its own.
    let file = env.dir.path().join("persons.csv");
    std::fs::write(
        &file,
        "Наименование;Фамилия;Имя;ИНН;Юр. / физ. лицо;Дата согласия\r\n\
         Кравец Юлия;Кравец;Юлия;;Физическое лицо;20.02.2024\r\n",
    )
    .unwrap();
    let (code, _, err) = env.run(&["import-1c", file.to_str().unwrap(), "-q"]);
    assert_eq!(code, 0, "{err}");
    let imported = env.json(&["subscriber", "list", "--search", "кравец"]);
    assert!(imported[0]["id"].is_i64(), "{imported}");
    let card = env.card(&imported[0]["id"].to_string());
    assert_eq!(card["consent_on"], "2024-02-20");
}

#[test]
fn the_read_log_records_who_read_whose_card_and_never_fails_the_read() {
    let env = Env::new();
    let person = env.add_person("Лапин", "Олег", &[])["id"].to_string();
    let legal = env.add_legal("Ромашка", "7718445200");
    env.card(&person);
    assert_eq!(
        env.json(&["privacy", "log"]),
        serde_json::json!([]),
        "off by default"
    );

    env.set("privacy.log_reads", "true");
    env.card(&person);
    env.card(&legal);
    let (code, _, err) = env.run(&["subscriber", "export"]);
    assert_eq!(code, 0, "{err}");
    let log = env.json(&["privacy", "log"]);
    let got: Vec<(String, i64, String)> = log
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["command"].as_str().unwrap().to_string(),
                e["cards"].as_i64().unwrap(),
                e["actor"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("show".to_string(), 1, "tester".to_string()),
            ("export".to_string(), 1, "tester".to_string())
        ],
        "a legal card's reads are not personal data"
    );
    assert_eq!(
        env.json(&["privacy", "log", &person])
            .as_array()
            .unwrap()
            .len(),
        2
    );
    assert_eq!(env.json(&["privacy", "log", &legal]), serde_json::json!([]));
    assert_eq!(
        env.json(&["privacy", "log", "--since", "2099-01-01"]),
        serde_json::json!([])
    );

    // Another writer holds the lock: the read answers, and says the log
    // was not written.
    env.set("db.busy_timeout_ms", "200");
    let mut other = abonent::store::Store::open(&env.location()).unwrap();
    let (code, out, err) = other
        .write_or_roll_back(|_| Ok((env.run(&["subscriber", "show", &person, "--json"]), false)))
        .unwrap();
    drop(other);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Лапин"), "{out}");
    assert!(err.contains("read log was not written"), "{err}");
    assert_eq!(env.json(&["privacy", "log"]).as_array().unwrap().len(), 2);
}

#[test]
fn a_row_with_only_the_inn_finds_the_tombstone_and_writes_nothing() {
    let env = Env::new();
    let file = env.dir.path().join("ip.csv");
    std::fs::write(
        &file,
        "Наименование;ИНН;Юр. / физ. лицо;Телефон\r\n\
         ИП Кравец Юлия Петровна;772519384638;Физическое лицо;+79035550011\r\n",
    )
    .unwrap();
    env.import_quietly(&file);
    let id = env.json(&["subscriber", "list"])[0]["id"].to_string();
    assert_eq!(env.card(&id)["type"], "ip");
    env.cmd()
        .args(["subscriber", "archive", &id, "-q"])
        .assert()
        .success();
    env.cmd()
        .args([
            "subscriber",
            "forget",
            &id,
            "--early",
            "--why",
            "запрос",
            "--force",
            "-q",
        ])
        .assert()
        .success();
    let tomb = env.card(&id);
    let (code, out, err) = env.run(&["import-1c", file.to_str().unwrap(), "--json"]);
    assert_eq!(code, 0, "{err}");
    let summary: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        (summary["skipped"].clone(), summary["created"].clone()),
        (1.into(), 0.into()),
        "{summary}"
    );
    assert_eq!(env.count("cards"), 1);
    assert_eq!(env.card(&id), tomb);
    let export = env.run(&["subscriber", "export"]).1;
    assert!(
        !export.contains("Кравец") && !export.contains("79035550011"),
        "{export}"
    );
}

#[test]
fn a_legal_cards_employees_are_forgotten_only_when_asked_and_the_card_stays() {
    let env = Env::new();
    let id = env.add_legal("Ромашка", "7718445200");
    env.cmd()
        .args([
            "employee",
            "add",
            &id,
            "--last-name",
            "Бухгалтерова",
            "--first-name",
            "Зинаида",
            "--email",
            "zina@romashka.test",
            "-q",
        ])
        .assert()
        .success();
    env.cmd()
        .args(["subscriber", "archive", &id, "-q"])
        .assert()
        .success();
    let (code, _, err) = env.run(&[
        "subscriber",
        "forget",
        &id,
        "--early",
        "--why",
        "увольнение",
        "--force",
    ]);
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("--include-legal-contacts"), "{err}");
    let (code, _, err) = env.run(&[
        "subscriber",
        "forget",
        &id,
        "--include-legal-contacts",
        "--early",
        "--why",
        "увольнение",
        "--force",
        "-q",
    ]);
    assert_eq!(code, 0, "{err}");
    let card = env.card(&id);
    assert_eq!(
        card["name"], "Ромашка",
        "a company's requisites are not personal data"
    );
    assert_eq!(
        card["forgotten_on"],
        Value::Null,
        "the card itself is no tombstone"
    );
    let history = env.run(&["history", &id, "--limit", "0", "--json"]).1;
    assert!(
        history.contains("Ромашка"),
        "the company's own history stays: {history}"
    );
    assert!(!history.contains("Бухгалтерова"), "{history}");
    let export = env.run(&["subscriber", "export"]).1;
    for s in ["Бухгалтерова", "Зинаида", "zina@romashka.test"] {
        assert!(
            !export.contains(s),
            "the employee's «{s}» is still readable"
        );
    }
    if !env.on_postgres() {
        let bytes = file_bytes(&env);
        for f in forms("Бухгалтерова") {
            assert!(!contains(&bytes, &f), "«{f}» is still in the file");
        }
    }
}

#[test]
fn the_act_takes_no_escape_sequence_and_never_lands_on_the_database() {
    let env = Env::new();
    let id = env.add_person("Лапин", "Олег", &[])["id"].to_string();
    env.cmd()
        .args(["subscriber", "archive", &id, "-q"])
        .assert()
        .success();
    // Named as the act's file, the database itself is refused, and
    // nothing is destroyed.
    let db = env.db();
    if !env.on_postgres() {
        let before = env.snapshot();
        let (code, _, err) = env.run(&[
            "subscriber",
            "forget",
            &id,
            "--early",
            "--why",
            "запрос",
            "--force",
            "--act",
            db.to_str().unwrap(),
        ]);
        assert_ne!(code, 0, "{err}");
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(
            env.snapshot() == before,
            "a refused act file left the card erased"
        );
    }
    let (code, out, err) = env.run(&[
        "subscriber",
        "forget",
        &id,
        "--early",
        "--why",
        "запрос\u{1b}[2J\u{1b}]0;pwned\u{7}",
        "--signer",
        "Петрова\u{1b}[31m А.",
        "--force",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(!out.contains('\u{1b}') && !out.contains('\u{7}'), "{out:?}");
    assert!(out.contains("запрос[2J]0;pwned"), "{out}");
    let (_, reprint, _) = env.run(&["privacy", "acts", "1"]);
    assert!(!reprint.contains('\u{1b}'), "{reprint:?}");
}
