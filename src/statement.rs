//! Statements on disk: a directory `statements/<slug>/` with one Markdown file per language
//! (`en.md`, `ar.md`, `kmr.md`, `ckb.md`) and an optional `statement.yaml`.
//!
//! This module reads files; everything after reading is pure ([`crate::document`]).

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::document::Document;
use crate::error::{Error, ErrorKind, Result};
use crate::lang::{self, Lang};

/// Reads a text file a person wrote: UTF-8 (the byte offset of the first invalid byte is
/// reported otherwise), a leading BOM dropped, CRLF line endings read as LF, not empty.
pub fn read_text(path: &Path) -> Result<String> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(&e, path))?;
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let offset = e.utf8_error().valid_up_to();
            let valid = std::str::from_utf8(&e.as_bytes()[..offset]).unwrap_or("");
            let line = valid.matches('\n').count() + 1;
            let column = valid.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            return Err(
                Error::at(ErrorKind::InvalidUtf8 { offset }, path).with_position(line, column)
            );
        }
    };
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(&text);
    let text = if text.contains('\r') {
        text.replace("\r\n", "\n")
    } else {
        text.to_string()
    };
    if text.trim().is_empty() {
        return Err(Error::at(ErrorKind::Empty, path));
    }
    Ok(text)
}

/// Reads and parses a YAML file into `T`, with file, line and column on error.
pub fn read_yaml<T: serde::de::DeserializeOwned>(path: &Path) -> Result<T> {
    let text = std::fs::read(path).map_err(|e| Error::io(&e, path))?;
    let text = String::from_utf8(text).map_err(|e| {
        Error::at(
            ErrorKind::InvalidUtf8 {
                offset: e.utf8_error().valid_up_to(),
            },
            path,
        )
    })?;
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(&text);
    if text.trim().is_empty() {
        // An empty YAML file means "all defaults", as serde_yaml reads `null`.
        return serde_yaml::from_str("{}").map_err(|e| Error::yaml(&e, path));
    }
    serde_yaml::from_str(text).map_err(|e| Error::yaml(&e, path))
}

/// Reads and segments one language file.
pub fn load_document(file: &LangFile) -> Result<Document> {
    let text = read_text(&file.path)?;
    Ok(Document::parse(
        &file.path.display().to_string(),
        &text,
        file.lang,
    ))
}

/// The language of a file from its name: `ar.md`, `udhr.ar.md`, `ku-Latn.md`, and for
/// one-sentence-a-line files `dev.de`, `news.ckb.txt`.
pub fn lang_from_file_name(path: &Path) -> Option<Lang> {
    let name = path.file_name()?.to_str()?;
    // Every dot-separated part but the first, from the last: `udhr.ar.md` → md, ar.
    let mut parts: Vec<&str> = name.split('.').collect();
    if parts.len() == 1 {
        return lang::lookup(name);
    }
    let first = parts.remove(0);
    parts
        .iter()
        .rev()
        .find_map(|p| lang::lookup(p))
        .or_else(|| lang::lookup(first))
}

/// Reads a file of one segment a line (a bitext side): every line, empty ones included, so
/// that indices are line numbers minus one; a final newline does not make an extra line.
pub fn read_lines(path: &Path) -> Result<Vec<String>> {
    let text = read_text(path)?;
    let text = text.strip_suffix('\n').unwrap_or(&text);
    Ok(text.split('\n').map(str::to_string).collect())
}

/// Parses a language code given by the user (`--lang`, `statement.yaml`).
pub fn parse_lang(code: &str) -> Result<Lang> {
    lang::lookup(code).ok_or_else(|| {
        Error::new(ErrorKind::UnknownLanguage {
            code: code.to_string(),
        })
    })
}

/// `statement.yaml`: optional metadata of a statement.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct StatementMeta {
    pub title: Option<String>,
    /// Publication date as written (`2026-01-08`).
    pub date: Option<String>,
    /// Source language code; `en` when absent.
    pub source: Option<String>,
    /// Target language codes; every language file present when absent.
    pub targets: Option<Vec<String>>,
}

/// One language file of a statement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LangFile {
    pub lang: Lang,
    pub path: PathBuf,
}

/// A statement directory, discovered (files found, nothing parsed yet).
#[derive(Debug, Clone)]
pub struct Statement {
    /// The directory name (`aleppo-2026-01`).
    pub slug: String,
    pub dir: PathBuf,
    pub meta: StatementMeta,
    pub source: LangFile,
    /// Translations present on disk, in the order of `targets` or else of [`lang::LANGUAGES`].
    pub targets: Vec<LangFile>,
    /// Languages named in `targets` that have no file.
    pub missing_targets: Vec<Lang>,
}

