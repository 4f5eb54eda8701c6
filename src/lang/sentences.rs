//! The sentence data of each language (see [`Sentences`]): abbreviations that can end a
//! sentence, abbreviations that never do, words that start sentences, and, for languages that
//! write ordinals with a full stop, the words around them. Read by [`crate::segment`].

use super::Sentences;

/// No sentence data (a language `align` has no table for).
pub const NONE: Sentences = Sentences {
    abbreviations: &[],
    prefixes: &[],
    starters: &[],
    ordinal_before: &[],
    ordinal_after: &[],
};

pub const EN: Sentences = Sentences {
    abbreviations: &[
        "No.", "Nos.", "Art.", "Arts.", "Para.", "Paras.", "para.", "Sec.", "Ch.", "ch.", "p.",
        "pp.", "Vol.", "vol.", "Vols.", "Fig.", "fig.", "Figs.", "Ref.", "Res.", "Ed.", "ed.",
        "Eds.", "eds.", "Jr.", "Sr.", "Inc.", "Ltd.", "Co.", "Corp.", "Bros.", "Plc.", "Dept.",
        "Univ.", "Assn.", "Ave.", "Blvd.", "Rd.", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.",
        "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.", "Mon.", "Tue.", "Tues.", "Wed.", "Thu.",
        "Thurs.", "Fri.", "Sat.", "Sun.", "etc.", "al.", "ca.", "est.", "min.", "hr.", "hrs.",
        "km.", "kg.", "lb.", "lbs.", "oz.", "ft.", "sq.", "Ph.D.", "Esq.",
    ],
    prefixes: &[
        "Mr.", "Mrs.", "Ms.", "Mx.", "Messrs.", "Dr.", "Prof.", "St.", "Mt.", "Ft.", "Gen.",
        "Col.", "Lt.", "Maj.", "Sgt.", "Cpl.", "Pvt.", "Capt.", "Cmdr.", "Adm.", "Brig.", "Rev.",
        "Hon.", "Sen.", "Rep.", "Gov.", "Pres.", "Amb.", "Supt.", "Insp.", "Det.", "Fr.", "e.g.",
        "i.e.", "eg.", "ie.", "vs.", "v.", "cf.", "Cf.", "viz.", "approx.", "incl.", "esp.",
    ],
    starters: &[
        "The",
        "A",
        "An",
        "This",
        "That",
        "These",
        "Those",
        "There",
        "Here",
        "It",
        "Its",
        "He",
        "She",
        "They",
        "We",
        "I",
        "You",
        "His",
        "Her",
        "Their",
        "Our",
        "My",
        "Your",
        "But",
        "And",
        "Or",
        "So",
        "Yet",
        "Nor",
        "However",
        "Meanwhile",
        "Moreover",
        "Also",
        "Then",
        "Thus",
        "Still",
        "Instead",
        "Now",
        "Today",
        "Yesterday",
        "In",
        "On",
        "At",
        "After",
        "Before",
        "During",
        "From",
        "When",
        "While",
        "Where",
        "If",
        "As",
        "Since",
        "Although",
        "Though",
        "Because",
        "What",
        "Who",
        "Why",
        "How",
        "Which",
        "Some",
        "Many",
        "Most",
        "Several",
        "Both",
        "Each",
        "Every",
        "None",
        "Such",
        "Another",
        "Despite",
        "With",
        "Without",
        "According",
    ],
    ordinal_before: &[],
    ordinal_after: &[],
};

pub const AR: Sentences = Sentences {
    // `إلخ.` (etc.), `ق.م.` (BC), `هـ.` (Hijri year), `ص.ب.` (P.O. Box): Arabic has no
    // capitals, so these end a sentence before any word, never before a digit. (One-letter
    // abbreviations are initials; after a number, `2026 م.`, they can end a sentence.)
    abbreviations: &["إلخ.", "الخ.", "ق.م.", "هـ.", "ص.ب."],
    // Doctor, professor, assistant professor, engineer, assistant lecturer, teacher/Mr (`أ.`).
    prefixes: &["د.", "أ.د.", "ا.د.", "أ.م.د.", "م.", "م.م.", "أ."],
    starters: &[
        "ثم",
        "وقد",
        "لقد",
        "وقال",
        "وقالت",
        "كما",
        "في",
        "وفي",
        "إن",
        "لكن",
        "ولكن",
        "هذا",
        "هذه",
        "وهذا",
        "وهذه",
        "وكان",
        "وكانت",
        "ومن",
        "من",
        "على",
        "وعلى",
        "بعد",
        "وبعد",
    ],
    ordinal_before: &[],
    ordinal_after: &[],
};

pub const KMR: Sentences = Sentences {
    // Number (`No.`, `hej.`, `j.`), page (`r.`), etc. (`hwd.`), BC and AD (`B.Z.`, `P.Z.`),
    // born and died (`z.`, `m.` before a year).
    abbreviations: &[
        "No.", "hej.", "Hej.", "hj.", "j.", "r.", "rr.", "hwd.", "B.Z.", "P.Z.", "b.z.", "p.z.",
        "z.", "m.", "N.Y.", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.",
    ],
    // Doctor, professor, teacher (`Mam.` mamoste), for example (`mîn.` mînak), see (`bnr.`).
    prefixes: &[
        "Dr.", "Prof.", "Mam.", "mîn.", "Mîn.", "mn.", "bnr.", "Bnr.", "Bn.",
    ],
    starters: &[
        "Ev", "Ew", "Em", "Ez", "Tu", "Hûn", "Wî", "Wê", "Min", "Me", "Te", "Wan", "Di", "Li",
        "Ji", "Bi", "Lê", "Û", "Piştî", "Berî", "Heke", "Ger", "Eger", "Gava", "Dema", "Çimkî",
        "Her", "Hin", "Gelek", "Paşê", "Niha", "Îro", "Hingê", "Lewra", "Loma",
    ],
    ordinal_before: &[],
    ordinal_after: &[],
};

