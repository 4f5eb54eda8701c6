//! TSV, the format research and translation tools exchange: one line per sentence bead of one
//! translation — source, target, segment id, bead kind, confidence — under a header line (a
//! block without sentences, a code block, is one line of its own). Tabs
//! and line breaks inside a text become spaces. An unchecked publication starts with a `#` line
//! saying so.

use super::Publication;
use crate::align::statement::SentenceRef;
use crate::document::Document;

fn clean(s: &str) -> String {
    s.chars()
        .map(|c| {
            if matches!(c, '\t' | '\n' | '\r') {
                ' '
            } else {
                c
            }
        })
        .filter(|c| !c.is_control())
        .collect()
}

fn texts(d: &Document, refs: &[SentenceRef]) -> String {
    clean(
        &refs
            .iter()
            .map(|r| d.blocks[r.block].sentences[r.sentence].text.as_str())
            .collect::<Vec<_>>()
            .join(" "),
    )
}

fn ids(d: &Document, refs: &[SentenceRef]) -> String {
    refs.iter()
        .map(|r| d.blocks[r.block].sentences[r.sentence].id.as_str())
        .collect::<Vec<_>>()
        .join("+")
}

/// The sentence pairs of translation `k`.
pub fn tsv(p: &Publication, k: usize) -> String {
    let (s, t) = (&p.source, &p.targets[k].doc);
    let mut out = String::new();
    if let Some(errors) = p.unchecked {
        out.push_str(&format!(
            "# UNCHECKED: published with --force although align check found {errors} error(s)\n"
        ));
    }
    out.push_str(&format!(
        "source ({})\ttarget ({})\tsegment\tkind\tconfidence\n",
        s.lang.code, t.lang.code
    ));
    for bead in &p.targets[k].alignment.blocks {
        // A block without sentences (a code block) is one line, block by block.
        let whole = bead.sentences.is_empty()
            || bead.src.iter().any(|&b| s.blocks[b].sentences.is_empty())
            || bead.tgt.iter().any(|&j| t.blocks[j].sentences.is_empty());
        if whole {
            let join =
                |d: &Document, blocks: &[usize], f: &dyn Fn(&crate::document::Block) -> String| {
                    blocks
                        .iter()
                        .map(|&b| f(&d.blocks[b]))
                        .collect::<Vec<_>>()
                        .join(" ")
                };
            let id = if bead.src.is_empty() {
                format!(
                    "{}:{}",
                    t.lang.code,
                    join(t, &bead.tgt, &|b| b.id.clone()).replace(' ', "+")
                )
            } else {
                join(s, &bead.src, &|b| b.id.clone()).replace(' ', "+")
            };
            out.push_str(&format!(
                "{}\t{}\t{id}\t{}\t{:.2}\n",
                clean(&join(s, &bead.src, &|b| b.text.clone())),
                clean(&join(t, &bead.tgt, &|b| b.text.clone())),
                bead.kind(),
                bead.confidence
            ));
            continue;
        }
        for sb in &bead.sentences {
            let id = if sb.src.is_empty() {
                format!("{}:{}", t.lang.code, ids(t, &sb.tgt))
            } else {
                ids(s, &sb.src)
            };
            out.push_str(&format!(
                "{}\t{}\t{id}\t{}-{}\t{:.2}\n",
                texts(s, &sb.src),
                texts(t, &sb.tgt),
                sb.src.len(),
                sb.tgt.len(),
                sb.confidence
            ));
        }
    }
    out
}
