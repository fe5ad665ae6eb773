//! Hostile input for `import-1c` (fixtures/bad/ and generated giants): each
//! gives its documented exit code and a one-line message, never a panic,
//! and writes nothing — or, where the row is merely odd, a clean card.

use crate::common::*;
use std::io::Write;

fn bad(name: &str) -> String {
    format!("{}/fixtures/bad/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// Imports `file` into a fresh database and returns (code, stderr, cards).
fn import(env: &Env, file: &str) -> (i32, String, usize) {
    env.cmd().arg("init").assert().success();
    let (code, _, err) = env.run(&["import-1c", file]);
    assert!(!err.contains("panicked"), "{file}: {err}");
    let cards = env.json(&["subscriber", "list", "--all", "--limit", "0"]);
    (code, err, cards.as_array().unwrap().len())
}

fn refused(file: &str, expect: &str) {
    let env = Env::new();
    let (code, err, cards) = import(&env, file);
    assert_eq!(code, 3, "{file}: {err}");
    assert_eq!(err.lines().count(), 1, "{file}: {err}");
    assert!(err.starts_with("abonent: file: "), "{file}: {err}");
    assert!(err.contains(expect), "{file}: {err}");
    assert_eq!(cards, 0, "{file}: something was written");
}

#[test]
fn broken_files_are_refused_whole() {
    refused(&bad("truncated-commerceml.xml"), "line 5: malformed xml");
    refused(
        &bad("malformed-enterprisedata.xml"),
        "line 9: malformed xml",
    );
    refused(&bad("xml-bomb.xml"), "not expanded");
    refused(&bad("garbage.bin"), "binary data");
    refused(&bad("nul-bytes.csv"), "binary data");
    refused(&bad("koi8r.csv"), "another encoding");
}

#[test]
fn odd_rows_are_rejected_or_cleaned() {
    let env = Env::new();
    let (code, err, cards) = import(&env, &bad("overlong-inn.csv"));
    assert_eq!((code, cards), (3, 0), "{err}");
    assert!(err.contains("inn"), "{err}");

    let env = Env::new();
    let (code, err, cards) = import(&env, &bad("rtl-zero-width.csv"));
    assert_eq!((code, cards), (0, 1), "{err}");
    let card = env.json(&["subscriber", "show", "inn:4477127820"]);
    assert_eq!(
        card["name"], "ООО «Ромашка»",
        "invisible characters are dropped"
    );
}

#[test]
fn a_100_mb_cell_is_refused_with_bounded_memory() {
    let env = Env::new();
    let path = env.dir.path().join("huge.csv");
    let mut f = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
    f.write_all("Наименование;ИНН;КПП\r\n\"".as_bytes())
        .unwrap();
    let chunk = vec![b'x'; 1 << 20];
    for _ in 0..100 {
        f.write_all(&chunk).unwrap();
    }
    f.write_all(b"\";4477127820;447701001\r\n").unwrap();
    drop(f);
    let (code, err, cards) = import(&env, path.to_str().unwrap());
    assert_eq!((code, cards), (3, 0), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("MiB"), "{err}");
}

#[test]
fn a_csv_with_10000_columns_imports_its_known_ones() {
    let env = Env::new();
    let path = env.dir.path().join("wide.csv");
    let mut head = vec![
        "Наименование".to_string(),
        "ИНН".to_string(),
        "КПП".to_string(),
    ];
    let mut row = vec![
        "ООО «Широкое»".to_string(),
        "4477127820".to_string(),
        "447701001".to_string(),
    ];
    for i in 0..10_000 {
        head.push(format!("Колонка {i}"));
        row.push(i.to_string());
    }
    std::fs::write(
        &path,
        format!("{}\r\n{}\r\n", head.join(";"), row.join(";")),
    )
    .unwrap();
    let (code, err, cards) = import(&env, path.to_str().unwrap());
    assert_eq!((code, cards), (0, 1), "{err}");
}

/// A value quoted back in a message (a dropped phone, an unknown country,
/// a rejected INN) cannot drive the admin's terminal: control characters
/// are written as escapes.
#[test]
fn escape_sequences_in_a_file_never_reach_the_terminal() {
    let env = Env::new();
    let path = env.dir.path().join("escapes.csv");
    let mut f = std::fs::File::create(&path).unwrap();
    f.write_all(
        "Наименование;ИНН;Телефон;Страна регистрации\n\
         ООО «Эск»;7707083893;\x1b[31m121\x1b[0m;\x1b]0,pwn\x07Нарния\n\
         ООО «Два»;77070\x1b[2J83894;;\n"
            .as_bytes(),
    )
    .unwrap();
    drop(f);
    let (code, err, cards) = import(&env, path.to_str().unwrap());
    assert_eq!(code, 3, "{err}");
    assert_eq!(cards, 1, "{err}");
    assert!(!err.contains('\x1b') && !err.contains('\x07'), "{err:?}");
    assert!(err.contains("`\\u{1b}[31m121\\u{1b}[0m`"), "{err}");
}

/// A phone cell of a thousand values is garbage, not a contact list: one
/// warning, the rest of the row imported, no quadratic work per piece.
#[test]
fn a_cell_with_a_thousand_phones_is_left_out_whole() {
    let env = Env::new();
    let path = env.dir.path().join("many.csv");
    let cell = vec!["121"; 1000].join(", ");
    std::fs::write(
        &path,
        format!("Наименование;ИНН;Телефон\nООО Б;7707083893;\"{cell}\"\n"),
    )
    .unwrap();
    let (code, err, cards) = import(&env, path.to_str().unwrap());
    assert_eq!((code, cards), (0, 1), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("holds 1000 values, and a card keeps at most 100"),
        "{err}"
    );
}

// ---- spreadsheet formulas

/// Cells a spreadsheet would run as a formula, each as a card's comment.
const FORMULAS: &[&str] = &["+cmd", "@SUM(A1:A9)", "-2+3"];
const HYPERLINK: &str = "=HYPERLINK(\"http://x\",\"y\")";

/// Every cell of a CSV text, header included.
fn csv_cells(text: &str) -> Vec<String> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes())
        .records()
        .flat_map(|r| {
            r.unwrap_or_else(|e| panic!("not CSV ({e}): {text}"))
                .iter()
                .map(String::from)
                .collect::<Vec<_>>()
        })
        .collect()
}

