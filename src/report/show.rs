//! Output of `align show`: a translation beside its source, bead by bead, so a translator sees
//! how `align` paired their text.
//!
//! Side by side, columns are fitted by *display* width (`unicode-width`: wide and combining
//! characters counted as the terminal draws them), and every line of text is wrapped in a
//! first-strong isolate (U+2068 … U+2069) in logical order, so that a bidi-capable terminal
//! lays Arabic and Sorani out right to left without disturbing the other column. `stacked`
//! puts the target under the source, for narrow terminals.

use serde::Serialize;

use super::Style;
use crate::align::statement::{Alignment, SentenceRef};
use crate::document::Document;
use crate::i18n::Localizer;

const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';

/// Words of `text` wrapped into lines of at most `width` columns (a longer word gets a line of
/// its own, cut by characters).
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let text = &*super::clean(text, false);
    let width = width.max(4);
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let w = crate::text::columns(word);
        if w > width {
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            let mut chunk = String::new();
            for c in word.chars() {
                if (crate::text::columns(chunk.as_str())
                    + crate::text::columns(c.to_string().as_str()))
                    > width
                {
                    lines.push(std::mem::take(&mut chunk));
                }
                chunk.push(c);
            }
            line = chunk;
            continue;
        }
        let sep = usize::from(!line.is_empty());
        if crate::text::columns(line.as_str()) + sep + w > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

fn pad(s: &str, width: usize) -> String {
    let w = crate::text::columns(s);
    format!("{s}{}", " ".repeat(width.saturating_sub(w)))
}

fn isolate(s: &str) -> String {
    if s.is_empty() {
        String::new()
    } else {
        format!("{FSI}{s}{PDI}")
    }
}

fn ids(d: &Document, blocks: &[usize]) -> String {
    if blocks.is_empty() {
        "—".to_string()
    } else {
        d.block_ids(blocks, "+")
    }
}

/// The alignment for people. `width` is the terminal width in columns.
pub fn text(
    l: &Localizer,
    style: Style,
    width: usize,
    stacked: bool,
    source: &Document,
    target: &Document,
    alignment: &Alignment,
) -> String {
    let mut out = String::new();
    let count = |k: &str| alignment.blocks.iter().filter(|b| b.kind() == k).count();
    out.push_str(&super::filled(
        &l.fmt(
            "show-summary",
            &[
                ("source", source.path.as_str().into()),
                ("target", target.path.as_str().into()),
                ("beads", alignment.blocks.len().into()),
                ("one", count("1-1").into()),
                (
                    "omitted",
                    alignment
                        .blocks
                        .iter()
                        .filter(|b| b.is_omission())
                        .count()
                        .into(),
                ),
                (
                    "added",
                    alignment
                        .blocks
                        .iter()
                        .filter(|b| b.is_insertion())
                        .count()
                        .into(),
                ),
            ],
        ),
        0,
        2,
        width,
        |s| style.bold(s),
    ));
    out.push('\n');
    let col = width.saturating_sub(3) / 2;
    for (k, bead) in alignment.blocks.iter().enumerate() {
        let mut head = format!(
            "{} ↔ {}  {}  {}",
            ids(source, &bead.src),
            ids(target, &bead.tgt),
            bead.kind(),
            l.fmt(
                "show-confidence",
                &[("value", format!("{:.2}", bead.confidence).into())]
            )
        );
        if let Some(other) = bead.moved {
            let partner = &alignment.blocks[other];
            let id = if bead.is_omission() {
                ids(target, &partner.tgt)
            } else {
                ids(source, &partner.src)
            };
            head.push_str("  ");
            head.push_str(&l.fmt("show-moved", &[("other", id.into())]));
        }
        let styled = if bead.is_omission() || bead.is_insertion() {
            style.warning(&head)
        } else if bead.confidence < 0.5 {
            style.info(&head)
        } else {
            style.bold(&head)
        };
        if k > 0 {
            out.push('\n');
        }
        out.push_str(&styled);
        out.push('\n');
        for s in &bead.sentences {
            let (st, tt) = (source.sentences_text(&s.src), target.sentences_text(&s.tgt));
            let mark = if s.src.len() == 1 && s.tgt.len() == 1 {
                String::new()
            } else {
                format!("{}-{} ", s.src.len(), s.tgt.len())
            };
            if stacked {
                for (lang, t) in [(source.lang.code, &st), (target.lang.code, &tt)] {
                    let lines = wrap(t, width.saturating_sub(6));
                    let lines = if lines.is_empty() {
                        vec!["—".to_string()]
                    } else {
                        lines
                    };
                    for (i, line) in lines.iter().enumerate() {
                        let label = if i == 0 { lang } else { "" };
                        out.push_str(&format!(
                            "  {} {}\n",
                            style.dim(&format!("{label:<3}")),
                            isolate(line)
                        ));
                    }
                }
                if !mark.is_empty() {
                    out.push_str(&format!("  {}\n", style.dim(mark.trim())));
                }
            } else {
                let (a, b) = (wrap(&st, col), wrap(&tt, col));
                let rows = a.len().max(b.len()).max(1);
                for r in 0..rows {
                    // An empty side shows a dash on its first row.
                    let cell = |lines: &[String]| match lines.get(r) {
                        Some(line) => line.clone(),
                        None if r == 0 => "—".to_string(),
                        None => String::new(),
                    };
                    let (left, right) = (cell(&a), cell(&b));
                    let gutter = if r == 0 && !mark.is_empty() {
                        "┼"
                    } else {
                        "│"
                    };
                    out.push_str(&format!(
                        "{} {} {}\n",
                        pad(&isolate(&left), col),
                        style.dim(gutter),
                        isolate(&right)
                    ));
                }
            }
        }
    }
    out
}

