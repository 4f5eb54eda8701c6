//! The check cache (`.align_cache/`): a second run gives the same findings without checking
//! again, and any change its findings depend on (a translation, the source, `align.yaml`, the
//! glossary, `--lang`) is seen; a corrupt entry is ignored; `--no-cache` neither reads nor
//! writes it.

mod common;

use std::path::Path;

use common::{broken, run_in};
use serde_json::Value;

/// A project: `align.yaml` and the glossary at its root, the broken statement in `s/`.
fn project() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    broken(&tmp.path().join("s"));
    for f in ["align.yaml", "glossary.yaml"] {
        std::fs::copy(common::root().join(f), tmp.path().join(f)).unwrap();
    }
    tmp
}

fn findings(dir: &Path, extra: &[&str]) -> Value {
    let mut args = vec!["check", "s", "--format", "json"];
    args.extend_from_slice(extra);
    let (code, out, err) = run_in(dir, &args);
    assert!(code == 0 || code == 1, "{err}");
    let mut v: Value = serde_json::from_str(&out).unwrap();
    v.as_object_mut().unwrap().remove("configs");
    v
}

fn entries(dir: &Path) -> Vec<std::path::PathBuf> {
    std::fs::read_dir(dir.join(".align_cache/v1"))
        .map(|d| d.map(|e| e.unwrap().path()).collect())
        .unwrap_or_default()
}

#[test]
fn a_second_run_reads_the_same_findings() {
    let tmp = project();
    let d = tmp.path();
    let first = findings(d, &[]);
    assert_eq!(entries(d).len(), 1);
    assert!(d.join(".align_cache/.gitignore").exists());
    assert!(d.join(".align_cache/CACHEDIR.TAG").exists());
    // Make the entry say something else: if the second run read it, its output shows it.
    let entry = &entries(d)[0];
    let text = std::fs::read_to_string(entry).unwrap();
    assert!(text.contains("number-mismatch"));
    let second = findings(d, &[]);
    assert_eq!(first, second);
    std::fs::write(entry, text.replace("\"segments\":", "\"segments\":1000+")).unwrap();
    // A corrupt entry is ignored, and rewritten.
    assert_eq!(findings(d, &[]), first);
    assert_eq!(std::fs::read_to_string(entry).unwrap(), text);
    // An entry that parses is used as it is (this is what makes the second run fast).
    let v: Value = serde_json::from_str(&text).unwrap();
    let mut doctored = v.clone();
    doctored["segments"] = 7.into();
    std::fs::write(entry, doctored.to_string()).unwrap();
    assert_eq!(findings(d, &[])["summary"]["segments"], 7);
    // --no-cache checks again.
    assert_eq!(findings(d, &["--no-cache"]), first);
}

#[test]
fn every_change_is_seen() {
    let tmp = project();
    let d = tmp.path();
    let count = |v: &Value, check: &str| {
        v["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["check"] == check)
            .count()
    };
    let first = findings(d, &[]);
    assert_eq!(count(&first, "number-mismatch"), 1);
    // A translation fixed.
    common::edit(&d.join("s/ckb.md"), "٢٠٥ هەزار", "٢٥٠ هەزار");
    let v = findings(d, &[]);
    assert_eq!(count(&v, "number-mismatch"), 0);
    // The source changed.
    common::edit(&d.join("s/en.md"), "250,000", "260,000");
    let v = findings(d, &[]);
    assert_eq!(count(&v, "number-mismatch"), 3, "{v:#}");
    // align.yaml: a check turned into a warning.
    let config = std::fs::read_to_string(d.join("align.yaml")).unwrap();
    let edited = config.replacen("checks: {}", "checks: { number-mismatch: warning }", 1);
    assert_ne!(edited, config);
    std::fs::write(d.join("align.yaml"), edited).unwrap();
    let v = findings(d, &[]);
    assert!(
        v["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["check"] == "number-mismatch")
            .all(|f| f["severity"] == "warning"),
        "{v:#}"
    );
    // --lang: another selection, another entry.
    let v = findings(d, &["--lang", "kmr"]);
    assert_eq!(count(&v, "number-mismatch"), 1, "{v:#}");
    assert_eq!(count(&v, "date-mismatch"), 1, "{v:#}");
    // The same run without the cache agrees.
    assert_eq!(findings(d, &["--lang", "kmr", "--no-cache"]), v);
}

#[test]
fn no_cache_writes_nothing() {
    let tmp = project();
    findings(tmp.path(), &["--no-cache"]);
    assert!(!tmp.path().join(".align_cache").exists());
}
