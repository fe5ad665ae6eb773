//! Crash safety of the import. It commits in batches and records how far
//! it got under the file's checksum; a child importing 100,000 rows is
//! killed with SIGKILL at several moments. After each kill the database
//! must pass `PRAGMA integrity_check`, every card in it must be whole (its
//! history entry and search row written with it) and the recorded progress
//! must match the cards; the next run of the same file resumes, and at the
//! end there are exactly 100,000 cards.

mod common;
use common::gen1c;
use common::*;
use std::time::Duration;

const ROWS: i64 = 100_000;

struct State {
    integrity: String,
    cards: i64,
    history: i64,
    search: i64,
    /// Rows the interrupted run recorded as committed (None: no run left).
    progress: Option<i64>,
}

fn state(db: &std::path::Path) -> State {
    let conn = rusqlite::Connection::open(db).unwrap();
    let count = |sql: &str| conn.query_row(sql, [], |r| r.get::<_, i64>(0)).unwrap();
    State {
        integrity: conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap(),
        cards: count("SELECT count(*) FROM subscribers"),
        history: count("SELECT count(*) FROM history WHERE action = 'import.create'"),
        search: count("SELECT count(*) FROM subscriber_search"),
        progress: conn
            .query_row("SELECT rows_done FROM import_runs", [], |r| r.get(0))
            .ok(),
    }
}

#[cfg(unix)]
#[test]
fn sigkill_during_import_leaves_whole_batches_and_the_rerun_resumes() {
    let env = Env::new();
    let file = env.dir.path().join("export.csv");
    gen1c::write_export(&file, ROWS as u64).unwrap();
    env.cmd().arg("init").assert().success();
    let spawn = || {
        std::process::Command::new(assert_cmd::cargo::cargo_bin("abonent"))
            .args([
                "import-1c",
                file.to_str().unwrap(),
                "-q",
                "--format",
                "json",
            ])
            .env("ABONENT_DB", env.db())
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap()
    };
    // Kill points spread over a run: while reading ahead, in the first
    // batches, late. Each run resumes where the killed one stopped.
    let mut last = 0;
    for ms in [150u64, 1200, 2500, 2500] {
        let mut child = spawn();
        std::thread::sleep(Duration::from_millis(ms));
        if child.try_wait().unwrap().is_some() {
            break; // the import won the race
        }
        child.kill().ok(); // SIGKILL
        child.wait().unwrap();
        let s = state(&env.db());
        assert_eq!(s.integrity, "ok", "after kill at {ms} ms");
        assert_eq!(
            (s.history, s.search),
            (s.cards, s.cards),
            "kill at {ms} ms: every card has its history entry and search row"
        );
        assert!(s.cards >= last, "kill at {ms} ms lost committed cards");
        last = s.cards;
        match s.progress {
            // Every row of the generated file creates a card.
            Some(done) => assert_eq!(done, s.cards, "kill at {ms} ms: progress = cards"),
            None => assert!(
                s.cards == 0 || s.cards == ROWS,
                "no progress recorded but {} cards",
                s.cards
            ),
        }
    }
    assert!(
        last > 0 && last < ROWS,
        "the kills should leave a partial import to resume, found {last} cards"
    );
    // Left alone, the same file finishes the import.
    let out = spawn().wait_with_output().unwrap();
    assert!(out.status.success(), "the resumed import failed");
    let summary: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let s = state(&env.db());
    assert_eq!(s.integrity, "ok");
    assert_eq!((s.cards, s.history, s.search), (ROWS, ROWS, ROWS));
    assert_eq!(s.progress, None, "a finished run leaves no progress behind");
    let n = |k: &str| summary[k].as_i64().unwrap();
    assert_eq!(n("rows"), ROWS);
    assert_eq!(n("resumed"), last, "{summary}");
    assert_eq!(n("created"), ROWS - last, "{summary}");
    // No login was handed out twice across the kills.
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    let distinct: i64 = conn
        .query_row("SELECT count(DISTINCT login) FROM subscribers", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(distinct, ROWS);
}