/// Each value starts some cell with a leading apostrophe, and no cell
/// starts with the value itself.
fn assert_guarded(what: &str, text: &str, values: &[&str]) {
    let cells = csv_cells(text);
    for v in values {
        assert!(
            cells.iter().any(|c| c.starts_with(&format!("'{v}"))),
            "{what}: no guarded {v:?} in {text}"
        );
        assert!(
            !cells.iter().any(|c| c.starts_with(v)),
            "{what}: {v:?} written raw in {text}"
        );
    }
}

/// With --raw: each value starts some cell as it is, none is guarded.
fn assert_raw(what: &str, text: &str, values: &[&str]) {
    let cells = csv_cells(text);
    for v in values {
        assert!(
            cells.iter().any(|c| c.starts_with(v)),
            "{what}: no raw {v:?} in {text}"
        );
        assert!(
            !cells.iter().any(|c| c.starts_with(&format!("'{v}"))),
            "{what}: {v:?} guarded under --raw in {text}"
        );
    }
}

fn csv_out(env: &Env, args: &[&str]) -> String {
    let (code, out, err) = env.run(args);
    assert_eq!(code, 0, "{args:?}: {err}");
    out
}

/// list, show and history with --format csv guard a card's name and
/// comment like `subscriber export` does; --raw writes them as they are.
#[test]
fn formula_cells_are_guarded_in_list_show_and_history_csv() {
    let env = Env::new();
    env.cmd().arg("init").assert().success();
    let mut all = vec![HYPERLINK];
    all.extend(FORMULAS);
    for (i, comment) in all.iter().enumerate() {
        let comment = format!("--comment={comment}");
        let first = format!("Иван{}", "и".repeat(i));
        env.json(&[
            "subscriber",
            "add",
            "--type",
            "person",
            "--last-name",
            HYPERLINK,
            "--first-name",
            &first,
            &comment,
            "--no-password",
        ]);
    }
    // The history keeps a created card's name, and an edit's old and new values.
    for f in FORMULAS {
        let comment = format!("--comment={f}");
        env.json(&["subscriber", "edit", "1", &comment]);
    }
    let list = ["subscriber", "list", "--format", "csv"];
    let show = ["subscriber", "show", "1", "--format", "csv"];
    let history = ["history", "--limit", "0", "--format", "csv"];
    assert_guarded("list", &csv_out(&env, &list), &all);
    assert_guarded("show", &csv_out(&env, &show), &[HYPERLINK]);
    assert_guarded("history", &csv_out(&env, &history), &all);
    let raw = |args: &[&str]| csv_out(&env, &[args, &["--raw"]].concat());
    assert_raw("list --raw", &raw(&list), &all);
    assert_raw("show --raw", &raw(&show), &[HYPERLINK]);
    assert_raw("history --raw", &raw(&history), &all);
}

