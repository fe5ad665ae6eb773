//! The card's rules: which fields belong to which type, normalisation
//! (KPP upper case, phones to E.164, dates to YYYY-MM-DD), the requisite
//! checks with `validation.checksums = strict|warn`, invoice delivery, the
//! extra fields' types and the required fields (`required.*` and extra
//! fields defined `--required`). Every write (add, edit, import) passes
//! through [`check_card`]; every problem of a card is reported in one error.

use super::contacts;
use super::settings::Settings;
use crate::error::{Error, Result};
use crate::model::fields::{self, CATALOG};
use crate::model::values::parse_date;
use crate::model::{Card, Kind, CATEGORIES, DELIVERY_METHODS, DOC_TYPES};
use crate::onec::Sources;
use crate::requisites::{self, CheckError, CheckKind};
use crate::t;

/// Collects every problem of a card before reporting.
struct Findings<'a> {
    settings: &'a Settings,
    errors: Vec<Error>,
    warnings: Vec<String>,
    ask: Ask<'a>,
}

impl Findings<'_> {
    fn error(&mut self, field: &str, message: impl Into<crate::i18n::Msg>) {
        self.errors.push(Error::invalid(field, message));
    }

    fn check(&mut self, field: &str, result: std::result::Result<(), CheckError>) {
        if let Err(e) = result {
            if e.kind == CheckKind::Checksum && !self.settings.strict_checksums() {
                self.warnings.push(
                    t!("checksum-saved-anyway", field = field, reason = e.message).into_string(),
                );
            } else {
                self.error(field, t!("reason", reason = e.message));
            }
        }
    }
}

/// Whom a message asks to give a missing value, and so how it names the
/// field: the admin at the command line by its flag (`--inn`), the admin
/// whose 1C file is being imported by where the file keeps it («ИНН»,
/// column «ИНН» / element <ИНН>) — a reject reason speaks of the file.
#[derive(Clone, Copy)]
pub enum Ask<'a> {
    Flags,
    File(&'a Sources),
}

impl Ask<'_> {
    /// One field as this asker names it.
    pub fn field(&self, name: &str) -> String {
        let def = fields::lookup(name);
        // Not a card field, but what a file states the type by.
        let label = |d: Option<&fields::FieldDef>| match name {
            "type" => "вид контрагента (юр. / физ. лицо)",
            _ => d.map_or(name, |d| d.label),
        };
        match self {
            Ask::Flags => match def {
                _ if name == "type" => "--type".to_string(),
                Some(d) => d.flag.to_string(),
                None => format!("--extra {}=…", name.trim_start_matches("extra.")),
            },
            Ask::File(sources) => {
                let label = label(def);
                match sources.source_of(name) {
                    Some(src) => format!("{label} ({src})"),
                    None if matches!(sources, Sources::Columns(_)) => {
                        t!("ask-no-column", label = label).into_string()
                    }
                    None => label.to_string(),
                }
            }
        }
    }

    /// «give --kpp, --email» / «fill in КПП (element <КПП>) in 1C and export again».
    pub fn give(&self, names: &[&str]) -> String {
        let named: Vec<String> = names.iter().map(|n| self.field(n)).collect();
        match self {
            Ask::Flags => t!("ask-give-flags", names = named.join(", ")).into_string(),
            Ask::File(_) => t!("ask-give-file", names = named.join(", ")).into_string(),
        }
    }
}

/// Normalises `card` in place and checks it; returns the warnings, or one
/// error that lists every problem found. Messages name flags.
pub fn check_card(card: &mut Card, settings: &Settings) -> Result<Vec<String>> {
    check_card_for(card, settings, Ask::Flags)
}

