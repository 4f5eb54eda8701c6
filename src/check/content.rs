//! The text itself: `untranslated`, `length-ratio`, `wrong-script`, `orthography`,
//! `invisible-char`, `punctuation`; and the checks on one file alone (the source).

use super::{Finding, Location, Pair, Severity, detail};
use crate::document::{Block, Document, Notice};
use crate::lang::{Lang, Script};
use crate::text::{char_len, is_arabic_letter, is_latin_letter, normalize_for_match};

pub(super) fn run(pair: &Pair, out: &mut Vec<Finding>) {
    let file_wrong = wrong_script_file(pair.target);
    if let Some((found, share)) = file_wrong {
        let mut f = pair.finding(
            "wrong-script",
            None,
            Some(Location::line(&pair.target.path, 1)),
        );
        detail(&mut f, "expected", script_name(pair.target.lang.script));
        detail(&mut f, "found", script_name(found));
        detail(&mut f, "share", (share * 100.0).round() as u32);
        detail(&mut f, "scope", "file");
        out.push(f);
    }
    for bead in &pair.alignment.blocks {
        if bead.src.is_empty() || bead.tgt.is_empty() {
            continue;
        }
        for &j in &bead.tgt {
            let tb = &pair.target.blocks[j];
            let sb = &pair.source.blocks[bead.src[0]];
            if file_wrong.is_none()
                && !pair.kept(tb.kind)
                && wrong_script_block(tb, pair.target.lang).is_some()
            {
                let mut f = pair.finding(
                    "wrong-script",
                    Some(pair.src_block(bead.src[0])),
                    Some(pair.tgt_block(j)),
                );
                detail(&mut f, "expected", script_name(pair.target.lang.script));
                detail(&mut f, "found", script_name(other(pair.target.lang.script)));
                detail(&mut f, "scope", "block");
                out.push(f);
            } else if bead.src.len() == 1
                && bead.tgt.len() == 1
                && !pair.kept(tb.kind)
                && untranslated(sb, tb)
            {
                out.push(pair.finding(
                    "untranslated",
                    Some(pair.src_block(bead.src[0])),
                    Some(pair.tgt_block(j)),
                ));
            }
            if file_wrong.is_none() {
                orthography(pair, j, out);
            }
            invisible(pair.target, j, &mut |loc, d| {
                let mut f = pair.finding("invisible-char", None, Some(loc));
                f.details = d;
                out.push(f);
            });
        }
    }
    length_ratio(pair, out);
    punctuation(pair, out);
}

/// An `<!-- align: allow ID -->` whose ID names no check (nor `all`) suppresses nothing: a
/// warning at its block, with the nearest check id, so a typo does not silently let the
/// finding it meant through. Reported on the translation's side for a translation.
pub(super) fn unknown_allows(
    statement: &str,
    doc: &Document,
    translation: bool,
    out: &mut Vec<Finding>,
) {
    for (i, b) in doc.blocks.iter().enumerate() {
        for id in b.allow.iter().filter(|id| *id != "all") {
            if super::info(id).is_some() {
                continue;
            }
            let nearest = super::CHECKS
                .iter()
                .map(|c| (crate::text::edit_distance(id, c.id), c.id))
                .min()
                .map_or("", |(_, c)| c);
            let loc = Some(Pair::block_loc(doc, i));
            let (source, target) = if translation {
                (None, loc)
            } else {
                (loc, None)
            };
            let mut f = Finding {
                check: "unknown-allow",
                severity: super::info("unknown-allow").map_or(Severity::Warning, |c| c.severity),
                statement: statement.to_string(),
                lang: doc.lang.code.to_string(),
                source,
                target,
                details: serde_json::Map::new(),
            };
            detail(&mut f, "id", id.as_str());
            detail(&mut f, "nearest", nearest);
            out.push(f);
        }
    }
}

