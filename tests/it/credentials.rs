//! Sending a subscriber their credentials (issue 14): `subscriber
//! send-credentials` and `subscriber add --send-credentials` by SMS
//! through the admin's program, and the printed memo. The password reaches
//! only the SMS or the memo; a failed send keeps the card's mark that its
//! credentials are pending.

use crate::common::*;
use std::path::{Path, PathBuf};

/// A person card with a landline and a mobile; returns its login.
fn person(env: &Env) -> String {
    env.set("required.person", "");
    let card = env.json(&[
        "subscriber",
        "add",
        "--type",
        "person",
        "--last-name",
        "Иванов",
        "--first-name",
        "Иван",
        "--phone",
        "+7 495 123-45-67",
        "--phone",
        "8 (912) 345-67-89",
        "--email",
        "ivanov@example.ru",
    ]);
    card["login"].as_str().unwrap().to_string()
}

/// An `sms.command` script that records its arguments and stdin in `dir`
/// and exits with `code`.
fn sms_script(env: &Env, code: i32) -> PathBuf {
    let dir = env.dir.path();
    let script = dir.join("send-sms.sh");
    std::fs::write(
        &script,
        format!(
            "#!/bin/sh\nprintf '%s\\n' \"$@\" > '{0}/sms-args'\ncat > '{0}/sms-text'\nexit {code}\n",
            dir.display()
        ),
    )
    .unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    script
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_default()
}

fn verifies(env: &Env, login: &str, password: &str) -> bool {
    env.cmd()
        .args(["subscriber", "verify-password", login])
        .write_stdin(format!("{password}\n"))
        .output()
        .unwrap()
        .status
        .success()
}

#[test]
fn send_credentials_by_sms_goes_to_the_cards_mobile_and_the_password_verifies() {
    let env = Env::new();
    let login = person(&env);
    let script = sms_script(&env, 0);
    env.set("sms.command", script.to_str().unwrap());
    // A reset: refused without --force when not at a terminal (--yes is not enough).
    let (code, _, err) = env.run(&[
        "subscriber",
        "send-credentials",
        &login,
        "--via",
        "sms",
        "--yes",
    ]);
    assert_eq!(code, 5, "{err}");
    assert!(err.contains("--force"), "{err}");
    assert!(read(&env.dir.path().join("sms-args")).is_empty());
    let (code, out, err) = env.run(&[
        "subscriber",
        "send-credentials",
        &login,
        "--via",
        "sms",
        "--force",
    ]);
    assert_eq!(code, 0, "{err}");
    let args = read(&env.dir.path().join("sms-args"));
    assert_eq!(args.trim(), "+79123456789", "the mobile, not the landline");
    let text = read(&env.dir.path().join("sms-text"));
    assert!(text.contains(&login), "{text}");
    let password = password_in(&text);
    assert!(verifies(&env, &login, &password), "{text}");
    // Nothing printed carries the password; the history says where it went, masked.
    assert!(
        !out.contains(&password) && !err.contains(&password),
        "{out}{err}"
    );
    let history = env.json(&["history", &login]).to_string();
    assert!(history.contains("credentials.sent"), "{history}");
    assert!(
        !history.contains(&password) && !history.contains("+79123456789"),
        "{history}"
    );
    // Delivered: nothing pending.
    let pending = env.json(&["subscriber", "list", "--credentials-pending"]);
    assert_eq!(pending.as_array().unwrap().len(), 0, "{pending}");
}

