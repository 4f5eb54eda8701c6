//! `align check`: which statements and translations the paths mean, the project (and so the
//! configuration) each belongs to, the checks, and the report in the chosen format. Input
//! errors are part of the report in every format, not only on standard error.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::*;
use crate::check::{self, Baseline, Outcome, Selection, Settings, Severity};
use crate::cli::*;
use crate::config::{CONFIG_FILE, Project};
use crate::error::{Error, ErrorKind};
use crate::i18n::Localizer;
use crate::lang::Lang;
use crate::report;
use crate::statement::{self, Statement};
use crate::term::{Progress, Term};

/// What `align check` was asked to check: statements grouped by the project (the
/// `align.yaml`) each belongs to, and the files given that belong to no statement.
#[derive(Debug, Default)]
pub struct Inputs {
    pub groups: Vec<Group>,
    /// Files given that are part of no statement (a README among the changed files): skipped.
    pub skipped: Vec<PathBuf>,
}

/// The statements of one project, checked with its settings.
#[derive(Debug)]
pub struct Group {
    pub project: Project,
    pub statements: Vec<Statement>,
}

impl Inputs {
    pub fn statements(&self) -> impl Iterator<Item = &Statement> {
        self.groups.iter().flat_map(|g| &g.statements)
    }
}

/// What one path means.
#[derive(Debug, Clone, PartialEq)]
enum Meant {
    /// A statement directory, with every translation (`None`) or only some.
    Statement(PathBuf, Option<Vec<Lang>>),
    /// Every statement of the project whose `align.yaml` is in this directory.
    Project(PathBuf),
    /// Part of no statement.
    Skip(PathBuf),
}

/// The directory a file is in (`.` for a bare file name).
fn parent(path: &Path) -> PathBuf {
    path.parent()
        .filter(|p| !p.as_os_str().is_empty())
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf)
}

/// The project a path belongs to: its nearest `align.yaml` upward (or `--config`).
pub fn project_at(path: &Path, config: Option<&Path>) -> Result<Project, Error> {
    let dir = if path.is_dir() {
        path.to_path_buf()
    } else {
        parent(path)
    };
    let start = std::fs::canonicalize(&dir).unwrap_or_else(|_| dir.clone());
    let mut project = Project::discover(&start, config)?;
    // Outside a project the path itself is the root (its glossary.yaml applies), so that what
    // is found does not depend on the directory align is run from.
    if project.config_path.is_none() {
        project.root = dir;
    }
    Ok(project)
}

/// What `path` means to `align check`:
/// - a statement directory: the statement, every translation;
/// - a directory with an `align.yaml`, or one holding statement directories: every statement
///   in it;
/// - a statement's source file (`en.md`), `statement.yaml` or `align.lock`: the statement, every
///   translation;
/// - a translation file (`ar.md`): that translation of its statement (its source is found
///   beside it);
/// - `align.yaml`, or the glossary it names: every statement of that project;
/// - any other file (a README, a translation `statement.yaml` does not list): nothing.
fn meaning(path: &Path, config: Option<&Path>) -> Result<Vec<Meant>, Error> {
    if !statement::something_at(path) {
        return Err(Error::at(ErrorKind::NotFound, path));
    }
    if path.is_dir() {
        if path.join(CONFIG_FILE).is_file() {
            return Ok(vec![Meant::Project(path.to_path_buf())]);
        }
        return match Statement::discover(path) {
            Ok(_) => Ok(vec![Meant::Statement(path.to_path_buf(), None)]),
            Err(e) if e.kind == ErrorKind::NoLanguageFiles => {
                // A directory of statements (`statements/`).
                let mut subs: Vec<PathBuf> = std::fs::read_dir(path)
                    .map_err(|e| Error::io(&e, path))?
                    .flatten()
                    .map(|e| e.path())
                    .filter(|p| p.is_dir() && Statement::discover(p).is_ok())
                    .collect();
                subs.sort();
                if subs.is_empty() {
                    return Err(e);
                }
                Ok(subs
                    .into_iter()
                    .map(|d| Meant::Statement(d, None))
                    .collect())
            }
            Err(e) => Err(e),
        };
    }
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let dir = parent(path);
    if name == CONFIG_FILE {
        return Ok(vec![Meant::Project(dir)]);
    }
    if name == "statement.yaml" || name == crate::drift::LOCK_FILE {
        return Ok(vec![Meant::Statement(dir, None)]);
    }
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
    let is_md = path.extension().is_some_and(|x| x == "md");
    if let (true, Some(lang)) = (is_md, crate::lang::lookup(stem)) {
        let st = Statement::discover(&dir)?;
        if st.source.lang == lang {
            return Ok(vec![Meant::Statement(dir, None)]);
        }
        if st.targets.iter().any(|f| f.lang == lang) {
            return Ok(vec![Meant::Statement(dir, Some(vec![lang]))]);
        }
        return Ok(vec![Meant::Skip(path.to_path_buf())]);
    }
    // The project's glossary: every statement uses it.
    if path.extension().is_some_and(|x| x == "yaml" || x == "yml") {
        let project = project_at(path, config)?;
        if let Some(g) = project_glossary(&project)
            && same_file(&g, path)
        {
            return Ok(vec![Meant::Project(project.root.clone())]);
        }
    }
    Ok(vec![Meant::Skip(path.to_path_buf())])
}

