//! `align check` through the real binary: the bundled statement passes; a deliberately broken
//! copy fails with exit 1 and points at the right lines in every output format; the UDHR;
//! suppression, baselines, configuration and bad input.

mod common;

use common::{broken, copy_dir, root, run, run_in, with_glossary};
use serde_json::Value;

#[test]
fn bundled_statements_pass() {
    let (code, out, err) = run(&["check"]);
    assert_eq!(code, 0, "{out}{err}");
    assert_eq!(
        out.trim_end().lines().last().unwrap(),
        "one statement, 3 translation languages, 120 segments checked: no errors, no warnings, no notes"
    );
}

fn findings(v: &Value) -> Vec<(String, String, String, u64)> {
    v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let loc = if f["target"].is_null() {
                &f["source"]
            } else {
                &f["target"]
            };
            (
                f["check"].as_str().unwrap().to_string(),
                f["lang"].as_str().unwrap().to_string(),
                loc["path"]
                    .as_str()
                    .unwrap()
                    .rsplit('/')
                    .next()
                    .unwrap()
                    .to_string(),
                loc["line"].as_u64().unwrap(),
            )
        })
        .collect()
}

#[test]
fn broken_copy_fails_and_points_at_the_right_lines_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    broken(dir.path());
    let d = dir.path().to_str().unwrap();

    let (code, out, _) = run(&["check", d, "--format", "json"]);
    assert_eq!(code, 1);
    let v: Value = serde_json::from_str(&out).unwrap();
    let got = findings(&v);
    // One fault, one finding: the dropped demand is its missing-segment (with the list's
    // counts), not also a list-count.
    let expected = [
        ("missing-segment", "ar", "ar.md", 19),
        ("number-mismatch", "ckb", "ckb.md", 11),
        ("date-mismatch", "kmr", "kmr.md", 7),
    ];
    for (check, lang, file, line) in expected {
        assert!(
            got.iter()
                .any(|g| g.0 == check && g.1 == lang && g.2 == file && g.3 == line),
            "{check} {lang} {file}:{line} not in {got:#?}"
        );
    }
    assert_eq!(got.len(), 3, "{got:#?}");
    assert_eq!(v["summary"]["errors"], 3);
    // The missing demand is demand 3 of the source, at line 19 of en.md.
    let missing = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["check"] == "missing-segment")
        .unwrap();
    assert_eq!(missing["source"]["segment"], "l1.3");
    assert_eq!(missing["source"]["line"], 19);
    assert_eq!(missing["details"]["source_items"], 4);
    assert_eq!(missing["details"]["target_items"], 3);
    let date = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["check"] == "date-mismatch")
        .unwrap();
    assert_eq!(date["details"]["source_value"], "2026-01-07");
    assert_eq!(date["details"]["target_value"], "2026-01-08");
    assert!(
        date["message"]
            .as_str()
            .unwrap()
            .contains("8ê Kanûna Paşîn a 2026"),
        "{date}"
    );

    // Human.
    let (code, out, _) = run(&["check", d]);
    assert_eq!(code, 1);
    for needle in ["ar.md:19: ", "kmr.md:7: ", "ckb.md:11: ", "3 errors"] {
        assert!(out.contains(needle), "{needle} not in\n{out}");
    }

    // GitHub annotations, and the job summary.
    let summary = dir.path().join("summary.md");
    let gh = common::align()
        .env("GITHUB_STEP_SUMMARY", &summary)
        .args(["check", d, "--format", "github"])
        .output()
        .unwrap();
    assert_eq!(gh.status.code(), Some(1));
    let out = String::from_utf8(gh.stdout).unwrap();
    assert_eq!(out.lines().count(), 3);
    assert!(
        out.lines().any(|l| l.starts_with("::error file=")
            && l.contains("kmr.md,line=7,col=1,endLine=7,endColumn=")
            && l.contains(",title=date-mismatch (")),
        "{out}"
    );
    let table = std::fs::read_to_string(&summary).unwrap();
    assert!(table.contains("| error | `number-mismatch` |"), "{table}");

    // JUnit: one test case per statement and language; three fail.
    let (code, out, _) = run(&["check", d, "--format", "junit"]);
    assert_eq!(code, 1);
    assert_eq!(out.matches("<testcase ").count(), 3);
    assert_eq!(out.matches("<failure ").count(), 3);
    assert!(out.contains("failures=\"3\""));
    assert!(out.contains("kmr.md:7: "));

    // SARIF: one rule per check, results with their file and line.
    let (code, out, _) = run(&["check", d, "--format", "sarif"]);
    assert_eq!(code, 1);
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["version"], "2.1.0");
    let run0 = &v["runs"][0];
    assert_eq!(
        run0["tool"]["driver"]["rules"].as_array().unwrap().len(),
        align::check::CHECKS.len()
    );
    let results = run0["results"].as_array().unwrap();
    assert_eq!(results.len(), 3);
    let r = results
        .iter()
        .find(|r| r["ruleId"] == "number-mismatch")
        .unwrap();
    let loc = &r["locations"][0]["physicalLocation"];
    assert!(
        loc["artifactLocation"]["uri"]
            .as_str()
            .unwrap()
            .ends_with("ckb.md")
    );
    assert_eq!(loc["region"]["startLine"], 11);
    assert_eq!(r["level"], "error");
}

