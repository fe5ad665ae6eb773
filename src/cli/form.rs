//! `subscriber add --interactive` and `subscriber edit REF --interactive`:
//! the whole card asked section by section at a terminal, in the admin's
//! language, each value checked by the card's rules as it is typed (a bad
//! one is asked again with the reason; nothing typed is lost), optional
//! sections skippable, current values offered on an edit. Leaving
//! (Ctrl-C, Ctrl-D) writes nothing: the card is saved only after the
//! last question, by the same path as the flags.

use crate::core::form::check_typed;
use crate::core::settings::Settings;
use crate::core::subscribers::PasswordChoice;
use crate::error::{Error, Result};
use crate::i18n::{tr_keyed, Msg};
use crate::model::fields::{self, FieldValue};
use crate::model::{Card, Kind};
use crate::t;
use dialoguer::{Confirm, Input, Password, Select};

/// The form's sections, in order: a message id and the fields it asks
/// (those that do not belong to the card's type are left out).
const SECTIONS: &[(&str, &[&str])] = &[
    (
        "names",
        &[
            "name",
            "full_name",
            "last_name",
            "first_name",
            "middle_name",
            "director",
            "director_post",
        ],
    ),
    (
        "requisites",
        &[
            "inn", "kpp", "ogrn", "ogrnip", "okpo", "okved", "okato", "oktmo",
        ],
    ),
    ("login", &["login"]),
    (
        "addresses",
        &[
            "address.legal",
            "address.actual",
            "address.postal",
            "address.registration",
        ],
    ),
    ("delivery", &["delivery", "delivery_address", "edo_id"]),
    ("groups", &["group", "manager"]),
    ("contacts", &["email", "phone"]),
    (
        "bank",
        &["bank.bik", "bank.account", "bank.corr_account", "bank.name"],
    ),
    (
        "document",
        &[
            "doc.type",
            "doc.series",
            "doc.number",
            "doc.issued_by",
            "doc.issued_on",
            "doc.division_code",
            "birth_date",
            "birth_place",
            "consent_on",
        ],
    ),
    ("comment", &["comment"]),
];

/// Sections every card is asked for, whatever is required.
const ALWAYS: &[&str] = &["names", "contacts"];

/// What the form gathered: the values to set (on an edit, only those that
/// changed), the password choice (add only) and an INN to fill from.
pub struct Answers {
    pub kind: Kind,
    pub values: Vec<(String, FieldValue)>,
    pub password: Option<PasswordChoice>,
    pub from_inn: Option<String>,
}

/// A prompt's failure: Ctrl-C or Ctrl-D leaves the form, nothing written.
fn left(e: dialoguer::Error) -> Error {
    let dialoguer::Error::IO(io) = e;
    Error::invalid("form", t!("form-left", reason = io.kind().to_string()))
}

fn label(name: &str) -> String {
    if let Some(extra) = name.strip_prefix("extra.") {
        return extra.to_string();
    }
    tr_keyed("form-field-", name, &[]).into_string()
}

/// The format hint shown after a field's label, if it has one.
fn hint(name: &str, kind: Kind) -> Option<Msg> {
    let kind = kind.to_string();
    crate::i18n::has_keyed("form-hint-", name)
        .then(|| tr_keyed("form-hint-", name, &[("kind", kind.as_str().into())]))
}

/// Asks for the whole card: `current` is the card being edited (`None`
/// for a new one, whose type is asked first unless `kind` is given).
pub fn ask(
    settings: &Settings,
    kind: Option<Kind>,
    current: Option<&Card>,
    lookups: bool,
) -> Result<Answers> {
    let kind = match (current, kind) {
        (Some(c), _) => c.kind,
        (None, Some(k)) => k,
        (None, None) => ask_kind()?,
    };
    let base = current.cloned().unwrap_or_else(|| Card::new(kind));
    let required = settings.required(kind);
    let mut answers = Answers {
        kind,
        values: Vec::new(),
        password: None,
        from_inn: None,
    };
    let extras: Vec<String> = settings
        .extra_fields()
        .iter()
        .filter(|d| d.applies_to(kind))
        .map(|d| format!("extra.{}", d.name))
        .collect();
    let extra_section: Vec<&str> = extras.iter().map(String::as_str).collect();
    let sections = SECTIONS
        .iter()
        .map(|(id, names)| (*id, names.to_vec()))
        .chain((!extra_section.is_empty()).then_some(("extra", extra_section)));
    for (id, names) in sections {
        let names: Vec<&str> = names
            .into_iter()
            .filter(|n| {
                n.starts_with("extra.")
                    || fields::lookup(n).is_some_and(|d| d.kinds.contains(&kind))
            })
            .collect();
        if names.is_empty() {
            continue;
        }
        let title = tr_keyed("form-section-", id, &[]);
        let needed = names.iter().any(|n| required.iter().any(|r| r == n));
        let has_values = names.iter().any(|n| fields::get(&base, n).is_some());
        if !(needed || ALWAYS.contains(&id)) {
            let open = Confirm::new()
                .with_prompt(t!("form-open-section", section = title.as_str()).into_string())
                .default(has_values)
                .interact()
                .map_err(left)?;
            if !open {
                continue;
            }
        } else {
            eprintln!("— {title} —");
        }
        for name in names {
            ask_field(
                settings,
                &base,
                &mut answers,
                name,
                required.iter().any(|r| r == name),
            )?;
            if name == "inn" && lookups && current.is_none() && kind != Kind::Person {
                offer_lookup(&mut answers)?;
                if answers.from_inn.is_some() {
                    // DaData fills the rest of the requisites and the
                    // names; flags (answers) given win.
                    break;
                }
            }
        }
        if id == "login" && current.is_none() {
            answers.password = Some(ask_password()?);
        }
    }
    Ok(answers)
}

