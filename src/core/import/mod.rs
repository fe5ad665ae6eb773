//! The 1C import: every record a reader yields goes through the same rules
//! as `subscriber add|edit`. It commits in batches that record their
//! progress under the file's checksum, so a `kill -9` leaves whole batches
//! and the same file imported again resumes; `--atomic`, `--dry-run` and
//! generated passwords make it one transaction (see [`Registry::import`]).
//! Every check of a row runs before its first write: a bad row is rejected
//! alone and the good rows are committed (unless `--atomic`); `--dry-run`
//! does all the work and rolls back, so its summary is the real run's.

mod fingerprint;
mod kind;
mod lookahead;
mod matching;
mod row;
mod whole_file;

use super::card_write::{insert, update, Stamp};
use super::gate::{Candidate, Gate};
use super::{now, password, rules, Registry};
use crate::error::{Error, ErrorKind, Result};
use crate::model::fields;
use crate::model::{Card, Kind};
use crate::onec::{Item, Opened, Record, Sources};
use crate::store;
use crate::store::Tx;
use crate::t;
use lookahead::{fresh_card, Demand, Fresh, Judged, Lookahead, Prepared};
use matching::find_match;
use rayon::prelude::*;
pub use row::Dropped;
use row::{apply, repaired_inn};
use serde::Serialize;
use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};
use whole_file::{WholeFile, CHECK_AFTER};

#[derive(Debug, Clone, Default)]
pub struct ImportOptions {
    pub dry_run: bool,
    pub atomic: bool,
    pub archive_missing: bool,
    /// The type of rows whose type nothing in the file tells.
    pub type_default: Option<Kind>,
    /// Generate passwords for new cards (the CLI writes them to the
    /// credentials file).
    pub passwords: bool,
    /// The new cards' passwords are to be sent this way after the commit:
    /// each is committed with its pending-delivery mark.
    pub delivery: Option<crate::deliver::Via>,
    /// A checksum of the file and of the options that shape the outcome:
    /// with it the import commits in batches and can resume (see
    /// [`Registry::import`]).
    pub resume_key: Option<String>,
}

impl ImportOptions {
    /// The import must commit everything or nothing, so it runs as one
    /// transaction with nothing to resume: `--dry-run`, `--atomic`, and
    /// generated passwords (their plaintexts live only until the commit;
    /// a crash between batches would lose those of committed cards).
    pub fn all_or_nothing(&self) -> bool {
        self.dry_run || self.atomic || self.passwords
    }
}

/// The summary `import-1c` prints (DESIGN §4).
#[derive(Debug, Clone, Default, Serialize)]
pub struct Summary {
    pub file: String,
    pub kind: String,
    pub encoding: String,
    pub rows: u64,
    pub created: u64,
    pub updated: u64,
    pub unchanged: u64,
    pub archived: u64,
    pub rejected: u64,
    pub skipped: u64,
    /// Rows an interrupted run of the same file had committed; this run
    /// only matched them.
    pub resumed: u64,
    pub warnings: u64,
    pub dry_run: bool,
    /// False when nothing was written: dry run, or --atomic with rejects.
    pub committed: bool,
    pub seconds: f64,
}

/// A row the import refused.
#[derive(Debug, Clone)]
pub struct Rejected<'a> {
    pub line: u64,
    pub key: String,
    pub field: String,
    pub reason: String,
    pub raw: &'a [String],
}

/// Reads the whole file once more, to the end, and says whether it is
/// whole. A batched import runs it on another thread beside its first
/// batch and commits nothing until it has passed, so a truncated or
/// malformed file is refused with nothing imported. It stops early, with
/// `Ok`, once the flag it is given is set: the import has read the whole
/// file itself, and the check has nothing left to add.
pub type WholeFileCheck = Box<dyn FnOnce(&AtomicBool) -> Result<()> + Send>;

