//! Fault injection: does `align check` catch a fault a translator could make, at the right
//! place, and keep quiet on harmless restructuring?
//!
//! ```sh
//! cargo run --release --example faults                 # the table
//! cargo run --release --example faults -- -v           # and every miss and false alarm
//! cargo run --release --example faults -- -v udhr      # only documents whose name starts so
//! ```
//!
//! Documents: the bundled Aleppo statement (ar, kmr, ckb), the UDHR fixtures (ar, kmr) and the
//! NTREX-128 news documents (ar, ckb, kmr; cut at the document boundaries of
//! `DOCUMENT_IDS.tsv`, a title and paragraphs of three sentences; read from
//! `../shared/data/ntrex128`, CC BY-SA 4.0, never copied here). Each runs twice: with English
//! as the source, and with Arabic as the source (the English, Kurmanji and Sorani files as its
//! translations).
//!
//! For each document, copies of the translation get one fault each — a block, a list item or a
//! sentence dropped, a sentence cut in half, a number, a number word, a unit or a month
//! changed, two demands swapped — and a fault counts as caught when `align check` reports an
//! error at the source segment the fault is about (its block; for a sentence, that sentence).
//! Harmless variants — two paragraphs merged, one split, the lede merged into the first
//! paragraph, two sentences merged, one split, the digits written in another script — count as
//! false alarms when they raise any error the clean translation does not. Faults go only where
//! the clean translation pairs 1-1 with its source, so that where a fault belongs is known.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use align::align::statement::{Alignment, Prepared};
use align::check::{Finding, Settings, Severity, check_document};
use align::document::{BlockKind, Document};
use align::glossary::Glossary;
use align::lang::{AR, CKB, EN, KMR, Lang};
use align::text::digit_value;

/// One fault or harmless variant: the edited translation and, for a fault, where it must be
/// reported.
struct Variant {
    kind: &'static str,
    text: String,
    /// Source segment ids of which one must carry an error (empty for a harmless variant).
    expect: Vec<String>,
    /// For a value fault, any error at the block (or its sentences) counts.
    block_level: bool,
}

/// A document by name, with its text in each language.
type Named = (String, Vec<(Lang, String)>);

#[derive(Default, Clone)]
struct Tally {
    faults: usize,
    caught: usize,
    harmless: usize,
    alarms: usize,
}

impl Tally {
    fn add(&mut self, o: &Tally) {
        self.faults += o.faults;
        self.caught += o.caught;
        self.harmless += o.harmless;
        self.alarms += o.alarms;
    }
}

