//! What a segment brings to alignment: its length in characters and its *anchors*, the things
//! that survive translation — numbers (by value, in any digit script), words written alike on
//! both sides (names, acronyms, Latin tokens inside Arabic script, cognates sharing a prefix),
//! punctuation such as `?`/`؟`, `:`, quotes and brackets — plus, for blocks, their kind and
//! list-item number.
//!
//! Anchors are interned as integer keys shared by both sides, so two segments share an anchor
//! when they share a key. Each key is weighted by its rarity (inverse document frequency over
//! both sides), so that an anchor seen everywhere counts for little.

use rustc_hash::FxHashMap as HashMap;

use unicode_normalization::UnicodeNormalization;

use crate::lang::Lang;
use crate::numbers::{display, find_numbers};
use crate::text::{char_len, is_digit, is_ignorable};

/// A segment ready for alignment.
#[derive(Debug, Clone, Default)]
pub struct Unit {
    /// Length in characters (never bytes).
    pub len: f32,
    /// Anchor keys with their weights, sorted by key, no duplicates.
    pub keys: Vec<(u32, f32)>,
    /// Sum of the weights of `keys`.
    pub weight: f32,
    /// Structural class (block kind); 0 for none. Beads joining unequal classes cost more.
    pub class: u8,
    /// List-item number, when the segment is a numbered list item.
    pub number: Option<u32>,
}

/// Interns anchor strings as keys shared by the two sides of an alignment. Keys are
/// `<kind>:<text>` (`w:aleppo`, `n:250000`); looking one up allocates nothing.
#[derive(Debug, Default)]
pub struct Interner {
    ids: [HashMap<String, u32>; 4],
    next: u32,
}

fn slot(kind: AnchorKind) -> usize {
    match kind {
        AnchorKind::Word => 0,
        AnchorKind::Prefix => 1,
        AnchorKind::Number => 2,
        AnchorKind::Punct => 3,
    }
}

impl Interner {
    /// The key of `text` as an anchor of `kind`.
    pub fn key(&mut self, kind: AnchorKind, text: &str) -> u32 {
        let map = &mut self.ids[slot(kind)];
        if let Some(&id) = map.get(text) {
            return id;
        }
        let id = self.next;
        self.next += 1;
        map.insert(text.to_string(), id);
        id
    }

    /// The key of a `<kind>:<text>` string, as written in tests and messages.
    pub fn id(&mut self, key: &str) -> u32 {
        let (kind, text) = parse_key(key);
        self.key(kind, text)
    }

    pub fn get(&self, key: &str) -> Option<u32> {
        let (kind, text) = parse_key(key);
        self.ids[slot(kind)].get(text).copied()
    }

    pub fn len(&self) -> usize {
        self.next as usize
    }

    pub fn is_empty(&self) -> bool {
        self.next == 0
    }
}

fn parse_key(key: &str) -> (AnchorKind, &str) {
    match key.split_once(':') {
        Some(("p", t)) => (AnchorKind::Prefix, t),
        Some(("n", t)) => (AnchorKind::Number, t),
        Some(("t", t)) => (AnchorKind::Punct, t),
        Some((_, t)) => (AnchorKind::Word, t),
        None => (AnchorKind::Word, key),
    }
}

/// Kinds of anchor, for weighting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum AnchorKind {
    Word,
    Prefix,
    Number,
    Punct,
}

/// Raw anchors of one text, before weighting: (key, kind).
pub type RawAnchors = Vec<(u32, AnchorKind)>;

/// Minimum length (in characters) of a word for its prefix to be a cognate anchor.
const PREFIX_MIN: usize = 6;
/// Length of the cognate prefix.
const PREFIX_LEN: usize = 5;

/// The anchors of a text as strings: what survives translation, before interning. This is
/// the costly part (numbers read, words folded); a document's are computed once and reused for
/// every translation it is aligned with.
pub type AnchorStrings = Vec<(AnchorKind, String)>;

/// The anchors of `text` in language `lang`.
pub fn anchor_strings(text: &str, lang: Lang) -> AnchorStrings {
    let mut out = AnchorStrings::new();
    for n in find_numbers(text, lang) {
        for v in &n.values {
            out.push((AnchorKind::Number, display(*v)));
        }
    }
    for word in
        text.split(|c: char| !(crate::text::is_word_char(c) || is_ignorable(c) || c == '\u{200C}'))
    {
        if word.is_empty() || word.chars().any(is_digit) {
            continue;
        }
        let folded = strip_clitics(fold(word), lang);
        let n = char_len(&folded);
        // Two-letter words are false friends across languages (Kurmanji `an` "or", English
        // `an`); only acronyms (`UN`, `EU`) are kept at that length.
        let acronym = word.chars().all(|c| c.is_uppercase());
        if n < 2 || (n < 3 && !acronym) {
            continue;
        }
        if n >= PREFIX_MIN {
            let end = folded
                .char_indices()
                .nth(PREFIX_LEN)
                .map_or(folded.len(), |(i, _)| i);
            out.push((AnchorKind::Prefix, folded[..end].to_string()));
        }
        out.push((AnchorKind::Word, folded));
    }
    for c in text.chars() {
        let p = match c {
            '?' | '؟' => "?",
            '!' => "!",
            ':' => ":",
            '"' | '“' | '”' | '„' | '«' | '»' | '‹' | '›' => "\"",
            '(' | ')' | '[' | ']' => "(",
            _ => continue,
        };
        out.push((AnchorKind::Punct, p.to_string()));
    }
    out
}

