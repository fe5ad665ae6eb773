//! Phone numbers: the +7 plan, extensions, writings, notes and splitting
//! a cell into numbers (the e-mail tests are in `email_tests.rs`).

use super::super::CheckKind;
use super::*;
use proptest::prelude::*;

fn e164(v: &str) -> Result<String, String> {
    phone(v).map(|p| p.e164).map_err(|e| e.message)
}

fn ext(v: &str) -> Option<String> {
    phone(v).ok().and_then(|p| p.extension)
}

/// The +7 plan by first digits: one national number per code range, and
/// whether it is a number of Russia or Kazakhstan. Written down from the
/// plan (ranges of Rossvyaz and of Kazakhstan), not computed from the
/// metadata the reader uses.
const PLAN: &[(&str, bool, &str)] = &[
    ("0123456789", false, "no code starts with 0"),
    ("0951234567", false, "no code starts with 0"),
    ("1234567890", false, "no code starts with 1"),
    ("1951234567", false, "no code starts with 1"),
    ("2123456789", false, "no code starts with 2"),
    ("2951234567", false, "no code starts with 2"),
    ("3012123456", true, "301 Buryatia"),
    ("3022123456", true, "302 Zabaykalsky"),
    ("3031234567", false, "303 unassigned"),
    ("3112345678", false, "31x unassigned"),
    ("3272253939", false, "3272 old Almaty code, now 727"),
    ("3362212345", true, "336 Baikonur"),
    ("3312345678", false, "33x other than 336"),
    ("3432123456", true, "343 Ekaterinburg"),
    ("3452123456", true, "345 Tyumen"),
    ("3512123456", true, "351 Chelyabinsk"),
    ("3652123456", true, "365 Crimea"),
    ("3712345678", false, "37x unassigned"),
    ("3832123456", true, "383 Novosibirsk"),
    ("3912123456", true, "391 Krasnoyarsk"),
    ("3952123456", true, "395 Irkutsk"),
    ("4012123456", true, "401 Kaliningrad"),
    ("4112123456", true, "411 Yakutia"),
    ("4212123456", true, "421 Khabarovsk"),
    ("4312345678", false, "43x unassigned"),
    ("4412345678", false, "44x unassigned"),
    ("4512345678", false, "45x unassigned"),
    ("4612345678", false, "46x unassigned"),
    ("4732123456", true, "473 Voronezh"),
    ("4812123456", true, "481 Smolensk"),
    ("4951234567", true, "495 Moscow"),
    ("4991234567", true, "499 Moscow"),
    ("5123456789", false, "5xx unassigned"),
    ("5912345678", false, "5xx unassigned"),
    (
        "6123456789",
        false,
        "6xx: no range in use, in Russia or Kazakhstan",
    ),
    ("6951234567", false, "6xx: no range in use"),
    ("7001234567", true, "700 Kazakhstan mobile"),
    ("7051234567", true, "705 Kazakhstan mobile"),
    ("7081234567", true, "708 Kazakhstan mobile"),
    ("7031234567", false, "703 unassigned"),
    ("7172123456", true, "7172 Astana"),
    ("7272123456", true, "727 Almaty"),
    ("7312345678", false, "73x unassigned"),
    ("7471234567", true, "747 Kazakhstan mobile"),
    ("7511234567", true, "751 Kazakhstan voip"),
    ("7711234567", true, "771 Kazakhstan mobile"),
    ("7771234567", true, "777 Kazakhstan mobile"),
    ("7912345678", false, "79x unassigned"),
    ("8001234567", true, "800 toll-free"),
    ("8005553535", true, "800 toll-free"),
    ("8041234567", true, "804 toll-free"),
    ("8031234567", true, "803 premium rate"),
    ("8091234567", true, "809 premium rate"),
    ("8081234567", true, "808 personal numbers"),
    ("8011234567", false, "801 unassigned"),
    ("8112123456", true, "811 Pskov"),
    ("8123090909", true, "812 St Petersburg"),
    ("8192123456", false, "819 unassigned"),
    ("8202123456", true, "820 Cherepovets"),
    ("8222123456", false, "822 unassigned"),
    ("8312123456", true, "831 Nizhny Novgorod"),
    ("8322123456", false, "832 unassigned"),
    ("8332123456", true, "833 Kirov"),
    ("8402123456", true, "840 Abkhazia"),
    ("8432123456", true, "843 Kazan"),
    ("8442123456", true, "844 Volgograd"),
    ("8452123456", true, "845 Saratov"),
    ("8462316014", true, "846 Samara"),
    ("8492123456", false, "849 unassigned"),
    ("8512123456", true, "851 Astrakhan"),
    ("8522123456", false, "852 unassigned"),
    ("8612123456", true, "861 Krasnodar"),
    ("8622123456", true, "862 Sochi"),
    ("8632123456", true, "863 Rostov"),
    ("8642123456", false, "864 unassigned"),
    ("8712123456", true, "871 Chechnya"),
    ("8742123456", false, "874 unassigned"),
    ("8812345678", false, "88x unassigned"),
    ("8912345678", false, "89x unassigned"),
    ("9001234567", true, "900 mobile"),
    ("9123456789", true, "912 mobile"),
    ("9771234567", true, "977 mobile"),
    ("9991234567", true, "999 mobile"),
];

