//! One renderer for every result: JSON, JSON lines, CSV, and tables
//! (comfy-table on a terminal, tab-separated lines into a pipe). Data goes
//! to stdout; notes and warnings go to stderr through [`Out::note`] and
//! [`Out::warn`].
//!
//! Notes ("group `x` added", "nothing changed") are for a person at a
//! terminal: they are written only when stderr is a terminal and the
//! format is a table, or with `--verbose`; never with `--quiet`. So a cron
//! job's successful write prints nothing (cron mails any output), and
//! `--json`, `--format jsonl` and `--format csv` runs are silent on both
//! streams unless `--verbose`. Warnings and errors always show.

use super::csv_out::CsvOut;
use crate::i18n::{has_keyed, lang, tr_keyed_in, Lang, Msg};
use clap::ValueEnum;
use serde_json::{Map, Value};
use std::io::{self, IsTerminal, Write};

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Table,
    Json,
    Jsonl,
    Csv,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// Where and how results are written.
pub struct Out {
    pub format: Format,
    pub quiet: bool,
    /// Whether [`Out::note`] writes (see the module notes).
    notes: bool,
    /// `--raw`: CSV cells as they are, without the spreadsheet guard.
    pub raw: bool,
    color: bool,
    stdout_tty: bool,
}

/// A column of a table or CSV: its heading and the key in the row object
/// (dots reach into nested objects).
pub type Column<'a> = (&'a str, &'a str);

impl Out {
    pub fn new(format: Format, quiet: bool, verbose: bool, raw: bool, color: ColorChoice) -> Out {
        let stderr_tty = io::stderr().is_terminal();
        let color = match color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                stderr_tty && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
            }
        };
        Out {
            format,
            quiet,
            notes: notes_shown(format, quiet, verbose, stderr_tty),
            raw,
            color,
            stdout_tty: io::stdout().is_terminal(),
        }
    }

    /// The language of human text inside a table's cells (a count's name
    /// in `db check`, where a value of `config` came from): the admin's
    /// on a terminal, English into a pipe or a CSV file, since a script
    /// reads those lines whatever the locale of the cron job is.
    pub fn text_lang(&self) -> Lang {
        if self.format == Format::Table && self.stdout_tty {
            lang()
        } else {
            Lang::En
        }
    }

    /// A note for the person at the terminal: shown on a terminal with a
    /// table format or with `--verbose`, never with `--quiet`.
    pub fn note(&self, msg: impl Into<Msg>) {
        if self.notes {
            eprintln!("abonent: {}", visible(msg.into().as_str()));
        }
    }

    /// A warning: always shown, even with `--quiet`.
    pub fn warn(&self, msg: impl Into<Msg>) {
        let msg = msg.into();
        let msg = visible(msg.as_str());
        let label = crate::t!("warning-label");
        if self.color {
            eprintln!("abonent: \x1b[33m{label}\x1b[0m: {msg}");
        } else {
            eprintln!("abonent: {label}: {msg}");
        }
    }

    /// Writes one object: JSON as an object, a table as field/value rows.
    pub fn object(&self, value: &Value, fields: &[Column]) -> io::Result<()> {
        // Buffered: stdout alone writes each line with its own system call.
        let mut w = io::BufWriter::new(io::stdout().lock());
        match self.format {
            Format::Json => {
                serde_json::to_writer_pretty(&mut w, value)?;
                writeln!(w)?;
            }
            Format::Jsonl => {
                serde_json::to_writer(&mut w, value)?;
                writeln!(w)?;
            }
            Format::Csv => write_csv(&mut w, std::slice::from_ref(value), fields, self.raw)?,
            Format::Table => {
                let rows: Vec<[String; 2]> = fields
                    .iter()
                    .map(|(head, key)| [head.to_string(), cell(lookup(value, key))])
                    .filter(|[_, v]| !v.is_empty())
                    .collect();
                self.table(
                    &mut w,
                    None,
                    rows.iter().map(|r| r.to_vec()).collect(),
                    true,
                )?;
            }
        }
        w.flush()
    }

    /// Writes a list: a JSON array, one JSON object per line, CSV with a
    /// header row, or a table with the given columns.
    pub fn list(&self, values: &[Value], columns: &[Column]) -> io::Result<()> {
        let mut w = io::BufWriter::new(io::stdout().lock());
        match self.format {
            Format::Json => {
                serde_json::to_writer_pretty(&mut w, values)?;
                writeln!(w)?;
            }
            Format::Jsonl => {
                for v in values {
                    serde_json::to_writer(&mut w, v)?;
                    writeln!(w)?;
                }
            }
            Format::Csv => write_csv(&mut w, values, columns, self.raw)?,
            Format::Table => {
                let heads: Vec<String> = columns.iter().map(|(h, _)| h.to_string()).collect();
                let rows = values
                    .iter()
                    .map(|v| columns.iter().map(|(_, k)| cell(lookup(v, k))).collect())
                    .collect();
                self.table(&mut w, Some(heads), rows, false)?;
            }
        }
        w.flush()
    }

    fn table(
        &self,
        w: &mut impl Write,
        heads: Option<Vec<String>>,
        rows: Vec<Vec<String>>,
        labels: bool,
    ) -> io::Result<()> {
        if !self.stdout_tty {
            // Into a pipe: no header, no box drawing, one line per row, so
            // `cut -f` and `while read` work.
            for row in rows {
                let line: Vec<String> = row
                    .iter()
                    .map(|c| visible(&c.replace(['\t', '\n', '\r'], " ")).into_owned())
                    .collect();
                writeln!(w, "{}", line.join("\t"))?;
            }
            return Ok(());
        }
        // On a terminal the headings (and an object's row labels) speak
        // the admin's language; the keys above stay for scripts.
        let lang = lang();
        let heads = heads.map(|h| h.iter().map(|k| heading(lang, k)).collect());
        let rows = if labels {
            rows.into_iter()
                .map(|mut r| {
                    if let Some(first) = r.first_mut() {
                        *first = heading(lang, first);
                    }
                    r
                })
                .collect()
        } else {
            rows
        };
        writeln!(w, "{}", boxed(heads, rows, None))
    }
}

