//! Unit and property tests of the commerceml reader.

use super::*;
use proptest::prelude::*;
use std::io::Cursor;

fn read(s: &str) -> Vec<ReadResult<Item>> {
    Reader::new(Cursor::new(s.as_bytes().to_vec()))
        .unwrap()
        .collect()
}

fn records(s: &str) -> Vec<Record> {
    read(s)
        .into_iter()
        .map(|r| match r {
            Ok(Item::Record(r)) => r,
            other => panic!("not a record: {other:?}"),
        })
        .collect()
}

fn all<'r>(r: &'r Record, field: &str) -> Vec<&'r str> {
    r.values
        .iter()
        .filter(|(f, _)| f == field)
        .map(|(_, v)| v.as_str())
        .collect()
}

const CML3: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<КоммерческаяИнформация xmlns="urn:1C.ru:commerceml_3" ВерсияСхемы="3.1" ДатаФормирования="2024-05-01T10:00:00">
  <Контрагенты СодержитТолькоИзменения="false">
<Контрагент>
  <Ид>0b3f6d1e-1111-4a2b-9c3d-000000000001</Ид>
  <НомерВерсии>AAAAAQ==</НомерВерсии>
  <ПометкаУдаления>false</ПометкаУдаления>
  <Наименование>Ромашка ООО</Наименование>
  <ОфициальноеНаименование>Общество с ограниченной ответственностью «Ромашка» &amp; Co</ОфициальноеНаименование>
  <ЮридическийАдрес>
    <Представление>123456, Москва, ул. Ленина, д. 1</Представление>
    <АдресноеПоле><Тип>Почтовый индекс</Тип><Значение>123456</Значение></АдресноеПоле>
  </ЮридическийАдрес>
  <Адрес><Представление>Москва, ул. Мира, д. 2</Представление></Адрес>
  <ИНН>7707083893</ИНН>
  <КПП>773601001</КПП>
  <КодПоОКПО>00032537</КодПоОКПО>
  <РасчетныеСчета>
    <РасчетныйСчет>
      <НомерСчета>40702810900000000001</НомерСчета>
      <Банк>
        <СчетКорреспондентский>30101810400000000225</СчетКорреспондентский>
        <Наименование>ПАО СБЕРБАНК</Наименование>
        <Адрес><Представление>Москва</Представление></Адрес>
        <БИК>044525225</БИК>
      </Банк>
    </РасчетныйСчет>
    <РасчетныйСчет>
      <НомерСчета>40702810000000000002</НомерСчета>
      <Банк><БИК>044525999</БИК><Наименование>Другой банк</Наименование></Банк>
    </РасчетныйСчет>
  </РасчетныеСчета>
  <Контакты>
    <Контакт><Тип>Почта</Тип><Значение>info@romashka.ru</Значение></Контакт>
    <Контакт><Тип>Телефон рабочий</Тип><Значение>+7 (495) 123-45-67</Значение></Контакт>
    <Контакт><Значение>8 912 345-67-89</Значение><Тип>Телефон мобильный</Тип></Контакт>
    <Контакт><Тип>Факс</Тип><Значение>+7 495 000-00-00</Значение></Контакт>
    <Контакт><Тип>ВебСайт</Тип><Значение>romashka.ru</Значение></Контакт>
  </Контакты>
  <Представители>
    <Представитель>
      <Отношение>Контактное лицо</Отношение>
      <Ид>rep-1</Ид>
      <Наименование>Петров Пётр</Наименование>
    </Представитель>
  </Представители>
  <Роль>Покупатель</Роль>
</Контрагент>
<Контрагент>
  <Ид>0b3f6d1e-1111-4a2b-9c3d-000000000002</Ид>
  <Наименование>ИП Иванов Иван Иванович</Наименование>
  <РеквизитыФизЛица>
    <ПолноеНаименование>ИП Иванов Иван Иванович</ПолноеНаименование>
    <Фамилия>Иванов</Фамилия>
    <Имя>Иван</Имя>
    <Отчество>Иванович</Отчество>
    <ИНН>773370857141</ИНН>
    <АдресРегистрации><Представление>Тверь, ул. Советская, 5</Представление></АдресРегистрации>
  </РеквизитыФизЛица>
  <Комментарий>  постоянный клиент  </Комментарий>
  <КПП></КПП>
</Контрагент>
  </Контрагенты>
</КоммерческаяИнформация>
"#;

