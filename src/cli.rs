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
