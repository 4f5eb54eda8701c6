//! `--format junit`: JUnit XML, one test case per statement and language; a test case fails
//! when it has a finding at or above the fail level (each such finding is one `<failure>`),
//! and lists the others in `<system-out>`. An input error is an `<error>` of the test case
//! whose file it is (a source file's, of every case of its statement), or of a test case of
//! its own (`align check [input]`): an unreadable translation never passes.

use std::collections::BTreeMap;

use super::message;
use crate::check::{Finding, Outcome, Selection, Severity};
use crate::i18n::Localizer;
use crate::report::xml::Xml;
use crate::statement::Statement;

/// A test case: a statement and a translation language, and the files it reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Case {
    pub statement: String,
    pub lang: String,
    pub files: Vec<String>,
}

/// The test cases of a run: every (statement, language) pair it checks.
pub fn cases(statements: &[Statement], selection: &Selection) -> Vec<Case> {
    crate::check::cases(statements, selection)
        .into_iter()
        .map(|(slug, lang)| {
            let st = statements.iter().find(|s| s.slug == slug);
            let files = st
                .map(|s| {
                    s.files()
                        .filter(|f| f.lang == s.source.lang || f.lang.code == lang)
                        .map(|f| f.path.display().to_string())
                        .collect()
                })
                .unwrap_or_default();
            Case {
                statement: slug,
                lang,
                files,
            }
        })
        .collect()
}

/// Name of the test case that holds input errors no case reads.
const INPUT: (&str, &str) = ("align check", "input");

/// The report. `fail_on` `None` (`--fail-on never`): findings are listed, none fails.
pub fn junit(o: &Outcome, cases: &[Case], fail_on: Option<Severity>) -> String {
    let l = Localizer::english();
    let fails = |f: &Finding| fail_on.is_some_and(|s| f.severity >= s);
    let mut by_case: BTreeMap<(String, String), Vec<&Finding>> = cases
        .iter()
        .map(|c| ((c.statement.clone(), c.lang.clone()), Vec::new()))
        .collect();
    for f in &o.findings {
        by_case
            .entry((f.statement.clone(), f.lang.clone()))
            .or_default()
            .push(f);
    }
    // Input errors, by test case.
    let mut errors: BTreeMap<(String, String), Vec<String>> = BTreeMap::new();
    for e in &o.errors {
        let text = format!(
            "{}: {}",
            crate::report::location(e.path.as_deref().unwrap_or(""), e.line, e.column),
            l.error(e)
        );
        let owners: Vec<(String, String)> = cases
            .iter()
            .filter(|c| e.path.as_ref().is_some_and(|p| c.files.contains(p)))
            .map(|c| (c.statement.clone(), c.lang.clone()))
            .collect();
        if owners.is_empty() {
            let key = (INPUT.0.to_string(), INPUT.1.to_string());
            by_case.entry(key.clone()).or_default();
            errors.entry(key).or_default().push(text);
        } else {
            for k in owners {
                errors.entry(k).or_default().push(text.clone());
            }
        }
    }
    let failures = by_case
        .iter()
        .filter(|(k, v)| !errors.contains_key(*k) && v.iter().any(|f| fails(f)))
        .count();
    let error_count = errors.len().to_string();
    let mut x = Xml::new();
    let (tests, failed) = (by_case.len().to_string(), failures.to_string());
    x.open(
        "testsuites",
        &[
            ("name", "align check"),
            ("tests", &tests),
            ("failures", &failed),
            ("errors", &error_count),
        ],
    );
    x.open(
        "testsuite",
        &[
            ("name", "align check"),
            ("tests", &tests),
            ("failures", &failed),
            ("errors", &error_count),
        ],
    );
    for ((statement, lang), findings) in &by_case {
        let name = format!("{statement} [{lang}]");
        x.open(
            "testcase",
            &[
                ("classname", &format!("align.{statement}")),
                ("name", &name),
            ],
        );
        for text in errors
            .get(&(statement.clone(), lang.clone()))
            .into_iter()
            .flatten()
        {
            x.text_element("error", &[("type", "input"), ("message", text)], text);
        }
        let mut other = String::new();
        for f in findings {
            let at = f
                .primary()
                .map(|p| format!("{}:{}", p.path, p.line))
                .unwrap_or_default();
            let line = format!(
                "{}[{}] {at}: {}",
                f.severity.as_str(),
                f.check,
                message(l, f)
            );
            if fails(f) {
                x.text_element("failure", &[("type", f.check), ("message", &line)], &line);
            } else {
                other.push_str(&line);
                other.push('\n');
            }
        }
        if !other.is_empty() {
            x.text_element("system-out", &[], &other);
        }
        x.close("testcase");
    }
    x.close("testsuite");
    x.close("testsuites");
    x.finish()
}
