//! The one integration test binary (as ripgrep does): the real `abonent`
//! binary run on temporary databases, one module per topic. `cargo test
//! --test it import::` runs one topic.

mod common;
mod support;

mod concurrency;
mod config;
mod contracts;
mod crash;
mod credentials;
mod dadata;
mod db;
mod docs;
mod extra;
mod form;
mod hostile;
mod import;
mod lang;
mod real_shapes;
mod regression;
mod reimport;
mod roundtrip;
mod secrets;
mod subscriber;
mod usability;
mod validate;
