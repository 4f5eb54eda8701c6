//! Source drift: which translations are out of date, and exactly what changed.
//!
//! `align accept` records in `align.lock` that a translation, as it stands, renders the source
//! as it stands: per language and source block, a fingerprint of the normalized source text,
//! the accepted source text itself (for the diff), a fingerprint of the translation aligned with
//! it, and the date. Later, comparing today's source with the lock tells which blocks drifted.
//!
//! Matching uses fingerprints first, so inserting, removing or moving a paragraph does not mark
//! everything after it as drifted: only blocks whose own text changed drift. Blocks left over
//! are paired by shared words, best pairs first (the same id breaks ties); what still has no
//! partner was added or removed.

use std::collections::{BTreeMap, HashSet};
use std::path::Path;

use serde::{Deserialize, Serialize};
use similar::{Algorithm, DiffOp, capture_diff_slices};
use unicode_normalization::UnicodeNormalization;

use crate::align::statement::Alignment;
use crate::dates::find_dates;
use crate::document::Document;
use crate::error::{Error, ErrorKind, Result};
use crate::lang::Lang;
use crate::numbers::find_numbers;
use crate::text::{collapse, is_ignorable, is_word_char, normalize_for_match};

/// The lock format this `align` reads and writes.
pub const LOCK_VERSION: u32 = 1;

/// The name of the lock file in a statement directory.
pub const LOCK_FILE: &str = "align.lock";

/// `align.lock`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lock {
    pub version: u32,
    /// The statement's slug (its directory name).
    pub statement: String,
    /// The source language.
    pub source: String,
    /// Per language code, one entry per accepted source block, in source order.
    pub languages: BTreeMap<String, Vec<Entry>>,
}

/// One accepted source block.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// The source block's id when it was accepted.
    pub segment: String,
    /// Fingerprint of the normalized source text.
    pub source_fingerprint: String,
    /// The accepted source text (the diff starts from it).
    pub source_text: String,
    /// Fingerprint of the normalized translation aligned with it (empty when the translation
    /// had none).
    pub target_fingerprint: String,
    /// Date of acceptance, `YYYY-MM-DD`.
    pub accepted: String,
}

impl Entry {
    /// The block of `target` that is the translation accepted with this entry, unchanged
    /// (for a source block removed since: does the translation still render it?).
    pub fn rendered_in(&self, target: &Document) -> Option<usize> {
        if self.target_fingerprint.is_empty() {
            return None;
        }
        target
            .blocks
            .iter()
            .position(|b| fingerprint(&b.text) == self.target_fingerprint)
    }
}