#[test]
fn human_output_snapshot() {
    let dir = tempfile::tempdir().unwrap();
    broken(dir.path());
    let (_, out, _) = run_in(dir.path(), &["check", "."]);
    insta::assert_snapshot!("check_broken_human", out);
    let (_, out, _) = run_in(
        dir.path(),
        &["--ui-lang", "ar", "check", ".", "--lang", "kmr"],
    );
    assert!(out.contains("خطأ[date-mismatch]"), "{out}");
}

#[test]
fn udhr_real_translations() {
    let (code, out, _) = run(&["check", "tests/fixtures/udhr", "--format", "json"]);
    assert_eq!(code, 1);
    let v: Value = serde_json::from_str(&out).unwrap();
    let all = v["findings"].as_array().unwrap();
    let errors: Vec<&Value> = all.iter().filter(|f| f["severity"] == "error").collect();
    // Arabic: the one missing recital. Kurmanji: Article 11.2 lacks its second sentence
    // ("Nor shall a heavier penalty be imposed …"): a real omission of the translation.
    let ar: Vec<&&Value> = errors.iter().filter(|f| f["lang"] == "ar").collect();
    assert_eq!(ar.len(), 1, "{ar:#?}");
    assert_eq!(ar[0]["check"], "missing-segment");
    assert_eq!(ar[0]["source"]["segment"], "p4");
    let kmr: Vec<&&Value> = errors.iter().filter(|f| f["lang"] == "kmr").collect();
    assert_eq!(kmr.len(), 1, "{kmr:#?}");
    assert_eq!(kmr[0]["check"], "missing-segment");
    assert!(
        kmr[0]["source"]["segment"]
            .as_str()
            .unwrap()
            .starts_with("l1.2.s")
    );
    // The warnings, each defensible (README): the Arabic note, the Kurmanji closing paragraph
    // continued mid-sentence.
    let warnings: Vec<(String, String)> = all
        .iter()
        .filter(|f| f["severity"] == "warning")
        .map(|f| {
            (
                f["check"].as_str().unwrap().to_string(),
                f["lang"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        warnings,
        [
            ("extra-segment".to_string(), "ar".to_string()),
            ("broken-paragraph".to_string(), "kmr".to_string())
        ]
    );
    // The mislabelled "Sorani" file is Kurmanji in Latin script.
    let (code, out, _) = run(&[
        "check",
        "tests/fixtures/udhr-mislabelled",
        "--format",
        "json",
    ]);
    assert_eq!(code, 1);
    let v: Value = serde_json::from_str(&out).unwrap();
    let ws: Vec<&Value> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["check"] == "wrong-script")
        .collect();
    assert_eq!(ws.len(), 1);
    assert_eq!(ws[0]["details"]["scope"], "file");
    assert_eq!(ws[0]["details"]["found"], "latin");
}

/// An allow comment with a misspelled id allows nothing and says so, naming the nearest id;
/// one with a real id (or `all`) raises nothing of the kind.
#[test]
fn misspelled_allow_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    broken(dir.path());
    let ckb = dir.path().join("ckb.md");
    let text = std::fs::read_to_string(&ckb).unwrap();
    let with = |comment: &str| -> String {
        let lines: Vec<String> = text
            .lines()
            .enumerate()
            .map(|(i, l)| {
                if i == 10 {
                    format!("{l} <!-- align: allow {comment} -->")
                } else {
                    l.to_string()
                }
            })
            .collect();
        lines.join("\n") + "\n"
    };
    let findings = |comment: &str| -> Vec<Value> {
        std::fs::write(&ckb, with(comment)).unwrap();
        let (_, out, _) = run_in(
            dir.path(),
            &["check", ".", "--format", "json", "--lang", "ckb"],
        );
        let v: Value = serde_json::from_str(&out).unwrap();
        v["findings"].as_array().unwrap().clone()
    };
    let found = findings("number-mismatc");
    let unknown: Vec<&Value> = found
        .iter()
        .filter(|f| f["check"] == "unknown-allow")
        .collect();
    assert_eq!(unknown.len(), 1, "{found:?}");
    assert_eq!(unknown[0]["details"]["id"], "number-mismatc");
    assert_eq!(unknown[0]["details"]["nearest"], "number-mismatch");
    assert_eq!(unknown[0]["lang"], "ckb");
    assert_eq!(unknown[0]["target"]["line"], 11);
    assert!(found.iter().any(|f| f["check"] == "number-mismatch"));
    for good in ["number-mismatch", "all"] {
        let found = findings(good);
        assert!(
            !found.iter().any(|f| f["check"] == "unknown-allow"),
            "{good}: {found:?}"
        );
    }
    // The human report says what to do.
    std::fs::write(&ckb, with("numbr-mismatch")).unwrap();
    let (_, out, _) = run_in(dir.path(), &["check", ".", "--lang", "ckb"]);
    let out = common::unfill(&out);
    assert!(out.contains("did you mean number-mismatch"), "{out}");
}

#[test]
fn inline_suppression_and_baseline() {
    let dir = tempfile::tempdir().unwrap();
    broken(dir.path());
    let ckb = dir.path().join("ckb.md");
    let text = std::fs::read_to_string(&ckb).unwrap();
    let lines: Vec<String> = text
        .lines()
        .enumerate()
        .map(|(i, l)| {
            if i == 10 {
                format!("{l} <!-- align: allow number-mismatch -->")
            } else {
                l.to_string()
            }
        })
        .collect();
    std::fs::write(&ckb, lines.join("\n") + "\n").unwrap();
    let (code, out, _) = run_in(
        dir.path(),
        &["check", ".", "--format", "json", "--lang", "ckb"],
    );
    assert_eq!(code, 0, "{out}");
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["summary"]["errors"], 0);

    // A baseline records the rest; it is keyed by segment id, so it survives lines moving.
    let (code, _, err) = run_in(
        dir.path(),
        &["check", ".", "--write-baseline", "baseline.yaml"],
    );
    assert_eq!(code, 0, "{err}");
    let baseline = std::fs::read_to_string(dir.path().join("baseline.yaml")).unwrap();
    assert!(
        baseline.contains("segment: l1.3") && baseline.contains("check: date-mismatch"),
        "{baseline}"
    );
    assert!(!baseline.contains("line"), "{baseline}");
    let kmr = dir.path().join("kmr.md");
    let text = std::fs::read_to_string(&kmr).unwrap();
    std::fs::write(&kmr, text.replacen("\n\n", "\n\n\n\n", 1)).unwrap();
    let (code, out, _) = run_in(dir.path(), &["check", ".", "--baseline", "baseline.yaml"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("allowed by comments or the baseline"), "{out}");
    // Keyed by what is wrong too: another wrong date in the baselined sentence is new.
    let text = std::fs::read_to_string(&kmr).unwrap();
    std::fs::write(&kmr, text.replacen("8ê Kanûna Paşîn", "9ê Kanûna Paşîn", 1)).unwrap();
    let (code, out, _) = run_in(dir.path(), &["check", ".", "--baseline", "baseline.yaml"]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("error[date-mismatch]"), "{out}");
    // A baseline written before content keys (no `content:`) still matches by segment.
    let old: String = baseline
        .lines()
        .filter(|l| !l.trim_start().starts_with("content:"))
        .map(|l| format!("{l}\n"))
        .collect();
    assert_ne!(old, baseline);
    std::fs::write(dir.path().join("old.yaml"), old).unwrap();
    let (code, out, _) = run_in(dir.path(), &["check", ".", "--baseline", "old.yaml"]);
    assert_eq!(code, 0, "{out}");
    // A broken baseline is an input error naming its line.
    std::fs::write(dir.path().join("bad.yaml"), "version: 1\nfindings: [\n").unwrap();
    let (code, _, err) = run_in(dir.path(), &["check", ".", "--baseline", "bad.yaml"]);
    assert_eq!(code, 2);
    assert!(err.contains("bad.yaml:3:"), "{err}");
}

#[test]
fn fail_on_warning() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&root().join("statements/aleppo-2026-01"), dir.path());
    with_glossary(dir.path());
    let p = dir.path().join("kmr.md");
    let text = std::fs::read_to_string(&p).unwrap();
    std::fs::write(&p, format!("{text}\nParagrafeke zêde ku di çavkaniyê de tune ye, li ser rewşa Kobaniyê û gundên derdora wê.\n")).unwrap();
    let (code, out, _) = run_in(dir.path(), &["check", "."]);
    assert_eq!(code, 0, "warnings do not fail by default: {out}");
    assert!(out.contains("warning[extra-segment]"), "{out}");
    let (code, _, _) = run_in(dir.path(), &["check", ".", "--fail-on", "warning"]);
    assert_eq!(code, 1);
}

