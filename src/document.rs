//! The document model: a statement file (Markdown) as blocks and sentences, with stable ids and
//! 1-based line:column positions.
//!
//! Markdown is parsed by `pulldown-cmark` (its offset iterator gives the byte range of every
//! event, so positions are exact). On top of CommonMark, a few repairs make real statements
//! segment the way a reader sees them:
//! - list markers in Arabic-Indic digits (`١.`, `۱.`) and `1-` markers start list items;
//! - a list interrupted by a blank line or restarted with other indentation stays one list;
//! - a stray empty list marker (`-` alone on a line) is dropped with a notice;
//! - a bold or plain repetition of the title or lede is dropped with a notice;
//! - a paragraph broken in the middle of a sentence by a blank line is joined, with a notice;
//! - a short ALL-CAPS or all-bold line is a heading.
//!
//! ## Ids
//! `title`, `lede`; headings `h1`, `h2`, …; paragraphs `p1`, `p2`, …; list items `l{list}.{item}`
//! (lists numbered in document order, nested lists included; a nested item records its parent
//! item); sentences `{block}.s{n}` (`p3.s2`, `l1.2.s1`). Every counter starts at 1.

use std::ops::Range;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use serde::Serialize;

use crate::lang::Lang;
use crate::segment::split_sentences;
use crate::text::{digit_value, is_closing, is_sentence_final, normalize_for_match};

/// One language version of a statement, segmented.
#[derive(Debug, Clone, Serialize)]
pub struct Document {
    /// The file as the user named it (used in every message).
    pub path: String,
    pub lang: Lang,
    pub blocks: Vec<Block>,
    pub lists: Vec<List>,
    /// Repairs made while segmenting, each with its line: nothing is changed silently.
    pub notices: Vec<Notice>,
    /// Block index by id, for lookups in constant time (a file may have many blocks).
    #[serde(skip)]
    ids: std::collections::HashMap<String, usize>,
}

/// What a block is to a reader of the statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum BlockKind {
    Title,
    Lede,
    Heading,
    Paragraph,
    /// An item of a demands list (an ordered list of full sentences in the body).
    Demand,
    /// An item of the signatory list.
    Signatory,
    /// An item of any other list.
    ListItem,
    /// An indented or fenced code block (kept, never split into sentences).
    Code,
}

impl BlockKind {
    pub fn as_str(self) -> &'static str {
        match self {
            BlockKind::Title => "title",
            BlockKind::Lede => "lede",
            BlockKind::Heading => "heading",
            BlockKind::Paragraph => "paragraph",
            BlockKind::Demand => "demand",
            BlockKind::Signatory => "signatory",
            BlockKind::ListItem => "list-item",
            BlockKind::Code => "code",
        }
    }

    /// True for the kinds that are items of a list.
    pub fn is_list_item(self) -> bool {
        matches!(
            self,
            BlockKind::Demand | BlockKind::Signatory | BlockKind::ListItem
        )
    }
}

/// A block: heading, paragraph or list item.
#[derive(Debug, Clone, Serialize)]
pub struct Block {
    /// Stable id from structure (`title`, `lede`, `h1`, `p3`, `l2.7`).
    pub id: String,
    pub kind: BlockKind,
    /// 1-based line and column (in characters) where the block starts; for a list item, its
    /// marker.
    pub line: usize,
    pub col: usize,
    /// Where the block ends: the line of its last character, and the column just after it.
    pub end_line: usize,
    pub end_col: usize,
    /// Plain text, Markdown inline markup removed: what checks and alignment compare.
    pub text: String,
    /// The block's content as written in the file (inline markup kept, marker excluded).
    pub markdown: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub heading_level: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub list: Option<ListPosition>,
    pub sentences: Vec<Sentence>,
    /// Check ids suppressed for this block by `<!-- align: allow ID … -->`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub allow: Vec<String>,
}

/// Where a list item sits.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct ListPosition {
    /// 1-based number of the list in the document (`l2` is list 2).
    pub list: usize,
    /// 1-based position of the item in its list.
    pub item: usize,
    /// 1 for a top-level list, 2 for a list nested in an item, …
    pub depth: usize,
    /// The id of the item this item's list is nested in.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parent: Option<String>,
    /// The marker as written (`1.`, `١.`, `-`).
    pub marker: String,
    /// The marker's number, whatever its digits (`١.` → 1); none for bullets.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub number: Option<u64>,
}

/// A sentence inside a block.
#[derive(Debug, Clone, Serialize)]
pub struct Sentence {
    /// `{block}.s{n}`.
    pub id: String,
    pub text: String,
    pub line: usize,
    pub col: usize,
    /// Byte range of the sentence in its block's `text`.
    #[serde(skip)]
    pub range: Range<usize>,
}

/// What a list is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ListKind {
    Demands,
    Signatories,
    Other,
}

/// A list of the document.
#[derive(Debug, Clone, Serialize)]
pub struct List {
    /// `l1`, `l2`, …
    pub id: String,
    pub kind: ListKind,
    pub ordered: bool,
    pub line: usize,
    pub depth: usize,
    /// Ids of the items, in order.
    pub items: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parent: Option<String>,
}

/// A repair made while segmenting, reported to the user as a warning or a note.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Notice {
    /// A paragraph ends without sentence-final punctuation and the next one continues its
    /// sentence: a blank line probably broke one paragraph in two. They were joined.
    BrokenParagraph { line: usize, next_line: usize },
    /// A block repeats the title or the lede (a web page's bold repetition); it was dropped.
    RepeatedBlock { line: usize, of: String },
    /// A list marker with nothing after it (a stray `-`); it was dropped.
    EmptyListItem { line: usize },
    /// A list restarted (other indentation, other marker) but continues the numbering of the
    /// list just before it; the two were read as one list.
    ListContinued { line: usize },
    /// A paragraph indented by four spaces or more (Markdown's code block, as a paste from an
    /// e-mail makes it): read as the paragraph a reader sees.
    IndentedParagraph { line: usize },
    /// A block of raw HTML: read as text (checked and published as text, never as markup).
    RawHtml { line: usize },
}