/// FNV-1a (64 bits) of the normalized text ([`normalize`]): stable across versions and
/// platforms, unlike the standard library's hasher.
pub fn fingerprint(text: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in normalize(text).bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// The text as fingerprinted: Unicode NFC, white space collapsed, invisible marks (bidi marks,
/// ZWNJ, tatweel) dropped. Case, letters, digits and punctuation are kept: changing any of them
/// is a change of the text.
pub fn normalize(text: &str) -> String {
    collapse(text.nfc(), |c, out| out.push(c))
}

impl Lock {
    pub fn new(statement: &str, source: Lang) -> Lock {
        Lock {
            version: LOCK_VERSION,
            statement: statement.to_string(),
            source: source.code.to_string(),
            languages: BTreeMap::new(),
        }
    }

    /// Reads a lock. A lock that does not parse, was written by a newer `align`, or belongs to
    /// another statement is an error naming the file (and line): never silently replaced.
    /// Reads the lock of the statement `statement`. A lock naming another statement is an
    /// error — unless `renamed_source` is given (the statement has no `id:`, so its name is its
    /// directory's) and the lock's accepted source is this statement's: most of today's source
    /// blocks are in it, unchanged. Then the directory was renamed or copied, and the lock is
    /// its own.
    pub fn load(path: &Path, statement: &str, renamed_source: Option<&Document>) -> Result<Lock> {
        // The version first, so that a newer format is reported as such rather than as a
        // schema error.
        #[derive(Deserialize)]
        struct Version {
            version: Option<u32>,
        }
        let v: Version = crate::statement::read_yaml(path)?;
        let found = v.version.unwrap_or(0);
        if found > LOCK_VERSION {
            return Err(Error::at(
                ErrorKind::LockVersion {
                    found,
                    supported: LOCK_VERSION,
                },
                path,
            ));
        }
        let lock: Lock = crate::statement::read_yaml(path)?;
        if lock.statement != statement && !renamed_source.is_some_and(|d| lock.records(d)) {
            return Err(Error::at(
                ErrorKind::LockStatement {
                    found: lock.statement,
                    expected: statement.to_string(),
                },
                path,
            ));
        }
        Ok(lock)
    }

    /// Whether the lock records this source: at least half of its blocks, unchanged, in the
    /// entries of some language.
    pub fn records(&self, source: &Document) -> bool {
        if source.blocks.is_empty() {
            return false;
        }
        let fps: std::collections::HashSet<&str> = self
            .languages
            .values()
            .flatten()
            .map(|e| e.source_fingerprint.as_str())
            .collect();
        let found = source
            .blocks
            .iter()
            .filter(|b| fps.contains(fingerprint(&b.text).as_str()))
            .count();
        found * 2 >= source.blocks.len()
    }

    /// The lock as YAML, with a header that says what it is.
    pub fn to_yaml(&self) -> String {
        let mut s = String::from(
            "# align.lock: the source as it stood when each translation was accepted (align accept).\n\
             # Written by align; review changes to it like code, do not edit by hand.\n",
        );
        s.push_str(&serde_yaml::to_string(self).unwrap_or_default());
        s
    }

    /// Records that `target` (aligned as `alignment`) renders `source` as they stand, for
    /// every source block, or only for the block `only` when given.
    pub fn accept(
        &mut self,
        source: &Document,
        target: &Document,
        alignment: &Alignment,
        only: Option<&str>,
        date: &str,
    ) {
        let fresh: Vec<Entry> = source
            .blocks
            .iter()
            .enumerate()
            .map(|(i, b)| Entry {
                segment: b.id.clone(),
                source_fingerprint: fingerprint(&b.text),
                source_text: b.text.clone(),
                target_fingerprint: target_fingerprint(target, alignment, i),
                accepted: date.to_string(),
            })
            .collect();
        let entries = self
            .languages
            .entry(target.lang.code.to_string())
            .or_default();
        // Accepting again what was already accepted keeps its date, so that the lock changes
        // (and a review of it shows) only what was really accepted anew.
        let fresh: Vec<Entry> = fresh
            .into_iter()
            .map(|mut e| {
                if let Some(old) = entries.iter().find(|o| {
                    o.source_fingerprint == e.source_fingerprint
                        && o.target_fingerprint == e.target_fingerprint
                }) {
                    e.accepted = old.accepted.clone();
                }
                e
            })
            .collect();
        let Some(id) = only else {
            *entries = fresh;
            return;
        };
        let Some(i) = source.blocks.iter().position(|b| b.id == id) else {
            return;
        };
        // The entry this block matches today (ids shift when blocks are inserted before it),
        // and for a new block, where it goes: before the entry of the next matched block.
        let c = compare(source, entries);
        let index_of = |state: &State| match state {
            State::Unchanged(e) | State::Drifted(e) => {
                entries.iter().position(|x| std::ptr::eq(x, *e))
            }
            State::New => None,
        };
        let matched = index_of(&c.blocks[i]);
        let next = c.blocks[i + 1..].iter().find_map(index_of);
        let new = fresh[i].clone();
        match (matched, next) {
            (Some(k), _) => entries[k] = new,
            (None, Some(k)) => entries.insert(k, new),
            (None, None) => entries.push(new),
        }
    }
}

/// Fingerprint of the translation of source block `i` (its bead's target blocks).
pub fn target_fingerprint(target: &Document, alignment: &Alignment, i: usize) -> String {
    match alignment.for_source(i) {
        Some(bead) if !bead.tgt.is_empty() => fingerprint(&target.blocks_text(&bead.tgt)),
        _ => String::new(),
    }
}

/// How a source block stands against the lock.
#[derive(Debug, Clone, PartialEq)]
pub enum State<'a> {
    /// Unchanged since accepted.
    Unchanged(&'a Entry),
    /// Its text changed since accepted.
    Drifted(&'a Entry),
    /// Added since accepted.
    New,
}

/// The comparison of today's source with a language's lock entries.
#[derive(Debug, Clone)]
pub struct Comparison<'a> {
    /// Per current source block.
    pub blocks: Vec<State<'a>>,
    /// Entries whose block is no longer in the source.
    pub removed: Vec<&'a Entry>,
}

/// Matches the current source's blocks with the lock entries: identical text first (wherever
/// it moved), then the pairs that share most words.
pub fn compare<'a>(source: &Document, entries: &'a [Entry]) -> Comparison<'a> {
    let n = source.blocks.len();
    let mut state: Vec<Option<State<'a>>> = vec![None; n];
    let mut used = vec![false; entries.len()];
    let mut by_fingerprint: std::collections::HashMap<&str, Vec<usize>> =
        std::collections::HashMap::new();
    for (k, e) in entries.iter().enumerate() {
        by_fingerprint
            .entry(e.source_fingerprint.as_str())
            .or_default()
            .push(k);
    }
    // 1. Fingerprints: a block whose text is unchanged, wherever it now stands.
    for (i, b) in source.blocks.iter().enumerate() {
        let fp = fingerprint(&b.text);
        // Prefer the entry with the same id among equal texts (a repeated line).
        let k = by_fingerprint
            .get(fp.as_str())
            .into_iter()
            .flatten()
            .copied()
            .filter(|&k| !used[k])
            .min_by_key(|&k| usize::from(entries[k].segment != b.id));
        if let Some(k) = k {
            used[k] = true;
            state[i] = Some(State::Unchanged(&entries[k]));
        }
    }
    // 2. Changed text: the best pairs of a block and an entry by shared words, best first
    //    (so that a block takes the entry it shares most with, not the one that happens to have
    //    its id: ids shift when a block is inserted before). The same id breaks ties and lowers
    //    the bar: a block edited in place shares less with its old text than a moved one.
    let mut candidates: Vec<(f32, usize, usize)> = Vec::new();
    let unmatched: Vec<usize> = (0..entries.len()).filter(|&k| !used[k]).collect();
    let changed = state.iter().filter(|s| s.is_none()).count();
    // Every pair when there are few; in a source rewritten wholesale, each block against the
    // entries near its own place (the pairs stay linear in number).
    let everywhere = changed.saturating_mul(unmatched.len()) <= 1_000_000;
    for (i, b) in source.blocks.iter().enumerate() {
        if state[i].is_some() {
            continue;
        }
        let near = |k: &usize| everywhere || k.abs_diff(i) <= 200;
        for k in unmatched.iter().copied().filter(near) {
            let e = &entries[k];
            let same_id = e.segment == b.id;
            let o = overlap(&b.text, &e.source_text);
            if o >= if same_id { 0.3 } else { 0.5 } {
                candidates.push((o + if same_id { 0.05 } else { 0.0 }, i, k));
            }
        }
    }
    candidates.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)));
    for (_, i, k) in candidates {
        if state[i].is_none() && !used[k] {
            used[k] = true;
            state[i] = Some(State::Drifted(&entries[k]));
        }
    }
    Comparison {
        blocks: state.into_iter().map(|s| s.unwrap_or(State::New)).collect(),
        removed: entries
            .iter()
            .enumerate()
            .filter(|(k, _)| !used[*k])
            .map(|(_, e)| e)
            .collect(),
    }
}

