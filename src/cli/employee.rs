//! `abonent employee …`: the employees of legal and ip subscribers.

use super::{Ctx, Outcome};
use crate::core::employees::EmployeeInput;
use crate::t;
use clap::{Args, Subcommand};
use serde_json::Value;

#[derive(Debug, Subcommand)]
pub enum EmployeeCmd {
    /// Add an employee to a legal or ip card; prints it with its id
    Add(AddArgs),
    /// List a card's employees
    List {
        /// Id, login, uid, or inn:NNNN[/KPP]
        #[arg(value_name = "REF")]
        reference: String,
    },
    /// Remove an employee by id (from `employee list`)
    Remove {
        /// The employee's id
        id: i64,
    },
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// Id, login, uid, or inn:NNNN[/KPP] of a legal or ip card
    #[arg(value_name = "REF")]
    pub reference: String,
    /// Surname
    #[arg(long)]
    pub last_name: String,
    /// Given name
    #[arg(long)]
    pub first_name: String,
    /// Patronymic
    #[arg(long)]
    pub middle_name: Option<String>,
    /// Position, e.g. «главный бухгалтер»
    #[arg(long)]
    pub position: Option<String>,
    /// E-mail, checked as on the card
    #[arg(long)]
    pub email: Option<String>,
    /// Phone, stored as E.164
    #[arg(long)]
    pub phone: Option<String>,
}

const COLUMNS: &[(&str, &str)] = &[
    ("id", "id"),
    ("last_name", "last_name"),
    ("first_name", "first_name"),
    ("middle_name", "middle_name"),
    ("position", "position"),
    ("email", "email"),
    ("phone", "phone"),
];

pub fn run(ctx: &Ctx, cmd: EmployeeCmd) -> Outcome {
    let mut reg = ctx.open()?;
    match cmd {
        EmployeeCmd::Add(a) => {
            let e = reg.employee_add(
                &a.reference,
                EmployeeInput {
                    last_name: a.last_name,
                    first_name: a.first_name,
                    middle_name: a.middle_name,
                    position: a.position,
                    email: a.email,
                    phone: a.phone,
                },
            )?;
            ctx.out.note(t!("employee-added", id = e.id));
            ctx.out.object(&serde_json::to_value(&e)?, COLUMNS)?;
        }
        EmployeeCmd::List { reference } => {
            let v = serde_json::to_value(reg.employees(&reference)?)?;
            let rows: Vec<Value> = v.as_array().cloned().unwrap_or_default();
            ctx.out.list(&rows, COLUMNS)?;
        }
        EmployeeCmd::Remove { id } => {
            let e = reg.employee_remove(id)?;
            ctx.out
                .note(t!("employee-removed", id = e.id, name = e.full_name()));
        }
    }
    Ok(0)
}
