//! The library's error type: every failure carries a kind (which decides the
//! exit code), the subject it is about (a field, a file, a command) and a
//! one-line message that says what would fix it.

use crate::i18n::Msg;
use std::fmt;

/// What went wrong, in the terms a caller acts on. The binary maps each kind
/// to one exit code (see `ErrorKind::exit_code`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// Internal or I/O failure.
    Internal,
    /// A rule, a checksum or a required field failed.
    Invalid,
    /// The subscriber (group, manager, setting…) does not exist.
    NotFound,
    /// Duplicate login, INN+KPP already registered, ambiguous reference.
    Conflict,
    /// The lookup service failed or is switched off.
    Lookup,
    /// The database stayed locked past the busy timeout.
    Busy,
}

impl ErrorKind {
    pub fn exit_code(self) -> u8 {
        match self {
            ErrorKind::Internal => 1,
            ErrorKind::Invalid => 3,
            ErrorKind::NotFound => 4,
            ErrorKind::Conflict => 5,
            ErrorKind::Lookup => 6,
            ErrorKind::Busy => 7,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            ErrorKind::Internal => "internal",
            ErrorKind::Invalid => "invalid",
            ErrorKind::NotFound => "not_found",
            ErrorKind::Conflict => "conflict",
            ErrorKind::Lookup => "lookup",
            ErrorKind::Busy => "busy",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    pub kind: ErrorKind,
    /// The field or object the message is about (`inn`, `login`, `database`).
    pub subject: String,
    pub message: String,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn new(kind: ErrorKind, subject: impl Into<String>, message: impl Into<Msg>) -> Self {
        Error {
            kind,
            subject: subject.into(),
            message: message.into().into_string(),
        }
    }
    pub fn invalid(subject: impl Into<String>, message: impl Into<Msg>) -> Self {
        Self::new(ErrorKind::Invalid, subject, message)
    }
    pub fn not_found(subject: impl Into<String>, message: impl Into<Msg>) -> Self {
        Self::new(ErrorKind::NotFound, subject, message)
    }
    pub fn conflict(subject: impl Into<String>, message: impl Into<Msg>) -> Self {
        Self::new(ErrorKind::Conflict, subject, message)
    }
    pub fn internal(subject: impl Into<String>, message: impl Into<Msg>) -> Self {
        Self::new(ErrorKind::Internal, subject, message)
    }
    pub fn lookup(subject: impl Into<String>, message: impl Into<Msg>) -> Self {
        Self::new(ErrorKind::Lookup, subject, message)
    }
    /// The database stayed locked past the busy timeout.
    pub fn busy() -> Self {
        Self::new(ErrorKind::Busy, "database", crate::t!("error-busy"))
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.subject, self.message)
    }
}

impl std::error::Error for Error {}

impl Error {
    /// True for a closed stdout (`abonent … | head`), which is not a failure.
    pub fn is_broken_pipe(&self) -> bool {
        use crate::i18n::{tr_in, Lang};
        self.kind == ErrorKind::Internal
            && self.subject == "stdout"
            && [Lang::En, Lang::Ru]
                .iter()
                .any(|&l| self.message == tr_in(l, "error-broken-pipe", &[]).as_str())
    }
}

impl Error {
    /// A failed write to stdout: a closed pipe is [`Error::is_broken_pipe`],
    /// anything else names stdout and the system's reason.
    pub fn stdout(e: std::io::Error) -> Self {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            return Error::internal("stdout", crate::t!("error-broken-pipe"));
        }
        Error::internal(
            "stdout",
            crate::t!("error-io", reason = e.to_string().to_lowercase()),
        )
    }
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            return Error::internal("stdout", crate::t!("error-broken-pipe"));
        }
        Error::internal(
            "io",
            crate::t!("error-io", reason = e.to_string().to_lowercase()),
        )
    }
}
