//! Dates in text: a month name of any series the language uses, with a day before it and/or a
//! year after it (`7 January 2026`, `January 7, 2026`, `7 كانون الثاني/يناير 2026`,
//! `7ê Kanûna Paşîn a 2026an`, `٧ی کانوونی دووەمی ٢٠٢٦`), and numeric dates (`07/01/2026`,
//! `2026-01-07`).
//!
//! A month name alone is not a date (English *may*, Sorani *ئازار* "pain"): a day or a year must
//! stand next to it. Arabic pairs two series (`كانون الثاني/يناير`); a pair that disagrees is
//! reported as such. Kurdish solar months are returned with their calendar, never as Gregorian.

use std::ops::Range;

use serde::Serialize;

use crate::lang::{Calendar, Lang};
use crate::text::{digit_value, is_ignorable};

/// A date found in a text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Date {
    /// Byte range in the text.
    #[serde(skip)]
    pub span: Range<usize>,
    pub day: Option<u8>,
    pub month: u8,
    pub year: Option<u16>,
    pub calendar: Calendar,
    /// Byte ranges of the day and year numbers (claimed by the date, so the number check does
    /// not report them twice).
    #[serde(skip)]
    pub number_spans: Vec<Range<usize>>,
    /// For a numeric date that reads two ways (`07/01/2026`), the other (day, month).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alternative: Option<(u8, u8)>,
    /// A paired month (`كانون الثاني/يناير`) whose halves name different months.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub paired_with: Option<u8>,
}

impl Date {
    /// Whether two dates can be the same day: months equal (or a numeric date's alternative
    /// reading), and day and year equal wherever both give them.
    pub fn agrees(&self, other: &Date) -> bool {
        let readings = |d: &Date| {
            let mut r = vec![(d.day, d.month)];
            if let Some((day, month)) = d.alternative {
                r.push((Some(day), month));
            }
            r
        };
        let year_ok = match (self.year, other.year) {
            (Some(a), Some(b)) => a == b,
            _ => true,
        };
        year_ok
            && readings(self).iter().any(|(d1, m1)| {
                readings(other).iter().any(|(d2, m2)| {
                    m1 == m2
                        && match (d1, d2) {
                            (Some(a), Some(b)) => a == b,
                            _ => true,
                        }
                })
            })
    }

    /// `7 January 2026` style, language-neutral: `2026-01-07`, `2026-01`, `01-07`.
    pub fn display(&self) -> String {
        match (self.year, self.day) {
            (Some(y), Some(d)) => format!("{y:04}-{:02}-{d:02}", self.month),
            (Some(y), None) => format!("{y:04}-{:02}", self.month),
            (None, Some(d)) => format!("--{:02}-{d:02}", self.month),
            (None, None) => format!("--{:02}", self.month),
        }
    }
}

/// Folds letters that Arabic and Kurdish spell in several ways, for comparing names:
/// alif forms → ا, ى and ی → ي, ة and ە → ه, ک → ك; lowercase; marks removed.
pub fn fold_for_dates(s: &str) -> String {
    s.chars()
        .filter(|c| !is_ignorable(*c) && *c != '\u{200C}')
        .map(|c| match c {
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            'ى' | 'ی' => 'ي',
            'ة' | 'ە' => 'ه',
            'ک' => 'ك',
            _ => c,
        })
        .fold(String::with_capacity(s.len()), |mut out, c| {
            crate::text::lower(c, &mut out);
            out
        })
}

#[derive(Debug, Clone)]
enum Tok {
    /// A run of digits with what is glued to it (`7ê`, `٧ی`, `2026an`, `7th`).
    Number {
        span: Range<usize>,
        value: u32,
        digits: usize,
    },
    Word {
        span: Range<usize>,
        folded: String,
    },
    /// `/` `-` `.` between numbers or names.
    Sep {
        c: char,
    },
    /// Any other punctuation.
    Punct {
        c: char,
    },
}