#[test]
fn every_range_of_the_plus7_plan_in_both_writings() {
    for &(n, valid, what) in PLAN {
        let (a, b) = n.split_at(3);
        let (b, c) = b.split_at(3);
        let (c, d) = c.split_at(2);
        let writings = [
            format!("+7 {a} {b}-{c}-{d}"),
            format!("8 ({a}) {b}-{c}-{d}"),
            format!("7{n}"),
            n.to_string(),
        ];
        for w in writings {
            let got = e164(&w);
            if valid {
                assert_eq!(got, Ok(format!("+7{n}")), "{w}: {what}");
            } else {
                let msg = got.expect_err(&format!("{w} accepted: {what}"));
                assert!(msg.contains("not in the numbering plan"), "{w}: {msg}");
            }
        }
    }
}

#[test]
fn the_cases_of_the_issue() {
    assert_eq!(e164("+7 (812) 309-09-09").as_deref(), Ok("+78123090909"));
    assert_eq!(e164("8-800-555-35-35").as_deref(), Ok("+78005553535"));
    assert_eq!(e164("8 (800) 555-35-35").as_deref(), Ok("+78005553535"));
    assert_eq!(e164("+78005553535").as_deref(), Ok("+78005553535"));
    assert_eq!(
        e164("+7 (495) 123-45-67 доб. 1234").as_deref(),
        Ok("+74951234567")
    );
    // An 8 typed twice is not the trunk prefix of St Petersburg.
    assert_eq!(
        e164("888121234567"),
        Err("must have 10 digits, or 11 starting with 8 or 7, got 12; \
             write a foreign number with + and its country code"
            .into())
    );
    assert_eq!(
        e164("+7 (3272) 25-39-39"),
        Err(
            "+7 327 2253939 is not in the numbering plan of russia or kazakhstan; \
             check the area code"
                .into()
        )
    );
}

#[test]
fn wrong_digit_counts_are_refused_with_the_count() {
    for (v, msg) in [
        ("+7 912 345", "must have 10 digits after +7, got 6"),
        ("+7 912 345 67 890", "must have 10 digits after +7, got 11"),
        (
            "8 (912) 345-67-89-00",
            "must have 10 digits, or 11 starting with 8 or 7, got 13; \
             write a foreign number with + and its country code",
        ),
        (
            "121",
            "must have 10 digits, or 11 starting with 8 or 7, got 3; \
             write a foreign number with + and its country code",
        ),
        (
            "1234567890123456",
            "must have at most 15 digits with the country code, got 16",
        ),
        (
            "69123456789",
            "must have 10 digits, or 11 starting with 8 or 7, got 11; \
             write a foreign number with + and its country code",
        ),
    ] {
        let e = phone(v).unwrap_err();
        assert_eq!(e.kind, CheckKind::Format, "{v}");
        assert_eq!(e.message, msg, "{v}");
    }
}

#[test]
fn extensions_are_kept_apart() {
    for v in [
        "+7 846 231-60-14 доб. 139",
        "+7 846 231-60-14 доб 139",
        "+7 846 231-60-14 доб.139",
        "+7 846 231-60-14 ДОБ. 139",
        "+7 846 231-60-14 вн. 139",
        "+7 846 231-60-14 внутр. 139",
        "+7 846 231-60-14 ext. 139",
        "+7 846 231-60-14 ext 139",
        "+7 846 231-60-14 x139",
        "+7 846 231-60-14 #139",
        "+7 846 231-60-14 *139",
        "8(846)2316014доб.139",
        "раб 846)231.60.14 *139",
    ] {
        assert_eq!(
            phone(v),
            Ok(Phone {
                e164: "+78462316014".into(),
                extension: Some("139".into()),
                note: None,
            }),
            "{v}"
        );
    }
    assert_eq!(ext("+7 846 231-60-14"), None);
    assert_eq!(
        phone("+44 20 7946 0958 ext. 12"),
        Ok(Phone {
            e164: "+442079460958".into(),
            extension: Some("12".into()),
            note: None,
        })
    );
    assert_eq!(
        e164("+7 846 231-60-14 доб. 12345678901"),
        Err("extension must be at most 10 digits, got 11".into())
    );
    // A marker inside a word is not a marker: "x" of a stray letter.
    assert!(e164("8x977_1234567").is_err());
}

