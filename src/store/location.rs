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

/// The password of the first line of the password file (`PGPASSFILE`, else
/// `~/.pgpass`) that matches, as libpq reads it: lines
/// `hostname:port:database:username:password`, a field of just `*` matches
/// anything, `\` takes the next character as it is (`\:`, `\\`, `\*`),
/// lines starting with `#` and lines of fewer fields are skipped. A file
/// that is not a regular one, or that group or others may read, write or
/// run (mode & 0o077), is ignored with a warning.
fn password_from_file(
    host: &str,
    port: u16,
    dbname: &str,
    user: &str,
    env: &dyn Env,
    warnings: &mut Vec<String>,
) -> Option<Secret> {
    let path = match env.var("PGPASSFILE").filter(|p| !p.is_empty()) {
        Some(p) => PathBuf::from(p),
        None => env.home_dir()?.join(".pgpass"),
    };
    let shown = path.display().to_string();
    let file = match env.read_file(&path) {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return None,
        Err(e) => {
            warnings.push(
                t!(
                    "location-passfile-unreadable",
                    path = shown.as_str(),
                    reason = e.to_string().to_lowercase()
                )
                .into_string(),
            );
            return None;
        }
    };
    if file.mode & S_IFMT != S_IFREG {
        warnings.push(t!("location-passfile-not-file", path = shown.as_str()).into_string());
        return None;
    }
    if file.mode & 0o077 != 0 {
        let mode = format!("{:04o}", file.mode & 0o7777);
        warnings
            .push(t!("location-passfile-open", path = shown.as_str(), mode = mode).into_string());
        return None;
    }
    let port = port.to_string();
    let socket = host.starts_with('/');
    for line in file.text.lines() {
        if line.starts_with('#') || line.is_empty() {
            continue;
        }
        let fields = pgpass_fields(line);
        if fields.len() < 5 {
            continue;
        }
        let matches = |(text, star): &(String, bool), want: &str| *star || text == want;
        let host_matches =
            matches(&fields[0], host) || (socket && !fields[0].1 && fields[0].0 == "localhost");
        if host_matches
            && matches(&fields[1], &port)
            && matches(&fields[2], dbname)
            && matches(&fields[3], user)
        {
            let password = &fields[4].0;
            return (!password.is_empty()).then(|| Secret(password.clone()));
        }
    }
    None
}

