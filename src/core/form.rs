//! What a form checks as each value is typed (`subscriber add|edit
//! --interactive`): the card's rules on the card so far, with no field yet
//! required (the form asks for those later, and the save checks them).

use super::rules::{self, Ask};
use super::settings::Settings;
use crate::error::Result;
use crate::model::fields::{self, FieldValue};
use crate::model::Card;

/// The first problem the rules find with `base` (a new card, or the card
/// being edited) once `values` are put on it; required fields that are
/// still empty are not one.
pub fn check_typed(
    base: &Card,
    values: &[(String, FieldValue)],
    settings: &Settings,
) -> Result<()> {
    let mut card = base.clone();
    for (name, value) in values {
        fields::set(&mut card, name, value.clone())?;
    }
    rules::check_card_for(&mut card, &settings.without_required(), Ask::Flags).map(drop)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Kind;

    fn text(name: &str, v: &str) -> (String, FieldValue) {
        (name.to_string(), FieldValue::Text(v.to_string()))
    }

    /// A bad INN is refused with its reason; an empty required field is
    /// not (it is asked later); a good one passes.
    #[test]
    fn typed_values_are_checked_by_the_cards_rules_without_required_fields() {
        let settings = Settings::default();
        let base = Card::new(Kind::Legal);
        let e = check_typed(&base, &[text("inn", "7707083894")], &settings).unwrap_err();
        assert_eq!(e.subject, "inn");
        assert!(check_typed(&base, &[], &settings).is_ok());
        assert!(check_typed(&base, &[text("inn", "7707083893")], &settings).is_ok());
        let e = check_typed(&base, &[text("email", "not-an-address")], &settings).unwrap_err();
        assert_eq!(e.subject, "email");
    }
}
