//! The `align` binary: parses arguments, calls the library, prints through [`term`], and maps
//! the outcome to an exit code: 0 success, 1 findings at or above the fail level, 2 usage or
//! input error.

mod term;

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};

use align::check::{self, Baseline, Selection, Settings, Severity};
use align::config::Project;
use align::document::Document;
use align::error::{Error, ErrorKind};
use align::i18n::{self, Localizer};
use align::report;
use align::statement::{self, LangFile, Statement};
use term::{ColorChoice, Term};

/// Exit code: findings at or above the fail level.
const EXIT_FINDINGS: u8 = 1;
/// Exit code: usage or input error.
const EXIT_INPUT: u8 = 2;

#[derive(Parser, Debug)]
#[command(
    name = "align",
    version,
    disable_help_flag = true,
    disable_version_flag = true,
    disable_help_subcommand = true,
    arg_required_else_help = true
)]
struct Cli {
    #[arg(long, global = true, value_name = "LANG")]
    ui_lang: Option<String>,
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    color: ColorChoice,
    #[arg(short, long, global = true)]
    quiet: bool,
    #[arg(long, global = true, value_name = "FILE")]
    config: Option<PathBuf>,
    #[arg(short = 'h', long, global = true, action = clap::ArgAction::Help)]
    help: Option<bool>,
    #[arg(short = 'V', long, action = clap::ArgAction::Version)]
    version: Option<bool>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    Check(CheckArgs),
    Accept(AcceptArgs),
    Diff(DiffArgs),
    Publish(PublishArgs),
    Segment(SegmentArgs),
    Show(ShowArgs),
    Pair(PairArgs),
}

#[derive(Args, Debug)]
struct CheckArgs {
    #[arg(value_name = "PATH")]
    paths: Vec<PathBuf>,
    #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
    format: CheckFormat,
    #[arg(long, value_enum, default_value_t = FailOn::Error, value_name = "LEVEL")]
    fail_on: FailOn,
    #[arg(long, value_delimiter = ',', value_name = "CODES")]
    lang: Vec<String>,
    #[arg(long)]
    list_checks: bool,
    #[arg(long, value_name = "FILE")]
    baseline: Option<PathBuf>,
    #[arg(long, value_name = "FILE")]
    write_baseline: Option<PathBuf>,
}

#[derive(Args, Debug)]
struct AcceptArgs {
    #[arg(value_name = "DIR")]
    dir: PathBuf,
    #[arg(long, value_delimiter = ',', value_name = "CODES")]
    lang: Vec<String>,
    #[arg(long, value_name = "ID")]
    segment: Option<String>,
    #[arg(long)]
    force: bool,
}

#[derive(Args, Debug)]
struct DiffArgs {
    #[arg(value_name = "DIR")]
    dir: PathBuf,
    #[arg(long, value_delimiter = ',', value_name = "CODES")]
    lang: Vec<String>,
    #[arg(long, value_enum, default_value_t = SegmentFormat::Text)]
    format: SegmentFormat,
    #[arg(long)]
    stacked: bool,
}

