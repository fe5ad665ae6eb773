//! The card flags shared by `subscriber add` and `subscriber edit`, and
//! their translation into field values for the core.

use crate::error::Error;
use crate::model::fields::FieldValue;
use crate::model::ADDRESS_KINDS;
use crate::t;
use clap::Args;

#[derive(Debug, Args, Default)]
pub struct CardFlags {
    /// subscriber (default), operator, agent or dealer
    #[arg(long, value_name = "NAME", help_heading = "Kind")]
    pub category: Option<String>,

    /// Short name of a legal entity (shown in lists)
    #[arg(long, help_heading = "Names")]
    pub name: Option<String>,
    /// Full official name of a legal entity
    #[arg(long, help_heading = "Names")]
    pub full_name: Option<String>,
    /// Surname (ip, person)
    #[arg(long, help_heading = "Names")]
    pub last_name: Option<String>,
    /// Given name (ip, person)
    #[arg(long, help_heading = "Names")]
    pub first_name: Option<String>,
    /// Patronymic (ip, person)
    #[arg(long, help_heading = "Names")]
    pub middle_name: Option<String>,

    /// INN: 10 digits for legal, 12 for ip and person; check digits verified
    #[arg(long, help_heading = "Requisites")]
    pub inn: Option<String>,
    /// KPP, 9 characters (legal only; branches differ by KPP)
    #[arg(long, help_heading = "Requisites")]
    pub kpp: Option<String>,
    /// OGRN, 13 digits (legal)
    #[arg(long, help_heading = "Requisites")]
    pub ogrn: Option<String>,
    /// OGRNIP, 15 digits (ip)
    #[arg(long, help_heading = "Requisites")]
    pub ogrnip: Option<String>,
    /// OKPO, 8 digits (legal) or 10 (ip)
    #[arg(long, help_heading = "Requisites")]
    pub okpo: Option<String>,
    /// OKATO, 2 to 11 digits
    #[arg(long, help_heading = "Requisites")]
    pub okato: Option<String>,
    /// OKTMO, 8 or 11 digits
    #[arg(long, help_heading = "Requisites")]
    pub oktmo: Option<String>,
    /// Main OKVED code, e.g. 61.10
    #[arg(long, help_heading = "Requisites")]
    pub okved: Option<String>,
    /// Country of registration of a non-resident: ISO code (KZ), ОКСМ code
    /// (398) or name (Казахстан); the Russian requisite checks do not apply
    #[arg(long, help_heading = "Requisites")]
    pub country: Option<String>,
    /// A non-resident's foreign tax number, kept as written (with --country)
    #[arg(long, help_heading = "Requisites")]
    pub tax_id: Option<String>,
    /// Director's full name (legal)
    #[arg(long, help_heading = "Requisites")]
    pub director: Option<String>,
    /// Director's post (legal)
    #[arg(long, help_heading = "Requisites")]
    pub director_post: Option<String>,

    /// Login; without it a new card is numbered from login.template
    #[arg(long, help_heading = "Login")]
    pub login: Option<String>,
    /// Read the password from the first line of stdin
    #[arg(
        long,
        conflicts_with = "no_password",
        help_heading = "Login",
        long_help = "Read the password from the first line of stdin. There is no --password: \
a password on the command line leaks into `ps` and shell history."
    )]
    pub password_stdin: bool,
    /// No password (add), or remove the password (edit)
    #[arg(long, help_heading = "Login")]
    pub no_password: bool,

    /// KIND=TEXT, KIND one of legal, actual, postal, registration; repeatable
    #[arg(long, value_name = "KIND=TEXT", help_heading = "Addresses")]
    pub address: Vec<String>,

    /// How invoices are delivered: email, post, courier, edo, pickup (or почта, курьер, эдо, самовывоз)
    #[arg(long, value_name = "METHOD", help_heading = "Invoices")]
    pub delivery: Option<String>,
    /// Where post or courier invoices go
    #[arg(long, value_name = "TEXT", help_heading = "Invoices")]
    pub delivery_address: Option<String>,
    /// EDO participant id (for --delivery edo)
    #[arg(long, value_name = "ID", help_heading = "Invoices")]
    pub edo_id: Option<String>,

    /// Group name; repeatable; replaces the card's groups
    #[arg(long, value_name = "NAME", help_heading = "Groups and manager")]
    pub group: Vec<String>,
    /// Personal manager's name (see `abonent manager add`)
    #[arg(long, value_name = "NAME", help_heading = "Groups and manager")]
    pub manager: Option<String>,

    /// E-mail(s), comma-separated or repeated; replaces the card's e-mails
    #[arg(long, value_name = "ADDRESSES", help_heading = "Contacts")]
    pub email: Vec<String>,
    /// Phone(s), comma-separated or repeated; stored as E.164
    #[arg(long, value_name = "NUMBERS", help_heading = "Contacts")]
    pub phone: Vec<String>,

    /// Bank name
    #[arg(long, help_heading = "Bank")]
    pub bank_name: Option<String>,
    /// Bank BIK, 9 digits
    #[arg(long, help_heading = "Bank")]
    pub bik: Option<String>,
    /// Settlement account, 20 digits (key checked with --bik)
    #[arg(long, help_heading = "Bank")]
    pub account: Option<String>,
    /// Correspondent account, 20 digits (key checked with --bik)
    #[arg(long, help_heading = "Bank")]
    pub corr_account: Option<String>,

    /// passport, foreign-passport or other
    #[arg(long, value_name = "TYPE", help_heading = "Document")]
    pub doc_type: Option<String>,
    /// Passport series, 4 digits
    #[arg(long, value_name = "SERIES", help_heading = "Document")]
    pub doc_series: Option<String>,
    /// Passport number, 6 digits
    #[arg(long, value_name = "NUMBER", help_heading = "Document")]
    pub doc_number: Option<String>,
    /// Issuing authority
    #[arg(long, value_name = "TEXT", help_heading = "Document")]
    pub doc_issued_by: Option<String>,
    /// Issue date, YYYY-MM-DD or DD.MM.YYYY
    #[arg(long, value_name = "DATE", help_heading = "Document")]
    pub doc_issued_on: Option<String>,
    /// Division code, NNN-NNN
    #[arg(long, value_name = "CODE", help_heading = "Document")]
    pub doc_division_code: Option<String>,
    /// Birth date, YYYY-MM-DD or DD.MM.YYYY
    #[arg(long, value_name = "DATE", help_heading = "Document")]
    pub birth_date: Option<String>,
    /// Birth place
    #[arg(long, value_name = "TEXT", help_heading = "Document")]
    pub birth_place: Option<String>,
    /// The day the subscriber consented to the processing of personal data, YYYY-MM-DD or DD.MM.YYYY
    #[arg(long, value_name = "DATE", help_heading = "Document")]
    pub consent_on: Option<String>,

    /// NAME=VALUE for an extra field (see `abonent extra-field list`); repeatable
    #[arg(
        long,
        value_name = "NAME=VALUE",
        help_heading = "Other",
        long_help = "NAME=VALUE for an extra field the operator defined (see `abonent extra-field \
list`); repeatable. The value is checked by the field's type and stored normalised: decimals \
accept , or ., dates YYYY-MM-DD or DD.MM.YYYY, bools true/false/yes/no/да/нет/1/0, enums only \
their listed values. NAME= with nothing after it clears the field."
    )]
    pub extra: Vec<String>,

    /// Free-text comment
    #[arg(long, help_heading = "Other")]
    pub comment: Option<String>,
}

