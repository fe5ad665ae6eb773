//! Fill by INN and BIK (DESIGN §6): the gate (`country = RU` and
//! `dadata.enabled`), the API key (the caller's — the binary's host
//! configuration — over the `dadata.token` setting), the cache of raw answers in the database
//! (`dadata.cache_days`), the choice among a company's branches, and the
//! merge of looked-up values into a card's input (flags given win). What an
//! answer means is in [`records`], asking through the cache in `ask`; the
//! HTTP is in [`crate::dadata`]; the
//! commands only render what comes back.

mod ask;
mod records;

pub use records::{BankRecord, PartyRecord, Refused};

use super::subscribers::CardInput;
use super::{contacts, Registry};
use crate::dadata::{types, Branch, Client, Request};
use crate::error::{Error, Result};
use crate::model::fields::FieldValue;
use crate::model::Kind;
use crate::requisites;
use crate::t;

/// Where the caller's API key comes from (the host's configuration: an
/// environment variable or an owner-only file), asked only when a lookup
/// needs a client; `Ok(None)` leaves the `dadata.token` setting.
pub type TokenSource = Box<dyn Fn() -> Result<Option<String>> + Send + Sync>;

/// The lookup side of an open registry: where the caller's key comes from
/// and the client, built on first use so a command has one connection pool.
#[derive(Default)]
pub(super) struct State {
    host_token: Option<TokenSource>,
    client: Option<Client>,
}

/// Whether a lookup may be answered from the database.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Cache {
    /// A stored answer younger than `dadata.cache_days` is used.
    #[default]
    Use,
    /// Always ask DaData, and store the new answer (`--no-cache`).
    Refresh,
}

/// What a fill put into a card's input, and what the admin should know.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filled {
    /// The fields filled from DaData (flags given on the command line win
    /// and are not listed).
    pub fields: Vec<String>,
    pub warnings: Vec<String>,
}

impl Filled {
    /// Adds what another fill did.
    pub fn extend(&mut self, other: Filled) {
        self.fields.extend(other.fields);
        self.warnings.extend(other.warnings);
    }
}

/// Which of DaData's contacts a fill may put on the card.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Contacts {
    /// A new card: DaData's phones and e-mails, unless flags give some.
    Fill,
    /// A refresh: the card's own phones or e-mails, when it has them, stay.
    KeepExisting { phones: bool, emails: bool },
}

impl Contacts {
    /// Whether the card's own `field` (`phone`, `email`) stays as it is.
    fn keeps(self, field: &str) -> bool {
        match self {
            Contacts::Fill => false,
            Contacts::KeepExisting { phones, emails } => match field {
                "phone" => phones,
                "email" => emails,
                _ => false,
            },
        }
    }
}

/// The value a flag gave a field: `None` when the flag was not given,
/// `Some(None)` when it cleared the field.
fn given(input: &CardInput, field: &str) -> Option<Option<String>> {
    input
        .values
        .iter()
        .rev()
        .find(|(n, _)| n == field)
        .map(|(_, v)| match v {
            FieldValue::Text(t) => Some(t.trim().to_string()).filter(|t| !t.is_empty()),
            _ => None,
        })
}

/// Adds the looked-up values for the fields no flag set (flags win);
/// returns the names added.
fn merge(input: &mut CardInput, values: Vec<(String, FieldValue)>) -> Vec<String> {
    let mut added = Vec::new();
    for (name, value) in values {
        if given(input, &name).is_none() {
            added.push(name.clone());
            input.values.push((name, value));
        }
    }
    added
}

/// The warnings of the requisites a record's checks took out
/// ([`Refused`]) that the fill would have put on the card: a value a flag
/// gives instead needs no word, and one kept under `validation.checksums =
/// warn` is warned about by the card's rules.
fn refused_fills(refused: &[Refused], input: &CardInput, whose: &str) -> Vec<String> {
    refused
        .iter()
        .filter(|r| r.dropped && crate::model::fields::lookup(r.field).is_some())
        .filter(|r| given(input, r.field).is_none())
        .map(|r| r.warning(whose))
        .collect()
}

