//! Dates: `date-mismatch` (day, month or year differ between a source block and its
//! translation, in any month-name series or digit script) and `date-calendar` (a Kurdish solar
//! month in the translation: not a Gregorian date, needs checking).
//!
//! The numbers of every date this check compares are *claimed*: the number check skips them,
//! so one wrong day gives one finding.

use std::ops::Range;

use super::{Finding, Pair, detail};
use crate::align::statement::SentenceRef;
use crate::dates::{Date, find_dates};
use crate::document::Document;
use crate::lang::Calendar;

/// Number spans already accounted for by dates, per side: (block index, byte range in the
/// block's text).
#[derive(Debug, Default)]
pub(super) struct Claimed {
    pub source: Vec<(usize, Range<usize>)>,
    pub target: Vec<(usize, Range<usize>)>,
}

impl Claimed {
    pub fn contains(list: &[(usize, Range<usize>)], block: usize, span: &Range<usize>) -> bool {
        list.iter()
            .any(|(b, r)| *b == block && r.start <= span.start && span.end <= r.end)
    }
}

/// The sentence of `block` that holds byte `at` of its text.
pub(super) fn sentence_at(d: &Document, block: usize, at: usize) -> SentenceRef {
    let k = d.blocks[block]
        .sentences
        .iter()
        .rposition(|s| s.range.start <= at)
        .unwrap_or(0);
    SentenceRef { block, sentence: k }
}

struct Found {
    block: usize,
    date: Date,
}

fn dates_of(d: &Document, blocks: &[usize]) -> Vec<Found> {
    blocks
        .iter()
        .flat_map(|&b| {
            find_dates(&d.blocks[b].text, d.lang)
                .into_iter()
                .map(move |date| Found { block: b, date })
        })
        .collect()
}

pub(super) fn run(pair: &Pair, out: &mut Vec<Finding>) -> Claimed {
    let mut claimed = Claimed::default();
    for bead in &pair.alignment.blocks {
        if bead.src.is_empty() || bead.tgt.is_empty() {
            continue;
        }
        let src = dates_of(pair.source, &bead.src);
        let tgt = dates_of(pair.target, &bead.tgt);
        // A date claims its whole span: its digits and the words of its month name (Sorani
        // `کانوونی دووەم` holds the ordinal "second").
        let claim = |c: &mut Vec<(usize, Range<usize>)>, f: &Found| {
            c.push((f.block, f.date.span.clone()));
        };
        // Solar months and internally inconsistent pairs in the translation.
        let mut tgt_greg: Vec<&Found> = Vec::new();
        for f in &tgt {
            if f.date.calendar == Calendar::KurdishSolar {
                claim(&mut claimed.target, f);
                let loc = pair.tgt_sentence(sentence_at(pair.target, f.block, f.date.span.start));
                let mut finding = pair.finding("date-calendar", None, Some(loc));
                detail(
                    &mut finding,
                    "date",
                    pair.target.blocks[f.block].text[f.date.span.clone()].to_string(),
                );
                out.push(finding);
            } else {
                tgt_greg.push(f);
            }
        }
        let src_greg: Vec<&Found> = src
            .iter()
            .filter(|f| f.date.calendar == Calendar::Gregorian)
            .collect();
        // Exact agreements first, in order.
        let mut used_t = vec![false; tgt_greg.len()];
        let mut unmatched_s: Vec<&Found> = Vec::new();
        for s in &src_greg {
            match (0..tgt_greg.len()).find(|&k| {
                !used_t[k]
                    && s.date.agrees(&tgt_greg[k].date)
                    && tgt_greg[k].date.paired_with.is_none()
            }) {
                Some(k) => {
                    used_t[k] = true;
                    claim(&mut claimed.source, s);
                    claim(&mut claimed.target, tgt_greg[k]);
                }
                None => unmatched_s.push(s),
            }
        }
        let mut unmatched_t: Vec<&Found> = (0..tgt_greg.len())
            .filter(|&k| !used_t[k])
            .map(|k| tgt_greg[k])
            .collect();
        // Then each remaining source date with the remaining target date that shares most with
        // it (year, day or month): a date that says 8 January instead of 7.
        for s in unmatched_s {
            let score = |t: &Date| {
                usize::from(t.year.is_some() && t.year == s.date.year)
                    + usize::from(t.day.is_some() && t.day == s.date.day)
                    + usize::from(t.month == s.date.month)
            };
            let best = (0..unmatched_t.len())
                .filter(|&k| score(&unmatched_t[k].date) > 0)
                .max_by_key(|&k| score(&unmatched_t[k].date));
            let Some(k) = best else {
                continue;
            };
            let t = unmatched_t.remove(k);
            claim(&mut claimed.source, s);
            claim(&mut claimed.target, t);
            out.push(mismatch(pair, s, t));
        }
        // Months named alone (`in June` / `في تموز`): compared only when both versions name
        // one that the other does not (a translator may drop or add a month; naming another
        // is an error).
        bare_months(pair, bead, &src, &tgt, out);
        // A paired month whose halves disagree (`كانون الثاني/فبراير`).
        for t in unmatched_t.iter().filter(|t| t.date.paired_with.is_some()) {
            claim(&mut claimed.target, t);
            let loc = pair.tgt_sentence(sentence_at(pair.target, t.block, t.date.span.start));
            let mut f = pair.finding("date-mismatch", None, Some(loc));
            detail(
                &mut f,
                "target_date",
                pair.target.blocks[t.block].text[t.date.span.clone()].to_string(),
            );
            detail(
                &mut f,
                "paired_months",
                vec![t.date.month, t.date.paired_with.unwrap_or(0)],
            );
            out.push(f);
        }
    }
    claimed
}

