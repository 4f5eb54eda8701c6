//! Output of `align check`, one module per format. Every format is made from the same findings;
//! only `human` is localized, the machine formats always speak English.
//!
//! A finding's message is the Fluent message `check-<id>` with the finding's details as
//! arguments (lists joined with ", ", and `<key>-count` for the length of each list); its advice
//! is `check-<id>-hint`; its one-line description, for `--list-checks`, `check-<id>-description`.

pub mod concise;
pub mod github;
pub mod html;
pub mod human;
pub mod json;
pub mod junit;
pub mod sarif;

use fluent_bundle::FluentValue;
use serde_json::Value;

use crate::check::{CHECKS, Finding, Outcome, Severity};
use crate::i18n::Localizer;

/// A value in Arabic script inside a left-to-right message (or any value, the bundle of a
/// right-to-left language isolates itself): wrapped in a first-strong isolate, so that the
/// bidi algorithm lays it out as one unit ("7 كانون الثاني 2026" never becomes "2026 … 7").
fn isolate(l: &Localizer, s: String) -> String {
    if !l.is_rtl() && s.chars().any(crate::text::is_arabic_letter) {
        format!("\u{2068}{s}\u{2069}")
    } else {
        s
    }
}

/// The finding's details as message arguments, and `dir` (the statement's directory) and
/// `segment` (the source segment) for ready-to-run commands in hints.
fn args(l: &Localizer, f: &Finding) -> Vec<(String, FluentValue<'static>)> {
    let mut out: Vec<(String, FluentValue<'static>)> = Vec::new();
    for (k, v) in &f.details {
        let key = k.replace('_', "-");
        match v {
            Value::String(s) => out.push((key, FluentValue::from(isolate(l, s.clone())))),
            Value::Number(n) => out.push((key, FluentValue::from(n.as_f64().unwrap_or(0.0)))),
            Value::Array(items) => {
                let list: Vec<String> = items
                    .iter()
                    .map(|x| match x {
                        Value::String(s) => s.clone(),
                        other => other.to_string(),
                    })
                    .collect();
                out.push((format!("{key}-count"), FluentValue::from(list.len())));
                out.push((key, FluentValue::from(isolate(l, list.join(", ")))));
            }
            Value::Null => out.push((key, FluentValue::from(""))),
            Value::Bool(b) => out.push((key, FluentValue::from(b.to_string()))),
            Value::Object(_) => {}
        }
    }
    out.push(("lang".into(), FluentValue::from(f.lang.clone())));
    let dir = f
        .primary()
        .and_then(|p| std::path::Path::new(&p.path).parent())
        .map(|d| d.display().to_string())
        .filter(|d| !d.is_empty())
        .unwrap_or_else(|| ".".to_string());
    if !out.iter().any(|(k, _)| k == "dir") {
        out.push(("dir".into(), FluentValue::from(dir)));
    }
    if !out.iter().any(|(k, _)| k == "segment") {
        let seg = f
            .source
            .as_ref()
            .and_then(|s| s.segment.as_deref())
            .map(|s| s.split(".s").next().unwrap_or(s).to_string())
            .unwrap_or_default();
        out.push(("segment".into(), FluentValue::from(seg)));
    }
    out
}

fn with_args(l: &Localizer, id: &str, f: &Finding) -> Option<String> {
    let owned = args(l, f);
    let borrowed: Vec<(&str, FluentValue)> =
        owned.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
    l.opt(id, &borrowed)
}

/// What is wrong, in the localizer's language.
pub fn message(l: &Localizer, f: &Finding) -> String {
    with_args(l, &format!("check-{}", f.check), f).unwrap_or_else(|| f.check.to_string())
}

/// What to do about it, when there is advice.
pub fn hint(l: &Localizer, f: &Finding) -> Option<String> {
    with_args(l, &format!("check-{}-hint", f.check), f)
}

/// One line per check: id, default severity, what it finds (`--list-checks`).
pub fn list_checks(l: &Localizer) -> String {
    let width = CHECKS.iter().map(|c| c.id.len()).max().unwrap_or(0);
    CHECKS
        .iter()
        .map(|c| {
            format!(
                "{:<width$}  {:<7}  {}\n",
                c.id,
                c.severity.as_str(),
                l.msg(&format!("check-{}-description", c.id))
            )
        })
        .collect()
}

/// `1 statement, 3 translations, 91 segments checked: 1 error, 2 warnings`.
pub fn summary(l: &Localizer, o: &Outcome) -> String {
    let mut s = l.fmt(
        "check-summary",
        &[
            ("statements", o.statements.into()),
            ("languages", o.languages.into()),
            ("segments", o.segments.into()),
            ("errors", o.count(Severity::Error).into()),
            ("warnings", o.count(Severity::Warning).into()),
            ("infos", o.count(Severity::Info).into()),
        ],
    );
    if o.suppressed > 0 {
        s.push_str(&l.fmt(
            "check-summary-suppressed",
            &[("suppressed", o.suppressed.into())],
        ));
    }
    s
}

/// The exit decision: whether any finding is at or above `fail_on`.
pub fn fails(o: &Outcome, fail_on: Severity) -> bool {
    o.findings.iter().any(|f| f.severity >= fail_on)
}
