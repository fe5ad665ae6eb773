//! How a card is shown: the flat `field: text` view behind tables and CSV
//! (one column per catalog field and per extra field), the JSON of DESIGN
//! §4 with the once-printed password.

use super::output::{with, Column, Format};
use super::Ctx;
use crate::core::subscribers::Saved;
use crate::i18n::Lang;
use crate::model::fields::{self, CATALOG};
use crate::model::Card;
use crate::t_in;
use serde_json::Value;

/// The names of every defined extra field (the extra CSV columns).
pub(super) fn extra_names(reg: &crate::core::Registry) -> Vec<String> {
    reg.extra_fields().into_iter().map(|d| d.name).collect()
}

/// Every field of the card as flat `name: text` pairs (the CSV columns);
/// the employees' and contracts' cells in `lang` (see `Out::text_lang`).
pub(super) fn flat_card(card: &Card, lang: Lang) -> Value {
    let mut m = serde_json::Map::new();
    m.insert("id".into(), card.id.into());
    m.insert("uid".into(), card.uid.clone().into());
    m.insert("type".into(), card.kind.as_str().into());
    m.insert("display_name".into(), card.display_name.clone().into());
    for f in CATALOG {
        if f.name == "password" {
            m.insert("has_password".into(), card.has_password.into());
            continue;
        }
        m.insert(
            f.name.into(),
            fields::get(card, f.name).map_or(Value::Null, Value::String),
        );
    }
    for (k, v) in &card.extra {
        m.insert(format!("extra.{k}"), Value::String(v.text()));
    }
    let employees: Vec<String> = card
        .employees
        .iter()
        .map(|e| {
            let (name, id) = (e.full_name(), e.id.to_string());
            match &e.position {
                Some(p) => t_in!(
                    lang,
                    "card-employee-with-position",
                    name = name,
                    position = p.as_str(),
                    id = id
                ),
                None => t_in!(lang, "card-employee", name = name, id = id),
            }
            .into_string()
        })
        .collect();
    m.insert("employees".into(), Value::String(employees.join("; ")));
    let contracts: Vec<String> = card
        .contracts
        .iter()
        .map(|c| {
            let number = c.number.as_str();
            match (&c.closed_on, &c.valid_to) {
                (Some(closed), _) => t_in!(
                    lang,
                    "card-contract-closed",
                    number = number,
                    date = closed.as_str()
                )
                .into_string(),
                (None, Some(to)) => t_in!(
                    lang,
                    "card-contract-to",
                    number = number,
                    date = to.as_str()
                )
                .into_string(),
                (None, None) => c.number.clone(),
            }
        })
        .collect();
    m.insert("contracts".into(), Value::String(contracts.join("; ")));
    m.insert("archived".into(), card.archived.into());
    let status = card.status.as_ref();
    m.insert("status".into(), status.map(|s| s.value.clone()).into());
    m.insert(
        "status_checked_on".into(),
        status.map(|s| s.checked_on.clone()).into(),
    );
    m.insert(
        "status_since".into(),
        status.and_then(|s| s.since.clone()).into(),
    );
    m.insert("created_at".into(), card.created_at.clone().into());
    m.insert("updated_at".into(), card.updated_at.clone().into());
    Value::Object(m)
}

/// The CSV and table columns of a card: the catalog, then the named extra
/// fields, employees and contracts.
pub(super) fn card_columns(extra: &[String]) -> Vec<String> {
    let mut cols: Vec<String> = ["id", "uid", "type", "display_name"]
        .map(String::from)
        .to_vec();
    for f in CATALOG {
        cols.push(if f.name == "password" {
            "has_password".into()
        } else {
            f.name.into()
        });
    }
    cols.extend(extra.iter().map(|n| format!("extra.{n}")));
    cols.extend(
        [
            "employees",
            "contracts",
            "archived",
            "status",
            "status_checked_on",
            "status_since",
            "created_at",
            "updated_at",
        ]
        .map(String::from),
    );
    cols
}

pub(super) fn print_card(ctx: &Ctx, card: &Card, password: Option<&str>) -> anyhow::Result<()> {
    let json = serde_json::to_value(card)?;
    match ctx.out.format {
        Format::Json | Format::Jsonl => {
            let json = match password {
                Some(p) => with(json, "password", Value::String(p.into())),
                None => json,
            };
            ctx.out.object(&json, &[])?;
        }
        _ => {
            let mut flat = flat_card(card, ctx.out.text_lang());
            let extra: Vec<String> = card.extra.keys().cloned().collect();
            let mut cols = card_columns(&extra);
            if let Some(p) = password {
                flat = with(flat, "password", Value::String(p.into()));
                cols.insert(
                    cols.iter().position(|c| c == "has_password").unwrap_or(0),
                    "password".into(),
                );
            }
            let columns: Vec<Column> = cols.iter().map(|c| (c.as_str(), c.as_str())).collect();
            ctx.out.object(&flat, &columns)?;
        }
    }
    Ok(())
}

pub(super) fn print_saved(ctx: &Ctx, saved: &Saved) -> anyhow::Result<()> {
    print_card(ctx, &saved.card, saved.password.as_deref())
}

pub(super) fn print_cards(ctx: &Ctx, cards: &[Card], extra: &[String]) -> anyhow::Result<()> {
    match ctx.out.format {
        Format::Json | Format::Jsonl => {
            let values: Vec<Value> = cards
                .iter()
                .map(serde_json::to_value)
                .collect::<Result<_, _>>()?;
            ctx.out.list(&values, &[])?;
        }
        Format::Csv => {
            let values: Vec<Value> = cards
                .iter()
                .map(|c| flat_card(c, ctx.out.text_lang()))
                .collect();
            let cols = card_columns(extra);
            let columns: Vec<Column> = cols.iter().map(|c| (c.as_str(), c.as_str())).collect();
            ctx.out.list(&values, &columns)?;
        }
        Format::Table => {
            let values: Vec<Value> = cards
                .iter()
                .map(|c| flat_card(c, ctx.out.text_lang()))
                .collect();
            // The same columns whatever the flags (--archived, --all), so a
            // script's `cut -f` reads the same field in every run.
            let columns: [Column; 7] = [
                ("id", "id"),
                ("login", "login"),
                ("type", "type"),
                ("name", "display_name"),
                ("inn", "inn"),
                ("kpp", "kpp"),
                ("archived", "archived"),
            ];
            ctx.out.list(&values, &columns)?;
        }
    }
    Ok(())
}
