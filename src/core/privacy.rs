//! Personal data (152-ФЗ): `subscriber forget` destroys an archived
//! person's or sole trader's personal data once the card has been archived
//! longer than `privacy.retention_days` (sooner with a reason), keeps the
//! card as a tombstone (its uid, login, INN, contracts and the fact of the
//! subscriber), and writes the act of destruction that Роскомнадзор's
//! order No. 179 asks for, kept in the database. What is erased where is
//! [`store::privacy`]; how the files forget it is
//! [`store::Store::write_erasing`].

use super::card_write::{load_locked, Stamp};
use super::contracts::{date_text, today};
use super::{now, Registry};
use crate::error::{Error, Result};
use crate::model::{search_body, Card, Kind};
use crate::store;
use crate::store::privacy::{Act, Erasure};
use crate::t;
use serde::Serialize;

/// The history fields whose values stay: nothing personal in them.
const HISTORY_KEPT: &[&str] = &[
    "login", "inn", "kpp", "ogrnip", "status", "password", "group", "manager", "category",
];

/// How a forget is asked for.
#[derive(Debug, Clone, Default)]
pub struct ForgetOptions {
    pub dry_run: bool,
    /// Sooner than `privacy.retention_days`, for this reason.
    pub early_why: Option<String>,
    /// «ФИО, должность» of each who destroys the data.
    pub signers: Vec<String>,
    /// A legal card: its employees' personal data.
    pub include_legal_contacts: bool,
}

/// What a forget destroyed (or, in a dry run, would).
#[derive(Debug, Clone, Serialize)]
pub struct Forgotten {
    pub id: i64,
    pub uid: String,
    pub login: Option<String>,
    #[serde(rename = "type")]
    pub kind: Kind,
    /// The categories of personal data destroyed, in the act's words.
    pub categories: Vec<String>,
    /// History values replaced by `(erased)`.
    pub history_values: usize,
    /// The act's number (`null` in a dry run).
    pub act: Option<i64>,
    #[serde(skip)]
    pub act_text: String,
    pub dry_run: bool,
}

/// A card due for forgetting.
#[derive(Debug, Clone, Serialize)]
pub struct Due {
    pub id: i64,
    pub uid: String,
    pub login: Option<String>,
    pub display_name: String,
    pub archived_at: Option<String>,
}

/// The categories of `card`'s personal data there are to destroy.
fn categories(card: &Card, personal_extra: &[String], employees: bool) -> Vec<String> {
    let mut out = Vec::new();
    let mut add = |present: bool, what: &str| {
        if present {
            out.push(what.to_string());
        }
    };
    if card.kind == Kind::Legal {
        add(
            employees && !card.employees.is_empty(),
            "сведения о сотрудниках (ФИО, телефоны, e-mail)",
        );
        return out;
    }
    let d = &card.document;
    add(true, "фамилия, имя, отчество");
    add(
        d.number.is_some() || d.series.is_some() || d.doc_type.is_some(),
        "документ, удостоверяющий личность (вид, серия, номер, кем и когда выдан, код подразделения)",
    );
    add(d.birth_date.is_some(), "дата рождения");
    add(d.birth_place.is_some(), "место рождения");
    add(
        card.consent_on.is_some(),
        "дата согласия на обработку персональных данных",
    );
    add(
        !card.addresses.is_empty() || card.delivery.address.is_some(),
        "адреса",
    );
    add(!card.emails.is_empty(), "адреса электронной почты");
    add(!card.phones.is_empty(), "номера телефонов");
    add(card.comment.is_some(), "комментарий к карточке");
    for name in personal_extra {
        add(
            card.extra.contains_key(name),
            &format!("дополнительное поле «{name}»"),
        );
    }
    add(
        card.kind == Kind::Ip && card.inn.is_some(),
        "ответы DaData о предпринимателе (кэш)",
    );
    add(
        !card.employees.is_empty(),
        "сведения о сотрудниках (ФИО, телефоны, e-mail)",
    );
    add(true, "прежние значения этих сведений в журнале изменений");
    out
}

