//! What the 1C import looks cards up by and remembers of them: the cards
//! a row's keys find (with the fingerprint of the row each was last
//! imported from), the fingerprint of a card found unchanged, and which
//! cards a run has seen (for `--archive-missing`).

use super::subscribers::ImportFp;
use super::Tx;
use crate::error::Result;
use std::sync::OnceLock;

/// Stores the 1C row's fingerprint on a card the import compared and
/// found unchanged.
pub fn set_import_fp(tx: &Tx, id: i64, import_fp: &ImportFp) -> Result<()> {
    tx.execute(
        "UPDATE subscribers SET import_fp = ?2 WHERE id = ?1",
        &[&id, import_fp],
    )?;
    Ok(())
}

/// The keys an imported row is matched by, in the import's order; `None`
/// skips a lookup.
#[derive(Debug, Default)]
pub struct MatchKeys<'a> {
    pub onec_id: Option<&'a str>,
    /// INN and KPP together: active cards only.
    pub inn_kpp: Option<(&'a str, &'a str)>,
    /// The INN alone: active cards only.
    pub inn: Option<&'a str>,
    pub onec_code: Option<&'a str>,
}

/// Every card each key finds, in one statement: `(key, id)` with key
/// 0 = 1C id, 1 = INN+KPP, 2 = INN, 3 = 1C code, ordered by key, then
/// active cards first, then id.
pub fn match_candidates(tx: &Tx, keys: &MatchKeys) -> Result<Vec<Candidate>> {
    const PARTS: [&str; 4] = [
        "SELECT 0 AS key, id, archived, CASE WHEN length(import_fp) = 16 THEN import_fp END AS import_fp FROM subscribers WHERE onec_id = ?",
        "SELECT 1 AS key, id, archived, CASE WHEN length(import_fp) = 16 THEN import_fp END AS import_fp FROM subscribers WHERE inn = ? AND kpp = ? AND archived = 0",
        "SELECT 2 AS key, id, archived, CASE WHEN length(import_fp) = 16 THEN import_fp END AS import_fp FROM subscribers WHERE inn = ? AND archived = 0",
        "SELECT 3 AS key, id, archived, CASE WHEN length(import_fp) = 16 THEN import_fp END AS import_fp FROM subscribers WHERE onec_code = ?",
    ];
    // Only the lookups the row has keys for: one statement per set of
    // keys (a list export has no 1C id), built once.
    static SQL: OnceLock<Vec<String>> = OnceLock::new();
    let sql = SQL.get_or_init(|| {
        (0..16usize)
            .map(|mask| {
                let parts: Vec<&str> = (0..4)
                    .filter(|i| mask & (1 << i) != 0)
                    .map(|i| PARTS[i])
                    .collect();
                // `?N` placeholders, numbered in the order of the keys.
                let mut n = 0;
                parts
                    .join(" UNION ALL ")
                    .split('?')
                    .enumerate()
                    .map(|(i, piece)| {
                        if i == 0 {
                            piece.to_string()
                        } else {
                            n += 1;
                            format!("?{n}{piece}")
                        }
                    })
                    .collect::<String>()
            })
            .collect()
    });
    let (inn, kpp) = keys.inn_kpp.unzip();
    let mut mask = 0;
    let mut params: Vec<&dyn super::Param> = Vec::with_capacity(5);
    if let Some(v) = &keys.onec_id {
        mask |= 1;
        params.push(v);
    }
    if let (Some(i), Some(k)) = (&inn, &kpp) {
        mask |= 2;
        params.push(i);
        params.push(k);
    }
    if let Some(v) = &keys.inn {
        mask |= 4;
        params.push(v);
    }
    if let Some(v) = &keys.onec_code {
        mask |= 8;
        params.push(v);
    }
    if mask == 0 {
        return Ok(Vec::new());
    }
    let mut found = tx.query(&sql[mask], &params, |r| {
        Ok((
            r.get::<i64>("key")? as u8,
            r.get::<bool>("archived")?,
            r.get::<i64>("id")?,
            r.get::<Option<ImportFp>>("import_fp")?,
        ))
    })?;
    // Sorted here: a handful of rows, and no temporary B-tree per lookup.
    found.sort_unstable();
    Ok(found
        .into_iter()
        .map(|(key, _, id, import_fp)| Candidate { key, id, import_fp })
        .collect())
}

