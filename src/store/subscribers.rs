//! The `subscribers` table and its children (addresses, group membership,
//! contacts, extra values) plus the card's search text: reading and
//! writing whole cards. A loaded card also carries its employees and
//! contracts, which are written by their own commands.

use super::{search, Row, Tx};
use crate::error::{Error, Result};
use crate::model::checked::Checked;
use crate::model::{self, Address, Card, Contact, ExtraValue, Kind, ManagerRef};
use std::collections::HashMap;
use std::sync::OnceLock;

/// The card's columns, by name, in the order [`card_from_row`] reads them
/// (a row finds each name at once when read in its select list's order).
const SELECT_LIST: [&str; 54] = [
    "s.type AS type",
    "s.id AS id",
    "s.uid AS uid",
    "s.category AS category",
    "s.display_name AS display_name",
    "s.name AS name",
    "s.full_name AS full_name",
    "s.last_name AS last_name",
    "s.first_name AS first_name",
    "s.middle_name AS middle_name",
    "s.inn AS inn",
    "s.kpp AS kpp",
    "s.ogrn AS ogrn",
    "s.ogrnip AS ogrnip",
    "s.okpo AS okpo",
    "s.okato AS okato",
    "s.oktmo AS oktmo",
    "s.okved AS okved",
    "s.director AS director",
    "s.director_post AS director_post",
    "s.login AS login",
    "s.password_hash IS NOT NULL AS has_password",
    "s.credentials_pending AS credentials_pending",
    "s.archived AS archived",
    "s.comment AS comment",
    "s.created_at AS created_at",
    "s.updated_at AS updated_at",
    "s.country AS country",
    "s.tax_id AS tax_id",
    "s.delivery_method AS delivery_method",
    "s.delivery_address AS delivery_address",
    "s.edo_id AS edo_id",
    "m.name AS manager_name",
    "m.email AS manager_email",
    "s.bank_name AS bank_name",
    "s.bank_bik AS bank_bik",
    "s.bank_account AS bank_account",
    "s.bank_corr_account AS bank_corr_account",
    "s.doc_type AS doc_type",
    "s.doc_series AS doc_series",
    "s.doc_number AS doc_number",
    "s.doc_issued_by AS doc_issued_by",
    "s.doc_issued_on AS doc_issued_on",
    "s.doc_division_code AS doc_division_code",
    "s.birth_date AS birth_date",
    "s.birth_place AS birth_place",
    "s.onec_id AS onec_id",
    "s.onec_code AS onec_code",
    "s.status AS status",
    "s.status_checked_on AS status_checked_on",
    "s.status_since AS status_since",
    "s.merged_into AS merged_into",
    "s.forgotten_on AS forgotten_on",
    "s.consent_on AS consent_on",
];

fn select_list() -> &'static str {
    static LIST: OnceLock<String> = OnceLock::new();
    LIST.get_or_init(|| SELECT_LIST.join(", "))
}

