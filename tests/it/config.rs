//! The host's configuration: the system file, the user's file, the
//! environment and the flags, each over the one before; `abonent config`
//! naming each value's source and never a secret; the permission rules for
//! config and secret files; unknown keys refused by line; a DaData key read
//! from a file reaching the (local) DaData.

use crate::common::*;
use crate::support::dadata_server::Server;
use serde_json::Value;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

const SECRET: &str = "tok-FROM-FILE-41c9e07d5b";

/// Writes `text` to `path` (folders made) with `mode`.
fn write(path: &Path, text: &str, mode: u32) {
    std::fs::create_dir_all(path.parent().expect("a folder")).expect("mkdir");
    std::fs::write(path, text).expect("write");
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).expect("chmod");
}

/// `abonent config --json` with ABONENT_DB unset unless `db_env` gives
/// it: (exit code, the document, stdout, stderr).
fn config(env: &Env, db_env: Option<&Path>, extra: &[&str]) -> (i32, Value, String, String) {
    let mut c = env.cmd();
    c.env_remove("ABONENT_DB");
    if let Some(db) = db_env {
        c.env("ABONENT_DB", db);
    }
    let out = c
        .arg("config")
        .arg("--json")
        .args(extra)
        .output()
        .expect("run");
    let stdout = String::from_utf8_lossy(&out.stdout).to_string();
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    let v = serde_json::from_str(&stdout).unwrap_or(Value::Null);
    (out.status.code().unwrap_or(-1), v, stdout, stderr)
}

fn at(dir: &Path, name: &str) -> PathBuf {
    dir.join(name)
}

