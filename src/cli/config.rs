//! `abonent config`: the host's configuration as this command line sees it —
//! each value and the layer it came from, the files looked at, and the
//! secrets only as `(set)` or `(not set)`. The table and CSV speak the
//! admin's language; the JSON's values and sources are always the English
//! text (and `(set)`, `(not set)`, `(refused)` are the same in both), so a
//! script reads the same document under any locale.

use super::host::{Db, FileState, Host, SecretRef, Source};
use super::output::{Column, Format};
use super::{Ctx, Outcome};
use crate::i18n::{tr_in, Arg, Lang};
use crate::{t, t_in};
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
  db = \"/var/lib/abonent/abonent.db\"    # or a postgres:// URL
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

/// One value of the configuration: its value and its source in English
/// for the JSON (scripts read it, whatever the language), and as the
/// table and CSV show them, in the admin's language.
struct Item {
    value: Value,
    source: Value,
    shown: Value,
    from: Value,
}

impl Item {
    /// A value whose text is the same in every language.
    fn plain(value: &str, source: &Source, lang: Lang) -> Item {
        Item {
            value: value.into(),
            source: source.describe_in(Lang::En).into(),
            shown: value.into(),
            from: source.describe_in(lang).into(),
        }
    }

    fn json(&self) -> Value {
        json!({"value": self.value, "source": self.source})
    }
}

/// A secret's row: `(set)`, `(not set)` or `(refused)` with the reason
/// warned, never the value.
fn secret(ctx: &Ctx, what: &str, setting: Option<&str>, r: Option<&SecretRef>) -> (Item, bool) {
    let Some(r) = r else {
        let from = |lang: Lang| match setting {
            Some(key) => tr_in(
                lang,
                "config-secret-not-here-setting",
                &[("key", Arg::from(key))],
            ),
            None => tr_in(lang, "config-secret-not-here", &[]),
        };
        let item = Item {
            value: "(not set)".into(),
            source: from(Lang::En).into_string().into(),
            shown: "(not set)".into(),
            from: from(ctx.out.text_lang()).into_string().into(),
        };
        return (item, true);
    };
    let (value, ok) = match r.read(what) {
        Ok(Some(_)) => ("(set)", true),
        Ok(None) => ("(not set)", true),
        Err(e) => {
            ctx.out.warn(t!("cli-said", text = e.to_string()));
            ("(refused)", false)
        }
    };
    let item = Item {
        value: value.into(),
        source: r.describe_in(Lang::En).into(),
        shown: value.into(),
        from: r.describe_in(ctx.out.text_lang()).into(),
    };
    (item, ok)
}

fn database(host: &Host, lang: Lang) -> Item {
    match &host.db {
        Some(d) => match &d.value {
            Db::File(p) => Item::plain(&p.display().to_string(), &d.source, lang),
            Db::Postgres(url) => {
                let shown = |lang: Lang| {
                    tr_in(
                        lang,
                        "config-db-postgres",
                        &[("url", Arg::from(crate::store::location::redacted(url)))],
                    )
                    .into_string()
                };
                Item {
                    value: shown(Lang::En).into(),
                    shown: shown(lang).into(),
                    ..Item::plain("", &d.source, lang)
                }
            }
        },
        None => match super::default_db_path() {
            Ok(p) => Item::plain(&p.display().to_string(), &Source::Default, lang),
            Err(e) => Item {
                value: "(none)".into(),
                source: e.message.to_string().into(),
                shown: "(none)".into(),
                from: e.message.to_string().into(),
            },
        },
    }
}

pub fn run(ctx: &Ctx) -> Outcome {
    let host: &Host = &ctx.host;
    // The table's words: the admin's on a terminal, English into a pipe.
    let lang = ctx.out.text_lang();
    let db = database(host, lang);
    let lang_item = Item::plain(host.lang.value.as_str(), &host.lang.source, lang);
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
                "state": f.state.describe_in(Lang::En),
            })
        })
        .collect();
    match ctx.out.format {
        Format::Json | Format::Jsonl => {
            let doc = json!({
                "db": db.json(),
                "lang": lang_item.json(),
                "dadata_token": dadata.json(),
                "smtp_password": smtp.json(),
                "files": files,
            });
            ctx.out.object(&doc, COLUMNS)?
        }
        Format::Table | Format::Csv => {
            let items = [
                ("db", &db),
                ("lang", &lang_item),
                ("dadata_token", &dadata),
                ("smtp_password", &smtp),
            ];
            let mut rows: Vec<Value> = items
                .iter()
                .map(|(k, item)| json!({"key": k, "value": item.shown, "from": item.from}))
                .collect();
            for (i, f) in host.files.iter().enumerate() {
                let key = if i == 0 {
                    t_in!(lang, "config-file-system")
                } else {
                    t_in!(lang, "config-file-user")
                };
                rows.push(json!({
                    "key": key.into_string(),
                    "value": f.path.display().to_string(),
                    "from": f.state.describe_in(lang),
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
