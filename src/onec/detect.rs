//! Telling the formats apart: [`sniff`] looks at the first decoded
//! characters of a file and says which reader fits (CSV list, CommerceML,
//! EnterpriseData), or refuses, with a message the admin can act on, files
//! that are not a counterparty list (a bank statement, other XML, binary
//! data such as an Excel workbook).

use super::{FileKind, ReadError, ReadResult};

/// The EnterpriseData body namespace, any 1.x version.
use crate::i18n::Msg;
use crate::t;

const ENTERPRISE_DATA_NS: &str = "http://v8.1c.ru/edi/edi_stnd/EnterpriseData/";
/// The exchange message envelope of EnterpriseData files.
const EXCHANGE_MESSAGE_NS: &str = "http://www.1c.ru/SSL/Exchange/Message";
const COMMERCEML_ROOT: &str = "КоммерческаяИнформация";

fn refuse(message: impl Into<Msg>) -> ReadResult<FileKind> {
    Err(ReadError {
        line: 0,
        message: message.into().into_string(),
    })
}

/// Which format `head` (the first few KiB of the file, decoded to UTF-8)
/// is in. A BOM and leading whitespace are skipped. An empty `head` is
/// `Csv` (the CSV reader then reports the missing headings).
pub fn sniff(head: &str) -> ReadResult<FileKind> {
    let text = head.trim_start_matches(|c: char| c == '\u{feff}' || c.is_whitespace());

    if text.starts_with("1CClientBankExchange") {
        return refuse(t!("onec-bank-statement"));
    }
    if text.starts_with("PK\u{3}\u{4}") {
        return refuse(t!("onec-zip"));
    }
    if looks_binary(text) {
        return refuse(t!("onec-binary"));
    }
    if text.starts_with('<') {
        return sniff_xml(text);
    }
    Ok(FileKind::Csv)
}

/// NUL anywhere, or more than one character in ten a control character
/// (other than tab and line breaks) or U+FFFD (what undecodable bytes
/// become).
fn looks_binary(text: &str) -> bool {
    let mut total = 0usize;
    let mut odd = 0usize;
    for c in text.chars() {
        if c == '\0' {
            return true;
        }
        total += 1;
        if (c.is_control() && !matches!(c, '\t' | '\r' | '\n')) || c == '\u{fffd}' {
            odd += 1;
        }
    }
    total > 0 && odd * 10 > total
}

fn sniff_xml(text: &str) -> ReadResult<FileKind> {
    let root = root_element(text);
    let local = root.map(|r| r.rsplit(':').next().unwrap_or(r));
    match local {
        Some(COMMERCEML_ROOT) => return Ok(FileKind::CommerceMl),
        Some("Message")
            if text.contains(EXCHANGE_MESSAGE_NS) || text.contains(ENTERPRISE_DATA_NS) =>
        {
            return Ok(FileKind::EnterpriseData)
        }
        _ => {}
    }
    // The root may lie beyond `head` (a long comment) or be unusual; the
    // namespaces are still telling.
    if text.contains(ENTERPRISE_DATA_NS) {
        return Ok(FileKind::EnterpriseData);
    }
    if root.is_none() && text.contains(COMMERCEML_ROOT) {
        return Ok(FileKind::CommerceMl);
    }
    match root {
        Some(name) if local == Some("Message") => refuse(t!(
            "onec-xml-no-namespace",
            root = name,
            namespace = EXCHANGE_MESSAGE_NS
        )),
        Some(name) => refuse(t!(
            "onec-xml-other-root",
            root = name,
            commerceml = COMMERCEML_ROOT
        )),
        None => refuse(t!("onec-xml-no-root", commerceml = COMMERCEML_ROOT)),
    }
}

