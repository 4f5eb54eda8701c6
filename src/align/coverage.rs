//! Coverage: after alignment, every part of a bead must be accounted for.
//!
//! The aligner may explain a dropped paragraph or sentence as a merge: source `p4` + `p5`
//! rendered by one target paragraph, when the target renders only `p5`. Nothing in a bead says
//! that both parts really are in its target, so each many-to-one bead is verified here, by what
//! every translation keeps:
//!
//! - **length**, calibrated on the document itself: the typical target/source length ratio and
//!   its spread, from the pairs the aligner was sure of (the log ratio varies about `√(K/len)`
//!   around the document's median; `K` is estimated from the document, as Gale and Church did
//!   for their corpus). A target too short to hold all the parts (beyond three deviations),
//!   that fits well without one of them, does not render that part;
//! - **anchors** that survive translation — numbers, names and acronyms written alike, glossary
//!   terms, a closing colon before a list, quotes, brackets: a part whose own anchors are in
//!   the target is rendered, whatever its length; a part whose anchors are all absent while its
//!   companions' are present is not.
//!
//! A part found missing is split off its bead as an omission at its own place (block or
//! sentence), so every later step — the checks, `align show`, publishing — sees it.

use serde::Serialize;

use super::features::{AnchorKind, AnchorStrings};
use super::statement::{BlockBead, Prepared, SentenceBead, SentenceRef};
use crate::document::Document;
use crate::text::char_len;

/// How long a translation runs in this document: the typical target/source length ratio (in
/// characters) and how much it varies.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct LengthModel {
    /// Typical target length per source character.
    pub ratio: f32,
    /// Variance of the log length ratio of a pair is about `k / source length + FLOOR`.
    pub k: f32,
    /// How many pairs it was estimated from (0: a default).
    pub pairs: usize,
    /// How often an anchor of a source segment (a number, a name, a word the document's own
    /// word table translates) is found in the segment that renders it: measured on the same
    /// pairs, so an anchor's absence weighs what it weighs in this document.
    pub keep: f32,
}

/// The variance no pair goes below, however long.
const FLOOR: f32 = 0.002;
/// The share of anchors kept when the document has too few to tell.
const DEFAULT_KEEP: f32 = 0.6;
/// How often a target holds an anchor of a part it does not render, by chance.
const CHANCE: f32 = 0.05;

/// `k` when the document has too few pairs to tell: what professional news translation into
/// Arabic, Sorani and Kurmanji shows (NTREX-128: 0.035 at 60 characters, 0.009 at 260).
const DEFAULT_K: f32 = 2.5;

impl Default for LengthModel {
    fn default() -> LengthModel {
        LengthModel {
            ratio: 1.0,
            k: DEFAULT_K,
            pairs: 0,
            keep: DEFAULT_KEEP,
        }
    }
}

impl LengthModel {
    /// Estimated from (source length, target length) pairs known to render each other; `total`
    /// (the whole documents' lengths) gives the ratio when there are too few.
    pub fn estimate(pairs: &[(f32, f32)], total: (f32, f32)) -> LengthModel {
        let usable: Vec<(f32, f32)> = pairs
            .iter()
            .copied()
            .filter(|&(ls, lt)| ls >= 20.0 && lt >= 5.0)
            .collect();
        let fallback_ratio = if total.0 > 0.0 && total.1 > 0.0 {
            total.1 / total.0
        } else {
            1.0
        };
        if usable.len() < 4 {
            return LengthModel {
                ratio: fallback_ratio,
                ..LengthModel::default()
            };
        }
        let mut logs: Vec<f32> = usable.iter().map(|&(s, t)| (t / s).ln()).collect();
        logs.sort_by(f32::total_cmp);
        let median = logs[logs.len() / 2];
        // k from the squared deviations scaled by length; median-based (a normal variable's
        // median square is 0.455 of its variance), so a few wrong pairs do not inflate it.
        let mut scaled: Vec<f32> = usable
            .iter()
            // `x * x`, never `powi`: its precision differs between builds, and a borderline
            // decision must not depend on the optimisation level.
            .map(|&(s, t)| {
                let d = (t / s).ln() - median;
                d * d * s
            })
            .collect();
        scaled.sort_by(f32::total_cmp);
        let k = (scaled[scaled.len() / 2] / 0.455).clamp(0.8, 8.0);
        LengthModel {
            ratio: median.exp(),
            k,
            pairs: usable.len(),
            keep: DEFAULT_KEEP,
        }
    }

