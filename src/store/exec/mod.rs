//! How the store runs statements. The core opens reads and writes through
//! [`super::Store`] and hands the [`Tx`] it gets to the store's functions,
//! never knowing which database is behind it. The store's statements run
//! through [`Tx`]'s few methods — execute, query rows, read a column by
//! name — with parameters of the store's own [`Value`] type, so each
//! statement is written once for both backends: `?N` placeholders (turned
//! into PostgreSQL's `$N` once per text), `ON CONFLICT`, multi-row
//! `VALUES`, and only types both read the same way.
//!
//! What differs per database lives beside this file: `sqlite` and `pg`
//! bind values, read a cell, cache prepared statements and map the
//! database's errors to the library's kinds (and so exit codes).

mod pg;
mod sqlite;

use crate::error::{Error, Result};
use std::cell::Cell;
use std::rc::Rc;

pub(crate) use pg::{error as pg_error, Driver, PgConn};
pub(super) use sqlite::sqlite_message;

/// A read or write transaction in progress.
pub struct Tx<'c> {
    conn: Conn<'c>,
    /// A batch of many card writes: see [`super::search`].
    batch: bool,
}

/// The connection a [`Tx`] runs on.
enum Conn<'c> {
    Sqlite(sqlite::Session<'c>),
    Pg(&'c PgConn),
}

/// Which database a [`Tx`] talks to: for the few places that are each
/// backend's own (search, `db check`, session setup), never for a rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// A statement's column names, in order.
type Names = Rc<[Box<str>]>;

/// A statement parameter, or a cell read back.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Value<'a> {
    Null,
    Int(i64),
    Real(f64),
    Text(&'a str),
    Blob(&'a [u8]),
}

impl Value<'_> {
    /// The type's name, for messages.
    fn type_name(&self) -> &'static str {
        match self {
            Value::Null => "Null",
            Value::Int(_) => "Integer",
            Value::Real(_) => "Real",
            Value::Text(_) => "Text",
            Value::Blob(_) => "Blob",
        }
    }

    /// The same value: NULL only equals NULL, an integer is never text,
    /// reals compare bit for bit.
    fn same(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Null, Value::Null) => true,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Real(a), Value::Real(b)) => a.to_bits() == b.to_bits(),
            (Value::Text(a), Value::Text(b)) => a == b,
            (Value::Blob(a), Value::Blob(b)) => a == b,
            _ => false,
        }
    }
}

/// A [`Value`] that owns its text or bytes: one read to be written
/// elsewhere (`db copy`), or a write's parameters kept until it is sent.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Owned {
    Null,
    Int(i64),
    Real(f64),
    Text(String),
    Blob(Vec<u8>),
}

impl Param for Owned {
    fn value(&self) -> Value<'_> {
        match self {
            Owned::Null => Value::Null,
            Owned::Int(i) => Value::Int(*i),
            Owned::Real(f) => Value::Real(*f),
            Owned::Text(s) => Value::Text(s),
            Owned::Blob(b) => Value::Blob(b),
        }
    }
}

impl From<Value<'_>> for Owned {
    fn from(v: Value<'_>) -> Owned {
        match v {
            Value::Null => Owned::Null,
            Value::Int(i) => Owned::Int(i),
            Value::Real(f) => Owned::Real(f),
            Value::Text(s) => Owned::Text(s.to_string()),
            Value::Blob(b) => Owned::Blob(b.to_vec()),
        }
    }
}

/// What can be bound to a `?N` placeholder.
pub trait Param {
    fn value(&self) -> Value<'_>;
}

impl Param for Value<'_> {
    fn value(&self) -> Value<'_> {
        *self
    }
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

/// The parameters' values, in order.
fn bind<'a>(params: &'a [&'a dyn Param]) -> impl Iterator<Item = Value<'a>> + 'a {
    params.iter().map(|p| p.value())
}