#[test]
fn writings_pasted_from_word_and_excel() {
    for v in [
        "8 (812) 123\u{2013}45\u{2212}67",
        "8 (812) 123\u{2014}45\u{2013}67",
        "8 (812) 123&ndash;45&minus;67",
        "8 (812) 123&mdash;45-67",
        "8\u{a0}(812)\u{a0}123-45-67",
        "8&nbsp;(812)&nbsp;123-45-67",
        "+7\u{2009}812\u{202f}123\u{2009}45\u{2009}67",
        "8/812/1234567",
        "8 /812/ 123-45-67",
        "812)123.45.67",
        "(812 123-45-67",
        "+ 7 812 123 45 67",
        "\t+7 812 123 45 67 \n",
    ] {
        assert_eq!(e164(v).as_deref(), Ok("+78121234567"), "{v:?}");
    }
}

#[test]
fn labels_around_a_number_are_dropped() {
    for v in [
        "тел. 8 977 123-45-67",
        "тел 8 977 123-45-67",
        "Тел.: 8 977 123-45-67",
        "т. 8 977 123-45-67",
        "моб. 8 977 123-45-67",
        "МОБ 8 977 123-45-67",
        "моб.т. + 7 (977) 123-45-67 ",
        "сот. 89771234567",
        "раб 8 977 123-45-67",
        "раб. 8 977 123-45-67",
        "факс 8 977 123-45-67",
        "дом. 8 977 123-45-67",
        "+ 7 (977) 123-45-67 моб.",
        "тел. моб. 8 977 123-45-67",
    ] {
        assert_eq!(e164(v).as_deref(), Ok("+79771234567"), "{v}");
    }
    assert_eq!(
        ext("моб. + 7 (977) 123-45-67 вн. 123 моб."),
        Some("123".into())
    );
}

#[test]
fn words_after_a_number_are_its_note() {
    for (v, e164, ext, note) in [
        ("8 912 345-67-89 Мария", "+79123456789", None, "Мария"),
        (
            "++ 7 (977) 123-45-67 доб 123 Мария",
            "+79771234567",
            Some("123"),
            "Мария",
        ),
        (
            "8(977)123-45-67 с 12.00 до 22.00",
            "+79771234567",
            None,
            "с 12.00 до 22.00",
        ),
        (
            "8 977 123-45-67 доб. 12 Иван",
            "+79771234567",
            Some("12"),
            "Иван",
        ),
    ] {
        let p = phone(v).unwrap_or_else(|e| panic!("{v}: {e:?}"));
        assert_eq!(
            (p.e164.as_str(), p.extension.as_deref(), p.note.as_deref()),
            (e164, ext, Some(note)),
            "{v}"
        );
    }
    assert_eq!(phone("8 912 345-67-89").map(|p| p.note), Ok(None));
}

#[test]
fn other_text_is_refused_naming_the_character() {
    let msg = |c: char| {
        format!(
            "may contain only digits, + ( ) - . / and spaces, an extension (доб. 12) \
             and a label (тел., моб.), found {c:?}; put names and notes in the comment"
        )
    };
    for (v, c) in [
        // A second number after a word is no note: refused, not lost.
        ("8 912 345-67-89 Мария 8 912 345-67-90", 'М'),
        ("+7 495 123-45-67 факс (495) 123-45-68", 'ф'),
        ("телефон 8 977 123-45-67", 'т'),
        ("мобильный 8 977 123-45-67", 'м'),
        ("8 977 123_45_67", '_'),
    ] {
        assert_eq!(e164(v), Err(msg(c)), "{v}");
    }
    assert_eq!(
        e164("+7 +912 345 67 89"),
        Err("may have one + only, before the country code".into())
    );
    assert_eq!(
        e164("тел."),
        Err("holds a label but no number; write it as +7 912 345-67-89".into())
    );
    assert_eq!(e164(" \u{a0}"), Err("must not be empty".into()));
    assert_eq!(
        e164("доб. 12"),
        Err(
            "holds only an extension; write the number before it, as in +7 495 123-45-67 доб. 12"
                .into()
        )
    );
}

