//! Character encodings of 1C exports: deciding from a file's first bytes
//! whether it is UTF-8 or Windows-1251 ([`detect_encoding`]), and turning
//! the byte stream into UTF-8 as it is read ([`decoder`]), so every reader
//! downstream sees UTF-8 text without a BOM. Nothing here buffers more than
//! a fixed block, whatever the file's size.

use super::Encoding;
use std::io::Read;

/// The UTF-8 byte order mark ("CSV UTF-8" from Excel starts with it).
pub const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// Decides the encoding from the first bytes of a file (`head`; a few KiB
/// is plenty, more is better).
///
/// In order: a UTF-8 BOM means UTF-8; an XML declaration's `encoding`
/// attribute is obeyed when it names UTF-8 or Windows-1251 (any label
/// encoding_rs knows for them: `windows-1251`, `cp1251`, `utf-8`, `utf8`, …,
/// in any case) — except that a windows-1251 declaration over bytes that
/// are valid non-ASCII UTF-8 gives UTF-8 (see [`detect`]); otherwise `head` is UTF-8 when it is valid UTF-8 — a
/// multi-byte character cut off by the end of `head` does not count against
/// it — and Windows-1251 when it is not (Russian Excel's "CSV" is
/// Windows-1251). ASCII-only heads are UTF-8 (which they are in either).
pub fn detect_encoding(head: &[u8]) -> Encoding {
    detect(head).encoding
}

/// What [`detect`] decided, and whether the bytes overruled the file's own
/// XML declaration.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Detected {
    pub encoding: Encoding,
    /// The declaration says windows-1251 but the bytes are UTF-8 (a file
    /// re-saved by an editor that kept the old declaration).
    pub mislabelled: bool,
}

/// [`detect_encoding`], telling also when a declared windows-1251 was
/// overruled: a declaration of windows-1251 is obeyed unless `head` holds
/// non-ASCII bytes that are all valid UTF-8 — windows-1251 Cyrillic is
/// practically never valid UTF-8 (its letters, 0xC0–0xFF, would each have
/// to be followed by one of the punctuation bytes 0x80–0xBF), so such bytes
/// are UTF-8 whatever the declaration says. A declared UTF-8 is always
/// obeyed (invalid bytes then show as U+FFFD in the values).
pub fn detect(head: &[u8]) -> Detected {
    let by_bytes = |mislabelled| Detected {
        encoding: Encoding::Utf8,
        mislabelled,
    };
    if head.starts_with(UTF8_BOM) {
        return by_bytes(false);
    }
    if let Some(label) = xml_declared_encoding(head) {
        match encoding_rs::Encoding::for_label(label) {
            Some(e) if e == encoding_rs::WINDOWS_1251 => {
                return if !head.is_ascii() && valid_utf8(head) {
                    by_bytes(true)
                } else {
                    Detected {
                        encoding: Encoding::Windows1251,
                        mislabelled: false,
                    }
                };
            }
            Some(e) if e == encoding_rs::UTF_8 => return by_bytes(false),
            // Another encoding (koi8-r, utf-16, …): guess from the bytes.
            _ => {}
        }
    }
    Detected {
        encoding: if valid_utf8(head) {
            Encoding::Utf8
        } else {
            Encoding::Windows1251
        },
        mislabelled: false,
    }
}

/// Whether `head` is UTF-8, a character cut off by its end allowed.
fn valid_utf8(head: &[u8]) -> bool {
    match std::str::from_utf8(head) {
        Ok(_) => true,
        // `error_len() == None`: the input ends inside a character, which
        // is what a cut-off head looks like. Valid up to there.
        Err(e) => e.error_len().is_none(),
    }
}

