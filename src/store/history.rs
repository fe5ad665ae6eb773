//! The `history` table: who changed what and when. Callers never pass a
//! password or its hash here.

use super::Tx;
use crate::error::Result;
use rusqlite::params;
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct Entry {
    pub id: i64,
    pub at: String,
    pub actor: String,
    pub subscriber_id: Option<i64>,
    pub action: String,
    pub field: Option<String>,
    pub old: Option<String>,
    pub new: Option<String>,
}

#[allow(clippy::too_many_arguments)]
pub fn add(
    tx: &Tx,
    at: &str,
    actor: &str,
    subscriber_id: Option<i64>,
    action: &str,
    field: Option<&str>,
    old: Option<&str>,
    new: Option<&str>,
) -> Result<()> {
    let conn = tx.conn();
    conn.prepare_cached(
        "INSERT INTO history (at, actor, subscriber_id, action, field, old_value, new_value)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![at, actor, subscriber_id, action, field, old, new])?;
    Ok(())
}

/// The newest `limit` entries (all when 0), newest first.
pub fn list(tx: &Tx, subscriber_id: Option<i64>, limit: u64) -> Result<Vec<Entry>> {
    let conn = tx.conn();
    let limit = if limit == 0 { -1 } else { limit as i64 };
    let mut stmt = conn.prepare(
        "SELECT id, at, actor, subscriber_id, action, field, old_value, new_value
         FROM history WHERE ?1 IS NULL OR subscriber_id = ?1
         ORDER BY id DESC LIMIT ?2",
    )?;
    let rows = stmt.query_map(params![subscriber_id, limit], |r| {
        Ok(Entry {
            id: r.get(0)?,
            at: r.get(1)?,
            actor: r.get(2)?,
            subscriber_id: r.get(3)?,
            action: r.get(4)?,
            field: r.get(5)?,
            old: r.get(6)?,
            new: r.get(7)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn count(tx: &Tx) -> Result<i64> {
    let conn = tx.conn();
    Ok(conn.query_row("SELECT count(*) FROM history", [], |r| r.get(0))?)
}
