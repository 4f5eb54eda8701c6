//! Alignment through the real binary: `align pair` on bitext files, `align show` on the bundled
//! statement and on the UDHR in Arabic and Kurmanji.

mod common;

use common::{json, run, run_in};
use serde_json::Value;

fn blocks(v: &Value) -> Vec<Value> {
    v["blocks"].as_array().unwrap().clone()
}

fn ids(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_str().unwrap().to_string())
        .collect()
}

#[test]
fn bundled_statement_aligns_one_to_one_in_every_translation() {
    for lang in ["ar", "kmr", "ckb"] {
        let v = json(&[
            "show",
            "statements/aleppo-2026-01",
            "--lang",
            lang,
            "--format",
            "json",
        ]);
        let b = blocks(&v);
        assert_eq!(b.len(), 30, "{lang}");
        for bead in &b {
            assert_eq!(bead["kind"], "1-1", "{lang}: {bead}");
            assert_eq!(bead["source"], bead["target"], "{lang}: block ids differ");
            for s in bead["sentences"].as_array().unwrap() {
                assert_eq!(s["kind"], "1-1", "{lang}: {s}");
                assert_eq!(s["source"], s["target"], "{lang}");
            }
        }
    }
}

#[test]
fn udhr_arabic_only_the_missing_recital_is_left_out() {
    let v = json(&[
        "show",
        "tests/fixtures/udhr",
        "--lang",
        "ar",
        "--format",
        "json",
    ]);
    let b = blocks(&v);
    let omitted: Vec<Vec<String>> = b
        .iter()
        .filter(|x| x["kind"] == "1-0")
        .map(|x| ids(&x["source"]))
        .collect();
    assert_eq!(omitted, [vec!["p4".to_string()]]);
    // p4 is "Whereas it is essential to promote the development of friendly relations…".
    let seg = json(&["segment", "tests/fixtures/udhr/en.md", "--format", "json"]);
    let p4 = seg["documents"][0]["blocks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["id"] == "p4")
        .unwrap()
        .clone();
    assert!(
        p4["text"]
            .as_str()
            .unwrap()
            .contains("friendly relations between nations")
    );
    // The only addition is the Arabic note (the adoption reference), read as the lede.
    let added: Vec<Vec<String>> = b
        .iter()
        .filter(|x| x["kind"] == "0-1")
        .map(|x| ids(&x["target"]))
        .collect();
    assert_eq!(added, [vec!["lede".to_string()]]);
    // Article for article: every heading pairs with its heading, every list item with its item.
    for bead in &b {
        let (s, t) = (ids(&bead["source"]), ids(&bead["target"]));
        if s.iter().any(|x| x.starts_with('h') || x.starts_with('l')) {
            assert_eq!(bead["kind"], "1-1", "{bead}");
        }
        if s.len() == 1 && s[0].starts_with('l') {
            assert_eq!(s, t, "list items pair by number");
        }
    }
}

#[test]
fn udhr_kurmanji_aligns_article_for_article_and_merges_the_closing() {
    let v = json(&[
        "show",
        "tests/fixtures/udhr",
        "--lang",
        "kmr",
        "--format",
        "json",
    ]);
    let b = blocks(&v);
    assert!(
        b.iter().all(|x| x["kind"] != "1-0" && x["kind"] != "0-1"),
        "no omission, no addition"
    );
    // The last recital, "Now, therefore,", "The General Assembly" and "Proclaims …" are one
    // Kurmanji paragraph (the file continues it mid-sentence).
    let closing = b
        .iter()
        .find(|x| ids(&x["source"]).contains(&"p8".to_string()))
        .unwrap();
    assert_eq!(ids(&closing["source"]), ["p7", "p8", "p9", "p10"]);
    assert_eq!(ids(&closing["target"]), ["p7"]);
    // Article 11.2 is much shorter in Kurmanji and still pairs with its source item.
    let item = b.iter().find(|x| ids(&x["source"]) == ["l1.2"]).unwrap();
    assert_eq!(ids(&item["target"]), ["l1.2"]);
    for bead in &b {
        let s = ids(&bead["source"]);
        if s.len() == 1 && (s[0].starts_with('h') || s[0].starts_with('l')) {
            assert_eq!(s, ids(&bead["target"]), "{bead}");
        }
    }
}

#[test]
fn show_moves_a_swapped_paragraph() {
    let dir = tempfile::tempdir().unwrap();
    common::copy_dir(
        &common::root().join("statements/aleppo-2026-01"),
        dir.path(),
    );
    let path = dir.path().join("kmr.md");
    let text = std::fs::read_to_string(&path).unwrap();
    let mut lines: Vec<&str> = text.lines().collect();
    // Swap paragraphs p2 (line 7) and p4 (line 11).
    lines.swap(6, 10);
    std::fs::write(&path, lines.join("\n") + "\n").unwrap();
    let (code, out, err) = run_in(
        dir.path(),
        &["show", ".", "--lang", "kmr", "--format", "json"],
    );
    assert_eq!(code, 0, "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    let b = blocks(&v);
    let moved: Vec<&Value> = b.iter().filter(|x| !x["moved"].is_null()).collect();
    assert_eq!(moved.len(), 2, "{b:#?}");
    // Two paragraphs of similar kind and length in each other's place are re-paired as a
    // swap: each source paragraph with the translation that renders it, both marked moved.
    let (a, c) = (moved[0], moved[1]);
    assert_eq!(
        (a["kind"].as_str(), c["kind"].as_str()),
        (Some("1-1"), Some("1-1")),
        "{b:#?}"
    );
    assert_eq!(a["source"], serde_json::json!(["p2"]));
    assert_eq!(a["target"], serde_json::json!(["p4"]));
    assert_eq!(c["source"], serde_json::json!(["p4"]));
    assert_eq!(c["target"], serde_json::json!(["p2"]));
}

#[test]
fn show_text_side_by_side_and_stacked() {
    let out = common::align()
        .env("COLUMNS", "100")
        .args(["show", "statements/aleppo-2026-01", "--lang", "ckb"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    insta::assert_snapshot!(
        "show_ckb_side_by_side",
        text.lines().take(24).collect::<Vec<_>>().join("\n")
    );
    for line in text.lines().filter(|l| l.contains('│')) {
        assert!(
            unicode_width::UnicodeWidthStr::width(line) <= 100,
            "too wide: {line}"
        );
    }
    let out = common::align()
        .env("COLUMNS", "60")
        .args([
            "show",
            "statements/aleppo-2026-01",
            "--lang",
            "ar",
            "--stacked",
        ])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    insta::assert_snapshot!(
        "show_ar_stacked",
        text.lines().take(16).collect::<Vec<_>>().join("\n")
    );
}

#[test]
fn pair_prints_beads_tsv_and_json() {
    let dir = tempfile::tempdir().unwrap();
    let en = "In an unprecedented escalation on 7 January 2026, the ministry announced an operation.\nBy 9 January the escalation had killed 48 civilians.\nMore than 250,000 civilians live in the two neighbourhoods.\n";
    let ckb = "لە ٧ی کانوونی دووەمی ٢٠٢٦دا، وەزارەت ئۆپەراسیۆنێکی ڕاگەیاند.\nزیاتر لە ٢٥٠ هەزار هاووڵاتی لە هەردوو گەڕەکەکەدا دەژین.\n";
    std::fs::write(dir.path().join("s.en.txt"), en).unwrap();
    std::fs::write(dir.path().join("s.ckb.txt"), ckb).unwrap();
    let (code, out, err) = run_in(dir.path(), &["pair", "s.en.txt", "s.ckb.txt"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, "[0]:[0]\n[1]:[]\n[2]:[1]\n");
    let (_, out, _) = run_in(
        dir.path(),
        &["pair", "s.en.txt", "s.ckb.txt", "--format", "tsv"],
    );
    let rows: Vec<Vec<&str>> = out.lines().map(|l| l.split('\t').collect()).collect();
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[1][1], "");
    assert!(
        rows.iter()
            .all(|r| r.len() == 3 && r[2].parse::<f32>().is_ok())
    );
    let (_, out, _) = run_in(
        dir.path(),
        &["pair", "s.en.txt", "s.ckb.txt", "--format", "json"],
    );
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["source_lang"], "en");
    assert_eq!(v["target_lang"], "ckb");
    assert_eq!(v["beads"][1]["kind"], "1-0");
}

#[test]
fn pair_bad_input_is_exit_2_with_the_file_named() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.en.txt"), "One.\n").unwrap();
    std::fs::write(dir.path().join("empty.ar.txt"), "").unwrap();
    std::fs::write(dir.path().join("bad.ar.txt"), b"ok\n\xc3\x28\n").unwrap();
    let (code, _, err) = run_in(dir.path(), &["pair", "a.en.txt", "missing.ar.txt"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("missing.ar.txt: no such file or directory"),
        "{err}"
    );
    let (code, _, err) = run_in(dir.path(), &["pair", "a.en.txt", "empty.ar.txt"]);
    assert_eq!(code, 2);
    assert!(err.contains("empty.ar.txt: this file is empty"), "{err}");
    let (code, _, err) = run_in(dir.path(), &["pair", "a.en.txt", "bad.ar.txt"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("bad.ar.txt:2:1: this file is not valid UTF-8 (first bad byte at offset 3)"),
        "{err}"
    );
    let (code, _, err) = run_in(
        dir.path(),
        &["pair", "a.en.txt", "a.en.txt", "--target-lang", "zz"],
    );
    assert_eq!(code, 2);
    assert!(err.contains("unknown language code \"zz\""), "{err}");
}

#[test]
fn show_unknown_translation_is_an_error() {
    let (code, _, err) = run(&["show", "statements/aleppo-2026-01", "--lang", "de"]);
    assert_eq!(code, 2);
    assert!(err.contains("de.md: no such file or directory"), "{err}");
}
