//! Unit and property tests of the enterprisedata reader.

use super::*;
use proptest::prelude::*;
use std::io::Cursor;

fn read(s: &str) -> Vec<ReadResult<Item>> {
    Reader::new(Cursor::new(s.as_bytes().to_vec()))
        .unwrap()
        .collect()
}

fn items(s: &str) -> Vec<Item> {
    read(s).into_iter().map(|r| r.unwrap()).collect()
}

fn all<'r>(r: &'r Record, field: &str) -> Vec<&'r str> {
    r.values
        .iter()
        .filter(|(f, _)| f == field)
        .map(|(_, v)| v.as_str())
        .collect()
}

fn message(version: &str, body: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<Message xmlns:msg="http://www.1c.ru/SSL/Exchange/Message" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
	<msg:Header>
		<msg:Format>http://v8.1c.ru/edi/edi_stnd/EnterpriseData/{version}</msg:Format>
		<msg:CreationDate>2024-05-01T10:00:00</msg:CreationDate>
		<msg:AvailableVersion>{version}</msg:AvailableVersion>
	</msg:Header>
	<Body xmlns="http://v8.1c.ru/edi/edi_stnd/EnterpriseData/{version}">
{body}
	</Body>
</Message>
"#
    )
}

const LEGAL: &str = r#"		<Справочник.Контрагенты>
			<КлючевыеСвойства>
				<Ссылка>5f2a0b9e-2c1d-11ee-8a4b-00155d000001</Ссылка>
				<Наименование>Ромашка ООО</Наименование>
				<НаименованиеПолное>Общество с ограниченной ответственностью "Ромашка"</НаименованиеПолное>
				<ИНН>7707083893</ИНН>
				<КПП>773601001</КПП>
				<ЮридическоеФизическоеЛицо>ЮридическоеЛицо</ЮридическоеФизическоеЛицо>
				<СтранаРегистрации>
					<Ссылка>country-ref</Ссылка>
					<Наименование>РОССИЯ</Наименование>
				</СтранаРегистрации>
			</КлючевыеСвойства>
			<Группа><Ссылка>group-ref</Ссылка><Наименование>Покупатели</Наименование></Группа>
			<ГоловнойКонтрагент><Ссылка>head-ref</Ссылка><Наименование>Голова</Наименование><ИНН>7736207543</ИНН></ГоловнойКонтрагент>
			<КодПоОКПО>00032537</КодПоОКПО>
			<Комментарий>важный</Комментарий>
			<КонтактнаяИнформация>
				<Строка>
					<ВидКонтактнойИнформации>АдресЭлектроннойПочты</ВидКонтактнойИнформации>
					<ЗначенияПолей>&lt;КонтактнаяИнформация xmlns="http://www.v8.1c.ru/ssl/contactinfo" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" Представление="info@romashka.ru"&gt;&lt;Состав xsi:type="ЭлектроннаяПочта" Значение="info@romashka.ru"/&gt;&lt;/КонтактнаяИнформация&gt;</ЗначенияПолей>
				</Строка>
				<Строка>
					<ВидКонтактнойИнформации>ЮридическийАдрес</ВидКонтактнойИнформации>
					<ЗначенияПолей>&lt;КонтактнаяИнформация xmlns="http://www.v8.1c.ru/ssl/contactinfo" Представление="123456, Москва г, Ленина ул, дом № 1 &amp;quot;А&amp;quot;"&gt;&lt;Комментарий/&gt;&lt;Состав xsi:type="Адрес" Страна="РОССИЯ"/&gt;&lt;/КонтактнаяИнформация&gt;</ЗначенияПолей>
				</Строка>
				<Строка>
					<ВидКонтактнойИнформации>Телефон</ВидКонтактнойИнформации>
					<ЗначенияПолей>&lt;КонтактнаяИнформация xmlns="http://www.v8.1c.ru/ssl/contactinfo" Представление="+7 495 123-45-67"/&gt;</ЗначенияПолей>
				</Строка>
				<Строка>
					<ВидКонтактнойИнформации>Факс</ВидКонтактнойИнформации>
					<ЗначенияПолей>&lt;КонтактнаяИнформация Представление="+7 495 000-00-00"/&gt;</ЗначенияПолей>
				</Строка>
			</КонтактнаяИнформация>
		</Справочник.Контрагенты>"#;

