//! How the store runs statements. The core opens reads and writes through
//! [`super::Store`] and hands the [`Tx`] it gets to the store's functions,
//! never knowing which database is behind it. The store's statements run
//! through [`Tx`]'s few methods — execute, query rows, read a column by
//! name — with parameters of the store's own [`Value`] type, so each
//! statement is written once for any backend that speaks the same SQL
//! (`?N` placeholders, `ON CONFLICT`, `RETURNING`, multi-row `VALUES`).
//! What differs per database (SQLite today) stays in this file: binding,
//! reading a column, and the error codes.

use crate::error::{Error, Result};
use rusqlite::types::{ToSqlOutput, ValueRef};
use rusqlite::Connection;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// A read or write transaction in progress.
pub struct Tx<'c> {
    conn: &'c Connection,
    /// A batch of many card writes: see [`super::search`].
    batch: bool,
    /// The column names of each statement run so far, looked up by its
    /// SQL text: asking SQLite for a column's name on every read cost an
    /// export a tenth of its time.
    names: RefCell<Vec<(String, Names)>>,
}

/// A statement's column names, in order.
type Names = Rc<[Box<str>]>;

/// Statements whose column names a transaction keeps (a listing builds
/// its SQL per query; the rest are a few dozen fixed texts).
const NAMES_KEPT: usize = 64;

/// A statement parameter.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Value<'a> {
    Null,
    Int(i64),
    Real(f64),
    Text(&'a str),
    Blob(&'a [u8]),
}

/// What can be bound to a `?N` placeholder.
pub trait Param {
    fn value(&self) -> Value<'_>;
}

impl Param for i64 {
    fn value(&self) -> Value<'_> {
        Value::Int(*self)
    }
}

impl Param for u64 {
    fn value(&self) -> Value<'_> {
        // Counts and limits the callers have range-checked.
        Value::Int(i64::try_from(*self).unwrap_or(i64::MAX))
    }
}

impl Param for i32 {
    fn value(&self) -> Value<'_> {
        Value::Int(i64::from(*self))
    }
}

impl Param for usize {
    fn value(&self) -> Value<'_> {
        Value::Int(i64::try_from(*self).unwrap_or(i64::MAX))
    }
}

impl Param for bool {
    fn value(&self) -> Value<'_> {
        Value::Int(i64::from(*self))
    }
}

impl Param for f64 {
    fn value(&self) -> Value<'_> {
        Value::Real(*self)
    }
}

impl Param for str {
    fn value(&self) -> Value<'_> {
        Value::Text(self)
    }
}

impl Param for String {
    fn value(&self) -> Value<'_> {
        Value::Text(self)
    }
}

impl Param for [u8] {
    fn value(&self) -> Value<'_> {
        Value::Blob(self)
    }
}

impl<const N: usize> Param for [u8; N] {
    fn value(&self) -> Value<'_> {
        Value::Blob(self)
    }
}

impl<T: Param + ?Sized> Param for &T {
    fn value(&self) -> Value<'_> {
        (**self).value()
    }
}

impl<T: Param> Param for Option<T> {
    fn value(&self) -> Value<'_> {
        match self {
            Some(v) => v.value(),
            None => Value::Null,
        }
    }
}

impl rusqlite::ToSql for Value<'_> {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::Borrowed(match *self {
            Value::Null => ValueRef::Null,
            Value::Int(i) => ValueRef::Integer(i),
            Value::Real(f) => ValueRef::Real(f),
            Value::Text(s) => ValueRef::Text(s.as_bytes()),
            Value::Blob(b) => ValueRef::Blob(b),
        }))
    }
}

