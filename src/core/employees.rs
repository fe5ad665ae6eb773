//! Employees of legal and ip subscribers (`employee add|list|remove`):
//! names required, e-mail and phone checked as on the card (the phone
//! stored as E.164 in Russia); person cards have none.

use super::card_write::Stamp;
use super::{contacts, now, Registry};
use crate::error::{Error, Result};
use crate::model::fields::{self, clean_text};
use crate::model::{Employee, Kind};
use crate::store;
use crate::t;

/// What `employee add` was given.
#[derive(Debug, Clone, Default)]
pub struct EmployeeInput {
    pub last_name: String,
    pub first_name: String,
    pub middle_name: Option<String>,
    pub position: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
}

fn trimmed(v: Option<String>) -> Option<String> {
    v.map(|s| clean_text(&s)).filter(|s| !s.is_empty())
}

impl Registry {
    /// Adds an employee to a legal or ip card; returns it with its id.
    pub fn employee_add(&mut self, reference: &str, input: EmployeeInput) -> Result<Employee> {
        let id = self.resolve(reference)?;
        let mut e = Employee {
            id: 0,
            last_name: clean_text(&input.last_name),
            first_name: clean_text(&input.first_name),
            middle_name: trimmed(input.middle_name),
            position: trimmed(input.position),
            email: trimmed(input.email),
            phone: trimmed(input.phone),
        };
        let texts = [
            ("last_name", Some(&e.last_name)),
            ("first_name", Some(&e.first_name)),
            ("middle_name", e.middle_name.as_ref()),
            ("position", e.position.as_ref()),
            ("email", e.email.as_ref()),
            ("phone", e.phone.as_ref()),
        ];
        for (field, v) in texts {
            fields::check_chars(field, v.map_or("", String::as_str), fields::EXTRA)?;
        }
        for (field, v) in [("last_name", &e.last_name), ("first_name", &e.first_name)] {
            if v.is_empty() {
                return Err(Error::invalid(
                    field,
                    t!("employee-needs", flag = field.replace('_', "-")),
                ));
            }
        }
        e.email = e.email.as_deref().map(contacts::email).transpose()?;
        e.phone = e
            .phone
            .as_deref()
            .map(|p| contacts::phone_text(p, &self.settings))
            .transpose()?;
        let (actor, at) = (self.actor.clone(), now());
        self.store.write(|tx| {
            let card = store::subscribers::load(tx, id)?
                .ok_or_else(|| Error::not_found("subscriber", t!("card-id-not-found", id = id)))?;
            if card.kind == Kind::Person {
                return Err(Error::invalid(
                    "employee",
                    t!(
                        "employee-person-card",
                        id = id,
                        name = card.display_name.as_str()
                    ),
                ));
            }
            e.id = store::employees::add(tx, id, &e, &at)?;
            Stamp::new(&actor, &at).record(
                tx,
                Some(id),
                "employee.add",
                Some("employee"),
                None,
                Some(&format!("{} ({})", e.full_name(), e.id)),
            )
        })?;
        Ok(e)
    }

    /// The card's employees, in the order they were added.
    pub fn employees(&self, reference: &str) -> Result<Vec<Employee>> {
        self.read(|c| store::employees::of_subscriber(c, self.resolve(reference)?))
    }

    /// Removes an employee by id; returns it.
    pub fn employee_remove(&mut self, employee_id: i64) -> Result<Employee> {
        let (actor, at) = (self.actor.clone(), now());
        self.store.write(|tx| {
            let (subscriber, e) = store::employees::get(tx, employee_id)?.ok_or_else(|| {
                Error::not_found("employee", t!("employee-not-found", id = employee_id))
            })?;
            store::employees::remove(tx, employee_id)?;
            Stamp::new(&actor, &at).record(
                tx,
                Some(subscriber),
                "employee.remove",
                Some("employee"),
                Some(&format!("{} ({})", e.full_name(), e.id)),
                None,
            )?;
            Ok(e)
        })
    }
}