fn tokenize(text: &str) -> Vec<Tok> {
    let mut toks = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let end_of = |k: usize| chars.get(k).map_or(text.len(), |x| x.0);
    let mut i = 0;
    while i < chars.len() {
        let (start, c) = chars[i];
        if digit_value(c).is_some() {
            let mut j = i;
            let mut value: u32 = 0;
            while j < chars.len() {
                match digit_value(chars[j].1) {
                    Some(d) => {
                        value = value.saturating_mul(10).saturating_add(d);
                        j += 1;
                    }
                    None => break,
                }
            }
            let digits = j - i;
            let num_end = end_of(j);
            // A glued suffix (`7ê`, `٧ی`, `7th`, `2026an`) belongs to the number token.
            while j < chars.len()
                && (crate::text::is_letter(chars[j].1) || is_ignorable(chars[j].1))
            {
                j += 1;
            }
            toks.push(Tok::Number {
                span: start..num_end,
                value,
                digits,
            });
            i = j;
        } else if crate::text::is_letter(c) || is_ignorable(c) {
            let mut j = i + 1;
            while j < chars.len()
                && (crate::text::is_letter(chars[j].1)
                    || is_ignorable(chars[j].1)
                    || chars[j].1 == '\u{200C}')
            {
                j += 1;
            }
            let span = start..end_of(j);
            toks.push(Tok::Word {
                folded: fold_for_dates(&text[span.clone()]),
                span,
            });
            i = j;
        } else if matches!(c, '/' | '-' | '.' | '\u{2010}' | '\u{2013}') {
            toks.push(Tok::Sep { c });
            i += 1;
        } else {
            if !c.is_whitespace() {
                toks.push(Tok::Punct { c });
            }
            i += 1;
        }
    }
    toks
}

/// A language's date words, folded once.
struct Tables {
    months: Vec<(Vec<String>, u8, Calendar)>,
    clitics: Vec<String>,
    suffixes: Vec<String>,
    fillers: Vec<String>,
    month_words: Vec<String>,
    ambiguous_months: Vec<String>,
    /// Indices into `months` by the first letter of the name's first word, in order; names
    /// whose first word is empty are under every letter.
    by_first: std::collections::HashMap<char, Vec<usize>>,
    /// Names whose first word is empty (they may start anywhere).
    empty_first: Vec<usize>,
}

impl Tables {
    /// The tables of `lang`, folded once per language and process.
    fn of(lang: Lang) -> &'static Tables {
        static ALL: std::sync::OnceLock<std::collections::HashMap<&'static str, Tables>> =
            std::sync::OnceLock::new();
        let all = ALL.get_or_init(|| {
            crate::lang::LANGUAGES
                .iter()
                .copied()
                .chain([&crate::lang::UND])
                .map(|l| (l.code, Tables::new(l)))
                .collect()
        });
        all.get(lang.code).unwrap_or_else(|| &all["und"])
    }

    fn new(lang: Lang) -> Tables {
        let fold_all = |v: &[&str]| v.iter().map(|x| fold_for_dates(x)).collect();
        let months: Vec<(Vec<String>, u8, Calendar)> = lang
            .months
            .iter()
            .map(|m| {
                (
                    m.name.split(' ').map(fold_for_dates).collect(),
                    m.month,
                    m.calendar,
                )
            })
            .collect();
        let mut by_first: std::collections::HashMap<char, Vec<usize>> =
            std::collections::HashMap::new();
        let mut empty_first = Vec::new();
        for (k, (words, _, _)) in months.iter().enumerate() {
            match words.first().and_then(|w| w.chars().next()) {
                Some(c) => by_first.entry(c).or_default().push(k),
                None => empty_first.push(k),
            }
        }
        Tables {
            months,
            by_first,
            empty_first,
            clitics: fold_all(lang.clitic_prefixes),
            suffixes: fold_all(lang.word_suffixes),
            fillers: fold_all(lang.date_fillers),
            month_words: fold_all(lang.month_words),
            ambiguous_months: fold_all(lang.ambiguous_months),
        }
    }
}

