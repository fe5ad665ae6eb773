//! Builds a database of N realistic subscriber cards for the performance
//! benchmark (bench/million.sh), through the library's public API only:
//! every card goes through `Registry::add`, so it passes the same rules,
//! gets a login from the template and lands in the search index exactly as
//! a card added by `abonent subscriber add` would.
//!
//!     cargo run --release --example gen_cards -- DB_PATH N [SEED]
//!
//! The mix is about 60% persons, 25% legal entities and 15% sole traders.
//! Surnames follow a Zipf-like frequency so «Иванов/Иванова» make up about
//! 1.7% of the people; some names carry ё (Пётр, Семён, Артём, Ёлкин). Every
//! INN passes its checksum and is unique; legal entities get a KPP made of
//! the tax office code of their INN and `01001`. The output is deterministic
//! for a given N and seed (logins and dates aside, uids are random).

use abonent::core::subscribers::{CardInput, PasswordChoice};
use abonent::core::Registry;
use abonent::model::fields::FieldValue;
use abonent::model::Kind;
use rand::distributions::{Distribution, WeightedIndex};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use std::collections::HashSet;
use std::path::PathBuf;
use std::time::Instant;

/// Surnames (male form) in roughly descending frequency.
const SURNAMES: &[&str] = &[
    "Иванов",
    "Смирнов",
    "Кузнецов",
    "Попов",
    "Васильев",
    "Петров",
    "Соколов",
    "Михайлов",
    "Новиков",
    "Фёдоров",
    "Морозов",
    "Волков",
    "Алексеев",
    "Лебедев",
    "Семёнов",
    "Егоров",
    "Павлов",
    "Козлов",
    "Степанов",
    "Николаев",
    "Орлов",
    "Андреев",
    "Макаров",
    "Никитин",
    "Захаров",
    "Зайцев",
    "Соловьёв",
    "Борисов",
    "Яковлев",
    "Григорьев",
    "Романов",
    "Воробьёв",
    "Сергеев",
    "Кузьмин",
    "Фролов",
    "Александров",
    "Дмитриев",
    "Королёв",
    "Гусев",
    "Киселёв",
    "Ильин",
    "Максимов",
    "Поляков",
    "Сорокин",
    "Виноградов",
    "Ковалёв",
    "Белов",
    "Медведев",
    "Антонов",
    "Тарасов",
    "Жуков",
    "Баранов",
    "Филиппов",
    "Комаров",
    "Давыдов",
    "Беляев",
    "Герасимов",
    "Богданов",
    "Осипов",
    "Сидоров",
    "Матвеев",
    "Титов",
    "Марков",
    "Миронов",
    "Крылов",
    "Куликов",
    "Карпов",
    "Власов",
    "Мельников",
    "Денисов",
    "Гаврилов",
    "Тихонов",
    "Казаков",
    "Афанасьев",
    "Данилов",
    "Савельев",
    "Тимофеев",
    "Фомин",
    "Чернов",
    "Абрамов",
    "Мартынов",
    "Ефимов",
    "Федотов",
    "Щербаков",
    "Назаров",
    "Калинин",
    "Исаев",
    "Чернышёв",
    "Быков",
    "Маслов",
    "Родионов",
    "Коновалов",
    "Лазарев",
    "Воронин",
    "Климов",
    "Филатов",
    "Пономарёв",
    "Голубев",
    "Кудрявцев",
    "Прохоров",
    "Ёлкин",
    "Шевченко",
    "Ким",
    "Черных",
    "Высоцкий",
    "Горбачёв",
    "Шмелёв",
    "Пугачёв",
];