/// A column's heading in a boxed table: the catalogue's `column-<key>` in
/// `lang`, or the key itself for a column the catalogue does not name (an
/// extra field's `extra.<name>`).
fn heading(lang: Lang, key: &str) -> String {
    if has_keyed("column-", key) {
        tr_keyed_in(lang, "column-", key, &[]).into_string()
    } else {
        key.to_string()
    }
}

/// A table with boxes for the terminal (its width, or `width`): long cells
/// wrap at spaces, while the first column (an id, a setting's key) keeps
/// its width, so no key is broken mid-word at 80 columns.
fn boxed(heads: Option<Vec<String>>, rows: Vec<Vec<String>>, width: Option<u16>) -> String {
    let mut t = comfy_table::Table::new();
    t.load_preset(comfy_table::presets::UTF8_FULL_CONDENSED);
    t.set_content_arrangement(comfy_table::ContentArrangement::Dynamic);
    match width {
        Some(w) => {
            t.set_width(w);
        }
        // A terminal that reports no size (a serial console, a pty nobody
        // sized) reads as 0 columns: 80, not a column per letter.
        None if t.width().is_none_or(|w| w < 20) => {
            t.set_width(80);
        }
        None => {}
    }
    if let Some(h) = heads {
        t.set_header(h);
    }
    // A stored value is never allowed to drive the terminal.
    for r in rows {
        t.add_row(r.iter().map(|c| visible(c).into_owned()));
    }
    if let Some(first) = t.column_mut(0) {
        first.set_constraint(comfy_table::ColumnConstraint::ContentWidth);
    }
    t.to_string()
}

/// Whether notes are written: never with `--quiet`; always with
/// `--verbose`; otherwise only to a terminal, and only with a table, since
/// a JSON, JSON-lines or CSV run is read by a program.
fn notes_shown(format: Format, quiet: bool, verbose: bool, stderr_tty: bool) -> bool {
    !quiet && (verbose || (stderr_tty && format == Format::Table))
}

/// The value at a dotted key (`bank.bik`), or `Null`.
pub fn lookup<'a>(v: &'a Value, key: &str) -> &'a Value {
    if let Some(x) = v.get(key) {
        return x;
    }
    let mut cur = v;
    for part in key.split('.') {
        cur = match cur.get(part) {
            Some(x) => x,
            None => return &Value::Null,
        };
    }
    cur
}

/// A message as it may reach a terminal: control characters (an escape
/// sequence in a 1C cell or a DaData answer, a line break) written as
/// escapes, so a value quoted in a message can neither drive the terminal
/// nor break the one-line form.
pub fn visible(msg: &str) -> std::borrow::Cow<'_, str> {
    if !msg.chars().any(char::is_control) {
        return msg.into();
    }
    msg.chars()
        .map(|c| {
            if c.is_control() {
                c.escape_default().to_string()
            } else {
                c.to_string()
            }
        })
        .collect::<String>()
        .into()
}