#[test]
fn configuration_severities_and_errors() {
    let dir = tempfile::tempdir().unwrap();
    broken(&dir.path().join("statements/s1"));
    with_glossary(dir.path());
    std::fs::write(
        dir.path().join("align.yaml"),
        "checks:\n  number-mismatch: off\n  date-mismatch: { default: error, kmr: warning }\n",
    )
    .unwrap();
    let (code, out, _) = run_in(dir.path(), &["check", "--format", "json"]);
    assert_eq!(code, 1);
    let v: Value = serde_json::from_str(&out).unwrap();
    let got = findings(&v);
    assert!(!got.iter().any(|g| g.0 == "number-mismatch"), "{got:?}");
    let date = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["check"] == "date-mismatch")
        .unwrap();
    assert_eq!(date["severity"], "warning");
    // An unknown check id names the file.
    std::fs::write(
        dir.path().join("align.yaml"),
        "checks:\n  number-mismatches: off\n",
    )
    .unwrap();
    let (code, _, err) = run_in(dir.path(), &["check"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("align.yaml") && err.contains("number-mismatches"),
        "{err}"
    );
    // Broken YAML names line and column.
    std::fs::write(
        dir.path().join("align.yaml"),
        "checks:\n  - : :\n statements: [\n",
    )
    .unwrap();
    let (code, _, err) = run_in(dir.path(), &["check"]);
    assert_eq!(code, 2);
    assert!(err.starts_with("error: align.yaml:"), "{err}");
}