    /// The model with its anchor keep rate measured: `(found, total)` anchor counts over the
    /// document's confident pairs.
    pub fn with_keep(self, found: f32, total: f32) -> LengthModel {
        LengthModel {
            keep: if total >= 10.0 {
                (found / total).clamp(0.3, 0.95)
            } else {
                DEFAULT_KEEP
            },
            ..self
        }
    }

    /// The log-likelihood ratio that a part is *not* rendered, from its anchors: each absent
    /// one is evidence for, each found one strong evidence against.
    fn anchor_llr(&self, found: f32, absent: f32) -> f32 {
        absent * ((1.0 - CHANCE) / (1.0 - self.keep)).ln() + found * (CHANCE / self.keep).ln()
    }

    /// Standard deviation of the log ratio for a source of `ls` characters.
    pub fn sd(&self, ls: f32) -> f32 {
        (self.k / ls.max(1.0) + FLOOR).sqrt()
    }

    /// How many deviations `lt` is from what a source of `ls` characters gives (negative: too
    /// short).
    pub fn z(&self, ls: f32, lt: f32) -> f32 {
        ((lt + 1.0) / (self.ratio * ls + 1.0)).ln() / self.sd(ls)
    }

    /// The target's length as a share of what the source leads one to expect (1.0 typical).
    pub fn share(&self, ls: f32, lt: f32) -> f32 {
        (lt + 1.0) / (self.ratio * ls + 1.0)
    }
}

/// How much likelier (log odds) "this part is not rendered" must be than "the target renders
/// every part" before a part is declared missing (e^3 ≈ 20 to 1); and the same for an omission
/// to be taken back into a neighbour.
const DECIDE: f32 = 2.5;
/// A target must be at least this many deviations short of all its parts before any is
/// declared missing: a target of the expected length renders them.
const SHORT: f32 = -1.0;

/// The evidence about one part of a bead.
struct Part {
    len: f32,
    /// Anchors of this part that no other part of the bead has.
    own: Vec<(AnchorKind, String)>,
}

/// Which anchor kinds count as evidence: numbers, words written alike (names, acronyms,
/// glossary terms), and telling punctuation. Cognate prefixes are too weak to decide alone.
fn telling(kind: AnchorKind, text: &str) -> bool {
    match kind {
        AnchorKind::Number | AnchorKind::Word => true,
        AnchorKind::Prefix => false,
        AnchorKind::Punct => matches!(text, ":" | "?" | "\"" | "("),
    }
}

/// How well the part's own anchors are found in the target: (found, absent), weighted.
/// Numbers count double; a word counts only if the target document has it somewhere (written
/// alike, or through the document's word table), since a word the translation never uses says
/// nothing by its absence.
fn anchor_evidence(part: &Part, target: &[(AnchorKind, String)], vocab: &Vocab) -> (f32, f32) {
    let (mut found, mut absent) = (0.0, 0.0);
    for (kind, text) in &part.own {
        let w = match kind {
            AnchorKind::Number => 2.0,
            AnchorKind::Word if vocab.shared(text) => 1.0,
            AnchorKind::Word => continue,
            AnchorKind::Punct => 0.7,
            AnchorKind::Prefix => continue,
        };
        if target.iter().any(|(k, t)| k == kind && t == text) {
            found += w;
        } else {
            absent += w;
        }
    }
    (found, absent)
}

/// What verifying a bead looks at: both documents, their anchors, the length model and the
/// target's vocabulary.
pub(super) struct Evidence<'a> {
    pub source: &'a Document,
    pub sp: &'a Prepared,
    pub target: &'a Document,
    pub tp: &'a Prepared,
    pub model: &'a LengthModel,
    pub vocab: &'a Vocab,
}