/// System file < user file < ABONENT_DB < --db, and the same for the
/// language (the locale below them all); each value names its layer, and
/// the database used is the one shown.
#[test]
fn each_layer_overrides_the_one_before() {
    let env = Env::new();
    let d = env.dir.path();
    let (code, v, _, err) = config(&env, None, &[]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(v["db"]["source"], "default", "{v}");
    assert_eq!(v["lang"]["value"], "en", "{v}");
    assert_eq!(v["files"][0]["state"], "absent", "{v}");
    assert_eq!(v["files"][1]["state"], "absent", "{v}");

    let sys = env.system_config();
    let system_db = at(d, "system.db");
    write(
        &sys,
        &format!("db = \"{}\"\nlang = \"ru\"\n", system_db.display()),
        0o644,
    );
    let (_, v, _, err) = config(&env, None, &[]);
    assert_eq!(v["db"]["value"], system_db.to_str().unwrap(), "{v} {err}");
    assert_eq!(v["db"]["source"], sys.to_str().unwrap());
    assert_eq!(v["lang"]["value"], "ru");
    assert_eq!(v["lang"]["source"], sys.to_str().unwrap());
    assert_eq!(v["files"][0]["state"], "read", "{v}");

    let user = env.user_config();
    let user_db = at(d, "user.db");
    write(&user, &format!("db = \"{}\"\n", user_db.display()), 0o600);
    let (_, v, _, _) = config(&env, None, &[]);
    assert_eq!(v["db"]["value"], user_db.to_str().unwrap(), "{v}");
    assert_eq!(v["db"]["source"], user.to_str().unwrap());
    // The user's file says nothing of the language: the system's stands.
    assert_eq!(v["lang"]["source"], sys.to_str().unwrap());
    // The database used is the one shown.
    let mut c = env.cmd();
    c.env_remove("ABONENT_DB").arg("init").assert().success();
    assert!(user_db.exists() && !system_db.exists());

    let env_db = at(d, "env.db");
    let (_, v, _, _) = config(&env, Some(&env_db), &[]);
    assert_eq!(v["db"]["value"], env_db.to_str().unwrap(), "{v}");
    assert_eq!(v["db"]["source"], "env ABONENT_DB");

    let flag_db = at(d, "flag.db");
    let (_, v, _, _) = config(
        &env,
        Some(&env_db),
        &["--db", flag_db.to_str().unwrap(), "--lang", "en"],
    );
    assert_eq!(v["db"]["value"], flag_db.to_str().unwrap(), "{v}");
    assert_eq!(v["db"]["source"], "flag --db");
    assert_eq!(v["lang"]["value"], "en");
    assert_eq!(v["lang"]["source"], "flag --lang");

    let out = env
        .cmd()
        .env("ABONENT_LANG", "en")
        .env("LANG", "ru_RU.UTF-8")
        .args(["config", "--json"])
        .output()
        .expect("run");
    let v: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(v["lang"]["source"], "env ABONENT_LANG", "{v}");
    assert_eq!(v["lang"]["value"], "en", "{v}");
}

/// A locale is below the files: `lang` in a file wins over LANG.
#[test]
fn the_locale_is_the_lowest_layer_for_the_language() {
    let env = Env::new();
    let run = |env: &Env| -> Value {
        let out = env
            .cmd()
            .env("LANG", "ru_RU.UTF-8")
            .args(["config", "--json"])
            .output()
            .expect("run");
        serde_json::from_slice(&out.stdout).expect("JSON")
    };
    let v = run(&env);
    assert_eq!(v["lang"]["value"], "ru", "{v}");
    assert_eq!(v["lang"]["source"], "env LANG", "{v}");
    write(&env.user_config(), "lang = \"en\"\n", 0o600);
    let v = run(&env);
    assert_eq!(v["lang"]["value"], "en", "{v}");
}

/// Secrets show as (set) with their place, and their values appear
/// nowhere: not in the table, not in JSON, not on stderr.
#[test]
fn config_shows_where_secrets_are_never_what_they_are() {
    let env = Env::new();
    let key = at(env.dir.path(), "smtp.pass");
    write(&key, &format!("{SECRET}\n"), 0o600);
    write(
        &env.user_config(),
        &format!(
            "[secrets]\nsmtp_password_file = \"{}\"\ndadata_token_env = \"MY_DADATA\"\n",
            key.display()
        ),
        0o600,
    );
    let env_secret = "tok-FROM-ENV-9a7be31c20";
    for format in [
        &["--json"][..],
        &["--format", "table"],
        &["--format", "csv"],
    ] {
        let out = env
            .cmd()
            .env("MY_DADATA", env_secret)
            .arg("config")
            .args(format)
            .output()
            .expect("run");
        let (stdout, stderr) = (
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr),
        );
        assert_eq!(out.status.code(), Some(0), "{stderr}");
        for s in [SECRET, env_secret] {
            assert!(
                !stdout.contains(s) && !stderr.contains(s),
                "{s} shown: {stdout}{stderr}"
            );
        }
        assert!(stdout.contains("(set)"), "{stdout}");
    }
    let out = env
        .cmd()
        .env("MY_DADATA", env_secret)
        .args(["config", "--json"])
        .output()
        .expect("run");
    let v: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(v["smtp_password"]["value"], "(set)", "{v}");
    assert!(
        v["smtp_password"]["source"]
            .as_str()
            .unwrap()
            .starts_with(&format!("file {}", key.display())),
        "{v}"
    );
    assert_eq!(v["dadata_token"]["value"], "(set)", "{v}");
    assert!(
        v["dadata_token"]["source"]
            .as_str()
            .unwrap()
            .starts_with("env MY_DADATA"),
        "{v}"
    );
    // The variable the file names is unset: not set, and said where.
    let (code, v, _, _) = config(&env, None, &[]);
    assert_eq!(code, 0);
    assert_eq!(v["dadata_token"]["value"], "(not set)", "{v}");
    // ABONENT_DADATA_TOKEN is over the file's choice.
    let out = env
        .cmd()
        .env("ABONENT_DADATA_TOKEN", env_secret)
        .args(["config", "--json"])
        .output()
        .expect("run");
    let v: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(
        v["dadata_token"]["source"], "env ABONENT_DADATA_TOKEN",
        "{v}"
    );
    assert!(!String::from_utf8_lossy(&out.stdout).contains(env_secret));
}

