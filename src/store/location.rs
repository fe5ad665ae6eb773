//! Which database `--db` names, and how to reach it when it is a
//! PostgreSQL server. Pure: the environment (variables, the home folder,
//! the OS user, whether a folder exists, the password file) comes through
//! [`Env`], so tests never read the machine's; [`Location::from_process`]
//! is the one that does.
//!
//! A value is, in this order:
//! - a URL `postgres://…` or `postgresql://…` (the scheme in any case), read
//!   as libpq reads it: `postgresql://[user[:password]@][host][:port][/dbname][?param=value&…]`;
//! - a libpq key=value string (`host=db1 port=5433 dbname=abonent`) when
//!   its first word is one of the keywords below followed by `=` (spaces
//!   around `=` allowed, keywords in lower case as libpq spells them);
//! - anything else: an SQLite file, the value unchanged. So `./host=x.db`,
//!   `a=b.db`, `HOST=x` and `C:file` are paths; a file really named
//!   `host=x.db` is reached as `./host=x.db`. An empty (or all-blank) value
//!   is refused rather than taken for a path.
//!
//! The keywords, in a URL's query and in key=value alike: `host`, `port`,
//! `user`, `password`, `dbname`, `sslmode`, `application_name`,
//! `connect_timeout`. Any other (libpq's `hostaddr`, `options`, `passfile`,
//! `service`, …) is refused, naming it, rather than silently dropped.
//!
//! What the value leaves out is filled from `PGHOST`, `PGPORT`, `PGUSER`,
//! `PGDATABASE`, `PGSSLMODE`, `PGPASSWORD`, `PGCONNECT_TIMEOUT`, `PGAPPNAME`,
//! then the defaults: the socket folder `/var/run/postgresql` when it
//! exists, else `localhost`; port 5432; the OS user; a database named as
//! the user; `sslmode=prefer`; application name `abonent`. The password,
//! when neither the value nor `PGPASSWORD` gives one, comes from
//! `PGPASSFILE` or `~/.pgpass` (see [`Env::read_file`]).
//!
//! Where libpq leaves room, this module decides:
//! - An empty value (`host=''`, `postgres://:@/`, `PGPORT=`) counts as not
//!   given, so the next source fills it (libpq keeps an empty string from
//!   the value and skips the variable).
//! - In a URL the credentials end at the *last* `@` before the first `/`
//!   (libpq stops at the first), so a raw `@` in a password cannot turn
//!   its tail into a host name that would then be shown. A `/` in a
//!   password must be written `%2F`, as for libpq. A query value may hold
//!   `=` (libpq refuses it) and an empty `&&` segment is skipped.
//! - Percent-escapes are strict, as libpq's: `%` must be followed by two
//!   hex digits, `%00` is refused, and the decoded text must be UTF-8.
//! - One server only: a comma in the host or the port (libpq's list of
//!   hosts to try in turn) is refused.
//! - `sslmode=allow` becomes [`SslMode::Prefer`]: both connect to the same
//!   servers (with or without TLS), `prefer` tries TLS first, so nothing
//!   that worked stops working and nothing is sent in clear that could go
//!   encrypted. The values are spelled in lower case, as libpq wants.
//! - `connect_timeout=0` means no limit (`None`), as for libpq; a negative
//!   or fractional value is refused (libpq quietly takes it for no limit).
//! - In the password file, a socket host matches an entry naming its folder
//!   and an entry `localhost` (libpq does the latter only for its own
//!   compiled-in folder; abonent has none of its own).
//! - The OS user is the name of the effective uid, as libpq's (it is who
//!   peer authentication sees), else `USER`, else `LOGNAME`.
//!
//! Errors name the field `db`, say what would fix it, and show the value
//! with the password — and the value of every keyword that is not a known
//! non-secret one, as a misspelt `passwd=` — replaced by `***`.

use crate::error::{Error, Result};
use crate::t;
use std::fmt;
use std::path::{Path, PathBuf};

mod pgpass;
use pgpass::password_from_file;

/// Where the socket folder is looked for when no host is given (Debian's
/// and most distributions' PostgreSQL put their socket there).
pub const DEFAULT_SOCKET_DIR: &str = "/var/run/postgresql";
/// PostgreSQL's port.
pub const DEFAULT_PORT: u16 = 5432;
/// The application name the server shows in `pg_stat_activity`.
pub const DEFAULT_APPLICATION_NAME: &str = "abonent";

