//! Bank requisites: BIK, and the settlement and correspondent accounts whose
//! control key is computed together with the bank's BIK.

use crate::t;

use super::{digits_exact, dot, CheckError, CheckResult};

/// BIK, the bank identification code: 9 digits. It has no check digit, but
/// positions 7–9 (the participant's number) are `000`–`002` for the Bank of
/// Russia's own divisions and `050`–`999` for banks; `003`–`049` are never
/// assigned.
pub fn bik(v: &str) -> CheckResult {
    let d = digits_exact(v, 9, "")?;
    let participant = d[6] * 100 + d[7] * 10 + d[8];
    if (3..50).contains(&participant) {
        return Err(CheckError::format(t!(
            "bik-participant",
            got = format!("{participant:03}")
        )));
    }
    Ok(())
}

/// Whether a BIK belongs to a bank in Russia (prefix `04`). Other prefixes
/// exist and are legal, so callers warn on `false` rather than reject.
pub fn bik_is_russian(v: &str) -> bool {
    v.starts_with("04")
}

/// The warning a well-formed BIK deserves, if any: one that does not start
/// with `04` is legal (the Federal Treasury's start `00`–`02`) but is not an
/// ordinary bank in Russia, so it is worth a second look. `None` for a BIK
/// that fails [`bik`], whose error says more.
pub fn bik_warning(v: &str) -> Option<String> {
    (bik(v).is_ok() && !bik_is_russian(v)).then(|| t!("bik-not-russian", bik = v).into_string())
}

/// A settlement account (20 digits) checked against its bank's BIK.
///
/// The key prefix is the BIK's last three digits, except for an RKC (a
/// settlement centre of the Bank of Russia, BIK positions 7–8 are `00`),
/// whose accounts are keyed like correspondent accounts.
pub fn account(acc: &str, bik: &str) -> CheckResult {
    account_format(acc)?;
    let a = digits_exact(acc, 20, "")?;
    let b = bik_digits(bik)?;
    let prefix = if b[6] == 0 && b[7] == 0 {
        [0, b[4], b[5]]
    } else {
        [b[6], b[7], b[8]]
    };
    control_key(acc, &a, prefix, bik)
}

/// The shape of a settlement account alone (20 digits), for when the BIK
/// that its control key needs is not known.
pub fn account_format(acc: &str) -> CheckResult {
    digits_exact(acc, 20, "").map(|_| ())
}

/// The shape of a correspondent account alone (20 digits starting with
/// 301), for when the BIK that its key and last digits need is not known.
pub fn corr_account_format(acc: &str) -> CheckResult {
    digits_exact(acc, 20, "")?;
    if !acc.starts_with("301") {
        return Err(CheckError::format(t!(
            "corr-account-prefix",
            got = &acc[..3]
        )));
    }
    Ok(())
}

/// A correspondent account (20 digits starting with 301) checked against the
/// BIK of the bank that holds it: its last three digits are the BIK's last
/// three, and its control key is computed with the BIK.
pub fn corr_account(acc: &str, bik: &str) -> CheckResult {
    corr_account_format(acc)?;
    let a = digits_exact(acc, 20, "")?;
    let b = bik_digits(bik)?;
    if a[17..] != b[6..] {
        return Err(CheckError::format(t!(
            "corr-account-bik-tail",
            tail = &bik[6..],
            got = &acc[17..]
        )));
    }
    control_key(acc, &a, [0, b[4], b[5]], bik)
}

fn bik_digits(bik: &str) -> Result<Vec<u32>, CheckError> {
    digits_exact(bik, 9, "")
        .map_err(|e| CheckError::format(t!("account-bik-wrong", reason = e.message)))
}

/// Weights 7,1,3 over the 23 digits `prefix + account`, sum ≡ 0 (mod 10).
fn control_key(acc: &str, a: &[u32], prefix: [u32; 3], bik: &str) -> CheckResult {
    let mut all = prefix.to_vec();
    all.extend_from_slice(a);
    let sum = dot(&all, [7, 1, 3].into_iter().cycle());
    if sum % 10 == 0 {
        return Ok(());
    }
    // The key is account digit 9, at index 11 of the 23 with weight 3; 7 is
    // the inverse of 3 modulo 10.
    let others = sum - 3 * a[8];
    let key = (10 - others % 10) % 10 * 7 % 10;
    Err(CheckError::checksum(t!(
        "account-key-mismatch",
        account = acc,
        bik = bik,
        key = key
    )))
}

#[cfg(test)]
mod tests {
    use super::super::CheckKind;
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn bik_shape() {
        assert_eq!(bik("044525225"), Ok(()));
        assert_eq!(
            bik("04452522").unwrap_err().message,
            "must be 9 digits, got 8"
        );
        assert!(bik_is_russian("044525225"));
        assert!(!bik_is_russian("123456789"));
    }