/// Male first names with the patronymics they give (male, female).
const MALE_NAMES: &[(&str, &str, &str)] = &[
    ("Александр", "Александрович", "Александровна"),
    ("Сергей", "Сергеевич", "Сергеевна"),
    ("Дмитрий", "Дмитриевич", "Дмитриевна"),
    ("Андрей", "Андреевич", "Андреевна"),
    ("Алексей", "Алексеевич", "Алексеевна"),
    ("Иван", "Иванович", "Ивановна"),
    ("Михаил", "Михайлович", "Михайловна"),
    ("Евгений", "Евгеньевич", "Евгеньевна"),
    ("Владимир", "Владимирович", "Владимировна"),
    ("Николай", "Николаевич", "Николаевна"),
    ("Пётр", "Петрович", "Петровна"),
    ("Семён", "Семёнович", "Семёновна"),
    ("Артём", "Артёмович", "Артёмовна"),
    ("Фёдор", "Фёдорович", "Фёдоровна"),
    ("Максим", "Максимович", "Максимовна"),
    ("Павел", "Павлович", "Павловна"),
    ("Игорь", "Игоревич", "Игоревна"),
    ("Олег", "Олегович", "Олеговна"),
    ("Виктор", "Викторович", "Викторовна"),
    ("Юрий", "Юрьевич", "Юрьевна"),
    ("Роман", "Романович", "Романовна"),
    ("Денис", "Денисович", "Денисовна"),
    ("Константин", "Константинович", "Константиновна"),
    ("Василий", "Васильевич", "Васильевна"),
    ("Григорий", "Григорьевич", "Григорьевна"),
    ("Анатолий", "Анатольевич", "Анатольевна"),
    ("Илья", "Ильич", "Ильинична"),
    ("Кирилл", "Кириллович", "Кирилловна"),
    ("Никита", "Никитич", "Никитична"),
    ("Егор", "Егорович", "Егоровна"),
];

const FEMALE_NAMES: &[&str] = &[
    "Елена",
    "Ольга",
    "Наталья",
    "Татьяна",
    "Ирина",
    "Светлана",
    "Анна",
    "Мария",
    "Екатерина",
    "Юлия",
    "Анастасия",
    "Марина",
    "Галина",
    "Людмила",
    "Алёна",
    "Дарья",
    "Ксения",
    "Валентина",
    "Надежда",
    "Любовь",
    "Вера",
    "Софья",
    "Полина",
    "Виктория",
    "Лариса",
    "Оксана",
];

/// Legal forms: short, full, weight.
const LEGAL_FORMS: &[(&str, &str, u32)] = &[
    ("ООО", "Общество с ограниченной ответственностью", 80),
    ("АО", "Акционерное общество", 10),
    ("ЗАО", "Закрытое акционерное общество", 5),
    ("ПАО", "Публичное акционерное общество", 2),
    ("АНО", "Автономная некоммерческая организация", 3),
];

const COMPANY_WORDS: &[&str] = &[
    "Ромашка",
    "Вектор",
    "Альфа",
    "Сигма",
    "Гранит",
    "Меридиан",
    "Горизонт",
    "Импульс",
    "Спектр",
    "Прогресс",
    "Стройинвест",
    "Техносервис",
    "Электросвязь",
    "Телеком",
    "Агроплюс",
    "Лидер",
    "Орбита",
    "Ресурс",
    "Партнёр",
    "Континент",
    "Феникс",
    "Атлант",
    "Квант",
    "Старт",
    "Эталон",
    "Восход",
    "Рассвет",
    "Берёзка",
    "Ёлочка",
    "Калина",
    "Рубин",
    "Сапфир",
    "Изумруд",
    "Янтарь",
    "Олимп",
    "Титан",
    "Алмаз",
    "Профи",
    "Мастер",
    "Гарант",
    "Стандарт",
    "Инновация",
    "Логистик",
    "Транзит",
    "Энергия",
    "Сибирь",
    "Волга",
    "Урал",
    "Надежда",
    "Уют",
    "Домострой",
    "Фортуна",
    "Премьер",
    "Союз",
    "Престиж",
    "Триумф",
    "Каскад",
    "Магистраль",
    "Альянс",
    "Интеграл",
    "Цифра",
    "Облако",
    "Связьмонтаж",
    "Теплосеть",
    "Водоканал",
    "Автодор",
    "Медтехника",
];

const COMPANY_SUFFIXES: &[&str] = &[
    "Плюс",
    "Групп",
    "Сервис",
    "Трейд",
    "Строй",
    "М",
    "Про",
    "Центр",
];

/// Region codes (the first two digits of an INN) with a city in them.
const REGIONS: &[(&str, &str)] = &[
    ("77", "Москва"),
    ("78", "Санкт-Петербург"),
    ("50", "Красногорск"),
    ("66", "Екатеринбург"),
    ("54", "Новосибирск"),
    ("16", "Казань"),
    ("52", "Нижний Новгород"),
    ("63", "Самара"),
    ("61", "Ростов-на-Дону"),
    ("23", "Краснодар"),
    ("02", "Уфа"),
    ("74", "Челябинск"),
    ("59", "Пермь"),
    ("24", "Красноярск"),
    ("36", "Воронеж"),
    ("34", "Волгоград"),
    ("55", "Омск"),
    ("72", "Тюмень"),
    ("38", "Иркутск"),
    ("42", "Кемерово"),
];

