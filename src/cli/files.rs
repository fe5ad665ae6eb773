//! The one place that creates the files the program writes to a path the
//! user names (the import's rejects and credentials files, man pages).
//!
//! Rules, checked before anything else happens and once more just before
//! the file is put in place:
//! - the folder must exist (exit 3 naming it);
//! - the path must not be a symbolic link (dangling ones included), a
//!   device, a FIFO, a socket or a folder — only a regular file or nothing;
//! - it must not be one of the protected files (the database, its `-wal`,
//!   `-shm` and `-journal`, the import's input), compared by device and
//!   inode, and for files that do not exist yet by the folder's device and
//!   inode and the file name;
//! - the content goes to a private (0600) temporary file beside the
//!   target, created with `O_EXCL`, and is renamed into place
//!   ([`Replace::Atomic`]) or hard-linked ([`Replace::Never`]: a link
//!   never replaces an existing file) when complete;
//! - a file that is dropped unfinished removes its temporary file.

use crate::error::{Error, Result};
use crate::i18n::Msg;
use crate::t;
use std::ffi::OsString;
use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};

/// What happens to an existing file at the target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Replace {
    /// Replaced by the rename, in one step (readers see the old or the new file).
    Atomic,
    /// Refused: the file is never overwritten.
    Never,
}

/// A file's identity: device and inode.
type Id = (u64, u64);

#[cfg(unix)]
fn id_of(m: &std::fs::Metadata) -> Option<Id> {
    use std::os::unix::fs::MetadataExt;
    Some((m.dev(), m.ino()))
}

#[cfg(not(unix))]
fn id_of(_: &std::fs::Metadata) -> Option<Id> {
    None
}

/// The folder a path's last component lives in (`.` for a bare name).
fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// Files no write may land on, each with the reason shown when one does.
#[derive(Debug, Default, Clone)]
pub struct Protected {
    /// Existing files, by device and inode.
    files: Vec<(Id, String)>,
    /// Names in a folder (by the folder's device and inode), for files that
    /// may appear later (the database before its creation, its `-wal`).
    names: Vec<(Id, OsString, String)>,
}

impl Protected {
    pub fn new() -> Protected {
        Protected::default()
    }

    /// Protects `path` (following symlinks) and, by name, whatever appears
    /// at it later.
    pub fn path(&mut self, path: &Path, what: &str) {
        if let Some(id) = std::fs::metadata(path).ok().as_ref().and_then(id_of) {
            self.files.push((id, what.to_string()));
        }
        if let (Some(name), Some(dir)) = (
            path.file_name(),
            std::fs::metadata(folder_of(path))
                .ok()
                .as_ref()
                .and_then(id_of),
        ) {
            self.names
                .push((dir, name.to_os_string(), what.to_string()));
        }
    }

    /// Protects the database file and its SQLite companions.
    pub fn database(&mut self, db: &Path) {
        self.path(db, t!("write-what-database").as_str());
        for suffix in ["-wal", "-shm", "-journal"] {
            let mut name = db.as_os_str().to_os_string();
            name.push(suffix);
            self.path(
                Path::new(&name),
                t!("write-what-database-companion", suffix = suffix).as_str(),
            );
        }
    }

    /// Protects whatever file stdin reads, when it is a regular file.
    #[cfg(unix)]
    pub fn stdin(&mut self, what: &str) {
        use std::os::fd::AsFd;
        let stdin = std::io::stdin();
        let Ok(fd) = stdin.as_fd().try_clone_to_owned() else {
            return;
        };
        let file = File::from(fd);
        if let Ok(m) = file.metadata() {
            if m.is_file() {
                if let Some(id) = id_of(&m) {
                    self.files.push((id, what.to_string()));
                }
            }
        }
    }

    #[cfg(not(unix))]
    pub fn stdin(&mut self, _what: &str) {}

