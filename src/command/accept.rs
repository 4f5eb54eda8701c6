//! `align accept DIR`: record translations as accepted in `align.lock`.

use std::path::Path;

use super::*;
use crate::cli::*;
use crate::error::{Error, ErrorKind};
use crate::i18n::Localizer;
use crate::report;
use crate::statement::Statement;
use crate::term::Term;

pub fn run(l: &Localizer, term: &Term, a: &AcceptArgs, config: Option<&Path>) -> Exit {
    let (_, settings, langs) = match setup(config, &a.lang) {
        Ok(x) => x,
        Err(e) => return fail(l, term, &e),
    };
    let st = match Statement::discover(&a.dir) {
        Ok(st) => st,
        Err(e) => return fail(l, term, &e),
    };
    let date = crate::clock::today(std::env::var("SOURCE_DATE_EPOCH").ok().as_deref());
    // Held while the lock is read, merged and written: two accepts on one statement at once
    // (one per language) wait for each other instead of losing one acceptance.
    let _guard = match crate::write::DirLock::acquire(&st.dir) {
        Ok(g) => g,
        Err(e) => return fail(l, term, &e),
    };
    let acceptance =
        match crate::review::accept(&st, &settings, &langs, a.segment.as_deref(), a.force, &date) {
            Ok(x) => x,
            Err(e) => return fail(l, term, &e),
        };
    let source_lang = st.source.lang.code;
    let mut status = Exit::Success;
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
            status = Exit::Findings;
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
            crate::write::write_atomic(&acceptance.lock_path, acceptance.lock.to_yaml().as_bytes())
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
