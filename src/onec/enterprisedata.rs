//! EnterpriseData 1.x (the universal exchange format): a `<Message>` whose
//! `<Body>` mixes every catalog and document. One [`Record`] per
//! `Справочник.Контрагенты`; every other object of the body is passed over as
//! one [`Item::Skipped`] named by its local name, its subtree read and
//! dropped without being kept. Elements are matched by local name, so any
//! prefix works; the body's namespace must be an EnterpriseData 1.x one
//! (`http://v8.1c.ru/edi/edi_stnd/EnterpriseData/1.N`) when it is declared.
//!
//! A counterparty's fields come from `КлючевыеСвойства` or from the object's
//! own children of the same names (first value wins), so that the
//! `Наименование` of its group, head counterparty or country never counts.
//! Contact information rows carry their value as an escaped XML document in
//! `http://www.v8.1c.ru/ssl/contactinfo` (its root's `Представление`
//! attribute is the readable value), as JSON (`value`) in newer versions, or
//! as old `key=value` lines; a row whose value cannot be read is dropped.
//!
//! `УдалениеОбъекта` becomes a record with only `onec.id` and `deleted` when
//! the reference inside it is typed as a counterparty
//! (`СправочникСсылка.Контрагенты`, as an element or an `xsi:type`); any
//! other deletion, including an untyped one, is skipped, since its GUID may
//! name any object.

use super::xml::{self, error, Event, Values, XmlStream};
use super::{Item, ReadResult, Record};
use crate::core::model::Kind;
use std::io::BufRead;

const COUNTERPARTY: &str = "Справочник.Контрагенты";
const COUNTERPARTY_REF: &str = "СправочникСсылка.Контрагенты";
const DELETION: &str = "УдалениеОбъекта";
const ED_NAMESPACE: &str = "http://v8.1c.ru/edi/edi_stnd/EnterpriseData/";
const ED_NAMESPACE_1X: &str = "http://v8.1c.ru/edi/edi_stnd/EnterpriseData/1.";

/// The elements the reader cares about inside a counterparty.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum T {
    Keys,
    Ref,
    Name,
    FullName,
    Inn,
    Kpp,
    LegalForm,
    Okpo,
    Comment,
    Deleted,
    Contacts,
    Row,
    ContactKind,
    FieldValues,
    Presentation,
    Other,
}

fn tag(local: &[u8]) -> T {
    match std::str::from_utf8(local) {
        Ok("КлючевыеСвойства") => T::Keys,
        Ok("Ссылка") => T::Ref,
        Ok("Наименование") => T::Name,
        Ok("НаименованиеПолное") => T::FullName,
        Ok("ИНН") => T::Inn,
        Ok("КПП") => T::Kpp,
        Ok("ЮридическоеФизическоеЛицо") => T::LegalForm,
        Ok("КодПоОКПО") => T::Okpo,
        Ok("Комментарий") => T::Comment,
        Ok("ПометкаУдаления") => T::Deleted,
        Ok("КонтактнаяИнформация") => T::Contacts,
        Ok("Строка") => T::Row,
        Ok("ВидКонтактнойИнформации") => T::ContactKind,
        Ok("ЗначенияПолей") => T::FieldValues,
        Ok("Представление") => T::Presentation,
        _ => T::Other,
    }
}

/// The card field a contact-information kind fills.
fn contact_field(kind: &str) -> Option<&'static str> {
    match kind {
        "АдресЭлектроннойПочты" | "ЭлектроннаяПочта" => {
            Some("email")
        }
        "ЮридическийАдрес" => Some("address.legal"),
        "ФактическийАдрес" => Some("address.actual"),
        "ПочтовыйАдрес" => Some("address.postal"),
        k if k.starts_with("Телефон") => Some("phone"),
        _ => None,
    }
}

/// The readable value of a `ЗначенияПолей`: the `Представление` of the
/// contactinfo XML document (else the first `Значение` attribute in it), the
/// `value` of a JSON one, the `Представление=` line of the old key=value
/// form, or the text itself when it is none of those.
fn field_values(s: &str) -> Option<String> {
    let s = s.trim();
    if s.starts_with('<') {
        return contact_xml(s);
    }
    if s.starts_with('{') {
        let v: serde_json::Value = serde_json::from_str(s).ok()?;
        return ["value", "Представление", "presentation"]
            .iter()
            .find_map(|k| v.get(k).and_then(|v| v.as_str()))
            .map(str::to_string);
    }
    if s.contains('=') {
        return s
            .lines()
            .find_map(|l| l.trim().strip_prefix("Представление="))
            .map(str::to_string);
    }
    Some(s.to_string())
}

