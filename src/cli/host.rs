//! The host's configuration: what belongs to this machine rather than to
//! the registry — the database, the language, and where the DaData key and
//! the SMTP password come from. Four layers, each overriding the one before:
//!
//! 1. the system file `/etc/abonent/abonent.toml` (the environment variable
//!    `ABONENT_SYSTEM_CONFIG` names another path; it exists for tests and
//!    for packagers, an empty value means the default);
//! 2. the user's file `$XDG_CONFIG_HOME/abonent/abonent.toml` (an absolute
//!    XDG_CONFIG_HOME, else `~/.config/abonent/abonent.toml`);
//! 3. the environment: `ABONENT_DB`, `ABONENT_LANG`, `ABONENT_DADATA_TOKEN`,
//!    `ABONENT_SMTP_PASSWORD`;
//! 4. the flags `--db` and `--lang`.
//!
//! The language starts from the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`:
//! `ru*` is Russian), below the files: a file's `lang` is a deliberate
//! choice, a locale is often only the system's default.
//!
//! Secrets are never in a file of settings: a file says which environment
//! variable or which owner-only file holds each one, and that is read only
//! when a command needs it (a lookup, a letter by e-mail, `abonent config`).
//! The DaData key found here wins over the registry's setting
//! `dadata.token`, which stays the last fallback.

use crate::error::{Error, Result};
use crate::i18n::{tr_in, Arg, Msg};
use crate::t;
use serde::Deserialize;
use std::fmt;
use std::path::{Path, PathBuf};

mod secret;
use secret::{check_owner, file_mode};
pub use secret::{Place, SecretRef};

/// The system-wide file, unless `ABONENT_SYSTEM_CONFIG` names another.
pub const SYSTEM_CONFIG: &str = "/etc/abonent/abonent.toml";
/// The largest config file read.
const CONFIG_MAX: u64 = 64 * 1024;

/// The language of the messages (`--lang`, `ABONENT_LANG`, `lang`).
pub use crate::i18n::Lang;

/// Where a value came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Default,
    File(PathBuf),
    Env(String),
    Flag(&'static str),
}

impl Source {
    /// Where the value came from, in `lang`: `default`, a file's path,
    /// `env NAME`, `flag --db`.
    pub fn describe_in(&self, lang: Lang) -> String {
        match self {
            Source::Default => tr_in(lang, "host-source-default", &[]).into_string(),
            Source::File(p) => p.display().to_string(),
            Source::Env(name) => tr_in(
                lang,
                "host-source-env",
                &[("name", Arg::from(name.as_str()))],
            )
            .into_string(),
            Source::Flag(name) => {
                tr_in(lang, "host-source-flag", &[("flag", Arg::from(*name))]).into_string()
            }
        }
    }
}

/// The English form, whatever the language: what `abonent config --json`
/// gives scripts.
impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe_in(Lang::En))
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sourced<T> {
    pub value: T,
    pub source: Source,
}

/// The database named by a layer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Db {
    File(PathBuf),
    /// A `postgres://` or `postgresql://` URL, or a libpq key=value string
    /// (`host=db1 dbname=abonent`): accepted and shown, not yet opened.
    Postgres(String),
}

impl Db {
    fn of(text: &str) -> Db {
        if crate::store::location::names_postgres(text) {
            Db::Postgres(text.trim().to_string())
        } else {
            Db::File(PathBuf::from(text))
        }
    }
}

/// A config file looked at, and what was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Looked {
    pub path: PathBuf,
    pub state: FileState,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileState {
    Read,
    Absent,
    /// Exists, but this user may not read it (a root-only system file):
    /// skipped, and `abonent config` says so.
    Unreadable,
}

impl FileState {
    /// What was found, in `lang`: read, absent, not readable by this user.
    pub fn describe_in(self, lang: Lang) -> String {
        match self {
            FileState::Read => tr_in(lang, "host-file-read", &[]),
            FileState::Absent => tr_in(lang, "host-file-absent", &[]),
            FileState::Unreadable => tr_in(lang, "host-file-unreadable", &[]),
        }
        .into_string()
    }
}

/// The layers merged.
#[derive(Debug, Clone)]
pub struct Host {
    pub files: Vec<Looked>,
    /// `None`: the XDG default (see `super::default_db_path`).
    pub db: Option<Sourced<Db>>,
    pub lang: Sourced<Lang>,
    pub dadata_token: Option<SecretRef>,
    pub smtp_password: Option<SecretRef>,
}

/// The flags' layer.
#[derive(Debug, Clone, Default)]
pub struct Flags {
    pub db: Option<PathBuf>,
    pub lang: Option<Lang>,
}

