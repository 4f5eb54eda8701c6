use super::*;
use crate::align::statement::align_documents;
use crate::lang::{AR, EN};

fn publication(src: &str, tgt: &str) -> Publication {
    let source = Document::parse("en.md", src, &EN);
    let doc = Document::parse("ar.md", tgt, &AR);
    let alignment = align_documents(&source, &doc);
    Publication {
        slug: "s".into(),
        source,
        targets: vec![Target {
            doc,
            alignment,
            drifted: BTreeMap::new(),
        }],
        unchecked: None,
    }
}