/// Checks of one file alone, reported for its own language: stray invisible characters, a
/// paragraph broken mid-sentence, list numbering, a file in the wrong script.
pub(super) fn file_checks(statement: &str, doc: &Document, out: &mut Vec<Finding>) {
    let new = |check: &'static str, loc: Location| Finding {
        check,
        severity: super::info(check).map_or(Severity::Warning, |c| c.severity),
        statement: statement.to_string(),
        lang: doc.lang.code.to_string(),
        source: Some(loc),
        target: None,
        details: serde_json::Map::new(),
    };
    let at = |line: usize| Location::line(&doc.path, line);
    if let Some((found, share)) = wrong_script_file(doc) {
        let mut f = new("wrong-script", at(1));
        detail(&mut f, "expected", script_name(doc.lang.script));
        detail(&mut f, "found", script_name(found));
        detail(&mut f, "share", (share * 100.0).round() as u32);
        detail(&mut f, "scope", "file");
        out.push(f);
    }
    for n in &doc.notices {
        if let Notice::BrokenParagraph { line, next_line } = n {
            let mut f = new("broken-paragraph", at(*line));
            detail(&mut f, "next_line", *next_line);
            out.push(f);
        }
    }
    for (i, expected, found) in super::structure::numbering_findings(doc) {
        let mut f = new("list-numbering", Pair::block_loc(doc, i));
        detail(&mut f, "expected", expected);
        detail(&mut f, "found", found);
        out.push(f);
    }
    for j in 0..doc.blocks.len() {
        invisible(doc, j, &mut |loc, d| {
            let mut f = new("invisible-char", loc);
            f.details = d;
            out.push(f);
        });
    }
}

fn script_name(s: Script) -> &'static str {
    match s {
        Script::Latin => "latin",
        Script::Arabic => "arabic",
    }
}

fn other(s: Script) -> Script {
    match s {
        Script::Latin => Script::Arabic,
        Script::Arabic => Script::Latin,
    }
}

/// Latin and Arabic-script letters in `text`.
fn letters(text: &str) -> (usize, usize) {
    text.chars().fold((0, 0), |(l, a), c| {
        (
            l + usize::from(is_latin_letter(c)),
            a + usize::from(is_arabic_letter(c)),
        )
    })
}

/// The script a file is mostly in, when it is not its language's, with its share of letters.
fn wrong_script_file(d: &Document) -> Option<(Script, f32)> {
    let (l, a) = d
        .blocks
        .iter()
        .map(|b| letters(&b.text))
        .fold((0, 0), |x, y| (x.0 + y.0, x.1 + y.1));
    let total = l + a;
    if total < 40 {
        return None;
    }
    let (found, n) = match d.lang.script {
        Script::Latin => (Script::Arabic, a),
        Script::Arabic => (Script::Latin, l),
    };
    let share = n as f32 / total as f32;
    (share > 0.5).then_some((found, share))
}

/// A block mostly in the other script (an Arabic paragraph left in English): at least a dozen
/// letters and more than 60 % of them foreign. Latin acronyms inside Arabic text are fine.
fn wrong_script_block(b: &Block, lang: Lang) -> Option<f32> {
    let (l, a) = letters(&b.text);
    let (wrong, total) = match lang.script {
        Script::Latin => (a, l + a),
        Script::Arabic => (l, l + a),
    };
    let share = wrong as f32 / total.max(1) as f32;
    (wrong >= 12 && share > 0.6).then_some(share)
}

/// The translation is the source text, or (in the same script) mostly its words.
fn untranslated(s: &Block, t: &Block) -> bool {
    let (ns, nt) = (normalize_for_match(&s.text), normalize_for_match(&t.text));
    if nt.is_empty() || !nt.chars().any(char::is_alphabetic) {
        return false;
    }
    if ns == nt {
        // Identical text made only of names, acronyms and numbers (`SJAC`, `STJ 2015`) may
        // stay: there is nothing to translate.
        return t.text.chars().any(char::is_lowercase) || t.text.chars().any(is_arabic_letter);
    }
    let sw: std::collections::HashSet<&str> = ns.split(' ').collect();
    let tw: Vec<&str> = nt
        .split(' ')
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect();
    tw.len() >= 4 && tw.iter().filter(|w| sw.contains(*w)).count() * 5 >= tw.len() * 4
}

