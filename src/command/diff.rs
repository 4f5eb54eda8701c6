//! `align diff DIR`: what changed in the source since each translation was accepted.

use std::path::Path;

use super::*;
use crate::cli::*;
use crate::i18n::Localizer;
use crate::report;
use crate::statement::Statement;
use crate::term::Term;

pub fn run(l: &Localizer, term: &Term, a: &DiffArgs, config: Option<&Path>) -> Exit {
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
    let drifts = match crate::review::diff(&st, &langs) {
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
        Exit::Success
    } else {
        Exit::Findings
    }
}
