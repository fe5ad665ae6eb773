//! The subscriber card as the core sees it, and its JSON shape (DESIGN §4):
//! scripts depend on these names, so keys are added, never renamed.

pub mod checked;
pub mod extra;
pub mod fields;
pub mod search;
pub mod values;

use serde::{Serialize, Serializer};
use std::collections::BTreeMap;
use std::fmt;

/// Legal entity, sole trader (ИП) or private person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    #[default]
    Legal,
    Ip,
    Person,
}

impl Kind {
    pub const ALL: [Kind; 3] = [Kind::Legal, Kind::Ip, Kind::Person];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Legal => "legal",
            Kind::Ip => "ip",
            Kind::Person => "person",
        }
    }

    pub fn parse(s: &str) -> Option<Kind> {
        match s {
            "legal" => Some(Kind::Legal),
            "ip" => Some(Kind::Ip),
            "person" => Some(Kind::Person),
            _ => None,
        }
    }

    /// The short code used in login templates (`{type}`).
    pub fn code(self) -> &'static str {
        match self {
            Kind::Legal => "ul",
            Kind::Ip => "ip",
            Kind::Person => "fl",
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

pub const ADDRESS_KINDS: [&str; 4] = ["legal", "actual", "postal", "registration"];
pub const CATEGORIES: [&str; 4] = ["subscriber", "operator", "agent", "dealer"];
pub const DELIVERY_METHODS: [&str; 5] = ["email", "post", "courier", "edo", "pickup"];
/// The Russian words accepted for [`DELIVERY_METHODS`], in their order.
pub const DELIVERY_ALIASES: [&str; 5] = ["email", "почта", "курьер", "эдо", "самовывоз"];

/// A delivery method as typed or imported, with a Russian word (`эдо`,
/// `почта`, `курьер`, `email`, `самовывоз`, in any case) read as its
/// English name; anything else is left for the rules to refuse.
pub fn delivery_method(text: String) -> String {
    let lower = text.to_lowercase();
    match DELIVERY_ALIASES.iter().position(|a| *a == lower) {
        Some(i) => DELIVERY_METHODS[i].to_string(),
        None => text,
    }
}

pub const DOC_TYPES: [&str; 3] = ["passport", "foreign-passport", "other"];

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Address {
    pub kind: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Contact {
    /// An e-mail as written, a phone as E.164 (in Russia).
    pub value: String,
    /// A phone's extension (`доб. 139`); `None` for e-mails.
    pub extension: Option<String>,
    pub confirmed: bool,
}

impl Contact {
    pub fn new(value: String) -> Contact {
        Contact {
            value,
            extension: None,
            confirmed: true,
        }
    }

    /// One line for tables, CSV and the history: `+78462316014 доб. 139`,
    /// which the phone reader takes back.
    pub fn text(&self) -> String {
        match &self.extension {
            Some(ext) => format!("{} доб. {ext}", self.value),
            None => self.value.clone(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct Delivery {
    pub method: Option<String>,
    pub address: Option<String>,
    pub edo_id: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ManagerRef {
    pub name: String,
    pub email: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct Bank {
    pub name: Option<String>,
    pub bik: Option<String>,
    pub account: Option<String>,
    pub corr_account: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct Document {
    #[serde(rename = "type")]
    pub doc_type: Option<String>,
    pub series: Option<String>,
    pub number: Option<String>,
    pub issued_by: Option<String>,
    pub issued_on: Option<String>,
    pub division_code: Option<String>,
    pub birth_date: Option<String>,
    pub birth_place: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct OneC {
    pub id: Option<String>,
    pub code: Option<String>,
}

/// The value of an extra field. Flags and imports give [`ExtraValue::Text`];
/// the rules turn it into the field type's normalised form. In JSON,
/// integers and decimals are numbers, bools are bools, the rest strings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExtraValue {
    /// string, date (YYYY-MM-DD), enum, or input not yet checked.
    Text(String),
    Integer(i64),
    /// Normalised decimal text: a dot, no trailing zeros (`12.5`, `-3`).
    Decimal(String),
    Bool(bool),
}

impl ExtraValue {
    /// The normalised text form, as stored and as the history shows it.
    pub fn text(&self) -> String {
        match self {
            ExtraValue::Text(s) | ExtraValue::Decimal(s) => s.clone(),
            ExtraValue::Integer(n) => n.to_string(),
            ExtraValue::Bool(b) => b.to_string(),
        }
    }

    /// Rebuilds a stored value by the field's type name; an unknown type
    /// (a field removed meanwhile) gives text.
    pub fn from_stored(ty: Option<&str>, text: String) -> ExtraValue {
        match ty {
            Some("integer") => match text.parse() {
                Ok(n) => ExtraValue::Integer(n),
                Err(_) => ExtraValue::Text(text),
            },
            Some("decimal") => ExtraValue::Decimal(text),
            Some("bool") => match text.as_str() {
                "true" => ExtraValue::Bool(true),
                "false" => ExtraValue::Bool(false),
                _ => ExtraValue::Text(text),
            },
            _ => ExtraValue::Text(text),
        }
    }
}

impl Serialize for ExtraValue {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            ExtraValue::Text(t) => s.serialize_str(t),
            ExtraValue::Integer(n) => s.serialize_i64(*n),
            ExtraValue::Bool(b) => s.serialize_bool(*b),
            ExtraValue::Decimal(d) => match d.parse::<f64>() {
                Ok(f) if f.is_finite() => s.serialize_f64(f),
                _ => s.serialize_str(d),
            },
        }
    }
}

/// A person working for a legal or ip subscriber (DESIGN §4).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Employee {
    pub id: i64,
    pub last_name: String,
    pub first_name: String,
    pub middle_name: Option<String>,
    pub position: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
}

impl Employee {
    /// «Фамилия Имя Отчество».
    pub fn full_name(&self) -> String {
        [
            Some(self.last_name.as_str()),
            Some(self.first_name.as_str()),
            self.middle_name.as_deref(),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ")
    }
}

/// A subscriber's contract (DESIGN §4). Dates are `YYYY-MM-DD`; an open
/// contract has no `closed_on`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Contract {
    pub number: String,
    pub subscriber_id: i64,
    pub login: Option<String>,
    pub signed_on: Option<String>,
    pub valid_to: Option<String>,
    pub closed_on: Option<String>,
}

/// A contract-end notice of `notify contracts-ending` (DESIGN §4).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Notice {
    pub contract: String,
    pub subscriber_id: i64,
    pub login: Option<String>,
    pub display_name: String,
    pub valid_to: String,
    pub days_left: i64,
    pub manager: Option<ManagerRef>,
}

/// What `subscriber check-status` last learned of a counterparty.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct CounterpartyStatus {
    /// DaData's `state.status` (`ACTIVE`, `LIQUIDATING`, `LIQUIDATED`,
    /// `BANKRUPT`, `REORGANIZING`), or `NOT_FOUND` when DaData had no
    /// party for the card's INN (and KPP).
    pub value: String,
    /// The day of the check, `YYYY-MM-DD`.
    pub checked_on: String,
    /// The day DaData gives for the status, `YYYY-MM-DD`: the liquidation
    /// date of a liquidated party, the registration date of an active one,
    /// the date of the register's last change otherwise.
    pub since: Option<String>,
}

/// One subscriber card. `display_name` and `has_password` are derived and
/// kept current by the core; the password hash never lives here.
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct Card {
    pub id: i64,
    pub uid: String,
    #[serde(rename = "type")]
    pub kind: Kind,
    pub category: String,
    pub display_name: String,
    pub name: Option<String>,
    pub full_name: Option<String>,
    pub last_name: Option<String>,
    pub first_name: Option<String>,
    pub middle_name: Option<String>,
    pub inn: Option<String>,
    pub kpp: Option<String>,
    pub ogrn: Option<String>,
    pub ogrnip: Option<String>,
    pub okpo: Option<String>,
    pub okato: Option<String>,
    pub oktmo: Option<String>,
    pub okved: Option<String>,
    /// ISO 3166-1 alpha-2 of a counterparty registered abroad; `None`: the
    /// registry's own country.
    pub country: Option<String>,
    /// A non-resident's foreign tax number, as written (unchecked).
    pub tax_id: Option<String>,
    pub director: Option<String>,
    pub director_post: Option<String>,
    pub login: Option<String>,
    pub has_password: bool,
    /// The channel (`email`, `sms`, `print`) of a new password still on
    /// its way to the subscriber: a failed or interrupted delivery.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub credentials_pending: Option<String>,
    pub archived: bool,
    /// A legal or ip card's status at the tax register, as DaData gave it
    /// at the last `subscriber check-status`; `None` (JSON `null`): never
    /// checked.
    pub status: Option<CounterpartyStatus>,
    /// The card this one was merged into (`subscriber merge`): it is
    /// archived, and its login and uid lead there.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub merged_into: Option<i64>,
    /// The day `subscriber forget` destroyed the card's personal data: a
    /// tombstone, kept for accounting, that nothing writes again.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub forgotten_on: Option<String>,
    pub addresses: Vec<Address>,
    pub delivery: Delivery,
    pub groups: Vec<String>,
    pub manager: Option<ManagerRef>,
    /// In JSON without `extension`, which only a phone has.
    #[serde(serialize_with = "emails_json")]
    pub emails: Vec<Contact>,
    pub phones: Vec<Contact>,
    pub bank: Bank,
    pub document: Document,
    /// Extra field values by field name; normalised by the rules.
    pub extra: BTreeMap<String, ExtraValue>,
    pub employees: Vec<Employee>,
    pub contracts: Vec<Contract>,
    pub onec: OneC,
    pub comment: Option<String>,
    /// The day the subscriber consented to the processing of their
    /// personal data (152-ФЗ), `YYYY-MM-DD`; persons and sole traders.
    pub consent_on: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

impl Card {
    pub fn new(kind: Kind) -> Card {
        Card {
            kind,
            category: "subscriber".into(),
            ..Card::default()
        }
    }

    /// legal → name; person → «Фамилия Имя Отчество»; ip → «ИП Фамилия Имя Отчество».
    pub fn compute_display_name(&self) -> String {
        match self.kind {
            Kind::Legal => self
                .name
                .clone()
                .or_else(|| self.full_name.clone())
                .unwrap_or_default(),
            Kind::Person | Kind::Ip => {
                let fio: Vec<&str> = [&self.last_name, &self.first_name, &self.middle_name]
                    .into_iter()
                    .filter_map(|p| p.as_deref())
                    .collect();
                let fio = fio.join(" ");
                if self.kind == Kind::Ip {
                    format!("ИП {fio}").trim_end().to_string()
                } else {
                    fio
                }
            }
        }
    }

    pub fn address(&self, kind: &str) -> Option<&str> {
        self.addresses
            .iter()
            .find(|a| a.kind == kind)
            .map(|a| a.text.as_str())
    }
}

fn emails_json<S: Serializer>(emails: &[Contact], s: S) -> Result<S::Ok, S::Error> {
    #[derive(Serialize)]
    struct Email<'a> {
        value: &'a str,
        confirmed: bool,
    }
    s.collect_seq(emails.iter().map(|c| Email {
        value: &c.value,
        confirmed: c.confirmed,
    }))
}

/// The text the search index holds for a card, already folded.
pub fn search_body(card: &Card) -> String {
    let mut parts: Vec<&str> = vec![&card.display_name];
    parts.extend(card.full_name.as_deref());
    parts.extend(card.inn.as_deref());
    parts.extend(card.login.as_deref());
    parts.extend(card.emails.iter().map(|c| c.value.as_str()));
    parts.extend(card.phones.iter().map(|c| c.value.as_str()));
    search::fold(&parts.join(" | "))
}
