//! The field catalog: every field of the card by its public name (the names
//! used by `required.*`, `--clear`, the history and the 1C mapping), with
//! one getter and one setter so every command reads and writes fields the
//! same way.

use super::{Address, Card, Contact, ExtraValue, Kind, ManagerRef, ADDRESS_KINDS};
use crate::error::{Error, Result};
use crate::requisites;
use crate::t;
use std::borrow::Cow;
use std::collections::BTreeSet;

/// A value given for a field by a flag, a prompt or an import.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldValue {
    Text(String),
    /// Replaces a list field (`email`, `phone`, `group`).
    List(Vec<String>),
    Clear,
}

pub struct FieldDef {
    pub name: &'static str,
    /// The card types the field belongs to.
    pub kinds: &'static [Kind],
    /// The flag that sets it, for error messages.
    pub flag: &'static str,
    /// What 1C and an admin call it («ИНН», «Юридический адрес»), for
    /// messages about a 1C file.
    pub label: &'static str,
    /// The most characters the field keeps (each value, for a list field);
    /// see [`CODE`], [`SHORT`], [`TEXT`], [`LONG`].
    pub max_chars: usize,
}

// The length limits, in characters (not bytes), of what a card keeps. A
// longer value is no name or address but garbage (a pasted file, a 1 MB
// cell), and would cost every later search, export and diff.

/// Requisites, document numbers and dates: well above any of their own
/// formats, which the requisite checks hold to their exact length (and
/// which do not run for a non-resident or another registry country).
pub const CODE: usize = 50;
/// Words and identifiers: category, login, choices, 1C ids, group and
/// manager names, the country as written.
pub const SHORT: usize = 200;
/// Names, addresses, places, e-mails and phones as written.
pub const TEXT: usize = 1000;
/// The comment.
pub const LONG: usize = 10_000;
/// An extra field's value and an employee's texts.
pub const EXTRA: usize = TEXT;

const ALL: &[Kind] = &[Kind::Legal, Kind::Ip, Kind::Person];
const LEGAL: &[Kind] = &[Kind::Legal];
const NATURAL: &[Kind] = &[Kind::Ip, Kind::Person];
const BUSINESS: &[Kind] = &[Kind::Legal, Kind::Ip];

macro_rules! f {
    ($name:literal, $kinds:expr, $flag:literal, $label:literal, $max:expr) => {
        FieldDef {
            name: $name,
            kinds: $kinds,
            flag: $flag,
            label: $label,
            max_chars: $max,
        }
    };
}

