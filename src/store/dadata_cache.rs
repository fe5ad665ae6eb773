//! The `dadata_cache` table: raw DaData answers keyed by what was asked.
//! The core decides what a key is and how old an answer may be; this file
//! only reads and writes rows.

use super::Tx;
use crate::error::Result;

/// What a cached answer was asked with; `""` stands for a filter not given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Key<'a> {
    /// `party` or `bank`.
    pub kind: &'a str,
    /// The INN or BIK.
    pub query: &'a str,
    pub kpp: &'a str,
    pub branch: &'a str,
}

/// The answer stored for `key` if it was fetched at or after `not_before`
/// (timestamps in the core's RFC 3339 UTC form compare as text).
pub fn get(tx: &Tx, key: &Key, not_before: &str) -> Result<Option<String>> {
    tx.query_row(
        "SELECT answer FROM dadata_cache
         WHERE kind = ?1 AND query = ?2 AND kpp = ?3 AND branch = ?4 AND fetched_at >= ?5",
        &[&key.kind, &key.query, &key.kpp, &key.branch, &not_before],
        |r| r.get("answer"),
    )
}

/// Stores (or replaces) the answer for `key` and drops the answers that
/// are older than `not_before`, so the table never outgrows its use.
pub fn put(tx: &Tx, key: &Key, answer: &str, at: &str, not_before: &str) -> Result<()> {
    tx.execute(
        "INSERT INTO dadata_cache (kind, query, kpp, branch, answer, fetched_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (kind, query, kpp, branch)
         DO UPDATE SET answer = excluded.answer, fetched_at = excluded.fetched_at",
        &[&key.kind, &key.query, &key.kpp, &key.branch, &answer, &at],
    )?;
    tx.execute(
        "DELETE FROM dadata_cache WHERE fetched_at < ?1",
        &[&not_before],
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::memory_db as db;

    #[test]
    fn answers_are_found_by_key_and_age() {
        let db = db();
        let conn = &Tx::new(&db);
        let key = Key {
            kind: "party",
            query: "7718445200",
            kpp: "",
            branch: "",
        };
        put(
            conn,
            &key,
            "{}",
            "2026-01-10T00:00:00Z",
            "2025-12-01T00:00:00Z",
        )
        .unwrap();
        assert_eq!(
            get(conn, &key, "2026-01-01T00:00:00Z").unwrap().as_deref(),
            Some("{}")
        );
        assert_eq!(get(conn, &key, "2026-01-11T00:00:00Z").unwrap(), None);
        let other = Key {
            kpp: "771801001",
            ..key.clone()
        };
        assert_eq!(get(conn, &other, "2026-01-01T00:00:00Z").unwrap(), None);
        // A newer answer replaces the old one; expired rows are dropped.
        put(
            conn,
            &key,
            "[]",
            "2026-03-01T00:00:00Z",
            "2026-02-01T00:00:00Z",
        )
        .unwrap();
        put(
            conn,
            &other,
            "{}",
            "2026-01-05T00:00:00Z",
            "2026-02-01T00:00:00Z",
        )
        .unwrap();
        assert_eq!(
            get(conn, &key, "2000-01-01T00:00:00Z").unwrap().as_deref(),
            Some("[]")
        );
        assert_eq!(get(conn, &other, "2000-01-01T00:00:00Z").unwrap(), None);
    }
}
