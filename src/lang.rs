//! Everything language-specific, as data: one table per language.
//!
//! Adding a language is adding a [`Language`] value to [`LANGUAGES`]; segmenting, alignment
//! and checks read these tables and never name a language themselves.

use serde::{Serialize, Serializer};

pub mod acronyms;
mod sentences;

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
    /// What sentence segmenting needs to know: abbreviations, sentence starters, ordinals.
    pub sentences: Sentences,
    /// Words that introduce the list of signatories ("signatory", "الموقعة", "îmze", "واژۆ").
    /// A list whose lead-in contains one of them (as a word prefix) is the signatory list.
    pub signatory_cues: &'static [&'static str],
    /// Words with which a paragraph can continue a sentence left open by the paragraph
    /// before it (used to detect a paragraph broken in the middle of a sentence).
    pub continuation_words: &'static [&'static str],
    /// Number conventions: each is (decimal separators, thousands separators); a number is
    /// read under every convention of its language and means the set of values it gives.
    pub number_conventions: &'static [NumberConvention],
    /// Number words and their values (`twelve`, `اثنا`, `diwanzdeh`, `دوازدە`), compared
    /// after normalisation. Words never make a number on their own in checks: they only let
    /// a translation that writes a number in words match the digits of its source.
    pub number_words: &'static [(&'static str, u64)],
    /// Multipliers (`thousand`, `ألف`, `hezar`, `هەزار`): `250 ألف` is 250000.
    pub multipliers: &'static [(&'static str, u64)],
    /// Words that join parts of a number (`and`, `و`, `û`): `45 هەزار و 968`.
    pub number_joiners: &'static [&'static str],
    /// Endings a number word may carry and still be that number (ordinals and case endings:
    /// Sorani `پەنجاهەمین` 50th, `چلەکان` the forties; Kurmanji `sêyemîn` third), longest first.
    pub number_suffixes: &'static [&'static str],
    /// Prefixes that attach to a number word (Arabic `و`, `ال`): `والعشرين`.
    pub number_prefixes: &'static [&'static str],
    /// Clitics written attached to the front of a word (Arabic `و`, `ب`, `ل`, `ال` …), longest
    /// first: removed when words are compared, so `لحقوق` and `حقوق` are one word.
    pub clitic_prefixes: &'static [&'static str],
    /// Month names of every series the language uses, with their calendar.
    pub months: &'static [Month],
    /// Endings that may follow a word (case endings, ezafe, postpositions: Kurmanji `-ê`,
    /// `-a`, Sorani `-ی`, `-دا`), for matching month names and glossary terms.
    pub word_suffixes: &'static [&'static str],
    /// Small words between the parts of a date (`of`, Kurmanji `a`, Arabic `عام`).
    pub date_fillers: &'static [&'static str],
    /// Words for "month" (`month`, `شهر`, `meh`, `مانگ`), compared as prefixes: a month name
    /// after one is a month whatever its case.
    pub month_words: &'static [&'static str],
    /// Month names that are also common words (English `may`, Sorani `ئازار` "pain"): named
    /// alone, without a day or a year, they are months only after a word for "month".
    pub ambiguous_months: &'static [&'static str],
    /// Words that negate (`not`, `لا`, `ne`, `نا`): a change that adds or removes one reverses
    /// what a sentence says.
    pub negations: &'static [&'static str],
    /// Units a number can carry (`weeks`, `أيام`, `salan`, `ساڵ`, `%`, `£`), compared after
    /// [`crate::text::normalize_for_match`]; a word is the unit when it is the form written or
    /// that form with a short ending (a plural, a case ending, Sorani `-ی`).
    pub units: &'static [(&'static str, Unit)],
    /// Vague quantities and their order of magnitude (`hundreds` 2, `tens of thousands` 4,
    /// `عشرات الآلاف` 4, `bi dehhezaran` 4, `دەیان هەزار` 4), longest first; words as they are
    /// written, compared after normalization.
    pub magnitudes: &'static [(&'static str, u8)],
}

/// What a number counts or measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Unit {
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Year,
    Decade,
    Percent,
    Kilometre,
    Mile,
    Metre,
    Foot,
    Pound,
    Dollar,
    Euro,
}

impl Unit {
    pub fn as_str(self) -> &'static str {
        match self {
            Unit::Minute => "minute",
            Unit::Hour => "hour",
            Unit::Day => "day",
            Unit::Week => "week",
            Unit::Month => "month",
            Unit::Year => "year",
            Unit::Decade => "decade",
            Unit::Percent => "percent",
            Unit::Kilometre => "kilometre",
            Unit::Mile => "mile",
            Unit::Metre => "metre",
            Unit::Foot => "foot",
            Unit::Pound => "pound",
            Unit::Dollar => "dollar",
            Unit::Euro => "euro",
        }
    }
}