/// What a column can be read as.
pub trait Column: Sized {
    fn from_value(v: Value<'_>) -> std::result::Result<Self, String>;
}

impl Column for i64 {
    fn from_value(v: Value<'_>) -> std::result::Result<Self, String> {
        match v {
            Value::Int(i) => Ok(i),
            other => {
                Err(crate::t!("store-expected-integer", found = other.type_name()).into_string())
            }
        }
    }
}

impl Column for u64 {
    fn from_value(v: Value<'_>) -> std::result::Result<Self, String> {
        let i = i64::from_value(v)?;
        u64::try_from(i)
            .map_err(|_| crate::t!("store-expected-count", found = i.to_string()).into_string())
    }
}

impl Column for bool {
    fn from_value(v: Value<'_>) -> std::result::Result<Self, String> {
        Ok(i64::from_value(v)? != 0)
    }
}

impl Column for f64 {
    fn from_value(v: Value<'_>) -> std::result::Result<Self, String> {
        match v {
            Value::Real(f) => Ok(f),
            Value::Int(i) => Ok(i as f64),
            other => {
                Err(crate::t!("store-expected-number", found = other.type_name()).into_string())
            }
        }
    }
}

impl Column for String {
    fn from_value(v: Value<'_>) -> std::result::Result<Self, String> {
        match v {
            Value::Text(t) => Ok(t.to_string()),
            other => Err(crate::t!("store-expected-text", found = other.type_name()).into_string()),
        }
    }
}

impl<const N: usize> Column for [u8; N] {
    fn from_value(v: Value<'_>) -> std::result::Result<Self, String> {
        match v {
            Value::Blob(b) => <[u8; N]>::try_from(b).map_err(|_| {
                crate::t!("store-expected-bytes", n = N, found = b.len()).into_string()
            }),
            other => Err(
                crate::t!("store-expected-bytes", n = N, found = other.type_name()).into_string(),
            ),
        }
    }
}

impl<T: Column> Column for Option<T> {
    fn from_value(v: Value<'_>) -> std::result::Result<Self, String> {
        match v {
            Value::Null => Ok(None),
            v => T::from_value(v).map(Some),
        }
    }
}

/// One result row; its columns are read by name.
pub struct Row<'r> {
    cells: Cells<'r>,
    names: &'r [Box<str>],
    /// Where the next column is looked for first: readers mostly take the
    /// columns in the select list's order, so a name is found at once.
    next: Cell<usize>,
}

enum Cells<'r> {
    Sqlite(&'r rusqlite::Row<'r>),
    Pg(&'r tokio_postgres::Row),
}

impl<'r> Row<'r> {
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
        self.cell(found).and_then(T::from_value).map_err(|e| {
            Error::internal(
                "database",
                crate::t!("store-column-bad", name = name, reason = e),
            )
        })
    }

    /// The cell at position `i`.
    fn cell(&self, i: usize) -> std::result::Result<Value<'r>, String> {
        match self.cells {
            Cells::Sqlite(row) => sqlite::cell(row, i),
            Cells::Pg(row) => pg::cell(row, i),
        }
    }

    fn width(&self) -> usize {
        self.names.len()
    }

    /// Every cell of the row, in the select list's order.
    pub(super) fn values(&self) -> Result<Vec<Value<'r>>> {
        (0..self.width())
            .map(|i| {
                self.cell(i).map_err(|e| {
                    Error::internal(
                        "database",
                        crate::t!("store-column-bad", name = &*self.names[i], reason = e),
                    )
                })
            })
            .collect()
    }
}

/// Whether a walk over rows goes on.
enum Flow {
    More,
    Stop,
}

impl<'c> Tx<'c> {
    /// A transaction on an SQLite connection (begun by the caller).
    pub(crate) fn new(conn: &'c rusqlite::Connection) -> Tx<'c> {
        Tx {
            conn: Conn::Sqlite(sqlite::Session::new(conn)),
            batch: false,
        }
    }

    /// A transaction on a PostgreSQL connection (begun by the caller).
    pub(super) fn pg(conn: &'c PgConn) -> Tx<'c> {
        Tx {
            conn: Conn::Pg(conn),
            batch: false,
        }
    }

    /// The same, for a batch of many card writes.
    pub(super) fn into_batch(self) -> Tx<'c> {
        Tx {
            batch: true,
            ..self
        }
    }

    pub(super) fn is_batch(&self) -> bool {
        self.batch
    }

    pub fn backend(&self) -> Backend {
        match self.conn {
            Conn::Sqlite(_) => Backend::Sqlite,
            Conn::Pg(_) => Backend::Postgres,
        }
    }

    /// The SQLite connection, for what is SQLite's own (its pragmas).
    pub(super) fn sqlite(&self) -> Option<&'c rusqlite::Connection> {
        match &self.conn {
            Conn::Sqlite(s) => Some(s.conn()),
            Conn::Pg(_) => None,
        }
    }

    /// Runs statements with no parameters and no result (session setup,
    /// temporary tables), separated by semicolons.
    pub fn execute_batch(&self, sql: &str) -> Result<()> {
        match &self.conn {
            Conn::Sqlite(s) => s.execute_batch(sql),
            Conn::Pg(c) => c.execute_batch(sql),
        }
    }

