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