/// The data [`crate::segment`] reads to tell a full stop that ends a sentence from one that
/// does not. Abbreviations are compared exactly, ignoring harakat, tatweel and bidi marks, and
/// with the spaces inside them removed (`z. B.` is `z.B.`); case matters (`No.` is an
/// abbreviation, `no.` ends a sentence).
#[derive(Debug)]
pub struct Sentences {
    /// Abbreviations that can end a sentence (`Ltd.`, `etc.`, `Jan.`, `No.`): one ends it
    /// when the next word starts a sentence (a capital, a letter of a caseless script, a
    /// quote or bracket then a capital), and never before a lowercase word, a digit or `,`.
    pub abbreviations: &'static [&'static str],
    /// Abbreviations that never end a sentence: titles before a name (`Mr.`, `Dr.`, `د.`) and
    /// words that always introduce something (`e.g.`, `i.e.`, `vs.`, `z. B.`).
    pub prefixes: &'static [&'static str],
    /// Words that begin sentences and never continue a name (`The`, `He`, `However`): after a
    /// capital acronym or an initial (`U.S.`, `J.`), which are mostly followed by a name
    /// (`U.S. Navy`, `J. K. Rowling`), only one of these shows that a new sentence begins.
    pub starters: &'static [&'static str],
    /// For languages that write ordinals with a full stop (German `am 12. Juni`): words before
    /// a number (lowercase) after which `12.` is an ordinal, not a sentence end.
    pub ordinal_before: &'static [&'static str],
    /// Words after `12.` (lowercase) that make it an ordinal (German month names, `jahrhundert`).
    pub ordinal_after: &'static [&'static str],
}

/// The calendar of a month name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Calendar {
    Gregorian,
    /// The Kurdish solar calendar (ڕێبەندان, Xakelêwe …): not Gregorian months.
    KurdishSolar,
}

/// A month name: its words (space-separated, compared after
/// [`crate::dates::fold_for_dates`]), its number and its calendar.
#[derive(Debug, Clone, Copy)]
pub struct Month {
    pub name: &'static str,
    pub month: u8,
    pub calendar: Calendar,
}

const fn g(name: &'static str, month: u8) -> Month {
    Month {
        name,
        month,
        calendar: Calendar::Gregorian,
    }
}

const fn solar(name: &'static str, month: u8) -> Month {
    Month {
        name,
        month,
        calendar: Calendar::KurdishSolar,
    }
}

/// How one convention writes a decimal number: the decimal separators and the thousands
/// separators it uses.
#[derive(Debug, Clone, Copy)]
pub struct NumberConvention {
    pub decimal: &'static [char],
    pub thousands: &'static [char],
}

