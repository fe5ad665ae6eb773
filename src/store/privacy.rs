//! Personal data (`subscriber forget`): when a card was archived, the
//! erasure of a card's personal data in every table that holds it, and
//! the acts of destruction. Which cards and which data is the core's to
//! decide ([`crate::core::privacy`]); this writes it, inside
//! [`super::Store::write_erasing`].

use super::Tx;
use crate::error::Result;

/// The history's stand-in for an erased value.
pub const ERASED: &str = "(erased)";

/// The history actions that archive a card, as an SQL list.
const ARCHIVINGS: &str = "('archive', 'import.archive', 'merged')";

/// When card `id` was last archived (the newest archive entry of its
/// history), or `None`.
pub fn archived_at(tx: &Tx, id: i64) -> Result<Option<String>> {
    Ok(tx
        .value(
            &format!(
                "SELECT max(at) AS value FROM history
                 WHERE subscriber_id = ?1 AND action IN {ARCHIVINGS}"
            ),
            &[&id],
        )?
        .flatten())
}

/// What an erasure writes in place of the card's personal data.
pub struct Erasure<'a> {
    pub id: i64,
    /// A person or sole trader (a legal card keeps its own data).
    pub person: bool,
    /// The names' stand-in (`Удалено 2026-12-01`) and the display name
    /// made from it.
    pub marker: &'a str,
    pub display_name: &'a str,
    /// The card's search text afterwards.
    pub search_body: &'a str,
    /// The day, for `forgotten_on`, and the moment, for `updated_at`.
    pub on: &'a str,
    pub at: &'a str,
    /// The card's INN: DaData's answers about it hold a sole trader's name.
    pub inn: Option<&'a str>,
    /// The extra fields marked personal.
    pub personal_extra: &'a [String],
    /// History fields whose values may stay (nothing personal in them).
    pub history_kept: &'a [&'a str],
    /// Also the card's employees' names and contacts (a legal card's).
    pub employees: bool,
}

/// Erases card `id`'s personal data everywhere it is kept. Returns the
/// number of history values erased.
pub fn erase(tx: &Tx, e: &Erasure) -> Result<usize> {
    let person = e.person;
    if person {
        tx.execute(
            "UPDATE subscribers SET
                 last_name = ?2, first_name = NULL, middle_name = NULL, name = NULL,
                 full_name = NULL, display_name = ?3,
                 doc_type = NULL, doc_series = NULL, doc_number = NULL, doc_issued_by = NULL,
                 doc_issued_on = NULL, doc_division_code = NULL, birth_date = NULL,
                 birth_place = NULL, delivery_address = NULL, comment = NULL, consent_on = NULL,
                 import_fp = NULL, forgotten_on = ?4, updated_at = ?5
             WHERE id = ?1",
            &[&e.id, &e.marker, &e.display_name, &e.on, &e.at],
        )?;
        tx.execute("DELETE FROM addresses WHERE subscriber_id = ?1", &[&e.id])?;
        tx.execute("DELETE FROM contacts WHERE subscriber_id = ?1", &[&e.id])?;
        super::search::erase(tx, e.id, e.search_body)?;
        if let Some(inn) = e.inn {
            tx.execute(
                "DELETE FROM dadata_cache WHERE kind = 'party' AND query = ?1",
                &[&inn],
            )?;
        }
    }
    for name in e.personal_extra {
        tx.execute(
            "DELETE FROM extra_values WHERE subscriber_id = ?1 AND name = ?2",
            &[&e.id, name],
        )?;
    }
    if e.employees {
        tx.execute(
            "UPDATE employees SET last_name = ?2, first_name = ?2, middle_name = NULL,
                 email = NULL, phone = NULL
             WHERE subscriber_id = ?1",
            &[&e.id, &e.marker],
        )?;
    }
    let kept: Vec<String> = e.history_kept.iter().map(|f| format!("'{f}'")).collect();
    // A person's every value but the kept fields'; a company's only its
    // employees' (its own history is not personal data).
    let which = if person {
        format!("(field IS NULL OR field NOT IN ({}))", kept.join(", "))
    } else {
        "field = 'employee'".to_string()
    };
    let mut erased = 0;
    for column in ["old_value", "new_value"] {
        erased += tx.execute(
            &format!(
                "UPDATE history SET {column} = ?2
                 WHERE subscriber_id = ?1 AND {column} IS NOT NULL AND {column} <> ?2 AND {which}"
            ),
            &[&e.id, &ERASED],
        )?;
    }
    Ok(erased)
}

