//! The check cache, as ruff has one: a statement's findings stored under `.align_cache/` in the
//! project's root, so that a run over an unchanged archive reads instead of aligning again.
//!
//! An entry is keyed by everything its findings depend on: the bytes of the statement's files
//! (source, translations, `statement.yaml`, `align.lock`, `pins.yaml`), the statement's layout (paths,
//! languages), the settings in effect (severities, glossary, kept kinds, limits — so
//! `align.yaml` and the glossary), the languages selected, and the binary (its version, size
//! and modification time: a rebuilt `align` never reads an older one's entries). One file per
//! statement and selection, named by a hash of its directory, so the cache does not grow with
//! edits. Entries are written atomically (a temporary file renamed over the old one), so
//! concurrent runs never read half an entry; one that cannot be read or parsed, or whose key
//! differs, is ignored and rewritten. A statement with an input error is never cached.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::check::{Finding, Location, Outcome, Selection, Settings, Severity};
use crate::statement::Statement;

/// The cache directory, in the project's root (ignored by git through its own `.gitignore`).
pub const CACHE_DIR: &str = ".align_cache";

/// The layout of entries; a change of it makes a new subdirectory.
const VERSION: &str = "v1";

/// An open cache: where it is and what every key of this run shares.
#[derive(Debug, Clone)]
pub struct Cache {
    dir: PathBuf,
    /// The binary, the settings and the selection, hashed.
    salt: u128,
    selection: String,
}

#[derive(Serialize, Deserialize)]
struct Entry {
    key: String,
    segments: usize,
    suppressed: usize,
    findings: Vec<StoredFinding>,
}

/// A finding as stored (its check id as a string; back to the registry's on reading).
#[derive(Serialize, Deserialize)]
struct StoredFinding {
    check: String,
    severity: Severity,
    statement: String,
    lang: String,
    source: Option<Location>,
    target: Option<Location>,
    details: Map<String, Value>,
}

impl Cache {
    /// The cache of the project rooted at `root`, for a run with these settings.
    pub fn new(root: &Path, settings: &Settings, selection: &Selection, limits: &str) -> Cache {
        let mut h = Hasher::new();
        h.part(env!("CARGO_PKG_VERSION").as_bytes());
        h.part(binary_identity().as_bytes());
        h.part(format!("{settings:?}").as_bytes());
        h.part(limits.as_bytes());
        let selection = selection.langs.join(",");
        h.part(selection.as_bytes());
        Cache {
            dir: root.join(CACHE_DIR).join(VERSION),
            salt: h.finish(),
            selection,
        }
    }

    /// The key of a statement's findings: the run's salt and the statement's files and layout.
    /// `None` when a file cannot be read (the check will say why; nothing is cached).
    pub fn key(&self, st: &Statement) -> Option<String> {
        let mut h = Hasher::new();
        h.part(&self.salt.to_le_bytes());
        h.part(st.slug.as_bytes());
        h.part(st.dir.as_os_str().as_encoded_bytes());
        h.part(format!("{:?}", st.meta).as_bytes());
        for f in std::iter::once(&st.source).chain(&st.targets) {
            h.part(f.lang.code.as_bytes());
            h.part(f.path.as_os_str().as_encoded_bytes());
            h.part(&read_regular(&f.path)?);
        }
        for l in &st.missing_targets {
            h.part(l.code.as_bytes());
        }
        for name in [
            "statement.yaml",
            crate::drift::LOCK_FILE,
            crate::pins::PINS_FILE,
        ] {
            let path = st.dir.join(name);
            if crate::statement::something_at(&path) {
                h.part(&read_regular(&path)?);
            } else {
                h.part(b"-");
            }
        }
        Some(format!("{:032x}", h.finish()))
    }

    fn path(&self, st: &Statement) -> PathBuf {
        let mut h = Hasher::new();
        h.part(st.dir.as_os_str().as_encoded_bytes());
        h.part(self.selection.as_bytes());
        self.dir.join(format!("{:016x}.json", h.finish() as u64))
    }

