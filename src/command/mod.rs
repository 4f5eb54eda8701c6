//! The commands: one module each, holding the command's orchestration (which inputs its
//! arguments mean, what it reads, checks, renders and writes), so that the binary only parses,
//! calls and maps the [`Exit`] to an exit code. Results and messages go through [`Term`], the
//! one module that knows the terminal.

pub mod accept;
pub mod check;
pub mod completions;
pub mod diff;
pub mod pair;
pub mod pin;
pub mod publish;
pub mod segment;
pub mod show;

use std::path::{Path, PathBuf};

use crate::check::Settings;
use crate::config::Project;
use crate::error::{Error, ErrorKind};
use crate::i18n::Localizer;
use crate::report;
use crate::statement;
use crate::term::Term;

/// How a command ended; the binary maps it to the process's exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// 0: done, nothing to report at or above the fail level.
    Success,
    /// 1: findings at or above the fail level (or drift, or a refusal to publish or accept).
    Findings,
    /// 2: a usage or input error.
    Input,
}

impl Exit {
    pub fn code(self) -> u8 {
        match self {
            Exit::Success => 0,
            Exit::Findings => 1,
            Exit::Input => 2,
        }
    }
}

/// Prints an input error and returns the input-error exit code.
pub fn fail(l: &Localizer, term: &Term, e: &Error) -> Exit {
    term.error(&report::error(l, term.err_style, e));
    Exit::Input
}

/// The limits of the project a path belongs to (its nearest `align.yaml`, or `--config`), for
/// commands that read statements without checking them.
pub fn limits_for(path: &Path, config: Option<&Path>) -> Result<(), Error> {
    let start = if path.is_dir() {
        path.to_path_buf()
    } else {
        path.parent()
            .filter(|p| !p.as_os_str().is_empty())
            .map_or_else(|| PathBuf::from("."), Path::to_path_buf)
    };
    let start = std::fs::canonicalize(&start).unwrap_or(start);
    let project = Project::discover(&start, config)?;
    crate::statement::set_limits(&project.config.limits);
    Ok(())
}

/// The project (nearest `align.yaml`, or `--config`) and its check settings.
pub fn project(config: Option<&Path>) -> Result<(Project, Settings), Error> {
    let cwd = std::env::current_dir().map_err(|e| Error::io(&e, Path::new(".")))?;
    let project = Project::discover(&cwd, config)?;
    crate::statement::set_limits(&project.config.limits);
    let settings = Settings::from_config(
        &project.config,
        &project.root,
        project.config_path.as_deref(),
    )?;
    Ok((project, settings))
}

/// Appends to a file another program owns (`$GITHUB_STEP_SUMMARY`).
pub fn append(path: &Path, text: &str) -> Result<(), Error> {
    use std::io::Write;
    std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
        .and_then(|mut f| f.write_all(text.as_bytes()))
        .map_err(|e| {
            Error::at(
                ErrorKind::Write {
                    reason: e.to_string(),
                },
                path,
            )
        })
}

/// Language codes from `--lang`, each checked (`kur` → `kmr`).
pub fn lang_codes(codes: &[String]) -> Result<Vec<String>, Error> {
    codes
        .iter()
        .map(|c| statement::parse_lang(c).map(|l| l.code.to_string()))
        .collect()
}

/// The project, its check settings and the `--lang` codes, checked.
pub fn setup(
    config: Option<&Path>,
    lang: &[String],
) -> Result<(Project, Settings, Vec<String>), Error> {
    let (project, settings) = project(config)?;
    Ok((project, settings, lang_codes(lang)?))
}
