//! What the 1C import looks cards up by and remembers of them: the cards
//! a row's keys find (with the fingerprint of the row each was last
//! imported from), the fingerprint of a card found unchanged, and which
//! cards a run has seen (for `--archive-missing`).

use super::subscribers::ImportFp;
use super::Tx;
use crate::error::Result;

/// Stores the 1C row's fingerprint on a card the import compared and
/// found unchanged.
pub fn set_import_fp(tx: &Tx, id: i64, import_fp: &ImportFp) -> Result<()> {
    tx.execute_later(
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

/// The lookup statement of each key (0 = 1C id, 1 = INN+KPP, 2 = INN,
/// 3 = 1C code).
const MATCH_SQL: [&str; 4] = [
    "SELECT s.id, s.archived, CASE WHEN length(s.import_fp) = 16 THEN s.import_fp END AS import_fp
     FROM subscribers AS s WHERE s.onec_id = ?1",
    "SELECT s.id, s.archived, CASE WHEN length(s.import_fp) = 16 THEN s.import_fp END AS import_fp
     FROM subscribers AS s WHERE s.inn = ?1 AND s.kpp = ?2 AND s.archived = 0",
    "SELECT s.id, s.archived, CASE WHEN length(s.import_fp) = 16 THEN s.import_fp END AS import_fp
     FROM subscribers AS s WHERE s.inn = ?1 AND s.archived = 0",
    "SELECT s.id, s.archived, CASE WHEN length(s.import_fp) = 16 THEN s.import_fp END AS import_fp
     FROM subscribers AS s WHERE s.onec_code = ?1",
];

/// The cards the first key that finds any finds: `(key, id)` with key
/// 0 = 1C id, 1 = INN+KPP, 2 = INN, 3 = 1C code, active cards first, then
/// by id. A key is looked up only when every key before it found nothing
/// (the import takes the first key's cards), one short statement each: a
/// nightly re-import's row, found by its first key, costs one index
/// search. (One statement of guarded lookups searched the earlier keys'
/// indexes again in each guard: 18,800 instructions a row against 11,900,
/// callgrind on a 20,000-row re-import.)
pub fn match_candidates(tx: &Tx, keys: &MatchKeys) -> Result<Vec<Candidate>> {
    let (inn, kpp) = keys.inn_kpp.unzip();
    // On the stack: this runs once per imported row, on the writing thread.
    let by_id = keys.onec_id.as_ref().map(|v| [v as &dyn super::Param]);
    let by_inn_kpp = inn
        .as_ref()
        .zip(kpp.as_ref())
        .map(|(i, k)| [i as &dyn super::Param, k]);
    let by_inn = keys.inn.as_ref().map(|v| [v as &dyn super::Param]);
    let by_code = keys.onec_code.as_ref().map(|v| [v as &dyn super::Param]);
    let lookups: [Option<&[&dyn super::Param]>; 4] = [
        by_id.as_ref().map(|p| &p[..]),
        by_inn_kpp.as_ref().map(|p| &p[..]),
        by_inn.as_ref().map(|p| &p[..]),
        by_code.as_ref().map(|p| &p[..]),
    ];
    for (key, params) in lookups.into_iter().enumerate() {
        let Some(params) = params else { continue };
        let mut found = tx.query(MATCH_SQL[key], params, |r| {
            Ok((
                r.get::<bool>("archived")?,
                r.get::<i64>("id")?,
                r.get::<Option<ImportFp>>("import_fp")?,
            ))
        })?;
        if found.is_empty() {
            continue;
        }
        // Sorted here: a handful of rows, and no temporary B-tree per lookup.
        found.sort_unstable();
        return Ok(found
            .into_iter()
            .map(|(_, id, import_fp)| Candidate {
                key: key as u8,
                id,
                import_fp,
            })
            .collect());
    }
    Ok(Vec::new())
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
    // SQLite's integer key is the row's own id; PostgreSQL's INTEGER is
    // 32 bits.
    tx.execute_batch(match tx.backend() {
        super::Backend::Sqlite => {
            "CREATE TEMP TABLE IF NOT EXISTS import_seen (id INTEGER PRIMARY KEY);
             DELETE FROM import_seen;"
        }
        super::Backend::Postgres => {
            "CREATE TEMP TABLE IF NOT EXISTS import_seen (id BIGINT PRIMARY KEY);
             DELETE FROM import_seen;"
        }
    })?;
    Ok(())
}

pub fn seen_add(tx: &Tx, id: i64) -> Result<()> {
    tx.execute_later(
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
        for (key, sql) in MATCH_SQL.iter().enumerate() {
            let n = (1..=2).filter(|i| sql.contains(&format!("?{i}"))).count();
            let params: Vec<&dyn crate::store::Param> = vec![&"x"; n];
            let plan: Vec<String> = conn
                .query(&format!("EXPLAIN QUERY PLAN {sql}"), &params, |r| {
                    r.get::<String>("detail")
                })
                .unwrap();
            let searches: Vec<&String> =
                plan.iter().filter(|d| d.contains("subscribers")).collect();
            assert!(!searches.is_empty(), "{key}: {plan:?}");
            for d in searches {
                assert!(
                    d.starts_with("SEARCH") && d.contains("INDEX"),
                    "key {key}: {d}"
                );
            }
            assert!(!plan.iter().any(|d| d.contains("TEMP B-TREE")), "{plan:?}");
        }
    }
}
