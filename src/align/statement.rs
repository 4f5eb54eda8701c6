//! Aligning two language versions of a statement: blocks first, then sentences inside each
//! aligned block pair.
//!
//! Block alignment uses the block kinds and list-item numbers as structure (a demand aligns
//! with a demand, item 3 with item 3), so that it is nearly always right; sentence alignment
//! then runs inside each block pair, where little can go wrong.
//!
//! The engine is monotone, so two swapped blocks come out as one omission and one insertion;
//! here such a pair is recognised as a **move** when the omitted and the inserted block are
//! clearly each other's translation (their lengths fit and they share anchors), and both beads
//! point at each other through `moved`.

use serde::Serialize;

use super::coverage::{self, Evidence, LengthModel, Vocab};
use super::features::{AnchorStrings, Unit, anchor_strings};
use super::{Bead, Options, Side, align, align_units};
use crate::document::{BlockKind, Document};

/// A block bead: consecutive source blocks rendered by consecutive target blocks.
#[derive(Debug, Clone, Serialize)]
pub struct BlockBead {
    /// Indices into the source document's blocks.
    pub src: Vec<usize>,
    /// Indices into the target document's blocks.
    pub tgt: Vec<usize>,
    pub confidence: f32,
    /// For an omission or an insertion recognised as half of a move: the index (in
    /// [`Alignment::blocks`]) of the other half.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub moved: Option<usize>,
    /// Sentence beads inside the block pair (sentences numbered across the bead's blocks in
    /// order, see [`SentenceRef`]).
    pub sentences: Vec<SentenceBead>,
}

impl BlockBead {
    pub fn is_omission(&self) -> bool {
        self.tgt.is_empty()
    }
    pub fn is_insertion(&self) -> bool {
        self.src.is_empty()
    }
    /// `"1-1"`, `"2-1"`, `"1-0"` …
    pub fn kind(&self) -> String {
        format!("{}-{}", self.src.len(), self.tgt.len())
    }
}

pub use crate::document::SentenceRef;

/// A sentence bead.
#[derive(Debug, Clone, Serialize)]
pub struct SentenceBead {
    pub src: Vec<SentenceRef>,
    pub tgt: Vec<SentenceRef>,
    pub confidence: f32,
}

/// How a translation renders its source, block by block and sentence by sentence.
#[derive(Debug, Clone, Serialize)]
pub struct Alignment {
    pub blocks: Vec<BlockBead>,
    /// How long this translation runs against its source: the checks of coverage and length
    /// measure against it.
    #[serde(skip)]
    pub length: LengthModel,
    /// Which bead holds each block, built at the first lookup ([`Alignment::for_source`]); the
    /// beads are final by then.
    #[serde(skip)]
    pub lookup: std::sync::OnceLock<BeadIndex>,
}

/// For each source and target block, the index of the bead that holds it: built once, for
/// callers that look up many blocks ([`Alignment::for_source`] scans).
#[derive(Debug, Clone, Default)]
pub struct BeadIndex {
    pub source: Vec<Option<usize>>,
    pub target: Vec<Option<usize>>,
}

impl Alignment {
    /// The index of every block's bead (`n_source`, `n_target`: the documents' block counts).
    pub fn index(&self, n_source: usize, n_target: usize) -> BeadIndex {
        let mut ix = BeadIndex {
            source: vec![None; n_source],
            target: vec![None; n_target],
        };
        for (k, b) in self.blocks.iter().enumerate() {
            for &i in &b.src {
                if let Some(x) = ix.source.get_mut(i) {
                    *x = Some(k);
                }
            }
            for &j in &b.tgt {
                if let Some(x) = ix.target.get_mut(j) {
                    *x = Some(k);
                }
            }
        }
        ix
    }

    fn lookup(&self) -> &BeadIndex {
        self.lookup.get_or_init(|| {
            let n = |f: fn(&BlockBead) -> &Vec<usize>| {
                self.blocks
                    .iter()
                    .filter_map(|b| f(b).iter().max().copied())
                    .max()
                    .map_or(0, |m| m + 1)
            };
            self.index(n(|b| &b.src), n(|b| &b.tgt))
        })
    }

