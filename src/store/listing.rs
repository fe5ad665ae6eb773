//! Listing cards: the filters of `subscriber list` and the search words
//! turned into one query. On SQLite the words of 3+ characters become an
//! FTS5 MATCH over the trigram index, and the plan depends on the data: a
//! word with many index matches walks the requested order and stops at
//! the limit; words under 3 letters walk the first names in order before
//! scanning. On PostgreSQL each word is a LIKE over the same folded text,
//! with a pg_trgm index.

use super::{Backend, Param, Tx};
use crate::error::Result;
use crate::model::search::Words;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    #[default]
    Name,
    Created,
    Login,
}

/// Filters of `subscriber list`.
#[derive(Debug, Clone, Default)]
pub struct ListQuery {
    pub kind: Option<String>,
    pub category: Option<String>,
    pub group: Option<String>,
    pub manager: Option<String>,
    pub inn: Option<String>,
    /// Extra field values (name, normalised value) the card must have.
    pub extra: Vec<(String, String)>,
    /// `None`: active and archived.
    pub archived: Option<bool>,
    /// Only cards whose new credentials have not reached the subscriber.
    pub credentials_pending: bool,
    /// Folded words the card's search text must hold.
    pub search: Words,
    pub sort: Sort,
    /// 0 = no limit.
    pub limit: u64,
    pub offset: u64,
}

/// Ids of the cards matching `q`, in the requested order.
pub fn list_ids(tx: &Tx, q: &ListQuery) -> Result<Vec<i64>> {
    let short_only = q.search.long.is_empty() && !q.search.short.is_empty();
    let sqlite = tx.backend() == Backend::Sqlite;
    if sqlite && short_only && q.sort == Sort::Name && q.limit > 0 {
        // Words under 3 letters cannot use the trigram index. Walk the first
        // cards in name order first: a common pair of letters fills the page
        // there (every card up to the window's last name is examined, so
        // the page is exact); a rare one falls back to the full scan.
        let ids = query_ids(tx, q, Some(SHORT_WINDOW))?;
        if ids.len() as u64 == q.limit {
            return Ok(ids);
        }
    }
    query_ids(tx, q, None)
}

/// Cards examined in name order before a short-word search scans them all.
const SHORT_WINDOW: i64 = 20_000;

