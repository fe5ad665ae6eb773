//! Statements on PostgreSQL: `?N` rewritten to `$N` and prepared once per
//! text on the connection, [`Value`]s bound to whatever type the server
//! inferred for each parameter, cells read by their column's type, and
//! SQLSTATEs in the library's kinds.
//!
//! The client is tokio-postgres on a runtime of this thread, so that the
//! writes nobody waits for ([`super::Tx::execute_later`]) are pipelined:
//! kept until the next statement that needs an answer, then sent with it,
//! all in one round trip.

use super::{bind, Flow, Names, Owned, Param, Value};
use crate::error::{Error, Result};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::future::Future;
use std::pin::Pin;
use std::task::Poll;
use tokio_postgres::types::{IsNull, ToSql, Type};

/// Writes kept before they are sent with the next statement.
const PENDING_KEPT: usize = 512;

/// Prepared statements a connection keeps (a listing builds its SQL per
/// query; the rest are a few dozen fixed texts).
const STATEMENTS_KEPT: usize = 256;

/// One connection to the server. Its methods take `&self`: a [`super::Tx`]
/// is shared by the store's functions like SQLite's connection is.
/// The connection's half that reads and writes the socket: polled beside
/// each request (as the `postgres` crate does), never as a task of its
/// own, which would cost a wake-up per statement.
pub(crate) type Driver =
    Pin<Box<dyn Future<Output = std::result::Result<(), tokio_postgres::Error>>>>;

pub(crate) struct PgConn {
    runtime: tokio::runtime::Runtime,
    client: tokio_postgres::Client,
    /// `None` once the server closed the connection.
    driver: RefCell<Option<Driver>>,
    statements: RefCell<HashMap<String, (tokio_postgres::Statement, Names)>>,
    /// Writes not sent yet, with their parameters.
    pending: RefCell<Vec<(tokio_postgres::Statement, Vec<Owned>)>>,
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

    tokio_postgres::types::to_sql_checked!();
}

impl ToSql for Owned {
    fn to_sql(
        &self,
        ty: &Type,
        out: &mut bytes::BytesMut,
    ) -> std::result::Result<IsNull, Box<dyn std::error::Error + Sync + Send>> {
        self.value().to_sql(ty, out)
    }

    fn accepts(_: &Type) -> bool {
        true
    }

    tokio_postgres::types::to_sql_checked!();
}

