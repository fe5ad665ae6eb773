//! Schema migrations: numbered `.sql` files applied in order inside one
//! transaction, tracked by `PRAGMA user_version`.
//!
//! Two rules keep every shipped database upgradable: never edit, remove or
//! reorder a migration that has shipped; add a new file instead. A database
//! whose version is newer than this binary knows is refused, not touched.

use crate::error::{Error, Result};
use rusqlite::{Connection, TransactionBehavior};

const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001_init.sql"),
    include_str!("migrations/0002_dadata_cache.sql"),
    include_str!("migrations/0003_extra_contracts.sql"),
    include_str!("migrations/0004_import_runs.sql"),
    include_str!("migrations/0005_partial_indexes.sql"),
    include_str!("migrations/0006_search_hashsize.sql"),
    include_str!("migrations/0007_contact_extension.sql"),
    include_str!("migrations/0008_foreign_counterparties.sql"),
    include_str!("migrations/0009_credentials_pending.sql"),
    include_str!("migrations/0010_import_fingerprint.sql"),
    include_str!("migrations/0011_portal_view.sql"),
    include_str!("migrations/0012_name_index_covers.sql"),
    include_str!("migrations/0013_counterparty_status.sql"),
    include_str!("migrations/0014_merged_into.sql"),
    include_str!("migrations/0015_personal_data.sql"),
    include_str!("migrations/0016_consent.sql"),
    include_str!("migrations/0017_read_log.sql"),
];

/// The schema version this binary writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

pub(super) fn migrate(conn: &mut Connection) -> Result<()> {
    let current: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if current > SCHEMA_VERSION {
        return Err(Error::internal(
            "database",
            crate::t!(
                "store-schema-newer",
                current = current.to_string(),
                known = SCHEMA_VERSION.to_string()
            ),
        ));
    }
    if current == SCHEMA_VERSION {
        return Ok(());
    }
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    // Re-read under the write lock: another process may have migrated.
    let current: i64 = tx.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if current == 0 {
        // Version 0 with tables: another program's database, not ours to
        // fill with abonent's tables.
        let tables: Vec<String> = tx
            .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name LIMIT 4")?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        if !tables.is_empty() {
            return Err(Error::internal(
                "database",
                crate::t!("store-foreign-tables", tables = tables.join(", ")),
            ));
        }
    }
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(current.max(0) as usize) {
        tx.execute_batch(sql)
            .map_err(|e| mismatch(current, i + 1, &e))?;
    }
    tx.pragma_update(None, "user_version", SCHEMA_VERSION)?;
    tx.commit()?;
    Ok(())
}

/// A migration that fails on a database that claims an older schema: its
/// tables and its `user_version` disagree (a restored or hand-edited
/// file). The message names both and never the migration's SQL.
fn mismatch(current: i64, migration: usize, e: &rusqlite::Error) -> Error {
    Error::internal(
        "database",
        crate::t!(
            "store-schema-mismatch",
            current = current.to_string(),
            migration = migration.to_string(),
            reason = super::exec::sqlite_message(e)
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn another_programs_database_is_refused_untouched() {
        let mut conn = Connection::open_in_memory().unwrap();
        conn.execute_batch("CREATE TABLE moz_places (id INTEGER);")
            .unwrap();
        let e = migrate(&mut conn).unwrap_err();
        assert!(
            e.message.contains("another program's tables (moz_places)"),
            "{e}"
        );
        let n: i64 = conn
            .query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))
            .unwrap();
        assert_eq!(n, 1, "nothing was added");
    }

    #[test]
    fn migrations_apply_once_and_are_idempotent() {
        let mut conn = Connection::open_in_memory().unwrap();
        migrate(&mut conn).unwrap();
        migrate(&mut conn).unwrap();
        let v: i64 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(v, SCHEMA_VERSION);
    }

    #[test]
    fn newer_schema_is_refused() {
        let mut conn = Connection::open_in_memory().unwrap();
        conn.pragma_update(None, "user_version", SCHEMA_VERSION + 1)
            .unwrap();
        let err = migrate(&mut conn).unwrap_err();
        assert!(err.message.contains("newer"), "{err}");
    }

    #[test]
    fn a_user_version_behind_the_tables_names_the_migration_not_its_sql() {
        let mut conn = Connection::open_in_memory().unwrap();
        migrate(&mut conn).unwrap();
        conn.pragma_update(None, "user_version", 1).unwrap();
        let err = migrate(&mut conn).unwrap_err();
        assert!(err.message.contains("user_version 1"), "{err}");
        assert!(err.message.contains("migration 2 failed"), "{err}");
        assert!(!err.message.contains("CREATE"), "no SQL: {err}");
        let v: i64 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(v, 1, "rolled back");
    }
}
