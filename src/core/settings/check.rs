//! What each setting's value must allow, checked before it is stored: by
//! its type, by its key, and together with the other settings as they
//! would be after the change.

use super::*;

/// Checks and normalises a value before it is stored: by its type, then by
/// what the key's value must allow. The one place of every value check;
/// checks that need the other settings are [`check_set`]'s.
pub fn check_value(key: &str, value: &str) -> Result<String> {
    let def = lookup(key).ok_or_else(|| unknown_key(key))?;
    let value = by_type(def, value.trim())?;
    by_key(def, value)
}

/// The value `settings set KEY VALUE` stores: [`check_value`], then the
/// settings as they would be after the set, checked together.
pub fn check_set(settings: &Settings, key: &str, value: &str) -> Result<String> {
    let value = check_value(key, value)?;
    let mut stored = settings.stored.clone();
    stored.insert(key.to_string(), value.clone());
    check_together(&settings.replaced(stored), key)?;
    Ok(value)
}

/// `settings unset KEY` restores the default, valid alone by construction
/// but not always with the other settings (`password.length` back to 10
/// under `password.min_length` 12): refused then, naming what to change.
pub fn check_unset(settings: &Settings, key: &str) -> Result<()> {
    lookup(key).ok_or_else(|| unknown_key(key))?;
    let mut stored = settings.stored.clone();
    stored.remove(key);
    check_together(&settings.replaced(stored), key)
        .map_err(|e| Error::invalid(key, format!("cannot go back to its default: {}", e.message)))
}

fn by_type(def: &SettingDef, value: &str) -> Result<String> {
    let bad = |why: String| Error::invalid(def.key, why);
    match def.ty {
        Text | Secret => Ok(value.to_string()),
        Bool => parse_bool(value)
            .map(|b| b.to_string())
            .ok_or_else(|| bad(format!("`{value}` is not true or false"))),
        Int(lo, hi) => match value.parse::<i64>() {
            Ok(n) if (lo..=hi).contains(&n) => Ok(n.to_string()),
            _ => Err(bad(format!(
                "`{value}` must be a whole number from {lo} to {hi}"
            ))),
        },
        Choice(opts) => {
            if opts.contains(&value) {
                Ok(value.to_string())
            } else {
                Err(bad(format!("`{value}` is not one of {}", opts.join(", "))))
            }
        }
        Fields => {
            let items = split_list(value);
            let wrong: Vec<&str> = items
                .iter()
                .map(String::as_str)
                .filter(|f| !fields::is_requirable(f))
                .collect();
            if wrong.is_empty() {
                Ok(items.join(","))
            } else {
                Err(bad(format!(
                    "unknown field name(s): {}; see the field catalog in the README",
                    wrong.join(", ")
                )))
            }
        }
        Flags(opts) => {
            let items = split_list(value);
            if items.is_empty() {
                return Err(bad(format!("give at least one of {}", opts.join(", "))));
            }
            match items.iter().find(|i| !opts.contains(&i.as_str())) {
                Some(w) => Err(bad(format!("`{w}` is not one of {}", opts.join(", ")))),
                None => Ok(items.join(",")),
            }
        }
        Regex => regex::Regex::new(value)
            .map(|_| value.to_string())
            .map_err(|e| bad(format!("not a valid regular expression: {e}"))),
    }
}

/// What each key's value must allow beyond its type: a registry country
/// the country checks know, templates that parse and give a new number
/// each time, a URL the DaData client can append its methods to, a key an
/// HTTP header can carry, group names a card can hold, required fields of
/// the card type they are required of.
fn by_key(def: &SettingDef, value: String) -> Result<String> {
    let key = def.key;
    let bad = |why: String| Error::invalid(key, why);
    match key {
        "country" => requisites::country::country_code(&value)
            .map(str::to_ascii_uppercase)
            .ok_or_else(|| {
                bad(format!(
                    "`{value}` is not a country the ОКСМ table knows; give its two-letter code, e.g. RU or KZ"
                ))
            }),
        "login.template" | "contract.template" if value.is_empty() => Ok(value),
        "login.template" | "contract.template" => {
            let t = Template::parse(&value, key)?;
            // After a parse every `{` opens a placeholder, so this is {rand:N}.
            let varies = t.uses_seq() || value.contains("{rand") || (key == "login.template" && t.uses_inn());
            if !varies {
                let parts = if key == "login.template" {
                    "{seq}, {rand:N} or {inn}"
                } else {
                    "{seq} or {rand:N}"
                };
                return Err(bad(format!(
                    "`{value}` gives the same text every time, so only its first one would be free; add {parts}, or set it empty to turn numbering off"
                )));
            }
            Ok(value)
        }
        "dadata.url" => check_url(key, &value).map(|()| value),
        "cabinet.url" if !value.is_empty() => check_url(key, &value).map(|()| value),
        "smtp.url" if !value.is_empty() => check_smtp_url(&value).map(|()| value),
        "letter.credentials.subject" | "letter.credentials.sms" if !value.is_empty() => {
            check_letter(key, &value).map(|()| value)
        }
        "smtp.from" if !value.is_empty() => requisites::email(&value)
            .map(|()| value.clone())
            .map_err(|e| bad(format!("`{value}` is not an e-mail address: {e}"))),
        "dadata.token" if value.bytes().all(|b| b.is_ascii_graphic()) => Ok(value),
        // The key itself is never quoted back.
        "dadata.token" => Err(bad(
            "holds characters an HTTP header cannot carry (spaces, non-ASCII, control characters); paste the key alone".into(),
        )),
        _ if key.starts_with("groups.default.") => {
            let mut names: Vec<String> = Vec::new();
            for name in split_list(&value) {
                let name = fields::clean_text(&name);
                fields::check_chars(key, &name, fields::max_chars("group"))?;
                if !name.is_empty() && !names.contains(&name) {
                    names.push(name);
                }
            }
            if names.len() > fields::LIST_MAX {
                return Err(bad(format!(
                    "names {} groups, and a card holds at most {}; give fewer",
                    names.len(),
                    fields::LIST_MAX
                )));
            }
            Ok(names.join(","))
        }
        _ if key.starts_with("required.") => {
            let kind = Kind::parse(&key["required.".len()..])
                .ok_or_else(|| Error::internal(key, "setting of no card type"))?;
            let foreign: Vec<&str> = split_list(&value)
                .iter()
                .filter_map(|name| fields::lookup(name))
                .filter(|f| !f.kinds.contains(&kind))
                .map(|f| f.name)
                .collect();
            if !foreign.is_empty() {
                return Err(bad(format!(
                    "{} not used on {kind} cards, so no {kind} card could be saved; leave {} out",
                    foreign.join(", "),
                    if foreign.len() == 1 { "it" } else { "them" }
                )));
            }
            Ok(value)
        }
        _ => Ok(value),
    }
}

