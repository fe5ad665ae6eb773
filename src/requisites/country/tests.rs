//! The ОКСМ table's consistency and the writings 1C uses.

use super::*;
use std::collections::HashSet;

#[test]
fn table_holds_every_iso_country_once_in_okcm_order() {
    assert_eq!(COUNTRIES.len(), 249);
    let upper = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_uppercase());
    for c in COUNTRIES {
        assert!(upper(c.alpha2, 2) && upper(c.alpha3, 3), "{}", c.short);
        assert!((1..=999).contains(&c.numeric), "{}", c.short);
        assert!(!c.short.is_empty() && c.full != Some(""), "{}", c.alpha2);
    }
    assert!(COUNTRIES.windows(2).all(|w| w[0].numeric < w[1].numeric));
    let unique = |f: fn(&Country) -> &'static str| {
        COUNTRIES.iter().map(f).collect::<HashSet<_>>().len() == COUNTRIES.len()
    };
    assert!(unique(|c| c.alpha2), "alpha-2 codes repeat");
    assert!(unique(|c| c.alpha3), "alpha-3 codes repeat");
    assert!(unique(|c| c.short), "short names repeat");
}

#[test]
fn no_writing_names_two_countries() {
    let mut seen: HashMap<String, &str> = HashMap::new();
    for (k, code) in entries() {
        assert!(!k.is_empty());
        assert!(
            country_name(code).is_some(),
            "{k:?} points to unknown {code}"
        );
        if let Some(other) = seen.insert(k.clone(), code) {
            assert_eq!(other, code, "{k:?} is both {other} and {code}");
        }
    }
}

#[test]
fn every_row_reads_back_by_each_of_its_writings() {
    for c in COUNTRIES {
        let mut writings = vec![
            format!("{:03}", c.numeric),
            c.alpha2.to_owned(),
            c.alpha2.to_lowercase(),
            c.alpha3.to_owned(),
            c.alpha3.to_lowercase(),
            c.short.to_owned(),
            // 1C's «Страны мира» keeps ОКСМ's capitals.
            c.short.to_uppercase(),
        ];
        writings.extend(c.full.map(str::to_owned));
        writings.extend(c.full.map(str::to_uppercase));
        for w in writings {
            assert_eq!(country_code(&w), Some(c.alpha2), "{w:?}");
        }
        assert_eq!(country_name(c.alpha2), Some(c.short));
    }
}

/// Written out here, not taken from the table, so a typo there fails.
#[test]
fn well_known_countries_have_their_iso_codes() {
    let known = [
        ("RU", "643", "RUS", "Россия", "Российская Федерация"),
        ("KZ", "398", "KAZ", "Казахстан", "Республика Казахстан"),
        ("BY", "112", "BLR", "Беларусь", "Республика Беларусь"),
        ("UA", "804", "UKR", "Украина", ""),
        (
            "DE",
            "276",
            "DEU",
            "Германия",
            "Федеративная Республика Германия",
        ),
        (
            "US",
            "840",
            "USA",
            "Соединенные Штаты",
            "Соединенные Штаты Америки",
        ),
        ("GB", "826", "GBR", "Соединенное Королевство", ""),
        ("CN", "156", "CHN", "Китай", "Китайская Народная Республика"),
        ("UZ", "860", "UZB", "Узбекистан", "Республика Узбекистан"),
        ("KG", "417", "KGZ", "Киргизия", "Киргизская Республика"),
        ("AM", "051", "ARM", "Армения", "Республика Армения"),
        ("AZ", "031", "AZE", "Азербайджан", "Республика Азербайджан"),
        ("GE", "268", "GEO", "Грузия", ""),
        ("TJ", "762", "TJK", "Таджикистан", "Республика Таджикистан"),
        ("TM", "795", "TKM", "Туркмения", "Туркменистан"),
        (
            "MD",
            "498",
            "MDA",
            "Молдова, Республика",
            "Республика Молдова",
        ),
        ("TR", "792", "TUR", "Турция", "Турецкая Республика"),
        ("FI", "246", "FIN", "Финляндия", "Финляндская Республика"),
        ("EE", "233", "EST", "Эстония", "Эстонская Республика"),
        ("LV", "428", "LVA", "Латвия", "Латвийская Республика"),
        ("LT", "440", "LTU", "Литва", "Литовская Республика"),
        ("PL", "616", "POL", "Польша", "Республика Польша"),
        ("KR", "410", "KOR", "Корея, Республика", "Республика Корея"),
        (
            "KP",
            "408",
            "PRK",
            "Корея, Народно-Демократическая Республика",
            "",
        ),
        ("AF", "004", "AFG", "Афганистан", ""),
        ("AX", "248", "ALA", "Эландские острова", ""),
        ("RS", "688", "SRB", "Сербия", "Республика Сербия"),
        ("CW", "531", "CUW", "Кюрасао", ""),
        ("SS", "728", "SSD", "Южный Судан", ""),
        ("ZM", "894", "ZMB", "Замбия", ""),
    ];
    for (alpha2, numeric, alpha3, short, full) in known {
        for w in [numeric, alpha3, alpha2, short, full] {
            if !w.is_empty() {
                assert_eq!(country_code(w), Some(alpha2), "{w:?}");
            }
        }
        assert_eq!(country_name(alpha2), Some(short));
    }
}