/// The keywords a URL's query or a key=value string may hold.
const KEYWORDS: &[&str] = &[
    "host",
    "port",
    "user",
    "password",
    "dbname",
    "sslmode",
    "application_name",
    "connect_timeout",
];

/// The keywords whose values may be shown in a message; every other
/// value (the password, a misspelt keyword's) is shown as `***`.
const SHOWN_KEYWORDS: &[&str] = &[
    "host",
    "port",
    "user",
    "dbname",
    "sslmode",
    "application_name",
    "connect_timeout",
];

/// The database a `--db` value names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    /// An SQLite file, the value as it was given.
    Sqlite(PathBuf),
    /// A PostgreSQL server, with everything needed to connect.
    Postgres(PgTarget),
}

impl Location {
    /// What `value` names, with what it leaves out of a PostgreSQL target
    /// filled from `env`. Errors are [`ErrorKind::Invalid`](crate::error::ErrorKind)
    /// about `db`.
    pub fn parse(value: &str, env: &dyn Env) -> Result<Location> {
        let trimmed = value.trim();
        if trimmed.is_empty() {
            return Err(Error::invalid("db", t!("location-empty")));
        }
        let url = url_rest(trimmed);
        if url.is_none() && !is_conninfo(trimmed) {
            return Ok(Location::Sqlite(PathBuf::from(value)));
        }
        let shown = redact(trimmed);
        let given = match url {
            Some(rest) => parse_url(rest, &shown)?,
            None => parse_conninfo(trimmed, &shown)?,
        };
        resolve(given, &shown, env).map(Location::Postgres)
    }

    /// [`Location::parse`] with this process's environment.
    pub fn from_process(value: &str) -> Result<Location> {
        Location::parse(value, &ProcessEnv)
    }
}

/// A password: kept out of `Debug` (it prints `(secret)`) and of every
/// message; [`Secret::expose`] is the one way to read it.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(text: impl Into<String>) -> Secret {
        Secret(text.into())
    }

    /// The password itself, for the connection and nothing else.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("(secret)")
    }
}

/// Whether and how TLS is used. libpq's `allow` is read as
/// [`SslMode::Prefer`]: it connects to the same servers and tries TLS
/// first instead of last.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SslMode {
    Disable,
    Prefer,
    Require,
    VerifyCa,
    VerifyFull,
}

impl SslMode {
    /// libpq's spelling (lower case); `allow` is `Prefer`.
    pub fn parse(text: &str) -> Option<SslMode> {
        Some(match text {
            "disable" => SslMode::Disable,
            "allow" | "prefer" => SslMode::Prefer,
            "require" => SslMode::Require,
            "verify-ca" => SslMode::VerifyCa,
            "verify-full" => SslMode::VerifyFull,
            _ => return None,
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            SslMode::Disable => "disable",
            SslMode::Prefer => "prefer",
            SslMode::Require => "require",
            SslMode::VerifyCa => "verify-ca",
            SslMode::VerifyFull => "verify-full",
        }
    }
}

/// A PostgreSQL server and how to log in to it, every field filled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PgTarget {
    /// A host name or IP address (IPv6 without brackets), or the folder of
    /// the server's socket when it starts with `/`.
    pub host: String,
    pub port: u16,
    pub user: String,
    pub dbname: String,
    pub password: Option<Secret>,
    pub sslmode: SslMode,
    pub application_name: String,
    /// Seconds to wait for the connection; `None`: as long as it takes.
    pub connect_timeout: Option<u32>,
    /// What the caller should tell the admin (a password file ignored for
    /// its permissions), already in the admin's language. Never a password.
    pub warnings: Vec<String>,
}

impl PgTarget {
    /// Whether [`PgTarget::host`] is a socket folder.
    pub fn is_socket(&self) -> bool {
        self.host.starts_with('/')
    }

    /// The target as a URL without the password, for messages and
    /// `abonent config`: `postgres://user@host:port/dbname`, or for a
    /// socket `postgres://user@/dbname?host=/var/run/postgresql` (with
    /// `&port=N` when it is not 5432). It parses back to the same server,
    /// user and database.
    pub fn display(&self) -> String {
        let user = encode(&self.user, "");
        let dbname = encode(&self.dbname, "");
        if self.is_socket() {
            let mut out = format!(
                "postgres://{user}@/{dbname}?host={}",
                encode(&self.host, "/")
            );
            if self.port != DEFAULT_PORT {
                out.push_str(&format!("&port={}", self.port));
            }
            out
        } else if self.host.contains(':') {
            let host = encode(&self.host, ":");
            format!("postgres://{user}@[{host}]:{}/{dbname}", self.port)
        } else {
            let host = encode(&self.host, "");
            format!("postgres://{user}@{host}:{}/{dbname}", self.port)
        }
    }
}

