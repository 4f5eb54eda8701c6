//! Alignment: which segments of a translation render which segments of the source.
//!
//! Given a source and a target sequence of segments (blocks or sentences), [`align`] returns a
//! monotone list of [`Bead`]s — groups of consecutive source segments matched to groups of
//! consecutive target segments: 1-1, 1-0 (left out of the translation), 0-1 (added), 1-2,
//! 2-1, 2-2, 1-3 and 3-1 — each with a cost and a confidence.
//!
//! The cost of a bead combines, in one dynamic programme:
//! - **length**: a Gale–Church model in characters, with the length ratio and its variance
//!   estimated from the pair being aligned (Arabic runs at about 0.7 of English, Sorani at
//!   about 1.0, French at 1.1 of German: nothing is hard-coded);
//! - **anchors** that survive translation (see [`features`]), scored as the weighted share of
//!   anchors the two sides have in common, calibrated on the input itself: after a first pass,
//!   the confident pairs and shifted (wrong) pairs show how much sharing a true pair has in
//!   this language pair, and the score becomes a log-likelihood ratio;
//! - a **word-correspondence table** learned from the confident beads of the first pass (when
//!   the input is long enough): word pairs that co-occur in aligned segments far more than by
//!   chance become anchors for the second pass — Hunalign's idea, with the co-occurrence
//!   measured by Dice on confident beads and competitive linking;
//! - **structure**: segment classes (block kinds) and list-item numbers, so a demand aligns
//!   with a demand and item 3 with item 3.
//!
//! Time and memory grow linearly: up to [`Options::max_cells`] cells the programme searches
//! every cell; beyond, it aligns a coarsened copy (consecutive segments merged) recursively
//! and then searches only a band of [`Options::window`] cells on each side of the coarse path
//! (Vecalign's coarse-to-fine search). Memory is about 9 bytes per searched cell: with the
//! defaults, at most 4 M cells for short inputs and about `(2 × window + 1) × n` cells for long
//! ones (100,000 sentences: about 50 MB).

pub mod coverage;
pub mod dp;
pub mod features;
mod lexicon;
pub mod statement;

use std::ops::Range;

use serde::Serialize;

use crate::lang::Lang;
use dp::{Band, MOVES, Step};
use features::{Interner, RawAnchors, Unit, anchors, merge, shared, weigh};

/// A group of consecutive source segments matched to a group of consecutive target segments.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Bead {
    /// Indices of the source segments.
    pub src: Range<usize>,
    /// Indices of the target segments.
    pub tgt: Range<usize>,
    /// The bead's cost in the programme (lower is better).
    pub cost: f32,
    /// How sure the aligner is that these segments render each other, from 0 to 1.
    /// Omissions and insertions have the confidence that nothing on the other side renders
    /// them.
    pub confidence: f32,
}

impl Bead {
    /// `(source count, target count)`: (1, 1), (1, 0), (2, 1) …
    pub fn shape(&self) -> (usize, usize) {
        (self.src.len(), self.tgt.len())
    }

    /// Source segments with no counterpart.
    pub fn is_omission(&self) -> bool {
        self.tgt.is_empty() && !self.src.is_empty()
    }

    /// Target segments with no counterpart.
    pub fn is_insertion(&self) -> bool {
        self.src.is_empty() && !self.tgt.is_empty()
    }

    /// `"1-1"`, `"2-1"`, `"0-1"` …
    pub fn kind(&self) -> String {
        format!("{}-{}", self.src.len(), self.tgt.len())
    }
}

