//! Tax-register identifiers: INN of a legal entity (10 digits) or of a
//! person or sole trader (12 digits), OGRN, OGRNIP and KPP, with their check
//! digits, and the repair of an INN whose leading zero a spreadsheet dropped.

use crate::t;

use super::{digits, digits_exact, dot, mismatch, number, CheckError, CheckResult};

const INN10: [u32; 9] = [2, 4, 10, 3, 5, 9, 4, 6, 8];
const INN11: [u32; 10] = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
const INN12: [u32; 11] = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];

fn inn_digit(body: &[u32], weights: &[u32]) -> u32 {
    dot(body, weights.iter().copied()) % 11 % 10
}

/// The check digits an INN of `d.len()` digits (10 or 12) must end with.
fn inn_expected(d: &[u32]) -> Vec<u32> {
    if d.len() == 10 {
        return vec![inn_digit(&d[..9], &INN10)];
    }
    // The 12th digit covers the 11th, so it is computed over the correct
    // 11th, not over whatever the value holds.
    let mut body = d[..10].to_vec();
    body.push(inn_digit(&body, &INN11));
    let d12 = inn_digit(&body, &INN12);
    vec![body[10], d12]
}

fn inn_checksum(v: &str, d: &[u32]) -> CheckResult {
    let expected = inn_expected(d);
    if d[d.len() - expected.len()..] == expected[..] {
        Ok(())
    } else {
        Err(mismatch(v, &expected))
    }
}

/// An INN of either kind: 10 digits (legal entity) or 12 (person or sole
/// trader).
pub fn inn(v: &str) -> CheckResult {
    let d = digits(v)?;
    match d.len() {
        10 | 12 => inn_checksum(v, &d),
        n => {
            let lost = if n == 9 || n == 11 { "yes" } else { "no" };
            Err(CheckError::format(t!("inn-length", got = n, lost = lost)))
        }
    }
}

/// The INN of a legal entity: exactly 10 digits.
pub fn inn_legal(v: &str) -> CheckResult {
    let d = digits_exact(v, 10, "legal")?;
    inn_checksum(v, &d)
}

/// The INN of a person or sole trader: exactly 12 digits.
pub fn inn_person(v: &str) -> CheckResult {
    let d = digits_exact(v, 12, "person")?;
    inn_checksum(v, &d)
}

/// Restores the leading zero that 1C and Excel drop from an INN read as a
/// number: 9 or 11 digits become 10 or 12. Returns the padded value only when
/// it passes its checksum, so a value that was simply mistyped is not
/// "repaired" into a different valid-looking one by accident.
pub fn repair_inn(v: &str) -> Option<String> {
    let shaped = matches!(v.len(), 9 | 11) && v.bytes().all(|b| b.is_ascii_digit());
    let padded = format!("0{v}");
    (shaped && inn(&padded).is_ok()).then_some(padded)
}

/// OGRN, the main state registration number of a legal entity: 13 digits,
/// not starting with 0.
pub fn ogrn(v: &str) -> CheckResult {
    let d = digits_exact(v, 13, "")?;
    if d[0] == 0 {
        return Err(CheckError::format(t!("ogrn-leading-zero")));
    }
    let expected = ogrn_digit(&d[..12]);
    if d[12] == expected {
        Ok(())
    } else {
        Err(mismatch(v, &[expected]))
    }
}

fn ogrn_digit(body: &[u32]) -> u32 {
    (number(body) % 11 % 10) as u32
}

/// OGRNIP, the registration number of a sole trader: 15 digits starting
/// with 3 or 4.
pub fn ogrnip(v: &str) -> CheckResult {
    let d = digits_exact(v, 15, "")?;
    if d[0] != 3 && d[0] != 4 {
        return Err(CheckError::format(t!("ogrnip-first-digit", got = d[0])));
    }
    let expected = ogrnip_digit(&d[..14]);
    if d[14] == expected {
        Ok(())
    } else {
        Err(mismatch(v, &[expected]))
    }
}

/// Only the last digit of the remainder counts: remainders 10–12 give 0–2
/// (python-stdnum compares the raw remainder and rejects valid numbers).
fn ogrnip_digit(body: &[u32]) -> u32 {
    (number(body) % 13 % 10) as u32
}

