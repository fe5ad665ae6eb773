//! The one check of a contact wherever one is written: a card's e-mails and
//! phones, an employee's, a manager's. Each returns the stored form (the
//! phone as E.164 when the registry is in Russia) or an `invalid` error
//! naming the field and quoting the value.

use super::settings::Settings;
use crate::error::{Error, Result};
use crate::requisites;

/// An e-mail as stored: trimmed and checked.
pub fn email(v: &str) -> Result<String> {
    let v = v.trim();
    requisites::email(v).map_err(|e| Error::invalid("email", format!("`{v}`: {}", e.message)))?;
    Ok(v.to_string())
}

/// A phone as stored: E.164 when the registry's country is Russia, else as
/// written (trimmed).
pub fn phone(v: &str, settings: &Settings) -> Result<String> {
    let v = v.trim();
    if !settings.is_russia() {
        return Ok(v.to_string());
    }
    requisites::normalize_phone(v)
        .map_err(|e| Error::invalid("phone", format!("`{v}`: {}", e.message)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn in_country(code: &str) -> Settings {
        Settings::from_stored([("country".into(), code.into())].into())
    }

    #[test]
    fn errors_name_the_field_and_quote_the_value() {
        let e = email(" a@b ").unwrap_err();
        assert_eq!(e.subject, "email");
        assert!(e.message.starts_with("`a@b`: "), "{e}");
        let e = phone("912", &in_country("RU")).unwrap_err();
        assert_eq!(e.subject, "phone");
        assert!(e.message.starts_with("`912`: "), "{e}");
    }

    #[test]
    fn stored_forms() {
        assert_eq!(email(" a@b.ru ").unwrap(), "a@b.ru");
        let ru = in_country("RU");
        assert_eq!(phone("8 (912) 345-67-89", &ru).unwrap(), "+79123456789");
        // Outside Russia the number is kept as written.
        assert_eq!(
            phone(" 020 7946 0958 ", &in_country("GB")).unwrap(),
            "020 7946 0958"
        );
    }
}
