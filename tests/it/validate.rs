//! `abonent validate KIND VALUE…` against every vector of
//! /work/shared/reference/requisites.md, run through the real binary.

use crate::common::*;
use serde_json::Value;

/// Runs `validate KIND VALUES… EXTRA… --format json`; returns the exit code
/// and the parsed list of results.
fn validate(env: &Env, kind: &str, values: &[&str], extra: &[&str]) -> (i32, Vec<Value>) {
    let out = env
        .cmd()
        .args(["validate", kind])
        .args(values)
        .args(extra)
        .args(["--format", "json"])
        .output()
        .expect("run");
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    let parsed: Value = serde_json::from_str(&text).unwrap_or_else(|e| {
        panic!(
            "not JSON ({e}): {text}\nstderr: {}",
            String::from_utf8_lossy(&out.stderr)
        )
    });
    let list = parsed
        .as_array()
        .unwrap_or_else(|| panic!("not a list: {parsed}"))
        .clone();
    (out.status.code().unwrap_or(-1), list)
}

/// Asserts one result object per value, in order, with the documented keys.
fn assert_results(kind: &str, values: &[&str], results: &[Value], valid: bool) {
    assert_eq!(results.len(), values.len(), "{kind}: {results:?}");
    for (v, r) in values.iter().zip(results) {
        assert_eq!(r["kind"], kind, "{kind} {v}: {r}");
        assert_eq!(r["value"], *v, "{kind} {v}: {r}");
        assert_eq!(r["valid"], valid, "{kind} {v} should be valid={valid}: {r}");
        if valid {
            assert!(r["error"].is_null(), "{kind} {v}: {r}");
        } else {
            let e = r["error"].as_str().unwrap_or_default();
            assert!(!e.trim().is_empty(), "{kind} {v}: no error text: {r}");
        }
    }
}

/// Every valid vector passes (exit 0), every invalid one fails (exit 3), and
/// a mixed run exits 3 with each value judged on its own.
fn check_vectors(kind: &str, extra: &[&str], valid: &[&str], invalid: &[&str]) {
    let env = Env::new();
    if !valid.is_empty() {
        let (code, results) = validate(&env, kind, valid, extra);
        assert_results(kind, valid, &results, true);
        assert_eq!(code, 0, "{kind}: all valid must exit 0");
    }
    if !invalid.is_empty() {
        let (code, results) = validate(&env, kind, invalid, extra);
        assert_results(kind, invalid, &results, false);
        assert_eq!(code, 3, "{kind}: any invalid must exit 3");
    }
    if !valid.is_empty() && !invalid.is_empty() {
        let mixed: Vec<&str> = valid.iter().chain(invalid).copied().collect();
        let (code, results) = validate(&env, kind, &mixed, extra);
        assert_results(kind, valid, &results[..valid.len()], true);
        assert_results(kind, invalid, &results[valid.len()..], false);
        assert_eq!(code, 3, "{kind}: a mixed run must exit 3");
    }
}

#[test]
fn inn_vectors() {
    check_vectors(
        "inn",
        &[],
        &[
            "7725088527",
            "7715034360",
            "1234567894",
            "7707083893",
            "773370857141",
            "344809916052",
            "123456789047",
            "005826107187",
        ],
        &[
            "7725088528",
            "7715034361",
            "1234567895",
            "773370857142",
            "344809916053",
            "123456789037",
        ],
    );
}

#[test]
fn ogrn_vectors() {
    check_vectors(
        "ogrn",
        &[],
        &[
            "1022200525819",
            "1022500001325",
            "1027739552642",
            "1027812400868",
            "1027700132195",
        ],
        &["1022500001328", "1027700280938"],
    );
}

#[test]
fn ogrnip_vectors() {
    // 385768585948949 has a remainder mod 13 of 10 or more: only its last
    // digit is the check digit.
    check_vectors(
        "ogrnip",
        &[],
        &["304500116000157", "307760324100018", "385768585948949"],
        &["304500116000154", "307760324100017", "385768585948948"],
    );
}

#[test]
fn kpp_vectors() {
    check_vectors(
        "kpp",
        &[],
        &["771401001", "0000AZ000", "773601001"],
        &["7714010O1", "7714010011"],
    );
}

#[test]
fn snils_vectors() {
    check_vectors(
        "snils",
        &[],
        &["11223344595", "01024236877", "14848125585", "08765430300"],
        &["01024236800", "14848125500", "12345678901"],
    );
}

#[test]
fn okpo_vectors() {
    // 60419873 needs the second pass; 0164667059 and 0193366363 are 10-digit (ИП).
    check_vectors(
        "okpo",
        &[],
        &[
            "00242766",
            "00040778",
            "47296611",
            "60419873",
            "0164667059",
            "0193366363",
        ],
        &["00242765"],
    );
}