/// [`check_card`], its messages asking `ask` for what is missing.
pub fn check_card_for(card: &mut Card, settings: &Settings, ask: Ask) -> Result<Vec<String>> {
    let mut f = Findings {
        settings,
        errors: Vec::new(),
        warnings: Vec::new(),
        ask,
    };
    let kind = card.kind;

    for def in CATALOG {
        if !def.kinds.contains(&kind) && fields::get(card, def.name).is_some() {
            let fix = match ask {
                Ask::Flags => t!("field-fix-flags", flag = def.flag, field = def.name),
                Ask::File(_) => t!("field-fix-file", field = ask.field(def.name)),
            };
            f.error(
                def.name,
                t!(
                    "field-not-for-kind",
                    kind = kind.as_str(),
                    fix = fix.as_str()
                ),
            );
        }
    }
    for (field, message) in super::extra::check_values(&mut card.extra, kind, settings) {
        f.error(&field, t!("reason", reason = message));
    }
    if kind == Kind::Person && !card.employees.is_empty() {
        f.error(
            "employees",
            t!("person-has-employees", n = card.employees.len()),
        );
    }
    if !CATEGORIES.contains(&card.category.as_str()) {
        f.error(
            "category",
            t!(
                "value-not-one-of",
                value = card.category.as_str(),
                allowed = CATEGORIES.join(", ")
            ),
        );
    }
    if let Some(m) = &card.delivery.method {
        if !DELIVERY_METHODS.contains(&m.as_str()) {
            f.error(
                "delivery",
                t!(
                    "value-not-one-of",
                    value = m.as_str(),
                    allowed = DELIVERY_METHODS.join(", ")
                ),
            );
        }
    }
    if let Some(t) = &card.document.doc_type {
        if !DOC_TYPES.contains(&t.as_str()) {
            f.error(
                "doc.type",
                t!(
                    "value-not-one-of",
                    value = t.as_str(),
                    allowed = DOC_TYPES.join(", ")
                ),
            );
        }
    }
    for (name, slot) in [
        ("doc.issued_on", &mut card.document.issued_on),
        ("birth_date", &mut card.document.birth_date),
        ("consent_on", &mut card.consent_on),
    ] {
        if let Some(v) = slot.as_deref() {
            match parse_date(v) {
                Some(d) => *slot = Some(d),
                None => f.error(name, t!("date-unreadable", value = v)),
            }
        }
    }
    if let Some(k) = card.kpp.as_mut() {
        *k = k.to_uppercase();
    }

    check_contacts(card, &mut f);
    check_country(card, &mut f);
    // A non-resident's requisites are its own country's, not ours.
    if settings.is_russia() && card.country.is_none() {
        check_requisites(card, &mut f);
    }

    if settings.bool("invoice.deliverers")
        && matches!(card.delivery.method.as_deref(), Some("post" | "courier"))
        && card.delivery.address.is_none()
    {
        f.error(
            "delivery_address",
            t!(
                "delivery-address-required",
                give = ask.give(&["delivery_address"])
            ),
        );
    }

    let missing = missing_required(card, settings);
    if !missing.is_empty() {
        let names: Vec<&str> = missing.iter().map(String::as_str).collect();
        let listed = settings.list(&format!("required.{kind}"));
        let extra = if missing.iter().all(|m| listed.contains(m)) {
            "no"
        } else {
            "yes"
        };
        f.errors.push(Error::invalid(
            missing.join(", "),
            t!(
                "required-missing",
                kind = kind.as_str(),
                give = ask.give(&names),
                extra = extra
            ),
        ));
    }

    card.display_name = card.compute_display_name();
    combine(f.errors).map(|_| f.warnings)
}

/// Requisites only a resident has: required of residents, never asked of a
/// non-resident (a card with `country`).
pub const RESIDENT_REQUISITES: [&str; 10] = [
    "inn",
    "kpp",
    "ogrn",
    "ogrnip",
    "okpo",
    "okato",
    "oktmo",
    "bank.bik",
    "bank.account",
    "bank.corr_account",
];

