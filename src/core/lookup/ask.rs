//! Asking DaData through the cache: one answer from the database when it
//! is allowed and fresh, else from DaData (then stored), kept to what was
//! asked; and the client, built on first use with the caller's key.

use super::{party_filters, Cache};
use crate::core::{stamp, Registry};
use crate::dadata::{Client, Request, Token, PARTY_COUNT};
use crate::error::{Error, Result};
use crate::store::dadata_cache;
use crate::t;

impl Registry {
    /// One answer, from the cache when allowed and fresh, else from DaData
    /// (then stored, unless empty: a company registered today should be
    /// found tomorrow). Only the suggestions that are what was `asked`
    /// (its INN or BIK, the KPP and branch type filtered on) are kept, at
    /// most [`PARTY_COUNT`]: an answer that had suggestions and none of them
    /// fits is exit 6 and is not stored.
    pub(super) fn ask<T>(
        &mut self,
        req: &Request,
        cache: Cache,
        parse: fn(&str) -> serde_json::Result<Vec<T>>,
        asked: impl Fn(&T) -> bool,
    ) -> Result<Vec<T>> {
        let fits = |found: Vec<T>, url: &str| -> Result<Vec<T>> {
            let had = found.len();
            let kept: Vec<T> = found
                .into_iter()
                .filter(|t| asked(t))
                .take(PARTY_COUNT as usize)
                .collect();
            if had > 0 && kept.is_empty() {
                return Err(Error::lookup(
                    "dadata",
                    t!(
                        "lookup-answer-unasked",
                        url = url,
                        n = had,
                        code = if req.kind() == "bank" { "bik" } else { "inn" },
                        query = req.query(),
                        filters = filters(req)
                    ),
                ));
            }
            Ok(kept)
        };
        let days = self.settings.int("dadata.cache_days").max(0);
        let now = time::OffsetDateTime::now_utc();
        let not_before = stamp(now - time::Duration::days(days));
        let kpp = match req {
            Request::Party { kpp: Some(k), .. } => k.as_str(),
            _ => "",
        };
        let branch = match req {
            Request::Party {
                branch: Some(b), ..
            } => b.as_str(),
            _ => "",
        };
        let key = dadata_cache::Key {
            kind: req.kind(),
            query: req.query(),
            kpp,
            branch,
        };
        if days > 0 && cache == Cache::Use {
            let max = self.settings.int("dadata.max_answer_bytes").max(1) as usize;
            if let Some(raw) = self.read(|c| dadata_cache::get(c, &key, &not_before))? {
                // An entry over the limit (stored before there was one) is
                // asked again, not parsed.
                if let Ok(found) = parse(&raw).map_err(drop).and_then(|f| {
                    if raw.len() <= max {
                        Ok(f)
                    } else {
                        Err(())
                    }
                }) {
                    if let Ok(kept) = fits(found, "the cache") {
                        return Ok(kept);
                    }
                }
            }
        }
        let client = self.client()?;
        let raw = client.fetch(req)?;
        let found = parse(&raw).map_err(|e| {
            Error::lookup(
                "dadata",
                t!(
                    "lookup-answer-not-json",
                    url = client.url(req),
                    reason = e.to_string()
                ),
            )
        })?;
        let found = fits(found, &client.url(req))?;
        if days > 0 && !found.is_empty() {
            let at = stamp(now);
            self.store
                .write(|tx| dadata_cache::put(tx, &key, &raw, &at, &not_before))?;
        }
        Ok(found)
    }

    /// The client for this command, built on first use from `dadata.url`,
    /// `dadata.timeout`, `dadata.max_answer_bytes` and the key.
    fn client(&mut self) -> Result<&Client> {
        let client = match self.lookup.client.take() {
            Some(c) => c,
            None => {
                let host = match &self.lookup.host_token {
                    Some(source) => source()?,
                    None => None,
                };
                let token = host
                    .as_deref()
                    .and_then(Token::new)
                    .or_else(|| Token::new(self.settings.get("dadata.token")))
                    .ok_or_else(|| Error::lookup("dadata.token", t!("lookup-no-token")))?;
                let timeout = self.settings.int("dadata.timeout").max(1) as u64;
                let max = self.settings.int("dadata.max_answer_bytes").max(1) as u64;
                Client::new(self.settings.get("dadata.url"), token, timeout)?
                    .with_max_answer_bytes(max)
            }
        };
        Ok(self.lookup.client.insert(client))
    }
}

/// The filters of a party request, as words for a message.
fn filters(req: &Request) -> String {
    match req {
        Request::Party { kpp, branch, .. } => party_filters(kpp.as_deref(), *branch),
        _ => String::new(),
    }
}
