//! Every check: a true positive, and a look-alike that must not fire.

use std::collections::BTreeMap;

use super::*;
use crate::align::statement::align_documents;
use crate::glossary::Term;
use crate::lang::{AR, CKB, EN, KMR, Lang};

fn settings() -> Settings {
    let term = |src: &[&str], r: &[(&'static str, &[&str])]| Term {
        source: src.iter().map(|s| s.to_string()).collect(),
        renderings: r
            .iter()
            .map(|(k, v)| (*k, v.iter().map(|s| s.to_string()).collect()))
            .collect::<BTreeMap<_, _>>(),
    };
    Settings {
        glossary: Glossary {
            terms: vec![
                term(
                    &["Afrin"],
                    &[
                        ("ar", &["عفرين"]),
                        ("kmr", &["Efrîn"]),
                        ("ckb", &["عەفرین"]),
                    ],
                ),
                term(
                    &["SDF"],
                    &[("ar", &["قسد"]), ("kmr", &["HSD"]), ("ckb", &["هەسەدە"])],
                ),
            ],
        },
        keep: vec![BlockKind::Signatory],
        ..Settings::default()
    }
}

/// Runs every check on `tgt` (in `lang`) against `src` (English).
fn check(src: &str, tgt: &str, lang: Lang) -> Vec<Finding> {
    let s = Document::parse("en.md", src, &EN);
    let t = Document::parse("t.md", tgt, lang);
    let a = align_documents(&s, &t);
    let settings = settings();
    let pair = Pair {
        statement: "test",
        source: &s,
        target: &t,
        alignment: &a,
        settings: &settings,
    };
    check_pair(&pair)
}

fn ids(f: &[Finding]) -> Vec<&'static str> {
    f.iter().map(|x| x.check).collect()
}

fn has(f: &[Finding], id: &str) -> bool {
    f.iter().any(|x| x.check == id)
}

const EN_DOC: &str = "# Joint statement on Aleppo\n\nThe organisations call for a ceasefire\n\nThe undersigned organisations express grave concern over the escalation in Aleppo.\n\nOn 7 January 2026 the ministry announced an operation against the SDF in Aleppo.\n\nMore than 250,000 civilians live in the two neighbourhoods, among them people displaced from Afrin in 2018.\n\nThe organisations call upon all parties to:\n\n1. Ensure an immediate ceasefire and protect all civilians without any discrimination.\n2. Comply with the agreement of 1 April 2025 and its provisions on protecting civilians.\n3. Refrain from forced displacement and ensure the safe return of displaced persons.\n\nSignatory organizations:\n\n1. Dawlaty\n2. Syria Justice and Accountability Center - SJAC\n";

const KMR_DOC: &str = "# Daxuyaniya hevpar li ser Helebê\n\nRêxistin banga agirbestê dikin\n\nRêxistinên îmzeker fikara xwe ya giran li ser tundkirina li Helebê diyar dikin.\n\nDi 7ê Kanûna Paşîn a 2026an de wezaretê li dijî HSDê li Helebê operasyonek ragihand.\n\nZêdetirî 250.000 sivîl li her du taxan dijîn, di nav wan de koçberên ji Efrînê di 2018an de.\n\nRêxistin banga hemû aliyan dikin ku:\n\n1. Agirbesteke yekser misoger bikin û hemû sivîlan bêyî cudakariyê biparêzin.\n2. Pabendî peymana 1ê Nîsana 2025an û xalên wê yên parastina sivîlan bin.\n3. Xwe ji koçberkirina bi zorê dûr bixin û vegera ewle ya koçberan misoger bikin.\n\nRêxistinên îmzeker:\n\n1. Dawlaty\n2. Navenda Dadmendî û Hesabpirsînê ya Sûriyê - SJAC\n";

