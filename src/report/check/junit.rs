//! `--format junit`: JUnit XML, one test case per statement and language; a test case fails
//! when it has a finding at or above the fail level (each such finding is one `<failure>`),
//! and lists the others in `<system-out>`.

use std::collections::BTreeMap;

use super::message;
use crate::check::{Finding, Outcome, Severity};
use crate::i18n::Localizer;
use crate::report::xml::Xml;

/// The test cases: every (statement, language) pair that was checked, with its findings.
pub fn junit(o: &Outcome, cases: &[(String, String)], fail_on: Severity) -> String {
    let l = Localizer::english();
    let mut by_case: BTreeMap<(String, String), Vec<&Finding>> =
        cases.iter().map(|c| (c.clone(), Vec::new())).collect();
    for f in &o.findings {
        by_case
            .entry((f.statement.clone(), f.lang.clone()))
            .or_default()
            .push(f);
    }
    let failures = by_case
        .values()
        .filter(|v| v.iter().any(|f| f.severity >= fail_on))
        .count();
    let mut x = Xml::new();
    let (tests, fails) = (by_case.len().to_string(), failures.to_string());
    x.open(
        "testsuites",
        &[
            ("name", "align check"),
            ("tests", &tests),
            ("failures", &fails),
        ],
    );
    x.open(
        "testsuite",
        &[
            ("name", "align check"),
            ("tests", &tests),
            ("failures", &fails),
            ("errors", "0"),
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
            if f.severity >= fail_on {
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