/// A cell's text: strings as they are, lists joined with ", ".
pub fn cell(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::Array(items) => items
            .iter()
            .map(cell)
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", "),
        Value::Object(m) => {
            // Contacts and addresses render as their value.
            for k in ["value", "text", "name"] {
                if let Some(x) = m.get(k) {
                    return cell(x);
                }
            }
            Value::Object(m.clone()).to_string()
        }
    }
}

fn write_csv(
    w: &mut impl Write,
    values: &[Value],
    columns: &[Column],
    raw: bool,
) -> io::Result<()> {
    let mut c = CsvOut::new(w, raw);
    c.row(columns.iter().map(|(h, _)| *h))?;
    for v in values {
        c.row(columns.iter().map(|(_, k)| cell(lookup(v, k))))?;
    }
    c.flush()
}

/// Adds `key: value` to a JSON object.
pub fn with(mut v: Value, key: &str, value: Value) -> Value {
    if let Value::Object(m) = &mut v {
        m.insert(key.to_string(), value);
    }
    v
}

pub fn object(pairs: Vec<(&str, Value)>) -> Value {
    let mut m = Map::new();
    for (k, v) in pairs {
        m.insert(k.to_string(), v);
    }
    Value::Object(m)
}

#[cfg(test)]
mod visible_tests {
    use super::{notes_shown, visible, Format};

    #[test]
    fn notes_reach_only_a_person_unless_asked() {
        // A terminal and a table: shown, unless --quiet.
        assert!(notes_shown(Format::Table, false, false, true));
        assert!(!notes_shown(Format::Table, true, false, true));
        // A pipe (cron): silent unless --verbose.
        assert!(!notes_shown(Format::Table, false, false, false));
        assert!(notes_shown(Format::Table, false, true, false));
        // A program's format: silent even on a terminal, unless --verbose.
        for f in [Format::Json, Format::Jsonl, Format::Csv] {
            assert!(!notes_shown(f, false, false, true));
            assert!(notes_shown(f, false, true, true));
            assert!(!notes_shown(f, true, true, true));
        }
    }

    #[test]
    fn settings_keys_stay_whole_at_80_columns() {
        use crate::i18n::Lang;
        for lang in [Lang::En, Lang::Ru] {
            let settings: Vec<Vec<String>> = crate::core::settings::CATALOG
                .iter()
                .map(|d| {
                    vec![
                        d.key.to_string(),
                        d.default.to_string(),
                        d.default.to_string(),
                        d.about_in(lang),
                    ]
                })
                .collect();
            let heads = ["key", "value", "default", "description"].map(|h| super::heading(lang, h));
            let text = super::boxed(Some(heads.to_vec()), settings, Some(80));
            for line in text.lines() {
                assert!(line.chars().count() <= 80, "{lang:?}: {line}");
            }
            for def in crate::core::settings::CATALOG {
                let whole = text.lines().any(|l| {
                    l.split(['│', '┆'])
                        .nth(1)
                        .is_some_and(|cell| cell.trim() == def.key)
                });
                assert!(whole, "{lang:?}: {} is broken:\n{text}", def.key);
            }
        }
    }

    #[test]
    fn headings_speak_the_language_and_unknown_keys_stay() {
        use super::heading;
        use crate::i18n::Lang;
        assert_eq!(heading(Lang::En, "login"), "login");
        assert_eq!(heading(Lang::Ru, "login"), "логин");
        assert_eq!(heading(Lang::Ru, "bank.bik"), "БИК");
        assert_eq!(
            heading(Lang::Ru, "credentials_failed_logins"),
            "логины, которым не отправлено"
        );
        assert_eq!(heading(Lang::En, "bank.corr_account"), "bank.corr_account");
        assert_eq!(heading(Lang::Ru, "extra.contract_no"), "extra.contract_no");
    }

    #[test]
    fn control_characters_are_written_as_escapes() {
        assert_eq!(visible("ООО «Нева»"), "ООО «Нева»");
        assert_eq!(visible("a\u{1b}[2Jb\u{7}\n"), "a\\u{1b}[2Jb\\u{7}\\n");
        assert_eq!(visible("\u{9b}31m"), "\\u{9b}31m");
    }
}
