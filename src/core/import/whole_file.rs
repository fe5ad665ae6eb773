//! The check that a batched import's file is whole: read once more to its
//! end on another thread, beside the first batch, and waited for before
//! the first commit that leaves part of the file unread.

use super::WholeFileCheck;
use crate::error::{Error, Result};
use crate::t;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
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
    /// With the flag that stops it.
    Running(std::thread::JoinHandle<Result<()>>, Arc<AtomicBool>),
    Passed,
}

impl WholeFile {
    pub fn start(&mut self) {
        if let WholeFile::Waiting(check) = self {
            *self = match check.take() {
                Some(c) => {
                    let stop = Arc::new(AtomicBool::new(false));
                    let flag = stop.clone();
                    WholeFile::Running(std::thread::spawn(move || c(&flag)), stop)
                }
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

    fn wait_if_running(&mut self) -> Result<()> {
        match std::mem::replace(self, WholeFile::Passed) {
            WholeFile::Running(h, _) => h
                .join()
                .unwrap_or_else(|_| Err(Error::internal("import", t!("import-reader-stopped")))),
            _ => Ok(()),
        }
    }

    /// Once the import itself has read the whole file without a fault:
    /// a running check is stopped rather than waited for (on a re-import
    /// it would read the file a second time for nothing), and one not
    /// begun never begins.
    pub fn abandon(&mut self) {
        if let WholeFile::Running(h, stop) = std::mem::replace(self, WholeFile::Passed) {
            stop.store(true, Ordering::Relaxed);
            // Its answer adds nothing now; joined so no thread outlives
            // the import.
            let _ = h.join();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Error;
    use std::time::Instant;

    /// A check that reads "forever" until told to stop, then says the
    /// file is broken (so a check that was waited for would fail).
    fn endless() -> WholeFileCheck {
        Box::new(|stop: &AtomicBool| {
            while !stop.load(Ordering::Relaxed) {
                std::thread::sleep(Duration::from_millis(1));
            }
            Err(Error::invalid("file", t!("import-reader-stopped")))
        })
    }

    #[test]
    fn a_running_check_is_stopped_once_the_import_has_read_the_whole_file() {
        let mut check = WholeFile::Waiting(Some(endless()));
        check.start();
        assert!(matches!(check, WholeFile::Running(..)));
        let t = Instant::now();
        check.abandon();
        assert!(matches!(check, WholeFile::Passed));
        assert!(t.elapsed() < Duration::from_secs(5));
        // Nothing left to wait for, and nothing to fail.
        assert!(check.wait().is_ok());
    }

    #[test]
    fn a_check_not_begun_never_begins_after_the_whole_file_is_read() {
        let mut check = WholeFile::Waiting(Some(endless()));
        check.abandon();
        assert!(matches!(check, WholeFile::Passed));
        check.start();
        assert!(matches!(check, WholeFile::Passed));
    }

    #[test]
    fn a_check_waited_for_before_a_commit_still_refuses_a_broken_file() {
        let broken: WholeFileCheck =
            Box::new(|_: &AtomicBool| Err(Error::invalid("file", t!("import-reader-stopped"))));
        let mut check = WholeFile::Waiting(Some(broken));
        assert!(check.wait().is_err());
    }
}
