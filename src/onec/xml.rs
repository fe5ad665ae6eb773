//! Streaming XML shared by the CommerceML and EnterpriseData readers: a
//! quick-xml reader over already-decoded UTF-8 that counts lines, bounds the
//! memory one event may take, checks nesting and turns every failure into a
//! [`ReadError`] with a line. The readers see start tags (with their line and
//! depth), end tags, text and the end of the file, and match elements by
//! local name so that any namespace prefix works.
//!
//! Memory stays flat: the event buffer is reused, no event may exceed about
//! 1 MiB ([`MAX_VALUE`] plus slack, enforced while bytes are read, before they
//! are buffered), element names are capped at [`MAX_NAME`] bytes and nesting
//! at [`MAX_DEPTH`] levels, so the stack of open elements is bounded too.
//! Entities declared in a DOCTYPE are never expanded: quick-xml knows only
//! the five predefined ones, and an unknown `&name;` in a value is an error.
//!
//! Text is read only where a reader asks for it ([`XmlStream::set_text`]):
//! elsewhere (other catalogs, documents, base64 attachments) character data
//! is dropped as it streams past, before quick-xml buffers it, so a huge
//! value in an object nobody reads neither costs memory nor stops the import.

mod counted;

use super::{Item, ReadError, ReadResult};
use crate::i18n::Msg;
use crate::t;
use counted::Counted;
use quick_xml::escape::EscapeError;
use quick_xml::events::{BytesStart, Event as XmlEvent};
use std::borrow::Cow;
use std::io::BufRead;

/// The longest value (text of one element) a reader accepts.
pub(crate) const MAX_VALUE: usize = 1 << 20;
/// Deeper nesting than this is not a 1C file (they go about 10 deep).
pub(crate) const MAX_DEPTH: usize = 256;
/// Longer element names than this are not a 1C file.
pub(crate) const MAX_NAME: usize = 1024;

/// A [`ReadError`] at `line`.
pub(crate) fn error(line: u64, message: impl Into<Msg>) -> ReadError {
    ReadError {
        line,
        message: message.into().into_string(),
    }
}

/// The input ended inside element `what`.
pub(crate) fn truncated(line: u64, what: &str) -> ReadError {
    error(line, t!("xml-truncated-in", element = what))
}

fn over_limit(line: u64) -> ReadError {
    error(line, t!("xml-value-too-big"))
}

/// What the readers see.
pub(crate) enum Event<'a> {
    /// A start tag (an empty element `<a/>` comes as a start and an end).
    /// `depth` is the element's own: the root is 1.
    Start {
        tag: BytesStart<'a>,
        line: u64,
        depth: usize,
    },
    /// The end of the element at `depth`.
    End { depth: usize },
    /// Character data: escaped text or a CDATA section.
    Text { text: Text<'a>, line: u64 },
    /// A comment, processing instruction, XML declaration or DOCTYPE.
    Other,
    /// The end of a well-formed file (every element closed).
    Eof,
}

/// Character data as it stands in the file.
pub(crate) struct Text<'a> {
    raw: Cow<'a, [u8]>,
    escaped: bool,
}

impl Text<'_> {
    /// Appends the decoded, unescaped text to `out`, refusing values over
    /// [`MAX_VALUE`] and entities other than the predefined ones.
    pub(crate) fn append_to(&self, out: &mut String, line: u64) -> ReadResult<()> {
        let s = std::str::from_utf8(&self.raw).map_err(|_| error(line, t!("xml-not-utf8")))?;
        if self.escaped {
            out.push_str(&unescape(s, line)?);
        } else {
            out.push_str(s);
        }
        if out.len() > MAX_VALUE {
            return Err(over_limit(line));
        }
        Ok(())
    }
}

/// Resolves the predefined entities and character references of `s`.
pub(crate) fn unescape(s: &str, line: u64) -> ReadResult<Cow<'_, str>> {
    quick_xml::escape::unescape(s).map_err(|e| error(line, escape_message(&e)))
}

fn escape_message(e: &EscapeError) -> Msg {
    match e {
        EscapeError::UnrecognizedEntity(_, name) => {
            t!("xml-undefined-entity", name = name.as_str())
        }
        EscapeError::UnterminatedEntity(_) => t!("xml-unterminated-entity"),
        EscapeError::InvalidCharRef(e) => t!("xml-bad-char-ref", reason = e.to_string()),
    }
}

