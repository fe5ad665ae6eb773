//! What the 1C import looks cards up by and remembers of them: the cards
//! a row's keys find (with the fingerprint of the row each was last
//! imported from), the fingerprint of a card found unchanged, and which
//! cards a run has seen (for `--archive-missing`).

use super::subscribers::ImportFp;
use super::Tx;
use crate::error::Result;
use std::collections::{HashMap, HashSet};

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
    /// INN and KPP together: active cards, and tombstones (cards whose
    /// personal data was destroyed).
    pub inn_kpp: Option<(&'a str, &'a str)>,
    /// The INN alone: active cards and tombstones.
    pub inn: Option<&'a str>,
    pub onec_code: Option<&'a str>,
}

/// The lookup statement of each key (0 = 1C id, 1 = INN+KPP, 2 = INN,
/// 3 = 1C code).
const MATCH_SQL: [&str; 4] = [
    "SELECT s.id, s.archived, CASE WHEN length(s.import_fp) = 16 THEN s.import_fp END AS import_fp
     FROM subscribers AS s WHERE s.onec_id = ?1",
    "SELECT s.id, s.archived, CASE WHEN length(s.import_fp) = 16 THEN s.import_fp END AS import_fp
     FROM subscribers AS s WHERE s.inn = ?1 AND s.kpp = ?2 AND (s.archived = 0 OR s.forgotten_on IS NOT NULL)",
    "SELECT s.id, s.archived, CASE WHEN length(s.import_fp) = 16 THEN s.import_fp END AS import_fp
     FROM subscribers AS s WHERE s.inn = ?1 AND (s.archived = 0 OR s.forgotten_on IS NOT NULL)",
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
            .map(|(archived, id, import_fp)| Candidate {
                key: key as u8,
                id,
                import_fp,
                archived,
            })
            .collect());
    }
    Ok(Vec::new())
}

/// Rows looked up together: each key's values of a chunk of rows in one
/// statement per key (1C id, INN, 1C code) instead of one per row and key,
/// which on PostgreSQL is a round trip each. What the chunk's own writes
/// change is told by [`Prefetched::touched`]; a row with a key they may have
/// changed is looked up on its own again.
#[derive(Debug, Default)]
pub struct Prefetched {
    /// Per key (0 = 1C id, 2 = INN, 3 = 1C code): each value asked, with
    /// the cards it found (for the INN: active cards and tombstones, with
    /// their KPP).
    found: [HashMap<String, Cards>; 4],
    /// Values of each key that a write in the chunk may have moved.
    touched: [HashSet<String>; 4],
}

/// A card as a lookup returns it: sorted active first, then by id.
type Found = (bool, i64, Option<ImportFp>);

/// The cards a value found, each with its KPP.
type Cards = Vec<(Option<String>, Found)>;

