//! `init`, `group`, `manager`, `settings` and `history`: the small
//! administrative commands around the cards.

use super::counts;
use super::output::{object, Column, Format};
use super::{Ctx, Outcome};
use crate::store::SCHEMA_VERSION;
use crate::t;
use clap::{Args, Subcommand};
use serde_json::Value;

pub fn init(ctx: &Ctx) -> Outcome {
    let reg = ctx.open()?;
    let path = reg.describe();
    let v = object(vec![
        ("path", path.into()),
        ("schema_version", SCHEMA_VERSION.into()),
    ]);
    ctx.out.object(
        &v,
        &[("path", "path"), ("schema_version", "schema_version")],
    )?;
    Ok(0)
}

#[derive(Debug, Subcommand)]
pub enum GroupCmd {
    /// Create a group
    Add {
        /// Group name
        name: String,
        /// What the group is for
        #[arg(long)]
        description: Option<String>,
    },
    /// List groups with their member counts
    List,
    /// Remove a group (with members: asks at a terminal, elsewhere only with --force, which drops the memberships)
    Remove {
        /// Group name
        name: String,
        /// Remove it even with members, dropping their memberships
        #[arg(long)]
        force: bool,
    },
}

const GROUP_COLUMNS: &[Column] = &[
    ("name", "name"),
    ("description", "description"),
    ("subscribers", "subscribers"),
];

pub fn group(ctx: &Ctx, cmd: GroupCmd) -> Outcome {
    let mut reg = ctx.open()?;
    match cmd {
        GroupCmd::Add { name, description } => {
            reg.group_add(&name, description.as_deref())?;
            ctx.out.note(t!("group-added", name = name.trim()));
            if ctx.out.format != super::output::Format::Table {
                // What was made, as `group list` shows it.
                let v = serde_json::to_value(reg.groups()?)?;
                let made = v
                    .as_array()
                    .and_then(|all| all.iter().find(|g| g["name"] == name.trim()))
                    .cloned()
                    .unwrap_or_default();
                ctx.out.object(&made, GROUP_COLUMNS)?;
            }
        }
        GroupCmd::List => {
            let v = serde_json::to_value(reg.groups()?)?;
            let rows = v.as_array().cloned().unwrap_or_default();
            ctx.out.list(&rows, GROUP_COLUMNS)?;
        }
        GroupCmd::Remove { name, force } => {
            ctx.destructive(force, |f| reg.group_remove(&name, f))?;
            ctx.out.note(t!("group-removed", name = name.as_str()));
        }
    }
    Ok(0)
}

#[derive(Debug, Subcommand)]
pub enum ManagerCmd {
    /// Add a personal manager
    Add {
        /// Manager's name as cards refer to it
        name: String,
        /// Where contract-end notices go
        #[arg(long)]
        email: String,
        /// Phone, stored as E.164
        #[arg(long)]
        phone: Option<String>,
    },
    /// List managers with the number of subscribers each manages
    List,
    /// Remove a manager who manages nobody
    Remove {
        /// Manager's name
        name: String,
    },
}

pub fn manager(ctx: &Ctx, cmd: ManagerCmd) -> Outcome {
    let mut reg = ctx.open()?;
    match cmd {
        ManagerCmd::Add { name, email, phone } => {
            reg.manager_add(&name, &email, phone.as_deref())?;
            ctx.out.note(t!("manager-added", name = name.trim()));
        }
        ManagerCmd::List => {
            let v = serde_json::to_value(reg.managers()?)?;
            let rows = v.as_array().cloned().unwrap_or_default();
            ctx.out.list(
                &rows,
                &[
                    ("name", "name"),
                    ("email", "email"),
                    ("phone", "phone"),
                    ("subscribers", "subscribers"),
                ],
            )?;
        }
        ManagerCmd::Remove { name } => {
            reg.manager_remove(&name)?;
            ctx.out.note(t!("manager-removed", name = name.as_str()));
        }
    }
    Ok(0)
}

#[derive(Debug, Subcommand)]
pub enum SettingsCmd {
    /// Every key with its value, default and description
    List,
    /// One key's value
    Get {
        /// Setting key, e.g. login.template
        #[arg(value_parser = SettingKey, hide_possible_values = true)]
        key: String,
    },
    /// Set a key (checked before it is stored)
    Set {
        /// Setting key, e.g. required.legal
        #[arg(value_parser = SettingKey, hide_possible_values = true)]
        key: String,
        /// New value
        value: String,
    },
    /// Return a key to its default
    Unset {
        /// Setting key
        #[arg(value_parser = SettingKey, hide_possible_values = true)]
        key: String,
    },
}