/// `1,234.5`
pub const DOT_DECIMAL: NumberConvention = NumberConvention {
    decimal: &['.'],
    thousands: &[',', '\u{00A0}', '\u{202F}', '\u{2009}'],
};
/// `1.234,5` (Kurmanji, German, Turkish)
pub const COMMA_DECIMAL: NumberConvention = NumberConvention {
    decimal: &[','],
    thousands: &['.', '\u{00A0}', '\u{202F}', '\u{2009}', '\''],
};
/// `١٬٢٣٤٫٥` (Arabic separators, with Arabic-Indic or ASCII digits; the Arabic comma `،` is
/// also used to group thousands: `30،000`)
pub const ARABIC_SEPARATORS: NumberConvention = NumberConvention {
    decimal: &['\u{066B}'],
    thousands: &['\u{066C}', '\u{060C}', '\u{00A0}', '\u{202F}'],
};

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
    sentences: sentences::EN,
    signatory_cues: &["signator", "signed by", "undersigned organi", "endorsed by"],
    continuation_words: &[],
    number_conventions: &[DOT_DECIMAL],
    number_words: &[
        ("zero", 0),
        ("one", 1),
        ("two", 2),
        ("three", 3),
        ("four", 4),
        ("five", 5),
        ("six", 6),
        ("seven", 7),
        ("eight", 8),
        ("nine", 9),
        ("ten", 10),
        ("eleven", 11),
        ("twelve", 12),
        ("thirteen", 13),
        ("fourteen", 14),
        ("fifteen", 15),
        ("sixteen", 16),
        ("seventeen", 17),
        ("eighteen", 18),
        ("nineteen", 19),
        ("twenty", 20),
        ("thirty", 30),
        ("forty", 40),
        ("fifty", 50),
        ("sixty", 60),
        ("seventy", 70),
        ("eighty", 80),
        ("ninety", 90),
        ("hundred", 100),
        ("first", 1),
        ("second", 2),
        ("third", 3),
        ("fourth", 4),
        ("fifth", 5),
        ("sixth", 6),
        ("seventh", 7),
        ("eighth", 8),
        ("ninth", 9),
        ("tenth", 10),
        ("eleventh", 11),
        ("twelfth", 12),
        ("thirteenth", 13),
        ("fifteenth", 15),
        ("twentieth", 20),
        ("thirtieth", 30),
        ("fortieth", 40),
        ("fiftieth", 50),
        ("hundredth", 100),
        ("decade", 10),
        ("dozen", 12),
    ],
    multipliers: &[
        ("thousand", 1_000),
        ("million", 1_000_000),
        ("billion", 1_000_000_000),
    ],
    number_joiners: &["and", "-"],
    number_suffixes: &["th"],
    number_prefixes: &[],
    clitic_prefixes: &[],
    months: &[
        g("january", 1),
        g("jan", 1),
        g("february", 2),
        g("feb", 2),
        g("march", 3),
        g("mar", 3),
        g("april", 4),
        g("apr", 4),
        g("may", 5),
        g("june", 6),
        g("jun", 6),
        g("july", 7),
        g("jul", 7),
        g("august", 8),
        g("aug", 8),
        g("september", 9),
        g("sept", 9),
        g("sep", 9),
        g("october", 10),
        g("oct", 10),
        g("november", 11),
        g("nov", 11),
        g("december", 12),
        g("dec", 12),
    ],
    word_suffixes: &["", "s", "'s"],
    date_fillers: &["of", "the", "on", ","],
    month_words: &["month"],
    ambiguous_months: &[
        "may", "jan", "mar", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "feb", "apr",
    ],
    negations: &[
        "not", "no", "never", "nor", "neither", "none", "without", "cannot", "nothing", "nobody",
    ],
    units: &[
        ("minute", Unit::Minute),
        ("min", Unit::Minute),
        ("hour", Unit::Hour),
        ("hr", Unit::Hour),
        ("day", Unit::Day),
        ("week", Unit::Week),
        ("month", Unit::Month),
        ("year", Unit::Year),
        ("decade", Unit::Decade),
        ("percent", Unit::Percent),
        ("per cent", Unit::Percent),
        ("%", Unit::Percent),
        ("kilometre", Unit::Kilometre),
        ("kilometer", Unit::Kilometre),
        ("km", Unit::Kilometre),
        ("mile", Unit::Mile),
        ("metre", Unit::Metre),
        ("meter", Unit::Metre),
        ("foot", Unit::Foot),
        ("feet", Unit::Foot),
        ("ft", Unit::Foot),
        ("pound", Unit::Pound),
        ("£", Unit::Pound),
        ("dollar", Unit::Dollar),
        ("$", Unit::Dollar),
        ("euro", Unit::Euro),
        ("€", Unit::Euro),
    ],
    magnitudes: &[
        ("hundreds of thousands", 5),
        ("tens of thousands", 4),
        ("hundreds of millions", 8),
        ("tens of millions", 7),
        ("dozens", 1),
        ("scores", 1),
        ("hundreds", 2),
        ("thousands", 3),
        ("millions", 6),
        ("billions", 9),
    ],
};

