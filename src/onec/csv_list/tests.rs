//! Unit and property tests of the csv_list reader.

use super::tracker::MAX_ROW_BYTES;
use super::*;

fn reader(bytes: &[u8], opts: &ReadOptions) -> ReadResult<Reader> {
    Reader::new(Cursor::new(bytes.to_vec()), opts)
}

fn items(bytes: &[u8]) -> Vec<ReadResult<Item>> {
    match reader(bytes, &ReadOptions::default()) {
        Ok(r) => r.collect(),
        Err(e) => vec![Err(e)],
    }
}

fn records(bytes: &[u8]) -> Vec<Record> {
    items(bytes)
        .into_iter()
        .map(|i| match i {
            Ok(Item::Record(r)) => r,
            other => panic!("expected a record, got {other:?}"),
        })
        .collect()
}

fn pairs(r: &Record) -> Vec<(&str, &str)> {
    r.values
        .iter()
        .map(|(f, v)| (f.as_str(), v.as_str()))
        .collect()
}

#[test]
fn normalises_headings() {
    assert_eq!(normalize("Юр. / физ. лицо"), "юрфизлицо");
    assert_eq!(normalize("Юр./физ. лицо"), "юрфизлицо");
    assert_eq!(normalize(" Расчётный счёт "), "расчетныйсчет");
    assert_eq!(normalize("E-mail"), "email");
    assert_eq!(normalize("Корр. счет"), "коррсчет");
    assert_eq!(normalize("\u{feff}Код_по ОКПО"), "кодпоокпо");
}

#[test]
fn delimiter_guess() {
    assert_eq!(guess_delimiter(b"a;b;c\r\nx,y,z,w,v"), b';');
    assert_eq!(guess_delimiter(b"a,b,c\n"), b',');
    assert_eq!(guess_delimiter(b"\"a;b\",c\n"), b',');
    assert_eq!(guess_delimiter(b"a;b,c\n"), b';');
    assert_eq!(guess_delimiter(b"\r\n\r\na,b\n"), b',');
    assert_eq!(guess_delimiter(b"abc"), b';');
}

