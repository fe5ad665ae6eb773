//! Contact details: a pragmatic e-mail check and the normalisation of phone
//! numbers to E.164, Russian numbering assumed when no country code is given.

use phonenumber::{country, Mode};

use super::{CheckError, CheckResult};

const EMAIL_MAX: usize = 254;

/// An e-mail address, checked only as far as a clerk can fix it by eye: one
/// `@`, a name before it, a dotted domain after it, no spaces. Full RFC 5322
/// would accept addresses no mail client here can send to.
pub fn email(v: &str) -> CheckResult {
    let n = v.chars().count();
    if n == 0 {
        return Err(CheckError::format("must not be empty"));
    }
    if n > EMAIL_MAX {
        return Err(CheckError::format(format!(
            "must be at most {EMAIL_MAX} characters, got {n}"
        )));
    }
    if v.chars().any(char::is_whitespace) {
        return Err(CheckError::format("must not contain spaces"));
    }
    let Some((local, domain)) = v.split_once('@') else {
        return Err(CheckError::format("must contain @, as in name@example.ru"));
    };
    if domain.contains('@') {
        return Err(CheckError::format(format!(
            "must contain exactly one @, found {}",
            v.matches('@').count()
        )));
    }
    if local.is_empty() {
        return Err(CheckError::format("must have a name before @"));
    }
    if !domain.contains('.') {
        return Err(CheckError::format(
            "must have a domain with a dot after @, as in example.ru",
        ));
    }
    if domain.split('.').any(str::is_empty) {
        return Err(CheckError::format(
            "domain after @ must not start or end with a dot or have two dots in a row",
        ));
    }
    Ok(())
}

/// A phone number in E.164 (`+79123456789`). Numbers without a country code
/// are read as Russian, so `8 (912) 345-67-89` and `9123456789` work.
pub fn normalize_phone(v: &str) -> Result<String, CheckError> {
    if v.is_empty() {
        return Err(CheckError::format("must not be empty"));
    }
    // Letters and other marks are rejected up front: the parser would
    // otherwise read "call 912..." or an extension note as a number.
    if let Some(c) = v
        .chars()
        .find(|c| !(c.is_ascii_digit() || " +-().".contains(*c)))
    {
        return Err(CheckError::format(format!(
            "may contain only digits, spaces and + - ( ) ., found {c:?}"
        )));
    }
    match russian_mobile(v) {
        Some(e164) => Ok(e164),
        None => by_library(v),
    }
}

/// libphonenumber's reading of a number, Russian unless it says otherwise.
fn by_library(v: &str) -> Result<String, CheckError> {
    let number = phonenumber::parse(Some(country::Id::RU), v)
        .map_err(|_| CheckError::format("is not a phone number; write it as +7 912 345-67-89"))?;
    if !number.is_valid() {
        return Err(CheckError::format(
            "is not a valid phone number for its country code; check the digit count and the code",
        ));
    }
    Ok(number.format().mode(Mode::E164).to_string())
}