fn project_glossary(p: &Project) -> Option<PathBuf> {
    let name = p
        .config
        .glossary
        .clone()
        .unwrap_or_else(|| PathBuf::from("glossary.yaml"));
    Some(p.root.join(name))
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(x), Ok(y)) => x == y,
        _ => false,
    }
}

/// The statements `align check` means, grouped by project. `paths` empty: every statement of
/// the project of the current directory. `source`: the explicit form, `--source FILE` and its
/// translations as files (languages from their names, or `lang`).
pub fn resolve(
    paths: &[PathBuf],
    source: Option<&Path>,
    lang: Option<Lang>,
    config: Option<&Path>,
) -> Result<Inputs, Error> {
    if let Some(src) = source {
        let mut files = vec![src.to_path_buf()];
        files.extend(paths.iter().cloned());
        let st = Statement::from_files(&files, lang)?;
        let project = project_at(src, config)?;
        return Ok(Inputs {
            groups: vec![Group {
                project,
                statements: vec![st],
            }],
            skipped: Vec::new(),
        });
    }
    let mut meant: Vec<Meant> = Vec::new();
    if paths.is_empty() {
        meant.push(Meant::Project(PathBuf::from(".")));
    }
    for p in paths {
        meant.extend(meaning(p, config)?);
    }
    // Statement directories (each once, by identity on disk) and the translations meant.
    let mut dirs: Vec<(PathBuf, Option<Vec<Lang>>)> = Vec::new();
    let mut index: BTreeMap<PathBuf, usize> = BTreeMap::new();
    let mut skipped = Vec::new();
    let mut add = |dir: PathBuf, langs: Option<Vec<Lang>>| {
        let key = std::fs::canonicalize(&dir).unwrap_or_else(|_| dir.clone());
        match index.get(&key) {
            Some(&k) => match (&mut dirs[k].1, langs) {
                (Some(have), Some(more)) => {
                    for l in more {
                        if !have.contains(&l) {
                            have.push(l);
                        }
                    }
                }
                (have, _) => *have = None,
            },
            None => {
                index.insert(key, dirs.len());
                dirs.push((dir, langs));
            }
        }
    };
    for m in meant {
        match m {
            Meant::Statement(dir, langs) => add(dir, langs),
            Meant::Project(dir) => {
                let project = if dir == Path::new(".") && config.is_none() {
                    let cwd = std::env::current_dir().map_err(|e| Error::io(&e, &dir))?;
                    Project::discover(&cwd, None)?
                } else {
                    project_at(&dir, config)?
                };
                for d in project.statement_dirs()? {
                    add(d, None);
                }
            }
            Meant::Skip(p) => skipped.push(p),
        }
    }
    // Each statement with the project its directory belongs to.
    let mut groups: Vec<Group> = Vec::new();
    // Statements side by side share their parent's project: looked up once per parent (an
    // archive of a thousand statements is one walk up, not a thousand).
    let mut by_parent: std::collections::HashMap<PathBuf, Project> = Default::default();
    for (dir, langs) in dirs {
        let mut st = Statement::discover(&dir)?;
        if let Some(langs) = langs {
            st.targets.retain(|f| langs.contains(&f.lang));
            st.missing_targets.retain(|l| langs.contains(l));
        }
        let own_config = config.is_some() || statement::something_at(&dir.join(CONFIG_FILE));
        let project = match dir
            .parent()
            .filter(|p| !own_config && !p.as_os_str().is_empty())
        {
            Some(parent) => {
                let mut project = match by_parent.get(parent) {
                    Some(p) => p.clone(),
                    None => {
                        let p = project_at(parent, config)?;
                        by_parent.insert(parent.to_path_buf(), p.clone());
                        p
                    }
                };
                // Outside a project the statement itself is the root (see project_at).
                if project.config_path.is_none() {
                    project.root = dir.clone();
                }
                project
            }
            None => project_at(&dir, config)?,
        };
        match groups.iter_mut().find(|g| {
            g.project.config_path == project.config_path
                && (project.config_path.is_some() || g.project.root == project.root)
        }) {
            Some(g) => g.statements.push(st),
            None => groups.push(Group {
                project,
                statements: vec![st],
            }),
        }
    }
    Ok(Inputs { groups, skipped })
}

