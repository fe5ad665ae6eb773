//! The `employees` table: the people of a legal or ip subscriber.

use super::{Row, Tx};
use crate::error::{Error, Result};
use crate::model::Employee;

const COLUMNS: &str = "id, last_name, first_name, middle_name, position, email, phone";

fn from_row(r: &Row) -> Result<Employee> {
    Ok(Employee {
        id: r.get("id")?,
        last_name: r.get("last_name")?,
        first_name: r.get("first_name")?,
        middle_name: r.get("middle_name")?,
        position: r.get("position")?,
        email: r.get("email")?,
        phone: r.get("phone")?,
    })
}

/// The subscriber's employees, in the order they were added.
pub fn of_subscriber(tx: &Tx, subscriber_id: i64) -> Result<Vec<Employee>> {
    let mut out = Vec::new();
    of_subscribers(tx, &[subscriber_id], |_, e| out.push(e))?;
    Ok(out)
}

/// The employees of the subscribers `ids`, each card's in the order they
/// were added.
pub fn of_subscribers(tx: &Tx, ids: &[i64], mut each: impl FnMut(i64, Employee)) -> Result<()> {
    tx.each_in(
        &format!(
            "SELECT subscriber_id, {COLUMNS} FROM employees WHERE subscriber_id IN (?*)
             ORDER BY subscriber_id, id"
        ),
        ids,
        |r| {
            each(r.get("subscriber_id")?, from_row(r)?);
            Ok(())
        },
    )
}

/// Adds an employee (its `id` is ignored); returns the new id.
pub fn add(tx: &Tx, subscriber_id: i64, e: &Employee, at: &str) -> Result<i64> {
    tx.query_row(
        "INSERT INTO employees (subscriber_id, last_name, first_name, middle_name, position, email, phone, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
         RETURNING id",
        &[&subscriber_id, &e.last_name, &e.first_name, &e.middle_name, &e.position, &e.email, &e.phone, &at],
        |r| r.get("id"),
    )?
    .ok_or_else(|| Error::internal("database", crate::t!("store-insert-no-id")))
}

/// One employee and the subscriber it belongs to, or `None`.
pub fn get(tx: &Tx, id: i64) -> Result<Option<(i64, Employee)>> {
    tx.query_row(
        &format!("SELECT subscriber_id, {COLUMNS} FROM employees WHERE id = ?1"),
        &[&id],
        |r| Ok((r.get("subscriber_id")?, from_row(r)?)),
    )
}

pub fn remove(tx: &Tx, id: i64) -> Result<bool> {
    Ok(tx.execute("DELETE FROM employees WHERE id = ?1", &[&id])? > 0)
}
