//! `--format json`: the stable machine format.
//!
//! ```json
//! { "version": 1,
//!   "findings": [ { "check": "missing-segment", "severity": "error",
//!                   "statement": "aleppo-2026-01", "lang": "ar",
//!                   "source": {"path": "…/en.md", "line": 12, "segment": "p3", "text": "…"},
//!                   "target": null, "message": "…", "details": { … } } ],
//!   "summary": { "statements": 1, "languages": 3, "segments": 120, "errors": 1,
//!                "warnings": 0, "infos": 0, "suppressed": 0 } }
//! ```

use serde::Serialize;

use super::message;
use crate::check::{Finding, Location, Outcome, Severity};
use crate::i18n::Localizer;

/// Version of the JSON shape; changes only when a key changes meaning or disappears.
pub const VERSION: u32 = 1;

#[derive(Serialize)]
struct JsonFinding<'a> {
    check: &'a str,
    severity: Severity,
    statement: &'a str,
    lang: &'a str,
    source: &'a Option<Location>,
    target: &'a Option<Location>,
    message: String,
    details: &'a serde_json::Map<String, serde_json::Value>,
}

#[derive(Serialize)]
struct Summary {
    statements: usize,
    languages: usize,
    segments: usize,
    errors: usize,
    warnings: usize,
    infos: usize,
    suppressed: usize,
}

#[derive(Serialize)]
struct Json<'a> {
    version: u32,
    findings: Vec<JsonFinding<'a>>,
    summary: Summary,
}

fn finding<'a>(f: &'a Finding) -> JsonFinding<'a> {
    JsonFinding {
        check: f.check,
        severity: f.severity,
        statement: &f.statement,
        lang: &f.lang,
        source: &f.source,
        target: &f.target,
        message: message(Localizer::english(), f),
        details: &f.details,
    }
}

pub fn json(o: &Outcome) -> String {
    let value = Json {
        version: VERSION,
        findings: o.findings.iter().map(finding).collect(),
        summary: Summary {
            statements: o.statements,
            languages: o.languages,
            segments: o.segments,
            errors: o.count(Severity::Error),
            warnings: o.count(Severity::Warning),
            infos: o.count(Severity::Info),
            suppressed: o.suppressed,
        },
    };
    let mut s = serde_json::to_string_pretty(&value).unwrap_or_default();
    s.push('\n');
    s
}
