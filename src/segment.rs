//! Sentence segmentation: Unicode sentence boundaries (UAX #29) plus language-aware repairs.
//!
//! `unicode-segmentation`'s `split_sentence_bound_indices` never drops text, but UAX #29 alone
//! breaks after every abbreviation or initial followed by a capital (`Dr. Ali`, `U.N. Security`,
//! `J. K.`), after list markers (`1. Ensure`), inside `asp?id=` and `z. B.`, never before a
//! lowercase word (`…later. what are you doing`), and it does not end a sentence at `…`.
//!
//! Segmenting is done in two steps. First, every place where a sentence may begin: the UAX #29
//! boundaries, `…` before a capital, and a full stop after a word before a lowercase word.
//! Then each of these is kept or dropped by the rules of [`decide`], reading the tables of
//! [`crate::lang::Sentences`]; list markers inside a paragraph (`… 2. The second item`) start a
//! sentence of their own. Whatever the rules do, the returned ranges still cover every
//! non-space character of the input, in order.

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;

use crate::lang::Lang;
use crate::text::{
    digit_value, is_arabic_letter, is_closing, is_ignorable, is_letter, is_sentence_final,
};

/// Splits `text` into sentences. Returns byte ranges into `text`, each trimmed of surrounding
/// white space, in order; together they cover every non-white-space character.
pub fn split_sentences(text: &str, lang: Lang) -> Vec<Range<usize>> {
    let candidates = candidates(text);
    let mut cuts: Vec<usize> = vec![0];
    for (k, &cut) in candidates.iter().enumerate() {
        let start = cuts.last().copied().unwrap_or(0);
        if cut <= start {
            continue;
        }
        let next_end = candidates.get(k + 1).copied().unwrap_or(text.len());
        match decide(text, start, cut, next_end, lang) {
            Cut::Keep => cuts.push(cut),
            Cut::Join => {}
            Cut::At(at) if at > start => cuts.push(at),
            Cut::At(_) => {}
        }
    }
    cuts.extend(enumeration_cuts(text, lang));
    cuts.sort_unstable();
    cuts.dedup();
    cuts.push(text.len());
    cuts.windows(2)
        .filter_map(|w| trim_range(text, w[0]..w[1]))
        .collect()
}

/// What to do with a place where a sentence may begin.
#[derive(Debug, PartialEq, Eq)]
enum Cut {
    /// A new sentence begins here.
    Keep,
    /// The sentence goes on.
    Join,
    /// A new sentence begins at this offset instead, before the next place where one may begin
    /// (a list marker moved to the item it introduces, a closing quote kept with its sentence).
    At(usize),
}

/// Offsets where a sentence may begin, sorted: UAX #29 boundaries, `…` before a capital (see
/// [`ellipsis_cuts`]) and a full stop before a lowercase word (see [`lowercase_cuts`]).
fn candidates(text: &str) -> Vec<usize> {
    let mut out: Vec<usize> = text
        .split_sentence_bound_indices()
        .map(|(i, _)| i)
        .filter(|&i| i > 0)
        .collect();
    out.extend(ellipsis_cuts(text));
    out.extend(lowercase_cuts(text));
    out.extend(dash_cuts(text));
    out.sort_unstable();
    out.dedup();
    out
}

/// The offset of the first character after the white space at the start of `text[from..]`,
/// if there is any white space.
fn after_spaces(text: &str, from: usize) -> Option<usize> {
    let spaces: usize = text[from..]
        .chars()
        .take_while(|c| c.is_whitespace())
        .map(char::len_utf8)
        .sum();
    (spaces > 0).then_some(from + spaces)
}

/// The first character of `s` that is not ignorable (harakat, tatweel, bidi marks).
fn first_visible(s: &str) -> Option<char> {
    s.chars().find(|&c| !is_ignorable(c))
}

/// UAX #29 gives U+2026 HORIZONTAL ELLIPSIS no sentence-ending property, while it does end
/// a sentence at `...`. A sentence may begin after `…` (and closing quotes) when white space
/// and a letter that is not lowercase follow, exactly as UAX #29 treats `...`.
fn ellipsis_cuts(text: &str) -> Vec<usize> {
    let mut out = Vec::new();
    for (i, c) in text.char_indices() {
        if c != '…' {
            continue;
        }
        let mut end = i + c.len_utf8();
        end += text[end..]
            .chars()
            .take_while(|&c| is_closing(c))
            .map(char::len_utf8)
            .sum::<usize>();
        if let Some(next) = after_spaces(text, end)
            && first_visible(&text[next..]).is_some_and(|n| n.is_alphabetic() && !n.is_lowercase())
        {
            out.push(next);
        }
    }
    out
}

/// UAX #29 never begins a sentence with a lowercase letter after a full stop, but web text
/// does (`…let you know later. what are you doing tonight.`). A sentence may begin there when
/// the full stop follows a word that ends with a letter and has two letters or more (not a
/// number, not `...`, not an initial), directly or after a space (`friendly . and`), and white
/// space follows it; [`decide`] keeps it unless that word is an abbreviation.
fn lowercase_cuts(text: &str) -> Vec<usize> {
    let mut out = Vec::new();
    for (i, c) in text.char_indices() {
        if c != '.' {
            continue;
        }
        let word = text[..i].trim_end_matches(' ');
        let word = word.rsplit(char::is_whitespace).next().unwrap_or("");
        let last = word.chars().rev().find(|&c| !is_ignorable(c));
        if !last.is_some_and(is_letter) || word.chars().filter(|&c| is_letter(c)).count() < 2 {
            continue;
        }
        if let Some(next) = after_spaces(text, i + 1)
            && first_visible(&text[next..]).is_some_and(char::is_lowercase)
        {
            out.push(next);
        }
    }
    out
}

/// UAX #29 does not begin a sentence at a dash, but after a sentence a dash between spaces and
/// before a capital begins one: a line of dialogue (`…çi? -- Ji ber tirsê`) or an attribution
/// (`…a wall." - Eleanor Roosevelt`).
fn dash_cuts(text: &str) -> Vec<usize> {
    let mut out = Vec::new();
    for (i, c) in text.char_indices() {
        if !is_sentence_final(c) {
            continue;
        }
        let mut end = i + c.len_utf8();
        end += text[end..]
            .chars()
            .take_while(|&c| is_closing(c))
            .map(char::len_utf8)
            .sum::<usize>();
        let Some(dash) = after_spaces(text, end) else {
            continue;
        };
        let dashes: usize = text[dash..]
            .chars()
            .take_while(|&c| matches!(c, '-' | '–' | '—'))
            .map(char::len_utf8)
            .sum();
        if dashes > 0
            && let Some(word) = after_spaces(text, dash + dashes)
            && starts_sentence(&text[word..])
        {
            out.push(dash);
        }
    }
    out
}

