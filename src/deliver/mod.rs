//! Delivering a subscriber's credentials: the texts ([`template`]: the
//! letter, the SMS, the printed memo), the SMS channel ([`sms`], the admin's
//! own program) and masked addresses for the history ([`mask`]). It knows nothing of cards, settings or the database: the
//! caller reads the settings and templates, makes the password, and
//! records what happened.
//!
//! The password passes through here only as a template variable and in the
//! rendered text; no `Debug`, error or message of this module carries it.

pub mod mask;
pub mod sms;
pub mod template;

pub use mask::{mask_email, mask_phone};
pub use sms::{sms_send, SmsCommand};
pub use template::{Letter, Overrides, Templates, Vars};
