//! The interface's language (issue 15): chosen by `--lang`, then
//! ABONENT_LANG, LC_ALL, LC_MESSAGES, LANG; what scripts read (exit codes,
//! JSON keys, the error's `kind` and `field`) the same in both.

use crate::common::*;

fn pending_without_force(env: &Env, vars: &[(&str, &str)], args: &[&str]) -> (i32, String) {
    let mut c = env.cmd();
    for (k, v) in vars {
        c.env(k, v);
    }
    let out = c
        .args(["subscriber", "send-credentials", "--pending"])
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).to_string(),
    )
}

#[test]
fn a_russian_locale_gets_russian_messages_and_the_flag_wins() {
    let env = Env::new();
    let (code, err) = pending_without_force(&env, &[("LANG", "ru_RU.UTF-8")], &[]);
    assert_eq!(code, 5, "{err}");
    assert!(err.contains("повторите с --force"), "{err}");
    let (_, err) = pending_without_force(&env, &[("LANG", "ru_RU.UTF-8")], &["--lang", "en"]);
    assert!(err.contains("repeat with --force"), "{err}");
    let (_, err) = pending_without_force(&env, &[("LANG", "ru_RU.UTF-8"), ("LC_ALL", "C")], &[]);
    assert!(err.contains("repeat with --force"), "{err}");
    let (_, err) = pending_without_force(&env, &[("LC_ALL", "C"), ("ABONENT_LANG", "ru")], &[]);
    assert!(err.contains("повторите"), "{err}");
    let (_, err) = pending_without_force(&env, &[], &[]);
    assert!(err.contains("repeat with --force"), "{err}");
}

/// The error JSON carries the message in the chosen language and the same
/// `code`, `kind` and `field` in both.
#[test]
fn the_error_json_keeps_kind_and_field_in_every_language() {
    let env = Env::new();
    let json = |lang: &str| {
        let (code, err) = pending_without_force(&env, &[], &["--lang", lang, "--json"]);
        let line = err.lines().last().unwrap_or_default().to_string();
        let v: serde_json::Value =
            serde_json::from_str(&line).unwrap_or_else(|e| panic!("{e}: {err}"));
        (code, v)
    };
    let ((en_code, en), (ru_code, ru)) = (json("en"), json("ru"));
    assert_eq!(en_code, ru_code);
    for key in ["code", "kind", "field"] {
        assert_eq!(en["error"][key], ru["error"][key], "{en} {ru}");
    }
    assert_ne!(en["error"]["message"], ru["error"]["message"]);
    assert!(
        !ru["error"]["message"]
            .as_str()
            .unwrap()
            .contains('\u{2068}'),
        "{ru}"
    );
}

