//! Regressions pinned by defect class (issue 12), through the real binary.
//!
//! «Never destroy what a path names»: a file the program writes to a path
//! the user names (`import-1c --rejects`, `--credentials`) never lands on
//! the database, its `-wal`, the import's input, a symlink, a device or a
//! FIFO; it is refused with exit 3 before anything is imported.
//!
//! «Output that cannot attack its reader»: control characters typed, or
//! carried by a 1C file, never reach a card, and so never a table or a
//! TSV line.

use crate::common::*;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// A small UTF-8 list export: three good rows and one with a bad INN.
fn export(env: &Env) -> PathBuf {
    let path = env.dir.path().join("export.csv");
    let mut text = format!("{}\n", gen1c::HEADER);
    for i in 1..=3 {
        text.push_str(&gen1c::row(i));
        text.push('\n');
    }
    text.push_str("ООО Плохой ИНН;;000000099;7707083890;;Юридическое лицо;;;\n");
    std::fs::write(&path, text).unwrap();
    path
}

fn cards(env: &Env) -> usize {
    env.json(&["subscriber", "list"]).as_array().unwrap().len()
}

/// An import whose card count and output files are checked by the caller.
fn import(env: &Env, args: &[&str]) -> (i32, String) {
    let out = env
        .cmd()
        .arg("import-1c")
        .args(args)
        .timeout(Duration::from_secs(60))
        .output()
        .expect("run");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).to_string(),
    )
}

/// Files whose name ends in `.tmp` in `dir`.
fn temps(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .filter(|n| n.ends_with(".tmp"))
        .collect()
}

/// A database holding one card (Sberbank), its bytes and the export.
fn setup() -> (Env, PathBuf) {
    let env = Env::new();
    env.cmd().args(SBER).assert().success();
    let input = export(&env);
    (env, input)
}

fn refused(env: &Env, code: i32, err: &str, path: &Path) {
    assert_eq!(code, 3, "{err}");
    assert!(
        err.contains(&path.display().to_string()),
        "names the path: {err}"
    );
    assert_eq!(cards(env), 1, "nothing imported: {err}");
    assert!(temps(env.dir.path()).is_empty(), "no temporary file left");
}

#[test]
fn rejects_onto_the_database_is_refused_and_the_registry_survives() {
    if crate::common::pg::sqlite_only("the SQLite file as an output") {
        return;
    }
    let (env, input) = setup();
    let db = env.db();
    for extra in [&[][..], &["--dry-run"][..]] {
        let (code, err) = import(
            &env,
            &[
                &[input.to_str().unwrap(), "--rejects", db.to_str().unwrap()],
                extra,
            ]
            .concat(),
        );
        refused(&env, code, &err, &db);
        assert!(err.contains("the database"), "{err}");
    }
}

#[test]
fn rejects_onto_the_database_wal_is_refused() {
    if crate::common::pg::sqlite_only("the SQLite file's -wal as an output") {
        return;
    }
    let (env, input) = setup();
    let wal = PathBuf::from(format!("{}-wal", env.db().display()));
    let (code, err) = import(
        &env,
        &[input.to_str().unwrap(), "--rejects", wal.to_str().unwrap()],
    );
    refused(&env, code, &err, &wal);
    assert!(err.contains("-wal"), "{err}");
}

#[test]
fn rejects_onto_a_hard_link_of_the_database_is_refused_by_inode() {
    if crate::common::pg::sqlite_only("the SQLite file as an output") {
        return;
    }
    let (env, input) = setup();
    let other = env.dir.path().join("other-name.csv");
    std::fs::hard_link(env.db(), &other).unwrap();
    let (code, err) = import(
        &env,
        &[
            input.to_str().unwrap(),
            "--rejects",
            other.to_str().unwrap(),
        ],
    );
    refused(&env, code, &err, &other);
}

#[test]
fn rejects_onto_the_input_is_refused_and_the_export_survives() {
    let (env, input) = setup();
    let before = std::fs::read(&input).unwrap();
    let (code, err) = import(
        &env,
        &[
            input.to_str().unwrap(),
            "--rejects",
            input.to_str().unwrap(),
        ],
    );
    refused(&env, code, &err, &input);
    assert_eq!(std::fs::read(&input).unwrap(), before);
}

