//! `subscriber merge`: what moves from one card to another as rows (the
//! contracts, employees and history entries of OTHER become KEEP's, but
//! the entry that created OTHER) and
//! the pointer a merged card keeps. The cards' own fields are written
//! through the gate like every card write, by the core.

use super::Tx;
use crate::error::Result;

/// How many rows moved from one card to the other.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Moved {
    pub contracts: usize,
    pub employees: usize,
    pub history: usize,
}

/// Moves card `from`'s contracts, employees and history entries to `to`;
/// the entry that created `from` stays with it.
pub fn reassign(tx: &Tx, from: i64, to: i64) -> Result<Moved> {
    let mut moved = Moved::default();
    let history = format!(
        "history SET subscriber_id = ?2 WHERE subscriber_id = ?1 AND action NOT IN {}",
        super::history::CREATIONS
    );
    for (what, n) in [
        (
            "contracts SET subscriber_id = ?2 WHERE subscriber_id = ?1",
            &mut moved.contracts,
        ),
        (
            "employees SET subscriber_id = ?2 WHERE subscriber_id = ?1",
            &mut moved.employees,
        ),
        (history.as_str(), &mut moved.history),
    ] {
        *n = tx.execute(&format!("UPDATE {what}"), &[&from, &to])?;
    }
    Ok(moved)
}

/// Marks card `id` as merged into `into`.
pub fn set_merged_into(tx: &Tx, id: i64, into: i64) -> Result<()> {
    tx.execute(
        "UPDATE subscribers SET merged_into = ?2 WHERE id = ?1",
        &[&id, &into],
    )?;
    Ok(())
}

/// The card `id` leads to: itself, or the card it was merged into (and so
/// on, at most 16 steps: a merge never points at a merged card, so a
/// longer chain is a hand-edited database, cut short).
pub fn followed(tx: &Tx, id: i64) -> Result<i64> {
    let mut at = id;
    for _ in 0..16 {
        let next: Option<i64> = tx
            .value(
                "SELECT merged_into AS value FROM subscribers WHERE id = ?1",
                &[&at],
            )?
            .flatten();
        match next {
            Some(n) if n != at => at = n,
            _ => break,
        }
    }
    Ok(at)
}
