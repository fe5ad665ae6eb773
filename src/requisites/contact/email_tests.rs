//! E-mail addresses: splitting a cell or flag into addresses, and what
//! [`email`] accepts and refuses (the phone tests are in `tests.rs`).

use super::super::CheckKind;
use super::*;
#[test]
fn split_emails_splits_a_cell_into_addresses() {
    let cases: &[(&str, &[&str])] = &[
        ("", &[]),
        ("a@x.ru", &["a@x.ru"]),
        ("a@x.ru, b@y.ru", &["a@x.ru", "b@y.ru"]),
        ("a@x.ru;b@y.ru", &["a@x.ru", "b@y.ru"]),
        ("a@x.ru b@y.ru\n c@z.ru\t", &["a@x.ru", "b@y.ru", "c@z.ru"]),
        (
            "\"ivan ivanov\"@x.ru, \"a,b;c\"@y.ru",
            &["\"ivan ivanov\"@x.ru", "\"a,b;c\"@y.ru"],
        ),
        ("\"a\\\" b\"@x.ru c@y.ru", &["\"a\\\" b\"@x.ru", "c@y.ru"]),
    ];
    for (cell, want) in cases {
        assert_eq!(split_emails(cell), *want, "{cell:?}");
    }
}

#[test]
fn email_accepts_what_mail_servers_accept() {
    for v in [
        "ivanov@example.ru",
        "a.b+tag@mail.example.com",
        "x@почта.рф",
        "info@пример.рф",
        "Иванов.Иван@Санкт-Петербург.онлайн",
        "ПишитеМне@ИвановИван.почта.рф",
        "Petrov.Пётр@тверь.ru",
        "INFO_SPB@BANK.RU",
        "c++@example.com",
        "#!$%&'*+-/=?^_`{}|~@example.org",
        "\"much.more unusual\"@example.com",
        "\"ivan@home\"@example.com",
        "\"a\\\"b\"@example.com",
        "______@example.com",
        "mail@host.co.jp",
        "mail@s.solutions",
        "mail@10.20.30.40",
        "mail@[10.20.30.40]",
        "mail@a-b.example-c.ru",
    ] {
        assert_eq!(email(v), Ok(()), "{v}");
    }
}

#[test]
fn email_refuses_with_reasons() {
    let cases = [
        ("", "must not be empty"),
        ("ivanov.example.ru", "must contain @, as in name@example.ru"),
        ("a@b@example.ru", "must contain exactly one @, found 2"),
        ("\"a@b\"@c@example.ru", "must contain exactly one @, found 3"),
        ("@example.ru", "must have a name before @"),
        ("\"\"@example.ru", "must have a name before @"),
        (
            "ivanov@localhost",
            "must have a domain with a dot after @, as in example.ru",
        ),
        (
            "ivanov @example.ru",
            "must not contain spaces (only inside a quoted name, as in \"ivan ivanov\"@example.ru)",
        ),
        ("ivanov@exam ple.ru", "must not contain spaces"),
        (
            "ivanov@example..ru",
            "domain after @ must not start or end with a dot or have two dots in a row",
        ),
        (
            "ivanov@example.ru.",
            "domain after @ must not start or end with a dot or have two dots in a row",
        ),
        (
            ".ivanov@example.ru",
            "name before @ must not start or end with a dot or have two dots in a row",
        ),
        (
            "ivanov.@example.ru",
            "name before @ must not start or end with a dot or have two dots in a row",
        ),
        (
            "iva..nov@example.ru",
            "name before @ must not start or end with a dot or have two dots in a row",
        ),
        (
            "ivanov@-example.ru",
            "domain label \"-example\" must not start or end with a hyphen",
        ),
        (
            "ivanov@example-.ru",
            "domain label \"example-\" must not start or end with a hyphen",
        ),
        (
            "ivanov@example/ru",
            "domain after @ must not contain '/'; it has letters, digits, hyphens and dots, \
             as in example.ru",
        ),
        (
            "ivanov@exa_mple.ru",
            "domain after @ must not contain '_'; it has letters, digits, hyphens and dots, \
             as in example.ru",
        ),
        (
            "Иван Петров <ivanov@example.ru>",
            "must not contain < or >; give the address alone, as in name@example.ru",
        ),
        (
            "iva\u{7}nov@example.ru",
            "must not contain control characters, found U+0007",
        ),
        (
            "ivanov@111.222.333.44444",
            "top-level domain \"44444\" must not be all digits; an ip address is four numbers 0-255",
        ),
        (
            "ivanov@1.2.3.256",
            "top-level domain \"256\" must not be all digits; an ip address is four numbers 0-255",
        ),
        (
            "ivanov@[1.2.3]",
            "[1.2.3] after @ is not an ipv4 address: four numbers 0-255 joined by dots",
        ),
        (
            "ivanov@[1.2.3.4",
            "an address literal after @ must be closed with ], as in [192.0.2.1]",
        ),
        (
            "iva,nov@example.ru",
            "name before @ must not contain ',' unless it is quoted, as in \"a,b\"@example.ru",
        ),
        (
            "\"ivanov\"x@example.ru",
            "a quoted name must be quoted whole, as in \"ivan ivanov\"@example.ru",
        ),
    ];
    for (v, msg) in cases {
        let e = email(v).unwrap_err();
        assert_eq!(e.kind, CheckKind::Format, "{v}");
        assert_eq!(e.message, msg, "{v}");
    }
    let long = format!("{}@example.ru", "a".repeat(244));
    assert_eq!(long.len(), 255);
    assert_eq!(
        email(&long).unwrap_err().message,
        "must be at most 254 characters, got 255"
    );
    assert_eq!(email(&long[1..]), Ok(()));
}