    #[test]
    fn bik_participant_number_003_to_049_is_never_assigned() {
        // 000 an RKC, 001-002 other Bank of Russia divisions, 050+ banks.
        for v in [
            "044525000",
            "044106001",
            "040349002",
            "044525050",
            "044525999",
        ] {
            assert_eq!(bik(v), Ok(()), "{v}");
        }
        for (v, n) in [
            ("044525003", "003"),
            ("044525048", "048"),
            ("044525049", "049"),
        ] {
            let e = bik(v).unwrap_err();
            assert_eq!(e.kind, CheckKind::Format, "{v}");
            assert_eq!(
                e.message,
                format!("positions 7-9 must be 000-002 (the bank of russia) or 050-999 (a bank), got {n}")
            );
        }
        assert!(bik("04452504a")
            .unwrap_err()
            .message
            .contains("digits only"));
    }

    #[test]
    fn bik_outside_04_is_a_warning_not_an_error() {
        // A Federal Treasury BIK and a made-up foreign-looking one.
        for v in ["024501901", "987654321"] {
            assert_eq!(bik(v), Ok(()), "{v}");
            let w = bik_warning(v).expect("a warning");
            assert!(w.starts_with(&format!("{v} does not start with 04")), "{w}");
        }
        assert_eq!(bik_warning("044525225"), None);
        // A malformed BIK gets its error from bik(), not a warning.
        assert_eq!(bik_warning("98765432"), None);
        assert_eq!(bik_warning("987654003"), None);
    }

    #[test]
    fn corr_account_must_end_with_the_bik_last_three() {
        // The key alone would pass: it uses BIK positions 5-6 only, which
        // 044525221 shares with 044525225.
        let e = corr_account("30101810400000000225", "044525221").unwrap_err();
        assert_eq!(e.kind, CheckKind::Format);
        assert_eq!(
            e.message,
            "must end with the bik's last three digits 221, got 225; \
             is it the correspondent account of another bank?"
        );
        for (acc, b) in [
            ("30101810145250000411", "044525411"),
            ("30101810745250000659", "044525659"),
        ] {
            assert_eq!(corr_account(acc, b), Ok(()), "{acc} {b}");
        }
    }

    #[test]
    fn formats_without_a_bik() {
        assert_eq!(account_format("40817810099910004312"), Ok(()));
        assert_eq!(
            account_format("4234567890123456789").unwrap_err().message,
            "must be 20 digits, got 19"
        );
        assert_eq!(
            account_format("4234567890123456789*").unwrap_err().kind,
            CheckKind::Format
        );
        assert_eq!(corr_account_format("30101810400000000225"), Ok(()));
        assert_eq!(
            corr_account_format("12345678901234567890")
                .unwrap_err()
                .message,
            "must start with 301 for a correspondent account, got 123"
        );
        assert_eq!(
            corr_account_format("301018102000000008270")
                .unwrap_err()
                .message,
            "must be 20 digits, got 21"
        );
    }

    #[test]
    fn settlement_account_vectors() {
        for (acc, b) in [
            ("40702810900000002851", "044030827"),
            ("40701810000001002118", "044106001"),
            ("40702810801400016513", "044525593"),
        ] {
            assert_eq!(account(acc, b), Ok(()), "{acc} {b}");
        }
        let e = account("40702810000000002851", "044030827").unwrap_err();
        assert_eq!(e.kind, CheckKind::Checksum);
        assert_eq!(
            e.message,
            "checksum mismatch for 40702810000000002851 with bik 044030827 \
             (control key fails, expected 9th digit 9)"
        );
    }

    #[test]
    fn corr_account_vectors() {
        for (acc, b) in [
            ("30101810200000000827", "044030827"),
            ("30101810400000000225", "044525225"),
        ] {
            assert_eq!(corr_account(acc, b), Ok(()), "{acc} {b}");
        }
        let e = corr_account("30101810300000000827", "044030827").unwrap_err();
        assert_eq!(e.kind, CheckKind::Checksum);
        assert_eq!(
            e.message,
            "checksum mismatch for 30101810300000000827 with bik 044030827 \
             (control key fails, expected 9th digit 2)"
        );
        let e = corr_account("30101810500000000225", "044525225").unwrap_err();
        assert!(
            e.message.ends_with("expected 9th digit 4)"),
            "{}",
            e.message
        );
    }

    #[test]
    fn shape_errors_are_format_errors() {
        let e = corr_account("40702810900000002851", "044030827").unwrap_err();
        assert_eq!(e.kind, CheckKind::Format);
        assert_eq!(
            e.message,
            "must start with 301 for a correspondent account, got 407"
        );
        let e = account("40702810900000002851", "04403082").unwrap_err();
        assert_eq!(e.kind, CheckKind::Format);
        assert_eq!(
            e.message,
            "cannot check the control key, the bik is wrong: must be 9 digits, got 8"
        );
        assert_eq!(
            account("4070281090000000285", "044030827")
                .unwrap_err()
                .message,
            "must be 20 digits, got 19"
        );
    }

    proptest! {
        #[test]
        fn suggested_key_always_passes(
            acc in "[0-9]{20}",
            b in "04[0-9]{7}",
        ) {
            match account(&acc, &b) {
                Ok(()) => {}
                Err(e) => {
                    prop_assert_eq!(e.kind, CheckKind::Checksum);
                    let key = e.message.chars().rev().nth(1).unwrap();
                    let fixed = format!("{}{key}{}", &acc[..8], &acc[9..]);
                    prop_assert_eq!(account(&fixed, &b), Ok(()));
                }
            }
        }
    }
}
