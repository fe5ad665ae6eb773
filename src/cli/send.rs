//! `abonent subscriber send-credentials` and `subscriber add
//! --send-credentials`: a new password made for delivery, committed with
//! its pending mark, then sent by SMS or e-mail, or printed as a memo. The
//! password reaches only the letter, the SMS or the memo: nothing this
//! command prints to stdout or stderr carries it.

use super::files::{Protected, Replace, Staged};
use super::host::Host;
use super::{Ctx, Outcome};
use crate::core::credentials::{recipient, Issued, Via};
use crate::core::settings::Settings;
use crate::core::Registry;
use crate::deliver::{Delivered, DeliveryError, Recipient, Vars};
use crate::error::{Error, ErrorKind, Result};
use crate::t;
use clap::{Args, ValueEnum};

mod channel;
pub use channel::Channel;
use std::io::Write;
use std::path::PathBuf;

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
        return Err(Error::invalid("via", t!("send-ref-or-pending")).into());
    };
    let via = Via::from(via);
    let mut reg = ctx.open()?;
    let card = reg.show(reference)?;
    // Everything that can refuse runs before the old password is replaced.
    let to = recipient(&card, via, a.to.as_deref())?;
    let channel = Channel::ready(reg.settings(), &ctx.host, via, a.output.clone())?;
    if let Some(path) = &a.output {
        super::files::check(path, Replace::Never, &memo_protected(&reg))?;
    }
    if !a.force {
        let question = t!(
            "send-confirm-reset",
            name = card.display_name.as_str(),
            login = card.login.as_deref().unwrap_or("-"),
            via = via.as_str()
        );
        if !ctx.can_prompt() {
            return Err(Error::conflict("force", t!("send-needs-force")).into());
        }
        if !ctx.confirm(question.as_str())? {
            return Err(Error::invalid("force", t!("not-confirmed")).into());
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
        return Err(Error::conflict("force", t!("send-pending-needs-force")).into());
    }
    if a.output.is_some() || a.to.is_some() {
        return Err(Error::invalid("pending", t!("send-pending-one-card-flags")).into());
    }
    let mut reg = ctx.open()?;
    let query = crate::store::listing::ListQuery {
        credentials_pending: true,
        archived: Some(false),
        ..Default::default()
    };
    let cards = reg.list(query, None)?;
    // Each card's channel is made ready (and its recipient found) before
    // its password is replaced; a card that cannot be sent keeps its old
    // pending password.
    let mut channels: Vec<Channel> = Vec::new();
    let (mut items, mut failed) = (Vec::new(), Vec::new());
    for card in cards {
        let pending = card
            .credentials_pending
            .as_deref()
            .and_then(|v| Via::parse(v).ok());
        let via = a.via.map(Via::from).or(pending).unwrap_or(Via::Print);
        let login = card.login.clone().unwrap_or_else(|| card.id.to_string());
        let issued = (|| -> Result<_> {
            let to = recipient(&card, via, None)?;
            if !channels.iter().any(|c| c.via == via) {
                channels.push(Channel::ready(reg.settings(), &ctx.host, via, None)?);
            }
            Ok((reg.issue_credentials(&card.id.to_string(), via)?, to))
        })();
        match issued {
            Ok(item) => items.push(item),
            Err(e) => {
                ctx.out.warn(t!(
                    "login-problem",
                    login = login.as_str(),
                    problem = e.message
                ));
                failed.push(login);
            }
        }
    }
    let channel_of = |via: Via| {
        channels
            .iter()
            .find(|c| c.via == via)
            .expect("a channel is ready for every issued card")
    };
    let (sent, more) = deliver_each(ctx, &mut reg, channel_of, items);
    failed.extend(more.into_iter().map(|f| f.login));
    ctx.out
        .note(t!("send-pending-done", sent = sent, failed = failed.len()));
    if failed.is_empty() {
        Ok(0)
    } else {
        Err(Error::new(
            ErrorKind::Lookup,
            "send",
            t!(
                "send-still-pending",
                n = failed.len(),
                logins = failed.join(", ")
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

pub fn letter(ctx: &Ctx, cmd: LetterCmd) -> Outcome {
    let LetterCmd::Preview { reference, via } = cmd;
    let via = Via::from(via);
    let reg = ctx.open()?;
    let card = reg.show(&reference)?;
    let channel = Channel::ready_texts(reg.settings(), via)?;
    // The card's own name and login, a sample password.
    let vars = Vars {
        display_name: card.display_name.clone(),
        login: card.login.clone().unwrap_or_default(),
        ..channel
            .vars
            .with_sample_card_in(channel.delivery.templates.lang())
    };
    let text = match via {
        Via::Email => {
            let letter = channel.delivery.templates.letter(&vars)?;
            format!("Subject: {}\n\n{}", letter.subject, letter.body)
        }
        Via::Sms => channel.delivery.templates.sms(&vars)?,
        Via::Print => channel.delivery.templates.memo(&vars)?,
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
        .map_err(Error::stdout)?;
    Ok(0)
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
    let address = to.unwrap_or_default().to_string();
    let recipient = match channel.via {
        Via::Email => Recipient::Email {
            address: address.clone(),
            name: vars.display_name.clone(),
        },
        Via::Sms => Recipient::Phone(address.clone()),
        Via::Print => Recipient::Print,
    };
    let pending = |e: DeliveryError| {
        let e = Error::from(e);
        Error::new(
            e.kind,
            e.subject,
            t!("send-failed-pending", reason = e.message),
        )
    };
    let shown = match channel.delivery.deliver(&recipient, &vars) {
        Ok(Delivered::Sent { to_masked, .. }) => Some(to_masked),
        Ok(Delivered::Memo(memo)) => {
            write_private(reg, channel.output.as_deref(), memo.as_bytes())?;
            None
        }
        Err(e @ DeliveryError::Failed { .. }) => return Err(pending(e)),
        Err(e @ DeliveryError::Refused { .. }) => {
            let shown = recipient.masked();
            reg.address_refused(id, channel.via, &address, &shown)?;
            return Err(pending(e));
        }
        Err(e) => return Err(e.into()),
    };
    reg.credentials_delivered(id, channel.via, to, shown.as_deref())?;
    let what = match &shown {
        Some(to) => t!("send-sent", via = channel.via.as_str(), to = to.as_str()),
        None => t!("send-printed"),
    };
    ctx.out.note(what);
    Ok(())
}

/// What a memo file must never land on: the database and its companions.
pub(super) fn memo_protected(reg: &Registry) -> Protected {
    let mut protected = Protected::new();
    if let Some(file) = reg.file() {
        protected.database(file);
    }
    protected
}

/// A memo or an act into a new private file (never over an existing one, the
/// database or through a symlink), or onto stdout.
pub(super) fn write_private(
    reg: &Registry,
    output: Option<&std::path::Path>,
    memo: &[u8],
) -> Result<()> {
    match output {
        Some(path) => {
            let protected = memo_protected(reg);
            let mut staged = Staged::create(path, Replace::Never, 0o600, &protected)?;
            staged
                .file()
                .write_all(memo)
                .map_err(|e| staged.io_error(e))?;
            staged.commit(&protected)?;
        }
        None => {
            let mut out = std::io::stdout().lock();
            out.write_all(memo)
                .and_then(|()| out.flush())
                .map_err(Error::stdout)?;
        }
    }
    Ok(())
}

/// A send that did not happen: the card, its login and why.
pub struct Failure {
    pub id: i64,
    pub login: String,
    pub reason: String,
}

/// Sends each issued password by its channel (`channel_of` its via), in
/// turn; one failure is that card's (its credentials stay pending), named
/// by login on stderr. Returns how many were sent and the failures.
pub fn deliver_each<'c>(
    ctx: &Ctx,
    reg: &mut Registry,
    channel_of: impl Fn(Via) -> &'c Channel,
    items: Vec<(Issued, Option<String>)>,
) -> (u64, Vec<Failure>) {
    let (mut sent, mut failed) = (0, Vec::new());
    for (issued, to) in items {
        let login = issued.card.login.clone().unwrap_or_default();
        let id = issued.card.id;
        let channel = channel_of(issued.via);
        match deliver_issued(ctx, reg, channel, issued, to.as_deref()) {
            Ok(()) => sent += 1,
            Err(e) => {
                ctx.out.warn(t!(
                    "login-problem",
                    login = login.as_str(),
                    problem = e.message.as_str()
                ));
                failed.push(Failure {
                    id,
                    login,
                    reason: e.message,
                });
            }
        }
    }
    (sent, failed)
}

/// `import-1c --send-credentials`: the new cards' passwords, kept from the
/// import's transaction until it is committed, then sent.
pub struct Sends {
    via: Via,
    max: u64,
    channel: Channel,
    /// Each letter with the file's row its card came from.
    letters: Vec<(u64, Issued, Option<String>)>,
    /// The new cards with no contact to send to: row and login.
    no_address: Vec<(u64, String)>,
}

/// What the import's sends did: the summary's counts, the logins that
/// failed, and a rejects-file row (line, login, field, reason) for each
/// card whose credentials did not go out.
pub struct SendReport {
    pub counts: [(&'static str, u64); 3],
    pub failed_logins: Vec<String>,
    pub rows: Vec<(u64, String, &'static str, String)>,
}

impl Sends {
    /// The channel checked before anything is imported.
    pub fn ready(settings: &Settings, host: &Host, via: Via, max: u64) -> Result<Sends> {
        if via == Via::Print {
            return Err(Error::invalid(
                "send-credentials",
                t!("send-import-no-print"),
            ));
        }
        Ok(Sends {
            via,
            max,
            channel: Channel::ready(settings, host, via, None)?,
            letters: Vec::new(),
            no_address: Vec::new(),
        })
    }

    pub fn via(&self) -> Via {
        self.via
    }

    /// A new card's password (from the file's row `line`), inside the
    /// import's transaction. One letter more than `--max-sends` ends the
    /// import with nothing committed.
    pub fn keep(&mut self, line: u64, card: &crate::model::Card, password: &str) -> Result<()> {
        let Ok(Some(to)) = recipient(card, self.via, None) else {
            self.no_address
                .push((line, card.login.clone().unwrap_or_default()));
            return Ok(());
        };
        if self.letters.len() as u64 >= self.max {
            return Err(Error::invalid(
                "max-sends",
                t!("send-max-sends", max = self.max),
            ));
        }
        let issued = Issued {
            card: card.clone(),
            password: password.to_string(),
            via: self.via,
        };
        self.letters.push((line, issued, Some(to)));
        Ok(())
    }

    /// Sends every kept letter once the import is committed.
    pub fn send_all(self, ctx: &Ctx, reg: &mut Registry) -> SendReport {
        let channel = &self.channel;
        let lines: std::collections::HashMap<i64, u64> = self
            .letters
            .iter()
            .map(|(line, issued, _)| (issued.card.id, *line))
            .collect();
        let letters = self.letters.into_iter().map(|(_, i, to)| (i, to)).collect();
        let (sent, failed) = deliver_each(ctx, reg, |_| channel, letters);
        let field = match self.via {
            Via::Sms => "sms",
            _ => "email",
        };
        let mut rows = Vec::new();
        for f in &failed {
            let line = lines.get(&f.id).copied().unwrap_or_default();
            rows.push((
                line,
                f.login.clone(),
                field,
                t!("send-not-sent-row", reason = f.reason.as_str()).into_string(),
            ));
        }
        for (line, login) in &self.no_address {
            let fix = t!("send-no-address", via = field, login = login.as_str());
            ctx.out.warn(t!(
                "login-problem",
                login = login.as_str(),
                problem = fix.as_str()
            ));
            rows.push((
                *line,
                login.clone(),
                field,
                t!("rejects-warning", problem = fix.as_str()).into_string(),
            ));
        }
        SendReport {
            counts: [
                ("credentials_sent", sent),
                ("credentials_failed", failed.len() as u64),
                ("credentials_no_address", self.no_address.len() as u64),
            ],
            failed_logins: failed.into_iter().map(|f| f.login).collect(),
            rows,
        }
    }
}