/// Where the import reports as it goes. Implemented by the CLI (files,
/// stderr, progress bar); the core does no I/O of its own.
pub trait Sink {
    fn reject(&mut self, rejected: &Rejected) -> Result<()>;
    fn warn(&mut self, line: u64, message: &str);
    /// A contact left out of an imported row (reported with [`Sink::warn`]
    /// too); the rejects file lists it as a warning row.
    fn dropped(&mut self, line: u64, key: &str, dropped: &Dropped, raw: &[String]) -> Result<()>;
    /// A new card's generated password, once it is hashed (with the
    /// card's pending-delivery mark when the import sends credentials). An
    /// error here ends the import with nothing committed. `line` is the
    /// file's row the card came from.
    fn credential(&mut self, line: u64, card: &Card, password: &str) -> Result<()>;
    fn progress(&mut self, rows: u64);
}

/// A new card's password, waiting to be hashed with its batch.
struct Pending {
    id: i64,
    /// The file's row the card came from.
    line: u64,
    password: String,
}

/// Passwords hashed together, on every core.
const HASH_BATCH: usize = 256;

enum Outcome {
    Created,
    Updated,
    Unchanged,
    Archived,
    /// Matched a card merged into another, or one whose personal data
    /// was destroyed: skipped.
    Skipped,
}

/// A batch is committed once it has run this long, so writers queued
/// behind the import (an admin's `subscriber edit`) wait about this long.
const BATCH_TIME: Duration = Duration::from_millis(1000);
/// The pause after each batch that lets a queued writer take the lock.
const BATCH_GAP: Duration = Duration::from_millis(5);

/// How far a run is, carried from batch to batch.
struct Progress<'a> {
    summary: Summary,
    pending: Vec<Pending>,
    /// Items (records and skipped rows) read so far.
    items: u64,
    /// Items an interrupted run of the same file committed.
    resume_from: u64,
    /// Items this run has committed in earlier batches.
    committed: u64,
    /// Login numbers drawn in the current batch, saved before it commits.
    logins: store::counters::Draws,
    base: Stamp<'a>,
    /// Where the file keeps each field, for messages that speak of it.
    sources: Sources,
    /// What the rows are judged by, for their fingerprints.
    judged_by: fingerprint::Context,
    /// Whether the read-ahead makes new cards, and what decides it.
    fresh_wanted: std::sync::Arc<std::sync::atomic::AtomicBool>,
    demand: Demand,
    chunk: Chunk,
}