/// Words the target document has anywhere: a source word that never appears in the
/// translation says nothing by its absence from one sentence.
pub(super) struct Vocab {
    words: std::collections::HashSet<String>,
}

impl Vocab {
    pub(super) fn new(tp: &Prepared) -> Vocab {
        Vocab {
            words: tp
                .blocks
                .iter()
                .flatten()
                .filter(|(k, _)| *k == AnchorKind::Word)
                .map(|(_, t)| t.clone())
                .collect(),
        }
    }
    fn shared(&self, w: &str) -> bool {
        self.words.contains(w)
    }
}

/// The log-likelihood ratio of two explanations of a length, `z_a` and `z_b` deviations from
/// what each predicts: for `b` against `a`. Bounded: translations vary with heavier tails than
/// a normal law, so a length alone is never overwhelming evidence.
fn length_llr(z_a: f32, z_b: f32) -> f32 {
    ((z_a * z_a - z_b * z_b) / 2.0).clamp(-MAX_LENGTH_LLR, MAX_LENGTH_LLR)
}

/// How many deviations from the document's ratio an explanation may be and stay plausible.
const PLAUSIBLE: f32 = 3.5;

/// The most a length can weigh, in log odds.
const MAX_LENGTH_LLR: f32 = 8.0;

/// The index of the part a bead does not render, if one is clearly missing: parts of lengths
/// `parts`, target group `lt` characters long with anchors `target`. The two explanations —
/// the target renders every part, or all but this one — are weighed by length (how many
/// deviations each is from the document's ratio) and by the part's own anchors.
fn missing_part(
    model: &LengthModel,
    parts: &[Part],
    target: &[(AnchorKind, String)],
    lt: f32,
    vocab: &Vocab,
) -> Option<usize> {
    let total: f32 = parts.iter().map(|p| p.len).sum();
    let z_all = model.z(total, lt);
    if z_all >= SHORT {
        return None;
    }
    let mut best: Option<(f32, usize)> = None;
    for (i, p) in parts.iter().enumerate() {
        let rest = total - p.len;
        if rest <= 0.0 {
            continue;
        }
        let z_rest = model.z(rest, lt);
        // Without the part, the rest must be a plausible rendering: when neither explanation
        // fits, the target renders part of everything (`missing-content` says so).
        if z_rest.abs() > PLAUSIBLE {
            continue;
        }
        let (found, absent) = anchor_evidence(p, target, vocab);
        // A part whose own anchors are in the target is rendered, at least in part (what a
        // short target then lacks is `missing-content`, not this part).
        if found > 0.0 && found >= absent {
            continue;
        }
        let llr = length_llr(z_all, z_rest) + model.anchor_llr(found, absent);
        if llr > DECIDE && best.is_none_or(|(s, _)| llr > s) {
            best = Some((llr, i));
        }
    }
    best.map(|(_, i)| i)
}

/// For measuring [`LengthModel::keep`]: how many of a source segment's anchors its target
/// has, weighted as the evidence is: (found, total).
pub(super) fn keep_counts(src: &AnchorStrings, tgt: &AnchorStrings, vocab: &Vocab) -> (f32, f32) {
    let part = Part {
        len: 0.0,
        own: own_anchors(&[src]).remove(0),
    };
    let (found, absent) = anchor_evidence(&part, tgt, vocab);
    (found, found + absent)
}

/// Anchors of `items` that no other item has, for each item.
fn own_anchors(items: &[&AnchorStrings]) -> Vec<Vec<(AnchorKind, String)>> {
    items
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let mut own: Vec<(AnchorKind, String)> = a
                .iter()
                .filter(|(k, t)| telling(*k, t))
                .filter(|x| {
                    items
                        .iter()
                        .enumerate()
                        .all(|(j, b)| j == i || !b.contains(x))
                })
                .cloned()
                .collect();
            own.sort_by(|a, b| a.1.cmp(&b.1));
            own.dedup();
            own
        })
        .collect()
}

