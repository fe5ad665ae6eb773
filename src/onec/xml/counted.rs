//! The byte source under quick-xml: counts the lines of what it consumes
//! and stops an event that grows past [`MAX_EVENT`] before its bytes are
//! buffered.

use std::io::{self, BufRead, Read};

/// The most bytes one event (a tag, a text run, a comment, a DOCTYPE) may
/// span in the file; past it reading stops before the bytes are buffered.
const MAX_EVENT: u64 = super::MAX_VALUE as u64 + 64 * 1024;
/// The most bytes handed to quick-xml at once.
const CHUNK: usize = 64 * 1024;

/// The input, counting the newlines of the bytes quick-xml consumes (it
/// consumes exactly up to the end of each event) and how many bytes the
/// current event has taken so far.
pub(super) struct Counted {
    pub(super) inner: Box<dyn BufRead + Send>,
    /// Newlines consumed so far.
    pub(super) newlines: u64,
    /// Bytes consumed since [`Counted::mark`].
    pub(super) since_mark: u64,
    /// The line of the first non-whitespace byte consumed since the mark:
    /// where the current event starts.
    pub(super) start_line: Option<u64>,
    /// Set when reading stopped because an event grew past [`MAX_EVENT`].
    pub(super) oversize: bool,
    /// Drop the bytes up to the next `<` before handing any to quick-xml
    /// (set only where quick-xml is about to read character data).
    pub(super) elide: bool,
}

impl Counted {
    pub(super) fn mark(&mut self, elide: bool) {
        self.since_mark = 0;
        self.start_line = None;
        self.elide = elide;
    }

    /// The line the current event starts on.
    pub(super) fn event_line(&self) -> u64 {
        self.start_line.unwrap_or(self.newlines + 1)
    }
}

fn newlines(bytes: &[u8]) -> u64 {
    bytes.iter().filter(|&&b| b == b'\n').count() as u64
}

impl Read for Counted {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        let available = self.fill_buf()?;
        let n = available.len().min(out.len());
        out[..n].copy_from_slice(&available[..n]);
        self.consume(n);
        Ok(n)
    }
}

impl BufRead for Counted {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        if self.since_mark > MAX_EVENT {
            self.oversize = true;
            return Err(io::Error::other("a value over 1 MiB"));
        }
        while self.elide {
            let buf = self.inner.fill_buf()?;
            if buf.is_empty() {
                break;
            }
            let (skip, found) = match buf.iter().position(|&b| b == b'<') {
                Some(i) => (i, true),
                None => (buf.len(), false),
            };
            self.newlines += newlines(&buf[..skip]);
            self.inner.consume(skip);
            self.elide = !found;
        }
        // At most a chunk at a time, so that the limit above is checked
        // every 64 KiB even when the inner reader holds the whole file.
        let buf = self.inner.fill_buf()?;
        Ok(&buf[..buf.len().min(CHUNK)])
    }

    fn consume(&mut self, amt: usize) {
        if amt > 0 {
            // The bytes being consumed are still at the front of the inner
            // buffer: asking for it again does no I/O.
            if let Ok(buf) = self.inner.fill_buf() {
                let bytes = &buf[..amt.min(buf.len())];
                if self.start_line.is_none() {
                    if let Some(i) = bytes.iter().position(|b| !b.is_ascii_whitespace()) {
                        self.start_line = Some(self.newlines + newlines(&bytes[..i]) + 1);
                    }
                }
                self.newlines += newlines(bytes);
            }
        }
        self.since_mark += amt as u64;
        self.inner.consume(amt);
    }
}
