//! DaData's requisites pass the card's own checks: every code a record
//! brings (KPP, OGRN/OGRNIP, OKPO, OKATO, OKTMO, OKVED; a bank's
//! correspondent account, INN and KPP) goes through the same
//! [`crate::requisites`] function the card rules use for typed input. A
//! value they refuse is taken out of the record, so neither `lookup-inn`
//! prints it nor `--from-inn` fills it, and a warning names the field, the
//! value and that DaData sent it. A failing check digit follows
//! `validation.checksums` as typed input does: refused under `strict`, kept
//! under `warn` (the card's rules then warn when it is saved). The INN (and
//! BIK) need no check here: only records of the number asked for, which was
//! checked before the request, are kept.

use super::{BankRecord, PartyRecord};
use crate::model::Kind;
use crate::requisites::{self, CheckKind, CheckResult};

/// A requisite of a record that failed the card's check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refused {
    /// The card field (`ogrnip` for a sole trader's OGRN), or the bank's
    /// own `bank.inn`/`bank.kpp` (no card field: nothing fills them).
    pub field: &'static str,
    /// What DaData sent.
    pub value: String,
    /// Why the check refused it.
    pub reason: String,
    /// True when the value was taken out of the record; false for a check
    /// digit kept under `validation.checksums = warn`.
    pub dropped: bool,
}

impl Refused {
    /// `ogrn: DaData sent 1157746512341 for 7718445200, which the card
    /// refuses (…); left out, give --ogrn to fill it`.
    pub fn warning(&self, whose: &str) -> String {
        let flag = crate::model::fields::lookup(self.field)
            .map(|f| crate::t!("lookup-give-flag", flag = f.flag).into_string())
            .unwrap_or_default();
        let (field, value, reason) = (self.field, self.value.as_str(), self.reason.as_str());
        if self.dropped {
            crate::t!(
                "lookup-refused-dropped",
                field = field,
                value = value,
                whose = whose,
                reason = reason,
                flag = flag
            )
        } else {
            crate::t!(
                "lookup-refused-kept",
                field = field,
                value = value,
                whose = whose,
                reason = reason
            )
        }
        .into_string()
    }
}

/// Runs `check` on `slot`; a refused value is taken out (a failing check
/// digit only when `strict`) and reported.
fn vet(
    out: &mut Vec<Refused>,
    field: &'static str,
    slot: &mut Option<String>,
    strict: bool,
    check: impl Fn(&str) -> CheckResult,
) {
    let Some(value) = slot.as_deref() else {
        return;
    };
    if let Err(e) = check(value.trim()) {
        let dropped = strict || e.kind != CheckKind::Checksum;
        out.push(Refused {
            field,
            value: value.to_string(),
            reason: e.message,
            dropped,
        });
        if dropped {
            *slot = None;
        }
    }
}

impl PartyRecord {
    /// Takes out of the record every requisite the card's check refuses
    /// and keeps what was refused in [`PartyRecord::refused`].
    pub fn vet_requisites(&mut self, strict: bool) {
        let mut out = Vec::new();
        let (ogrn, check): (_, fn(&str) -> CheckResult) = match self.kind {
            Kind::Legal => ("ogrn", requisites::ogrn),
            Kind::Ip | Kind::Person => ("ogrnip", requisites::ogrnip),
        };
        vet(&mut out, ogrn, &mut self.ogrn, strict, check);
        // DaData writes a KPP upper case; the card keeps it so.
        vet(&mut out, "kpp", &mut self.kpp, strict, |k| {
            requisites::kpp(&k.to_uppercase())
        });
        vet(&mut out, "okpo", &mut self.okpo, strict, requisites::okpo);
        vet(
            &mut out,
            "okato",
            &mut self.okato,
            strict,
            requisites::okato,
        );
        vet(
            &mut out,
            "oktmo",
            &mut self.oktmo,
            strict,
            requisites::oktmo,
        );
        vet(
            &mut out,
            "okved",
            &mut self.okved,
            strict,
            requisites::okved,
        );
        self.refused = out;
    }

