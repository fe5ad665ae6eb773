//! Countries of the world as 1C writes them: the ОКСМ table (Общероссийский
//! классификатор стран мира), read into ISO 3166-1 alpha-2 codes.
//!
//! ОКСМ takes its numeric, alpha-2 and alpha-3 codes from ISO 3166-1 and adds
//! Russian short and full names; 1C's «Страны мира» catalogue copies it, and
//! a counterparty's country reaches an export as any of these. [`country_code`]
//! reads every one of them, and the common writings that are not ОКСМ's
//! («Белоруссия», «США», «Великобритания», former names such as
//! «Свазиленд»); [`country_name`] gives the short name back for messages.
//!
//! Decisions, so a caller knows what it gets:
//! - A numeric code is exactly three digits, as ОКСМ writes it (`051`,
//!   `398`). `51`, `0398` or `005897` are not read: real exports carry postal
//!   codes and house numbers in the «Страна» field, and `12` must not become
//!   Algeria.
//! - Only ISO 3166-1 countries are in the table, because the card keeps an
//!   ISO code: ОКСМ's own additions (Абхазия `895`, Южная Осетия `896`,
//!   with codes `AB`/`OS` that ISO never assigned) are not read.
//! - «Англия» is read as the United Kingdom (`GB`), the only country it can
//!   mean on a counterparty's card; so is `UK`, which ISO reserves for it.
//! - The text must be the country alone: an address that starts with one
//!   («Российская Федерация, 195027, г. Санкт-Петербург…») is not read.
//!
//! Letter case, ё/е, quotes (`"«»'’`…), hyphens and dashes, commas,
//! brackets and runs of spaces do not matter, and Latin letters that look
//! like Cyrillic ones (`АРМЕHИЯ` typed with a Latin H) are read as Cyrillic
//! in a name that has Cyrillic letters. The index is built once, on the
//! first lookup.

use std::collections::HashMap;
use std::sync::OnceLock;

/// ISO 3166-1 alpha-2 of a country written as 1C writes it: its Russian
/// short or full ОКСМ name or a common other writing, its three-digit
/// numeric code (`398`), alpha-2 (`KZ`, `kz`) or alpha-3 (`KAZ`) code.
/// `None` when the text names no country of the table.
pub fn country_code(written: &str) -> Option<&'static str> {
    index().get(&key(written)).copied()
}

/// The Russian short name (ОКСМ's, in ordinary letter case) of the country
/// with alpha-2 code `alpha2`, in either letter case.
pub fn country_name(alpha2: &str) -> Option<&'static str> {
    COUNTRIES
        .iter()
        .find(|c| c.alpha2.eq_ignore_ascii_case(alpha2))
        .map(|c| c.short)
}

/// One row of ОКСМ.
struct Country {
    numeric: u16,
    alpha2: &'static str,
    alpha3: &'static str,
    short: &'static str,
    full: Option<&'static str>,
}

const fn c(
    numeric: u16,
    alpha2: &'static str,
    alpha3: &'static str,
    short: &'static str,
    full: Option<&'static str>,
) -> Country {
    Country {
        numeric,
        alpha2,
        alpha3,
        short,
        full,
    }
}

/// Writings seen in 1C data that are not ОКСМ names: everyday names,
/// abbreviations and the names ОКСМ used before a country renamed itself.
const ALIASES: &[(&str, &str)] = &[
    ("РФ", "RU"),
    ("Белоруссия", "BY"),
    ("Республика Белоруссия", "BY"),
    ("Кыргызстан", "KG"),
    ("Киргизстан", "KG"),
    ("Кыргызская Республика", "KG"),
    ("Молдова", "MD"),
    ("Молдавия", "MD"),
    ("Республика Молдавия", "MD"),
    ("США", "US"),
    ("Великобритания", "GB"),
    ("Англия", "GB"),
    ("UK", "GB"),
    ("Южная Корея", "KR"),
    ("Северная Корея", "KP"),
    ("КНДР", "KP"),
    ("КНР", "CN"),
    ("ОАЭ", "AE"),
    ("ЮАР", "ZA"),
    ("ФРГ", "DE"),
    ("ЦАР", "CF"),
    ("ДР Конго", "CD"),
    ("ДРК", "CD"),
    ("Иран", "IR"),
    ("Сирия", "SY"),
    ("Лаос", "LA"),
    ("Боливия", "BO"),
    ("Венесуэла", "VE"),
    ("Танзания", "TZ"),
    ("Микронезия", "FM"),
    ("Палестина", "PS"),
    ("Ватикан", "VA"),
    ("Бруней", "BN"),
    ("Тайвань", "TW"),
    ("Голландия", "NL"),
    ("Восточный Тимор", "TL"),
    ("Аландские острова", "AX"),
    ("Фолклендские острова", "FK"),
    ("Чешская Республика", "CZ"),
    ("Македония", "MK"),
    ("Республика Македония", "MK"),
    ("Свазиленд", "SZ"),
    ("Королевство Свазиленд", "SZ"),
    ("Венгерская Республика", "HU"),
];

