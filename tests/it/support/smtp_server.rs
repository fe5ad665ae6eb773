//! A small SMTP server on 127.0.0.1 for the tests: it speaks just enough
//! ESMTP for lettre, misbehaves on request (refuses or breaks STARTTLS,
//! never answers, rejects with an echo of the letter) and records what it
//! was sent. Plus a decoder of what it received: RFC 2047 headers,
//! base64 or quoted-printable bodies.

use base64::Engine;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::Duration;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Plain ESMTP, no STARTTLS offered, AUTH PLAIN accepted.
    Plain,
    /// Offers STARTTLS and answers it with 454.
    StartTlsRefused,
    /// Offers STARTTLS, says 220, then answers the TLS hello with text.
    StartTlsBroken,
    /// Accepts the connection and never says a word.
    Silent,
    /// Plain, but ends DATA with a 554 that quotes the whole letter back.
    RejectEcho,
    /// Plain, but answers every RCPT TO with 550 (no such mailbox).
    NoMailbox,
}

#[derive(Debug, Default, Clone)]
pub struct Recorded {
    /// Every command line as received (AUTH's argument included).
    pub commands: Vec<String>,
    pub mail_from: Vec<String>,
    pub rcpt_to: Vec<String>,
    /// Each message's DATA, dot-unstuffed, CRLF line ends kept.
    pub data: Vec<String>,
    /// The first byte the client sent after STARTTLS (0x16: a TLS hello).
    pub after_starttls: Option<u8>,
}

pub struct Server {
    pub addr: SocketAddr,
    recorded: Arc<Mutex<Recorded>>,
}

impl Server {
    pub fn start(mode: Mode) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
        let addr = listener.local_addr().expect("local addr");
        let recorded = Arc::new(Mutex::new(Recorded::default()));
        let rec = Arc::clone(&recorded);
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(stream) = stream else { return };
                let rec = Arc::clone(&rec);
                std::thread::spawn(move || {
                    let _ = serve(stream, mode, &rec);
                });
            }
        });
        Server { addr, recorded }
    }

    pub fn url(&self, scheme: &str) -> String {
        format!("{scheme}://127.0.0.1:{}", self.addr.port())
    }

    pub fn recorded(&self) -> Recorded {
        self.recorded.lock().expect("lock").clone()
    }
}

fn serve(stream: TcpStream, mode: Mode, rec: &Mutex<Recorded>) -> std::io::Result<()> {
    stream.set_read_timeout(Some(Duration::from_secs(20)))?;
    let mut out = stream.try_clone()?;
    let mut input = BufReader::new(stream);
    if mode == Mode::Silent {
        // Hold the connection open, unanswered, until the client gives up.
        let mut sink = Vec::new();
        let _ = input.read_to_end(&mut sink);
        return Ok(());
    }
    out.write_all(b"220 test.local ESMTP\r\n")?;
    let mut line = String::new();
    loop {
        line.clear();
        if input.read_line(&mut line)? == 0 {
            return Ok(());
        }
        let cmd = line.trim_end().to_string();
        rec.lock().expect("lock").commands.push(cmd.clone());
        let verb = cmd.split(' ').next().unwrap_or("").to_ascii_uppercase();
        match verb.as_str() {
            "EHLO" => {
                let mut reply = String::from("250-test.local\r\n250-8BITMIME\r\n");
                if matches!(mode, Mode::StartTlsRefused | Mode::StartTlsBroken) {
                    reply.push_str("250-STARTTLS\r\n");
                }
                reply.push_str("250-AUTH PLAIN LOGIN\r\n250 SIZE 1000000\r\n");
                out.write_all(reply.as_bytes())?;
            }
            "HELO" | "RSET" | "NOOP" => out.write_all(b"250 ok\r\n")?,
            "STARTTLS" if mode == Mode::StartTlsRefused => {
                out.write_all(b"454 4.7.0 TLS not available due to temporary reason\r\n")?
            }
            "STARTTLS" if mode == Mode::StartTlsBroken => {
                out.write_all(b"220 2.0.0 Ready to start TLS\r\n")?;
                let mut first = [0u8; 1];
                if input.read_exact(&mut first).is_ok() {
                    rec.lock().expect("lock").after_starttls = Some(first[0]);
                }
                out.write_all(b"this is not TLS at all\r\n")?;
                return Ok(());
            }
            "AUTH" => out.write_all(b"235 2.7.0 authenticated\r\n")?,
            "MAIL" => {
                rec.lock().expect("lock").mail_from.push(cmd.clone());
                out.write_all(b"250 ok\r\n")?;
            }
            "RCPT" => {
                if mode == Mode::NoMailbox {
                    out.write_all(b"550 5.1.1 no such mailbox here\r\n")?;
                    continue;
                }
                rec.lock().expect("lock").rcpt_to.push(cmd.clone());
                out.write_all(b"250 ok\r\n")?;
            }
            "DATA" => {
                out.write_all(b"354 go ahead\r\n")?;
                let mut data = String::new();
                loop {
                    line.clear();
                    if input.read_line(&mut line)? == 0 {
                        return Ok(());
                    }
                    if line == ".\r\n" {
                        break;
                    }
                    data.push_str(line.strip_prefix('.').unwrap_or(&line));
                }
                if mode == Mode::RejectEcho {
                    let echo = decode(&data).body.replace(['\r', '\n'], " ");
                    out.write_all(format!("554 5.7.1 rejected as spam: {echo}\r\n").as_bytes())?;
                } else {
                    out.write_all(b"250 2.0.0 queued\r\n")?;
                }
                rec.lock().expect("lock").data.push(data);
            }
            "QUIT" => {
                out.write_all(b"221 bye\r\n")?;
                return Ok(());
            }
            _ => out.write_all(b"502 5.5.2 not implemented\r\n")?,
        }
    }
}

