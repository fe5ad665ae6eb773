//! `abonent import-1c FILE|-`: opens the file, hands it to the core's
//! import, writes the rejects and credentials files, shows progress on a
//! terminal and prints the summary.

use super::csv_out::CsvOut;
use super::files::{self, Protected, Replace, Staged};
use super::output::Column;
use super::send::Sends;
use super::subscriber::KindArg;
use super::{Ctx, Outcome};
use crate::core::credentials::Via;
use crate::core::import::{dropped_note, Dropped, ImportOptions, Rejected, Sink, WholeFileCheck};
use crate::error::{Error, Result};
use crate::i18n::Msg;
use crate::model::Card;
use crate::onec::{self, Encoding, FileKind, ReadOptions};
use crate::t;
use clap::{Args, ValueEnum};
use std::fs::File;
use std::io::{IsTerminal, Read};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

mod progress;
use progress::{progress_bar, rows_message, Counting, Progress};

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum KindChoice {
    Auto,
    Csv,
    Commerceml,
    Enterprisedata,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum EncodingChoice {
    Auto,
    #[value(name = "utf-8")]
    Utf8,
    #[value(name = "windows-1251")]
    Windows1251,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The export: a CSV list, CommerceML or EnterpriseData file; - for stdin
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// The file's format (auto: sniffed from its first bytes)
    #[arg(long, value_enum, default_value = "auto")]
    pub kind: KindChoice,
    /// The file's encoding (auto: BOM, XML declaration, valid UTF-8, else windows-1251)
    #[arg(long, value_enum, default_value = "auto")]
    pub encoding: EncodingChoice,
    /// CSV separator (auto: ; or , from the heading line)
    #[arg(long, value_name = "C")]
    pub delimiter: Option<char>,
    /// Read column HEADER into FIELD (a field name, e.g. comment or address.postal); repeatable
    #[arg(long, value_name = "HEADER=FIELD")]
    pub map: Vec<String>,
    /// Do everything, report it, write nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Commit nothing if any row is rejected
    #[arg(long)]
    pub atomic: bool,
    /// Write rejected rows here (CSV: line, key, field, reason, then the row's cells; mode 0600)
    #[arg(long, value_name = "FILE")]
    pub rejects: Option<PathBuf>,
    /// Send each new card its login and password (email or sms) once the import is committed; their credentials stay pending until sent
    #[arg(long, value_enum, value_name = "VIA")]
    pub send_credentials: Option<super::send::ViaArg>,
    /// With --send-credentials: refuse (nothing imported) a run that would send more letters than this
    #[arg(long, value_name = "N", default_value_t = 50, value_parser = super::counts())]
    pub max_sends: u64,
    /// Generate passwords for new cards and write them here (CSV: login, password, uid, display name; mode 0600; never overwritten)
    #[arg(long, value_name = "FILE")]
    pub credentials: Option<PathBuf>,
    /// Archive cards imported from 1C earlier that this file (a full snapshot) lacks
    #[arg(long)]
    pub archive_missing: bool,
    /// Type of rows whose type nothing in the file tells
    #[arg(long, value_enum, value_name = "TYPE")]
    pub type_default: Option<KindArg>,
}

/// The credentials file: written to a private temporary file beside the
/// target while the import runs, linked into place only after a commit
/// (a hard link never replaces a file that appeared meanwhile).
///
/// Its cells are guarded like every CSV's; a generated password never
/// starts with a character the guard would change (`core::password`).
struct Credentials {
    writer: CsvOut<Staged>,
}

impl Credentials {
    fn create(target: &Path, protected: &Protected, raw: bool) -> Result<Credentials> {
        let staged = Staged::create(target, Replace::Never, 0o600, protected)?;
        let mut writer = CsvOut::new(staged, raw);
        writer
            .row(["login", "password", "uid", "display_name"])
            .map_err(|e| Error::internal("credentials", t!("cli-said", text = e.to_string())))?;
        Ok(Credentials { writer })
    }

    /// Not committed: the temporary file is removed. Committed: linked into
    /// place; if that fails the passwords of the committed cards stay in the
    /// temporary file, which the error names.
    fn finish(self, committed: bool, protected: &Protected) -> Result<Option<PathBuf>> {
        let mut staged = self
            .writer
            .into_inner()
            .map_err(|e| Error::internal("credentials", t!("cli-said", text = e.to_string())))?;
        if !committed {
            return Ok(None);
        }
        staged.keep_temp();
        let temp = staged.temp().to_path_buf();
        staged.commit(protected).map(Some).map_err(|e| {
            Error::new(
                e.kind,
                e.subject,
                t!(
                    "import-credentials-left-in-temp",
                    problem = e.message,
                    path = temp.display().to_string()
                ),
            )
        })
    }
}

/// The rejects file: a private temporary file beside the target, renamed
/// over it when the import has run to its end (an existing file — last
/// night's — is replaced in one step, or kept when the run fails).
fn rejects_file(target: &Path, protected: &Protected, raw: bool) -> Result<CsvOut<Staged>> {
    let staged = Staged::create(target, Replace::Atomic, 0o600, protected)?;
    let mut w = CsvOut::flexible(staged, raw);
    w.row(["line", "key", "field", "reason"])
        .map_err(|e| Error::internal("rejects", t!("cli-said", text = e.to_string())))?;
    Ok(w)
}

struct CliSink<'a> {
    ctx: &'a Ctx,
    rejects: Option<CsvOut<Staged>>,
    credentials: Option<Credentials>,
    send: Option<Sends>,
    bar: Option<indicatif::ProgressBar>,
    /// Bytes read of the file, for the bar's percent and ETA.
    read: Option<Progress>,
    warnings_shown: u64,
    rejects_shown: u64,
}

