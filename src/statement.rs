//! Statements on disk: a directory `statements/<slug>/` with one Markdown file per language
//! (`en.md`, `ar.md`, `kmr.md`, `ckb.md`) and an optional `statement.yaml`.
//!
//! This module reads files; everything after reading is pure ([`crate::document`]).

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::document::Document;
use crate::error::{Error, ErrorKind, Result};
use crate::lang::{self, Lang};

/// Limits on what `align` reads (`limits:` in `align.yaml`): set once per run, before reading
/// statements, by [`set_limits`]; the defaults apply until then (to `align.yaml` itself).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Limits {
    /// Largest file `align` reads, in bytes (a statement file is a few kilobytes).
    pub file_size: u64,
    /// Most blocks (paragraphs, headings, list items) in one statement file.
    pub blocks: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            file_size: 10_000_000,
            blocks: 20_000,
        }
    }
}

/// How deep a YAML file may nest (`align.yaml`, `statement.yaml`, glossaries, locks and
/// baselines are a few levels deep).
pub const MAX_YAML_DEPTH: usize = 64;

static FILE_SIZE: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(10_000_000);
static BLOCKS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(20_000);

/// Sets the limits for the rest of the run.
pub fn set_limits(l: &Limits) {
    use std::sync::atomic::Ordering::Relaxed;
    FILE_SIZE.store(l.file_size, Relaxed);
    BLOCKS.store(l.blocks, Relaxed);
}

/// The limits in force.
pub fn limits() -> Limits {
    use std::sync::atomic::Ordering::Relaxed;
    Limits {
        file_size: FILE_SIZE.load(Relaxed),
        blocks: BLOCKS.load(Relaxed),
    }
}

/// What a path is, when it is not a regular file.
fn not_a_file(t: std::fs::FileType) -> Option<&'static str> {
    if t.is_file() {
        return None;
    }
    if t.is_dir() {
        return Some("directory");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return Some("fifo");
        }
        if t.is_block_device() || t.is_char_device() {
            return Some("device");
        }
        if t.is_socket() {
            return Some("socket");
        }
    }
    Some("other")
}

/// The bytes of a regular file, at most [`Limits::file_size`] of them. Anything else — a
/// directory, a FIFO (which would block), a device (`/dev/zero`, which never ends), a symbolic
/// link loop — is an error naming what it is, and is never read.
pub fn read_bytes(path: &Path) -> Result<Vec<u8>> {
    use std::io::Read;
    let limit = limits().file_size;
    let checked = |meta: &std::fs::Metadata| -> Result<()> {
        if let Some(what) = not_a_file(meta.file_type()) {
            return Err(Error::at(
                ErrorKind::NotAFile {
                    what: what.to_string(),
                },
                path,
            ));
        }
        if meta.len() > limit {
            return Err(Error::at(
                ErrorKind::TooLarge {
                    size: meta.len(),
                    limit,
                },
                path,
            ));
        }
        Ok(())
    };
    checked(&std::fs::metadata(path).map_err(|e| Error::io(&e, path))?)?;
    let mut opts = std::fs::OpenOptions::new();
    opts.read(true);
    #[cfg(unix)]
    {
        // Should the path become a FIFO between the check and the open, opening it must not
        // block; what was opened is checked again below.
        use std::os::unix::fs::OpenOptionsExt;
        opts.custom_flags(libc::O_NONBLOCK);
    }
    let file = opts.open(path).map_err(|e| Error::io(&e, path))?;
    checked(&file.metadata().map_err(|e| Error::io(&e, path))?)?;
    let mut bytes = Vec::new();
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::io(&e, path))?;
    if bytes.len() as u64 > limit {
        return Err(Error::at(
            ErrorKind::TooLarge {
                size: bytes.len() as u64,
                limit,
            },
            path,
        ));
    }
    Ok(bytes)
}

/// Whether anything is at `path` (a file, a directory, a FIFO, a dangling or looping link).
pub fn something_at(path: &Path) -> bool {
    std::fs::symlink_metadata(path).is_ok()
}

