//! The `counters` table: named sequences for login and contract numbers.

use crate::error::Result;
use rusqlite::Connection;

/// Draws the next value of `name` (the first is 1). Call inside a write
/// transaction: the IMMEDIATE lock makes the draw exclusive.
pub fn next(conn: &Connection, name: &str) -> Result<u64> {
    let v: i64 = conn
        .prepare_cached(
            "INSERT INTO counters (name, value) VALUES (?1, 1)
             ON CONFLICT (name) DO UPDATE SET value = value + 1
             RETURNING value",
        )?
        .query_row([name], |r| r.get(0))?;
    Ok(v as u64)
}