/// The paths of `--files-from FILE` (`-`: standard input), one a line (or NUL-separated, as
/// `git diff --name-only -z` writes them); empty lines are ignored.
pub fn files_from(path: &Path) -> Result<Vec<PathBuf>, Error> {
    let bytes = if path == Path::new("-") {
        use std::io::Read;
        let mut b = Vec::new();
        std::io::stdin()
            .read_to_end(&mut b)
            .map_err(|e| Error::io(&e, path))?;
        b
    } else {
        statement::read_bytes(path)?
    };
    let text = String::from_utf8(bytes).map_err(|e| {
        Error::at(
            ErrorKind::InvalidUtf8 {
                offset: e.utf8_error().valid_up_to(),
            },
            path,
        )
    })?;
    let sep = if text.contains('\0') { '\0' } else { '\n' };
    Ok(text
        .split(sep)
        .map(|l| l.trim_end_matches('\r'))
        .filter(|l| !l.trim().is_empty())
        .map(PathBuf::from)
        .collect())
}

/// Checks every group with its project's settings; one outcome, findings sorted. With `keep`,
/// also what was read and aligned for each statement (for `--report`), in the order of
/// [`Inputs::statements`] (none for a statement whose project's settings failed or whose source
/// could not be read; the cache is then not used, since it holds no reading); without it
/// nothing is held.
fn check_all(
    inputs: &Inputs,
    selection: &Selection,
    keep: bool,
    progress: &Progress,
    use_cache: bool,
) -> (Outcome, Vec<Option<check::Read>>) {
    let mut all = Outcome::default();
    // Each group's settings and cache (none for a group whose settings cannot be read).
    let mut prepared: Vec<Option<(Settings, Option<crate::cache::Cache>)>> = Vec::new();
    for g in &inputs.groups {
        statement::set_limits(&g.project.config.limits);
        match Settings::from_config(
            &g.project.config,
            &g.project.root,
            g.project.config_path.as_deref(),
        ) {
            Ok(settings) => {
                // The cache lives in the project's root (the current directory outside a
                // project).
                let cache = (use_cache && !keep).then(|| {
                    let root = if g.project.config_path.is_some() {
                        g.project.root.clone()
                    } else {
                        PathBuf::from(".")
                    };
                    let limits = format!("{:?}", g.project.config.limits);
                    crate::cache::Cache::new(&root, &settings, selection, &limits)
                });
                prepared.push(Some((settings, cache)));
            }
            Err(e) => {
                all.errors.push(e);
                prepared.push(None);
            }
        }
    }
    // Every statement of every group in one parallel pass (outside a project each statement
    // is a group of its own). The limits are process-wide: groups with other limits than the
    // first are checked in passes of their own.
    let limits_of = |g: usize| inputs.groups[g].project.config.limits;
    let mut order: Vec<usize> = (0..inputs.groups.len()).collect();
    order.sort_by_key(|&g| limits_of(g) != limits_of(0));
    let mut slots: Vec<Vec<Option<check::Read>>> = inputs
        .groups
        .iter()
        .map(|g| g.statements.iter().map(|_| None).collect())
        .collect();
    let mut start = 0;
    while start < order.len() {
        let limits = limits_of(order[start]);
        let end = order[start..]
            .iter()
            .position(|&g| limits_of(g) != limits)
            .map_or(order.len(), |n| start + n);
        statement::set_limits(&limits);
        let items: Vec<(usize, usize)> = order[start..end]
            .iter()
            .filter(|&&g| prepared[g].is_some())
            .flat_map(|&g| (0..inputs.groups[g].statements.len()).map(move |k| (g, k)))
            .collect();
        use rayon::prelude::*;
        let results: Vec<(usize, usize, Outcome, Option<check::Read>)> = items
            .par_iter()
            .map(|&(g, k)| {
                let Some((settings, cache)) = &prepared[g] else {
                    unreachable!("filtered above")
                };
                let (outcome, read) = check::check_one(
                    &inputs.groups[g].statements[k],
                    settings,
                    selection,
                    cache.as_ref(),
                );
                progress.tick();
                (g, k, outcome, if keep { read } else { None })
            })
            .collect();
        for (g, k, outcome, read) in results {
            all.merge(outcome);
            slots[g][k] = read;
        }
        start = end;
    }
    let reads: Vec<Option<check::Read>> = slots.into_iter().flatten().collect();
    let statements: Vec<Statement> = inputs
        .groups
        .iter()
        .flat_map(|g| g.statements.iter().cloned())
        .collect();
    all.languages = check::cases(&statements, selection)
        .into_iter()
        .map(|(_, l)| l)
        .collect::<std::collections::BTreeSet<_>>()
        .len();
    check::sort(&mut all.findings);
    (all, reads)
}