/// `written` folded to the form the index keys use: lowercase, ё as е,
/// quotes dropped, hyphens, dashes, commas and brackets as spaces, spaces
/// collapsed, and look-alike Latin letters as Cyrillic when the text has
/// Cyrillic letters.
fn key(written: &str) -> String {
    let cyrillic = written
        .chars()
        .any(|ch| matches!(ch, 'а'..='я' | 'А'..='Я' | 'ё' | 'Ё'));
    let mut out = String::with_capacity(written.len());
    let mut space = false;
    for ch in written.chars().flat_map(char::to_lowercase) {
        let ch = match ch {
            '"' | '\'' | '`' | '«' | '»' | '„' | '“' | '”' | '‘' | '’' | 'ʼ' | '´' => {
                continue
            }
            '-' | '‐' | '‑' | '‒' | '–' | '—' | '−' | ',' | '(' | ')' => ' ',
            'ё' => 'е',
            'a' if cyrillic => 'а',
            'b' if cyrillic => 'в',
            'c' if cyrillic => 'с',
            'e' if cyrillic => 'е',
            'h' if cyrillic => 'н',
            'k' if cyrillic => 'к',
            'm' if cyrillic => 'м',
            'o' if cyrillic => 'о',
            'p' if cyrillic => 'р',
            't' if cyrillic => 'т',
            'x' if cyrillic => 'х',
            'y' if cyrillic => 'у',
            ch => ch,
        };
        if ch.is_whitespace() {
            space = !out.is_empty();
        } else {
            if space {
                out.push(' ');
                space = false;
            }
            out.push(ch);
        }
    }
    out
}

/// Every key the index holds, with the code it stands for.
fn entries() -> impl Iterator<Item = (String, &'static str)> {
    let rows = COUNTRIES.iter().flat_map(|c| {
        [
            Some(format!("{:03}", c.numeric)),
            Some(c.alpha2.to_owned()),
            Some(c.alpha3.to_owned()),
            Some(c.short.to_owned()),
            c.full.map(str::to_owned),
        ]
        .into_iter()
        .flatten()
        .map(|w| (key(&w), c.alpha2))
    });
    let aliases = ALIASES.iter().map(|&(w, code)| (key(w), code));
    rows.chain(aliases)
}

fn index() -> &'static HashMap<String, &'static str> {
    static INDEX: OnceLock<HashMap<String, &'static str>> = OnceLock::new();
    INDEX.get_or_init(|| entries().collect())
}