/// What the module needs from the machine. [`ProcessEnv`] is the real one.
pub trait Env {
    /// An environment variable; `None` when unset (or not UTF-8).
    fn var(&self, name: &str) -> Option<String>;
    /// The user's home folder, for `~/.pgpass`.
    fn home_dir(&self) -> Option<PathBuf>;
    /// The OS user's name: the default PostgreSQL user.
    fn user_name(&self) -> Option<String>;
    /// Whether `path` is a folder (following symbolic links).
    fn is_dir(&self, path: &Path) -> bool;
    /// The password file at `path` (following symbolic links): its mode
    /// and, when it is a regular file, its text. `NotFound` when there is
    /// none (not worth a warning); any other error is warned about.
    fn read_file(&self, path: &Path) -> std::io::Result<FileText>;
}

/// A file as [`Env::read_file`] gives it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileText {
    /// `st_mode`: the type bits (`0o100000` for a regular file) and the
    /// permissions.
    pub mode: u32,
    /// The contents; empty when the file is not a regular one.
    pub text: String,
}

/// The type bits of `st_mode`, and those of a regular file.
const S_IFMT: u32 = 0o170000;
const S_IFREG: u32 = 0o100000;

/// This process's environment.
#[derive(Debug, Clone, Copy, Default)]
pub struct ProcessEnv;

impl Env for ProcessEnv {
    fn var(&self, name: &str) -> Option<String> {
        std::env::var_os(name)?.into_string().ok()
    }

    fn home_dir(&self) -> Option<PathBuf> {
        self.var("HOME")
            .filter(|h| !h.is_empty())
            .map(PathBuf::from)
            .or_else(|| passwd_entry().map(|(_, home)| home))
    }

    fn user_name(&self) -> Option<String> {
        passwd_entry()
            .map(|(name, _)| name)
            .or_else(|| self.var("USER"))
            .or_else(|| self.var("LOGNAME"))
            .filter(|n| !n.is_empty())
    }

    fn is_dir(&self, path: &Path) -> bool {
        path.is_dir()
    }

    fn read_file(&self, path: &Path) -> std::io::Result<FileText> {
        let meta = std::fs::metadata(path)?;
        let mode = st_mode(&meta);
        if !meta.is_file() {
            return Ok(FileText {
                mode,
                text: String::new(),
            });
        }
        let text = std::fs::read_to_string(path)?;
        Ok(FileText { mode, text })
    }
}

#[cfg(unix)]
fn st_mode(meta: &std::fs::Metadata) -> u32 {
    use std::os::unix::fs::MetadataExt;
    meta.mode()
}

#[cfg(not(unix))]
fn st_mode(meta: &std::fs::Metadata) -> u32 {
    if meta.is_file() {
        S_IFREG | 0o600
    } else {
        0
    }
}

/// The name and home folder of the effective uid, from the password
/// database.
#[cfg(unix)]
fn passwd_entry() -> Option<(String, PathBuf)> {
    // SAFETY: geteuid has no preconditions and cannot fail.
    passwd_of(unsafe { libc::geteuid() })
}

#[cfg(not(unix))]
fn passwd_entry() -> Option<(String, PathBuf)> {
    None
}

/// The name and home folder of `uid`, from the password database (the
/// one reader of it: the history's actor asks it too).
#[cfg(unix)]
pub(crate) fn passwd_of(uid: libc::uid_t) -> Option<(String, PathBuf)> {
    use std::ffi::CStr;
    use std::os::unix::ffi::OsStrExt;
    let mut buf = vec![0 as libc::c_char; 4096];
    loop {
        // SAFETY: `pwd` and `buf` outlive the call; on success `result`
        // points at `pwd`, whose strings live in `buf`.
        let mut pwd: libc::passwd = unsafe { std::mem::zeroed() };
        let mut result: *mut libc::passwd = std::ptr::null_mut();
        let rc =
            unsafe { libc::getpwuid_r(uid, &mut pwd, buf.as_mut_ptr(), buf.len(), &mut result) };
        if rc == libc::ERANGE && buf.len() < 1 << 20 {
            buf.resize(buf.len() * 2, 0);
            continue;
        }
        if rc != 0 || result.is_null() || pwd.pw_name.is_null() {
            return None;
        }
        // SAFETY: non-null pw_name and pw_dir are NUL-terminated strings
        // in `buf`.
        let name = unsafe { CStr::from_ptr(pwd.pw_name) };
        let home = if pwd.pw_dir.is_null() {
            PathBuf::new()
        } else {
            let dir = unsafe { CStr::from_ptr(pwd.pw_dir) };
            PathBuf::from(std::ffi::OsStr::from_bytes(dir.to_bytes()))
        };
        let name = name.to_str().ok()?.to_string();
        return Some((name, home));
    }
}

