//! The core: every rule of the registry and every operation a command can
//! ask for. Commands call [`Registry`]; the registry checks the card with
//! [`rules`], draws logins from [`template`], hashes with [`password`] and
//! persists through the store inside one write transaction per operation.
//! Extra fields, employees and contracts (with their end notices) have
//! their own modules.

pub mod card_write;
mod check;
pub mod contacts;
pub mod contracts;
pub mod credentials;
pub mod duplicates;
pub mod employees;
pub mod extra;
mod extra_ops;
pub mod form;
pub mod gate;
pub mod import;
pub mod lookup;
pub mod merge;
pub mod password;
pub mod privacy;
pub mod rules;
pub mod settings;
pub mod status;
pub mod subscribers;
pub mod template;

use crate::error::{Error, Result};
use crate::model::fields;
use crate::store::Tx;
use crate::store::{self, Store};
use crate::t;
use card_write::Stamp;
use settings::Settings;
use std::path::Path;

/// The open registry: the database, the settings in force and who acts.
/// Deliberately not `Debug`: it may hold the DaData API key.
pub struct Registry {
    store: Store,
    settings: Settings,
    actor: String,
    /// The lookup side (DaData): key from the environment, client built on
    /// first use.
    lookup: lookup::State,
}

/// The current time as stored: RFC 3339, UTC, whole seconds.
pub fn now() -> String {
    stamp(time::OffsetDateTime::now_utc())
}

/// A moment in the stored form (RFC 3339, UTC, whole seconds), which
/// compares as text in time order.
fn stamp(t: time::OffsetDateTime) -> String {
    let t = t.to_offset(time::UtcOffset::UTC);
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
        t.year(),
        u8::from(t.month()),
        t.day(),
        t.hour(),
        t.minute(),
        t.second()
    )
}

/// A setting as `settings list` shows it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct SettingView {
    pub key: &'static str,
    pub value: String,
    pub default: &'static str,
    pub is_set: bool,
}

impl Registry {
    /// Opens the SQLite file at `path`.
    pub fn open(path: &Path, actor: &str) -> Result<Registry> {
        Registry::open_at(&store::Location::Sqlite(path.to_path_buf()), actor)
    }

    /// Opens the database `location` names (a file or a PostgreSQL server).
    pub fn open_at(location: &store::Location, actor: &str) -> Result<Registry> {
        let store = Store::open(location)?;
        let settings = store.read(|c| {
            Ok(Settings::from_stored(store::settings::all(c)?)
                .with_extra_fields(extra::load_defs(c)?))
        })?;
        store.set_busy_timeout(settings.int("db.busy_timeout_ms").max(0) as u64)?;
        Ok(Registry {
            store,
            settings,
            actor: actor.to_string(),
            lookup: lookup::State::default(),
        })
    }

    /// The database file (SQLite), which no output may overwrite.
    pub fn file(&self) -> Option<&Path> {
        self.store.file()
    }

    /// The database as `init` and messages name it.
    pub fn describe(&self) -> String {
        self.store.describe()
    }

    /// How many requests this registry has sent to a PostgreSQL server,
    /// each a round trip (0 on SQLite): what the tests hold the import's
    /// chunked lookups to.
    pub fn statements_sent(&self) -> u64 {
        self.store.statements_sent()
    }

