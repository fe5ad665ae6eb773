//! A local stand-in for DaData: a tiny_http server on 127.0.0.1 (port 0) in
//! a thread, serving the fixtures in `fixtures/dadata/` the way DaData
//! answers `findById/party` and `findById/bank` (a party file answers for
//! the INN inside it, filtered by the request's `kpp` and `branch_type`;
//! anything else is `{"suggestions": []}`). It records every request
//! (method, path, headers, body) and can be told to answer with a status or
//! to hang past the client's timeout, once or always. No test needs the
//! internet.

use serde_json::{json, Value};
use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// The path prefix of the real API, so the base URL looks like the default.
const PREFIX: &str = "/suggestions/api/4_1/rs";

/// One request as the server saw it.
#[derive(Debug, Clone)]
pub struct Seen {
    pub method: String,
    pub path: String,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Seen {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or(Value::Null)
    }
}

/// An answer other than the fixtures'.
#[derive(Debug, Clone)]
pub enum Reply {
    /// A 307 redirect to this URL (a POST is to be repeated there).
    Redirect(String),
    /// 200 with this body as it is, sent chunked (no Content-Length), so
    /// only the bytes read tell its length.
    Body(String),
    /// This HTTP status with a DaData-like error body.
    Status(u16),
    /// No answer for this long, then the connection is dropped.
    Hang(Duration),
}

#[derive(Default)]
struct Script {
    queue: VecDeque<Reply>,
    always: Option<Reply>,
}

pub struct Server {
    /// The base URL to put in `dadata.url`.
    pub url: String,
    seen: Arc<Mutex<Vec<Seen>>>,
    script: Arc<Mutex<Script>>,
    http: Arc<tiny_http::Server>,
}

impl Server {
    pub fn start() -> Server {
        let http = Arc::new(tiny_http::Server::http("127.0.0.1:0").expect("bind 127.0.0.1:0"));
        let port = http.server_addr().to_ip().expect("an IP listener").port();
        let seen = Arc::new(Mutex::new(Vec::new()));
        let script = Arc::new(Mutex::new(Script::default()));
        let fixtures = Arc::new(Fixtures::load());
        let (h, s, sc) = (http.clone(), seen.clone(), script.clone());
        std::thread::spawn(move || {
            for req in h.incoming_requests() {
                let (s, sc, f) = (s.clone(), sc.clone(), fixtures.clone());
                // One thread per request, so a hanging answer holds up no other.
                std::thread::spawn(move || handle(req, &s, &sc, &f));
            }
        });
        Server {
            url: format!("http://127.0.0.1:{port}{PREFIX}"),
            seen,
            script,
            http,
        }
    }

    /// Every request so far, in order.
    pub fn requests(&self) -> Vec<Seen> {
        self.seen.lock().expect("lock").clone()
    }

    /// Answers the next request with `r` (queued: call again for more).
    pub fn then(&self, r: Reply) {
        self.script.lock().expect("lock").queue.push_back(r);
    }

    /// Answers every request with `r`.
    pub fn always(&self, r: Reply) {
        self.script.lock().expect("lock").always = Some(r);
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.http.unblock();
    }
}

fn handle(
    mut req: tiny_http::Request,
    seen: &Mutex<Vec<Seen>>,
    script: &Mutex<Script>,
    fixtures: &Fixtures,
) {
    let mut body = String::new();
    let _ = req.as_reader().read_to_string(&mut body);
    let record = Seen {
        method: req.method().to_string(),
        path: req.url().to_string(),
        headers: req
            .headers()
            .iter()
            .map(|h| (h.field.to_string(), h.value.to_string()))
            .collect(),
        body,
    };
    seen.lock().expect("lock").push(record.clone());
    let scripted = {
        let mut s = script.lock().expect("lock");
        s.queue.pop_front().or_else(|| s.always.clone())
    };
    let text = |v: Value| v.to_string();
    let (status, answer, location) = match scripted {
        Some(Reply::Hang(d)) => {
            std::thread::sleep(d);
            return;
        }
        Some(Reply::Status(code)) => (
            code,
            text(
                json!({"family": "CLIENT_ERROR", "reason": "scripted", "message": format!("status {code}")}),
            ),
            None,
        ),
        Some(Reply::Redirect(to)) => (307, String::new(), Some(to)),
        Some(Reply::Body(body)) => {
            let response = tiny_http::Response::new(
                tiny_http::StatusCode(200),
                vec![
                    tiny_http::Header::from_bytes("Content-Type", "application/json")
                        .expect("header"),
                ],
                std::io::Cursor::new(body.into_bytes()),
                None,
                None,
            );
            let _ = req.respond(response);
            return;
        }
        None => {
            let (code, v) = fixtures.answer(&record);
            (code, text(v), None)
        }
    };
    let mut response = tiny_http::Response::from_string(answer)
        .with_status_code(status)
        .with_header(
            tiny_http::Header::from_bytes("Content-Type", "application/json").expect("header"),
        );
    if let Some(to) = location {
        response =
            response.with_header(tiny_http::Header::from_bytes("Location", to).expect("header"));
    }
    let _ = req.respond(response);
}

/// The fixture suggestions by INN (parties) and BIK (banks).
struct Fixtures {
    parties: HashMap<String, Vec<Value>>,
    banks: HashMap<String, Vec<Value>>,
}

impl Fixtures {
    fn load() -> Fixtures {
        let mut parties: HashMap<String, Vec<Value>> = HashMap::new();
        let mut banks: HashMap<String, Vec<Value>> = HashMap::new();
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/dadata");
        for entry in std::fs::read_dir(&dir).expect("fixtures/dadata") {
            let path = entry.expect("entry").path();
            if path.extension().and_then(|e| e.to_str()) != Some("json") {
                continue;
            }
            let text = std::fs::read_to_string(&path).expect("fixture");
            let v: Value = serde_json::from_str(&text).expect("fixture JSON");
            for s in v["suggestions"].as_array().cloned().unwrap_or_default() {
                let (map, key) = match s["data"]["bic"].as_str() {
                    Some(bic) => (&mut banks, bic.to_string()),
                    None => (
                        &mut parties,
                        s["data"]["inn"].as_str().unwrap_or_default().to_string(),
                    ),
                };
                map.entry(key).or_default().push(s);
            }
        }
        Fixtures { parties, banks }
    }

    /// What DaData would answer: 200 with the matching suggestions.
    fn answer(&self, req: &Seen) -> (u16, Value) {
        if req.method != "POST" {
            return (
                405,
                json!({"family": "CLIENT_ERROR", "reason": "Method Not Allowed"}),
            );
        }
        let q = req.json();
        let query = q["query"].as_str().unwrap_or_default();
        let found: Vec<Value> = match req.path.strip_prefix(PREFIX) {
            Some("/findById/party") => self
                .parties
                .get(query)
                .cloned()
                .unwrap_or_default()
                .into_iter()
                .filter(|s| q["kpp"].is_null() || s["data"]["kpp"] == q["kpp"])
                .filter(|s| {
                    q["branch_type"].is_null() || s["data"]["branch_type"] == q["branch_type"]
                })
                .collect(),
            Some("/findById/bank") => self.banks.get(query).cloned().unwrap_or_default(),
            _ => {
                return (
                    404,
                    json!({"family": "CLIENT_ERROR", "reason": "Not Found"}),
                )
            }
        };
        (200, json!({ "suggestions": found }))
    }
}