#[derive(Args, Debug)]
struct PublishArgs {
    #[arg(value_name = "DIR", required = true)]
    dirs: Vec<PathBuf>,
    #[arg(long, value_delimiter = ',', value_name = "CODES")]
    lang: Vec<String>,
    #[arg(long, value_enum, value_delimiter = ',', value_name = "FORMATS")]
    format: Vec<PublishFormat>,
    #[arg(long, value_name = "OUTDIR")]
    out: Option<PathBuf>,
    #[arg(long)]
    force: bool,
    #[arg(long, value_enum, default_value_t = SegTypeArg::Sentence)]
    segtype: SegTypeArg,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum PublishFormat {
    Html,
    Md,
    Tmx,
    Xliff,
    Tsv,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum SegTypeArg {
    Sentence,
    Paragraph,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum CheckFormat {
    Human,
    Json,
    Github,
    Junit,
    Sarif,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum FailOn {
    Error,
    Warning,
}

#[derive(Args, Debug)]
struct ShowArgs {
    #[arg(value_name = "DIR")]
    dir: PathBuf,
    #[arg(long, value_name = "CODE")]
    lang: Option<String>,
    #[arg(long, value_enum, default_value_t = SegmentFormat::Text)]
    format: SegmentFormat,
    #[arg(long)]
    stacked: bool,
}

#[derive(Args, Debug)]
struct PairArgs {
    #[arg(value_name = "SRC")]
    src: PathBuf,
    #[arg(value_name = "TGT")]
    tgt: PathBuf,
    #[arg(long, value_enum, default_value_t = PairFormat::Beads)]
    format: PairFormat,
    #[arg(long, value_name = "CODE")]
    source_lang: Option<String>,
    #[arg(long, value_name = "CODE")]
    target_lang: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum PairFormat {
    Beads,
    Tsv,
    Json,
}

#[derive(Args, Debug)]
struct SegmentArgs {
    #[arg(value_name = "PATH")]
    path: PathBuf,
    #[arg(long, value_enum, default_value_t = SegmentFormat::Text)]
    format: SegmentFormat,
    #[arg(long, value_name = "CODE")]
    lang: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum SegmentFormat {
    Text,
    Json,
}

fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().collect();
    let ui = prescan_ui_lang(&args);
    let code = match i18n::negotiate(ui.as_deref(), &|k| std::env::var(k).ok()) {
        Ok(code) => code,
        Err(bad) => {
            let l = Localizer::english();
            let msg = l.fmt(
                "error-ui-lang",
                &[
                    ("code", bad.as_str().into()),
                    ("known", i18n::ui_codes().into()),
                ],
            );
            let text = report::diagnostic(
                l,
                report::Style::PLAIN,
                report::Level::Error,
                "",
                &msg,
                None,
            );
            Term::new(ColorChoice::Never, false).error(&text);
            return ExitCode::from(EXIT_INPUT);
        }
    };
    let l = Localizer::new(code).unwrap_or_else(|| Localizer::new("en").expect("en is built in"));
    let matches = match localized_command(&l).try_get_matches_from(&args) {
        Ok(m) => m,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(EXIT_INPUT));
        }
    };
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(EXIT_INPUT);
        }
    };
    let term = Term::new(cli.color, cli.quiet);
    let code = match cli.command {
        Command::Check(a) => run_check(&l, &term, &a, cli.config.as_deref()),
        Command::Accept(a) => run_accept(&l, &term, &a, cli.config.as_deref()),
        Command::Diff(a) => run_diff(&l, &term, &a, cli.config.as_deref()),
        Command::Publish(a) => run_publish(&l, &term, &a, cli.config.as_deref()),
        Command::Segment(a) => run_segment(&l, &term, &a, cli.config.as_deref()),
        Command::Show(a) => run_show(&l, &term, &a, cli.config.as_deref()),
        Command::Pair(a) => run_pair(&l, &term, &a),
    };
    ExitCode::from(code)
}

/// `--ui-lang` must be known before clap runs, so that `--help` is localized.
fn prescan_ui_lang(args: &[OsString]) -> Option<String> {
    let mut iter = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(a) = iter.next() {
        if a == "--" {
            break;
        }
        if let Some(v) = a.strip_prefix("--ui-lang=") {
            return Some(v.to_string());
        }
        if a == "--ui-lang" {
            return iter.next().map(|v| v.to_string());
        }
    }
    None
}

/// The clap command with every help text taken from the Fluent files: `cli-about`,
/// `cli-arg-<id>` for global options, `cli-<command>-about`, `cli-<command>-arg-<id>`.
fn localized_command(l: &Localizer) -> clap::Command {
    let template = format!(
        "{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        l.msg("cli-heading-usage")
    );
    let localize_args = |cmd: clap::Command, prefix: &str| {
        let prefix = prefix.to_string();
        cmd.mut_args(|a| {
            let id = a.get_id().as_str().replace('_', "-");
            let heading = if a.is_positional() {
                "cli-heading-arguments"
            } else {
                "cli-heading-options"
            };
            let a = a.help_heading(l.msg(heading));
            match l
                .opt(&format!("{prefix}arg-{id}"), &[])
                .or_else(|| l.opt(&format!("cli-arg-{id}"), &[]))
            {
                Some(help) => a.help(help),
                None => a,
            }
        })
    };
    let mut cmd = Cli::command()
        .about(l.msg("cli-about"))
        .long_about(l.msg("cli-long-about"))
        .help_template(template.clone())
        .subcommand_help_heading(l.msg("cli-heading-commands"));
    cmd = localize_args(cmd, "cli-");
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        let prefix = format!("cli-{name}-");
        cmd = cmd.mut_subcommand(&name, |sc| {
            let mut sc = sc.help_template(template.clone());
            if let Some(about) = l.opt(&format!("{prefix}about"), &[]) {
                sc = sc.about(about);
            }
            if let Some(long) = l.opt(&format!("{prefix}long-about"), &[]) {
                sc = sc.long_about(long);
            }
            localize_args(sc, &prefix)
        });
    }
    cmd
}