/// A password-file line's fields: each unescaped, and whether it was a
/// lone unescaped `*`.
fn pgpass_fields(line: &str) -> Vec<(String, bool)> {
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut escaped_any = false;
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                escaped_any = true;
                if let Some(next) = chars.next() {
                    field.push(next);
                }
            }
            ':' => {
                let star = field == "*" && !escaped_any;
                fields.push((std::mem::take(&mut field), star));
                escaped_any = false;
            }
            c => field.push(c),
        }
    }
    let star = field == "*" && !escaped_any;
    fields.push((field, star));
    fields
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::collections::HashMap;
    use std::io;

    const SOCKET: &str = "/var/run/postgresql";

    enum FakeFile {
        Text(u32, String),
        Fails(io::ErrorKind),
    }

    /// An environment of the test's own: user `osuser`, home
    /// `/home/osuser`, no variables, no folders, no files.
    struct Fake {
        vars: HashMap<String, String>,
        home: Option<PathBuf>,
        user: Option<String>,
        dirs: Vec<PathBuf>,
        files: HashMap<PathBuf, FakeFile>,
    }

    fn env() -> Fake {
        Fake {
            vars: HashMap::new(),
            home: Some("/home/osuser".into()),
            user: Some("osuser".into()),
            dirs: Vec::new(),
            files: HashMap::new(),
        }
    }

    impl Fake {
        fn var(mut self, k: &str, v: &str) -> Fake {
            self.vars.insert(k.into(), v.into());
            self
        }
        fn dir(mut self, p: &str) -> Fake {
            self.dirs.push(p.into());
            self
        }
        fn file(mut self, p: &str, mode: u32, text: &str) -> Fake {
            self.files
                .insert(p.into(), FakeFile::Text(mode, text.into()));
            self
        }
        /// `~/.pgpass`, mode 0600.
        fn pgpass(self, text: &str) -> Fake {
            self.file("/home/osuser/.pgpass", 0o100600, text)
        }
    }

    impl Env for Fake {
        fn var(&self, name: &str) -> Option<String> {
            self.vars.get(name).cloned()
        }
        fn home_dir(&self) -> Option<PathBuf> {
            self.home.clone()
        }
        fn user_name(&self) -> Option<String> {
            self.user.clone()
        }
        fn is_dir(&self, path: &Path) -> bool {
            self.dirs.iter().any(|d| d == path)
        }
        fn read_file(&self, path: &Path) -> io::Result<FileText> {
            match self.files.get(path) {
                Some(FakeFile::Text(mode, text)) => Ok(FileText {
                    mode: *mode,
                    text: text.clone(),
                }),
                Some(FakeFile::Fails(kind)) => Err(io::Error::new(*kind, "refused")),
                None => Err(io::ErrorKind::NotFound.into()),
            }
        }
    }

    fn pg(value: &str, env: &Fake) -> PgTarget {
        match Location::parse(value, env) {
            Ok(Location::Postgres(t)) => t,
            other => panic!("{value}: {other:?}"),
        }
    }

    fn err(value: &str, env: &Fake) -> Error {
        match Location::parse(value, env) {
            Err(e) => e,
            Ok(l) => panic!("{value}: accepted as {l:?}"),
        }
    }

    fn pw(t: &PgTarget) -> Option<&str> {
        t.password.as_ref().map(Secret::expose)
    }

    // URL forms.

    #[test]
    fn a_full_url_gives_every_field() {
        let t = pg(
            "postgres://admin:pw@db1.example.net:5433/abonent?sslmode=require&application_name=night%20import&connect_timeout=7",
            &env(),
        );
        assert_eq!(t.host, "db1.example.net");
        assert_eq!(t.port, 5433);
        assert_eq!(t.user, "admin");
        assert_eq!(t.dbname, "abonent");
        assert_eq!(pw(&t), Some("pw"));
        assert_eq!(t.sslmode, SslMode::Require);
        assert_eq!(t.application_name, "night import");
        assert_eq!(t.connect_timeout, Some(7));
        assert!(t.warnings.is_empty());
    }

    #[test]
    fn the_scheme_is_either_spelling_in_any_case() {
        for url in [
            "postgresql://h/d",
            "POSTGRES://h/d",
            "PostgreSQL://h/d",
            "  postgres://h/d ",
        ] {
            let t = pg(url, &env());
            assert_eq!((t.host.as_str(), t.dbname.as_str()), ("h", "d"), "{url}");
        }
    }

    #[test]
    fn a_url_without_a_user_takes_the_os_user_for_user_and_database() {
        let t = pg("postgresql://db1", &env());
        assert_eq!((t.user.as_str(), t.dbname.as_str()), ("osuser", "osuser"));
        assert_eq!(t.port, 5432);
        let t = pg("postgresql://db1/abonent", &env());
        assert_eq!((t.user.as_str(), t.dbname.as_str()), ("osuser", "abonent"));
        assert_eq!(t.password, None);
    }

    #[test]
    fn a_url_without_a_host_takes_the_socket_folder_when_it_exists() {
        let t = pg("postgres:///abonent", &env().dir(SOCKET));
        assert_eq!(t.host, SOCKET);
        assert!(t.is_socket());
        let t = pg("postgres:///abonent", &env());
        assert_eq!(t.host, "localhost");
        assert!(!t.is_socket());
        let t = pg("postgres://u@/abonent", &env());
        assert_eq!((t.user.as_str(), t.host.as_str()), ("u", "localhost"));
        let t = pg("postgres://", &env());
        assert_eq!((t.host.as_str(), t.port), ("localhost", 5432));
        // An empty port is no port.
        assert_eq!(pg("postgres://h:/d", &env()).port, 5432);
    }

    #[test]
    fn ipv6_hosts_are_in_brackets() {
        let t = pg("postgres://u@[::1]:6432/d", &env());
        assert_eq!((t.host.as_str(), t.port), ("::1", 6432));
        let t = pg("postgres://[2001:db8::2]/d", &env());
        assert_eq!((t.host.as_str(), t.port), ("2001:db8::2", 5432));
        let t = pg("postgres://[fe80::1%25eth0]/d", &env());
        assert_eq!(t.host, "fe80::1%eth0");
    }

    #[test]
    fn a_socket_folder_may_be_the_host_parameter_or_an_encoded_host() {
        let t = pg("postgres://u@/abonent?host=/var/run/postgresql", &env());
        assert_eq!((t.host.as_str(), t.user.as_str()), (SOCKET, "u"));
        let t = pg("postgres:///abonent?host=%2Ftmp&port=5433", &env());
        assert_eq!((t.host.as_str(), t.port), ("/tmp", 5433));
        let t = pg("postgres://%2Fsrv%2Fpg/abonent", &env());
        assert_eq!(t.host, "/srv/pg");
        assert!(t.is_socket());
    }

    #[test]
    fn percent_escapes_are_decoded_in_every_part() {
        let t = pg("postgres://ad%6Din:p%40ss%3Aw0rd@h/ab%C3%B6nent", &env());
        assert_eq!(t.user, "admin");
        assert_eq!(pw(&t), Some("p@ss:w0rd"));
        assert_eq!(t.dbname, "abönent");
        // A ':' after the first one belongs to the password.
        assert_eq!(pw(&pg("postgres://u:a:b@h/d", &env())), Some("a:b"));
        // A raw '@' too: the credentials end at the last one.
        let t = pg("postgres://u:p@ss@h/d", &env());
        assert_eq!((pw(&t), t.host.as_str()), (Some("p@ss"), "h"));
        // '+' is a plus, not a space.
        assert_eq!(pw(&pg("postgres://u:a+b@h", &env())), Some("a+b"));
    }

    #[test]
    fn query_parameters_override_the_url_and_a_later_one_wins() {
        let t = pg(
            "postgres://u1@h1:1/d1?host=h2&port=2&dbname=d2&user=u2&password=p&port=3",
            &env(),
        );
        assert_eq!(
            (t.host.as_str(), t.port, t.dbname.as_str(), t.user.as_str()),
            ("h2", 3, "d2", "u2")
        );
        assert_eq!(pw(&t), Some("p"));
        // An empty segment is skipped; a value may hold '='.
        let t = pg("postgres://h/d?&application_name=a=b&", &env());
        assert_eq!(t.application_name, "a=b");
    }

    // key=value forms.

    #[test]
    fn a_conninfo_string_gives_every_field() {
        let t = pg(
            "host=db1 port=5433 dbname=abonent user=admin sslmode=require",
            &env(),
        );
        assert_eq!(
            (t.host.as_str(), t.port, t.dbname.as_str(), t.user.as_str()),
            ("db1", 5433, "abonent", "admin")
        );
        assert_eq!(t.sslmode, SslMode::Require);
        assert_eq!(t.application_name, "abonent");
        let t = pg(
            "  dbname = abonent\thost= /tmp  connect_timeout =3 application_name=x",
            &env(),
        );
        assert_eq!((t.host.as_str(), t.dbname.as_str()), ("/tmp", "abonent"));
        assert_eq!(
            (t.connect_timeout, t.application_name.as_str()),
            (Some(3), "x")
        );
    }

    #[test]
    fn conninfo_values_may_be_quoted_and_escaped() {
        let t = pg(
            r"host=h password='it\'s a \\ pass' application_name='night import'",
            &env(),
        );
        assert_eq!(pw(&t), Some(r"it's a \ pass"));
        assert_eq!(t.application_name, "night import");
        assert_eq!(pw(&pg(r"host=h password=a\ b\\c", &env())), Some(r"a b\c"));
        assert_eq!(pw(&pg("host=h password=p=q", &env())), Some("p=q"));
        // An empty quoted value is no value: the next source fills it.
        let t = pg("host='' password=''", &env().var("PGHOST", "from-env"));
        assert_eq!((t.host.as_str(), t.password.is_none()), ("from-env", true));
        // A later keyword wins.
        assert_eq!(pg("host=a host=b", &env()).host, "b");
        assert_eq!(pw(&pg("host=h password='ü ö'", &env())), Some("ü ö"));
    }

    #[test]
    fn only_a_leading_keyword_and_equals_make_a_conninfo_string() {
        for path in [
            "abonent.db",
            "/var/lib/abonent/abonent.db",
            "./host=x.db",
            "a=b.db",
            "HOST=x",
            "host",
            "hostx=y",
            "C:file",
            "C:\\abonent\\abonent.db",
            "postgres:/x.db",
            "postgres",
            " abonent.db ",
            "x host=h",
        ] {
            assert_eq!(
                Location::parse(path, &env()),
                Ok(Location::Sqlite(PathBuf::from(path))),
                "{path}"
            );
        }
        assert!(matches!(
            Location::parse("host=x.db", &env()),
            Ok(Location::Postgres(t)) if t.host == "x.db"
        ));
        assert!(matches!(
            Location::parse("dbname =x", &env()),
            Ok(Location::Postgres(t)) if t.dbname == "x"
        ));
    }

    #[test]
    fn an_empty_value_is_refused_not_taken_for_a_path() {
        for value in ["", "   ", "\t\n"] {
            let e = err(value, &env());
            assert_eq!(
                (e.kind, e.subject.as_str()),
                (crate::error::ErrorKind::Invalid, "db")
            );
            assert!(e.message.contains("--db"), "{e}");
        }
    }

    // The environment, then the defaults.

    fn full_env() -> Fake {
        env()
            .var("PGHOST", "envhost")
            .var("PGPORT", "6000")
            .var("PGUSER", "envuser")
            .var("PGDATABASE", "envdb")
            .var("PGSSLMODE", "verify-full")
            .var("PGPASSWORD", "envpw")
            .var("PGCONNECT_TIMEOUT", "9")
            .var("PGAPPNAME", "envapp")
            .dir(SOCKET)
    }

    #[test]
    fn the_environment_fills_what_the_string_leaves_out() {
        let t = pg("postgres://", &full_env());
        assert_eq!(
            (t.host.as_str(), t.port, t.user.as_str(), t.dbname.as_str()),
            ("envhost", 6000, "envuser", "envdb")
        );
        assert_eq!(t.sslmode, SslMode::VerifyFull);
        assert_eq!(pw(&t), Some("envpw"));
        assert_eq!(t.connect_timeout, Some(9));
        assert_eq!(t.application_name, "envapp");
        // Empty variables are unset.
        let blank = [
            "PGHOST",
            "PGPORT",
            "PGUSER",
            "PGDATABASE",
            "PGSSLMODE",
            "PGAPPNAME",
        ]
        .iter()
        .fold(env(), |e, k| e.var(k, ""));
        let t = pg("host=h", &blank);
        assert_eq!((t.port, t.user.as_str()), (5432, "osuser"));
    }

    #[test]
    fn the_string_wins_over_the_environment() {
        let t = pg(
            "postgres://u:spw@h:7/d?sslmode=disable&connect_timeout=0&application_name=a",
            &full_env(),
        );
        assert_eq!(
            (t.host.as_str(), t.port, t.user.as_str(), t.dbname.as_str()),
            ("h", 7, "u", "d")
        );
        assert_eq!(t.sslmode, SslMode::Disable);
        assert_eq!(pw(&t), Some("spw"));
        assert_eq!(t.connect_timeout, None);
        assert_eq!(t.application_name, "a");
    }

    #[test]
    fn the_defaults_fill_the_rest() {
        let t = pg("postgres://", &env().dir(SOCKET));
        assert_eq!(
            (t.host.as_str(), t.port, t.user.as_str(), t.dbname.as_str()),
            (SOCKET, 5432, "osuser", "osuser")
        );
        assert_eq!(t.sslmode, SslMode::Prefer);
        assert_eq!(t.application_name, "abonent");
        assert_eq!((t.connect_timeout, t.password.is_none()), (None, true));
        // The database defaults to the user actually used.
        assert_eq!(pg("user=ops", &env()).dbname, "ops");
        assert_eq!(pg("host=h", &env().var("PGUSER", "pu")).dbname, "pu");
    }

    #[test]
    fn no_os_user_and_no_user_given_is_an_error() {
        let mut e = env();
        e.user = None;
        let error = err("host=h", &e);
        assert_eq!(error.subject, "db");
        assert!(error.message.contains("PGUSER"), "{error}");
        assert_eq!(pg("host=h user=u", &e).user, "u");
    }

    // The password: string > PGPASSWORD > password file.

    #[test]
    fn the_password_comes_from_the_string_then_pgpassword_then_the_file() {
        let e = env().pgpass("*:*:*:*:filepw\n");
        assert_eq!(
            pw(&pg("host=h password=s", &e.var("PGPASSWORD", "envpw"))),
            Some("s")
        );
        let e = env().pgpass("*:*:*:*:filepw\n");
        assert_eq!(
            pw(&pg("host=h", &e.var("PGPASSWORD", "envpw"))),
            Some("envpw")
        );
        assert_eq!(
            pw(&pg("host=h", &env().pgpass("*:*:*:*:filepw\n"))),
            Some("filepw")
        );
        assert_eq!(pg("host=h", &env()).password, None);
    }

    #[test]
    fn pgpass_lines_match_field_by_field_with_wildcards() {
        let file = "\
# host:port:database:user:password
db1:5432:abonent:admin:one
db1:*:*:admin:two
*:5433:*:*:three
";
        let e = || env().pgpass(file);
        assert_eq!(
            pw(&pg("host=db1 dbname=abonent user=admin", &e())),
            Some("one")
        );
        assert_eq!(
            pw(&pg("host=db1 dbname=other user=admin", &e())),
            Some("two")
        );
        assert_eq!(pw(&pg("host=db1 port=6 user=admin", &e())), Some("two"));
        assert_eq!(pw(&pg("host=db2 port=5433", &e())), Some("three"));
        assert_eq!(pg("host=db2", &e()).password, None);
        assert_eq!(pg("host=db1 user=other", &e()).password, None);
    }

    #[test]
    fn the_first_matching_pgpass_line_wins() {
        let e = env().pgpass("h:*:*:*:first\nh:*:*:*:second\n*:*:*:*:third\n");
        assert_eq!(pw(&pg("host=h", &e)), Some("first"));
    }

    #[test]
    fn pgpass_escapes_comments_and_short_lines() {
        let file = "\
#h:*:*:*:commented
h:*:*:*
h\\:x:*:*:*:colon\\:in\\\\host
h:*:*:*:a\\:b\\\\c:ignored
";
        let e = || env().pgpass(file);
        assert_eq!(pw(&pg("host=h", &e())), Some(r"a:b\c"));
        assert_eq!(pw(&pg(r"host='h:x'", &e())), Some(r"colon:in\host"));
        // An escaped star is a star, not a wildcard.
        let e = env().pgpass("\\*:*:*:*:literal\n");
        assert_eq!(pg("host=h", &e).password, None);
        let e = env().pgpass("\\*:*:*:*:literal\n");
        assert_eq!(pw(&pg("host=*", &e)), Some("literal"));
        // Windows line ends and an empty password.
        let e = env().pgpass("h:*:*:*:crlf\r\nx:*:*:*:\r\n");
        assert_eq!(pw(&pg("host=h", &e)), Some("crlf"));
        let e = env().pgpass("x:*:*:*:\n");
        assert_eq!(pg("host=x", &e).password, None);
    }

    #[test]
    fn a_socket_host_matches_localhost_or_its_folder() {
        let e = env().dir(SOCKET).pgpass("localhost:5432:*:*:local\n");
        assert_eq!(pw(&pg("postgres:///d", &e)), Some("local"));
        let e = env().pgpass("/srv/pg:*:*:*:folder\nlocalhost:*:*:*:local\n");
        assert_eq!(pw(&pg("host=/srv/pg", &e)), Some("folder"));
        // A TCP host is matched by its name only.
        let e = env().pgpass("localhost:*:*:*:local\n");
        assert_eq!(pg("host=db1", &e).password, None);
    }

    #[test]
    fn pgpassfile_names_the_file() {
        let e = env()
            .var("PGPASSFILE", "/etc/abonent/pgpass")
            .file("/etc/abonent/pgpass", 0o100400, "*:*:*:*:named\n")
            .pgpass("*:*:*:*:home\n");
        assert_eq!(pw(&pg("host=h", &e)), Some("named"));
        // No home and no PGPASSFILE: no file, no warning.
        let mut e = env();
        e.home = None;
        let t = pg("host=h", &e);
        assert_eq!((t.password.is_none(), t.warnings.len()), (true, 0));
    }

    #[test]
    fn a_password_file_others_may_read_is_ignored_with_a_warning() {
        for mode in [0o100640, 0o100604, 0o100660, 0o100610] {
            let e = env().file("/home/osuser/.pgpass", mode, "*:*:*:*:filepw\n");
            let t = pg("host=h", &e);
            assert_eq!(t.password, None, "{mode:o}");
            assert_eq!(t.warnings.len(), 1, "{mode:o}");
            assert!(
                t.warnings[0].contains("/home/osuser/.pgpass"),
                "{:?}",
                t.warnings
            );
            assert!(t.warnings[0].contains(&format!("{:04o}", mode & 0o7777)));
            assert!(t.warnings[0].contains("chmod 600"), "{:?}", t.warnings);
            assert!(!t.warnings[0].contains("filepw"));
        }
        // Not a regular file; unreadable; missing (silent).
        let t = pg("host=h", &env().file("/home/osuser/.pgpass", 0o040700, ""));
        assert_eq!((t.password.is_none(), t.warnings.len()), (true, 1));
        let mut e = env();
        e.files.insert(
            "/home/osuser/.pgpass".into(),
            FakeFile::Fails(io::ErrorKind::PermissionDenied),
        );
        let t = pg("host=h", &e);
        assert_eq!((t.password.is_none(), t.warnings.len()), (true, 1));
        assert!(t.warnings[0].contains("refused"), "{:?}", t.warnings);
        assert!(pg("host=h", &env()).warnings.is_empty());
        // The file is not looked at when the password is given.
        let e = env().file("/home/osuser/.pgpass", 0o100644, "*:*:*:*:x\n");
        assert!(pg("host=h password=p", &e).warnings.is_empty());
    }

    #[cfg(unix)]
    #[test]
    fn the_process_env_reads_a_real_file_with_its_mode() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("pgpass");
        std::fs::write(&path, "*:*:*:*:p\n").expect("write");
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).expect("chmod");
        let file = ProcessEnv.read_file(&path).expect("read");
        assert_eq!((file.mode & S_IFMT, file.mode & 0o777), (S_IFREG, 0o644));
        assert_eq!(file.text, "*:*:*:*:p\n");
        let folder = ProcessEnv.read_file(dir.path()).expect("stat");
        assert_ne!(folder.mode & S_IFMT, S_IFREG);
        assert!(folder.text.is_empty());
        let missing = ProcessEnv.read_file(&dir.path().join("none"));
        assert_eq!(missing.map_err(|e| e.kind()), Err(io::ErrorKind::NotFound));
        assert!(ProcessEnv.is_dir(dir.path()));
        assert!(!ProcessEnv.is_dir(&path));
    }

    // sslmode.

    #[test]
    fn sslmode_takes_libpq_values_and_allow_is_prefer() {
        for (text, mode) in [
            ("disable", SslMode::Disable),
            ("allow", SslMode::Prefer),
            ("prefer", SslMode::Prefer),
            ("require", SslMode::Require),
            ("verify-ca", SslMode::VerifyCa),
            ("verify-full", SslMode::VerifyFull),
        ] {
            assert_eq!(pg(&format!("host=h sslmode={text}"), &env()).sslmode, mode);
            assert_eq!(
                pg(&format!("postgres://h?sslmode={text}"), &env()).sslmode,
                mode
            );
            assert_eq!(pg("host=h", &env().var("PGSSLMODE", text)).sslmode, mode);
            if text != "allow" {
                assert_eq!(mode.as_str(), text);
            }
        }
        for bad in ["REQUIRE", "on", "true", "verify_full"] {
            let e = err(&format!("host=h sslmode={bad}"), &env());
            assert!(e.message.contains("sslmode"), "{e}");
            assert!(e.message.contains("verify-full"), "{e}");
        }
    }

    // Bad input.

    /// Each bad value is refused about `db`, as invalid, with a message
    /// that names what to fix and never shows the password.
    #[test]
    fn bad_input_names_db_and_never_shows_the_password() {
        let cases: &[(&str, &str)] = &[
            ("postgres://u:s3cr3t@h/d?sslmde=require", "`sslmde`"),
            ("postgres://u:s3cr3t@h/d?passwd=s3cr3t", "`passwd`"),
            ("host=h password=s3cr3t colour=red", "`colour`"),
            ("host=h passwd=s3cr3t", "`passwd`"),
            ("postgres://u:s3cr3t@h:0/d", "65535"),
            ("postgres://u:s3cr3t@h:65536/d", "65535"),
            ("postgres://u:s3cr3t@h:54x/d", "65535"),
            ("postgres://u:s3cr3t@h/d?port=-1", "65535"),
            ("host=h password=s3cr3t port=+5432", "65535"),
            ("host=h password=s3cr3t port=99999999999999999999", "65535"),
            ("host=h password=s3cr3t sslmode=maybe", "verify-full"),
            (
                "host=h password=s3cr3t connect_timeout=1.5",
                "connect_timeout",
            ),
            (
                "host=h password=s3cr3t connect_timeout=-1",
                "connect_timeout",
            ),
            ("host=h password='s3cr3t", "quote"),
            ("host='h password=s3cr3t", "quote"),
            ("host=h password=s3cr3t dbname", "key=value"),
            ("postgres://u:s3cr%3t@h/d", "%25"),
            ("postgres://u:s3cr3t%@h/d", "%25"),
            ("postgres://u:s3cr3t@h/d%zz", "%25"),
            ("postgres://u:s3cr3t@h/d?password=s3cr3t%0", "%25"),
            ("postgres://u:s3cr3t%00@h/d", "UTF-8"),
            ("postgres://u:s3cr3t@h/d%ff", "UTF-8"),
            ("postgres://u:s3cr3t@[::1/d", "[::1]"),
            ("postgres://u:s3cr3t@[::1]x/d", "[::1]"),
            ("postgres://u:s3cr3t@h1,h2/d", "one host"),
            ("host=h1,h2 password=s3cr3t", "one host"),
            ("postgres://u:s3cr3t@h:1,2/d", "one host"),
            ("postgres://u:s3cr3t@h/d?sslmode", "name=value"),
        ];
        for (value, hint) in cases {
            let e = err(value, &env());
            assert_eq!(e.kind, crate::error::ErrorKind::Invalid, "{value}");
            assert_eq!(e.subject, "db", "{value}");
            let shown = e.to_string();
            assert!(shown.starts_with("db: "), "{shown}");
            assert!(!shown.contains("s3cr3t"), "{value}: {shown}");
            assert!(!shown.contains("s3cr%3t"), "{value}: {shown}");
            assert!(shown.contains(hint), "{value}: {shown} lacks {hint}");
            assert!(!shown.contains('\n'), "{shown}");
            assert!(!format!("{e:?}").contains("s3cr3t"), "{value}");
        }
    }

    #[test]
    fn errors_show_the_input_or_the_variable_it_came_from() {
        let e = err("postgres://u:pw@h:x/d", &env());
        assert!(e.message.contains("postgres://u:***@h:x/d"), "{e}");
        let e = err("host=h password='pw' port=x", &env());
        assert!(e.message.contains("host=h password=*** port=x"), "{e}");
        let e = err("host=h", &env().var("PGPORT", "x"));
        assert!(e.message.contains("PGPORT=x"), "{e}");
        let e = err("host=h", &env().var("PGSSLMODE", "x"));
        assert!(e.message.contains("PGSSLMODE=x"), "{e}");
        let e = err("host=h", &env().var("PGCONNECT_TIMEOUT", "x"));
        assert!(e.message.contains("PGCONNECT_TIMEOUT=x"), "{e}");
        let e = err("port=1", &env().var("PGHOST", "a,b"));
        assert!(e.message.contains("PGHOST=a,b"), "{e}");
        // The string wins, so a bad variable it overrides is not looked at.
        assert_eq!(pg("host=h port=1", &env().var("PGPORT", "x")).port, 1);
        // In the part it is about.
        let e = err("postgres://u@h/d%zz", &env());
        assert!(e.message.contains("database name"), "{e}");
        let e = err("postgres://u:%zz@h/d", &env());
        assert!(e.message.contains("password"), "{e}");
    }

    #[test]
    fn a_port_is_a_number_from_1_to_65535() {
        assert_eq!(pg("host=h port=1", &env()).port, 1);
        assert_eq!(pg("host=h port=65535", &env()).port, 65535);
        assert_eq!(pg("host=h port=' 6543 '", &env()).port, 6543);
        assert_eq!(pg("postgres://h:05432", &env()).port, 5432);
        assert_eq!(pg("host=h", &env().var("PGPORT", "6000")).port, 6000);
        for bad in ["0", "65536", "abc", "-5", "5432x", "0x10", "1e3"] {
            let e = err(&format!("host=h port={bad}"), &env());
            assert!(e.message.contains("65535"), "{bad}: {e}");
        }
    }

    // What is shown.

    #[test]
    fn display_is_a_url_without_the_password() {
        let t = pg("postgres://admin:pw@db1:5433/abonent", &env());
        assert_eq!(t.display(), "postgres://admin@db1:5433/abonent");
        let t = pg("host=db1 user=admin dbname=abonent", &env());
        assert_eq!(t.display(), "postgres://admin@db1:5432/abonent");
        let t = pg("postgres://u@/d", &env().dir(SOCKET));
        assert_eq!(t.display(), "postgres://u@/d?host=/var/run/postgresql");
        let t = pg("host=/tmp port=5433 user=u dbname=d", &env());
        assert_eq!(t.display(), "postgres://u@/d?host=/tmp&port=5433");
        let t = pg("postgres://u@[::1]:6432/d", &env());
        assert_eq!(t.display(), "postgres://u@[::1]:6432/d");
        let t = pg("host=h user='a b@c' dbname='x/y?z'", &env());
        assert_eq!(t.display(), "postgres://a%20b%40c@h:5432/x%2Fy%3Fz");
    }

    #[test]
    fn display_parses_back_to_the_same_server() {
        for value in [
            "postgres://admin:pw@db1:5433/abonent",
            "host=/srv/my\\ pg port=6000 user='a:b' dbname='d&e=f'",
            "host=h user='ü@/?' dbname=%",
            "postgres://u@[fe80::1%25eth0]:1/d",
            "postgres:///d",
        ] {
            let t = pg(value, &env().dir(SOCKET));
            let back = pg(&t.display(), &env());
            assert_eq!(
                (&back.host, back.port, &back.user, &back.dbname),
                (&t.host, t.port, &t.user, &t.dbname),
                "{value} → {}",
                t.display()
            );
        }
    }

    #[test]
    fn no_password_is_ever_in_display_or_debug() {
        let targets = [
            pg("postgres://u:s3cr3t@h/d", &env()),
            pg("postgres://u@h/d?password=s3cr3t", &env()),
            pg("host=h password=s3cr3t", &env()),
            pg("host=h password='s3cr3t'", &env()),
            pg("host=h", &env().var("PGPASSWORD", "s3cr3t")),
            pg("host=h", &env().pgpass("*:*:*:*:s3cr3t\n")),
        ];
        for t in &targets {
            assert_eq!(pw(t), Some("s3cr3t"));
            assert!(!t.display().contains("s3cr3t"), "{}", t.display());
            let debug = format!("{t:?} {:?}", Location::Postgres(t.clone()));
            assert!(!debug.contains("s3cr3t"), "{debug}");
            assert!(debug.contains("(secret)"), "{debug}");
        }
    }

    #[test]
    fn redaction_hides_passwords_and_unknown_values_only() {
        assert_eq!(redact("postgres://u:pw@h/d"), "postgres://u:***@h/d");
        assert_eq!(redact("postgres://u:@h/d"), "postgres://u:@h/d");
        assert_eq!(
            redact("postgres://u@h/d?password=x&port=1"),
            "postgres://u@h/d?password=***&port=1"
        );
        assert_eq!(
            redact("postgres://h?pass%77ord=x&pw=y"),
            "postgres://h?pass%77ord=***&pw=***"
        );
        assert_eq!(
            redact("host=h  password = 'a b'  dbname=d pwd=x"),
            "host=h  password = ***  dbname=d pwd=***"
        );
        assert_eq!(redact("host=h password='open"), "host=h password=***");
    }

    #[test]
    fn the_part_is_named_in_both_languages() {
        use crate::i18n::{tr_in, Arg, Lang};
        let say = |lang, part: &str| {
            tr_in(
                lang,
                "location-bad-escape",
                &[
                    ("part", Arg::from(part)),
                    ("input", Arg::from("postgres://h/%zz")),
                ],
            )
            .into_string()
        };
        assert!(say(Lang::En, "dbname")
            .starts_with("bad percent-escape in the database name of postgres://h/%zz;"));
        assert!(say(Lang::Ru, "dbname")
            .starts_with("неверная %-последовательность в имени базы postgres://h/%zz;"));
        assert!(say(Lang::Ru, "password").contains("в пароле"));
    }

    proptest! {
        #[test]
        fn parse_never_panics(
            head in prop_oneof![
                Just(""), Just("postgres://"), Just("postgresql://u:p@"), Just("host="),
                Just("password='"), Just("dbname = "),
            ],
            tail in "\\PC*",
        ) {
            let value = format!("{head}{tail}");
            let e = env().dir(SOCKET).pgpass(&tail);
            let _ = Location::parse(&value, &e);
            let _ = Location::parse(&tail, &e);
        }

        /// Whatever else the URL holds, a password written in it never
        /// shows in `display()`, `Debug` or an error.
        #[test]
        fn a_url_password_is_never_shown(
            secret in "[^/]{4,24}",
            user in "[a-z%0-9]{0,6}",
            host in prop_oneof![
                Just(String::new()), "[a-z0-9.]{1,10}", Just("[::1]".into()),
                Just("[::1".into()), "h:[0-9a-z]{0,6}", Just("%2Ftmp".into()), Just("a,b".into()),
            ],
            dbname in "[a-z%0-9]{0,8}",
            query in prop_oneof![
                Just(String::new()), Just("?sslmode=require".into()), Just("?sslmode=x".into()),
                Just("?bogus=1".into()), Just("?port=x".into()), "\\?[a-z_=&%]{0,20}",
            ],
        ) {
            let with = |pw: &str| format!("postgres://{user}:{pw}@{host}/{dbname}{query}");
            let shown = |value: &str| match Location::parse(value, &env()) {
                Ok(Location::Postgres(t)) => format!("{} {t:?}", t.display()),
                Ok(other) => format!("{other:?}"),
                Err(e) => format!("{e} {e:?}"),
            };
            // A secret that the output would hold anyway (a word of the
            // message, the host) says nothing.
            prop_assume!(!shown(&with("pw")).contains(&secret));
            prop_assume!(!with("pw").contains(&secret));
            let out = shown(&with(&secret));
            prop_assert!(!out.contains(&secret), "{} → {}", with(&secret), out);
        }
    }
}
