//! Extra fields: card fields the operator defines (`extra-field define`),
//! each with a type, optional allowed values, pattern, the card types it
//! applies to and whether it is required. This module owns the
//! definitions, the check and normalisation of a value by its type (used by
//! the card rules for add, edit and import alike); the `extra-field`
//! commands are in `extra_ops`. Values are stored normalised: integers as digits, decimals
//! with a dot and no trailing zeros, dates `YYYY-MM-DD`, bools true/false.

use super::settings::Settings;
use crate::model::{ExtraValue, Kind};
use crate::store::Tx;

use crate::error::{Error, Result};
use crate::model::extra::{compile, ExtraDef, ExtraType};
use crate::store;
use crate::t;
use serde::Serialize;

/// What `extra-field define` was given.
#[derive(Debug, Clone)]
pub struct ExtraDefInput {
    pub name: String,
    pub ty: ExtraType,
    pub label: Option<String>,
    pub values: Vec<String>,
    pub required: bool,
    /// Personal data: `subscriber forget` erases its values.
    pub personal: bool,
    /// Empty: every card type.
    pub kinds: Vec<Kind>,
    pub pattern: Option<String>,
}

/// One field of a card as `extra-field get` shows it.
#[derive(Debug, Clone, Serialize)]
pub struct ExtraView {
    pub name: String,
    pub label: Option<String>,
    #[serde(rename = "type")]
    pub ty: ExtraType,
    pub value: Option<ExtraValue>,
}

impl ExtraDef {
    pub(super) fn from_row(row: store::extra::DefRow) -> Result<ExtraDef> {
        let ty = ExtraType::parse(&row.ty).ok_or_else(|| {
            Error::internal(
                "extra-field",
                t!(
                    "extra-unknown-type",
                    name = row.name.as_str(),
                    ty = row.ty.as_str()
                ),
            )
        })?;
        let regex = row.pattern.as_deref().map(compile).transpose()?;
        Ok(ExtraDef {
            ty,
            label: row.label,
            values: row
                .enum_values
                .as_deref()
                .map(super::settings::split_list)
                .unwrap_or_default(),
            required: row.required,
            personal: row.personal,
            kinds: super::settings::split_list(&row.kinds)
                .iter()
                .filter_map(|k| Kind::parse(k))
                .collect(),
            pattern: row.pattern,
            regex,
            name: row.name,
        })
    }

    pub(super) fn to_row(&self) -> store::extra::DefRow {
        store::extra::DefRow {
            name: self.name.clone(),
            label: self.label.clone(),
            ty: self.ty.as_str().to_string(),
            enum_values: (!self.values.is_empty()).then(|| self.values.join(",")),
            required: self.required,
            personal: self.personal,
            kinds: self.kinds_text(),
            pattern: self.pattern.clone(),
        }
    }
}

/// Checks and normalises every extra value of a card; called by the card
/// rules. Returns the problems as (field, message).
pub(super) fn check_values(
    extra: &mut std::collections::BTreeMap<String, ExtraValue>,
    kind: Kind,
    settings: &Settings,
) -> Vec<(String, String)> {
    let mut problems = Vec::new();
    for (name, value) in extra.iter_mut() {
        let field = format!("extra.{name}");
        let Some(def) = settings.extra_field(name) else {
            problems.push((
                field,
                t!("extra-undefined-on-card", name = name.as_str()).into_string(),
            ));
            continue;
        };
        if !def.applies_to(kind) {
            problems.push((
                field.clone(),
                t!(
                    "extra-not-for-kind",
                    kind = kind.as_str(),
                    kinds = def.kinds_text(),
                    field = field.as_str()
                )
                .into_string(),
            ));
            continue;
        }
        match def.normalise(&value.text()) {
            Ok(v) => *value = v,
            Err(message) => problems.push((field, message.into_string())),
        }
    }
    problems
}

/// Loads the definitions for the settings in force.
pub(super) fn load_defs(conn: &Tx) -> Result<Vec<ExtraDef>> {
    store::extra::defs(conn)?
        .into_iter()
        .map(ExtraDef::from_row)
        .collect()
}

fn check_name(name: &str) -> Result<String> {
    let name = name.trim();
    let ok = name.len() <= 64
        && name.starts_with(|c: char| c.is_ascii_lowercase())
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
    if !ok {
        return Err(Error::invalid(
            "extra-field",
            t!("extra-name-shape", name = name),
        ));
    }
    Ok(name.to_string())
}

