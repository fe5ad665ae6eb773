//! `db check`: what the registry holds and whether its tables agree, for
//! an admin after a crash or a restore, and for the tests.

use super::output::{object, Format};
use super::{Ctx, Outcome};
use crate::core::Registry;
use crate::i18n::{tr_keyed_in, Lang, Msg};
use crate::store::check::Report;
use crate::store::Location;
use crate::t;
use crate::t_in;
use clap::Subcommand;
use serde_json::{json, Value};

#[derive(Debug, Subcommand)]
pub enum DbCmd {
    /// Count cards, history, search rows, contacts, import runs and check that the tables agree (exit 3 naming what disagrees)
    #[command(
        long_about = "Counts what the registry holds (cards, active, archived, \
passwords, history entries, search rows, contacts, employees, contracts), shows the login \
and contract counters and each interrupted import with its recorded progress, and checks, in \
one read transaction, that the tables agree: SQLite's integrity and foreign-key checks, one \
search row per card and no search row without a card, exactly one creation entry in the \
history per card, no history entry of a card that does not exist, unique logins, active \
INN+KPP and contract numbers, and Argon2id password hashes. Writes nothing. Exit 0 when \
every rule holds; exit 3 with one line on stderr per disagreement, naming the rule and what \
disagrees."
    )]
    Check,
    /// Copy a whole registry into an empty database: SQLite to PostgreSQL or back
    #[command(
        long_about = "Copies a whole registry — cards with their ids and uids, \
history, settings, counters, groups, managers, contracts, extra fields, employees, import runs \
and the DaData cache — from FROM into TO, in one transaction on TO, read from one snapshot of \
FROM. FROM and TO are each an SQLite file or a PostgreSQL URL or key=value string, as --db \
takes them. TO must hold no registry (exit 5 otherwise); an empty PostgreSQL database gets the \
schema first, and its sequences are set past the copied ids. Then both sides are counted as \
`db check` counts them: exit 0 when the counts and counters agree and TO's tables agree, exit 3 \
naming what differs. This is how an installation moves to PostgreSQL, or back: \
`createdb abonent`, then `abonent db copy /var/lib/abonent/abonent.db \
postgres://abonent@db1/abonent`."
    )]
    Copy {
        /// The registry to copy: an SQLite file or a PostgreSQL URL
        from: String,
        /// The empty database to copy into
        to: String,
    },
    /// Let a PostgreSQL role read the portal's view of logins and nothing else
    #[command(
        long_about = "Grants the PostgreSQL role ROLE (which must exist: CREATE ROLE … LOGIN) \
SELECT on the view portal_accounts — uid, login, the Argon2id hash, archived, display name of \
every card with a login — and USAGE on its schema, and nothing else: no table of the registry, \
no write. The personal-account portal logs in as that role and verifies a password against the \
hash with any Argon2 library. PostgreSQL only (exit 3 on SQLite, where the portal reads the view from the file and \
the file's permissions decide who may); exit 4 when the role does not exist."
    )]
    GrantPortal {
        /// The PostgreSQL role the portal logs in as
        role: String,
    },
}

pub fn run(ctx: &Ctx, cmd: DbCmd) -> Outcome {
    match cmd {
        DbCmd::Check => check(ctx),
        DbCmd::Copy { from, to } => copy(ctx, &from, &to),
        DbCmd::GrantPortal { role } => {
            let mut reg = ctx.open()?;
            reg.grant_portal(&role)?;
            ctx.out.note(t!(
                "db-granted-portal",
                role = role.as_str(),
                db = reg.describe()
            ));
            Ok(0)
        }
    }
}

/// Opens one side of a copy. The source must exist: opening a missing
/// file would make an empty registry there.
fn open_side(ctx: &Ctx, what: &str, text: &str, must_exist: bool) -> crate::Result<Registry> {
    let location = Location::from_process(text).map_err(|e| crate::Error {
        subject: what.to_string(),
        ..e
    })?;
    if let (true, Location::Sqlite(path)) = (must_exist, &location) {
        if !path.is_file() {
            return Err(crate::Error::not_found(
                what,
                t!("db-copy-no-source", path = path.display().to_string()),
            ));
        }
    }
    let mut reg = Registry::open_at(&location, &ctx.global.actor())?;
    for w in reg.take_warnings() {
        ctx.out.warn(t!("cli-said", text = w.to_string()));
    }
    Ok(reg)
}

