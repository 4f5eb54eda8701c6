//! `align completions SHELL`: prints the shell's completion script.

use super::Exit;
use crate::cli::{self, CompletionsArgs};
use crate::i18n::Localizer;
use crate::term::Term;

pub fn run(l: &Localizer, term: &Term, a: &CompletionsArgs) -> Exit {
    let script = cli::completions(l, a.shell);
    term.out(&String::from_utf8_lossy(&script));
    Exit::Success
}
