//! The glossary: accepted renderings of source terms, per language (`glossary.yaml`).
//!
//! ```yaml
//! terms:
//!   - source: [Sheikh Maqsoud, Sheikh Maqsood]   # the term and its other source spellings
//!     ar: [الشيخ مقصود]
//!     kmr: [Şêxmeqsûd, Şêx Meqsûd]
//!     ckb: شێخ مەقسوود                           # one rendering may be written without a list
//! ```
//!
//! Terms are compared after folding what varies in spelling but not in meaning: case, accents
//! and harakat, alif and ya forms, tatweel, ZWNJ. In a translation a rendering may carry an
//! attached clitic in front (Arabic `و`, `ب`, `ال` …) and a case ending or postposition after it
//! (Kurmanji `Efrînê`, Sorani `عەفرینەوە`).

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

use crate::error::{Error, ErrorKind, Result};
use crate::lang::{self, Lang};
use crate::statement::read_yaml;

/// One or several strings.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(untagged)]
pub enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

impl OneOrMany {
    pub fn to_vec(&self) -> Vec<String> {
        match self {
            OneOrMany::One(s) => vec![s.clone()],
            OneOrMany::Many(v) => v.clone(),
        }
    }
}

#[derive(Debug, Deserialize)]
struct RawTerm {
    source: OneOrMany,
    #[serde(flatten)]
    renderings: BTreeMap<String, OneOrMany>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGlossary {
    #[serde(default)]
    terms: Vec<RawTerm>,
}

/// A term and its renderings.
#[derive(Debug, Clone, PartialEq)]
pub struct Term {
    /// Source spellings; the first is the term's name in messages.
    pub source: Vec<String>,
    /// Renderings per language code.
    pub renderings: BTreeMap<&'static str, Vec<String>>,
}

/// A glossary.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Glossary {
    pub terms: Vec<Term>,
}

impl Glossary {
    /// Reads `glossary.yaml`; an unknown language key is an error naming the file.
    pub fn load(path: &Path) -> Result<Glossary> {
        let raw: RawGlossary = read_yaml(path)?;
        let mut terms = Vec::new();
        for (k, t) in raw.terms.into_iter().enumerate() {
            let mut renderings = BTreeMap::new();
            for (code, r) in t.renderings {
                let lang = lang::lookup(&code).ok_or_else(|| {
                    Error::at(
                        ErrorKind::Yaml {
                            message: format!(
                                "terms[{k}]: \"{code}\" is not a language code (known: {})",
                                lang::known_codes()
                            ),
                        },
                        path,
                    )
                })?;
                renderings.insert(lang.code, r.to_vec());
            }
            terms.push(Term {
                source: t.source.to_vec(),
                renderings,
            });
        }
        Ok(Glossary { terms })
    }

    /// Terms whose source spelling occurs in `text` (each term once).
    pub fn terms_in<'g>(&'g self, text: &str, lang: Lang) -> Vec<&'g Term> {
        self.terms_in_words(&Words::new(text, lang), lang)
    }

    /// [`Glossary::terms_in`] on words already prepared.
    pub fn terms_in_words<'g>(&'g self, words: &Words, lang: Lang) -> Vec<&'g Term> {
        self.terms
            .iter()
            .filter(|t| t.source.iter().any(|s| occurs(words, s, lang, false)))
            .collect()
    }

    /// Whether `text` in `lang` contains one of the term's renderings for `lang` (or, when the
    /// glossary gives none, keeps one of its source spellings).
    pub fn rendered(&self, term: &Term, text: &str, lang: Lang) -> bool {
        self.rendered_words(term, &Words::new(text, lang), lang)
    }

    /// [`Glossary::rendered`] on words already prepared.
    pub fn rendered_words(&self, term: &Term, words: &Words, lang: Lang) -> bool {
        match term.renderings.get(lang.code) {
            Some(r) => r.iter().any(|x| occurs(words, x, lang, true)),
            None => term.source.iter().any(|x| occurs(words, x, lang, true)),
        }
    }

    /// The renderings for `lang` (for messages).
    pub fn renderings<'g>(&self, term: &'g Term, lang: Lang) -> &'g [String] {
        term.renderings.get(lang.code).map_or(&[], Vec::as_slice)
    }
}

/// Folds a word for comparison: lowercase, no accents or harakat, one form of alif and ya.
pub fn fold(word: &str) -> String {
    crate::dates::fold_for_dates(&crate::align::features::fold(word))
}

/// The words of a text, folded and stemmed once, to look many terms up in.
#[derive(Debug, Clone)]
pub struct Words {
    stems: Vec<String>,
}

impl Words {
    pub fn new(text: &str, lang: Lang) -> Words {
        let clitics: Vec<String> = lang.clitic_prefixes.iter().map(|p| fold(p)).collect();
        Words {
            stems: words_of(text)
                .into_iter()
                .map(|w| stem(w, &clitics))
                .collect(),
        }
    }
}

/// Where articles and prepositions attach (Arabic), words are compared by stem: `للقانون`
/// (li + al + qanun) and `القانون` are both `قانون`.
fn stem(w: String, clitics: &[String]) -> String {
    clitics
        .iter()
        .find_map(|c| {
            w.strip_prefix(c.as_str())
                .filter(|r| r.chars().count() >= 3)
        })
        .map_or(w.clone(), str::to_string)
}

