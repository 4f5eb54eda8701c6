//! `align pair SRC TGT`: two plain-text files, a sentence a line, aligned.

use std::path::Path;

use super::{Exit, fail};
use crate::cli::*;
use crate::i18n::Localizer;
use crate::report;
use crate::statement::{self};
use crate::term::Term;

pub fn run(l: &Localizer, term: &Term, a: &PairArgs) -> Exit {
    let lang = |flag: &Option<String>, path: &Path| match flag {
        Some(code) => statement::parse_lang(code),
        None => Ok(statement::lang_from_file_name(path).unwrap_or(&crate::lang::UND)),
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
    let beads = crate::align::align(
        crate::align::Side::new(&s, sl),
        crate::align::Side::new(&t, tl),
        &crate::align::Options::default(),
    );
    let out = match a.format {
        PairFormat::Beads => report::pair::beads(&beads),
        PairFormat::Tsv => report::pair::tsv(&beads, &src, &tgt),
        PairFormat::Json => report::pair::json(&beads, sl.code, tl.code),
    };
    term.out(&out);
    Exit::Success
}
