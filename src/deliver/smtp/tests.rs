//! SMTP against the test server: TLS policy, encodings, timeouts, errors.
use super::*;
use crate::deliver::template::{Templates, Vars};
use crate::deliver::testserver::{decode, Mode, Server};
use std::time::Instant;

const PASSWORD: &str = "Kx7-pw-Зима";

fn vars() -> Vars {
    Vars {
        display_name: "Иванов Иван Иванович".into(),
        login: "ivanov".into(),
        password: PASSWORD.into(),
        cabinet_url: "https://lk.example.ru".into(),
        operator_name: "ООО «Связь»".into(),
        operator_phone: "+7 495 000-00-00".into(),
    }
}

fn letter() -> Letter {
    Templates::default().letter(&vars()).unwrap()
}

fn smtp(url: String, tls: TlsPolicy) -> Smtp {
    Smtp {
        url,
        user: None,
        password: None,
        from: "ООО «Связь» <billing@isp.example.ru>".into(),
        timeout: Duration::from_secs(10),
        tls,
    }
}

fn failed(r: std::result::Result<(), DeliveryError>) -> String {
    match r {
        Err(DeliveryError::Failed { via, message }) => {
            assert_eq!(via, Via::Email);
            assert!(
                !message.contains('\n') && !message.contains('\r'),
                "{message}"
            );
            message
        }
        other => panic!("expected a failed send, got {other:?}"),
    }
}

fn invalid(r: std::result::Result<(), DeliveryError>) -> Error {
    match r {
        Err(DeliveryError::Invalid(e)) => e,
        other => panic!("expected an invalid setting, got {other:?}"),
    }
}

#[test]
fn letter_reaches_recipient_with_russian_text_decoded() {
    let server = Server::start(Mode::Plain);
    let s = smtp(server.url("smtp"), TlsPolicy::None);
    send_email(&s, "ivanov@x.ru", "Иванов Иван Иванович", &letter()).unwrap();
    let rec = server.recorded();
    assert_eq!(rec.rcpt_to, ["RCPT TO:<ivanov@x.ru>"]);
    assert!(
        rec.mail_from[0].starts_with("MAIL FROM:<billing@isp.example.ru>"),
        "{:?}",
        rec.mail_from
    );
    assert_eq!(rec.data.len(), 1);
    let raw = &rec.data[0];
    assert!(raw.is_ascii(), "headers and body go out encoded: {raw}");
    let m = decode(raw);
    assert_eq!(
        m.header("subject"),
        Some("Данные для входа в личный кабинет")
    );
    assert_eq!(m.header("to"), Some("Иванов Иван Иванович <ivanov@x.ru>"));
    assert_eq!(
        m.header("from"),
        Some("ООО «Связь» <billing@isp.example.ru>")
    );
    assert_eq!(m.header("content-type"), Some("text/plain; charset=utf-8"));
    assert!(m.header("message-id").is_some() && m.header("date").is_some());
    assert!(
        m.body.contains("Здравствуйте, Иванов Иван Иванович!"),
        "{}",
        m.body
    );
    assert!(m.body.contains("Логин:  ivanov"), "{}", m.body);
    assert!(
        m.body.contains(&format!("Пароль: {PASSWORD}")),
        "{}",
        m.body
    );
}

#[test]
fn line_break_in_a_name_cannot_add_a_header() {
    let server = Server::start(Mode::Plain);
    let s = smtp(server.url("smtp"), TlsPolicy::None);
    let name = "Ivanov\r\nBcc: evil@x.ru\r\n";
    send_email(&s, "ivanov@x.ru", name, &letter()).unwrap();
    let rec = server.recorded();
    assert_eq!(rec.rcpt_to, ["RCPT TO:<ivanov@x.ru>"]);
    let m = decode(&rec.data[0]);
    assert!(m.header("bcc").is_none(), "{:?}", m.headers);
    assert!(m.header("to").is_some_and(|t| t.ends_with("<ivanov@x.ru>")));
}