#[test]
fn a_failed_sms_is_exit_6_and_leaves_the_credentials_pending() {
    let env = Env::new();
    let login = person(&env);
    let script = sms_script(&env, 1);
    env.set("sms.command", script.to_str().unwrap());
    let (code, out, err) = env.run(&[
        "subscriber",
        "send-credentials",
        &login,
        "--via",
        "sms",
        "--force",
    ]);
    assert_eq!(code, 6, "{err}");
    assert!(err.contains("sms") && err.contains("pending"), "{err}");
    let password = password_in(&read(&env.dir.path().join("sms-text")));
    assert!(!out.contains(&password) && !err.contains(&password));
    // The new password is set (the old one no longer matters) and marked.
    assert!(verifies(&env, &login, &password));
    let pending = env.json(&["subscriber", "list", "--credentials-pending"]);
    let pending = pending.as_array().unwrap();
    assert_eq!(pending.len(), 1, "{pending:?}");
    assert_eq!(pending[0]["credentials_pending"], "sms");
}

#[test]
fn send_to_picks_only_one_of_the_cards_own_contacts() {
    let env = Env::new();
    let login = person(&env);
    let script = sms_script(&env, 0);
    env.set("sms.command", script.to_str().unwrap());
    let (code, _, err) = env.run(&[
        "subscriber",
        "send-credentials",
        &login,
        "--via",
        "sms",
        "--to",
        "+79990000000",
        "--force",
    ]);
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("+79123456789"), "{err}");
    // Refused before anything changed: nothing sent, nothing pending.
    assert!(read(&env.dir.path().join("sms-args")).is_empty());
    let history = env.json(&["history", &login]).to_string();
    assert!(!history.contains("password.reset"), "{history}");
}

#[test]
fn a_printed_memo_goes_to_a_new_private_file_and_verifies() {
    let env = Env::new();
    let login = person(&env);
    let memo = env.dir.path().join("memo.txt");
    let (code, out, err) = env.run(&[
        "subscriber",
        "send-credentials",
        &login,
        "--via",
        "print",
        "--output",
        memo.to_str().unwrap(),
        "--force",
    ]);
    assert_eq!(code, 0, "{err}");
    let text = read(&memo);
    assert!(text.contains(&login), "{text}");
    let password = password_in(&text);
    assert!(verifies(&env, &login, &password), "{text}");
    assert!(!out.contains(&password) && !err.contains(&password));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&memo).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
    // An existing file is never overwritten.
    let (code, _, err) = env.run(&[
        "subscriber",
        "send-credentials",
        &login,
        "--via",
        "print",
        "--output",
        memo.to_str().unwrap(),
        "--force",
    ]);
    assert_eq!(code, 3, "{err}");
    assert_eq!(read(&memo), text);
}

#[test]
fn add_with_send_credentials_prints_no_password() {
    let env = Env::new();
    env.set("required.person", "");
    let script = sms_script(&env, 0);
    env.set("sms.command", script.to_str().unwrap());
    let (code, out, err) = env.run(&[
        "subscriber",
        "add",
        "--type",
        "person",
        "--last-name",
        "Петров",
        "--phone",
        "+79161234567",
        "--send-credentials",
        "sms",
        "--json",
    ]);
    assert_eq!(code, 0, "{err}");
    let card: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert!(card.get("password").is_none(), "{card}");
    let password = password_in(&read(&env.dir.path().join("sms-text")));
    assert!(!out.contains(&password) && !err.contains(&password));
    assert!(verifies(&env, card["login"].as_str().unwrap(), &password));
    // A card with no mobile is refused before it is added.
    let (code, _, err) = env.run(&[
        "subscriber",
        "add",
        "--type",
        "person",
        "--last-name",
        "Сидоров",
        "--send-credentials",
        "sms",
    ]);
    assert_eq!(code, 3, "{err}");
    assert_eq!(
        env.json(&["subscriber", "list"]).as_array().unwrap().len(),
        1
    );
}