#[cfg(not(unix))]
pub(crate) fn passwd_of(_: u32) -> Option<(String, PathBuf)> {
    None
}

/// What a URL or key=value string gave, before the environment fills the
/// rest. Every value as written (decoded, unquoted).
#[derive(Debug, Default)]
struct Given {
    host: Option<String>,
    port: Option<String>,
    user: Option<String>,
    password: Option<String>,
    dbname: Option<String>,
    sslmode: Option<String>,
    application_name: Option<String>,
    connect_timeout: Option<String>,
}

impl Given {
    /// Stores `key`'s value (a later one wins, as in libpq); false for a
    /// keyword this module does not know.
    fn set(&mut self, key: &str, value: String) -> bool {
        let slot = match key {
            "host" => &mut self.host,
            "port" => &mut self.port,
            "user" => &mut self.user,
            "password" => &mut self.password,
            "dbname" => &mut self.dbname,
            "sslmode" => &mut self.sslmode,
            "application_name" => &mut self.application_name,
            "connect_timeout" => &mut self.connect_timeout,
            _ => return false,
        };
        *slot = Some(value);
        true
    }
}

/// What follows `postgres://` or `postgresql://` (any case), else `None`.
fn url_rest(value: &str) -> Option<&str> {
    ["postgresql://", "postgres://"].iter().find_map(|scheme| {
        let head = value.get(..scheme.len())?;
        head.eq_ignore_ascii_case(scheme)
            .then(|| &value[scheme.len()..])
    })
}

/// A URL's parts as written, split the way libpq splits them.
struct UrlParts<'a> {
    /// `Some` when there is an `@`: the user, and the password after `:`.
    user: Option<&'a str>,
    password: Option<&'a str>,
    hostport: &'a str,
    path: Option<&'a str>,
    query: Option<&'a str>,
}

/// Splits what follows the scheme. Never fails: every string has parts.
/// The credentials end at the last `@` before the first `/`.
fn split_url(rest: &str) -> UrlParts<'_> {
    let region = &rest[..rest.find('/').unwrap_or(rest.len())];
    let (userinfo, after) = match region.rfind('@') {
        Some(at) => (Some(&rest[..at]), &rest[at + 1..]),
        None => (None, rest),
    };
    let (user, password) = match userinfo.map(|u| u.split_once(':').ok_or(u)) {
        Some(Ok((user, password))) => (Some(user), Some(password)),
        Some(Err(user)) => (Some(user), None),
        None => (None, None),
    };
    let end = after.find(['/', '?']).unwrap_or(after.len());
    let (hostport, tail) = after.split_at(end);
    let (path, query) = if let Some(t) = tail.strip_prefix('/') {
        match t.split_once('?') {
            Some((p, q)) => (Some(p), Some(q)),
            None => (Some(t), None),
        }
    } else {
        (None, tail.strip_prefix('?'))
    };
    UrlParts {
        user,
        password,
        hostport,
        path,
        query,
    }
}

