//! Markdown: the parallel versions in CommonMark (with GitHub's table extension). Runs of short
//! blocks (title, list items, signatories) become side-by-side tables; long paragraphs, where a
//! table would be unreadable, alternate language by language. Statement text is escaped, so
//! nothing in it becomes markup (no HTML, no links, no list a number happens to start): raw
//! HTML in a statement is shown as text, as on the HTML page.

use super::html::digit_style;
use super::{Cell, Publication, Row, Stamp, rows};
use crate::document::{Block, BlockKind, Document};
use crate::i18n::Localizer;

/// Longest text (in characters) a table cell holds; a row with a longer one alternates.
const SHORT: usize = 100;

/// Text with every character CommonMark could read as markup escaped; `table` also escapes
/// `|`. A number and `.` at the start would open a list: escaped too.
pub fn escape(s: &str, table: bool) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '&' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '|' if table => out.push_str("\\|"),
            '\n' | '\r' | '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    // Markers that only count at the start of a line.
    let first = out.chars().next();
    if matches!(first, Some('#' | '+' | '-' | '=' | '>')) {
        out.insert(0, '\\');
    } else if let Some(end) = out.find(|c: char| !c.is_ascii_digit())
        && end > 0
        && out[end..].starts_with(['.', ')'])
    {
        out.insert(end, '\\');
    }
    out
}

/// A list number in the digits of `style` (`decimal`, `arabic-indic`, `persian`).
fn number(n: u64, style: &str) -> String {
    let base = match style {
        "arabic-indic" => 0x0660,
        "persian" => 0x06F0,
        _ => 0x30,
    };
    n.to_string()
        .chars()
        .map(|c| char::from_u32(base + c.to_digit(10).unwrap_or(0)).unwrap_or(c))
        .collect()
}

/// A block's text as Markdown (list items with their number in the document's digits).
fn block_text(b: &Block, digits: &str, table: bool) -> String {
    let text = escape(&super::display_text(b), table);
    let marker = match (b.kind, b.list.as_ref()) {
        (BlockKind::Demand | BlockKind::Signatory | BlockKind::ListItem, Some(l)) => match l.number
        {
            // Escaped: `3\. ` is the text "3. ", not a list that would renumber itself.
            Some(n) => format!(
                "{}{} ",
                number(n, digits),
                if digits == "decimal" { "\\." } else { "." }
            ),
            None => "• ".to_string(),
        },
        _ => String::new(),
    };
    match b.kind {
        BlockKind::Title | BlockKind::Heading | BlockKind::Lede => format!("**{marker}{text}**"),
        _ => format!("{marker}{text}"),
    }
}

struct Column<'a> {
    doc: &'a Document,
    digits: &'static str,
}

/// The texts of a row, one per column (`None`: covered by the row above).
fn cells(p: &Publication, l: &Localizer, row: &Row, cols: &[Column], table: bool) -> Vec<String> {
    let mut out = Vec::new();
    out.push(match row.source {
        Some(i) => block_text(&p.source.blocks[i], cols[0].digits, table),
        None => format!("*{}*", escape(&l.msg("publish-added"), table)),
    });
    for (k, cell) in row.cells.iter().enumerate() {
        let col = &cols[k + 1];
        out.push(match cell {
            Cell::Covered => format!("*{}*", escape(&l.msg("publish-covered"), table)),
            Cell::Nothing => String::new(),
            Cell::Missing => format!("*{}*", escape(&l.msg("publish-missing"), table)),
            Cell::Blocks { blocks, span } => {
                let mut s: Vec<String> = blocks
                    .iter()
                    .map(|&j| block_text(&col.doc.blocks[j], col.digits, table))
                    .collect();
                let t = &p.targets[k];
                if row
                    .source
                    .is_some_and(|i| (i..i + span).any(|x| t.drifted.contains_key(&x)))
                {
                    s.push(format!("*{}*", escape(&l.msg("publish-drifted"), table)));
                }
                s.join(" ")
            }
        });
    }
    out
}

fn is_short(p: &Publication, row: &Row) -> bool {
    let src = row
        .source
        .map_or(0, |i| p.source.blocks[i].text.chars().count());
    let tgt = row.cells.iter().enumerate().map(|(k, c)| match c {
        Cell::Blocks { blocks, .. } => blocks
            .iter()
            .map(|&j| p.targets[k].doc.blocks[j].text.chars().count() + 1)
            .sum(),
        _ => 0,
    });
    src <= SHORT && tgt.into_iter().all(|n: usize| n <= SHORT)
}

/// The whole document.
pub fn document(p: &Publication, l: &Localizer, stamp: &Stamp) -> String {
    let cols: Vec<Column> = std::iter::once(&p.source)
        .chain(p.targets.iter().map(|t| &t.doc))
        .map(|d| Column {
            doc: d,
            digits: digit_style(d),
        })
        .collect();
    let names: Vec<String> = cols
        .iter()
        .map(|c| escape(c.doc.lang.native_name, true))
        .collect();
    let langs: Vec<&str> = cols.iter().map(|c| c.doc.lang.code).collect();
    let mut out = format!(
        "<!-- {} -->\n\n",
        super::footer(p, &langs, l, stamp).replace("--", "–")
    );
    if let Some(errors) = p.unchecked {
        out.push_str(&format!(
            "> **{}**\n\n",
            escape(
                &l.fmt("publish-unchecked", &[("errors", errors.into())]),
                false
            )
        ));
    }
    let all = rows(p);
    let mut k = 0;
    while k < all.len() {
        if is_short(p, &all[k]) {
            out.push_str(&format!("| {} |\n", names.join(" | ")));
            out.push_str(&format!("|{}\n", "---|".repeat(names.len())));
            while k < all.len() && is_short(p, &all[k]) {
                let c = cells(p, l, &all[k], &cols, true);
                out.push_str(&format!("| {} |\n", c.join(" | ")));
                k += 1;
            }
            out.push('\n');
            continue;
        }
        let c = cells(p, l, &all[k], &cols, false);
        for (name, text) in names.iter().zip(&c) {
            if text.is_empty() {
                continue;
            }
            out.push_str(&format!("*{name}*\n\n{text}\n\n"));
        }
        out.push_str("---\n\n");
        k += 1;
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_line_start_markers() {
        assert_eq!(
            escape("<script>alert(1)</script>", false),
            "\\<script\\>alert(1)\\</script\\>"
        );
        assert_eq!(escape("2026. The year", false), "2026\\. The year");
        // Digits then a letter of several bytes (Kurmanji dates): no marker, no panic.
        assert_eq!(escape("7ê Kanûna Paşîn", false), "7ê Kanûna Paşîn");
        assert_eq!(escape("# not a heading", false), "\\# not a heading");
        assert_eq!(escape("a | b", true), "a \\| b");
        assert_eq!(escape("AT&T *x*", false), "AT\\&T \\*x\\*");
    }

    #[test]
    fn numbers_in_each_script() {
        assert_eq!(number(12, "decimal"), "12");
        assert_eq!(number(12, "arabic-indic"), "١٢");
        assert_eq!(number(3, "persian"), "۳");
    }
}
