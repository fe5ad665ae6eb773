//! Numbering plans: whether a national number is one a country issues, read
//! from the libphonenumber metadata that ships inside the `phonenumber`
//! crate, and the one place that works around that crate's parser.
//!
//! +7 numbers (Russia and Kazakhstan) never go through the crate's parser:
//! it strips a leading 8 of the national number as if it were the trunk
//! prefix (whisperfish/rust-phonenumber issue 76, open in 0.3.10:
//! `+78005553535` -> `+7005553535`), which loses every St Petersburg, Kazan
//! or toll-free number. The metadata itself is right, so the 10 digits are
//! matched against the RU and KZ patterns whole, with nothing stripped.
//! Other countries go through the parser, guarded against the same bug.

use std::sync::OnceLock;

use phonenumber::metadata::{Descriptor, DATABASE};
use phonenumber::{Metadata, Mode, Type};
use regex::{Regex, RegexBuilder};

use super::super::CheckError;
use crate::t;

/// The kinds of number a subscriber can be reached at; short codes,
/// emergency and carrier-selection numbers are not phone numbers of a card.
const KINDS: [Type; 10] = [
    Type::FixedLine,
    Type::Mobile,
    Type::TollFree,
    Type::PremiumRate,
    Type::SharedCost,
    Type::PersonalNumber,
    Type::Voip,
    Type::Pager,
    Type::Uan,
    Type::Voicemail,
];

/// One descriptor of the metadata: its pattern anchored at both ends (the
/// crate's own match is anchored at the start only) and its lengths.
struct Pattern {
    re: Regex,
    lengths: Vec<u16>,
}

impl Pattern {
    fn new(d: &Descriptor) -> Option<Self> {
        let re = RegexBuilder::new(&format!("^(?:{})$", d.national_number().as_str()))
            .ignore_whitespace(true)
            .build()
            .ok()?;
        Some(Self {
            re,
            lengths: d.possible_length().to_vec(),
        })
    }

    fn matches(&self, national: &str) -> bool {
        let fits = self.lengths.is_empty()
            || u16::try_from(national.len()).is_ok_and(|n| self.lengths.contains(&n));
        fits && self.re.is_match(national)
    }
}

/// One region's plan: its general pattern and the patterns of the kinds.
struct Region {
    general: Option<Pattern>,
    kinds: Vec<Pattern>,
}

impl Region {
    fn new(meta: &Metadata) -> Self {
        let d = meta.descriptors();
        Self {
            general: Pattern::new(d.general()),
            kinds: KINDS
                .iter()
                .filter_map(|&k| d.get(k).and_then(Pattern::new))
                .collect(),
        }
    }

    fn issues(&self, national: &str) -> bool {
        self.general.as_ref().is_some_and(|g| g.matches(national))
            && self.kinds.iter().any(|k| k.matches(national))
    }
}

/// Whether the 10 digits after +7 are a number of the Russian or the
/// Kazakh plan.
pub(super) fn in_plus7_plan(national: &str) -> bool {
    // Mobile numbers, most of any file: Russia's plan gives every 9xx code
    // whole (`9\d{9}`; a test holds the metadata to it), so they are read
    // without loading the crate's metadata of every country, which costs a
    // command about a fifth of a second.
    if is_mobile(national) {
        return true;
    }
    static PLAN: OnceLock<Vec<Region>> = OnceLock::new();
    PLAN.get_or_init(|| {
        ["RU", "KZ"]
            .iter()
            .filter_map(|id| DATABASE.by_id(*id))
            .map(Region::new)
            .collect()
    })
    .iter()
    .any(|r| r.issues(national))
}

/// Ten digits after +7 that start with 9: a Russian mobile number.
fn is_mobile(national: &str) -> bool {
    national.len() == 10
        && national.starts_with('9')
        && national.bytes().all(|b| b.is_ascii_digit())
}

