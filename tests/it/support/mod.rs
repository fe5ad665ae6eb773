//! Helpers shared by the topics: the local stand-in for DaData.

pub mod dadata_server;