    /// The findings stored for `st` under `key`, if any.
    pub fn get(&self, st: &Statement, key: &str) -> Option<Outcome> {
        let bytes = std::fs::read(self.path(st)).ok()?;
        let entry: Entry = serde_json::from_slice(&bytes).ok()?;
        if entry.key != key {
            return None;
        }
        let findings = entry
            .findings
            .into_iter()
            .map(|f| {
                Some(Finding {
                    check: crate::check::info(&f.check)?.id,
                    severity: f.severity,
                    statement: f.statement,
                    lang: f.lang,
                    source: f.source,
                    target: f.target,
                    details: f.details,
                })
            })
            .collect::<Option<Vec<_>>>()?;
        Some(Outcome {
            findings,
            statements: 1,
            segments: entry.segments,
            suppressed: entry.suppressed,
            ..Outcome::default()
        })
    }

    /// Stores a statement's findings (not when it had an input error). A cache that cannot be
    /// written is no error: the next run checks again.
    pub fn put(&self, st: &Statement, key: &str, outcome: &Outcome) {
        if !outcome.errors.is_empty() {
            return;
        }
        let entry = Entry {
            key: key.to_string(),
            segments: outcome.segments,
            suppressed: outcome.suppressed,
            findings: outcome
                .findings
                .iter()
                .map(|f| StoredFinding {
                    check: f.check.to_string(),
                    severity: f.severity,
                    statement: f.statement.clone(),
                    lang: f.lang.clone(),
                    source: f.source.clone(),
                    target: f.target.clone(),
                    details: f.details.clone(),
                })
                .collect(),
        };
        let Ok(json) = serde_json::to_vec(&entry) else {
            return;
        };
        if !self.dir.is_dir() {
            if std::fs::create_dir_all(&self.dir).is_err() {
                return;
            }
            // Ignored by git and by backup tools, as ruff's and cargo's caches are.
            if let Some(top) = self.dir.parent() {
                let _ = std::fs::write(top.join(".gitignore"), "# Created by align.\n*\n");
                let _ = std::fs::write(
                    top.join("CACHEDIR.TAG"),
                    "Signature: 8a477f597d28d172789f06886806bc55\n# align's check cache (align check --no-cache bypasses it).\n",
                );
            }
        }
        // Atomic (a temporary file renamed into place) but not synced to disk: an entry lost
        // in a crash is only a statement checked again, and a sync per statement would cost
        // more than the check it saves on a cold run.
        let Ok(mut tmp) = tempfile::Builder::new()
            .prefix(".entry-")
            .tempfile_in(&self.dir)
        else {
            return;
        };
        if std::io::Write::write_all(&mut tmp, &json).is_ok() {
            let _ = tmp.persist(self.path(st));
        }
    }
}

/// The bytes of a regular file within the size limit; `None` for anything else (a FIFO would
/// block, a device never end): such a statement is checked, which reports the file, and not
/// cached.
fn read_regular(path: &Path) -> Option<Vec<u8>> {
    let m = std::fs::metadata(path).ok()?;
    if !m.is_file() || m.len() > crate::statement::limits().file_size {
        return None;
    }
    std::fs::read(path).ok()
}

/// The running binary: its size and modification time (a rebuilt binary, even of the same
/// version, has other ones).
fn binary_identity() -> String {
    std::env::current_exe()
        .and_then(std::fs::metadata)
        .map(|m| {
            let t = m
                .modified()
                .ok()
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .map_or(0, |d| d.as_nanos());
            format!("{}:{t}", m.len())
        })
        .unwrap_or_default()
}

/// xxh3 over length-prefixed parts (so that `ab`+`c` and `a`+`bc` differ).
struct Hasher(xxhash_rust::xxh3::Xxh3);

impl Hasher {
    fn new() -> Hasher {
        Hasher(xxhash_rust::xxh3::Xxh3::new())
    }

    fn part(&mut self, bytes: &[u8]) {
        self.0.update(&(bytes.len() as u64).to_le_bytes());
        self.0.update(bytes);
    }

    fn finish(&self) -> u128 {
        self.0.digest128()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_are_delimited() {
        let hash = |parts: &[&[u8]]| {
            let mut h = Hasher::new();
            for p in parts {
                h.part(p);
            }
            h.finish()
        };
        assert_ne!(hash(&[b"ab", b"c"]), hash(&[b"a", b"bc"]));
        assert_eq!(hash(&[b"ab", b"c"]), hash(&[b"ab", b"c"]));
    }
}