/// Prints an input error and returns the input-error exit code.
fn fail(l: &Localizer, term: &Term, e: &Error) -> u8 {
    term.error(&report::error(l, term.err_style, e));
    EXIT_INPUT
}

/// The limits of the project a path belongs to (its nearest `align.yaml`, or `--config`), for
/// commands that read statements without checking them.
fn limits_for(path: &Path, config: Option<&Path>) -> Result<(), Error> {
    let start = if path.is_dir() {
        path.to_path_buf()
    } else {
        path.parent()
            .filter(|p| !p.as_os_str().is_empty())
            .map_or_else(|| PathBuf::from("."), Path::to_path_buf)
    };
    let start = std::fs::canonicalize(&start).unwrap_or(start);
    let project = Project::discover(&start, config)?;
    align::statement::set_limits(&project.config.limits);
    Ok(())
}

fn run_segment(l: &Localizer, term: &Term, a: &SegmentArgs, config: Option<&Path>) -> u8 {
    if let Err(e) = limits_for(&a.path, config) {
        return fail(l, term, &e);
    }
    let files = match segment_inputs(&a.path, a.lang.as_deref()) {
        Ok(files) => files,
        Err(e) => return fail(l, term, &e),
    };
    let mut docs: Vec<Document> = Vec::new();
    let mut status = 0;
    for f in &files {
        match statement::load_document(f) {
            Ok(d) => docs.push(d),
            Err(e) => status = fail(l, term, &e),
        }
    }
    for d in &docs {
        for n in &d.notices {
            term.note(&report::notice(l, term.err_style, &d.path, n));
        }
    }
    let out = match a.format {
        SegmentFormat::Text => report::segment::text(l, term.out_style, &docs),
        SegmentFormat::Json => report::segment::json(&docs),
    };
    term.out(&out);
    status
}

/// The files `align segment PATH` reads: a statement directory's language files, or one file.
fn segment_inputs(path: &Path, lang: Option<&str>) -> Result<Vec<LangFile>, Error> {
    if path.is_dir() {
        let st = Statement::discover(path)?;
        return Ok(st.files().cloned().collect());
    }
    let lang = match lang {
        Some(code) => statement::parse_lang(code)?,
        None if !path.exists() => return Err(Error::at(ErrorKind::NotFound, path)),
        None => statement::lang_from_file_name(path)
            .ok_or_else(|| Error::at(ErrorKind::LanguageFromName, path))?,
    };
    Ok(vec![LangFile {
        lang,
        path: path.to_path_buf(),
    }])
}

fn run_show(l: &Localizer, term: &Term, a: &ShowArgs, config: Option<&Path>) -> u8 {
    if let Err(e) = limits_for(&a.dir, config) {
        return fail(l, term, &e);
    }
    let st = match Statement::discover(&a.dir) {
        Ok(st) => st,
        Err(e) => return fail(l, term, &e),
    };
    let targets: Vec<&LangFile> = match &a.lang {
        Some(code) => match statement::parse_lang(code) {
            Ok(lang) => match st.targets.iter().find(|f| f.lang == lang) {
                Some(f) => vec![f],
                None => {
                    let e = Error::at(
                        ErrorKind::NotFound,
                        &a.dir.join(format!("{}.md", lang.code)),
                    );
                    return fail(l, term, &e);
                }
            },
            Err(e) => return fail(l, term, &e),
        },
        None => st.targets.iter().collect(),
    };
    let source = match statement::load_document(&st.source) {
        Ok(d) => d,
        Err(e) => return fail(l, term, &e),
    };
    let mut status = 0;
    for (k, f) in targets.iter().enumerate() {
        let target = match statement::load_document(f) {
            Ok(d) => d,
            Err(e) => {
                status = fail(l, term, &e);
                continue;
            }
        };
        let alignment = align::align::statement::align_documents(&source, &target);
        let out = match a.format {
            SegmentFormat::Text => {
                let sep = if k > 0 { "\n" } else { "" };
                format!(
                    "{sep}{}",
                    report::show::text(
                        l,
                        term.out_style,
                        term.width(),
                        a.stacked,
                        &source,
                        &target,
                        &alignment
                    )
                )
            }
            SegmentFormat::Json => report::show::json(&source, &target, &alignment),
        };
        term.out(&out);
    }
    status
}

