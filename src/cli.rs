//! The command line: every command, option and value `align` accepts (clap), with help texts
//! from the Fluent files of the interface language. The binary parses with it; the completion
//! scripts and the man page are generated from it, so they never disagree with `--help`.

use std::ffi::OsString;
use std::path::PathBuf;

use clap::{Args, CommandFactory, Parser, Subcommand, ValueEnum};

use crate::i18n::Localizer;
use crate::term::ColorChoice;

#[derive(Parser, Debug)]
#[command(
    name = "align",
    version,
    disable_help_flag = true,
    disable_version_flag = true,
    disable_help_subcommand = true,
    arg_required_else_help = true
)]
pub struct Cli {
    #[arg(long, global = true, value_name = "LANG")]
    pub ui_lang: Option<String>,
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,
    #[arg(short, long, global = true)]
    pub quiet: bool,
    #[arg(short, long, global = true)]
    pub verbose: bool,
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,
    #[arg(short = 'h', long, global = true, action = clap::ArgAction::Help)]
    pub help: Option<bool>,
    #[arg(short = 'V', long, action = clap::ArgAction::Version)]
    pub version: Option<bool>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    Check(CheckArgs),
    Accept(AcceptArgs),
    Diff(DiffArgs),
    Publish(PublishArgs),
    Segment(SegmentArgs),
    Show(ShowArgs),
    Pair(PairArgs),
    Pin(PinArgs),
    Completions(CompletionsArgs),
}

#[derive(Args, Debug)]
pub struct PinArgs {
    #[arg(value_name = "DIR")]
    pub dir: PathBuf,
    #[arg(value_name = "SOURCE=TARGET")]
    pub pins: Vec<String>,
    #[arg(long, value_name = "LANG")]
    pub lang: Option<String>,
    #[arg(long, value_delimiter = ',', value_name = "SOURCE")]
    pub remove: Vec<String>,
}

#[derive(Args, Debug)]
pub struct CompletionsArgs {
    #[arg(value_enum, value_name = "SHELL")]
    pub shell: clap_complete::Shell,
}

#[derive(Args, Debug)]
pub struct CheckArgs {
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    #[arg(long, value_name = "FILE")]
    pub source: Option<PathBuf>,
    #[arg(long, value_name = "FILE")]
    pub files_from: Option<PathBuf>,
    #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
    pub format: CheckFormat,
    #[arg(long, value_enum, default_value_t = FailOn::Error, value_name = "LEVEL")]
    pub fail_on: FailOn,
    #[arg(long, value_delimiter = ',', value_name = "CODES")]
    pub lang: Vec<String>,
    #[arg(long)]
    pub list_checks: bool,
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
    #[arg(long, value_name = "FILE")]
    pub write_baseline: Option<PathBuf>,
    #[arg(long)]
    pub no_cache: bool,
    #[arg(long, value_name = "FILE")]
    pub report: Option<PathBuf>,
}

#[derive(Args, Debug)]
pub struct AcceptArgs {
    #[arg(value_name = "DIR")]
    pub dir: PathBuf,
    #[arg(long, value_delimiter = ',', value_name = "CODES")]
    pub lang: Vec<String>,
    #[arg(long, value_name = "ID")]
    pub segment: Option<String>,
    #[arg(long)]
    pub force: bool,
}

#[derive(Args, Debug)]
pub struct DiffArgs {
    #[arg(value_name = "DIR")]
    pub dir: PathBuf,
    #[arg(long, value_delimiter = ',', value_name = "CODES")]
    pub lang: Vec<String>,
    #[arg(long, value_enum, default_value_t = SegmentFormat::Text)]
    pub format: SegmentFormat,
    #[arg(long)]
    pub stacked: bool,
}