/// The local name of a tag: `cml:Контрагент` → `Контрагент`.
pub(crate) fn local_name<'t>(tag: &'t BytesStart<'_>) -> &'t [u8] {
    let name = tag.name().into_inner();
    match name.iter().position(|&b| b == b':') {
        Some(i) => &name[i + 1..],
        None => name,
    }
}

/// The local name as text for messages (lossy, never fails).
pub(crate) fn name_text(local: &[u8]) -> String {
    String::from_utf8_lossy(local).into_owned()
}

/// Iterates the `(local name, unescaped value)` of a tag's attributes,
/// silently dropping attributes that do not parse.
pub(crate) fn attributes<'t>(
    tag: &'t BytesStart<'_>,
) -> impl Iterator<Item = (Vec<u8>, Cow<'t, str>, bool)> + 't {
    tag.attributes().flatten().filter_map(|a| {
        let is_ns = a.key.as_namespace_binding().is_some();
        let key = a.key.local_name().into_inner().to_vec();
        let value = a.unescape_value().ok()?;
        Some((key, value, is_ns))
    })
}

/// The streaming reader.
pub(crate) struct XmlStream {
    reader: quick_xml::Reader<Counted>,
    buf: Vec<u8>,
    depth: usize,
    /// The open elements' local names, each cut to 64 bytes (for messages).
    open: Vec<String>,
    /// Whether character data is wanted (see [`XmlStream::set_text`]).
    want_text: bool,
    /// The last event was text: quick-xml has consumed the `<` after it and
    /// is inside markup, so nothing may be elided.
    after_text: bool,
}

impl XmlStream {
    pub(crate) fn new(input: impl BufRead + Send + 'static) -> XmlStream {
        let counted = Counted {
            inner: Box::new(input),
            newlines: 0,
            since_mark: 0,
            start_line: None,
            oversize: false,
            elide: false,
        };
        let mut reader = quick_xml::Reader::from_reader(counted);
        let config = reader.config_mut();
        config.expand_empty_elements = true;
        config.check_end_names = true;
        config.trim_text(false);
        XmlStream {
            reader,
            buf: Vec::with_capacity(8 * 1024),
            depth: 0,
            open: Vec::new(),
            want_text: false,
            after_text: false,
        }
    }

    /// Whether [`Event::Text`] is wanted from now on. Off (the default),
    /// character data between tags is skipped unread.
    pub(crate) fn set_text(&mut self, on: bool) {
        self.want_text = on;
    }

    /// The next event. After an error the stream is not to be read again.
    pub(crate) fn next(&mut self) -> ReadResult<Event<'_>> {
        self.buf.clear();
        let elide = !self.want_text && !self.after_text;
        self.reader.get_mut().mark(elide);
        let event = match self.reader.read_event_into(&mut self.buf) {
            Ok(e) => e,
            Err(e) => {
                let src = self.reader.get_ref();
                let line = if src.oversize {
                    src.event_line()
                } else {
                    src.newlines + 1
                };
                return Err(translate(e, line, src.oversize));
            }
        };
        let src = self.reader.get_ref();
        let line = src.event_line();
        self.after_text = matches!(event, XmlEvent::Text(_));
        Ok(match event {
            XmlEvent::Start(tag) => {
                if tag.name().into_inner().len() > MAX_NAME {
                    return Err(error(line, t!("xml-long-name")));
                }
                if self.depth >= MAX_DEPTH {
                    return Err(error(line, t!("xml-too-deep", max = MAX_DEPTH)));
                }
                self.depth += 1;
                let local = local_name(&tag);
                let cut = &local[..local.len().min(64)];
                self.open.push(String::from_utf8_lossy(cut).into_owned());
                Event::Start {
                    tag,
                    line,
                    depth: self.depth,
                }
            }
            XmlEvent::End(_) => {
                let depth = self.depth;
                self.depth = self.depth.saturating_sub(1);
                self.open.pop();
                Event::End { depth }
            }
            XmlEvent::Text(t) => Event::Text {
                text: Text {
                    raw: t.into_inner(),
                    escaped: true,
                },
                line,
            },
            XmlEvent::CData(t) => Event::Text {
                text: Text {
                    raw: t.into_inner(),
                    escaped: false,
                },
                line,
            },
            XmlEvent::Eof => {
                if let Some(name) = self.open.last() {
                    return Err(truncated(src.newlines + 1, name));
                }
                Event::Eof
            }
            // Empty elements are expanded into Start + End by the
            // configuration; the rest carries nothing the readers use.
            XmlEvent::Empty(_)
            | XmlEvent::Comment(_)
            | XmlEvent::Decl(_)
            | XmlEvent::PI(_)
            | XmlEvent::DocType(_) => Event::Other,
        })
    }

    /// Reads up to and including the end of the element at `depth` (the one
    /// whose start was just read), ignoring everything inside.
    pub(crate) fn skip_to_end(&mut self, depth: usize) -> ReadResult<()> {
        loop {
            match self.next()? {
                Event::End { depth: d } if d == depth => return Ok(()),
                Event::Eof => return Err(error(0, t!("xml-truncated"))),
                _ => {}
            }
        }
    }
}

