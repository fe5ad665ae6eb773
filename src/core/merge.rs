//! `subscriber merge KEEP OTHER`: two cards of one subscriber made one.
//! KEEP takes what OTHER has and it lacks (or, preferring OTHER, what
//! OTHER has): the plain fields, addresses, contacts, groups, extra
//! values and the 1C id and code; OTHER's contracts, employees and
//! history become KEEP's. OTHER is archived with a pointer to KEEP, so a
//! REF to its login or uid and the 1C import's match of its counterparty
//! reach KEEP. One transaction, both cards written through the gate, one
//! history entry on each.

use super::card_write::{load_locked, Stamp};
use super::subscribers::write_changed;
use super::{now, Registry};
use crate::error::{Error, Result};
use crate::model::{fields, Card};
use crate::store;
use crate::store::merge::Moved;
use crate::t;

/// What a merge did.
#[derive(Debug, Clone)]
pub struct Merged {
    /// KEEP as it is now.
    pub card: Card,
    /// OTHER's id.
    pub other: i64,
    /// The fields of KEEP that changed.
    pub fields: Vec<String>,
    pub moved: Moved,
}

/// KEEP with what it takes from OTHER, and the names of what changed.
pub fn merged(keep: &Card, other: &Card, prefer_other: bool) -> (Card, Vec<String>) {
    let mut card = keep.clone();
    let mut changed: Vec<String> = fields::fill_from(&mut card, other, prefer_other)
        .into_iter()
        .map(str::to_string)
        .collect();
    for a in &other.addresses {
        match card.addresses.iter_mut().find(|b| b.kind == a.kind) {
            Some(b) if prefer_other && b.text != a.text => b.text = a.text.clone(),
            Some(_) => continue,
            None => card.addresses.push(a.clone()),
        }
        changed.push(format!("address.{}", a.kind));
    }
    let before = (card.emails.len(), card.phones.len(), card.groups.len());
    for c in &other.emails {
        if !card
            .emails
            .iter()
            .any(|e| e.value.eq_ignore_ascii_case(&c.value))
        {
            card.emails.push(c.clone());
        }
    }
    for c in &other.phones {
        if !card
            .phones
            .iter()
            .any(|p| p.value == c.value && p.extension == c.extension)
        {
            card.phones.push(c.clone());
        }
    }
    for g in &other.groups {
        if !card.groups.contains(g) {
            card.groups.push(g.clone());
        }
    }
    let after = (card.emails.len(), card.phones.len(), card.groups.len());
    for (name, grew) in [
        ("email", after.0 > before.0),
        ("phone", after.1 > before.1),
        ("group", after.2 > before.2),
    ] {
        if grew {
            changed.push(name.to_string());
        }
    }
    let manager_wanted = card.manager.is_none() || prefer_other;
    if manager_wanted && other.manager.is_some() && card.manager != other.manager {
        card.manager = other.manager.clone();
        changed.push("manager".into());
    }
    for (name, value) in &other.extra {
        let have = card.extra.get(name);
        if have.is_none() || (prefer_other && have != Some(value)) {
            card.extra.insert(name.clone(), value.clone());
            changed.push(format!("extra.{name}"));
        }
    }
    // The 1C keys move only to a card without its own: one card, one 1C
    // counterparty; OTHER's stays on OTHER, whose pointer the import
    // follows.
    if card.onec.id.is_none() && other.onec.id.is_some() {
        card.onec.id = other.onec.id.clone();
        changed.push("onec.id".into());
    }
    if card.onec.code.is_none() && other.onec.code.is_some() {
        card.onec.code = other.onec.code.clone();
        changed.push("onec.code".into());
    }
    changed.sort();
    changed.dedup();
    (card, changed)
}