/// ОКСМ in its own order, by numeric code: every ISO 3166-1 country.
#[rustfmt::skip]
const COUNTRIES: &[Country] = &[
    c(4, "AF", "AFG", "Афганистан", Some("Исламская Республика Афганистан")),
    c(8, "AL", "ALB", "Албания", Some("Республика Албания")),
    c(10, "AQ", "ATA", "Антарктида", None),
    c(12, "DZ", "DZA", "Алжир", Some("Алжирская Народная Демократическая Республика")),
    c(16, "AS", "ASM", "Американское Самоа", None),
    c(20, "AD", "AND", "Андорра", Some("Княжество Андорра")),
    c(24, "AO", "AGO", "Ангола", Some("Республика Ангола")),
    c(28, "AG", "ATG", "Антигуа и Барбуда", None),
    c(31, "AZ", "AZE", "Азербайджан", Some("Республика Азербайджан")),
    c(32, "AR", "ARG", "Аргентина", Some("Аргентинская Республика")),
    c(36, "AU", "AUS", "Австралия", None),
    c(40, "AT", "AUT", "Австрия", Some("Австрийская Республика")),
    c(44, "BS", "BHS", "Багамы", Some("Содружество Багамы")),
    c(48, "BH", "BHR", "Бахрейн", Some("Королевство Бахрейн")),
    c(50, "BD", "BGD", "Бангладеш", Some("Народная Республика Бангладеш")),
    c(51, "AM", "ARM", "Армения", Some("Республика Армения")),
    c(52, "BB", "BRB", "Барбадос", None),
    c(56, "BE", "BEL", "Бельгия", Some("Королевство Бельгия")),
    c(60, "BM", "BMU", "Бермуды", None),
    c(64, "BT", "BTN", "Бутан", Some("Королевство Бутан")),
    c(68, "BO", "BOL", "Боливия, Многонациональное Государство", Some("Многонациональное Государство Боливия")),
    c(70, "BA", "BIH", "Босния и Герцеговина", None),
    c(72, "BW", "BWA", "Ботсвана", Some("Республика Ботсвана")),
    c(74, "BV", "BVT", "Остров Буве", None),
    c(76, "BR", "BRA", "Бразилия", Some("Федеративная Республика Бразилия")),
    c(84, "BZ", "BLZ", "Белиз", None),
    c(86, "IO", "IOT", "Британская территория в Индийском океане", None),
    c(90, "SB", "SLB", "Соломоновы Острова", None),
    c(92, "VG", "VGB", "Виргинские острова, Британские", Some("Британские Виргинские острова")),
    c(96, "BN", "BRN", "Бруней-Даруссалам", None),
    c(100, "BG", "BGR", "Болгария", Some("Республика Болгария")),
    c(104, "MM", "MMR", "Мьянма", Some("Республика Союза Мьянма")),
    c(108, "BI", "BDI", "Бурунди", Some("Республика Бурунди")),
    c(112, "BY", "BLR", "Беларусь", Some("Республика Беларусь")),
    c(116, "KH", "KHM", "Камбоджа", Some("Королевство Камбоджа")),
    c(120, "CM", "CMR", "Камерун", Some("Республика Камерун")),
    c(124, "CA", "CAN", "Канада", None),
    c(132, "CV", "CPV", "Кабо-Верде", Some("Республика Кабо-Верде")),
    c(136, "KY", "CYM", "Острова Кайман", None),
    c(140, "CF", "CAF", "Центрально-Африканская Республика", None),
    c(144, "LK", "LKA", "Шри-Ланка", Some("Демократическая Социалистическая Республика Шри-Ланка")),
    c(148, "TD", "TCD", "Чад", Some("Республика Чад")),
    c(152, "CL", "CHL", "Чили", Some("Республика Чили")),
    c(156, "CN", "CHN", "Китай", Some("Китайская Народная Республика")),
    c(158, "TW", "TWN", "Тайвань (Китай)", None),
    c(162, "CX", "CXR", "Остров Рождества", None),
    c(166, "CC", "CCK", "Кокосовые (Килинг) острова", None),
    c(170, "CO", "COL", "Колумбия", Some("Республика Колумбия")),
    c(174, "KM", "COM", "Коморы", Some("Союз Коморы")),
    c(175, "YT", "MYT", "Майотта", None),
    c(178, "CG", "COG", "Конго", Some("Республика Конго")),
    c(180, "CD", "COD", "Конго, Демократическая Республика", Some("Демократическая Республика Конго")),
    c(184, "CK", "COK", "Острова Кука", None),
    c(188, "CR", "CRI", "Коста-Рика", Some("Республика Коста-Рика")),
    c(191, "HR", "HRV", "Хорватия", Some("Республика Хорватия")),
    c(192, "CU", "CUB", "Куба", Some("Республика Куба")),
    c(196, "CY", "CYP", "Кипр", Some("Республика Кипр")),
    c(203, "CZ", "CZE", "Чехия", Some("Чешская Республика")),
    c(204, "BJ", "BEN", "Бенин", Some("Республика Бенин")),
    c(208, "DK", "DNK", "Дания", Some("Королевство Дания")),
    c(212, "DM", "DMA", "Доминика", Some("Содружество Доминики")),
    c(214, "DO", "DOM", "Доминиканская Республика", None),
    c(218, "EC", "ECU", "Эквадор", Some("Республика Эквадор")),
    c(222, "SV", "SLV", "Эль-Сальвадор", Some("Республика Эль-Сальвадор")),
    c(226, "GQ", "GNQ", "Экваториальная Гвинея", Some("Республика Экваториальная Гвинея")),
    c(231, "ET", "ETH", "Эфиопия", Some("Федеративная Демократическая Республика Эфиопия")),
    c(232, "ER", "ERI", "Эритрея", Some("Государство Эритрея")),
    c(233, "EE", "EST", "Эстония", Some("Эстонская Республика")),
    c(234, "FO", "FRO", "Фарерские острова", None),
    c(238, "FK", "FLK", "Фолклендские острова (Мальвинские)", None),
    c(239, "GS", "SGS", "Южная Джорджия и Южные Сандвичевы острова", None),
    c(242, "FJ", "FJI", "Фиджи", Some("Республика Фиджи")),
    c(246, "FI", "FIN", "Финляндия", Some("Финляндская Республика")),
    c(248, "AX", "ALA", "Эландские острова", None),
    c(250, "FR", "FRA", "Франция", Some("Французская Республика")),
    c(254, "GF", "GUF", "Французская Гвиана", None),
    c(258, "PF", "PYF", "Французская Полинезия", None),
    c(260, "TF", "ATF", "Французские Южные территории", None),
    c(262, "DJ", "DJI", "Джибути", Some("Республика Джибути")),
    c(266, "GA", "GAB", "Габон", Some("Габонская Республика")),
    c(268, "GE", "GEO", "Грузия", None),
    c(270, "GM", "GMB", "Гамбия", Some("Республика Гамбия")),
    c(275, "PS", "PSE", "Палестина, Государство", Some("Государство Палестина")),
    c(276, "DE", "DEU", "Германия", Some("Федеративная Республика Германия")),
    c(288, "GH", "GHA", "Гана", Some("Республика Гана")),
    c(292, "GI", "GIB", "Гибралтар", None),
    c(296, "KI", "KIR", "Кирибати", Some("Республика Кирибати")),
    c(300, "GR", "GRC", "Греция", Some("Греческая Республика")),
    c(304, "GL", "GRL", "Гренландия", None),
    c(308, "GD", "GRD", "Гренада", None),
    c(312, "GP", "GLP", "Гваделупа", None),
    c(316, "GU", "GUM", "Гуам", None),
    c(320, "GT", "GTM", "Гватемала", Some("Республика Гватемала")),
    c(324, "GN", "GIN", "Гвинея", Some("Гвинейская Республика")),
    c(328, "GY", "GUY", "Гайана", Some("Кооперативная Республика Гайана")),
    c(332, "HT", "HTI", "Гаити", Some("Республика Гаити")),
    c(334, "HM", "HMD", "Остров Херд и острова Макдональд", None),
    c(336, "VA", "VAT", "Папский Престол (Государство-город Ватикан)", None),
    c(340, "HN", "HND", "Гондурас", Some("Республика Гондурас")),
    c(344, "HK", "HKG", "Гонконг", Some("Специальный административный регион Китая Гонконг")),
    c(348, "HU", "HUN", "Венгрия", None),
    c(352, "IS", "ISL", "Исландия", Some("Республика Исландия")),
    c(356, "IN", "IND", "Индия", Some("Республика Индия")),
    c(360, "ID", "IDN", "Индонезия", Some("Республика Индонезия")),
    c(364, "IR", "IRN", "Иран, Исламская Республика", Some("Исламская Республика Иран")),
    c(368, "IQ", "IRQ", "Ирак", Some("Республика Ирак")),
    c(372, "IE", "IRL", "Ирландия", None),
    c(376, "IL", "ISR", "Израиль", Some("Государство Израиль")),
    c(380, "IT", "ITA", "Италия", Some("Итальянская Республика")),
    c(384, "CI", "CIV", "Кот д'Ивуар", Some("Республика Кот д'Ивуар")),
    c(388, "JM", "JAM", "Ямайка", None),
    c(392, "JP", "JPN", "Япония", None),
    c(398, "KZ", "KAZ", "Казахстан", Some("Республика Казахстан")),
    c(400, "JO", "JOR", "Иордания", Some("Иорданское Хашимитское Королевство")),
    c(404, "KE", "KEN", "Кения", Some("Республика Кения")),
    c(408, "KP", "PRK", "Корея, Народно-Демократическая Республика", Some("Корейская Народно-Демократическая Республика")),
    c(410, "KR", "KOR", "Корея, Республика", Some("Республика Корея")),
    c(414, "KW", "KWT", "Кувейт", Some("Государство Кувейт")),
    c(417, "KG", "KGZ", "Киргизия", Some("Киргизская Республика")),
    c(418, "LA", "LAO", "Лаосская Народно-Демократическая Республика", None),
    c(422, "LB", "LBN", "Ливан", Some("Ливанская Республика")),
    c(426, "LS", "LSO", "Лесото", Some("Королевство Лесото")),
    c(428, "LV", "LVA", "Латвия", Some("Латвийская Республика")),
    c(430, "LR", "LBR", "Либерия", Some("Республика Либерия")),
    c(434, "LY", "LBY", "Ливия", Some("Государство Ливия")),
    c(438, "LI", "LIE", "Лихтенштейн", Some("Княжество Лихтенштейн")),
    c(440, "LT", "LTU", "Литва", Some("Литовская Республика")),
    c(442, "LU", "LUX", "Люксембург", Some("Великое Герцогство Люксембург")),
    c(446, "MO", "MAC", "Макао", Some("Специальный административный регион Китая Макао")),
    c(450, "MG", "MDG", "Мадагаскар", Some("Республика Мадагаскар")),
    c(454, "MW", "MWI", "Малави", Some("Республика Малави")),
    c(458, "MY", "MYS", "Малайзия", None),
    c(462, "MV", "MDV", "Мальдивы", Some("Мальдивская Республика")),
    c(466, "ML", "MLI", "Мали", Some("Республика Мали")),
    c(470, "MT", "MLT", "Мальта", Some("Республика Мальта")),
    c(474, "MQ", "MTQ", "Мартиника", None),
    c(478, "MR", "MRT", "Мавритания", Some("Исламская Республика Мавритания")),
    c(480, "MU", "MUS", "Маврикий", Some("Республика Маврикий")),
    c(484, "MX", "MEX", "Мексика", Some("Мексиканские Соединенные Штаты")),
    c(492, "MC", "MCO", "Монако", Some("Княжество Монако")),
    c(496, "MN", "MNG", "Монголия", None),
    c(498, "MD", "MDA", "Молдова, Республика", Some("Республика Молдова")),
    c(499, "ME", "MNE", "Черногория", None),
    c(500, "MS", "MSR", "Монтсеррат", None),
    c(504, "MA", "MAR", "Марокко", Some("Королевство Марокко")),
    c(508, "MZ", "MOZ", "Мозамбик", Some("Республика Мозамбик")),
    c(512, "OM", "OMN", "Оман", Some("Султанат Оман")),
    c(516, "NA", "NAM", "Намибия", Some("Республика Намибия")),
    c(520, "NR", "NRU", "Науру", Some("Республика Науру")),
    c(524, "NP", "NPL", "Непал", Some("Федеративная Демократическая Республика Непал")),
    c(528, "NL", "NLD", "Нидерланды", Some("Королевство Нидерландов")),
    c(531, "CW", "CUW", "Кюрасао", None),
    c(533, "AW", "ABW", "Аруба", None),
    c(534, "SX", "SXM", "Сен-Мартен (нидерландская часть)", None),
    c(535, "BQ", "BES", "Бонэйр, Синт-Эстатиус и Саба", None),
    c(540, "NC", "NCL", "Новая Каледония", None),
    c(548, "VU", "VUT", "Вануату", Some("Республика Вануату")),
    c(554, "NZ", "NZL", "Новая Зеландия", None),
    c(558, "NI", "NIC", "Никарагуа", Some("Республика Никарагуа")),
    c(562, "NE", "NER", "Нигер", Some("Республика Нигер")),
    c(566, "NG", "NGA", "Нигерия", Some("Федеративная Республика Нигерия")),
    c(570, "NU", "NIU", "Ниуэ", None),
    c(574, "NF", "NFK", "Остров Норфолк", None),
    c(578, "NO", "NOR", "Норвегия", Some("Королевство Норвегия")),
    c(580, "MP", "MNP", "Северные Марианские острова", Some("Содружество Северных Марианских островов")),
    c(581, "UM", "UMI", "Малые Тихоокеанские отдаленные острова Соединенных Штатов", None),
    c(583, "FM", "FSM", "Микронезия, Федеративные Штаты", Some("Федеративные Штаты Микронезии")),
    c(584, "MH", "MHL", "Маршалловы Острова", Some("Республика Маршалловы Острова")),
    c(585, "PW", "PLW", "Палау", Some("Республика Палау")),
    c(586, "PK", "PAK", "Пакистан", Some("Исламская Республика Пакистан")),
    c(591, "PA", "PAN", "Панама", Some("Республика Панама")),
    c(598, "PG", "PNG", "Папуа Новая Гвинея", Some("Независимое Государство Папуа Новая Гвинея")),
    c(600, "PY", "PRY", "Парагвай", Some("Республика Парагвай")),
    c(604, "PE", "PER", "Перу", Some("Республика Перу")),
    c(608, "PH", "PHL", "Филиппины", Some("Республика Филиппины")),
    c(612, "PN", "PCN", "Питкерн", None),
    c(616, "PL", "POL", "Польша", Some("Республика Польша")),
    c(620, "PT", "PRT", "Португалия", Some("Португальская Республика")),
    c(624, "GW", "GNB", "Гвинея-Бисау", Some("Республика Гвинея-Бисау")),
    c(626, "TL", "TLS", "Тимор-Лесте", Some("Демократическая Республика Тимор-Лесте")),
    c(630, "PR", "PRI", "Пуэрто-Рико", None),
    c(634, "QA", "QAT", "Катар", Some("Государство Катар")),
    c(638, "RE", "REU", "Реюньон", None),
    c(642, "RO", "ROU", "Румыния", None),
    c(643, "RU", "RUS", "Россия", Some("Российская Федерация")),
    c(646, "RW", "RWA", "Руанда", Some("Руандийская Республика")),
    c(652, "BL", "BLM", "Сен-Бартелеми", None),
    c(654, "SH", "SHN", "Святая Елена, остров Вознесения, Тристан-да-Кунья", None),
    c(659, "KN", "KNA", "Сент-Китс и Невис", None),
    c(660, "AI", "AIA", "Ангилья", None),
    c(662, "LC", "LCA", "Сент-Люсия", None),
    c(663, "MF", "MAF", "Сен-Мартен", None),
    c(666, "PM", "SPM", "Сен-Пьер и Микелон", None),
    c(670, "VC", "VCT", "Сент-Винсент и Гренадины", None),
    c(674, "SM", "SMR", "Сан-Марино", Some("Республика Сан-Марино")),
    c(678, "ST", "STP", "Сан-Томе и Принсипи", Some("Демократическая Республика Сан-Томе и Принсипи")),
    c(682, "SA", "SAU", "Саудовская Аравия", Some("Королевство Саудовская Аравия")),
    c(686, "SN", "SEN", "Сенегал", Some("Республика Сенегал")),
    c(688, "RS", "SRB", "Сербия", Some("Республика Сербия")),
    c(690, "SC", "SYC", "Сейшелы", Some("Республика Сейшелы")),
    c(694, "SL", "SLE", "Сьерра-Леоне", Some("Республика Сьерра-Леоне")),
    c(702, "SG", "SGP", "Сингапур", Some("Республика Сингапур")),
    c(703, "SK", "SVK", "Словакия", Some("Словацкая Республика")),
    c(704, "VN", "VNM", "Вьетнам", Some("Социалистическая Республика Вьетнам")),
    c(705, "SI", "SVN", "Словения", Some("Республика Словения")),
    c(706, "SO", "SOM", "Сомали", Some("Федеративная Республика Сомали")),
    c(710, "ZA", "ZAF", "Южная Африка", Some("Южно-Африканская Республика")),
    c(716, "ZW", "ZWE", "Зимбабве", Some("Республика Зимбабве")),
    c(724, "ES", "ESP", "Испания", Some("Королевство Испания")),
    c(728, "SS", "SSD", "Южный Судан", Some("Республика Южный Судан")),
    c(729, "SD", "SDN", "Судан", Some("Республика Судан")),
    c(732, "EH", "ESH", "Западная Сахара", None),
    c(740, "SR", "SUR", "Суринам", Some("Республика Суринам")),
    c(744, "SJ", "SJM", "Шпицберген и Ян Майен", None),
    c(748, "SZ", "SWZ", "Эсватини", Some("Королевство Эсватини")),
    c(752, "SE", "SWE", "Швеция", Some("Королевство Швеция")),
    c(756, "CH", "CHE", "Швейцария", Some("Швейцарская Конфедерация")),
    c(760, "SY", "SYR", "Сирийская Арабская Республика", None),
    c(762, "TJ", "TJK", "Таджикистан", Some("Республика Таджикистан")),
    c(764, "TH", "THA", "Таиланд", Some("Королевство Таиланд")),
    c(768, "TG", "TGO", "Того", Some("Тоголезская Республика")),
    c(772, "TK", "TKL", "Токелау", None),
    c(776, "TO", "TON", "Тонга", Some("Королевство Тонга")),
    c(780, "TT", "TTO", "Тринидад и Тобаго", Some("Республика Тринидад и Тобаго")),
    c(784, "AE", "ARE", "Объединенные Арабские Эмираты", None),
    c(788, "TN", "TUN", "Тунис", Some("Тунисская Республика")),
    c(792, "TR", "TUR", "Турция", Some("Турецкая Республика")),
    c(795, "TM", "TKM", "Туркмения", Some("Туркменистан")),
    c(796, "TC", "TCA", "Острова Теркс и Кайкос", None),
    c(798, "TV", "TUV", "Тувалу", None),
    c(800, "UG", "UGA", "Уганда", Some("Республика Уганда")),
    c(804, "UA", "UKR", "Украина", None),
    c(807, "MK", "MKD", "Северная Македония", Some("Республика Северная Македония")),
    c(818, "EG", "EGY", "Египет", Some("Арабская Республика Египет")),
    c(826, "GB", "GBR", "Соединенное Королевство", Some("Соединенное Королевство Великобритании и Северной Ирландии")),
    c(831, "GG", "GGY", "Гернси", None),
    c(832, "JE", "JEY", "Джерси", None),
    c(833, "IM", "IMN", "Остров Мэн", None),
    c(834, "TZ", "TZA", "Танзания, Объединенная Республика", Some("Объединенная Республика Танзания")),
    c(840, "US", "USA", "Соединенные Штаты", Some("Соединенные Штаты Америки")),
    c(850, "VI", "VIR", "Виргинские острова, США", Some("Виргинские острова Соединенных Штатов")),
    c(854, "BF", "BFA", "Буркина-Фасо", None),
    c(858, "UY", "URY", "Уругвай", Some("Восточная Республика Уругвай")),
    c(860, "UZ", "UZB", "Узбекистан", Some("Республика Узбекистан")),
    c(862, "VE", "VEN", "Венесуэла, Боливарианская Республика", Some("Боливарианская Республика Венесуэла")),
    c(876, "WF", "WLF", "Уоллис и Футуна", None),
    c(882, "WS", "WSM", "Самоа", Some("Независимое Государство Самоа")),
    c(887, "YE", "YEM", "Йемен", Some("Йеменская Республика")),
    c(894, "ZM", "ZMB", "Замбия", Some("Республика Замбия")),
];

#[cfg(test)]
mod tests {
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
}
