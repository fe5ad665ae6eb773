//! CommerceML 2.x / 3.x (`<КоммерческаяИнформация>`, the site-exchange
//! format): one [`Record`] per `<Контрагент>`, wherever it stands — in
//! `<Контрагенты>` or inside documents (2.0x). A `<Контрагент>` nested in
//! another (a representative in 2.0x) belongs to the outer one and is ignored.
//!
//! Elements are matched by local name, so any prefix and schema version
//! work, and by their path inside the counterparty, so the `Наименование` of
//! a bank, a contact or a representative never becomes the counterparty's
//! name. `РеквизитыЮрЛица` / `РеквизитыФизЛица` are looked through: their
//! `ИНН`, addresses, accounts… count like the top-level ones. Of several
//! values for one field the first wins; of several accounts the first is
//! taken. The type is stated only for legal entities (`РеквизитыЮрЛица` or
//! `ОфициальноеНаименование`, unless the INN has 12 digits); ИП versus person
//! is left to the core (INN length, «ИП» prefix).

use super::xml::{self, error, Event, Values, XmlStream};
use super::{Item, ReadResult, Record};
use crate::core::model::Kind;
use std::io::BufRead;

const ROOT: &str = "КоммерческаяИнформация";
const COUNTERPARTY: &str = "Контрагент";

/// The elements the reader cares about, by local name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum T {
    Id,
    Name,
    OfficialName,
    FullName,
    Inn,
    Kpp,
    Okpo,
    Comment,
    Deleted,
    LastName,
    FirstName,
    MiddleName,
    LegalReq,
    PersonReq,
    LegalAddress,
    Address,
    RegAddress,
    Presentation,
    Contacts,
    Contact,
    Type,
    Value,
    Accounts,
    Account,
    AccountNumber,
    Bank,
    Bik,
    CorrAccount,
    Other,
}

fn tag(local: &[u8]) -> T {
    match std::str::from_utf8(local) {
        Ok("Ид") => T::Id,
        Ok("Наименование") => T::Name,
        Ok("ОфициальноеНаименование") => T::OfficialName,
        Ok("ПолноеНаименование") => T::FullName,
        Ok("ИНН") => T::Inn,
        Ok("КПП") => T::Kpp,
        Ok("КодПоОКПО" | "ОКПО") => T::Okpo,
        Ok("Комментарий") => T::Comment,
        Ok("ПометкаУдаления") => T::Deleted,
        Ok("Фамилия") => T::LastName,
        Ok("Имя") => T::FirstName,
        Ok("Отчество") => T::MiddleName,
        Ok("РеквизитыЮрЛица") => T::LegalReq,
        Ok("РеквизитыФизЛица") => T::PersonReq,
        Ok("ЮридическийАдрес") => T::LegalAddress,
        Ok("Адрес") => T::Address,
        Ok("АдресРегистрации") => T::RegAddress,
        Ok("Представление") => T::Presentation,
        Ok("Контакты") => T::Contacts,
        Ok("Контакт") => T::Contact,
        Ok("Тип" | "КонтактВид") => T::Type,
        Ok("Значение") => T::Value,
        Ok("РасчетныеСчета") => T::Accounts,
        Ok("РасчетныйСчет") => T::Account,
        Ok("НомерСчета") => T::AccountNumber,
        Ok("Банк") => T::Bank,
        Ok("БИК") => T::Bik,
        Ok("СчетКорреспондентский") => T::CorrAccount,
        _ => T::Other,
    }
}

/// The path inside the counterparty with a leading `РеквизитыЮрЛица` /
/// `РеквизитыФизЛица` looked through.
fn effective(path: &[T]) -> &[T] {
    match path {
        [T::LegalReq | T::PersonReq, rest @ ..] => rest,
        p => p,
    }
}

/// One counterparty being read.
#[derive(Default)]
struct Counterparty {
    values: Values,
    legal: bool,
    deleted: bool,
    accounts: u32,
    contact_type: String,
    contact_value: String,
}

impl Counterparty {
    fn start(&mut self, path: &[T]) {
        if path == [T::LegalReq] {
            self.legal = true;
        }
        match effective(path) {
            [T::Accounts, T::Account] => self.accounts += 1,
            [T::Contacts, T::Contact] => {
                self.contact_type.clear();
                self.contact_value.clear();
            }
            _ => {}
        }
    }