/// Whether an omitted part (`omitted` characters, with its own anchors) is in fact rendered by
/// the neighbouring bead's target: "it renders the part too" against "it renders only its own
/// group", by length and by the part's anchors.
fn rendered_by_neighbour(
    model: &LengthModel,
    group: f32,
    omitted: &Part,
    target: &[(AnchorKind, String)],
    lt: f32,
    vocab: &Vocab,
) -> bool {
    let z_alone = model.z(group, lt);
    if z_alone <= -SHORT {
        return false;
    }
    let z_with = model.z(group + omitted.len, lt);
    let (found, absent) = anchor_evidence(omitted, target, vocab);
    let llr = length_llr(z_alone, z_with) - model.anchor_llr(found, absent);
    llr > DECIDE
}

/// Sentence beads of a block bead with every many-to-one bead verified: a source sentence it
/// does not render is split off as an omission; an omitted sentence that a neighbouring bead
/// renders after all (its target too long without it) joins that bead. Returns whether
/// anything changed.
pub(super) fn verify_sentences(beads: &mut Vec<SentenceBead>, ev: &Evidence) -> bool {
    let (source, sp, target, tp, model, vocab) =
        (ev.source, ev.sp, ev.target, ev.tp, ev.model, ev.vocab);
    let len = |d: &Document, r: &SentenceRef| {
        char_len(&d.blocks[r.block].sentences[r.sentence].text) as f32
    };
    let mut changed = false;
    let mut k = 0;
    while k < beads.len() {
        let b = &beads[k];
        if b.src.len() < 2 || b.tgt.is_empty() {
            k += 1;
            continue;
        }
        let anchors: Vec<&AnchorStrings> = b.src.iter().map(|r| sp.sentence(r)).collect();
        let own = own_anchors(&anchors);
        let parts: Vec<Part> = b
            .src
            .iter()
            .zip(own)
            .map(|(r, own)| Part {
                len: len(source, r),
                own,
            })
            .collect();
        let target_anchors: Vec<(AnchorKind, String)> = b
            .tgt
            .iter()
            .flat_map(|r| tp.sentence(r).iter().cloned())
            .collect();
        let lt: f32 = b.tgt.iter().map(|r| len(target, r)).sum();
        let Some(i) = missing_part(model, &parts, &target_anchors, lt, vocab) else {
            k += 1;
            continue;
        };
        // Only a part at either end can leave the bead (beads are contiguous).
        let n = b.src.len();
        if i != 0 && i != n - 1 {
            k += 1;
            continue;
        }
        let mut rest = b.clone();
        let part = rest.src.remove(i);
        let omission = SentenceBead {
            src: vec![part],
            tgt: vec![],
            confidence: 0.5,
        };
        if i == 0 {
            beads.splice(k..=k, [omission, rest]);
            k += 1;
        } else {
            beads.splice(k..=k, [rest, omission]);
        }
        changed = true;
        // Re-examine the rest (a 3-1 bead may hide two omissions).
    }
    // Omissions a neighbour renders: a run of omitted sentences, or its first or last ones,
    // join the bead before or after when that bead's target is too long without them and fits
    // with them.
    let mut k = 0;
    while k < beads.len() {
        let omitted = |b: &SentenceBead| b.tgt.is_empty() && b.src.len() == 1;
        if !omitted(&beads[k]) {
            k += 1;
            continue;
        }
        let mut end = k;
        while end < beads.len() && omitted(&beads[end]) {
            end += 1;
        }
        let run: Vec<SentenceRef> = beads[k..end].iter().map(|b| b.src[0]).collect();
        let fit = |n: &SentenceBead, parts: &[SentenceRef]| -> Option<f32> {
            if n.tgt.is_empty() || n.src.is_empty() {
                return None;
            }
            let anchors: Vec<&AnchorStrings> = parts.iter().map(|r| sp.sentence(r)).collect();
            // The omitted part's own anchors: not those its neighbour's source has too (they
            // explain the target's by themselves).
            let group_anchors: Vec<&AnchorStrings> = n.src.iter().map(|r| sp.sentence(r)).collect();
            let mut own: Vec<(AnchorKind, String)> = anchors
                .iter()
                .flat_map(|a| a.iter().cloned())
                .filter(|(k, t)| telling(*k, t))
                .filter(|x| !group_anchors.iter().any(|g| g.contains(x)))
                .collect();
            own.sort();
            own.dedup();
            let part = Part {
                len: parts.iter().map(|r| len(source, r)).sum(),
                own,
            };
            let group: f32 = n.src.iter().map(|r| len(source, r)).sum();
            let lt: f32 = n.tgt.iter().map(|r| len(target, r)).sum();
            let t_anchors: Vec<(AnchorKind, String)> = n
                .tgt
                .iter()
                .flat_map(|r| tp.sentence(r).iter().cloned())
                .collect();
            rendered_by_neighbour(model, group, &part, &t_anchors, lt, vocab)
                .then(|| model.z(group + part.len, lt).abs())
        };
        // (fit, before?, how many)
        let mut best: Option<(f32, bool, usize)> = None;
        for c in 1..=run.len() {
            if k > 0
                && let Some(z) = fit(&beads[k - 1], &run[..c])
                && best.is_none_or(|b| z < b.0)
            {
                best = Some((z, true, c));
            }
            if end < beads.len()
                && let Some(z) = fit(&beads[end], &run[run.len() - c..])
                && best.is_none_or(|b| z < b.0)
            {
                best = Some((z, false, c));
            }
        }
        match best {
            Some((_, true, c)) => {
                beads[k - 1].src.extend_from_slice(&run[..c]);
                beads.drain(k..k + c);
                changed = true;
            }
            Some((_, false, c)) => {
                let moved = &run[run.len() - c..];
                for (x, r) in moved.iter().enumerate() {
                    beads[end].src.insert(x, *r);
                }
                beads.drain(end - c..end);
                changed = true;
                k = end - c;
            }
            None => k = end,
        }
    }
    changed
}