/// The rejects file writes a rejected row's own cells — any text the 1C
/// file held, a tab-led cell too — guarded unless --raw.
#[test]
fn formula_cells_are_guarded_in_the_rejects_file() {
    let tab_led = "\tTAB";
    let mut cells = vec![HYPERLINK, tab_led];
    cells.extend(FORMULAS);
    let quoted: Vec<String> = cells
        .iter()
        .map(|c| format!("\"{}\"", c.replace('"', "\"\"")))
        .collect();
    for raw in [false, true] {
        let env = Env::new();
        let input = env.dir.path().join("in.csv");
        std::fs::write(
            &input,
            format!(
                "Наименование;ИНН;Колонка 1;Колонка 2;Колонка 3;Колонка 4\n{};7707083890;{}\n",
                quoted[0],
                quoted[1..].join(";")
            ),
        )
        .unwrap();
        let rejects = env.dir.path().join("rejects.csv");
        env.cmd().arg("init").assert().success();
        let mut args = vec![
            "import-1c",
            input.to_str().unwrap(),
            "--rejects",
            rejects.to_str().unwrap(),
        ];
        if raw {
            args.push("--raw");
        }
        let (code, _, err) = env.run(&args);
        assert_eq!(code, 3, "{err}");
        let text = std::fs::read_to_string(&rejects).unwrap();
        if raw {
            assert_raw("rejects --raw", &text, &cells);
        } else {
            assert_guarded("rejects", &text, &cells);
        }
    }
}

/// A card whose display name is a formula: the credentials file, which an
/// admin opens to hand out passwords, guards it beside the password cell —
/// and the password itself is never changed by the guard (it verifies),
/// even with symbols (= + - @) in the alphabet.
#[test]
fn formula_cells_are_guarded_in_the_credentials_file() {
    for raw in [false, true] {
        let env = Env::new();
        env.cmd().arg("init").assert().success();
        env.set("password.alphabet", "symbols,digits");
        let input = env.dir.path().join("in.csv");
        let mut text = String::from("Наименование;ИНН;КПП\n");
        text += &format!(
            "\"{}\";7707083893;773601001\n",
            HYPERLINK.replace('"', "\"\"")
        );
        for (f, inn) in FORMULAS
            .iter()
            .zip(["7728000009", "5401000007", "6601000006"])
        {
            text += &format!("{f};{inn};773601001\n");
        }
        std::fs::write(&input, text).unwrap();
        let creds = env.dir.path().join("creds.csv");
        let mut args = vec![
            "import-1c",
            input.to_str().unwrap(),
            "--credentials",
            creds.to_str().unwrap(),
        ];
        if raw {
            args.push("--raw");
        }
        let (code, _, err) = env.run(&args);
        assert_eq!(code, 0, "{err}");
        let text = std::fs::read_to_string(&creds).unwrap();
        let mut names = vec![HYPERLINK];
        names.extend(FORMULAS);
        if raw {
            assert_raw("credentials --raw", &text, &names);
        } else {
            assert_guarded("credentials", &text, &names);
        }
        let mut rows = csv::Reader::from_reader(text.as_bytes());
        for row in rows.records() {
            let row = row.unwrap();
            env.cmd()
                .args(["subscriber", "verify-password", &row[0]])
                .write_stdin(row[1].to_string())
                .assert()
                .code(0);
        }
    }
}

