//! Follows the bytes the `csv` crate reads with a copy of its state
//! machine: the physical line each record starts on, a quote left open at
//! the end of the file, a record too long to be a row.

use super::err;
use crate::onec::ReadError;
use std::collections::VecDeque;
use std::io::{self, Read};

/// A row (or a quoted cell) longer than this is taken for a quote left
/// open: reading stops instead of swallowing the rest of the file.
pub(super) const MAX_ROW_BYTES: u64 = 8 * 1024 * 1024;

/// The tracker's copy of the csv-core state machine (same delimiter, `"`
/// quotes, doubled quotes, `\r`, `\n` or `\r\n` ending a record, blank
/// lines skipped).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    StartRecord,
    StartField,
    InField,
    InQuoted,
    QuoteInQuoted,
}

/// Passes the bytes through to the `csv` reader while following its state
/// machine, to record the physical line each record starts on (a queue the
/// reader pops, one per record; it only holds the records read ahead in the
/// buffer), to refuse a quote still open at the end of the input, and to
/// stop at a record longer than [`MAX_ROW_BYTES`].
pub(super) struct Tracker<R> {
    inner: R,
    delimiter: u8,
    state: State,
    /// The line of the next byte (1-based); a lone `\r` counts as a line
    /// break too, as it ends a record.
    pub(super) line: u64,
    prev_cr: bool,
    offset: u64,
    record_offset: u64,
    record_line: u64,
    quote_line: u64,
    pub(super) starts: VecDeque<u64>,
    /// Why reading failed, for the reader to report with its line.
    pub(super) failure: Option<ReadError>,
}

impl<R: Read> Tracker<R> {
    pub(super) fn new(inner: R, delimiter: u8) -> Self {
        Tracker {
            inner,
            delimiter,
            state: State::StartRecord,
            line: 1,
            prev_cr: false,
            offset: 0,
            record_offset: 0,
            record_line: 1,
            quote_line: 1,
            starts: VecDeque::new(),
            failure: None,
        }
    }

    fn start_field(&mut self, b: u8) -> State {
        match b {
            b'"' => {
                self.quote_line = self.line;
                State::InQuoted
            }
            b'\r' | b'\n' => State::StartRecord,
            d if d == self.delimiter => State::StartField,
            _ => State::InField,
        }
    }

    /// Moves the state machine over byte `b`, found at `self.offset`.
    fn step(&mut self, b: u8) {
        if self.prev_cr && b != b'\n' {
            self.line += 1;
        }
        self.prev_cr = false;
        self.state = match self.state {
            State::StartRecord if matches!(b, b'\r' | b'\n') => State::StartRecord,
            State::StartRecord => {
                self.starts.push_back(self.line);
                self.record_offset = self.offset;
                self.record_line = self.line;
                self.start_field(b)
            }
            State::StartField => self.start_field(b),
            State::InField | State::QuoteInQuoted if b == self.delimiter => State::StartField,
            State::InField | State::QuoteInQuoted if matches!(b, b'\r' | b'\n') => {
                State::StartRecord
            }
            State::InField => State::InField,
            State::QuoteInQuoted if b == b'"' => State::InQuoted,
            State::QuoteInQuoted => State::InField,
            State::InQuoted if b == b'"' => State::QuoteInQuoted,
            State::InQuoted => State::InQuoted,
        };
        match b {
            b'\n' => self.line += 1,
            b'\r' => self.prev_cr = true,
            _ => {}
        }
    }

    fn fail(&mut self, failure: ReadError) -> io::Error {
        let error = io::Error::new(io::ErrorKind::InvalidData, failure.message.clone());
        self.failure = Some(failure);
        error
    }
}

impl<R: Read> Read for Tracker<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if let Some(failure) = &self.failure {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                failure.message.clone(),
            ));
        }
        let n = self.inner.read(buf)?;
        if n == 0 {
            if self.state == State::InQuoted {
                let line = self.quote_line;
                return Err(self.fail(err(
                    self.record_line,
                    crate::t!("onec-unterminated-quote", line = line),
                )));
            }
            return Ok(0);
        }
        // Inside a cell only a few bytes change anything (in a plain cell
        // the delimiter and line breaks, in a quoted one the quote and line
        // breaks, which count lines): jump to the next of them. The bytes
        // between are most of the file, and were a tenth of a re-import's
        // instructions one at a time.
        let base = self.offset;
        let data = buf.get(..n).unwrap_or_default();
        let mut i = 0;
        while let Some(rest) = data.get(i..).filter(|r| !r.is_empty()) {
            if !self.prev_cr {
                let next = match self.state {
                    State::InField => memchr::memchr3(self.delimiter, b'\r', b'\n', rest),
                    State::InQuoted => memchr::memchr3(b'"', b'\r', b'\n', rest),
                    _ => Some(0),
                };
                match next {
                    Some(skip) => i += skip,
                    None => break,
                }
            }
            let Some(&b) = data.get(i) else { break };
            self.offset = base + i as u64;
            self.step(b);
            i += 1;
        }
        self.offset = base + n as u64;
        if self.state != State::StartRecord && self.offset - self.record_offset > MAX_ROW_BYTES {
            let line = self.record_line;
            return Err(self.fail(err(
                line,
                crate::t!(
                    "onec-row-too-long",
                    line = line,
                    max = MAX_ROW_BYTES / (1024 * 1024)
                ),
            )));
        }
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Hands out its bytes a few at a time, as a pipe or a decoder does.
    struct Trickle {
        data: Vec<u8>,
        at: usize,
        step: usize,
    }

    impl Read for Trickle {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            let n = self.step.min(buf.len()).min(self.data.len() - self.at);
            buf[..n].copy_from_slice(&self.data[self.at..self.at + n]);
            self.at += n;
            Ok(n)
        }
    }

    proptest! {
        /// Jumping to the next byte that matters ends where stepping the
        /// state machine over every byte does: the same lines, the same
        /// record starts, the same state, however the reads cut the input.
        #[test]
        fn jumping_over_cells_follows_the_lines_that_stepping_every_byte_does(
            bytes in proptest::collection::vec(
                prop_oneof![
                    Just(b';'), Just(b','), Just(b'"'), Just(b'\r'), Just(b'\n'),
                    Just(b'a'), Just(0xD0u8),
                ],
                0..400,
            ),
            step in 1usize..40,
        ) {
            let mut every = Tracker::new(io::empty(), b';');
            for (i, &b) in bytes.iter().enumerate() {
                every.offset = i as u64;
                every.step(b);
            }
            let mut jumping = Tracker::new(Trickle { data: bytes.clone(), at: 0, step }, b';');
            let mut buf = [0u8; 64];
            while let Ok(n) = jumping.read(&mut buf) {
                if n == 0 {
                    break;
                }
            }
            prop_assert_eq!(jumping.line, every.line);
            prop_assert_eq!(&jumping.starts, &every.starts);
            prop_assert_eq!(jumping.state, every.state);
            prop_assert_eq!(jumping.record_offset, every.record_offset);
        }
    }
}
