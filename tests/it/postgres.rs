//! What only PostgreSQL has: its schema table, its foreign tables, another
//! host holding the write lock, a connection the server drops. The tests
//! run on the PostgreSQL run of the suite (see `postgres_suite`); on the
//! SQLite run they return at once.

use crate::common::*;
use std::time::Duration;

/// The advisory lock every write takes ("abonent" in ASCII), as another
/// host's abonent holds it.
const WRITE_LOCK: i64 = 0x0061_626f_6e65_6e74;

fn pg_env() -> Option<Env> {
    let env = Env::new();
    env.on_postgres().then_some(env)
}

#[test]
fn a_newer_schema_is_refused_untouched() {
    let Some(env) = pg_env() else { return };
    env.cmd().arg("init").assert().success();
    env.exec("INSERT INTO schema_migrations (version) VALUES (99)");
    let before = env.snapshot();
    let (code, _, err) = env.run(&["subscriber", "list"]);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("schema version 99") && err.contains("upgrade abonent"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
    assert_eq!(env.snapshot(), before);
}

#[test]
fn another_programs_tables_are_refused_and_left_alone() {
    let Some(env) = pg_env() else { return };
    env.exec("CREATE TABLE moz_places (id BIGINT)");
    let (code, _, err) = env.run(&["init"]);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("another program's tables (moz_places)"),
        "{err}"
    );
    let (_, tables) = env
        .select("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1");
    assert_eq!(tables, vec![vec![serde_json::json!("moz_places")]]);
}

#[test]
fn init_creates_the_schema_once_and_says_where() {
    let Some(env) = pg_env() else { return };
    let v = env.json(&["init"]);
    let url = env.target().to_string_lossy().to_string();
    assert_eq!(v["path"], url.as_str(), "{v}");
    env.json(&["init"]);
    assert_eq!(
        env.int("SELECT count(*) FROM schema_migrations"),
        7,
        "the baseline (0011) and 0012 to 0017, each recorded once"
    );
    assert_eq!(
        env.int("SELECT count(*) FROM pg_extension WHERE extname = 'pg_trgm'"),
        1
    );
}

/// Another host's writer holds the lock: the add waits
/// `db.busy_timeout_ms`, then exit 7, and nothing is written.
#[test]
fn a_lock_held_on_another_host_is_exit_7_after_the_timeout() {
    let Some(env) = pg_env() else { return };
    env.cmd().arg("init").assert().success();
    env.set("db.busy_timeout_ms", "300");
    let mut other = env.pg.as_ref().unwrap().client();
    other
        .execute("SELECT pg_advisory_lock($1)", &[&WRITE_LOCK])
        .unwrap();
    let started = std::time::Instant::now();
    let (code, _, err) = env.run(&[
        "subscriber",
        "add",
        "--type",
        "person",
        "--last-name",
        "А",
        "--first-name",
        "Б",
    ]);
    assert_eq!(code, 7, "{err}");
    assert!(err.contains("db.busy_timeout_ms"), "{err}");
    assert!(started.elapsed() >= Duration::from_millis(300));
    drop(other);
    assert_eq!(env.count("cards"), 0);
}

