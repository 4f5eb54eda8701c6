//! `align check`: what would make the published versions of a statement say different things.
//!
//! Each check is a small function with a stable kebab-case id ([`CHECKS`]) that takes one
//! aligned source–translation pair ([`Pair`]) and adds [`Finding`]s: plain data (check id,
//! severity, where in the source and the translation, details), turned into text only by the
//! report module. Severities come from the registry, then `align.yaml` (per check, per
//! language); findings are then dropped when an `<!-- align: allow ID -->` comment or a
//! baseline says so.

mod content;
mod dates;
mod drift;
mod numbers;
mod structure;
mod terms;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::align::statement::{Alignment, Prepared, SentenceRef};
use crate::config::Config;
use crate::document::{BlockKind, Document};
use crate::error::{Error, Result};
use crate::glossary::Glossary;
use crate::statement::{Statement, load_document};

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// A check: its id and default severity.
#[derive(Debug, Clone, Copy)]
pub struct CheckInfo {
    pub id: &'static str,
    pub severity: Severity,
}

const fn check(id: &'static str, severity: Severity) -> CheckInfo {
    CheckInfo { id, severity }
}

/// Every check, in the order `--list-checks` shows them.
pub const CHECKS: &[CheckInfo] = &[
    check("missing-translation", Severity::Error),
    check("missing-segment", Severity::Error),
    check("missing-content", Severity::Error),
    check("extra-segment", Severity::Warning),
    check("moved-segment", Severity::Warning),
    check("restructured", Severity::Info),
    check("list-count", Severity::Error),
    check("list-numbering", Severity::Warning),
    check("empty-segment", Severity::Error),
    check("number-mismatch", Severity::Error),
    check("unit-mismatch", Severity::Error),
    check("date-mismatch", Severity::Error),
    check("date-calendar", Severity::Warning),
    check("term-mismatch", Severity::Warning),
    check("latin-token", Severity::Warning),
    check("untranslated", Severity::Warning),
    check("length-ratio", Severity::Warning),
    check("wrong-script", Severity::Error),
    check("orthography", Severity::Warning),
    check("invisible-char", Severity::Warning),
    check("punctuation", Severity::Info),
    check("broken-paragraph", Severity::Warning),
    check("unknown-allow", Severity::Warning),
    check("stale-pin", Severity::Warning),
    check("source-drift", Severity::Error),
    check("new-source", Severity::Error),
    check("removed-source", Severity::Warning),
    check("target-changed", Severity::Info),
];

/// The registry entry of a check id.
pub fn info(id: &str) -> Option<&'static CheckInfo> {
    CHECKS.iter().find(|c| c.id == id)
}

/// Where a finding is, on one side.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Location {
    pub path: String,
    /// 1-based line of the segment's start (for a missing segment in the translation: the
    /// line where it belongs).
    pub line: usize,
    /// The segment id (`p3`, `p3.s2`, `l1.2`); none for a whole file or a place between
    /// segments.
    pub segment: Option<String>,
    /// The segment's text.
    pub text: Option<String>,
    /// Where the segment starts and ends in its file, when the location is a segment.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
}

/// A segment's extent in its file: 1-based column of its first character (on `line`), the line
/// of its last, and the column just after that (as SARIF's `endColumn`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
}

impl Location {
    /// A line of a file, no segment: where a finding is about the file as a whole (line 1) or
    /// a place between segments.
    pub fn line(path: &str, line: usize) -> Location {
        Location {
            path: path.to_string(),
            line,
            segment: None,
            text: None,
            span: None,
        }
    }

    /// Block `i` of a document: its file, line, id and text.
    pub fn block(d: &Document, i: usize) -> Location {
        let b = &d.blocks[i];
        Location {
            path: d.path.clone(),
            line: b.line,
            segment: Some(b.id.clone()),
            text: Some(b.text.clone()),
            span: Some(Span {
                column: b.col,
                end_line: b.end_line,
                end_column: b.end_col,
            }),
        }
    }

    /// Sentence `k` of block `i`: it ends where the next sentence starts, or with its block.
    pub fn sentence(d: &Document, i: usize, k: usize) -> Location {
        let b = &d.blocks[i];
        let Some(s) = b.sentences.get(k) else {
            return Location::block(d, i);
        };
        let (end_line, end_column) = b
            .sentences
            .get(k + 1)
            .map_or((b.end_line, b.end_col), |n| (n.line, n.col));
        Location {
            path: d.path.clone(),
            line: s.line,
            segment: Some(s.id.clone()),
            text: Some(s.text.clone()),
            span: Some(Span {
                column: s.col,
                end_line,
                end_column,
            }),
        }
    }
}