/// A received message, decoded.
#[derive(Debug, Default)]
pub struct Decoded {
    /// Header name (lowercase) and its unfolded, RFC 2047-decoded value.
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Decoded {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

pub fn decode(data: &str) -> Decoded {
    let (head, body) = data.split_once("\r\n\r\n").unwrap_or((data, ""));
    let mut headers: Vec<(String, String)> = Vec::new();
    for line in head.split("\r\n") {
        if line.starts_with([' ', '\t']) {
            if let Some(last) = headers.last_mut() {
                last.1.push_str(line);
            }
        } else if let Some((name, value)) = line.split_once(':') {
            headers.push((name.to_ascii_lowercase(), value.to_string()));
        }
    }
    for h in &mut headers {
        h.1 = decode_words(h.1.trim());
    }
    let cte = headers
        .iter()
        .find(|(n, _)| n == "content-transfer-encoding")
        .map(|(_, v)| v.to_ascii_lowercase())
        .unwrap_or_default();
    let body = match cte.as_str() {
        "base64" => {
            let compact: String = body.split_whitespace().collect();
            let bytes = base64::engine::general_purpose::STANDARD
                .decode(compact)
                .expect("base64 body");
            String::from_utf8(bytes).expect("utf-8 body")
        }
        "quoted-printable" => {
            let bytes =
                quoted_printable::decode(body.as_bytes(), quoted_printable::ParseMode::Strict)
                    .expect("quoted-printable body");
            String::from_utf8(bytes).expect("utf-8 body")
        }
        _ => body.to_string(),
    };
    Decoded {
        headers,
        body: body.replace("\r\n", "\n"),
    }
}

/// Decodes `=?utf-8?b?…?=` and `=?utf-8?q?…?=` words; whitespace between
/// two encoded words is dropped (RFC 2047 §6.2).
fn decode_words(value: &str) -> String {
    let mut out = String::new();
    let mut rest = value;
    let mut last_was_word = false;
    while let Some(start) = rest.find("=?") {
        let (before, after) = rest.split_at(start);
        let parts: Vec<&str> = after[2..].splitn(3, '?').collect();
        let (Some(charset), Some(enc), Some(tail)) = (parts.first(), parts.get(1), parts.get(2))
        else {
            break;
        };
        let Some(end) = tail.find("?=") else { break };
        assert!(charset.eq_ignore_ascii_case("utf-8"), "charset {charset}");
        if !(last_was_word && before.trim().is_empty()) {
            out.push_str(before);
        }
        let text = &tail[..end];
        let bytes = match enc.to_ascii_lowercase().as_str() {
            "b" => base64::engine::general_purpose::STANDARD
                .decode(text)
                .expect("base64 word"),
            "q" => quoted_printable::decode(
                text.replace('_', " ").as_bytes(),
                quoted_printable::ParseMode::Robust,
            )
            .expect("q word"),
            other => panic!("encoding {other}"),
        };
        out.push_str(&String::from_utf8(bytes).expect("utf-8 word"));
        rest = &tail[end + 2..];
        last_was_word = true;
    }
    out.push_str(rest);
    out
}
