//! DaData's answers as types: `{"suggestions": [{"value", "unrestricted_value",
//! "data": {…}}]}` for `findById/party` and `findById/bank`, with only the
//! fields abonent uses. DaData documents every field as optional, so every
//! one is an `Option` here, codes are read as text whether they come as
//! strings or numbers, and unknown fields are ignored.

use serde::{Deserialize, Deserializer};
use serde_json::Value;

/// One answer of `findById/party` or `findById/bank`.
#[derive(Debug, Clone, Deserialize)]
#[serde(bound(deserialize = "T: Deserialize<'de> + Default"))]
pub struct Answer<T> {
    #[serde(default = "Vec::new", deserialize_with = "list")]
    pub suggestions: Vec<Suggestion<T>>,
}

/// One found party or bank.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(bound(deserialize = "T: Deserialize<'de> + Default"))]
pub struct Suggestion<T> {
    /// The short name, e.g. `ООО "РОМАШКА"` or `ИП Иванов Иван Иванович`.
    #[serde(default, deserialize_with = "text")]
    pub value: Option<String>,
    #[serde(default, deserialize_with = "text")]
    pub unrestricted_value: Option<String>,
    #[serde(default, deserialize_with = "or_default")]
    pub data: T,
}

/// A legal entity or sole trader as `findById/party` returns it.
pub type Party = Suggestion<PartyData>;
/// A bank as `findById/bank` returns it.
pub type Bank = Suggestion<BankData>;

#[derive(Debug, Clone, Default, Deserialize)]
pub struct PartyData {
    #[serde(default, deserialize_with = "text")]
    pub inn: Option<String>,
    #[serde(default, deserialize_with = "text")]
    pub kpp: Option<String>,
    /// OGRN (13 digits), or OGRNIP (15) for a sole trader.
    #[serde(default, deserialize_with = "text")]
    pub ogrn: Option<String>,
    #[serde(default, deserialize_with = "text")]
    pub okpo: Option<String>,
    #[serde(default, deserialize_with = "text")]
    pub okato: Option<String>,
    #[serde(default, deserialize_with = "text")]
    pub oktmo: Option<String>,
    #[serde(default, deserialize_with = "text")]
    pub okved: Option<String>,
    /// `LEGAL` or `INDIVIDUAL`.
    #[serde(rename = "type", default, deserialize_with = "text")]
    pub kind: Option<String>,
    /// `MAIN` or `BRANCH` (legal entities only).
    #[serde(default, deserialize_with = "text")]
    pub branch_type: Option<String>,
    #[serde(default)]
    pub name: Option<PartyName>,
    #[serde(default)]
    pub opf: Option<Opf>,
    #[serde(default)]
    pub management: Option<Management>,
    #[serde(default)]
    pub state: Option<State>,
    #[serde(default)]
    pub address: Option<Address>,
    /// A sole trader's surname, name and patronymic.
    #[serde(default)]
    pub fio: Option<Fio>,
    /// How many branches a head office has (`0` on a branch's own record).
    #[serde(default, deserialize_with = "count")]
    pub branch_count: Option<u32>,
    /// The company's phones (paid plans; `null` on the free one).
    #[serde(default, deserialize_with = "lenient_list")]
    pub phones: Vec<Phone>,
    /// The company's e-mails (paid plans; `null` on the free one).
    #[serde(default, deserialize_with = "lenient_list")]
    pub emails: Vec<Email>,
}

/// One of a party's phones: `value` as DaData formats it (`+7 846 2316014`)
/// and, in `data`, the parts it read it into.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Phone {
    #[serde(default, deserialize_with = "text")]
    pub value: Option<String>,
    #[serde(default, deserialize_with = "text")]
    pub unrestricted_value: Option<String>,
    #[serde(default)]
    pub data: Option<PhoneData>,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct PhoneData {
    /// The text DaData was given (`раб 846)231.60.14 *139`).
    #[serde(default, deserialize_with = "text")]
    pub source: Option<String>,
    /// The whole number with its extension (`+7 846 231-60-14 доб. 139`).
    #[serde(default, deserialize_with = "text")]
    pub phone: Option<String>,
    #[serde(default, deserialize_with = "text")]
    pub country_code: Option<String>,
    #[serde(default, deserialize_with = "text")]
    pub city_code: Option<String>,
    /// The subscriber number after the city code (`2316014`).
    #[serde(default, deserialize_with = "text")]
    pub number: Option<String>,
    #[serde(default, deserialize_with = "text")]
    pub extension: Option<String>,
}

