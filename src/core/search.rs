//! Search folding and query planning. SQLite folds only ASCII case and FTS5
//! never folds ё/е, so the core folds both the indexed text and the query
//! the same way here, and splits the query into words the trigram index can
//! answer (3+ characters) and short words checked by substring.

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

/// How the store should look a query up.
/// The most distinct words a search may have: each is one more condition
/// of the query (about a thousand short words exceeded SQLite's
/// expression depth), and no name needs more.
pub const SEARCH_WORDS_MAX: usize = 16;

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SearchPlan {
    /// An FTS5 MATCH expression over the trigram index (all words of 3+ chars).
    pub fts_match: Option<String>,
    /// Folded words under 3 characters, each checked with a substring test.
    pub short_words: Vec<String>,
}

impl SearchPlan {
    pub fn is_empty(&self) -> bool {
        self.fts_match.is_none() && self.short_words.is_empty()
    }

    /// How many distinct words it searches for.
    pub fn words(&self) -> usize {
        self.short_words.len()
            + self
                .fts_match
                .as_ref()
                .map_or(0, |m| m.matches(" AND ").count() + 1)
    }
}

pub fn plan(query: &str) -> SearchPlan {
    let folded = fold(query);
    let mut long = Vec::new();
    let mut short_words = Vec::new();
    let mut seen: Vec<&str> = Vec::new();
    for word in folded.split_whitespace() {
        // A word repeated asks nothing more.
        if seen.contains(&word) {
            continue;
        }
        seen.push(word);
        if word.chars().count() >= 3 {
            // A quoted FTS5 string is matched literally; quotes double inside.
            long.push(format!("\"{}\"", word.replace('"', "\"\"")));
        } else {
            short_words.push(word.to_string());
        }
    }
    SearchPlan {
        fts_match: (!long.is_empty()).then(|| long.join(" AND ")),
        short_words,
    }
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
        let p = plan("иван Иван ИВАН ив ив");
        assert_eq!(p.fts_match.as_deref(), Some("\"иван\""));
        assert_eq!(p.short_words, vec!["ив".to_string()]);
        assert_eq!(p.words(), 2);
    }

    #[test]
    fn plans_long_and_short_words() {
        let p = plan("Пётр  ИП \"x");
        assert_eq!(p.fts_match.as_deref(), Some("\"петр\""));
        assert_eq!(p.short_words, vec!["ип".to_string(), "\"x".to_string()]);
        assert!(plan("   ").is_empty());
    }
}
