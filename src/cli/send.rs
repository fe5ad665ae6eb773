//! `abonent subscriber send-credentials` and `subscriber add
//! --send-credentials`: a new password made for delivery, committed with
//! its pending mark, then sent by SMS or e-mail, or printed as a memo. The
//! password reaches only the letter, the SMS or the memo: nothing this
//! command prints to stdout or stderr carries it.

use super::files::{Protected, Replace, Staged};
use super::{Ctx, Outcome};
use crate::core::credentials::{recipient, Issued, Via};
use crate::core::settings::Settings;
use crate::core::Registry;
use crate::deliver::{self, Overrides, Templates, Vars};
use crate::error::{Error, ErrorKind, Result};
use clap::{Args, ValueEnum};
use std::io::Write;
use std::path::PathBuf;
use std::time::Duration;

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ViaArg {
    Email,
    Sms,
    Print,
}

impl From<ViaArg> for Via {
    fn from(v: ViaArg) -> Via {
        match v {
            ViaArg::Email => Via::Email,
            ViaArg::Sms => Via::Sms,
            ViaArg::Print => Via::Print,
        }
    }
}

#[derive(Debug, Args)]
pub struct SendArgs {
    /// Id, login, uid, or inn:NNNN[/KPP]
    #[arg(
        value_name = "REF",
        required_unless_present = "pending",
        conflicts_with = "pending"
    )]
    pub reference: Option<String>,
    /// Every card whose credentials are pending delivery (a failed or interrupted send), each by its own channel unless --via
    #[arg(long)]
    pub pending: bool,
    /// How: email, sms, or print (a memo on stdout or in --output)
    #[arg(long, value_enum, required_unless_present = "pending")]
    pub via: Option<ViaArg>,
    /// One of the card's own e-mails or phones (default: the first e-mail, or the first mobile for sms)
    #[arg(long, value_name = "ADDRESS")]
    pub to: Option<String>,
    /// Make the new password without asking (needed when not at a terminal; --yes is not enough)
    #[arg(long)]
    pub force: bool,
    /// With --via print: write the memo to this new file (mode 0600) instead of stdout
    #[arg(long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// `subscriber send-credentials`: a reset, so it asks at a terminal and
/// needs `--force` elsewhere.
pub fn send_credentials(ctx: &Ctx, a: SendArgs) -> Outcome {
    if a.pending {
        return send_pending(ctx, &a);
    }
    let (Some(reference), Some(via)) = (a.reference.as_deref(), a.via) else {
        return Err(Error::invalid("via", "give REF and --via, or --pending").into());
    };
    let via = Via::from(via);
    let mut reg = ctx.open()?;
    let card = reg.show(reference)?;
    // Everything that can refuse runs before the old password is replaced.
    let to = recipient(&card, via, a.to.as_deref())?;
    let channel = Channel::ready(reg.settings(), via, a.output.clone())?;
    if !a.force {
        let question = format!(
            "Make a new password for {} ({}) and send it by {}? The old one stops working",
            card.display_name,
            card.login.as_deref().unwrap_or("-"),
            via.as_str()
        );
        if !ctx.can_prompt() {
            return Err(Error::conflict(
                "force",
                "send-credentials makes a new password and the old one stops working; repeat with --force (--yes only turns prompts off)",
            )
            .into());
        }
        let yes = dialoguer::Confirm::new()
            .with_prompt(question)
            .default(false)
            .interact()
            .map_err(|e| Error::internal("prompt", e.to_string()))?;
        if !yes {
            return Err(Error::invalid("force", "not confirmed; nothing changed").into());
        }
    }
    let issued = reg.issue_credentials(reference, via)?;
    deliver_issued(ctx, &mut reg, &channel, issued, to.as_deref())?;
    Ok(0)
}

/// `send-credentials --pending --force`: each card whose credentials did
/// not arrive gets a new password, sent by its own pending channel (or
/// `--via`). One failure does not stop the others; the exit is 6 when any
/// failed.
fn send_pending(ctx: &Ctx, a: &SendArgs) -> Outcome {
    if !a.force {
        return Err(Error::conflict(
            "force",
            "send-credentials --pending makes a new password for every pending card; repeat with --force",
        )
        .into());
    }
    if a.output.is_some() || a.to.is_some() {
        return Err(Error::invalid("pending", "--pending sends each card to its own first contact; --to and --output are for one card").into());
    }
    let mut reg = ctx.open()?;
    let query = crate::store::listing::ListQuery {
        credentials_pending: true,
        archived: Some(false),
        ..Default::default()
    };
    let cards = reg.list(query, None)?;
    let (mut sent, mut failed) = (0u64, Vec::new());
    for card in cards {
        let via = match (
            a.via,
            card.credentials_pending
                .as_deref()
                .and_then(|v| Via::parse(v).ok()),
        ) {
            (Some(v), _) => Via::from(v),
            (None, Some(v)) => v,
            (None, None) => Via::Print,
        };
        let login = card.login.clone().unwrap_or_else(|| card.id.to_string());
        let attempt = (|| -> Result<()> {
            let to = recipient(&card, via, None)?;
            let channel = Channel::ready(reg.settings(), via, None)?;
            let issued = reg.issue_credentials(&card.id.to_string(), via)?;
            deliver_issued(ctx, &mut reg, &channel, issued, to.as_deref())
        })();
        match attempt {
            Ok(()) => sent += 1,
            Err(e) => {
                ctx.out.warn(&format!("{login}: {}", e.message));
                failed.push(login);
            }
        }
    }
    ctx.out.note(&format!(
        "pending credentials: {sent} sent, {} failed",
        failed.len()
    ));
    if failed.is_empty() {
        Ok(0)
    } else {
        Err(Error::new(
            ErrorKind::Lookup,
            "send",
            format!(
                "{} card(s) still pending: {}",
                failed.len(),
                failed.join(", ")
            ),
        )
        .into())
    }
}

