//! The store's own transaction type: the core opens reads and writes
//! through [`super::Store`] and hands the [`Tx`] it gets to the store's
//! functions, never knowing which database is behind it.

use rusqlite::Connection;

/// A read or write transaction in progress.
pub struct Tx<'c> {
    conn: &'c Connection,
}

impl<'c> Tx<'c> {
    pub(crate) fn new(conn: &'c Connection) -> Tx<'c> {
        Tx { conn }
    }

    /// The SQLite connection the transaction runs on, for the store's
    /// statements.
    pub(super) fn conn(&self) -> &'c Connection {
        self.conn
    }
}
