//! The write gate: the one place for every rule a card is checked by
//! against the database — its login (the pattern, not taken, drawn from
//! the template only when each placeholder has a value), INN+KPP unique
//! among active cards when the keys change, the manager and the groups it
//! names existing. `subscriber add|edit`, archive, restore and both
//! branches of the 1C import pass their cards through it before their
//! first write, and the store's card writes take only the [`Checked`] card
//! it makes, so no write path can skip it.
//!
//! It has a batch shape — candidates in, checked cards and per-row
//! refusals out — and keeps what it has looked up (managers, groups) for
//! the transaction it serves, so a batch asks for each name once.

use super::rules::Ask;
use super::settings::Settings;
use super::template::{Drawing, Template};
use crate::error::{Error, Result};
use crate::model::checked::Checked;
use crate::model::{Card, Kind};
use crate::store;
use crate::store::Tx;
use crate::t;
use std::collections::{HashMap, HashSet};

/// A card about to be written, and what changes with it.
pub struct Candidate {
    card: Card,
    change: Change,
}

enum Change {
    New {
        /// Draws the login (the card has none).
        template: Option<Template>,
        /// The import's probe found no active card with this INN.
        clash_ruled_out: bool,
    },
    Existing {
        login: bool,
        keys: bool,
        /// The stored card's contacts and whether each is confirmed.
        known: Vec<(String, bool)>,
    },
}

impl Candidate {
    /// A new card, created `at`; its login is drawn from `template` when
    /// it has none.
    pub fn new(mut card: Card, template: Option<Template>, at: &str) -> Candidate {
        // Time-ordered (UUIDv7, 74 random bits): a new uid lands at the end
        // of the uid index instead of at a random page (a 100,000-row
        // import ran 15% faster than with v4).
        card.uid = uuid::Uuid::now_v7().to_string();
        card.created_at = at.to_string();
        card.updated_at = at.to_string();
        Candidate {
            card,
            change: Change::New {
                template,
                clash_ruled_out: false,
            },
        }
    }

    /// A new card the caller has already seen no INN clash for (the import
    /// probes every INN of a row when it matches it).
    pub fn with_clash_ruled_out(mut self) -> Candidate {
        if let Change::New {
            clash_ruled_out, ..
        } = &mut self.change
        {
            *clash_ruled_out = true;
        }
        self
    }

    /// A stored card `old` changed into `card`.
    pub fn changed(old: &Card, card: Card) -> Candidate {
        let login = card.login != old.login;
        let keys = card.inn != old.inn || card.kpp != old.kpp || card.archived != old.archived;
        let known = old
            .emails
            .iter()
            .chain(&old.phones)
            .map(|c| (c.value.clone(), c.confirmed))
            .collect();
        Candidate {
            card,
            change: Change::Existing { login, keys, known },
        }
    }
}

/// The rules checked against the database, for one write transaction.
pub struct Gate<'a> {
    settings: &'a Settings,
    ask: Ask<'a>,
    pattern: regex::Regex,
    managers: HashMap<String, Option<i64>>,
    groups: HashMap<String, Option<i64>>,
    /// Logins looked up in this transaction, with the card holding each
    /// (`None`: free). A drawn login is looked up with the next ones the
    /// template would draw, in one statement ([`Template::foreseen`]): on
    /// PostgreSQL a round trip per 256 new cards instead of one per card.
    /// A login the gate passes is forgotten (its card is about to be
    /// written), and all of them when a card's login changes.
    owners: HashMap<String, Option<i64>>,
}

/// Logins looked up together beside a drawn one.
const LOGINS_AHEAD: u64 = 255;

/// What the cards of one batch claim from each other: their writes come
/// after every check, so the database does not yet show them.
#[derive(Default)]
struct Claims {
    logins: HashSet<String>,
    keys: HashSet<(String, Option<String>)>,
}