/// One of a party's e-mails: `value` as DaData writes it (upper case as a
/// rule) and, in `data`, the text it came from.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Email {
    #[serde(default, deserialize_with = "text")]
    pub value: Option<String>,
    #[serde(default, deserialize_with = "text")]
    pub unrestricted_value: Option<String>,
    #[serde(default)]
    pub data: Option<EmailData>,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct EmailData {
    /// The text DaData was given: the address as written, or several.
    #[serde(default, deserialize_with = "text")]
    pub source: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct PartyName {
    #[serde(default, deserialize_with = "text")]
    pub full_with_opf: Option<String>,
    #[serde(default, deserialize_with = "text")]
    pub short_with_opf: Option<String>,
    #[serde(default, deserialize_with = "text")]
    pub full: Option<String>,
    #[serde(default, deserialize_with = "text")]
    pub short: Option<String>,
}

/// The legal form (ООО, ПАО, ИП; for banks BANK, NKO, RKC, …).
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Opf {
    #[serde(rename = "type", default, deserialize_with = "text")]
    pub kind: Option<String>,
    #[serde(default, deserialize_with = "text")]
    pub full: Option<String>,
    #[serde(default, deserialize_with = "text")]
    pub short: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct Management {
    #[serde(default, deserialize_with = "text")]
    pub name: Option<String>,
    #[serde(default, deserialize_with = "text")]
    pub post: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct State {
    /// `ACTIVE`, `LIQUIDATING`, `LIQUIDATED`, `REORGANIZING`, `BANKRUPT`.
    #[serde(default, deserialize_with = "text")]
    pub status: Option<String>,
    /// Milliseconds since 1970 (UTC midnight of the day), as the dates
    /// below: the register's last change.
    #[serde(default, deserialize_with = "millis")]
    pub actuality_date: Option<i64>,
    #[serde(default, deserialize_with = "millis")]
    pub registration_date: Option<i64>,
    #[serde(default, deserialize_with = "millis")]
    pub liquidation_date: Option<i64>,
}

impl State {
    /// The day the status took effect, as far as DaData tells: the
    /// liquidation date of a liquidated party, the registration date of an
    /// active one, the register's last change for the others (or when the
    /// better date is missing).
    pub fn since(&self) -> Option<time::Date> {
        let best = match self.status.as_deref() {
            Some("LIQUIDATED") => self.liquidation_date,
            Some("ACTIVE") => self.registration_date,
            _ => None,
        };
        let ms = best.or(self.actuality_date)?;
        let at = time::OffsetDateTime::from_unix_timestamp(ms.div_euclid(1000)).ok()?;
        Some(at.date())
    }
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct Address {
    /// The address without the postal code.
    #[serde(default, deserialize_with = "text")]
    pub value: Option<String>,
    /// The address with the postal code in front.
    #[serde(default, deserialize_with = "text")]
    pub unrestricted_value: Option<String>,
    #[serde(default)]
    pub data: Option<AddressData>,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct AddressData {
    #[serde(default, deserialize_with = "text")]
    pub postal_code: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct Fio {
    #[serde(default, deserialize_with = "text")]
    pub surname: Option<String>,
    #[serde(default, deserialize_with = "text")]
    pub name: Option<String>,
    #[serde(default, deserialize_with = "text")]
    pub patronymic: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct BankData {
    #[serde(default, deserialize_with = "text")]
    pub bic: Option<String>,
    #[serde(default, deserialize_with = "text")]
    pub swift: Option<String>,
    #[serde(default, deserialize_with = "text")]
    pub inn: Option<String>,
    #[serde(default, deserialize_with = "text")]
    pub kpp: Option<String>,
    #[serde(default, deserialize_with = "text")]
    pub correspondent_account: Option<String>,
    #[serde(default)]
    pub name: Option<BankName>,
    #[serde(default, deserialize_with = "text")]
    pub payment_city: Option<String>,
    #[serde(default)]
    pub opf: Option<Opf>,
    #[serde(default)]
    pub state: Option<State>,
    #[serde(default)]
    pub address: Option<Address>,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct BankName {
    /// The name to write on payment orders.
    #[serde(default, deserialize_with = "text")]
    pub payment: Option<String>,
    #[serde(default, deserialize_with = "text")]
    pub full: Option<String>,
    #[serde(default, deserialize_with = "text")]
    pub short: Option<String>,
}

/// The parties in an answer of `findById/party`.
pub fn parties(raw: &str) -> serde_json::Result<Vec<Party>> {
    Ok(serde_json::from_value::<Answer<PartyData>>(shaped(raw)?)?.suggestions)
}

/// The banks in an answer of `findById/bank`.
pub fn banks(raw: &str) -> serde_json::Result<Vec<Bank>> {
    Ok(serde_json::from_value::<Answer<BankData>>(shaped(raw)?)?.suggestions)
}

/// The answer as JSON, if it has DaData's shape: an object whose
/// `suggestions` is a list (or null, or missing) of objects whose `data`
/// is an object (or null, or missing). Serde would read a list where an
/// object belongs field by field (`"data": [1,2,3]` as INN `1`), so the
/// shape is checked before the fields are read.
fn shaped(raw: &str) -> serde_json::Result<Value> {
    use serde::de::Error as _;
    let v: Value = serde_json::from_str(raw)?;
    // `part` is a key of the message's selector, not English words.
    let wrong =
        |part: &str| serde_json::Error::custom(crate::t!("dadata-wrong-shape", part = part));
    let Value::Object(top) = &v else {
        return Err(wrong("answer"));
    };
    match top.get("suggestions") {
        None | Some(Value::Null) => {}
        Some(Value::Array(items)) => {
            for item in items {
                let Value::Object(item) = item else {
                    return Err(wrong("suggestion"));
                };
                if !matches!(
                    item.get("data"),
                    None | Some(Value::Null | Value::Object(_))
                ) {
                    return Err(wrong("data"));
                }
            }
        }
        Some(_) => return Err(wrong("suggestions")),
    }
    Ok(v)
}

/// A text field: a non-empty trimmed string, a number as its digits, or
/// nothing (null, empty, or any other JSON type).
fn text<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    Ok(match Option::<Value>::deserialize(d)? {
        Some(Value::String(s)) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
        Some(Value::Number(n)) => Some(n.to_string()),
        _ => None,
    })
}

/// A date as DaData sends it, milliseconds since 1970 (a number, or its
/// digits as text); anything else is nothing.
fn millis<'de, D: Deserializer<'de>>(d: D) -> Result<Option<i64>, D::Error> {
    Ok(match Option::<Value>::deserialize(d)? {
        Some(Value::Number(n)) => n.as_i64(),
        Some(Value::String(s)) => s.trim().parse().ok(),
        _ => None,
    })
}

/// A count: a non-negative number, or its digits as text; anything else
/// is nothing.
fn count<'de, D: Deserializer<'de>>(d: D) -> Result<Option<u32>, D::Error> {
    Ok(match Option::<Value>::deserialize(d)? {
        Some(Value::Number(n)) => n.as_u64().and_then(|n| u32::try_from(n).ok()),
        Some(Value::String(s)) => s.trim().parse().ok(),
        _ => None,
    })
}

/// A list that may be `null`, whose items that are not of the expected
/// shape (a bare string where an object belongs, …) are left out rather
/// than failing the whole answer.
fn lenient_list<'de, D, T>(d: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: serde::de::DeserializeOwned,
{
    let items = match Option::<Value>::deserialize(d)? {
        Some(Value::Array(items)) => items,
        _ => return Ok(Vec::new()),
    };
    Ok(items
        .into_iter()
        .filter_map(|v| serde_json::from_value(v).ok())
        .collect())
}

/// A nested object that may be `null`.
fn or_default<'de, D, T>(d: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de> + Default,
{
    Ok(Option::<T>::deserialize(d)?.unwrap_or_default())
}

/// A list that may be `null`.
fn list<'de, D, T>(d: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Ok(Option::<Vec<T>>::deserialize(d)?.unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_null_and_numeric_fields_are_tolerated() {
        let raw = r#"{"suggestions": [
            {"value": "ООО \"А\"", "data": {"inn": 7718445200, "kpp": null,
             "okpo": "", "management": null, "name": {"short_with_opf": " ООО \"А\" "},
             "extra": {"ignored": true}}},
            {"data": null}
        ]}"#;
        let p = parties(raw).unwrap();
        assert_eq!(p.len(), 2);
        assert_eq!(p[0].data.inn.as_deref(), Some("7718445200"));
        assert_eq!(p[0].data.kpp, None);
        assert_eq!(p[0].data.okpo, None);
        assert!(p[0].data.management.is_none());
        assert_eq!(
            p[0].data.name.as_ref().unwrap().short_with_opf.as_deref(),
            Some("ООО \"А\"")
        );
        assert!(p[1].data.inn.is_none());
        assert!(parties(r#"{"suggestions": null}"#).unwrap().is_empty());
        assert!(parties("{}").unwrap().is_empty());
        assert!(parties("<html>").is_err());
        // Lists where objects belong are not read field by field.
        for raw in [
            r#"{"suggestions": [{"data": [1, 2, 3]}]}"#,
            r#"{"suggestions": [[7707083893]]}"#,
            r#"{"suggestions": {"data": {}}}"#,
            r#"{"suggestions": "none"}"#,
            "[1, 2, 3]",
        ] {
            assert!(parties(raw).is_err(), "{raw}");
            assert!(banks(raw).is_err(), "{raw}");
        }
    }

    #[test]
    fn contacts_and_branch_count_parse_whatever_their_shape() {
        let raw = r#"{"suggestions": [
            {"data": {"branch_count": 88,
             "phones": [{"value": "+7 846 2316014", "data": {"phone": "+7 846 231-60-14 доб. 139",
                 "country_code": "7", "city_code": "846", "number": "2316014", "extension": "139"}},
                 "+7 495 0000000", null, {"value": null}],
             "emails": [{"value": "INFO@A.RU", "data": {"source": "info@a.ru"}}]}},
            {"data": {"branch_count": "3", "phones": null, "emails": {"value": "x"}}},
            {"data": {"branch_count": -1, "phones": "none"}}
        ]}"#;
        let p = parties(raw).unwrap();
        let d = &p[0].data;
        assert_eq!(d.branch_count, Some(88));
        assert_eq!(d.phones.len(), 2, "the string and the null are left out");
        assert_eq!(d.phones[0].value.as_deref(), Some("+7 846 2316014"));
        let parts = d.phones[0].data.as_ref().unwrap();
        assert_eq!(parts.extension.as_deref(), Some("139"));
        assert_eq!(parts.phone.as_deref(), Some("+7 846 231-60-14 доб. 139"));
        assert_eq!(parts.city_code.as_deref(), Some("846"));
        assert_eq!(d.phones[1].value, None);
        assert_eq!(d.emails[0].value.as_deref(), Some("INFO@A.RU"));
        assert_eq!(
            d.emails[0].data.as_ref().unwrap().source.as_deref(),
            Some("info@a.ru")
        );
        assert_eq!(p[1].data.branch_count, Some(3));
        assert!(p[1].data.phones.is_empty() && p[1].data.emails.is_empty());
        assert_eq!(p[2].data.branch_count, None);
        assert!(p[2].data.phones.is_empty());
    }

    #[test]
    fn banks_parse() {
        let raw = r#"{"suggestions": [{"value": "АО Тест", "data": {"bic": "044525101",
            "correspondent_account": "30101810100000000101", "name": {"payment": "АО \"ТЕСТ\""}}}]}"#;
        let b = banks(raw).unwrap();
        assert_eq!(b[0].data.bic.as_deref(), Some("044525101"));
        assert_eq!(
            b[0].data.name.as_ref().unwrap().payment.as_deref(),
            Some("АО \"ТЕСТ\"")
        );
    }
}