impl Notice {
    pub fn line(&self) -> usize {
        match self {
            Notice::BrokenParagraph { line, .. }
            | Notice::RepeatedBlock { line, .. }
            | Notice::EmptyListItem { line }
            | Notice::ListContinued { line }
            | Notice::IndentedParagraph { line }
            | Notice::RawHtml { line } => *line,
        }
    }

    /// Stable kebab-case id of the notice kind.
    pub fn code(&self) -> &'static str {
        match self {
            Notice::BrokenParagraph { .. } => "broken-paragraph",
            Notice::RepeatedBlock { .. } => "repeated-block",
            Notice::EmptyListItem { .. } => "empty-list-item",
            Notice::ListContinued { .. } => "list-continued",
            Notice::IndentedParagraph { .. } => "indented-paragraph",
            Notice::RawHtml { .. } => "raw-html",
        }
    }

    /// Whether the notice is a warning (something the author should fix) rather than a note.
    pub fn is_warning(&self) -> bool {
        matches!(self, Notice::BrokenParagraph { .. })
    }
}

/// A sentence of a document: its block's index and its index in the block.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct SentenceRef {
    pub block: usize,
    pub sentence: usize,
}

impl Document {
    /// Segments `source` (already valid UTF-8, BOM removed, CRLF folded; see
    /// [`crate::statement::read_text`]).
    pub fn parse(path: &str, source: &str, lang: Lang) -> Document {
        let shim = MarkerShim::new(source);
        let lines = LineIndex::new(source);
        let (mut drafts, mut lists) = collect_drafts(source, &shim);
        let mut notices: Vec<Notice> = drafts
            .iter()
            .filter_map(|d| {
                let notice = d.repaired?;
                Some(notice(lines.position(source, d.span.start).0))
            })
            .collect();
        let ctx = Ctx {
            source,
            lines: &lines,
            lang,
        };
        drop_empty(&mut drafts, &mut lists, &ctx, &mut notices);
        find_title_and_lede(&mut drafts, &mut lists, &ctx, &mut notices);
        promote_headings(&mut drafts);
        join_broken_paragraphs(&mut drafts, &ctx, &mut notices);
        join_continued_lists(&mut drafts, &mut lists, &ctx, &mut notices);
        let (blocks, lists) = finish(drafts, lists, &ctx);
        notices.sort_by_key(Notice::line);
        let ids = blocks
            .iter()
            .enumerate()
            .map(|(i, b)| (b.id.clone(), i))
            .collect();
        Document {
            path: path.to_string(),
            lang,
            blocks,
            lists,
            notices,
            ids,
        }
    }

    /// The index of the block with this id.
    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.ids.get(id).copied()
    }

    /// The block with this id.
    pub fn block(&self, id: &str) -> Option<&Block> {
        self.index_of(id).map(|i| &self.blocks[i])
    }

    /// The text of blocks (by index), joined by spaces.
    pub fn blocks_text(&self, blocks: &[usize]) -> String {
        let texts: Vec<&str> = blocks
            .iter()
            .map(|&b| self.blocks[b].text.as_str())
            .collect();
        texts.join(" ")
    }

    /// The ids of blocks (by index), joined by `sep`.
    pub fn block_ids(&self, blocks: &[usize], sep: &str) -> String {
        let ids: Vec<&str> = blocks.iter().map(|&b| self.blocks[b].id.as_str()).collect();
        ids.join(sep)
    }

    /// The text of sentences, joined by spaces.
    pub fn sentences_text(&self, refs: &[SentenceRef]) -> String {
        let texts: Vec<&str> = refs
            .iter()
            .map(|r| self.blocks[r.block].sentences[r.sentence].text.as_str())
            .collect();
        texts.join(" ")
    }

    /// The ids of sentences, joined by `sep`.
    pub fn sentence_ids(&self, refs: &[SentenceRef], sep: &str) -> String {
        let ids: Vec<&str> = refs
            .iter()
            .map(|r| self.blocks[r.block].sentences[r.sentence].id.as_str())
            .collect();
        ids.join(sep)
    }

    /// Number of sentences in all blocks.
    pub fn sentence_count(&self) -> usize {
        self.blocks.iter().map(|b| b.sentences.len()).sum()
    }
}

// ---------------------------------------------------------------------------------------------
// Arabic-digit and `1-` list markers: rewritten to CommonMark markers before parsing, with a map
// back to the original byte offsets.

/// The source with list markers CommonMark does not know (`١.`, `۱)`, `3-`) rewritten as ASCII
/// `1.` markers, and the edits made, to map offsets back.
struct MarkerShim {
    text: String,
    /// (offset in `text` after which the edit applies, cumulative bytes removed so far).
    edits: Vec<(usize, usize)>,
}

impl MarkerShim {
    fn new(source: &str) -> MarkerShim {
        let mut text = String::with_capacity(source.len());
        let mut edits = Vec::new();
        let mut removed = 0;
        for line in source.split_inclusive('\n') {
            match rewrite_marker(line) {
                Some(new_line) => {
                    removed += line.len() - new_line.len();
                    text.push_str(&new_line);
                    // The marker is at the start of the line; from the end of the rewritten
                    // marker on, offsets shift by `removed`.
                    let marker_end = text.len() - new_line.len() + marker_len(&new_line);
                    edits.push((marker_end, removed));
                }
                None => text.push_str(line),
            }
        }
        MarkerShim { text, edits }
    }

    /// Maps an offset in the rewritten text to the original source.
    fn to_original(&self, pos: usize) -> usize {
        let i = self.edits.partition_point(|&(at, _)| at <= pos);
        if i == 0 {
            return pos;
        }
        let (at, removed) = self.edits[i - 1];
        // Inside a rewritten marker, offsets point at the marker's start in both texts.
        let prev_removed = if i >= 2 { self.edits[i - 2].1 } else { 0 };
        if pos < at {
            pos + prev_removed
        } else {
            pos + removed
        }
    }

