//! Subscriber operations: add, edit, archive, restore, passwords, lookups
//! by reference, list and export. Each write is one IMMEDIATE transaction
//! that re-reads what it changes, so concurrent writers never lose an edit
//! or share a login; password hashing runs before the lock is taken.

use super::card_write::{insert, load_locked, prepare_new, update, Stamp};
use super::gate::{Candidate, Gate};
use super::settings::Settings;
use super::{now, password, rules, Registry};
use crate::error::{Error, Result};
use crate::model::fields::{self, FieldValue};
use crate::model::search;
use crate::model::{Card, Kind};
use crate::store::Tx;
use crate::store::{self, listing::ListQuery};
use crate::t;

/// What the caller wants done with the password.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum PasswordChoice {
    /// Generate one when `password.generate` is on (add), keep it (edit).
    #[default]
    Default,
    /// A password the admin typed (from stdin).
    Typed(String),
    /// No password (add) or remove the password (edit).
    None,
}

/// The flags of `subscriber add|edit`, as field values.
#[derive(Debug, Clone, Default)]
pub struct CardInput {
    pub kind: Option<Kind>,
    pub values: Vec<(String, FieldValue)>,
    pub password: PasswordChoice,
}

/// A saved card, the password generated for it (printed once), and warnings.
#[derive(Debug, Clone)]
pub struct Saved {
    pub card: Card,
    pub password: Option<String>,
    pub warnings: Vec<String>,
    /// False when an edit changed nothing.
    pub changed: bool,
}

impl Registry {
    /// Resolves a REF: numeric id, login, uid, or `inn:NNNN[/KPP]`. A
    /// login or uid of a card merged into another leads to that card (its
    /// numeric id still shows it).
    pub fn resolve(&self, reference: &str) -> Result<i64> {
        self.read(|conn| self.resolve_in(conn, reference, true))
    }

    /// As [`Registry::resolve`], never following a merge: the card the REF
    /// names.
    pub fn resolve_own(&self, reference: &str) -> Result<i64> {
        self.read(|conn| self.resolve_in(conn, reference, false))
    }

    fn resolve_in(&self, conn: &Tx, reference: &str, follow: bool) -> Result<i64> {
        let r = reference.trim();
        let not_found = || Error::not_found("subscriber", t!("card-ref-not-found", reference = r));
        if let Some(rest) = r.strip_prefix("inn:") {
            let (inn, kpp) = match rest.split_once('/') {
                Some((i, k)) => (i.trim(), Some(k.trim().to_uppercase())),
                None => (rest.trim(), None),
            };
            let ids = store::subscribers::find(conn, "inn", inn, kpp.as_deref())?;
            return self.one_of(ids, r).ok_or_else(not_found)?;
        }
        if !r.is_empty() && r.bytes().all(|b| b.is_ascii_digit()) {
            if let Ok(id) = r.parse::<i64>() {
                if let Some(id) =
                    store::subscribers::find(conn, "id", &id.to_string(), None)?.first()
                {
                    return Ok(*id);
                }
            }
        }
        for by in ["login", "uid"] {
            if let Some(id) = store::subscribers::find(conn, by, r, None)?.first() {
                return if follow {
                    store::merge::followed(conn, *id)
                } else {
                    Ok(*id)
                };
            }
        }
        Err(not_found())
    }

    /// One card out of several matches: the only one, or the only active
    /// one; otherwise a conflict that lists them.
    fn one_of(&self, ids: Vec<i64>, r: &str) -> Option<Result<i64>> {
        match ids.len() {
            0 => None,
            1 => Some(Ok(ids[0])),
            _ => {
                let cards: Vec<Card> = ids.iter().filter_map(|id| self.card(*id).ok()).collect();
                let active: Vec<&Card> = cards.iter().filter(|c| !c.archived).collect();
                if active.len() == 1 {
                    return Some(Ok(active[0].id));
                }
                let listed: Vec<String> = cards
                    .iter()
                    .map(|c| {
                        t!(
                            "card-ref-listed",
                            id = c.id,
                            name = c.display_name.as_str(),
                            kpp = c.kpp.as_deref().unwrap_or("-"),
                            archived = if c.archived { "yes" } else { "no" }
                        )
                        .into_string()
                    })
                    .collect();
                Some(Err(Error::conflict(
                    "subscriber",
                    t!(
                        "card-ref-ambiguous",
                        reference = r,
                        n = cards.len(),
                        cards = listed.join("; ")
                    ),
                )))
            }
        }
    }

