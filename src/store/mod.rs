//! The store owns the database and hides which one it is. The core opens
//! transactions with [`Store::read`], [`Store::write`] and
//! [`Store::write_batch_or_roll_back`] and passes the [`Tx`] it gets to the
//! store's functions, grouped by table; nothing outside this module writes
//! SQL or names the database's types.
//!
//! Every table module (`subscribers`, `contracts`, `history`, …) writes its
//! statements once, through [`Tx`]'s execute/query methods with `?N`
//! placeholders, `ON CONFLICT` and `RETURNING` — the SQL SQLite and
//! PostgreSQL share — and reads columns by name. What is SQLite's own is
//! kept apart, so a second backend replaces only these: this file (opening
//! the file, mode 0600, WAL, the busy handler, session pragmas), `exec`
//! (binding, reading a column, error codes → exit codes), `search` (the
//! FTS5 trigram index, the MATCH syntax, staging a batch's texts),
//! `listing`'s query planner (FTS5 and `INDEXED BY`), `check` (`db check`:
//! SQLite's pragmas), `migrations`, and the temporary table of an import's
//! seen cards.

pub mod check;
pub mod contracts;
pub mod copy;
pub mod counters;
pub mod dadata_cache;
pub mod dictionaries;
pub mod duplicates;
pub mod employees;
mod exec;
pub mod extra;
pub mod history;
pub mod imports;
pub mod listing;
pub mod location;
pub mod matching;
pub mod merge;
mod migrations;
mod postgres;
pub mod privacy;
mod search;
pub mod settings;
pub mod status;
pub mod subscribers;

use crate::error::{Error, Result};
use crate::t;
use rusqlite::{Connection, OpenFlags, TransactionBehavior};
use std::cell::Cell;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

pub use exec::{Backend, Column, Param, Row, Tx, Value};
pub use location::Location;
pub use migrations::SCHEMA_VERSION;

/// An open database.
pub struct Store {
    db: Db,
    /// What opening found and could not fix (a folder writable by others,
    /// another user's loose file): the store prints nothing, the caller
    /// shows these.
    warnings: Vec<String>,
}

enum Db {
    Sqlite { conn: Connection, path: PathBuf },
    Postgres(Box<exec::PgConn>),
}

impl Store {
    /// Opens the database `location` names and brings its schema up to
    /// date. A file is created (mode 0600) when missing; a PostgreSQL
    /// database must exist.
    pub fn open(location: &Location) -> Result<Store> {
        match location {
            Location::Sqlite(path) => Store::open_file(path),
            Location::Postgres(target) => Ok(Store {
                db: Db::Postgres(Box::new(postgres::open(target)?)),
                warnings: target.warnings.clone(),
            }),
        }
    }

    /// Opens (creating with mode 0600 and migrating when needed) the
    /// SQLite database. Folders it makes are 0700; an existing database,
    /// `-wal`, `-shm` or `-journal` of ours that others may read is
    /// tightened to owner-only. Every failure names the path and the
    /// likely fix.
    pub fn open_file(path: &Path) -> Result<Store> {
        let mut warnings = Vec::new();
        prepare_file(path, &mut warnings)?;
        let mut conn = connect(path).map_err(|e| open_error(path, &e))?;
        migrations::migrate(&mut conn).map_err(|e| Error {
            message: t!(
                "path-problem",
                path = path.display().to_string(),
                problem = e.message
            )
            .into_string(),
            ..e
        })?;
        Ok(Store {
            db: Db::Sqlite {
                conn,
                path: path.to_path_buf(),
            },
            warnings,
        })
    }

    /// The warnings of [`Store::open`], once.
    pub fn take_warnings(&mut self) -> Vec<String> {
        std::mem::take(&mut self.warnings)
    }

    /// The database file, for SQLite: what an output file must never be.
    pub fn file(&self) -> Option<&Path> {
        match &self.db {
            Db::Sqlite { path, .. } => Some(path),
            Db::Postgres(_) => None,
        }
    }

