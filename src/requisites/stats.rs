//! Pension and statistics register codes: SNILS and OKPO (with check
//! digits), and the classifier codes OKVED, OKATO and OKTMO (format only).

use crate::t;

use super::{
    digits, digits_exact, digits_in_layout, dot, mismatch, number, CheckError, CheckResult,
};

/// Where the separators of the printed SNILS form `XXX-XXX-XXX YY` stand.
const SNILS_LAYOUT: [(usize, char); 3] = [(3, '-'), (7, '-'), (11, ' ')];

/// The same positions when the number is written with spaces only
/// (`XXX XXX XXX YY`), as forms and spreadsheets often print it.
const SNILS_SPACED: [(usize, char); 3] = [(3, ' '), (7, ' '), (11, ' ')];

/// Numbers up to this one were issued before the check digits existed.
const SNILS_UNCHECKED_UP_TO: u64 = 1_001_998;

fn snils_digits(v: &str) -> Result<Vec<u32>, CheckError> {
    // A dash means the printed form; spaces alone the spaced one. Mixing
    // them any other way (`586 595-917 80`) is refused by the layout.
    let (layout, shown) = if v.contains('-') {
        (&SNILS_LAYOUT, "XXX-XXX-XXX YY")
    } else if v.contains(' ') {
        (&SNILS_SPACED, "XXX XXX XXX YY")
    } else {
        return digits_exact(v, 11, "");
    };
    let d = digits_in_layout(v, layout)?;
    if d.len() != 11 {
        return Err(CheckError::format(t!(
            "snils-shape",
            shape = shown,
            got = d.len()
        )));
    }
    Ok(d)
}

/// SNILS, the personal insurance account number: 11 digits, given plain, as
/// `XXX-XXX-XXX YY` or as `XXX XXX XXX YY`.
pub fn snils(v: &str) -> CheckResult {
    let d = snils_digits(v)?;
    if number(&d[..9]) <= SNILS_UNCHECKED_UP_TO {
        return Ok(());
    }
    let expected = snils_check(&d[..9]);
    if d[9] * 10 + d[10] == expected {
        Ok(())
    } else {
        Err(mismatch(v, &[expected / 10, expected % 10]))
    }
}

/// The 11 digits of a SNILS given in either accepted form, without checking
/// its check digits; `None` when the shape is wrong.
pub fn normalize_snils(v: &str) -> Option<String> {
    let d = snils_digits(v).ok()?;
    Some(d.iter().map(|x| x.to_string()).collect())
}

fn snils_check(body: &[u32]) -> u32 {
    let s = dot(body, (1..=9).rev());
    match s {
        0..=99 => s,
        100 | 101 => 0,
        _ => s % 101 % 100,
    }
}

/// OKPO, the statistics register code: 8 digits for an organisation, 10 for
/// a sole trader. A shorter number whose lost leading zeros the check digit
/// confirms is still refused, but the message names the padded number.
pub fn okpo(v: &str) -> CheckResult {
    let d = digits(v)?;
    if d.len() != 8 && d.len() != 10 {
        let err = match repair_okpo(v) {
            Some(p) => t!("okpo-length-repairable", got = d.len(), repaired = p),
            None => t!("okpo-length", got = d.len()),
        };
        return Err(CheckError::format(err));
    }
    let (body, last) = d.split_at(d.len() - 1);
    let expected = okpo_check(body);
    if last[0] == expected {
        Ok(())
    } else {
        Err(mismatch(v, &[expected]))
    }
}

/// Restores the leading zeros that Excel and 1C drop from an OKPO read as a
/// number: up to 7 digits become 8 (an organisation), 9 become 10 (a sole
/// trader). Returns the padded value only when it passes the check digit,
/// so a mistyped number is not "repaired" into another one.
pub fn repair_okpo(v: &str) -> Option<String> {
    if v.is_empty() || !v.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let width = match v.len() {
        1..=7 => 8,
        9 => 10,
        _ => return None,
    };
    let padded = format!("{v:0>width$}");
    okpo_check_passes(&padded).then_some(padded)
}

/// Whether an OKPO of a legal length has the right check digit (no
/// message, so [`okpo`] and [`repair_okpo`] can use each other).
fn okpo_check_passes(v: &str) -> bool {
    match digits(v) {
        Ok(d) if d.len() == 8 || d.len() == 10 => {
            let (body, last) = d.split_at(d.len() - 1);
            okpo_check(body) == last[0]
        }
        _ => false,
    }
}