const FAULTS: &[&str] = &[
    "drop-block",
    "drop-item",
    "drop-sentence",
    "cut-sentence",
    "number",
    "number-word",
    "unit",
    "month",
    "swap-demands",
];
const HARMLESS: &[&str] = &[
    "merge-paragraphs",
    "split-paragraph",
    "lede-into-p1",
    "merge-sentences",
    "split-sentence",
    "digit-script",
];

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let verbose = args.iter().any(|a| a == "-v");
    // `--dump`: every miss and false alarm written as a statement under target/faults/.
    let dump = args.iter().any(|a| a == "--dump").then(|| {
        let d = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/faults");
        let _ = std::fs::remove_dir_all(&d);
        d
    });
    let mut dumped = 0;
    // `--every N`: only every N-th NTREX document (a quicker run while working).
    let every: usize = args
        .iter()
        .position(|a| a == "--every")
        .and_then(|k| args.get(k + 1))
        .and_then(|n| n.parse().ok())
        .unwrap_or(1);
    let only: Vec<&String> = args
        .iter()
        .enumerate()
        .filter(|(k, a)| !a.starts_with('-') && (*k == 0 || args[*k - 1] != "--every"))
        .map(|(_, a)| a)
        .collect();
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let settings = Settings {
        glossary: Glossary::load(&root.join("glossary.yaml")).expect("glossary.yaml"),
        keep: vec![BlockKind::Signatory],
        ..Settings::default()
    };
    let mut docs: Vec<Named> = Vec::new();
    // Read as `align check` reads them (byte-order mark, CRLF, Unicode normalization).
    let read = |p: &Path| align::statement::read_text(p).unwrap_or_default();
    let st = root.join("statements/aleppo-2026-01");
    docs.push((
        "aleppo".into(),
        [(&EN, "en"), (&AR, "ar"), (&KMR, "kmr"), (&CKB, "ckb")]
            .into_iter()
            .map(|(l, c)| (l as Lang, read(&st.join(format!("{c}.md")))))
            .collect(),
    ));
    let udhr = root.join("tests/fixtures/udhr");
    docs.push((
        "udhr".into(),
        [(&EN, "en"), (&AR, "ar"), (&KMR, "kmr")]
            .into_iter()
            .map(|(l, c)| (l as Lang, read(&udhr.join(format!("{c}.md")))))
            .collect(),
    ));
    let ntrex = std::env::var("NTREX")
        .map(PathBuf::from)
        .unwrap_or_else(|_| root.join("../shared/data/ntrex128"));
    match ntrex_documents(&ntrex) {
        Some(d) => docs.extend(d.into_iter().step_by(every.max(1))),
        None => eprintln!(
            "NTREX-128 not found at {} (set NTREX=DIR): its documents are left out",
            ntrex.display()
        ),
    }
    docs.retain(|(name, _)| only.is_empty() || only.iter().any(|o| name.starts_with(o.as_str())));

    println!(
        "{:<8} {:<9} {:>16} {:>20}",
        "corpus", "pair", "faults caught", "harmless → error"
    );
    let mut by_kind: std::collections::BTreeMap<&str, Tally> = Default::default();
    let mut rows: std::collections::BTreeMap<(String, String), Tally> = Default::default();
    let mut clean_by_check: std::collections::BTreeMap<String, usize> = Default::default();
    for (name, files) in &docs {
        let corpus = name.split(':').next().unwrap_or(name).to_string();
        for source_lang in [&EN as Lang, &AR as Lang] {
            let Some((_, stext)) = files.iter().find(|(l, _)| *l == source_lang) else {
                continue;
            };
            let source =
                Document::parse(&format!("{name}.{}", source_lang.code), stext, source_lang);
            let prepared = Prepared::new(&source);
            for (tl, ttext) in files.iter().filter(|(l, _)| *l != source_lang) {
                let target = Document::parse(&format!("{name}.{}", tl.code), ttext, tl);
                let (clean, alignment, _) =
                    check_document(name, &source, &prepared, &target, &settings, None);
                let clean_errors: BTreeSet<String> = errors(&clean).collect();
                for e in &clean_errors {
                    let check = e.split('@').next().unwrap_or("").to_string();
                    *clean_by_check.entry(check).or_insert(0) += 1;
                    if verbose {
                        dumped += 1;
                        let v = Variant {
                            kind: "clean",
                            text: ttext.clone(),
                            expect: vec![],
                            block_level: false,
                        };
                        save(&dump, dumped, &v, stext, source_lang, tl);
                        println!(
                            "  CLEAN#{dumped} {name} {}→{}: {e}",
                            source_lang.code, tl.code
                        );
                    }
                }
                let mut tally = Tally::default();
                for v in variants(&source, &target, ttext, &alignment) {
                    let doc = Document::parse(&target.path, &v.text, tl);
                    let (found, _, _) =
                        check_document(name, &source, &prepared, &doc, &settings, None);
                    let t = by_kind.entry(v.kind).or_default();
                    if v.expect.is_empty() {
                        tally.harmless += 1;
                        t.harmless += 1;
                        let new: Vec<String> = errors(&found)
                            .filter(|e| !clean_errors.contains(e))
                            .collect();
                        if !new.is_empty() {
                            dumped += 1;
                            save(&dump, dumped, &v, stext, source_lang, tl);
                            tally.alarms += 1;
                            t.alarms += 1;
                            if verbose {
                                println!(
                                    "  ALARM#{dumped} {name} {}→{} {}: {}",
                                    source_lang.code,
                                    tl.code,
                                    v.kind,
                                    new.join("; ")
                                );
                            }
                        }
                    } else {
                        tally.faults += 1;
                        t.faults += 1;
                        if caught(&found, &v) {
                            tally.caught += 1;
                            t.caught += 1;
                        } else if verbose {
                            dumped += 1;
                            save(&dump, dumped, &v, stext, source_lang, tl);
                            let got: Vec<String> = errors(&found)
                                .filter(|e| !clean_errors.contains(e))
                                .collect();
                            println!(
                                "  MISS#{dumped}  {name} {}→{} {} at {}: got [{}]",
                                source_lang.code,
                                tl.code,
                                v.kind,
                                v.expect.join("|"),
                                got.join("; ")
                            );
                        }
                    }
                }
                rows.entry((corpus.clone(), format!("{}→{}", source_lang.code, tl.code)))
                    .or_default()
                    .add(&tally);
            }
        }
    }
    let mut total = Tally::default();
    for ((corpus, pair), t) in &rows {
        println!(
            "{corpus:<8} {pair:<9} {:>16} {:>20}",
            format!("{}/{}", t.caught, t.faults),
            format!("{}/{}", t.alarms, t.harmless)
        );
        total.add(t);
    }
    println!(
        "{:<8} {:<9} {:>16} {:>20}",
        "all",
        "",
        format!("{}/{}", total.caught, total.faults),
        format!("{}/{}", total.alarms, total.harmless)
    );
    println!(
        "\nerrors on the clean translations (real differences or false alarms): {}",
        clean_by_check
            .iter()
            .map(|(k, v)| format!("{k} {v}"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    println!(
        "\n{:<18} {:>16} {:>20}",
        "variant", "caught", "harmless → error"
    );
    for k in FAULTS.iter().chain(HARMLESS) {
        if let Some(t) = by_kind.get(k) {
            if t.faults > 0 {
                println!(
                    "{k:<18} {:>16} {:>20}",
                    format!("{}/{}", t.caught, t.faults),
                    ""
                );
            } else {
                println!(
                    "{k:<18} {:>16} {:>20}",
                    "",
                    format!("{}/{}", t.alarms, t.harmless)
                );
            }
        }
    }
}

/// Writes a variant as a statement directory `<n>-<kind>/` (source and translation files).
fn save(dir: &Option<PathBuf>, n: usize, v: &Variant, source: &str, sl: Lang, tl: Lang) {
    let Some(dir) = dir else { return };
    let d = dir.join(format!("{n}-{}", v.kind));
    let _ = std::fs::create_dir_all(&d);
    let _ = std::fs::write(d.join(format!("{}.md", sl.code)), source);
    let _ = std::fs::write(d.join(format!("{}.md", tl.code)), &v.text);
    let _ = std::fs::write(d.join("statement.yaml"), format!("source: {}\n", sl.code));
}

/// The errors of a run, as `check@source-segment` keys (source side: stable across edits of the
/// translation).
fn errors(findings: &[Finding]) -> impl Iterator<Item = String> + '_ {
    findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .map(|f| {
            let at = f
                .source
                .as_ref()
                .and_then(|s| s.segment.clone())
                .or_else(|| f.target.as_ref().and_then(|t| t.text.clone()))
                .unwrap_or_default();
            format!("{}@{at}", f.check)
        })
}

fn caught(found: &[Finding], v: &Variant) -> bool {
    found
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .any(|f| {
            let Some(seg) = f.source.as_ref().and_then(|s| s.segment.as_deref()) else {
                return false;
            };
            v.expect.iter().any(|e| {
                seg == e
                    || (v.block_level
                        && seg
                            .strip_prefix(e.as_str())
                            .is_some_and(|r| r.starts_with(".s")))
            })
        })
}

/// NTREX-128 documents: per document id, a title (its first sentence) and paragraphs of three
/// sentences, in English, Arabic, Sorani and Kurmanji.
fn ntrex_documents(dir: &Path) -> Option<Vec<Named>> {
    let read = |name: &str| -> Option<Vec<String>> {
        Some(
            std::fs::read_to_string(dir.join(name))
                .ok()?
                .lines()
                .map(str::to_string)
                .collect(),
        )
    };
    let ids = read("DOCUMENT_IDS.tsv")?;
    let files: [(Lang, Vec<String>); 4] = [
        (&EN, read("newstest2019-src.eng.txt")?),
        (&AR, read("newstest2019-ref.arb.txt")?),
        (&CKB, read("newstest2019-ref.ckb-Arab.txt")?),
        (&KMR, read("newstest2019-ref.kmr.txt")?),
    ];
    let mut out = Vec::new();
    let mut start = 0;
    while start < ids.len() {
        let id = &ids[start];
        let end = (start..ids.len())
            .find(|&i| &ids[i] != id)
            .unwrap_or(ids.len());
        let docs = files
            .iter()
            .map(|(lang, lines)| {
                let mut md = format!("# {}\n", escape(&lines[start]));
                for chunk in lines[start + 1..end].chunks(3) {
                    let para: Vec<String> = chunk.iter().map(|l| escape(l)).collect();
                    md.push('\n');
                    md.push_str(&para.join(" "));
                    md.push('\n');
                }
                (*lang, md)
            })
            .collect();
        out.push((format!("ntrex:{id}"), docs));
        start = end;
    }
    Some(out)
}

/// A line of plain text as a Markdown paragraph (no markup, no list marker).
fn escape(s: &str) -> String {
    let s = s
        .trim()
        .replace('\\', "\\\\")
        .replace('*', "\\*")
        .replace('_', "\\_");
    let s = s
        .replace('#', "\\#")
        .replace('[', "\\[")
        .replace('<', "\\<");
    match s.chars().next() {
        Some(c) if c.is_ascii_digit() || c == '-' || c == '+' || c == '>' => format!("\\{s}"),
        _ => s,
    }
}

/// Every fault and harmless variant of `text` (the translation), placed by the clean
/// alignment.
fn variants(source: &Document, target: &Document, text: &str, a: &Alignment) -> Vec<Variant> {
    let lines: Vec<&str> = text.split('\n').collect();
    let lang = target.lang;
    let mut out = Vec::new();
    let fault = |kind, text: String, expect: Vec<String>, block_level| Variant {
        kind,
        text,
        expect,
        block_level,
    };
    let harmless = |kind, text: String| Variant {
        kind,
        text,
        expect: Vec::new(),
        block_level: false,
    };
    // Block beads that pair one block with one block: where a fault's place is known.
    let ones: Vec<(usize, usize)> = a
        .blocks
        .iter()
        .filter(|b| b.src.len() == 1 && b.tgt.len() == 1 && b.moved.is_none())
        .map(|b| (b.src[0], b.tgt[0]))
        .collect();
    for &(i, j) in &ones {
        let (sb, tb) = (&source.blocks[i], &target.blocks[j]);
        let single_line = tb.line == tb.end_line;
        // Drop the block (a list item: the items after it renumbered).
        if sb.kind != BlockKind::Title && single_line {
            let kind = if tb.kind.is_list_item() {
                "drop-item"
            } else {
                "drop-block"
            };
            out.push(fault(
                kind,
                drop_block(&lines, target, j),
                vec![sb.id.clone()],
                false,
            ));
        }
        let bead = a
            .blocks
            .iter()
            .find(|b| b.src == [i] && b.tgt == [j])
            .unwrap();
        let line = lines[tb.line - 1];
        for s in &bead.sentences {
            if s.src.len() != 1 || s.tgt.len() != 1 || !single_line {
                continue;
            }
            let ss = &sb.sentences[s.src[0].sentence];
            let ts = &tb.sentences[s.tgt[0].sentence];
            let Some(at) = line.find(ts.text.as_str()) else {
                continue;
            };
            let mut expect = vec![ss.id.clone()];
            if sb.sentences.len() == 1 {
                expect.push(sb.id.clone());
            }
            // Drop the sentence (only from a block that keeps another).
            if tb.sentences.len() >= 2 {
                let mut l = line.to_string();
                let mut end = at + ts.text.len();
                end += l[end..].len() - l[end..].trim_start().len();
                l.replace_range(at..end, "");
                out.push(fault(
                    "drop-sentence",
                    with_line(&lines, tb.line, l.trim_end()),
                    vec![ss.id.clone()],
                    false,
                ));
            }
            // Cut the sentence in half, at a word boundary.
            let n = ts.text.chars().count();
            if n >= 80 {
                let mid = ts.text.char_indices().nth(n / 2).map_or(0, |(k, _)| k);
                if let Some(sp) = ts.text[..mid].rfind(' ') {
                    let last = ts.text.chars().last().filter(|c| !c.is_alphanumeric());
                    let cut = format!(
                        "{}{}",
                        ts.text[..sp].trim_end_matches([',', '،']),
                        last.map(String::from).unwrap_or_default()
                    );
                    let l = line.replacen(ts.text.as_str(), &cut, 1);
                    out.push(fault(
                        "cut-sentence",
                        with_line(&lines, tb.line, &l),
                        expect.clone(),
                        false,
                    ));
                }
            }
        }
        if !single_line {
            continue;
        }
        // A number in digits changed (its last digit).
        if let Some(l) = change_digit(line) {
            out.push(fault(
                "number",
                with_line(&lines, tb.line, &l),
                vec![sb.id.clone()],
                true,
            ));
        }
        if let Some(l) = change_word(line, lang, &number_words(lang)) {
            out.push(fault(
                "number-word",
                with_line(&lines, tb.line, &l),
                vec![sb.id.clone()],
                true,
            ));
        }
        if let Some(l) = change_unit(line, lang) {
            out.push(fault(
                "unit",
                with_line(&lines, tb.line, &l),
                vec![sb.id.clone()],
                true,
            ));
        }
        if let Some(l) = change_word(line, lang, &month_words(lang)) {
            out.push(fault(
                "month",
                with_line(&lines, tb.line, &l),
                vec![sb.id.clone()],
                true,
            ));
        }
        // Harmless: split the paragraph between its first and second sentences.
        if tb.kind == BlockKind::Paragraph && tb.sentences.len() >= 2 {
            let second = &tb.sentences[1].text;
            if let Some(at) = line.find(second.as_str()) {
                let l = format!("{}\n\n{}", line[..at].trim_end(), &line[at..]);
                out.push(harmless("split-paragraph", with_line(&lines, tb.line, &l)));
            }
        }
        // Harmless: the first two sentences merged into one.
        if tb.sentences.len() >= 2 {
            let first = &tb.sentences[0].text;
            let second = &tb.sentences[1].text;
            if let (Some(a0), Some(a1)) = (line.find(first.as_str()), line.find(second.as_str()))
                && first.ends_with('.')
                && a1 > a0
            {
                let semi = if lang.script == align::lang::Script::Arabic {
                    "؛"
                } else {
                    ";"
                };
                let mut rest = second.to_string();
                let mut cs = rest.chars();
                if let (Some(c0), Some(c1)) = (cs.next(), cs.next())
                    && c0.is_uppercase()
                    && c1.is_lowercase()
                {
                    rest = c0.to_lowercase().chain(rest.chars().skip(1)).collect();
                }
                let merged = format!("{}{semi} {rest}", &first[..first.len() - 1]);
                let l = format!("{}{}{}", &line[..a0], merged, &line[a1 + second.len()..]);
                out.push(harmless("merge-sentences", with_line(&lines, tb.line, &l)));
            }
        }
        // Harmless: a long sentence split at a comma near its middle.
        if let Some(ts) = tb.sentences.iter().find(|s| s.text.chars().count() >= 120)
            && let Some(l) = split_sentence(line, &ts.text, lang)
        {
            out.push(harmless("split-sentence", with_line(&lines, tb.line, &l)));
        }
    }
    // Harmless: two consecutive paragraphs merged (the first pair that pairs 1-1 with two
    // consecutive source paragraphs), and the lede merged into the first paragraph.
    for w in ones.windows(2) {
        let ((i0, j0), (i1, j1)) = (w[0], w[1]);
        let (a0, a1) = (&target.blocks[j0], &target.blocks[j1]);
        if i1 == i0 + 1
            && j1 == j0 + 1
            && a0.kind == BlockKind::Paragraph
            && a1.kind == BlockKind::Paragraph
            && a0.line == a0.end_line
            && a1.line == a1.end_line
        {
            out.push(harmless(
                "merge-paragraphs",
                merge_lines(&lines, a0.line, a1.line),
            ));
            break;
        }
    }
    if let Some(lede) = target.blocks.iter().find(|b| b.kind == BlockKind::Lede)
        && let Some(p1) = target
            .blocks
            .iter()
            .find(|b| b.kind == BlockKind::Paragraph)
        && lede.line == lede.end_line
        && p1.line == p1.end_line
        && source.blocks.iter().any(|b| b.kind == BlockKind::Lede)
    {
        out.push(harmless(
            "lede-into-p1",
            merge_lines(&lines, lede.line, p1.line),
        ));
    }
    // Harmless: the digits in the other script (Arabic-script translations only).
    if lang.script == align::lang::Script::Arabic {
        let has_ascii = text.chars().any(|c| c.is_ascii_digit());
        let swapped: String = text
            .chars()
            .map(|c| match (has_ascii, digit_value(c)) {
                (true, Some(d)) if c.is_ascii_digit() => char::from_u32(0x0660 + d).unwrap(),
                (false, Some(d)) if !c.is_ascii_digit() => char::from_digit(d, 10).unwrap(),
                _ => c,
            })
            .collect();
        if swapped != text {
            out.push(harmless("digit-script", swapped));
        }
    }
    // Two demands swapped (their texts; the numbers stay).
    let demands: Vec<&(usize, usize)> = ones
        .iter()
        .filter(|(_, j)| target.blocks[*j].kind == BlockKind::Demand)
        .collect();
    if let [a0, a1, ..] = demands.as_slice() {
        let (t0, t1) = (&target.blocks[a0.1], &target.blocks[a1.1]);
        if t0.line == t0.end_line && t1.line == t1.end_line {
            let (l0, l1) = (lines[t0.line - 1], lines[t1.line - 1]);
            let (m0, m1) = (marker_end(l0), marker_end(l1));
            let new0 = format!("{}{}", &l0[..m0], &l1[m1..]);
            let new1 = format!("{}{}", &l1[..m1], &l0[m0..]);
            let text = with_line(
                &with_line(&lines, t0.line, &new0)
                    .split('\n')
                    .collect::<Vec<_>>(),
                t1.line,
                &new1,
            );
            out.push(fault(
                "swap-demands",
                text,
                vec![
                    source.blocks[a0.0].id.clone(),
                    source.blocks[a1.0].id.clone(),
                ],
                true,
            ));
        }
    }
    out
}

fn with_line(lines: &[&str], line: usize, new: &str) -> String {
    let mut v: Vec<&str> = lines.to_vec();
    v[line - 1] = new;
    v.join("\n")
}

fn merge_lines(lines: &[&str], a: usize, b: usize) -> String {
    let mut v: Vec<String> = lines.iter().map(|s| s.to_string()).collect();
    v[a - 1] = format!("{} {}", v[a - 1].trim_end(), v[b - 1].trim_start());
    v.drain(a..b);
    v.join("\n")
}

/// Byte length of a list marker and the space after it at the start of `line`.
fn marker_end(line: &str) -> usize {
    let t = line.trim_start();
    let lead = line.len() - t.len();
    let digits: usize = t
        .chars()
        .take_while(|c| digit_value(*c).is_some())
        .map(char::len_utf8)
        .sum();
    let rest = &t[digits..];
    let delim = rest.chars().next().map_or(0, char::len_utf8);
    let spaces = rest[delim..].len() - rest[delim..].trim_start().len();
    lead + digits + delim + spaces
}

/// The text without block `j` (and a blank line next to it); list items after it in its list
/// renumbered.
fn drop_block(lines: &[&str], d: &Document, j: usize) -> String {
    let b = &d.blocks[j];
    let mut v: Vec<String> = lines.iter().map(|s| s.to_string()).collect();
    if let Some(pos) = &b.list {
        let list = &d.lists[pos.list - 1];
        for id in list.items.iter().skip(pos.item) {
            if let Some(item) = d.block(id) {
                let l = &v[item.line - 1];
                v[item.line - 1] = renumber(l);
            }
        }
    }
    let (start, end) = (b.line - 1, b.end_line);
    let blank_after = v.get(end).is_some_and(|l| l.trim().is_empty());
    let blank_before = start > 0 && v[start - 1].trim().is_empty();
    let (s, e) = if blank_after && !b.kind.is_list_item() {
        (start, end + 1)
    } else if blank_before && !b.kind.is_list_item() {
        (start - 1, end)
    } else {
        (start, end)
    };
    v.drain(s..e);
    v.join("\n")
}

/// `3. foo` → `2. foo`, in the marker's own digits.
fn renumber(line: &str) -> String {
    let t = line.trim_start();
    let lead = &line[..line.len() - t.len()];
    let digits: String = t
        .chars()
        .take_while(|c| digit_value(*c).is_some())
        .collect();
    let Some(n) = digits
        .chars()
        .try_fold(0u32, |acc, c| digit_value(c).map(|d| acc * 10 + d))
    else {
        return line.to_string();
    };
    if digits.is_empty() || n == 0 {
        return line.to_string();
    }
    let zero = digits
        .chars()
        .next()
        .map_or(0x30, |c| c as u32 - digit_value(c).unwrap());
    let new: String = (n - 1)
        .to_string()
        .chars()
        .map(|c| char::from_u32(zero + c.to_digit(10).unwrap()).unwrap())
        .collect();
    format!("{lead}{new}{}", &t[digits.len()..])
}

/// The line with the last digit of its first number of two or more digits (after any list
/// marker) changed.
fn change_digit(line: &str) -> Option<String> {
    let start = marker_end(line);
    let chars: Vec<(usize, char)> = line[start..]
        .char_indices()
        .map(|(k, c)| (k + start, c))
        .collect();
    let mut k = 0;
    while k < chars.len() {
        if digit_value(chars[k].1).is_some() {
            let mut e = k;
            while e + 1 < chars.len() && digit_value(chars[e + 1].1).is_some() {
                e += 1;
            }
            let (at, c) = chars[e];
            let d = digit_value(c)?;
            let zero = c as u32 - d;
            let new = char::from_u32(zero + (d + 3) % 10)?;
            let mut l = line.to_string();
            l.replace_range(at..at + c.len_utf8(), &new.to_string());
            return Some(l);
        }
        k += 1;
    }
    None
}

/// Number words 2–10 of a language, in order, for replacing one with the next.
fn number_words(lang: Lang) -> Vec<(String, u64)> {
    lang.number_words
        .iter()
        .filter(|(_, v)| (2..=10).contains(v))
        .map(|(w, v)| (w.to_string(), *v))
        .collect()
}

/// Gregorian month names of a language written as one word that starts no longer name
/// (`Kanûn` is left alone: `Kanûna Paşîn` is January), for replacing one with the next.
fn month_words(lang: Lang) -> Vec<(String, u64)> {
    let mut seen = BTreeSet::new();
    let starts_longer = |name: &str| {
        lang.months.iter().any(|m| {
            m.name.contains(' ')
                && m.name
                    .split(' ')
                    .next()
                    .is_some_and(|w| w.starts_with(name) || name.starts_with(w))
        })
    };
    lang.months
        .iter()
        .filter(|m| m.calendar == align::lang::Calendar::Gregorian && !m.name.contains(' '))
        .filter(|m| !starts_longer(m.name))
        .filter(|m| m.name.chars().count() > 3)
        .filter(|m| seen.insert((m.month, m.name)))
        .map(|m| (m.name.to_string(), m.month as u64))
        .collect()
}

/// The line with the first whole word of `table` (case-insensitive; Latin words may carry a
/// case ending) replaced by a word of the next value.
fn change_word(line: &str, lang: Lang, table: &[(String, u64)]) -> Option<String> {
    let start = marker_end(line);
    for (at, word) in words(&line[start..]) {
        let at = at + start;
        let lower = word.to_lowercase();
        for (w, v) in table {
            let hit = lower == *w
                || (lang.script == align::lang::Script::Latin
                    && lower.starts_with(w.as_str())
                    && lower.chars().count() <= w.chars().count() + 2
                    && w.chars().count() >= 3);
            if !hit {
                continue;
            }
            let next = table
                .iter()
                .find(|(_, x)| *x == v % 12 + 1 || (*x == v + 1))?;
            let mut new = next.0.clone();
            if word.chars().next().is_some_and(char::is_uppercase) {
                let mut cs = new.chars();
                new = cs
                    .next()
                    .map(|c| c.to_uppercase().chain(cs).collect())
                    .unwrap_or_default();
            }
            // The case ending the word carried (`Çileyê` → `Sibatê`).
            let suffix: String = word.chars().skip(w.chars().count()).collect();
            let suffix = if lower == *w { String::new() } else { suffix };
            let mut l = line.to_string();
            l.replace_range(at..at + word.len(), &format!("{new}{suffix}"));
            return Some(l);
        }
    }
    None
}

fn words(s: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices() {
        let w = c.is_alphabetic() || c == '\u{200C}' || ('\u{064B}'..='\u{065F}').contains(&c);
        match (w, start) {
            (true, None) => start = Some(i),
            (false, Some(st)) => {
                out.push((st, &s[st..i]));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(st) = start {
        out.push((st, &s[st..]));
    }
    out
}

/// Units that follow a number, per language: each pair swaps one for the other.
fn unit_pairs(lang: Lang) -> &'static [(&'static str, &'static str)] {
    match lang.code {
        "en" => &[
            ("days", "weeks"),
            ("weeks", "days"),
            ("months", "years"),
            ("years", "months"),
            ("hours", "minutes"),
            ("minutes", "hours"),
            ("percent", "points"),
            ("kilometres", "miles"),
            ("kilometers", "miles"),
            ("miles", "kilometres"),
            ("dollars", "pounds"),
            ("pounds", "dollars"),
        ],
        "ar" => &[
            ("أيام", "أسابيع"),
            ("أسابيع", "أيام"),
            ("أشهر", "سنوات"),
            ("شهرا", "عاما"),
            ("سنوات", "أشهر"),
            ("عاما", "شهرا"),
            ("ساعات", "دقائق"),
            ("دقيقة", "ساعة"),
            ("كيلومترات", "أميال"),
            ("دولار", "جنيه"),
            ("جنيه", "دولار"),
        ],
        "kmr" => &[
            ("rojan", "hefteyan"),
            ("roj", "hefte"),
            ("hefte", "roj"),
            ("mehan", "salan"),
            ("meh", "sal"),
            ("salan", "mehan"),
            ("sal", "meh"),
            ("saet", "deqîqe"),
            ("deqîqe", "saet"),
            ("kîlometre", "mîl"),
            ("dolar", "pound"),
        ],
        "ckb" => &[
            ("ڕۆژ", "هەفتە"),
            ("هەفتە", "ڕۆژ"),
            ("مانگ", "ساڵ"),
            ("ساڵ", "مانگ"),
            ("کاتژمێر", "خولەک"),
            ("خولەک", "کاتژمێر"),
            ("کیلۆمەتر", "میل"),
            ("دۆلار", "پاوەند"),
            ("پاوەند", "دۆلار"),
        ],
        _ => &[],
    }
}

/// The line with the unit after its first number changed (`five days` → `five weeks`).
fn change_unit(line: &str, lang: Lang) -> Option<String> {
    let ws = words(line);
    let numberish = |w: &str| {
        w.chars().all(|c| digit_value(c).is_some())
            || lang
                .number_words
                .iter()
                .any(|(x, v)| *x == w.to_lowercase() && *v >= 2)
    };
    for (k, (at, w)) in ws.iter().enumerate() {
        for (from, to) in unit_pairs(lang) {
            let lower = w.to_lowercase();
            let hit = lower == *from
                || (lang.code == "ckb"
                    && lower.starts_with(from)
                    && lower.chars().count() <= from.chars().count() + 3);
            if !hit {
                continue;
            }
            // A number just before it: digits between the previous word and this one, or a
            // number word.
            let prev_end = if k > 0 {
                ws[k - 1].0 + ws[k - 1].1.len()
            } else {
                0
            };
            let gap = &line[prev_end..*at];
            let digits_before = gap.chars().any(|c| digit_value(c).is_some());
            let word_before = k > 0 && numberish(ws[k - 1].1) && gap.trim().is_empty();
            if !(digits_before || word_before) {
                continue;
            }
            // Not the word after a percent phrase (`لە سەدا ٤.٨ ساڵ بە ساڵ`: 4.8 per cent year
            // on year): that number's unit is the per cent.
            if digits_before && k > 0 && ["سەدا", "sedî"].contains(&ws[k - 1].1) {
                continue;
            }
            let mut l = line.to_string();
            l.replace_range(*at..*at + from.len(), to);
            return Some(l);
        }
    }
    None
}

/// The line with `sentence` split in two at its comma nearest the middle.
fn split_sentence(line: &str, sentence: &str, lang: Lang) -> Option<String> {
    let at = line.find(sentence)?;
    let mid = sentence.len() / 2;
    let comma = sentence
        .match_indices([',', '،'])
        .map(|(k, _)| k)
        .filter(|&k| k > sentence.len() / 5 && k < sentence.len() * 4 / 5)
        .min_by_key(|&k| k.abs_diff(mid))?;
    let c = sentence[comma..].chars().next()?;
    let rest = sentence[comma + c.len_utf8()..].trim_start();
    let rest = if lang.script == align::lang::Script::Latin {
        let mut cs = rest.chars();
        let first = cs.next()?;
        first.to_uppercase().chain(cs).collect::<String>()
    } else {
        rest.to_string()
    };
    let new = format!("{}. {}", &sentence[..comma], rest);
    Some(format!(
        "{}{}{}",
        &line[..at],
        new,
        &line[at + sentence.len()..]
    ))
}
