//! Search folding and the words of a query. Databases fold only ASCII case
//! (SQLite's FTS5 never folds ё/е), so the card's search text and the query
//! are folded the same way here, and the query is split into words a
//! trigram index can answer (3+ characters) and short words checked by
//! substring. How the words are looked up is the store's.

/// Lower-cases (Latin and Cyrillic) and maps ё to е.
///
/// Card text is nearly all ASCII and Russian, so those letters are folded
/// by arithmetic; any other character goes through Unicode's full
/// lower-casing (which [`fold_by_unicode`] does for all; a property test
/// holds the two equal).
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            'A'..='Z' => out.push(c.to_ascii_lowercase()),
            '\0'..='\x7f' | 'а'..='я' => out.push(c),
            'Ё' | 'ё' => out.push('е'),
            // А..Я: the lower-case letters are 32 code points up.
            'А'..='Я' => out.push(char::from_u32(c as u32 + 32).unwrap_or(c)),
            _ => out.extend(c.to_lowercase().map(|c| if c == 'ё' { 'е' } else { c })),
        }
    }
    out
}

/// [`fold`] by Unicode's tables alone: the definition the fast path keeps.
#[cfg(test)]
fn fold_by_unicode(s: &str) -> String {
    s.chars()
        .flat_map(char::to_lowercase)
        .map(|c| if c == 'ё' { 'е' } else { c })
        .collect()
}

/// The most distinct words a search may have: each is one more condition
/// of the query (about a thousand short words exceeded SQLite's
/// expression depth), and no name needs more.
pub const SEARCH_WORDS_MAX: usize = 16;

/// A search query's distinct folded words.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Words {
    /// Words of 3+ characters (the trigram index answers them).
    pub long: Vec<String>,
    /// Words under 3 characters, each checked with a substring test.
    pub short: Vec<String>,
}

impl Words {
    pub fn is_empty(&self) -> bool {
        self.long.is_empty() && self.short.is_empty()
    }

    /// How many distinct words it searches for.
    pub fn count(&self) -> usize {
        self.long.len() + self.short.len()
    }
}

/// The distinct folded words of `query`.
pub fn words(query: &str) -> Words {
    let folded = fold(query);
    let mut out = Words::default();
    for word in folded.split_whitespace() {
        // A word repeated asks nothing more.
        if out.long.iter().chain(&out.short).any(|w| w == word) {
            continue;
        }
        if word.chars().count() >= 3 {
            out.long.push(word.to_string());
        } else {
            out.short.push(word.to_string());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn fast_fold_equals_unicode_lower_casing(s in "\\PC*") {
            proptest::prop_assert_eq!(fold(&s), fold_by_unicode(&s));
        }

        #[test]
        fn fast_fold_on_cyrillic_and_latin(s in "[A-Za-zА-яЁёЀ-ӿ0-9 ẞİ\\-]*") {
            proptest::prop_assert_eq!(fold(&s), fold_by_unicode(&s));
        }
    }

    #[test]
    fn folds_cyrillic_case_and_yo() {
        assert_eq!(fold("ИВАНОВ Пётр Ёлкин"), "иванов петр елкин");
        assert_eq!(fold("ООО «Ромашка» LLC"), "ооо «ромашка» llc");
    }

    #[test]
    fn repeated_words_count_once() {
        let w = words("иван Иван ИВАН ив ив");
        assert_eq!(w.long, vec!["иван".to_string()]);
        assert_eq!(w.short, vec!["ив".to_string()]);
        assert_eq!(w.count(), 2);
    }

    #[test]
    fn splits_long_and_short_words() {
        let w = words("Пётр  ИП \"x");
        assert_eq!(w.long, vec!["петр".to_string()]);
        assert_eq!(w.short, vec!["ип".to_string(), "\"x".to_string()]);
        assert!(words("   ").is_empty());
    }
}
