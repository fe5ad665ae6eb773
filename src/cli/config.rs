//! `abonent config`: the host's configuration as this command line sees it —
//! each value and the layer it came from, the files looked at, and the
//! secrets only as `(set)` or `(not set)`.

use super::host::{FileState, Host, SecretRef, Source};
use super::output::{Column, Format};
use super::{Ctx, Outcome};
use crate::t;
use serde_json::{json, Value};

pub const ABOUT: &str = "\
The host's configuration: what belongs to this machine rather than to the registry. \
Shows the database, the language, the DaData key and the SMTP password (as (set) or \
(not set), never the value) and where each came from, and the files looked at.

Layers, each overriding the one before: /etc/abonent/abonent.toml (ABONENT_SYSTEM_CONFIG \
names another path), $XDG_CONFIG_HOME/abonent/abonent.toml (else \
~/.config/abonent/abonent.toml), the environment (ABONENT_DB, ABONENT_LANG, \
ABONENT_DADATA_TOKEN, ABONENT_SMTP_PASSWORD), the flags (--db, --lang). The language \
starts from the locale (LC_ALL, LC_MESSAGES, LANG). The DaData key found here wins over \
setting dadata.token.

A file:
  db = \"/var/lib/abonent/abonent.db\"    # or a postgres:// URL (not supported yet)
  lang = \"ru\"                            # ru or en
  [secrets]
  dadata_token_env = \"DADATA_KEY\"        # the key is in this environment variable,
  # dadata_token_file = \"/etc/abonent/dadata.key\"   # or in this file (chmod 600)
  smtp_password_file = \"/etc/abonent/smtp.pass\"

Unknown keys are refused with their line. A config file writable by anyone is refused; one \
readable by anyone that names a secret file too (chmod 600 FILE). A secret file must be a \
regular file of yours or root's that group and others cannot read (chmod 600 FILE).
Exit 3 when a secret file named is refused.

Examples:
  abonent config
  abonent config --json";

const COLUMNS: &[Column] = &[("key", "key"), ("value", "value"), ("from", "from")];

/// A secret's row: `(set)`, `(not set)` or `(refused)` with the reason
/// warned, never the value.
fn secret(ctx: &Ctx, what: &str, setting: Option<&str>, r: Option<&SecretRef>) -> (Value, bool) {
    let Some(r) = r else {
        let from = match setting {
            Some(key) => {
                format!("nothing on this host; the registry's setting {key} is used if set")
            }
            None => "nothing on this host".to_string(),
        };
        return (json!({"value": "(not set)", "source": from}), true);
    };
    let (value, ok) = match r.read(what) {
        Ok(Some(_)) => ("(set)", true),
        Ok(None) => ("(not set)", true),
        Err(e) => {
            ctx.out.warn(t!("cli-said", text = e.to_string()));
            ("(refused)", false)
        }
    };
    (json!({"value": value, "source": r.describe()}), ok)
}

fn sourced(value: String, source: &Source) -> Value {
    json!({"value": value, "source": source.to_string()})
}

pub fn run(ctx: &Ctx) -> Outcome {
    let host: &Host = &ctx.host;
    let db = match &host.db {
        Some(d) => sourced(
            match &d.value {
                super::host::Db::File(p) => p.display().to_string(),
                super::host::Db::Postgres(url) => format!("{url} (PostgreSQL: not supported yet)"),
            },
            &d.source,
        ),
        None => match super::default_db_path() {
            Ok(p) => sourced(p.display().to_string(), &Source::Default),
            Err(e) => json!({"value": "(none)", "source": e.message}),
        },
    };
    let lang = sourced(host.lang.value.as_str().to_string(), &host.lang.source);
    let (dadata, ok_d) = secret(
        ctx,
        "dadata token",
        Some("dadata.token"),
        host.dadata_token.as_ref(),
    );
    let (smtp, ok_s) = secret(ctx, "smtp password", None, host.smtp_password.as_ref());
    let files: Vec<Value> = host
        .files
        .iter()
        .enumerate()
        .map(|(i, f)| {
            json!({
                "layer": if i == 0 { "system" } else { "user" },
                "path": f.path.display().to_string(),
                "state": f.state.as_str(),
            })
        })
        .collect();
    let doc = json!({
        "db": db,
        "lang": lang,
        "dadata_token": dadata,
        "smtp_password": smtp,
        "files": files,
    });
    match ctx.out.format {
        Format::Json | Format::Jsonl => ctx.out.object(&doc, COLUMNS)?,
        Format::Table | Format::Csv => {
            let mut rows: Vec<Value> = ["db", "lang", "dadata_token", "smtp_password"]
                .iter()
                .map(|k| json!({"key": k, "value": doc[*k]["value"], "from": doc[*k]["source"]}))
                .collect();
            for f in &files {
                rows.push(json!({
                    "key": format!("{} file", f["layer"].as_str().unwrap_or_default()),
                    "value": f["path"],
                    "from": f["state"],
                }));
            }
            ctx.out.list(&rows, COLUMNS)?;
        }
    }
    if host.files.iter().all(|f| f.state != FileState::Read) {
        ctx.out.note(t!("config-none-read"));
    }
    Ok(if ok_d && ok_s { 0 } else { 3 })
}
