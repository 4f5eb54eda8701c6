//! Text for people and data for machines, made from plain data (documents, findings, errors).
//!
//! Every function here returns a `String`; whether it is coloured is a parameter
//! ([`Style`]). Writing it out, and deciding whether stdout is a terminal, is the binary's job.

pub mod check;
pub mod diff;
pub mod pair;
pub mod segment;
pub mod show;
pub mod xml;

use fluent_bundle::FluentValue;

use crate::document::Notice;
use crate::error::Error;
use crate::i18n::Localizer;

/// Whether to emit ANSI colours.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Style {
    pub color: bool,
}

impl Style {
    pub const PLAIN: Style = Style { color: false };

    fn paint(self, text: &str, sgr: &str) -> String {
        if self.color && !text.is_empty() {
            format!("\x1b[{sgr}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }

    pub fn error(self, t: &str) -> String {
        self.paint(t, "1;31")
    }
    pub fn warning(self, t: &str) -> String {
        self.paint(t, "1;33")
    }
    pub fn info(self, t: &str) -> String {
        self.paint(t, "1;36")
    }
    pub fn bold(self, t: &str) -> String {
        self.paint(t, "1")
    }
    pub fn dim(self, t: &str) -> String {
        self.paint(t, "2")
    }
    pub fn deleted(self, t: &str) -> String {
        self.paint(t, "31;9")
    }
    pub fn inserted(self, t: &str) -> String {
        self.paint(t, "32;4")
    }
}

/// Severity of a message for people.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    Error,
    Warning,
    Info,
}

/// Text from a statement (or a path) made safe for a terminal or an annotation: control
/// characters — escape sequences that could clear the screen, retitle the window or write to
/// the clipboard (ESC, OSC, CSI, BEL …), C1 controls, DEL — become visible symbols (␛, ␇, �),
/// never bytes a terminal obeys. Tabs become spaces; line breaks stay only if `lines`.
pub fn clean(text: &str, lines: bool) -> std::borrow::Cow<'_, str> {
    let bad =
        |c: char| (c.is_control() && !(lines && c == '\n')) || ('\u{80}'..='\u{9f}').contains(&c);
    if !text.chars().any(bad) {
        return std::borrow::Cow::Borrowed(text);
    }
    text.chars()
        .map(|c| match c {
            '\n' if lines => '\n',
            '\t' => ' ',
            c if (c as u32) < 0x20 => char::from_u32(0x2400 + c as u32).unwrap_or('\u{FFFD}'),
            '\u{7f}' => '\u{2421}',
            c if bad(c) => '\u{FFFD}',
            c => c,
        })
        .collect::<String>()
        .into()
}

/// `text` broken at spaces into lines that fit `width` terminal columns: the first line
/// `first` columns narrower (it follows a label), the others `indent` columns narrower (they
/// are indented under it). A word wider than its line keeps a line of its own: a word, a number
/// or a path is never cut. Spaces inside an isolate (U+2068 … U+2069) do not break, so a value
/// (a date, a number with its unit) stays whole on one line, unless the isolate is too wide for
/// a line (a stretch of localized message, not a value).
pub fn fill(text: &str, first: usize, indent: usize, width: usize) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    let mut depth = 0usize;
    let mut word = String::new();
    for c in text.chars() {
        match c {
            '\u{2066}'..='\u{2068}' => depth += 1,
            '\u{2069}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        if c == ' ' && depth == 0 {
            if !word.is_empty() {
                words.push(std::mem::take(&mut word));
            }
        } else {
            word.push(c);
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    // An isolate too wide for a line is a stretch of message, not a value: it breaks.
    let room = width.saturating_sub(first.max(indent)).max(1);
    let words: Vec<String> = words
        .into_iter()
        .flat_map(|w| {
            if w.contains(' ') && crate::text::columns(&w) > room {
                w.split(' ')
                    .filter(|x| !x.is_empty())
                    .map(str::to_string)
                    .collect()
            } else {
                vec![w]
            }
        })
        .collect();
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    let mut used = 0;
    for w in words {
        let room = width.saturating_sub(if lines.is_empty() { first } else { indent });
        let cols = crate::text::columns(&w);
        if !line.is_empty() && used + 1 + cols > room {
            lines.push(std::mem::take(&mut line));
            used = 0;
        }
        if !line.is_empty() {
            line.push(' ');
            used += 1;
        }
        line.push_str(&w);
        used += cols;
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// [`fill`] joined: continuation lines indented by `indent` spaces, each line painted by
/// `paint` on its own (so that no colour runs across a line break).
pub fn filled(
    text: &str,
    first: usize,
    indent: usize,
    width: usize,
    paint: impl Fn(&str) -> String,
) -> String {
    fill(text, first, indent, width)
        .iter()
        .map(|l| paint(l))
        .collect::<Vec<_>>()
        .join(&format!("\n{}", " ".repeat(indent)))
}

/// `error: path:line:col: message` and an indented hint, the one shape every message to
/// people has. Location, message and hint are [`clean`]ed.
pub fn diagnostic(
    l: &Localizer,
    style: Style,
    level: Level,
    location: &str,
    message: &str,
    hint: Option<&str>,
) -> String {
    let label = match level {
        Level::Error => style.error(&l.msg("label-error")),
        Level::Warning => style.warning(&l.msg("label-warning")),
        Level::Info => style.info(&l.msg("label-info")),
    };
    let message = clean(message, false);
    let mut out = if location.is_empty() {
        format!("{label}: {message}\n")
    } else {
        format!(
            "{label}: {}: {message}\n",
            style.bold(&clean(location, false))
        )
    };
    if let Some(hint) = hint {
        out.push_str(&format!(
            "  {}: {}\n",
            style.dim(&l.msg("label-hint")),
            clean(hint, false)
        ));
    }
    out
}

/// `path:line:col`, `path:line` or `path`.
pub fn location(path: &str, line: Option<usize>, column: Option<usize>) -> String {
    match (line, column) {
        (Some(l), Some(c)) => format!("{path}:{l}:{c}"),
        (Some(l), None) => format!("{path}:{l}"),
        _ => path.to_string(),
    }
}

/// An input error for people.
pub fn error(l: &Localizer, style: Style, e: &Error) -> String {
    let loc = location(e.path.as_deref().unwrap_or(""), e.line, e.column);
    diagnostic(
        l,
        style,
        Level::Error,
        &loc,
        &l.error(e),
        l.error_hint(e).as_deref(),
    )
}

/// A segmenting notice for people.
pub fn notice(l: &Localizer, style: Style, path: &str, n: &Notice) -> String {
    let (id, args): (&str, Vec<(&str, FluentValue)>) = match n {
        Notice::BrokenParagraph { next_line, .. } => (
            "notice-broken-paragraph",
            vec![("next", (*next_line).into())],
        ),
        Notice::RepeatedBlock { of, .. } => {
            ("notice-repeated-block", vec![("of", of.as_str().into())])
        }
        Notice::EmptyListItem { .. } => ("notice-empty-list-item", vec![]),
        Notice::ListContinued { .. } => ("notice-list-continued", vec![]),
        Notice::IndentedParagraph { .. } => ("notice-indented-paragraph", vec![]),
        Notice::RawHtml { .. } => ("notice-raw-html", vec![]),
    };
    let level = if n.is_warning() {
        Level::Warning
    } else {
        Level::Info
    };
    let hint = l.opt(&format!("{id}-hint"), &args);
    diagnostic(
        l,
        style,
        level,
        &location(path, Some(n.line()), None),
        &l.fmt(id, &args),
        hint.as_deref(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_breaks_between_words_and_keeps_values_whole() {
        assert_eq!(
            fill("one two three four", 4, 2, 14),
            ["one two", "three four"]
        );
        // An isolated value is one word; a word wider than the line is not cut.
        let date = "\u{2068}7 January 2026\u{2069}";
        let lines = fill(&format!("the date {date} differs"), 0, 0, 16);
        assert_eq!(lines, ["the date", date, "differs"]);
        assert_eq!(fill("Ashrafiyah", 0, 0, 4), ["Ashrafiyah"]);
        assert_eq!(fill("", 0, 0, 10), [""]);
        // Arabic lam-alef counts two columns, as terminals draw it.
        assert_eq!(fill("لا لا لا", 0, 0, 5), ["لا لا", "لا"]);
        // A stretch of message isolated as a whole still breaks.
        let long = "\u{2068}a b c d e f g h\u{2069}";
        assert_eq!(fill(long, 0, 0, 8), ["\u{2068}a b c d", "e f g h\u{2069}"]);
    }
}
