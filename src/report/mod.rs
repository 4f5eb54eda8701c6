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
