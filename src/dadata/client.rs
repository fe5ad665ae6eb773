//! The HTTP side of DaData: one blocking reqwest client (so one connection
//! pool per command: DaData allows about 60 new connections a minute), the
//! request headers, the bounded timeout, the retries of 429, and one
//! distinct one-line message for every way a request can fail. Every
//! failure is [`ErrorKind::Lookup`](crate::error::ErrorKind::Lookup) (exit
//! 6) with subject `dadata`; no message carries the API key.

use super::{Request, Token};
use crate::error::{Error, Result};
use crate::t;
use reqwest::header::{ACCEPT, AUTHORIZATION};
use reqwest::StatusCode;
use std::time::Duration;

/// Pauses before the retries of a 429 answer: three retries, then fail.
const BACKOFF_MS: [u64; 3] = [200, 400, 800];

/// The largest answer read by default (setting `dadata.max_answer_bytes`):
/// DaData's largest, 20 parties with every field, is well under 1 MiB.
pub const MAX_ANSWER_BYTES: u64 = 4 * 1024 * 1024;

/// A DaData client for one command. Deliberately not `Debug`: it holds the
/// API key.
pub struct Client {
    http: reqwest::blocking::Client,
    base: String,
    token: Token,
    timeout_secs: u64,
    max_answer_bytes: u64,
}

impl Client {
    /// A client for the API at `base` (no trailing method path), sending
    /// `token`, giving each request `timeout_secs` seconds in all.
    pub fn new(base: &str, token: Token, timeout_secs: u64) -> Result<Client> {
        let base = base.trim().trim_end_matches('/').to_string();
        if !(base.starts_with("http://") || base.starts_with("https://")) {
            return Err(Error::lookup(
                "dadata.url",
                t!("dadata-url-not-http", url = base.as_str()),
            ));
        }
        let timeout = Duration::from_secs(timeout_secs.max(1));
        let http = reqwest::blocking::Client::builder()
            .timeout(timeout)
            .connect_timeout(timeout)
            .user_agent(concat!("abonent/", env!("CARGO_PKG_VERSION")))
            // DaData's API never redirects, and a followed redirect can carry
            // the key to another origin (reqwest drops it on a cross-origin
            // hop but puts it back on the next hop): a 3xx is an error.
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|e| Error::lookup("dadata", t!("dadata-client-failed", reason = cause(&e))))?;
        Ok(Client {
            http,
            base,
            token,
            timeout_secs: timeout_secs.max(1),
            max_answer_bytes: MAX_ANSWER_BYTES,
        })
    }

    /// The same client, reading no answer longer than `bytes`.
    pub fn with_max_answer_bytes(mut self, bytes: u64) -> Client {
        self.max_answer_bytes = bytes.max(1);
        self
    }

    /// The endpoint a request goes to: `{base}/findById/{party|bank}`.
    pub fn url(&self, req: &Request) -> String {
        format!("{}/findById/{}", self.base, req.kind())
    }

    /// Sends `req` and returns DaData's answer as it came (JSON text), for
    /// the caller to cache and parse. A 429 is retried after 200, 400 and
    /// 800 ms; every other failure returns at once.
    pub fn fetch(&self, req: &Request) -> Result<String> {
        let url = self.url(req);
        let body = req.body();
        let auth = self.token.header()?;
        let mut retries = BACKOFF_MS.iter();
        loop {
            let answer = self
                .http
                .post(&url)
                .header(AUTHORIZATION, auth.clone())
                .header(ACCEPT, "application/json")
                .json(&body)
                .send()
                .map_err(|e| self.transport(&url, &e))?;
            let status = answer.status();
            if status == StatusCode::TOO_MANY_REQUESTS {
                if let Some(ms) = retries.next() {
                    std::thread::sleep(Duration::from_millis(*ms));
                    continue;
                }
            }
            if status.is_success() {
                return self.read_body(&url, answer);
            }
            return Err(status_error(&url, status));
        }
    }

    /// The body of a 200 answer, read as it comes and never more than
    /// `max_answer_bytes` of it: a longer one is refused, not buffered.
    fn read_body(&self, url: &str, answer: reqwest::blocking::Response) -> Result<String> {
        use std::io::Read;
        let limit = self.max_answer_bytes;
        let too_long = || {
            Error::lookup(
                "dadata",
                t!(
                    "dadata-answer-too-long",
                    url = url,
                    limit = limit.to_string()
                ),
            )
        };
        if answer.content_length().is_some_and(|n| n > limit) {
            return Err(too_long());
        }
        let mut bytes = Vec::new();
        answer
            .take(limit.saturating_add(1))
            .read_to_end(&mut bytes)
            .map_err(
                |e| match e.get_ref().and_then(|i| i.downcast_ref::<reqwest::Error>()) {
                    Some(re) => self.transport(url, re),
                    None => Error::lookup(
                        "dadata",
                        t!("dadata-read-failed", url = url, reason = cause(&e)),
                    ),
                },
            )?;
        if bytes.len() as u64 > limit {
            return Err(too_long());
        }
        let text = String::from_utf8(bytes)
            .map_err(|_| Error::lookup("dadata", t!("dadata-not-utf8", url = url)))?;
        // An answer that echoes the key would carry it into the cache, a
        // card, a warning or a parse error's quote of the answer.
        if self.token.echoed_in(&text) {
            return Err(Error::lookup("dadata", t!("dadata-key-echoed", url = url)));
        }
        Ok(text)
    }

    /// The message for a request that got no HTTP answer.
    fn transport(&self, url: &str, e: &reqwest::Error) -> Error {
        if e.is_timeout() {
            return Error::lookup(
                "dadata",
                t!(
                    "dadata-timeout",
                    url = url,
                    secs = self.timeout_secs.to_string()
                ),
            );
        }
        if e.is_connect() {
            return Error::lookup(
                "dadata",
                t!("dadata-cannot-connect", url = url, reason = cause(e)),
            );
        }
        Error::lookup(
            "dadata",
            t!("dadata-request-failed", url = url, reason = cause(e)),
        )
    }
}