// ---- limits and settings

/// A value over its field's limit (README, Fields) is refused by add and
/// edit with exit 3, naming the field and the limit, and nothing is
/// written; the limit counts characters, not bytes.
#[test]
fn overlong_field_values_are_refused_naming_the_field_and_limit() {
    let env = Env::new();
    env.cmd().arg("init").assert().success();
    let long = "Я".repeat(2000);
    let mut add = SBER.to_vec();
    add[5] = &long;
    let (code, _, err) = env.run(&add);
    assert_eq!(code, 3, "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("name: is 2000 characters long; the limit is 1000"),
        "{err}"
    );
    let cards = env.json(&["subscriber", "list", "--all", "--limit", "0"]);
    assert_eq!(cards.as_array().unwrap().len(), 0);

    // 1,000 Cyrillic letters are 2,000 bytes and fit.
    let fits = "Я".repeat(1000);
    add[5] = &fits;
    env.cmd().args(&add).assert().success();
    let comment = "к".repeat(10_001);
    let (code, _, err) = env.run(&[
        "subscriber",
        "edit",
        "inn:7707083893",
        "--comment",
        &comment,
    ]);
    assert_eq!(code, 3, "{err}");
    assert!(
        err.contains("comment: is 10001 characters long; the limit is 10000"),
        "{err}"
    );
    let card = env.json(&["subscriber", "show", "inn:7707083893"]);
    assert!(card["comment"].is_null(), "{card}");

    let (code, _, err) = env.run(&[
        "subscriber",
        "edit",
        "inn:7707083893",
        "--address",
        &format!("legal={long}"),
    ]);
    assert_eq!(code, 3, "{err}");
    assert!(
        err.contains("address.legal: is 2000 characters long"),
        "{err}"
    );

    // Extra fields' values and employees' texts have the same bound.
    env.cmd()
        .args(["extra-field", "define", "note", "--type", "string"])
        .assert()
        .success();
    let (code, _, err) = env.run(&["extra-field", "set", "inn:7707083893", "note", &long]);
    assert_eq!(code, 3, "{err}");
    assert!(
        err.contains("extra.note") && err.contains("the limit is 1000"),
        "{err}"
    );
    let (code, _, err) = env.run(&[
        "employee",
        "add",
        "inn:7707083893",
        "--last-name",
        "Петров",
        "--first-name",
        "Пётр",
        "--position",
        &long,
    ]);
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("position: is 2000 characters long"), "{err}");
    let staff = env.json(&["employee", "list", "inn:7707083893"]);
    assert_eq!(staff.as_array().unwrap().len(), 0);

    // A group's or a manager's name is as long as a card may name it.
    let name = "g".repeat(201);
    let (code, _, err) = env.run(&["group", "add", &name]);
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("group: is 201 characters long"), "{err}");
    let (code, _, err) = env.run(&["manager", "add", &name, "--email", "m@example.ru"]);
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("manager: is 201 characters long"), "{err}");
}

/// A 1C row with a name over its limit is rejected alone, with the file's
/// column named in the rejects file; the other rows are imported.
#[test]
fn an_import_row_with_an_overlong_name_is_rejected_alone() {
    let env = Env::new();
    let path = env.dir.path().join("long.csv");
    let rejects = env.dir.path().join("rejects.csv");
    std::fs::write(
        &path,
        format!(
            "Наименование;ИНН;КПП\n\
             ООО «Первое»;7707083893;773601001\n\
             {};7736207543;773601001\n\
             ООО «Третье»;7702070139;770201001\n",
            "Б".repeat(2000)
        ),
    )
    .unwrap();
    env.cmd().arg("init").assert().success();
    let (code, _, err) = env.run(&[
        "import-1c",
        path.to_str().unwrap(),
        "--rejects",
        rejects.to_str().unwrap(),
    ]);
    assert_eq!(code, 3, "{err}");
    let cards = env.json(&["subscriber", "list", "--all", "--limit", "0"]);
    assert_eq!(cards.as_array().unwrap().len(), 2, "{err}");
    let text = std::fs::read_to_string(&rejects).unwrap();
    let rows: Vec<&str> = text.lines().skip(1).collect();
    assert_eq!(rows.len(), 1, "{text}");
    assert!(
        rows[0].starts_with("3,7736207543,name,\"Наименование (column «Наименование»): is 2000 characters long; the limit is 1000"),
        "{}",
        &rows[0][..rows[0].len().min(300)]
    );
}