impl Registry {
    /// Imports an opened 1C file. `label` names the file in the summary and
    /// in the history.
    ///
    /// With `--dry-run`, `--atomic` or generated passwords, or without a
    /// `resume_key`, the whole import is one transaction. Otherwise it
    /// commits in batches of [`BATCH_TIME`] and records its progress under
    /// the key, so a run killed midway leaves whole batches behind and the
    /// same file imported again resumes after them.
    pub fn import(
        &mut self,
        opened: Opened,
        label: &str,
        opts: &ImportOptions,
        check: Option<WholeFileCheck>,
        sink: &mut dyn Sink,
    ) -> Result<Summary> {
        let started = Instant::now();
        let settings = self.settings.clone();
        let actor = self.actor.clone();
        let at = now();
        let key = opts
            .resume_key
            .as_deref()
            .filter(|_| !opts.all_or_nothing());
        let Opened { items, sources, .. } = opened;
        let judged_by = fingerprint::Context::new(&settings, opts);
        let mut items = Lookahead::new(
            items,
            settings.clone(),
            opts.clone(),
            sources.clone(),
            judged_by.clone(),
        );
        let file = sources.clone();
        let mut run = Progress {
            summary: Summary {
                file: label.to_string(),
                kind: opened.kind.as_str().to_string(),
                encoding: opened.encoding.as_str().to_string(),
                dry_run: opts.dry_run,
                // The file's own (a declaration its bytes contradict).
                warnings: opened.warnings.len() as u64,
                ..Summary::default()
            },
            pending: Vec::new(),
            items: 0,
            resume_from: 0,
            committed: 0,
            logins: store::counters::Draws::new("login"),
            base: Stamp {
                actor: &actor,
                at: &at,
                action: "",
                note: Some(label),
            },
            sources,
            judged_by,
            fresh_wanted: items.fresh_wanted(),
            demand: Demand::default(),
            chunk: Chunk::default(),
        };
        if key.is_some() {
            self.store.run_in_background()?;
        }
        let mut check = WholeFile::Waiting(check);
        let mut first = true;
        loop {
            // A batch: the store writes the search index once per commit.
            let finished = self.store.write_batch_or_roll_back(|tx| {
                let batch_started = Instant::now();
                // One gate per transaction: what it has looked up holds
                // only while the lock does.
                let mut gate = Gate::new(&settings, rules::Ask::File(&file))?;
                if std::mem::take(&mut first) {
                    store::matching::seen_begin(tx)?;
                    if let Some(key) = key {
                        run.resume_from = store::imports::begin(tx, key, label, &at)?;
                    }
                }
                // What the chunk's lookups found holds only under this
                // transaction's lock.
                run.chunk.found = None;
                loop {
                    let chunk = &mut run.chunk;
                    if chunk.rows.is_empty() {
                        chunk.rows.extend(items.by_ref().take(LOOKUP_CHUNK));
                        chunk.found = None;
                    }
                    let Some(prepared) = chunk.rows.pop_front() else {
                        break;
                    };
                    if chunk.found.is_none() {
                        chunk.found = Some(look_up(tx, &settings, &prepared, &chunk.rows)?);
                    }
                    import_item(tx, &mut gate, prepared, label, opts, &mut run, sink)?;
                    if batch_started.elapsed() >= CHECK_AFTER {
                        check.start();
                    }
                    if key.is_some() && batch_started.elapsed() >= BATCH_TIME {
                        check.wait()?;
                        run.logins.save(tx)?;
                        if let Some(key) = key {
                            store::imports::advance(tx, key, run.items, &now())?;
                        }
                        run.committed = run.items;
                        return Ok((false, true));
                    }
                }
                // The reader has read the whole file without a fault: the
                // check, begun or not, has nothing to add.
                check.abandon();
                finish(tx, &mut gate, label, opts, &mut run, sink)?;
                if let Some(key) = key {
                    store::imports::finish(tx, key)?;
                }
                let rolled_back = opts.atomic && run.summary.rejected > 0;
                let commit = !opts.dry_run && !rolled_back;
                run.summary.committed = commit;
                Ok((true, commit))
            })?;
            if finished {
                break;
            }
            std::thread::sleep(BATCH_GAP);
        }
        let mut summary = run.summary;
        summary.seconds = (started.elapsed().as_secs_f64() * 1000.0).round() / 1000.0;
        Ok(summary)
    }
}

/// Rows read ahead of the writes, so that their cards are looked up
/// together: on PostgreSQL one round trip per key for the chunk instead of
/// one per row and key.
#[derive(Default)]
struct Chunk {
    rows: std::collections::VecDeque<Prepared>,
    /// The lookups of the rows, made in the current transaction.
    found: Option<store::matching::Prefetched>,
}

/// Rows looked up together.
const LOOKUP_CHUNK: usize = 256;

/// Looks up the keys of `first` and `rest` (the rows of a chunk not yet
/// imported) in one statement per key.
fn look_up(
    tx: &Tx,
    settings: &super::settings::Settings,
    first: &Prepared,
    rest: &std::collections::VecDeque<Prepared>,
) -> Result<store::matching::Prefetched> {
    let (mut ids, mut inns, mut codes) = (Vec::new(), Vec::new(), Vec::new());
    for (item, _, _, judged) in std::iter::once(first).chain(rest) {
        let Ok(Item::Record(rec)) = item else {
            continue;
        };
        ids.extend(rec.get("onec.id"));
        codes.extend(rec.get("onec.code"));
        let inn = match judged {
            Some(Judged { inn: Ok(inn), .. }) => inn.clone(),
            Some(_) => None,
            None => repaired_inn(rec, settings, &mut Vec::new()).ok().flatten(),
        };
        inns.extend(inn);
    }
    let inns: Vec<&str> = inns.iter().map(String::as_str).collect();
    store::matching::Prefetched::fetch(tx, &ids, &inns, &codes)
}

/// Tells the chunk's lookups that a card with these key values is written.
fn touched(found: &mut Option<&mut store::matching::Prefetched>, card: &Card) {
    if let Some(found) = found {
        found.touched(
            card.onec.id.as_deref(),
            card.inn.as_deref(),
            card.onec.code.as_deref(),
        );
    }
}

