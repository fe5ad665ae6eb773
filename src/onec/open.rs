//! Opening a file for import: sniff the encoding and the format from its
//! first bytes, then hand the decoded stream to the right reader. Only the
//! first block of the file is held to look at; the rest streams through.

use super::decode::{decoder, detect, UTF8_BOM};
use super::detect::sniff;
use super::{commerceml, csv_list, enterprisedata};
use super::{Encoding, FileKind, Item, ReadError, ReadOptions, ReadResult, Source, Sources};
use crate::i18n::Msg;
use crate::t;
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
    /// Things the admin must hear even with `--quiet` (an XML declaration
    /// the bytes contradict, …).
    pub warnings: Vec<String>,
    /// The file says it holds only changes (CommerceML
    /// `СодержитТолькоИзменения="true"`), so it is not a full snapshot.
    pub changes_only: bool,
    /// Which column or element each field comes from ([`Opened::source_of`]).
    pub sources: Sources,
    pub items: Box<dyn Iterator<Item = ReadResult<Item>> + Send>,
}

fn err(message: impl Into<Msg>) -> ReadError {
    ReadError {
        line: 0,
        message: message.into().into_string(),
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
/// 64 KiB ([`detect`]; UTF-8 bytes under a windows-1251 declaration are
/// read as UTF-8, with a warning); a UTF-8 BOM always means UTF-8 (the
/// decoder obeys it whatever was asked, so the summary says so too). Files
/// in UTF-16 are refused. The format is sniffed from the first 4 KiB of
/// decoded text ([`sniff`]) unless `kind` is given.
pub fn open(
    mut input: Box<dyn Read + Send>,
    kind: Option<FileKind>,
    opts: &ReadOptions,
) -> ReadResult<Opened> {
    let raw_head = read_head(&mut input, RAW_HEAD_BYTES)
        .map_err(|e| err(t!("onec-cannot-read", reason = e.to_string())))?;
    if raw_head.is_empty() {
        return Err(err(t!("onec-empty")));
    }
    if raw_head.starts_with(b"\xFF\xFE") || raw_head.starts_with(b"\xFE\xFF") {
        return Err(err(t!("onec-utf16")));
    }
    let mut warnings = Vec::new();
    let encoding = if raw_head.starts_with(UTF8_BOM) {
        Encoding::Utf8
    } else if let Some(forced) = opts.encoding {
        forced
    } else {
        let detected = detect(&raw_head);
        if detected.mislabelled {
            warnings.push(t!("onec-mislabelled-utf8").into_string());
        }
        detected.encoding
    };

    let mut text = decoder(Cursor::new(raw_head).chain(input), encoding);
    let text_head = read_head(&mut text, TEXT_HEAD_BYTES)
        .map_err(|e| err(t!("onec-cannot-read", reason = e.to_string())))?;
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

    type Items = Box<dyn Iterator<Item = ReadResult<Item>> + Send>;
    let (notes, sources, items): (Vec<String>, Sources, Items) = match kind {
        FileKind::Csv => {
            let reader = csv_list::Reader::new(stream, opts)?;
            let sources = Sources::Columns(reader.sources());
            (reader.notes(), sources, Box::new(reader))
        }
        FileKind::CommerceMl => (
            Vec::new(),
            Sources::CommerceMl,
            Box::new(commerceml::Reader::new(stream)?),
        ),
        FileKind::EnterpriseData => (
            Vec::new(),
            Sources::EnterpriseData,
            Box::new(enterprisedata::Reader::new(stream)?),
        ),
    };
    Ok(Opened {
        kind,
        encoding,
        notes,
        warnings,
        changes_only,
        sources,
        items,
    })
}

impl Opened {
    /// The column heading or XML element the catalog field `field` comes
    /// from in this file (see [`Sources::source_of`]).
    pub fn source_of(&self, field: &str) -> Option<Source> {
        self.sources.source_of(field)
    }
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
    fn utf8_under_a_windows_1251_declaration_is_read_as_utf8_with_a_warning() {
        let doc = "<?xml version=\"1.0\" encoding=\"windows-1251\"?>\n\
                   <КоммерческаяИнформация><Контрагенты><Контрагент>\
                   <Наименование>Ёлкин</Наименование></Контрагент></Контрагенты>\
                   </КоммерческаяИнформация>";
        let o = open_bytes(doc.as_bytes(), None).expect("opens");
        assert_eq!(o.kind, FileKind::CommerceMl);
        assert_eq!(o.encoding, Encoding::Utf8);
        assert_eq!(o.warnings.len(), 1);
        assert!(
            o.warnings[0].contains("declares encoding=\"windows-1251\" but its bytes are UTF-8")
        );
        let items: Vec<_> = o.items.collect();
        let Ok(Item::Record(r)) = &items[0] else {
            panic!("{items:?}")
        };
        assert_eq!(r.get("name"), Some("Ёлкин"));
        // Really windows-1251: read so, no warning.
        let (cp, _, _) = encoding_rs::WINDOWS_1251.encode(doc);
        let o = open_bytes(&cp, None).expect("opens");
        assert_eq!(o.encoding, Encoding::Windows1251);
        assert!(o.warnings.is_empty());
        // A forced encoding is obeyed without a word.
        let opts = ReadOptions {
            encoding: Some(Encoding::Windows1251),
            ..ReadOptions::default()
        };
        let o = open(Box::new(Cursor::new(doc.as_bytes().to_vec())), None, &opts);
        // (so the Cyrillic root reads as mojibake and the file is refused).
        let e = o.err().expect("read as windows-1251");
        assert!(e.message.contains("<РљРѕРјРј"), "{}", e.message);
    }

    #[test]
    fn sources_name_the_files_own_columns_and_elements() {
        let opts = ReadOptions {
            map: vec![("Налоговый номер".into(), "inn".into())],
            ..ReadOptions::default()
        };
        let csv = "Наименование;Налоговый номер;Юр. / физ. лицо;Страна регистрации\n\
                   А;7707083893;Юр. лицо;Россия\n";
        let o = open(Box::new(Cursor::new(csv.as_bytes().to_vec())), None, &opts).expect("opens");
        assert_eq!(
            o.source_of("inn"),
            Some(Source::Column("Налоговый номер".into()))
        );
        assert_eq!(
            o.source_of("name").map(|s| s.to_string()),
            Some("column «Наименование»".into())
        );
        assert_eq!(
            o.source_of("legal_form"),
            Some(Source::Column("Юр. / физ. лицо".into()))
        );
        assert_eq!(
            o.source_of("country"),
            Some(Source::Column("Страна регистрации".into()))
        );
        assert_eq!(o.source_of("kpp"), None, "no such column");

        let xml = "<КоммерческаяИнформация><Контрагенты/></КоммерческаяИнформация>";
        let o = open_bytes(xml.as_bytes(), None).expect("opens");
        assert_eq!(
            o.source_of("inn").map(|s| s.to_string()),
            Some("element <ИНН>".into())
        );
        let ed = "<Message xmlns:msg=\"http://www.1c.ru/SSL/Exchange/Message\"><Body/></Message>";
        let o = open_bytes(ed.as_bytes(), None).expect("opens");
        assert_eq!(o.source_of("onec.id"), Some(Source::Element("<Ссылка>")));
        assert_eq!(
            o.source_of("country"),
            Some(Source::Element("<СтранаРегистрации>"))
        );
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
