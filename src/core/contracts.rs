//! Contracts (`contract add|list|close|edit`) and contract-end notices
//! (`notify contracts-ending`). Numbers come from `contract.template`
//! (drawn under the write lock, so two writers never share one) or are
//! given and must be unique. Dates are `YYYY-MM-DD`; "today" is the UTC
//! date. A notice marked sent is remembered with the `valid_to` it was
//! sent for, so moving `valid_to` re-arms it.

use super::card_write::Stamp;
use super::template::{Drawing, Template};
use super::{now, Registry};
use crate::error::{Error, Result};
use crate::model::values::parse_date;
use crate::model::{Contract, Notice};
use crate::store;
use crate::store::Tx;
use crate::t;

/// What `contract add` was given.
#[derive(Debug, Clone, Default)]
pub struct ContractInput {
    pub number: Option<String>,
    pub signed_on: Option<String>,
    pub valid_to: Option<String>,
}

/// Where a new contract's number comes from.
enum Numbering {
    Given(String),
    Template(Template),
}

/// Today's date (UTC).
pub fn today() -> time::Date {
    time::OffsetDateTime::now_utc().date()
}

/// A date as stored, `YYYY-MM-DD`.
pub(crate) fn date_text(d: time::Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day())
}

/// A stored date (`YYYY-MM-DD`).
pub(crate) fn date_of(text: &str) -> Option<time::Date> {
    let mut it = text.splitn(3, '-');
    let (y, m, d) = (it.next()?, it.next()?, it.next()?);
    let month = time::Month::try_from(m.parse::<u8>().ok()?).ok()?;
    time::Date::from_calendar_date(y.parse().ok()?, month, d.parse().ok()?).ok()
}

/// A date flag in either accepted form, as `YYYY-MM-DD`.
pub(crate) fn date_arg(field: &str, v: &str) -> Result<String> {
    parse_date(v).ok_or_else(|| Error::invalid(field, t!("date-unreadable", value = v.trim())))
}

/// valid_to (or closed_on) may not come before signed_on.
fn check_order(signed_on: Option<&str>, field: &str, later: Option<&str>) -> Result<()> {
    if let (Some(s), Some(l)) = (signed_on, later) {
        if l < s {
            return Err(Error::invalid(
                field,
                t!("contract-before-signing", date = l, signed = s),
            ));
        }
    }
    Ok(())
}

fn not_found(number: &str) -> Error {
    Error::not_found("contract", t!("contract-not-found", number = number))
}

fn load(conn: &Tx, number: &str) -> Result<Contract> {
    store::contracts::get(conn, number)?.ok_or_else(|| not_found(number))
}

fn window(days: i64) -> Result<(String, String)> {
    let from = today();
    let to = from
        .checked_add(time::Duration::days(days))
        .ok_or_else(|| Error::invalid("days", t!("days-past-calendar", days = days)))?;
    Ok((date_text(from), date_text(to)))
}