#[derive(Args, Debug)]
pub struct PublishArgs {
    #[arg(value_name = "DIR", required = true)]
    pub dirs: Vec<PathBuf>,
    #[arg(long, value_delimiter = ',', value_name = "CODES")]
    pub lang: Vec<String>,
    #[arg(long, value_enum, value_delimiter = ',', value_name = "FORMATS")]
    pub format: Vec<PublishFormat>,
    #[arg(long, value_name = "OUTDIR")]
    pub out: Option<PathBuf>,
    #[arg(long)]
    pub force: bool,
    #[arg(long, value_enum, default_value_t = SegTypeArg::Sentence)]
    pub segtype: SegTypeArg,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PublishFormat {
    Html,
    Md,
    Tmx,
    Xliff,
    Tsv,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SegTypeArg {
    Sentence,
    Paragraph,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    Human,
    Concise,
    Json,
    Github,
    Junit,
    Sarif,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    Error,
    Warning,
    Never,
}

#[derive(Args, Debug)]
pub struct ShowArgs {
    #[arg(value_name = "DIR")]
    pub dir: PathBuf,
    #[arg(long, value_name = "CODE")]
    pub lang: Option<String>,
    #[arg(long, value_enum, default_value_t = SegmentFormat::Text)]
    pub format: SegmentFormat,
    #[arg(long)]
    pub stacked: bool,
}

#[derive(Args, Debug)]
pub struct PairArgs {
    #[arg(value_name = "SRC")]
    pub src: PathBuf,
    #[arg(value_name = "TGT")]
    pub tgt: PathBuf,
    #[arg(long, value_enum, default_value_t = PairFormat::Beads)]
    pub format: PairFormat,
    #[arg(long, value_name = "CODE")]
    pub source_lang: Option<String>,
    #[arg(long, value_name = "CODE")]
    pub target_lang: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PairFormat {
    Beads,
    Tsv,
    Json,
}

#[derive(Args, Debug)]
pub struct SegmentArgs {
    #[arg(value_name = "PATH")]
    pub path: PathBuf,
    #[arg(long, value_enum, default_value_t = SegmentFormat::Text)]
    pub format: SegmentFormat,
    #[arg(long, value_name = "CODE")]
    pub lang: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SegmentFormat {
    Text,
    Json,
}

/// `--ui-lang` must be known before clap runs, so that `--help` is localized.
pub fn prescan_ui_lang(args: &[OsString]) -> Option<String> {
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
pub fn localized_command(l: &Localizer) -> clap::Command {
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
        .subcommand_help_heading(l.msg("cli-heading-commands"))
        .args_override_self(true);
    cmd = localize_args(cmd, "cli-");
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        let prefix = format!("cli-{name}-");
        cmd = cmd.mut_subcommand(&name, |sc| {
            // A later option wins over an earlier one (`--fail-on warning … --fail-on never`),
            // so wrappers (the GitHub Action) can append to what users give.
            let mut sc = sc.help_template(template.clone()).args_override_self(true);
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

/// A usage error of clap's (an unknown option, a missing value …) in the interface language:
/// the message and the hint (a suggestion, the accepted values, and where to read more).
/// `None` for what is not an error (`--help`, `--version`), which clap prints itself.
pub fn usage_error(l: &Localizer, e: &clap::Error, args: &[OsString]) -> Option<(String, String)> {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let value = |kind: ContextKind| -> Option<String> {
        e.context().find(|(k, _)| *k == kind).map(|(_, v)| match v {
            ContextValue::String(s) => s.clone(),
            ContextValue::Strings(v) => v.join(", "),
            ContextValue::StyledStr(s) => s.to_string(),
            ContextValue::StyledStrs(v) => v
                .iter()
                .map(|s| s.to_string())
                .collect::<Vec<_>>()
                .join(", "),
            ContextValue::Number(n) => n.to_string(),
            ContextValue::Bool(b) => b.to_string(),
            _ => String::new(),
        })
    };
    let arg = value(ContextKind::InvalidArg).unwrap_or_default();
    let message = match e.kind() {
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => return None,
        ErrorKind::UnknownArgument => l.fmt("cli-error-unknown-argument", &[("arg", arg.into())]),
        ErrorKind::InvalidSubcommand => l.fmt(
            "cli-error-unknown-command",
            &[(
                "command",
                value(ContextKind::InvalidSubcommand)
                    .unwrap_or_default()
                    .into(),
            )],
        ),
        ErrorKind::InvalidValue
            if value(ContextKind::InvalidValue).is_some_and(|v| v.is_empty()) =>
        {
            l.fmt("cli-error-missing-value", &[("arg", arg.into())])
        }
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => l.fmt(
            "cli-error-invalid-value",
            &[
                (
                    "value",
                    value(ContextKind::InvalidValue).unwrap_or_default().into(),
                ),
                ("arg", arg.into()),
            ],
        ),
        ErrorKind::MissingRequiredArgument => {
            l.fmt("cli-error-missing-argument", &[("arg", arg.into())])
        }
        ErrorKind::MissingSubcommand => l.msg("cli-error-missing-command"),
        ErrorKind::ArgumentConflict => l.fmt(
            "cli-error-conflict",
            &[
                ("arg", arg.into()),
                (
                    "other",
                    value(ContextKind::PriorArg).unwrap_or_default().into(),
                ),
            ],
        ),
        ErrorKind::TooManyValues | ErrorKind::WrongNumberOfValues | ErrorKind::TooFewValues => {
            l.fmt("cli-error-values", &[("arg", arg.into())])
        }
        _ => {
            // Kinds without a message of their own: clap's English words, under ours.
            let text = e.render().to_string();
            let first = text
                .lines()
                .next()
                .unwrap_or_default()
                .trim_start_matches("error: ")
                .to_string();
            l.fmt("cli-error-other", &[("detail", first.into())])
        }
    };
    // One hint, the most useful: a near name, else the accepted values, else the help.
    let hint = if let Some(s) =
        value(ContextKind::SuggestedSubcommand).or_else(|| value(ContextKind::SuggestedArg))
    {
        l.fmt("cli-error-did-you-mean", &[("suggestion", s.into())])
    } else if let Some(v) = value(ContextKind::ValidValue).filter(|v| !v.is_empty()) {
        l.fmt("cli-error-possible-values", &[("values", v.into())])
    } else {
        let sub = subcommand(args).map(|s| format!("align {s} --help"));
        let help = sub.unwrap_or_else(|| "align --help".into());
        l.fmt("cli-error-more", &[("help", help.into())])
    };
    Some((message, hint))
}

/// The subcommand the arguments name (the first argument that is one), if any.
fn subcommand(args: &[OsString]) -> Option<String> {
    let cmd = Cli::command();
    args.iter().skip(1).find_map(|a| {
        let a = a.to_str()?;
        cmd.get_subcommands()
            .find(|s| s.get_name() == a)
            .map(|s| s.get_name().to_string())
    })
}

/// The completion script of `shell` for `align`, generated from the command line as `--help`
/// shows it (descriptions in the interface language).
pub fn completions(l: &Localizer, shell: clap_complete::Shell) -> Vec<u8> {
    let mut cmd = localized_command(l);
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut cmd, "align", &mut out);
    out
}

/// The man pages: `align.1` and one per command (`align-check.1` …), as (file name, roff).
pub fn man_pages(l: &Localizer) -> Vec<(String, Vec<u8>)> {
    let mut cmd = localized_command(l);
    // Global options (--ui-lang, --color …) reach every command's page.
    cmd.build();
    let version = cmd.get_version().unwrap_or_default().to_string();
    let mut pages = Vec::new();
    let mut render = |name: String, c: clap::Command| {
        let mut out = Vec::new();
        // Writing to a Vec cannot fail.
        let _ = clap_mangen::Man::new(c).render(&mut out);
        pages.push((format!("{name}.1"), out));
    };
    render("align".into(), cmd.clone());
    for sub in cmd.get_subcommands() {
        let name = format!("align-{}", sub.get_name());
        let c = sub
            .clone()
            .name(name.clone())
            .bin_name(format!("align {}", sub.get_name()))
            .version(version.clone())
            .help_template(
                "{about-with-newline}\n{usage-heading} {usage}\n\n{all-args}{after-help}",
            );
        render(name, c);
    }
    pages
}
