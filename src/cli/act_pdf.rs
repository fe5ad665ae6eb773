//! The act of destruction as a PDF (`subscriber forget --act FILE.pdf`):
//! the same text as the plain act, set on A4 pages in DejaVu Sans (which
//! has the Cyrillic glyphs the PDF standard fonts lack), each long line
//! broken at spaces, new pages as the text needs them. printpdf writes the
//! file; the font comes from the `dejavu` crate, embedded in the binary.

use crate::error::{Error, Result};
use printpdf::{Mm, PdfDocument};
use std::io::Cursor;

/// Characters per line at 10 pt between 20 mm margins.
const LINE_CHARS: usize = 92;
const FONT_PT: f32 = 10.0;
const LINE_MM: f32 = 5.0;
const TOP_MM: f32 = 277.0;
const BOTTOM_MM: f32 = 20.0;

/// `text` broken into lines of at most [`LINE_CHARS`] characters, at spaces
/// where it can be (a word longer than a line is cut), the indent of a
/// broken line kept for its continuation.
fn lines(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for raw in text.lines() {
        let indent: String = raw.chars().take_while(|c| *c == ' ').collect();
        let mut line = String::new();
        for word in raw.split(' ').filter(|w| !w.is_empty()) {
            let len = line.chars().count();
            if len > 0 && len + 1 + word.chars().count() > LINE_CHARS {
                out.push(std::mem::take(&mut line));
            }
            if line.is_empty() {
                line.push_str(&indent);
                if out.last().is_some_and(|l: &String| !l.is_empty()) && !indent.is_empty() {
                    line.push_str("  ");
                }
            } else {
                line.push(' ');
            }
            let mut word = word;
            while line.chars().count() + word.chars().count() > LINE_CHARS {
                let room = LINE_CHARS.saturating_sub(line.chars().count()).max(1);
                let cut = word.char_indices().nth(room).map_or(word.len(), |(i, _)| i);
                line.push_str(&word[..cut]);
                out.push(std::mem::take(&mut line));
                word = &word[cut..];
            }
            line.push_str(word);
        }
        out.push(line);
    }
    out
}

/// The PDF of an act whose text is `text`.
pub fn render(title: &str, text: &str) -> Result<Vec<u8>> {
    let failed = |e: String| Error::internal("act", crate::t!("act-pdf-failed", reason = e));
    let (doc, page, layer) = PdfDocument::new(title, Mm(210.0), Mm(297.0), "act");
    let font = doc
        .add_external_font(Cursor::new(dejavu::sans::regular()))
        .map_err(|e| failed(e.to_string()))?;
    let mut current = doc.get_page(page).get_layer(layer);
    let mut y = TOP_MM;
    for line in lines(text) {
        if y < BOTTOM_MM {
            let (p, l) = doc.add_page(Mm(210.0), Mm(297.0), "act");
            current = doc.get_page(p).get_layer(l);
            y = TOP_MM;
        }
        if !line.is_empty() {
            current.use_text(line, FONT_PT, Mm(20.0), Mm(y), &font);
        }
        y -= LINE_MM;
    }
    let mut out = Vec::new();
    doc.save(&mut std::io::BufWriter::new(&mut out))
        .map_err(|e| failed(e.to_string()))?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_break_at_spaces_and_keep_their_indent() {
        let text = format!("  - {}", "слово ".repeat(40));
        let got = lines(&text);
        assert!(got.len() > 1, "{got:?}");
        assert!(
            got.iter().all(|l| l.chars().count() <= LINE_CHARS),
            "{got:?}"
        );
        assert!(got.iter().all(|l| l.starts_with("  ")), "{got:?}");
        let long = "я".repeat(LINE_CHARS * 2 + 5);
        let got = lines(&long);
        assert_eq!(got.len(), 3);
        assert_eq!(got.concat(), long, "nothing lost when a word is cut");
        assert_eq!(lines("a\n\nb"), ["a", "", "b"]);
    }

    #[test]
    fn an_act_renders_as_a_pdf_of_as_many_pages_as_it_needs() {
        let pdf = render("Акт", "АКТ № 1\nоб уничтожении персональных данных").unwrap();
        assert!(pdf.starts_with(b"%PDF-"));
        let long: String = (0..200).map(|i| format!("строка {i}\n")).collect();
        let pages = |pdf: &[u8]| {
            pdf.windows(11)
                .filter(|w| w == b"/Type/Page\n" || w == b"/Type/Page/" || w == b"/Type/Page ")
                .count()
        };
        let many = render("Акт", &long).unwrap();
        assert!(pages(&many) > pages(&pdf), "a long act takes more pages");
    }
}
