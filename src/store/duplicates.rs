//! The candidates of `subscriber duplicates`: active cards that share an
//! INN, a passport, a phone or an e-mail, found by grouping in the
//! database (never by comparing cards in pairs), and every active card's
//! name for the core to fold. Which groups are probable duplicates is the
//! core's to decide ([`crate::core::duplicates`]).

use super::Tx;
use crate::error::Result;

/// A value shared by several active cards, and those cards' ids (with
/// each card's KPP for an INN: branches differ by it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shared {
    pub value: String,
    pub cards: Vec<(i64, Option<String>)>,
}

/// Rows of (value, id, kpp) ordered by value, as groups.
fn groups(tx: &Tx, sql: &str) -> Result<Vec<Shared>> {
    let mut out: Vec<Shared> = Vec::new();
    tx.each(sql, &[], |r| {
        let value: String = r.get("value")?;
        let card = (r.get("id")?, r.get("kpp")?);
        match out.last_mut() {
            Some(g) if g.value == value => {
                if g.cards.last().map(|c| c.0) != Some(card.0) {
                    g.cards.push(card);
                }
            }
            _ => out.push(Shared {
                value,
                cards: vec![card],
            }),
        }
        Ok(())
    })?;
    out.retain(|g| g.cards.len() > 1);
    Ok(out)
}

/// Active cards sharing an INN.
pub fn inn(tx: &Tx) -> Result<Vec<Shared>> {
    groups(
        tx,
        "SELECT s.inn AS value, s.id AS id, s.kpp AS kpp FROM subscribers s
         WHERE s.archived = 0 AND s.inn IN (
             SELECT inn FROM subscribers WHERE archived = 0 AND inn IS NOT NULL
             GROUP BY inn HAVING count(*) > 1)
         ORDER BY s.inn, s.id",
    )
}

/// Active cards sharing a passport's series and number (spaces aside).
pub fn passport(tx: &Tx) -> Result<Vec<Shared>> {
    groups(
        tx,
        "WITH p AS (
             SELECT id, replace(coalesce(doc_series, ''), ' ', '') || ' ' || replace(doc_number, ' ', '') AS value
             FROM subscribers
             WHERE archived = 0 AND doc_number IS NOT NULL AND doc_number <> '')
         SELECT p.value AS value, p.id AS id, NULL AS kpp FROM p
         WHERE p.value IN (SELECT value FROM p GROUP BY value HAVING count(*) > 1)
         ORDER BY p.value, p.id",
    )
}

/// Active cards sharing a contact of `kind` (`phone` or `email`; e-mails
/// compared in lower case): every such contact of an active card in
/// value order, one pass, grouped as it is read.
pub fn contact(tx: &Tx, kind: &str) -> Result<Vec<Shared>> {
    let (value, kind) = if kind == "email" {
        ("lower(c.value)", "email")
    } else {
        ("c.value", "phone")
    };
    groups(
        tx,
        &format!(
            "SELECT {value} AS value, c.subscriber_id AS id, NULL AS kpp
             FROM contacts c JOIN subscribers s ON s.id = c.subscriber_id
             WHERE s.archived = 0 AND c.kind = '{kind}'
             ORDER BY 1, 2"
        ),
    )
}

/// Every active card's id and display name, for the names' comparison.
pub fn names(tx: &Tx, mut each: impl FnMut(i64, &str)) -> Result<()> {
    tx.each(
        "SELECT id, display_name FROM subscribers WHERE archived = 0 ORDER BY id",
        &[],
        |r| {
            let name: String = r.get("display_name")?;
            each(r.get("id")?, &name);
            Ok(())
        },
    )
}

/// What a group shows of each card.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Summary {
    pub id: i64,
    pub uid: String,
    pub login: Option<String>,
    pub display_name: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub inn: Option<String>,
    pub kpp: Option<String>,
}

/// The summaries of `ids` that exist, by id: read by id for a few, by one
/// pass over the active cards for many (a statement per 256 ids would be
/// thousands).
pub fn summaries(tx: &Tx, ids: &[i64]) -> Result<Vec<Summary>> {
    const COLUMNS: &str = "id, uid, login, display_name, type, inn, kpp";
    let read = |r: &super::Row| -> Result<Summary> {
        Ok(Summary {
            id: r.get("id")?,
            uid: r.get("uid")?,
            login: r.get("login")?,
            display_name: r.get("display_name")?,
            kind: r.get("type")?,
            inn: r.get("inn")?,
            kpp: r.get("kpp")?,
        })
    };
    let mut out = Vec::with_capacity(ids.len());
    if ids.len() <= 4096 {
        tx.each_in(
            &format!("SELECT {COLUMNS} FROM subscribers WHERE id IN (?*)"),
            ids,
            |r| {
                out.push(read(r)?);
                Ok(())
            },
        )?;
    } else {
        let wanted: std::collections::HashSet<i64> = ids.iter().copied().collect();
        tx.each(
            &format!("SELECT {COLUMNS} FROM subscribers WHERE archived = 0"),
            &[],
            |r| {
                let id: i64 = r.get("id")?;
                if wanted.contains(&id) {
                    out.push(read(r)?);
                }
                Ok(())
            },
        )?;
    }
    out.sort_by_key(|s| s.id);
    Ok(out)
}
