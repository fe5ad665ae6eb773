//! `abonent lookup-inn` and `abonent lookup-bik`: requisites from DaData,
//! printed as a table or JSON; and `--no-cache`, which `subscriber add` and
//! `edit` share. The core checks the number, opens the gate, consults the
//! cache and maps the answer; this file renders it.

use super::output::{Column, Format};
use super::{Ctx, Outcome};
use crate::core::lookup::Cache;
use crate::dadata::Branch;
use crate::t;
use clap::{Args, ValueEnum};

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum BranchArg {
    /// The head office
    Main,
    /// Branches only
    Branch,
}

impl From<BranchArg> for Branch {
    fn from(b: BranchArg) -> Branch {
        match b {
            BranchArg::Main => Branch::Main,
            BranchArg::Branch => Branch::Branch,
        }
    }
}

/// `--no-cache` as the core's cache choice.
fn cache(no_cache: bool) -> Cache {
    if no_cache {
        Cache::Refresh
    } else {
        Cache::Use
    }
}

/// The DaData option of `subscriber add` and `edit`.
#[derive(Debug, Args)]
pub struct LookupFlags {
    /// With --from-inn or --bik: ask DaData even when the database holds a recent answer
    #[arg(long, help_heading = "DaData")]
    pub no_cache: bool,
}

impl LookupFlags {
    pub fn cache(&self) -> Cache {
        cache(self.no_cache)
    }
}

#[derive(Debug, Args)]
pub struct LookupInnArgs {
    /// INN: 10 digits (legal entity) or 12 (sole trader); checked before any request
    pub inn: String,
    /// Only the record with this KPP (the head office or one branch)
    #[arg(long)]
    pub kpp: Option<String>,
    /// Only the head office (main) or only the branches (branch)
    #[arg(long, value_enum)]
    pub branch: Option<BranchArg>,
    /// Ask DaData even when the database holds a recent answer, and store the new one
    #[arg(long)]
    pub no_cache: bool,
}

#[derive(Debug, Args)]
pub struct LookupBikArgs {
    /// BIK, 9 digits; checked before any request
    pub bik: String,
    /// Ask DaData even when the database holds a recent answer, and store the new one
    #[arg(long)]
    pub no_cache: bool,
}

/// The columns of a party in a table: the values an admin compares.
const PARTY_TABLE: &[Column] = &[
    ("type", "type"),
    ("status", "status"),
    ("branch", "branch_type"),
    ("name", "name"),
    ("inn", "inn"),
    ("kpp", "kpp"),
    ("ogrn", "ogrn"),
    ("okpo", "okpo"),
    ("okved", "okved"),
    ("director", "director"),
    ("address", "address"),
];

/// The columns of a party in CSV: every JSON key.
const PARTY_CSV: &[Column] = &[
    ("type", "type"),
    ("status", "status"),
    ("name", "name"),
    ("full_name", "full_name"),
    ("inn", "inn"),
    ("kpp", "kpp"),
    ("ogrn", "ogrn"),
    ("okpo", "okpo"),
    ("okato", "okato"),
    ("oktmo", "oktmo"),
    ("okved", "okved"),
    ("director", "director"),
    ("director_post", "director_post"),
    ("address", "address"),
    ("postal_code", "postal_code"),
    ("last_name", "last_name"),
    ("first_name", "first_name"),
    ("middle_name", "middle_name"),
    ("branch_type", "branch_type"),
    ("branch_count", "branch_count"),
    ("more_branches", "more_branches"),
    ("phones", "phones"),
    ("emails", "emails"),
];

const BANK_COLUMNS: &[Column] = &[
    ("bik", "bik"),
    ("name", "name"),
    ("full_name", "full_name"),
    ("corr_account", "corr_account"),
    ("swift", "swift"),
    ("city", "city"),
    ("inn", "inn"),
    ("kpp", "kpp"),
    ("status", "status"),
    ("address", "address"),
];

pub fn inn(ctx: &Ctx, a: LookupInnArgs) -> Outcome {
    let mut reg = ctx.open()?;
    let parties = reg.find_party(
        &a.inn,
        a.kpp.as_deref(),
        a.branch.map(Branch::from),
        cache(a.no_cache),
    )?;
    for p in &parties {
        for w in p.warning().into_iter().chain(p.refused_warnings()) {
            ctx.out.warn(t!("cli-said", text = w.to_string()));
        }
    }
    if parties.len() > 1 {
        ctx.out.note(t!("lookup-many-records", n = parties.len()));
    }
    for head in parties.iter().filter(|p| p.more_branches) {
        let listed = parties
            .iter()
            .filter(|p| p.is_branch() && p.inn == head.inn)
            .count();
        let who = match head.inn.as_deref() {
            Some(inn) => inn.to_string(),
            None => t!("lookup-head-office").into_string(),
        };
        ctx.out.note(t!(
            "lookup-more-branches",
            who = who,
            count = head.branch_count.unwrap_or_default(),
            listed = listed
        ));
    }
    let values = serde_json::to_value(&parties)?;
    let columns = match ctx.out.format {
        Format::Table => PARTY_TABLE,
        _ => PARTY_CSV,
    };
    ctx.out
        .list(values.as_array().map(Vec::as_slice).unwrap_or(&[]), columns)?;
    Ok(0)
}

pub fn bik(ctx: &Ctx, a: LookupBikArgs) -> Outcome {
    let mut reg = ctx.open()?;
    let bank = reg.find_bank(&a.bik, cache(a.no_cache))?;
    for w in bank.warning().into_iter().chain(bank.refused_warnings()) {
        ctx.out.warn(t!("cli-said", text = w.to_string()));
    }
    ctx.out
        .object(&serde_json::to_value(&bank)?, BANK_COLUMNS)?;
    Ok(0)
}
