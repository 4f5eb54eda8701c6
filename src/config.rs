//! The project: `align.yaml` at the repository root (optional; defaults when absent).
//!
//! ```yaml
//! statements: statements   # where statement directories live (relative to align.yaml)
//! glossary: glossary.yaml   # accepted renderings of terms (default: glossary.yaml if present)
//! checks:                   # severities: error | warning | info | off, per language if needed
//!   length-ratio: off
//!   term-mismatch: { default: warning, ar: error }
//! untranslated:
//!   keep: [signatory]       # block kinds that may stay as in the source
//! publish:
//!   out: public             # where align publish writes (default: each statement's out/)
//! limits:
//!   file_size: 10000000     # bytes a file may have (default 10 MB)
//!   blocks: 20000           # blocks a statement file may have
//! ```

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::check::{CheckConfig, SeverityRule};
use crate::error::{Error, ErrorKind, Result};
use crate::statement::read_yaml;

/// The name of the project file.
pub const CONFIG_FILE: &str = "align.yaml";

/// `align.yaml`. Unknown keys are an error (with line and column), so a typo never silently
/// turns a setting off.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// Directory holding one directory per statement.
    pub statements: PathBuf,
    /// The glossary file, relative to `align.yaml`.
    pub glossary: Option<PathBuf>,
    /// Severity of each check, overriding the default (`align check --list-checks`).
    pub checks: BTreeMap<String, SeverityRule>,
    /// Settings of the `untranslated` check.
    pub untranslated: CheckConfig,
    /// Settings of `align publish`.
    pub publish: PublishConfig,
    /// Limits on what `align` reads (file size, blocks per file).
    pub limits: crate::statement::Limits,
}

/// `publish:` in `align.yaml`.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct PublishConfig {
    /// Directory (relative to `align.yaml`) `align publish` writes to (every file name starts
    /// with the statement's name); default: the statement's own `out/`.
    pub out: Option<PathBuf>,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            statements: PathBuf::from("statements"),
            glossary: None,
            checks: BTreeMap::new(),
            untranslated: CheckConfig::default(),
            publish: PublishConfig::default(),
            limits: crate::statement::Limits::default(),
        }
    }
}

/// A project: its root directory and its configuration.
#[derive(Debug, Clone)]
pub struct Project {
    pub root: PathBuf,
    pub config: Config,
    /// The `align.yaml` read, if any.
    pub config_path: Option<PathBuf>,
}

impl Project {
    /// Reads `explicit` if given; otherwise the nearest `align.yaml` in `start` or its
    /// ancestors; otherwise defaults with `start` as the root.
    /// The root is given relative to `start` when it is `start` or one of its ancestors
    /// (`.`, `..`), so that every path `align` prints is short and relative.
    pub fn discover(start: &Path, explicit: Option<&Path>) -> Result<Project> {
        let path = match explicit {
            Some(p) => Some(p.to_path_buf()),
            None => start
                .ancestors()
                .map(|d| d.join(CONFIG_FILE))
                .find(|p| crate::statement::something_at(p))
                .map(|p| relative_to_cwd(&p)),
        };
        match path {
            Some(path) => {
                let config: Config = read_yaml(&path)?;
                let root = path
                    .parent()
                    .filter(|p| !p.as_os_str().is_empty())
                    .map_or_else(|| PathBuf::from("."), Path::to_path_buf);
                Ok(Project {
                    root,
                    config,
                    config_path: Some(path),
                })
            }
            None => Ok(Project {
                root: PathBuf::from("."),
                config: Config::default(),
                config_path: None,
            }),
        }
    }

    /// The directory of statements.
    pub fn statements_dir(&self) -> PathBuf {
        if self.root == Path::new(".") {
            self.config.statements.clone()
        } else {
            self.root.join(&self.config.statements)
        }
    }

    /// Every statement directory (a subdirectory holding at least one `.md` file), sorted.
    pub fn statement_dirs(&self) -> Result<Vec<PathBuf>> {
        let dir = self.statements_dir();
        let entries = std::fs::read_dir(&dir).map_err(|e| Error::io(&e, &dir))?;
        let mut dirs: Vec<PathBuf> = entries
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.is_dir() && has_markdown(p))
            .collect();
        dirs.sort();
        if dirs.is_empty() {
            return Err(Error::at(ErrorKind::NoLanguageFiles, &dir));
        }
        Ok(dirs)
    }
}

/// `path` as short as it can be said from the current directory: `align.yaml`, `../align.yaml`,
/// `docs/align.yaml`; absolute when it shares nothing with it.
pub fn relative_to_cwd(path: &Path) -> PathBuf {
    let Ok(cwd) = std::env::current_dir() else {
        return path.to_path_buf();
    };
    let abs = if path.is_absolute() {
        path.to_path_buf()
    } else {
        cwd.join(path)
    };
    let abs = abs
        .parent()
        .and_then(|d| std::fs::canonicalize(d).ok())
        .map_or(abs.clone(), |d| d.join(abs.file_name().unwrap_or_default()));
    let cwd = std::fs::canonicalize(&cwd).unwrap_or(cwd);
    if let Ok(rest) = abs.strip_prefix(&cwd) {
        return rest.to_path_buf();
    }
    // An ancestor's file: `../../align.yaml`.
    let mut up = PathBuf::new();
    for d in cwd.ancestors().skip(1) {
        up.push("..");
        if let Ok(rest) = abs.strip_prefix(d) {
            return up.join(rest);
        }
    }
    abs
}

fn has_markdown(dir: &Path) -> bool {
    std::fs::read_dir(dir).is_ok_and(|rd| {
        rd.flatten()
            .any(|e| e.path().extension().is_some_and(|x| x == "md"))
    })
}