const AR_DOC: &str = "# بيان مشترك حول حلب\n\nالمنظمات تدعو إلى وقف إطلاق النار\n\nتعرب المنظمات الموقعة عن قلقها البالغ إزاء التصعيد في حلب.\n\nفي 7 كانون الثاني/يناير 2026 أعلنت الوزارة عن عملية ضد قسد في حلب.\n\nيعيش أكثر من 250 ألف مدني في الحيين، بينهم مهجرون من عفرين منذ عام 2018.\n\nتدعو المنظمات جميع الأطراف إلى:\n\n1. ضمان وقف فوري لإطلاق النار وحماية جميع المدنيين دون أي تمييز.\n2. الالتزام باتفاق 1 نيسان/أبريل 2025 وأحكامه المتعلقة بحماية المدنيين.\n3. الامتناع عن التهجير القسري وضمان العودة الآمنة للنازحين.\n\nالمنظمات الموقعة:\n\n1. دولتي\n2. المركز السوري للعدالة والمساءلة - SJAC\n";

const CKB_DOC: &str = "# بەیاننامەی هاوبەش دەربارەی حەلەب\n\nڕێکخراوەکان داوای ئاگربەست دەکەن\n\nڕێکخراوە واژۆکەرەکان نیگەرانیی قووڵی خۆیان دەربارەی هەڵکشانەکە لە حەلەب دەردەبڕن.\n\nلە ٧ی کانوونی دووەمی ٢٠٢٦دا وەزارەت ئۆپەراسیۆنێکی دژی هەسەدە لە حەلەب ڕاگەیاند.\n\nزیاتر لە ٢٥٠ هەزار هاووڵاتی لە هەردوو گەڕەکەکەدا دەژین، لەوانە ئاوارەکانی عەفرین لە ساڵی ٢٠١٨دا.\n\nڕێکخراوەکان داوا لە هەموو لایەنەکان دەکەن:\n\n١. ئاگربەستێکی دەستبەجێ دابین بکەن و هەموو سیڤیلەکان بێ جیاوازی بپارێزن.\n٢. پابەندی ڕێککەوتننامەی ١ی نیسانی ٢٠٢٥ و بەندەکانی پاراستنی سیڤیلەکان بن.\n٣. خۆ لە ئاوارەکردنی بە زۆرەملێ بپارێزن و گەڕانەوەی سەلامەتی ئاوارەکان دابین بکەن.\n\nڕێکخراوە واژۆکەرەکان:\n\n١. دەوڵەتی\n٢. ناوەندی دادپەروەری و لێپرسینەوەی سووریا - SJAC\n";

#[test]
fn clean_translations_raise_nothing() {
    for (doc, lang) in [(KMR_DOC, &KMR), (AR_DOC, &AR), (CKB_DOC, &CKB)] {
        let f = check(EN_DOC, doc, lang);
        assert!(f.is_empty(), "{}: {:#?}", lang.code, f);
    }
}

#[test]
fn missing_segment_dropped_paragraph_and_sentence() {
    let t = KMR_DOC.replace(
        "Rêxistinên îmzeker fikara xwe ya giran li ser tundkirina li Helebê diyar dikin.\n\n",
        "",
    );
    let f = check(EN_DOC, &t, &KMR);
    let m: Vec<_> = f.iter().filter(|x| x.check == "missing-segment").collect();
    assert_eq!(m.len(), 1, "{f:#?}");
    assert_eq!(m[0].source.as_ref().unwrap().segment.as_deref(), Some("p1"));
    assert_eq!(
        m[0].target.as_ref().unwrap().line,
        5,
        "where it belongs in the translation"
    );
    // A sentence dropped inside a paragraph (the source has one the translation lacks).
    let src = EN_DOC.replace("among them people displaced from Afrin in 2018.", "among them people displaced from Afrin in 2018. Their homes were destroyed by shelling in the spring of 2024 and never rebuilt.");
    let f = check(&src, KMR_DOC, &KMR);
    let m: Vec<_> = f.iter().filter(|x| x.check == "missing-segment").collect();
    assert_eq!(m.len(), 1, "{f:#?}");
    assert_eq!(
        m[0].source.as_ref().unwrap().segment.as_deref(),
        Some("p3.s2")
    );
    // Look-alike: two source sentences rendered as one target sentence are not missing.
    let src = EN_DOC.replace(
        "in the two neighbourhoods, among them people displaced from Afrin in 2018.",
        "in the two neighbourhoods. Many of them were displaced from Afrin in 2018.",
    );
    let f = check(&src, KMR_DOC, &KMR);
    assert!(f.is_empty(), "{f:#?}");
}

