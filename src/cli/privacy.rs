//! `subscriber forget` and `privacy acts`: personal data destroyed on
//! request of the law (152-ФЗ), and the acts of destruction reprinted.

use super::output::Format;
use super::{Ctx, Outcome};
use crate::core::privacy::ForgetOptions;
use crate::error::Error;
use crate::t;
use clap::{Args, Subcommand};
use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct ForgetArgs {
    /// The card: id, login, uid or inn:NNNN[/KPP] (not with --due)
    #[arg(
        value_name = "REF",
        required_unless_present = "due",
        conflicts_with = "due"
    )]
    pub reference: Option<String>,
    /// Every archived card past privacy.retention_days: listed, or with --force destroyed
    #[arg(long)]
    pub due: bool,
    /// Say what would be destroyed, destroy nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Sooner than privacy.retention_days (needs --why)
    #[arg(long, requires = "why", conflicts_with = "due")]
    pub early: bool,
    /// Why sooner: the reason the act names (a withdrawn consent, a request)
    #[arg(long, value_name = "TEXT", requires = "early")]
    pub why: Option<String>,
    /// «ФИО, должность» of one who destroys the data, for the act (repeatable)
    #[arg(long, value_name = "NAME", action = clap::ArgAction::Append)]
    pub signer: Vec<String>,
    /// Also write the act to this new file (mode 0600); a name ending in .pdf gets a PDF
    #[arg(long, value_name = "FILE", conflicts_with = "due")]
    pub act: Option<PathBuf>,
    /// A legal card: erase its employees' personal data (the card itself stays)
    #[arg(long)]
    pub include_legal_contacts: bool,
    /// Destroy without asking (needed when not at a terminal; --yes is not enough)
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Subcommand)]
pub enum PrivacyCmd {
    /// The read log (setting privacy.log_reads): who read which person's or sole trader's full card, and when
    Log {
        /// Only the reads of this card: id, login, uid or inn:NNNN[/KPP]
        #[arg(value_name = "REF")]
        reference: Option<String>,
        /// From this day on, YYYY-MM-DD or DD.MM.YYYY
        #[arg(long, value_name = "DATE")]
        since: Option<String>,
    },
    /// The acts of destruction of personal data, newest first; with ID, that act's text
    Acts {
        /// The act's number
        #[arg(value_name = "ID")]
        id: Option<i64>,
        /// Write act ID to this new file (mode 0600) instead of stdout; a name ending in .pdf gets a PDF
        #[arg(long, value_name = "FILE", requires = "id")]
        output: Option<PathBuf>,
    },
}

const FORGOTTEN_COLUMNS: &[(&str, &str)] = &[
    ("id", "id"),
    ("uid", "uid"),
    ("login", "login"),
    ("type", "type"),
    ("act", "act"),
    ("categories", "categories"),
];

const DUE_COLUMNS: &[(&str, &str)] = &[
    ("id", "id"),
    ("uid", "uid"),
    ("login", "login"),
    ("name", "display_name"),
    ("archived_at", "archived_at"),
];

const READ_COLUMNS: &[(&str, &str)] = &[
    ("id", "id"),
    ("at", "at"),
    ("actor", "actor"),
    ("command", "command"),
    ("cards", "cards"),
];

const ACT_COLUMNS: &[(&str, &str)] = &[
    ("id", "id"),
    ("at", "at"),
    ("actor", "actor"),
    ("subscriber", "subscriber_id"),
];