/// A month name matched at token `i`: (month, calendar, tokens used, span).
fn month_at(toks: &[Tok], i: usize, t: &Tables) -> Option<(u8, Calendar, usize, Range<usize>)> {
    let Some(Tok::Word { span, folded }) = toks.get(i) else {
        return None;
    };
    let start = span.start;
    // Only names whose first word starts where the token does, or right after one of the
    // language's clitics that the token starts with, can match (both ways of matching below
    // need the name's first word at the start of the token less its clitic): the others are
    // not tried. The candidates are tried in the order of the table, as all names were.
    let mut candidates: Vec<usize> = t.empty_first.clone();
    let mut add = |rest: &str| {
        if let Some(list) = rest.chars().next().and_then(|c| t.by_first.get(&c)) {
            candidates.extend_from_slice(list);
        }
    };
    add(folded);
    for p in &t.clitics {
        if let Some(rest) = folded.strip_prefix(p.as_str()) {
            add(rest);
        }
    }
    if candidates.is_empty() {
        return None;
    }
    candidates.sort_unstable();
    candidates.dedup();
    let mut best: Option<(u8, Calendar, usize, Range<usize>)> = None;
    for (words, month, calendar) in candidates.iter().map(|&k| &t.months[k]) {
        let mut span_end = 0;
        let ok = words.iter().enumerate().all(|(k, w)| {
            let Some(Tok::Word { folded, span }) = toks.get(i + k) else {
                return false;
            };
            let plain = t
                .clitics
                .iter()
                .find_map(|p| {
                    folded
                        .strip_prefix(p.as_str())
                        .filter(|r| r.starts_with(w.as_str()))
                })
                .unwrap_or(folded.as_str());
            let matched = plain == w
                || plain
                    .strip_prefix(w.as_str())
                    .is_some_and(|rest| t.suffixes.iter().any(|s| s == rest));
            if matched {
                span_end = span.end;
            }
            matched
        });
        let k = words.len();
        if ok && best.as_ref().is_none_or(|b| k > b.2) {
            best = Some((*month, *calendar, k, start..span_end));
        }
    }
    best
}

fn is_filler(tok: &Tok, t: &Tables) -> bool {
    match tok {
        Tok::Word { folded, .. } => t.fillers.iter().any(|f| f == folded),
        Tok::Punct { c } => *c == ',' || *c == '،',
        _ => false,
    }
}

fn number(tok: Option<&Tok>) -> Option<(u32, usize, Range<usize>)> {
    match tok {
        Some(Tok::Number {
            value,
            digits,
            span,
        }) => Some((*value, *digits, span.clone())),
        _ => None,
    }
}

fn mspan_start(toks: &[Tok], i: usize) -> usize {
    match &toks[i] {
        Tok::Word { span, .. } => span.start,
        _ => 0,
    }
}

/// Every date in `text`, in order.
pub fn find_dates(text: &str, lang: Lang) -> Vec<Date> {
    thread_local! {
        static MEMO: std::cell::RefCell<crate::text::Memo<Vec<Date>>> =
            std::cell::RefCell::default();
    }
    crate::text::Memo::get_or(&MEMO, lang, text, || {
        find_dates_in(text, lang, &tokenize(text))
    })
}

/// [`find_dates`] of `text` already tokenized.
fn find_dates_in(text: &str, lang: Lang, toks: &[Tok]) -> Vec<Date> {
    if lang.months.is_empty() {
        return numeric_dates(text, toks, &vec![false; toks.len()]);
    }
    let tables = Tables::of(lang);
    let mut out = Vec::new();
    let mut used = vec![false; toks.len()];
    let mut i = 0;
    while i < toks.len() {
        let Some((month, calendar, n, mspan)) = month_at(toks, i, tables) else {
            i += 1;
            continue;
        };
        let mut end = i + n;
        let mut span = mspan;
        let mut number_spans = Vec::new();
        // A paired month: `كانون الثاني/يناير` or `كانون الثاني / يناير`.
        let mut paired_with = None;
        if matches!(toks.get(end), Some(Tok::Sep { c: '/', .. }))
            && let Some((m2, _, n2, s2)) = month_at(toks, end + 1, tables)
        {
            if m2 != month {
                paired_with = Some(m2);
            }
            end += 1 + n2;
            span.end = s2.end;
        }
        // Day before the month (skipping fillers: `7th of January`).
        let mut day = None;
        let mut back = i;
        while back > 0 && is_filler(&toks[back - 1], tables) && back + 2 > i {
            back -= 1;
        }
        if back > 0
            && !used[back - 1]
            && let Some((v, digits, s)) = number(toks.get(back - 1))
            && (1..=31).contains(&v)
            && digits <= 2
        {
            day = Some(v as u8);
            span.start = s.start;
            number_spans.push(s);
            used[back - 1] = true;
        }
        // Day after the month (`January 7, 2026`), when none came before.
        let mut after = end;
        if day.is_none()
            && let Some((v, digits, s)) = number(toks.get(after))
            && (1..=31).contains(&v)
            && digits <= 2
        {
            day = Some(v as u8);
            span.end = s.end;
            number_spans.push(s);
            used[after] = true;
            after += 1;
        }
        // Year after (skipping fillers: `Kanûna Paşîn a 2026an`, `ساڵی ٢٠٢٤`, `, 2026`).
        let mut year = None;
        let mut k = after;
        while k < toks.len() && is_filler(&toks[k], tables) && k < after + 3 {
            k += 1;
        }
        if let Some((v, digits, s)) = number(toks.get(k))
            && digits == 4
            && (1000..=2200).contains(&v)
        {
            year = Some(v as u16);
            span.end = s.end;
            number_spans.push(s);
            used[k] = true;
            after = k + 1;
        }
        // A month written in lowercase in a cased script (English `may`) is a date only with
        // a year beside it.
        let lowercase = text[mspan_start(toks, i)..]
            .chars()
            .next()
            .is_some_and(char::is_lowercase);
        if year.is_some() || (day.is_some() && !lowercase) {
            out.push(Date {
                span,
                day,
                month,
                year,
                calendar,
                number_spans,
                alternative: None,
                paired_with,
            });
        }
        i = after.max(i + n);
    }
    out.extend(numeric_dates(text, toks, &used));
    out.sort_by_key(|d| d.span.start);
    out
}