    fn range(&self, r: Range<usize>) -> Range<usize> {
        self.to_original(r.start)..self.to_original(r.end)
    }
}

/// Length of the leading `  12.` marker of a rewritten line.
fn marker_len(line: &str) -> usize {
    let spaces = line.len() - line.trim_start_matches(' ').len();
    let digits = line[spaces..]
        .bytes()
        .take_while(u8::is_ascii_digit)
        .count();
    spaces + digits + 1
}

/// `١. foo` → `1. foo`, `۱۲) foo` → `12) foo`, `3- foo` → `3. foo`; `None` when the line has no
/// such marker (ASCII `1.` and `1)` are CommonMark already).
fn rewrite_marker(line: &str) -> Option<String> {
    let spaces = line.len() - line.trim_start_matches(' ').len();
    if spaces > 3 {
        return None;
    }
    let rest = &line[spaces..];
    let digits: String = rest
        .chars()
        .take_while(|&c| digit_value(c).is_some())
        .collect();
    let n = digits.chars().count();
    if n == 0 || n > 9 {
        return None;
    }
    let after = &rest[digits.len()..];
    let delim = after.chars().next()?;
    if !matches!(delim, '.' | ')' | '-') {
        return None;
    }
    let tail = &after[1..];
    if !(tail.is_empty() || tail.starts_with([' ', '\t', '\n'])) {
        return None;
    }
    if digits.is_ascii() && delim != '-' {
        return None;
    }
    let ascii: String = digits
        .chars()
        .filter_map(|c| digit_value(c).and_then(|d| char::from_digit(d, 10)))
        .collect();
    let delim = if delim == '-' { '.' } else { delim };
    Some(format!("{}{}{}{}", &line[..spaces], ascii, delim, tail))
}

// ---------------------------------------------------------------------------------------------
// Positions

/// Byte offset → 1-based line and column (in characters).
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { starts }
    }

    /// 1-based (line, column) of byte `offset` of `text` (the text this index was built on).
    pub fn position(&self, text: &str, offset: usize) -> (usize, usize) {
        let offset = offset.min(text.len());
        let line = self.starts.partition_point(|&s| s <= offset);
        let start = self.starts[line - 1];
        let col = text
            .get(start..offset)
            .map_or(offset - start, |s| s.chars().count());
        (line, col + 1)
    }
}

// ---------------------------------------------------------------------------------------------
// First pass: Markdown events → drafts

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DraftKind {
    Title,
    Lede,
    Heading(u8),
    Paragraph,
    Code,
    Item,
}

/// A plain-text run and where it came from in the source.
#[derive(Debug, Clone, Copy)]
struct Run {
    plain: usize,
    src: usize,
    src_len: usize,
}

#[derive(Debug, Clone)]
struct Draft {
    kind: DraftKind,
    list: Option<usize>,
    /// Byte range in the original source (for an item: from its marker).
    span: Range<usize>,
    text: String,
    runs: Vec<Run>,
    marker: Option<String>,
    strong_chars: usize,
    allow: Vec<String>,
    removed: bool,
    /// Read from what Markdown takes for something else: an indented code block, a raw HTML
    /// block (with the notice to give).
    repaired: Option<fn(usize) -> Notice>,
}

impl Draft {
    fn new(kind: DraftKind, span: Range<usize>) -> Draft {
        Draft {
            kind,
            list: None,
            span,
            text: String::new(),
            runs: Vec::new(),
            marker: None,
            strong_chars: 0,
            allow: Vec::new(),
            removed: false,
            repaired: None,
        }
    }

    /// Pushes text whose lines were stripped of their indentation (an indented code block),
    /// each line at its own place in `source`, line breaks read as spaces.
    fn push_lines(&mut self, text: &str, source: &str, from: usize) {
        let mut cursor = from;
        for (k, line) in text.split('\n').enumerate() {
            if k > 0 && !self.text.is_empty() && !line.is_empty() {
                self.push(" ", cursor..cursor, false);
            }
            if line.is_empty() {
                continue;
            }
            let at = source
                .get(cursor..)
                .and_then(|r| r.find(line))
                .map_or(cursor, |i| cursor + i);
            self.push(line, at..at + line.len(), false);
            cursor = at + line.len();
        }
    }

    fn push(&mut self, text: &str, src: Range<usize>, strong: bool) {
        self.runs.push(Run {
            plain: self.text.len(),
            src: src.start,
            src_len: src.len(),
        });
        self.text.push_str(text);
        if strong {
            self.strong_chars += text.chars().filter(|c| !c.is_whitespace()).count();
        }
    }

    /// Source offset of plain-text offset `p`.
    fn src_of(&self, p: usize) -> usize {
        let i = self.runs.partition_point(|r| r.plain <= p);
        match i.checked_sub(1).map(|i| self.runs[i]) {
            Some(r) => r.src + (p - r.plain).min(r.src_len),
            None => self.span.start,
        }
    }

    /// Removes leading white space and decorations (`▶`; `•` only in a list item, `- • …`) and
    /// trailing white space. A paragraph that starts with `•` keeps it, as CommonMark reads it:
    /// its text must match the file.
    fn trim(&mut self) {
        let paragraph = self.kind == DraftKind::Paragraph;
        let lead: usize = self
            .text
            .chars()
            .take_while(|&c| c.is_whitespace() || is_decoration(c) && !(paragraph && c == '•'))
            .map(char::len_utf8)
            .sum();
        let keep = self.text.trim_end().len().max(lead);
        self.text.truncate(keep);
        if lead > 0 {
            self.text.drain(..lead);
            let mut runs = Vec::with_capacity(self.runs.len());
            for r in &self.runs {
                let end = r.plain + r.src_len.max(1);
                if end <= lead && r.plain < lead {
                    continue;
                }
                let cut = lead.saturating_sub(r.plain);
                runs.push(Run {
                    plain: r.plain.saturating_sub(lead),
                    src: r.src + cut.min(r.src_len),
                    src_len: r.src_len.saturating_sub(cut),
                });
            }
            self.runs = runs;
        }
    }