    /// The bead that holds source block `i`.
    pub fn for_source(&self, i: usize) -> Option<&BlockBead> {
        let k = (*self.lookup().source.get(i)?)?;
        self.blocks.get(k)
    }

    /// The bead that holds target block `j`.
    pub fn for_target(&self, j: usize) -> Option<&BlockBead> {
        let k = (*self.lookup().target.get(j)?)?;
        self.blocks.get(k)
    }
}

/// Structural class of a block kind for the aligner (0 = none).
pub(super) fn class(kind: BlockKind) -> u8 {
    match kind {
        BlockKind::Title => 1,
        // A lede is the first paragraph: a translation that merges it into the next one, or
        // whose own first paragraph is taken for its lede, still aligns paragraph with
        // paragraph.
        BlockKind::Lede => 4,
        BlockKind::Heading => 3,
        BlockKind::Paragraph => 4,
        BlockKind::Demand => 5,
        BlockKind::Signatory => 6,
        BlockKind::ListItem => 7,
        BlockKind::Code => 8,
    }
}

/// A document's anchors, block by block and sentence by sentence, computed once and reused for
/// every translation the document is aligned with (a source is aligned with each of its
/// translations).
#[derive(Debug, Clone)]
pub struct Prepared {
    pub(super) blocks: Vec<AnchorStrings>,
    sentences: Vec<Vec<AnchorStrings>>,
}

impl Prepared {
    pub fn new(d: &Document) -> Prepared {
        Prepared {
            blocks: d
                .blocks
                .iter()
                .map(|b| anchor_strings(&b.text, d.lang))
                .collect(),
            sentences: d
                .blocks
                .iter()
                .map(|b| {
                    if b.sentences.len() > 1 {
                        b.sentences
                            .iter()
                            .map(|s| anchor_strings(&s.text, d.lang))
                            .collect()
                    } else {
                        Vec::new()
                    }
                })
                .collect(),
        }
    }
}

impl Prepared {
    /// The anchors of a sentence (a block with one sentence has its block's).
    pub(super) fn sentence(&self, r: &SentenceRef) -> &AnchorStrings {
        self.sentences[r.block]
            .get(r.sentence)
            .unwrap_or(&self.blocks[r.block])
    }
}

/// Aligns `target` to `source`.
pub fn align_documents(source: &Document, target: &Document) -> Alignment {
    align_prepared(
        source,
        &Prepared::new(source),
        target,
        &Prepared::new(target),
    )
}

/// [`align_documents`] with both documents' anchors already computed.
pub fn align_prepared(
    source: &Document,
    sp: &Prepared,
    target: &Document,
    tp: &Prepared,
) -> Alignment {
    align_pinned(source, sp, target, tp, &[])
}

/// [`align_prepared`] with pins: block beads the alignment must contain (resolved by
/// [`crate::pins::resolve`]). Everything else, the sentences inside the pinned beads and the
/// verification of every merge, is as without them.
pub fn align_pinned(
    source: &Document,
    sp: &Prepared,
    target: &Document,
    tp: &Prepared,
    pins: &[(std::ops::Range<usize>, std::ops::Range<usize>)],
) -> Alignment {
    let first = align_pass(source, sp, target, tp, pins);
    // A word table learned from this document's own sentence pairs (Hunalign's idea, at the
    // scale of one statement): each target word also carries the source word it translates,
    // so that sentences and blocks that share no word written alike (English and Arabic) still
    // show what they share. With it, the second pass tells which of two sentences of similar
    // length a translation left out.
    let pairs: Vec<(&AnchorStrings, &AnchorStrings)> = first
        .blocks
        .iter()
        .filter(|b| b.src.len() == 1 && b.tgt.len() == 1)
        .flat_map(|b| b.sentences.iter())
        .filter(|s| s.src.len() == 1 && s.tgt.len() == 1)
        .map(|s| (sp.sentence(&s.src[0]), tp.sentence(&s.tgt[0])))
        .collect();
    match super::lexicon::learn_words(&pairs, MIN_LEXICON_PAIRS) {
        Some(table) => align_pass(source, sp, target, &tp.translated(&table), pins),
        None => first,
    }
}

/// Fewest sentence pairs a document must have for a word table to be learned from it.
const MIN_LEXICON_PAIRS: usize = 20;

