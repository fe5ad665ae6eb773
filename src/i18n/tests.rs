//! The catalogue's own checks: both languages hold the same messages with
//! the same variables, every file parses, every id the code asks for
//! exists and every message is asked for somewhere.

use super::*;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Message id → the variables its text uses, for one catalogue file.
fn messages(text: &str) -> BTreeMap<String, BTreeSet<String>> {
    let var = regex::Regex::new(r"\$([a-z_][a-z0-9_]*)").expect("regex");
    let start = regex::Regex::new(r"^([a-z][a-z0-9-]*) =").expect("regex");
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in text.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if let Some(c) = start.captures(line) {
            let id = &c[1];
            assert!(
                out.insert(id.to_string(), BTreeSet::new()).is_none(),
                "{id} is defined twice"
            );
            current = Some(id.to_string());
        }
        let id = current
            .as_ref()
            .unwrap_or_else(|| panic!("text before an id: {line}"));
        let vars = out.get_mut(id).expect("current id");
        vars.extend(var.captures_iter(line).map(|c| c[1].to_string()));
    }
    out
}

#[test]
fn every_file_parses_in_both_languages() {
    for (name, en, ru) in FILES {
        for (lang, text) in [("en", en), ("ru", ru)] {
            if let Err((_, errors)) = FluentResource::try_new(text.to_string()) {
                panic!("i18n/{lang}/{name}: {errors:?}");
            }
        }
    }
}

/// A message in one language and not the other, or with other variables,
/// fails here.
#[test]
fn both_languages_hold_the_same_messages_with_the_same_variables() {
    for (name, en, ru) in FILES {
        let (en, ru) = (messages(en), messages(ru));
        let only_en: Vec<_> = en.keys().filter(|k| !ru.contains_key(*k)).collect();
        let only_ru: Vec<_> = ru.keys().filter(|k| !en.contains_key(*k)).collect();
        assert!(only_en.is_empty(), "{name}: only in English: {only_en:?}");
        assert!(only_ru.is_empty(), "{name}: only in Russian: {only_ru:?}");
        for (id, vars) in &en {
            assert_eq!(
                vars, &ru[id],
                "{name}: {id} uses other variables in Russian"
            );
        }
    }
}

/// Every `t!("id"…)` / `tr("id"…)` in the sources names a message, and
/// every message is named by one (no dead text to keep translated).
#[test]
fn the_code_and_the_catalogue_name_the_same_ids() {
    let call = regex::Regex::new(
        r#"\b(?:t!|t_in!|tr|tr_in)\(\s*(?:[a-zA-Z:.()]+,\s*)?"([a-z][a-z0-9-]*)""#,
    )
    .expect("regex");
    let keyed = regex::Regex::new(
        r#"\b(?:tr_keyed|has_keyed|tr_keyed_in)\(\s*(?:[a-zA-Z:]+,\s*)?"([a-z][a-z0-9-]*-)""#,
    )
    .expect("regex");
    let any_call =
        regex::Regex::new(r"\b(?:t!|t_in!|tr|tr_in|tr_keyed|tr_keyed_in)\(").expect("regex");
    let mut computed = Vec::new();
    let mut used = BTreeSet::new();
    let mut prefixes = BTreeSet::new();
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("read src") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs")
                && !path.parent().is_some_and(|p| p.ends_with("i18n"))
            {
                let text = std::fs::read_to_string(&path).expect("read");
                used.extend(call.captures_iter(&text).map(|c| c[1].to_string()));
                prefixes.extend(keyed.captures_iter(&text).map(|c| c[1].to_string()));
                let literal = call.find_iter(&text).count()
                    + keyed
                        .find_iter(&text)
                        .filter(|m| !m.as_str().starts_with("has_keyed"))
                        .count();
                if any_call.find_iter(&text).count() != literal {
                    computed.push(path.display().to_string());
                }
            }
        }
    }
    assert!(
        computed.is_empty(),
        "a message id that is not written out (only tr_keyed's key may vary): {computed:?}"
    );
    let defined: BTreeSet<String> = FILES
        .iter()
        .flat_map(|(_, en, _)| messages(en).into_keys())
        .collect();
    let missing: Vec<_> = used.difference(&defined).collect();
    assert!(
        missing.is_empty(),
        "asked for and not in the catalogue: {missing:?}"
    );
    let unused: Vec<_> = defined
        .difference(&used)
        .filter(|id| !prefixes.iter().any(|p| id.starts_with(p.as_str())))
        .collect();
    assert!(
        unused.is_empty(),
        "in the catalogue and asked for nowhere: {unused:?}"
    );
}