#[test]
fn reads_a_legal_entity_and_a_sole_trader() {
    let recs = records(CML3);
    assert_eq!(recs.len(), 2);

    let a = &recs[0];
    assert_eq!(a.line, 4);
    assert_eq!(a.kind, Some(Kind::Legal));
    assert!(!a.deleted);
    assert_eq!(
        a.get("onec.id"),
        Some("0b3f6d1e-1111-4a2b-9c3d-000000000001")
    );
    assert_eq!(a.get("name"), Some("Ромашка ООО"));
    assert_eq!(
        a.get("full_name"),
        Some("Общество с ограниченной ответственностью «Ромашка» & Co")
    );
    assert_eq!(a.get("inn"), Some("7707083893"));
    assert_eq!(a.get("kpp"), Some("773601001"));
    assert_eq!(a.get("okpo"), Some("00032537"));
    assert_eq!(
        a.get("address.legal"),
        Some("123456, Москва, ул. Ленина, д. 1")
    );
    assert_eq!(a.get("address.actual"), Some("Москва, ул. Мира, д. 2"));
    assert_eq!(a.get("bank.account"), Some("40702810900000000001"));
    assert_eq!(a.get("bank.bik"), Some("044525225"));
    assert_eq!(a.get("bank.name"), Some("ПАО СБЕРБАНК"));
    assert_eq!(a.get("bank.corr_account"), Some("30101810400000000225"));
    assert_eq!(all(a, "email"), vec!["info@romashka.ru"]);
    assert_eq!(
        all(a, "phone"),
        vec!["+7 (495) 123-45-67", "8 912 345-67-89"]
    );
    // Neither the bank's nor the representative's name or id leaks in.
    assert_eq!(all(a, "name").len(), 1);
    assert_eq!(all(a, "onec.id").len(), 1);
    assert!(a.raw.is_empty());

    let b = &recs[1];
    assert_eq!(b.line, 49);
    assert_eq!(b.kind, None, "ИП vs person is the core's call");
    assert_eq!(b.get("name"), Some("ИП Иванов Иван Иванович"));
    assert_eq!(b.get("full_name"), Some("ИП Иванов Иван Иванович"));
    assert_eq!(b.get("last_name"), Some("Иванов"));
    assert_eq!(b.get("first_name"), Some("Иван"));
    assert_eq!(b.get("middle_name"), Some("Иванович"));
    assert_eq!(b.get("inn"), Some("773370857141"));
    assert_eq!(
        b.get("address.registration"),
        Some("Тверь, ул. Советская, 5")
    );
    assert_eq!(b.get("comment"), Some("постоянный клиент"));
    assert_eq!(b.get("kpp"), None, "empty values are omitted");
}

#[test]
fn deletion_mark_prefixes_and_counterparties_in_documents() {
    let doc = r#"<?xml version="1.0" encoding="windows-1251"?>
<cml:КоммерческаяИнформация xmlns:cml="urn:1C.ru:commerceml_2" ВерсияСхемы="2.05">
 <cml:Документ>
  <cml:Ид>doc-1</cml:Ид>
  <cml:Наименование>Заказ</cml:Наименование>
  <cml:Контрагенты>
   <cml:Контрагент>
<cml:Ид>cp-1</cml:Ид>
<cml:ПометкаУдаления>true</cml:ПометкаУдаления>
<cml:Наименование><![CDATA[Лютик & Ко]]></cml:Наименование>
<cml:РеквизитыЮрЛица>
 <cml:ОфициальноеНаименование>ООО «Лютик»</cml:ОфициальноеНаименование>
 <cml:ЮридическийАдрес><cml:Представление>Казань</cml:Представление></cml:ЮридическийАдрес>
 <cml:ИНН>7707083893</cml:ИНН>
</cml:РеквизитыЮрЛица>
<cml:Контакты><cml:Контакт><cml:Тип>E-mail</cml:Тип><cml:Значение>a@lutik.ru</cml:Значение></cml:Контакт></cml:Контакты>
   </cml:Контрагент>
  </cml:Контрагенты>
 </cml:Документ>
 <cml:Контрагент/>
</cml:КоммерческаяИнформация>"#;
    let items: Vec<Item> = read(doc).into_iter().map(|r| r.unwrap()).collect();
    assert_eq!(items.len(), 2);
    let Item::Record(r) = &items[0] else {
        panic!("{items:?}")
    };
    assert_eq!(r.line, 7);
    assert!(r.deleted);
    assert_eq!(r.kind, Some(Kind::Legal));
    assert_eq!(r.get("onec.id"), Some("cp-1"));
    assert_eq!(r.get("name"), Some("Лютик & Ко"));
    assert_eq!(r.get("full_name"), Some("ООО «Лютик»"));
    assert_eq!(r.get("address.legal"), Some("Казань"));
    assert_eq!(r.get("email"), Some("a@lutik.ru"));
    assert_eq!(
        items[1],
        Item::Skipped {
            line: 20,
            what: "Контрагент".into()
        }
    );
}

