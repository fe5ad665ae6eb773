//! The `groups` and `managers` tables: the small named lists a card refers to.

use super::Tx;
use crate::error::{Error, Result};
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct Group {
    pub name: String,
    pub description: Option<String>,
    pub subscribers: i64,
}

#[derive(Debug, Clone, Serialize)]
pub struct Manager {
    pub name: String,
    pub email: String,
    pub phone: Option<String>,
    pub subscribers: i64,
}

pub fn group_id(tx: &Tx, name: &str) -> Result<Option<i64>> {
    tx.query_row("SELECT id FROM groups WHERE name = ?1", &[&name], |r| {
        r.get("id")
    })
}

pub fn add_group(tx: &Tx, name: &str, description: Option<&str>) -> Result<i64> {
    inserted_id(tx.query_row(
        "INSERT INTO groups (name, description) VALUES (?1, ?2) RETURNING id",
        &[&name, &description],
        |r| r.get("id"),
    )?)
}

pub fn groups(tx: &Tx) -> Result<Vec<Group>> {
    tx.query(
        "SELECT g.name AS name, g.description AS description,
                (SELECT count(*) FROM subscriber_groups sg WHERE sg.group_id = g.id) AS subscribers
         FROM groups g ORDER BY g.name",
        &[],
        |r| {
            Ok(Group {
                name: r.get("name")?,
                description: r.get("description")?,
                subscribers: r.get("subscribers")?,
            })
        },
    )
}

/// Members of the group, or `None` when there is no such group.
pub fn group_members(tx: &Tx, name: &str) -> Result<Option<i64>> {
    tx.value(
        "SELECT (SELECT count(*) FROM subscriber_groups sg WHERE sg.group_id = g.id) AS value
         FROM groups g WHERE g.name = ?1",
        &[&name],
    )
}

/// Removes the group and every membership in it.
pub fn remove_group(tx: &Tx, name: &str) -> Result<bool> {
    tx.execute(
        "DELETE FROM subscriber_groups WHERE group_id = (SELECT id FROM groups WHERE name = ?1)",
        &[&name],
    )?;
    Ok(tx.execute("DELETE FROM groups WHERE name = ?1", &[&name])? > 0)
}

pub fn manager(tx: &Tx, name: &str) -> Result<Option<(i64, String)>> {
    tx.query_row(
        "SELECT id, email FROM managers WHERE name = ?1",
        &[&name],
        |r| Ok((r.get("id")?, r.get("email")?)),
    )
}

pub fn add_manager(tx: &Tx, name: &str, email: &str, phone: Option<&str>) -> Result<i64> {
    inserted_id(tx.query_row(
        "INSERT INTO managers (name, email, phone) VALUES (?1, ?2, ?3) RETURNING id",
        &[&name, &email, &phone],
        |r| r.get("id"),
    )?)
}

pub fn managers(tx: &Tx) -> Result<Vec<Manager>> {
    tx.query(
        "SELECT m.name AS name, m.email AS email, m.phone AS phone,
                (SELECT count(*) FROM subscribers s WHERE s.manager_id = m.id) AS subscribers
         FROM managers m ORDER BY m.name",
        &[],
        |r| {
            Ok(Manager {
                name: r.get("name")?,
                email: r.get("email")?,
                phone: r.get("phone")?,
                subscribers: r.get("subscribers")?,
            })
        },
    )
}

pub fn manager_subscribers(tx: &Tx, name: &str) -> Result<Option<i64>> {
    tx.value(
        "SELECT (SELECT count(*) FROM subscribers s WHERE s.manager_id = m.id) AS value
         FROM managers m WHERE m.name = ?1",
        &[&name],
    )
}

pub fn remove_manager(tx: &Tx, name: &str) -> Result<bool> {
    Ok(tx.execute("DELETE FROM managers WHERE name = ?1", &[&name])? > 0)
}

/// The id an `INSERT … RETURNING id` returned (it always returns one row).
fn inserted_id(id: Option<i64>) -> Result<i64> {
    id.ok_or_else(|| Error::internal("database", crate::t!("store-insert-no-id")))
}
