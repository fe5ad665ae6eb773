//! The CSV list export ("Ещё → Вывести список" saved from Excel): finding
//! the delimiter, matching the column headings to card fields (synonyms
//! and `--map`), and turning each row into an [`Item`], one row at a time.
//! The `csv` crate does the parsing; a small tracker alongside it follows
//! the same state machine to know the physical line every row starts on
//! (the crate's own positions point at the end of the previous row) and to
//! catch a quote left open at the end of the file, which the crate accepts
//! silently.

mod tracker;

use super::{Item, ReadError, ReadOptions, ReadResult, Record};
use crate::i18n::Msg;
use crate::model::Kind;
use crate::t;
use std::io::{self, Cursor, Read};
use tracker::Tracker;

/// How far to look for the end of the heading line when guessing the
/// delimiter.
const HEADING_SCAN_BYTES: usize = 64 * 1024;
const BUFFER_BYTES: usize = 64 * 1024;

/// What a column feeds.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Column {
    /// A card field by catalog name (or `extra.<name>`).
    Field(String),
    /// The legal form: [`Record::kind`].
    Kind,
    /// `Пометка удаления`: [`Record::deleted`].
    Deleted,
    Ignored,
}

/// Reads a CSV list export. Yields one [`Item`] per non-empty row after the
/// heading line; a broken file ends the stream with one `Err`.
pub struct Reader {
    csv: csv::Reader<Tracker<Box<dyn Read + Send>>>,
    columns: Vec<Column>,
    /// Whether a row holding only a name can be told for a folder: there
    /// must be some other data column it leaves empty.
    folders_detectable: bool,
    notes: Vec<String>,
    row: csv::ByteRecord,
    last_line: u64,
    done: bool,
    /// Field → the heading (as the file writes it) of the column feeding it.
    sources: Vec<(String, String)>,
}

/// Lowercase, `ё` → `е`, without spaces, dots, `/`, `-`, `_` (and a stray
/// BOM): how headings, `--map` headers and legal-form values are compared.
pub fn normalize(s: &str) -> String {
    s.chars()
        .filter(|c| !(c.is_whitespace() || matches!(c, '.' | '/' | '-' | '_' | '\u{feff}')))
        .flat_map(char::to_lowercase)
        .map(|c| if c == 'ё' { 'е' } else { c })
        .collect()
}

/// The column a (normalised) heading means by the synonyms.
fn synonym(norm: &str) -> Option<Column> {
    let field = match norm {
        "наименование" => "name",
        "полноенаименование" | "полноенаим" => "full_name",
        "код" => "onec.code",
        "инн" => "inn",
        "кпп" => "kpp",
        "огрн" => "ogrn",
        "кодпоокпо" | "окпо" => "okpo",
        "комментарий" => "comment",
        "датасогласия" | "датасогласиянаобработкуперсональныхданных" | "согласиенаобработкупд" => {
            "consent_on"
        }
        "юридическийадрес" => "address.legal",
        "фактическийадрес" => "address.actual",
        "почтовыйадрес" => "address.postal",
        "адресрегистрации" | "адреспрописки" => "address.registration",
        "странарегистрации" | "страна" => "country",
        "организационноправоваяформа" | "опф" => "legal_form",
        "телефон" | "телефоны" => "phone",
        "электроннаяпочта" | "email" | "почта" => "email",
        "ссылка" | "идентификатор" | "guid" => "onec.id",
        "фамилия" => "last_name",
        "имя" => "first_name",
        "отчество" => "middle_name",
        "бик" => "bank.bik",
        "банк" => "bank.name",
        "расчетныйсчет" | "номерсчета" => "bank.account",
        "коррсчет" | "корреспондентскийсчет" => "bank.corr_account",
        "юрфизлицо" | "видконтрагента" | "юридическоефизическоелицо" => {
            return Some(Column::Kind)
        }
        "пометкаудаления" => return Some(Column::Deleted),
        _ => return None,
    };
    Some(Column::Field(field.to_string()))
}

/// The column a `--map` target names: a catalog field, `extra.<name>`, or
/// the two pseudo-fields `type` (legal form) and `deleted`.
fn mapped(field: &str) -> Option<Column> {
    match field {
        "type" => Some(Column::Kind),
        "deleted" => Some(Column::Deleted),
        // Read for the core's foreign-counterparty and organisation rules;
        // not card fields (yet) of the catalog.
        "country" | "legal_form" => Some(Column::Field(field.to_string())),
        f if crate::model::fields::lookup(f).is_some() => Some(Column::Field(f.to_string())),
        f if f.len() > "extra.".len() && f.starts_with("extra.") => {
            Some(Column::Field(f.to_string()))
        }
        _ => None,
    }
}