/// A card a match key found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Candidate {
    /// 0 = 1C id, 1 = INN+KPP, 2 = INN, 3 = 1C code.
    pub key: u8,
    pub id: i64,
    /// The fingerprint of the row the import last wrote it from, unless
    /// something else has written the card since.
    pub import_fp: Option<ImportFp>,
}

/// Starts remembering which cards an import touched (a temporary table,
/// so a million ids cost no process memory).
pub fn seen_begin(tx: &Tx) -> Result<()> {
    tx.conn().execute_batch(
        "CREATE TEMP TABLE IF NOT EXISTS import_seen (id INTEGER PRIMARY KEY);
         DELETE FROM import_seen;",
    )?;
    Ok(())
}

pub fn seen_add(tx: &Tx, id: i64) -> Result<()> {
    tx.execute(
        "INSERT INTO import_seen (id) VALUES (?1) ON CONFLICT DO NOTHING",
        &[&id],
    )?;
    Ok(())
}

/// Active cards that came from 1C and that the import did not touch.
pub fn unseen_onec_cards(tx: &Tx) -> Result<Vec<i64>> {
    tx.query(
        "SELECT id FROM subscribers
         WHERE onec_id IS NOT NULL AND archived = 0 AND id NOT IN (SELECT id FROM import_seen)
         ORDER BY id",
        &[],
        |r| r.get("id"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn match_candidates_by_key_then_active_first() {
        let db = crate::store::memory_db();
        let conn = &crate::store::Tx::new(&db);
        let add = |id: i64, onec_id: &str, inn: &str, kpp: Option<&str>, archived: bool| {
            conn.execute(
                "INSERT INTO subscribers (id, uid, type, category, display_name, onec_id, inn, kpp,
                                          archived, created_at, updated_at)
                 VALUES (?1, ?1, 'legal', 'subscriber', 'x', ?2, ?3, ?4, ?5, 't', 't')",
                &[&id, &onec_id, &inn, &kpp, &archived],
            )
            .unwrap();
        };
        add(1, "g", "7707083893", Some("773601001"), true);
        add(2, "g", "7707083893", Some("540602001"), false);
        add(3, "h", "7707083893", Some("773601001"), false);
        let keys = MatchKeys {
            onec_id: Some("g"),
            inn_kpp: Some(("7707083893", "773601001")),
            inn: Some("7707083893"),
            onec_code: None,
        };
        // GUID: the active card before the archived one; INN+KPP and INN:
        // active cards only.
        conn.execute(
            "UPDATE subscribers SET import_fp = ?2 WHERE id = ?1",
            &[&3i64, &[7u8; 16]],
        )
        .unwrap();
        let found: Vec<(u8, i64)> = match_candidates(conn, &keys)
            .unwrap()
            .iter()
            .map(|c| (c.key, c.id))
            .collect();
        assert_eq!(found, vec![(0, 2), (0, 1), (1, 3), (2, 2), (2, 3)]);
        let fp = |id| {
            match_candidates(conn, &keys)
                .unwrap()
                .into_iter()
                .find(|c| c.id == id)
                .and_then(|c| c.import_fp)
        };
        assert_eq!(fp(3), Some([7u8; 16]));
        assert_eq!(fp(2), None);
        // A damaged or foreign value is no fingerprint: the row is
        // compared in full, and the import does not stop on it.
        conn.execute(
            "UPDATE subscribers SET import_fp = ?2 WHERE id = ?1",
            &[&2i64, &"not a hash"],
        )
        .unwrap();
        assert_eq!(fp(2), None);
        let none = MatchKeys::default();
        assert!(match_candidates(conn, &none).unwrap().is_empty());
    }
}
