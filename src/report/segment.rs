//! Output of `align segment`.

use serde::Serialize;

use super::Style;
use crate::document::Document;
use crate::i18n::Localizer;

/// Version of the JSON shape of `align segment --format json`.
pub const JSON_VERSION: u32 = 1;

/// One block a line, its sentences under it, then the lists.
pub fn text(l: &Localizer, style: Style, docs: &[Document]) -> String {
    let mut out = String::new();
    for (k, d) in docs.iter().enumerate() {
        if k > 0 {
            out.push('\n');
        }
        let summary = l.fmt(
            "segment-summary",
            &[
                ("path", d.path.as_str().into()),
                ("lang", d.lang.code.into()),
                ("blocks", d.blocks.len().into()),
                ("lists", d.lists.len().into()),
                ("sentences", d.sentence_count().into()),
            ],
        );
        out.push_str(&style.bold(&summary));
        out.push('\n');
        for b in &d.blocks {
            let pos = format!("{}:{}", b.line, b.col);
            let marker = b.list.as_ref().map_or("", |p| p.marker.as_str());
            let head = format!("{:<8} {:<8} {} {}", b.id, pos, b.kind.as_str(), marker);
            out.push_str(&style.bold(head.trim_end()));
            out.push('\n');
            if b.sentences.is_empty() {
                out.push_str(&format!("    {}\n", super::clean(&b.text, false)));
            }
            for s in &b.sentences {
                let pos = format!("{}:{}", s.line, s.col);
                out.push_str(&format!(
                    "    {} {} {}\n",
                    style.dim(&format!("{:<11}", s.id)),
                    style.dim(&format!("{pos:<8}")),
                    super::clean(&s.text, false)
                ));
            }
        }
        for list in &d.lists {
            let kind = match list.kind {
                crate::document::ListKind::Demands => "demands",
                crate::document::ListKind::Signatories => "signatories",
                crate::document::ListKind::Other => "other",
            };
            let line = l.fmt(
                "segment-list",
                &[
                    ("id", list.id.as_str().into()),
                    ("kind", kind.into()),
                    ("items", list.items.len().into()),
                ],
            );
            out.push_str(&format!("{line}\n"));
        }
    }
    out
}

#[derive(Serialize)]
struct Json<'a> {
    version: u32,
    documents: &'a [Document],
}

/// The documents as JSON (`{"version": 1, "documents": [...]}`), stable for programs.
pub fn json(docs: &[Document]) -> String {
    let value = Json {
        version: JSON_VERSION,
        documents: docs,
    };
    let mut s = serde_json::to_string_pretty(&value).unwrap_or_default();
    s.push('\n');
    s
}
