//! `db copy`: a whole registry from one database into another (SQLite to
//! PostgreSQL or back), every table with its ids, in one transaction on
//! the target, read from one snapshot of the source. The statements are
//! the same on both backends; the target's own step after the rows (its
//! sequences past the copied ids) is [`super::postgres::after_copy`].

use super::exec::Owned;
use super::{Backend, Param, Store, Tx};
use crate::error::{Error, Result};

/// A table, its columns (all of them: a test holds the list to the
/// schema) and the key its rows are read in order of. Parents come before
/// children, so the target's foreign keys hold at every row.
pub(super) struct Table {
    pub name: &'static str,
    columns: &'static [&'static str],
    /// The column rows are ordered (and read in pages) by; an integer.
    pub key: Option<&'static str>,
}

/// The subscribers' columns beside the card's own fields
/// ([`super::subscribers::FIELD_COLUMNS`], which the copy adds).
const SUBSCRIBER_COLUMNS: &[&str] = &[
    "id",
    "uid",
    "created_at",
    "password_hash",
    "credentials_pending",
    "status",
    "status_checked_on",
    "status_since",
    "merged_into",
    "forgotten_on",
];

/// Every table of the registry, in the order they are copied. The tables
/// whose rows SQLite lists in insertion order are read by `rowid` and
/// written in that order, so the target lists them the same way.
pub(super) const TABLES: &[Table] = &[
    Table {
        name: "settings",
        columns: &["key", "value"],
        key: None,
    },
    Table {
        name: "counters",
        columns: &["name", "value"],
        key: None,
    },
    Table {
        name: "managers",
        columns: &["id", "name", "email", "phone"],
        key: Some("id"),
    },
    Table {
        name: "groups",
        columns: &["id", "name", "description"],
        key: Some("id"),
    },
    Table {
        name: "subscribers",
        columns: SUBSCRIBER_COLUMNS,
        key: Some("id"),
    },
    Table {
        name: "addresses",
        columns: &["subscriber_id", "kind", "text"],
        key: Some("rowid"),
    },
    Table {
        name: "subscriber_groups",
        columns: &["subscriber_id", "group_id"],
        key: Some("rowid"),
    },
    Table {
        name: "contacts",
        columns: &[
            "id",
            "subscriber_id",
            "kind",
            "value",
            "confirmed",
            "position",
            "extension",
        ],
        key: Some("id"),
    },
    Table {
        name: "history",
        columns: &[
            "id",
            "at",
            "actor",
            "subscriber_id",
            "action",
            "field",
            "old_value",
            "new_value",
        ],
        key: Some("id"),
    },
    Table {
        name: "subscriber_search",
        columns: &["rowid", "body"],
        key: Some("rowid"),
    },
    Table {
        name: "dadata_cache",
        columns: &["kind", "query", "kpp", "branch", "answer", "fetched_at"],
        key: None,
    },
    Table {
        name: "extra_fields",
        columns: &[
            "name",
            "label",
            "type",
            "enum_values",
            "required",
            "personal",
            "kinds",
            "pattern",
            "created_at",
        ],
        key: None,
    },
    Table {
        name: "extra_values",
        columns: &["subscriber_id", "name", "value"],
        key: Some("rowid"),
    },
    Table {
        name: "employees",
        columns: &[
            "id",
            "subscriber_id",
            "last_name",
            "first_name",
            "middle_name",
            "position",
            "email",
            "phone",
            "created_at",
        ],
        key: Some("id"),
    },
    Table {
        name: "contracts",
        columns: &[
            "id",
            "number",
            "subscriber_id",
            "signed_on",
            "valid_to",
            "closed_on",
            "notified_valid_to",
            "created_at",
            "updated_at",
        ],
        key: Some("id"),
    },
    Table {
        name: "import_runs",
        columns: &["key", "file", "started_at", "rows_done", "updated_at"],
        key: None,
    },
    Table {
        name: "privacy_acts",
        columns: &["id", "at", "actor", "subscriber_id", "text"],
        key: Some("id"),
    },
    Table {
        name: "read_log",
        columns: &["id", "at", "actor", "command", "cards"],
        key: Some("id"),
    },
    Table {
        name: "read_log_cards",
        columns: &["rowid", "entry_id", "subscriber_id"],
        key: Some("rowid"),
    },
];

impl Table {
    /// Every column the copy reads and writes.
    pub(super) fn columns(&self) -> Vec<&'static str> {
        let mut all = self.columns.to_vec();
        if self.name == "subscribers" {
            all.extend(super::subscribers::FIELD_COLUMNS);
        }
        all
    }
}

/// Rows read per query from a keyed table.
const PAGE: i64 = 5000;
/// Parameters per multi-row INSERT (SQLite allows 32,766; PostgreSQL
/// 65,535).
const PARAMS_PER_INSERT: usize = 30_000;

/// Whether the database `tx` sees holds anything at all (a registry just
/// made by `init` holds nothing).
pub(super) fn is_empty(tx: &Tx) -> Result<Option<&'static str>> {
    for t in TABLES {
        if tx.exists(&format!("SELECT 1 FROM {} LIMIT 1", t.name), &[])? {
            return Ok(Some(t.name));
        }
    }
    Ok(None)
}

