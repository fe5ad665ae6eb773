//! The `contracts` table: subscribers' contracts, their numbers (unique),
//! dates, and the mark of the last contract-end notice.

use super::{Row, Tx};
use crate::error::Result;
use crate::model::{Contract, ManagerRef};

const COLUMNS: &str = "c.number AS number, c.subscriber_id AS subscriber_id, s.login AS login,
     c.signed_on AS signed_on, c.valid_to AS valid_to, c.closed_on AS closed_on";
const FROM: &str = "FROM contracts c JOIN subscribers s ON s.id = c.subscriber_id";

fn from_row(r: &Row) -> Result<Contract> {
    Ok(Contract {
        number: r.get("number")?,
        subscriber_id: r.get("subscriber_id")?,
        login: r.get("login")?,
        signed_on: r.get("signed_on")?,
        valid_to: r.get("valid_to")?,
        closed_on: r.get("closed_on")?,
    })
}

/// The contracts of the subscribers `ids`, each card's in the order they
/// were added.
pub fn of_subscribers(tx: &Tx, ids: &[i64], mut each: impl FnMut(i64, Contract)) -> Result<()> {
    tx.each_in(
        &format!(
            "SELECT {COLUMNS} {FROM} WHERE c.subscriber_id IN (?*) ORDER BY c.subscriber_id, c.id"
        ),
        ids,
        |r| {
            let c = from_row(r)?;
            each(c.subscriber_id, c);
            Ok(())
        },
    )
}

pub fn get(tx: &Tx, number: &str) -> Result<Option<Contract>> {
    tx.query_row(
        &format!("SELECT {COLUMNS} {FROM} WHERE c.number = ?1"),
        &[&number],
        from_row,
    )
}

pub fn exists(tx: &Tx, number: &str) -> Result<bool> {
    tx.exists("SELECT 1 FROM contracts WHERE number = ?1", &[&number])
}

pub fn add(tx: &Tx, c: &Contract, at: &str) -> Result<()> {
    tx.execute(
        "INSERT INTO contracts (number, subscriber_id, signed_on, valid_to, closed_on, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
        &[&c.number, &c.subscriber_id, &c.signed_on, &c.valid_to, &c.closed_on, &at],
    )?;
    Ok(())
}

/// Writes the dates of an existing contract.
pub fn update_dates(tx: &Tx, c: &Contract, at: &str) -> Result<()> {
    tx.execute(
        "UPDATE contracts SET signed_on = ?2, valid_to = ?3, closed_on = ?4, updated_at = ?5
         WHERE number = ?1",
        &[&c.number, &c.signed_on, &c.valid_to, &c.closed_on, &at],
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
    let (from, to) = ending.unzip();
    let order = if ending.is_some() {
        "c.valid_to, c.id"
    } else {
        "c.id"
    };
    tx.query(
        &format!(
            "SELECT {COLUMNS} {FROM}
             WHERE (CAST(?1 AS BIGINT) IS NULL OR c.subscriber_id = ?1)
               AND (CAST(?2 AS TEXT) IS NULL OR (c.closed_on IS NULL AND c.valid_to BETWEEN ?2 AND ?3))
             ORDER BY {order}"
        ),
        &[&subscriber_id, &from, &to],
        from_row,
    )
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
    tx.query(
        &format!(
            "SELECT {COLUMNS}, s.display_name AS display_name,
                    m.name AS manager_name, m.email AS manager_email {FROM}
             LEFT JOIN managers m ON m.id = s.manager_id
             WHERE c.closed_on IS NULL AND c.valid_to BETWEEN ?1 AND ?2
               AND (?3 = 0 OR c.notified_valid_to IS NULL OR c.notified_valid_to <> c.valid_to)
             ORDER BY c.valid_to, c.id"
        ),
        &[&from, &to, &unsent],
        |r| {
            let manager = match r.get::<Option<String>>("manager_name")? {
                Some(name) => Some(ManagerRef {
                    name,
                    email: r.get("manager_email")?,
                }),
                None => None,
            };
            Ok(Ending {
                contract: from_row(r)?,
                display_name: r.get("display_name")?,
                manager,
            })
        },
    )
}

/// Records that the notice for the contract's current valid_to was sent.
pub fn mark_sent(tx: &Tx, number: &str) -> Result<()> {
    tx.execute(
        "UPDATE contracts SET notified_valid_to = valid_to WHERE number = ?1",
        &[&number],
    )?;
    Ok(())
}