/// A secret file group or others can read is refused with the fix, both
/// by `config` (exit 3, "(refused)") and by the lookup that needs it
/// (exit 3, no request made); commands that need no secret still work.
#[test]
fn a_secret_file_others_can_read_is_refused() {
    let server = Server::start();
    let env = Env::new();
    env.set("dadata.enabled", "true");
    env.set("dadata.url", &server.url);
    let key = at(env.dir.path(), "dadata.key");
    write(&key, SECRET, 0o640);
    write(
        &env.user_config(),
        &format!("[secrets]\ndadata_token_file = \"{}\"\n", key.display()),
        0o600,
    );
    let (code, v, out, err) = config(&env, Some(&env.db()), &[]);
    assert_eq!(code, 3, "{err}");
    assert_eq!(v["dadata_token"]["value"], "(refused)", "{v}");
    assert!(
        err.contains(&format!("chmod 600 {}", key.display())),
        "{err}"
    );
    assert!(!out.contains(SECRET) && !err.contains(SECRET));

    let (code, out, err) = env.run(&["lookup-inn", "7718445200"]);
    assert_eq!(code, 3, "{err}");
    assert!(out.is_empty(), "{out}");
    assert!(err.contains("chmod 600"), "{err}");
    assert!(server.requests().is_empty());
    // Only the lookup fails: a listing needs no key.
    let (code, _, err) = env.run(&["subscriber", "list"]);
    assert_eq!(code, 0, "{err}");

    // A symlink to a private file is refused too, and so is a FIFO.
    let real = at(env.dir.path(), "real.key");
    write(&real, SECRET, 0o600);
    std::os::unix::fs::symlink(&real, at(env.dir.path(), "link.key")).expect("symlink");
    for (name, why) in [("link.key", "symbolic link"), ("fifo.key", "regular file")] {
        if name == "fifo.key" {
            let c = std::ffi::CString::new(at(env.dir.path(), name).to_str().unwrap()).unwrap();
            // SAFETY: a valid C string and a mode.
            assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
        }
        write(
            &env.user_config(),
            &format!(
                "[secrets]\ndadata_token_file = \"{}\"\n",
                at(env.dir.path(), name).display()
            ),
            0o600,
        );
        let (code, _, _, err) = config(&env, Some(&env.db()), &[]);
        assert_eq!(code, 3, "{name}: {err}");
        assert!(err.contains(why), "{name}: {err}");
    }
}

/// A config file anyone can read that names a secret file is refused
/// (every command, exit 3, the fix named); naming an environment variable
/// it may be world-readable. A world-writable one is refused always.
#[test]
fn a_world_readable_config_naming_a_secret_file_is_refused() {
    let env = Env::new();
    let key = at(env.dir.path(), "smtp.pass");
    write(&key, SECRET, 0o600);
    let sys = env.system_config();
    write(
        &sys,
        &format!("[secrets]\nsmtp_password_file = \"{}\"\n", key.display()),
        0o644,
    );
    for args in [&["config"][..], &["subscriber", "list"]] {
        let (code, out, err) = env.run(args);
        assert_eq!(code, 3, "{args:?}: {err}");
        assert!(out.is_empty(), "{out}");
        assert!(
            err.contains(sys.to_str().unwrap())
                && err.contains("readable by anyone")
                && err.contains(&format!("chmod 600 {}", sys.display())),
            "{err}"
        );
    }
    std::fs::set_permissions(&sys, std::fs::Permissions::from_mode(0o640)).unwrap();
    let (code, _, err) = env.run(&["config"]);
    assert_eq!(code, 0, "{err}");

    write(&sys, "[secrets]\nsmtp_password_env = \"PASS\"\n", 0o644);
    let (code, _, err) = env.run(&["config"]);
    assert_eq!(code, 0, "{err}");
    std::fs::set_permissions(&sys, std::fs::Permissions::from_mode(0o646)).unwrap();
    let (code, _, err) = env.run(&["config"]);
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("writable by anyone"), "{err}");
}

/// An unknown key is refused naming the file, its line and the key; a file
/// that does not parse, the same with its line; bad values too.
#[test]
fn unknown_keys_and_bad_files_are_refused_by_line() {
    let env = Env::new();
    let user = env.user_config();
    let cases = [
        (
            "lang = \"ru\"\n\ndatabase = \"/x.db\"\n",
            "line 3",
            "database",
        ),
        (
            "[secrets]\ndadata_token = \"abc\"\n",
            "line 2",
            "dadata_token",
        ),
        ("lang = \"ru\"\ndb = /x.db\n", "line 2", ""),
        ("lang = \"de\"\n", "line 1", "ru"),
        ("db = \"relative.db\"\n", "line 1", "absolute"),
        (
            "[secrets]\n\nsmtp_password_env = \"A\"\nsmtp_password_file = \"/p\"\n",
            "line 4",
            "keep one",
        ),
    ];
    for (text, line, word) in cases {
        write(&user, text, 0o600);
        let (code, out, err) = env.run(&["subscriber", "list"]);
        assert_eq!(code, 3, "{text}: {err}");
        assert!(out.is_empty());
        assert_eq!(err.lines().count(), 1, "one line: {err}");
        assert!(
            err.contains(user.to_str().unwrap()) && err.contains(line) && err.contains(word),
            "{text}: {err}"
        );
    }
    // Bad values from the environment name the variable.
    std::fs::remove_file(&user).unwrap();
    let out = env
        .cmd()
        .env("ABONENT_LANG", "fr")
        .arg("config")
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&out.stderr).contains("ABONENT_LANG"));
}