/// What a column can be read as.
pub trait Column: Sized {
    fn from_sqlite(v: ValueRef<'_>) -> std::result::Result<Self, String>;
}

impl Column for i64 {
    fn from_sqlite(v: ValueRef<'_>) -> std::result::Result<Self, String> {
        match v {
            ValueRef::Integer(i) => Ok(i),
            other => Err(crate::t!(
                "store-expected-integer",
                found = format!("{:?}", other.data_type())
            )
            .into_string()),
        }
    }
}

impl Column for u64 {
    fn from_sqlite(v: ValueRef<'_>) -> std::result::Result<Self, String> {
        let i = i64::from_sqlite(v)?;
        u64::try_from(i)
            .map_err(|_| crate::t!("store-expected-count", found = i.to_string()).into_string())
    }
}

impl Column for bool {
    fn from_sqlite(v: ValueRef<'_>) -> std::result::Result<Self, String> {
        Ok(i64::from_sqlite(v)? != 0)
    }
}

impl Column for f64 {
    fn from_sqlite(v: ValueRef<'_>) -> std::result::Result<Self, String> {
        match v {
            ValueRef::Real(f) => Ok(f),
            ValueRef::Integer(i) => Ok(i as f64),
            other => Err(crate::t!(
                "store-expected-number",
                found = format!("{:?}", other.data_type())
            )
            .into_string()),
        }
    }
}

impl Column for String {
    fn from_sqlite(v: ValueRef<'_>) -> std::result::Result<Self, String> {
        match v {
            ValueRef::Text(t) => String::from_utf8(t.to_vec()).map_err(|e| e.to_string()),
            other => Err(crate::t!(
                "store-expected-text",
                found = format!("{:?}", other.data_type())
            )
            .into_string()),
        }
    }
}

impl<const N: usize> Column for [u8; N] {
    fn from_sqlite(v: ValueRef<'_>) -> std::result::Result<Self, String> {
        match v {
            ValueRef::Blob(b) => <[u8; N]>::try_from(b).map_err(|_| {
                crate::t!("store-expected-bytes", n = N, found = b.len()).into_string()
            }),
            other => Err(crate::t!(
                "store-expected-bytes",
                n = N,
                found = format!("{:?}", other.data_type())
            )
            .into_string()),
        }
    }
}

impl<T: Column> Column for Option<T> {
    fn from_sqlite(v: ValueRef<'_>) -> std::result::Result<Self, String> {
        match v {
            ValueRef::Null => Ok(None),
            v => T::from_sqlite(v).map(Some),
        }
    }
}

/// One result row; its columns are read by name.
pub struct Row<'r> {
    row: &'r rusqlite::Row<'r>,
    names: &'r [Box<str>],
    /// Where the next column is looked for first: readers mostly take the
    /// columns in the select list's order, so a name is found at once.
    next: Cell<usize>,
}