#[test]
fn account_vectors_with_bik() {
    check_vectors(
        "account",
        &["--bik", "044030827"],
        &["40702810900000002851"],
        &["40702810000000002851"],
    );
    // An RKC (BIK positions 7–8 are 00) keys with 0 + BIK positions 5–6.
    check_vectors(
        "account",
        &["--bik", "044106001"],
        &["40701810000001002118"],
        &[],
    );
    check_vectors(
        "account",
        &["--bik", "044525593"],
        &["40702810801400016513"],
        // A valid account of another bank: the key is checked with the BIK.
        &["40702810900000002851"],
    );
}

#[test]
fn corr_account_vectors_with_bik() {
    check_vectors(
        "corr-account",
        &["--bik", "044030827"],
        &["30101810200000000827"],
        &["30101810300000000827"],
    );
    check_vectors(
        "corr-account",
        &["--bik", "044525225"],
        &["30101810400000000225"],
        &["30101810500000000225"],
    );
}

#[test]
fn values_are_read_from_stdin_when_none_are_given() {
    let env = Env::new();
    let out = env
        .cmd()
        .args(["validate", "inn", "--format", "json"])
        .write_stdin("7707083893\n7707083894\n")
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(3));
    let results: Vec<Value> = serde_json::from_slice(&out.stdout).expect("JSON list");
    assert_eq!(results.len(), 2, "{results:?}");
    assert_results("inn", &["7707083893"], &results[..1], true);
    assert_results("inn", &["7707083894"], &results[1..], false);

    // All valid from stdin: exit 0.
    env.cmd()
        .args(["validate", "inn", "--format", "json"])
        .write_stdin("7707083893\n773370857141\n")
        .assert()
        .code(0);
}

#[test]
fn accounts_without_bik_get_a_format_check_and_say_the_key_needs_it() {
    let env = Env::new();
    for (kind, good, bad) in [
        (
            "account",
            vec!["40817810099910004312", "40702810000000002851"],
            vec![
                "4234567890123456789",
                "423456789012345678901",
                "4234567890123456789*",
            ],
        ),
        (
            "corr-account",
            vec!["30101810400000000225", "30101810500000000225"],
            vec![
                "3010181020000000082",
                "3014567890123456789*",
                "12345678901234567890",
            ],
        ),
    ] {
        // A wrong key passes too: without the BIK only the shape is known.
        let (code, results) = validate(&env, kind, &good, &[]);
        assert_eq!(code, 0, "{kind}: {results:?}");
        assert_results(kind, &good, &results, true);
        for r in &results {
            let w = r["warnings"][0].as_str().unwrap_or_default();
            assert!(
                w.contains("needs the bank's bik") && w.contains("--bik"),
                "{r}"
            );
        }
        let (code, results) = validate(&env, kind, &bad, &[]);
        assert_eq!(code, 3, "{kind}: {results:?}");
        assert_results(kind, &bad, &results, false);
        // Text output says it in the result line too.
        let (code, stdout, _) = env.run(&["validate", kind, good[0]]);
        assert_eq!(code, 0);
        assert!(stdout.contains("needs the bank's bik"), "{stdout}");
    }
    let (_, results) = validate(&env, "corr-account", &["12345678901234567890"], &[]);
    assert!(
        results[0]["error"]
            .as_str()
            .unwrap_or_default()
            .contains("must start with 301"),
        "{results:?}"
    );
}

#[test]
fn corr_account_of_another_bank_is_refused() {
    // The key agrees (it uses BIK positions 5-6, the same 25 in both BIKs);
    // the last three digits do not.
    check_vectors(
        "corr-account",
        &["--bik", "044525221"],
        &[],
        &["30101810400000000225"],
    );
    let env = Env::new();
    let (_, results) = validate(
        &env,
        "corr-account",
        &["30101810400000000225"],
        &["--bik", "044525221"],
    );
    let e = results[0]["error"].as_str().unwrap_or_default();
    assert!(e.contains("last three digits 221, got 225"), "{e}");
    check_vectors(
        "corr-account",
        &["--bik", "044525411"],
        &["30101810145250000411"],
        &["30101810145250000659"],
    );
}

#[test]
fn bik_outside_04_is_valid_with_a_warning() {
    let env = Env::new();
    let (code, results) = validate(&env, "bik", &["024501901", "044525225"], &[]);
    assert_eq!(code, 0, "{results:?}");
    assert_results("bik", &["024501901", "044525225"], &results, true);
    let w = results[0]["warnings"][0].as_str().unwrap_or_default();
    assert!(w.contains("does not start with 04"), "{w}");
    assert_eq!(results[1]["warnings"], serde_json::json!([]));
    // Positions 7-9 003-049 are never assigned: an error, not a warning.
    check_vectors(
        "bik",
        &[],
        &["044525000", "044525050"],
        &["044525048", "04452522"],
    );
    // An account checked with such a BIK carries the BIK's warning.
    let (_, results) = validate(
        &env,
        "account",
        &["40702810900000002851"],
        &["--bik", "984030827"],
    );
    let w = results[0]["warnings"][0].as_str().unwrap_or_default();
    assert!(
        w.starts_with("bik 984030827 does not start with 04"),
        "{results:?}"
    );
}

