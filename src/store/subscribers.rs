//! The `subscribers` table and its children (addresses, group membership,
//! contacts, extra values) plus the search index: reading and writing whole
//! cards. A loaded card also carries its employees and contracts, which
//! are written by their own commands.

use super::optional;
use super::Tx;
use crate::error::{Error, Result};
use crate::model::checked::Checked;
use crate::model::{Address, Card, Contact, ExtraValue, Kind, ManagerRef};
use rusqlite::types::ToSql;
use rusqlite::{params, Connection, Row};
use std::sync::OnceLock;

const COLUMNS: &str = "s.id, s.uid, s.type, s.category, s.display_name, s.name, s.full_name,
    s.last_name, s.first_name, s.middle_name, s.inn, s.kpp, s.ogrn, s.ogrnip, s.okpo, s.okato,
    s.oktmo, s.okved, s.director, s.director_post, s.login, s.password_hash IS NOT NULL,
    s.archived, s.delivery_method, s.delivery_address, s.edo_id, m.name, m.email, s.bank_name,
    s.bank_bik, s.bank_account, s.bank_corr_account, s.doc_type, s.doc_series, s.doc_number,
    s.doc_issued_by, s.doc_issued_on, s.doc_division_code, s.birth_date, s.birth_place,
    s.onec_id, s.onec_code, s.comment, s.created_at, s.updated_at, s.country, s.tax_id";

fn card_from_row(r: &Row) -> rusqlite::Result<Card> {
    let kind: String = r.get(2)?;
    let manager: Option<String> = r.get(26)?;
    let mut c = Card {
        id: r.get(0)?,
        uid: r.get(1)?,
        kind: Kind::parse(&kind).unwrap_or(Kind::Person),
        category: r.get(3)?,
        display_name: r.get(4)?,
        name: r.get(5)?,
        full_name: r.get(6)?,
        last_name: r.get(7)?,
        first_name: r.get(8)?,
        middle_name: r.get(9)?,
        inn: r.get(10)?,
        kpp: r.get(11)?,
        ogrn: r.get(12)?,
        ogrnip: r.get(13)?,
        okpo: r.get(14)?,
        okato: r.get(15)?,
        oktmo: r.get(16)?,
        okved: r.get(17)?,
        director: r.get(18)?,
        director_post: r.get(19)?,
        login: r.get(20)?,
        has_password: r.get(21)?,
        archived: r.get(22)?,
        ..Card::default()
    };
    c.delivery.method = r.get(23)?;
    c.delivery.address = r.get(24)?;
    c.delivery.edo_id = r.get(25)?;
    c.manager = manager
        .map(|name| -> rusqlite::Result<_> {
            Ok(ManagerRef {
                name,
                email: r.get(27)?,
            })
        })
        .transpose()?;
    c.bank.name = r.get(28)?;
    c.bank.bik = r.get(29)?;
    c.bank.account = r.get(30)?;
    c.bank.corr_account = r.get(31)?;
    c.document.doc_type = r.get(32)?;
    c.document.series = r.get(33)?;
    c.document.number = r.get(34)?;
    c.document.issued_by = r.get(35)?;
    c.document.issued_on = r.get(36)?;
    c.document.division_code = r.get(37)?;
    c.document.birth_date = r.get(38)?;
    c.document.birth_place = r.get(39)?;
    c.onec.id = r.get(40)?;
    c.onec.code = r.get(41)?;
    c.comment = r.get(42)?;
    c.created_at = r.get(43)?;
    c.updated_at = r.get(44)?;
    c.country = r.get(45)?;
    c.tax_id = r.get(46)?;
    Ok(c)
}

/// Loads the whole card, or `None`.
pub fn load(tx: &Tx, id: i64) -> Result<Option<Card>> {
    load_parts(tx, id, true)
}

/// Loads the card without its employees and contracts, which no card write
/// touches: the import reads every card it matches this way.
pub fn load_for_write(tx: &Tx, id: i64) -> Result<Option<Card>> {
    load_parts(tx, id, false)
}