/// Copies every table from `from` into `to`, which must hold nothing;
/// returns the rows copied per table. Nothing is written when it fails.
pub fn copy(from: &Store, to: &mut Store) -> Result<Vec<(&'static str, u64)>> {
    from.read(|src| {
        to.write(|dst| {
            if let Some(table) = is_empty(dst)? {
                return Err(Error::conflict(
                    "TO",
                    crate::t!("store-copy-not-empty", table = table),
                ));
            }
            let mut copied = Vec::with_capacity(TABLES.len());
            for t in TABLES {
                copied.push((t.name, copy_table(src, dst, t)?));
            }
            if dst.backend() == Backend::Postgres {
                super::postgres::after_copy(dst)?;
            }
            Ok(copied)
        })
    })
}

fn copy_table(src: &Tx, dst: &Tx, t: &Table) -> Result<u64> {
    let names = t.columns();
    let columns = names.join(", ");
    let per_insert = (PARAMS_PER_INSERT / names.len()).max(1);
    let mut rows: Vec<Vec<Owned>> = Vec::new();
    let mut total = 0u64;
    let read = |rows: &mut Vec<Vec<Owned>>, r: &super::Row| -> Result<()> {
        rows.push(r.values()?.into_iter().map(Owned::from).collect());
        Ok(())
    };
    match t.key {
        Some(key) => {
            let sql = format!(
                "SELECT {columns} FROM {} WHERE {key} > ?1 ORDER BY {key} LIMIT ?2",
                t.name
            );
            let at = names.iter().position(|c| *c == key);
            let mut after = i64::MIN;
            loop {
                src.each(&sql, &[&after, &PAGE], |r| read(&mut rows, r))?;
                if rows.is_empty() {
                    break;
                }
                // The key is read back from the page's last row (rowid is
                // a column only where the table lists it).
                after = match at {
                    Some(i) => match rows.last().map(|r| &r[i]) {
                        Some(Owned::Int(k)) => *k,
                        _ => break,
                    },
                    None => after_key(src, t, key, after)?,
                };
                let n = rows.len();
                total += insert(dst, t.name, names.len(), &columns, per_insert, &mut rows)?;
                if (n as i64) < PAGE {
                    break;
                }
            }
        }
        None => {
            let sql = format!("SELECT {columns} FROM {} ORDER BY 1", t.name);
            src.each(&sql, &[], |r| read(&mut rows, r))?;
            total += insert(dst, t.name, names.len(), &columns, per_insert, &mut rows)?;
        }
    }
    Ok(total)
}

/// The key of the last row of the page after `after`, for a table whose
/// key is not among its copied columns.
fn after_key(src: &Tx, t: &Table, key: &str, after: i64) -> Result<i64> {
    let sql = format!(
        "SELECT max({key}) AS value FROM (SELECT {key} FROM {} WHERE {key} > ?1 ORDER BY {key} LIMIT ?2) AS page",
        t.name
    );
    Ok(src.value(&sql, &[&after, &PAGE])?.unwrap_or(i64::MAX))
}

/// Writes `rows` (and empties it) with multi-row INSERTs of at most
/// `per_insert` rows each.
fn insert(
    dst: &Tx,
    table: &str,
    width: usize,
    columns: &str,
    per_insert: usize,
    rows: &mut Vec<Vec<Owned>>,
) -> Result<u64> {
    let mut total = 0u64;
    for chunk in rows.chunks(per_insert) {
        let mut sql = format!("INSERT INTO {table} ({columns}) VALUES ");
        let mut n = 0;
        for (i, _) in chunk.iter().enumerate() {
            if i > 0 {
                sql.push_str(", ");
            }
            sql.push('(');
            for c in 0..width {
                if c > 0 {
                    sql.push_str(", ");
                }
                n += 1;
                sql.push_str(&format!("?{n}"));
            }
            sql.push(')');
        }
        let params: Vec<&dyn Param> = chunk
            .iter()
            .flat_map(|r| r.iter().map(|v| v as &dyn Param))
            .collect();
        total += dst.execute(&sql, &params)? as u64;
    }
    rows.clear();
    Ok(total)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every column of every table of the schema is copied, and every
    /// table: a migration that adds one must add it here.
    #[test]
    fn the_copy_covers_every_table_and_column_of_the_schema() {
        let db = crate::store::memory_db();
        let mut stmt = db
            .prepare(
                "SELECT name FROM sqlite_master WHERE type = 'table'
                 AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'subscriber_search_%'
                 ORDER BY name",
            )
            .unwrap();
        let tables: Vec<String> = stmt
            .query_map([], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        let mut ours: Vec<&str> = TABLES.iter().map(|t| t.name).collect();
        ours.sort_unstable();
        assert_eq!(tables, ours);
        for t in TABLES.iter().filter(|t| t.name != "subscriber_search") {
            let mut stmt = db
                .prepare(&format!("SELECT name FROM pragma_table_info('{}')", t.name))
                .unwrap();
            let mut cols: Vec<String> = stmt
                .query_map([], |r| r.get(0))
                .unwrap()
                .map(Result::unwrap)
                .collect();
            cols.sort_unstable();
            let mut want: Vec<&str> = t.columns();
            want.sort_unstable();
            assert_eq!(cols, want, "{}", t.name);
        }
    }
}