    fn is_all_strong(&self) -> bool {
        let letters = self.text.chars().filter(|c| !c.is_whitespace()).count();
        letters > 0 && self.strong_chars >= letters
    }
}

fn is_decoration(c: char) -> bool {
    matches!(
        c,
        '▶' | '►' | '▸' | '▹' | '•' | '◆' | '■' | '●' | '➤' | '➢' | '→' | '⇒' | '\u{FE0F}'
    )
}

#[derive(Debug, Clone)]
struct DraftList {
    ordered: bool,
    parent: Option<usize>,
    depth: usize,
    items: Vec<usize>,
    removed: bool,
}

enum Open {
    List(usize),
    Item(usize),
    Block(usize),
    Other,
}

fn collect_drafts(source: &str, shim: &MarkerShim) -> (Vec<Draft>, Vec<DraftList>) {
    let mut drafts: Vec<Draft> = Vec::new();
    let mut lists: Vec<DraftList> = Vec::new();
    let mut open: Vec<Open> = Vec::new();
    let mut pending_allow: Vec<String> = Vec::new();
    let mut strong = 0usize;

    let target = |open: &[Open]| {
        open.iter().rev().find_map(|o| match o {
            Open::Item(i) | Open::Block(i) => Some(*i),
            Open::List(_) => Some(usize::MAX),
            Open::Other => None,
        })
    };

    let parser = Parser::new_ext(&shim.text, Options::empty()).into_offset_iter();
    for (event, range) in parser {
        let span = shim.range(range);
        match event {
            Event::Start(tag) => match tag {
                Tag::Heading { level, .. } => {
                    let mut d = Draft::new(DraftKind::Heading(level as u8), span);
                    d.allow = std::mem::take(&mut pending_allow);
                    drafts.push(d);
                    open.push(Open::Block(drafts.len() - 1));
                }
                Tag::Paragraph => match open.last() {
                    Some(Open::Item(i)) => {
                        let i = *i;
                        if !drafts[i].text.is_empty() {
                            let at = span.start;
                            drafts[i].push(" ", at..at, false);
                        }
                        open.push(Open::Item(i));
                    }
                    _ => {
                        let mut d = Draft::new(DraftKind::Paragraph, span);
                        d.allow = std::mem::take(&mut pending_allow);
                        drafts.push(d);
                        open.push(Open::Block(drafts.len() - 1));
                    }
                },
                Tag::CodeBlock(pulldown_cmark::CodeBlockKind::Indented)
                    if !matches!(open.last(), Some(Open::Item(_))) =>
                {
                    // A paragraph indented by four spaces (a paste from an e-mail) is a
                    // paragraph to a reader.
                    let mut d = Draft::new(DraftKind::Paragraph, span);
                    d.allow = std::mem::take(&mut pending_allow);
                    d.repaired = Some(|line| Notice::IndentedParagraph { line });
                    drafts.push(d);
                    open.push(Open::Block(drafts.len() - 1));
                }
                Tag::CodeBlock(_) => {
                    drafts.push(Draft::new(DraftKind::Code, span));
                    open.push(Open::Block(drafts.len() - 1));
                }
                Tag::HtmlBlock => {
                    // Raw HTML is shown as text, never as markup: a paragraph of its own. A
                    // block of comments only (`<!-- align: allow … -->`) is no text.
                    let mut d = Draft::new(DraftKind::Paragraph, span);
                    d.repaired = Some(|line| Notice::RawHtml { line });
                    drafts.push(d);
                    open.push(Open::Block(drafts.len() - 1));
                }
                Tag::List(start) => {
                    let parent = open.iter().rev().find_map(|o| match o {
                        Open::Item(i) => Some(*i),
                        _ => None,
                    });
                    let depth = open.iter().filter(|o| matches!(o, Open::List(_))).count() + 1;
                    lists.push(DraftList {
                        ordered: start.is_some(),
                        parent,
                        depth,
                        items: Vec::new(),
                        removed: false,
                    });
                    open.push(Open::List(lists.len() - 1));
                }
                Tag::Item => {
                    let list = open.iter().rev().find_map(|o| match o {
                        Open::List(l) => Some(*l),
                        _ => None,
                    });
                    let mut d = Draft::new(DraftKind::Item, span.clone());
                    d.list = list;
                    d.marker = Some(marker_at(source, span.start));
                    d.allow = std::mem::take(&mut pending_allow);
                    drafts.push(d);
                    let i = drafts.len() - 1;
                    if let Some(l) = list {
                        lists[l].items.push(i);
                    }
                    open.push(Open::Item(i));
                }
                Tag::Strong | Tag::Emphasis => {
                    strong += 1;
                    open.push(Open::Other);
                }
                _ => open.push(Open::Other),
            },
            Event::End(end) => {
                if matches!(end, TagEnd::Strong | TagEnd::Emphasis) {
                    strong = strong.saturating_sub(1);
                }
                if let Some(Open::Block(i) | Open::Item(i)) = open.last() {
                    let i = *i;
                    if matches!(end, TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item)
                        || matches!(end, TagEnd::CodeBlock | TagEnd::HtmlBlock)
                    {
                        drafts[i].span.end = drafts[i].span.end.max(span.end);
                    }
                    // An HTML block of comments only leaves no block; its allow directives go
                    // to the next block.
                    if matches!(end, TagEnd::HtmlBlock) && drafts[i].text.trim().is_empty() {
                        let d = drafts.remove(i);
                        pending_allow.extend(d.allow);
                    }
                }
                open.pop();
            }
            Event::Text(t) | Event::Code(t) => {
                let t = t.as_ref();
                match target(&open) {
                    Some(i)
                        if i != usize::MAX
                            && drafts[i].kind == DraftKind::Paragraph
                            && drafts[i].repaired.is_some() =>
                    {
                        drafts[i].push_lines(t, source, span.start);
                    }
                    Some(i) if i != usize::MAX => drafts[i].push(t, span, strong > 0),
                    _ => {
                        // Text directly in a container (not expected in CommonMark): keep it.
                        let mut d = Draft::new(DraftKind::Paragraph, span.clone());
                        d.push(t, span, strong > 0);
                        drafts.push(d);
                    }
                }
            }
            Event::SoftBreak | Event::HardBreak => {
                if let Some(i) = target(&open).filter(|&i| i != usize::MAX) {
                    drafts[i].push(" ", span.start..span.start + 1, strong > 0);
                }
            }
            Event::Html(h) => match open.last() {
                Some(Open::Block(i)) if drafts[*i].repaired.is_some() && !is_comment_only(&h) => {
                    let i = *i;
                    let h = h.trim_end_matches('\n');
                    drafts[i].push_lines(h, source, span.start);
                }
                Some(Open::Block(i)) if drafts[*i].repaired.is_some() => {
                    let i = *i;
                    drafts[i].allow.extend(allow_directives(&h));
                }
                _ => pending_allow.extend(allow_directives(&h)),
            },
            Event::InlineHtml(h) => {
                let ids = allow_directives(&h);
                if let Some(i) = target(&open).filter(|&i| i != usize::MAX) {
                    drafts[i].allow.extend(ids);
                }
            }
            _ => {}
        }
    }
    for d in &mut drafts {
        d.trim();
    }
    (drafts, lists)
}

