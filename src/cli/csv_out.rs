//! Every CSV the program writes — `--format csv` of any command,
//! `subscriber export`, import-1c's rejects and credentials files — goes
//! through [`CsvOut`], the one place that names `csv::Writer`. It guards
//! each cell against spreadsheet formulas (CSV injection) unless `--raw`
//! asks for the cells as they are, for a program that reads the file.

use std::borrow::Cow;
use std::io::{self, Write};

/// What a cell may start with that a spreadsheet runs as a formula.
pub const FORMULA_LEADS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// A cell a spreadsheet shows as text: one starting with `=`, `+`, `-`,
/// `@`, a tab or a carriage return would be run as a formula (CSV
/// injection), so it gets a leading apostrophe.
pub fn spreadsheet_safe(text: &str) -> Cow<'_, str> {
    if text.starts_with(FORMULA_LEADS) {
        format!("'{text}").into()
    } else {
        text.into()
    }
}

/// A CSV writer whose cells are guarded by default ([`spreadsheet_safe`]);
/// `raw` writes them as they are.
pub struct CsvOut<W: Write> {
    inner: csv::Writer<W>,
    raw: bool,
}

impl<W: Write> CsvOut<W> {
    /// Every record has the width of the first.
    pub fn new(w: W, raw: bool) -> CsvOut<W> {
        CsvOut {
            inner: csv::Writer::from_writer(w),
            raw,
        }
    }

    /// Records may differ in width (the rejects file: four cells, then the
    /// row's own).
    pub fn flexible(w: W, raw: bool) -> CsvOut<W> {
        CsvOut {
            inner: csv::WriterBuilder::new().flexible(true).from_writer(w),
            raw,
        }
    }

    /// Writes one record, each cell guarded unless raw.
    pub fn row<I, T>(&mut self, cells: I) -> io::Result<()>
    where
        I: IntoIterator<Item = T>,
        T: AsRef<str>,
    {
        let raw = self.raw;
        self.inner
            .write_record(cells.into_iter().map(|c| {
                let c = c.as_ref();
                if raw {
                    Cow::Borrowed(c)
                } else {
                    spreadsheet_safe(c)
                }
                .into_owned()
            }))
            .map_err(csv_err)
    }

    pub fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }

    /// Flushes and hands back the underlying writer.
    pub fn into_inner(self) -> io::Result<W> {
        self.inner.into_inner().map_err(|e| e.into_error())
    }
}

/// A CSV error as an I/O error that keeps its kind (a broken pipe stays one).
fn csv_err(e: csv::Error) -> io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(io) => io,
        other => io::Error::other(format!("{other:?}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::settings::Settings;
    use std::collections::HashMap;

    fn written(raw: bool, cells: &[&str]) -> String {
        let mut w = CsvOut::new(Vec::new(), raw);
        w.row(cells).unwrap();
        String::from_utf8(w.into_inner().unwrap()).unwrap()
    }

    #[test]
    fn formula_cells_get_an_apostrophe_unless_raw() {
        let cells = [
            "=1+2", "+7 495", "-2+3", "@SUM(A1)", "\tx", "\rx", "a=b", "",
        ];
        assert_eq!(
            written(false, &cells),
            "'=1+2,'+7 495,'-2+3,'@SUM(A1),'\tx,\"'\rx\",a=b,\n"
        );
        assert_eq!(
            written(true, &cells),
            "=1+2,+7 495,-2+3,@SUM(A1),\tx,\"\rx\",a=b,\n"
        );
    }

    /// The credentials file guards every cell, the password too: a
    /// generated password never starts with a formula character, so the
    /// guard never changes the password an admin hands out.
    #[test]
    fn the_guard_never_changes_a_generated_password() {
        let s = Settings::from_stored(HashMap::from([
            (
                "password.alphabet".to_string(),
                "digits,symbols".to_string(),
            ),
            ("password.length".to_string(), "6".to_string()),
        ]));
        for _ in 0..200 {
            let pw = crate::core::password::generate(&s).unwrap();
            assert_eq!(spreadsheet_safe(&pw), pw);
        }
    }
}