/// Share of words two texts have in common (Dice over word sets).
fn overlap(a: &str, b: &str) -> f32 {
    let words = |t: &str| -> HashSet<String> {
        normalize_for_match(t)
            .split(|c: char| !is_word_char(c))
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    };
    let (wa, wb) = (words(a), words(b));
    if wa.is_empty() && wb.is_empty() {
        return 1.0;
    }
    2.0 * wa.intersection(&wb).count() as f32 / (wa.len() + wb.len()).max(1) as f32
}

/// One part of a word diff.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Part {
    /// `equal`, `delete` or `insert`.
    pub op: &'static str,
    pub text: String,
}

/// Tokens for the diff: whole words (letters, digits, and the marks, tatweel and joiners inside
/// them, so an Arabic word with its harakat is one token) and single other characters.
fn tokens(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        // A separator between digits belongs to the number: 250,000 and ٢٥٠٬٠٠٠ are one token.
        let in_number = matches!(c, ',' | '.' | '٫' | '٬' | '\u{202F}')
            && start.is_some()
            && k > 0
            && chars[k - 1].1.is_numeric()
            && chars.get(k + 1).is_some_and(|&(_, n)| n.is_numeric());
        let in_word = is_word_char(c)
            || is_ignorable(c)
            || c == '\u{200C}'
            || in_number
            || matches!(c, '\'' | '’') && start.is_some();
        match (in_word, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(&text[s..i]);
                start = None;
                out.push(&text[i..i + c.len_utf8()]);
            }
            (false, None) => out.push(&text[i..i + c.len_utf8()]),
            (true, Some(_)) => {}
        }
    }
    if let Some(s) = start {
        out.push(&text[s..]);
    }
    out
}

