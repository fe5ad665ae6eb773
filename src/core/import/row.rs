//! A 1C record translated into card fields — pure functions, no database:
//! the INN and OKPO with lost leading zeros put back, the card's type, and the
//! fields the row carries, set on a card.

use crate::core::contacts;
use crate::core::settings::Settings;
use crate::error::{Error, Result};
use crate::model::fields::{self, FieldValue};
use crate::model::{Card, Kind};
use crate::onec::Record;
use crate::requisites;
use crate::t;

/// An e-mail or phone of a row that cannot be read: left out of the card,
/// which is imported without it (one bad contact must not lose a
/// counterparty), and reported as a warning.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dropped {
    /// `email` or `phone`.
    pub field: &'static str,
    /// The value as the file has it.
    pub value: String,
    /// Why it cannot be read (the contact check's message).
    pub reason: String,
    /// Where the file keeps it (column «Телефон», element <Телефон>), once
    /// the import knows the file.
    pub source: Option<String>,
}

type ContactCheck = fn(&str, &Settings) -> Result<()>;

/// Splits the row's e-mails and phones into one value each, as a flag's
/// are split, and takes out those the contact check refuses.
pub(super) fn screen_contacts(rec: &mut Record, settings: &Settings) -> Vec<Dropped> {
    if !rec.values.iter().any(|(f, _)| f == "email" || f == "phone") {
        return Vec::new();
    }
    // The usual row: one readable value per cell, left as it is.
    let settled = rec.values.iter().all(|(f, v)| match f.as_str() {
        "email" => requisites::split_emails(v).len() == 1 && contacts::email(v).is_ok(),
        "phone" => requisites::split_phones(v).len() == 1 && contacts::phone(v, settings).is_ok(),
        _ => true,
    });
    if settled {
        return Vec::new();
    }
    let mut dropped = Vec::new();
    // A cell with more contacts than a card keeps is garbage, not a list:
    // left out whole, with one warning, not one per piece.
    for name in ["email", "phone"] {
        let pieces: usize = rec
            .values
            .iter()
            .filter(|(f, _)| f == name)
            .map(|(_, v)| {
                if name == "email" {
                    requisites::split_emails(v).len()
                } else {
                    requisites::split_phones(v).len()
                }
            })
            .sum();
        if pieces > fields::LIST_MAX {
            let first = rec.get(name).unwrap_or_default();
            dropped.push(Dropped {
                field: if name == "email" { "email" } else { "phone" },
                value: format!("{}…", first.chars().take(60).collect::<String>()),
                reason: t!(
                    "import-too-many-contacts",
                    n = pieces,
                    max = fields::LIST_MAX
                )
                .into_string(),
                source: None,
            });
            rec.values.retain(|(f, _)| f != name);
        }
    }
    let mut values = Vec::with_capacity(rec.values.len());
    for (field, value) in std::mem::take(&mut rec.values) {
        let (name, pieces, check): (&'static str, _, ContactCheck) = match field.as_str() {
            "email" => ("email", requisites::split_emails(&value), |v, _| {
                contacts::email(v).map(drop)
            }),
            "phone" => ("phone", requisites::split_phones(&value), |v, s| {
                contacts::phone(v, s).map(drop)
            }),
            _ => {
                values.push((field, value));
                continue;
            }
        };
        for piece in pieces {
            match check(&piece, settings) {
                Ok(()) => values.push((field.clone(), piece)),
                Err(e) => dropped.push(Dropped {
                    field: name,
                    value: piece,
                    reason: e.message,
                    source: None,
                }),
            }
        }
    }
    rec.values = values;
    dropped
}

