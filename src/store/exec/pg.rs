//! Statements on PostgreSQL: `?N` rewritten to `$N` and prepared once per
//! text on the connection, [`Value`]s bound to whatever type the server
//! inferred for each parameter, cells read by their column's type, and
//! SQLSTATEs in the library's kinds.

use super::{bind, Flow, Names, Param, Value};
use crate::error::{Error, Result};
use postgres::types::{IsNull, ToSql, Type};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;

/// Prepared statements a connection keeps (a listing builds its SQL per
/// query; the rest are a few dozen fixed texts).
const STATEMENTS_KEPT: usize = 256;

/// One connection to the server. Its methods take `&self`: a [`super::Tx`]
/// is shared by the store's functions like SQLite's connection is.
pub(crate) struct PgConn {
    client: RefCell<postgres::Client>,
    statements: RefCell<HashMap<String, (postgres::Statement, Names)>>,
    /// The server, as messages name it (never with a password).
    server: String,
    /// Statements sent so far: what a test counts to hold the import to a
    /// few round trips per batch.
    sent: Cell<u64>,
    /// Whether a transaction is open.
    open: Cell<bool>,
}

impl ToSql for Value<'_> {
    fn to_sql(
        &self,
        ty: &Type,
        out: &mut bytes::BytesMut,
    ) -> std::result::Result<IsNull, Box<dyn std::error::Error + Sync + Send>> {
        match (*self, ty) {
            (Value::Null, _) => Ok(IsNull::Yes),
            (Value::Int(i), &Type::INT8) => i.to_sql(ty, out),
            (Value::Int(i), &Type::INT4) => i32::try_from(i)?.to_sql(ty, out),
            (Value::Int(i), &Type::INT2) => i16::try_from(i)?.to_sql(ty, out),
            (Value::Int(i), &Type::BOOL) => (i != 0).to_sql(ty, out),
            (Value::Int(i), &Type::FLOAT8) => (i as f64).to_sql(ty, out),
            (Value::Int(i), &Type::TEXT | &Type::VARCHAR) => i.to_string().to_sql(ty, out),
            (Value::Real(f), &Type::FLOAT8) => f.to_sql(ty, out),
            (Value::Real(f), &Type::FLOAT4) => (f as f32).to_sql(ty, out),
            (Value::Text(s), &Type::TEXT | &Type::VARCHAR | &Type::BPCHAR | &Type::NAME) => {
                s.to_sql(ty, out)
            }
            (Value::Text(s), &Type::UNKNOWN) => s.to_sql(&Type::TEXT, out),
            (Value::Blob(b), &Type::BYTEA) => b.to_sql(ty, out),
            (v, ty) => Err(format!("a {} cannot be sent as {}", v.type_name(), ty.name()).into()),
        }
    }

    fn accepts(_: &Type) -> bool {
        true
    }

    postgres::types::to_sql_checked!();
}

/// The cell at position `i` of `row`, by its column's type.
pub(super) fn cell(row: &postgres::Row, i: usize) -> std::result::Result<Value<'_>, String> {
    let ty = row
        .columns()
        .get(i)
        .map(|c| c.type_().clone())
        .ok_or_else(|| format!("no column {i}"))?;
    let e = |e: postgres::Error| e.to_string();
    let v = match ty {
        Type::INT8 => row.try_get::<_, Option<i64>>(i).map_err(e)?.map(Value::Int),
        Type::INT4 => row
            .try_get::<_, Option<i32>>(i)
            .map_err(e)?
            .map(|v| Value::Int(v.into())),
        Type::INT2 => row
            .try_get::<_, Option<i16>>(i)
            .map_err(e)?
            .map(|v| Value::Int(v.into())),
        Type::OID => row
            .try_get::<_, Option<u32>>(i)
            .map_err(e)?
            .map(|v| Value::Int(v.into())),
        Type::BOOL => row
            .try_get::<_, Option<bool>>(i)
            .map_err(e)?
            .map(|v| Value::Int(v.into())),
        Type::FLOAT8 => row
            .try_get::<_, Option<f64>>(i)
            .map_err(e)?
            .map(Value::Real),
        Type::FLOAT4 => row
            .try_get::<_, Option<f32>>(i)
            .map_err(e)?
            .map(|v| Value::Real(v.into())),
        Type::TEXT | Type::VARCHAR | Type::BPCHAR | Type::NAME | Type::UNKNOWN => row
            .try_get::<_, Option<&str>>(i)
            .map_err(e)?
            .map(Value::Text),
        Type::BYTEA => row
            .try_get::<_, Option<&[u8]>>(i)
            .map_err(e)?
            .map(Value::Blob),
        other => return Err(format!("a column of type {} cannot be read", other.name())),
    };
    Ok(v.unwrap_or(Value::Null))
}

impl PgConn {
    pub(crate) fn new(client: postgres::Client, server: String) -> PgConn {
        PgConn {
            client: RefCell::new(client),
            statements: RefCell::default(),
            server,
            sent: Cell::new(0),
            open: Cell::new(false),
        }
    }

    pub(crate) fn in_transaction(&self) -> bool {
        self.open.get()
    }

    /// Begins a transaction with `sql` (`BEGIN …` and any session setup).
    pub(crate) fn begin(&self, sql: &str) -> Result<()> {
        self.execute_batch(sql)?;
        self.open.set(true);
        Ok(())
    }

    /// Ends the transaction with `sql` (`COMMIT` or `ROLLBACK`).
    pub(crate) fn end(&self, sql: &str) -> Result<()> {
        self.open.set(false);
        self.execute_batch(sql)
    }

