//! The settings catalog: every key the operator can set, its default, its
//! type and a one-line description. Values live in the database so every
//! admin and every cron job on a server follows the same rules. The
//! settings in force also carry the operator's extra field definitions,
//! which are rules of the same kind (types, required, which cards).

use super::extra::parse_bool;
use super::extra::ExtraDef;
use super::fields;
use super::model::Kind;
use crate::error::{Error, Result};
use std::collections::HashMap;
use std::sync::Arc;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SettingType {
    Text,
    Bool,
    /// A whole number in the inclusive range.
    Int(i64, i64),
    Choice(&'static [&'static str]),
    /// A comma list of field names from the catalog.
    Fields,
    /// A comma list of names from a fixed set.
    Flags(&'static [&'static str]),
    Regex,
    /// A secret: stored, never printed.
    Secret,
}

pub struct SettingDef {
    pub key: &'static str,
    pub default: &'static str,
    pub ty: SettingType,
    pub description: &'static str,
}

macro_rules! s {
    ($key:literal, $default:literal, $ty:expr, $desc:literal) => {
        SettingDef {
            key: $key,
            default: $default,
            ty: $ty,
            description: $desc,
        }
    };
}

use SettingType::*;

pub const CATALOG: &[SettingDef] = &[
    s!("country", "RU", Text, "two-letter country code; RU turns on the Russian requisite checks and DaData"),
    s!("validation.checksums", "strict", Choice(&["strict", "warn"]), "strict refuses a card whose check digits fail; warn saves it with a warning"),
    s!("required.legal", "name,inn", Fields, "fields a legal entity card must have (comma list of field names)"),
    s!("required.ip", "last_name,first_name,inn", Fields, "fields a sole trader (ИП) card must have"),
    s!("required.person", "last_name,first_name", Fields, "fields a private person card must have"),
    s!("login.template", "u{seq:6}", Text, "login for new cards: {seq}, {seq:N}, {type}, {inn}, {yyyy}, {yy}, {mm}, {rand:N}; empty turns numbering off"),
    s!("login.pattern", "^[A-Za-z0-9][A-Za-z0-9_.-]{2,31}$", Regex, "regular expression every typed login must match"),
    s!("password.generate", "true", Bool, "generate a password for new cards that get none on stdin"),
    s!("password.length", "10", Int(6, 128), "length of generated passwords"),
    s!("password.alphabet", "lower,upper,digits", Flags(&["lower", "upper", "digits", "symbols"]), "character classes of generated passwords (lower, upper, digits, symbols)"),
    s!("password.exclude", "0O1lI", Text, "characters never used in generated passwords (easy to misread)"),
    s!("password.min_length", "8", Int(1, 1024), "minimum length of a typed password"),
    s!("groups.default.legal", "", Text, "groups given to every new legal entity card (comma list)"),
    s!("groups.default.ip", "", Text, "groups given to every new sole trader card (comma list)"),
    s!("groups.default.person", "", Text, "groups given to every new private person card (comma list)"),
    s!("invoice.deliverers", "false", Bool, "require a delivery address for invoices sent by post or courier"),
    s!("db.busy_timeout_ms", "5000", Int(0, 600_000), "how long a writer waits for another writer's lock before exit 7"),
    s!("dadata.enabled", "false", Bool, "fill requisites from DaData (lookup-inn, lookup-bik, --from-inn, --bik); needs country RU"),
    s!("dadata.url", "https://suggestions.dadata.ru/suggestions/api/4_1/rs", Text, "base URL of the DaData suggestions API (findById/party and findById/bank are appended)"),
    s!("dadata.token", "", Secret, "DaData API key (never printed); the environment variable ABONENT_DADATA_TOKEN takes precedence"),
    s!("dadata.timeout", "10", Int(1, 300), "seconds one DaData request may take before exit 6"),
    s!("dadata.max_answer_bytes", "4194304", Int(1024, 268_435_456), "largest DaData answer read, in bytes (4 MiB); a longer one is exit 6 and is not cached"),
    s!("dadata.cache_days", "30", Int(0, 3650), "days a DaData answer is reused from the database; 0 turns the cache off"),
    s!("contract.template", "{yyyy}-{seq:5}", Text, "number of new contracts: {seq}, {seq:N}, {type}, {inn}, {yyyy}, {yy}, {mm}, {rand:N}; empty: --number is required"),
    s!("notify.days", "14", Int(0, 3650), "days before valid_to that notify contracts-ending lists a contract"),
];

pub fn lookup(key: &str) -> Option<&'static SettingDef> {
    CATALOG.iter().find(|s| s.key == key)
}

fn unknown_key(key: &str) -> Error {
    Error::not_found(
        key,
        "unknown setting; `abonent settings list` shows every key",
    )
}