fn card_from_row(r: &Row) -> Result<Card> {
    let kind: String = r.get("type")?;
    let mut c = Card {
        id: r.get("id")?,
        uid: r.get("uid")?,
        kind: Kind::parse(&kind).unwrap_or(Kind::Person),
        category: r.get("category")?,
        display_name: r.get("display_name")?,
        name: r.get("name")?,
        full_name: r.get("full_name")?,
        last_name: r.get("last_name")?,
        first_name: r.get("first_name")?,
        middle_name: r.get("middle_name")?,
        inn: r.get("inn")?,
        kpp: r.get("kpp")?,
        ogrn: r.get("ogrn")?,
        ogrnip: r.get("ogrnip")?,
        okpo: r.get("okpo")?,
        okato: r.get("okato")?,
        oktmo: r.get("oktmo")?,
        okved: r.get("okved")?,
        director: r.get("director")?,
        director_post: r.get("director_post")?,
        login: r.get("login")?,
        has_password: r.get("has_password")?,
        credentials_pending: r.get("credentials_pending")?,
        archived: r.get("archived")?,
        comment: r.get("comment")?,
        created_at: r.get("created_at")?,
        updated_at: r.get("updated_at")?,
        country: r.get("country")?,
        tax_id: r.get("tax_id")?,
        ..Card::default()
    };
    c.delivery.method = r.get("delivery_method")?;
    c.delivery.address = r.get("delivery_address")?;
    c.delivery.edo_id = r.get("edo_id")?;
    if let Some(name) = r.get::<Option<String>>("manager_name")? {
        c.manager = Some(ManagerRef {
            name,
            email: r.get("manager_email")?,
        });
    }
    c.bank.name = r.get("bank_name")?;
    c.bank.bik = r.get("bank_bik")?;
    c.bank.account = r.get("bank_account")?;
    c.bank.corr_account = r.get("bank_corr_account")?;
    c.document.doc_type = r.get("doc_type")?;
    c.document.series = r.get("doc_series")?;
    c.document.number = r.get("doc_number")?;
    c.document.issued_by = r.get("doc_issued_by")?;
    c.document.issued_on = r.get("doc_issued_on")?;
    c.document.division_code = r.get("doc_division_code")?;
    c.document.birth_date = r.get("birth_date")?;
    c.document.birth_place = r.get("birth_place")?;
    c.onec.id = r.get("onec_id")?;
    c.onec.code = r.get("onec_code")?;
    c.merged_into = r.get("merged_into")?;
    c.forgotten_on = r.get("forgotten_on")?;
    c.consent_on = r.get("consent_on")?;
    if let (Some(value), Some(checked_on)) = (
        r.get::<Option<String>>("status")?,
        r.get::<Option<String>>("status_checked_on")?,
    ) {
        c.status = Some(model::CounterpartyStatus {
            value,
            checked_on,
            since: r.get("status_since")?,
        });
    }
    Ok(c)
}

/// Loads the whole card, or `None`.
pub fn load(tx: &Tx, id: i64) -> Result<Option<Card>> {
    Ok(load_parts(tx, &[id], true)?.pop())
}

/// Loads the card without its employees and contracts, which no card write
/// touches: the import reads every card it matches this way.
pub fn load_for_write(tx: &Tx, id: i64) -> Result<Option<Card>> {
    Ok(load_parts(tx, &[id], false)?.pop())
}

/// Loads the whole cards of `ids` that exist, in the order of `ids`: a
/// statement per part of the card for every 256 cards
/// ([`Tx::each_in`]), not a statement per part per card (on PostgreSQL a
/// list of 100 cards took 470 round trips).
pub fn load_many(tx: &Tx, ids: &[i64]) -> Result<Vec<Card>> {
    load_parts(tx, ids, true)
}

fn load_parts(tx: &Tx, ids: &[i64], with_people: bool) -> Result<Vec<Card>> {
    static SQL: OnceLock<String> = OnceLock::new();
    let sql = SQL.get_or_init(|| {
        format!(
            "SELECT {} FROM subscribers s LEFT JOIN managers m ON m.id = s.manager_id WHERE s.id IN (?*)",
            select_list()
        )
    });
    let mut cards: HashMap<i64, Card> = HashMap::with_capacity(ids.len());
    tx.each_in(sql, ids, |r| {
        let c = card_from_row(r)?;
        cards.insert(c.id, c);
        Ok(())
    })?;
    if cards.is_empty() {
        return Ok(Vec::new());
    }
    let found: Vec<i64> = cards.keys().copied().collect();
    fn card<'a>(cards: &'a mut HashMap<i64, Card>, r: &Row) -> Result<Option<&'a mut Card>> {
        let id: i64 = r.get("subscriber_id")?;
        Ok(cards.get_mut(&id))
    }
    tx.each_in(
        "SELECT subscriber_id, kind, text FROM addresses WHERE subscriber_id IN (?*)
         ORDER BY subscriber_id, CASE kind WHEN 'legal' THEN 0 WHEN 'actual' THEN 1 WHEN 'postal' THEN 2 ELSE 3 END",
        &found,
        |r| {
            if let Some(c) = card(&mut cards, r)? {
                c.addresses.push(Address {
                    kind: r.get("kind")?,
                    text: r.get("text")?,
                });
            }
            Ok(())
        },
    )?;
    tx.each_in(
        "SELECT sg.subscriber_id AS subscriber_id, g.name AS name
         FROM subscriber_groups sg JOIN groups g ON g.id = sg.group_id
         WHERE sg.subscriber_id IN (?*) ORDER BY sg.subscriber_id, g.name",
        &found,
        |r| {
            if let Some(c) = card(&mut cards, r)? {
                c.groups.push(r.get("name")?);
            }
            Ok(())
        },
    )?;
    tx.each_in(
        "SELECT subscriber_id, kind, value, confirmed, extension FROM contacts
         WHERE subscriber_id IN (?*) ORDER BY subscriber_id, position, id",
        &found,
        |r| {
            if let Some(c) = card(&mut cards, r)? {
                let contact = Contact {
                    value: r.get("value")?,
                    extension: r.get("extension")?,
                    confirmed: r.get("confirmed")?,
                };
                if r.get::<String>("kind")? == "email" {
                    c.emails.push(contact);
                } else {
                    c.phones.push(contact);
                }
            }
            Ok(())
        },
    )?;
    super::extra::card_values(tx, &found, |id, name, value, ty| {
        if let Some(c) = cards.get_mut(&id) {
            c.extra
                .insert(name, ExtraValue::from_stored(ty.as_deref(), value));
        }
    })?;
    if with_people {
        super::employees::of_subscribers(tx, &found, |id, e| {
            if let Some(c) = cards.get_mut(&id) {
                c.employees.push(e);
            }
        })?;
        super::contracts::of_subscribers(tx, &found, |id, k| {
            if let Some(c) = cards.get_mut(&id) {
                c.contracts.push(k);
            }
        })?;
    }
    Ok(ids.iter().filter_map(|id| cards.remove(id)).collect())
}

