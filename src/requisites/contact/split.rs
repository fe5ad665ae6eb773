//! Several contacts in one 1C cell or one command-line flag: where one
//! phone number or e-mail address ends and the next begins. Fragments are
//! returned as written (trimmed); reading each is [`super::phone`]'s and
//! [`super::email`]'s job.

use super::phone::{is_extension_only, ENTITIES};

/// The phone numbers of one cell: split at `,`, `;`, line breaks and at a
/// `/` with whitespace on both sides (`8/977/1234567` is one number). The
/// `;` that closes an entity (`&ndash;`) splits nothing. A fragment that
/// holds only an extension (`+7 495 123-45-67, доб. 12`) is joined, after
/// a space, to the number before it.
pub fn split_phones(cell: &str) -> Vec<String> {
    // The usual cell: one number, nothing that could split it.
    if !cell.contains([',', ';', '\n', '\r', '/']) {
        let t = cell.trim();
        return if t.is_empty() {
            Vec::new()
        } else {
            vec![t.to_string()]
        };
    }
    let chars: Vec<char> = cell.chars().collect();
    let mut pieces: Vec<String> = Vec::new();
    let mut current = String::new();
    for (i, &c) in chars.iter().enumerate() {
        let split = match c {
            ',' | '\n' | '\r' => true,
            ';' => !closes_entity(&current),
            '/' => {
                let spaced = |j: Option<usize>| {
                    j.and_then(|j| chars.get(j))
                        .is_some_and(|c| c.is_whitespace())
                };
                spaced(i.checked_sub(1)) && spaced(Some(i + 1))
            }
            _ => false,
        };
        if split {
            pieces.push(std::mem::take(&mut current));
        } else {
            current.push(c);
        }
    }
    pieces.push(current);
    let mut out: Vec<String> = Vec::new();
    for piece in pieces {
        let piece = piece.trim();
        if piece.is_empty() {
            continue;
        }
        match out.last_mut() {
            Some(number) if is_extension_only(piece) => {
                number.push(' ');
                number.push_str(piece);
            }
            _ => out.extend(alternatives(piece)),
        }
    }
    out
}

/// `8 (977) 123-45-67/69/70`: a number whose last dash-separated group is
/// followed by `/` and groups of the same length — the same number ending
/// in each of them, as hand-kept 1C cells write a block of lines. Gives
/// every number written out (the text after the last alternative stays
/// with each); any other piece as it is.
fn alternatives(piece: &str) -> Vec<String> {
    let b = piece.as_bytes();
    // The first `/` that follows a digit group written after a `-`.
    let Some(slash) = (1..b.len()).find(|&i| {
        b[i] == b'/' && b[i - 1].is_ascii_digit() && {
            let start = (0..i)
                .rev()
                .find(|&j| !b[j].is_ascii_digit())
                .map_or(0, |j| j + 1);
            start > 0 && b[start - 1] == b'-'
        }
    }) else {
        return vec![piece.to_string()];
    };
    let start = (0..slash)
        .rev()
        .find(|&j| !b[j].is_ascii_digit())
        .map_or(0, |j| j + 1);
    let group = slash - start;
    // Only after a whole number (ten digits at least), with endings of two
    // digits or more: `/` between the groups of one number is no list.
    let digits = b[..slash].iter().filter(|c| c.is_ascii_digit()).count();
    if digits < 10 || group < 2 {
        return vec![piece.to_string()];
    }
    let mut ends = vec![&piece[start..slash]];
    let mut at = slash;
    while at < b.len() && b[at] == b'/' {
        let n = b[at + 1..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count();
        if n != group {
            return vec![piece.to_string()];
        }
        ends.push(&piece[at + 1..at + 1 + n]);
        at += 1 + n;
    }
    if at < b.len() && !b[at].is_ascii_whitespace() {
        return vec![piece.to_string()];
    }
    let (head, tail) = (&piece[..start], &piece[at..]);
    ends.iter()
        .map(|end| format!("{head}{end}{tail}"))
        .collect()
}

/// Whether `s` ends with an entity that a `;` would close (`…&ndash`).
fn closes_entity(s: &str) -> bool {
    ENTITIES
        .iter()
        .any(|(entity, _)| s.ends_with(entity.trim_end_matches(';')))
}

/// The e-mail addresses of one cell: split at `,`, `;` and whitespace,
/// except inside a quoted name (`"ivan ivanov"@example.ru`).
pub fn split_emails(cell: &str) -> Vec<String> {
    if !cell.contains([',', ';']) && !cell.chars().any(char::is_whitespace) {
        return if cell.is_empty() {
            Vec::new()
        } else {
            vec![cell.to_string()]
        };
    }
    let mut out = Vec::new();
    let mut current = String::new();
    let mut quoted = false;
    let mut escaped = false;
    for c in cell.chars() {
        if quoted {
            current.push(c);
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => quoted = false,
                _ => {}
            }
        } else if c == ',' || c == ';' || c.is_whitespace() {
            if !current.is_empty() {
                out.push(std::mem::take(&mut current));
            }
        } else {
            quoted = c == '"';
            current.push(c);
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}