const STREETS: &[&str] = &[
    "ул. Ленина",
    "ул. Советская",
    "ул. Мира",
    "ул. Гагарина",
    "пр-т Победы",
    "ул. Садовая",
    "ул. Молодёжная",
    "ул. Школьная",
    "ул. Лесная",
    "ул. Новая",
    "ул. Набережная",
    "ул. Пушкина",
    "ул. Заводская",
    "ул. Кирова",
    "ул. Зелёная",
    "пер. Почтовый",
];

const MAIL_DOMAINS: &[&str] = &[
    "mail.ru",
    "yandex.ru",
    "gmail.com",
    "bk.ru",
    "list.ru",
    "rambler.ru",
];

const INN10_W: [u32; 9] = [2, 4, 10, 3, 5, 9, 4, 6, 8];
const INN11_W: [u32; 10] = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
const INN12_W: [u32; 11] = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];

fn check_digit(digits: &[u32], weights: &[u32]) -> u32 {
    let s: u32 = digits.iter().zip(weights).map(|(d, w)| d * w).sum();
    s % 11 % 10
}

fn digits_of(s: &str) -> Vec<u32> {
    s.bytes().map(|b| u32::from(b - b'0')).collect()
}

/// Appends the INN check digit(s) to a 9-digit (legal) or 10-digit body.
fn with_inn_check(body: &str) -> String {
    let mut d = digits_of(body);
    match d.len() {
        9 => d.push(check_digit(&d, &INN10_W)),
        10 => {
            let c11 = check_digit(&d, &INN11_W);
            d.push(c11);
            let c12 = check_digit(&d, &INN12_W);
            d.push(c12);
        }
        n => panic!("INN body of {n} digits"),
    }
    d.iter().map(|x| char::from(b'0' + *x as u8)).collect()
}

/// OGRN: 12-digit body + (body mod 11) mod 10.
fn ogrn(body: u64) -> String {
    format!("{body:012}{}", body % 11 % 10)
}

/// OGRNIP: 14-digit body + (body mod 13) mod 10.
fn ogrnip(body: u64) -> String {
    format!("{body:014}{}", body % 13 % 10)
}

fn feminine(surname: &str) -> String {
    if let Some(stem) = surname.strip_suffix("ий") {
        return format!("{stem}ая");
    }
    for end in ["ов", "ев", "ёв", "ин", "ын"] {
        if surname.ends_with(end) {
            return format!("{surname}а");
        }
    }
    surname.to_string() // Шевченко, Ким, Черных
}

fn translit(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars().flat_map(char::to_lowercase) {
        let t = match c {
            'а' => "a",
            'б' => "b",
            'в' => "v",
            'г' => "g",
            'д' => "d",
            'е' => "e",
            'ё' => "e",
            'ж' => "zh",
            'з' => "z",
            'и' => "i",
            'й' => "y",
            'к' => "k",
            'л' => "l",
            'м' => "m",
            'н' => "n",
            'о' => "o",
            'п' => "p",
            'р' => "r",
            'с' => "s",
            'т' => "t",
            'у' => "u",
            'ф' => "f",
            'х' => "kh",
            'ц' => "ts",
            'ч' => "ch",
            'ш' => "sh",
            'щ' => "shch",
            'ъ' => "",
            'ы' => "y",
            'ь' => "",
            'э' => "e",
            'ю' => "yu",
            'я' => "ya",
            c if c.is_ascii_alphanumeric() => {
                out.push(c);
                continue;
            }
            _ => "",
        };
        out.push_str(t);
    }
    out
}

struct Gen {
    rng: StdRng,
    surname: WeightedIndex<f64>,
    form: WeightedIndex<u32>,
    inns: HashSet<String>,
}

struct Person {
    last: String,
    first: String,
    middle: String,
}

impl Gen {
    fn new(seed: u64) -> Gen {
        // Zipf-like: weight 1/(rank + 60) gives the first surname ≈1.7%.
        let weights: Vec<f64> = (0..SURNAMES.len())
            .map(|i| 1.0 / (i as f64 + 60.0))
            .collect();
        Gen {
            rng: StdRng::seed_from_u64(seed),
            surname: WeightedIndex::new(weights).unwrap(),
            form: WeightedIndex::new(LEGAL_FORMS.iter().map(|f| f.2)).unwrap(),
            inns: HashSet::new(),
        }
    }