impl Prepared {
    /// These anchors with, for every word a table translates, the source word as well.
    fn translated(&self, table: &std::collections::HashMap<String, String>) -> Prepared {
        let add = |a: &AnchorStrings| {
            let mut out = a.clone();
            for (kind, text) in a {
                if *kind == super::features::AnchorKind::Word
                    && let Some(src) = table.get(text)
                {
                    out.push((*kind, src.clone()));
                }
            }
            out
        };
        Prepared {
            blocks: self.blocks.iter().map(add).collect(),
            sentences: self
                .sentences
                .iter()
                .map(|v| v.iter().map(add).collect())
                .collect(),
        }
    }
}

/// One pass of [`align_prepared`]: blocks, then sentences, then coverage.
fn align_pass(
    source: &Document,
    sp: &Prepared,
    target: &Document,
    tp: &Prepared,
    pins: &[(std::ops::Range<usize>, std::ops::Range<usize>)],
) -> Alignment {
    // Blocks: structure (kinds, list numbers) carries much of the alignment — translators do
    // not merge or split list items, and merge whole paragraphs far less often than sentences,
    // so merges cost more than in bitext and a dropped paragraph comes out as an omission
    // rather than hidden in a merge. Headings and titles are short, so their lengths may
    // deviate more; a block much shorter than its source still pairs with it (the length and
    // missing-sentence checks say what it lacks).
    let block_opts = Options {
        short_variance: 144.0,
        max_length_cost: Some(8.0),
        structure_weight: 3.0,
        prior_scale: 2.0,
        merge_scale: 1.5,
        many_to_many: false,
        exact_groups: true,
        pins: pins.to_vec(),
        ..Options::default()
    };
    // Sentences inside a block pair: translators do merge and split sentences, but a sentence
    // left out must not hide in a merge either.
    let opts = Options {
        prior_scale: 2.0,
        exact_groups: true,
        ..Options::default()
    };
    fn texts(d: &Document) -> Vec<&str> {
        d.blocks.iter().map(|b| b.text.as_str()).collect()
    }
    let classes = |d: &Document| {
        d.blocks
            .iter()
            .map(|b| {
                let number = b.list.as_ref().and_then(|p| p.number).map(|n| n as u32);
                (class(b.kind), number)
            })
            .collect::<Vec<_>>()
    };
    let (ts, tt) = (texts(source), texts(target));
    let (cs, ct) = (classes(source), classes(target));
    let (sa, ta): (Vec<&AnchorStrings>, Vec<&AnchorStrings>) =
        (sp.blocks.iter().collect(), tp.blocks.iter().collect());
    let aligned = align_units(
        Side {
            texts: &ts,
            lang: source.lang,
            classes: Some(&cs),
            anchors: Some(&sa),
        },
        Side {
            texts: &tt,
            lang: target.lang,
            classes: Some(&ct),
            anchors: Some(&ta),
        },
        &block_opts,
    );
    let beads = &aligned.beads;
    // The document's length ratio, from its paired blocks, for the sentences inside them.
    let (mut ls, mut lt) = (0usize, 0usize);
    for b in beads
        .iter()
        .filter(|b| !b.src.is_empty() && !b.tgt.is_empty())
    {
        ls += b
            .src
            .clone()
            .map(|i| crate::text::char_len(ts[i]))
            .sum::<usize>();
        lt += b
            .tgt
            .clone()
            .map(|j| crate::text::char_len(tt[j]))
            .sum::<usize>();
    }
    let opts = Options {
        ratio: (ls > 0 && lt > 0).then(|| lt as f32 / ls as f32),
        ..opts
    };
    let ctx = Ctx {
        source,
        sp,
        target,
        tp,
        opts: &opts,
    };
    let mut blocks: Vec<BlockBead> = beads
        .iter()
        .map(|b| BlockBead {
            src: b.src.clone().collect(),
            tgt: b.tgt.clone().collect(),
            // A pinned pair is as sure as the translator who pinned it.
            confidence: if pins.iter().any(|(s, t)| *s == b.src && *t == b.tgt) {
                1.0
            } else {
                b.confidence
            },
            moved: None,
            sentences: align_sentences(&ctx, b),
        })
        .collect();
    let vocab = Vocab::new(tp);
    let length = length_model(&ctx, &blocks, &vocab);
    verify(&ctx, &mut blocks, &length, &vocab);
    let units = (
        aligned.source_units.as_slice(),
        aligned.target_units.as_slice(),
    );
    find_moves(&ctx, &mut blocks, units);
    find_swaps(&ctx, &mut blocks, units);
    Alignment {
        blocks,
        length,
        lookup: Default::default(),
    }
}

