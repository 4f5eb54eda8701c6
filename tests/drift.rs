//! Source drift through the real binary, on copies of the bundled Aleppo statement and its
//! `align.lock`: the English is edited after the translations were accepted (a number in one
//! paragraph, one word in a demand, a new paragraph at the top, a signatory added), and
//! `align check` reports exactly those segments with the right diffs for each language;
//! `align diff` shows them (snapshots); `align accept` refuses, forces, accepts one segment,
//! never touches a translation and writes a stable lock; broken locks are clear errors.

mod common;

use std::path::Path;

use common::{copy_statement, edit, edited, run_in};
use serde_json::Value;

const SLUG: &str = "aleppo-2026-01";

fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap()
}

/// (check, lang, source segment, severity) of every finding.
fn findings(v: &Value) -> Vec<(String, String, String, String)> {
    v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["check"].as_str().unwrap().to_string(),
                f["lang"].as_str().unwrap().to_string(),
                f["source"]["segment"].as_str().unwrap_or("").to_string(),
                f["severity"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn check_json(tmp: &Path, args: &[&str]) -> (i32, Value) {
    let mut all = vec!["check", SLUG, "--format", "json"];
    all.extend_from_slice(args);
    let (code, out, err) = run_in(tmp, &all);
    let v = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}{err}"));
    (code, v)
}

fn parts(f: &Value) -> Vec<(String, String)> {
    f["details"]["diff"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["op"] != "equal")
        .map(|p| {
            (
                p["op"].as_str().unwrap().to_string(),
                p["text"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn the_bundled_statement_has_not_drifted() {
    let (code, out, err) = common::run(&["diff", "statements/aleppo-2026-01"]);
    assert_eq!(code, 0, "{out}{err}");
    assert_eq!(
        out.trim(),
        "aleppo-2026-01: no change to the source since the translations were accepted"
    );
}

#[test]
fn check_reports_exactly_the_edited_segments_for_every_language() {
    let tmp = tempfile::tempdir().unwrap();
    edited(tmp.path());
    let (code, v) = check_json(tmp.path(), &[]);
    assert_eq!(code, 1);
    let mut expected = Vec::new();
    for lang in ["ar", "ckb", "kmr"] {
        for (check, seg) in [
            ("new-source", "p1"),
            ("source-drift", "p5"),
            ("source-drift", "l1.3"),
            ("new-source", "l2.13"),
        ] {
            expected.push((
                check.to_string(),
                lang.to_string(),
                seg.to_string(),
                "error".to_string(),
            ));
        }
    }
    assert_eq!(findings(&v), expected);
    for f in v["findings"].as_array().unwrap() {
        match (
            f["check"].as_str().unwrap(),
            f["source"]["segment"].as_str(),
        ) {
            ("source-drift", Some("p5")) => {
                assert_eq!(f["details"]["grade"], "number");
                assert_eq!(f["details"]["accepted_segment"], "p4");
                assert_eq!(f["details"]["accepted"], "2026-01-12");
                assert_eq!(
                    parts(f),
                    [
                        ("delete".to_string(), "250,000".to_string()),
                        ("insert".to_string(), "260,000".to_string())
                    ]
                );
                // The translation it points at is the stale paragraph, at its own line.
                assert_eq!(f["target"]["segment"], "p4");
                assert_eq!(f["target"]["line"], 11);
                assert_eq!(f["source"]["line"], 13);
            }
            ("source-drift", Some("l1.3")) => {
                assert_eq!(f["details"]["grade"], "wording");
                assert_eq!(
                    parts(f),
                    [
                        ("delete".to_string(), "any".to_string()),
                        ("insert".to_string(), "all".to_string())
                    ]
                );
                assert_eq!(
                    f["details"]["changes"],
                    "Refrain from [-any-]{+all+} acts that may lead …"
                );
            }
            ("new-source", Some("p1")) => assert_eq!(f["source"]["line"], 5),
            ("new-source", Some("l2.13")) => assert_eq!(f["source"]["line"], 40),
            other => panic!("unexpected {other:?}"),
        }
    }
}

#[test]
fn drift_goes_through_every_format() {
    let tmp = tempfile::tempdir().unwrap();
    edited(tmp.path());
    let run = |format: &str| {
        run_in(
            tmp.path(),
            &["check", SLUG, "--lang", "kmr", "--format", format],
        )
    };
    let (code, out, _) = run("human");
    let out = common::unfill(&out);
    assert_eq!(code, 1);
    assert!(out.contains("error[source-drift]: aleppo-2026-01/kmr.md:11: the source changed since this translation was accepted on 2026-01-12 (a number changed): … Aleppo, including more than [-250,000-]{+260,000+} civilians living in the …"), "{out}");
    assert!(
        out.contains("error[new-source]: aleppo-2026-01/kmr.md:39:"),
        "{out}"
    );
    let (_, out, _) = run("github");
    assert!(
        out.contains("::error file=aleppo-2026-01/kmr.md,line=11"),
        "{out}"
    );
    assert!(out.contains("[-250,000-]{+260,000+}"), "{out}");
    let (_, out, _) = run("junit");
    assert!(out.contains("source-drift"), "{out}");
    let (_, out, _) = run("sarif");
    let v: Value = serde_json::from_str(&out).unwrap();
    let rules: Vec<&str> = v["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["ruleId"].as_str().unwrap())
        .collect();
    assert_eq!(rules.iter().filter(|r| **r == "source-drift").count(), 2);
    assert_eq!(rules.iter().filter(|r| **r == "new-source").count(), 2);
}

#[test]
fn diff_snapshots() {
    let tmp = tempfile::tempdir().unwrap();
    edited(tmp.path());
    let (code, out, err) = run_in(tmp.path(), &["diff", SLUG, "--lang", "ar"]);
    assert_eq!(code, 1, "{err}");
    insta::assert_snapshot!("diff_ar_side_by_side", out);
    let (code, out, _) = run_in(tmp.path(), &["diff", SLUG, "--lang", "kmr", "--stacked"]);
    assert_eq!(code, 1);
    insta::assert_snapshot!("diff_kmr_stacked", out);
    let (code, out, _) = run_in(
        tmp.path(),
        &["diff", SLUG, "--lang", "ckb", "--format", "json"],
    );
    assert_eq!(code, 1);
    let v: Value = serde_json::from_str(&out).unwrap();
    insta::assert_json_snapshot!("diff_ckb_json", v);
}

#[test]
fn diff_in_colour_strikes_deletions_and_underlines_insertions() {
    let tmp = tempfile::tempdir().unwrap();
    edited(tmp.path());
    let (_, out, _) = run_in(
        tmp.path(),
        &["diff", SLUG, "--lang", "ar", "--color", "always"],
    );
    assert!(
        out.contains("\x1b[31;9many\x1b[0m \x1b[32;4mall\x1b[0m"),
        "{out:?}"
    );
    assert!(!out.contains("[-any-]"), "no marks when coloured");
}

/// The bytes of every file of a directory but the lock.
fn translations(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file() && p.file_name().unwrap() != "align.lock")
        .map(|p| (p.display().to_string(), std::fs::read(&p).unwrap()))
        .collect();
    out.sort();
    out
}

#[test]
fn accept_refuses_with_errors_forces_and_never_touches_a_translation() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = edited(tmp.path());
    let lock = dir.join("align.lock");
    let before = read(&lock);
    let files = translations(&dir);
    // The new paragraph and signatory are missing from the translation (the signatory list's
    // counts on the signatory's finding), the number differs: refused.
    let (code, out, err) = run_in(tmp.path(), &["accept", SLUG, "--lang", "ar"]);
    assert_eq!(code, 1, "{out}{err}");
    assert!(err.contains("error[missing-segment]"), "{err}");
    assert!(err.contains("error: aleppo-2026-01/ar.md: ar not accepted: the translation has 3 errors (shown above)"), "{err}");
    assert_eq!(read(&lock), before, "a refused accept writes nothing");
    // Forced: recorded, with a warning.
    let (code, _, err) = common::align()
        .current_dir(tmp.path())
        .env("SOURCE_DATE_EPOCH", "1769904000") // 2026-02-01
        .args(["accept", SLUG, "--lang", "ar", "--force"])
        .output()
        .map(|o| {
            (
                o.status.code().unwrap(),
                String::from_utf8_lossy(&o.stdout).into_owned(),
                String::from_utf8_lossy(&o.stderr).into_owned(),
            )
        })
        .unwrap();
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("accepted aleppo-2026-01/ar.md despite 3 errors (--force)"),
        "{err}"
    );
    let after = read(&lock);
    assert_ne!(after, before);
    assert_eq!(
        translations(&dir),
        files,
        "accept never modifies a translation"
    );
    // Arabic no longer drifts (what is missing is still missing); the others still do.
    let (_, v) = check_json(tmp.path(), &[]);
    let got = findings(&v);
    assert!(got.contains(&(
        "missing-segment".into(),
        "ar".into(),
        "p1".into(),
        "error".into()
    )));
    assert!(
        !got.iter().any(|f| f.1 == "ar" && f.0 == "source-drift"),
        "{got:?}"
    );
    assert!(got.iter().any(|f| f.1 == "kmr" && f.0 == "source-drift"));
    // Unchanged segments keep the date they were first accepted; changed ones get today's.
    assert!(after.contains("accepted: 2026-02-01"));
    assert!(after.contains("accepted: 2026-01-12"));
}

#[test]
fn accept_one_segment() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = edited(tmp.path());
    // The Kurmanji translator renders the reworded demand ("her" any → "hemû" all) and accepts
    // that segment alone, although the statement still has other errors.
    edit(
        &dir.join("kmr.md"),
        "Xwe ji her kiryarekê dûr bigirin",
        "Xwe ji hemû kiryaran dûr bigirin",
    );
    let (code, out, err) = run_in(
        tmp.path(),
        &["accept", SLUG, "--lang", "kmr", "--segment", "l1.3"],
    );
    assert_eq!(code, 0, "{out}{err}");
    assert!(
        err.contains("accepted l1.3 in aleppo-2026-01/kmr.md"),
        "{err}"
    );
    let (_, v) = check_json(tmp.path(), &["--lang", "kmr"]);
    let segs: Vec<(String, String)> = findings(&v).into_iter().map(|f| (f.0, f.2)).collect();
    assert_eq!(
        segs,
        [
            ("new-source".to_string(), "p1".to_string()),
            ("source-drift".to_string(), "p5".to_string()),
            ("new-source".to_string(), "l2.13".to_string()),
        ]
    );
    // Accepting a segment with an error of its own is refused.
    let (code, _, err) = run_in(
        tmp.path(),
        &["accept", SLUG, "--lang", "kmr", "--segment", "p1"],
    );
    assert_eq!(code, 1, "{err}");
    // An id the source does not have is an input error.
    let (code, _, err) = run_in(tmp.path(), &["accept", SLUG, "--segment", "p99"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("aleppo-2026-01/en.md: the source has no segment \"p99\""),
        "{err}"
    );
}

#[test]
fn accepting_twice_writes_the_same_lock() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = copy_statement(SLUG, tmp.path());
    std::fs::remove_file(dir.join("align.lock")).unwrap();
    let accept = || {
        let o = common::align()
            .current_dir(tmp.path())
            .env("SOURCE_DATE_EPOCH", "1768176000")
            .args(["accept", SLUG])
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        String::from_utf8_lossy(&o.stderr).into_owned()
    };
    accept();
    let first = read(&dir.join("align.lock"));
    // The same bytes as the bundled lock: written in a stable order.
    assert_eq!(
        first,
        read(
            &common::root()
                .join("statements")
                .join(SLUG)
                .join("align.lock")
        )
    );
    let err = accept();
    assert!(
        err.contains("already records this; nothing written"),
        "{err}"
    );
    assert_eq!(read(&dir.join("align.lock")), first);
    let lock: Value = serde_yaml::from_str(&first).unwrap();
    assert_eq!(lock["version"], 1);
    let langs: Vec<&String> = lock["languages"].as_object().unwrap().keys().collect();
    assert_eq!(langs, ["ar", "ckb", "kmr"]);
    assert_eq!(lock["languages"]["ar"][0]["segment"], "title");
}

#[test]
fn look_alikes_that_are_not_drift() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = copy_statement(SLUG, tmp.path());
    let en = dir.join("en.md");
    // Moving a paragraph is not drift: it is matched by its text wherever it stands.
    let text = read(&en);
    let paras: Vec<&str> = text.split("\n\n").collect();
    let mut moved = paras.clone();
    moved.swap(3, 4);
    std::fs::write(&en, moved.join("\n\n")).unwrap();
    let (_, v) = check_json(tmp.path(), &["--lang", "ar"]);
    assert!(
        !findings(&v).iter().any(|f| f.0.contains("source")),
        "{:?}",
        findings(&v)
    );
    std::fs::write(&en, &text).unwrap();
    // Punctuation only: a note, and the statement may still be published.
    edit(
        &en,
        "including fatalities and injuries.",
        "including fatalities and injuries;",
    );
    let (code, v) = check_json(tmp.path(), &["--lang", "ar"]);
    assert_eq!(code, 0);
    assert_eq!(
        findings(&v),
        [(
            "source-drift".to_string(),
            "ar".to_string(),
            "p2".to_string(),
            "info".to_string()
        )]
    );
    assert_eq!(v["findings"][0]["details"]["grade"], "punctuation");
}

#[test]
fn removed_source_and_changed_translation() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = copy_statement(SLUG, tmp.path());
    // The English drops the last paragraph about STJ; the Arabic still has it.
    let en = read(&dir.join("en.md"));
    let cut = en.trim_end().rfind("\n\n").unwrap();
    std::fs::write(dir.join("en.md"), format!("{}\n", &en[..cut])).unwrap();
    // The Arabic translator rewords the title although the English did not change.
    edit(&dir.join("ar.md"), "سوريا/حلب", "سوريا / حلب");
    let (code, v) = check_json(tmp.path(), &["--lang", "ar"]);
    assert_eq!(code, 0, "{v}");
    let got = findings(&v);
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[0].0, "target-changed");
    assert_eq!(got[0].2, "title");
    assert_eq!(got[0].3, "info");
    assert_eq!(got[1].0, "removed-source");
    assert_eq!(got[1].3, "warning");
    assert_eq!(v["findings"][1]["details"]["accepted_segment"], "p11");
    assert!(!got.iter().any(|f| f.0 == "extra-segment"));
}