/// The required fields of the card's type that it lacks, in setting order.
pub fn missing_required(card: &Card, settings: &Settings) -> Vec<String> {
    let foreign = card.country.is_some();
    settings
        .required(card.kind)
        .into_iter()
        .filter(|name| !(foreign && RESIDENT_REQUISITES.contains(&name.as_str())))
        .filter(|name| fields::get(card, name).is_none())
        .collect()
}

/// The country of registration as its ISO alpha-2 code; the registry's own
/// country is no country (a resident).
fn check_country(card: &mut Card, f: &mut Findings) {
    let Some(written) = card.country.take() else {
        if card.tax_id.is_some() {
            let give = f.ask.give(&["country"]);
            f.error("tax_id", t!("tax-id-needs-country", give = give));
        }
        return;
    };
    match requisites::country::country_code(&written) {
        Some(code) if code.eq_ignore_ascii_case(f.settings.get("country")) => {}
        Some(code) => card.country = Some(code.to_string()),
        None => f.error("country", t!("country-unknown", value = written.as_str())),
    }
}

fn combine(mut errors: Vec<Error>) -> Result<()> {
    if errors.is_empty() {
        return Ok(());
    }
    let first = errors.remove(0);
    if errors.is_empty() {
        return Err(first);
    }
    let rest: Vec<String> = errors.iter().map(ToString::to_string).collect();
    Err(Error::invalid(
        first.subject,
        t!("errors-also", first = first.message, rest = rest.join("; ")),
    ))
}

fn check_contacts(card: &mut Card, f: &mut Findings) {
    for c in card.emails.iter_mut() {
        match contacts::email(&c.value) {
            Ok(v) => c.value = v,
            Err(e) => f.errors.push(e),
        }
    }
    for c in card.phones.iter_mut() {
        match contacts::phone(&c.value, f.settings) {
            Ok((p, warning)) => {
                f.warnings
                    .extend(warning.filter(|w| !f.warnings.contains(w)));
                // A stored number is E.164 already and its extension apart.
                c.extension = p.extension.or(c.extension.take());
                c.value = p.value;
            }
            Err(e) => f.errors.push(e),
        }
    }
    let mut seen = Vec::new();
    card.phones.retain(|c| {
        let key = (c.value.clone(), c.extension.clone());
        let fresh = !seen.contains(&key);
        seen.push(key);
        fresh
    });
}