#[test]
fn authenticates_with_user_and_password() {
    let server = Server::start(Mode::Plain);
    let mut s = smtp(server.url("smtp"), TlsPolicy::None);
    s.user = Some("billing".into());
    s.password = Some("smtp-Secret-1".into());
    send_email(&s, "ivanov@x.ru", "", &letter()).unwrap();
    let auth = server
        .recorded()
        .commands
        .into_iter()
        .find(|c| c.starts_with("AUTH PLAIN "))
        .expect("AUTH PLAIN sent");
    use base64::Engine;
    let plain = base64::engine::general_purpose::STANDARD
        .decode(auth.trim_start_matches("AUTH PLAIN "))
        .unwrap();
    assert_eq!(plain, b"\0billing\0smtp-Secret-1");
    assert!(!format!("{s:?}").contains("smtp-Secret-1"));

    s.password = None;
    assert_eq!(
        invalid(send_email(&s, "ivanov@x.ru", "", &letter())).subject,
        "smtp.password"
    );
}

#[test]
fn starttls_refused_sends_nothing() {
    let server = Server::start(Mode::StartTlsRefused);
    let s = smtp(server.url("smtp"), TlsPolicy::Required);
    let msg = failed(send_email(&s, "ivanov@x.ru", "Иванов", &letter()));
    assert!(
        msg.starts_with(&format!("127.0.0.1:{}: ", server.addr.port())),
        "{msg}"
    );
    assert!(msg.contains("454"), "{msg}");
    let rec = server.recorded();
    assert!(
        rec.commands.iter().any(|c| c == "STARTTLS"),
        "{:?}",
        rec.commands
    );
    assert!(rec.mail_from.is_empty() && rec.rcpt_to.is_empty() && rec.data.is_empty());
}

#[test]
fn starttls_handshake_failure_sends_nothing() {
    let server = Server::start(Mode::StartTlsBroken);
    let s = smtp(server.url("smtp"), TlsPolicy::Required);
    let msg = failed(send_email(&s, "ivanov@x.ru", "Иванов", &letter()));
    assert!(
        msg.contains("corrupt message"),
        "rustls's own reason: {msg}"
    );
    let rec = server.recorded();
    assert_eq!(rec.after_starttls, Some(0x16), "a TLS hello after STARTTLS");
    assert!(
        rec.mail_from.is_empty() && rec.data.is_empty(),
        "{:?}",
        rec.commands
    );
}

#[test]
fn starttls_not_offered_sends_nothing_unless_tls_none() {
    let server = Server::start(Mode::Plain);
    let s = smtp(server.url("smtp"), TlsPolicy::Required);
    let msg = failed(send_email(&s, "ivanov@x.ru", "", &letter()));
    assert!(msg.contains("STARTTLS"), "{msg}");
    let rec = server.recorded();
    assert!(
        !rec.commands.iter().any(|c| c.starts_with("MAIL")),
        "{:?}",
        rec.commands
    );
    assert!(rec.data.is_empty());
}

#[test]
fn smtps_to_a_plain_server_sends_nothing() {
    let server = Server::start(Mode::Plain);
    let s = smtp(server.url("smtps"), TlsPolicy::Required);
    failed(send_email(&s, "ivanov@x.ru", "", &letter()));
    let rec = server.recorded();
    assert!(
        rec.mail_from.is_empty() && rec.data.is_empty(),
        "{:?}",
        rec.commands
    );
}

#[test]
fn silent_server_times_out_within_the_bound() {
    let server = Server::start(Mode::Silent);
    let mut s = smtp(server.url("smtp"), TlsPolicy::Required);
    s.timeout = Duration::from_secs(1);
    let start = Instant::now();
    let msg = failed(send_email(&s, "ivanov@x.ru", "", &letter()));
    let took = start.elapsed();
    assert!(took < Duration::from_secs(4), "took {took:?}");
    assert!(msg.contains("smtp.timeout"), "{msg}");
}

#[test]
fn server_error_names_server_and_never_echoes_a_password() {
    let server = Server::start(Mode::RejectEcho);
    let mut s = smtp(server.url("smtp"), TlsPolicy::None);
    s.user = Some("billing".into());
    s.password = Some("smtp-Secret-1".into());
    let msg = failed(send_email(&s, "ivanov@x.ru", "", &letter()));
    assert!(
        msg.starts_with(&format!("127.0.0.1:{}: ", server.addr.port())),
        "{msg}"
    );
    assert!(msg.contains("554"), "{msg}");
    assert!(msg.contains("rejected as spam"), "{msg}");
    assert!(!msg.contains(PASSWORD), "{msg}");
    assert!(!msg.contains("smtp-Secret-1"), "{msg}");
    let e: Error = DeliveryError::Failed {
        via: Via::Email,
        message: msg,
    }
    .into();
    assert_eq!(
        (e.kind, e.subject.as_str()),
        (crate::ErrorKind::Lookup, "smtp")
    );
}