#[test]
fn reads_a_counterparty_of_1_8() {
    let doc = message("1.8", LEGAL);
    let got = items(&doc);
    assert_eq!(got.len(), 1);
    let Item::Record(r) = &got[0] else {
        panic!("{got:?}")
    };
    assert_eq!(r.line, 9);
    assert_eq!(r.kind, Some(Kind::Legal));
    assert!(!r.deleted);
    assert_eq!(
        r.get("onec.id"),
        Some("5f2a0b9e-2c1d-11ee-8a4b-00155d000001")
    );
    assert_eq!(r.get("name"), Some("Ромашка ООО"));
    assert_eq!(
        r.get("full_name"),
        Some("Общество с ограниченной ответственностью \"Ромашка\"")
    );
    assert_eq!(r.get("inn"), Some("7707083893"));
    assert_eq!(r.get("kpp"), Some("773601001"));
    assert_eq!(r.get("okpo"), Some("00032537"));
    assert_eq!(r.get("comment"), Some("важный"));
    assert_eq!(r.get("email"), Some("info@romashka.ru"));
    assert_eq!(
        r.get("address.legal"),
        Some("123456, Москва г, Ленина ул, дом № 1 \"А\"")
    );
    assert_eq!(all(r, "phone"), vec!["+7 495 123-45-67"]);
    // Nested references (country, group, head counterparty) don't leak.
    assert_eq!(all(r, "name").len(), 1);
    assert_eq!(all(r, "inn").len(), 1);
    assert_eq!(all(r, "onec.id").len(), 1);
    // Plus the two the core reads for its rules: the country and the form.
    assert_eq!(r.get("country"), Some("РОССИЯ"));
    assert_eq!(r.get("legal_form"), Some("ЮридическоеЛицо"));
    assert_eq!(r.values.len(), 12, "{:?}", r.values);
}

