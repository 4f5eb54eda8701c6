//! XLIFF 2.0, one file per translation: `srcLang`/`trgLang`, `trgDir="rtl"` for a
//! right-to-left translation, one `<unit>` per block bead with a `<segment>` per sentence bead.
//! A segment is `translated`; one whose source changed since the translation was accepted is
//! `initial` with `subState="align:drifted"` (the source as accepted in a `<note>`); one the
//! translation lacks has no `<target>`. Text the translation added is kept in a note of the
//! unit before it (a segment cannot be without source). Valid against the XLIFF 2.0 core
//! schema and its specification's rules (unique ids, languages).

use super::{Publication, by_blocks};
use crate::document::Document;
use crate::lang::Direction;
use crate::report::xml::Xml;

/// An XML NMTOKEN made of `s` (ids of segments and units): other characters become `_`.
fn nmtoken(s: &str) -> String {
    let t: String = s
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, '.' | '-' | '_' | ':') {
                c
            } else {
                '_'
            }
        })
        .collect();
    if t.is_empty() { "_".to_string() } else { t }
}

struct Segment {
    id: String,
    source: String,
    target: Option<String>,
}

struct Unit {
    id: String,
    name: String,
    notes: Vec<(&'static str, String)>,
    drifted: bool,
    segments: Vec<Segment>,
}

fn dir(d: &Document) -> &'static str {
    match d.lang.direction {
        Direction::Rtl => "rtl",
        Direction::Ltr => "ltr",
    }
}

/// Translation `k` of a publication as XLIFF 2.0.
pub fn xliff(p: &Publication, k: usize, _stamp: &super::Stamp) -> String {
    let (s, target) = (&p.source, &p.targets[k]);
    let t = &target.doc;
    let mut units: Vec<Unit> = Vec::new();
    let mut pending: Vec<String> = Vec::new();
    for bead in &target.alignment.blocks {
        if bead.src.is_empty() {
            let note = format!("The translation adds: {}", t.blocks_text(&bead.tgt));
            match units.last_mut() {
                Some(u) => u.notes.push(("align:added", note)),
                None => pending.push(note),
            }
            continue;
        }
        let mut u = Unit {
            id: nmtoken(&s.block_ids(&bead.src, "_")),
            name: s.block_ids(&bead.src, "+"),
            notes: pending.drain(..).map(|n| ("align:added", n)).collect(),
            drifted: false,
            segments: Vec::new(),
        };
        for &i in &bead.src {
            if let Some(old) = target.drifted.get(&i) {
                u.drifted = true;
                u.notes.push(("align:accepted-source", old.clone()));
            }
        }
        if by_blocks(bead, s, t) {
            // A block without sentences (a code block, an empty item): one segment of it all.
            u.segments.push(Segment {
                id: format!("{}.s0", u.id),
                source: s.blocks_text(&bead.src),
                target: (!bead.tgt.is_empty()).then(|| t.blocks_text(&bead.tgt)),
            });
            units.push(u);
            continue;
        }
        let mut orphan: Vec<String> = Vec::new();
        for sb in &bead.sentences {
            if sb.src.is_empty() {
                let extra = t.sentences_text(&sb.tgt);
                match u.segments.last_mut() {
                    Some(Segment {
                        target: Some(tt), ..
                    }) => {
                        tt.push(' ');
                        tt.push_str(&extra);
                    }
                    _ => orphan.push(extra),
                }
                continue;
            }
            let mut tgt = (!sb.tgt.is_empty()).then(|| t.sentences_text(&sb.tgt));
            if let (Some(tt), false) = (tgt.as_mut(), orphan.is_empty()) {
                *tt = format!("{} {tt}", orphan.join(" "));
                orphan.clear();
            }
            u.segments.push(Segment {
                id: nmtoken(&s.sentence_ids(&sb.src, "_")),
                source: s.sentences_text(&sb.src),
                target: tgt,
            });
        }
        if !orphan.is_empty() {
            u.notes.push((
                "align:added",
                format!("The translation adds: {}", orphan.join(" ")),
            ));
        }
        units.push(u);
    }
    if let (Some(u), false) = (units.last_mut(), pending.is_empty()) {
        u.notes
            .extend(pending.drain(..).map(|n| ("align:added", n)));
    }

    let mut x = Xml::new();
    x.open(
        "xliff",
        &[
            ("xmlns", "urn:oasis:names:tc:xliff:document:2.0"),
            ("version", "2.0"),
            ("srcLang", s.lang.code),
            ("trgLang", t.lang.code),
        ],
    );
    x.open(
        "file",
        &[
            ("id", &nmtoken(&p.slug)),
            ("original", &t.path),
            ("srcDir", dir(s)),
            ("trgDir", dir(t)),
        ],
    );
    if let Some(errors) = p.unchecked {
        x.open("notes", &[]);
        x.text_element(
            "note",
            &[("category", "align:unchecked")],
            &format!(
                "UNCHECKED: published with --force although align check found {errors} error(s)."
            ),
        );
        x.close("notes");
    }
    for u in &units {
        x.open("unit", &[("id", &u.id), ("name", &u.name)]);
        if !u.notes.is_empty() {
            x.open("notes", &[]);
            for (category, note) in &u.notes {
                x.text_element("note", &[("category", category)], note);
            }
            x.close("notes");
        }
        for seg in &u.segments {
            let (state, sub) = match (&seg.target, u.drifted) {
                (None, _) => ("initial", None),
                (Some(_), true) => ("initial", Some("align:drifted")),
                (Some(_), false) => ("translated", None),
            };
            let mut attrs = vec![("id", seg.id.as_str()), ("state", state)];
            if let Some(sub) = sub {
                attrs.push(("subState", sub));
            }
            x.open("segment", &attrs);
            x.text_element("source", &[("xml:lang", s.lang.code)], &seg.source);
            if let Some(tt) = &seg.target {
                x.text_element("target", &[("xml:lang", t.lang.code)], tt);
            }
            x.close("segment");
        }
        x.close("unit");
    }
    x.close("file");
    x.close("xliff");
    x.finish()
}
