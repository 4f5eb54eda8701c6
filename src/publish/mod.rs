//! Publishing a statement's parallel versions once `align check` passes: side-by-side HTML,
//! Markdown, TMX, XLIFF and TSV.
//!
//! A [`Publication`] is made from what `align check` read and aligned ([`publication`]), so
//! nothing is read or aligned twice; everything here is a pure function of it. The
//! formats share two views of the alignment: [`rows`], the source blocks with what each
//! translation renders beside them (HTML and Markdown), and [`units`], groups of source
//! sentences (or blocks) with every translation's rendering (TMX).

pub mod bidi;
pub mod html;
pub mod markdown;
pub mod tmx;
pub mod tsv;
pub mod xliff;

use std::collections::BTreeMap;

use crate::align::statement::{Alignment, SentenceRef};
use crate::check::Read;
use crate::document::Document;
use crate::drift::{State, compare};
use crate::error::{Error, ErrorKind, Result};
use crate::i18n::Localizer;
use crate::statement::Statement;

/// An output format of `align publish`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Format {
    Html,
    Md,
    Tmx,
    Xliff,
    Tsv,
}

impl Format {
    pub const ALL: [Format; 5] = [
        Format::Html,
        Format::Md,
        Format::Tmx,
        Format::Xliff,
        Format::Tsv,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Format::Html => "html",
            Format::Md => "md",
            Format::Tmx => "tmx",
            Format::Xliff => "xliff",
            Format::Tsv => "tsv",
        }
    }
}

/// What a translation unit is (TMX `segtype`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SegType {
    Sentence,
    Paragraph,
}

impl SegType {
    pub fn as_str(self) -> &'static str {
        match self {
            SegType::Sentence => "sentence",
            SegType::Paragraph => "paragraph",
        }
    }
}

/// One translation, aligned with the source.
#[derive(Debug, Clone)]
pub struct Target {
    pub doc: Document,
    pub alignment: Alignment,
    /// Source blocks edited since this translation was accepted (from `align.lock`), with the
    /// source text as accepted.
    pub drifted: BTreeMap<usize, String>,
}

/// A statement ready to publish.
#[derive(Debug, Clone)]
pub struct Publication {
    pub slug: String,
    pub source: Document,
    pub targets: Vec<Target>,
    /// The number of check errors when published anyway (`--force`): every output then says
    /// it is unchecked.
    pub unchecked: Option<usize>,
    /// The review page published beside an unchecked statement's pages (its file name), which
    /// shows every error at its segment; the pages' warning links to it.
    pub review: Option<String>,
    /// The statement's date as `statement.yaml` gives it (`2026-01-08`).
    pub date: Option<String>,
}

/// Who made an output, and when.
#[derive(Debug, Clone)]
pub struct Stamp {
    /// `align`'s version.
    pub version: String,
    /// `YYYYMMDDThhmmssZ` (TMX).
    pub timestamp: String,
    /// `YYYY-MM-DD`.
    pub date: String,
}

/// A file to write: its name (in the output directory) and content.
#[derive(Debug, Clone, PartialEq)]
pub struct Output {
    pub name: String,
    pub content: String,
}

/// The publication of a statement as `align check` read and aligned it (so that what is
/// published is exactly what was checked), with what drifted since acceptance marked from its
/// lock. A statement without a translation has nothing to publish: an error.
pub fn publication(st: &Statement, read: Read, unchecked: Option<usize>) -> Result<Publication> {
    let Read {
        source,
        lock,
        targets,
    } = read;
    if targets.is_empty() {
        return Err(Error::at(ErrorKind::NoLanguageFiles, &st.dir));
    }
    let targets = targets
        .into_iter()
        .map(|(doc, alignment)| {
            let mut drifted = BTreeMap::new();
            if let Some(entries) = lock.as_ref().and_then(|l| l.languages.get(doc.lang.code)) {
                for (i, state) in compare(&source, entries).blocks.iter().enumerate() {
                    if let State::Drifted(e) = state {
                        drifted.insert(i, e.source_text.clone());
                    }
                }
            }
            Target {
                doc,
                alignment,
                drifted,
            }
        })
        .collect();
    Ok(Publication {
        slug: st.slug.clone(),
        source,
        targets,
        unchecked,
        review: unchecked.map(|_| format!("{}.review.html", st.slug)),
        date: st.meta.date.clone(),
    })
}

