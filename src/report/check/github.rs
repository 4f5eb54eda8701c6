//! `--format github`: GitHub Actions workflow annotations, one a finding
//! (`::error file=…,line=…,title=…::message`), and a Markdown table of every finding for the
//! job summary (`$GITHUB_STEP_SUMMARY`), since GitHub shows only a few annotations per step.

use super::message;
use crate::check::{Finding, Outcome, Severity};
use crate::i18n::Localizer;

/// Escapes data: `%`, CR and LF (the workflow-command rules); other control characters (an
/// escape sequence in a translation) become visible symbols.
fn data(s: &str) -> String {
    crate::report::clean(s, true)
        .replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a property value: as data, plus `:` and `,`.
fn property(s: &str) -> String {
    data(s).replace(':', "%3A").replace(',', "%2C")
}

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "notice",
    }
}

/// One annotation a finding, and one an input error.
pub fn annotations(o: &Outcome) -> String {
    let mut out: String = o.findings.iter().map(annotation).collect();
    for e in &o.errors {
        let mut props = Vec::new();
        if let Some(p) = &e.path {
            props.push(format!("file={}", property(p)));
        }
        if let Some(line) = e.line {
            props.push(format!("line={line}"));
        }
        if let Some(col) = e.column {
            props.push(format!("col={col}"));
        }
        props.push(format!(
            "title={}",
            property(&format!("input error ({})", e.kind.code()))
        ));
        out.push_str(&format!(
            "::error {}::{}\n",
            props.join(","),
            data(&Localizer::english().error(e))
        ));
    }
    out
}

fn annotation(f: &Finding) -> String {
    let mut props = Vec::new();
    if let Some(loc) = f.primary() {
        props.push(format!("file={}", property(&loc.path)));
        props.push(format!("line={}", loc.line));
        if let Some(span) = &loc.span {
            props.push(format!("col={}", span.column));
            props.push(format!("endLine={}", span.end_line));
            // GitHub uses columns only for an annotation on one line.
            if span.end_line == loc.line {
                props.push(format!("endColumn={}", span.end_column));
            }
        }
    }
    props.push(format!(
        "title={}",
        property(&format!("{} ({} {})", f.check, f.statement, f.lang))
    ));
    format!(
        "::{} {}::{}\n",
        level(f.severity),
        props.join(","),
        data(&message(Localizer::english(), f))
    )
}

/// Escapes text for a Markdown table cell: its HTML (GitHub renders HTML in the job summary),
/// pipes, line breaks and control characters.
fn cell(s: &str) -> String {
    crate::report::clean(s, false)
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('|', "\\|")
}

/// The job summary: a heading with the counts and a table of every finding.
pub fn step_summary(o: &Outcome) -> String {
    let l = Localizer::english();
    let mut s = format!("### align check\n\n{}\n\n", super::summary(l, o));
    if o.findings.is_empty() {
        return s;
    }
    s.push_str(
        "| severity | check | statement | lang | where | message |\n|---|---|---|---|---|---|\n",
    );
    for f in &o.findings {
        let at = f
            .primary()
            .map(|p| format!("{}:{}", p.path, p.line))
            .unwrap_or_default();
        s.push_str(&format!(
            "| {} | `{}` | {} | {} | {} | {} |\n",
            f.severity.as_str(),
            f.check,
            cell(&f.statement),
            f.lang,
            cell(&at),
            cell(&message(l, f))
        ));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping() {
        assert_eq!(data("50% done\nnext"), "50%25 done%0Anext");
        assert_eq!(property("a:b,c"), "a%3Ab%2Cc");
        assert_eq!(cell("a|b\nc"), "a\\|b␊c");
        assert_eq!(
            cell("<img src=x onerror=alert(1)>"),
            "&lt;img src=x onerror=alert(1)&gt;"
        );
        assert_eq!(data("a\u{1b}]0;title\u{7}b"), "a␛]0;title␇b");
    }
}
