use super::*;
use crate::align::statement::{BlockBead, SentenceBead};
use crate::lang::{AR, EN, KMR};

fn bead(d_src: &Document, d_tgt: &Document, src: &[usize], tgt: &[usize]) -> BlockBead {
    let refs = |d: &Document, blocks: &[usize]| -> Vec<SentenceRef> {
        blocks
            .iter()
            .flat_map(|&b| {
                (0..d.blocks[b].sentences.len()).map(move |s| SentenceRef {
                    block: b,
                    sentence: s,
                })
            })
            .collect()
    };
    BlockBead {
        src: src.to_vec(),
        tgt: tgt.to_vec(),
        confidence: 1.0,
        moved: None,
        sentences: vec![SentenceBead {
            src: refs(d_src, src),
            tgt: refs(d_tgt, tgt),
            confidence: 1.0,
        }],
    }
}

fn target(
    source: &Document,
    text: &str,
    lang: crate::lang::Lang,
    beads: &[(&[usize], &[usize])],
) -> Target {
    let doc = Document::parse("t.md", text, lang);
    let blocks = beads
        .iter()
        .map(|(s, t)| bead(source, &doc, s, t))
        .collect();
    Target {
        doc,
        alignment: Alignment {
            blocks,
            length: Default::default(),
            lookup: Default::default(),
        },
        drifted: BTreeMap::new(),
    }
}

fn source() -> Document {
    Document::parse("en.md", "# Title\n\nOne.\n\nTwo.\n\nThree.\n", &EN)
}

#[test]
fn rows_span_merged_blocks_and_place_added_blocks_after_the_span() {
    let s = source();
    // ar renders p1+p2 as one paragraph and adds one after it; kmr adds one after p1, inside
    // ar's span: its row must come after the span, not split it.
    let ar = target(
        &s,
        "# عنوان\n\nواحد واثنان.\n\nزيادة.\n\nثلاثة.\n",
        &AR,
        &[(&[0], &[0]), (&[1, 2], &[1]), (&[], &[2]), (&[3], &[3])],
    );
    let kmr = target(
        &s,
        "# Sernav\n\nYek.\n\nZêde.\n\nDu.\n\nSê.\n",
        &KMR,
        &[
            (&[0], &[0]),
            (&[1], &[1]),
            (&[], &[2]),
            (&[2], &[3]),
            (&[3], &[4]),
        ],
    );
    let p = Publication {
        slug: "s".into(),
        source: s,
        targets: vec![ar, kmr],
        unchecked: None,
        review: None,
        date: None,
    };
    let b = |blocks: &[usize], span| Cell::Blocks {
        blocks: blocks.to_vec(),
        span,
    };
    let got: Vec<(Option<usize>, Vec<Cell>)> =
        rows(&p).into_iter().map(|r| (r.source, r.cells)).collect();
    assert_eq!(
        got,
        vec![
            (Some(0), vec![b(&[0], 1), b(&[0], 1)]),
            (Some(1), vec![b(&[1], 2), b(&[1], 1)]),
            (Some(2), vec![Cell::Covered, b(&[3], 1)]),
            (None, vec![Cell::Nothing, b(&[2], 1)]),
            (None, vec![b(&[2], 1), Cell::Nothing]),
            (Some(3), vec![b(&[3], 1), b(&[4], 1)]),
        ]
    );
}

#[test]
fn missing_blocks_are_missing_cells() {
    let s = source();
    let ar = target(
        &s,
        "# عنوان\n\nواحد.\n\nثلاثة.\n",
        &AR,
        &[(&[0], &[0]), (&[1], &[1]), (&[2], &[]), (&[3], &[2])],
    );
    let p = Publication {
        slug: "s".into(),
        source: s,
        targets: vec![ar],
        unchecked: None,
        review: None,
        date: None,
    };
    let r = rows(&p);
    assert_eq!(r[2].cells, vec![Cell::Missing]);
    assert_eq!(r.len(), 4);
}