/// A month named alone in the source that the translation names as another month.
fn bare_months(
    pair: &Pair,
    bead: &crate::align::statement::BlockBead,
    src_dates: &[Found],
    tgt_dates: &[Found],
    out: &mut Vec<Finding>,
) {
    let bare = |d: &Document, blocks: &[usize]| -> Vec<(usize, Range<usize>, u8)> {
        blocks
            .iter()
            .flat_map(|&b| {
                crate::dates::find_bare_months(&d.blocks[b].text, d.lang)
                    .into_iter()
                    .map(move |(r, m)| (b, r, m))
            })
            .collect()
    };
    let (s, t) = (bare(pair.source, &bead.src), bare(pair.target, &bead.tgt));
    if s.is_empty() || t.is_empty() {
        return;
    }
    let months = |bare: &[(usize, Range<usize>, u8)], dates: &[Found]| -> Vec<u8> {
        bare.iter()
            .map(|x| x.2)
            .chain(dates.iter().map(|f| f.date.month))
            .collect()
    };
    let (sm, tm) = (months(&s, src_dates), months(&t, tgt_dates));
    // Counted, not as sets: `in June … in July` rendered as `in July … in July` names June once
    // less and July once more.
    let unpaired = |bare: &[(usize, Range<usize>, u8)], other: &[u8]| {
        let mut left = other.to_vec();
        let mut out: Vec<(usize, Range<usize>, u8)> = Vec::new();
        for x in bare {
            match left.iter().position(|m| *m == x.2) {
                Some(k) => {
                    left.swap_remove(k);
                }
                None => out.push(x.clone()),
            }
        }
        out
    };
    let (s_only, t_only) = (unpaired(&s, &tm), unpaired(&t, &sm));
    let (Some(a), Some(b)) = (s_only.first(), t_only.first()) else {
        return;
    };
    let sloc = pair.src_sentence(sentence_at(pair.source, a.0, a.1.start));
    let tloc = pair.tgt_sentence(sentence_at(pair.target, b.0, b.1.start));
    let mut f = pair.finding("date-mismatch", Some(sloc), Some(tloc));
    detail(
        &mut f,
        "source_date",
        pair.source.blocks[a.0].text[a.1.clone()].to_string(),
    );
    detail(
        &mut f,
        "target_date",
        pair.target.blocks[b.0].text[b.1.clone()].to_string(),
    );
    detail(&mut f, "source_value", format!("--{:02}", a.2));
    detail(&mut f, "target_value", format!("--{:02}", b.2));
    detail(&mut f, "paired_months", Vec::<u8>::new());
    out.push(f);
}

fn mismatch(pair: &Pair, s: &Found, t: &Found) -> Finding {
    let sloc = pair.src_sentence(sentence_at(pair.source, s.block, s.date.span.start));
    let tloc = pair.tgt_sentence(sentence_at(pair.target, t.block, t.date.span.start));
    let mut f = pair.finding("date-mismatch", Some(sloc), Some(tloc));
    detail(
        &mut f,
        "source_date",
        pair.source.blocks[s.block].text[s.date.span.clone()].to_string(),
    );
    detail(
        &mut f,
        "target_date",
        pair.target.blocks[t.block].text[t.date.span.clone()].to_string(),
    );
    detail(&mut f, "source_value", s.date.display());
    detail(&mut f, "target_value", t.date.display());
    detail(&mut f, "paired_months", Vec::<u8>::new());
    f
}
