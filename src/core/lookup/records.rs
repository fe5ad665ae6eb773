//! What DaData's answers mean for abonent: a party ([`PartyRecord`], the
//! shape `lookup-inn` prints) and a bank ([`BankRecord`], `lookup-bik`)
//! read from the response types, the card fields each fills, and the
//! warning for one that is not active.

use crate::dadata::{self, types, Branch};
use crate::model::fields::FieldValue;
use crate::model::Kind;
use serde::Serialize;

mod checks;
mod contacts;

pub use checks::Refused;

/// A party as `lookup-inn` prints it (DESIGN §4: these keys, never renamed).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PartyRecord {
    /// `legal` or `ip`.
    #[serde(rename = "type")]
    pub kind: Kind,
    /// DaData's `state.status`: `ACTIVE`, `LIQUIDATING`, `LIQUIDATED`, …
    pub status: Option<String>,
    /// The day the status took effect, as far as DaData tells
    /// ([`types::State::since`]); not printed by `lookup-inn`.
    #[serde(skip)]
    pub status_since: Option<String>,
    pub name: Option<String>,
    pub full_name: Option<String>,
    pub inn: Option<String>,
    pub kpp: Option<String>,
    /// OGRN, or OGRNIP for a sole trader.
    pub ogrn: Option<String>,
    pub okpo: Option<String>,
    pub okato: Option<String>,
    pub oktmo: Option<String>,
    pub okved: Option<String>,
    pub director: Option<String>,
    pub director_post: Option<String>,
    /// The legal address, with the postal code in front when DaData has it.
    pub address: Option<String>,
    pub postal_code: Option<String>,
    pub last_name: Option<String>,
    pub first_name: Option<String>,
    pub middle_name: Option<String>,
    /// `main` (head office) or `branch`; `null` for a sole trader.
    pub branch_type: Option<&'static str>,
    /// How many branches DaData counts for a head office; `null` on a
    /// branch and a sole trader.
    pub branch_count: Option<u32>,
    /// True on a head office whose `branch_count` is larger than the number
    /// of its branches the same answer lists (see [`mark_unlisted`]).
    pub more_branches: bool,
    /// The phones DaData has (paid plans), as it writes them, with the
    /// extension when there is one.
    pub phones: Vec<String>,
    /// The e-mails DaData has (paid plans).
    pub emails: Vec<String>,
    /// The requisites the card's checks refused (see
    /// [`PartyRecord::vet_requisites`]); not printed.
    #[serde(skip)]
    pub refused: Vec<Refused>,
}

/// A check of one contact: `Err` carries the reason the rules give.
pub type Check<'a> = &'a dyn Fn(&str) -> Result<(), String>;

/// A bank as `lookup-bik` prints it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BankRecord {
    pub bik: Option<String>,
    /// The name to write on payment orders.
    pub name: Option<String>,
    pub full_name: Option<String>,
    pub corr_account: Option<String>,
    pub swift: Option<String>,
    /// The city of payment orders.
    pub city: Option<String>,
    pub inn: Option<String>,
    pub kpp: Option<String>,
    pub status: Option<String>,
    pub address: Option<String>,
    /// The requisites the card's checks refused (see
    /// [`BankRecord::vet_requisites`]); not printed.
    #[serde(skip)]
    pub refused: Vec<Refused>,
}

impl PartyRecord {
    pub fn from_party(p: &dadata::Party) -> PartyRecord {
        let d = &p.data;
        let kind = match d.kind.as_deref() {
            Some("INDIVIDUAL") => Kind::Ip,
            Some("LEGAL") => Kind::Legal,
            _ if d.inn.as_deref().is_some_and(|i| i.len() == 12) => Kind::Ip,
            _ => Kind::Legal,
        };
        let names = d.name.clone().unwrap_or_default();
        let legal = kind == Kind::Legal;
        let (last_name, first_name, middle_name) = if legal {
            (None, None, None)
        } else {
            person_names(d)
        };
        let name = if legal {
            names
                .short_with_opf
                .or(p.value.clone())
                .or(names.full_with_opf.clone())
        } else {
            p.value.clone().or_else(|| {
                let fio: Vec<&str> = [&last_name, &first_name, &middle_name]
                    .into_iter()
                    .flatten()
                    .map(String::as_str)
                    .collect();
                (!fio.is_empty()).then(|| format!("ИП {}", fio.join(" ")))
            })
        };
        let management = d.management.clone().filter(|_| legal).unwrap_or_default();
        let address = d.address.clone().unwrap_or_default();
        PartyRecord {
            kind,
            status: d.state.as_ref().and_then(|s| s.status.clone()),
            status_since: d
                .state
                .as_ref()
                .and_then(types::State::since)
                .map(crate::core::contracts::date_text),
            name,
            full_name: names.full_with_opf,
            inn: d.inn.clone(),
            kpp: d.kpp.clone().filter(|_| legal),
            ogrn: d.ogrn.clone(),
            okpo: d.okpo.clone(),
            okato: d.okato.clone(),
            oktmo: d.oktmo.clone(),
            okved: d.okved.clone(),
            director: management.name,
            director_post: management.post,
            address: address.unrestricted_value.or(address.value),
            postal_code: address.data.and_then(|a| a.postal_code),
            last_name,
            first_name,
            middle_name,
            branch_type: d
                .branch_type
                .as_deref()
                .and_then(Branch::parse_api)
                .filter(|_| legal)
                .map(Branch::as_str),
            branch_count: d
                .branch_count
                .filter(|_| legal && d.branch_type.as_deref() != Some("BRANCH")),
            more_branches: false,
            phones: contacts::phone_texts(&d.phones),
            emails: contacts::email_texts(&d.emails),
            refused: Vec::new(),
        }
    }

