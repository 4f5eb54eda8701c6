//! Pins: a translator's correction of the alignment. Where the aligner pairs blocks wrongly, a
//! pin says which source blocks the translation renders with which of its blocks
//! (`align pin DIR --lang ar p4=p4,p5`). Pins live beside the statement in `pins.yaml`
//! (reviewed in code review like any file), and every command that aligns honours them:
//! `check`, `show`, `publish`, `accept`, `diff` and the review page.
//!
//! A pin records the text of both sides when it was made; when either changes, the pin is
//! stale: it is no longer applied, and `align check` says so (`stale-pin`), since the ids may
//! now name other paragraphs. A pin only fixes which blocks pair: a merge it forces is still
//! verified like any other, so a pin never hides an omission.

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::document::Document;
use crate::error::{Error, Result};

/// The file of a statement's pins.
pub const PINS_FILE: &str = "pins.yaml";

/// Largest number of blocks on one side of a pin (the aligner's largest bead).
pub const MAX_BLOCKS: usize = 4;

/// A statement's pins, by translation.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pins {
    pub version: u32,
    #[serde(default)]
    pub pins: Vec<Pin>,
}

/// One pin: these source blocks are rendered by these blocks of the translation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pin {
    pub lang: String,
    pub source: Vec<String>,
    pub target: Vec<String>,
    /// Fingerprints of the two sides' text when the pin was made ([`fingerprint`]).
    pub source_text: String,
    pub target_text: String,
}

/// Why a pin is not applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unusable {
    /// A block it names is not in the file any more.
    UnknownBlock(String),
    /// The text of a side changed since the pin was made.
    Changed,
    /// Its blocks are not consecutive, or it crosses an earlier pin.
    Disordered,
}

/// The pins of one translation, resolved against the documents: the block ranges to force,
/// and the pins that cannot be applied (with why).
#[derive(Debug, Clone, Default)]
pub struct Resolved {
    pub ranges: Vec<(Range<usize>, Range<usize>)>,
    pub unusable: Vec<(Pin, Unusable)>,
}

impl Pins {
    /// Reads a statement's `pins.yaml`; none when there is no such file.
    pub fn load(dir: &Path) -> Result<Pins> {
        let path = dir.join(PINS_FILE);
        if !crate::statement::something_at(&path) {
            return Ok(Pins {
                version: 1,
                pins: Vec::new(),
            });
        }
        let pins: Pins = crate::statement::read_yaml(&path)?;
        if pins.version != 1 {
            return Err(Error::at(
                crate::error::ErrorKind::Yaml {
                    message: format!(
                        "version {} of {PINS_FILE} is not one this align reads (1)",
                        pins.version
                    ),
                },
                &path,
            ));
        }
        Ok(pins)
    }

    /// The file's text: a comment saying what it is, then the pins sorted by language and
    /// source position (as `align pin` writes it).
    pub fn to_yaml(&self) -> String {
        let mut out = String::from(
            "# Pins: corrections of the alignment, made with `align pin` (see the README).\n\
             # Each says which source blocks a translation renders with which of its blocks.\n\
             # A pin whose text changed is no longer applied; align check reports it.\n",
        );
        out.push_str(&serde_yaml::to_string(self).unwrap_or_default());
        out
    }

    /// The pins of one translation.
    pub fn for_lang<'a>(&'a self, lang: &'a str) -> impl Iterator<Item = &'a Pin> + 'a {
        self.pins.iter().filter(move |p| p.lang == lang)
    }
}

/// A fingerprint of blocks' text (16 hex digits): what a pin checks to know it still holds.
pub fn fingerprint(d: &Document, blocks: &Range<usize>) -> String {
    let mut text = String::new();
    for b in &d.blocks[blocks.clone()] {
        text.push_str(&b.text);
        text.push('\n');
    }
    format!("{:016x}", crate::text::fnv1a64(text.as_bytes()))
}

/// The consecutive block range that `ids` name in `d`.
pub fn range_of(d: &Document, ids: &[String]) -> std::result::Result<Range<usize>, Unusable> {
    let mut idx = Vec::with_capacity(ids.len());
    for id in ids {
        idx.push(
            d.index_of(id)
                .ok_or_else(|| Unusable::UnknownBlock(id.clone()))?,
        );
    }
    let (Some(&first), Some(&last)) = (idx.first(), idx.last()) else {
        return Err(Unusable::Disordered);
    };
    if idx.windows(2).any(|w| w[1] != w[0] + 1) {
        return Err(Unusable::Disordered);
    }
    Ok(first..last + 1)
}

/// Resolves the pins of a translation: each applied when its blocks exist, are consecutive,
/// their text is the text pinned, and it keeps the order of the pins before it.
pub fn resolve<'a>(
    pins: impl Iterator<Item = &'a Pin>,
    source: &Document,
    target: &Document,
) -> Resolved {
    let mut out = Resolved::default();
    let mut candidates: Vec<(Range<usize>, Range<usize>, &Pin)> = Vec::new();
    for p in pins {
        match (range_of(source, &p.source), range_of(target, &p.target)) {
            (Ok(s), Ok(t)) => {
                if fingerprint(source, &s) != p.source_text
                    || fingerprint(target, &t) != p.target_text
                {
                    out.unusable.push((p.clone(), Unusable::Changed));
                } else {
                    candidates.push((s, t, p));
                }
            }
            (Err(e), _) | (_, Err(e)) => out.unusable.push((p.clone(), e)),
        }
    }
    candidates.sort_by_key(|(s, t, _)| (s.start, t.start));
    for (s, t, p) in candidates {
        let shape = crate::align::dp::MOVES.contains(&(s.len(), t.len()));
        let fits = shape
            && out
                .ranges
                .last()
                .is_none_or(|(ls, lt)| s.start >= ls.end && t.start >= lt.end);
        if fits {
            out.ranges.push((s, t));
        } else {
            out.unusable.push((p.clone(), Unusable::Disordered));
        }
    }
    out
}

