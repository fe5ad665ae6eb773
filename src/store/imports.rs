//! `import_runs`: where a batched import records how far it got, so the
//! same file imported again after a crash resumes instead of starting over.

use super::Tx;
use crate::error::Result;

/// Starts a run of `key`, or finds the interrupted one. Returns how many
/// of the reader's items its committed batches covered (0 for a new run).
pub fn begin(tx: &Tx, key: &str, file: &str, at: &str) -> Result<u64> {
    let done: Option<i64> = tx.query_row(
        "SELECT rows_done FROM import_runs WHERE key = ?1",
        &[&key],
        |r| r.get("rows_done"),
    )?;
    if let Some(n) = done {
        return Ok(u64::try_from(n).unwrap_or(0));
    }
    // An interrupted run of a file nobody imported again for a month
    // will not be resumed.
    if let Some(cutoff) = month_before(at) {
        tx.execute("DELETE FROM import_runs WHERE updated_at < ?1", &[&cutoff])?;
    }
    tx.execute(
        "INSERT INTO import_runs (key, file, started_at, rows_done, updated_at)
         VALUES (?1, ?2, ?3, 0, ?3)",
        &[&key, &file, &at],
    )?;
    Ok(0)
}

/// 30 days before `at`, in the stored form (RFC 3339, UTC, whole
/// seconds), which compares as text in time order; `None` for a moment
/// that is not in RFC 3339 (nothing is then old enough to drop).
fn month_before(at: &str) -> Option<String> {
    use time::format_description::well_known::Rfc3339;
    let t = time::OffsetDateTime::parse(at, &Rfc3339).ok()?;
    let t = t.checked_sub(time::Duration::days(30))?;
    let t = t.to_offset(time::UtcOffset::UTC);
    Some(format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
        t.year(),
        u8::from(t.month()),
        t.day(),
        t.hour(),
        t.minute(),
        t.second()
    ))
}

/// Records, inside a batch's transaction, that its items are done. Never
/// goes back: a resumed run's first batches may end inside the rows the
/// interrupted run had already committed.
pub fn advance(tx: &Tx, key: &str, rows_done: u64, at: &str) -> Result<()> {
    tx.execute(
        "UPDATE import_runs
         SET rows_done = CASE WHEN rows_done > ?2 THEN rows_done ELSE ?2 END, updated_at = ?3
         WHERE key = ?1",
        &[&key, &rows_done, &at],
    )?;
    Ok(())
}

/// The run reached the end of the file: nothing left to resume.
pub fn finish(tx: &Tx, key: &str) -> Result<()> {
    tx.execute("DELETE FROM import_runs WHERE key = ?1", &[&key])?;
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

    #[test]
    fn a_run_is_stale_only_past_thirty_days() {
        let db = db();
        let conn = &Tx::new(&db);
        let at = "2026-11-27T10:00:00Z";
        begin(conn, "k", "a.csv", at).unwrap();
        advance(conn, "k", 40, at).unwrap();
        // Exactly 30 days later the run is still resumed…
        begin(conn, "x", "x.csv", "2026-12-27T10:00:00Z").unwrap();
        assert_eq!(begin(conn, "k", "a.csv", at).unwrap(), 40);
        // …a second more, and it is dropped.
        begin(conn, "y", "y.csv", "2026-12-27T10:00:01Z").unwrap();
        assert_eq!(begin(conn, "k", "a.csv", at).unwrap(), 0);
        assert_eq!(
            month_before("2026-03-01T00:00:00+03:00").as_deref(),
            Some("2026-01-29T21:00:00Z")
        );
        assert_eq!(month_before("yesterday"), None);
    }
}