/// Tuning of the aligner. The defaults were tuned on the Text+Berg `dev` file only.
#[derive(Debug, Clone)]
pub struct Options {
    /// Largest number of cells searched without coarse-to-fine search.
    pub max_cells: usize,
    /// Largest number of cells of a coarsened copy searched in full (the top of the
    /// coarse-to-fine recursion).
    pub max_coarse_cells: usize,
    /// Half-width of the band around the coarse path, in segments.
    pub window: usize,
    /// How many times a word-correspondence table is learned from the previous pass and the
    /// input re-aligned with it (0: never).
    pub lexicon_passes: usize,
    /// Smallest number of confident 1-1 beads from which a table is learned.
    pub lexicon_min_beads: usize,
    /// Cost of a 1-0 or 0-1 bead.
    pub indel: f32,
    /// Weight of anchor sharing (similarity 0–1) against the length model.
    pub anchor_weight: f32,
    /// Multiplies the prior costs of the bead shapes other than 1-1.
    pub prior_scale: f32,
    /// Multiplies, further, the prior costs of shapes that join more source segments than
    /// target segments (2-1, 3-1 …): the shapes that could hide a left-out segment in a merge.
    pub merge_scale: f32,
    /// Anchor weight added to every bead's total before its similarity is computed, so that
    /// a lone shared token is weak evidence.
    pub pseudo_count: f32,
    /// A constant added to the length variance (characters²): short segments deviate more
    /// than `√length` predicts, because one spelt-out acronym or name changes them a lot
    /// ("About STJ" becomes «حول منظمة سوريون من أجل الحقيقة والعدالة»).
    pub short_variance: f32,
    /// Upper bound of a 1-1 bead's length cost, if any. Blocks of a statement use one: a block
    /// whose translation is much shorter or longer must still pair with it when structure and
    /// anchors say so (the coverage checks report what it lacks), while bitext keeps the full
    /// cost. Merges always pay their full length cost: a merge is never a cheaper way to
    /// explain a translation that is too short.
    pub max_length_cost: Option<f32>,
    /// Weight of structure (list numbers; kinds mixed in a group) in a bead's cost.
    pub structure_weight: f32,
    /// Whether a group's shared anchors are computed exactly (each anchor once) rather than
    /// summed over its pairs (an upper bound, cheaper: what long bitext uses).
    pub exact_groups: bool,
    /// Whether beads that join several segments on both sides (2-2, 3-2 …) are allowed.
    /// Statements' blocks do not: a translator may merge or split paragraphs, but two
    /// paragraphs re-cut into two others are indistinguishable from two swapped ones.
    pub many_to_many: bool,
    /// The target/source length ratio, when known from a larger context (the sentences of one
    /// block pair use their whole document's): otherwise estimated from the input, which a
    /// short input with an omission would skew.
    pub ratio: Option<f32>,
    /// Beads the result must contain (a translator's pins, see [`crate::pins`]): no other
    /// bead may hold any of their segments. Ordered and disjoint; each of a shape of
    /// [`dp::MOVES`]. With pins, every cell is searched.
    pub pins: Vec<(Range<usize>, Range<usize>)>,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            max_cells: 4_000_000,
            max_coarse_cells: 250_000,
            window: 24,
            lexicon_passes: 1,
            lexicon_min_beads: 60,
            indel: 5.5,
            anchor_weight: 20.0,
            prior_scale: 1.3,
            merge_scale: 1.0,
            pseudo_count: 4.0,
            short_variance: 16.0,
            max_length_cost: None,
            structure_weight: 1.0,
            many_to_many: true,
            exact_groups: false,
            ratio: None,
            pins: Vec::new(),
        }
    }
}

/// One side of an alignment: its texts and language, and for blocks their classes.
#[derive(Debug, Clone, Copy)]
pub struct Side<'a> {
    pub texts: &'a [&'a str],
    pub lang: Lang,
    /// Per segment: structural class (0 = none) and list-item number.
    pub classes: Option<&'a [(u8, Option<u32>)]>,
    /// The texts' anchors, when already computed ([`features::anchor_strings`]).
    pub anchors: Option<&'a [&'a features::AnchorStrings]>,
}

impl<'a> Side<'a> {
    pub fn new(texts: &'a [&'a str], lang: Lang) -> Side<'a> {
        Side {
            texts,
            lang,
            classes: None,
            anchors: None,
        }
    }
}

/// An alignment with the scored units it was made from (for callers that compare segments
/// outside the beads: moves, swaps).
pub struct Aligned {
    pub beads: Vec<Bead>,
    pub source_units: Vec<Unit>,
    pub target_units: Vec<Unit>,
}

/// Aligns two sequences of segments.
pub fn align(src: Side, tgt: Side, opts: &Options) -> Vec<Bead> {
    align_units(src, tgt, opts).beads
}