/// KPP, the tax registration reason code: 4 digits, 2 digits or Latin
/// capitals, 3 digits. It has no check digit.
pub fn kpp(v: &str) -> CheckResult {
    let n = v.chars().count();
    if n != 9 {
        return Err(CheckError::format(t!("kpp-length", got = n)));
    }
    for (i, c) in v.chars().enumerate() {
        let reason = (4..6).contains(&i);
        if reason && !(c.is_ascii_digit() || c.is_ascii_uppercase()) {
            // Cyrillic А, В, Е look like Latin capitals and are the usual culprit.
            let cyrillic = if c.is_alphabetic() && !c.is_ascii() {
                "yes"
            } else {
                "no"
            };
            return Err(CheckError::format(t!(
                "kpp-reason-chars",
                found = format!("{c:?}"),
                pos = i + 1,
                not_latin = cyrillic
            )));
        }
        if !reason && !c.is_ascii_digit() {
            return Err(CheckError::format(t!(
                "kpp-digits",
                found = format!("{c:?}"),
                pos = i + 1
            )));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::CheckKind;
    use super::*;
    use proptest::prelude::*;

    fn render(d: &[u32]) -> String {
        d.iter().map(|x| x.to_string()).collect()
    }

    /// Every other value of the last digit must fail as a checksum error.
    fn all_other_last_digits_fail(valid: &str, check: fn(&str) -> CheckResult) {
        let (body, last) = valid.split_at(valid.len() - 1);
        for other in ('0'..='9').filter(|c| !last.starts_with(*c)) {
            let e = check(&format!("{body}{other}")).unwrap_err();
            assert_eq!(e.kind, CheckKind::Checksum, "{body}{other}");
        }
    }

    #[test]
    fn inn_vectors() {
        for v in ["7725088527", "7715034360", "1234567894", "7707083893"] {
            assert_eq!(inn_legal(v), Ok(()), "{v}");
            assert_eq!(inn(v), Ok(()), "{v}");
        }
        for v in [
            "773370857141",
            "344809916052",
            "123456789047",
            "005826107187",
        ] {
            assert_eq!(inn_person(v), Ok(()), "{v}");
            assert_eq!(inn(v), Ok(()), "{v}");
        }
        for v in [
            "7725088528",
            "7715034361",
            "1234567895",
            "773370857142",
            "344809916053",
            "123456789037",
        ] {
            assert_eq!(inn(v).unwrap_err().kind, CheckKind::Checksum, "{v}");
        }
    }

    #[test]
    fn inn_messages() {
        let e = inn("7707083894").unwrap_err();
        assert_eq!(e.kind, CheckKind::Checksum);
        assert_eq!(
            e.message,
            "checksum mismatch for 7707083894 (expected last digit 3)"
        );
        assert_eq!(
            inn("123456789037").unwrap_err().message,
            "checksum mismatch for 123456789037 (expected last two digits 47)"
        );
        let e = inn_legal("770708389").unwrap_err();
        assert_eq!(e.kind, CheckKind::Format);
        assert_eq!(e.message, "must be 10 digits for a legal entity, got 9");
        assert_eq!(
            inn_person("7707083893").unwrap_err().message,
            "must be 12 digits for a sole trader or person, got 10"
        );
        assert_eq!(
            inn("77070838").unwrap_err().message,
            "must be 10 digits for a legal entity or 12 for a sole trader or person, got 8"
        );
        assert!(inn("58261071871")
            .unwrap_err()
            .message
            .ends_with("may have been lost"));
        assert_eq!(
            inn("77O7083893").unwrap_err().message,
            "must be digits only, found 'O' at position 3"
        );
        assert_eq!(inn("").unwrap_err().kind, CheckKind::Format);
    }

    #[test]
    fn repair_restores_a_lost_leading_zero_only_when_it_checks() {
        assert_eq!(repair_inn("05826107187"), Some("005826107187".into()));
        // 10 digits is a legal length already: nothing to repair.
        assert_eq!(repair_inn("5826107187"), None);
        // Padding gives 012345678904, whose check digits are wrong.
        assert_eq!(repair_inn("12345678904"), None);
        assert_eq!(repair_inn("707083893"), None);
        assert_eq!(repair_inn("7707083893"), None);
        assert_eq!(repair_inn("5826107l87"), None);
        assert_eq!(repair_inn(""), None);
        // A 9-digit body whose padded 10-digit form checks.
        let body = [0, 1, 2, 3, 4, 5, 6, 7, 8];
        let padded = format!("{}{}", render(&body), inn_digit(&body, &INN10));
        assert_eq!(repair_inn(&padded[1..]), Some(padded));
    }

    #[test]
    fn ogrn_vectors() {
        for v in [
            "1022200525819",
            "1022500001325",
            "1027739552642",
            "1027812400868",
            "1027700132195",
        ] {
            assert_eq!(ogrn(v), Ok(()), "{v}");
        }
        for v in ["1022500001328", "1027700280938"] {
            assert_eq!(ogrn(v).unwrap_err().kind, CheckKind::Checksum, "{v}");
        }
        assert_eq!(
            ogrn("1022500001328").unwrap_err().message,
            "checksum mismatch for 1022500001328 (expected last digit 5)"
        );
        assert_eq!(
            ogrn("0022500001325").unwrap_err().message,
            "must not start with 0"
        );
        assert_eq!(
            ogrn("102250000132").unwrap_err().message,
            "must be 13 digits, got 12"
        );
    }

    #[test]
    fn ogrnip_vectors() {
        for v in ["304500116000157", "307760324100018", "385768585948949"] {
            assert_eq!(ogrnip(v), Ok(()), "{v}");
        }
        for v in ["304500116000154", "307760324100017", "385768585948948"] {
            let e = ogrnip(v).unwrap_err();
            assert_eq!(e.kind, CheckKind::Checksum, "{v}");
            assert!(e.message.contains("expected last digit"), "{}", e.message);
        }
        assert_eq!(
            ogrnip("504500116000157").unwrap_err().message,
            "must start with 3 or 4, got 5"
        );
    }

    #[test]
    fn ogrnip_accepts_remainders_ten_to_twelve() {
        // The body is found by search so the test states the property, not a
        // hand-picked number.
        let body = (0u64..)
            .map(|i| 30_450_011_600_000 + i)
            .find(|n| n % 13 == 12)
            .unwrap();
        assert_eq!(ogrnip(&format!("{body}2")), Ok(()));
    }

    #[test]
    fn kpp_vectors() {
        for v in ["771401001", "0000AZ000", "773601001"] {
            assert_eq!(kpp(v), Ok(()), "{v}");
        }
        assert_eq!(
            kpp("7714010O1").unwrap_err().message,
            "must be digits only in positions 1-4 and 7-9, found 'O' at position 8"
        );
        assert_eq!(
            kpp("7714010011").unwrap_err().message,
            "must be 9 characters (4 digits, 2 digits or latin capitals, 3 digits), got 10"
        );
        let e = kpp("7714АB001").unwrap_err();
        assert_eq!(e.kind, CheckKind::Format);
        assert!(e.message.ends_with("(not a latin letter)"), "{}", e.message);
        assert!(kpp("7714ab001").is_err());
    }

    proptest! {
        #[test]
        fn inn10_with_computed_digit_passes(body in prop::collection::vec(0u32..10, 9)) {
            let v = format!("{}{}", render(&body), inn_digit(&body, &INN10));
            prop_assert_eq!(inn_legal(&v), Ok(()));
            all_other_last_digits_fail(&v, inn_legal);
        }

        #[test]
        fn inn12_with_computed_digits_passes(body in prop::collection::vec(0u32..10, 10)) {
            let mut d = body.clone();
            d.extend([0, 0]);
            let v = format!("{}{}", render(&body), render(&inn_expected(&d)));
            prop_assert_eq!(inn_person(&v), Ok(()));
            all_other_last_digits_fail(&v, inn_person);
        }

        #[test]
        fn ogrn_with_computed_digit_passes(
            first in 1u32..10,
            rest in prop::collection::vec(0u32..10, 11),
        ) {
            let mut body = vec![first];
            body.extend(rest);
            let v = format!("{}{}", render(&body), ogrn_digit(&body));
            prop_assert_eq!(ogrn(&v), Ok(()));
            all_other_last_digits_fail(&v, ogrn);
        }

        #[test]
        fn ogrnip_with_computed_digit_passes(
            first in 3u32..5,
            rest in prop::collection::vec(0u32..10, 13),
        ) {
            let mut body = vec![first];
            body.extend(rest);
            let v = format!("{}{}", render(&body), ogrnip_digit(&body));
            prop_assert_eq!(ogrnip(&v), Ok(()));
            all_other_last_digits_fail(&v, ogrnip);
        }
    }
}