pub const CATALOG: &[FieldDef] = &[
    f!("category", ALL, "--category", "Категория", SHORT),
    f!("name", LEGAL, "--name", "Наименование", TEXT),
    f!(
        "full_name",
        LEGAL,
        "--full-name",
        "Полное наименование",
        TEXT
    ),
    f!("last_name", NATURAL, "--last-name", "Фамилия", TEXT),
    f!("first_name", NATURAL, "--first-name", "Имя", TEXT),
    f!("middle_name", NATURAL, "--middle-name", "Отчество", TEXT),
    f!("inn", ALL, "--inn", "ИНН", CODE),
    f!("kpp", LEGAL, "--kpp", "КПП", CODE),
    f!("ogrn", LEGAL, "--ogrn", "ОГРН", CODE),
    f!("ogrnip", &[Kind::Ip], "--ogrnip", "ОГРНИП", CODE),
    f!("okpo", BUSINESS, "--okpo", "ОКПО", CODE),
    f!("okato", ALL, "--okato", "ОКАТО", CODE),
    f!("oktmo", ALL, "--oktmo", "ОКТМО", CODE),
    f!("okved", BUSINESS, "--okved", "ОКВЭД", CODE),
    f!("country", ALL, "--country", "Страна регистрации", SHORT),
    f!("tax_id", ALL, "--tax-id", "Налоговый номер", CODE),
    f!("director", LEGAL, "--director", "Руководитель", TEXT),
    f!(
        "director_post",
        LEGAL,
        "--director-post",
        "Должность руководителя",
        TEXT
    ),
    f!("login", ALL, "--login", "Логин", SHORT),
    // Never set through [`set`] (only its hash is kept), so its limit is
    // unused; the typed password has password.min_length.
    f!("password", ALL, "--password-stdin", "Пароль", SHORT),
    f!(
        "address.legal",
        ALL,
        "--address legal=…",
        "Юридический адрес",
        TEXT
    ),
    f!(
        "address.actual",
        ALL,
        "--address actual=…",
        "Фактический адрес",
        TEXT
    ),
    f!(
        "address.postal",
        ALL,
        "--address postal=…",
        "Почтовый адрес",
        TEXT
    ),
    f!(
        "address.registration",
        ALL,
        "--address registration=…",
        "Адрес регистрации",
        TEXT
    ),
    f!("delivery", ALL, "--delivery", "Способ доставки", SHORT),
    f!(
        "delivery_address",
        ALL,
        "--delivery-address",
        "Адрес доставки",
        TEXT
    ),
    f!("edo_id", ALL, "--edo-id", "Идентификатор ЭДО", SHORT),
    f!("group", ALL, "--group", "Группа", SHORT),
    f!("manager", ALL, "--manager", "Менеджер", SHORT),
    f!("email", ALL, "--email", "Электронная почта", TEXT),
    f!("phone", ALL, "--phone", "Телефон", TEXT),
    f!("bank.name", ALL, "--bank-name", "Банк", TEXT),
    f!("bank.bik", ALL, "--bik", "БИК", CODE),
    f!("bank.account", ALL, "--account", "Расчётный счёт", CODE),
    f!(
        "bank.corr_account",
        ALL,
        "--corr-account",
        "Корреспондентский счёт",
        CODE
    ),
    f!("doc.type", NATURAL, "--doc-type", "Вид документа", SHORT),
    f!(
        "doc.series",
        NATURAL,
        "--doc-series",
        "Серия документа",
        CODE
    ),
    f!(
        "doc.number",
        NATURAL,
        "--doc-number",
        "Номер документа",
        CODE
    ),
    f!(
        "doc.issued_by",
        NATURAL,
        "--doc-issued-by",
        "Кем выдан",
        TEXT
    ),
    f!(
        "doc.issued_on",
        NATURAL,
        "--doc-issued-on",
        "Дата выдачи",
        CODE
    ),
    f!(
        "doc.division_code",
        NATURAL,
        "--doc-division-code",
        "Код подразделения",
        CODE
    ),
    f!("birth_date", NATURAL, "--birth-date", "Дата рождения", CODE),
    f!(
        "consent_on",
        NATURAL,
        "--consent-on",
        "Дата согласия на обработку персональных данных",
        CODE
    ),
    f!(
        "birth_place",
        NATURAL,
        "--birth-place",
        "Место рождения",
        TEXT
    ),
    f!("onec.id", ALL, "import-1c", "Ид 1С", SHORT),
    f!("onec.code", ALL, "import-1c", "Код 1С", SHORT),
    f!("comment", ALL, "--comment", "Комментарий", LONG),
];

pub fn lookup(name: &str) -> Option<&'static FieldDef> {
    CATALOG.iter().find(|f| f.name == name)
}

/// Names accepted in `required.*`: the catalog less the internal ones,
/// plus `extra.<name>`.
pub fn is_requirable(name: &str) -> bool {
    name.starts_with("extra.")
        || lookup(name).is_some_and(|f| !matches!(f.name, "category" | "onec.id" | "onec.code"))
}

// One list of scalar fields generates both accessors, so they cannot drift.
macro_rules! scalar_fields {
    ($($name:literal => $($path:ident).+),* $(,)?) => {
        fn scalar<'a>(card: &'a mut Card, name: &str) -> Option<&'a mut Option<String>> {
            Some(match name {
                $($name => &mut card.$($path).+,)*
                _ => return None,
            })
        }
        fn scalar_ref<'a>(card: &'a Card, name: &str) -> Option<&'a Option<String>> {
            Some(match name {
                $($name => &card.$($path).+,)*
                _ => return None,
            })
        }
    };
}

scalar_fields! {
    "name" => name,
    "full_name" => full_name,
    "last_name" => last_name,
    "first_name" => first_name,
    "middle_name" => middle_name,
    "inn" => inn,
    "kpp" => kpp,
    "ogrn" => ogrn,
    "ogrnip" => ogrnip,
    "okpo" => okpo,
    "okato" => okato,
    "oktmo" => oktmo,
    "okved" => okved,
    "country" => country,
    "tax_id" => tax_id,
    "director" => director,
    "director_post" => director_post,
    "login" => login,
    "delivery" => delivery.method,
    "delivery_address" => delivery.address,
    "edo_id" => delivery.edo_id,
    "bank.name" => bank.name,
    "bank.bik" => bank.bik,
    "bank.account" => bank.account,
    "bank.corr_account" => bank.corr_account,
    "doc.type" => document.doc_type,
    "doc.series" => document.series,
    "doc.number" => document.number,
    "doc.issued_by" => document.issued_by,
    "doc.issued_on" => document.issued_on,
    "doc.division_code" => document.division_code,
    "birth_date" => document.birth_date,
    "consent_on" => consent_on,
    "birth_place" => document.birth_place,
    "onec.id" => onec.id,
    "onec.code" => onec.code,
    "comment" => comment,
}

