//! DaData, the lookup service that fills requisites by INN or BIK: what a
//! request asks ([`Request`]), the API key ([`Token`]), the HTTP client
//! ([`Client`]: one connection pool, bounded timeout, bounded retries of
//! 429) and the response types ([`types`]). It knows nothing of cards,
//! settings or the cache: the core decides when to ask and what the answer
//! means (`core::lookup`).

mod client;
pub mod types;

pub use client::Client;
pub use types::{Bank, Party};

use crate::error::{Error, Result};
use std::fmt;

/// The DaData API key. It is only ever written into the `Authorization`
/// header of a request (marked sensitive there): it has no `Display`, and
/// its `Debug` prints a placeholder, so no message or log can carry it.
#[derive(Clone)]
pub struct Token(String);

impl Token {
    /// The key, or `None` when it is empty.
    pub fn new(key: &str) -> Option<Token> {
        let key = key.trim();
        (!key.is_empty()).then(|| Token(key.to_string()))
    }

    /// Whether `text` (an answer) holds the key. Only a key of at least
    /// [`ECHO_MIN_LEN`] characters is looked for: a shorter one could be
    /// part of any answer by chance (DaData's keys have 40).
    pub fn echoed_in(&self, text: &str) -> bool {
        self.0.len() >= ECHO_MIN_LEN && text.contains(&self.0)
    }

    /// The `Authorization` header value: `Token <key>`.
    fn header(&self) -> Result<reqwest::header::HeaderValue> {
        let mut v = reqwest::header::HeaderValue::from_str(&format!("Token {}", self.0))
            .map_err(|_| Error::lookup("dadata.token", crate::t!("dadata-token-bad-header")))?;
        v.set_sensitive(true);
        Ok(v)
    }
}

/// The shortest key [`Token::echoed_in`] looks for in an answer.
pub const ECHO_MIN_LEN: usize = 16;

impl fmt::Debug for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Token(<redacted>)")
    }
}

/// DaData's `branch_type` filter: the head office or its branches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Branch {
    Main,
    Branch,
}

impl Branch {
    /// The value DaData sends and expects (`MAIN`, `BRANCH`).
    pub fn api_name(self) -> &'static str {
        match self {
            Branch::Main => "MAIN",
            Branch::Branch => "BRANCH",
        }
    }

    /// The lowercase name abonent prints and accepts (`main`, `branch`).
    pub fn as_str(self) -> &'static str {
        match self {
            Branch::Main => "main",
            Branch::Branch => "branch",
        }
    }

    pub fn parse_api(v: &str) -> Option<Branch> {
        match v {
            "MAIN" => Some(Branch::Main),
            "BRANCH" => Some(Branch::Branch),
            _ => None,
        }
    }
}

/// How many parties one INN lookup asks for: a head office and its
/// branches (DaData's own default is 10).
pub const PARTY_COUNT: u32 = 20;

/// One question to DaData.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Request {
    /// `findById/party`: the parties registered under an INN, optionally
    /// only the one with a KPP or only the head office or branches.
    Party {
        inn: String,
        kpp: Option<String>,
        branch: Option<Branch>,
    },
    /// `findById/bank`: the bank with a BIK.
    Bank { bik: String },
}

impl Request {
    /// `party` or `bank`: the method's last path segment.
    pub fn kind(&self) -> &'static str {
        match self {
            Request::Party { .. } => "party",
            Request::Bank { .. } => "bank",
        }
    }

    /// The INN or BIK asked about.
    pub fn query(&self) -> &str {
        match self {
            Request::Party { inn, .. } => inn,
            Request::Bank { bik } => bik,
        }
    }

    /// The JSON body DaData expects.
    pub fn body(&self) -> serde_json::Value {
        match self {
            Request::Party { inn, kpp, branch } => {
                let mut body = serde_json::json!({"query": inn, "count": PARTY_COUNT});
                if let Some(k) = kpp {
                    body["kpp"] = k.as_str().into();
                }
                if let Some(b) = branch {
                    body["branch_type"] = b.api_name().into();
                }
                body
            }
            Request::Bank { bik } => serde_json::json!({"query": bik}),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_never_shows_the_key() {
        let t = Token::new(" secret-key-123 ").unwrap();
        assert_eq!(format!("{t:?}"), "Token(<redacted>)");
        assert!(Token::new("  ").is_none());
        let h = t.header().unwrap();
        assert!(h.is_sensitive());
        assert_eq!(h.to_str().unwrap(), "Token secret-key-123");
    }

    #[test]
    fn an_answer_echoing_a_key_long_enough_to_be_told_apart_is_seen() {
        let t = Token::new("0123456789abcdef0123").unwrap();
        assert!(t.echoed_in(r#"{"suggestions": [{"value": "x0123456789abcdef0123"}]}"#));
        assert!(!t.echoed_in(r#"{"suggestions": []}"#));
        // A short key is not looked for: it could be in any answer.
        assert!(!Token::new("7707")
            .unwrap()
            .echoed_in(r#"{"inn": "7707083893"}"#));
    }

    #[test]
    fn bodies_carry_only_the_filters_given() {
        let r = Request::Party {
            inn: "7718445200".into(),
            kpp: None,
            branch: None,
        };
        assert_eq!(
            r.body(),
            serde_json::json!({"query": "7718445200", "count": 20})
        );
        let r = Request::Party {
            inn: "7810526130".into(),
            kpp: Some("290143001".into()),
            branch: Some(Branch::Branch),
        };
        assert_eq!(r.body()["kpp"], "290143001");
        assert_eq!(r.body()["branch_type"], "BRANCH");
        let b = Request::Bank {
            bik: "044525101".into(),
        };
        assert_eq!(b.body(), serde_json::json!({"query": "044525101"}));
        assert_eq!((b.kind(), b.query()), ("bank", "044525101"));
    }
}
