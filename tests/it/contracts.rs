//! Contracts (numbering from `contract.template`, uniqueness under two
//! writers, `--number` clashes, list, edit, close, the card JSON) and the
//! contract-end notices of `notify contracts-ending`.

use crate::common::*;
use serde_json::{json, Value};
use std::collections::HashSet;

/// Today + `days` (UTC, as the binary counts), `YYYY-MM-DD`.
fn day(days: i64) -> String {
    let d = time::OffsetDateTime::now_utc().date() + time::Duration::days(days);
    format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day())
}

fn year() -> i32 {
    time::OffsetDateTime::now_utc().year()
}

fn legal(env: &Env) {
    let mut args = SBER.to_vec();
    args.push("--no-password");
    env.cmd().args(&args).assert().success();
}

fn person(env: &Env) {
    env.cmd()
        .args([
            "subscriber",
            "add",
            "--type",
            "person",
            "--last-name",
            "Иванов",
            "--first-name",
            "Иван",
            "--no-password",
        ])
        .assert()
        .success();
}

#[test]
fn numbers_follow_the_template_and_clashes_exit_5() {
    let env = Env::new();
    legal(&env);
    let a = env.json(&["contract", "add", "1", "--valid-to", "31.12.2099"]);
    assert_eq!(a["number"], format!("{}-00001", year()));
    assert_eq!(a["valid_to"], "2099-12-31");
    assert_eq!(a["signed_on"], day(0));
    let b = env.json(&["contract", "add", "1"]);
    assert_eq!(b["number"], format!("{}-00002", year()));

    env.set("contract.template", "Д-{type}-{seq:3}");
    let c = env.json(&["contract", "add", "1"]);
    assert_eq!(c["number"], "Д-ul-003");

    let (code, _, err) = env.run(&["contract", "add", "1", "--number", "Д-ul-003"]);
    assert_eq!(code, 5, "{err}");
    assert!(err.contains("Д-ul-003"), "{err}");
    // A given number that the template would produce next is skipped by it.
    env.cmd()
        .args(["contract", "add", "1", "--number", "Д-ul-004"])
        .assert()
        .success();
    assert_eq!(env.json(&["contract", "add", "1"])["number"], "Д-ul-005");

    let (code, _, _) = env.run(&["contract", "add", "1", "--valid-to", "31.02.2030"]);
    assert_eq!(code, 3);
    let (code, _, _) = env.run(&[
        "contract",
        "add",
        "1",
        "--signed-on",
        "2030-01-02",
        "--valid-to",
        "2030-01-01",
    ]);
    assert_eq!(code, 3);
    let (code, _, _) = env.run(&["contract", "add", "nobody"]);
    assert_eq!(code, 4);
    let (code, _, _) = env.run(&["settings", "set", "contract.template", "{nope}"]);
    assert_eq!(code, 3);
}

#[test]
fn two_writers_never_share_a_contract_number() {
    let env = Env::new();
    legal(&env);
    let db = env.target();
    let writers: Vec<_> = (0..2)
        .map(|_| {
            let db = db.clone();
            std::thread::spawn(move || {
                let script = "for i in $(seq 1 60); do \"$BIN\" contract add 1 -q >/dev/null || exit 1; done";
                std::process::Command::new("sh")
                    .arg("-c")
                    .arg(script)
                    .env("BIN", assert_cmd::cargo::cargo_bin("abonent"))
                    .env("ABONENT_DB", &db)
                    .env("ABONENT_ACTOR", "writer")
                    .stdin(std::process::Stdio::null())
                    .output()
                    .expect("writer")
            })
        })
        .collect();
    for w in writers {
        let out = w.join().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let list = env.json(&["contract", "list"]);
    let numbers: HashSet<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["number"].as_str().unwrap())
        .collect();
    assert_eq!(list.as_array().unwrap().len(), 120);
    assert_eq!(numbers.len(), 120);
    assert!(numbers.contains(format!("{}-00120", year()).as_str()));
}