/// [`align`], also returning the units.
pub fn align_units(src: Side, tgt: Side, opts: &Options) -> Aligned {
    let mut interner = Interner::default();
    let raw = |side: &Side, interner: &mut Interner| -> Vec<RawAnchors> {
        match side.anchors {
            Some(strings) => strings
                .iter()
                .map(|s| features::intern(s, interner))
                .collect(),
            None => side
                .texts
                .iter()
                .map(|t| anchors(t, side.lang, interner))
                .collect(),
        }
    };
    let raw_s = raw(&src, &mut interner);
    let raw_t = raw(&tgt, &mut interner);
    let lens = |s: &Side| -> Vec<f32> {
        s.texts
            .iter()
            .map(|t| crate::text::char_len(t) as f32)
            .collect()
    };
    let classes = |s: &Side| -> Vec<(u8, Option<u32>)> {
        s.classes
            .map_or_else(|| vec![(0, None); s.texts.len()], <[_]>::to_vec)
    };
    let all_lens: Vec<f32> = lens(&src).into_iter().chain(lens(&tgt)).collect();
    let all_classes: Vec<(u8, Option<u32>)> =
        classes(&src).into_iter().chain(classes(&tgt)).collect();
    let build = |raw_t: &[RawAnchors]| {
        let mut units = weigh(&raw_s, raw_t, &all_lens, &all_classes);
        let t = units.split_off(raw_s.len());
        (units, t)
    };

    let (mut us, mut ut) = build(&raw_t);
    let mut model = Model::initial(&us, &ut, opts);
    let mut beads = run(&us, &ut, &model, opts, None);
    // Later passes: the length variance re-estimated from the previous pass, and, for inputs
    // long enough to learn from, a word-correspondence table learned from it. A pass that
    // would change nothing (a short input) is not run.
    for pass in 0..opts.lexicon_passes.max(1) {
        let refined = model.refine(&us, &ut, &beads);
        let mut learned = false;
        if pass < opts.lexicon_passes
            && let Some(extra) = lexicon::learn(&raw_s, &raw_t, &us, &ut, &beads, &model, opts)
        {
            let raw_t2: Vec<RawAnchors> = raw_t
                .iter()
                .zip(extra)
                .map(|(r, e)| r.iter().copied().chain(e).collect())
                .collect();
            (us, ut) = build(&raw_t2);
            learned = true;
        }
        if !refined && !learned {
            break;
        }
        // Long inputs: search around the previous path rather than from scratch.
        let near = path_band(&beads, us.len(), ut.len(), opts.window);
        beads = run(&us, &ut, &model, opts, Some(near));
    }
    Aligned {
        beads: model.finish(beads),
        source_units: us,
        target_units: ut,
    }
}

type RawBead = (Range<usize>, Range<usize>, f32);

/// The best beads; the band searched is `near` if given, every cell if the input is small,
/// else the band around the path of a coarsened copy.
fn run(
    us: &[Unit],
    ut: &[Unit],
    model: &Model,
    opts: &Options,
    near: Option<Band>,
) -> Vec<RawBead> {
    let (n, m) = (us.len(), ut.len());
    if n == 0 || m == 0 {
        let mut out = Vec::new();
        for i in 0..n {
            out.push((i..i + 1, 0..0, model.indel));
        }
        for j in 0..m {
            out.push((0..0, j..j + 1, model.indel));
        }
        return out;
    }
    let band = if (n + 1) * (m + 1) <= opts.max_cells || !opts.pins.is_empty() {
        Band::full(n, m)
    } else if let Some(near) = near {
        near
    } else {
        coarse_band(us, ut, model, opts)
    };
    let path = |band: &Band| {
        let scorer = Scorer::new(us, ut, model, band);
        let cost = |i: usize, j: usize, mv: usize| match pinned(&opts.pins, i, j, mv) {
            Pinned::Free => scorer.cost(i, j, mv),
            Pinned::Crossing => f32::INFINITY,
            // A pinned bead is taken whatever it costs (a 2-2 the options forbid included).
            Pinned::Exact => {
                let c = scorer.cost(i, j, mv);
                if c.is_finite() { c } else { 0.0 }
            }
        };
        dp::search(n, m, band, cost).map(|steps| {
            steps
                .into_iter()
                .map(|Step { i, j, mv }| {
                    let (a, b) = MOVES[mv];
                    (i - a..i, j - b..j, cost(i, j, mv))
                })
                .collect::<Vec<_>>()
        })
    };
    path(&band).unwrap_or_else(|| {
        // `Band::repair` makes every band searchable; should that ever fail, a wide diagonal
        // band still gives an answer.
        let mut wide = diagonal_band(n, m, opts.window * 8);
        wide.repair(m);
        path(&wide).unwrap_or_default()
    })
}