#[test]
fn reads_1_11_with_json_contacts_skips_documents_and_reads_deletions() {
    let body = r#"		<Справочник.Номенклатура>
			<КлючевыеСвойства><Ссылка>item-1</Ссылка><Наименование>Тариф 100</Наименование></КлючевыеСвойства>
		</Справочник.Номенклатура>
		<Документ.РеализацияТоваровУслуг>
			<КлючевыеСвойства>
				<Ссылка>doc-1</Ссылка>
				<Контрагент><Ссылка>cp-x</Ссылка><Наименование>Чужой</Наименование></Контрагент>
			</КлючевыеСвойства>
			<Товары><Строка><Справочник.Контрагенты><Ссылка>nested</Ссылка></Справочник.Контрагенты></Строка></Товары>
		</Документ.РеализацияТоваровУслуг>
		<Справочник.Контрагенты>
			<КлючевыеСвойства>
				<Ссылка>cp-ip</Ссылка>
				<Наименование>ИП Сидоров С. С.</Наименование>
				<НаименованиеПолное>ИП Сидоров Сидор Сидорович</НаименованиеПолное>
				<ИНН>773370857141</ИНН>
				<ЮридическоеФизическоеЛицо>ФизическоеЛицо</ЮридическоеФизическоеЛицо>
			</КлючевыеСвойства>
			<КонтактнаяИнформация>
				<Строка>
					<ВидКонтактнойИнформации>АдресЭлектроннойПочты</ВидКонтактнойИнформации>
					<ЗначенияПолей>{"value": "sidorov@mail.ru", "type": "Адрес электронной почты"}</ЗначенияПолей>
				</Строка>
				<Строка>
					<ВидКонтактнойИнформации>АдресЭлектроннойПочты</ВидКонтактнойИнформации>
					<ЗначенияПолей>{"value": "buh@mail.ru"}</ЗначенияПолей>
				</Строка>
				<Строка>
					<ВидКонтактнойИнформации>ФактическийАдрес</ВидКонтактнойИнформации>
					<ЗначенияПолей>{"value":"Тверь, ул. Советская, 5","country":"РОССИЯ"}</ЗначенияПолей>
				</Строка>
				<Строка>
					<ВидКонтактнойИнформации>ПочтовыйАдрес</ВидКонтактнойИнформации>
					<ЗначенияПолей>{broken</ЗначенияПолей>
					<Представление>Тверь, а/я 1</Представление>
				</Строка>
			</КонтактнаяИнформация>
		</Справочник.Контрагенты>
		<УдалениеОбъекта>
			<СсылкаНаОбъект>
				<СсылкаНаОбъект>
					<СправочникСсылка.Контрагенты>cp-gone</СправочникСсылка.Контрагенты>
				</СсылкаНаОбъект>
			</СсылкаНаОбъект>
		</УдалениеОбъекта>
		<УдалениеОбъекта>
			<СсылкаНаОбъект><СсылкаНаОбъект><СправочникСсылка.Номенклатура>item-gone</СправочникСсылка.Номенклатура></СсылкаНаОбъект></СсылкаНаОбъект>
		</УдалениеОбъекта>
		<УдалениеОбъекта><Ссылка xsi:type="d4p1:СправочникСсылка.Контрагенты" xmlns:d4p1="http://v8.1c.ru/edi/edi_stnd/EnterpriseData/1.11">cp-gone-2</Ссылка></УдалениеОбъекта>
		<УдалениеОбъекта><СправочникСсылка.Контрагенты><Ссылка>cp-gone-3</Ссылка></СправочникСсылка.Контрагенты></УдалениеОбъекта>"#;
    let got = items(&message("1.11", body));
    assert_eq!(got.len(), 7, "{got:#?}");
    assert_eq!(
        got[0],
        Item::Skipped {
            line: 9,
            what: "Справочник.Номенклатура".into()
        }
    );
    assert_eq!(
        got[1],
        Item::Skipped {
            line: 12,
            what: "Документ.РеализацияТоваровУслуг".into()
        }
    );
    let Item::Record(ip) = &got[2] else {
        panic!("{got:?}")
    };
    assert_eq!(ip.line, 19);
    assert_eq!(ip.kind, None);
    assert_eq!(ip.get("onec.id"), Some("cp-ip"));
    assert_eq!(ip.get("full_name"), Some("ИП Сидоров Сидор Сидорович"));
    assert_eq!(all(ip, "email"), vec!["sidorov@mail.ru", "buh@mail.ru"]);
    assert_eq!(ip.get("address.actual"), Some("Тверь, ул. Советская, 5"));
    assert_eq!(ip.get("address.postal"), Some("Тверь, а/я 1"));
    assert_eq!(
        got[3],
        Item::Record(Record {
            line: 47,
            kind: None,
            values: vec![("onec.id".into(), "cp-gone".into())],
            deleted: true,
            raw: vec![],
        })
    );
    assert_eq!(
        got[4],
        Item::Skipped {
            line: 54,
            what: "УдалениеОбъекта".into()
        }
    );
    let Item::Record(gone) = &got[5] else {
        panic!("{got:?}")
    };
    assert!(gone.deleted);
    assert_eq!(gone.get("onec.id"), Some("cp-gone-2"));
    let Item::Record(gone) = &got[6] else {
        panic!("{:?}", got[6])
    };
    assert_eq!(
        (gone.deleted, gone.get("onec.id")),
        (true, Some("cp-gone-3"))
    );
}

#[test]
fn prefixed_body_and_other_versions() {
    let doc = r#"<m:Message xmlns:m="http://www.1c.ru/SSL/Exchange/Message" xmlns:ed="http://v8.1c.ru/edi/edi_stnd/EnterpriseData/1.6">
<m:Header/>
<ed:Body>
<ed:Справочник.Контрагенты><ed:КлючевыеСвойства><ed:Ссылка>1</ed:Ссылка><ed:Наименование>А</ed:Наименование></ed:КлючевыеСвойства></ed:Справочник.Контрагенты>
</ed:Body></m:Message>"#;
    let got = items(doc);
    assert_eq!(got.len(), 1);
    let Item::Record(r) = &got[0] else {
        panic!("{got:?}")
    };
    assert_eq!((r.line, r.get("name")), (4, Some("А")));

    let out = read(&message("2.0", LEGAL));
    assert_eq!(out.len(), 1);
    let err = out[0].clone().unwrap_err();
    assert!(
        err.message.contains("unsupported enterprisedata version"),
        "{err}"
    );
    assert_eq!(err.line, 8);

    let out = read("<Message><Header/></Message>");
    assert!(out[0].clone().unwrap_err().message.contains("no <Body>"));
}

#[test]
fn truncated_message_is_an_error_with_a_line() {
    let doc = message("1.8", LEGAL);
    let cut = &doc[..doc.find("<КонтактнаяИнформация>").unwrap()];
    let mut r = Reader::new(Cursor::new(cut.as_bytes().to_vec())).unwrap();
    let err = r.next().unwrap().unwrap_err();
    assert!(err.line > 0);
    assert!(err.message.contains("truncated"), "{err}");
    assert!(r.next().is_none());

    let cut = &doc[..doc.find("ИНН>7707").unwrap()];
    let err = read(cut)[0].clone().unwrap_err();
    assert_eq!(err.line, 14);
    assert!(err.message.contains("truncated"), "{err}");
}

#[test]
fn doctype_entities_are_not_expanded() {
    let doc = r#"<?xml version="1.0"?>
<!DOCTYPE Message [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
<Message><Body xmlns="http://v8.1c.ru/edi/edi_stnd/EnterpriseData/1.8">
<Справочник.Номенклатура>&b;</Справочник.Номенклатура>
<Справочник.Контрагенты><КлючевыеСвойства><Наименование>&b;</Наименование></КлючевыеСвойства></Справочник.Контрагенты>
</Body></Message>"#;
    let out = read(doc);
    assert_eq!(out.len(), 2);
    assert!(matches!(out[0], Ok(Item::Skipped { .. })));
    let err = out[1].clone().unwrap_err();
    assert_eq!(err.line, 5);
    assert!(err.message.contains("undefined entity &b;"), "{err}");
}

#[test]
fn huge_values_in_skipped_objects_cost_nothing() {
    let base64 = "QUJD".repeat(2 << 20);
    let body = format!(
        "<Справочник.Файлы>\n<ДвоичныеДанные>{base64}</ДвоичныеДанные>\n</Справочник.Файлы>\n{LEGAL}"
    );
    let got = items(&message("1.8", &body));
    assert_eq!(got.len(), 2);
    assert!(
        matches!(got[0], Item::Skipped { line: 9, .. }),
        "{:?}",
        got[0]
    );
    let Item::Record(r) = &got[1] else {
        panic!("{:?}", got[1])
    };
    assert_eq!((r.line, r.get("inn")), (12, Some("7707083893")));

    let body = format!(
        "<Справочник.Контрагенты><Комментарий>{base64}</Комментарий></Справочник.Контрагенты>"
    );
    let err = read(&message("1.8", &body))[0].clone().unwrap_err();
    assert_eq!((err.line, err.message.as_str()), (9, "a value over 1 MiB"));
}

#[test]
fn contact_values_in_every_form() {
    assert_eq!(
        field_values(r#"<КонтактнаяИнформация Представление=" a@b.ru "/>"#).as_deref(),
        Some("a@b.ru")
    );
    assert_eq!(
        field_values(r#"<КонтактнаяИнформация><Состав Значение="a@b.ru"/></КонтактнаяИнформация>"#)
            .as_deref(),
        Some("a@b.ru")
    );
    assert_eq!(field_values(r#"{"value": "x"}"#).as_deref(), Some("x"));
    assert_eq!(
        field_values("Индекс=123\nПредставление=Москва\n").as_deref(),
        Some("Москва")
    );
    assert_eq!(field_values("a@b.ru").as_deref(), Some("a@b.ru"));
    assert_eq!(field_values("<broken"), None);
    assert_eq!(field_values("{\"value\": 1}"), None);
}

proptest! {
    #[test]
    fn never_panics_on_any_text(s in "\\PC*") {
        let _ = read(&s);
    }

    #[test]
    fn never_panics_on_xmlish_text(s in "[<>/!?&;#x0-9a-zBodyСправочник.Контрагенты{}\"'= \n\\[\\]-]{0,200}") {
        let _ = read(&format!("<Message><Body><Справочник.Контрагенты><КонтактнаяИнформация><Строка><ЗначенияПолей>{s}"));
        let _ = read(&s);
    }

    #[test]
    fn never_panics_on_a_mutated_message(
        at in 0usize..4200,
        len in 0usize..24,
        junk in "[<>&;/!?\"'={}Сa-z ]{0,8}|\\PC{0,8}",
    ) {
        let doc = message("1.8", LEGAL);
        let chars: Vec<char> = doc.chars().collect();
        let at = at.min(chars.len());
        let end = (at + len).min(chars.len());
        let doc: String = chars[..at].iter().copied().chain(junk.chars()).chain(chars[end..].iter().copied()).collect();
        let out = read(&doc);
        if let Some(i) = out.iter().position(|r| r.is_err()) {
            prop_assert_eq!(i, out.len() - 1);
        }
    }

    #[test]
    fn never_panics_on_a_cut_message(n in 0usize..4000) {
        let doc = message("1.8", LEGAL);
        let cut: String = doc.chars().take(n).collect();
        let out = read(&cut);
        prop_assert!(out.iter().filter(|r| r.is_err()).count() <= 1);
    }

    #[test]
    fn contact_values_never_panic(s in "\\PC*") {
        let _ = field_values(&s);
    }
}

#[test]
fn registration_country_prefers_the_code_then_the_legal_address() {
    let cp = |inner: &str| {
        let doc = message(
            "1.11",
            &format!("<Справочник.Контрагенты><КлючевыеСвойства><Наименование>ТОО Алтай</Наименование>{inner}</КлючевыеСвойства></Справочник.Контрагенты>"),
        );
        match items(&doc).remove(0) {
            Item::Record(r) => r,
            other => panic!("{other:?}"),
        }
    };
    let r = cp("<СтранаРегистрации><Ссылка>x</Ссылка><Наименование>КАЗАХСТАН</Наименование><Код>398</Код></СтранаРегистрации>");
    assert_eq!(r.get("country"), Some("398"));
    let r = cp("<СтранаРегистрации><Наименование>КАЗАХСТАН</Наименование></СтранаРегистрации>");
    assert_eq!(r.get("country"), Some("КАЗАХСТАН"));
    let r = cp("<СтранаРегистрации>KZ</СтранаРегистрации>");
    assert_eq!(r.get("country"), Some("KZ"));
    // No СтранаРегистрации: the legal address's country.
    let r = cp(
        r#"</КлючевыеСвойства><КонтактнаяИнформация><Строка><ВидКонтактнойИнформации>ЮридическийАдрес</ВидКонтактнойИнформации><ЗначенияПолей>&lt;КонтактнаяИнформация xmlns="http://www.v8.1c.ru/ssl/contactinfo" Представление="Алматы"&gt;&lt;Состав Страна="КАЗАХСТАН"/&gt;&lt;/КонтактнаяИнформация&gt;</ЗначенияПолей></Строка></КонтактнаяИнформация><КлючевыеСвойства>"#,
    );
    assert_eq!(r.get("country"), Some("КАЗАХСТАН"));
    assert_eq!(r.get("address.legal"), Some("Алматы"));
    let r = cp("<ЮридическоеФизическоеЛицо>ФизическоеЛицо</ЮридическоеФизическоеЛицо>");
    assert_eq!(r.get("country"), None);
    assert_eq!(r.get("legal_form"), Some("ФизическоеЛицо"));
}
