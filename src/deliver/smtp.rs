//! E-mail over SMTP with lettre, TLS by rustls (the same rustls and `ring`
//! that reqwest already builds, verified against the bundled web PKI roots).
//!
//! The URL decides how the connection is secured, and there is no way for
//! a server to talk it down: `smtps://host[:465]` is TLS from the first
//! byte; `smtp://host[:25]` and `smtp://host:587` must upgrade with
//! STARTTLS, and a server that does not offer it, refuses it or fails the
//! handshake gets no MAIL FROM, let alone the letter. Plain text only with
//! `tls = none` given explicitly, and then a password is only sent to a
//! server on this machine (loopback).

use super::template::Letter;
use super::{DeliveryError, Via};
use crate::error::{Error, Result};
use crate::i18n::Msg;
use crate::t;
use lettre::message::header::ContentType;
use lettre::message::{Mailbox, Message};
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Tls, TlsParameters};
use lettre::{Address, SmtpTransport, Transport};
use std::fmt;
use std::time::Duration;

/// Whether the connection must be encrypted (setting `smtp.tls`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TlsPolicy {
    /// `smtps://`: implicit TLS; `smtp://`: STARTTLS or nothing is sent.
    #[default]
    Required,
    /// Plain `smtp://`, unencrypted: only for a relay on a trusted network,
    /// and only when set explicitly (`smtp.tls = none`).
    None,
}

impl TlsPolicy {
    /// `required` (the default) or `none`.
    pub fn parse(s: &str) -> Result<TlsPolicy> {
        match s.trim() {
            "" | "required" => Ok(TlsPolicy::Required),
            "none" => Ok(TlsPolicy::None),
            other => Err(Error::invalid(
                "smtp.tls",
                t!("smtp-tls-unknown", value = format!("{other:?}")),
            )),
        }
    }
}

/// How to reach the mail server. The password is never printed: `Debug`
/// shows a placeholder, and errors cut it out of what the server said.
#[derive(Clone)]
pub struct Smtp {
    /// `smtp://host:25`, `smtp://host:587` (both STARTTLS), `smtps://host:465`.
    pub url: String,
    /// Login for AUTH; `None` sends without authenticating.
    pub user: Option<String>,
    /// From the host (`ABONENT_SMTP_PASSWORD` or the host configuration), never from the database.
    pub password: Option<String>,
    /// The sender: `billing@isp.ru` or `ISP <billing@isp.ru>`.
    pub from: String,
    /// Bounds the connection and each read and write on it.
    pub timeout: Duration,
    pub tls: TlsPolicy,
}

impl fmt::Debug for Smtp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Smtp")
            .field("url", &self.url)
            .field("user", &self.user)
            .field("password", &self.password.as_ref().map(|_| "<redacted>"))
            .field("from", &self.from)
            .field("timeout", &self.timeout)
            .field("tls", &self.tls)
            .finish()
    }
}

/// The parsed `smtp.url`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoint {
    pub implicit_tls: bool,
    pub host: String,
    pub port: u16,
}

impl fmt::Display for Endpoint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.host.contains(':') {
            write!(f, "[{}]:{}", self.host, self.port)
        } else {
            write!(f, "{}:{}", self.host, self.port)
        }
    }
}

impl Endpoint {
    pub fn parse(url: &str) -> Result<Endpoint> {
        let bad =
            |why: Msg| Error::invalid("smtp.url", t!("smtp-url-bad", why = why.into_string()));
        let url = url.trim();
        let (implicit_tls, rest) = if let Some(rest) = url.strip_prefix("smtps://") {
            (true, rest)
        } else if let Some(rest) = url.strip_prefix("smtp://") {
            (false, rest)
        } else {
            return Err(bad(t!("smtp-url-scheme")));
        };
        let rest = rest.strip_suffix('/').unwrap_or(rest);
        if rest.contains('@') {
            return Err(bad(t!("smtp-url-user")));
        }
        if rest.contains(['/', '?', '#']) || rest.chars().any(char::is_whitespace) {
            return Err(bad(t!("smtp-url-extra")));
        }
        let (host, port) = if let Some(v6) = rest.strip_prefix('[') {
            let (host, after) = v6.split_once(']').ok_or_else(|| bad(t!("smtp-url-ipv6")))?;
            (host, after.strip_prefix(':'))
        } else {
            match rest.rsplit_once(':') {
                Some((h, p)) => (h, Some(p)),
                None => (rest, None),
            }
        };
        if host.is_empty() {
            return Err(bad(t!("smtp-url-no-host")));
        }
        let port = match port {
            None => {
                if implicit_tls {
                    465
                } else {
                    25
                }
            }
            Some(p) => p
                .parse::<u16>()
                .ok()
                .filter(|&p| p != 0)
                .ok_or_else(|| bad(t!("smtp-url-port", port = format!("{p:?}"))))?,
        };
        Ok(Endpoint {
            implicit_tls,
            host: host.to_string(),
            port,
        })
    }

    fn is_loopback(&self) -> bool {
        self.host == "localhost"
            || self
                .host
                .parse::<std::net::IpAddr>()
                .is_ok_and(|ip| ip.is_loopback())
    }
}