/// How a bead stands to the pins.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pinned {
    /// It holds no pinned segment.
    Free,
    /// It is a pinned bead.
    Exact,
    /// It holds a pinned segment but is not its pin: never taken.
    Crossing,
}

/// The bead of shape `MOVES[mv]` ending at cell `(i, j)`, against the pins.
fn pinned(pins: &[(Range<usize>, Range<usize>)], i: usize, j: usize, mv: usize) -> Pinned {
    if pins.is_empty() {
        return Pinned::Free;
    }
    let (a, c) = MOVES[mv];
    let (src, tgt) = (i - a..i, j - c..j);
    let overlaps = |x: &Range<usize>, y: &Range<usize>| x.start < y.end && y.start < x.end;
    for (ps, pt) in pins {
        if *ps == src && *pt == tgt {
            return Pinned::Exact;
        }
        if overlaps(ps, &src) || overlaps(pt, &tgt) {
            return Pinned::Crossing;
        }
    }
    Pinned::Free
}

/// Everything a bead's cost needs, precomputed once per search: prefix sums of lengths and
/// anchor weights, and the anchors shared by each source–target pair inside the band. A bead's
/// cost is then a handful of lookups, whatever its shape.
struct Scorer<'a> {
    us: &'a [Unit],
    ut: &'a [Unit],
    model: &'a Model,
    band: &'a Band,
    len_s: Vec<f32>,
    len_t: Vec<f32>,
    w_s: Vec<f32>,
    w_t: Vec<f32>,
    offset: Vec<usize>,
    /// `shared[offset[i] + j - lo[i]]`: anchors shared by source `i - 1` and target `j - 1`.
    shared: Vec<f32>,
    structured: bool,
    /// Whether groups' shared anchors are computed exactly (see [`Options::exact_groups`]):
    /// only for inputs small enough that it costs nothing noticeable.
    exact: bool,
    /// Similarity of unrelated pairs in this input: what sharing anchors means by chance.
    baseline: f32,
    /// The merged keys of every source and target group, when `exact`.
    groups_s: Groups,
    groups_t: Groups,
}

/// The keys of every group of 2 to [`GROUP_MAX`] consecutive units merged
/// ([`features::merged_keys`]), computed once per search: a group's shared anchors are then one
/// merge walk of two sorted lists, exactly what [`features::shared_groups`] gives (the same
/// keys, in the same order, at the same weights).
#[derive(Default)]
struct Groups {
    keys: Vec<(u32, f32)>,
    /// `spans[(size - 2) * (n + 1) + end]`: the group of `size` units ending before `end`.
    spans: Vec<(usize, usize)>,
    n: usize,
}

/// The largest group a bead shape joins.
const GROUP_MAX: usize = 4;

impl Groups {
    fn new(units: &[Unit]) -> Groups {
        let n = units.len();
        let mut keys = Vec::new();
        let mut spans = Vec::with_capacity((GROUP_MAX - 1) * (n + 1));
        for size in 2..=GROUP_MAX {
            for end in 0..=n {
                let start = keys.len();
                if end >= size {
                    keys.extend(features::merged_keys(&units[end - size..end]));
                }
                spans.push((start, keys.len()));
            }
        }
        Groups { keys, spans, n }
    }

    /// The keys of the `size` units of `units` ending before `end`.
    fn get<'a>(&'a self, units: &'a [Unit], size: usize, end: usize) -> &'a [(u32, f32)] {
        if size == 1 {
            &units[end - 1].keys
        } else {
            let (a, b) = self.spans[(size - 2) * (self.n + 1) + end];
            &self.keys[a..b]
        }
    }
}

