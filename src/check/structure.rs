//! Structure: what is missing, added or moved, lists whose counts or numbering differ, empty
//! segments, and the translation's own segmentation warnings.
//!
//! Ids: `missing-segment`, `extra-segment`, `moved-segment`, `restructured`, `list-count`,
//! `list-numbering`, `empty-segment`, `broken-paragraph`.

use std::collections::BTreeMap;

use super::{Finding, Location, Pair, detail};
use crate::align::statement::BlockBead;
use crate::document::{Document, ListKind, Notice};

pub(super) fn run(pair: &Pair, out: &mut Vec<Finding>) {
    missing_extra_moved(pair, out);
    list_count(pair, out);
    list_numbering(pair.target, pair, out);
    empty_segments(pair, out);
    notices(pair, out);
}

/// For each bead, the last target block of the beads before it and the first target block of
/// the beads after it: where, in the translation, a bead's missing content belongs. Computed
/// once in two passes (a file with many missing blocks stays linear).
struct Neighbours {
    before: Vec<Option<usize>>,
    after: Vec<Option<usize>>,
}

impl Neighbours {
    fn new(beads: &[BlockBead]) -> Neighbours {
        let n = beads.len();
        let mut before = vec![None; n];
        let mut after = vec![None; n];
        let mut last = None;
        for k in 0..n {
            before[k] = last;
            if let Some(&j) = beads[k].tgt.last() {
                last = Some(j);
            }
        }
        let mut first = None;
        for k in (0..n).rev() {
            after[k] = first;
            if let Some(&j) = beads[k].tgt.first() {
                first = Some(j);
            }
        }
        Neighbours { before, after }
    }

    /// Where, in the translation, the content of bead `k` belongs: the line of the next target
    /// block, else the line after the last one before it, else the first line.
    fn insertion_point(&self, pair: &Pair, k: usize) -> Location {
        let t = pair.target;
        let line = match (self.before[k], self.after[k]) {
            (_, Some(j)) => t.blocks[j].line,
            (Some(j), None) => t.blocks[j].end_line + 1,
            (None, None) => 1,
        };
        Location {
            path: t.path.clone(),
            line,
            segment: None,
            text: None,
            span: None,
        }
    }
}

fn missing_extra_moved(pair: &Pair, out: &mut Vec<Finding>) {
    let beads = &pair.alignment.blocks;
    let around = Neighbours::new(beads);
    for (k, b) in beads.iter().enumerate() {
        if b.is_omission() {
            if let Some(other) = b.moved {
                let to = &beads[other];
                let mut f = pair.finding(
                    "moved-segment",
                    Some(pair.src_block(b.src[0])),
                    Some(pair.tgt_block(to.tgt[0])),
                );
                detail(&mut f, "kind", pair.source.blocks[b.src[0]].kind.as_str());
                renumbered(pair, b.src[0], &mut f);
                out.push(f);
                continue;
            }
            for &i in &b.src {
                let mut f = pair.finding(
                    "missing-segment",
                    Some(pair.src_block(i)),
                    Some(around.insertion_point(pair, k)),
                );
                let before = around.before[k];
                detail(&mut f, "kind", pair.source.blocks[i].kind.as_str());
                detail(
                    &mut f,
                    "after",
                    before.map(|j| pair.target.blocks[j].id.clone()),
                );
                out.push(f);
            }
        } else if b.is_insertion() {
            if b.moved.is_some() {
                continue;
            }
            for &j in &b.tgt {
                let mut f = pair.finding("extra-segment", None, Some(pair.tgt_block(j)));
                detail(&mut f, "kind", pair.target.blocks[j].kind.as_str());
                out.push(f);
            }
        } else {
            // Two blocks in each other's place: report the move once, at the first.
            if let Some(other) = b.moved
                && other > k
            {
                let mut f = pair.finding(
                    "moved-segment",
                    Some(pair.src_block(b.src[0])),
                    Some(pair.tgt_block(b.tgt[0])),
                );
                detail(&mut f, "kind", pair.source.blocks[b.src[0]].kind.as_str());
                renumbered(pair, b.src[0], &mut f);
                out.push(f);
            }
            if b.src.len() != b.tgt.len() {
                restructured(pair, b, out);
            }
            sentences(pair, b, out);
        }
    }
}

