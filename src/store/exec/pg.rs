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

/// A statement prepared on the connection: its column names, and its
/// parts if it is a plain one-row insert.
type Prepared = (tokio_postgres::Statement, Names, Option<std::rc::Rc<Plain>>);

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
    statements: RefCell<HashMap<String, Prepared>>,
    /// Writes not sent yet, with their parameters.
    pending: RefCell<Vec<Later>>,
    /// Per table, how deep it sits under the tables its foreign keys
    /// name (0: it names none): inserts sent together go parents first.
    /// Read from the catalogue the first time it is needed.
    depths: RefCell<Option<HashMap<String, u32>>>,
    /// The server, as messages name it (never with a password).
    server: String,
    /// Statements sent so far: what a test counts to hold the import to a
    /// few round trips per batch.
    sent: Cell<u64>,
    /// Whether a transaction is open.
    open: Cell<bool>,
    /// Per table: ids drawn ahead from its sequence in this transaction,
    /// and how many the next draw takes (1, 2, 4, … 64: a single add
    /// wastes none, an import few).
    ids: RefCell<HashMap<String, (Vec<i64>, i64)>>,
    /// Each `insert_one` text rewritten to name its id: `None` for a text
    /// that is not one plain `INSERT INTO t (…) VALUES (…)`.
    with_id: RefCell<HashMap<String, Option<(String, String)>>>,
}

/// A write kept to be sent with the next statement.
struct Later {
    stmt: tokio_postgres::Statement,
    values: Vec<Owned>,
    /// For a plain one-row insert, its parts: such inserts of one text
    /// kept together go as one insert of many rows.
    plain: Option<std::rc::Rc<Plain>>,
}

/// A one-row `INSERT INTO table (columns) VALUES (values)` whose values
/// are placeholders and plain words (no call, quote or subquery).
#[derive(Debug, PartialEq)]
struct Plain {
    table: String,
    columns: String,
    values: String,
}

impl Plain {
    fn parse(sql: &str) -> Option<Plain> {
        // Spaces and line breaks as one space: the parts below hold no
        // quotes, so nothing else changes.
        let sql = sql.split_whitespace().collect::<Vec<_>>().join(" ");
        let rest = sql.strip_prefix("INSERT INTO ")?;
        let (table, rest) = rest.split_once(" (")?;
        let (columns, rest) = rest.split_once(") VALUES (")?;
        let values = rest.trim_end().strip_suffix(')')?;
        let plain =
            |t: &str| !t.contains('(') && !t.contains(')') && !t.contains('\'') && !t.contains(';');
        let simple_table = table.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
        (simple_table && plain(columns) && plain(values)).then(|| Plain {
            table: table.to_string(),
            columns: columns.trim().to_string(),
            values: values.trim().to_string(),
        })
    }

    /// The insert of `rows` rows of `n` parameters each: row `r`'s `?k`
    /// becomes `?(k + r·n)`.
    fn rows(&self, rows: usize, n: usize) -> String {
        let tuples: Vec<String> = (0..rows)
            .map(|r| format!("({})", shifted(&self.values, r * n)))
            .collect();
        format!(
            "INSERT INTO {} ({}) VALUES {}",
            self.table,
            self.columns,
            tuples.join(", ")
        )
    }
}

/// `values` with each `?k` written `?(k + by)` (a plain values list: no
/// quotes, so every `?` is a placeholder).
fn shifted(values: &str, by: usize) -> String {
    let mut out = String::with_capacity(values.len() + 8);
    let mut chars = values.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        out.push(c);
        if c != '?' {
            continue;
        }
        let start = i + 1;
        let mut end = start;
        while let Some(&(j, d)) = chars.peek() {
            if !d.is_ascii_digit() {
                break;
            }
            end = j + 1;
            chars.next();
        }
        match values[start..end].parse::<usize>() {
            Ok(k) => out.push_str(&(k + by).to_string()),
            Err(_) => out.push_str(&values[start..end]),
        }
    }
    out
}