    /// What opening the database found and left for the caller to show (a
    /// folder writable by others, another user's loose file), once.
    pub fn take_warnings(&mut self) -> Vec<String> {
        self.store.take_warnings()
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// Every read of the registry runs here, inside one read transaction
    /// (see [`Store::read`]); nested reads share the outer one.
    fn read<T>(&self, f: impl FnOnce(&Tx) -> Result<T>) -> Result<T> {
        self.store.read(f)
    }

    /// Runs several of the registry's reads as one snapshot, for a command
    /// that prints what more than one call returns.
    pub fn snapshot<T>(&self, f: impl FnOnce(&Registry) -> Result<T>) -> Result<T> {
        self.store.read(|_| f(self))
    }

    // ---- settings -------------------------------------------------------

    fn view(&self, def: &'static settings::SettingDef) -> SettingView {
        let secret = def.ty == settings::SettingType::Secret;
        let stored = self.settings.stored(def.key);
        let value = match (secret, stored) {
            (true, Some(v)) if !v.is_empty() => "(set)".to_string(),
            _ => self.settings.get(def.key).to_string(),
        };
        SettingView {
            key: def.key,
            value,
            default: def.default,
            is_set: stored.is_some(),
        }
    }

    pub fn settings_list(&self) -> Vec<SettingView> {
        settings::CATALOG.iter().map(|d| self.view(d)).collect()
    }

    pub fn setting_get(&self, key: &str) -> Result<SettingView> {
        let def =
            settings::lookup(key).ok_or_else(|| Error::not_found(key, t!("setting-unknown")))?;
        Ok(self.view(def))
    }

    pub fn setting_set(&mut self, key: &str, value: &str) -> Result<SettingView> {
        let value = settings::check_set(&self.settings, key, value)?;
        let secret = settings::lookup(key).is_some_and(|d| d.ty == settings::SettingType::Secret);
        let old = self.settings.stored(key).map(str::to_string);
        let (actor, at) = (self.actor.clone(), now());
        self.store.write(|tx| {
            store::settings::set(tx, key, &value)?;
            // A secret never enters the history, only the fact it changed.
            let (old, new) = if secret {
                (old.as_ref().map(|_| "(secret)"), Some("(secret)"))
            } else {
                (old.as_deref(), Some(value.as_str()))
            };
            Stamp::new(&actor, &at).record(tx, None, "settings", Some(key), old, new)
        })?;
        self.reload_settings()?;
        self.setting_get(key)
    }

    pub fn setting_unset(&mut self, key: &str) -> Result<SettingView> {
        self.setting_get(key)?;
        settings::check_unset(&self.settings, key)?;
        let (actor, at) = (self.actor.clone(), now());
        self.store.write(|tx| {
            if store::settings::unset(tx, key)? {
                Stamp::new(&actor, &at).record(tx, None, "settings", Some(key), None, None)?;
            }
            Ok(())
        })?;
        self.reload_settings()?;
        self.setting_get(key)
    }

    fn reload_settings(&mut self) -> Result<()> {
        self.settings = self.read(|c| {
            Ok(Settings::from_stored(store::settings::all(c)?)
                .with_extra_fields(extra::load_defs(c)?))
        })?;
        Ok(())
    }

    // ---- groups and managers ---------------------------------------------

    pub fn group_add(&mut self, name: &str, description: Option<&str>) -> Result<()> {
        let name = non_empty("group", name)?;
        let (actor, at) = (self.actor.clone(), now());
        self.store.write(|tx| {
            if store::dictionaries::group_id(tx, &name)?.is_some() {
                return Err(Error::conflict(
                    "group",
                    t!("name-exists", name = name.as_str()),
                ));
            }
            store::dictionaries::add_group(tx, &name, description)?;
            Stamp::new(&actor, &at).record(tx, None, "group.add", Some("group"), None, Some(&name))
        })
    }

    pub fn groups(&self) -> Result<Vec<store::dictionaries::Group>> {
        self.read(store::dictionaries::groups)
    }

    pub fn group_remove(&mut self, name: &str, force: bool) -> Result<()> {
        let (actor, at) = (self.actor.clone(), now());
        self.store.write(|tx| {
            let members = store::dictionaries::group_members(tx, name)?
                .ok_or_else(|| Error::not_found("group", t!("group-not-found", name = name)))?;
            if members > 0 && !force {
                return Err(Error::conflict(
                    "group",
                    t!("group-has-members", name = name, n = members),
                ));
            }
            store::dictionaries::remove_group(tx, name)?;
            Stamp::new(&actor, &at).record(
                tx,
                None,
                "group.remove",
                Some("group"),
                Some(name),
                None,
            )
        })
    }

    pub fn manager_add(&mut self, name: &str, email: &str, phone: Option<&str>) -> Result<()> {
        let name = non_empty("manager", name)?;
        let email = contacts::email(email)?;
        let phone = phone
            .map(|p| contacts::phone_text(p, &self.settings))
            .transpose()?;
        let (actor, at) = (self.actor.clone(), now());
        self.store.write(|tx| {
            if store::dictionaries::manager(tx, &name)?.is_some() {
                return Err(Error::conflict(
                    "manager",
                    t!("name-exists", name = name.as_str()),
                ));
            }
            store::dictionaries::add_manager(tx, &name, &email, phone.as_deref())?;
            Stamp::new(&actor, &at).record(
                tx,
                None,
                "manager.add",
                Some("manager"),
                None,
                Some(&name),
            )
        })
    }

    pub fn managers(&self) -> Result<Vec<store::dictionaries::Manager>> {
        self.read(store::dictionaries::managers)
    }

    pub fn manager_remove(&mut self, name: &str) -> Result<()> {
        let (actor, at) = (self.actor.clone(), now());
        self.store.write(|tx| {
            let n = store::dictionaries::manager_subscribers(tx, name)?
                .ok_or_else(|| Error::not_found("manager", t!("manager-not-found", name = name)))?;
            if n > 0 {
                return Err(Error::conflict(
                    "manager",
                    t!("manager-has-cards", name = name, n = n),
                ));
            }
            store::dictionaries::remove_manager(tx, name)?;
            Stamp::new(&actor, &at).record(
                tx,
                None,
                "manager.remove",
                Some("manager"),
                Some(name),
                None,
            )
        })
    }

    // ---- history ------------------------------------------------------------

    pub fn history(
        &self,
        subscriber: Option<&str>,
        window: store::history::Window,
    ) -> Result<Vec<store::history::Entry>> {
        self.read(|c| {
            let id = subscriber.map(|r| self.resolve(r)).transpose()?;
            store::history::list(c, id, window)
        })
    }
}

fn non_empty(subject: &str, v: &str) -> Result<String> {
    let v = fields::clean_text(v);
    if v.is_empty() {
        return Err(Error::invalid(subject, t!("name-empty")));
    }
    // As long as a card's `group` / `manager` value may be.
    fields::check_chars(subject, &v, fields::max_chars(subject))?;
    Ok(v.to_string())
}
