//! The `groups` and `managers` tables: the small named lists a card refers to.

use super::optional;
use super::Tx;
use crate::error::Result;
use rusqlite::params;
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
    let conn = tx.conn();
    optional(
        conn.query_row("SELECT id FROM groups WHERE name = ?1", [name], |r| {
            r.get(0)
        }),
    )
}

pub fn add_group(tx: &Tx, name: &str, description: Option<&str>) -> Result<i64> {
    let conn = tx.conn();
    conn.execute(
        "INSERT INTO groups (name, description) VALUES (?1, ?2)",
        params![name, description],
    )?;
    Ok(conn.last_insert_rowid())
}

pub fn groups(tx: &Tx) -> Result<Vec<Group>> {
    let conn = tx.conn();
    let mut stmt = conn.prepare(
        "SELECT g.name, g.description,
                (SELECT count(*) FROM subscriber_groups sg WHERE sg.group_id = g.id)
         FROM groups g ORDER BY g.name",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(Group {
            name: r.get(0)?,
            description: r.get(1)?,
            subscribers: r.get(2)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Members of the group, or `None` when there is no such group.
pub fn group_members(tx: &Tx, name: &str) -> Result<Option<i64>> {
    let conn = tx.conn();
    optional(conn.query_row(
        "SELECT (SELECT count(*) FROM subscriber_groups sg WHERE sg.group_id = g.id)
         FROM groups g WHERE g.name = ?1",
        [name],
        |r| r.get(0),
    ))
}

/// Removes the group and every membership in it.
pub fn remove_group(tx: &Tx, name: &str) -> Result<bool> {
    let conn = tx.conn();
    conn.execute(
        "DELETE FROM subscriber_groups WHERE group_id = (SELECT id FROM groups WHERE name = ?1)",
        [name],
    )?;
    Ok(conn.execute("DELETE FROM groups WHERE name = ?1", [name])? > 0)
}

pub fn manager(tx: &Tx, name: &str) -> Result<Option<(i64, String)>> {
    let conn = tx.conn();
    optional(conn.query_row(
        "SELECT id, email FROM managers WHERE name = ?1",
        [name],
        |r| Ok((r.get(0)?, r.get(1)?)),
    ))
}

pub fn add_manager(tx: &Tx, name: &str, email: &str, phone: Option<&str>) -> Result<i64> {
    let conn = tx.conn();
    conn.execute(
        "INSERT INTO managers (name, email, phone) VALUES (?1, ?2, ?3)",
        params![name, email, phone],
    )?;
    Ok(conn.last_insert_rowid())
}

pub fn managers(tx: &Tx) -> Result<Vec<Manager>> {
    let conn = tx.conn();
    let mut stmt = conn.prepare(
        "SELECT m.name, m.email, m.phone,
                (SELECT count(*) FROM subscribers s WHERE s.manager_id = m.id)
         FROM managers m ORDER BY m.name",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(Manager {
            name: r.get(0)?,
            email: r.get(1)?,
            phone: r.get(2)?,
            subscribers: r.get(3)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn manager_subscribers(tx: &Tx, name: &str) -> Result<Option<i64>> {
    let conn = tx.conn();
    optional(conn.query_row(
        "SELECT (SELECT count(*) FROM subscribers s WHERE s.manager_id = m.id)
         FROM managers m WHERE m.name = ?1",
        [name],
        |r| r.get(0),
    ))
}

pub fn remove_manager(tx: &Tx, name: &str) -> Result<bool> {
    let conn = tx.conn();
    Ok(conn.execute("DELETE FROM managers WHERE name = ?1", [name])? > 0)
}