#[test]
fn normalize_phone_refuses_an_extension_it_cannot_keep() {
    assert_eq!(
        normalize_phone("8 (495) 123-45-67").as_deref(),
        Ok("+74951234567")
    );
    assert_eq!(
        normalize_phone("8 912 345 67 89 доб. 12")
            .unwrap_err()
            .message,
        "has an extension (12), which this field cannot keep; give the number alone"
    );
}

#[test]
fn foreign_numbers_keep_their_country_code() {
    assert_eq!(e164("+44 20 7946 0958").as_deref(), Ok("+442079460958"));
    assert_eq!(e164("+375 17 123-45-67").as_deref(), Ok("+375171234567"));
    assert_eq!(e164("+373 68 007777").as_deref(), Ok("+37368007777"));
    // Belarus toll-free, whose 8 the crate's parser strips (issue 76).
    assert_eq!(e164("+375 801 123-45-67").as_deref(), Ok("+3758011234567"));
    // Argentina's mobiles carry a 9 after +54; Solomon Islands' are 7 digits.
    assert_eq!(e164("+54 9 2982 423456").as_deref(), Ok("+5492982423456"));
    assert_eq!(e164("+677 742 1234").as_deref(), Ok("+6777421234"));
    // Placeholders that look like those but are outside the plans.
    for v in [
        "+54 9 2982 123456",
        "+677 1234567",
        "+375123456789",
        "+999 123",
        "+1 000 000 0000",
    ] {
        let msg = e164(v).unwrap_err();
        assert!(msg.contains("country code"), "{v}: {msg}");
    }
}

#[test]
fn split_phones_splits_a_cell_into_numbers() {
    let cases: &[(&str, &[&str])] = &[
        ("", &[]),
        (" , ;", &[]),
        ("+7 (495) 123-45-67", &["+7 (495) 123-45-67"]),
        (
            "+7 (495) 123-45-67, +7 (495) 765-43-21",
            &["+7 (495) 123-45-67", "+7 (495) 765-43-21"],
        ),
        (
            "+7 (495) 123-45-67; 8-916-123-45-67",
            &["+7 (495) 123-45-67", "8-916-123-45-67"],
        ),
        (
            "8 912 345-67-89\n8 (812) 309-09-09\r\n",
            &["8 912 345-67-89", "8 (812) 309-09-09"],
        ),
        (
            "8 912 345-67-89 / 8 (812) 309-09-09",
            &["8 912 345-67-89", "8 (812) 309-09-09"],
        ),
        ("8/977/1234567", &["8/977/1234567"]),
        ("8 /977/ 123-45-67", &["8 /977/ 123-45-67"]),
        ("+7 495 123-45-67, доб. 12", &["+7 495 123-45-67 доб. 12"]),
        (
            "+7 495 123-45-67; #12, 8 912 345-67-89",
            &["+7 495 123-45-67 #12", "8 912 345-67-89"],
        ),
        ("доб. 12, 8 912 345-67-89", &["доб. 12", "8 912 345-67-89"]),
        (
            "8 (812) 123&ndash;45&minus;67; 8&nbsp;912&nbsp;3456789",
            &["8 (812) 123&ndash;45&minus;67", "8&nbsp;912&nbsp;3456789"],
        ),
    ];
    for (cell, want) in cases {
        assert_eq!(split_phones(cell), *want, "{cell:?}");
    }
    // An extension joined to its number is read as the number's.
    let parts = split_phones("+7 495 123-45-67, доб. 12");
    assert_eq!(ext(&parts[0]), Some("12".into()));
}

/// A Russian mobile number with a random prefix and separators.
fn mobile_written_somehow() -> impl Strategy<Value = (String, String)> {
    let prefix = prop::sample::select(vec![
        "+7",
        "8",
        "7",
        "",
        "+7 ",
        "8 ",
        " +7",
        "+7(",
        "8(",
        "+ 7",
        "8/",
        "тел. 8",
    ]);
    let digits = "9[0-9]{9}";
    let seps = prop::collection::vec(
        prop::sample::select(vec![
            "", "", " ", "-", "(", ")", ".", " - ", "/", "\u{2013}", "\u{a0}", "&ndash;",
        ]),
        10,
    );
    (prefix, digits, seps).prop_map(|(p, d, s)| {
        let mut out = p.to_string();
        for (c, sep) in d.chars().zip(s) {
            out.push(c);
            out.push_str(sep);
        }
        (out, format!("+7{d}"))
    })
}