impl<'a> Scorer<'a> {
    fn new(us: &'a [Unit], ut: &'a [Unit], model: &'a Model, band: &'a Band) -> Scorer<'a> {
        let prefix = |v: &mut dyn Iterator<Item = f32>| {
            let mut out = vec![0.0];
            let mut acc = 0.0;
            for x in v {
                acc += x;
                out.push(acc);
            }
            out
        };
        let mut offset = Vec::with_capacity(us.len() + 1);
        let mut total = 0;
        for i in 0..=us.len() {
            offset.push(total);
            total += band.hi[i] - band.lo[i] + 1;
        }
        let exact = model.exact_groups && (us.len() + 1) * (ut.len() + 1) <= EXACT_CELLS;
        let mut shared_tab = vec![0.0f32; total];
        for i in 1..=us.len() {
            for j in band.lo[i].max(1)..=band.hi[i] {
                shared_tab[offset[i] + j - band.lo[i]] = shared(&us[i - 1], &ut[j - 1]);
            }
        }
        Scorer {
            us,
            ut,
            model,
            band,
            len_s: prefix(&mut us.iter().map(|u| u.len)),
            len_t: prefix(&mut ut.iter().map(|u| u.len)),
            w_s: prefix(&mut us.iter().map(|u| u.weight)),
            w_t: prefix(&mut ut.iter().map(|u| u.weight)),
            offset,
            shared: shared_tab,
            structured: us
                .iter()
                .chain(ut)
                .any(|u| u.class != 0 || u.number.is_some()),
            baseline: baseline(us, ut),
            exact,
            groups_s: if exact {
                Groups::new(us)
            } else {
                Groups::default()
            },
            groups_t: if exact {
                Groups::new(ut)
            } else {
                Groups::default()
            },
        }
    }

    /// Anchors shared by source `x` and target `y`.
    fn pair(&self, x: usize, y: usize) -> f32 {
        let (i, j) = (x + 1, y + 1);
        if self.band.contains(i, j) {
            self.shared[self.offset[i] + j - self.band.lo[i]]
        } else {
            shared(&self.us[x], &self.ut[y])
        }
    }

    /// Cost of the bead of shape `MOVES[mv]` ending at cell `(i, j)`.
    fn cost(&self, i: usize, j: usize, mv: usize) -> f32 {
        let (a, b) = MOVES[mv];
        if a == 0 || b == 0 {
            return self.model.indel;
        }
        if a > 1 && b > 1 && !self.model.many_to_many {
            return FORBIDDEN;
        }
        let ls = self.len_s[i] - self.len_s[i - a];
        let lt = self.len_t[j] - self.len_t[j - b];
        let (ws, wt) = (self.w_s[i] - self.w_s[i - a], self.w_t[j] - self.w_t[j - b]);
        let weight = ws + wt;
        let common = if (a > 1 || b > 1) && self.exact {
            // An anchor the group's segments share with each other counts once, as it does
            // for a single segment: merges gain nothing from repeated words.
            // (`features::shared_groups`, from groups merged once.)
            let common = features::shared_keys(
                self.groups_s.get(self.us, a, i),
                self.groups_t.get(self.ut, b, j),
            );
            debug_assert_eq!(
                common.to_bits(),
                features::shared_groups(&self.us[i - a..i], &self.ut[j - b..j]).to_bits()
            );
            common
        } else {
            let mut common = 0.0;
            for x in i - a..i {
                for y in j - b..j {
                    common += self.pair(x, y);
                }
            }
            // Summing over pairs counts an anchor once per pair it appears in; a group cannot
            // share more than either side holds.
            common.min(ws).min(wt)
        };
        // A pseudo-count in the denominator: one accidental shared token in segments with no
        // other anchor is weak evidence, not a perfect match.
        let sim = (2.0 * common / (weight + self.model.pseudo)).min(1.0);
        // Only sharing beyond chance is evidence.
        let sim = ((sim - self.baseline) / (1.0 - self.baseline)).max(0.0);
        let prior = if mv == 0 {
            PRIOR[0]
        } else if a > b {
            PRIOR[mv] * self.model.prior_scale * self.model.merge_scale
        } else {
            PRIOR[mv] * self.model.prior_scale
        };
        let length = self.model.length_cost(ls, lt);
        let length = match (mv, self.model.max_length_cost) {
            (0, Some(max)) => length.min(max),
            _ => length,
        };
        let mut cost = length + prior - self.model.anchor_weight * sim;
        if self.structured {
            cost += self.model.structure_weight
                * structure_cost(&self.us[i - a..i], &self.ut[j - b..j]);
        }
        cost
    }
}