/// The last stderr line of `args` with `--json` in `lang`, as JSON, and the
/// exit code.
fn error_json(
    env: &Env,
    vars: &[(&str, &str)],
    args: &[&str],
    lang: &str,
) -> (i32, serde_json::Value) {
    let mut c = env.cmd();
    for (k, v) in vars {
        c.env(k, v);
    }
    let out = c
        .args(args)
        .args(["--lang", lang, "--json"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr).to_string();
    let line = err.lines().last().unwrap_or_default().to_string();
    let v = serde_json::from_str(&line).unwrap_or_else(|e| panic!("{e}: {err}"));
    (out.status.code().unwrap_or(-1), v)
}

/// A database path that is a folder is refused in Russian with `--lang
/// ru`: the same exit 3, kind and field as in English.
#[test]
fn a_folder_as_the_database_is_refused_in_russian() {
    let env = Env::new();
    let folder = env.dir.path().join("not-a-file");
    std::fs::create_dir(&folder).unwrap();
    let vars = [("ABONENT_DB", folder.to_str().unwrap())];
    let (en_code, en) = error_json(&env, &vars, &["subscriber", "list"], "en");
    let (ru_code, ru) = error_json(&env, &vars, &["subscriber", "list"], "ru");
    assert_eq!((en_code, ru_code), (3, 3), "{en} {ru}");
    for key in ["code", "kind", "field"] {
        assert_eq!(en["error"][key], ru["error"][key], "{en} {ru}");
    }
    assert_eq!(ru["error"]["field"], "database", "{ru}");
    let en = en["error"]["message"].as_str().unwrap();
    let ru = ru["error"]["message"].as_str().unwrap();
    assert!(en.contains("is not a regular file"), "{en}");
    assert!(
        ru.contains("это не обычный файл") && ru.contains("--db"),
        "{ru}"
    );
}

/// DaData that cannot be reached: the Russian reason names the URL and
/// the setting to check; exit 6, kind `lookup`, field `dadata` in both.
#[test]
fn an_unreachable_dadata_is_reported_in_russian() {
    let env = Env::new();
    env.set("dadata.enabled", "true");
    env.set("dadata.url", "http://127.0.0.1:1/suggestions/api/4_1/rs");
    let vars = [("ABONENT_DADATA_TOKEN", "test-key")];
    let args = ["lookup-inn", "7707083893"];
    let (en_code, en) = error_json(&env, &vars, &args, "en");
    let (ru_code, ru) = error_json(&env, &vars, &args, "ru");
    assert_eq!((en_code, ru_code), (6, 6), "{en} {ru}");
    for key in ["code", "kind", "field"] {
        assert_eq!(en["error"][key], ru["error"][key], "{en} {ru}");
    }
    assert_eq!(ru["error"]["field"], "dadata", "{ru}");
    let ru = ru["error"]["message"].as_str().unwrap();
    assert!(
        ru.starts_with("не удаётся подключиться к http://127.0.0.1:1/")
            && ru.contains("настройку dadata.url"),
        "{ru}"
    );
    assert!(!ru.contains("test-key"), "{ru}");
}
/// The command line's own refusals speak Russian with `--lang ru`; the
/// error's `kind`, `field` and exit code stay what scripts read.
#[test]
fn the_command_lines_own_errors_speak_russian() {
    let env = Env::new();
    let run = |lang: &str, args: &[&str]| {
        let out = env
            .cmd()
            .args(["--lang", lang, "--json"])
            .args(args)
            .write_stdin("")
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr).to_string();
        let line = err.lines().last().unwrap_or_default().to_string();
        let v: serde_json::Value =
            serde_json::from_str(&line).unwrap_or_else(|e| panic!("{e}: {err}"));
        (out.status.code(), v)
    };
    let verify = ["subscriber", "verify-password", "nobody"];
    let ((en_code, en), (ru_code, ru)) = (run("en", &verify), run("ru", &verify));
    assert_eq!((en_code, ru_code), (Some(3), Some(3)), "{en} {ru}");
    assert_eq!(ru["error"]["field"], "password", "{ru}");
    assert_eq!(en["error"]["kind"], ru["error"]["kind"]);
    assert!(
        en["error"]["message"]
            .as_str()
            .unwrap()
            .starts_with("nothing on stdin"),
        "{en}"
    );
    assert!(
        ru["error"]["message"]
            .as_str()
            .unwrap()
            .starts_with("на stdin ничего нет"),
        "{ru}"
    );

    let bad_map = ["import-1c", "-", "--map", "Телефон"];
    let (code, ru) = run("ru", &bad_map);
    assert_eq!(code, Some(3), "{ru}");
    assert_eq!(ru["error"]["field"], "map", "{ru}");
    assert_eq!(
        ru["error"]["message"], "`Телефон`: пишите HEADER=FIELD, например \"Доп. телефон=phone\"",
        "{ru}"
    );
}

/// A requisite's check speaks Russian with `--lang ru`; the error's `kind`
/// and `field` in the JSON stay those of English.
#[test]
fn a_bad_inn_is_refused_in_russian_with_the_same_field() {
    let env = Env::new();
    let add = |lang: &str| {
        let (code, _, err) = env.run(&[
            "--lang",
            lang,
            "--json",
            "subscriber",
            "add",
            "--type",
            "legal",
            "--name",
            "Ромашка",
            "--inn",
            "770708389",
        ]);
        let line = err.lines().last().unwrap_or_default().to_string();
        let v: serde_json::Value =
            serde_json::from_str(&line).unwrap_or_else(|e| panic!("{e}: {err}"));
        (code, v)
    };
    let ((en_code, en), (ru_code, ru)) = (add("en"), add("ru"));
    assert_eq!(en_code, 3, "{en}");
    assert_eq!(en_code, ru_code);
    assert_eq!(en["error"]["field"], "inn", "{en}");
    for key in ["code", "kind", "field"] {
        assert_eq!(en["error"][key], ru["error"][key], "{en} {ru}");
    }
    let ru_msg = ru["error"]["message"].as_str().unwrap_or_default();
    assert!(ru_msg.contains("нужно 10 цифр для юрлица"), "{ru}");
    let en_msg = en["error"]["message"].as_str().unwrap_or_default();
    assert!(
        en_msg.contains("must be 10 digits for a legal entity"),
        "{en}"
    );
}

/// A 1C file that is not a counterparty export is refused in Russian, and
/// a Russian count takes its plural form.
#[test]
fn a_1c_refusal_and_a_plural_speak_russian() {
    let env = Env::new();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("statement.txt");
    std::fs::write(&file, "1CClientBankExchange\nВерсияФормата=1.03\n").unwrap();
    let path = file.to_str().unwrap();
    let (code, _, err) = env.run(&["--lang", "ru", "import-1c", path]);
    assert_ne!(code, 0, "{err}");
    assert!(err.contains("это банковская выписка 1С"), "{err}");
    let (_, _, err) = env.run(&["--lang", "en", "import-1c", path]);
    assert!(err.contains("this is a 1C bank statement"), "{err}");

    let (code, _, err) = env.run(&["group", "add", "vip"]);
    assert_eq!(code, 0, "{err}");
    for i in 0..2 {
        let (code, _, err) = env.run(&[
            "subscriber",
            "add",
            "--type",
            "person",
            "--last-name",
            "Иванов",
            "--first-name",
            &format!("Иван{i}"),
            "--group",
            "vip",
        ]);
        assert_eq!(code, 0, "{err}");
    }
    let (code, _, err) = env.run(&["--lang", "ru", "group", "remove", "vip"]);
    assert_eq!(code, 5, "{err}");
    assert!(err.contains("в группе `vip` 2 абонента"), "{err}");
    let (_, _, err) = env.run(&["--lang", "en", "group", "remove", "vip"]);
    assert!(err.contains("`vip` has 2 subscribers"), "{err}");
}