/// Rows per insert when many go together: a few texts to prepare for
/// any number.
const ROWS_TOGETHER: [usize; 4] = [64, 16, 4, 1];

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
            depths: RefCell::default(),
            server,
            sent: Cell::new(0),
            open: Cell::new(false),
            ids: RefCell::default(),
            with_id: RefCell::default(),
        }
    }

    pub(crate) fn in_transaction(&self) -> bool {
        self.open.get()
    }

    /// Begins a transaction with `sql` (`BEGIN …` and any session setup).
    pub(crate) fn begin(&self, sql: &str) -> Result<()> {
        self.execute_batch(sql)?;
        self.open.set(true);
        self.ids.borrow_mut().clear();
        Ok(())
    }

    /// Ends the transaction with `sql` (`COMMIT` or `ROLLBACK`); the
    /// writes not sent yet go first (a rollback drops them).
    pub(crate) fn end(&self, sql: &str) -> Result<()> {
        self.open.set(false);
        self.ids.borrow_mut().clear();
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
    fn prepared(&self, sql: &str) -> Result<Prepared> {
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
        let plain = Plain::parse(sql).map(std::rc::Rc::new);
        let found = (stmt, names, plain);
        kept.insert(sql.to_string(), found.clone());
        Ok(found)
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
        let pending = self.together(pending)?;
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

    /// The writes kept, with each run of plain inserts between other
    /// writes sent as one insert of many rows per text (each statement
    /// costs the server about as much again as its rows): parents first,
    /// by the foreign keys, and each text's rows in the order they came.
    /// The other writes keep their places.
    fn together(
        &self,
        pending: Vec<Later>,
    ) -> Result<Vec<(tokio_postgres::Statement, Vec<Owned>)>> {
        let mut out = Vec::with_capacity(pending.len());
        let mut run: Vec<(std::rc::Rc<Plain>, Vec<Later>)> = Vec::new();
        for later in pending {
            match &later.plain {
                Some(plain) => match run.iter_mut().find(|(p, _)| std::rc::Rc::ptr_eq(p, plain)) {
                    Some((_, rows)) => rows.push(later),
                    None => run.push((plain.clone(), vec![later])),
                },
                None => {
                    self.send_run(std::mem::take(&mut run), &mut out)?;
                    out.push((later.stmt, later.values));
                }
            }
        }
        self.send_run(run, &mut out)?;
        Ok(out)
    }

    /// One run of plain inserts, as inserts of many rows.
    fn send_run(
        &self,
        mut run: Vec<(std::rc::Rc<Plain>, Vec<Later>)>,
        out: &mut Vec<(tokio_postgres::Statement, Vec<Owned>)>,
    ) -> Result<()> {
        if run.len() > 1 {
            let depths = self.depths()?;
            run.sort_by_key(|(p, _)| depths.get(&p.table).copied().unwrap_or(0));
        }
        for (plain, rows) in run {
            let mut rows = rows.into_iter().peekable();
            while let Some(first) = rows.next() {
                if rows.peek().is_none() {
                    out.push((first.stmt, first.values));
                    break;
                }
                let n = first.values.len();
                let left = 1 + rows.len();
                let take = ROWS_TOGETHER.into_iter().find(|&k| k <= left).unwrap_or(1);
                if take == 1 {
                    out.push((first.stmt, first.values));
                    continue;
                }
                let mut values = first.values;
                values.reserve(n * (take - 1));
                for later in rows.by_ref().take(take - 1) {
                    values.extend(later.values);
                }
                let (stmt, _, _) = self.prepared(&plain.rows(take, n))?;
                out.push((stmt, values));
            }
        }
        Ok(())
    }

    /// Each table's depth under the tables its foreign keys name.
    fn depths(&self) -> Result<std::cell::Ref<'_, HashMap<String, u32>>> {
        if self.depths.borrow().is_none() {
            let (rows, _) = self.rows(
                "SELECT c.relname AS child, p.relname AS parent
                 FROM pg_constraint k
                 JOIN pg_class c ON c.oid = k.conrelid
                 JOIN pg_class p ON p.oid = k.confrelid
                 WHERE k.contype = 'f' AND c.relnamespace = current_schema()::regnamespace
                   AND k.conrelid <> k.confrelid",
                &[],
            )?;
            let mut edges = Vec::new();
            for row in &rows {
                let child: String = row.try_get(0).map_err(|e| self.error(e))?;
                let parent: String = row.try_get(1).map_err(|e| self.error(e))?;
                edges.push((child, parent));
            }
            *self.depths.borrow_mut() = Some(fk_depths(&edges));
        }
        let kept = self.depths.borrow();
        Ok(std::cell::Ref::map(kept, |d| {
            d.as_ref().expect("filled above")
        }))
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
        let (stmt, names, _) = self.prepared(sql)?;
        let values: Vec<Value> = bind(params).collect();
        let params: Vec<&(dyn ToSql + Sync)> =
            values.iter().map(|v| v as &(dyn ToSql + Sync)).collect();
        let client = &self.client;
        let rows = self.send_with(client.query(&stmt, &params))?;
        Ok((rows, names))
    }

    pub(super) fn execute(&self, sql: &str, params: &[&dyn Param]) -> Result<usize> {
        let (stmt, _, _) = self.prepared(sql)?;
        let values: Vec<Value> = bind(params).collect();
        let params: Vec<&(dyn ToSql + Sync)> =
            values.iter().map(|v| v as &(dyn ToSql + Sync)).collect();
        let client = &self.client;
        let n = self.send_with(client.execute(&stmt, &params))?;
        Ok(usize::try_from(n).unwrap_or(usize::MAX))
    }

    /// Keeps a write to send with the next statement.
    pub(super) fn execute_later(&self, sql: &str, params: &[&dyn Param]) -> Result<()> {
        let (stmt, _, plain) = self.prepared(sql)?;
        let values = bind(params).map(Owned::from).collect();
        let full = {
            let mut pending = self.pending.borrow_mut();
            pending.push(Later {
                stmt,
                values,
                plain,
            });
            pending.len() >= PENDING_KEPT
        };
        if full {
            self.flush()?;
        }
        Ok(())
    }

    /// The new row's id is drawn from the table's sequence ahead (a pool
    /// per transaction) and the insert names it, so the insert itself is a
    /// write nobody waits for. A text that is not one plain insert takes
    /// `RETURNING id` and a round trip.
    pub(super) fn insert_one(&self, sql: &str, params: &[&dyn Param]) -> Result<i64> {
        let rewritten = {
            let mut kept = self.with_id.borrow_mut();
            kept.entry(sql.to_string())
                .or_insert_with(|| naming_id(sql, params.len()))
                .clone()
        };
        if let (Some((table, text)), true) = (rewritten, self.open.get()) {
            let id = self.next_id(&table)?;
            let mut all: Vec<&dyn Param> = params.to_vec();
            all.push(&id);
            self.execute_later(&text, &all)?;
            return Ok(id);
        }
        let sql = format!("{} RETURNING id", sql.trim_end());
        let (rows, _) = self.rows(&sql, params)?;
        let row = rows
            .first()
            .ok_or_else(|| Error::internal("database", crate::t!("store-insert-no-id")))?;
        int_cell(row)
    }

    /// The next id of `table` for this transaction.
    fn next_id(&self, table: &str) -> Result<i64> {
        if let Some(id) = self
            .ids
            .borrow_mut()
            .get_mut(table)
            .and_then(|(pool, _)| pool.pop())
        {
            return Ok(id);
        }
        let take = self.ids.borrow().get(table).map_or(1, |(_, n)| *n);
        let (rows, _) = self.rows(
            "SELECT nextval(pg_get_serial_sequence(?1, 'id')) AS id FROM generate_series(1, ?2)",
            &[&table, &take],
        )?;
        let mut pool = rows.iter().map(int_cell).collect::<Result<Vec<i64>>>()?;
        pool.reverse();
        let id = pool
            .pop()
            .ok_or_else(|| Error::internal("database", crate::t!("store-insert-no-id")))?;
        self.ids
            .borrow_mut()
            .insert(table.to_string(), (pool, (take * 2).min(64)));
        Ok(id)
    }

    /// Like [`PgConn::walk`] for a statement whose parameters are all
    /// text or all integers, planned for the values it is given (the unnamed statement,
    /// in the same round trip): a lookup of many values by `IN`, which a
    /// plan made for any values (the one a prepared statement settles
    /// on) answered by reading the whole table — 100 ms on 20,000 cards.
    pub(super) fn walk_planned_for(
        &self,
        sql: &str,
        values: &[Value<'_>],
        mut f: impl FnMut(&tokio_postgres::Row, &[Box<str>]) -> Result<Flow>,
    ) -> Result<()> {
        let text = super::dollar_placeholders(sql);
        let typed: Vec<(&(dyn ToSql + Sync), Type)> = values
            .iter()
            .map(|v| {
                let ty = match v {
                    Value::Int(_) => Type::INT8,
                    _ => Type::TEXT,
                };
                (v as &(dyn ToSql + Sync), ty)
            })
            .collect();
        let client = &self.client;
        let rows = self.send_with(client.query_typed(&text, &typed))?;
        let Some(first) = rows.first() else {
            return Ok(());
        };
        let names: Vec<Box<str>> = first
            .columns()
            .iter()
            .map(|c| Box::from(c.name()))
            .collect();
        for row in &rows {
            if let Flow::Stop = f(row, &names)? {
                break;
            }
        }
        Ok(())
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

/// The integer in a row's first column.
fn int_cell(row: &tokio_postgres::Row) -> Result<i64> {
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

/// `INSERT INTO t (a, b) VALUES (?1, ?2)` as `(t, INSERT INTO t (id, a, b)
/// VALUES (?3, ?1, ?2))`, for an insert of `n` parameters; `None` for any
/// other shape (several rows, a SELECT, ON CONFLICT, RETURNING).
fn naming_id(sql: &str, n: usize) -> Option<(String, String)> {
    let Plain {
        table,
        columns,
        values,
    } = Plain::parse(sql)?;
    if columns.split(',').any(|c| c.trim() == "id") {
        return None;
    }
    let text = format!(
        "INSERT INTO {table} (id, {columns}) VALUES (?{}, {values})",
        n + 1
    );
    Some((table, text))
}

/// Each table's depth under those its foreign keys name, from `(child,
/// parent)` pairs: 0 for a table that names none, else one more than its
/// deepest parent (a cycle stops growing after as many rounds as tables).
fn fk_depths(edges: &[(String, String)]) -> HashMap<String, u32> {
    let mut depth: HashMap<String, u32> = HashMap::new();
    for _ in 0..=edges.len() {
        let mut changed = false;
        for (child, parent) in edges {
            let want = depth.get(parent).copied().unwrap_or(0) + 1;
            let have = depth.entry(child.clone()).or_insert(0);
            if *have < want {
                *have = want;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    depth
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_inserts_are_written_as_many_rows_and_nothing_else_is() {
        let p = Plain::parse("INSERT INTO contacts (id, kind,\n  value)\n   VALUES (?4, ?1, ?2)")
            .unwrap();
        assert_eq!(
            p.rows(3, 4),
            "INSERT INTO contacts (id, kind, value) VALUES (?4, ?1, ?2), (?8, ?5, ?6), (?12, ?9, ?10)"
        );
        assert_eq!(shifted("?1, 0, ?10, NULL", 10), "?11, 0, ?20, NULL");
        for other in [
            "INSERT INTO t (a) VALUES (?1) ON CONFLICT DO NOTHING",
            "INSERT INTO t (a) VALUES (?1) RETURNING id",
            "INSERT INTO t (a) VALUES (lower(?1))",
            "INSERT INTO t (a) VALUES ('x?1')",
            "INSERT INTO t (a) SELECT id FROM u",
            "INSERT INTO t (a) VALUES (?1), (?2)",
            "UPDATE t SET a = ?1",
        ] {
            assert_eq!(Plain::parse(other), None, "{other}");
        }
    }

    #[test]
    fn tables_go_under_the_tables_their_foreign_keys_name() {
        let edge = |c: &str, p: &str| (c.to_string(), p.to_string());
        let d = fk_depths(&[
            edge("contacts", "subscribers"),
            edge("subscribers", "managers"),
            edge("subscriber_groups", "groups"),
            edge("subscriber_groups", "subscribers"),
            edge("a", "b"),
            edge("b", "a"),
        ]);
        let at = |t: &str| d.get(t).copied().unwrap_or(0);
        assert_eq!(
            [
                at("managers"),
                at("subscribers"),
                at("contacts"),
                at("subscriber_groups"),
                at("history")
            ],
            [0, 1, 2, 2, 0]
        );
        // A cycle ends.
        assert!(at("a") > 0 && at("b") > 0);
    }

    #[test]
    fn a_plain_insert_is_rewritten_to_name_its_id_and_nothing_else_is() {
        assert_eq!(
            naming_id("INSERT INTO subscribers (type, uid) VALUES (?1, ?2)", 2),
            Some((
                "subscribers".into(),
                "INSERT INTO subscribers (id, type, uid) VALUES (?3, ?1, ?2)".into()
            ))
        );
        for other in [
            "INSERT INTO t (a) VALUES (?1), (?2)",
            "INSERT INTO t (a) VALUES (?1) ON CONFLICT DO NOTHING",
            "INSERT INTO t (a) SELECT ?1",
            "INSERT INTO t (id, a) VALUES (?1, ?2)",
            "INSERT INTO t (a) VALUES (lower(?1))",
            "INSERT INTO t (a) VALUES ('x')",
            "UPDATE t SET a = ?1",
        ] {
            assert_eq!(naming_id(other, 2), None, "{other}");
        }
    }
}