fn refusal(doc: &str) -> String {
    let out = read(doc);
    match out.last() {
        Some(Err(e)) => e.message.clone(),
        other => panic!("expected an error, got {other:?}"),
    }
}

#[test]
fn a_catalog_or_offers_file_is_refused_saying_what_it_is() {
    // A catalog whose owner looks like a counterparty (INN, official name).
    let catalog = r#"<?xml version="1.0" encoding="UTF-8"?>
<КоммерческаяИнформация xmlns="urn:1C.ru:commerceml_2" ВерсияСхемы="2.07">
 <Классификатор><Ид>k</Ид><Наименование>Классификатор</Наименование>
  <Владелец><Ид>o</Ид><Наименование>Ромашка ООО</Наименование>
   <ОфициальноеНаименование>ООО «Ромашка»</ОфициальноеНаименование><ИНН>7707083893</ИНН></Владелец>
 </Классификатор>
 <Каталог><Ид>c</Ид><Товары><Товар><Ид>t</Ид><Изготовитель><Наименование>Завод</Наименование></Изготовитель></Товар></Товары></Каталог>
</КоммерческаяИнформация>"#;
    let out = read(catalog);
    assert_eq!(out.len(), 1, "the owner is no record: {out:?}");
    let m = refusal(catalog);
    assert!(m.contains("a catalog of goods"), "{m}");
    assert!(m.contains("<Документ> with <Контрагенты>"), "{m}");
    assert!(m.contains("EnterpriseData"), "{m}");

    let offers = r#"<КоммерческаяИнформация ВерсияСхемы="3.1"><ПакетПредложений><Ид>p</Ид></ПакетПредложений></КоммерческаяИнформация>"#;
    assert!(refusal(offers).contains("offers: prices and stock"));

    // A counterparty container anywhere makes it an exchange, even empty.
    let both = r#"<КоммерческаяИнформация><Классификатор/><Контрагенты/></КоммерческаяИнформация>"#;
    assert!(read(both).is_empty());
}

#[test]
fn empty_exchange_files_are_empty_not_errors() {
    for doc in [
        r#"<?xml version="1.0" encoding="windows-1251"?>
<КоммерческаяИнформация ВерсияСхемы="2.05" ДатаФормирования="2021-02-12T17:04:36">
</КоммерческаяИнформация>"#,
        r#"<КоммерческаяИнформация ВерсияСхемы="3.1"><Контрагенты СодержитТолькоИзменения="false"/></КоммерческаяИнформация>"#,
        r#"<КоммерческаяИнформация ВерсияСхемы="3.1"><Контрагенты></Контрагенты></КоммерческаяИнформация>"#,
    ] {
        assert!(read(doc).is_empty(), "{doc}");
    }
}

const ORDER_2_03: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<КоммерческаяИнформация ВерсияСхемы="2.03" ДатаФормирования="2024-01-01">
<Документ><Ид>1</Ид><Номер>1</Номер><ХозОперация>Заказ товара</ХозОперация>
 <Контрагенты>
  <Контрагент>
   <Ид>7#buyer#Сидоров Пётр</Ид>
   <Наименование>buyer</Наименование>
   <Роль>Покупатель</Роль>
   <ПолноеНаименование>Сидоров Пётр</ПолноеНаименование>
   <Фамилия>Сидоров</Фамилия><Имя>Пётр</Имя>
   <АдресРегистрации>
    <Представление>Россия, 410000, Саратов, ул. Вольская, 1</Представление>
    <АдресноеПоле><Тип>Почтовый индекс</Тип><Значение>410000</Значение></АдресноеПоле>
    <АдресноеПоле><Тип>Страна</Тип><Значение>Россия</Значение></АдресноеПоле>
   </АдресРегистрации>
   <Представители>
    <Представитель>
     <Контрагент>
      <Отношение>Контактное лицо</Отношение>
      <Ид>rep-9</Ид>
      <Наименование>Сидорова Анна</Наименование>
      <ИНН>500100732259</ИНН>
     </Контрагент>
    </Представитель>
   </Представители>
  </Контрагент>
 </Контрагенты>
</Документ>
<Документ><Ид>2</Ид>
 <Контрагенты>
  <Контрагент><Ид>7#buyer#Сидоров Пётр</Ид><Наименование>buyer</Наименование><ПолноеНаименование>Сидоров Пётр</ПолноеНаименование></Контрагент>
 </Контрагенты>