/// Whether a sentence begins at `cut`, inside the piece that began at `start`; the next place
/// where one may begin is `next_end`.
fn decide(text: &str, start: usize, cut: usize, next_end: usize, lang: Lang) -> Cut {
    let before = &text[start..cut];
    let after = &text[cut..];
    let prev_t = before.trim_end();
    if prev_t.is_empty() {
        return Cut::Join;
    }
    let next = first_visible(after);
    // A sentence begins after white space, not inside `asp?id=` or `*...*`, except in a caseless
    // script (Arabic), whose writers often leave out the space after a full stop.
    if !before
        .trim_end_matches(is_ignorable)
        .ends_with(char::is_whitespace)
        && !next.is_some_and(is_caseless_letter)
    {
        return Cut::Join;
    }
    // A closing quotation mark between spaces belongs to the sentence before:
    // `…"Şahmaran deh hezar sal jîn bû. " Ji bilî…`. A straight `"` closes a quotation when
    // the sentence has opened one (an odd number of `"` before it); otherwise it opens one
    // (`…المقام الأول. " لذا، أرجو…`).
    if let Some(q) =
        next.filter(|&q| matches!(q, '”' | '»') || q == '"' && before.matches('"').count() % 2 == 1)
    {
        let end = cut + after.find(q).unwrap_or(0) + q.len_utf8();
        match after_spaces(text, end) {
            // What follows the quote decides: `! » , ou par` and `! » und mit` go on.
            Some(at) if at < next_end => {
                return match decide(text, start, at, next_end, lang) {
                    Cut::Keep => Cut::At(at),
                    other => other,
                };
            }
            Some(_) => return Cut::Join,
            None if text[end..].trim().is_empty() => return Cut::Join,
            None => {}
        }
    }
    // Punctuation that never starts a sentence belongs to the one before: `.؛`, `.)`, `."`.
    if let Some(first) = next
        && (matches!(
            first,
            '؛' | '،' | ',' | ';' | ':' | '!' | '?' | '؟' | '.' | '…'
        ) || is_closing(first))
        && first != '"'
        && first != '\''
    {
        return Cut::Join;
    }
    // A piece that is only a list marker (`1.`, `١.`, `12.`, `1.)`, `(a)`) introduces what
    // follows.
    if is_list_marker(prev_t) {
        return Cut::Join;
    }
    // A bracketed citation after a quotation stays with it: `"…away." (Interview, 8 March).`
    // (After a plain full stop, `(…).` may be a sentence of its own.)
    if ends_with_quote(prev_t) && is_citation(text[cut..next_end].trim()) {
        return Cut::Join;
    }
    // Reported speech and asides: `"What?" asks Winston`, `(spelling??) brothers`.
    if next.is_some_and(char::is_lowercase) && ends_quoted_question(prev_t) {
        return Cut::Join;
    }
    let goes_on = match abbreviation(prev_t, after, lang) {
        Some(Abbrev::Prefix) => true,
        Some(Abbrev::Name { initial }) => !starts_with_starter(after, lang, !initial),
        Some(Abbrev::Ends) => !starts_sentence(after),
        None => false,
    };
    if goes_on {
        return Cut::Join;
    }
    if is_ordinal(prev_t, after, lang) {
        return Cut::Join;
    }
    // A list marker never ends a sentence: it moves to the item it introduces, and a lead-in
    // that ends with a colon stays with the first item (`The demands are: 1.) A ceasefire.`).
    if let Some(at) = trailing_marker(text, start, prev_t, lang) {
        let lead = text[start..at].trim_end();
        return if lead.is_empty() || lead.ends_with(':') {
            Cut::Join
        } else {
            Cut::At(at)
        };
    }
    Cut::Keep
}

/// A letter of a script without case (Arabic, Hebrew, CJK …).
fn is_caseless_letter(c: char) -> bool {
    c.is_alphabetic() && !c.is_lowercase() && !c.is_uppercase()
}

/// Opening punctuation that may come before the first word of a sentence.
fn is_opening(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '(' | '[' | '{' | '«' | '“' | '‘' | '„' | '‹' | '¿' | '¡'
    )
}

/// Whether `after` starts the way a sentence starts: with a capital or a letter of a caseless
/// script, possibly after opening quotes or brackets. Not a lowercase word, a digit or
/// punctuation.
fn starts_sentence(after: &str) -> bool {
    after
        .chars()
        .filter(|&c| !is_ignorable(c))
        .find(|&c| !is_opening(c) && !c.is_whitespace())
        .is_some_and(|c| c.is_uppercase() || is_caseless_letter(c))
}

/// The first word of `after`, without opening quotes and brackets or trailing punctuation.
fn first_word(after: &str) -> String {
    let word = after.split_whitespace().next().unwrap_or("");
    let word: String = word.chars().filter(|&c| !is_ignorable(c)).collect();
    word.trim_start_matches(is_opening)
        .trim_end_matches(|c: char| !c.is_alphanumeric())
        .to_string()
}

/// Whether `after` begins with one of the language's sentence starters (`The`, `However`);
/// one-letter ones (`A`, `I`) only when `single_letters`.
fn starts_with_starter(after: &str, lang: Lang, single_letters: bool) -> bool {
    let word = first_word(after);
    (single_letters || word.chars().count() > 1) && contains(lang.sentences.starters, &word)
}

/// Whether `list` holds `token`, ignoring harakat, tatweel and bidi marks and the spaces inside
/// an entry.
fn contains(list: &[&str], token: &str) -> bool {
    list.iter().any(|entry| {
        entry
            .chars()
            .filter(|&c| !is_ignorable(c) && !c.is_whitespace())
            .eq(token.chars())
    })
}

/// What kind of abbreviation ends a piece.
#[derive(Debug, PartialEq, Eq)]
enum Abbrev {
    /// Never ends a sentence: a title before a name (`Mr.`, `د.`), `e.g.`.
    Prefix,
    /// Usually part of a name (`U.S. Navy`, `J. K. Rowling`): ends a sentence only before a
    /// sentence starter (`… the U.S. The delegates …`). An `initial` ends one only before a
    /// starter of two letters or more.
    Name { initial: bool },
    /// Can end a sentence (`Ltd.`, `etc.`, `p.m.`, `2026 م.`): ends it before a word that starts
    /// one.
    Ends,
}

/// A token as compared with the tables: without ignorable characters or opening punctuation.
fn clean(token: &str) -> String {
    let t: String = token.chars().filter(|&c| !is_ignorable(c)).collect();
    t.trim_start_matches(is_opening).to_string()
}