/// Inserts a new card the write gate has checked (with the ids of its
/// manager and groups), and indexes its search text. Returns the new id.
/// `import_fp` is the 1C row's fingerprint when the import writes the
/// card (see migration 0010), `None` for every other write.
pub fn insert(
    tx: &Tx,
    checked: &Checked,
    password_hash: Option<&str>,
    import_fp: Option<&ImportFp>,
) -> Result<i64> {
    let card = checked.card();
    let id = write_row(
        tx,
        None,
        card,
        checked.manager_id(),
        password_hash,
        import_fp,
    )?;
    write_children(tx, id, card, checked.group_ids(), true)?;
    Ok(id)
}

/// Rewrites every field of an existing card the write gate has checked
/// (the password hash is kept), and indexes its search text again. The
/// import's fingerprint is replaced by `import_fp`: `None` (every write
/// but the import's) makes the next import compare the card in full.
pub fn update(tx: &Tx, checked: &Checked, import_fp: Option<&ImportFp>) -> Result<()> {
    let card = checked.card();
    write_row(
        tx,
        Some(card.id),
        card,
        checked.manager_id(),
        None,
        import_fp,
    )?;
    write_children(tx, card.id, card, checked.group_ids(), false)
}

/// A 1C row's fingerprint as the import stores it on the card.
pub type ImportFp = [u8; 16];

/// The card's own columns, in the order [`write_row`] binds them (?1…?43).
pub(super) const FIELD_COLUMNS: [&str; 44] = [
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
    "import_fp",
    "consent_on",
];

/// Inserts (`id: None`) or updates the subscribers row; returns its id.
fn write_row(
    tx: &Tx,
    id: Option<i64>,
    c: &Card,
    manager_id: Option<i64>,
    password_hash: Option<&str>,
    import_fp: Option<&ImportFp>,
) -> Result<i64> {
    let kind = c.kind.as_str();
    let values: [&dyn super::Param; FIELD_COLUMNS.len()] = [
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
        &import_fp,
        &c.consent_on,
    ];
    // The card's columns, then uid, created_at, password_hash; the id is
    // the database's to give.
    const ARGS: usize = FIELD_COLUMNS.len() + 3;
    // Built once: the statement cache is keyed by the SQL text.
    static INSERT: OnceLock<String> = OnceLock::new();
    static CURRENT: OnceLock<String> = OnceLock::new();
    match id {
        None => {
            let sql = INSERT.get_or_init(|| {
                let marks: Vec<String> = (1..=ARGS).map(|i| format!("?{i}")).collect();
                format!(
                    "INSERT INTO subscribers ({}, uid, created_at, password_hash) VALUES ({})",
                    FIELD_COLUMNS.join(", "),
                    marks.join(", ")
                )
            });
            let mut args: Vec<&dyn super::Param> = Vec::with_capacity(ARGS);
            args.extend(values);
            args.extend([&c.uid as &dyn super::Param, &c.created_at, &password_hash]);
            tx.insert_one(sql, &args)
        }
        Some(id) => {
            // Only the columns that change: setting a column to the value
            // it has still moves its index entries (a nightly import's
            // update is mostly a new e-mail and its fingerprint).
            let current = CURRENT.get_or_init(|| {
                format!(
                    "SELECT {} FROM subscribers WHERE id = ?1",
                    FIELD_COLUMNS.join(", ")
                )
            });
            let now: Vec<super::Value> = values.iter().map(|v| v.value()).collect();
            let Some(changed) = tx.differing(current, &[&id], &now)? else {
                return Err(Error::not_found(
                    "subscriber",
                    crate::t!("store-card-gone", id = id),
                ));
            };
            if changed.is_empty() {
                return Ok(id);
            }
            let sets: Vec<String> = changed
                .iter()
                .enumerate()
                .map(|(k, &i)| format!("{} = ?{}", FIELD_COLUMNS[i], k + 2))
                .collect();
            let sql = format!("UPDATE subscribers SET {} WHERE id = ?1", sets.join(", "));
            let mut args: Vec<&dyn super::Param> = vec![&id];
            args.extend(changed.iter().map(|&i| values[i]));
            tx.execute_later(&sql, &args)?;
            Ok(id)
        }
    }
}