    /// True for a branch's record (`branch_type` BRANCH).
    pub fn is_branch(&self) -> bool {
        self.branch_type == Some(Branch::Branch.as_str())
    }

    /// The card fields this party fills, by field-catalog name: for a legal
    /// entity its names, KPP, OGRN and director; for a sole trader the
    /// surname, name, patronymic and OGRNIP; for both the INN, OKPO, OKATO,
    /// OKTMO, OKVED and the address: the legal address, or for a branch the
    /// actual one (the legal address is the head office's, see
    /// [`PartyRecord::head_office_values`]). Values DaData lacks are left
    /// out, so a refresh never empties a field. Contacts are apart, in
    /// [`PartyRecord::contact_values`].
    pub fn card_values(&self) -> Vec<(String, FieldValue)> {
        let own: Vec<(&str, &Option<String>)> = match self.kind {
            Kind::Legal => vec![
                ("name", &self.name),
                ("full_name", &self.full_name),
                ("inn", &self.inn),
                ("kpp", &self.kpp),
                ("ogrn", &self.ogrn),
            ],
            Kind::Ip | Kind::Person => vec![
                ("last_name", &self.last_name),
                ("first_name", &self.first_name),
                ("middle_name", &self.middle_name),
                ("inn", &self.inn),
                ("ogrnip", &self.ogrn),
            ],
        };
        let mut all = own;
        all.extend([
            ("okpo", &self.okpo),
            ("okato", &self.okato),
            ("oktmo", &self.oktmo),
            ("okved", &self.okved),
        ]);
        if self.kind == Kind::Legal {
            all.extend([
                ("director", &self.director),
                ("director_post", &self.director_post),
            ]);
        }
        let address = if self.is_branch() {
            "address.actual"
        } else {
            "address.legal"
        };
        all.push((address, &self.address));
        texts(all)
    }

    /// What a branch's card takes from its head office's record: the legal
    /// address.
    pub fn head_office_values(head: &PartyRecord) -> Vec<(String, FieldValue)> {
        texts(vec![("address.legal", &head.address)])
    }

    /// A warning when the party is not active (liquidated, bankrupt, …).
    pub fn warning(&self) -> Option<String> {
        let status = self.status.as_deref()?;
        (status != "ACTIVE").then(|| {
            let name = self
                .name
                .clone()
                .unwrap_or_else(|| crate::t!("lookup-the-party").into_string());
            crate::t!(
                "lookup-party-status",
                name = name,
                label = self.label(),
                status = status
            )
            .into_string()
        })
    }

    /// `7810526130, kpp 290143001 (branch)`.
    fn label(&self) -> String {
        let mut s = self.inn.clone().unwrap_or_default();
        if let Some(k) = &self.kpp {
            s.push_str(crate::t!("lookup-label-kpp", kpp = k.as_str()).as_str());
        }
        if let Some(b) = self.branch_type {
            s.push_str(&format!(" ({b})"));
        }
        s
    }
}

/// Marks each head office of `found` whose `branch_count` is larger than
/// the number of its branches (same INN) listed in `found`: DaData answers
/// with at most [`crate::dadata::PARTY_COUNT`] records, and a `--kpp` or
/// `--branch` filter lists fewer still.
pub fn mark_unlisted(found: &mut [PartyRecord]) {
    let listed: Vec<(Option<String>, bool)> = found
        .iter()
        .map(|p| (p.inn.clone(), p.is_branch()))
        .collect();
    for p in found.iter_mut() {
        if let Some(n) = p.branch_count {
            let branches = listed
                .iter()
                .filter(|(inn, branch)| *branch && *inn == p.inn)
                .count();
            p.more_branches = n as usize > branches;
        }
    }
}