/// A template with an unknown variable is refused when it is set, and a
/// letter template file that fails is refused before the password is
/// replaced (a failure at render time would have reset the password and
/// sent nothing).
#[test]
fn a_broken_template_is_refused_before_any_password_changes() {
    let env = Env::new();
    let login = person(&env);
    let (code, _, err) = env.run(&[
        "settings",
        "set",
        "letter.credentials.sms",
        "Пароль: {{ pasword }}",
    ]);
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("letter.credentials.sms"), "{err}");
    let file = env.dir.path().join("letter.txt");
    std::fs::write(&file, "Здравствуйте, {{ nmae }}!").unwrap();
    env.set("letter.credentials.template", file.to_str().unwrap());
    env.set("smtp.url", "smtp://127.0.0.1:9");
    env.set("smtp.from", "billing@example.ru");
    let (code, _, err) = env.run(&[
        "subscriber",
        "send-credentials",
        &login,
        "--via",
        "email",
        "--force",
    ]);
    assert_eq!(code, 3, "{err}");
    let history = env.json(&["history", &login]).to_string();
    assert!(!history.contains("password.reset"), "{history}");
}

/// A letter template that is a FIFO is refused at once (it used to be
/// opened blocking: `letter preview` waited for a writer for ever).
#[test]
fn a_template_that_is_a_fifo_is_refused_without_waiting() {
    let env = Env::new();
    let login = person(&env);
    let fifo = env.dir.path().join("letter.fifo");
    let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
    // SAFETY: a valid C string; mkfifo has no other preconditions.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
    env.set("letter.credentials.template", fifo.to_str().unwrap());
    let out = env
        .cmd()
        .args(["letter", "preview", &login])
        .timeout(std::time::Duration::from_secs(20))
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(3), "{err}");
    assert!(err.contains("not a regular file"), "{err}");
}

/// An e-mail that cannot be sent (nothing listens on the port) is exit 6
/// naming the server, and the credentials stay pending.
#[test]
fn an_unreachable_mail_server_is_exit_6_and_the_credentials_stay_pending() {
    let env = Env::new();
    let login = person(&env);
    env.set("smtp.url", "smtp://127.0.0.1:9");
    env.set("smtp.from", "billing@example.ru");
    env.set("smtp.timeout", "2");
    let (code, out, err) = env.run(&[
        "subscriber",
        "send-credentials",
        &login,
        "--via",
        "email",
        "--force",
    ]);
    assert_eq!(code, 6, "{err}");
    assert!(
        err.contains("127.0.0.1") && err.contains("pending"),
        "{err}"
    );
    assert!(out.is_empty(), "{out}");
    let pending = env.json(&["subscriber", "list", "--credentials-pending"]);
    assert_eq!(pending[0]["credentials_pending"], "email", "{pending}");
}

/// `letter preview` renders a card's letter with a sample password and
/// changes nothing; an admin's template file shows through it.
#[test]
fn letter_preview_renders_the_cards_letter_with_a_sample_password() {
    let env = Env::new();
    let login = person(&env);
    env.set("cabinet.url", "https://lk.example.ru");
    let (code, out, err) = env.run(&["letter", "preview", &login]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.starts_with("Subject: Данные для входа в личный кабинет"),
        "{out}"
    );
    assert!(
        out.contains(&login) && out.contains("(пароль)") && out.contains("https://lk.example.ru"),
        "{out}"
    );
    let file = env.dir.path().join("letter.txt");
    std::fs::write(&file, "Добрый день, {{ display_name }}! Логин {{ login }}.").unwrap();
    env.set("letter.credentials.template", file.to_str().unwrap());
    let (code, out, _) = env.run(&["letter", "preview", &login]);
    assert_eq!(code, 0);
    assert!(out.contains("Добрый день, Иванов Иван! Логин"), "{out}");
    let history = env.json(&["history", &login]).to_string();
    assert!(!history.contains("password"), "{history}");
}