/// Checks and normalises a value before it is stored.
pub fn check_value(key: &str, value: &str) -> Result<String> {
    let def = lookup(key).ok_or_else(|| unknown_key(key))?;
    let value = value.trim();
    let bad = |why: String| Error::invalid(key, why);
    match def.ty {
        Text | Secret => Ok(value.to_string()),
        Bool => parse_bool(value)
            .map(|b| b.to_string())
            .ok_or_else(|| bad(format!("`{value}` is not true or false"))),
        Int(lo, hi) => match value.parse::<i64>() {
            Ok(n) if (lo..=hi).contains(&n) => Ok(n.to_string()),
            _ => Err(bad(format!(
                "`{value}` must be a whole number from {lo} to {hi}"
            ))),
        },
        Choice(opts) => {
            if opts.contains(&value) {
                Ok(value.to_string())
            } else {
                Err(bad(format!("`{value}` is not one of {}", opts.join(", "))))
            }
        }
        Fields => {
            let items = split_list(value);
            let wrong: Vec<&str> = items
                .iter()
                .map(String::as_str)
                .filter(|f| !fields::is_requirable(f))
                .collect();
            if wrong.is_empty() {
                Ok(items.join(","))
            } else {
                Err(bad(format!(
                    "unknown field name(s): {}; see the field catalog in the README",
                    wrong.join(", ")
                )))
            }
        }
        Flags(opts) => {
            let items = split_list(value);
            if items.is_empty() {
                return Err(bad(format!("give at least one of {}", opts.join(", "))));
            }
            match items.iter().find(|i| !opts.contains(&i.as_str())) {
                Some(w) => Err(bad(format!("`{w}` is not one of {}", opts.join(", ")))),
                None => Ok(items.join(",")),
            }
        }
        Regex => regex::Regex::new(value)
            .map(|_| value.to_string())
            .map_err(|e| bad(format!("not a valid regular expression: {e}"))),
    }
}

pub fn split_list(v: &str) -> Vec<String> {
    v.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// The settings in force: the stored values over the defaults, and the
/// extra field definitions.
#[derive(Debug, Clone, Default)]
pub struct Settings {
    stored: HashMap<String, String>,
    extra: Arc<Vec<ExtraDef>>,
}

impl Settings {
    pub fn from_stored(stored: HashMap<String, String>) -> Settings {
        Settings {
            stored,
            extra: Arc::default(),
        }
    }

    /// The same settings with these extra field definitions in force.
    pub fn with_extra_fields(mut self, defs: Vec<ExtraDef>) -> Settings {
        self.extra = Arc::new(defs);
        self
    }

    /// Every extra field definition, by name.
    pub fn extra_fields(&self) -> &[ExtraDef] {
        &self.extra
    }

    pub fn extra_field(&self, name: &str) -> Option<&ExtraDef> {
        self.extra.iter().find(|d| d.name == name)
    }

    pub fn stored(&self, key: &str) -> Option<&str> {
        self.stored.get(key).map(String::as_str)
    }

    pub fn get(&self, key: &str) -> &str {
        match self.stored.get(key) {
            Some(v) => v,
            None => lookup(key).map(|d| d.default).unwrap_or(""),
        }
    }

    pub fn bool(&self, key: &str) -> bool {
        parse_bool(self.get(key)).unwrap_or(false)
    }

    pub fn int(&self, key: &str) -> i64 {
        self.get(key)
            .parse()
            .or_else(|_| lookup(key).map(|d| d.default).unwrap_or("0").parse())
            .unwrap_or(0)
    }

    pub fn list(&self, key: &str) -> Vec<String> {
        split_list(self.get(key))
    }

    pub fn is_russia(&self) -> bool {
        self.get("country").eq_ignore_ascii_case("RU")
    }

    pub fn strict_checksums(&self) -> bool {
        self.get("validation.checksums") != "warn"
    }

    /// `required.<kind>`, then every extra field defined `--required` for
    /// this kind that the setting does not already name.
    pub fn required(&self, kind: Kind) -> Vec<String> {
        let mut names = self.list(&format!("required.{kind}"));
        for def in self.extra.iter() {
            let name = format!("extra.{}", def.name);
            if def.required && def.applies_to(kind) && !names.contains(&name) {
                names.push(name);
            }
        }
        names
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_pass_their_own_checks() {
        for def in CATALOG {
            if def.default.is_empty() && matches!(def.ty, Flags(_)) {
                continue;
            }
            assert_eq!(
                check_value(def.key, def.default).unwrap(),
                def.default,
                "{}",
                def.key
            );
        }
    }

    #[test]
    fn values_are_checked() {
        assert!(check_value("required.legal", "name,inn,kpp,email").is_ok());
        assert!(check_value("required.legal", "name,nope").is_err());
        assert!(check_value("password.length", "3").is_err());
        assert_eq!(check_value("invoice.deliverers", "да").unwrap(), "true");
        assert_eq!(
            check_value("nope", "1").unwrap_err().kind,
            crate::error::ErrorKind::NotFound
        );
    }
}