/// A sole trader's surname, name and patronymic: from `fio`, else from the
/// words of `name.full`.
fn person_names(d: &types::PartyData) -> (Option<String>, Option<String>, Option<String>) {
    if let Some(f) = d.fio.clone().filter(|f| f.surname.is_some()) {
        return (f.surname, f.name, f.patronymic);
    }
    let full = d
        .name
        .as_ref()
        .and_then(|n| n.full.clone())
        .unwrap_or_default();
    let mut words = full.split_whitespace().map(str::to_string);
    let (last, first) = (words.next(), words.next());
    let rest: Vec<String> = words.collect();
    (last, first, (!rest.is_empty()).then(|| rest.join(" ")))
}

impl BankRecord {
    pub fn from_bank(b: &dadata::Bank) -> BankRecord {
        let d = &b.data;
        let names = d.name.clone().unwrap_or_default();
        let address = d.address.clone().unwrap_or_default();
        BankRecord {
            bik: d.bic.clone(),
            name: names.payment.or(b.value.clone()).or(names.full.clone()),
            full_name: names.full,
            corr_account: d.correspondent_account.clone(),
            swift: d.swift.clone(),
            city: d.payment_city.clone(),
            inn: d.inn.clone(),
            kpp: d.kpp.clone(),
            status: d.state.as_ref().and_then(|s| s.status.clone()),
            address: address.unrestricted_value.or(address.value),
            refused: Vec::new(),
        }
    }

    /// The card fields this bank fills: its name and correspondent account.
    pub fn card_values(&self) -> Vec<(String, FieldValue)> {
        texts(vec![
            ("bank.name", &self.name),
            ("bank.corr_account", &self.corr_account),
        ])
    }

    /// A warning when the bank is not active (its licence revoked, …).
    pub fn warning(&self) -> Option<String> {
        let status = self.status.as_deref()?;
        (status != "ACTIVE").then(|| {
            let name = self
                .name
                .clone()
                .unwrap_or_else(|| crate::t!("lookup-the-bank").into_string());
            crate::t!(
                "lookup-bank-status",
                name = name,
                bik = self.bik.as_deref().unwrap_or(""),
                status = status
            )
            .into_string()
        })
    }
}

