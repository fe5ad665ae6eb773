//! A card the write gate (`core::gate`) has passed, with the ids of what it
//! refers to. The store's card writes take only this type, and only the
//! gate makes one (a test in the gate holds that), so no write path can
//! skip the rules checked against the database.

use super::Card;

#[derive(Debug)]
pub struct Checked {
    card: Card,
    manager_id: Option<i64>,
    group_ids: Vec<i64>,
}

impl Checked {
    /// For `core::gate` alone.
    pub(crate) fn from_gate(card: Card, manager_id: Option<i64>, group_ids: Vec<i64>) -> Checked {
        Checked {
            card,
            manager_id,
            group_ids,
        }
    }

    pub fn card(&self) -> &Card {
        &self.card
    }

    pub fn manager_id(&self) -> Option<i64> {
        self.manager_id
    }

    pub fn group_ids(&self) -> &[i64] {
        &self.group_ids
    }

    /// The card, once written.
    pub fn into_card(self) -> Card {
        self.card
    }

    /// The card's id, set once the store has inserted it.
    pub(crate) fn set_id(&mut self, id: i64) {
        self.card.id = id;
    }
}
