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

/// Words of the details to mark in the texts.
fn marks(f: &Finding, source_side: bool) -> Vec<String> {
    let keys: &[&str] = if source_side {
        &[
            "source_only",
            "source_date",
            "term",
            "token",
            "number",
            "missing",
        ]
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

/// Columns an excerpt may take when the width is unknown or very small.
const MIN_EXCERPT: usize = 24;

/// The text around the first mark, whole words only (never cut inside a word, a number or a
/// grapheme), at most `max` terminal columns with the ellipses, the marks highlighted, wrapped
/// in a first-strong isolate so right-to-left text lays out on its own.
fn excerpt(
    text: &str,
    marks: &[String],
    style: Style,
    paint: fn(Style, &str) -> String,
    max: usize,
) -> String {
    let text = &*crate::report::clean(text, false);
    let cols = crate::text::columns;
    // Words with the white space after them.
    let words: Vec<&str> = text.split_inclusive(char::is_whitespace).collect();
    let (mut a, mut b) = (0, words.len());
    if cols(text) > max {
        let first = marks
            .iter()
            .filter(|m| !m.is_empty())
            .filter_map(|m| text.find(m.as_str()))
            .min()
            .unwrap_or(0);
        let mut at = 0;
        let mut k = 0;
        for (i, w) in words.iter().enumerate() {
            if at + w.len() > first {
                k = i;
                break;
            }
            at += w.len();
        }
        // Grow around the mark's word: a third of the room before it, the rest after.
        let room = max.saturating_sub(2);
        let (mut lo, mut hi) = (k, k + 1);
        let mut used = cols(words[k]);
        loop {
            let before_ok = lo > 0
                && used + cols(words[lo - 1]) <= room
                && (hi >= words.len() || (k - lo) * 2 < hi - k);
            let after_ok = hi < words.len() && used + cols(words[hi]) <= room;
            if before_ok {
                lo -= 1;
                used += cols(words[lo]);
            } else if after_ok {
                used += cols(words[hi]);
                hi += 1;
            } else if lo > 0 && used + cols(words[lo - 1]) <= room {
                lo -= 1;
                used += cols(words[lo]);
            } else {
                break;
            }
        }
        (a, b) = (lo, hi);
    }
    let mut s: String = words[a..b].concat().trim_end().to_string();
    for m in marks {
        if !m.is_empty() && s.contains(m.as_str()) {
            s = s.replace(m.as_str(), &paint(style, m));
        }
    }
    let pre = if a > 0 { "…" } else { "" };
    let post = if b < words.len() { "…" } else { "" };
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
    width: usize,
) -> String {
    let at = format!(
        "{}:{}",
        crate::report::clean(file_name(&loc.path), false),
        loc.line
    );
    let seg = loc.segment.as_deref().unwrap_or("");
    match &loc.text {
        Some(t) if !t.is_empty() => {
            let prefix = crate::text::columns(&format!("   {lang:<3}  {at} {seg}  "));
            let room = width.saturating_sub(prefix + 1).max(MIN_EXCERPT);
            format!(
                "   {}  {} {}  {}\n",
                style.bold(&format!("{lang:<3}")),
                style.dim(&at),
                style.dim(seg),
                excerpt(t, marks, style, paint, room)
            )
        }
        _ => format!(
            "   {}  {} {}\n",
            style.bold(&format!("{lang:<3}")),
            style.dim(&at),
            style.dim(seg)
        ),
    }
}

/// One finding, its excerpts fitted to `width` terminal columns.
pub fn finding(
    l: &Localizer,
    style: Style,
    f: &Finding,
    source_lang: &str,
    width: usize,
) -> String {
    let plain = format!("{}[{}]", l.msg(severity_label(f.severity)), f.check);
    let (label, paint): (String, fn(Style, &str) -> String) = match f.severity {
        Severity::Error => (style.error(&plain), Style::error),
        Severity::Warning => (style.warning(&plain), Style::warning),
        Severity::Info => (style.info(&plain), Style::info),
    };
    let at = f
        .primary()
        .map(|p| format!("{}:{}", p.path, p.line))
        .unwrap_or_default();
    let clean = crate::report::clean;
    let at = clean(&at, false);
    // The message follows `label: path:line: ` and continues indented under it.
    let lead = crate::text::columns(&plain) + crate::text::columns(&at) + 4;
    let mut out = format!(
        "{label}: {}: {}\n",
        style.bold(&at),
        crate::report::filled(&clean(&message(l, f), false), lead, 2, width, |s| {
            s.to_string()
        })
    );
    if let Some(s) = &f.source {
        out.push_str(&side(source_lang, s, &marks(f, true), style, paint, width));
    }
    if let Some(t) = &f.target {
        out.push_str(&side(&f.lang, t, &marks(f, false), style, paint, width));
    }
    if let Some(h) = hint(l, f) {
        let label = l.msg("label-hint");
        let lead = crate::text::columns(&label) + 4;
        out.push_str(&format!(
            "  {}: {}\n",
            style.dim(&label),
            crate::report::filled(&clean(&h, false), lead, lead, width, |s| s.to_string())
        ));
    }
    out
}

fn severity_label(s: Severity) -> &'static str {
    match s {
        Severity::Error => "label-error",
        Severity::Warning => "label-warning",
        Severity::Info => "label-info",
    }
}

/// Every finding, then the summary line.
pub fn text(
    l: &Localizer,
    style: Style,
    o: &Outcome,
    source_lang: &dyn Fn(&str) -> String,
    quiet: bool,
    width: usize,
) -> String {
    let mut out = String::new();
    for f in &o.findings {
        out.push_str(&finding(l, style, f, &source_lang(&f.statement), width));
        out.push('\n');
    }
    if !quiet {
        out.push_str(&crate::report::filled(&summary(l, o), 0, 0, width, |s| {
            style.bold(s)
        }));
        out.push('\n');
    }
    out
}