/// Reads a text file a person wrote: UTF-8 (the byte offset of the first invalid byte is
/// reported otherwise), a leading BOM dropped, CRLF and lone CR line endings read as LF, not
/// empty; a regular file within the size limit ([`read_bytes`]).
pub fn read_text(path: &Path) -> Result<String> {
    let bytes = read_bytes(path)?;
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
    // Windows (CRLF) and old Mac (lone CR) line endings, and a mix of them, as LF: every line
    // keeps its own number.
    let text = if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text.to_string()
    };
    if text.trim().is_empty() {
        return Err(Error::at(ErrorKind::Empty, path));
    }
    Ok(text)
}

/// How deep a YAML text nests: block indentation levels and compact sequences (`- - -`) plus
/// flow brackets, outside quotes. Measured before parsing, so that a hostile file fails at once.
pub fn yaml_depth(text: &str) -> usize {
    let mut indents: Vec<usize> = Vec::new();
    let mut flow = 0usize;
    let mut max = 0usize;
    for line in text.lines() {
        let trimmed = line.trim_start_matches(' ');
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let indent = line.len() - trimmed.len();
        if flow == 0 {
            while indents.last().is_some_and(|&i| i >= indent) {
                indents.pop();
            }
            indents.push(indent);
        }
        let mut rest = trimmed;
        let mut dashes = 0;
        while let Some(r) = rest.strip_prefix("- ") {
            dashes += 1;
            rest = r.trim_start_matches(' ');
        }
        let (mut single, mut double) = (false, false);
        let mut line_flow_max = flow;
        for c in rest.chars() {
            match c {
                '\'' if !double => single = !single,
                '"' if !single => double = !double,
                '#' if !single && !double => break,
                '[' | '{' if !single && !double => {
                    flow += 1;
                    line_flow_max = line_flow_max.max(flow);
                }
                ']' | '}' if !single && !double => flow = flow.saturating_sub(1),
                _ => {}
            }
        }
        max = max.max(indents.len() + dashes + line_flow_max);
    }
    max
}

/// Reads and parses a YAML file into `T`, with file, line and column on error.
pub fn read_yaml<T: serde::de::DeserializeOwned>(path: &Path) -> Result<T> {
    let text = read_bytes(path)?;
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
    if yaml_depth(text) > MAX_YAML_DEPTH {
        return Err(Error::at(
            ErrorKind::TooDeep {
                limit: MAX_YAML_DEPTH,
            },
            path,
        ));
    }
    serde_yaml::from_str(text).map_err(|e| Error::yaml(&e, path))
}

/// Reads and segments one language file (at most [`Limits::blocks`] blocks).
pub fn load_document(file: &LangFile) -> Result<Document> {
    let text = read_text(&file.path)?;
    let doc = Document::parse(&file.path.display().to_string(), &text, file.lang);
    let limit = limits().blocks;
    if doc.blocks.len() > limit {
        return Err(Error::at(
            ErrorKind::TooManyBlocks {
                count: doc.blocks.len(),
                limit,
            },
            &file.path,
        ));
    }
    Ok(doc)
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
    /// The statement's identity, which survives renaming or copying its directory (its lock
    /// names it); the directory's name when absent.
    pub id: Option<String>,
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
        let meta: StatementMeta = if something_at(&meta_path) {
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
            // A language file that is not a regular file (a directory, a FIFO, a link loop) is
            // kept: reading it is an error that names it, never a silent skip.
            if path.extension().and_then(|e| e.to_str()) != Some("md") {
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
                if codes.is_empty() {
                    return Err(Error::at(ErrorKind::EmptyTargets, &meta_path));
                }
                let mut out = Vec::new();
                let mut seen: Vec<Lang> = Vec::new();
                for code in codes {
                    let lang = parse_lang(code).map_err(|e| Error {
                        path: Some(meta_path.display().to_string()),
                        ..e
                    })?;
                    if seen.contains(&lang) {
                        return Err(Error::at(
                            ErrorKind::DuplicateTarget { code: code.clone() },
                            &meta_path,
                        ));
                    }
                    seen.push(lang);
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

    /// The statement's identity: `id:` of `statement.yaml`, else its directory's name.
    pub fn id(&self) -> &str {
        self.meta.id.as_deref().unwrap_or(&self.slug)
    }

    /// Whether the identity is the directory's name (no `id:` given): a lock naming another
    /// statement may then be this one's, renamed.
    pub fn id_from_directory(&self) -> bool {
        self.meta.id.is_none()
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