impl<'r> Row<'r> {
    fn new(row: &'r rusqlite::Row<'r>, names: &'r [Box<str>]) -> Row<'r> {
        Row {
            row,
            names,
            next: Cell::new(0),
        }
    }

    /// The column `name` (as the statement's select list names it).
    pub fn get<T: Column>(&self, name: &str) -> Result<T> {
        let n = self.names.len();
        let start = self.next.get();
        let found = (0..n)
            .map(|k| (start + k) % n)
            .find(|&i| &*self.names[i] == name)
            .ok_or_else(|| {
                Error::internal("database", crate::t!("store-no-column", name = name))
            })?;
        self.next.set(found + 1);
        let v = self.row.get_ref(found)?;
        T::from_sqlite(v).map_err(|e| {
            Error::internal(
                "database",
                crate::t!("store-column-bad", name = name, reason = e),
            )
        })
    }
}

fn bind<'a>(params: &'a [&'a dyn Param]) -> impl Iterator<Item = Value<'a>> + 'a {
    params.iter().map(|p| p.value())
}

impl<'c> Tx<'c> {
    pub(crate) fn new(conn: &'c Connection) -> Tx<'c> {
        Tx {
            conn,
            batch: false,
            names: RefCell::default(),
        }
    }

    pub(super) fn batch(conn: &'c Connection) -> Tx<'c> {
        Tx {
            batch: true,
            ..Tx::new(conn)
        }
    }

    /// The column names of `stmt`, prepared from `sql`.
    fn names(&self, sql: &str, stmt: &rusqlite::Statement) -> Names {
        let mut kept = self.names.borrow_mut();
        if let Some((_, names)) = kept.iter().find(|(s, _)| s == sql) {
            return names.clone();
        }
        let names: Names = stmt.column_names().into_iter().map(Box::from).collect();
        if kept.len() >= NAMES_KEPT {
            kept.remove(0);
        }
        kept.push((sql.to_string(), names.clone()));
        names
    }

    pub(super) fn is_batch(&self) -> bool {
        self.batch
    }

    /// The SQLite connection, for what is SQLite's own (session setup,
    /// FTS5, temporary tables, pragmas).
    pub(super) fn conn(&self) -> &'c Connection {
        self.conn
    }

    /// Runs a statement; returns the number of rows it changed.
    pub fn execute(&self, sql: &str, params: &[&dyn Param]) -> Result<usize> {
        Ok(self
            .conn
            .prepare_cached(sql)?
            .execute(rusqlite::params_from_iter(bind(params)))?)
    }

    /// Runs an `INSERT` of one row and returns the new row's id. Not with
    /// `RETURNING`: SQLite journals every page such a statement touches
    /// (it may write more than one row), which for a card — its row and a
    /// page of each of its indexes — cost the 1C import two gigabytes of
    /// statement-journal writes per 100,000 cards.
    pub fn insert_one(&self, sql: &str, params: &[&dyn Param]) -> Result<i64> {
        self.conn
            .prepare_cached(sql)?
            .execute(rusqlite::params_from_iter(bind(params)))?;
        Ok(self.conn.last_insert_rowid())
    }

    /// Calls `f` with each row of a query, in order.
    pub fn each(
        &self,
        sql: &str,
        params: &[&dyn Param],
        mut f: impl FnMut(&Row) -> Result<()>,
    ) -> Result<()> {
        let mut stmt = self.conn.prepare_cached(sql)?;
        let names = self.names(sql, &stmt);
        let mut rows = stmt.query(rusqlite::params_from_iter(bind(params)))?;
        while let Some(row) = rows.next()? {
            f(&Row::new(row, &names))?;
        }
        Ok(())
    }

    /// Every row of a query, each turned into a value by `f`.
    pub fn query<T>(
        &self,
        sql: &str,
        params: &[&dyn Param],
        mut f: impl FnMut(&Row) -> Result<T>,
    ) -> Result<Vec<T>> {
        let mut out = Vec::new();
        self.each(sql, params, |r| {
            out.push(f(r)?);
            Ok(())
        })?;
        Ok(out)
    }

    /// The first row of a query, turned into a value by `f`; `None` when
    /// there is none.
    pub fn query_row<T>(
        &self,
        sql: &str,
        params: &[&dyn Param],
        f: impl FnOnce(&Row) -> Result<T>,
    ) -> Result<Option<T>> {
        let mut stmt = self.conn.prepare_cached(sql)?;
        let names = self.names(sql, &stmt);
        let mut rows = stmt.query(rusqlite::params_from_iter(bind(params)))?;
        match rows.next()? {
            Some(row) => f(&Row::new(row, &names)).map(Some),
            None => Ok(None),
        }
    }

    /// Whether a query returns any row.
    pub fn exists(&self, sql: &str, params: &[&dyn Param]) -> Result<bool> {
        Ok(self
            .conn
            .prepare_cached(sql)?
            .exists(rusqlite::params_from_iter(bind(params)))?)
    }

    /// Whether `sql` returns exactly `rows`, in order, column by column:
    /// a rewrite that would write the same rows is left undone (deleting
    /// and inserting them again moves every index entry they have).
    pub fn rows_are(&self, sql: &str, params: &[&dyn Param], rows: &[Vec<Value>]) -> Result<bool> {
        let mut stmt = self.conn.prepare_cached(sql)?;
        let width = stmt.column_count();
        let mut found = stmt.query(rusqlite::params_from_iter(bind(params)))?;
        for want in rows {
            let Some(row) = found.next()? else {
                return Ok(false);
            };
            if want.len() != width || !same_columns(row, want).all(|same| same) {
                return Ok(false);
            }
        }
        Ok(found.next()?.is_none())
    }

    /// Which of `values` differ from the columns of the row `sql` returns,
    /// by position; `None` when it returns none.
    pub fn differing(
        &self,
        sql: &str,
        params: &[&dyn Param],
        values: &[Value],
    ) -> Result<Option<Vec<usize>>> {
        let mut stmt = self.conn.prepare_cached(sql)?;
        let mut found = stmt.query(rusqlite::params_from_iter(bind(params)))?;
        let Some(row) = found.next()? else {
            return Ok(None);
        };
        Ok(Some(
            same_columns(row, values)
                .enumerate()
                .filter(|(_, same)| !same)
                .map(|(i, _)| i)
                .collect(),
        ))
    }

    /// The single value of a query that returns one row with one column
    /// named `value` (a count, an id).
    pub fn value<T: Column>(&self, sql: &str, params: &[&dyn Param]) -> Result<Option<T>> {
        self.query_row(sql, params, |r| r.get("value"))
    }
}

/// For each of `values`, whether the row's column at its position holds
/// it (a column that cannot be read counts as different).
fn same_columns<'a>(
    row: &'a rusqlite::Row<'a>,
    values: &'a [Value<'a>],
) -> impl Iterator<Item = bool> + 'a {
    values
        .iter()
        .enumerate()
        .map(move |(i, v)| match (row.get_ref(i), v) {
            (Ok(ValueRef::Null), Value::Null) => true,
            (Ok(ValueRef::Integer(a)), Value::Int(b)) => a == *b,
            (Ok(ValueRef::Real(a)), Value::Real(b)) => a.to_bits() == b.to_bits(),
            (Ok(ValueRef::Text(a)), Value::Text(b)) => a == b.as_bytes(),
            (Ok(ValueRef::Blob(a)), Value::Blob(b)) => a == *b,
            _ => false,
        })
}

