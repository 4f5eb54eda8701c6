//! Runs of the other writing direction inside a text, to be isolated (`<bdi>`) when published.
//!
//! In an Arabic or Sorani paragraph, a Latin name with punctuation or digits around it
//! (`PÊL- Civil Waves`, `(SDF)`, `A/HRC/55/L.1`) is reordered by the Unicode bidi algorithm
//! together with its neighbours, and the punctuation lands on the wrong side. Isolating each such
//! run keeps it in order, as one unit, where the author put it. Numbers and dates alone are left
//! to the bidi algorithm, which lays them out right.

use crate::text::is_arabic_letter;

/// A part of a text: as is, or to isolate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Piece<'a> {
    Plain(&'a str),
    Isolate(&'a str),
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    /// A letter of the text's own direction.
    Same,
    /// A letter of the other direction.
    Other,
    Space,
    /// Digits, punctuation, symbols.
    Neutral,
}

fn class(c: char, rtl: bool) -> Class {
    if c.is_whitespace() {
        Class::Space
    } else if is_arabic_letter(c) || ('\u{0590}'..='\u{05FF}').contains(&c) {
        if rtl { Class::Same } else { Class::Other }
    } else if c.is_alphabetic() {
        if rtl { Class::Other } else { Class::Same }
    } else {
        Class::Neutral
    }
}

/// The text cut into plain pieces and runs to isolate: each run starts and ends with letters of
/// the other direction (with the punctuation and digits attached to them, `(SDF)`, `L.1`) and
/// holds everything up to the last such letter before a letter of the text's own direction.
pub fn pieces(text: &str, rtl: bool) -> Vec<Piece<'_>> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut cls: Vec<Class> = Vec::with_capacity(chars.len());
    for &(_, c) in &chars {
        // A combining mark (a haraka, a shadda, an accent) belongs to its base letter, whatever
        // the script, as do the joining controls and the tatweel: an isolate must never cut
        // one from its letter (it would break the letter's joining: تُعرب, ويشكّل).
        let inherits = unicode_normalization::char::is_combining_mark(c)
            || matches!(c, '\u{200C}' | '\u{200D}' | '\u{0640}');
        let k = match (inherits, cls.last()) {
            (true, Some(&prev)) => prev,
            _ => class(c, rtl),
        };
        cls.push(k);
    }
    let byte = |k: usize| chars.get(k).map_or(text.len(), |&(b, _)| b);
    let mut out = Vec::new();
    let mut done = 0; // chars emitted
    let mut i = 0;
    while i < chars.len() {
        if cls[i] != Class::Other {
            i += 1;
            continue;
        }
        // Attached before the first letter: opening brackets, digits and dashes (`(SDF`, `2nd`,
        // `--force`).
        let mut start = i;
        while start > done
            && cls[start - 1] == Class::Neutral
            && (chars[start - 1].1.is_numeric() || "([{«“‘\"'-".contains(chars[start - 1].1))
        {
            start -= 1;
        }
        let mut last = i;
        let mut k = i + 1;
        while k < chars.len() && cls[k] != Class::Same {
            if cls[k] == Class::Other {
                last = k;
            }
            k += 1;
        }
        // Attached after the last letter: digits, closing brackets, and punctuation inside a
        // token (`L.1`, `SDF's`); never the text's own punctuation after it (`(SDF)،`).
        let mut end = last;
        while end + 1 < chars.len() && cls[end + 1] == Class::Neutral {
            let c = chars[end + 1].1;
            let inner = ".,/-_:'’".contains(c)
                && chars
                    .get(end + 2)
                    .is_some_and(|&(_, n)| n.is_numeric() || cls[end + 2] == Class::Other);
            if !(c.is_numeric() || ")]}»”’\"".contains(c) || inner) {
                break;
            }
            end += 1;
        }
        if start > done {
            out.push(Piece::Plain(&text[byte(done)..byte(start)]));
        }
        out.push(Piece::Isolate(&text[byte(start)..byte(end + 1)]));
        done = end + 1;
        i = done;
    }
    if done < chars.len() {
        out.push(Piece::Plain(&text[byte(done)..]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn isolated(text: &str, rtl: bool) -> Vec<&str> {
        pieces(text, rtl)
            .into_iter()
            .filter_map(|p| match p {
                Piece::Isolate(s) => Some(s),
                Piece::Plain(_) => None,
            })
            .collect()
    }

    #[test]
    fn latin_runs_in_arabic_text() {
        assert_eq!(
            isolated("منظمة PÊL- Civil Waves في حلب", true),
            ["PÊL- Civil Waves"]
        );
        assert_eq!(isolated("قوات سوريا الديمقراطية (SDF)، و", true), ["(SDF)"]);
        assert_eq!(isolated("كما أكدت SDF.", true), ["SDF"]);
        assert_eq!(isolated("رغم ذلك (--force). لا", true), ["(--force)"]);
        assert_eq!(
            isolated("القرار A/HRC/55/L.1 الصادر", true),
            ["A/HRC/55/L.1"]
        );
    }

    #[test]
    fn numbers_and_dates_alone_are_left_to_the_bidi_algorithm() {
        assert!(isolated("في 7 كانون الثاني/يناير 2026، أكثر من 250,000", true).is_empty());
        assert!(isolated("on 7 January 2026", false).is_empty());
    }

    #[test]
    fn combining_marks_stay_with_their_letters() {
        // Harakat, shadda, superscript alef, tanween: never isolated, in any language.
        for word in ["تُعرب", "ويشكّل", "فوراً", "حدٍّ", "لحلّ", "حيّي", "هٰذا", "عاتقِها"]
        {
            let text = format!("تدعو المنظمات {word} في حلب");
            assert!(
                isolated(&text, true).is_empty(),
                "{word}: {:?}",
                pieces(&text, true)
            );
        }
        // In a Latin-script text, an Arabic word with marks is one isolate, marks inside.
        assert_eq!(isolated("the word تُعرب means", false), ["تُعرب"]);
        // A Latin name with a combining accent (decomposed) in Arabic text: one isolate.
        assert_eq!(isolated("منظمة Pe\u{0302}l في حلب", true), ["Pe\u{0302}l"]);
        // No isolate begins with, ends before, or consists of a combining mark.
        let ar = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/statements/aleppo-2026-01/ar.md"
        ))
        .unwrap();
        for line in ar.lines() {
            let ps = pieces(line, true);
            for (k, p) in ps.iter().enumerate() {
                if let Piece::Isolate(s) = p {
                    let mark = |c: char| unicode_normalization::char::is_combining_mark(c);
                    assert!(!s.chars().next().is_some_and(mark), "{s}");
                    let next = ps.get(k + 1).and_then(|p| match p {
                        Piece::Plain(t) | Piece::Isolate(t) => t.chars().next(),
                    });
                    assert!(!next.is_some_and(mark), "{s} then a mark");
                }
            }
        }
    }

    #[test]
    fn arabic_runs_in_latin_text_and_nothing_lost() {
        let text = "the neighbourhood of الشيخ مقصود, in Aleppo";
        assert_eq!(isolated(text, false), ["الشيخ مقصود"]);
        let joined: String = pieces(text, false)
            .into_iter()
            .map(|p| match p {
                Piece::Plain(s) | Piece::Isolate(s) => s,
            })
            .collect();
        assert_eq!(joined, text);
    }
}
