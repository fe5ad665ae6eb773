//! The `employees` table: the people of a legal or ip subscriber.

use super::optional;
use super::Tx;
use crate::error::Result;
use crate::model::Employee;
use rusqlite::params;

const COLUMNS: &str = "id, last_name, first_name, middle_name, position, email, phone";

fn from_row(r: &rusqlite::Row) -> rusqlite::Result<Employee> {
    Ok(Employee {
        id: r.get(0)?,
        last_name: r.get(1)?,
        first_name: r.get(2)?,
        middle_name: r.get(3)?,
        position: r.get(4)?,
        email: r.get(5)?,
        phone: r.get(6)?,
    })
}

/// The subscriber's employees, in the order they were added.
pub fn of_subscriber(tx: &Tx, subscriber_id: i64) -> Result<Vec<Employee>> {
    let conn = tx.conn();
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM employees WHERE subscriber_id = ?1 ORDER BY id"
    ))?;
    let rows = stmt.query_map([subscriber_id], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Adds an employee (its `id` is ignored); returns the new id.
pub fn add(tx: &Tx, subscriber_id: i64, e: &Employee, at: &str) -> Result<i64> {
    let conn = tx.conn();
    conn.execute(
        "INSERT INTO employees (subscriber_id, last_name, first_name, middle_name, position, email, phone, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![subscriber_id, e.last_name, e.first_name, e.middle_name, e.position, e.email, e.phone, at],
    )?;
    Ok(conn.last_insert_rowid())
}

/// One employee and the subscriber it belongs to, or `None`.
pub fn get(tx: &Tx, id: i64) -> Result<Option<(i64, Employee)>> {
    let conn = tx.conn();
    optional(conn.query_row(
        &format!("SELECT subscriber_id, {COLUMNS} FROM employees WHERE id = ?1"),
        [id],
        |r| {
            Ok((
                r.get(0)?,
                Employee {
                    id: r.get(1)?,
                    last_name: r.get(2)?,
                    first_name: r.get(3)?,
                    middle_name: r.get(4)?,
                    position: r.get(5)?,
                    email: r.get(6)?,
                    phone: r.get(7)?,
                },
            ))
        },
    ))
}

pub fn remove(tx: &Tx, id: i64) -> Result<bool> {
    let conn = tx.conn();
    Ok(conn.execute("DELETE FROM employees WHERE id = ?1", [id])? > 0)
}
