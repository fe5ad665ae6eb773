//! Russian internal passport: series, number and the issuing division's
//! code. None of them has a check digit, so only the shape is checked.

use crate::t;

use super::{digits, digits_exact, digits_in_layout, CheckError, CheckResult};

/// Passport series: 4 digits. The passport prints it as two pairs (region,
/// then year of the form), so `"45 06"` with exactly one space between the
/// pairs is accepted too; no other separator is.
pub fn passport_series(v: &str) -> CheckResult {
    let d = if v.chars().nth(2) == Some(' ') {
        digits_in_layout(v, &[(2, ' ')])?
    } else {
        digits(v)?
    };
    if d.len() == 4 {
        Ok(())
    } else {
        Err(CheckError::format(t!(
            "passport-series-length",
            got = d.len()
        )))
    }
}

/// Passport number: 6 digits.
pub fn passport_number(v: &str) -> CheckResult {
    digits_exact(v, 6, "").map(|_| ())
}

/// Code of the division that issued the passport: `NNN-NNN`.
pub fn division_code(v: &str) -> CheckResult {
    let n = digits_in_layout(v, &[(3, '-')])?.len();
    if n == 6 {
        Ok(())
    } else {
        Err(CheckError::format(t!("division-code-shape", got = n)))
    }
}

#[cfg(test)]
mod tests {
    use super::super::CheckKind;
    use super::*;

    #[test]
    fn series() {
        assert_eq!(passport_series("4506"), Ok(()));
        assert_eq!(passport_series("45 06"), Ok(()));
        assert_eq!(
            passport_series("45  06").unwrap_err().message,
            "must be digits only, found ' ' at position 4"
        );
        assert_eq!(
            passport_series("450").unwrap_err().message,
            "must be 4 digits (or NN NN), got 3"
        );
        assert_eq!(
            passport_series("45 067").unwrap_err().message,
            "must be 4 digits (or NN NN), got 5"
        );
        assert_eq!(
            passport_series("4 506").unwrap_err().kind,
            CheckKind::Format
        );
        assert_eq!(
            passport_series("45-06").unwrap_err().kind,
            CheckKind::Format
        );
        assert_eq!(passport_series("").unwrap_err().kind, CheckKind::Format);
    }

    #[test]
    fn number() {
        assert_eq!(passport_number("123456"), Ok(()));
        assert_eq!(
            passport_number("12345").unwrap_err().message,
            "must be 6 digits, got 5"
        );
        assert_eq!(
            passport_number("12 3456").unwrap_err().kind,
            CheckKind::Format
        );
    }

    #[test]
    fn division() {
        assert_eq!(division_code("770-001"), Ok(()));
        assert_eq!(
            division_code("770001").unwrap_err().message,
            "expected '-' at position 4, found '0'"
        );
        assert_eq!(
            division_code("770-01").unwrap_err().message,
            "must be NNN-NNN, got 5 digits"
        );
        assert_eq!(division_code("770").unwrap_err().kind, CheckKind::Format);
        assert_eq!(
            division_code("770-0011").unwrap_err().kind,
            CheckKind::Format
        );
        assert_eq!(
            division_code("770-00a").unwrap_err().kind,
            CheckKind::Format
        );
    }
}