#[test]
fn windows_1251_semicolons_crlf_through_open() {
    // "Наименование;ИНН;КПП;Юр. / физ. лицо" and a row, in Windows-1251.
    let (bytes, _, bad) = encoding_rs::WINDOWS_1251.encode(
        "Наименование;ИНН;КПП;Юр. / физ. лицо\r\n\
         ООО «Ромашка»;7707083893;773601001;Юридическое лицо\r\n\
         Иванов Иван;500100732259;;Физ. лицо\r\n\
         ИП Петров;500100732259;;Индивидуальный предприниматель\r\n",
    );
    assert!(!bad);
    let opened = super::super::open(
        Box::new(Cursor::new(bytes.into_owned())),
        None,
        &ReadOptions::default(),
    )
    .expect("opens");
    assert_eq!(opened.kind, super::super::FileKind::Csv);
    assert_eq!(opened.encoding, super::super::Encoding::Windows1251);
    let got: Vec<Record> = opened
        .items
        .map(|i| match i {
            Ok(Item::Record(r)) => r,
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(got.len(), 3);
    assert_eq!(got[0].line, 2);
    assert_eq!(got[0].kind, Some(Kind::Legal));
    assert_eq!(
        pairs(&got[0]),
        [
            ("name", "ООО «Ромашка»"),
            ("inn", "7707083893"),
            ("kpp", "773601001"),
            ("legal_form", "Юридическое лицо"),
        ]
    );
    assert_eq!(got[0].raw[3], "Юридическое лицо");
    assert_eq!(got[1].line, 3);
    assert_eq!(got[1].kind, Some(Kind::Person));
    assert_eq!(
        pairs(&got[1]),
        [
            ("name", "Иванов Иван"),
            ("inn", "500100732259"),
            ("legal_form", "Физ. лицо")
        ]
    );
    assert_eq!(got[2].kind, Some(Kind::Ip));
}

#[test]
fn quoted_cells() {
    let got = records(
        "Наименование;Комментарий;ИНН\r\n\
         \"ООО \"\"Ромашка\"\"; филиал\";\"строка 1\r\nстрока 2\";7707083893\r\n\
         Следующий;;7707083894\r\n"
            .as_bytes(),
    );
    assert_eq!(got.len(), 2);
    assert_eq!(got[0].get("name"), Some("ООО \"Ромашка\"; филиал"));
    assert_eq!(got[0].get("comment"), Some("строка 1\r\nстрока 2"));
    assert_eq!(got[0].line, 2);
    // The line break inside the quotes moves the next row down.
    assert_eq!(got[1].line, 4);
    assert_eq!(got[1].get("comment"), None);
    assert_eq!(got[1].raw, ["Следующий", "", "7707083894"]);
}

#[test]
fn lines_count_blank_lines_and_lf_endings() {
    let got = records("ИНН\n\n7707083893\n\n\n7707083894".as_bytes());
    assert_eq!(got.iter().map(|r| r.line).collect::<Vec<_>>(), [3, 6]);
    let got = records("\r\n\r\nИНН\r\n7707083893\r\n".as_bytes());
    assert_eq!(got[0].line, 4);
}

#[test]
fn folder_rows_and_empty_rows() {
    let got = items(
        "Наименование;Код;ИНН;Головной контрагент\r\n\
         Покупатели;000000001;;\r\n\
         ;;;\r\n\
         ООО Альфа;000000002;7707083893;\r\n\
         ООО Бета;000000003;;ООО Альфа\r\n"
            .as_bytes(),
    );
    assert_eq!(got.len(), 3, "{got:?}");
    assert_eq!(
        got[0],
        Ok(Item::Skipped {
            line: 2,
            what: "folder row «Покупатели»".into()
        })
    );
    match &got[1] {
        Ok(Item::Record(r)) => {
            assert_eq!(r.line, 4);
            assert_eq!(r.get("onec.code"), Some("000000002"));
        }
        other => panic!("{other:?}"),
    }
    // Only an ignored column besides the name: still a folder.
    assert!(matches!(&got[2], Ok(Item::Skipped { line: 5, .. })));
}

#[test]
fn a_name_only_file_has_no_folders() {
    let got = records("Наименование\nООО Альфа\n".as_bytes());
    assert_eq!(got[0].get("name"), Some("ООО Альфа"));
}

#[test]
fn utf8_bom_commas_through_open() {
    let bytes = "\u{feff}Наименование,ИНН,E-mail,Телефоны\n\
                 Альфа,7707083893,\"a@x.ru, b@y.ru\",8 (912) 345-67-89; +7 912 000 00 00\n";
    let opened = super::super::open(
        Box::new(Cursor::new(bytes.as_bytes().to_vec())),
        None,
        &ReadOptions::default(),
    )
    .expect("opens");
    assert_eq!(opened.encoding, super::super::Encoding::Utf8);
    let got: Vec<_> = opened.items.collect();
    let Ok(Item::Record(r)) = &got[0] else {
        panic!("{got:?}")
    };
    assert_eq!(
        pairs(r),
        [
            ("name", "Альфа"),
            ("inn", "7707083893"),
            ("email", "a@x.ru"),
            ("email", "b@y.ru"),
            ("phone", "8 (912) 345-67-89"),
            ("phone", "+7 912 000 00 00"),
        ]
    );
}

#[test]
fn synonyms() {
    let got = records(
        "Полное наим.;Код по ОКПО;ОГРН;Юридический адрес;Фактический адрес;\
         Почтовый адрес;Адрес регистрации;Электронная почта;Ссылка;Фамилия;Имя;\
         Отчество;БИК;Банк;Расчётный счёт;Корр. счет;Вид контрагента\n\
         a;b;c;d;e;f;g;h;i;j;k;l;m;n;o;p;ИП\n"
            .as_bytes(),
    );
    let fields: Vec<&str> = got[0].values.iter().map(|(f, _)| f.as_str()).collect();
    assert_eq!(
        fields,
        [
            "full_name",
            "okpo",
            "ogrn",
            "address.legal",
            "address.actual",
            "address.postal",
            "address.registration",
            "email",
            "onec.id",
            "last_name",
            "first_name",
            "middle_name",
            "bank.bik",
            "bank.name",
            "bank.account",
            "bank.corr_account",
            "legal_form",
        ]
    );
    assert_eq!(got[0].kind, Some(Kind::Ip));
}

#[test]
fn legal_form_values() {
    assert_eq!(parse_kind("ЮридическоеЛицо"), Some(Kind::Legal));
    assert_eq!(parse_kind("Юр. лицо"), Some(Kind::Legal));
    assert_eq!(parse_kind("ФизическоеЛицо"), Some(Kind::Person));
    assert_eq!(parse_kind(" физ. лицо "), Some(Kind::Person));
    assert_eq!(parse_kind("ИП"), Some(Kind::Ip));
    assert_eq!(parse_kind("Нерезидент"), None);
}

#[test]
fn map_overrides_synonyms() {
    let opts = ReadOptions {
        map: vec![
            ("Код".into(), "extra.code_1c".into()),
            ("ИНН клиента".into(), "inn".into()),
        ],
        ..ReadOptions::default()
    };
    let r = reader(
        "Наименование;Код;инн  клиента;ИНН\n\"Альфа\";42;7707083893;1\n".as_bytes(),
        &opts,
    )
    .expect("opens");
    let notes = r.notes();
    let got: Vec<_> = r.collect();
    let Ok(Item::Record(rec)) = &got[0] else {
        panic!("{got:?}")
    };
    assert_eq!(
        pairs(rec),
        [
            ("name", "Альфа"),
            ("extra.code_1c", "42"),
            ("inn", "7707083893")
        ]
    );
    assert!(
        notes.contains(
            &"column `ИНН` ignored: `inn` already comes from column `инн  клиента`".into()
        ),
        "{notes:?}"
    );
}

#[test]
fn map_of_a_missing_heading_is_an_error_listing_the_headings() {
    let opts = ReadOptions {
        map: vec![
            ("ИНН клиента".into(), "inn".into()),
            ("Нет такой".into(), "comment".into()),
        ],
        ..ReadOptions::default()
    };
    let e = reader(
        "Наименование;инн  клиента;Телефон
Альфа;1;2
"
        .as_bytes(),
        &opts,
    )
    .err()
    .expect("refused");
    assert_eq!(e.line, 1);
    assert!(
        e.message.starts_with("--map Нет такой=comment: "),
        "{}",
        e.message
    );
    assert!(
        e.message
            .contains("its headings are: «Наименование», «инн  клиента», «Телефон»"),
        "{}",
        e.message
    );
    // The entry that matched is not blamed.
    assert!(!e.message.contains("--map ИНН клиента"), "{}", e.message);
}

#[test]
fn map_to_unknown_field_is_an_error() {
    let opts = ReadOptions {
        map: vec![("ИНН".into(), "tax_id".into())],
        ..ReadOptions::default()
    };
    let e = reader(b"x\n", &opts).err().expect("refused");
    assert!(e.message.contains("--map ИНН=tax_id"), "{}", e.message);
    let opts = ReadOptions {
        map: vec![("ИНН".into(), "extra.".into())],
        ..ReadOptions::default()
    };
    assert!(reader(b"x\n", &opts).is_err());
}

#[test]
fn no_known_headings() {
    let e = reader("Foo;Bar;Baz\n1;2;3\n".as_bytes(), &ReadOptions::default())
        .err()
        .expect("refused");
    assert_eq!(e.line, 1);
    assert!(e
        .message
        .starts_with("no known column headings (`Foo`, `Bar`, `Baz`)"));
    assert!(e.message.contains("--map HEADER=FIELD"));
    let e = reader(b"\r\n\r\n", &ReadOptions::default())
        .err()
        .expect("refused");
    assert!(e.message.contains("no rows"), "{}", e.message);
}

#[test]
fn ignored_columns_are_noted() {
    let r = reader(
        "Наименование;Головной контрагент;;ИНН\n".as_bytes(),
        &ReadOptions::default(),
    )
    .expect("opens");
    assert_eq!(r.notes(), ["column `Головной контрагент` ignored"]);
}

#[test]
fn deletion_mark() {
    let got = records(
        "Наименование;ИНН;Пометка удаления\n\
         Альфа;7707083893;Да\n\
         Бета;7707083894;Нет\n\
         Гамма;7707083895;true\n\
         Дельта;7707083896;\n"
            .as_bytes(),
    );
    let marks: Vec<bool> = got.iter().map(|r| r.deleted).collect();
    assert_eq!(marks, [true, false, true, false]);
    assert!(got.iter().all(|r| r.get("deleted").is_none()));
}

#[test]
fn unterminated_quote_is_an_error() {
    let got = items("Наименование;ИНН\nАльфа;1\nБета;\"2\n3\n".as_bytes());
    assert_eq!(got.len(), 2, "{got:?}");
    let Err(e) = &got[1] else { panic!("{got:?}") };
    assert_eq!(e.line, 3);
    assert!(e.message.contains("unterminated quote"), "{}", e.message);
}

#[test]
fn unterminated_quote_in_the_heading() {
    let e = reader(
        "Наименование;\"ИНН\n1\n".as_bytes(),
        &ReadOptions::default(),
    )
    .err()
    .expect("refused");
    assert_eq!(e.line, 1);
    assert!(e.message.contains("unterminated quote"), "{}", e.message);
}

#[test]
fn a_runaway_quote_stops_at_the_row_limit() {
    let mut bytes = "Наименование;ИНН\nАльфа;\"".as_bytes().to_vec();
    bytes.resize(bytes.len() + MAX_ROW_BYTES as usize + 1024 * 1024, b'7');
    let got = items(&bytes);
    let Some(Err(e)) = got.last() else {
        panic!("expected an error")
    };
    assert_eq!(e.line, 2);
    assert!(e.message.contains("longer than 8 MiB"), "{}", e.message);
}

#[test]
fn forced_delimiter() {
    let opts = ReadOptions {
        delimiter: Some(b'\t'),
        ..ReadOptions::default()
    };
    let r = reader("Наименование\tИНН\nА;Б\t1\n".as_bytes(), &opts).expect("opens");
    let got: Vec<_> = r.collect();
    let Ok(Item::Record(rec)) = &got[0] else {
        panic!("{got:?}")
    };
    assert_eq!(rec.get("name"), Some("А;Б"));
    let opts = ReadOptions {
        delimiter: Some(b'"'),
        ..ReadOptions::default()
    };
    assert!(reader(b"a\n", &opts).is_err());
}

#[test]
fn short_and_long_rows() {
    let got = records("Наименование;ИНН;КПП\nАльфа;1\nБета;1;2;3;4\n".as_bytes());
    assert_eq!(pairs(&got[0]), [("name", "Альфа"), ("inn", "1")]);
    assert_eq!(
        pairs(&got[1]),
        [("name", "Бета"), ("inn", "1"), ("kpp", "2")]
    );
    assert_eq!(got[1].raw.len(), 5);
}

#[test]
fn lone_cr_line_endings() {
    let got = records("ИНН\r1\r2".as_bytes());
    assert_eq!(got.iter().map(|r| r.line).collect::<Vec<_>>(), [2, 3]);
}

mod prop {
    use super::*;
    use proptest::prelude::*;

    fn drain(items: impl Iterator<Item = ReadResult<Item>>) {
        for item in items.take(100_000) {
            let _ = item;
        }
    }

    fn csvish() -> impl Strategy<Value = Vec<u8>> {
        let atoms = prop_oneof![
            Just(b";".to_vec()),
            Just(b",".to_vec()),
            Just(b"\"".to_vec()),
            Just(b"\r\n".to_vec()),
            Just(b"\n".to_vec()),
            Just(b"\r".to_vec()),
            Just(" ".as_bytes().to_vec()),
            Just("Наименование".as_bytes().to_vec()),
            Just("ИНН".as_bytes().to_vec()),
            Just("E-mail".as_bytes().to_vec()),
            Just("Пометка удаления".as_bytes().to_vec()),
            Just("Юр. / физ. лицо".as_bytes().to_vec()),
            Just(b"\xEF\xBB\xBF".to_vec()),
            Just(b"\xC8\xCD\xCD".to_vec()),
            Just(b"\0".to_vec()),
            any::<u8>().prop_map(|b| vec![b]),
        ];
        proptest::collection::vec(atoms, 0..64).prop_map(|v| v.concat())
    }

    proptest! {
        #[test]
        fn never_panics_on_arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
            for kind in [Some(super::super::super::FileKind::Csv), None] {
                if let Ok(opened) = super::super::super::open(
                    Box::new(Cursor::new(bytes.clone())), kind, &ReadOptions::default()) {
                    drain(opened.items);
                }
            }
            if let Ok(r) = Reader::new(Cursor::new(bytes.clone()), &ReadOptions::default()) {
                drain(r);
            }
        }

        #[test]
        fn never_panics_on_csv_like_bytes(bytes in csvish()) {
            if let Ok(opened) = super::super::super::open(
                Box::new(Cursor::new(bytes.clone())),
                Some(super::super::super::FileKind::Csv),
                &ReadOptions::default(),
            ) {
                drain(opened.items);
            }
            if let Ok(r) = Reader::new(Cursor::new(bytes), &ReadOptions::default()) {
                let mut last = 0;
                for item in r {
                    if let Ok(Item::Record(rec)) = &item {
                        prop_assert!(rec.line > last, "lines go up: {} after {}", rec.line, last);
                        last = rec.line;
                    }
                }
            }
        }
    }
}
