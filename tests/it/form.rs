//! `subscriber add|edit --interactive` through a pseudo-terminal (issue
//! 15): the form asks section by section in the chosen language, a bad
//! value is asked again with its reason, Ctrl-C leaves without writing, an
//! edit offers the current values, and a typed password is not echoed and
//! is asked twice.

use crate::common::*;
use rexpect::session::{spawn_command, PtySession};

fn form(env: &Env, args: &[&str]) -> PtySession {
    let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_abonent"));
    c.env_clear()
        .env("ABONENT_DB", env.target())
        .env("ABONENT_ACTOR", "tester")
        .env("HOME", env.dir.path())
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("TERM", "dumb")
        .args(args);
    spawn_command(c, Some(20_000)).expect("spawn in a pty")
}

/// `text` as rexpect sees the terminal's bytes: each byte one char (it
/// does not decode UTF-8).
fn raw(text: &str) -> String {
    text.bytes().map(char::from).collect()
}

/// Waits for `prompt`, then types `answer` and Enter.
fn answer(p: &mut PtySession, prompt: &str, answer: &str) {
    p.exp_string(&raw(prompt))
        .unwrap_or_else(|e| panic!("waiting for {prompt:?}: {e}"));
    p.send_line(answer).expect("type");
}

/// Waits for a yes/no question and presses one key.
fn key(p: &mut PtySession, prompt: &str, key: &str) {
    p.exp_string(&raw(prompt))
        .unwrap_or_else(|e| panic!("waiting for {prompt:?}: {e}"));
    p.send(key).expect("key");
    p.flush().expect("flush");
}

#[test]
fn the_form_asks_in_russian_and_asks_a_bad_inn_again() {
    let env = Env::new();
    let mut p = form(
        &env,
        &["--lang", "ru", "subscriber", "add", "--interactive"],
    );
    answer(&mut p, "Тип карточки", "");
    answer(&mut p, "Наименование (обязательно)", "ООО «Ромашка»");
    answer(&mut p, "Полное наименование", "");
    answer(&mut p, "Руководитель", "");
    answer(&mut p, "Должность руководителя", "");
    answer(
        &mut p,
        "ИНН (10 цифр для юрлица) (обязательно)",
        "7707083894",
    );
    p.exp_string(&raw("введите ещё раз"))
        .expect("the reason, asked again");
    answer(&mut p, "ИНН", "7707083893");
    answer(&mut p, "КПП", "773601001");
    for field in ["ОГРН", "ОКПО", "ОКВЭД", "ОКАТО", "ОКТМО"] {
        answer(&mut p, field, "");
    }
    for section in [
        "Логин и пароль",
        "Адреса",
        "Доставка счетов",
        "Группы и менеджер",
    ] {
        key(&mut p, &format!("Заполнить раздел «{section}»?"), "n");
    }
    answer(&mut p, "Электронная почта", "romashka@example.ru");
    answer(&mut p, "Телефон", "");
    key(&mut p, "Заполнить раздел «Банк»?", "n");
    key(&mut p, "Заполнить раздел «Комментарий»?", "n");
    p.exp_eof().expect("the form ends");
    let card = env.json(&["subscriber", "show", "inn:7707083893/773601001"]);
    assert_eq!(card["name"], "ООО «Ромашка»", "{card}");
    assert_eq!(card["emails"][0]["value"], "romashka@example.ru", "{card}");
}

#[test]
fn ctrl_c_leaves_the_form_without_writing() {
    let env = Env::new();
    let mut p = form(
        &env,
        &["subscriber", "add", "--type", "person", "--interactive"],
    );
    answer(&mut p, "Last name (required)", "Иванов");
    p.exp_string("First name").expect("next question");
    p.send_control('c').expect("ctrl-c");
    p.exp_eof().expect("the form ends");
    let cards = env.json(&["subscriber", "list"]);
    assert_eq!(cards.as_array().map(Vec::len), Some(0), "{cards}");
}