/// The KPPs of several records: `781001001 (main), 290143001 (branch)`.
fn kpp_list(found: &[PartyRecord]) -> String {
    found
        .iter()
        .map(|p| match p.branch_type {
            Some(b) => match p.kpp.as_deref() {
                Some(k) => format!("{k} ({b})"),
                None => t!("lookup-branch-no-kpp", branch = b.to_string()).into_string(),
            },
            None => p
                .kpp
                .clone()
                .unwrap_or_else(|| t!("lookup-no-kpp").into_string()),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// A card type in words, for messages.
fn what(kind: Kind) -> String {
    t!("lookup-kind", kind = kind.as_str()).into_string()
}

impl Registry {
    /// The API key from the caller (the binary: `ABONENT_DADATA_TOKEN` or
    /// the host configuration's secret); it wins over the `dadata.token`
    /// setting. Empty means none.
    pub fn set_dadata_token(&mut self, key: Option<&str>) {
        let key = key.map(str::to_string);
        self.set_dadata_token_source(Box::new(move || Ok(key.clone())));
    }

    /// As [`Registry::set_dadata_token`], read only when a lookup needs it,
    /// so a secret file that is refused fails the lookup alone.
    pub fn set_dadata_token_source(&mut self, source: TokenSource) {
        self.lookup.host_token = Some(source);
    }

    /// Lookups run only with `country = RU` and `dadata.enabled = true`;
    /// otherwise the error names the setting to change. No request is made.
    pub fn dadata_gate(&self) -> Result<()> {
        if !self.settings.is_russia() {
            return Err(Error::lookup(
                "country",
                t!("lookup-not-russia", country = self.settings.get("country")),
            ));
        }
        if !self.settings.bool("dadata.enabled") {
            return Err(Error::lookup("dadata.enabled", t!("lookup-off")));
        }
        Ok(())
    }

    /// The parties DaData has for an INN (the INN is checked first, then the
    /// gate): the head office and branches, or the one with `kpp`, or only
    /// the head office or branches. None found is exit 4.
    pub fn find_party(
        &mut self,
        inn: &str,
        kpp: Option<&str>,
        branch: Option<Branch>,
        cache: Cache,
    ) -> Result<Vec<PartyRecord>> {
        let inn = inn.trim();
        requisites::inn(inn)
            .map_err(|e| Error::invalid("inn", t!("reason", reason = e.message)))?;
        let kpp = kpp.map(|k| k.trim().to_uppercase());
        if let Some(k) = &kpp {
            requisites::kpp(k)
                .map_err(|e| Error::invalid("kpp", t!("reason", reason = e.message)))?;
        }
        self.dadata_gate()?;
        let mut found = self.parties(inn, kpp.as_deref(), branch, cache)?;
        records::mark_unlisted(&mut found);
        if found.is_empty() {
            let what = format!("{inn}{}", party_filters(kpp.as_deref(), branch));
            return Err(Error::not_found(
                "inn",
                t!("lookup-party-not-found", what = what),
            ));
        }
        Ok(found)
    }

    /// The bank DaData has for a BIK (checked first, then the gate). None
    /// found is exit 4.
    pub fn find_bank(&mut self, bik: &str, cache: Cache) -> Result<BankRecord> {
        let bik = bik.trim();
        requisites::bik(bik)
            .map_err(|e| Error::invalid("bik", t!("reason", reason = e.message)))?;
        self.dadata_gate()?;
        let req = Request::Bank { bik: bik.into() };
        let banks = self.ask(&req, cache, types::banks, |b: &types::Bank| {
            b.data.bic.as_deref() == Some(bik)
        })?;
        let strict = self.settings.strict_checksums();
        let bank = banks.first().map(|b| {
            let mut bank = BankRecord::from_bank(b);
            bank.vet_requisites(strict);
            bank
        });
        bank.ok_or_else(|| Error::not_found("bik", t!("lookup-bank-not-found", bik = bik)))
    }

    /// `subscriber add --from-inn INN`: fills `input` (its type must be legal
    /// or ip) from the party DaData has for `inn`. A `--kpp` in `input`
    /// picks the branch; several branches and no KPP is a conflict that
    /// lists them.
    pub fn fill_from_inn(
        &mut self,
        input: &mut CardInput,
        inn: &str,
        cache: Cache,
    ) -> Result<Filled> {
        let kind = input
            .kind
            .ok_or_else(|| Error::invalid("type", t!("lookup-type-required")))?;
        let kpp = given(input, "kpp").flatten();
        self.fill_party(input, inn, kind, kpp.as_deref(), Contacts::Fill, cache)
    }

    /// `subscriber edit REF --from-inn`: refreshes the card from DaData by
    /// its own INN and KPP (or those given in `input`). The card's phones
    /// and e-mails, when it has any, are kept: they were saved by an admin
    /// (or 1C), and DaData's are the company's public switchboard; a card
    /// with none takes DaData's.
    pub fn fill_from_card(
        &mut self,
        reference: &str,
        input: &mut CardInput,
        cache: Cache,
    ) -> Result<Filled> {
        let card = self.show(reference)?;
        let kind = input.kind.unwrap_or(card.kind);
        let inn = given(input, "inn")
            .unwrap_or(card.inn)
            .ok_or_else(|| Error::invalid("inn", t!("lookup-card-no-inn")))?;
        let kpp = given(input, "kpp").unwrap_or(card.kpp);
        let keep = Contacts::KeepExisting {
            phones: !card.phones.is_empty(),
            emails: !card.emails.is_empty(),
        };
        self.fill_party(input, &inn, kind, kpp.as_deref(), keep, cache)
    }

    fn fill_party(
        &mut self,
        input: &mut CardInput,
        inn: &str,
        kind: Kind,
        kpp: Option<&str>,
        keep: Contacts,
        cache: Cache,
    ) -> Result<Filled> {
        let inn = inn.trim();
        let checked = match kind {
            Kind::Legal => requisites::inn_legal(inn),
            Kind::Ip => requisites::inn_person(inn),
            Kind::Person => return Err(Error::invalid("from-inn", t!("lookup-person"))),
        };
        checked.map_err(|e| Error::invalid("inn", t!("reason", reason = e.message)))?;
        self.dadata_gate()?;
        let kpp = kpp.map(str::to_uppercase);
        let mut warnings = Vec::new();
        let mut found = match &kpp {
            Some(k) => self.parties(inn, Some(k), None, cache)?,
            None => Vec::new(),
        };
        if found.is_empty() {
            found = self.parties(inn, None, None, cache)?;
            if let (Some(k), [only]) = (&kpp, found.as_slice()) {
                if let Some(theirs) = only.kpp.as_ref().filter(|t| *t != k) {
                    // A --kpp flag wins; a refresh takes DaData's current KPP.
                    warnings.push(if given(input, "kpp").is_some() {
                        t!(
                            "lookup-kpp-kept",
                            inn = inn,
                            theirs = theirs.as_str(),
                            kpp = k.as_str()
                        )
                        .into_string()
                    } else {
                        t!(
                            "lookup-kpp-taken",
                            inn = inn,
                            theirs = theirs.as_str(),
                            kpp = k.as_str()
                        )
                        .into_string()
                    });
                }
            }
        }
        let party = match found.len() {
            0 => {
                return Err(Error::not_found(
                    "inn",
                    t!("lookup-fill-not-found", inn = inn),
                ))
            }
            1 => found.remove(0),
            n => {
                let msg = match &kpp {
                    Some(k) => t!(
                        "lookup-kpp-none-matches",
                        inn = inn,
                        kpp = k.as_str(),
                        n = n,
                        kpps = kpp_list(&found)
                    ),
                    None => t!(
                        "lookup-many-kpps",
                        inn = inn,
                        n = n,
                        kpps = kpp_list(&found)
                    ),
                };
                return Err(Error::conflict("kpp", msg));
            }
        };
        if party.kind != kind {
            return Err(Error::invalid(
                "type",
                t!(
                    "lookup-kind-differs",
                    inn = inn,
                    theirs = what(party.kind),
                    ours = what(kind),
                    kind = party.kind.as_str()
                ),
            ));
        }
        warnings.extend(party.warning());
        warnings.extend(refused_fills(&party.refused, input, inn));
        let mut values = party.card_values();
        if party.is_branch() && given(input, "address.legal").is_none() {
            match self.head_office(&party, cache)? {
                Some(head) => values.extend(PartyRecord::head_office_values(&head)),
                None => warnings.push(t!("lookup-no-head-office", inn = inn).into_string()),
            }
        }
        // DaData's contacts only where neither the flags nor (on a refresh)
        // the card's own give some.
        let settings = &self.settings;
        let phone = |p: &str| {
            contacts::phone(p, settings)
                .map(drop)
                .map_err(|e| e.message)
        };
        let email = |e: &str| contacts::email(e).map(drop).map_err(|e| e.message);
        let fills = |field: &str| !keep.keeps(field) && given(input, field).is_none();
        let (found, contact_warnings) = party.contact_values(
            fills("phone").then_some(&phone as records::Check),
            fills("email").then_some(&email as records::Check),
        );
        values.extend(found);
        warnings.extend(contact_warnings);
        Ok(Filled {
            fields: merge(input, values),
            warnings,
        })
    }

    /// The head office of a branch's company. DaData's branch record
    /// carries no head-office address (`hq` is null in every answer seen,
    /// even on a branch), and the answer that found the branch (filtered by
    /// its KPP) lists no head office; so this asks for the INN's head office
    /// (`branch_type` MAIN), an answer cached like any other: one request
    /// more per branch company per `dadata.cache_days`.
    fn head_office(&mut self, branch: &PartyRecord, cache: Cache) -> Result<Option<PartyRecord>> {
        let is_head = |p: &PartyRecord| p.branch_type == Some(Branch::Main.as_str());
        let Some(inn) = branch.inn.as_deref() else {
            return Ok(None);
        };
        let heads = self.parties(inn, None, Some(Branch::Main), cache)?;
        Ok(heads.into_iter().find(is_head))
    }

    /// `--bik` without `--bank-name` or `--corr-account`: fills them from
    /// DaData when lookups are on. With the gate closed, or a BIK the rules
    /// will refuse anyway, nothing is asked and nothing filled, so offline
    /// use is unchanged.
    pub fn fill_bank(&mut self, input: &mut CardInput, cache: Cache) -> Result<Filled> {
        let Some(Some(bik)) = given(input, "bank.bik") else {
            return Ok(Filled::default());
        };
        let wanted = ["bank.name", "bank.corr_account"]
            .iter()
            .any(|f| given(input, f).is_none());
        if !wanted || self.dadata_gate().is_err() || requisites::bik(&bik).is_err() {
            return Ok(Filled::default());
        }
        let bank = self.find_bank(&bik, cache)?;
        let mut warnings: Vec<String> = bank.warning().into_iter().collect();
        warnings.extend(refused_fills(&bank.refused, input, &format!("BIK {bik}")));
        Ok(Filled {
            fields: merge(input, bank.card_values()),
            warnings,
        })
    }

    pub(super) fn parties(
        &mut self,
        inn: &str,
        kpp: Option<&str>,
        branch: Option<Branch>,
        cache: Cache,
    ) -> Result<Vec<PartyRecord>> {
        let req = Request::Party {
            inn: inn.to_string(),
            kpp: kpp.map(str::to_string),
            branch,
        };
        let asked = |p: &types::Party| {
            let d = &p.data;
            d.inn.as_deref() == Some(inn)
                && kpp.is_none_or(|k| d.kpp.as_deref() == Some(k))
                && branch.is_none_or(|b| d.branch_type.as_deref() == Some(b.api_name()))
        };
        let found = self.ask(&req, cache, types::parties, asked)?;
        let strict = self.settings.strict_checksums();
        Ok(found
            .iter()
            .map(|p| {
                let mut record = PartyRecord::from_party(p);
                record.vet_requisites(strict);
                record
            })
            .collect())
    }
}

/// ` with kpp K (main only)`: what narrowed a party lookup, for messages.
fn party_filters(kpp: Option<&str>, branch: Option<Branch>) -> String {
    let mut s = String::new();
    if let Some(k) = kpp {
        s.push_str(t!("lookup-with-kpp", kpp = k).as_str());
    }
    if let Some(b) = branch {
        s.push_str(t!("lookup-branch-only", branch = b.as_str()).as_str());
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn legal() -> PartyRecord {
        let raw = include_str!("../../../fixtures/dadata/party-legal.json");
        PartyRecord::from_party(&crate::dadata::types::parties(raw).unwrap()[0])
    }

    #[test]
    fn flags_win_over_looked_up_values() {
        let p = legal();
        let mut input = CardInput {
            kind: Some(Kind::Legal),
            values: vec![
                ("kpp".into(), FieldValue::Text("771843001".into())),
                ("okpo".into(), FieldValue::Clear),
            ],
            ..CardInput::default()
        };
        let added = merge(&mut input, p.card_values());
        assert!(!added.contains(&"kpp".to_string()));
        assert!(!added.contains(&"okpo".to_string()));
        assert!(added.contains(&"name".to_string()));
        assert_eq!(given(&input, "kpp"), Some(Some("771843001".into())));
        assert_eq!(given(&input, "okpo"), Some(None));
    }
}
