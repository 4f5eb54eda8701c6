//! `align check --format sarif`: every log validates against the official SARIF 2.1.0 schema
//! (formats checked), with paths relative to the repository root, percent-encoded, and the
//! fields GitHub code scanning reads (rule help, regions with columns, fingerprints that do not
//! move with lines, input errors as notifications).

mod common;

use std::path::Path;

use common::{broken, run_in};
use serde_json::Value;

/// The official schema (OASIS, errata 01): see `tests/fixtures/README.md`.
fn schema_errors(log: &Value) -> Vec<String> {
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(
            common::root().join("tests/fixtures/formats/sarif-2.1.0/sarif-schema-2.1.0.json"),
        )
        .unwrap(),
    )
    .unwrap();
    // The schema says draft 4, which has no `uri-reference` format, so a validator would let
    // any artifact URI through; read as draft 7 (the same keywords for this schema, which has
    // no `exclusiveMinimum`) every URI is checked against RFC 3986.
    let validator = jsonschema::options()
        .with_draft(jsonschema::Draft::Draft7)
        .should_validate_formats(true)
        .build(&schema)
        .expect("the SARIF schema compiles");
    validator
        .iter_errors(log)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}

fn validate(log: &Value) {
    let errors = schema_errors(log);
    assert!(errors.is_empty(), "invalid SARIF:\n{}", errors.join("\n"));
}

/// The validation can fail: a URI with a raw space, a line 0.
#[test]
fn the_schema_rejects_what_code_scanning_would() {
    let (_, mut v) = sarif(&common::root(), &["tests/fixtures/udhr"]);
    let first = v["runs"][0]["results"][0].clone();
    assert!(first.is_object(), "{v:#}");
    let mut bad = first.clone();
    bad["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] = "a b/%zz.md".into();
    v["runs"][0]["results"][0] = bad;
    assert!(!schema_errors(&v).is_empty());
    let mut bad = first;
    bad["locations"][0]["physicalLocation"]["region"]["startLine"] = 0.into();
    v["runs"][0]["results"][0] = bad;
    assert!(!schema_errors(&v).is_empty());
}

fn sarif(dir: &Path, args: &[&str]) -> (i32, Value) {
    let mut all = vec!["check", "--format", "sarif"];
    all.extend_from_slice(args);
    let (code, out, err) = run_in(dir, &all);
    let v: Value =
        serde_json::from_str(&out).unwrap_or_else(|e| panic!("not JSON ({e}): {out}\n{err}"));
    validate(&v);
    (code, v)
}

/// A repository (a `.git`) holding the broken statement under a path with a space and a `%`.
fn repository() -> (tempfile::TempDir, &'static str) {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::create_dir(tmp.path().join(".git")).unwrap();
    let dir = "my statements/aleppo 100%";
    broken(&tmp.path().join(dir));
    (tmp, dir)
}

fn result<'a>(v: &'a Value, rule: &str) -> &'a Value {
    v["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["ruleId"] == rule)
        .unwrap_or_else(|| panic!("no {rule} in {v:#}"))
}