#[test]
fn refused_connection_is_a_failure_naming_the_server() {
    // Bind and drop: nothing listens on the port afterwards.
    let port = TcpListenerPort::free();
    let s = smtp(format!("smtp://127.0.0.1:{port}"), TlsPolicy::Required);
    let msg = failed(send_email(&s, "ivanov@x.ru", "", &letter()));
    assert!(msg.starts_with(&format!("127.0.0.1:{port}: ")), "{msg}");
}

struct TcpListenerPort;
impl TcpListenerPort {
    fn free() -> u16 {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    }
}

#[test]
fn bad_settings_and_addresses_are_invalid_before_connecting() {
    // Nothing listens on these hosts; an attempt would fail as Failed.
    let base = smtp("smtp://mail.invalid:587".into(), TlsPolicy::Required);
    let e = invalid(send_email(&base, "not an address", "", &letter()));
    assert_eq!(e.subject, "email");
    let s = Smtp {
        from: "nobody".into(),
        ..base.clone()
    };
    assert_eq!(
        invalid(send_email(&s, "a@b.ru", "", &letter())).subject,
        "smtp.from"
    );
    let s = smtp("smtps://mail.invalid:465".into(), TlsPolicy::None);
    assert_eq!(
        invalid(send_email(&s, "a@b.ru", "", &letter())).subject,
        "smtp.tls"
    );
    let s = Smtp {
        user: Some("billing".into()),
        password: Some("smtp-Secret-1".into()),
        ..smtp("smtp://mail.invalid:25".into(), TlsPolicy::None)
    };
    let e = invalid(send_email(&s, "a@b.ru", "", &letter()));
    assert_eq!(e.subject, "smtp.tls");
    assert!(e.message.contains("in clear"), "{}", e.message);
    let s = smtp("http://mail.invalid".into(), TlsPolicy::Required);
    assert_eq!(
        invalid(send_email(&s, "a@b.ru", "", &letter())).subject,
        "smtp.url"
    );
}

#[test]
fn url_forms() {
    let ep = |u: &str| Endpoint::parse(u).map(|e| (e.implicit_tls, e.host, e.port));
    assert_eq!(
        ep("smtp://mx.isp.ru:25").unwrap(),
        (false, "mx.isp.ru".into(), 25)
    );
    assert_eq!(
        ep("smtp://mx.isp.ru:587").unwrap(),
        (false, "mx.isp.ru".into(), 587)
    );
    assert_eq!(
        ep("smtps://mx.isp.ru:465").unwrap(),
        (true, "mx.isp.ru".into(), 465)
    );
    assert_eq!(
        ep(" smtps://mx.isp.ru/ ").unwrap(),
        (true, "mx.isp.ru".into(), 465)
    );
    assert_eq!(
        ep("smtp://mx.isp.ru").unwrap(),
        (false, "mx.isp.ru".into(), 25)
    );
    assert_eq!(
        ep("smtp://[::1]:2525").unwrap(),
        (false, "::1".into(), 2525)
    );
    assert_eq!(
        Endpoint::parse("smtp://[::1]:2525").unwrap().to_string(),
        "[::1]:2525"
    );
    for bad in [
        "mx.isp.ru:25",
        "http://mx.isp.ru",
        "smtp://",
        "smtp://:25",
        "smtp://mx.isp.ru:0",
        "smtp://mx.isp.ru:99999",
        "smtp://mx.isp.ru:x",
        "smtp://user:pw@mx.isp.ru:587",
        "smtp://mx.isp.ru:25/path",
        "smtp://[::1:25",
    ] {
        let e = Endpoint::parse(bad).unwrap_err();
        assert_eq!(e.subject, "smtp.url", "{bad}");
        assert!(!e.message.contains("pw@"), "{bad}: {}", e.message);
    }
    assert_eq!(TlsPolicy::parse("none").unwrap(), TlsPolicy::None);
    assert_eq!(TlsPolicy::parse("").unwrap(), TlsPolicy::Required);
    assert_eq!(TlsPolicy::parse("off").unwrap_err().subject, "smtp.tls");
}