fn parse_url(rest: &str, shown: &str) -> Result<Given> {
    let parts = split_url(rest);
    let decode = |text: &str, part: &'static str| percent_decode(text, part, shown);
    let mut given = Given::default();
    if let Some(user) = parts.user {
        given.user = Some(decode(user, "user")?);
    }
    if let Some(password) = parts.password {
        given.password = Some(decode(password, "password")?);
    }
    let (host, port) = if let Some(inside) = parts.hostport.strip_prefix('[') {
        let bad_ipv6 = || Error::invalid("db", t!("location-bad-ipv6", input = shown));
        let close = inside.find(']').ok_or_else(bad_ipv6)?;
        let after = &inside[close + 1..];
        let port = match after.strip_prefix(':') {
            Some(port) => Some(port),
            None if after.is_empty() => None,
            None => return Err(bad_ipv6()),
        };
        (&inside[..close], port)
    } else {
        match parts.hostport.split_once(':') {
            Some((host, port)) => (host, Some(port)),
            None => (parts.hostport, None),
        }
    };
    given.host = Some(decode(host, "host")?);
    if let Some(port) = port {
        given.port = Some(decode(port, "port")?);
    }
    if let Some(path) = parts.path {
        given.dbname = Some(decode(path, "dbname")?);
    }
    for param in parts.query.unwrap_or("").split('&') {
        if param.is_empty() {
            continue;
        }
        let Some((key, value)) = param.split_once('=') else {
            return Err(Error::invalid(
                "db",
                t!("location-bad-query", input = shown),
            ));
        };
        let key = decode(key, "param")?;
        let part = if key == "password" {
            "password"
        } else {
            "param"
        };
        let value = decode(value, part)?;
        if !given.set(&key, value) {
            return Err(unknown_keyword(&key, shown));
        }
    }
    Ok(given)
}

fn unknown_keyword(key: &str, shown: &str) -> Error {
    Error::invalid(
        "db",
        t!("location-unknown-param", name = key, input = shown),
    )
}

/// libpq's percent-decoding: `%` and two hex digits is a byte, anything
/// else after `%` (or `%00`) is refused, and the bytes must be UTF-8.
/// `part` names what is decoded in the message (`user`, `password`, …).
fn percent_decode(text: &str, part: &'static str, shown: &str) -> Result<String> {
    if !text.contains('%') {
        return Ok(text.to_string());
    }
    let bad_escape = || Error::invalid("db", t!("location-bad-escape", part = part, input = shown));
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'%' {
            out.push(bytes[i]);
            i += 1;
            continue;
        }
        let hex = |k: usize| bytes.get(k).and_then(|b| (*b as char).to_digit(16));
        let (Some(hi), Some(lo)) = (hex(i + 1), hex(i + 2)) else {
            return Err(bad_escape());
        };
        out.push((hi * 16 + lo) as u8);
        i += 3;
    }
    if out.contains(&0) {
        return Err(Error::invalid(
            "db",
            t!("location-bad-text", part = part, input = shown),
        ));
    }
    String::from_utf8(out)
        .map_err(|_| Error::invalid("db", t!("location-bad-text", part = part, input = shown)))
}

/// Percent-encodes all but letters, digits, `-._~` and `keep`.
fn encode(text: &str, keep: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii_alphanumeric() || "-._~".contains(c) || keep.contains(c) {
            out.push(c);
        } else {
            let mut buf = [0; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("%{b:02X}"));
            }
        }
    }
    out
}

/// One word of a key=value string, with byte ranges into it.
#[derive(Debug)]
enum Word {
    /// `key=value`: the key, the value as written (quotes included), the
    /// value read (unquoted, unescaped), and whether a quote was closed.
    Pair {
        key: std::ops::Range<usize>,
        raw: std::ops::Range<usize>,
        value: String,
        closed: bool,
    },
    /// A word with no `=` after it.
    Bare(std::ops::Range<usize>),
}

/// Splits a key=value string as libpq does: a key runs to a blank or `=`,
/// blanks may surround `=`, a value runs to a blank unless it is in single
/// quotes, and `\` takes the next character as it is (in or out of
/// quotes). Never fails; [`parse_conninfo`] refuses what is wrong.
fn words(text: &str) -> Vec<Word> {
    let b = text.as_bytes();
    let blank = |i: usize| i < b.len() && b[i].is_ascii_whitespace();
    let mut out = Vec::new();
    let mut i = 0;
    loop {
        while blank(i) {
            i += 1;
        }
        if i >= b.len() {
            return out;
        }
        let start = i;
        while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'=' {
            i += 1;
        }
        let key = start..i;
        let mut j = i;
        while blank(j) {
            j += 1;
        }
        if b.get(j) != Some(&b'=') {
            out.push(Word::Bare(key));
            continue;
        }
        i = j + 1;
        while blank(i) {
            i += 1;
        }
        let raw_start = i;
        let mut value = Vec::new();
        let mut closed = true;
        if b.get(i) == Some(&b'\'') {
            i += 1;
            closed = false;
            while i < b.len() {
                match b[i] {
                    b'\\' => {
                        if let Some(&c) = b.get(i + 1) {
                            value.push(c);
                        }
                        i += 2;
                    }
                    b'\'' => {
                        i += 1;
                        closed = true;
                        break;
                    }
                    c => {
                        value.push(c);
                        i += 1;
                    }
                }
            }
        } else {
            while i < b.len() && !b[i].is_ascii_whitespace() {
                if b[i] == b'\\' {
                    i += 1;
                    if let Some(&c) = b.get(i) {
                        value.push(c);
                    }
                } else {
                    value.push(b[i]);
                }
                i += 1;
            }
        }
        let i_end = i.min(b.len());
        i = i_end;
        out.push(Word::Pair {
            key,
            raw: raw_start..i_end,
            // Only ASCII bytes are ever skipped, so this is the text's own
            // UTF-8; lossy only to have no unwrap.
            value: String::from_utf8_lossy(&value).into_owned(),
            closed,
        });
    }
}

