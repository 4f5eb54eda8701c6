//! Side-by-side HTML: one self-contained page (inline CSS, no script, no external font or
//! request, enforced by a Content-Security-Policy) with the source and translations as parallel
//! columns, one table row per source block.
//!
//! - Every cell carries `lang` and `dir`; Arabic and Sorani are `rtl`. Runs of the other
//!   direction inside a text (a Latin name in Arabic) are isolated with `<bdi>`.
//! - List items are `<ol start=N>` in each language's own digits (`arabic-indic` for a text
//!   written with ٠–٩, `persian` for ۰–۹) and direction.
//! - Fonts: system stacks, one that renders Arabic script well for `ar` and `ckb`.
//! - Print: A4, columns kept, rows not split. Narrow screens: languages stacked, each cell
//!   labelled with its language.
//! - Everything from a statement is escaped; inline Markdown (emphasis, links to http, https
//!   and mailto, code) is rendered, raw HTML in a statement is shown as text.

use super::bidi::{Piece, pieces};
use super::{Cell, Inline, Publication, Stamp, rows};
use crate::document::{Block, BlockKind, Document};
use crate::i18n::Localizer;
use crate::lang::Direction;

const CSS: &str = r#"
:root {
  --latin: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif;
  --arabic: "Noto Naskh Arabic", "Noto Sans Arabic", "Amiri", "Scheherazade New", "Geeza Pro",
    "Traditional Arabic", "Segoe UI", Tahoma, sans-serif;
  --rule: #d0d4da;
  --muted: #5b6470;
  --flag: #a15c00;
}
* { box-sizing: border-box; }
html { font-family: var(--latin); line-height: 1.55; color: #1b1f24; background: #fff; }
body { margin: 0 auto; padding: 1.5rem; max-width: 110rem; }
table.parallel { width: 100%; border-collapse: collapse; table-layout: fixed; }
th, td { vertical-align: top; text-align: start; padding: .6rem .9rem; border-top: 1px solid var(--rule); }
th { font-size: .85rem; color: var(--muted); font-weight: 600; border-top: none; border-bottom: 2px solid var(--rule); }
th:lang(ar), th:lang(ckb), td:lang(ar), td:lang(ckb) { font-family: var(--arabic); font-size: 1.08em; line-height: 1.85; }
td > :first-child { margin-top: 0; }
td > :last-child { margin-bottom: 0; }
header { margin-bottom: 1.2rem; }
header h1 { font-size: 1.5rem; line-height: 1.3; margin: 0 0 .3rem; }
header h1:lang(ar), header h1:lang(ckb) { font-family: var(--arabic); }
header .meta { color: var(--muted); font-size: .9rem; margin: 0 0 .4rem; }
nav.versions { font-size: .9rem; }
nav.versions a, nav.versions span { margin-inline-end: .9em; white-space: nowrap; }
nav.versions span[aria-current] { font-weight: 700; }
nav.versions .label { color: var(--muted); }
h2 { font-size: 1.3rem; line-height: 1.3; margin: 0; }
h3 { font-size: 1.12rem; margin: 0; }
h4, h5, h6 { font-size: 1.02rem; margin: 0; }
p { margin: 0 0 .5em; }
.lede p { font-size: 1.08em; font-weight: 600; }
ol, ul { margin: 0; padding-inline-start: 2.2em; }
ol.decimal { list-style-type: decimal; }
ol.arabic-indic { list-style-type: arabic-indic; }
ol.persian { list-style-type: persian; }
.depth-2 { margin-inline-start: 1.5em; }
.depth-3 { margin-inline-start: 3em; }
pre { white-space: pre-wrap; font-size: .9em; }
ol.signatories { columns: 2 14em; column-gap: 1.5em; padding-inline-start: 2.4em; }
ol.signatories li { break-inside: avoid; }
ol.signatories li.gap { color: var(--flag); }
tr.title td { padding-top: 1rem; padding-bottom: 1rem; }
td.gap, td.drifted { background: #fff8eb; }
.flag { display: block; font-family: var(--latin); font-size: .8rem; color: var(--flag); font-style: italic; }
.flag:lang(ar), .flag:lang(ckb) { font-family: var(--arabic); }
.unchecked { border: 3px solid #b00020; color: #b00020; background: #fff0f0; padding: .8rem 1rem; margin-bottom: 1.5rem; font-weight: 700; }
footer { margin-top: 2rem; font-size: .8rem; color: var(--muted); }
@media screen and (max-width: 48em) {
  body { padding: .8rem; }
  table.parallel, table.parallel tbody, table.parallel tr, table.parallel td { display: block; width: auto; }
  table.parallel thead { display: none; }
  table.parallel tr { border-top: 2px solid var(--rule); padding: .4rem 0; }
  table.parallel td { border-top: none; padding: .4rem .2rem; }
  table.parallel td::before { content: attr(data-label); display: block; font-family: var(--latin); font-size: .72rem; color: var(--muted); }
  table.parallel td.nothing { display: none; }
}
@media print {
  html { font-size: 9.5pt; }
  body { padding: 0; max-width: none; }
  thead { display: table-header-group; }
  /* Long rows may break across pages (a row kept whole leaves half-empty pages); headings,
     list items and the signatories stay whole and with what follows them. */
  tr { break-inside: auto; }
  tr.title, tr.heading, tr.lede, tr.demand, tr.list-item, tr.signatories { break-inside: avoid; }
  tr.title, tr.heading { break-after: avoid; }
  nav.versions { display: none; }
  a { color: inherit; text-decoration: none; }
}
"#;

/// Escapes text for HTML content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_control() && !matches!(c, '\n' | '\t') => {}
            c => out.push(c),
        }
    }
    out
}