fn contact_xml(s: &str) -> Option<String> {
    use quick_xml::events::Event as E;
    let mut reader = quick_xml::Reader::from_str(s);
    let mut root = true;
    let mut fallback = None;
    loop {
        match reader.read_event().ok()? {
            E::Start(t) | E::Empty(t) => {
                for (key, value, is_ns) in xml::attributes(&t) {
                    if is_ns {
                        continue;
                    }
                    let value = value.trim();
                    if value.is_empty() {
                        continue;
                    }
                    if root && key == "Представление".as_bytes() {
                        return Some(value.to_string());
                    }
                    if fallback.is_none() && key == "Значение".as_bytes() {
                        fallback = Some(value.to_string());
                    }
                }
                root = false;
            }
            E::Eof => return fallback,
            _ => {}
        }
    }
}

/// One row of `КонтактнаяИнформация`.
#[derive(Default)]
struct ContactRow {
    kind: String,
    values: Option<String>,
    presentation: Option<String>,
}

/// One counterparty being read.
#[derive(Default)]
struct Counterparty {
    values: Values,
    kind: Option<Kind>,
    deleted: bool,
    row: ContactRow,
}

impl Counterparty {
    fn end(&mut self, path: &[T], text: &str) {
        let p = match path {
            [T::Keys, rest @ ..] => rest,
            p => p,
        };
        let field = match p {
            [T::Ref] => "onec.id",
            [T::Name] => "name",
            [T::FullName] => "full_name",
            [T::Inn] => "inn",
            [T::Kpp] => "kpp",
            [T::Okpo] => "okpo",
            [T::Comment] => "comment",
            [T::LegalForm] => {
                if self.kind.is_none() {
                    self.kind = match text.trim() {
                        "ЮридическоеЛицо" | "ГосударственныйОрган" => {
                            Some(Kind::Legal)
                        }
                        // ФизическоеЛицо: ИП or person, the core decides.
                        _ => None,
                    };
                }
                return;
            }
            [T::Deleted] => {
                self.deleted |= text.trim().eq_ignore_ascii_case("true");
                return;
            }
            [T::Contacts, T::Row, T::ContactKind] => {
                self.row.kind = text.trim().to_string();
                return;
            }
            [T::Contacts, T::Row, T::FieldValues] => {
                self.row.values = field_values(text);
                return;
            }
            [T::Contacts, T::Row, T::Presentation] => {
                self.row.presentation = Some(text.to_string());
                return;
            }
            [T::Contacts, T::Row] => {
                let row = std::mem::take(&mut self.row);
                if let Some(field) = contact_field(&row.kind) {
                    let value = row
                        .values
                        .filter(|v| !v.trim().is_empty())
                        .or(row.presentation)
                        .unwrap_or_default();
                    if matches!(field, "email" | "phone") {
                        self.values.push(field, &value);
                    } else {
                        self.values.set(field, &value);
                    }
                }
                return;
            }
            _ => return,
        };
        self.values.set(field, text);
    }
}

/// Reads the counterparties of an EnterpriseData message as a stream.
pub struct Reader {
    xml: XmlStream,
    /// Where the reader is relative to `<Body>`.
    body: Body,
    /// An EnterpriseData namespace declared on the root element.
    root_namespace: Option<String>,
    done: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Body {
    Before,
    /// Inside, at this depth.
    In(usize),
    After,
}

/// What the start tag of a body object says to do.
enum Object {
    Counterparty,
    Deletion,
    Other(String),
}

impl Reader {
    /// `input` is UTF-8 text (the declaration's encoding is ignored).
    pub fn new(input: impl BufRead + 'static) -> ReadResult<Reader> {
        Ok(Reader {
            xml: XmlStream::new(input),
            body: Body::Before,
            root_namespace: None,
            done: false,
        })
    }

    /// The next counterparty or skipped object, or `None` at the end.
    fn step(&mut self) -> ReadResult<Option<Item>> {
        loop {
            let (object, line, depth) = match self.xml.next()? {
                Event::Start { tag, line, depth } => {
                    let local = xml::local_name(&tag);
                    match self.body {
                        Body::In(body) if depth == body + 1 => {
                            let object = if local == COUNTERPARTY.as_bytes() {
                                Object::Counterparty
                            } else if local == DELETION.as_bytes() {
                                Object::Deletion
                            } else {
                                Object::Other(xml::name_text(local))
                            };
                            (object, line, depth)
                        }
                        Body::In(_) | Body::After => continue,
                        Body::Before => {
                            let namespace = ed_namespace(&tag);
                            if depth == 1 {
                                self.root_namespace = namespace;
                            } else if local == b"Body" {
                                let namespace = namespace.or_else(|| self.root_namespace.clone());
                                if let Some(ns) = namespace {
                                    if !ns.starts_with(ED_NAMESPACE_1X) {
                                        return Err(error(
                                            line,
                                            format!("unsupported enterprisedata version: the body is in {ns}; only 1.x is read"),
                                        ));
                                    }
                                }
                                self.body = Body::In(depth);
                            }
                            continue;
                        }
                    }
                }
                Event::End { depth } => {
                    if self.body == Body::In(depth) {
                        // Anything after the body (there is nothing in a
                        // real message) is read through but not looked at.
                        self.body = Body::After;
                    }
                    continue;
                }
                Event::Text { .. } | Event::Other => continue,
                Event::Eof if self.body == Body::Before => {
                    return Err(error(0, "not an enterprisedata message: no <Body> element"))
                }
                Event::Eof => return Ok(None),
            };
            return match object {
                Object::Counterparty => self.counterparty(line, depth).map(Some),
                Object::Deletion => self.deletion(line, depth).map(Some),
                Object::Other(what) => {
                    self.xml.skip_to_end(depth)?;
                    Ok(Some(Item::Skipped { line, what }))
                }
            };
        }
    }