/// The list marker as written at `offset` (`1.`, `١.`, `-`, `12)`).
fn marker_at(source: &str, offset: usize) -> String {
    source[offset.min(source.len())..]
        .trim_start_matches([' ', '\t'])
        .split(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("")
        .to_string()
}

/// The number of a marker, in any digit script (`١.` → 1, `(3)` → 3).
pub fn marker_number(marker: &str) -> Option<u64> {
    let digits: String = marker
        .chars()
        .filter_map(digit_value)
        .filter_map(|d| char::from_digit(d, 10))
        .collect();
    digits.parse().ok()
}

/// Whether an HTML fragment is only comments and white space.
fn is_comment_only(html: &str) -> bool {
    let mut rest = html.trim();
    while let Some(after) = rest.strip_prefix("<!--") {
        match after.find("-->") {
            Some(end) => rest = after[end + 3..].trim(),
            None => return false,
        }
    }
    rest.is_empty()
}

/// Check ids of an `<!-- align: allow id1 id2 -->` comment (commas allowed).
pub fn allow_directives(html: &str) -> Vec<String> {
    let mut ids = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<!--") {
        let after = &rest[start + 4..];
        let end = after.find("-->").unwrap_or(after.len());
        let body = after[..end].trim();
        if let Some(directive) = body.strip_prefix("align:") {
            let mut words = directive
                .split([' ', ',', '\t', '\n'])
                .filter(|w| !w.is_empty());
            if words.next() == Some("allow") {
                ids.extend(words.map(str::to_string));
            }
        }
        rest = &after[end.min(after.len())..];
    }
    ids
}

// ---------------------------------------------------------------------------------------------
// Repairs

struct Ctx<'a> {
    source: &'a str,
    lines: &'a LineIndex,
    lang: Lang,
}

impl Ctx<'_> {
    fn line(&self, offset: usize) -> usize {
        self.lines.position(self.source, offset).0
    }
}

fn live(drafts: &[Draft]) -> impl Iterator<Item = usize> + '_ {
    drafts
        .iter()
        .enumerate()
        .filter(|(_, d)| !d.removed)
        .map(|(i, _)| i)
}

fn drop_empty(drafts: &mut [Draft], lists: &mut [DraftList], ctx: &Ctx, notices: &mut Vec<Notice>) {
    for d in drafts.iter_mut() {
        if d.text.is_empty() {
            d.removed = true;
            if d.kind == DraftKind::Item {
                notices.push(Notice::EmptyListItem {
                    line: ctx.line(d.span.start),
                });
            }
        }
    }
    prune_lists(drafts, lists);
}

fn prune_lists(drafts: &[Draft], lists: &mut [DraftList]) {
    for l in lists.iter_mut() {
        l.items.retain(|&i| !drafts[i].removed);
        if l.items.is_empty() {
            l.removed = true;
        }
    }
}

fn ends_open(text: &str) -> bool {
    let last = text
        .chars()
        .rev()
        .find(|&c| !is_closing(c) && !crate::text::is_ignorable(c));
    !last.is_some_and(|c| is_sentence_final(c) || matches!(c, ':' | '؛' | ';'))
}

fn find_title_and_lede(
    drafts: &mut [Draft],
    lists: &mut [DraftList],
    ctx: &Ctx,
    notices: &mut Vec<Notice>,
) {
    let order: Vec<usize> = live(drafts).collect();
    let Some(&first) = order.first() else {
        return;
    };
    let d = &drafts[first];
    let single_line = ctx.line(d.span.start) == ctx.line(d.span.end.saturating_sub(1));
    let is_title = match d.kind {
        DraftKind::Heading(_) => true,
        DraftKind::Paragraph => single_line && ends_open(&d.text) && d.text.chars().count() <= 300,
        _ => false,
    };
    if !is_title {
        return;
    }
    drafts[first].kind = DraftKind::Title;
    let mut head = vec![normalize_for_match(&drafts[first].text)];

    if let Some(&next) = order.get(1) {
        let lede = match drafts[next].kind {
            DraftKind::Paragraph => true,
            // A one-item bullet list right under the title (`- ▶ …` on web pages).
            DraftKind::Item => drafts[next].list.is_some_and(|l| {
                !lists[l].ordered && lists[l].items.len() == 1 && lists[l].depth == 1
            }),
            _ => false,
        };
        if lede {
            if let Some(l) = drafts[next].list.take() {
                lists[l].items.clear();
                lists[l].removed = true;
            }
            drafts[next].kind = DraftKind::Lede;
            head.push(normalize_for_match(&drafts[next].text));
        }
    }

    for &i in &order[1..] {
        if drafts[i].kind == DraftKind::Lede {
            continue;
        }
        let norm = normalize_for_match(&drafts[i].text);
        if let Some(which) = head.iter().position(|h| *h == norm) {
            drafts[i].removed = true;
            notices.push(Notice::RepeatedBlock {
                line: ctx.line(drafts[i].span.start),
                of: if which == 0 { "title" } else { "lede" }.to_string(),
            });
        }
    }
    prune_lists(drafts, lists);
}