#[test]
fn extra_and_moved_segments() {
    let t = KMR_DOC.replace("Rêxistin banga hemû aliyan dikin ku:", "Ev paragrafeke zêde ye ku di çavkaniyê de tune ye û behsa Kobaniyê dike.\n\nRêxistin banga hemû aliyan dikin ku:");
    let f = check(EN_DOC, &t, &KMR);
    assert_eq!(ids(&f), ["extra-segment"], "{f:#?}");
    // Two paragraphs in the other order: a move, not a loss and an addition.
    let p1 = "Rêxistinên îmzeker fikara xwe ya giran li ser tundkirina li Helebê diyar dikin.";
    let p3 = "Zêdetirî 250.000 sivîl li her du taxan dijîn, di nav wan de koçberên ji Efrînê di 2018an de.";
    let t = KMR_DOC.replace(p1, "@@").replace(p3, p1).replace("@@", p3);
    let f = check(EN_DOC, &t, &KMR);
    assert!(has(&f, "moved-segment"), "{f:#?}");
    assert!(
        !has(&f, "missing-segment") && !has(&f, "extra-segment"),
        "{f:#?}"
    );
}

#[test]
fn list_count_and_numbering() {
    // A dropped demand.
    let t = AR_DOC.replace(
        "2. الالتزام باتفاق 1 نيسان/أبريل 2025 وأحكامه المتعلقة بحماية المدنيين.\n3.",
        "2.",
    );
    let f = check(EN_DOC, &t, &AR);
    // One fault, one finding: the missing demand, with the list's counts; no list-count.
    assert_eq!(ids(&f), ["missing-segment"], "{f:#?}");
    assert_eq!(
        f[0].source.as_ref().unwrap().segment.as_deref(),
        Some("l1.2")
    );
    assert_eq!(f[0].details["source_items"], 3);
    assert_eq!(f[0].details["target_items"], 2);
    // Two demands rendered as one item: nothing is missing, but the list has one item less.
    let t = AR_DOC.replace(
        "المتعلقة بحماية المدنيين.\n3. الامتناع",
        "المتعلقة بحماية المدنيين، والامتناع",
    );
    let f = check(EN_DOC, &t, &AR);
    let lc: Vec<_> = f.iter().filter(|x| x.check == "list-count").collect();
    assert_eq!(lc.len(), 1, "{f:#?}");
    assert_eq!(lc[0].details["source_items"], 3);
    assert_eq!(lc[0].details["target_items"], 2);
    assert_eq!(lc[0].details["kind"], "demands");
    assert!(!has(&f, "missing-segment"), "{f:#?}");
    // Numbering that skips.
    let t = KMR_DOC.replace("3. Xwe ji", "4. Xwe ji");
    let f = check(EN_DOC, &t, &KMR);
    assert_eq!(ids(&f), ["list-numbering"], "{f:#?}");
    // Look-alike: Arabic-Indic numbering of the same list (the Sorani document) is in order.
    assert!(!has(&check(EN_DOC, CKB_DOC, &CKB), "list-numbering"));
}