    /// Reads the `Справочник.Контрагенты` just started, through its end.
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
                }
                Event::Text { text: t, line } => {
                    if path.last().is_some_and(|&t| t != T::Other) {
                        t.append_to(&mut text, line)?;
                    }
                }
                Event::End { depth: d } if d == depth => {
                    self.xml.set_text(false);
                    break;
                }
                Event::End { .. } => {
                    cp.end(&path, &text);
                    path.pop();
                    text.clear();
                }
                Event::Other => {}
                Event::Eof => return Err(truncated(line, COUNTERPARTY)),
            }
        }
        if cp.values.is_empty() && !cp.deleted {
            return Ok(Item::Skipped {
                line,
                what: COUNTERPARTY.to_string(),
            });
        }
        Ok(Item::Record(Record {
            line,
            kind: cp.kind,
            values: cp.values.values,
            deleted: cp.deleted,
            raw: Vec::new(),
        }))
    }

    /// Reads the `УдалениеОбъекта` just started: a counterparty deletion
    /// when the reference inside is typed as one, else a skipped object.
    fn deletion(&mut self, line: u64, depth: usize) -> ReadResult<Item> {
        // The depth of the element holding a counterparty reference.
        let mut reference: Option<usize> = None;
        let mut text = String::new();
        let mut id: Option<String> = None;
        self.xml.set_text(true);
        loop {
            match self.xml.next()? {
                Event::Start {
                    tag: t, depth: d, ..
                } => {
                    text.clear();
                    if id.is_none() && reference.is_none() && is_counterparty_ref(&t) {
                        reference = Some(d);
                    }
                }
                Event::Text { text: t, line } => {
                    if reference.is_some() {
                        t.append_to(&mut text, line)?;
                    }
                }
                Event::End { depth: d } if d == depth => {
                    self.xml.set_text(false);
                    break;
                }
                Event::End { depth: d } => {
                    // The GUID is the reference's text, or the first text
                    // inside it should it be wrapped (`<Ссылка>`).
                    if let Some(r) = reference {
                        let v = text.trim();
                        if id.is_none() && !v.is_empty() {
                            id = Some(v.to_string());
                        }
                        if d == r {
                            reference = None;
                        }
                    }
                    text.clear();
                }
                Event::Other => {}
                Event::Eof => return Err(truncated(line, DELETION)),
            }
        }
        Ok(match id {
            Some(id) => Item::Record(Record {
                line,
                kind: None,
                values: vec![("onec.id".to_string(), id)],
                deleted: true,
                raw: Vec::new(),
            }),
            None => Item::Skipped {
                line,
                what: DELETION.to_string(),
            },
        })
    }
}

/// `<СправочникСсылка.Контрагенты>` or any element with
/// `xsi:type="…СправочникСсылка.Контрагенты"`.
fn is_counterparty_ref(t: &quick_xml::events::BytesStart<'_>) -> bool {
    if xml::local_name(t) == COUNTERPARTY_REF.as_bytes() {
        return true;
    }
    xml::attributes(t).any(|(key, value, is_ns)| {
        !is_ns && key == b"type" && {
            let v = value.trim();
            v.rsplit(':').next() == Some(COUNTERPARTY_REF)
        }
    })
}

/// An EnterpriseData namespace declared on `tag`, if any.
fn ed_namespace(tag: &quick_xml::events::BytesStart<'_>) -> Option<String> {
    xml::attributes(tag).find_map(|(_, value, is_ns)| {
        let v = value.trim();
        (is_ns && v.starts_with(ED_NAMESPACE)).then(|| v.chars().take(200).collect())
    })
}

fn truncated(line: u64, what: &str) -> super::ReadError {
    error(
        line,
        format!("malformed xml: the file ends inside <{what}> (the file may be truncated)"),
    )
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
        assert_eq!(r.values.len(), 10, "{:?}", r.values);
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
            field_values(
                r#"<КонтактнаяИнформация><Состав Значение="a@b.ru"/></КонтактнаяИнформация>"#
            )
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
}
