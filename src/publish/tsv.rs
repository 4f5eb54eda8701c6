//! TSV, the format research and translation tools exchange: one line per sentence bead of one
//! translation — source, target, segment id, bead kind, confidence — under a header line (a
//! block without sentences, a code block, is one line of its own). Tabs
//! and line breaks inside a text become spaces. An unchecked publication starts with a `#` line
//! saying so.

use super::{Publication, by_blocks};

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
    let mut line =
        |src: String, tgt: String, src_ids: String, tgt_ids: String, kind: String, conf: f32| {
            // A segment only the translation has is named by its own id.
            let id = if src_ids.is_empty() {
                format!("{}:{tgt_ids}", t.lang.code)
            } else {
                src_ids
            };
            out.push_str(&format!(
                "{}\t{}\t{id}\t{kind}\t{conf:.2}\n",
                clean(&src),
                clean(&tgt)
            ));
        };
    for bead in &p.targets[k].alignment.blocks {
        // A block without sentences (a code block) is one line, block by block.
        if by_blocks(bead, s, t) {
            line(
                s.blocks_text(&bead.src),
                t.blocks_text(&bead.tgt),
                s.block_ids(&bead.src, "+"),
                t.block_ids(&bead.tgt, "+"),
                bead.kind(),
                bead.confidence,
            );
            continue;
        }
        for sb in &bead.sentences {
            line(
                s.sentences_text(&sb.src),
                t.sentences_text(&sb.tgt),
                s.sentence_ids(&sb.src, "+"),
                t.sentence_ids(&sb.tgt, "+"),
                format!("{}-{}", sb.src.len(), sb.tgt.len()),
                sb.confidence,
            );
        }
    }
    out
}
