//! Findings for people: for each, where (file:line), what is wrong, the source and the
//! translation one above the other with the differing words marked, and what to do.
//!
//! ```text
//! error[number-mismatch]: statements/aleppo-2026-01/ar.md:11: …
//!    en  en.md:11 p4.s1  This military escalation endangers … more than 250,000 civilians …
//!    ar  ar.md:11 p4.s1  يهدد هذا التصعيد العسكري … أكثر من 205 ألف مدني …
//!   hint: …
//! ```

use serde_json::Value;

use super::{hint, message, summary};
use crate::check::{Finding, Location, Outcome, Severity};
use crate::i18n::Localizer;
use crate::report::Style;

/// Longest excerpt shown, in characters.
const EXCERPT: usize = 180;

/// Words of the details to mark in the texts.
fn marks(f: &Finding, source_side: bool) -> Vec<String> {
    let keys: &[&str] = if source_side {
        &["source_only", "source_date", "term", "token"]
    } else {
        &["target_only", "target_date", "words"]
    };
    let mut out = Vec::new();
    for k in keys {
        match f.details.get(*k) {
            Some(Value::String(s)) if !s.is_empty() => out.push(s.clone()),
            Some(Value::Array(v)) => {
                out.extend(v.iter().filter_map(|x| x.as_str().map(str::to_string)))
            }
            _ => {}
        }
    }
    out
}

/// The text around the first mark, at most [`EXCERPT`] characters, the marks highlighted,
/// wrapped in a first-strong isolate so right-to-left text lays out on its own.
fn excerpt(text: &str, marks: &[String], style: Style, paint: fn(Style, &str) -> String) -> String {
    let text = &*crate::report::clean(text, false);
    let chars: Vec<char> = text.chars().collect();
    let (mut start, mut end) = (0, chars.len());
    if chars.len() > EXCERPT {
        let first = marks
            .iter()
            .filter_map(|m| text.find(m.as_str()))
            .min()
            .map_or(0, |byte| text[..byte].chars().count());
        start = first.saturating_sub(EXCERPT / 3);
        end = (start + EXCERPT).min(chars.len());
        start = end.saturating_sub(EXCERPT);
    }
    let mut s: String = chars[start..end].iter().collect();
    for m in marks {
        if !m.is_empty() && s.contains(m.as_str()) {
            s = s.replace(m.as_str(), &paint(style, m));
        }
    }
    let pre = if start > 0 { "…" } else { "" };
    let post = if end < chars.len() { "…" } else { "" };
    format!("\u{2068}{pre}{s}{post}\u{2069}")
}

fn file_name(path: &str) -> &str {
    path.rsplit(['/', '\\']).next().unwrap_or(path)
}

fn side(
    lang: &str,
    loc: &Location,
    marks: &[String],
    style: Style,
    paint: fn(Style, &str) -> String,
) -> String {
    let at = format!(
        "{}:{}",
        crate::report::clean(file_name(&loc.path), false),
        loc.line
    );
    let seg = loc.segment.as_deref().unwrap_or("");
    match &loc.text {
        Some(t) if !t.is_empty() => format!(
            "   {}  {} {}  {}\n",
            style.bold(&format!("{lang:<3}")),
            style.dim(&at),
            style.dim(seg),
            excerpt(t, marks, style, paint)
        ),
        _ => format!(
            "   {}  {} {}\n",
            style.bold(&format!("{lang:<3}")),
            style.dim(&at),
            style.dim(seg)
        ),
    }
}

/// One finding.
pub fn finding(l: &Localizer, style: Style, f: &Finding, source_lang: &str) -> String {
    let (label, paint): (String, fn(Style, &str) -> String) = match f.severity {
        Severity::Error => (
            style.error(&format!("{}[{}]", l.msg("label-error"), f.check)),
            Style::error,
        ),
        Severity::Warning => (
            style.warning(&format!("{}[{}]", l.msg("label-warning"), f.check)),
            Style::warning,
        ),
        Severity::Info => (
            style.info(&format!("{}[{}]", l.msg("label-info"), f.check)),
            Style::info,
        ),
    };
    let at = f
        .primary()
        .map(|p| format!("{}:{}", p.path, p.line))
        .unwrap_or_default();
    let clean = crate::report::clean;
    let mut out = format!(
        "{label}: {}: {}\n",
        style.bold(&clean(&at, false)),
        clean(&message(l, f), false)
    );
    if let Some(s) = &f.source {
        out.push_str(&side(source_lang, s, &marks(f, true), style, paint));
    }
    if let Some(t) = &f.target {
        out.push_str(&side(&f.lang, t, &marks(f, false), style, paint));
    }
    if let Some(h) = hint(l, f) {
        out.push_str(&format!(
            "  {}: {}\n",
            style.dim(&l.msg("label-hint")),
            clean(&h, false)
        ));
    }
    out
}

/// Every finding, then the summary line.
pub fn text(
    l: &Localizer,
    style: Style,
    o: &Outcome,
    source_lang: &dyn Fn(&str) -> String,
    quiet: bool,
) -> String {
    let mut out = String::new();
    for f in &o.findings {
        out.push_str(&finding(l, style, f, &source_lang(&f.statement)));
        out.push('\n');
    }
    if !quiet {
        out.push_str(&style.bold(&summary(l, o)));
        out.push('\n');
    }
    out
}
