//! Numbers in text, by value, whatever the script and convention they are written in.
//!
//! Digits are read in ASCII, Arabic-Indic (٠–٩) and Extended Arabic-Indic (۰–۹), digit by
//! digit. Separators are read by the conventions of the text's language (see
//! [`crate::lang::NumberConvention`]); a number that reads differently under two conventions
//! (Kurmanji `1.500`: 1500 or 1.5) means the *set* of its readings, and two numbers match
//! when their sets share a value. Number words and multipliers of the language are read too
//! (`twelve`, `اثنا عشر`, `250 ألف`, `45 هەزار و 968`, `73 hezar û 700`).

use rustc_hash::FxHashMap as HashMap;
use std::ops::Range;
use std::sync::OnceLock;

use crate::lang::Lang;
use crate::text::{digit_value, normalize_for_match};

/// A number found in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct Number {
    /// Byte range in the text.
    pub span: Range<usize>,
    /// Every value the number can mean, sorted, without duplicates.
    pub values: Vec<f64>,
    /// Written at least partly in words (`twelve`, `250 ألف`).
    pub words: bool,
    /// Written with no digit at all (`twelve`, `دوازدە`).
    pub words_only: bool,
}

impl Number {
    /// Whether the two numbers can mean the same value.
    pub fn matches(&self, other: &Number) -> bool {
        self.values
            .iter()
            .any(|a| other.values.iter().any(|b| same(*a, *b)))
    }

    /// The first reading, for display and for anchors.
    pub fn value(&self) -> f64 {
        self.values.first().copied().unwrap_or(0.0)
    }
}

