//! The `counters` table: named sequences for login and contract numbers.

use super::Tx;
use crate::error::{Error, Result};

/// Draws the next value of `name` (the first is 1). Call inside a write
/// transaction: the IMMEDIATE lock makes the draw exclusive.
pub fn next(tx: &Tx, name: &str) -> Result<u64> {
    let v: i64 = tx
        .value(
            "INSERT INTO counters (name, value) VALUES (?1, 1)
             ON CONFLICT (name) DO UPDATE SET value = counters.value + 1
             RETURNING value",
            &[&name],
        )?
        .ok_or_else(|| Error::internal("database", crate::t!("store-counter-no-value")))?;
    Ok(v as u64)
}

/// A counter drawn many times in one write transaction (an import batch):
/// read once, counted on in memory, and written back by [`Draws::save`],
/// which the caller runs before the transaction commits. The transaction's
/// lock keeps every other writer from drawing meanwhile.
#[derive(Debug)]
pub struct Draws {
    name: &'static str,
    last: Option<u64>,
}

impl Draws {
    pub fn new(name: &'static str) -> Draws {
        Draws { name, last: None }
    }

    /// The next value of the counter (the first is 1).
    pub fn next(&mut self, tx: &Tx) -> Result<u64> {
        let last = match self.last {
            Some(v) => v,
            None => tx
                .value::<i64>("SELECT value FROM counters WHERE name = ?1", &[&self.name])?
                .unwrap_or(0) as u64,
        };
        self.last = Some(last + 1);
        Ok(last + 1)
    }

    /// Writes the last value drawn, and forgets it: the next transaction
    /// reads the counter again (other writers may draw in between).
    pub fn save(&mut self, tx: &Tx) -> Result<()> {
        if let Some(v) = self.last.take() {
            tx.execute(
                "INSERT INTO counters (name, value) VALUES (?1, ?2)
                 ON CONFLICT (name) DO UPDATE SET value = excluded.value",
                &[&self.name, &(v as i64)],
            )?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn draws_continue_the_counter_and_save_it() {
        let db = crate::store::memory_db();
        let conn = &crate::store::Tx::new(&db);
        assert_eq!(next(conn, "login").unwrap(), 1);
        let mut d = Draws::new("login");
        assert_eq!(d.next(conn).unwrap(), 2);
        assert_eq!(d.next(conn).unwrap(), 3);
        d.save(conn).unwrap();
        assert_eq!(next(conn, "login").unwrap(), 4);
        // After a save the counter is read again.
        assert_eq!(d.next(conn).unwrap(), 5);
        d.save(conn).unwrap();
        let mut fresh = Draws::new("contract");
        assert_eq!(fresh.next(conn).unwrap(), 1);
        fresh.save(conn).unwrap();
        assert_eq!(next(conn, "contract").unwrap(), 2);
    }
}