/// Weights 1..=10 repeating; a remainder of 10 retries with the weights
/// shifted by two, and a second 10 means 0.
fn okpo_check(body: &[u32]) -> u32 {
    let pass = |shift: u32| dot(body, (0..).map(move |i: u32| (i + shift) % 10 + 1)) % 11;
    match pass(0) {
        10 => pass(2) % 10,
        r => r,
    }
}

/// OKVED, the activity classifier: `XX`, `XX.X`, `XX.XX`, `XX.XX.X` or
/// `XX.XX.XX`.
pub fn okved(v: &str) -> CheckResult {
    let parts: Vec<&str> = v.split('.').collect();
    let digits_only = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    let shaped = parts.iter().all(|p| digits_only(p))
        && match parts[..] {
            [a] => a.len() == 2,
            [a, b] => a.len() == 2 && b.len() <= 2,
            [a, b, c] => a.len() == 2 && b.len() == 2 && c.len() <= 2,
            _ => false,
        };
    if shaped {
        Ok(())
    } else {
        Err(CheckError::format(t!("okved-shape")))
    }
}

/// OKATO, the administrative-territorial classifier: 2 to 11 digits.
pub fn okato(v: &str) -> CheckResult {
    let n = digits(v)?.len();
    if (2..=11).contains(&n) {
        Ok(())
    } else {
        Err(CheckError::format(t!("okato-length", got = n)))
    }
}

/// OKTMO, the municipal territory classifier: 8 or 11 digits.
pub fn oktmo(v: &str) -> CheckResult {
    let n = digits(v)?.len();
    if n == 8 || n == 11 {
        Ok(())
    } else {
        Err(CheckError::format(t!("oktmo-length", got = n)))
    }
}

#[cfg(test)]
mod tests {
    use super::super::CheckKind;
    use super::*;

    #[test]
    fn snils_vectors() {
        for v in ["11223344595", "01024236877", "14848125585", "08765430300"] {
            assert_eq!(snils(v), Ok(()), "{v}");
        }
        for v in ["01024236800", "14848125500", "12345678901"] {
            assert_eq!(snils(v).unwrap_err().kind, CheckKind::Checksum, "{v}");
        }
        assert_eq!(
            snils("01024236800").unwrap_err().message,
            "checksum mismatch for 01024236800 (expected last two digits 77)"
        );
    }

    #[test]
    fn snils_printed_form() {
        assert_eq!(snils("112-233-445 95"), Ok(()));
        assert_eq!(
            snils("112-233-445 96").unwrap_err().message,
            "checksum mismatch for 112-233-445 96 (expected last two digits 95)"
        );
        assert_eq!(
            normalize_snils("112-233-445 95"),
            Some("11223344595".into())
        );
        assert_eq!(normalize_snils("11223344595"), Some("11223344595".into()));
        assert_eq!(normalize_snils("11223344596"), Some("11223344596".into()));
        for bad in [
            "112 233-445 95",
            "112-233 445 95",
            "112-233-445-95",
            "112-233-44595",
            "112 233 44595",
            "112-233-445 9",
            "1122334459",
        ] {
            assert_eq!(normalize_snils(bad), None, "{bad}");
            assert_eq!(snils(bad).unwrap_err().kind, CheckKind::Format, "{bad}");
        }
        assert_eq!(
            snils("112 233-445 95").unwrap_err().message,
            "expected '-' at position 4, found ' '"
        );
        assert_eq!(
            snils("112 233 445 9").unwrap_err().message,
            "must be XXX XXX XXX YY, got 10 digits"
        );
        assert_eq!(
            snils("112-233-445 9").unwrap_err().message,
            "must be XXX-XXX-XXX YY, got 10 digits"
        );
        assert_eq!(
            snils("1122334459").unwrap_err().message,
            "must be 11 digits, got 10"
        );
    }

    #[test]
    fn snils_spaced_form() {
        assert_eq!(snils("342 932 447 76"), Ok(()));
        assert_eq!(
            normalize_snils("342 932 447 76"),
            Some("34293244776".into())
        );
        assert_eq!(
            snils("342 932 447 77").unwrap_err().message,
            "checksum mismatch for 342 932 447 77 (expected last two digits 76)"
        );
        assert_eq!(
            snils("342 932  447 76").unwrap_err().kind,
            CheckKind::Format
        );
    }

    #[test]
    fn snils_early_numbers_are_not_checked() {
        assert_eq!(snils("00100199800"), Ok(()));
        assert!(snils("00100199900").is_err());
    }