/// The chunked lookup of each key: 0 = 1C id, 2 = INN (active cards
/// only), 3 = 1C code. The key's column comes back as `k`, the KPP as `kpp`.
/// Each says `IS NOT NULL`, the condition of the key's partial index
/// (without it PostgreSQL searched the whole table each time: 10 ms a
/// chunk on 20,000 cards, growing with them).
const PREFETCH_SQL: [(usize, &str); 3] = [
    (0, "SELECT s.id, s.archived, CASE WHEN length(s.import_fp) = 16 THEN s.import_fp END AS import_fp,
            s.onec_id AS k, s.kpp FROM subscribers AS s WHERE s.onec_id IS NOT NULL AND s.onec_id IN (?*)"),
    (2, "SELECT s.id, s.archived, CASE WHEN length(s.import_fp) = 16 THEN s.import_fp END AS import_fp,
            s.inn AS k, s.kpp FROM subscribers AS s WHERE (s.archived = 0 OR s.forgotten_on IS NOT NULL)
            AND s.inn IS NOT NULL AND s.inn IN (?*)"),
    (3, "SELECT s.id, s.archived, CASE WHEN length(s.import_fp) = 16 THEN s.import_fp END AS import_fp,
            s.onec_code AS k, s.kpp FROM subscribers AS s WHERE s.onec_code IS NOT NULL AND s.onec_code IN (?*)"),
];

impl Prefetched {
    /// Looks up every value of `onec_ids`, `inns` and `codes`: one
    /// statement per key that has any ([`Tx::each_in`]).
    pub fn fetch(tx: &Tx, onec_ids: &[&str], inns: &[&str], codes: &[&str]) -> Result<Prefetched> {
        let mut out = Prefetched::default();
        for ((key, head), values) in PREFETCH_SQL.iter().zip([onec_ids, inns, codes]) {
            let map = &mut out.found[*key];
            for v in values {
                map.entry(v.to_string()).or_default();
            }
            tx.each_in(head, values, |r| {
                let k: String = r.get("k")?;
                let card = (r.get("archived")?, r.get("id")?, r.get("import_fp")?);
                if let Some(cards) = map.get_mut(&k) {
                    cards.push((r.get("kpp")?, card));
                }
                Ok(())
            })?;
            for cards in map.values_mut() {
                cards.sort_unstable_by_key(|(_, c)| (c.0, c.1));
            }
        }
        Ok(out)
    }

    /// A card the chunk writes, with its key values before and after: rows
    /// after it that share one are looked up on their own.
    pub fn touched(&mut self, onec_id: Option<&str>, inn: Option<&str>, code: Option<&str>) {
        for (key, v) in [(0, onec_id), (2, inn), (3, code)] {
            if let Some(v) = v {
                self.touched[key].insert(v.to_string());
            }
        }
    }

    /// What [`match_candidates`] would return for `keys`, when every key it
    /// may look up was fetched and no write since has touched it.
    pub fn candidates(&self, keys: &MatchKeys) -> Option<Vec<Candidate>> {
        let ask = |key: usize, v: &str| -> Option<&Cards> {
            if self.touched[key].contains(v) {
                return None;
            }
            self.found[key].get(v)
        };
        let pick = |key: u8, cards: Vec<&Found>| -> Vec<Candidate> {
            cards
                .into_iter()
                .map(|&(archived, id, import_fp)| Candidate {
                    key,
                    id,
                    import_fp,
                    archived,
                })
                .collect()
        };
        if let Some(id) = keys.onec_id {
            let cards = ask(0, id)?;
            if !cards.is_empty() {
                return Some(pick(0, cards.iter().map(|(_, c)| c).collect()));
            }
        }
        let inn_of = |inn: &str| ask(2, inn);
        if let Some((inn, kpp)) = keys.inn_kpp {
            let cards: Vec<&Found> = inn_of(inn)?
                .iter()
                .filter(|(k, _)| k.as_deref() == Some(kpp))
                .map(|(_, c)| c)
                .collect();
            if !cards.is_empty() {
                return Some(pick(1, cards));
            }
        }
        if let Some(inn) = keys.inn {
            let cards = inn_of(inn)?;
            if !cards.is_empty() {
                return Some(pick(2, cards.iter().map(|(_, c)| c).collect()));
            }
        }
        if let Some(code) = keys.onec_code {
            let cards = ask(3, code)?;
            return Some(pick(3, cards.iter().map(|(_, c)| c).collect()));
        }
        Some(Vec::new())
    }
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
    /// Archived: by INN, only a card whose personal data was destroyed
    /// (a tombstone the import must find, so it never writes the data
    /// again); any other INN match is an active card.
    pub archived: bool,
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

        // Looked up together, the same answers, for every key asked.
        let all = [&keys, &no_guid, &other_kpp, &by_code, &code_alone, &none];
        let ids: Vec<&str> = all.iter().filter_map(|k| k.onec_id).collect();
        let inns: Vec<&str> = all.iter().filter_map(|k| k.inn_kpp.map(|p| p.0)).collect();
        let codes: Vec<&str> = all.iter().filter_map(|k| k.onec_code).collect();
        let mut pre = Prefetched::fetch(conn, &ids, &inns, &codes).unwrap();
        for k in all {
            assert_eq!(
                pre.candidates(k),
                Some(match_candidates(conn, k).unwrap()),
                "{k:?}"
            );
        }
        // A value not asked, or one a write has touched, is looked up alone.
        let unasked = MatchKeys {
            onec_code: Some("c2"),
            ..MatchKeys::default()
        };
        assert_eq!(pre.candidates(&unasked), None);
        pre.touched(None, Some("7707083893"), None);
        assert_eq!(
            pre.candidates(&keys).map(|c| c.len()),
            Some(2),
            "the GUID decides"
        );
        assert_eq!(pre.candidates(&other_kpp), None);
        assert_eq!(pre.candidates(&code_alone).map(|c| c.len()), Some(1));
    }

    #[test]
    fn many_values_are_looked_up_in_parts() {
        let db = crate::store::memory_db();
        let conn = &crate::store::Tx::new(&db);
        for id in 1..=600i64 {
            conn.execute(
                "INSERT INTO subscribers (id, uid, type, category, display_name, onec_code,
                                          archived, created_at, updated_at)
                 VALUES (?1, ?1, 'legal', 'subscriber', 'x', 'c' || ?1, 0, 't', 't')",
                &[&id],
            )
            .unwrap();
        }
        let codes: Vec<String> = (1..=700).map(|i| format!("c{i}")).collect();
        let asked: Vec<&str> = codes.iter().map(String::as_str).collect();
        let pre = Prefetched::fetch(conn, &[], &[], &asked).unwrap();
        for (i, code) in asked.iter().enumerate() {
            let keys = MatchKeys {
                onec_code: Some(code),
                ..MatchKeys::default()
            };
            let found: Vec<i64> = pre
                .candidates(&keys)
                .unwrap()
                .iter()
                .map(|c| c.id)
                .collect();
            let want: Vec<i64> = if i < 600 { vec![i as i64 + 1] } else { vec![] };
            assert_eq!(found, want, "{code}");
        }
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
        for (key, head) in PREFETCH_SQL {
            let sql = format!("EXPLAIN QUERY PLAN {}", head.replace("(?*)", "(?1, ?2)"));
            let plan: Vec<String> = conn
                .query(&sql, &[&"x", &"y"], |r| r.get::<String>("detail"))
                .unwrap();
            assert!(
                plan.iter()
                    .all(|d| d.starts_with("SEARCH") && d.contains("INDEX")),
                "key {key}: {plan:?}"
            );
        }
    }
}