pub static AR: Language = Language {
    code: "ar",
    aliases: &["arb", "ar-sy", "ar-iq", "ar-lb"],
    name: "Arabic",
    native_name: "العربية",
    script: Script::Arabic,
    direction: Direction::Rtl,
    sentences: sentences::AR,
    signatory_cues: &["الموقع", "التوقيع", "الموقّع"],
    continuation_words: &["و", "أو", "ثم", "بل", "لكن", "حيث", "كما", "الذي", "التي"],
    number_conventions: &[ARABIC_SEPARATORS, DOT_DECIMAL, COMMA_DECIMAL],
    number_words: &[
        ("صفر", 0),
        ("واحد", 1),
        ("واحدة", 1),
        ("احد", 1),
        ("إحدى", 1),
        ("احدى", 1),
        ("اثنان", 2),
        ("اثنين", 2),
        ("اثنتان", 2),
        ("اثنتين", 2),
        ("اثنا", 2),
        ("اثني", 2),
        ("اثنتا", 2),
        ("اثنتي", 2),
        ("ثلاث", 3),
        ("ثلاثة", 3),
        ("أربع", 4),
        ("اربع", 4),
        ("أربعة", 4),
        ("اربعة", 4),
        ("خمس", 5),
        ("خمسة", 5),
        ("ست", 6),
        ("ستة", 6),
        ("سبع", 7),
        ("سبعة", 7),
        ("ثمان", 8),
        ("ثماني", 8),
        ("ثمانية", 8),
        ("تسع", 9),
        ("تسعة", 9),
        ("عشر", 10),
        ("عشرة", 10),
        ("عشرون", 20),
        ("عشرين", 20),
        ("ثلاثون", 30),
        ("ثلاثين", 30),
        ("أربعون", 40),
        ("اربعون", 40),
        ("أربعين", 40),
        ("اربعين", 40),
        ("خمسون", 50),
        ("خمسين", 50),
        ("ستون", 60),
        ("ستين", 60),
        ("سبعون", 70),
        ("سبعين", 70),
        ("ثمانون", 80),
        ("ثمانين", 80),
        ("تسعون", 90),
        ("تسعين", 90),
        ("مئة", 100),
        ("مائة", 100),
        ("مئتان", 200),
        ("مئتين", 200),
        ("مائتان", 200),
        ("مائتين", 200),
        ("ثلاثمئة", 300),
        ("ثلاثمائة", 300),
        ("أربعمئة", 400),
        ("أربعمائة", 400),
        ("خمسمئة", 500),
        ("خمسمائة", 500),
        ("ستمئة", 600),
        ("ستمائة", 600),
        ("سبعمئة", 700),
        ("سبعمائة", 700),
        ("ثمانمئة", 800),
        ("ثمانمائة", 800),
        ("تسعمئة", 900),
        ("تسعمائة", 900),
        ("ألفان", 2000),
        ("ألفين", 2000),
        ("الفان", 2000),
        ("الفين", 2000),
        // Ordinals (the article is removed as a prefix): أول/أولى … عاشر/عاشرة.
        ("أول", 1),
        ("اول", 1),
        ("أولى", 1),
        ("اولى", 1),
        ("ثاني", 2),
        ("ثانية", 2),
        ("ثالث", 3),
        ("ثالثة", 3),
        ("رابع", 4),
        ("رابعة", 4),
        ("خامس", 5),
        ("خامسة", 5),
        ("سادس", 6),
        ("سادسة", 6),
        ("سابع", 7),
        ("سابعة", 7),
        ("ثامن", 8),
        ("ثامنة", 8),
        ("تاسع", 9),
        ("تاسعة", 9),
        ("عاشر", 10),
        ("عاشرة", 10),
        ("حادي", 1),
        ("حادية", 1),
        ("واحدا", 1),
        // Duals: مليوني دولار is two million dollars.
        ("ألفي", 2000),
        ("الفي", 2000),
        ("مليونان", 2_000_000),
        ("مليوني", 2_000_000),
        ("ملياران", 2_000_000_000),
        ("مليارين", 2_000_000_000),
    ],
    multipliers: &[
        ("ألف", 1_000),
        ("الف", 1_000),
        ("آلاف", 1_000),
        ("الاف", 1_000),
        ("مليون", 1_000_000),
        ("ملايين", 1_000_000),
        ("مليار", 1_000_000_000),
        ("مليارات", 1_000_000_000),
        ("بليون", 1_000_000_000),
        // With the accusative ending: 142 مليونًا.
        ("الفا", 1_000),
        ("ألفا", 1_000),
        ("مليونا", 1_000_000),
        ("مليارا", 1_000_000_000),
    ],
    number_joiners: &["و"],
    number_suffixes: &[],
    number_prefixes: &["و", "ال", "وال", "ب", "بال", "ل", "لل", "وب", "ول"],
    clitic_prefixes: &[
        "وبال", "وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل",
    ],
    months: &[
        // Levantine/Iraqi names, then the international ones; often paired, `كانون الثاني/يناير`.
        g("كانون الثاني", 1),
        g("شباط", 2),
        g("اذار", 3),
        g("نيسان", 4),
        g("ايار", 5),
        g("حزيران", 6),
        g("تموز", 7),
        g("اب", 8),
        g("ايلول", 9),
        g("تشرين الاول", 10),
        g("تشرين الثاني", 11),
        g("كانون الاول", 12),
        g("يناير", 1),
        g("فبراير", 2),
        g("مارس", 3),
        g("ابريل", 4),
        g("مايو", 5),
        g("يونيو", 6),
        g("يونيه", 6),
        g("يوليو", 7),
        g("يوليه", 7),
        g("اغسطس", 8),
        g("سبتمبر", 9),
        g("اكتوبر", 10),
        g("نوفمبر", 11),
        g("ديسمبر", 12),
    ],
    word_suffixes: &[""],
    date_fillers: &["عام", "سنه", "من", "لعام", "،", ","],
    month_words: &["شهر"],
    ambiguous_months: &["اب"],
    negations: &[
        "لا", "لم", "لن", "ليس", "ليست", "غير", "دون", "بدون", "ما", "عدم",
    ],
    units: &[
        ("دقيقه", Unit::Minute),
        ("دقائق", Unit::Minute),
        ("ساعه", Unit::Hour),
        ("ساعات", Unit::Hour),
        ("يوم", Unit::Day),
        ("ايام", Unit::Day),
        ("اسبوع", Unit::Week),
        ("اسابيع", Unit::Week),
        ("شهر", Unit::Month),
        ("اشهر", Unit::Month),
        ("شهور", Unit::Month),
        ("سنه", Unit::Year),
        ("سنوات", Unit::Year),
        ("سنين", Unit::Year),
        ("عام", Unit::Year),
        ("اعوام", Unit::Year),
        ("عقد", Unit::Decade),
        ("عقود", Unit::Decade),
        ("بالمئه", Unit::Percent),
        ("بالمائه", Unit::Percent),
        ("في المئه", Unit::Percent),
        ("في المائه", Unit::Percent),
        ("%", Unit::Percent),
        ("٪", Unit::Percent),
        ("كيلومتر", Unit::Kilometre),
        ("كيلو متر", Unit::Kilometre),
        ("كلم", Unit::Kilometre),
        ("كم", Unit::Kilometre),
        ("ميل", Unit::Mile),
        ("اميال", Unit::Mile),
        ("متر", Unit::Metre),
        ("امتار", Unit::Metre),
        ("قدم", Unit::Foot),
        ("اقدام", Unit::Foot),
        ("جنيه", Unit::Pound),
        ("جنيهات", Unit::Pound),
        ("£", Unit::Pound),
        ("دولار", Unit::Dollar),
        ("دولارات", Unit::Dollar),
        ("$", Unit::Dollar),
        ("يورو", Unit::Euro),
        ("€", Unit::Euro),
    ],
    magnitudes: &[
        ("مئات الالاف", 5),
        ("مئات الالوف", 5),
        ("عشرات الالوف", 4),
        ("مئات ملايين", 8),
        ("عشرات ملايين", 7),
        ("مئات آلاف", 5),
        ("عشرات الالاف", 4),
        ("عشرات آلاف", 4),
        ("مئات الملايين", 8),
        ("عشرات الملايين", 7),
        ("عشرات", 1),
        ("مئات", 2),
        ("الاف", 3),
        ("آلاف", 3),
        ("ملايين", 6),
        ("الوف", 3),
        ("مليارات", 9),
    ],
};