impl Smtp {
    /// The transport for this configuration: checked, nothing connected.
    fn transport(&self) -> Result<(SmtpTransport, Endpoint)> {
        let endpoint = Endpoint::parse(&self.url)?;
        let tls = match (self.tls, endpoint.implicit_tls) {
            (TlsPolicy::None, true) => {
                return Err(Error::invalid("smtp.tls", t!("smtp-tls-contradicts")))
            }
            (TlsPolicy::None, false) => Tls::None,
            (TlsPolicy::Required, implicit) => {
                let params = TlsParameters::new(endpoint.host.clone()).map_err(|e| {
                    Error::internal(
                        "smtp",
                        t!(
                            "smtp-tls-setup",
                            endpoint = endpoint.to_string(),
                            reason = e.to_string()
                        ),
                    )
                })?;
                if implicit {
                    Tls::Wrapper(params)
                } else {
                    Tls::Required(params)
                }
            }
        };
        let mut builder = SmtpTransport::builder_dangerous(endpoint.host.clone())
            .port(endpoint.port)
            .timeout(Some(self.timeout))
            .tls(tls);
        if let Some(user) = self.user.as_deref().filter(|u| !u.is_empty()) {
            if self.tls == TlsPolicy::None && !endpoint.is_loopback() {
                return Err(Error::invalid(
                    "smtp.tls",
                    t!("smtp-clear-password", endpoint = endpoint.to_string()),
                ));
            }
            let password = self
                .password
                .clone()
                .ok_or_else(|| Error::invalid("smtp.password", t!("smtp-password-missing")))?;
            builder = builder.credentials(Credentials::new(user.to_string(), password));
        }
        Ok((builder.build(), endpoint))
    }

    /// The sender, checked.
    fn sender(&self) -> Result<Mailbox> {
        self.from.trim().parse::<Mailbox>().map_err(|e| {
            Error::invalid(
                "smtp.from",
                t!(
                    "smtp-from-bad",
                    from = format!("{:?}", self.from),
                    reason = e.to_string()
                ),
            )
        })
    }
}

/// Builds the message: `From` the sender, `To` the subscriber by name (both
/// encoded per RFC 2047 by lettre when not ASCII), a one-line subject and a
/// UTF-8 plain text body.
pub fn message(smtp: &Smtp, to: &str, name: &str, letter: &Letter) -> Result<Message> {
    let address = to
        .trim()
        .parse::<Address>()
        .map_err(|_| Error::invalid("email", t!("smtp-to-bad", to = format!("{to:?}"))))?;
    // A card's name is one line; a line break in it must not start a header.
    let name: String = name
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let name = name.trim();
    let to = Mailbox::new((!name.is_empty()).then(|| name.to_string()), address);
    Message::builder()
        .from(smtp.sender()?)
        .to(to)
        .subject(letter.subject.clone())
        .message_id(None)
        .header(ContentType::TEXT_PLAIN)
        .body(letter.body.clone())
        .map_err(|e| Error::internal("smtp", t!("smtp-build-failed", reason = e.to_string())))
}

/// Sends `letter` to `to` (shown as `name`). A bad address or setting is
/// [`DeliveryError::Invalid`] and nothing is connected; a server that fails
/// is [`DeliveryError::Failed`]: one line, "host:port: reason", with neither
/// the SMTP password nor anything of the letter's body in it.
pub fn send_email(
    smtp: &Smtp,
    to: &str,
    name: &str,
    letter: &Letter,
) -> std::result::Result<(), DeliveryError> {
    let message = message(smtp, to, name, letter).map_err(DeliveryError::Invalid)?;
    let (transport, endpoint) = smtp.transport().map_err(DeliveryError::Invalid)?;
    transport.send(&message).map(|_| ()).map_err(|e| {
        // lettre's Display already appends its direct source; add deeper ones.
        let mut reason = e.to_string();
        let mut source = std::error::Error::source(&e).and_then(|s| s.source());
        while let Some(s) = source {
            reason.push_str(&format!(": {s}"));
            source = s.source();
        }
        if timed_out(&e) {
            // A read past SO_RCVTIMEO says "resource temporarily unavailable".
            reason = t!(
                "smtp-timeout",
                secs = smtp.timeout.as_secs_f64().to_string()
            )
            .into_string();
        }
        let mut reason: String = reason
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        // What a server says may quote anything it was sent.
        for secret in [smtp.password.as_deref(), Some(letter.secret())] {
            if let Some(secret) = secret.filter(|s| !s.is_empty()) {
                reason = reason.replace(secret, "<redacted>");
            }
        }
        let message = t!(
            "smtp-failed",
            endpoint = endpoint.to_string(),
            reason = reason
        )
        .into_string();
        if refuses_the_address(&e) {
            DeliveryError::Refused {
                via: Via::Email,
                message,
            }
        } else {
            DeliveryError::Failed {
                via: Via::Email,
                message,
            }
        }
    })
}

/// Whether the server refused the recipient for good: 550 (mailbox
/// unavailable), 551 (user not local) or 553 (mailbox name not allowed),
/// RFC 5321 §4.2.2. Other permanent replies (554 to the letter, 535 to the
/// login) say nothing about the address.
fn refuses_the_address(e: &lettre::transport::smtp::Error) -> bool {
    e.is_permanent()
        && e.status()
            .is_some_and(|code| matches!(u16::from(code), 550 | 551 | 553))
}

/// Whether a read or write ran past the timeout somewhere in the chain.
fn timed_out(e: &lettre::transport::smtp::Error) -> bool {
    if e.is_timeout() {
        return true;
    }
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        if let Some(io) = s.downcast_ref::<std::io::Error>() {
            if matches!(
                io.kind(),
                std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
            ) {
                return true;
            }
        }
        source = s.source();
    }
    false
}

#[cfg(test)]
mod tests;
