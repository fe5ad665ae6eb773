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

/// The lookup statement for each set of keys (bit 0 = 1C id, 1 = INN+KPP,
/// 2 = INN, 3 = 1C code), with `?N` numbered in the order of the keys.
fn match_sql() -> &'static [String] {
    // `{0}`, `{1}` the key's parameters, `{t}` the table's alias.
    const WHERE: [&str; 4] = [
        "{t}onec_id = ?{0}",
        "{t}inn = ?{0} AND {t}kpp = ?{1} AND {t}archived = 0",
        "{t}inn = ?{0} AND {t}archived = 0",
        "{t}onec_code = ?{0}",
    ];
    const PARAMS: [usize; 4] = [1, 2, 1, 1];
    // Only the lookups the row has keys for: one statement per set of
    // keys (a list export has no 1C id), built once. A later key's lookup
    // joins a one-row guard that is empty when an earlier key finds a
    // card, so SQLite skips its index once the guard says so.
    static SQL: OnceLock<Vec<String>> = OnceLock::new();
    SQL.get_or_init(|| {
        (0..16usize)
            .map(|mask| {
                let mut first = [0usize; 4];
                let mut n = 1;
                for k in (0..4).filter(|k| mask & (1 << k) != 0) {
                    first[k] = n;
                    n += PARAMS[k];
                }
                let cond = |k: usize, t: &str| {
                    WHERE[k]
                        .replace("{t}", t)
                        .replace("{0}", &first[k].to_string())
                        .replace("{1}", &(first[k] + 1).to_string())
                };
                let present: Vec<usize> = (0..4).filter(|k| mask & (1 << k) != 0).collect();
                present
                    .iter()
                    .enumerate()
                    .map(|(i, &k)| {
                        let columns = format!(
                            "SELECT {k} AS key, s.id, s.archived, CASE WHEN length(s.import_fp) = 16 THEN s.import_fp END AS import_fp"
                        );
                        if i == 0 {
                            return format!("{columns} FROM subscribers AS s WHERE {}", cond(k, "s."));
                        }
                        let earlier: Vec<String> = present[..i]
                            .iter()
                            .map(|&j| format!("NOT EXISTS (SELECT 1 FROM subscribers WHERE {})", cond(j, "")))
                            .collect();
                        format!(
                            "{columns} FROM (SELECT 1 WHERE {}) AS guard CROSS JOIN subscribers AS s WHERE {}",
                            earlier.join(" AND "),
                            cond(k, "s.")
                        )
                    })
                    .collect::<Vec<_>>()
                    .join(" UNION ALL ")
            })
            .collect()
    })
}

/// Every card each key finds, in one statement: `(key, id)` with key
/// 0 = 1C id, 1 = INN+KPP, 2 = INN, 3 = 1C code, ordered by key, then
/// active cards first, then id. A key is looked up only when every key
/// before it found nothing (the import takes the first key's cards), so
/// a nightly re-import, whose rows mostly match by their first key, reads
/// one card per row rather than one per key.
pub fn match_candidates(tx: &Tx, keys: &MatchKeys) -> Result<Vec<Candidate>> {
    let sql = match_sql();
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
        conn.execute(
            "UPDATE subscribers SET import_fp = ?2 WHERE id = ?1",
            &[&3i64, &[7u8; 16]],
        )
        .unwrap();
        conn.execute("UPDATE subscribers SET onec_code = 'c1' WHERE id = 1", &[])
            .unwrap();
        let found = |keys: &MatchKeys| -> Vec<(u8, i64)> {
            match_candidates(conn, keys)
                .unwrap()
                .iter()
                .map(|c| (c.key, c.id))
                .collect()
        };
        // GUID: the active card before the archived one; the later keys
        // are not looked up once an earlier one finds a card.
        assert_eq!(found(&keys), vec![(0, 2), (0, 1)]);
        // INN+KPP and INN: active cards only.
        let no_guid = MatchKeys {
            onec_id: Some("nothing"),
            onec_code: Some("c1"),
            ..keys
        };
        assert_eq!(found(&no_guid), vec![(1, 3)]);
        let other_kpp = MatchKeys {
            inn_kpp: Some(("7707083893", "999999999")),
            ..no_guid
        };
        assert_eq!(found(&other_kpp), vec![(2, 2), (2, 3)]);
        // The 1C code, only when nothing before it found a card (card 1
        // is archived, so the INN's lookups pass it by).
        let by_code = MatchKeys {
            inn_kpp: Some(("500100732259", "999999999")),
            inn: Some("500100732259"),
            ..no_guid
        };
        assert_eq!(found(&by_code), vec![(3, 1)]);
        let code_alone = MatchKeys {
            onec_code: Some("c1"),
            ..MatchKeys::default()
        };
        assert_eq!(found(&code_alone), vec![(3, 1)]);
        let fp = |keys: &MatchKeys, id| {
            match_candidates(conn, keys)
                .unwrap()
                .into_iter()
                .find(|c| c.id == id)
                .and_then(|c| c.import_fp)
        };
        assert_eq!(fp(&no_guid, 3), Some([7u8; 16]));
        assert_eq!(fp(&other_kpp, 2), None);
        // A damaged or foreign value is no fingerprint: the row is
        // compared in full, and the import does not stop on it.
        conn.execute(
            "UPDATE subscribers SET import_fp = ?2 WHERE id = ?1",
            &[&2i64, &"not a hash"],
        )
        .unwrap();
        assert_eq!(fp(&other_kpp, 2), None);
        let none = MatchKeys::default();
        assert!(match_candidates(conn, &none).unwrap().is_empty());
    }

    #[test]
    fn every_lookup_searches_an_index() {
        // No lookup scans the table, and none runs through a temporary
        // B-tree: the import runs one per row.
        let db = crate::store::memory_db();
        let conn = &crate::store::Tx::new(&db);
        for (mask, sql) in match_sql().iter().enumerate().skip(1) {
            let n = (1..=5).filter(|i| sql.contains(&format!("?{i}"))).count();
            let params: Vec<&dyn crate::store::Param> = vec![&"x"; n];
            let plan: Vec<String> = conn
                .query(&format!("EXPLAIN QUERY PLAN {sql}"), &params, |r| {
                    r.get::<String>("detail")
                })
                .unwrap();
            let searches: Vec<&String> =
                plan.iter().filter(|d| d.contains("subscribers")).collect();
            assert!(!searches.is_empty(), "{mask}: {plan:?}");
            for d in searches {
                assert!(
                    d.starts_with("SEARCH") && d.contains("INDEX"),
                    "keys {mask:04b}: {d}"
                );
            }
            assert!(!plan.iter().any(|d| d.contains("TEMP B-TREE")), "{plan:?}");
        }
    }
}
