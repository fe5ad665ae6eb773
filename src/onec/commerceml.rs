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
//! is left to the core (INN length, «ИП» prefix); what the markup says of
//! the legal form is emitted as `legal_form` whatever the INN, and the
//! country of an address (`АдресноеПоле` of type `Страна`, registration
//! address first) as `country` when it can be one. A file that holds only a
//! catalog or offers (`<Классификатор>`, `<Каталог>`, `<ПакетПредложений>`,
//! skipped unread) is refused at its end; an exchange file without
//! counterparties is simply empty.

use super::xml::{self, error, Event, Values, XmlStream};
use super::{Item, ReadResult, Record};
use crate::i18n::Msg;
use crate::model::Kind;
use crate::t;
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
    AddressField,
    Country,
    LegalFormTag,
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
        Ok("АдресноеПоле") => T::AddressField,
        Ok("Страна") => T::Country,
        Ok("ОрганизационноПравоваяФорма" | "ОПФ") => T::LegalFormTag,
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

/// The legal-form value emitted when the markup alone says organisation
/// (`<ОфициальноеНаименование>`, `<РеквизитыЮрЛица>`) or person
/// (`<РеквизитыФизЛица>`): 1C's own enumeration values, as EnterpriseData's
/// `ЮридическоеФизическоеЛицо` and the CSV legal-form column write them.
const LEGAL_ENTITY: &str = "ЮридическоеЛицо";
const NATURAL_PERSON: &str = "ФизическоеЛицо";

/// Whether an address field's value can be a country: a name (letters,
/// spaces, hyphens, brackets, dots; no digits, no commas) or an ОКСМ code
/// (three digits). Site exchanges often fill every `АдресноеПоле` with the
/// postal code or the whole address (`690078`, `Российская Федерация,
/// 195027, …`); such a value is no country and is not emitted.
fn country_like(v: &str) -> bool {
    let v = v.trim();
    if v.len() == 3 && v.bytes().all(|b| b.is_ascii_digit()) {
        return true;
    }
    v.chars().any(char::is_alphabetic)
        && v.chars()
            .all(|c| c.is_alphabetic() || matches!(c, ' ' | '-' | '(' | ')' | '.' | '\''))
}

/// The part of an address path (after the address element) that holds its
/// country: `АдресноеПоле` with its `Тип`/`Значение`, or `Страна`.
fn a_country(rest: &[T]) -> bool {
    matches!(
        rest,
        [T::AddressField] | [T::AddressField, T::Type | T::Value] | [T::Country]
    )
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
    field_type: String,
    field_value: String,
    /// The country by the address it was found in: registration, legal,
    /// other (the first wins within each).
    countries: [Option<String>; 3],
    legal_form: Option<String>,
}

