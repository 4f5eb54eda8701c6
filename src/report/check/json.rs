//! `--format json`: the stable machine format.
//!
//! ```json
//! { "version": 1, "configs": ["align.yaml"],
//!   "findings": [ { "check": "missing-segment", "severity": "error",
//!                   "statement": "aleppo-2026-01", "lang": "ar",
//!                   "source": {"path": "…/en.md", "line": 12, "segment": "p3", "text": "…"},
//!                   "target": null, "message": "…", "details": { … } } ],
//!   "input_errors": [ { "kind": "invalid-utf8", "path": "…/kmr.md", "line": 3,
//!                       "column": 7, "message": "…" } ],
//!   "summary": { "statements": 1, "languages": 3, "segments": 120, "errors": 1,
//!                "warnings": 0, "infos": 0, "suppressed": 0, "input_errors": 1 } }
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
    input_errors: usize,
}

/// An input error: a file that could not be read or parsed, a bad argument.
#[derive(Serialize)]
struct JsonError {
    /// Stable kebab-case kind (`not-found`, `invalid-utf8`, `yaml`, …).
    kind: &'static str,
    path: Option<String>,
    line: Option<usize>,
    column: Option<usize>,
    message: String,
}

#[derive(Serialize)]
struct Json<'a> {
    version: u32,
    /// The `align.yaml` files in use, one per project checked.
    configs: &'a [String],
    findings: Vec<JsonFinding<'a>>,
    input_errors: Vec<JsonError>,
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
        configs: &o.configs,
        findings: o.findings.iter().map(finding).collect(),
        input_errors: o
            .errors
            .iter()
            .map(|e| JsonError {
                kind: e.kind.code(),
                path: e.path.clone(),
                line: e.line,
                column: e.column,
                message: Localizer::english().error(e),
            })
            .collect(),
        summary: Summary {
            statements: o.statements,
            languages: o.languages,
            segments: o.segments,
            errors: o.count(Severity::Error),
            warnings: o.count(Severity::Warning),
            infos: o.count(Severity::Info),
            suppressed: o.suppressed,
            input_errors: o.errors.len(),
        },
    };
    let mut s = serde_json::to_string_pretty(&value).unwrap_or_default();
    s.push('\n');
    s
}
