//! The counterparty status of legal and ip cards (`subscriber
//! check-status`): which cards are due for a check, and the status a check
//! found. Only check-status writes these columns; a card's edit and the
//! 1C import leave them as they are.

use super::Tx;
use crate::error::Result;
use crate::model::CounterpartyStatus;

/// The active legal and ip cards of the registry's own country with an
/// INN whose last check was before `before` (`YYYY-MM-DD`; `None`: every
/// one), never checked first, then the longest unchecked, then by id; at
/// most `limit` (all when 0).
pub fn due(tx: &Tx, before: Option<&str>, limit: u64) -> Result<Vec<i64>> {
    let limit = if limit == 0 { i64::MAX } else { limit as i64 };
    // Every check was made before the last day there is.
    let before = before.unwrap_or("9999-12-31");
    tx.query(
        "SELECT id FROM subscribers
         WHERE archived = 0 AND type IN ('legal', 'ip') AND inn IS NOT NULL AND country IS NULL
           AND (status_checked_on IS NULL OR status_checked_on < ?1)
         ORDER BY status_checked_on IS NOT NULL, status_checked_on, id
         LIMIT ?2",
        &[&before, &limit],
        |r| r.get("id"),
    )
}

/// Records what a check found on card `id`.
pub fn set(tx: &Tx, id: i64, status: &CounterpartyStatus) -> Result<()> {
    tx.execute(
        "UPDATE subscribers SET status = ?2, status_checked_on = ?3, status_since = ?4
         WHERE id = ?1",
        &[&id, &status.value, &status.checked_on, &status.since],
    )?;
    Ok(())
}
