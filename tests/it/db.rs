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

/// `db copy` moves a registry from an SQLite file into the run's database
/// (PostgreSQL on the PostgreSQL run) and back into another file: every
/// card exports the same (uids, timestamps and all), the history and its
/// ids are the same, the counters go on from where they were, and a
/// target that holds a registry is refused untouched.
#[test]
fn db_copy_round_trips_a_registry_through_the_other_backend() {
    let env = Env::new();
    let source = env.dir.path().join("source.db").into_os_string();
    let back = env.dir.path().join("back.db").into_os_string();
    let target = env.target();
    let run = |db: Option<&std::ffi::OsStr>, args: &[&std::ffi::OsStr]| {
        let mut c = env.cmd();
        if let Some(db) = db {
            c.arg("--db").arg(db);
        }
        let out = c.args(args).output().unwrap();
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&out.stdout).to_string(),
            String::from_utf8_lossy(&out.stderr).to_string(),
        )
    };
    let on = |db: &std::ffi::OsStr, args: &[&str]| {
        let args: Vec<&std::ffi::OsStr> = args.iter().map(std::ffi::OsStr::new).collect();
        let (code, out, err) = run(Some(db), &args);
        assert_eq!(code, 0, "{args:?}: {err}");
        out
    };
    let file = env.dir.path().join("export.csv");
    crate::common::gen1c::write_export(&file, 300).unwrap();
    on(&source, &["import-1c", file.to_str().unwrap(), "-q"]);
    on(&source, &["group", "add", "vip", "-q"]);
    on(
        &source,
        &["extra-field", "define", "vlan", "--type", "integer", "-q"],
    );
    on(
        &source,
        &[
            "subscriber",
            "add",
            "--type",
            "person",
            "--last-name",
            "Ёлкин",
            "--first-name",
            "Пётр",
            "--group",
            "vip",
            "--extra",
            "vlan=12",
            "--email",
            "p@example.ru",
            "-q",
        ],
    );
    on(&source, &["contract", "add", "1", "-q"]);
    on(&source, &["subscriber", "archive", "2", "--yes", "-q"]);

    let copy = |from: &std::ffi::OsStr, to: &std::ffi::OsStr| {
        run(
            None,
            &["db".as_ref(), "copy".as_ref(), from, to, "--json".as_ref()],
        )
    };
    let (code, out, err) = copy(&source, &target);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["same"], true, "{v}");
    assert_eq!(v["from"]["counts"], v["to"]["counts"], "{v}");
    assert_eq!(v["from"]["counters"], v["to"]["counters"], "{v}");
    assert_eq!(v["copied"]["subscribers"], 301, "{v}");
    if env.on_postgres() {
        // Analysed in the copy's transaction: planned on its real size.
        assert_eq!(
            env.int("SELECT reltuples::bigint FROM pg_class WHERE relname = 'subscribers'"),
            301
        );
    }
    let (code, _, err) = copy(&target, &back);
    assert_eq!(code, 0, "{err}");

    let export = |db: &std::ffi::OsStr| on(db, &["subscriber", "export", "--format", "jsonl"]);
    let feed = |db: &std::ffi::OsStr| on(db, &["history", "--since", "0", "--format", "jsonl"]);
    let (a, b, c) = (export(&source), export(&target), export(&back));
    assert_eq!(a.lines().count(), 301);
    assert_eq!(a, b, "SQLite -> target");
    assert_eq!(a, c, "target -> SQLite");
    assert_eq!(feed(&source), feed(&target));
    assert_eq!(feed(&source), feed(&back));
    let search =
        |db: &std::ffi::OsStr| on(db, &["subscriber", "list", "--search", "ёлк", "--json"]);
    assert_eq!(search(&source), search(&target));
    // The next card and entry get new ids on every copy, and the login
    // counter goes on.
    for db in [&source, &target, &back] {
        let card: serde_json::Value = serde_json::from_str(&on(
            db,
            &[
                "subscriber",
                "add",
                "--type",
                "person",
                "--last-name",
                "Новый",
                "--first-name",
                "Н",
                "--json",
            ],
        ))
        .unwrap();
        assert_eq!(card["id"], 302, "{card}");
        assert_eq!(card["login"], "u000302", "{card}");
    }
    // A target that holds a registry is refused and left as it was.
    let before = export(&target);
    let (code, out, err) = copy(&source, &target);
    assert_eq!(code, 5, "{err}");
    assert!(
        out.is_empty() && err.contains("already holds a registry"),
        "{err}"
    );
    assert_eq!(export(&target), before);
    // A source that is not there is not made.
    let missing = env.dir.path().join("missing.db").into_os_string();
    let (code, _, err) = copy(&missing, &back);
    assert_eq!(code, 4, "{err}");
    assert!(!std::path::Path::new(&missing).exists());
}

/// An SQLite registry has no roles: grant-portal says so (exit 3).
#[test]
fn grant_portal_on_sqlite_says_it_is_for_postgresql() {
    if crate::common::pg::sqlite_only("grant-portal on SQLite") {
        return;
    }
    let env = Env::new();
    let (code, _, err) = env.run(&["db", "grant-portal", "portal"]);
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("grant-portal is for PostgreSQL"), "{err}");
}
