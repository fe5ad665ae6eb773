//! Credentials on their way to the subscriber (`--send-credentials`,
//! `send-credentials`). A password exists in plain text only at the moment
//! it is made, so delivery is: make it, commit its hash together with a
//! mark that it is pending delivery, hand the plaintext to the caller
//! once, and clear the mark when the caller reports the delivery done. A
//! failed send, or a crash between the commit and the send, leaves the
//! mark (`subscriber list --credentials-pending`).

use super::card_write::{load_locked, Stamp};
use super::{now, password, Registry};
use crate::error::{Error, Result};
use crate::model::Card;
use crate::store;
use crate::t;

pub use crate::deliver::Via;

/// A password made for delivery: the card as committed and the plaintext,
/// which exists nowhere else.
pub struct Issued {
    pub card: Card,
    pub password: String,
    pub via: Via,
}

impl std::fmt::Debug for Issued {
    // The password never reaches a log or a panic message.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Issued")
            .field("card", &self.card.id)
            .field("via", &self.via)
            .finish_non_exhaustive()
    }
}

/// Where credentials sent `via` go: `to` when it is one of the card's own
/// contacts of that kind (so a typo cannot send a password to a
/// stranger), else the card's first e-mail, or its first mobile number
/// for an SMS. `None` for a printed memo.
pub fn recipient(card: &Card, via: Via, to: Option<&str>) -> Result<Option<String>> {
    let own: Vec<String> = match via {
        Via::Print => return Ok(None),
        Via::Email => card.emails.iter().map(|c| c.value.clone()).collect(),
        Via::Sms => card
            .phones
            .iter()
            .map(|c| c.value.clone())
            .filter(|p| is_mobile(p))
            .collect(),
    };
    match to {
        Some(t) => {
            let t = t.trim();
            let as_stored = match via {
                Via::Email => t.to_lowercase(),
                _ => {
                    super::contacts::read_phone(t).map_or_else(|_| t.to_string(), |(c, _)| c.value)
                }
            };
            let found = own.iter().find(|o| o.to_lowercase() == as_stored);
            found.cloned().map(Some).ok_or_else(|| {
                Error::invalid(
                    "to",
                    t!(
                        "send-to-not-own",
                        to = t,
                        via = via.as_str(),
                        n = own.len(),
                        own = own.join(", ")
                    ),
                )
            })
        }
        None => own.first().cloned().map(Some).ok_or_else(|| {
            Error::invalid("to", t!("send-card-has-no-address", via = via.as_str()))
        }),
    }
}

/// A Russian or Kazakh mobile number (+79…, +77…) as stored (E.164).
fn is_mobile(e164: &str) -> bool {
    e164.starts_with("+79") || e164.starts_with("+77")
}

impl Registry {
    /// Makes a new password for the card to be delivered `via`, and commits
    /// its hash with the pending mark in one transaction. The plaintext is
    /// returned once.
    pub fn issue_credentials(&mut self, reference: &str, via: Via) -> Result<Issued> {
        let id = self.resolve(reference)?;
        let plain = password::generate(&self.settings)?;
        let hash = password::hash(&plain)?;
        let (actor, at) = (self.actor.clone(), now());
        self.store.write(|tx| {
            let card = load_locked(tx, id)?;
            if card.archived {
                return Err(Error::invalid("subscriber", t!("send-archived", id = id)));
            }
            store::subscribers::set_password_hash(tx, id, Some(&hash), &at)?;
            store::subscribers::set_credentials_pending(tx, id, Some(via.as_str()))?;
            Stamp::new(&actor, &at).record(
                tx,
                Some(id),
                "password.reset",
                Some("password"),
                None,
                Some(&format!("for delivery by {}", via.as_str())),
            )
        })?;
        Ok(Issued {
            card: self.card(id)?,
            password: plain,
            via,
        })
    }

