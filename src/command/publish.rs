//! `align publish DIR…`: check, render every output in memory, then write each output
//! directory as one set.

use std::path::{Path, PathBuf};

use super::*;
use crate::check::{self, Selection, Severity};
use crate::cli::*;
use crate::error::{Error, ErrorKind};
use crate::i18n::Localizer;
use crate::report;
use crate::statement::Statement;
use crate::term::Term;

pub fn run(l: &Localizer, term: &Term, a: &PublishArgs, config: Option<&Path>) -> Exit {
    use crate::publish::{self, Format, SegType, Stamp};
    let (project, settings, langs) = match setup(config, &a.lang) {
        Ok(x) => x,
        Err(e) => return fail(l, term, &e),
    };
    let mut formats: Vec<Format> = if a.format.is_empty() {
        Format::ALL.to_vec()
    } else {
        a.format
            .iter()
            .map(|f| match f {
                PublishFormat::Html => Format::Html,
                PublishFormat::Md => Format::Md,
                PublishFormat::Tmx => Format::Tmx,
                PublishFormat::Xliff => Format::Xliff,
                PublishFormat::Tsv => Format::Tsv,
            })
            .collect()
    };
    formats.sort();
    formats.dedup();
    let segtype = match a.segtype {
        SegTypeArg::Sentence => SegType::Sentence,
        SegTypeArg::Paragraph => SegType::Paragraph,
    };
    let statements: Vec<Statement> = match a.dirs.iter().map(|d| Statement::discover(d)).collect() {
        Ok(x) => x,
        Err(e) => return fail(l, term, &e),
    };
    // Every translation named by --lang exists.
    for st in &statements {
        if let Err(e) = crate::review::targets(st, &langs) {
            return fail(l, term, &e);
        }
    }
    // 1. The checks of `align check`; nothing is written while an error remains. What they
    //    read and aligned is what gets published.
    let (outcome, reads) = check::run_and_keep(
        &statements,
        &settings,
        &Selection {
            langs: langs.clone(),
        },
    );
    if !outcome.errors.is_empty() {
        for e in &outcome.errors {
            term.error(&report::error(l, term.err_style, e));
        }
        return Exit::Input;
    }
    let errors_of = |slug: &str| {
        outcome
            .findings
            .iter()
            .filter(|f| f.statement == slug && f.severity == Severity::Error)
            .count()
    };
    let total = outcome.count(Severity::Error);
    if total > 0 {
        for f in outcome
            .findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
        {
            let src = statements
                .iter()
                .find(|s| s.slug == f.statement)
                .map_or("en", |s| s.source.lang.code);
            term.error(&report::check::human::finding(
                l,
                term.err_style,
                f,
                src,
                term.width(),
            ));
        }
        let (level, id) = if a.force {
            (report::Level::Warning, "publish-forced")
        } else {
            (report::Level::Error, "publish-refused")
        };
        term.error(&report::diagnostic(
            l,
            term.err_style,
            level,
            "",
            &l.fmt(id, &[("errors", total.into())]),
            None,
        ));
        if !a.force {
            return Exit::Findings;
        }
    }
    // 2. Every output, in memory.
    let epoch = std::env::var("SOURCE_DATE_EPOCH").ok();
    let stamp = Stamp {
        version: env!("CARGO_PKG_VERSION").to_string(),
        timestamp: crate::clock::timestamp(epoch.as_deref()),
        date: crate::clock::today(epoch.as_deref()),
    };
    let mut files: Vec<(PathBuf, String, &Statement)> = Vec::new();
    for (st, read) in statements.iter().zip(reads) {
        // No read only with an input error, reported above.
        let Some(read) = read else {
            return Exit::Input;
        };
        let errors = errors_of(&st.slug);
        // Published anyway: the review page of `align check --report` goes beside the pages,
        // every finding at its segment, and their warning links to it.
        let review = (errors > 0).then(|| {
            let findings: Vec<_> = outcome
                .findings
                .iter()
                .filter(|f| f.statement == st.slug)
                .cloned()
                .collect();
            let mine = check::Outcome {
                findings,
                statements: 1,
                languages: read.targets.len(),
                segments: read.source.blocks.len()
                    + read
                        .targets
                        .iter()
                        .map(|(d, _)| d.blocks.len())
                        .sum::<usize>(),
                ..check::Outcome::default()
            };
            report::check::html::page(
                l,
                &mine,
                &[report::check::html::Checked {
                    slug: &st.slug,
                    dir: st.dir.to_str().unwrap_or_default(),
                    source: &read.source,
                    targets: &read.targets,
                }],
            )
        });
        let p = match publish::publication(st, read, (errors > 0).then_some(errors)) {
            Ok(p) => p,
            Err(e) => return fail(l, term, &e),
        };
        let dir = match (&a.out, &project.config.publish.out) {
            (Some(out), _) => out.clone(),
            (None, Some(out)) => project.root.join(out),
            (None, None) => st.dir.join("out"),
        };
        for o in publish::render(&p, &formats, segtype, l, &stamp) {
            files.push((dir.join(&o.name), o.content, st));
        }
        if let (Some(page), Some(name)) = (review, &p.review) {
            files.push((dir.join(name), page, st));
        }
    }
    // 3. Never over a file a person wrote, nor twice over one file.
    let mut seen = std::collections::HashSet::new();
    for (path, _, st) in &files {
        if would_overwrite(path, st) {
            return fail(l, term, &Error::at(ErrorKind::WouldOverwrite, path));
        }
        if !seen.insert(path.clone()) {
            return fail(l, term, &Error::at(ErrorKind::DuplicateOutput, path));
        }
    }
    // 4. Each output directory written as one set: staged, then swapped into place, so that
    //    readers see all old files or all new ones; only into directories align owns.
    let mut dirs: Vec<PathBuf> = Vec::new();
    for (path, _, _) in &files {
        let dir = path.parent().map(Path::to_path_buf).unwrap_or_default();
        if !dirs.contains(&dir) {
            dirs.push(dir);
        }
    }
    for dir in &dirs {
        let set: Vec<(String, Vec<u8>)> = files
            .iter()
            .filter(|(p, _, _)| p.parent() == Some(dir.as_path()))
            .map(|(p, c, _)| {
                (
                    p.file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default(),
                    c.as_bytes().to_vec(),
                )
            })
            .collect();
        if let Err(e) = crate::write::publish_dir(dir, &set) {
            return fail(l, term, &e);
        }
    }
    for (path, _, _) in &files {
        term.out(&format!("{}\n", path.display()));
    }
    for st in &statements {
        let count = files.iter().filter(|f| f.2.slug == st.slug).count();
        let dir = files
            .iter()
            .find(|f| f.2.slug == st.slug)
            .and_then(|f| f.0.parent())
            .map(|d| d.display().to_string())
            .unwrap_or_default();
        term.note(&format!(
            "{}\n",
            l.fmt(
                "publish-written",
                &[
                    ("statement", st.slug.as_str().into()),
                    ("count", count.into()),
                    ("dir", dir.into())
                ]
            )
        ));
    }
    Exit::Success
}

/// Whether writing `path` would replace one of the statement's own files.
fn would_overwrite(path: &Path, st: &Statement) -> bool {
    let Ok(out) = std::fs::canonicalize(path) else {
        return false;
    };
    let mut inputs: Vec<PathBuf> = st.files().map(|f| f.path.clone()).collect();
    inputs.push(st.dir.join(crate::drift::LOCK_FILE));
    inputs.push(st.dir.join("statement.yaml"));
    inputs
        .iter()
        .filter_map(|p| std::fs::canonicalize(p).ok())
        .any(|p| p == out)
}
