//! The `align` binary: parses arguments ([`align::cli`]), runs the command
//! ([`align::command`]) and maps its outcome to an exit code: 0 success, 1 findings at or above
//! the fail level, 2 usage or input error.

use std::ffi::OsString;
use std::process::ExitCode;

use clap::FromArgMatches;

use align::cli::{self, Cli, Command};
use align::command::{self, Exit};
use align::i18n::{self, Localizer};
use align::report;
use align::term::{ColorChoice, Term};

fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().collect();
    let ui = cli::prescan_ui_lang(&args);
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
            return ExitCode::from(Exit::Input.code());
        }
    };
    let l = Localizer::new(code).unwrap_or_else(|| Localizer::new("en").expect("en is built in"));
    let matches = match cli::localized_command(&l).try_get_matches_from(&args) {
        Ok(m) => m,
        Err(e) => match cli::usage_error(&l, &e, &args) {
            Some((message, hint)) => {
                let term = Term::new(ColorChoice::Auto, false);
                let text = report::diagnostic(
                    &l,
                    term.err_style,
                    report::Level::Error,
                    "",
                    &message,
                    Some(&hint),
                );
                term.error(&text);
                return ExitCode::from(Exit::Input.code());
            }
            None => {
                let _ = e.print();
                return ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(Exit::Input.code()));
            }
        },
    };
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(Exit::Input.code());
        }
    };
    let mut term = Term::new(cli.color, cli.quiet);
    term.verbose = cli.verbose;
    let config = cli.config.as_deref();
    let exit = match cli.command {
        Command::Check(a) => command::check::run(&l, &term, &a, config),
        Command::Accept(a) => command::accept::run(&l, &term, &a, config),
        Command::Diff(a) => command::diff::run(&l, &term, &a, config),
        Command::Publish(a) => command::publish::run(&l, &term, &a, config),
        Command::Segment(a) => command::segment::run(&l, &term, &a, config),
        Command::Show(a) => command::show::run(&l, &term, &a, config),
        Command::Pair(a) => command::pair::run(&l, &term, &a),
        Command::Pin(a) => command::pin::run(&l, &term, &a),
        Command::Completions(a) => command::completions::run(&l, &term, &a),
    };
    ExitCode::from(exit.code())
}