/// Text escaped, runs of the other direction isolated in `<bdi>` (also the review report's).
pub fn text(s: &str, rtl: bool) -> String {
    pieces(s, rtl)
        .into_iter()
        .map(|p| match p {
            Piece::Plain(t) => escape(t),
            Piece::Isolate(t) => format!("<bdi>{}</bdi>", escape(t)),
        })
        .collect()
}

/// A block's inline Markdown as HTML ([`super::inline`]), or its plain text.
pub(super) fn inline(block: &Block, rtl: bool) -> String {
    let Some(pieces) = super::inline(block) else {
        return text(&block.text, rtl);
    };
    let mut out = String::new();
    // Whether each open link was kept (an unsafe one keeps only its text).
    let mut links: Vec<bool> = Vec::new();
    for p in pieces {
        match p {
            Inline::Text(t) => out.push_str(&text(&t, rtl)),
            Inline::Code(t) => out.push_str(&format!("<code>{}</code>", text(&t, rtl))),
            Inline::Emphasis(open) => out.push_str(if open { "<em>" } else { "</em>" }),
            Inline::Strong(open) => out.push_str(if open { "<strong>" } else { "</strong>" }),
            Inline::LinkStart(url) => {
                if let Some(url) = &url {
                    out.push_str(&format!("<a href=\"{}\">", escape(url)));
                }
                links.push(url.is_some());
            }
            Inline::LinkEnd => {
                if links.pop() == Some(true) {
                    out.push_str("</a>");
                }
            }
            Inline::Break => out.push_str("<br>"),
        }
    }
    out.trim().to_string()
}

/// The CSS list style for a document's numbers: the digits it mostly writes.
pub fn digit_style(d: &Document) -> &'static str {
    let (mut ascii, mut arabic, mut persian) = (0, 0, 0);
    for b in &d.blocks {
        for c in b.text.chars() {
            match c {
                '0'..='9' => ascii += 1,
                '\u{0660}'..='\u{0669}' => arabic += 1,
                '\u{06F0}'..='\u{06F9}' => persian += 1,
                _ => {}
            }
        }
    }
    if arabic > ascii && arabic >= persian {
        "arabic-indic"
    } else if persian > ascii && persian > arabic {
        "persian"
    } else {
        "decimal"
    }
}

/// One block as HTML (its element by kind).
fn block_html(b: &Block, rtl: bool, digits: &str) -> String {
    let body = inline(b, rtl);
    match b.kind {
        // The page's own header is the `h1`; each version's title is an `h2`, and the
        // statement's headings come below it (`## About STJ` is an `h3`): no level is skipped.
        BlockKind::Title => format!("<h2>{body}</h2>"),
        BlockKind::Lede => format!("<div class=\"lede\"><p>{body}</p></div>"),
        BlockKind::Heading => {
            let level = (b.heading_level.unwrap_or(2) + 1).clamp(3, 6);
            format!("<h{level}>{body}</h{level}>")
        }
        BlockKind::Paragraph => format!("<p>{body}</p>"),
        BlockKind::Code => format!("<pre><code>{}</code></pre>", escape(&b.text)),
        BlockKind::Demand | BlockKind::Signatory | BlockKind::ListItem => {
            let depth = b.list.as_ref().map_or(1, |l| l.depth.min(3));
            let number = b.list.as_ref().and_then(|l| l.number);
            match number {
                Some(n) => format!(
                    "<ol class=\"{digits} depth-{depth}\" start=\"{n}\"><li>{body}</li></ol>"
                ),
                None => format!("<ul class=\"depth-{depth}\"><li>{body}</li></ul>"),
            }
        }
    }
}