/// The qualified name of the first element, skipping the XML declaration,
/// processing instructions, comments and a DOCTYPE.
fn root_element(text: &str) -> Option<&str> {
    let mut rest = text;
    loop {
        rest = rest.trim_start();
        if let Some(after) = rest.strip_prefix("<?") {
            rest = after.get(after.find("?>")? + 2..)?;
        } else if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.get(after.find("-->")? + 3..)?;
        } else if let Some(after) = rest.strip_prefix("<!") {
            // DOCTYPE; an internal subset with `>` inside is not worth it.
            rest = after.get(after.find('>')? + 1..)?;
        } else if let Some(after) = rest.strip_prefix('<') {
            let end = after
                .find(|c: char| c.is_whitespace() || c == '>' || c == '/')
                .unwrap_or(after.len());
            let name = after.get(..end)?;
            // A name cut by the end of `head` is still a name; an empty
            // one is not.
            return (!name.is_empty()).then_some(name);
        } else {
            return None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(head: &str) -> String {
        match sniff(head) {
            Err(e) => e.message,
            Ok(kind) => panic!("expected a refusal, got {kind:?}"),
        }
    }

    #[test]
    fn csv_is_the_default() {
        assert_eq!(sniff("Наименование;ИНН\r\nОOO;1\r\n"), Ok(FileKind::Csv));
        assert_eq!(sniff("\u{feff}Наименование,ИНН\n"), Ok(FileKind::Csv));
        assert_eq!(sniff(""), Ok(FileKind::Csv));
        assert_eq!(sniff("a\tb\tc\r\n"), Ok(FileKind::Csv));
    }

    #[test]
    fn bank_statement_is_refused() {
        let m = err("1CClientBankExchange\r\nВерсияФормата=1.03\r\nКодировка=Windows\r\n");
        assert!(m.contains("bank statement"), "{m}");
        assert!(m.contains("Контрагенты"), "{m}");
        // After a BOM and blank lines too.
        assert!(sniff("\u{feff}\r\n1CClientBankExchange\r\n").is_err());
    }

    #[test]
    fn commerceml() {
        let x = r#"<?xml version="1.0" encoding="UTF-8"?>
<КоммерческаяИнформация xmlns="urn:1C.ru:commerceml_3" ВерсияСхемы="3.1">"#;
        assert_eq!(sniff(x), Ok(FileKind::CommerceMl));
        let x = "\u{feff}<КоммерческаяИнформация ВерсияСхемы=\"2.05\"><Контрагенты>";
        assert_eq!(sniff(x), Ok(FileKind::CommerceMl));
        // With a comment before the root.
        let x = "<?xml version=\"1.0\"?>\n<!-- 1C -->\n<КоммерческаяИнформация>";
        assert_eq!(sniff(x), Ok(FileKind::CommerceMl));
    }

    #[test]
    fn enterprise_data() {
        let x = r#"<?xml version="1.0" encoding="UTF-8"?>
<Message xmlns:msg="http://www.1c.ru/SSL/Exchange/Message" xmlns:xs="http://www.w3.org/2001/XMLSchema">
<msg:Header><msg:Format>http://v8.1c.ru/edi/edi_stnd/EnterpriseData/1.8</msg:Format>"#;
        assert_eq!(sniff(x), Ok(FileKind::EnterpriseData));
        let x = r#"<msg:Message xmlns:msg="http://www.1c.ru/SSL/Exchange/Message">"#;
        assert_eq!(sniff(x), Ok(FileKind::EnterpriseData));
        // The body namespace alone is enough.
        let x = r#"<Data xmlns="http://v8.1c.ru/edi/edi_stnd/EnterpriseData/1.11">"#;
        assert_eq!(sniff(x), Ok(FileKind::EnterpriseData));
    }

    #[test]
    fn other_xml_is_refused_by_its_root() {
        let m = err(r#"<?xml version="1.0"?><rss version="2.0"><channel>"#);
        assert!(m.contains("<rss>"), "{m}");
        let m = err("<Message><Body/></Message>");
        assert!(m.contains("<Message>") && m.contains("namespace"), "{m}");
        let m = err("<!-- only a comment -->");
        assert!(m.contains("root element"), "{m}");
    }

    #[test]
    fn binary_is_refused() {
        let m = err("\u{d0}\u{cf}\u{11}\u{e0}\0\0\0\0");
        assert!(m.contains("binary data, not a 1C export"), "{m}");
        let m = err("\u{1}\u{2}\u{3}\u{4}\u{5}abc");
        assert!(m.contains("binary data"), "{m}");
        let m = err("\u{fffd}\u{fffd}\u{fffd}a\u{fffd}");
        assert!(m.contains("binary data"), "{m}");
        let m = err("PK\u{3}\u{4}\u{14}\0\u{6}\0");
        assert!(m.contains(".xlsx"), "{m}");
    }
}