impl Counterparty {
    fn start(&mut self, path: &[T]) {
        if path == [T::LegalReq] {
            self.legal = true;
            self.legal_form
                .get_or_insert_with(|| LEGAL_ENTITY.to_string());
        }
        if path == [T::PersonReq] {
            self.legal_form
                .get_or_insert_with(|| NATURAL_PERSON.to_string());
        }
        match effective(path) {
            [T::RegAddress | T::LegalAddress | T::Address, T::AddressField] => {
                self.field_type.clear();
                self.field_value.clear();
            }
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
                    // An explicit ОрганизационноПравоваяФорма stays.
                    self.legal_form
                        .get_or_insert_with(|| LEGAL_ENTITY.to_string());
                }
                "full_name"
            }
            [T::LegalFormTag] => {
                let v = text.trim();
                if !v.is_empty() {
                    self.legal_form = Some(v.to_string());
                }
                return;
            }
            [a @ (T::RegAddress | T::LegalAddress | T::Address), rest @ ..] if a_country(rest) => {
                let slot = match a {
                    T::RegAddress => 0,
                    T::LegalAddress => 1,
                    _ => 2,
                };
                match rest {
                    [T::AddressField, T::Type] => self.field_type = text.trim().to_string(),
                    [T::AddressField, T::Value] => self.field_value = text.trim().to_string(),
                    [T::AddressField] => {
                        if self.field_type == "Страна" {
                            let v = std::mem::take(&mut self.field_value);
                            self.country(slot, v);
                        }
                    }
                    // `<Страна>` written as an element of the address.
                    _ => self.country(slot, text.trim().to_string()),
                }
                return;
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

    fn country(&mut self, slot: usize, value: String) {
        if self.countries[slot].is_none() && country_like(&value) {
            self.countries[slot] = Some(value);
        }
    }

    fn finish(mut self, line: u64) -> Item {
        if self.values.is_empty() && !self.deleted {
            return Item::Skipped {
                line,
                what: COUNTERPARTY.to_string(),
            };
        }
        if let Some(country) = self.countries.iter_mut().find_map(Option::take) {
            self.values.set("country", &country);
        }
        if let Some(form) = self.legal_form.take() {
            self.values.set("legal_form", &form);
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

/// The element(s) a catalog field is read from, for messages.
pub fn element_of(field: &str) -> Option<&'static str> {
    Some(match field {
        "onec.id" => "<Ид>",
        "name" => "<Наименование>",
        "full_name" => "<ОфициальноеНаименование> / <ПолноеНаименование>",
        "inn" => "<ИНН>",
        "kpp" => "<КПП>",
        "okpo" => "<КодПоОКПО>",
        "comment" => "<Комментарий>",
        "last_name" => "<Фамилия>",
        "first_name" => "<Имя>",
        "middle_name" => "<Отчество>",
        "address.legal" => "<ЮридическийАдрес><Представление>",
        "address.actual" => "<Адрес><Представление>",
        "address.registration" => "<АдресРегистрации><Представление>",
        "bank.account" => "<РасчетныйСчет><НомерСчета>",
        "bank.bik" => "<Банк><БИК>",
        "bank.name" => "<Банк><Наименование>",
        "bank.corr_account" => "<Банк><СчетКорреспондентский>",
        "email" => "<Контакт> (<Тип>Почта</Тип>)",
        "phone" => "<Контакт> (<Тип>Телефон…</Тип>)",
        "country" => "<АдресноеПоле> (<Тип>Страна</Тип>)",
        "legal_form" | "type" => {
            "<ОрганизационноПравоваяФорма> / <ОфициальноеНаименование> / <РеквизитыЮрЛица> / <РеквизитыФизЛица>"
        }
        "deleted" => "<ПометкаУдаления>",
        _ => return None,
    })
}

/// What a child of the root that holds no counterparties says the file is.
/// `goods` or `offers` (a selector of message `onec-commerceml-other`).
fn not_counterparties(local: &[u8]) -> Option<&'static str> {
    match std::str::from_utf8(local) {
        Ok("Классификатор" | "Каталог") => Some("goods"),
        Ok("ПакетПредложений" | "ИзмененияПакетаПредложений") => {
            Some("offers")
        }
        _ => None,
    }
}

/// The refusal of a CommerceML file that holds `what` and no counterparty.
fn not_a_counterparty_export(what: &str) -> Msg {
    t!("onec-commerceml-other", what = what)
}

/// Reads the counterparties of a CommerceML file as a stream.
pub struct Reader {
    xml: XmlStream,
    root_seen: bool,
    /// A `<Контрагенты>`, `<Документ>` or `<Контрагент>` was seen: the file
    /// is an exchange that carries counterparties (maybe none).
    exchange_seen: bool,
    /// The first child of the root that says the file is something else
    /// (a catalog, offers); its subtree is skipped unread.
    other: Option<&'static str>,
    done: bool,
}

impl Reader {
    /// `input` is UTF-8 text (the declaration's encoding is ignored).
    pub fn new(input: impl BufRead + Send + 'static) -> ReadResult<Reader> {
        Ok(Reader {
            xml: XmlStream::new(input),
            root_seen: false,
            exchange_seen: false,
            other: None,
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
                                t!(
                                    "onec-commerceml-root",
                                    found = xml::name_text(local),
                                    root = ROOT
                                ),
                            ));
                        }
                        self.root_seen = true;
                    }
                    if depth == 2 {
                        if let Some(what) = not_counterparties(local) {
                            self.other.get_or_insert(what);
                            self.xml.skip_to_end(depth)?;
                            continue;
                        }
                    }
                    if local == "Контрагенты".as_bytes() || local == "Документ".as_bytes()
                    {
                        self.exchange_seen = true;
                    }
                    if local != COUNTERPARTY.as_bytes() {
                        continue;
                    }
                    self.exchange_seen = true;
                    (line, depth)
                }
                Event::Eof if !self.root_seen => {
                    return Err(error(0, t!("onec-commerceml-no-root", root = ROOT)))
                }
                Event::Eof => {
                    return match self.other {
                        Some(what) if !self.exchange_seen => {
                            Err(error(0, not_a_counterparty_export(what)))
                        }
                        _ => Ok(None),
                    }
                }
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
                Event::Eof => return Err(xml::truncated(line, "Контрагент")),
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
mod tests;
