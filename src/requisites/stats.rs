//! Pension and statistics register codes: SNILS and OKPO (with check
//! digits), and the classifier codes OKVED, OKATO and OKTMO (format only).

use super::{
    digits, digits_exact, digits_in_layout, dot, mismatch, number, CheckError, CheckResult,
};

/// Where the separators of the printed SNILS form `XXX-XXX-XXX YY` stand.
const SNILS_LAYOUT: [(usize, char); 3] = [(3, '-'), (7, '-'), (11, ' ')];

/// Numbers up to this one were issued before the check digits existed.
const SNILS_UNCHECKED_UP_TO: u64 = 1_001_998;

fn snils_digits(v: &str) -> Result<Vec<u32>, CheckError> {
    if !v.contains(['-', ' ']) {
        return digits_exact(v, 11, "");
    }
    let d = digits_in_layout(v, &SNILS_LAYOUT)?;
    if d.len() != 11 {
        return Err(CheckError::format(format!(
            "must be XXX-XXX-XXX YY, got {} digits",
            d.len()
        )));
    }
    Ok(d)
}

/// SNILS, the personal insurance account number: 11 digits, given plain or
/// as `XXX-XXX-XXX YY`.
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
/// a sole trader.
pub fn okpo(v: &str) -> CheckResult {
    let d = digits(v)?;
    if d.len() != 8 && d.len() != 10 {
        return Err(CheckError::format(format!(
            "must be 8 digits for an organisation or 10 for a sole trader, got {}",
            d.len()
        )));
    }
    let (body, last) = d.split_at(d.len() - 1);
    let expected = okpo_check(body);
    if last[0] == expected {
        Ok(())
    } else {
        Err(mismatch(v, &[expected]))
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
        Err(CheckError::format(
            "must be digits grouped as XX, XX.X, XX.XX, XX.XX.X or XX.XX.XX",
        ))
    }
}

/// OKATO, the administrative-territorial classifier: 2 to 11 digits.
pub fn okato(v: &str) -> CheckResult {
    let n = digits(v)?.len();
    if (2..=11).contains(&n) {
        Ok(())
    } else {
        Err(CheckError::format(format!(
            "must be 2 to 11 digits, got {n}"
        )))
    }
}

/// OKTMO, the municipal territory classifier: 8 or 11 digits.
pub fn oktmo(v: &str) -> CheckResult {
    let n = digits(v)?.len();
    if n == 8 || n == 11 {
        Ok(())
    } else {
        Err(CheckError::format(format!(
            "must be 8 or 11 digits, got {n}"
        )))
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
            "112 233 445 95",
            "112-233-44595",
            "112-233-445 9",
            "1122334459",
        ] {
            assert_eq!(normalize_snils(bad), None, "{bad}");
            assert_eq!(snils(bad).unwrap_err().kind, CheckKind::Format, "{bad}");
        }
        assert_eq!(
            snils("112 233 445 95").unwrap_err().message,
            "expected '-' at position 4, found ' '"
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