/// The value of `encoding="…"` in an XML declaration at the start of
/// `head` (after optional whitespace), if there is one.
fn xml_declared_encoding(head: &[u8]) -> Option<&[u8]> {
    let start = head.iter().position(|b| !b.is_ascii_whitespace())?;
    let rest = head.get(start..)?;
    if !rest.starts_with(b"<?xml") {
        return None;
    }
    // The declaration ends at the first `?>`; only look inside it.
    let end = rest
        .windows(2)
        .position(|w| w == b"?>")
        .unwrap_or(rest.len());
    let decl = rest.get(..end)?;
    let at = find(decl, b"encoding")?;
    let mut i = at + b"encoding".len();
    let skip_ws = |i: &mut usize| {
        while decl.get(*i).is_some_and(|b| b.is_ascii_whitespace()) {
            *i += 1;
        }
    };
    skip_ws(&mut i);
    if decl.get(i) != Some(&b'=') {
        return None;
    }
    i += 1;
    skip_ws(&mut i);
    let quote = *decl.get(i)?;
    if quote != b'"' && quote != b'\'' {
        return None;
    }
    let value_start = i + 1;
    let len = decl.get(value_start..)?.iter().position(|&b| b == quote)?;
    decl.get(value_start..value_start + len)
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// Streams `input` as UTF-8, decoding it from `enc`.
///
/// A BOM at the start is stripped, and it wins over `enc`: a file that
/// starts with a UTF-8 BOM is decoded as UTF-8 whatever was asked (a UTF-16
/// BOM likewise switches to UTF-16; `open` refuses such files before they
/// get here). Bytes that are invalid in the chosen encoding — in practice,
/// Windows-1251 text read as UTF-8 — become U+FFFD REPLACEMENT CHARACTER
/// rather than an error, so the output is always valid UTF-8; the damage
/// then shows in the values (and the core's validation rejects what it
/// must). Memory use is a fixed buffer.
pub fn decoder<R: Read>(input: R, enc: Encoding) -> impl Read {
    let encoding = match enc {
        Encoding::Utf8 => encoding_rs::UTF_8,
        Encoding::Windows1251 => encoding_rs::WINDOWS_1251,
    };
    encoding_rs_io::DecodeReaderBytesBuilder::new()
        .encoding(Some(encoding))
        .bom_override(true)
        .strip_bom(true)
        .build(input)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode_all(bytes: &[u8], enc: Encoding) -> String {
        let mut out = String::new();
        decoder(bytes, enc)
            .read_to_string(&mut out)
            .expect("decoding never fails on in-memory input");
        out
    }

    #[test]
    fn bom_means_utf8() {
        assert_eq!(detect_encoding(b"\xEF\xBB\xBFabc"), Encoding::Utf8);
        // Even when the rest would not be valid UTF-8.
        assert_eq!(detect_encoding(b"\xEF\xBB\xBF\xCD\xE0"), Encoding::Utf8);
    }

    #[test]
    fn xml_declaration_is_obeyed() {
        let w = br#"<?xml version="1.0" encoding="windows-1251"?><a/>"#;
        assert_eq!(detect_encoding(w), Encoding::Windows1251);
        let w = br#"  <?xml version='1.0' encoding = 'CP1251' ?>"#;
        assert_eq!(detect_encoding(w), Encoding::Windows1251);
        let w = br#"<?xml version="1.0" encoding="Windows-1251"?>"#;
        assert_eq!(detect_encoding(w), Encoding::Windows1251);
        // Declared UTF-8 wins even over bytes that are not valid UTF-8.
        let u = b"<?xml version=\"1.0\" encoding=\"UTF-8\"?><a>\xCD</a>";
        assert_eq!(detect_encoding(u), Encoding::Utf8);
        // An `encoding` word after the declaration is not the declaration.
        let late = b"<?xml version=\"1.0\"?><a encoding=\"windows-1251\">\xD0\x90</a>";
        assert_eq!(detect_encoding(late), Encoding::Utf8);
    }

    #[test]
    fn utf8_bytes_overrule_a_windows_1251_declaration() {
        let decl = "<?xml version=\"1.0\" encoding=\"windows-1251\"?>\n";
        let text = format!("{decl}<КоммерческаяИнформация><Наименование>Ёлка «Р»</Наименование>");
        let d = detect(text.as_bytes());
        assert_eq!(d.encoding, Encoding::Utf8);
        assert!(d.mislabelled);
        // The same text really in windows-1251 keeps its declaration.
        let (cp, _, _) = encoding_rs::WINDOWS_1251.encode(&text);
        let d = detect(&cp);
        assert_eq!(d.encoding, Encoding::Windows1251);
        assert!(!d.mislabelled);
        // ASCII-only heads say nothing against the declaration.
        let d = detect(format!("{decl}<a/>").as_bytes());
        assert_eq!(d.encoding, Encoding::Windows1251);
        assert!(!d.mislabelled);
        // A character cut off by the end of the head still counts as UTF-8.
        let cut = &text.as_bytes()[..decl.len() + 3];
        assert!(detect(cut).mislabelled);
        // Declared UTF-8 is not "mislabelled" either way.
        let u = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><a>Я</a>";
        assert_eq!(detect(u.as_bytes()), by(Encoding::Utf8));
    }

    fn by(encoding: Encoding) -> Detected {
        Detected {
            encoding,
            mislabelled: false,
        }
    }

    #[test]
    fn guesses_from_the_bytes() {
        assert_eq!(detect_encoding("ИНН;КПП".as_bytes()), Encoding::Utf8);
        assert_eq!(
            detect_encoding(b"\xC8\xCD\xCD;\xCA\xCF\xCF"),
            Encoding::Windows1251
        );
        assert_eq!(detect_encoding(b"abc"), Encoding::Utf8);
        assert_eq!(detect_encoding(b""), Encoding::Utf8);
        // "ИН" then the first byte of "Н": cut by the end of the head.
        assert_eq!(detect_encoding(b"\xD0\x98\xD0\x9D\xD0"), Encoding::Utf8);
        // The same byte in the middle is an error.
        assert_eq!(detect_encoding(b"\xD0\x98\xD0;"), Encoding::Windows1251);
    }

    #[test]
    fn decodes_windows_1251() {
        assert_eq!(
            decode_all(b"\xC8\xCD\xCD;\xB8", Encoding::Windows1251),
            "ИНН;ё"
        );
    }

    #[test]
    fn strips_the_bom() {
        assert_eq!(decode_all("\u{feff}ИНН".as_bytes(), Encoding::Utf8), "ИНН");
        // A UTF-8 BOM overrides a Windows-1251 request.
        assert_eq!(
            decode_all("\u{feff}ИНН".as_bytes(), Encoding::Windows1251),
            "ИНН"
        );
    }

    #[test]
    fn invalid_utf8_becomes_replacement_characters() {
        assert_eq!(decode_all(b"a\xC8b", Encoding::Utf8), "a\u{fffd}b");
    }
}
