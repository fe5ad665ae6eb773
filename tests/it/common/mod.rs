//! Test harness: a temporary database per test and a command builder that
//! runs the real binary against it with no stdin and no user environment.
#![allow(dead_code)]

pub mod gen1c;

use assert_cmd::Command;
use serde_json::Value;
use tempfile::TempDir;

pub mod pg;

pub struct Env {
    pub dir: TempDir,
    /// On the PostgreSQL run: this test's own database.
    pub pg: Option<pg::Database>,
}

impl Env {
    pub fn new() -> Env {
        Env {
            dir: tempfile::tempdir().expect("tempdir"),
            pg: pg::on_postgres().then(pg::Database::create),
        }
    }

    /// The SQLite file of this test (where the SQLite run keeps its
    /// registry): for the tests about the file itself.
    pub fn db(&self) -> std::path::PathBuf {
        self.dir.path().join("abonent.db")
    }

    /// The database the commands use: this test's PostgreSQL database on
    /// the PostgreSQL run, else [`Env::db`].
    pub fn target(&self) -> std::ffi::OsString {
        match &self.pg {
            Some(db) => db.url().into(),
            None => self.db().into(),
        }
    }

    /// Whether this run is on PostgreSQL.
    pub fn on_postgres(&self) -> bool {
        self.pg.is_some()
    }

    /// [`Env::target`] as the library names it, for tests that open the
    /// registry in process.
    pub fn location(&self) -> abonent::store::Location {
        abonent::store::Location::from_process(&self.target().to_string_lossy())
            .expect("the test database")
    }

    /// Runs SQL statements on the test's database (not through abonent).
    pub fn exec(&self, sql: &str) {
        match &self.pg {
            Some(db) => db.client().batch_execute(sql).expect(sql),
            None => rusqlite::Connection::open(self.db())
                .and_then(|c| c.execute_batch(sql))
                .expect(sql),
        }
    }

    /// A query on the test's database: its column names and its rows,
    /// each cell as JSON (integers, text, null).
    pub fn select(&self, sql: &str) -> (Vec<String>, Vec<Vec<Value>>) {
        match &self.pg {
            Some(db) => pg::select(&mut db.client(), sql),
            None => {
                let c = rusqlite::Connection::open(self.db()).expect("open");
                let mut stmt = c.prepare(sql).expect(sql);
                let names: Vec<String> =
                    stmt.column_names().iter().map(|n| n.to_string()).collect();
                let width = names.len();
                let rows = stmt
                    .query_map([], |r| {
                        (0..width)
                            .map(|i| {
                                use rusqlite::types::ValueRef;
                                Ok(match r.get_ref(i)? {
                                    ValueRef::Null => Value::Null,
                                    ValueRef::Integer(n) => n.into(),
                                    ValueRef::Real(f) => f.into(),
                                    ValueRef::Text(t) => String::from_utf8_lossy(t).into(),
                                    ValueRef::Blob(b) => format!("{b:02x?}").into(),
                                })
                            })
                            .collect()
                    })
                    .expect(sql)
                    .collect::<rusqlite::Result<_>>()
                    .expect(sql);
                (names, rows)
            }
        }
    }

    /// One integer a query returns.
    pub fn int(&self, sql: &str) -> i64 {
        let (_, rows) = self.select(sql);
        rows.first()
            .and_then(|r| r.first())
            .and_then(Value::as_i64)
            .unwrap_or_else(|| panic!("{sql}: {rows:?}"))
    }

    /// Everything the registry holds, table by table, row by row: on
    /// SQLite the file's bytes, on PostgreSQL every table's rows in order.
    pub fn snapshot(&self) -> Vec<u8> {
        match &self.pg {
            Some(db) => pg::dump(&mut db.client()),
            None => std::fs::read(self.db()).expect("the database file"),
        }
    }

    /// The host's system config file for this test (absent unless a test
    /// writes it), in place of /etc/abonent/abonent.toml.
    pub fn system_config(&self) -> std::path::PathBuf {
        self.dir.path().join("etc").join("abonent.toml")
    }

    /// The user's config file for this test (absent unless a test writes
    /// it): `$XDG_CONFIG_HOME/abonent/abonent.toml`.
    pub fn user_config(&self) -> std::path::PathBuf {
        self.dir
            .path()
            .join("config")
            .join("abonent")
            .join("abonent.toml")
    }

    /// `abonent` with this test's database and a fixed actor; the host's
    /// config files are this test's own, so the machine's never count.
    pub fn cmd(&self) -> Command {
        let mut c = Command::cargo_bin("abonent").expect("binary");
        c.env_clear()
            .env("ABONENT_DB", self.target())
            .env("ABONENT_ACTOR", "tester")
            .env("ABONENT_SYSTEM_CONFIG", self.system_config())
            .env("XDG_CONFIG_HOME", self.dir.path().join("config"))
            .env("HOME", self.dir.path())
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .write_stdin("");
        c
    }