#[test]
fn empty_segment() {
    let t = KMR_DOC.replace(
        "2. Navenda Dadmendî û Hesabpirsînê ya Sûriyê - SJAC",
        "2.\n3. Navenda Dadmendî û Hesabpirsînê ya Sûriyê - SJAC",
    );
    let f = check(EN_DOC, &t, &KMR);
    assert!(has(&f, "empty-segment"), "{f:#?}");
    let t = KMR_DOC.replace("1. Dawlaty", "1. …");
    assert!(has(&check(EN_DOC, &t, &KMR), "empty-segment"));
    // Look-alike: a one-word item is not empty.
    assert!(!has(&check(EN_DOC, KMR_DOC, &KMR), "empty-segment"));
}

#[test]
fn number_mismatch_and_its_look_alikes() {
    let t = KMR_DOC.replace("250.000", "205.000");
    let f = check(EN_DOC, &t, &KMR);
    assert_eq!(ids(&f), ["number-mismatch"], "{f:#?}");
    assert_eq!(f[0].details["source_only"], serde_json::json!(["250,000"]));
    assert_eq!(f[0].details["target_only"], serde_json::json!(["205.000"]));
    assert_eq!(
        f[0].target.as_ref().unwrap().segment.as_deref(),
        Some("p3.s1")
    );
    let t = AR_DOC.replace("250 ألف", "25 ألف");
    assert_eq!(ids(&check(EN_DOC, &t, &AR)), ["number-mismatch"]);
    // Look-alikes: other digit scripts, separators, words, multipliers.
    for (doc, lang) in [
        (AR_DOC.replace("250 ألف", "٢٥٠٬٠٠٠"), &AR),
        (AR_DOC.replace("250 ألف", "250,000"), &AR),
        (CKB_DOC.replace("٢٥٠ هەزار", "۲۵۰ هەزار"), &CKB),
        (KMR_DOC.replace("250.000", "250 hezar"), &KMR),
    ] {
        let f = check(EN_DOC, &doc, lang);
        assert!(!has(&f, "number-mismatch"), "{}: {f:#?}", lang.code);
    }
    // A number written in words on the other side.
    let src = EN_DOC.replace("in 2018.", "in 2018, twelve years ago.");
    let t = KMR_DOC.replace("di 2018an de.", "di 2018an de, berî 12 salan.");
    assert!(!has(&check(&src, &t, &KMR), "number-mismatch"));
    let t = KMR_DOC.replace("di 2018an de.", "di 2018an de, berî diwanzdeh salan.");
    let src2 = EN_DOC.replace("in 2018.", "in 2018, 12 years ago.");
    assert!(!has(&check(&src2, &t, &KMR), "number-mismatch"));
    // Footnote marks are not numbers.
    let src = EN_DOC.replace("in Aleppo.\n\nOn", "in Aleppo.[^1]\n\nOn");
    assert!(!has(&check(&src, KMR_DOC, &KMR), "number-mismatch"));
}