    /// The database as messages and `init` name it: the file's path, or
    /// the server's URL without its password.
    pub fn describe(&self) -> String {
        match &self.db {
            Db::Sqlite { path, .. } => path.display().to_string(),
            Db::Postgres(c) => c.server().to_string(),
        }
    }

    pub fn backend(&self) -> Backend {
        match &self.db {
            Db::Sqlite { .. } => Backend::Sqlite,
            Db::Postgres(_) => Backend::Postgres,
        }
    }

    /// How many statements have gone to a PostgreSQL server (0 on
    /// SQLite): what a test counts to keep round trips few.
    pub fn statements_sent(&self) -> u64 {
        match &self.db {
            Db::Sqlite { .. } => 0,
            Db::Postgres(c) => c.sent(),
        }
    }

    /// `db grant-portal`: lets a PostgreSQL role read the portal's view
    /// and nothing else. `Ok(false)`: no such role. On SQLite, which has
    /// no roles, an invalid-input error saying so.
    pub fn grant_portal(&mut self, role: &str) -> Result<bool> {
        if self.backend() == Backend::Sqlite {
            return Err(Error::invalid("ROLE", t!("store-grant-sqlite")));
        }
        self.write(|tx| postgres::grant_portal(tx, role))
    }

    /// Sets the busy timeout once the settings are known.
    pub fn set_busy_timeout(&self, ms: u64) -> Result<()> {
        BUSY_TIMEOUT_MS.store(ms, Ordering::Relaxed);
        Ok(())
    }

    /// For a long run of batches (the import). On SQLite: a checkpoint
    /// once the WAL holds 64 MiB (after each commit it would sync the
    /// database file every batch; never, the WAL would grow by a gigabyte
    /// for a million rows); and a slower poll for the lock, so writers
    /// queued during a batch (admins, scripts) all get their turn before
    /// the next batch. PostgreSQL's lock queue is fair already.
    pub fn run_in_background(&self) -> Result<()> {
        if let Db::Sqlite { conn, .. } = &self.db {
            conn.pragma_update(None, "wal_autocheckpoint", 16384)?;
            POLL_MS.store(20, Ordering::Relaxed);
        }
        Ok(())
    }

    /// Runs `f` inside one read transaction, so everything it reads comes
    /// from one committed state: a card is never half of one edit and half
    /// of the next, an export never mixes cards from before and after an
    /// import's commit. Inside a transaction already (a read within a
    /// write, or within another read) `f` runs in that one.
    pub fn read<T>(&self, f: impl FnOnce(&Tx) -> Result<T>) -> Result<T> {
        match &self.db {
            Db::Sqlite { conn, .. } => {
                if !conn.is_autocommit() {
                    return f(&Tx::new(conn));
                }
                let tx = conn.unchecked_transaction()?;
                let out = f(&Tx::new(&tx))?;
                tx.commit()?;
                Ok(out)
            }
            Db::Postgres(c) => postgres::read(c, || f(&Tx::pg(c))),
        }
    }

    /// Runs `f` in a write transaction that takes the write lock up front
    /// (SQLite: `BEGIN IMMEDIATE`; PostgreSQL: an advisory lock), so two
    /// writers queue instead of failing halfway. Nothing is committed when
    /// `f` fails.
    pub fn write<T>(&mut self, f: impl FnOnce(&Tx) -> Result<T>) -> Result<T> {
        self.write_or_roll_back(|tx| f(tx).map(|v| (v, true)))
    }