pub static KMR: Language = Language {
    code: "kmr",
    aliases: &["ku", "ku-latn", "kmr-latn", "ku-tr", "ku-sy"],
    name: "Kurdish (Kurmanji)",
    native_name: "Kurmancî",
    script: Script::Latin,
    direction: Direction::Ltr,
    sentences: sentences::KMR,
    signatory_cues: &["îmze", "imze", "destnîşan", "wajo"],
    continuation_words: &[],
    number_conventions: &[COMMA_DECIMAL, DOT_DECIMAL],
    number_words: &[
        ("sifir", 0),
        ("yek", 1),
        ("du", 2),
        ("dudu", 2),
        ("sê", 3),
        ("sisê", 3),
        ("çar", 4),
        ("pênc", 5),
        ("şeş", 6),
        ("heft", 7),
        ("heşt", 8),
        ("neh", 9),
        ("deh", 10),
        ("yazdeh", 11),
        ("diwanzdeh", 12),
        ("dozdeh", 12),
        ("sêzdeh", 13),
        ("çardeh", 14),
        ("panzdeh", 15),
        ("şanzdeh", 16),
        ("hivdeh", 17),
        ("hevdeh", 17),
        ("hejdeh", 18),
        ("hijdeh", 18),
        ("nozdeh", 19),
        ("nûzdeh", 19),
        ("bîst", 20),
        ("sî", 30),
        ("çil", 40),
        ("pêncî", 50),
        ("şêst", 60),
        ("heftê", 70),
        ("heştê", 80),
        ("nod", 90),
        ("sed", 100),
    ],
    multipliers: &[
        ("hezar", 1_000),
        ("milyon", 1_000_000),
        ("mîlyon", 1_000_000),
        ("miliyon", 1_000_000),
        ("milion", 1_000_000),
        ("million", 1_000_000),
        ("milyar", 1_000_000_000),
        ("mîlyar", 1_000_000_000),
        ("milyard", 1_000_000_000),
        ("miliyard", 1_000_000_000),
        ("mîlyard", 1_000_000_000),
    ],
    number_joiners: &["û", "u"],
    number_suffixes: &[
        "emîn", "yemîn", "em", "yem", "an", "ên", "yên", "ê", "yê", "î", "a",
    ],
    number_prefixes: &[],
    clitic_prefixes: &[],
    months: &[
        // Syrian (Levantine) series.
        g("kanûna paşîn", 1),
        g("kanûn paşîn", 1),
        g("sibat", 2),
        g("adar", 3),
        g("nîsan", 4),
        g("gulan", 5),
        g("hezîran", 6),
        g("tîrmeh", 7),
        g("tebax", 8),
        g("îlon", 9),
        g("cotmeha pêşîn", 10),
        g("cotmeha paşîn", 11),
        g("kanûna pêşîn", 12),
        g("kanûn pêşîn", 12),
        // Northern series.
        g("çile", 1),
        g("cotmeh", 10),
        g("mijdar", 11),
        g("kanûn", 12),
        // Kurdistan series (Gregorian months with Kurdish names).
        g("rêbendan", 1),
        g("reşemî", 2),
        g("avrêl", 4),
        g("pûşper", 6),
        g("gelawêj", 8),
        g("rezber", 9),
        g("kewçêr", 10),
        g("sermawez", 11),
        g("berfanbar", 12),
        // Kurdish solar months in Latin script (the Sorani names): not Gregorian.
        solar("xakelêwe", 1),
        solar("cozerdan", 3),
        solar("xermanan", 6),
        solar("gelarêzan", 8),
        solar("befranbar", 10),
        solar("reşeme", 12),
    ],
    word_suffixes: &["", "a", "ê", "ya", "yê", "an", "ê de", "a de"],
    date_fillers: &["a", "ya", "di", "sala", "salê", "ji"],
    month_words: &["meh"],
    ambiguous_months: &["adar", "gulan", "çile", "kanûn"],
    negations: &[
        "ne", "na", "nabe", "nayê", "nake", "tune", "bêyî", "qet", "tu",
    ],
    units: &[
        ("deqîqe", Unit::Minute),
        ("xulek", Unit::Minute),
        ("saet", Unit::Hour),
        ("demjimêr", Unit::Hour),
        ("roj", Unit::Day),
        ("hefte", Unit::Week),
        ("heftî", Unit::Week),
        ("meh", Unit::Month),
        ("sal", Unit::Year),
        ("dehsal", Unit::Decade),
        ("ji sedî", Unit::Percent),
        ("%", Unit::Percent),
        ("kîlometre", Unit::Kilometre),
        ("kilometre", Unit::Kilometre),
        ("km", Unit::Kilometre),
        ("mîl", Unit::Mile),
        ("mile", Unit::Mile),
        ("metre", Unit::Metre),
        ("pound", Unit::Pound),
        ("pond", Unit::Pound),
        ("sterlîn", Unit::Pound),
        ("£", Unit::Pound),
        ("dolar", Unit::Dollar),
        ("$", Unit::Dollar),
        ("ewro", Unit::Euro),
        ("euro", Unit::Euro),
        ("€", Unit::Euro),
    ],
    magnitudes: &[
        ("bi sedan hezaran", 5),
        ("bi sedhezaran", 5),
        ("bi sed hezaran", 5),
        ("bi dehhezaran", 4),
        ("bi deh hezaran", 4),
        ("bi dehan hezaran", 4),
        ("bi dehan hezar", 4),
        ("bi dehan", 1),
        ("bi sedan", 2),
        ("bi hezaran", 3),
        ("bi milyonan", 6),
        ("bi mîlyonan", 6),
        ("bi dehan milyonan", 7),
        ("bi sedan milyonan", 8),
        ("bi milyaran", 9),
    ],
};

