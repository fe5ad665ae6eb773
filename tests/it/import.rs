//! `import-1c` end to end on the fixtures in `fixtures/1c/`: counts, field
//! values, idempotence, rejects, --atomic, --dry-run, matching, credentials.

use crate::common::*;
use serde_json::Value;

fn fixture(name: &str) -> String {
    format!("{}/fixtures/1c/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// Runs an import and returns (exit code, summary, stderr).
fn import(env: &Env, args: &[&str]) -> (i32, Value, String) {
    let (code, out, err) = env.run(&[&["import-1c"], args, &["--json"]].concat());
    let summary = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}\n{err}"));
    (code, summary, err)
}

fn counts(s: &Value) -> [u64; 7] {
    [
        "rows",
        "created",
        "updated",
        "unchanged",
        "archived",
        "rejected",
        "skipped",
    ]
    .map(|k| s[k].as_u64().unwrap_or_else(|| panic!("no {k} in {s}")))
}

#[test]
fn cp1251_list_export() {
    let env = Env::new();
    let rejects = env.dir.path().join("rejects.csv");
    let (code, s, err) = import(
        &env,
        &[
            &fixture("list-cp1251.csv"),
            "--rejects",
            rejects.to_str().unwrap(),
        ],
    );
    assert_eq!(code, 3, "{err}");
    assert_eq!(s["kind"], "csv");
    assert_eq!(s["encoding"], "windows-1251");
    //                 rows created updated unchanged archived rejected skipped
    assert_eq!(counts(&s), [10, 7, 0, 0, 0, 3, 1], "{s}");
    assert_eq!(s["warnings"], 2, "{err}");
    assert!(err.contains("padded"), "{err}");

    let sber = env.card("inn:7707083893/773601001");
    assert_eq!(sber["type"], "legal");
    assert_eq!(sber["name"], "ПАО Сбербанк");
    assert_eq!(
        sber["full_name"],
        "ПУБЛИЧНОЕ АКЦИОНЕРНОЕ ОБЩЕСТВО \"СБЕРБАНК РОССИИ\""
    );
    assert_eq!(sber["comment"], "Клиент; VIP");
    assert_eq!(sber["onec"]["code"], "00-000001");
    assert_eq!(sber["phones"][0]["value"], "+74955005550");
    assert_eq!(sber["emails"][0]["value"], "sberbank@sberbank.ru");
    assert_eq!(sber["addresses"][0]["kind"], "legal");
    // The search index is written at the end of the import.
    let found = env.json(&["subscriber", "list", "--search", "сбербанк"]);
    assert_eq!(found.as_array().unwrap().len(), 2, "{found}");
    let branch = env.card("inn:7707083893/540602001");
    assert_ne!(branch["id"], sber["id"]);
    let romashka = env.card("inn:4477127820");
    assert_eq!(
        romashka["addresses"][0]["text"],
        "443000, г. Самара, ул. Ленина, д. 5; офис 12"
    );

    let ip = env.card("inn:569925275375");
    assert_eq!(ip["type"], "ip");
    assert_eq!(ip["display_name"], "ИП Иванов Пётр Сергеевич");
    assert_eq!(ip["phones"][0]["value"], "+79121112233");
    let person = env.card("inn:350305545337");
    assert_eq!(person["type"], "person");
    assert_eq!(
        [
            &person["last_name"],
            &person["first_name"],
            &person["middle_name"]
        ],
        ["Петрова", "Анна", "Викторовна"]
    );
    // Leading zeros put back only where the checksum proves them.
    assert_eq!(env.card("inn:069168248327")["last_name"], "Сидоров");
    assert_eq!(env.card("inn:0669780016")["name"], "ООО «Нулевой»");
    // The import drew logins u000001..u000007 and saved the counter (the
    // draw skips taken logins, so only the counter itself shows it).
    let report = env.consistent();
    assert_eq!(report["counters"]["login"], 7, "{report}");

    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&rejects).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "rejects file mode");
    }
    let text = std::fs::read_to_string(&rejects).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "line,key,field,reason");
    assert_eq!(lines.len(), 4, "{text}");
    assert!(lines[1].starts_with("9,00-000007,inn,"), "{text}");
    assert!(
        lines[2].starts_with("10,00-000008,inn,") && lines[2].contains("expected last digit 3"),
        "{text}"
    );
    assert!(
        lines[3].starts_with("12,00-000010,inn,") && lines[3].contains("Excel"),
        "{text}"
    );
    assert!(
        lines[3].ends_with("ООО «Эксель»,,00-000010,\"5,61E+10\",,Юридическое лицо,,,,"),
        "{text}"
    );

    // Second run: nothing changes, nothing is written to the history.
    let before = env.history_len();
    let (code, s, _) = import(&env, &[&fixture("list-cp1251.csv")]);
    assert_eq!(code, 3);
    assert_eq!(counts(&s), [10, 0, 0, 7, 0, 3, 1], "{s}");
    assert_eq!(env.history_len(), before);
}