#[derive(Serialize)]
struct JsonSide<'a> {
    path: &'a str,
    lang: &'a str,
}

#[derive(Serialize)]
struct JsonSentence {
    kind: String,
    confidence: f32,
    source: Vec<String>,
    target: Vec<String>,
}

#[derive(Serialize)]
struct JsonBlock {
    kind: String,
    confidence: f32,
    source: Vec<String>,
    target: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    moved: Option<Vec<String>>,
    sentences: Vec<JsonSentence>,
}

#[derive(Serialize)]
struct Json<'a> {
    version: u32,
    source: JsonSide<'a>,
    target: JsonSide<'a>,
    blocks: Vec<JsonBlock>,
}

/// The alignment for programs, by segment ids.
pub fn json(source: &Document, target: &Document, alignment: &Alignment) -> String {
    let bids = |d: &Document, v: &[usize]| {
        v.iter()
            .map(|&i| d.blocks[i].id.clone())
            .collect::<Vec<_>>()
    };
    let sids = |d: &Document, v: &[SentenceRef]| {
        v.iter()
            .map(|r| d.blocks[r.block].sentences[r.sentence].id.clone())
            .collect::<Vec<_>>()
    };
    let round = |x: f32| (x * 1000.0).round() / 1000.0;
    let blocks = alignment
        .blocks
        .iter()
        .map(|b| JsonBlock {
            kind: b.kind(),
            confidence: round(b.confidence),
            source: bids(source, &b.src),
            target: bids(target, &b.tgt),
            moved: b.moved.map(|k| {
                let p = &alignment.blocks[k];
                if b.is_omission() {
                    bids(target, &p.tgt)
                } else {
                    bids(source, &p.src)
                }
            }),
            sentences: b
                .sentences
                .iter()
                .map(|s| JsonSentence {
                    kind: format!("{}-{}", s.src.len(), s.tgt.len()),
                    confidence: round(s.confidence),
                    source: sids(source, &s.src),
                    target: sids(target, &s.tgt),
                })
                .collect(),
        })
        .collect();
    let value = Json {
        version: 1,
        source: JsonSide {
            path: &source.path,
            lang: source.lang.code,
        },
        target: JsonSide {
            path: &target.path,
            lang: target.lang.code,
        },
        blocks,
    };
    let mut s = serde_json::to_string_pretty(&value).unwrap_or_default();
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping_counts_display_width_not_bytes() {
        let lines = wrap("شێخ مەقسوود و ئەشرەفییە لە حەلەب", 12);
        assert!(
            lines.iter().all(|l| crate::text::columns(l.as_str()) <= 12),
            "{lines:?}"
        );
        assert_eq!(lines.join(" "), "شێخ مەقسوود و ئەشرەفییە لە حەلەب");
        // Wide characters take two columns.
        assert_eq!(wrap("漢字漢字漢字", 4), ["漢字", "漢字", "漢字"]);
        assert!(wrap("", 10).is_empty());
    }

    #[test]
    fn isolates_do_not_count_as_width() {
        let cols = crate::text::columns;
        assert_eq!(cols(&isolate("حلب")), cols("حلب"));
        assert_eq!(cols(&pad(&isolate("حلب"), 6)), 6);
        // Lam-alef takes two columns, as terminals draw it.
        assert_eq!(cols(&pad(&isolate("لا"), 6)), 6);
    }
}
