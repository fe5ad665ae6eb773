//! Opening a file for import: sniff the encoding and the format from its
//! first bytes, then hand the decoded stream to the right reader. Only the
//! first block of the file is held to look at; the rest streams through.

use super::decode::{decoder, detect_encoding, UTF8_BOM};
use super::detect::sniff;
use super::{commerceml, csv_list, enterprisedata};
use super::{Encoding, FileKind, Item, ReadError, ReadOptions, ReadResult};
use std::io::{self, BufReader, Cursor, Read};

/// How much of the raw file the encoding is guessed from.
const RAW_HEAD_BYTES: usize = 64 * 1024;
/// How much decoded text the format is sniffed from.
const TEXT_HEAD_BYTES: usize = 4 * 1024;
const BUFFER_BYTES: usize = 64 * 1024;

/// An opened file: what it is and its items.
pub struct Opened {
    pub kind: FileKind,
    pub encoding: Encoding,
    /// Things worth telling the admin (ignored columns, …).
    pub notes: Vec<String>,
    /// The file says it holds only changes (CommerceML
    /// `СодержитТолькоИзменения="true"`), so it is not a full snapshot.
    pub changes_only: bool,
    pub items: Box<dyn Iterator<Item = ReadResult<Item>> + Send>,
}

fn err(message: impl Into<String>) -> ReadError {
    ReadError {
        line: 0,
        message: message.into(),
    }
}

/// Reads up to `limit` bytes (fewer only at the end of the input).
fn read_head(input: &mut dyn Read, limit: usize) -> io::Result<Vec<u8>> {
    let mut head = Vec::with_capacity(limit.min(BUFFER_BYTES));
    input.take(limit as u64).read_to_end(&mut head)?;
    Ok(head)
}

