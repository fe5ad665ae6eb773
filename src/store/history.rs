//! The `history` table: who changed what and when. Callers never pass a
//! password or its hash here.

use super::Tx;
use crate::error::Result;
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
    tx.execute(
        "INSERT INTO history (at, actor, subscriber_id, action, field, old_value, new_value)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        &[&at, &actor, &subscriber_id, &action, &field, &old, &new],
    )?;
    Ok(())
}

/// The newest `limit` entries (all when 0), newest first.
pub fn list(tx: &Tx, subscriber_id: Option<i64>, limit: u64) -> Result<Vec<Entry>> {
    let limit = if limit == 0 { -1 } else { limit as i64 };
    tx.query(
        "SELECT id, at, actor, subscriber_id, action, field, old_value, new_value
         FROM history WHERE ?1 IS NULL OR subscriber_id = ?1
         ORDER BY id DESC LIMIT ?2",
        &[&subscriber_id, &limit],
        |r| {
            Ok(Entry {
                id: r.get("id")?,
                at: r.get("at")?,
                actor: r.get("actor")?,
                subscriber_id: r.get("subscriber_id")?,
                action: r.get("action")?,
                field: r.get("field")?,
                old: r.get("old_value")?,
                new: r.get("new_value")?,
            })
        },
    )
}

pub fn count(tx: &Tx) -> Result<i64> {
    Ok(tx
        .value("SELECT count(*) AS value FROM history", &[])?
        .unwrap_or(0))
}
