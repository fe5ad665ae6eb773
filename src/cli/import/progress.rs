//! The import's progress on a terminal: bytes read of the file's size
//! (rows are not known before the file is read), shown as a bar with
//! percent and ETA, or a spinner for stdin and pipes.

use crate::t;
use std::io::Read;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

/// A reader that counts the bytes read through it: the import's progress
/// in a file, whose rows are not known before it is read.
pub(super) struct Counting<R> {
    pub(super) inner: R,
    pub(super) read: Arc<AtomicU64>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.read.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// How far the reading got: bytes read of the file's size.
#[derive(Clone)]
pub(super) struct Progress {
    pub(super) read: Arc<AtomicU64>,
    pub(super) size: u64,
}

/// The progress display on a terminal: a bar with percent and ETA by bytes
/// read when the file's size is known, a spinner otherwise (stdin, a pipe).
pub(super) fn progress_bar(progress: Option<&Progress>) -> indicatif::ProgressBar {
    let style = |t: &str| {
        indicatif::ProgressStyle::with_template(t)
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner())
    };
    let bar = match progress {
        Some(p) => {
            let bar = indicatif::ProgressBar::new(p.size);
            bar.set_style(style(&bar_template()).progress_chars("=> "));
            bar
        }
        None => {
            let bar = indicatif::ProgressBar::new_spinner();
            bar.set_style(style("{spinner} {msg} [{elapsed}]"));
            bar
        }
    };
    bar.enable_steady_tick(std::time::Duration::from_millis(200));
    bar
}

/// The bar's indicatif template: the words around `{elapsed}` and `{eta}`
/// come from the catalogue, which gets the placeholders as its values (a
/// brace of the template never passes through Fluent's text).
fn bar_template() -> String {
    let times = t!("import-bar-times", elapsed = "{elapsed}", eta = "{eta}");
    format!("{{bar:30}} {{percent:>3}}% {{msg}} [{times}]")
}

/// `12345 rows, 3456 rows/s`: the rate as an integer.
pub(super) fn rows_message(rows: u64, elapsed: std::time::Duration) -> String {
    let secs = elapsed.as_secs_f64();
    let rate = if secs > 0.0 {
        (rows as f64 / secs) as u64
    } else {
        0
    };
    t!("import-progress", rows = rows, rate = rate).into_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_counting_reader_counts_every_byte_and_the_rate_is_whole() {
        let read = Arc::new(AtomicU64::new(0));
        let mut r = Counting {
            inner: &b"0123456789abcdef"[..],
            read: read.clone(),
        };
        let mut buf = [0u8; 5];
        let mut total = 0;
        while let Ok(n) = r.read(&mut buf) {
            if n == 0 {
                break;
            }
            total += n;
        }
        assert_eq!((total, read.load(Ordering::Relaxed)), (16, 16));
        let m = rows_message(1000, std::time::Duration::from_millis(300));
        assert_eq!(m, "1000 rows, 3333 rows/s");
        assert_eq!(
            rows_message(5, std::time::Duration::ZERO),
            "5 rows, 0 rows/s"
        );
    }

    #[test]
    fn the_bar_speaks_the_language_and_keeps_its_placeholders() {
        use crate::i18n::{tr_in, Arg, Lang};
        assert_eq!(
            bar_template(),
            "{bar:30} {percent:>3}% {msg} [{elapsed} elapsed, ETA {eta}]"
        );
        assert!(indicatif::ProgressStyle::with_template(&bar_template()).is_ok());
        let ru = tr_in(
            Lang::Ru,
            "import-bar-times",
            &[
                ("elapsed", Arg::from("{elapsed}")),
                ("eta", Arg::from("{eta}")),
            ],
        );
        assert!(ru.as_str().contains("{elapsed}") && ru.as_str().contains("{eta}"));
        let rows = |n: i64| {
            tr_in(
                Lang::Ru,
                "import-progress",
                &[("rows", Arg::from(n)), ("rate", Arg::from(7))],
            )
            .into_string()
        };
        assert_eq!(rows(1), "1 строка, 7 строк/с");
        assert_eq!(rows(3), "3 строки, 7 строк/с");
        assert_eq!(rows(25), "25 строк, 7 строк/с");
    }
}
