//! Crash safety of the import. It commits in batches and records how far
//! it got under the file's checksum; a child importing 100,000 rows is
//! killed with SIGKILL at several moments. After each kill `abonent db
//! check` must find the database consistent (SQLite's integrity check,
//! every card whole: its creation entry in the history and its search row
//! written with it) and the recorded progress must match the cards; the
//! next run of the same file resumes, and at the end there are exactly
//! 100,000 cards.

use crate::common::gen1c;
use crate::common::*;
use std::time::Duration;

const ROWS: i64 = 100_000;

struct State {
    /// `db check`'s disagreements ("" when the database is consistent:
    /// integrity ok, every card with its one creation entry and its search
    /// row, no search row without a card, logins unique).
    disagrees: String,
    cards: i64,
    search: i64,
    /// Rows the interrupted run recorded as committed (None: no run left).
    progress: Option<i64>,
}

fn state(env: &Env) -> State {
    let (code, v, err) = env.check();
    assert!(code == 0 || code == 3, "db check failed: {err}");
    assert_eq!(code == 0, v["consistent"] == true, "{v}");
    let runs = v["import_runs"].as_array().expect("import_runs");
    assert!(runs.len() <= 1, "one import at a time: {v}");
    State {
        disagrees: err,
        cards: v["counts"]["cards"].as_i64().expect("cards"),
        search: v["counts"]["search_rows"].as_i64().expect("search_rows"),
        progress: runs
            .first()
            .map(|r| r["rows_done"].as_i64().expect("rows_done")),
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
            .env("ABONENT_DB", env.target())
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap()
    };
    // Kill points: before the first batch is committed,
    // then twice just after a batch was committed — found by watching the
    // recorded progress, so the test does not depend on the machine's speed.
    let progress = || state(&env).progress.unwrap_or(0);
    let mut last = 0;
    for round in 0..3 {
        let mut child = spawn();
        if round == 0 {
            std::thread::sleep(Duration::from_millis(150));
        } else {
            let started = std::time::Instant::now();
            while progress() <= last {
                assert!(
                    started.elapsed() < Duration::from_secs(300),
                    "no batch committed"
                );
                std::thread::sleep(Duration::from_millis(10));
            }
        }
        child.kill().ok(); // SIGKILL
        child.wait().unwrap();
        let s = state(&env);
        let at = format!("kill {round}");
        assert_eq!(s.disagrees, "", "{at}: every card whole");
        assert_eq!(s.search, s.cards, "{at}: every card has its search row");
        assert!(s.cards >= last, "{at} lost committed cards");
        // Every row of the generated file creates a card.
        assert_eq!(s.progress.unwrap_or(0), s.cards, "{at}: progress = cards");
        last = s.cards;
    }
    assert!(
        last > 0 && last < ROWS,
        "the kills should leave a partial import to resume, found {last} cards"
    );
    // Left alone, the same file finishes the import.
    let out = spawn().wait_with_output().unwrap();
    assert!(out.status.success(), "the resumed import failed");
    let summary: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let s = state(&env);
    // Consistent: every card with its creation entry, logins unique (none
    // was handed out twice across the kills).
    assert_eq!(s.disagrees, "");
    assert_eq!((s.cards, s.search), (ROWS, ROWS));
    assert_eq!(s.progress, None, "a finished run leaves no progress behind");
    let n = |k: &str| summary[k].as_i64().unwrap();
    assert_eq!(n("rows"), ROWS);
    assert_eq!(n("resumed"), last, "{summary}");
    assert_eq!(n("created"), ROWS - last, "{summary}");
}

/// Kills a whole process group (a shell loop and the command it runs).
/// A large file broken at its very end: the import writes batches while a
/// second thread reads the file to its end, and commits none of them,
/// because that read fails first.
#[test]
fn a_large_file_broken_at_its_end_commits_no_batch() {
    let env = Env::new();
    let file = env.dir.path().join("broken.csv");
    // Enough rows that the import passes a batch boundary (about one
    // second) before it reaches the end itself.
    gen1c::write_export(&file, 60_000).unwrap();
    {
        use std::io::Write;
        let mut f = std::fs::OpenOptions::new()
            .append(true)
            .open(&file)
            .unwrap();
        f.write_all(b"\"\xce\xce\xce \xce\xe1\xf0\xfb\xe2;;1;7707083893\r\n")
            .unwrap();
    }
    let (code, out, err) = env.run(&["import-1c", file.to_str().unwrap()]);
    assert_eq!(code, 3, "{out}\n{err}");
    assert!(err.contains("nothing was imported"), "{err}");
    assert_eq!(err.trim().lines().count(), 1, "one line: {err}");
    let s = state(&env);
    assert_eq!((s.disagrees.as_str(), s.cards), ("", 0));
    assert_eq!(s.progress, None, "no run is left to resume");
}