/// Any 10 digits written with +7 and with the trunk prefix 8.
fn national() -> impl Strategy<Value = String> {
    "[0-9]{10}"
}

proptest! {
    #[test]
    fn every_writing_of_a_mobile_gives_its_number((v, want) in mobile_written_somehow()) {
        prop_assert_eq!(e164(&v), Ok(want), "{}", v);
    }

    #[test]
    fn plus7_and_trunk_8_always_agree(n in national()) {
        let plus = phone(&format!("+7 {n}"));
        prop_assert_eq!(phone(&format!("8 {n}")), plus.clone(), "{}", n);
        prop_assert_eq!(phone(&n), plus, "{}", n);
    }

    // Where the crate's parser has no 8 to strip, its validator and our
    // plan reader are two readings of the same metadata and must agree.
    #[test]
    fn the_plan_reader_agrees_with_the_crate_where_issue_76_cannot_apply(
        n in "[0-79][0-9]{9}"
    ) {
        let ours = e164(&format!("+7{n}")).ok();
        let crate_reading = phonenumber::parse(None, format!("+7{n}"))
            .ok()
            .filter(phonenumber::PhoneNumber::is_valid)
            .map(|p| p.format().mode(phonenumber::Mode::E164).to_string());
        prop_assert_eq!(ours, crate_reading, "{}", n);
    }

    #[test]
    fn a_number_with_an_extension_keeps_both(
        (v, want) in mobile_written_somehow(),
        marker in prop::sample::select(vec![" доб. ", " доб ", " вн. ", " ext. ", " x", " #", " *", "доб."]),
        x in "[0-9]{1,6}",
    ) {
        let p = phone(&format!("{v}{marker}{x}"));
        prop_assert_eq!(p, Ok(Phone { e164: want, extension: Some(x), note: None }), "{}", v);
    }

    #[test]
    fn numbers_joined_in_a_cell_split_back(
        numbers in prop::collection::vec(mobile_written_somehow(), 1..4),
        sep in prop::sample::select(vec![", ", ",", "; ", ";", "\n", " / "]),
    ) {
        let written: Vec<String> = numbers.iter().map(|(v, _)| v.trim().to_string()).collect();
        let cell = written.join(sep);
        let parts = split_phones(&cell);
        let got: Vec<_> = parts.iter().map(|p| e164(p)).collect();
        let want: Vec<_> = numbers.iter().map(|(_, e)| Ok(e.clone())).collect();
        prop_assert_eq!(got, want, "{}", cell);
    }

    #[test]
    fn phone_output_is_e164_or_an_error(v in "[0-9 +().-]{0,20}") {
        if let Ok(n) = normalize_phone(&v) {
            prop_assert!(n.starts_with('+'), "{}", n);
            prop_assert!(n[1..].bytes().all(|b| b.is_ascii_digit()), "{}", n);
            prop_assert!((8..=16).contains(&n.len()), "{}", n);
        }
    }

    #[test]
    fn nothing_panics_on_any_text(s in any::<String>()) {
        let _ = (phone(&s), email(&s), split_phones(&s), split_emails(&s));
    }

    #[test]
    fn nothing_panics_on_contact_like_text(s in "[0-9 +()@.,;/#*x\"\\[\\]доб&a-z-]{0,30}") {
        let _ = (phone(&s), email(&s));
        for p in split_phones(&s) {
            let _ = phone(&p);
        }
        for e in split_emails(&s) {
            let _ = email(&e);
        }
    }
}

#[test]
fn a_block_of_lines_written_as_alternative_endings() {
    assert_eq!(
        split_phones("8 (977) 123-45-67/69/70"),
        [
            "8 (977) 123-45-67",
            "8 (977) 123-45-69",
            "8 (977) 123-45-70"
        ]
    );
    // What follows the last ending stays with every number.
    assert_eq!(
        split_phones("моб. 8 (977) 123-45-67/69 Мария Петровна"),
        [
            "моб. 8 (977) 123-45-67 Мария Петровна",
            "моб. 8 (977) 123-45-69 Мария Петровна"
        ]
    );
    // Slashes between groups, endings of another length: one number.
    for v in [
        "8/977/1234567",
        "8 /977/ 123-45-67",
        "8 (977) 123-45-67/6",
        "123-4/56",
    ] {
        assert_eq!(split_phones(v), [v], "{v}");
    }
}
