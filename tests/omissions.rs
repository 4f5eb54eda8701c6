//! A pass must mean nothing is missing: omissions hidden in merges, partial omissions, and the
//! harmless restructurings that must not raise an error — through the real binary, on copies
//! of the bundled statement and of the UDHR fixtures with one edit each.

mod common;

use common::{copy_dir, root, run_in};
use serde_json::Value;

/// A copy of `from` (relative to the crate root) in a fresh directory beside the project's
/// `align.yaml` and `glossary.yaml`, with `edit` applied to `file`; returns the findings of
/// `align check --format json` for `lang` as (check, severity, source segment, source line,
/// target line).
fn check_edited(
    from: &str,
    file: &str,
    lang: &str,
    edit: impl Fn(&str) -> String,
) -> Vec<(String, String, String, u64, u64)> {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("st");
    copy_dir(&root().join(from), &dir);
    for f in ["align.yaml", "glossary.yaml"] {
        std::fs::copy(root().join(f), tmp.path().join(f)).unwrap();
    }
    let path = dir.join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    let edited = edit(&text);
    assert_ne!(edited, text, "the edit changed nothing");
    std::fs::write(&path, edited).unwrap();
    let (code, out, err) = run_in(
        tmp.path(),
        &["check", "st", "--lang", lang, "--format", "json"],
    );
    assert!(code == 0 || code == 1, "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    findings(&v)
}

fn findings(v: &Value) -> Vec<(String, String, String, u64, u64)> {
    v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let s = |k: &str| f[k].as_str().unwrap_or("").to_string();
            (
                s("check"),
                s("severity"),
                f["source"]["segment"].as_str().unwrap_or("").to_string(),
                f["source"]["line"].as_u64().unwrap_or(0),
                f["target"]["line"].as_u64().unwrap_or(0),
            )
        })
        .collect()
}

fn errors(f: &[(String, String, String, u64, u64)]) -> Vec<(String, String, u64)> {
    f.iter()
        .filter(|x| x.1 == "error")
        .map(|x| (x.0.clone(), x.2.clone(), x.3))
        .collect()
}

fn err(check: &str, seg: &str, line: u64) -> (String, String, u64) {
    (check.to_string(), seg.to_string(), line)
}

/// Paragraphs of a file (blank-line separated).
fn paragraphs(s: &str) -> Vec<String> {
    s.split("\n\n").map(str::to_string).collect()
}

/// Sentences of one line, split after `.` or `؟` and a space (good enough for these files).
fn sentences(p: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let chars: Vec<char> = p.chars().collect();
    for (k, c) in chars.iter().enumerate() {
        cur.push(*c);
        if matches!(c, '.' | '؟') && chars.get(k + 1) == Some(&' ') {
            out.push(cur.trim().to_string());
            cur.clear();
        }
    }
    if !cur.trim().is_empty() {
        out.push(cur.trim().to_string());
    }
    out
}

const ALEPPO: &str = "statements/aleppo-2026-01";
const UDHR: &str = "tests/fixtures/udhr";

/// The paragraph index after the heading that starts with `heading`.
fn after_heading(p: &[String], heading: &str) -> usize {
    p.iter().position(|x| x.starts_with(heading)).unwrap() + 1
}

// 1. A paragraph dropped next to another must not hide in a merge (nor hide the real omission
//    of the UDHR's Arabic preamble).
#[test]
fn udhr_arabic_article_2_paragraph_dropped() {
    let f = check_edited(UDHR, "ar.md", "ar", |s| {
        let mut p = paragraphs(s);
        let i = after_heading(&p, "## المادة 2");
        p.remove(i + 1);
        p.join("\n\n")
    });
    assert_eq!(
        errors(&f),
        [
            err("missing-segment", "p4", 11),
            err("missing-segment", "p13", 33)
        ],
        "{f:#?}"
    );
}

#[test]
fn udhr_arabic_article_2_merged_is_harmless() {
    let f = check_edited(UDHR, "ar.md", "ar", |s| {
        let mut p = paragraphs(s);
        let i = after_heading(&p, "## المادة 2");
        let second = p.remove(i + 1);
        p[i] = format!("{} {second}", p[i]);
        p.join("\n\n")
    });
    // Only the preamble's real omission; the merge is a note.
    assert_eq!(errors(&f), [err("missing-segment", "p4", 11)], "{f:#?}");
    assert!(
        f.iter().any(|x| x.0 == "restructured" && x.2 == "p12"),
        "{f:#?}"
    );
}

// 2. The second sentence of the first "About" paragraph dropped.
fn drop_about_sentence(s: &str) -> String {
    let mut p = paragraphs(s);
    let i = p.iter().position(|x| x.starts_with("## ")).unwrap() + 1;
    let mut ss = sentences(&p[i]);
    ss.remove(1);
    p[i] = ss.join(" ");
    p.join("\n\n")
}

#[test]
fn about_sentence_dropped() {
    for (file, lang) in [("ar.md", "ar"), ("kmr.md", "kmr")] {
        let f = check_edited(ALEPPO, file, lang, drop_about_sentence);
        assert_eq!(
            errors(&f),
            [err("missing-segment", "p9.s2", 41)],
            "{lang}: {f:#?}"
        );
    }
}