/// Arabic-only letters in Sorani, Persian/Kurdish letters in Arabic, and Kurmanji typed
/// without its letters (no ê î û ç ş in a long block).
fn orthography(pair: &Pair, j: usize, out: &mut Vec<Finding>) {
    let b = &pair.target.blocks[j];
    if pair.kept(b.kind) {
        return;
    }
    let (wrong, hint): (&[char], &str) = match pair.target.lang.code {
        "ckb" => (&['ي', 'ك', 'ة', 'ى'], "ی ک ە ی"),
        "ar" => (
            &['ی', 'ک', 'ە', 'ڕ', 'ڵ', 'ۆ', 'ێ', 'ڤ', 'پ', 'چ', 'ژ', 'گ'],
            "ي ك ة",
        ),
        "kmr" => {
            let words = b
                .text
                .split_whitespace()
                .filter(|w| w.chars().any(is_latin_letter))
                .count();
            let kurdish = b.text.chars().any(|c| "êîûçşÊÎÛÇŞ".contains(c));
            if words >= 15 && !kurdish {
                let mut f = pair.finding("orthography", None, Some(pair.tgt_block(j)));
                detail(&mut f, "problem", "no-kurdish-letters");
                detail(&mut f, "letters", "ê î û ç ş");
                out.push(f);
            }
            return;
        }
        _ => return,
    };
    let found: Vec<char> = {
        let mut v: Vec<char> = b.text.chars().filter(|c| wrong.contains(c)).collect();
        v.sort_unstable();
        v.dedup();
        v
    };
    if found.is_empty() {
        return;
    }
    let words: Vec<String> = b
        .text
        .split(|c: char| !c.is_alphabetic() && c != '\u{200C}')
        .filter(|w| w.chars().any(|c| wrong.contains(&c)))
        .take(5)
        .map(str::to_string)
        .collect();
    let mut f = pair.finding("orthography", None, Some(pair.tgt_block(j)));
    detail(
        &mut f,
        "problem",
        if pair.target.lang.code == "ckb" {
            "arabic-letters"
        } else {
            "kurdish-letters"
        },
    );
    detail(
        &mut f,
        "letters",
        found
            .iter()
            .map(char::to_string)
            .collect::<Vec<_>>()
            .join(" "),
    );
    detail(&mut f, "words", words);
    detail(&mut f, "expected", hint);
    out.push(f);
}

/// Stray invisible characters in block `j` of `d`: unbalanced bidi embeddings or isolates, a
/// bidi mark inside a word, zero-width spaces, a byte-order mark inside the text, and ZWNJ in a
/// Latin-script language (in Sorani, Persian and Arabic it is a real letter-shaping control).
fn invisible(
    d: &Document,
    j: usize,
    emit: &mut dyn FnMut(Location, serde_json::Map<String, serde_json::Value>),
) {
    let b = &d.blocks[j];
    let chars: Vec<char> = b.text.chars().collect();
    let mut problems: Vec<&str> = Vec::new();
    let (mut emb, mut iso) = (0i32, 0i32);
    for (k, &c) in chars.iter().enumerate() {
        match c {
            '\u{202A}' | '\u{202B}' | '\u{202D}' | '\u{202E}' => emb += 1,
            '\u{202C}' => emb -= 1,
            '\u{2066}'..='\u{2068}' => iso += 1,
            '\u{2069}' => iso -= 1,
            '\u{200E}' | '\u{200F}' | '\u{061C}' => {
                let letter = |x: Option<&char>| x.is_some_and(|c| c.is_alphabetic());
                if k > 0
                    && letter(chars.get(k - 1))
                    && letter(chars.get(k + 1))
                    && !problems.contains(&"mark-in-word")
                {
                    problems.push("mark-in-word");
                }
            }
            '\u{200B}' | '\u{2060}' if !problems.contains(&"zero-width-space") => {
                problems.push("zero-width-space")
            }
            '\u{FEFF}' if !problems.contains(&"byte-order-mark") => {
                problems.push("byte-order-mark")
            }
            '\u{200C}' if d.lang.script == Script::Latin && !problems.contains(&"zwnj") => {
                problems.push("zwnj")
            }
            _ => {}
        }
        if emb < 0 || iso < 0 {
            break;
        }
    }
    if emb != 0 {
        problems.push("unbalanced-embedding");
    }
    if iso != 0 {
        problems.push("unbalanced-isolate");
    }
    if problems.is_empty() {
        return;
    }
    let mut details = serde_json::Map::new();
    details.insert(
        "problems".into(),
        problems
            .iter()
            .map(|p| serde_json::Value::from(*p))
            .collect::<Vec<_>>()
            .into(),
    );
    emit(Pair::block_loc(d, j), details);
}

/// A translation shorter than its source allows by this share of the expected length, and by
/// [`MISSING_Z`] deviations of this document's own spread, has left content out.
const MISSING_SHARE: f32 = 0.6;
const MISSING_Z: f32 = -3.5;
/// Pairs shorter than this (source characters) are too short to judge by length.
const MIN_SOURCE: usize = 40;