/// Every output of `formats` for a publication: one HTML page with every language and one per
/// language pair, one Markdown file, one TMX file, one XLIFF and one TSV file per translation.
pub fn render(
    p: &Publication,
    formats: &[Format],
    segtype: SegType,
    l: &Localizer,
    stamp: &Stamp,
) -> Vec<Output> {
    let mut out = Vec::new();
    let src = p.source.lang.code;
    let pair = |t: &Target| format!("{}.{src}-{}", p.slug, t.doc.lang.code);
    for f in formats {
        match f {
            Format::Html => {
                // The pages, for the language switcher of each: every language, then each pair.
                let mut pages: Vec<(Vec<usize>, String)> =
                    vec![(all(p), format!("{}.html", p.slug))];
                if p.targets.len() > 1 {
                    for (k, t) in p.targets.iter().enumerate() {
                        pages.push((vec![k], format!("{}.html", pair(t))));
                    }
                }
                for (which, name) in &pages {
                    out.push(Output {
                        name: name.clone(),
                        content: html::page(p, which, &pages, l, stamp),
                    });
                }
            }
            Format::Md => out.push(Output {
                name: format!("{}.md", p.slug),
                content: markdown::document(p, l, stamp),
            }),
            Format::Tmx => out.push(Output {
                name: format!("{}.tmx", p.slug),
                content: tmx::tmx(p, segtype, stamp),
            }),
            Format::Xliff => {
                for (k, t) in p.targets.iter().enumerate() {
                    out.push(Output {
                        name: format!("{}.xlf", pair(t)),
                        content: xliff::xliff(p, k, stamp),
                    });
                }
            }
            Format::Tsv => {
                for (k, t) in p.targets.iter().enumerate() {
                    out.push(Output {
                        name: format!("{}.tsv", pair(t)),
                        content: tsv::tsv(p, k),
                    });
                }
            }
        }
    }
    out
}

/// The generator's line (HTML footer, Markdown comment): version, statement, languages, date,
/// and whether the check passed.
pub fn footer(p: &Publication, langs: &[&str], l: &Localizer, stamp: &Stamp) -> String {
    l.fmt(
        "publish-footer",
        &[
            ("version", stamp.version.as_str().into()),
            ("statement", p.slug.as_str().into()),
            ("langs", langs.join(", ").into()),
            ("date", stamp.date.as_str().into()),
            (
                "checked",
                (if p.unchecked.is_some() { "no" } else { "yes" }).into(),
            ),
        ],
    )
}

/// A piece of a block's inline Markdown, as published.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Inline {
    /// Text; raw HTML in a statement is text too (shown, never markup).
    Text(String),
    Code(String),
    Emphasis(bool),
    Strong(bool),
    /// A link opens: its URL for http, https and mailto; `None` for another scheme, whose
    /// text is kept without the link.
    LinkStart(Option<String>),
    LinkEnd,
    Break,
}

/// A block's inline Markdown as published: emphasis, strong, code spans, safe links, line
/// breaks; raw HTML as text; comments (`<!-- align: allow … -->`) dropped. `None` when the
/// block's Markdown would mean something else out of its context (`2026. The …` read as a
/// list): then its plain text is what to publish.
pub fn inline(b: &crate::document::Block) -> Option<Vec<Inline>> {
    use pulldown_cmark::{Event, Parser, Tag, TagEnd};
    let safe = |url: &str| {
        let lower = url.trim().to_ascii_lowercase();
        ["https://", "http://", "mailto:"]
            .iter()
            .any(|s| lower.starts_with(s))
    };
    let mut out = Vec::new();
    let mut paragraphs = 0;
    for event in Parser::new(&b.markdown) {
        out.push(match event {
            Event::Start(Tag::Paragraph) => {
                paragraphs += 1;
                if paragraphs == 1 {
                    continue;
                }
                Inline::Text(" ".into())
            }
            Event::Text(t) => Inline::Text(t.into_string()),
            Event::Code(t) => Inline::Code(t.into_string()),
            Event::Html(t) | Event::InlineHtml(t) if t.trim_start().starts_with("<!--") => continue,
            Event::Html(t) | Event::InlineHtml(t) => Inline::Text(t.into_string()),
            Event::Start(Tag::Emphasis) => Inline::Emphasis(true),
            Event::End(TagEnd::Emphasis) => Inline::Emphasis(false),
            Event::Start(Tag::Strong) => Inline::Strong(true),
            Event::End(TagEnd::Strong) => Inline::Strong(false),
            Event::Start(Tag::Link { dest_url, .. }) => {
                Inline::LinkStart(safe(&dest_url).then(|| dest_url.into_string()))
            }
            Event::End(TagEnd::Link) => Inline::LinkEnd,
            Event::SoftBreak => Inline::Text(" ".into()),
            Event::HardBreak => Inline::Break,
            Event::End(TagEnd::Paragraph)
            | Event::Start(Tag::Image { .. })
            | Event::End(TagEnd::Image) => continue,
            _ => return None,
        });
    }
    let empty = out.iter().all(|i| match i {
        Inline::Text(t) | Inline::Code(t) => t.trim().is_empty(),
        _ => true,
    });
    (!empty).then_some(out)
}

