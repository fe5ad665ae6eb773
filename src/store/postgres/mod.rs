//! What is PostgreSQL's own in the store: connecting (TLS with rustls),
//! the sessions a read and a write run in, and the migrations.
//!
//! Sessions keep SQLite's guarantees:
//! - a read is one snapshot: `REPEATABLE READ READ ONLY`;
//! - a write first takes one transaction-level advisory lock, the queue
//!   SQLite's `BEGIN IMMEDIATE` is, so writers on every host run one at a
//!   time: login and contract counters are drawn, uniqueness checked and
//!   history ids given out in commit order, and an edit applies to the
//!   card as it is once the lock is held (`READ COMMITTED`: each statement
//!   sees what committed before it). No writer ever sees a serialization
//!   error;
//! - a wait for that lock or any row past `db.busy_timeout_ms` fails
//!   with `lock_timeout` (exit 7).

mod migrations;
mod tls;

use super::exec::PgConn;
use super::location::{PgTarget, SslMode};
use crate::error::{Error, Result};
use std::time::Duration;

/// The advisory lock every write takes: "abonent" in ASCII.
const WRITE_LOCK: i64 = 0x0061_626f_6e65_6e74;

/// Connects to the server `target` names and brings its schema up to
/// date.
pub(crate) fn open(target: &PgTarget) -> Result<PgConn> {
    let server = target.display();
    let mut config = tokio_postgres::Config::new();
    if target.is_socket() {
        config.host_path(&target.host);
    } else {
        config.host(&target.host);
    }
    config
        .port(target.port)
        .user(&target.user)
        .dbname(&target.dbname)
        .application_name(&target.application_name)
        // No JIT: every statement here answers in milliseconds, and JIT
        // compiled a search over a million cards for 120 ms before running
        // it. Sent with the start-up packet, not as a statement.
        .options("-c jit=off");
    if let Some(p) = &target.password {
        config.password(p.expose());
    }
    if let Some(s) = target.connect_timeout {
        config.connect_timeout(Duration::from_secs(u64::from(s.max(1))));
    }
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| {
            Error::internal(
                "database",
                crate::t!(
                    "store-pg-connection",
                    server = server.as_str(),
                    reason = e.to_string()
                ),
            )
        })?;
    let failed = |e: tokio_postgres::Error| super::exec::pg_error(&server, &e);
    let (client, driver) = match target.sslmode {
        SslMode::Disable => {
            config.ssl_mode(tokio_postgres::config::SslMode::Disable);
            let (client, connection) = runtime
                .block_on(config.connect(tokio_postgres::NoTls))
                .map_err(failed)?;
            (client, Box::pin(connection) as super::exec::Driver)
        }
        mode => {
            config.ssl_mode(match mode {
                SslMode::Prefer => tokio_postgres::config::SslMode::Prefer,
                _ => tokio_postgres::config::SslMode::Require,
            });
            let (client, connection) = runtime
                .block_on(config.connect(tls::connector(mode)?))
                .map_err(failed)?;
            (client, Box::pin(connection) as super::exec::Driver)
        }
    };
    let conn = PgConn::new(runtime, client, driver, server);
    migrations::migrate(&conn)?;
    Ok(conn)
}

/// Runs `f` in one read-only snapshot (or in the transaction already
/// open).
pub(crate) fn read<T>(conn: &PgConn, f: impl FnOnce() -> Result<T>) -> Result<T> {
    if conn.in_transaction() {
        return f();
    }
    conn.begin("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")?;
    finish(conn, f().map(|v| (v, true)))
}

