//! A party's phones and e-mails (DaData's paid plans): the texts a card
//! would take from an answer, and which of them it takes.

use super::{Check, PartyRecord};
use crate::dadata::types;
use crate::model::fields::FieldValue;
use crate::requisites;

impl PartyRecord {
    /// The phones and e-mails to put on a card, and a warning for each one
    /// left out. `phone` and `email` are the card rules' own checks, so
    /// what is filled is what will be saved; `None` for a field the card
    /// keeps (flags gave it, or a refresh keeps the card's own), which is
    /// then neither filled nor warned about.
    pub fn contact_values(
        &self,
        phone: Option<Check<'_>>,
        email: Option<Check<'_>>,
    ) -> (Vec<(String, FieldValue)>, Vec<String>) {
        let mut values = Vec::new();
        let mut warnings = Vec::new();
        let mut fill =
            |field: &str, found: &[String], check: Check<'_>, same: fn(&str, &str) -> bool| {
                let mut taken: Vec<String> = Vec::new();
                for v in found {
                    match check(v) {
                        Ok(()) if !taken.iter().any(|t| same(t, v)) => taken.push(v.clone()),
                        Ok(()) => {}
                        Err(why) => warnings.push(
                            crate::t!(
                                "lookup-contact-not-filled",
                                field = field,
                                value = v.as_str(),
                                reason = why.as_str()
                            )
                            .into_string(),
                        ),
                    }
                }
                if !taken.is_empty() {
                    values.push((field.to_string(), FieldValue::List(taken)));
                }
            };
        if let Some(check) = phone {
            fill("phone", &self.phones, check, |a, b| a == b);
        }
        if let Some(check) = email {
            fill("email", &self.emails, check, str::eq_ignore_ascii_case);
        }
        (values, warnings)
    }
}

/// Whether a phone text carries an extension: any letter (`доб.`, `ext`,
/// `x`) or `#`/`*`.
fn has_extension_mark(t: &str) -> bool {
    t.chars().any(|c| c.is_alphabetic() || c == '#' || c == '*')
}

/// The phones of an answer as texts for a card: `value` as DaData writes
/// it; when `data.extension` is set and `value` does not carry it,
/// `data.phone` (`+7 846 231-60-14 доб. 139`) or `value доб. EXT`.
pub(super) fn phone_texts(phones: &[types::Phone]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for p in phones {
        let parts = p.data.clone().unwrap_or_default();
        let Some(value) = p
            .value
            .clone()
            .or(p.unrestricted_value.clone())
            .or(parts.phone.clone())
        else {
            continue;
        };
        let written = match &parts.extension {
            Some(ext) if !has_extension_mark(&value) => parts
                .phone
                .clone()
                .filter(|p| has_extension_mark(p))
                .unwrap_or_else(|| format!("{value} доб. {ext}")),
            _ => value,
        };
        if !out.contains(&written) {
            out.push(written);
        }
    }
    out
}

