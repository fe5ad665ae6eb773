//! The PostgreSQL run of the suite: the same tests, each on a fresh
//! database of the server `ABONENT_TEST_PG` names, chosen when
//! `ABONENT_TEST_BACKEND=postgres` (see `postgres_suite` in main.rs, which
//! starts that run). A test about the SQLite file itself says so with
//! [`sqlite_only`] and is left out of it.

use std::sync::atomic::{AtomicU32, Ordering};

/// Whether this process runs the suite on PostgreSQL.
pub fn on_postgres() -> bool {
    std::env::var("ABONENT_TEST_BACKEND").as_deref() == Ok("postgres")
}

/// The server's URL (its `postgres` database); panics when unset on the
/// PostgreSQL run, which needs it.
pub fn server() -> String {
    std::env::var("ABONENT_TEST_PG")
        .unwrap_or_else(|_| panic!("ABONENT_TEST_BACKEND=postgres needs ABONENT_TEST_PG"))
}

/// `true` (and a note on stderr) on the PostgreSQL run: the caller, a
/// test about SQLite's file (its bytes, mode, companions, header), returns.
pub fn sqlite_only(why: &str) -> bool {
    if on_postgres() {
        eprintln!("skipped on PostgreSQL: {why}");
    }
    on_postgres()
}

static NEXT: AtomicU32 = AtomicU32::new(0);

/// A database of its own, dropped with the value.
pub struct Database {
    name: String,
    url: String,
}

fn admin() -> postgres::Client {
    postgres::Client::connect(&server(), postgres::NoTls)
        .unwrap_or_else(|e| panic!("ABONENT_TEST_PG {}: {e}", server()))
}

impl Database {
    pub fn create() -> Database {
        let name = format!(
            "t_{}_{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        );
        admin()
            .batch_execute(&format!("CREATE DATABASE {name}"))
            .expect("CREATE DATABASE");
        let base = server();
        let cut = base.rfind('/').expect("a URL with a database");
        let url = format!("{}/{name}", &base[..cut]);
        Database { name, url }
    }

    pub fn url(&self) -> &str {
        &self.url
    }

    /// A client on this database, for a test that looks inside.
    pub fn client(&self) -> postgres::Client {
        postgres::Client::connect(&self.url, postgres::NoTls).expect("connect")
    }
}

impl Drop for Database {
    fn drop(&mut self) {
        let _ = admin().batch_execute(&format!(
            "DROP DATABASE IF EXISTS {} WITH (FORCE)",
            self.name
        ));
    }
}

/// Column names and rows of `sql`, each cell as JSON.
pub fn select(
    client: &mut postgres::Client,
    sql: &str,
) -> (Vec<String>, Vec<Vec<serde_json::Value>>) {
    use postgres::types::Type;
    use serde_json::Value;
    let rows = client.query(sql, &[]).expect(sql);
    let stmt = client.prepare(sql).expect(sql);
    let names = stmt
        .columns()
        .iter()
        .map(|c| c.name().to_string())
        .collect();
    let rows = rows
        .iter()
        .map(|r| {
            (0..r.len())
                .map(|i| match *r.columns()[i].type_() {
                    Type::INT8 => r.get::<_, Option<i64>>(i).map_or(Value::Null, Value::from),
                    Type::INT4 => r.get::<_, Option<i32>>(i).map_or(Value::Null, Value::from),
                    Type::BOOL => r.get::<_, Option<bool>>(i).map_or(Value::Null, Value::from),
                    Type::BYTEA => r
                        .get::<_, Option<Vec<u8>>>(i)
                        .map_or(Value::Null, |b| format!("{b:02x?}").into()),
                    _ => r
                        .get::<_, Option<String>>(i)
                        .map_or(Value::Null, Value::from),
                })
                .collect()
        })
        .collect();
    (names, rows)
}

/// Every table's rows, in order, as text.
pub fn dump(client: &mut postgres::Client) -> Vec<u8> {
    let tables: Vec<String> = client
        .query(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename",
            &[],
        )
        .expect("tables")
        .iter()
        .map(|r| r.get(0))
        .collect();
    let mut out = String::new();
    for t in tables {
        out.push_str(&format!("== {t}\n"));
        for row in client
            .query(
                &format!("SELECT CAST(x AS TEXT) FROM {t} AS x ORDER BY 1"),
                &[],
            )
            .expect("rows")
        {
            out.push_str(&row.get::<_, String>(0));
            out.push('\n');
        }
    }
    out.into_bytes()
}
