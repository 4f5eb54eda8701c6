//! `number-mismatch`: the numbers of an aligned block pair differ by value.
//!
//! Numbers are compared by value whatever their digits (ASCII, ٠–٩, ۰–۹) and separators (each
//! number is the set of values it can mean: Kurmanji `250.000` is 250 or 250000). A number the
//! other side writes in words (`twelve`, `دوازدە`, `250 ألف`) matches; words never fire on their
//! own. Numbers of dates the date check compared are left to it, and footnote marks (`[^1]`,
//! superscripts) are not numbers. The comparison is per block pair, so a translation that moves a
//! number to another sentence of the same paragraph is not a mismatch; the finding points at the
//! sentences that hold the unmatched numbers.

use super::dates::{Claimed, sentence_at};
use super::{Finding, Pair, detail};
use crate::document::Document;
use crate::numbers::{Number, display, find_numbers};

struct Found {
    block: usize,
    number: Number,
}

/// The numbers of `blocks`, split into those a date claimed and the others.
fn numbers_of(
    d: &Document,
    blocks: &[usize],
    claimed: &[(usize, std::ops::Range<usize>)],
) -> (Vec<Found>, Vec<Found>) {
    let mut free = Vec::new();
    let mut dated = Vec::new();
    for &b in blocks {
        let text = &d.blocks[b].text;
        for number in find_numbers(text, d.lang) {
            if is_footnote(text, &number) {
                continue;
            }
            if Claimed::contains(claimed, b, &number.span) {
                dated.push(Found { block: b, number });
            } else {
                free.push(Found { block: b, number });
            }
        }
    }
    (free, dated)
}

/// `[^3]` footnote references are not numbers of the statement.
fn is_footnote(text: &str, n: &Number) -> bool {
    text[..n.span.start].ends_with("[^") && text[n.span.end..].starts_with(']')
}

pub(super) fn run(pair: &Pair, claimed: &Claimed, out: &mut Vec<Finding>) {
    for bead in &pair.alignment.blocks {
        if bead.src.is_empty() || bead.tgt.is_empty() {
            continue;
        }
        let (src, src_dated) = numbers_of(pair.source, &bead.src, &claimed.source);
        let (tgt, tgt_dated) = numbers_of(pair.target, &bead.tgt, &claimed.target);
        let (mut src_only, mut tgt_only) = unmatched(&src, &tgt);
        // A date one side wrote in a form the date reader did not recognise still has its
        // numbers: they may meet the other side's date.
        src_only.retain(|f| !tgt_dated.iter().any(|d| d.number.matches(&f.number)));
        tgt_only.retain(|f| !src_dated.iter().any(|d| d.number.matches(&f.number)));
        if src_only.is_empty() && tgt_only.is_empty() {
            continue;
        }
        // Point at the first sentence holding an unmatched number, on each side; when one side
        // has none, at the sentence its bead pairs with.
        let s_at = src_only
            .first()
            .map(|f| sentence_at(pair.source, f.block, f.number.span.start));
        let t_at = tgt_only
            .first()
            .map(|f| sentence_at(pair.target, f.block, f.number.span.start));
        let (s_at, t_at) = match (s_at, t_at) {
            (Some(s), Some(t)) => (s, t),
            (Some(s), None) => (
                s,
                counterpart(bead, s, true).unwrap_or(crate::align::statement::SentenceRef {
                    block: bead.tgt[0],
                    sentence: 0,
                }),
            ),
            (None, Some(t)) => (
                counterpart(bead, t, false).unwrap_or(crate::align::statement::SentenceRef {
                    block: bead.src[0],
                    sentence: 0,
                }),
                t,
            ),
            (None, None) => continue,
        };
        let mut f = pair.finding(
            "number-mismatch",
            Some(pair.src_sentence(s_at)),
            Some(pair.tgt_sentence(t_at)),
        );
        let show = |v: &[&Found], d: &Document| -> Vec<String> {
            v.iter()
                .map(|f| d.blocks[f.block].text[f.number.span.clone()].to_string())
                .collect()
        };
        let values =
            |v: &[&Found]| -> Vec<String> { v.iter().map(|f| display(f.number.value())).collect() };
        detail(&mut f, "source_only", show(&src_only, pair.source));
        detail(&mut f, "target_only", show(&tgt_only, pair.target));
        detail(&mut f, "source_values", values(&src_only));
        detail(&mut f, "target_values", values(&tgt_only));
        out.push(f);
    }
}

/// The sentence the bead pairs with `r` (on the other side).
fn counterpart(
    bead: &crate::align::statement::BlockBead,
    r: crate::align::statement::SentenceRef,
    from_source: bool,
) -> Option<crate::align::statement::SentenceRef> {
    bead.sentences.iter().find_map(|s| {
        let (mine, other) = if from_source {
            (&s.src, &s.tgt)
        } else {
            (&s.tgt, &s.src)
        };
        if mine.contains(&r) {
            other.first().copied()
        } else {
            None
        }
    })
}

/// The numbers written in digits on one side that nothing on the other side can mean.
fn unmatched<'a>(src: &'a [Found], tgt: &'a [Found]) -> (Vec<&'a Found>, Vec<&'a Found>) {
    let mut used_t = vec![false; tgt.len()];
    let mut used_s = vec![false; src.len()];
    // Digits against digits first, then digits against words, in order.
    for pass in 0..2 {
        for (i, s) in src.iter().enumerate() {
            if used_s[i] || s.number.words_only {
                continue;
            }
            if let Some(k) = (0..tgt.len()).find(|&k| {
                !used_t[k]
                    && (pass == 1 || !tgt[k].number.words_only)
                    && s.number.matches(&tgt[k].number)
            }) {
                used_s[i] = true;
                used_t[k] = true;
            }
        }
    }
    // Target digits against source words.
    for (k, t) in tgt.iter().enumerate() {
        if used_t[k] || t.number.words_only {
            continue;
        }
        if let Some(i) = (0..src.len()).find(|&i| !used_s[i] && src[i].number.matches(&t.number)) {
            used_s[i] = true;
            used_t[k] = true;
        }
    }
    let src_only = src
        .iter()
        .enumerate()
        .filter(|(i, s)| !used_s[*i] && !s.number.words_only)
        .map(|(_, s)| s)
        .collect();
    let tgt_only = tgt
        .iter()
        .enumerate()
        .filter(|(k, t)| !used_t[*k] && !t.number.words_only)
        .map(|(_, t)| t)
        .collect();
    (src_only, tgt_only)
}