    /// The warnings of the requisites [`PartyRecord::vet_requisites`] refused.
    pub fn refused_warnings(&self) -> Vec<String> {
        let whose = self.label();
        self.refused.iter().map(|r| r.warning(&whose)).collect()
    }
}

impl BankRecord {
    /// Takes out of the record its correspondent account, INN or KPP when
    /// the card's check refuses it (the account is checked against the
    /// BIK, as on a card).
    pub fn vet_requisites(&mut self, strict: bool) {
        let mut out = Vec::new();
        let bik = self.bik.clone().unwrap_or_default();
        vet(
            &mut out,
            "bank.corr_account",
            &mut self.corr_account,
            strict,
            |a| requisites::corr_account(a, &bik),
        );
        vet(
            &mut out,
            "bank.inn",
            &mut self.inn,
            strict,
            requisites::inn_legal,
        );
        vet(&mut out, "bank.kpp", &mut self.kpp, strict, requisites::kpp);
        self.refused = out;
    }

    /// The warnings of the requisites [`BankRecord::vet_requisites`] refused.
    pub fn refused_warnings(&self) -> Vec<String> {
        let whose = format!("BIK {}", self.bik.as_deref().unwrap_or(""));
        self.refused.iter().map(|r| r.warning(&whose)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dadata::types;

    fn legal() -> PartyRecord {
        let raw = include_str!("../../../../fixtures/dadata/party-legal.json");
        PartyRecord::from_party(&types::parties(raw).unwrap()[0])
    }

    #[test]
    fn valid_requisites_are_kept_and_nothing_is_refused() {
        let mut p = legal();
        let before = p.clone();
        p.vet_requisites(true);
        assert_eq!(p, before);
        assert!(p.refused.is_empty());
    }

    #[test]
    fn a_bad_check_digit_is_dropped_under_strict_and_kept_under_warn() {
        let mut p = legal();
        p.ogrn = Some("1157746512341".into());
        let mut warn = p.clone();
        p.vet_requisites(true);
        assert_eq!(p.ogrn, None);
        let w = p.refused_warnings();
        assert_eq!(w.len(), 1, "{w:?}");
        assert!(
            w[0].starts_with("ogrn: DaData sent `1157746512341` for 7718445200")
                && w[0].contains("left out, give --ogrn"),
            "{w:?}"
        );
        warn.vet_requisites(false);
        assert_eq!(warn.ogrn.as_deref(), Some("1157746512341"));
        assert!(warn.refused_warnings()[0].contains("kept"), "{warn:?}");
    }

    #[test]
    fn a_malformed_value_is_dropped_in_either_mode() {
        for strict in [true, false] {
            let mut p = legal();
            p.okpo = Some("12ab".into());
            p.kpp = Some("77180100".into());
            p.okved = Some("x".into());
            p.vet_requisites(strict);
            assert_eq!(
                (p.okpo.clone(), p.kpp.clone(), p.okved.clone()),
                (None, None, None)
            );
            let fields: Vec<&str> = p.refused.iter().map(|r| r.field).collect();
            assert_eq!(fields, ["kpp", "okpo", "okved"]);
        }
    }

    #[test]
    fn a_bank_corr_account_of_another_bik_is_dropped() {
        let raw = include_str!("../../../../fixtures/dadata/bank.json");
        let mut b = BankRecord::from_bank(&types::banks(raw).unwrap()[0]);
        b.vet_requisites(true);
        assert!(b.refused.is_empty(), "{:?}", b.refused);
        b.corr_account = Some("30101810400000000225".into());
        b.vet_requisites(true);
        assert_eq!(b.corr_account, None);
        assert!(
            b.refused_warnings()[0].starts_with("bank.corr_account: DaData sent"),
            "{:?}",
            b.refused
        );
    }
}