/// `letter.lang en` gives the built-in English letter, SMS and memo even
/// to an admin whose terminal speaks Russian: a letter goes to the
/// subscriber, in the operator's language; `ru` (the default) brings the
/// Russian texts back, and another value is refused.
#[test]
fn letter_lang_en_gives_the_english_letter_whatever_the_terminal_speaks() {
    let env = Env::new();
    let login = person(&env);
    env.set("letter.lang", "en");
    let preview = |via: &str| {
        let out = env
            .cmd()
            .env("LANG", "ru_RU.UTF-8")
            .args(["letter", "preview", &login, "--via", via])
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr).to_string();
        assert_eq!(out.status.code(), Some(0), "{err}");
        String::from_utf8_lossy(&out.stdout).to_string()
    };
    let out = preview("email");
    assert!(
        out.starts_with("Subject: Login details for your personal account\n"),
        "{out}"
    );
    assert!(
        out.contains("Hello, Иванов Иван!") && out.contains("Password: (password)"),
        "{out}"
    );
    let sms = preview("sms");
    assert!(
        sms.starts_with(&format!("login {login}, password ")),
        "{sms}"
    );
    assert!(preview("print").starts_with("SUBSCRIBER MEMO"));
    env.set("letter.lang", "ru");
    assert!(preview("email").starts_with("Subject: Данные для входа в личный кабинет"));
    let (code, _, err) = env.run(&["settings", "set", "letter.lang", "de"]);
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("letter.lang"), "{err}");
}

/// `send-credentials --pending --force` sends every pending card again,
/// each by its own channel; a success clears the mark.
#[test]
fn pending_credentials_are_sent_again_with_pending_force() {
    let env = Env::new();
    let login = person(&env);
    let failing = sms_script(&env, 1);
    env.set("sms.command", failing.to_str().unwrap());
    let (code, _, _) = env.run(&[
        "subscriber",
        "send-credentials",
        &login,
        "--via",
        "sms",
        "--force",
    ]);
    assert_eq!(code, 6);
    let (code, _, err) = env.run(&["subscriber", "send-credentials", "--pending"]);
    assert_eq!(code, 5, "{err}");
    // Still failing: exit 6 naming the login, still pending.
    let (code, _, err) = env.run(&["subscriber", "send-credentials", "--pending", "--force"]);
    assert_eq!(code, 6, "{err}");
    assert!(err.contains(&login), "{err}");
    let working = sms_script(&env, 0);
    assert_eq!(working, failing);
    let (code, _, err) = env.run(&["subscriber", "send-credentials", "--pending", "--force"]);
    assert_eq!(code, 0, "{err}");
    let password = password_in(&read(&env.dir.path().join("sms-text")));
    assert!(verifies(&env, &login, &password));
    let pending = env.json(&["subscriber", "list", "--credentials-pending"]);
    assert_eq!(pending.as_array().unwrap().len(), 0, "{pending}");
}

mod email {
    use super::*;
    use crate::support::smtp_server::{decode, Mode, Server};

    /// A local mail server in `mode` without TLS (`smtp.tls none`, as for
    /// a relay on a trusted network), set as the registry's.
    pub(super) fn plain_server(env: &Env, mode: Mode) -> Server {
        let server = Server::start(mode);
        env.set("smtp.url", &server.url("smtp"));
        env.set("smtp.tls", "none");
        env.set("smtp.from", "billing@example.ru");
        server
    }

    /// The letter reaches the card's first e-mail through a local mail
    /// server: the recipient, the Russian subject and greeting decoded
    /// back, the login, and a password that verifies. (A plain server:
    /// `smtp.tls none`, as for a relay on a trusted network.)
    #[test]
    fn a_letter_reaches_the_cards_email_and_its_password_verifies() {
        let env = Env::new();
        let login = person(&env);
        let server = plain_server(&env, Mode::Plain);
        let (code, out, err) = env.run(&[
            "subscriber",
            "send-credentials",
            &login,
            "--via",
            "email",
            "--force",
            "--verbose",
        ]);
        assert_eq!(code, 0, "{err}");
        let rec = server.recorded();
        assert_eq!(rec.rcpt_to.len(), 1, "{rec:?}");
        assert!(rec.rcpt_to[0].contains("ivanov@example.ru"), "{rec:?}");
        let letter = decode(&rec.data[0]);
        assert_eq!(
            letter.header("subject"),
            Some("Данные для входа в личный кабинет")
        );
        assert!(
            letter.body.contains("Иванов Иван") && letter.body.contains(&login),
            "{}",
            letter.body
        );
        let password = password_in(&letter.body);
        assert!(verifies(&env, &login, &password), "{}", letter.body);
        assert!(!out.contains(&password) && !err.contains(&password));
        assert!(
            err.contains("credentials sent by email to i…@example.ru"),
            "{err}"
        );
        let history = env.json(&["history", &login]).to_string();
        assert!(
            history.contains("i…@example.ru") && !history.contains("ivanov@"),
            "{history}"
        );
    }