#[test]
fn number_words_units_and_magnitudes() {
    // A number in words changed, with the same unit: `seven years` → `four years`.
    let src = EN_DOC.replace("in 2018.", "in 2018, seven years ago.");
    let t = KMR_DOC.replace("di 2018an de.", "di 2018an de, berî çar salan.");
    let f = check(&src, &t, &KMR);
    assert_eq!(ids(&f), ["number-mismatch"], "{f:#?}");
    // Look-alike: the same count in words in both (Arabic units before tens: 14, 19th).
    let src = EN_DOC.replace("in 2018.", "in 2018, fourteen years ago.");
    let t = AR_DOC.replace("منذ عام 2018.", "منذ عام 2018، قبل أربعة عشر عامًا.");
    assert!(
        check(&src, &t, &AR).is_empty(),
        "{:#?}",
        check(&src, &t, &AR)
    );
    // A unit changed while the number stayed: `five weeks` → `five days`.
    let src = EN_DOC.replace("in 2018.", "in 2018, five weeks ago.");
    let t = AR_DOC.replace("منذ عام 2018.", "منذ عام 2018، قبل خمسة أيام.");
    let f = check(&src, &t, &AR);
    assert_eq!(ids(&f), ["unit-mismatch"], "{f:#?}");
    assert_eq!(f[0].details["source_unit"], "week");
    assert_eq!(f[0].details["target_unit"], "day");
    // Look-alike: the same unit in another language's words and digits.
    let t = AR_DOC.replace("منذ عام 2018.", "منذ عام 2018، قبل 5 أسابيع.");
    assert!(check(&src, &t, &AR).is_empty());
    // Percent phrases are units, not "hundred": 40 per cent = 40 بالمائة = ji sedî 40.
    let src = EN_DOC.replace("in 2018.", "in 2018, 40 per cent of them.");
    let t = AR_DOC.replace("منذ عام 2018.", "منذ عام 2018، 40 بالمائة منهم.");
    assert!(check(&src, &t, &AR).is_empty());
    let t = KMR_DOC.replace("di 2018an de.", "di 2018an de, ji sedî 40ê wan.");
    assert!(check(&src, &t, &KMR).is_empty());
    // A vague quantity of another magnitude: tens of thousands → thousands.
    let src = EN_DOC.replace("in 2018.", "in 2018, and tens of thousands more.");
    let t = AR_DOC.replace("منذ عام 2018.", "منذ عام 2018، وآلاف آخرون.");
    let f = check(&src, &t, &AR);
    assert_eq!(ids(&f), ["number-mismatch"], "{f:#?}");
    let t = AR_DOC.replace("منذ عام 2018.", "منذ عام 2018، وعشرات الآلاف غيرهم.");
    assert!(check(&src, &t, &AR).is_empty());
    // A count in words changed, no unit, one sentence on each side: `two` → `three`.
    let src = EN_DOC.replace("in 2018.", "in 2018, with two of their colleagues.");
    let t = KMR_DOC.replace("di 2018an de.", "di 2018an de, bi sê hevkarên xwe re.");
    let f = check(&src, &t, &KMR);
    assert_eq!(ids(&f), ["number-mismatch"], "{f:#?}");
    // Look-alikes: the same count; counts the translation renders another way (Arabic duals:
    // `الحيين`, `زميليهم`).
    let t = KMR_DOC.replace("di 2018an de.", "di 2018an de, bi du hevkarên xwe re.");
    assert!(check(&src, &t, &KMR).is_empty());
    let t = AR_DOC.replace("منذ عام 2018.", "منذ عام 2018، مع زميليهم.");
    assert!(check(&src, &t, &AR).is_empty());
    // Kurdish endings on number words: `milyonên` (millions of), Sorani `هەشتى` typed with
    // an Arabic keyboard's alef maksura.
    let src = EN_DOC.replace("in 2018.", "in 2018, and six million more.");
    let t = KMR_DOC.replace("di 2018an de.", "di 2018an de, û şeş milyonên din.");
    assert!(
        check(&src, &t, &KMR).is_empty(),
        "{:#?}",
        check(&src, &t, &KMR)
    );
    // Digit groups written with a space are one number (a phone number).
    let src = EN_DOC.replace("in 2018.", "in 2018; call 116 123.");
    let t = AR_DOC.replace("منذ عام 2018.", "منذ عام 2018؛ اتصلوا بالرقم 116123.");
    assert!(check(&src, &t, &AR).is_empty());
}