/// The abbreviation that ends `prev_t`, if any, read from the language's tables first, then
/// from its shape: an initial (`J.`, `د.`) or a dotted acronym (`U.N.`, `p.m.`). An
/// abbreviation split by the boundary (`z. | B.`) never ends a sentence.
fn abbreviation(prev_t: &str, after: &str, lang: Lang) -> Option<Abbrev> {
    let data = &lang.sentences;
    let tokens: Vec<String> = prev_t.split_whitespace().rev().take(3).map(clean).collect();
    let last = tokens.first()?;
    if !last.ends_with('.') {
        return None;
    }
    let in_tables = |t: &str| contains(data.prefixes, t) || contains(data.abbreviations, t);
    let dotted = tokens.iter().take_while(|t| t.ends_with('.')).count();
    // `z. | B.`: the boundary falls inside a spaced abbreviation.
    if let Some(head) = after.split_whitespace().next().map(clean)
        && is_letter_dot(&head)
    {
        for n in 1..=dotted {
            let tail: String = tokens[..n].iter().rev().map(String::as_str).collect();
            if in_tables(&(tail + &head)) {
                return Some(Abbrev::Prefix);
            }
        }
    }
    // A one-letter abbreviation of a caseless script after a number is a unit or an era
    // (`2026 م.`, `1445 هـ.`). (In Latin script units are lowercase and `1953 L. G. Pugh` is a
    // name.)
    if is_initial(last)
        && last.chars().next().is_some_and(is_caseless_letter)
        && tokens.get(1).is_some_and(|t| is_number(t))
    {
        return Some(Abbrev::Ends);
    }
    // The longest entry of the tables: `z. B.`, `d. h.`, then `Dr.`.
    for n in (1..=dotted).rev() {
        let tail: String = tokens[..n].iter().rev().map(String::as_str).collect();
        if contains(data.prefixes, &tail) {
            return Some(Abbrev::Prefix);
        }
        if contains(data.abbreviations, &tail) {
            return Some(Abbrev::Ends);
        }
    }
    if is_initial(last) {
        return Some(Abbrev::Name { initial: true });
    }
    if is_dotted_acronym(last) {
        return Some(if last.chars().any(char::is_lowercase) {
            Abbrev::Ends
        } else {
            Abbrev::Name { initial: false }
        });
    }
    None
}

/// A single letter with a full stop: `B.`, `h.`, `د.`.
fn is_letter_dot(token: &str) -> bool {
    let mut chars = token.chars();
    matches!((chars.next(), chars.next(), chars.next()), (Some(c), Some('.'), None) if c.is_alphabetic())
}

/// A number: digits in any script, with separators (`2026`, `1,000`, `١٢`).
fn is_number(token: &str) -> bool {
    token.chars().any(|c| digit_value(c).is_some())
        && token
            .chars()
            .all(|c| digit_value(c).is_some() || matches!(c, '.' | ',' | '\u{066B}' | '\u{066C}'))
}

/// `am 12. Juni`: in a language that writes ordinals with a full stop, a number of one to three
/// digits after one of its `ordinal_before` words or before one of its `ordinal_after` words.
fn is_ordinal(prev_t: &str, after: &str, lang: Lang) -> bool {
    let data = &lang.sentences;
    if data.ordinal_before.is_empty() && data.ordinal_after.is_empty() {
        return false;
    }
    let mut tokens = prev_t.split_whitespace().rev();
    let Some(number) = tokens.next().and_then(|t| t.strip_suffix('.')) else {
        return false;
    };
    let n = number.chars().count();
    if !(1..=3).contains(&n) || !number.chars().all(|c| digit_value(c).is_some()) {
        return false;
    }
    let word_before = tokens.next().map(str::to_lowercase).unwrap_or_default();
    // `an der 8. und 9. Stelle`: joined to an ordinal, an ordinal.
    let joined_to_ordinal = lang.number_joiners.contains(&word_before.as_str())
        && tokens.next().is_some_and(|t| {
            t.strip_suffix('.').is_some_and(|d| {
                (1..=3).contains(&d.chars().count()) && d.chars().all(|c| digit_value(c).is_some())
            })
        });
    let word_after = after
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_end_matches([',', ';', ':'])
        .to_lowercase();
    joined_to_ordinal
        || data.ordinal_before.contains(&word_before.as_str())
        || data.ordinal_after.contains(&word_after.as_str())
}

/// Closing quotation marks.
const CLOSING_QUOTES: [char; 5] = ['"', '\'', '”', '’', '»'];

/// `…away."`, `…away.»`: a sentence that ends with closing quotes.
fn ends_with_quote(prev_t: &str) -> bool {
    prev_t.ends_with(CLOSING_QUOTES)
}

/// `"What?"`, `“Help!”`, `(spelling??)`: a question or exclamation closed by quotes or a
/// bracket, after which a lowercase word (`asks Winston`) goes on with the same sentence.
fn ends_quoted_question(prev_t: &str) -> bool {
    let inner = prev_t.trim_end_matches(|c: char| {
        CLOSING_QUOTES.contains(&c) || matches!(c, ')' | ']') || c.is_whitespace()
    });
    inner.len() < prev_t.len() && inner.ends_with(['?', '!', '؟'])
}

/// `(Interview, 8 March 2025).`: a piece that is one bracketed text, maybe followed by
/// sentence-final punctuation, whose content does not end a sentence itself (`(See below.)`
/// does).
fn is_citation(piece: &str) -> bool {
    let p = piece.trim_end_matches(|c: char| is_sentence_final(c) || c.is_whitespace());
    let close = match p.chars().next() {
        Some('(') => ')',
        Some('[') => ']',
        _ => return false,
    };
    let open = if close == ')' { '(' } else { '[' };
    if !p.ends_with(close) || p.len() < 3 {
        return false;
    }
    let mut depth = 0usize;
    for (i, c) in p.char_indices() {
        if c == open {
            depth += 1;
        } else if c == close {
            depth = depth.saturating_sub(1);
            if depth == 0 && i + c.len_utf8() < p.len() {
                return false;
            }
        }
    }
    let inner = p[1..p.len() - 1].trim_end();
    !inner.is_empty() && !inner.ends_with(is_sentence_final)
}

/// The number of a list marker `12.` or `12.)` (one to three digits, any script).
fn marker_number(token: &str) -> Option<u32> {
    let body = token
        .strip_suffix(".)")
        .or_else(|| token.strip_suffix('.'))?;
    if body.is_empty() || body.chars().count() > 3 {
        return None;
    }
    body.chars()
        .try_fold(0u32, |n, c| digit_value(c).map(|d| n * 10 + d))
}

/// The number of any numbered list marker: `12.`, `12.)`, `12)`, `(12)`.
fn any_marker_number(token: &str) -> Option<u32> {
    marker_number(token).or_else(|| {
        let body = token.strip_suffix(')')?;
        let body = body.strip_prefix('(').unwrap_or(body);
        marker_number(&format!("{body}."))
    })
}

/// The whitespace-separated tokens of `text` with their offsets.
fn tokens(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split_whitespace()
        .map(move |t| (t.as_ptr() as usize - text.as_ptr() as usize, t))
}

/// Whether the marker numbered `n` at `offset` is part of an enumeration in `text`: marker
/// `n - 1` comes before it, or, for `1`, marker `2` comes after it. (A lone `12.` is a number
/// that ends a sentence: `…rose to 12. Then…`.)
fn in_enumeration(text: &str, offset: usize, n: u32) -> bool {
    tokens(text).any(|(o, t)| {
        any_marker_number(t).is_some_and(|m| {
            (n >= 2 && m == n - 1 && o < offset) || (n == 1 && m == 2 && o > offset)
        })
    })
}

