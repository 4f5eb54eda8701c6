//! The project: `align.yaml` at the repository root (optional; defaults when absent).
//!
//! ```yaml
//! statements: statements   # where statement directories live (relative to align.yaml)
//! ```

use std::path::{Path, PathBuf};

use serde::Deserialize;

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
}

impl Default for Config {
    fn default() -> Config {
        Config {
            statements: PathBuf::from("statements"),
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
    pub fn discover(start: &Path, explicit: Option<&Path>) -> Result<Project> {
        let path = match explicit {
            Some(p) => Some(p.to_path_buf()),
            None => start
                .ancestors()
                .map(|d| d.join(CONFIG_FILE))
                .find(|p| p.is_file()),
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
                root: start.to_path_buf(),
                config: Config::default(),
                config_path: None,
            }),
        }
    }

    /// The directory of statements.
    pub fn statements_dir(&self) -> PathBuf {
        self.root.join(&self.config.statements)
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

fn has_markdown(dir: &Path) -> bool {
    std::fs::read_dir(dir).is_ok_and(|rd| {
        rd.flatten()
            .any(|e| e.path().extension().is_some_and(|x| x == "md"))
    })
}