fn translate(e: quick_xml::Error, line: u64, oversize: bool) -> ReadError {
    use quick_xml::errors::{IllFormedError, SyntaxError};
    use quick_xml::Error as E;
    if oversize {
        return over_limit(line);
    }
    let message = match &e {
        E::Io(io) => t!("xml-read-error", reason = io.to_string()),
        E::Syntax(s) => {
            let what = match s {
                SyntaxError::InvalidBangMarkup => "bang",
                SyntaxError::UnclosedPIOrXmlDecl => "pi",
                SyntaxError::UnclosedComment => "comment",
                SyntaxError::UnclosedDoctype => "doctype",
                SyntaxError::UnclosedCData => "cdata",
                SyntaxError::UnclosedTag => "tag",
            };
            t!("xml-syntax", what = what)
        }
        E::IllFormed(IllFormedError::MismatchedEndTag { expected, found }) => t!(
            "xml-mismatched-end",
            found = found.as_str(),
            expected = expected.as_str()
        ),
        E::IllFormed(IllFormedError::UnmatchedEndTag(found)) => {
            t!("xml-unmatched-end", found = found.as_str())
        }
        E::IllFormed(other) => t!("xml-malformed", reason = other.to_string()),
        E::Escape(esc) => escape_message(esc),
        other => t!("xml-malformed", reason = other.to_string()),
    };
    error(line, message)
}

/// The values of one record as they are found: single-valued fields keep
/// the first non-empty value, repeatable ones (`email`, `phone`) every
/// distinct value in order. Values are trimmed; empty ones are dropped.
#[derive(Debug, Default)]
pub(crate) struct Values {
    pub(crate) values: Vec<(String, String)>,
}

impl Values {
    pub(crate) fn has(&self, field: &str) -> bool {
        self.values.iter().any(|(f, _)| f == field)
    }

    pub(crate) fn get(&self, field: &str) -> Option<&str> {
        self.values
            .iter()
            .find(|(f, _)| f == field)
            .map(|(_, v)| v.as_str())
    }

    /// Sets `field` unless it already has a value.
    pub(crate) fn set(&mut self, field: &str, value: &str) {
        let value = value.trim();
        if !value.is_empty() && !self.has(field) {
            self.values.push((field.to_string(), value.to_string()));
        }
    }

    /// Adds a value of a repeatable field unless the same one is there.
    pub(crate) fn push(&mut self, field: &str, value: &str) {
        let value = value.trim();
        if !value.is_empty() && !self.values.iter().any(|(f, v)| f == field && v == value) {
            self.values.push((field.to_string(), value.to_string()));
        }
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.values.is_empty()
    }
}