fn diagonal_band(n: usize, m: usize, w: usize) -> Band {
    let mut lo = Vec::with_capacity(n + 1);
    let mut hi = Vec::with_capacity(n + 1);
    for i in 0..=n {
        let c = (i * m).checked_div(n).unwrap_or(0);
        lo.push(c.saturating_sub(w));
        hi.push((c + w).min(m));
    }
    Band { lo, hi }
}

/// Aligns a coarsened copy (groups of `COARSE` consecutive segments merged, recursively until
/// the copy is small enough to search in full) and returns the band around its path, projected
/// back to the full sequences.
fn coarse_band(us: &[Unit], ut: &[Unit], model: &Model, opts: &Options) -> Band {
    const COARSE: usize = 8;
    let cs: Vec<Unit> = us.chunks(COARSE).map(merge).collect();
    let ct: Vec<Unit> = ut.chunks(COARSE).map(merge).collect();
    let coarse_opts = Options {
        max_cells: opts.max_coarse_cells,
        ..opts.clone()
    };
    let unit_len = us.iter().chain(ut).map(|u| u.len).sum::<f32>() / (us.len() + ut.len()) as f32;
    let coarse = run(
        &cs,
        &ct,
        &model.coarse(COARSE, unit_len),
        &coarse_opts,
        None,
    );
    let scaled: Vec<RawBead> = coarse
        .into_iter()
        .map(|(s, t, c)| {
            let (n, m) = (us.len(), ut.len());
            (
                (s.start * COARSE).min(n)..(s.end * COARSE).min(n),
                (t.start * COARSE).min(m)..(t.end * COARSE).min(m),
                c,
            )
        })
        .collect();
    path_band(&scaled, us.len(), ut.len(), opts.window)
}

/// The band of `window` cells around a path of beads: for each bead's rectangle, its diagonal
/// widened by the window.
fn path_band(beads: &[RawBead], n: usize, m: usize, window: usize) -> Band {
    let mut lo = vec![usize::MAX; n + 1];
    let mut hi = vec![0usize; n + 1];
    for (s, t, _) in beads {
        let (s0, s1, t0, t1) = (s.start, s.end, t.start, t.end);
        for i in s0..=s1 {
            let (a, b) = if s1 == s0 {
                (t0, t1)
            } else {
                let c = t0 + (i - s0) * (t1 - t0) / (s1 - s0);
                (c, c)
            };
            lo[i] = lo[i].min(a.saturating_sub(window));
            hi[i] = hi[i].max((b + window).min(m));
        }
    }
    for l in &mut lo {
        if *l == usize::MAX {
            *l = 0;
        }
    }
    let mut band = Band { lo, hi };
    band.repair(m);
    band
}

/// Largest input (cells) whose groups' shared anchors are computed exactly: a statement of
/// 500 blocks; beyond, sums over pairs (an upper bound) keep the search linear.
const EXACT_CELLS: usize = 250_000;

/// The cost of a shape that is not allowed.
const FORBIDDEN: f32 = 1.0e6;

/// Bead shapes' prior costs, `-ln P(shape)`, indexed like [`MOVES`]. 1-0 and 0-1 cost
/// [`Options::indel`] instead.
const PRIOR: [f32; MOVES.len()] = [0.12, 0.0, 0.0, 2.6, 2.6, 4.0, 4.6, 4.6, 5.5, 5.5, 6.0, 6.0];

/// The scoring model of one alignment.
#[derive(Debug, Clone)]
struct Model {
    /// Target characters per source character.
    ratio: f32,
    /// Variance of the target length per source character (Gale–Church's s²).
    variance: f32,
    /// Cost of a 1-0 or 0-1 bead.
    indel: f32,
    /// Weight of anchor sharing.
    anchor_weight: f32,
    /// Scale of the non-1-1 shape priors.
    prior_scale: f32,
    merge_scale: f32,
    /// Pseudo-count added to the anchor weight of a bead before its similarity is computed.
    pseudo: f32,
    /// Constant part of the length variance.
    short_variance: f32,
    max_length_cost: Option<f32>,
    structure_weight: f32,
    many_to_many: bool,
    exact_groups: bool,
}