/// Equality of two readings (they come from decimal text, so a relative epsilon suffices).
pub fn same(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

/// Multiplier abbreviations glued to digits in Latin script (`£2.8bn`, `$5m`, `10k`): the
/// multiplier, and whether the bare number stays a reading too (`4478m` may be metres).
const GLUED: &[(&str, f64, bool)] = &[
    ("bn", 1e9, false),
    ("billion", 1e9, false),
    ("mn", 1e6, false),
    ("million", 1e6, false),
    ("m", 1e6, true),
    ("k", 1e3, true),
];

/// A clock time `h:mm` is read as this negative code, so that it meets only other times.
fn time_code(h: f64, m: f64) -> f64 {
    -(h * 60.0 + m) - 1.0
}

/// Formats a value the way people write it in the source (`250000`, `3.5`, a time `05:30`).
pub fn display(v: f64) -> String {
    if v < 0.0 {
        let minutes = (-v - 1.0).round() as i64;
        return format!("{:02}:{:02}", minutes / 60, minutes % 60);
    }
    if v.fract() == 0.0 && v.abs() < 1e18 {
        format!("{}", v as i64)
    } else {
        let s = format!("{v:.6}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// A unit's words (folded) and the unit.
type UnitWords = (Vec<String>, crate::lang::Unit);

/// Units a language writes, folded once (units are looked up for every number).
fn unit_table(lang: Lang) -> &'static [UnitWords] {
    static ALL: OnceLock<HashMap<&'static str, Vec<UnitWords>>> = OnceLock::new();
    let all = ALL.get_or_init(|| {
        crate::lang::LANGUAGES
            .iter()
            .copied()
            .chain([&crate::lang::UND])
            .map(|l| {
                let mut units: Vec<(Vec<String>, crate::lang::Unit)> = l
                    .units
                    .iter()
                    .map(|(w, u)| (w.split(' ').map(crate::dates::fold_for_dates).collect(), *u))
                    .collect();
                // Longest first: `per cent` before `per`.
                units.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
                (l.code, units)
            })
            .collect()
    });
    all.get(lang.code).map_or(&[], Vec::as_slice)
}

/// Whether `word` ends a percent phrase of the language, the words before it being `toks`.
fn is_percent_word(toks: &[Tok], word: &str, lang: Lang) -> bool {
    let folded = crate::dates::fold_for_dates(word);
    unit_table(lang).iter().any(|(words, unit)| {
        if *unit != crate::lang::Unit::Percent || words.last() != Some(&folded) {
            return false;
        }
        let before = &words[..words.len() - 1];
        before.iter().rev().enumerate().all(|(k, w)| {
            toks.len() > k
                && matches!(&toks[toks.len() - 1 - k], Tok::Word(_, t) if crate::dates::fold_for_dates(t) == *w)
        })
    })
}

/// Words (and the symbols `%`, `£`, `$`, `€`, `٪`) of `text` as (byte range, folded form).
fn unit_words(text: &str) -> Vec<(Range<usize>, String)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let word =
        |c: char| crate::text::is_letter(c) || crate::text::is_ignorable(c) || c == '\u{200C}';
    for (i, c) in text.char_indices() {
        if word(c) {
            start.get_or_insert(i);
            continue;
        }
        if let Some(st) = start.take() {
            out.push((st..i, crate::dates::fold_for_dates(&text[st..i])));
        }
        if matches!(c, '%' | '£' | '$' | '€' | '٪') {
            out.push((i..i + c.len_utf8(), c.to_string()));
        }
    }
    if let Some(st) = start {
        out.push((st..text.len(), crate::dates::fold_for_dates(&text[st..])));
    }
    out
}

/// The unit a number carries: a percent phrase before it (Kurmanji `ji sedî 40`, Sorani
/// `لە سەدا ٤٠`), else the unit word or symbol right after it (`five weeks`, `6-foot`, `40%`,
/// `٥ ساڵ`), else a currency symbol right before it (`£2.8bn`). A unit word may carry a short ending (a plural,
/// a case ending: `weeks`, `rojan`, `ساڵی`).
pub fn unit_of(text: &str, span: &Range<usize>, lang: Lang) -> Option<crate::lang::Unit> {
    let table = unit_table(lang);
    if table.is_empty() {
        return None;
    }
    let words = unit_words(text);
    let matches_at = |k: usize, entry: &[String]| -> bool {
        entry.iter().enumerate().all(|(x, w)| {
            let Some((_, got)) = words.get(k + x) else {
                return false;
            };
            let last = x + 1 == entry.len();
            got == w
                || (last
                    && got.starts_with(w.as_str())
                    && got.chars().count() <= w.chars().count() + 3
                    && w.chars().count() >= 2)
        })
    };
    // Before it: a percent phrase, which decides (Sorani `لە سەدا ٤.٨ ساڵ بە ساڵ` is 4.8 per
    // cent year on year, not 4.8 years); a currency symbol, which a unit word after the number
    // overrides (`$375,000 pound` names pounds).
    let before: Vec<usize> = (0..words.len())
        .filter(|&k| words[k].0.end <= span.start)
        .collect();
    let unit_before = |percent: bool| {
        for take in [1usize, 2] {
            if before.len() < take {
                continue;
            }
            let k = before[before.len() - take];
            let gap = &text[words[before[before.len() - 1]].0.end..span.start];
            if !gap.chars().all(char::is_whitespace) {
                continue;
            }
            if let Some((_, u)) = table.iter().find(|(e, u)| {
                e.len() == take
                    && if percent {
                        *u == crate::lang::Unit::Percent
                    } else {
                        matches!(
                            u,
                            crate::lang::Unit::Pound
                                | crate::lang::Unit::Dollar
                                | crate::lang::Unit::Euro
                        )
                    }
                    && matches_at(k, e)
            }) {
                return Some(*u);
            }
        }
        None
    };
    if let Some(u) = unit_before(true) {
        return Some(u);
    }
    // Else after the number: the first word that starts after it, with only spaces, a hyphen or
    // a glued ending between.
    if let Some(k) = words.iter().position(|(r, _)| r.start >= span.end) {
        let gap = &text[span.end..words[k].0.start];
        let close = gap
            .chars()
            .all(|c| c.is_whitespace() || c == '-' || c == '\u{2010}');
        if close && let Some((_, u)) = table.iter().find(|(e, _)| matches_at(k, e)) {
            return Some(*u);
        }
    }
    unit_before(false)
}

/// Vague quantities of `text` (`tens of thousands`, `مئات`, `bi hezaran`, `دەیان هەزار`):
/// byte range and order of magnitude, longest phrases first, none overlapping.
pub fn magnitudes(text: &str, lang: Lang) -> Vec<(Range<usize>, u8)> {
    type Magnitudes = Vec<(Range<usize>, u8)>;
    thread_local! {
        static MEMO: std::cell::RefCell<crate::text::Memo<Magnitudes>> =
            std::cell::RefCell::default();
    }
    crate::text::Memo::get_or(&MEMO, lang, text, || read_magnitudes(text, lang))
}

/// [`magnitudes`], computed.
fn read_magnitudes(text: &str, lang: Lang) -> Vec<(Range<usize>, u8)> {
    let words = unit_words(text);
    let mut out: Vec<(Range<usize>, u8)> = Vec::new();
    let mut phrases: Vec<(Vec<String>, u8)> = lang
        .magnitudes
        .iter()
        .map(|(p, m)| (p.split(' ').map(crate::dates::fold_for_dates).collect(), *m))
        .collect();
    phrases.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
    let mut k = 0;
    while k < words.len() {
        let hit = phrases.iter().find(|(p, _)| {
            p.iter().enumerate().all(|(x, w)| {
                words.get(k + x).is_some_and(|(_, got)| {
                    // Arabic article and clitics: `والآلاف`, `بعشرات`.
                    got == w
                        || got.strip_prefix("و").is_some_and(|g| g == w)
                        || got.strip_prefix("ب").is_some_and(|g| g == w)
                        || got.strip_prefix("ال").is_some_and(|g| g == w)
                })
            })
        });
        match hit {
            Some((p, m)) => {
                out.push((words[k].0.start..words[k + p.len() - 1].0.end, *m));
                k += p.len();
            }
            None => k += 1,
        }
    }
    out
}

#[derive(Debug)]
enum Tok {
    Digits(Range<usize>, Vec<f64>),
    /// A number that may match but never fires (a decade: `the 1930s`).
    Vague(Range<usize>, Vec<f64>),
    Word(Range<usize>, String),
    Break,
}

const MAX_READINGS: usize = 8;

/// Every number in `text`, in order.
pub fn find_numbers(text: &str, lang: Lang) -> Vec<Number> {
    thread_local! {
        static MEMO: std::cell::RefCell<crate::text::Memo<Vec<Number>>> =
            std::cell::RefCell::default();
    }
    crate::text::Memo::get_or(&MEMO, lang, text, || read_numbers(text, lang))
}

/// [`find_numbers`], computed.
fn read_numbers(text: &str, lang: Lang) -> Vec<Number> {
    let toks = tokenize(text, lang);
    let mut out = Vec::new();
    let mut acc: Option<Acc> = None;
    let mut i = 0;
    while i < toks.len() {
        match &toks[i] {
            Tok::Digits(span, values) => {
                let cont = acc.as_ref().is_some_and(|a| a.open_for_digits);
                if !cont {
                    flush(&mut acc, &mut out);
                }
                let a = acc.get_or_insert_with(|| Acc::new(span.start));
                a.set_current(values);
                a.end = span.end;
                a.has_digits = true;
                a.open_for_digits = false;
                a.joined = false;
            }
            Tok::Word(span, word) => match classify(word, lang) {
                Some(WordKind::Value(v)) => {
                    // Words join words (`twenty five`, `سی و دوو`) and `hundred` multiplies
                    // digits (`3 hundred`); a word after digits or after a multiplied digit
                    // number is another number (`1950 دە`, `2.89 میلیۆن و سی ئێن ئێن`).
                    let glued_to_digits = acc.as_ref().is_some_and(|a| {
                        a.has_digits && !(v == 100 && a.current_nonzero() && !a.after_multiplier)
                    });
                    // Number words join only as numbers are said: tens then units (`twenty
                    // five`), units then ten or tens (Arabic `أربعة عشر` 14, `الرابعة
                    // والثلاثين` 34th), a hundred after a unit, anything after `and` or a
                    // multiplier; `two first` is two numbers (a count and an ordinal).
                    let round_tens = (10..100).contains(&v) && v % 10 == 0;
                    let apart = acc.as_ref().is_some_and(|a| {
                        a.words
                            && a.current_nonzero()
                            && !a.joined
                            && v != 100
                            && !(a.current_tens() && v < 10)
                            && !(a.current_units() && round_tens)
                    });
                    if glued_to_digits || apart {
                        flush(&mut acc, &mut out);
                    }
                    let a = acc.get_or_insert_with(|| Acc::new(span.start));
                    if v == 100 && a.current_nonzero() {
                        a.map_current(|c| c * 100.0);
                    } else {
                        a.map_current(|c| c + v as f64);
                    }
                    a.end = span.end;
                    a.words = true;
                    a.open_for_digits = false;
                    a.joined = false;
                }
                Some(WordKind::Multiplier(m)) => match acc.as_mut() {
                    Some(a) if a.current_nonzero() && !a.joined => {
                        a.multiply(m as f64);
                        a.end = span.end;
                        a.words = true;
                        // `45 هەزار و 968`: digits may follow a multiplier and a joiner.
                        a.open_for_digits = false;
                        a.after_multiplier = true;
                    }
                    _ => flush(&mut acc, &mut out),
                },
                // `and` joins as numbers are said: after tens or hundreds (`bîst û pênc`,
                // `one hundred and five`), after a multiplier, or a unit before tens (Arabic
                // `خمسة وعشرون`); `ranked one and three` is two numbers.
                Some(WordKind::Joiner) => match acc.as_mut() {
                    Some(a)
                        if next_is_number(&toks, i + 1, lang)
                            && (!a.has_digits
                                || matches!(toks.get(i + 1), Some(Tok::Digits(..))))
                            && (a.after_multiplier
                                || a.states.iter().any(|(_, c)| *c >= 20.0)
                                || (a.current_units()
                                    && next_is_round_tens(&toks, i + 1, lang))) =>
                    {
                        a.joined = true;
                        a.open_for_digits = a.after_multiplier;
                        if !a.after_multiplier && matches!(toks.get(i + 1), Some(Tok::Digits(..))) {
                            flush(&mut acc, &mut out);
                        }
                    }
                    _ => flush(&mut acc, &mut out),
                },
                None => flush(&mut acc, &mut out),
            },
            Tok::Vague(span, values) => {
                flush(&mut acc, &mut out);
                out.push(Number {
                    span: span.clone(),
                    values: values.clone(),
                    words: false,
                    words_only: true,
                });
            }
            Tok::Break => flush(&mut acc, &mut out),
        }
        i += 1;
    }
    flush(&mut acc, &mut out);
    out
}

fn next_is_round_tens(toks: &[Tok], i: usize, lang: Lang) -> bool {
    match toks.get(i) {
        Some(Tok::Word(_, w)) => {
            matches!(classify(w, lang), Some(WordKind::Value(v)) if (20..100).contains(&v) && v % 10 == 0)
        }
        _ => false,
    }
}

fn next_is_number(toks: &[Tok], i: usize, lang: Lang) -> bool {
    match toks.get(i) {
        Some(Tok::Digits(..)) => true,
        Some(Tok::Word(_, w)) => matches!(classify(w, lang), Some(WordKind::Value(_))),
        _ => false,
    }
}

#[derive(Debug)]
struct Acc {
    start: usize,
    end: usize,
    /// (total so far, current group) for each reading.
    states: Vec<(f64, f64)>,
    words: bool,
    has_digits: bool,
    open_for_digits: bool,
    after_multiplier: bool,
    joined: bool,
}

impl Acc {
    fn new(start: usize) -> Acc {
        Acc {
            start,
            end: start,
            states: vec![(0.0, 0.0)],
            words: false,
            has_digits: false,
            open_for_digits: false,
            after_multiplier: false,
            joined: false,
        }
    }

    fn current_nonzero(&self) -> bool {
        self.states.iter().any(|(_, c)| *c != 0.0)
    }

    /// Whether the current group is a unit (1–9), that a ten may follow in Arabic.
    fn current_units(&self) -> bool {
        self.states.iter().any(|(_, c)| *c >= 1.0 && *c < 10.0)
    }

    /// Whether the current group is a round number of tens (`twenty`), that a unit may follow.
    fn current_tens(&self) -> bool {
        self.states
            .iter()
            .any(|(_, c)| *c >= 20.0 && *c < 100.0 && c % 10.0 == 0.0)
    }

    fn set_current(&mut self, values: &[f64]) {
        let mut next = Vec::new();
        for &(t, c) in &self.states {
            for &v in values {
                next.push((t, c + v));
            }
        }
        next.truncate(MAX_READINGS);
        self.states = next;
    }

    fn map_current(&mut self, f: impl Fn(f64) -> f64) {
        for s in &mut self.states {
            s.1 = f(s.1);
        }
    }

    fn multiply(&mut self, m: f64) {
        // A clock-time reading (negative) is not multiplied: `2.25 billion` is no time.
        self.states.retain(|s| s.1 >= 0.0);
        if self.states.is_empty() {
            self.states.push((0.0, 0.0));
        }
        for s in &mut self.states {
            s.0 += s.1 * m;
            s.1 = 0.0;
        }
    }

    fn values(&self) -> Vec<f64> {
        let mut v: Vec<f64> = self.states.iter().map(|(t, c)| t + c).collect();
        v.sort_by(f64::total_cmp);
        v.dedup_by(|a, b| same(*a, *b));
        v
    }
}

fn flush(acc: &mut Option<Acc>, out: &mut Vec<Number>) {
    if let Some(a) = acc.take() {
        out.push(Number {
            span: a.start..a.end,
            values: a.values(),
            words: a.words,
            words_only: !a.has_digits,
        });
    }
}

enum WordKind {
    Value(u64),
    Multiplier(u64),
    Joiner,
}

/// A language's number words, hashed once (tokenizers classify every word of every text).
struct Index {
    words: HashMap<&'static str, u64>,
    multipliers: HashMap<&'static str, u64>,
    /// Shortest length of a number word or multiplier (in characters), to reject short words.
    min_len: usize,
}

fn index(lang: Lang) -> &'static Index {
    static INDEXES: OnceLock<HashMap<&'static str, Index>> = OnceLock::new();
    let all = INDEXES.get_or_init(|| {
        crate::lang::LANGUAGES
            .iter()
            .copied()
            .chain([&crate::lang::UND])
            .map(|l| {
                let words: HashMap<&'static str, u64> = l.number_words.iter().copied().collect();
                let multipliers: HashMap<&'static str, u64> =
                    l.multipliers.iter().copied().collect();
                let min_len = words
                    .keys()
                    .chain(multipliers.keys())
                    .map(|w| w.chars().count())
                    .min()
                    .unwrap_or(usize::MAX);
                (
                    l.code,
                    Index {
                        words,
                        multipliers,
                        min_len,
                    },
                )
            })
            .collect()
    });
    all.get(lang.code).unwrap_or_else(|| &all["und"])
}

fn classify(word: &str, lang: Lang) -> Option<WordKind> {
    if lang.number_joiners.contains(&word) {
        return Some(WordKind::Joiner);
    }
    let idx = index(lang);
    if word.chars().count() < idx.min_len {
        return None;
    }
    let lookup = |w: &str| {
        if let Some(v) = idx.words.get(w) {
            return Some(WordKind::Value(*v));
        }
        idx.multipliers.get(w).map(|m| WordKind::Multiplier(*m))
    };
    let stems = std::iter::once(word).chain(
        lang.number_prefixes
            .iter()
            .filter_map(|p| word.strip_prefix(p))
            .filter(|rest| rest.chars().count() >= 2),
    );
    for stem in stems {
        if let Some(k) = lookup(stem) {
            return Some(k);
        }
        // An ordinal or inflected number word (`پەنجاهەمین` 50th, `sêyemîn` third) or
        // multiplier (`milyonî`, `3 hezarî`). A plural multiplier (`هەزاران`, `bi milyonan`
        // "thousands", "millions") has no number before it, so it makes no number.
        for suffix in lang.number_suffixes {
            let Some(base) = stem.strip_suffix(suffix).filter(|b| b.chars().count() >= 2) else {
                continue;
            };
            if let Some(v) = idx.words.get(base) {
                return Some(WordKind::Value(*v));
            }
            if let Some(m) = idx.multipliers.get(base) {
                return Some(WordKind::Multiplier(*m));
            }
        }
    }
    None
}

fn is_separator(c: char) -> bool {
    matches!(
        c,
        '.' | ','
            | '\''
            | ':'
            | '\u{066B}'
            | '\u{066C}'
            | '\u{060C}'
            | '\u{00A0}'
            | '\u{202F}'
            | '\u{2009}'
    )
}

fn tokenize(text: &str, lang: Lang) -> Vec<Tok> {
    let mut toks = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (start, c) = chars[i];
        // Digits inside a Latin-script word (`Padang1ê`, `w3i`: a typing slip) are no number.
        // (Between Arabic-script letters they are a number whose spaces were lost: `و18ولاية`.)
        let after_letter = i > 0 && crate::text::is_latin_letter(chars[i - 1].1);
        if digit_value(c).is_some() && after_letter {
            let mut j = i;
            while j < chars.len() && digit_value(chars[j].1).is_some() {
                j += 1;
            }
            if chars
                .get(j)
                .is_some_and(|x| crate::text::is_latin_letter(x.1))
            {
                // Part of the word: skip the word to its end.
                while j < chars.len()
                    && (crate::text::is_letter(chars[j].1) || digit_value(chars[j].1).is_some())
                {
                    j += 1;
                }
                i = j;
                continue;
            }
        }
        if digit_value(c).is_some() {
            let mut j = i + 1;
            while j < chars.len() {
                let d = chars[j].1;
                let next_digit = chars.get(j + 1).is_some_and(|n| digit_value(n.1).is_some());
                if digit_value(d).is_some() || (is_separator(d) && next_digit) {
                    j += 1;
                } else {
                    break;
                }
            }
            let end = chars.get(j).map_or(text.len(), |x| x.0);
            let mut read = read_digits(text, start..end, lang);
            // `£2.8bn`, `$5m`, `£11milionî`: a multiplier glued to the digits.
            let glued: String = chars[j..]
                .iter()
                .take_while(|(_, c)| crate::text::is_letter(*c))
                .map(|(_, c)| *c)
                .collect();
            let glued_lower = normalize_for_match(&glued);
            let lang_glued = match classify(&glued_lower, lang) {
                Some(WordKind::Multiplier(m)) => Some((m as f64, false)),
                _ => None,
            };
            let glued_mult = GLUED
                .iter()
                .find(|(g, _, _)| *g == glued_lower)
                .map(|(_, m, keep)| (*m, *keep))
                .or(lang_glued);
            let mut vague = false;
            if let (Some(last), Some((m, keep))) = (read.last_mut(), glued_mult) {
                let mut values: Vec<f64> = last
                    .1
                    .iter()
                    .filter(|v| **v >= 0.0)
                    .map(|v| v * m)
                    .collect();
                if keep {
                    values.extend(last.1.iter().copied());
                }
                values.sort_by(f64::total_cmp);
                last.1 = values;
                // The abbreviation is part of the number, not a word of its own.
                j += glued.chars().count();
            } else if glued_lower == "s"
                && read
                    .last()
                    .is_some_and(|l| l.1.iter().any(|v| *v >= 10.0 && v % 10.0 == 0.0))
            {
                // A decade (`the 1930s`) is often rendered in words («ثلاثينيات القرن العشرين»).
                vague = true;
            }
            // `1950-53`: the second year of a range written with two digits.
            let before_dash = match toks.last() {
                Some(Tok::Word(_, w)) if w == "-" => toks.len().checked_sub(2).map(|k| &toks[k]),
                _ => None,
            };
            if let (Some(Tok::Digits(_, prev)), Some(first)) = (before_dash, read.first_mut())
                && first.1.len() == 1
                && (10.0..100.0).contains(&first.1[0])
                && let Some(&year) = prev.first()
                && (1000.0..2200.0).contains(&year)
            {
                let century = (year / 100.0).floor() * 100.0;
                first.1.push(century + first.1[0]);
            }
            for (span, values) in read {
                toks.push(if vague {
                    Tok::Vague(span, values)
                } else {
                    Tok::Digits(span, values)
                });
            }
            i = j;
        } else if crate::text::is_letter(c) || crate::text::is_ignorable(c) {
            let mut j = i + 1;
            while j < chars.len()
                && (crate::text::is_letter(chars[j].1)
                    || crate::text::is_ignorable(chars[j].1)
                    || chars[j].1 == crate::text::ZWNJ)
            {
                j += 1;
            }
            let end = chars.get(j).map_or(text.len(), |x| x.0);
            let word = normalize_for_match(&text[start..end]);
            // A word of a percent phrase (`في المائة`, `بالمائة`, `ji sedî`, `لە سەدا`) is a
            // unit, not the number "hundred".
            if is_percent_word(&toks, &text[start..end], lang) {
                toks.push(Tok::Break);
            } else {
                toks.push(Tok::Word(start..end, word));
            }
            i = j;
        } else if c == '-' || c == '\u{2010}' {
            toks.push(Tok::Word(start..start + c.len_utf8(), "-".to_string()));
            i += 1;
        } else if c.is_whitespace() {
            i += 1;
        } else {
            toks.push(Tok::Break);
            i += 1;
        }
    }
    toks
}