#[test]
fn missing_translation_fails() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&root().join("statements/aleppo-2026-01"), dir.path());
    with_glossary(dir.path());
    std::fs::write(
        dir.path().join("statement.yaml"),
        "targets: [ar, kmr, ckb]\n",
    )
    .unwrap();
    std::fs::remove_file(dir.path().join("ckb.md")).unwrap();
    let (code, out, _) = run_in(dir.path(), &["check", ".", "--format", "json"]);
    assert_eq!(code, 1);
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["findings"][0]["check"], "missing-translation");
    assert_eq!(v["findings"][0]["lang"], "ckb");
}

#[test]
fn files_given_directly() {
    // A translation file alone: that translation of its statement, source found beside it.
    let dir = tempfile::tempdir().unwrap();
    broken(dir.path());
    let d = |f: &str| dir.path().join(f).to_str().unwrap().to_string();
    let (code, out, err) = run(&["check", &d("ar.md"), "--format", "json"]);
    assert_eq!(code, 1, "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["summary"]["languages"], 1);
    assert_eq!(v["summary"]["errors"], 1);
    assert_eq!(v["findings"][0]["lang"], "ar");
    // Several files, in any order (the order pre-commit passes them): the statement they belong
    // to, once, its source the source, never the first file given.
    let (code, out, _) = run(&[
        "check",
        &d("ckb.md"),
        &d("ar.md"),
        &d("en.md"),
        &d("kmr.md"),
        "--format",
        "json",
    ]);
    assert_eq!(code, 1);
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["summary"]["statements"], 1);
    assert_eq!(v["summary"]["languages"], 3);
    assert_eq!(v["summary"]["errors"], 3, "{out}");
    // The source file alone, statement.yaml or align.lock: every translation.
    let (_, out, _) = run(&["check", &d("en.md"), "--format", "json"]);
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["summary"]["languages"], 3);
    // Two translations: those two.
    let (_, out, _) = run(&["check", &d("kmr.md"), &d("ckb.md"), "--format", "json"]);
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["summary"]["languages"], 2);
    assert_eq!(v["summary"]["errors"], 2);
    // A file of no statement (a README among the changed files) is skipped, and said so.
    std::fs::write(dir.path().join("README.md"), "# Notes\n").unwrap();
    let (code, _, err) = run(&["check", &d("README.md"), &d("kmr.md")]);
    assert_eq!(code, 1);
    assert!(err.contains("README.md: not part of a statement"), "{err}");
    // A file that does not exist is an input error, never a silent pass.
    let (code, _, err) = run(&["check", &d("fa.md")]);
    assert_eq!(code, 2);
    assert!(err.contains("fa.md"), "{err}");

    // Files outside a statement directory: --source names the source, the others are its
    // translations; a translation whose name does not say its language needs --lang.
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        root().join("statements/aleppo-2026-01/en.md"),
        dir.path().join("en.md"),
    )
    .unwrap();
    std::fs::copy(
        root().join("statements/aleppo-2026-01/ar.md"),
        dir.path().join("translation.md"),
    )
    .unwrap();
    with_glossary(dir.path());
    let (code, _, err) = run_in(
        dir.path(),
        &["check", "--source", "en.md", "translation.md"],
    );
    assert_eq!(code, 2);
    assert!(
        err.contains("translation.md: cannot tell the language"),
        "{err}"
    );
    let (code, out, err) = run_in(
        dir.path(),
        &[
            "check",
            "--source",
            "en.md",
            "translation.md",
            "--lang",
            "ar",
        ],
    );
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("one translation language"), "{out}");
    // Without --source, a file no statement lists is not taken for a translation.
    let (_, out, err) = run_in(dir.path(), &["check", "en.md", "translation.md"]);
    assert!(out.contains("0 translation languages"), "{out}");
    assert!(err.contains("--source"), "{err}");
    let (code, out, _) = run(&[
        "check",
        "--source",
        "tests/fixtures/udhr/en.md",
        "tests/fixtures/udhr/ar.md",
        "--format",
        "json",
    ]);
    assert_eq!(code, 1);
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["findings"][0]["statement"], "udhr");
}