/// The document's length model, from the sentence pairs of its 1-1 block pairs.
fn length_model(ctx: &Ctx, blocks: &[BlockBead], vocab: &Vocab) -> LengthModel {
    let (source, target) = (ctx.source, ctx.target);
    let (mut found, mut total) = (0.0, 0.0);
    let len = |d: &Document, r: &SentenceRef| {
        crate::text::char_len(&d.blocks[r.block].sentences[r.sentence].text) as f32
    };
    let mut pairs = Vec::new();
    let (mut ts, mut tt) = (0.0, 0.0);
    for b in blocks
        .iter()
        .filter(|b| b.src.len() == 1 && b.tgt.len() == 1)
    {
        ts += crate::text::char_len(&source.blocks[b.src[0]].text) as f32;
        tt += crate::text::char_len(&target.blocks[b.tgt[0]].text) as f32;
        for s in b
            .sentences
            .iter()
            .filter(|s| s.src.len() == 1 && s.tgt.len() == 1)
        {
            pairs.push((len(source, &s.src[0]), len(target, &s.tgt[0])));
            let (f, t) = coverage::keep_counts(
                ctx.sp.sentence(&s.src[0]),
                ctx.tp.sentence(&s.tgt[0]),
                vocab,
            );
            found += f;
            total += t;
        }
    }
    LengthModel::estimate(&pairs, (ts, tt)).with_keep(found, total)
}

/// Verifies every bead's coverage (see [`coverage`]): a block or sentence that a merge does not
/// really render is split off as an omission.
fn verify(ctx: &Ctx, blocks: &mut Vec<BlockBead>, model: &LengthModel, vocab: &Vocab) {
    let ev = Evidence {
        source: ctx.source,
        sp: ctx.sp,
        target: ctx.target,
        tp: ctx.tp,
        model,
        vocab,
    };
    let mut k = 0;
    while k < blocks.len() {
        let Some(i) = coverage::missing_block(&blocks[k], &ev) else {
            k += 1;
            continue;
        };
        let b = blocks[k].clone();
        let part = b.src[i];
        let rest: Vec<usize> = b.src.iter().copied().filter(|&x| x != part).collect();
        let bead = Bead {
            src: rest[0]..rest[rest.len() - 1] + 1,
            tgt: b.tgt[0]..b.tgt[b.tgt.len() - 1] + 1,
            cost: 0.0,
            confidence: b.confidence,
        };
        let kept = BlockBead {
            src: rest,
            tgt: b.tgt.clone(),
            confidence: b.confidence,
            moved: None,
            sentences: align_sentences(ctx, &bead),
        };
        let omitted = BlockBead {
            src: vec![part],
            tgt: vec![],
            confidence: 0.5,
            moved: None,
            sentences: align_sentences(
                ctx,
                &Bead {
                    src: part..part + 1,
                    tgt: 0..0,
                    cost: 0.0,
                    confidence: 0.5,
                },
            ),
        };
        if i == 0 {
            blocks.splice(k..=k, [omitted, kept]);
        } else {
            blocks.splice(k..=k, [kept, omitted]);
        }
    }
    // An omitted block next to a pair whose translation renders it rather than its own
    // source block (a dropped demand before a renumbered one).
    for k in coverage::reattribute_blocks(blocks, &ev) {
        let b = &blocks[k];
        let bead = Bead {
            src: b.src[0]..b.src[0] + 1,
            tgt: b.tgt.first().map_or(0..0, |&j| j..j + 1),
            cost: 0.0,
            confidence: b.confidence,
        };
        blocks[k].sentences = align_sentences(ctx, &bead);
    }
    // Omitted blocks that a neighbour renders after all (its translation too long without
    // them): a merge, not an omission.
    let mut k = 0;
    while k < blocks.len() {
        let Some(before) = coverage::omitted_block_joins(blocks, k, &ev) else {
            k += 1;
            continue;
        };
        let part = blocks[k].src[0];
        let n = if before { k - 1 } else { k + 1 };
        let mut b = blocks[n].clone();
        if before {
            b.src.push(part);
        } else {
            b.src.insert(0, part);
        }
        let bead = Bead {
            src: b.src[0]..b.src[b.src.len() - 1] + 1,
            tgt: b.tgt[0]..b.tgt[b.tgt.len() - 1] + 1,
            cost: 0.0,
            confidence: b.confidence,
        };
        b.sentences = align_sentences(ctx, &bead);
        blocks[n] = b;
        blocks.remove(k);
    }
    for b in blocks.iter_mut() {
        coverage::verify_sentences(&mut b.sentences, &ev);
        coverage::reattribute_sentences(&mut b.sentences, &ev);
    }
}