const SHOW_AT_MOST: u64 = 50;

impl CliSink<'_> {
    fn say(&mut self, text: Msg) {
        match &self.bar {
            Some(bar) => bar.suspend(|| self.ctx.out.warn(text)),
            None => self.ctx.out.warn(text),
        }
    }
}

impl Sink for CliSink<'_> {
    fn reject(&mut self, r: &Rejected) -> Result<()> {
        if let Some(w) = &mut self.rejects {
            reject_row(w, r.line, &r.key, &r.field, &r.reason, r.raw)?;
        } else if self.rejects_shown < SHOW_AT_MOST {
            self.rejects_shown += 1;
            self.say(t!(
                "import-row-rejected",
                line = r.line,
                key = r.key.as_str(),
                field = r.field.to_string(),
                reason = r.reason.to_string()
            ));
        }
        Ok(())
    }

    fn dropped(&mut self, line: u64, key: &str, d: &Dropped, raw: &[String]) -> Result<()> {
        if let Some(w) = &mut self.rejects {
            let reason = t!("rejects-warning", problem = dropped_note(d).to_string()).into_string();
            reject_row(w, line, key, d.field, &reason, raw)?;
        }
        Ok(())
    }

    fn warn(&mut self, line: u64, message: &str) {
        self.warnings_shown += 1;
        if self.warnings_shown <= SHOW_AT_MOST {
            let text = if line > 0 {
                t!("import-line-problem", line = line, problem = message)
            } else {
                t!("cli-said", text = message)
            };
            self.say(text);
        }
    }

    fn credential(&mut self, line: u64, card: &Card, password: &str) -> Result<()> {
        let login = card.login.as_deref().unwrap_or_default();
        if let Some(c) = &mut self.credentials {
            c.writer
                .row([login, password, &card.uid, &card.display_name])
                .map_err(|e| {
                    Error::internal("credentials", t!("cli-said", text = e.to_string()))
                })?;
        }
        if let Some(send) = &mut self.send {
            send.keep(line, card, password)?;
        }
        Ok(())
    }

    fn progress(&mut self, rows: u64) {
        if let Some(bar) = &self.bar {
            if let Some(p) = &self.read {
                bar.set_position(p.read.load(Ordering::Relaxed).min(p.size));
            }
            bar.set_message(rows_message(rows, bar.elapsed()));
        }
    }
}

