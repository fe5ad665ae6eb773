//! PostgreSQL's migrations, numbered like SQLite's and tracked in the
//! table `schema_migrations`: the first, 0011, is SQLite's schema at
//! version 11; each later SQLite migration gets a PostgreSQL file of the
//! same number. The same two rules hold: a shipped migration is never
//! edited, and a database with a newer schema is refused untouched. So is
//! one that holds other tables and no `schema_migrations`.

use super::super::exec::PgConn;
use super::super::SCHEMA_VERSION;
use crate::error::{Error, Result};
use crate::store::Tx;

/// Each migration: its number and its SQL.
const MIGRATIONS: &[(i64, &str)] = &[
    (11, include_str!("migrations/0011_baseline.sql")),
    (12, include_str!("migrations/0012_name_index_covers.sql")),
    (13, include_str!("migrations/0013_counterparty_status.sql")),
    (14, include_str!("migrations/0014_merged_into.sql")),
    (15, include_str!("migrations/0015_personal_data.sql")),
    (16, include_str!("migrations/0016_consent.sql")),
    (17, include_str!("migrations/0017_read_log.sql")),
];

/// The schema version the last PostgreSQL migration writes: SQLite's.
const SCHEMA_VERSION_PG: i64 = MIGRATIONS[MIGRATIONS.len() - 1].0;

const _: () = assert!(SCHEMA_VERSION_PG == SCHEMA_VERSION);

pub(super) fn migrate(conn: &PgConn) -> Result<()> {
    let current = version(&Tx::pg(conn))?;
    if current == Some(SCHEMA_VERSION) {
        return Ok(());
    }
    super::write(conn, 60_000, || {
        let tx = Tx::pg(conn);
        // Again under the lock: another host may have migrated meanwhile.
        let current = version(&tx)?;
        refuse_newer(current)?;
        if current.is_none() {
            let tables: Vec<String> = tx.query(
                "SELECT tablename AS name FROM pg_tables
                 WHERE schemaname = current_schema() ORDER BY tablename LIMIT 4",
                &[],
                |r| r.get("name"),
            )?;
            if !tables.is_empty() {
                return Err(Error::internal(
                    "database",
                    crate::t!("store-foreign-tables", tables = tables.join(", ")),
                ));
            }
            trgm(conn)?;
            tx.execute_batch(
                "CREATE TABLE schema_migrations (
                     version    BIGINT PRIMARY KEY,
                     applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
                 )",
            )?;
        }
        let from = current.unwrap_or(0);
        for (n, sql) in MIGRATIONS.iter().filter(|(n, _)| *n > from) {
            tx.execute_batch(sql).map_err(|e| Error {
                message: crate::t!(
                    "store-schema-mismatch",
                    current = from.to_string(),
                    migration = n.to_string(),
                    reason = e.message
                )
                .into_string(),
                ..e
            })?;
            tx.execute("INSERT INTO schema_migrations (version) VALUES (?1)", &[n])?;
        }
        Ok(((), true))
    })
}

/// The schema's version; `None` when there is no `schema_migrations`.
fn version(tx: &Tx) -> Result<Option<i64>> {
    let known: bool = tx
        .value(
            "SELECT to_regclass('schema_migrations') IS NOT NULL AS value",
            &[],
        )?
        .unwrap_or(false);
    if !known {
        return Ok(None);
    }
    let v = tx.value::<i64>(
        "SELECT coalesce(max(version), 0) AS value FROM schema_migrations",
        &[],
    )?;
    refuse_newer(v)?;
    Ok(v)
}

fn refuse_newer(current: Option<i64>) -> Result<()> {
    match current {
        Some(v) if v > SCHEMA_VERSION => Err(Error::internal(
            "database",
            crate::t!(
                "store-schema-newer",
                current = v.to_string(),
                known = SCHEMA_VERSION.to_string()
            ),
        )),
        _ => Ok(()),
    }
}

/// Makes sure `pg_trgm` is there (it is a trusted extension: the
/// database's owner may create it), or says how to get it.
fn trgm(conn: &PgConn) -> Result<()> {
    let tx = Tx::pg(conn);
    tx.execute_batch("SAVEPOINT trgm; CREATE EXTENSION IF NOT EXISTS pg_trgm; RELEASE trgm")
        .map_err(|e| {
            let _ = tx.execute_batch("ROLLBACK TO trgm");
            super::trgm_missing(conn.server(), &e.message)
        })
}