    /// `import-1c -q` of `file`, asserting success.
    pub fn import_quietly(&self, file: &std::path::Path) {
        self.cmd()
            .arg("-q")
            .arg("import-1c")
            .arg(file)
            .assert()
            .success();
    }

    /// A generated list export of `rows` rows (`gen1c`), not imported.
    pub fn generated_export(&self, rows: u64) -> std::path::PathBuf {
        let file = self.dir.path().join("list.csv");
        gen1c::write_export(&file, rows).unwrap();
        file
    }

    /// Runs the arguments, asserts success, parses stdout as JSON.
    pub fn json(&self, args: &[&str]) -> Value {
        let out = self.cmd().args(args).arg("--json").assert().success();
        let text = String::from_utf8_lossy(&out.get_output().stdout).to_string();
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("not JSON ({e}): {text}"))
    }

    /// `subscriber add --type person` with these names and any further
    /// arguments; the new card as JSON.
    pub fn add_person(&self, last: &str, first: &str, more: &[&str]) -> Value {
        let args = [
            "subscriber",
            "add",
            "--type",
            "person",
            "--last-name",
            last,
            "--first-name",
            first,
        ];
        self.json(&[&args[..], more].concat())
    }

    /// `subscriber add --type legal` with this name and INN; its id, as
    /// text for a REF.
    pub fn add_legal(&self, name: &str, inn: &str) -> String {
        self.json(&[
            "subscriber",
            "add",
            "--type",
            "legal",
            "--name",
            name,
            "--inn",
            inn,
        ])["id"]
            .to_string()
    }

    /// `subscriber show REFERENCE` as JSON.
    pub fn card(&self, reference: &str) -> Value {
        self.json(&["subscriber", "show", reference])
    }

    /// How many history entries the registry holds.
    pub fn history_len(&self) -> usize {
        self.json(&["history", "--limit", "0"])
            .as_array()
            .map_or_else(|| panic!("history is not a JSON array"), Vec::len)
    }

    /// Runs the arguments and returns (exit code, stdout, stderr).
    pub fn run(&self, args: &[&str]) -> (i32, String, String) {
        let out = self.cmd().args(args).output().expect("run");
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&out.stdout).to_string(),
            String::from_utf8_lossy(&out.stderr).to_string(),
        )
    }

    /// `abonent db check --json`: (exit code, the report, stderr). Exit 0
    /// when the tables agree, 3 with one stderr line per disagreement.
    pub fn check(&self) -> (i32, Value, String) {
        let (code, out, err) = self.run(&["db", "check", "--json"]);
        let v = serde_json::from_str(&out)
            .unwrap_or_else(|e| panic!("db check: not JSON ({e}): {out}\n{err}"));
        (code, v, err)
    }

    /// The `db check` report of a registry that must be consistent.
    pub fn consistent(&self) -> Value {
        let (code, v, err) = self.check();
        assert_eq!(code, 0, "db check: {err}");
        assert_eq!(v["consistent"], true, "{v}");
        v
    }

    /// One of `db check`'s counts (`cards`, `history`, `contracts`, …).
    pub fn count(&self, what: &str) -> i64 {
        let v = self.consistent();
        v["counts"][what]
            .as_i64()
            .unwrap_or_else(|| panic!("db check has no count {what}: {v}"))
    }

    pub fn set(&self, key: &str, value: &str) {
        self.cmd()
            .args(["settings", "set", key, value])
            .assert()
            .success();
    }
}

/// A size from the environment (the long runs of bench/reliability.sh),
/// else the default sized for `cargo test`.
pub fn knob(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

pub const SBER: &[&str] = &[
    "subscriber",
    "add",
    "--type",
    "legal",
    "--name",
    "ПАО Сбербанк",
    "--inn",
    "7707083893",
    "--kpp",
    "773601001",
    "--ogrn",
    "1027700132195",
];

/// Writes `PRAGMA user_version` into a closed database's header (four
/// bytes, big-endian, at offset 60 of SQLite's file format), as another
/// program's or a newer abonent's file would carry it.
pub fn set_user_version(db: &std::path::Path, version: i64) {
    use std::io::{Seek, SeekFrom, Write};
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .open(db)
        .expect("open the database file");
    f.seek(SeekFrom::Start(60)).expect("seek");
    let version = i32::try_from(version).expect("a 32-bit user_version");
    f.write_all(&version.to_be_bytes())
        .expect("write user_version");
}

/// The password in a credentials SMS or memo: the word after «Пароль:»
/// (the built-in texts' line), else the text's last word.
pub fn password_in(text: &str) -> String {
    text.lines()
        .find_map(|l| l.split_once("ароль:").map(|(_, p)| p.trim().to_string()))
        .unwrap_or_else(|| {
            text.split_whitespace()
                .last()
                .unwrap_or_default()
                .to_string()
        })
}