pub(super) fn dir(d: &Document) -> &'static str {
    match d.lang.direction {
        Direction::Rtl => "rtl",
        Direction::Ltr => "ltr",
    }
}

/// A note in the interface language (`lang`/`dir` of the interface).
fn flag(l: &Localizer, id: &str, args: &[(&str, fluent_bundle::FluentValue)]) -> String {
    let d = if l.is_rtl() { "rtl" } else { "ltr" };
    format!(
        "<span class=\"flag\" lang=\"{}\" dir=\"{d}\">{}</span>",
        l.code(),
        text(&l.fmt(id, args), l.is_rtl())
    )
}

/// Opening tag of a cell of document `d`.
fn td(d: &Document, class: &str, rowspan: usize) -> String {
    let mut s = format!(
        "<td lang=\"{}\" dir=\"{}\" data-label=\"{}\"",
        d.lang.code,
        dir(d),
        escape(d.lang.native_name)
    );
    if !class.is_empty() {
        s.push_str(&format!(" class=\"{class}\""));
    }
    if rowspan > 1 {
        s.push_str(&format!(" rowspan=\"{rowspan}\""));
    }
    s.push('>');
    s
}

/// The header: the statement's title and date, and links to the other pages of the set (every
/// language, each pair), the current one marked.
fn header(
    p: &Publication,
    which: &[usize],
    pages: &[(Vec<usize>, String)],
    l: &Localizer,
    title: &str,
) -> String {
    let src = &p.source;
    let mut h = format!(
        "<header>\n<h1 lang=\"{}\" dir=\"{}\">{}</h1>\n",
        src.lang.code,
        dir(src),
        text(title, src.lang.direction == Direction::Rtl)
    );
    if let Some(date) = &p.date {
        h.push_str(&format!(
            "<p class=\"meta\"><time datetime=\"{}\">{}</time></p>\n",
            escape(date),
            escape(date)
        ));
    }
    if pages.len() > 1 {
        let d = if l.is_rtl() { "rtl" } else { "ltr" };
        h.push_str(&format!(
            "<nav class=\"versions\" aria-label=\"{}\" lang=\"{}\" dir=\"{d}\"><span class=\"label\">{}</span>",
            escape(&l.msg("publish-versions")),
            l.code(),
            escape(&l.msg("publish-versions"))
        ));
        for (langs, name) in pages {
            let label = if langs.len() == p.targets.len() && p.targets.len() > 1 {
                format!(
                    "<span lang=\"{}\">{}</span>",
                    l.code(),
                    escape(&l.msg("publish-all-languages"))
                )
            } else {
                langs
                    .iter()
                    .map(|&k| {
                        let lang = p.targets[k].doc.lang;
                        format!(
                            "<bdi lang=\"{}\">{}</bdi>",
                            lang.code,
                            escape(lang.native_name)
                        )
                    })
                    .collect::<Vec<_>>()
                    .join(" · ")
            };
            if langs.as_slice() == which {
                h.push_str(&format!("<span aria-current=\"page\">{label}</span>"));
            } else {
                h.push_str(&format!("<a href=\"{}\">{label}</a>", escape(name)));
            }
        }
        h.push_str("</nav>\n");
    }
    h.push_str("</header>\n");
    h
}

