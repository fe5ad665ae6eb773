//! `db check`: what the registry holds (counts, counters, interrupted
//! imports) and whether its tables agree with each other the way every
//! write keeps them: SQLite's own integrity and foreign-key checks, one
//! search row per card, one creation entry in the history per card,
//! unique logins, active INN+KPP and contract numbers, Argon2id hashes.
//! Each rule is one indexed query; a million cards take seconds, most of
//! it SQLite's integrity check. The checks are SQLite's own (its pragmas,
//! the FTS5 table), so this file is one a second backend replaces.

use super::Tx;
use crate::error::Result;
use crate::t;

/// How many things the registry holds.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counts {
    pub cards: i64,
    pub active: i64,
    pub archived: i64,
    /// Cards with a password hash.
    pub passwords: i64,
    pub history: i64,
    pub search_rows: i64,
    pub contacts: i64,
    pub employees: i64,
    pub contracts: i64,
}

/// An interrupted batched import, as `import_runs` records it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportRun {
    pub file: String,
    pub started_at: String,
    pub updated_at: String,
    /// The reader's items its committed batches covered.
    pub rows_done: i64,
}

/// One agreement rule: its name and, when the tables disagree, one line
/// per disagreement naming what disagrees (empty: it holds).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rule {
    pub name: &'static str,
    pub disagreements: Vec<String>,
}

impl Report {
    /// How many counts (and counters) the report's rows begin with.
    pub fn counts_len(&self) -> usize {
        9 + self.counters.len()
    }
}

