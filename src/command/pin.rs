//! `align pin DIR --lang LANG SOURCE=TARGET…`: records corrections of the alignment in the
//! statement's `pins.yaml`; `--remove SOURCE` takes them back; with neither, lists the pins
//! and whether each still applies.

use super::*;
use crate::cli::PinArgs;
use crate::document::Document;
use crate::i18n::Localizer;
use crate::pins::{self, Pin, Pins, Unusable};
use crate::statement::{Statement, load_document};
use crate::term::Term;

pub fn run(l: &Localizer, term: &Term, a: &PinArgs) -> Exit {
    match pin(l, term, a) {
        Ok(exit) => exit,
        Err(e) => fail(l, term, &e),
    }
}

fn usage(message: String) -> Error {
    Error::usage(message)
}

/// The source and the translation in `lang` of a statement, read.
fn documents(st: &Statement, lang: &str, l: &Localizer) -> Result<(Document, Document), Error> {
    let file = st
        .targets
        .iter()
        .find(|f| f.lang.code == lang)
        .ok_or_else(|| {
            usage(l.fmt(
                "pin-no-translation",
                &[
                    ("lang", lang.into()),
                    ("dir", st.dir.display().to_string().into()),
                ],
            ))
        })?;
    Ok((load_document(&st.source)?, load_document(file)?))
}

fn pin(l: &Localizer, term: &Term, a: &PinArgs) -> Result<Exit, Error> {
    let st = Statement::discover(&a.dir)?;
    let pins = Pins::load(&st.dir)?;
    let path = st.dir.join(pins::PINS_FILE);
    if a.pins.is_empty() && a.remove.is_empty() {
        list(l, term, &st, &pins, a.lang.as_deref())?;
        return Ok(Exit::Success);
    }
    let lang = a
        .lang
        .as_deref()
        .ok_or_else(|| usage(l.msg("pin-lang-needed")))?;
    let (source, target) = documents(&st, lang, l)?;
    // Held while the file is read, changed and written (two pins at once lose neither).
    let _guard = crate::write::DirLock::acquire(&st.dir)?;
    let mut pins = if a.pins.is_empty() {
        pins
    } else {
        Pins::load(&st.dir)?
    };
    if !a.remove.is_empty() {
        let n = pins::remove(&mut pins, lang, &a.remove);
        term.note(&format!(
            "{}\n",
            l.fmt("pin-removed", &[("count", n.into()), ("lang", lang.into())])
        ));
    }
    for spec in &a.pins {
        let (src, tgt) = pins::parse_spec(spec)
            .ok_or_else(|| usage(l.fmt("pin-bad-spec", &[("spec", spec.as_str().into())])))?;
        let range = |d: &Document, ids: &[String]| {
            pins::range_of(d, ids).map_err(|why| {
                let msg = match why {
                    Unusable::UnknownBlock(b) => l.fmt(
                        "pin-unknown-block",
                        &[("block", b.into()), ("path", d.path.as_str().into())],
                    ),
                    _ => l.fmt("pin-not-consecutive", &[("spec", spec.as_str().into())]),
                };
                usage(msg)
            })
        };
        let (s, t) = (range(&source, &src)?, range(&target, &tgt)?);
        if s.len() > pins::MAX_BLOCKS
            || t.len() > pins::MAX_BLOCKS
            || !crate::align::dp::MOVES.contains(&(s.len(), t.len()))
        {
            return Err(usage(
                l.fmt("pin-too-large", &[("spec", spec.as_str().into())]),
            ));
        }
        pins::add(
            &mut pins,
            Pin {
                lang: lang.to_string(),
                source: src.clone(),
                target: tgt.clone(),
                source_text: pins::fingerprint(&source, &s),
                target_text: pins::fingerprint(&target, &t),
            },
        );
        term.note(&format!(
            "{}\n",
            l.fmt(
                "pin-added",
                &[
                    ("lang", lang.into()),
                    ("source", src.join(", ").into()),
                    ("target", tgt.join(", ").into()),
                ]
            )
        ));
    }
    crate::write::write_atomic(&path, pins.to_yaml().as_bytes())?;
    term.note(&format!(
        "{}\n",
        l.fmt(
            "pin-written",
            &[("path", path.display().to_string().into())]
        )
    ));
    Ok(Exit::Success)
}

/// Every pin of the statement (or of one translation), and whether it still applies.
fn list(
    l: &Localizer,
    term: &Term,
    st: &Statement,
    pins: &Pins,
    only: Option<&str>,
) -> Result<(), Error> {
    let mut out = String::new();
    for (lang, list) in pins::by_lang(pins) {
        if only.is_some_and(|o| o != lang) {
            continue;
        }
        let (source, target) = documents(st, lang, l)?;
        let resolved = pins::resolve(list.iter().copied(), &source, &target);
        for p in list {
            let state = match resolved.unusable.iter().find(|(u, _)| u == p) {
                None => "applies",
                Some((_, Unusable::Changed)) => "changed",
                Some((_, Unusable::UnknownBlock(_))) => "unknown-block",
                Some((_, Unusable::Disordered)) => "disordered",
            };
            out.push_str(&l.fmt(
                "pin-listed",
                &[
                    ("lang", lang.into()),
                    ("source", p.source.join(", ").into()),
                    ("target", p.target.join(", ").into()),
                    ("state", state.into()),
                ],
            ));
            out.push('\n');
        }
    }
    if out.is_empty() {
        out = format!(
            "{}\n",
            l.fmt("pin-none", &[("dir", st.dir.display().to_string().into())])
        );
    }
    term.out(&out);
    Ok(())
}