impl Statement {
    /// Finds the language files of the statement in `dir`.
    pub fn discover(dir: &Path) -> Result<Statement> {
        let meta_path = if dir == Path::new(".") {
            PathBuf::from("statement.yaml")
        } else {
            dir.join("statement.yaml")
        };
        let meta: StatementMeta = if meta_path.is_file() {
            read_yaml(&meta_path)?
        } else {
            StatementMeta::default()
        };
        let source_lang = match &meta.source {
            Some(code) => parse_lang(code).map_err(|e| Error {
                path: Some(meta_path.display().to_string()),
                ..e
            })?,
            None => &lang::EN,
        };
        let entries = std::fs::read_dir(dir).map_err(|e| Error::io(&e, dir))?;
        let mut files: Vec<LangFile> = Vec::new();
        for entry in entries.flatten() {
            // `./ar.md` is `ar.md` to a person.
            let path = match entry.path().strip_prefix(".") {
                Ok(p) if dir == Path::new(".") => p.to_path_buf(),
                _ => entry.path(),
            };
            if path.extension().and_then(|e| e.to_str()) != Some("md") || !path.is_file() {
                continue;
            }
            let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
            if let Some(lang) = lang::lookup(stem) {
                files.push(LangFile { lang, path });
            }
        }
        if files.is_empty() {
            return Err(Error::at(ErrorKind::NoLanguageFiles, dir));
        }
        let Some(pos) = files.iter().position(|f| f.lang == source_lang) else {
            return Err(Error::at(
                ErrorKind::NoSourceFile {
                    lang: source_lang.code.to_string(),
                },
                dir,
            ));
        };
        let source = files.remove(pos);
        let mut missing_targets = Vec::new();
        let targets = match &meta.targets {
            Some(codes) => {
                let mut out = Vec::new();
                for code in codes {
                    let lang = parse_lang(code).map_err(|e| Error {
                        path: Some(meta_path.display().to_string()),
                        ..e
                    })?;
                    match files.iter().find(|f| f.lang == lang) {
                        Some(f) => out.push(f.clone()),
                        None => missing_targets.push(lang),
                    }
                }
                out
            }
            None => {
                let rank = |l: Lang| lang::LANGUAGES.iter().position(|x| *x == l);
                files.sort_by_key(|f| rank(f.lang));
                files
            }
        };
        let slug = dir
            .canonicalize()
            .unwrap_or_else(|_| dir.to_path_buf())
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        Ok(Statement {
            slug,
            dir: dir.to_path_buf(),
            meta,
            source,
            targets,
            missing_targets,
        })
    }

    /// A statement made of files given one by one (`align check en.md ar.md`): the first is
    /// the source, the others its translations; languages come from the file names
    /// (`ar.md`, `udhr.ar.md`) or, for files whose name does not say, `lang`.
    pub fn from_files(files: &[PathBuf], lang: Option<Lang>) -> Result<Statement> {
        let mut out = Vec::new();
        for (k, path) in files.iter().enumerate() {
            if !path.exists() {
                return Err(Error::at(ErrorKind::NotFound, path));
            }
            let l = match lang_from_file_name(path) {
                Some(l) => l,
                None if k > 0 => {
                    lang.ok_or_else(|| Error::at(ErrorKind::LanguageFromName, path))?
                }
                None => return Err(Error::at(ErrorKind::LanguageFromName, path)),
            };
            out.push(LangFile {
                lang: l,
                path: path.clone(),
            });
        }
        let source = out.remove(0);
        // `udhr.en.md` → `udhr`; `en.md` → the directory's name.
        let name = source
            .path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("");
        let slug = match name.split('.').collect::<Vec<_>>().as_slice() {
            [stem, _, _, ..] => stem.to_string(),
            _ => source
                .path
                .canonicalize()
                .ok()
                .and_then(|p| {
                    p.parent()
                        .and_then(|d| d.file_name())
                        .map(|n| n.to_string_lossy().into_owned())
                })
                .unwrap_or_else(|| name.to_string()),
        };
        Ok(Statement {
            slug,
            dir: source
                .path
                .parent()
                .map(Path::to_path_buf)
                .unwrap_or_default(),
            meta: StatementMeta::default(),
            source,
            targets: out,
            missing_targets: Vec::new(),
        })
    }

    /// The source file first, then the translations.
    pub fn files(&self) -> impl Iterator<Item = &LangFile> {
        std::iter::once(&self.source).chain(&self.targets)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_from_file_names() {
        let l = |p: &str| lang_from_file_name(Path::new(p)).map(|l| l.code);
        assert_eq!(l("ar.md"), Some("ar"));
        assert_eq!(l("x/udhr.ar.md"), Some("ar"));
        assert_eq!(l("ku-Latn.md"), Some("kmr"));
        assert_eq!(l("ku-Arab.md"), Some("ckb"));
        assert_eq!(l("notes.md"), None);
        assert_eq!(l("dev.de"), Some("de"));
        assert_eq!(l("news.ckb.txt"), Some("ckb"));
        assert_eq!(l("en"), Some("en"));
        // Look-alike: an extension that is not a language does not make one.
        assert_eq!(l("statement.txt"), None);
    }
}