/// Whether the words of `phrase` occur in order in `words`. In a target (`inflected`), every word
/// may end in a short ending (up to four letters); in a source, only the last word may end in a
/// plural.
fn occurs(words: &Words, phrase: &str, lang: Lang, inflected: bool) -> bool {
    let parts = phrase_parts(phrase, lang);
    let parts = parts.as_slice();
    let n = parts.len();
    if n == 0 || n > words.stems.len() {
        return false;
    }
    let matches = |w: &str, p: &str, k: usize| {
        let ending = inflected || k == n - 1;
        w == p || (ending && w.strip_prefix(p).is_some_and(|r| ending_ok(r, inflected)))
    };
    words.stems.windows(n).any(|win| {
        win.iter()
            .zip(parts)
            .enumerate()
            .all(|(k, (w, p))| matches(w, p, k))
    })
}

/// The folded, stemmed words of a glossary phrase, cached per thread: a glossary's few
/// phrases are looked up for every block of every statement.
fn phrase_parts(phrase: &str, lang: Lang) -> std::rc::Rc<Vec<String>> {
    use std::cell::RefCell;
    use std::collections::HashMap;
    use std::rc::Rc;
    // By language, then phrase: looking a phrase up allocates nothing.
    type Cache = HashMap<&'static str, HashMap<String, Rc<Vec<String>>>>;
    thread_local! {
        static CACHE: RefCell<Cache> = RefCell::new(HashMap::new());
    }
    CACHE.with(|c| {
        if let Some(p) = c.borrow().get(lang.code).and_then(|m| m.get(phrase)) {
            return p.clone();
        }
        let clitics: Vec<String> = lang.clitic_prefixes.iter().map(|p| fold(p)).collect();
        let parts: Rc<Vec<String>> = Rc::new(
            words_of(phrase)
                .into_iter()
                .map(|w| stem(w, &clitics))
                .collect(),
        );
        c.borrow_mut()
            .entry(lang.code)
            .or_default()
            .insert(phrase.to_string(), parts.clone());
        parts
    })
}

fn words_of(text: &str) -> Vec<String> {
    text.split(|c: char| {
        !(crate::text::is_word_char(c) || crate::text::is_ignorable(c) || c == '\u{200C}')
    })
    .filter(|w| !w.is_empty())
    .map(fold)
    .collect()
}

/// An ending after a term: in a source, only an English plural or possessive; in a target,
/// up to four letters (case endings, postpositions).
fn ending_ok(rest: &str, inflected: bool) -> bool {
    if inflected {
        rest.chars().count() <= 4
    } else {
        matches!(rest, "s" | "es")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::{AR, CKB, EN, KMR};

    fn glossary() -> Glossary {
        let mut r = BTreeMap::new();
        r.insert("ar", vec!["الشيخ مقصود".to_string()]);
        r.insert("kmr", vec!["Şêxmeqsûd".to_string()]);
        r.insert("ckb", vec!["شێخ مەقسوود".to_string()]);
        let mut r2 = BTreeMap::new();
        r2.insert("ar", vec!["عفرين".to_string()]);
        r2.insert("kmr", vec!["Efrîn".to_string()]);
        r2.insert("ckb", vec!["عەفرین".to_string()]);
        let mut r3 = BTreeMap::new();
        r3.insert(
            "ar",
            vec!["قسد".to_string(), "قوات سوريا الديمقراطية".to_string()],
        );
        r3.insert("kmr", vec!["HSD".to_string()]);
        Glossary {
            terms: vec![
                Term {
                    source: vec!["Sheikh Maqsoud".into()],
                    renderings: r,
                },
                Term {
                    source: vec!["Afrin".into()],
                    renderings: r2,
                },
                Term {
                    source: vec!["SDF".into(), "Syrian Democratic Forces".into()],
                    renderings: r3,
                },
            ],
        }
    }

    #[test]
    fn terms_are_found_in_the_source() {
        let g = glossary();
        let found = g.terms_in(
            "the neighborhoods of Sheikh Maqsoud and Ashrafiyah, and Afrin",
            &EN,
        );
        assert_eq!(found.len(), 2);
        // Look-alike: a word that only starts like the term is not the term.
        assert!(g.terms_in("Afrinian poets", &EN).is_empty());
        assert_eq!(g.terms_in("the SDF's positions", &EN).len(), 1);
    }

    #[test]
    fn renderings_with_clitics_endings_and_spelling_variants() {
        let g = glossary();
        let afrin = &g.terms[1];
        assert!(g.rendered(afrin, "ji herêma Efrînê", &KMR));
        assert!(g.rendered(afrin, "لە ناوچەی عەفرینەوە", &CKB));
        assert!(g.rendered(afrin, "وعفرين", &AR));
        assert!(
            g.rendered(afrin, "ji herêma Efrinê", &KMR),
            "a missing diacritic is the orthography check's business"
        );
        let sdf = &g.terms[2];
        assert!(g.rendered(sdf, "بقوات سوريا الديمقراطية (قسد)", &AR));
        assert!(g.rendered(sdf, "bi HSDê re", &KMR));
        // Look-alike: another place is not the term.
        assert!(!g.rendered(afrin, "ji herêma Kobaniyê", &KMR));
        assert!(!g.rendered(&g.terms[0], "حي الشيخ طه", &AR));
        // No rendering given for a language: the source spelling kept is accepted.
        assert!(g.rendered(sdf, "هێزەکانی SDF", &CKB));
    }
}