#[test]
fn configuration_from_the_checked_path() {
    // A monorepo: the statements and their align.yaml and glossary under docs/, checked from
    // the root. The glossary applies (no false term warnings), and JSON and --verbose say
    // which align.yaml is in use.
    let tmp = tempfile::tempdir().unwrap();
    let docs = tmp.path().join("docs");
    copy_dir(
        &root().join("statements/aleppo-2026-01"),
        &docs.join("statements/aleppo-2026-01"),
    );
    with_glossary(&docs);
    std::fs::write(docs.join("align.yaml"), "statements: statements\n").unwrap();
    let (code, out, err) = run_in(
        tmp.path(),
        &[
            "check",
            "docs/statements/aleppo-2026-01",
            "--fail-on",
            "warning",
            "--format",
            "json",
        ],
    );
    assert_eq!(code, 0, "{out}{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["configs"][0], "docs/align.yaml");
    // The look-alike: the same statement outside any project has no glossary, and its
    // glossary's acronyms (STJ, PÊL) are then warnings.
    copy_dir(
        &root().join("statements/aleppo-2026-01"),
        &tmp.path().join("elsewhere/aleppo-2026-01"),
    );
    let (code, out, _) = run_in(
        tmp.path(),
        &[
            "check",
            "elsewhere/aleppo-2026-01",
            "--fail-on",
            "warning",
            "--format",
            "json",
        ],
    );
    assert_eq!(code, 1, "{out}");
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["configs"].as_array().unwrap().len(), 0);
    let (_, _, err) = run_in(
        tmp.path(),
        &["check", "docs/statements/aleppo-2026-01/ar.md", "--verbose"],
    );
    assert!(
        err.contains("using docs/align.yaml for one statement"),
        "{err}"
    );
    // align.yaml or the glossary given as a changed file: every statement of the project.
    let (_, out, _) = run_in(
        tmp.path(),
        &["check", "docs/glossary.yaml", "--format", "json"],
    );
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["summary"]["statements"], 1);
    assert_eq!(v["summary"]["languages"], 3);
}

