//! Helpers shared by the topics: the local stand-ins for DaData and for a
//! mail server (the latter also serves `deliver`'s unit tests).

pub mod dadata_server;
#[allow(dead_code)]
pub mod smtp_server;