/// The input, and for a regular file of known size its [`Progress`].
fn open_input(path: &Path, label: &str) -> Result<(Box<dyn Read + Send>, Option<Progress>)> {
    if label == "-" {
        return Ok((Box::new(std::io::stdin()), None));
    }
    let file = File::open(path).map_err(|e| {
        Error::not_found(
            label.to_string(),
            t!("import-cannot-open", reason = e.to_string().to_lowercase()),
        )
    })?;
    let size = file
        .metadata()
        .ok()
        .filter(|m| m.is_file() && m.len() > 0)
        .map(|m| m.len());
    let read = Arc::new(AtomicU64::new(0));
    let counted = Counting {
        inner: file,
        read: read.clone(),
    };
    let input = Box::new(std::io::BufReader::with_capacity(1 << 16, counted));
    Ok((input, size.map(|size| Progress { read, size })))
}

/// The key a batched import records its progress under: a checksum of
/// the file's bytes and of the options that decide each row's outcome.
/// `None` — one transaction — for stdin (it cannot be read twice), and
/// when the import must be all or nothing anyway
/// ([`ImportOptions::all_or_nothing`]).
fn resume_key(
    args: &ImportArgs,
    import: &ImportOptions,
    kind: Option<FileKind>,
    opts: &ReadOptions,
    label: &str,
) -> Result<Option<String>> {
    if label == "-" || import.all_or_nothing() {
        return Ok(None);
    }
    // XXH3-128: the key tells the same file from another, and it is read
    // before the import begins, so its speed is the nightly run's
    // (BLAKE2b took a tenth of a 100,000-row re-import). Keys of runs
    // interrupted before this changed (v1) do not match: such a run starts
    // again from the top, and its committed rows count as unchanged.
    let mut hasher = xxhash_rust::xxh3::Xxh3::new();
    hasher.update(
        format!(
            "abonent import v2 {kind:?} {opts:?} {:?}\0",
            import.type_default
        )
        .as_bytes(),
    );
    let (mut input, _) = open_input(&args.file, label)?;
    let mut buf = vec![0u8; 1 << 16];
    loop {
        let n = input.read(&mut buf).map_err(|e| {
            Error::invalid(
                "file",
                t!("import-cannot-read", file = label, reason = e.to_string()),
            )
        })?;
        if n == 0 {
            break;
        }
        hasher.update(&buf[..n]);
    }
    Ok(Some(format!("{:032x}", hasher.digest128())))
}

/// For a batched import: the file read once more to its end, so a
/// truncated or malformed file is refused before any batch is committed
/// (the core runs it beside the first batch).
fn whole_file_check(
    args: &ImportArgs,
    kind: Option<FileKind>,
    opts: &ReadOptions,
    label: &str,
) -> WholeFileCheck {
    let (file, opts, label) = (args.file.clone(), opts.clone(), label.to_string());
    Box::new(move |stop| {
        let scan = onec::open(open_input(&file, &label)?.0, kind, &opts).map_err(|e| {
            Error::invalid(
                "file",
                t!(
                    "path-problem",
                    path = label.as_str(),
                    problem = e.to_string()
                ),
            )
        })?;
        for item in scan.items {
            if stop.load(std::sync::atomic::Ordering::Relaxed) {
                break;
            }
            item.map_err(|e| {
                Error::invalid(
                    "file",
                    t!(
                        "import-file-bad-nothing",
                        file = label.as_str(),
                        problem = e.to_string()
                    ),
                )
            })?;
        }
        Ok(())
    })
}

fn read_options(args: &ImportArgs) -> Result<ReadOptions> {
    let delimiter = match args.delimiter {
        None => None,
        Some(c) if c.is_ascii() && c != '"' && c != '\n' => Some(c as u8),
        Some(c) => {
            return Err(Error::invalid(
                "delimiter",
                t!("import-delimiter-bad", delimiter = c.to_string()),
            ))
        }
    };
    let mut map = Vec::new();
    for m in &args.map {
        let (h, f) = m
            .split_once('=')
            .ok_or_else(|| Error::invalid("map", t!("import-map-form", map = m.as_str())))?;
        map.push((h.trim().to_string(), f.trim().to_string()));
    }
    Ok(ReadOptions {
        encoding: match args.encoding {
            EncodingChoice::Auto => None,
            EncodingChoice::Utf8 => Some(Encoding::Utf8),
            EncodingChoice::Windows1251 => Some(Encoding::Windows1251),
        },
        delimiter,
        map,
    })
}

