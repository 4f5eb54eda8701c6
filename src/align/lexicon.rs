//! A word-correspondence table learned from the input itself.
//!
//! After the first pass, the most confident 1-1 beads are taken as parallel sentence pairs.
//! Two words that occur together in these pairs much more often than their frequencies allow
//! (Dice coefficient), and that are each other's best partner (competitive linking: every word
//! is linked at most once, strongest first), are taken as translations. Each target segment
//! then also carries, as anchors, the source words its words translate, so the second pass can
//! see that `Gipfel` and `sommet` share something.

use std::collections::HashMap;

use rustc_hash::FxHashMap;
use std::ops::Range;

use super::features::{AnchorKind, RawAnchors, Unit};
use super::{Model, Options};

/// At most this many beads are used for learning (enough for a table; bounded time).
const MAX_BEADS: usize = 12_000;
/// A pair must co-occur at least this often.
const MIN_COUNT: u32 = 3;
/// And have at least this Dice coefficient.
const MIN_DICE: f32 = 0.45;

/// For each target segment, the extra anchors (source word keys) its words translate; `None`
/// when the input is too short to learn anything reliable.
pub(super) fn learn(
    raw_s: &[RawAnchors],
    raw_t: &[RawAnchors],
    us: &[Unit],
    ut: &[Unit],
    beads: &[(Range<usize>, Range<usize>, f32)],
    model: &Model,
    opts: &Options,
) -> Option<Vec<Vec<(u32, AnchorKind)>>> {
    let mut ones: Vec<(usize, usize, f32)> = beads
        .iter()
        .filter(|(s, t, _)| s.len() == 1 && t.len() == 1)
        .map(|(s, t, _)| {
            (
                s.start,
                t.start,
                model.length_cost(us[s.start].len, ut[t.start].len),
            )
        })
        .collect();
    if ones.len() < opts.lexicon_min_beads {
        return None;
    }
    // The most confident: the better half by length fit.
    ones.sort_by(|a, b| a.2.total_cmp(&b.2));
    ones.truncate((ones.len() * 2 / 3).max(opts.lexicon_min_beads));
    if ones.len() > MAX_BEADS {
        let step = ones.len() as f64 / MAX_BEADS as f64;
        ones = (0..MAX_BEADS)
            .map(|k| ones[(k as f64 * step) as usize])
            .collect();
    }

    let words = |r: &RawAnchors| {
        let mut w: Vec<u32> = r
            .iter()
            .filter(|(_, kind)| *kind == AnchorKind::Word)
            .map(|(k, _)| *k)
            .collect();
        w.sort_unstable();
        w.dedup();
        w
    };
    let pairs: Vec<(Vec<u32>, Vec<u32>)> = ones
        .iter()
        .map(|&(i, j, _)| (words(&raw_s[i]), words(&raw_t[j])))
        .collect();
    let linked_t = link(&pairs);
    if linked_t.is_empty() {
        return None;
    }
    Some(
        raw_t
            .iter()
            .map(|r| {
                r.iter()
                    .filter(|(_, kind)| *kind == AnchorKind::Word)
                    .filter_map(|(k, _)| linked_t.get(k).map(|s| (*s, AnchorKind::Word)))
                    .collect()
            })
            .collect(),
    )
}

/// Competitive linking over word pairs that co-occur in parallel segments: for each target
/// word, the source word it translates (Dice ≥ [`MIN_DICE`], at least [`MIN_COUNT`]
/// co-occurrences, each word linked once, strongest first). Each segment's words are given
/// sorted and without duplicates.
fn link<K: Copy + Eq + std::hash::Hash + Ord>(pairs: &[(Vec<K>, Vec<K>)]) -> FxHashMap<K, K> {
    // Fx hashing: the maps' order never shows (candidates are sorted by a total order).
    let mut fs: FxHashMap<K, u32> = FxHashMap::default();
    let mut ft: FxHashMap<K, u32> = FxHashMap::default();
    for (a, b) in pairs {
        for w in a {
            *fs.entry(*w).or_insert(0) += 1;
        }
        for w in b {
            *ft.entry(*w).or_insert(0) += 1;
        }
    }
    let n = pairs.len() as u32;
    let useful = |f: u32| f >= MIN_COUNT && f <= n / 3;
    let mut co: FxHashMap<(K, K), u32> = FxHashMap::default();
    for (a, b) in pairs {
        for s in a.iter().filter(|w| useful(fs[w])) {
            for t in b.iter().filter(|w| useful(ft[w])) {
                if s != t {
                    *co.entry((*s, *t)).or_insert(0) += 1;
                }
            }
        }
    }
    let mut candidates: Vec<(f32, K, K)> = co
        .into_iter()
        .filter(|&(_, c)| c >= MIN_COUNT)
        .map(|((s, t), c)| (2.0 * c as f32 / (fs[&s] + ft[&t]) as f32, s, t))
        .filter(|&(d, _, _)| d >= MIN_DICE)
        .collect();
    candidates.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut linked_s: FxHashMap<K, K> = FxHashMap::default();
    let mut linked_t: FxHashMap<K, K> = FxHashMap::default();
    for (_, s, t) in candidates {
        if linked_s.contains_key(&s) || linked_t.contains_key(&t) {
            continue;
        }
        linked_s.insert(s, t);
        linked_t.insert(t, s);
    }
    linked_t
}

/// A word table learned from the sentence pairs of one document that the first pass paired
/// one to one (`pairs`: source and target anchors): target word → the source word it
/// translates. `None` when there are fewer than `min_pairs` pairs or nothing is learned.
pub(super) fn learn_words(
    pairs: &[(
        &super::features::AnchorStrings,
        &super::features::AnchorStrings,
    )],
    min_pairs: usize,
) -> Option<HashMap<String, String>> {
    if pairs.len() < min_pairs {
        return None;
    }
    fn words(a: &super::features::AnchorStrings) -> Vec<&str> {
        let mut w: Vec<&str> = a
            .iter()
            .filter(|(k, _)| *k == AnchorKind::Word)
            .map(|(_, t)| t.as_str())
            .collect();
        w.sort_unstable();
        w.dedup();
        w
    }
    let keyed: Vec<(Vec<&str>, Vec<&str>)> =
        pairs.iter().map(|(s, t)| (words(s), words(t))).collect();
    let linked = link(&keyed);
    if linked.is_empty() {
        return None;
    }
    Some(
        linked
            .into_iter()
            .map(|(t, s)| (t.to_string(), s.to_string()))
            .collect(),
    )
}