pub static CKB: Language = Language {
    code: "ckb",
    aliases: &["ku-arab", "ckb-arab", "ckb-iq", "ckb-ir"],
    name: "Kurdish (Sorani)",
    native_name: "کوردیی ناوەندی",
    script: Script::Arabic,
    direction: Direction::Rtl,
    sentences: sentences::CKB,
    signatory_cues: &["واژۆ", "ئیمزا", "واژوو"],
    continuation_words: &["و", "یان", "بەڵام", "کە", "هەروەها"],
    number_conventions: &[ARABIC_SEPARATORS, DOT_DECIMAL, COMMA_DECIMAL],
    number_words: &[
        ("سفر", 0),
        ("یەک", 1),
        ("دوو", 2),
        ("سێ", 3),
        ("چوار", 4),
        ("پێنج", 5),
        ("شەش", 6),
        ("حەوت", 7),
        ("هەشت", 8),
        ("نۆ", 9),
        ("دە", 10),
        ("یازدە", 11),
        ("دوازدە", 12),
        ("سێزدە", 13),
        ("سیانزە", 13),
        ("چواردە", 14),
        ("پازدە", 15),
        ("شازدە", 16),
        ("حەڤدە", 17),
        ("حەفدە", 17),
        ("هەژدە", 18),
        ("نۆزدە", 19),
        ("بیست", 20),
        ("سی", 30),
        ("چل", 40),
        ("پەنجا", 50),
        ("شەست", 60),
        ("حەفتا", 70),
        ("هەشتا", 80),
        ("نەوەد", 90),
        ("سەد", 100),
    ],
    multipliers: &[
        ("هەزار", 1_000),
        ("ملیۆن", 1_000_000),
        ("میلیۆن", 1_000_000),
        ("ملیار", 1_000_000_000),
        ("میلیار", 1_000_000_000),
        ("میلیارد", 1_000_000_000),
        ("ملیارد", 1_000_000_000),
        ("میلۆن", 1_000_000),
        ("ملۆن", 1_000_000),
        ("بلیۆن", 1_000_000_000),
        ("بیلیۆن", 1_000_000_000),
    ],
    number_joiners: &["و"],
    number_suffixes: &[
        "یەوە",
        "ەوە",
        "یدا",
        "دا",
        "یەمین",
        "هەمین",
        "ھەمین",
        "ەمین",
        "یەمی",
        "هەمی",
        "ھەمی",
        "ەمی",
        "یەم",
        "هەم",
        "ھەم",
        "ەم",
        "ەکانی",
        "ەکان",
        "ە",
        "ی",
        // The same ending typed with an Arabic keyboard's alef maksura (`هەشتى`).
        "ى",
    ],
    number_prefixes: &[],
    clitic_prefixes: &[],
    months: &[
        g("کانوونی دووەم", 1),
        g("کانونی دووەم", 1),
        g("کانوونی دووهەم", 1),
        g("شوبات", 2),
        g("شووبات", 2),
        g("ئازار", 3),
        g("نیسان", 4),
        g("ئایار", 5),
        g("مایس", 5),
        g("حوزەیران", 6),
        g("تەممووز", 7),
        g("تەمموز", 7),
        g("تەموز", 7),
        g("ئاب", 8),
        g("ئەیلوول", 9),
        g("ئەیلول", 9),
        g("تشرینی یەکەم", 10),
        g("تشرینی دووەم", 11),
        g("تشرینی دووهەم", 11),
        g("کانوونی یەکەم", 12),
        g("کانونی یەکەم", 12),
        g("ژانویە", 1),
        g("جەنیوەری", 1),
        g("فێبریوەری", 2),
        g("مارچ", 3),
        g("ئەپریل", 4),
        g("مەی", 5),
        g("جوون", 6),
        g("جولای", 7),
        g("ئۆگەست", 8),
        g("سێپتەمبەر", 9),
        g("ئۆکتۆبەر", 10),
        g("نۆڤەمبەر", 11),
        g("دیسەمبەر", 12),
        // Kurdish solar months: not Gregorian.
        solar("خاکەلێوە", 1),
        solar("گوڵان", 2),
        solar("جۆزەردان", 3),
        solar("پووشپەڕ", 4),
        solar("گەلاوێژ", 5),
        solar("خەرمانان", 6),
        solar("ڕەزبەر", 7),
        solar("گەڵاڕێزان", 8),
        solar("سەرماوەز", 9),
        solar("بەفرانبار", 10),
        solar("ڕێبەندان", 11),
        solar("ڕەشەمێ", 12),
    ],
    word_suffixes: &["", "ی", "دا", "یدا", "ەوە", "یەوە", "ە", "یە", "ێک"],
    date_fillers: &["ی", "ساڵی", "لە", "،", ","],
    month_words: &["مانگ"],
    ambiguous_months: &["ئازار", "گوڵان"],
    negations: &["نا", "نە", "نییە", "نەبوو", "بەبێ", "هەرگیز", "هیچ"],
    units: &[
        ("خولەک", Unit::Minute),
        ("دەقیقە", Unit::Minute),
        ("کاتژمێر", Unit::Hour),
        ("کاژێر", Unit::Hour),
        ("سەعات", Unit::Hour),
        ("ڕۆژ", Unit::Day),
        ("هەفتە", Unit::Week),
        ("حەوتوو", Unit::Week),
        ("حەفتە", Unit::Week),
        ("مانگ", Unit::Month),
        ("ساڵ", Unit::Year),
        ("دەیە", Unit::Decade),
        ("لەسەدا", Unit::Percent),
        ("لە سەدا", Unit::Percent),
        ("لە سەد", Unit::Percent),
        ("لەسەد", Unit::Percent),
        ("%", Unit::Percent),
        ("٪", Unit::Percent),
        ("کیلۆمەتر", Unit::Kilometre),
        ("کم", Unit::Kilometre),
        ("میل", Unit::Mile),
        ("مەتر", Unit::Metre),
        ("پاوەند", Unit::Pound),
        ("پاوند", Unit::Pound),
        ("£", Unit::Pound),
        ("دۆلار", Unit::Dollar),
        ("دۆڵار", Unit::Dollar),
        ("$", Unit::Dollar),
        ("یۆرۆ", Unit::Euro),
        ("یورۆ", Unit::Euro),
        ("ئیورۆ", Unit::Euro),
        ("€", Unit::Euro),
    ],
    magnitudes: &[
        ("سەدان هەزار", 5),
        ("سەدەها هەزار", 5),
        ("دەیەها هەزار", 4),
        ("سەدان ملیۆن", 8),
        ("دەیان ملیۆن", 7),
        ("سەدان میلیۆن", 8),
        ("دەیان میلیۆن", 7),
        ("دەیان هەزار", 4),
        ("دەیان", 1),
        ("سەدان", 2),
        ("هەزاران", 3),
        ("ملیۆنان", 6),
        ("سەدەها", 2),
        ("دەیەها", 1),
        ("هەزارەها", 3),
        ("ملیۆنەها", 6),
        ("میلیۆنان", 6),
    ],
};

