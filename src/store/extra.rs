//! The `extra_fields` and `extra_values` tables: the operator's extra field
//! definitions and the cards' values (normalised text). The values of one
//! card are read and written with the card in [`super::subscribers`].

use super::{Row, Tx};
use crate::error::Result;

/// A stored definition; the core turns it into its own type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DefRow {
    pub name: String,
    pub label: Option<String>,
    pub ty: String,
    /// Comma list of the enum's values.
    pub enum_values: Option<String>,
    pub required: bool,
    pub personal: bool,
    /// Comma list of card types.
    pub kinds: String,
    pub pattern: Option<String>,
}

const DEF_COLUMNS: &str = "name, label, type, enum_values, required, personal, kinds, pattern";

fn def_from_row(r: &Row) -> Result<DefRow> {
    Ok(DefRow {
        name: r.get("name")?,
        label: r.get("label")?,
        ty: r.get("type")?,
        enum_values: r.get("enum_values")?,
        required: r.get("required")?,
        personal: r.get("personal")?,
        kinds: r.get("kinds")?,
        pattern: r.get("pattern")?,
    })
}

/// Every definition, by name.
pub fn defs(tx: &Tx) -> Result<Vec<DefRow>> {
    tx.query(
        &format!("SELECT {DEF_COLUMNS} FROM extra_fields ORDER BY name"),
        &[],
        def_from_row,
    )
}

pub fn def(tx: &Tx, name: &str) -> Result<Option<DefRow>> {
    tx.query_row(
        &format!("SELECT {DEF_COLUMNS} FROM extra_fields WHERE name = ?1"),
        &[&name],
        def_from_row,
    )
}

/// Inserts or replaces the definition of `d.name`.
pub fn put_def(tx: &Tx, d: &DefRow, at: &str) -> Result<()> {
    tx.execute(
        "INSERT INTO extra_fields (name, label, type, enum_values, required, kinds, pattern, created_at, personal)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
         ON CONFLICT (name) DO UPDATE SET label = excluded.label, type = excluded.type,
             enum_values = excluded.enum_values, required = excluded.required,
             kinds = excluded.kinds, pattern = excluded.pattern, personal = excluded.personal",
        &[&d.name, &d.label, &d.ty, &d.enum_values, &d.required, &d.kinds, &d.pattern, &at, &d.personal],
    )?;
    Ok(())
}

pub fn remove_def(tx: &Tx, name: &str) -> Result<bool> {
    Ok(tx.execute("DELETE FROM extra_fields WHERE name = ?1", &[&name])? > 0)
}

/// Every stored value of one field: (subscriber id, card type, value).
pub fn values_of(tx: &Tx, name: &str) -> Result<Vec<(i64, String, String)>> {
    tx.query(
        "SELECT v.subscriber_id AS subscriber_id, s.type AS type, v.value AS value
         FROM extra_values v
         JOIN subscribers s ON s.id = v.subscriber_id
         WHERE v.name = ?1 ORDER BY v.subscriber_id",
        &[&name],
        |r| Ok((r.get("subscriber_id")?, r.get("type")?, r.get("value")?)),
    )
}

pub fn set_value(tx: &Tx, subscriber_id: i64, name: &str, value: &str) -> Result<()> {
    tx.execute(
        "INSERT INTO extra_values (subscriber_id, name, value) VALUES (?1, ?2, ?3)
         ON CONFLICT (subscriber_id, name) DO UPDATE SET value = excluded.value",
        &[&subscriber_id, &name, &value],
    )?;
    Ok(())
}

/// Deletes every value of one field; returns how many.
pub fn remove_values(tx: &Tx, name: &str) -> Result<usize> {
    tx.execute("DELETE FROM extra_values WHERE name = ?1", &[&name])
}

/// One card's values: (name, value, type of the field if still defined).
pub fn card_values(
    tx: &Tx,
    ids: &[i64],
    mut each: impl FnMut(i64, String, String, Option<String>),
) -> Result<()> {
    tx.each_in(
        "SELECT v.subscriber_id AS subscriber_id, v.name AS name, v.value AS value, f.type AS type
         FROM extra_values v LEFT JOIN extra_fields f ON f.name = v.name
         WHERE v.subscriber_id IN (?*) ORDER BY v.subscriber_id, v.name",
        ids,
        |r| {
            each(
                r.get("subscriber_id")?,
                r.get("name")?,
                r.get("value")?,
                r.get("type")?,
            );
            Ok(())
        },
    )
}

/// Replaces one card's values (`fresh`: the card is new, nothing to delete).
pub fn write_card_values<'a>(
    tx: &Tx,
    id: i64,
    values: impl Iterator<Item = (&'a str, String)>,
    fresh: bool,
) -> Result<()> {
    let values: Vec<(&str, String)> = values.collect();
    if !fresh {
        // Written again only when they changed (see `write_children`).
        let rows: Vec<Vec<super::Value>> = values
            .iter()
            .map(|(name, value)| vec![super::Value::Text(name), super::Value::Text(value)])
            .collect();
        if tx.rows_are(
            "SELECT name, value FROM extra_values WHERE subscriber_id = ?1 ORDER BY rowid",
            &[&id],
            &rows,
        )? {
            return Ok(());
        }
        tx.execute_later("DELETE FROM extra_values WHERE subscriber_id = ?1", &[&id])?;
    }
    for (name, value) in &values {
        tx.execute_later(
            "INSERT INTO extra_values (subscriber_id, name, value) VALUES (?1, ?2, ?3)",
            &[&id, name, value],
        )?;
    }
    Ok(())
}
