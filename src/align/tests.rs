use super::*;

#[test]
fn length_tail_cost_is_exact_and_uncapped() {
    // -ln(2 (1 - Φ(x))) at known points: Φ(1.96) = 0.975, Φ(3) = 0.99865.
    assert!((tail_cost(0.0) - 0.0).abs() < 1e-3);
    assert!((tail_cost(1.96) - (0.05f32).ln().abs()).abs() < 1e-3);
    assert!((tail_cost(3.0) - (0.0027f32).ln().abs()).abs() < 1e-2);
    // Monotone and continuous across the table's end.
    let mut prev = 0.0;
    for k in 0..400 {
        let c = tail_cost(k as f32 * 0.1);
        assert!(c >= prev - 1e-3, "at {}", k as f32 * 0.1);
        prev = c;
    }
    for x in [15.99f32, 16.01, 30.0] {
        let exact = neg_ln_erfc(x as f64 / std::f64::consts::SQRT_2) as f32;
        assert!((tail_cost(x) - exact).abs() < 0.01, "{x}");
    }
    // Uncapped: a deviation of 50 costs far more than one of 8.
    assert!(tail_cost(50.0) > 10.0 * tail_cost(8.0));
}

use crate::document::Document;
use crate::lang::{CKB, EN, KMR, Lang};

