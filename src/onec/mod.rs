//! Reading counterparty files exported from 1C: the CSV list export,
//! CommerceML 2.x/3.x and EnterpriseData 1.x. Each reader turns a file into
//! a stream of [`Item`]s whose values are already named by the card's field
//! catalog; the core decides what to do with them. Readers are pure: bytes
//! in, items out, nothing written, memory independent of the file's size.

pub mod commerceml;
pub mod csv_list;
pub mod decode;
pub mod detect;
pub mod enterprisedata;
mod open;
mod xml;

pub use open::{open, Opened};

use crate::model::Kind;

/// The formats `import-1c` reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Csv,
    CommerceMl,
    EnterpriseData,
}

impl FileKind {
    pub fn as_str(self) -> &'static str {
        match self {
            FileKind::Csv => "csv",
            FileKind::CommerceMl => "commerceml",
            FileKind::EnterpriseData => "enterprisedata",
        }
    }
}

/// How the bytes are encoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Windows1251,
}

impl Encoding {
    pub fn as_str(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Windows1251 => "windows-1251",
        }
    }
}

/// One counterparty as the file gives it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Record {
    /// Where it starts in the file: the CSV line (1-based, header = 1) or
    /// the line of the XML element's start tag.
    pub line: u64,
    /// The type when the file states it (legal-form column, 2.x
    /// `РеквизитыФизЛица`, `ЮридическоеФизическоеЛицо`); `None` leaves
    /// detection to the core (INN length, official name, "ИП" prefix).
    pub kind: Option<Kind>,
    /// Field values by catalog name (`name`, `full_name`, `inn`, `kpp`,
    /// `okpo`, `onec.id`, `onec.code`, `comment`, `address.legal`,
    /// `address.actual`, `address.postal`, `email`, `phone`, `bank.name`,
    /// `bank.bik`, `bank.account`, `bank.corr_account`, `last_name`,
    /// `first_name`, `middle_name`, `address.registration`, or
    /// `extra.<name>` via --map), and two that are not card fields yet:
    /// `country` — the country of registration as the file writes it (a
    /// name, an ОКСМ code or an alpha-2 code; unchecked) — and `legal_form`
    /// — the file's own statement of the legal form (the CSV legal-form or
    /// «Организационно-правовая форма» cell as written, EnterpriseData's
    /// `ЮридическоеФизическоеЛицо`, CommerceML's `ОрганизационноПравоваяФорма`,
    /// or `ЮридическоеЛицо` / `ФизическоеЛицо` when CommerceML says so only
    /// by `ОфициальноеНаименование`, `РеквизитыЮрЛица`, `РеквизитыФизЛица`).
    /// `address.registration` is 1C's registration address whatever the
    /// type: for a legal entity it is the legal address.
    /// Values are trimmed and non-empty; `email` and `phone` may repeat.
    /// A field absent here is left alone on an existing card.
    pub values: Vec<(String, String)>,
    /// `ПометкаУдаления = true` / `УдалениеОбъекта`.
    pub deleted: bool,
    /// The original cells of a CSV row (for the rejects file); empty for XML.
    pub raw: Vec<String>,
}

impl Record {
    /// A record of line 2 with these fields, for tests.
    #[cfg(test)]
    pub fn of(values: &[(&str, &str)]) -> Record {
        Record {
            line: 2,
            values: values
                .iter()
                .map(|(f, v)| (f.to_string(), v.to_string()))
                .collect(),
            ..Record::default()
        }
    }

    pub fn get(&self, field: &str) -> Option<&str> {
        self.values
            .iter()
            .find(|(f, _)| f == field)
            .map(|(_, v)| v.as_str())
    }

    /// The row's key for messages: 1C id, else code, else INN, else name.
    pub fn key(&self) -> String {
        for f in ["onec.id", "onec.code", "inn", "name", "full_name"] {
            if let Some(v) = self.get(f) {
                return v.to_string();
            }
        }
        crate::t!("onec-line", line = self.line).into_string()
    }
}

/// What a reader yields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Item {
    Record(Record),
    /// A folder row of the hierarchical catalog or an object of another
    /// catalog: counted as skipped.
    Skipped {
        line: u64,
        what: String,
    },
}

/// A problem that stops reading the file: it is not what it claims, or it
/// is broken beyond the current row. `line` is 0 when unknown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadError {
    pub line: u64,
    pub message: String,
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.line > 0 {
            let line = crate::t!("onec-line", line = self.line);
            write!(f, "{line}: {}", self.message)
        } else {
            f.write_str(&self.message)
        }
    }
}

impl std::error::Error for ReadError {}

pub type ReadResult<T> = Result<T, ReadError>;

/// Where a catalog field comes from in a file, for messages that speak of
/// the file rather than of `subscriber add` flags. Shown as `column «ИНН»`
/// or `element <ИНН>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A CSV column, by its heading as the file writes it.
    Column(String),
    /// The XML element(s) the reader takes the field from, as `<ИНН>` or
    /// `<ОфициальноеНаименование> / <ПолноеНаименование>`.
    Element(&'static str),
}

impl std::fmt::Display for Source {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Source::Column(heading) => {
                f.write_str(crate::t!("onec-source-column", heading = heading.as_str()).as_str())
            }
            Source::Element(elements) => {
                f.write_str(crate::t!("onec-source-element", elements = *elements).as_str())
            }
        }
    }
}

/// Which column or element feeds each catalog field of one opened file:
/// worked out once per file (per reader, not per record).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Sources {
    /// CSV: field → the heading of the column feeding it (after `--map`).
    Columns(Vec<(String, String)>),
    CommerceMl,
    EnterpriseData,
}

impl Sources {
    /// The column or element `field` (a catalog name, or `type`,
    /// `legal_form`, `country`, `deleted`) comes from; `None` when this
    /// file has no column for it (CSV) or the reader never fills it (XML).
    pub fn source_of(&self, field: &str) -> Option<Source> {
        match self {
            Sources::Columns(columns) => columns
                .iter()
                .find(|(f, _)| f == field)
                .map(|(_, heading)| Source::Column(heading.clone())),
            Sources::CommerceMl => commerceml::element_of(field).map(Source::Element),
            Sources::EnterpriseData => enterprisedata::element_of(field).map(Source::Element),
        }
    }
}

/// Options that shape reading.
#[derive(Debug, Clone, Default)]
pub struct ReadOptions {
    /// `None`: detect (BOM, valid UTF-8, else Windows-1251).
    pub encoding: Option<Encoding>,
    /// CSV delimiter; `None`: detect `;` or `,` from the heading line.
    pub delimiter: Option<u8>,
    /// `--map HEADER=FIELD`: a heading (matched like the synonyms) to a
    /// catalog field name, overriding the synonyms.
    pub map: Vec<(String, String)>,
}