impl Registry {
    /// `subscriber forget REF` (see the module notes).
    pub fn forget(&mut self, reference: &str, opts: &ForgetOptions) -> Result<Forgotten> {
        let id = self.resolve_own(reference)?;
        let personal_extra: Vec<String> = self
            .settings
            .extra_fields()
            .iter()
            .filter(|d| d.personal)
            .map(|d| d.name.clone())
            .collect();
        let (actor, at) = (self.actor.clone(), now());
        let on = date_text(today());
        let retention = self.settings.int("privacy.retention_days").max(0);
        let backup_days = self.settings.int("privacy.backup_days").max(0);
        let operator = (
            self.settings.get("operator.name").trim().to_string(),
            self.settings.get("operator.address").trim().to_string(),
        );
        let system = self.describe();
        let dry_run = opts.dry_run;
        let plan = |tx: &store::Tx| -> Result<(Card, Vec<String>, String)> {
            let card = load_locked(tx, id)?;
            if card.forgotten_on.is_some() {
                return Err(Error::conflict(
                    "subscriber",
                    t!(
                        "forget-already",
                        id = id,
                        on = card.forgotten_on.as_deref().unwrap_or("")
                    ),
                ));
            }
            if card.kind == Kind::Legal && !opts.include_legal_contacts {
                return Err(Error::invalid("subscriber", t!("forget-legal", id = id)));
            }
            if !card.archived {
                return Err(Error::conflict("subscriber", t!("forget-active", id = id)));
            }
            let archived_at = store::privacy::archived_at(tx, id)?.unwrap_or_default();
            let reason = match &opts.early_why {
                Some(why) => {
                    let why = crate::model::fields::clean_text(why);
                    crate::t_in!(RU, "forget-act-reason-early", why = why.as_str()).into_string()
                }
                None => {
                    let since = archived_at.get(..10).unwrap_or("");
                    let days = days_since(since);
                    if days < retention {
                        return Err(Error::conflict(
                            "subscriber",
                            t!(
                                "forget-too-soon",
                                id = id,
                                since = since,
                                days = days,
                                retention = retention,
                                left = retention - days
                            ),
                        ));
                    }
                    crate::t_in!(
                        RU,
                        "forget-act-reason-retention",
                        since = since,
                        days = retention
                    )
                    .into_string()
                }
            };
            let cats = categories(&card, &personal_extra, opts.include_legal_contacts);
            Ok((card, cats, reason))
        };
        if dry_run {
            let (card, cats, _) = self.read(|tx| plan(tx))?;
            return Ok(Forgotten {
                id,
                uid: card.uid,
                login: card.login,
                kind: card.kind,
                categories: cats,
                history_values: 0,
                act: None,
                act_text: String::new(),
                dry_run: true,
            });
        }
        // Printed in the act, on terminals too: one clean line each (no
        // control characters or escape sequences).
        let signers: Vec<String> = opts
            .signers
            .iter()
            .map(|s| crate::model::fields::clean_text(s))
            .filter(|s| !s.is_empty())
            .collect();
        let out = self.store.write_erasing(|tx| {
            let (card, cats, reason) = plan(tx)?;
            let marker = crate::t_in!(RU, "forget-marker", date = on.as_str()).into_string();
            let mut after = card.clone();
            if card.kind != Kind::Legal {
                after.last_name = Some(marker.clone());
                after.first_name = None;
                after.middle_name = None;
                after.emails.clear();
                after.phones.clear();
            }
            let display_name = if card.kind == Kind::Legal {
                card.display_name.clone()
            } else {
                after.compute_display_name()
            };
            after.display_name = display_name.clone();
            let body = search_body(&after);
            let history_values = store::privacy::erase(
                tx,
                &Erasure {
                    id,
                    person: card.kind != Kind::Legal,
                    marker: &marker,
                    display_name: &display_name,
                    search_body: &body,
                    on: &on,
                    at: &at,
                    inn: card.inn.as_deref().filter(|_| card.kind == Kind::Ip),
                    personal_extra: &personal_extra,
                    history_kept: HISTORY_KEPT,
                    // A sole trader's employees, and a legal card's when asked.
                    employees: card.kind != Kind::Legal || opts.include_legal_contacts,
                },
            )?;
            let stamp = Stamp::new(&actor, &at);
            stamp.record(tx, Some(id), "forget", None, None, Some(&cats.join("; ")))?;
            let (act, text) = store::privacy::add_act(tx, &at, &actor, id, |number| {
                act_text(&ActFacts {
                    number,
                    operator: &operator,
                    system: &system,
                    on: &on,
                    at: &at,
                    actor: &actor,
                    card: &card,
                    categories: &cats,
                    reason: &reason,
                    backup_days,
                    signers: &signers,
                })
            })?;
            Ok(Forgotten {
                id,
                uid: card.uid.clone(),
                login: card.login.clone(),
                kind: card.kind,
                categories: cats,
                history_values,
                act: Some(act),
                act_text: text,
                dry_run: false,
            })
        })?;
        Ok(out)
    }

    /// The archived persons' and sole traders' cards whose retention
    /// period is over, by id.
    pub fn forget_due(&self) -> Result<Vec<Due>> {
        let retention = self.settings.int("privacy.retention_days").max(0);
        let before = date_text(today() - time::Duration::days(retention));
        self.read(|tx| {
            let ids = store::privacy::due(tx, &format!("{before}T00:00:00Z"))?;
            let mut out = Vec::with_capacity(ids.len());
            for id in ids {
                let Some(card) = store::subscribers::load_for_write(tx, id)? else {
                    continue;
                };
                out.push(Due {
                    id,
                    uid: card.uid,
                    login: card.login,
                    display_name: card.display_name,
                    archived_at: store::privacy::archived_at(tx, id)?,
                });
            }
            Ok(out)
        })
    }

    /// The acts of destruction, newest first (one, with `id`).
    pub fn privacy_acts(&self, id: Option<i64>) -> Result<Vec<Act>> {
        self.read(|tx| store::privacy::acts(tx, id))
    }
}