#[test]
fn rejects_onto_the_input_read_from_stdin_is_refused() {
    let (env, input) = setup();
    let before = std::fs::read(&input).unwrap();
    let bin = assert_cmd::cargo::cargo_bin("abonent");
    let out = std::process::Command::new(bin)
        .env_clear()
        .env("ABONENT_DB", env.target())
        .env("ABONENT_ACTOR", "tester")
        .env("HOME", env.dir.path())
        .args(["import-1c", "-", "--rejects", input.to_str().unwrap()])
        .stdin(std::fs::File::open(&input).unwrap())
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    refused(&env, out.status.code().unwrap_or(-1), &err, &input);
    assert_eq!(std::fs::read(&input).unwrap(), before);
}

#[cfg(unix)]
#[test]
fn rejects_through_a_symlink_is_refused() {
    let (env, input) = setup();
    let link = env.dir.path().join("rejects.csv");
    std::os::unix::fs::symlink(env.db(), &link).unwrap();
    let (code, err) = import(
        &env,
        &[input.to_str().unwrap(), "--rejects", link.to_str().unwrap()],
    );
    refused(&env, code, &err, &link);
    assert!(err.contains("symbolic link"), "{err}");
    assert!(std::fs::symlink_metadata(&link)
        .unwrap()
        .file_type()
        .is_symlink());
}

#[cfg(unix)]
#[test]
fn rejects_onto_a_device_is_refused_and_dev_null_stays_a_device() {
    use std::os::unix::fs::FileTypeExt;
    let (env, input) = setup();
    for dev in ["/dev/null", "/dev/full"] {
        if !Path::new(dev).exists() {
            continue;
        }
        let (code, err) = import(&env, &[input.to_str().unwrap(), "--rejects", dev]);
        refused(&env, code, &err, Path::new(dev));
        assert!(err.contains("not a regular file"), "{err}");
        let m = std::fs::symlink_metadata(dev).unwrap();
        assert!(m.file_type().is_char_device(), "{dev} is still a device");
    }
}

#[cfg(unix)]
#[test]
fn rejects_onto_a_fifo_is_refused_at_once_not_hung() {
    let (env, input) = setup();
    let fifo = env.dir.path().join("rejects.fifo");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo");
    assert!(made.success());
    // The timeout is only a safety net: the run must not open the FIFO.
    let (code, err) = import(
        &env,
        &[input.to_str().unwrap(), "--rejects", fifo.to_str().unwrap()],
    );
    refused(&env, code, &err, &fifo);
}

#[test]
fn rejects_into_a_missing_folder_is_invalid_and_names_the_folder() {
    let (env, input) = setup();
    let folder = env.dir.path().join("no-such-folder");
    let target = folder.join("rejects.csv");
    let (code, err) = import(
        &env,
        &[
            input.to_str().unwrap(),
            "--rejects",
            target.to_str().unwrap(),
        ],
    );
    refused(&env, code, &err, &target);
    assert!(
        err.contains(&format!("folder {}", folder.display())),
        "{err}"
    );
}