/// Interned anchors of precomputed strings.
pub fn intern(strings: &AnchorStrings, interner: &mut Interner) -> RawAnchors {
    strings
        .iter()
        .map(|(kind, text)| (interner.key(*kind, text), *kind))
        .collect()
}

/// The anchors of `text` in language `lang`, interned.
pub fn anchors(text: &str, lang: Lang, interner: &mut Interner) -> RawAnchors {
    intern(&anchor_strings(text, lang), interner)
}

/// The word without an attached clitic prefix of `lang`, if enough of it remains (three
/// letters or more).
fn strip_clitics(word: String, lang: Lang) -> String {
    for p in lang.clitic_prefixes {
        if let Some(rest) = word.strip_prefix(p)
            && char_len(rest) >= 3
        {
            return rest.to_string();
        }
    }
    word
}

/// Lowercase, accents and harakat removed (`Expédition` → `expedition`), for comparing words
/// across languages. Letters of other scripts stay as they are.
pub fn fold(word: &str) -> String {
    if word.is_ascii() {
        return word.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(word.len());
    for c in word
        .nfd()
        .filter(|c| !is_ignorable(*c) && !is_combining(*c) && *c != '\u{200C}')
    {
        crate::text::lower(c, &mut out);
    }
    out
}

fn is_combining(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{0653}'..='\u{0655}')
}

/// The keys of several units as one sorted list, each key once at its largest weight: the keys
/// of [`merge`].
pub fn merged_keys(units: &[Unit]) -> Vec<(u32, f32)> {
    let mut keys: Vec<(u32, f32)> = units.iter().flat_map(|u| u.keys.iter().copied()).collect();
    keys.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.total_cmp(&a.1)));
    keys.dedup_by_key(|k| k.0);
    keys
}

/// Turns raw anchors into weighted units, the source segments' first, then the target
/// segments'. Each key's weight is its inverse document frequency over
/// all segments; a word that occurs on one side only can never be shared and is dropped, so
/// that words with no counterpart anywhere do not dilute the similarity of a segment (numbers
/// are kept: one missing on the other side is evidence of an omission).
pub fn weigh(
    src: &[RawAnchors],
    tgt: &[RawAnchors],
    lens: &[f32],
    classes: &[(u8, Option<u32>)],
) -> Vec<Unit> {
    let n_src = src.len();
    let raw = || src.iter().chain(tgt);
    let mut df: HashMap<u32, u32> = HashMap::default();
    let mut sides: HashMap<u32, u8> = HashMap::default();
    for (idx, r) in raw().enumerate() {
        let mut keys: Vec<u32> = r.iter().map(|(k, _)| *k).collect();
        keys.sort_unstable();
        keys.dedup();
        let side = if idx < n_src { 1 } else { 2 };
        for k in keys {
            *df.entry(k).or_insert(0) += 1;
            *sides.entry(k).or_insert(0) |= side;
        }
    }
    let total = (src.len() + tgt.len()).max(1) as f32;
    raw()
        .zip(lens)
        .zip(classes)
        .map(|((r, &len), &(class, number))| {
            let mut keys: Vec<(u32, f32)> = r
                .iter()
                // A word on one side only can never be shared (other vocabulary); a number on one
                // side only is evidence that something was left out, and counts.
                .filter(|(k, kind)| sides[k] == 3 || *kind == AnchorKind::Number)
                .map(|&(k, kind)| {
                    let idf = (1.0 + total / df[&k] as f32).ln();
                    let factor = match kind {
                        AnchorKind::Word => 1.0,
                        AnchorKind::Prefix => 0.6,
                        AnchorKind::Number => 2.5,
                        AnchorKind::Punct => 0.5,
                    };
                    (k, idf * factor)
                })
                .collect();
            keys.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.total_cmp(&a.1)));
            keys.dedup_by_key(|k| k.0);
            let weight = keys.iter().map(|k| k.1).sum();
            Unit {
                len,
                keys,
                weight,
                class,
                number,
            }
        })
        .collect()
}

/// The summed weight of the keys two units share (each shared key counted once, at the mean
/// of its two weights).
pub fn shared(a: &Unit, b: &Unit) -> f32 {
    shared_keys(&a.keys, &b.keys)
}

/// [`shared`] of two sorted, deduplicated key lists.
pub fn shared_keys(a: &[(u32, f32)], b: &[(u32, f32)]) -> f32 {
    let (mut i, mut j, mut s) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        let (ka, wa) = a[i];
        let (kb, wb) = b[j];
        match ka.cmp(&kb) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                s += (wa + wb) * 0.5;
                i += 1;
                j += 1;
            }
        }
    }
    s
}