/// What sentence alignment inside block pairs needs.
struct Ctx<'a> {
    source: &'a Document,
    sp: &'a Prepared,
    target: &'a Document,
    tp: &'a Prepared,
    opts: &'a Options,
}

fn align_sentences(ctx: &Ctx, bead: &Bead) -> Vec<SentenceBead> {
    let (source, target) = (ctx.source, ctx.target);
    let refs = |d: &Document, blocks: std::ops::Range<usize>| {
        blocks
            .flat_map(|i| {
                (0..d.blocks[i].sentences.len()).map(move |k| SentenceRef {
                    block: i,
                    sentence: k,
                })
            })
            .collect::<Vec<_>>()
    };
    let (rs, rt) = (
        refs(source, bead.src.clone()),
        refs(target, bead.tgt.clone()),
    );
    if rs.is_empty() || rt.is_empty() {
        let one = |r: &SentenceRef, src: bool| SentenceBead {
            src: if src { vec![*r] } else { vec![] },
            tgt: if src { vec![] } else { vec![*r] },
            confidence: bead.confidence,
        };
        return rs
            .iter()
            .map(|r| one(r, true))
            .chain(rt.iter().map(|r| one(r, false)))
            .collect();
    }
    if rs.len() == 1 && rt.len() == 1 {
        return vec![SentenceBead {
            src: rs,
            tgt: rt,
            confidence: bead.confidence,
        }];
    }
    fn text<'d>(d: &'d Document, r: &SentenceRef) -> &'d str {
        d.blocks[r.block].sentences[r.sentence].text.as_str()
    }
    // A block with one sentence has no sentence anchors of its own: its block's are the same.
    fn anchors_of<'p>(p: &'p Prepared, r: &SentenceRef) -> &'p AnchorStrings {
        p.sentences[r.block]
            .get(r.sentence)
            .unwrap_or(&p.blocks[r.block])
    }
    let ts: Vec<&str> = rs.iter().map(|r| text(source, r)).collect();
    let tt: Vec<&str> = rt.iter().map(|r| text(target, r)).collect();
    let sa: Vec<&AnchorStrings> = rs.iter().map(|r| anchors_of(ctx.sp, r)).collect();
    let ta: Vec<&AnchorStrings> = rt.iter().map(|r| anchors_of(ctx.tp, r)).collect();
    align(
        Side {
            texts: &ts,
            lang: source.lang,
            classes: None,
            anchors: Some(&sa),
        },
        Side {
            texts: &tt,
            lang: target.lang,
            classes: None,
            anchors: Some(&ta),
        },
        ctx.opts,
    )
    .into_iter()
    .map(|b| SentenceBead {
        src: rs[b.src].to_vec(),
        tgt: rt[b.tgt].to_vec(),
        confidence: b.confidence,
    })
    .collect()
}

fn block_sim(a: &super::features::Unit, b: &super::features::Unit) -> f32 {
    let w = a.weight + b.weight;
    if w > 0.0 {
        2.0 * super::features::shared(a, b) / w
    } else {
        0.0
    }
}

