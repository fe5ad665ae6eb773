//! Everyday use (issue 15): Russian words for typed values, the actor in
//! the history, phone search by any writing, list columns that never
//! shift, export as a full backup, and notes that stay out of pipes.

use crate::common::*;
use serde_json::Value;

fn logins(v: &Value) -> Vec<String> {
    v.as_array()
        .expect("a list")
        .iter()
        .map(|c| c["login"].as_str().unwrap_or_default().to_string())
        .collect()
}

#[test]
fn russian_words_for_type_and_delivery() {
    let env = Env::new();
    let card = env.json(&[
        "subscriber",
        "add",
        "--type",
        "физлицо",
        "--last-name",
        "Петрова",
        "--first-name",
        "Анна",
        "--delivery",
        "Почта",
        "--delivery-address",
        "Самара, ул. Ленина, 1",
    ]);
    assert_eq!(card["type"], "person", "{card}");
    assert_eq!(card["delivery"]["method"], "post", "{card}");
    let ip = env.json(&[
        "subscriber",
        "add",
        "--type",
        "ип",
        "--last-name",
        "ИВАНОВ",
        "--first-name",
        "Пётр",
        "--inn",
        "773370857141",
        "--delivery",
        "самовывоз",
    ]);
    assert_eq!(ip["type"], "ip", "{ip}");
    assert_eq!(ip["delivery"]["method"], "pickup", "{ip}");
    let list = env.json(&["subscriber", "list", "--type", "юрлицо"]);
    assert_eq!(list, serde_json::json!([]));
    // A word that is none of them is still refused, naming the field.
    let (code, _, err) = env.run(&[
        "subscriber",
        "edit",
        "u000001",
        "--delivery",
        "голубиная почта",
    ]);
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("delivery"), "{err}");
}

#[test]
fn the_history_names_user_logname_or_the_uid() {
    let env = Env::new();
    let actor = |vars: &[(&str, &str)], name: &str| {
        let mut cmd = env.cmd();
        cmd.env_remove("ABONENT_ACTOR");
        for (k, v) in vars {
            cmd.env(k, v);
        }
        cmd.args(["subscriber", "add", "--type", "person", "--last-name", name])
            .args(["--first-name", "Анна", "--json"])
            .assert()
            .success();
        let h = env.json(&["history", "--limit", "1"]);
        h[0]["actor"].as_str().unwrap_or_default().to_string()
    };
    assert_eq!(actor(&[("USER", "olga")], "Первая"), "olga");
    assert_eq!(actor(&[("LOGNAME", "ivan")], "Вторая"), "ivan");
    // Neither (cron): the uid's login name, never `unknown`.
    let me = std::process::Command::new("id")
        .arg("-un")
        .output()
        .unwrap();
    let me = String::from_utf8_lossy(&me.stdout).trim().to_string();
    let got = actor(&[], "Третья");
    assert_ne!(got, "unknown");
    if !me.is_empty() {
        assert_eq!(got, me);
    }
}

#[test]
fn a_phone_is_found_by_any_writing() {
    let env = Env::new();
    env.json(&[
        "subscriber",
        "add",
        "--type",
        "person",
        "--last-name",
        "Петрова",
        "--first-name",
        "Анна",
        "--phone",
        "+7 912 000-11-22",
    ]);
    env.json(&[
        "subscriber",
        "add",
        "--type",
        "person",
        "--last-name",
        "Сидорова",
        "--first-name",
        "Анна",
        "--phone",
        "+7 912 999-11-22",
    ]);
    for q in [
        "89120001122",
        "912 000-11-22",
        "+7 (912) 000-11-22",
        "79120001122",
    ] {
        let found = env.json(&["subscriber", "list", "--search", q]);
        assert_eq!(logins(&found), ["u000001"], "{q}");
    }
}

#[test]
fn list_columns_do_not_change_with_a_flag() {
    let env = Env::new();
    env.json(SBER);
    env.json(&[
        "subscriber",
        "add",
        "--type",
        "person",
        "--last-name",
        "Петрова",
        "--first-name",
        "Анна",
    ]);
    env.json(&["subscriber", "archive", "u000002"]);
    let columns = |flag: Option<&str>| {
        let mut args = vec!["subscriber", "list"];
        args.extend(flag);
        let (code, out, err) = env.run(&args);
        assert_eq!(code, 0, "{err}");
        out.lines()
            .map(|l| l.split('\t').count())
            .collect::<Vec<_>>()
    };
    assert_eq!(columns(None), [7]);
    assert_eq!(columns(Some("--archived")), [7]);
    assert_eq!(columns(Some("--all")), [7, 7]);
    // cut -f2 is the login in every run.
    let (_, out, _) = env.run(&["subscriber", "list", "--all"]);
    let second: Vec<&str> = out.lines().filter_map(|l| l.split('\t').nth(1)).collect();
    assert_eq!(second, ["u000001", "u000002"]);
}

#[test]
fn export_is_a_full_backup_by_default() {
    let env = Env::new();
    env.json(SBER);
    let (code, out, err) = env.run(&["subscriber", "export"]);
    assert_eq!(code, 0, "{err}");
    let line: Value = serde_json::from_str(out.trim()).expect("one JSON line");
    let full = env.json(&["subscriber", "show", "u000001"]);
    assert_eq!(line, full, "export writes every field of the card");
    let (_, help, _) = env.run(&["subscriber", "export", "--help"]);
    assert!(
        help.contains("--raw") && help.contains("apostrophe"),
        "{help}"
    );
}

#[test]
fn writes_in_a_pipe_print_no_notes() {
    let env = Env::new();
    // stderr is no terminal here, as in cron: nothing at all.
    let (code, out, err) = env.run(&["group", "add", "vip"]);
    assert_eq!((code, out.as_str(), err.as_str()), (0, "", ""));
    let (code, _, err) = env.run(&["settings", "set", "notify.days", "10"]);
    assert_eq!((code, err.as_str()), (0, ""));
    // --verbose asks for them.
    let (_, _, err) = env.run(&["-v", "settings", "set", "notify.days", "12"]);
    assert!(err.contains("notify.days = 12"), "{err}");
    // --json prints what was made, and no note.
    let (code, out, err) = env.run(&["group", "add", "b2b", "--json"]);
    assert_eq!((code, err.as_str()), (0, ""));
    let made: Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(made["name"], "b2b", "{made}");
    let (code, out, err) = env.run(&["settings", "set", "notify.days", "14", "--json"]);
    assert_eq!((code, err.as_str()), (0, ""));
    let view: Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(
        (view["key"].as_str(), view["value"].as_str()),
        (Some("notify.days"), Some("14"))
    );
    // Errors still show.
    let (code, _, err) = env.run(&[
        "subscriber",
        "add",
        "--type",
        "person",
        "--last-name",
        "X",
        "--first-name",
        "Y",
        "--interactive",
    ]);
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("--interactive needs a terminal"), "{err}");
}
