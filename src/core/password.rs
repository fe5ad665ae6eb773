//! Passwords: generated from the OS random source with the operator's
//! alphabet, stored only as an Argon2id PHC string, verified against it.

use super::settings::Settings;
use crate::error::{Error, Result};
use crate::t;
use argon2::password_hash::{
    rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString,
};
use argon2::Argon2;
use rand::Rng;

const SYMBOLS: &str = "!#$%&*+-=?@^_";

/// Symbols a spreadsheet reads as the start of a formula (the CSV guard of
/// `cli::csv_out` prefixes such a cell with `'`): a generated password
/// never starts with one, so the credentials file's guard never changes it.
const NOT_FIRST: &[char] = &['=', '+', '-', '@'];

/// The alphabet from `password.alphabet` less `password.exclude`.
pub fn alphabet(settings: &Settings) -> Vec<char> {
    let exclude = settings.get("password.exclude");
    let mut chars = Vec::new();
    for class in settings.list("password.alphabet") {
        let set: Vec<char> = match class.as_str() {
            "lower" => ('a'..='z').collect(),
            "upper" => ('A'..='Z').collect(),
            "digits" => ('0'..='9').collect(),
            "symbols" => SYMBOLS.chars().collect(),
            _ => vec![],
        };
        chars.extend(set.into_iter().filter(|c| !exclude.contains(*c)));
    }
    chars
}

/// A new password. Each class of the alphabet appears at least once, so a
/// generated password passes the usual "letters and digits" policies; its
/// first character is none of [`NOT_FIRST`].
pub fn generate(settings: &Settings) -> Result<String> {
    let chars = alphabet(settings);
    if chars.is_empty() {
        return Err(Error::invalid(
            "password.alphabet",
            t!("password-alphabet-empty"),
        ));
    }
    let firsts: Vec<char> = chars
        .iter()
        .copied()
        .filter(|c| !NOT_FIRST.contains(c))
        .collect();
    if firsts.is_empty() {
        return Err(Error::invalid(
            "password.alphabet",
            t!("password-alphabet-no-first"),
        ));
    }
    let len = settings.int("password.length").max(1) as usize;
    let classes: Vec<fn(&char) -> bool> = settings
        .list("password.alphabet")
        .iter()
        .filter_map(|c| -> Option<fn(&char) -> bool> {
            match c.as_str() {
                "lower" => Some(|c| c.is_ascii_lowercase()),
                "upper" => Some(|c| c.is_ascii_uppercase()),
                "digits" => Some(|c| c.is_ascii_digit()),
                "symbols" => Some(|c| SYMBOLS.contains(*c)),
                _ => None,
            }
        })
        .collect();
    let mut rng = rand::rngs::OsRng;
    loop {
        let pw: String = std::iter::once(firsts[rng.gen_range(0..firsts.len())])
            .chain((1..len).map(|_| chars[rng.gen_range(0..chars.len())]))
            .collect();
        let complete = len < classes.len()
            || classes
                .iter()
                .all(|has| !chars.iter().any(has) || pw.chars().any(|c| has(&c)));
        if complete {
            return Ok(pw);
        }
    }
}

/// Checks a typed password against `password.min_length`.
pub fn check_typed(settings: &Settings, password: &str) -> Result<()> {
    let min = settings.int("password.min_length").max(0) as usize;
    if password.chars().count() < min {
        return Err(Error::invalid(
            "password",
            t!("password-too-short", min = min),
        ));
    }
    if password.chars().any(char::is_control) {
        return Err(Error::invalid("password", t!("password-control-chars")));
    }
    Ok(())
}

/// An Argon2id PHC string for `password`.
pub fn hash(password: &str) -> Result<String> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| {
            Error::internal(
                "password",
                t!("password-hash-failed", reason = e.to_string()),
            )
        })
}

/// A hash of a password nobody has, with the parameters of [`hash`]:
/// verified against when there is no hash to verify, so a mismatch costs
/// the same whatever its cause.
pub const DECOY: &str =
    "$argon2id$v=19$m=19456,t=2,p=1$0a+8VgW9i5/6GKV+ojXMXA$ex6qaOl0YzBQsImaKQDp7oKsmcW8K7fwROmT7eDkumw";

pub fn verify(password: &str, phc: &str) -> bool {
    PasswordHash::new(phc)
        .map(|h| {
            Argon2::default()
                .verify_password(password.as_bytes(), &h)
                .is_ok()
        })
        .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The decoy is a well-formed hash with today's parameters, so
    /// verifying against it does the full work (a malformed one would
    /// answer at once).
    #[test]
    fn the_decoy_has_the_parameters_of_a_real_hash() {
        let real = hash("x").unwrap();
        let params = |phc: &str| phc.split('$').take(4).collect::<Vec<_>>().join("$");
        assert_eq!(params(DECOY), params(&real));
        assert!(PasswordHash::new(DECOY).is_ok());
        assert!(!verify("x", DECOY));
    }
    use std::collections::HashMap;

    #[test]
    fn generated_passwords_follow_the_settings() {
        let s = Settings::default();
        for _ in 0..50 {
            let pw = generate(&s).unwrap();
            assert_eq!(pw.chars().count(), 10);
            assert!(!pw.chars().any(|c| "0O1lI".contains(c)), "{pw}");
            assert!(pw.chars().any(|c| c.is_ascii_digit()));
            assert!(pw.chars().any(|c| c.is_ascii_uppercase()));
        }
        let s = Settings::from_stored(HashMap::from([
            ("password.alphabet".to_string(), "digits".to_string()),
            ("password.length".to_string(), "16".to_string()),
        ]));
        let pw = generate(&s).unwrap();
        assert!(pw.len() == 16 && pw.chars().all(|c| c.is_ascii_digit()));
    }

    /// A password starting with = + - @ is a formula to a spreadsheet; the
    /// CSV guard would prefix it with ' and change what the admin hands out.
    #[test]
    fn generated_passwords_never_start_with_a_formula_character() {
        let s = Settings::from_stored(HashMap::from([
            ("password.alphabet".to_string(), "symbols".to_string()),
            ("password.exclude".to_string(), "#$%&*?^_".to_string()),
            ("password.length".to_string(), "6".to_string()),
        ]));
        for _ in 0..200 {
            let pw = generate(&s).unwrap();
            assert!(pw.starts_with('!'), "{pw}");
        }
        let only_formula = Settings::from_stored(HashMap::from([
            ("password.alphabet".to_string(), "symbols".to_string()),
            ("password.exclude".to_string(), "!#$%&*?^_".to_string()),
        ]));
        let e = generate(&only_formula).unwrap_err();
        assert!(e.to_string().contains("only = + - @ left"), "{e}");
    }

    #[test]
    fn hash_is_argon2id_and_verifies() {
        let h = hash("secret-pass").unwrap();
        assert!(h.starts_with("$argon2id$"));
        assert!(verify("secret-pass", &h));
        assert!(!verify("other-pass", &h));
        assert!(!verify("x", "not a hash"));
    }
}