    /// Runs a statement; returns the number of rows it changed.
    pub fn execute(&self, sql: &str, params: &[&dyn Param]) -> Result<usize> {
        match &self.conn {
            Conn::Sqlite(s) => s.execute(sql, params),
            Conn::Pg(c) => c.execute(sql, params),
        }
    }

    /// Runs a write whose changed-row count nobody reads. On SQLite at
    /// once; on PostgreSQL it may wait for the next statement that needs
    /// an answer (or the commit) and go with it in one round trip, so a
    /// failure shows there: for the writes after a row's checks, whose
    /// failure aborts the transaction anyway.
    pub fn execute_later(&self, sql: &str, params: &[&dyn Param]) -> Result<()> {
        match &self.conn {
            Conn::Sqlite(s) => s.execute(sql, params).map(drop),
            Conn::Pg(c) => c.execute_later(sql, params),
        }
    }

    /// Runs an `INSERT` of one row into a table with an `id` key and
    /// returns the new row's id. On SQLite not with `RETURNING`: SQLite
    /// journals every page such a statement touches (it may write more
    /// than one row), which for a card — its row and a page of each of its
    /// indexes — cost the 1C import two gigabytes of statement-journal
    /// writes per 100,000 cards. On PostgreSQL with `RETURNING id`, in the
    /// same round trip.
    pub fn insert_one(&self, sql: &str, params: &[&dyn Param]) -> Result<i64> {
        match &self.conn {
            Conn::Sqlite(s) => s.insert_one(sql, params),
            Conn::Pg(c) => c.insert_one(sql, params),
        }
    }

    /// Walks the rows of a query in order until `f` says stop.
    fn walk(
        &self,
        sql: &str,
        params: &[&dyn Param],
        mut f: impl FnMut(&Row) -> Result<Flow>,
    ) -> Result<()> {
        match &self.conn {
            Conn::Sqlite(s) => s.walk(sql, params, |row, names| {
                f(&Row {
                    cells: Cells::Sqlite(row),
                    names,
                    next: Cell::new(0),
                })
            }),
            Conn::Pg(c) => c.walk(sql, params, |row, names| {
                f(&Row {
                    cells: Cells::Pg(row),
                    names,
                    next: Cell::new(0),
                })
            }),
        }
    }

    /// Calls `f` with each row of a query, in order.
    pub fn each(
        &self,
        sql: &str,
        params: &[&dyn Param],
        mut f: impl FnMut(&Row) -> Result<()>,
    ) -> Result<()> {
        self.walk(sql, params, |r| f(r).map(|()| Flow::More))
    }