/// The marker of a page `--report` wrote: only such a page is written over.
const REPORT_GENERATOR: &str = "<meta name=\"generator\" content=\"align check\">";

/// Writes the review page (`--report`). Never over a file that is not one: a statement, a
/// configuration or anything else given by mistake is left alone.
fn write_report(
    l: &Localizer,
    path: &Path,
    outcome: &Outcome,
    inputs: &Inputs,
    reads: &[Option<check::Read>],
) -> Result<(), Error> {
    if statement::something_at(path) && !path.is_dir() {
        let ours = std::fs::read(path)
            .map(|b| String::from_utf8_lossy(&b).contains(REPORT_GENERATOR))
            .unwrap_or(false);
        if !ours {
            return Err(Error::at(
                ErrorKind::Write {
                    reason: "it exists and is not a report of align check".into(),
                },
                path,
            ));
        }
    }
    let checked: Vec<report::check::html::Checked> = inputs
        .statements()
        .zip(reads)
        .filter_map(|(st, read)| {
            let read = read.as_ref()?;
            Some(report::check::html::Checked {
                slug: &st.slug,
                dir: st.dir.to_str().unwrap_or_default(),
                source: &read.source,
                targets: &read.targets,
            })
        })
        .collect();
    let page = report::check::html::page(l, outcome, &checked);
    crate::write::write_atomic(path, page.as_bytes())
}

