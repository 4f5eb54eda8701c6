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

/// Whether to colour a stream: `--color always|never` decide; with `auto`, `NO_COLOR` (set and
/// not empty) turns colour off, then `FORCE_COLOR` or `CLICOLOR_FORCE` (set, and not `0` or
/// `false`) turn it on where there is no terminal (CI logs that render colour), then a terminal
/// decides. <https://no-color.org>, <https://force-color.org>, <https://bixense.com/clicolors/>.
pub fn colour(choice: ColorChoice, is_tty: bool, env: &dyn Fn(&str) -> Option<String>) -> bool {
    match choice {
        ColorChoice::Always => return true,
        ColorChoice::Never => return false,
        ColorChoice::Auto => {}
    }
    if env("NO_COLOR").is_some_and(|v| !v.is_empty()) {
        return false;
    }
    let forced = |k: &str| env(k).is_some_and(|v| !matches!(v.as_str(), "0" | "false"));
    if forced("FORCE_COLOR") || forced("CLICOLOR_FORCE") {
        return true;
    }
    is_tty
}

/// Where output goes, and how it looks there.
pub struct Term {
    pub out_style: Style,
    pub err_style: Style,
    pub quiet: bool,
    /// `--verbose`: say which configuration is in use and which files were skipped.
    pub verbose: bool,
}

impl Term {
    pub fn new(choice: ColorChoice, quiet: bool) -> Term {
        let env = |k: &str| std::env::var(k).ok();
        let decide = |is_tty: bool| colour(choice, is_tty, &env);
        Term {
            out_style: Style {
                color: decide(std::io::stdout().is_terminal()),
            },
            err_style: Style {
                color: decide(std::io::stderr().is_terminal()),
            },
            quiet,
            verbose: false,
        }
    }

    /// Whether stderr is a terminal a person watches (for a progress indicator).
    pub fn err_is_terminal(&self) -> bool {
        std::io::stderr().is_terminal()
    }

    /// Writes a notice to stderr only with `--verbose` (and not `--quiet`).
    pub fn verbose(&self, text: &str) {
        if self.verbose && !self.quiet {
            let _ = std::io::stderr().lock().write_all(text.as_bytes());
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colour_from_the_environment() {
        let env = |vars: &'static [(&'static str, &'static str)]| {
            move |k: &str| {
                vars.iter()
                    .find(|(n, _)| *n == k)
                    .map(|(_, v)| v.to_string())
            }
        };
        let auto = ColorChoice::Auto;
        assert!(colour(auto, true, &env(&[])));
        assert!(!colour(auto, false, &env(&[])));
        assert!(colour(auto, false, &env(&[("FORCE_COLOR", "1")])));
        assert!(colour(auto, false, &env(&[("CLICOLOR_FORCE", "1")])));
        // Look-alikes: forced off, or NO_COLOR first.
        assert!(!colour(auto, false, &env(&[("FORCE_COLOR", "0")])));
        assert!(!colour(auto, false, &env(&[("CLICOLOR_FORCE", "false")])));
        assert!(!colour(
            auto,
            true,
            &env(&[("NO_COLOR", "1"), ("FORCE_COLOR", "1")])
        ));
        assert!(colour(
            ColorChoice::Always,
            false,
            &env(&[("NO_COLOR", "1")])
        ));
        assert!(!colour(
            ColorChoice::Never,
            true,
            &env(&[("FORCE_COLOR", "1")])
        ));
    }
}