/// A block's text for readers, from its Markdown ([`inline`]): emphasis and links reduced to
/// their text, code spans and raw HTML kept as literal text (as the HTML page shows them).
pub fn display_text(b: &crate::document::Block) -> String {
    let Some(pieces) = inline(b) else {
        return b.text.clone();
    };
    let mut out = String::new();
    for p in pieces {
        match p {
            Inline::Text(t) | Inline::Code(t) => out.push_str(&t),
            Inline::Break => out.push(' '),
            _ => {}
        }
    }
    out.trim().to_string()
}

fn all(p: &Publication) -> Vec<usize> {
    (0..p.targets.len()).collect()
}

/// What a translation shows beside a source block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cell {
    /// These target blocks, spanning `span` rows (a bead of several source blocks).
    Blocks { blocks: Vec<usize>, span: usize },
    /// Covered by the cell of a row above (a bead of several source blocks).
    Covered,
    /// Nothing renders this source block.
    Missing,
    /// A row of something another translation added: nothing here.
    Nothing,
}

/// A source block (or, for `source: None`, blocks one translation added) and, per target, what
/// renders it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub source: Option<usize>,
    pub cells: Vec<Cell>,
}

/// The rows of a parallel view: one per source block, in source order, each translation's
/// blocks beside the source blocks they render; blocks a translation added get a row of their
/// own after the source block they follow (after the whole of a multi-row cell).
pub fn rows(p: &Publication) -> Vec<Row> {
    let n = p.source.blocks.len();
    let nt = p.targets.len();
    let mut main: Vec<Row> = (0..n)
        .map(|i| Row {
            source: Some(i),
            cells: vec![Cell::Missing; nt],
        })
        .collect();
    // The last source row each row's cells extend to (for a span).
    let mut reach: Vec<usize> = (0..n).collect();
    // Added blocks, by the source block they follow (`None`: before the first).
    let mut added: BTreeMap<Option<usize>, Vec<(usize, Vec<usize>)>> = BTreeMap::new();
    for (t, target) in p.targets.iter().enumerate() {
        let mut last: Option<usize> = None;
        for bead in &target.alignment.blocks {
            if bead.src.is_empty() {
                added.entry(last).or_default().push((t, bead.tgt.clone()));
                continue;
            }
            let first = *bead.src.iter().min().unwrap_or(&0);
            let end = *bead.src.iter().max().unwrap_or(&first);
            if !bead.tgt.is_empty() {
                main[first].cells[t] = Cell::Blocks {
                    blocks: bead.tgt.clone(),
                    span: end - first + 1,
                };
                for (i, row) in main.iter_mut().enumerate().take(end + 1).skip(first + 1) {
                    row.cells[t] = Cell::Covered;
                    reach[i] = reach[i].max(end);
                }
                reach[first] = reach[first].max(end);
            }
            last = Some(end);
        }
    }
    let added_row = |t: usize, blocks: Vec<usize>| Row {
        source: None,
        cells: (0..nt)
            .map(|k| {
                if k == t {
                    Cell::Blocks {
                        blocks: blocks.clone(),
                        span: 1,
                    }
                } else {
                    Cell::Nothing
                }
            })
            .collect(),
    };
    let mut out = Vec::new();
    for (t, blocks) in added.remove(&None).unwrap_or_default() {
        out.push(added_row(t, blocks));
    }
    let mut pending: Vec<(usize, Vec<usize>)> = Vec::new();
    let mut open_until = 0;
    for (i, row) in main.into_iter().enumerate() {
        out.push(row);
        open_until = open_until.max(reach[i]);
        pending.extend(added.remove(&Some(i)).unwrap_or_default());
        if open_until <= i {
            for (t, blocks) in pending.drain(..) {
                out.push(added_row(t, blocks));
            }
        }
    }
    for (t, blocks) in pending {
        out.push(added_row(t, blocks));
    }
    out
}