impl Registry {
    /// Adds a contract to a card: the given number (unique), or the next
    /// one from `contract.template`. `signed_on` defaults to today.
    pub fn contract_add(&mut self, reference: &str, input: ContractInput) -> Result<Contract> {
        let id = self.resolve(reference)?;
        let signed_on = match &input.signed_on {
            Some(v) => date_arg("signed_on", v)?,
            None => date_text(today()),
        };
        let valid_to = input
            .valid_to
            .as_deref()
            .map(|v| date_arg("valid_to", v))
            .transpose()?;
        check_order(Some(&signed_on), "valid_to", valid_to.as_deref())?;
        let numbering = match input.number.as_deref().map(str::trim) {
            Some(n)
                if n.is_empty() || n.chars().count() > 64 || n.chars().any(char::is_control) =>
            {
                return Err(Error::invalid("number", t!("contract-number-shape")))
            }
            Some(n) => Numbering::Given(n.to_string()),
            None => {
                let text = self.settings.get("contract.template").trim();
                if text.is_empty() {
                    return Err(Error::invalid("number", t!("contract-numbering-off")));
                }
                Numbering::Template(Template::parse(text, "contract.template")?)
            }
        };
        let (actor, at) = (self.actor.clone(), now());
        let number = self.store.write(|tx| {
            let card = store::subscribers::load(tx, id)?
                .ok_or_else(|| Error::not_found("subscriber", t!("card-id-not-found", id = id)))?;
            if card.archived {
                return Err(Error::invalid("subscriber", t!("card-archived", id = id)));
            }
            let number = match &numbering {
                Numbering::Given(n) => {
                    if let Some(other) = store::contracts::get(tx, n)? {
                        return Err(Error::conflict(
                            "contract",
                            t!(
                                "contract-number-taken",
                                number = n.as_str(),
                                card = other.subscriber_id
                            ),
                        ));
                    }
                    n.clone()
                }
                Numbering::Template(t) => draw_number(tx, t, &card)?,
            };
            let contract = Contract {
                number: number.clone(),
                subscriber_id: id,
                login: card.login.clone(),
                signed_on: Some(signed_on.clone()),
                valid_to: valid_to.clone(),
                closed_on: None,
            };
            store::contracts::add(tx, &contract, &at)?;
            Stamp::new(&actor, &at).record(
                tx,
                Some(id),
                "contract.add",
                Some("contract"),
                None,
                Some(&number),
            )?;
            Ok(number)
        })?;
        self.read(|c| load(c, &number))
    }

    /// Contracts, all or one card's; with `ending_within`, only open ones
    /// whose valid_to is from today to today + N days.
    pub fn contracts(
        &self,
        subscriber: Option<&str>,
        ending_within: Option<i64>,
    ) -> Result<Vec<Contract>> {
        let range = ending_within.map(window).transpose()?;
        let ending = range.as_ref().map(|(a, b)| (a.as_str(), b.as_str()));
        self.read(|c| {
            let id = subscriber.map(|r| self.resolve(r)).transpose()?;
            store::contracts::list(c, id, ending)
        })
    }

    /// Closes an open contract on `on` (default today).
    pub fn contract_close(&mut self, number: &str, on: Option<&str>) -> Result<Contract> {
        let number = number.trim();
        let on = match on {
            Some(v) => date_arg("on", v)?,
            None => date_text(today()),
        };
        let (actor, at) = (self.actor.clone(), now());
        self.store.write(|tx| {
            let mut c = load(tx, number)?;
            if let Some(closed) = &c.closed_on {
                return Err(Error::conflict(
                    "contract",
                    t!(
                        "contract-already-closed",
                        number = number,
                        closed = closed.as_str()
                    ),
                ));
            }
            check_order(c.signed_on.as_deref(), "on", Some(&on))?;
            c.closed_on = Some(on.clone());
            store::contracts::update_dates(tx, &c, &at)?;
            Stamp::new(&actor, &at).record(
                tx,
                Some(c.subscriber_id),
                "contract.close",
                Some(&format!("contract[{number}].closed_on")),
                None,
                Some(&on),
            )?;
            Ok(c)
        })
    }

