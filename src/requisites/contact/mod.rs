//! Contact details as pure functions: phone numbers read to E.164 with
//! their extension apart ([`phone`]; +7 numbers by the Russian and Kazakh
//! numbering plans, see [`plan`]), e-mail addresses checked as mail servers
//! check them ([`email`]), and the splitting of a cell or flag that holds
//! several of either ([`split_phones`], [`split_emails`]).

mod email;
mod phone;
mod plan;
mod split;

pub use email::email;
pub use phone::{normalize_phone, phone, Phone};
pub use split::{split_emails, split_phones};

#[cfg(test)]
mod email_tests;
#[cfg(test)]
mod tests;