/// Something that may make the versions say different things.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    pub check: &'static str,
    pub severity: Severity,
    pub statement: String,
    pub lang: String,
    pub source: Option<Location>,
    pub target: Option<Location>,
    /// Check-specific facts with stable keys (documented in the README); also the arguments
    /// of the finding's message.
    pub details: Map<String, Value>,
}

impl Finding {
    /// The segment a finding is about, for baselines: the translation's if it has one, else
    /// the source's, else empty (a whole file).
    pub fn segment(&self) -> String {
        self.target
            .as_ref()
            .and_then(|l| l.segment.clone())
            .or_else(|| self.source.as_ref().and_then(|l| l.segment.clone()))
            .unwrap_or_default()
    }

    /// What is wrong, as 16 hex digits: a hash of the details that say it (the numbers that
    /// differ, the missing token …), leaving out those that say where (a line) or depend on the
    /// rest of the document (its typical ratio). Stable across runs, platforms and versions.
    pub fn content_hash(&self) -> String {
        const WHERE: &[&str] = &["next_line", "typical", "share"];
        let details: Map<String, serde_json::Value> = self
            .details
            .iter()
            .filter(|(k, _)| !WHERE.contains(&k.as_str()))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        let text = serde_json::to_string(&details).unwrap_or_default();
        format!("{:016x}", crate::text::fnv1a64(text.as_bytes()))
    }

    /// The line to point at: in the translation when there is one, else in the source.
    pub fn primary(&self) -> Option<&Location> {
        self.target.as_ref().or(self.source.as_ref())
    }
}

/// A severity in `align.yaml`: a level, or `off`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Error,
    Warning,
    Info,
    Off,
}

impl Level {
    fn severity(self) -> Option<Severity> {
        match self {
            Level::Error => Some(Severity::Error),
            Level::Warning => Some(Severity::Warning),
            Level::Info => Some(Severity::Info),
            Level::Off => None,
        }
    }
}

/// A check's severity in `align.yaml`: one level, or a level per language with a `default`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(untagged)]
pub enum SeverityRule {
    One(Level),
    PerLanguage(BTreeMap<String, Level>),
}

/// Check settings from `align.yaml`.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct CheckConfig {
    /// Block kinds whose text may stay as in the source (`untranslated` does not fire):
    /// default `[signatory]`, since organisation names are often kept.
    pub keep: Option<Vec<String>>,
}

/// Everything a run of checks needs besides the statements.
#[derive(Debug, Clone, Default)]
pub struct Settings {
    pub severities: BTreeMap<String, SeverityRule>,
    pub glossary: Glossary,
    /// Block kinds that may stay untranslated.
    pub keep: Vec<BlockKind>,
}

impl Settings {
    /// Settings from the project's configuration (the glossary read from its path).
    pub fn from_config(
        config: &Config,
        root: &Path,
        config_path: Option<&Path>,
    ) -> Result<Settings> {
        let at = |message: String| {
            let e = Error::usage(message);
            match config_path {
                Some(p) => Error {
                    path: Some(p.display().to_string()),
                    ..e
                },
                None => e,
            }
        };
        for (id, rule) in &config.checks {
            if info(id).is_none() {
                return Err(at(format!(
                    "checks: \"{id}\" is not a check id (align check --list-checks shows them)"
                )));
            }
            if let SeverityRule::PerLanguage(map) = rule {
                for code in map.keys().filter(|k| *k != "default") {
                    if crate::lang::lookup(code).is_none() {
                        return Err(at(format!(
                            "checks: {id}: \"{code}\" is neither \"default\" nor a language code"
                        )));
                    }
                }
            }
        }
        let glossary = match &config.glossary {
            Some(p) if !crate::statement::something_at(&root.join(p)) => {
                let e = Error::new(crate::error::ErrorKind::MissingGlossary {
                    glossary: root.join(p).display().to_string(),
                });
                return Err(match config_path {
                    Some(c) => Error {
                        path: Some(c.display().to_string()),
                        line: config_line(c, "glossary:"),
                        ..e
                    },
                    None => e,
                });
            }
            Some(p) => Glossary::load(&root.join(p))?,
            None if root.join("glossary.yaml").is_file() => {
                Glossary::load(&root.join("glossary.yaml"))?
            }
            None => Glossary::default(),
        };
        let keep = match config.untranslated.keep.as_ref() {
            Some(kinds) => {
                let mut out = Vec::new();
                for k in kinds {
                    out.push(parse_kind(k).ok_or_else(|| {
                        at(format!("untranslated.keep: \"{k}\" is not a block kind"))
                    })?);
                }
                out
            }
            None => vec![BlockKind::Signatory],
        };
        Ok(Settings {
            severities: config.checks.clone(),
            glossary,
            keep,
        })
    }