    fn pick<'a, T>(&mut self, list: &'a [T]) -> &'a T {
        &list[self.rng.gen_range(0..list.len())]
    }

    fn chance(&mut self, p: f64) -> bool {
        self.rng.gen_bool(p)
    }

    fn person(&mut self) -> Person {
        let surname = SURNAMES[self.surname.sample(&mut self.rng)];
        let father = self.pick(MALE_NAMES);
        if self.chance(0.5) {
            let me = self.pick(MALE_NAMES);
            Person {
                last: surname.to_string(),
                first: me.0.to_string(),
                middle: father.1.to_string(),
            }
        } else {
            Person {
                last: feminine(surname),
                first: self.pick(FEMALE_NAMES).to_string(),
                middle: father.2.to_string(),
            }
        }
    }

    /// A fresh INN: region + tax office + serial + check digit(s).
    fn inn(&mut self, region: &str, legal: bool) -> String {
        loop {
            let office = self.rng.gen_range(1..=50);
            let body = if legal {
                format!("{region}{office:02}{:05}", self.rng.gen_range(0..100_000))
            } else {
                format!("{region}{office:02}{:06}", self.rng.gen_range(0..1_000_000))
            };
            let inn = with_inn_check(&body);
            if self.inns.insert(inn.clone()) {
                return inn;
            }
        }
    }

    fn phone(&mut self) -> String {
        let n: u64 = self.rng.gen_range(0..1_000_000_000);
        let (code, rest) = (900 + n / 10_000_000 % 100, n % 10_000_000);
        // Half typed the way people write them; the core stores E.164.
        if self.chance(0.5) {
            format!("+7{code}{rest:07}")
        } else {
            format!(
                "8 ({code}) {:03}-{:02}-{:02}",
                rest / 10_000,
                rest / 100 % 100,
                rest % 100
            )
        }
    }

    fn address(&mut self, city: &str) -> String {
        let street = *self.pick(STREETS);
        let house = self.rng.gen_range(1..=150);
        let zip = self.rng.gen_range(100_000..700_000);
        if self.chance(0.4) {
            let flat = self.rng.gen_range(1..=300);
            format!("{zip}, г. {city}, {street}, д. {house}, кв. {flat}")
        } else {
            format!("{zip}, г. {city}, {street}, д. {house}")
        }
    }

    fn card(&mut self, n: usize) -> CardInput {
        let roll: f64 = self.rng.gen();
        let kind = if roll < 0.60 {
            Kind::Person
        } else if roll < 0.85 {
            Kind::Legal
        } else {
            Kind::Ip
        };
        let (region, city) = *self.pick(REGIONS);
        let mut v: Vec<(String, FieldValue)> = Vec::new();
        let mut put = |k: &str, val: String| v.push((k.to_string(), FieldValue::Text(val)));
        match kind {
            Kind::Legal => {
                let (short, full, _) = LEGAL_FORMS[self.form.sample(&mut self.rng)];
                let mut word = self.pick(COMPANY_WORDS).to_string();
                if self.chance(0.25) {
                    word = format!("{word}-{}", self.pick(COMPANY_SUFFIXES));
                }
                if self.chance(0.6) {
                    word = format!("{word}-{}", self.rng.gen_range(1..1000));
                }
                put("name", format!("{short} «{word}»"));
                put("full_name", format!("{full} «{word}»"));
                let inn = self.inn(region, true);
                put("kpp", format!("{}01001", &inn[..4]));
                put("inn", inn);
                // 1, year of registration, region, 7-digit serial.
                let body = format!(
                    "1{:02}{region}{:07}",
                    self.rng.gen_range(2..24),
                    self.rng.gen_range(0..10_000_000)
                );
                put("ogrn", ogrn(body.parse().unwrap()));
                let d = self.person();
                put("director", format!("{} {} {}", d.last, d.first, d.middle));
                put("director_post", "Генеральный директор".to_string());
                put("address.legal", self.address(city));
                if self.chance(0.6) {
                    let domain = translit(&word);
                    put("email", format!("info@{domain}.ru"));
                }
                if self.chance(0.7) {
                    let p = self.phone();
                    put("phone", p);
                }
            }
            Kind::Ip | Kind::Person => {
                let p = self.person();
                if kind == Kind::Ip || self.chance(0.8) {
                    let inn = self.inn(region, false);
                    put("inn", inn);
                }
                if kind == Kind::Ip {
                    // 3, year of registration, region, 9-digit serial.
                    let body = format!(
                        "3{:02}{region}{:09}",
                        self.rng.gen_range(4..24),
                        self.rng.gen_range(0..1_000_000_000)
                    );
                    put("ogrnip", ogrnip(body.parse().unwrap()));
                }
                if self.chance(if kind == Kind::Ip { 0.5 } else { 0.3 }) {
                    let domain = *self.pick(MAIL_DOMAINS);
                    put(
                        "email",
                        format!(
                            "{}.{}{}@{domain}",
                            translit(&p.last),
                            translit(&p.first),
                            n % 1000
                        ),
                    );
                }
                if self.chance(0.6) {
                    let ph = self.phone();
                    put("phone", ph);
                }
                if self.chance(0.5) {
                    let a = self.address(city);
                    put(
                        if kind == Kind::Ip {
                            "address.legal"
                        } else {
                            "address.registration"
                        },
                        a,
                    );
                }
                put("last_name", p.last);
                put("first_name", p.first);
                put("middle_name", p.middle);
            }
        }
        CardInput {
            kind: Some(kind),
            values: v,
            password: PasswordChoice::None,
        }
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() < 2 || args.len() > 3 {
        eprintln!("usage: gen_cards DB_PATH N [SEED]");
        std::process::exit(2);
    }
    let path = PathBuf::from(&args[0]);
    let n: usize = args[1].parse().unwrap_or_else(|_| {
        eprintln!("N must be a number, got {}", args[1]);
        std::process::exit(2);
    });
    let seed: u64 = args
        .get(2)
        .map_or(20240601, |s| s.parse().expect("SEED must be a number"));
    if path.exists()
        && std::fs::metadata(&path)
            .map(|m| m.len() > 0)
            .unwrap_or(false)
    {
        eprintln!(
            "{} already exists; remove it first (the generator only fills an empty database)",
            path.display()
        );
        std::process::exit(2);
    }
    let mut reg = Registry::open(&path, "bench").unwrap_or_else(|e| {
        eprintln!("cannot open {}: {e}", path.display());
        std::process::exit(1);
    });
    reg.setting_set("password.generate", "false")
        .expect("setting password.generate");

    let mut gen = Gen::new(seed);
    let start = Instant::now();
    let mut last = start;
    let (mut legal, mut ip, mut person, mut ivanov) = (0usize, 0usize, 0usize, 0usize);
    for i in 1..=n {
        let input = gen.card(i);
        match input.kind {
            Some(Kind::Legal) => legal += 1,
            Some(Kind::Ip) => ip += 1,
            _ => person += 1,
        }
        let saved = reg.add(input).unwrap_or_else(|e| {
            eprintln!("card {i}: {e}");
            std::process::exit(1);
        });
        if matches!(saved.card.last_name.as_deref(), Some("Иванов" | "Иванова")) {
            ivanov += 1;
        }
        // Each command's connection checkpoints the WAL when it closes;
        // this one stays open for a million commits, so the generator
        // checkpoints itself (the WAL grew past 60 GB without it).
        if i % 10_000 == 0 {
            checkpoint(&path);
        }
        if i % 100_000 == 0 || (n < 100_000 && i % 10_000 == 0) {
            let now = Instant::now();
            eprintln!(
                "{i:>9} cards  {:>7.1} s  ({:.0} cards/s overall, {:.0} cards/s last batch)",
                (now - start).as_secs_f64(),
                i as f64 / (now - start).as_secs_f64(),
                (if n < 100_000 { 10_000.0 } else { 100_000.0 }) / (now - last).as_secs_f64(),
            );
            last = now;
        }
    }
    let secs = start.elapsed().as_secs_f64();
    eprintln!(
        "generated {n} cards in {secs:.1} s ({:.0} cards/s): {person} person, {legal} legal, {ip} ip; \
         {ivanov} named Иванов/Иванова ({:.2}% of people)",
        n as f64 / secs,
        100.0 * ivanov as f64 / (person + ip).max(1) as f64
    );
}

/// Copies the WAL into the database and empties it, from a second
/// connection while the registry's is idle.
fn checkpoint(path: &std::path::Path) {
    let conn = rusqlite::Connection::open(path).expect("opening the database to checkpoint");
    conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
        .expect("checkpointing the WAL");
}
