//! One written phone number: the writings pasted from Word, Excel and 1C
//! cells (dashes, odd spaces, HTML entities, labels such as `тел.`), the
//! extension after it (`доб. 139`), and the number itself as E.164 — +7
//! numbers by the national plan, others by their country's ([`super::plan`]).

use super::super::CheckError;
use super::plan;
use crate::t;

/// A phone number as stored: E.164 and, apart, the extension.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phone {
    /// The number alone, `+78462316014`.
    pub e164: String,
    /// The digits after `доб.`, `ext.`, `#`, … (`139`), if any.
    pub extension: Option<String>,
    /// Words written after the number that are not part of it (a name,
    /// opening hours: `Мария`, `с 12.00 до 22.00`), left out of it; the
    /// caller says so.
    pub note: Option<String>,
}

/// Words written around a number in 1C cells, dropped when they stand
/// whole at the start or the end; longest first, so `моб.т.` wins over
/// `моб.`. Lowercase: the match ignores case.
const LABELS: [&str; 11] = [
    "моб.т.",
    "тел.",
    "моб.",
    "сот.",
    "раб.",
    "дом.",
    "факс",
    "тел",
    "моб",
    "раб",
    "т.",
];

/// What introduces an extension; longest first. Lowercase.
const EXTENSION_MARKERS: [&str; 10] = [
    "внутр.",
    "внутр",
    "доб.",
    "доб",
    "вн.",
    "ext.",
    "ext",
    "x",
    "#",
    "*",
];

/// HTML entities that pasted numbers carry, with the character each means.
pub(super) const ENTITIES: [(&str, char); 6] = [
    ("&ndash;", '-'),
    ("&mdash;", '-'),
    ("&minus;", '-'),
    ("&nbsp;", ' '),
    ("&thinsp;", ' '),
    ("&#160;", ' '),
];

/// Extensions longer than this are a second number, not an extension.
const EXTENSION_MAX: usize = 10;

/// The longest text read as a number with a note after it (bytes).
const NOTE_TEXT_MAX: usize = 256;

/// E.164 allows at most 15 digits with the country code.
const E164_MAX: usize = 15;

/// One phone number as written, with an optional extension and label:
/// `+7 (812) 309-09-09`, `8-800-555-35-35`, `раб 846)231.60.14 *139`,
/// `8/977/1234567`, `+44 20 7946 0958 ext. 12`. Numbers without a country
/// code are Russian (`8 …`, `7 …` with 11 digits, or the bare 10 digits).
pub fn phone(v: &str) -> Result<Phone, CheckError> {
    read(v).or_else(|e| with_note(v).ok_or(e))
}

/// A number followed by words that are not part of it, as hand-kept 1C
/// cells have (`8 (977) 123-45-67 Мария`, `… с 12.00 до 22.00`): the
/// longest start that reads as a number, cut before a word, and the rest
/// as its note. A rest that holds a number of its own (seven digits or
/// more) is no note: the value is refused rather than lose that number.
fn with_note(v: &str) -> Option<Phone> {
    let plain = plain(v);
    let text = plain.trim();
    // Each cut reads the start again: a long text is no number with a note.
    if text.len() > NOTE_TEXT_MAX {
        return None;
    }
    let mut cuts: Vec<usize> = Vec::new();
    let mut prev = ' ';
    for (i, c) in text.char_indices() {
        if c.is_alphabetic() && prev == ' ' && i > 0 {
            cuts.push(i);
        }
        prev = c;
    }
    cuts.into_iter().rev().find_map(|i| {
        let note = text[i..].trim();
        let mut run = 0;
        for c in note.chars() {
            match c {
                '0'..='9' => run += 1,
                ' ' | '-' | '(' | ')' => {}
                _ => run = 0,
            }
            if run >= 7 {
                return None;
            }
        }
        let mut p = read(&text[..i]).ok()?;
        p.note = Some(note.to_string());
        Some(p)
    })
}