    /// Like [`Store::write`], for a write that destroys data (`subscriber
    /// forget`): what it deletes or overwrites must not stay readable in
    /// the database's files. On SQLite the transaction runs with
    /// `secure_delete` on (freed space is zeroed) and the WAL is
    /// checkpointed and truncated after the commit; on PostgreSQL the
    /// tables it touched are vacuumed after the commit, which frees the
    /// old row versions (their bytes may stay on disk until reused, and in
    /// the server's WAL archive, replicas and backups: the act says so).
    pub fn write_erasing<T>(&mut self, f: impl FnOnce(&Tx) -> Result<T>) -> Result<T> {
        if let Db::Sqlite { conn, .. } = &self.db {
            conn.pragma_update(None, "secure_delete", true)?;
        }
        let out = self.write(f);
        match &self.db {
            Db::Sqlite { conn, .. } => {
                conn.pragma_update(None, "secure_delete", false)?;
                if out.is_ok() {
                    conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
                }
            }
            Db::Postgres(c) => {
                if out.is_ok() {
                    c.execute_batch(
                        "VACUUM subscribers, addresses, contacts, extra_values, history, \
                         subscriber_search, dadata_cache, employees",
                    )?;
                }
            }
        }
        out
    }

    /// Like [`Store::write`], but `f` decides whether to commit: an import
    /// rolls back for `--dry-run`, or for `--atomic` when a row failed.
    pub fn write_or_roll_back<T>(&mut self, f: impl FnOnce(&Tx) -> Result<(T, bool)>) -> Result<T> {
        self.write_as(false, f)
    }

    /// Like [`Store::write_or_roll_back`], for a batch of many card writes
    /// (the import): the search index is written once, before the commit
    /// (see [`search`]).
    pub fn write_batch_or_roll_back<T>(
        &mut self,
        f: impl FnOnce(&Tx) -> Result<(T, bool)>,
    ) -> Result<T> {
        self.write_as(true, f)
    }

    fn write_as<T>(&mut self, batch: bool, f: impl FnOnce(&Tx) -> Result<(T, bool)>) -> Result<T> {
        let run = |handle: Tx| -> Result<(T, bool)> {
            let handle = if batch { handle.into_batch() } else { handle };
            search::begin_batch(&handle)?;
            let (out, commit) = f(&handle)?;
            if commit {
                search::flush_batch(&handle)?;
            }
            Ok((out, commit))
        };
        match &mut self.db {
            Db::Sqlite { conn, path } => {
                let path = path.clone();
                // Beginning and committing are where a read-only, full or
                // damaged file shows: name it.
                let named = |e: rusqlite::Error| file_error(&path, &e).unwrap_or_else(|| e.into());
                let tx = conn
                    .transaction_with_behavior(TransactionBehavior::Immediate)
                    .map_err(named)?;
                let (out, commit) = run(Tx::new(&tx))?;
                if commit {
                    tx.commit().map_err(named)?;
                } else {
                    tx.rollback()?;
                }
                Ok(out)
            }
            Db::Postgres(c) => postgres::write(c, BUSY_TIMEOUT_MS.load(Ordering::Relaxed), || {
                if batch {
                    postgres::keep_statistics(&Tx::pg(c))?;
                }
                run(Tx::pg(c))
            }),
        }
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

/// Opens the connection and sets it up; errors are SQLite's, for
/// [`open_error`] to word.
fn connect(path: &Path) -> rusqlite::Result<Connection> {
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
        | OpenFlags::SQLITE_OPEN_CREATE
        | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags)?;
    // SQLite falls back to read-only when the file cannot be opened for
    // writing; every command may write (migrations, history), so say so
    // now rather than at the first write.
    if conn.is_readonly(rusqlite::DatabaseName::Main)? {
        return Err(rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_READONLY),
            Some("attempt to write a readonly database".into()),
        ));
    }
    conn.busy_handler(Some(wait_for_lock))?;
    // An import row runs some thirty statements (lookups, the write, the
    // comparisons of what changed, history); rusqlite keeps 16 by default,
    // and one evicted is parsed again on every row.
    conn.set_prepared_statement_cache_capacity(64);
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
    // Reading the schema now finds a damaged file before any command runs.
    conn.query_row("SELECT count(*) FROM sqlite_master", [], |_| Ok(()))?;
    Ok(conn)
}

