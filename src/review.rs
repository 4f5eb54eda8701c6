//! The translator's loop around `align.lock`: [`accept`] records that translations render the
//! source as it stands; [`diff`] shows, segment by segment, what changed in the source since.
//!
//! Both read the statement (and its lock) and return plain data. Writing the lock is the
//! caller's job ([`crate::write::write_atomic`]); nothing here writes, and no translation file
//! is ever touched.

use std::path::PathBuf;

use serde::Serialize;

use crate::align::statement::{Alignment, Prepared};
use crate::check::{self, Finding, Location, Settings, Severity};
use crate::document::Document;
use crate::drift::{self, LOCK_FILE, Lock, Part, State};
use crate::error::{Error, ErrorKind, Result};
use crate::statement::{LangFile, Statement, load_document};

/// The translations a command works on: those of `langs` (codes; each must have a file), or
/// every translation present when `langs` is empty.
pub fn targets<'a>(st: &'a Statement, langs: &[String]) -> Result<Vec<&'a LangFile>> {
    if langs.is_empty() {
        return Ok(st.targets.iter().collect());
    }
    langs
        .iter()
        .map(|code| {
            st.targets
                .iter()
                .find(|f| f.lang.code == code)
                .ok_or_else(|| Error::at(ErrorKind::NotFound, &st.dir.join(format!("{code}.md"))))
        })
        .collect()
}

/// What `accept` decided for one translation.
#[derive(Debug, Clone)]
pub struct Decision {
    pub lang: String,
    /// The translation file.
    pub path: String,
    /// Source segments recorded in the lock (0 when refused).
    pub accepted: usize,
    /// The check errors that refused it, or that `force` overrode.
    pub errors: Vec<Finding>,
    /// Whether it was refused (errors and no `force`).
    pub refused: bool,
}

/// The outcome of `accept`: the lock to write and what was decided per translation.
#[derive(Debug, Clone)]
pub struct Acceptance {
    pub lock: Lock,
    pub lock_path: PathBuf,
    pub decisions: Vec<Decision>,
    /// Whether the lock differs from the one on disk (or there was none).
    pub changed: bool,
}

/// Whether a finding concerns source block `id` (on either side).
fn concerns(f: &Finding, id: &str, source: &Document, target: &Document, al: &Alignment) -> bool {
    let block = |loc: &Option<Location>| {
        loc.as_ref()
            .and_then(|l| l.segment.as_deref())
            .map(|s| s.split(".s").next().unwrap_or(s).to_string())
    };
    if block(&f.source).as_deref() == Some(id) {
        return true;
    }
    let Some(i) = source.blocks.iter().position(|b| b.id == id) else {
        return false;
    };
    let Some(t) = block(&f.target) else {
        return false;
    };
    al.for_source(i)
        .is_some_and(|bead| bead.tgt.iter().any(|&j| target.blocks[j].id == t))
}

/// Records that each translation of `langs` (all when empty) renders the source as it stands:
/// every source segment, or only segment `only`. A translation with check errors (on that
/// segment, with `only`) is refused unless `force`. The lock on disk is read first and kept
/// for the other languages; a lock that cannot be read is an error, never replaced.
pub fn accept(
    st: &Statement,
    settings: &Settings,
    langs: &[String],
    only: Option<&str>,
    force: bool,
    date: &str,
) -> Result<Acceptance> {
    let source = load_document(&st.source)?;
    if let Some(id) = only
        && source.block(id).is_none()
    {
        return Err(Error::at(
            ErrorKind::UnknownSegment { id: id.to_string() },
            &st.source.path,
        ));
    }
    let files = targets(st, langs)?;
    let lock_path = st.dir.join(LOCK_FILE);
    // A lock that is there in any form is read: one that cannot be (a directory, a link loop)
    // is an error, never replaced.
    let before = if crate::statement::something_at(&lock_path) {
        let renamed = st.id_from_directory().then_some(&source);
        Some(Lock::load(&lock_path, st.id(), renamed)?)
    } else {
        None
    };
    let mut lock = before
        .clone()
        .unwrap_or_else(|| Lock::new(st.id(), st.source.lang));
    // A renamed statement's lock takes its new name when written.
    lock.statement = st.id().to_string();
    lock.source = st.source.lang.code.to_string();
    let prepared = Prepared::new(&source);
    let mut decisions = Vec::new();
    for file in files {
        // One segment can be accepted only into a lock that knows the others: otherwise every
        // other segment would look added since.
        if only.is_some() && !lock.languages.contains_key(file.lang.code) {
            return Err(Error::at(
                ErrorKind::FirstAcceptWhole {
                    lang: file.lang.code.to_string(),
                },
                &file.path,
            ));
        }
        let target = load_document(file)?;
        // Checked without the lock: accepting is what settles drift.
        let (findings, alignment, _) = check::check_document_pinned(
            &st.slug,
            &source,
            &prepared,
            &target,
            settings,
            None,
            &crate::pins::Pins::load(&st.dir)?,
        );
        let errors: Vec<Finding> = findings
            .into_iter()
            .filter(|f| f.severity == Severity::Error)
            .filter(|f| only.is_none_or(|id| concerns(f, id, &source, &target, &alignment)))
            .collect();
        let refused = !errors.is_empty() && !force;
        if !refused {
            lock.accept(&source, &target, &alignment, only, date);
        }
        decisions.push(Decision {
            lang: file.lang.code.to_string(),
            path: file.path.display().to_string(),
            accepted: match (refused, only) {
                (true, _) => 0,
                (false, Some(_)) => 1,
                (false, None) => source.blocks.len(),
            },
            errors,
            refused,
        });
    }
    let changed = before.as_ref() != Some(&lock);
    Ok(Acceptance {
        lock,
        lock_path,
        decisions,
        changed,
    })
}