#[test]
fn date_mismatch_and_calendar() {
    let t = AR_DOC.replace(
        "في 7 كانون الثاني/يناير 2026",
        "في 8 كانون الثاني/يناير 2026",
    );
    let f = check(EN_DOC, &t, &AR);
    assert_eq!(ids(&f), ["date-mismatch"], "one fault, one finding: {f:#?}");
    assert_eq!(f[0].details["source_value"], "2026-01-07");
    assert_eq!(f[0].details["target_value"], "2026-01-08");
    let t = KMR_DOC.replace("Kanûna Paşîn a 2026an", "Sibata 2026an");
    assert_eq!(ids(&check(EN_DOC, &t, &KMR)), ["date-mismatch"]);
    let t = CKB_DOC.replace("٧ی کانوونی دووەمی ٢٠٢٦دا", "٧ی کانوونی دووەمی ٢٠٢٥دا");
    assert_eq!(ids(&check(EN_DOC, &t, &CKB)), ["date-mismatch"]);
    // Look-alikes: other series and spellings of the same date.
    for (doc, lang) in [
        (
            AR_DOC.replace("7 كانون الثاني/يناير 2026", "7 كانون الثاني / يناير 2026"),
            &AR,
        ),
        (
            AR_DOC.replace("7 كانون الثاني/يناير 2026", "7 يناير 2026"),
            &AR,
        ),
        (
            KMR_DOC.replace("7ê Kanûna Paşîn a 2026an", "7ê Çileyê 2026an"),
            &KMR,
        ),
        (
            KMR_DOC.replace("7ê Kanûna Paşîn a 2026an", "7ê Rêbendana 2026an"),
            &KMR,
        ),
        (CKB_DOC.replace("کانوونی دووەمی", "کانونی دووەمی"), &CKB),
    ] {
        assert!(check(EN_DOC, &doc, lang).is_empty(), "{}", lang.code);
    }
    // A Kurdish solar month is not a mismatch, but needs checking.
    let t = CKB_DOC.replace("٧ی کانوونی دووەمی ٢٠٢٦دا", "١٧ی بەفرانباری ٢٧٢٥دا");
    let f = check(EN_DOC, &t, &CKB);
    assert!(
        has(&f, "date-calendar") && !has(&f, "date-mismatch"),
        "{f:#?}"
    );
}

#[test]
fn bare_month_mismatch() {
    let src = "# Report\n\nIn June, the commission published its findings.\n";
    let tgt = |m: &str| format!("# تقرير\n\nفي {m}، نشرت اللجنة نتائجها.\n");
    let f = check(src, &tgt("تموز"), &AR);
    assert_eq!(ids(&f), ["date-mismatch"], "{f:#?}");
    assert_eq!(f[0].details["source_value"], "--06");
    assert_eq!(f[0].details["target_value"], "--07");
    // Look-alikes: the same month in either Arabic series; a month the translation leaves out.
    for m in ["حزيران", "يونيو", "الصيف"] {
        assert!(check(src, &tgt(m), &AR).is_empty(), "{m}");
    }
}

#[test]
fn term_and_latin_token() {
    let t = KMR_DOC.replace("ji Efrînê", "ji Kobaniyê");
    let f = check(EN_DOC, &t, &KMR);
    assert_eq!(ids(&f), ["term-mismatch"], "{f:#?}");
    assert_eq!(f[0].details["term"], "Afrin");
    // SDF is a glossary term: rendered as HSD it is fine, dropped it is a term finding (one).
    let t = KMR_DOC.replace("li dijî HSDê", "li dijî wan");
    assert_eq!(ids(&check(EN_DOC, &t, &KMR)), ["term-mismatch"]);
    // An acronym outside the glossary, dropped.
    let t = AR_DOC.replace(" - SJAC", "");
    let f = check(EN_DOC, &t, &AR);
    assert_eq!(ids(&f), ["latin-token"], "{f:#?}");
    assert_eq!(f[0].details["token"], "SJAC");
    // Look-alike: kept with a Kurmanji case ending.
    let t = KMR_DOC.replace("- SJAC", "- SJACê");
    assert!(check(EN_DOC, &t, &KMR).is_empty());
}

