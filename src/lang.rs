//! Everything language-specific, as data: one table per language.
//!
//! Adding a language is adding a [`Language`] value to [`LANGUAGES`]; segmenting, alignment
//! and checks read these tables and never name a language themselves.

use serde::{Serialize, Serializer};

/// The writing system a language is published in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Script {
    Latin,
    Arabic,
}

/// Base text direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// The table of one language. All word lists are compared after
/// [`crate::text::normalize_for_match`] (lowercase, no harakat, ASCII digits).
#[derive(Debug)]
pub struct Language {
    /// The code used in file names and in every output (`en`, `ar`, `kmr`, `ckb`).
    pub code: &'static str,
    /// Other codes accepted on input (`ku-Latn` for Kurmanji, `ku-Arab` for Sorani).
    pub aliases: &'static [&'static str],
    /// English name, for machine outputs and logs.
    pub name: &'static str,
    /// The language's own name for itself.
    pub native_name: &'static str,
    pub script: Script,
    pub direction: Direction,
    /// Tokens that end with a full stop without ending a sentence (`Dr.`, `e.g.`, `أ.د.`).
    /// Compared exactly (case matters: `No.` is an abbreviation, `no.` ends a sentence).
    pub abbreviations: &'static [&'static str],
    /// Words that introduce the list of signatories ("signatory", "الموقعة", "îmze", "واژۆ").
    /// A list whose lead-in contains one of them (as a word prefix) is the signatory list.
    pub signatory_cues: &'static [&'static str],
    /// Words with which a paragraph can continue a sentence left open by the paragraph
    /// before it (used to detect a paragraph broken in the middle of a sentence).
    pub continuation_words: &'static [&'static str],
}

impl Serialize for Language {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code)
    }
}

impl PartialEq for Language {
    fn eq(&self, other: &Self) -> bool {
        self.code == other.code
    }
}
impl Eq for Language {}

impl std::fmt::Display for Language {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code)
    }
}

/// A language, by reference into [`LANGUAGES`].
pub type Lang = &'static Language;

pub static EN: Language = Language {
    code: "en",
    aliases: &["eng", "en-gb", "en-us"],
    name: "English",
    native_name: "English",
    script: Script::Latin,
    direction: Direction::Ltr,
    abbreviations: &[
        "Dr.", "Mr.", "Mrs.", "Ms.", "Prof.", "St.", "Mt.", "No.", "Nos.", "Art.", "Arts.",
        "Para.", "e.g.", "i.e.", "vs.", "cf.", "approx.", "Gen.", "Col.", "Lt.", "Sgt.", "Capt.",
        "Rev.", "Hon.", "Jr.", "Sr.", "Inc.", "Ltd.", "Co.", "Corp.", "Jan.", "Feb.", "Mar.",
        "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.", "p.", "pp.",
        "Vol.", "vol.", "Fig.", "fig.", "Ref.", "Res.",
    ],
    signatory_cues: &["signator", "signed by", "undersigned organi", "endorsed by"],
    continuation_words: &[],
};

pub static AR: Language = Language {
    code: "ar",
    aliases: &["arb", "ar-sy", "ar-iq", "ar-lb"],
    name: "Arabic",
    native_name: "العربية",
    script: Script::Arabic,
    direction: Direction::Rtl,
    abbreviations: &["د.", "أ.د.", "ا.د.", "م.م.", "ص.ب."],
    signatory_cues: &["الموقع", "التوقيع", "الموقّع"],
    continuation_words: &["و", "أو", "ثم", "بل", "لكن", "حيث", "كما", "الذي", "التي"],
};

pub static KMR: Language = Language {
    code: "kmr",
    aliases: &["ku", "ku-latn", "kmr-latn", "ku-tr", "ku-sy"],
    name: "Kurdish (Kurmanji)",
    native_name: "Kurmancî",
    script: Script::Latin,
    direction: Direction::Ltr,
    abbreviations: &["Dr.", "Prof.", "Mam.", "No.", "hej.", "r.", "B.Z.", "N.Y."],
    signatory_cues: &["îmze", "imze", "destnîşan", "wajo"],
    continuation_words: &[],
};

pub static CKB: Language = Language {
    code: "ckb",
    aliases: &["ku-arab", "ckb-arab", "ckb-iq", "ckb-ir"],
    name: "Kurdish (Sorani)",
    native_name: "کوردیی ناوەندی",
    script: Script::Arabic,
    direction: Direction::Rtl,
    abbreviations: &["د.", "پ.د.", "پ.ی.د."],
    signatory_cues: &["واژۆ", "ئیمزا", "واژوو"],
    continuation_words: &["و", "یان", "بەڵام", "کە", "هەروەها"],
};

pub static DE: Language = Language {
    code: "de",
    aliases: &["deu", "ger", "de-ch", "de-de"],
    name: "German",
    native_name: "Deutsch",
    script: Script::Latin,
    direction: Direction::Ltr,
    abbreviations: &[
        "Dr.", "Prof.", "z.B.", "bzw.", "ca.", "Nr.", "St.", "Abs.", "Art.", "vgl.", "S.", "Hr.",
        "Fr.", "Jh.", "d.h.", "u.a.", "evtl.",
    ],
    signatory_cues: &["unterzeichn", "unterschrieben"],
    continuation_words: &[],
};

pub static FR: Language = Language {
    code: "fr",
    aliases: &["fra", "fre", "fr-fr", "fr-ch"],
    name: "French",
    native_name: "Français",
    script: Script::Latin,
    direction: Direction::Ltr,
    abbreviations: &[
        "M.", "MM.", "Mme.", "Dr.", "St.", "p.", "cf.", "av.", "J.-C.", "art.", "no.",
    ],
    signatory_cues: &["signataire"],
    continuation_words: &[],
};

/// Every language `align` knows. The first four are the ones statements are published in.
pub static LANGUAGES: &[&Language] = &[&EN, &AR, &KMR, &CKB, &DE, &FR];

/// Looks a language up by code or alias, case-insensitively, accepting `_` for `-`
/// (`ku-Latn`, `ku_Arab`, `CKB`).
pub fn lookup(code: &str) -> Option<Lang> {
    let code = code.trim().to_ascii_lowercase().replace('_', "-");
    LANGUAGES
        .iter()
        .copied()
        .find(|l| l.code == code || l.aliases.contains(&code.as_str()))
}

/// The codes of all known languages, for error messages.
pub fn known_codes() -> String {
    LANGUAGES
        .iter()
        .map(|l| l.code)
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_aliases() {
        assert_eq!(lookup("en").unwrap().code, "en");
        assert_eq!(lookup("ku-Latn").unwrap().code, "kmr");
        assert_eq!(lookup("ku_Arab").unwrap().code, "ckb");
        assert_eq!(lookup("CKB").unwrap().code, "ckb");
        assert!(lookup("xx").is_none());
    }

    #[test]
    fn aliases_are_unique() {
        let mut seen = std::collections::HashSet::new();
        for l in LANGUAGES {
            assert!(seen.insert(l.code), "{}", l.code);
            for a in l.aliases {
                assert!(seen.insert(a), "{a}");
                assert_eq!(*a, a.to_ascii_lowercase(), "aliases are stored lowercase");
            }
        }
    }
}