/// One item of the file, inside the current batch.
fn import_item(
    tx: &Tx,
    gate: &mut Gate,
    (item, fresh, dropped, judged): Prepared,
    label: &str,
    opts: &ImportOptions,
    run: &mut Progress,
    sink: &mut dyn Sink,
) -> Result<()> {
    let item = item.map_err(|e| {
        Error::invalid(
            "file",
            t!(
                "import-file-broken",
                label = label,
                reason = e.to_string(),
                n = run.committed
            ),
        )
    })?;
    run.items += 1;
    let summary = &mut run.summary;
    let rec = match item {
        Item::Skipped { .. } => {
            summary.skipped += 1;
            return Ok(());
        }
        Item::Record(r) => r,
    };
    summary.rows += 1;
    if summary.rows.is_multiple_of(1000) {
        sink.progress(summary.rows);
    }
    for mut d in dropped {
        d.source = run.sources.source_of(d.field).map(|s| s.to_string());
        let d = &d;
        summary.warnings += 1;
        sink.warn(rec.line, &dropped_note(d));
        sink.dropped(rec.line, &rec.key(), d, &rec.raw)?;
    }
    if run.items <= run.resume_from {
        // Committed by the interrupted run: only remembered as seen, for
        // --archive-missing. A row that matches nothing was rejected
        // then, and is checked again so the rejects file is whole.
        let mut quiet = Vec::new();
        if let Ok(inn) = repaired_inn(&rec, gate.settings(), &mut quiet) {
            let pre = run.chunk.found.as_ref();
            if let Ok((Some(card), _)) = find_match(tx, &rec, inn.as_deref(), pre) {
                seen(tx, opts, card.id)?;
                summary.resumed += 1;
                return Ok(());
            }
        }
    }
    let mut warnings = Vec::new();
    let result = import_row(
        tx,
        gate,
        (&rec, fresh, judged),
        (opts, &run.judged_by),
        (&run.base, &mut run.logins),
        &mut warnings,
        (&mut run.pending, run.chunk.found.as_mut()),
    );
    for w in &warnings {
        sink.warn(rec.line, w);
    }
    summary.warnings += warnings.len() as u64;
    if let Ok(outcome) = &result {
        let created = matches!(outcome, Outcome::Created);
        run.demand.saw(created, &run.fresh_wanted);
    }
    let summary = &mut run.summary;
    match result {
        Ok(Outcome::Created) => summary.created += 1,
        Ok(Outcome::Updated) => summary.updated += 1,
        Ok(Outcome::Unchanged) => summary.unchanged += 1,
        Ok(Outcome::Archived) => summary.archived += 1,
        Ok(Outcome::Skipped) => summary.skipped += 1,
        Err(e) if e.kind == ErrorKind::Internal || e.kind == ErrorKind::Busy => return Err(e),
        Err(e) => {
            summary.rejected += 1;
            sink.reject(&Rejected {
                line: rec.line,
                key: rec.key(),
                field: e.subject.clone(),
                reason: file_reason(&e, &run.sources),
                raw: &rec.raw,
            })?;
        }
    }
    if run.pending.len() >= HASH_BATCH {
        flush_passwords(tx, &mut run.pending, opts.delivery, sink)?;
    }
    Ok(())
}

/// The warning for a contact left out of a row.
pub fn dropped_note(d: &Dropped) -> String {
    let source = d
        .source
        .as_ref()
        .map(|s| format!(" ({s})"))
        .unwrap_or_default();
    t!(
        "import-dropped",
        field = d.field,
        source = source,
        reason = d.reason.as_str()
    )
    .into_string()
}

/// A reject reason that speaks of the file: a problem with one field names
/// where the file keeps it («ИНН (column «ИНН»): …»); messages that already
/// name where the file keeps the field (the rules asked the file, as for
/// missing required fields) stay as they are.
fn file_reason(e: &Error, sources: &Sources) -> String {
    let field = e.subject.as_str();
    let Some(def) = fields::lookup(field) else {
        return e.message.clone();
    };
    match sources.source_of(field) {
        Some(src) if !e.message.contains(&src.to_string()) => t!(
            "import-reason-in-file",
            label = def.label,
            source = src.to_string(),
            reason = e.message.as_str()
        )
        .into_string(),
        _ => e.message.clone(),
    }
}

