//! The password file (`PGPASSFILE`, else `~/.pgpass`), read as libpq
//! reads it, through [`Env`] like the rest of the module.

use super::{Env, Secret, S_IFMT, S_IFREG};
use crate::t;
use std::path::PathBuf;

/// The password of the first line of the password file (`PGPASSFILE`, else
/// `~/.pgpass`) that matches, as libpq reads it: lines
/// `hostname:port:database:username:password`, a field of just `*` matches
/// anything, `\` takes the next character as it is (`\:`, `\\`, `\*`),
/// lines starting with `#` and lines of fewer fields are skipped. A file
/// that is not a regular one, or that group or others may read, write or
/// run (mode & 0o077), is ignored with a warning.
pub(super) fn password_from_file(
    host: &str,
    port: u16,
    dbname: &str,
    user: &str,
    env: &dyn Env,
    warnings: &mut Vec<String>,
) -> Option<Secret> {
    let path = match env.var("PGPASSFILE").filter(|p| !p.is_empty()) {
        Some(p) => PathBuf::from(p),
        None => env.home_dir()?.join(".pgpass"),
    };
    let shown = path.display().to_string();
    let file = match env.read_file(&path) {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return None,
        Err(e) => {
            warnings.push(
                t!(
                    "location-passfile-unreadable",
                    path = shown.as_str(),
                    reason = e.to_string().to_lowercase()
                )
                .into_string(),
            );
            return None;
        }
    };
    if file.mode & S_IFMT != S_IFREG {
        warnings.push(t!("location-passfile-not-file", path = shown.as_str()).into_string());
        return None;
    }
    if file.mode & 0o077 != 0 {
        let mode = format!("{:04o}", file.mode & 0o7777);
        warnings
            .push(t!("location-passfile-open", path = shown.as_str(), mode = mode).into_string());
        return None;
    }
    let port = port.to_string();
    let socket = host.starts_with('/');
    for line in file.text.lines() {
        if line.starts_with('#') || line.is_empty() {
            continue;
        }
        let fields = pgpass_fields(line);
        if fields.len() < 5 {
            continue;
        }
        let matches = |(text, star): &(String, bool), want: &str| *star || text == want;
        let host_matches =
            matches(&fields[0], host) || (socket && !fields[0].1 && fields[0].0 == "localhost");
        if host_matches
            && matches(&fields[1], &port)
            && matches(&fields[2], dbname)
            && matches(&fields[3], user)
        {
            let password = &fields[4].0;
            return (!password.is_empty()).then(|| Secret(password.clone()));
        }
    }
    None
}

/// A password-file line's fields: each unescaped, and whether it was a
/// lone unescaped `*`.
fn pgpass_fields(line: &str) -> Vec<(String, bool)> {
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut escaped_any = false;
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                escaped_any = true;
                if let Some(next) = chars.next() {
                    field.push(next);
                }
            }
            ':' => {
                let star = field == "*" && !escaped_any;
                fields.push((std::mem::take(&mut field), star));
                escaped_any = false;
            }
            c => field.push(c),
        }
    }
    let star = field == "*" && !escaped_any;
    fields.push((field, star));
    fields
}
