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

/// Whether to show a progress indicator: only for a person watching a terminal (stderr is one,
/// not `--quiet`), never in CI (`CI` set) and never beside a machine format.
pub fn progress_wanted(
    stderr_is_tty: bool,
    quiet: bool,
    machine_format: bool,
    env: &dyn Fn(&str) -> Option<String>,
) -> bool {
    stderr_is_tty && !quiet && !machine_format && env("CI").is_none_or(|v| v.is_empty())
}

/// A progress line on stderr for a long run: nothing during the first second (a quick run shows
/// none), then `text(done, total)` redrawn ten times a second, erased at the end. Counting is
/// one atomic add; drawing happens on its own thread, so the work is not slowed down.
pub struct Progress {
    shared: Option<std::sync::Arc<Shared>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

struct Shared {
    done: std::sync::atomic::AtomicUsize,
    stop: std::sync::Mutex<bool>,
    wake: std::sync::Condvar,
}

impl Progress {
    /// A progress that shows nothing.
    pub fn none() -> Progress {
        Progress {
            shared: None,
            thread: None,
        }
    }

    /// Starts counting to `total`; `text` renders the line for (done, total).
    pub fn start(total: usize, text: impl Fn(usize, usize) -> String + Send + 'static) -> Progress {
        use std::sync::Arc;
        use std::time::Duration;
        let shared = Arc::new(Shared {
            done: 0.into(),
            stop: std::sync::Mutex::new(false),
            wake: std::sync::Condvar::new(),
        });
        let s = Arc::clone(&shared);
        let thread = std::thread::spawn(move || {
            let mut wait = Duration::from_secs(1);
            let mut drawn = false;
            loop {
                let stop = s.stop.lock().unwrap_or_else(|e| e.into_inner());
                let (stop, _) = s
                    .wake
                    .wait_timeout_while(stop, wait, |stop| !*stop)
                    .unwrap_or_else(|e| e.into_inner());
                if *stop {
                    break;
                }
                drop(stop);
                let done = s.done.load(std::sync::atomic::Ordering::Relaxed);
                let line = text(done.min(total), total);
                let _ = write!(std::io::stderr().lock(), "\r\x1b[K{line}");
                drawn = true;
                wait = Duration::from_millis(100);
            }
            if drawn {
                let _ = write!(std::io::stderr().lock(), "\r\x1b[K");
            }
        });
        Progress {
            shared: Some(shared),
            thread: Some(thread),
        }
    }

    /// One more done.
    pub fn tick(&self) {
        if let Some(s) = &self.shared {
            s.done.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        }
    }
}

impl Drop for Progress {
    /// Erases the line (if it was drawn) before anything else is printed.
    fn drop(&mut self) {
        if let Some(s) = &self.shared {
            *s.stop.lock().unwrap_or_else(|e| e.into_inner()) = true;
            s.wake.notify_all();
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_only_for_a_person_at_a_terminal() {
        let none = |_: &str| None;
        let ci = |k: &str| (k == "CI").then(|| "true".to_string());
        assert!(progress_wanted(true, false, false, &none));
        // Look-alikes: a pipe, --quiet, a machine format, CI.
        assert!(!progress_wanted(false, false, false, &none));
        assert!(!progress_wanted(true, true, false, &none));
        assert!(!progress_wanted(true, false, true, &none));
        assert!(!progress_wanted(true, false, false, &ci));
    }

    #[test]
    fn a_quick_run_draws_nothing_and_ends_at_once() {
        let start = std::time::Instant::now();
        let p = Progress::start(3, |d, t| format!("{d}/{t}"));
        p.tick();
        drop(p);
        assert!(start.elapsed() < std::time::Duration::from_millis(900));
    }

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
