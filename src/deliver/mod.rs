//! Delivering a subscriber's credentials: the texts ([`template`]: the
//! letter, the SMS, the printed memo), the channels ([`smtp`] e-mail,
//! [`sms`] through the admin's program, the memo written by the caller),
//! and masked addresses for the history ([`mask`]). It knows nothing of
//! cards, settings or the database: the caller reads the settings and
//! templates, makes the password, and records what happened.
//!
//! The password passes through here only as a template variable and in the
//! rendered text; no `Debug`, error or message of this module carries it.

pub mod mask;
pub mod sms;
pub mod smtp;
pub mod template;

// One SMTP test server for the unit tests here and the integration tests.
#[cfg(test)]
#[path = "../../tests/it/support/smtp_server.rs"]
mod testserver;

pub use mask::{mask_email, mask_phone};
pub use sms::SmsCommand;
pub use smtp::{send_email, Endpoint, Smtp, TlsPolicy};
pub use template::{Letter, Overrides, Templates, Vars};

use crate::error::{Error, ErrorKind};
use crate::t;
use std::fmt;
use std::time::Duration;

/// How the credentials go out (`--via email|sms|print`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Via {
    Email,
    Sms,
    /// The memo, written to stdout or a file by the caller.
    Print,
}

impl Via {
    pub fn parse(s: &str) -> crate::Result<Via> {
        match s {
            "email" => Ok(Via::Email),
            "sms" => Ok(Via::Sms),
            "print" => Ok(Via::Print),
            other => Err(Error::invalid(
                "via",
                t!("deliver-via-unknown", value = format!("{other:?}")),
            )),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Via::Email => "email",
            Via::Sms => "sms",
            Via::Print => "print",
        }
    }

    /// The kind of the card's contact it sends to.
    pub fn contact_kind(self) -> Option<&'static str> {
        match self {
            Via::Email => Some("email"),
            Via::Sms => Some("phone"),
            Via::Print => None,
        }
    }

    /// The subject of its service's errors.
    fn service(self) -> &'static str {
        match self {
            Via::Email => "smtp",
            Via::Sms => "sms",
            Via::Print => "memo",
        }
    }
}

/// Why a delivery did not happen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DeliveryError {
    /// A setting, a template or the address is wrong; nothing was tried.
    /// Keeps its own kind (mostly `Invalid`, exit 3).
    Invalid(Error),
    /// The server or the program failed (exit 6, "external service
    /// failed"): one line naming it and the reason.
    Failed { via: Via, message: String },
    /// The mail server refused the recipient's address for good (550, 551
    /// or 553 to RCPT TO: no such mailbox). Exit 6 like `Failed`; the
    /// caller marks that contact unconfirmed.
    Refused { via: Via, message: String },
}

impl fmt::Display for DeliveryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DeliveryError::Invalid(e) => e.fmt(f),
            DeliveryError::Failed { via, message } | DeliveryError::Refused { via, message } => {
                write!(f, "{}: {message}", via.service())
            }
        }
    }
}

impl std::error::Error for DeliveryError {}

impl From<DeliveryError> for Error {
    fn from(e: DeliveryError) -> Error {
        match e {
            DeliveryError::Invalid(e) => e,
            // The message came from the catalogue when the failure was made.
            DeliveryError::Failed { via, message } | DeliveryError::Refused { via, message } => {
                Error {
                    kind: ErrorKind::Lookup,
                    subject: via.service().to_string(),
                    message,
                }
            }
        }
    }
}

impl From<Error> for DeliveryError {
    /// Lookup errors (the channel's service failed) become `Failed`, the
    /// rest `Invalid`.
    fn from(e: Error) -> DeliveryError {
        match (e.kind, e.subject.as_str()) {
            (ErrorKind::Lookup, "sms") => DeliveryError::Failed {
                via: Via::Sms,
                message: e.message,
            },
            (ErrorKind::Lookup, "smtp") => DeliveryError::Failed {
                via: Via::Email,
                message: e.message,
            },
            _ => DeliveryError::Invalid(e),
        }
    }
}

/// The SMS side's configuration.
#[derive(Debug, Clone)]
pub struct Sms {
    /// Setting `sms.command`, parsed (syntax at [`SmsCommand`]).
    pub command: SmsCommand,
    /// Setting `sms.timeout`: the program is killed after it.
    pub timeout: Duration,
}

/// Where one delivery goes: an e-mail address (with the name it is shown
/// under), a phone number, or the memo.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Recipient {
    Email { address: String, name: String },
    Phone(String),
    Print,
}

impl Recipient {
    pub fn via(&self) -> Via {
        match self {
            Recipient::Email { .. } => Via::Email,
            Recipient::Phone(_) => Via::Sms,
            Recipient::Print => Via::Print,
        }
    }

    /// The address as the history records it: `i…@x.ru`, `+7912…89`.
    pub fn masked(&self) -> String {
        match self {
            Recipient::Email { address, .. } => mask_email(address),
            Recipient::Phone(p) => mask_phone(p),
            Recipient::Print => "print".to_string(),
        }
    }
}