/// SQLite's failure to open or set up the database at `path`, in one line
/// naming the path and the likely fix. A file that is not a database (or a
/// path that is not a file) is the user's input: exit 3 (invalid), as for
/// an unreadable import file. A damaged or unwritable database is an I/O
/// failure: exit 1. A lock stays exit 7.
pub(crate) fn open_error(path: &Path, e: &rusqlite::Error) -> Error {
    if let rusqlite::Error::SqliteFailure(f, _) = e {
        use rusqlite::ErrorCode::{DatabaseBusy, DatabaseLocked};
        if matches!(f.code, DatabaseBusy | DatabaseLocked) {
            return Error::busy();
        }
    }
    file_error(path, e).unwrap_or_else(|| {
        Error::internal(
            "database",
            t!(
                "store-open-failed",
                path = path.display().to_string(),
                reason = exec::sqlite_message(e)
            ),
        )
    })
}

/// The failures that are about the file itself (not a database, damaged,
/// read-only, unopenable, disk full, I/O), worded with the path and the
/// fix; `None` for the others (constraints, a lock, a bug).
fn file_error(path: &Path, e: &rusqlite::Error) -> Option<Error> {
    use rusqlite::ErrorCode;
    let p = path.display().to_string();
    let sqlite = exec::sqlite_message(e);
    let (p, sqlite) = (p.as_str(), sqlite.as_str());
    let code = match e {
        rusqlite::Error::SqliteFailure(f, _) | rusqlite::Error::SqlInputError { error: f, .. } => {
            f.code
        }
        _ => return None,
    };
    let (invalid, message) = match code {
        ErrorCode::NotADatabase => (true, t!("store-not-a-database", path = p, reason = sqlite)),
        ErrorCode::DatabaseCorrupt => (false, t!("store-damaged", path = p, reason = sqlite)),
        ErrorCode::ReadOnly | ErrorCode::PermissionDenied => {
            (false, t!("store-read-only", path = p, reason = sqlite))
        }
        ErrorCode::CannotOpen => (false, t!("store-cannot-open", path = p, reason = sqlite)),
        ErrorCode::DiskFull => (false, t!("store-disk-full", path = p, reason = sqlite)),
        ErrorCode::SystemIoFailure => (false, t!("store-io-failure", path = p, reason = sqlite)),
        _ => return None,
    };
    Some(if invalid {
        Error::invalid("database", message)
    } else {
        Error::internal("database", message)
    })
}