/// Adds a pin (replacing any of the same translation that shares a block with it).
pub fn add(pins: &mut Pins, pin: Pin) {
    let overlaps = |a: &[String], b: &[String]| a.iter().any(|x| b.contains(x));
    pins.pins.retain(|p| {
        p.lang != pin.lang
            || !(overlaps(&p.source, &pin.source) || overlaps(&p.target, &pin.target))
    });
    pins.pins.push(pin);
    sort(pins);
}

/// Removes the pins of a translation that name one of `ids` on the source side; returns how
/// many.
pub fn remove(pins: &mut Pins, lang: &str, ids: &[String]) -> usize {
    let before = pins.pins.len();
    pins.pins
        .retain(|p| p.lang != lang || !p.source.iter().any(|s| ids.contains(s)));
    before - pins.pins.len()
}

fn sort(pins: &mut Pins) {
    // By language, then by the source id's position in a natural order (p2 before p10).
    let key = |id: &str| -> (String, Vec<u64>) {
        let letters: String = id.chars().take_while(|c| !c.is_ascii_digit()).collect();
        let numbers = id
            .split(|c: char| !c.is_ascii_digit())
            .filter_map(|n| n.parse().ok())
            .collect();
        (letters, numbers)
    };
    pins.pins.sort_by(|a, b| {
        (a.lang.as_str(), a.source.first().map(|s| key(s)))
            .cmp(&(b.lang.as_str(), b.source.first().map(|s| key(s))))
    });
}

/// A pin as the command line writes it: `p4=p4,p5` (source ids, `=`, target ids).
pub fn parse_spec(spec: &str) -> Option<(Vec<String>, Vec<String>)> {
    let (s, t) = spec.split_once('=')?;
    let ids = |x: &str| -> Vec<String> {
        x.split(',')
            .map(str::trim)
            .filter(|i| !i.is_empty())
            .map(String::from)
            .collect()
    };
    let (s, t) = (ids(s), ids(t));
    (!s.is_empty() && !t.is_empty()).then_some((s, t))
}

/// Pins by translation, for listing.
pub fn by_lang(pins: &Pins) -> BTreeMap<&str, Vec<&Pin>> {
    let mut m: BTreeMap<&str, Vec<&Pin>> = BTreeMap::new();
    for p in &pins.pins {
        m.entry(p.lang.as_str()).or_default().push(p);
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang;

    fn doc(text: &str, code: &str) -> Document {
        Document::parse("x.md", text, lang::lookup(code).unwrap())
    }

    #[test]
    fn specs() {
        assert_eq!(
            parse_spec("p4=p4,p5"),
            Some((vec!["p4".into()], vec!["p4".into(), "p5".into()]))
        );
        assert_eq!(parse_spec("p4"), None);
        assert_eq!(parse_spec("=p4"), None);
    }

    #[test]
    fn resolved_while_the_text_holds() {
        let s = doc("One.\n\nTwo.\n\nThree.\n", "en");
        let t = doc("Yek.\n\nDu. Sê.\n", "kmr");
        let pin = |src: &[&str], tgt: &[&str], s_text: String, t_text: String| Pin {
            lang: "kmr".into(),
            source: src.iter().map(|x| x.to_string()).collect(),
            target: tgt.iter().map(|x| x.to_string()).collect(),
            source_text: s_text,
            target_text: t_text,
        };
        let good = pin(
            &["p2", "p3"],
            &["p2"],
            fingerprint(&s, &(1..3)),
            fingerprint(&t, &(1..2)),
        );
        let r = resolve([good.clone()].iter(), &s, &t);
        assert_eq!(r.ranges, vec![(1..3, 1..2)]);
        assert!(r.unusable.is_empty());
        // The translation changed: stale.
        let t2 = doc("Yek.\n\nDu.\n", "kmr");
        let r = resolve([good.clone()].iter(), &s, &t2);
        assert!(r.ranges.is_empty());
        assert_eq!(r.unusable[0].1, Unusable::Changed);
        // A block that is gone, blocks not consecutive.
        let gone = pin(&["p9"], &["p1"], String::new(), String::new());
        let gaps = pin(&["p1", "p3"], &["p1"], String::new(), String::new());
        let r = resolve([gone, gaps].iter(), &s, &t);
        assert_eq!(r.unusable[0].1, Unusable::UnknownBlock("p9".into()));
        assert_eq!(r.unusable[1].1, Unusable::Disordered);
    }

    #[test]
    fn a_new_pin_replaces_the_one_it_overlaps() {
        let mut pins = Pins {
            version: 1,
            pins: Vec::new(),
        };
        let pin = |src: &str, tgt: &str| Pin {
            lang: "ar".into(),
            source: vec![src.into()],
            target: vec![tgt.into()],
            source_text: String::new(),
            target_text: String::new(),
        };
        add(&mut pins, pin("p10", "p10"));
        add(&mut pins, pin("p4", "p5"));
        add(&mut pins, pin("p4", "p4"));
        assert_eq!(pins.pins.len(), 2);
        assert_eq!(pins.pins[0].source, vec!["p4".to_string()]);
        assert_eq!(pins.pins[0].target, vec!["p4".to_string()]);
        assert_eq!(remove(&mut pins, "ar", &["p10".into()]), 1);
        assert_eq!(remove(&mut pins, "kmr", &["p4".into()]), 0);
    }
}