/// What a delivery produced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Delivered {
    /// Sent; the masked address for the history ("credentials sent by
    /// email to i…@x.ru").
    Sent { via: Via, to_masked: String },
    /// The memo's text, for the caller to write (stdout or a 0600 file).
    Memo(String),
}

/// Everything a send needs besides the card: the templates and the
/// configured channels (`None` when its settings are absent, which makes
/// that channel an `Invalid` error naming the setting to set).
#[derive(Debug, Clone, Default)]
pub struct Delivery {
    pub templates: Templates,
    pub smtp: Option<Smtp>,
    pub sms: Option<Sms>,
}

impl Delivery {
    /// Renders the channel's text from `vars` and sends it to `to`.
    pub fn deliver(&self, to: &Recipient, vars: &Vars) -> Result<Delivered, DeliveryError> {
        match to {
            Recipient::Email { address, name } => {
                let smtp = self.smtp.as_ref().ok_or_else(|| {
                    DeliveryError::Invalid(Error::invalid(
                        "smtp.url",
                        t!("deliver-smtp-url-not-set"),
                    ))
                })?;
                let letter = self
                    .templates
                    .letter(vars)
                    .map_err(DeliveryError::Invalid)?;
                send_email(smtp, address, name, &letter)?;
            }
            Recipient::Phone(phone) => {
                let sms = self.sms.as_ref().ok_or_else(|| {
                    DeliveryError::Invalid(Error::invalid(
                        "sms.command",
                        t!("deliver-sms-command-not-set"),
                    ))
                })?;
                let text = self.templates.sms(vars).map_err(DeliveryError::Invalid)?;
                sms.command.send(phone, &text, sms.timeout)?;
            }
            Recipient::Print => {
                return self
                    .templates
                    .memo(vars)
                    .map(Delivered::Memo)
                    .map_err(DeliveryError::Invalid)
            }
        }
        Ok(Delivered::Sent {
            via: to.via(),
            to_masked: to.masked(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vars() -> Vars {
        Vars {
            display_name: "Петров Пётр".into(),
            login: "petrov".into(),
            password: "Pw-9f3kQ".into(),
            cabinet_url: "https://lk.example.ru".into(),
            operator_name: "Связь".into(),
            operator_phone: "+7 495 000-00-00".into(),
        }
    }

    #[test]
    fn failures_map_to_lookup_exit_6_with_service_subject() {
        let e: Error = DeliveryError::Failed {
            via: Via::Email,
            message: "mx:25: refused".into(),
        }
        .into();
        assert_eq!((e.kind, e.subject.as_str()), (ErrorKind::Lookup, "smtp"));
        assert_eq!(e.kind.exit_code(), 6);
        let exited = t!("sms-program-failed", program = "x", reason = "exited");
        let e: Error = DeliveryError::from(Error::lookup("sms", exited)).into();
        assert_eq!((e.kind, e.subject.as_str()), (ErrorKind::Lookup, "sms"));
        let e: Error = DeliveryError::from(Error::invalid("phone", t!("sms-phone-bad"))).into();
        assert_eq!((e.kind, e.subject.as_str()), (ErrorKind::Invalid, "phone"));
    }

    #[test]
    fn unconfigured_channel_is_invalid_naming_the_setting() {
        let d = Delivery::default();
        let email = Recipient::Email {
            address: "a@b.ru".into(),
            name: String::new(),
        };
        match d.deliver(&email, &vars()) {
            Err(DeliveryError::Invalid(e)) => assert_eq!(e.subject, "smtp.url"),
            other => panic!("{other:?}"),
        }
        match d.deliver(&Recipient::Phone("+79123456789".into()), &vars()) {
            Err(DeliveryError::Invalid(e)) => assert_eq!(e.subject, "sms.command"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn print_returns_the_memo_and_sms_reports_masked_number() {
        let d = Delivery::default();
        match d.deliver(&Recipient::Print, &vars()).unwrap() {
            Delivered::Memo(m) => assert!(m.contains("Пароль: Pw-9f3kQ"), "{m}"),
            other => panic!("{other:?}"),
        }
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("stdin");
        let script = dir.path().join("gw");
        std::fs::write(&script, format!("#!/bin/sh\ncat > '{}'\n", out.display())).unwrap();
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
        let d = Delivery {
            sms: Some(Sms {
                command: SmsCommand::parse(&script.display().to_string()).unwrap(),
                timeout: Duration::from_secs(10),
            }),
            ..Delivery::default()
        };
        let got = d
            .deliver(&Recipient::Phone("+79123456789".into()), &vars())
            .unwrap();
        assert_eq!(
            got,
            Delivered::Sent {
                via: Via::Sms,
                to_masked: "+7912…89".into()
            }
        );
        let text = std::fs::read_to_string(out).unwrap();
        assert_eq!(
            text,
            "Связь: логин petrov, пароль Pw-9f3kQ, вход: https://lk.example.ru"
        );
    }

    #[test]
    fn via_parses_the_three_channels() {
        for v in [Via::Email, Via::Sms, Via::Print] {
            assert_eq!(Via::parse(v.as_str()).unwrap(), v);
        }
        assert_eq!(Via::parse("fax").unwrap_err().subject, "via");
    }
}