    fn hit(&self, target: &Path, existing: Option<&std::fs::Metadata>) -> Option<&str> {
        if let Some(id) = existing.and_then(id_of) {
            if let Some((_, what)) = self.files.iter().find(|(i, _)| *i == id) {
                return Some(what);
            }
        }
        let dir = std::fs::metadata(folder_of(target))
            .ok()
            .as_ref()
            .and_then(id_of)?;
        let name = target.file_name()?;
        self.names
            .iter()
            .find(|(d, n, _)| *d == dir && n == name)
            .map(|(_, _, what)| what.as_str())
    }
}

fn refuse(path: &Path, why: Msg) -> Error {
    Error::invalid(path.display().to_string(), why)
}

/// Checks that `target` may be written under `replace`: see the module's
/// rules. Exit 3 (invalid) naming the path and the reason otherwise.
pub fn check(target: &Path, replace: Replace, protected: &Protected) -> Result<()> {
    if target.file_name().is_none() {
        return Err(refuse(target, t!("write-names-folder")));
    }
    let folder = folder_of(target);
    match std::fs::metadata(&folder) {
        Ok(m) if m.is_dir() => {}
        Ok(_) => {
            return Err(refuse(
                target,
                t!(
                    "write-parent-not-folder",
                    folder = folder.display().to_string()
                ),
            ))
        }
        Err(_) => {
            return Err(refuse(
                target,
                t!("write-no-folder", folder = folder.display().to_string()),
            ))
        }
    }
    let existing = match std::fs::symlink_metadata(target) {
        Ok(m) => Some(m),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => {
            return Err(refuse(
                target,
                t!("write-cannot-examine", reason = e.to_string()),
            ))
        }
    };
    if let Some(m) = &existing {
        let ft = m.file_type();
        if ft.is_symlink() {
            return Err(refuse(target, t!("write-is-symlink")));
        }
        if !ft.is_file() {
            return Err(refuse(target, t!("write-not-regular-target")));
        }
    }
    if let Some(what) = protected.hit(target, existing.as_ref()) {
        return Err(refuse(target, t!("write-protected", what = what)));
    }
    if existing.is_some() && replace == Replace::Never {
        return Err(refuse(target, t!("write-exists")));
    }
    Ok(())
}

/// A file being written: a private temporary file beside the target until
/// [`Staged::commit`] puts it in place. Dropped unfinished, it removes the
/// temporary file.
#[derive(Debug)]
pub struct Staged {
    target: PathBuf,
    temp: PathBuf,
    file: Option<File>,
    replace: Replace,
    mode: u32,
    keep_temp: bool,
}

impl Staged {
    /// Checks `target` ([`check`]) and creates its temporary file. `mode`
    /// is the final file's mode (0o600 for private files).
    pub fn create(
        target: &Path,
        replace: Replace,
        mode: u32,
        protected: &Protected,
    ) -> Result<Staged> {
        check(target, replace, protected)?;
        let name = target
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default();
        let folder = folder_of(target);
        let mut attempt = 0u32;
        loop {
            let temp = folder.join(format!(
                ".{name}.{}.{:08x}.tmp",
                std::process::id(),
                rand::random::<u32>()
            ));
            let mut o = std::fs::OpenOptions::new();
            o.write(true).create_new(true);
            #[cfg(unix)]
            {
                use std::os::unix::fs::OpenOptionsExt;
                o.mode(0o600);
            }
            match o.open(&temp) {
                Ok(file) => {
                    let staged = Staged {
                        target: target.to_path_buf(),
                        temp,
                        file: Some(file),
                        replace,
                        mode,
                        keep_temp: false,
                    };
                    // The umask may have loosened nothing (0600 is the
                    // tightest); set it anyway so the rule does not rest on it.
                    staged.set_mode(0o600)?;
                    return Ok(staged);
                }
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && attempt < 8 => {
                    attempt += 1;
                }
                Err(e) => {
                    return Err(refuse(
                        target,
                        t!(
                            "write-temp-failed",
                            folder = folder.display().to_string(),
                            reason = e.to_string()
                        ),
                    ))
                }
            }
        }
    }

    pub fn temp(&self) -> &Path {
        &self.temp
    }

