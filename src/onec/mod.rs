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

use crate::core::model::Kind;

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
    /// `first_name`, `middle_name`, or `extra.<name>` via --map).
    /// Values are trimmed and non-empty; `email` and `phone` may repeat.
    /// A field absent here is left alone on an existing card.
    pub values: Vec<(String, String)>,
    /// `ПометкаУдаления = true` / `УдалениеОбъекта`.
    pub deleted: bool,
    /// The original cells of a CSV row (for the rejects file); empty for XML.
    pub raw: Vec<String>,
}

impl Record {
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
        format!("line {}", self.line)
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
            write!(f, "line {}: {}", self.line, self.message)
        } else {
            f.write_str(&self.message)
        }
    }
}

impl std::error::Error for ReadError {}

pub type ReadResult<T> = Result<T, ReadError>;

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