/// The DaData base URL: http(s), a host, and no query or fragment, since
/// `/findById/party` is appended to it.
fn check_url(key: &str, value: &str) -> Result<()> {
    let example = lookup(key).map_or("", |d| d.default);
    let bad = |why: &str| {
        Error::invalid(
            key,
            format!("`{value}` {why}; give an http(s) URL with a host, e.g. {example}"),
        )
    };
    let url = reqwest::Url::parse(value).map_err(|e| bad(&format!("is not a URL ({e})")))?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(bad("is not an http(s) URL"));
    }
    if url.host_str().is_none_or(str::is_empty) {
        return Err(bad("has no host"));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(bad(
            "has a query or fragment, which the appended method path would land in",
        ));
    }
    Ok(())
}

/// A letter's subject or SMS template: it parses and renders with sample
/// values (an unknown variable is refused now, not at the first send).
fn check_letter(key: &str, value: &str) -> Result<()> {
    use crate::deliver::{Overrides, Templates, Vars, Via};
    let sms = key == "letter.credentials.sms";
    let overrides = Overrides {
        subject: (!sms).then(|| value.to_string()),
        sms: sms.then(|| value.to_string()),
        ..Overrides::default()
    };
    let refused = |e: Error| Error::invalid(key, e.message);
    let via = if sms { Via::Sms } else { Via::Email };
    Templates::new(overrides)
        .and_then(|t| t.render_check(via, &Vars::default().with_sample_card()))
        .map_err(refused)
}

/// `smtp://host[:port]` or `smtps://host[:port]`, nothing else.
fn check_smtp_url(value: &str) -> Result<()> {
    let parsed = reqwest::Url::parse(value);
    // A password written into the URL is never quoted back.
    let shown = match &parsed {
        Ok(u) if u.password().is_some() => {
            let mut u = u.clone();
            let _ = u.set_password(Some("***"));
            u.to_string()
        }
        _ => value.to_string(),
    };
    let bad = |why: &str| {
        Error::invalid(
            "smtp.url",
            format!("`{shown}` {why}; give smtp://host:587 (STARTTLS), smtps://host:465 or smtp://host:25"),
        )
    };
    let url = parsed.map_err(|e| bad(&format!("is not a URL ({e})")))?;
    if !matches!(url.scheme(), "smtp" | "smtps") {
        return Err(bad("is not an smtp:// or smtps:// URL"));
    }
    if url.host_str().is_none_or(str::is_empty) {
        return Err(bad("has no host"));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(bad(
            "holds a login; set smtp.user and ABONENT_SMTP_PASSWORD instead",
        ));
    }
    if !url.path().trim_matches('/').is_empty() || url.query().is_some() || url.fragment().is_some()
    {
        return Err(bad("has more than a host and a port"));
    }
    Ok(())
}

/// The checks of `key` that depend on other settings, on `would_be`, the
/// settings as they would be after the change.
fn check_together(would_be: &Settings, key: &str) -> Result<()> {
    if key.starts_with("password.") {
        // The generator itself, on the would-be settings: it must find
        // characters, and its password must pass as a typed one.
        let sample = password::generate(would_be).map_err(|_| {
            Error::invalid(
                key,
                format!(
                    "with password.alphabet `{}` and password.exclude `{}` no character is left to generate passwords from; exclude fewer characters or widen the alphabet",
                    would_be.get("password.alphabet"),
                    would_be.get("password.exclude")
                ),
            )
        })?;
        if password::check_typed(would_be, &sample).is_err() {
            return Err(Error::invalid(
                key,
                format!(
                    "generated passwords would have {} characters (password.length), fewer than the {} a typed one needs (password.min_length); password.length must be at least password.min_length",
                    would_be.int("password.length"),
                    would_be.int("password.min_length")
                ),
            ));
        }
    }
    if let Some(kind) = key.strip_prefix("required.") {
        for name in would_be.list(key) {
            let Some(extra) = name.strip_prefix("extra.") else {
                continue;
            };
            match would_be.extra_field(extra) {
                None => {
                    return Err(Error::invalid(
                        key,
                        format!("no extra field named `{extra}`, so no {kind} card could be saved; define it first with `abonent extra-field define {extra} --type …`"),
                    ))
                }
                Some(def) if Kind::parse(kind).is_some_and(|k| !def.applies_to(k)) => {
                    return Err(Error::invalid(
                        key,
                        format!("extra field `{extra}` is not used on {kind} cards, so no {kind} card could be saved; leave it out"),
                    ))
                }
                Some(_) => {}
            }
        }
    }
    Ok(())
}