#[test]
fn broken_locks_are_clear_errors() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = copy_statement(SLUG, tmp.path());
    let lock = dir.join("align.lock");
    let good = read(&lock);
    let cases: [(&str, String, &str); 4] = [
        (
            "corrupted",
            good.replacen("languages:\n", "languages:\n  ar: [unclosed\n", 1),
            "aleppo-2026-01/align.lock:8",
        ),
        (
            // Another statement's lock: another name, and another source.
            "another statement",
            good.replacen("statement: aleppo-2026-01", "statement: raqqa-2025-11", 1)
                .lines()
                .map(|l| {
                    if l.trim_start().starts_with("source_fingerprint:") {
                        "    source_fingerprint: 0000000000000000".to_string()
                    } else {
                        l.to_string()
                    }
                })
                .collect::<Vec<_>>()
                .join("\n"),
            "this lock file belongs to the statement \"raqqa-2025-11\", not \"aleppo-2026-01\"",
        ),
        (
            "a newer format",
            good.replacen("version: 1", "version: 2", 1),
            "this lock file was written by a newer align (format 2; this align reads format 1)",
        ),
        (
            "an unknown field",
            good.replacen("version: 1", "version: 1\nreviewer: someone", 1),
            "unknown field `reviewer`",
        ),
    ];
    for (what, text, message) in cases {
        std::fs::write(&lock, &text).unwrap();
        for cmd in [
            &["check", SLUG][..],
            &["diff", SLUG],
            &["accept", SLUG, "--force"],
        ] {
            let (code, out, err) = run_in(tmp.path(), cmd);
            assert_eq!(code, 2, "{what}, {cmd:?}: {out}{err}");
            assert!(err.contains(message), "{what}, {cmd:?}: {err}");
            assert!(err.contains("aleppo-2026-01/align.lock"), "{what}: {err}");
            assert!(!err.contains("panicked"), "{err}");
        }
        assert_eq!(read(&lock), text, "{what}: a broken lock is never replaced");
    }
}