#[test]
fn okpo_with_lost_leading_zeros_is_padded_when_the_check_digit_agrees() {
    let env = Env::new();
    let short = ["242766", "40778", "164667059", "194265277"];
    let (code, results) = validate(&env, "okpo", &short, &[]);
    assert_eq!(code, 0, "{results:?}");
    assert_results("okpo", &short, &results, true);
    for (r, padded) in results
        .iter()
        .zip(["00242766", "00040778", "0164667059", "0194265277"])
    {
        assert_eq!(r["normalized"], padded, "{r}");
        let w = r["warnings"][0].as_str().unwrap_or_default();
        assert!(w.contains(&format!("padded to {padded}")), "{r}");
    }
    // Padding that fails the check digit, and 8 or 10 digits that fail it,
    // stay invalid.
    check_vectors(
        "okpo",
        &[],
        &[],
        &["242765", "194265278", "00242765", "016466705911111111"],
    );
}

#[test]
fn snils_with_spaces_only_is_accepted_and_normalised() {
    let env = Env::new();
    let (code, results) = validate(&env, "snils", &["342 932 447 76", "586-595-917 80"], &[]);
    assert_eq!(code, 0, "{results:?}");
    assert_eq!(results[0]["normalized"], "34293244776");
    assert_eq!(results[1]["normalized"], "58659591780");
    check_vectors(
        "snils",
        &[],
        &["34293244776"],
        &[
            "586 595-917 80",
            "586-595 917 80",
            "586-595-917-80",
            "342 932 447 77",
        ],
    );
}

#[test]
fn invalid_inn_names_the_expected_digit() {
    let env = Env::new();
    let (code, results) = validate(&env, "inn", &["7707083894"], &[]);
    assert_eq!(code, 3);
    let e = results[0]["error"].as_str().expect("error text");
    assert!(e.contains("expected last digit 3"), "{e}");
}

#[test]
fn table_into_a_pipe_is_tab_separated() {
    let env = Env::new();
    let (code, stdout, _) = env.run(&["validate", "inn", "7707083893", "7707083894"]);
    assert_eq!(code, 3);
    assert!(stdout.contains('\t'), "{stdout:?}");
    for box_char in ['│', '─', '┌', '┐', '└', '┘', '├', '┤', '┼', '╞', '═'] {
        assert!(
            !stdout.contains(box_char),
            "box drawing {box_char}: {stdout}"
        );
    }
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 2, "one line per value, no header: {stdout}");
    let first: Vec<&str> = lines[0].split('\t').collect();
    assert_eq!(first[..3], ["inn", "7707083893", "true"], "{stdout}");
    let second: Vec<&str> = lines[1].split('\t').collect();
    assert_eq!(second[..3], ["inn", "7707083894", "false"], "{stdout}");
    assert!(second[3].contains("expected last digit 3"), "{stdout}");
}

#[test]
fn phones_of_the_whole_numbering_plan_with_extensions_and_several_per_value() {
    let env = Env::new();
    let (code, rows) = validate(
        &env,
        "phone",
        &[
            "+7 (812) 309-09-09",
            "8-800-555-35-35",
            "8 (843) 123–45−67",
            "+7 846 231-60-14 доб. 139",
            "+7 (495) 123-45-67, доб. 12; 8-916-123-45-67",
        ],
        &[],
    );
    assert_eq!(code, 0, "{rows:?}");
    let normalized: Vec<&str> = rows
        .iter()
        .map(|r| r["normalized"].as_str().unwrap())
        .collect();
    assert_eq!(
        normalized,
        [
            "+78123090909",
            "+78005553535",
            "+78431234567",
            "+78462316014 доб. 139",
            "+74951234567 доб. 12, +79161234567"
        ]
    );
    assert_eq!(
        rows[4]["contacts"],
        serde_json::json!([
            {"value": "+74951234567", "extension": "12"},
            {"value": "+79161234567", "extension": null}
        ])
    );
    // An 8 typed twice, a code outside the plan, garbage in a list.
    let (code, rows) = validate(
        &env,
        "phone",
        &["888121234567", "+7 (212) 123-45-67", "8 912 345-67-89, 121"],
        &[],
    );
    assert_eq!(code, 3);
    assert!(rows.iter().all(|r| r["valid"] == false), "{rows:?}");
    assert!(
        rows[2]["error"].as_str().unwrap().starts_with("`121`: "),
        "{rows:?}"
    );
}

#[test]
fn emails_several_per_value_and_international_domains() {
    let env = Env::new();
    let (code, rows) = validate(&env, "email", &["info@пример.рф", "a@x.ru; b@y.ru"], &[]);
    assert_eq!(code, 0, "{rows:?}");
    assert_eq!(rows[0]["normalized"], "info@пример.рф");
    assert_eq!(
        rows[1]["contacts"],
        serde_json::json!([{"value": "a@x.ru"}, {"value": "b@y.ru"}])
    );
    let (code, rows) = validate(
        &env,
        "email",
        &[".a@x.ru", "a..b@x.ru", "a@-x.ru", "Joe <a@x.ru>"],
        &[],
    );
    assert_eq!(code, 3);
    assert!(rows.iter().all(|r| r["valid"] == false), "{rows:?}");
}