/// The end of the file: the last passwords, --archive-missing, the search
/// index.
fn finish(
    tx: &Tx,
    gate: &mut Gate,
    label: &str,
    opts: &ImportOptions,
    run: &mut Progress,
    sink: &mut dyn Sink,
) -> Result<()> {
    flush_passwords(tx, &mut run.pending, opts.delivery, sink)?;
    run.logins.save(tx)?;
    let summary = &mut run.summary;
    if opts.archive_missing {
        if summary.rejected > 0 {
            summary.warnings += 1;
            sink.warn(0, t!("import-archive-missing-skipped").as_str());
        } else {
            for id in store::matching::unseen_onec_cards(tx)? {
                let old = load(tx, id)?;
                let mut card = old.clone();
                card.archived = true;
                card.updated_at = run.base.at.to_string();
                let checked = gate.check(tx, &mut run.logins, Candidate::changed(&old, card))?;
                update(tx, &checked, None)?;
                run.base.record(
                    tx,
                    Some(id),
                    "import.archive",
                    Some("archived"),
                    Some("false"),
                    Some(label),
                )?;
                summary.archived += 1;
            }
        }
    }
    sink.progress(summary.rows);
    Ok(())
}

/// A matched card, as far as the import reads and writes it (no
/// employees or contracts).
fn load(tx: &Tx, id: i64) -> Result<Card> {
    store::subscribers::load_for_write(tx, id)?
        .ok_or_else(|| Error::internal("import", t!("import-card-vanished", id = id)))
}

/// Hashes the batch's passwords on every core, stores the hashes and hands
/// the plaintexts to the sink (the credentials file), once.
fn flush_passwords(
    tx: &Tx,
    pending: &mut Vec<Pending>,
    delivery: Option<crate::deliver::Via>,
    sink: &mut dyn Sink,
) -> Result<()> {
    if pending.is_empty() {
        return Ok(());
    }
    let hashed: Vec<Result<String>> = pending
        .par_iter()
        .map(|p| password::hash(&p.password))
        .collect();
    let at = now();
    for (
        Pending {
            id,
            line,
            password: pw,
        },
        hash,
    ) in pending.drain(..).zip(hashed)
    {
        store::subscribers::set_password_hash(tx, id, Some(&hash?), &at)?;
        if let Some(via) = delivery {
            store::subscribers::set_credentials_pending(tx, id, Some(via.as_str()))?;
        }
        let card = load(tx, id)?;
        sink.credential(line, &card, &pw)?;
    }
    Ok(())
}

