//! Test harness: a temporary database per test and a command builder that
//! runs the real binary against it with no stdin and no user environment.
#![allow(dead_code)]

pub mod gen1c;

use assert_cmd::Command;
use serde_json::Value;
use tempfile::TempDir;

pub struct Env {
    pub dir: TempDir,
}

impl Env {
    pub fn new() -> Env {
        Env {
            dir: tempfile::tempdir().expect("tempdir"),
        }
    }

    pub fn db(&self) -> std::path::PathBuf {
        self.dir.path().join("abonent.db")
    }

    /// `abonent` with this test's database and a fixed actor.
    pub fn cmd(&self) -> Command {
        let mut c = Command::cargo_bin("abonent").expect("binary");
        c.env_clear()
            .env("ABONENT_DB", self.db())
            .env("ABONENT_ACTOR", "tester")
            .env("HOME", self.dir.path())
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .write_stdin("");
        c
    }

    /// Runs the arguments, asserts success, parses stdout as JSON.
    pub fn json(&self, args: &[&str]) -> Value {
        let out = self.cmd().args(args).arg("--json").assert().success();
        let text = String::from_utf8_lossy(&out.get_output().stdout).to_string();
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("not JSON ({e}): {text}"))
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