    /// Calls `f` with each row of `sql`, its `IN (?*)` written out as
    /// `IN (?1, ?2, …)`, for `values`: one
    /// statement per 256 distinct values rather than one per value (on
    /// PostgreSQL a round trip each). The list is padded by repeating a
    /// value to 16, 64 or 256 places, so a few texts are prepared for any
    /// number; on PostgreSQL each is planned for its values. Where the
    /// column's index is partial on `column IS NOT NULL`, `sql` should say
    /// so too: PostgreSQL does not infer it from a list of more than 100
    /// values. The values are texts or integers (`&str`, `i64`), all of
    /// one kind. Rows come in `sql`'s order within each 256 values, the
    /// values taken in their sort order.
    pub fn each_in<V: Param + Ord + Copy>(
        &self,
        sql: &str,
        values: &[V],
        mut f: impl FnMut(&Row) -> Result<()>,
    ) -> Result<()> {
        debug_assert!(sql.contains("(?*)"), "each_in without IN (?*): {sql}");
        const SIZES: [usize; 3] = [16, 64, 256];
        let largest = SIZES[SIZES.len() - 1];
        let mut asked = values.to_vec();
        asked.sort_unstable();
        asked.dedup();
        for part in asked.chunks(largest) {
            let n = SIZES
                .into_iter()
                .find(|&n| n >= part.len())
                .unwrap_or(largest);
            let placeholders: Vec<String> = (1..=n).map(|i| format!("?{i}")).collect();
            let sql = sql.replacen("(?*)", &format!("({})", placeholders.join(", ")), 1);
            let padded: Vec<Value> = (0..n)
                .map(|i| part.get(i).unwrap_or(&part[0]).value())
                .collect();
            match &self.conn {
                Conn::Sqlite(s) => {
                    let params: Vec<&dyn Param> = padded.iter().map(|v| v as &dyn Param).collect();
                    s.walk(&sql, &params, |row, names| {
                        f(&Row {
                            cells: Cells::Sqlite(row),
                            names,
                            next: Cell::new(0),
                        })
                        .map(|()| Flow::More)
                    })?;
                }
                Conn::Pg(c) => c.walk_planned_for(&sql, &padded, |row, names| {
                    f(&Row {
                        cells: Cells::Pg(row),
                        names,
                        next: Cell::new(0),
                    })
                    .map(|()| Flow::More)
                })?,
            }
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
        let mut f = Some(f);
        let mut out = None;
        self.walk(sql, params, |r| {
            if let Some(f) = f.take() {
                out = Some(f(r)?);
            }
            Ok(Flow::Stop)
        })?;
        Ok(out)
    }

    /// Whether a query returns any row.
    pub fn exists(&self, sql: &str, params: &[&dyn Param]) -> Result<bool> {
        Ok(self.query_row(sql, params, |_| Ok(()))?.is_some())
    }

    /// Whether `sql` returns exactly `rows`, in order, column by column:
    /// a rewrite that would write the same rows is left undone (deleting
    /// and inserting them again moves every index entry they have).
    pub fn rows_are(&self, sql: &str, params: &[&dyn Param], rows: &[Vec<Value>]) -> Result<bool> {
        let mut want = rows.iter();
        let mut same = true;
        self.walk(sql, params, |row| {
            same = want
                .next()
                .is_some_and(|w| w.len() == row.width() && same_cells(row, w).all(|same| same));
            Ok(if same { Flow::More } else { Flow::Stop })
        })?;
        Ok(same && want.next().is_none())
    }

    /// Which of `values` differ from the columns of the row `sql` returns,
    /// by position; `None` when it returns none.
    pub fn differing(
        &self,
        sql: &str,
        params: &[&dyn Param],
        values: &[Value],
    ) -> Result<Option<Vec<usize>>> {
        self.query_row(sql, params, |row| {
            Ok(same_cells(row, values)
                .enumerate()
                .filter(|(_, same)| !same)
                .map(|(i, _)| i)
                .collect())
        })
    }

    /// The single value of a query that returns one row with one column
    /// named `value` (a count, an id).
    pub fn value<T: Column>(&self, sql: &str, params: &[&dyn Param]) -> Result<Option<T>> {
        self.query_row(sql, params, |r| r.get("value"))
    }
}

/// For each of `values`, whether the row's cell at its position holds it
/// (a cell that cannot be read counts as different).
fn same_cells<'a>(row: &'a Row<'a>, values: &'a [Value<'a>]) -> impl Iterator<Item = bool> + 'a {
    values
        .iter()
        .enumerate()
        .map(move |(i, v)| row.cell(i).is_ok_and(|c| c.same(v)))
}

/// `sql` with each `?N` placeholder written `$N`, PostgreSQL's spelling;
/// string literals, quoted names and comments are left as they are.
pub(super) fn dollar_placeholders(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len());
    let mut chars = sql.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\'' | '"' => {
                out.push(c);
                for d in chars.by_ref() {
                    out.push(d);
                    if d == c {
                        break;
                    }
                }
            }
            '-' if chars.peek() == Some(&'-') => {
                out.push(c);
                for d in chars.by_ref() {
                    out.push(d);
                    if d == '\n' {
                        break;
                    }
                }
            }
            '?' if chars.peek().is_some_and(char::is_ascii_digit) => out.push('$'),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_rewritten_outside_literals_names_and_comments() {
        assert_eq!(
            dollar_placeholders("SELECT a FROM t WHERE b = ?1 AND c IN (?2, ?10)"),
            "SELECT a FROM t WHERE b = $1 AND c IN ($2, $10)"
        );
        assert_eq!(
            dollar_placeholders("SELECT '?1', \"?2\", x FROM t -- ?3\nWHERE y = ?4"),
            "SELECT '?1', \"?2\", x FROM t -- ?3\nWHERE y = $4"
        );
        // A doubled quote inside a literal closes and reopens it: still
        // inside as far as a placeholder is concerned.
        assert_eq!(
            dollar_placeholders("SELECT 'it''s ?1' WHERE a = ?2"),
            "SELECT 'it''s ?1' WHERE a = $2"
        );
        assert_eq!(dollar_placeholders("a ? b"), "a ? b", "a bare ? stays");
    }

    #[test]
    fn values_are_the_same_only_with_the_same_type() {
        assert!(Value::Null.same(&Value::Null));
        assert!(!Value::Int(1).same(&Value::Text("1")));
        assert!(!Value::Real(0.0).same(&Value::Real(-0.0)));
        assert!(Value::Blob(&[1]).same(&Value::Blob(&[1])));
        assert!(!Value::Null.same(&Value::Text("")));
    }
}