/// One reader step as an iterator result: items until the end of the
/// document or the first error, then `None` for good (`done` is set).
pub(super) fn settle(done: &mut bool, step: ReadResult<Option<Item>>) -> Option<ReadResult<Item>> {
    match step {
        Ok(Some(item)) => Some(Ok(item)),
        Ok(None) => {
            *done = true;
            None
        }
        Err(e) => {
            *done = true;
            Some(Err(e))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io;

    fn stream(s: &str) -> XmlStream {
        let mut x = XmlStream::new(io::Cursor::new(s.as_bytes().to_vec()));
        x.set_text(true);
        x
    }

    #[test]
    fn start_lines_and_depths() {
        let mut x =
            stream("<?xml version=\"1.0\"?>\n<a>\n  <p:b\n   x=\"1\"/>\n\n  <c>t</c></a>\n");
        let mut seen = Vec::new();
        loop {
            match x.next().unwrap() {
                Event::Start { tag, line, depth } => {
                    seen.push((name_text(local_name(&tag)), line, depth))
                }
                Event::Eof => break,
                _ => {}
            }
        }
        assert_eq!(
            seen,
            vec![("a".into(), 2, 1), ("b".into(), 3, 2), ("c".into(), 6, 2)]
        );
    }

    #[test]
    fn truncated_file_is_an_error_with_a_line() {
        let mut x = stream("<a>\n<b>x</b>\n<c>");
        let err = loop {
            match x.next() {
                Err(e) => break e,
                Ok(Event::Eof) => panic!("no error"),
                Ok(_) => {}
            }
        };
        assert_eq!(err.line, 3);
        assert!(err.message.contains("truncated"), "{}", err.message);
        assert!(err.message.contains("<c>"), "{}", err.message);
    }

    #[test]
    fn huge_text_is_refused_before_it_is_buffered() {
        let big = "x".repeat(3 << 20);
        let mut x = stream(&format!("<a>\n<b>{big}</b></a>"));
        let err = loop {
            match x.next() {
                Err(e) => break e,
                Ok(Event::Eof) => panic!("no error"),
                Ok(_) => {}
            }
        };
        assert_eq!(err.message, "a value over 1 MiB");
        assert_eq!(err.line, 2);
    }

    #[test]
    fn unwanted_text_is_skipped_unread_whatever_its_size() {
        let big = "x\n".repeat(3 << 20);
        let doc = format!("<a>\n<b>{big}</b><!-- c -->{big}<c>т&amp;</c>\n<d/>{big}</a>");
        let mut x = XmlStream::new(io::Cursor::new(doc.into_bytes()));
        let mut seen = Vec::new();
        loop {
            match x.next().unwrap() {
                Event::Start { tag, line, .. } => {
                    let name = name_text(local_name(&tag));
                    x.set_text(name == "c");
                    seen.push((name, line));
                }
                Event::Text { text, .. } => {
                    let mut s = String::new();
                    text.append_to(&mut s, 0).unwrap();
                    seen.push((s, 0));
                }
                Event::End { .. } => x.set_text(false),
                Event::Other => {}
                Event::Eof => break,
            }
        }
        let lines = 3u64 << 20;
        assert_eq!(
            seen,
            vec![
                ("a".into(), 1),
                ("b".into(), 2),
                ("c".into(), 2 + 2 * lines),
                ("т&".into(), 0),
                ("d".into(), 3 + 2 * lines),
            ]
        );
    }

    fn first_error(mut x: XmlStream) -> ReadError {
        loop {
            match x.next() {
                Err(e) => return e,
                Ok(Event::Eof) => panic!("no error"),
                Ok(_) => {}
            }
        }
    }

    #[test]
    fn deep_nesting_and_long_names_are_refused() {
        let err = first_error(stream(&"<a>".repeat(100_000)));
        assert!(err.message.contains("nested deeper than 256"), "{err}");
        let err = first_error(stream(&format!("<r>\n<{}>", "я".repeat(600))));
        assert_eq!(err.line, 2);
        assert!(err.message.contains("name over 1 KiB"), "{err}");
    }

    #[test]
    fn errors_carry_the_line() {
        let err = first_error(stream("<a>\n<b>\n</c>\n</a>"));
        assert_eq!(err.line, 3);
        assert_eq!(err.message, "malformed xml: </c> closes <b>");
        let err = first_error(stream("<a>\n<b x='1"));
        assert!(err.message.contains("may be truncated"), "{err}");
        for bad in ["&#0;", "&#xD800;", "&#99999999999;", "&x", "&xxe;"] {
            let err = unescape(bad, 7).unwrap_err();
            assert_eq!(err.line, 7);
            assert!(err.message.starts_with("malformed xml"), "{err}");
        }
    }

    #[test]
    fn values_keep_first_and_dedupe_repeats() {
        let mut v = Values::default();
        v.set("name", "  A ");
        v.set("name", "B");
        v.set("inn", "  ");
        v.push("email", "a@x.ru");
        v.push("email", "a@x.ru");
        v.push("email", "b@x.ru");
        assert_eq!(v.get("name"), Some("A"));
        assert!(!v.has("inn"));
        assert_eq!(v.values.len(), 3);
    }
}