/// [`phone`] without notes.
fn read(v: &str) -> Result<Phone, CheckError> {
    // The usual writing — digits and separators only — has no label, no
    // extension and nothing to decode: straight to the number.
    let t = v.trim();
    if t.bytes().any(|b| b.is_ascii_digit())
        && t.bytes()
            .all(|b| b.is_ascii_digit() || b" +-()./".contains(&b))
        && !t.starts_with("++")
    {
        return Ok(Phone {
            e164: e164(t)?,
            extension: None,
            note: None,
        });
    }
    let plain = plain(v);
    let text = strip_labels(plain.trim());
    if text.is_empty() {
        return Err(CheckError::format(if plain.trim().is_empty() {
            t!("req-empty")
        } else {
            t!("phone-label-only")
        }));
    }
    if matches!(extension_at(text, 0), Some(Ok(_))) {
        return Err(CheckError::format(t!("phone-extension-only")));
    }
    let (number, extension) = split_extension(text)?;
    Ok(Phone {
        e164: e164(number)?,
        extension,
        note: None,
    })
}

/// A phone number in E.164 (`+79123456789`), for the fields that keep no
/// extension: a number written with one is refused.
pub fn normalize_phone(v: &str) -> Result<String, CheckError> {
    let p = phone(v)?;
    match p.extension {
        None => Ok(p.e164),
        Some(ext) => Err(CheckError::format(t!(
            "phone-extension-not-kept",
            extension = ext
        ))),
    }
}

/// Whether `fragment` is an extension alone (`доб. 12`, `#12`), which in a
/// list of numbers belongs to the number before it.
pub(super) fn is_extension_only(fragment: &str) -> bool {
    let plain = plain(fragment);
    matches!(extension_at(plain.trim(), 0), Some(Ok(_)))
}

/// `v` with entities decoded, every dash as `-`, every space as ` `, and a
/// doubled `++` at the start (a slip of the keyboard) as one `+`.
fn plain(v: &str) -> String {
    let t = v.trim_start();
    let mut s = match t.strip_prefix("++") {
        Some(rest) => format!("+{}", rest.trim_start_matches('+')),
        None => v.to_string(),
    };
    if s.contains('&') {
        for (entity, c) in ENTITIES {
            s = s.replace(entity, c.encode_utf8(&mut [0; 4]));
        }
    }
    s.chars()
        .map(|c| match c {
            '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2212}' => '-',
            c if c.is_whitespace() => ' ',
            c => c,
        })
        .collect()
}

/// The rest of `s` after `word` at its start, ignoring case.
fn strip_prefix_ci<'a>(s: &'a str, word: &str) -> Option<&'a str> {
    let mut chars = s.char_indices();
    for w in word.chars() {
        let (_, c) = chars.next()?;
        if !c.to_lowercase().eq(w.to_lowercase()) {
            return None;
        }
    }
    Some(chars.next().map_or("", |(i, _)| &s[i..]))
}

/// `s` without `word` at its end, ignoring case.
fn strip_suffix_ci<'a>(s: &'a str, word: &str) -> Option<&'a str> {
    let n = word.chars().count();
    let start = s.char_indices().rev().nth(n.checked_sub(1)?)?.0;
    strip_prefix_ci(&s[start..], word)
        .filter(|rest| rest.is_empty())
        .map(|_| &s[..start])
}

fn starts_with_letter(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_alphabetic)
}

fn ends_with_letter(s: &str) -> bool {
    s.chars().next_back().is_some_and(char::is_alphabetic)
}

/// `s` without the labels standing whole at its start and end (`тел.:`
/// may carry a colon), trimmed.
fn strip_labels(mut s: &str) -> &str {
    'again: loop {
        for label in LABELS {
            if let Some(rest) = strip_prefix_ci(s, label) {
                if !(ends_with_letter(label) && starts_with_letter(rest)) {
                    s = rest.strip_prefix(':').unwrap_or(rest).trim();
                    continue 'again;
                }
            }
            if let Some(rest) = strip_suffix_ci(s, label) {
                if !ends_with_letter(rest) {
                    s = rest.trim();
                    continue 'again;
                }
            }
        }
        return s;
    }
}

