//! The `history` table: who changed what and when. Callers never pass a
//! password or its hash here.

use super::Tx;
use crate::error::Result;
use serde::Serialize;

/// The actions that create a card, as an SQL list: each card has exactly
/// one such entry (`db check`), which stays with the card it created.
pub(crate) const CREATIONS: &str = "('create', 'import.create')";

#[derive(Debug, Clone, Serialize)]
pub struct Entry {
    /// Increasing in the order the changes were committed, never reused
    /// (entries are never deleted): a change feed resumes after the last
    /// id it saw (`history --since`).
    pub id: i64,
    pub at: String,
    pub actor: String,
    pub subscriber_id: Option<i64>,
    /// The card's uid, the same in every copy of the registry (`None` for
    /// an entry about no card).
    pub subscriber_uid: Option<String>,
    pub action: String,
    pub field: Option<String>,
    pub old: Option<String>,
    pub new: Option<String>,
}

/// Which entries [`list`] returns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Window {
    /// The newest N (all when 0), newest first.
    Newest(u64),
    /// Those after entry `after`, oldest first, at most `limit` (all when 0).
    After { after: i64, limit: u64 },
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
    tx.execute_later(
        "INSERT INTO history (at, actor, subscriber_id, action, field, old_value, new_value)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        &[&at, &actor, &subscriber_id, &action, &field, &old, &new],
    )?;
    Ok(())
}

/// The entries of `window`, of one card or of all.
pub fn list(tx: &Tx, subscriber_id: Option<i64>, window: Window) -> Result<Vec<Entry>> {
    let (after, limit, order) = match window {
        Window::Newest(limit) => (None, limit, "DESC"),
        Window::After { after, limit } => (Some(after), limit, "ASC"),
    };
    let limit = if limit == 0 { i64::MAX } else { limit as i64 };
    tx.query(
        &format!(
            "SELECT h.id, h.at, h.actor, h.subscriber_id, s.uid AS subscriber_uid, h.action,
                    h.field, h.old_value, h.new_value
             FROM history AS h LEFT JOIN subscribers AS s ON s.id = h.subscriber_id
             WHERE (CAST(?1 AS BIGINT) IS NULL OR h.subscriber_id = ?1)
               AND (CAST(?3 AS BIGINT) IS NULL OR h.id > ?3)
             ORDER BY h.id {order} LIMIT ?2"
        ),
        &[&subscriber_id, &limit, &after],
        |r| {
            Ok(Entry {
                id: r.get("id")?,
                at: r.get("at")?,
                actor: r.get("actor")?,
                subscriber_id: r.get("subscriber_id")?,
                subscriber_uid: r.get("subscriber_uid")?,
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