fn import_row(
    tx: &Tx,
    gate: &mut Gate,
    (rec, fresh, judged): (&Record, Option<Result<Fresh>>, Option<Judged>),
    (opts, judged_by): (&ImportOptions, &fingerprint::Context),
    (base, logins): (&Stamp, &mut store::counters::Draws),
    warnings: &mut Vec<String>,
    (pending, mut chunk): (&mut Vec<Pending>, Option<&mut store::matching::Prefetched>),
) -> Result<Outcome> {
    let settings = gate.settings();
    let ask = gate.ask();
    // Made by the read-ahead, from the same row and rules.
    let (inn, fp) = match judged {
        Some(Judged { inn, said, fp }) => {
            warnings.extend(said);
            (inn?, fp)
        }
        None => (repaired_inn(rec, settings, warnings)?, None),
    };
    let (existing, probed) = find_match(tx, rec, inn.as_deref(), chunk.as_deref())?;
    let fp = fp.unwrap_or_else(|| judged_by.of(rec, inn.as_deref()));
    // The INN's repair is said on every run; any other warning is the
    // comparison's own, and a row that has one is compared every time, so
    // the summary counts it each night.
    let said = warnings.len();
    // Everything that can refuse a row — the card's rules, then the gate's
    // checks against the database — runs before its first write, so a
    // rejected row leaves nothing behind without a savepoint per row
    // (which would copy every touched page and flush the search index each
    // time). A failure after that point is unexpected and aborts the
    // whole import.
    if let Some(found) = existing {
        let id = found.id;
        if found.import_fp == Some(fp) {
            // The row the card was last imported from, under the same
            // rules, and nothing else has written the card since.
            seen(tx, opts, id)?;
            return Ok(Outcome::Unchanged);
        }
        let old = load(tx, id)?;
        if let Some(on) = &old.forgotten_on {
            // A tombstone: the file never writes erased data back.
            seen(tx, opts, id)?;
            warnings.push(t!("import-row-forgotten", id = id, on = on.as_str()).into_string());
            return Ok(Outcome::Skipped);
        }
        if let Some(into) = old.merged_into {
            // Merged by an admin: the row's counterparty is now the card
            // it was merged into, which the row never overwrites (two 1C
            // counterparties would take turns on one card).
            let keep = store::merge::followed(tx, into)?;
            seen(tx, opts, keep)?;
            warnings.push(t!("import-row-merged", id = id, keep = keep).into_string());
            return Ok(Outcome::Skipped);
        }
        let mut card = old.clone();
        apply(&mut card, rec, inn.as_deref(), settings, warnings)?;
        if rec.deleted {
            card.archived = true;
        }
        warnings.extend(rules::check_card_for(&mut card, settings, ask)?);
        let keep = (warnings.len() == said).then_some(&fp);
        let diff = fields::diff(&old, &card);
        let archived_now = card.archived && !old.archived;
        if diff.is_empty() && !archived_now {
            seen(tx, opts, id)?;
            if let Some(fp) = keep {
                touched(&mut chunk, &old);
                store::matching::set_import_fp(tx, id, fp)?;
            }
            return Ok(Outcome::Unchanged);
        }
        card.updated_at = base.at.to_string();
        let checked = gate.check(tx, logins, Candidate::changed(&old, card))?;
        touched(&mut chunk, &old);
        touched(&mut chunk, checked.card());
        seen(tx, opts, id).map_err(after_checks)?;
        update(tx, &checked, keep).map_err(after_checks)?;
        let action = if archived_now {
            "import.archive"
        } else {
            "import.update"
        };
        let changed: Vec<&str> = diff.iter().map(|(f, _, _)| f.as_ref()).collect();
        let field = (!changed.is_empty()).then(|| changed.join(","));
        base.record(tx, Some(id), action, field.as_deref(), None, base.note)
            .map_err(after_checks)?;
        return Ok(if archived_now {
            Outcome::Archived
        } else {
            Outcome::Updated
        });
    }
    if rec.deleted {
        // Deleted in 1C and never imported: nothing to do.
        return Ok(Outcome::Unchanged);
    }
    let Fresh {
        card,
        template,
        warnings: w,
    } = match fresh {
        Some(f) => f?,
        None => fresh_card(rec, settings, opts, ask)?,
    };
    warnings.extend(w);
    let keep = (warnings.len() == said).then_some(&fp);
    let ruled_out = probed.rules_out_clash(&card);
    let mut candidate = Candidate::new(card, template, base.at);
    if ruled_out {
        candidate = candidate.with_clash_ruled_out();
    }
    let checked = gate.check(tx, logins, candidate)?;
    touched(&mut chunk, checked.card());
    let stamp = Stamp {
        action: "import.create",
        ..*base
    };
    let card = insert(tx, checked, None, keep, &stamp).map_err(after_checks)?;
    seen(tx, opts, card.id).map_err(after_checks)?;
    if opts.passwords {
        pending.push(Pending {
            id: card.id,
            line: rec.line,
            password: password::generate(settings).map_err(after_checks)?,
        });
    }
    Ok(Outcome::Created)
}

/// Remembers a card the file holds, for --archive-missing (only then).
fn seen(tx: &Tx, opts: &ImportOptions, id: i64) -> Result<()> {
    if opts.archive_missing {
        store::matching::seen_add(tx, id)?;
    }
    Ok(())
}

/// A failure once a row's writes have begun: not the row's fault, and its
/// writes cannot be undone alone, so the whole import stops.
fn after_checks(e: Error) -> Error {
    if e.kind == ErrorKind::Internal || e.kind == ErrorKind::Busy {
        return e;
    }
    Error::internal("import", t!("import-write-failed", reason = e.to_string()))
}