/// Checks that `path` is a regular file or nothing, creates it (and the
/// folders it needs, 0700) with mode 0600 before SQLite touches it, so the
/// umask never decides who can read the cards, and tightens what another
/// tool left loose. A FIFO, a device or a folder is refused before it is
/// opened (a FIFO would block the open or the first read).
fn prepare_file(path: &Path, warnings: &mut Vec<String>) -> Result<()> {
    if path.as_os_str().is_empty() {
        return Err(Error::invalid("database", t!("store-path-empty")));
    }
    match std::fs::metadata(path) {
        Ok(m) if m.is_file() => {}
        Ok(_) => {
            return Err(Error::invalid(
                "database",
                t!("store-not-regular", path = path.display().to_string()),
            ))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => create_private_file(path)?,
        Err(e) => {
            return Err(Error::internal(
                "database",
                t!(
                    "store-cannot-examine",
                    path = path.display().to_string(),
                    reason = e.to_string()
                ),
            ))
        }
    }
    #[cfg(unix)]
    tighten(path, warnings);
    #[cfg(not(unix))]
    let _ = warnings;
    Ok(())
}

fn create_private_file(path: &Path) -> Result<()> {
    if let Some(parent) = path.parent() {
        if !parent.as_os_str().is_empty() {
            let mut b = std::fs::DirBuilder::new();
            b.recursive(true);
            #[cfg(unix)]
            {
                use std::os::unix::fs::DirBuilderExt;
                b.mode(0o700);
            }
            b.create(parent).map_err(|e| {
                Error::internal(
                    "database",
                    t!(
                        "store-cannot-create-folder",
                        path = parent.display().to_string(),
                        reason = e.to_string()
                    ),
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
            t!(
                "store-cannot-create",
                path = path.display().to_string(),
                reason = e.to_string()
            ),
        )
    })?;
    Ok(())
}

/// The process's effective uid without libc: `/proc/self` belongs to it.
/// `None` where there is no /proc.
#[cfg(unix)]
fn effective_uid() -> Option<u32> {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata("/proc/self").ok().map(|m| m.uid())
}

/// Takes the group's and others' bits off the database and its companions
/// when this user owns them (a symlink the user named is followed: SQLite
/// keeps the `-wal` and `-shm` beside the file it points to). Another
/// user's file is theirs to set: it is left and warned about. Warns when
/// the folder is writable by others, who could put their own `-wal` or
/// `-shm` beside the database.
#[cfg(unix)]
fn tighten(path: &Path, warnings: &mut Vec<String>) {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let real = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    let uid = effective_uid();
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let mut name = real.as_os_str().to_os_string();
        name.push(suffix);
        let file = PathBuf::from(name);
        let Ok(m) = std::fs::metadata(&file) else {
            continue;
        };
        let mode = m.mode() & 0o7777;
        if !m.is_file() || mode & 0o077 == 0 {
            continue;
        }
        if uid.is_some_and(|u| u != m.uid()) {
            warnings.push(
                t!(
                    "store-warn-others-file",
                    path = file.display().to_string(),
                    uid = m.uid().to_string(),
                    mode = format!("{mode:04o}")
                )
                .into_string(),
            );
            continue;
        }
        let tight = std::fs::Permissions::from_mode(mode & 0o700);
        if let Err(e) = std::fs::set_permissions(&file, tight) {
            warnings.push(
                t!(
                    "store-warn-not-private",
                    path = file.display().to_string(),
                    mode = format!("{mode:04o}"),
                    reason = e.to_string()
                )
                .into_string(),
            );
        }
    }
    let folder = match real.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if let Ok(m) = std::fs::metadata(&folder) {
        if m.mode() & 0o002 != 0 {
            warnings.push(
                t!(
                    "store-warn-open-folder",
                    path = folder.display().to_string()
                )
                .into_string(),
            );
        }
    }
}

/// A migrated database in memory, for the store's unit tests.
#[cfg(test)]
pub(crate) fn memory_db() -> Connection {
    let mut conn = Connection::open_in_memory().expect("in-memory database");
    migrations::migrate(&mut conn).expect("migrations");
    conn
}

#[cfg(test)]
mod tests {
    use super::*;

    fn failure(code: std::os::raw::c_int, msg: &str) -> rusqlite::Error {
        rusqlite::Error::SqliteFailure(rusqlite::ffi::Error::new(code), Some(msg.into()))
    }

    /// Root (CI) writes through a 0400 file and a read-only folder, so the
    /// binary cannot be shown SQLite's read-only error there; its wording is
    /// pinned here.
    #[test]
    fn a_read_only_database_names_the_path_and_the_fix() {
        let path = Path::new("/srv/abonent/abonent.db");
        for code in [
            rusqlite::ffi::SQLITE_READONLY,
            rusqlite::ffi::SQLITE_READONLY_CANTINIT,
            rusqlite::ffi::SQLITE_READONLY_DIRECTORY,
        ] {
            let e = open_error(path, &failure(code, "attempt to write a readonly database"));
            assert_eq!(e.kind, crate::error::ErrorKind::Internal);
            assert!(e.message.starts_with("/srv/abonent/abonent.db: "), "{e}");
            assert!(e.message.contains("writable for this user"), "{e}");
        }
    }

    #[test]
    fn a_file_that_is_not_a_database_is_invalid_input() {
        let e = open_error(
            Path::new("notes.txt"),
            &failure(26, "file is not a database"),
        );
        assert_eq!(e.kind.exit_code(), 3, "{e}");
        assert!(e.message.contains("notes.txt: is not a database"), "{e}");
        let busy = open_error(Path::new("a.db"), &failure(5, "database is locked"));
        assert_eq!(busy.kind.exit_code(), 7, "a lock stays busy: {busy}");
    }
}