#[derive(Debug, clap::Subcommand)]
pub enum LetterCmd {
    /// Render the credentials letter (or SMS, or memo) for a card with a sample password, to check a template
    Preview {
        /// Id, login, uid, or inn:NNNN[/KPP]
        #[arg(value_name = "REF")]
        reference: String,
        /// Which text: email (subject and body), sms, or print (the memo)
        #[arg(long, value_enum, default_value = "email")]
        via: ViaArg,
    },
}

/// The sample password a preview shows instead of a real one.
const SAMPLE_PASSWORD: &str = "(пароль)";

pub fn letter(ctx: &Ctx, cmd: LetterCmd) -> Outcome {
    let LetterCmd::Preview { reference, via } = cmd;
    let via = Via::from(via);
    let reg = ctx.open()?;
    let card = reg.show(&reference)?;
    let channel = Channel::ready_texts(reg.settings(), via)?;
    let vars = Vars {
        display_name: card.display_name.clone(),
        login: card.login.clone().unwrap_or_default(),
        password: SAMPLE_PASSWORD.to_string(),
        ..channel.vars.clone()
    };
    let text = match via {
        Via::Email => {
            let letter = channel.templates.letter(&vars)?;
            format!("Subject: {}\n\n{}", letter.subject, letter.body)
        }
        Via::Sms => channel.templates.sms(&vars)?,
        Via::Print => channel.templates.memo(&vars)?,
    };
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())
        .and_then(|()| {
            if text.ends_with('\n') {
                Ok(())
            } else {
                out.write_all(b"\n")
            }
        })
        .map_err(|e| Error::internal("stdout", e.to_string()))?;
    Ok(0)
}

/// What a delivery needs, checked before a password is made.
pub struct Channel {
    via: Via,
    templates: Templates,
    vars: Vars,
    sms: Option<(deliver::SmsCommand, Duration)>,
    smtp: Option<deliver::Smtp>,
    output: Option<PathBuf>,
}

/// The mail server from the settings; the password only from
/// `ABONENT_SMTP_PASSWORD`.
fn smtp_of(settings: &Settings) -> Result<deliver::Smtp> {
    let url = settings.get("smtp.url").trim();
    if url.is_empty() {
        return Err(Error::invalid(
            "smtp.url",
            "not set; `abonent settings set smtp.url smtp://mail.example.ru:587` (and smtp.from)",
        ));
    }
    deliver::Endpoint::parse(url)?;
    let from = settings.get("smtp.from").trim();
    if from.is_empty() {
        return Err(Error::invalid(
            "smtp.from",
            "not set; `abonent settings set smtp.from billing@example.ru`",
        ));
    }
    let user = settings.get("smtp.user").trim();
    Ok(deliver::Smtp {
        url: url.to_string(),
        user: (!user.is_empty()).then(|| user.to_string()),
        password: std::env::var("ABONENT_SMTP_PASSWORD")
            .ok()
            .filter(|p| !p.is_empty()),
        from: from.to_string(),
        timeout: Duration::from_secs(settings.int("smtp.timeout").max(1) as u64),
        tls: deliver::TlsPolicy::parse(settings.get("smtp.tls"))?,
    })
}

impl Channel {
    /// The texts alone (for a preview): the templates and the settings'
    /// values, without the server or the program.
    fn ready_texts(settings: &Settings, via: Via) -> Result<Channel> {
        let mut c = Channel::build(settings, via, None, false)?;
        c.sms = None;
        Ok(c)
    }

    pub fn ready(settings: &Settings, via: Via, output: Option<PathBuf>) -> Result<Channel> {
        Channel::build(settings, via, output, true)
    }

