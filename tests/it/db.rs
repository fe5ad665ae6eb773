//! `abonent db check` end to end: the counts of what the commands wrote,
//! the counters and an interrupted import's progress, every rule `ok`, exit 0,
//! in JSON and as (item, value) lines. Each disagreement it reports is
//! proven by the store's unit tests (`store::check`), which break the
//! tables on purpose.

use crate::common::*;

#[test]
fn db_check_counts_what_the_commands_wrote_and_exits_0() {
    let env = Env::new();
    env.cmd().args(SBER).assert().success();
    env.cmd()
        .args(["subscriber", "add", "--type", "person", "--no-password"])
        .args(["--last-name", "Петрова", "--first-name", "Анна"])
        .args(["--email", "a@x.ru", "--phone", "+79123456789"])
        .assert()
        .success();
    env.cmd()
        .args(["subscriber", "archive", "u000002"])
        .assert()
        .success();
    env.cmd()
        .args(["contract", "add", "u000001", "--number", "Д-1"])
        .assert()
        .success();
    let (code, v, err) = env.check();
    assert_eq!((code, err.as_str()), (0, ""));
    assert_eq!(v["consistent"], true);
    let counts = &v["counts"];
    for (what, n) in [
        ("cards", 2),
        ("active", 1),
        ("archived", 1),
        ("passwords", 1),
        ("search_rows", 2),
        ("contacts", 2),
        ("employees", 0),
        ("contracts", 1),
    ] {
        assert_eq!(counts[what], n, "{what}: {v}");
    }
    // create ×2, archive, contract: at least one entry each.
    assert!(counts["history"].as_i64().unwrap() >= 4, "{v}");
    assert_eq!(v["counters"]["login"], 2, "{v}");
    assert_eq!(v["import_runs"], serde_json::json!([]));
    let checks: Vec<&str> = v["checks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            assert_eq!(c["result"], "ok", "{c}");
            assert_eq!(c["disagreements"], serde_json::json!([]), "{c}");
            c["check"].as_str().unwrap()
        })
        .collect();
    assert_eq!(
        checks,
        [
            "integrity",
            "foreign_keys",
            "search_rows",
            "creation_history",
            "history_cards",
            "logins_unique",
            "active_inn_kpp_unique",
            "contract_numbers_unique",
            "password_hashes"
        ]
    );
    // Into a pipe: one «item<TAB>value» line each.
    let (code, out, _) = env.run(&["db", "check"]);
    assert_eq!(code, 0);
    let lines: Vec<&str> = out.lines().collect();
    assert!(lines.contains(&"cards\t2"), "{out}");
    assert!(lines.contains(&"counter login\t2"), "{out}");
    assert!(lines.contains(&"check search_rows\tok"), "{out}");
    assert_eq!(lines.len(), 9 + 1 + checks.len(), "{out}");
}

/// An import killed after its first batch leaves its run with the recorded
/// progress; `db check` shows it, and the registry is still consistent.
#[cfg(unix)]
#[test]
fn db_check_shows_an_interrupted_imports_progress() {
    let env = Env::new();
    let file = env.dir.path().join("export.csv");
    crate::common::gen1c::write_export(&file, 60_000).unwrap();
    env.cmd().arg("init").assert().success();
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("abonent"))
        .args(["import-1c", file.to_str().unwrap(), "-q"])
        .env("ABONENT_DB", env.target())
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let started = std::time::Instant::now();
    let run = loop {
        let v = env.consistent();
        if let Some(run) = v["import_runs"].as_array().and_then(|r| r.first()) {
            if run["rows_done"].as_i64().unwrap() > 0 {
                break run.clone();
            }
        }
        assert!(
            child.try_wait().unwrap().is_none(),
            "the import finished before its progress was seen"
        );
        assert!(started.elapsed().as_secs() < 120, "no batch committed");
        std::thread::sleep(std::time::Duration::from_millis(10));
    };
    child.kill().ok();
    child.wait().unwrap();
    assert_eq!(run["file"], file.to_str().unwrap(), "{run}");
    let v = env.consistent();
    let done = v["import_runs"][0]["rows_done"].as_i64().unwrap();
    assert!(done >= run["rows_done"].as_i64().unwrap(), "{v}");
    assert_eq!(
        v["counts"]["cards"], done,
        "every row of the file is a card"
    );
}