#[test]
fn list_checks() {
    let (code, out, _) = run(&["check", "--list-checks"]);
    assert_eq!(code, 0);
    assert_eq!(out.lines().count(), align::check::CHECKS.len());
    assert!(
        out.lines()
            .any(|l| l.starts_with("source-drift") && l.contains("error"))
    );
    assert!(
        out.lines()
            .any(|l| l.starts_with("number-mismatch") && l.contains("error"))
    );
}

#[test]
fn bad_input_is_exit_2_and_does_not_hide_other_findings() {
    let dir = tempfile::tempdir().unwrap();
    broken(&dir.path().join("a"));
    copy_dir(
        &root().join("statements/aleppo-2026-01"),
        &dir.path().join("b"),
    );
    std::fs::write(dir.path().join("b/ar.md"), b"# \xff\n").unwrap();
    let (code, out, err) = run_in(dir.path(), &["check", "a", "b"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("b/ar.md:1:3: this file is not valid UTF-8"),
        "{err}"
    );
    assert!(
        out.contains("date-mismatch"),
        "findings of the other statement are still shown: {out}"
    );
}

#[test]
fn input_errors_reach_every_format() {
    // One translation is not UTF-8: the run goes on, exits 2, and every format says so.
    let dir = tempfile::tempdir().unwrap();
    broken(dir.path());
    let mut bytes = std::fs::read(dir.path().join("kmr.md")).unwrap();
    bytes.extend_from_slice(b"\nbad \xff byte\n");
    std::fs::write(dir.path().join("kmr.md"), bytes).unwrap();
    let d = dir.path().to_str().unwrap();
    let run_fmt = |format: &str| run(&["check", d, "--format", format]);

    let (code, out, _) = run_fmt("json");
    assert_eq!(code, 2);
    let v: Value = serde_json::from_str(&out).unwrap();
    let e = &v["input_errors"][0];
    assert_eq!(e["kind"], "invalid-utf8");
    assert!(e["path"].as_str().unwrap().ends_with("kmr.md"), "{e}");
    assert_eq!(e["line"], 47);
    assert_eq!(v["summary"]["input_errors"], 1);
    // The other translations were still checked.
    assert_eq!(v["summary"]["errors"], 2);

    let (code, out, _) = run_fmt("github");
    assert_eq!(code, 2);
    assert!(
        out.lines().any(|l| l.starts_with("::error file=")
            && l.contains("kmr.md,line=47,")
            && l.contains("title=input error (invalid-utf8)")),
        "{out}"
    );

    let (code, out, _) = run_fmt("junit");
    assert_eq!(code, 2);
    let kmr = out
        .split("<testcase ")
        .find(|c| c.contains("[kmr]"))
        .unwrap();
    assert!(kmr.contains("<error type=\"input\""), "{kmr}");
    assert!(out.contains("errors=\"1\""), "{out}");

    let (code, out, _) = run_fmt("concise");
    assert_eq!(code, 2);
    assert!(
        out.lines()
            .any(|l| l.contains("kmr.md:47:") && l.contains(": error[input] ")),
        "{out}"
    );

    // An error before anything is checked (a path that does not exist) is still a document
    // in the machine format, not only a message on standard error.
    let (code, out, err) = run(&["check", "no/such/dir", "--format", "json"]);
    assert_eq!(code, 2);
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["input_errors"][0]["kind"], "not-found", "{err}");
    let (_, out, _) = run(&["check", "no/such/dir", "--format", "github"]);
    assert!(out.starts_with("::error file=no/such/dir,"), "{out}");
}