/// The e-mails of an answer: the address of `data.source` (a list, at
/// times, split as a card's e-mails are) that is `value` in another case
/// (DaData upper-cases them; the source keeps the case the company wrote),
/// else `value`.
pub(super) fn email_texts(emails: &[types::Email]) -> Vec<String> {
    emails
        .iter()
        .filter_map(|e| {
            let value = e.value.clone().or(e.unrestricted_value.clone())?;
            let source = e.data.as_ref().and_then(|d| d.source.as_deref());
            let written = source.and_then(|s| {
                requisites::split_emails(s)
                    .into_iter()
                    .find(|w| w.eq_ignore_ascii_case(&value))
            });
            Some(written.unwrap_or(value))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn party(raw: &str, i: usize) -> PartyRecord {
        PartyRecord::from_party(&types::parties(raw).unwrap()[i])
    }

    #[test]
    fn phones_keep_their_extension() {
        let p = party(
            include_str!("../../../../fixtures/dadata/party-paid.json"),
            0,
        );
        assert_eq!(
            p.phones,
            [
                "+7 495 1234567",
                "+7 495 765-43-21 доб. 139",
                "+7 012 3456789"
            ]
        );
        // The extension only in `data`, no `data.phone`: appended to the value.
        let raw = r#"{"suggestions": [{"data": {"inn": "7718445200", "phones": [
            {"value": "+7 846 2316014", "data": {"extension": "139"}},
            {"value": "+7 846 231-60-15 доб. 7", "data": {"extension": "7"}},
            {"data": {"phone": "+7 846 231-60-16"}},
            {"value": "+7 846 2316014", "data": {"extension": "139"}}]}}]}"#;
        assert_eq!(
            party(raw, 0).phones,
            [
                "+7 846 2316014 доб. 139",
                "+7 846 231-60-15 доб. 7",
                "+7 846 231-60-16"
            ]
        );
    }

    #[test]
    fn emails_keep_the_case_the_company_wrote() {
        let p = party(
            include_str!("../../../../fixtures/dadata/party-paid.json"),
            0,
        );
        assert_eq!(p.emails, ["Info@vektor-svyaz.ru", "sales@vektor-svyaz.ru"]);
        let raw = r#"{"suggestions": [{"data": {"inn": "7718445200", "emails": [
            {"value": "A@B.RU", "data": {"source": "other@b.ru"}}, {"value": "C@D.RU"}]}}]}"#;
        assert_eq!(party(raw, 0).emails, ["A@B.RU", "C@D.RU"]);
    }

    fn any_email(_: &str) -> Result<(), String> {
        Ok(())
    }

    fn list<'a>(values: &'a [(String, FieldValue)], name: &str) -> Option<&'a [String]> {
        values
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| match v {
                FieldValue::List(l) => l.as_slice(),
                _ => panic!("{name} is not a list"),
            })
    }

    #[test]
    fn contacts_are_filled_as_the_rules_will_take_them() {
        let p = party(
            include_str!("../../../../fixtures/dadata/party-paid.json"),
            0,
        );

        // Every readable phone as written, extension included.
        let rules = |p: &str| {
            if p.starts_with("+7 0") {
                Err("no such code".to_string())
            } else {
                Ok(())
            }
        };
        let (v, w) = p.contact_values(Some(&rules), Some(&any_email));
        assert_eq!(
            list(&v, "phone").unwrap(),
            ["+7 495 1234567", "+7 495 765-43-21 доб. 139"]
        );
        assert_eq!(
            list(&v, "email").unwrap(),
            ["Info@vektor-svyaz.ru", "sales@vektor-svyaz.ru"]
        );
        assert_eq!(w.len(), 1, "{w:?}");
        assert!(
            w[0].starts_with("phone: ")
                && w[0].contains("+7 012 3456789")
                && w[0].contains("no such code"),
            "{w:?}"
        );

        // Nothing readable: no field at all, so nothing is cleared.
        let (v, w) = p.contact_values(
            Some(&|_: &str| Err("no".to_string())),
            Some(&|_: &str| Err("bad".to_string())),
        );
        assert!(v.is_empty(), "{v:?}");
        assert_eq!(w.len(), 5, "3 phones and 2 e-mails: {w:?}");
        assert!(
            w[1].contains("`+7 495 765-43-21 доб. 139` is not filled: no"),
            "{w:?}"
        );
        assert!(w[4].starts_with("email: ") && w[4].contains("sales@vektor-svyaz.ru"));

        // A field the card keeps: neither filled nor warned about.
        let (v, w) = p.contact_values(None, Some(&any_email));
        assert!(
            list(&v, "phone").is_none() && list(&v, "email").is_some(),
            "{v:?}"
        );
        assert!(w.is_empty(), "{w:?}");

        // A free-plan answer has none: nothing filled, nothing said.
        let free = party(
            include_str!("../../../../fixtures/dadata/party-legal.json"),
            0,
        );
        assert_eq!(
            free.contact_values(Some(&rules), Some(&any_email)),
            (vec![], vec![])
        );
    }
}
