//! The write steps every card change shares — `subscriber add|edit`,
//! archive and restore, and the 1C import: the rules for a new card, the
//! login drawn under the write lock, uniqueness, references to groups and
//! the manager, and the row with its history entry.

use super::model::{self, Card};
use super::rules;
use super::settings::Settings;
use super::template::{Context, Template};
use crate::error::{Error, ErrorKind, Result};
use crate::store;
use rusqlite::Connection;

/// Who made a change, when, and how the history names it.
#[derive(Clone, Copy)]
pub(super) struct Stamp<'a> {
    pub actor: &'a str,
    pub at: &'a str,
    pub action: &'a str,
    /// Recorded as the entry's new value (the import's file name).
    pub note: Option<&'a str>,
    /// Stage the search text for [`store::subscribers::search_flush`]
    /// instead of indexing it now (the import does, for speed).
    pub stage_search: bool,
}

impl Stamp<'_> {
    /// Writes the history entry of `action` on card `id` under this stamp's
    /// actor and time.
    pub fn record(
        &self,
        tx: &Connection,
        action: &str,
        id: i64,
        field: Option<&str>,
        old: Option<&str>,
        new: Option<&str>,
    ) -> Result<()> {
        store::history::add(tx, self.at, self.actor, Some(id), action, field, old, new)
    }
}

pub(super) fn check_login(settings: &Settings, login: &str) -> Result<()> {
    let pattern = settings.get("login.pattern");
    let re = regex::Regex::new(pattern).map_err(|e| {
        Error::invalid(
            "login.pattern",
            format!("not a valid regular expression: {e}"),
        )
    })?;
    if !re.is_match(login) {
        return Err(Error::invalid(
            "login",
            format!("`{login}` does not match {pattern} (setting login.pattern)"),
        ));
    }
    Ok(())
}