fn texts(pairs: Vec<(&str, &Option<String>)>) -> Vec<(String, FieldValue)> {
    pairs
        .into_iter()
        .filter_map(|(n, v)| Some((n.to_string(), FieldValue::Text(v.clone()?))))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dadata::types;

    fn party(raw: &str, i: usize) -> PartyRecord {
        PartyRecord::from_party(&types::parties(raw).unwrap()[i])
    }

    fn value<'a>(values: &'a [(String, FieldValue)], name: &str) -> Option<&'a str> {
        values
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| match v {
                FieldValue::Text(t) => t.as_str(),
                _ => panic!("{name} is not text"),
            })
    }

    #[test]
    fn a_legal_entity_maps_to_its_card_fields() {
        let p = party(include_str!("../../../fixtures/dadata/party-legal.json"), 0);
        assert_eq!(p.kind, Kind::Legal);
        assert_eq!(p.status.as_deref(), Some("ACTIVE"));
        assert_eq!(p.branch_type, Some("main"));
        assert!(p.warning().is_none());
        let v = p.card_values();
        let names: Vec<&str> = v.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(
            names,
            [
                "name",
                "full_name",
                "inn",
                "kpp",
                "ogrn",
                "okpo",
                "okato",
                "oktmo",
                "okved",
                "director",
                "director_post",
                "address.legal"
            ]
        );
        assert_eq!(value(&v, "name"), Some("ООО \"РОМАШКА ТЕЛЕКОМ\""));
        assert_eq!(
            value(&v, "full_name"),
            Some("ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ \"РОМАШКА ТЕЛЕКОМ\"")
        );
        assert_eq!(value(&v, "kpp"), Some("771801001"));
        assert_eq!(value(&v, "ogrn"), Some("1157746512340"));
        assert_eq!(value(&v, "director"), Some("Петров Алексей Викторович"));
        assert_eq!(value(&v, "director_post"), Some("ГЕНЕРАЛЬНЫЙ ДИРЕКТОР"));
        assert_eq!(
            value(&v, "address.legal"),
            Some("107076, г Москва, р-н Сокольники, ул Стромынка, д 4 стр 1, офис 12")
        );
        assert_eq!(p.postal_code.as_deref(), Some("107076"));
    }

    #[test]
    fn a_sole_trader_maps_to_names_and_ogrnip() {
        let p = party(include_str!("../../../fixtures/dadata/party-ip.json"), 0);
        assert_eq!(p.kind, Kind::Ip);
        assert_eq!(p.name.as_deref(), Some("ИП Смирнова Ольга Игоревна"));
        assert_eq!((p.kpp.as_deref(), p.branch_type), (None, None));
        let v = p.card_values();
        assert_eq!(value(&v, "last_name"), Some("Смирнова"));
        assert_eq!(value(&v, "first_name"), Some("Ольга"));
        assert_eq!(value(&v, "middle_name"), Some("Игоревна"));
        assert_eq!(value(&v, "ogrnip"), Some("319774600123453"));
        assert_eq!(value(&v, "okpo"), Some("0123456789"));
        for legal_only in [
            "name",
            "full_name",
            "kpp",
            "ogrn",
            "director",
            "director_post",
        ] {
            assert_eq!(value(&v, legal_only), None, "{legal_only}");
        }
    }

    #[test]
    fn a_sole_trader_without_fio_is_named_from_the_full_name() {
        let raw = r#"{"suggestions": [{"data": {"inn": "772519384638",
            "name": {"full": "Смирнова Ольга Игоревна"}}}]}"#;
        let p = party(raw, 0);
        assert_eq!(p.kind, Kind::Ip);
        assert_eq!(p.last_name.as_deref(), Some("Смирнова"));
        assert_eq!(p.middle_name.as_deref(), Some("Игоревна"));
        assert_eq!(p.name.as_deref(), Some("ИП Смирнова Ольга Игоревна"));
    }

    #[test]
    fn missing_values_are_not_filled() {
        let branch = party(
            include_str!("../../../fixtures/dadata/party-branches.json"),
            1,
        );
        assert_eq!(branch.branch_type, Some("branch"));
        let v = branch.card_values();
        assert_eq!(value(&v, "okpo"), None);
        assert_eq!(value(&v, "director"), None);
        assert_eq!(value(&v, "kpp"), Some("290143001"));
    }

    #[test]
    fn a_branch_fills_the_actual_address_and_its_head_office_the_legal_one() {
        let raw = include_str!("../../../fixtures/dadata/party-branches.json");
        let (head, branch) = (party(raw, 0), party(raw, 1));
        assert!(branch.is_branch() && !head.is_branch());
        let v = branch.card_values();
        assert_eq!(value(&v, "address.legal"), None);
        assert_eq!(
            value(&v, "address.actual"),
            Some("163000, Архангельская обл, г Архангельск, пр-кт Троицкий, д 45")
        );
        let h = PartyRecord::head_office_values(&head);
        assert_eq!(
            value(&h, "address.legal"),
            Some("196066, г Санкт-Петербург, Московский пр-кт, д 212")
        );
        assert_eq!(h.len(), 1, "only the address comes from the head office");
        assert_eq!(value(&head.card_values(), "address.actual"), None);
    }

    #[test]
    fn branch_counts_larger_than_the_branches_listed_are_marked() {
        let paid = include_str!("../../../fixtures/dadata/party-paid.json");
        let mut found = vec![party(paid, 0), party(paid, 1)];
        assert_eq!(found[0].branch_count, Some(3));
        assert_eq!(found[1].branch_count, None, "a branch's own 0 is not kept");
        mark_unlisted(&mut found);
        assert!(found[0].more_branches);
        assert!(!found[1].more_branches);

        // One branch counted, one listed: nothing more to say.
        let raw = include_str!("../../../fixtures/dadata/party-branches.json");
        let mut found = vec![party(raw, 0), party(raw, 1)];
        mark_unlisted(&mut found);
        assert!(!found[0].more_branches);
        // The head office alone (--branch main): its branch is not listed.
        let mut head = vec![party(raw, 0)];
        mark_unlisted(&mut head);
        assert!(head[0].more_branches);
        // A company without branches.
        let mut one = vec![party(
            include_str!("../../../fixtures/dadata/party-legal.json"),
            0,
        )];
        mark_unlisted(&mut one);
        assert!(!one[0].more_branches);
        // A branch listed under another INN does not count.
        let mut mixed = vec![party(raw, 0), party(paid, 1)];
        mark_unlisted(&mut mixed);
        assert!(mixed[0].more_branches);
    }

    #[test]
    fn a_liquidated_company_is_a_warning() {
        let p = party(
            include_str!("../../../fixtures/dadata/party-liquidated.json"),
            0,
        );
        let w = p.warning().unwrap();
        assert!(w.contains("LIQUIDATED") && w.contains("5031274811"), "{w}");
    }

    #[test]
    fn a_bank_maps_to_name_and_corr_account() {
        let b = BankRecord::from_bank(
            &types::banks(include_str!("../../../fixtures/dadata/bank.json")).unwrap()[0],
        );
        assert_eq!(b.name.as_deref(), Some("АО \"ТЕСТБАНК\""));
        assert_eq!(b.swift.as_deref(), Some("TESTRUMM"));
        assert_eq!(b.city.as_deref(), Some("г. Москва"));
        let v = b.card_values();
        assert_eq!(value(&v, "bank.corr_account"), Some("30101810100000000101"));
        assert!(b.warning().is_none());
    }
}