/// A setting key: any text (the core refuses an unknown key, naming the
/// fix), with the catalogue's keys offered to shell completion.
#[derive(Debug, Clone, Copy)]
struct SettingKey;

impl clap::builder::TypedValueParser for SettingKey {
    type Value = String;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<String, clap::Error> {
        clap::builder::StringValueParser::new().parse_ref(cmd, arg, value)
    }

    fn possible_values(
        &self,
    ) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        Some(Box::new(crate::core::settings::CATALOG.iter().map(|def| {
            clap::builder::PossibleValue::new(def.key).help(def.about())
        })))
    }
}

const SETTING_COLUMNS: &[Column] = &[
    ("key", "key"),
    ("value", "value"),
    ("default", "default"),
    ("description", "description"),
];

/// A setting as printed: the view with its `description`, the catalogue's
/// text in the admin's language in JSON and on a terminal, in English into
/// a pipe or a CSV file (which read the same on every server).
fn setting_out(ctx: &Ctx, view: &crate::core::SettingView) -> anyhow::Result<Value> {
    let lang = match ctx.out.format {
        Format::Json | Format::Jsonl => crate::i18n::lang(),
        _ => ctx.out.text_lang(),
    };
    let mut v = serde_json::to_value(view)?;
    let about = crate::core::settings::lookup(view.key).map(|d| d.about_in(lang));
    if let (Some(obj), Some(about)) = (v.as_object_mut(), about) {
        obj.insert("description".into(), Value::String(about));
    }
    Ok(v)
}

pub fn settings(ctx: &Ctx, cmd: SettingsCmd) -> Outcome {
    let mut reg = ctx.open()?;
    match cmd {
        SettingsCmd::List => {
            let rows = reg
                .settings_list()
                .iter()
                .map(|v| setting_out(ctx, v))
                .collect::<anyhow::Result<Vec<Value>>>()?;
            ctx.out.list(&rows, SETTING_COLUMNS)?;
        }
        SettingsCmd::Get { key } => {
            let view = reg.setting_get(&key)?;
            if ctx.out.format == super::output::Format::Table {
                // A bare value, so `$(abonent settings get login.template)` works.
                use std::io::Write;
                writeln!(std::io::stdout().lock(), "{}", view.value)?;
            } else {
                ctx.out.object(&setting_out(ctx, &view)?, SETTING_COLUMNS)?;
            }
        }
        SettingsCmd::Set { key, value } => {
            let view = reg.setting_set(&key, &value)?;
            ctx.out.note(t!(
                "setting-set",
                key = key.as_str(),
                value = view.value.as_str()
            ));
            if ctx.out.format != super::output::Format::Table {
                ctx.out.object(&setting_out(ctx, &view)?, SETTING_COLUMNS)?;
            }
        }
        SettingsCmd::Unset { key } => {
            let view = reg.setting_unset(&key)?;
            ctx.out.note(t!(
                "setting-unset",
                key = key.as_str(),
                value = view.value.as_str()
            ));
            if ctx.out.format != super::output::Format::Table {
                ctx.out.object(&setting_out(ctx, &view)?, SETTING_COLUMNS)?;
            }
        }
    }
    Ok(0)
}

#[derive(Debug, Args)]
pub struct HistoryArgs {
    /// Only this subscriber (id, login, uid or inn:NNNN[/KPP])
    #[arg(value_name = "REF")]
    pub reference: Option<String>,
    /// Newest N entries (0 = all); with --since, the first N after ID
    /// [default: 50; with --since, all]
    #[arg(long, value_name = "N", value_parser = counts())]
    pub limit: Option<u64>,
    /// The change feed: every entry after entry ID, oldest first (a sync
    /// job passes the last id it saw; ids increase in commit order and are
    /// never reused)
    #[arg(long, value_name = "ID", value_parser = counts())]
    pub since: Option<u64>,
}

pub fn history(ctx: &Ctx, args: HistoryArgs) -> Outcome {
    use crate::store::history::Window;
    let window = match args.since {
        Some(after) => Window::After {
            after: i64::try_from(after).unwrap_or(i64::MAX),
            limit: args.limit.unwrap_or(0),
        },
        None => Window::Newest(args.limit.unwrap_or(50)),
    };
    let reg = ctx.open()?;
    let entries = reg.history(args.reference.as_deref(), window)?;
    let v = serde_json::to_value(entries)?;
    let rows: Vec<Value> = v.as_array().cloned().unwrap_or_default();
    ctx.out.list(
        &rows,
        &[
            ("at", "at"),
            ("actor", "actor"),
            ("subscriber", "subscriber_id"),
            ("action", "action"),
            ("field", "field"),
            ("old", "old"),
            ("new", "new"),
        ],
    )?;
    Ok(0)
}