/// A PostgreSQL URL is taken and shown; a server that cannot be reached
/// is exit 1 naming it, and no file of that name is made.
#[test]
fn a_postgres_url_is_shown_and_an_unreachable_server_is_named() {
    let env = Env::new();
    write(
        &env.user_config(),
        "db = \"postgres://abonent@db.example.ru/abonent\"\n",
        0o600,
    );
    let (code, v, _, _) = config(&env, None, &[]);
    assert_eq!(code, 0);
    assert!(
        v["db"]["value"]
            .as_str()
            .unwrap()
            .starts_with("postgres://abonent@db.example.ru/abonent"),
        "{v}"
    );
    // Port 1 on the loopback: refused at once, no network needed.
    write(
        &env.user_config(),
        "db = \"postgres://abonent@127.0.0.1:1/abonent\"\n",
        0o600,
    );
    let mut c = env.cmd();
    let out = c
        .env_remove("ABONENT_DB")
        .current_dir(env.dir.path())
        .arg("init")
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("PostgreSQL server postgres://abonent@127.0.0.1:1/abonent:")
            && err.contains("refused"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(!env.dir.path().join("postgres:").exists());
}

/// A password in a PostgreSQL URL, given by ABONENT_DB or --db, is never
/// shown by `config`, in JSON or as a table.
#[test]
fn a_postgres_url_is_shown_without_its_password() {
    let env = Env::new();
    let url = "postgres://admin:s3cr3t-4711@db.example.ru/abonent?password=s3cr3t-4711";
    let (code, v, stdout, stderr) = config(&env, Some(Path::new(url)), &[]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        !stdout.contains("s3cr3t") && !stderr.contains("s3cr3t"),
        "{stdout}"
    );
    assert!(
        v["db"]["value"]
            .as_str()
            .unwrap()
            .starts_with("postgres://admin:***@db.example.ru/abonent"),
        "{v}"
    );
    let out = env
        .cmd()
        .env_remove("ABONENT_DB")
        .args(["--db", url, "config", "--format", "table"])
        .output()
        .expect("run");
    let text =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(
        text.contains("admin:***@db.example.ru") && !text.contains("s3cr3t"),
        "{text}"
    );
    // A key=value string is PostgreSQL too: shown without its password,
    // and never taken for a file to create.
    let conninfo = "host=db.example.ru dbname=abonent password='s3cr3t 4711' user=admin";
    let (code, v, stdout, _) = config(&env, Some(Path::new(conninfo)), &[]);
    assert_eq!(code, 0);
    assert!(!stdout.contains("s3cr3t"), "{stdout}");
    assert!(
        v["db"]["value"]
            .as_str()
            .unwrap()
            .starts_with("host=db.example.ru dbname=abonent password=*** user=admin"),
        "{v}"
    );
    let unreachable = "host=127.0.0.1 port=1 dbname=abonent password='s3cr3t 4711' user=admin";
    let out = env
        .cmd()
        .current_dir(env.dir.path())
        .args(["--db", unreachable, "init"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("postgres://admin@127.0.0.1:1/abonent") && !err.contains("s3cr3t"),
        "{err}"
    );
    assert!(std::fs::read_dir(env.dir.path()).unwrap().all(|e| !e
        .unwrap()
        .file_name()
        .to_string_lossy()
        .contains("host=")));
}

/// The DaData key read from an owner-only file reaches DaData in the
/// Authorization header, over the registry's setting dadata.token; the
/// environment's ABONENT_DADATA_TOKEN is over the file.
#[test]
fn a_token_from_a_file_reaches_dadata() {
    let server = Server::start();
    let env = Env::new();
    env.set("dadata.enabled", "true");
    env.set("dadata.url", &server.url);
    env.set("dadata.token", "tok-SETTING-00000000000");
    let key = at(env.dir.path(), "dadata.key");
    write(&key, &format!("{SECRET}\n"), 0o600);
    write(
        &env.system_config(),
        &format!("[secrets]\ndadata_token_file = \"{}\"\n", key.display()),
        0o600,
    );
    let (code, out, err) = env.run(&["lookup-inn", "7718445200", "--json", "--no-cache"]);
    assert_eq!(code, 0, "{err}");
    assert!(!out.contains(SECRET) && !err.contains(SECRET));
    let seen = server.requests();
    assert_eq!(seen.len(), 1);
    assert_eq!(
        seen[0].header("Authorization"),
        Some(format!("Token {SECRET}").as_str())
    );

    let out = env
        .cmd()
        .env("ABONENT_DADATA_TOKEN", "tok-ENV-111111111111")
        .args(["lookup-inn", "7718445200", "--json", "--no-cache"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        server.requests()[1].header("Authorization"),
        Some("Token tok-ENV-111111111111")
    );
}
