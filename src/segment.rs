//! Sentence segmentation: Unicode sentence boundaries (UAX #29) plus language-aware repairs.
//!
//! `unicode-segmentation`'s `split_sentence_bound_indices` never drops text, but UAX #29 alone
//! breaks after every abbreviation or initial followed by a capital (`Dr. Ali`, `U.N. Security`,
//! `J. K.`), after list markers (`1. Ensure`), and it does not end a sentence at `…`. The
//! repairs below fix these using the tables in [`crate::lang`]; whatever they do, the
//! returned ranges still cover every non-space character of the input, in order.

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;

use crate::lang::Lang;
use crate::text::{digit_value, is_arabic_letter, is_closing, is_ignorable};

/// Splits `text` into sentences. Returns byte ranges into `text`, each trimmed of surrounding
/// white space, in order; together they cover every non-white-space character.
pub fn split_sentences(text: &str, lang: Lang) -> Vec<Range<usize>> {
    let mut pieces: Vec<Range<usize>> = Vec::new();
    for (start, piece) in text.split_sentence_bound_indices() {
        split_after_ellipsis(text, start..start + piece.len(), &mut pieces);
    }

    let mut merged: Vec<Range<usize>> = Vec::new();
    for piece in pieces {
        if let Some(last) = merged.last_mut()
            && should_join(&text[last.clone()], &text[piece.clone()], lang)
        {
            last.end = piece.end;
            continue;
        }
        merged.push(piece);
    }

    merged
        .into_iter()
        .filter_map(|r| trim_range(text, r))
        .collect()
}

/// UAX #29 gives U+2026 HORIZONTAL ELLIPSIS no sentence-ending property, while it does end
/// a sentence at `...`. Split after `…` (and closing quotes) when white space and a letter
/// that is not lowercase follow, exactly as UAX #29 treats `...`.
fn split_after_ellipsis(text: &str, range: Range<usize>, out: &mut Vec<Range<usize>>) {
    let piece = &text[range.clone()];
    let mut start = range.start;
    for (i, c) in piece.char_indices() {
        if c != '…' {
            continue;
        }
        let mut end = range.start + i + c.len_utf8();
        let rest = &text[end..range.end];
        let closing: usize = rest
            .chars()
            .take_while(|&c| is_closing(c))
            .map(char::len_utf8)
            .sum();
        end += closing;
        let after = &text[end..range.end];
        let spaces: usize = after
            .chars()
            .take_while(|c| c.is_whitespace())
            .map(char::len_utf8)
            .sum();
        let next = after[spaces..].chars().find(|&c| !is_ignorable(c));
        if spaces > 0 && next.is_some_and(|n| n.is_alphabetic() && !n.is_lowercase()) {
            out.push(start..end + spaces);
            start = end + spaces;
        }
    }
    if start < range.end {
        out.push(start..range.end);
    }
}

/// Whether the sentence piece `next` continues `prev` rather than starting a new sentence.
fn should_join(prev: &str, next: &str, lang: Lang) -> bool {
    let prev_t = prev.trim_end();
    if prev_t.is_empty() {
        return true;
    }
    // Punctuation that never starts a sentence belongs to the one before: `.؛`, `.)`, `."`.
    if let Some(first) = next.trim_start().chars().find(|&c| !is_ignorable(c))
        && matches!(
            first,
            '؛' | '،' | ',' | ';' | ':' | '!' | '?' | '؟' | '.' | '…'
        ) | is_closing(first)
        && first != '"'
        && first != '\''
    {
        return true;
    }
    // A piece that is only a list marker (`1.`, `١.`, `12.`, `(a)`) introduces what follows.
    if is_list_marker(prev_t) {
        return true;
    }
    let Some(last) = prev_t.split_whitespace().next_back() else {
        return false;
    };
    let token: String = last
        .chars()
        .filter(|&c| !is_ignorable(c))
        .skip_while(|&c| matches!(c, '(' | '[' | '«' | '“' | '"' | '\''))
        .collect();
    lang.abbreviations.contains(&token.as_str()) || is_initial(&token) || is_dotted_acronym(&token)
}

/// `1.`, `١.`, `12)`, `(3)`, `a)`: a list marker standing alone.
pub fn is_list_marker(s: &str) -> bool {
    let s = s.trim();
    let inner = s.strip_prefix('(').unwrap_or(s);
    let Some(body) = inner.strip_suffix(['.', ')']) else {
        return false;
    };
    if body.is_empty() || s.starts_with('(') && !s.ends_with(')') {
        return false;
    }
    let n = body.chars().count();
    body.chars().all(|c| digit_value(c).is_some()) && n <= 3
        || n == 1 && body.chars().all(|c| c.is_alphabetic())
}