    /// The severity `align.yaml` sets for check `id` and language `lang`: `None` when it says
    /// nothing for them, `Some(None)` when it turns the check off.
    pub fn configured(&self, id: &str, lang: &str) -> Option<Option<Severity>> {
        match self.severities.get(id)? {
            SeverityRule::One(level) => Some(level.severity()),
            SeverityRule::PerLanguage(map) => map
                .get(lang)
                .or_else(|| map.get("default"))
                .map(|level| level.severity()),
        }
    }

    /// The severity of check `id` for language `lang`, or `None` when it is off.
    pub fn severity(&self, id: &str, lang: &str) -> Option<Severity> {
        let default = info(id).map_or(Severity::Warning, |c| c.severity);
        match self.severities.get(id) {
            None => Some(default),
            Some(SeverityRule::One(level)) => level.severity(),
            Some(SeverityRule::PerLanguage(map)) => {
                match map.get(lang).or_else(|| map.get("default")) {
                    Some(level) => level.severity(),
                    None => Some(default),
                }
            }
        }
    }
}

/// The 1-based line of `align.yaml` where a top-level key starts, for messages about it.
fn config_line(path: &Path, key: &str) -> Option<usize> {
    let text = std::fs::read_to_string(path).ok()?;
    text.lines().position(|l| l.starts_with(key)).map(|i| i + 1)
}

fn parse_kind(s: &str) -> Option<BlockKind> {
    use BlockKind::*;
    [
        Title, Lede, Heading, Paragraph, Demand, Signatory, ListItem, Code,
    ]
    .into_iter()
    .find(|k| k.as_str() == s)
}

/// One translation with its source, aligned: what every check looks at.
pub struct Pair<'a> {
    pub statement: &'a str,
    pub source: &'a Document,
    pub target: &'a Document,
    pub alignment: &'a Alignment,
    pub settings: &'a Settings,
}

impl Pair<'_> {
    /// A finding about this pair, with the registry's severity (adjusted later).
    fn finding(
        &self,
        check: &'static str,
        source: Option<Location>,
        target: Option<Location>,
    ) -> Finding {
        Finding {
            check,
            severity: info(check).map_or(Severity::Warning, |c| c.severity),
            statement: self.statement.to_string(),
            lang: self.target.lang.code.to_string(),
            source,
            target,
            details: Map::new(),
        }
    }

    fn block_loc(d: &Document, i: usize) -> Location {
        Location::block(d, i)
    }

    /// A sentence's location; a block without sentences (a code block) is located as a whole.
    fn sentence_loc(d: &Document, r: SentenceRef) -> Location {
        Location::sentence(d, r.block, r.sentence)
    }

    fn src_block(&self, i: usize) -> Location {
        Self::block_loc(self.source, i)
    }
    fn tgt_block(&self, j: usize) -> Location {
        Self::block_loc(self.target, j)
    }
    fn src_sentence(&self, r: SentenceRef) -> Location {
        Self::sentence_loc(self.source, r)
    }
    fn tgt_sentence(&self, r: SentenceRef) -> Location {
        Self::sentence_loc(self.target, r)
    }

    /// Blocks whose text may stay as in the source.
    fn kept(&self, kind: BlockKind) -> bool {
        self.settings.keep.contains(&kind)
    }
}

/// Adds a key to a finding's details.
fn detail(f: &mut Finding, key: &str, value: impl Into<Value>) {
    f.details.insert(key.to_string(), value.into());
}

/// Runs every check on one translation.
pub fn check_pair(pair: &Pair) -> Vec<Finding> {
    let mut out = Vec::new();
    structure::run(pair, &mut out);
    let claimed = dates::run(pair, &mut out);
    numbers::run(pair, &claimed, &mut out);
    terms::run(pair, &mut out);
    content::run(pair, &mut out);
    fold_into_missing_content(&mut out);
    fold_into_missing_segment(&mut out);
    out
}