/// A month named without a day or a year (`in June`, `في تموز`, `di meha gulanê de`): its byte
/// range and month. Not a date — a checker compares such months only when both versions name
/// one. In a cased script the name must be capitalized (`may`, `march` are words), except after
/// a word that says "month" (Kurmanji `meha`); names that are also common words in a language
/// (English `May`, Sorani `ئازار` "pain") count only there.
pub fn find_bare_months(text: &str, lang: Lang) -> Vec<(Range<usize>, u8)> {
    type Months = Vec<(Range<usize>, u8)>;
    thread_local! {
        static MEMO: std::cell::RefCell<crate::text::Memo<Months>> =
            std::cell::RefCell::default();
    }
    crate::text::Memo::get_or(&MEMO, lang, text, || read_bare_months(text, lang))
}

/// [`find_bare_months`], computed.
fn read_bare_months(text: &str, lang: Lang) -> Vec<(Range<usize>, u8)> {
    if lang.months.is_empty() {
        return Vec::new();
    }
    let tables = Tables::of(lang);
    let toks = tokenize(text);
    let dates = find_dates_in(text, lang, &toks);
    let inside = |r: &Range<usize>| {
        dates
            .iter()
            .any(|d| d.span.start <= r.start && r.end <= d.span.end)
    };
    let month_word = |k: usize| match toks.get(k) {
        Some(Tok::Word { folded, .. }) => tables
            .month_words
            .iter()
            .any(|w| folded.starts_with(w.as_str())),
        _ => false,
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let Some((month, calendar, n, span)) = month_at(&toks, i, tables) else {
            i += 1;
            continue;
        };
        i += n;
        if calendar != Calendar::Gregorian || inside(&span) {
            continue;
        }
        let after_month_word = i > n && month_word(i - n - 1);
        let word = &text[span.clone()];
        let folded = fold_for_dates(word);
        // An ambiguous name with at most a case ending (`may`, `gulanê`); a longer name that
        // merely starts like one (`june` after `jun`) is not ambiguous.
        let ambiguous = tables.ambiguous_months.iter().any(|a| {
            folded
                .strip_prefix(a.as_str())
                .is_some_and(|rest| tables.suffixes.iter().any(|s| s == rest))
        });
        if ambiguous && !after_month_word {
            continue;
        }
        let cased = word.chars().any(|c| c.is_uppercase() || c.is_lowercase());
        if cased && !after_month_word {
            let capital = word.chars().next().is_some_and(char::is_uppercase);
            // Not at the start of a sentence, where every word has a capital.
            let before = text[..span.start].trim_end();
            let starts = before.is_empty() || before.ends_with(['.', '!', '?', ':', '"', '“']);
            if !capital || starts {
                continue;
            }
        }
        out.push((span, month));
    }
    out
}