/// A single capital letter with a full stop (`J.`), or a single Arabic-script letter with one
/// (`د.`, `م.`): an initial or a one-letter abbreviation, which does not end a sentence.
fn is_initial(token: &str) -> bool {
    let mut chars = token.chars();
    match (chars.next(), chars.next(), chars.next()) {
        (Some(c), Some('.'), None) => c.is_uppercase() || is_arabic_letter(c),
        _ => false,
    }
}

/// `U.N.`, `U.S.`, `e.g.`, `z.B.`, `أ.د.`: single letters each followed by a full stop.
fn is_dotted_acronym(token: &str) -> bool {
    let chars: Vec<char> = token.chars().collect();
    chars.len() >= 4
        && chars.len() % 2 == 0
        && chars
            .chunks(2)
            .all(|pair| pair[0].is_alphabetic() && pair[1] == '.')
}

fn trim_range(text: &str, r: Range<usize>) -> Option<Range<usize>> {
    let s = &text[r.clone()];
    let start = r.start + (s.len() - s.trim_start().len());
    let end = r.start + s.trim_end().len();
    (start < end).then_some(start..end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::{AR, CKB, EN, KMR};

    fn split(text: &str, lang: Lang) -> Vec<&str> {
        split_sentences(text, lang)
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    /// Every non-space character of the input is in exactly one sentence, in order.
    fn assert_covers(text: &str, lang: Lang) {
        let joined: String = split(text, lang).concat();
        let strip = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
        assert_eq!(strip(&joined), strip(text));
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        let t = "Dr. Hassan met the U.N. envoy, e.g. in Aleppo. Then i.e. Damascus followed.";
        assert_eq!(
            split(t, &EN),
            vec![
                "Dr. Hassan met the U.N. envoy, e.g. in Aleppo.",
                "Then i.e. Damascus followed."
            ]
        );
        // From the real statement: "the U.S. Middle-East Partnership Initiative's".
        let t = "attending the U.S. Middle-East Partnership Initiative's program. The idea grew.";
        assert_eq!(split(t, &EN).len(), 2);
        assert_covers(t, &EN);
    }

    #[test]
    fn arabic_abbreviations_do_not_end_sentences() {
        let t = "التقى د. أحمد بـ أ.د. سامر في حلب. ثم غادرا.";
        assert_eq!(
            split(t, &AR),
            vec!["التقى د. أحمد بـ أ.د. سامر في حلب.", "ثم غادرا."]
        );
        // Sorani uses the same abbreviation for doctor.
        let t = "د. ئەحمەد گەیشتە حەلەب. پاشان ڕۆیشت.";
        assert_eq!(split(t, &CKB).len(), 2);
    }

    #[test]
    fn initials_do_not_end_sentences() {
        let t = "The report by J. K. Rowling was read. Everyone agreed.";
        assert_eq!(
            split(t, &EN),
            vec!["The report by J. K. Rowling was read.", "Everyone agreed."]
        );
        let t = "Rapora J. K. Rowling hat xwendin. Hemû razî bûn.";
        assert_eq!(split(t, &KMR).len(), 2);
    }

    #[test]
    fn look_alike_a_sentence_that_ends_with_a_number_still_ends() {
        let t = "The toll rose to 12. Then the shelling resumed.";
        assert_eq!(
            split(t, &EN),
            vec!["The toll rose to 12.", "Then the shelling resumed."]
        );
        let t = "Hejmara qurbaniyan gihîşt 12. Paşê topbaran dest pê kir.";
        assert_eq!(split(t, &KMR).len(), 2);
        let t = "ارتفع العدد إلى 12. ثم استؤنف القصف.";
        assert_eq!(split(t, &AR).len(), 2);
        let t = "ژمارەکە گەیشتە ١٢. پاشان تۆپباران دەستی پێکردەوە.";
        assert_eq!(split(t, &CKB).len(), 2);
    }

    #[test]
    fn look_alike_decimal_numbers_are_not_sentence_ends() {
        let t = "Prices rose by 3.5 percent in Aleppo. Rents doubled.";
        assert_eq!(split(t, &EN).len(), 2);
        let t = "Biha 3,5 ji sedî zêde bûn û 250.000 kes koç kirin. Kirê du qat bû.";
        assert_eq!(split(t, &KMR).len(), 2);
    }

    #[test]
    fn list_markers_at_line_start_introduce_their_item() {
        for (t, lang) in [
            ("1. Ensure a ceasefire. Protect civilians.", &EN),
            ("12. Dawlaty", &EN),
            ("١. وقف إطلاق النار فوراً. حماية المدنيين.", &AR),
            ("۱. ئاگربەستێکی دەستبەجێ. پاراستنی سیڤیلەکان.", &CKB),
            ("1. Agirbesteke yekser. Parastina sivîlan.", &KMR),
        ] {
            let s = split(t, lang);
            assert!(s[0].chars().any(char::is_alphabetic), "{t}: {s:?}");
            assert!(!is_list_marker(s[0]), "{t}: {s:?}");
            assert_covers(t, lang);
        }
    }

    #[test]
    fn ellipsis_ends_a_sentence_like_three_dots() {
        let t = "They waited… Then the shelling began.";
        assert_eq!(
            split(t, &EN),
            vec!["They waited…", "Then the shelling began."]
        );
        let t = "They waited... Then the shelling began.";
        assert_eq!(split(t, &EN).len(), 2);
        // Look-alike: a lowercase continuation does not start a sentence.
        let t = "They waited… and waited.";
        assert_eq!(split(t, &EN).len(), 1);
        let t = "انتظروا… ثم بدأ القصف.";
        assert_eq!(split(t, &AR).len(), 2);
    }

    #[test]
    fn arabic_question_mark_and_full_stop_end_sentences() {
        let t = "أين المدنيون؟ لا أحد يعرف.";
        assert_eq!(split(t, &AR), vec!["أين المدنيون؟", "لا أحد يعرف."]);
        let t = "سیڤیلەکان لە کوێن؟ کەس نازانێت۔ کۆتایی.";
        assert_eq!(split(t, &CKB).len(), 3);
    }

    #[test]
    fn arabic_semicolon_after_a_full_stop_stays_with_its_sentence() {
        let t = "انتهى الاجتماع.؛ ثم بدأ القصف.";
        let s = split(t, &AR);
        assert!(!s.iter().any(|p| p.starts_with('؛')), "{s:?}");
        assert_covers(t, &AR);
    }

    #[test]
    fn invisible_characters_do_not_break_anything() {
        // ZWNJ inside a Sorani word, tatweel, harakat and an RLM after the full stop.
        let t = "دەیانهەزار\u{200C}کەس ئاوارە بوون.\u{200F} حـــلب مُحاصَرة.";
        let s = split(t, &CKB);
        assert_eq!(s.len(), 2, "{s:?}");
        assert_covers(t, &CKB);
        // An abbreviation with a haraka on it is still an abbreviation.
        let t = "التقى دَ. أحمد بالوفد. ثم غادر.";
        assert_eq!(split(t, &AR).len(), 2);
        let t = "Dr.\u{200F} Hassan came. He left.";
        assert_eq!(split(t, &EN).len(), 2);
    }

    #[test]
    fn list_marker_shapes() {
        for m in ["1.", "١.", "۱٢.", "12)", "(3)", "a)", "(أ)"] {
            assert!(is_list_marker(m), "{m}");
        }
        for m in ["2026.", "12", "Dr.", "(3", "U.N."] {
            assert!(!is_list_marker(m), "{m}");
        }
    }

    /// Each repair, in each of the four statement languages: (language, text, sentences).
    #[test]
    fn every_repair_in_every_language() {
        let cases: &[(Lang, &str, &[&str])] = &[
            // Abbreviations.
            (
                &EN,
                "Dr. Hassan spoke. He left.",
                &["Dr. Hassan spoke.", "He left."],
            ),
            (&AR, "تحدث د. حسن. ثم غادر.", &["تحدث د. حسن.", "ثم غادر."]),
            (
                &KMR,
                "Dr. Hesen axivî. Paşê çû.",
                &["Dr. Hesen axivî.", "Paşê çû."],
            ),
            (
                &CKB,
                "د. حەسەن قسەی کرد. پاشان ڕۆیشت.",
                &["د. حەسەن قسەی کرد.", "پاشان ڕۆیشت."],
            ),
            // Initials.
            (
                &EN,
                "A report by J. K. Rowling. Done.",
                &["A report by J. K. Rowling.", "Done."],
            ),
            (
                &AR,
                "تقرير كتبه ج. ك. رولينغ. انتهى.",
                &["تقرير كتبه ج. ك. رولينغ.", "انتهى."],
            ),
            (
                &KMR,
                "Raporek ji J. K. Rowling. Qediya.",
                &["Raporek ji J. K. Rowling.", "Qediya."],
            ),
            (
                &CKB,
                "ڕاپۆرتێکی ج. ک. ڕاولینگ. تەواو.",
                &["ڕاپۆرتێکی ج. ک. ڕاولینگ.", "تەواو."],
            ),
            // List markers at line start.
            (&EN, "12. Dawlaty", &["12. Dawlaty"]),
            (&AR, "١٢. دولتي", &["١٢. دولتي"]),
            (&KMR, "12. Dawlaty", &["12. Dawlaty"]),
            (&CKB, "١٢. دەوڵەتی", &["١٢. دەوڵەتی"]),
            // Ellipsis.
            (
                &EN,
                "They waited… Then it began.",
                &["They waited…", "Then it began."],
            ),
            (&AR, "انتظروا… ثم بدأ.", &["انتظروا…", "ثم بدأ."]),
            (
                &KMR,
                "Li bendê man… Paşê dest pê kir.",
                &["Li bendê man…", "Paşê dest pê kir."],
            ),
            (
                &CKB,
                "چاوەڕێیان کرد… پاشان دەستی پێکرد.",
                &["چاوەڕێیان کرد…", "پاشان دەستی پێکرد."],
            ),
            // A semicolon after a full stop stays with its sentence.
            (
                &EN,
                "It ended.; then more. Next.",
                &["It ended.; then more.", "Next."],
            ),
            (
                &AR,
                "انتهى.؛ ثم المزيد. التالي.",
                &["انتهى.؛ ثم المزيد.", "التالي."],
            ),
            (
                &KMR,
                "Qediya.; paşê zêdetir. Piştre.",
                &["Qediya.; paşê zêdetir.", "Piştre."],
            ),
            (
                &CKB,
                "تەواو بوو.؛ پاشان زیاتر. دواتر.",
                &["تەواو بوو.؛ پاشان زیاتر.", "دواتر."],
            ),
            // Question marks and the Arabic full stop.
            (
                &EN,
                "Where are they? Nobody knows.",
                &["Where are they?", "Nobody knows."],
            ),
            (
                &AR,
                "أين هم؟ لا أحد يعلم۔ انتهى.",
                &["أين هم؟", "لا أحد يعلم۔", "انتهى."],
            ),
            (
                &KMR,
                "Ew li ku ne? Kes nizane.",
                &["Ew li ku ne?", "Kes nizane."],
            ),
            (
                &CKB,
                "ئەوان لە کوێن؟ کەس نازانێت۔ تەواو.",
                &["ئەوان لە کوێن؟", "کەس نازانێت۔", "تەواو."],
            ),
            // Look-alike: a sentence that ends with a number ends there.
            (
                &EN,
                "It rose to 12. Then it fell.",
                &["It rose to 12.", "Then it fell."],
            ),
            (
                &AR,
                "ارتفع إلى 12. ثم انخفض.",
                &["ارتفع إلى 12.", "ثم انخفض."],
            ),
            (
                &KMR,
                "Gihîşt 12. Paşê kêm bû.",
                &["Gihîşt 12.", "Paşê kêm bû."],
            ),
            (
                &CKB,
                "گەیشتە ١٢. پاشان کەم بوو.",
                &["گەیشتە ١٢.", "پاشان کەم بوو."],
            ),
            // Look-alike: decimals are not sentence ends.
            (
                &EN,
                "It rose by 3.5 percent. Then it fell.",
                &["It rose by 3.5 percent.", "Then it fell."],
            ),
            (
                &AR,
                "ارتفع بنسبة 3.5 بالمئة. ثم انخفض.",
                &["ارتفع بنسبة 3.5 بالمئة.", "ثم انخفض."],
            ),
            (
                &KMR,
                "Bi 3,5 ji sedî û 250.000 kes. Paşê kêm bû.",
                &["Bi 3,5 ji sedî û 250.000 kes.", "Paşê kêm bû."],
            ),
            (
                &CKB,
                "بە ڕێژەی ٣٫٥ لە سەد. پاشان کەم بوو.",
                &["بە ڕێژەی ٣٫٥ لە سەد.", "پاشان کەم بوو."],
            ),
            // Invisible characters: ZWNJ, tatweel, harakat, bidi marks break nothing.
            (
                &EN,
                "Dr.\u{200F} Hassan came. He left.",
                &["Dr.\u{200F} Hassan came.", "He left."],
            ),
            (
                &AR,
                "حـــلب مُحاصَرة.\u{200F} د. أحمد غادر.",
                &["حـــلب مُحاصَرة.\u{200F}", "د. أحمد غادر."],
            ),
            (
                &KMR,
                "Heleb\u{200E} dorpêçkirî ye. Dr. Hesen çû.",
                &["Heleb\u{200E} dorpêçkirî ye.", "Dr. Hesen çû."],
            ),
            (
                &CKB,
                "دەیان\u{200C}هەزار ئاوارە بوون. د. ئەحمەد ڕۆیشت.",
                &["دەیان\u{200C}هەزار ئاوارە بوون.", "د. ئەحمەد ڕۆیشت."],
            ),
        ];
        for (lang, text, want) in cases {
            assert_eq!(&split(text, lang), want, "{}: {text}", lang.code);
        }
    }
}