/// The block id a segment id belongs to (`p3.s2` → `p3`).
fn block_id(segment: &str) -> &str {
    segment.split(".s").next().unwrap_or(segment)
}

/// One fault, one finding: what other checks say about a source segment the translation left
/// out (its numbers, dates and terms are missing with it) is left to its `missing-segment`; and a
/// list whose count differs only by its missing and added items is not also a `list-count` —
/// the `missing-segment` of each item names the list's counts instead.
fn fold_into_missing_segment(out: &mut Vec<Finding>) {
    let missing: Vec<(String, bool)> = out
        .iter()
        .filter(|f| f.check == "missing-segment")
        .filter_map(|f| {
            let seg = f.source.as_ref()?.segment.clone()?;
            let sentence = f.details.get("kind").and_then(Value::as_str) == Some("sentence");
            Some((seg, sentence))
        })
        .collect();
    if missing.is_empty() {
        return;
    }
    let explained = |seg: &str| {
        missing.iter().any(|(m, sentence)| {
            if *sentence {
                m == seg
            } else {
                block_id(seg) == m
            }
        })
    };
    const CONSEQUENCES: &[&str] = &[
        "number-mismatch",
        "date-mismatch",
        "term-mismatch",
        "latin-token",
        "missing-content",
        "length-ratio",
        "punctuation",
    ];
    out.retain(|f| {
        !(CONSEQUENCES.contains(&f.check)
            && f.source
                .as_ref()
                .and_then(|l| l.segment.as_deref())
                .is_some_and(explained))
    });
    // Lists: the items missing from the translation and the items it adds.
    let extra_items: Vec<String> = out
        .iter()
        .filter(|f| f.check == "extra-segment")
        .filter_map(|f| f.target.as_ref()?.segment.clone())
        .filter(|s| s.starts_with('l') && !s.contains(".s"))
        .collect();
    let mut folded: Vec<(String, Value, Value)> = Vec::new();
    out.retain(|f| {
        if f.check != "list-count" {
            return true;
        }
        let (Some(list), Some(src), Some(tgt)) = (
            f.details.get("list").and_then(Value::as_str),
            f.details.get("source_items").and_then(Value::as_i64),
            f.details.get("target_items").and_then(Value::as_i64),
        ) else {
            return true;
        };
        let prefix = format!("{list}.");
        let n_missing = missing
            .iter()
            .filter(|(m, sentence)| !sentence && m.starts_with(&prefix))
            .count() as i64;
        let target_list = f
            .target
            .as_ref()
            .and_then(|l| l.segment.clone())
            .map(|l| format!("{l}."));
        let n_extra = target_list.map_or(0, |t| {
            extra_items.iter().filter(|e| e.starts_with(&t)).count() as i64
        });
        if n_missing + n_extra > 0 && src - tgt == n_missing - n_extra {
            folded.push((prefix, src.into(), tgt.into()));
            false
        } else {
            true
        }
    });
    for f in out.iter_mut().filter(|f| f.check == "missing-segment") {
        let Some(seg) = f.source.as_ref().and_then(|l| l.segment.clone()) else {
            continue;
        };
        if let Some((_, src, tgt)) = folded.iter().find(|(p, _, _)| seg.starts_with(p.as_str())) {
            detail(f, "source_items", src.clone());
            detail(f, "target_items", tgt.clone());
        }
    }
}

/// One fault, one finding: an acronym of a sentence whose translation left part of it out is
/// named by that `missing-content` finding, not reported again as a `latin-token`.
fn fold_into_missing_content(out: &mut Vec<Finding>) {
    let named: Vec<(Option<String>, String)> = out
        .iter()
        .filter(|f| f.check == "missing-content")
        .flat_map(|f| {
            let seg = f.source.as_ref().and_then(|s| s.segment.clone());
            f.details
                .get("missing")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .map(move |t| (seg.clone(), t.to_string()))
        })
        .collect();
    if named.is_empty() {
        return;
    }
    out.retain(|f| {
        if f.check != "latin-token" {
            return true;
        }
        let seg = f.source.as_ref().and_then(|s| s.segment.clone());
        let token = f.details.get("token").and_then(Value::as_str).unwrap_or("");
        !named.iter().any(|(s, t)| *s == seg && t == token)
    });
}