/// Whether some region that uses country code `code` issues `national`.
/// Compiles the patterns on each call: only the rare numbers the parser
/// mangles come here.
fn in_plan_of_code(code: u16, national: &str) -> bool {
    DATABASE
        .by_code(&code)
        .unwrap_or_default()
        .into_iter()
        .any(|meta| Region::new(meta).issues(national))
}

/// A number with a country code other than 7, `digits` being everything
/// after the `+`, as E.164.
///
/// The guard against issue 76: the parser's country code followed by its
/// national number must give back the digits as written. When they do not,
/// the parser has stripped a trunk prefix that was part of the national
/// number (`+375 801 …` read as `+375 1 …`), and the written digits are
/// judged by the metadata directly instead.
pub(super) fn foreign(digits: &str) -> Result<String, CheckError> {
    let unreadable = || CheckError::format(t!("phone-unreadable"));
    let number = phonenumber::parse(None, format!("+{digits}")).map_err(|_| unreadable())?;
    let code = number.code().value();
    let rest = digits
        .strip_prefix(&code.to_string())
        .ok_or_else(unreadable)?;
    let valid = if number.national().to_string() == rest {
        number.is_valid()
    } else {
        in_plan_of_code(code, rest)
    };
    if !valid {
        return Err(CheckError::format(t!(
            "phone-invalid-for-code",
            code = code
        )));
    }
    Ok(if number.national().to_string() == rest {
        number.format().mode(Mode::E164).to_string()
    } else {
        format!("+{code}{rest}")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The bug this module works around, still present in the crate: if an
    /// upgrade fixes it, this test says so and the guard can go.
    #[test]
    fn the_crate_still_strips_a_national_8_issue_76() {
        let n = phonenumber::parse(None, "+78005553535").expect("parses");
        assert_eq!(n.format().mode(Mode::E164).to_string(), "+7005553535");
        let n = phonenumber::parse(None, "+3758011234567").expect("parses");
        assert_eq!(n.national().to_string(), "11234567");
    }

    #[test]
    fn the_guard_reads_what_the_parser_strips_issue_76() {
        // Belarus toll-free 801 …: the parser makes it +375 11234567.
        assert_eq!(foreign("3758011234567").as_deref(), Ok("+3758011234567"));
        // A stripped number that is not in the plan is still refused.
        assert!(foreign("3758881234567").is_err());
    }

    #[test]
    fn foreign_numbers_the_parser_reads_whole_keep_its_answer() {
        assert_eq!(foreign("442079460958").as_deref(), Ok("+442079460958"));
        assert_eq!(foreign("390612345678").as_deref(), Ok("+390612345678"));
        assert_eq!(foreign("375171234567").as_deref(), Ok("+375171234567"));
        assert!(foreign("375123456789").is_err());
        assert!(foreign("999123").is_err());
    }

    /// The shortcut for mobiles says what the metadata says, for every 9xx
    /// code and a spread of subscriber numbers.
    #[test]
    fn every_9xx_number_is_in_the_metadata_plan() {
        let plan: Vec<Region> = ["RU", "KZ"]
            .iter()
            .filter_map(|id| DATABASE.by_id(*id))
            .map(Region::new)
            .collect();
        for code in 900..=999 {
            for rest in ["0000000", "1234567", "5555555", "9999999", "0102030"] {
                let n = format!("{code}{rest}");
                assert!(is_mobile(&n), "{n}");
                assert!(
                    plan.iter().any(|r| r.issues(&n)),
                    "{n}: the metadata refuses it"
                );
            }
        }
        assert!(!is_mobile("912345678") && !is_mobile("91234567890") && !is_mobile("8123456789"));
    }

    #[test]
    fn plus7_plan_is_matched_whole_not_by_prefix() {
        assert!(in_plus7_plan("8123090909"));
        assert!(!in_plus7_plan("812309090"));
        assert!(!in_plus7_plan("81230909091"));
    }
}