    /// The server, as messages name it.
    pub(crate) fn server(&self) -> &str {
        &self.server
    }

    /// How many statements this connection has sent.
    pub(crate) fn sent(&self) -> u64 {
        self.sent.get()
    }

    fn error(&self, e: postgres::Error) -> Error {
        error(&self.server, &e)
    }

    /// The statement prepared from `sql` (with `$N` placeholders), and its
    /// column names.
    fn prepared(&self, sql: &str) -> Result<(postgres::Statement, Names)> {
        if let Some(found) = self.statements.borrow().get(sql) {
            return Ok(found.clone());
        }
        let text = super::dollar_placeholders(sql);
        let stmt = self
            .client
            .borrow_mut()
            .prepare(&text)
            .map_err(|e| self.error(e))?;
        let names: Names = stmt.columns().iter().map(|c| Box::from(c.name())).collect();
        let mut kept = self.statements.borrow_mut();
        if kept.len() >= STATEMENTS_KEPT {
            kept.clear();
        }
        kept.insert(sql.to_string(), (stmt.clone(), names.clone()));
        Ok((stmt, names))
    }

    pub(crate) fn execute_batch(&self, sql: &str) -> Result<()> {
        self.sent.set(self.sent.get() + 1);
        self.client
            .borrow_mut()
            .batch_execute(sql)
            .map_err(|e| self.error(e))
    }

    fn rows(&self, sql: &str, params: &[&dyn Param]) -> Result<(Vec<postgres::Row>, Names)> {
        let (stmt, names) = self.prepared(sql)?;
        let values: Vec<Value> = bind(params).collect();
        let params: Vec<&(dyn ToSql + Sync)> =
            values.iter().map(|v| v as &(dyn ToSql + Sync)).collect();
        self.sent.set(self.sent.get() + 1);
        let rows = self
            .client
            .borrow_mut()
            .query(&stmt, &params)
            .map_err(|e| self.error(e))?;
        Ok((rows, names))
    }

    pub(super) fn execute(&self, sql: &str, params: &[&dyn Param]) -> Result<usize> {
        let (stmt, _) = self.prepared(sql)?;
        let values: Vec<Value> = bind(params).collect();
        let params: Vec<&(dyn ToSql + Sync)> =
            values.iter().map(|v| v as &(dyn ToSql + Sync)).collect();
        self.sent.set(self.sent.get() + 1);
        let n = self
            .client
            .borrow_mut()
            .execute(&stmt, &params)
            .map_err(|e| self.error(e))?;
        Ok(usize::try_from(n).unwrap_or(usize::MAX))
    }

    pub(super) fn insert_one(&self, sql: &str, params: &[&dyn Param]) -> Result<i64> {
        let sql = format!("{} RETURNING id", sql.trim_end());
        let (rows, _) = self.rows(&sql, params)?;
        let row = rows
            .first()
            .ok_or_else(|| Error::internal("database", crate::t!("store-insert-no-id")))?;
        match cell(row, 0) {
            Ok(Value::Int(id)) => Ok(id),
            Ok(other) => Err(Error::internal(
                "database",
                crate::t!("store-expected-integer", found = other.type_name()),
            )),
            Err(e) => Err(Error::internal(
                "database",
                crate::t!("store-column-bad", name = "id", reason = e),
            )),
        }
    }

    /// The rows are fetched whole before `f` sees the first: `f` may run
    /// statements of its own on the same connection.
    pub(super) fn walk(
        &self,
        sql: &str,
        params: &[&dyn Param],
        mut f: impl FnMut(&postgres::Row, &[Box<str>]) -> Result<Flow>,
    ) -> Result<()> {
        let (rows, names) = self.rows(sql, params)?;
        for row in &rows {
            if let Flow::Stop = f(row, &names)? {
                break;
            }
        }
        Ok(())
    }
}

/// PostgreSQL's error in the library's kinds (and so exit codes): a
/// unique or check constraint broken is a conflict (5), a lock not granted
/// within `lock_timeout` busy (7), a lost or refused connection an I/O
/// failure naming the server (1), the rest internal (1).
pub(crate) fn error(server: &str, e: &postgres::Error) -> Error {
    use postgres::error::SqlState;
    let Some(db) = e.as_db_error() else {
        // The driver's words ("error connecting to server") and their
        // causes ("Connection refused (os error 111)").
        let mut reason = e.to_string();
        let mut cause = std::error::Error::source(e);
        while let Some(c) = cause {
            reason.push_str(": ");
            reason.push_str(&c.to_string());
            cause = c.source();
        }
        return Error::internal(
            "database",
            crate::t!("store-pg-connection", server = server, reason = reason),
        );
    };
    let code = db.code();
    if *code == SqlState::LOCK_NOT_AVAILABLE || *code == SqlState::QUERY_CANCELED {
        return Error::busy();
    }
    if *code == SqlState::UNIQUE_VIOLATION
        || *code == SqlState::CHECK_VIOLATION
        || *code == SqlState::FOREIGN_KEY_VIOLATION
        || *code == SqlState::NOT_NULL_VIOLATION
    {
        let what = match db.constraint() {
            Some(c) => format!("{}: {c}", db.message()),
            None => db.message().to_string(),
        };
        return Error::conflict(
            "database",
            crate::t!("store-unique-violated", reason = what),
        );
    }
    if code.code().starts_with("08") || code.code().starts_with("57P") {
        return Error::internal(
            "database",
            crate::t!(
                "store-pg-connection",
                server = server,
                reason = db.message()
            ),
        );
    }
    Error::internal(
        "database",
        crate::t!("store-pg", reason = db.message(), code = code.code()),
    )
}