/// Fields a row may carry more than once.
fn repeatable(field: &str) -> bool {
    matches!(field, "email" | "phone")
}

/// A legal-form cell: `Юридическое лицо`, `Юр. лицо`, `ЮридическоеЛицо`,
/// `Физическое лицо`, `Физ. лицо`, `ФизическоеЛицо`, `Индивидуальный
/// предприниматель`, `ИП` (and `ЮЛ`/`ФЛ`); anything else is unknown.
fn parse_kind(cell: &str) -> Option<Kind> {
    // The spellings 1C writes, without the allocation of `normalize`.
    match cell {
        "Юридическое лицо" | "ЮридическоеЛицо" => {
            return Some(Kind::Legal)
        }
        "Физическое лицо" | "ФизическоеЛицо" => {
            return Some(Kind::Person)
        }
        "Индивидуальный предприниматель" => return Some(Kind::Ip),
        _ => {}
    }
    match normalize(cell).as_str() {
        "юридическоелицо" | "юрлицо" | "юл" => Some(Kind::Legal),
        "физическоелицо" | "физлицо" | "фл" => Some(Kind::Person),
        "индивидуальныйпредприниматель" | "ип" => Some(Kind::Ip),
        _ => None,
    }
}

/// A `Пометка удаления` cell: `Да`, `True`, `1`, `Yes`, `Истина` in any
/// case mean deleted; anything else (`Нет`, empty) does not.
fn parse_deleted(cell: &str) -> bool {
    matches!(
        cell.trim().to_lowercase().as_str(),
        "да" | "true" | "1" | "yes" | "истина"
    )
}

fn err(line: u64, message: impl Into<Msg>) -> ReadError {
    ReadError {
        line,
        message: message.into().into_string(),
    }
}

impl Reader {
    /// Reads the heading line and matches the columns. Fails when a `--map`
    /// entry names no field or a heading the file lacks (listing the
    /// headings it has), when no heading is recognised, or when the file
    /// has no heading line.
    pub fn new(input: impl Read + Send + 'static, opts: &ReadOptions) -> ReadResult<Reader> {
        let mut overrides = Vec::with_capacity(opts.map.len());
        for (header, field) in &opts.map {
            let (header, field) = (header.trim(), field.trim());
            let column = mapped(field).ok_or_else(|| {
                err(
                    0,
                    t!("onec-map-unknown-field", header = header, field = field),
                )
            })?;
            let norm = normalize(header);
            if norm.is_empty() {
                return Err(err(
                    0,
                    t!("onec-map-empty-heading", header = header, field = field),
                ));
            }
            overrides.push((norm, column, format!("{header}={field}")));
        }

        let mut input = input;
        let head = read_heading_bytes(&mut input)
            .map_err(|e| err(0, t!("onec-cannot-read", reason = e.to_string())))?;
        let delimiter = match opts.delimiter {
            Some(d) if matches!(d, b'"' | b'\r' | b'\n') || !d.is_ascii() => {
                return Err(err(
                    0,
                    t!(
                        "onec-bad-delimiter",
                        delimiter = format!("{:?}", char::from(d))
                    ),
                ))
            }
            Some(d) => d,
            None => guess_delimiter(&head),
        };
        let chained: Box<dyn Read + Send> = Box::new(Cursor::new(head).chain(input));
        let csv = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(delimiter)
            .buffer_capacity(BUFFER_BYTES)
            .from_reader(Tracker::new(chained, delimiter));

        let mut reader = Reader {
            csv,
            columns: Vec::new(),
            folders_detectable: false,
            notes: Vec::new(),
            row: csv::ByteRecord::new(),
            last_line: 0,
            done: false,
            sources: Vec::new(),
        };
        let line = match reader.read_row() {
            Ok(Some(line)) => line,
            Ok(None) => return Err(err(0, t!("onec-no-rows"))),
            Err(e) => return Err(e),
        };
        let headings: Vec<String> = reader
            .row
            .iter()
            .map(|h| String::from_utf8_lossy(h).trim().to_string())
            .collect();
        reader.match_columns(&headings, &overrides, line)?;
        Ok(reader)
    }

    /// Things worth telling the admin: ignored columns.
    pub fn notes(&self) -> Vec<String> {
        self.notes.clone()
    }