/// The cell at position `i` of `row`, by its column's type.
pub(super) fn cell(row: &tokio_postgres::Row, i: usize) -> std::result::Result<Value<'_>, String> {
    let ty = row
        .columns()
        .get(i)
        .map(|c| c.type_().clone())
        .ok_or_else(|| format!("no column {i}"))?;
    let e = |e: tokio_postgres::Error| e.to_string();
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
    pub(crate) fn new(
        runtime: tokio::runtime::Runtime,
        client: tokio_postgres::Client,
        driver: Driver,
        server: String,
    ) -> PgConn {
        PgConn {
            runtime,
            client,
            driver: RefCell::new(Some(driver)),
            statements: RefCell::default(),
            pending: RefCell::default(),
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

    /// Ends the transaction with `sql` (`COMMIT` or `ROLLBACK`); the
    /// writes not sent yet go first (a rollback drops them).
    pub(crate) fn end(&self, sql: &str) -> Result<()> {
        self.open.set(false);
        if sql == "ROLLBACK" {
            self.pending.borrow_mut().clear();
        }
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

    fn error(&self, e: tokio_postgres::Error) -> Error {
        error(&self.server, &e)
    }

    /// The statement prepared from `sql` (with `$N` placeholders), and its
    /// column names.
    fn prepared(&self, sql: &str) -> Result<(tokio_postgres::Statement, Names)> {
        if let Some(found) = self.statements.borrow().get(sql) {
            return Ok(found.clone());
        }
        let text = super::dollar_placeholders(sql);
        self.flush()?;
        self.sent.set(self.sent.get() + 1);
        let stmt = self.block_on(self.client.prepare(&text))?;
        let names: Names = stmt.columns().iter().map(|c| Box::from(c.name())).collect();
        let mut kept = self.statements.borrow_mut();
        if kept.len() >= STATEMENTS_KEPT {
            kept.clear();
        }
        kept.insert(sql.to_string(), (stmt.clone(), names.clone()));
        Ok((stmt, names))
    }

    pub(crate) fn execute_batch(&self, sql: &str) -> Result<()> {
        let client = &self.client;
        self.send_with(client.batch_execute(sql))
    }

    /// Runs `last` after the writes not sent yet, pipelined: every request
    /// goes out before the first answer is read (one round trip). A write
    /// that fails fails the whole; its error is the one returned.
    fn send_with<T>(
        &self,
        last: impl std::future::Future<Output = std::result::Result<T, tokio_postgres::Error>>,
    ) -> Result<T> {
        let pending = std::mem::take(&mut *self.pending.borrow_mut());
        self.sent.set(self.sent.get() + 1);
        let client = &self.client;
        let lists: Vec<Vec<&(dyn ToSql + Sync)>> = pending
            .iter()
            .map(|(_, values)| values.iter().map(|v| v as &(dyn ToSql + Sync)).collect())
            .collect();
        let writes = futures_util::future::try_join_all(
            pending
                .iter()
                .zip(&lists)
                .map(|((stmt, _), params)| client.execute(stmt, params)),
        );
        self.block_on(async {
            let (written, out) = futures_util::future::join(writes, last).await;
            written?;
            out
        })
    }

    /// Runs `request` to its end, driving the connection meanwhile.
    fn block_on<T>(
        &self,
        request: impl Future<Output = std::result::Result<T, tokio_postgres::Error>>,
    ) -> Result<T> {
        let mut slot = self.driver.borrow_mut();
        let Some(driver) = slot.as_mut() else {
            return Err(self.closed(None));
        };
        let mut request = std::pin::pin!(request);
        let out = self.runtime.block_on(std::future::poll_fn(|cx| {
            if let Poll::Ready(end) = driver.as_mut().poll(cx) {
                return Poll::Ready(Err(end.err()));
            }
            request.as_mut().poll(cx).map(|r| r.map_err(Some))
        }));
        match out {
            Ok(v) => Ok(v),
            Err(Some(e)) => Err(self.error(e)),
            Err(None) => {
                *slot = None;
                Err(self.closed(None))
            }
        }
    }

    /// The connection is gone.
    fn closed(&self, e: Option<tokio_postgres::Error>) -> Error {
        let reason = e.map_or_else(
            || "the server closed the connection".to_string(),
            |e| e.to_string(),
        );
        Error::internal(
            "database",
            crate::t!(
                "store-pg-connection",
                server = self.server.as_str(),
                reason = reason
            ),
        )
    }

    /// Sends the writes not sent yet, and waits for them.
    fn flush(&self) -> Result<()> {
        if self.pending.borrow().is_empty() {
            return Ok(());
        }
        self.send_with(async { Ok(()) })
    }

    fn rows(&self, sql: &str, params: &[&dyn Param]) -> Result<(Vec<tokio_postgres::Row>, Names)> {
        let (stmt, names) = self.prepared(sql)?;
        let values: Vec<Value> = bind(params).collect();
        let params: Vec<&(dyn ToSql + Sync)> =
            values.iter().map(|v| v as &(dyn ToSql + Sync)).collect();
        let client = &self.client;
        let rows = self.send_with(client.query(&stmt, &params))?;
        Ok((rows, names))
    }

    pub(super) fn execute(&self, sql: &str, params: &[&dyn Param]) -> Result<usize> {
        let (stmt, _) = self.prepared(sql)?;
        let values: Vec<Value> = bind(params).collect();
        let params: Vec<&(dyn ToSql + Sync)> =
            values.iter().map(|v| v as &(dyn ToSql + Sync)).collect();
        let client = &self.client;
        let n = self.send_with(client.execute(&stmt, &params))?;
        Ok(usize::try_from(n).unwrap_or(usize::MAX))
    }

    /// Keeps a write to send with the next statement.
    pub(super) fn execute_later(&self, sql: &str, params: &[&dyn Param]) -> Result<()> {
        let (stmt, _) = self.prepared(sql)?;
        let values = bind(params).map(Owned::from).collect();
        let full = {
            let mut pending = self.pending.borrow_mut();
            pending.push((stmt, values));
            pending.len() >= PENDING_KEPT
        };
        if full {
            self.flush()?;
        }
        Ok(())
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
        mut f: impl FnMut(&tokio_postgres::Row, &[Box<str>]) -> Result<Flow>,
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
pub(crate) fn error(server: &str, e: &tokio_postgres::Error) -> Error {
    use tokio_postgres::error::SqlState;
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