/// Paragraphs the translation merges or splits: harmless, said once as a note (every content
/// check still compares the merged pair as a whole).
fn restructured(pair: &Pair, b: &BlockBead, out: &mut Vec<Finding>) {
    let mut f = pair.finding(
        "restructured",
        Some(pair.src_block(b.src[0])),
        Some(pair.tgt_block(b.tgt[0])),
    );
    detail(
        &mut f,
        "change",
        if b.src.len() > b.tgt.len() {
            "merged"
        } else {
            "split"
        },
    );
    detail(
        &mut f,
        "source_segments",
        b.src
            .iter()
            .map(|&i| pair.source.blocks[i].id.clone())
            .collect::<Vec<_>>(),
    );
    detail(
        &mut f,
        "target_segments",
        b.tgt
            .iter()
            .map(|&j| pair.target.blocks[j].id.clone())
            .collect::<Vec<_>>(),
    );
    out.push(f);
}

/// A numbered list item in another place says something else: demand 2 of the source is
/// demand 3 of the translation, and whoever cites "demand 3" cites another demand. Such a move
/// is an error, not a warning.
fn renumbered(pair: &Pair, i: usize, f: &mut Finding) {
    if pair.source.blocks[i]
        .list
        .as_ref()
        .is_some_and(|p| p.number.is_some())
    {
        f.severity = super::Severity::Error;
        detail(f, "numbered", true);
    }
}

/// Sentences left out or added inside an aligned block pair.
fn sentences(pair: &Pair, b: &BlockBead, out: &mut Vec<Finding>) {
    for (k, s) in b.sentences.iter().enumerate() {
        if s.tgt.is_empty() {
            for &r in &s.src {
                // Where it belongs: before the next target sentence of this block pair.
                let next = b.sentences[k + 1..]
                    .iter()
                    .find_map(|x| x.tgt.first().copied());
                let prev = b.sentences[..k]
                    .iter()
                    .rev()
                    .find_map(|x| x.tgt.last().copied());
                let at = next.or(prev).map(|t| pair.tgt_sentence(t)).map(|mut l| {
                    l.segment = None;
                    l.text = None;
                    l
                });
                let mut f = pair.finding("missing-segment", Some(pair.src_sentence(r)), at);
                detail(&mut f, "kind", "sentence");
                detail(
                    &mut f,
                    "after",
                    prev.map(|t| pair.target.blocks[t.block].sentences[t.sentence].id.clone()),
                );
                out.push(f);
            }
        } else if s.src.is_empty() {
            for &r in &s.tgt {
                let mut f = pair.finding("extra-segment", None, Some(pair.tgt_sentence(r)));
                detail(&mut f, "kind", "sentence");
                out.push(f);
            }
        }
    }
}