    /// The delivery of card `id`'s credentials `via` to its contact `to`
    /// succeeded: the mark is cleared, the contact is confirmed (the server
    /// or the SMS program accepted it; see setting `send.confirm_contacts`)
    /// and the history records it under `shown` (masked, e.g. «i…@x.ru»).
    pub fn credentials_delivered(
        &mut self,
        id: i64,
        via: Via,
        to: Option<&str>,
        shown: Option<&str>,
    ) -> Result<()> {
        let (actor, at) = (self.actor.clone(), now());
        let what = match shown {
            Some(t) => format!("by {} to {t}", via.as_str()),
            None => format!("by {}", via.as_str()),
        };
        self.store.write(|tx| {
            store::subscribers::set_credentials_pending(tx, id, None)?;
            let stamp = Stamp::new(&actor, &at);
            stamp.record(tx, Some(id), "credentials.sent", None, None, Some(&what))?;
            mark_contact(tx, &stamp, id, via, to, shown, true)
        })
    }

    /// The mail server refused card `id`'s address `to` for good: the
    /// contact is marked unconfirmed (the credentials stay pending).
    pub fn address_refused(&mut self, id: i64, via: Via, to: &str, shown: &str) -> Result<()> {
        let (actor, at) = (self.actor.clone(), now());
        self.store.write(|tx| {
            let stamp = Stamp::new(&actor, &at);
            mark_contact(tx, &stamp, id, via, Some(to), Some(shown), false)
        })
    }
}

/// Confirms or unconfirms the card's contact `to` of the kind `via` sends
/// to, recording it in the history when it changed.
fn mark_contact(
    tx: &store::Tx,
    stamp: &Stamp,
    id: i64,
    via: Via,
    to: Option<&str>,
    shown: Option<&str>,
    confirmed: bool,
) -> Result<()> {
    let (Some(to), Some(kind)) = (to, via.contact_kind()) else {
        return Ok(());
    };
    if store::subscribers::set_contact_confirmed(tx, id, kind, to, confirmed)? {
        let (action, why) = if confirmed {
            ("contact.confirmed", "a delivery to it was accepted")
        } else {
            ("contact.unconfirmed", "the mail server refused it")
        };
        let note = format!("{} {}: {why}", kind, shown.unwrap_or(to));
        stamp.record(tx, Some(id), action, Some(kind), None, Some(&note))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Contact, Kind};

    fn card() -> Card {
        let contact = |v: &str| Contact {
            value: v.to_string(),
            extension: None,
            confirmed: true,
        };
        let mut c = Card::new(Kind::Person);
        c.emails = vec![contact("ivanov@example.ru"), contact("home@example.ru")];
        c.phones = vec![contact("+74951234567"), contact("+79123456789")];
        c
    }

    /// A password goes only to one of the card's own contacts: a typo in
    /// `--to` is refused, not sent to a stranger.
    #[test]
    fn credentials_go_only_to_the_cards_own_contacts() {
        let c = card();
        assert_eq!(
            recipient(&c, Via::Email, None).unwrap().as_deref(),
            Some("ivanov@example.ru")
        );
        assert_eq!(
            recipient(&c, Via::Email, Some("HOME@example.ru"))
                .unwrap()
                .as_deref(),
            Some("home@example.ru")
        );
        let e = recipient(&c, Via::Email, Some("ivanov@exampel.ru")).unwrap_err();
        assert_eq!(e.subject, "to");
        assert!(
            e.message.contains("ivanov@example.ru, home@example.ru"),
            "{e:?}"
        );
        // SMS: the first mobile, a landline never; --to in any writing.
        assert_eq!(
            recipient(&c, Via::Sms, None).unwrap().as_deref(),
            Some("+79123456789")
        );
        assert_eq!(
            recipient(&c, Via::Sms, Some("8 (912) 345-67-89"))
                .unwrap()
                .as_deref(),
            Some("+79123456789")
        );
        assert!(recipient(&c, Via::Sms, Some("+74951234567")).is_err());
        assert_eq!(recipient(&c, Via::Print, Some("x")).unwrap(), None);
        let bare = Card::new(Kind::Person);
        let e = recipient(&bare, Via::Email, None).unwrap_err();
        assert!(e.message.contains("no e-mail"), "{e:?}");
    }
}