impl Registry {
    /// Merges OTHER into KEEP (see the module notes).
    pub fn merge(&mut self, keep: &str, other: &str, prefer_other: bool) -> Result<Merged> {
        let keep_id = self.resolve_own(keep)?;
        let other_id = self.resolve_own(other)?;
        if keep_id == other_id {
            return Err(Error::invalid(
                "subscriber",
                t!("merge-same-card", keep = keep, other = other, id = keep_id),
            ));
        }
        let (actor, at) = (self.actor.clone(), now());
        let settings = &self.settings;
        let (fields, moved) = self.store.write(|tx| {
            let keep = load_locked(tx, keep_id)?;
            let other = load_locked(tx, other_id)?;
            if keep.archived {
                return Err(Error::conflict(
                    "subscriber",
                    t!("merge-keep-archived", id = keep_id),
                ));
            }
            if let Some(into) = other.merged_into {
                return Err(Error::conflict(
                    "subscriber",
                    t!("merge-already", id = other_id, into = into),
                ));
            }
            let (card, changed) = merged(&keep, &other, prefer_other);
            // OTHER first: archived, it no longer holds the INN and KPP
            // KEEP may take.
            let mut gone = other.clone();
            gone.archived = true;
            if card.onec.id == other.onec.id {
                gone.onec.id = None;
            }
            if card.onec.code == other.onec.code {
                gone.onec.code = None;
            }
            gone.updated_at = at.clone();
            write_changed(tx, settings, &other, gone)?;
            store::merge::set_merged_into(tx, other_id, keep_id)?;
            let mut card = card;
            card.updated_at = at.clone();
            write_changed(tx, settings, &keep, card)?;
            let moved = store::merge::reassign(tx, other_id, keep_id)?;
            let stamp = Stamp::new(&actor, &at);
            let field = (!changed.is_empty()).then(|| changed.join(","));
            stamp.record(
                tx,
                Some(keep_id),
                "merge",
                field.as_deref(),
                None,
                Some(&other.uid),
            )?;
            stamp.record(tx, Some(other_id), "merged", None, None, Some(&keep.uid))?;
            Ok((changed, moved))
        })?;
        Ok(Merged {
            card: self.card(keep_id)?,
            other: other_id,
            fields,
            moved,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Address, Contact, Kind};

    fn person(last: &str) -> Card {
        let mut c = Card::new(Kind::Person);
        c.last_name = Some(last.into());
        c
    }

    #[test]
    fn keep_wins_where_both_have_a_value_and_takes_what_it_lacks() {
        let mut keep = person("Иванов");
        keep.first_name = Some("Иван".into());
        keep.emails.push(Contact::new("ivan@mail.test".into()));
        keep.addresses.push(Address {
            kind: "actual".into(),
            text: "Москва, Тверская 1".into(),
        });
        let mut other = person("Иванoff");
        other.middle_name = Some("Петрович".into());
        other.emails.push(Contact::new("IVAN@mail.test".into()));
        other.phones.push(Contact::new("+79161234567".into()));
        other.addresses.push(Address {
            kind: "actual".into(),
            text: "Москва, Арбат 2".into(),
        });
        other.addresses.push(Address {
            kind: "postal".into(),
            text: "Москва, а/я 5".into(),
        });
        other.document.series = Some("4510".into());
        other.document.number = Some("123456".into());
        other.onec.id = Some("guid-2".into());
        let (card, changed) = merged(&keep, &other, false);
        assert_eq!(card.last_name.as_deref(), Some("Иванов"));
        assert_eq!(card.middle_name.as_deref(), Some("Петрович"));
        assert_eq!(
            card.emails.len(),
            1,
            "the same e-mail in another case is one"
        );
        assert_eq!(card.phones.len(), 1);
        assert_eq!(card.address("actual"), Some("Москва, Тверская 1"));
        assert_eq!(card.address("postal"), Some("Москва, а/я 5"));
        assert_eq!(card.document.number.as_deref(), Some("123456"));
        assert_eq!(card.document.series.as_deref(), Some("4510"));
        assert_eq!(card.onec.id.as_deref(), Some("guid-2"));
        for f in [
            "middle_name",
            "phone",
            "address.postal",
            "doc.number",
            "onec.id",
        ] {
            assert!(changed.iter().any(|c| c == f), "{f} in {changed:?}");
        }
        assert!(
            !changed.iter().any(|c| c == "last_name" || c == "email"),
            "{changed:?}"
        );

        let (card, _) = merged(&keep, &other, true);
        assert_eq!(card.last_name.as_deref(), Some("Иванoff"));
        assert_eq!(card.address("actual"), Some("Москва, Арбат 2"));
    }

    #[test]
    fn a_document_moves_whole() {
        let mut keep = person("А");
        keep.document.series = Some("4001".into());
        let mut other = person("Б");
        other.document.number = Some("654321".into());
        other.document.series = Some("4510".into());
        let (card, _) = merged(&keep, &other, false);
        assert_eq!(
            (
                card.document.series.as_deref(),
                card.document.number.as_deref()
            ),
            (Some("4510"), Some("654321")),
            "never keep's series with other's number"
        );
        let mut keep = person("А");
        keep.document.number = Some("111111".into());
        let (card, _) = merged(&keep, &other, false);
        assert_eq!(card.document.number.as_deref(), Some("111111"));
        assert_eq!(card.document.series, None);
    }

    #[test]
    fn the_1c_keys_move_only_to_a_card_without_its_own() {
        let mut keep = person("А");
        keep.onec.id = Some("guid-1".into());
        let mut other = person("Б");
        other.onec.id = Some("guid-2".into());
        other.onec.code = Some("00042".into());
        let (card, _) = merged(&keep, &other, true);
        assert_eq!(card.onec.id.as_deref(), Some("guid-1"));
        assert_eq!(card.onec.code.as_deref(), Some("00042"));
    }
}