pub static DE: Language = Language {
    code: "de",
    aliases: &["deu", "ger", "de-ch", "de-de"],
    name: "German",
    native_name: "Deutsch",
    script: Script::Latin,
    direction: Direction::Ltr,
    sentences: sentences::DE,
    signatory_cues: &["unterzeichn", "unterschrieben"],
    continuation_words: &[],
    number_conventions: &[COMMA_DECIMAL],
    number_words: &[
        ("null", 0),
        ("eins", 1),
        ("zwei", 2),
        ("drei", 3),
        ("vier", 4),
        ("fünf", 5),
        ("sechs", 6),
        ("sieben", 7),
        ("acht", 8),
        ("neun", 9),
        ("zehn", 10),
        ("elf", 11),
        ("zwölf", 12),
        ("zwanzig", 20),
        ("dreissig", 30),
        ("dreißig", 30),
        ("hundert", 100),
    ],
    multipliers: &[
        ("tausend", 1_000),
        ("million", 1_000_000),
        ("millionen", 1_000_000),
    ],
    number_joiners: &["und"],
    number_suffixes: &[],
    number_prefixes: &[],
    clitic_prefixes: &[],
    months: &[],
    word_suffixes: &[""],
    date_fillers: &[],
    month_words: &[],
    ambiguous_months: &[],
    negations: &["nicht", "kein", "keine", "nie", "niemals", "ohne"],
    units: &[],
    magnitudes: &[],
};

