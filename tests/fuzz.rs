//! Fuzzing that stays: property tests over real statements mutated the way careless pastes
//! and hostile pull requests mutate them — indentation, list markers, digits, bidi controls,
//! truncation, stray bytes (NUL, CR, BOM, Markdown syntax), lines deleted, doubled, swapped.
//! Every property must hold for every input: no panic; locations inside the file; exit codes
//! in {0, 1, 2}; valid JSON; time linear in the input's size.
//!
//! Bounded: `ALIGN_FUZZ_CASES` cases per property (default 48; `.ci/run` runs a longer round in
//! release mode). Inputs that once failed are kept in `tests/fixtures/fuzz/` and run every time.

mod common;

use std::path::Path;
use std::time::Instant;

use align::align::statement::Prepared;
use align::check::{Settings, check_document};
use align::document::Document;
use align::lang::{AR, EN, Lang};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

fn cases() -> u32 {
    std::env::var("ALIGN_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(48)
}

fn runner() -> TestRunner {
    TestRunner::new(Config {
        cases: cases(),
        failure_persistence: None,
        ..Config::default()
    })
}

fn read(rel: &str) -> String {
    std::fs::read_to_string(common::root().join(rel)).unwrap()
}

/// What a careless paste or a hostile pull request does to a file.
#[derive(Debug, Clone)]
enum Mutation {
    Indent(usize, usize),
    Marker(usize, usize),
    Digit(usize, usize),
    Insert(usize, usize),
    Truncate(usize),
    DeleteLine(usize),
    DuplicateLine(usize),
    SwapLines(usize, usize),
}

/// Fragments inserted at random places: control characters, bidi controls, Markdown syntax.
const FRAGMENTS: &[&str] = &[
    "\r",
    "\0",
    "\u{FEFF}",
    "\u{200B}",
    "\u{202E}",
    "\u{2067}",
    "\u{2069}",
    "\u{200F}",
    "\u{061C}",
    "\u{1b}[2J",
    "\u{1b}]52;c;aGk=\u{7}",
    "<!--",
    "-->",
    "<!-- align: allow all -->",
    "<div>",
    "```",
    "    ",
    "\n\n",
    "\n",
    "# ",
    "## ",
    "**",
    "_",
    "[",
    "](http://x)",
    "|",
    "\\",
    "> ",
    "- ",
    "1. ",
    "١. ",
    "12) ",
    "3.5",
    "250.000",
    "٢٥٠",
    "7 January 2026",
    "٧ كانون الثاني/يناير",
    "…",
    "U.N. ",
    "Dr. ",
    "\u{0651}",
    "ـ",
    "\u{200C}",
];

const MARKERS: &[&str] = &["1. ", "١. ", "- ", "* ", "12) ", "3- ", "۱. ", "• "];

fn mutation() -> impl Strategy<Value = Mutation> {
    let n = 0usize..10_000;
    prop_oneof![
        (n.clone(), 1usize..9).prop_map(|(a, b)| Mutation::Indent(a, b)),
        (n.clone(), 0..MARKERS.len()).prop_map(|(a, b)| Mutation::Marker(a, b)),
        (n.clone(), 0usize..30).prop_map(|(a, b)| Mutation::Digit(a, b)),
        (n.clone(), 0..FRAGMENTS.len()).prop_map(|(a, b)| Mutation::Insert(a, b)),
        n.clone().prop_map(Mutation::Truncate),
        n.clone().prop_map(Mutation::DeleteLine),
        n.clone().prop_map(Mutation::DuplicateLine),
        (n.clone(), n).prop_map(|(a, b)| Mutation::SwapLines(a, b)),
    ]
}

/// Nearest char boundary at or before `i` (modulo the length).
fn at(text: &str, i: usize) -> usize {
    if text.is_empty() {
        return 0;
    }
    let mut i = i % (text.len() + 1);
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn apply(text: &str, ms: &[Mutation]) -> String {
    let mut t = text.to_string();
    for m in ms {
        let mut lines: Vec<String> = t.split('\n').map(str::to_string).collect();
        let nl = lines.len().max(1);
        match m {
            Mutation::Indent(l, n) => lines[l % nl].insert_str(0, &" ".repeat(*n)),
            Mutation::Marker(l, k) => lines[l % nl].insert_str(0, MARKERS[*k]),
            Mutation::Digit(p, d) => {
                let digits: Vec<(usize, char)> =
                    t.char_indices().filter(|(_, c)| c.is_numeric()).collect();
                if !digits.is_empty() {
                    let (i, c) = digits[p % digits.len()];
                    let scripts = ['0', '\u{660}', '\u{6F0}'];
                    let new = char::from_u32(scripts[d % 3] as u32 + (*d as u32 % 10)).unwrap();
                    t.replace_range(i..i + c.len_utf8(), &new.to_string());
                }
                continue;
            }
            Mutation::Insert(p, f) => {
                let i = at(&t, *p);
                t.insert_str(i, FRAGMENTS[*f]);
                continue;
            }
            Mutation::Truncate(p) => {
                let i = at(&t, *p);
                t.truncate(i);
                continue;
            }
            Mutation::DeleteLine(l) => {
                lines.remove(l % nl);
            }
            Mutation::DuplicateLine(l) => {
                let x = lines[l % nl].clone();
                lines.insert(l % nl, x);
            }
            Mutation::SwapLines(a, b) => lines.swap(a % nl, b % nl),
        }
        t = lines.join("\n");
    }
    t
}

fn mutations() -> impl Strategy<Value = Vec<Mutation>> {
    proptest::collection::vec(mutation(), 1..8)
}

/// Every block and sentence points inside the file.
fn located(d: &Document, text: &str) {
    let lines = text.split('\n').count().max(1);
    for b in &d.blocks {
        assert!(
            b.line >= 1 && b.line <= lines + 1,
            "{}: line {}",
            b.id,
            b.line
        );
        assert!(b.end_line >= b.line, "{}", b.id);
        for s in &b.sentences {
            assert!(s.line >= 1 && s.line <= lines + 1, "{}", s.id);
            assert!(b.text.get(s.range.clone()).is_some(), "{}", s.id);
        }
    }
}

#[test]
fn segmentation_of_mutated_statements() {
    let en = read("statements/aleppo-2026-01/en.md");
    let ar = read("statements/aleppo-2026-01/ar.md");
    runner()
        .run(&(mutations(), any::<bool>()), |(ms, arabic)| {
            let (base, lang): (&str, Lang) = if arabic { (&ar, &AR) } else { (&en, &EN) };
            let text = apply(base, &ms);
            let d = Document::parse("x.md", &text, lang);
            located(&d, &text);
            Ok(())
        })
        .unwrap();
}

#[test]
fn checking_mutated_translations_and_sources() {
    let en = read("statements/aleppo-2026-01/en.md");
    let ar = read("statements/aleppo-2026-01/ar.md");
    let settings = Settings::default();
    runner()
        .run(&(mutations(), mutations()), |(ms, mt)| {
            let s_text = apply(&en, &ms);
            let t_text = apply(&ar, &mt);
            let s = Document::parse("en.md", &s_text, &EN);
            let t = Document::parse("ar.md", &t_text, &AR);
            let (findings, alignment, _) =
                check_document("x", &s, &Prepared::new(&s), &t, &settings, None);
            // Every block of both sides is in exactly one bead.
            let mut seen_s = vec![0; s.blocks.len()];
            let mut seen_t = vec![0; t.blocks.len()];
            for b in &alignment.blocks {
                b.src.iter().for_each(|&i| seen_s[i] += 1);
                b.tgt.iter().for_each(|&j| seen_t[j] += 1);
            }
            assert!(seen_s.iter().chain(&seen_t).all(|&n| n == 1));
            for f in &findings {
                for loc in [&f.source, &f.target].into_iter().flatten() {
                    assert!(loc.line >= 1);
                }
            }
            Ok(())
        })
        .unwrap();
}

#[test]
fn yaml_files_of_every_kind() {
    let tmp = tempfile::tempdir().unwrap();
    let bases = [
        read("align.yaml"),
        read("glossary.yaml"),
        read("statements/aleppo-2026-01/align.lock"),
        "title: x\nsource: en\ntargets: [ar, kmr]\n".to_string(),
        "version: 1\nfindings:\n- statement: a\n  lang: ar\n  check: number-mismatch\n  segment: p1\n"
            .to_string(),
    ];
    runner()
        .run(&(0..bases.len(), mutations()), |(k, ms)| {
            let text = apply(&bases[k], &ms);
            let p = tmp.path().join("f.yaml");
            std::fs::write(&p, &text).unwrap();
            let _ = align::config::Project::discover(tmp.path(), Some(&p));
            let _ = align::glossary::Glossary::load(&p);
            let _ = align::drift::Lock::load(&p, "aleppo-2026-01", None);
            let _ = align::check::Baseline::load(&p);
            let _: Result<align::statement::StatementMeta, _> = align::statement::read_yaml(&p);
            Ok(())
        })
        .unwrap();
}

#[test]
fn pairing_arbitrary_lines() {
    let strategy = (
        proptest::collection::vec(".{0,80}", 0..40),
        proptest::collection::vec(".{0,80}", 0..40),
    );
    runner()
        .run(&strategy, |(a, b)| {
            let sa: Vec<&str> = a.iter().map(String::as_str).collect();
            let sb: Vec<&str> = b.iter().map(String::as_str).collect();
            let beads = align::align::align(
                align::align::Side::new(&sa, &EN),
                align::align::Side::new(&sb, &AR),
                &align::align::Options::default(),
            );
            // Monotone and complete.
            let (mut i, mut j) = (0, 0);
            for bead in &beads {
                assert_eq!(bead.src.start, i);
                assert_eq!(bead.tgt.start, j);
                i = bead.src.end;
                j = bead.tgt.end;
            }
            assert_eq!((i, j), (sa.len(), sb.len()));
            Ok(())
        })
        .unwrap();
}

/// Runs the binary on a statement directory; exit code and stdout.
fn check_dir(dir: &Path, format: &str) -> (i32, String) {
    let out = common::align()
        .current_dir(dir)
        .args(["check", ".", "--format", format])
        .timeout(std::time::Duration::from_secs(60))
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

#[test]
fn the_binary_on_mutated_statements() {
    let en = read("statements/aleppo-2026-01/en.md");
    let ar = read("statements/aleppo-2026-01/ar.md");
    let mut r = TestRunner::new(Config {
        cases: (cases() / 4).max(6),
        failure_persistence: None,
        ..Config::default()
    });
    r.run(
        &(mutations(), mutations(), any::<bool>()),
        |(ms, mt, bytes)| {
            let tmp = tempfile::tempdir().unwrap();
            std::fs::write(tmp.path().join("en.md"), apply(&en, &ms)).unwrap();
            let t = apply(&ar, &mt);
            if bytes {
                // Not UTF-8 at all, somewhere.
                let mut b = t.into_bytes();
                let i = b.len() / 2;
                b.insert(i, 0xFF);
                std::fs::write(tmp.path().join("ar.md"), b).unwrap();
            } else {
                std::fs::write(tmp.path().join("ar.md"), t).unwrap();
            }
            let (code, out) = check_dir(tmp.path(), "json");
            assert!([0, 1, 2].contains(&code), "exit {code}");
            if code != 2 {
                let _: serde_json::Value = serde_json::from_str(&out).expect("valid JSON");
            }
            let (code, _) = check_dir(tmp.path(), "human");
            assert!([0, 1, 2].contains(&code), "exit {code}");
            Ok(())
        },
    )
    .unwrap();
}

/// Inputs that once crashed or hung `align`: each directory under `tests/fixtures/fuzz/` is a
/// statement; `align check` must exit 0, 1 or 2 on it, with valid JSON.
#[test]
fn inputs_that_failed_once() {
    let dir = common::root().join("tests/fixtures/fuzz");
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).unwrap().flatten() {
        if !entry.path().is_dir() {
            continue;
        }
        n += 1;
        let (code, out) = check_dir(&entry.path(), "json");
        assert!(
            [0, 1, 2].contains(&code),
            "{}: exit {code}",
            entry.path().display()
        );
        if code != 2 {
            let _: serde_json::Value = serde_json::from_str(&out).expect("valid JSON");
        }
    }
    assert!(n > 0, "the corpus is there");
}

/// Checking time grows linearly with the statement: eight times the text takes far less than
/// sixty-four times as long (a quadratic path would).
#[test]
fn time_is_linear_in_size() {
    let en = read("statements/aleppo-2026-01/en.md");
    let ar = read("statements/aleppo-2026-01/ar.md");
    let body = |t: &str| t.split_once("\n\n").map_or(t, |x| x.1).to_string();
    let grown = |t: &str, k: usize| {
        let mut out = t.to_string();
        for _ in 1..k {
            out.push_str("\n\n");
            out.push_str(&body(t));
        }
        out
    };
    let time = |k: usize| {
        let (s_text, t_text) = (grown(&en, k), grown(&ar, k));
        let settings = Settings::default();
        let start = Instant::now();
        let s = Document::parse("en.md", &s_text, &EN);
        // The translation loses every third block: omissions are where quadratic paths hid.
        let t_text: String = t_text
            .split("\n\n")
            .enumerate()
            .filter(|(i, _)| i % 3 != 1)
            .map(|(_, b)| b)
            .collect::<Vec<_>>()
            .join("\n\n");
        let t = Document::parse("ar.md", &t_text, &AR);
        let _ = check_document("x", &s, &Prepared::new(&s), &t, &settings, None);
        start.elapsed().as_secs_f64()
    };
    let small = time(4);
    let large = time(32);
    assert!(
        large < small * 30.0 + 2.0,
        "8x the text took {large:.2}s against {small:.2}s"
    );
}