#[test]
fn diff_without_a_lock() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = copy_statement(SLUG, tmp.path());
    std::fs::remove_file(dir.join("align.lock")).unwrap();
    let (code, _, err) = run_in(tmp.path(), &["diff", SLUG]);
    assert_eq!(code, 2);
    assert!(
        err.contains("error: aleppo-2026-01: this statement has no align.lock"),
        "{err}"
    );
    assert!(err.contains("hint: run align accept"), "{err}");
    // And align check without a lock simply has no drift checks.
    let (code, _) = check_json(tmp.path(), &[]);
    assert_eq!(code, 0);
}

#[test]
fn a_punctuation_drift_does_not_hide_a_wrong_number() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = copy_statement(SLUG, tmp.path());
    // A comma added to the English paragraph, and the Kurmanji figure changed.
    edit(
        &dir.join("en.md"),
        "escalation endangers",
        "escalation, endangers",
    );
    edit(&dir.join("kmr.md"), "250.000", "350.000");
    let (code, v) = check_json(tmp.path(), &["--lang", "kmr"]);
    assert_eq!(code, 1, "{v}");
    let got = findings(&v);
    assert!(got.contains(&(
        "source-drift".to_string(),
        "kmr".to_string(),
        "p4".to_string(),
        "info".to_string()
    )));
    assert!(
        got.iter()
            .any(|f| f.0 == "number-mismatch" && f.3 == "error"),
        "{got:?}"
    );
    // A severity configured for another language leaves this one's grade alone; one for this
    // language replaces it.
    let config = tmp.path().join("align.yaml");
    let base = read(&config).replace("checks: {}", "checks:\n  source-drift: { ar: warning }");
    std::fs::write(&config, &base).unwrap();
    let (_, v) = check_json(tmp.path(), &["--lang", "kmr"]);
    assert!(
        findings(&v)
            .iter()
            .any(|f| f.0 == "source-drift" && f.3 == "info")
    );
    std::fs::write(&config, base.replace("{ ar: warning }", "{ kmr: warning }")).unwrap();
    let (_, v) = check_json(tmp.path(), &["--lang", "kmr"]);
    assert!(
        findings(&v)
            .iter()
            .any(|f| f.0 == "source-drift" && f.3 == "warning")
    );
}

