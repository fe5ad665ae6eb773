//! The write steps every card change shares — `subscriber add|edit`,
//! archive and restore, and the 1C import: the rules for a new card, the
//! history stamp, and the row written once the [`super::gate`] has checked
//! it against the database.

use super::rules;
use super::settings::Settings;
use super::template::Template;
use crate::error::{Error, Result};
use crate::model::checked::Checked;
use crate::model::Card;
use crate::store;
use crate::store::subscribers::ImportFp;
use crate::store::Tx;
use crate::t;

/// Who made a change, when, and how the history names it.
#[derive(Clone, Copy)]
pub(super) struct Stamp<'a> {
    pub actor: &'a str,
    pub at: &'a str,
    pub action: &'a str,
    /// Recorded as the entry's new value (the import's file name).
    pub note: Option<&'a str>,
}

impl<'a> Stamp<'a> {
    /// A change by `actor` at `at`, for entries that are not a card write.
    pub fn new(actor: &'a str, at: &'a str) -> Stamp<'a> {
        Stamp {
            actor,
            at,
            action: "",
            note: None,
        }
    }

    /// Writes the history entry of `action` (on card `id`, or on the
    /// registry) under this stamp's actor and time: every history entry is
    /// written here.
    pub fn record(
        &self,
        tx: &Tx,
        id: Option<i64>,
        action: &str,
        field: Option<&str>,
        old: Option<&str>,
        new: Option<&str>,
    ) -> Result<()> {
        store::history::add(tx, self.at, self.actor, id, action, field, old, new)
    }
}

/// The rules for a card about to be created: default groups, the login
/// template (the login itself is drawn later, under the write lock), every
/// check of [`rules::check_card`]. Returns the template and the warnings.
pub(super) fn prepare_new(
    settings: &Settings,
    card: &mut Card,
    ask: rules::Ask,
) -> Result<(Option<Template>, Vec<String>)> {
    for g in super::gate::default_groups(settings, card.kind) {
        if !card.groups.contains(&g) {
            card.groups.push(g);
        }
    }
    let template = if card.login.is_none() {
        let text = settings.get("login.template").trim();
        if text.is_empty() {
            let from = match ask {
                rules::Ask::Flags => "flags",
                rules::Ask::File(_) => "file",
            };
            return Err(Error::invalid(
                "login",
                t!("login-numbering-off", from = from),
            ));
        }
        Some(Template::parse(text, "login.template")?)
    } else {
        None
    };
    if template.is_some() {
        // Stands in for the login to come, so `required.* = login` holds.
        card.login = Some("pending".into());
    }
    let checked = rules::check_card_for(card, settings, ask);
    if template.is_some() {
        card.login = None;
    }
    Ok((template, checked?))
}

/// Inserts a card the gate has checked, with its history entry, inside
/// the write transaction. Returns the card with its id.
/// `import_fp` is the 1C row's fingerprint when the import creates the
/// card, `None` for every other write.
pub(super) fn insert(
    tx: &Tx,
    mut checked: Checked,
    hash: Option<&str>,
    import_fp: Option<&ImportFp>,
    stamp: &Stamp,
) -> Result<Card> {
    let id = store::subscribers::insert(tx, &checked, hash, import_fp)?;
    checked.set_id(id);
    let card = checked.into_card();
    let new = stamp.note.unwrap_or(&card.display_name);
    stamp.record(tx, Some(id), stamp.action, None, None, Some(new))?;
    Ok(card)
}

/// Writes every field of a card the gate has checked back, with its
/// references. Every write but the import's passes `None`, which forgets
/// the row the import last saw: the next import compares the card in full,
/// so the 1C values win again over an edit (see `import.admin_fields`
/// for the fields they never overwrite).
pub(super) fn update(tx: &Tx, checked: &Checked, import_fp: Option<&ImportFp>) -> Result<()> {
    store::subscribers::update(tx, checked, import_fp)
}

/// Re-reads a card inside the write transaction.
pub(super) fn load_locked(conn: &Tx, id: i64) -> Result<Card> {
    store::subscribers::load(conn, id)?
        .ok_or_else(|| Error::not_found("subscriber", t!("card-id-not-found", id = id)))
}