    fn end(&mut self, path: &[T], text: &str) {
        let first_account = self.accounts == 1;
        let field = match effective(path) {
            [T::Id] => "onec.id",
            [T::Name] => "name",
            [T::OfficialName] => {
                if !text.trim().is_empty() {
                    self.legal = true;
                }
                "full_name"
            }
            [T::FullName] => "full_name",
            [T::Inn] => "inn",
            [T::Kpp] => "kpp",
            [T::Okpo] => "okpo",
            [T::Comment] => "comment",
            [T::LastName] => "last_name",
            [T::FirstName] => "first_name",
            [T::MiddleName] => "middle_name",
            [T::LegalAddress, T::Presentation] => "address.legal",
            [T::Address, T::Presentation] => "address.actual",
            [T::RegAddress, T::Presentation] => "address.registration",
            [T::Accounts, T::Account, T::AccountNumber] if first_account => "bank.account",
            [T::Accounts, T::Account, T::Bank, T::Bik] if first_account => "bank.bik",
            [T::Accounts, T::Account, T::Bank, T::Name] if first_account => "bank.name",
            [T::Accounts, T::Account, T::Bank, T::CorrAccount] if first_account => {
                "bank.corr_account"
            }
            [T::Deleted] => {
                let v = text.trim();
                if v.eq_ignore_ascii_case("true") || v == "1" {
                    self.deleted = true;
                }
                return;
            }
            [T::Contacts, T::Contact, T::Type] => {
                self.contact_type = text.trim().to_string();
                return;
            }
            [T::Contacts, T::Contact, T::Value] => {
                self.contact_value = text.trim().to_string();
                return;
            }
            [T::Contacts, T::Contact] => {
                let kind = self.contact_type.to_lowercase();
                if kind.contains("почта") || kind.contains("mail") {
                    self.values.push("email", &self.contact_value);
                } else if kind.contains("телефон") {
                    self.values.push("phone", &self.contact_value);
                }
                return;
            }
            _ => return,
        };
        self.values.set(field, text);
    }

    fn finish(self, line: u64) -> Item {
        if self.values.is_empty() && !self.deleted {
            return Item::Skipped {
                line,
                what: COUNTERPARTY.to_string(),
            };
        }
        // A 12-digit INN is a person's or a sole trader's whatever the
        // markup says: let the core decide then.
        let natural_inn = self
            .values
            .get("inn")
            .is_some_and(|i| i.len() == 12 && i.bytes().all(|b| b.is_ascii_digit()));
        Item::Record(Record {
            line,
            kind: (self.legal && !natural_inn).then_some(Kind::Legal),
            values: self.values.values,
            deleted: self.deleted,
            raw: Vec::new(),
        })
    }
}

/// Reads the counterparties of a CommerceML file as a stream.
pub struct Reader {
    xml: XmlStream,
    root_seen: bool,
    done: bool,
}

impl Reader {
    /// `input` is UTF-8 text (the declaration's encoding is ignored).
    pub fn new(input: impl BufRead + 'static) -> ReadResult<Reader> {
        Ok(Reader {
            xml: XmlStream::new(input),
            root_seen: false,
            done: false,
        })
    }

    /// The next counterparty, or `None` at the end of the file.
    fn step(&mut self) -> ReadResult<Option<Item>> {
        loop {
            let (line, depth) = match self.xml.next()? {
                Event::Start { tag, line, depth } => {
                    let local = xml::local_name(&tag);
                    if !self.root_seen {
                        if local != ROOT.as_bytes() {
                            return Err(error(
                                line,
                                format!(
                                    "not a commerceml file: the root element is <{}>, not <{ROOT}>",
                                    xml::name_text(local)
                                ),
                            ));
                        }
                        self.root_seen = true;
                    }
                    if local != COUNTERPARTY.as_bytes() {
                        continue;
                    }
                    (line, depth)
                }
                Event::Eof if !self.root_seen => {
                    return Err(error(
                        0,
                        format!("not a commerceml file: no <{ROOT}> element"),
                    ))
                }
                Event::Eof => return Ok(None),
                Event::End { .. } | Event::Text { .. } | Event::Other => continue,
            };
            return self.counterparty(line, depth).map(Some);
        }
    }

    /// Reads the `<Контрагент>` whose start tag (at `line`, `depth`) was
    /// just read, through its end tag.
    fn counterparty(&mut self, line: u64, depth: usize) -> ReadResult<Item> {
        let mut cp = Counterparty::default();
        let mut path: Vec<T> = Vec::new();
        let mut text = String::new();
        self.xml.set_text(true);
        loop {
            match self.xml.next()? {
                Event::Start { tag: t, .. } => {
                    path.push(tag(xml::local_name(&t)));
                    text.clear();
                    cp.start(&path);
                }
                Event::Text { text: t, line } => {
                    if path.last().is_some_and(|&t| t != T::Other) {
                        t.append_to(&mut text, line)?;
                    }
                }
                Event::End { depth: d } if d == depth => {
                    self.xml.set_text(false);
                    return Ok(cp.finish(line));
                }
                Event::End { .. } => {
                    cp.end(&path, &text);
                    path.pop();
                    text.clear();
                }
                Event::Other => {}
                Event::Eof => return Err(error(
                    line,
                    "malformed xml: the file ends inside <Контрагент> (the file may be truncated)",
                )),
            }
        }
    }
}

impl Iterator for Reader {
    type Item = ReadResult<Item>;

    fn next(&mut self) -> Option<ReadResult<Item>> {
        if self.done {
            return None;
        }
        let step = self.step();
        super::xml::settle(&mut self.done, step)
    }
}

#[cfg(test)]
mod tests {
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
}