    /// Each field the file's columns feed, with the heading as the file
    /// writes it (after `--map`): `("inn", "ИНН клиента")`. The legal-form
    /// column feeds `type` and `legal_form`, the deletion mark `deleted`.
    pub fn sources(&self) -> Vec<(String, String)> {
        self.sources.clone()
    }

    fn match_columns(
        &mut self,
        headings: &[String],
        overrides: &[(String, Column, String)],
        line: u64,
    ) -> ReadResult<()> {
        let mut used = vec![false; overrides.len()];
        // field -> heading that feeds it, for duplicate notes.
        let mut taken: Vec<(String, String)> = Vec::new();
        for heading in headings {
            let norm = normalize(heading);
            let by_map = overrides.iter().position(|(h, _, _)| *h == norm);
            let column = match by_map {
                Some(i) => {
                    used[i] = true;
                    overrides[i].1.clone()
                }
                None => synonym(&norm).unwrap_or(Column::Ignored),
            };
            let column = match column {
                Column::Field(field) if !repeatable(&field) => {
                    if let Some((_, first)) = taken.iter().find(|(f, _)| *f == field) {
                        self.notes.push(format!(
                            "column `{heading}` ignored: `{field}` already comes from column `{first}`"
                        ));
                        Column::Ignored
                    } else {
                        taken.push((field.clone(), heading.clone()));
                        Column::Field(field)
                    }
                }
                Column::Ignored => {
                    if !norm.is_empty() {
                        self.notes.push(
                            t!("onec-column-ignored", heading = heading.as_str()).into_string(),
                        );
                    }
                    Column::Ignored
                }
                other => other,
            };
            let fed: &[&str] = match &column {
                Column::Field(field) => &[field.as_str()],
                Column::Kind => &["type", "legal_form"],
                Column::Deleted => &["deleted"],
                Column::Ignored => &[],
            };
            for field in fed {
                if !self.sources.iter().any(|(f, _)| f == field) {
                    self.sources.push((field.to_string(), heading.clone()));
                }
            }
            self.columns.push(column);
        }
        let unused: Vec<&str> = overrides
            .iter()
            .zip(&used)
            .filter(|(_, used)| !**used)
            .map(|((_, _, entry), _)| entry.as_str())
            .collect();
        if !unused.is_empty() {
            let has: Vec<String> = headings
                .iter()
                .filter(|h| !h.is_empty())
                .map(|h| format!("«{}»", clip(h, 40)))
                .collect();
            let has = if has.is_empty() {
                t!("onec-no-headings").into_string()
            } else {
                has.join(", ")
            };
            let entries = unused
                .iter()
                .map(|e| format!("--map {e}"))
                .collect::<Vec<_>>()
                .join(", ");
            return Err(err(
                line,
                t!("onec-map-no-column", entries = entries, headings = has),
            ));
        }
        let fields: Vec<&str> = self
            .columns
            .iter()
            .filter_map(|c| match c {
                Column::Field(f) => Some(f.as_str()),
                _ => None,
            })
            .collect();
        if fields.is_empty() {
            let shown: Vec<String> = headings
                .iter()
                .filter(|h| !h.is_empty())
                .take(5)
                .map(|h| format!("`{}`", clip(h, 40)))
                .collect();
            let more = if headings.iter().filter(|h| !h.is_empty()).count() > shown.len() {
                ", …"
            } else {
                ""
            };
            let list = if shown.is_empty() {
                t!("onec-heading-line-empty").into_string()
            } else {
                format!("{}{more}", shown.join(", "))
            };
            return Err(err(line, t!("onec-no-known-headings", list = list)));
        }
        self.folders_detectable = fields
            .iter()
            .any(|f| !matches!(*f, "name" | "onec.code" | "onec.id"))
            || self.columns.contains(&Column::Kind);
        Ok(())
    }

    /// Reads the next CSV record into `self.row`; its starting line, or
    /// `None` at the end.
    fn read_row(&mut self) -> ReadResult<Option<u64>> {
        match self.csv.read_byte_record(&mut self.row) {
            Ok(true) => {
                let line = self
                    .csv
                    .get_mut()
                    .starts
                    .pop_front()
                    .unwrap_or(self.last_line);
                self.last_line = line;
                Ok(Some(line))
            }
            Ok(false) => Ok(None),
            Err(e) => {
                let tracker = self.csv.get_mut();
                Err(match tracker.failure.take() {
                    Some(failure) => failure,
                    None => match e.kind() {
                        csv::ErrorKind::Io(io) => err(
                            tracker.line,
                            t!("onec-cannot-read", reason = io.to_string()),
                        ),
                        _ => err(tracker.line, t!("reason", reason = e.to_string())),
                    },
                })
            }
        }
    }