/// One row of the rejects file: `line,key,field,reason`, then the row's
/// own cells.
fn reject_row(
    w: &mut CsvOut<Staged>,
    line: u64,
    key: &str,
    field: &str,
    reason: &str,
    raw: &[String],
) -> Result<()> {
    let head = [
        line.to_string(),
        key.to_string(),
        field.to_string(),
        reason.to_string(),
    ];
    w.row(head.iter().chain(raw))
        .map_err(|e| Error::internal("rejects", t!("cli-said", text = e.to_string())))
}

/// The files no output of this run may land on: the database and its
/// companions, the input (a named file or what stdin reads).
fn protected_files(ctx: &Ctx, args: &ImportArgs, label: &str) -> Result<Protected> {
    let mut protected = Protected::new();
    if let Some(file) = ctx.db_file()? {
        protected.database(&file);
    }
    if label == "-" {
        protected.stdin(t!("import-what-stdin").as_str());
    } else {
        protected.path(&args.file, t!("import-what-input").as_str());
    }
    Ok(protected)
}

/// The credentials file (if any), the rejects file (if any) and what the
/// rejects file must not land on (also the credentials file).
type Outputs = (Option<Credentials>, Option<CsvOut<Staged>>, Protected);

/// Checks and creates the credentials and rejects files' temporary files;
/// with --dry-run the credentials path is still checked (no file is made).
fn output_files(args: &ImportArgs, protected: &Protected, raw: bool) -> Result<Outputs> {
    let mut protected_for_rejects = protected.clone();
    let credentials = match &args.credentials {
        Some(path) if args.dry_run => {
            files::check(path, Replace::Never, protected)?;
            None
        }
        Some(path) => Some(Credentials::create(path, protected, raw)?),
        None => None,
    };
    if let Some(path) = &args.credentials {
        protected_for_rejects.path(path, t!("import-what-credentials").as_str());
    }
    let rejects = match &args.rejects {
        Some(path) => Some(rejects_file(path, &protected_for_rejects, raw)?),
        None => None,
    };
    Ok((credentials, rejects, protected_for_rejects))
}

