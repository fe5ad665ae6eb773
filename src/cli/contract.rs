//! `abonent contract …` (add, list, edit, close) and `abonent notify
//! contracts-ending`, the contract-end notices for a mailer or a cron job.

use super::{Ctx, Outcome};
use crate::core::contracts::ContractInput;
use crate::t;
use clap::{Args, Subcommand};
use serde_json::Value;

#[derive(Debug, Subcommand)]
pub enum ContractCmd {
    /// Add a contract to a card; the number comes from contract.template unless --number
    Add(AddArgs),
    /// List contracts (all, one card's, or the open ones ending soon)
    List(ListArgs),
    /// Change a contract's dates; a new --valid-to re-arms its end notice
    Edit(EditArgs),
    /// Close a contract (today unless --on)
    Close {
        /// The contract number
        number: String,
        /// Closing date, YYYY-MM-DD or DD.MM.YYYY (default: today)
        #[arg(long, value_name = "DATE")]
        on: Option<String>,
    },
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// Id, login, uid, or inn:NNNN[/KPP]
    #[arg(value_name = "REF")]
    pub reference: String,
    /// The number; must be unique (exit 5 when taken). Default: from contract.template
    #[arg(long, value_name = "N")]
    pub number: Option<String>,
    /// Signing date, YYYY-MM-DD or DD.MM.YYYY (default: today)
    #[arg(long, value_name = "DATE")]
    pub signed_on: Option<String>,
    /// Last day of the contract, YYYY-MM-DD or DD.MM.YYYY
    #[arg(long, value_name = "DATE")]
    pub valid_to: Option<String>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only this card's contracts (id, login, uid or inn:NNNN[/KPP])
    #[arg(long, value_name = "REF")]
    pub subscriber: Option<String>,
    /// Only open contracts whose valid_to is from today to today + DAYS
    #[arg(long, value_name = "DAYS")]
    pub ending_within: Option<u32>,
}

#[derive(Debug, Args)]
pub struct EditArgs {
    /// The contract number
    pub number: String,
    /// New signing date, YYYY-MM-DD or DD.MM.YYYY
    #[arg(long, value_name = "DATE")]
    pub signed_on: Option<String>,
    /// New last day, YYYY-MM-DD or DD.MM.YYYY
    #[arg(long, value_name = "DATE")]
    pub valid_to: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum NotifyCmd {
    /// Open contracts ending within N days, with the subscriber's personal manager
    #[command(
        long_about = "Open contracts whose valid_to falls from today to today + N days (default: \
setting notify.days), each with its subscriber, display name, days left and personal manager \
(name, e-mail; null when the card has none). With --mark-sent each contract is listed once per \
valid_to, so a daily cron job sends each notice once; moving valid_to re-arms it. Contracts of \
cards without a manager are counted in a note on stderr."
    )]
    ContractsEnding {
        /// The window in days (default: setting notify.days)
        #[arg(long, value_name = "N")]
        days: Option<u32>,
        /// List each contract once per valid_to, and remember it was sent
        #[arg(long)]
        mark_sent: bool,
    },
}

const CONTRACT_COLUMNS: &[(&str, &str)] = &[
    ("number", "number"),
    ("subscriber", "subscriber_id"),
    ("login", "login"),
    ("signed_on", "signed_on"),
    ("valid_to", "valid_to"),
    ("closed_on", "closed_on"),
];

const NOTICE_COLUMNS: &[(&str, &str)] = &[
    ("contract", "contract"),
    ("subscriber", "subscriber_id"),
    ("login", "login"),
    ("name", "display_name"),
    ("valid_to", "valid_to"),
    ("days_left", "days_left"),
    ("manager", "manager.name"),
    ("manager_email", "manager.email"),
];

pub fn run(ctx: &Ctx, cmd: ContractCmd) -> Outcome {
    let mut reg = ctx.open()?;
    match cmd {
        ContractCmd::Add(a) => {
            let c = reg.contract_add(
                &a.reference,
                ContractInput {
                    number: a.number,
                    signed_on: a.signed_on,
                    valid_to: a.valid_to,
                },
            )?;
            ctx.out
                .note(t!("contract-added", number = c.number.as_str()));
            ctx.out
                .object(&serde_json::to_value(&c)?, CONTRACT_COLUMNS)?;
        }
        ContractCmd::List(a) => {
            let list = reg.contracts(a.subscriber.as_deref(), a.ending_within.map(i64::from))?;
            let v = serde_json::to_value(list)?;
            let rows: Vec<Value> = v.as_array().cloned().unwrap_or_default();
            ctx.out.list(&rows, CONTRACT_COLUMNS)?;
        }
        ContractCmd::Edit(a) => {
            let c = reg.contract_edit(&a.number, a.signed_on.as_deref(), a.valid_to.as_deref())?;
            ctx.out
                .object(&serde_json::to_value(&c)?, CONTRACT_COLUMNS)?;
        }
        ContractCmd::Close { number, on } => {
            let c = reg.contract_close(&number, on.as_deref())?;
            ctx.out
                .object(&serde_json::to_value(&c)?, CONTRACT_COLUMNS)?;
        }
    }
    Ok(0)
}

pub fn notify(ctx: &Ctx, cmd: NotifyCmd) -> Outcome {
    let mut reg = ctx.open()?;
    match cmd {
        NotifyCmd::ContractsEnding { days, mark_sent } => {
            let notices = reg.contracts_ending(days.map(i64::from), mark_sent)?;
            let v = serde_json::to_value(&notices)?;
            let rows: Vec<Value> = v.as_array().cloned().unwrap_or_default();
            ctx.out.list(&rows, NOTICE_COLUMNS)?;
            let orphans = notices.iter().filter(|n| n.manager.is_none()).count();
            if orphans > 0 {
                // Their notices reach nobody: a warning, shown in cron too.
                ctx.out.warn(t!("contract-orphans", n = orphans));
            }
        }
    }
    Ok(0)
}