/// The row's INN, with a lost leading zero put back when the checksum
/// proves it (Excel stores INNs as numbers).
/// A non-resident's `<ИНН>` is its foreign tax number, not a Russian INN:
/// `None` for it, and [`apply`] keeps it as `tax_id`.
pub(super) fn repaired_inn(
    rec: &Record,
    settings: &Settings,
    warnings: &mut Vec<String>,
) -> Result<Option<String>> {
    let Some(raw) = rec.get("inn") else {
        return Ok(None);
    };
    if foreign_country(rec, settings).is_some() {
        return Ok(None);
    }
    let inn: String = raw.chars().filter(|c| !c.is_whitespace()).collect();
    if inn.contains(['E', 'e']) && inn.contains(['+', ',']) {
        return Err(Error::invalid("inn", t!("import-inn-excel", value = raw)));
    }
    if matches!(inn.len(), 9 | 11) && inn.bytes().all(|b| b.is_ascii_digit()) {
        return match requisites::repair_inn(&inn) {
            Some(fixed) => {
                warnings.push(
                    t!(
                        "import-inn-padded",
                        inn = inn.as_str(),
                        fixed = fixed.as_str()
                    )
                    .into_string(),
                );
                Ok(Some(fixed))
            }
            None => Err(Error::invalid(
                "inn",
                t!("import-inn-unpaddable", inn = inn.as_str(), n = inn.len()),
            )),
        };
    }
    Ok(Some(inn))
}

/// An OKPO cell with the leading zeros Excel dropped put back, when the
/// check digit proves them (`242766` → `00242766`); any other value is
/// returned as it is, for the card's rules to judge.
pub(super) fn repaired_okpo(raw: &str, warnings: &mut Vec<String>) -> String {
    let okpo = raw.trim();
    match requisites::repair_okpo(okpo) {
        Some(fixed) => {
            warnings
                .push(t!("import-okpo-padded", okpo = okpo, fixed = fixed.as_str()).into_string());
            fixed
        }
        None => raw.to_string(),
    }
}

/// The row's country of registration when it is not the registry's own
/// (by the ОКСМ table): the row is a non-resident's.
pub(super) fn foreign_country(rec: &Record, settings: &Settings) -> Option<&'static str> {
    let code = requisites::country::country_code(rec.get("country")?)?;
    (!code.eq_ignore_ascii_case(settings.get("country"))).then_some(code)
}

/// Splits «ИП Иванов Иван Иванович» into surname, name, patronymic.
fn split_fio(s: &str) -> (Option<String>, Option<String>, Option<String>) {
    let mut t = s.trim();
    for prefix in ["ИП ", "ип ", "Индивидуальный предприниматель "]
    {
        if let Some(rest) = t.strip_prefix(prefix) {
            t = rest.trim_start();
        }
    }
    let mut parts = t.split_whitespace();
    let last = parts.next().map(str::to_string);
    let first = parts.next().map(str::to_string);
    let rest: Vec<&str> = parts.collect();
    (last, first, (!rest.is_empty()).then(|| rest.join(" ")))
}