/// Fills card `dst`'s plain text fields of its type from `src`: each one
/// `dst` lacks, or with `prefer_src` each one `src` has. A document and a
/// bank account move as a whole (a passport's number never meets another
/// passport's series); the login, the type and the 1C keys are not
/// fields to fill. Returns the names of the fields it changed.
pub fn fill_from(dst: &mut Card, src: &Card, prefer_src: bool) -> Vec<&'static str> {
    const NOT_FILLED: [&str; 3] = ["login", "onec.id", "onec.code"];
    let mut changed = Vec::new();
    let kind = dst.kind;
    let mine = |d: &FieldDef| d.kinds.contains(&kind) && !NOT_FILLED.contains(&d.name);
    // A unit moves when its key field does: the document by its number,
    // the bank account by the account.
    for (prefix, key) in [("doc.", "doc.number"), ("bank.", "bank.account")] {
        let take = match (scalar_ref(dst, key), scalar_ref(src, key)) {
            (Some(d), Some(s)) => s.is_some() && (d.is_none() || prefer_src),
            _ => false,
        };
        if !take {
            continue;
        }
        for def in CATALOG
            .iter()
            .filter(|d| d.name.starts_with(prefix) && mine(d))
        {
            let value = scalar_ref(src, def.name).cloned().flatten();
            if let Some(slot) = scalar(dst, def.name) {
                if *slot != value {
                    *slot = value;
                    changed.push(def.name);
                }
            }
        }
    }
    for def in CATALOG.iter().filter(|d| mine(d)) {
        if def.name.starts_with("doc.") || def.name.starts_with("bank.") {
            continue;
        }
        let Some(value) = scalar_ref(src, def.name).cloned().flatten() else {
            continue;
        };
        if let Some(slot) = scalar(dst, def.name) {
            if slot.is_none() || (prefer_src && slot.as_deref() != Some(value.as_str())) {
                *slot = Some(value);
                changed.push(def.name);
            }
        }
    }
    changed
}

/// The field's value as one string (lists joined with ", "), or `None`.
pub fn get(card: &Card, name: &str) -> Option<String> {
    let joined = |v: Vec<&str>| (!v.is_empty()).then(|| v.join(", "));
    match name {
        "category" => Some(card.category.clone()),
        "password" => card.has_password.then(|| "(set)".to_string()),
        "group" => joined(card.groups.iter().map(String::as_str).collect()),
        "email" => joined(card.emails.iter().map(|c| c.value.as_str()).collect()),
        "phone" => (!card.phones.is_empty()).then(|| {
            let texts: Vec<String> = card.phones.iter().map(Contact::text).collect();
            texts.join(", ")
        }),
        "manager" => card.manager.as_ref().map(|m| m.name.clone()),
        _ if name.starts_with("address.") => card.address(&name[8..]).map(str::to_string),
        _ if name.starts_with("extra.") => card.extra.get(&name[6..]).map(ExtraValue::text),
        _ => scalar_ref(card, name).and_then(|v| v.clone()),
    }
}

fn unknown(name: &str) -> Error {
    Error::invalid(name, t!("field-unknown"))
}

/// The one text cleaner of every text a card keeps, typed, imported or
/// filled from DaData. Drops invisible format characters (zero-width
/// spaces and joiners, BOMs, bidirectional overrides) that sneak in from
/// Excel and web forms: they make two equal names differ and can reverse
/// how a name is displayed. Drops control characters (ESC, OSC 52's BEL,
/// backspace, the C1 set), which would drive the terminal of whoever lists
/// the card; tabs and line breaks become spaces, so a value stays one line.
pub fn clean_text(t: &str) -> String {
    t.chars()
        .filter_map(|c| match c {
            '\t' | '\n' | '\r' => Some(' '),
            c if c.is_control() => None,
            '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}' => None,
            c => Some(c),
        })
        .collect::<String>()
        .trim()
        .to_string()
}

/// The most characters field `name` keeps (each value of a list field):
/// its catalog limit, [`EXTRA`] for an extra field.
pub fn max_chars(name: &str) -> usize {
    match lookup(name) {
        Some(def) => def.max_chars,
        None => EXTRA,
    }
}