pub fn forget(ctx: &Ctx, a: ForgetArgs) -> Outcome {
    let mut reg = ctx.open()?;
    let opts = ForgetOptions {
        dry_run: a.dry_run,
        early_why: a.why.clone().filter(|_| a.early),
        signers: a.signer.clone(),
        include_legal_contacts: a.include_legal_contacts,
    };
    if a.due {
        let due = reg.forget_due()?;
        if !a.force || a.dry_run {
            let rows: Vec<serde_json::Value> = due
                .iter()
                .map(serde_json::to_value)
                .collect::<Result<_, _>>()?;
            ctx.out.list(&rows, DUE_COLUMNS)?;
            ctx.out.note(t!("forget-due-listed", n = due.len()));
            return Ok(0);
        }
        let mut done = Vec::new();
        for d in &due {
            done.push(serde_json::to_value(reg.forget(&d.id.to_string(), &opts)?)?);
        }
        ctx.out.list(&done, FORGOTTEN_COLUMNS)?;
        return Ok(0);
    }
    let reference = a.reference.as_deref().unwrap_or_default();
    if !a.dry_run && !a.force {
        let card = reg.card(reg.resolve_own(reference)?)?;
        if !ctx.can_prompt() {
            return Err(Error::conflict("force", t!("forget-needs-force")).into());
        }
        let question = t!(
            "forget-confirm",
            id = card.id,
            name = card.display_name.as_str()
        );
        if !ctx.confirm(question.as_str())? {
            return Err(Error::invalid("force", t!("not-confirmed")).into());
        }
    }
    // The act's file is checked before anything is destroyed: a name that
    // cannot be written (the database, an existing file, a folder) fails
    // while the data is still there.
    if let (Some(path), false) = (&a.act, a.dry_run) {
        super::files::check(
            path,
            super::files::Replace::Never,
            &super::send::memo_protected(&reg),
        )?;
    }
    let done = reg.forget(reference, &opts)?;
    if let (Some(path), false) = (&a.act, done.dry_run) {
        super::send::write_private(
            &reg,
            Some(path),
            &act_bytes(path, done.act, &done.act_text)?,
        )?;
    }
    match ctx.out.format {
        Format::Table if !done.dry_run && a.act.is_none() => {
            // The act itself, for the terminal or a file redirect.
            let mut out = std::io::stdout().lock();
            out.write_all(done.act_text.as_bytes())
                .and_then(|()| out.flush())
                .map_err(Error::stdout)?;
        }
        _ => ctx
            .out
            .object(&serde_json::to_value(&done)?, FORGOTTEN_COLUMNS)?,
    }
    if done.dry_run {
        ctx.out.note(t!("forget-dry-run", id = done.id));
    } else if let Some(n) = done.act {
        ctx.out.note(t!("forget-done", id = done.id, act = n));
    }
    Ok(0)
}

pub fn run(ctx: &Ctx, cmd: PrivacyCmd) -> Outcome {
    let reg = ctx.open()?;
    match cmd {
        PrivacyCmd::Log { reference, since } => {
            let entries = reg.read_log(reference.as_deref(), since.as_deref())?;
            let rows: Vec<serde_json::Value> = entries
                .iter()
                .map(serde_json::to_value)
                .collect::<Result<_, _>>()?;
            ctx.out.list(&rows, READ_COLUMNS)?;
        }
        PrivacyCmd::Acts { id, output } => {
            let acts = reg.privacy_acts(id)?;
            if let Some(id) = id {
                let act = acts
                    .first()
                    .ok_or_else(|| Error::not_found("act", t!("privacy-act-not-found", id = id)))?;
                if let Some(path) = &output {
                    let bytes = act_bytes(path, Some(act.id), &act.text)?;
                    super::send::write_private(&reg, Some(path), &bytes)?;
                } else if ctx.out.format == Format::Table {
                    let mut out = std::io::stdout().lock();
                    out.write_all(act.text.as_bytes())
                        .and_then(|()| out.flush())
                        .map_err(Error::stdout)?;
                } else {
                    ctx.out.object(&serde_json::to_value(act)?, ACT_COLUMNS)?;
                }
                return Ok(0);
            }
            let rows: Vec<serde_json::Value> = acts
                .iter()
                .map(serde_json::to_value)
                .collect::<Result<_, _>>()?;
            ctx.out.list(&rows, ACT_COLUMNS)?;
        }
    }
    Ok(0)
}

/// The act as the file `path` names wants it: a PDF for a name ending in
/// `.pdf`, else the text.
fn act_bytes(
    path: &std::path::Path,
    number: Option<i64>,
    text: &str,
) -> crate::error::Result<Vec<u8>> {
    let pdf = path
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("pdf"));
    if !pdf {
        return Ok(text.as_bytes().to_vec());
    }
    let title = match number {
        Some(n) => format!("Акт № {n} об уничтожении персональных данных"),
        None => "Акт об уничтожении персональных данных".to_string(),
    };
    super::act_pdf::render(&title, text)
}