/// One file's shape. Flat on purpose; unknown keys are refused with their
/// line, so a typo never passes for a setting.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileShape {
    db: Option<toml::Spanned<String>>,
    lang: Option<toml::Spanned<String>>,
    #[serde(default)]
    secrets: SecretsShape,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct SecretsShape {
    dadata_token_env: Option<toml::Spanned<String>>,
    dadata_token_file: Option<toml::Spanned<String>>,
    smtp_password_env: Option<toml::Spanned<String>>,
    smtp_password_file: Option<toml::Spanned<String>>,
}

/// An absolute path from an environment variable, as XDG asks.
fn absolute_env(name: &str) -> Option<PathBuf> {
    std::env::var_os(name)
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
}

fn env_value(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

/// The system file's path.
pub fn system_path() -> PathBuf {
    std::env::var_os("ABONENT_SYSTEM_CONFIG")
        .filter(|p| !p.is_empty())
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(SYSTEM_CONFIG))
}

/// The user's file's path, `None` without an absolute XDG_CONFIG_HOME or HOME.
pub fn user_path() -> Option<PathBuf> {
    absolute_env("XDG_CONFIG_HOME")
        .or_else(|| absolute_env("HOME").map(|h| h.join(".config")))
        .map(|base| base.join("abonent").join("abonent.toml"))
}

impl Host {
    /// No layer read: for the commands that need no configuration.
    pub fn unread() -> Host {
        Host {
            files: Vec::new(),
            db: None,
            lang: Sourced {
                value: Lang::En,
                source: Source::Default,
            },
            dadata_token: None,
            smtp_password: None,
        }
    }

    /// The language the layers below the flags ask for (locale, files,
    /// `ABONENT_LANG`), read before the arguments are parsed so that
    /// `--help` speaks it. A file that cannot be read counts as absent
    /// here; the command itself reports it.
    pub fn language() -> Lang {
        Host::load(&Flags::default()).map_or_else(
            |_| Lang::from_env(|k| std::env::var(k).ok()),
            |h| h.lang.value,
        )
    }

    /// Reads the files and the environment and lays the flags on top.
    pub fn load(flags: &Flags) -> Result<Host> {
        let mut host = Host {
            lang: locale_lang(),
            ..Host::unread()
        };
        let paths = std::iter::once(system_path()).chain(user_path());
        for path in paths {
            let state = match read_config(&path)? {
                Some((text, mode)) => {
                    host.apply_file(&path, &text, mode)?;
                    FileState::Read
                }
                None if path.exists() => FileState::Unreadable,
                None => FileState::Absent,
            };
            host.files.push(Looked { path, state });
        }

        if let Some(db) = std::env::var_os("ABONENT_DB").filter(|v| !v.is_empty()) {
            host.db = Some(Sourced {
                value: Db::of(&db.to_string_lossy()),
                source: Source::Env("ABONENT_DB".into()),
            });
        }
        if let Some(text) = env_value("ABONENT_LANG") {
            let value = Lang::parse(&text).ok_or_else(|| {
                Error::invalid("ABONENT_LANG", t!("host-env-lang-bad", value = text.trim()))
            })?;
            host.lang = Sourced {
                value,
                source: Source::Env("ABONENT_LANG".into()),
            };
        }
        for (name, slot) in [
            ("ABONENT_DADATA_TOKEN", &mut host.dadata_token),
            ("ABONENT_SMTP_PASSWORD", &mut host.smtp_password),
        ] {
            // An empty variable names nothing: the layer below stands.
            if env_value(name).is_some() {
                *slot = Some(SecretRef {
                    from: Place::Env(name.into()),
                    named_in: Source::Env(name.into()),
                });
            }
        }

        if let Some(db) = &flags.db {
            host.db = Some(Sourced {
                value: Db::of(&db.to_string_lossy()),
                source: Source::Flag("--db"),
            });
        }
        if let Some(lang) = flags.lang {
            host.lang = Sourced {
                value: lang,
                source: Source::Flag("--lang"),
            };
        }
        Ok(host)
    }

