//! `abonent validate KIND VALUE…`: runs one requisite check per value and
//! prints one result each; exit 0 when all are valid, 3 otherwise.

use super::output::object;
use super::{Ctx, Outcome};
use crate::requisites::{self, CheckError};
use clap::{Args, ValueEnum};
use serde_json::Value;
use std::io::BufRead;

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ValidateKind {
    Inn,
    Ogrn,
    Ogrnip,
    Kpp,
    Bik,
    Account,
    CorrAccount,
    Snils,
    Okpo,
    Okved,
    Email,
    Phone,
}

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  abonent validate inn 7707083893 7707083894\n  \
abonent validate account 40702810900000002851 --bik 044030827\n  cut -d';' -f3 export.csv | abonent validate inn --format jsonl"
)]
pub struct ValidateArgs {
    /// What the values are
    #[arg(value_enum)]
    pub kind: ValidateKind,
    /// Values to check; read one per line from stdin when none are given
    pub values: Vec<String>,
    /// The bank's BIK, needed for account and corr-account
    #[arg(long)]
    pub bik: Option<String>,
}

fn check(kind: ValidateKind, v: &str, bik: Option<&str>) -> Result<Option<String>, CheckError> {
    use ValidateKind::*;
    let unit = |r: Result<(), CheckError>| r.map(|_| None);
    match kind {
        Inn => unit(requisites::inn(v)),
        Ogrn => unit(requisites::ogrn(v)),
        Ogrnip => unit(requisites::ogrnip(v)),
        Kpp => unit(requisites::kpp(v)),
        Bik => unit(requisites::bik(v)),
        Account => unit(requisites::account(v, bik.unwrap_or_default())),
        CorrAccount => unit(requisites::corr_account(v, bik.unwrap_or_default())),
        Snils => requisites::snils(v).map(|_| requisites::normalize_snils(v)),
        Okpo => unit(requisites::okpo(v)),
        Okved => unit(requisites::okved(v)),
        Email => unit(requisites::email(v)),
        Phone => requisites::normalize_phone(v).map(Some),
    }
}

pub fn run(ctx: &Ctx, args: ValidateArgs) -> Outcome {
    let needs_bik = matches!(args.kind, ValidateKind::Account | ValidateKind::CorrAccount);
    if needs_bik && args.bik.is_none() {
        use clap::CommandFactory;
        super::Cli::command()
            .error(
                clap::error::ErrorKind::MissingRequiredArgument,
                "account checks need the bank's --bik",
            )
            .exit();
    }
    let values: Vec<String> = if args.values.is_empty() {
        std::io::stdin()
            .lock()
            .lines()
            .collect::<Result<Vec<_>, _>>()?
            .into_iter()
            .map(|l| l.trim().to_string())
            .filter(|l| !l.is_empty())
            .collect()
    } else {
        args.values
    };
    let kind_name = args
        .kind
        .to_possible_value()
        .map(|p| p.get_name().to_string())
        .unwrap_or_default();
    let mut all_valid = true;
    let rows: Vec<Value> = values
        .iter()
        .map(|v| {
            let r = check(args.kind, v.trim(), args.bik.as_deref());
            all_valid &= r.is_ok();
            let (valid, error, normalized) = match r {
                Ok(n) => (true, Value::Null, n.map_or(Value::Null, Value::String)),
                Err(e) => (false, Value::String(e.message), Value::Null),
            };
            object(vec![
                ("kind", kind_name.clone().into()),
                ("value", v.clone().into()),
                ("valid", valid.into()),
                ("error", error),
                ("normalized", normalized),
            ])
        })
        .collect();
    ctx.out.list(
        &rows,
        &[
            ("kind", "kind"),
            ("value", "value"),
            ("valid", "valid"),
            ("error", "error"),
        ],
    )?;
    Ok(if all_valid { 0 } else { 3 })
}
