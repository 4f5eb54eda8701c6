//! `align show DIR`: each translation beside its source, as `align` pairs them.

use std::path::Path;

use super::*;
use crate::cli::*;
use crate::error::{Error, ErrorKind};
use crate::i18n::Localizer;
use crate::report;
use crate::statement::{self, LangFile, Statement};
use crate::term::Term;

pub fn run(l: &Localizer, term: &Term, a: &ShowArgs, config: Option<&Path>) -> Exit {
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
    let mut status = Exit::Success;
    for (k, f) in targets.iter().enumerate() {
        let target = match statement::load_document(f) {
            Ok(d) => d,
            Err(e) => {
                status = fail(l, term, &e);
                continue;
            }
        };
        // As check aligns: with the statement's pins (an unreadable pins file is an error).
        let alignment = match crate::pins::Pins::load(&st.dir) {
            Ok(pins) => {
                let resolved =
                    crate::pins::resolve(pins.for_lang(target.lang.code), &source, &target);
                let (sp, tp) = (
                    crate::align::statement::Prepared::new(&source),
                    crate::align::statement::Prepared::new(&target),
                );
                crate::align::statement::align_pinned(&source, &sp, &target, &tp, &resolved.ranges)
            }
            Err(e) => return fail(l, term, &e),
        };
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