/// Checks one source segment against one translated segment known to render it (sentence-
/// parallel data such as one-sentence-a-line bitext): each becomes a one-paragraph document and
/// the pair is taken as aligned.
pub fn check_segment_pair(
    source: &str,
    source_lang: crate::lang::Lang,
    target: &str,
    target_lang: crate::lang::Lang,
    settings: &Settings,
) -> Vec<Finding> {
    use crate::align::statement::{BlockBead, SentenceBead};
    let doc = |text: &str, lang| {
        // A paragraph of its own, whatever Markdown the text looks like.
        let escaped = text.replace('\\', "\\\\").replace(['\n', '\r'], " ");
        Document::parse("segment", &format!("# -\n\n-\n\n{escaped}\n"), lang)
    };
    let (s, t) = (doc(source, source_lang), doc(target, target_lang));
    let (Some(i), Some(j)) = (s.blocks.len().checked_sub(1), t.blocks.len().checked_sub(1)) else {
        return Vec::new();
    };
    let refs = |d: &Document, b: usize| {
        (0..d.blocks[b].sentences.len())
            .map(|k| SentenceRef {
                block: b,
                sentence: k,
            })
            .collect::<Vec<_>>()
    };
    let alignment = Alignment {
        blocks: vec![BlockBead {
            src: vec![i],
            tgt: vec![j],
            confidence: 1.0,
            moved: None,
            sentences: vec![SentenceBead {
                src: refs(&s, i),
                tgt: refs(&t, j),
                confidence: 1.0,
            }],
        }],
        length: Default::default(),
        lookup: Default::default(),
    };
    let pair = Pair {
        statement: "segment",
        source: &s,
        target: &t,
        alignment: &alignment,
        settings,
    };
    let mut out = Vec::new();
    let claimed = dates::run(&pair, &mut out);
    numbers::run(&pair, &claimed, &mut out);
    out
}

/// [`check_segment_pair`] with every check that looks at one pair's text (terms, Latin tokens,
/// scripts, orthography …), not only numbers and dates.
pub fn check_segment_pair_all(
    source: &str,
    source_lang: crate::lang::Lang,
    target: &str,
    target_lang: crate::lang::Lang,
    settings: &Settings,
) -> Vec<Finding> {
    let mut out = check_segment_pair(source, source_lang, target, target_lang, settings);
    let doc = |text: &str, lang| {
        let escaped = text.replace('\\', "\\\\").replace(['\n', '\r'], " ");
        Document::parse("segment", &format!("# -\n\n-\n\n{escaped}\n"), lang)
    };
    let (s, t) = (doc(source, source_lang), doc(target, target_lang));
    let alignment = crate::align::statement::align_documents(&s, &t);
    let pair = Pair {
        statement: "segment",
        source: &s,
        target: &t,
        alignment: &alignment,
        settings,
    };
    terms::run(&pair, &mut out);
    out
}

/// Checks that look at one file alone (the source, whatever the translations): stray
/// invisible characters, broken paragraphs.
pub fn check_file(statement: &str, doc: &Document) -> Vec<Finding> {
    let mut out = Vec::new();
    content::file_checks(statement, doc, &mut out);
    content::unknown_allows(statement, doc, false, &mut out);
    out
}

/// What was checked: the findings and the counts of the summary.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Outcome {
    pub findings: Vec<Finding>,
    pub statements: usize,
    /// Distinct translation languages checked.
    pub languages: usize,
    /// Blocks checked, in every file.
    pub segments: usize,
    /// Findings dropped by an `allow` comment or the baseline.
    pub suppressed: usize,
    /// Input errors met on the way (a file that does not parse); the run goes on without it.
    #[serde(skip)]
    pub errors: Vec<Error>,
    /// The `align.yaml` files in use (one per project checked), as the user would name them.
    #[serde(skip)]
    pub configs: Vec<String>,
}

impl Outcome {
    pub fn count(&self, severity: Severity) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == severity)
            .count()
    }

    pub fn merge(&mut self, other: Outcome) {
        self.findings.extend(other.findings);
        self.statements += other.statements;
        self.segments += other.segments;
        self.suppressed += other.suppressed;
        self.errors.extend(other.errors);
        self.configs.extend(other.configs);
    }
}

/// Which translations to check.
#[derive(Debug, Clone, Default)]
pub struct Selection {
    /// Only these languages (codes); all when empty.
    pub langs: Vec<String>,
}

/// Checks one statement: every translation against the source. Input errors are collected in
/// the outcome, not returned, so one bad file does not hide the others' findings.
pub fn check_statement(st: &Statement, settings: &Settings, selection: &Selection) -> Outcome {
    check_and_keep(st, settings, selection).0
}