/// The extension that starts at byte `at` of `s` (a marker, spaces or a
/// colon, digits): `None` when no marker stands there, `Some(Err)` when
/// text follows its digits.
fn extension_at(s: &str, at: usize) -> Option<Result<String, CheckError>> {
    let (before, here) = s.split_at(at);
    // Every marker starts with one of these (in either case): most
    // positions of a number are ruled out without comparing any.
    if !here
        .chars()
        .next()
        .is_some_and(|c| matches!(c, 'в' | 'В' | 'д' | 'Д' | 'e' | 'E' | 'x' | 'X' | '#' | '*'))
    {
        return None;
    }
    EXTENSION_MARKERS.iter().find_map(|marker| {
        let after = strip_prefix_ci(here, marker)?;
        let word = starts_with_letter(marker);
        if word
            && (ends_with_letter(before) || (!marker.ends_with('.') && starts_with_letter(after)))
        {
            return None;
        }
        let after = after.trim_start_matches([' ', ':']);
        let n = after.bytes().take_while(u8::is_ascii_digit).count();
        if n == 0 {
            return None;
        }
        let (digits, trailing) = after.split_at(n);
        let trailing = trailing.trim();
        Some(if let Some(c) = trailing.chars().next() {
            Err(stray(c))
        } else if n > EXTENSION_MAX {
            Err(CheckError::format(t!(
                "phone-extension-too-long",
                max = EXTENSION_MAX,
                got = n
            )))
        } else {
            Ok(digits.to_string())
        })
    })
}

/// The number and the extension after it, if one follows a digit.
fn split_extension(s: &str) -> Result<(&str, Option<String>), CheckError> {
    let mut seen_digit = false;
    for (i, c) in s.char_indices() {
        if seen_digit {
            if let Some(ext) = extension_at(s, i) {
                return Ok((s[..i].trim_end(), Some(ext?)));
            }
        }
        seen_digit |= c.is_ascii_digit();
    }
    Ok((s, None))
}

fn stray(c: char) -> CheckError {
    CheckError::format(t!("phone-stray-char", found = format!("{c:?}")))
}

/// The number alone (no label, no extension) as E.164.
fn e164(number: &str) -> Result<String, CheckError> {
    let mut digits = String::with_capacity(16);
    let mut plus = false;
    for c in number.chars() {
        match c {
            '0'..='9' => digits.push(c),
            '+' if !plus && digits.is_empty() => plus = true,
            '+' => return Err(CheckError::format(t!("phone-one-plus"))),
            ' ' | '-' | '(' | ')' | '.' | '/' => {}
            c => return Err(stray(c)),
        }
    }
    let n = digits.len();
    if n == 0 {
        return Err(CheckError::format(t!("phone-no-digits")));
    }
    if n > E164_MAX {
        return Err(CheckError::format(t!(
            "phone-too-long",
            max = E164_MAX,
            got = n
        )));
    }
    let national = match (plus, n, digits.as_bytes()[0]) {
        (true, _, b'7') if n != 11 => {
            return Err(CheckError::format(t!("phone-plus7-length", got = n - 1)))
        }
        (true, _, b'7') | (false, 11, b'7' | b'8') => &digits[1..],
        (false, 10, _) => &digits[..],
        (true, _, _) => return plan::foreign(&digits),
        (false, _, _) => return Err(CheckError::format(t!("phone-national-length", got = n))),
    };
    if !plan::in_plus7_plan(national) {
        return Err(CheckError::format(t!(
            "phone-not-in-plan",
            code = &national[..3],
            rest = &national[3..]
        )));
    }
    Ok(format!("+7{national}"))
}