/// A Russian count of things (`$n`, `$count`, `$got`, `$listed`) followed
/// by a word needs a plural selector: «5 карточек», not «5 карточки». A
/// count after a colon («записей: 5») needs none.
#[test]
fn russian_counts_before_a_word_are_selected() {
    let bare = regex::Regex::new(r"\{ \$(?:n|count|got|listed|rows) \} [а-яё]").expect("regex");
    let mut found = Vec::new();
    for (name, _, ru) in FILES {
        for line in ru.lines() {
            let variant = line.trim_start().starts_with('[') || line.trim_start().starts_with("*[");
            if !variant && bare.is_match(line) {
                found.push(format!("{name}: {line}"));
            }
        }
    }
    assert!(
        found.is_empty(),
        "a count without its plural forms: {found:#?}"
    );
}

#[test]
fn russian_counts_take_their_plural_forms() {
    let n = |k: i64| {
        tr_in(
            Lang::Ru,
            "send-still-pending",
            &[("n", Arg::from(k)), ("logins", Arg::from("x"))],
        )
        .into_string()
    };
    assert_eq!(n(1), "1 карточка всё ещё ждёт отправки: x");
    assert_eq!(n(3), "3 карточки всё ещё ждут отправки: x");
    assert_eq!(n(5), "5 карточек всё ещё ждут отправки: x");
    assert_eq!(n(21), "21 карточка всё ещё ждёт отправки: x");
    let en = tr_in(
        Lang::En,
        "send-still-pending",
        &[("n", Arg::from(2)), ("logins", Arg::from("a, b"))],
    );
    assert_eq!(en.as_str(), "2 cards still pending: a, b");
}

/// Fluent puts U+2068/U+2069 around every value by default; a terminal, a
/// TSV line or a CSV cell must not get them.
#[test]
fn values_come_without_isolation_marks() {
    for lang in [Lang::En, Lang::Ru] {
        let m = tr_in(
            lang,
            "login-problem",
            &[("login", Arg::from("u000001")), ("problem", Arg::from("x"))],
        );
        assert_eq!(m.as_str(), "u000001: x");
    }
}

#[test]
fn the_language_comes_from_the_flag_then_the_environment() {
    let env = |pairs: &'static [(&'static str, &'static str)]| {
        move |k: &str| {
            pairs
                .iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| v.to_string())
        }
    };
    assert_eq!(Lang::from_env(env(&[])), Lang::En);
    assert_eq!(Lang::from_env(env(&[("LANG", "ru_RU.UTF-8")])), Lang::Ru);
    assert_eq!(
        Lang::from_env(env(&[("LANG", "ru_RU.UTF-8"), ("LC_ALL", "C")])),
        Lang::En
    );
    assert_eq!(
        Lang::from_env(env(&[("LC_ALL", "C"), ("ABONENT_LANG", "ru")])),
        Lang::Ru
    );
    // An empty variable is skipped, as a C library's setlocale does.
    assert_eq!(
        Lang::from_env(env(&[("LC_ALL", ""), ("LANG", "ru_RU")])),
        Lang::Ru
    );
    assert_eq!(
        Lang::from_args(&["abonent", "--lang", "ru", "x"]),
        Some(Lang::Ru)
    );
    assert_eq!(Lang::from_args(&["abonent", "--lang=en"]), Some(Lang::En));
    assert_eq!(Lang::from_args(&["abonent", "--", "--lang", "ru"]), None);
    assert_eq!(Lang::from_args(&["abonent", "show"]), None);
}

/// An id in two files would be dropped from the bundle (the first wins),
/// so one of the texts would never be shown.
#[test]
fn no_id_is_defined_in_two_files() {
    let mut seen: BTreeMap<String, &str> = BTreeMap::new();
    for (name, en, _) in FILES {
        for id in messages(en).into_keys() {
            if let Some(other) = seen.insert(id.clone(), name) {
                panic!("{id} is in both {other} and {name}");
            }
        }
    }
}
