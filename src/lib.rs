//! abonent: a registry of an ISP's subscribers kept in SQLite.
//!
//! The library owns every rule and every SQL statement; the binary only
//! parses arguments, calls in here and renders what comes back.

pub mod requisites;