/// The summed weight of the keys two groups of units share, each key counted once (at the mean
/// of its largest weight on each side) however many units of a group hold it: what
/// `shared(&merge(s), &merge(t))` gives, without allocating (a merge walk over at most
/// [`GROUP`] sorted key lists a side). Larger groups fall back to merging.
pub fn shared_groups(s: &[Unit], t: &[Unit]) -> f32 {
    if s.len() > GROUP || t.len() > GROUP {
        return shared(&merge(s), &merge(t));
    }
    let mut ps = [0usize; GROUP];
    let mut pt = [0usize; GROUP];
    let mut total = 0.0;
    loop {
        // The smallest key at the head of any list.
        let mut key = u32::MAX;
        for (u, &p) in s.iter().zip(&ps).chain(t.iter().zip(&pt)) {
            if let Some(&(k, _)) = u.keys.get(p) {
                key = key.min(k);
            }
        }
        if key == u32::MAX {
            return total;
        }
        let take = |units: &[Unit], pos: &mut [usize; GROUP]| {
            let mut w: Option<f32> = None;
            for (u, p) in units.iter().zip(pos.iter_mut()) {
                if let Some(&(k, x)) = u.keys.get(*p)
                    && k == key
                {
                    w = Some(w.map_or(x, |y| y.max(x)));
                    *p += 1;
                }
            }
            w
        };
        let (ws, wt) = (take(s, &mut ps), take(t, &mut pt));
        if let (Some(a), Some(b)) = (ws, wt) {
            total += (a + b) * 0.5;
        }
    }
}

/// The largest group [`shared_groups`] walks without allocating.
const GROUP: usize = 4;

/// Several consecutive units as one (for the coarse levels of a long alignment).
pub fn merge(units: &[Unit]) -> Unit {
    let keys = merged_keys(units);
    Unit {
        len: units.iter().map(|u| u.len).sum(),
        weight: keys.iter().map(|k| k.1).sum(),
        keys,
        class: 0,
        number: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::{AR, CKB, EN, KMR};

    #[test]
    fn numbers_meet_across_digit_scripts_and_words_across_scripts() {
        let mut i = Interner::default();
        let en = anchors("On 7 January 2026 the SDF withdrew?", &EN, &mut i);
        let ckb = anchors("لە ٧ی کانوونی دووەمی ٢٠٢٦دا SDF کشایەوە؟", &CKB, &mut i);
        let keys = |r: &RawAnchors| {
            r.iter()
                .map(|x| x.0)
                .collect::<std::collections::HashSet<_>>()
        };
        let common = keys(&en).intersection(&keys(&ckb)).count();
        // 7, 2026, SDF, ?
        assert_eq!(common, 4);
    }

    #[test]
    fn cognates_share_a_prefix_and_accents_fold() {
        assert_eq!(fold("Expédition"), "expedition");
        assert_eq!(fold("Şêxmeqsûd"), "sexmeqsud");
        assert_eq!(fold("مُحَمَّد"), "محمد");
        let mut i = Interner::default();
        let de = anchors("Die Expedition erreichte den Gipfel", &EN, &mut i);
        let fr = anchors("L'expédition atteignit le sommet", &EN, &mut i);
        assert!(de.iter().any(|x| fr.contains(x)));
        // Look-alike: short common words do not make prefixes.
        let a = anchors("the", &EN, &mut i);
        assert!(a.iter().all(|x| x.1 == AnchorKind::Word));
    }

    #[test]
    fn group_sharing_counts_each_key_once_as_merging_does() {
        let u = |keys: &[(u32, f32)]| Unit {
            len: 1.0,
            keys: keys.to_vec(),
            weight: keys.iter().map(|k| k.1).sum(),
            class: 0,
            number: None,
        };
        let s = [u(&[(1, 1.0), (3, 2.0)]), u(&[(1, 1.5), (4, 1.0)])];
        let t = [u(&[(1, 0.5), (4, 1.0), (9, 3.0)])];
        let exact = shared(&merge(&s), &merge(&t));
        assert!((shared_groups(&s, &t) - exact).abs() < 1e-6);
        // Key 1 is in both source units: counted once, at its largest weight.
        assert!((exact - ((1.5 + 0.5) / 2.0 + (1.0 + 1.0) / 2.0)).abs() < 1e-6);
    }

    #[test]
    fn rare_anchors_weigh_more_than_common_ones() {
        let mut i = Interner::default();
        let texts = [
            "Aleppo and Afrin",
            "and so on",
            "Aleppo and more",
            "Kmr and ar",
        ];
        let raw: Vec<RawAnchors> = texts.iter().map(|t| anchors(t, &KMR, &mut i)).collect();
        let lens = vec![1.0; 4];
        let units = weigh(&raw[..2], &raw[2..], &lens, &[(0, None); 4]);
        let w = |u: &Unit, key: &str| {
            u.keys
                .iter()
                .find(|k| k.0 == i.get(key).unwrap())
                .unwrap()
                .1
        };
        assert!(w(&units[0], "w:aleppo") > w(&units[0], "w:and"));
        let _ = AR;
    }
}
