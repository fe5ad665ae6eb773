//! Pure checks of Russian requisites and of contact details.
//!
//! This module owns the formats and check-digit algorithms of every code a
//! subscriber record carries — tax ([`tax`]: INN, OGRN, OGRNIP, KPP), bank
//! ([`bank`]: BIK, settlement and correspondent accounts), statistics
//! ([`stats`]: SNILS, OKPO, OKVED, OKATO, OKTMO), identity documents
//! ([`document`]: passport series, number, division code) — and the
//! normalisation of e-mail addresses and phone numbers ([`contact`]).
//!
//! Every function is pure: it takes the value exactly as given (the caller
//! trims) and says what is wrong in words a clerk can act on. Only a failing
//! check digit is [`CheckKind::Checksum`], because real registers hold
//! numbers issued with a bad checksum and the caller may choose to only warn
//! about those; a wrong length, character or shape is [`CheckKind::Format`].

use crate::i18n::Msg;
use crate::t;

pub mod bank;
pub mod contact;
pub mod country;
pub mod document;
pub mod stats;
pub mod tax;

pub use bank::{
    account, account_format, bik, bik_is_russian, bik_warning, corr_account, corr_account_format,
};
pub use contact::{email, normalize_phone, phone, split_emails, split_phones, Phone};
pub use document::{division_code, passport_number, passport_series};
pub use stats::{normalize_snils, okato, okpo, oktmo, okved, repair_okpo, snils};
pub use tax::{inn, inn_legal, inn_person, kpp, ogrn, ogrnip, repair_inn};

/// Which kind of rule a value broke.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CheckKind {
    /// Wrong length, characters or shape: the value cannot be right.
    Format,
    /// Well formed, but a check digit disagrees: a typo, or a real number
    /// that was issued with a bad checksum.
    Checksum,
}

/// Why a value failed its check. `message` is one lowercase line without a
/// field-name prefix, so the caller can put the field name in front.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckError {
    pub kind: CheckKind,
    pub message: String,
}

impl CheckError {
    pub(crate) fn format(message: impl Into<Msg>) -> Self {
        Self {
            kind: CheckKind::Format,
            message: message.into().into_string(),
        }
    }

    pub fn checksum(message: impl Into<Msg>) -> Self {
        Self {
            kind: CheckKind::Checksum,
            message: message.into().into_string(),
        }
    }
}

impl std::fmt::Display for CheckError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for CheckError {}

pub type CheckResult = Result<(), CheckError>;

/// Digit values of `v`, which must be digits only.
fn digits(v: &str) -> Result<Vec<u32>, CheckError> {
    digits_in_layout(v, &[])
}

/// Digit values of `v`, where `seps` lists the separator required at given
/// 0-based character positions; positions in messages are 1-based, as a
/// person counts them.
fn digits_in_layout(v: &str, seps: &[(usize, char)]) -> Result<Vec<u32>, CheckError> {
    let mut out = Vec::with_capacity(v.len());
    for (i, c) in v.chars().enumerate() {
        match seps.iter().find(|(at, _)| *at == i) {
            Some(&(_, sep)) if c != sep => {
                return Err(CheckError::format(t!(
                    "req-expected-separator",
                    sep = format!("{sep:?}"),
                    pos = i + 1,
                    found = format!("{c:?}")
                )));
            }
            Some(_) => {}
            None => out.push(c.to_digit(10).ok_or_else(|| {
                CheckError::format(t!("req-digits-only", found = format!("{c:?}"), pos = i + 1))
            })?),
        }
    }
    Ok(out)
}

/// Digit values of `v`, which must be exactly `len` digits; `whose` says
/// for whom when the count depends on it: `legal`, `person` or `""` (a
/// selector of message `req-digits-exact`).
fn digits_exact(v: &str, len: usize, whose: &str) -> Result<Vec<u32>, CheckError> {
    let d = digits(v)?;
    if d.len() != len {
        let whose = if whose.is_empty() { "none" } else { whose };
        return Err(CheckError::format(t!(
            "req-digits-exact",
            len = len,
            whose = whose,
            got = d.len()
        )));
    }
    Ok(d)
}

fn dot(d: &[u32], weights: impl IntoIterator<Item = u32>) -> u32 {
    d.iter().zip(weights).map(|(a, w)| a * w).sum()
}

/// The digits read as one number; callers keep them under 20 so it fits.
fn number(d: &[u32]) -> u64 {
    d.iter().fold(0, |n, &x| n * 10 + u64::from(x))
}

fn mismatch(v: &str, expected: &[u32]) -> CheckError {
    let digits: String = expected.iter().map(|d| d.to_string()).collect();
    CheckError::checksum(t!(
        "req-checksum-mismatch",
        value = v,
        count = expected.len(),
        digits = digits
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn error_displays_its_message_and_is_an_error() {
        let e = CheckError::format(crate::t!("req-empty"));
        assert_eq!(e.to_string(), "must not be empty");
        let boxed: Box<dyn std::error::Error> = Box::new(e);
        assert_eq!(boxed.to_string(), "must not be empty");
    }

    #[test]
    fn non_digit_is_named_with_its_position() {
        let e = digits("12a4").unwrap_err();
        assert_eq!(e.kind, CheckKind::Format);
        assert_eq!(e.message, "must be digits only, found 'a' at position 3");
        let e = digits_in_layout("123 456", &[(3, '-')]).unwrap_err();
        assert_eq!(e.message, "expected '-' at position 4, found ' '");
    }

    /// Runs every check on `s` (and `t` as the second argument) so proptest
    /// can look for panics.
    fn run_all(s: &str, t: &str) {
        let _ = (inn(s), inn_legal(s), inn_person(s), repair_inn(s));
        let _ = (ogrn(s), ogrnip(s), kpp(s), bik(s), bik_is_russian(s));
        let _ = (bik_warning(s), account_format(s), corr_account_format(s));
        let _ = (account(s, t), corr_account(s, t));
        let _ = (
            snils(s),
            normalize_snils(s),
            okpo(s),
            repair_okpo(s),
            okved(s),
        );
        let _ = (okato(s), oktmo(s));
        let _ = (passport_series(s), passport_number(s), division_code(s));
        let _ = (email(s), normalize_phone(s));
    }

    proptest! {
        #[test]
        fn no_check_panics_on_any_string(s in any::<String>(), t in any::<String>()) {
            run_all(&s, &t);
        }

        // Near-valid strings reach the checksum code that random text never does.
        #[test]
        fn no_check_panics_on_digit_heavy_strings(
            s in "[0-9 +()@.A-Zа-я-]{0,24}",
            t in "[0-9]{7,10}",
        ) {
            run_all(&s, &t);
        }
    }
}
