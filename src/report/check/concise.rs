//! `--format concise`: one line a finding, `path:line:col: level[check] message`, the shape
//! editors (Vim's quickfix, Emacs' compilation mode, VS Code's problem matchers) and `grep`
//! read; an input error is `path:line:col: error[input] message`. English, no colour, no
//! summary.

use super::message;
use crate::check::Outcome;
use crate::i18n::Localizer;
use crate::report::{clean, location};

pub fn concise(o: &Outcome) -> String {
    let l = Localizer::english();
    let mut out = String::new();
    for e in &o.errors {
        out.push_str(&format!(
            "{}: error[input] {}\n",
            location(e.path.as_deref().unwrap_or("-"), e.line, e.column),
            plain(&clean(&l.error(e), false))
        ));
    }
    for f in &o.findings {
        let at = f.primary().map_or_else(
            || "-".to_string(),
            // Always a column (1 for a whole line), so that one pattern reads every line.
            |p| location(&p.path, Some(p.line), Some(p.span.map_or(1, |s| s.column))),
        );
        out.push_str(&format!(
            "{}: {}[{}] {}\n",
            clean(&at, false),
            f.severity.as_str(),
            f.check,
            plain(&clean(&message(l, f), false))
        ));
    }
    out
}

/// Without the bidi isolates that keep values in order inside a terminal message: an editor's
/// list or `grep` shows them as stray characters.
fn plain(s: &str) -> String {
    s.chars()
        .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}'))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::{Finding, Location, Severity, Span};

    #[test]
    fn one_line_a_finding() {
        let f = Finding {
            check: "number-mismatch",
            severity: Severity::Error,
            statement: "s".into(),
            lang: "ar".into(),
            source: None,
            target: Some(Location {
                path: "s/ar.md".into(),
                line: 11,
                segment: Some("p4".into()),
                text: Some("…".into()),
                span: Some(Span {
                    column: 1,
                    end_line: 11,
                    end_column: 40,
                }),
            }),
            details: {
                let mut d = serde_json::Map::new();
                d.insert("source_only".into(), serde_json::json!(["250,000"]));
                d.insert("target_only".into(), serde_json::json!(["٢٠٥ هەزار"]));
                d
            },
        };
        let o = Outcome {
            findings: vec![f],
            ..Outcome::default()
        };
        let out = concise(&o);
        assert_eq!(out.lines().count(), 1);
        assert!(!out.contains('\u{2068}'), "{out}");
        assert!(
            out.starts_with("s/ar.md:11:1: error[number-mismatch] "),
            "{out}"
        );
    }
}
