//! Output of `align diff`: each segment that changed since its translation was accepted, the
//! word diff of the source (accepted → now) beside the translation as it stands.
//!
//! ```text
//! ar  p4: changed since 2026-01-12 — a number
//! statements/aleppo-2026-01/en.md:11            │ statements/aleppo-2026-01/ar.md:11
//! … more than [-250,000-]{+260,000+} civilians … │ … أكثر من 250 ألف مدني …
//! ```
//!
//! With colour, deletions are red and struck through, insertions green and underlined; without
//! it they are marked `[-…-]` and `{+…+}`, as `git diff --word-diff` does. Columns are fitted by
//! display width and each line is a first-strong isolate, as in `align show`; `stacked` (or a
//! terminal narrower than 80 columns) puts the translation under the source.

use fluent_bundle::FluentValue;

use super::Style;
use crate::check::Location;
use crate::drift::Part;
use crate::i18n::Localizer;
use crate::review::{Drift, Drifts};

const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';

/// Narrowest terminal that gets two columns.
const MIN_SIDE_BY_SIDE: usize = 80;

/// A word as printed (with colour codes or marks) and its display width.
type Word = (String, usize);

/// The diff as words: marks `[-…-]`/`{+…+}` without colour (white space at the edges of a change
/// kept outside the marks), coloured spans with it.
fn diff_words(parts: &[Part], style: Style) -> Vec<Word> {
    if !style.color {
        let mut marked = String::new();
        for p in parts {
            let (open, close) = match p.op {
                "delete" => ("[-", "-]"),
                "insert" => ("{+", "+}"),
                _ => {
                    marked.push_str(&p.text);
                    continue;
                }
            };
            let inner = p.text.trim();
            if inner.is_empty() {
                marked.push_str(&p.text);
                continue;
            }
            let lead = &p.text[..p.text.len() - p.text.trim_start().len()];
            let trail = &p.text[p.text.trim_end().len()..];
            marked.push_str(&format!("{lead}{open}{inner}{close}{trail}"));
        }
        return plain_words(&super::clean(&marked, false));
    }
    let mut words: Vec<Word> = Vec::new();
    let (mut word, mut width) = (String::new(), 0);
    let mut prev_op = "";
    for p in parts {
        // What was deleted and what replaces it never touch: `250,000 300,000`, not
        // `250,000300,000` (where colours or strike-through do not show, they would read as
        // one number).
        if p.op == "insert" && prev_op == "delete" && !word.is_empty() {
            words.push((std::mem::take(&mut word), width));
            width = 0;
        }
        prev_op = p.op;
        let paint = |t: &str| match p.op {
            "delete" => style.deleted(t),
            "insert" => style.inserted(t),
            _ => t.to_string(),
        };
        let mut span = String::new();
        for c in super::clean(&p.text, false).chars() {
            if c.is_whitespace() {
                if !span.is_empty() {
                    word.push_str(&paint(&span));
                    width += crate::text::columns(span.as_str());
                    span.clear();
                }
                if !word.is_empty() {
                    words.push((std::mem::take(&mut word), width));
                    width = 0;
                }
            } else {
                span.push(c);
            }
        }
        if !span.is_empty() {
            word.push_str(&paint(&span));
            width += crate::text::columns(span.as_str());
        }
    }
    if !word.is_empty() {
        words.push((word, width));
    }
    words
}

/// The translation's words, its numbers in `highlight` (the values the source changed from)
/// marked — in colour, or `{!…!}` without it: what needs updating.
fn target_words(text: &str, lang: &str, highlight: &[f64], style: Style) -> Vec<Word> {
    let Some(lang) = crate::lang::lookup(lang) else {
        return plain_words(text);
    };
    let text = &*super::clean(text, false);
    let spans: Vec<std::ops::Range<usize>> = crate::numbers::find_numbers(text, lang)
        .into_iter()
        .filter(|n| {
            n.values
                .iter()
                .any(|v| highlight.iter().any(|h| crate::numbers::same(*v, *h)))
        })
        .map(|n| n.span)
        .collect();
    if spans.is_empty() {
        return plain_words(text);
    }
    let mut words: Vec<Word> = Vec::new();
    let (mut word, mut width) = (String::new(), 0);
    let mut run = String::new();
    let mut in_span = false;
    let flush_run = |run: &mut String, word: &mut String, in_span: bool| {
        if !run.is_empty() {
            word.push_str(&if in_span && style.color {
                style.warning(&format!("\x1b[1m{run}"))
            } else {
                run.clone()
            });
            run.clear();
        }
    };
    for (i, c) in text.char_indices() {
        let inside = spans.iter().any(|r| r.start <= i && i < r.end);
        if inside != in_span {
            flush_run(&mut run, &mut word, in_span);
            if !style.color {
                let mark = if inside { "{!" } else { "!}" };
                word.push_str(mark);
                width += 2;
            }
            in_span = inside;
        }
        // A marked number stays whole on its line, magnitude word and all (`٢٥٠ هەزار`).
        if c.is_whitespace() && in_span {
            run.push(' ');
            width += 1;
        } else if c.is_whitespace() {
            flush_run(&mut run, &mut word, in_span);
            if !word.is_empty() {
                words.push((std::mem::take(&mut word), width));
                width = 0;
            }
        } else {
            run.push(c);
            width += crate::text::columns(c.encode_utf8(&mut [0; 4]));
        }
    }
    flush_run(&mut run, &mut word, in_span);
    if in_span && !style.color {
        word.push_str("!}");
        width += 2;
    }
    if !word.is_empty() {
        words.push((word, width));
    }
    words
}