pub(super) fn build_def(input: ExtraDefInput) -> Result<ExtraDef> {
    let name = check_name(&input.name)?;
    let mut values: Vec<String> = Vec::new();
    for v in &input.values {
        for part in super::settings::split_list(v) {
            if !values.contains(&part) {
                values.push(part);
            }
        }
    }
    match input.ty {
        ExtraType::Enum if values.is_empty() => {
            return Err(Error::invalid("values", t!("extra-enum-needs-values")))
        }
        ExtraType::Enum => {}
        _ if !values.is_empty() => {
            return Err(Error::invalid("values", t!("extra-values-only-enum")))
        }
        _ => {}
    }
    let pattern = input
        .pattern
        .map(|p| p.trim().to_string())
        .filter(|p| !p.is_empty());
    let regex = pattern.as_deref().map(compile).transpose()?;
    let kinds = if input.kinds.is_empty() {
        Kind::ALL.to_vec()
    } else {
        Kind::ALL
            .into_iter()
            .filter(|k| input.kinds.contains(k))
            .collect()
    };
    Ok(ExtraDef {
        name,
        label: input
            .label
            .map(|l| l.trim().to_string())
            .filter(|l| !l.is_empty()),
        ty: input.ty,
        values,
        required: input.required,
        personal: input.personal,
        kinds,
        pattern,
        regex,
    })
}

/// A checked definition, for the rules' unit tests.
#[cfg(test)]
pub(crate) fn tests_def(input: ExtraDefInput) -> ExtraDef {
    build_def(input).expect("valid definition")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn def(ty: ExtraType, values: &[&str], pattern: Option<&str>) -> ExtraDef {
        build_def(ExtraDefInput {
            name: "f".into(),
            ty,
            label: None,
            values: values.iter().map(|v| v.to_string()).collect(),
            required: false,
            personal: false,
            kinds: vec![],
            pattern: pattern.map(str::to_string),
        })
        .unwrap()
    }

    #[test]
    fn decimals_accept_comma_or_dot() {
        assert_eq!(
            crate::model::values::normalise_decimal("12,50").as_deref(),
            Some("12.5")
        );
        assert_eq!(
            crate::model::values::normalise_decimal("-007.0").as_deref(),
            Some("-7")
        );
        assert_eq!(
            crate::model::values::normalise_decimal(".5").as_deref(),
            Some("0.5")
        );
        assert_eq!(
            crate::model::values::normalise_decimal("-0").as_deref(),
            Some("0")
        );
        for bad in ["", ".", "1.2.3", "1,2,3", "abc", "1e5", "--1"] {
            assert_eq!(crate::model::values::normalise_decimal(bad), None, "{bad}");
        }
    }

    #[test]
    fn each_type_normalises() {
        let d = def(ExtraType::Date, &[], None);
        assert_eq!(
            d.normalise("05.03.2026"),
            Ok(ExtraValue::Text("2026-03-05".into()))
        );
        assert!(d.normalise("31.02.2026").is_err());
        let b = def(ExtraType::Bool, &[], None);
        assert_eq!(b.normalise("Да"), Ok(ExtraValue::Bool(true)));
        assert_eq!(b.normalise("0"), Ok(ExtraValue::Bool(false)));
        assert!(b.normalise("maybe").is_err());
        let i = def(ExtraType::Integer, &[], None);
        assert_eq!(i.normalise(" 42 "), Ok(ExtraValue::Integer(42)));
        assert!(i.normalise("4.2").is_err());
        let e = def(ExtraType::Enum, &["a,b"], None);
        assert_eq!(e.normalise("B"), Ok(ExtraValue::Text("b".into())));
        let err = e.normalise("c").unwrap_err();
        assert!(err.as_str().contains("a, b"), "{err}");
        let p = def(ExtraType::String, &[], Some("^[A-Z]{2}-\\d+$"));
        assert!(p.normalise("AB-12").is_ok());
        assert!(p
            .normalise("ab-12")
            .unwrap_err()
            .as_str()
            .contains("pattern"));
    }

    #[test]
    fn definitions_are_checked() {
        let base = ExtraDefInput {
            name: "zone".into(),
            ty: ExtraType::Enum,
            label: None,
            values: vec![],
            required: false,
            personal: false,
            kinds: vec![],
            pattern: None,
        };
        assert!(build_def(base.clone()).is_err());
        assert!(build_def(ExtraDefInput {
            name: "Zone".into(),
            values: vec!["a".into()],
            ..base.clone()
        })
        .is_err());
        assert!(build_def(ExtraDefInput {
            ty: ExtraType::String,
            values: vec!["a".into()],
            ..base.clone()
        })
        .is_err());
        assert!(build_def(ExtraDefInput {
            ty: ExtraType::String,
            pattern: Some("(".into()),
            ..base
        })
        .is_err());
    }
}