#[cfg(unix)]
#[test]
fn existing_rejects_file_is_replaced_by_a_rename_and_kept_by_a_failed_run() {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let (env, input) = setup();
    let rejects = env.dir.path().join("rejects.csv");
    std::fs::write(&rejects, "yesterday\n").unwrap();
    // A reader holding last night's file keeps reading last night's bytes.
    let old_inode = std::fs::metadata(&rejects).unwrap().ino();
    let (code, err) = import(
        &env,
        &[
            input.to_str().unwrap(),
            "--rejects",
            rejects.to_str().unwrap(),
        ],
    );
    assert_eq!(code, 3, "{err}");
    let text = std::fs::read_to_string(&rejects).unwrap();
    assert!(text.starts_with("line,key,field,reason"), "{text}");
    assert!(text.contains("7707083890"), "{text}");
    let m = std::fs::metadata(&rejects).unwrap();
    assert_ne!(m.ino(), old_inode, "replaced by a rename, not truncated");
    assert_eq!(m.permissions().mode() & 0o777, 0o600);
    assert!(temps(env.dir.path()).is_empty());

    // A file that cannot be read to its end fails the run: the rejects
    // file from the last complete run stays as it was.
    let broken = env.dir.path().join("broken.csv");
    std::fs::write(
        &broken,
        format!("{}\n{}\n\"unterminated;", gen1c::HEADER, gen1c::row(9)),
    )
    .unwrap();
    let (code, err) = import(
        &env,
        &[
            broken.to_str().unwrap(),
            "--rejects",
            rejects.to_str().unwrap(),
        ],
    );
    assert_ne!(code, 0, "{err}");
    assert_eq!(std::fs::read_to_string(&rejects).unwrap(), text);
    assert!(temps(env.dir.path()).is_empty());
}

#[cfg(unix)]
#[test]
fn credentials_through_a_dangling_symlink_is_refused_before_anything_is_committed() {
    let (env, input) = setup();
    let link = env.dir.path().join("creds.csv");
    let nowhere = env.dir.path().join("nowhere.csv");
    std::os::unix::fs::symlink(&nowhere, &link).unwrap();
    let (code, err) = import(
        &env,
        &[
            input.to_str().unwrap(),
            "--credentials",
            link.to_str().unwrap(),
        ],
    );
    refused(&env, code, &err, &link);
    assert!(!nowhere.exists(), "nothing written through the link");
}

#[test]
fn existing_credentials_file_is_refused_and_kept() {
    let (env, input) = setup();
    let creds = env.dir.path().join("creds.csv");
    std::fs::write(&creds, "mine\n").unwrap();
    for extra in [&[][..], &["--dry-run"][..]] {
        let (code, err) = import(
            &env,
            &[
                &[
                    input.to_str().unwrap(),
                    "--credentials",
                    creds.to_str().unwrap(),
                ],
                extra,
            ]
            .concat(),
        );
        refused(&env, code, &err, &creds);
        assert!(err.contains("never overwritten"), "{err}");
        assert_eq!(std::fs::read_to_string(&creds).unwrap(), "mine\n");
    }
}

#[test]
fn rejects_onto_the_credentials_file_is_refused() {
    let (env, input) = setup();
    let creds = env.dir.path().join("out.csv");
    let c = creds.to_str().unwrap();
    let (code, err) = import(
        &env,
        &[input.to_str().unwrap(), "--credentials", c, "--rejects", c],
    );
    refused(&env, code, &err, &creds);
    assert!(!creds.exists());
}

#[test]
fn a_clean_import_with_both_files_still_writes_them() {
    let (env, input) = setup();
    let (creds, rejects) = (env.dir.path().join("c.csv"), env.dir.path().join("r.csv"));
    let (code, err) = import(
        &env,
        &[
            input.to_str().unwrap(),
            "--credentials",
            creds.to_str().unwrap(),
            "--rejects",
            rejects.to_str().unwrap(),
        ],
    );
    assert_eq!(code, 3, "one row rejected: {err}");
    assert_eq!(cards(&env), 4, "{err}");
    let c = std::fs::read_to_string(&creds).unwrap();
    assert_eq!(c.lines().count(), 4, "a header and three passwords: {c}");
    assert!(std::fs::read_to_string(&rejects)
        .unwrap()
        .contains("7707083890"));
    assert!(temps(env.dir.path()).is_empty());
}

#[cfg(unix)]
#[test]
fn man_pages_are_never_written_through_a_symlink() {
    use std::os::unix::fs::PermissionsExt;
    let env = Env::new();
    let dir = env.dir.path().join("man");
    std::fs::create_dir(&dir).unwrap();
    let victim = env.dir.path().join("victim");
    std::fs::write(&victim, "keep").unwrap();
    std::os::unix::fs::symlink(&victim, dir.join("abonent.1")).unwrap();
    let (code, _, err) = env.run(&["man", dir.to_str().unwrap()]);
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("symbolic link"), "{err}");
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "keep");
    assert!(temps(&dir).is_empty());
    // Without the link the pages are written, readable by everyone.
    std::fs::remove_file(dir.join("abonent.1")).unwrap();
    env.cmd().arg("man").arg(&dir).assert().success();
    let mode = std::fs::metadata(dir.join("abonent.1"))
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o644);
    assert!(temps(&dir).is_empty());
}

