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

use super::xml::{self, error, truncated, Event, Values, XmlStream};
use super::{Item, ReadResult, Record};
use crate::model::Kind;
use crate::t;
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
    Country,
    Code,
    Alpha2,
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
        Ok("СтранаРегистрации") => T::Country,
        Ok("Код") => T::Code,
        Ok("КодАльфа2") => T::Alpha2,
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

/// The element(s) a catalog field is read from, for messages.
pub fn element_of(field: &str) -> Option<&'static str> {
    Some(match field {
        "onec.id" => "<Ссылка>",
        "name" => "<Наименование>",
        "full_name" => "<НаименованиеПолное>",
        "inn" => "<ИНН>",
        "kpp" => "<КПП>",
        "okpo" => "<КодПоОКПО>",
        "comment" => "<Комментарий>",
        "email" => "<КонтактнаяИнформация> (АдресЭлектроннойПочты)",
        "phone" => "<КонтактнаяИнформация> (Телефон)",
        "address.legal" => "<КонтактнаяИнформация> (ЮридическийАдрес)",
        "address.actual" => "<КонтактнаяИнформация> (ФактическийАдрес)",
        "address.postal" => "<КонтактнаяИнформация> (ПочтовыйАдрес)",
        "country" => "<СтранаРегистрации>",
        "legal_form" | "type" => "<ЮридическоеФизическоеЛицо>",
        "deleted" => "<ПометкаУдаления> / <УдалениеОбъекта>",
        _ => return None,
    })
}

/// The `Страна` attribute of a contactinfo XML document (the country of
/// an address), if any element carries one.
fn contact_country(s: &str) -> Option<String> {
    use quick_xml::events::Event as E;
    let s = s.trim();
    if !s.starts_with('<') {
        return None;
    }
    let mut reader = quick_xml::Reader::from_str(s);
    loop {
        match reader.read_event().ok()? {
            E::Start(t) | E::Empty(t) => {
                for (key, value, is_ns) in xml::attributes(&t) {
                    let value = value.trim();
                    if !is_ns && key == "Страна".as_bytes() && !value.is_empty() {
                        return Some(value.to_string());
                    }
                }
            }
            E::Eof => return None,
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
    /// The country of a legal address (its contactinfo `Страна`).
    country: Option<String>,
}

/// One counterparty being read.
#[derive(Default)]
struct Counterparty {
    values: Values,
    kind: Option<Kind>,
    deleted: bool,
    row: ContactRow,
    /// `СтранаРегистрации`: its `Код` (ОКСМ), `КодАльфа2`, `Наименование`
    /// or plain text, in that order of preference.
    country: [Option<String>; 4],
    /// The legal address's country, used when `СтранаРегистрации` is absent.
    address_country: Option<String>,
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
            [T::Country, rest @ ..] => {
                let slot = match rest {
                    [T::Code] => 0,
                    [T::Alpha2] => 1,
                    [T::Name] => 2,
                    [] => 3,
                    // `Ссылка`, `НаименованиеПолное`, …
                    _ => return,
                };
                let v = text.trim();
                if self.country[slot].is_none() && !v.is_empty() {
                    self.country[slot] = Some(v.to_string());
                }
                return;
            }
            [T::LegalForm] => {
                self.values.set("legal_form", text);
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
                self.row.country = contact_country(text);
                return;
            }
            [T::Contacts, T::Row, T::Presentation] => {
                self.row.presentation = Some(text.to_string());
                return;
            }
            [T::Contacts, T::Row] => {
                let row = std::mem::take(&mut self.row);
                if row.kind == "ЮридическийАдрес" && self.address_country.is_none()
                {
                    self.address_country = row.country;
                }
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
    pub fn new(input: impl BufRead + Send + 'static) -> ReadResult<Reader> {
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
                                            t!("onec-ed-version", namespace = ns.to_string()),
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
                    return Err(error(0, t!("onec-ed-no-body")))
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
        let country = cp.country.iter_mut().find_map(Option::take);
        if let Some(country) = country.or(cp.address_country.take()) {
            cp.values.set("country", &country);
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
mod tests;