#[test]
fn switches_for_ci() {
    let dir = tempfile::tempdir().unwrap();
    broken(dir.path());
    let d = dir.path().to_str().unwrap();
    // --fail-on never: findings reported, exit 0; an input error still exits 2.
    let (code, out, _) = run(&["check", d, "--fail-on", "never", "--format", "concise"]);
    assert_eq!(code, 0);
    assert_eq!(out.lines().count(), 3, "{out}");
    let (code, _, _) = run(&["check", "no/such/dir", "--fail-on", "never"]);
    assert_eq!(code, 2);
    // The look-alike of --fail-on never: the default fails.
    let (code, _, _) = run(&["check", d, "--format", "concise"]);
    assert_eq!(code, 1);

    // An unwritable job summary is an input error (exit 2), not a silent loss.
    let gh = common::align()
        .env(
            "GITHUB_STEP_SUMMARY",
            dir.path().join("no/such/dir/summary.md"),
        )
        .args(["check", d, "--format", "github", "--fail-on", "never"])
        .output()
        .unwrap();
    assert_eq!(gh.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&gh.stderr).contains("summary.md"));

    // FORCE_COLOR and CLICOLOR_FORCE colour output that is not a terminal; NO_COLOR wins.
    let colour = |vars: &[(&str, &str)]| {
        let mut cmd = common::align();
        for (k, v) in vars {
            cmd.env(k, v);
        }
        let o = cmd.args(["check", d]).output().unwrap();
        String::from_utf8(o.stdout).unwrap().contains("\x1b[")
    };
    assert!(!colour(&[]));
    assert!(colour(&[("FORCE_COLOR", "1")]));
    assert!(colour(&[("CLICOLOR_FORCE", "1")]));
    assert!(!colour(&[("FORCE_COLOR", "0")]));
    assert!(!colour(&[("FORCE_COLOR", "1"), ("NO_COLOR", "1")]));

    // --files-from -: the changed files on standard input, one a line or NUL-separated.
    for list in ["ar.md\nREADME.md\n", "ar.md\0kmr.md\0"] {
        let list: String = list
            .split(['\n', '\0'])
            .filter(|l| !l.is_empty())
            .map(|l| format!("{d}/{l}"))
            .collect::<Vec<_>>()
            .join(if list.contains('\0') { "\0" } else { "\n" });
        std::fs::write(dir.path().join("README.md"), "# Notes\n").unwrap();
        let o = common::align()
            .args(["check", "--files-from", "-", "--format", "json"])
            .write_stdin(list.clone())
            .output()
            .unwrap();
        let v: Value = serde_json::from_slice(&o.stdout).unwrap();
        let want = if list.contains('\0') { 2 } else { 1 };
        assert_eq!(v["summary"]["languages"], want, "{list:?}");
    }
    // An empty list checks nothing (not every statement of the project).
    let o = common::align()
        .args(["check", "--files-from", "-", "--format", "json"])
        .write_stdin("")
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0));
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["summary"]["statements"], 0);
}

/// Outside a project (no align.yaml), the checked directory is the root: its glossary applies
/// whatever directory align is run from.
#[test]
fn findings_do_not_depend_on_the_working_directory() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("broken");
    broken(&dir);
    let checks = |cwd: &std::path::Path, path: &str| -> Vec<String> {
        let (_, out, _) = run_in(cwd, &["check", path, "--format", "json", "--no-cache"]);
        let v: Value = serde_json::from_str(&out).unwrap();
        v["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| format!("{} {} {}", f["check"], f["lang"], f["details"]))
            .collect()
    };
    let inside = checks(&dir, ".");
    assert_eq!(inside.len(), 3, "{inside:?}");
    assert_eq!(checks(tmp.path(), "broken"), inside);
    assert_eq!(checks(&common::root(), dir.to_str().unwrap()), inside);
}