    fn set_mode(&self, mode: u32) -> Result<()> {
        #[cfg(unix)]
        if let Some(f) = &self.file {
            use std::os::unix::fs::PermissionsExt;
            f.set_permissions(std::fs::Permissions::from_mode(mode))
                .map_err(|e| self.io_error(e))?;
        }
        #[cfg(not(unix))]
        let _ = mode;
        Ok(())
    }

    pub(super) fn io_error(&self, e: std::io::Error) -> Error {
        Error::internal(
            self.target.display().to_string(),
            t!("write-cannot-write", reason = e.to_string()),
        )
    }

    /// The temporary file, for writing.
    pub fn file(&mut self) -> &mut File {
        self.file
            .as_mut()
            .expect("a staged file holds its file until commit")
    }

    /// Keeps the temporary file when this is dropped (its content must not
    /// be lost, e.g. passwords of committed cards).
    pub fn keep_temp(&mut self) {
        self.keep_temp = true;
    }

    /// Syncs the file, checks the target again and puts the file in place.
    pub fn commit(mut self, protected: &Protected) -> Result<PathBuf> {
        if let Some(mut f) = self.file.take() {
            f.flush().map_err(|e| self.io_error(e))?;
            self.file = Some(f);
        }
        self.set_mode(self.mode)?;
        if let Some(f) = &self.file {
            f.sync_all().map_err(|e| self.io_error(e))?;
        }
        self.file = None;
        check(&self.target, self.replace, protected)?;
        let placed = match self.replace {
            Replace::Atomic => std::fs::rename(&self.temp, &self.target),
            // A hard link never replaces an existing file (O_EXCL semantics).
            Replace::Never => std::fs::hard_link(&self.temp, &self.target)
                .and_then(|()| std::fs::remove_file(&self.temp)),
        };
        placed.map_err(|e| {
            if e.kind() == std::io::ErrorKind::AlreadyExists {
                refuse(&self.target, t!("write-appeared"))
            } else {
                self.io_error(e)
            }
        })?;
        self.keep_temp = true; // nothing left to remove
        Ok(self.target.clone())
    }
}

/// Writes through [`Staged`] (the csv writers of the rejects and
/// credentials files) fail with the target's path in the message, so a
/// full disk reads "rejects: /srv/out/rejects.csv: cannot be written (No
/// space left on device …)" rather than a bare OS error.
impl Write for Staged {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.file().write(buf).map_err(|e| self.named(e))
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.file().flush().map_err(|e| self.named(e))
    }
}

impl Staged {
    fn named(&self, e: std::io::Error) -> std::io::Error {
        std::io::Error::new(
            e.kind(),
            t!(
                "path-problem",
                path = self.target.display().to_string(),
                problem = t!("write-cannot-write", reason = e.to_string()).into_string()
            )
            .into_string(),
        )
    }
}

impl Drop for Staged {
    fn drop(&mut self) {
        self.file = None;
        if !self.keep_temp {
            let _ = std::fs::remove_file(&self.temp);
        }
    }
}