/// Addresses, groups, contacts, extra values and the search text.
fn write_children(tx: &Tx, id: i64, c: &Card, group_ids: &[i64], fresh: bool) -> Result<()> {
    use super::Value::{Int, Null, Text};
    // On an update, each set of rows is written again only when it
    // changed: a nightly import's update touches one or two of them.
    let addresses: Vec<Vec<super::Value>> = c
        .addresses
        .iter()
        .map(|a| vec![Text(&a.kind), Text(&a.text)])
        .collect();
    let same = |sql: &str, rows: &[Vec<super::Value>]| -> Result<bool> {
        Ok(!fresh && tx.rows_are(sql, &[&id], rows)?)
    };
    if !same(
        "SELECT kind, text FROM addresses WHERE subscriber_id = ?1 ORDER BY rowid",
        &addresses,
    )? {
        if !fresh {
            tx.execute_later("DELETE FROM addresses WHERE subscriber_id = ?1", &[&id])?;
        }
        for a in &c.addresses {
            tx.execute_later(
                "INSERT INTO addresses (subscriber_id, kind, text) VALUES (?1, ?2, ?3)",
                &[&id, &a.kind, &a.text],
            )?;
        }
    }
    let groups: Vec<Vec<super::Value>> = group_ids.iter().map(|g| vec![Int(*g)]).collect();
    if !same(
        "SELECT group_id FROM subscriber_groups WHERE subscriber_id = ?1 ORDER BY rowid",
        &groups,
    )? {
        if !fresh {
            tx.execute_later(
                "DELETE FROM subscriber_groups WHERE subscriber_id = ?1",
                &[&id],
            )?;
        }
        for g in group_ids {
            tx.execute_later(
                "INSERT INTO subscriber_groups (subscriber_id, group_id) VALUES (?1, ?2)
                 ON CONFLICT DO NOTHING",
                &[&id, g],
            )?;
        }
    }
    let contacts: Vec<(&str, &Contact)> = c
        .emails
        .iter()
        .map(|x| ("email", x))
        .chain(c.phones.iter().map(|x| ("phone", x)))
        .collect();
    let rows: Vec<Vec<super::Value>> = contacts
        .iter()
        .enumerate()
        .map(|(pos, (kind, x))| {
            vec![
                Text(kind),
                Text(&x.value),
                Int(i64::from(x.confirmed)),
                Int(pos as i64),
                x.extension.as_deref().map_or(Null, Text),
            ]
        })
        .collect();
    if !same(
        "SELECT kind, value, confirmed, position, extension FROM contacts
         WHERE subscriber_id = ?1 ORDER BY position, id",
        &rows,
    )? {
        if !fresh {
            tx.execute_later("DELETE FROM contacts WHERE subscriber_id = ?1", &[&id])?;
        }
        for (pos, (kind, x)) in contacts.iter().enumerate() {
            tx.execute_later(
                "INSERT INTO contacts (subscriber_id, kind, value, confirmed, position, extension)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                &[&id, kind, &x.value, &x.confirmed, &pos, &x.extension],
            )?;
        }
    }
    let extra = c.extra.iter().map(|(k, v)| (k.as_str(), v.text()));
    super::extra::write_card_values(tx, id, extra, fresh)?;
    search::index(tx, id, &model::search_body(c), fresh)
}