/// libpq's other keywords: not taken, but a string that starts with one
/// is a key=value string (refused, naming the keyword), never a file name.
const OTHER_LIBPQ_KEYWORDS: &[&str] = &[
    "hostaddr",
    "passfile",
    "options",
    "service",
    "target_session_attrs",
    "sslrootcert",
    "sslcert",
    "sslkey",
    "sslcrl",
    "sslpassword",
    "gssencmode",
    "channel_binding",
    "client_encoding",
    "keepalives",
    "krbsrvname",
    "requiressl",
];

/// Whether `text` is a key=value string: its first word is a keyword
/// (ours or libpq's) followed by `=`.
fn is_conninfo(text: &str) -> bool {
    matches!(
        words(text).first(),
        Some(Word::Pair { key, .. })
            if KEYWORDS.contains(&&text[key.clone()])
                || OTHER_LIBPQ_KEYWORDS.contains(&&text[key.clone()])
    )
}

/// Whether `value` names a PostgreSQL server (a `postgres://` URL or a
/// key=value string) rather than an SQLite file; the environment is not
/// read.
pub fn names_postgres(value: &str) -> bool {
    let trimmed = value.trim();
    url_rest(trimmed).is_some() || is_conninfo(trimmed)
}

/// `value` as it may be shown: a PostgreSQL URL or key=value string with
/// its password (and every value not known to be harmless) as `***`; any
/// other value unchanged.
pub fn redacted(value: &str) -> String {
    if names_postgres(value) {
        redact(value.trim())
    } else {
        value.to_string()
    }
}

fn parse_conninfo(text: &str, shown: &str) -> Result<Given> {
    let mut given = Given::default();
    for word in words(text) {
        match word {
            Word::Bare(key) => {
                return Err(Error::invalid(
                    "db",
                    t!("location-missing-equals", key = &text[key], input = shown),
                ))
            }
            Word::Pair {
                key, closed: false, ..
            } => {
                return Err(Error::invalid(
                    "db",
                    t!(
                        "location-unterminated-quote",
                        key = &text[key],
                        input = shown
                    ),
                ))
            }
            Word::Pair { key, value, .. } => {
                if !given.set(&text[key.clone()], value) {
                    return Err(unknown_keyword(&text[key], shown));
                }
            }
        }
    }
    Ok(given)
}

/// `value` as messages may show it: the password, the value of every
/// keyword not in [`SHOWN_KEYWORDS`] and an unclosed quoted value replaced
/// by `***`.
fn redact(value: &str) -> String {
    let Some(rest) = url_rest(value) else {
        return redact_conninfo(value);
    };
    let parts = split_url(rest);
    let mut out = value[..value.len() - rest.len()].to_string();
    if let Some(user) = parts.user {
        out.push_str(user);
        match parts.password {
            Some("") => out.push(':'),
            Some(_) => out.push_str(":***"),
            None => {}
        }
        out.push('@');
    }
    out.push_str(parts.hostport);
    if let Some(path) = parts.path {
        out.push('/');
        out.push_str(path);
    }
    if let Some(query) = parts.query {
        out.push('?');
        let params: Vec<String> = query
            .split('&')
            .map(|param| match param.split_once('=') {
                Some((key, _)) if !shown_keyword(&lenient_decode(key)) => format!("{key}=***"),
                _ => param.to_string(),
            })
            .collect();
        out.push_str(&params.join("&"));
    }
    out
}

