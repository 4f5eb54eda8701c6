//! TMX 1.4b: one `<tu>` per group of source sentences that the translations render together
//! (per block with `--segtype paragraph`), a `<tuv xml:lang>` for every language that has text
//! for it — a missing side gets no `<tuv>` rather than an empty one — and props with the
//! statement and the segment ids. Valid against the TMX 1.4b DTD.

use super::{Publication, SegType, Stamp, units};
use crate::report::xml::Xml;

/// The translation memory of a publication.
pub fn tmx(p: &Publication, segtype: SegType, stamp: &Stamp) -> String {
    let src = p.source.lang.code;
    let mut x = Xml::new();
    x.doctype("tmx SYSTEM \"tmx14.dtd\"");
    x.open("tmx", &[("version", "1.4")]);
    x.open(
        "header",
        &[
            ("creationtool", "align"),
            ("creationtoolversion", &stamp.version),
            ("segtype", segtype.as_str()),
            ("o-tmf", "align"),
            ("adminlang", "en"),
            ("srclang", src),
            ("datatype", "plaintext"),
            ("creationdate", &stamp.timestamp),
        ],
    );
    x.text_element("prop", &[("type", "x-align-statement")], &p.slug);
    if let Some(errors) = p.unchecked {
        x.text_element(
            "note",
            &[],
            &format!(
                "UNCHECKED: published with --force although align check found {errors} error(s); not for use as a reference."
            ),
        );
    }
    x.close("header");
    x.open("body", &[]);
    for u in units(p, segtype) {
        if u.targets.iter().all(Option::is_none) {
            continue;
        }
        let ids = u.ids.join("+");
        let tuid = format!("{}:{ids}", p.slug);
        x.open("tu", &[("tuid", &tuid), ("srclang", src)]);
        let drifted: Vec<&str> = p
            .targets
            .iter()
            .zip(&u.drifted)
            .filter(|(_, d)| **d)
            .map(|(t, _)| t.doc.lang.code)
            .collect();
        if !drifted.is_empty() {
            x.text_element(
                "note",
                &[],
                &format!(
                    "The source changed after the translation was accepted ({}).",
                    drifted.join(", ")
                ),
            );
        }
        x.text_element("prop", &[("type", "x-align-statement")], &p.slug);
        x.text_element("prop", &[("type", "x-align-segment")], &ids);
        x.text_element(
            "prop",
            &[("type", "x-align-block")],
            &p.source.blocks[u.block].id,
        );
        x.open("tuv", &[("xml:lang", src)]);
        x.text_element("seg", &[], &u.source);
        x.close("tuv");
        for (t, text) in p.targets.iter().zip(&u.targets) {
            if let Some(text) = text {
                x.open("tuv", &[("xml:lang", t.doc.lang.code)]);
                x.text_element("seg", &[], text);
                x.close("tuv");
            }
        }
        x.close("tu");
    }
    x.close("body");
    x.close("tmx");
    x.finish()
}
