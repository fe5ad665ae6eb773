//! Bank requisites: BIK, and the settlement and correspondent accounts whose
//! control key is computed together with the bank's BIK.

use super::{digits_exact, dot, CheckError, CheckResult};

/// BIK, the bank identification code: 9 digits. It has no check digit.
pub fn bik(v: &str) -> CheckResult {
    digits_exact(v, 9, "").map(|_| ())
}

/// Whether a BIK belongs to a bank in Russia (prefix `04`). Other prefixes
/// exist and are legal, so callers warn on `false` rather than reject.
pub fn bik_is_russian(v: &str) -> bool {
    v.starts_with("04")
}

/// A settlement account (20 digits) checked against its bank's BIK.
///
/// The key prefix is the BIK's last three digits, except for an RKC (a
/// settlement centre of the Bank of Russia, BIK positions 7–8 are `00`),
/// whose accounts are keyed like correspondent accounts.
pub fn account(acc: &str, bik: &str) -> CheckResult {
    let a = digits_exact(acc, 20, "")?;
    let b = bik_digits(bik)?;
    let prefix = if b[6] == 0 && b[7] == 0 {
        [0, b[4], b[5]]
    } else {
        [b[6], b[7], b[8]]
    };
    control_key(acc, &a, prefix, bik)
}

/// A correspondent account (20 digits starting with 301) checked against the
/// BIK of the bank that holds it.
pub fn corr_account(acc: &str, bik: &str) -> CheckResult {
    let a = digits_exact(acc, 20, "")?;
    if !acc.starts_with("301") {
        return Err(CheckError::format(format!(
            "must start with 301 for a correspondent account, got {}",
            &acc[..3]
        )));
    }
    let b = bik_digits(bik)?;
    control_key(acc, &a, [0, b[4], b[5]], bik)
}

fn bik_digits(bik: &str) -> Result<Vec<u32>, CheckError> {
    digits_exact(bik, 9, "").map_err(|e| {
        CheckError::format(format!(
            "cannot check the control key, the bik is wrong: {}",
            e.message
        ))
    })
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
    Err(CheckError::checksum(format!(
        "checksum mismatch for {acc} with bik {bik} (control key fails, expected 9th digit {key})"
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