#[test]
fn untranslated_and_wrong_script() {
    let t = KMR_DOC.replace(
        "Rêxistinên îmzeker fikara xwe ya giran li ser tundkirina li Helebê diyar dikin.",
        "The undersigned organisations express grave concern over the escalation in Aleppo.",
    );
    let f = check(EN_DOC, &t, &KMR);
    assert!(has(&f, "untranslated"), "{f:#?}");
    // In an Arabic-script translation, a paragraph left in English is in the wrong script.
    let t = AR_DOC.replace(
        "تعرب المنظمات الموقعة عن قلقها البالغ إزاء التصعيد في حلب.",
        "The undersigned organisations express grave concern over the escalation in Aleppo.",
    );
    let f = check(EN_DOC, &t, &AR);
    assert_eq!(ids(&f), ["wrong-script"], "{f:#?}");
    // Look-alikes: a kept signatory name; Latin acronyms inside Arabic text.
    assert!(check(EN_DOC, KMR_DOC, &KMR).is_empty());
    assert!(!has(&check(EN_DOC, AR_DOC, &AR), "wrong-script"));
    // A "Sorani" file in Latin script: one finding for the file.
    let f = check(EN_DOC, KMR_DOC, &CKB);
    let ws: Vec<_> = f.iter().filter(|x| x.check == "wrong-script").collect();
    assert_eq!(ws.len(), 1, "{f:#?}");
    assert_eq!(ws[0].details["scope"], "file");
}

#[test]
fn orthography() {
    let t = CKB_DOC.replace("ڕێکخراوەکان داوای", "ڕيكخراوەكان داواي");
    let f = check(EN_DOC, &t, &CKB);
    assert_eq!(ids(&f), ["orthography"], "{f:#?}");
    assert_eq!(f[0].details["problem"], "arabic-letters");
    let t = AR_DOC.replace("تعرب المنظمات", "تعرب ڕێکخراوەکان");
    assert!(has(&check(EN_DOC, &t, &AR), "orthography"));
    let t = KMR_DOC.replace("Rêxistinên îmzeker fikara xwe ya giran li ser tundkirina li Helebê diyar dikin.", "Rexistinen imzeker fikara xwe ya giran li ser tundkirina li Heleb u derdora we ya ku ji mehan ve di bin gefan de ye diyar dikin.");
    let f = check(EN_DOC, &t, &KMR);
    assert!(has(&f, "orthography"), "{f:#?}");
    // Look-alikes: Arabic with ي ك ة; Sorani with ZWNJ.
    assert!(!has(&check(EN_DOC, AR_DOC, &AR), "orthography"));
    let t = CKB_DOC.replace("هاووڵاتی", "هاووڵاتی\u{200C}یەکان");
    assert!(check(EN_DOC, &t, &CKB).is_empty());
}

#[test]
fn invisible_characters() {
    let t = AR_DOC.replace("التصعيد في حلب", "التص\u{200F}عيد في حلب");
    let f = check(EN_DOC, &t, &AR);
    assert_eq!(ids(&f), ["invisible-char"], "{f:#?}");
    let t = AR_DOC.replace("التصعيد في حلب", "\u{202B}التصعيد في حلب");
    assert!(has(&check(EN_DOC, &t, &AR), "invisible-char"));
    let t = KMR_DOC.replace("Helebê", "Heleb\u{200B}ê");
    assert!(has(&check(EN_DOC, &t, &KMR), "invisible-char"));
    // Look-alikes: ZWNJ in Sorani; a balanced isolate; an RLM after a full stop.
    let t = CKB_DOC.replace("ئاوارەکانی", "ئاوارە\u{200C}کانی");
    assert!(!has(&check(EN_DOC, &t, &CKB), "invisible-char"));
    let t = AR_DOC.replace("عملية ضد قسد", "عملية ضد \u{2068}قسد\u{2069}");
    assert!(!has(&check(EN_DOC, &t, &AR), "invisible-char"));
    let t = AR_DOC.replace("التصعيد في حلب.", "التصعيد في حلب.\u{200F}");
    assert!(!has(&check(EN_DOC, &t, &AR), "invisible-char"));
}

#[test]
fn punctuation_question() {
    let src = EN_DOC.replace(
        "grave concern over the escalation in Aleppo.",
        "grave concern over the escalation in Aleppo. Who will protect them?",
    );
    let t = AR_DOC.replace("إزاء التصعيد في حلب.", "إزاء التصعيد في حلب. من سيحميهم.");
    let f = check(&src, &t, &AR);
    assert_eq!(ids(&f), ["punctuation"], "{f:#?}");
    // Look-alike: ؟ is a question mark.
    let t = AR_DOC.replace("إزاء التصعيد في حلب.", "إزاء التصعيد في حلب. من سيحميهم؟");
    assert!(check(&src, &t, &AR).is_empty());
}