/// The sentences of the body of a bundled statement file (title to signatories), in order.
fn sentences(file: &str, lang: Lang) -> Vec<String> {
    let path = format!(
        "{}/statements/aleppo-2026-01/{file}",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap();
    let doc = Document::parse(&path, &text, lang);
    doc.blocks
        .iter()
        .take_while(|b| b.kind != crate::document::BlockKind::Heading)
        .flat_map(|b| b.sentences.iter().map(|s| s.text.clone()))
        .collect()
}

/// Aligns and returns the beads as (source indices, target indices).
fn beads(src: &[String], tgt: &[String], sl: Lang, tl: Lang) -> Vec<(Vec<usize>, Vec<usize>)> {
    let s: Vec<&str> = src.iter().map(String::as_str).collect();
    let t: Vec<&str> = tgt.iter().map(String::as_str).collect();
    align(Side::new(&s, sl), Side::new(&t, tl), &Options::default())
        .into_iter()
        .map(|b| (b.src.collect(), b.tgt.collect()))
        .collect()
}

/// The identity alignment with the listed exceptions, as the beads it should produce.
fn expected(
    n: usize,
    m: usize,
    special: &[(Vec<usize>, Vec<usize>)],
) -> Vec<(Vec<usize>, Vec<usize>)> {
    let mut out: Vec<(Vec<usize>, Vec<usize>)> = special.to_vec();
    let covered_s: Vec<usize> = special.iter().flat_map(|b| b.0.clone()).collect();
    let covered_t: Vec<usize> = special.iter().flat_map(|b| b.1.clone()).collect();
    let free_s: Vec<usize> = (0..n).filter(|i| !covered_s.contains(i)).collect();
    let free_t: Vec<usize> = (0..m).filter(|j| !covered_t.contains(j)).collect();
    assert_eq!(free_s.len(), free_t.len(), "test set-up");
    out.extend(
        free_s
            .into_iter()
            .zip(free_t)
            .map(|(i, j)| (vec![i], vec![j])),
    );
    out.sort();
    out
}

/// Beads as a sorted set, to compare with [`expected`].
fn sorted(mut b: Vec<(Vec<usize>, Vec<usize>)>) -> Vec<(Vec<usize>, Vec<usize>)> {
    b.sort();
    b
}

#[test]
fn clean_translation_aligns_one_to_one() {
    let (en, kmr) = (sentences("en.md", &EN), sentences("kmr.md", &KMR));
    assert_eq!(en.len(), kmr.len());
    assert_eq!(
        sorted(beads(&en, &kmr, &EN, &KMR)),
        expected(en.len(), kmr.len(), &[])
    );
}

#[test]
fn each_bead_shape_is_recovered() {
    let (en, kmr) = (sentences("en.md", &EN), sentences("kmr.md", &KMR));
    // Target edits: merge 3+4 (2-1), split 10 at a comma (1-2), merge 13+14+15 (3-1),
    // split 21 in three (1-3), drop 26 (1-0), add a sentence after 35 (0-1).
    let mut t: Vec<String> = Vec::new();
    let mut special = Vec::new();
    let mut i = 0;
    while i < kmr.len() {
        let j = t.len();
        match i {
            3 => {
                t.push(format!("{} {}", kmr[3], kmr[4]));
                special.push((vec![3, 4], vec![j]));
                i += 2;
                continue;
            }
            10 | 21 => {
                let parts: Vec<&str> = kmr[i].splitn(if i == 10 { 2 } else { 3 }, ", ").collect();
                assert_eq!(
                    parts.len(),
                    if i == 10 { 2 } else { 3 },
                    "sentence {i} has commas"
                );
                assert!(parts.len() >= 2, "sentence {i} has commas");
                for p in &parts {
                    t.push(p.to_string());
                }
                special.push((vec![i], (j..j + parts.len()).collect()));
            }
            13 => {
                t.push(format!("{} {} {}", kmr[13], kmr[14], kmr[15]));
                special.push((vec![13, 14, 15], vec![j]));
                i += 3;
                continue;
            }
            26 => special.push((vec![26], vec![])),
            35 => {
                t.push(kmr[35].clone());
                t.push("Ev hevokeke zêde ye ku di çavkaniyê de tune, li ser rewşa Qamişloyê di sala 2019an de.".to_string());
                special.push((vec![], vec![j + 1]));
            }
            _ => t.push(kmr[i].clone()),
        }
        i += 1;
    }
    let got = sorted(beads(&en, &t, &EN, &KMR));
    assert_eq!(got, expected(en.len(), t.len(), &special));
}

#[test]
fn a_two_two_bead_is_recovered() {
    let (en, kmr) = (sentences("en.md", &EN), sentences("kmr.md", &KMR));
    // Sentences 6 and 7 (similar lengths) re-split in the middle of the second: neither
    // target sentence renders one source sentence, so the bead is 2-2.
    let words: Vec<&str> = kmr[7].split(' ').collect();
    let half = words.len() / 2;
    let mut t = kmr.clone();
    t[6] = format!("{} {}", kmr[6], words[..half].join(" "));
    t[7] = words[half..].join(" ");
    let got = sorted(beads(&en, &t, &EN, &KMR));
    assert!(got.contains(&(vec![6, 7], vec![6, 7])), "{:?}", &got[4..9]);
}

#[test]
fn swapped_segments_disturb_nothing_outside_their_span() {
    let (en, kmr) = (sentences("en.md", &EN), sentences("kmr.md", &KMR));
    // A long sentence with dates and an acronym, swapped with a shorter plain one.
    let mut t = kmr.clone();
    t.swap(8, 11);
    let got = beads(&en, &t, &EN, &KMR);
    // The engine is monotone: it covers two swapped segments either with a 1-0 and a 0-1
    // (statement alignment links such a pair of blocks as a move) or with merges spanning
    // the swap. Either way every bead outside the span 8..=11 is untouched.
    for (s, t) in &got {
        let inside = |v: &Vec<usize>| v.iter().all(|x| (8..=11).contains(x));
        if s.iter().any(|x| (8..=11).contains(x)) || t.iter().any(|x| (8..=11).contains(x)) {
            assert!(inside(s) && inside(t), "{got:?}");
        } else {
            assert_eq!(s, t, "{got:?}");
        }
    }
    // Look-alike: without the swap the span is four 1-1 beads.
    let clean = beads(&en, &kmr, &EN, &KMR);
    assert!((8..=11).all(|k| clean.contains(&(vec![k], vec![k]))));
}

#[test]
fn digits_in_another_script_still_anchor() {
    let (en, ckb) = (sentences("en.md", &EN), sentences("ckb.md", &CKB));
    assert!(ckb.iter().any(|s| s.contains('٢')));
    assert_eq!(
        sorted(beads(&en, &ckb, &EN, &CKB)),
        expected(en.len(), ckb.len(), &[])
    );
    // Extended Arabic-Indic digits (۰–۹) too.
    let ext: Vec<String> = ckb
        .iter()
        .map(|s| {
            s.chars()
                .map(|c| match c {
                    '٠'..='٩' => char::from_u32(c as u32 - 0x0660 + 0x06F0).unwrap(),
                    _ => c,
                })
                .collect()
        })
        .collect();
    assert_eq!(
        sorted(beads(&en, &ext, &EN, &CKB)),
        expected(en.len(), ext.len(), &[])
    );
}

#[test]
fn empty_sides() {
    let one = vec!["A sentence.".to_string()];
    assert_eq!(beads(&one, &[], &EN, &KMR), vec![(vec![0], vec![])]);
    assert_eq!(beads(&[], &one, &EN, &KMR), vec![(vec![], vec![0])]);
    assert!(beads(&[], &[], &EN, &KMR).is_empty());
}