/// Splits `NAME=VALUE` of an `--extra` flag.
pub fn extra_pair(flag: &str) -> Result<(String, String), Error> {
    match flag.split_once('=') {
        Some((name, value)) if !name.trim().is_empty() => {
            Ok((name.trim().to_string(), value.to_string()))
        }
        _ => Err(Error::invalid(
            "extra",
            t!("card-extra-flag-form", flag = flag),
        )),
    }
}

impl CardFlags {
    /// The given flags as (field, value) pairs, in catalog order.
    pub fn values(&self) -> Result<Vec<(String, FieldValue)>, Error> {
        let mut out: Vec<(String, FieldValue)> = Vec::new();
        let text = [
            ("category", &self.category),
            ("name", &self.name),
            ("full_name", &self.full_name),
            ("last_name", &self.last_name),
            ("first_name", &self.first_name),
            ("middle_name", &self.middle_name),
            ("inn", &self.inn),
            ("kpp", &self.kpp),
            ("ogrn", &self.ogrn),
            ("ogrnip", &self.ogrnip),
            ("okpo", &self.okpo),
            ("okato", &self.okato),
            ("oktmo", &self.oktmo),
            ("okved", &self.okved),
            ("country", &self.country),
            ("tax_id", &self.tax_id),
            ("director", &self.director),
            ("director_post", &self.director_post),
            ("login", &self.login),
            ("delivery", &self.delivery),
            ("delivery_address", &self.delivery_address),
            ("edo_id", &self.edo_id),
            ("manager", &self.manager),
            ("bank.name", &self.bank_name),
            ("bank.bik", &self.bik),
            ("bank.account", &self.account),
            ("bank.corr_account", &self.corr_account),
            ("doc.type", &self.doc_type),
            ("doc.series", &self.doc_series),
            ("doc.number", &self.doc_number),
            ("doc.issued_by", &self.doc_issued_by),
            ("doc.issued_on", &self.doc_issued_on),
            ("doc.division_code", &self.doc_division_code),
            ("birth_date", &self.birth_date),
            ("consent_on", &self.consent_on),
            ("birth_place", &self.birth_place),
            ("comment", &self.comment),
        ];
        for (name, v) in text {
            if let Some(v) = v {
                out.push((name.to_string(), FieldValue::Text(v.clone())));
            }
        }
        for a in &self.address {
            let (kind, text) = a.split_once('=').ok_or_else(|| {
                Error::invalid(
                    "address",
                    t!(
                        "card-address-flag-form",
                        flag = a.as_str(),
                        kinds = ADDRESS_KINDS.join(", ")
                    ),
                )
            })?;
            out.push((
                format!("address.{}", kind.trim()),
                FieldValue::Text(text.to_string()),
            ));
        }
        for e in &self.extra {
            let (name, value) = extra_pair(e)?;
            out.push((format!("extra.{name}"), FieldValue::Text(value)));
        }
        for (name, list) in [
            ("group", &self.group),
            ("email", &self.email),
            ("phone", &self.phone),
        ] {
            if !list.is_empty() {
                out.push((name.to_string(), FieldValue::List(list.clone())));
            }
        }
        Ok(out)
    }
}