#[test]
fn common_writings_that_are_not_okcm_names() {
    let cases = [
        ("Белоруссия", "BY"),
        ("Республика Беларусь", "BY"),
        ("США", "US"),
        ("Соединённые Штаты", "US"),
        ("Великобритания", "GB"),
        ("Англия", "GB"),
        ("UK", "GB"),
        ("Киргизия", "KG"),
        ("Кыргызстан", "KG"),
        ("Кыргызская Республика", "KG"),
        ("Молдавия", "MD"),
        ("Молдова", "MD"),
        ("Россия", "RU"),
        ("РФ", "RU"),
        ("Российская Федерация", "RU"),
        ("Туркменистан", "TM"),
        ("Южная Корея", "KR"),
        ("КНДР", "KP"),
        ("ОАЭ", "AE"),
        ("Свазиленд", "SZ"),
        ("Эсватини", "SZ"),
        ("Македония", "MK"),
        ("Северная Македония", "MK"),
        ("Чешская Республика", "CZ"),
        ("Чехия", "CZ"),
        ("Аландские острова", "AX"),
    ];
    for (w, code) in cases {
        assert_eq!(country_code(w), Some(code), "{w:?}");
    }
}

#[test]
fn case_yo_quotes_dashes_and_spaces_do_not_matter() {
    let cases = [
        ("  республика   казахстан ", "KZ"),
        ("КАЗАХСТАН", "KZ"),
        ("«Казахстан»", "KZ"),
        ("\"Германия\"", "DE"),
        ("Казахстан\u{a0}", "KZ"),
        ("Корея,Республика", "KR"),
        ("КОРЕЯ , РЕСПУБЛИКА", "KR"),
        ("Гвинея Бисау", "GW"),
        ("Гвинея – Бисау", "GW"),
        ("Кот-д’Ивуар", "CI"),
        ("Кот д`Ивуар", "CI"),
        ("Виргинские острова (США)", "VI"),
        ("Тайвань, Китай", "TW"),
        ("Папуа-Новая Гвинея", "PG"),
        // Latin H and Latin K among Cyrillic letters.
        ("АРМЕHИЯ", "AM"),
        ("Kазахстан", "KZ"),
        (" kz ", "KZ"),
        ("Kaz", "KZ"),
    ];
    for (w, code) in cases {
        assert_eq!(country_code(w), Some(code), "{w:?}");
    }
}

#[test]
fn rejects_what_names_no_country() {
    for w in [
        "",
        "   ",
        "«»",
        "Нарния",
        "999",
        "000",
        // Not three digits: postal codes, house numbers, lost zeros.
        "0398",
        "51",
        "12",
        "005897",
        "690078",
        // ОКСМ's additions outside ISO 3166-1.
        "Абхазия",
        "895",
        "Южная Осетия",
        // An address in the country field.
        "Российская Федерация, 195027, г. Санкт-Петербург",
        "Россия Казахстан",
        "XX",
        "ZZZ",
        "K Z",
        "Корея",
        "Республика",
    ] {
        assert_eq!(country_code(w), None, "{w:?}");
    }
    assert_eq!(country_name("kz"), Some("Казахстан"));
    for w in ["", "XX", "KAZ", "398", "Казахстан"] {
        assert_eq!(country_name(w), None, "{w:?}");
    }
}