impl Model {
    fn initial(us: &[Unit], ut: &[Unit], opts: &Options) -> Model {
        let ls: f32 = us.iter().map(|u| u.len).sum();
        let lt: f32 = ut.iter().map(|u| u.len).sum();
        let ratio = match opts.ratio {
            Some(r) if r > 0.0 => r,
            _ if ls > 0.0 && lt > 0.0 => lt / ls,
            _ => 1.0,
        };
        Model {
            ratio,
            variance: 6.8,
            indel: opts.indel,
            anchor_weight: opts.anchor_weight,
            prior_scale: opts.prior_scale,
            merge_scale: opts.merge_scale,
            pseudo: opts.pseudo_count,
            short_variance: opts.short_variance,
            max_length_cost: opts.max_length_cost,
            structure_weight: opts.structure_weight,
            many_to_many: opts.many_to_many,
            exact_groups: opts.exact_groups,
        }
    }

    /// The model for a copy coarsened by merging `factor` units of average length `unit_len`:
    /// omitting a whole group costs more, and lengths vary more, because a coarse bead's
    /// boundaries fall between coarse units, up to half a unit from where the translation's
    /// boundary really is (a deviation that grows with the unit, not with its square root).
    fn coarse(&self, factor: usize, unit_len: f32) -> Model {
        Model {
            indel: self.indel * 2.0,
            variance: self.variance + factor as f32 * unit_len / 4.0,
            // Coarse units hold hundreds of keys each: sums over pairs, the cheap bound.
            exact_groups: false,
            ..self.clone()
        }
    }

    /// Gale–Church: `-ln P(|δ|)` where δ is how far the target length is from the source
    /// length times the ratio, in standard deviations.
    fn length_cost(&self, ls: f32, lt: f32) -> f32 {
        if ls + lt <= 0.0 {
            return 0.0;
        }
        let mean = ((ls + lt / self.ratio) / 2.0).max(1.0);
        let delta = (lt - ls * self.ratio) / (self.variance * mean + self.short_variance).sqrt();
        tail_cost(delta.abs())
    }

    /// Re-estimates the length variance from the 1-1 beads of a pass (median-based, so that
    /// a few wrong beads do not inflate it); false when there were too few to learn from.
    fn refine(&mut self, us: &[Unit], ut: &[Unit], beads: &[RawBead]) -> bool {
        let mut devs: Vec<f32> = beads
            .iter()
            .filter(|(s, t, _)| s.len() == 1 && t.len() == 1)
            .map(|(s, t, _)| {
                let (ls, lt) = (us[s.start].len.max(1.0), ut[t.start].len);
                // `x * x`, never `powi`, whose precision differs between builds.
                let d = lt - ls * self.ratio;
                d * d / ((ls + lt / self.ratio) / 2.0).max(1.0)
            })
            .collect();
        if devs.len() < 20 {
            return false;
        }
        devs.sort_by(f32::total_cmp);
        let median = devs[devs.len() / 2];
        // For a normal variable, median(x²) ≈ 0.455 E[x²].
        self.variance = (median / 0.455).clamp(1.0, 60.0);
        true
    }

    /// Beads with confidences: a logistic function of how well lengths fit and how much the
    /// two sides share, relative to what the bead's shape costs.
    fn finish(&self, beads: Vec<RawBead>) -> Vec<Bead> {
        beads
            .into_iter()
            .map(|(s, t, cost)| {
                let confidence = if s.is_empty() || t.is_empty() {
                    0.5
                } else {
                    let n = (s.len() + t.len()) as f32 / 2.0;
                    let logit = 2.5 - cost / n;
                    1.0 / (1.0 + (-logit).exp())
                };
                Bead {
                    src: s,
                    tgt: t,
                    cost,
                    confidence,
                }
            })
            .collect()
    }
}

