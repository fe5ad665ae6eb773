//! `subscriber check-status`, `duplicates` and `merge`: the registry's
//! upkeep across cards (counterparties that closed, cards that are one
//! subscriber twice), beside the card's own commands in `subscriber.rs`.

use super::card_view::print_card;
use super::output::Format;
use super::{Ctx, Outcome};
use crate::error::Error;
use crate::t;
use clap::{Args, ValueEnum};
use std::io::Write;

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum PreferArg {
    Keep,
    Other,
}

#[derive(Debug, Args)]
pub struct MergeArgs {
    /// The card that stays: id, login, uid or inn:NNNN[/KPP]
    #[arg(value_name = "KEEP")]
    pub keep: String,
    /// The card merged into KEEP and archived
    #[arg(value_name = "OTHER")]
    pub other: String,
    /// Whose value wins where both cards have one
    #[arg(long, value_enum, default_value = "keep")]
    pub prefer: PreferArg,
    /// Merge without asking (needed when not at a terminal; --yes is not enough)
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct DuplicatesArgs {
    /// Compare by these, separated by commas: inn, passport, phone, email, name
    #[arg(
        long,
        value_name = "LIST",
        default_value = "inn,passport,phone,email,name"
    )]
    pub by: String,
}

#[derive(Debug, Args)]
pub struct CheckStatusArgs {
    /// Only cards last checked more than DAYS days ago (and those never checked)
    #[arg(long, value_name = "DAYS")]
    pub older_than: Option<u32>,
    /// Archive the cards DaData gives as LIQUIDATED (a history entry names its date)
    #[arg(long)]
    pub archive_liquidated: bool,
    /// Check at most N cards this run (0: all)
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub limit: u64,
}

const STATUS_COLUMNS: &[(&str, &str)] = &[
    ("id", "id"),
    ("login", "login"),
    ("name", "display_name"),
    ("inn", "inn"),
    ("kpp", "kpp"),
    ("status", "status"),
    ("since", "since"),
    ("previous", "previous"),
    ("archived", "archived"),
    ("manager", "manager.name"),
    ("manager_email", "manager.email"),
];

/// `subscriber check-status`: JSON lines as the cards are found, unless
/// another format is asked for (then all at the end).
pub fn check_status(ctx: &Ctx, a: CheckStatusArgs) -> Outcome {
    use crate::core::status::{StatusCheck, StatusRun};
    let mut reg = ctx.open()?;
    let format = if ctx.global.format_given() {
        ctx.out.format
    } else {
        Format::Jsonl
    };
    let check = StatusCheck {
        older_than_days: a.older_than,
        limit: a.limit,
        archive_liquidated: a.archive_liquidated,
    };
    let mut run = StatusRun::default();
    let mut kept = Vec::new();
    let result = {
        let mut w = std::io::stdout().lock();
        reg.check_status(&check, &mut run, |r| {
            if format == Format::Jsonl {
                // A line per card as it is found, whole: a cron job's
                // reader sees what was checked even if the run stops.
                let mut line = serde_json::to_vec(r).map_err(std::io::Error::from)?;
                line.push(b'\n');
                w.write_all(&line)?;
                w.flush()?;
            } else {
                kept.push(serde_json::to_value(r).map_err(std::io::Error::from)?);
            }
            Ok(())
        })
    };
    if format != Format::Jsonl {
        ctx.out.list(&kept, STATUS_COLUMNS)?;
    }
    match result {
        Ok(()) => {
            ctx.out.note(t!(
                "status-checked",
                checked = run.checked,
                not_active = run.not_active,
                archived = run.archived
            ));
            Ok(0)
        }
        Err(e) => {
            if run.due > 0 {
                ctx.out
                    .warn(t!("status-stopped", checked = run.checked, due = run.due));
            }
            Err(e.into())
        }
    }
}

const DUPLICATE_COLUMNS: &[(&str, &str)] = &[
    ("group", "group"),
    ("reasons", "reasons"),
    ("id", "id"),
    ("login", "login"),
    ("type", "type"),
    ("name", "display_name"),
    ("inn", "inn"),
    ("kpp", "kpp"),
];

/// `subscriber duplicates`: the groups as JSON, or a row per card.
pub fn duplicates(ctx: &Ctx, a: DuplicatesArgs) -> Outcome {
    use crate::core::duplicates::By;
    let by = By::parse_list(&a.by)?;
    let reg = ctx.open()?;
    let groups = reg.duplicates(&by)?;
    match ctx.out.format {
        Format::Json | Format::Jsonl => {
            // Written as they are, not through a JSON tree: a million cards
            // can hold hundreds of thousands of groups.
            let mut w = std::io::BufWriter::new(std::io::stdout().lock());
            if ctx.out.format == Format::Json {
                serde_json::to_writer_pretty(&mut w, &groups).map_err(std::io::Error::from)?;
                w.write_all(b"\n")?;
            } else {
                for g in &groups {
                    serde_json::to_writer(&mut w, g).map_err(std::io::Error::from)?;
                    w.write_all(b"\n")?;
                }
            }
            w.flush()?;
        }
        _ => {
            let mut rows = Vec::new();
            for (n, g) in groups.iter().enumerate() {
                let reasons: Vec<String> = g
                    .reasons
                    .iter()
                    .map(|r| format!("{} {}", r.by, r.value))
                    .collect();
                for c in &g.cards {
                    let mut v = serde_json::to_value(c)?;
                    if let Some(m) = v.as_object_mut() {
                        m.insert("group".into(), (n + 1).into());
                        m.insert("reasons".into(), reasons.join("; ").into());
                    }
                    rows.push(v);
                }
            }
            ctx.out.list(&rows, DUPLICATE_COLUMNS)?;
        }
    }
    ctx.out.note(t!("duplicates-found", n = groups.len()));
    Ok(0)
}

/// `subscriber merge KEEP OTHER`.
pub fn merge(ctx: &Ctx, a: MergeArgs) -> Outcome {
    let mut reg = ctx.open()?;
    if !a.force {
        let keep = reg.card(reg.resolve_own(&a.keep)?)?;
        let other = reg.card(reg.resolve_own(&a.other)?)?;
        if !ctx.can_prompt() {
            return Err(Error::conflict("force", t!("merge-needs-force")).into());
        }
        let question = t!(
            "merge-confirm",
            other = other.id,
            other_name = other.display_name.as_str(),
            keep = keep.id,
            keep_name = keep.display_name.as_str()
        );
        if !ctx.confirm(question.as_str())? {
            return Err(Error::invalid("force", t!("not-confirmed")).into());
        }
    }
    let prefer_other = matches!(a.prefer, PreferArg::Other);
    let m = reg.merge(&a.keep, &a.other, prefer_other)?;
    ctx.out.note(t!(
        "merge-done",
        other = m.other,
        keep = m.card.id,
        contracts = m.moved.contracts,
        employees = m.moved.employees,
        history = m.moved.history
    ));
    print_card(ctx, &m.card, None)?;
    Ok(0)
}