/// A translation unit: source items (sentences, or blocks for `SegType::Paragraph`) and, per
/// target, its rendering (`None` when it has none).
#[derive(Debug, Clone, PartialEq)]
pub struct Unit {
    /// Ids of the source items (`p3.s1`, or `p3`).
    pub ids: Vec<String>,
    pub source: String,
    /// The source block of the first item.
    pub block: usize,
    pub targets: Vec<Option<String>>,
    /// Per target: whether the source changed since that translation was accepted.
    pub drifted: Vec<bool>,
}

/// One bead of one translation at the unit's granularity: source items and target text.
struct ItemBead {
    src: Vec<usize>,
    tgt: Vec<String>,
}

/// Source items: (block, sentence) for sentences, (block, usize::MAX) for blocks (and for a
/// block without sentences, a code block, in sentence mode).
fn items(d: &Document, segtype: SegType) -> Vec<(usize, usize)> {
    match segtype {
        SegType::Paragraph => (0..d.blocks.len()).map(|b| (b, usize::MAX)).collect(),
        SegType::Sentence => d
            .blocks
            .iter()
            .enumerate()
            .flat_map(|(b, block)| block_items(b, block))
            .collect(),
    }
}

fn block_items(b: usize, block: &crate::document::Block) -> Vec<(usize, usize)> {
    if block.sentences.is_empty() {
        vec![(b, usize::MAX)]
    } else {
        (0..block.sentences.len()).map(|s| (b, s)).collect()
    }
}

fn item_text(d: &Document, item: (usize, usize)) -> &str {
    match item {
        (b, usize::MAX) => &d.blocks[b].text,
        (b, s) => &d.blocks[b].sentences[s].text,
    }
}

fn item_id(d: &Document, item: (usize, usize)) -> &str {
    match item {
        (b, usize::MAX) => &d.blocks[b].id,
        (b, s) => &d.blocks[b].sentences[s].id,
    }
}

/// Whether a bead must be taken block by block rather than sentence by sentence: it has no
/// sentence beads, or one of its blocks has no sentences (a code block, an empty list item).
pub(crate) fn by_blocks(
    bead: &crate::align::statement::BlockBead,
    source: &Document,
    target: &Document,
) -> bool {
    bead.sentences.is_empty()
        || bead
            .src
            .iter()
            .any(|&b| source.blocks[b].sentences.is_empty())
        || bead
            .tgt
            .iter()
            .any(|&j| target.blocks[j].sentences.is_empty())
}

fn sentence_texts(d: &Document, refs: &[SentenceRef]) -> Vec<String> {
    refs.iter()
        .map(|r| d.blocks[r.block].sentences[r.sentence].text.clone())
        .collect()
}