/// Mean similarity of unrelated segment pairs (each source segment against the target segment
/// half the text away), sampled: near 0 for ordinary text, near 1 for coarse units of a very
/// repetitive text, where anchors then say nothing and lengths decide.
fn baseline(us: &[Unit], ut: &[Unit]) -> f32 {
    let (n, m) = (us.len(), ut.len());
    if n < 4 || m < 4 {
        return 0.0;
    }
    let samples = n.min(200);
    let mut total = 0.0;
    for k in 0..samples {
        let i = k * n / samples;
        let j = (i * m / n + m / 2) % m;
        let w = us[i].weight + ut[j].weight;
        if w > 0.0 {
            total += (2.0 * shared(&us[i], &ut[j]) / w).min(1.0);
        }
    }
    (total / samples as f32).min(0.95)
}

/// Cost of joining segments of different classes, and reward for equal list numbers.
fn structure_cost(s: &[Unit], t: &[Unit]) -> f32 {
    let mut cost = 0.0;
    let has = |u: &[Unit], c: u8| u.iter().any(|x| x.class == c);
    let classed = |u: &[Unit]| u.iter().any(|x| x.class != 0);
    // Blocks of different kinds (a heading and a paragraph) do not merge into one bead side.
    let mixed = |u: &[Unit]| u.iter().any(|x| x.class != u[0].class);
    if mixed(s) {
        cost += 4.0;
    }
    if mixed(t) {
        cost += 4.0;
    }
    if classed(s) && classed(t) {
        // Every class on one side should meet its own class on the other.
        let missing = s
            .iter()
            .filter(|x| x.class != 0 && !has(t, x.class))
            .count()
            + t.iter()
                .filter(|x| x.class != 0 && !has(s, x.class))
                .count();
        cost += 3.0 * missing as f32;
        // Several list items should not merge into one.
        let items = |u: &[Unit]| u.iter().filter(|x| x.number.is_some()).count();
        if items(s) > 1 || items(t) > 1 {
            cost += 2.0;
        }
    }
    // Equal list numbers are evidence; unequal ones are not counter-evidence, since a
    // translator who drops an item usually renumbers the rest.
    if let ([x], [y]) = (s, t)
        && let (Some(a), Some(b)) = (x.number, y.number)
        && a == b
    {
        cost -= 1.0;
    }
    cost
}

/// `-ln(2 (1 - Φ(x)))` for `x ≥ 0`: the cost of a length deviation of `x` standard deviations.
/// Read from a table (step 1/128, linear interpolation) up to `x = 16`, where the tail's
/// asymptote `x²/2 + ln(x √(π/2))` is exact to four digits; no cap, so that a grossly wrong
/// length (at the coarse levels of a long alignment, units of thousands of characters) costs
/// what it should. Evaluated for every shape of every cell of the search, hence the table.
fn tail_cost(x: f32) -> f32 {
    const STEP: f32 = 128.0;
    const END: f32 = 16.0;
    static TABLE: std::sync::OnceLock<Vec<f32>> = std::sync::OnceLock::new();
    if x >= END {
        return x * x / 2.0 + (x * (std::f32::consts::PI / 2.0).sqrt()).ln();
    }
    let table = TABLE.get_or_init(|| {
        (0..=(END * STEP) as usize + 1)
            .map(|k| neg_ln_erfc(k as f64 / STEP as f64 / std::f64::consts::SQRT_2) as f32)
            .collect()
    });
    let pos = x * STEP;
    let k = pos as usize;
    let frac = pos - k as f32;
    table[k] + (table[k + 1] - table[k]) * frac
}

/// `-ln(erfc(z))` for `z ≥ 0`, computed in log space (Numerical Recipes' `erfcc`, fractional
/// error below 1.2e-7 everywhere), so the far tail keeps its precision.
fn neg_ln_erfc(z: f64) -> f64 {
    let t = 1.0 / (1.0 + 0.5 * z);
    let poly = -1.26551223
        + t * (1.00002368
            + t * (0.37409196
                + t * (0.09678418
                    + t * (-0.18628806
                        + t * (0.27886807
                            + t * (-1.13520398
                                + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
    -(t.ln() - z * z + poly)
}

#[cfg(test)]
mod tests;
