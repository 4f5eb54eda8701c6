//! `term-mismatch`: a glossary term in a source block whose translation has none of the
//! accepted renderings. `latin-token`: an acronym, URL, email address or UN document symbol in a
//! source block that its translation lacks (unless the glossary renders it: then it is the
//! term check's business, so one fault gives one finding).

use super::{Finding, Pair, detail};
use crate::glossary::Words;

pub(super) fn run(pair: &Pair, out: &mut Vec<Finding>) {
    let g = &pair.settings.glossary;
    for bead in &pair.alignment.blocks {
        if bead.src.is_empty() || bead.tgt.is_empty() {
            continue;
        }
        let (stext, ttext) = (
            pair.source.blocks_text(&bead.src),
            pair.target.blocks_text(&bead.tgt),
        );
        let twords = Words::new(&ttext, pair.target.lang);
        let terms = g.terms_in(&stext, pair.source.lang);
        for term in &terms {
            if g.rendered_words(term, &twords, pair.target.lang) {
                continue;
            }
            // The source sentence that holds the term, and the target block pair's first one.
            let sref = bead
                .src
                .iter()
                .flat_map(|&b| (0..pair.source.blocks[b].sentences.len()).map(move |k| (b, k)))
                .find(|&(b, k)| {
                    g.terms_in(&pair.source.blocks[b].sentences[k].text, pair.source.lang)
                        .iter()
                        .any(|t| t.source == term.source)
                })
                .map(|(block, sentence)| crate::align::statement::SentenceRef { block, sentence });
            let sloc = sref.map_or_else(|| pair.src_block(bead.src[0]), |r| pair.src_sentence(r));
            let tloc = sref
                .and_then(|r| {
                    bead.sentences
                        .iter()
                        .find(|s| s.src.contains(&r))
                        .and_then(|s| s.tgt.first().copied())
                })
                .map_or_else(|| pair.tgt_block(bead.tgt[0]), |r| pair.tgt_sentence(r));
            let mut f = pair.finding("term-mismatch", Some(sloc), Some(tloc));
            detail(&mut f, "term", term.source[0].clone());
            detail(
                &mut f,
                "expected",
                g.renderings(term, pair.target.lang).to_vec(),
            );
            out.push(f);
        }
        // Latin tokens the glossary does not cover.
        for &b in &bead.src {
            let block = &pair.source.blocks[b];
            for token in latin_tokens(&block.text) {
                let covered = terms
                    .iter()
                    .any(|t| t.source.iter().any(|s| s.eq_ignore_ascii_case(&token)))
                    || g.terms_in(&token, pair.source.lang)
                        .iter()
                        .any(|t| g.rendered(t, &ttext, pair.target.lang));
                if covered
                    || contains_token(&ttext, &token)
                    || known_rendering(&token, &ttext, pair.target.lang)
                    || spelled_out(&token, &ttext, pair.target.lang)
                {
                    continue;
                }
                let at = block.text.find(&token).unwrap_or(0);
                let sref = super::dates::sentence_at(pair.source, b, at);
                let tloc = bead
                    .sentences
                    .iter()
                    .find(|s| s.src.contains(&sref))
                    .and_then(|s| s.tgt.first().copied())
                    .map_or_else(|| pair.tgt_block(bead.tgt[0]), |r| pair.tgt_sentence(r));
                let mut f = pair.finding("latin-token", Some(pair.src_sentence(sref)), Some(tloc));
                detail(&mut f, "token", token.clone());
                out.push(f);
            }
        }
    }
}

/// The built-in table of common acronyms ([`crate::lang::acronyms`]) as a glossary, built once.
fn acronym_glossary() -> &'static crate::glossary::Glossary {
    static G: std::sync::OnceLock<crate::glossary::Glossary> = std::sync::OnceLock::new();
    G.get_or_init(|| crate::glossary::Glossary {
        terms: crate::lang::acronyms::ACRONYMS
            .iter()
            .map(|a| crate::glossary::Term {
                source: a.source.iter().map(|s| s.to_string()).collect(),
                renderings: a
                    .renderings
                    .iter()
                    .map(|(code, r)| (*code, r.iter().map(|s| s.to_string()).collect()))
                    .collect(),
            })
            .collect(),
    })
}

/// Whether the translation renders `token` as the table of common acronyms says it usually is
/// (`UK` → `المملكة المتحدة`, `EU` → `YE`).
fn known_rendering(token: &str, target: &str, lang: crate::lang::Lang) -> bool {
    let g = acronym_glossary();
    g.terms
        .iter()
        .filter(|t| t.source.iter().any(|s| s == token))
        .any(|t| g.rendered(t, target, lang))
}