/// Two 1-1 block beads near each other whose blocks are crossed: each source block shares
/// clearly more with the other bead's target block than with its own (a monotone aligner
/// cannot pair swapped blocks of similar lengths any other way). They are re-paired and marked
/// as moves.
fn find_swaps(ctx: &Ctx, blocks: &mut [BlockBead], (us, ut): (&[Unit], &[Unit])) {
    let (source, target) = (ctx.source, ctx.target);
    let ones: Vec<usize> = (0..blocks.len())
        .filter(|&k| {
            blocks[k].src.len() == 1 && blocks[k].tgt.len() == 1 && blocks[k].moved.is_none()
        })
        .collect();
    if ones.len() < 2 {
        return;
    }
    let mut done = vec![false; blocks.len()];
    for (x, &k1) in ones.iter().enumerate() {
        for &k2 in ones.iter().skip(x + 1).take(6) {
            if done[k1] || done[k2] {
                continue;
            }
            let (a, xb) = (blocks[k1].src[0], blocks[k1].tgt[0]);
            let (b, yb) = (blocks[k2].src[0], blocks[k2].tgt[0]);
            if source.blocks[a].kind != source.blocks[b].kind
                || target.blocks[xb].kind != target.blocks[yb].kind
            {
                continue;
            }
            let current = block_sim(&us[a], &ut[xb]) + block_sim(&us[b], &ut[yb]);
            let (ay, bx) = (block_sim(&us[a], &ut[yb]), block_sim(&us[b], &ut[xb]));
            if ay.max(bx) >= 0.3 && ay + bx >= current + 0.4 {
                blocks[k1].tgt = vec![yb];
                blocks[k2].tgt = vec![xb];
                blocks[k1].moved = Some(k2);
                blocks[k2].moved = Some(k1);
                for k in [k1, k2] {
                    let bead = Bead {
                        src: blocks[k].src[0]..blocks[k].src[0] + 1,
                        tgt: blocks[k].tgt[0]..blocks[k].tgt[0] + 1,
                        cost: 0.0,
                        confidence: 0.5,
                    };
                    blocks[k].confidence = 0.5;
                    blocks[k].sentences = align_sentences(ctx, &bead);
                }
                done[k1] = true;
                done[k2] = true;
            }
        }
    }
}

/// Links an omitted block and an inserted block that render each other: same kind, lengths
/// within the document's ratio, and a good share of anchors in common (or equal list numbers).
fn find_moves(ctx: &Ctx, blocks: &mut [BlockBead], (us, ut): (&[Unit], &[Unit])) {
    let (source, target) = (ctx.source, ctx.target);
    let omitted: Vec<usize> = (0..blocks.len())
        .filter(|&k| blocks[k].is_omission() && blocks[k].src.len() == 1)
        .collect();
    let inserted: Vec<usize> = (0..blocks.len())
        .filter(|&k| blocks[k].is_insertion() && blocks[k].tgt.len() == 1)
        .collect();
    if omitted.is_empty() || inserted.is_empty() {
        return;
    }
    let total = |d: &Document| {
        d.blocks
            .iter()
            .map(|b| crate::text::char_len(&b.text))
            .sum::<usize>()
            .max(1) as f32
    };
    let ratio = total(target) / total(source);
    let mut taken = vec![false; inserted.len()];
    for &ko in &omitted {
        let a = blocks[ko].src[0];
        let sb = &source.blocks[a];
        let mut best: Option<(f32, usize)> = None;
        for (b, &ki) in inserted.iter().enumerate() {
            if taken[b] {
                continue;
            }
            let tj = blocks[ki].tgt[0];
            let tb = &target.blocks[tj];
            if sb.kind != tb.kind {
                continue;
            }
            let (ls, lt) = (
                crate::text::char_len(&sb.text) as f32,
                crate::text::char_len(&tb.text) as f32,
            );
            let fit = (lt / (ls * ratio).max(1.0)).ln().abs();
            let sim = block_sim(&us[a], &ut[tj]);
            let same_number = matches!((sb.list.as_ref().and_then(|p| p.number), tb.list.as_ref().and_then(|p| p.number)), (Some(x), Some(y)) if x == y);
            if fit < 0.5 && (sim >= 0.3 || same_number) && best.is_none_or(|(s, _)| sim > s) {
                best = Some((sim, b));
            }
        }
        if let Some((_, b)) = best {
            taken[b] = true;
            let ki = inserted[b];
            blocks[ko].moved = Some(ki);
            blocks[ki].moved = Some(ko);
        }
    }
}