fn redact_conninfo(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    for word in words(text) {
        if let Word::Pair {
            key, raw, closed, ..
        } = word
        {
            // An unclosed quote runs to the end: whatever follows may be
            // a password.
            if (!closed || !shown_keyword(&text[key])) && !raw.is_empty() {
                out.push_str(&text[copied..raw.start]);
                out.push_str("***");
                copied = raw.end;
            }
        }
    }
    out.push_str(&text[copied..]);
    out
}

fn shown_keyword(key: &str) -> bool {
    SHOWN_KEYWORDS.contains(&key)
}

/// Percent-decoding for [`redact`]: what cannot be decoded stays as it is.
fn lenient_decode(text: &str) -> String {
    percent_decode(text, "param", "").unwrap_or_else(|_| text.to_string())
}

/// A value given by the string, else by the variable `var`, with where it
/// came from for messages: the string (shown redacted) or `VAR=value`.
fn pick(given: Option<String>, var: &str, shown: &str, env: &dyn Env) -> Option<(String, String)> {
    if let Some(v) = given.filter(|v| !v.is_empty()) {
        return Some((v, shown.to_string()));
    }
    let v = env.var(var).filter(|v| !v.is_empty())?;
    let from = format!("{var}={v}");
    Some((v, from))
}

fn resolve(given: Given, shown: &str, env: &dyn Env) -> Result<PgTarget> {
    let several = |from: &str| Error::invalid("db", t!("location-several-hosts", from = from));
    let host = match pick(given.host, "PGHOST", shown, env) {
        Some((host, from)) if host.contains(',') => return Err(several(&from)),
        Some((host, _)) => host,
        None if env.is_dir(Path::new(DEFAULT_SOCKET_DIR)) => DEFAULT_SOCKET_DIR.to_string(),
        None => "localhost".to_string(),
    };
    let port = match pick(given.port, "PGPORT", shown, env) {
        Some((port, from)) if port.contains(',') => return Err(several(&from)),
        Some((port, from)) => parse_port(&port)
            .ok_or_else(|| Error::invalid("db", t!("location-bad-port", from = from)))?,
        None => DEFAULT_PORT,
    };
    let sslmode = match pick(given.sslmode, "PGSSLMODE", shown, env) {
        Some((mode, from)) => SslMode::parse(&mode)
            .ok_or_else(|| Error::invalid("db", t!("location-bad-sslmode", from = from)))?,
        None => SslMode::Prefer,
    };
    let connect_timeout = match pick(given.connect_timeout, "PGCONNECT_TIMEOUT", shown, env) {
        Some((secs, from)) => parse_timeout(&secs)
            .ok_or_else(|| Error::invalid("db", t!("location-bad-timeout", from = from)))?,
        None => None,
    };
    let user = match pick(given.user, "PGUSER", shown, env) {
        Some((user, _)) => user,
        None => env
            .user_name()
            .filter(|u| !u.is_empty())
            .ok_or_else(|| Error::invalid("db", t!("location-no-user")))?,
    };
    let dbname = pick(given.dbname, "PGDATABASE", shown, env)
        .map(|(d, _)| d)
        .unwrap_or_else(|| user.clone());
    let application_name = pick(given.application_name, "PGAPPNAME", shown, env)
        .map(|(a, _)| a)
        .unwrap_or_else(|| DEFAULT_APPLICATION_NAME.to_string());
    let mut warnings = Vec::new();
    let password = match given.password.filter(|p| !p.is_empty()) {
        Some(p) => Some(Secret(p)),
        None => match env.var("PGPASSWORD").filter(|p| !p.is_empty()) {
            Some(p) => Some(Secret(p)),
            None => password_from_file(&host, port, &dbname, &user, env, &mut warnings),
        },
    };
    Ok(PgTarget {
        host,
        port,
        user,
        dbname,
        password,
        sslmode,
        application_name,
        connect_timeout,
        warnings,
    })
}

/// Digits only (blanks around them allowed, as libpq), 1 to 65535.
fn parse_port(text: &str) -> Option<u16> {
    let t = text.trim();
    if t.is_empty() || !t.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    t.parse::<u16>().ok().filter(|p| *p != 0)
}

/// Whole seconds; 0 is no limit.
fn parse_timeout(text: &str) -> Option<Option<u32>> {
    let t = text.trim();
    if t.is_empty() || !t.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    t.parse::<u32>().ok().map(|s| (s != 0).then_some(s))
}

#[cfg(test)]
mod tests;