/// An act of destruction as kept.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Act {
    pub id: i64,
    pub at: String,
    pub actor: String,
    pub subscriber_id: i64,
    pub text: String,
}

/// Keeps a new act whose text names its own number: `text` is given the
/// number the act gets. Returns the number and the text.
pub fn add_act(
    tx: &Tx,
    at: &str,
    actor: &str,
    subscriber_id: i64,
    text: impl FnOnce(i64) -> String,
) -> Result<(i64, String)> {
    let id = tx.insert_one(
        "INSERT INTO privacy_acts (at, actor, subscriber_id, text) VALUES (?1, ?2, ?3, '')",
        &[&at, &actor, &subscriber_id],
    )?;
    let text = text(id);
    tx.execute(
        "UPDATE privacy_acts SET text = ?2 WHERE id = ?1",
        &[&id, &text],
    )?;
    Ok((id, text))
}

/// The acts, newest first (one, with `id`).
pub fn acts(tx: &Tx, id: Option<i64>) -> Result<Vec<Act>> {
    tx.query(
        "SELECT id, at, actor, subscriber_id, text FROM privacy_acts
         WHERE ?1 = 0 OR id = ?1 ORDER BY id DESC",
        &[&id.unwrap_or(0)],
        |r| {
            Ok(Act {
                id: r.get("id")?,
                at: r.get("at")?,
                actor: r.get("actor")?,
                subscriber_id: r.get("subscriber_id")?,
                text: r.get("text")?,
            })
        },
    )
}

/// The archived persons' and sole traders' cards not forgotten whose last
/// archiving was before `before` (RFC 3339), by id.
pub fn due(tx: &Tx, before: &str) -> Result<Vec<i64>> {
    tx.query(
        &format!(
            "SELECT s.id AS id FROM subscribers s
         WHERE s.archived = 1 AND s.type <> 'legal' AND s.forgotten_on IS NULL
           AND (SELECT max(h.at) FROM history h WHERE h.subscriber_id = s.id
                AND h.action IN {ARCHIVINGS}) < ?1
         ORDER BY s.id"
        ),
        &[&before],
        |r| r.get("id"),
    )
}

/// Records that `actor` read the full cards `ids` with `command`: one
/// entry, its cards written with it.
pub fn log_read(tx: &Tx, at: &str, actor: &str, command: &str, ids: &[i64]) -> Result<i64> {
    let entry = tx.insert_one(
        "INSERT INTO read_log (at, actor, command, cards) VALUES (?1, ?2, ?3, ?4)",
        &[&at, &actor, &command, &(ids.len() as i64)],
    )?;
    for id in ids {
        tx.execute_later(
            "INSERT INTO read_log_cards (entry_id, subscriber_id) VALUES (?1, ?2)",
            &[&entry, id],
        )?;
    }
    Ok(entry)
}

/// One entry of the read log.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ReadEntry {
    pub id: i64,
    pub at: String,
    pub actor: String,
    pub command: String,
    /// How many cards the command read.
    pub cards: i64,
}

/// The read log's entries, oldest first: those that read card
/// `subscriber` (all when `None`), from `since` (RFC 3339 or a day) on.
pub fn read_log(tx: &Tx, subscriber: Option<i64>, since: Option<&str>) -> Result<Vec<ReadEntry>> {
    tx.query(
        "SELECT l.id AS id, l.at AS at, l.actor AS actor, l.command AS command, l.cards AS cards
         FROM read_log l
         WHERE l.at >= ?2
           AND (?1 = 0 OR EXISTS (SELECT 1 FROM read_log_cards c
                                  WHERE c.subscriber_id = ?1 AND c.entry_id = l.id))
         ORDER BY l.id",
        &[&subscriber.unwrap_or(0), &since.unwrap_or("")],
        |r| {
            Ok(ReadEntry {
                id: r.get("id")?,
                at: r.get("at")?,
                actor: r.get("actor")?,
                command: r.get("command")?,
                cards: r.get("cards")?,
            })
        },
    )
}