/// How well a target (`lt` characters, anchors `target`) renders a source segment of `ls`
/// characters with anchors `own`, in log odds: its length against the document's ratio, and its
/// anchors found or absent.
fn fit(
    model: &LengthModel,
    ls: f32,
    own: &Part,
    target: &[(AnchorKind, String)],
    lt: f32,
    vocab: &Vocab,
) -> f32 {
    let z = model.z(ls, lt);
    let (found, absent) = anchor_evidence(own, target, vocab);
    -(z * z / 2.0).min(MAX_LENGTH_LLR) - model.anchor_llr(found, absent)
}

/// Which of two neighbouring source segments a target renders, when the aligner paired it with
/// `paired` and left `left_out` without a counterpart: true when `left_out` fits it clearly
/// better (a dropped demand before a renumbered one: the numbers say which is which).
fn better_attribution(
    model: &LengthModel,
    paired: (f32, &AnchorStrings),
    left_out: (f32, &AnchorStrings),
    target: &[(AnchorKind, String)],
    lt: f32,
    vocab: &Vocab,
) -> bool {
    let own = own_anchors(&[paired.1, left_out.1]);
    let p = Part {
        len: paired.0,
        own: own[0].clone(),
    };
    let o = Part {
        len: left_out.0,
        own: own[1].clone(),
    };
    fit(model, o.len, &o, target, lt, vocab)
        > fit(model, p.len, &p, target, lt, vocab) + REATTRIBUTE
}

/// How much better (log odds) the left-out segment must fit before the pairing is changed.
const REATTRIBUTE: f32 = 2.0;