/// SQLite's error codes in the library's kinds (and so exit codes): a lock
/// held past the busy timeout is busy (7), a broken constraint a conflict
/// (5), the rest internal (1).
impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        use rusqlite::ErrorCode;
        if let rusqlite::Error::SqliteFailure(code, _) = &e {
            match code.code {
                ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked => return Error::busy(),
                ErrorCode::ConstraintViolation => {
                    return Error::conflict(
                        "database",
                        crate::t!("store-unique-violated", reason = sqlite_message(&e)),
                    )
                }
                _ => {}
            }
        }
        Error::internal(
            "database",
            crate::t!("store-sqlite", reason = sqlite_message(&e)),
        )
    }
}

/// SQLite's own words for `e`, without the statement it came from: an
/// error in a migration or a query would otherwise print its whole SQL
/// (rusqlite's `SqlInputError` shows "… in <sql> at offset N").
pub(super) fn sqlite_message(e: &rusqlite::Error) -> String {
    match e {
        rusqlite::Error::SqlInputError { msg, .. } => msg.clone(),
        _ => e.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statements_bind_values_and_read_columns_by_name() {
        let db = Connection::open_in_memory().unwrap();
        let tx = Tx::new(&db);
        tx.execute(
            "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, n REAL)",
            &[],
        )
        .unwrap();
        let none: Option<&str> = None;
        for (name, n) in [(Some("a"), 1.5), (none, 2.0)] {
            tx.execute("INSERT INTO t (name, n) VALUES (?1, ?2)", &[&name, &n])
                .unwrap();
        }
        let rows = tx
            .query("SELECT n, id, name FROM t ORDER BY id", &[], |r| {
                Ok((
                    r.get::<i64>("id")?,
                    r.get::<Option<String>>("name")?,
                    r.get::<f64>("n")?,
                ))
            })
            .unwrap();
        assert_eq!(rows, vec![(1, Some("a".into()), 1.5), (2, None, 2.0)]);
        let count: Option<i64> = tx.value("SELECT count(*) AS value FROM t", &[]).unwrap();
        assert_eq!(count, Some(2));
        assert!(tx
            .exists("SELECT 1 FROM t WHERE name = ?1", &[&"a"])
            .unwrap());
        assert_eq!(
            tx.query_row("SELECT id FROM t WHERE id = ?1", &[&9_i64], |r| r
                .get::<i64>("id"))
                .unwrap(),
            None
        );
        let e = tx
            .query_row("SELECT id FROM t", &[], |r| r.get::<i64>("nope"))
            .unwrap_err();
        assert!(e.message.contains("no column `nope`"), "{e:?}");
        let e = tx
            .query_row("SELECT name FROM t WHERE id = 1", &[], |r| {
                r.get::<i64>("name")
            })
            .unwrap_err();
        assert!(e.message.contains("column `name`"), "{e:?}");
    }

    fn failure(code: std::os::raw::c_int, msg: &str) -> rusqlite::Error {
        rusqlite::Error::SqliteFailure(rusqlite::ffi::Error::new(code), Some(msg.into()))
    }

    #[test]
    fn sqlite_errors_map_to_the_documented_exit_codes() {
        let busy = Error::from(failure(rusqlite::ffi::SQLITE_BUSY, "database is locked"));
        assert_eq!(busy.kind.exit_code(), 7, "{busy}");
        let locked = Error::from(failure(rusqlite::ffi::SQLITE_LOCKED, "table is locked"));
        assert_eq!(locked.kind.exit_code(), 7, "{locked}");
        let db = Connection::open_in_memory().unwrap();
        let tx = Tx::new(&db);
        tx.execute("CREATE TABLE t (name TEXT UNIQUE)", &[])
            .unwrap();
        tx.execute("INSERT INTO t (name) VALUES (?1)", &[&"a"])
            .unwrap();
        let dup = tx
            .execute("INSERT INTO t (name) VALUES (?1)", &[&"a"])
            .unwrap_err();
        assert_eq!(dup.kind.exit_code(), 5, "{dup}");
        assert!(
            dup.message.starts_with("uniqueness rule violated ("),
            "{dup}"
        );
        // A statement SQLite cannot read: its words, never the statement.
        let bad = tx.execute("SELEC name FROM t", &[]).unwrap_err();
        assert_eq!(bad.kind.exit_code(), 1, "{bad}");
        assert!(!bad.message.contains("SELEC name"), "{bad}");
        let input = Error::from(rusqlite::Error::SqlInputError {
            error: rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_ERROR),
            msg: "near \"SELEC\": syntax error".into(),
            sql: "SELEC name FROM t".into(),
            offset: 0,
        });
        assert_eq!(input.message, "near \"SELEC\": syntax error");
    }

    #[test]
    fn stored_rows_are_compared_column_by_column_and_type_by_type() {
        let db = Connection::open_in_memory().unwrap();
        let tx = Tx::new(&db);
        tx.execute("CREATE TABLE t (a TEXT, b INTEGER, c BLOB, d REAL)", &[])
            .unwrap();
        tx.execute(
            "INSERT INTO t VALUES ('x', 1, x'0102', 0.5), (NULL, 2, NULL, NULL)",
            &[],
        )
        .unwrap();
        let one = "SELECT a, b, c, d FROM t WHERE b = ?1";
        let row = [
            Value::Text("x"),
            Value::Int(1),
            Value::Blob(&[1, 2]),
            Value::Real(0.5),
        ];
        assert_eq!(tx.differing(one, &[&1i64], &row).unwrap(), Some(vec![]));
        let other = [
            Value::Text("y"),
            Value::Int(1),
            Value::Blob(&[1]),
            Value::Real(0.5),
        ];
        assert_eq!(
            tx.differing(one, &[&1i64], &other).unwrap(),
            Some(vec![0, 2])
        );
        // The same digits as text are not the stored integer; NULL is only
        // NULL.
        let typed = [Value::Text("x"), Value::Text("1"), Value::Null, Value::Null];
        assert_eq!(
            tx.differing(one, &[&1i64], &typed).unwrap(),
            Some(vec![1, 2, 3])
        );
        assert_eq!(tx.differing(one, &[&9i64], &row).unwrap(), None);

        let all = "SELECT a, b FROM t ORDER BY b";
        let rows = vec![
            vec![Value::Text("x"), Value::Int(1)],
            vec![Value::Null, Value::Int(2)],
        ];
        assert!(tx.rows_are(all, &[], &rows).unwrap());
        assert!(!tx.rows_are(all, &[], &rows[..1]).unwrap(), "a row more");
        let mut more = rows.clone();
        more.push(vec![Value::Null, Value::Int(3)]);
        assert!(!tx.rows_are(all, &[], &more).unwrap(), "a row fewer");
        let mut changed = rows.clone();
        changed[1][0] = Value::Text("");
        assert!(!tx.rows_are(all, &[], &changed).unwrap());
        assert!(
            !tx.rows_are(all, &[], &[vec![Value::Text("x")]]).unwrap(),
            "another width"
        );
        assert!(tx
            .rows_are("SELECT a FROM t WHERE b > 5", &[], &[])
            .unwrap());
    }
}