#[test]
fn missing_content() {
    // A long sentence whose translation lost most of it: a partial omission, an error.
    let t = KMR_DOC.replace(
        "Zêdetirî 250.000 sivîl li her du taxan dijîn, di nav wan de koçberên ji Efrînê di 2018an de.",
        "Zêdetirî 250.000 sivîl li Efrînê di 2018an de.",
    );
    let src = EN_DOC.replace(
        "among them people displaced from Afrin in 2018.",
        "among them people displaced from Afrin in 2018, who have lost their homes, their land and their livelihoods twice within a few years and now depend entirely on aid from the UNHCR.",
    );
    let f = check(&src, &t, &KMR);
    assert_eq!(ids(&f), ["missing-content"], "{f:#?}");
    assert_eq!(f[0].severity, Severity::Error);
    // What the left-out part said, where it shows: the acronym.
    assert_eq!(f[0].details["missing"], serde_json::json!(["UNHCR"]));
    // Look-alike: the whole sentence rendered.
    let full = KMR_DOC.replace(
        "di nav wan de koçberên ji Efrînê di 2018an de.",
        "di nav wan de koçberên ji Efrînê di 2018an de, ku du caran di nav çend salan de xanî, erd û debara xwe winda kirine û niha bi tevahî bi alîkariya UNHCRê ve girêdayî ne.",
    );
    assert!(
        check(&src, &full, &KMR).is_empty(),
        "{:#?}",
        check(&src, &full, &KMR)
    );
    assert!(!has(&check(EN_DOC, KMR_DOC, &KMR), "missing-content"));
}

#[test]
fn length_ratio() {
    // A translation far longer than its source: something added, a warning.
    let t = KMR_DOC.replace(
        "Rêxistinên îmzeker fikara xwe ya giran li ser tundkirina li Helebê diyar dikin.",
        "Rêxistinên îmzeker fikara xwe ya giran li ser tundkirina li Helebê diyar dikin, ku di nav çend rojan de bû sedema koçberkirina bi hezaran malbatan ji taxên xwe û wêrankirina gelek xanî, dibistan û nexweşxaneyan li seranserê bajêr.",
    );
    let f = check(EN_DOC, &t, &KMR);
    assert!(has(&f, "length-ratio"), "{f:#?}");
    assert!(!has(&f, "missing-content"), "{f:#?}");
    assert!(!has(&check(EN_DOC, KMR_DOC, &KMR), "length-ratio"));
}

#[test]
fn broken_paragraph_in_the_translation() {
    let t = KMR_DOC.replace(
        "fikara xwe ya giran li ser tundkirina",
        "fikara xwe ya giran\n\nli ser tundkirina",
    );
    let f = check(EN_DOC, &t, &KMR);
    assert_eq!(ids(&f), ["broken-paragraph"], "{f:#?}");
}

#[test]
fn severities_from_the_configuration() {
    let mut s = Settings::default();
    s.severities
        .insert("length-ratio".into(), SeverityRule::One(Level::Off));
    let mut per = BTreeMap::new();
    per.insert("default".to_string(), Level::Warning);
    per.insert("ar".to_string(), Level::Error);
    s.severities
        .insert("term-mismatch".into(), SeverityRule::PerLanguage(per));
    assert_eq!(s.severity("length-ratio", "ar"), None);
    assert_eq!(s.severity("term-mismatch", "ar"), Some(Severity::Error));
    assert_eq!(s.severity("term-mismatch", "kmr"), Some(Severity::Warning));
    assert_eq!(s.severity("number-mismatch", "kmr"), Some(Severity::Error));
}