/// What checking a statement read and aligned, for a caller that goes on with it (`align
/// publish` publishes exactly what was checked, without reading and aligning it again).
#[derive(Debug, Clone)]
pub struct Read {
    pub source: Document,
    pub lock: Option<crate::drift::Lock>,
    /// Each translation checked, with its alignment to the source.
    pub targets: Vec<(Document, Alignment)>,
}

/// [`check_statement`], keeping what it read (none when the source could not be read).
pub fn check_and_keep(
    st: &Statement,
    settings: &Settings,
    selection: &Selection,
) -> (Outcome, Option<Read>) {
    let mut outcome = Outcome {
        statements: 1,
        ..Outcome::default()
    };
    let source = match load_document(&st.source) {
        Ok(d) => d,
        Err(e) => {
            outcome.errors.push(e);
            return (outcome, None);
        }
    };
    outcome.segments += source.blocks.len();
    let lock_path = st.dir.join(crate::drift::LOCK_FILE);
    // A lock in any form is read: one that cannot be (a directory, a FIFO, a link loop) is an
    // input error, never a silent "no drift checks".
    let lock = if crate::statement::something_at(&lock_path) {
        match crate::drift::Lock::load(
            &lock_path,
            st.id(),
            st.id_from_directory().then_some(&source),
        ) {
            Ok(l) => Some(l),
            Err(e) => {
                outcome.errors.push(e);
                None
            }
        }
    } else {
        None
    };
    // Pins that cannot be read are an input error; the statement is still checked, unpinned.
    let pins = crate::pins::Pins::load(&st.dir).unwrap_or_else(|e| {
        outcome.errors.push(e);
        crate::pins::Pins::default()
    });
    let prepared = Prepared::new(&source);
    let mut findings = check_file(&st.slug, &source);
    let wanted =
        |code: &str| selection.langs.is_empty() || selection.langs.iter().any(|l| l == code);
    for lang in st.missing_targets.iter().filter(|l| wanted(l.code)) {
        findings.push(Finding {
            check: "missing-translation",
            severity: Severity::Error,
            statement: st.slug.clone(),
            lang: lang.code.to_string(),
            source: Some(Location::line(&source.path, 1)),
            target: None,
            details: {
                let mut m = Map::new();
                m.insert(
                    "file".into(),
                    st.dir
                        .join(format!("{}.md", lang.code))
                        .display()
                        .to_string()
                        .into(),
                );
                m
            },
        });
    }
    let mut targets = Vec::new();
    for file in st.targets.iter().filter(|f| wanted(f.lang.code)) {
        let entries = lock
            .as_ref()
            .and_then(|l| l.languages.get(file.lang.code))
            .map(Vec::as_slice);
        match load_document(file) {
            Ok(target) => {
                let (f, alignment, suppressed) = check_document_pinned(
                    &st.slug, &source, &prepared, &target, settings, entries, &pins,
                );
                findings.extend(f);
                outcome.segments += target.blocks.len();
                outcome.suppressed += suppressed;
                targets.push((target, alignment));
            }
            Err(e) => outcome.errors.push(e),
        }
    }
    let (kept, suppressed) = apply_settings(findings, settings, &source);
    outcome.findings = kept;
    outcome.suppressed += suppressed;
    (
        outcome,
        Some(Read {
            source,
            lock,
            targets,
        }),
    )
}

/// One translation's findings as `align check` reports them (drift from the lock's `entries`
/// when given; settings and `allow` comments applied), the alignment they were found on, and
/// how many findings were suppressed.
pub fn check_document(
    slug: &str,
    source: &Document,
    prepared: &Prepared,
    target: &Document,
    settings: &Settings,
    entries: Option<&[crate::drift::Entry]>,
) -> (Vec<Finding>, Alignment, usize) {
    let none = crate::pins::Pins::default();
    check_document_pinned(slug, source, prepared, target, settings, entries, &none)
}