/// The signatories of a run of rows as one row: each language's names as one compact list (two
/// columns where there is room), an item a translation lacks marked in place.
fn signatories(
    p: &Publication,
    which: &[usize],
    run: &[&super::Row],
    digits: &[&str],
    l: &Localizer,
) -> String {
    let src = &p.source;
    let mut h = String::from("<tr class=\"signatories\">\n");
    let list = |d: &Document, items: Vec<(Option<u64>, Option<String>)>, style: &str| -> String {
        let mut o = format!("<ol class=\"{style} signatories\">");
        for (n, html) in items {
            let value = n.map(|n| format!(" value=\"{n}\"")).unwrap_or_default();
            match html {
                Some(body) => o.push_str(&format!("<li{value}>{body}</li>")),
                None => o.push_str(&format!(
                    "<li{value} class=\"gap\">{}</li>",
                    flag(l, "publish-missing", &[])
                )),
            }
        }
        o.push_str("</ol>");
        let _ = d;
        o
    };
    let rtl = |d: &Document| d.lang.direction == Direction::Rtl;
    let items: Vec<(Option<u64>, Option<String>)> = run
        .iter()
        .filter_map(|r| r.source)
        .map(|i| {
            let b = &src.blocks[i];
            // The source's items carry the segment ids (`#l2.7`), as rows do elsewhere.
            (
                b.list.as_ref().and_then(|x| x.number),
                Some(format!(
                    "<span id=\"{}\">{}</span>",
                    escape(&b.id),
                    inline(b, rtl(src))
                )),
            )
        })
        .collect();
    h.push_str(&td(src, "", 1));
    h.push_str(&list(src, items, digits[0]));
    h.push_str("</td>\n");
    for (c, &k) in which.iter().enumerate() {
        let d = &p.targets[k].doc;
        let items: Vec<(Option<u64>, Option<String>)> = run
            .iter()
            .map(|r| match &r.cells[k] {
                super::Cell::Blocks { blocks, .. } => {
                    let b = &d.blocks[blocks[0]];
                    let body: Vec<String> = blocks
                        .iter()
                        .map(|&j| inline(&d.blocks[j], rtl(d)))
                        .collect();
                    (b.list.as_ref().and_then(|x| x.number), Some(body.join(" ")))
                }
                _ => (
                    r.source
                        .and_then(|i| src.blocks[i].list.as_ref().and_then(|x| x.number)),
                    None,
                ),
            })
            .collect();
        h.push_str(&td(d, "", 1));
        h.push_str(&list(d, items, digits[c + 1]));
        h.push_str("</td>\n");
    }
    h.push_str("</tr>\n");
    h
}

/// Whether a row is a signatory the compact list can hold: its source is a signatory and every
/// translation renders it with blocks of its own (or not at all).
fn compact_signatory(p: &Publication, which: &[usize], row: &super::Row) -> bool {
    row.source
        .is_some_and(|i| p.source.blocks[i].kind == BlockKind::Signatory)
        && which.iter().all(|&k| match &row.cells[k] {
            Cell::Blocks { span, .. } => *span == 1,
            Cell::Missing => true,
            _ => false,
        })
}