    /// Changes a contract's dates; a new valid_to re-arms its end notice.
    pub fn contract_edit(
        &mut self,
        number: &str,
        signed_on: Option<&str>,
        valid_to: Option<&str>,
    ) -> Result<Contract> {
        let number = number.trim();
        if signed_on.is_none() && valid_to.is_none() {
            return Err(Error::invalid("contract", t!("contract-nothing-to-change")));
        }
        let signed_on = signed_on.map(|v| date_arg("signed_on", v)).transpose()?;
        let valid_to = valid_to.map(|v| date_arg("valid_to", v)).transpose()?;
        let (actor, at) = (self.actor.clone(), now());
        self.store.write(|tx| {
            let old = load(tx, number)?;
            let mut c = old.clone();
            if signed_on.is_some() {
                c.signed_on = signed_on.clone();
            }
            if valid_to.is_some() {
                c.valid_to = valid_to.clone();
            }
            check_order(c.signed_on.as_deref(), "valid_to", c.valid_to.as_deref())?;
            if let (Some(signed), Some(closed)) = (&c.signed_on, &c.closed_on) {
                if closed < signed {
                    return Err(Error::invalid(
                        "signed_on",
                        t!(
                            "contract-after-closing",
                            signed = signed.as_str(),
                            closed = closed.as_str()
                        ),
                    ));
                }
            }
            if c == old {
                return Ok(c);
            }
            store::contracts::update_dates(tx, &c, &at)?;
            for (field, a, b) in [
                ("signed_on", &old.signed_on, &c.signed_on),
                ("valid_to", &old.valid_to, &c.valid_to),
            ] {
                if a != b {
                    Stamp::new(&actor, &at).record(
                        tx,
                        Some(c.subscriber_id),
                        "contract.edit",
                        Some(&format!("contract[{number}].{field}")),
                        a.as_deref(),
                        b.as_deref(),
                    )?;
                }
            }
            Ok(c)
        })
    }

    /// Open contracts whose valid_to is within `days` (default setting
    /// `notify.days`) from today. With `mark_sent`, only those not yet
    /// noticed for their current valid_to, and they are marked now.
    pub fn contracts_ending(&mut self, days: Option<i64>, mark_sent: bool) -> Result<Vec<Notice>> {
        let days = days.unwrap_or_else(|| self.settings.int("notify.days"));
        if days < 0 {
            return Err(Error::invalid("days", t!("days-negative")));
        }
        let (from, to) = window(days)?;
        let today = today();
        let notice = |e: store::contracts::Ending| -> Notice {
            let valid_to = e.contract.valid_to.unwrap_or_default();
            let days_left = date_of(&valid_to).map_or(0, |d| (d - today).whole_days());
            Notice {
                contract: e.contract.number,
                subscriber_id: e.contract.subscriber_id,
                login: e.contract.login,
                display_name: e.display_name,
                valid_to,
                days_left,
                manager: e.manager,
            }
        };
        if !mark_sent {
            let rows = self.read(|c| store::contracts::ending(c, &from, &to, false))?;
            return Ok(rows.into_iter().map(notice).collect());
        }
        let (actor, at) = (self.actor.clone(), now());
        let rows = self.store.write(|tx| {
            let rows = store::contracts::ending(tx, &from, &to, true)?;
            for e in &rows {
                store::contracts::mark_sent(tx, &e.contract.number)?;
                Stamp::new(&actor, &at).record(
                    tx,
                    Some(e.contract.subscriber_id),
                    "contract.notified",
                    Some(&format!("contract[{}].valid_to", e.contract.number)),
                    None,
                    e.contract.valid_to.as_deref(),
                )?;
            }
            Ok(rows)
        })?;
        Ok(rows.into_iter().map(notice).collect())
    }
}

/// Draws the next contract number from the template, skipping numbers
/// already taken.
fn draw_number(conn: &Tx, t: &Template, card: &crate::model::Card) -> Result<String> {
    let drawing = Drawing {
        field: "number",
        setting: "contract.template",
        fix: t!("contract-fix-number"),
    };
    t.draw(
        card,
        &drawing,
        || store::counters::next(conn, "contract"),
        |n| store::contracts::exists(conn, n),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_round_trip() {
        let d = date_of("2026-03-05").unwrap();
        assert_eq!(date_text(d), "2026-03-05");
        assert_eq!(date_of("2026-02-30"), None);
        assert!(check_order(Some("2026-01-02"), "valid_to", Some("2026-01-01")).is_err());
        assert!(check_order(Some("2026-01-02"), "valid_to", Some("2026-01-02")).is_ok());
    }
}
