//! The `extra-field` operations: define, list, remove, and set, unset
//! and get a card's value. Values go through the card's own edit, so the
//! required-field rule and the history hold as for every other field.

use super::card_write::Stamp;
use super::extra::*;
use super::subscribers::{CardInput, Saved};
use super::{now, Registry};
use crate::error::{Error, Result};
use crate::model::extra::ExtraDef;
use crate::model::fields::FieldValue;
use crate::model::Kind;
use crate::store;
use crate::t;

fn not_defined(name: &str) -> Error {
    Error::not_found("extra-field", t!("extra-not-defined", name = name))
}

impl Registry {
    /// Every extra field definition, by name.
    pub fn extra_fields(&self) -> Vec<ExtraDef> {
        self.settings.extra_fields().to_vec()
    }

    /// Defines a field, or redefines it: then every stored value must pass
    /// the new definition, and is stored again in its new normal form.
    pub fn extra_define(&mut self, input: ExtraDefInput) -> Result<ExtraDef> {
        let def = build_def(input)?;
        let (actor, at) = (self.actor.clone(), now());
        self.store.write(|tx| {
            let old = store::extra::def(tx, &def.name)?
                .map(ExtraDef::from_row)
                .transpose()?;
            if old.is_some() {
                for (id, kind, value) in store::extra::values_of(tx, &def.name)? {
                    let fits = Kind::parse(&kind).is_some_and(|k| def.applies_to(k));
                    let normal = def.normalise(&value).map_err(|m| {
                        Error::invalid(
                            format!("extra.{}", def.name),
                            t!("extra-card-holds-bad", id = id, problem = m.as_str()),
                        )
                    })?;
                    if !fits {
                        return Err(Error::invalid(
                            format!("extra.{}", def.name),
                            t!(
                                "extra-card-kind-holds",
                                id = id,
                                kind = kind.as_str(),
                                value = value.as_str()
                            ),
                        ));
                    }
                    let normal = normal.text();
                    if normal != value {
                        store::extra::set_value(tx, id, &def.name, &normal)?;
                        Stamp::new(&actor, &at).record(
                            tx,
                            Some(id),
                            "update",
                            Some(&format!("extra.{}", def.name)),
                            Some(&value),
                            Some(&normal),
                        )?;
                    }
                }
            }
            store::extra::put_def(tx, &def.to_row(), &at)?;
            Stamp::new(&actor, &at).record(
                tx,
                None,
                "extra_field.define",
                Some(&format!("extra.{}", def.name)),
                old.as_ref().map(ExtraDef::summary).as_deref(),
                Some(&def.summary()),
            )
        })?;
        self.reload_settings()?;
        Ok(def)
    }

    /// Removes a definition. With values on cards only when `force`, and
    /// then the values go too (each in its card's history).
    pub fn extra_remove(&mut self, name: &str, force: bool) -> Result<usize> {
        let name = name.trim().to_string();
        let field = format!("extra.{name}");
        for kind in Kind::ALL {
            let key = format!("required.{kind}");
            if self.settings.list(&key).contains(&field) {
                return Err(Error::conflict(
                    "extra-field",
                    t!(
                        "extra-named-in-setting",
                        name = name.as_str(),
                        key = key.as_str()
                    ),
                ));
            }
        }
        let (actor, at) = (self.actor.clone(), now());
        let removed = self.store.write(|tx| {
            store::extra::def(tx, &name)?.ok_or_else(|| not_defined(&name))?;
            let values = store::extra::values_of(tx, &name)?;
            if !values.is_empty() && !force {
                return Err(Error::conflict(
                    "extra-field",
                    t!("extra-has-values", name = name.as_str(), n = values.len()),
                ));
            }
            for (id, _, value) in &values {
                Stamp::new(&actor, &at).record(
                    tx,
                    Some(*id),
                    "update",
                    Some(&field),
                    Some(value),
                    None,
                )?;
            }
            store::extra::remove_values(tx, &name)?;
            store::extra::remove_def(tx, &name)?;
            Stamp::new(&actor, &at).record(
                tx,
                None,
                "extra_field.remove",
                Some(&field),
                None,
                None,
            )?;
            Ok(values.len())
        })?;
        self.reload_settings()?;
        Ok(removed)
    }

    /// Sets one extra field of a card, through the same rules as an edit.
    pub fn extra_set(&mut self, reference: &str, name: &str, value: &str) -> Result<Saved> {
        self.extra_edit(reference, name, FieldValue::Text(value.to_string()))
    }

    /// Clears one extra field of a card (refused when it is required).
    pub fn extra_unset(&mut self, reference: &str, name: &str) -> Result<Saved> {
        self.extra_edit(reference, name, FieldValue::Clear)
    }

    fn extra_edit(&mut self, reference: &str, name: &str, value: FieldValue) -> Result<Saved> {
        let name = name.trim();
        if self.settings.extra_field(name).is_none() {
            return Err(not_defined(name));
        }
        let input = CardInput {
            values: vec![(format!("extra.{name}"), value)],
            ..CardInput::default()
        };
        self.edit(reference, input)
    }

    /// The card's extra fields: every field defined for its type (value
    /// `None` when unset), or only `name`.
    pub fn extra_get(&self, reference: &str, name: Option<&str>) -> Result<Vec<ExtraView>> {
        let card = self.show(reference)?;
        let view = |d: &ExtraDef| ExtraView {
            name: d.name.clone(),
            label: d.label.clone(),
            ty: d.ty,
            value: card.extra.get(&d.name).cloned(),
        };
        match name {
            Some(n) => {
                let n = n.trim();
                let def = self.settings.extra_field(n).ok_or_else(|| not_defined(n))?;
                Ok(vec![view(def)])
            }
            None => Ok(self
                .settings
                .extra_fields()
                .iter()
                .filter(|d| d.applies_to(card.kind) || card.extra.contains_key(&d.name))
                .map(view)
                .collect()),
        }
    }

    /// The normalised form of a `list --extra NAME=VALUE` filter value.
    pub(super) fn extra_filter(&self, name: &str, value: &str) -> Result<(String, String)> {
        let name = name.trim();
        let def = self
            .settings
            .extra_field(name)
            .ok_or_else(|| not_defined(name))?;
        let v = def
            .normalise(value)
            .map_err(|m| Error::invalid(format!("extra.{name}"), m))?;
        Ok((name.to_string(), v.text()))
    }
}
