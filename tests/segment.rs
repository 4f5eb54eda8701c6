//! `align segment` on the bundled statement, the messy original and bad input.

mod common;

use common::{json, run, run_in};
use serde_json::Value;

const STATEMENT: &str = "statements/aleppo-2026-01";

fn blocks(v: &Value, doc: usize) -> Vec<Value> {
    v["documents"][doc]["blocks"].as_array().unwrap().clone()
}

fn shape(blocks: &[Value]) -> Vec<(String, String)> {
    blocks
        .iter()
        .map(|b| {
            (
                b["id"].as_str().unwrap().to_string(),
                b["kind"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn english_statement_has_one_block_per_paragraph_four_demands_twelve_signatories() {
    let v = json(&[
        "segment",
        "statements/aleppo-2026-01/en.md",
        "--format",
        "json",
    ]);
    assert_eq!(v["version"], 1);
    let b = blocks(&v, 0);
    let of = |kind: &str| b.iter().filter(|x| x["kind"] == kind).collect::<Vec<_>>();
    assert_eq!(of("title").len(), 1);
    assert_eq!(of("lede").len(), 1);
    assert_eq!(of("paragraph").len(), 11);
    assert_eq!(of("heading").len(), 1);
    let demands = of("demand");
    let signatories = of("signatory");
    assert_eq!(demands.len(), 4);
    assert_eq!(signatories.len(), 12);
    let lines = |xs: &[&Value]| {
        xs.iter()
            .map(|x| x["line"].as_u64().unwrap())
            .collect::<Vec<_>>()
    };
    assert_eq!(lines(&demands), [17, 18, 19, 20]);
    assert_eq!(lines(&signatories), (26..=37).collect::<Vec<_>>());
    assert_eq!(signatories[11]["text"], "Dawlaty");
    assert_eq!(signatories[9]["list"]["number"], 10);
    // Sentences carry their own line and column.
    let p2 = b.iter().find(|x| x["id"] == "p2").unwrap();
    assert_eq!(p2["line"], 7);
    assert_eq!(p2["sentences"].as_array().unwrap().len(), 4);
    assert_eq!(p2["sentences"][1]["id"], "p2.s2");
    assert_eq!(p2["sentences"][1]["col"], 413);
    // Lists are described too.
    let lists = v["documents"][0]["lists"].as_array().unwrap();
    assert_eq!(lists[0]["kind"], "demands");
    assert_eq!(lists[1]["kind"], "signatories");
    assert!(v["documents"][0]["notices"].as_array().unwrap().is_empty());
}

#[test]
fn translations_have_the_same_block_structure_as_the_source() {
    let v = json(&["segment", STATEMENT, "--format", "json"]);
    let docs = v["documents"].as_array().unwrap();
    let langs: Vec<&str> = docs.iter().map(|d| d["lang"].as_str().unwrap()).collect();
    assert_eq!(langs, ["en", "ar", "kmr", "ckb"]);
    let en = blocks(&v, 0);
    for (i, lang) in langs.iter().enumerate().skip(1) {
        let b = blocks(&v, i);
        assert_eq!(shape(&b), shape(&en), "{lang}");
        for (x, y) in b.iter().zip(&en) {
            assert_eq!(x["line"], y["line"], "{lang} {}", x["id"]);
            assert_eq!(
                x["sentences"].as_array().unwrap().len(),
                y["sentences"].as_array().unwrap().len(),
                "{lang} {}: sentence count",
                x["id"]
            );
        }
        assert!(docs[i]["notices"].as_array().unwrap().is_empty(), "{lang}");
    }
    // Sorani numbers its lists in Arabic-Indic digits: still one list of twelve.
    let ckb = blocks(&v, 3);
    let last = ckb.iter().rfind(|b| b["kind"] == "signatory").unwrap();
    assert_eq!(last["list"]["marker"], "١٢.");
    assert_eq!(last["list"]["number"], 12);
}

#[test]
fn messy_original_segments_like_the_clean_statement_and_reports_each_repair() {
    let v = json(&[
        "segment",
        "tests/fixtures/messy/aleppo-2026-01.original.en.md",
        "--lang",
        "en",
        "--format",
        "json",
    ]);
    let clean = json(&[
        "segment",
        "statements/aleppo-2026-01/en.md",
        "--format",
        "json",
    ]);
    let (messy, clean) = (blocks(&v, 0), blocks(&clean, 0));
    assert_eq!(shape(&messy), shape(&clean));
    for (m, c) in messy.iter().zip(&clean) {
        let (mt, ct) = (m["text"].as_str().unwrap(), c["text"].as_str().unwrap());
        assert_eq!(mt.to_lowercase(), ct.to_lowercase(), "{}", m["id"]);
    }
    // One 12-item signatory list although a blank line and other indentation split it.
    let sig_lines: Vec<u64> = messy
        .iter()
        .filter(|b| b["kind"] == "signatory")
        .map(|b| b["line"].as_u64().unwrap())
        .collect();
    assert_eq!(sig_lines, [36, 37, 38, 39, 40, 41, 43, 44, 45, 46, 47, 48]);
    let notices = v["documents"][0]["notices"].as_array().unwrap();
    let got: Vec<(String, u64)> = notices
        .iter()
        .map(|n| {
            (
                n["kind"].as_str().unwrap().to_string(),
                n["line"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("repeated-block".to_string(), 7),
            ("repeated-block".to_string(), 10),
            ("broken-paragraph".to_string(), 22),
            ("empty-list-item".to_string(), 49),
        ]
    );
    assert_eq!(notices[2]["next_line"], 24);
}

#[test]
fn messy_original_human_output() {
    let (code, out, err) = run(&[
        "segment",
        "tests/fixtures/messy/aleppo-2026-01.original.en.md",
        "--lang",
        "en",
    ]);
    assert_eq!(code, 0);
    insta::assert_snapshot!("messy_notices", err);
    insta::assert_snapshot!("messy_segments", out);
}

#[test]
fn missing_file_is_a_clear_error_with_exit_2() {
    let (code, out, err) = run(&["segment", "no/such/en.md"]);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert_eq!(
        err.lines().next().unwrap(),
        "error: no/such/en.md: no such file or directory"
    );
    assert!(!err.contains("panicked"));
}

#[test]
fn missing_file_error_in_arabic() {
    let (code, _, err) = run(&["--ui-lang", "ar", "segment", "missing.md"]);
    assert_eq!(code, 2);
    assert!(err.contains("missing.md"), "{err}");
    assert!(err.contains("خطأ"), "not Arabic: {err}");
    assert!(!err.contains("no such file"), "not Arabic: {err}");
}

/// clap's own usage errors speak the interface language too, with one useful hint.
#[test]
fn usage_errors_in_the_interface_language() {
    let (code, out, err) = run(&["check", "--frmat", "json"]);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert_eq!(
        err,
        "error: unknown option or argument --frmat\n  hint: did you mean --format?\n"
    );
    let (code, _, err) = run(&["check", "--format", "xml"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("possible values: human, concise, json"),
        "{err}"
    );
    let (_, _, err) = run(&["check", "--lang"]);
    assert!(err.contains("--lang <CODES> needs a value"), "{err}");
    assert!(err.contains("align check --help"), "{err}");
    for (ui, word) in [("ar", "خطأ"), ("ckb", "هەڵە"), ("kmr", "çewtî")] {
        for args in [
            &["chek"][..],
            &["check", "--bogus"],
            &["check", "--format", "xml"],
        ] {
            let mut all = vec!["--ui-lang", ui];
            all.extend_from_slice(args);
            let (code, _, err) = run(&all);
            assert_eq!(code, 2, "{ui} {args:?}");
            assert!(err.starts_with(word), "{ui} {args:?}: {err}");
            for english in [
                "unexpected",
                "unrecognized",
                "invalid value",
                "For more",
                "tip:",
            ] {
                assert!(!err.contains(english), "{ui} {args:?}: {err}");
            }
        }
    }
    // --help and --version are not errors.
    let (code, out, _) = run(&["--version"]);
    assert_eq!(code, 0);
    assert!(out.starts_with("align "), "{out}");
}

#[test]
fn ui_language_from_the_environment() {
    let out = common::align()
        .env("LANG", "ckb_IQ.UTF-8")
        .args(["segment", "missing.md"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("هەڵە"), "{err}");
    let (code, _, err) = run(&["--ui-lang", "fr", "segment", "missing.md"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("unsupported interface language \"fr\""),
        "{err}"
    );
}

#[test]
fn directory_without_source_file() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("ar.md"), "# عنوان\n").unwrap();
    let (code, _, err) = run_in(dir.path(), &["segment", "."]);
    assert_eq!(code, 2);
    assert!(
        err.contains("this directory has no source file en.md"),
        "{err}"
    );
    std::fs::remove_file(dir.path().join("ar.md")).unwrap();
    std::fs::write(dir.path().join("notes.txt"), "x").unwrap();
    let (code, _, err) = run_in(dir.path(), &["segment", "."]);
    assert_eq!(code, 2);
    assert!(err.contains("no language files here"), "{err}");
}

#[test]
fn invalid_utf8_names_the_byte_offset() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("en.md"),
        b"# Title\n\nGood line\nbad \xff byte\n",
    )
    .unwrap();
    let (code, _, err) = run_in(dir.path(), &["segment", "en.md"]);
    assert_eq!(code, 2);
    assert!(
        err.starts_with(
            "error: en.md:4:5: this file is not valid UTF-8 (first bad byte at offset 23)"
        ),
        "{err}"
    );
}

#[test]
fn empty_file() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("en.md"), " \n\n").unwrap();
    let (code, _, err) = run_in(dir.path(), &["segment", "en.md"]);
    assert_eq!(code, 2);
    assert!(err.contains("en.md: this file is empty"), "{err}");
}

#[test]
fn bom_and_crlf_are_accepted_silently() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("en.md"),
        "\u{FEFF}# Title\r\n\r\nLede\r\n\r\nOne. Two.\r\n\r\n1. First demand is a long sentence of more than eight words.\r\n",
    )
    .unwrap();
    let (code, out, err) = run_in(dir.path(), &["segment", "en.md", "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.is_empty(), "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    let b = blocks(&v, 0);
    assert_eq!(b[0]["text"], "Title");
    assert_eq!(
        (b[0]["line"].as_u64(), b[0]["col"].as_u64()),
        (Some(1), Some(1))
    );
    assert_eq!(b[2]["sentences"][1]["text"], "Two.");
    assert_eq!(b[2]["sentences"][1]["col"], 6);
    assert_eq!(b[3]["line"], 7);
    assert!(!b[3]["text"].as_str().unwrap().contains('\r'));
}

#[test]
fn broken_statement_yaml_names_file_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("en.md"), "# T\n").unwrap();
    std::fs::write(
        dir.path().join("statement.yaml"),
        "title: x\nsource: en\n  date: 2026\n",
    )
    .unwrap();
    let (code, _, err) = run_in(dir.path(), &["segment", "."]);
    assert_eq!(code, 2);
    assert!(err.starts_with("error: statement.yaml:3:"), "{err}");
    assert!(err.contains("invalid YAML"), "{err}");
    // A misspelt key is an error too, not silently ignored.
    std::fs::write(dir.path().join("statement.yaml"), "title: x\nsoruce: en\n").unwrap();
    let (code, _, err) = run_in(dir.path(), &["segment", "."]);
    assert_eq!(code, 2);
    assert!(
        err.contains("statement.yaml:2:1") && err.contains("soruce"),
        "{err}"
    );
}

#[test]
fn language_must_be_known() {
    let (code, _, err) = run(&[
        "segment",
        "tests/fixtures/messy/aleppo-2026-01.original.en.md",
        "--lang",
        "xx",
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("unknown language code \"xx\""), "{err}");
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("statement.md"), "# T\n").unwrap();
    let (code, _, err) = run_in(dir.path(), &["segment", "statement.md"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("statement.md: cannot tell the language of this file from its name"),
        "{err}"
    );
}

#[test]
fn aliases_ku_latn_and_ku_arab_are_accepted() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("en.md"), "# T\n").unwrap();
    std::fs::write(dir.path().join("ku-Latn.md"), "# T\n").unwrap();
    std::fs::write(dir.path().join("ku-Arab.md"), "# ت\n").unwrap();
    let (code, out, err) = run_in(dir.path(), &["segment", ".", "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    let langs: Vec<&str> = v["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["lang"].as_str().unwrap())
        .collect();
    assert_eq!(langs, ["en", "kmr", "ckb"]);
}

#[test]
fn no_panic_on_odd_markdown() {
    let dir = tempfile::tempdir().unwrap();
    let odd = "-\n\n*\n\n> quote\n\n```\ncode\n```\n\n<div>html</div>\n\n| a | b |\n|---|---|\n\n1.\n\n١٢٣٤٥٦٧٨٩٠. x\n\n   ٣- y\n\n**\n\n[]()\n";
    std::fs::write(dir.path().join("en.md"), odd).unwrap();
    let (code, _, err) = run_in(dir.path(), &["segment", "en.md"]);
    assert_eq!(code, 0, "{err}");
    assert!(!err.contains("panicked"));
}

#[test]
fn a_paragraph_that_starts_with_a_bullet_keeps_it_and_its_text_matches_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let src = "# Title\n\nLede.\n\n• Aid is blocked. Food is short.\n\n▶ Arrow paragraph.\n";
    std::fs::write(dir.path().join("en.md"), src).unwrap();
    let (code, out, err) = run_in(dir.path(), &["segment", "en.md", "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    let b = blocks(&v, 0);
    let p1 = b.iter().find(|x| x["id"] == "p1").unwrap();
    assert_eq!(p1["text"], "• Aid is blocked. Food is short.");
    assert_eq!(p1["markdown"], "• Aid is blocked. Food is short.");
    // Each sentence is found in the file at its line and column.
    let lines: Vec<&str> = src.lines().collect();
    for s in p1["sentences"].as_array().unwrap() {
        let line = lines[s["line"].as_u64().unwrap() as usize - 1];
        let col = s["col"].as_u64().unwrap() as usize - 1;
        let at: String = line.chars().skip(col).collect();
        assert!(at.starts_with(s["text"].as_str().unwrap()), "{s}");
    }
    assert_eq!(p1["sentences"][0]["text"], "• Aid is blocked.");
    // Decorations that are not bullets are still left out.
    let p2 = b.iter().find(|x| x["id"] == "p2").unwrap();
    assert_eq!(p2["text"], "Arrow paragraph.");
}

#[test]
fn inline_list_markers_start_their_item_in_a_paragraph() {
    let dir = tempfile::tempdir().unwrap();
    let src = "# Title\n\nLede.\n\nThe demands are: 1.) A ceasefire. 2.) Access for aid. It was reported to the U.N. The Security Council met.\n";
    std::fs::write(dir.path().join("en.md"), src).unwrap();
    let (code, out, err) = run_in(dir.path(), &["segment", "en.md", "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    let b = blocks(&v, 0);
    let p1 = b.iter().find(|x| x["id"] == "p1").unwrap();
    let texts: Vec<&str> = p1["sentences"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["text"].as_str().unwrap())
        .collect();
    assert_eq!(
        texts,
        [
            "The demands are: 1.) A ceasefire.",
            "2.) Access for aid.",
            "It was reported to the U.N.",
            "The Security Council met."
        ]
    );
}
