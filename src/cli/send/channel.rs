//! The channel a delivery goes through, made ready (and refused) before
//! any password is replaced: the letter's templates from the settings, the
//! mail server or the SMS program, and the values every text carries.

use super::super::host::Host;
use crate::core::credentials::Via;
use crate::core::settings::Settings;
use crate::deliver::{self, Delivery, Overrides, Templates, Vars};
use crate::error::{Error, Result};
use crate::i18n::Msg;
use crate::t;
use std::path::PathBuf;
use std::time::Duration;

/// What a delivery needs, checked before a password is made: the
/// templates and the configured channel ([`deliver::Delivery`]), the
/// settings' values every text carries, and where a memo goes.
pub struct Channel {
    pub(super) via: Via,
    pub(super) delivery: Delivery,
    pub(super) vars: Vars,
    pub(super) output: Option<PathBuf>,
}

/// The mail server from the settings; the password only from the host
/// (`ABONENT_SMTP_PASSWORD`, or the variable or owner-only file the host
/// configuration names), never from the database.
fn smtp_of(settings: &Settings, host: &Host) -> Result<deliver::Smtp> {
    let url = settings.get("smtp.url").trim();
    if url.is_empty() {
        return Err(Error::invalid("smtp.url", t!("smtp-url-not-set")));
    }
    deliver::Endpoint::parse(url)?;
    let from = settings.get("smtp.from").trim();
    if from.is_empty() {
        return Err(Error::invalid("smtp.from", t!("smtp-from-not-set")));
    }
    let user = settings.get("smtp.user").trim();
    Ok(deliver::Smtp {
        url: url.to_string(),
        user: (!user.is_empty()).then(|| user.to_string()),
        password: host.smtp_password()?.filter(|p| !p.is_empty()),
        from: from.to_string(),
        timeout: Duration::from_secs(settings.int("smtp.timeout").max(1) as u64),
        tls: deliver::TlsPolicy::parse(settings.get("smtp.tls"))?,
    })
}

/// The SMS program from the settings.
fn sms_of(settings: &Settings) -> Result<deliver::Sms> {
    let command = settings.get("sms.command");
    if command.trim().is_empty() {
        return Err(Error::invalid("sms.command", t!("sms-command-not-set")));
    }
    Ok(deliver::Sms {
        command: deliver::SmsCommand::parse(command)?,
        timeout: Duration::from_secs(settings.int("sms.timeout").max(1) as u64),
    })
}

impl Channel {
    /// The texts alone (for a preview), without the server or the program.
    pub(super) fn ready_texts(settings: &Settings, via: Via) -> Result<Channel> {
        Channel::build(settings, via, None, None)
    }

    pub fn ready(
        settings: &Settings,
        host: &Host,
        via: Via,
        output: Option<PathBuf>,
    ) -> Result<Channel> {
        Channel::build(settings, via, output, Some(host))
    }

    /// `host` is given when the channel sends (then the server or the
    /// program is checked too), not for a preview.
    fn build(
        settings: &Settings,
        via: Via,
        output: Option<PathBuf>,
        host: Option<&Host>,
    ) -> Result<Channel> {
        let send = host.is_some();
        if output.is_some() && via != Via::Print {
            return Err(Error::invalid("output", t!("send-output-only-print")));
        }
        let read = |key: &str| -> Result<Option<String>> {
            let path = settings.get(key).trim();
            if path.is_empty() {
                return Ok(None);
            }
            read_template(key, path).map(Some)
        };
        let text = |key: &str| {
            let v = settings.get(key);
            (!v.trim().is_empty()).then(|| v.to_string())
        };
        let templates = Templates::new(Overrides {
            lang: deliver::template::letter_lang(settings.get("letter.lang"))?,
            subject: text("letter.credentials.subject"),
            body: read("letter.credentials.template")?,
            sms: text("letter.credentials.sms"),
            memo: None,
        })?;
        let vars = Vars {
            cabinet_url: settings.get("cabinet.url").to_string(),
            operator_name: settings.get("operator.name").to_string(),
            operator_phone: settings.get("operator.phone").to_string(),
            ..Vars::default()
        };
        // A template that fails (an unknown variable) fails here, before a
        // password is replaced.
        templates.render_check(via, &vars.with_sample_card())?;
        let delivery = Delivery {
            templates,
            smtp: match host {
                Some(host) if via == Via::Email => Some(smtp_of(settings, host)?),
                _ => None,
            },
            sms: (send && via == Via::Sms)
                .then(|| sms_of(settings))
                .transpose()?,
        };
        Ok(Channel {
            via,
            delivery,
            vars,
            output,
        })
    }
}

/// The largest letter template read from a file.
const TEMPLATE_MAX: u64 = 64 * 1024;

fn read_template(key: &str, path: &str) -> Result<String> {
    use super::super::files::{read_small, Unread};
    let bad =
        |why: Msg| Error::invalid(key, t!("path-problem", path = path, problem = why.as_str()));
    read_small(std::path::Path::new(path), TEMPLATE_MAX, true)
        .map(|(text, _)| text)
        .map_err(|e| {
            bad(match e {
                Unread::NotRegular | Unread::Link => t!("file-not-regular"),
                Unread::TooBig => t!("template-too-big", max = TEMPLATE_MAX),
                Unread::NotUtf8 => t!("file-not-utf8"),
                Unread::Open(e) | Unread::Examine(e) | Unread::Read(e) => {
                    t!("file-cannot-read", reason = e.to_string())
                }
            })
        })
}