    pub fn card(&self, id: i64) -> Result<Card> {
        self.read(|c| store::subscribers::load(c, id))?
            .ok_or_else(|| Error::not_found("subscriber", t!("card-id-not-found", id = id)))
    }

    pub fn show(&self, reference: &str) -> Result<Card> {
        self.read(|_| self.card(self.resolve(reference)?))
    }

    /// The card `input` would make, checked and normalised by the rules
    /// (contacts in their stored form), without writing anything: what a
    /// command checks before it adds (e.g. whom credentials would go to).
    pub fn preview(&self, input: &CardInput) -> Result<Card> {
        let mut card = self.build_new(input)?;
        let (_, _) = prepare_new(&self.settings, &mut card, super::rules::Ask::Flags)?;
        Ok(card)
    }

    fn build_new(&self, input: &CardInput) -> Result<Card> {
        let kind = input
            .kind
            .ok_or_else(|| Error::invalid("type", t!("card-type-required")))?;
        let mut card = Card::new(kind);
        for (name, value) in &input.values {
            fields::set(&mut card, name, value.clone())?;
        }
        card.has_password = match &input.password {
            PasswordChoice::Typed(_) => true,
            PasswordChoice::None => false,
            PasswordChoice::Default => self.settings.bool("password.generate"),
        };
        Ok(card)
    }

    /// Adds a card. The generated password, if any, is in [`Saved::password`].
    pub fn add(&mut self, input: CardInput) -> Result<Saved> {
        let mut card = self.build_new(&input)?;
        let (template, warnings) =
            prepare_new(&self.settings, &mut card, super::rules::Ask::Flags)?;
        let (plain, generated) = match &input.password {
            PasswordChoice::Typed(p) => {
                password::check_typed(&self.settings, p)?;
                (Some(p.clone()), false)
            }
            PasswordChoice::None => (None, false),
            PasswordChoice::Default if self.settings.bool("password.generate") => {
                (Some(password::generate(&self.settings)?), true)
            }
            PasswordChoice::Default => (None, false),
        };
        let hash = plain.as_deref().map(password::hash).transpose()?;
        let (actor, at) = (self.actor.clone(), now());
        let settings = &self.settings;
        let id = self.store.write(|tx| {
            let stamp = Stamp {
                action: "create",
                ..Stamp::new(&actor, &at)
            };
            let mut logins = store::counters::Draws::new("login");
            let checked = Gate::new(settings, rules::Ask::Flags)?.check(
                tx,
                &mut logins,
                Candidate::new(card, template, &at),
            )?;
            let card = insert(tx, checked, hash.as_deref(), None, &stamp)?;
            logins.save(tx)?;
            Ok(card.id)
        })?;
        Ok(Saved {
            card: self.card(id)?,
            password: plain.filter(|_| generated),
            warnings,
            changed: true,
        })
    }