/// The page: the source and the translations `which` (indices into `p.targets`) side by side,
/// with links to the other `pages` of the set.
pub fn page(
    p: &Publication,
    which: &[usize],
    pages: &[(Vec<usize>, String)],
    l: &Localizer,
    stamp: &Stamp,
) -> String {
    let src = &p.source;
    let title = src
        .blocks
        .iter()
        .find(|b| b.kind == BlockKind::Title)
        .map_or_else(|| p.slug.clone(), |b| b.text.clone());
    let mut h = String::new();
    h.push_str("<!DOCTYPE html>\n");
    h.push_str(&format!(
        "<html lang=\"{}\" dir=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n",
        src.lang.code,
        dir(src)
    ));
    h.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    h.push_str("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n");
    h.push_str(&format!(
        "<meta name=\"generator\" content=\"align {}\">\n",
        escape(&stamp.version)
    ));
    if p.unchecked.is_some() {
        h.push_str("<meta name=\"robots\" content=\"noindex\">\n");
    }
    h.push_str(&format!("<title>{}</title>\n", escape(&title)));
    // Three columns or more print across the page; a pair on an upright one.
    let page_size = if which.len() >= 2 {
        "@page { size: A4 landscape; margin: 12mm 10mm; }"
    } else {
        "@page { size: A4; margin: 14mm 12mm; }"
    };
    h.push_str(&format!(
        "<style>{CSS}{page_size}\n</style>\n</head>\n<body>\n"
    ));
    if let Some(errors) = p.unchecked {
        let d = if l.is_rtl() { "rtl" } else { "ltr" };
        h.push_str(&format!(
            "<div class=\"unchecked\" role=\"alert\" lang=\"{}\" dir=\"{d}\">{}</div>\n",
            l.code(),
            text(
                &l.fmt("publish-unchecked", &[("errors", errors.into())]),
                l.is_rtl()
            ) + &p
                .review
                .as_ref()
                .map(|name| format!(
                    " <a href=\"{}\">{}</a>",
                    escape(name),
                    text(&l.msg("publish-unchecked-review"), l.is_rtl())
                ))
                .unwrap_or_default()
        ));
    }
    let docs: Vec<&Document> = std::iter::once(src)
        .chain(which.iter().map(|&k| &p.targets[k].doc))
        .collect();
    h.push_str(&header(p, which, pages, l, &title));
    h.push_str("<main>\n<table class=\"parallel\">\n<thead>\n<tr>");
    for d in &docs {
        h.push_str(&format!(
            "<th scope=\"col\" lang=\"{}\" dir=\"{}\">{}</th>",
            d.lang.code,
            dir(d),
            escape(d.lang.native_name)
        ));
    }
    h.push_str("</tr>\n</thead>\n<tbody>\n");
    let digits: Vec<&str> = docs.iter().map(|d| digit_style(d)).collect();
    let all_rows = rows(p);
    let mut r = 0;
    while r < all_rows.len() {
        let row = &all_rows[r];
        // A run of signatories: one compact row.
        if compact_signatory(p, which, row) {
            let mut end = r;
            while end < all_rows.len() && compact_signatory(p, which, &all_rows[end]) {
                end += 1;
            }
            let run: Vec<&super::Row> = all_rows[r..end].iter().collect();
            h.push_str(&signatories(p, which, &run, &digits, l));
            r = end;
            continue;
        }
        r += 1;
        // Skip rows of what a translation not on this page added.
        let cells: Vec<&Cell> = which.iter().map(|&k| &row.cells[k]).collect();
        if row.source.is_none() && cells.iter().all(|c| **c == Cell::Nothing) {
            continue;
        }
        let (kind, id) = match row.source {
            Some(i) => (src.blocks[i].kind.as_str(), src.blocks[i].id.clone()),
            None => ("added", String::new()),
        };
        if id.is_empty() {
            h.push_str(&format!("<tr class=\"{kind}\">\n"));
        } else {
            h.push_str(&format!("<tr class=\"{kind}\" id=\"{}\">\n", escape(&id)));
        }
        match row.source {
            Some(i) => {
                h.push_str(&td(src, "", 1));
                h.push_str(&block_html(
                    &src.blocks[i],
                    src.lang.direction == Direction::Rtl,
                    digits[0],
                ));
                h.push_str("</td>\n");
            }
            None => {
                h.push_str(&td(src, "gap", 1));
                h.push_str(&flag(l, "publish-added", &[]));
                h.push_str("</td>\n");
            }
        }
        for (c, (&k, cell)) in which.iter().zip(&cells).enumerate() {
            let t = &p.targets[k];
            let d = &t.doc;
            match cell {
                Cell::Covered => {}
                Cell::Nothing => {
                    h.push_str(&td(d, "nothing", 1));
                    h.push_str("</td>\n");
                }
                Cell::Missing => {
                    h.push_str(&td(d, "gap", 1));
                    h.push_str(&flag(l, "publish-missing", &[]));
                    h.push_str("</td>\n");
                }
                Cell::Blocks { blocks, span } => {
                    let drifted = row
                        .source
                        .is_some_and(|i| (i..i + span).any(|s| t.drifted.contains_key(&s)));
                    h.push_str(&td(d, if drifted { "drifted" } else { "" }, *span));
                    for &j in blocks {
                        h.push_str(&block_html(
                            &d.blocks[j],
                            d.lang.direction == Direction::Rtl,
                            digits[c + 1],
                        ));
                    }
                    if drifted {
                        h.push_str(&flag(l, "publish-drifted", &[]));
                    }
                    h.push_str("</td>\n");
                }
            }
        }
        h.push_str("</tr>\n");
    }
    h.push_str("</tbody>\n</table>\n</main>\n");
    let langs: Vec<&str> = docs.iter().map(|d| d.lang.code).collect();
    let d = if l.is_rtl() { "rtl" } else { "ltr" };
    h.push_str(&format!(
        "<footer lang=\"{}\" dir=\"{d}\">{}</footer>\n</body>\n</html>\n",
        l.code(),
        text(&super::footer(p, &langs, l, stamp), l.is_rtl())
    ));
    h
}