/// The values of the numbers a diff deletes (the source's old numbers).
fn deleted_numbers(d: &Drift) -> Vec<f64> {
    let Some(lang) = d
        .source
        .as_ref()
        .and_then(|s| {
            crate::lang::lookup(
                &s.path
                    .rsplit(['/', '\\'])
                    .next()
                    .unwrap_or("")
                    .replace(".md", ""),
            )
        })
        .or(Some(&crate::lang::EN))
    else {
        return Vec::new();
    };
    d.diff
        .iter()
        .filter(|p| p.op == "delete")
        .flat_map(|p| crate::numbers::find_numbers(&p.text, lang))
        .flat_map(|n| n.values)
        .filter(|v| *v >= 0.0)
        .collect()
}

fn plain_words(text: &str) -> Vec<Word> {
    super::clean(text, false)
        .split_whitespace()
        .map(|w| (w.to_string(), crate::text::columns(w)))
        .collect()
}

/// Words filled greedily into lines of at most `width` columns (a longer word gets a line of
/// its own); each line with its display width.
fn fill(words: &[Word], width: usize) -> Vec<Word> {
    let width = width.max(8);
    let mut lines: Vec<Word> = Vec::new();
    let (mut line, mut w) = (String::new(), 0);
    for (word, ww) in words {
        if w > 0 && w + 1 + ww > width {
            lines.push((std::mem::take(&mut line), w));
            w = 0;
        }
        if w > 0 {
            line.push(' ');
            w += 1;
        }
        line.push_str(word);
        w += ww;
    }
    if w > 0 {
        lines.push((line, w));
    }
    lines
}

fn isolate(s: &str) -> String {
    if s.is_empty() {
        String::new()
    } else {
        format!("{FSI}{s}{PDI}")
    }
}

fn location(loc: &Location) -> String {
    format!("{}:{}", loc.path, loc.line)
}

/// The heading of one drifted segment: language, segment, what happened.
fn heading(l: &Localizer, style: Style, width: usize, d: &Drift) -> String {
    let segment = d
        .source
        .as_ref()
        .and_then(|s| s.segment.clone())
        .or_else(|| d.accepted_segment.clone())
        .unwrap_or_default();
    let mut args: Vec<(&str, FluentValue)> = vec![
        ("segment", segment.clone().into()),
        ("lang", d.lang.clone().into()),
        ("accepted", d.accepted.clone().unwrap_or_default().into()),
        ("grade", d.grade.unwrap_or("").into()),
    ];
    let id = match d.state {
        "new" => "diff-new",
        "removed" => "diff-removed",
        _ => "diff-changed",
    };
    let mut text = l.fmt(id, &args);
    if let Some(old) = d.accepted_segment.as_ref().filter(|old| **old != segment)
        && d.state == "changed"
    {
        args.push(("old", old.clone().into()));
        text.push(' ');
        text.push_str(&l.fmt("diff-was", &args));
    }
    let lead = crate::text::columns(&d.lang) + 2;
    let paint = |s: &str| match (d.state, d.grade) {
        ("changed", Some("punctuation")) => style.info(s),
        ("removed", _) => style.warning(s),
        _ => style.error(s),
    };
    format!(
        "{}  {}\n",
        style.bold(&d.lang),
        super::filled(&text, lead, lead, width, paint)
    )
}

