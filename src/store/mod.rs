//! The store owns SQLite: opening the file (mode 0600, WAL, busy timeout),
//! the schema and its migrations, and every SQL statement, grouped by table.
//! The core calls these functions inside the transactions it opens with
//! [`Store::write`]; nothing outside this module writes SQL.

pub mod contracts;
pub mod counters;
pub mod dadata_cache;
pub mod dictionaries;
pub mod employees;
pub mod extra;
pub mod history;
pub mod imports;
pub mod listing;
mod migrations;
pub mod settings;
pub mod subscribers;

use crate::error::{Error, Result};
use rusqlite::{Connection, OpenFlags, Transaction, TransactionBehavior};
use std::cell::Cell;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

pub use migrations::SCHEMA_VERSION;

/// An open database.
pub struct Store {
    conn: Connection,
    path: PathBuf,
}

impl Store {
    /// Opens (creating with mode 0600 and migrating when needed) the database.
    pub fn open(path: &Path) -> Result<Store> {
        create_private_file(path)?;
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let mut conn = Connection::open_with_flags(path, flags).map_err(|e| {
            Error::internal(
                "database",
                format!(
                    "cannot open {}: {e}; check --db or ABONENT_DB",
                    path.display()
                ),
            )
        })?;
        conn.busy_handler(Some(wait_for_lock))?;
        // WAL lets readers run beside the nightly import; NORMAL is durable
        // across process crashes, which is the failure we promise to survive.
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        // A command's few pages are checkpointed when its connection, the
        // last one, closes. Checkpointing after each commit instead would
        // make an admin's edit during an import copy the import's WAL into
        // the database (seconds); the import checkpoints its own.
        conn.pragma_update(None, "wal_autocheckpoint", 0)?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        // 8 MiB of page cache spares a long import most of its spills into
        // the WAL and keeps memory flat (temporary tables go to a file).
        conn.pragma_update(None, "cache_size", -8192)?;
        migrations::migrate(&mut conn)?;
        Ok(Store {
            conn,
            path: path.to_path_buf(),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Sets the busy timeout once the settings are known.
    pub fn set_busy_timeout(&self, ms: u64) -> Result<()> {
        BUSY_TIMEOUT_MS.store(ms, Ordering::Relaxed);
        Ok(())
    }

    /// For a long run of batches (the import): a checkpoint once the WAL
    /// holds 64 MiB (after each commit it would sync the database file
    /// every batch; never, the WAL would grow by a gigabyte for a million
    /// rows); and a slower poll for the lock, so writers queued during a
    /// batch (admins, scripts) all get their turn before the next batch.
    pub fn run_in_background(&self) -> Result<()> {
        self.conn.pragma_update(None, "wal_autocheckpoint", 16384)?;
        POLL_MS.store(20, Ordering::Relaxed);
        Ok(())
    }

    /// Runs `f` inside one read transaction, so everything it reads comes
    /// from one committed state: a card is never half of one edit and half
    /// of the next, an export never mixes cards from before and after an
    /// import's commit. Inside a transaction already (a read within a
    /// write, or within another read) `f` runs in that one.
    pub fn read<T>(&self, f: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        if !self.conn.is_autocommit() {
            return f(&self.conn);
        }
        let tx = self.conn.unchecked_transaction()?;
        let out = f(&tx)?;
        tx.commit()?;
        Ok(out)
    }

    /// Runs `f` in a `BEGIN IMMEDIATE` transaction: the write lock is taken
    /// up front, so two writers queue instead of failing halfway. Nothing is
    /// committed when `f` fails.
    pub fn write<T>(&mut self, f: impl FnOnce(&Transaction) -> Result<T>) -> Result<T> {
        self.write_or_roll_back(|tx| f(tx).map(|v| (v, true)))
    }

    /// Like [`Store::write`], but `f` decides whether to commit: an import
    /// rolls back for `--dry-run`, or for `--atomic` when a row failed.
    pub fn write_or_roll_back<T>(
        &mut self,
        f: impl FnOnce(&Transaction) -> Result<(T, bool)>,
    ) -> Result<T> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let (out, commit) = f(&tx)?;
        if commit {
            tx.commit()?;
        } else {
            tx.rollback()?;
        }
        Ok(out)
    }
}

/// How long a writer waits for the lock (setting `db.busy_timeout_ms`).
static BUSY_TIMEOUT_MS: AtomicU64 = AtomicU64::new(5000);
/// How often a waiting writer tries the lock again.
static POLL_MS: AtomicU64 = AtomicU64::new(1);

thread_local! {
    static WAITING_SINCE: Cell<Option<Instant>> = const { Cell::new(None) };
}

/// SQLite's busy handler: retry every millisecond (a background import:
/// every 20 ms) until the timeout. SQLite's own handler sleeps up to
/// 100 ms between tries, so a writer queued behind a batched import would
/// keep missing the short gaps the import leaves between its batches.
fn wait_for_lock(attempt: i32) -> bool {
    let now = Instant::now();
    let since = WAITING_SINCE.with(|w| {
        if attempt == 0 {
            w.set(Some(now));
        }
        w.get().unwrap_or(now)
    });
    let limit = Duration::from_millis(BUSY_TIMEOUT_MS.load(Ordering::Relaxed));
    if now.duration_since(since) >= limit {
        return false;
    }
    std::thread::sleep(Duration::from_millis(POLL_MS.load(Ordering::Relaxed)));
    true
}

/// Creates the file (and its parent directories) with mode 0600 before
/// SQLite touches it, so the umask never decides who can read the cards.
fn create_private_file(path: &Path) -> Result<()> {
    if path.exists() {
        return Ok(());
    }
    if let Some(parent) = path.parent() {
        if !parent.as_os_str().is_empty() {
            std::fs::create_dir_all(parent).map_err(|e| {
                Error::internal(
                    "database",
                    format!("cannot create directory {}: {e}", parent.display()),
                )
            })?;
        }
    }
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    opts.open(path).map_err(|e| {
        Error::internal(
            "database",
            format!(
                "cannot create {}: {e}; check --db or ABONENT_DB",
                path.display()
            ),
        )
    })?;
    Ok(())
}

/// Converts an optional row into a result that distinguishes "no row".
pub(crate) fn optional<T>(r: rusqlite::Result<T>) -> Result<Option<T>> {
    match r {
        Ok(v) => Ok(Some(v)),
        Err(rusqlite::Error::QueryReturnedNoRows) => Ok(None),
        Err(e) => Err(e.into()),
    }
}

/// A migrated database in memory, for the store's unit tests.
#[cfg(test)]
pub(crate) fn memory_db() -> Connection {
    let mut conn = Connection::open_in_memory().expect("in-memory database");
    migrations::migrate(&mut conn).expect("migrations");
    conn
}
