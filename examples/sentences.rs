//! Sentence boundaries against boundaries drawn by hand: the Universal Dependencies test sets
//! of the English Web Treebank (blogs, reviews, e-mail, answers; paragraphs marked with
//! `# newpar`) and of the Kurmanji MG treebank (fiction and wiki; no paragraphs marked, so each
//! run of consecutively numbered sentences of one document is a paragraph). Both CC BY-SA 4.0,
//! read from `../shared/data/ud` (or `$UD`), never copied into this crate.
//!
//! ```sh
//! cargo run --release --example sentences              # P/R/F1 per set and splitter
//! cargo run --release --example sentences -- en 30     # and 30 of align's errors in English
//! ```
//! Each paragraph is the treebank's sentences joined with one space. A boundary is the offset
//! where one sentence begins after another in the same paragraph; precision, recall and F1 count
//! boundaries, summed over the whole set. The same text is given to three splitters: align's
//! `split_sentences`, raw UAX #29 (`unicode-segmentation`) and a plain split after `.`, `!` or
//! `?` followed by a space.

use std::collections::BTreeSet;
use std::path::PathBuf;

use align::lang::{EN, KMR, Lang};
use align::segment::split_sentences;
use unicode_segmentation::UnicodeSegmentation;

/// One paragraph: its text and the byte offsets where its second, third … sentence begins.
struct Paragraph {
    text: String,
    gold: BTreeSet<usize>,
}

/// Reads a CoNLL-U file's `# text` lines into paragraphs: a new paragraph at `# newdoc` and
/// `# newpar`, and, when `by_numbering`, wherever the document part of `# sent_id`
/// (`doc:file:number:offset`) changes or its sentence number does not follow the one before.
fn paragraphs(conllu: &str, by_numbering: bool) -> Vec<Paragraph> {
    let mut groups: Vec<Vec<String>> = Vec::new();
    let mut new_group = true;
    let mut last_id: Option<(String, u64)> = None;
    for line in conllu.lines() {
        if line.starts_with("# newdoc") || line.starts_with("# newpar") {
            new_group = true;
        } else if let Some(id) = line.strip_prefix("# sent_id = ")
            && by_numbering
        {
            let parts: Vec<&str> = id.split(':').collect();
            let doc = parts[..parts.len().saturating_sub(2)].join(":");
            let n: u64 = parts
                .get(parts.len().saturating_sub(2))
                .and_then(|n| n.parse().ok())
                .unwrap_or(0);
            if last_id
                .as_ref()
                .is_none_or(|(d, m)| *d != doc || *m + 1 != n)
            {
                new_group = true;
            }
            last_id = Some((doc, n));
        } else if let Some(text) = line.strip_prefix("# text = ") {
            if new_group || groups.is_empty() {
                groups.push(Vec::new());
                new_group = false;
            }
            if let Some(g) = groups.last_mut() {
                g.push(text.trim().to_string());
            }
        }
    }
    groups
        .into_iter()
        .map(|sentences| {
            let mut text = String::new();
            let mut gold = BTreeSet::new();
            for s in sentences {
                if !text.is_empty() {
                    text.push(' ');
                    gold.insert(text.len());
                }
                text.push_str(&s);
            }
            Paragraph { text, gold }
        })
        .collect()
}

/// The offsets where a sentence begins after another, from ranges or pieces of the text.
fn starts(text: &str, ranges: impl Iterator<Item = std::ops::Range<usize>>) -> BTreeSet<usize> {
    ranges
        .filter_map(|r| {
            let s = &text[r.clone()];
            let lead = s.len() - s.trim_start().len();
            (!s.trim().is_empty()).then_some(r.start + lead)
        })
        .filter(|&s| s > 0)
        .collect()
}

fn align_split(text: &str, lang: Lang) -> BTreeSet<usize> {
    starts(text, split_sentences(text, lang).into_iter())
}

