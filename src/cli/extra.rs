//! `abonent extra-field …`: define, list and remove the operator's extra
//! card fields, and set, unset or read one card's values.

use super::output::Format;
use super::subscriber::KindArg;
use super::{Ctx, Outcome};
use crate::core::extra::{ExtraDefInput, ExtraView};
use crate::model::extra::ExtraType;
use crate::model::Kind;
use crate::t;
use clap::{Args, Subcommand, ValueEnum};
use serde_json::Value;
use std::io::Write;

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum TypeArg {
    String,
    Integer,
    Decimal,
    Date,
    Bool,
    Enum,
}

impl From<TypeArg> for ExtraType {
    fn from(t: TypeArg) -> ExtraType {
        match t {
            TypeArg::String => ExtraType::String,
            TypeArg::Integer => ExtraType::Integer,
            TypeArg::Decimal => ExtraType::Decimal,
            TypeArg::Date => ExtraType::Date,
            TypeArg::Bool => ExtraType::Bool,
            TypeArg::Enum => ExtraType::Enum,
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum ExtraFieldCmd {
    /// Define an extra field (again: change it; stored values must pass the new definition)
    Define(DefineArgs),
    /// List the extra fields with their types and rules
    List,
    /// Remove an extra field (with values on cards: asks at a terminal, elsewhere only with --force, which deletes them)
    Remove {
        /// Field name
        name: String,
        /// Remove it even with values on cards, deleting them
        #[arg(long)]
        force: bool,
    },
    /// Set one extra field of a card (checked by its type)
    Set {
        /// Id, login, uid, or inn:NNNN[/KPP]
        #[arg(value_name = "REF")]
        reference: String,
        /// Field name
        name: String,
        /// The value; stored normalised
        value: String,
    },
    /// Clear one extra field of a card
    Unset {
        /// Id, login, uid, or inn:NNNN[/KPP]
        #[arg(value_name = "REF")]
        reference: String,
        /// Field name
        name: String,
    },
    /// Show a card's extra fields, or one of them (table: the bare value)
    Get {
        /// Id, login, uid, or inn:NNNN[/KPP]
        #[arg(value_name = "REF")]
        reference: String,
        /// Only this field
        name: Option<String>,
    },
}

#[derive(Debug, Args)]
pub struct DefineArgs {
    /// Field name: lowercase latin letters, digits and _ (used as extra.NAME)
    pub name: String,
    /// The value type
    #[arg(long = "type", value_name = "TYPE", value_enum)]
    pub ty: TypeArg,
    /// Human-readable label
    #[arg(long, value_name = "TEXT")]
    pub label: Option<String>,
    /// The allowed values of an enum, comma-separated
    #[arg(long, value_name = "A,B,C")]
    pub values: Vec<String>,
    /// Cards of the types it applies to cannot be saved without it
    #[arg(long)]
    pub required: bool,
    /// Personal data (152-ФЗ): `subscriber forget` erases its values
    #[arg(long)]
    pub personal: bool,
    /// Card types it applies to, comma-separated (default: all)
    #[arg(long = "for", value_enum, value_delimiter = ',', value_name = "TYPES")]
    pub kinds: Vec<KindArg>,
    /// Regular expression the (normalised) value must match
    #[arg(long, value_name = "REGEX")]
    pub pattern: Option<String>,
}

const DEF_COLUMNS: &[(&str, &str)] = &[
    ("name", "name"),
    ("type", "type"),
    ("label", "label"),
    ("values", "values"),
    ("required", "required"),
    ("personal", "personal"),
    ("for", "for"),
    ("pattern", "pattern"),
];

const VIEW_COLUMNS: &[(&str, &str)] = &[
    ("name", "name"),
    ("type", "type"),
    ("label", "label"),
    ("value", "value"),
];

pub fn run(ctx: &Ctx, cmd: ExtraFieldCmd) -> Outcome {
    let mut reg = ctx.open()?;
    match cmd {
        ExtraFieldCmd::Define(a) => {
            let def = reg.extra_define(ExtraDefInput {
                name: a.name,
                ty: a.ty.into(),
                label: a.label,
                values: a.values,
                required: a.required,
                personal: a.personal,
                kinds: a.kinds.into_iter().map(Kind::from).collect(),
                pattern: a.pattern,
            })?;
            ctx.out.note(t!("extra-defined", name = def.name.as_str()));
            ctx.out.object(&serde_json::to_value(&def)?, DEF_COLUMNS)?;
        }
        ExtraFieldCmd::List => {
            let v = serde_json::to_value(reg.extra_fields())?;
            ctx.out
                .list(v.as_array().map(Vec::as_slice).unwrap_or(&[]), DEF_COLUMNS)?;
        }
        ExtraFieldCmd::Remove { name, force } => {
            let n = ctx.destructive(force, |f| reg.extra_remove(&name, f))?;
            ctx.out.note(t!("extra-removed", name = name.trim(), n = n));
        }
        ExtraFieldCmd::Set {
            reference,
            name,
            value,
        } => {
            let saved = reg.extra_set(&reference, &name, &value)?;
            for w in &saved.warnings {
                ctx.out.warn(t!("cli-said", text = w.to_string()));
            }
            if !saved.changed {
                ctx.out.note(t!("cli-nothing-changed"));
            }
            let view = reg.extra_get(&saved.card.id.to_string(), Some(&name))?;
            print_views(ctx, &view, true)?;
        }
        ExtraFieldCmd::Unset { reference, name } => {
            let saved = reg.extra_unset(&reference, &name)?;
            if !saved.changed {
                ctx.out.note(t!("extra-unset-nothing"));
            }
            let view = reg.extra_get(&saved.card.id.to_string(), Some(&name))?;
            print_views(ctx, &view, true)?;
        }
        ExtraFieldCmd::Get { reference, name } => {
            let view = reg.extra_get(&reference, name.as_deref())?;
            print_views(ctx, &view, name.is_some())?;
        }
    }
    Ok(0)
}

/// One field: an object (table: the bare value, for `$(…)`); several: a list.
fn print_views(ctx: &Ctx, views: &[ExtraView], one: bool) -> anyhow::Result<()> {
    if let (true, Some(view)) = (one, views.first()) {
        if ctx.out.format == Format::Table {
            let text = view.value.as_ref().map(|v| v.text()).unwrap_or_default();
            writeln!(std::io::stdout().lock(), "{text}")?;
        } else {
            ctx.out.object(&serde_json::to_value(view)?, VIEW_COLUMNS)?;
        }
        return Ok(());
    }
    let values: Vec<Value> = views
        .iter()
        .map(serde_json::to_value)
        .collect::<Result<_, _>>()?;
    ctx.out.list(&values, VIEW_COLUMNS)?;
    Ok(())
}