    /// One file's values over the layers below it.
    fn apply_file(&mut self, path: &Path, text: &str, mode: u32) -> Result<()> {
        let at = |span: std::ops::Range<usize>| line_of(text, span.start);
        let bad = |span: std::ops::Range<usize>, why: Msg| {
            Error::invalid(
                path.display().to_string(),
                t!("host-at-line", line = at(span), problem = why.into_string()),
            )
        };
        let shape: FileShape = toml::from_str(text).map_err(|e| {
            let line = e.span().map(|s| at(s).to_string());
            let msg = e.message().trim().replace('\n', " ");
            Error::invalid(
                path.display().to_string(),
                match line {
                    Some(n) => t!("host-toml-bad-at", line = n, problem = msg),
                    None => t!("host-toml-bad", problem = msg),
                },
            )
        })?;
        let source = Source::File(path.to_path_buf());
        if let Some(db) = shape.db {
            let span = db.span();
            let value = Db::of(db.get_ref());
            if let Db::File(p) = &value {
                if !p.is_absolute() {
                    return Err(bad(
                        span,
                        t!("host-db-not-absolute", path = p.display().to_string()),
                    ));
                }
            }
            self.db = Some(Sourced {
                value,
                source: source.clone(),
            });
        }
        if let Some(lang) = shape.lang {
            let span = lang.span();
            let value = Lang::parse(lang.get_ref()).ok_or_else(|| {
                bad(
                    span,
                    t!("host-file-lang-bad", value = lang.get_ref().as_str()),
                )
            })?;
            self.lang = Sourced {
                value,
                source: source.clone(),
            };
        }
        let s = shape.secrets;
        let mut names_file = None;
        for (key, env, file, slot) in [
            (
                "dadata_token",
                s.dadata_token_env,
                s.dadata_token_file,
                &mut self.dadata_token,
            ),
            (
                "smtp_password",
                s.smtp_password_env,
                s.smtp_password_file,
                &mut self.smtp_password,
            ),
        ] {
            let from = match (env, file) {
                (Some(_), Some(f)) => {
                    return Err(bad(f.span(), t!("host-secret-twice", key = key)))
                }
                (Some(e), None) => {
                    let name = e.get_ref().trim();
                    let fine = !name.is_empty()
                        && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
                    if !fine {
                        return Err(bad(
                            e.span(),
                            t!(
                                "host-secret-env-bad",
                                key = key,
                                value = e.get_ref().as_str()
                            ),
                        ));
                    }
                    Place::Env(name.to_string())
                }
                (None, Some(f)) => {
                    let p = PathBuf::from(f.get_ref());
                    if !p.is_absolute() {
                        return Err(bad(
                            f.span(),
                            t!(
                                "host-secret-file-not-absolute",
                                key = key,
                                value = f.get_ref().as_str()
                            ),
                        ));
                    }
                    names_file.get_or_insert(format!("secrets.{key}_file"));
                    Place::File(p)
                }
                (None, None) => continue,
            };
            *slot = Some(SecretRef {
                from,
                named_in: source.clone(),
            });
        }
        if let Some(key) = names_file {
            if mode & 0o004 != 0 {
                return Err(Error::invalid(
                    path.display().to_string(),
                    t!(
                        "host-config-names-secret-readable",
                        key = key.as_str(),
                        path = path.display().to_string()
                    ),
                ));
            }
        }
        Ok(())
    }

    /// The DaData key named here (env or file), `None` when no layer names
    /// one or its variable is empty: then the setting dadata.token is used.
    pub fn dadata_token(&self) -> Result<Option<String>> {
        match &self.dadata_token {
            Some(r) => r.read("dadata token"),
            None => Ok(None),
        }
    }

    /// The SMTP password, `None` when no layer names one.
    pub fn smtp_password(&self) -> Result<Option<String>> {
        match &self.smtp_password {
            Some(r) => r.read("smtp password"),
            None => Ok(None),
        }
    }
}

/// The 1-based line of a byte offset.
fn line_of(text: &str, offset: usize) -> usize {
    let end = offset.min(text.len());
    text.as_bytes()[..end]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// The language of the locale: the first set of LC_ALL, LC_MESSAGES, LANG;
/// `ru…` is Russian, anything else English; nothing set is English.
fn locale_lang() -> Sourced<Lang> {
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        if let Some(value) = env_value(name).as_deref().and_then(Lang::from_locale) {
            return Sourced {
                value,
                source: Source::Env(name.into()),
            };
        }
    }
    Sourced {
        value: Lang::En,
        source: Source::Default,
    }
}