/// A short line in capitals (`ABOUT STJ`) or all in bold, without final punctuation, reads as
/// a heading.
fn promote_headings(drafts: &mut [Draft]) {
    for d in drafts.iter_mut().filter(|d| !d.removed) {
        if d.kind != DraftKind::Paragraph || !ends_open(&d.text) {
            continue;
        }
        let words = d.text.split_whitespace().count();
        let letters: Vec<char> = d.text.chars().filter(|c| c.is_alphabetic()).collect();
        let caps =
            !letters.is_empty() && letters.iter().all(|c| c.is_uppercase()) && letters.len() >= 3;
        if words <= 8 && (caps || d.is_all_strong()) {
            d.kind = DraftKind::Heading(2);
        }
    }
}

fn continues_sentence(text: &str, lang: Lang) -> bool {
    let Some(first) = text.chars().next() else {
        return false;
    };
    if first.is_lowercase() {
        return true;
    }
    let word = text.split_whitespace().next().unwrap_or("");
    lang.continuation_words.contains(&word)
}

fn join_broken_paragraphs(drafts: &mut [Draft], ctx: &Ctx, notices: &mut Vec<Notice>) {
    let order: Vec<usize> = live(drafts).collect();
    // `a` is the paragraph being extended; it may absorb several continuations in a row.
    let mut a = match order.first() {
        Some(&a) => a,
        None => return,
    };
    for &b in &order[1..] {
        let broken = drafts[a].kind == DraftKind::Paragraph
            && drafts[b].kind == DraftKind::Paragraph
            && ends_open(&drafts[a].text)
            && continues_sentence(&drafts[b].text, ctx.lang);
        if !broken {
            a = b;
            continue;
        }
        notices.push(Notice::BrokenParagraph {
            line: ctx.line(drafts[a].span.end.saturating_sub(1)),
            next_line: ctx.line(drafts[b].span.start),
        });
        let second = std::mem::replace(&mut drafts[b], Draft::new(DraftKind::Paragraph, 0..0));
        drafts[b].removed = true;
        let first = &mut drafts[a];
        let at = second.span.start;
        first.push(" ", at..at, false);
        let base = first.text.len();
        first.text.push_str(&second.text);
        first.runs.extend(second.runs.iter().map(|r| Run {
            plain: r.plain + base,
            ..*r
        }));
        first.strong_chars += second.strong_chars;
        first.allow.extend(second.allow);
        first.span.end = second.span.end;
    }
}

/// Two lists that follow each other with nothing between them, at the same depth, where the
/// second goes on numbering the first (`6.` … blank … ` 7.`), are one list to a reader.
fn join_continued_lists(
    drafts: &mut [Draft],
    lists: &mut [DraftList],
    ctx: &Ctx,
    notices: &mut Vec<Notice>,
) {
    let order: Vec<usize> = live(drafts).collect();
    for w in order.windows(2) {
        let (a, b) = (w[0], w[1]);
        let (Some(la), Some(lb)) = (drafts[a].list, drafts[b].list) else {
            continue;
        };
        if la == lb || lists[lb].items.first() != Some(&b) {
            continue;
        }
        // `a` must be the last item of its list or nested under it.
        let last_a = *lists[la].items.last().unwrap_or(&a);
        let (pa, pb) = (&lists[la], &lists[lb]);
        if pa.ordered != pb.ordered || pa.depth != pb.depth || pa.parent != pb.parent {
            continue;
        }
        let num = |i: usize| drafts[i].marker.as_deref().and_then(marker_number);
        let continues = if pa.ordered {
            matches!((num(last_a), num(b)), (Some(x), Some(y)) if y == x + 1)
        } else {
            true
        };
        if !continues {
            continue;
        }
        let items = std::mem::take(&mut lists[lb].items);
        for &i in &items {
            drafts[i].list = Some(la);
        }
        lists[la].items.extend(items);
        lists[lb].removed = true;
        notices.push(Notice::ListContinued {
            line: ctx.line(drafts[b].span.start),
        });
        // Nested lists of the moved items keep pointing at their parent items: nothing to do.
    }
}

// ---------------------------------------------------------------------------------------------
// Ids, kinds, sentences

fn list_kind(list: &DraftList, drafts: &[Draft], lead_in: Option<&Draft>, lang: Lang) -> ListKind {
    let words = |d: &Draft| d.text.split_whitespace().count();
    let n = list.items.len().max(1);
    let avg_words = list.items.iter().map(|&i| words(&drafts[i])).sum::<usize>() / n;
    // Names are short; demands are sentences.
    let name_like = avg_words < 8;
    if let Some(lead) = lead_in {
        let norm = normalize_for_match(&lead.text);
        let cue = lang.signatory_cues.iter().any(|cue| {
            let cue = normalize_for_match(cue);
            norm.match_indices(&cue).any(|(i, _)| {
                i == 0 || norm[..i].ends_with(|c: char| !c.is_alphanumeric())
                    // Arabic attaches the article: الموقعة.
                    || norm[..i].ends_with("ال")
            })
        });
        // "Signatory organizations:" introduces names; "the undersigned organizations call
        // upon all parties to:" introduces demands, though it names the signatories too.
        if cue && (words(lead) <= 8 || name_like) {
            return ListKind::Signatories;
        }
    }
    if list.ordered && list.depth == 1 && !name_like {
        return ListKind::Demands;
    }
    ListKind::Other
}

