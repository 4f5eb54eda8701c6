//! The terminal: the only module that knows whether output goes to a terminal, how wide it is,
//! and whether colours are wanted. It writes what the report module made.

use std::io::{IsTerminal, Write};

use crate::report::Style;

/// `--color`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum ColorChoice {
    // No doc comments on the variants: clap would print them, in English, in every locale's
    // help; the Fluent text of `--color` explains the values.
    #[default]
    Auto,
    Always,
    Never,
}

/// Where output goes, and how it looks there.
pub struct Term {
    pub out_style: Style,
    pub err_style: Style,
    pub quiet: bool,
}

impl Term {
    pub fn new(choice: ColorChoice, quiet: bool) -> Term {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let decide = |is_tty: bool| match choice {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => is_tty && !no_color,
        };
        Term {
            out_style: Style {
                color: decide(std::io::stdout().is_terminal()),
            },
            err_style: Style {
                color: decide(std::io::stderr().is_terminal()),
            },
            quiet,
        }
    }

    /// Writes results to stdout. A closed pipe (`align … | head`) is not an error.
    pub fn out(&self, text: &str) {
        let mut out = std::io::stdout().lock();
        let _ = out.write_all(text.as_bytes());
        let _ = out.flush();
    }

    /// Writes an error to stderr, always (even with `--quiet`).
    pub fn error(&self, text: &str) {
        let _ = std::io::stderr().lock().write_all(text.as_bytes());
    }

    /// Writes a notice or a summary to stderr, unless `--quiet`.
    pub fn note(&self, text: &str) {
        if !self.quiet {
            let _ = std::io::stderr().lock().write_all(text.as_bytes());
        }
    }

    /// Columns available on stdout: the terminal's width, else `COLUMNS`, else 100.
    pub fn width(&self) -> usize {
        if let Some((terminal_size::Width(w), _)) = terminal_size::terminal_size() {
            return usize::from(w);
        }
        std::env::var("COLUMNS")
            .ok()
            .and_then(|c| c.parse().ok())
            .unwrap_or(100)
    }
}