/// Whether `token` (`12.`, `12.)`) at `offset` is the marker of an item of a list inside the
/// text: `12.)` whose bracket opens nothing, or `12.` in an enumeration (see
/// [`in_enumeration`]); not after an abbreviation (`Art. 2.`) or a word that joins numbers
/// (`1. banks and 2. states`), nor an ordinal (German `am 1. und 2. Mai`).
fn is_item_marker(text: &str, offset: usize, token: &str, lang: Lang) -> bool {
    let Some(n) = marker_number(token) else {
        return false;
    };
    let lead = text[..offset].trim_end();
    let after = &text[offset + token.len()..];
    if abbreviation(lead, token, lang).is_some()
        || lead
            .split_whitespace()
            .next_back()
            .is_some_and(|w| lang.number_joiners.contains(&w.to_lowercase().as_str()))
        || is_ordinal(&text[..offset + token.len()], after, lang)
    {
        return false;
    }
    if token.ends_with(".)") {
        lead.matches('(').count() <= lead.matches(')').count()
    } else {
        in_enumeration(text, offset, n)
    }
}

/// The offset of a list marker that ends the piece `prev_t` (which began at `start`).
fn trailing_marker(text: &str, start: usize, prev_t: &str, lang: Lang) -> Option<usize> {
    let tok_start = prev_t
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let offset = start + tok_start;
    is_item_marker(text, offset, &prev_t[tok_start..], lang).then_some(offset)
}

/// Offsets of list markers inside a piece that start an item of an enumeration: `2.` or `2.)`
/// after marker `1.` (`… the first item 2. the second item`), after white space and not after
/// `,`, `;` or `:`.
fn enumeration_cuts(text: &str, lang: Lang) -> Vec<usize> {
    tokens(text)
        .filter(|&(o, t)| {
            o > 0
                && marker_number(t).is_some_and(|n| n >= 2)
                && is_item_marker(text, o, t, lang)
                && text[..o]
                    .trim_end()
                    .chars()
                    .next_back()
                    .is_some_and(|c| !matches!(c, ',' | ';' | ':' | '،' | '؛'))
                && !text[o + t.len()..].trim().is_empty()
        })
        .map(|(o, _)| o)
        .collect()
}

/// `1.`, `١.`, `12)`, `1.)`, `(3)`, `a)`: a list marker standing alone.
pub fn is_list_marker(s: &str) -> bool {
    let s = s.trim();
    let body = if let Some(inner) = s.strip_prefix('(') {
        inner.strip_suffix(')')
    } else {
        s.strip_suffix(".)").or_else(|| s.strip_suffix(['.', ')']))
    };
    let Some(body) = body.filter(|b| !b.is_empty()) else {
        return false;
    };
    let n = body.chars().count();
    body.chars().all(|c| digit_value(c).is_some()) && n <= 3
        || n == 1 && body.chars().all(|c| c.is_alphabetic())
}

/// A single capital letter with a full stop (`J.`), or a single Arabic-script letter with one
/// (`د.`, `م.`): an initial or a one-letter abbreviation.
fn is_initial(token: &str) -> bool {
    let mut chars = token.chars();
    match (chars.next(), chars.next(), chars.next()) {
        (Some(c), Some('.'), None) => c.is_uppercase() || is_arabic_letter(c),
        _ => false,
    }
}

/// `U.N.`, `U.S.`, `e.g.`, `p.m.`, `أ.د.`: single letters each followed by a full stop.
fn is_dotted_acronym(token: &str) -> bool {
    let chars: Vec<char> = token.chars().collect();
    chars.len() >= 4
        && chars.len().is_multiple_of(2)
        && chars
            .chunks(2)
            .all(|pair| pair[0].is_alphabetic() && pair[1] == '.')
}