/// Lists whose item counts differ. A source list is matched to the target list that holds the
/// translations of most of its items.
fn list_count(pair: &Pair, out: &mut Vec<Finding>) {
    let (s, t) = (pair.source, pair.target);
    let ix = pair.alignment.index(s.blocks.len(), t.blocks.len());
    for list in s.lists.iter().filter(|l| l.depth == 1) {
        let items: Vec<usize> = list.items.iter().filter_map(|id| s.index_of(id)).collect();
        let mut votes: BTreeMap<usize, usize> = BTreeMap::new();
        for &i in &items {
            if let Some(bead) = ix.source[i].map(|k| &pair.alignment.blocks[k]) {
                for &j in &bead.tgt {
                    if let Some(p) = &t.blocks[j].list {
                        *votes.entry(p.list).or_insert(0) += 1;
                    }
                }
            }
        }
        let target_list = votes.iter().max_by_key(|(_, n)| **n).map(|(l, _)| *l);
        let (count, tloc) = match target_list {
            Some(n) => {
                let tl = &t.lists[n - 1];
                let first = t.index_of(&tl.items[0]).unwrap_or(0);
                (tl.items.len(), Some(pair.tgt_block(first)))
            }
            None => (0, None),
        };
        if count != list.items.len() {
            let mut sloc = pair.src_block(items.first().copied().unwrap_or(0));
            sloc.segment = Some(list.id.clone());
            let mut tloc = tloc;
            if let (Some(l), Some(n)) = (tloc.as_mut(), target_list) {
                l.segment = Some(t.lists[n - 1].id.clone());
            }
            let mut f = pair.finding("list-count", Some(sloc), tloc);
            detail(&mut f, "list", list.id.clone());
            detail(
                &mut f,
                "kind",
                match list.kind {
                    ListKind::Demands => "demands",
                    ListKind::Signatories => "signatories",
                    ListKind::Other => "list",
                },
            );
            detail(&mut f, "source_items", list.items.len());
            detail(&mut f, "target_items", count);
            out.push(f);
        }
    }
}

/// Ordered lists whose numbers skip or repeat (`1.`, `١.`, `۱.` count alike).
pub(super) fn list_numbering(d: &Document, pair: &Pair, out: &mut Vec<Finding>) {
    for f in numbering_findings(d) {
        let mut finding = pair.finding("list-numbering", None, Some(Pair::block_loc(d, f.0)));
        detail(&mut finding, "expected", f.1);
        detail(&mut finding, "found", f.2);
        out.push(finding);
    }
}

/// (block index, expected number, found number) for every out-of-sequence item.
pub(super) fn numbering_findings(d: &Document) -> Vec<(usize, u64, u64)> {
    let mut out = Vec::new();
    for list in d.lists.iter().filter(|l| l.ordered) {
        let mut expected: Option<u64> = None;
        for id in &list.items {
            let Some(i) = d.index_of(id) else {
                continue;
            };
            let Some(n) = d.blocks[i].list.as_ref().and_then(|p| p.number) else {
                continue;
            };
            if let Some(e) = expected
                && n != e
            {
                out.push((i, e, n));
            }
            expected = Some(n + 1);
        }
    }
    out
}

/// Target segments with no text: a list marker with nothing after it, or only punctuation.
fn empty_segments(pair: &Pair, out: &mut Vec<Finding>) {
    let t = pair.target;
    let ix = pair
        .alignment
        .index(pair.source.blocks.len(), t.blocks.len());
    for n in &t.notices {
        if let Notice::EmptyListItem { line } = n {
            let f = pair.finding(
                "empty-segment",
                None,
                Some(Location {
                    path: t.path.clone(),
                    line: *line,
                    segment: None,
                    text: Some(String::new()),
                    span: None,
                }),
            );
            out.push(f);
        }
    }
    for (j, b) in t.blocks.iter().enumerate() {
        if !b.text.chars().any(char::is_alphanumeric) {
            let source = ix.target[j]
                .map(|k| &pair.alignment.blocks[k])
                .and_then(|bead| bead.src.first().copied())
                .map(|i| pair.src_block(i));
            out.push(pair.finding("empty-segment", source, Some(pair.tgt_block(j))));
        }
    }
}

/// The translation's segmentation warnings (a paragraph broken mid-sentence).
fn notices(pair: &Pair, out: &mut Vec<Finding>) {
    for n in &pair.target.notices {
        if let Notice::BrokenParagraph { line, next_line } = n {
            let mut f = pair.finding(
                "broken-paragraph",
                None,
                Some(Location {
                    path: pair.target.path.clone(),
                    line: *line,
                    segment: None,
                    text: None,
                    span: None,
                }),
            );
            detail(&mut f, "next_line", *next_line);
            out.push(f);
        }
    }
}