    /// The SMTP password comes from the file the host configuration names
    /// (owner-only), and the server gets it in AUTH; it is printed nowhere.
    #[test]
    fn the_smtp_password_comes_from_the_host_configuration() {
        use base64::Engine;
        use std::os::unix::fs::PermissionsExt;
        let env = Env::new();
        let login = person(&env);
        let server = plain_server(&env, Mode::Plain);
        env.set("smtp.user", "billing");
        let pass = env.dir.path().join("smtp.pass");
        std::fs::write(&pass, "pa55-FROM-FILE-e81c\n").unwrap();
        std::fs::set_permissions(&pass, std::fs::Permissions::from_mode(0o600)).unwrap();
        let config = env.user_config();
        std::fs::create_dir_all(config.parent().unwrap()).unwrap();
        std::fs::write(
            &config,
            format!("[secrets]\nsmtp_password_file = \"{}\"\n", pass.display()),
        )
        .unwrap();
        // Naming a secret file, it must not be world-readable.
        std::fs::set_permissions(&config, std::fs::Permissions::from_mode(0o600)).unwrap();
        let (code, out, err) = env.run(&[
            "subscriber",
            "send-credentials",
            &login,
            "--via",
            "email",
            "--force",
        ]);
        assert_eq!(code, 0, "{err}");
        let auth =
            base64::engine::general_purpose::STANDARD.encode("\0billing\0pa55-FROM-FILE-e81c");
        let rec = server.recorded();
        assert!(
            rec.commands
                .iter()
                .any(|c| c == &format!("AUTH PLAIN {auth}")),
            "{rec:?}"
        );
        assert!(!out.contains("pa55-FROM") && !err.contains("pa55-FROM"));
    }

    /// With TLS required (the default), a server that refuses STARTTLS
    /// gets no letter: exit 6 naming it, the credentials pending.
    #[test]
    fn no_letter_goes_out_in_clear_when_starttls_fails() {
        let env = Env::new();
        let login = person(&env);
        let server = Server::start(Mode::StartTlsRefused);
        env.set("smtp.url", &server.url("smtp"));
        env.set("smtp.from", "billing@example.ru");
        let (code, _, err) = env.run(&[
            "subscriber",
            "send-credentials",
            &login,
            "--via",
            "email",
            "--force",
        ]);
        assert_eq!(code, 6, "{err}");
        assert!(err.contains("127.0.0.1"), "{err}");
        let rec = server.recorded();
        assert!(rec.data.is_empty() && rec.rcpt_to.is_empty(), "{rec:?}");
        let pending = env.json(&["subscriber", "list", "--credentials-pending"]);
        assert_eq!(pending.as_array().unwrap().len(), 1, "{pending}");
    }

    /// `send-credentials LOGIN --via email --force`.
    fn send_email(env: &Env, login: &str) -> (i32, String, String) {
        env.run(&[
            "subscriber",
            "send-credentials",
            login,
            "--via",
            "email",
            "--force",
        ])
    }

    fn email_confirmed(env: &Env, login: &str) -> bool {
        env.json(&["subscriber", "show", login])["emails"][0]["confirmed"]
            .as_bool()
            .unwrap()
    }

