//! Fill by INN end to end: the real binary and its real HTTP client against
//! a local stand-in for DaData serving `fixtures/dadata/` — lookup-inn and
//! lookup-bik output, --from-inn on add and edit, branches, the bank fill,
//! every failure with its exit code and message, the gate, the cache, and
//! the API key never showing anywhere.

use crate::support::dadata_server as server;

use crate::common::*;
use serde_json::{json, Value};
use server::{Reply, Server};
use std::time::{Duration, Instant};

pub(crate) const TOKEN: &str = "tok-SECRET-7f3a9c41e2";
const LEGAL: &str = "7718445200";
const BRANCHES: &str = "7810526130";
const IP: &str = "772519384638";
const LIQUIDATED: &str = "5031274811";
const BIK: &str = "044525101";
/// A paid-plan answer: phones and e-mails, 3 branches counted, 1 listed.
const PAID: &str = "7728145639";
const PAID_HEAD_KPP: &str = "772801001";
const PAID_BRANCH_KPP: &str = "540743001";
/// A branch whose head office DaData does not list.
const BRANCH_ONLY: &str = "5407134529";

/// The text of a card's address of `kind`, or None.
fn address(card: &Value, kind: &str) -> Option<String> {
    card["addresses"]
        .as_array()?
        .iter()
        .find(|a| a["kind"] == kind)
        .map(|a| a["text"].as_str().unwrap_or_default().to_string())
}

/// The values of a card's phones or e-mails.
fn contacts(card: &Value, key: &str) -> Vec<String> {
    card[key]
        .as_array()
        .unwrap_or_else(|| panic!("{key}: {card}"))
        .iter()
        .map(|c| c["value"].as_str().unwrap_or_default().to_string())
        .collect()
}

/// A database with lookups switched on and pointed at `server`.
pub(crate) fn setup(server: &Server) -> Env {
    let env = Env::new();
    env.set("dadata.enabled", "true");
    env.set("dadata.url", &server.url);
    env
}

/// Runs with the API key in the environment: (exit code, stdout, stderr).
pub(crate) fn run(env: &Env, args: &[&str]) -> (i32, String, String) {
    let out = env
        .cmd()
        .env("ABONENT_DADATA_TOKEN", TOKEN)
        .args(args)
        .output()
        .expect("run");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).to_string(),
        String::from_utf8_lossy(&out.stderr).to_string(),
    )
}

/// Runs with `--json`, asserts success, parses stdout.
fn json_ok(env: &Env, args: &[&str]) -> Value {
    let (code, out, err) = run(env, &[args, &["--json"]].concat());
    assert_eq!(code, 0, "{args:?}: {err}");
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("not JSON ({e}): {out}"))
}

/// Runs, asserts the exit code and a one-line error, returns the line.
fn fails(env: &Env, args: &[&str], code: i32) -> String {
    let (got, out, err) = run(env, args);
    assert_eq!(got, code, "{args:?}: {err}");
    assert!(out.is_empty(), "{out}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.starts_with("abonent: "), "{err}");
    err.trim_end().to_string()
}

#[test]
fn lookup_inn_prints_a_legal_entity_in_table_and_json_and_sends_the_key() {
    let server = Server::start();
    let env = setup(&server);

    let (code, out, err) = run(&env, &["lookup-inn", LEGAL]);
    assert_eq!(code, 0, "{err}");
    // Into a pipe: one tab-separated line per party, no header.
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 1, "{out}");
    let cells: Vec<&str> = lines[0].split('\t').collect();
    assert_eq!(
        cells,
        [
            "legal",
            "ACTIVE",
            "main",
            "ООО \"РОМАШКА ТЕЛЕКОМ\"",
            LEGAL,
            "771801001",
            "1157746512340",
            "19238477",
            "61.10",
            "Петров Алексей Викторович",
            "107076, г Москва, р-н Сокольники, ул Стромынка, д 4 стр 1, офис 12",
        ]
    );

    let list = json_ok(&env, &["lookup-inn", LEGAL]);
    assert_eq!(
        list,
        json!([{
            "type": "legal",
            "status": "ACTIVE",
            "name": "ООО \"РОМАШКА ТЕЛЕКОМ\"",
            "full_name": "ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ \"РОМАШКА ТЕЛЕКОМ\"",
            "inn": LEGAL,
            "kpp": "771801001",
            "ogrn": "1157746512340",
            "okpo": "19238477",
            "okato": "45263591000",
            "oktmo": "45314000000",
            "okved": "61.10",
            "director": "Петров Алексей Викторович",
            "director_post": "ГЕНЕРАЛЬНЫЙ ДИРЕКТОР",
            "address": "107076, г Москва, р-н Сокольники, ул Стромынка, д 4 стр 1, офис 12",
            "postal_code": "107076",
            "last_name": null,
            "first_name": null,
            "middle_name": null,
            "branch_type": "main",
            "branch_count": 0,
            "more_branches": false,
            "phones": [],
            "emails": []
        }])
    );
    // DESIGN §4's keys, in its order, then the keys added since.
    let keys: Vec<&str> = list[0]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        [
            "type",
            "status",
            "name",
            "full_name",
            "inn",
            "kpp",
            "ogrn",
            "okpo",
            "okato",
            "oktmo",
            "okved",
            "director",
            "director_post",
            "address",
            "postal_code",
            "last_name",
            "first_name",
            "middle_name",
            "branch_type",
            "branch_count",
            "more_branches",
            "phones",
            "emails"
        ]
    );

    let seen = server.requests();
    assert_eq!(seen.len(), 1, "the JSON run came from the cache");
    let r = &seen[0];
    assert_eq!(r.method, "POST");
    assert!(
        r.path.ends_with("/suggestions/api/4_1/rs/findById/party"),
        "{}",
        r.path
    );
    assert_eq!(
        r.header("Authorization"),
        Some(format!("Token {TOKEN}").as_str())
    );
    assert_eq!(r.header("Content-Type"), Some("application/json"));
    assert_eq!(r.header("Accept"), Some("application/json"));
    assert_eq!(r.json(), json!({"query": LEGAL, "count": 20}));
}