/// Opens `input`; `kind` forces the format instead of sniffing it.
///
/// The encoding is `opts.encoding` when given, else guessed from the first
/// 64 KiB ([`detect_encoding`]); a UTF-8 BOM always means UTF-8 (the
/// decoder obeys it whatever was asked, so the summary says so too). Files
/// in UTF-16 are refused. The format is sniffed from the first 4 KiB of
/// decoded text ([`sniff`]) unless `kind` is given.
pub fn open(
    mut input: Box<dyn Read + Send>,
    kind: Option<FileKind>,
    opts: &ReadOptions,
) -> ReadResult<Opened> {
    let raw_head = read_head(&mut input, RAW_HEAD_BYTES)
        .map_err(|e| err(format!("cannot read the file: {e}")))?;
    if raw_head.is_empty() {
        return Err(err("the file is empty"));
    }
    if raw_head.starts_with(b"\xFF\xFE") || raw_head.starts_with(b"\xFE\xFF") {
        return Err(err(
            "the file is in UTF-16 (Excel's «Unicode text»?): save it as «CSV UTF-8» \
             or «CSV (разделители — точка с запятой)», or export XML from 1C",
        ));
    }
    let encoding = if raw_head.starts_with(UTF8_BOM) {
        Encoding::Utf8
    } else {
        opts.encoding.unwrap_or_else(|| detect_encoding(&raw_head))
    };

    let mut text = decoder(Cursor::new(raw_head).chain(input), encoding);
    let text_head = read_head(&mut text, TEXT_HEAD_BYTES)
        .map_err(|e| err(format!("cannot read the file: {e}")))?;
    // The head may end inside a character; look at the whole ones.
    let valid = match std::str::from_utf8(&text_head) {
        Ok(s) => s,
        Err(e) => {
            std::str::from_utf8(text_head.get(..e.valid_up_to()).unwrap_or(&[])).unwrap_or("")
        }
    };
    let kind = match kind {
        Some(kind) => kind,
        None => sniff(valid)?,
    };
    // The container's attribute stands before the first counterparty.
    let changes_only =
        kind == FileKind::CommerceMl && valid.contains("СодержитТолькоИзменения=\"true\"");
    let stream = BufReader::with_capacity(BUFFER_BYTES, Cursor::new(text_head).chain(text));

    let (notes, items): (
        Vec<String>,
        Box<dyn Iterator<Item = ReadResult<Item>> + Send>,
    ) = match kind {
        FileKind::Csv => {
            let reader = csv_list::Reader::new(stream, opts)?;
            (reader.notes(), Box::new(reader))
        }
        FileKind::CommerceMl => (Vec::new(), Box::new(commerceml::Reader::new(stream)?)),
        FileKind::EnterpriseData => (Vec::new(), Box::new(enterprisedata::Reader::new(stream)?)),
    };
    Ok(Opened {
        kind,
        encoding,
        notes,
        changes_only,
        items,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn open_bytes(bytes: &[u8], kind: Option<FileKind>) -> ReadResult<Opened> {
        open(
            Box::new(Cursor::new(bytes.to_vec())),
            kind,
            &ReadOptions::default(),
        )
    }

    fn refusal(bytes: &[u8]) -> String {
        match open_bytes(bytes, None) {
            Err(e) => e.message,
            Ok(o) => panic!("expected a refusal, got {:?}", o.kind),
        }
    }

    #[test]
    fn empty_file() {
        assert_eq!(refusal(b""), "the file is empty");
    }

    #[test]
    fn bank_statement_refused() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(
            "1CClientBankExchange\r\nВерсияФормата=1.03\r\nКодировка=Windows\r\n\
             СекцияДокумент=Платежное поручение\r\nНомер=1\r\nКонецДокумента\r\n",
        );
        let m = refusal(&bytes);
        assert!(m.contains("bank statement"), "{m}");
    }

    #[test]
    fn binary_refused() {
        let m = refusal(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0\0\0\0\0\0\0");
        assert!(m.contains("binary data, not a 1C export"), "{m}");
        let m = refusal(b"PK\x03\x04\x14\0\x06\0\x08\0");
        assert!(m.contains("ZIP"), "{m}");
    }

    #[test]
    fn utf16_refused() {
        let m = refusal(b"\xFF\xFEa\0b\0");
        assert!(m.contains("UTF-16"), "{m}");
    }

    #[test]
    fn forced_encoding_and_kind() {
        // Windows-1251 bytes read as UTF-8 on request: replacement chars,
        // no error; the heading is then unknown.
        let opts = ReadOptions {
            encoding: Some(Encoding::Utf8),
            ..ReadOptions::default()
        };
        let r = open(
            Box::new(Cursor::new(b"\xC8\xCD\xCD\n1\n".to_vec())),
            Some(FileKind::Csv),
            &opts,
        );
        let e = r.err().expect("unknown heading");
        assert!(e.message.contains('\u{fffd}'), "{}", e.message);
    }

    #[test]
    fn bom_overrides_a_forced_encoding() {
        let opts = ReadOptions {
            encoding: Some(Encoding::Windows1251),
            ..ReadOptions::default()
        };
        let o = open(
            Box::new(Cursor::new("\u{feff}ИНН\n7707083893\n".as_bytes().to_vec())),
            None,
            &opts,
        )
        .expect("opens");
        assert_eq!(o.encoding, Encoding::Utf8);
        let items: Vec<_> = o.items.collect();
        let Ok(Item::Record(r)) = &items[0] else {
            panic!("{items:?}")
        };
        assert_eq!(r.get("inn"), Some("7707083893"));
    }

    #[test]
    fn long_file_streams_past_the_heads() {
        let mut text = String::from("Наименование;ИНН\r\n");
        for i in 0..20_000 {
            text.push_str(&format!("Контрагент {i};{i:010}\r\n"));
        }
        let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(&text);
        let o = open_bytes(&bytes, None).expect("opens");
        assert_eq!(o.encoding, Encoding::Windows1251);
        let mut n = 0u64;
        for item in o.items {
            let Ok(Item::Record(r)) = item else {
                panic!("{item:?}")
            };
            n += 1;
            assert_eq!(r.line, n + 1);
            assert_eq!(
                r.get("name"),
                Some(format!("Контрагент {}", n - 1).as_str())
            );
        }
        assert_eq!(n, 20_000);
    }
}
