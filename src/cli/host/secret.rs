//! The host configuration's secrets: where each is read from (an
//! environment variable or an owner-only file) and the reading, with the
//! checks a secret file must pass; and the file checks a config file
//! shares with it.

use super::Source;
use crate::error::{Error, Result};
use crate::i18n::{tr_in, Arg, Lang, Msg};
use crate::t;
use std::path::{Path, PathBuf};

/// The largest secret file read (a DaData key has 40 characters).
const SECRET_MAX: u64 = 4 * 1024;

/// Where a secret is read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    Env(String),
    File(PathBuf),
}

/// A secret's place and the layer that named it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SecretRef {
    pub from: Place,
    pub named_in: Source,
}

impl SecretRef {
    /// The secret, `None` when its variable is unset or empty. A file is
    /// checked first: a regular file (not a symlink, FIFO or device), yours
    /// or root's, with no access for group or others, at most 4 KiB, one
    /// line (its line break is dropped).
    pub fn read(&self, what: &str) -> Result<Option<String>> {
        match &self.from {
            Place::Env(name) => Ok(std::env::var(name).ok().filter(|v| !v.trim().is_empty())),
            Place::File(path) => read_secret(what, path).map(Some),
        }
    }

    /// Where it is, for `abonent config` and messages, in the process's
    /// language.
    pub fn describe(&self) -> String {
        self.describe_in(crate::i18n::lang())
    }

    /// Where it is, in `lang`: `env NAME` or `file PATH`, and the config
    /// file that named it (`(named in PATH)`).
    pub fn describe_in(&self, lang: Lang) -> String {
        let at = match &self.from {
            Place::Env(name) => tr_in(
                lang,
                "host-source-env",
                &[("name", Arg::from(name.as_str()))],
            )
            .into_string(),
            Place::File(p) => tr_in(
                lang,
                "host-secret-in-file",
                &[("path", Arg::from(p.display().to_string()))],
            )
            .into_string(),
        };
        match &self.named_in {
            Source::File(p) => tr_in(
                lang,
                "host-secret-named-in",
                &[
                    ("place", Arg::from(at)),
                    ("path", Arg::from(p.display().to_string())),
                ],
            )
            .into_string(),
            _ => at,
        }
    }
}

/// A secret from an owner-only file.
fn read_secret(what: &str, path: &Path) -> Result<String> {
    use crate::cli::files::{read_small, Unread};
    let shown = path.display().to_string();
    let what = what.replace(' ', "-");
    let bad = |why: Msg| {
        Error::invalid(
            shown.clone(),
            t!(
                "host-secret-file-problem",
                what = what.as_str(),
                problem = why.into_string()
            ),
        )
    };
    let (text, meta) = read_small(path, SECRET_MAX, false).map_err(|e| {
        bad(match e {
            Unread::Link => t!("host-secret-symlink"),
            Unread::NotRegular => t!("host-secret-not-regular"),
            Unread::TooBig => t!("host-secret-too-big", kib = SECRET_MAX / 1024),
            Unread::NotUtf8 => t!("host-secret-not-utf8"),
            Unread::Examine(e) => t!("host-cannot-examine", reason = e.to_string()),
            Unread::Read(e) => t!("host-cannot-read", reason = e.to_string()),
            Unread::Open(e) => t!(
                "host-secret-cannot-open",
                reason = e.to_string().to_lowercase()
            ),
        })
    })?;
    if file_mode(&meta) & 0o077 != 0 {
        return Err(bad(t!("host-secret-not-private", path = shown.as_str())));
    }
    check_owner(&meta, &shown)?;
    let secret = text
        .strip_suffix('\n')
        .map(|t| t.strip_suffix('\r').unwrap_or(t))
        .unwrap_or(&text);
    if secret.contains('\n') {
        return Err(bad(t!("host-secret-many-lines")));
    }
    if secret.trim().is_empty() {
        return Err(bad(t!("host-secret-empty")));
    }
    Ok(secret.to_string())
}

#[cfg(unix)]
pub(super) fn file_mode(meta: &std::fs::Metadata) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    meta.permissions().mode()
}

#[cfg(not(unix))]
pub(super) fn file_mode(_: &std::fs::Metadata) -> u32 {
    0
}

/// A file of this user's or root's: another user could change what it says.
#[cfg(unix)]
pub(super) fn check_owner(meta: &std::fs::Metadata, shown: &str) -> Result<()> {
    use std::os::unix::fs::MetadataExt;
    // SAFETY: geteuid has no preconditions and cannot fail.
    let me = unsafe { libc::geteuid() };
    let owner = meta.uid();
    if owner != me && owner != 0 {
        return Err(Error::invalid(shown, t!("host-other-owner", uid = owner)));
    }
    Ok(())
}

#[cfg(not(unix))]
pub(super) fn check_owner(_: &std::fs::Metadata, _: &str) -> Result<()> {
    Ok(())
}
