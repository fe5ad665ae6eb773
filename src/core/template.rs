//! Number templates for logins and contracts: `{seq}`, `{seq:N}`, `{type}`,
//! `{inn}`, `{yyyy}`, `{yy}`, `{mm}`, `{rand:N}`. Rendering is pure; the
//! counter value comes from the store, drawn inside the writer's
//! transaction.

use crate::error::{Error, Result};
use crate::model::Card;
use crate::t;
use rand::Rng;

#[derive(Debug, Clone, PartialEq, Eq)]
enum Part {
    Lit(String),
    Seq(usize),
    Type,
    Inn,
    Year4,
    Year2,
    Month,
    Rand(usize),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Template {
    parts: Vec<Part>,
}

/// What a template may draw on.
pub struct Context<'a> {
    pub seq: u64,
    pub type_code: &'a str,
    pub inn: &'a str,
    pub year: i32,
    pub month: u8,
}

impl Template {
    /// Parses `text`; `setting` names the setting in error messages.
    pub fn parse(text: &str, setting: &str) -> Result<Template> {
        let mut parts = Vec::new();
        let mut rest = text;
        while let Some(open) = rest.find('{') {
            if open > 0 {
                parts.push(Part::Lit(rest[..open].to_string()));
            }
            let close = rest[open..]
                .find('}')
                .ok_or_else(|| Error::invalid(setting, t!("template-unclosed", template = text)))?
                + open;
            let token = &rest[open + 1..close];
            let (name, arg) = match token.split_once(':') {
                Some((n, a)) => (n, Some(a)),
                None => (token, None),
            };
            let width = |default: usize| -> Result<usize> {
                match arg {
                    None => Ok(default),
                    Some(a) => a
                        .parse::<usize>()
                        .ok()
                        .filter(|n| (1..=32).contains(n))
                        .ok_or_else(|| {
                            Error::invalid(setting, t!("template-bad-width", token = token))
                        }),
                }
            };
            parts.push(match name {
                "seq" => Part::Seq(width(1)?),
                "rand" => Part::Rand(width(6)?),
                "type" => Part::Type,
                "inn" => Part::Inn,
                "yyyy" => Part::Year4,
                "yy" => Part::Year2,
                "mm" => Part::Month,
                _ => {
                    return Err(Error::invalid(
                        setting,
                        t!("template-unknown-placeholder", token = token),
                    ))
                }
            });
            rest = &rest[close + 1..];
        }
        if !rest.is_empty() {
            parts.push(Part::Lit(rest.to_string()));
        }
        Ok(Template { parts })
    }

    pub fn uses_seq(&self) -> bool {
        self.parts.iter().any(|p| matches!(p, Part::Seq(_)))
    }

    pub fn uses_inn(&self) -> bool {
        self.parts.contains(&Part::Inn)
    }

    pub fn render(&self, ctx: &Context) -> String {
        let mut out = String::new();
        for p in &self.parts {
            match p {
                Part::Lit(s) => out.push_str(s),
                Part::Seq(w) => out.push_str(&format!("{:0w$}", ctx.seq, w = *w)),
                Part::Type => out.push_str(ctx.type_code),
                Part::Inn => out.push_str(ctx.inn),
                Part::Year4 => out.push_str(&format!("{:04}", ctx.year)),
                Part::Year2 => out.push_str(&format!("{:02}", ctx.year.rem_euclid(100))),
                Part::Month => out.push_str(&format!("{:02}", ctx.month)),
                Part::Rand(n) => {
                    const ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789";
                    let mut rng = rand::rngs::OsRng;
                    for _ in 0..*n {
                        out.push(ALPHABET[rng.gen_range(0..ALPHABET.len())] as char);
                    }
                }
            }
        }
        out
    }
}

/// What a template draws for: the field it fills and the setting it comes
/// from, for the refusals.
pub struct Drawing<'a> {
    pub field: &'a str,
    pub setting: &'a str,
    /// How to avoid the template, e.g. "give --login".
    pub fix: crate::i18n::Msg,
}

impl Template {
    /// A refusal when the card lacks a value the template needs (`{inn}` on
    /// a card without INN), checked before anything is drawn.
    pub fn check_values(&self, card: &Card, d: &Drawing) -> Result<()> {
        if self.uses_inn() && card.inn.as_deref().unwrap_or_default().is_empty() {
            return Err(Error::invalid(
                d.field,
                t!(
                    "template-needs-inn",
                    setting = d.setting,
                    fix = d.fix.as_str()
                ),
            ));
        }
        Ok(())
    }

