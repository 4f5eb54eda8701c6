//! Output of `align pair`: beads of a raw bitext.

use serde::Serialize;

use crate::align::Bead;

/// `[0, 1]:[2]` one bead a line, 0-based line indices; `[]:[5]` for an insertion, `[7]:[]` for
/// an omission (the format of Vecalign, Bertalign and the Text+Berg gold files).
pub fn beads(beads: &[Bead]) -> String {
    let list = |r: &std::ops::Range<usize>| {
        r.clone()
            .map(|i| i.to_string())
            .collect::<Vec<_>>()
            .join(", ")
    };
    beads
        .iter()
        .map(|b| format!("[{}]:[{}]\n", list(&b.src), list(&b.tgt)))
        .collect()
}

/// Source text, target text, confidence: one bead a line, tab-separated (tabs and newlines
/// inside a text become spaces).
pub fn tsv(beads: &[Bead], src: &[String], tgt: &[String]) -> String {
    let join = |lines: &[String], r: &std::ops::Range<usize>| {
        lines[r.clone()]
            .iter()
            .map(|l| l.replace(['\t', '\n', '\r'], " "))
            .collect::<Vec<_>>()
            .join(" ")
    };
    beads
        .iter()
        .map(|b| {
            format!(
                "{}\t{}\t{:.3}\n",
                join(src, &b.src),
                join(tgt, &b.tgt),
                b.confidence
            )
        })
        .collect()
}

#[derive(Serialize)]
struct JsonBead {
    src: Vec<usize>,
    tgt: Vec<usize>,
    kind: String,
    confidence: f32,
}

#[derive(Serialize)]
struct Json<'a> {
    version: u32,
    source_lang: &'a str,
    target_lang: &'a str,
    beads: Vec<JsonBead>,
}

/// `{"version": 1, "source_lang", "target_lang", "beads": [{"src", "tgt", "kind", "confidence"}]}`.
pub fn json(beads: &[Bead], source_lang: &str, target_lang: &str) -> String {
    let value = Json {
        version: 1,
        source_lang,
        target_lang,
        beads: beads
            .iter()
            .map(|b| JsonBead {
                src: b.src.clone().collect(),
                tgt: b.tgt.clone().collect(),
                kind: b.kind(),
                confidence: (b.confidence * 1000.0).round() / 1000.0,
            })
            .collect(),
    };
    let mut s = serde_json::to_string_pretty(&value).unwrap_or_default();
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bead_lines() {
        let b = |s: std::ops::Range<usize>, t: std::ops::Range<usize>| Bead {
            src: s,
            tgt: t,
            cost: 0.0,
            confidence: 0.9,
        };
        let all = [b(0..2, 0..1), b(2..2, 1..2), b(2..3, 2..2)];
        assert_eq!(beads(&all), "[0, 1]:[0]\n[]:[1]\n[2]:[]\n");
        let src = vec!["a".to_string(), "b\tc".to_string(), "d".to_string()];
        let tgt = vec!["x".to_string(), "y".to_string()];
        assert_eq!(tsv(&all[..1], &src, &tgt), "a b c\tx\t0.900\n");
    }
}