/// Runs `f` as a write: the advisory lock first, waiting at most
/// `busy_ms`; committed when `f` says so, rolled back otherwise or when it
/// fails.
pub(crate) fn write<T>(
    conn: &PgConn,
    busy_ms: u64,
    f: impl FnOnce() -> Result<(T, bool)>,
) -> Result<T> {
    conn.begin(&format!(
        "BEGIN ISOLATION LEVEL READ COMMITTED; \
         SET LOCAL lock_timeout = '{}ms'; \
         SELECT pg_advisory_xact_lock({WRITE_LOCK})",
        // 0 would mean "wait for ever" to PostgreSQL; to SQLite it is "do
        // not wait".
        busy_ms.max(1)
    ))?;
    finish(conn, f())
}

fn finish<T>(conn: &PgConn, out: Result<(T, bool)>) -> Result<T> {
    match out {
        Ok((v, true)) => {
            conn.end("COMMIT")?;
            Ok(v)
        }
        Ok((v, false)) => {
            conn.end("ROLLBACK")?;
            Ok(v)
        }
        Err(e) => {
            // The connection may be gone; the error that got here says why.
            let _ = conn.end("ROLLBACK");
            Err(e)
        }
    }
}

/// Before a batch of an import: the planner's statistics of the cards
/// brought up to date when the table has more than doubled since they were
/// taken (or was never analysed and is past 16 pages). Without them
/// PostgreSQL guessed a list of 256 1C codes matched every card and read
/// the whole table for each chunk of rows, until autovacuum came by: a
/// 100,000-row first import spent 4.6 of its 17.5 s so. Only the columns
/// the lookups use; inside the batch's transaction, under its lock.
pub(crate) fn keep_statistics(tx: &super::Tx) -> Result<()> {
    let stale: bool = tx
        .value(
            "SELECT pg_relation_size(c.oid) > 2 * greatest(c.relpages, 8)::bigint
                    * current_setting('block_size')::bigint AS value
             FROM pg_class c WHERE c.oid = to_regclass('subscribers')",
            &[],
        )?
        .unwrap_or(false);
    if stale {
        tx.execute_batch("ANALYZE subscribers (onec_id, onec_code, inn, kpp, login, archived)")?;
    }
    Ok(())
}

/// After `db copy` wrote rows with their ids: each identity sequence past
/// the largest id, so the next card, entry or contract gets a new one;
/// and the tables analysed, so the first commands on the moved registry
/// are planned on its real size rather than on guesses until autovacuum
/// comes by.
pub(crate) fn after_copy(tx: &super::Tx) -> Result<()> {
    let mut sql = String::from("ANALYZE;");
    for t in super::copy::TABLES.iter().filter(|t| t.key == Some("id")) {
        sql.push_str(&format!(
            "SELECT setval(pg_get_serial_sequence('{t}', 'id'), \
             (SELECT coalesce(max(id), 0) + 1 FROM {t}), false);",
            t = t.name
        ));
    }
    tx.execute_batch(&sql)
}

/// Lets `role` read the view `portal_accounts` and nothing else of the
/// registry: USAGE on the schema (to name the view) and SELECT on the
/// view, which reads the cards with its owner's rights. `Ok(false)` when
/// the role does not exist.
pub(crate) fn grant_portal(tx: &super::Tx, role: &str) -> Result<bool> {
    if !tx.exists("SELECT 1 FROM pg_roles WHERE rolname = ?1", &[&role])? {
        return Ok(false);
    }
    let quoted = format!("\"{}\"", role.replace('"', "\"\""));
    let schema: String = tx
        .value("SELECT current_schema() AS value", &[])?
        .unwrap_or_else(|| "public".into());
    let schema = format!("\"{}\"", schema.replace('"', "\"\""));
    tx.execute_batch(&format!(
        "GRANT USAGE ON SCHEMA {schema} TO {quoted}; \
         GRANT SELECT ON portal_accounts TO {quoted}"
    ))?;
    Ok(true)
}

/// The message for a PostgreSQL database that lacks `pg_trgm`.
fn trgm_missing(target: &str, reason: &str) -> Error {
    Error::internal(
        "database",
        crate::t!("store-pg-no-trgm", server = target, reason = reason),
    )
}