#[test]
fn one_segment_cannot_be_the_first_acceptance() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = copy_statement(SLUG, tmp.path());
    std::fs::remove_file(dir.join("align.lock")).unwrap();
    let (code, _, err) = run_in(
        tmp.path(),
        &["accept", SLUG, "--lang", "ar", "--segment", "p2"],
    );
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("aleppo-2026-01/ar.md: ar has never been accepted as a whole"),
        "{err}"
    );
    assert!(!dir.join("align.lock").exists());
}

#[test]
fn look_alikes_of_new_removed_and_a_changed_translation() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = copy_statement(SLUG, tmp.path());
    // A signatory added to the English and to the Arabic alike: nothing is missing.
    edit(
        &dir.join("en.md"),
        "12. Dawlaty\n",
        "12. Dawlaty\n13. Lawyers and Doctors for Human Rights - LDHR\n",
    );
    edit(
        &dir.join("ar.md"),
        "12. دولتي\n",
        "12. دولتي\n13. محامون وأطباء من أجل حقوق الإنسان - LDHR\n",
    );
    // The last paragraph removed from both.
    for lang in ["en", "ar"] {
        let p = dir.join(format!("{lang}.md"));
        let text = read(&p);
        let cut = text.trim_end().rfind("\n\n").unwrap();
        std::fs::write(&p, format!("{}\n", &text[..cut])).unwrap();
    }
    // An Arabic paragraph re-wrapped over two lines: the same text.
    edit(
        &dir.join("ar.md"),
        "تُعرب المنظمات السورية ",
        "تُعرب المنظمات السورية\n",
    );
    let (code, v) = check_json(tmp.path(), &["--lang", "ar"]);
    assert_eq!(code, 0, "{v}");
    assert_eq!(findings(&v), Vec::<(String, String, String, String)>::new());
}