/// `settings get KEY` as printed.
fn setting(env: &Env, key: &str) -> String {
    env.json(&["settings", "get", key])["value"]
        .as_str()
        .unwrap()
        .to_string()
}

/// `settings set` refuses a value that would break later commands: exit 3,
/// one line naming the key and what its value must allow, and the stored
/// value unchanged.
#[test]
fn settings_that_would_break_later_commands_are_refused() {
    let env = Env::new();
    env.cmd().arg("init").assert().success();
    let every = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    env.set("password.exclude", "0123456789");
    let group = "g".repeat(201);
    let cases: &[(&str, &str, &str)] = &[
        (
            "password.exclude",
            every,
            "no character is left to generate passwords from",
        ),
        (
            "password.alphabet",
            "digits",
            "no character is left to generate passwords from",
        ),
        (
            "password.min_length",
            "11",
            "password.length must be at least password.min_length",
        ),
        (
            "password.length",
            "7",
            "password.length must be at least password.min_length",
        ),
        ("dadata.url", "http://[::1", "is not a URL"),
        ("dadata.url", "file:///etc/passwd", "is not an http(s) URL"),
        ("dadata.url", "http://", "is not a URL"),
        (
            "dadata.url",
            "https://h.example/api?x=1",
            "has a query or fragment",
        ),
        ("login.template", "client", "gives the same text every time"),
        (
            "contract.template",
            "{yyyy}-{mm}",
            "gives the same text every time",
        ),
        ("login.template", "u{seq", "unclosed"),
        ("login.pattern", "([a-z", "not a valid regular expression"),
        (
            "required.person",
            "last_name,kpp",
            "kpp not used on person cards",
        ),
        (
            "required.legal",
            "name,extra.nope",
            "no extra field named `nope`",
        ),
        ("country", "Нарния", "not a country"),
        (
            "dadata.token",
            "my secret key",
            "an HTTP header cannot carry",
        ),
        ("groups.default.legal", &group, "the limit is 200"),
        ("password.length", "5", "from 6 to 128"),
    ];
    for (key, value, expect) in cases {
        let before = setting(&env, key);
        let (code, _, err) = env.run(&["settings", "set", key, value]);
        assert_eq!(code, 3, "{key} {value}: {err}");
        assert_eq!(err.lines().count(), 1, "{key}: {err}");
        assert!(err.starts_with(&format!("abonent: {key}: ")), "{err}");
        assert!(err.contains(expect), "{key} {value}: {err}");
        assert!(
            !err.contains("secret key"),
            "the key is never quoted: {err}"
        );
        assert_eq!(setting(&env, key), before, "{key} changed");
    }
    // What the checks leave alone: the same settings that fit.
    env.set("login.template", "{inn}");
    env.set("contract.template", "Д-{rand:6}");
    env.set("dadata.url", "http://127.0.0.1:8080/api/");
    env.set("country", "kz");
    assert_eq!(
        setting(&env, "country"),
        "KZ",
        "stored as the code the checks compare"
    );
}

/// `settings unset` puts the default back, which can break a combination:
/// refused, naming what to change first.
#[test]
fn an_unset_that_breaks_a_combination_is_refused() {
    let env = Env::new();
    env.cmd().arg("init").assert().success();
    env.set("password.length", "12");
    env.set("password.min_length", "12");
    let (code, _, err) = env.run(&["settings", "unset", "password.length"]);
    assert_eq!(code, 3, "{err}");
    assert!(
        err.contains("password.length: cannot go back to its default")
            && err.contains("password.length must be at least password.min_length"),
        "{err}"
    );
    assert_eq!(setting(&env, "password.length"), "12");
    env.cmd()
        .args(["settings", "unset", "password.min_length"])
        .assert()
        .success();
    env.cmd()
        .args(["settings", "unset", "password.length"])
        .assert()
        .success();
}