#[test]
fn an_edit_offers_the_current_values() {
    let env = Env::new();
    env.set("required.person", "");
    let card = env.json(&[
        "subscriber",
        "add",
        "--type",
        "person",
        "--last-name",
        "Петров",
        "--first-name",
        "Пётр",
    ]);
    let login = card["login"].as_str().unwrap().to_string();
    let mut p = form(&env, &["subscriber", "edit", &login, "--interactive"]);
    p.exp_string("Last name").expect("asked");
    p.exp_string(&raw("Петров"))
        .expect("the current value offered");
    p.send_line("").expect("keep it");
    answer(&mut p, "First name", "Павел");
    answer(&mut p, "Middle name", "");
    for section in [
        "Requisites",
        "Login and password",
        "Addresses",
        "Invoice delivery",
        "Groups and manager",
    ] {
        key(&mut p, &format!("Fill in «{section}»?"), "n");
    }
    answer(&mut p, "E-mail", "");
    answer(&mut p, "Phone", "");
    for section in ["Bank", "Identity document", "Comment"] {
        key(&mut p, &format!("Fill in «{section}»?"), "n");
    }
    p.exp_eof().expect("the form ends");
    let card = env.json(&["subscriber", "show", &login]);
    assert_eq!(card["last_name"], "Петров", "{card}");
    assert_eq!(card["first_name"], "Павел", "{card}");
}

/// `--yes --password-stdin` at a terminal: the password is not echoed,
/// is asked twice, and verifies.
#[test]
fn a_typed_password_is_not_echoed_and_is_asked_twice() {
    let env = Env::new();
    env.set("required.person", "");
    let mut p = form(
        &env,
        &[
            "--yes",
            "subscriber",
            "add",
            "--type",
            "person",
            "--last-name",
            "Сидоров",
            "--password-stdin",
            "--json",
        ],
    );
    answer(&mut p, "Password", "Secret-4711-x");
    answer(&mut p, "Password again", "Secret-4711-x");
    let rest = p.exp_eof().expect("added");
    assert!(!rest.contains("Secret-4711-x"), "echoed: {rest}");
    assert!(!rest.contains(&raw("Secret-4711-x")), "echoed: {rest}");
    let ok = env
        .cmd()
        .args(["subscriber", "verify-password", "u000001"])
        .write_stdin("Secret-4711-x\n")
        .output()
        .unwrap();
    assert!(ok.status.success(), "{ok:?}");
}

/// A login another card holds passes every check of the typed value and
/// is refused only at save: the form says so and asks the login again,
/// keeping every other answer, instead of leaving with exit 5.
#[test]
fn a_login_taken_at_save_is_asked_again() {
    let env = Env::new();
    env.set("required.person", "last_name");
    env.json(&[
        "subscriber",
        "add",
        "--type",
        "person",
        "--last-name",
        "Первый",
        "--login",
        "taken01",
    ]);
    let mut p = form(
        &env,
        &["subscriber", "add", "--type", "person", "--interactive"],
    );
    answer(&mut p, "Last name (required)", "Второй");
    answer(&mut p, "First name", "");
    answer(&mut p, "Middle name", "");
    key(&mut p, "Fill in «Requisites»?", "n");
    key(&mut p, "Fill in «Login and password»?", "y");
    answer(&mut p, "Login", "taken01");
    p.exp_string("Password").expect("the password question");
    p.send_line("").expect("generate one");
    for section in ["Addresses", "Invoice delivery", "Groups and manager"] {
        key(&mut p, &format!("Fill in «{section}»?"), "n");
    }
    answer(&mut p, "E-mail", "");
    answer(&mut p, "Phone", "");
    for section in ["Bank", "Identity document", "Comment"] {
        key(&mut p, &format!("Fill in «{section}»?"), "n");
    }
    p.exp_string("taken01")
        .expect("the refusal names the login");
    p.exp_string("type it again").expect("asked again");
    answer(&mut p, "Login", "free01");
    p.exp_eof().expect("the form ends");
    let card = env.json(&["subscriber", "show", "free01"]);
    assert_eq!(card["last_name"], "Второй", "{card}");
    let cards = env.json(&["subscriber", "list"]);
    assert_eq!(cards.as_array().map(Vec::len), Some(2), "{cards}");
}

/// At a terminal, `config`, `db check` and `settings list` speak the
/// admin's language (into a pipe they are English: tests/it/lang.rs).
#[test]
fn tables_at_the_terminal_speak_russian() {
    let env = Env::new();
    assert_eq!(env.run(&["init"]).0, 0);
    let mut p = form(&env, &["--lang", "ru", "config"]);
    p.exp_string(&raw("переменная окружения"))
        .expect("config's sources in Russian");
    p.exp_string(&raw("системный файл"))
        .expect("its files' rows");
    let mut p = form(&env, &["--lang", "ru", "db", "check"]);
    p.exp_string(&raw("в порядке"))
        .expect("db check in Russian");
    let mut p = form(&env, &["--lang", "ru", "settings", "list"]);
    p.exp_string(&raw("двухбуквенный"))
        .expect("settings described in Russian");
}
