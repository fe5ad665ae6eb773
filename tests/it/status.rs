//! `subscriber check-status` end to end, against the local stand-in for
//! DaData: which cards are asked about and in what order, past the answer
//! cache and at the rate set; what each card records; the JSON lines of
//! the cards not active; the history; `--archive-liquidated`; and a run
//! that DaData stops halfway.

use crate::common::*;
use crate::dadata::{run, TOKEN};
use crate::support::dadata_server::{Reply, Server};
use serde_json::Value;
use std::time::{Duration, Instant};

/// Active; registered 2015-03-12.
const LEGAL: &str = "7718445200";
const LEGAL_KPP: &str = "771801001";
/// Liquidated on 2024-01-01.
const LIQUIDATED: &str = "5031274811";
/// Active sole trader, registered 2019-03-26.
const IP: &str = "772519384638";
/// A valid INN DaData's stand-in has no party for.
const UNKNOWN: &str = "7707083893";

/// The DaData tests' database, asking as fast as the stand-in answers.
fn setup(server: &Server) -> Env {
    let env = crate::dadata::setup(server);
    env.set("dadata.rate", "100");
    env
}

/// A legal card with this INN (and KPP), no DaData involved; its id.
fn legal(env: &Env, name: &str, inn: &str, kpp: Option<&str>, more: &[&str]) -> i64 {
    let mut args = vec![
        "subscriber",
        "add",
        "--type",
        "legal",
        "--name",
        name,
        "--inn",
        inn,
    ];
    if let Some(k) = kpp {
        args.extend(["--kpp", k]);
    }
    args.extend(more);
    env.json(&args)["id"].as_i64().expect("id")
}

fn ip(env: &Env) -> i64 {
    env.json(&[
        "subscriber",
        "add",
        "--type",
        "ip",
        "--last-name",
        "Соколов",
        "--first-name",
        "Игорь",
        "--inn",
        IP,
    ])["id"]
        .as_i64()
        .expect("id")
}

/// The JSON lines of a successful check-status.
fn check(env: &Env, args: &[&str]) -> Vec<Value> {
    let (code, out, err) = run(env, &[&["subscriber", "check-status"], args].concat());
    assert_eq!(code, 0, "{err}");
    out.lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not a JSON line ({e}): {l}")))
        .collect()
}

/// The INNs DaData was asked about, in order.
fn asked(server: &Server) -> Vec<String> {
    server
        .requests()
        .iter()
        .map(|r| r.json()["query"].as_str().unwrap_or_default().to_string())
        .collect()
}

fn today() -> String {
    let d = time::OffsetDateTime::now_utc().date();
    format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day())
}