/// Sentence pairs whose lengths say that part of the source is not rendered (`missing-content`,
/// an error: a clause, a list of names, half of an article dropped), or whose ratio is merely
/// far from the rest of the document (`length-ratio`, a warning). Both measure against the
/// document's own length model ([`crate::align::coverage::LengthModel`]).
fn length_ratio(pair: &Pair, out: &mut Vec<Finding>) {
    use crate::align::statement::SentenceRef;
    let model = &pair.alignment.length;
    let len = |d: &Document, v: &[SentenceRef]| {
        v.iter()
            .map(|r| char_len(&d.blocks[r.block].sentences[r.sentence].text))
            .sum::<usize>()
    };
    let mut ratios: Vec<(f32, SentenceRef, SentenceRef)> = Vec::new();
    for bead in &pair.alignment.blocks {
        for s in &bead.sentences {
            if s.src.is_empty() || s.tgt.is_empty() {
                continue;
            }
            let (ls, lt) = (len(pair.source, &s.src), len(pair.target, &s.tgt));
            let share = model.share(ls as f32, lt as f32);
            if ls >= MIN_SOURCE
                && share < MISSING_SHARE
                && model.z(ls as f32, lt as f32) < MISSING_Z
            {
                let mut f = pair.finding(
                    "missing-content",
                    Some(pair.src_sentence(s.src[0])),
                    Some(pair.tgt_sentence(s.tgt[0])),
                );
                detail(&mut f, "share", (share * 100.0).round() as u32);
                detail(
                    &mut f,
                    "missing",
                    unrendered(
                        &pair.source.sentences_text(&s.src),
                        pair.source.lang,
                        &pair.target.sentences_text(&s.tgt),
                        pair.target.lang,
                    ),
                );
                out.push(f);
                continue;
            }
            if ls >= 40 && lt >= 10 {
                ratios.push(((lt as f32 / ls as f32).ln(), s.src[0], s.tgt[0]));
            }
        }
    }
    if ratios.len() < 5 {
        return;
    }
    let mut sorted: Vec<f32> = ratios.iter().map(|r| r.0).collect();
    sorted.sort_by(f32::total_cmp);
    let median = sorted[sorted.len() / 2];
    let mut dev: Vec<f32> = sorted.iter().map(|x| (x - median).abs()).collect();
    dev.sort_by(f32::total_cmp);
    let mad = dev[dev.len() / 2] * 1.4826;
    // Far outside this document's spread, and at least a factor of two from its typical ratio.
    let limit = (4.0 * mad).max(2f32.ln());
    for (r, s, t) in ratios {
        if (r - median).abs() > limit {
            let mut f = pair.finding(
                "length-ratio",
                Some(pair.src_sentence(s)),
                Some(pair.tgt_sentence(t)),
            );
            let round = |x: f32| (f64::from(x.exp()) * 100.0).round() / 100.0;
            detail(&mut f, "ratio", round(r));
            detail(&mut f, "typical", round(median));
            out.push(f);
        }
    }
}

/// Words of the source that survive translation — numbers, names and acronyms written alike —
/// and that the translation does not have: what the left-out part said, where it shows.
fn unrendered(source: &str, sl: Lang, target: &str, tl: Lang) -> Vec<String> {
    use crate::align::features::{AnchorKind, anchor_strings};
    let t = anchor_strings(target, tl);
    let has = |kind: AnchorKind, text: &str| t.iter().any(|(k, x)| *k == kind && x == text);
    let mut out: Vec<String> = Vec::new();
    for n in crate::numbers::find_numbers(source, sl) {
        if n.words_only {
            continue;
        }
        if !n
            .values
            .iter()
            .any(|v| has(AnchorKind::Number, &crate::numbers::display(*v)))
        {
            out.push(source[n.span.clone()].to_string());
        }
    }
    for word in source.split(|c: char| !crate::text::is_word_char(c)) {
        let capital = word.chars().next().is_some_and(char::is_uppercase);
        if !capital || word.chars().count() < 2 || word.chars().any(crate::text::is_digit) {
            continue;
        }
        // Names and acronyms only (a capital inside, or all capitals): ordinary words that
        // start a sentence say nothing.
        let acronym = word.chars().filter(|c| c.is_uppercase()).count() >= 2;
        if !acronym {
            continue;
        }
        let folded = crate::align::features::fold(word);
        if !has(AnchorKind::Word, &folded) && !out.iter().any(|w| w == word) {
            out.push(word.to_string());
        }
    }
    out.truncate(6);
    out
}

/// A question in the source rendered as a statement (`?` and `؟` are the same mark, as are `,`
/// and `،`, `;` and `؛`).
fn punctuation(pair: &Pair, out: &mut Vec<Finding>) {
    for bead in &pair.alignment.blocks {
        for s in &bead.sentences {
            if s.src.is_empty() || s.tgt.is_empty() {
                continue;
            }
            let (st, tt) = (
                pair.source.sentences_text(&s.src),
                pair.target.sentences_text(&s.tgt),
            );
            if st.contains('?') && !tt.contains('?') && !tt.contains('؟') {
                out.push(pair.finding(
                    "punctuation",
                    Some(pair.src_sentence(s.src[0])),
                    Some(pair.tgt_sentence(s.tgt[0])),
                ));
            }
        }
    }
}