/// Sets the fields the row carries, translated to the card's type.
/// Sets the fields the row carries on `card`, except those the admin owns
/// (setting `import.admin_fields`) where the card already has a value: on
/// a new card every field is the file's; on an existing one an owned field
/// the admin has filled stays as it is.
pub(super) fn apply(
    card: &mut Card,
    rec: &Record,
    inn: Option<&str>,
    settings: &Settings,
    warnings: &mut Vec<String>,
) -> Result<()> {
    let natural = card.kind != Kind::Legal;
    let owned = settings.admin_fields();
    let kept = |card: &Card, field: &str| owned.owns(field) && fields::get(card, field).is_some();
    let mut emails = Vec::new();
    let mut phones = Vec::new();
    for (field, value) in &rec.values {
        let field = field.as_str();
        let target = match field {
            "inn" if inn.is_none() => "tax_id",
            "address.registration" if !natural && rec.get("address.legal").is_none() => {
                "address.legal"
            }
            other => other,
        };
        if kept(card, target) {
            continue;
        }
        match field {
            "email" => emails.push(value.clone()),
            "phone" => phones.push(value.clone()),
            "inn" if inn.is_none() => fields::set(card, "tax_id", FieldValue::Text(value.clone()))?,
            "inn" => card.inn = inn.map(str::to_string),
            "name" | "full_name" if natural => {}
            "kpp" if natural => warnings.push(
                t!(
                    "import-kpp-ignored",
                    value = value.as_str(),
                    kind = card.kind.to_string()
                )
                .into_string(),
            ),
            "okpo" if card.kind == Kind::Person => {}
            "okpo" => fields::set(
                card,
                field,
                FieldValue::Text(repaired_okpo(value, warnings)),
            )?,
            "country" if requisites::country::country_code(value).is_some() => {
                card.country = Some(value.clone())
            }
            "country" => {
                warnings.push(t!("import-country-unknown", value = value.as_str()).into_string())
            }
            "legal_form" => {}
            "address.registration" if target == "address.legal" => {
                fields::set(card, "address.legal", FieldValue::Text(value.clone()))?
            }
            _ => {
                if fields::lookup(field).is_none() && !field.starts_with("extra.") {
                    return Err(Error::internal(
                        "import",
                        t!("import-unknown-field", field = field),
                    ));
                }
                fields::set(card, field, FieldValue::Text(value.clone()))?;
            }
        }
    }
    if natural && rec.get("last_name").is_none() {
        if let Some(fio) = rec.get("full_name").or(rec.get("name")) {
            let (l, f, m) = split_fio(fio);
            for (name, part) in [("last_name", l), ("first_name", f), ("middle_name", m)] {
                if kept(card, name) {
                    continue;
                }
                let value = part.map_or(FieldValue::Clear, FieldValue::Text);
                fields::set(card, name, value)?;
            }
        }
    }
    if !emails.is_empty() {
        fields::set(card, "email", FieldValue::List(emails))?;
    }
    if !phones.is_empty() {
        fields::set(card, "phone", FieldValue::List(phones))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fio_is_split_and_ip_prefix_dropped() {
        assert_eq!(
            split_fio("ИП Иванов Иван Иванович"),
            (
                Some("Иванов".into()),
                Some("Иван".into()),
                Some("Иванович".into())
            )
        );
        assert_eq!(
            split_fio("Петрова Анна"),
            (Some("Петрова".into()), Some("Анна".into()), None)
        );
    }

    #[test]
    fn okpo_lost_zeros_are_put_back_only_when_the_check_digit_agrees() {
        let mut w = Vec::new();
        assert_eq!(repaired_okpo(" 242766 ", &mut w), "00242766");
        assert_eq!(repaired_okpo("164667059", &mut w), "0164667059");
        assert_eq!(w.len(), 2, "{w:?}");
        assert_eq!(
            w[0],
            "okpo: 242766 padded to 00242766 (leading zeros were lost; the check digit confirms it)"
        );
        // Left for the card's rules to refuse, with no warning.
        for v in ["242765", "00242766", "24276a", ""] {
            assert_eq!(repaired_okpo(v, &mut w), v);
        }
        assert_eq!(w.len(), 2, "{w:?}");
    }

    #[test]
    fn okpo_cell_is_padded_on_the_card_but_not_for_a_person() {
        let rec = Record {
            values: vec![("okpo".into(), "40778".into())],
            ..Record::default()
        };
        let mut w = Vec::new();
        let mut legal = Card::new(Kind::Legal);
        apply(&mut legal, &rec, None, &Settings::default(), &mut w).unwrap();
        assert_eq!(legal.okpo.as_deref(), Some("00040778"));
        assert_eq!(w.len(), 1, "{w:?}");
        let mut person = Card::new(Kind::Person);
        apply(
            &mut person,
            &rec,
            None,
            &Settings::default(),
            &mut Vec::new(),
        )
        .unwrap();
        assert_eq!(person.okpo, None);
    }

    /// The values the import sets itself — a person's name split from its
    /// full name, a non-resident's tax number — keep their fields' length
    /// limits (they went around `fields::set`, so a 2,000-character full
    /// name became a 2,000-character middle name).
    #[test]
    fn values_the_import_splits_itself_keep_their_length_limits() {
        let long = "Ж".repeat(2000);
        let rec = Record {
            values: vec![("full_name".into(), format!("Иванов Иван {long}"))],
            ..Record::default()
        };
        let mut person = Card::new(Kind::Person);
        let e = apply(
            &mut person,
            &rec,
            None,
            &Settings::default(),
            &mut Vec::new(),
        )
        .unwrap_err();
        assert_eq!(e.subject, "middle_name");
        let rec = Record {
            values: vec![("inn".into(), "7".repeat(3000))],
            ..Record::default()
        };
        let mut legal = Card::new(Kind::Legal);
        let e = apply(
            &mut legal,
            &rec,
            None,
            &Settings::default(),
            &mut Vec::new(),
        )
        .unwrap_err();
        assert_eq!(e.subject, "tax_id");
    }
}
