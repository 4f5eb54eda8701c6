//! `--format sarif`: SARIF 2.1.0, one rule per check (the registry), one result per finding with
//! its location in the translation (or the source) and, when both exist, the source as a
//! related location.

use serde_json::{Value, json};

use super::message;
use crate::check::{CHECKS, Finding, Location, Outcome, Severity};
use crate::i18n::Localizer;

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

fn location(loc: &Location, id: usize) -> Value {
    let mut v = json!({
        "physicalLocation": {
            "artifactLocation": { "uri": loc.path.replace('\\', "/") },
            "region": { "startLine": loc.line }
        }
    });
    if let Some(seg) = &loc.segment {
        v["logicalLocations"] = json!([{ "name": seg, "kind": "segment" }]);
    }
    if id > 0 {
        v["id"] = json!(id);
    }
    v
}

fn result(f: &Finding, rules: &[&str]) -> Value {
    let l = Localizer::english();
    let mut r = json!({
        "ruleId": f.check,
        "ruleIndex": rules.iter().position(|x| *x == f.check).unwrap_or(0),
        "level": level(f.severity),
        "message": { "text": message(l, f) },
        "locations": f.primary().map(|p| vec![location(p, 0)]).unwrap_or_default(),
        "properties": { "statement": f.statement, "lang": f.lang, "details": f.details },
    });
    if let (Some(s), Some(_)) = (&f.source, &f.target) {
        r["relatedLocations"] = json!([location(s, 1)]);
    }
    r
}

pub fn sarif(o: &Outcome) -> String {
    let l = Localizer::english();
    let rules: Vec<&str> = CHECKS.iter().map(|c| c.id).collect();
    let value = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "align",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": CHECKS.iter().map(|c| json!({
                    "id": c.id,
                    "shortDescription": { "text": l.msg(&format!("check-{}-description", c.id)) },
                    "defaultConfiguration": { "level": level(c.severity) },
                })).collect::<Vec<_>>(),
            }},
            "results": o.findings.iter().map(|f| result(f, &rules)).collect::<Vec<_>>(),
        }]
    });
    let mut s = serde_json::to_string_pretty(&value).unwrap_or_default();
    s.push('\n');
    s
}