#[test]
fn units_group_what_any_translation_renders_together() {
    let s = Document::parse("en.md", "One. Two. Three.\n", &EN);
    // ar renders sentences 1 and 2 as one; kmr one by one and leaves out the third.
    let mk = |text: &str, lang, beads: Vec<(Vec<usize>, Vec<usize>)>| {
        let doc = Document::parse("t.md", text, lang);
        let sentences = beads
            .into_iter()
            .map(|(a, b)| SentenceBead {
                src: a
                    .into_iter()
                    .map(|k| SentenceRef {
                        block: 0,
                        sentence: k,
                    })
                    .collect(),
                tgt: b
                    .into_iter()
                    .map(|k| SentenceRef {
                        block: 0,
                        sentence: k,
                    })
                    .collect(),
                confidence: 1.0,
            })
            .collect();
        Target {
            doc,
            alignment: Alignment {
                blocks: vec![BlockBead {
                    src: vec![0],
                    tgt: vec![0],
                    confidence: 1.0,
                    moved: None,
                    sentences,
                }],
                length: Default::default(),
                lookup: Default::default(),
            },
            drifted: BTreeMap::new(),
        }
    };
    let ar = mk(
        "واحد واثنان. ثلاثة.\n",
        &AR,
        vec![(vec![0, 1], vec![0]), (vec![2], vec![1])],
    );
    let kmr = mk(
        "Yek. Du.\n",
        &KMR,
        vec![(vec![0], vec![0]), (vec![1], vec![1]), (vec![2], vec![])],
    );
    let p = Publication {
        slug: "s".into(),
        source: s,
        targets: vec![ar, kmr],
        unchecked: None,
        review: None,
        date: None,
    };
    let u = units(&p, SegType::Sentence);
    assert_eq!(u.len(), 2);
    assert_eq!(u[0].ids, ["p1.s1", "p1.s2"]);
    assert_eq!(u[0].source, "One. Two.");
    assert_eq!(
        u[0].targets,
        [Some("واحد واثنان.".into()), Some("Yek. Du.".into())]
    );
    assert_eq!(u[1].targets, [Some("ثلاثة.".into()), None]);
    let para = units(&p, SegType::Paragraph);
    assert_eq!(para.len(), 1);
    assert_eq!(para[0].ids, ["p1"]);
}

#[test]
fn code_blocks_are_units_and_added_blocks_are_in_none() {
    let s = Document::parse("en.md", "One two.\n\n```\nkeep = 1\n```\n", &EN);
    assert!(
        s.blocks[1].sentences.is_empty(),
        "a code block has no sentences"
    );
    let ar = target(
        &s,
        "واحد اثنان.\n\nفقرة مضافة كاملة هنا.\n\n```\nkeep = 1\n```\n",
        &AR,
        &[(&[0], &[0]), (&[], &[1]), (&[1], &[2])],
    );
    let p = Publication {
        slug: "s".into(),
        source: s,
        targets: vec![ar],
        unchecked: None,
        review: None,
        date: None,
    };
    let u = units(&p, SegType::Sentence);
    assert_eq!(u.len(), 2, "{u:?}");
    assert_eq!(u[0].targets, [Some("واحد اثنان.".to_string())]);
    assert_eq!(u[1].ids, ["p2"]);
    assert_eq!(u[1].targets, [Some("keep = 1".to_string())]);
    let tsv = super::tsv::tsv(&p, 0);
    assert!(tsv.contains("keep = 1\tkeep = 1\tp2\t1-1"), "{tsv}");
    assert!(
        tsv.contains("\tفقرة مضافة كاملة هنا.\tar:p2.s1\t0-1"),
        "{tsv}"
    );
}

#[test]
fn inline_markdown_as_published() {
    let d = Document::parse(
        "en.md",
        "See *this* and <b>that</b> at [the site](JavaScript:alert(1)) or [here](https://x.org). <!-- align: allow all -->\n",
        &EN,
    );
    let mut b = d.blocks[0].clone();
    let pieces = inline(&b).unwrap();
    assert!(pieces.contains(&Inline::Emphasis(true)));
    assert!(
        pieces.contains(&Inline::Text("<b>".into())),
        "raw HTML is text"
    );
    assert!(
        pieces.contains(&Inline::LinkStart(None)),
        "unsafe scheme, any case"
    );
    assert!(pieces.contains(&Inline::LinkStart(Some("https://x.org".into()))));
    assert_eq!(
        display_text(&b),
        "See this and <b>that</b> at the site or here."
    );
    // Out of its context, Markdown that is not inline (a heading, a list) is not trusted.
    b.markdown = "# Not a heading here".into();
    assert_eq!(inline(&b), None);
    assert_eq!(display_text(&b), b.text);
}