/// Sentence beads where an omission sits next to a 1-1 bead whose target renders the omitted
/// sentence rather than its own: the two are exchanged. Returns whether anything changed.
pub(super) fn reattribute_sentences(beads: &mut [SentenceBead], ev: &Evidence) -> bool {
    let len = |d: &Document, r: &SentenceRef| {
        char_len(&d.blocks[r.block].sentences[r.sentence].text) as f32
    };
    let mut changed = false;
    for k in 0..beads.len() {
        for n in [k.wrapping_sub(1), k + 1] {
            if n >= beads.len() {
                continue;
            }
            let (o, b) = (&beads[k], &beads[n]);
            if !(o.tgt.is_empty() && o.src.len() == 1 && b.src.len() == 1 && !b.tgt.is_empty()) {
                continue;
            }
            let lt: f32 = b.tgt.iter().map(|r| len(ev.target, r)).sum();
            let target: Vec<(AnchorKind, String)> = b
                .tgt
                .iter()
                .flat_map(|r| ev.tp.sentence(r).iter().cloned())
                .collect();
            let (ro, rb) = (o.src[0], b.src[0]);
            if better_attribution(
                ev.model,
                (len(ev.source, &rb), ev.sp.sentence(&rb)),
                (len(ev.source, &ro), ev.sp.sentence(&ro)),
                &target,
                lt,
                ev.vocab,
            ) {
                beads[k].src = vec![rb];
                beads[n].src = vec![ro];
                beads.swap(k, n);
                changed = true;
            }
        }
    }
    changed
}

/// Block beads where an omitted block sits next to a 1-1 bead of the same kind whose target
/// renders the omitted block rather than its own: the two are exchanged, and the caller
/// realigns their sentences. Returns the indices of the beads changed.
pub(super) fn reattribute_blocks(beads: &mut [BlockBead], ev: &Evidence) -> Vec<usize> {
    let mut changed = Vec::new();
    for k in 0..beads.len() {
        for n in [k.wrapping_sub(1), k + 1] {
            if n >= beads.len() {
                continue;
            }
            let (o, b) = (&beads[k], &beads[n]);
            if !(o.tgt.is_empty()
                && o.src.len() == 1
                && o.moved.is_none()
                && b.src.len() == 1
                && b.tgt.len() == 1
                && b.moved.is_none())
            {
                continue;
            }
            let (io, ib) = (o.src[0], b.src[0]);
            let class = |i: usize| super::statement::class(ev.source.blocks[i].kind);
            if class(io) != class(ib) {
                continue;
            }
            let j = b.tgt[0];
            let lt = char_len(&ev.target.blocks[j].text) as f32;
            let len = |i: usize| char_len(&ev.source.blocks[i].text) as f32;
            if better_attribution(
                ev.model,
                (len(ib), &ev.sp.blocks[ib]),
                (len(io), &ev.sp.blocks[io]),
                &ev.tp.blocks[j],
                lt,
                ev.vocab,
            ) {
                beads[k].src = vec![ib];
                beads[n].src = vec![io];
                beads.swap(k, n);
                changed.extend([k, n]);
            }
        }
    }
    changed
}

/// For an omitted block bead, whether the bead before (`Some(true)`) or after (`Some(false)`)
/// renders it after all.
pub(super) fn omitted_block_joins(beads: &[BlockBead], k: usize, ev: &Evidence) -> Option<bool> {
    let (source, sp, target, tp, model, vocab) =
        (ev.source, ev.sp, ev.target, ev.tp, ev.model, ev.vocab);
    let b = &beads[k];
    if !(b.tgt.is_empty() && b.src.len() == 1) || b.moved.is_some() {
        return None;
    }
    let i = b.src[0];
    let joins = |n: &BlockBead| {
        if n.tgt.is_empty() || n.src.is_empty() || n.moved.is_some() {
            return false;
        }
        // The omitted block's own anchors: not those the neighbour's source has too.
        let mut own: Vec<(AnchorKind, String)> = sp.blocks[i]
            .iter()
            .filter(|(k, t)| telling(*k, t))
            .filter(|x| !n.src.iter().any(|&g| sp.blocks[g].contains(x)))
            .cloned()
            .collect();
        own.sort();
        own.dedup();
        let omitted = Part {
            len: char_len(&source.blocks[i].text) as f32,
            own,
        };
        // Blocks of another kind do not merge (a heading into a paragraph).
        let kind = |d: &Document, x: usize| super::statement::class(d.blocks[x].kind);
        if n.src.iter().any(|&x| kind(source, x) != kind(source, i)) {
            return false;
        }
        let group: f32 = n
            .src
            .iter()
            .map(|&x| char_len(&source.blocks[x].text) as f32)
            .sum();
        let lt: f32 = n
            .tgt
            .iter()
            .map(|&j| char_len(&target.blocks[j].text) as f32)
            .sum();
        let anchors: Vec<(AnchorKind, String)> = n
            .tgt
            .iter()
            .flat_map(|&j| tp.blocks[j].iter().cloned())
            .collect();
        rendered_by_neighbour(model, group, &omitted, &anchors, lt, vocab)
    };
    if k > 0 && joins(&beads[k - 1]) {
        Some(true)
    } else if k + 1 < beads.len() && joins(&beads[k + 1]) {
        Some(false)
    } else {
        None
    }
}

