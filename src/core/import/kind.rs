//! The type of a new card from a 1C row — pure: an organisation is legal
//! whatever its INN (a legal form stated, an official name, a name with a
//! legal form in front or behind); else as the file states it; else from
//! the INN's length and the «ИП» prefix; else `--type-default`.

use crate::core::rules::Ask;
use crate::error::{Error, Result};
use crate::model::Kind;
use crate::onec::Record;
use crate::requisites;
use crate::t;

fn starts_with_ip(s: &str) -> bool {
    let t = s.trim_start();
    let upper: String = t.chars().take(3).collect::<String>().to_uppercase();
    upper == "ИП"
        || upper.starts_with("ИП ")
        || t.to_lowercase()
            .starts_with("индивидуальный предприниматель")
}

/// Organisational legal forms written before or after a name (`ООО «Нева»`,
/// `«Алтай» ТОО`): Russian, Kazakh and common foreign ones. Matched as a
/// whole word, in capitals.
const ORG_FORMS: &[&str] = &[
    "ООО", "ОАО", "ЗАО", "ПАО", "НАО", "АО", "ОДО", "ТОО", "НКО", "АНО", "ГБУ", "ГАУ", "ГКУ",
    "ГУП", "МУП", "ФГУП", "ФГБУ", "ФГАУ", "ФКУ", "МБУ", "МАУ", "МКУ", "МБОУ", "ГБОУ", "АНОО",
    "ТСЖ", "ТСН", "СНТ", "ЖСК", "СПК", "ПК", "НП", "ОО", "РОО", "ЧУ", "КФХ", "LLC", "LTD", "LLP",
    "JSC", "GMBH", "AG", "INC", "PLC",
];

/// The same forms written out, as a name's first words.
const ORG_FORMS_FULL: &[&str] = &[
    "общество с ограниченной ответственностью",
    "общество с дополнительной ответственностью",
    "акционерное общество",
    "публичное акционерное общество",
    "непубличное акционерное общество",
    "открытое акционерное общество",
    "закрытое акционерное общество",
    "товарищество с ограниченной ответственностью",
    "товарищество собственников",
    "некоммерческая организация",
    "некоммерческое партнерство",
    "автономная некоммерческая организация",
    "государственное",
    "муниципальное",
    "федеральное государственное",
    "производственный кооператив",
    "сельскохозяйственный",
    "потребительский кооператив",
    "жилищно-строительный кооператив",
    "садоводческое некоммерческое товарищество",
    "общественная организация",
    "благотворительный фонд",
    "limited liability company",
];

/// A name that starts or ends with an organisation's legal form. «ИП» is
/// not one: a sole trader is a person in business.
fn org_named(name: &str) -> bool {
    let mut words = name
        .split(|c: char| {
            c.is_whitespace()
                || matches!(
                    c,
                    '"' | '«' | '»' | '„' | '“' | '”' | '\'' | '.' | ',' | '(' | ')'
                )
        })
        .filter(|w| !w.is_empty());
    // Forms are short capitals: compare a word only if it could be one,
    // letter by letter in capitals, without making a copy.
    let same = |w: &str, form: &str| w.chars().flat_map(char::to_uppercase).eq(form.chars());
    let is_form =
        |w: Option<&str>| w.is_some_and(|w| w.len() <= 12 && ORG_FORMS.iter().any(|f| same(w, f)));
    let first = words.next();
    if is_form(first) || (first.is_some() && is_form(words.next_back())) {
        return true;
    }
    // Written out: compare the name's start, folded, with each form —
    // only when its first letter is one a written-out form starts with.
    let Some(first) = name.trim_start().chars().next() else {
        return false;
    };
    let first = first.to_lowercase().next().unwrap_or(first);
    if !ORG_FORMS_FULL.iter().any(|f| f.starts_with(first)) {
        return false;
    }
    let head: String = name
        .trim_start()
        .chars()
        .take(48)
        .flat_map(char::to_lowercase)
        .map(|c| if c == 'ё' { 'е' } else { c })
        .collect();
    ORG_FORMS_FULL.iter().any(|f| head.starts_with(f))
}

/// What a stated legal form (`ЮридическоеЛицо`, «Юр. лицо», `ООО`, …) says:
/// `Some(true)` an organisation, `Some(false)` a person or sole trader.
fn org_form_stated(form: &str) -> Option<bool> {
    // Its first letters say it («Юридическое лицо», «юр. лицо», «ФизЛицо»).
    let f: String = form
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .chars()
        .take(12)
        .flat_map(char::to_lowercase)
        .collect();
    if f.starts_with("юр") || f.starts_with("организац") {
        return Some(true);
    }
    if f.starts_with("физ") || f.starts_with("ип") || f.starts_with("индивидуальн")
    {
        return Some(false);
    }
    org_named(form).then_some(true)
}