#[cfg(unix)]
fn kill_group(child: &mut std::process::Child) {
    let _ = std::process::Command::new("kill")
        .args(["-9", "--", &format!("-{}", child.id())])
        .status();
    let _ = child.wait();
}

/// DESIGN §9 and issue #6: an import and a loop of `subscriber edit`s run
/// side by side and are both killed with SIGKILL at pseudo-random moments
/// (`ABONENT_KILLS` times; bench/reliability.sh runs 50). After every kill the
/// database is intact, every card whole: an edit that sets a comment and an
/// e-mail together is found with both or neither, every imported card has
/// its history entry and search row, and the import's recorded progress
/// matches its cards. Then the import finishes by resuming.
#[cfg(unix)]
#[test]
fn sigkill_during_import_and_edits() {
    use std::os::unix::process::CommandExt;
    let kills = knob("ABONENT_KILLS", 5);
    let env = Env::new();
    let file = env.dir.path().join("export.csv");
    gen1c::write_export(&file, ROWS as u64).unwrap();
    const EDITED: i64 = 10;
    let fresh_db = || {
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", env.db().display()));
        }
        env.cmd().arg("init").assert().success();
        for i in 1..=EDITED {
            env.cmd()
                .args(["subscriber", "add", "--type", "person", "--no-password"])
                .args(["--last-name", "Правкин", "--first-name", &format!("N{i}")])
                .assert()
                .success();
        }
    };
    fresh_db();
    let bin = assert_cmd::cargo::cargo_bin("abonent");
    let group = |cmd: &mut std::process::Command| -> std::process::Child {
        cmd.env("ABONENT_DB", env.target())
            .env("BIN", &bin)
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .process_group(0)
            .spawn()
            .unwrap()
    };
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut partial = 0;
    let mut finished = 0;
    let mut edits_seen = 0;
    for k in 0..kills {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let ms = 100 + seed % 2900;
        let mut import = group(std::process::Command::new(&bin).args([
            "import-1c",
            file.to_str().unwrap(),
            "-q",
        ]));
        let mut edits = group(std::process::Command::new("sh").arg("-c").arg(format!(
            "i={k}000; while :; do i=$((i+1)); \"$BIN\" subscriber edit $((i % {EDITED} + 1)) \
             --comment \"edit $i\" --email \"e$i@example.ru\" -q; done"
        )));
        std::thread::sleep(Duration::from_millis(ms));
        kill_group(&mut edits);
        kill_group(&mut import);
        let s = state(&env);
        let at = format!("kill {k} at {ms} ms");
        // Consistent: integrity ok, every card with its creation entry
        // in the history and its search row.
        assert_eq!(s.disagrees, "", "{at}");
        assert_eq!(s.search, s.cards, "{at}: every card has its search row");
        let imported = s.cards - EDITED;
        match s.progress {
            // Once every row is in, later runs are re-runs: their progress
            // counts unchanged rows.
            Some(done) if imported == ROWS => assert!(done <= ROWS, "{at}"),
            Some(done) => assert_eq!(done, imported, "{at}: progress = imported cards"),
            None => assert!(
                imported == 0 || imported == ROWS,
                "{at}: {imported} cards, no progress"
            ),
        }
        if imported > 0 && imported < ROWS {
            partial += 1;
        }
        finished += usize::from(imported == ROWS);
        // The edited cards, read in one snapshot (their surname is no
        // imported card's).
        let cards = env.json(&["subscriber", "list", "--search", "правкин", "--limit", "0"]);
        let cards = cards.as_array().expect("a list");
        assert_eq!(cards.len() as i64, EDITED, "{at}");
        for card in cards {
            let id = &card["id"];
            let from_comment = card["comment"]
                .as_str()
                .and_then(|c| c.strip_prefix("edit "));
            let from_email = card["emails"][0]["value"]
                .as_str()
                .and_then(|e| e.strip_prefix('e'))
                .and_then(|e| e.strip_suffix("@example.ru"));
            assert_eq!(from_comment, from_email, "{at}: card {id} half-edited");
            edits_seen += usize::from(from_comment.is_some());
        }
        if imported == ROWS && k + 1 < kills {
            // The import won; the next kills need one to interrupt.
            fresh_db();
        }
    }
    // Left alone, the import finishes by resuming.
    let status = std::process::Command::new(&bin)
        .args(["import-1c", file.to_str().unwrap(), "-q"])
        .env("ABONENT_DB", env.target())
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .status()
        .unwrap();
    assert!(status.success());
    let s = state(&env);
    assert_eq!(s.disagrees, "");
    assert_eq!((s.cards, s.search), (ROWS + EDITED, ROWS + EDITED));
    assert_eq!(s.progress, None);
    eprintln!("kills: {kills}, {partial} left a partial import to resume; {finished} imports finished between kills; edited cards found whole {edits_seen} times");
    assert!(
        edits_seen > 0,
        "no edit ever landed; the test did not test edits"
    );
}
