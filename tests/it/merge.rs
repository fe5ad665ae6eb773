//! `subscriber merge KEEP OTHER`: nothing lost (contacts, contracts,
//! employees, history counted before and after), KEEP's values winning
//! or OTHER's with `--prefer other`, the REFs that lead to KEEP after,
//! the 1C import matching OTHER's counterparty to KEEP, and the refusals:
//! no terminal without `--force`, a card with itself, an archived KEEP, a
//! card merged already.

use crate::common::*;
use serde_json::Value;

const INN: &str = "7718445200";

fn legal(env: &Env, name: &str, more: &[&str]) -> Value {
    env.json(
        &[
            &["subscriber", "add", "--type", "legal", "--name", name],
            more,
        ]
        .concat(),
    )
}

fn values(card: &Value, key: &str) -> Vec<String> {
    card[key]
        .as_array()
        .unwrap_or_else(|| panic!("{key}: {card}"))
        .iter()
        .map(|c| c["value"].as_str().unwrap().to_string())
        .collect()
}

/// Two cards of one company, each with what the other lacks.
fn pair(env: &Env) -> (Value, Value) {
    let keep = legal(
        env,
        "Ромашка",
        &[
            "--inn",
            INN,
            "--kpp",
            "771801001",
            "--email",
            "info@romashka.test",
        ],
    );
    let other = legal(
        env,
        "ООО «Ромашка»",
        &[
            "--inn",
            INN,
            "--email",
            "INFO@romashka.test",
            "--phone",
            "+74951234567",
            "--address",
            "postal=Москва, а/я 5",
            "--okpo",
            "12345678",
            "--comment",
            "из старой базы",
        ],
    );
    let (k, o) = (keep["id"].to_string(), other["id"].to_string());
    for (id, n) in [(&k, "2026-001"), (&o, "2026-002"), (&o, "2026-003")] {
        env.cmd()
            .args(["contract", "add", id, "--number", n, "-q"])
            .assert()
            .success();
    }
    env.cmd()
        .args([
            "employee",
            "add",
            &o,
            "--last-name",
            "Петров",
            "--first-name",
            "Пётр",
            "-q",
        ])
        .assert()
        .success();
    (keep, other)
}

#[test]
fn a_merge_loses_nothing_and_other_leads_to_keep() {
    let env = Env::new();
    let (keep, other) = pair(&env);
    let (k, o) = (keep["id"].as_i64().unwrap(), other["id"].as_i64().unwrap());
    let contracts = env.count("contracts");
    let history = env.history_len();
    let other_history = env.json(&["history", &o.to_string(), "--limit", "0"]);

    let merged = env.json(&[
        "subscriber",
        "merge",
        &k.to_string(),
        &o.to_string(),
        "--force",
    ]);
    assert_eq!(merged["id"], k);
    // KEEP's values win; what it lacked it takes.
    assert_eq!(merged["name"], "Ромашка");
    assert_eq!(merged["kpp"], "771801001");
    assert_eq!(merged["okpo"], "12345678");
    assert_eq!(merged["comment"], "из старой базы");
    assert_eq!(
        values(&merged, "emails"),
        ["info@romashka.test"],
        "one e-mail in two cases"
    );
    assert_eq!(values(&merged, "phones"), ["+74951234567"]);
    let postal = merged["addresses"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["kind"] == "postal")
        .map(|a| a["text"].clone());
    assert_eq!(postal, Some("Москва, а/я 5".into()));
    let numbers: Vec<&str> = merged["contracts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["number"].as_str().unwrap())
        .collect();
    assert_eq!(numbers, ["2026-001", "2026-002", "2026-003"]);
    assert_eq!(merged["employees"].as_array().unwrap().len(), 1);

    // Counted: the contracts are the same ones, the history has one entry
    // more on each card, and OTHER's entries are KEEP's now.
    assert_eq!(env.count("contracts"), contracts);
    assert_eq!(env.history_len(), history + 2);
    let keeps = env.json(&["history", &k.to_string(), "--limit", "0"]);
    let keeps = keeps.as_array().unwrap();
    for e in other_history.as_array().unwrap() {
        // All but the entry that created OTHER, which stays with it.
        let moved = keeps.iter().any(|x| x["id"] == e["id"]);
        assert_eq!(moved, e["action"] != "create", "{e}");
    }
    let entry = keeps
        .iter()
        .find(|e| e["action"] == "merge")
        .expect("a merge entry");
    assert_eq!(entry["new"], other["uid"]);
    assert!(entry["field"].as_str().unwrap().contains("okpo"), "{entry}");

    // OTHER is archived with a pointer; its login and uid lead to KEEP,
    // its id still shows it.
    let gone = env.card(&o.to_string());
    assert_eq!(gone["archived"], true);
    assert_eq!(gone["merged_into"], k);
    let gone_entries = env.json(&["history", &o.to_string(), "--limit", "0"]);
    let actions: Vec<&str> = gone_entries
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, ["merged", "create"], "newest first");
    for r in [
        other["login"].as_str().unwrap(),
        other["uid"].as_str().unwrap(),
    ] {
        assert_eq!(env.card(r)["id"], k, "REF {r}");
    }
    assert_eq!(env.card(&format!("inn:{INN}"))["id"], k);
    assert!(keep.get("merged_into").is_none());
    env.consistent();
}