/// Refuses a text longer than `max` characters, naming `subject` (the
/// field), the limit and the fix.
pub fn check_chars(subject: &str, text: &str, max: usize) -> Result<()> {
    let n = text.chars().count();
    if n > max {
        return Err(Error::invalid(
            subject,
            t!("field-too-long", n = n, max = max),
        ));
    }
    Ok(())
}

fn text_of(name: &str, value: FieldValue) -> Result<Option<String>> {
    match value {
        FieldValue::Text(t) => {
            let t = clean_text(&t);
            check_chars(name, &t, max_chars(name))?;
            Ok(Some(t).filter(|t| !t.is_empty()))
        }
        FieldValue::Clear => Ok(None),
        FieldValue::List(_) => Err(Error::invalid(name, t!("field-not-list"))),
    }
}

/// A list field's values: `--group "a, b"` and repeated flags both give
/// several; e-mails and phones are split by the contact readers' own rules
/// (`;` too, and a lone `доб. 12` stays with its number).
/// The most values a card's list (e-mails, phones, groups) holds: more is
/// no contact list but garbage, and would cost every later check.
pub const LIST_MAX: usize = 100;

fn list_of(name: &str, value: FieldValue) -> Result<Vec<String>> {
    let items = match value {
        FieldValue::Text(t) => vec![t],
        FieldValue::List(l) => l,
        FieldValue::Clear => vec![],
    };
    let split: fn(&str) -> Vec<String> = match name {
        "email" => requisites::split_emails,
        "phone" => requisites::split_phones,
        _ => |item| item.split(',').map(str::to_string).collect(),
    };
    let mut out: Vec<String> = Vec::new();
    for item in items {
        for part in split(&item) {
            let part = clean_text(&part);
            check_chars(name, &part, max_chars(name))?;
            let part = part.as_str();
            if !part.is_empty() && !out.iter().any(|o| o == part) {
                if out.len() == LIST_MAX {
                    return Err(Error::invalid(
                        name,
                        t!("field-too-many-values", max = LIST_MAX),
                    ));
                }
                out.push(part.to_string());
            }
        }
    }
    Ok(out)
}

/// Sets (or clears) one field. Values are trimmed; checks happen later, in
/// the rules, so that every problem of a card is reported together.
pub fn set(card: &mut Card, name: &str, value: FieldValue) -> Result<()> {
    match name {
        "category" => {
            card.category = text_of(name, value)?.unwrap_or_else(|| "subscriber".into());
        }
        "group" => card.groups = list_of(name, value)?,
        "delivery" => card.delivery.method = text_of(name, value)?.map(super::delivery_method),
        "email" | "phone" => {
            let contacts = list_of(name, value)?
                .into_iter()
                .map(Contact::new)
                .collect();
            if name == "email" {
                card.emails = contacts;
            } else {
                card.phones = contacts;
            }
        }
        "manager" => {
            card.manager = text_of(name, value)?.map(|name| ManagerRef {
                name,
                email: String::new(),
            })
        }
        "password" => return Err(Error::invalid(name, t!("field-password"))),
        _ if name.starts_with("address.") => {
            let kind = &name[8..];
            if !ADDRESS_KINDS.contains(&kind) {
                return Err(Error::invalid(
                    "address",
                    t!(
                        "address-kind-unknown",
                        kind = kind,
                        allowed = ADDRESS_KINDS.join(", ")
                    ),
                ));
            }
            let text = text_of(name, value)?;
            card.addresses.retain(|a| a.kind != kind);
            if let Some(text) = text {
                card.addresses.push(Address {
                    kind: kind.to_string(),
                    text,
                });
                card.addresses.sort_by_key(|a| {
                    ADDRESS_KINDS
                        .iter()
                        .position(|k| *k == a.kind)
                        .unwrap_or(usize::MAX)
                });
            }
        }
        _ if name.starts_with("extra.") => {
            let key = name[6..].to_string();
            match text_of(name, value)? {
                Some(v) => {
                    card.extra.insert(key, ExtraValue::Text(v));
                }
                None => {
                    card.extra.remove(&key);
                }
            }
        }
        _ => {
            let text = text_of(name, value)?;
            let slot = scalar(card, name).ok_or_else(|| unknown(name))?;
            *slot = text;
        }
    }
    Ok(())
}