#[test]
fn a_log_code_scanning_accepts() {
    let (tmp, _) = repository();
    // Run from a subdirectory: URIs stay relative to the repository's root.
    let sub = tmp.path().join("my statements");
    let (code, v) = sarif(&sub, &["aleppo 100%"]);
    assert_eq!(code, 1);
    let run = &v["runs"][0];
    assert_eq!(run["columnKind"], "unicodeCodePoints");
    let base = run["originalUriBaseIds"]["%SRCROOT%"]["uri"]
        .as_str()
        .unwrap();
    assert!(
        base.starts_with("file:///") && base.ends_with('/'),
        "{base}"
    );
    assert_eq!(run["invocations"][0]["executionSuccessful"], true);

    // Rules: one per check, each with a name, descriptions and help in text and Markdown.
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    assert_eq!(rules.len(), align::check::CHECKS.len());
    let rule = rules.iter().find(|r| r["id"] == "number-mismatch").unwrap();
    assert_eq!(rule["name"], "NumberMismatch");
    assert!(!rule["fullDescription"]["text"].as_str().unwrap().is_empty());
    assert!(
        rule["help"]["markdown"]
            .as_str()
            .unwrap()
            .contains("<!-- align: allow number-mismatch -->")
            || rule["help"]["markdown"]
                .as_str()
                .unwrap()
                .contains("&lt;!-- align: allow number-mismatch --&gt;"),
        "{rule:#}"
    );

    // The Sorani number: in the translation, at the segment's columns, the source linked.
    let r = result(&v, "number-mismatch");
    let loc = &r["locations"][0]["physicalLocation"];
    assert_eq!(loc["artifactLocation"]["uriBaseId"], "%SRCROOT%");
    assert_eq!(
        loc["artifactLocation"]["uri"],
        "my%20statements/aleppo%20100%25/ckb.md"
    );
    assert_eq!(loc["region"]["startLine"], 11);
    assert_eq!(loc["region"]["startColumn"], 1);
    assert!(loc["region"]["endColumn"].as_u64().unwrap() > 1);
    assert!(
        r["message"]["text"]
            .as_str()
            .unwrap()
            .contains("[source](1)"),
        "{r:#}"
    );
    let related = &r["relatedLocations"][0];
    assert_eq!(related["id"], 1);
    assert!(
        related["physicalLocation"]["artifactLocation"]["uri"]
            .as_str()
            .unwrap()
            .ends_with("/en.md")
    );
    assert!(
        r["partialFingerprints"]["alignFinding/v1"]
            .as_str()
            .is_some_and(|h| h.len() == 16)
    );
}

/// A finding keeps its fingerprint when lines are added above it, and another fault gets
/// another one.
#[test]
fn fingerprints_follow_the_finding_not_its_line() {
    let (tmp, dir) = repository();
    let print =
        |v: &Value| result(v, "number-mismatch")["partialFingerprints"]["alignFinding/v1"].clone();
    let line = |v: &Value| {
        result(v, "number-mismatch")["locations"][0]["physicalLocation"]["region"]["startLine"]
            .clone()
    };
    let (_, before) = sarif(tmp.path(), &[dir]);
    let ckb = tmp.path().join(dir).join("ckb.md");
    let text = std::fs::read_to_string(&ckb).unwrap();
    std::fs::write(&ckb, text.replacen("\n\n", "\n\n\n\n\n", 1)).unwrap();
    let (_, moved) = sarif(tmp.path(), &[dir]);
    assert_ne!(line(&before), line(&moved));
    assert_eq!(print(&before), print(&moved));
    std::fs::write(&ckb, text.replacen("٢٠٥ هەزار", "٢٠٦ هەزار", 1)).unwrap();
    let (_, other) = sarif(tmp.path(), &[dir]);
    assert_ne!(print(&before), print(&other));
}

/// A file that cannot be read is a notification, and the run is not successful; the findings
/// of the other files are still there.
#[test]
fn input_errors_are_notifications() {
    let (tmp, dir) = repository();
    std::fs::write(tmp.path().join(dir).join("kmr.md"), b"\xff\xfe not UTF-8\n").unwrap();
    let (code, v) = sarif(tmp.path(), &[dir]);
    assert_eq!(code, 2);
    let inv = &v["runs"][0]["invocations"][0];
    assert_eq!(inv["executionSuccessful"], false);
    let n = &inv["toolExecutionNotifications"][0];
    assert_eq!(n["level"], "error");
    assert!(
        n["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            .as_str()
            .unwrap()
            .ends_with("/kmr.md"),
        "{n:#}"
    );
    result(&v, "number-mismatch");
}

/// The bundled statement: a valid log with no result.
#[test]
fn the_bundled_statement_is_clean() {
    let (code, v) = sarif(&common::root(), &["statements/aleppo-2026-01"]);
    assert_eq!(code, 0);
    assert_eq!(v["runs"][0]["results"].as_array().unwrap().len(), 0);
}
