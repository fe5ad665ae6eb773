//! The `settings` table: raw key/value pairs; the core owns their meaning.

use super::Tx;
use crate::error::Result;
use rusqlite::params;
use std::collections::HashMap;

pub fn all(tx: &Tx) -> Result<HashMap<String, String>> {
    let conn = tx.conn();
    let mut stmt = conn.prepare("SELECT key, value FROM settings")?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn set(tx: &Tx, key: &str, value: &str) -> Result<()> {
    let conn = tx.conn();
    conn.execute(
        "INSERT INTO settings (key, value) VALUES (?1, ?2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        params![key, value],
    )?;
    Ok(())
}

pub fn unset(tx: &Tx, key: &str) -> Result<bool> {
    let conn = tx.conn();
    Ok(conn.execute("DELETE FROM settings WHERE key = ?1", [key])? > 0)
}
