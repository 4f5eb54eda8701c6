//! `align segment PATH`: the blocks and sentences of one file or of a statement's files.

use std::path::Path;

use super::*;
use crate::cli::*;
use crate::document::Document;
use crate::error::{Error, ErrorKind};
use crate::i18n::Localizer;
use crate::report;
use crate::statement::{self, LangFile, Statement};
use crate::term::Term;

pub fn run(l: &Localizer, term: &Term, a: &SegmentArgs, config: Option<&Path>) -> Exit {
    if let Err(e) = limits_for(&a.path, config) {
        return fail(l, term, &e);
    }
    let files = match segment_inputs(&a.path, a.lang.as_deref()) {
        Ok(files) => files,
        Err(e) => return fail(l, term, &e),
    };
    let mut docs: Vec<Document> = Vec::new();
    let mut status = Exit::Success;
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
