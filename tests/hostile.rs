//! Hostile input for `import-1c` (fixtures/bad/ and generated giants): each
//! gives its documented exit code and a one-line message, never a panic,
//! and writes nothing — or, where the row is merely odd, a clean card.

mod common;
use common::*;
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