    fn build(
        settings: &Settings,
        via: Via,
        output: Option<PathBuf>,
        send: bool,
    ) -> Result<Channel> {
        if output.is_some() && via != Via::Print {
            return Err(Error::invalid(
                "output",
                "--output is for --via print; a letter or an SMS is sent",
            ));
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
            subject: text("letter.credentials.subject"),
            body: read("letter.credentials.template")?,
            sms: text("letter.credentials.sms"),
            memo: None,
        })?;
        let sms = match via {
            Via::Sms if send => {
                let command = settings.get("sms.command");
                if command.trim().is_empty() {
                    return Err(Error::invalid(
                        "sms.command",
                        "not set; `abonent settings set sms.command /path/to/program` (it gets the phone as its last argument and the text on stdin)",
                    ));
                }
                let timeout = Duration::from_secs(settings.int("sms.timeout").max(1) as u64);
                Some((deliver::SmsCommand::parse(command)?, timeout))
            }
            _ => None,
        };
        let smtp = match via {
            Via::Email if send => Some(smtp_of(settings)?),
            _ => None,
        };
        let vars = Vars {
            cabinet_url: settings.get("cabinet.url").to_string(),
            operator_name: settings.get("operator.name").to_string(),
            operator_phone: settings.get("operator.phone").to_string(),
            ..Vars::default()
        };
        // A template that fails (an unknown variable) fails here, before a
        // password is replaced.
        let sample = Vars {
            display_name: "Иванов Иван".into(),
            login: "u000001".into(),
            password: "sample".into(),
            ..vars.clone()
        };
        match via {
            Via::Email => drop(templates.letter(&sample)?),
            Via::Sms => drop(templates.sms(&sample)?),
            Via::Print => drop(templates.memo(&sample)?),
        }
        Ok(Channel {
            via,
            templates,
            vars,
            sms,
            smtp,
            output,
        })
    }
}

/// The largest letter template read from a file.
const TEMPLATE_MAX: u64 = 64 * 1024;

fn read_template(key: &str, path: &str) -> Result<String> {
    use std::io::Read;
    let bad = |why: String| Error::invalid(key, format!("{path}: {why}"));
    let file = std::fs::File::open(path).map_err(|e| bad(format!("cannot read it ({e})")))?;
    if !file.metadata().map(|m| m.is_file()).unwrap_or(false) {
        return Err(bad("is not a regular file".into()));
    }
    let mut text = String::new();
    file.take(TEMPLATE_MAX + 1)
        .read_to_string(&mut text)
        .map_err(|e| bad(format!("cannot read it as UTF-8 text ({e})")))?;
    if text.len() as u64 > TEMPLATE_MAX {
        return Err(bad(format!(
            "is over {TEMPLATE_MAX} bytes; a letter template is short"
        )));
    }
    Ok(text)
}

/// Sends or prints `issued`'s password, then clears the pending mark. A
/// failed send leaves the mark and is exit 6 naming the channel.
pub fn deliver_issued(
    ctx: &Ctx,
    reg: &mut Registry,
    channel: &Channel,
    issued: Issued,
    to: Option<&str>,
) -> Result<()> {
    let vars = Vars {
        display_name: issued.card.display_name.clone(),
        login: issued.card.login.clone().unwrap_or_default(),
        password: issued.password,
        ..channel.vars.clone()
    };
    let id = issued.card.id;
    let shown = match channel.via {
        Via::Print => {
            let memo = channel.templates.memo(&vars)?;
            match &channel.output {
                Some(path) => {
                    let mut protected = Protected::new();
                    protected.database(reg.path());
                    let mut staged = Staged::create(path, Replace::Never, 0o600, &protected)?;
                    staged
                        .file()
                        .write_all(memo.as_bytes())
                        .map_err(|e| staged.io_error(e))?;
                    staged.commit(&protected)?;
                }
                None => {
                    let mut out = std::io::stdout().lock();
                    out.write_all(memo.as_bytes())
                        .and_then(|()| out.flush())
                        .map_err(|e| Error::internal("stdout", e.to_string()))?;
                }
            }
            None
        }
        Via::Sms => {
            let phone = to.unwrap_or_default();
            let text = channel.templates.sms(&vars)?;
            let (command, timeout) = channel
                .sms
                .as_ref()
                .ok_or_else(|| Error::internal("sms", "no SMS program was prepared"))?;
            command.send(phone, &text, *timeout).map_err(|e| {
                Error::new(
                    ErrorKind::Lookup,
                    "sms",
                    format!(
                        "{}; the new password is set and pending delivery (`abonent subscriber list --credentials-pending`)",
                        e.message
                    ),
                )
            })?;
            Some(deliver::mask_phone(phone))
        }
        Via::Email => {
            let address = to.unwrap_or_default();
            let letter = channel.templates.letter(&vars)?;
            let smtp = channel
                .smtp
                .as_ref()
                .ok_or_else(|| Error::internal("smtp", "no mail server was prepared"))?;
            deliver::send_email(smtp, address, &vars.display_name, &letter).map_err(|e| {
                let e = Error::from(e);
                if e.kind == ErrorKind::Lookup {
                    Error::new(
                        ErrorKind::Lookup,
                        "smtp",
                        format!(
                            "{}; the new password is set and pending delivery (`abonent subscriber list --credentials-pending`)",
                            e.message
                        ),
                    )
                } else {
                    e
                }
            })?;
            Some(deliver::mask_email(address))
        }
    };
    reg.credentials_delivered(id, channel.via, shown.as_deref())?;
    let what = match &shown {
        Some(t) => format!("credentials sent by {} to {t}", channel.via.as_str()),
        None => "credentials printed".to_string(),
    };
    ctx.out.note(&what);
    Ok(())
}