impl Registry {
    /// With `privacy.log_reads` on, records that this command read the
    /// full cards `read` (the persons' and sole traders' among them), in
    /// a short write transaction of its own after the read. A log that
    /// cannot be written (a read-only standby, the lock past
    /// `db.busy_timeout_ms`) never fails the read: the warning to show is
    /// returned instead.
    pub fn note_reads(&mut self, command: &str, read: &[(i64, Kind)]) -> Option<crate::i18n::Msg> {
        if !self.settings.bool("privacy.log_reads") {
            return None;
        }
        let ids: Vec<i64> = read
            .iter()
            .filter(|(_, k)| *k != Kind::Legal)
            .map(|(id, _)| *id)
            .collect();
        if ids.is_empty() {
            return None;
        }
        let (actor, at) = (self.actor.clone(), now());
        match self
            .store
            .write(|tx| store::privacy::log_read(tx, &at, &actor, command, &ids))
        {
            Ok(_) => None,
            Err(e) => Some(t!(
                "read-log-not-written",
                n = ids.len(),
                reason = e.message.as_str()
            )),
        }
    }

    /// `privacy log [REF] [--since DATE]`.
    pub fn read_log(
        &self,
        reference: Option<&str>,
        since: Option<&str>,
    ) -> Result<Vec<store::privacy::ReadEntry>> {
        let id = reference.map(|r| self.resolve_own(r)).transpose()?;
        let since = since
            .map(|d| super::contracts::date_arg("since", d))
            .transpose()?;
        self.read(|tx| store::privacy::read_log(tx, id, since.as_deref()))
    }
}

/// The act is a Russian document whatever the admin's language, and so
/// is the names' stand-in on the card.
const RU: crate::i18n::Lang = crate::i18n::Lang::Ru;

/// Whole days from `since` (`YYYY-MM-DD`) to today; 0 when unreadable.
fn days_since(since: &str) -> i64 {
    super::contracts::date_of(since).map_or(0, |d| (today() - d).whole_days())
}

struct ActFacts<'a> {
    number: i64,
    operator: &'a (String, String),
    system: &'a str,
    on: &'a str,
    at: &'a str,
    actor: &'a str,
    card: &'a Card,
    categories: &'a [String],
    reason: &'a str,
    backup_days: i64,
    signers: &'a [String],
}

/// The act of destruction of personal data, in Russian (Роскомнадзор's
/// order No. 179 of 28.10.2022, in force since 1 March 2023).
fn act_text(f: &ActFacts) -> String {
    let dash = |s: &str| {
        if s.is_empty() {
            "—".to_string()
        } else {
            s.to_string()
        }
    };
    let kind = match f.card.kind {
        Kind::Person => "физическое лицо",
        Kind::Ip => "индивидуальный предприниматель",
        Kind::Legal => "сотрудники юридического лица",
    };
    let mut subject = format!("карточка № {}, uid {}", f.card.id, f.card.uid);
    if let Some(l) = &f.card.login {
        subject.push_str(&format!(", логин {l}"));
    }
    if let Some(inn) = &f.card.inn {
        subject.push_str(&format!(", ИНН {inn}"));
    }
    let backup_until = date_text(today() + time::Duration::days(f.backup_days));
    let mut out = String::new();
    out.push_str(&format!(
        "АКТ № {}\nоб уничтожении персональных данных\n\n",
        f.number
    ));
    out.push_str(&format!("Дата уничтожения: {}\n", f.on));
    out.push_str(&format!(
        "Оператор: {}\nАдрес оператора: {}\n",
        dash(&f.operator.0),
        dash(&f.operator.1)
    ));
    out.push_str(&format!(
        "Информационная система персональных данных: реестр абонентов abonent ({})\n\n",
        f.system
    ));
    out.push_str(&format!(
        "Субъект персональных данных ({kind}): {subject}\n\n"
    ));
    out.push_str("Уничтоженные категории персональных данных:\n");
    for c in f.categories {
        out.push_str(&format!("  - {c}\n"));
    }
    out.push_str(
        "\nСпособ уничтожения: перезапись и удаление значений в базе данных \
         с затиранием освобождённого места (SQLite: secure_delete, удаление из \
         поискового индекса FTS5 с secure-delete, контрольная точка журнала WAL \
         с усечением; PostgreSQL: перезапись строк и VACUUM).\n",
    );
    out.push_str(&format!("Причина уничтожения: {}\n\n", f.reason));
    out.push_str(&format!(
        "Не может быть уничтожено немедленно: резервные копии базы данных \
         (хранятся {} дн., сведения уйдут из них не позднее {backup_until}); \
         на сервере PostgreSQL также архивы журнала предзаписи (WAL) и реплики \
         до их обновления.\n\n",
        f.backup_days
    ));
    out.push_str("Уничтожение произвели (ФИО, должность, подпись):\n");
    if f.signers.is_empty() {
        out.push_str(&format!("  {}, ________________  ____________\n", f.actor));
    }
    for s in f.signers {
        out.push_str(&format!("  {s}  ____________\n"));
    }
    out.push_str(&format!(
        "\nВыписка из журнала событий:\n  {}  {}  forget  карточка {}: {}\n",
        f.at,
        f.actor,
        f.card.id,
        f.categories.join("; ")
    ));
    out
}