    /// `send.confirm_contacts false`: an e-mail the operator enters waits
    /// unconfirmed until a letter to it is accepted; the history says so.
    #[test]
    fn an_accepted_letter_confirms_the_address_when_entries_are_not_trusted() {
        let env = Env::new();
        env.set("send.confirm_contacts", "false");
        let login = person(&env);
        assert!(!email_confirmed(&env, &login));
        let _server = plain_server(&env, Mode::Plain);
        let (code, _, err) = send_email(&env, &login);
        assert_eq!(code, 0, "{err}");
        assert!(email_confirmed(&env, &login));
        let history = env.json(&["history", &login]).to_string();
        assert!(history.contains("contact.confirmed"), "{history}");
        assert!(!history.contains("ivanov@"), "{history}");
    }

    /// A mail server's 550 to the address: exit 6, the credentials
    /// pending, and the address unconfirmed — and it stays so through an
    /// edit of another field (the default trusts only what is new).
    #[test]
    fn a_refused_address_is_unconfirmed_and_stays_so() {
        let env = Env::new();
        let login = person(&env);
        assert!(email_confirmed(&env, &login));
        let server = plain_server(&env, Mode::NoMailbox);
        let (code, _, err) = send_email(&env, &login);
        assert_eq!(code, 6, "{err}");
        assert!(err.contains("550"), "{err}");
        assert!(server.recorded().data.is_empty());
        assert!(!email_confirmed(&env, &login));
        let pending = env.json(&["subscriber", "list", "--credentials-pending"]);
        assert_eq!(pending.as_array().unwrap().len(), 1, "{pending}");
        let (code, _, err) = env.run(&["subscriber", "edit", &login, "--comment", "x"]);
        assert_eq!(code, 0, "{err}");
        assert!(!email_confirmed(&env, &login));
        let history = env.json(&["history", &login]).to_string();
        assert!(
            history.contains("contact.unconfirmed") && history.contains("i…@example.ru"),
            "{history}"
        );
    }

    /// A CSV list of three new counterparties, two with an e-mail.
    pub(super) fn base(env: &Env) -> String {
        let path = env.dir.path().join("base.csv");
        std::fs::write(
            &path,
            "Наименование;ИНН;КПП;Электронная почта\n\
             ООО «Альфа»;4477127820;447701001;alfa@example.ru\n\
             ООО «Бета»;2619730694;261901001;beta@example.ru\n\
             ООО «Гамма»;7707083893;773601001;\n",
        )
        .unwrap();
        path.to_str().unwrap().to_string()
    }

    /// `import-1c --send-credentials email` mails every new card that has
    /// an e-mail after the commit, counts the one without in the summary
    /// (its credentials stay pending), and refuses a run over
    /// `--max-sends` with nothing imported and nothing sent.
    #[test]
    fn the_import_mails_new_cards_within_max_sends() {
        let env = Env::new();
        let server = plain_server(&env, Mode::Plain);
        let file = base(&env);
        let (code, out, err) = env.run(&[
            "import-1c",
            &file,
            "--type-default",
            "legal",
            "--send-credentials",
            "email",
            "--max-sends",
            "1",
            "--json",
        ]);
        assert_eq!(code, 3, "{out}{err}");
        assert!(err.contains("--max-sends"), "{err}");
        assert!(server.recorded().rcpt_to.is_empty());
        assert_eq!(
            env.json(&["subscriber", "list"]).as_array().unwrap().len(),
            0
        );
        let (code, out, err) = env.run(&[
            "import-1c",
            &file,
            "--type-default",
            "legal",
            "--send-credentials",
            "email",
            "--json",
        ]);
        assert_eq!(code, 0, "{err}");
        let summary: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(summary["created"], 3, "{summary}");
        assert_eq!(summary["credentials_sent"], 2, "{summary}");
        assert_eq!(summary["credentials_no_address"], 1, "{summary}");
        let rec = server.recorded();
        assert_eq!(rec.rcpt_to.len(), 2, "{rec:?}");
        for (data, inn) in rec.data.iter().zip(["4477127820", "2619730694"]) {
            let letter = decode(data);
            let login = env.json(&["subscriber", "show", &format!("inn:{inn}")])["login"]
                .as_str()
                .unwrap()
                .to_string();
            assert!(letter.body.contains(&login), "{}", letter.body);
            let password = password_in(&letter.body);
            assert!(verifies(&env, &login, &password));
            assert!(!out.contains(&password) && !err.contains(&password));
        }
        let pending = env.json(&["subscriber", "list", "--credentials-pending"]);
        let pending = pending.as_array().unwrap();
        assert_eq!(pending.len(), 1, "{pending:?}");
        assert_eq!(pending[0]["inn"], "7707083893");
    }
}