/// The readings of a run of digits and separators; a run no convention can read (`1.2.3`,
/// `2011,2015`) is read as its digit groups, each a number of its own.
fn read_digits(text: &str, span: Range<usize>, lang: Lang) -> Vec<(Range<usize>, Vec<f64>)> {
    let raw = &text[span.clone()];
    let mut groups: Vec<(usize, String)> = vec![(span.start, String::new())];
    let mut seps: Vec<char> = Vec::new();
    for (k, c) in raw.char_indices() {
        match digit_value(c) {
            Some(d) => groups
                .last_mut()
                .map(|g| g.1.push(char::from_digit(d, 10).unwrap_or('0')))
                .unwrap_or(()),
            None => {
                seps.push(c);
                groups.push((span.start + k + c.len_utf8(), String::new()));
            }
        }
    }
    let int = |s: &str| s.parse::<f64>().unwrap_or(0.0);
    if seps.is_empty() {
        return vec![(span, vec![int(&groups[0].1)])];
    }
    let mut values: Vec<f64> = Vec::new();
    // A clock time, `5:30` or British `5.30`.
    if seps.len() == 1
        && matches!(seps[0], ':' | '.')
        && groups[0].1.len() <= 2
        && groups[1].1.len() == 2
    {
        let (h, m) = (int(&groups[0].1), int(&groups[1].1));
        if h <= 24.0 && m < 60.0 {
            values.push(time_code(h, m));
            // `04:00` is also "4 o'clock" (الساعة 4).
            if m == 0.0 {
                values.push(h);
            }
        }
    }
    for conv in lang.number_conventions {
        let thousands_ok = |seps: &[char], groups: &[(usize, String)]| {
            let first = seps.first().copied();
            groups[0].1.len() <= 3
                && seps
                    .iter()
                    .all(|s| Some(*s) == first && conv.thousands.contains(s))
                && groups[1..].iter().all(|g| g.1.len() == 3)
        };
        // Every separator groups thousands.
        if thousands_ok(&seps, &groups) {
            let digits: String = groups.iter().map(|g| g.1.as_str()).collect();
            values.push(int(&digits));
        }
        // The last separator is the decimal point; any before it group thousands.
        let last = *seps.last().unwrap_or(&'.');
        if conv.decimal.contains(&last) {
            let n = seps.len();
            let head_ok = n == 1 || (thousands_ok(&seps[..n - 1], &groups[..n]) && seps[0] != last);
            if head_ok {
                let int_part: String = groups[..n].iter().map(|g| g.1.as_str()).collect();
                let frac = &groups[n].1;
                values.push(int(&format!("{int_part}.{frac}")));
            }
        }
    }
    if values.is_empty() {
        return groups
            .iter()
            .map(|(at, g)| {
                let len = text[*at..]
                    .char_indices()
                    .take_while(|(_, c)| digit_value(*c).is_some())
                    .last()
                    .map_or(0, |(k, c)| k + c.len_utf8());
                (*at..*at + len, vec![int(g)])
            })
            .collect();
    }
    values.sort_by(f64::total_cmp);
    values.dedup_by(|a, b| same(*a, *b));
    vec![(span, values)]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::{AR, CKB, EN, KMR};

    fn vals(text: &str, lang: Lang) -> Vec<Vec<f64>> {
        find_numbers(text, lang)
            .into_iter()
            .map(|n| n.values)
            .collect()
    }

    #[test]
    fn words_join_as_numbers_are_said() {
        assert_eq!(vals("twenty five", &EN), [[25.0]]);
        assert_eq!(vals("two first shots", &EN), [[2.0], [1.0]]);
        assert_eq!(vals("ranked one and three", &EN), [[1.0], [3.0]]);
        assert_eq!(vals("أربعة عشر", &AR), [[14.0]]);
        assert_eq!(vals("الرابعة والثلاثين", &AR), [[34.0]]);
        assert_eq!(vals("bîst û pênc", &KMR), [[25.0]]);
        // Digits inside a Latin word are a slip, not a number; between Arabic letters, a
        // number whose spaces were lost.
        assert!(vals("Padang1ê", &KMR).is_empty());
        assert_eq!(vals("و18ولاية", &AR), [[18.0]]);
        // A percent phrase is no "hundred".
        assert_eq!(vals("40 بالمائة", &AR), [[40.0]]);
        assert_eq!(vals("ji sedî 40", &KMR), [[40.0]]);
    }

    #[test]
    fn units_and_magnitudes() {
        let unit = |t: &str, l| {
            let n = &find_numbers(t, l)[0];
            unit_of(t, &n.span, l)
        };
        use crate::lang::Unit;
        assert_eq!(unit("five weeks ago", &EN), Some(Unit::Week));
        assert_eq!(unit("a 6-foot wall", &EN), Some(Unit::Foot));
        assert_eq!(unit("£2.8bn", &EN), Some(Unit::Pound));
        assert_eq!(unit("خمسة أيام", &AR), Some(Unit::Day));
        assert_eq!(unit("berî 12 salan", &KMR), Some(Unit::Year));
        assert_eq!(unit("ji sedî 40", &KMR), Some(Unit::Percent));
        assert_eq!(unit("لە سەدا ٤.٨ ساڵ دوای ساڵ", &CKB), Some(Unit::Percent));
        assert_eq!(unit("$375,000 pound daye wê", &KMR), Some(Unit::Pound));
        assert_eq!(unit("paid $375,000 to her", &EN), Some(Unit::Dollar));
        assert_eq!(unit("٥ ساڵی", &CKB), Some(Unit::Year));
        // Look-alikes: no unit, or a word that only starts like one.
        assert_eq!(unit("12 rojnameyan", &KMR), None);
        assert_eq!(unit("in 2018 the", &EN), None);
        let m = |t: &str, l| {
            magnitudes(t, l)
                .into_iter()
                .map(|x| x.1)
                .collect::<Vec<_>>()
        };
        assert_eq!(m("tens of thousands of people", &EN), [4]);
        assert_eq!(m("عشرات الآلاف من المدنيين", &AR), [4]);
        assert_eq!(m("bi dehan hezaran kes", &KMR), [4]);
        assert_eq!(m("دەیان هەزار کەس", &CKB), [4]);
        assert_eq!(m("thousands", &EN), [3]);
    }

    /// Numbers written with at least one digit (month names hold ordinals: `كانون الثاني`).
    fn digit_vals(text: &str, lang: Lang) -> Vec<Vec<f64>> {
        find_numbers(text, lang)
            .into_iter()
            .filter(|n| !n.words_only)
            .map(|n| n.values)
            .collect()
    }

    #[test]
    fn digits_in_every_script_are_one_value() {
        assert_eq!(vals("on 7 January 2026", &EN), [vec![7.0], vec![2026.0]]);
        assert_eq!(
            digit_vals("في 7 كانون الثاني 2026", &AR),
            [vec![7.0], vec![2026.0]]
        );
        assert_eq!(
            digit_vals("لە ٧ی کانوونی دووەمی ٢٠٢٦دا", &CKB),
            [vec![7.0], vec![2026.0]]
        );
        assert_eq!(digit_vals("۷ی کانوونی دووەم", &CKB), [vec![7.0]]);
        // Mixed scripts inside one number still read digit by digit.
        assert_eq!(vals("٢0٢6", &CKB), [vec![2026.0]]);
    }

    #[test]
    fn separators_by_language_and_ambiguity_as_sets() {
        assert_eq!(vals("more than 250,000 civilians", &EN), [vec![250_000.0]]);
        assert_eq!(vals("3.5 percent", &EN), [vec![3.5]]);
        assert_eq!(
            vals("zêdetirî 250.000 sivîl", &KMR),
            [vec![250.0, 250_000.0]]
        );
        assert_eq!(digit_vals("3,5 ji sedî", &KMR), [vec![3.5]]);
        assert_eq!(vals("1.500", &KMR), [vec![1.5, 1500.0]]);
        assert_eq!(vals("١٬٥٠٠ و ٣٫٥", &AR), [vec![1500.0], vec![3.5]]);
        assert_eq!(vals("1,234.5", &EN), [vec![1234.5]]);
        // Not a number anyone writes: read as its groups.
        assert_eq!(vals("2011,2015", &EN), [vec![2011.0], vec![2015.0]]);
        // Sentence punctuation is not a separator.
        assert_eq!(
            vals("in 2011. Since 2015, more", &EN),
            [vec![2011.0], vec![2015.0]]
        );
    }

    #[test]
    fn kurmanji_and_english_readings_meet() {
        let en = &find_numbers("250,000", &EN)[0];
        let kmr = &find_numbers("250.000", &KMR)[0];
        assert!(en.matches(kmr));
        // Look-alike: a real change of value does not match.
        let kmr = &find_numbers("205.000", &KMR)[0];
        assert!(!en.matches(kmr));
    }

    #[test]
    fn multipliers_and_words() {
        assert_eq!(vals("أكثر من 250 ألف مدني", &AR), [vec![250_000.0]]);
        assert_eq!(vals("٤٥ هەزار و ٩٦٨ کەس", &CKB), [vec![45_968.0]]);
        assert_eq!(vals("73 hezar û 700 kes", &KMR), [vec![73_700.0]]);
        assert_eq!(vals("2.5 million people", &EN), [vec![2_500_000.0]]);
        assert_eq!(vals("twelve organisations", &EN), [vec![12.0]]);
        assert_eq!(vals("twenty-five", &EN), [vec![25.0]]);
        assert_eq!(vals("three hundred", &EN), [vec![300.0]]);
        assert_eq!(vals("المنظمات الاثني عشر", &AR), [vec![12.0]]);
        assert_eq!(vals("اثنا عشر", &AR), [vec![12.0]]);
        assert_eq!(vals("خمسة وعشرون", &AR), [vec![25.0]]);
        assert_eq!(vals("diwanzdeh rêxistin", &KMR), [vec![12.0]]);
        assert_eq!(vals("bîst û pênc", &KMR), [vec![25.0]]);
        assert_eq!(vals("دوازدە ڕێکخراو", &CKB), [vec![12.0]]);
        // Ordinals and inflected number words.
        assert_eq!(vals("پەنجاهەمین ساڵڕۆژ", &CKB), [vec![50.0]]);
        assert_eq!(vals("سی و چوارەمین", &CKB), [vec![34.0]]);
        assert_eq!(vals("xala sêyemîn", &KMR), [vec![3.0]]);
        assert_eq!(vals("the third clause", &EN), [vec![3.0]]);
        assert_eq!(vals("لە سەدا پەنجا و هەشتى دەنگدەران", &CKB), [vec![58.0]]);
        assert_eq!(vals("şeş milyonên din", &KMR), [vec![6_000_000.0]]);
        assert_eq!(vals("بنده الثالث", &AR), [vec![3.0]]);
        // Look-alikes: words after digits are not glued to them; a multiplier plural has no
        // value; CNN spelt in Sorani letters after a number is not thirty.
        assert_eq!(vals("1950 دە", &CKB), [vec![1950.0], vec![10.0]]);
        assert!(vals("هەزاران کەس", &CKB).is_empty());
        assert_eq!(
            vals("٢.٨٩ میلیۆن و سی ئێن ئێن", &CKB),
            [vec![2_890_000.0], vec![30.0]]
        );
        assert_eq!(
            vals("1.7 million four years ago", &EN),
            [vec![1_700_000.0], vec![4.0]]
        );
        let n = &find_numbers("twelve", &EN)[0];
        assert!(n.words && n.words_only);
        let n = &find_numbers("250 ألف", &AR)[0];
        assert!(n.words && !n.words_only);
    }

    #[test]
    fn look_alikes_that_are_not_numbers_or_not_one_number() {
        // A multiplier with no number before it is vague ("thousands"), not a value.
        assert!(vals("tens of thousands of civilians", &EN).is_empty());
        assert!(vals("عشرات الآلاف من المدنيين", &AR).is_empty());
        // Two numbers joined by "and" stay two numbers.
        assert_eq!(vals("in 2018 and 2019", &EN), [vec![2018.0], vec![2019.0]]);
        assert_eq!(
            vals("di 2018 û 2019an de", &KMR),
            [vec![2018.0], vec![2019.0]]
        );
        // Superscript footnote marks are not digits.
        assert!(vals("violations¹²", &EN).is_empty());
        // Ordinal suffixes keep the number.
        assert_eq!(
            vals("7ê Kanûna Paşîn a 2026an", &KMR),
            [vec![7.0], vec![2026.0]]
        );
    }

    #[test]
    fn clock_times() {
        let t = |text: &str, lang| find_numbers(text, lang).remove(0);
        assert!(t("at 5.30pm", &EN).matches(&t("کاتژمێر ٥:٣٠", &CKB)));
        assert!(t("at 17:30", &EN).matches(&t("الساعة 17:30", &AR)));
        // Look-alikes: 5.30 is also 5.3; 10:30 is not 10.30 percent.
        assert!(t("5.30", &EN).matches(&t("5,3", &KMR)));
        assert!(!t("10:30", &EN).matches(&t("10.3", &EN)));
        assert_eq!(display(t("05:30", &EN).values[0]), "05:30");
    }

    #[test]
    fn spans_point_at_the_text() {
        let t = "on 7 January, 250 ألف";
        let n = find_numbers(t, &AR);
        assert_eq!(&t[n[0].span.clone()], "7");
        assert_eq!(&t[n[1].span.clone()], "250 ألف");
        assert_eq!(display(250_000.0), "250000");
        assert_eq!(display(3.5), "3.5");
    }

    #[test]
    fn glued_abbreviations_grouping_duals_decades_and_ranges() {
        assert_eq!(vals("the £2.8bn market", &EN), [vec![2.8e9]]);
        assert_eq!(vals("a $5m deal", &EN), [vec![5.0, 5e6]]);
        assert_eq!(vals("a £11million deal", &EN), [vec![11e6]]);
        assert_eq!(vals("2026an", &KMR), [vec![2026.0]]);
        assert_eq!(vals("2.25 billion people", &EN), [vec![2.25e9]]);
        // Arabic grouping with a full stop or the Arabic comma; duals; the accusative.
        assert!(vals("76.000 هكتار", &AR)[0].contains(&76_000.0));
        assert_eq!(vals("أكثر من 30،000 كوري", &AR), [vec![30_000.0]]);
        assert_eq!(vals("مليوني دولار", &AR), [vec![2e6]]);
        assert_eq!(vals("142 مليونًا", &AR), [vec![142e6]]);
        // Kurmanji spellings and endings of multipliers, glued or not.
        assert_eq!(vals("$2 miliyard dollarî", &KMR), [vec![2e9]]);
        assert_eq!(vals("heta 3 hezarî", &KMR), [vec![3000.0]]);
        assert_eq!(vals("£11milionî", &KMR), [vec![11e6]]);
        assert_eq!(vals("1.05 milyonî", &KMR)[0], vec![1.05e6]);
        // A decade is vague; a two-digit year closing a range.
        assert!(find_numbers("in the 1930s", &EN)[0].words_only);
        assert!(vals("the 1950-53 war", &EN)[1].contains(&1953.0));
        // Look-alikes: "millions" with no number is no number; a plural in -s is not a decade
        // unless it is a round number.
        assert!(vals("bi milyonan kes", &KMR).is_empty());
        assert!(!find_numbers("the 1935s", &EN)[0].words_only);
    }
}
