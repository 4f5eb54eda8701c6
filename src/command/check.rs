//! `align check`: which statements and translations the paths mean, the checks, and the
//! report in the chosen format.

use std::path::{Path, PathBuf};

use super::*;
use crate::check::{self, Baseline, Selection, Severity};
use crate::cli::*;
use crate::config::Project;
use crate::error::{Error, ErrorKind};
use crate::i18n::Localizer;
use crate::report;
use crate::statement::{self, Statement};
use crate::term::Term;

pub fn run(l: &Localizer, term: &Term, a: &CheckArgs, config: Option<&Path>) -> Exit {
    if a.list_checks {
        term.out(&report::check::list_checks(l));
        return Exit::Success;
    }
    let (project, settings) = match project(config) {
        Ok(x) => x,
        Err(e) => return fail(l, term, &e),
    };
    for code in &a.lang {
        if let Err(e) = statement::parse_lang(code) {
            return fail(l, term, &e);
        }
    }
    let langs: Vec<String> = a
        .lang
        .iter()
        .filter_map(|c| crate::lang::lookup(c).map(|l| l.code.to_string()))
        .collect();
    let single_lang = (langs.len() == 1).then(|| langs[0].as_str());
    let statements = match check_inputs(&a.paths, &project, single_lang) {
        Ok(s) => s,
        Err(e) => return fail(l, term, &e),
    };
    let selection = Selection { langs };
    let mut outcome = check::run(&statements, &settings, &selection);
    if let Some(path) = &a.baseline {
        match Baseline::load(path) {
            Ok(b) => b.apply(&mut outcome),
            Err(e) => return fail(l, term, &e),
        }
    }
    for e in &outcome.errors {
        term.error(&report::error(l, term.err_style, e));
    }
    if let Some(path) = &a.write_baseline {
        // Only over a baseline: never over a translation, align.yaml or anything else.
        if crate::statement::something_at(path) && Baseline::load(path).is_err() {
            return fail(l, term, &Error::at(ErrorKind::NotABaseline, path));
        }
        let b = Baseline::from_findings(&outcome.findings);
        if let Err(e) = crate::write::write_atomic(path, b.to_yaml().as_bytes()) {
            return fail(l, term, &e);
        }
        term.note(&format!(
            "{}\n",
            l.fmt(
                "check-baseline-written",
                &[
                    ("count", b.findings.len().into()),
                    ("path", path.display().to_string().into())
                ]
            )
        ));
        return if outcome.errors.is_empty() {
            Exit::Success
        } else {
            Exit::Input
        };
    }
    let fail_on = match a.fail_on {
        FailOn::Error => Severity::Error,
        FailOn::Warning => Severity::Warning,
    };
    let source_lang = |slug: &str| {
        statements
            .iter()
            .find(|s| s.slug == slug)
            .map_or_else(|| "en".to_string(), |s| s.source.lang.code.to_string())
    };
    let out = match a.format {
        CheckFormat::Human => report::check::human::text(
            l,
            term.out_style,
            &outcome,
            &source_lang,
            term.quiet,
            term.width(),
        ),
        CheckFormat::Json => report::check::json::json(&outcome),
        CheckFormat::Github => {
            if let Some(path) = std::env::var_os("GITHUB_STEP_SUMMARY").filter(|p| !p.is_empty()) {
                let summary = report::check::github::step_summary(&outcome);
                if let Err(e) = append(Path::new(&path), &summary) {
                    term.error(&report::error(l, term.err_style, &e));
                }
            }
            report::check::github::annotations(&outcome)
        }
        CheckFormat::Junit => {
            report::check::junit::junit(&outcome, &check::cases(&statements, &selection), fail_on)
        }
        CheckFormat::Sarif => report::check::sarif::sarif(&outcome),
    };
    term.out(&out);
    if !outcome.errors.is_empty() {
        Exit::Input
    } else if report::check::fails(&outcome, fail_on) {
        Exit::Findings
    } else {
        Exit::Success
    }
}

/// The statements `align check PATH…` means: statement directories as given, files given one
/// by one as one statement, nothing given as every statement of the project.
fn check_inputs(
    paths: &[PathBuf],
    project: &Project,
    lang: Option<&str>,
) -> Result<Vec<Statement>, Error> {
    if paths.is_empty() {
        return project
            .statement_dirs()?
            .iter()
            .map(|d| Statement::discover(d))
            .collect();
    }
    let (dirs, files): (Vec<&PathBuf>, Vec<&PathBuf>) = paths.iter().partition(|p| p.is_dir());
    let mut out: Vec<Statement> = dirs
        .iter()
        .map(|d| Statement::discover(d))
        .collect::<Result<_, _>>()?;
    if !files.is_empty() {
        let lang = lang.map(statement::parse_lang).transpose()?;
        let files: Vec<PathBuf> = files.into_iter().cloned().collect();
        out.push(Statement::from_files(&files, lang)?);
    }
    Ok(out)
}
