//! The check that a batched import's file is whole: read once more to its
//! end on another thread, beside the first batch, and waited for before
//! the first commit that leaves part of the file unread.

use super::WholeFileCheck;
use crate::error::{Error, Result};
use crate::t;
use std::time::Duration;

/// The whole-file check begins once the first batch has run this long: a
/// run that ends sooner (the nightly re-import of an unchanged file) has
/// read the whole file itself before its only commit, and a longer one
/// still has the check done beside its first batch.
pub(super) const CHECK_AFTER: Duration = Duration::from_millis(600);

/// The whole-file check: not begun, running beside the first batch, or
/// passed.
pub(super) enum WholeFile {
    Waiting(Option<WholeFileCheck>),
    Running(std::thread::JoinHandle<Result<()>>),
    Passed,
}

impl WholeFile {
    pub fn start(&mut self) {
        if let WholeFile::Waiting(check) = self {
            *self = match check.take() {
                Some(c) => WholeFile::Running(std::thread::spawn(c)),
                None => WholeFile::Passed,
            };
        }
    }

    /// Before a commit that leaves part of the file unread: the check must
    /// have passed.
    pub fn wait(&mut self) -> Result<()> {
        self.start();
        self.wait_if_running()
    }

    pub fn wait_if_running(&mut self) -> Result<()> {
        match std::mem::replace(self, WholeFile::Passed) {
            WholeFile::Running(h) => h
                .join()
                .unwrap_or_else(|_| Err(Error::internal("import", t!("import-reader-stopped")))),
            _ => Ok(()),
        }
    }
}