#[test]
fn parallel_accepts_never_lose_one() {
    // One translator accepts Arabic while another accepts Kurmanji and a third Sorani, at the
    // same moment: the lock keeps all three.
    for _ in 0..5 {
        let tmp = tempfile::tempdir().unwrap();
        let dir = common::copy_statement(SLUG, tmp.path());
        std::fs::remove_file(dir.join("align.lock")).unwrap();
        let runs: Vec<std::process::Child> = ["ar", "kmr", "ckb"]
            .iter()
            .map(|lang| {
                std::process::Command::new(assert_cmd::cargo::cargo_bin!("align"))
                    .current_dir(tmp.path())
                    .args(["accept", SLUG, "--lang", lang])
                    .stdout(std::process::Stdio::null())
                    .stderr(std::process::Stdio::null())
                    .spawn()
                    .unwrap()
            })
            .collect();
        for mut r in runs {
            assert!(r.wait().unwrap().success());
        }
        let lock = std::fs::read_to_string(dir.join("align.lock")).unwrap();
        for lang in ["ar:", "kmr:", "ckb:"] {
            assert!(
                lock.lines().any(|l| l.trim() == lang),
                "{lang} lost:\n{lock}"
            );
        }
    }
}

#[test]
fn a_renamed_or_copied_statement_keeps_its_lock() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = copy_statement(SLUG, tmp.path());
    // Without an `id:`, a statement is named by its directory. Renamed: the lock still says
    // aleppo-2026-01, but records this source.
    std::fs::remove_file(dir.join("statement.yaml")).unwrap();
    let renamed = tmp.path().join("aleppo-escalation");
    std::fs::rename(&dir, &renamed).unwrap();
    let (code, out, err) = run_in(tmp.path(), &["check", "aleppo-escalation"]);
    assert_eq!(code, 0, "{out}{err}");
    let (code, _, err) = run_in(tmp.path(), &["diff", "aleppo-escalation"]);
    assert_eq!(code, 0, "{err}");
    // Accepting again writes the new name into the lock.
    let (code, _, err) = run_in(tmp.path(), &["accept", "aleppo-escalation", "--lang", "ar"]);
    assert_eq!(code, 0, "{err}");
    assert!(read(&renamed.join("align.lock")).contains("statement: aleppo-escalation"));
    // An `id:` in statement.yaml names the statement whatever its directory.
    std::fs::write(renamed.join("statement.yaml"), "id: aleppo-escalation\n").unwrap();
    let copy = tmp.path().join("copy-for-review");
    common::copy_dir(&renamed, &copy);
    std::fs::copy(renamed.join("align.lock"), copy.join("align.lock")).unwrap();
    let (code, out, err) = run_in(tmp.path(), &["check", "copy-for-review"]);
    assert_eq!(code, 0, "{out}{err}");
}
