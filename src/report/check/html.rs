//! `align check --report FILE`: one self-contained HTML page for reviewers, each translation
//! beside its source, aligned block by block, every finding at its segment.
//!
//! - Plain data in, a `String` out: no I/O here (the command writes the file).
//! - Offline: inline `<style>` and a small inline `<script>` (the filters); a
//!   Content-Security-Policy forbids every request. Without JavaScript the filters stay hidden
//!   and everything is shown.
//! - The page speaks the interface language (`<html lang dir>`, labels, findings' messages and
//!   hints as in the human report); every cell of a statement carries its own `lang` and `dir`,
//!   and runs of the other direction are isolated with `<bdi>` as on published pages
//!   ([`crate::publish::html::text`]).
//! - One table per translation, one row per bead (`1-1`, `2-1`, a missing block `1-0`, an added
//!   one `0-1`). A missing block is a gap in the translation's column, an added one a gap in
//!   the source's; findings stand in the translation's cell, or in the gap.
//! - Anchors ([`anchor`]): a translation's block `{statement}-{lang}-{segment}`
//!   (`aleppo-2026-01-ar-p3`); the source's block in the table of translation `lang`
//!   `{statement}-{lang}-{source}-{segment}` (`aleppo-2026-01-ar-en-p3`); each translation's
//!   table `{statement}-{lang}`; each finding `finding-{n}`, numbered in report order from 1.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use super::{hint, message};
use crate::align::statement::{Alignment, BlockBead};
use crate::check::{Finding, Outcome, Severity};
use crate::document::Document;
use crate::i18n::Localizer;
use crate::lang::Direction;
use crate::publish::html::{escape, text};

/// One statement as it was checked: its source, and each translation with its alignment.
pub struct Checked<'a> {
    pub slug: &'a str,
    /// The statement's directory, as the user named it (for the `align pin` command shown
    /// beside an unsure pair).
    pub dir: &'a str,
    pub source: &'a Document,
    pub targets: &'a [(Document, Alignment)],
}

/// Below this confidence a bead is shaded as unsure; below [`DOUBTFUL`], more.
pub const UNSURE: f32 = 0.8;
pub const DOUBTFUL: f32 = 0.5;