    /// Changes the fields named in `input`; the card must still pass every rule.
    pub fn edit(&mut self, reference: &str, input: CardInput) -> Result<Saved> {
        let id = self.resolve(reference)?;
        let hash = match &input.password {
            PasswordChoice::Typed(p) => {
                password::check_typed(&self.settings, p)?;
                Some(Some(password::hash(p)?))
            }
            PasswordChoice::None => Some(None),
            PasswordChoice::Default => None,
        };
        let settings = &self.settings;
        let (actor, at) = (self.actor.clone(), now());
        let stamp = Stamp::new(&actor, &at);
        let (warnings, changed) = self.store.write(|tx| {
            // Re-read under the write lock: the edit applies to the current card.
            let old = load_locked(tx, id)?;
            refuse_forgotten(&old)?;
            let mut card = old.clone();
            if let Some(k) = input.kind {
                card.kind = k;
            }
            for (name, value) in &input.values {
                fields::set(&mut card, name, value.clone())?;
            }
            if let Some(h) = &hash {
                card.has_password = h.is_some();
            }
            let warnings = rules::check_card(&mut card, settings)?;
            let diff = fields::diff(&old, &card);
            if diff.is_empty() && hash.is_none() {
                return Ok((warnings, false));
            }
            card.updated_at = at.clone();
            write_changed(tx, settings, &old, card)?;
            for (field, a, b) in &diff {
                stamp.record(
                    tx,
                    Some(id),
                    "update",
                    Some(field),
                    a.as_deref(),
                    b.as_deref(),
                )?;
            }
            if let Some(h) = &hash {
                store::subscribers::set_password_hash(tx, id, h.as_deref(), &at)?;
                let action = if h.is_some() {
                    "password.set"
                } else {
                    "password.remove"
                };
                stamp.record(tx, Some(id), action, Some("password"), None, None)?;
            }
            Ok((warnings, true))
        })?;
        Ok(Saved {
            card: self.card(id)?,
            password: None,
            warnings,
            changed,
        })
    }

    /// Archives (`true`) or restores (`false`) a card.
    pub fn set_archived(&mut self, reference: &str, archived: bool) -> Result<Saved> {
        let id = self.resolve(reference)?;
        let (actor, at) = (self.actor.clone(), now());
        let settings = &self.settings;
        let changed = self
            .store
            .write(|tx| archive_in(tx, settings, &Stamp::new(&actor, &at), id, archived, None))?;
        Ok(Saved {
            card: self.card(id)?,
            password: None,
            warnings: vec![],
            changed,
        })
    }

    /// Sets a new password: the typed one, or a generated one (returned once).
    pub fn reset_password(&mut self, reference: &str, typed: Option<String>) -> Result<Saved> {
        let id = self.resolve(reference)?;
        let (plain, generated) = match typed {
            Some(p) => {
                password::check_typed(&self.settings, &p)?;
                (p, false)
            }
            None => (password::generate(&self.settings)?, true),
        };
        let hash = password::hash(&plain)?;
        let (actor, at) = (self.actor.clone(), now());
        self.store.write(|tx| {
            store::subscribers::set_password_hash(tx, id, Some(&hash), &at)?;
            Stamp::new(&actor, &at).record(
                tx,
                Some(id),
                "password.reset",
                Some("password"),
                None,
                None,
            )
        })?;
        Ok(Saved {
            card: self.card(id)?,
            password: generated.then_some(plain),
            warnings: vec![],
            changed: true,
        })
    }

    /// True when `password` is the password of the active card with this
    /// login. An unknown login, an archived card (its subscriber has left)
    /// or a card without a password is a mismatch too, after the same
    /// Argon2 work, so the answer's time does not tell which logins exist.
    pub fn verify_password(&self, login: &str, password: &str) -> Result<bool> {
        match self.read(|c| store::subscribers::password_hash(c, login))? {
            Some(Some(h)) => Ok(password::verify(password, &h)),
            None | Some(None) => {
                password::verify(password, password::DECOY);
                Ok(false)
            }
        }
    }

    /// Cards matching the query; `search` text is folded into words here.
    pub fn list(&self, mut query: ListQuery, search_text: Option<&str>) -> Result<Vec<Card>> {
        if let Some(t) = search_text {
            let phone = phone_search(t).filter(|_| self.settings().is_russia());
            query.search = search::words(phone.as_deref().unwrap_or(t));
            if query.search.is_empty() {
                return Err(Error::invalid("search", t!("search-empty")));
            }
            let n = query.search.count();
            if n > search::SEARCH_WORDS_MAX {
                return Err(Error::invalid(
                    "search",
                    t!(
                        "search-too-many-words",
                        max = search::SEARCH_WORDS_MAX,
                        got = n
                    ),
                ));
            }
        }
        if let Some(k) = &query.kind {
            if Kind::parse(k).is_none() {
                return Err(Error::invalid(
                    "type",
                    t!("card-type-unknown", value = k.as_str()),
                ));
            }
        }
        query.extra = query
            .extra
            .iter()
            .map(|(name, value)| self.extra_filter(name, value))
            .collect::<Result<_>>()?;
        self.read(|c| {
            let ids = store::listing::list_ids(c, &query)?;
            store::subscribers::load_many(c, &ids)
        })
    }