#[test]
fn about_sentences_merged_is_harmless() {
    for (file, lang, join) in [("ar.md", "ar", "، "), ("kmr.md", "kmr", ", ")] {
        let f = check_edited(ALEPPO, file, lang, |s| {
            let mut p = paragraphs(s);
            let i = p.iter().position(|x| x.starts_with("## ")).unwrap() + 1;
            let ss = sentences(&p[i]);
            let first = ss[0].trim_end_matches('.');
            p[i] = format!("{first}{join}{}", ss[1..].join(" "));
            p.join("\n\n")
        });
        assert!(errors(&f).is_empty(), "{lang}: {f:#?}");
    }
}

// 3. The lead-in to the demands loses its last sentence: reported there, not at a neighbour,
//    and its terms are not reported again.
fn drop_lead_in_end(s: &str) -> String {
    let mut p = paragraphs(s);
    let i = p
        .iter()
        .position(|x| x.starts_with("1.") || x.starts_with("١."))
        .unwrap()
        - 1;
    let mut ss = sentences(&p[i]);
    ss.pop();
    p[i] = ss.join(" ");
    p.join("\n\n")
}

#[test]
fn lead_in_sentence_dropped() {
    for (file, lang) in [("ar.md", "ar"), ("ckb.md", "ckb"), ("kmr.md", "kmr")] {
        let f = check_edited(ALEPPO, file, lang, drop_lead_in_end);
        assert_eq!(
            errors(&f),
            [err("missing-segment", "p6.s2", 15)],
            "{lang}: {f:#?}"
        );
        assert_eq!(f.len(), 1, "{lang}: one fault, one finding: {f:#?}");
    }
}

// 4. The lede deleted: reported at the lede; merged into the first paragraph: a note.
#[test]
fn lede_deleted_or_merged() {
    for (file, lang) in [("kmr.md", "kmr"), ("ar.md", "ar"), ("ckb.md", "ckb")] {
        let f = check_edited(ALEPPO, file, lang, |s| {
            let mut p = paragraphs(s);
            p.remove(1);
            p.join("\n\n")
        });
        assert_eq!(
            errors(&f),
            [err("missing-segment", "lede", 3)],
            "{lang}: {f:#?}"
        );
        // 6. Look-alike: the lede merged into the first paragraph.
        let f = check_edited(ALEPPO, file, lang, |s| {
            let mut p = paragraphs(s);
            let p1 = p.remove(2);
            p[1] = format!("{} {p1}", p[1]);
            p.join("\n\n")
        });
        assert!(errors(&f).is_empty(), "{lang}: {f:#?}");
        assert!(
            f.iter().any(|x| x.0 == "restructured" && x.1 == "info"),
            "{lang}: {f:#?}"
        );
    }
}

// 5. An article cut after its first sentence: a partial omission is an error.
#[test]
fn udhr_arabic_article_18_cut() {
    let f = check_edited(UDHR, "ar.md", "ar", |s| {
        let mut p = paragraphs(s);
        let i = after_heading(&p, "## المادة 18");
        p[i] = sentences(&p[i])[0].clone();
        p.join("\n\n")
    });
    assert_eq!(
        errors(&f),
        [
            err("missing-segment", "p4", 11),
            err("missing-content", "p23.s1", 104)
        ],
        "{f:#?}"
    );
}

// 7. A deleted demand: one finding, at that demand, with the list's counts.
#[test]
fn demand_deleted() {
    for (file, lang) in [("ar.md", "ar"), ("ckb.md", "ckb"), ("kmr.md", "kmr")] {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("st");
        copy_dir(&root().join(ALEPPO), &dir);
        for f in ["align.yaml", "glossary.yaml"] {
            std::fs::copy(root().join(f), tmp.path().join(f)).unwrap();
        }
        let path = dir.join(file);
        let text = std::fs::read_to_string(&path).unwrap();
        let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
        let i = lines
            .iter()
            .position(|l| l.starts_with("3.") || l.starts_with("٣."))
            .unwrap();
        lines.remove(i);
        lines[i] = lines[i].replacen("4.", "3.", 1).replacen("٤.", "٣.", 1);
        std::fs::write(&path, lines.join("\n") + "\n").unwrap();
        let (code, out, _) = run_in(
            tmp.path(),
            &["check", "st", "--lang", lang, "--format", "json"],
        );
        assert_eq!(code, 1);
        let v: Value = serde_json::from_str(&out).unwrap();
        let all = v["findings"].as_array().unwrap();
        assert_eq!(all.len(), 1, "{lang}: {all:#?}");
        let f = &all[0];
        assert_eq!(f["check"], "missing-segment");
        assert_eq!(f["source"]["segment"], "l1.3");
        assert_eq!(f["source"]["line"], 19);
        assert_eq!(f["target"]["line"], 19);
        assert_eq!(f["details"]["source_items"], 4);
        assert_eq!(f["details"]["target_items"], 3);
        // Human output: the finding names the missing demand first and only.
        let (_, human, _) = run_in(tmp.path(), &["check", "st", "--lang", lang]);
        assert!(
            human.starts_with(&format!(
                "error[missing-segment]: st/{file}:19: this demand is missing from the translation"
            )),
            "{human}"
        );
    }
}

#[test]
fn clean_statement_has_no_omission() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("st");
    copy_dir(&root().join(ALEPPO), &dir);
    let (code, out, err) = run_in(
        &root(),
        &["check", dir.to_str().unwrap(), "--format", "json"],
    );
    assert_eq!(code, 0, "{out}{err}");
}
