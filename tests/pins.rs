//! `align pin`: a pin survives the next run and every command that aligns honours it; a pin
//! whose text changed is reported and no longer applied; a pin never hides an omission.

mod common;

use common::run_in;
use serde_json::Value;

fn show_kinds(dir: &std::path::Path) -> Vec<(String, String)> {
    let (code, out, err) = run_in(dir, &["show", "s", "--lang", "ar", "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    let v = if v.is_array() { v[0].clone() } else { v };
    v["blocks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| {
            let ids = |k: &str| {
                b[k].as_array()
                    .unwrap()
                    .iter()
                    .map(|x| x.as_str().unwrap_or_default().to_string())
                    .collect::<Vec<_>>()
                    .join("+")
            };
            (ids("source"), ids("target"))
        })
        .collect()
}

fn findings(dir: &std::path::Path) -> Vec<Value> {
    let (_, out, _) = run_in(dir, &["check", "s", "--lang", "ar", "--format", "json"]);
    let v: Value = serde_json::from_str(&out).unwrap();
    v["findings"].as_array().unwrap().clone()
}

#[test]
fn a_pin_is_honoured_until_its_text_changes() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    common::copy_dir(
        &common::root().join("statements/aleppo-2026-01"),
        &d.join("s"),
    );
    common::with_glossary(&d.join("s"));
    let before = show_kinds(d);
    assert!(
        before.iter().any(|(s, t)| s == "p4" && t == "p4"),
        "{before:?}"
    );

    // Pin p4 of the source to p4 and p5 of the Arabic: show pairs them so, every run after.
    let (code, _, err) = run_in(d, &["pin", "s", "--lang", "ar", "p4=p4,p5"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("pinned ar: p4 = p4, p5"), "{err}");
    let yaml = std::fs::read_to_string(d.join("s/pins.yaml")).unwrap();
    assert!(
        yaml.contains("lang: ar") && yaml.contains("source_text:"),
        "{yaml}"
    );
    let after = show_kinds(d);
    assert_ne!(after, before);
    assert!(
        after
            .iter()
            .any(|(s, t)| s.starts_with("p4") && t == "p4+p5"),
        "{after:?}"
    );
    let (_, out, _) = run_in(d, &["pin", "s"]);
    assert_eq!(out.trim(), "ar: p4 = p4, p5 (applies)");

    // The Arabic p4 edited: the pin is stale, reported, and not applied.
    common::edit(&d.join("s/ar.md"), "ويعرّض", "يعرّض");
    let found = findings(d);
    let stale: Vec<&Value> = found.iter().filter(|f| f["check"] == "stale-pin").collect();
    assert_eq!(stale.len(), 1, "{found:?}");
    assert_eq!(stale[0]["details"]["reason"], "changed");
    assert_eq!(stale[0]["target"]["segment"], "p4");
    assert_eq!(show_kinds(d), before);
    let (_, out, _) = run_in(d, &["pin", "s"]);
    assert!(out.contains("stale: the text changed"), "{out}");

    // Removed: nothing to report.
    let (code, _, err) = run_in(d, &["pin", "s", "--lang", "ar", "--remove", "p4"]);
    assert_eq!(code, 0, "{err}");
    assert!(!findings(d).iter().any(|f| f["check"] == "stale-pin"));
}

#[test]
fn a_pin_never_hides_an_omission() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    common::broken(&d.join("s"));
    // Claim that the Arabic demand 3 renders demands 3 and 4 of the source (demand 3 was
    // dropped, and 4 renumbered 3).
    let (code, _, err) = run_in(d, &["pin", "s", "--lang", "ar", "l1.3,l1.4=l1.3"]);
    assert_eq!(code, 0, "{err}");
    let found = findings(d);
    let missing: Vec<&Value> = found
        .iter()
        .filter(|f| f["check"] == "missing-segment")
        .collect();
    assert_eq!(missing.len(), 1, "{found:?}");
    assert_eq!(missing[0]["source"]["segment"], "l1.3");
    assert!(
        !found.iter().any(|f| f["check"] == "stale-pin"),
        "{found:?}"
    );
}

#[test]
fn pins_that_cannot_be() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    common::copy_dir(
        &common::root().join("statements/aleppo-2026-01"),
        &d.join("s"),
    );
    for (args, message) in [
        (
            &["pin", "s", "--lang", "ar", "p99=p4"][..],
            "there is no block p99 in",
        ),
        (&["pin", "s", "--lang", "ar", "p4"], "\"p4\" is not a pin"),
        (
            &["pin", "s", "--lang", "ar", "p3,p5=p3"],
            "are not consecutive",
        ),
        (
            &["pin", "s", "--lang", "ar", "p1,p2,p3,p4,p5=p1"],
            "joins too many blocks",
        ),
        (&["pin", "s", "p4=p4"], "say which translation"),
        (
            &["pin", "s", "--lang", "fr", "p4=p4"],
            "has no translation in fr",
        ),
    ] {
        let (code, _, err) = run_in(d, args);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(err.contains(message), "{args:?}: {err}");
    }
    assert!(!d.join("s/pins.yaml").exists());
    // A broken pins file is an input error naming its line; the statement is still checked.
    std::fs::write(d.join("s/pins.yaml"), "version: 1\npins: [\n").unwrap();
    let (code, out, err) = run_in(d, &["check", "s", "--lang", "ar"]);
    assert_eq!(code, 2, "{out}{err}");
    assert!(err.contains("pins.yaml:3:"), "{err}");
}

/// The review page offers the command that pins each pair the aligner is unsure of.
#[test]
fn the_review_page_offers_the_pin_command() {
    let tmp = tempfile::tempdir().unwrap();
    let page = tmp.path().join("udhr.html");
    let (_, _, err) = common::run(&[
        "check",
        "tests/fixtures/udhr",
        "--no-cache",
        "--report",
        page.to_str().unwrap(),
    ]);
    let html = std::fs::read_to_string(&page).unwrap_or_else(|e| panic!("{e}: {err}"));
    assert!(
        html.contains("<code dir=\"ltr\">align pin tests/fixtures/udhr --lang ar p"),
        "no pin command"
    );
}

/// `align pin --help` teaches by example.
#[test]
fn pin_help_teaches() {
    let (code, out, _) = common::run(&["pin", "--help"]);
    assert_eq!(code, 0);
    for word in [
        "align pin statements/aleppo-2026-01 --lang ar p4=p4,p5",
        "--remove",
        "stale-pin",
        "never hides an omission",
    ] {
        assert!(out.contains(word), "{word}: {out}");
    }
}