#[test]
fn contracts_show_on_the_card_and_close() {
    let env = Env::new();
    legal(&env);
    person(&env);
    env.cmd()
        .args([
            "contract",
            "add",
            "1",
            "--number",
            "A-1",
            "--signed-on",
            "01.02.2026",
            "--valid-to",
            &day(10),
        ])
        .assert()
        .success();
    env.cmd()
        .args([
            "contract",
            "add",
            "2",
            "--number",
            "B-1",
            "--valid-to",
            &day(40),
        ])
        .assert()
        .success();
    let card = env.json(&["subscriber", "show", "1"]);
    assert_eq!(
        card["contracts"],
        json!([{"number": "A-1", "subscriber_id": 1, "login": "u000001",
                "signed_on": "2026-02-01", "valid_to": day(10), "closed_on": null}])
    );
    let numbers = |args: &[&str]| -> Vec<String> {
        let mut all = vec!["contract", "list"];
        all.extend(args);
        env.json(&all)
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["number"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(numbers(&[]), ["A-1", "B-1"]);
    assert_eq!(numbers(&["--subscriber", "2"]), ["B-1"]);
    assert_eq!(numbers(&["--ending-within", "30"]), ["A-1"]);

    let closed = env.json(&["contract", "close", "A-1", "--on", "2026-03-01"]);
    assert_eq!(closed["closed_on"], "2026-03-01");
    assert_eq!(numbers(&["--ending-within", "30"]), Vec::<String>::new());
    let (code, _, _) = env.run(&["contract", "close", "A-1"]);
    assert_eq!(code, 5);
    let (code, _, _) = env.run(&["contract", "close", "B-1", "--on", "2000-01-01"]);
    assert_eq!(code, 3, "closing before signing");
    let (code, _, _) = env.run(&["contract", "close", "nope"]);
    assert_eq!(code, 4);
    let actions: Vec<String> = env
        .json(&["history", "1"])
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["action"].as_str().unwrap_or_default().to_string())
        .collect();
    assert!(actions.contains(&"contract.add".to_string()));
    assert!(actions.contains(&"contract.close".to_string()));
}

#[test]
fn notify_lists_each_contract_once_per_valid_to() {
    let env = Env::new();
    env.cmd()
        .args([
            "manager",
            "add",
            "Анна Смирнова",
            "--email",
            "anna@isp.example",
        ])
        .assert()
        .success();
    legal(&env);
    env.cmd()
        .args(["subscriber", "edit", "1", "--manager", "Анна Смирнова"])
        .assert()
        .success();
    env.cmd()
        .args([
            "contract",
            "add",
            "1",
            "--number",
            "SOON",
            "--valid-to",
            &day(3),
        ])
        .assert()
        .success();
    env.cmd()
        .args([
            "contract",
            "add",
            "1",
            "--number",
            "LATER",
            "--valid-to",
            &day(30),
        ])
        .assert()
        .success();

    let run = || env.json(&["notify", "contracts-ending", "--days", "14", "--mark-sent"]);
    let first = run();
    assert_eq!(
        first,
        json!([{"contract": "SOON", "subscriber_id": 1, "login": "u000001",
                "display_name": "ПАО Сбербанк", "valid_to": day(3), "days_left": 3,
                "manager": {"name": "Анна Смирнова", "email": "anna@isp.example"}}])
    );
    assert_eq!(run(), json!([]), "a second run lists nothing");
    // Without --mark-sent the window is listed whatever was sent.
    let plain = env.json(&["notify", "contracts-ending", "--days", "14"]);
    assert_eq!(plain.as_array().unwrap().len(), 1);

    env.cmd()
        .args(["contract", "edit", "SOON", "--valid-to", &day(5)])
        .assert()
        .success();
    let again = run();
    assert_eq!(again.as_array().unwrap().len(), 1, "{again}");
    assert_eq!(again[0]["contract"], "SOON");
    assert_eq!(again[0]["days_left"], 5);
    assert_eq!(run(), json!([]));

    // The default window is notify.days; LATER enters it at 30.
    env.set("notify.days", "30");
    let later = env.json(&["notify", "contracts-ending", "--mark-sent"]);
    assert_eq!(later[0]["contract"], "LATER");
}

#[test]
fn notices_without_a_manager_are_null_and_counted() {
    let env = Env::new();
    person(&env);
    env.cmd()
        .args(["contract", "add", "1", "--valid-to", &day(1)])
        .assert()
        .success();
    let out = env
        .cmd()
        .args(["notify", "contracts-ending", "--format", "jsonl"])
        .assert()
        .success();
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    let notice: Value = serde_json::from_str(stdout.trim()).unwrap();
    assert_eq!(notice["manager"], Value::Null);
    assert_eq!(notice["days_left"], 1);
    assert!(
        stderr.contains("1 contract belongs to cards without a personal manager"),
        "{stderr}"
    );
}