const CSS: &str = r#"
:root {
  --latin: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif;
  --arabic: "Noto Naskh Arabic", "Noto Sans Arabic", "Amiri", "Scheherazade New", "Geeza Pro",
    "Traditional Arabic", "Segoe UI", Tahoma, sans-serif;
  --rule: #d0d4da;
  --muted: #5b6470;
  --error: #b00020; --error-bg: #fdeef0;
  --warning: #8a4b00; --warning-bg: #fff6e5;
  --info: #1d5fa8; --info-bg: #edf4fc;
}
* { box-sizing: border-box; }
html { font-family: var(--latin); line-height: 1.5; color: #1b1f24; background: #fff; }
body { margin: 0 auto; padding: 1.2rem; max-width: 110rem; overflow-wrap: anywhere; }
:lang(ar), :lang(ckb) { font-family: var(--arabic); }
[lang="ar"] [lang="en"], [lang="ckb"] [lang="en"], [lang="ar"] [lang="kmr"], [lang="ckb"] [lang="kmr"] { font-family: var(--latin); }
h1 { font-size: 1.5rem; margin: 0 0 .6rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 .3rem; }
h3 { font-size: 1.05rem; margin: 1.4rem 0 .4rem; }
.meta, .segid, .bead-kind, .bead-conf, .where { color: var(--muted); font-size: .8rem; }
dl.counts { display: flex; flex-wrap: wrap; gap: .4rem 1.6rem; margin: 0 0 .8rem; }
dl.counts div { display: flex; gap: .4em; align-items: baseline; }
dl.counts dt { color: var(--muted); }
dl.counts dd { margin: 0; font-weight: 700; font-size: 1.2rem; }
dl.counts .error dd { color: var(--error); }
dl.counts .warning dd { color: var(--warning); }
dl.counts .info dd { color: var(--info); }
form.filters { display: flex; flex-wrap: wrap; gap: .4rem 1rem; margin: 0 0 .8rem; font-size: .9rem; }
form.filters fieldset { border: 1px solid var(--rule); padding: .2rem .6rem .4rem; margin: 0; }
form.filters label { white-space: nowrap; margin-inline-end: .7em; display: inline-block; }
details.index summary { cursor: pointer; font-weight: 600; }
ol.index { padding-inline-start: 2em; margin: .4rem 0; }
ol.index li { margin: .15rem 0; }
.badge { display: inline-block; font-size: .75rem; font-weight: 700; padding: 0 .4em; border-radius: .2em; color: #fff; text-transform: uppercase; }
.badge.error { background: var(--error); }
.badge.warning { background: var(--warning); }
.badge.info { background: var(--info); }
code { font-size: .85em; }
table.review { width: 100%; border-collapse: collapse; table-layout: fixed; }
table.review col.bead { width: 6.5rem; }
th, td { vertical-align: top; text-align: start; padding: .5rem .7rem; border-top: 1px solid var(--rule); }
thead th { font-size: .85rem; color: var(--muted); border-bottom: 2px solid var(--rule); border-top: none; }
td:lang(ar), td:lang(ckb) { font-size: 1.08em; line-height: 1.85; }
td.bead { font-size: .8rem; }
td.bead span { display: block; }
tr.unsure td.bead { background: #f1eefa; }
details.pin { margin-top: .3em; font-size: .8em; }
details.pin code { display: block; white-space: pre-wrap; overflow-wrap: anywhere; }
tr.doubtful td.bead { background: #ddd5f3; }
tr.unsure td.text { background: #faf9fd; }
tr.doubtful td.text { background: #f3f0fb; }
.moved-note { color: var(--warning); font-weight: 600; }
td.gap { background: repeating-linear-gradient(135deg, #fff, #fff 6px, #f4f5f7 6px, #f4f5f7 12px); }
.gap-note { display: block; color: var(--muted); font-style: italic; font-size: .85rem; }
.seg { margin: 0 0 .4rem; }
.seg:last-child { margin-bottom: 0; }
.seg:target { outline: 2px solid var(--info); outline-offset: 2px; }
a.segid { text-decoration: none; margin-inline-end: .4em; }
mark { background: #ffe066; color: inherit; padding: 0 .1em; border-radius: .15em; }
.finding { margin: .5rem 0 0; padding: .35rem .55rem; border-inline-start: 4px solid; font-family: var(--latin); font-size: .88rem; line-height: 1.45; }
.finding:lang(ar), .finding:lang(ckb) { font-family: var(--arabic); }
.finding.error { border-color: var(--error); background: var(--error-bg); }
.finding.warning { border-color: var(--warning); background: var(--warning-bg); }
.finding.info { border-color: var(--info); background: var(--info-bg); }
.finding:target { outline: 2px solid #1b1f24; }
.finding p { margin: .2rem 0 0; }
.input-errors ul { padding: 0; list-style: none; }
.finding .hint { color: #333a44; }
.finding .diff { font-family: var(--latin); }
del { background: #f9d0d5; text-decoration: line-through; }
ins { background: #cdeccf; text-decoration: none; }
.filtered, tr.quiet { display: none !important; }
footer { margin-top: 2rem; font-size: .8rem; color: var(--muted); }
@media screen and (max-width: 48em) {
  body { padding: .6rem; }
  table.review, table.review tbody, table.review tr, table.review td { display: block; width: auto; }
  table.review colgroup, table.review thead { display: none; }
  table.review tr { border-top: 2px solid var(--rule); padding: .3rem 0; }
  table.review td { border-top: none; padding: .3rem .2rem; }
  table.review td.bead span { display: inline; margin-inline-end: .6em; }
  table.review td.text::before { content: attr(data-label); display: block; font-family: var(--latin); font-size: .72rem; color: var(--muted); }
}
@media print {
  @page { size: A4 landscape; margin: 12mm 10mm; }
  html { font-size: 9pt; }
  body { padding: 0; max-width: none; }
  * { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  form.filters { display: none; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  a { color: inherit; text-decoration: none; }
}
"#;

/// The filters: each box unticked hides what carries its value (`data-severity`, `data-check`,
/// `data-lang`). Without JavaScript the form stays hidden and everything is shown.
const SCRIPT: &str = r#"
(function () {
  var form = document.getElementById('filters');
  if (!form) return;
  form.hidden = false;
  function apply() {
    var off = {};
    form.querySelectorAll('input[name=severity], input[name=check], input[name=lang]').forEach(function (i) { if (!i.checked) off[i.name + ':' + i.value] = true; });
    var only = form.querySelector('input[name=only]');
    document.querySelectorAll('tr.bead').forEach(function (r) {
      r.classList.toggle('quiet', !!(only && only.checked) && !r.classList.contains('has-finding'));
    });
    document.querySelectorAll('[data-severity], [data-lang]').forEach(function (e) {
      var d = e.dataset;
      var hide = (d.severity && off['severity:' + d.severity]) || (d.check && off['check:' + d.check]) ||
        (d.lang && off['lang:' + d.lang]);
      e.classList.toggle('filtered', !!hide);
    });
  }
  form.addEventListener('change', apply);
  apply();
})();
"#;

/// The anchor of a segment: `{statement}-{lang}-{segment}` (`aleppo-2026-01-ar-p3`). The
/// source's segments, shown once beside each translation, are anchored in the table of that
/// translation: `anchor(statement, "ar", "en-p3")`, i.e. `aleppo-2026-01-ar-en-p3`.
pub fn anchor(statement: &str, lang: &str, segment: &str) -> String {
    format!("{statement}-{lang}-{segment}")
}

/// The block a segment id belongs to (`p3.s2` → `p3`).
fn block_of(segment: &str) -> &str {
    segment.split(".s").next().unwrap_or(segment)
}

/// What a finding names that can be seen in the texts: numbers, dates, terms, tokens.
pub fn marks(f: &Finding) -> Vec<String> {
    const KEYS: &[&str] = &[
        "source_only",
        "target_only",
        "source_date",
        "target_date",
        "term",
        "expected",
        "token",
        "number",
        "words",
    ];
    let mut out: Vec<String> = Vec::new();
    for k in KEYS {
        match f.details.get(*k) {
            Some(Value::String(s)) => out.push(s.clone()),
            Some(Value::Array(v)) => {
                out.extend(v.iter().filter_map(|x| x.as_str().map(str::to_string)))
            }
            _ => {}
        }
    }
    out.retain(|s| !s.trim().is_empty());
    out.sort();
    out.dedup();
    out
}

#[derive(Clone, Copy, PartialEq)]
enum Class {
    Digit,
    Latin,
    Other,
}

fn class(c: char) -> Class {
    if c.is_numeric() {
        Class::Digit
    } else if c.is_alphabetic() && !crate::text::is_arabic_letter(c) {
        Class::Latin
    } else {
        Class::Other
    }
}

/// Byte ranges of `text` where one of `marks` occurs, merged and in order. An occurrence must
/// not run on into a longer number or Latin word (`3` is not marked inside `2026`, nor `war`
/// inside `towards`); an Arabic-script word may carry a clitic (`و٢٥٠`, `بالمدنيين`).
pub fn mark_ranges(text: &str, marks: &[String]) -> Vec<std::ops::Range<usize>> {
    let mut ranges: Vec<std::ops::Range<usize>> = Vec::new();
    for m in marks.iter().filter(|m| !m.is_empty()) {
        let (Some(first), Some(last)) = (m.chars().next(), m.chars().last()) else {
            continue;
        };
        for (at, _) in text.match_indices(m.as_str()) {
            let end = at + m.len();
            let before = text[..at].chars().next_back();
            let after = text[end..].chars().next();
            let runs_on = |edge: char, next: Option<char>| {
                next.is_some_and(|n| class(edge) != Class::Other && class(n) == class(edge))
            };
            if runs_on(first, before) || runs_on(last, after) {
                continue;
            }
            ranges.push(at..end);
        }
    }
    ranges.sort_by_key(|r| (r.start, r.end));
    let mut merged: Vec<std::ops::Range<usize>> = Vec::new();
    for r in ranges {
        match merged.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => merged.push(r),
        }
    }
    merged
}

/// Text as HTML (escaped, runs of the other direction in `<bdi>`), the marks in `<mark>`.
pub fn marked(s: &str, marks: &[String], rtl: bool) -> String {
    let mut out = String::new();
    let mut done = 0;
    for r in mark_ranges(s, marks) {
        out.push_str(&text(&s[done..r.start], rtl));
        out.push_str(&format!("<mark>{}</mark>", text(&s[r.clone()], rtl)));
        done = r.end;
    }
    out.push_str(&text(&s[done..], rtl));
    out
}

/// Words of unchanged text kept on each side of a change in a drift's diff.
const CONTEXT: usize = 6;

/// Unchanged text shortened to the words next to the changes: `first`/`last` say whether it
/// opens or closes the diff (its far end is then cut), a middle part keeps both ends.
fn context(s: &str, first: bool, last: bool) -> String {
    // Words with the white space after them; white space before the first stays with it.
    let lead = s.len() - s.trim_start().len();
    let (pre, body) = s.split_at(lead);
    let words: Vec<&str> = body.split_inclusive(char::is_whitespace).collect();
    let n = words.len();
    let keep_head = if first { 0 } else { CONTEXT };
    let keep_tail = if last { 0 } else { CONTEXT };
    if n <= keep_head + keep_tail || (first && last) {
        return s.to_string();
    }
    let head = format!("{pre}{}", words[..keep_head].concat());
    let tail = words[n - keep_tail..].concat();
    match (keep_head, keep_tail) {
        (0, _) => format!("… {tail}"),
        (_, 0) => format!("{}…", head),
        _ => format!("{head}… {tail}"),
    }
}

/// A word diff (`[{"op": "equal" | "delete" | "insert", "text": …}]`) as HTML: deletions in
/// `<del>`, insertions in `<ins>`, long unchanged stretches cut to the words around the changes.
pub fn diff_html(diff: &Value, rtl: bool) -> Option<String> {
    let parts = diff.as_array()?;
    let mut out = String::new();
    for (k, p) in parts.iter().enumerate() {
        let raw = p.get("text")?.as_str()?;
        match p.get("op")?.as_str()? {
            "delete" => out.push_str(&format!("<del>{}</del>", text(raw, rtl))),
            "insert" => out.push_str(&format!("<ins>{}</ins>", text(raw, rtl))),
            _ => out.push_str(&text(&context(raw, k == 0, k + 1 == parts.len()), rtl)),
        }
    }
    Some(out)
}

fn dir_of(d: &Document) -> &'static str {
    match d.lang.direction {
        Direction::Rtl => "rtl",
        Direction::Ltr => "ltr",
    }
}

fn rtl(d: &Document) -> bool {
    d.lang.direction == Direction::Rtl
}

/// `lang` and `dir` of the interface.
fn ui(l: &Localizer) -> String {
    format!(
        "lang=\"{}\" dir=\"{}\"",
        l.code(),
        if l.is_rtl() { "rtl" } else { "ltr" }
    )
}

/// A message of the interface, escaped (isolates for Arabic-script values are in it already).
fn say(l: &Localizer, s: &str) -> String {
    text(s, l.is_rtl())
}

fn severity_label(l: &Localizer, s: Severity) -> String {
    l.msg(&format!("label-{}", s.as_str()))
}

/// The segment of a finding, as `lang segment` (`ar p3`), when it has one.
fn where_of(f: &Finding) -> String {
    let seg = f
        .target
        .as_ref()
        .and_then(|l| l.segment.clone())
        .map(|s| (f.lang.clone(), s))
        .or_else(|| {
            f.source
                .as_ref()
                .and_then(|l| l.segment.clone())
                .map(|s| (String::new(), s))
        });
    match seg {
        Some((lang, s)) if !lang.is_empty() => format!("{lang} {s}"),
        Some((_, s)) => s,
        None => String::new(),
    }
}

/// One finding: severity, check id, message, hint, and the drift's word diff.
fn finding_html(l: &Localizer, n: usize, f: &Finding, source: Option<&Document>) -> String {
    let sev = f.severity.as_str();
    let mut h = format!(
        "<div class=\"finding {sev}\" id=\"finding-{n}\" data-severity=\"{sev}\" data-check=\"{}\" data-lang=\"{}\" {}>",
        escape(f.check),
        escape(&f.lang),
        ui(l)
    );
    h.push_str(&format!(
        "<span class=\"badge {sev}\">{}</span> <code>{}</code> ",
        escape(&severity_label(l, f.severity)),
        escape(f.check)
    ));
    let w = where_of(f);
    if !w.is_empty() {
        h.push_str(&format!(
            "<span class=\"where\" dir=\"ltr\">{}</span> ",
            escape(&w)
        ));
    }
    h.push_str(&format!("<p>{}</p>", say(l, &message(l, f))));
    if let Some(diff) = f.details.get("diff") {
        let (lang, r) = source.map_or(("en", false), |d| (d.lang.code, rtl(d)));
        if let Some(d) = diff_html(diff, r) {
            h.push_str(&format!(
                "<p class=\"diff\" lang=\"{lang}\" dir=\"{}\">{d}</p>",
                if r { "rtl" } else { "ltr" }
            ));
        }
    }
    if let Some(hint) = hint(l, f) {
        h.push_str(&format!(
            "<p class=\"hint\"><b>{}:</b> {}</p>",
            escape(&l.msg("label-hint")),
            say(l, &hint)
        ));
    }
    h.push_str("</div>\n");
    h
}

/// Where each finding of a statement is shown: the bead of a translation's table, or the list
/// above the tables (a missing translation, the source file alone, a place between segments).
struct Placement {
    /// (translation, bead) → findings (indices into the outcome).
    at: BTreeMap<(usize, usize), Vec<usize>>,
    loose: Vec<usize>,
}

fn place(st: &Checked, findings: &[(usize, &Finding)]) -> Placement {
    let indexes: Vec<_> = st
        .targets
        .iter()
        .map(|(d, a)| a.index(st.source.blocks.len(), d.blocks.len()))
        .collect();
    let mut p = Placement {
        at: BTreeMap::new(),
        loose: Vec::new(),
    };
    for &(n, f) in findings {
        let k = st.targets.iter().position(|(d, _)| d.lang.code == f.lang);
        let bead = k.and_then(|k| {
            let (d, _) = &st.targets[k];
            let by_target = f
                .target
                .as_ref()
                .and_then(|l| l.segment.as_deref())
                .and_then(|s| d.index_of(block_of(s)))
                .and_then(|j| indexes[k].target.get(j).copied().flatten());
            by_target.or_else(|| {
                f.source
                    .as_ref()
                    .and_then(|l| l.segment.as_deref())
                    .and_then(|s| st.source.index_of(block_of(s)))
                    .and_then(|i| indexes[k].source.get(i).copied().flatten())
            })
        });
        match (k, bead) {
            (Some(k), Some(b)) => p.at.entry((k, b)).or_default().push(n),
            _ => p.loose.push(n),
        }
    }
    p
}

/// The blocks of one side of a bead, each with its anchor, the marks highlighted.
fn blocks_html(
    st: &Checked,
    table_lang: &str,
    d: &Document,
    blocks: &[usize],
    is_source: bool,
    marks: &[String],
) -> String {
    let mut h = String::new();
    for &i in blocks {
        let b = &d.blocks[i];
        let id = if is_source {
            anchor(st.slug, table_lang, &format!("{}-{}", d.lang.code, b.id))
        } else {
            anchor(st.slug, table_lang, &b.id)
        };
        h.push_str(&format!(
            "<div class=\"seg {}\" id=\"{}\"><a class=\"segid\" href=\"#{}\"><bdi>{}</bdi></a>{}</div>\n",
            b.kind.as_str(),
            escape(&id),
            escape(&id),
            escape(&b.id),
            marked(&b.text, marks, rtl(d))
        ));
    }
    h
}

fn td_open(d: &Document, class: &str) -> String {
    format!(
        "<td class=\"text{}{class}\" lang=\"{}\" dir=\"{}\" data-label=\"{}\">",
        if class.is_empty() { "" } else { " " },
        d.lang.code,
        dir_of(d),
        escape(d.lang.native_name)
    )
}

/// One translation's table.
fn pair_html(
    l: &Localizer,
    st: &Checked,
    k: usize,
    placement: &Placement,
    outcome: &Outcome,
) -> String {
    let (target, alignment) = &st.targets[k];
    let src = st.source;
    let lang = target.lang.code;
    // From the source to the translation, in the page's direction.
    let arrow = if l.is_rtl() { "←" } else { "→" };
    let mut h = format!(
        "<section class=\"pair\" id=\"{}\" data-lang=\"{lang}\">\n<h3><bdi lang=\"{}\">{}</bdi> {arrow} <bdi lang=\"{lang}\">{}</bdi></h3>\n",
        escape(&format!("{}-{lang}", st.slug)),
        src.lang.code,
        escape(src.lang.native_name),
        escape(target.lang.native_name)
    );
    h.push_str(&format!(
        "<table class=\"review\">\n<colgroup><col class=\"bead\"><col><col></colgroup>\n<thead><tr><th scope=\"col\" {}>{}</th><th scope=\"col\" lang=\"{}\" dir=\"{}\">{}</th><th scope=\"col\" lang=\"{lang}\" dir=\"{}\">{}</th></tr></thead>\n<tbody>\n",
        ui(l),
        escape(&l.msg("report-pair")),
        src.lang.code,
        dir_of(src),
        escape(src.lang.native_name),
        dir_of(target),
        escape(target.lang.native_name)
    ));
    for (b, bead) in alignment.blocks.iter().enumerate() {
        let here: Vec<usize> = placement.at.get(&(k, b)).cloned().unwrap_or_default();
        let marks: Vec<String> = {
            let mut m: Vec<String> = here
                .iter()
                .flat_map(|&n| marks(&outcome.findings[n - 1]))
                .collect();
            m.sort();
            m.dedup();
            m
        };
        let findings: String = here
            .iter()
            .map(|&n| finding_html(l, n, &outcome.findings[n - 1], Some(src)))
            .collect();
        h.push_str(&row(
            l, st, lang, target, alignment, bead, &marks, &findings,
        ));
    }
    h.push_str("</tbody>\n</table>\n</section>\n");
    h
}

/// A path as one shell word: quoted when it holds anything but plain characters.
fn shell_word(s: &str) -> String {
    if !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '.' | '_' | '-'))
    {
        s.to_string()
    } else {
        format!("'{}'", s.replace('\'', "'\\''"))
    }
}

/// One bead's row: what kind of bead and how sure, the source, the translation.
#[allow(clippy::too_many_arguments)]
fn row(
    l: &Localizer,
    st: &Checked,
    lang: &str,
    target: &Document,
    alignment: &Alignment,
    bead: &BlockBead,
    marks: &[String],
    findings: &str,
) -> String {
    let src = st.source;
    let mut class = vec!["bead"];
    if bead.confidence < DOUBTFUL {
        class.push("doubtful");
    } else if bead.confidence < UNSURE {
        class.push("unsure");
    }
    if bead.moved.is_some() {
        class.push("moved");
    }
    if !findings.is_empty() {
        class.push("has-finding");
    }
    let mut h = format!("<tr class=\"{}\">\n", class.join(" "));
    // The kind always; the confidence where the aligner is unsure (a row of `1.00`s is noise).
    h.push_str(&format!(
        "<td class=\"bead\" {}><span class=\"bead-kind\" dir=\"ltr\">{}</span>",
        ui(l),
        bead.kind()
    ));
    if bead.confidence < UNSURE {
        h.push_str(&format!(
            "<span class=\"bead-conf\">{}</span>",
            say(
                l,
                &l.fmt(
                    "show-confidence",
                    &[("value", format!("{:.2}", bead.confidence).into())]
                )
            )
        ));
    }
    // Where the aligner is unsure of a pair, the command that pins it as it is (to copy once
    // checked), or, edited, as it should be.
    if bead.confidence < UNSURE && !bead.is_omission() && !bead.is_insertion() {
        let command = format!(
            "align pin {} --lang {lang} {}={}",
            shell_word(st.dir),
            src.block_ids(&bead.src, ","),
            target.block_ids(&bead.tgt, ",")
        );
        h.push_str(&format!(
            "<details class=\"pin\"><summary {}>{}</summary><code dir=\"ltr\">{}</code></details>",
            ui(l),
            say(l, &l.msg("report-pin")),
            escape(&command)
        ));
    }
    if let Some(other) = bead.moved {
        let partner = &alignment.blocks[other];
        let ids = if bead.is_omission() {
            target.block_ids(&partner.tgt, "+")
        } else {
            src.block_ids(&partner.src, "+")
        };
        h.push_str(&format!(
            "<span class=\"moved-note\">{}</span>",
            say(l, &l.fmt("show-moved", &[("other", ids.into())]))
        ));
    }
    h.push_str("</td>\n");
    // The source.
    if bead.is_insertion() {
        h.push_str(&td_open(src, "gap"));
        h.push_str(&format!(
            "<span class=\"gap-note\" {}>{}</span>",
            ui(l),
            say(l, &l.msg("publish-added"))
        ));
        h.push_str(findings);
    } else {
        h.push_str(&td_open(src, ""));
        h.push_str(&blocks_html(st, lang, src, &bead.src, true, marks));
    }
    h.push_str("</td>\n");
    // The translation.
    if bead.is_omission() {
        h.push_str(&td_open(target, "gap"));
        h.push_str(&format!(
            "<span class=\"gap-note\" {}>{}</span>",
            ui(l),
            say(l, &l.msg("publish-missing"))
        ));
        h.push_str(findings);
    } else {
        h.push_str(&td_open(target, ""));
        h.push_str(&blocks_html(st, lang, target, &bead.tgt, false, marks));
        if !bead.is_insertion() {
            h.push_str(findings);
        }
    }
    h.push_str("</td>\n</tr>\n");
    h
}

fn count(l: &Localizer, class: &str, label: &str, n: usize) -> String {
    format!(
        "<div class=\"{class}\"><dt>{}</dt><dd>{n}</dd></div>",
        escape(&l.msg(label))
    )
}

/// The filters (hidden until the script shows them): severities, checks, languages present.
fn filters(l: &Localizer, outcome: &Outcome, langs: &BTreeSet<String>) -> String {
    let mut h = format!("<form class=\"filters\" id=\"filters\" hidden {}>\n", ui(l));
    let boxes = |name: &str, legend: &str, items: Vec<(String, String)>| {
        let mut s = format!("<fieldset><legend>{}</legend>", escape(&l.msg(legend)));
        for (value, label) in items {
            s.push_str(&format!(
                "<label><input type=\"checkbox\" name=\"{name}\" value=\"{}\" checked> {label}</label>",
                escape(&value)
            ));
        }
        s.push_str("</fieldset>\n");
        s
    };
    let severities: Vec<(String, String)> = [Severity::Error, Severity::Warning, Severity::Info]
        .into_iter()
        .map(|s| (s.as_str().to_string(), escape(&severity_label(l, s))))
        .collect();
    h.push_str(&boxes("severity", "report-filter-severity", severities));
    let checks: BTreeSet<&str> = outcome.findings.iter().map(|f| f.check).collect();
    if !checks.is_empty() {
        h.push_str(&boxes(
            "check",
            "report-filter-check",
            checks
                .into_iter()
                .map(|c| (c.to_string(), format!("<code>{}</code>", escape(c))))
                .collect(),
        ));
    }
    h.push_str(&boxes(
        "lang",
        "report-filter-language",
        langs
            .iter()
            .map(|code| {
                let name = crate::lang::lookup(code).map_or(code.as_str(), |x| x.native_name);
                (
                    code.clone(),
                    format!("<bdi lang=\"{}\">{}</bdi>", escape(code), escape(name)),
                )
            })
            .collect(),
    ));
    h.push_str(&format!(
        "<fieldset><legend>{}</legend><label><input type=\"checkbox\" name=\"only\" value=\"findings\"> {}</label></fieldset>\n",
        escape(&l.msg("report-filter-show")),
        escape(&l.msg("report-only-findings"))
    ));
    h.push_str("</form>\n");
    h
}

/// The review page: a summary with links to every finding and filters, then each statement,
/// each translation as a table beside its source. `outcome.findings` in report order.
pub fn page(l: &Localizer, outcome: &Outcome, statements: &[Checked]) -> String {
    let numbered: Vec<(usize, &Finding)> = outcome
        .findings
        .iter()
        .enumerate()
        .map(|(i, f)| (i + 1, f))
        .collect();
    let title = l.msg("report-title");
    let mut h = String::from("<!DOCTYPE html>\n");
    h.push_str(&format!(
        "<html {}>\n<head>\n<meta charset=\"utf-8\">\n",
        ui(l)
    ));
    h.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    h.push_str("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n");
    h.push_str("<meta name=\"generator\" content=\"align check\">\n");
    h.push_str(&format!("<title>{}</title>\n", escape(&title)));
    h.push_str(&format!("<style>{CSS}</style>\n</head>\n<body>\n"));
    // The summary.
    h.push_str(&format!("<header>\n<h1>{}</h1>\n", escape(&title)));
    h.push_str("<dl class=\"counts\">");
    h.push_str(&count(l, "", "report-statements", outcome.statements));
    h.push_str(&count(l, "", "report-languages", outcome.languages));
    h.push_str(&count(
        l,
        "error",
        "report-errors",
        outcome.count(Severity::Error),
    ));
    h.push_str(&count(
        l,
        "warning",
        "report-warnings",
        outcome.count(Severity::Warning),
    ));
    h.push_str(&count(
        l,
        "info",
        "report-notes",
        outcome.count(Severity::Info),
    ));
    h.push_str("</dl>\n");
    let mut langs: BTreeSet<String> = outcome.findings.iter().map(|f| f.lang.clone()).collect();
    for st in statements {
        langs.extend(st.targets.iter().map(|(d, _)| d.lang.code.to_string()));
    }
    h.push_str(&filters(l, outcome, &langs));
    if numbered.is_empty() {
        h.push_str(&format!(
            "<p class=\"none\">{}</p>\n",
            escape(&l.msg("report-no-findings"))
        ));
    } else {
        h.push_str(&format!(
            "<details class=\"index\" open>\n<summary>{}</summary>\n<ol class=\"index\">\n",
            escape(&l.fmt("report-findings", &[("count", numbered.len().into())]))
        ));
        for &(n, f) in &numbered {
            let sev = f.severity.as_str();
            h.push_str(&format!(
                "<li data-severity=\"{sev}\" data-check=\"{}\" data-lang=\"{}\"><a href=\"#finding-{n}\"><span class=\"badge {sev}\">{}</span> <code>{}</code> <span class=\"where\" dir=\"ltr\">{} {}</span></a> {}</li>\n",
                escape(f.check),
                escape(&f.lang),
                escape(&severity_label(l, f.severity)),
                escape(f.check),
                escape(&f.statement),
                escape(&where_of(f)),
                say(l, &message(l, f))
            ));
        }
        h.push_str("</ol>\n</details>\n");
    }
    // Input errors: what could not be checked (the rest of the page is what could).
    if !outcome.errors.is_empty() {
        h.push_str(&format!(
            "<section class=\"input-errors\">\n<h2>{}</h2>\n<ul>\n",
            escape(&l.msg("report-input-errors"))
        ));
        for e in &outcome.errors {
            let at = match (&e.path, e.line) {
                (Some(p), Some(line)) => format!("{p}:{line}: "),
                (Some(p), None) => format!("{p}: "),
                _ => String::new(),
            };
            h.push_str(&format!(
                "<li class=\"finding error\"><span class=\"where\" dir=\"ltr\">{}</span>{}</li>\n",
                escape(&at),
                say(l, &l.error(e))
            ));
        }
        h.push_str("</ul>\n</section>\n");
    }
    h.push_str("</header>\n<main>\n");
    // Each statement.
    let mut shown: BTreeSet<usize> = BTreeSet::new();
    for st in statements {
        let mine: Vec<(usize, &Finding)> = numbered
            .iter()
            .filter(|(_, f)| f.statement == st.slug)
            .copied()
            .collect();
        shown.extend(mine.iter().map(|(n, _)| *n));
        let placement = place(st, &mine);
        let src = st.source;
        let title = src
            .blocks
            .iter()
            .find(|b| b.kind == crate::document::BlockKind::Title)
            .map_or_else(|| st.slug.to_string(), |b| b.text.clone());
        h.push_str(&format!(
            "<section class=\"statement\" id=\"{}\">\n<h2 lang=\"{}\" dir=\"{}\">{}</h2>\n<p class=\"meta\" dir=\"ltr\">{}</p>\n",
            escape(st.slug),
            src.lang.code,
            dir_of(src),
            text(&title, rtl(src)),
            escape(st.slug)
        ));
        if !placement.loose.is_empty() {
            h.push_str("<div class=\"loose\">\n");
            for &n in &placement.loose {
                h.push_str(&finding_html(l, n, &outcome.findings[n - 1], Some(src)));
            }
            h.push_str("</div>\n");
        }
        for k in 0..st.targets.len() {
            h.push_str(&pair_html(l, st, k, &placement, outcome));
        }
        h.push_str("</section>\n");
    }
    // Findings of statements that could not be read.
    let rest: Vec<&(usize, &Finding)> = numbered
        .iter()
        .filter(|(n, _)| !shown.contains(n))
        .collect();
    if !rest.is_empty() {
        h.push_str(&format!(
            "<section class=\"statement\" id=\"unread\">\n<h2>{}</h2>\n",
            escape(&l.msg("report-unread"))
        ));
        for (n, f) in rest {
            h.push_str(&finding_html(l, *n, f, None));
        }
        h.push_str("</section>\n");
    }
    h.push_str("</main>\n");
    h.push_str(&format!(
        "<footer {}>{}</footer>\n",
        ui(l),
        say(l, &super::summary(l, outcome))
    ));
    h.push_str(&format!("<script>{SCRIPT}</script>\n</body>\n</html>\n"));
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| x.to_string()).collect()
    }

    fn ranges(text: &str, marks: &[&str]) -> Vec<(usize, usize)> {
        mark_ranges(text, &s(marks))
            .into_iter()
            .map(|r| (r.start, r.end))
            .collect()
    }

    #[test]
    fn anchors_name_statement_language_and_segment() {
        assert_eq!(anchor("aleppo-2026-01", "ar", "p3"), "aleppo-2026-01-ar-p3");
        assert_eq!(
            anchor("aleppo-2026-01", "ar", "en-l1.2"),
            "aleppo-2026-01-ar-en-l1.2"
        );
    }

    #[test]
    fn marks_whole_numbers_only() {
        let t = "On 7 January 2026, more than 250,000 civilians";
        assert_eq!(ranges(t, &["250,000"]), [(29, 36)]);
        // `2` inside 2026 and 250,000 is not a number of its own.
        assert!(mark_ranges(t, &s(&["2"])).is_empty());
        assert_eq!(ranges(t, &["7"]), [(3, 4)]);
        // Arabic-Indic digits, and a clitic before them.
        let ar = "أكثر من و٢٠٥ هەزار";
        let r = mark_ranges(ar, &s(&["٢٠٥"]));
        assert_eq!(&ar[r[0].clone()], "٢٠٥");
        // Latin words are whole words.
        assert!(mark_ranges("towards", &s(&["war"])).is_empty());
    }

    #[test]
    fn overlapping_marks_merge() {
        let t = "on 7 January 2026";
        assert_eq!(ranges(t, &["7 January", "January 2026"]), [(3, 17)]);
    }

    #[test]
    fn marked_escapes_and_isolates() {
        assert_eq!(
            marked("a <b> 250 c", &s(&["250"]), false),
            "a &lt;b&gt; <mark>250</mark> c"
        );
        // A Latin run inside Arabic is isolated, inside the mark too.
        assert_eq!(
            marked("منظمة SDF في", &s(&["SDF"]), true),
            "منظمة <mark><bdi>SDF</bdi></mark> في"
        );
    }

    #[test]
    fn diffs_as_del_and_ins() {
        let d = serde_json::json!([
            {"op": "equal", "text": "more than "},
            {"op": "delete", "text": "250,000"},
            {"op": "insert", "text": "260,000"},
            {"op": "equal", "text": " <civilians>"}
        ]);
        assert_eq!(
            diff_html(&d, false).unwrap(),
            "more than <del>250,000</del><ins>260,000</ins> &lt;civilians&gt;"
        );
        assert!(diff_html(&serde_json::json!("x"), false).is_none());
        // Long unchanged text keeps the words around the change.
        let d = serde_json::json!([
            {"op": "equal", "text": "one two three four five six seven eight "},
            {"op": "delete", "text": "nine"},
            {"op": "insert", "text": "ten"},
            {"op": "equal", "text": " a b c d e f g h i j k l m n"}
        ]);
        assert_eq!(
            diff_html(&d, false).unwrap(),
            "… three four five six seven eight <del>nine</del><ins>ten</ins> a b c d e f …"
        );
        assert_eq!(
            context("a b c d e f g h i j k l m n o", false, false),
            "a b c d e f … j k l m n o"
        );
    }
}
