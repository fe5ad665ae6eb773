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
    let terms = Terms::of(tx, q);
    let many = !terms.long.is_empty() && terms.match_count(tx, MANY_MATCHES)? > MANY_MATCHES;
    let by_name = q.sort == Sort::Name && q.limit > 0;
    // Words under 3 letters cannot use the trigram index, and on
    // PostgreSQL a word with many matches is answered by fetching and
    // sorting every one (36,000 «иванов» in a million cards: 340 ms). Walk
    // the first cards in name order first: a common word fills the page
    // there (every card up to the window's last name is examined, so the
    // page is exact); a rare one falls back to the whole query.
    let short_only = terms.long.is_empty() && !terms.short.is_empty();
    if by_name && (short_only || (many && terms.pg)) {
        let ids = query_ids(tx, q, &terms, Plan::Window(SEARCH_WINDOW))?;
        if ids.len() as u64 == q.limit {
            return Ok(ids);
        }
    }
    let plan = if many && !terms.pg {
        Plan::Walk
    } else {
        Plan::Join
    };
    query_ids(tx, q, &terms, plan)
}

/// How a search is answered.
#[derive(Clone, Copy)]
enum Plan {
    /// The first cards of this many in name order, each checked.
    Window(i64),
    /// The cards in the requested order, each checked until the limit
    /// (SQLite: many index matches).
    Walk,
    /// The index's matches, then ordered.
    Join,
}

/// Cards examined in name order before a search that could not use the
/// index, or found many cards, runs whole.
const SEARCH_WINDOW: i64 = 20_000;

/// The search clauses of one backend, with the same plans on both: on
/// SQLite the long words are one FTS5 MATCH and the short ones `instr`; on
/// PostgreSQL every word is a LIKE pattern, the long ones answered by the
/// pg_trgm index.
struct Terms {
    pg: bool,
    /// SQLite: one MATCH expression; PostgreSQL: a pattern per word.
    long: Vec<String>,
    short: Vec<String>,
}

impl Terms {
    fn of(tx: &Tx, q: &ListQuery) -> Terms {
        use super::search::{like_pattern, match_expr};
        if tx.backend() == Backend::Postgres {
            Terms {
                pg: true,
                long: q.search.long.iter().map(|w| like_pattern(w)).collect(),
                short: q.search.short.iter().map(|w| like_pattern(w)).collect(),
            }
        } else {
            Terms {
                pg: false,
                long: match_expr(&q.search).into_iter().collect(),
                short: q.search.short.clone(),
            }
        }
    }

    /// The clause of a term: a long one (`long`) or a short word, on the
    /// search row joined as `f` (`joined`) or checked on the card `s`'s
    /// own row. On PostgreSQL every term is the same LIKE.
    fn clause(&self, long: bool, joined: bool, p: &str) -> String {
        let body = if joined {
            "f.body"
        } else {
            "(SELECT body FROM subscriber_search WHERE rowid = s.id)"
        };
        match (self.pg, long, joined) {
            (true, _, _) => format!("{body} LIKE {p}"),
            (false, true, true) => format!("f.body MATCH {p}"),
            (false, true, false) => format!(
                "s.id IN (SELECT rowid FROM subscriber_search WHERE subscriber_search MATCH {p})"
            ),
            (false, false, _) => format!("instr({body}, {p}) > 0"),
        }
    }

    /// Every term with whether it is long: the long ones first.
    fn all(&self) -> impl Iterator<Item = (bool, &String)> {
        let long = self.long.iter().map(|t| (true, t));
        long.chain(self.short.iter().map(|t| (false, t)))
    }

    /// Walks the cards in name order: SQLite is told the index; PostgreSQL
    /// picks it for the ORDER BY and LIMIT itself.
    fn by_name(&self) -> &'static str {
        if self.pg {
            ""
        } else {
            " INDEXED BY subscribers_display_name"
        }
    }

    /// How many cards the long terms find, counting at most `cap + 1`.
    fn match_count(&self, tx: &Tx, cap: i64) -> Result<i64> {
        let mut params: Vec<&dyn Param> = Vec::new();
        let mut wheres = Vec::new();
        for (i, t) in self.long.iter().enumerate() {
            params.push(t);
            let p = format!("?{}", i + 1);
            wheres.push(if self.pg {
                format!("body LIKE {p}")
            } else {
                format!("subscriber_search MATCH {p}")
            });
        }
        let limit = cap + 1;
        params.push(&limit);
        let sql = format!(
            "SELECT count(*) AS value FROM (SELECT 1 FROM subscriber_search WHERE {} LIMIT ?{}) AS m",
            wheres.join(" AND "),
            params.len()
        );
        Ok(tx.value(&sql, &params)?.unwrap_or(0))
    }
}

fn query_ids(tx: &Tx, q: &ListQuery, terms: &Terms, plan: Plan) -> Result<Vec<i64>> {
    let mut sql = String::from("SELECT s.id AS id FROM subscribers s");
    let mut wheres: Vec<String> = Vec::new();
    let mut args: Vec<Box<dyn Param>> = Vec::new();
    let arg = |v: Box<dyn Param>, args: &mut Vec<Box<dyn Param>>| {
        args.push(v);
        format!("?{}", args.len())
    };
    let searched = !terms.long.is_empty() || !terms.short.is_empty();
    match plan {
        _ if !searched => {}
        Plan::Window(_) | Plan::Walk => {
            // The cards in order, each checked, until the limit: short
            // words and, for many matches, long ones too (36,000 «иванов»
            // in a million cards: 70 ms -> 20 ms on SQLite).
            if q.sort == Sort::Name {
                sql.push_str(terms.by_name());
            }
            if let Plan::Window(window) = plan {
                let p = arg(Box::new(window), &mut args);
                // The last of the first names: a bound the index ranges
                // over (PostgreSQL does not for a coalesce()).
                wheres.push(format!(
                    "s.display_name <= (SELECT max(display_name) FROM (SELECT display_name \
                     FROM subscribers{} ORDER BY display_name LIMIT {p}) AS w)",
                    terms.by_name()
                ));
            }
        }
        Plan::Join => {
            // The index's matches (with short words only, every card's
            // folded text), then ordered.
            sql.push_str(" JOIN subscriber_search f ON f.rowid = s.id");
        }
    }
    let joined = matches!(plan, Plan::Join);
    for (long, t) in terms.all() {
        let p = arg(Box::new(t.clone()), &mut args);
        wheres.push(terms.clause(long, joined, &p));
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