pub const CKB: Sentences = Sentences {
    // Etc. (`هتد.`), BC (`پ.ز.`). One-letter ones (`ز.` AD, `ل.` page) are initials, which
    // can end a sentence only after a number (`٢٠٢٦ ز.`).
    abbreviations: &["هتد.", "پ.ز."],
    // Doctor, professor (`پ.` پرۆفیسۆر), teacher (`م.` مامۆستا).
    prefixes: &["د.", "پ.د.", "پ.ی.د.", "پ.", "م."],
    starters: &[
        "پاشان",
        "دواتر",
        "هەروەها",
        "بەڵام",
        "ئەمە",
        "ئەم",
        "ئەو",
        "ئەوان",
        "لە",
        "بۆیە",
        "هەر",
        "ئێمە",
        "من",
        "تۆ",
    ],
    ordinal_before: &[],
    ordinal_after: &[],
};

pub const DE: Sentences = Sentences {
    abbreviations: &[
        "Nr.", "Abs.", "Art.", "Jh.", "Jhd.", "Tel.", "Str.", "Mio.", "Mrd.", "Std.", "Min.",
        "Sek.", "usw.", "etc.", "evtl.", "ggf.", "inkl.", "bzw.", "ca.", "Co.", "Bd.", "Hrsg.",
        "Aufl.", "Jan.", "Feb.", "Aug.", "Sept.", "Okt.", "Nov.", "Dez.", "u.ä.", "o.ä.", "v.Chr.",
        "n.Chr.", "m.ü.M.",
    ],
    prefixes: &[
        "Dr.", "Prof.", "Hr.", "Hrn.", "Fr.", "St.", "Dipl.", "Ing.", "z.B.", "d.h.", "u.a.",
        "z.T.", "u.U.", "v.a.", "s.o.", "s.u.", "s.", "vgl.", "Vgl.", "sog.", "bzgl.", "gem.",
        "lt.",
    ],
    starters: &[
        "Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Einer", "Es", "Er", "Sie", "Wir",
        "Ich", "Du", "Ihr", "Man", "Dies", "Diese", "Dieser", "Dieses", "Im", "In", "Am", "Auf",
        "Aus", "Bei", "Mit", "Nach", "Von", "Vor", "Zu", "Zum", "Zur", "Aber", "Auch", "Doch",
        "Dann", "Da", "Denn", "Und", "Oder", "So", "Wenn", "Als", "Nachdem", "Während", "Seit",
        "Heute", "Deshalb",
    ],
    // `am 12. Juni`, `im 19. Jahrhundert`, `der 2. Weltkrieg`, `ein 7. Grad`, `zum 3. Mal`.
    ordinal_before: &[
        "am", "im", "vom", "zum", "zur", "beim", "ans", "ins", "der", "die", "das", "dem", "den",
        "des", "ein", "eine", "einen", "einem", "einer", "eines", "seinem", "ihrem",
    ],
    ordinal_after: &[
        "januar",
        "jänner",
        "februar",
        "märz",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "dezember",
        "jan.",
        "feb.",
        "aug.",
        "sept.",
        "okt.",
        "nov.",
        "dez.",
        "jahrhundert",
        "jahrhunderts",
        "jh.",
        "jahrgang",
        "mal",
        "stock",
        "klasse",
        "auflage",
        "ausgabe",
        "platz",
        "etappe",
        "runde",
        "liga",
        "geburtstag",
        "jahrestag",
    ],
};

pub const FR: Sentences = Sentences {
    abbreviations: &[
        "p.", "pp.", "av.", "apr.", "J.-C.", "art.", "no.", "n°.", "etc.", "env.", "vol.", "éd.",
        "chap.", "Cie.", "janv.", "févr.", "avr.", "juil.", "sept.", "oct.", "nov.", "déc.",
    ],
    prefixes: &[
        "M.", "MM.", "Mme.", "Mmes.", "Mlle.", "Dr.", "Pr.", "Me.", "St.", "Ste.", "cf.", "Cf.",
        "p.ex.", "c.-à-d.", "ex.",
    ],
    starters: &[
        "Le", "La", "Les", "Un", "Une", "Des", "Il", "Elle", "Ils", "Elles", "Nous", "Vous", "Je",
        "On", "Ce", "Cet", "Cette", "Ces", "Mais", "Et", "Ou", "Donc", "Dans", "En", "Au", "Aux",
        "Pour", "Par", "Sur", "Avec", "Après", "Avant", "Depuis", "Puis", "Quand", "Si", "Lorsque",
        "Selon",
    ],
    ordinal_before: &[],
    ordinal_after: &[],
};

#[cfg(test)]
mod tests {
    use crate::lang::LANGUAGES;

    #[test]
    fn tables_are_consistent() {
        for l in LANGUAGES {
            let s = &l.sentences;
            let mut seen = std::collections::HashSet::new();
            for a in s.abbreviations.iter().chain(s.prefixes) {
                assert!(a.ends_with('.'), "{}: {a} has no full stop", l.code);
                assert!(seen.insert(a), "{}: {a} is in the tables twice", l.code);
            }
            for w in s.starters {
                assert!(
                    !w.contains([' ', '.']) && w.chars().count() > 0,
                    "{}: starter {w:?} is not one word",
                    l.code
                );
            }
            for w in s.ordinal_before.iter().chain(s.ordinal_after) {
                assert_eq!(
                    *w,
                    w.to_lowercase(),
                    "{}: ordinal words are lowercase",
                    l.code
                );
            }
        }
    }
}