/// The common case without the parser: a Russian mobile number (national
/// number `9` and nine digits, which libphonenumber's metadata for RU takes
/// as valid whole) written as `+7…`, `8…`, `7…` or bare, with spaces,
/// hyphens, dots or parentheses. Anything else goes to the parser.
/// Property tests hold the two to the same number wherever the parser
/// reads one; the shortcut also takes a few writings the parser of the
/// `phonenumber` crate trips over (`+7900000000-0`: «no number»).
fn russian_mobile(v: &str) -> Option<String> {
    let (plus, rest) = match v.trim_start().strip_prefix('+') {
        Some(rest) => (true, rest),
        None => (false, v),
    };
    let mut digits = [0u8; 11];
    let mut n = 0;
    for b in rest.bytes() {
        match b {
            b'0'..=b'9' if n < digits.len() => {
                digits[n] = b;
                n += 1;
            }
            b'0'..=b'9' | b'+' => return None,
            _ => {}
        }
    }
    let national = match (plus, n, digits[0]) {
        (true, 11, b'7') | (false, 11, b'7' | b'8') => &digits[1..11],
        (false, 10, _) => &digits[..10],
        _ => return None,
    };
    if national[0] != b'9' {
        return None;
    }
    let mut out = String::with_capacity(12);
    out.push_str("+7");
    out.extend(national.iter().map(|&d| d as char));
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::super::CheckKind;
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn email_accepts_ordinary_addresses() {
        for v in [
            "ivanov@example.ru",
            "a.b+tag@mail.example.com",
            "x@почта.рф",
        ] {
            assert_eq!(email(v), Ok(()), "{v}");
        }
    }

    #[test]
    fn email_rejects_with_reasons() {
        let cases = [
            ("", "must not be empty"),
            ("ivanov.example.ru", "must contain @, as in name@example.ru"),
            ("a@b@example.ru", "must contain exactly one @, found 2"),
            ("@example.ru", "must have a name before @"),
            (
                "ivanov@localhost",
                "must have a domain with a dot after @, as in example.ru",
            ),
            ("ivanov @example.ru", "must not contain spaces"),
            (
                "ivanov@example..ru",
                "domain after @ must not start or end with a dot or have two dots in a row",
            ),
        ];
        for (v, msg) in cases {
            let e = email(v).unwrap_err();
            assert_eq!(e.kind, CheckKind::Format, "{v}");
            assert_eq!(e.message, msg, "{v}");
        }
        assert!(email("ivanov@example.ru.").is_err());
        let long = format!("{}@example.ru", "a".repeat(244));
        assert_eq!(long.len(), 255);
        assert_eq!(
            email(&long).unwrap_err().message,
            "must be at most 254 characters, got 255"
        );
        assert_eq!(email(&long[1..]), Ok(()));
    }

    #[test]
    fn phone_normalises_russian_forms_to_e164() {
        for v in [
            "8 (912) 345-67-89",
            "+7 912 345 67 89",
            "9123456789",
            "89123456789",
            "+7(912)345-67-89",
        ] {
            assert_eq!(normalize_phone(v).as_deref(), Ok("+79123456789"), "{v}");
        }
        assert_eq!(
            normalize_phone("8 (495) 123-45-67").as_deref(),
            Ok("+74951234567")
        );
    }

    #[test]
    fn phone_keeps_foreign_country_codes() {
        assert_eq!(
            normalize_phone("+44 20 7946 0958").as_deref(),
            Ok("+442079460958")
        );
    }

    #[test]
    fn phone_rejects_with_reasons() {
        for v in [
            "",
            "912",
            "+7 912 345",
            "8 (912) 345-67-89-00",
            "+7 000 000 00 00",
        ] {
            let e = normalize_phone(v).unwrap_err();
            assert_eq!(e.kind, CheckKind::Format, "{v}");
        }
        assert_eq!(
            normalize_phone("8 912 345 67 89 доб. 12")
                .unwrap_err()
                .message,
            "may contain only digits, spaces and + - ( ) ., found 'д'"
        );
    }

    /// A Russian mobile number with a random prefix and separators.
    fn mobile_written_somehow() -> impl Strategy<Value = String> {
        let prefix =
            prop::sample::select(vec!["+7", "8", "7", "", "+7 ", "8 ", " +7", "+7(", "8("]);
        let digits = "9[0-9]{9}";
        let seps = prop::collection::vec(
            prop::sample::select(vec!["", "", " ", "-", "(", ")", ".", " - "]),
            10,
        );
        (prefix, digits, seps).prop_map(|(p, d, s)| {
            let mut out = p.to_string();
            for (c, sep) in d.chars().zip(s) {
                out.push(c);
                out.push_str(sep);
            }
            out
        })
    }

    /// The ways a mobile number is usually written.
    fn mobile_written_usually() -> impl Strategy<Value = (String, String)> {
        let shape = prop::sample::select(vec![
            "+7 AAA BBB-CC-DD",
            "+7 (AAA) BBB-CC-DD",
            "8 (AAA) BBB-CC-DD",
            "8AAABBBCCDD",
            "+7AAABBBCCDD",
            "7AAABBBCCDD",
            "AAABBBCCDD",
            "8-AAA-BBB-CC-DD",
            "+7 AAA BBB CC DD",
            "8 AAA BBBCCDD",
        ]);
        (shape, "9[0-9]{9}").prop_map(|(shape, d)| {
            let mut digits = d.chars();
            let written = shape
                .chars()
                .map(|c| {
                    if c.is_ascii_uppercase() {
                        digits.next().unwrap_or('0')
                    } else {
                        c
                    }
                })
                .collect();
            (written, format!("+7{d}"))
        })
    }

    proptest! {
        #[test]
        fn usual_writings_give_the_parsers_number(
            (v, e164) in mobile_written_usually()
        ) {
            prop_assert_eq!(by_library(&v), Ok(e164.clone()), "{}", v);
            prop_assert_eq!(russian_mobile(&v), Some(e164), "{}", v);
        }

        #[test]
        fn the_shortcut_takes_every_mobile_and_agrees_with_the_parser(
            v in mobile_written_somehow()
        ) {
            let fast = russian_mobile(&v);
            prop_assert!(fast.is_some(), "{} not taken by the shortcut", v);
            if let Ok(slow) = by_library(&v) {
                prop_assert_eq!(fast, Some(slow), "{}", v);
            }
        }

        #[test]
        fn the_shortcut_never_differs_on_any_phone_like_text(v in "[0-9 +().-]{0,20}") {
            if let (Some(fast), Ok(slow)) = (russian_mobile(&v), by_library(&v)) {
                prop_assert_eq!(fast, slow, "{}", v);
            }
        }

        #[test]
        fn phone_output_is_e164_or_an_error(v in "[0-9 +().-]{0,20}") {
            if let Ok(n) = normalize_phone(&v) {
                prop_assert!(n.starts_with('+'), "{}", n);
                prop_assert!(n[1..].bytes().all(|b| b.is_ascii_digit()), "{}", n);
                prop_assert!((8..=16).contains(&n.len()), "{}", n);
            }
        }
    }
}