#[test]
fn every_active_counterparty_is_asked_again_and_those_not_active_are_listed() {
    let server = Server::start();
    let env = setup(&server);
    env.cmd()
        .args(["manager", "add", "Ольга", "--email", "olga@isp.test"])
        .assert()
        .success();
    let active = legal(&env, "Ромашка", LEGAL, Some(LEGAL_KPP), &[]);
    let gone = legal(&env, "Закрытое", LIQUIDATED, None, &["--manager", "Ольга"]);
    let sole = ip(&env);
    let unknown = legal(&env, "Неизвестное", UNKNOWN, None, &[]);
    let person = env.add_person("Иванов", "Иван", &[])["id"]
        .as_i64()
        .unwrap();
    let archived = legal(&env, "Архивное", LIQUIDATED, Some("503101001"), &[]);
    env.cmd()
        .args(["subscriber", "archive", &archived.to_string()])
        .assert()
        .success();
    // An answer in the cache does not answer a status question.
    let (code, _, err) = run(&env, &["lookup-inn", LEGAL, "--kpp", LEGAL_KPP, "--json"]);
    assert_eq!(code, 0, "{err}");
    let before = server.requests().len();
    let history = env.history_len();

    let lines = check(&env, &[]);
    assert_eq!(
        asked(&server)[before..],
        [LEGAL, LIQUIDATED, IP, UNKNOWN],
        "every active legal and ip card, in id order, the cached one too"
    );
    // A head office (no KPP) is asked as one; a card's KPP picks its branch.
    let reqs = server.requests();
    assert_eq!(
        reqs[before].json()["kpp"],
        LEGAL_KPP,
        "{}",
        reqs[before].body
    );
    assert_eq!(
        reqs[before + 1].json()["branch_type"],
        "MAIN",
        "{}",
        reqs[before + 1].body
    );

    let ids: Vec<i64> = lines.iter().map(|l| l["id"].as_i64().unwrap()).collect();
    assert_eq!(ids, [gone, unknown], "{lines:?}");
    let l = &lines[0];
    assert_eq!(l["status"], "LIQUIDATED");
    assert_eq!(l["since"], "2024-01-01");
    assert_eq!(l["checked_on"], today());
    assert_eq!(l["previous"], Value::Null);
    assert_eq!(l["archived"], false);
    assert_eq!(l["inn"], LIQUIDATED);
    assert_eq!(l["manager"]["name"], "Ольга");
    assert_eq!(l["manager"]["email"], "olga@isp.test");
    assert_eq!(lines[1]["status"], "NOT_FOUND");
    assert_eq!(lines[1]["since"], Value::Null);
    assert_eq!(lines[1]["manager"], Value::Null);

    // Every card checked records its status; the others have none.
    let status = |id: i64| env.card(&id.to_string())["status"].clone();
    assert_eq!(status(active)["value"], "ACTIVE");
    assert_eq!(status(active)["since"], "2015-03-12");
    assert_eq!(status(active)["checked_on"], today());
    assert_eq!(status(sole)["value"], "ACTIVE");
    assert_eq!(status(sole)["since"], "2019-03-26");
    assert_eq!(status(gone)["value"], "LIQUIDATED");
    assert_eq!(status(unknown)["value"], "NOT_FOUND");
    assert_eq!(status(person), Value::Null);
    assert_eq!(status(archived), Value::Null);
    assert_eq!(env.card(&gone.to_string())["archived"], false);

    // A status that is news is a history entry; a first ACTIVE is not.
    let entries = env.json(&["history", "--limit", "0"]);
    let entries = entries.as_array().unwrap();
    assert_eq!(env.history_len(), history + 2, "{entries:?}");
    let of = |id: i64| {
        entries
            .iter()
            .find(|e| e["subscriber_id"] == id && e["action"] == "status")
            .cloned()
    };
    let e = of(gone).expect("the liquidated card's status entry");
    assert_eq!(
        (e["field"].clone(), e["old"].clone(), e["new"].clone()),
        ("status".into(), Value::Null, "LIQUIDATED".into())
    );
    assert!(of(active).is_none());

    // Edits and the card's other writes leave the status alone.
    env.cmd()
        .args([
            "subscriber",
            "edit",
            &gone.to_string(),
            "--comment",
            "звонили",
        ])
        .assert()
        .success();
    assert_eq!(status(gone)["value"], "LIQUIDATED");
    // CSV carries it too.
    let (code, csv, err) = run(&env, &["subscriber", "export", "--format", "csv"]);
    assert_eq!(code, 0, "{err}");
    let head: Vec<&str> = csv.lines().next().unwrap().split(',').collect();
    let at = head
        .iter()
        .position(|h| *h == "status")
        .expect("a status column");
    let row = csv
        .lines()
        .find(|l| l.starts_with(&format!("{gone},")))
        .expect("the card's row");
    assert_eq!(row.split(',').nth(at), Some("LIQUIDATED"), "{row}");
}

#[test]
fn archive_liquidated_archives_them_naming_dadatas_date() {
    let server = Server::start();
    let env = setup(&server);
    let gone = legal(&env, "Закрытое", LIQUIDATED, None, &[]);
    let active = legal(&env, "Ромашка", LEGAL, Some(LEGAL_KPP), &[]);
    let lines = check(&env, &["--archive-liquidated"]);
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert_eq!(lines[0]["id"], gone);
    assert_eq!(lines[0]["archived"], true);
    let card = env.card(&gone.to_string());
    assert_eq!(card["archived"], true);
    assert_eq!(card["status"]["value"], "LIQUIDATED");
    assert_eq!(env.card(&active.to_string())["archived"], false);
    let entries = env.json(&["history", &gone.to_string(), "--limit", "0"]);
    let archive = entries
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["action"] == "archive")
        .unwrap_or_else(|| panic!("no archive entry: {entries}"));
    assert_eq!(archive["field"], "status");
    assert_eq!(archive["new"], "LIQUIDATED 2024-01-01 (DaData)");
    // An archived card is not asked about again; the active one is, and
    // the liquidated status, no news now, writes no entry.
    let before = server.requests().len();
    let history = env.history_len();
    assert!(check(&env, &["--archive-liquidated"]).is_empty());
    assert_eq!(asked(&server)[before..], [LEGAL]);
    assert_eq!(env.history_len(), history);
}