fn query_ids(tx: &Tx, q: &ListQuery, window: Option<i64>) -> Result<Vec<i64>> {
    let mut sql = String::from("SELECT s.id AS id FROM subscribers s");
    let mut wheres: Vec<String> = Vec::new();
    let mut args: Vec<Box<dyn Param>> = Vec::new();
    let arg = |v: Box<dyn Param>, args: &mut Vec<Box<dyn Param>>| {
        args.push(v);
        format!("?{}", args.len())
    };
    if tx.backend() == Backend::Postgres {
        // Every word is a LIKE pattern over the folded text: the trigram
        // index answers the long ones, the short ones are checked on what
        // they leave; PostgreSQL plans the order and the limit itself.
        let patterns = super::search::like_patterns(&q.search);
        if !patterns.is_empty() {
            sql.push_str(" JOIN subscriber_search f ON f.rowid = s.id");
            for pat in patterns {
                let p = arg(Box::new(pat), &mut args);
                wheres.push(format!("f.body LIKE {p}"));
            }
        }
    } else if let Some(m) = super::search::match_expr(&q.search) {
        let p = arg(Box::new(m.clone()), &mut args);
        if match_count(tx, &m, MANY_MATCHES)? > MANY_MATCHES {
            // Many matches: walk the cards in the requested order and stop
            // at the limit, instead of fetching and sorting every match
            // (36,000 «иванов» in a million cards: 70 ms -> 20 ms). Short
            // words are checked only on the cards walked.
            if q.sort == Sort::Name {
                sql.push_str(" INDEXED BY subscribers_display_name");
            }
            wheres.push(format!(
                "s.id IN (SELECT rowid FROM subscriber_search WHERE subscriber_search MATCH {p})"
            ));
            for w in &q.search.short {
                let p = arg(Box::new(w.clone()), &mut args);
                wheres.push(format!(
                    "instr((SELECT body FROM subscriber_search WHERE rowid = s.id), {p}) > 0"
                ));
            }
        } else {
            sql.push_str(" JOIN subscriber_search f ON f.rowid = s.id");
            wheres.push(format!("f.body MATCH {p}"));
            for w in &q.search.short {
                let p = arg(Box::new(w.clone()), &mut args);
                wheres.push(format!("instr(f.body, {p}) > 0"));
            }
        }
    } else if let Some(window) = window {
        sql.push_str(" INDEXED BY subscribers_display_name");
        let p = arg(Box::new(window), &mut args);
        wheres.push(format!(
            "s.display_name <= coalesce((SELECT display_name FROM subscribers \
             INDEXED BY subscribers_display_name ORDER BY display_name LIMIT 1 OFFSET {p}), s.display_name)"
        ));
        for w in &q.search.short {
            let p = arg(Box::new(w.clone()), &mut args);
            wheres.push(format!(
                "instr((SELECT body FROM subscriber_search WHERE rowid = s.id), {p}) > 0"
            ));
        }
    } else if !q.search.short.is_empty() {
        // Words under 3 characters only: every card's folded text is scanned.
        sql.push_str(" JOIN subscriber_search f ON f.rowid = s.id");
        for w in &q.search.short {
            let p = arg(Box::new(w.clone()), &mut args);
            wheres.push(format!("instr(f.body, {p}) > 0"));
        }
    }
    if let Some(g) = &q.group {
        let p = arg(Box::new(g.clone()), &mut args);
        wheres.push(format!(
            "s.id IN (SELECT sg.subscriber_id FROM subscriber_groups sg JOIN groups g ON g.id = sg.group_id WHERE g.name = {p})"
        ));
    }
    if let Some(m) = &q.manager {
        let p = arg(Box::new(m.clone()), &mut args);
        wheres.push(format!(
            "s.manager_id = (SELECT id FROM managers WHERE name = {p})"
        ));
    }
    for (col, v) in [
        ("s.type", &q.kind),
        ("s.category", &q.category),
        ("s.inn", &q.inn),
    ] {
        if let Some(v) = v {
            let p = arg(Box::new(v.clone()), &mut args);
            wheres.push(format!("{col} = {p}"));
        }
    }
    for (name, value) in &q.extra {
        let n = arg(Box::new(name.clone()), &mut args);
        let v = arg(Box::new(value.clone()), &mut args);
        wheres.push(format!(
            "s.id IN (SELECT subscriber_id FROM extra_values WHERE name = {n} AND value = {v})"
        ));
    }
    if q.credentials_pending {
        wheres.push("s.credentials_pending IS NOT NULL".to_string());
    }
    if let Some(a) = q.archived {
        wheres.push(format!("s.archived = {}", i32::from(a)));
    }
    if !wheres.is_empty() {
        sql.push_str(" WHERE ");
        sql.push_str(&wheres.join(" AND "));
    }
    sql.push_str(match q.sort {
        Sort::Name => " ORDER BY s.display_name, s.id",
        Sort::Created => " ORDER BY s.id",
        Sort::Login => " ORDER BY s.login, s.id",
    });
    let limit = if q.limit == 0 {
        i64::MAX
    } else {
        q.limit as i64
    };
    let lp = arg(Box::new(limit), &mut args);
    let op = arg(Box::new(q.offset as i64), &mut args);
    sql.push_str(&format!(" LIMIT {lp} OFFSET {op}"));
    let params: Vec<&dyn Param> = args.iter().map(|b| b.as_ref()).collect();
    tx.query(&sql, &params, |r| r.get("id"))
}

/// Above this many index matches a search walks the sort order instead.
const MANY_MATCHES: i64 = 2000;

/// How many cards match an FTS expression, counting at most `cap + 1`.
fn match_count(tx: &Tx, expr: &str, cap: i64) -> Result<i64> {
    Ok(tx
        .value(
            "SELECT count(*) AS value FROM (SELECT 1 FROM subscriber_search WHERE subscriber_search MATCH ?1 LIMIT ?2)",
            &[&expr, &(cap + 1)],
        )?
        .unwrap_or(0))
}