fn run_pair(l: &Localizer, term: &Term, a: &PairArgs) -> u8 {
    let lang = |flag: &Option<String>, path: &Path| match flag {
        Some(code) => statement::parse_lang(code),
        None => Ok(statement::lang_from_file_name(path).unwrap_or(&align::lang::UND)),
    };
    let (sl, tl) = match (lang(&a.source_lang, &a.src), lang(&a.target_lang, &a.tgt)) {
        (Ok(s), Ok(t)) => (s, t),
        (Err(e), _) | (_, Err(e)) => return fail(l, term, &e),
    };
    let (src, tgt) = match (statement::read_lines(&a.src), statement::read_lines(&a.tgt)) {
        (Ok(s), Ok(t)) => (s, t),
        (Err(e), other) => {
            if let Err(e2) = other {
                fail(l, term, &e2);
            }
            return fail(l, term, &e);
        }
        (_, Err(e)) => return fail(l, term, &e),
    };
    let s: Vec<&str> = src.iter().map(String::as_str).collect();
    let t: Vec<&str> = tgt.iter().map(String::as_str).collect();
    let beads = align::align::align(
        align::align::Side::new(&s, sl),
        align::align::Side::new(&t, tl),
        &align::align::Options::default(),
    );
    let out = match a.format {
        PairFormat::Beads => report::pair::beads(&beads),
        PairFormat::Tsv => report::pair::tsv(&beads, &src, &tgt),
        PairFormat::Json => report::pair::json(&beads, sl.code, tl.code),
    };
    term.out(&out);
    0
}