#[test]
fn the_oldest_checked_go_first_and_older_than_and_limit_narrow_the_run() {
    let server = Server::start();
    let env = setup(&server);
    let first = legal(&env, "Ромашка", LEGAL, Some(LEGAL_KPP), &[]);
    let second = ip(&env);
    // Never checked first, by id.
    assert!(check(&env, &["--limit", "1"]).is_empty());
    assert_eq!(asked(&server), [LEGAL]);
    assert!(check(&env, &["--limit", "1"]).is_empty());
    assert_eq!(asked(&server), [LEGAL, IP]);
    // Both checked today: nothing is older than a day.
    assert!(check(&env, &["--older-than", "1"]).is_empty());
    assert_eq!(server.requests().len(), 2);
    // A check made long ago comes before today's.
    env.exec(&format!(
        "UPDATE subscribers SET status_checked_on = '2020-01-01' WHERE id = {second}"
    ));
    assert!(check(&env, &["--older-than", "30"]).is_empty());
    assert_eq!(asked(&server), [LEGAL, IP, IP]);
    assert!(check(&env, &[]).is_empty());
    assert_eq!(asked(&server)[3..], [LEGAL, IP]);
    let _ = first;
}

#[test]
fn requests_keep_to_dadata_rate() {
    let server = Server::start();
    let env = setup(&server);
    env.set("dadata.rate", "4");
    legal(&env, "Ромашка", LEGAL, Some(LEGAL_KPP), &[]);
    ip(&env);
    legal(&env, "Закрытое", LIQUIDATED, None, &[]);
    let start = Instant::now();
    check(&env, &[]);
    // Three requests at 4 a second: two pauses of 250 ms at least (a
    // lower bound, which no slow machine breaks).
    assert_eq!(server.requests().len(), 3);
    assert!(
        start.elapsed() >= Duration::from_millis(500),
        "{:?}",
        start.elapsed()
    );
    let (code, _, err) = run(&env, &["settings", "set", "dadata.rate", "0"]);
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("dadata.rate"), "{err}");
}

#[test]
fn a_run_dadata_stops_keeps_what_it_checked_and_says_so() {
    let server = Server::start();
    let env = setup(&server);
    let gone = legal(&env, "Закрытое", LIQUIDATED, None, &[]);
    let active = legal(&env, "Ромашка", LEGAL, Some(LEGAL_KPP), &[]);
    let raw = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("fixtures/dadata/party-liquidated.json"),
    )
    .unwrap();
    server.then(Reply::Body(raw));
    server.always(Reply::Status(500));
    let (code, out, err) = run(&env, &["subscriber", "check-status"]);
    assert_eq!(code, 6, "{err}");
    // The card found before the failure is printed and recorded.
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 1, "{out}");
    let line: Value = serde_json::from_str(lines[0]).unwrap();
    assert_eq!(line["id"], gone);
    assert_eq!(env.card(&gone.to_string())["status"]["value"], "LIQUIDATED");
    assert_eq!(env.card(&active.to_string())["status"], Value::Null);
    assert!(err.contains("stopped after 1 of 2 cards"), "{err}");
    assert!(!err.contains(TOKEN), "{err}");
    // The next run starts with the card not reached.
    let (_, _, _) = run(&env, &["subscriber", "check-status", "--limit", "1"]);
    let last = server.requests().last().unwrap().json();
    assert_eq!(last["query"], LEGAL);
}

#[test]
fn nothing_is_asked_with_lookups_off() {
    let server = Server::start();
    let env = setup(&server);
    let id = legal(&env, "Ромашка", LEGAL, Some(LEGAL_KPP), &[]);
    env.set("dadata.enabled", "false");
    let (code, out, err) = run(&env, &["subscriber", "check-status"]);
    assert_eq!(code, 6, "{err}");
    assert!(out.is_empty(), "{out}");
    assert!(err.contains("dadata.enabled"), "{err}");
    assert!(server.requests().is_empty());
    assert_eq!(env.card(&id.to_string())["status"], Value::Null);
}