/// The message for an HTTP status DaData answered with instead of 200.
fn status_error(url: &str, status: StatusCode) -> Error {
    let code = status.as_u16();
    let c = code.to_string();
    let msg = match code {
        400 => t!("dadata-status-400", url = url),
        401 => t!("dadata-status-401"),
        403 => t!("dadata-status-403"),
        405 => t!("dadata-status-405", url = url),
        413 => t!("dadata-status-413", url = url),
        429 => t!("dadata-status-429", retries = BACKOFF_MS.len().to_string()),
        300..=399 => t!("dadata-status-redirect", url = url, code = c),
        500..=599 => t!("dadata-status-server", url = url, code = c),
        _ => t!("dadata-status-other", url = url, code = c),
    };
    Error::lookup("dadata", msg)
}

/// The innermost cause of an error, lowercase, without reqwest's wrapping
/// (`connection refused`, `dns error: …`).
fn cause(e: &(dyn std::error::Error + 'static)) -> String {
    let mut last: &dyn std::error::Error = e;
    while let Some(next) = last.source() {
        last = next;
    }
    let text = last.to_string().to_lowercase();
    // `connection refused (os error 111)`: the OS number helps nobody.
    match text.find(" (os error") {
        Some(i) => text[..i].to_string(),
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_status_has_its_own_message() {
        let url = "http://127.0.0.1:1/findById/party";
        let msgs: Vec<String> = [400, 401, 403, 405, 413, 429, 500, 503, 418, 307]
            .iter()
            .map(|c| status_error(url, StatusCode::from_u16(*c).unwrap()).message)
            .collect();
        for (i, a) in msgs.iter().enumerate() {
            assert!(!a.contains('\n'));
            for b in &msgs[i + 1..] {
                assert_ne!(a, b);
            }
        }
        assert!(
            msgs[1].contains("401") && msgs[1].contains("token missing, wrong or out of quota")
        );
        assert!(
            msgs[2].contains("403") && msgs[2].contains("token missing, wrong or out of quota")
        );
    }

    #[test]
    fn a_base_that_is_not_http_is_refused() {
        let t = Token::new("k").unwrap();
        let e = Client::new("ftp://x", t.clone(), 10).err().unwrap();
        assert_eq!(e.subject, "dadata.url");
        let c = Client::new("http://127.0.0.1:9/api/", t, 10).unwrap();
        let req = Request::Bank {
            bik: "044525101".into(),
        };
        assert_eq!(c.url(&req), "http://127.0.0.1:9/api/findById/bank");
    }
}
