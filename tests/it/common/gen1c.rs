//! A generator of realistic 1C list exports (Windows-1251, `;`, CRLF) for
//! the kill tests and the import benchmark: legal entities with KPPs, sole
//! traders and persons, valid INNs, phones and e-mails, quoted cells.

use std::io::Write;

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
];
const NAMES: &[&str] = &[
    "Александр",
    "Сергей",
    "Пётр",
    "Андрей",
    "Дмитрий",
    "Артём",
    "Иван",
    "Максим",
];
const PATRONYMICS: &[&str] = &[
    "Сергеевич",
    "Петрович",
    "Андреевич",
    "Иванович",
    "Алексеевич",
];
const WORDS: &[&str] = &[
    "Ромашка",
    "Вектор",
    "Север",
    "Сигнал",
    "Импульс",
    "Гранит",
    "Орбита",
    "Меридиан",
];
const FORMS: &[&str] = &["ООО", "АО", "ПАО", "ЗАО"];

fn inn10(p: u64) -> String {
    let d: Vec<u32> = format!("{:09}", p % 1_000_000_000)
        .bytes()
        .map(|b| (b - b'0') as u32)
        .collect();
    let w = [2, 4, 10, 3, 5, 9, 4, 6, 8];
    let c: u32 = d.iter().zip(w).map(|(a, b)| a * b).sum::<u32>() % 11 % 10;
    format!("{:09}{c}", p % 1_000_000_000)
}

fn inn12(p: u64) -> String {
    let base = format!("{:010}", p % 10_000_000_000);
    let mut d: Vec<u32> = base.bytes().map(|b| (b - b'0') as u32).collect();
    let w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
    let c1 = d.iter().zip(w1).map(|(a, b)| a * b).sum::<u32>() % 11 % 10;
    d.push(c1);
    let w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
    let c2 = d.iter().zip(w2).map(|(a, b)| a * b).sum::<u32>() % 11 % 10;
    format!("{base}{c1}{c2}")
}

/// The UTF-8 text of row `i` (no line end).
pub fn row(i: u64) -> String {
    // A bijection on 0..9e8 (the multiplier is prime), so INNs never repeat.
    let h = i.wrapping_mul(2_654_435_761) % 900_000_000 + 100_000_000;
    let sur = SURNAMES[(i % SURNAMES.len() as u64) as usize];
    let name = NAMES[(i / 7 % NAMES.len() as u64) as usize];
    let pat = PATRONYMICS[(i / 3 % PATRONYMICS.len() as u64) as usize];
    let phone = format!(
        "8 (9{:02}) {:03}-{:02}-{:02}",
        i % 100,
        i / 100 % 1000,
        i / 7 % 100,
        i / 13 % 100
    );
    match i % 5 {
        0 | 1 => {
            let word = WORDS[(i % WORDS.len() as u64) as usize];
            let form = FORMS[(i / 5 % FORMS.len() as u64) as usize];
            format!(
                "{form} «{word}-{i}»;\"{form} \"\"{word}-{i}\"\"\";{:09};{};{:04}01001;Юридическое лицо;\"г. Москва, ул. Тверская, д. {}; офис {}\";{phone};info{i}@example.ru",
                i, inn10(h), i % 10000, i % 200, i % 50
            )
        }
        2 => format!(
            "ИП {sur} {name} {pat};Индивидуальный предприниматель {sur} {name} {pat};{:09};{};;Физическое лицо;;{phone};ip{i}@example.ru",
            i, inn12(h * 10 + 7)
        ),
        _ => format!(
            "{sur} {name} {pat};;{:09};{};;Физическое лицо;;{phone};",
            i, inn12(h * 10 + 3)
        ),
    }
}

pub const HEADER: &str = "Наименование;Полное наименование;Код;ИНН;КПП;Юр. / физ. лицо;Юридический адрес;Телефон;Электронная почта";

/// Writes `n` rows as a Windows-1251 list export.
pub fn write_export(path: &std::path::Path, n: u64) -> std::io::Result<()> {
    let mut out = std::io::BufWriter::new(std::fs::File::create(path)?);
    let put = |out: &mut std::io::BufWriter<std::fs::File>, s: &str| -> std::io::Result<()> {
        let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(s);
        out.write_all(&bytes)?;
        out.write_all(b"\r\n")
    };
    put(&mut out, HEADER)?;
    for i in 1..=n {
        put(&mut out, &row(i))?;
    }
    out.flush()
}