/// Sets whether the card's contact `value` of `kind` (`email`, `phone`)
/// is confirmed; true when that changed anything.
pub fn set_contact_confirmed(
    tx: &Tx,
    id: i64,
    kind: &str,
    value: &str,
    confirmed: bool,
) -> Result<bool> {
    let n = tx.execute(
        "UPDATE contacts SET confirmed = ?4
         WHERE subscriber_id = ?1 AND kind = ?2 AND value = ?3 AND confirmed <> ?4",
        &[&id, &kind, &value, &confirmed],
    )?;
    Ok(n > 0)
}

/// Marks (`Some(channel)`) or clears the card's credentials as pending
/// delivery.
pub fn set_credentials_pending(tx: &Tx, id: i64, channel: Option<&str>) -> Result<()> {
    tx.execute(
        "UPDATE subscribers SET credentials_pending = ?2 WHERE id = ?1",
        &[&id, &channel],
    )?;
    Ok(())
}

pub fn set_password_hash(tx: &Tx, id: i64, hash: Option<&str>, at: &str) -> Result<()> {
    tx.execute(
        "UPDATE subscribers SET password_hash = ?2, updated_at = ?3 WHERE id = ?1",
        &[&id, &hash, &at],
    )?;
    Ok(())
}

/// The stored hash for a login: `None` when no card has the login,
/// `Some(None)` when the card has no password.
pub fn password_hash(tx: &Tx, login: &str) -> Result<Option<Option<String>>> {
    tx.query_row(
        "SELECT password_hash FROM subscribers WHERE login = ?1 AND archived = 0",
        &[&login],
        |r| r.get("password_hash"),
    )
}

/// The cards holding any of `logins`: `(login, id)`.
pub fn login_owners(tx: &Tx, logins: &[&str]) -> Result<Vec<(String, i64)>> {
    let mut out = Vec::new();
    tx.each_in(
        "SELECT login, id FROM subscribers WHERE login IN (?*)",
        logins,
        |r| {
            out.push((r.get("login")?, r.get("id")?));
            Ok(())
        },
    )?;
    Ok(out)
}

/// Active cards other than `except` holding this INN (and KPP, when given;
/// a card without KPP matches only cards without KPP).
pub fn active_with_inn_kpp(
    tx: &Tx,
    inn: &str,
    kpp: Option<&str>,
    except: i64,
) -> Result<Vec<(i64, String)>> {
    tx.query(
        "SELECT id, display_name FROM subscribers
         WHERE inn = ?1 AND coalesce(kpp, '') = coalesce(?2, '') AND archived = 0 AND id <> ?3",
        &[&inn, &kpp, &except],
        |r| Ok((r.get("id")?, r.get("display_name")?)),
    )
}

/// Ids matching a reference: by id, login, uid, or INN (+KPP).
pub fn find(tx: &Tx, by: &str, value: &str, kpp: Option<&str>) -> Result<Vec<i64>> {
    let id = |r: &Row| r.get::<i64>("id");
    match by {
        "id" => match value.parse::<i64>() {
            Ok(n) => tx.query("SELECT id FROM subscribers WHERE id = ?1", &[&n], id),
            Err(_) => Ok(Vec::new()),
        },
        "login" => tx.query("SELECT id FROM subscribers WHERE login = ?1", &[&value], id),
        "uid" => tx.query("SELECT id FROM subscribers WHERE uid = ?1", &[&value], id),
        "inn" => tx.query(
            "SELECT id FROM subscribers WHERE inn = ?1 AND (CAST(?2 AS TEXT) IS NULL OR kpp = ?2) ORDER BY archived, id",
            &[&value, &kpp],
            id,
        ),
        _ => Err(Error::internal("ref", crate::t!("store-unknown-lookup", by = by))),
    }
}

/// Every card id in creation order, for export.
pub fn all_ids(tx: &Tx) -> Result<Vec<i64>> {
    tx.query("SELECT id FROM subscribers ORDER BY id", &[], |r| {
        r.get("id")
    })
}

pub fn count(tx: &Tx) -> Result<i64> {
    Ok(tx
        .value("SELECT count(*) AS value FROM subscribers", &[])?
        .unwrap_or(0))
}
