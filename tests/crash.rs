//! Crash safety of the import: a child importing 100,000 rows is killed
//! with SIGKILL at several moments; each time the database must pass
//! `PRAGMA integrity_check` and hold none of the rows or all of them (the
//! import is one transaction).

mod common;
use common::gen1c;
use common::*;
use std::time::{Duration, Instant};

const ROWS: u64 = 100_000;

fn state(db: &std::path::Path) -> (String, i64, i64, i64) {
    let conn = rusqlite::Connection::open(db).unwrap();
    let ok: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    let count = |sql: &str| conn.query_row(sql, [], |r| r.get::<_, i64>(0)).unwrap();
    (
        ok,
        count("SELECT count(*) FROM subscribers"),
        count("SELECT count(*) FROM history WHERE action = 'import.create'"),
        count("SELECT count(*) FROM subscriber_search"),
    )
}

#[cfg(unix)]
#[test]
fn sigkill_during_import_leaves_none_or_all_rows() {
    let env = Env::new();
    let file = env.dir.path().join("export.csv");
    gen1c::write_export(&file, ROWS).unwrap();
    env.cmd().arg("init").assert().success();
    let spawn = || {
        std::process::Command::new(assert_cmd::cargo::cargo_bin("abonent"))
            .args(["import-1c", file.to_str().unwrap(), "-q"])
            .env("ABONENT_DB", env.db())
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap()
    };
    // Kill points spread over the run: while reading, mid-rows, late.
    for ms in [150u64, 700, 1500, 3000] {
        let mut child = spawn();
        std::thread::sleep(Duration::from_millis(ms));
        let finished = child.try_wait().unwrap().is_some();
        child.kill().ok(); // SIGKILL
        child.wait().unwrap();
        let (ok, cards, history, search) = state(&env.db());
        assert_eq!(ok, "ok", "after kill at {ms} ms");
        if finished || cards > 0 {
            assert_eq!(
                (cards, history, search),
                (ROWS as i64, ROWS as i64, ROWS as i64),
                "kill at {ms} ms"
            );
            return; // the import won the race: all rows, nothing half-done
        }
        assert_eq!((cards, history, search), (0, 0, 0), "after kill at {ms} ms");
    }
    // Untouched, the same import then completes.
    let started = Instant::now();
    let status = spawn().wait().unwrap();
    assert!(
        status.success(),
        "import failed after {:?}",
        started.elapsed()
    );
    let (ok, cards, history, search) = state(&env.db());
    assert_eq!(ok, "ok");
    assert_eq!(
        (cards, history, search),
        (ROWS as i64, ROWS as i64, ROWS as i64)
    );
}