    /// The item for the row in `self.row`, or `None` for an empty row.
    fn item(&self, line: u64) -> Option<Item> {
        let raw: Vec<String> = self
            .row
            .iter()
            .map(|c| String::from_utf8_lossy(c).into_owned())
            .collect();
        if raw.iter().all(|c| c.trim().is_empty()) {
            return None;
        }
        let mut record = Record {
            line,
            ..Record::default()
        };
        // Cells that make a row more than a folder: anything but the name,
        // the 1C code and reference (folders have those too) and the
        // deletion mark.
        let mut substance = false;
        for (column, cell) in self.columns.iter().zip(raw.iter()) {
            let value = cell.trim();
            if value.is_empty() {
                continue;
            }
            match column {
                // A cell of e-mails or phones is split by the contact
                // readers' own rules, as a flag is (`доб. 12` stays with its
                // number, the `;` of `&ndash;` splits nothing).
                Column::Field(field) if repeatable(field) => {
                    let parts = if field == "email" {
                        crate::requisites::split_emails(value)
                    } else {
                        crate::requisites::split_phones(value)
                    };
                    for part in parts {
                        record.values.push((field.clone(), part));
                    }
                    substance = true;
                }
                Column::Field(field) => {
                    record.values.push((field.clone(), value.to_string()));
                    if !matches!(field.as_str(), "name" | "onec.code" | "onec.id") {
                        substance = true;
                    }
                }
                Column::Kind => {
                    record.kind = parse_kind(value);
                    // As written, for the core's "an organisation is never
                    // a person" (a value parse_kind does not know too).
                    record
                        .values
                        .push(("legal_form".to_string(), value.to_string()));
                    substance = true;
                }
                Column::Deleted => record.deleted = parse_deleted(value),
                Column::Ignored => {}
            }
        }
        record.raw = raw;
        if self.folders_detectable && !substance {
            if let Some(name) = record.get("name") {
                return Some(Item::Skipped {
                    line,
                    what: t!("onec-folder-row", name = name).into_string(),
                });
            }
        }
        Some(Item::Record(record))
    }
}

impl Iterator for Reader {
    type Item = ReadResult<Item>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            match self.read_row() {
                Ok(Some(line)) => {
                    if let Some(item) = self.item(line) {
                        return Some(Ok(item));
                    }
                }
                Ok(None) => self.done = true,
                Err(e) => {
                    self.done = true;
                    return Some(Err(e));
                }
            }
        }
        None
    }
}

fn clip(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut out: String = s.chars().take(max).collect();
        out.push('…');
        out
    }
}

/// Reads from `input` through the end of the first non-blank line (a line
/// break inside quotes does not end it), or `HEADING_SCAN_BYTES`, or the
/// end of the input. The bytes are handed back to be read again.
fn read_heading_bytes(input: &mut impl Read) -> io::Result<Vec<u8>> {
    let mut head = Vec::new();
    let mut chunk = [0u8; 8 * 1024];
    let mut in_quotes = false;
    let mut started = false;
    while head.len() < HEADING_SCAN_BYTES {
        let n = match input.read(&mut chunk) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        let from = head.len();
        head.extend_from_slice(&chunk[..n]);
        for &b in &head[from..] {
            match b {
                b'"' => {
                    in_quotes = !in_quotes;
                    started = true;
                }
                b'\r' | b'\n' if !in_quotes && started => return Ok(head),
                b'\r' | b'\n' => {}
                _ => started = true,
            }
        }
    }
    Ok(head)
}

/// `;` or `,`, whichever the heading line has more of outside quotes; `;`
/// on a tie (Russian Excel's separator).
fn guess_delimiter(head: &[u8]) -> u8 {
    let (mut semicolons, mut commas) = (0usize, 0usize);
    let mut in_quotes = false;
    let mut started = false;
    for &b in head {
        match b {
            b'"' => {
                in_quotes = !in_quotes;
                started = true;
            }
            b'\r' | b'\n' if !in_quotes && started => break,
            b';' if !in_quotes => semicolons += 1,
            b',' if !in_quotes => commas += 1,
            _ => {}
        }
        if !matches!(b, b'\r' | b'\n') {
            started = true;
        }
    }
    if commas > semicolons {
        b','
    } else {
        b';'
    }
}

#[cfg(test)]
mod tests;