/// After the card was refused at save for a field the form asks (a login
/// or an INN+KPP another card holds, which no check of the typed value
/// alone can know): says why and asks that field again, with the KPP
/// after an INN, keeping every other answer. False when the refusal is
/// not about such a field, and the caller reports it as it is.
pub fn ask_again(
    settings: &Settings,
    base: &Card,
    kind: Kind,
    values: &mut Vec<(String, FieldValue)>,
    refused: &Error,
) -> Result<bool> {
    let asked = |n: &str| {
        SECTIONS.iter().any(|(_, names)| names.contains(&n))
            && fields::lookup(n).is_some_and(|d| d.kinds.contains(&kind))
    };
    if !asked(&refused.subject) {
        return Ok(false);
    }
    let again = t!("form-again", reason = refused.message.as_str());
    eprintln!("{}", super::output::visible(again.as_str()));
    let mut names = vec![refused.subject.as_str()];
    if refused.subject == "inn" && asked("kpp") {
        names.push("kpp");
    }
    let mut answers = Answers {
        kind,
        values: values
            .iter()
            .filter(|(n, _)| !names.contains(&n.as_str()))
            .cloned()
            .collect(),
        password: None,
        from_inn: None,
    };
    let required = settings.required(kind);
    for name in names {
        let must = name == refused.subject || required.iter().any(|r| r == name);
        ask_field(settings, base, &mut answers, name, must)?;
    }
    *values = answers.values;
    Ok(true)
}

fn ask_kind() -> Result<Kind> {
    let kinds = [Kind::Legal, Kind::Ip, Kind::Person];
    let items: Vec<String> = kinds
        .iter()
        .map(|k| tr_keyed("form-kind-", &k.to_string(), &[]).into_string())
        .collect();
    let i = Select::new()
        .with_prompt(t!("form-ask-kind").into_string())
        .items(&items)
        .default(0)
        .interact()
        .map_err(left)?;
    Ok(kinds[i])
}

/// Asks one field until the rules accept it (or it is left empty).
fn ask_field(
    settings: &Settings,
    base: &Card,
    answers: &mut Answers,
    name: &str,
    required: bool,
) -> Result<()> {
    let current = fields::get(base, name);
    let mut prompt = label(name);
    if let Some(h) = hint(name, answers.kind) {
        prompt = format!("{prompt} ({h})");
    }
    if required {
        prompt = t!("form-required", label = prompt.as_str()).into_string();
    }
    loop {
        let mut input = Input::<String>::new()
            .with_prompt(prompt.clone())
            .allow_empty(true);
        if let Some(c) = &current {
            input = input.default(c.clone());
        }
        let typed = input.interact_text().map_err(left)?;
        let typed = typed.trim();
        let value = if typed == "-" && current.is_some() {
            FieldValue::Clear
        } else if typed.is_empty() || Some(typed) == current.as_deref() {
            if required && current.is_none() {
                eprintln!("{}", t!("form-needed"));
                continue;
            }
            return Ok(());
        } else {
            // A list field (e-mails, phones, groups) is split by the
            // card's own reader, as a flag's value is.
            FieldValue::Text(typed.to_string())
        };
        let mut tried = answers.values.clone();
        tried.push((name.to_string(), value.clone()));
        match check_typed(base, &tried, settings) {
            Ok(()) => {
                answers.values.push((name.to_string(), value));
                return Ok(());
            }
            // The reason quotes what was typed: its control characters
            // are shown, not played to the terminal.
            Err(e) => {
                let again = t!("form-again", reason = e.message);
                eprintln!("{}", super::output::visible(again.as_str()));
            }
        }
    }
}

/// After an INN: offer to fill the requisites from DaData.
fn offer_lookup(answers: &mut Answers) -> Result<()> {
    let Some((_, FieldValue::Text(inn))) = answers.values.iter().find(|(n, _)| n == "inn") else {
        return Ok(());
    };
    let inn = inn.clone();
    let yes = Confirm::new()
        .with_prompt(t!("form-offer-lookup").into_string())
        .default(true)
        .interact()
        .map_err(left)?;
    if yes {
        answers.values.retain(|(n, _)| n != "inn");
        answers.from_inn = Some(inn);
    }
    Ok(())
}

fn ask_password() -> Result<PasswordChoice> {
    let items = [
        t!("form-password-generate").into_string(),
        t!("form-password-type").into_string(),
        t!("form-password-none").into_string(),
    ];
    let i = Select::new()
        .with_prompt(t!("form-ask-password").into_string())
        .items(&items)
        .default(0)
        .interact()
        .map_err(left)?;
    Ok(match i {
        0 => PasswordChoice::Default,
        1 => PasswordChoice::Typed(typed_password()?),
        _ => PasswordChoice::None,
    })
}

/// A password typed at the terminal: never echoed, asked twice.
pub fn typed_password() -> Result<String> {
    Password::new()
        .with_prompt(t!("form-password").into_string())
        .with_confirmation(
            t!("form-password-again").into_string(),
            t!("form-password-mismatch").into_string(),
        )
        .interact()
        .map_err(left)
}
