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
    /// The unit it carries (`five weeks`), if any.
    unit: Option<crate::lang::Unit>,
    /// The text between it and the next number of the block, if that is a single space (a
    /// number written in groups: `116 123`).
    grouped_with_next: bool,
}

/// Numbers one side writes in space-separated groups (`116 123`, a phone number) and the other
/// as one (`116123`) are the same number.
fn regroup<'a>(src: Vec<&'a Found>, tgt: Vec<&'a Found>) -> (Vec<&'a Found>, Vec<&'a Found>) {
    let joined = |v: &[&Found], k: usize| -> Option<f64> {
        let (a, b) = (v.get(k)?, v.get(k + 1)?);
        if !a.grouped_with_next || a.block != b.block {
            return None;
        }
        let digits = |f: &Found| crate::numbers::display(f.number.value());
        format!("{}{}", digits(a), digits(b)).parse().ok()
    };
    let mut drop_s = vec![false; src.len()];
    let mut drop_t = vec![false; tgt.len()];
    for (mine, others, drop_mine, drop_other) in [(&src, &tgt, &mut drop_s, &mut drop_t)] {
        for k in 0..mine.len() {
            if let Some(v) = joined(mine, k)
                && let Some(o) = (0..others.len()).find(|&o| {
                    others[o]
                        .number
                        .values
                        .iter()
                        .any(|x| crate::numbers::same(*x, v))
                })
            {
                drop_mine[k] = true;
                drop_mine[k + 1] = true;
                drop_other[o] = true;
            }
        }
    }
    for k in 0..tgt.len() {
        if let Some(v) = joined(&tgt, k)
            && let Some(o) = (0..src.len()).find(|&o| {
                !drop_s[o]
                    && src[o]
                        .number
                        .values
                        .iter()
                        .any(|x| crate::numbers::same(*x, v))
            })
        {
            drop_t[k] = true;
            drop_t[k + 1] = true;
            drop_s[o] = true;
        }
    }
    (
        src.into_iter()
            .enumerate()
            .filter(|(k, _)| !drop_s[*k])
            .map(|(_, f)| f)
            .collect(),
        tgt.into_iter()
            .enumerate()
            .filter(|(k, _)| !drop_t[*k])
            .map(|(_, f)| f)
            .collect(),
    )
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
        let numbers = find_numbers(text, d.lang);
        for (k, number) in numbers.iter().enumerate() {
            if is_footnote(text, number) {
                continue;
            }
            let grouped_with_next = numbers.get(k + 1).is_some_and(|n| {
                text.get(number.span.end..n.span.start) == Some(" ") && !number.words && !n.words
            });
            let found = Found {
                block: b,
                unit: crate::numbers::unit_of(text, &number.span, d.lang),
                number: number.clone(),
                grouped_with_next,
            };
            if Claimed::contains(claimed, b, &number.span) {
                dated.push(found);
            } else {
                free.push(found);
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
        let Matching {
            pairs,
            mut src_only,
            mut tgt_only,
        } = unmatched(&src, &tgt, &|s: &Found, t: &Found, one_each: bool| {
            let sr = sentence_at(pair.source, s.block, s.number.span.start);
            let tr = sentence_at(pair.target, t.block, t.number.span.start);
            // One sentence each: in a merged pair, a number word of one sentence may stand
            // beside the other's dual or compound (`two victories` / `بفوزين` next to
            // `الأربع كرات`, fourballs).
            bead.sentences.iter().any(|b| {
                if one_each {
                    b.src == [sr] && b.tgt == [tr]
                } else {
                    b.src.contains(&sr) && b.tgt.contains(&tr)
                }
            })
        });
        units(pair, bead, &pairs, out);
        magnitudes(pair, bead, out);
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

/// `unit-mismatch`: a number both sides have, whose unit differs (`five weeks` → `five days`,
/// `£11 million` → `11 million dollars`, `20 feet` → `20 metres`).
fn units(
    pair: &Pair,
    bead: &crate::align::statement::BlockBead,
    pairs: &[(&Found, &Found)],
    out: &mut Vec<Finding>,
) {
    let _ = bead;
    for (s, t) in pairs {
        let text_s = &pair.source.blocks[s.block].text;
        let (Some(us), Some(ut)) = (s.unit, t.unit) else {
            continue;
        };
        if us == ut {
            continue;
        }
        let mut f = pair.finding(
            "unit-mismatch",
            Some(pair.src_sentence(sentence_at(pair.source, s.block, s.number.span.start))),
            Some(pair.tgt_sentence(sentence_at(pair.target, t.block, t.number.span.start))),
        );
        detail(&mut f, "number", text_s[s.number.span.clone()].to_string());
        detail(&mut f, "source_unit", us.as_str());
        detail(&mut f, "target_unit", ut.as_str());
        out.push(f);
    }
}

/// Vague quantities of another magnitude (`tens of thousands` → `thousands`): a
/// `number-mismatch`, when both sides name one the other does not.
fn magnitudes(pair: &Pair, bead: &crate::align::statement::BlockBead, out: &mut Vec<Finding>) {
    let find = |d: &Document, blocks: &[usize]| -> Vec<(usize, std::ops::Range<usize>, u8)> {
        blocks
            .iter()
            .flat_map(|&b| {
                crate::numbers::magnitudes(&d.blocks[b].text, d.lang)
                    .into_iter()
                    .map(move |(r, m)| (b, r, m))
            })
            .collect()
    };
    let (s, t) = (find(pair.source, &bead.src), find(pair.target, &bead.tgt));
    let s_only: Vec<_> = s.iter().filter(|x| !t.iter().any(|y| y.2 == x.2)).collect();
    let t_only: Vec<_> = t.iter().filter(|y| !s.iter().any(|x| x.2 == y.2)).collect();
    let (Some(a), Some(b)) = (s_only.first(), t_only.first()) else {
        return;
    };
    let mut f = pair.finding(
        "number-mismatch",
        Some(pair.src_sentence(sentence_at(pair.source, a.0, a.1.start))),
        Some(pair.tgt_sentence(sentence_at(pair.target, b.0, b.1.start))),
    );
    let text = |d: &Document, x: &(usize, std::ops::Range<usize>, u8)| {
        d.blocks[x.0].text[x.1.clone()].to_string()
    };
    detail(&mut f, "source_only", vec![text(pair.source, a)]);
    detail(&mut f, "target_only", vec![text(pair.target, b)]);
    detail(&mut f, "source_values", vec![format!("1e{}", a.2)]);
    detail(&mut f, "target_values", vec![format!("1e{}", b.2)]);
    out.push(f);
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

/// Numbers matched across the sides, and those left over on each side.
struct Matching<'a> {
    pairs: Vec<(&'a Found, &'a Found)>,
    src_only: Vec<&'a Found>,
    tgt_only: Vec<&'a Found>,
}

/// Matches the numbers of the two sides by value: digits against digits first, then digits
/// against words, in order, each preferring a number of the sentence its own is paired with
/// (`same_sentence(s, t, false)`; with `true`, only when the pair is one sentence each). What is left over is reported when it is written in digits on one
/// side; numbers written in words are reported only when the other side has a number left over
/// too (a changed number: `seven years` → `four years`), since a translation renders a count in
/// many ways besides a number word (an Arabic dual, `both`, a plural).
fn unmatched<'a>(
    src: &'a [Found],
    tgt: &'a [Found],
    same_sentence: &dyn Fn(&Found, &Found, bool) -> bool,
) -> Matching<'a> {
    let mut used_t = vec![false; tgt.len()];
    let mut used_s = vec![false; src.len()];
    let mut pairs = Vec::new();
    for pass in 0..3 {
        for (i, s) in src.iter().enumerate() {
            if used_s[i] || (pass < 2 && s.number.words_only) {
                continue;
            }
            let fits = |k: usize| {
                !used_t[k]
                    && (pass >= 1 || !tgt[k].number.words_only)
                    && s.number.matches(&tgt[k].number)
            };
            // A number of the sentence paired with this one first, then any of the block pair.
            if let Some(k) = (0..tgt.len())
                .find(|&k| fits(k) && same_sentence(s, &tgt[k], false))
                .or_else(|| (0..tgt.len()).find(|&k| fits(k)))
            {
                used_s[i] = true;
                used_t[k] = true;
                pairs.push((s, &tgt[k]));
            }
        }
    }
    let left_s: Vec<&Found> = (0..src.len())
        .filter(|&i| !used_s[i])
        .map(|i| &src[i])
        .collect();
    let left_t: Vec<&Found> = (0..tgt.len())
        .filter(|&k| !used_t[k])
        .map(|k| &tgt[k])
        .collect();
    // Digits fire; a number in words fires only against a number left over on the other side
    // that counts the same unit (`seven years` → `four years`, `five to ten per cent` → `five
    // to six per cent`), or against a number word left over in the one sentence its sentence
    // is paired with (`two colleagues` → `sê hevkar`, three): a translation renders a count in
    // many ways besides a number word (an Arabic dual, `both`, a plural), so a number word
    // alone never fires, and a vague number (a decade) never fires.
    let counts = |f: &Found| f.number.values.iter().all(|v| *v >= 2.0);
    let changed = |f: &Found, others: &[&Found], f_is_source: bool| {
        f.number.words
            && counts(f)
            && others.iter().any(|o| {
                counts(o)
                    && o.unit == f.unit
                    && (f.unit.is_some()
                        || o.number.words
                            && o.number.words_only
                            && if f_is_source {
                                same_sentence(f, o, true)
                            } else {
                                same_sentence(o, f, true)
                            })
            })
    };
    let src_only: Vec<&Found> = left_s
        .iter()
        .copied()
        .filter(|f| !f.number.words_only || changed(f, &left_t, true))
        .collect();
    let tgt_only: Vec<&Found> = left_t
        .iter()
        .copied()
        .filter(|f| !f.number.words_only || changed(f, &left_s, false))
        .collect();
    let (src_only, tgt_only) = regroup(src_only, tgt_only);
    Matching {
        pairs,
        src_only,
        tgt_only,
    }
}