pub fn run(ctx: &Ctx, args: ImportArgs) -> Outcome {
    let opts = read_options(&args)?;
    let label = args.file.display().to_string();
    let (input, read) = open_input(&args.file, &label)?;
    // Every file this run writes is checked before anything is opened or
    // imported (also with --dry-run), and once more when it is put in place.
    let protected = protected_files(ctx, &args, &label)?;
    let (credentials, rejects, rejects_protected) = output_files(&args, &protected, ctx.out.raw)?;
    let kind = match args.kind {
        KindChoice::Auto => None,
        KindChoice::Csv => Some(FileKind::Csv),
        KindChoice::Commerceml => Some(FileKind::CommerceMl),
        KindChoice::Enterprisedata => Some(FileKind::EnterpriseData),
    };
    let mut reg = ctx.open()?;
    let opened = onec::open(input, kind, &opts).map_err(|e| {
        Error::invalid(
            "file",
            t!(
                "path-problem",
                path = label.as_str(),
                problem = e.to_string()
            ),
        )
    })?;
    for note in &opened.notes {
        ctx.out.note(t!("cli-said", text = note.to_string()));
    }
    for warning in &opened.warnings {
        ctx.out.warn(t!(
            "path-problem",
            path = label.as_str(),
            problem = warning.to_string()
        ));
    }
    if args.archive_missing && opened.changes_only {
        return Err(Error::invalid(
            "archive-missing",
            t!("import-changes-only", file = label.as_str()),
        )
        .into());
    }
    if args.credentials.is_some() && args.dry_run {
        ctx.out.note(t!("import-dry-run-no-passwords"));
    }
    let bar =
        (std::io::stderr().is_terminal() && !ctx.out.quiet).then(|| progress_bar(read.as_ref()));
    // The channel is checked before anything is imported.
    let send = args
        .send_credentials
        .filter(|_| !args.dry_run)
        .map(|v| Sends::ready(reg.settings(), &ctx.host, Via::from(v), args.max_sends))
        .transpose()?;
    let import_opts = ImportOptions {
        dry_run: args.dry_run,
        atomic: args.atomic,
        archive_missing: args.archive_missing,
        type_default: args.type_default.map(Into::into),
        passwords: credentials.is_some() || send.is_some(),
        delivery: send.as_ref().map(Sends::via),
        resume_key: None,
    };
    let import_opts = ImportOptions {
        resume_key: resume_key(&args, &import_opts, kind, &opts, &label)?,
        ..import_opts
    };
    let check = import_opts
        .resume_key
        .is_some()
        .then(|| whole_file_check(&args, kind, &opts, &label));
    let mut sink = CliSink {
        ctx,
        rejects,
        credentials,
        send,
        bar,
        read,
        warnings_shown: 0,
        rejects_shown: 0,
    };
    let result = reg.import(opened, &label, &import_opts, check, &mut sink);
    if let Some(bar) = sink.bar.take() {
        bar.finish_and_clear();
    }
    let committed = result.as_ref().is_ok_and(|s| s.committed);
    let written = sink
        .credentials
        .take()
        .map(|c| c.finish(committed, &protected))
        .transpose()?
        .flatten();
    // A run that failed leaves the rejects file that was there (dropping
    // the writer removes the temporary file); one that ran to its end
    // replaces it, rejected rows or none.
    let mut rejects = sink.rejects.take();
    let summary = result?;
    // The letters go out once the cards are committed; the ones that did
    // not are rows of the rejects file too.
    let report = sink
        .send
        .take()
        .filter(|_| summary.committed)
        .map(|send| send.send_all(ctx, &mut reg));
    if let (Some(w), Some(report)) = (&mut rejects, &report) {
        for (line, login, field, reason) in &report.rows {
            reject_row(w, *line, login, field, reason, &[])?;
        }
    }
    if let Some(w) = rejects {
        w.into_inner()
            .map_err(|e| Error::internal("rejects", t!("cli-said", text = e.to_string())))?
            .commit(&rejects_protected)?;
    }
    if summary.warnings > SHOW_AT_MOST {
        ctx.out.warn(t!(
            "import-more-warnings",
            n = summary.warnings - SHOW_AT_MOST
        ));
    }
    if summary.rejected > SHOW_AT_MOST && args.rejects.is_none() {
        ctx.out.warn(t!(
            "import-more-rejected",
            n = summary.rejected - SHOW_AT_MOST
        ));
    }
    if summary.rows == 0 && summary.skipped == 0 {
        ctx.out.note(t!("import-empty", file = label.as_str()));
    }
    if let Some(p) = written {
        ctx.out
            .note(t!("import-passwords-in", path = p.display().to_string()));
    }
    if summary.resumed > 0 {
        ctx.out.note(t!("import-resumed", n = summary.resumed));
    }
    if args.atomic && summary.rejected > 0 {
        ctx.out.warn(t!("import-atomic-rejected"));
    }
    let mut value = serde_json::to_value(&summary)?;
    let mut columns: Vec<Column> = Vec::new();
    if let Some(report) = report {
        for (key, n) in report.counts {
            value[key] = n.into();
            columns.push((key, key));
        }
        value["credentials_failed_logins"] = report.failed_logins.into();
        columns.push(("credentials_failed_logins", "credentials_failed_logins"));
    }
    const COLUMNS: &[Column] = &[
        ("file", "file"),
        ("kind", "kind"),
        ("encoding", "encoding"),
        ("rows", "rows"),
        ("created", "created"),
        ("updated", "updated"),
        ("unchanged", "unchanged"),
        ("archived", "archived"),
        ("rejected", "rejected"),
        ("skipped", "skipped"),
        ("resumed", "resumed"),
        ("warnings", "warnings"),
        ("dry_run", "dry_run"),
        ("committed", "committed"),
        ("seconds", "seconds"),
    ];
    let columns: Vec<Column> = COLUMNS.iter().copied().chain(columns).collect();
    ctx.out.object(&value, &columns)?;
    let failed = value["credentials_failed"].as_u64().unwrap_or(0);
    Ok(if summary.rejected > 0 {
        3
    } else if failed > 0 {
        6
    } else {
        0
    })
}
