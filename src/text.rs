//! Unicode helpers shared by segmenting, alignment and checks.
//!
//! Everything here works on characters, never on UTF-8 bytes: Arabic-script text is about
//! 1.8 times longer in bytes than in characters, and a length measured in bytes would make
//! every Arabic or Sorani segment look twice as long as its English source.

/// Number of characters (Unicode scalar values) of `s`, not bytes.
pub fn char_len(s: &str) -> usize {
    s.chars().count()
}

/// Arabic harakat (short-vowel and other combining marks), superscript alef and Quranic marks.
pub fn is_harakah(c: char) -> bool {
    matches!(c, '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}')
}

/// Tatweel (kashida), a purely typographic stretch.
pub const TATWEEL: char = '\u{0640}';
/// Zero-width non-joiner: a real letter-shaping control in Sorani and Persian orthography.
pub const ZWNJ: char = '\u{200C}';

/// Bidirectional formatting characters: marks (LRM, RLM, ALM), embeddings, overrides and
/// isolates.
pub fn is_bidi_control(c: char) -> bool {
    matches!(
        c,
        '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
    )
}

/// Characters that carry no letter of their own and must be ignored when words are compared:
/// harakat, tatweel, bidi controls, zero-width space and joiner, soft hyphen, BOM.
/// ZWNJ is kept apart: it changes letter shapes and is part of correct Sorani spelling, so
/// callers decide (see [`normalize_for_match`]).
pub fn is_ignorable(c: char) -> bool {
    is_harakah(c)
        || c == TATWEEL
        || is_bidi_control(c)
        || matches!(c, '\u{200B}' | '\u{200D}' | '\u{00AD}' | '\u{FEFF}')
}

/// Removes ignorable characters (see [`is_ignorable`]); keeps ZWNJ.
pub fn strip_ignorable(s: &str) -> String {
    s.chars().filter(|&c| !is_ignorable(c)).collect()
}

/// The ASCII value of a decimal digit in ASCII, Arabic-Indic (٠–٩, U+0660) or Extended
/// Arabic-Indic (۰–۹, U+06F0) script. Mapped digit by digit: real Sorani files mix all three.
pub fn digit_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '\u{0660}'..='\u{0669}' => Some(c as u32 - 0x0660),
        '\u{06F0}'..='\u{06F9}' => Some(c as u32 - 0x06F0),
        _ => None,
    }
}

/// True for a decimal digit in any of the three scripts of [`digit_value`].
pub fn is_digit(c: char) -> bool {
    digit_value(c).is_some()
}

/// Replaces Arabic-Indic and Extended Arabic-Indic digits by ASCII digits.
pub fn fold_digits(s: &str) -> String {
    s.chars()
        .map(|c| match digit_value(c) {
            Some(d) => char::from_digit(d, 10).unwrap_or(c),
            None => c,
        })
        .collect()
}

/// `char::is_alphabetic`, fast for ASCII and the Arabic block (the standard library searches a
/// table for every non-ASCII character, and tokenizers ask for every character).
#[inline]
pub fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    match c {
        '\u{0621}'..='\u{063A}'
        | '\u{0641}'..='\u{064A}'
        | '\u{0671}'..='\u{06D3}'
        | '\u{06D5}' => true,
        '\u{0600}'..='\u{06FF}' => c.is_alphabetic(),
        '\u{00C0}'..='\u{024F}' => c != '\u{00D7}' && c != '\u{00F7}',
        _ => c.is_alphabetic(),
    }
}

/// Lowercase of a character, without the table search for scripts that have no case (the
/// Arabic block) and for ASCII.
#[inline]
pub fn lower(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else if ('\u{0600}'..='\u{06FF}').contains(&c) {
        out.push(c);
    } else {
        out.extend(c.to_lowercase());
    }
}

/// A character of a word: a letter or a digit in one of the three digit scripts.
#[inline]
pub fn is_word_char(c: char) -> bool {
    is_letter(c) || is_digit(c)
}

/// True for a letter of the Arabic script (Arabic, Arabic Supplement, Extended-A, and
/// presentation forms), not for its digits or punctuation.
pub fn is_arabic_letter(c: char) -> bool {
    !c.is_ascii()
        && is_letter(c)
        && matches!(c,
            '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08FF}'
            | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
        && !is_harakah(c)
        && c != TATWEEL
}

/// True for a letter of the Latin script (ASCII and the Latin supplements and extensions).
pub fn is_latin_letter(c: char) -> bool {
    is_letter(c)
        && matches!(c, 'A'..='Z' | 'a'..='z' | '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}')
        && c != '\u{00D7}'
        && c != '\u{00F7}'
}

/// Lowercases, folds digits to ASCII, removes ignorable characters and collapses white space:
/// the form in which two segments are compared for identity (duplicates, overlap).
pub fn normalize_for_match(s: &str) -> String {
    if s.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return s.to_ascii_lowercase();
    }
    collapse(s.chars(), |c, out| match digit_value(c) {
        Some(d) => out.push(char::from_digit(d, 10).unwrap_or(c)),
        None => lower(c, out),
    })
}

/// The characters with ignorable ones and ZWNJ removed and runs of white space collapsed to one
/// space (none at the ends); every other character goes through `push`.
pub fn collapse(
    chars: impl Iterator<Item = char>,
    mut push: impl FnMut(char, &mut String),
) -> String {
    let mut out = String::new();
    let mut space = false;
    for c in chars {
        if is_ignorable(c) || c == ZWNJ {
            continue;
        }
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        push(c, &mut out);
    }
    out
}

