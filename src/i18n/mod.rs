//! What abonent says to people, in Russian or English (issue 15). Every
//! human-facing text is a message of the Fluent catalogue in `i18n/en/`
//! and `i18n/ru/` (one file per area, the same files in both), looked up
//! by id with [`tr`] or the [`t!`](crate::t) macro, which make the only
//! [`Msg`] values; errors and notes take a `Msg`, so a text cannot reach
//! the user without passing the catalogue.
//!
//! What scripts read never changes with the language: JSON keys, error
//! `kind` and `field`, exit codes, CSV and TSV columns, setting keys.
//!
//! The language is chosen once per process ([`init`]): `--lang`, then
//! `ABONENT_LANG`, `LC_ALL`, `LC_MESSAGES`, `LANG` (`ru…` is Russian,
//! anything else English). Fluent's Unicode isolation marks around
//! placeables are off: they would put two invisible characters around
//! every value in a terminal, a TSV line or a CSV cell.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};

/// A value put into a message: text or a number (`Arg::from(3)`).
pub use fluent_bundle::FluentValue as Arg;
use fluent_bundle::FluentValue;
use std::fmt;
use std::sync::OnceLock;

/// The two languages of the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, clap::ValueEnum)]
pub enum Lang {
    Ru,
    En,
}

impl Lang {
    /// `ru`, `ru_RU.UTF-8`, `ru-RU` → Russian; `en`, `C`, `POSIX`, `de_DE`
    /// → English; an empty value → `None` (look at the next variable).
    pub fn from_locale(value: &str) -> Option<Lang> {
        let v = value.trim();
        if v.is_empty() {
            return None;
        }
        Some(if v.to_ascii_lowercase().starts_with("ru") {
            Lang::Ru
        } else {
            Lang::En
        })
    }

    /// The language the environment asks for: `ABONENT_LANG`, then
    /// `LC_ALL`, `LC_MESSAGES`, `LANG`, as `getenv` gives them.
    pub fn from_env(get: impl Fn(&str) -> Option<String>) -> Lang {
        ["ABONENT_LANG", "LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .find_map(|k| get(k).as_deref().and_then(Lang::from_locale))
            .unwrap_or(Lang::En)
    }

    /// `--lang ru|en` anywhere in the arguments (`--lang=ru` too), read
    /// before clap parses them so that `--help` speaks the language.
    pub fn from_args<S: AsRef<std::ffi::OsStr>>(args: &[S]) -> Option<Lang> {
        let mut args = args.iter().map(|a| a.as_ref().to_string_lossy());
        while let Some(a) = args.next() {
            if a == "--" {
                return None;
            }
            let value = match a.strip_prefix("--lang") {
                Some("") => args.next().map(|v| v.to_string()),
                Some(rest) => rest.strip_prefix('=').map(str::to_string),
                None => None,
            };
            if let Some(v) = value {
                return Lang::from_locale(&v);
            }
        }
        None
    }

    /// `ru` or `en` exactly (any case): a value an admin wrote.
    pub fn parse(text: &str) -> Option<Lang> {
        match text.trim().to_ascii_lowercase().as_str() {
            "ru" => Some(Lang::Ru),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ru => "ru",
        }
    }
}

static LANG: OnceLock<Lang> = OnceLock::new();

/// Sets the process's language; the first call wins (later ones are
/// ignored, so a library caller and the binary cannot disagree mid-run).
pub fn init(lang: Lang) {
    let _ = LANG.set(lang);
}

/// The process's language: what [`init`] set, else the environment's.
pub fn lang() -> Lang {
    *LANG.get_or_init(|| {
        if cfg!(test) {
            // Unit tests speak English whatever the machine's locale.
            Lang::En
        } else {
            Lang::from_env(|k| std::env::var(k).ok())
        }
    })
}

/// The catalogue's files, the same names under `i18n/en/` and `i18n/ru/`.
macro_rules! catalogue {
    ($($name:literal),* $(,)?) => {
        /// (file name, English text, Russian text) of every catalogue file.
        pub const FILES: &[(&str, &str, &str)] = &[
            $(($name,
               include_str!(concat!("../../i18n/en/", $name)),
               include_str!(concat!("../../i18n/ru/", $name))),)*
        ];
    };
}

catalogue![
    "common.ftl",
    "fields.ftl",
    "form.ftl",
    "send.ftl",
    "store.ftl",
    "dadata.ftl",
    "deliver.ftl",
    "cli.ftl",
    "host.ftl",
    "import.ftl",
    "columns.ftl",
    "requisites.ftl",
    "core.ftl",
    "onec.ftl",
    "usage.ftl",
    "manual.ftl",
    "settings.ftl"
];

/// `--help` in Russian (see `cli::help`): the English lives in the clap
/// definition, so only the Russian is a catalogue file.
const HELP_RU: &str = include_str!("../../i18n/ru/help.ftl");

/// The help text of `key` (`abonent-subscriber-add--inn`) in `lang`.
pub fn help_text(lang: Lang, key: &str) -> Option<String> {
    let bundle = bundle(lang);
    let pattern = bundle.get_message(&format!("help-{key}"))?.value()?;
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, None, &mut errors)
            .into_owned(),
    )
}