/// One drifted segment for people, `width` columns wide.
pub fn drift(l: &Localizer, style: Style, width: usize, stacked: bool, d: &Drift) -> String {
    let mut out = heading(l, style, width, d);
    let left_head = d
        .source
        .as_ref()
        .map_or_else(|| l.msg("diff-not-in-source"), location);
    let right_head = d
        .target
        .as_ref()
        .map_or_else(|| l.msg("diff-not-in-translation"), location);
    let none: Vec<Word> = vec![("—".to_string(), 1)];
    let old_numbers = deleted_numbers(d);
    let target_words = d
        .target
        .as_ref()
        .and_then(|t| t.text.as_deref())
        .map_or_else(
            || none.clone(),
            |t| target_words(t, &d.lang, &old_numbers, style),
        );
    let source_words = diff_words(&d.diff, style);
    if stacked || width < MIN_SIDE_BY_SIDE {
        let inner = width.saturating_sub(2);
        for (head, words) in [(left_head, source_words), (right_head, target_words)] {
            out.push_str(&format!("  {}\n", style.dim(&head)));
            for (line, _) in fill(&words, inner) {
                out.push_str(&format!("  {}\n", isolate(&line)));
            }
        }
        return out;
    }
    let col = width.saturating_sub(3) / 2;
    let left = fill(&source_words, col);
    let right = fill(&target_words, col);
    let cut = |s: &str| -> Word {
        let mut t = String::new();
        for c in s.chars() {
            if crate::text::columns(&(t.clone() + &c.to_string())) > col {
                break;
            }
            t.push(c);
        }
        let w = crate::text::columns(t.as_str());
        (t, w)
    };
    let (lh, rh) = (cut(&left_head), cut(&right_head));
    out.push_str(&format!(
        "{}{} {} {}\n",
        style.dim(&lh.0),
        " ".repeat(col.saturating_sub(lh.1)),
        style.dim("│"),
        style.dim(&rh.0)
    ));
    for r in 0..left.len().max(right.len()) {
        let (lt, lw) = left.get(r).cloned().unwrap_or_default();
        let (rt, _) = right.get(r).cloned().unwrap_or_default();
        out.push_str(&format!(
            "{}{} {} {}\n",
            isolate(&lt),
            " ".repeat(col.saturating_sub(lw)),
            style.dim("│"),
            isolate(&rt)
        ));
    }
    out
}

/// Every drifted segment, then one line that sums up.
pub fn text(l: &Localizer, style: Style, width: usize, stacked: bool, d: &Drifts) -> String {
    let mut out = String::new();
    for item in &d.drift {
        out.push_str(&drift(l, style, width, stacked, item));
        out.push('\n');
    }
    let mut langs: Vec<&str> = d.drift.iter().map(|x| x.lang.as_str()).collect();
    langs.dedup();
    let summary = if d.drift.is_empty() {
        l.fmt("diff-none", &[("statement", d.statement.as_str().into())])
    } else {
        l.fmt(
            "diff-summary",
            &[
                ("statement", d.statement.as_str().into()),
                ("count", d.drift.len().into()),
                ("langs", langs.join(", ").into()),
            ],
        )
    };
    out.push_str(&super::filled(&summary, 0, 0, width, |s| style.bold(s)));
    out.push('\n');
    out
}

/// Every drifted segment for programs: `{"version": 1, "statement", "lock", "drift": [...],
/// "never_accepted": [...]}`, each drift with its `diff` as `{op, text}` parts.
pub fn json(d: &Drifts) -> String {
    #[derive(serde::Serialize)]
    struct Json<'a> {
        version: u32,
        #[serde(flatten)]
        drifts: &'a Drifts,
    }
    let mut s = serde_json::to_string_pretty(&Json {
        version: 1,
        drifts: d,
    })
    .unwrap_or_default();
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::drift::diff;

    #[test]
    fn plain_marks_keep_white_space_outside() {
        let parts = diff("lasted 12 days", "lasted 14 days");
        let words: Vec<String> = diff_words(&parts, Style::PLAIN)
            .into_iter()
            .map(|w| w.0)
            .collect();
        assert_eq!(words.join(" "), "lasted [-12-]{+14+} days");
    }

    #[test]
    fn coloured_words_measure_without_escape_codes() {
        let parts = diff("lasted 12 days", "lasted 14 days");
        let words = diff_words(&parts, Style { color: true });
        // The deleted and the inserted number are two words, never glued (`1214`).
        assert_eq!(words.len(), 4);
        assert!(words[1].0.contains("\x1b[") && words[1].0.contains("12"));
        assert!(words[2].0.contains("\x1b[") && words[2].0.contains("14"));
        assert_eq!(words[1].1, 2, "\"12\" is two columns wide");
    }

    #[test]
    fn the_translations_old_number_is_marked() {
        let words = target_words("أكثر من 250 ألف مدني", "ar", &[250000.0], Style::PLAIN);
        let text: Vec<String> = words.into_iter().map(|w| w.0).collect();
        assert_eq!(text.join(" "), "أكثر من {!250 ألف!} مدني");
        // Look-alike: another number is left alone.
        let words = target_words("أكثر من 300 ألف مدني", "ar", &[250000.0], Style::PLAIN);
        assert!(!words.iter().any(|w| w.0.contains("{!")));
    }

    #[test]
    fn fill_wraps_by_display_width() {
        let words = plain_words("aaaa bbbb cccc");
        let lines = fill(&words, 9);
        assert_eq!(
            lines,
            vec![("aaaa bbbb".to_string(), 9), ("cccc".to_string(), 4)]
        );
    }
}
