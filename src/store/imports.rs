//! `import_runs`: where a batched import records how far it got, so the
//! same file imported again after a crash resumes instead of starting over.

use super::optional;
use crate::error::Result;
use rusqlite::{params, Connection};

/// Starts a run of `key`, or finds the interrupted one. Returns how many
/// of the reader's items its committed batches covered (0 for a new run).
pub fn begin(conn: &Connection, key: &str, file: &str, at: &str) -> Result<u64> {
    let done: Option<i64> = optional(conn.query_row(
        "SELECT rows_done FROM import_runs WHERE key = ?1",
        [key],
        |r| r.get(0),
    ))?;
    if let Some(n) = done {
        return Ok(u64::try_from(n).unwrap_or(0));
    }
    conn.execute(
        "INSERT INTO import_runs (key, file, started_at, rows_done, updated_at)
         VALUES (?1, ?2, ?3, 0, ?3)",
        params![key, file, at],
    )?;
    Ok(0)
}

/// Records, inside a batch's transaction, that its items are done.
pub fn advance(conn: &Connection, key: &str, rows_done: u64, at: &str) -> Result<()> {
    conn.prepare_cached("UPDATE import_runs SET rows_done = ?2, updated_at = ?3 WHERE key = ?1")?
        .execute(params![
            key,
            i64::try_from(rows_done).unwrap_or(i64::MAX),
            at
        ])?;
    Ok(())
}

/// The run reached the end of the file: nothing left to resume.
pub fn finish(conn: &Connection, key: &str) -> Result<()> {
    conn.execute("DELETE FROM import_runs WHERE key = ?1", [key])?;
    Ok(())
}
