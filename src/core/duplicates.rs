//! `subscriber duplicates`: groups of active cards that are probably one
//! subscriber twice, each with the reasons: the same INN that no KPP tells
//! apart (a head office's branches differ by their KPPs and are not
//! duplicates), the same passport, the same phone or e-mail on different
//! cards, or names equal once folded (case, ё) and with their words in any
//! order («Иванов Иван» and «Иван Иванов»). Found by grouping, never by
//! comparing cards in pairs: a million cards take seconds.

use super::Registry;
use crate::error::{Error, Result};
use crate::model::search::fold;
use crate::store::duplicates::{self, Shared, Summary};
use crate::t;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::hash::{Hash, Hasher};

/// What cards are compared by, in the order groups are listed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum By {
    Inn,
    Passport,
    Phone,
    Email,
    Name,
}

impl By {
    pub const ALL: [By; 5] = [By::Inn, By::Passport, By::Phone, By::Email, By::Name];

    pub fn as_str(self) -> &'static str {
        match self {
            By::Inn => "inn",
            By::Passport => "passport",
            By::Phone => "phone",
            By::Email => "email",
            By::Name => "name",
        }
    }

    /// A comma-separated list as `--by` takes it.
    pub fn parse_list(text: &str) -> Result<Vec<By>> {
        let mut out = Vec::new();
        for word in text.split(',').map(str::trim).filter(|w| !w.is_empty()) {
            let by = By::ALL
                .into_iter()
                .find(|b| b.as_str() == word.to_lowercase())
                .ok_or_else(|| Error::invalid("by", t!("duplicates-by-unknown", value = word)))?;
            if !out.contains(&by) {
                out.push(by);
            }
        }
        if out.is_empty() {
            return Err(Error::invalid(
                "by",
                t!("duplicates-by-unknown", value = text),
            ));
        }
        out.sort();
        Ok(out)
    }
}

/// Why cards are in one group: what they share.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reason {
    pub by: &'static str,
    /// The shared value (the folded name, for `name`).
    pub value: String,
}

/// Cards that are probably one subscriber.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Group {
    pub reasons: Vec<Reason>,
    pub cards: Vec<Summary>,
}

/// A name as compared: folded, its words without punctuation, sorted.
pub fn name_key(name: &str) -> String {
    let folded: String = fold(name)
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    let mut words: Vec<&str> = folded.split_whitespace().collect();
    words.sort_unstable();
    words.join(" ")
}

fn hash(key: &str) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    key.hash(&mut h);
    h.finish()
}

impl Registry {
    /// The groups of probable duplicates among active cards, compared `by`
    /// what is given, from one snapshot: each set of cards once, with
    /// every reason that put it together; by the first reason, then by
    /// the lowest id.
    pub fn duplicates(&self, by: &[By]) -> Result<Vec<Group>> {
        self.read(|tx| {
            let mut sets: BTreeMap<Vec<i64>, Vec<(By, String)>> = BTreeMap::new();
            let mut add = |b: By, groups: Vec<Shared>| {
                for g in groups {
                    let ids: Vec<i64> = g.cards.iter().map(|c| c.0).collect();
                    sets.entry(ids).or_default().push((b, g.value));
                }
            };
            for &b in by {
                match b {
                    By::Inn => {
                        // Branches: every card has a KPP, all different.
                        let mut shared = duplicates::inn(tx)?;
                        shared.retain(|g| g.cards.iter().any(|c| c.1.is_none()));
                        add(b, shared);
                    }
                    By::Passport => add(b, duplicates::passport(tx)?),
                    By::Phone => add(b, duplicates::contact(tx, "phone")?),
                    By::Email => add(b, duplicates::contact(tx, "email")?),
                    By::Name => add(b, same_names(tx)?),
                }
            }
            let ids: Vec<i64> = {
                let mut all: Vec<i64> = sets.keys().flatten().copied().collect();
                all.sort_unstable();
                all.dedup();
                all
            };
            let cards: HashMap<i64, Summary> = duplicates::summaries(tx, &ids)?
                .into_iter()
                .map(|s| (s.id, s))
                .collect();
            let mut groups: Vec<(By, i64, Group)> = sets
                .into_iter()
                .map(|(ids, mut reasons)| {
                    reasons.sort();
                    let first = reasons[0].0;
                    let group = Group {
                        reasons: reasons
                            .into_iter()
                            .map(|(b, value)| Reason {
                                by: b.as_str(),
                                value,
                            })
                            .collect(),
                        cards: ids.iter().filter_map(|id| cards.get(id).cloned()).collect(),
                    };
                    (first, ids[0], group)
                })
                .filter(|(_, _, g)| g.cards.len() > 1)
                .collect();
            groups.sort_by_key(|a| (a.0, a.1));
            Ok(groups.into_iter().map(|(_, _, g)| g).collect())
        })
    }
}

/// Active cards whose names are the same once compared as [`name_key`]
/// says: a hash per card first (16 bytes each, not the names), then a
/// second pass keeps the names whose hashes met, compared in full.
fn same_names(tx: &crate::store::Tx) -> Result<Vec<Shared>> {
    let mut hashes: Vec<(u64, i64)> = Vec::new();
    duplicates::names(tx, |id, name| {
        let key = name_key(name);
        if !key.is_empty() {
            hashes.push((hash(&key), id));
        }
    })?;
    hashes.sort_unstable();
    let met: HashSet<u64> = hashes
        .chunk_by(|a, b| a.0 == b.0)
        .filter(|run| run.len() > 1)
        .map(|run| run[0].0)
        .collect();
    drop(hashes);
    if met.is_empty() {
        return Ok(Vec::new());
    }
    let mut by_key: HashMap<String, Vec<(i64, Option<String>)>> = HashMap::new();
    duplicates::names(tx, |id, name| {
        let key = name_key(name);
        if met.contains(&hash(&key)) {
            by_key.entry(key).or_default().push((id, None));
        }
    })?;
    let mut out: Vec<Shared> = by_key
        .into_iter()
        .filter(|(_, cards)| cards.len() > 1)
        .map(|(value, cards)| Shared { value, cards })
        .collect();
    out.sort_by(|a, b| a.value.cmp(&b.value));
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_equal_in_any_order_case_and_spelling_of_yo() {
        assert_eq!(name_key("Иванов Иван"), name_key("иван  ИВАНОВ"));
        assert_eq!(name_key("Пётр Семёнов"), name_key("семенов петр"));
        assert_eq!(name_key("ООО «Ромашка»"), name_key("ООО \"Ромашка\""));
        assert_ne!(name_key("Иванов Иван"), name_key("Иванов Иван Иванович"));
        assert_eq!(name_key(" -- "), "");
    }

    #[test]
    fn by_reads_a_list_and_refuses_what_it_does_not_know() {
        assert_eq!(
            By::parse_list("name, inn,inn").unwrap(),
            vec![By::Inn, By::Name]
        );
        let e = By::parse_list("inn,snils").unwrap_err();
        assert!(e.to_string().contains("snils"), "{e}");
    }
}
