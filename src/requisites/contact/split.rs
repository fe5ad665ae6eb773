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
            _ => out.push(piece.to_string()),
        }
    }
    out
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