/// One segment that changed since its translation was accepted.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Drift {
    pub lang: String,
    /// `changed` (the source segment's text changed), `new` (added to the source since) or
    /// `removed` (removed from the source since).
    pub state: &'static str,
    /// For `changed`: `number`, `date`, `name`, `negation`, `wording` or `punctuation`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub grade: Option<&'static str>,
    /// When the translation was accepted (`YYYY-MM-DD`); none for `new`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub accepted: Option<String>,
    /// The segment id when accepted (ids shift when blocks are inserted before it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub accepted_segment: Option<String>,
    /// The source text as accepted; none for `new`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub accepted_text: Option<String>,
    /// The source segment now (file, line, id, text); none for `removed`.
    pub source: Option<Location>,
    /// Accepted text → current text, word by word.
    pub diff: Vec<Part>,
    /// The translation aligned with it now, if any.
    pub target: Option<Location>,
}

/// What `diff` found for a statement.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Drifts {
    pub statement: String,
    pub lock: String,
    pub drift: Vec<Drift>,
    /// Translations the lock has no entries for (never accepted).
    pub never_accepted: Vec<String>,
}

/// The translation of source block `i` now: its aligned target blocks, as one location.
fn rendering(target: &Document, al: &Alignment, i: usize) -> Option<Location> {
    let bead = al.for_source(i)?;
    let first = *bead.tgt.first()?;
    let mut loc = Location::block(target, first);
    if bead.tgt.len() > 1 {
        loc.segment = Some(target.block_ids(&bead.tgt, "+"));
        loc.text = Some(target.blocks_text(&bead.tgt));
    }
    Some(loc)
}

/// Every segment of the translations of `langs` (all when empty) that drifted from the
/// source as accepted in the statement's lock. Without a lock it is an error.
pub fn diff(st: &Statement, langs: &[String]) -> Result<Drifts> {
    let lock_path = st.dir.join(LOCK_FILE);
    if !crate::statement::something_at(&lock_path) {
        return Err(Error::at(ErrorKind::NoLock, &st.dir));
    }
    let source = load_document(&st.source)?;
    let lock = Lock::load(
        &lock_path,
        st.id(),
        st.id_from_directory().then_some(&source),
    )?;
    let files = targets(st, langs)?;
    let prepared = Prepared::new(&source);
    let mut out = Drifts {
        statement: st.slug.clone(),
        lock: lock_path.display().to_string(),
        ..Drifts::default()
    };
    let pins = crate::pins::Pins::load(&st.dir)?;
    for file in files {
        let code = file.lang.code.to_string();
        let Some(entries) = lock.languages.get(&code) else {
            out.never_accepted.push(code);
            continue;
        };
        let target = load_document(file)?;
        let resolved = crate::pins::resolve(pins.for_lang(&code), &source, &target);
        let al = crate::align::statement::align_pinned(
            &source,
            &prepared,
            &target,
            &Prepared::new(&target),
            &resolved.ranges,
        );
        let c = drift::compare(&source, entries);
        for (i, state) in c.blocks.iter().enumerate() {
            let b = &source.blocks[i];
            let item = match state {
                State::Unchanged(_) => continue,
                State::Drifted(e) => {
                    let (parts, grade) = drift::change(&e.source_text, &b.text, source.lang);
                    Drift {
                        lang: code.clone(),
                        state: "changed",
                        grade: Some(grade),
                        accepted: Some(e.accepted.clone()),
                        accepted_segment: Some(e.segment.clone()),
                        accepted_text: Some(e.source_text.clone()),
                        source: Some(Location::block(&source, i)),
                        diff: parts,
                        target: rendering(&target, &al, i),
                    }
                }
                State::New => Drift {
                    lang: code.clone(),
                    state: "new",
                    grade: None,
                    accepted: None,
                    accepted_segment: None,
                    accepted_text: None,
                    source: Some(Location::block(&source, i)),
                    diff: vec![Part {
                        op: "insert",
                        text: b.text.clone(),
                    }],
                    target: rendering(&target, &al, i),
                },
            };
            out.drift.push(item);
        }
        for e in &c.removed {
            let still = e.rendered_in(&target);
            out.drift.push(Drift {
                lang: code.clone(),
                state: "removed",
                grade: None,
                accepted: Some(e.accepted.clone()),
                accepted_segment: Some(e.segment.clone()),
                accepted_text: Some(e.source_text.clone()),
                source: None,
                diff: vec![Part {
                    op: "delete",
                    text: e.source_text.clone(),
                }],
                target: still.map(|j| Location::block(&target, j)),
            });
        }
    }
    Ok(out)
}
