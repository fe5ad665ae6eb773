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
        // Inside a cell only the delimiter, quotes and line breaks change
        // anything; run over the other bytes without the state machine.
        let base = self.offset;
        for (i, &b) in buf.get(..n).unwrap_or_default().iter().enumerate() {
            let plain = !matches!(b, b'"' | b'\r' | b'\n') && b != self.delimiter;
            if plain && !self.prev_cr && matches!(self.state, State::InField | State::InQuoted) {
                continue;
            }
            self.offset = base + i as u64;
            self.step(b);
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
