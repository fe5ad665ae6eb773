//! `import_runs`: where a batched import records how far it got, so the
//! same file imported again after a crash resumes instead of starting over.

use super::optional;
use super::Tx;
use crate::error::Result;
use rusqlite::params;

/// Starts a run of `key`, or finds the interrupted one. Returns how many
/// of the reader's items its committed batches covered (0 for a new run).
pub fn begin(tx: &Tx, key: &str, file: &str, at: &str) -> Result<u64> {
    let conn = tx.conn();
    let done: Option<i64> = optional(conn.query_row(
        "SELECT rows_done FROM import_runs WHERE key = ?1",
        [key],
        |r| r.get(0),
    ))?;
    if let Some(n) = done {
        return Ok(u64::try_from(n).unwrap_or(0));
    }
    // An interrupted run of a file nobody imported again for a month
    // will not be resumed.
    conn.execute(
        "DELETE FROM import_runs WHERE julianday(updated_at) < julianday(?1) - 30",
        [at],
    )?;
    conn.execute(
        "INSERT INTO import_runs (key, file, started_at, rows_done, updated_at)
         VALUES (?1, ?2, ?3, 0, ?3)",
        params![key, file, at],
    )?;
    Ok(0)
}

/// Records, inside a batch's transaction, that its items are done. Never
/// goes back: a resumed run's first batches may end inside the rows the
/// interrupted run had already committed.
pub fn advance(tx: &Tx, key: &str, rows_done: u64, at: &str) -> Result<()> {
    let conn = tx.conn();
    conn.prepare_cached(
        "UPDATE import_runs SET rows_done = max(rows_done, ?2), updated_at = ?3 WHERE key = ?1",
    )?
    .execute(params![
        key,
        i64::try_from(rows_done).unwrap_or(i64::MAX),
        at
    ])?;
    Ok(())
}

/// The run reached the end of the file: nothing left to resume.
pub fn finish(tx: &Tx, key: &str) -> Result<()> {
    let conn = tx.conn();
    conn.execute("DELETE FROM import_runs WHERE key = ?1", [key])?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::memory_db as db;

    #[test]
    fn progress_resumes_never_goes_back_and_ends() {
        let db = db();
        let conn = &Tx::new(&db);
        let at = "2026-11-27T00:00:00Z";
        assert_eq!(begin(conn, "k", "a.csv", at).unwrap(), 0);
        advance(conn, "k", 500, at).unwrap();
        // The same file again: resumes after the committed rows.
        assert_eq!(begin(conn, "k", "a.csv", at).unwrap(), 500);
        // Its first batch ended inside those rows: the progress stays.
        advance(conn, "k", 300, at).unwrap();
        assert_eq!(begin(conn, "k", "a.csv", at).unwrap(), 500);
        advance(conn, "k", 700, at).unwrap();
        assert_eq!(begin(conn, "k", "a.csv", at).unwrap(), 700);
        // Another file keeps its own progress.
        assert_eq!(begin(conn, "other", "b.csv", at).unwrap(), 0);
        finish(conn, "k").unwrap();
        assert_eq!(begin(conn, "k", "a.csv", at).unwrap(), 0);
        // A month later a new run forgets the stale one.
        advance(conn, "other", 40, at).unwrap();
        begin(conn, "new", "c.csv", "2026-12-26T00:00:00Z").unwrap();
        assert_eq!(begin(conn, "other", "b.csv", at).unwrap(), 40);
        begin(conn, "newer", "d.csv", "2026-12-28T00:00:00Z").unwrap();
        assert_eq!(begin(conn, "other", "b.csv", at).unwrap(), 0);
    }
}