fn finish(drafts: Vec<Draft>, lists: Vec<DraftList>, ctx: &Ctx) -> (Vec<Block>, Vec<List>) {
    let order: Vec<usize> = live(&drafts).collect();

    // Number the lists by their first live item, in document order.
    let mut list_no: Vec<Option<usize>> = vec![None; lists.len()];
    let mut out_lists: Vec<List> = Vec::new();
    let mut ids: Vec<String> = vec![String::new(); drafts.len()];
    let (mut h, mut p) = (0, 0);
    let mut kinds: Vec<ListKind> = vec![ListKind::Other; lists.len()];

    for (pos, &i) in order.iter().enumerate() {
        let d = &drafts[i];
        ids[i] = match d.kind {
            DraftKind::Title => "title".to_string(),
            DraftKind::Lede => "lede".to_string(),
            DraftKind::Heading(_) => {
                h += 1;
                format!("h{h}")
            }
            DraftKind::Paragraph | DraftKind::Code => {
                p += 1;
                format!("p{p}")
            }
            DraftKind::Item => {
                let l = d.list.unwrap_or(0);
                let n = match list_no[l] {
                    Some(n) => n,
                    None => {
                        let lead = pos
                            .checked_sub(1)
                            .map(|q| &drafts[order[q]])
                            .filter(|q| q.kind != DraftKind::Item);
                        kinds[l] = list_kind(&lists[l], &drafts, lead, ctx.lang);
                        out_lists.push(List {
                            id: format!("l{}", out_lists.len() + 1),
                            kind: kinds[l],
                            ordered: lists[l].ordered,
                            line: ctx.line(d.span.start),
                            depth: lists[l].depth,
                            items: Vec::new(),
                            parent: None,
                        });
                        list_no[l] = Some(out_lists.len());
                        out_lists.len()
                    }
                };
                let item = out_lists[n - 1].items.len() + 1;
                let id = format!("l{n}.{item}");
                out_lists[n - 1].items.push(id.clone());
                id
            }
        };
    }

    let mut blocks = Vec::with_capacity(order.len());
    for &i in &order {
        let d = &drafts[i];
        let (line, col) = ctx.lines.position(ctx.source, d.span.start);
        // The end without trailing white space: the column after the last character.
        let text_end = d.span.start
            + ctx.source[d.span.start..d.span.end.max(d.span.start)]
                .trim_end()
                .len();
        let (end_line, end_col) = ctx.lines.position(ctx.source, text_end.max(d.span.start));
        let list = d.list.map(|l| {
            let n = list_no[l].unwrap_or(0);
            let parent = lists[l]
                .parent
                .filter(|&pi| !drafts[pi].removed)
                .map(|pi| ids[pi].clone());
            if let Some(out) = out_lists.get_mut(n.wrapping_sub(1)) {
                out.parent.clone_from(&parent);
            }
            let marker = d.marker.clone().unwrap_or_default();
            ListPosition {
                list: n,
                item: ids[i]
                    .rsplit('.')
                    .next()
                    .and_then(|s| s.parse().ok())
                    .unwrap_or(0),
                depth: lists[l].depth,
                parent,
                number: marker_number(&marker),
                marker,
            }
        });
        let kind = match d.kind {
            DraftKind::Title => BlockKind::Title,
            DraftKind::Lede => BlockKind::Lede,
            DraftKind::Heading(_) => BlockKind::Heading,
            DraftKind::Paragraph => BlockKind::Paragraph,
            DraftKind::Code => BlockKind::Code,
            DraftKind::Item => match d.list.map(|l| kinds[l]) {
                Some(ListKind::Demands) => BlockKind::Demand,
                Some(ListKind::Signatories) => BlockKind::Signatory,
                _ => BlockKind::ListItem,
            },
        };
        let sentences = if kind == BlockKind::Code {
            Vec::new()
        } else {
            split_sentences(&d.text, ctx.lang)
                .into_iter()
                .enumerate()
                .map(|(k, r)| {
                    let (line, col) = ctx.lines.position(ctx.source, d.src_of(r.start));
                    Sentence {
                        id: format!("{}.s{}", ids[i], k + 1),
                        text: d.text[r.clone()].to_string(),
                        line,
                        col,
                        range: r,
                    }
                })
                .collect()
        };
        let markdown = match (d.runs.first(), d.runs.last()) {
            (Some(a), Some(b)) => ctx
                .source
                .get(a.src..(b.src + b.src_len).max(a.src))
                .unwrap_or("")
                .trim()
                .to_string(),
            _ => String::new(),
        };
        blocks.push(Block {
            id: ids[i].clone(),
            kind,
            line,
            col,
            end_line,
            end_col,
            text: d.text.clone(),
            markdown,
            heading_level: match d.kind {
                DraftKind::Heading(l) => Some(l),
                DraftKind::Title => Some(1),
                _ => None,
            },
            list,
            sentences,
            allow: d.allow.clone(),
        });
    }
    (blocks, out_lists)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::{AR, CKB, EN};

    fn doc(src: &str) -> Document {
        Document::parse("t.md", src, &EN)
    }

    fn ids(d: &Document) -> Vec<&str> {
        d.blocks.iter().map(|b| b.id.as_str()).collect()
    }

    #[test]
    fn structure_and_ids() {
        let d = doc(
            "# Title\n\nLede here\n\nFirst para. Second sentence.\n\n1. One\n2. Two\n\n- a\n  - nested\n- b\n\n## Sub\n\nLast.\n",
        );
        assert_eq!(
            ids(&d),
            [
                "title", "lede", "p1", "l1.1", "l1.2", "l2.1", "l3.1", "l2.2", "h1", "p2"
            ]
        );
        assert_eq!(d.blocks[2].sentences.len(), 2);
        assert_eq!(d.blocks[2].sentences[1].id, "p1.s2");
        assert_eq!(d.blocks[2].sentences[1].col, 13);
        let nested = &d.blocks[6];
        assert_eq!(
            nested.list.as_ref().unwrap().parent.as_deref(),
            Some("l2.1")
        );
        assert_eq!(nested.list.as_ref().unwrap().depth, 2);
        assert_eq!(d.lists[2].parent.as_deref(), Some("l2.1"));
        assert_eq!((d.blocks[3].line, d.blocks[3].col), (7, 1));
    }

    #[test]
    fn markup_is_stripped_from_text_and_kept_in_markdown() {
        let d = doc("# T\n\nL\n\nA **bold** and [link](http://x.org) `code`.\n");
        assert_eq!(d.blocks[2].text, "A bold and link code.");
        assert_eq!(
            d.blocks[2].markdown,
            "A **bold** and [link](http://x.org) `code`."
        );
    }

    #[test]
    fn arabic_digit_list_markers_make_a_list() {
        let src = "# عنوان\n\nمقدمة\n\nتدعو المنظمات إلى:\n\n١. وقف إطلاق النار فوراً في جميع المناطق التي تشهد اشتباكات الآن.\n٢. حماية المدنيين جميعاً دون تمييز من قبل جميع الأطراف المعنية.\n١٠- عودة النازحين قسراً إلى بيوتهم بشكل آمن وكريم وطوعي تماماً.\n";
        let d = Document::parse("ar.md", src, &AR);
        let items: Vec<_> = d.blocks.iter().filter(|b| b.kind.is_list_item()).collect();
        assert_eq!(items.len(), 3, "{:?}", ids(&d));
        assert_eq!(items[0].list.as_ref().unwrap().marker, "١.");
        assert_eq!(items[0].list.as_ref().unwrap().number, Some(1));
        assert_eq!(items[2].list.as_ref().unwrap().number, Some(10));
        assert!(items[0].text.starts_with("وقف"));
        assert_eq!((items[1].line, items[1].col), (8, 1));
        assert_eq!(items[1].sentences[0].col, 4);
        assert_eq!(items[0].kind, BlockKind::Demand);
        // Extended Arabic-Indic digits (Sorani, Persian keyboards) too.
        let d = Document::parse("ckb.md", "# س\n\nپ\n\n۱. یەک\n۲. دوو\n", &CKB);
        assert_eq!(d.lists.len(), 1);
        assert_eq!(d.lists[0].items.len(), 2);
    }

    #[test]
    fn look_alike_a_year_at_line_start_inside_a_paragraph_is_not_a_list() {
        let d = doc("# T\n\nL\n\nThe war began in\n2011. It has not ended.\n");
        assert!(d.lists.is_empty());
        assert_eq!(d.blocks[2].sentences.len(), 2);
    }

    #[test]
    fn signatory_list_by_its_lead_in() {
        let d = doc("# T\n\nL\n\nSignatory organizations:\n\n1. Dawlaty\n2. STJ\n");
        assert_eq!(d.lists[0].kind, ListKind::Signatories);
        assert_eq!(d.blocks[3].kind, BlockKind::Signatory);
        // Look-alike: a short list without a signatory lead-in is just a list.
        let d = doc("# T\n\nL\n\nParticipants:\n\n1. Dawlaty\n2. STJ\n");
        assert_eq!(d.lists[0].kind, ListKind::Other);
        let d = Document::parse("ar.md", "# ع\n\nم\n\nالمنظمات الموقّعة:\n\n1. دولتي\n", &AR);
        assert_eq!(d.lists[0].kind, ListKind::Signatories);
        // Look-alike: a long lead-in that mentions the undersigned introduces demands.
        let d = Document::parse(
            "ar.md",
            "# ع\n\nم\n\nوعليه، تدعو المنظمات السورية الموقعة على هذا البيان جميع الأطراف إلى:\n\n1. ضمان وقف فوري وغير مشروط لإطلاق النار من قبل جميع الأطراف.\n2. الامتثال لاتفاق 1 نيسان/أبريل 2025 وأحكامه المتعلقة بحماية المدنيين.\n",
            &AR,
        );
        assert_eq!(d.lists[0].kind, ListKind::Demands);
    }

    #[test]
    fn allow_comments_attach_to_their_block() {
        let d = doc(
            "# T\n\nL\n\nA 1. <!-- align: allow number-mismatch -->\n\n<!-- align: allow date-mismatch, term-mismatch -->\nB.\n",
        );
        assert_eq!(d.blocks[2].allow, ["number-mismatch"]);
        assert_eq!(d.blocks[3].allow, ["date-mismatch", "term-mismatch"]);
        assert_eq!(allow_directives("<!-- not ours -->"), Vec::<String>::new());
    }

    #[test]
    fn crlf_free_positions_count_characters() {
        let d = Document::parse("ar.md", "# ع\n\nم\n\nحلب مدينة. دمشق مدينة.\n", &AR);
        assert_eq!(d.blocks[2].sentences[1].col, 12);
    }

    #[test]
    fn broken_paragraph_is_joined_with_a_warning() {
        let d =
            doc("# T\n\nL\n\nAs events in the Syrian coast\n\nand in Suwayda have shown. More.\n");
        assert_eq!(ids(&d), ["title", "lede", "p1"]);
        assert!(d.blocks[2].text.contains("coast and in Suwayda"));
        assert_eq!(
            d.notices,
            [Notice::BrokenParagraph {
                line: 5,
                next_line: 7
            }]
        );
        // Look-alike: a paragraph ending with a colon before a capitalised one is not broken.
        let d = doc("# T\n\nL\n\nThey call on all parties to:\n\nEnsure a ceasefire.\n");
        assert!(d.notices.is_empty());
        assert_eq!(d.blocks.len(), 4);
    }
}
