//! One e-mail address, checked as far as mail servers refuse: the name
//! before `@` (plain or quoted), the domain after it (internationalised
//! names kept as written, a dotted IPv4 address, or an `[IPv4]` literal).

use super::super::{CheckError, CheckResult};
use crate::t;

const EMAIL_MAX: usize = 254;

/// Characters that an unquoted name before `@` cannot hold (RFC 5322
/// specials; `@` and `.` are dealt with apart).
const LOCAL_SPECIALS: &str = "()<>[]:;,\\\"";

/// An e-mail address: `ivanov@example.ru`, `info@пример.рф`,
/// `"much.more unusual"@example.com`, `email@[123.123.123.123]`.
pub fn email(v: &str) -> CheckResult {
    let n = v.chars().count();
    if n == 0 {
        return Err(CheckError::format(t!("req-empty")));
    }
    if n > EMAIL_MAX {
        return Err(CheckError::format(t!(
            "email-too-long",
            max = EMAIL_MAX,
            got = n
        )));
    }
    if let Some(c) = v.chars().find(|c| c.is_control()) {
        return Err(CheckError::format(t!(
            "email-control-char",
            found = format!("U+{:04X}", u32::from(c))
        )));
    }
    if v.contains(['<', '>']) {
        return Err(CheckError::format(t!("email-angle-brackets")));
    }
    let (local, domain) = split_at_at(v)?;
    if local.starts_with('"') {
        quoted_local(local)?;
    } else {
        plain_local(local)?;
    }
    self::domain(domain)
}

/// The name and the domain, split at the one `@` outside a quoted name.
fn split_at_at(v: &str) -> Result<(&str, &str), CheckError> {
    let local_end = if v.starts_with('"') {
        closing_quote(v).map_or(v.len(), |i| i + 1)
    } else {
        0
    };
    let mut ats = v[local_end..]
        .match_indices('@')
        .map(|(i, _)| local_end + i);
    match (ats.next(), ats.next()) {
        (None, _) => Err(CheckError::format(t!("email-no-at"))),
        (Some(at), None) => Ok((&v[..at], &v[at + 1..])),
        _ => Err(CheckError::format(t!(
            "email-many-at",
            found = v.matches('@').count()
        ))),
    }
}

/// Byte index of the `"` closing the quoted name that `v` starts with.
fn closing_quote(v: &str) -> Option<usize> {
    let mut escaped = false;
    for (i, c) in v.char_indices().skip(1) {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '"' => return Some(i),
            _ => {}
        }
    }
    None
}

fn quoted_local(local: &str) -> CheckResult {
    match closing_quote(local) {
        Some(end) if end + 1 == local.len() => {
            if end == 1 {
                Err(CheckError::format(t!("email-no-local")))
            } else {
                Ok(())
            }
        }
        _ => Err(CheckError::format(t!("email-quoted-whole"))),
    }
}

fn plain_local(local: &str) -> CheckResult {
    if local.is_empty() {
        return Err(CheckError::format(t!("email-no-local")));
    }
    if local.chars().any(char::is_whitespace) {
        return Err(CheckError::format(t!("email-local-spaces")));
    }
    if let Some(c) = local.chars().find(|c| LOCAL_SPECIALS.contains(*c)) {
        return Err(CheckError::format(t!(
            "email-local-special",
            found = format!("{c:?}"),
            example = format!("\"a{c}b\"@example.ru")
        )));
    }
    if local.starts_with('.') || local.ends_with('.') || local.contains("..") {
        return Err(CheckError::format(t!("email-local-dots")));
    }
    Ok(())
}

fn domain(domain: &str) -> CheckResult {
    if let Some(literal) = domain.strip_prefix('[') {
        let Some(ip) = literal.strip_suffix(']') else {
            return Err(CheckError::format(t!("email-literal-unclosed")));
        };
        if is_ipv4(ip) {
            return Ok(());
        }
        return Err(CheckError::format(t!("email-literal-not-ipv4", ip = ip)));
    }
    if domain.chars().any(char::is_whitespace) {
        return Err(CheckError::format(t!("email-domain-spaces")));
    }
    if let Some(c) = domain
        .chars()
        .find(|c| !(c.is_alphanumeric() || *c == '-' || *c == '.'))
    {
        return Err(CheckError::format(t!(
            "email-domain-char",
            found = format!("{c:?}")
        )));
    }
    if !domain.contains('.') {
        return Err(CheckError::format(t!("email-domain-no-dot")));
    }
    let labels: Vec<&str> = domain.split('.').collect();
    if labels.iter().any(|l| l.is_empty()) {
        return Err(CheckError::format(t!("email-domain-dots")));
    }
    for label in &labels {
        if label.starts_with('-') || label.ends_with('-') {
            return Err(CheckError::format(t!(
                "email-label-hyphen",
                label = format!("{label:?}")
            )));
        }
    }
    match labels.last() {
        Some(top) if top.bytes().all(|b| b.is_ascii_digit()) && !is_ipv4(domain) => Err(
            CheckError::format(t!("email-tld-digits", tld = format!("{top:?}"))),
        ),
        _ => Ok(()),
    }
}

/// Four decimal numbers 0-255 joined by dots.
fn is_ipv4(v: &str) -> bool {
    let parts: Vec<&str> = v.split('.').collect();
    parts.len() == 4
        && parts.iter().all(|p| {
            (1..=3).contains(&p.len())
                && p.bytes().all(|b| b.is_ascii_digit())
                && p.parse::<u16>().is_ok_and(|n| n <= 255)
        })
}
