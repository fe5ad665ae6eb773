//! `subscriber check-status`: DaData asked again, past its answer cache,
//! about every active legal and ip card due for a check (never checked
//! first, then the longest unchecked), at most `dadata.rate` requests a
//! second; each card's status recorded with the day of the check, a
//! history entry when the status changes, and the liquidated archived on
//! request. The cards that are not active are handed to the caller as
//! they are found, so a run cut short by DaData still reports them.

use super::card_write::Stamp;
use super::contracts::{date_text, today};
use super::lookup::Cache;
use super::subscribers::archive_in;
use super::{now, Registry};
use crate::dadata::Branch;
use crate::error::Result;
use crate::model::{CounterpartyStatus, Kind, ManagerRef};
use crate::store;
use serde::Serialize;
use std::time::{Duration, Instant};

/// DaData's status of a party in business.
pub const ACTIVE: &str = "ACTIVE";
/// DaData's status of a party struck off the register.
pub const LIQUIDATED: &str = "LIQUIDATED";
/// abonent's own value: DaData has no party with the card's INN (and KPP).
pub const NOT_FOUND: &str = "NOT_FOUND";

/// Which cards a run checks and what it does with the liquidated.
#[derive(Debug, Clone, Default)]
pub struct StatusCheck {
    /// Only cards last checked more than this many days ago (or never).
    pub older_than_days: Option<u32>,
    /// At most this many cards (all when 0).
    pub limit: u64,
    /// Archive the cards DaData gives as liquidated.
    pub archive_liquidated: bool,
}

/// A card whose status is not `ACTIVE`, as the run prints it (one JSON
/// line each).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StatusReport {
    pub id: i64,
    pub uid: String,
    pub login: Option<String>,
    pub display_name: String,
    #[serde(rename = "type")]
    pub kind: Kind,
    pub inn: String,
    pub kpp: Option<String>,
    pub status: String,
    pub since: Option<String>,
    pub checked_on: String,
    /// The status the card had before this check (`null`: never checked).
    pub previous: Option<String>,
    /// Whether this run archived the card (`--archive-liquidated`).
    pub archived: bool,
    pub manager: Option<ManagerRef>,
}

/// How far a run got: kept by the caller, so it can say so when DaData
/// stops the run.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StatusRun {
    /// Cards due for a check when the run started.
    pub due: usize,
    /// Cards asked about and recorded.
    pub checked: usize,
    /// Of them, the ones not active.
    pub not_active: usize,
    /// Of them, the ones this run archived.
    pub archived: usize,
}

/// Spaces requests at least `1 / rate` seconds apart.
struct Pace {
    every: Duration,
    last: Option<Instant>,
}

impl Pace {
    fn new(rate: i64) -> Pace {
        Pace {
            every: Duration::from_secs(1) / u32::try_from(rate.max(1)).unwrap_or(1),
            last: None,
        }
    }

    fn wait(&mut self) {
        if let Some(last) = self.last {
            let next = last + self.every;
            let now = Instant::now();
            if next > now {
                std::thread::sleep(next - now);
            }
        }
        self.last = Some(Instant::now());
    }
}

impl Registry {
    /// Runs a check (see the module notes). `each` gets every card not
    /// active, after its status is committed; `run` counts the progress.
    pub fn check_status(
        &mut self,
        check: &StatusCheck,
        run: &mut StatusRun,
        mut each: impl FnMut(&StatusReport) -> Result<()>,
    ) -> Result<()> {
        self.dadata_gate()?;
        let checked_on = date_text(today());
        let before = check
            .older_than_days
            .map(|d| date_text(today() - time::Duration::days(i64::from(d))));
        let due = self.read(|tx| store::status::due(tx, before.as_deref(), check.limit))?;
        run.due = due.len();
        let mut pace = Pace::new(self.settings.int("dadata.rate"));
        for id in due {
            let card = self.card(id)?;
            let Some(inn) = card.inn.clone().filter(|_| !card.archived) else {
                continue;
            };
            // A legal card without a KPP is the head office; with one, the
            // branch (or head office) of that KPP.
            let (kpp, branch) = match card.kind {
                Kind::Legal => match card.kpp.as_deref() {
                    Some(k) => (Some(k), None),
                    None => (None, Some(Branch::Main)),
                },
                _ => (None, None),
            };
            pace.wait();
            let found = self.parties(&inn, kpp, branch, Cache::Refresh)?;
            let status = match found.first() {
                Some(p) => CounterpartyStatus {
                    value: p.status.clone().unwrap_or_else(|| ACTIVE.to_string()),
                    checked_on: checked_on.clone(),
                    since: p.status_since.clone(),
                },
                None => CounterpartyStatus {
                    value: NOT_FOUND.to_string(),
                    checked_on: checked_on.clone(),
                    since: None,
                },
            };
            let archive = check.archive_liquidated && status.value == LIQUIDATED;
            let (actor, at) = (self.actor.clone(), now());
            let settings = &self.settings;
            let outcome = self.store.write(|tx| {
                let Some(now_card) = store::subscribers::load_for_write(tx, id)? else {
                    return Ok(None);
                };
                let previous = now_card.status.as_ref().map(|s| s.value.clone());
                store::status::set(tx, id, &status)?;
                let stamp = Stamp::new(&actor, &at);
                // A first check that finds the card active is no news.
                let news = previous.as_deref() != Some(status.value.as_str())
                    && !(previous.is_none() && status.value == ACTIVE);
                if news {
                    stamp.record(
                        tx,
                        Some(id),
                        "status",
                        Some("status"),
                        previous.as_deref(),
                        Some(&status.value),
                    )?;
                }
                let mut archived = false;
                if archive && !now_card.archived {
                    let why = match &status.since {
                        Some(d) => format!("{LIQUIDATED} {d} (DaData)"),
                        None => format!("{LIQUIDATED} (DaData)"),
                    };
                    archived = archive_in(tx, settings, &stamp, id, true, Some(("status", &why)))?;
                }
                Ok(Some((previous, archived)))
            })?;
            let Some((previous, archived)) = outcome else {
                continue;
            };
            run.checked += 1;
            if status.value == ACTIVE {
                continue;
            }
            run.not_active += 1;
            run.archived += usize::from(archived);
            each(&StatusReport {
                id,
                uid: card.uid,
                login: card.login,
                display_name: card.display_name,
                kind: card.kind,
                inn,
                kpp: card.kpp,
                status: status.value,
                since: status.since,
                checked_on: status.checked_on,
                previous,
                archived,
                manager: card.manager,
            })?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_are_spaced_by_the_rate() {
        let mut pace = Pace::new(20);
        let start = Instant::now();
        for _ in 0..4 {
            pace.wait();
        }
        // Three gaps of 50 ms at least: the pause is a lower bound, never
        // skipped.
        assert!(start.elapsed() >= Duration::from_millis(150));
    }
}