/// Whether the translation spells `token` letter by letter in its own script (`CNN` →
/// `سي إن إن`, `سی ئێن ئێن`; with or without spaces or dots between the letters).
fn spelled_out(token: &str, target: &str, lang: crate::lang::Lang) -> bool {
    let Some((_, names)) = crate::lang::acronyms::LETTER_NAMES
        .iter()
        .find(|(code, _)| *code == lang.code)
    else {
        return false;
    };
    let letters: Vec<usize> = token
        .chars()
        .filter(char::is_ascii_alphabetic)
        .map(|c| (c.to_ascii_uppercase() as u8 - b'A') as usize)
        .collect();
    if letters.len() < 2 || letters.len() != token.chars().filter(|c| !c.is_ascii_digit()).count() {
        return false;
    }
    let folded = crate::dates::fold_for_dates(target);
    let words: Vec<&str> = folded
        .split(|c: char| c.is_whitespace() || matches!(c, '.' | '-' | '(' | ')' | '«' | '»' | '"'))
        .filter(|w| !w.is_empty())
        .collect();
    let options = |k: usize| -> Vec<String> {
        names[letters[k]]
            .iter()
            .map(|n| crate::dates::fold_for_dates(n))
            .collect()
    };
    // Letter names as separate words, starting anywhere (an Arabic clitic may lead: `لسي`).
    (0..words.len()).any(|start| {
        letters.iter().enumerate().all(|(k, _)| {
            words.get(start + k).is_some_and(|w| {
                options(k).iter().any(|n| {
                    *w == n
                        || (k == 0
                            && ["و", "ب", "ل", "ال", "لل"]
                                .iter()
                                .any(|p| w.strip_prefix(p) == Some(n.as_str())))
                        || (k + 1 == letters.len()
                            && w.starts_with(n.as_str())
                            && w.chars().count() <= n.chars().count() + 3)
                })
            })
        })
    }) || {
        // Or run together in one word (`سيإنإن`).
        let joined: Vec<Vec<String>> = (0..letters.len()).map(options).collect();
        words.iter().any(|w| {
            fn run(w: &str, parts: &[Vec<String>]) -> bool {
                match parts.split_first() {
                    None => w.is_empty() || w.chars().count() <= 3,
                    Some((first, rest)) => first
                        .iter()
                        .any(|n| w.strip_prefix(n.as_str()).is_some_and(|r| run(r, rest))),
                }
            }
            run(w, &joined)
        })
    }
}

/// Acronyms (two or more capitals: `SDF`, `PÊL`, `G20`), URLs, email addresses and UN document
/// symbols (`A/HRC/55/L.1`, `S/RES/2254`) in `text`, each once. A block in capitals (a heading
/// typed in caps) has no acronyms.
pub fn latin_tokens(text: &str) -> Vec<String> {
    let letters: Vec<char> = text
        .chars()
        .filter(|c| crate::text::is_latin_letter(*c))
        .collect();
    let caps = letters.iter().filter(|c| c.is_uppercase()).count();
    let shouting = letters.len() >= 6 && caps * 2 > letters.len();
    // The text's words, split once for every word's `in_shouted_run`.
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut out: Vec<String> = Vec::new();
    let mut push = |t: String| {
        if !t.is_empty() && !out.contains(&t) {
            out.push(t);
        }
    };
    for raw in text.split(|c: char| c.is_whitespace()) {
        let trimmed = raw.trim_matches(|c: char| {
            matches!(
                c,
                '(' | ')'
                    | '['
                    | ']'
                    | '«'
                    | '»'
                    | '“'
                    | '”'
                    | '"'
                    | '\''
                    | ','
                    | ';'
                    | ':'
                    | '.'
                    | '،'
                    | '؛'
                    | '؟'
                    | '!'
                    | '?'
            )
        });
        if trimmed.starts_with("http://")
            || trimmed.starts_with("https://")
            || trimmed.starts_with("www.")
        {
            push(trimmed.to_string());
            continue;
        }
        if let Some((user, host)) = trimmed.split_once('@')
            && !user.is_empty()
            && host.contains('.')
        {
            push(trimmed.to_string());
            continue;
        }
        // Document symbols: capitals and digits joined by slashes.
        if trimmed.contains('/')
            && trimmed.split('/').count() >= 2
            && trimmed.split('/').all(|p| {
                !p.is_empty()
                    && p.chars()
                        .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '.')
            })
            && trimmed
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_uppercase())
        {
            push(trimmed.to_string());
            continue;
        }
        if shouting {
            continue;
        }
        // A run of words in capitals (`THANK YOU`, a shouted quote) is emphasis, not acronyms.
        if in_shouted_run(&words, raw) {
            continue;
        }
        for word in trimmed.split(|c: char| !(c.is_alphanumeric())) {
            let n_caps = word
                .chars()
                .filter(|c| c.is_uppercase() && crate::text::is_latin_letter(*c))
                .count();
            if n_caps >= 2
                && word.chars().all(|c| {
                    (c.is_uppercase() && crate::text::is_latin_letter(c)) || c.is_ascii_digit()
                })
            {
                push(word.to_string());
            }
        }
    }
    out
}