    #[test]
    fn snils_check_edges() {
        // Bodies built for weighted sums of 99, 100, 101, 102 and 201.
        assert_eq!(snils_check(&[9, 2, 0, 0, 0, 0, 0, 1, 0]), 99);
        assert_eq!(snils_check(&[9, 2, 0, 0, 0, 0, 1, 0, 0]), 0);
        assert_eq!(snils_check(&[9, 2, 0, 0, 0, 0, 1, 0, 1]), 0);
        assert_eq!(snils_check(&[9, 2, 0, 0, 0, 0, 1, 1, 0]), 1);
        assert_eq!(snils_check(&[9, 9, 6, 1, 0, 0, 0, 0, 0]), 0);
    }

    #[test]
    fn okpo_vectors() {
        for v in [
            "00242766",
            "00040778",
            "47296611",
            "60419873",
            "0164667059",
            "0193366363",
        ] {
            assert_eq!(okpo(v), Ok(()), "{v}");
        }
        let e = okpo("00242765").unwrap_err();
        assert_eq!(e.kind, CheckKind::Checksum);
        assert_eq!(
            e.message,
            "checksum mismatch for 00242765 (expected last digit 6)"
        );
        assert_eq!(
            okpo("002427666").unwrap_err().message,
            "must be 8 digits for an organisation or 10 for a sole trader, got 9"
        );
    }

    #[test]
    fn okpo_lost_leading_zeros_are_restored_only_when_the_check_digit_agrees() {
        for (short, padded) in [
            ("242766", "00242766"),
            ("40778", "00040778"),
            ("164667059", "0164667059"),
            ("194265277", "0194265277"),
        ] {
            assert_eq!(repair_okpo(short).as_deref(), Some(padded), "{short}");
            let e = okpo(short).unwrap_err();
            assert_eq!(e.kind, CheckKind::Format, "{short}");
            assert!(
                e.message.ends_with(&format!(
                    "leading zeros may have been lost: {padded} passes the check digit"
                )),
                "{}",
                e.message
            );
        }
        // Padding gives a wrong check digit: no repair, no hint.
        assert_eq!(repair_okpo("242765"), None);
        assert_eq!(repair_okpo("194265278"), None);
        assert_eq!(
            okpo("242765").unwrap_err().message,
            "must be 8 digits for an organisation or 10 for a sole trader, got 6"
        );
        // Legal lengths, too long, empty and non-digits are never padded.
        for v in [
            "00242766",
            "0194265277",
            "016466705911111111",
            "",
            "24276a",
            "24 766",
        ] {
            assert_eq!(repair_okpo(v), None, "{v}");
        }
        // A 7-digit body whose padded 8-digit form checks, found by search.
        let padded = (1_000_000u32..)
            .map(|n| format!("0{n}"))
            .find(|p| okpo(p).is_ok())
            .unwrap();
        assert_eq!(repair_okpo(&padded[1..]), Some(padded));
    }

    #[test]
    fn okpo_second_pass() {
        // 60419873 is the public vector whose first pass gives 10.
        assert_eq!(dot(&[6, 0, 4, 1, 9, 8, 7], 1..=7) % 11, 10);
    }

    #[test]
    fn okved_shapes() {
        for v in ["62", "62.0", "62.01", "62.01.1", "61.10.11"] {
            assert_eq!(okved(v), Ok(()), "{v}");
        }
        for v in [
            "",
            "6",
            "620",
            "62.",
            "62.011",
            "62.01.111",
            "62.1.1",
            "6a.01",
            "62.01.1.1",
        ] {
            assert_eq!(okved(v).unwrap_err().kind, CheckKind::Format, "{v}");
        }
    }

    #[test]
    fn okato_and_oktmo_lengths() {
        assert_eq!(okato("45"), Ok(()));
        assert_eq!(okato("45286575000"), Ok(()));
        assert_eq!(
            okato("4").unwrap_err().message,
            "must be 2 to 11 digits, got 1"
        );
        assert_eq!(okato("452865750001").unwrap_err().kind, CheckKind::Format);
        assert_eq!(oktmo("45375000"), Ok(()));
        assert_eq!(oktmo("45375000001"), Ok(()));
        assert_eq!(
            oktmo("453750000").unwrap_err().message,
            "must be 8 or 11 digits, got 9"
        );
        assert_eq!(
            oktmo("4537500O").unwrap_err().message,
            "must be digits only, found 'O' at position 8"
        );
    }
}