/// The import's failed sends: exit 6, the summary lists the logins, and
/// the rejects file holds a row per card whose credentials did not go
/// out (the file's line, the login, the field, the reason), the card
/// without an address as a warning row.
#[test]
fn the_imports_failed_sends_are_listed_in_the_summary_and_the_rejects_file() {
    use crate::support::smtp_server::Mode;
    let env = Env::new();
    let _server = email::plain_server(&env, Mode::NoMailbox);
    let file = email::base(&env);
    let rejects = env.dir.path().join("rejects.csv");
    let (code, out, err) = env.run(&[
        "import-1c",
        &file,
        "--type-default",
        "legal",
        "--send-credentials",
        "email",
        "--rejects",
        rejects.to_str().unwrap(),
        "--json",
    ]);
    assert_eq!(code, 6, "{out}{err}");
    let summary: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(summary["created"], 3, "{summary}");
    assert_eq!(summary["credentials_failed"], 2, "{summary}");
    let failed: Vec<String> = summary["credentials_failed_logins"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect();
    assert_eq!(failed.len(), 2, "{summary}");
    let text = read(&rejects);
    let mut rows = text.lines().skip(1);
    for (line, login) in ["2", "3"].iter().zip(&failed) {
        let row = rows.next().unwrap_or_default();
        assert!(
            row.starts_with(&format!(
                "{line},{login},email,credentials not sent: 127.0.0.1"
            )),
            "{text}"
        );
        assert!(row.contains("550"), "{text}");
    }
    let row = rows.next().unwrap_or_default();
    assert!(
        row.starts_with("4,") && row.contains("warning: no e-mail"),
        "{text}"
    );
    let pending = env.json(&["subscriber", "list", "--credentials-pending"]);
    assert_eq!(pending.as_array().unwrap().len(), 3, "{pending}");
}

/// A memo `--output` that is the database, a symlink or a FIFO is refused
/// before the password is replaced (it used to be refused only when the
/// memo was written, after the reset, leaving a password nobody had).
#[test]
fn a_memo_output_that_may_not_be_written_is_refused_before_the_reset() {
    let env = Env::new();
    let login = person(&env);
    let dir = env.dir.path();
    std::os::unix::fs::symlink(dir.join("elsewhere.txt"), dir.join("link.txt")).unwrap();
    let fifo = dir.join("fifo");
    assert!(std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap()
        .success());
    // The SQLite file is one of them; a PostgreSQL registry has none.
    let db = (!env.on_postgres()).then(|| env.db());
    for target in db.into_iter().chain([dir.join("link.txt"), fifo]) {
        let (code, _, err) = env.run(&[
            "subscriber",
            "send-credentials",
            &login,
            "--via",
            "print",
            "--output",
            target.to_str().unwrap(),
            "--force",
        ]);
        assert_eq!(code, 3, "{}: {err}", target.display());
    }
    let history = env.json(&["history", &login]).to_string();
    assert!(!history.contains("password.reset"), "{history}");
    assert!(!dir.join("elsewhere.txt").exists());
}