/// The source block of a block bead that its target does not render, if one is clearly missing.
pub(super) fn missing_block(bead: &BlockBead, ev: &Evidence) -> Option<usize> {
    let (source, sp, target, tp, model, vocab) =
        (ev.source, ev.sp, ev.target, ev.tp, ev.model, ev.vocab);
    if bead.src.len() < 2 || bead.tgt.is_empty() {
        return None;
    }
    let anchors: Vec<&AnchorStrings> = bead.src.iter().map(|&i| &sp.blocks[i]).collect();
    let own = own_anchors(&anchors);
    let parts: Vec<Part> = bead
        .src
        .iter()
        .zip(own)
        .map(|(&i, own)| Part {
            len: char_len(&source.blocks[i].text) as f32,
            own,
        })
        .collect();
    let target_anchors: Vec<(AnchorKind, String)> = bead
        .tgt
        .iter()
        .flat_map(|&j| tp.blocks[j].iter().cloned())
        .collect();
    let lt: f32 = bead
        .tgt
        .iter()
        .map(|&j| char_len(&target.blocks[j].text) as f32)
        .sum();
    let i = missing_part(model, &parts, &target_anchors, lt, vocab)?;
    (i == 0 || i == bead.src.len() - 1).then_some(i)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn part(len: f32) -> Part {
        Part { len, own: vec![] }
    }

    fn vocab() -> Vocab {
        Vocab {
            words: ["stj".to_string()].into_iter().collect(),
        }
    }

    #[test]
    fn the_model_comes_from_the_document() {
        let pairs: Vec<(f32, f32)> = (0..20)
            .map(|i| (100.0 + i as f32 * 10.0, (100.0 + i as f32 * 10.0) * 0.7))
            .collect();
        let m = LengthModel::estimate(&pairs, (1.0, 1.0));
        assert!((m.ratio - 0.7).abs() < 0.01);
        // Too few pairs: the ratio of the totals.
        let m = LengthModel::estimate(&pairs[..2], (100.0, 90.0));
        assert!((m.ratio - 0.9).abs() < 0.01);
    }

    #[test]
    fn a_merge_that_renders_only_one_part_loses_the_other() {
        let m = LengthModel {
            ratio: 0.9,
            k: 2.5,
            pairs: 20,
            keep: 0.8,
        };
        // 230 + 130 source characters; the target renders only the first (0.9 × 230).
        let parts = [part(230.0), part(130.0)];
        assert_eq!(missing_part(&m, &parts, &[], 207.0, &vocab()), Some(1));
        // Look-alike: a target as long as both parts together is a real merge.
        assert_eq!(missing_part(&m, &parts, &[], 330.0, &vocab()), None);
    }

    #[test]
    fn a_part_whose_anchors_are_in_the_target_is_rendered() {
        let m = LengthModel {
            ratio: 0.9,
            k: 2.5,
            pairs: 20,
            keep: 0.8,
        };
        let stj = (AnchorKind::Word, "stj".to_string());
        let parts = [
            part(230.0),
            Part {
                len: 130.0,
                own: vec![stj.clone()],
            },
        ];
        // Short, but the second part's acronym is there: not this one.
        assert_eq!(missing_part(&m, &parts, &[stj], 207.0, &vocab()), None);
    }
}