/// The server drops the connection while a write waits: exit 1, naming
/// the server, in one line.
#[test]
fn a_lost_connection_is_exit_1_naming_the_server() {
    let Some(env) = pg_env() else { return };
    env.cmd().arg("init").assert().success();
    env.set("db.busy_timeout_ms", "20000");
    let mut other = env.pg.as_ref().unwrap().client();
    other
        .execute("SELECT pg_advisory_lock($1)", &[&WRITE_LOCK])
        .unwrap();
    let mut child = env.cmd();
    child
        .args(["group", "add", "ночные"])
        .timeout(Duration::from_secs(30));
    let waiter = std::thread::spawn(move || child.output().expect("run"));
    // Until the command waits for the lock, then end its session.
    let mut ended = 0;
    for _ in 0..100 {
        std::thread::sleep(Duration::from_millis(100));
        ended = other
            .query(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity
                 WHERE datname = current_database() AND application_name = 'abonent'
                   AND wait_event_type = 'Lock'",
                &[],
            )
            .unwrap()
            .len();
        if ended > 0 {
            break;
        }
    }
    assert_eq!(ended, 1, "the command never waited for the lock");
    let out = waiter.join().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    let server = env.target().to_string_lossy().to_string();
    assert!(
        err.contains(&format!("PostgreSQL server {server}")),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
}

/// The portal's role reads the view and nothing else: not the cards'
/// table, not another table, no write.
#[test]
fn grant_portal_lets_a_role_read_the_view_and_nothing_else() {
    let Some(env) = pg_env() else { return };
    env.add_person("Портал", "Пётр", &[]);
    let (code, _, err) = env.run(&["db", "grant-portal", "portal_nobody"]);
    assert_eq!(code, 4, "{err}");
    assert!(err.contains("CREATE ROLE portal_nobody"), "{err}");
    let role = format!("portal_{}", std::process::id());
    env.exec(&format!(
        "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{role}') \
         THEN CREATE ROLE {role} LOGIN; END IF; END $$"
    ));
    let (code, _, err) = env.run(&["db", "grant-portal", &role]);
    assert_eq!(code, 0, "{err}");
    let url = env
        .target()
        .to_string_lossy()
        .replacen("abonent@", &format!("{role}@"), 1);
    let mut portal = postgres::Client::connect(&url, postgres::NoTls).unwrap();
    let rows = portal
        .query(
            "SELECT login, password_hash, archived FROM portal_accounts",
            &[],
        )
        .unwrap();
    assert_eq!(rows.len(), 1);
    let hash: String = rows[0].get(1);
    assert!(hash.starts_with("$argon2id$"), "{hash}");
    for sql in [
        "SELECT count(*) FROM subscribers",
        "SELECT count(*) FROM history",
        "SELECT count(*) FROM settings",
        "UPDATE portal_accounts SET display_name = 'x'",
        "DELETE FROM subscribers",
    ] {
        let e = portal.batch_execute(sql).unwrap_err();
        let code = e.code().map(|c| c.code().to_string());
        assert_eq!(code.as_deref(), Some("42501"), "{sql}: {e}");
    }
    drop(portal);
    env.exec(&format!(
        "REVOKE ALL ON portal_accounts FROM {role}; \
         REVOKE ALL ON SCHEMA public FROM {role}; DROP ROLE {role}"
    ));
}

/// TLS with rustls against the test server's own CA: `require`
/// encrypts, `verify-full` checks the chain and the name, `verify-ca` the
/// chain only; a server the roots do not vouch for, or a name the
/// certificate does not hold, is exit 1 saying which.
#[test]
fn sslmodes_encrypt_and_check_what_they_promise() {
    let Some(env) = pg_env() else { return };
    let Ok(ca) = std::env::var("ABONENT_TEST_PG_CA") else {
        eprintln!("skipped: the test server has no TLS (no openssl where it started)");
        return;
    };
    let url = env.target().to_string_lossy().to_string();
    let by_name = url.replacen("127.0.0.1", "localhost", 1);
    let run = |db: &str, roots: Option<&str>| {
        let mut c = env.cmd();
        c.env("ABONENT_DB", db);
        if let Some(r) = roots {
            c.env("PGSSLROOTCERT", r);
        }
        let out = c.args(["subscriber", "list"]).output().unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stderr).to_string(),
        )
    };
    let (code, err) = run(&format!("{url}?sslmode=require"), None);
    assert_eq!(code, Some(0), "{err}");
    let (code, err) = run(&format!("{by_name}?sslmode=verify-full"), Some(&ca));
    assert_eq!(code, Some(0), "{err}");
    let (code, err) = run(&format!("{url}?sslmode=verify-ca"), Some(&ca));
    assert_eq!(code, Some(0), "{err}");
    // The Mozilla roots do not know the test CA.
    let (code, err) = run(&format!("{by_name}?sslmode=verify-full"), None);
    assert_eq!(code, Some(1), "{err}");
    assert!(err.contains("UnknownIssuer"), "{err}");
    // The certificate names localhost, not 127.0.0.1.
    let (code, err) = run(&format!("{url}?sslmode=verify-full"), Some(&ca));
    assert_eq!(code, Some(1), "{err}");
    assert!(err.contains("not valid for name"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
}

/// The README's «PostgreSQL» blocks run as written, with the test's own
/// database for `postgres://abonent@db1/abonent` (the harness made it, so
/// `createdb` is left out) and an SQLite registry to move.
#[test]
fn the_readmes_postgresql_blocks_run() {
    let Some(env) = pg_env() else { return };
    let readme = std::fs::read_to_string("README.md").unwrap();
    let start = readme.find("\n## PostgreSQL\n").expect("the section");
    let end = readme[start + 1..].find("\n## ").unwrap() + start + 1;
    let section = &readme[start..end];
    let blocks: Vec<&str> = section
        .split("```sh\n")
        .skip(1)
        .map(|b| b.split("```").next().unwrap())
        .collect();
    assert_eq!(blocks.len(), 3, "{section}");
    let old = env.dir.path().join("old.db");
    let out = env
        .cmd()
        .arg("--db")
        .arg(&old)
        .args([
            "subscriber",
            "add",
            "--type",
            "person",
            "--last-name",
            "Старый",
            "--first-name",
            "Ян",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let url = env.target().to_string_lossy().to_string();
    let role = format!("portal_{}", std::process::id());
    let script = blocks
        .concat()
        .lines()
        .filter(|l| !l.starts_with("createdb "))
        .collect::<Vec<_>>()
        .join("\n")
        .replace("postgres://abonent@db1/abonent", &url)
        .replace("psql -d abonent", &format!("psql '{url}'"))
        .replace("/var/lib/abonent/abonent.db", &old.to_string_lossy())
        .replace("ROLE portal ", &format!("ROLE {role} "))
        .replace("grant-portal portal", &format!("grant-portal {role}"));
    let out = crate::docs::run_block(&env, &script);
    let err = String::from_utf8_lossy(&out.stderr);
    env.exec(&format!(
        "DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{role}') THEN \
         REVOKE ALL ON portal_accounts FROM {role}; \
         REVOKE ALL ON SCHEMA public FROM {role}; DROP ROLE {role}; END IF; END $$"
    ));
    assert!(
        out.status.success(),
        "README PostgreSQL blocks failed:\n{err}"
    );
    assert_eq!(env.card("u000001")["last_name"], "Старый");
}

/// The import's sink, for the tests that call the library.
struct Quiet;

impl abonent::core::import::Sink for Quiet {
    fn reject(&mut self, r: &abonent::core::import::Rejected) -> abonent::error::Result<()> {
        panic!("line {} rejected: {} {}", r.line, r.field, r.reason)
    }
    fn warn(&mut self, _: u64, _: &str) {}
    fn dropped(
        &mut self,
        _: u64,
        _: &str,
        _: &abonent::core::import::Dropped,
        _: &[String],
    ) -> abonent::error::Result<()> {
        Ok(())
    }
    fn credential(
        &mut self,
        _: u64,
        _: &abonent::model::Card,
        _: &str,
    ) -> abonent::error::Result<()> {
        Ok(())
    }
    fn progress(&mut self, _: u64) {}
}

/// Round trips to the server for one import of `file`, and its summary.
fn import_round_trips(env: &Env, file: &std::path::Path) -> (u64, abonent::core::import::Summary) {
    let mut reg = abonent::core::Registry::open_at(&env.location(), "test").unwrap();
    let input = Box::new(std::fs::File::open(file).unwrap());
    let opened = abonent::onec::open(input, None, &Default::default()).unwrap();
    let before = reg.statements_sent();
    let opts = abonent::core::import::ImportOptions::default();
    let summary = reg
        .import(opened, "list.csv", &opts, None, &mut Quiet)
        .unwrap();
    (reg.statements_sent() - before, summary)
}

/// A row's lookups (1C id, INN, 1C code) and a drawn login's check go to
/// the server for a chunk of rows at a time, and its writes go with the
/// next request: one round trip per row and key cost a 20,000-row first
/// import 12 s on loopback, against 0.7 s on SQLite.
#[test]
fn the_import_sends_a_few_requests_per_chunk_of_rows_not_per_row() {
    let Some(env) = pg_env() else { return };
    env.cmd().arg("init").assert().success();
    const ROWS: u64 = 2_000;
    let file = env.generated_export(ROWS);
    let (sent, s) = import_round_trips(&env, &file);
    assert_eq!((s.created, s.rejected), (ROWS, 0), "{s:?}");
    // Before: about 4 a row (8,000 here).
    assert!(sent < ROWS / 10, "{sent} requests for {ROWS} new cards");
    // The nightly re-import of an unchanged file: its lookups alone.
    let (sent, s) = import_round_trips(&env, &file);
    assert_eq!(s.unchanged, ROWS, "{s:?}");
    assert!(
        sent < ROWS / 50,
        "{sent} requests for {ROWS} unchanged rows"
    );
}

/// An import's batch first brings the planner's statistics of the cards
/// up to date when the table has outgrown them: without them PostgreSQL
/// read every card for each chunk's lookup of 1C codes until autovacuum
/// came by (a 100,000-row first import spent 4.6 of its 17.5 s so).
#[test]
fn an_import_batch_analyses_the_cards_it_looks_up_once_they_outgrow_their_statistics() {
    let Some(env) = pg_env() else { return };
    env.cmd().arg("init").assert().success();
    // Autovacuum would analyse the table on its own, some time.
    env.exec("ALTER TABLE subscribers SET (autovacuum_enabled = false)");
    let file = env.generated_export(3_000);
    let reltuples =
        || env.int("SELECT reltuples::bigint FROM pg_class WHERE relname = 'subscribers'");
    // The first batch begins on an empty table. (A slow machine takes a
    // second batch, which analyses what the first wrote: then the re-run
    // finds statistics of more than half the cards and keeps them.)
    env.import_quietly(&file);
    // The nightly re-run's batch begins on 3,000 cards.
    env.import_quietly(&file);
    let estimate = reltuples();
    assert!(
        (1_500..=3_000).contains(&estimate),
        "analysed: {estimate} cards of 3,000 (-1: never)"
    );
}

/// A list or an export reads each part of its cards (addresses, groups,
/// contacts, extra values, employees, contracts) for many cards at once:
/// read card by card, a list of 100 cards took 470 round trips, 50 ms on
/// loopback and ten times that over a network.
#[test]
fn a_list_and_an_export_read_many_cards_per_request() {
    let Some(env) = pg_env() else { return };
    env.cmd().arg("init").assert().success();
    const ROWS: u64 = 2_000;
    let file = env.generated_export(ROWS);
    let (_, s) = import_round_trips(&env, &file);
    assert_eq!(s.created, ROWS, "{s:?}");
    let reg = abonent::core::Registry::open_at(&env.location(), "test").unwrap();
    let before = reg.statements_sent();
    let query = abonent::store::listing::ListQuery {
        limit: 0,
        ..Default::default()
    };
    let cards = reg.list(query, None).unwrap();
    assert_eq!(cards.len() as u64, ROWS);
    assert!(cards
        .iter()
        .any(|c| !c.addresses.is_empty() && !c.phones.is_empty()));
    let listed = reg.statements_sent() - before;
    // Card by card: 7 a card, 14,000 here.
    assert!(listed < ROWS / 20, "{listed} requests to list {ROWS} cards");
    let before = reg.statements_sent();
    let mut exported = Vec::new();
    reg.export(|c| {
        exported.push(c.clone());
        Ok(())
    })
    .unwrap();
    let sent = reg.statements_sent() - before;
    assert!(sent < ROWS / 20, "{sent} requests to export {ROWS} cards");
    // The same cards either way, each whole.
    let mut listed: Vec<_> = cards.iter().map(|c| format!("{c:?}")).collect();
    let mut all: Vec<_> = exported.iter().map(|c| format!("{c:?}")).collect();
    listed.sort();
    all.sort();
    assert_eq!(listed, all);
}

/// Plain inserts kept for the next request go as inserts of many rows,
/// one per text, parents first by the foreign keys: here the kept writes
/// begin with a contact of a card written before them, so in the order
/// the texts came, every contact (also the next card's) would go before
/// the next card.
fn refs(v: &[Box<dyn abonent::store::Param>]) -> Vec<&dyn abonent::store::Param> {
    v.iter().map(|b| b.as_ref()).collect()
}

#[test]
fn inserts_sent_together_go_parents_first_and_lose_no_row() {
    let Some(env) = pg_env() else { return };
    env.cmd().arg("init").assert().success();
    let mut store = abonent::store::Store::open(&env.location()).unwrap();
    let card = "INSERT INTO subscribers (id, uid, type, category, display_name, archived,
                                         created_at, updated_at)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)";
    let contact = "INSERT INTO contacts (subscriber_id, kind, value, position)
                   VALUES (?1, ?2, ?3, ?4)";
    store
        .write(|tx| {
            let add = |id: i64| -> Vec<Box<dyn abonent::store::Param>> {
                vec![
                    Box::new(id),
                    Box::new(format!("uid-{id}")),
                    Box::new("legal"),
                    Box::new("subscriber"),
                    Box::new(format!("card {id}")),
                    Box::new(0i64),
                    Box::new("2026-12-04T00:00:00Z"),
                ]
            };
            tx.execute(card, &refs(&add(1)))?;
            for id in 1..=100i64 {
                if id > 1 {
                    tx.execute_later(card, &refs(&add(id)))?;
                }
                for position in 0..3i64 {
                    let value = format!("c{id}-{position}@example.ru");
                    tx.execute_later(contact, &[&id, &"email", &value, &position])?;
                }
            }
            Ok(())
        })
        .unwrap();
    assert_eq!(env.int("SELECT count(*) FROM subscribers"), 100);
    assert_eq!(env.int("SELECT count(*) FROM contacts"), 300);
    // Each text's rows in the order they came.
    let (_, rows) = env.select("SELECT value FROM contacts ORDER BY id");
    let got: Vec<String> = rows
        .iter()
        .map(|r| r[0].as_str().unwrap_or_default().to_string())
        .collect();
    let want: Vec<String> = (1..=100)
        .flat_map(|id| (0..3).map(move |p| format!("c{id}-{p}@example.ru")))
        .collect();
    assert_eq!(got, want);
}