</Документ>
</КоммерческаяИнформация>"#;

#[test]
fn a_nested_representative_is_no_record_and_repeats_stay_records() {
    let recs = records(ORDER_2_03);
    // One record per occurrence: the import's matching by <Ид> makes the
    // second one the same card.
    assert_eq!(recs.len(), 2);
    let r = &recs[0];
    assert_eq!(r.line, 5);
    assert_eq!(r.get("onec.id"), Some("7#buyer#Сидоров Пётр"));
    assert_eq!(
        r.get("inn"),
        None,
        "the representative's INN is not the buyer's"
    );
    assert_eq!(all(r, "name"), vec!["buyer"]);
    assert_eq!(all(r, "onec.id").len(), 1);
    assert_eq!(
        r.get("address.registration"),
        Some("Россия, 410000, Саратов, ул. Вольская, 1")
    );
    assert_eq!(r.get("country"), Some("Россия"));
    assert_eq!(r.get("legal_form"), None, "nothing in the file states it");
    assert_eq!(recs[1].get("onec.id"), r.get("onec.id"));
}

#[test]
fn country_is_taken_only_where_it_is_a_country() {
    let cp = |addresses: &str| {
        let doc = format!(
            "<КоммерческаяИнформация><Контрагенты><Контрагент><Наименование>x</Наименование>{addresses}</Контрагент></Контрагенты></КоммерческаяИнформация>"
        );
        records(&doc).remove(0)
    };
    let field = |kind: &str, ty: &str, v: &str| {
        format!(
            "<{kind}><АдресноеПоле><Тип>{ty}</Тип><Значение>{v}</Значение></АдресноеПоле></{kind}>"
        )
    };
    // Site exchanges put the postal code or the whole address there.
    for junk in [
        "690078",
        "12",
        "Российская Федерация, 195027, г. Санкт-Петербург",
        "005897",
    ] {
        let r = cp(&field("АдресРегистрации", "Страна", junk));
        assert_eq!(r.get("country"), None, "{junk}");
    }
    assert_eq!(
        cp(&field("Адрес", "Страна", "398")).get("country"),
        Some("398")
    );
    assert_eq!(
        cp(&field("ЮридическийАдрес", "Страна", "Кыргызстан")).get("country"),
        Some("Кыргызстан")
    );
    // Another field type is not the country.
    assert_eq!(cp(&field("Адрес", "Регион", "Алматы")).get("country"), None);
    // The registration address wins over the others, wherever it stands.
    let r = cp(&format!(
        "{}{}",
        field("Адрес", "Страна", "Россия"),
        field("АдресРегистрации", "Страна", "Казахстан")
    ));
    assert_eq!(r.get("country"), Some("Казахстан"));
    // A <Страна> element of an address counts too.
    let r = cp("<АдресРегистрации><Страна>Беларусь</Страна></АдресРегистрации>");
    assert_eq!(r.get("country"), Some("Беларусь"));
}

#[test]
fn legal_form_as_the_markup_states_it() {
    let cp = |inner: &str| {
        let doc = format!(
            "<КоммерческаяИнформация><Контрагенты><Контрагент><Наименование>Алтай ТОО</Наименование>{inner}</Контрагент></Контрагенты></КоммерческаяИнформация>"
        );
        records(&doc).remove(0)
    };
    // An official name with a 12-digit number: the type is left to the
    // core, but the statement that it is an organisation is kept.
    let r = cp(
        "<ОфициальноеНаименование>ТОО \"Алтай\"</ОфициальноеНаименование><ИНН>181310839110</ИНН>",
    );
    assert_eq!(r.kind, None);
    assert_eq!(r.get("legal_form"), Some("ЮридическоеЛицо"));
    let r = cp("<РеквизитыЮрЛица><ИНН>7707083893</ИНН></РеквизитыЮрЛица>");
    assert_eq!(r.get("legal_form"), Some("ЮридическоеЛицо"));
    let r = cp("<РеквизитыФизЛица><Фамилия>Иванов</Фамилия></РеквизитыФизЛица>");
    assert_eq!(r.get("legal_form"), Some("ФизическоеЛицо"));
    let r = cp("<ОрганизационноПравоваяФорма>ТОО</ОрганизационноПравоваяФорма><ОфициальноеНаименование>Алтай</ОфициальноеНаименование>");
    assert_eq!(r.get("legal_form"), Some("ТОО"));
    // An empty official name says nothing.
    let r = cp("<ОфициальноеНаименование/>");
    assert_eq!(r.get("legal_form"), None);
}