impl Rule {
    pub fn holds(&self) -> bool {
        self.disagreements.is_empty()
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    pub counts: Counts,
    /// The named counters (`login`, `contract`) and their last drawn value.
    pub counters: Vec<(String, i64)>,
    pub import_runs: Vec<ImportRun>,
    pub rules: Vec<Rule>,
}

/// SQLite's integrity check stops after this many problems.
const INTEGRITY_LIMIT: i64 = 20;
/// A rule names at most this many ids of the rows that break it.
const EXAMPLES: i64 = 5;

/// Counts and checks everything; run it inside one read transaction so
/// the counts are of one committed state.
pub fn check(tx: &Tx) -> Result<Report> {
    let conn = tx;
    let count = |sql: &str| -> Result<i64> { Ok(conn.value(sql, &[])?.unwrap_or(0)) };
    let counts = Counts {
        cards: count("SELECT count(*) AS value FROM subscribers")?,
        active: count("SELECT count(*) AS value FROM subscribers WHERE archived = 0")?,
        archived: count("SELECT count(*) AS value FROM subscribers WHERE archived <> 0")?,
        passwords: count(
            "SELECT count(*) AS value FROM subscribers WHERE password_hash IS NOT NULL",
        )?,
        history: count("SELECT count(*) AS value FROM history")?,
        search_rows: count("SELECT count(*) AS value FROM subscriber_search")?,
        contacts: count("SELECT count(*) AS value FROM contacts")?,
        employees: count("SELECT count(*) AS value FROM employees")?,
        contracts: count("SELECT count(*) AS value FROM contracts")?,
    };
    let counters = conn.query("SELECT name, value FROM counters ORDER BY name", &[], |r| {
        Ok((r.get("name")?, r.get("value")?))
    })?;
    let import_runs = conn.query(
        "SELECT file, started_at, updated_at, rows_done FROM import_runs ORDER BY started_at, key",
        &[],
        |r| {
            Ok(ImportRun {
                file: r.get("file")?,
                started_at: r.get("started_at")?,
                updated_at: r.get("updated_at")?,
                rows_done: r.get("rows_done")?,
            })
        },
    )?;
    let rules = vec![
        integrity(conn)?,
        foreign_keys(conn)?,
        search_rows(conn)?,
        creation_history(conn)?,
        history_cards(conn)?,
        unique(
            conn,
            "logins_unique",
            "login",
            "SELECT login AS value, count(*) AS n FROM subscribers WHERE login IS NOT NULL
             GROUP BY login HAVING count(*) > 1 ORDER BY login",
        )?,
        unique(
            conn,
            "active_inn_kpp_unique",
            "inn_kpp",
            "SELECT inn || coalesce('/' || min(kpp), '') AS value, count(*) AS n FROM subscribers
             WHERE archived = 0 AND inn IS NOT NULL
             GROUP BY inn, coalesce(kpp, '') HAVING count(*) > 1 ORDER BY inn",
        )?,
        unique(
            conn,
            "contract_numbers_unique",
            "contract",
            "SELECT number AS value, count(*) AS n FROM contracts
             GROUP BY number HAVING count(*) > 1 ORDER BY number",
        )?,
        password_hashes(conn)?,
    ];
    Ok(Report {
        counts,
        counters,
        import_runs,
        rules,
    })
}

/// The count `count_sql` gives and the ids `ids_sql` (which selects one id
/// column, at most [`EXAMPLES`] rows) returns, as `1, 2, …`; `None` when
/// the count is 0.
fn ids(conn: &Tx, count_sql: &str, ids_sql: &str) -> Result<Option<(i64, String)>> {
    let n: i64 = conn.value(count_sql, &[])?.unwrap_or(0);
    if n == 0 {
        return Ok(None);
    }
    let ids: Vec<String> = conn.query(ids_sql, &[&EXAMPLES], |r| {
        Ok(r.get::<i64>("id")?.to_string())
    })?;
    let more = if n > ids.len() as i64 { ", …" } else { "" };
    Ok(Some((n, format!("{}{more}", ids.join(", ")))))
}

/// `PRAGMA integrity_check`: the file's pages, B-trees and every index
/// agree with their tables.
/// PostgreSQL keeps its own pages and indexes: the rule holds there.
fn integrity(tx: &Tx) -> Result<Rule> {
    let found: Vec<String> = match tx.sqlite() {
        Some(conn) => {
            let mut stmt = conn.prepare(&format!("PRAGMA integrity_check({INTEGRITY_LIMIT})"))?;
            let rows = stmt.query_map([], |r| r.get(0))?;
            rows.collect::<rusqlite::Result<_>>()?
        }
        None => Vec::new(),
    };
    let disagreements = found
        .into_iter()
        .filter(|m| m != "ok")
        .map(|m| t!("store-check-integrity", problem = m).into_string())
        .collect();
    Ok(Rule {
        name: "integrity",
        disagreements,
    })
}

/// `PRAGMA foreign_key_check`: no contact, address, membership, extra
/// value, employee or contract of a card that is gone, no card of a
/// manager who is gone. PostgreSQL enforces its foreign keys on every
/// write (SQLite only where `foreign_keys` is on): the rule holds there.
fn foreign_keys(tx: &Tx) -> Result<Rule> {
    let rows: Vec<(String, Option<i64>, String)> = match tx.sqlite() {
        Some(conn) => {
            let mut stmt = conn.prepare("PRAGMA foreign_key_check")?;
            let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
            rows.collect::<rusqlite::Result<_>>()?
        }
        None => Vec::new(),
    };
    let mut by_pair: Vec<(String, String, Vec<Option<i64>>)> = Vec::new();
    for (table, rowid, parent) in rows {
        match by_pair
            .iter_mut()
            .find(|(t, p, _)| *t == table && *p == parent)
        {
            Some((_, _, ids)) => ids.push(rowid),
            None => by_pair.push((table, parent, vec![rowid])),
        }
    }
    let disagreements = by_pair
        .into_iter()
        .map(|(table, parent, ids)| {
            let shown: Vec<String> = ids
                .iter()
                .take(EXAMPLES as usize)
                .map(|i| i.map_or("?".into(), |i| i.to_string()))
                .collect();
            let more = if ids.len() > shown.len() { ", …" } else { "" };
            t!(
                "store-check-foreign-key",
                n = ids.len(),
                table = table,
                parent = parent,
                ids = format!("{}{more}", shown.join(", "))
            )
            .into_string()
        })
        .collect();
    Ok(Rule {
        name: "foreign_keys",
        disagreements,
    })
}

/// Every card has its search row (rowid = the card's id) and every search
/// row a card. A search row per rowid is FTS5's own rule.
fn search_rows(conn: &Tx) -> Result<Rule> {
    let missing = ids(
        conn,
        "SELECT count(*) AS value FROM subscribers s
         WHERE NOT EXISTS (SELECT 1 FROM subscriber_search f WHERE f.rowid = s.id)",
        "SELECT id FROM subscribers s
         WHERE NOT EXISTS (SELECT 1 FROM subscriber_search f WHERE f.rowid = s.id)
         ORDER BY id LIMIT ?1",
    )?
    .map(|(n, ids)| t!("store-check-no-search-row", n = n, ids = ids).into_string());
    let stray = ids(
        conn,
        "SELECT count(*) AS value FROM subscriber_search f
         WHERE NOT EXISTS (SELECT 1 FROM subscribers s WHERE s.id = f.rowid)",
        "SELECT rowid AS id FROM subscriber_search f
         WHERE NOT EXISTS (SELECT 1 FROM subscribers s WHERE s.id = f.rowid)
         ORDER BY rowid LIMIT ?1",
    )?
    .map(|(n, ids)| t!("store-check-stray-search-row", n = n, ids = ids).into_string());
    Ok(Rule {
        name: "search_rows",
        disagreements: missing.into_iter().chain(stray).collect(),
    })
}

/// Every card has exactly one creation entry in the history (`create` by
/// `subscriber add`, `import.create` by the import), written with it.
fn creation_history(conn: &Tx) -> Result<Rule> {
    let creations = format!(
        "SELECT count(*) AS value FROM history h
         WHERE h.subscriber_id = s.id AND h.action IN {}",
        super::history::CREATIONS
    );
    let creations = creations.as_str();
    let none = ids(
        conn,
        &format!("SELECT count(*) AS value FROM subscribers s WHERE ({creations}) = 0"),
        &format!("SELECT id FROM subscribers s WHERE ({creations}) = 0 ORDER BY id LIMIT ?1"),
    )?
    .map(|(n, ids)| t!("store-check-no-creation", n = n, ids = ids).into_string());
    let several = ids(
        conn,
        &format!("SELECT count(*) AS value FROM subscribers s WHERE ({creations}) > 1"),
        &format!("SELECT id FROM subscribers s WHERE ({creations}) > 1 ORDER BY id LIMIT ?1"),
    )?
    .map(|(n, ids)| t!("store-check-several-creations", n = n, ids = ids).into_string());
    Ok(Rule {
        name: "creation_history",
        disagreements: none.into_iter().chain(several).collect(),
    })
}

/// Every history entry about a card names a card that exists (cards are
/// archived, never deleted).
fn history_cards(conn: &Tx) -> Result<Rule> {
    const STRAY: &str = "FROM history h WHERE h.subscriber_id IS NOT NULL
         AND NOT EXISTS (SELECT 1 FROM subscribers s WHERE s.id = h.subscriber_id)";
    let stray = ids(
        conn,
        &format!("SELECT count(*) AS value {STRAY}"),
        &format!("SELECT h.id AS id {STRAY} ORDER BY h.id LIMIT ?1"),
    )?
    .map(|(n, ids)| t!("store-check-stray-history", n = n, ids = ids).into_string());
    Ok(Rule {
        name: "history_cards",
        disagreements: stray.into_iter().collect(),
    })
}

/// A value that must be unique: `sql` selects (value, how many) for each
/// value held more than once; `what` (`login`, `inn_kpp`, `contract`) is
/// the message's key for the value's name.
fn unique(conn: &Tx, name: &'static str, what: &str, sql: &str) -> Result<Rule> {
    let dups: Vec<(String, i64)> = conn.query(sql, &[], |r| Ok((r.get("value")?, r.get("n")?)))?;
    let disagreements = dups
        .into_iter()
        .map(|(value, n)| {
            t!("store-check-held-twice", what = what, value = value, n = n).into_string()
        })
        .collect();
    Ok(Rule {
        name,
        disagreements,
    })
}

/// Every stored password is an Argon2id PHC string (the only kind
/// abonent writes).
fn password_hashes(conn: &Tx) -> Result<Rule> {
    let other = ids(
        conn,
        "SELECT count(*) AS value FROM subscribers
         WHERE password_hash IS NOT NULL AND substr(password_hash, 1, 10) <> '$argon2id$'",
        "SELECT id FROM subscribers
         WHERE password_hash IS NOT NULL AND substr(password_hash, 1, 10) <> '$argon2id$'
         ORDER BY id LIMIT ?1",
    )?
    .map(|(n, ids)| t!("store-check-hash-not-argon", n = n, ids = ids).into_string());
    Ok(Rule {
        name: "password_hashes",
        disagreements: other.into_iter().collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::memory_db;
    use rusqlite::Connection;

    const HASH: &str = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA";

    /// A consistent registry: two cards (one archived, one imported) with
    /// their search rows and creation entries, a contact, a contract.
    fn registry() -> Connection {
        let conn = memory_db();
        conn.execute_batch(&format!(
            "INSERT INTO subscribers (id, uid, type, category, display_name, inn, kpp, login,
                password_hash, archived, created_at, updated_at)
             VALUES (1, 'a', 'legal', 'b2b', 'ООО А', '7707083893', '773601001', 'u000001',
                '{HASH}', 0, 't', 't'),
                    (2, 'b', 'person', 'b2c', 'Б', NULL, NULL, 'u000002', NULL, 1, 't', 't');
             INSERT INTO subscriber_search (rowid, body) VALUES (1, 'ооо а'), (2, 'б');
             INSERT INTO history (at, actor, subscriber_id, action)
             VALUES ('t', 'x', 1, 'create'), ('t', 'x', 2, 'import.create'),
                    ('t', 'x', 1, 'edit'), ('t', 'x', NULL, 'settings.set');
             INSERT INTO contacts (subscriber_id, kind, value, position)
             VALUES (1, 'email', 'a@x.ru', 0);
             INSERT INTO contracts (number, subscriber_id, created_at, updated_at)
             VALUES ('Д-1', 1, 't', 't');
             INSERT INTO counters (name, value) VALUES ('login', 2);
             INSERT INTO import_runs (key, file, started_at, rows_done, updated_at)
             VALUES ('k', 'a.csv', 's', 40, 'u');"
        ))
        .unwrap();
        conn
    }

    /// The one rule that disagrees, with its lines.
    fn differs(conn: &Connection) -> Vec<(&'static str, Vec<String>)> {
        check(&crate::store::Tx::new(conn))
            .unwrap()
            .rules
            .into_iter()
            .filter(|r| !r.holds())
            .map(|r| (r.name, r.disagreements))
            .collect()
    }

    #[test]
    fn a_consistent_registry_is_counted_and_every_rule_holds() {
        let conn = registry();
        let r = check(&crate::store::Tx::new(&conn)).unwrap();
        let want = Counts {
            cards: 2,
            active: 1,
            archived: 1,
            passwords: 1,
            history: 4,
            search_rows: 2,
            contacts: 1,
            employees: 0,
            contracts: 1,
        };
        assert_eq!(r.counts, want);
        assert_eq!(r.counters, vec![("login".to_string(), 2)]);
        assert_eq!(r.import_runs.len(), 1);
        assert_eq!(r.import_runs[0].rows_done, 40);
        assert_eq!(r.import_runs[0].file, "a.csv");
        assert!(r.rules.iter().all(Rule::holds), "{:?}", r.rules);
        assert_eq!(r.rules.len(), 9);
    }

    #[test]
    fn a_card_without_its_search_row_or_a_stray_search_row_is_reported() {
        let conn = registry();
        conn.execute("DELETE FROM subscriber_search WHERE rowid = 2", [])
            .unwrap();
        conn.execute(
            "INSERT INTO subscriber_search (rowid, body) VALUES (9, 'x')",
            [],
        )
        .unwrap();
        assert_eq!(
            differs(&conn),
            vec![(
                "search_rows",
                vec![
                    "1 card has no search row (id 2)".to_string(),
                    "1 search row has no card (id 9)".to_string()
                ]
            )]
        );
    }

    #[test]
    fn a_card_without_or_with_two_creation_entries_is_reported() {
        let conn = registry();
        conn.execute("DELETE FROM history WHERE subscriber_id = 2", [])
            .unwrap();
        conn.execute(
            "INSERT INTO history (at, actor, subscriber_id, action) VALUES ('t', 'x', 1, 'import.create')",
            [],
        )
        .unwrap();
        assert_eq!(
            differs(&conn),
            vec![(
                "creation_history",
                vec![
                    "1 card has no creation entry in the history (id 2)".to_string(),
                    "1 card has more than one creation entry in the history (id 1)".to_string()
                ]
            )]
        );
    }

    #[test]
    fn a_history_entry_of_a_card_that_does_not_exist_is_reported() {
        let conn = registry();
        conn.execute(
            "INSERT INTO history (id, at, actor, subscriber_id, action) VALUES (77, 't', 'x', 5, 'edit')",
            [],
        )
        .unwrap();
        assert_eq!(
            differs(&conn),
            vec![(
                "history_cards",
                vec!["1 history entry names a card that does not exist (id 77)".to_string()]
            )]
        );
    }

    #[test]
    fn a_contact_of_a_missing_card_breaks_the_foreign_keys() {
        let conn = registry();
        conn.execute_batch(
            "PRAGMA foreign_keys = OFF;
             INSERT INTO contacts (id, subscriber_id, kind, value, position)
             VALUES (40, 8, 'phone', '+79120000000', 0);",
        )
        .unwrap();
        assert_eq!(
            differs(&conn),
            vec![(
                "foreign_keys",
                vec!["1 row of contacts names a missing row of subscribers (rowid 40)".to_string()]
            )]
        );
    }

    /// The unique indexes are the schema's backstop; dropped (a damaged or
    /// hand-edited file), the duplicates they kept out are named.
    #[test]
    fn a_login_an_active_inn_kpp_or_a_contract_number_held_twice_is_reported() {
        let conn = registry();
        conn.execute_batch(
            "PRAGMA foreign_keys = OFF;
             DROP INDEX subscribers_active_inn_kpp;
             CREATE TABLE s2 AS SELECT * FROM subscribers;
             DROP TABLE subscribers;
             CREATE TABLE subscribers AS SELECT * FROM s2;
             DROP TABLE s2;
             INSERT INTO subscribers SELECT * FROM subscribers WHERE id = 1;
             UPDATE subscribers SET id = 3, uid = 'c'
             WHERE rowid = (SELECT max(rowid) FROM subscribers);
             -- The cards' tables refer to subscribers (id): keep it a key.
             CREATE UNIQUE INDEX subscribers_id ON subscribers (id);
             INSERT INTO subscriber_search (rowid, body) VALUES (3, 'ооо а');
             INSERT INTO history (at, actor, subscriber_id, action) VALUES ('t', 'x', 3, 'create');
             CREATE TABLE c2 AS SELECT * FROM contracts;
             DROP TABLE contracts;
             CREATE TABLE contracts AS SELECT * FROM c2;
             DROP TABLE c2;
             INSERT INTO contracts SELECT * FROM contracts;
             UPDATE contracts SET id = 2 WHERE rowid = (SELECT max(rowid) FROM contracts);",
        )
        .unwrap();
        let got = differs(&conn);
        assert_eq!(
            got,
            vec![
                (
                    "logins_unique",
                    vec!["login u000001 is held 2 times".to_string()]
                ),
                (
                    "active_inn_kpp_unique",
                    vec!["active INN+KPP 7707083893/773601001 is held 2 times".to_string()]
                ),
                (
                    "contract_numbers_unique",
                    vec!["contract number Д-1 is held 2 times".to_string()]
                ),
            ]
        );
    }

    /// An index whose entries no longer match its table (its definition
    /// changed under it, as a damaged file can show): SQLite's integrity
    /// check names it.
    #[test]
    fn an_index_that_disagrees_with_its_table_fails_the_integrity_check() {
        let conn = registry();
        conn.execute_batch(
            "PRAGMA writable_schema = ON;
             UPDATE sqlite_master
             SET sql = 'CREATE INDEX subscribers_display_name ON subscribers (login)'
             WHERE name = 'subscribers_display_name';
             PRAGMA writable_schema = RESET;",
        )
        .unwrap();
        let got = differs(&conn);
        assert_eq!(got.len(), 1, "{got:?}");
        let (name, lines) = &got[0];
        assert_eq!(*name, "integrity");
        assert!(
            lines
                .iter()
                .all(|l| l.starts_with("SQLite's integrity check: ")
                    && l.contains("subscribers_display_name")),
            "{lines:?}"
        );
    }

    #[test]
    fn a_password_hash_that_is_not_argon2id_is_reported() {
        let conn = registry();
        conn.execute(
            "UPDATE subscribers SET password_hash = 'plain-text' WHERE id = 2",
            [],
        )
        .unwrap();
        assert_eq!(
            differs(&conn),
            vec![(
                "password_hashes",
                vec!["1 card has a password hash that is not Argon2id (id 2)".to_string()]
            )]
        );
    }

    /// A count is a real plural in both languages (Russian: 1, 2–4, 5+).
    #[test]
    fn counts_take_their_plural_forms_in_both_languages() {
        use crate::i18n::{tr_in, Arg, Lang};
        let line = |lang, n: i64| {
            tr_in(
                lang,
                "store-check-no-search-row",
                &[("n", Arg::from(n)), ("ids", Arg::from("1, …"))],
            )
            .into_string()
        };
        assert_eq!(line(Lang::En, 2), "2 cards have no search row (id 1, …)");
        assert_eq!(
            line(Lang::Ru, 21),
            "у 21 карточки нет строки поиска (id 1, …)"
        );
        assert_eq!(
            line(Lang::Ru, 5),
            "у 5 карточек нет строки поиска (id 1, …)"
        );
        let held = |n: i64| {
            tr_in(
                Lang::Ru,
                "store-check-held-twice",
                &[
                    ("what", Arg::from("login")),
                    ("value", Arg::from("u1")),
                    ("n", Arg::from(n)),
                ],
            )
            .into_string()
        };
        assert_eq!(held(3), "логин u1 встречается 3 раза");
        assert_eq!(held(5), "логин u1 встречается 5 раз");
    }
}