impl<'a> Gate<'a> {
    pub fn new(settings: &'a Settings, ask: Ask<'a>) -> Result<Gate<'a>> {
        let text = settings.get("login.pattern");
        let pattern = regex::Regex::new(text).map_err(|e| {
            Error::invalid(
                "login.pattern",
                t!("setting-bad-regex", reason = e.to_string()),
            )
        })?;
        Ok(Gate {
            settings,
            ask,
            pattern,
            managers: HashMap::new(),
            groups: HashMap::new(),
            owners: HashMap::new(),
        })
    }

    /// Setting `send.confirm_contacts`: a contact the card already had
    /// keeps its state (a refused address stays unconfirmed through an
    /// edit or an import); a new one is confirmed when the setting is true
    /// (what the operator enters is taken as checked), else it waits for a
    /// delivery to be accepted ([`Registry::credentials_delivered`]).
    ///
    /// [`Registry::credentials_delivered`]: super::Registry::credentials_delivered
    fn confirm_contacts(&self, card: &mut Card, known: &[(String, bool)]) {
        let fresh = self.settings.bool("send.confirm_contacts");
        for c in card.emails.iter_mut().chain(card.phones.iter_mut()) {
            c.confirmed = known
                .iter()
                .find(|(value, _)| *value == c.value)
                .map_or(fresh, |&(_, confirmed)| confirmed);
        }
    }

    pub fn settings(&self) -> &'a Settings {
        self.settings
    }

    /// Whom the refusals speak to: the admin's flags or the file's fields.
    pub fn ask(&self) -> Ask<'a> {
        self.ask
    }

    /// Checks one card.
    pub fn check(
        &mut self,
        tx: &Tx,
        logins: &mut store::counters::Draws,
        candidate: Candidate,
    ) -> Result<Checked> {
        self.check_one(tx, logins, candidate, &mut Claims::default())
    }

    /// Checks a batch of cards to be written together after the checks:
    /// each comes back checked or refused, in order, and no two checked
    /// cards hold the same login or active INN+KPP.
    pub fn check_batch(
        &mut self,
        tx: &Tx,
        logins: &mut store::counters::Draws,
        batch: Vec<Candidate>,
    ) -> Vec<Result<Checked>> {
        let mut claims = Claims::default();
        batch
            .into_iter()
            .map(|c| self.check_one(tx, logins, c, &mut claims))
            .collect()
    }

    fn check_one(
        &mut self,
        tx: &Tx,
        logins: &mut store::counters::Draws,
        Candidate { mut card, change }: Candidate,
        claims: &mut Claims,
    ) -> Result<Checked> {
        let renamed = matches!(change, Change::Existing { login: true, .. });
        let (template, check_keys, check_login, known) = match change {
            Change::New {
                template,
                clash_ruled_out,
            } => (template, !clash_ruled_out, true, Vec::new()),
            Change::Existing { login, keys, known } => (None, keys, login, known),
        };
        self.confirm_contacts(&mut card, &known);
        let drawing = self.drawing();
        if let Some(t) = &template {
            t.check_values(&card, &drawing)?;
        } else if check_login {
            if let Some(l) = &card.login {
                self.login_allowed(tx, l, card.id, claims)?;
            }
        }
        let key = (!card.archived)
            .then(|| card.inn.clone().map(|inn| (inn, card.kpp.clone())))
            .flatten();
        if let Some(key) = key.as_ref().filter(|_| check_keys) {
            self.unique(tx, &card, key, claims)?;
        }
        let manager_id = match &card.manager {
            None => None,
            Some(m) => Some(self.manager(tx, &m.name)?),
        };
        let missing = self.missing_groups(tx, &card)?;
        if let Some(t) = &template {
            let last = std::cell::Cell::new(0);
            let owners = &mut self.owners;
            let login = t.draw(
                &card,
                &drawing,
                || {
                    let seq = logins.next(tx)?;
                    last.set(seq);
                    Ok(seq)
                },
                |l| {
                    let ahead = || t.foreseen(&card, last.get(), LOGINS_AHEAD);
                    Ok(claims.logins.contains(l) || login_taken(owners, tx, l, 0, ahead)?)
                },
            )?;
            self.matches_pattern(&login, true)?;
            card.login = Some(login);
        }
        // Every check has passed: the claims and the default groups.
        if renamed {
            self.owners.clear();
        }
        if let Some(l) = &card.login {
            claims.logins.insert(l.clone());
            self.owners.remove(l);
        }
        if let Some(key) = key {
            claims.keys.insert(key);
        }
        for g in missing {
            let id = store::dictionaries::add_group(tx, &g, None)?;
            self.groups.insert(g, Some(id));
        }
        let group_ids = card
            .groups
            .iter()
            .map(|g| self.groups.get(g).copied().flatten())
            .collect::<Option<Vec<i64>>>()
            .ok_or_else(|| Error::internal("group", t!("gate-group-no-id")))?;
        Ok(Checked::from_gate(card, manager_id, group_ids))
    }

    fn drawing(&self) -> Drawing<'static> {
        Drawing {
            field: "login",
            setting: "login.template",
            fix: match self.ask {
                Ask::Flags => t!("login-fix-flag"),
                Ask::File(_) => t!("login-fix-file"),
            },
        }
    }

    fn matches_pattern(&self, login: &str, drawn: bool) -> Result<()> {
        if self.pattern.is_match(login) {
            return Ok(());
        }
        let pattern = self.pattern.as_str();
        let drawn = if drawn { "yes" } else { "no" };
        Err(Error::invalid(
            "login",
            t!(
                "login-pattern-mismatch",
                login = login,
                pattern = pattern,
                drawn = drawn
            ),
        ))
    }

    fn login_allowed(&mut self, tx: &Tx, login: &str, id: i64, claims: &Claims) -> Result<()> {
        self.matches_pattern(login, false)?;
        if claims.logins.contains(login) || login_taken(&mut self.owners, tx, login, id, Vec::new)?
        {
            return Err(Error::conflict("login", t!("login-taken", login = login)));
        }
        Ok(())
    }

    /// INN+KPP unique among active cards; for ip and person the INN alone.
    fn unique(
        &self,
        tx: &Tx,
        card: &Card,
        key: &(String, Option<String>),
        claims: &Claims,
    ) -> Result<()> {
        let (inn, kpp) = key;
        let what = match kpp {
            Some(k) => t!("inn-with-kpp", inn = inn.as_str(), kpp = k.as_str()),
            None => t!("inn-alone", inn = inn.as_str()),
        };
        if claims.keys.contains(key) {
            return Err(Error::conflict(
                "inn",
                t!("inn-taken-in-batch", what = what.as_str()),
            ));
        }
        let clash = store::subscribers::active_with_inn_kpp(tx, inn, kpp.as_deref(), card.id)?;
        if let Some((id, name)) = clash.first() {
            return Err(Error::conflict(
                "inn",
                t!(
                    "inn-taken",
                    what = what.as_str(),
                    id = *id,
                    name = name.as_str()
                ),
            ));
        }
        Ok(())
    }

    fn manager(&mut self, tx: &Tx, name: &str) -> Result<i64> {
        let id = match self.managers.get(name) {
            Some(id) => *id,
            None => {
                let id = store::dictionaries::manager(tx, name)?.map(|(id, _)| id);
                self.managers.insert(name.to_string(), id);
                id
            }
        };
        id.ok_or_else(|| Error::not_found("manager", t!("manager-not-found-add", name = name)))
    }

    /// The card's groups that do not exist yet: only its type's default
    /// groups (`groups.default.*`, created on first use); a group named
    /// by the admin or the file must exist, so a typo creates nothing.
    fn missing_groups(&mut self, tx: &Tx, card: &Card) -> Result<Vec<String>> {
        let mut missing = Vec::new();
        for g in &card.groups {
            let id = match self.groups.get(g) {
                Some(id) => *id,
                None => {
                    let id = store::dictionaries::group_id(tx, g)?;
                    self.groups.insert(g.clone(), id);
                    id
                }
            };
            if id.is_some() {
                continue;
            }
            if !default_groups(self.settings, card.kind).contains(g) {
                return Err(Error::not_found(
                    "group",
                    t!("group-not-found-add", name = g.as_str()),
                ));
            }
            missing.push(g.clone());
        }
        Ok(missing)
    }
}

