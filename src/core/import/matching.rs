//! Which card an imported row updates: by 1C id, INN+KPP, INN (12 digits
//! or no KPP), then 1C code — never by name — and what the lookups that
//! found nothing rule out for a new card.

use crate::error::{Error, Result};
use crate::model::Card;
use crate::onec::Record;
use crate::store;
use crate::store::matching::{Candidate, Prefetched};
use crate::store::Tx;
use crate::t;

/// What [`find_match`] looked up and found nothing for. A new card whose
/// INN and KPP these lookups cover cannot clash with an active card, so
/// its own uniqueness check
/// ([`check_unique`](crate::core::card_write::check_unique)) would only
/// repeat them.
#[derive(Default)]
pub(super) struct Probed {
    /// No active card has this INN with this KPP.
    inn_kpp: Option<(String, String)>,
    /// No active card has this INN at all.
    inn: Option<String>,
}

impl Probed {
    pub(super) fn rules_out_clash(&self, card: &Card) -> bool {
        let Some(inn) = &card.inn else { return true };
        if self.inn.as_ref() == Some(inn) {
            return true;
        }
        match (&self.inn_kpp, &card.kpp) {
            (Some((i, k)), Some(kpp)) => i == inn && k == kpp,
            _ => false,
        }
    }
}

/// The card the row updates: by 1C id, INN+KPP, INN (12 digits or no KPP),
/// then 1C code. Never by name. Also says which lookups found nothing.
/// The card comes with the fingerprint of the row it was last imported
/// from, if nothing else has written it since.
///
/// `pre` holds the lookups of the row's chunk, made together; a row whose
/// keys it lacks, or whose keys a write of the chunk may have moved, is
/// looked up on its own.
pub(super) fn find_match(
    tx: &Tx,
    rec: &Record,
    inn: Option<&str>,
    pre: Option<&Prefetched>,
) -> Result<(Option<Candidate>, Probed)> {
    let kpp = rec.get("kpp").map(str::to_uppercase);
    let keys = store::matching::MatchKeys {
        onec_id: rec.get("onec.id"),
        inn_kpp: inn.zip(kpp.as_deref()),
        inn: inn.filter(|i| i.len() == 12 || kpp.is_none()),
        onec_code: rec.get("onec.code"),
    };
    let found = match pre.and_then(|p| p.candidates(&keys)) {
        Some(found) => found,
        None => store::matching::match_candidates(tx, &keys)?,
    };
    let by = |key: u8| found.iter().filter(move |c| c.key == key).copied();
    // By INN, an active card wins over a tombstone (a forgotten card's
    // INN may be a new card's now).
    let by_inn = |key: u8| -> Vec<Candidate> {
        let mut cards: Vec<Candidate> = by(key).collect();
        if cards.iter().any(|c| !c.archived) {
            cards.retain(|c| !c.archived);
        }
        cards
    };
    let mut probed = Probed::default();
    if let Some(c) = by(0).next() {
        return Ok((Some(c), probed));
    }
    if let Some(c) = by_inn(1).first() {
        return Ok((Some(*c), probed));
    }
    probed.inn_kpp = keys.inn_kpp.map(|(i, k)| (i.to_string(), k.to_string()));
    if let Some(inn) = keys.inn {
        let cards = by_inn(2);
        match cards.len() {
            0 => probed.inn = Some(inn.to_string()),
            1 => return Ok((Some(cards[0]), probed)),
            n => {
                return Err(Error::conflict(
                    "kpp",
                    t!("import-inn-branches", inn = inn, n = n),
                ))
            }
        }
    }
    Ok((by(3).next(), probed))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Kind;

    fn card(inn: Option<&str>, kpp: Option<&str>) -> Card {
        let mut c = Card::new(Kind::Legal);
        c.inn = inn.map(str::to_string);
        c.kpp = kpp.map(str::to_string);
        c
    }

    #[test]
    fn lookups_that_found_nothing_cover_only_their_own_inn_and_kpp() {
        let none = Probed::default();
        assert!(none.rules_out_clash(&card(None, None)));
        assert!(!none.rules_out_clash(&card(Some("7707083893"), Some("773601001"))));

        let by_inn = Probed {
            inn: Some("500100732259".into()),
            ..Probed::default()
        };
        assert!(by_inn.rules_out_clash(&card(Some("500100732259"), None)));
        assert!(!by_inn.rules_out_clash(&card(Some("7707083893"), None)));

        let by_inn_kpp = Probed {
            inn_kpp: Some(("7707083893".into(), "773601001".into())),
            ..Probed::default()
        };
        assert!(by_inn_kpp.rules_out_clash(&card(Some("7707083893"), Some("773601001"))));
        // Another KPP, or none (which clashes with a card without KPP), is
        // not covered: the card gets its own check.
        assert!(!by_inn_kpp.rules_out_clash(&card(Some("7707083893"), Some("540602001"))));
        assert!(!by_inn_kpp.rules_out_clash(&card(Some("7707083893"), None)));
    }
}
