//! The search index: SQLite's FTS5 with the trigram tokenizer over each
//! card's folded search text (`model::search_body`). The core never names
//! it: card writes index their card here, and `store::listing` asks
//! [`match_expr`] for the MATCH syntax of the folded words.
//!
//! A batch of many card writes (the 1C import, see
//! [`super::Store::write_batch_or_roll_back`]) stages the texts in a
//! temporary table and writes the index once before each commit: FTS5
//! flushes its pending index data at every savepoint release, and writing
//! it per card cost the import a fifth of its time.

use super::Tx;
use crate::error::Result;
use crate::model::search::Words;

/// Indexes card `id`'s search text (`fresh`: the card is new, so it has
/// no row to replace).
pub(super) fn index(tx: &Tx, id: i64, body: &str, fresh: bool) -> Result<()> {
    // An update that leaves the text as indexed leaves the index alone
    // (and drops a text this batch staged for the card before).
    let staged = staged(tx);
    let same = !fresh
        && tx.rows_are(
            "SELECT body FROM subscriber_search WHERE rowid = ?1",
            &[&id],
            &[vec![super::Value::Text(body)]],
        )?;
    if same {
        if staged {
            tx.execute_later("DELETE FROM import_search WHERE id = ?1", &[&id])?;
        }
        return Ok(());
    }
    if staged {
        tx.execute_later(
            "INSERT INTO import_search (id, body) VALUES (?1, ?2)
             ON CONFLICT (id) DO UPDATE SET body = excluded.body",
            &[&id, &body],
        )?;
        return Ok(());
    }
    if !fresh {
        tx.execute_later("DELETE FROM subscriber_search WHERE rowid = ?1", &[&id])?;
    }
    tx.execute_later(
        "INSERT INTO subscriber_search (rowid, body) VALUES (?1, ?2)",
        &[&id, &body],
    )?;
    Ok(())
}

/// Replaces card `id`'s search text so that the old one is gone from the
/// index itself, not only hidden: on SQLite with FTS5's `secure-delete`
/// for this deletion (its tokens leave the index's pages at once); on
/// PostgreSQL the row is rewritten, and the vacuum after the commit
/// ([`super::Store::write_erasing`]) drops the old version.
pub(super) fn erase(tx: &Tx, id: i64, body: &str) -> Result<()> {
    let sqlite = tx.backend() == super::Backend::Sqlite;
    if sqlite {
        tx.execute(
            "INSERT INTO subscriber_search (subscriber_search, rank) VALUES ('secure-delete', 1)",
            &[],
        )?;
    }
    tx.execute("DELETE FROM subscriber_search WHERE rowid = ?1", &[&id])?;
    tx.execute(
        "INSERT INTO subscriber_search (rowid, body) VALUES (?1, ?2)",
        &[&id, &body],
    )?;
    if sqlite {
        tx.execute(
            "INSERT INTO subscriber_search (subscriber_search, rank) VALUES ('secure-delete', 0)",
            &[],
        )?;
    }
    Ok(())
}

/// Whether `tx` stages its texts: a batch on SQLite. PostgreSQL's GIN
/// index keeps its own list of pending entries.
fn staged(tx: &Tx) -> bool {
    tx.is_batch() && tx.backend() == super::Backend::Sqlite
}

/// The start of a batch: an empty stage.
pub(super) fn begin_batch(tx: &Tx) -> Result<()> {
    if !staged(tx) {
        return Ok(());
    }
    tx.execute_batch(
        "CREATE TEMP TABLE IF NOT EXISTS import_search (id INTEGER PRIMARY KEY, body TEXT NOT NULL);
         DELETE FROM import_search;",
    )?;
    Ok(())
}

/// Writes the staged texts into the index and empties the stage: before a
/// batch commits.
pub(super) fn flush_batch(tx: &Tx) -> Result<()> {
    if !staged(tx) {
        return Ok(());
    }
    tx.execute_batch(
        "DELETE FROM subscriber_search WHERE rowid IN (SELECT id FROM import_search);
         INSERT INTO subscriber_search (rowid, body) SELECT id, body FROM import_search ORDER BY id;
         DELETE FROM import_search;",
    )?;
    Ok(())
}

/// The FTS5 MATCH expression for the words of 3+ characters: each a quoted
/// string (matched literally; quotes double inside), all of them required.
pub(super) fn match_expr(words: &Words) -> Option<String> {
    let quoted: Vec<String> = words
        .long
        .iter()
        .map(|w| format!("\"{}\"", w.replace('"', "\"\"")))
        .collect();
    (!quoted.is_empty()).then(|| quoted.join(" AND "))
}

/// PostgreSQL: the LIKE pattern of a word (`%` and `_` in it matched
/// literally).
pub(super) fn like_pattern(w: &str) -> String {
    let mut p = String::with_capacity(w.len() + 2);
    p.push('%');
    for c in w.chars() {
        if matches!(c, '%' | '_' | '\\') {
            p.push('\\');
        }
        p.push(c);
    }
    p.push('%');
    p
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn match_expressions_quote_every_word() {
        let w = crate::model::search::words("Пётр \"x\"y ив");
        assert_eq!(
            match_expr(&w).as_deref(),
            Some("\"петр\" AND \"\"\"x\"\"y\"")
        );
        assert_eq!(match_expr(&crate::model::search::words("ив")), None);
    }

    #[test]
    fn like_patterns_match_every_word_literally() {
        let w = crate::model::search::words("Пётр 50%_x ив a\\b");
        let patterns: Vec<String> = w
            .long
            .iter()
            .chain(&w.short)
            .map(|w| like_pattern(w))
            .collect();
        assert_eq!(patterns, vec!["%петр%", "%50\\%\\_x%", "%a\\\\b%", "%ив%"]);
    }
}