pub fn run(l: &Localizer, term: &Term, a: &CheckArgs, config: Option<&Path>) -> Exit {
    if a.list_checks {
        term.out(&report::check::list_checks(l));
        return Exit::Success;
    }
    let fail_on = match a.fail_on {
        FailOn::Error => Some(Severity::Error),
        FailOn::Warning => Some(Severity::Warning),
        FailOn::Never => None,
    };
    let mut reads: Vec<Option<check::Read>> = Vec::new();
    let (inputs, mut outcome) = match prepare(a, config) {
        Ok(inputs) => {
            // Said always (a file meant as a translation, without `--source`, would otherwise
            // pass unchecked); in a pre-commit run, shown only when the hook fails.
            for p in &inputs.skipped {
                let markdown = p.extension().is_some_and(|x| x == "md");
                term.note(&report::diagnostic(
                    l,
                    term.err_style,
                    report::Level::Info,
                    "",
                    &l.fmt("check-skipped", &[("path", p.display().to_string().into())]),
                    markdown.then(|| l.msg("check-skipped-hint")).as_deref(),
                ));
            }
            for g in &inputs.groups {
                let id = if g.project.config_path.is_some() {
                    "check-config"
                } else {
                    "check-no-config"
                };
                let path = g
                    .project
                    .config_path
                    .as_ref()
                    .map(|p| p.display().to_string())
                    .unwrap_or_default();
                term.verbose(&format!(
                    "{}\n",
                    l.fmt(
                        id,
                        &[
                            ("path", path.into()),
                            ("statements", g.statements.len().into())
                        ]
                    )
                ));
            }
            let selection = Selection {
                langs: lang_codes(&a.lang).unwrap_or_default(),
            };
            let total: usize = inputs.groups.iter().map(|g| g.statements.len()).sum();
            let env = |k: &str| std::env::var(k).ok();
            let progress = if crate::term::progress_wanted(
                term.err_is_terminal(),
                term.quiet,
                a.format != CheckFormat::Human,
                &env,
            ) {
                // The message with markers for the counts, filled in on every redraw.
                let template = l.fmt(
                    "check-progress",
                    &[("done", "\u{E000}".into()), ("total", "\u{E001}".into())],
                );
                Progress::start(total, move |done, total| {
                    template
                        .replace('\u{E000}', &done.to_string())
                        .replace('\u{E001}', &total.to_string())
                })
            } else {
                Progress::none()
            };
            let (mut outcome, kept) = check_all(
                &inputs,
                &selection,
                a.report.is_some(),
                &progress,
                !a.no_cache,
            );
            drop(progress);
            reads = kept;
            outcome.configs = inputs
                .groups
                .iter()
                .filter_map(|g| g.project.config_path.as_ref())
                .map(|p| p.display().to_string())
                .collect();
            if let Some(path) = &a.baseline {
                match Baseline::load(path) {
                    Ok(b) => b.apply(&mut outcome),
                    Err(e) => outcome.errors.push(e),
                }
            }
            (inputs, outcome)
        }
        Err(e) => (
            Inputs::default(),
            Outcome {
                errors: vec![e],
                ..Outcome::default()
            },
        ),
    };
    for e in &outcome.errors {
        term.error(&report::error(l, term.err_style, e));
    }
    if let Some(path) = &a.write_baseline {
        if !outcome.errors.is_empty() {
            return Exit::Input;
        }
        return write_baseline(l, term, path, &outcome);
    }
    // The review page, besides the format's output: a failure to write it is an input error,
    // reported in every format.
    if let Some(path) = &a.report
        && let Err(e) = write_report(l, path, &outcome, &inputs, &reads)
    {
        term.error(&report::error(l, term.err_style, &e));
        outcome.errors.push(e);
    }
    drop(reads);
    let statements: Vec<&Statement> = inputs.statements().collect();
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
        CheckFormat::Concise => report::check::concise::concise(&outcome),
        CheckFormat::Json => report::check::json::json(&outcome),
        CheckFormat::Github => {
            if let Some(path) = std::env::var_os("GITHUB_STEP_SUMMARY").filter(|p| !p.is_empty()) {
                let summary = report::check::github::step_summary(&outcome);
                if let Err(e) = append(Path::new(&path), &summary) {
                    term.error(&report::error(l, term.err_style, &e));
                    outcome.errors.push(e);
                }
            }
            report::check::github::annotations(&outcome)
        }
        CheckFormat::Junit => {
            let owned: Vec<Statement> = statements.iter().map(|s| (*s).clone()).collect();
            let selection = Selection {
                langs: lang_codes(&a.lang).unwrap_or_default(),
            };
            let cases = report::check::junit::cases(&owned, &selection);
            report::check::junit::junit(&outcome, &cases, fail_on)
        }
        CheckFormat::Sarif => {
            let root = report::check::sarif::repository_root(Path::new("."));
            report::check::sarif::sarif(&outcome, &root)
        }
    };
    term.out(&out);
    if !outcome.errors.is_empty() {
        Exit::Input
    } else if fail_on.is_some_and(|f| report::check::fails(&outcome, f)) {
        Exit::Findings
    } else {
        Exit::Success
    }
}

/// The inputs of a run, from the arguments: `--lang` codes checked, `--files-from` read.
fn prepare(a: &CheckArgs, config: Option<&Path>) -> Result<Inputs, Error> {
    let langs = lang_codes(&a.lang)?;
    let single = match langs.as_slice() {
        [one] => Some(statement::parse_lang(one)?),
        _ => None,
    };
    let mut paths = a.paths.clone();
    if let Some(list) = &a.files_from {
        paths.extend(files_from(list)?);
        // Only files were listed, and none is part of a statement: nothing to check (not
        // every statement of the project).
        if paths.is_empty() {
            return Ok(Inputs::default());
        }
    }
    resolve(&paths, a.source.as_deref(), single, config)
}

fn write_baseline(l: &Localizer, term: &Term, path: &Path, outcome: &Outcome) -> Exit {
    // Only over a baseline: never over a translation, align.yaml or anything else.
    if statement::something_at(path) && Baseline::load(path).is_err() {
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
    Exit::Success
}