/// `07/01/2026`, `7.1.2026`, `2026-01-07`: day-month order is ambiguous in the first two, so a
/// date that reads both ways keeps the other reading.
fn numeric_dates(_text: &str, toks: &[Tok], used: &[bool]) -> Vec<Date> {
    let mut out = Vec::new();
    let mut i = 0;
    while i + 4 < toks.len() {
        let parts = (
            number(toks.get(i)),
            toks.get(i + 1),
            number(toks.get(i + 2)),
            toks.get(i + 3),
            number(toks.get(i + 4)),
        );
        if let (
            Some(a),
            Some(Tok::Sep { c: s1, .. }),
            Some(b),
            Some(Tok::Sep { c: s2, .. }),
            Some(c),
        ) = parts
            && s1 == s2
            && !used[i]
            && !used[i + 2]
            && !used[i + 4]
        {
            let span = a.2.start..c.2.end;
            let spans = vec![a.2.clone(), b.2.clone(), c.2.clone()];
            let date = if a.1 == 4 && b.0 <= 12 && (1..=31).contains(&c.0) {
                // ISO: year-month-day.
                Some((Some(c.0 as u8), b.0 as u8, a.0, None))
            } else if c.1 == 4 && (1..=31).contains(&a.0) && (1..=31).contains(&b.0) {
                // day/month/year, or month/day/year.
                match (b.0 <= 12, a.0 <= 12) {
                    (true, true) if a.0 != b.0 => Some((
                        Some(a.0 as u8),
                        b.0 as u8,
                        c.0,
                        Some((b.0 as u8, a.0 as u8)),
                    )),
                    (true, _) => Some((Some(a.0 as u8), b.0 as u8, c.0, None)),
                    (false, true) => Some((Some(b.0 as u8), a.0 as u8, c.0, None)),
                    (false, false) => None,
                }
            } else {
                None
            };
            if let Some((day, month, year, alternative)) = date
                && (1000..=2200).contains(&year)
                && (1..=12).contains(&month)
            {
                out.push(Date {
                    span,
                    day,
                    month,
                    year: Some(year as u16),
                    calendar: Calendar::Gregorian,
                    number_spans: spans,
                    alternative,
                    paired_with: None,
                });
                i += 5;
                continue;
            }
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::{AR, CKB, EN, KMR};

    fn dates(text: &str, lang: Lang) -> Vec<(Option<u8>, u8, Option<u16>)> {
        find_dates(text, lang)
            .into_iter()
            .map(|d| (d.day, d.month, d.year))
            .collect()
    }

    #[test]
    fn english_forms() {
        assert_eq!(
            dates("on 7 January 2026, amid", &EN),
            [(Some(7), 1, Some(2026))]
        );
        assert_eq!(
            dates("on January 7, 2026 the", &EN),
            [(Some(7), 1, Some(2026))]
        );
        assert_eq!(
            dates("the 7th of January 2026", &EN),
            [(Some(7), 1, Some(2026))]
        );
        assert_eq!(dates("in December 2024.", &EN), [(None, 12, Some(2024))]);
        assert_eq!(
            dates("the 1 April 2025 Agreement", &EN),
            [(Some(1), 4, Some(2025))]
        );
        // Look-alike: the modal verb is not a month.
        assert!(dates("parties may 12 times try", &EN).is_empty());
        assert_eq!(dates("on May 12 they", &EN), [(Some(12), 5, None)]);
        assert!(dates("they may act", &EN).is_empty());
        assert!(dates("in March", &EN).is_empty());
    }

    #[test]
    fn arabic_paired_and_single_months() {
        for t in [
            "في 7 كانون الثاني/يناير 2026",
            "في 7 كانون الثاني / يناير 2026",
            "في 7 يناير 2026",
            "في 7 كانون الثاني 2026",
        ] {
            assert_eq!(dates(t, &AR), [(Some(7), 1, Some(2026))], "{t}");
        }
        assert_eq!(
            dates("في كانون الأول/ديسمبر 2024", &AR),
            [(None, 12, Some(2024))]
        );
        // Spelling variants of alif: أيار/ايار, آذار/اذار.
        assert_eq!(dates("10 آذار/مارس 2025", &AR), [(Some(10), 3, Some(2025))]);
        assert_eq!(dates("10 اذار 2025", &AR), [(Some(10), 3, Some(2025))]);
        assert_eq!(dates("3 أيار 2020", &AR), [(Some(3), 5, Some(2020))]);
        assert_eq!(dates("3 ايار/مايو 2020", &AR), [(Some(3), 5, Some(2020))]);
        // A pair that disagrees is a date, and says so.
        let d = &find_dates("7 كانون الثاني/فبراير 2026", &AR)[0];
        assert_eq!(d.paired_with, Some(2));
    }

    #[test]
    fn kurmanji_series_and_case_endings() {
        assert_eq!(
            dates("di 7ê Kanûna Paşîn a 2026an de", &KMR),
            [(Some(7), 1, Some(2026))]
        );
        assert_eq!(
            dates("Peymana 1ê Nîsana 2025an", &KMR),
            [(Some(1), 4, Some(2025))]
        );
        assert_eq!(
            dates("di Kanûna Pêşîn a 2024an de", &KMR),
            [(None, 12, Some(2024))]
        );
        assert_eq!(dates("7ê Çileyê 2026", &KMR), [(Some(7), 1, Some(2026))]);
        assert_eq!(dates("7ê Rêbendanê 2026", &KMR), [(Some(7), 1, Some(2026))]);
        assert_eq!(dates("10ê Adara 2025an", &KMR), [(Some(10), 3, Some(2025))]);
        // Look-alike: Kanûn alone is December, not January.
        assert_eq!(dates("7ê Kanûnê 2026", &KMR), [(Some(7), 12, Some(2026))]);
    }

    #[test]
    fn sorani_months_with_ezafe_and_spellings() {
        assert_eq!(
            dates("لە ٧ی کانوونی دووەمی ٢٠٢٦دا", &CKB),
            [(Some(7), 1, Some(2026))]
        );
        assert_eq!(
            dates("لە کانوونی یەکەمی ٢٠٢٤دا", &CKB),
            [(None, 12, Some(2024))]
        );
        assert_eq!(
            dates("ڕێککەوتننامەی ١٠ی ئازاری ٢٠٢٥", &CKB),
            [(Some(10), 3, Some(2025))]
        );
        assert_eq!(
            dates("٧ی کانونی دووەمی ٢٠٢٦", &CKB),
            [(Some(7), 1, Some(2026))]
        );
        // Arabic letters in Sorani text (an orthography slip) still read.
        assert_eq!(
            dates("٧ي كانوونی دووەمی ٢٠٢٦", &CKB),
            [(Some(7), 1, Some(2026))]
        );
        // Look-alike: ئازار ("pain") without a day or year is not a date.
        assert!(dates("ئازار و ئەشکەنجە", &CKB).is_empty());
    }

    #[test]
    fn solar_months_keep_their_calendar() {
        let d = &find_dates("لە ١٧ی ڕێبەندانی ٢٧٢٥", &CKB)[0];
        assert_eq!(d.calendar, Calendar::KurdishSolar);
        let d = &find_dates("1ê Xakelêwe 2725", &KMR)[0];
        assert_eq!(d.calendar, Calendar::KurdishSolar);
    }

    #[test]
    fn numeric_dates() {
        let d = &find_dates("on 07/01/2026 and", &EN)[0];
        assert_eq!((d.day, d.month, d.year), (Some(7), 1, Some(2026)));
        assert_eq!(d.alternative, Some((1, 7)));
        let d = &find_dates("2026-01-07", &EN)[0];
        assert_eq!((d.day, d.month, d.year), (Some(7), 1, Some(2026)));
        let d = &find_dates("٧/١/٢٠٢٦", &AR)[0];
        assert_eq!(d.month, 1);
        // Look-alike: a document symbol is not a date.
        assert!(find_dates("A/HRC/55/L.1", &EN).is_empty());
        assert!(find_dates("S/RES/2254", &EN).is_empty());
    }

    #[test]
    fn agreement() {
        let a = &find_dates("7 January 2026", &EN)[0];
        let b = &find_dates("7 كانون الثاني/يناير 2026", &AR)[0];
        let c = &find_dates("8 كانون الثاني/يناير 2026", &AR)[0];
        let d = &find_dates("كانون الثاني/يناير 2026", &AR)[0];
        assert!(a.agrees(b));
        assert!(!a.agrees(c));
        assert!(a.agrees(d), "a missing day does not contradict");
        let n = &find_dates("01/07/2026", &EN)[0];
        assert!(a.agrees(n), "either reading of a numeric date");
    }

    #[test]
    fn bare_months() {
        let months = |t: &str, l: Lang| -> Vec<u8> {
            find_bare_months(t, l).into_iter().map(|x| x.1).collect()
        };
        // A full name that starts like an ambiguous abbreviation (`jun`) is a month.
        assert_eq!(months("The Commission reported in June.", &EN), [6]);
        assert_eq!(
            months("after the June summit and in December", &EN),
            [6, 12]
        );
        assert_eq!(months("di meha nîsanê de", &KMR), [4]);
        assert_eq!(months("لە کۆتای مانگی ئایار", &CKB), [5]);
        // Look-alikes: a modal verb, a verb, an abbreviation, a name at the start of a
        // sentence, a month inside a full date.
        assert!(months("They may return. March with us.", &EN).is_empty());
        assert!(months("Theresa May said so; in Jun the", &EN).is_empty());
        assert!(months("May God help them.", &EN).is_empty());
        assert!(months("on 7 January 2026", &EN).is_empty());
    }
}