#[test]
fn utf8_bom_comma_export_with_deletion_marks() {
    let env = Env::new();
    let (code, s, err) = import(&env, &[&fixture("list-utf8-bom.csv")]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(s["encoding"], "utf-8");
    assert_eq!(counts(&s), [3, 2, 0, 1, 0, 0, 0], "{s}");
    let vector = env.card("inn:5239384997");
    assert_eq!(vector["onec"]["id"], "6f1c2a8e-0b1d-11ef-8a3c-001dd8b71c01");
    assert_eq!(
        vector["addresses"][0],
        serde_json::json!({"kind": "actual", "text": "г. Казань, ул. Баумана, д. 1"})
    );
    assert_eq!(env.card("inn:192212167622")["type"], "person");
    let (_, s, _) = import(&env, &[&fixture("list-utf8-bom.csv")]);
    assert_eq!(counts(&s), [3, 0, 0, 3, 0, 0, 0], "{s}");
}

#[test]
fn commerceml_2_then_3_archives_the_deleted_counterparty() {
    let env = Env::new();
    let (code, s, err) = import(&env, &[&fixture("commerceml-2.xml")]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        (s["kind"].as_str(), s["encoding"].as_str()),
        (Some("commerceml"), Some("windows-1251"))
    );
    assert_eq!(counts(&s), [2, 2, 0, 0, 0, 0, 0], "{s}");
    let r = env.card("inn:4477127820");
    assert_eq!(
        r["full_name"],
        "Общество с ограниченной ответственностью «Ромашка»"
    );
    assert_eq!(
        r["bank"],
        serde_json::json!({"name": "ПАО «Банк Тест»", "bik": "044030827", "account": "40702810900000002851", "corr_account": "30101810200000000827"})
    );
    assert_eq!(r["emails"][0]["value"], "info@romashka.ru");
    assert_eq!(r["phones"][0]["value"], "+74952000001");
    assert_eq!(
        r["addresses"][0]["text"],
        "443000, г. Самара, ул. Ленина, д. 5"
    );
    let p = env.card("inn:566410786670");
    assert_eq!(p["type"], "person");
    assert_eq!(p["display_name"], "Кузнецова Мария Павловна");
    assert_eq!(p["phones"][0]["value"], "+79270001122");

    let (code, s, err) = import(&env, &[&fixture("commerceml-3.xml")]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(s["encoding"], "utf-8");
    assert_eq!(counts(&s), [3, 2, 0, 0, 1, 0, 0], "{s}");
    assert_eq!(env.card("inn:566410786670")["archived"], true);
    let ip = env.card("inn:279603573953");
    assert_eq!(ip["type"], "ip");
    assert_eq!(ip["display_name"], "ИП Соколов Артём Андреевич");
    assert_eq!(env.card("inn:2619730694")["name"], "ООО «Вектор & Ко»");

    for f in ["commerceml-2.xml", "commerceml-3.xml"] {
        let before = env.history_len();
        let (_, s, _) = import(&env, &[&fixture(f)]);
        assert_eq!(
            s["created"].as_u64().unwrap()
                + s["updated"].as_u64().unwrap()
                + s["archived"].as_u64().unwrap(),
            0,
            "{f}: {s}"
        );
        assert_eq!(env.history_len(), before, "{f}");
    }
}

#[test]
fn enterprisedata_with_escaped_contacts_and_other_catalogs() {
    let env = Env::new();
    let (code, s, err) = import(&env, &[&fixture("enterprisedata.xml")]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(s["kind"], "enterprisedata");
    assert_eq!(counts(&s), [2, 2, 0, 0, 0, 0, 3], "{s}");
    let c = env.card("inn:1518471561");
    assert_eq!(c["type"], "legal");
    assert_eq!(c["kpp"], "151801001");
    assert_eq!(
        c["addresses"][0]["text"],
        "362000, г. Владикавказ, ул. Ленина, д. 1"
    );
    assert_eq!(c["emails"][0]["value"], "info@sever-veter.ru");
    assert_eq!(c["phones"][0]["value"], "+74952500000");
    let p = env.card("inn:203363971600");
    assert_eq!(p["type"], "person");
    assert_eq!(p["phones"][0]["value"], "+79187654321");
    let (_, s, _) = import(&env, &[&fixture("enterprisedata.xml")]);
    assert_eq!(counts(&s), [2, 0, 0, 2, 0, 0, 3], "{s}");
}

#[test]
fn bank_statement_and_garbage_are_refused_with_nothing_written() {
    let env = Env::new();
    let (code, out, err) = env.run(&["import-1c", &fixture("bank-statement.txt")]);
    assert_eq!(code, 3, "{err}");
    assert!(out.is_empty());
    assert!(err.contains("bank statement"), "{err}");
    let garbage = env.dir.path().join("garbage.bin");
    std::fs::write(&garbage, [0u8, 159, 146, 150, 0, 1, 2, 3, 255, 254]).unwrap();
    let (code, _, err) = env.run(&["import-1c", garbage.to_str().unwrap()]);
    assert_eq!(code, 3, "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    let (code, _, err) = env.run(&["import-1c", "/no/such/file.csv"]);
    assert_eq!(code, 4, "{err}");
}

#[test]
fn atomic_and_dry_run_leave_the_database_byte_identical() {
    let env = Env::new();
    env.cmd().arg("init").assert().success();
    let before = env.snapshot();
    let (code, dry, _) = import(&env, &[&fixture("list-cp1251.csv"), "--dry-run"]);
    assert_eq!(code, 3);
    assert_eq!(dry["dry_run"], true);
    assert_eq!(dry["committed"], false);
    assert_eq!(env.snapshot(), before);
    let (code, atomic, _) = import(&env, &[&fixture("list-cp1251.csv"), "--atomic"]);
    assert_eq!(code, 3);
    assert_eq!(atomic["committed"], false);
    assert_eq!(env.snapshot(), before);
    assert_eq!(
        env.json(&["subscriber", "list", "--all"]),
        serde_json::json!([])
    );

    let (_, real, _) = import(&env, &[&fixture("list-cp1251.csv")]);
    assert_eq!(counts(&dry), counts(&real));
    assert_eq!(dry["warnings"], real["warnings"]);
}

#[test]
fn stdin_and_forced_options() {
    let env = Env::new();
    let bytes = std::fs::read(fixture("list-utf8-bom.csv")).unwrap();
    let out = env
        .cmd()
        .args([
            "import-1c",
            "-",
            "--json",
            "--kind",
            "csv",
            "--delimiter",
            ",",
        ])
        .write_stdin(bytes)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let s: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(s["file"], "-");
    assert_eq!(s["created"], 2);
}

fn csv_file(env: &Env, name: &str, rows: &[&str]) -> String {
    let path = env.dir.path().join(name);
    std::fs::write(&path, rows.join("\r\n") + "\r\n").unwrap();
    path.to_str().unwrap().to_string()
}

#[test]
fn matching_by_guid_inn_kpp_inn_and_code_never_by_name() {
    let env = Env::new();
    let first = csv_file(
        &env,
        "a.csv",
        &[
            "Ссылка;Код;Наименование;ИНН;КПП;Комментарий",
            "g-1;c-1;ООО «Альфа»;4477127820;447701001;",
            "g-2;c-2;ООО «Бета»;2619730694;261901001;",
            "g-3;c-3;Иванов Иван;569925275375;;",
            "g-4;c-4;ООО «Гамма»;7989355729;798901001;",
            "g-5;c-5;ООО «Альфа»;5239384997;523901001;",
        ],
    );
    let (code, s, err) = import(&env, &[&first, "--type-default", "legal"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(s["created"], 5, "{s}");
    // Two companies with one name stay two cards.
    let alfa = env.json(&["subscriber", "list", "--search", "альфа"]);
    assert_eq!(alfa.as_array().unwrap().len(), 2);
    // Бета's employee and contract are not the import's business: the
    // update below must leave them.
    env.json(&[
        "employee",
        "add",
        "inn:2619730694",
        "--last-name",
        "Петров",
        "--first-name",
        "Пётр",
    ]);
    env.json(&["contract", "add", "inn:2619730694"]);

    let second = csv_file(
        &env,
        "b.csv",
        &[
            "Ссылка;Код;Наименование;ИНН;КПП;Комментарий",
            "g-1;;ООО «Альфа» (новое имя);;;по GUID",
            ";;ООО «Бета»;2619730694;261901001;по ИНН и КПП",
            ";;Иванов Иван;569925275375;;по ИНН",
            ";c-4;ООО «Гамма»;;;по коду",
            ";;ООО «Альфа»;1518471561;151801001;без ключа",
        ],
    );
    let (code, s, err) = import(&env, &[&second, "--type-default", "legal"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        (s["updated"].as_u64(), s["created"].as_u64()),
        (Some(4), Some(1)),
        "{s}"
    );
    assert_eq!(env.card("inn:4477127820")["comment"], "по GUID");
    assert_eq!(
        env.card("inn:4477127820")["name"],
        "ООО «Альфа» (новое имя)"
    );
    let beta = env.card("inn:2619730694");
    assert_eq!(beta["comment"], "по ИНН и КПП");
    assert_eq!(beta["employees"][0]["last_name"], "Петров", "{beta}");
    assert_eq!(
        beta["contracts"].as_array().map(Vec::len),
        Some(1),
        "{beta}"
    );
    assert_eq!(env.card("inn:569925275375")["comment"], "по ИНН");
    assert_eq!(env.card("inn:7989355729")["comment"], "по коду");
    assert_eq!(env.card("inn:5239384997")["comment"], Value::Null);
    assert_eq!(env.card("inn:1518471561")["comment"], "без ключа");
    // Fields the file does not carry are left alone (g-1 keeps its INN).
    assert_eq!(env.card("inn:4477127820")["inn"], "4477127820");
}

/// The import looks a chunk of rows up together, before the chunk's first
/// write: a row must still find the card an earlier row of the same file
/// created, or moved onto its key.
#[test]
fn rows_find_the_cards_earlier_rows_of_the_same_file_wrote() {
    let env = Env::new();
    // The comment gives each row more than a name and a key (a row with
    // only those is a folder).
    let file = csv_file(
        &env,
        "same.csv",
        &[
            "Ссылка;Код;Наименование;ИНН;КПП;Комментарий",
            "g-1;c-1;ООО «Альфа»;4477127820;447701001;из 1С",
            "g-1;;ООО «Альфа» по GUID;;;из 1С",
            ";c-1;ООО «Альфа» по коду;;;из 1С",
            ";;Иванов Иван;569925275375;;из 1С",
            ";;Иванов Иван Иванович;569925275375;;из 1С",
            "g-7;c-7;ООО «Вектор»;7989355729;798901001;из 1С",
            "g-8;c-8;ООО «Вектор» по ИНН и КПП;7989355729;798901001;из 1С",
            "g-1;;ООО «Альфа» с новым ИНН;2619730694;261901001;из 1С",
            ";;ООО «Альфа» по новому ИНН и КПП;2619730694;261901001;из 1С",
        ],
    );
    let (code, s, err) = import(&env, &[&file, "--type-default", "legal"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        (
            s["created"].as_u64(),
            s["updated"].as_u64(),
            s["rejected"].as_u64()
        ),
        (Some(3), Some(6), Some(0)),
        "{s}"
    );
    let all = env.json(&["subscriber", "list", "--all"]);
    assert_eq!(all.as_array().map(Vec::len), Some(3), "{all}");
    let name = |r: &str| env.card(r)["name"].clone();
    assert_eq!(name("inn:2619730694"), "ООО «Альфа» по новому ИНН и КПП");
    assert_eq!(env.card("inn:569925275375")["last_name"], "Иванов");
    assert_eq!(env.card("inn:569925275375")["middle_name"], "Иванович");
    assert_eq!(name("inn:7989355729"), "ООО «Вектор» по ИНН и КПП");
}

#[test]
fn an_update_that_moves_a_card_onto_another_cards_inn_and_kpp_is_rejected() {
    let env = Env::new();
    let first = csv_file(
        &env,
        "a.csv",
        &[
            "Ссылка;Наименование;ИНН;КПП",
            "g-1;ООО «Альфа»;4477127820;447701001;",
            "g-2;ООО «Альфа», филиал;4477127820;447702001;",
        ],
    );
    let (code, s, err) = import(&env, &[&first, "--type-default", "legal"]);
    assert_eq!((code, s["created"].as_u64()), (0, Some(2)), "{err}");
    // The branch (found by its GUID) takes the head office's KPP.
    let second = csv_file(
        &env,
        "b.csv",
        &[
            "Ссылка;Наименование;ИНН;КПП",
            "g-2;ООО «Альфа», филиал;4477127820;447701001;",
        ],
    );
    let (code, s, err) = import(&env, &[&second, "--type-default", "legal"]);
    assert_eq!(code, 3, "{s}");
    assert_eq!(s["rejected"], 1, "{s}");
    assert!(
        err.contains("inn") && err.contains("already registered"),
        "{err}"
    );
    assert_eq!(
        env.card("inn:4477127820/447702001")["name"],
        "ООО «Альфа», филиал"
    );
    // Unchanged keys are not checked again: the same file twice is quiet.
    let (code, s, _) = import(&env, &[&first, "--type-default", "legal"]);
    assert_eq!((code, s["unchanged"].as_u64()), (0, Some(2)), "{s}");
}

#[test]
fn archive_missing_archives_earlier_cards_absent_from_a_snapshot() {
    let env = Env::new();
    import(&env, &[&fixture("list-utf8-bom.csv")]);
    env.json(&[
        "subscriber",
        "add",
        "--type",
        "person",
        "--last-name",
        "Ручной",
        "--first-name",
        "Ввод",
    ]);
    let snapshot = csv_file(
        &env,
        "snap.csv",
        &[
            "Ссылка,Наименование,ИНН,КПП,Юр./физ. лицо",
            "6f1c2a8e-0b1d-11ef-8a3c-001dd8b71c01,ООО «Вектор»,5239384997,523901001,Юр. лицо",
        ],
    );
    let (code, s, err) = import(&env, &[&snapshot, "--archive-missing"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(s["archived"], 1, "{s}");
    assert_eq!(env.card("inn:192212167622")["archived"], true);
    assert_eq!(
        env.json(&["subscriber", "list", "--search", "ручной"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn credentials_file_is_private_never_overwritten_and_verifies() {
    let env = Env::new();
    let creds = env.dir.path().join("creds.csv");
    let (code, s, err) = import(
        &env,
        &[
            &fixture("enterprisedata.xml"),
            "--credentials",
            creds.to_str().unwrap(),
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(s["created"], 2);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&creds).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
    let text = std::fs::read_to_string(&creds).unwrap();
    let mut rows = csv::Reader::from_reader(text.as_bytes());
    let mut n = 0;
    for row in rows.records() {
        let row = row.unwrap();
        n += 1;
        env.cmd()
            .args(["subscriber", "verify-password", &row[0]])
            .write_stdin(row[1].to_string())
            .assert()
            .code(0);
    }
    assert_eq!(n, 2);
    let history = env.json(&["history", "--limit", "0"]).to_string();
    assert!(!history.contains("argon2"));
    // An existing file is never overwritten, and nothing is imported.
    let (code, out, err) = env.run(&[
        "import-1c",
        &fixture("list-utf8-bom.csv"),
        "--credentials",
        creds.to_str().unwrap(),
    ]);
    assert_eq!(code, 3, "{err}");
    assert!(out.is_empty() && err.contains("never overwritten"), "{err}");
    assert_eq!(std::fs::read_to_string(&creds).unwrap(), text);
    assert_eq!(
        env.json(&["subscriber", "list", "--all"])
            .as_array()
            .unwrap()
            .len(),
        2
    );
}

#[test]
fn map_option_routes_a_column() {
    let env = Env::new();
    let f = csv_file(
        &env,
        "m.csv",
        &[
            "Наименование;ИНН;КПП;Примечание менеджера",
            "ООО «Бета»;2619730694;261901001;звонить после 10",
        ],
    );
    let (code, _, err) = import(&env, &[&f, "--map", "Примечание менеджера=comment"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(env.card("inn:2619730694")["comment"], "звонить после 10");
    let (code, _, err) = env.run(&["import-1c", &f, "--map", "Примечание менеджера=bogus"]);
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("bogus"), "{err}");
}

#[test]
fn archive_missing_refuses_a_changes_only_commerceml_file() {
    let env = Env::new();
    import(&env, &[&fixture("commerceml-3.xml")]);
    let delta = env.dir.path().join("delta.xml");
    let text = std::fs::read_to_string(fixture("commerceml-3.xml"))
        .unwrap()
        .replace(
            "СодержитТолькоИзменения=\"false\"",
            "СодержитТолькоИзменения=\"true\"",
        );
    std::fs::write(&delta, text).unwrap();
    let (code, out, err) = env.run(&["import-1c", delta.to_str().unwrap(), "--archive-missing"]);
    assert_eq!(code, 3, "{err}");
    assert!(out.is_empty() && err.contains("only changes"), "{err}");
    // Without the flag the same file imports as usual.
    let (code, s, err) = import(&env, &[delta.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(s["archived"], 0);
}

// ---- one gate for the write rules: the import's rows go through the same
// checks against the database as `subscriber add|edit`, and a row that
// fails one is that row's reject, never the whole import's end.

/// The rejects file's rows as (field, reason).
fn rejects(path: &std::path::Path) -> Vec<(String, String)> {
    let mut r = csv::ReaderBuilder::new()
        .flexible(true)
        .from_path(path)
        .unwrap();
    let heads = r.headers().unwrap().clone();
    let at = |n: &str| heads.iter().position(|h| h == n).unwrap();
    let (f, why) = (at("field"), at("reason"));
    r.records()
        .map(|x| {
            let x = x.unwrap();
            (x[f].to_string(), x[why].to_string())
        })
        .collect()
}

/// The update path wrote with the card's bare rewrite: a login mapped from
/// the file that breaks login.pattern was saved, and one another card
/// holds hit the UNIQUE constraint and ended the whole import with exit 1.
#[test]
fn the_import_update_path_checks_the_login_rules() {
    let env = Env::new();
    let v1 = csv_file(
        &env,
        "v1.csv",
        &[
            "Наименование;ИНН;КПП",
            "ООО «Альфа»;4477127820;447701001",
            "ООО «Бета»;2619730694;261901001",
            "ООО «Гамма»;7707083893;773601001",
        ],
    );
    let (code, s, err) = import(&env, &[&v1, "--type-default", "legal"]);
    assert_eq!((code, s["created"].as_u64()), (0, Some(3)), "{err}");
    let alpha = env.card("inn:4477127820")["login"]
        .as_str()
        .unwrap()
        .to_string();
    let v2 = csv_file(
        &env,
        "v2.csv",
        &[
            "Наименование;ИНН;КПП;Логин",
            "ООО «Альфа»;4477127820;447701001;",
            "ООО «Бета»;2619730694;261901001;не логин!",
            &format!("ООО «Гамма»;7707083893;773601001;{alpha}"),
            "ООО «Дельта»;5001036496;500101001;delta.ok",
        ],
    );
    // By default a card's login is the admin's and the import leaves it;
    // here the operator gives logins to 1C.
    env.set(
        "import.admin_fields",
        "password,group,manager,extra,comment",
    );
    let rj = env.dir.path().join("rejects.csv");
    let (code, s, err) = import(
        &env,
        &[
            &v2,
            "--type-default",
            "legal",
            "--map",
            "Логин=login",
            "--rejects",
            rj.to_str().unwrap(),
        ],
    );
    assert_eq!(code, 3, "{err}");
    assert_eq!(
        (s["rejected"].as_u64(), s["created"].as_u64()),
        (Some(2), Some(1)),
        "{s}"
    );
    let r = rejects(&rj);
    assert_eq!(r.len(), 2, "{r:?}");
    assert!(r.iter().all(|(f, _)| f == "login"), "{r:?}");
    assert!(
        r[0].1.contains("«Логин»") && r[0].1.contains("does not match"),
        "{r:?}"
    );
    assert!(r[1].1.contains("already taken"), "{r:?}");
    assert_ne!(env.card("inn:2619730694")["login"], "не логин!");
    assert_ne!(env.card("inn:7707083893")["login"], alpha.as_str());
    assert_eq!(env.card("inn:5001036496")["login"], "delta.ok");
}

/// Checks made while writing used to end the whole import (exit 1, nothing
/// imported): a `{inn}` login template and a row without INN, two branches
/// of one INN when the template draws the same login for both, a manager
/// or a group the file names that the registry does not have.
#[test]
fn what_the_write_checks_refuse_is_that_rows_reject() {
    let env = Env::new();
    env.set("login.template", "c{inn}");
    env.set("required.legal", "name");
    env.cmd()
        .args(["manager", "add", "Иванова", "--email", "iv@example.ru"])
        .assert()
        .success();
    env.cmd().args(["group", "add", "vip"]).assert().success();
    let f = csv_file(
        &env,
        "f.csv",
        &[
            "Код;Наименование;ИНН;КПП;Менеджер;Группа",
            "01;ООО «Альфа»;4477127820;447701001;Иванова;vip",
            "02;ООО «Альфа», филиал;4477127820;447702001;;",
            "03;ООО «Омега»;;;Иванова;",
            "04;ООО «Бета»;2619730694;261901001;Петрова;",
            "05;ООО «Гамма»;7707083893;773601001;;vpi",
            "06;ООО «Дельта»;5001036496;500101001;;",
        ],
    );
    let rj = env.dir.path().join("rejects.csv");
    let (code, s, err) = import(
        &env,
        &[
            &f,
            "--type-default",
            "legal",
            "--map",
            "Менеджер=manager",
            "--map",
            "Группа=group",
            "--rejects",
            rj.to_str().unwrap(),
        ],
    );
    assert_eq!(code, 3, "{err}");
    assert_eq!(
        (s["created"].as_u64(), s["rejected"].as_u64()),
        (Some(2), Some(4)),
        "{s}"
    );
    let r = rejects(&rj);
    let fields: Vec<&str> = r.iter().map(|(f, _)| f.as_str()).collect();
    assert_eq!(fields, ["login", "login", "manager", "group"], "{r:?}");
    assert!(r[0].1.contains("every login"), "{r:?}");
    assert!(r[1].1.contains("no INN"), "{r:?}");
    assert!(r[2].1.contains("Петрова"), "{r:?}");
    assert!(r[3].1.contains("vpi"), "{r:?}");
    assert_eq!(env.card("inn:4477127820/447701001")["login"], "c4477127820");
    assert_eq!(env.card("inn:4477127820/447701001")["groups"][0], "vip");
    assert_eq!(env.card("inn:5001036496")["login"], "c5001036496");
    // The typo made no group.
    let groups = env.json(&["group", "list"]);
    assert_eq!(groups.as_array().unwrap().len(), 1, "{groups}");
}
