//! Reads ahead of the writer. While the import writes one chunk of rows, a
//! worker thread turns the next chunk into the cards its rows would create
//! — type, fields and every rule of a new card, the pure part of a row —
//! so on two cores the checks run beside the writes. A row that turns out
//! to match an existing card is checked again against that card; its
//! ready-made new card is dropped.

use super::row::{apply, detect_kind, repaired_inn};
use super::ImportOptions;
use crate::core::card_write::prepare_new;
use crate::core::model::Card;
use crate::core::settings::Settings;
use crate::core::template::Template;
use crate::error::Result;
use crate::onec::{Item, ReadError, ReadResult, Record};
use std::sync::mpsc::{channel, Receiver, Sender};

/// Rows handed to the worker at a time.
const CHUNK: usize = 256;

/// The card a row would create, ready for the login and the write.
pub(super) struct Fresh {
    pub card: Card,
    pub template: Option<Template>,
    pub warnings: Vec<String>,
}

/// An item of the file with, for a record, its card-to-be (or why the
/// record cannot become one).
pub(super) type Prepared = (ReadResult<Item>, Option<Result<Fresh>>);

/// The card a record creates when it matches none: every check that needs
/// no database. Warnings about the INN's repair are the caller's.
pub(super) fn fresh_card(rec: &Record, settings: &Settings, opts: &ImportOptions) -> Result<Fresh> {
    let inn = repaired_inn(rec, &mut Vec::new())?;
    let kind = detect_kind(rec, inn.as_deref(), opts.type_default)?;
    let mut card = Card::new(kind);
    let mut warnings = Vec::new();
    apply(&mut card, rec, inn.as_deref(), &mut warnings)?;
    card.has_password = opts.passwords;
    let (template, w) = prepare_new(settings, &mut card)?;
    warnings.extend(w);
    Ok(Fresh {
        card,
        template,
        warnings,
    })
}

/// The file's items in order, each with its card-to-be.
pub(super) struct Lookahead {
    items: Box<dyn Iterator<Item = ReadResult<Item>>>,
    to_worker: Sender<Vec<ReadResult<Item>>>,
    from_worker: Receiver<Vec<Prepared>>,
    ready: std::vec::IntoIter<Prepared>,
    in_flight: bool,
}

impl Lookahead {
    pub fn new(
        items: Box<dyn Iterator<Item = ReadResult<Item>>>,
        settings: Settings,
        opts: ImportOptions,
    ) -> Lookahead {
        let (to_worker, jobs) = channel::<Vec<ReadResult<Item>>>();
        let (done, from_worker) = channel();
        // Ends when the import drops its sender.
        std::thread::spawn(move || {
            for chunk in jobs {
                let prepared: Vec<Prepared> = chunk
                    .into_iter()
                    .map(|item| {
                        let fresh = match &item {
                            Ok(Item::Record(r)) if !r.deleted => {
                                Some(fresh_card(r, &settings, &opts))
                            }
                            _ => None,
                        };
                        (item, fresh)
                    })
                    .collect();
                if done.send(prepared).is_err() {
                    break;
                }
            }
        });
        Lookahead {
            items,
            to_worker,
            from_worker,
            ready: Vec::new().into_iter(),
            in_flight: false,
        }
    }

    /// Reads the next chunk and hands it to the worker; false at the end.
    fn send_chunk(&mut self) -> bool {
        let chunk: Vec<_> = self.items.by_ref().take(CHUNK).collect();
        !chunk.is_empty() && self.to_worker.send(chunk).is_ok()
    }
}

impl Iterator for Lookahead {
    type Item = Prepared;

    fn next(&mut self) -> Option<Prepared> {
        loop {
            if let Some(p) = self.ready.next() {
                return Some(p);
            }
            if !self.in_flight {
                self.in_flight = self.send_chunk();
                if !self.in_flight {
                    return None;
                }
            }
            match self.from_worker.recv() {
                Ok(chunk) => {
                    self.in_flight = self.send_chunk();
                    self.ready = chunk.into_iter();
                }
                Err(_) => {
                    self.in_flight = false;
                    let stopped = ReadError {
                        line: 0,
                        message: "the thread checking rows ahead stopped unexpectedly".into(),
                    };
                    return Some((Err(stopped), None));
                }
            }
        }
    }
}
