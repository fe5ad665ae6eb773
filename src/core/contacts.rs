//! The one check of a contact wherever one is written: a card's e-mails and
//! phones, an employee's, a manager's, a row of a 1C file. Each returns the
//! stored form (the phone as E.164 and its extension apart when the
//! registry is in Russia) or an `invalid` error naming the field and
//! quoting the value.

use super::settings::Settings;
use crate::error::{Error, Result};
use crate::model::Contact;
use crate::requisites::{self, CheckError};
use crate::t;

/// An e-mail as stored: trimmed and checked.
pub fn email(v: &str) -> Result<String> {
    let v = v.trim();
    requisites::email(v).map_err(|e| {
        Error::invalid("email", t!("value-problem", value = v, problem = e.message))
    })?;
    Ok(v.to_string())
}

/// A phone as stored: E.164 and its extension when the registry's country
/// is Russia, else as written (trimmed); with the warning to give when
/// words after the number were left out of it.
pub fn phone(v: &str, settings: &Settings) -> Result<(Contact, Option<String>)> {
    let v = v.trim();
    if !settings.is_russia() {
        return Ok((Contact::new(v.to_string()), None));
    }
    let (contact, warning) = read_phone(v).map_err(|e| {
        Error::invalid("phone", t!("value-problem", value = v, problem = e.message))
    })?;
    let warning = warning.map(|w| t!("phone-warning", value = v, problem = w).into_string());
    Ok((contact, warning))
}

/// The pure part of [`phone`], which `validate` shares: the number read by
/// its plan as a contact, and what to say of words left out after it.
pub fn read_phone(v: &str) -> std::result::Result<(Contact, Option<String>), CheckError> {
    let p = requisites::phone(v)?;
    let warning = p
        .note
        .map(|note| t!("phone-words-left-out", words = note).into_string());
    let contact = Contact {
        value: p.e164,
        extension: p.extension,
        confirmed: true,
    };
    Ok((contact, warning))
}

/// A phone kept in one text field (an employee's, a manager's): E.164 with
/// the extension after it, as [`Contact::text`] writes it. Words after the
/// number are refused here, as no warning reaches these commands' output.
pub fn phone_text(v: &str, settings: &Settings) -> Result<String> {
    match phone(v, settings)? {
        (c, None) => Ok(c.text()),
        (_, Some(_)) => Err(Error::invalid(
            "phone",
            t!("phone-words-refused", value = v.trim()),
        )),
    }
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
        let e = phone("912", &in_country("RU")).map(drop).unwrap_err();
        assert_eq!(e.subject, "phone");
        assert!(e.message.starts_with("`912`: "), "{e}");
    }

    #[test]
    fn stored_forms() {
        assert_eq!(email(" a@b.ru ").unwrap(), "a@b.ru");
        let ru = in_country("RU");
        assert_eq!(
            phone("8 (912) 345-67-89", &ru).unwrap().0.value,
            "+79123456789"
        );
        let (c, _) = phone("+7 846 231-60-14 доб. 139", &ru).unwrap();
        assert_eq!(
            (c.value.as_str(), c.extension.as_deref()),
            ("+78462316014", Some("139"))
        );
        // The one-line form reads back to the same number and extension.
        let (again, _) = phone(&c.text(), &ru).unwrap();
        assert_eq!(again, c);
        assert_eq!(
            phone_text("8 (812) 309-09-09 вн. 5", &ru).unwrap(),
            "+78123090909 доб. 5"
        );
        // Outside Russia the number is kept as written.
        let (gb, _) = phone(" 020 7946 0958 ", &in_country("GB")).unwrap();
        // A name after the number: the number, and a warning saying so.
        let (c, w) = phone("8 (977) 123-45-67 Мария", &ru).unwrap();
        assert_eq!(c.value, "+79771234567");
        assert!(w.unwrap().contains("«Мария» is not part of the number"));
        assert!(phone_text("8 (977) 123-45-67 Мария", &ru).is_err());
        assert_eq!(gb.value, "020 7946 0958");
    }
}