fn trim_range(text: &str, r: Range<usize>) -> Option<Range<usize>> {
    let s = &text[r.clone()];
    let start = r.start + (s.len() - s.trim_start().len());
    let end = r.start + s.trim_end().len();
    (start < end).then_some(start..end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::{AR, CKB, DE, EN, FR, KMR};

    fn split(text: &str, lang: Lang) -> Vec<&str> {
        split_sentences(text, lang)
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    /// Every non-space character of the input is in exactly one sentence, in order.
    fn assert_covers(text: &str, lang: Lang) {
        let joined: String = split(text, lang).concat();
        let strip = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
        assert_eq!(strip(&joined), strip(text));
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        let t = "Dr. Hassan met the U.N. envoy, e.g. in Aleppo. Then i.e. Damascus followed.";
        assert_eq!(
            split(t, &EN),
            vec![
                "Dr. Hassan met the U.N. envoy, e.g. in Aleppo.",
                "Then i.e. Damascus followed."
            ]
        );
        // From the real statement: "the U.S. Middle-East Partnership Initiative's".
        let t = "attending the U.S. Middle-East Partnership Initiative's program. The idea grew.";
        assert_eq!(split(t, &EN).len(), 2);
        assert_covers(t, &EN);
    }

    #[test]
    fn arabic_abbreviations_do_not_end_sentences() {
        let t = "التقى د. أحمد بـ أ.د. سامر في حلب. ثم غادرا.";
        assert_eq!(
            split(t, &AR),
            vec!["التقى د. أحمد بـ أ.د. سامر في حلب.", "ثم غادرا."]
        );
        // Sorani uses the same abbreviation for doctor.
        let t = "د. ئەحمەد گەیشتە حەلەب. پاشان ڕۆیشت.";
        assert_eq!(split(t, &CKB).len(), 2);
    }

    #[test]
    fn initials_do_not_end_sentences() {
        let t = "The report by J. K. Rowling was read. Everyone agreed.";
        assert_eq!(
            split(t, &EN),
            vec!["The report by J. K. Rowling was read.", "Everyone agreed."]
        );
        let t = "Rapora J. K. Rowling hat xwendin. Hemû razî bûn.";
        assert_eq!(split(t, &KMR).len(), 2);
    }

    #[test]
    fn look_alike_a_sentence_that_ends_with_a_number_still_ends() {
        let t = "The toll rose to 12. Then the shelling resumed.";
        assert_eq!(
            split(t, &EN),
            vec!["The toll rose to 12.", "Then the shelling resumed."]
        );
        let t = "Hejmara qurbaniyan gihîşt 12. Paşê topbaran dest pê kir.";
        assert_eq!(split(t, &KMR).len(), 2);
        let t = "ارتفع العدد إلى 12. ثم استؤنف القصف.";
        assert_eq!(split(t, &AR).len(), 2);
        let t = "ژمارەکە گەیشتە ١٢. پاشان تۆپباران دەستی پێکردەوە.";
        assert_eq!(split(t, &CKB).len(), 2);
    }

    #[test]
    fn look_alike_decimal_numbers_are_not_sentence_ends() {
        let t = "Prices rose by 3.5 percent in Aleppo. Rents doubled.";
        assert_eq!(split(t, &EN).len(), 2);
        let t = "Biha 3,5 ji sedî zêde bûn û 250.000 kes koç kirin. Kirê du qat bû.";
        assert_eq!(split(t, &KMR).len(), 2);
    }

    #[test]
    fn list_markers_at_line_start_introduce_their_item() {
        for (t, lang) in [
            ("1. Ensure a ceasefire. Protect civilians.", &EN),
            ("12. Dawlaty", &EN),
            ("١. وقف إطلاق النار فوراً. حماية المدنيين.", &AR),
            ("۱. ئاگربەستێکی دەستبەجێ. پاراستنی سیڤیلەکان.", &CKB),
            ("1. Agirbesteke yekser. Parastina sivîlan.", &KMR),
        ] {
            let s = split(t, lang);
            assert!(s[0].chars().any(char::is_alphabetic), "{t}: {s:?}");
            assert!(!is_list_marker(s[0]), "{t}: {s:?}");
            assert_covers(t, lang);
        }
    }

    #[test]
    fn ellipsis_ends_a_sentence_like_three_dots() {
        let t = "They waited… Then the shelling began.";
        assert_eq!(
            split(t, &EN),
            vec!["They waited…", "Then the shelling began."]
        );
        let t = "They waited... Then the shelling began.";
        assert_eq!(split(t, &EN).len(), 2);
        // Look-alike: a lowercase continuation does not start a sentence.
        let t = "They waited… and waited.";
        assert_eq!(split(t, &EN).len(), 1);
        let t = "انتظروا… ثم بدأ القصف.";
        assert_eq!(split(t, &AR).len(), 2);
    }

    #[test]
    fn arabic_question_mark_and_full_stop_end_sentences() {
        let t = "أين المدنيون؟ لا أحد يعرف.";
        assert_eq!(split(t, &AR), vec!["أين المدنيون؟", "لا أحد يعرف."]);
        let t = "سیڤیلەکان لە کوێن؟ کەس نازانێت۔ کۆتایی.";
        assert_eq!(split(t, &CKB).len(), 3);
    }

    #[test]
    fn arabic_semicolon_after_a_full_stop_stays_with_its_sentence() {
        let t = "انتهى الاجتماع.؛ ثم بدأ القصف.";
        let s = split(t, &AR);
        assert!(!s.iter().any(|p| p.starts_with('؛')), "{s:?}");
        assert_covers(t, &AR);
    }

    #[test]
    fn invisible_characters_do_not_break_anything() {
        // ZWNJ inside a Sorani word, tatweel, harakat and an RLM after the full stop.
        let t = "دەیانهەزار\u{200C}کەس ئاوارە بوون.\u{200F} حـــلب مُحاصَرة.";
        let s = split(t, &CKB);
        assert_eq!(s.len(), 2, "{s:?}");
        assert_covers(t, &CKB);
        // An abbreviation with a haraka on it is still an abbreviation.
        let t = "التقى دَ. أحمد بالوفد. ثم غادر.";
        assert_eq!(split(t, &AR).len(), 2);
        let t = "Dr.\u{200F} Hassan came. He left.";
        assert_eq!(split(t, &EN).len(), 2);
    }

    #[test]
    fn list_marker_shapes() {
        for m in ["1.", "١.", "۱٢.", "12)", "1.)", "(3)", "a)", "(أ)"] {
            assert!(is_list_marker(m), "{m}");
        }
        for m in ["2026.", "12", "Dr.", "(3", "(3.", "U.N.", "1.2.)"] {
            assert!(!is_list_marker(m), "{m}");
        }
    }

    /// Each repair, in each of the four statement languages: (language, text, sentences).
    #[test]
    fn every_repair_in_every_language() {
        let cases: &[(Lang, &str, &[&str])] = &[
            // Abbreviations.
            (
                &EN,
                "Dr. Hassan spoke. He left.",
                &["Dr. Hassan spoke.", "He left."],
            ),
            (&AR, "تحدث د. حسن. ثم غادر.", &["تحدث د. حسن.", "ثم غادر."]),
            (
                &KMR,
                "Dr. Hesen axivî. Paşê çû.",
                &["Dr. Hesen axivî.", "Paşê çû."],
            ),
            (
                &CKB,
                "د. حەسەن قسەی کرد. پاشان ڕۆیشت.",
                &["د. حەسەن قسەی کرد.", "پاشان ڕۆیشت."],
            ),
            // Initials.
            (
                &EN,
                "A report by J. K. Rowling. Done.",
                &["A report by J. K. Rowling.", "Done."],
            ),
            (
                &AR,
                "تقرير كتبه ج. ك. رولينغ. انتهى.",
                &["تقرير كتبه ج. ك. رولينغ.", "انتهى."],
            ),
            (
                &KMR,
                "Raporek ji J. K. Rowling. Qediya.",
                &["Raporek ji J. K. Rowling.", "Qediya."],
            ),
            (
                &CKB,
                "ڕاپۆرتێکی ج. ک. ڕاولینگ. تەواو.",
                &["ڕاپۆرتێکی ج. ک. ڕاولینگ.", "تەواو."],
            ),
            // List markers at line start.
            (&EN, "12. Dawlaty", &["12. Dawlaty"]),
            (&AR, "١٢. دولتي", &["١٢. دولتي"]),
            (&KMR, "12. Dawlaty", &["12. Dawlaty"]),
            (&CKB, "١٢. داولاتی", &["١٢. داولاتی"]),
            // Ellipsis.
            (
                &EN,
                "They waited… Then it began.",
                &["They waited…", "Then it began."],
            ),
            (&AR, "انتظروا… ثم بدأ.", &["انتظروا…", "ثم بدأ."]),
            (
                &KMR,
                "Li bendê man… Paşê dest pê kir.",
                &["Li bendê man…", "Paşê dest pê kir."],
            ),
            (
                &CKB,
                "چاوەڕێیان کرد… پاشان دەستی پێکرد.",
                &["چاوەڕێیان کرد…", "پاشان دەستی پێکرد."],
            ),
            // A semicolon after a full stop stays with its sentence.
            (
                &EN,
                "It ended.; then more. Next.",
                &["It ended.; then more.", "Next."],
            ),
            (
                &AR,
                "انتهى.؛ ثم المزيد. التالي.",
                &["انتهى.؛ ثم المزيد.", "التالي."],
            ),
            (
                &KMR,
                "Qediya.; paşê zêdetir. Piştre.",
                &["Qediya.; paşê zêdetir.", "Piştre."],
            ),
            (
                &CKB,
                "تەواو بوو.؛ پاشان زیاتر. دواتر.",
                &["تەواو بوو.؛ پاشان زیاتر.", "دواتر."],
            ),
            // Question marks and the Arabic full stop.
            (
                &EN,
                "Where are they? Nobody knows.",
                &["Where are they?", "Nobody knows."],
            ),
            (
                &AR,
                "أين هم؟ لا أحد يعلم۔ انتهى.",
                &["أين هم؟", "لا أحد يعلم۔", "انتهى."],
            ),
            (
                &KMR,
                "Ew li ku ne? Kes nizane.",
                &["Ew li ku ne?", "Kes nizane."],
            ),
            (
                &CKB,
                "ئەوان لە کوێن؟ کەس نازانێت۔ تەواو.",
                &["ئەوان لە کوێن؟", "کەس نازانێت۔", "تەواو."],
            ),
            // Look-alike: a sentence that ends with a number ends there.
            (
                &EN,
                "It rose to 12. Then it fell.",
                &["It rose to 12.", "Then it fell."],
            ),
            (
                &AR,
                "ارتفع إلى 12. ثم انخفض.",
                &["ارتفع إلى 12.", "ثم انخفض."],
            ),
            (
                &KMR,
                "Gihîşt 12. Paşê kêm bû.",
                &["Gihîşt 12.", "Paşê kêm bû."],
            ),
            (
                &CKB,
                "گەیشتە ١٢. پاشان کەم بوو.",
                &["گەیشتە ١٢.", "پاشان کەم بوو."],
            ),
            // Look-alike: decimals are not sentence ends.
            (
                &EN,
                "It rose by 3.5 percent. Then it fell.",
                &["It rose by 3.5 percent.", "Then it fell."],
            ),
            (
                &AR,
                "ارتفع بنسبة 3.5 بالمئة. ثم انخفض.",
                &["ارتفع بنسبة 3.5 بالمئة.", "ثم انخفض."],
            ),
            (
                &KMR,
                "Bi 3,5 ji sedî û 250.000 kes. Paşê kêm bû.",
                &["Bi 3,5 ji sedî û 250.000 kes.", "Paşê kêm bû."],
            ),
            (
                &CKB,
                "بە ڕێژەی ٣٫٥ لە سەد. پاشان کەم بوو.",
                &["بە ڕێژەی ٣٫٥ لە سەد.", "پاشان کەم بوو."],
            ),
            // Invisible characters: ZWNJ, tatweel, harakat, bidi marks break nothing.
            (
                &EN,
                "Dr.\u{200F} Hassan came. He left.",
                &["Dr.\u{200F} Hassan came.", "He left."],
            ),
            (
                &AR,
                "حـــلب مُحاصَرة.\u{200F} د. أحمد غادر.",
                &["حـــلب مُحاصَرة.\u{200F}", "د. أحمد غادر."],
            ),
            (
                &KMR,
                "Heleb\u{200E} dorpêçkirî ye. Dr. Hesen çû.",
                &["Heleb\u{200E} dorpêçkirî ye.", "Dr. Hesen çû."],
            ),
            (
                &CKB,
                "دەیان\u{200C}هەزار ئاوارە بوون. د. ئەحمەد ڕۆیشت.",
                &["دەیان\u{200C}هەزار ئاوارە بوون.", "د. ئەحمەد ڕۆیشت."],
            ),
        ];
        for (lang, text, want) in cases {
            assert_eq!(&split(text, lang), want, "{}: {text}", lang.code);
        }
    }

    /// Asserts the sentences of each case, and that they cover the input.
    fn check(cases: &[(Lang, &str, &[&str])]) {
        for (lang, text, want) in cases {
            assert_eq!(&split(text, lang), want, "{}: {text}", lang.code);
            assert_covers(text, lang);
        }
    }

    #[test]
    fn an_abbreviation_ends_a_sentence_when_a_sentence_starts_after_it() {
        check(&[
            (
                &EN,
                "It was reported to the U.N. The Security Council met on Friday.",
                &[
                    "It was reported to the U.N.",
                    "The Security Council met on Friday.",
                ],
            ),
            (
                &EN,
                "It was signed in the U.S. They left on Friday.",
                &["It was signed in the U.S.", "They left on Friday."],
            ),
            (
                &EN,
                "It was sold to Acme Ltd. The company said so.",
                &["It was sold to Acme Ltd.", "The company said so."],
            ),
            (
                &EN,
                "The shelling began at 5 p.m. Police said ten died.",
                &["The shelling began at 5 p.m.", "Police said ten died."],
            ),
            (
                &EN,
                "Food, water, etc. \"We need more,\" she said.",
                &["Food, water, etc.", "\"We need more,\" she said."],
            ),
            // A one-letter abbreviation after a year is the era, not an initial.
            (
                &AR,
                "وقع ذلك عام 2026 م. ثم غادر الوفد.",
                &["وقع ذلك عام 2026 م.", "ثم غادر الوفد."],
            ),
            (
                &AR,
                "نقصت الأدوية والغذاء إلخ. ثم بدأ القصف.",
                &["نقصت الأدوية والغذاء إلخ.", "ثم بدأ القصف."],
            ),
            (
                &CKB,
                "خواردن و ئاو و دەرمان هتد. پاشان تۆپباران دەستی پێکرد.",
                &["خواردن و ئاو و دەرمان هتد.", "پاشان تۆپباران دەستی پێکرد."],
            ),
            (
                &CKB,
                "ئەوە لە ساڵی ٢٠٢٦ ز. پاشان ڕۆیشتن.",
                &["ئەوە لە ساڵی ٢٠٢٦ ز.", "پاشان ڕۆیشتن."],
            ),
            (
                &KMR,
                "Xwarin, av, derman hwd. Paşê topbaran dest pê kir.",
                &["Xwarin, av, derman hwd.", "Paşê topbaran dest pê kir."],
            ),
            (
                &KMR,
                "Bajar di sala 500 B.Z. hat avakirin. Ew kevn e.",
                &["Bajar di sala 500 B.Z. hat avakirin.", "Ew kevn e."],
            ),
            (
                &KMR,
                "Bajar di sala 500 B.Z. Ew kevn e.",
                &["Bajar di sala 500 B.Z.", "Ew kevn e."],
            ),
            (
                &DE,
                "Es gab Brot, Wasser usw. Dann kam der Winter.",
                &["Es gab Brot, Wasser usw.", "Dann kam der Winter."],
            ),
            (
                &FR,
                "Il y avait du pain, de l'eau etc. Il faisait froid.",
                &["Il y avait du pain, de l'eau etc.", "Il faisait froid."],
            ),
        ]);
    }

    #[test]
    fn look_alike_abbreviations_inside_a_sentence_do_not_end_it() {
        check(&[
            (
                &EN,
                "U.N. peacekeepers met Dr. Ahmad and Mr. Smith, e.g. the envoy. They left.",
                &[
                    "U.N. peacekeepers met Dr. Ahmad and Mr. Smith, e.g. the envoy.",
                    "They left.",
                ],
            ),
            // A capital acronym is mostly followed by a name: only a word that always starts
            // a sentence ends it.
            (
                &EN,
                "The U.S. Navy said the U.N. Security Council and the U.S. Middle-East Partnership Initiative met. Then they left.",
                &[
                    "The U.S. Navy said the U.N. Security Council and the U.S. Middle-East Partnership Initiative met.",
                    "Then they left.",
                ],
            ),
            (
                &EN,
                "Acme Ltd. in Aleppo closed at 5 p.m. on Friday, approx. ten hours early. Staff left.",
                &[
                    "Acme Ltd. in Aleppo closed at 5 p.m. on Friday, approx. ten hours early.",
                    "Staff left.",
                ],
            ),
            (
                &EN,
                "See No. 5 and Art. 3 of the Jan. 2026 report. It is clear.",
                &[
                    "See No. 5 and Art. 3 of the Jan. 2026 report.",
                    "It is clear.",
                ],
            ),
            (
                &EN,
                "A report by J. K. Rowling and Henry A. Smith. Done.",
                &["A report by J. K. Rowling and Henry A. Smith.", "Done."],
            ),
            (
                &EN,
                "The ruling in Hamdan v. Rumsfeld stood. It was final.",
                &["The ruling in Hamdan v. Rumsfeld stood.", "It was final."],
            ),
            (
                &AR,
                "التقى د. أحمد بـ أ.د. سامر و م. خالد. ثم غادروا.",
                &["التقى د. أحمد بـ أ.د. سامر و م. خالد.", "ثم غادروا."],
            ),
            (
                &CKB,
                "د. ئەحمەد و پ.د. سامان گەیشتن. پاشان ڕۆیشتن.",
                &["د. ئەحمەد و پ.د. سامان گەیشتن.", "پاشان ڕۆیشتن."],
            ),
            (
                &KMR,
                "Dr. Hesen û Prof. Azad, mîn. li Helebê, hatin. Paşê çûn.",
                &[
                    "Dr. Hesen û Prof. Azad, mîn. li Helebê, hatin.",
                    "Paşê çûn.",
                ],
            ),
            // `Dr.` used as a noun before a lowercase word.
            (
                &KMR,
                "Ez diçim oda Dr. e, ne we ye? Belê.",
                &["Ez diçim oda Dr. e, ne we ye?", "Belê."],
            ),
        ]);
    }

    #[test]
    fn an_initial_ends_a_sentence_only_before_a_sentence_starter() {
        check(&[
            (
                &EN,
                "They lacked vitamin D. It was winter.",
                &["They lacked vitamin D.", "It was winter."],
            ),
            (
                &EN,
                "Signed by J. Smith. Then sent.",
                &["Signed by J. Smith.", "Then sent."],
            ),
            // A capital initial after a year is still an initial.
            (
                &EN,
                "Measured in 1952 and 1953 L. G. Pugh and S. Smith.",
                &["Measured in 1952 and 1953 L. G. Pugh and S. Smith."],
            ),
            // One-letter starters (`A`, `I`) do not count after an initial.
            (
                &EN,
                "Signed by J. A. Smith today.",
                &["Signed by J. A. Smith today."],
            ),
        ]);
    }

    #[test]
    fn a_sentence_may_begin_with_a_lowercase_letter() {
        check(&[
            (
                &EN,
                "i will let you know later. what are you doing tonight.",
                &["i will let you know later.", "what are you doing tonight."],
            ),
            (
                &EN,
                "the team was very friendly . and did a great job.",
                &["the team was very friendly .", "and did a great job."],
            ),
            (
                &KMR,
                "Wan xanî şewitandin. ev yek li Helebê qewimî.",
                &["Wan xanî şewitandin.", "ev yek li Helebê qewimî."],
            ),
            // Look-alikes: abbreviations, initials, numbers, `...` before a lowercase word.
            (
                &EN,
                "U.S. officials, e.g. the envoy, came at 5 p.m. on Sat. with engin i. erdem... and left.",
                &[
                    "U.S. officials, e.g. the envoy, came at 5 p.m. on Sat. with engin i. erdem... and left.",
                ],
            ),
            (
                &EN,
                "The toll rose to 12. then 3.5 percent of 250.000 people left.",
                &["The toll rose to 12. then 3.5 percent of 250.000 people left."],
            ),
        ]);
    }

    #[test]
    fn a_list_marker_starts_a_segment_and_never_ends_one() {
        check(&[
            (
                &EN,
                "The demands are: 1.) A ceasefire. 2.) Access for aid.",
                &["The demands are: 1.) A ceasefire.", "2.) Access for aid."],
            ),
            (
                &EN,
                "The demands are: 1.) a ceasefire. 2.) access for aid.",
                &["The demands are: 1.) a ceasefire.", "2.) access for aid."],
            ),
            (
                &EN,
                "Steps: 1. The first item 2. The second item",
                &["Steps: 1. The first item", "2. The second item"],
            ),
            (
                &EN,
                "Steps: 1. the first item 2. the second item",
                &["Steps: 1. the first item", "2. the second item"],
            ),
            (
                &EN,
                "We demand the following. 1. A ceasefire. 2. Aid.",
                &["We demand the following.", "1. A ceasefire.", "2. Aid."],
            ),
            (
                &AR,
                "المطالب هي: ١.) وقف إطلاق النار. ٢.) وصول المساعدات.",
                &["المطالب هي: ١.) وقف إطلاق النار.", "٢.) وصول المساعدات."],
            ),
            (
                &AR,
                "المطالب هي: ١. وقف إطلاق النار ٢. وصول المساعدات",
                &["المطالب هي: ١. وقف إطلاق النار", "٢. وصول المساعدات"],
            ),
            (
                &CKB,
                "داواکارییەکان: ١. ئاگربەست ٢. هاوکاری",
                &["داواکارییەکان: ١. ئاگربەست", "٢. هاوکاری"],
            ),
            (
                &KMR,
                "Daxwaz ev in: 1.) Agirbest. 2.) Alîkarî.",
                &["Daxwaz ev in: 1.) Agirbest.", "2.) Alîkarî."],
            ),
            // Look-alikes: a number that ends a sentence, a bracket that closes a remark,
            // markers inside a sentence after commas.
            (
                &EN,
                "The toll rose to 12. Then 2. Then none.",
                &["The toll rose to 12.", "Then 2.", "Then none."],
            ),
            (
                &EN,
                "It was raised (see note 2.) Then it was dropped.",
                &["It was raised (see note 2.)", "Then it was dropped."],
            ),
            (
                &EN,
                "Models for (a) firms, (b) funds and 1. banks, 2. states.",
                &["Models for (a) firms, (b) funds and 1. banks, 2. states."],
            ),
            (
                &EN,
                "It is in Para. 1. and Para. 2. of the text.",
                &["It is in Para. 1. and Para. 2. of the text."],
            ),
            (
                &DE,
                "Er kam am 1. und 2. Mai und blieb.",
                &["Er kam am 1. und 2. Mai und blieb."],
            ),
            (
                &DE,
                "Sie stehen an der 8. und 9. Stelle der Liste.",
                &["Sie stehen an der 8. und 9. Stelle der Liste."],
            ),
        ]);
    }

    #[test]
    fn a_citation_after_a_quotation_stays_with_it() {
        check(&[
            (
                &EN,
                "\"They took him away.\" (Interview, 8 March 2025). Then he left.",
                &[
                    "\"They took him away.\" (Interview, 8 March 2025).",
                    "Then he left.",
                ],
            ),
            (
                &EN,
                "“They took him away.” [Interview, 8 March 2025]",
                &["“They took him away.” [Interview, 8 March 2025]"],
            ),
            (
                &AR,
                "قالوا: \"أخذوه بعيداً.\" (مقابلة، 8 آذار 2025). ثم غادروا.",
                &[
                    "قالوا: \"أخذوه بعيداً.\" (مقابلة، 8 آذار 2025).",
                    "ثم غادروا.",
                ],
            ),
            (
                &CKB,
                "گوتیان: «بردیانەوە.» (چاوپێکەوتن، ٨ی ئازاری ٢٠٢٥). پاشان ڕۆیشتن.",
                &[
                    "گوتیان: «بردیانەوە.» (چاوپێکەوتن، ٨ی ئازاری ٢٠٢٥).",
                    "پاشان ڕۆیشتن.",
                ],
            ),
            (
                &KMR,
                "Wan got: \"Ew birin.\" (Hevpeyvîn, 8 Adar 2025). Paşê çûn.",
                &[
                    "Wan got: \"Ew birin.\" (Hevpeyvîn, 8 Adar 2025).",
                    "Paşê çûn.",
                ],
            ),
            // Look-alikes: a sentence in brackets, and brackets after a plain full stop.
            (
                &EN,
                "\"They took him.\" (See the annex.) Then he left.",
                &["\"They took him.\"", "(See the annex.)", "Then he left."],
            ),
            (
                &EN,
                "They are Salafis. (Most Salafis are not violent). Then he left.",
                &[
                    "They are Salafis.",
                    "(Most Salafis are not violent).",
                    "Then he left.",
                ],
            ),
        ]);
    }

    #[test]
    fn german_ordinals_and_spaced_abbreviations() {
        check(&[
            (
                &DE,
                "Er kam am 12. Juni an, z. B. mit dem Zug. Im 19. Jahrhundert war das anders.",
                &[
                    "Er kam am 12. Juni an, z. B. mit dem Zug.",
                    "Im 19. Jahrhundert war das anders.",
                ],
            ),
            (
                &DE,
                "Der 2. Weltkrieg, d. h. der Krieg, endete. Danach kam der 1. Mai.",
                &[
                    "Der 2. Weltkrieg, d. h. der Krieg, endete.",
                    "Danach kam der 1. Mai.",
                ],
            ),
            // Look-alikes: a year that ends a sentence; English has no ordinal full stop.
            (
                &DE,
                "Das war 1990. Danach kam er.",
                &["Das war 1990.", "Danach kam er."],
            ),
            (
                &EN,
                "It ended on 12. June was quiet.",
                &["It ended on 12.", "June was quiet."],
            ),
        ]);
    }

    #[test]
    fn punctuation_without_a_space_after_it_starts_nothing() {
        check(&[
            (
                &EN,
                "See http://x.com/story.asp?StoryID=16473 for more. It is long.",
                &[
                    "See http://x.com/story.asp?StoryID=16473 for more.",
                    "It is long.",
                ],
            ),
            (
                &EN,
                "The Gianoucous (spelling??) brothers started it.",
                &["The Gianoucous (spelling??) brothers started it."],
            ),
            // Arabic writers often leave the space out after a full stop.
            (
                &AR,
                "انتهى الاجتماع.ثم بدأ القصف.",
                &["انتهى الاجتماع.", "ثم بدأ القصف."],
            ),
        ]);
    }

    #[test]
    fn a_bidi_mark_after_the_space_changes_nothing() {
        let t = "It ended. \u{200F}Then it began.";
        assert_eq!(split(t, &EN).len(), 2, "{:?}", split(t, &EN));
        assert_covers(t, &EN);
    }

    #[test]
    fn quotes_and_dashes_around_sentence_ends() {
        check(&[
            // Reported speech goes on after a quoted question.
            (
                &EN,
                "\"What?\" asks Winston. Nobody answers.",
                &["\"What?\" asks Winston.", "Nobody answers."],
            ),
            (
                &FR,
                "Il cria « A l'ours ! » , puis « Salut ! » dit-il. Il partit.",
                &[
                    "Il cria « A l'ours ! » , puis « Salut ! » dit-il.",
                    "Il partit.",
                ],
            ),
            (
                &EN,
                "why is it closed? i do not know.",
                &["why is it closed?", "i do not know."],
            ),
            // A closing quote between spaces stays with its sentence; an opening one does not.
            (
                &KMR,
                "Tê gotin ku \"Şahmaran deh hezar sal jîn bû. \" Ji bilî wê, tiştek tune.",
                &[
                    "Tê gotin ku \"Şahmaran deh hezar sal jîn bû. \"",
                    "Ji bilî wê, tiştek tune.",
                ],
            ),
            (
                &AR,
                "انتخبونا في المقام الأول. \" لذا، أرجو منكم التخلي عن ذلك. \"",
                &[
                    "انتخبونا في المقام الأول.",
                    "\" لذا، أرجو منكم التخلي عن ذلك. \"",
                ],
            ),
            // A dash after a sentence begins a line of dialogue or an attribution.
            (
                &KMR,
                "Ew hat. -- Lê ji ber çi? -- Ji ber tirsê.",
                &["Ew hat.", "-- Lê ji ber çi?", "-- Ji ber tirsê."],
            ),
            (
                &EN,
                "\"No good in a bed, but fine against a wall.\" - Eleanor Roosevelt",
                &[
                    "\"No good in a bed, but fine against a wall.\"",
                    "- Eleanor Roosevelt",
                ],
            ),
            (
                &EN,
                "It was over. - and then it began again.",
                &["It was over. - and then it began again."],
            ),
        ]);
    }

    /// Random text from an alphabet of everything the rules look at: no panic, and every
    /// non-space character in exactly one sentence, in order, in every language.
    #[test]
    fn random_text_never_panics_and_is_covered() {
        let alphabet: Vec<char> = "aZ .!?…\"'”»«()[]:;,-–1١۲ \u{A0}\u{2003}\u{200F}\u{640}\u{64E}دأمژ.U.S.e.g.Dr.z.B.No.I"
            .chars()
            .collect();
        let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
        for _ in 0..3000 {
            let len = (seed % 40) as usize;
            let mut t = String::new();
            for _ in 0..len {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                t.push(alphabet[(seed % alphabet.len() as u64) as usize]);
            }
            for lang in crate::lang::LANGUAGES {
                let ranges = split_sentences(&t, lang);
                assert!(ranges.windows(2).all(|w| w[0].end <= w[1].start), "{t:?}");
                assert_covers(&t, lang);
            }
        }
    }
}