fn copy(ctx: &Ctx, from: &str, to: &str) -> Outcome {
    let source = open_side(ctx, "FROM", from, true)?;
    let mut target = open_side(ctx, "TO", to, false)?;
    let copied = source.copy_into(&mut target)?;
    let (a, b) = (source.check()?, target.check()?);
    let same = a.counts == b.counts && a.counters == b.counters;
    let agrees = b.rules.iter().all(|r| r.holds());
    let side = |reg: &Registry, r: &Report| {
        let v = to_json(r);
        json!({"db": reg.describe(), "counts": v["counts"], "counters": v["counters"]})
    };
    let copied_json: serde_json::Map<String, Value> = copied
        .iter()
        .map(|(t, n)| ((*t).to_string(), (*n).into()))
        .collect();
    let v = object(vec![
        ("same", (same && agrees).into()),
        ("from", side(&source, &a)),
        ("to", side(&target, &b)),
        ("copied", Value::Object(copied_json)),
    ]);
    match ctx.out.format {
        Format::Json | Format::Jsonl => ctx.out.object(&v, &[])?,
        Format::Table | Format::Csv => {
            let lang = ctx.out.text_lang();
            let from_rows = rows(&a, lang);
            let to_rows = rows(&b, lang);
            let n = a.counts_len();
            let table: Vec<Value> = from_rows
                .iter()
                .zip(&to_rows)
                .take(n)
                .map(|(f, t)| json!({"item": f["item"], "from": f["value"], "to": t["value"]}))
                .collect();
            ctx.out
                .list(&table, &[("item", "item"), ("from", "from"), ("to", "to")])?
        }
    }
    if !same {
        eprintln!(
            "abonent: {}",
            t!(
                "db-copy-counts-differ",
                from = source.describe(),
                to = target.describe()
            )
        );
    }
    for rule in b.rules.iter().filter(|r| !r.holds()) {
        for line in &rule.disagreements {
            eprintln!("abonent: {}: {}", rule.name, super::output::visible(line));
        }
    }
    Ok(if same && agrees { 0 } else { 3 })
}

fn check(ctx: &Ctx) -> Outcome {
    let reg = ctx.open()?;
    let report = reg.check()?;
    let v = to_json(&report);
    match ctx.out.format {
        Format::Json | Format::Jsonl => ctx.out.object(&v, &[])?,
        Format::Table | Format::Csv => ctx.out.list(
            &rows(&report, ctx.out.text_lang()),
            &[("item", "item"), ("value", "value")],
        )?,
    }
    let mut consistent = true;
    for rule in &report.rules {
        for line in &rule.disagreements {
            consistent = false;
            eprintln!("abonent: {}: {}", rule.name, super::output::visible(line));
        }
    }
    Ok(if consistent { 0 } else { 3 })
}

/// The JSON form: `consistent`, `counts`, `counters`, `import_runs` and
/// `checks` (each `{check, result: ok|differs, disagreements}`).
fn to_json(r: &Report) -> Value {
    let c = &r.counts;
    let counters: serde_json::Map<String, Value> = r
        .counters
        .iter()
        .map(|(name, value)| (name.clone(), (*value).into()))
        .collect();
    let runs: Vec<Value> = r
        .import_runs
        .iter()
        .map(|run| {
            json!({
                "file": run.file,
                "started_at": run.started_at,
                "updated_at": run.updated_at,
                "rows_done": run.rows_done,
            })
        })
        .collect();
    let checks: Vec<Value> = r
        .rules
        .iter()
        .map(|rule| {
            json!({
                "check": rule.name,
                "result": if rule.holds() { "ok" } else { "differs" },
                "disagreements": rule.disagreements,
            })
        })
        .collect();
    object(vec![
        ("consistent", r.rules.iter().all(|r| r.holds()).into()),
        (
            "counts",
            json!({
                "cards": c.cards,
                "active": c.active,
                "archived": c.archived,
                "passwords": c.passwords,
                "history": c.history,
                "search_rows": c.search_rows,
                "contacts": c.contacts,
                "employees": c.employees,
                "contracts": c.contracts,
            }),
        ),
        ("counters", Value::Object(counters)),
        ("import_runs", runs.into()),
        ("checks", checks.into()),
    ])
}

/// The table and CSV form: one (item, value) row per count, counter,
/// interrupted import and rule, in the admin's language (the counter's
/// and the rule's names stay as the JSON has them).
fn rows(r: &Report, lang: Lang) -> Vec<Value> {
    let row = |item: Msg, value: Value| json!({"item": item.into_string(), "value": value});
    let c = &r.counts;
    let mut out: Vec<Value> = [
        ("cards", c.cards),
        ("active", c.active),
        ("archived", c.archived),
        ("passwords", c.passwords),
        ("history", c.history),
        ("search_rows", c.search_rows),
        ("contacts", c.contacts),
        ("employees", c.employees),
        ("contracts", c.contracts),
    ]
    .into_iter()
    .map(|(k, n)| row(tr_keyed_in(lang, "db-count-", k, &[]), n.into()))
    .collect();
    for (name, value) in &r.counters {
        out.push(row(
            t_in!(lang, "db-item-counter", name = name.as_str()),
            (*value).into(),
        ));
    }
    for run in &r.import_runs {
        let progress = t_in!(
            lang,
            "db-import-run-progress",
            rows = run.rows_done,
            started = run.started_at.as_str(),
            updated = run.updated_at.as_str()
        );
        out.push(row(
            t_in!(lang, "db-item-import-run", file = run.file.as_str()),
            progress.into_string().into(),
        ));
    }
    for rule in &r.rules {
        let value = if rule.holds() {
            t_in!(lang, "db-check-ok")
        } else {
            t_in!(
                lang,
                "db-check-differs",
                disagreements = rule.disagreements.join("; ")
            )
        };
        out.push(row(
            t_in!(lang, "db-item-check", name = rule.name),
            value.into_string().into(),
        ));
    }
    out
}
