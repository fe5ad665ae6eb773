//! The `contracts` table: subscribers' contracts, their numbers (unique),
//! dates, and the mark of the last contract-end notice.

use super::optional;
use super::Tx;
use crate::error::Result;
use crate::model::{Contract, ManagerRef};
use rusqlite::params;

const COLUMNS: &str = "c.number, c.subscriber_id, s.login, c.signed_on, c.valid_to, c.closed_on";
const FROM: &str = "FROM contracts c JOIN subscribers s ON s.id = c.subscriber_id";

fn from_row(r: &rusqlite::Row) -> rusqlite::Result<Contract> {
    Ok(Contract {
        number: r.get(0)?,
        subscriber_id: r.get(1)?,
        login: r.get(2)?,
        signed_on: r.get(3)?,
        valid_to: r.get(4)?,
        closed_on: r.get(5)?,
    })
}

/// The subscriber's contracts, in the order they were added.
pub fn of_subscriber(tx: &Tx, subscriber_id: i64) -> Result<Vec<Contract>> {
    let conn = tx.conn();
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} {FROM} WHERE c.subscriber_id = ?1 ORDER BY c.id"
    ))?;
    let rows = stmt.query_map([subscriber_id], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn get(tx: &Tx, number: &str) -> Result<Option<Contract>> {
    let conn = tx.conn();
    optional(conn.query_row(
        &format!("SELECT {COLUMNS} {FROM} WHERE c.number = ?1"),
        [number],
        from_row,
    ))
}

pub fn exists(tx: &Tx, number: &str) -> Result<bool> {
    let conn = tx.conn();
    Ok(conn
        .prepare_cached("SELECT 1 FROM contracts WHERE number = ?1")?
        .exists([number])?)
}

pub fn add(tx: &Tx, c: &Contract, at: &str) -> Result<()> {
    let conn = tx.conn();
    conn.execute(
        "INSERT INTO contracts (number, subscriber_id, signed_on, valid_to, closed_on, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
        params![c.number, c.subscriber_id, c.signed_on, c.valid_to, c.closed_on, at],
    )?;
    Ok(())
}

/// Writes the dates of an existing contract.
pub fn update_dates(tx: &Tx, c: &Contract, at: &str) -> Result<()> {
    let conn = tx.conn();
    conn.execute(
        "UPDATE contracts SET signed_on = ?2, valid_to = ?3, closed_on = ?4, updated_at = ?5
         WHERE number = ?1",
        params![c.number, c.signed_on, c.valid_to, c.closed_on, at],
    )?;
    Ok(())
}

/// Contracts, all or one subscriber's; with `ending` = (from, to), only
/// open ones whose valid_to falls in that range, by valid_to.
pub fn list(
    tx: &Tx,
    subscriber_id: Option<i64>,
    ending: Option<(&str, &str)>,
) -> Result<Vec<Contract>> {
    let conn = tx.conn();
    let (from, to) = ending.unzip();
    let order = if ending.is_some() {
        "c.valid_to, c.id"
    } else {
        "c.id"
    };
    let mut stmt = conn.prepare(&format!(
        "SELECT {COLUMNS} {FROM}
         WHERE (?1 IS NULL OR c.subscriber_id = ?1)
           AND (?2 IS NULL OR (c.closed_on IS NULL AND c.valid_to BETWEEN ?2 AND ?3))
         ORDER BY {order}"
    ))?;
    let rows = stmt.query_map(params![subscriber_id, from, to], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// An open contract ending in a window, with what a notice needs.
#[derive(Debug, Clone)]
pub struct Ending {
    pub contract: Contract,
    pub display_name: String,
    pub manager: Option<ManagerRef>,
}

/// Open contracts whose valid_to is in `from..=to`, by valid_to; with
/// `unsent`, only those not yet noticed for their current valid_to.
pub fn ending(tx: &Tx, from: &str, to: &str, unsent: bool) -> Result<Vec<Ending>> {
    let conn = tx.conn();
    let mut stmt = conn.prepare(&format!(
        "SELECT {COLUMNS}, s.display_name, m.name, m.email {FROM}
         LEFT JOIN managers m ON m.id = s.manager_id
         WHERE c.closed_on IS NULL AND c.valid_to BETWEEN ?1 AND ?2
           AND (?3 = 0 OR c.notified_valid_to IS NULL OR c.notified_valid_to <> c.valid_to)
         ORDER BY c.valid_to, c.id"
    ))?;
    let rows = stmt.query_map(params![from, to, unsent], |r| {
        let manager = match r.get::<_, Option<String>>(7)? {
            Some(name) => Some(ManagerRef {
                name,
                email: r.get(8)?,
            }),
            None => None,
        };
        Ok(Ending {
            contract: from_row(r)?,
            display_name: r.get(6)?,
            manager,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Records that the notice for the contract's current valid_to was sent.
pub fn mark_sent(tx: &Tx, number: &str) -> Result<()> {
    let conn = tx.conn();
    conn.execute(
        "UPDATE contracts SET notified_valid_to = valid_to WHERE number = ?1",
        [number],
    )?;
    Ok(())
}