/// clap's own refusals (an unknown flag, a missing argument, a bad number,
/// a bad choice) come from the catalogue: Russian with `--lang ru`, exit 2
/// in both languages, and the flag or value named in each.
#[test]
fn the_command_lines_refusals_speak_the_admins_language() {
    let env = Env::new();
    let cases: [(&[&str], &str, &str); 4] = [
        (
            &["subscriber", "list", "--bogus"],
            "неизвестный параметр '--bogus'",
            "unexpected argument '--bogus'",
        ),
        (
            &["subscriber", "show"],
            "не указаны обязательные аргументы: <REF>",
            "the following required arguments were not provided: <REF>",
        ),
        (
            &["subscriber", "list", "--limit", "x"],
            "недопустимое значение 'x' для '--limit <N>': это не целое число",
            "invalid value 'x' for '--limit <N>': not a whole number",
        ),
        (
            &["subscriber", "add", "--type", "foo"],
            "[допустимые значения: legal, ip, person]",
            "[possible values: legal, ip, person]",
        ),
    ];
    for (args, ru, en) in cases {
        let (code, _, err) = env.run(&[&["--lang", "ru"][..], args].concat());
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(err.contains(ru), "{args:?}: {err}");
        assert!(err.contains("Подробнее: '--help'."), "{err}");
        assert!(!err.contains("For more information"), "{err}");
        let (code, _, err) = env.run(&[&["--lang", "en"][..], args].concat());
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(err.contains(en), "{args:?}: {err}");
    }
}

/// `settings list` and `config` speak Russian with `--lang ru`: a setting's
/// description, a value's source and a file's state; the keys, `(not set)`
/// and the JSON stay what scripts read.
#[test]
fn settings_and_config_speak_russian_at_the_terminal_and_english_into_a_pipe() {
    let env = Env::new();
    let line = |out: &str, key: &str| {
        out.lines()
            .find(|l| l.starts_with(&format!("{key}\t")))
            .unwrap_or_else(|| panic!("no {key}: {out}"))
            .to_string()
    };
    // JSON: keys stable, the description in the admin's language (as an
    // error's message is).
    let v = env.json(&["--lang", "ru", "settings", "list"]);
    let country = v
        .as_array()
        .and_then(|a| a.iter().find(|s| s["key"] == "country"))
        .cloned()
        .unwrap_or_default();
    assert!(
        country["description"]
            .as_str()
            .is_some_and(|d| d.contains("двухбуквенный код страны")),
        "{country}"
    );
    // Into a pipe: the same lines on every server, whatever the language.
    let (code, out, err) = env.run(&["--lang", "ru", "settings", "list"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        line(&out, "country").contains("two-letter country code"),
        "{out}"
    );
    // `settings get` and `set` follow the same rule as the list: CSV reads
    // the same on every server, JSON speaks the admin's language.
    let (code, out, err) = env.run(&[
        "--lang", "ru", "settings", "get", "country", "--format", "csv",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("two-letter country code"), "{out}");
    let v = env.json(&["--lang", "ru", "settings", "get", "country"]);
    assert!(
        v["description"]
            .as_str()
            .is_some_and(|d| d.contains("двухбуквенный код страны")),
        "{v}"
    );
    let v = env.json(&["--lang", "ru", "settings", "set", "country", "RU"]);
    assert!(
        v["description"]
            .as_str()
            .is_some_and(|d| d.contains("двухбуквенный код страны")),
        "{v}"
    );
    let (code, out, err) = env.run(&["--lang", "ru", "config"]);
    assert_eq!(code, 0, "{err}");
    assert!(line(&out, "db").ends_with("\tenv ABONENT_DB"), "{out}");
    assert!(line(&out, "lang").ends_with("\tflag --lang"), "{out}");
    let (_, out, _) = env.run(&["--lang", "ru", "db", "check"]);
    assert!(line(&out, "check integrity").ends_with("\tok"), "{out}");

    let v = env.json(&["--lang", "ru", "config"]);
    assert_eq!(v["db"]["source"], "env ABONENT_DB", "{v}");
    assert_eq!(v["lang"]["source"], "flag --lang", "{v}");
    assert_eq!(v["files"][0]["state"], "absent", "{v}");
}