/// ESC sequences, OSC 52 (writes the admin's clipboard), backspace and a
/// tab in a name, an employee and a 1C cell: dropped or made spaces on the
/// way in, so listing the card cannot drive the terminal or split a line.
#[test]
fn control_characters_never_reach_a_card_or_a_tsv_line() {
    let env = Env::new();
    let nasty = "ООО \u{1b}]52;c;cGF5bG9hZA==\u{7}Нева\u{8}\u{9b}31m\tСПб";
    let (code, _, err) = env.run(&[
        "subscriber",
        "add",
        "--type",
        "legal",
        "--name",
        nasty,
        "--inn",
        "7707083893",
        "--comment",
        "первая\nвторая\u{1b}[2J",
    ]);
    assert_eq!(code, 0, "{err}");
    let card = env.json(&["subscriber", "show", "inn:7707083893"]);
    assert_eq!(card["name"], "ООО ]52;c;cGF5bG9hZA==Нева31m СПб");
    assert_eq!(card["comment"], "первая вторая[2J");
    let (code, _, err) = env.run(&[
        "employee",
        "add",
        "inn:7707083893",
        "--last-name",
        "Пет\u{1b}[31mров",
        "--first-name",
        "Иван",
    ]);
    assert_eq!(code, 0, "{err}");
    // A 1C row with the same bytes in its name.
    let path = env.dir.path().join("ctl.csv");
    std::fs::write(
        &path,
        "Наименование;ИНН\nООО \u{1b}[8mЛадога\u{7};7736207543\n",
    )
    .unwrap();
    let (code, _) = import(&env, &[path.to_str().unwrap()]);
    assert_eq!(code, 0);
    let (code, out, _) = env.run(&["subscriber", "list"]);
    assert_eq!(code, 0);
    assert_eq!(out.lines().count(), 2, "{out:?}");
    assert!(
        !out.chars()
            .any(|c| c.is_control() && c != '\n' && c != '\t'),
        "{out:?}"
    );
    let (_, out, _) = env.run(&["employee", "list", "inn:7707083893"]);
    assert!(out.contains("Пет[31mров"), "{out:?}");
}

/// «Smaller holes»: each answered with its documented code and a one-line
/// message naming the field, not an internal error or a wrong answer.
#[test]
fn an_offset_past_i64_is_a_usage_error_not_every_card() {
    let env = Env::new();
    env.run(&[
        "subscriber",
        "add",
        "--type",
        "person",
        "--last-name",
        "А",
        "--first-name",
        "Б",
    ]);
    let (code, out, err) = env.run(&["subscriber", "list", "--offset", "18446744073709551615"]);
    assert_eq!(code, 2, "{out}{err}");
    assert!(out.is_empty(), "{out}");
    let (code, _, _) = env.run(&["history", "--limit", "9223372036854775808"]);
    assert_eq!(code, 2);
}

#[test]
fn a_thousand_search_words_are_refused_and_repeats_count_once() {
    let env = Env::new();
    env.run(&[
        "subscriber",
        "add",
        "--type",
        "person",
        "--last-name",
        "Иванов",
        "--first-name",
        "Иван",
    ]);
    let many: Vec<String> = (0..1000).map(|i| format!("и{i}")).collect();
    let (code, _, err) = env.run(&["subscriber", "list", "--search", &many.join(" ")]);
    assert_eq!(code, 3, "{err}");
    assert!(
        err.starts_with("abonent: search: at most 16 different words"),
        "{err}"
    );
    let repeated = vec!["ив"; 1000].join(" ");
    let (code, out, err) = env.run(&["subscriber", "list", "--search", &repeated]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out.lines().count(), 1, "{out}");
}