/// Field names shown in history diffs, in catalog order, then the extra
/// fields by name.
/// One changed field: its name, the old and the new value.
pub type Change = (Cow<'static, str>, Option<String>, Option<String>);

pub fn diff(old: &Card, new: &Card) -> Vec<Change> {
    let mut out = Vec::new();
    if old.kind != new.kind {
        out.push((
            Cow::Borrowed("type"),
            Some(old.kind.to_string()),
            Some(new.kind.to_string()),
        ));
    }
    for f in CATALOG {
        if f.name == "password" {
            continue;
        }
        let (a, b) = (get(old, f.name), get(new, f.name));
        if a != b {
            out.push((Cow::Borrowed(f.name), a, b));
        }
    }
    let names: BTreeSet<&String> = old.extra.keys().chain(new.extra.keys()).collect();
    for name in names {
        let (a, b) = (
            old.extra.get(name).map(ExtraValue::text),
            new.extra.get(name).map(ExtraValue::text),
        );
        if a != b {
            out.push((Cow::Owned(format!("extra.{name}")), a, b));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_catalog_field_round_trips() {
        for f in CATALOG {
            if matches!(f.name, "password" | "category") {
                continue;
            }
            let mut card = Card::new(Kind::Legal);
            set(&mut card, f.name, FieldValue::Text(" v1 ".into())).unwrap();
            assert_eq!(get(&card, f.name).as_deref(), Some("v1"), "{}", f.name);
            set(&mut card, f.name, FieldValue::Clear).unwrap();
            assert_eq!(get(&card, f.name), None, "{}", f.name);
        }
    }

    #[test]
    fn lists_split_on_commas() {
        let mut card = Card::new(Kind::Person);
        set(
            &mut card,
            "email",
            FieldValue::List(vec!["a@x.ru, b@y.ru".into(), "c@z.ru".into()]),
        )
        .unwrap();
        assert_eq!(card.emails.len(), 3);
        assert!(card.emails.iter().all(|c| c.confirmed));
    }

    #[test]
    fn extra_values_show_in_diffs() {
        let old = Card::new(Kind::Legal);
        let mut new = old.clone();
        set(&mut new, "extra.zone", FieldValue::Text(" a ".into())).unwrap();
        assert_eq!(get(&new, "extra.zone").as_deref(), Some("a"));
        let d = diff(&old, &new);
        assert_eq!(d, vec![("extra.zone".into(), None, Some("a".to_string()))]);
        set(&mut new, "extra.zone", FieldValue::Clear).unwrap();
        assert!(diff(&old, &new).is_empty());
    }

    #[test]
    fn overlong_values_are_refused_by_set() {
        let mut card = Card::new(Kind::Person);
        let long = "я".repeat(TEXT + 1);
        let e = set(&mut card, "last_name", FieldValue::Text(long.clone())).unwrap_err();
        assert_eq!(e.subject, "last_name");
        assert!(e.message.contains("1001 characters") && e.message.contains("limit is 1000"));
        // Counted in characters: 1000 Cyrillic letters are 2000 bytes, and fit.
        set(&mut card, "last_name", FieldValue::Text("я".repeat(TEXT))).unwrap();
        set(&mut card, "comment", FieldValue::Text("я".repeat(LONG))).unwrap();
        assert!(set(&mut card, "comment", FieldValue::Text("я".repeat(LONG + 1))).is_err());
        assert!(set(&mut card, "extra.note", FieldValue::Text(long.clone())).is_err());
        let e = set(
            &mut card,
            "group",
            FieldValue::List(vec!["a".into(), "g".repeat(SHORT + 1)]),
        );
        assert_eq!(e.unwrap_err().subject, "group");
    }

    /// The README's table of limits is this catalog's: a row per limit
    /// listing its fields in catalog order (the test prints the rows).
    #[test]
    fn readme_lists_the_catalog_limits() {
        let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"))
            .expect("README.md");
        for (limit, shown) in [
            (CODE, "50"),
            (SHORT, "200"),
            (TEXT, "1,000"),
            (LONG, "10,000"),
        ] {
            assert_eq!(limit.to_string(), shown.replace(',', ""));
            let names: Vec<String> = CATALOG
                .iter()
                .filter(|f| f.max_chars == limit && f.name != "password")
                .map(|f| format!("`{}`", f.name))
                .collect();
            let row = format!("| {shown} | {} |", names.join(", "));
            assert!(readme.contains(&row), "README, Fields lacks the row\n{row}");
        }
    }

    #[test]
    fn unknown_field_is_refused() {
        let mut card = Card::new(Kind::Person);
        assert!(set(&mut card, "nope", FieldValue::Clear).is_err());
    }
}
