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

/// `error: path:line:col: message` and an indented hint, the one shape every message to
/// people has.
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
    let mut out = if location.is_empty() {
        format!("{label}: {message}\n")
    } else {
        format!("{label}: {}: {message}\n", style.bold(location))
    };
    if let Some(hint) = hint {
        out.push_str(&format!("  {}: {hint}\n", style.dim(&l.msg("label-hint"))));
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