fn uax29(text: &str) -> BTreeSet<usize> {
    starts(
        text,
        text.split_sentence_bound_indices()
            .map(|(i, s)| i..i + s.len()),
    )
}

fn plain(text: &str) -> BTreeSet<usize> {
    let b = text.as_bytes();
    (1..b.len())
        .filter(|&i| matches!(b[i - 1], b'.' | b'!' | b'?') && b[i] == b' ')
        .map(|i| i + 1)
        .filter(|&i| i < b.len())
        .collect()
}

#[derive(Default, Clone, Copy)]
struct Score {
    tp: usize,
    found: usize,
    gold: usize,
}

impl Score {
    fn add(&mut self, found: &BTreeSet<usize>, gold: &BTreeSet<usize>) {
        self.tp += found.intersection(gold).count();
        self.found += found.len();
        self.gold += gold.len();
    }
    fn prf(&self) -> (f64, f64, f64) {
        let p = self.tp as f64 / self.found.max(1) as f64;
        let r = self.tp as f64 / self.gold.max(1) as f64;
        let f = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        (p, r, f)
    }
}

/// `…text before|text after…` around a byte offset, on one line.
fn context(text: &str, at: usize) -> String {
    let mut lo = at.saturating_sub(50);
    while !text.is_char_boundary(lo) {
        lo -= 1;
    }
    let mut hi = (at + 50).min(text.len());
    while !text.is_char_boundary(hi) {
        hi += 1;
    }
    format!("…{}⟦|⟧{}…", &text[lo..at], &text[at..hi])
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dir = std::env::var("UD")
        .map(PathBuf::from)
        .unwrap_or_else(|_| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data/ud"));
    let sets: [(&str, Lang, &str, bool); 2] = [
        ("en", &EN, "en_ewt-ud-test.conllu", false),
        ("kmr", &KMR, "kmr_mg-ud-test.conllu", true),
    ];
    let show_lang = args.first().cloned();
    let show_n: usize = args.get(1).and_then(|n| n.parse().ok()).unwrap_or(0);

    if !sets.iter().any(|s| dir.join(s.2).exists()) {
        println!(
            "{}: no UD test sets here; they live in ../shared/data/ud (or set UD=dir)",
            dir.display()
        );
        return;
    }
    println!(
        "{:<4} {:>10} {:>10}  {:<10} {:>9} {:>6} {:>6}",
        "set", "paragraphs", "boundaries", "splitter", "precision", "recall", "F1"
    );
    for (code, lang, file, by_numbering) in sets {
        let path = dir.join(file);
        let Ok(conllu) = std::fs::read_to_string(&path) else {
            println!("{}: not found, skipped", path.display());
            continue;
        };
        let paras = paragraphs(&conllu, by_numbering);
        let (mut ours, mut raw, mut simple) =
            (Score::default(), Score::default(), Score::default());
        let mut errors: Vec<String> = Vec::new();
        for p in &paras {
            let found = align_split(&p.text, lang);
            ours.add(&found, &p.gold);
            raw.add(&uax29(&p.text), &p.gold);
            simple.add(&plain(&p.text), &p.gold);
            if show_lang.as_deref() == Some(code) {
                for &b in found.difference(&p.gold) {
                    errors.push(format!("spurious {}", context(&p.text, b)));
                }
                for &b in p.gold.difference(&found) {
                    errors.push(format!("missed   {}", context(&p.text, b)));
                }
            }
        }
        for (name, s) in [("align", ours), ("uax29", raw), ("plain", simple)] {
            let (p, r, f) = s.prf();
            println!(
                "{code:<4} {:>10} {:>10}  {name:<10} {p:>9.3} {r:>6.3} {f:>6.3}",
                paras.len(),
                s.gold
            );
        }
        for e in errors.iter().take(show_n) {
            println!("  {e}");
        }
        if show_n > 0 && errors.len() > show_n {
            println!("  … {} more", errors.len() - show_n);
        }
    }
}
