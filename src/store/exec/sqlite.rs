//! Statements on SQLite: binding [`Value`]s, reading a cell, the prepared
//! statements' column names, and SQLite's error codes in the library's
//! kinds.

use super::{bind, Flow, Names, Param, Value};
use crate::error::{Error, Result};
use rusqlite::types::{ToSqlOutput, ValueRef};
use rusqlite::Connection;
use std::cell::RefCell;

/// Statements whose column names a transaction keeps (a listing builds
/// its SQL per query; the rest are a few dozen fixed texts).
const NAMES_KEPT: usize = 64;

/// An SQLite connection inside a transaction.
pub(super) struct Session<'c> {
    conn: &'c Connection,
    /// The column names of each statement run so far, looked up by its
    /// SQL text: asking SQLite for a column's name on every read cost an
    /// export a tenth of its time.
    names: RefCell<Vec<(String, Names)>>,
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

/// The cell at position `i` of `row`.
pub(super) fn cell<'r>(
    row: &'r rusqlite::Row<'r>,
    i: usize,
) -> std::result::Result<Value<'r>, String> {
    Ok(match row.get_ref(i).map_err(|e| e.to_string())? {
        ValueRef::Null => Value::Null,
        ValueRef::Integer(i) => Value::Int(i),
        ValueRef::Real(f) => Value::Real(f),
        ValueRef::Text(t) => Value::Text(std::str::from_utf8(t).map_err(|e| e.to_string())?),
        ValueRef::Blob(b) => Value::Blob(b),
    })
}

impl<'c> Session<'c> {
    pub(super) fn new(conn: &'c Connection) -> Session<'c> {
        Session {
            conn,
            names: RefCell::default(),
        }
    }

    pub(super) fn conn(&self) -> &'c Connection {
        self.conn
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

    pub(super) fn execute_batch(&self, sql: &str) -> Result<()> {
        Ok(self.conn.execute_batch(sql)?)
    }

    pub(super) fn execute(&self, sql: &str, params: &[&dyn Param]) -> Result<usize> {
        Ok(self
            .conn
            .prepare_cached(sql)?
            .execute(rusqlite::params_from_iter(bind(params)))?)
    }

    pub(super) fn insert_one(&self, sql: &str, params: &[&dyn Param]) -> Result<i64> {
        self.execute(sql, params)?;
        Ok(self.conn.last_insert_rowid())
    }

    pub(super) fn walk(
        &self,
        sql: &str,
        params: &[&dyn Param],
        mut f: impl FnMut(&rusqlite::Row, &[Box<str>]) -> Result<Flow>,
    ) -> Result<()> {
        let mut stmt = self.conn.prepare_cached(sql)?;
        let names = self.names(sql, &stmt);
        let mut rows = stmt.query(rusqlite::params_from_iter(bind(params)))?;
        while let Some(row) = rows.next()? {
            if let Flow::Stop = f(row, &names)? {
                break;
            }
        }
        Ok(())
    }
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
pub(crate) fn sqlite_message(e: &rusqlite::Error) -> String {
    match e {
        rusqlite::Error::SqlInputError { msg, .. } => msg.clone(),
        _ => e.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Tx, Value};
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
