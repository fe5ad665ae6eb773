//! clap's own refusals (an unknown flag, a bad value, a missing argument)
//! in the admin's language. clap writes them in English; for Russian this
//! formatter writes the same facts from the catalogue. The exit code (2)
//! and what is refused do not change with the language.

use crate::t;
use clap::builder::StyledStr;
use clap::error::{ContextKind, ContextValue, ErrorFormatter, ErrorKind};

/// Writes a clap error from the catalogue, in the process's language.
pub struct Catalogue;

impl ErrorFormatter for Catalogue {
    fn format_error(error: &clap::error::Error<Self>) -> StyledStr {
        let mut text = t!("usage-error").into_string();
        text.push_str(": ");
        text.push_str(&problem(error));
        let list = |kind| match error.get(kind) {
            Some(ContextValue::Strings(v)) if !v.is_empty() => Some(v.join(", ")),
            _ => None,
        };
        if let Some(values) = list(ContextKind::ValidValue) {
            text.push_str(&format!(
                "\n  {}",
                t!("usage-possible-values", values = values)
            ));
        }
        if let Some(values) = list(ContextKind::ValidSubcommand) {
            text.push_str(&format!("\n  {}", t!("usage-subcommands", values = values)));
        }
        let tips: Vec<String> = [
            ContextKind::SuggestedSubcommand,
            ContextKind::SuggestedArg,
            ContextKind::SuggestedValue,
        ]
        .into_iter()
        .filter_map(|kind| match error.get(kind) {
            Some(ContextValue::String(s)) => Some(s.clone()),
            Some(ContextValue::Strings(v)) if !v.is_empty() => Some(v.join(", ")),
            _ => None,
        })
        .collect();
        if !tips.is_empty() {
            text.push_str(&format!(
                "\n\n  {}",
                t!("usage-did-you-mean", value = tips.join(", "))
            ));
        } else if error.kind() == ErrorKind::UnknownArgument {
            if let Some(arg) = string(error, ContextKind::InvalidArg).filter(|a| a.starts_with('-'))
            {
                text.push_str(&format!("\n\n  {}", t!("usage-dash-value", arg = arg)));
            }
        }
        if let Some(ContextValue::StyledStr(usage)) = error.get(ContextKind::Usage) {
            let usage = usage.to_string();
            let line = usage.trim_start().strip_prefix("Usage:").unwrap_or(&usage);
            text.push_str(&format!("\n\n{}", t!("usage-line", usage = line.trim())));
        }
        text.push_str(&format!("\n\n{}\n", t!("usage-more")));
        StyledStr::from(text)
    }
}

fn string<F: ErrorFormatter>(error: &clap::error::Error<F>, kind: ContextKind) -> Option<String> {
    match error.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        Some(ContextValue::Strings(v)) => Some(v.join(", ")),
        _ => None,
    }
}

fn number<F: ErrorFormatter>(error: &clap::error::Error<F>, kind: ContextKind) -> i64 {
    match error.get(kind) {
        Some(ContextValue::Number(n)) => *n as i64,
        _ => 0,
    }
}

/// The first line: what is wrong, with the argument and the value.
fn problem<F: ErrorFormatter>(error: &clap::error::Error<F>) -> String {
    let arg = string(error, ContextKind::InvalidArg).unwrap_or_default();
    let value = string(error, ContextKind::InvalidValue).unwrap_or_default();
    let sub = string(error, ContextKind::InvalidSubcommand).unwrap_or_default();
    let msg = match error.kind() {
        ErrorKind::UnknownArgument => t!("usage-unknown-argument", arg = arg),
        ErrorKind::InvalidSubcommand => t!("usage-unknown-subcommand", name = sub),
        ErrorKind::InvalidValue if value.is_empty() => t!("usage-value-missing", arg = arg),
        ErrorKind::InvalidValue => t!("usage-invalid-value", arg = arg, value = value),
        ErrorKind::ValueValidation => {
            let reason = std::error::Error::source(error)
                .map(reason)
                .unwrap_or_default();
            t!("usage-bad-value", arg = arg, value = value, reason = reason)
        }
        ErrorKind::MissingRequiredArgument => {
            let args = match error.get(ContextKind::InvalidArg) {
                Some(ContextValue::Strings(v)) => v.join(", "),
                _ => arg,
            };
            t!("usage-missing-arguments", args = args)
        }
        ErrorKind::MissingSubcommand => t!("usage-missing-subcommand", name = sub),
        ErrorKind::ArgumentConflict => {
            let prior = string(error, ContextKind::PriorArg).unwrap_or_default();
            if prior.is_empty() || prior == arg {
                t!("usage-repeated", arg = arg)
            } else {
                t!("usage-conflict", arg = arg, other = prior)
            }
        }
        ErrorKind::NoEquals => t!("usage-no-equals", arg = arg),
        ErrorKind::TooManyValues => t!("usage-too-many-values", arg = arg, value = value),
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            let wanted = match error.get(ContextKind::MinValues) {
                Some(ContextValue::Number(n)) => *n as i64,
                _ => number(error, ContextKind::ExpectedNumValues),
            };
            t!(
                "usage-value-count",
                arg = arg,
                wanted = wanted,
                got = number(error, ContextKind::ActualNumValues)
            )
        }
        ErrorKind::InvalidUtf8 => t!("usage-not-utf8"),
        _ => {
            let reason = std::error::Error::source(error)
                .map(ToString::to_string)
                .or_else(|| error.kind().as_str().map(str::to_string))
                .unwrap_or_default();
            t!("cli-said", text = reason)
        }
    };
    msg.into_string()
}

/// Why a value parser refused a value. A number's parser says it in the
/// standard library's English, so that one is ours; the others are
/// abonent's own parsers and already speak the catalogue.
fn reason(source: &(dyn std::error::Error + 'static)) -> String {
    use std::num::IntErrorKind;
    match source
        .downcast_ref::<std::num::ParseIntError>()
        .map(|e| e.kind())
    {
        Some(IntErrorKind::PosOverflow | IntErrorKind::NegOverflow) => {
            t!("usage-number-too-big").into_string()
        }
        Some(_) => t!("usage-not-a-number").into_string(),
        None => source.to_string(),
    }
}
