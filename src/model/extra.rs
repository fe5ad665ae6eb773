//! An extra field's definition (`extra-field define`): its type, allowed
//! values, pattern, the card types it applies to and whether it is
//! required, and the check and normalisation of a value by it. Pure: the
//! settings hold the definitions, the card rules and the store use them.

use super::{ExtraValue, Kind};
use crate::error::{Error, Result};
use crate::i18n::Msg;
use crate::t;
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ExtraType {
    String,
    Integer,
    Decimal,
    Date,
    Bool,
    Enum,
}

impl ExtraType {
    pub fn as_str(self) -> &'static str {
        match self {
            ExtraType::String => "string",
            ExtraType::Integer => "integer",
            ExtraType::Decimal => "decimal",
            ExtraType::Date => "date",
            ExtraType::Bool => "bool",
            ExtraType::Enum => "enum",
        }
    }

    pub fn parse(s: &str) -> Option<ExtraType> {
        Some(match s {
            "string" => ExtraType::String,
            "integer" => ExtraType::Integer,
            "decimal" => ExtraType::Decimal,
            "date" => ExtraType::Date,
            "bool" => ExtraType::Bool,
            "enum" => ExtraType::Enum,
            _ => return None,
        })
    }
}

/// One extra field definition.
#[derive(Debug, Clone, Serialize)]
pub struct ExtraDef {
    pub name: String,
    pub label: Option<String>,
    #[serde(rename = "type")]
    pub ty: ExtraType,
    /// The allowed values of an enum (empty for other types).
    pub values: Vec<String>,
    pub required: bool,
    /// Personal data (152-ФЗ): `subscriber forget` erases its values.
    pub personal: bool,
    /// The card types the field applies to.
    #[serde(rename = "for")]
    pub kinds: Vec<Kind>,
    pub pattern: Option<String>,
    #[serde(skip)]
    pub(crate) regex: Option<regex::Regex>,
}

impl ExtraDef {
    pub fn applies_to(&self, kind: Kind) -> bool {
        self.kinds.contains(&kind)
    }

    pub(crate) fn kinds_text(&self) -> String {
        let names: Vec<&str> = self.kinds.iter().map(|k| k.as_str()).collect();
        names.join(",")
    }

    /// Checks `raw` against the type, the allowed values and the pattern;
    /// returns the normalised value, or the problem (for `extra.<name>`).
    pub fn normalise(&self, raw: &str) -> std::result::Result<ExtraValue, Msg> {
        let raw = raw.trim();
        let (n, max) = (raw.chars().count(), crate::model::fields::EXTRA);
        if n > max {
            return Err(t!("field-too-long", n = n, max = max));
        }
        let value = match self.ty {
            ExtraType::String => ExtraValue::Text(raw.to_string()),
            ExtraType::Integer => raw
                .parse::<i64>()
                .map(ExtraValue::Integer)
                .map_err(|_| t!("extra-not-integer", value = raw))?,
            ExtraType::Decimal => ExtraValue::Decimal(
                super::values::normalise_decimal(raw)
                    .ok_or_else(|| t!("extra-not-decimal", value = raw))?,
            ),
            ExtraType::Date => ExtraValue::Text(
                super::values::parse_date(raw).ok_or_else(|| t!("date-unreadable", value = raw))?,
            ),
            ExtraType::Bool => ExtraValue::Bool(
                super::values::parse_bool(raw).ok_or_else(|| t!("extra-not-bool", value = raw))?,
            ),
            ExtraType::Enum => {
                let found = self.values.iter().find(|v| v.as_str() == raw).or_else(|| {
                    self.values
                        .iter()
                        .find(|v| v.to_lowercase() == raw.to_lowercase())
                });
                match found {
                    Some(v) => ExtraValue::Text(v.clone()),
                    None => {
                        return Err(t!(
                            "extra-not-allowed",
                            value = raw,
                            allowed = self.values.join(", ")
                        ))
                    }
                }
            }
        };
        if let (Some(re), Some(p)) = (&self.regex, &self.pattern) {
            let text = value.text();
            if !re.is_match(&text) {
                return Err(t!("extra-no-match", value = text, pattern = p.as_str()));
            }
        }
        Ok(value)
    }

    /// A one-line summary for the history.
    pub fn summary(&self) -> String {
        let mut s = self.ty.as_str().to_string();
        if !self.values.is_empty() {
            s.push_str(&format!(" ({})", self.values.join(",")));
        }
        if self.required {
            s.push_str(" required");
        }
        s.push_str(&format!(" for {}", self.kinds_text()));
        if let Some(p) = &self.pattern {
            s.push_str(&format!(" pattern {p}"));
        }
        s
    }
}

pub(crate) fn compile(pattern: &str) -> Result<regex::Regex> {
    regex::Regex::new(pattern).map_err(|e| {
        Error::invalid(
            "pattern",
            t!(
                "extra-bad-regex",
                pattern = pattern,
                reason = e
                    .to_string()
                    .lines()
                    .last()
                    .map(|l| l.trim().to_string())
                    .unwrap_or_else(|| t!("extra-regex-syntax").into_string())
            ),
        )
    })
}