/// An organisation, whatever the length of its INN: the file states a
/// legal form that says so, gives an official name (CommerceML's
/// `ОфициальноеНаименование`, which its readers state as the legal form),
/// or names it with a legal form in front or behind.
fn is_organisation(rec: &Record) -> bool {
    if rec.get("legal_form").and_then(org_form_stated) == Some(true) {
        return true;
    }
    [rec.get("name"), rec.get("full_name")]
        .into_iter()
        .flatten()
        .any(org_named)
}

/// The type of a new card: an organisation is legal (see
/// [`is_organisation`]); else as the file states it, else from the INN
/// length and the «ИП» prefix, else `--type-default`.
pub(super) fn detect_kind(
    rec: &Record,
    inn: Option<&str>,
    default: Option<Kind>,
    ask: Ask,
) -> Result<Kind> {
    if is_organisation(rec) {
        return Ok(Kind::Legal);
    }
    let names = [rec.get("name"), rec.get("full_name")];
    let ip_named = names.iter().flatten().any(|n| starts_with_ip(n));
    let inn_len = inn.map(str::len);
    match rec.kind {
        Some(Kind::Person) if ip_named && inn_len == Some(12) => return Ok(Kind::Ip),
        Some(k) => return Ok(k),
        None => {}
    }
    match (inn_len, inn) {
        (Some(10), _) => return Ok(Kind::Legal),
        (Some(12), _) => return Ok(if ip_named { Kind::Ip } else { Kind::Person }),
        (Some(_), Some(inn)) => {
            // Neither length: the INN itself is what is wrong with the row.
            if let Err(e) = requisites::inn(inn) {
                return Err(Error::invalid("inn", t!("reason", reason = e.message)));
            }
        }
        _ => {}
    }
    if ip_named {
        return Ok(Kind::Ip);
    }
    if rec.get("last_name").is_some() {
        return Ok(Kind::Person);
    }
    default.ok_or_else(|| {
        Error::invalid(
            "type",
            t!(
                "import-kind-unknown",
                kind_field = ask.field("type"),
                inn_field = ask.field("inn")
            ),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn organisations_are_legal_whatever_their_inn() {
        let rec = Record::of;
        let kind = |r: &Record| detect_kind(r, r.get("inn"), None, Ask::Flags).unwrap();
        // A Kazakh ТОО with its 12-digit number is no person «ТОО» «"Алтай"».
        for name in [
            "ТОО \"Алтай\"",
            "\"Алтай\" ТОО",
            "ООО «Нева»",
            "Общество с ограниченной ответственностью «Нева»",
            "АО Банк",
            "ФГУП «Почта»",
            "Kikinda LLC",
        ] {
            assert_eq!(
                kind(&rec(&[("name", name), ("inn", "773370857141")])),
                Kind::Legal,
                "{name}"
            );
        }
        // Stated by the file.
        let stated = rec(&[
            ("name", "Алтай"),
            ("inn", "773370857141"),
            ("legal_form", "ЮридическоеЛицо"),
        ]);
        assert_eq!(kind(&stated), Kind::Legal);
        // Not a legal form: people, sole traders, a name with «ао» inside.
        let person = rec(&[("name", "Ивлев Аоров"), ("inn", "773370857141")]);
        assert_eq!(kind(&person), Kind::Person);
        let ip = rec(&[
            ("name", "ИП Петров Иван"),
            ("inn", "773370857141"),
            ("legal_form", "ФизическоеЛицо"),
        ]);
        assert_eq!(kind(&ip), Kind::Ip);
        assert!(!org_named("Маоова Анна"));
        assert!(!org_named("Государева Анна"));
    }

    #[test]
    fn kind_from_inn_and_prefix() {
        let rec = |name: &str| Record {
            values: vec![("name".into(), name.into())],
            ..Record::default()
        };
        assert_eq!(
            detect_kind(&rec("ООО Ромашка"), Some("7707083893"), None, Ask::Flags).unwrap(),
            Kind::Legal
        );
        assert_eq!(
            detect_kind(
                &rec("ИП Иванов И.И."),
                Some("773370857141"),
                None,
                Ask::Flags
            )
            .unwrap(),
            Kind::Ip
        );
        assert_eq!(
            detect_kind(&rec("Иванов Иван"), Some("773370857141"), None, Ask::Flags).unwrap(),
            Kind::Person
        );
        assert!(detect_kind(&rec("Кто-то"), None, None, Ask::Flags).is_err());
        assert_eq!(
            detect_kind(&rec("Кто-то"), None, Some(Kind::Person), Ask::Flags).unwrap(),
            Kind::Person
        );
    }
}