/// Whether a card other than `id` holds `login`, by what `owners` has
/// learned in this transaction, else asked, together with the logins
/// `ahead` names.
fn login_taken(
    owners: &mut HashMap<String, Option<i64>>,
    tx: &Tx,
    login: &str,
    id: i64,
    ahead: impl FnOnce() -> Vec<String>,
) -> Result<bool> {
    if !owners.contains_key(login) {
        let mut ask = ahead();
        ask.push(login.to_string());
        ask.retain(|l| !owners.contains_key(l));
        let asked: Vec<&str> = ask.iter().map(String::as_str).collect();
        let found = store::subscribers::login_owners(tx, &asked)?;
        for l in &ask {
            owners.insert(l.clone(), None);
        }
        for (l, owner) in found {
            owners.insert(l, Some(owner));
        }
    }
    Ok(matches!(owners.get(login), Some(Some(owner)) if *owner != id))
}

/// The groups every new card of `kind` joins (setting `groups.default.*`).
pub(super) fn default_groups(settings: &Settings, kind: Kind) -> Vec<String> {
    settings.list(&format!("groups.default.{kind}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The store writes only a [`Checked`] card, and only this gate makes
    /// one: no other file of the crate calls its constructor.
    #[test]
    fn only_the_gate_makes_a_checked_card() {
        fn walk(dir: &std::path::Path, found: &mut Vec<String>) {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    walk(&path, found);
                } else if std::fs::read_to_string(&path)
                    .unwrap()
                    .contains(concat!("Checked::", "from_gate("))
                {
                    found.push(path.display().to_string());
                }
            }
        }
        let mut found = Vec::new();
        walk(
            std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src")),
            &mut found,
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].ends_with("src/core/gate.rs"), "{found:?}");
    }

    /// Drawn logins are looked up with the next ones the template would
    /// draw; what the gate learns holds for the cards written after it,
    /// and a login a card gives up is free again.
    #[test]
    fn drawn_logins_are_looked_up_ahead_and_what_is_learned_stays_true() {
        let db = crate::store::memory_db();
        let conn = &crate::store::Tx::new(&db);
        let add = |id: i64, login: &str| {
            conn.execute(
                "INSERT INTO subscribers (id, uid, type, category, display_name, login,
                                          archived, created_at, updated_at)
                 VALUES (?1, ?1, 'person', 'subscriber', 'x', ?2, 0, 't', 't')",
                &[&id, &login],
            )
            .unwrap();
        };
        add(1, "u02");
        add(2, "u03");
        let settings = Settings::from_stored(HashMap::new());
        let mut gate = Gate::new(&settings, Ask::Flags).unwrap();
        let mut logins = store::counters::Draws::new("login");
        let template = Template::parse("u{seq:2}", "login.template").unwrap();
        let mut drawn = Vec::new();
        for id in 3..6 {
            let card = Card::new(Kind::Person);
            let c = Candidate::new(card, Some(template.clone()), "2026-12-04T00:00:00Z");
            let login = gate
                .check(conn, &mut logins, c)
                .unwrap()
                .into_card()
                .login
                .unwrap();
            // Written, as the import writes each card after its check.
            add(id, &login);
            drawn.push(login);
        }
        assert_eq!(drawn, ["u01", "u04", "u05"]);

        // A login held by card 1 is refused; once card 1 gives it up, it
        // is free (the database says so, and the gate forgets what it knew).
        let named = |login: &str| {
            let mut card = Card::new(Kind::Person);
            card.login = Some(login.to_string());
            Candidate::new(card, None, "2026-12-04T00:00:00Z")
        };
        let refused = gate.check(conn, &mut logins, named("u02")).unwrap_err();
        assert_eq!(refused.subject, "login");
        let mut old = Card::new(Kind::Person);
        old.id = 1;
        old.login = Some("u02".into());
        let mut renamed = old.clone();
        renamed.login = Some("v02".into());
        gate.check(conn, &mut logins, Candidate::changed(&old, renamed))
            .unwrap();
        conn.execute("UPDATE subscribers SET login = 'v02' WHERE id = 1", &[])
            .unwrap();
        assert!(gate.check(conn, &mut logins, named("u02")).is_ok());
    }

    fn legal(login: Option<&str>, inn: &str, kpp: &str) -> Candidate {
        let mut card = Card::new(Kind::Legal);
        card.login = login.map(str::to_string);
        card.inn = Some(inn.to_string());
        card.kpp = Some(kpp.to_string());
        let template = login
            .is_none()
            .then(|| Template::parse("c{inn}", "login.template").unwrap());
        Candidate::new(card, template, "2026-12-02T00:00:00Z")
    }

    /// The cards of a batch are written after all of them are checked, so
    /// the gate holds them apart from each other as the database would.
    #[test]
    fn a_batch_keeps_its_cards_apart_before_they_are_written() {
        let db = crate::store::memory_db();
        let conn = &crate::store::Tx::new(&db);
        let settings = Settings::from_stored(HashMap::new());
        let mut gate = Gate::new(&settings, Ask::Flags).unwrap();
        let mut logins = store::counters::Draws::new("login");
        let out = gate.check_batch(
            conn,
            &mut logins,
            vec![
                legal(Some("alpha"), "7707083893", "773601001"),
                legal(Some("alpha"), "4477127820", "447701001"),
                legal(Some("gamma"), "7707083893", "773601001"),
                legal(None, "2619730694", "261901001"),
                legal(None, "2619730694", "261902001"),
                legal(Some("delta"), "7707083893", "773602001"),
            ],
        );
        let subjects: Vec<&str> = out
            .iter()
            .map(|r| r.as_ref().map_or_else(|e| e.subject.as_str(), |_| "ok"))
            .collect();
        assert_eq!(subjects, ["ok", "login", "inn", "ok", "login", "ok"]);
        assert_eq!(
            out[3].as_ref().unwrap().card().login.as_deref(),
            Some("c2619730694")
        );
        // One card at a time, nothing claimed: the second alpha passes (the
        // first was never written).
        let again = gate.check(
            conn,
            &mut logins,
            legal(Some("alpha"), "4477127820", "447701001"),
        );
        assert!(again.is_ok());
    }
}