pub static FR: Language = Language {
    code: "fr",
    aliases: &["fra", "fre", "fr-fr", "fr-ch"],
    name: "French",
    native_name: "Français",
    script: Script::Latin,
    direction: Direction::Ltr,
    sentences: sentences::FR,
    signatory_cues: &["signataire"],
    continuation_words: &[],
    number_conventions: &[COMMA_DECIMAL],
    number_words: &[
        ("zéro", 0),
        ("deux", 2),
        ("trois", 3),
        ("quatre", 4),
        ("cinq", 5),
        ("six", 6),
        ("sept", 7),
        ("huit", 8),
        ("neuf", 9),
        ("dix", 10),
        ("onze", 11),
        ("douze", 12),
        ("vingt", 20),
        ("trente", 30),
        ("cent", 100),
    ],
    multipliers: &[
        ("mille", 1_000),
        ("million", 1_000_000),
        ("millions", 1_000_000),
    ],
    number_joiners: &["et", "-"],
    number_suffixes: &[],
    number_prefixes: &[],
    clitic_prefixes: &[],
    months: &[],
    word_suffixes: &[""],
    date_fillers: &[],
    month_words: &[],
    ambiguous_months: &[],
    negations: &["ne", "pas", "jamais", "sans", "aucun", "aucune"],
    units: &[],
    magnitudes: &[],
};

/// A language `align` has no table for (`align pair` on files of unknown language): no
/// abbreviations or number words; numbers read under both common conventions.
pub static UND: Language = Language {
    code: "und",
    aliases: &[],
    name: "Undetermined",
    native_name: "",
    script: Script::Latin,
    direction: Direction::Ltr,
    sentences: sentences::NONE,
    signatory_cues: &[],
    continuation_words: &[],
    number_conventions: &[DOT_DECIMAL, COMMA_DECIMAL, ARABIC_SEPARATORS],
    number_words: &[],
    multipliers: &[],
    number_joiners: &[],
    number_suffixes: &[],
    number_prefixes: &[],
    clitic_prefixes: &[],
    months: &[],
    word_suffixes: &[""],
    date_fillers: &[],
    month_words: &[],
    ambiguous_months: &[],
    negations: &[],
    units: &[],
    magnitudes: &[],
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