/// The word diff from `old` to `new`, adjacent parts of one kind merged.
pub fn diff(old: &str, new: &str) -> Vec<Part> {
    let (a, b) = (tokens(old), tokens(new));
    let mut parts: Vec<Part> = Vec::new();
    let mut push = |op: &'static str, text: String| {
        if text.is_empty() {
            return;
        }
        match parts.last_mut() {
            Some(last) if last.op == op => last.text.push_str(&text),
            _ => parts.push(Part { op, text }),
        }
    };
    for op in capture_diff_slices(Algorithm::Patience, &a, &b) {
        match op {
            DiffOp::Equal { old_index, len, .. } => {
                push("equal", a[old_index..old_index + len].concat())
            }
            DiffOp::Delete {
                old_index, old_len, ..
            } => push("delete", a[old_index..old_index + old_len].concat()),
            DiffOp::Insert {
                new_index, new_len, ..
            } => push("insert", b[new_index..new_index + new_len].concat()),
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => {
                push("delete", a[old_index..old_index + old_len].concat());
                push("insert", b[new_index..new_index + new_len].concat());
            }
        }
    }
    parts
}

/// The word diff from an accepted source text to the current one, and its grade.
pub fn change(accepted: &str, current: &str, lang: Lang) -> (Vec<Part>, &'static str) {
    let parts = diff(accepted, current);
    let g = grade(accepted, current, &parts, lang);
    (parts, g)
}

