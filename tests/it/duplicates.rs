//! `subscriber duplicates`: which active cards are grouped, for which
//! reasons, and which are not (branches of one INN, archived cards,
//! namesakes with another patronymic); the JSON, the rows of a table in a
//! pipe, `--by`, and a `--by` it does not know.

use crate::common::*;
use serde_json::Value;

const LEGAL: &str = "7718445200";
/// A company with branches: each card has its own KPP.
const BRANCHES: &str = "7810526130";

fn add(env: &Env, args: &[&str]) -> i64 {
    env.json(&[&["subscriber", "add"], args].concat())["id"]
        .as_i64()
        .expect("id")
}

fn person(env: &Env, last: &str, first: &str, more: &[&str]) -> i64 {
    env.add_person(last, first, more)["id"]
        .as_i64()
        .expect("id")
}

/// Each group as (its reasons as `by value`, its card ids).
fn groups(v: &Value) -> Vec<(Vec<String>, Vec<i64>)> {
    v.as_array()
        .unwrap_or_else(|| panic!("not an array: {v}"))
        .iter()
        .map(|g| {
            let reasons = g["reasons"]
                .as_array()
                .unwrap()
                .iter()
                .map(|r| {
                    format!(
                        "{} {}",
                        r["by"].as_str().unwrap(),
                        r["value"].as_str().unwrap()
                    )
                })
                .collect();
            let ids = g["cards"]
                .as_array()
                .unwrap()
                .iter()
                .map(|c| c["id"].as_i64().unwrap())
                .collect();
            (reasons, ids)
        })
        .collect()
}

#[test]
fn probable_duplicates_are_grouped_with_their_reasons() {
    let env = Env::new();
    let head = add(
        &env,
        &[
            "--type",
            "legal",
            "--name",
            "ООО «Ромашка»",
            "--inn",
            LEGAL,
            "--kpp",
            "771801001",
        ],
    );
    let again = add(
        &env,
        &[
            "--type",
            "legal",
            "--name",
            "ооо \"РОМАШКА\"",
            "--inn",
            LEGAL,
        ],
    );
    add(
        &env,
        &[
            "--type",
            "legal",
            "--name",
            "Север",
            "--inn",
            BRANCHES,
            "--kpp",
            "781001001",
        ],
    );
    add(
        &env,
        &[
            "--type",
            "legal",
            "--name",
            "Север, филиал",
            "--inn",
            BRANCHES,
            "--kpp",
            "540743001",
        ],
    );
    let ivan = person(
        &env,
        "Иванов",
        "Иван",
        &[
            "--email",
            "ivan@mail.test",
            "--doc-series",
            "4510",
            "--doc-number",
            "123456",
        ],
    );
    let swapped = person(&env, "Иван", "Иванов", &["--email", "IVAN@mail.test"]);
    let same_doc = person(
        &env,
        "Петров",
        "Пётр",
        &["--doc-series", "4510", "--doc-number", "123456"],
    );
    let namesake = person(&env, "Иванов", "Иван", &["--middle-name", "Петрович"]);
    let sidorov = person(&env, "Сидоров", "Сидор", &["--phone", "+79161234567"]);
    let kuz = person(&env, "Кузнецов", "Олег", &["--phone", "+7 916 123-45-67"]);
    let gone = person(&env, "Смирнов", "Ян", &["--phone", "+79161234567"]);
    env.cmd()
        .args(["subscriber", "archive", &gone.to_string()])
        .assert()
        .success();

    let all = groups(&env.json(&["subscriber", "duplicates"]));
    assert_eq!(
        all,
        vec![
            (
                vec![format!("inn {LEGAL}"), "name ооо ромашка".to_string()],
                vec![head, again]
            ),
            (
                vec!["passport 4510 123456".to_string()],
                vec![ivan, same_doc]
            ),
            (vec!["phone +79161234567".to_string()], vec![sidorov, kuz]),
            (
                vec![
                    "email ivan@mail.test".to_string(),
                    "name иван иванов".to_string()
                ],
                vec![ivan, swapped]
            ),
        ],
        "the branches, the namesake with a patronymic and the archived card are in no group"
    );
    let _ = namesake;

    let phones = groups(&env.json(&["subscriber", "duplicates", "--by", "phone"]));
    assert_eq!(
        phones,
        vec![(vec!["phone +79161234567".to_string()], vec![sidorov, kuz])]
    );

    // Into a pipe: one tab-separated row per card, with its group's number.
    let (code, out, err) = env.run(&["subscriber", "duplicates", "--by", "passport,inn"]);
    assert_eq!(code, 0, "{err}");
    let rows: Vec<Vec<&str>> = out.lines().map(|l| l.split('\t').collect()).collect();
    assert_eq!(rows.len(), 4, "{out}");
    assert_eq!(rows[0][0], "1");
    assert_eq!(rows[0][2], head.to_string());
    assert_eq!(rows[3][0], "2");
    assert_eq!(rows[3][2], same_doc.to_string());
    assert!(rows[3][1].starts_with("passport"), "{out}");
}

#[test]
fn an_unknown_comparison_is_refused_naming_the_choices() {
    let env = Env::new();
    let (code, out, err) = env.run(&["subscriber", "duplicates", "--by", "inn,snils"]);
    assert_eq!(code, 3, "{err}");
    assert!(out.is_empty(), "{out}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("snils") && err.contains("passport"), "{err}");
    let (code, out, err) = env.run(&["subscriber", "duplicates", "--json"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out.trim(), "[]");
}