#[test]
fn a_password_on_stdin_that_is_not_utf8_or_too_long_is_invalid() {
    let env = Env::new();
    let add = [
        "subscriber",
        "add",
        "--type",
        "person",
        "--last-name",
        "А",
        "--first-name",
        "Б",
        "--password-stdin",
    ];
    let out = env
        .cmd()
        .args(add)
        .write_stdin(vec![0xff, 0xfe, b'\n'])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&out.stderr).contains("password: is not UTF-8"));
    let out = env
        .cmd()
        .args(add)
        .write_stdin(vec![b'a'; 1 << 20])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&out.stderr).contains("password: longer than 4096 bytes"));
    assert_eq!(cards(&env), 0);
}

#[test]
fn an_error_from_outside_the_library_keeps_its_case() {
    let env = Env::new();
    let full = std::fs::OpenOptions::new().write(true).open("/dev/full");
    let Ok(full) = full else { return };
    env.run(&[
        "subscriber",
        "add",
        "--type",
        "person",
        "--last-name",
        "А",
        "--first-name",
        "Б",
    ]);
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_abonent"))
        .env_clear()
        .env("ABONENT_DB", env.target())
        .env("HOME", env.dir.path())
        .args(["subscriber", "export", "--format", "csv"])
        .stdin(std::process::Stdio::null())
        .stdout(full)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("No space left on device"), "{err}");
}

// ---- the database file
//
// «The database file under hostile conditions»: a loose umask, loose modes
// left by another tool, files that are not databases (text, FIFOs, folders,
// devices), a schema the binary does not know, no home folder for the
// default path. Each gives one line naming the database's path and the fix.

/// The process's effective uid, read without libc: `/proc/self` belongs to it.
#[cfg(unix)]
fn my_uid() -> Option<u32> {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata("/proc/self").ok().map(|m| m.uid())
}

#[cfg(unix)]
fn mode_of(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o7777
}

#[cfg(unix)]
fn chmod(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

/// Runs abonent under `umask 000` with `--db db` (exit code, stderr).
fn under_umask_000(env: &Env, db: &Path, args: &[&str]) -> (i32, String) {
    let out = std::process::Command::new("sh")
        .env_clear()
        .env("ABONENT_ACTOR", "tester")
        .env("HOME", env.dir.path())
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .args(["-c", "umask 000; exec \"$0\" \"$@\""])
        .arg(env!("CARGO_BIN_EXE_abonent"))
        .arg("--db")
        .arg(db)
        .args(args)
        .stdin(std::process::Stdio::null())
        .output()
        .expect("run sh");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).to_string(),
    )
}

/// `abonent --db db args` with a timeout (exit code, stderr).
fn with_db(env: &Env, db: &Path, args: &[&str]) -> (i32, String) {
    let out = env
        .cmd()
        .arg("--db")
        .arg(db)
        .args(args)
        .timeout(Duration::from_secs(20))
        .output()
        .expect("run");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).to_string(),
    )
}

fn one_line_naming(err: &str, path: &Path) {
    assert_eq!(err.trim_end().lines().count(), 1, "one line: {err}");
    assert!(
        err.contains(&path.display().to_string()),
        "names the database: {err}"
    );
}

