//! Markdown: the parallel versions as a document GitHub, GitLab and common Markdown viewers
//! render side by side. The statement's title is the document's `#` heading (and its date
//! below); then, for each translation, a `##` section naming the pair and one HTML table with a
//! row per aligned block: the source's blocks on the left, the translation's beside them, each
//! cell carrying its `lang` and `dir` (so Arabic and Sorani read right to left inside a
//! left-to-right page), titles and headings kept as headings, a block a translation renders
//! together with the next spanning their rows. Pipe tables cannot say a cell's direction, and
//! prose interleaved language by language is not side by side: hence HTML, which every
//! CommonMark renderer passes through (GitHub keeps `lang`, `dir`, `rowspan`). Statement text
//! is HTML-escaped inside the tables and Markdown-escaped outside them, so nothing in it
//! becomes markup: raw HTML in a statement is shown as text, as on the HTML page.

use super::html::{digit_style, dir, escape as html_escape, inline};
use super::{Cell, Publication, Row, Stamp, rows};
use crate::document::{Block, BlockKind, Document};
use crate::i18n::Localizer;
use crate::lang::Direction;

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

/// A list number in the digits of `style` (`decimal`, `arabic-indic`, `persian`): written
/// out, because renderers drop the style that would count in Arabic-Indic digits.
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

/// One block as the HTML of a cell: the title an `h3` (below the document's `#` and the
/// pair's `##`), the statement's headings below it, list items with their number as text.
fn block(b: &Block, rtl: bool, digits: &str) -> String {
    let body = inline(b, rtl);
    match b.kind {
        BlockKind::Title => format!("<h3>{body}</h3>"),
        BlockKind::Heading => {
            let level = (b.heading_level.unwrap_or(2) + 2).clamp(4, 6);
            format!("<h{level}>{body}</h{level}>")
        }
        BlockKind::Lede => format!("<p><strong>{body}</strong></p>"),
        BlockKind::Paragraph => format!("<p>{body}</p>"),
        BlockKind::Code => format!("<pre><code>{}</code></pre>", html_escape(&b.text)),
        BlockKind::Demand | BlockKind::Signatory | BlockKind::ListItem => {
            let marker = match b.list.as_ref().and_then(|l| l.number) {
                Some(n) => format!("{}. ", number(n, digits)),
                None => "• ".to_string(),
            };
            format!("<p>{marker}{body}</p>")
        }
    }
}

/// Opening tag of a cell (or header cell) of document `d`.
fn cell(tag: &str, d: &Document, rowspan: usize) -> String {
    let span = if rowspan > 1 {
        format!(" rowspan=\"{rowspan}\"")
    } else {
        String::new()
    };
    format!("<{tag} lang=\"{}\" dir=\"{}\"{span}>", d.lang.code, dir(d))
}

/// A note in the interface language, in italics.
fn note(l: &Localizer, id: &str) -> String {
    let d = if l.is_rtl() { "rtl" } else { "ltr" };
    format!(
        "<em lang=\"{}\" dir=\"{d}\">{}</em>",
        l.code(),
        html_escape(&l.msg(id))
    )
}

/// The table of the source and translation `k`: one row per aligned block.
fn table(p: &Publication, k: usize, all: &[Row], l: &Localizer) -> String {
    let src = &p.source;
    let t = &p.targets[k];
    let d = &t.doc;
    let digits = [digit_style(src), digit_style(d)];
    let rtl = |doc: &Document| doc.lang.direction == Direction::Rtl;
    // An HTML block ends at a blank line: the table has none, and no line of it is indented.
    let mut h = String::from("<table>\n<thead>\n<tr>");
    for doc in [src, d] {
        h.push_str(&cell("th", doc, 1));
        h.push_str(&html_escape(doc.lang.native_name));
        h.push_str("</th>");
    }
    h.push_str("</tr>\n</thead>\n<tbody>\n");
    for row in all {
        let c = &row.cells[k];
        // Rows of what another translation added are not this pair's.
        if row.source.is_none() && *c == Cell::Nothing {
            continue;
        }
        h.push_str("<tr>");
        match row.source {
            Some(i) => {
                h.push_str(&cell("td", src, 1));
                h.push_str(&block(&src.blocks[i], rtl(src), digits[0]));
            }
            None => {
                h.push_str(&cell("td", src, 1));
                h.push_str(&note(l, "publish-added"));
            }
        }
        h.push_str("</td>");
        match c {
            Cell::Covered => {}
            Cell::Nothing => {
                h.push_str(&cell("td", d, 1));
                h.push_str("</td>");
            }
            Cell::Missing => {
                h.push_str(&cell("td", d, 1));
                h.push_str(&note(l, "publish-missing"));
                h.push_str("</td>");
            }
            Cell::Blocks { blocks, span } => {
                h.push_str(&cell("td", d, *span));
                for &j in blocks {
                    h.push_str(&block(&d.blocks[j], rtl(d), digits[1]));
                }
                if row
                    .source
                    .is_some_and(|i| (i..i + span).any(|x| t.drifted.contains_key(&x)))
                {
                    h.push_str(&note(l, "publish-drifted"));
                }
                h.push_str("</td>");
            }
        }
        h.push_str("</tr>\n");
    }
    h.push_str("</tbody>\n</table>\n");
    h
}

/// The whole document.
pub fn document(p: &Publication, l: &Localizer, stamp: &Stamp) -> String {
    let src = &p.source;
    let mut langs: Vec<&str> = vec![src.lang.code];
    langs.extend(p.targets.iter().map(|t| t.doc.lang.code));
    let mut out = format!(
        "<!-- {} -->\n\n",
        super::footer(p, &langs, l, stamp).replace("--", "–")
    );
    let title = src
        .blocks
        .iter()
        .find(|b| b.kind == BlockKind::Title)
        .map_or_else(|| p.slug.clone(), super::display_text);
    out.push_str(&format!("# {}\n\n", escape(&title, false)));
    if let Some(date) = &p.date {
        out.push_str(&format!("{}\n\n", escape(date, false)));
    }
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
    for (k, t) in p.targets.iter().enumerate() {
        out.push_str(&format!(
            "## {} · {}\n\n",
            escape(src.lang.native_name, false),
            escape(t.doc.lang.native_name, false)
        ));
        out.push_str(&table(p, k, &all, l));
        out.push('\n');
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
