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