/// The project (nearest `align.yaml`, or `--config`) and its check settings.
fn project(config: Option<&Path>) -> Result<(Project, Settings), Error> {
    let cwd = std::env::current_dir().map_err(|e| Error::io(&e, Path::new(".")))?;
    let project = Project::discover(&cwd, config)?;
    align::statement::set_limits(&project.config.limits);
    let settings = Settings::from_config(
        &project.config,
        &project.root,
        project.config_path.as_deref(),
    )?;
    Ok((project, settings))
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

fn run_check(l: &Localizer, term: &Term, a: &CheckArgs, config: Option<&Path>) -> u8 {
    if a.list_checks {
        term.out(&report::check::list_checks(l));
        return 0;
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
        .filter_map(|c| align::lang::lookup(c).map(|l| l.code.to_string()))
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
        if align::statement::something_at(path) && Baseline::load(path).is_err() {
            return fail(l, term, &Error::at(ErrorKind::NotABaseline, path));
        }
        let b = Baseline::from_findings(&outcome.findings);
        if let Err(e) = align::write::write_atomic(path, b.to_yaml().as_bytes()) {
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
            0
        } else {
            EXIT_INPUT
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
        EXIT_INPUT
    } else if report::check::fails(&outcome, fail_on) {
        EXIT_FINDINGS
    } else {
        0
    }
}

/// Appends to a file another program owns (`$GITHUB_STEP_SUMMARY`).
fn append(path: &Path, text: &str) -> Result<(), Error> {
    use std::io::Write;
    std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
        .and_then(|mut f| f.write_all(text.as_bytes()))
        .map_err(|e| {
            Error::at(
                ErrorKind::Write {
                    reason: e.to_string(),
                },
                path,
            )
        })
}

/// Language codes from `--lang`, each checked (`kur` → `kmr`).
fn lang_codes(codes: &[String]) -> Result<Vec<String>, Error> {
    codes
        .iter()
        .map(|c| statement::parse_lang(c).map(|l| l.code.to_string()))
        .collect()
}

/// The project, its check settings and the `--lang` codes, checked.
fn setup(
    config: Option<&Path>,
    lang: &[String],
) -> Result<(Project, Settings, Vec<String>), Error> {
    let (project, settings) = project(config)?;
    Ok((project, settings, lang_codes(lang)?))
}

fn run_accept(l: &Localizer, term: &Term, a: &AcceptArgs, config: Option<&Path>) -> u8 {
    let (_, settings, langs) = match setup(config, &a.lang) {
        Ok(x) => x,
        Err(e) => return fail(l, term, &e),
    };
    let st = match Statement::discover(&a.dir) {
        Ok(st) => st,
        Err(e) => return fail(l, term, &e),
    };
    let date = align::clock::today(std::env::var("SOURCE_DATE_EPOCH").ok().as_deref());
    // Held while the lock is read, merged and written: two accepts on one statement at once
    // (one per language) wait for each other instead of losing one acceptance.
    let _guard = match align::write::DirLock::acquire(&st.dir) {
        Ok(g) => g,
        Err(e) => return fail(l, term, &e),
    };
    let acceptance =
        match align::review::accept(&st, &settings, &langs, a.segment.as_deref(), a.force, &date) {
            Ok(x) => x,
            Err(e) => return fail(l, term, &e),
        };
    let source_lang = st.source.lang.code;
    let mut status = 0;
    for d in &acceptance.decisions {
        if d.refused {
            for f in &d.errors {
                term.error(&report::check::human::finding(
                    l,
                    term.err_style,
                    f,
                    source_lang,
                    term.width(),
                ));
            }
            let e = Error::at(
                ErrorKind::NotAccepted {
                    lang: d.lang.clone(),
                    errors: d.errors.len(),
                },
                Path::new(&d.path),
            );
            term.error(&report::error(l, term.err_style, &e));
            status = EXIT_FINDINGS;
            continue;
        }
        let args = [
            ("lang", d.lang.as_str().into()),
            ("path", d.path.as_str().into()),
            ("count", d.accepted.into()),
            ("errors", d.errors.len().into()),
            ("segment", a.segment.as_deref().unwrap_or("").into()),
        ];
        let id = match (&a.segment, d.errors.is_empty()) {
            (_, false) => "accept-forced",
            (Some(_), true) => "accept-segment",
            (None, true) => "accept-done",
        };
        let line = format!("{}\n", l.fmt(id, &args));
        if d.errors.is_empty() {
            term.note(&line);
        } else {
            term.error(&term.err_style.warning(&line));
        }
    }
    let path = acceptance.lock_path.display().to_string();
    if acceptance.changed {
        if let Err(e) =
            align::write::write_atomic(&acceptance.lock_path, acceptance.lock.to_yaml().as_bytes())
        {
            return fail(l, term, &e);
        }
        term.note(&format!(
            "{}\n",
            l.fmt("accept-written", &[("path", path.as_str().into())])
        ));
    } else if acceptance.decisions.iter().any(|d| !d.refused) {
        term.note(&format!(
            "{}\n",
            l.fmt("accept-unchanged", &[("path", path.as_str().into())])
        ));
    }
    status
}

fn run_diff(l: &Localizer, term: &Term, a: &DiffArgs, config: Option<&Path>) -> u8 {
    if let Err(e) = limits_for(&a.dir, config) {
        return fail(l, term, &e);
    }
    let langs = match lang_codes(&a.lang) {
        Ok(x) => x,
        Err(e) => return fail(l, term, &e),
    };
    let st = match Statement::discover(&a.dir) {
        Ok(st) => st,
        Err(e) => return fail(l, term, &e),
    };
    let drifts = match align::review::diff(&st, &langs) {
        Ok(x) => x,
        Err(e) => return fail(l, term, &e),
    };
    for code in &drifts.never_accepted {
        term.note(&format!(
            "{}\n",
            l.fmt(
                "diff-never-accepted",
                &[
                    ("lang", code.as_str().into()),
                    ("dir", a.dir.display().to_string().into())
                ]
            )
        ));
    }
    let out = match a.format {
        SegmentFormat::Text => {
            report::diff::text(l, term.out_style, term.width(), a.stacked, &drifts)
        }
        SegmentFormat::Json => report::diff::json(&drifts),
    };
    term.out(&out);
    if drifts.drift.is_empty() {
        0
    } else {
        EXIT_FINDINGS
    }
}

fn run_publish(l: &Localizer, term: &Term, a: &PublishArgs, config: Option<&Path>) -> u8 {
    use align::publish::{self, Format, SegType, Stamp};
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
        if let Err(e) = align::review::targets(st, &langs) {
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
        return EXIT_INPUT;
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
            return EXIT_FINDINGS;
        }
    }
    // 2. Every output, in memory.
    let epoch = std::env::var("SOURCE_DATE_EPOCH").ok();
    let stamp = Stamp {
        version: env!("CARGO_PKG_VERSION").to_string(),
        timestamp: align::clock::timestamp(epoch.as_deref()),
        date: align::clock::today(epoch.as_deref()),
    };
    let mut files: Vec<(PathBuf, String, &Statement)> = Vec::new();
    for (st, read) in statements.iter().zip(reads) {
        // No read only with an input error, reported above.
        let Some(read) = read else {
            return EXIT_INPUT;
        };
        let errors = errors_of(&st.slug);
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
        if let Err(e) = align::write::publish_dir(dir, &set) {
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
    0
}

/// Whether writing `path` would replace one of the statement's own files.
fn would_overwrite(path: &Path, st: &Statement) -> bool {
    let Ok(out) = std::fs::canonicalize(path) else {
        return false;
    };
    let mut inputs: Vec<PathBuf> = st.files().map(|f| f.path.clone()).collect();
    inputs.push(st.dir.join(align::drift::LOCK_FILE));
    inputs.push(st.dir.join("statement.yaml"));
    inputs
        .iter()
        .filter_map(|p| std::fs::canonicalize(p).ok())
        .any(|p| p == out)
}