/// Sentence-final punctuation in the scripts we handle: `.` `!` `?` `…`, the Arabic question
/// mark `؟` (U+061F) and the Arabic full stop `۔` (U+06D4).
pub fn is_sentence_final(c: char) -> bool {
    matches!(
        c,
        '.' | '!' | '?' | '…' | '\u{061F}' | '\u{06D4}' | '\u{203C}' | '\u{2047}'
    )
}

/// Closing punctuation that may follow a sentence end and belongs to the sentence it closes.
pub fn is_closing(c: char) -> bool {
    matches!(
        c,
        ')' | ']' | '}' | '"' | '\'' | '»' | '”' | '’' | '›' | '」'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_in_three_scripts_have_one_value() {
        assert_eq!(fold_digits("2026 ٢٠٢٦ ۲۰۲۶"), "2026 2026 2026");
        assert_eq!(digit_value('٧'), Some(7));
        assert_eq!(digit_value('۷'), Some(7));
        assert_eq!(digit_value('x'), None);
    }

    #[test]
    fn lengths_are_characters_not_bytes() {
        let sorani = "شێخ مەقسوود";
        assert!(sorani.len() > 18);
        assert_eq!(char_len(sorani), 11);
    }

    #[test]
    fn normalization_ignores_marks_but_not_letters() {
        // harakat, tatweel and an RLM vanish; the letters stay.
        assert_eq!(normalize_for_match("مُـحَمَّد\u{200F}"), "محمد");
        assert_eq!(normalize_for_match("  Sheikh   Maqsoud "), "sheikh maqsoud");
        assert_ne!(normalize_for_match("ي"), normalize_for_match("ی"));
    }

    #[test]
    fn fast_letter_test_agrees_with_the_standard_library() {
        for c in (0u32..0x2000).filter_map(char::from_u32) {
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?} U+{:04X}", c as u32);
        }
    }

    #[test]
    fn script_classes() {
        assert!(is_arabic_letter('ی'));
        assert!(is_arabic_letter('ڕ'));
        assert!(!is_arabic_letter('٣'));
        assert!(!is_arabic_letter('\u{064E}'));
        assert!(is_latin_letter('ê'));
        assert!(is_latin_letter('ş'));
        assert!(!is_latin_letter('ب'));
    }
}

/// FNV-1a, 64 bits: small, deterministic across runs, platforms and versions of Rust (for
/// fingerprints that are stored: baselines, SARIF).
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// Levenshtein distance in characters: insertions, deletions and substitutions.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

/// Columns a terminal draws `s` in: the width of each character, summed (a terminal gives
/// every character its own cells, so Arabic lam-alef `لا` takes two, where `unicode-width`'s
/// string width counts the ligature as one); combining marks, bidi controls and other
/// zero-width characters take none.
pub fn columns(s: &str) -> usize {
    use unicode_width::UnicodeWidthChar;
    s.chars().map(|c| c.width().unwrap_or(0)).sum()
}

#[cfg(test)]
mod columns_tests {
    #[test]
    fn columns_as_terminals_draw_them() {
        assert_eq!(super::columns("لا"), 2);
        assert_eq!(super::columns("عفرين"), 5);
        assert_eq!(super::columns("تُعرب"), 4);
        assert_eq!(super::columns("\u{2068}حلب\u{2069}"), 3);
        assert_eq!(super::columns("Aleppo"), 6);
    }
}

/// A per-thread memo of a pure function of a language and a text (the numbers, dates and month
/// names of a block): a source block is read once however many translations it is checked
/// against, and once by each check that reads it. Keyed by the language's identity and the
/// whole text, so an answer is always the one the function would give; emptied when it holds
/// [`Memo::LIMIT`] texts, so that memory stays bounded over an archive.
pub(crate) struct Memo<T> {
    /// By the language's address, then by text.
    map: rustc_hash::FxHashMap<usize, rustc_hash::FxHashMap<Box<str>, T>>,
    len: usize,
}

impl<T> Default for Memo<T> {
    fn default() -> Memo<T> {
        Memo {
            map: rustc_hash::FxHashMap::default(),
            len: 0,
        }
    }
}

impl<T: Clone> Memo<T> {
    /// Several statements' blocks (a statement of 40 blocks in 4 languages has 160).
    const LIMIT: usize = 1024;

    /// The value of `f` for `(lang, text)`, computed once and remembered in `memo`.
    pub(crate) fn get_or(
        memo: &'static std::thread::LocalKey<std::cell::RefCell<Memo<T>>>,
        lang: crate::lang::Lang,
        text: &str,
        f: impl FnOnce() -> T,
    ) -> T {
        let id = std::ptr::from_ref(lang) as usize;
        let hit = memo.with(|m| m.borrow().map.get(&id).and_then(|t| t.get(text)).cloned());
        if let Some(v) = hit {
            return v;
        }
        // Computed with the memo released: `f` may use other memos.
        let v = f();
        memo.with(|m| {
            let mut m = m.borrow_mut();
            if m.len >= Self::LIMIT {
                m.map.clear();
                m.len = 0;
            }
            m.len += 1;
            m.map.entry(id).or_default().insert(text.into(), v.clone());
        });
        v
    }
}