#[test]
fn prefer_other_lets_others_values_win() {
    let env = Env::new();
    let (keep, other) = pair(&env);
    let merged = env.json(&[
        "subscriber",
        "merge",
        &keep["id"].to_string(),
        &other["id"].to_string(),
        "--prefer",
        "other",
        "--force",
    ]);
    assert_eq!(merged["name"], "ООО «Ромашка»");
    // The KPP only KEEP has stays.
    assert_eq!(merged["kpp"], "771801001");
}

#[test]
fn refusals_change_nothing() {
    let env = Env::new();
    let (keep, other) = pair(&env);
    let (k, o) = (keep["id"].to_string(), other["id"].to_string());
    let before = env.snapshot();
    // No terminal: --force is needed, and --yes is not it.
    for extra in [&[][..], &["--yes"][..]] {
        let (code, out, err) = env.run(&[&["subscriber", "merge", &k, &o], extra].concat());
        assert_eq!(code, 5, "{err}");
        assert!(out.is_empty(), "{out}");
        assert!(err.contains("--force"), "{err}");
        assert_eq!(err.lines().count(), 1, "{err}");
    }
    let (code, _, err) = env.run(&["subscriber", "merge", &k, &k, "--force"]);
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("same card"), "{err}");
    assert!(env.snapshot() == before, "a refused merge wrote");
    env.cmd()
        .args(["subscriber", "archive", &k])
        .assert()
        .success();
    let (code, _, err) = env.run(&["subscriber", "merge", &k, &o, "--force"]);
    assert_eq!(code, 5, "{err}");
    assert!(err.contains("restore"), "{err}");
    env.cmd()
        .args(["subscriber", "restore", &k])
        .assert()
        .success();
    env.cmd()
        .args(["subscriber", "merge", &k, &o, "--force", "-q"])
        .assert()
        .success();
    let third = legal(&env, "Третья", &["--inn", "7707083893"])["id"].to_string();
    let (code, _, err) = env.run(&["subscriber", "merge", &third, &o, "--force"]);
    assert_eq!(code, 5, "{err}");
    assert!(err.contains("already merged"), "{err}");
}

#[test]
fn the_import_matches_a_merged_counterparty_to_keep_and_leaves_keep_alone() {
    let env = Env::new();
    let file = env.generated_export(3);
    env.import_quietly(&file);
    let (code, _, err) = env.run(&["subscriber", "merge", "1", "2", "--force", "-q"]);
    assert_eq!(code, 0, "{err}");
    let keep = env.card("1");
    let cards = env.count("cards");
    let (code, out, err) = env.run(&["import-1c", file.to_str().unwrap(), "--json"]);
    assert_eq!(code, 0, "{err}");
    let summary: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(summary["skipped"], 1, "{summary}");
    assert_eq!(summary["created"], 0, "{summary}");
    assert!(err.contains("merged into card 1"), "{err}");
    assert_eq!(env.count("cards"), cards, "no card made again");
    // KEEP follows its own row (the merge's additions are edits, which
    // the next import of KEEP's row may undo), never OTHER's.
    let after = env.card("1");
    assert_eq!(after["display_name"], keep["display_name"]);
    assert_eq!(after["inn"], keep["inn"]);
    assert_eq!(env.card("2")["archived"], true);
}