/// Writes `bytes` to `target` through a staged file, replacing an existing
/// regular file atomically; `mode` is the final mode.
pub fn write_atomic(target: &Path, bytes: &[u8], mode: u32, protected: &Protected) -> Result<()> {
    let mut staged = Staged::create(target, Replace::Atomic, mode, protected)?;
    staged
        .file()
        .write_all(bytes)
        .map_err(|e| staged.io_error(e))?;
    staged.commit(protected)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn staged_file_replaces_atomically_and_leaves_no_temp() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("out.csv");
        std::fs::write(&target, "old").unwrap();
        write_atomic(&target, b"new", 0o600, &Protected::new()).unwrap();
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "new");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn never_refuses_an_existing_file_and_a_dropped_file_leaves_no_temp() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("creds.csv");
        let staged = Staged::create(&target, Replace::Never, 0o600, &Protected::new()).unwrap();
        assert!(staged.temp().exists());
        std::fs::write(&target, "mine").unwrap();
        let err = staged.commit(&Protected::new()).unwrap_err();
        assert!(err.message.contains("never overwritten"), "{err}");
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "mine");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    /// A write that fails (here: the temporary file swapped for /dev/full,
    /// ENOSPC on every write) names the file being written, through the
    /// csv writer the import uses as through `write_all`.
    #[cfg(target_os = "linux")]
    #[test]
    fn a_failed_write_names_the_file_being_written() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("rejects.csv");
        let full = || {
            std::fs::OpenOptions::new()
                .write(true)
                .open("/dev/full")
                .unwrap()
        };
        let mut staged =
            Staged::create(&target, Replace::Atomic, 0o600, &Protected::new()).unwrap();
        staged.file = Some(full());
        let err = staged.write_all(b"line,key\n").unwrap_err();
        assert_eq!(err.raw_os_error(), None, "wrapped: {err}");
        assert_eq!(err.kind(), std::io::ErrorKind::StorageFull);
        let text = err.to_string();
        assert!(text.contains(&target.display().to_string()), "{text}");
        drop(staged);

        let mut staged =
            Staged::create(&target, Replace::Atomic, 0o600, &Protected::new()).unwrap();
        staged.file = Some(full());
        let mut w = csv::Writer::from_writer(staged);
        w.write_record(["line", "key", "field", "reason"]).unwrap();
        let text = match w.flush() {
            Err(e) => e.to_string(),
            Ok(()) => panic!("a write to /dev/full succeeded"),
        };
        assert!(text.contains(&target.display().to_string()), "{text}");
        drop(w);
        assert_eq!(
            std::fs::read_dir(dir.path()).unwrap().count(),
            0,
            "no temp left"
        );
    }

    #[test]
    fn protected_by_name_before_the_file_exists() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("a.db");
        let mut p = Protected::new();
        p.database(&db);
        let wal = dir.path().join("a.db-wal");
        let err = check(&wal, Replace::Atomic, &p).unwrap_err();
        assert!(err.message.contains("-wal"), "{err}");
        assert!(check(&dir.path().join("b.csv"), Replace::Atomic, &p).is_ok());
    }
}

/// Why [`read_small`] read nothing.
#[derive(Debug)]
pub enum Unread {
    /// A symbolic link, where links are not followed.
    Link,
    Open(std::io::Error),
    Examine(std::io::Error),
    /// A folder, a FIFO, a device or a socket.
    NotRegular,
    /// Over the size the caller allows.
    TooBig,
    Read(std::io::Error),
    NotUtf8,
}

impl Unread {
    /// There is no such file, or this user may not open it.
    pub fn absent_or_denied(&self) -> bool {
        use std::io::ErrorKind;
        matches!(self, Unread::Open(e) if matches!(e.kind(), ErrorKind::NotFound | ErrorKind::PermissionDenied))
    }
}

/// The one reader of the small text files a user names (a configuration,
/// a secret, a letter template): opened without blocking (a FIFO put in
/// a file's place must not hang a command), only a regular file, at most
/// `max` bytes, UTF-8. `follow_links: false` refuses a symbolic link.
/// Returns the text and the file's metadata, for the caller's own checks
/// (permissions, owner).
pub fn read_small(
    path: &Path,
    max: u64,
    follow_links: bool,
) -> std::result::Result<(String, std::fs::Metadata), Unread> {
    use std::io::Read;
    let mut open = std::fs::OpenOptions::new();
    open.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        let no_follow = if follow_links { 0 } else { libc::O_NOFOLLOW };
        open.custom_flags(libc::O_NONBLOCK | no_follow);
    }
    let file = open.open(path).map_err(|e| {
        if !follow_links && e.raw_os_error() == Some(libc::ELOOP) {
            Unread::Link
        } else {
            Unread::Open(e)
        }
    })?;
    let meta = file.metadata().map_err(Unread::Examine)?;
    if !meta.is_file() {
        return Err(Unread::NotRegular);
    }
    if meta.len() > max {
        return Err(Unread::TooBig);
    }
    let mut bytes = Vec::new();
    file.take(max + 1)
        .read_to_end(&mut bytes)
        .map_err(Unread::Read)?;
    if bytes.len() as u64 > max {
        return Err(Unread::TooBig);
    }
    let text = String::from_utf8(bytes).map_err(|_| Unread::NotUtf8)?;
    Ok((text, meta))
}