/// The rules for a card about to be created: default groups, the login
/// template (the login itself is drawn later, under the write lock), every
/// check of [`rules::check_card`]. Returns the template and the warnings.
pub(super) fn prepare_new(
    settings: &Settings,
    card: &mut Card,
    ask: rules::Ask,
) -> Result<(Option<Template>, Vec<String>)> {
    for g in settings.list(&format!("groups.default.{}", card.kind)) {
        if !card.groups.contains(&g) {
            card.groups.push(g);
        }
    }
    let template = if card.login.is_none() {
        let text = settings.get("login.template").trim();
        if text.is_empty() {
            let fix = match ask {
                rules::Ask::Flags => "give --login",
                rules::Ask::File(_) => {
                    "set login.template (`abonent settings set login.template …`)"
                }
            };
            return Err(Error::invalid(
                "login",
                format!(
                    "required: automatic numbering is off (setting login.template is empty); {fix}"
                ),
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
    let warnings = checked?;
    if let Some(l) = &card.login {
        check_login(settings, l)?;
    }
    Ok((template, warnings))
}

/// Inserts a prepared card inside the write transaction: the login, groups
/// and manager, the row, one history entry. Returns its id. The caller has
/// run [`check_unique`] under the same lock, and saves `logins` before the
/// transaction commits.
pub(super) fn insert_new(
    tx: &Connection,
    card: &mut Card,
    template: Option<&Template>,
    logins: &mut store::counters::Draws,
    hash: Option<&str>,
    stamp: &Stamp,
) -> Result<i64> {
    // Time-ordered (UUIDv7, 74 random bits): a new uid lands at the end of
    // the uid index instead of at a random page (a 100,000-row import ran
    // 15% faster than with v4).
    card.uid = uuid::Uuid::now_v7().to_string();
    card.created_at = stamp.at.to_string();
    card.updated_at = stamp.at.to_string();
    if let Some(t) = template {
        card.login = Some(draw_login(tx, t, card, logins)?);
    } else if let Some(l) = &card.login {
        if store::subscribers::login_taken(tx, l, 0)? {
            return Err(Error::conflict("login", format!("`{l}` is already taken")));
        }
    }
    let (manager_id, group_ids) = resolve_refs(tx, card, true)?;
    let body = model::search_body(card);
    let now_body = (!stamp.stage_search).then_some(body.as_str());
    let id = store::subscribers::insert(tx, card, manager_id, &group_ids, hash, now_body)?;
    card.id = id;
    if stamp.stage_search {
        store::subscribers::search_stage(tx, id, &body)?;
    }
    let new = stamp.note.unwrap_or(&card.display_name);
    stamp.record(tx, stamp.action, id, None, None, Some(new))?;
    Ok(id)
}

/// Writes a changed card back after the uniqueness checks.
pub(super) fn save_changes(
    tx: &Connection,
    card: &Card,
    login_changed: bool,
    stage_search: bool,
) -> Result<()> {
    if !card.archived {
        check_unique(tx, card)?;
    }
    if login_changed {
        if let Some(l) = &card.login {
            if store::subscribers::login_taken(tx, l, card.id)? {
                return Err(Error::conflict("login", format!("`{l}` is already taken")));
            }
        }
    }
    rewrite(tx, card, stage_search)
}

/// Re-reads a card inside the write transaction.
pub(super) fn load_locked(conn: &Connection, id: i64) -> Result<Card> {
    store::subscribers::load(conn, id)?
        .ok_or_else(|| Error::not_found("subscriber", format!("no card with id {id}")))
}

/// Writes every field of an existing card back, with its references.
pub(super) fn rewrite(conn: &Connection, card: &Card, stage_search: bool) -> Result<()> {
    let (manager_id, group_ids) = resolve_refs(conn, card, false)?;
    let body = model::search_body(card);
    if stage_search {
        store::subscribers::update(conn, card, manager_id, &group_ids, None)?;
        store::subscribers::search_stage(conn, card.id, &body)
    } else {
        store::subscribers::update(conn, card, manager_id, &group_ids, Some(&body))
    }
}

/// INN+KPP unique among active cards; for ip and person the INN alone.
pub(super) fn check_unique(conn: &Connection, card: &Card) -> Result<()> {
    let Some(inn) = &card.inn else { return Ok(()) };
    let clash = store::subscribers::active_with_inn_kpp(conn, inn, card.kpp.as_deref(), card.id)?;
    if let Some((id, name)) = clash.first() {
        let what = match &card.kpp {
            Some(k) => format!("inn {inn} with kpp {k}"),
            None => format!("inn {inn}"),
        };
        return Err(Error::conflict(
            "inn",
            format!("{what} is already registered to card {id} ({name}); edit that card or archive it first"),
        ));
    }
    Ok(())
}

/// Draws the next login from the template, skipping logins already taken.
fn draw_login(
    conn: &Connection,
    t: &Template,
    card: &Card,
    logins: &mut store::counters::Draws,
) -> Result<String> {
    let today = time::OffsetDateTime::now_utc();
    let inn = card.inn.clone().unwrap_or_default();
    if t.uses_inn() && inn.is_empty() {
        return Err(Error::invalid(
            "login",
            "login.template uses {inn} but the card has no INN; give --inn or --login",
        ));
    }
    for _ in 0..10_000 {
        let seq = if t.uses_seq() { logins.next(conn)? } else { 0 };
        let login = t.render(&Context {
            seq,
            type_code: card.kind.code(),
            inn: &inn,
            year: today.year(),
            month: u8::from(today.month()),
        });
        if !store::subscribers::login_taken(conn, &login, 0)? {
            return Ok(login);
        }
    }
    Err(Error::conflict(
        "login",
        "every login the template produced is taken; change login.template or give --login",
    ))
}

/// The manager id and group ids a card refers to. New cards create their
/// default groups on the fly; groups named by the admin must exist.
fn resolve_refs(conn: &Connection, card: &Card, fresh: bool) -> Result<(Option<i64>, Vec<i64>)> {
    let manager_id = match &card.manager {
        None => None,
        Some(m) => Some(
            store::dictionaries::manager(conn, &m.name)?
                .ok_or_else(|| {
                    Error::not_found(
                        "manager",
                        format!(
                            "no manager named `{}`; add it with `abonent manager add`",
                            m.name
                        ),
                    )
                })?
                .0,
        ),
    };
    let mut ids = Vec::new();
    for g in &card.groups {
        let id = match store::dictionaries::group_id(conn, g)? {
            Some(id) => id,
            None if fresh => store::dictionaries::add_group(conn, g, None)?,
            None => {
                return Err(Error::new(
                    ErrorKind::NotFound,
                    "group",
                    format!("no group named `{g}`; add it with `abonent group add`"),
                ))
            }
        };
        ids.push(id);
    }
    Ok((manager_id, ids))
}