/// Every key [`help_text`] knows in `lang`.
pub fn help_keys(lang: Lang) -> Vec<String> {
    let text = match lang {
        Lang::En => "",
        Lang::Ru => HELP_RU,
    };
    text.lines()
        .filter_map(|l| l.strip_prefix("help-"))
        .filter_map(|l| l.split_once(" =").map(|(k, _)| k.to_string()))
        .collect()
}

fn bundle(lang: Lang) -> &'static FluentBundle<FluentResource> {
    static EN: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    static RU: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    let cell = match lang {
        Lang::En => &EN,
        Lang::Ru => &RU,
    };
    cell.get_or_init(|| build(lang))
}

fn build(lang: Lang) -> FluentBundle<FluentResource> {
    let id: unic_langid::LanguageIdentifier = lang.as_str().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    bundle.set_use_isolating(false);
    if lang == Lang::Ru {
        let help = FluentResource::try_new(HELP_RU.to_string()).unwrap_or_else(|(r, _)| r);
        if bundle.add_resource(help).is_err() {
            debug_assert!(false, "duplicate message ids in help.ftl");
        }
    }
    for (name, en, ru) in FILES {
        let text = match lang {
            Lang::En => en,
            Lang::Ru => ru,
        };
        // The catalogue is part of the program; the tests parse every file,
        // so a broken one never ships. Whatever did parse is still used.
        let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(r, _)| r);
        if bundle.add_resource(resource).is_err() {
            debug_assert!(false, "duplicate message ids in {name}");
        }
    }
    bundle
}

/// A text from the catalogue, in the process's language: the only kind of
/// text errors, warnings and notes take.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Msg(String);

impl Msg {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0
    }
}

impl fmt::Display for Msg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<Msg> for String {
    fn from(m: Msg) -> String {
        m.0
    }
}

/// The message `id` with `args`, in the process's language.
pub fn tr(id: &str, args: &[(&str, FluentValue<'_>)]) -> Msg {
    tr_in(lang(), id, args)
}

/// The message `id` with `args` in `lang`. An id missing from the
/// catalogue (a test fails on that) gives the id itself.
pub fn tr_in(lang: Lang, id: &str, args: &[(&str, FluentValue<'_>)]) -> Msg {
    let bundle = bundle(lang);
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
        return Msg(id.to_string());
    };
    let mut fargs = FluentArgs::new();
    for (k, v) in args {
        fargs.set(*k, v.clone());
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&fargs), &mut errors);
    Msg(text.into_owned())
}

/// The message `prefix` + `key` (a field's name, dots and underscores as
/// dashes): `tr_keyed("form-field-", "bank.bik", &[])` is `form-field-bank-bik`.
/// The catalogue test counts every message under `prefix` as used.
pub fn tr_keyed(prefix: &'static str, key: &str, args: &[(&str, FluentValue<'_>)]) -> Msg {
    tr_keyed_in(lang(), prefix, key, args)
}

/// [`tr_keyed`] in `lang`.
pub fn tr_keyed_in(
    lang: Lang,
    prefix: &'static str,
    key: &str,
    args: &[(&str, FluentValue<'_>)],
) -> Msg {
    let id = format!("{prefix}{}", key.replace(['.', '_'], "-"));
    tr_in(lang, &id, args)
}

/// Whether the catalogue holds the message `prefix` + `key` (see
/// [`tr_keyed`]).
pub fn has_keyed(prefix: &'static str, key: &str) -> bool {
    let id = format!("{prefix}{}", key.replace(['.', '_'], "-"));
    bundle(lang()).has_message(&id)
}

/// [`t!`] in `lang`: `t_in!(lang, "id", name = value, …)`.
#[macro_export]
macro_rules! t_in {
    ($lang:expr, $id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::tr_in($lang, $id, &[$((stringify!($name), $crate::i18n::Arg::from($value))),*])
    };
}

/// `t!("id")`, `t!("id", name = value, …)`: the catalogue's message `id`
/// in the process's language, each value (text or number) put in for its
/// `{ $name }`.
#[macro_export]
macro_rules! t {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::tr($id, &[$((stringify!($name), $crate::i18n::Arg::from($value))),*])
    };
}

#[cfg(test)]
mod tests;