/// [`check_document`] with the statement's pins: those of this translation that still hold
/// are forced on the alignment; each one that does not is a `stale-pin` finding.
pub fn check_document_pinned(
    slug: &str,
    source: &Document,
    prepared: &Prepared,
    target: &Document,
    settings: &Settings,
    entries: Option<&[crate::drift::Entry]>,
    pins: &crate::pins::Pins,
) -> (Vec<Finding>, Alignment, usize) {
    let resolved = crate::pins::resolve(pins.for_lang(target.lang.code), source, target);
    let alignment = crate::align::statement::align_pinned(
        source,
        prepared,
        target,
        &Prepared::new(target),
        &resolved.ranges,
    );
    let pair = Pair {
        statement: slug,
        source,
        target,
        alignment: &alignment,
        settings,
    };
    let mut findings = check_pair(&pair);
    for (pin, why) in &resolved.unusable {
        let at = |d: &Document, ids: &[String]| {
            ids.iter()
                .find_map(|id| d.index_of(id))
                .map(|i| Location::block(d, i))
        };
        let target_loc = at(target, &pin.target).or_else(|| Some(Location::line(&target.path, 1)));
        let mut f = pair.finding("stale-pin", at(source, &pin.source), target_loc);
        f.details
            .insert("source".into(), pin.source.join(",").into());
        f.details
            .insert("target".into(), pin.target.join(",").into());
        let (reason, block) = match why {
            crate::pins::Unusable::Changed => ("changed", None),
            crate::pins::Unusable::UnknownBlock(b) => ("unknown-block", Some(b.clone())),
            crate::pins::Unusable::Disordered => ("disordered", None),
        };
        f.details.insert("reason".into(), reason.into());
        if let Some(b) = block {
            f.details.insert("block".into(), b.into());
        }
        findings.push(f);
    }
    content::unknown_allows(slug, target, true, &mut findings);
    if let Some(entries) = entries {
        drift::run(&pair, entries, &mut findings);
    }
    // Suppression comments live in the translation: drop what they allow here, where the
    // documents are at hand.
    let before = findings.len();
    findings.retain(|f| !allowed(f, source, target));
    let by_target = before - findings.len();
    let (findings, by_source) = apply_settings(findings, settings, source);
    (findings, alignment, by_target + by_source)
}

/// Whether an `<!-- align: allow ID -->` next to the finding's segment (in the translation,
/// or in the source for findings without a translation side) allows it.
fn allowed(f: &Finding, source: &Document, target: &Document) -> bool {
    let block_of = |d: &Document, loc: &Option<Location>| {
        let seg = loc.as_ref()?.segment.as_ref()?;
        let id = seg.split(".s").next().unwrap_or(seg);
        d.block(id).cloned()
    };
    let allows = |b: Option<crate::document::Block>| {
        b.is_some_and(|b| b.allow.iter().any(|a| a == f.check || a == "all"))
    };
    allows(block_of(target, &f.target)) || allows(block_of(source, &f.source))
}

/// Applies the configured severities (dropping checks that are off) and the source's `allow`
/// comments (for findings without a translation side); returns the findings kept and how many
/// a comment suppressed.
fn apply_settings(
    findings: Vec<Finding>,
    settings: &Settings,
    source: &Document,
) -> (Vec<Finding>, usize) {
    let mut suppressed = 0;
    let kept = findings
        .into_iter()
        .filter_map(|mut f| {
            if f.target.is_none() && allowed(&f, source, source) {
                suppressed += 1;
                return None;
            }
            // A configured severity replaces the finding's; otherwise it keeps its own (the
            // registry's default, or lower when the check graded it so, as `source-drift`
            // does for a change of punctuation only).
            if let Some(configured) = settings.configured(f.check, &f.lang) {
                f.severity = configured?;
            }
            Some(f)
        })
        .collect();
    (kept, suppressed)
}

/// Checks statements in parallel (one task a statement) and merges the outcomes, findings
/// sorted by statement, language, file and line.
pub fn run(statements: &[Statement], settings: &Settings, selection: &Selection) -> Outcome {
    run_with(statements, settings, selection, None, |_| ()).0
}

/// [`run`], keeping what was read and aligned for each statement (in the order given).
pub fn run_and_keep(
    statements: &[Statement],
    settings: &Settings,
    selection: &Selection,
) -> (Outcome, Vec<Option<Read>>) {
    run_with(statements, settings, selection, None, |read| read)
}