#[cfg(unix)]
#[test]
fn umask_000_makes_private_folders_and_a_private_database() {
    let env = Env::new();
    let db = env.dir.path().join("a/b/abonent.db");
    let (code, err) = under_umask_000(&env, &db, &["init"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(mode_of(&env.dir.path().join("a")), 0o700, "made folder a");
    assert_eq!(mode_of(&env.dir.path().join("a/b")), 0o700, "made folder b");
    assert_eq!(mode_of(&db), 0o600);
    assert!(!err.contains("warning"), "{err}");
}

#[cfg(unix)]
#[test]
fn a_loose_database_and_its_wal_and_shm_are_tightened_on_open() {
    let env = Env::new();
    // An empty file left 0644 by `touch`: abonent makes it its database.
    let empty = env.dir.path().join("empty.db");
    std::fs::write(&empty, "").unwrap();
    chmod(&empty, 0o644);
    let (code, err) = under_umask_000(&env, &empty, &["init"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(mode_of(&empty), 0o600, "the empty file is tightened");

    // A database with a live -wal and -shm, all 0644 (another program,
    // e.g. sqlite3 under umask 022, holds it open with a write pending:
    // here the registry, which leaves its writes in the WAL until it
    // closes).
    let db = env.db();
    env.cmd().args(SBER).assert().success();
    let mut conn = abonent::core::Registry::open(&db, "other").unwrap();
    conn.setting_set("db.busy_timeout_ms", "4000").unwrap();
    chmod(&db, 0o644);
    let wal = env.dir.path().join("abonent.db-wal");
    let shm = env.dir.path().join("abonent.db-shm");
    chmod(&wal, 0o644);
    chmod(&shm, 0o666);
    let (code, err) = under_umask_000(&env, &db, &["subscriber", "list"]);
    assert_eq!(code, 0, "{err}");
    for f in [&db, &wal, &shm] {
        assert_eq!(mode_of(f), 0o600, "{} is tightened", f.display());
    }
    drop(conn);

    // Through a symlink the user named: the real file is tightened, the
    // link stays a link.
    chmod(&db, 0o644);
    let link = env.dir.path().join("link.db");
    std::os::unix::fs::symlink(&db, &link).unwrap();
    let (code, err) = under_umask_000(&env, &link, &["subscriber", "list"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(mode_of(&db), 0o600);
    assert!(std::fs::symlink_metadata(&link)
        .unwrap()
        .file_type()
        .is_symlink());
}

#[cfg(unix)]
#[test]
fn a_database_folder_writable_by_others_is_warned_about() {
    let env = Env::new();
    let shared = env.dir.path().join("shared");
    std::fs::create_dir(&shared).unwrap();
    chmod(&shared, 0o777);
    let db = shared.join("abonent.db");
    let (code, err) = under_umask_000(&env, &db, &["init"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("warning"), "{err}");
    assert!(err.contains("writable by others"), "{err}");
    assert!(err.contains(&shared.display().to_string()), "{err}");
    assert_eq!(mode_of(&db), 0o600);
}

/// As root (CI): a database owned by another user keeps its mode (it is the
/// owner's to choose), with a warning when others can read it.
#[cfg(unix)]
#[test]
fn another_users_loose_database_is_left_alone_with_a_warning() {
    if crate::common::pg::sqlite_only("the SQLite file's owner and mode") {
        return;
    }
    if my_uid() != Some(0) {
        return; // only root can hand a file to another user
    }
    let env = Env::new();
    env.cmd().arg("init").assert().success();
    let db = env.db();
    chmod(&db, 0o644);
    std::os::unix::fs::chown(&db, Some(65534), None).unwrap();
    let (code, err) = under_umask_000(&env, &db, &["subscriber", "list"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(mode_of(&db), 0o644, "not ours to change");
    assert!(err.contains("warning"), "{err}");
    assert!(err.contains("owned by uid 65534"), "{err}");
}

#[test]
fn a_text_file_as_the_database_is_exit_3_naming_it_and_kept() {
    let env = Env::new();
    let notes = env.dir.path().join("notes.txt");
    let text = "Это не база данных, а заметки администратора.\n".repeat(40);
    std::fs::write(&notes, &text).unwrap();
    let (code, err) = with_db(&env, &notes, &["subscriber", "list"]);
    assert_eq!(code, 3, "{err}");
    one_line_naming(&err, &notes);
    assert!(err.contains("not a database"), "{err}");
    assert!(err.contains("--db"), "names the fix: {err}");
    assert_eq!(std::fs::read_to_string(&notes).unwrap(), text, "untouched");
}

#[cfg(unix)]
#[test]
fn a_fifo_a_folder_or_a_device_as_the_database_is_exit_3_not_a_hang() {
    let env = Env::new();
    let fifo = env.dir.path().join("db.fifo");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo");
    assert!(made.success());
    let folder = env.dir.path().join("folder.db");
    std::fs::create_dir(&folder).unwrap();
    let mut paths = vec![fifo.clone(), folder.clone()];
    if Path::new("/dev/null").exists() {
        paths.push(PathBuf::from("/dev/null"));
    }
    for p in &paths {
        let (code, err) = with_db(&env, p, &["subscriber", "list"]);
        assert_eq!(code, 3, "{}: {err}", p.display());
        one_line_naming(&err, p);
        assert!(err.contains("not a regular file"), "{err}");
    }
    use std::os::unix::fs::FileTypeExt;
    let m = std::fs::symlink_metadata(&fifo).unwrap();
    assert!(m.file_type().is_fifo(), "the FIFO is still a FIFO");
    assert_eq!(std::fs::read_dir(&folder).unwrap().count(), 0);
}

#[test]
fn a_database_newer_than_the_binary_names_it_and_says_upgrade() {
    if crate::common::pg::sqlite_only("SQLite's user_version header (postgres::a_newer_schema_is_refused_untouched is the PostgreSQL one)") {
        return;
    }
    let env = Env::new();
    env.cmd().arg("init").assert().success();
    set_user_version(&env.db(), 99);
    let (code, err) = with_db(&env, &env.db(), &["subscriber", "list"]);
    assert_eq!(code, 1, "{err}");
    one_line_naming(&err, &env.db());
    assert!(err.contains("newer abonent"), "{err}");
    assert!(err.contains("upgrade"), "{err}");
}

#[test]
fn a_user_version_behind_its_tables_never_prints_a_migrations_sql() {
    if crate::common::pg::sqlite_only("SQLite's user_version header") {
        return;
    }
    let env = Env::new();
    env.cmd().args(SBER).assert().success();
    // 0012 changes nothing on SQLite (a file at 11 with its tables is a
    // true 11, and opens): 0011 is the last migration that does.
    for behind in [1, 10] {
        set_user_version(&env.db(), behind);
        let (code, err) = with_db(&env, &env.db(), &["subscriber", "list"]);
        assert_eq!(code, 1, "{err}");
        one_line_naming(&err, &env.db());
        let upper = err.to_uppercase();
        for sql in ["CREATE ", "ALTER ", "INSERT ", "SELECT ", "-- "] {
            assert!(!upper.contains(sql), "no SQL ({sql}): {err}");
        }
        assert!(err.contains(&format!("user_version {behind}")), "{err}");
    }
}

#[test]
fn a_corrupt_database_names_the_file_and_the_fix() {
    if crate::common::pg::sqlite_only("a damaged SQLite file") {
        return;
    }
    let env = Env::new();
    env.cmd().args(SBER).assert().success();
    let db = env.db();
    let mut bytes = std::fs::read(&db).unwrap();
    // Page 1 past the 100-byte header holds the schema: garble it.
    for b in &mut bytes[100..4096] {
        *b = 0xA5;
    }
    std::fs::write(&db, &bytes).unwrap();
    let (code, err) = with_db(&env, &db, &["subscriber", "list"]);
    assert_eq!(code, 1, "{err}");
    one_line_naming(&err, &db);
    assert!(err.contains("backup"), "names the fix: {err}");
}

/// A 0400 database, and a database in a folder it cannot write (WAL must
/// create -wal and -shm there). Root writes through both, so as root (CI)
/// the binary runs as uid 65534 through `setpriv`; without setpriv the
/// case is skipped there (SQLite's read-only error is also pinned by a
/// unit test in `store`).
#[cfg(unix)]
#[test]
fn a_read_only_database_or_folder_names_the_file_and_the_fix() {
    use std::os::unix::fs::chown;
    let Some(uid) = my_uid() else { return };
    let as_nobody = uid == 0;
    let setpriv = std::process::Command::new("setpriv")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if as_nobody && !setpriv {
        return;
    }
    let env = Env::new();
    let home = env.dir.path().join("home");
    std::fs::create_dir(&home).unwrap();
    if as_nobody {
        chmod(env.dir.path(), 0o711);
        chown(&home, Some(65534), Some(65534)).unwrap();
    }
    let run = |db: &Path| {
        let bin = env!("CARGO_BIN_EXE_abonent");
        let mut c = if as_nobody {
            let mut c = std::process::Command::new("setpriv");
            c.args(["--reuid=65534", "--regid=65534", "--clear-groups", bin]);
            c
        } else {
            std::process::Command::new(bin)
        };
        let out = c
            .env_clear()
            .env("HOME", &home)
            .arg("--db")
            .arg(db)
            .args(["subscriber", "list"])
            .stdin(std::process::Stdio::null())
            .output()
            .expect("run");
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&out.stderr).to_string(),
        )
    };
    let db = home.join("abonent.db");
    let (code, err) = run(&db);
    assert_eq!(code, 0, "{err}");
    chmod(&db, 0o400);
    let (code, err) = run(&db);
    assert_eq!(code, 1, "{err}");
    one_line_naming(&err, &db);
    assert!(err.contains("writable for this user"), "{err}");
    chmod(&db, 0o600);

    let ro = home.join("ro");
    std::fs::create_dir(&ro).unwrap();
    let inner = ro.join("abonent.db");
    std::fs::copy(&db, &inner).unwrap();
    if as_nobody {
        chown(&ro, Some(65534), Some(65534)).unwrap();
        chown(&inner, Some(65534), Some(65534)).unwrap();
    }
    chmod(&ro, 0o500);
    let (code, err) = run(&inner);
    chmod(&ro, 0o700);
    assert_eq!(code, 1, "{err}");
    one_line_naming(&err, &inner);
    assert!(err.contains("writable for this user"), "{err}");
}

/// The default path without `--db`/`ABONENT_DB`, run in `cwd`.
fn default_path_run(env: &Env, cwd: &Path, vars: &[(&str, &str)]) -> (i32, String) {
    let mut c = env.cmd();
    c.env_remove("ABONENT_DB")
        .env_remove("HOME")
        .current_dir(cwd);
    for (k, v) in vars {
        c.env(k, v);
    }
    let out = c.arg("init").output().expect("run");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).to_string(),
    )
}

#[test]
fn no_home_is_exit_3_naming_db_and_never_a_database_in_the_current_folder() {
    let env = Env::new();
    let cwd = env.dir.path().join("cwd");
    std::fs::create_dir(&cwd).unwrap();
    for vars in [
        &[][..],
        &[("HOME", "")][..],
        &[("HOME", "relative/home")][..],
    ] {
        let (code, err) = default_path_run(&env, &cwd, vars);
        assert_eq!(code, 3, "{vars:?}: {err}");
        assert_eq!(err.trim_end().lines().count(), 1, "{err}");
        assert!(err.contains("--db") && err.contains("ABONENT_DB"), "{err}");
        assert_eq!(std::fs::read_dir(&cwd).unwrap().count(), 0, "{vars:?}");
    }
}

#[test]
fn a_relative_xdg_data_home_is_ignored_as_the_xdg_rules_say() {
    let env = Env::new();
    let cwd = env.dir.path().join("cwd");
    std::fs::create_dir(&cwd).unwrap();
    let home = env.dir.path().join("home");
    let vars = [
        ("HOME", home.to_str().unwrap()),
        ("XDG_DATA_HOME", "rel/data"),
    ];
    let (code, err) = default_path_run(&env, &cwd, &vars);
    assert_eq!(code, 0, "{err}");
    assert!(home.join(".local/share/abonent/abonent.db").exists());
    assert_eq!(
        std::fs::read_dir(&cwd).unwrap().count(),
        0,
        "nothing in cwd"
    );
    // No home, but an absolute XDG_DATA_HOME: that is used.
    let xdg = env.dir.path().join("xdg");
    let (code, err) = default_path_run(&env, &cwd, &[("XDG_DATA_HOME", xdg.to_str().unwrap())]);
    assert_eq!(code, 0, "{err}");
    assert!(xdg.join("abonent/abonent.db").exists());
}
