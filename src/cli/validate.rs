//! `abonent validate KIND VALUE…`: runs one requisite check per value and
//! prints one result each (with its warnings: a BIK outside 04, an OKPO
//! padded, an account whose key needs `--bik`); exit 0 when all are valid,
//! 3 otherwise.

use super::output::object;
use super::{Ctx, Outcome};
use crate::core::contacts::read_phone;
use crate::model::Contact;
use crate::requisites::{self, CheckError};
use crate::t;
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

/// What a valid value gave: its normalised form (for the kinds that have
/// one) and the warnings it deserves, which are printed with the result.
#[derive(Debug, Default)]
struct Checked {
    normalized: Option<String>,
    warnings: Vec<String>,
    /// E-mails and phones: the values the one given holds (split as a card
    /// flag or a 1C cell is), a phone with its extension apart.
    contacts: Option<Value>,
}

impl Checked {
    fn warn(message: String) -> Self {
        Checked {
            warnings: vec![message],
            ..Checked::default()
        }
    }
}

/// An account checked with `--bik`: the BIK's own warning, if it has one.
fn with_bik(bik: &str) -> Checked {
    Checked {
        warnings: requisites::bik_warning(bik)
            .map(|w| t!("validate-bik-warning", warning = w).into_string())
            .into_iter()
            .collect(),
        ..Checked::default()
    }
}

/// An account checked without `--bik`: its format only.
fn key_needs_bik() -> Checked {
    Checked::warn(t!("validate-key-needs-bik").into_string())
}

fn check(kind: ValidateKind, v: &str, bik: Option<&str>) -> Result<Checked, CheckError> {
    use ValidateKind::*;
    let unit = |r: Result<(), CheckError>| r.map(|_| Checked::default());
    match kind {
        Inn => unit(requisites::inn(v)),
        Ogrn => unit(requisites::ogrn(v)),
        Ogrnip => unit(requisites::ogrnip(v)),
        Kpp => unit(requisites::kpp(v)),
        Bik => requisites::bik(v).map(|_| Checked {
            warnings: requisites::bik_warning(v).into_iter().collect(),
            ..Checked::default()
        }),
        Account => match bik {
            Some(b) => requisites::account(v, b).map(|_| with_bik(b)),
            None => requisites::account_format(v).map(|_| key_needs_bik()),
        },
        CorrAccount => match bik {
            Some(b) => requisites::corr_account(v, b).map(|_| with_bik(b)),
            None => requisites::corr_account_format(v).map(|_| key_needs_bik()),
        },
        Snils => requisites::snils(v).map(|_| Checked {
            normalized: requisites::normalize_snils(v),
            ..Checked::default()
        }),
        // As the import does: a number whose leading zeros a spreadsheet
        // dropped is valid once the check digit confirms the padding.
        Okpo => match (requisites::okpo(v), requisites::repair_okpo(v)) {
            (Err(_), Some(fixed)) => Ok(Checked {
                warnings: vec![
                    t!("validate-okpo-padded", value = v, fixed = fixed.as_str()).into_string(),
                ],
                normalized: Some(fixed),
                contacts: None,
            }),
            (r, _) => unit(r),
        },
        Okved => unit(requisites::okved(v)),
        Email => contacts(false, &requisites::split_emails(v), |e| {
            requisites::email(e).map(|_| (Contact::new(e.to_string()), None))
        }),
        Phone => contacts(true, &requisites::split_phones(v), read_phone),
    }
}

/// A value that may hold several e-mails or phones: valid when every one
/// is; an error quotes the one that is not when there are several.
fn contacts(
    phones: bool,
    pieces: &[String],
    read: impl Fn(&str) -> Result<(Contact, Option<String>), CheckError>,
) -> Result<Checked, CheckError> {
    if pieces.is_empty() {
        return Err(CheckError::format(crate::t!("req-empty")));
    }
    let mut found = Vec::new();
    let mut warnings = Vec::new();
    for p in pieces {
        match read(p) {
            Ok((c, note)) => {
                found.push(c);
                // One note shared by numbers written as a block of lines.
                warnings.extend(note.filter(|n| !warnings.contains(n)));
            }
            Err(e) if pieces.len() == 1 => return Err(e),
            Err(e) => {
                return Err(CheckError {
                    message: format!("`{p}`: {}", e.message),
                    ..e
                })
            }
        }
    }
    let texts: Vec<String> = found.iter().map(Contact::text).collect();
    let list = found
        .iter()
        .map(|c| {
            let mut o = vec![("value", c.value.clone().into())];
            if phones {
                o.push(("extension", c.extension.clone().into()));
            }
            object(o)
        })
        .collect();
    Ok(Checked {
        normalized: Some(texts.join(", ")),
        warnings,
        contacts: Some(Value::Array(list)),
    })
}

pub fn run(ctx: &Ctx, args: ValidateArgs) -> Outcome {
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
            let (valid, error, checked) = match r {
                Ok(c) => (true, Value::Null, c),
                Err(e) => (false, Value::String(e.message), Checked::default()),
            };
            object(vec![
                ("kind", kind_name.clone().into()),
                ("value", v.clone().into()),
                ("valid", valid.into()),
                ("error", error),
                (
                    "normalized",
                    checked.normalized.map_or(Value::Null, Value::String),
                ),
                ("warnings", checked.warnings.into()),
                ("contacts", checked.contacts.unwrap_or(Value::Null)),
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
            ("normalized", "normalized"),
            ("warnings", "warnings"),
        ],
    )?;
    Ok(if all_valid { 0 } else { 3 })
}