/// Checks in parallel; `keep` decides, statement by statement, what of its reading survives
/// (nothing for `align check`, so that an archive is never held in memory), and is called as
/// each statement is done (a progress indicator counts there). With a `cache`, a statement
/// whose files, settings and binary are those of a stored entry is not read again: its
/// findings come from the cache and `keep` gets no reading.
pub fn run_with<T: Send>(
    statements: &[Statement],
    settings: &Settings,
    selection: &Selection,
    cache: Option<&crate::cache::Cache>,
    keep: impl Fn(Option<Read>) -> T + Sync,
) -> (Outcome, Vec<T>) {
    use rayon::prelude::*;
    let results: Vec<(Outcome, T)> = statements
        .par_iter()
        .map(|st| {
            let (outcome, read) = check_one(st, settings, selection, cache);
            (outcome, keep(read))
        })
        .collect();
    let mut all = Outcome::default();
    let mut kept = Vec::with_capacity(results.len());
    for (o, k) in results {
        all.merge(o);
        kept.push(k);
    }
    let langs: BTreeSet<String> = cases(statements, selection)
        .into_iter()
        .map(|(_, lang)| lang)
        .collect();
    all.languages = langs.len();
    sort(&mut all.findings);
    (all, kept)
}

/// Checks one statement, through the cache when one is given: a statement whose files,
/// settings and binary are those of a stored entry is not read again (and has no reading).
pub fn check_one(
    st: &Statement,
    settings: &Settings,
    selection: &Selection,
    cache: Option<&crate::cache::Cache>,
) -> (Outcome, Option<Read>) {
    let key = cache.and_then(|c| c.key(st));
    if let (Some(c), Some(k)) = (cache, &key)
        && let Some(outcome) = c.get(st, k)
    {
        return (outcome, None);
    }
    let (outcome, read) = check_and_keep(st, settings, selection);
    if let (Some(c), Some(k)) = (cache, &key) {
        c.put(st, k, &outcome);
    }
    (outcome, read)
}

/// The (statement, language) pairs a run checks: the test cases of the JUnit report.
pub fn cases(statements: &[Statement], selection: &Selection) -> Vec<(String, String)> {
    let wanted =
        |code: &str| selection.langs.is_empty() || selection.langs.iter().any(|l| l == code);
    statements
        .iter()
        .flat_map(|st| {
            st.targets
                .iter()
                .map(|f| f.lang.code)
                .chain(st.missing_targets.iter().map(|l| l.code))
                .filter(|c| wanted(c))
                .map(|c| (st.slug.clone(), c.to_string()))
                .collect::<Vec<_>>()
        })
        .collect()
}

/// A baseline: findings accepted as they are, keyed by statement, language, check, segment id
/// and what is wrong (never by line: lines shift when text is edited), so another wrong number
/// in a baselined sentence is a new finding.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Baseline {
    pub version: u32,
    pub findings: BTreeSet<BaselineKey>,
}

/// The key of a finding in a baseline.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct BaselineKey {
    pub statement: String,
    pub lang: String,
    pub check: String,
    pub segment: String,
    /// [`Finding::content_hash`]; absent in baselines written before it existed, which then
    /// match any finding of that check at that segment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
}

impl BaselineKey {
    pub fn of(f: &Finding) -> BaselineKey {
        BaselineKey {
            statement: f.statement.clone(),
            lang: f.lang.clone(),
            check: f.check.to_string(),
            segment: f.segment(),
            content: Some(f.content_hash()),
        }
    }
}

impl Baseline {
    /// Reads a baseline file (YAML), with file, line and column on error.
    pub fn load(path: &Path) -> Result<Baseline> {
        crate::statement::read_yaml(path)
    }

    /// The baseline as YAML, one finding per entry, sorted: readable in a code review.
    pub fn to_yaml(&self) -> String {
        serde_yaml::to_string(self).unwrap_or_default()
    }

    pub fn from_findings(findings: &[Finding]) -> Baseline {
        Baseline {
            version: 1,
            findings: findings.iter().map(BaselineKey::of).collect(),
        }
    }

    /// Drops the findings the baseline holds; returns how many.
    pub fn apply(&self, outcome: &mut Outcome) {
        let before = outcome.findings.len();
        outcome.findings.retain(|f| {
            let key = BaselineKey::of(f);
            let any_content = BaselineKey {
                content: None,
                ..key.clone()
            };
            !self.findings.contains(&key) && !self.findings.contains(&any_content)
        });
        outcome.suppressed += before - outcome.findings.len();
    }
}

/// Sorts findings for output: by statement, language, file, line, check.
pub fn sort(findings: &mut [Finding]) {
    findings.sort_by(|a, b| {
        let key = |f: &Finding| {
            let loc = f.primary();
            (
                f.statement.clone(),
                f.lang.clone(),
                loc.map(|l| l.path.clone()),
                loc.map_or(0, |l| l.line),
                f.check,
            )
        };
        key(a).cmp(&key(b))
    });
}

#[cfg(test)]
mod tests;
