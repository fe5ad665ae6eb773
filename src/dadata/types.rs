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
    Ok(serde_json::from_str::<Answer<PartyData>>(raw)?.suggestions)
}

/// The banks in an answer of `findById/bank`.
pub fn banks(raw: &str) -> serde_json::Result<Vec<Bank>> {
    Ok(serde_json::from_str::<Answer<BankData>>(raw)?.suggestions)
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