/// What kind of change a diff is, most serious first: a changed `number`, `date`, `name`
/// or `negation`; other `wording`; or `punctuation` (and white space) only.
pub fn grade(old: &str, new: &str, parts: &[Part], lang: Lang) -> &'static str {
    let changed: String = parts
        .iter()
        .filter(|p| p.op != "equal")
        .map(|p| format!(" {} ", p.text))
        .collect();
    if !changed.chars().any(is_word_char) {
        return "punctuation";
    }
    let values = |t: &str| {
        let mut v: Vec<String> = find_numbers(t, lang)
            .into_iter()
            .filter(|n| !n.words_only)
            .map(|n| crate::numbers::display(n.value()))
            .collect();
        v.sort();
        v
    };
    let dates = |t: &str| {
        find_dates(t, lang)
            .into_iter()
            .map(|d| d.display())
            .collect::<Vec<_>>()
    };
    if dates(old) != dates(new) {
        return "date";
    }
    if values(old) != values(new) {
        return "number";
    }
    let words: Vec<&str> = changed
        .split(|c: char| !is_word_char(c))
        .filter(|w| !w.is_empty())
        .collect();
    let negation = words.iter().any(|w| {
        let w = normalize_for_match(w);
        lang.negations.contains(&w.as_str()) || w.ends_with("n't")
    }) || changed.contains("n't");
    if negation {
        return "negation";
    }
    // A name: a capitalised word or an acronym changed, other than at the start of a sentence.
    let name = parts.iter().filter(|p| p.op != "equal").any(|p| {
        p.text
            .split(|c: char| !is_word_char(c))
            .any(|w| w.chars().next().is_some_and(char::is_uppercase) && w.chars().count() > 1)
    });
    if name {
        return "name";
    }
    "wording"
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::{AR, EN};

    fn doc(src: &str) -> Document {
        Document::parse("en.md", src, &EN)
    }

    fn entries(d: &Document) -> Vec<Entry> {
        d.blocks
            .iter()
            .map(|b| Entry {
                segment: b.id.clone(),
                source_fingerprint: fingerprint(&b.text),
                source_text: b.text.clone(),
                target_fingerprint: String::new(),
                accepted: "2026-01-08".into(),
            })
            .collect()
    }

    const BASE: &str = "# Title\n\nLede\n\nFirst paragraph about Aleppo.\n\nSecond paragraph, 250,000 civilians.\n\nThird paragraph about Afrin.\n";

    #[test]
    fn fingerprints_ignore_what_normalization_ignores() {
        // Re-wrapped, re-normalized (NFC), invisible marks: the same text.
        assert_eq!(
            fingerprint("Sheikh  Maqsoud\nneighborhood"),
            fingerprint("Sheikh Maqsoud neighborhood")
        );
        assert_eq!(fingerprint("Kanûn"), fingerprint("Kanu\u{302}n"));
        assert_eq!(fingerprint("هەڵکشان"), fingerprint("هەڵ\u{200C}کشان"));
        // Case and punctuation are changes.
        assert_ne!(fingerprint("Sheikh Maqsoud"), fingerprint("sheikh maqsoud"));
        assert_ne!(fingerprint("civilians."), fingerprint("civilians;"));
        assert_ne!(fingerprint("250,000"), fingerprint("260,000"));
        assert_eq!(fingerprint("حلب"), fingerprint("حَلَب"));
        assert_eq!(fingerprint(""), "cbf29ce484222325");
    }

    #[test]
    fn inserting_a_paragraph_drifts_nothing_else() {
        let old = doc(BASE);
        let e = entries(&old);
        let new = doc(&BASE.replace("First paragraph", "A new paragraph.\n\nFirst paragraph"));
        let c = compare(&new, &e);
        let states: Vec<&str> = c
            .blocks
            .iter()
            .map(|s| match s {
                State::Unchanged(_) => "same",
                State::Drifted(_) => "drift",
                State::New => "new",
            })
            .collect();
        assert_eq!(states, ["same", "same", "new", "same", "same", "same"]);
        assert!(c.removed.is_empty());
    }

    #[test]
    fn a_new_block_does_not_take_the_entry_of_an_edited_one() {
        let old = doc(
            "# T\n\n1. Ensure an immediate and unconditional ceasefire by all parties.\n2. Comply with the agreement of 1 April 2025.\n",
        );
        let e = entries(&old);
        // A demand inserted first (it now has the id l1.1), and the old first one edited.
        let new = doc(
            "# T\n\n1. Release all detainees held by all parties without delay.\n2. Ensure an immediate and unconditional ceasefire by all armed parties.\n3. Comply with the agreement of 1 April 2025.\n",
        );
        let c = compare(&new, &e);
        assert!(matches!(c.blocks[1], State::New));
        assert!(matches!(c.blocks[2], State::Drifted(x) if x.segment == "l1.1"));
        assert!(matches!(c.blocks[3], State::Unchanged(x) if x.segment == "l1.2"));
    }

    #[test]
    fn accepting_one_block_after_ids_shifted_replaces_its_own_entry() {
        use crate::align::statement::align_documents;
        let src1 =
            doc("# Title\n\nFirst paragraph about Aleppo.\n\nSecond paragraph about Afrin.\n");
        let tgt1 = Document::parse(
            "kmr.md",
            "# Sernav\n\nParagrafa yekem li ser Helebê.\n\nParagrafa duyem li ser Efrînê.\n",
            &crate::lang::KMR,
        );
        let mut lock = Lock::new("s", &EN);
        lock.accept(
            &src1,
            &tgt1,
            &align_documents(&src1, &tgt1),
            None,
            "2026-01-08",
        );
        // A paragraph inserted at the top (the new lede: ids shift, the old lede is now p1);
        // the last one edited, its translation updated and accepted alone.
        let src2 = doc(
            "# Title\n\nA new paragraph.\n\nFirst paragraph about Aleppo.\n\nSecond paragraph about Afrin and Kobani.\n",
        );
        let tgt2 = Document::parse(
            "kmr.md",
            "# Sernav\n\nParagrafeke nû.\n\nParagrafa yekem li ser Helebê.\n\nParagrafa duyem li ser Efrîn û Kobanê.\n",
            &crate::lang::KMR,
        );
        lock.accept(
            &src2,
            &tgt2,
            &align_documents(&src2, &tgt2),
            Some("p2"),
            "2026-02-01",
        );
        let e = &lock.languages["kmr"];
        assert_eq!(e.len(), 3, "{e:?}");
        let c = compare(&src2, e);
        assert!(
            matches!(c.blocks[1], State::New),
            "the new lede is still to be accepted"
        );
        assert!(matches!(c.blocks[2], State::Unchanged(x) if x.accepted == "2026-01-08"));
        assert!(matches!(c.blocks[3], State::Unchanged(x) if x.accepted == "2026-02-01"));
        assert!(c.removed.is_empty());
    }

    #[test]
    fn moved_removed_and_changed() {
        let old = doc(BASE);
        let e = entries(&old);
        // Third paragraph moved first, second changed, first removed.
        let new = doc(
            "# Title\n\nLede\n\nThird paragraph about Afrin.\n\nSecond paragraph, 260,000 civilians.\n",
        );
        let c = compare(&new, &e);
        assert!(matches!(c.blocks[2], State::Unchanged(x) if x.segment == "p3"));
        assert!(matches!(c.blocks[3], State::Drifted(x) if x.segment == "p2"));
        assert_eq!(c.removed.len(), 1);
        assert_eq!(c.removed[0].segment, "p1");
    }

    #[test]
    fn word_diff_keeps_arabic_words_whole() {
        let d = diff("أكثر من 250 ألف مدنيٍّ في حلب", "أكثر من 260 ألف مدنيٍّ في حلب");
        assert_eq!(
            d,
            [
                Part {
                    op: "equal",
                    text: "أكثر من ".into()
                },
                Part {
                    op: "delete",
                    text: "250".into()
                },
                Part {
                    op: "insert",
                    text: "260".into()
                },
                Part {
                    op: "equal",
                    text: " ألف مدنيٍّ في حلب".into()
                },
            ]
        );
        // A word with a changed haraka is one changed word, never half of one.
        let d = diff("قوات سوريا الديمقراطية", "قوّات سوريا الديمقراطية");
        assert_eq!(
            d[0],
            Part {
                op: "delete",
                text: "قوات".into()
            }
        );
        assert_eq!(
            d[1],
            Part {
                op: "insert",
                text: "قوّات".into()
            }
        );
    }

    #[test]
    fn grades() {
        let g = |a: &str, b: &str| grade(a, b, &diff(a, b), &EN);
        assert_eq!(
            g("more than 250,000 civilians", "more than 260,000 civilians"),
            "number"
        );
        assert_eq!(g("on 7 January 2026", "on 8 January 2026"), "date");
        assert_eq!(g("the SDF withdrew", "the YPG withdrew"), "name");
        assert_eq!(
            g("this is acceptable", "this is not acceptable"),
            "negation"
        );
        assert_eq!(
            g("an immediate ceasefire", "an urgent ceasefire"),
            "wording"
        );
        assert_eq!(g("a ceasefire, now", "a ceasefire now."), "punctuation");
        assert_eq!(
            grade("لن يتوقف", "يتوقف", &diff("لن يتوقف", "يتوقف"), &AR),
            "negation"
        );
    }
}