    /// The value for `card` at counter value `seq`, today.
    fn render_for(&self, card: &Card, seq: u64) -> String {
        let today = time::OffsetDateTime::now_utc();
        self.render(&Context {
            seq,
            type_code: card.kind.code(),
            inn: card.inn.as_deref().unwrap_or_default(),
            year: today.year(),
            month: u8::from(today.month()),
        })
    }

    /// The values [`Template::draw`] would try for `card` after the
    /// counter's value `seq`: `seq + 1` to `seq + n`, so they can be
    /// looked up together. None for a template with `{rand}` (its values
    /// cannot be foreseen) or without `{seq}` (it has one value).
    pub fn foreseen(&self, card: &Card, seq: u64, n: u64) -> Vec<String> {
        if !self.uses_seq() || self.parts.iter().any(|p| matches!(p, Part::Rand(_))) {
            return Vec::new();
        }
        (seq + 1..=seq.saturating_add(n))
            .map(|s| self.render_for(card, s))
            .collect()
    }

    /// Draws the first value not `taken`, taking a counter value from
    /// `next_seq` for each try when the template has `{seq}`. The one
    /// drawing for logins and contract numbers.
    pub fn draw(
        &self,
        card: &Card,
        d: &Drawing,
        mut next_seq: impl FnMut() -> Result<u64>,
        mut taken: impl FnMut(&str) -> Result<bool>,
    ) -> Result<String> {
        self.check_values(card, d)?;
        for _ in 0..10_000 {
            let seq = if self.uses_seq() { next_seq()? } else { 0 };
            let value = self.render_for(card, seq);
            if !taken(&value)? {
                return Ok(value);
            }
        }
        Err(Error::conflict(
            d.field,
            t!(
                "template-all-taken",
                field = d.field,
                setting = d.setting,
                fix = d.fix.as_str()
            ),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx(seq: u64) -> Context<'static> {
        Context {
            seq,
            type_code: "ul",
            inn: "7707083893",
            year: 2026,
            month: 3,
        }
    }

    #[test]
    fn renders_every_placeholder() {
        let t = Template::parse("{type}-{yyyy}{mm}-{yy}-{seq:6}-{inn}", "login.template").unwrap();
        assert_eq!(t.render(&ctx(42)), "ul-202603-26-000042-7707083893");
        let t = Template::parse("u{seq}", "x").unwrap();
        assert_eq!(t.render(&ctx(1234567)), "u1234567");
        let r = Template::parse("x{rand:8}", "x").unwrap().render(&ctx(1));
        assert_eq!(r.len(), 9);
        assert!(r[1..]
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()));
    }

    #[test]
    fn foreseen_values_are_the_ones_drawn_next() {
        let mut card = Card::new(crate::model::Kind::Legal);
        card.inn = Some("7707083893".into());
        let d = Drawing {
            field: "login",
            setting: "login.template",
            fix: t!("login-fix-flag"),
        };
        let t = Template::parse("{type}{seq:4}-{inn}", "login.template").unwrap();
        let ahead = t.foreseen(&card, 41, 3);
        assert_eq!(
            ahead,
            [
                "ul0042-7707083893",
                "ul0043-7707083893",
                "ul0044-7707083893"
            ]
        );
        let mut seq = 41;
        let mut tried = Vec::new();
        let drawn = t
            .draw(
                &card,
                &d,
                || {
                    seq += 1;
                    Ok(seq)
                },
                |v| {
                    tried.push(v.to_string());
                    Ok(tried.len() < 3)
                },
            )
            .unwrap();
        assert_eq!(tried, ahead);
        assert_eq!(drawn, ahead[2]);
        for unforeseeable in ["x{rand:8}{seq}", "c{inn}"] {
            let t = Template::parse(unforeseeable, "login.template").unwrap();
            assert!(t.foreseen(&card, 1, 10).is_empty(), "{unforeseeable}");
        }
    }

    #[test]
    fn bad_templates_are_refused() {
        assert!(Template::parse("u{seq", "login.template").is_err());
        assert!(Template::parse("u{nope}", "login.template").is_err());
        assert!(Template::parse("u{seq:0}", "login.template").is_err());
    }
}
