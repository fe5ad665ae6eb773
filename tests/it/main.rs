//! The one integration test binary (as ripgrep does): the real `abonent`
//! binary run on temporary databases, one module per topic. `cargo test
//! --test it import::` runs one topic.

mod common;
mod support;

mod concurrency;
mod config;
mod contracts;
mod crash;
mod credentials;
mod dadata;
mod db;
mod docs;
mod duplicates;
mod extra;
mod form;
mod hostile;
mod import;
mod lang;
mod merge;
mod postgres;
mod privacy;
mod real_shapes;
mod regression;
mod reimport;
mod roundtrip;
mod secrets;
mod status;
mod subscriber;
mod usability;
mod validate;

/// The PostgreSQL run: with `ABONENT_TEST_PG` set (`.ci/run` starts a
/// server and sets it), this binary runs again with every other test on
/// PostgreSQL, each on a fresh database, and this test fails when any of
/// them does. Without it, a note says the run was skipped; `.ci/run` sets
/// `ABONENT_TEST_PG_REQUIRED` so that it never is there.
#[test]
fn postgres_suite() {
    if common::pg::on_postgres() {
        return;
    }
    if std::env::var_os("ABONENT_TEST_PG").is_none() {
        assert!(
            std::env::var_os("ABONENT_TEST_PG_REQUIRED").is_none(),
            "ABONENT_TEST_PG_REQUIRED is set but ABONENT_TEST_PG is not"
        );
        eprintln!(
            "note: the PostgreSQL run was skipped: set ABONENT_TEST_PG=postgres://… \
             (scripts/pg-test-server.sh starts a server)"
        );
        return;
    }
    let exe = std::env::current_exe().expect("the test binary");
    let out = std::process::Command::new(exe)
        .args(["--skip", "postgres_suite", "--test-threads", "4"])
        .env("ABONENT_TEST_BACKEND", "postgres")
        .output()
        .expect("run the suite on PostgreSQL");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let summary = stdout
        .lines()
        .filter(|l| l.starts_with("test result") || l.contains("FAILED") || l.starts_with("---- "))
        .collect::<Vec<_>>()
        .join("\n");
    eprintln!("PostgreSQL run:\n{summary}");
    assert!(
        out.status.success(),
        "the suite failed on PostgreSQL:\n{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
