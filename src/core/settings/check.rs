//! What each setting's value must allow, checked before it is stored: by
//! its type, by its key, and together with the other settings as they
//! would be after the change.

use super::*;
use crate::i18n::Msg;
use crate::t;

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
        .map_err(|e| Error::invalid(key, t!("setting-no-default", reason = e.message)))
}

fn by_type(def: &SettingDef, value: &str) -> Result<String> {
    let bad = |why: Msg| Error::invalid(def.key, why);
    match def.ty {
        Text | Secret => Ok(value.to_string()),
        Bool => parse_bool(value)
            .map(|b| b.to_string())
            .ok_or_else(|| bad(t!("setting-not-bool", value = value))),
        Int(lo, hi) => match value.parse::<i64>() {
            Ok(n) if (lo..=hi).contains(&n) => Ok(n.to_string()),
            _ => Err(bad(t!(
                "setting-int-range",
                value = value,
                lo = lo.to_string(),
                hi = hi.to_string()
            ))),
        },
        Choice(opts) => {
            if opts.contains(&value) {
                Ok(value.to_string())
            } else {
                Err(bad(t!(
                    "value-not-one-of",
                    value = value,
                    allowed = opts.join(", ")
                )))
            }
        }
        Fields | OwnedFields => {
            let items = split_list(value);
            let wrong: Vec<&str> = items
                .iter()
                .map(String::as_str)
                .filter(|f| !(fields::is_requirable(f) || (def.ty == OwnedFields && *f == "extra")))
                .collect();
            if wrong.is_empty() {
                Ok(items.join(","))
            } else {
                Err(bad(t!(
                    "setting-unknown-fields",
                    n = wrong.len(),
                    names = wrong.join(", ")
                )))
            }
        }
        Flags(opts) => {
            let items = split_list(value);
            if items.is_empty() {
                return Err(bad(t!("setting-flags-empty", allowed = opts.join(", "))));
            }
            match items.iter().find(|i| !opts.contains(&i.as_str())) {
                Some(w) => Err(bad(t!(
                    "value-not-one-of",
                    value = w.as_str(),
                    allowed = opts.join(", ")
                ))),
                None => Ok(items.join(",")),
            }
        }
        Regex => regex::Regex::new(value)
            .map(|_| value.to_string())
            .map_err(|e| bad(t!("setting-bad-regex", reason = e.to_string()))),
    }
}

/// What each key's value must allow beyond its type: a registry country
/// the country checks know, templates that parse and give a new number
/// each time, a URL the DaData client can append its methods to, a key an
/// HTTP header can carry, group names a card can hold, required fields of
/// the card type they are required of.
fn by_key(def: &SettingDef, value: String) -> Result<String> {
    let key = def.key;
    let bad = |why: Msg| Error::invalid(key, why);
    match key {
        "country" => requisites::country::country_code(&value)
            .map(str::to_ascii_uppercase)
            .ok_or_else(|| bad(t!("setting-country-unknown", value = value.as_str()))),
        "login.template" | "contract.template" if value.is_empty() => Ok(value),
        "login.template" | "contract.template" => {
            let t = Template::parse(&value, key)?;
            // After a parse every `{` opens a placeholder, so this is {rand:N}.
            let varies = t.uses_seq()
                || value.contains("{rand")
                || (key == "login.template" && t.uses_inn());
            if !varies {
                let inn = if key == "login.template" { "yes" } else { "no" };
                return Err(bad(t!(
                    "setting-template-constant",
                    value = value.as_str(),
                    inn = inn
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
            .map_err(|e| {
                bad(t!(
                    "setting-not-email",
                    value = value.as_str(),
                    reason = e.message
                ))
            }),
        "dadata.token" if value.bytes().all(|b| b.is_ascii_graphic()) => Ok(value),
        // The key itself is never quoted back.
        "dadata.token" => Err(bad(t!("setting-token-chars"))),
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
                return Err(bad(t!(
                    "setting-too-many-groups",
                    n = names.len(),
                    max = fields::LIST_MAX
                )));
            }
            Ok(names.join(","))
        }
        _ if key.starts_with("required.") => {
            let kind = Kind::parse(&key["required.".len()..])
                .ok_or_else(|| Error::internal(key, t!("setting-no-card-type")))?;
            let foreign: Vec<&str> = split_list(&value)
                .iter()
                .filter_map(|name| fields::lookup(name))
                .filter(|f| !f.kinds.contains(&kind))
                .map(|f| f.name)
                .collect();
            if !foreign.is_empty() {
                return Err(bad(t!(
                    "setting-required-foreign",
                    fields = foreign.join(", "),
                    n = foreign.len(),
                    kind = kind.as_str()
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
    let bad = |why: Msg| {
        Error::invalid(
            key,
            t!(
                "setting-url-bad",
                value = value,
                why = why.as_str(),
                example = example
            ),
        )
    };
    let url = reqwest::Url::parse(value)
        .map_err(|e| bad(t!("url-unreadable", reason = e.to_string())))?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(bad(t!("url-not-http")));
    }
    if url.host_str().is_none_or(str::is_empty) {
        return Err(bad(t!("url-no-host")));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(bad(t!("url-query")));
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
    let refused = |e: Error| Error::invalid(key, t!("reason", reason = e.message));
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
    let bad = |why: Msg| {
        Error::invalid(
            "smtp.url",
            t!(
                "settings-smtp-url-bad",
                value = shown.as_str(),
                why = why.as_str()
            ),
        )
    };
    let url = parsed.map_err(|e| bad(t!("url-unreadable", reason = e.to_string())))?;
    if !matches!(url.scheme(), "smtp" | "smtps") {
        return Err(bad(t!("url-not-smtp")));
    }
    if url.host_str().is_none_or(str::is_empty) {
        return Err(bad(t!("url-no-host")));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(bad(t!("url-holds-login")));
    }
    if !url.path().trim_matches('/').is_empty() || url.query().is_some() || url.fragment().is_some()
    {
        return Err(bad(t!("url-more-than-host")));
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
                t!(
                    "setting-password-alphabet-empty",
                    alphabet = would_be.get("password.alphabet"),
                    exclude = would_be.get("password.exclude")
                ),
            )
        })?;
        if password::check_typed(would_be, &sample).is_err() {
            return Err(Error::invalid(
                key,
                t!(
                    "setting-password-length",
                    length = would_be.int("password.length"),
                    min = would_be.int("password.min_length")
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
                        t!(
                            "setting-required-undefined-extra",
                            extra = extra,
                            kind = kind
                        ),
                    ))
                }
                Some(def) if Kind::parse(kind).is_some_and(|k| !def.applies_to(k)) => {
                    return Err(Error::invalid(
                        key,
                        t!("setting-required-extra-kind", extra = extra, kind = kind),
                    ))
                }
                Some(_) => {}
            }
        }
    }
    Ok(())
}