/// A translation's beads at the granularity of `segtype`, source items as indices into
/// `items(source, segtype)`.
fn item_beads(p: &Publication, t: usize, segtype: SegType) -> Vec<ItemBead> {
    let source = &p.source;
    let target = &p.targets[t];
    let index: BTreeMap<(usize, usize), usize> = items(source, segtype)
        .into_iter()
        .enumerate()
        .map(|(k, it)| (it, k))
        .collect();
    let mut out = Vec::new();
    for bead in &target.alignment.blocks {
        // A block only the translation has translates nothing: it is in no unit.
        if bead.src.is_empty() {
            continue;
        }
        if segtype == SegType::Paragraph || by_blocks(bead, source, &target.doc) {
            let src: Vec<usize> = match segtype {
                SegType::Paragraph => bead.src.iter().map(|&b| index[&(b, usize::MAX)]).collect(),
                SegType::Sentence => bead
                    .src
                    .iter()
                    .flat_map(|&b| block_items(b, &source.blocks[b]))
                    .filter_map(|it| index.get(&it).copied())
                    .collect(),
            };
            let tgt: Vec<String> = bead
                .tgt
                .iter()
                .map(|&j| target.doc.blocks[j].text.clone())
                .collect();
            out.push(ItemBead { src, tgt });
            continue;
        }
        for s in &bead.sentences {
            out.push(ItemBead {
                src: s
                    .src
                    .iter()
                    .filter_map(|r| index.get(&(r.block, r.sentence)).copied())
                    .collect(),
                tgt: sentence_texts(&target.doc, &s.tgt),
            });
        }
    }
    out
}

fn find(parent: &mut [usize], x: usize) -> usize {
    let mut r = x;
    while parent[r] != r {
        r = parent[r];
    }
    let mut y = x;
    while parent[y] != r {
        let next = parent[y];
        parent[y] = r;
        y = next;
    }
    r
}

/// Translation units for every language at once: source items that any translation renders
/// together form one unit, so that every `<tu>` has one text per language. A sentence a
/// translation added inside a block (a `0-1` sentence bead) joins the unit before it; a block
/// only the translation has is in no unit.
pub fn units(p: &Publication, segtype: SegType) -> Vec<Unit> {
    let source = &p.source;
    let its = items(source, segtype);
    let n = its.len();
    let beads: Vec<Vec<ItemBead>> = (0..p.targets.len())
        .map(|t| item_beads(p, t, segtype))
        .collect();
    let mut parent: Vec<usize> = (0..n).collect();
    for bs in &beads {
        for b in bs {
            if let Some((&first, rest)) = b.src.split_first() {
                for &x in rest {
                    let (a, c) = (find(&mut parent, first), find(&mut parent, x));
                    if a != c {
                        parent[a.max(c)] = a.min(c);
                    }
                }
            }
        }
    }
    // Groups in source order, keyed by their root.
    let mut groups: Vec<usize> = Vec::new();
    let mut group_of = vec![0usize; n];
    let mut root_group: BTreeMap<usize, usize> = BTreeMap::new();
    for (k, g) in group_of.iter_mut().enumerate() {
        let r = find(&mut parent, k);
        *g = *root_group.entry(r).or_insert_with(|| {
            groups.push(r);
            groups.len() - 1
        });
    }
    let mut texts: Vec<Vec<Vec<String>>> = vec![vec![Vec::new(); p.targets.len()]; groups.len()];
    for (t, bs) in beads.iter().enumerate() {
        let mut last: Option<usize> = None;
        let mut orphans: Vec<String> = Vec::new();
        for b in bs {
            match b.src.first() {
                Some(&k) => {
                    let g = group_of[k];
                    texts[g][t].append(&mut orphans);
                    texts[g][t].extend(b.tgt.iter().cloned());
                    last = Some(g);
                }
                None => match last {
                    Some(g) => texts[g][t].extend(b.tgt.iter().cloned()),
                    None => orphans.extend(b.tgt.iter().cloned()),
                },
            }
        }
        if let (Some(g), false) = (last, orphans.is_empty()) {
            texts[g][t].append(&mut orphans);
        }
    }
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); groups.len()];
    for (k, &g) in group_of.iter().enumerate() {
        members[g].push(k);
    }
    members
        .into_iter()
        .zip(texts)
        .map(|(m, tx)| {
            let block = its[m[0]].0;
            Unit {
                ids: m
                    .iter()
                    .map(|&k| item_id(source, its[k]).to_string())
                    .collect(),
                source: m
                    .iter()
                    .map(|&k| item_text(source, its[k]))
                    .collect::<Vec<_>>()
                    .join(" "),
                block,
                targets: tx
                    .into_iter()
                    .map(|v| (!v.is_empty()).then(|| v.join(" ")))
                    .collect(),
                drifted: p
                    .targets
                    .iter()
                    .map(|t| m.iter().any(|&k| t.drifted.contains_key(&its[k].0)))
                    .collect(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests;