#[test]
fn add_from_inn_creates_the_fixtures_card_and_flags_win() {
    let server = Server::start();
    let env = setup(&server);
    let (code, out, err) = run(
        &env,
        &[
            "subscriber",
            "add",
            "--type",
            "legal",
            "--from-inn",
            LEGAL,
            "--email",
            "info@romashka.test",
            "--json",
            "--verbose",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("from DaData: name, full_name, inn, kpp"),
        "{err}"
    );
    let card: Value = serde_json::from_str(&out).unwrap();
    let expect = [
        ("name", "ООО \"РОМАШКА ТЕЛЕКОМ\""),
        (
            "full_name",
            "ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ \"РОМАШКА ТЕЛЕКОМ\"",
        ),
        ("inn", LEGAL),
        ("kpp", "771801001"),
        ("ogrn", "1157746512340"),
        ("okpo", "19238477"),
        ("okato", "45263591000"),
        ("oktmo", "45314000000"),
        ("okved", "61.10"),
        ("director", "Петров Алексей Викторович"),
        ("director_post", "ГЕНЕРАЛЬНЫЙ ДИРЕКТОР"),
    ];
    for (k, v) in expect {
        assert_eq!(card[k], v, "{k}");
    }
    assert_eq!(card["ogrnip"], Value::Null);
    assert_eq!(
        card["addresses"],
        json!([{"kind": "legal", "text": "107076, г Москва, р-н Сокольники, ул Стромынка, д 4 стр 1, офис 12"}])
    );
    assert_eq!(card["emails"][0]["value"], "info@romashka.test");
    assert_eq!(card["display_name"], "ООО \"РОМАШКА ТЕЛЕКОМ\"");

    // Flags win: another KPP (a new registration DaData does not show yet)
    // and another name; the rest still comes from DaData.
    let (code, out, err) = run(
        &env,
        &[
            "subscriber",
            "add",
            "--type",
            "legal",
            "--from-inn",
            LEGAL,
            "--kpp",
            "771843001",
            "--name",
            "Ромашка, филиал",
            "--json",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("keeps the kpp given, 771843001"), "{err}");
    let card: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(card["kpp"], "771843001");
    assert_eq!(card["name"], "Ромашка, филиал");
    assert_eq!(card["ogrn"], "1157746512340");
    assert_eq!(card["director"], "Петров Алексей Викторович");
    // The KPP was asked for first.
    let seen = server.requests();
    assert!(seen.iter().any(|r| r.json()["kpp"] == "771843001"));
}

#[test]
fn add_ip_from_inn_fills_the_names_and_ogrnip_and_lists_as_ip() {
    let server = Server::start();
    let env = setup(&server);
    let card = json_ok(
        &env,
        &["subscriber", "add", "--type", "ip", "--from-inn", IP],
    );
    assert_eq!(card["type"], "ip");
    assert_eq!(card["last_name"], "Смирнова");
    assert_eq!(card["first_name"], "Ольга");
    assert_eq!(card["middle_name"], "Игоревна");
    assert_eq!(card["ogrnip"], "319774600123453");
    assert_eq!(card["okpo"], "0123456789");
    assert_eq!(card["inn"], IP);
    assert_eq!(card["kpp"], Value::Null);
    assert_eq!(card["ogrn"], Value::Null);

    let (code, out, err) = run(&env, &["subscriber", "list"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("ИП Смирнова Ольга Игоревна"), "{out}");

    // A sole trader's INN on a legal card is refused before anything is saved.
    let err = fails(
        &env,
        &["subscriber", "add", "--type", "legal", "--from-inn", IP],
        3,
    );
    assert!(err.contains("inn:"), "{err}");
}

#[test]
fn branches_are_listed_picked_by_kpp_and_required_for_from_inn() {
    let server = Server::start();
    let env = setup(&server);

    let all = json_ok(&env, &["lookup-inn", BRANCHES]);
    let kpps: Vec<&str> = all
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["kpp"].as_str().unwrap())
        .collect();
    assert_eq!(kpps, ["781001001", "290143001"]);
    assert_eq!(all[0]["branch_type"], "main");
    assert_eq!(all[1]["branch_type"], "branch");

    let one = json_ok(&env, &["lookup-inn", BRANCHES, "--kpp", "290143001"]);
    assert_eq!(one.as_array().unwrap().len(), 1);
    assert_eq!(one[0]["kpp"], "290143001");
    assert_eq!(one[0]["oktmo"], "11701000001");
    let main = json_ok(&env, &["lookup-inn", BRANCHES, "--branch", "main"]);
    assert_eq!(main.as_array().unwrap().len(), 1);
    assert_eq!(main[0]["kpp"], "781001001");
    let bodies: Vec<Value> = server.requests().iter().map(|r| r.json()).collect();
    assert!(bodies.contains(&json!({"query": BRANCHES, "count": 20, "kpp": "290143001"})));
    assert!(bodies.contains(&json!({"query": BRANCHES, "count": 20, "branch_type": "MAIN"})));

    let err = fails(
        &env,
        &[
            "subscriber",
            "add",
            "--type",
            "legal",
            "--from-inn",
            BRANCHES,
        ],
        5,
    );
    assert!(
        err.contains("781001001 (main)") && err.contains("290143001 (branch)"),
        "{err}"
    );
    assert!(err.contains("--kpp"), "{err}");
    assert_eq!(
        env.json(&["subscriber", "list", "--all"]),
        json!([]),
        "nothing saved"
    );

    let card = json_ok(
        &env,
        &[
            "subscriber",
            "add",
            "--type",
            "legal",
            "--from-inn",
            BRANCHES,
            "--kpp",
            "290143001",
        ],
    );
    assert_eq!(card["kpp"], "290143001");
    assert_eq!(
        card["full_name"],
        "АРХАНГЕЛЬСКИЙ ФИЛИАЛ АКЦИОНЕРНОГО ОБЩЕСТВА \"СЕВЕРСВЯЗЬ\""
    );
    assert_eq!(card["director"], Value::Null);
    assert_eq!(card["okpo"], Value::Null);

    // A KPP no branch has, on an INN with branches: refused, listing them.
    let err = fails(
        &env,
        &[
            "subscriber",
            "add",
            "--type",
            "legal",
            "--from-inn",
            BRANCHES,
            "--kpp",
            "781002001",
        ],
        5,
    );
    assert!(
        err.contains("no record") && err.contains("781001001"),
        "{err}"
    );
}

#[test]
fn edit_from_inn_refreshes_the_card_and_flags_win() {
    let server = Server::start();
    let env = setup(&server);
    env.json(&[
        "subscriber",
        "add",
        "--type",
        "legal",
        "--name",
        "Ромашка",
        "--inn",
        LEGAL,
        "--kpp",
        "771801001",
        "--okpo",
        "19238477",
    ]);
    assert!(server.requests().is_empty(), "no lookup without --from-inn");
    let card = json_ok(
        &env,
        &[
            "subscriber",
            "edit",
            "u000001",
            "--from-inn",
            "--director-post",
            "ДИРЕКТОР",
        ],
    );
    assert_eq!(card["name"], "ООО \"РОМАШКА ТЕЛЕКОМ\"");
    assert_eq!(card["director"], "Петров Алексей Викторович");
    assert_eq!(card["director_post"], "ДИРЕКТОР");
    assert_eq!(card["ogrn"], "1157746512340");
    assert_eq!(server.requests()[0].json()["kpp"], "771801001");
    let history = env.json(&["history", "u000001"]);
    assert!(history
        .as_array()
        .unwrap()
        .iter()
        .any(|h| h["field"] == "director"));

    // A person has no record in DaData.
    env.json(&[
        "subscriber",
        "add",
        "--type",
        "person",
        "--last-name",
        "Иванов",
        "--first-name",
        "Иван",
    ]);
    fails(&env, &["subscriber", "edit", "u000002", "--from-inn"], 3);

    // A card with an old KPP takes DaData's current one on refresh, and the
    // card's rules still hold: that INN+KPP belongs to u000001 until it is
    // archived.
    env.json(&[
        "subscriber",
        "add",
        "--type",
        "legal",
        "--name",
        "Ромашка (старая)",
        "--inn",
        LEGAL,
        "--kpp",
        "771843001",
    ]);
    let (code, _, err) = run(&env, &["subscriber", "edit", "u000003", "--from-inn"]);
    assert_eq!(code, 5, "{err}");
    assert!(err.contains("already registered"), "{err}");
    env.json(&["subscriber", "archive", "u000001"]);
    let (code, out, err) = run(
        &env,
        &["subscriber", "edit", "u000003", "--from-inn", "--json"],
    );
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("the card takes 771801001"), "{err}");
    let card: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(card["kpp"], "771801001");
}

#[test]
fn bik_fills_the_bank_name_and_corr_account_and_lookup_bik_prints_them() {
    let server = Server::start();
    let env = setup(&server);
    let bank = json_ok(&env, &["lookup-bik", BIK]);
    assert_eq!(
        bank,
        json!({
            "bik": BIK,
            "name": "АО \"ТЕСТБАНК\"",
            "full_name": "АКЦИОНЕРНОЕ ОБЩЕСТВО \"ТЕСТОВЫЙ БАНК\"",
            "corr_account": "30101810100000000101",
            "swift": "TESTRUMM",
            "city": "г. Москва",
            "inn": "7701002344",
            "kpp": "770101001",
            "status": "ACTIVE",
            "address": "101000, г Москва, ул Мясницкая, д 10"
        })
    );
    assert_eq!(server.requests()[0].json(), json!({"query": BIK}));
    assert!(server.requests()[0].path.ends_with("/findById/bank"));

    let card = json_ok(
        &env,
        &[
            "subscriber",
            "add",
            "--type",
            "legal",
            "--from-inn",
            LEGAL,
            "--bik",
            BIK,
            "--account",
            "40702810900000012345",
        ],
    );
    assert_eq!(
        card["bank"],
        json!({"name": "АО \"ТЕСТБАНК\"", "bik": BIK, "account": "40702810900000012345",
               "corr_account": "30101810100000000101"})
    );

    // --bik alone, with --bank-name given: the name given wins.
    let card = json_ok(
        &env,
        &[
            "subscriber",
            "add",
            "--type",
            "person",
            "--last-name",
            "Петрова",
            "--first-name",
            "Анна",
            "--bik",
            BIK,
            "--bank-name",
            "Тестбанк",
        ],
    );
    assert_eq!(card["bank"]["name"], "Тестбанк");
    assert_eq!(card["bank"]["corr_account"], "30101810100000000101");

    // An unknown BIK is exit 4.
    let err = fails(&env, &["lookup-bik", "044525999"], 4);
    assert!(err.contains("not found in DaData"), "{err}");
}

#[test]
fn a_liquidated_company_is_a_warning_not_an_error() {
    let server = Server::start();
    let env = setup(&server);
    let (code, out, err) = run(&env, &["lookup-inn", LIQUIDATED, "--json"]);
    assert_eq!(code, 0, "{err}");
    let list: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(list[0]["status"], "LIQUIDATED");
    assert!(
        err.contains("warning") && err.contains("LIQUIDATED"),
        "{err}"
    );
}

#[test]
fn a_bad_inn_is_refused_before_any_request() {
    let server = Server::start();
    let env = setup(&server);
    let err = fails(&env, &["lookup-inn", "7718445201"], 3);
    assert!(err.contains("inn: checksum mismatch"), "{err}");
    fails(&env, &["lookup-bik", "04452510"], 3);
    assert!(server.requests().is_empty());
}

#[test]
fn an_empty_answer_is_not_found() {
    let server = Server::start();
    let env = setup(&server);
    // A valid INN the fixtures do not have.
    let err = fails(&env, &["lookup-inn", "7707083893"], 4);
    assert!(err.contains("not found in DaData"), "{err}");
    let err = fails(
        &env,
        &[
            "subscriber",
            "add",
            "--type",
            "legal",
            "--from-inn",
            "7707083893",
        ],
        4,
    );
    assert!(err.contains("not found in DaData"), "{err}");
    // Not cached: a company registered today is found tomorrow.
    fails(&env, &["lookup-inn", "7707083893"], 4);
    assert_eq!(server.requests().len(), 3);
}

#[test]
fn every_failure_is_exit_6_with_its_own_message() {
    let mut messages: Vec<(String, String)> = Vec::new();
    for status in [400, 401, 403, 405, 413, 500, 503] {
        let server = Server::start();
        server.always(Reply::Status(status));
        let env = setup(&server);
        let err = fails(&env, &["lookup-inn", LEGAL], 6);
        assert!(err.contains(&status.to_string()), "{err}");
        if status == 401 || status == 403 {
            assert!(
                err.contains("token missing, wrong or out of quota"),
                "{err}"
            );
        }
        assert_eq!(server.requests().len(), 1, "{status} is not retried");
        messages.push((status.to_string(), err));
    }

    // 429 every time: three retries with backoff, then exit 6.
    let server = Server::start();
    server.always(Reply::Status(429));
    let env = setup(&server);
    let started = Instant::now();
    let err = fails(&env, &["lookup-inn", LEGAL], 6);
    assert!(err.contains("429") && err.contains("retries"), "{err}");
    assert_eq!(server.requests().len(), 4);
    assert!(started.elapsed() >= Duration::from_millis(1400));
    messages.push(("429".into(), err));

    // A closed port: the URL tried is named.
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let env = Env::new();
    env.set("dadata.enabled", "true");
    let url = format!("http://127.0.0.1:{port}");
    env.set("dadata.url", &url);
    let err = fails(&env, &["lookup-inn", LEGAL], 6);
    assert!(
        err.contains("cannot connect") && err.contains(&format!("{url}/findById/party")),
        "{err}"
    );
    messages.push(("refused".into(), err));

    // A server that never answers: the timeout, with its seconds and setting.
    let server = Server::start();
    server.always(Reply::Hang(Duration::from_secs(5)));
    let env = setup(&server);
    env.set("dadata.timeout", "1");
    let started = Instant::now();
    let err = fails(&env, &["lookup-inn", LEGAL], 6);
    assert!(
        err.contains("within 1 s") && err.contains("dadata.timeout"),
        "{err}"
    );
    assert!(started.elapsed() < Duration::from_secs(4));
    messages.push(("timeout".into(), err));

    for (i, (a, ma)) in messages.iter().enumerate() {
        for (b, mb) in &messages[i + 1..] {
            assert_ne!(ma, mb, "{a} and {b} share a message");
        }
    }
}

#[test]
fn a_429_then_200_succeeds() {
    let server = Server::start();
    server.then(Reply::Status(429));
    server.then(Reply::Status(429));
    let env = setup(&server);
    let list = json_ok(&env, &["lookup-inn", LEGAL]);
    assert_eq!(list[0]["inn"], LEGAL);
    assert_eq!(server.requests().len(), 3);
}

#[test]
fn the_gate_names_the_setting_and_sends_nothing() {
    let server = Server::start();
    let env = setup(&server);
    env.set("country", "KZ");
    let err = fails(&env, &["lookup-inn", LEGAL], 6);
    assert!(
        err.contains("country") && err.contains("abonent settings set country RU"),
        "{err}"
    );
    fails(
        &env,
        &["subscriber", "add", "--type", "legal", "--from-inn", LEGAL],
        6,
    );
    fails(&env, &["lookup-bik", BIK], 6);

    env.set("country", "RU");
    env.set("dadata.enabled", "false");
    let err = fails(&env, &["lookup-inn", LEGAL], 6);
    assert!(
        err.contains("abonent settings set dadata.enabled true"),
        "{err}"
    );
    let err = fails(
        &env,
        &["subscriber", "add", "--type", "ip", "--from-inn", IP],
        6,
    );
    assert!(err.contains("dadata.enabled"), "{err}");

    // Offline, --bik alone just sets the BIK.
    let card = json_ok(
        &env,
        &[
            "subscriber",
            "add",
            "--type",
            "legal",
            "--name",
            "Ромашка",
            "--inn",
            LEGAL,
            "--bik",
            BIK,
        ],
    );
    assert_eq!(
        card["bank"],
        json!({"name": null, "bik": BIK, "account": null, "corr_account": null})
    );
    assert!(server.requests().is_empty(), "{:?}", server.requests());
}

#[test]
fn no_key_says_how_to_set_one() {
    let server = Server::start();
    let env = setup(&server);
    let (code, _, err) = env.run(&["lookup-inn", LEGAL]);
    assert_eq!(code, 6);
    assert!(
        err.contains("ABONENT_DADATA_TOKEN") && err.contains("settings set dadata.token"),
        "{err}"
    );
    assert!(server.requests().is_empty());

    // The setting works when the environment has none.
    env.set("dadata.token", "from-the-setting");
    let (code, _, err) = env.run(&["lookup-inn", LEGAL]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        server.requests()[0].header("Authorization"),
        Some("Token from-the-setting")
    );
}

#[test]
fn answers_are_cached_and_no_cache_asks_again() {
    let server = Server::start();
    let env = setup(&server);
    json_ok(&env, &["lookup-inn", LEGAL]);
    json_ok(&env, &["lookup-inn", LEGAL]);
    run(&env, &["lookup-inn", LEGAL]);
    assert_eq!(server.requests().len(), 1, "answered from the cache");
    json_ok(&env, &["lookup-inn", LEGAL, "--no-cache"]);
    assert_eq!(server.requests().len(), 2);
    json_ok(&env, &["lookup-inn", LEGAL]);
    assert_eq!(server.requests().len(), 2, "--no-cache refreshed the cache");
    // The card fill shares the cache.
    json_ok(
        &env,
        &["subscriber", "add", "--type", "legal", "--from-inn", LEGAL],
    );
    assert_eq!(server.requests().len(), 2);
    // Other filters are other questions.
    json_ok(&env, &["lookup-inn", LEGAL, "--branch", "main"]);
    assert_eq!(server.requests().len(), 3);

    // dadata.cache_days 0: no cache at all.
    env.set("dadata.cache_days", "0");
    json_ok(&env, &["lookup-bik", BIK]);
    json_ok(&env, &["lookup-bik", BIK]);
    assert_eq!(server.requests().len(), 5);
}

#[test]
fn the_key_appears_in_no_output_and_not_in_the_database() {
    let server = Server::start();
    let env = setup(&server);
    let mut streams = Vec::new();
    let mut runs = |args: &[&str]| {
        let (_, out, err) = run(&env, args);
        streams.push(out);
        streams.push(err);
    };
    runs(&["lookup-inn", LEGAL]);
    runs(&["lookup-inn", LEGAL, "--json", "--no-cache"]);
    runs(&["lookup-inn", BRANCHES, "--format", "csv"]);
    runs(&["lookup-bik", BIK, "--format", "jsonl"]);
    runs(&[
        "subscriber",
        "add",
        "--type",
        "legal",
        "--from-inn",
        LEGAL,
        "--bik",
        BIK,
        "--json",
    ]);
    runs(&[
        "subscriber",
        "add",
        "--type",
        "legal",
        "--from-inn",
        BRANCHES,
        "--json",
    ]);
    runs(&["subscriber", "edit", "u000001", "--from-inn", "--no-cache"]);
    runs(&["subscriber", "export", "--json"]);
    runs(&["settings", "list", "--json"]);
    runs(&["settings", "get", "dadata.token"]);
    runs(&["history", "--json"]);
    server.always(Reply::Status(401));
    runs(&["lookup-inn", IP, "--json"]);
    runs(&["lookup-inn", IP]);
    server.always(Reply::Status(403));
    runs(&["lookup-bik", BIK, "--no-cache", "--json"]);
    server.always(Reply::Status(500));
    runs(&[
        "subscriber",
        "add",
        "--type",
        "ip",
        "--from-inn",
        IP,
        "--json",
    ]);
    assert!(
        streams.iter().any(|s| s.contains("\"error\"")),
        "JSON errors were produced"
    );
    for s in &streams {
        assert!(!s.contains(TOKEN), "the key leaked: {s}");
        assert!(!s.contains("7f3a9c41e2"), "part of the key leaked: {s}");
    }
    // Every file of the database (WAL included) holds no trace of it.
    assert!(server
        .requests()
        .iter()
        .all(|r| r.header("Authorization").is_some()));
    for entry in std::fs::read_dir(env.dir.path()).unwrap() {
        let path = entry.unwrap().path();
        let bytes = std::fs::read(&path).unwrap();
        assert!(
            !bytes.windows(TOKEN.len()).any(|w| w == TOKEN.as_bytes()),
            "{} holds the key",
            path.display()
        );
    }
}

#[test]
fn a_key_kept_in_the_settings_is_never_printed() {
    let env = Env::new();
    env.set("dadata.token", TOKEN);
    for args in [
        &["settings", "list"][..],
        &["settings", "list", "--json"],
        &["settings", "get", "dadata.token"],
        &["history", "--json"],
    ] {
        let (code, out, err) = env.run(args);
        assert_eq!(code, 0, "{err}");
        assert!(!out.contains(TOKEN) && !err.contains(TOKEN), "{out}{err}");
    }
    assert_eq!(
        env.run(&["settings", "get", "dadata.token"]).1.trim(),
        "(set)"
    );
}

#[test]
fn lookup_inn_says_when_dadata_counts_more_branches_than_it_listed() {
    let server = Server::start();
    let env = setup(&server);

    let (code, out, err) = run(&env, &["lookup-inn", PAID, "--json", "--verbose"]);
    assert_eq!(code, 0, "{err}");
    let list: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(list.as_array().unwrap().len(), 2);
    assert_eq!(list[0]["branch_type"], "main");
    assert_eq!(list[0]["branch_count"], 3);
    assert_eq!(list[0]["more_branches"], true);
    assert_eq!(list[1]["branch_count"], Value::Null);
    assert_eq!(list[1]["more_branches"], false);
    assert!(
        err.contains(&format!(
            "{PAID}: DaData counts 3 branches, 1 listed here; look one up with --kpp KPP"
        )),
        "{err}"
    );
    assert!(!out.contains("DaData counts"), "notes stay off stdout");
    // The contacts are printed as DaData writes them.
    assert_eq!(
        list[0]["phones"],
        json!([
            "+7 495 1234567",
            "+7 495 765-43-21 доб. 139",
            "+7 012 3456789"
        ])
    );
    assert_eq!(
        list[0]["emails"],
        json!(["Info@vektor-svyaz.ru", "sales@vektor-svyaz.ru"])
    );

    // In text mode too, on stderr (asked for, as stderr is no terminal
    // here); -q keeps it quiet, and so does a pipe without --verbose.
    let (code, out, err) = run(&env, &["lookup-inn", PAID, "-v"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("DaData counts 3 branches, 1 listed"), "{err}");
    assert_eq!(out.lines().count(), 2, "{out}");
    let (_, _, err) = run(&env, &["-q", "lookup-inn", PAID]);
    assert!(!err.contains("DaData counts"), "{err}");
    let (_, _, err) = run(&env, &["lookup-inn", PAID]);
    assert!(!err.contains("DaData counts"), "{err}");

    // The head office alone: none of its branches listed.
    let (_, out, err) = run(
        &env,
        &["lookup-inn", PAID, "--branch", "main", "--json", "-v"],
    );
    assert!(err.contains("DaData counts 3 branches, 0 listed"), "{err}");
    assert_eq!(
        serde_json::from_str::<Value>(&out).unwrap()[0]["more_branches"],
        true
    );

    // Every branch counted is listed, or only a branch is: nothing to say.
    let (_, out, err) = run(&env, &["lookup-inn", BRANCHES, "--json"]);
    assert!(!err.contains("DaData counts"), "{err}");
    let list: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        (
            list[0]["branch_count"].clone(),
            list[0]["more_branches"].clone()
        ),
        (json!(1), json!(false))
    );
    let (_, _, err) = run(&env, &["lookup-inn", PAID, "--kpp", PAID_BRANCH_KPP]);
    assert!(!err.contains("DaData counts"), "{err}");
}

#[test]
fn add_from_inn_fills_phones_and_emails_unless_flags_give_some() {
    let server = Server::start();
    let env = setup(&server);

    let (code, out, err) = run(
        &env,
        &[
            "subscriber",
            "add",
            "--type",
            "legal",
            "--from-inn",
            PAID,
            "--kpp",
            PAID_HEAD_KPP,
            "--json",
            "--verbose",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let card: Value = serde_json::from_str(&out).unwrap();
    // DaData's «доб. 139» is the phone's extension on the card.
    assert_eq!(contacts(&card, "phones"), ["+74951234567", "+74957654321"]);
    assert_eq!(card["phones"][0]["extension"], Value::Null);
    assert_eq!(card["phones"][1]["extension"], "139");
    assert!(!err.contains("without its extension"), "{err}");
    assert_eq!(
        contacts(&card, "emails"),
        ["Info@vektor-svyaz.ru", "sales@vektor-svyaz.ru"]
    );
    assert!(
        err.contains("from DaData: ") && err.contains("phone, email"),
        "{err}"
    );
    // The number no plan has is left out, named, and the card saved.
    assert!(
        err.lines()
            .any(|l| l.contains("warning: phone: DaData's `+7 012 3456789` is not filled")),
        "{err}"
    );

    // --phone given: DaData's phones are not added, its e-mails are.
    env.json(&["subscriber", "archive", "u000001"]);
    let (code, out, err) = run(
        &env,
        &[
            "subscriber",
            "add",
            "--type",
            "legal",
            "--from-inn",
            PAID,
            "--kpp",
            PAID_HEAD_KPP,
            "--phone",
            "+7 495 111-22-33",
            "--json",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let card: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(contacts(&card, "phones"), ["+74951112233"]);
    assert_eq!(contacts(&card, "emails").len(), 2);
    assert!(
        !err.contains("warning: phone"),
        "no word on phones not used: {err}"
    );

    // --email given: the reverse.
    env.json(&["subscriber", "archive", "u000002"]);
    let card = json_ok(
        &env,
        &[
            "subscriber",
            "add",
            "--type",
            "legal",
            "--from-inn",
            PAID,
            "--kpp",
            PAID_HEAD_KPP,
            "--email",
            "noc@vektor.test",
        ],
    );
    assert_eq!(contacts(&card, "emails"), ["noc@vektor.test"]);
    assert_eq!(contacts(&card, "phones").len(), 2);

    // A free-plan answer has none, and fills none.
    let card = json_ok(
        &env,
        &["subscriber", "add", "--type", "legal", "--from-inn", LEGAL],
    );
    assert_eq!(card["phones"], json!([]));
    assert_eq!(card["emails"], json!([]));
}

#[test]
fn edit_from_inn_keeps_the_cards_own_contacts_and_fills_missing_ones() {
    let server = Server::start();
    let env = setup(&server);
    env.json(&[
        "subscriber",
        "add",
        "--type",
        "legal",
        "--name",
        "Вектор",
        "--inn",
        PAID,
        "--kpp",
        PAID_HEAD_KPP,
        "--phone",
        "8 (495) 111-22-33",
    ]);
    let card = json_ok(&env, &["subscriber", "edit", "u000001", "--from-inn"]);
    assert_eq!(card["name"], "ООО \"ВЕКТОР СВЯЗЬ\"");
    assert_eq!(
        contacts(&card, "phones"),
        ["+74951112233"],
        "the admin's phone stays"
    );
    assert_eq!(
        contacts(&card, "emails"),
        ["Info@vektor-svyaz.ru", "sales@vektor-svyaz.ru"],
        "the card had no e-mail: DaData's fill it"
    );
    // A second refresh changes nothing: the card now has both.
    let (code, _, err) = run(&env, &["subscriber", "edit", "u000001", "--from-inn"]);
    assert_eq!(code, 0, "{err}");
    let card = env.json(&["subscriber", "show", "u000001"]);
    assert_eq!(contacts(&card, "phones"), ["+74951112233"]);
    assert!(!err.contains("warning: phone"), "{err}");
    // Flags still win on an edit.
    let card = json_ok(
        &env,
        &[
            "subscriber",
            "edit",
            "u000001",
            "--from-inn",
            "--phone",
            "+7 495 222-33-44",
        ],
    );
    assert_eq!(contacts(&card, "phones"), ["+74952223344"]);
}

#[test]
fn a_branch_takes_its_head_offices_address_as_legal_and_its_own_as_actual() {
    let server = Server::start();
    let env = setup(&server);
    let card = json_ok(
        &env,
        &[
            "subscriber",
            "add",
            "--type",
            "legal",
            "--from-inn",
            BRANCHES,
            "--kpp",
            "290143001",
        ],
    );
    assert_eq!(
        address(&card, "actual").as_deref(),
        Some("163000, Архангельская обл, г Архангельск, пр-кт Троицкий, д 45")
    );
    assert_eq!(
        address(&card, "legal").as_deref(),
        Some("196066, г Санкт-Петербург, Московский пр-кт, д 212")
    );
    assert_eq!(card["kpp"], "290143001", "the branch's own KPP");
    let bodies: Vec<Value> = server.requests().iter().map(|r| r.json()).collect();
    assert_eq!(
        bodies,
        [
            json!({"query": BRANCHES, "count": 20, "kpp": "290143001"}),
            json!({"query": BRANCHES, "count": 20, "branch_type": "MAIN"}),
        ]
    );
    // The head office's answer is cached like any other.
    let (code, _, err) = run(&env, &["lookup-inn", BRANCHES, "--branch", "main"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(server.requests().len(), 2, "answered from the cache");

    // A refresh of the branch's card keeps the two apart.
    let card = json_ok(&env, &["subscriber", "edit", "u000001", "--from-inn"]);
    assert_eq!(
        address(&card, "legal").as_deref(),
        Some("196066, г Санкт-Петербург, Московский пр-кт, д 212")
    );
    assert!(address(&card, "actual").unwrap().starts_with("163000"));

    // A head office's card: its own address is the legal one, nothing more asked.
    let before = server.requests().len();
    let card = json_ok(
        &env,
        &[
            "subscriber",
            "add",
            "--type",
            "legal",
            "--from-inn",
            BRANCHES,
            "--kpp",
            "781001001",
        ],
    );
    assert!(address(&card, "legal").unwrap().starts_with("196066"));
    assert_eq!(address(&card, "actual"), None);
    assert_eq!(server.requests().len(), before + 1);
}

#[test]
fn a_branch_with_a_legal_address_given_asks_for_no_head_office() {
    let server = Server::start();
    let env = setup(&server);
    let card = json_ok(
        &env,
        &[
            "subscriber",
            "add",
            "--type",
            "legal",
            "--from-inn",
            PAID,
            "--kpp",
            PAID_BRANCH_KPP,
            "--address",
            "legal=117485, г Москва, ул Профсоюзная, д 84",
        ],
    );
    assert_eq!(
        address(&card, "legal").as_deref(),
        Some("117485, г Москва, ул Профсоюзная, д 84")
    );
    assert!(address(&card, "actual")
        .unwrap()
        .starts_with("630004, Новосибирская обл"));
    assert_eq!(
        contacts(&card, "phones"),
        ["+73832123456"],
        "the branch's own phone"
    );
    assert_eq!(server.requests().len(), 1, "no head-office request");
}

#[test]
fn a_branch_whose_head_office_dadata_lacks_is_saved_with_a_warning() {
    let server = Server::start();
    let env = setup(&server);
    let (code, out, err) = run(
        &env,
        &[
            "subscriber",
            "add",
            "--type",
            "legal",
            "--from-inn",
            BRANCH_ONLY,
            "--json",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let card: Value = serde_json::from_str(&out).unwrap();
    assert!(address(&card, "actual")
        .unwrap()
        .starts_with("644099, Омская обл"));
    assert_eq!(address(&card, "legal"), None);
    assert!(
        err.contains(&format!(
            "warning: address.legal: DaData lists no head office for {BRANCH_ONLY}"
        )) && err.contains("--address legal=TEXT"),
        "{err}"
    );
    // The unfiltered answer had only the branch; the head office was asked for.
    let bodies: Vec<Value> = server.requests().iter().map(|r| r.json()).collect();
    assert_eq!(bodies[1]["branch_type"], "MAIN");
}

#[test]
fn the_key_never_follows_a_redirect_to_another_origin() {
    // DaData (A) sends the client to another origin (B), which sends it on
    // to itself and back to A: a client that follows redirects would give B
    // the key on its second hop. None is followed: exit 6, B sees nothing.
    let a = Server::start();
    let b = Server::start();
    a.then(Reply::Redirect(format!("{}/findById/party", b.url)));
    b.then(Reply::Redirect(format!("{}/findById/party?again", b.url)));
    b.then(Reply::Redirect(format!("{}/findById/party", a.url)));
    let env = setup(&a);
    let err = fails(&env, &["lookup-inn", LEGAL], 6);
    assert!(
        err.contains("307") && err.contains("DaData does not redirect"),
        "{err}"
    );
    assert!(!err.contains(TOKEN), "{err}");
    for seen in b.requests() {
        assert_eq!(seen.header("Authorization"), None, "{seen:?}");
    }
    assert!(b.requests().is_empty(), "{:?}", b.requests());
    assert_eq!(a.requests().len(), 1);
}

/// `{"suggestions": []}` padded with spaces to exactly `len` bytes.
fn padded_empty_answer(len: usize) -> String {
    let mut body = String::from(r#"{"suggestions": []}"#);
    body.push_str(&" ".repeat(len - body.len()));
    body
}

#[test]
fn an_answer_over_the_size_limit_is_exit_6_and_not_cached() {
    let server = Server::start();
    let env = setup(&server);
    env.set("dadata.max_answer_bytes", "1024");
    // Exactly the limit is read (and is an empty answer: not found).
    server.then(Reply::Body(padded_empty_answer(1024)));
    fails(&env, &["lookup-inn", LEGAL], 4);
    // One byte more is refused, naming the limit and the setting.
    server.then(Reply::Body(padded_empty_answer(1025)));
    let err = fails(&env, &["lookup-inn", LEGAL], 6);
    assert!(
        err.contains("1024 bytes") && err.contains("dadata.max_answer_bytes"),
        "{err}"
    );
    // A real answer over the limit is not cached: the next run asks again.
    let big = {
        let raw = std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("fixtures/dadata/party-legal.json"),
        )
        .unwrap();
        let mut v: Value = serde_json::from_str(&raw).unwrap();
        v["padding"] = json!("x".repeat(2000));
        v.to_string()
    };
    server.then(Reply::Body(big));
    fails(&env, &["lookup-inn", LEGAL], 6);
    let before = server.requests().len();
    env.set("dadata.max_answer_bytes", "4194304");
    let list = json_ok(&env, &["lookup-inn", LEGAL]);
    assert_eq!(list[0]["inn"], LEGAL);
    assert_eq!(server.requests().len(), before + 1, "nothing was cached");
}

/// A party answer with these (inn, kpp, branch_type) records.
fn answer_of(records: &[(&str, &str, &str)]) -> String {
    let list: Vec<Value> = records
        .iter()
        .map(|(inn, kpp, branch)| {
            json!({"value": format!("ООО \"Т{kpp}\""), "data": {
                "inn": inn, "kpp": kpp, "type": "LEGAL", "branch_type": branch,
                "ogrn": "1027700132195", "name": {"short_with_opf": format!("ООО \"Т{kpp}\"")},
                "state": {"status": "ACTIVE"}}})
        })
        .collect();
    json!({ "suggestions": list }).to_string()
}

#[test]
fn an_answer_about_another_inn_is_not_used() {
    let server = Server::start();
    let env = setup(&server);
    // Only records of another INN: exit 6, nothing saved, nothing cached.
    server.then(Reply::Body(answer_of(&[(
        "7736207543",
        "773601001",
        "MAIN",
    )])));
    let err = fails(
        &env,
        &[
            "subscriber",
            "add",
            "--type",
            "legal",
            "--from-inn",
            "7707083893",
        ],
        6,
    );
    assert!(
        err.contains("7707083893") && err.contains("none of them"),
        "{err}"
    );
    let cards = env.json(&["subscriber", "list"]);
    assert_eq!(cards.as_array().map(Vec::len), Some(0), "{cards}");
    // Mixed: the stranger is dropped, the asked one is kept.
    server.then(Reply::Body(answer_of(&[
        ("7736207543", "773601001", "MAIN"),
        ("7707083893", "773601001", "MAIN"),
    ])));
    let list = json_ok(&env, &["lookup-inn", "7707083893"]);
    assert_eq!(list.as_array().unwrap().len(), 1, "{list}");
    assert_eq!(list[0]["inn"], "7707083893");
    // A KPP asked for: a record with another KPP is dropped.
    server.then(Reply::Body(answer_of(&[
        ("7707083893", "773601001", "MAIN"),
        ("7707083893", "504743001", "BRANCH"),
    ])));
    let list = json_ok(
        &env,
        &[
            "lookup-inn",
            "7707083893",
            "--kpp",
            "504743001",
            "--no-cache",
        ],
    );
    assert_eq!(list.as_array().unwrap().len(), 1, "{list}");
    assert_eq!(list[0]["kpp"], "504743001");
}

#[test]
fn branch_main_keeps_head_offices_only_and_at_most_twenty() {
    let server = Server::start();
    let env = setup(&server);
    let mut records: Vec<(String, String, &str)> = (0..500)
        .map(|i| ("7707083893".to_string(), format!("77{i:05}01"), "BRANCH"))
        .collect();
    for i in 0..30 {
        records.push(("7707083893".into(), format!("78{i:05}01"), "MAIN"));
    }
    let refs: Vec<(&str, &str, &str)> = records
        .iter()
        .map(|(a, b, c)| (a.as_str(), b.as_str(), *c))
        .collect();
    server.then(Reply::Body(answer_of(&refs)));
    let list = json_ok(&env, &["lookup-inn", "7707083893", "--branch", "main"]);
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 20);
    assert!(list.iter().all(|p| p["branch_type"] == "main"), "{list:?}");
}

#[test]
fn an_answer_of_the_wrong_shape_is_exit_6() {
    for body in [
        r#"{"suggestions": [{"value": "x", "data": [1, 2, 3]}]}"#,
        r#"{"suggestions": {"data": {"inn": "7707083893"}}}"#,
        r#"{"suggestions": [1, 2, 3]}"#,
    ] {
        let server = Server::start();
        let env = setup(&server);
        server.then(Reply::Body(body.to_string()));
        let err = fails(&env, &["lookup-inn", "7707083893"], 6);
        assert!(err.contains("not DaData's JSON"), "{body}: {err}");
    }
}

/// A legal entity's answer whose OGRN fails its check digit
/// (1027700132195 is right) and whose OKPO is not an OKPO at all.
fn answer_with_bad_requisites() -> String {
    json!({"suggestions": [{"value": "ООО \"ТЕСТ\"", "data": {
        "inn": "7707083893", "kpp": "773601001", "type": "LEGAL", "branch_type": "MAIN",
        "ogrn": "1027700132196", "okpo": "12ab", "okved": "61.10",
        "name": {"short_with_opf": "ООО \"ТЕСТ\""}, "state": {"status": "ACTIVE"}}}]})
    .to_string()
}

#[test]
fn a_requisite_dadata_sends_that_the_cards_check_refuses_is_left_out() {
    let server = Server::start();
    let env = setup(&server);
    server.then(Reply::Body(answer_with_bad_requisites()));
    // lookup-inn shows the record without the refused values, and says so.
    let (code, out, err) = run(&env, &["lookup-inn", "7707083893", "--json"]);
    assert_eq!(code, 0, "{err}");
    let list: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        (&list[0]["ogrn"], &list[0]["okpo"]),
        (&Value::Null, &Value::Null)
    );
    assert_eq!(list[0]["okved"], "61.10");
    assert!(
        err.contains("ogrn: DaData sent `1027700132196` for 7707083893")
            && err.contains("left out, give --ogrn")
            && err.contains("okpo: DaData sent `12ab`"),
        "{err}"
    );
    // --from-inn saves the card without them (answered from the cache:
    // the same checks), the warnings naming the field and DaData.
    let add = [
        "subscriber",
        "add",
        "--type",
        "legal",
        "--from-inn",
        "7707083893",
    ];
    let (code, out, err) = run(&env, &[&add[..], &["--json"]].concat());
    assert_eq!(code, 0, "{err}");
    let card: Value = serde_json::from_str(&out).unwrap();
    assert_eq!((&card["ogrn"], &card["okpo"]), (&Value::Null, &Value::Null));
    assert_eq!(
        (&card["okved"], &card["kpp"]),
        (&json!("61.10"), &json!("773601001"))
    );
    assert!(
        err.contains("ogrn: DaData sent") && err.contains("okpo: DaData sent"),
        "{err}"
    );
    assert_eq!(
        server.requests().len(),
        1,
        "the second answer came from the cache"
    );
    // A flag given instead: no word about DaData's value. (Each further
    // card gets a KPP of its own: one INN and KPP is one card.)
    let line = [
        &add[..],
        &["--kpp", "773601002", "--ogrn", "1027700132195", "--json"],
    ]
    .concat();
    let (code, out, err) = run(&env, &line);
    assert_eq!(code, 0, "{err}");
    let card: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(card["ogrn"], "1027700132195");
    assert!(
        !err.contains("ogrn:") && err.contains("okpo: DaData sent"),
        "{err}"
    );
    // validation.checksums = warn: a check digit is kept as typed input
    // would be (the card's rules warn); a malformed value is still left out.
    env.set("validation.checksums", "warn");
    let (code, out, err) = run(
        &env,
        &[&add[..], &["--kpp", "773601003", "--json"]].concat(),
    );
    assert_eq!(code, 0, "{err}");
    let card: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        (&card["ogrn"], &card["okpo"]),
        (&json!("1027700132196"), &Value::Null)
    );
    assert!(
        err.contains("saved anyway: validation.checksums = warn"),
        "{err}"
    );
}
