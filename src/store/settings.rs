//! The `settings` table: raw key/value pairs; the core owns their meaning.

use super::Tx;
use crate::error::Result;
use std::collections::HashMap;

pub fn all(tx: &Tx) -> Result<HashMap<String, String>> {
    let mut out = HashMap::new();
    tx.each("SELECT key, value FROM settings", &[], |r| {
        out.insert(r.get("key")?, r.get("value")?);
        Ok(())
    })?;
    Ok(out)
}

pub fn set(tx: &Tx, key: &str, value: &str) -> Result<()> {
    tx.execute(
        "INSERT INTO settings (key, value) VALUES (?1, ?2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        &[&key, &value],
    )?;
    Ok(())
}

pub fn unset(tx: &Tx, key: &str) -> Result<bool> {
    Ok(tx.execute("DELETE FROM settings WHERE key = ?1", &[&key])? > 0)
}
