//! Reads ahead of the writer. While the import writes one chunk of rows, a
//! worker thread reads the next chunks and turns them into the cards their
//! rows would create — type, fields and every rule of a new card, the pure
//! part of a row — so on two cores reading and checks run beside the
//! writes. A row that turns out to match an existing card is checked again
//! against that card; its ready-made new card is dropped.

use super::fingerprint;
use super::kind::detect_kind;
use super::row::{apply, repaired_inn, screen_contacts, Dropped};
use super::ImportOptions;
use crate::core::card_write::prepare_new;
use crate::core::rules::Ask;
use crate::core::settings::Settings;
use crate::core::template::Template;
use crate::error::Result;
use crate::model::Card;
use crate::onec::{Item, ReadError, ReadResult, Record, Sources};
use crate::store::subscribers::ImportFp;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{sync_channel, Receiver};
use std::sync::Arc;
use std::thread::JoinHandle;

/// Rows handed to the worker at a time.
const CHUNK: usize = 256;

/// The card a row would create, ready for the login and the write.
pub(super) struct Fresh {
    pub card: Card,
    pub template: Option<Template>,
    pub warnings: Vec<String>,
}

/// An item of the file with, for a record, its card-to-be (or why the
/// record cannot become one) and the contacts left out of it.
/// With the row's repaired INN and fingerprint, made here too (on a
/// nightly re-import they were most of the writer's own work on a row).
pub(super) type Prepared = (
    ReadResult<Item>,
    Option<Result<Fresh>>,
    Vec<Dropped>,
    Option<Judged>,
);

/// A record's INN as repaired, what the repair said, and the record's
/// fingerprint (`None` when the INN is refused).
pub(super) struct Judged {
    pub inn: Result<Option<String>>,
    pub said: Vec<String>,
    pub fp: Option<ImportFp>,
}

/// The card a record creates when it matches none: every check that needs
/// no database. Warnings about the INN's repair are the caller's.
pub(super) fn fresh_card(
    rec: &Record,
    settings: &Settings,
    opts: &ImportOptions,
    ask: Ask,
) -> Result<Fresh> {
    let inn = repaired_inn(rec, settings, &mut Vec::new())?;
    // A non-resident with nothing saying what it is: most are companies.
    let foreign = super::row::foreign_country(rec, settings).is_some();
    let default = opts
        .type_default
        .or(foreign.then_some(crate::model::Kind::Legal));
    let kind = detect_kind(rec, inn.as_deref(), default, ask)?;
    let mut card = Card::new(kind);
    let mut warnings = Vec::new();
    apply(&mut card, rec, inn.as_deref(), settings, &mut warnings)?;
    card.has_password = opts.passwords;
    let (template, w) = prepare_new(settings, &mut card, ask)?;
    warnings.extend(w);
    Ok(Fresh {
        card,
        template,
        warnings,
    })
}

/// Chunks read and checked ahead of the writer, at most.
const AHEAD: usize = 4;

/// The file's items in order, each with its card-to-be. A worker thread
/// reads the file and checks its rows; the writer only takes them.
pub(super) struct Lookahead {
    from_worker: Option<Receiver<Vec<Prepared>>>,
    worker: Option<JoinHandle<()>>,
    ready: std::vec::IntoIter<Prepared>,
    /// Whether the worker makes the rows' new cards: yes while rows mostly
    /// create cards (a first import); no while they mostly match existing
    /// ones (a nightly re-import), when the cards would be thrown away and
    /// the worker would be the slower side. A row that then creates a card
    /// gets it made by the writer.
    fresh_wanted: Arc<AtomicBool>,
}

impl Lookahead {
    pub fn new(
        mut items: Box<dyn Iterator<Item = ReadResult<Item>> + Send>,
        settings: Settings,
        opts: ImportOptions,
        sources: Sources,
        judged_by: fingerprint::Context,
    ) -> Lookahead {
        let fresh_wanted = Arc::new(AtomicBool::new(true));
        let wanted = fresh_wanted.clone();
        // Bounded, so memory stays flat however far the writer lags.
        let (done, from_worker) = sync_channel::<Vec<Prepared>>(AHEAD);
        // Ends at the end of the file, or when the import drops its
        // receiver (it stopped early).
        let worker = std::thread::spawn(move || loop {
            let chunk: Vec<Prepared> = items
                .by_ref()
                .take(CHUNK)
                .map(|mut item| {
                    let dropped = match &mut item {
                        Ok(Item::Record(r)) => screen_contacts(r, &settings),
                        _ => Vec::new(),
                    };
                    let fresh = match &item {
                        Ok(Item::Record(r)) if !r.deleted && wanted.load(Ordering::Relaxed) => {
                            Some(fresh_card(r, &settings, &opts, Ask::File(&sources)))
                        }
                        _ => None,
                    };
                    let judged = match &item {
                        Ok(Item::Record(r)) => {
                            let mut said = Vec::new();
                            let inn = repaired_inn(r, &settings, &mut said);
                            let fp = inn.as_ref().ok().map(|i| judged_by.of(r, i.as_deref()));
                            Some(Judged { inn, said, fp })
                        }
                        _ => None,
                    };
                    (item, fresh, dropped, judged)
                })
                .collect();
            if chunk.is_empty() || done.send(chunk).is_err() {
                break;
            }
        });
        Lookahead {
            from_worker: Some(from_worker),
            worker: Some(worker),
            ready: Vec::new().into_iter(),
            fresh_wanted,
        }
    }

    /// The switch the writer turns to say whether new cards are wanted.
    pub fn fresh_wanted(&self) -> Arc<AtomicBool> {
        self.fresh_wanted.clone()
    }
}

/// Rows the writer counts before it turns [`Lookahead::fresh_wanted`].
const WINDOW: u32 = 256;

/// What the writer saw of the last rows: how many created a card.
#[derive(Default)]
pub(super) struct Demand {
    rows: u32,
    created: u32,
}

impl Demand {
    /// Counts a row; every [`WINDOW`] rows, asks the worker for new cards
    /// if more than a quarter of them created one.
    pub fn saw(&mut self, created: bool, wanted: &AtomicBool) {
        self.rows += 1;
        self.created += u32::from(created);
        if self.rows == WINDOW {
            wanted.store(self.created * 4 > WINDOW, Ordering::Relaxed);
            *self = Demand::default();
        }
    }
}

impl Iterator for Lookahead {
    type Item = Prepared;

    fn next(&mut self) -> Option<Prepared> {
        loop {
            if let Some(p) = self.ready.next() {
                return Some(p);
            }
            match self.from_worker.as_ref()?.recv() {
                Ok(chunk) => self.ready = chunk.into_iter(),
                Err(_) => {
                    // The worker is gone: the end of the file, or a panic.
                    self.from_worker = None;
                    let panicked = self.worker.take().is_some_and(|w| w.join().is_err());
                    if !panicked {
                        return None;
                    }
                    let stopped = ReadError {
                        line: 0,
                        message: crate::t!("import-lookahead-stopped").into_string(),
                    };
                    return Some((Err(stopped), None, Vec::new(), None));
                }
            }
        }
    }
}