fn check_requisites(card: &mut Card, f: &mut Findings) {
    if let Some(inn) = &card.inn {
        let r = match card.kind {
            // An organisation with twelve digits (a Kazakh BIN in 1C's
            // <ИНН>, a number typed for a person): a number that does not
            // pass as ours, like a failed checksum — refused, or kept
            // with a warning under validation.checksums = warn.
            Kind::Legal if inn.len() == 12 && inn.bytes().all(|b| b.is_ascii_digit()) => {
                Err(CheckError::checksum(t!(
                    "inn-legal-12-digits",
                    inn = inn.as_str(),
                    field = f.ask.field("country")
                )))
            }
            Kind::Legal => requisites::inn_legal(inn),
            Kind::Ip | Kind::Person => requisites::inn_person(inn),
        };
        f.check("inn", r);
    }
    type Check = fn(&str) -> requisites::CheckResult;
    let pairs: [(&str, &Option<String>, Check); 9] = [
        ("kpp", &card.kpp, requisites::kpp),
        ("ogrn", &card.ogrn, requisites::ogrn),
        ("ogrnip", &card.ogrnip, requisites::ogrnip),
        ("okpo", &card.okpo, requisites::okpo),
        ("okato", &card.okato, requisites::okato),
        ("oktmo", &card.oktmo, requisites::oktmo),
        ("okved", &card.okved, requisites::okved),
        ("bank.bik", &card.bank.bik, requisites::bik),
        (
            "doc.division_code",
            &card.document.division_code,
            requisites::division_code,
        ),
    ];
    for (name, value, check) in pairs {
        if let Some(v) = value {
            f.check(name, check(v));
        }
    }
    if let Some(w) = card.bank.bik.as_deref().and_then(requisites::bik_warning) {
        f.warnings
            .push(t!("field-problem", field = "bank.bik", problem = w).into_string());
    }
    let bik_ok = card
        .bank
        .bik
        .as_deref()
        .filter(|b| requisites::bik(b).is_ok());
    for (name, value, check) in [
        (
            "bank.account",
            &card.bank.account,
            requisites::account as fn(&str, &str) -> requisites::CheckResult,
        ),
        (
            "bank.corr_account",
            &card.bank.corr_account,
            requisites::corr_account,
        ),
    ] {
        match (value, bik_ok) {
            (Some(v), Some(bik)) => f.check(name, check(v, bik)),
            (Some(_), None) if card.bank.bik.is_none() => {
                let give = f.ask.give(&["bank.bik"]);
                f.error(name, t!("account-needs-bik", give = give))
            }
            _ => {}
        }
    }
    // Russian passport format only; other documents are free text.
    if matches!(card.document.doc_type.as_deref(), None | Some("passport")) {
        if let Some(v) = &card.document.series {
            f.check("doc.series", requisites::passport_series(v));
        }
        if let Some(v) = &card.document.number {
            f.check("doc.number", requisites::passport_number(v));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::fields::{set, FieldValue};

    fn legal() -> Card {
        let mut c = Card::new(Kind::Legal);
        set(&mut c, "name", FieldValue::Text("ПАО Сбербанк".into())).unwrap();
        set(&mut c, "inn", FieldValue::Text("7707083893".into())).unwrap();
        c
    }

    #[test]
    fn dates_in_both_forms() {
        assert_eq!(parse_date("05.03.2024").as_deref(), Some("2024-03-05"));
        assert_eq!(parse_date("2024-3-5").as_deref(), Some("2024-03-05"));
        assert_eq!(parse_date("31.02.2024"), None);
        assert_eq!(parse_date("2024/03/05"), None);
    }

    #[test]
    fn bad_inn_names_the_expected_digit() {
        let mut c = legal();
        c.inn = Some("7707083894".into());
        let e = check_card(&mut c, &Settings::default()).unwrap_err();
        assert_eq!(e.subject, "inn");
        assert!(e.message.contains("expected last digit 3"), "{e}");
    }

    #[test]
    fn an_organisation_with_twelve_digits_is_kept_only_in_warn_mode() {
        let mut c = legal();
        c.inn = Some("181310839110".into());
        let e = check_card(&mut c, &Settings::default()).unwrap_err();
        assert_eq!(e.subject, "inn");
        assert!(
            e.message
                .contains("has 12 digits, an organisation's INN has 10"),
            "{e}"
        );
        assert!(e.message.contains("give its country in --country"), "{e}");
        let s = Settings::from_stored([("validation.checksums".into(), "warn".into())].into());
        let w = check_card(&mut c, &s).unwrap();
        assert_eq!(w.len(), 1, "{w:?}");
        // A non-resident's number is not checked at all.
        c.country = Some("KZ".into());
        assert_eq!(
            check_card(&mut c, &Settings::default()).unwrap(),
            Vec::<String>::new()
        );
    }

    #[test]
    fn warn_mode_keeps_the_card() {
        let mut c = legal();
        c.inn = Some("7707083894".into());
        let s = Settings::from_stored([("validation.checksums".into(), "warn".into())].into());
        let w = check_card(&mut c, &s).unwrap();
        assert_eq!(w.len(), 1);
    }

    #[test]
    fn all_missing_fields_are_listed_together() {
        let mut c = legal();
        let s =
            Settings::from_stored([("required.legal".into(), "name,inn,kpp,email".into())].into());
        let e = check_card(&mut c, &s).unwrap_err();
        assert_eq!(e.subject, "kpp, email");
        assert!(e.message.contains("--kpp, --email"), "{e}");
    }

    #[test]
    fn fields_of_another_type_are_refused() {
        let mut c = Card::new(Kind::Person);
        c.last_name = Some("Иванов".into());
        c.first_name = Some("Иван".into());
        c.kpp = Some("773601001".into());
        assert_eq!(
            check_card(&mut c, &Settings::default())
                .unwrap_err()
                .subject,
            "kpp"
        );
    }

    #[test]
    fn required_extra_fields_apply_to_their_types() {
        use crate::core::extra::ExtraDefInput;
        use crate::model::extra::ExtraType;
        let def = ExtraDefInput {
            name: "contract_ref".into(),
            ty: ExtraType::String,
            label: None,
            values: vec![],
            required: true,
            personal: false,
            kinds: vec![Kind::Legal],
            pattern: None,
        };
        let s = Settings::default().with_extra_fields(vec![crate::core::extra::tests_def(def)]);
        let e = check_card(&mut legal(), &s).unwrap_err();
        assert_eq!(e.subject, "extra.contract_ref");
        assert!(e.message.contains("--extra contract_ref="), "{e}");
        let mut p = Card::new(Kind::Person);
        p.last_name = Some("Иванов".into());
        p.first_name = Some("Иван".into());
        check_card(&mut p, &s).unwrap();
        set(&mut p, "extra.contract_ref", FieldValue::Text("x".into())).unwrap();
        assert_eq!(
            check_card(&mut p, &s).unwrap_err().subject,
            "extra.contract_ref"
        );
    }

    fn with_bank(bik: &str, corr: &str) -> Card {
        let mut c = legal();
        c.bank.bik = Some(bik.into());
        c.bank.corr_account = Some(corr.into());
        c
    }

    #[test]
    fn corr_account_of_another_bank_is_refused_on_a_card() {
        let s = Settings::default();
        check_card(&mut with_bank("044525225", "30101810400000000225"), &s).unwrap();
        let e = check_card(&mut with_bank("044525221", "30101810400000000225"), &s).unwrap_err();
        assert_eq!(e.subject, "bank.corr_account");
        assert!(e.message.contains("last three digits 221, got 225"), "{e}");
        // Not a checksum: warn mode refuses it as well.
        let warn = Settings::from_stored([("validation.checksums".into(), "warn".into())].into());
        let e = check_card(&mut with_bank("044525221", "30101810400000000225"), &warn).unwrap_err();
        assert_eq!(e.subject, "bank.corr_account");
    }

    #[test]
    fn bik_outside_04_saves_the_card_with_a_warning() {
        let mut c = with_bank("024501901", "30101810400000000901");
        c.bank.corr_account = None;
        let w = check_card(&mut c, &Settings::default()).unwrap();
        assert_eq!(w.len(), 1, "{w:?}");
        assert!(
            w[0].starts_with("bank.bik: 024501901 does not start with 04"),
            "{w:?}"
        );
        let mut c = with_bank("044525225", "30101810400000000225");
        assert_eq!(
            check_card(&mut c, &Settings::default()).unwrap(),
            Vec::<String>::new()
        );
    }

    #[test]
    fn short_okpo_on_a_card_is_refused_naming_the_padded_number() {
        let mut c = legal();
        c.okpo = Some("242766".into());
        let e = check_card(&mut c, &Settings::default()).unwrap_err();
        assert_eq!(e.subject, "okpo");
        assert!(e.message.contains("00242766 passes the check digit"), "{e}");
    }

    #[test]
    fn phones_become_e164() {
        let mut c = legal();
        set(
            &mut c,
            "phone",
            FieldValue::Text("8 (912) 345-67-89, +7 912 345 67 89".into()),
        )
        .unwrap();
        check_card(&mut c, &Settings::default()).unwrap();
        assert_eq!(c.phones.len(), 1);
        assert_eq!(c.phones[0].value, "+79123456789");
    }
}