#[test]
fn elements_are_named_for_messages() {
    assert_eq!(element_of("inn"), Some("<ИНН>"));
    assert_eq!(element_of("onec.id"), Some("<Ид>"));
    assert_eq!(
        element_of("address.registration"),
        Some("<АдресРегистрации><Представление>")
    );
    assert_eq!(element_of("ogrn"), None, "the reader never fills it");
}

#[test]
fn truncated_file_gives_an_error_with_a_line_then_ends() {
    let cut = &CML3[..CML3.find("<Контакты>").unwrap()];
    let mut r = Reader::new(Cursor::new(cut.as_bytes().to_vec())).unwrap();
    let err = r.next().unwrap().unwrap_err();
    assert!(err.line > 0);
    assert!(err.message.starts_with("malformed xml:"), "{err}");
    assert!(err.message.contains("truncated"), "{err}");
    assert!(r.next().is_none());

    let cut = &CML3[..CML3.find("<Контакт>").unwrap() + 5];
    let out = read(cut);
    assert_eq!(out.len(), 1);
    let err = out[0].clone().unwrap_err();
    assert!(err.message.contains("truncated"), "{err}");
    assert_eq!(err.line, 34);
}

#[test]
fn mismatched_tags_and_foreign_roots_are_errors() {
    let out = read("<КоммерческаяИнформация>\n<Контрагент><Ид>1</Наименование></Контрагент></КоммерческаяИнформация>");
    assert_eq!(out.len(), 1);
    let err = out[0].clone().unwrap_err();
    assert_eq!(err.line, 2);
    assert!(err.message.starts_with("malformed xml:"), "{err}");

    let out = read("<html><body/></html>");
    assert!(out[0]
        .clone()
        .unwrap_err()
        .message
        .contains("not a commerceml file"));
    let out = read("");
    assert!(out[0]
        .clone()
        .unwrap_err()
        .message
        .contains("not a commerceml file"));
}

#[test]
fn doctype_entities_are_not_expanded() {
    let doc = r#"<?xml version="1.0"?>
<!DOCTYPE КоммерческаяИнформация [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY xxe SYSTEM "file:///etc/passwd">
]>
<КоммерческаяИнформация>
 <Контрагент><Ид>1</Ид><Наименование>&lol2;</Наименование></Контрагент>
 <Контрагент><Ид>2</Ид><Наименование>&xxe;</Наименование></Контрагент>
</КоммерческаяИнформация>"#;
    let out = read(doc);
    assert_eq!(out.len(), 1);
    let err = out[0].clone().unwrap_err();
    assert_eq!(err.line, 8);
    assert!(err.message.contains("undefined entity &lol2;"), "{err}");
}

#[test]
fn a_huge_value_is_refused() {
    let big = "я".repeat(600 * 1024);
    let doc = format!(
        "<КоммерческаяИнформация>\n<Контрагент>\n<Наименование>{big}</Наименование></Контрагент></КоммерческаяИнформация>"
    );
    let out = read(&doc);
    let err = out[0].clone().unwrap_err();
    assert_eq!(err.message, "a value over 1 MiB");
    assert_eq!(err.line, 3);
}

proptest! {
    #[test]
    fn never_panics_on_any_text(s in "\\PC*") {
        let _ = read(&s);
    }

    #[test]
    fn never_panics_on_xmlish_text(s in "[<>/!?&;#x0-9a-zКонтрагеИдН\"'= \n\\[\\]-]{0,200}") {
        let _ = read(&format!("<КоммерческаяИнформация><Контрагент>{s}"));
        let _ = read(&s);
    }

    #[test]
    fn never_panics_on_a_mutated_document(
        at in 0usize..2600,
        len in 0usize..24,
        junk in "[<>&;/!?\"'=Кa-z ]{0,8}|\\PC{0,8}",
    ) {
        let chars: Vec<char> = CML3.chars().collect();
        let at = at.min(chars.len());
        let end = (at + len).min(chars.len());
        let doc: String = chars[..at].iter().copied().chain(junk.chars()).chain(chars[end..].iter().copied()).collect();
        let out = read(&doc);
        // At most one error, and nothing after it.
        if let Some(i) = out.iter().position(|r| r.is_err()) {
            prop_assert_eq!(i, out.len() - 1);
        }
    }

    #[test]
    fn never_panics_on_a_cut_document(n in 0usize..2000) {
        let cut: String = CML3.chars().take(n).collect();
        let out = read(&cut);
        // Every cut of the document either ends cleanly or with one error.
        prop_assert!(out.iter().filter(|r| r.is_err()).count() <= 1);
    }
}
