//! Errors on input: data, never text. [`crate::i18n`] turns them into a message in the user's
//! language; every error names the file, and the line and column where they are known.

use std::path::Path;

/// What went wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ErrorKind {
    /// The file or directory does not exist.
    NotFound,
    /// The file exists but cannot be read (permissions, a directory where a file was expected).
    Unreadable { reason: String },
    /// The file is not valid UTF-8; `offset` is the byte offset of the first invalid byte.
    InvalidUtf8 { offset: usize },
    /// The file is empty or holds only white space.
    Empty,
    /// A statement directory without a file for its source language (`en.md`).
    NoSourceFile { lang: String },
    /// A directory with no language file at all (`en.md`, `ar.md`, …).
    NoLanguageFiles,
    /// A language code that `align` does not know.
    UnknownLanguage { code: String },
    /// The language of a file cannot be told from its name and `--lang` was not given.
    LanguageFromName,
    /// A YAML file (`align.yaml`, `statement.yaml`, …) that does not parse or does not fit
    /// its schema; `message` is the parser's own description.
    Yaml { message: String },
    /// Two inputs that cannot be used together, or a bad command-line value.
    Usage { message: String },
    /// A file could not be written.
    Write { reason: String },
    /// A lock file written by a newer `align`, in a format this one cannot read.
    LockVersion { found: u32, supported: u32 },
    /// A lock file that belongs to another statement.
    LockStatement { found: String, expected: String },
    /// `align accept` refused: the translation has check errors.
    NotAccepted { lang: String, errors: usize },
    /// A segment id (`--segment`) that the source does not have.
    UnknownSegment { id: String },
    /// `align diff` on a statement that has no `align.lock` yet.
    NoLock,
    /// An output would replace a file a person wrote (a statement file, its lock).
    WouldOverwrite,
    /// Two outputs of one run would be the same file (two statements with one name).
    DuplicateOutput,
    /// `align accept --segment` for a translation that was never accepted as a whole.
    FirstAcceptWhole { lang: String },
    /// Something that is not a regular file where a file is expected: `what` is `directory`,
    /// `fifo`, `device`, `socket` or `symlink-loop`. Never opened (a FIFO would block, a
    /// device never end).
    NotAFile { what: String },
    /// A file larger than the limit (`limits.file_size` in `align.yaml`).
    TooLarge { size: u64, limit: u64 },
    /// A statement file with more blocks than the limit (`limits.blocks`).
    TooManyBlocks { count: usize, limit: usize },
    /// A YAML file nested deeper than any configuration needs.
    TooDeep { limit: usize },
    /// An output directory `align publish` did not create, with files in it.
    NotOwned,
    /// A path that should be a directory (`--out`) is a file.
    NotADirectory,
    /// `--write-baseline` over a file that is not a baseline.
    NotABaseline,
    /// A language listed twice in `targets:` of `statement.yaml`.
    DuplicateTarget { code: String },
    /// `targets:` of `statement.yaml` lists no language.
    EmptyTargets,
    /// `align.yaml` names a glossary that does not exist.
    MissingGlossary { glossary: String },
}

impl ErrorKind {
    /// A stable kebab-case id of the kind (`not-found`, `invalid-utf8`), for machine formats.
    pub fn code(&self) -> &'static str {
        match self {
            ErrorKind::NotFound => "not-found",
            ErrorKind::Unreadable { .. } => "unreadable",
            ErrorKind::InvalidUtf8 { .. } => "invalid-utf8",
            ErrorKind::Empty => "empty",
            ErrorKind::NoSourceFile { .. } => "no-source-file",
            ErrorKind::NoLanguageFiles => "no-language-files",
            ErrorKind::UnknownLanguage { .. } => "unknown-language",
            ErrorKind::LanguageFromName => "language-from-name",
            ErrorKind::Yaml { .. } => "yaml",
            ErrorKind::Usage { .. } => "usage",
            ErrorKind::Write { .. } => "write",
            ErrorKind::LockVersion { .. } => "lock-version",
            ErrorKind::LockStatement { .. } => "lock-statement",
            ErrorKind::NotAccepted { .. } => "not-accepted",
            ErrorKind::UnknownSegment { .. } => "unknown-segment",
            ErrorKind::NoLock => "no-lock",
            ErrorKind::WouldOverwrite => "would-overwrite",
            ErrorKind::DuplicateOutput => "duplicate-output",
            ErrorKind::FirstAcceptWhole { .. } => "first-accept-whole",
            ErrorKind::NotAFile { .. } => "not-a-file",
            ErrorKind::TooLarge { .. } => "too-large",
            ErrorKind::TooManyBlocks { .. } => "too-many-blocks",
            ErrorKind::TooDeep { .. } => "too-deep",
            ErrorKind::NotOwned => "not-owned",
            ErrorKind::NotADirectory => "not-a-directory",
            ErrorKind::NotABaseline => "not-a-baseline",
            ErrorKind::DuplicateTarget { .. } => "duplicate-target",
            ErrorKind::EmptyTargets => "empty-targets",
            ErrorKind::MissingGlossary { .. } => "missing-glossary",
        }
    }
}

/// `ELOOP` ("too many levels of symbolic links") on the systems `align` runs on.
#[cfg(any(target_os = "linux", target_os = "android"))]
const ELOOP: i32 = 40;
#[cfg(not(any(target_os = "linux", target_os = "android")))]
const ELOOP: i32 = 62;

/// An input error: what, where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    pub kind: ErrorKind,
    /// The file or directory, as the user named it.
    pub path: Option<String>,
    /// 1-based line, when known.
    pub line: Option<usize>,
    /// 1-based column, when known.
    pub column: Option<usize>,
}

impl Error {
    pub fn new(kind: ErrorKind) -> Error {
        Error {
            kind,
            path: None,
            line: None,
            column: None,
        }
    }

    pub fn at(kind: ErrorKind, path: &Path) -> Error {
        Error {
            path: Some(path.display().to_string()),
            ..Error::new(kind)
        }
    }

    pub fn with_position(mut self, line: usize, column: usize) -> Error {
        self.line = Some(line);
        self.column = Some(column);
        self
    }

    /// An I/O error on `path`, classified.
    pub fn io(err: &std::io::Error, path: &Path) -> Error {
        let kind = match err.kind() {
            std::io::ErrorKind::NotFound => ErrorKind::NotFound,
            std::io::ErrorKind::IsADirectory => ErrorKind::NotAFile {
                what: "directory".into(),
            },
            // ELOOP: a symbolic link that points (through others) back to itself.
            _ if err.raw_os_error() == Some(ELOOP) => ErrorKind::NotAFile {
                what: "symlink-loop".into(),
            },
            _ => ErrorKind::Unreadable {
                reason: err.to_string(),
            },
        };
        Error::at(kind, path)
    }

    /// A YAML error on `path`, with the parser's line and column.
    pub fn yaml(err: &serde_yaml::Error, path: &Path) -> Error {
        let mut message = err.to_string();
        // The parser appends " at line L column C"; the position is reported separately.
        if let Some(i) = message.find(" at line ") {
            message.truncate(i);
        }
        let e = Error::at(ErrorKind::Yaml { message }, path);
        match err.location() {
            Some(loc) => e.with_position(loc.line(), loc.column()),
            None => e,
        }
    }

    /// A usage error (exit code 2) with a message that is already for people.
    pub fn usage(message: impl Into<String>) -> Error {
        Error::new(ErrorKind::Usage {
            message: message.into(),
        })
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::i18n::Localizer::english().error(self))
    }
}

impl std::error::Error for Error {}

pub type Result<T, E = Error> = std::result::Result<T, E>;