fn load_parts(tx: &Tx, id: i64, with_people: bool) -> Result<Option<Card>> {
    let conn = tx.conn();
    let sql = format!(
        "SELECT {COLUMNS} FROM subscribers s LEFT JOIN managers m ON m.id = s.manager_id WHERE s.id = ?1"
    );
    let Some(mut card) = optional(conn.prepare_cached(&sql)?.query_row([id], card_from_row))?
    else {
        return Ok(None);
    };
    let mut stmt = conn.prepare_cached(
        "SELECT kind, text FROM addresses WHERE subscriber_id = ?1
         ORDER BY CASE kind WHEN 'legal' THEN 0 WHEN 'actual' THEN 1 WHEN 'postal' THEN 2 ELSE 3 END",
    )?;
    card.addresses = stmt
        .query_map([id], |r| {
            Ok(Address {
                kind: r.get(0)?,
                text: r.get(1)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mut stmt = conn.prepare_cached(
        "SELECT g.name FROM subscriber_groups sg JOIN groups g ON g.id = sg.group_id
         WHERE sg.subscriber_id = ?1 ORDER BY g.name",
    )?;
    card.groups = stmt
        .query_map([id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let mut stmt = conn.prepare_cached(
        "SELECT kind, value, confirmed, extension FROM contacts WHERE subscriber_id = ?1 ORDER BY position",
    )?;
    let rows = stmt.query_map([id], |r| {
        Ok((
            r.get::<_, String>(0)?,
            Contact {
                value: r.get(1)?,
                extension: r.get(3)?,
                confirmed: r.get(2)?,
            },
        ))
    })?;
    for row in rows {
        let (kind, contact) = row?;
        if kind == "email" {
            card.emails.push(contact);
        } else {
            card.phones.push(contact);
        }
    }
    for (name, value, ty) in super::extra::card_values(tx, id)? {
        card.extra
            .insert(name, ExtraValue::from_stored(ty.as_deref(), value));
    }
    if with_people {
        card.employees = super::employees::of_subscriber(tx, id)?;
        card.contracts = super::contracts::of_subscriber(tx, id)?;
    }
    Ok(Some(card))
}

/// Inserts a new card the write gate has checked (with the ids of its
/// manager and groups). Returns the new id.
pub fn insert(
    tx: &Tx,
    checked: &Checked,
    password_hash: Option<&str>,
    search_body: Option<&str>,
) -> Result<i64> {
    let conn = tx.conn();
    let card = checked.card();
    let id = write_row(conn, None, card, checked.manager_id(), password_hash)?;
    write_children(conn, id, card, checked.group_ids(), search_body, true)?;
    Ok(id)
}

/// Rewrites every field of an existing card (the password hash is kept).
/// `search_body: None` leaves the search index to the caller (an import
/// stages it with [`search_stage`] and writes it once at the end).
pub fn update(tx: &Tx, checked: &Checked, search_body: Option<&str>) -> Result<()> {
    let conn = tx.conn();
    let card = checked.card();
    write_row(conn, Some(card.id), card, checked.manager_id(), None)?;
    write_children(conn, card.id, card, checked.group_ids(), search_body, false)
}

/// The card's own columns, in the order [`write_row`] binds them (?2…?41).
const FIELD_COLUMNS: [&str; 42] = [
    "type",
    "category",
    "display_name",
    "name",
    "full_name",
    "last_name",
    "first_name",
    "middle_name",
    "inn",
    "kpp",
    "ogrn",
    "ogrnip",
    "okpo",
    "okato",
    "oktmo",
    "okved",
    "director",
    "director_post",
    "login",
    "archived",
    "delivery_method",
    "delivery_address",
    "edo_id",
    "manager_id",
    "bank_name",
    "bank_bik",
    "bank_account",
    "bank_corr_account",
    "doc_type",
    "doc_series",
    "doc_number",
    "doc_issued_by",
    "doc_issued_on",
    "doc_division_code",
    "birth_date",
    "birth_place",
    "onec_id",
    "onec_code",
    "comment",
    "updated_at",
    "country",
    "tax_id",
];

/// Inserts (`id: None`) or updates the subscribers row; returns its id.
fn write_row(
    conn: &Connection,
    id: Option<i64>,
    c: &Card,
    manager_id: Option<i64>,
    password_hash: Option<&str>,
) -> Result<i64> {
    let kind = c.kind.as_str();
    let values: [&dyn ToSql; FIELD_COLUMNS.len()] = [
        &kind,
        &c.category,
        &c.display_name,
        &c.name,
        &c.full_name,
        &c.last_name,
        &c.first_name,
        &c.middle_name,
        &c.inn,
        &c.kpp,
        &c.ogrn,
        &c.ogrnip,
        &c.okpo,
        &c.okato,
        &c.oktmo,
        &c.okved,
        &c.director,
        &c.director_post,
        &c.login,
        &c.archived,
        &c.delivery.method,
        &c.delivery.address,
        &c.delivery.edo_id,
        &manager_id,
        &c.bank.name,
        &c.bank.bik,
        &c.bank.account,
        &c.bank.corr_account,
        &c.document.doc_type,
        &c.document.series,
        &c.document.number,
        &c.document.issued_by,
        &c.document.issued_on,
        &c.document.division_code,
        &c.document.birth_date,
        &c.document.birth_place,
        &c.onec.id,
        &c.onec.code,
        &c.comment,
        &c.updated_at,
        &c.country,
        &c.tax_id,
    ];
    // ?1 the id, the card's columns, then uid, created_at, password_hash.
    const ARGS: usize = FIELD_COLUMNS.len() + 4;
    let mut args: Vec<&dyn ToSql> = Vec::with_capacity(ARGS);
    args.push(&id);
    args.extend(values);
    // Built once: the statement cache is keyed by the SQL text.
    static INSERT: OnceLock<String> = OnceLock::new();
    static UPDATE: OnceLock<String> = OnceLock::new();
    match id {
        None => {
            let sql = INSERT.get_or_init(|| {
                let marks: Vec<String> = (1..=ARGS).map(|i| format!("?{i}")).collect();
                format!(
                    "INSERT INTO subscribers (id, {}, uid, created_at, password_hash) VALUES ({})",
                    FIELD_COLUMNS.join(", "),
                    marks.join(", ")
                )
            });
            args.extend([&c.uid as &dyn ToSql, &c.created_at, &password_hash]);
            conn.prepare_cached(sql)?.execute(args.as_slice())?;
            Ok(conn.last_insert_rowid())
        }
        Some(id) => {
            let sql = UPDATE.get_or_init(|| {
                let sets: Vec<String> = FIELD_COLUMNS
                    .iter()
                    .enumerate()
                    .map(|(i, c)| format!("{c} = ?{}", i + 2))
                    .collect();
                format!("UPDATE subscribers SET {} WHERE id = ?1", sets.join(", "))
            });
            conn.prepare_cached(sql)?.execute(args.as_slice())?;
            Ok(id)
        }
    }
}

/// Addresses, groups, contacts and (unless staged) the search text.
fn write_children(
    conn: &Connection,
    id: i64,
    c: &Card,
    group_ids: &[i64],
    search_body: Option<&str>,
    fresh: bool,
) -> Result<()> {
    if !fresh {
        for table in ["addresses", "subscriber_groups", "contacts"] {
            conn.prepare_cached(&format!("DELETE FROM {table} WHERE subscriber_id = ?1"))?
                .execute([id])?;
        }
    }
    let mut stmt = conn
        .prepare_cached("INSERT INTO addresses (subscriber_id, kind, text) VALUES (?1, ?2, ?3)")?;
    for a in &c.addresses {
        stmt.execute(params![id, a.kind, a.text])?;
    }
    let mut stmt = conn.prepare_cached(
        "INSERT OR IGNORE INTO subscriber_groups (subscriber_id, group_id) VALUES (?1, ?2)",
    )?;
    for g in group_ids {
        stmt.execute(params![id, g])?;
    }
    let mut stmt = conn.prepare_cached(
        "INSERT INTO contacts (subscriber_id, kind, value, confirmed, position, extension) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    let contacts = c
        .emails
        .iter()
        .map(|x| ("email", x))
        .chain(c.phones.iter().map(|x| ("phone", x)));
    for (pos, (kind, x)) in contacts.enumerate() {
        stmt.execute(params![
            id,
            kind,
            x.value,
            x.confirmed,
            pos as i64,
            x.extension
        ])?;
    }
    let extra = c.extra.iter().map(|(k, v)| (k.as_str(), v.text()));
    super::extra::write_card_values(&Tx::new(conn), id, extra, fresh)?;
    if let Some(body) = search_body {
        search_write(conn, id, body, fresh)?;
    }
    Ok(())
}

fn search_write(conn: &Connection, id: i64, body: &str, fresh: bool) -> Result<()> {
    if !fresh {
        conn.prepare_cached("DELETE FROM subscriber_search WHERE rowid = ?1")?
            .execute([id])?;
    }
    conn.prepare_cached("INSERT INTO subscriber_search (rowid, body) VALUES (?1, ?2)")?
        .execute(params![id, body])?;
    Ok(())
}

/// Stages a card's search text in a temporary table. FTS5 flushes its
/// pending index data at every savepoint release, so an import writes the
/// index once, at the end, with [`search_flush`].
pub fn search_stage(tx: &Tx, id: i64, body: &str) -> Result<()> {
    let conn = tx.conn();
    conn.prepare_cached(
        "INSERT INTO import_search (id, body) VALUES (?1, ?2)
         ON CONFLICT (id) DO UPDATE SET body = excluded.body",
    )?
    .execute(params![id, body])?;
    Ok(())
}

/// Writes the staged search texts into the index and empties the stage.
pub fn search_flush(tx: &Tx) -> Result<()> {
    let conn = tx.conn();
    conn.execute_batch(
        "DELETE FROM subscriber_search WHERE rowid IN (SELECT id FROM import_search);
         INSERT INTO subscriber_search (rowid, body) SELECT id, body FROM import_search ORDER BY id;
         DELETE FROM import_search;",
    )?;
    Ok(())
}

pub fn set_password_hash(tx: &Tx, id: i64, hash: Option<&str>, at: &str) -> Result<()> {
    let conn = tx.conn();
    conn.execute(
        "UPDATE subscribers SET password_hash = ?2, updated_at = ?3 WHERE id = ?1",
        params![id, hash, at],
    )?;
    Ok(())
}

/// The stored hash for a login: `None` when no card has the login,
/// `Some(None)` when the card has no password.
pub fn password_hash(tx: &Tx, login: &str) -> Result<Option<Option<String>>> {
    let conn = tx.conn();
    optional(conn.query_row(
        "SELECT password_hash FROM subscribers WHERE login = ?1 AND archived = 0",
        [login],
        |r| r.get(0),
    ))
}

pub fn login_taken(tx: &Tx, login: &str, except: i64) -> Result<bool> {
    let conn = tx.conn();
    Ok(conn
        .prepare_cached("SELECT 1 FROM subscribers WHERE login = ?1 AND id <> ?2")?
        .exists(params![login, except])?)
}

/// Active cards other than `except` holding this INN (and KPP, when given;
/// a card without KPP matches only cards without KPP).
pub fn active_with_inn_kpp(
    tx: &Tx,
    inn: &str,
    kpp: Option<&str>,
    except: i64,
) -> Result<Vec<(i64, String)>> {
    let conn = tx.conn();
    let mut stmt = conn.prepare_cached(
        "SELECT id, display_name FROM subscribers
         WHERE inn = ?1 AND coalesce(kpp, '') = coalesce(?2, '') AND archived = 0 AND id <> ?3",
    )?;
    let rows = stmt.query_map(params![inn, kpp, except], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Ids matching a reference: by id, login, uid, or INN (+KPP).
pub fn find(tx: &Tx, by: &str, value: &str, kpp: Option<&str>) -> Result<Vec<i64>> {
    let conn = tx.conn();
    let sql = match by {
        "id" => "SELECT id FROM subscribers WHERE id = ?1",
        "login" => "SELECT id FROM subscribers WHERE login = ?1",
        "uid" => "SELECT id FROM subscribers WHERE uid = ?1",
        "inn" => "SELECT id FROM subscribers WHERE inn = ?1 AND (?2 IS NULL OR kpp = ?2) ORDER BY archived, id",
        _ => return Err(Error::internal("ref", format!("unknown lookup {by}"))),
    };
    let mut stmt = conn.prepare_cached(sql)?;
    let rows = if by == "inn" {
        stmt.query_map(params![value, kpp], |r| r.get(0))?
            .collect::<rusqlite::Result<Vec<i64>>>()?
    } else {
        stmt.query_map([value], |r| r.get(0))?
            .collect::<rusqlite::Result<Vec<i64>>>()?
    };
    Ok(rows)
}

/// Every card id in creation order, for export.
pub fn all_ids(tx: &Tx) -> Result<Vec<i64>> {
    let conn = tx.conn();
    let mut stmt = conn.prepare("SELECT id FROM subscribers ORDER BY id")?;
    let ids = stmt
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(ids)
}

pub fn count(tx: &Tx) -> Result<i64> {
    let conn = tx.conn();
    Ok(conn.query_row("SELECT count(*) FROM subscribers", [], |r| r.get(0))?)
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
pub fn match_candidates(tx: &Tx, keys: &MatchKeys) -> Result<Vec<(u8, i64)>> {
    let conn = tx.conn();
    let (inn, kpp) = keys.inn_kpp.unzip();
    let mut stmt = conn.prepare_cached(
        "SELECT 0, id, archived FROM subscribers WHERE onec_id = ?1
         UNION ALL SELECT 1, id, archived FROM subscribers WHERE inn = ?2 AND kpp = ?3 AND archived = 0
         UNION ALL SELECT 2, id, archived FROM subscribers WHERE inn = ?4 AND archived = 0
         UNION ALL SELECT 3, id, archived FROM subscribers WHERE onec_code = ?5",
    )?;
    let rows = stmt.query_map(
        params![keys.onec_id, inn, kpp, keys.inn, keys.onec_code],
        |r| {
            Ok((
                r.get::<_, u8>(0)?,
                r.get::<_, bool>(2)?,
                r.get::<_, i64>(1)?,
            ))
        },
    )?;
    // Sorted here: a handful of rows, and no temporary B-tree per lookup.
    let mut found = rows.collect::<rusqlite::Result<Vec<_>>>()?;
    found.sort_unstable();
    Ok(found.into_iter().map(|(key, _, id)| (key, id)).collect())
}

/// Starts remembering which cards an import touched (a temporary table,
/// so a million ids cost no process memory).
pub fn seen_begin(tx: &Tx) -> Result<()> {
    let conn = tx.conn();
    conn.execute_batch(
        "CREATE TEMP TABLE IF NOT EXISTS import_seen (id INTEGER PRIMARY KEY);
         CREATE TEMP TABLE IF NOT EXISTS import_search (id INTEGER PRIMARY KEY, body TEXT NOT NULL);
         DELETE FROM import_seen;
         DELETE FROM import_search;",
    )?;
    Ok(())
}

pub fn seen_add(tx: &Tx, id: i64) -> Result<()> {
    let conn = tx.conn();
    conn.prepare_cached("INSERT OR IGNORE INTO import_seen (id) VALUES (?1)")?
        .execute([id])?;
    Ok(())
}

/// Active cards that came from 1C and that the import did not touch.
pub fn unseen_onec_cards(tx: &Tx) -> Result<Vec<i64>> {
    let conn = tx.conn();
    let mut stmt = conn.prepare(
        "SELECT id FROM subscribers
         WHERE onec_id IS NOT NULL AND archived = 0 AND id NOT IN (SELECT id FROM import_seen)
         ORDER BY id",
    )?;
    let ids = stmt
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(ids)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn match_candidates_by_key_then_active_first() {
        let db = crate::store::memory_db();
        let conn = &crate::store::Tx::new(&db);
        let add = |id: i64, onec_id: &str, inn: &str, kpp: Option<&str>, archived: bool| {
            db.execute(
                "INSERT INTO subscribers (id, uid, type, category, display_name, onec_id, inn, kpp,
                                          archived, created_at, updated_at)
                 VALUES (?1, ?1, 'legal', 'subscriber', 'x', ?2, ?3, ?4, ?5, 't', 't')",
                params![id, onec_id, inn, kpp, archived],
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
        assert_eq!(
            match_candidates(conn, &keys).unwrap(),
            vec![(0, 2), (0, 1), (1, 3), (2, 2), (2, 3)]
        );
        let none = MatchKeys::default();
        assert!(match_candidates(conn, &none).unwrap().is_empty());
    }
}