/// Whether the whitespace-separated word `raw` of a text (whose `words` are given) stands in a
/// run of two or more words in capitals, one of them a word of four letters or more (`THANK
/// YOU`, `NOT STANDING`): a shout, not a row of acronyms.
fn in_shouted_run(words: &[&str], raw: &str) -> bool {
    let caps = |w: &str| {
        let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
        letters.len() >= 2
            && letters
                .iter()
                .all(|c| c.is_uppercase() && crate::text::is_latin_letter(*c))
    };
    let long = |w: &str| w.chars().filter(|c| c.is_alphabetic()).count() >= 4;
    // The word found below is `raw` itself: a word not in capitals needs no search.
    if !caps(raw) {
        return false;
    }
    let Some(k) = words.iter().position(|w| *w == raw) else {
        return false;
    };
    if !caps(words[k]) {
        return false;
    }
    let (mut a, mut b) = (k, k);
    while a > 0 && caps(words[a - 1]) {
        a -= 1;
    }
    while b + 1 < words.len() && caps(words[b + 1]) {
        b += 1;
    }
    b > a && words[a..=b].iter().any(|w| long(w))
}

/// Whether `text` contains `token` at the start of a word (a case ending may follow it:
/// Kurmanji `STJê`; not more capitals: `SDF` is not in `SDFX`).
pub fn contains_token(text: &str, token: &str) -> bool {
    text.match_indices(token).any(|(i, _)| {
        let before_ok = text[..i]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        let after = text[i + token.len()..].chars().next();
        let after_ok = after.is_none_or(|c| !(c.is_uppercase() || c.is_ascii_digit()));
        before_ok && after_ok
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens() {
        assert_eq!(
            latin_tokens(
                "the Syrian Democratic Forces (SDF) and PÊL- Civil Waves; see A/HRC/55/L.1, S/RES/2254 and https://stj-sy.org/en/ or info@stj-sy.org."
            ),
            [
                "SDF",
                "PÊL",
                "A/HRC/55/L.1",
                "S/RES/2254",
                "https://stj-sy.org/en/",
                "info@stj-sy.org"
            ]
        );
        // Look-alikes: Title Case words, a single capital, a heading in capitals.
        assert!(
            latin_tokens("The Undersigned Syrian Organizations Call For A Ceasefire").is_empty()
        );
        assert!(latin_tokens("ABOUT STJ AND ITS WORK").is_empty());
        assert!(latin_tokens("U.S. Middle-East Partnership").is_empty());
    }

    #[test]
    fn common_acronyms_rendered_or_spelled_out() {
        use crate::lang::{AR, CKB, KMR};
        assert!(known_rendering("UK", "قالت المملكة المتحدة إن", &AR));
        assert!(known_rendering("EU", "YE dê biryarê bide", &KMR));
        assert!(known_rendering("US", "هێزەکانی ئەمریکا", &CKB));
        assert!(spelled_out("CNN", "قالت شبكة سي إن إن الإخبارية", &AR));
        assert!(spelled_out("CNN", "بە گوێرەی سی ئێن ئێن", &CKB));
        assert!(spelled_out("BBC", "لبي بي سي", &AR));
        // Look-alikes: another acronym spelled, or the rendering of another.
        assert!(!spelled_out("CNN", "قالت شبكة سي بي إس", &AR));
        assert!(!known_rendering("UK", "قال الاتحاد الأوروبي", &AR));
        assert!(!known_rendering("FBI", "قال المسؤولون", &AR));
    }

    #[test]
    fn shouting_is_not_acronyms() {
        assert!(latin_tokens("He shouted THANK YOU to the crowd").is_empty());
        assert_eq!(latin_tokens("The FBI and the CIA"), ["FBI", "CIA"]);
    }

    #[test]
    fn token_in_target() {
        assert!(contains_token("bi HSDê re û STJê", "STJ"));
        assert!(contains_token(
            "منظمة سوريون من أجل الحقيقة والعدالة (STJ)",
            "STJ"
        ));
        assert!(!contains_token("SJACX", "SJAC"));
        assert!(!contains_token("XSDF", "SDF"));
    }
}