    /// Calls `each` with every card, in creation order.
    pub fn export(&self, mut each: impl FnMut(&Card) -> Result<()>) -> Result<()> {
        self.read(|c| {
            // A few hundred cards read together: a statement per part of
            // them, not per part of each card.
            for ids in store::subscribers::all_ids(c)?.chunks(256) {
                for card in store::subscribers::load_many(c, ids)? {
                    each(&card)?;
                }
            }
            Ok(())
        })
    }
}

/// A search written as a phone number (`89120001122`, `912 000-11-22`,
/// `+7 (912) 000-11-22`) as the E.164 form cards keep (`+79120001122`), so
/// every writing finds it. Only digits and `+ - ( )` and spaces, and either
/// a separator or 11 digits from 7 or 8: ten bare digits stay a text
/// search, as they may be an INN (and already match a phone's last ten).
fn phone_search(text: &str) -> Option<String> {
    let t = text.trim();
    if !t
        .bytes()
        .all(|b| b.is_ascii_digit() || b" +-()".contains(&b))
    {
        return None;
    }
    let digits: String = t.chars().filter(char::is_ascii_digit).collect();
    let separated = t.bytes().any(|b| !b.is_ascii_digit());
    let national = digits.len() == 11 && (digits.starts_with('8') || digits.starts_with('7'));
    if digits.len() < 10 || !(separated || national) {
        return None;
    }
    match super::contacts::read_phone(t) {
        Ok((contact, None)) => Some(contact.value),
        _ => None,
    }
}

/// A card whose personal data was destroyed is a tombstone: no write
/// changes it again.
fn refuse_forgotten(card: &Card) -> Result<()> {
    match &card.forgotten_on {
        Some(on) => Err(Error::conflict(
            "subscriber",
            t!("forget-edit-refused", id = card.id, on = on.as_str()),
        )),
        None => Ok(()),
    }
}

/// Writes `card`, an admin's change of `old`, back through the gate (its
/// rules, its uniqueness checks) inside the write transaction. A card
/// whose personal data was destroyed is never written again.
pub(super) fn write_changed(tx: &Tx, settings: &Settings, old: &Card, card: Card) -> Result<()> {
    refuse_forgotten(old)?;
    let mut logins = store::counters::Draws::new("login");
    let checked = Gate::new(settings, rules::Ask::Flags)?.check(
        tx,
        &mut logins,
        Candidate::changed(old, card),
    )?;
    update(tx, &checked, None)
}

/// Archives (`true`) or restores (`false`) card `id` inside the write
/// transaction, through the gate like every card write, with its history
/// entry (`note`, when given, is the entry's field and new value: why).
/// `false` when the card already was.
pub(super) fn archive_in(
    tx: &Tx,
    settings: &Settings,
    stamp: &Stamp,
    id: i64,
    archived: bool,
    note: Option<(&str, &str)>,
) -> Result<bool> {
    let old = load_locked(tx, id)?;
    if old.archived == archived {
        return Ok(false);
    }
    let mut card = old.clone();
    card.archived = archived;
    card.updated_at = stamp.at.to_string();
    write_changed(tx, settings, &old, card)?;
    let action = if archived { "archive" } else { "restore" };
    let (field, new) = (note.map(|n| n.0), note.map(|n| n.1));
    stamp.record(tx, Some(id), action, field, None, new)?;
    Ok(true)
}

#[cfg(test)]
mod phone_search_tests {
    use super::phone_search;

    #[test]
    fn phone_writings_search_as_e164() {
        for t in [
            "89120001122",
            "79120001122",
            "912 000-11-22",
            "+7 (912) 000-11-22",
            " 8-912-000-11-22 ",
        ] {
            assert_eq!(phone_search(t).as_deref(), Some("+79120001122"), "{t}");
        }
        // An INN, a short number, words: a text search as written.
        for t in [
            "7707083893",
            "773370857141",
            "912",
            "+7 912",
            "Петров 8912",
            "u000001",
        ] {
            assert_eq!(phone_search(t), None, "{t}");
        }
    }
}
