//! abonent: a registry of an ISP's subscribers kept in SQLite.
//!
//! The library owns every rule and every SQL statement; the binary only
//! parses arguments, calls in here and renders what comes back.
//! `cli` holds the commands and rendering, `core` the rules and operations,
//! `model` the card and its field catalogue (below the core, the store and
//! the 1C readers alike), `store` the database, `requisites` the pure check-digit functions,
//! `dadata` the HTTP client of the DaData lookup service.

pub mod cli;
pub mod core;
pub mod dadata;
pub mod deliver;
pub mod error;
pub mod i18n;
pub mod model;
pub mod onec;
pub mod requisites;
pub mod store;

pub use error::{Error, ErrorKind, Result};