/// A config file's text and permission bits; `None` when it is absent or
/// this user may not read it. Refused: not a regular file, writable by
/// anyone, another user's, too large, not UTF-8.
fn read_config(path: &Path) -> Result<Option<(String, u32)>> {
    use super::files::{read_small, Unread};
    let shown = path.display().to_string();
    let bad = |why: Msg| Error::invalid(shown.clone(), why);
    let (text, meta) = match read_small(path, CONFIG_MAX, true) {
        Ok(read) => read,
        Err(e) if e.absent_or_denied() => return Ok(None),
        // Links are followed here, so a link is never what stops a read.
        Err(Unread::NotRegular | Unread::Link) => return Err(bad(t!("host-config-not-regular"))),
        Err(Unread::TooBig) => return Err(bad(t!("host-config-too-big", kib = CONFIG_MAX / 1024))),
        Err(Unread::NotUtf8) => return Err(bad(t!("host-config-not-utf8"))),
        Err(Unread::Examine(e)) => {
            return Err(bad(t!("host-cannot-examine", reason = e.to_string())))
        }
        Err(Unread::Read(e)) => return Err(bad(t!("host-cannot-read", reason = e.to_string()))),
        Err(Unread::Open(e)) => {
            return Err(bad(t!("host-config-cannot-read", reason = e.to_string())))
        }
    };
    let mode = file_mode(&meta);
    if mode & 0o002 != 0 {
        return Err(bad(t!("host-config-world-writable", path = shown.as_str())));
    }
    check_owner(&meta, &shown)?;
    Ok(Some((text, mode)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_count_from_one() {
        let text = "db = \"/a\"\nlang = \"xx\"\n";
        assert_eq!(line_of(text, 0), 1);
        assert_eq!(line_of(text, text.find("lang").unwrap_or(0)), 2);
        assert_eq!(line_of(text, 10_000), 3);
    }

    #[test]
    fn a_postgres_url_is_shown_without_its_password() {
        for (url, kept) in [
            (
                "postgres://admin:s3cr3t@db1/abonent",
                "postgres://admin:***@db1/abonent",
            ),
            (
                "postgresql://a:p%40s3cr3t@h:5433/d?sslmode=require",
                "@h:5433/d?sslmode=require",
            ),
            ("postgres://a:x@s3cr3t@h/d", "@h/d"),
            (
                "postgres://h/d?password=s3cr3t&sslmode=require",
                "sslmode=require",
            ),
            ("postgres://u@h/d", "postgres://u@h/d"),
        ] {
            let shown = crate::store::location::redacted(url);
            assert!(
                !shown.contains("s3cr3t") && shown.contains(kept),
                "{url}: {shown}"
            );
        }
    }

    #[test]
    fn a_key_value_string_is_postgres_and_shown_without_its_password() {
        for text in [
            "host=db1 dbname=abonent",
            "  dbname = abonent user=admin",
            "password='a b' host=db1",
        ] {
            assert!(matches!(Db::of(text), Db::Postgres(_)), "{text}");
        }
        for text in [
            "./host=x.db",
            "base=old.db",
            "hosts=x",
            "abonent.db",
            "host",
            "Host=x",
        ] {
            assert!(matches!(Db::of(text), Db::File(_)), "{text}");
        }
        for text in [
            "host=db1 password=s3cr3t dbname=x",
            "password = 's3 \\'cr3t' host=db1",
            "host=db1 password='s3cr3t",
        ] {
            let shown = crate::store::location::redacted(text);
            assert!(
                !shown.contains("s3") && shown.contains("host=db1"),
                "{text}: {shown}"
            );
        }
        assert!(matches!(Db::of("hostaddr=10.0.0.1"), Db::Postgres(_)));
    }

    #[test]
    fn a_postgres_url_is_told_from_a_path() {
        assert_eq!(
            Db::of("postgresql://u@h/db"),
            Db::Postgres("postgresql://u@h/db".into())
        );
        assert_eq!(Db::of("/var/lib/a.db"), Db::File("/var/lib/a.db".into()));
    }

    #[test]
    fn a_file_layer_sets_values_and_refuses_what_it_cannot_use() {
        let mut host = Host::unread();
        let path = Path::new("/x/abonent.toml");
        let text = "db = \"/srv/a.db\"\nlang = \"RU\"\n[secrets]\ndadata_token_env = \"KEY\"\n";
        host.apply_file(path, text, 0o644).expect("a good file");
        assert_eq!(host.lang.value, Lang::Ru);
        assert_eq!(host.lang.source, Source::File(path.into()));
        assert_eq!(
            host.dadata_token.as_ref().map(|r| r.from.clone()),
            Some(Place::Env("KEY".into()))
        );

        let err = host
            .apply_file(path, "\n\ndb = \"rel.db\"\n", 0o600)
            .expect_err("relative db");
        assert!(err.message.starts_with("line 3:"), "{err}");
        let err = host
            .apply_file(path, "[secrets]\nsmtp_password_file = \"/k\"\n", 0o644)
            .expect_err("world-readable naming a file");
        assert!(err.message.contains("chmod 600"), "{err}");
        host.apply_file(path, "[secrets]\nsmtp_password_file = \"/k\"\n", 0o640)
            .expect("group-readable is fine");
        let err = host
            .apply_file(
                path,
                "[secrets]\nsmtp_password_env = \"A\"\nsmtp_password_file = \"/k\"\n",
                0o600,
            )
            .expect_err("both");
        assert!(err.message.contains("keep one"), "{err}");
    }
}
