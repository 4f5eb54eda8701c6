//! `align check --report FILE`: the review page of the broken statement (a dropped Arabic
//! demand, a Kurmanji date, a Sorani number) — each finding in the row of its segment, marks on
//! both sides, valid HTML (the Nu Html Checker), a layout that holds in a real browser at desktop
//! and phone widths; and the option changes neither the exit code nor the format's output.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{ALEPPO, broken, chromium, root, run_in, vnu, with_glossary};

/// The broken statement as `DIR/aleppo-2026-01`, its glossary beside it and in `DIR` (the
/// project root when there is no `align.yaml`).
fn project() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join(ALEPPO);
    broken(&dir);
    with_glossary(tmp.path());
    (tmp, dir)
}

/// Runs `align check aleppo-2026-01 --report report.html ARGS` in `tmp`: (exit code, stdout,
/// stderr, the page).
fn report_in(tmp: &Path, args: &[&str]) -> (i32, String, String, String) {
    let mut all = vec!["check", ALEPPO, "--report", "report.html"];
    all.extend_from_slice(args);
    let (code, out, err) = run_in(tmp, &all);
    let html = std::fs::read_to_string(tmp.join("report.html"))
        .unwrap_or_else(|e| panic!("no report ({e}):\n{out}{err}"));
    (code, out, err, html)
}

/// The table row (`<tr …>…</tr>`) that holds `needle`.
fn row_with<'a>(html: &'a str, needle: &str) -> &'a str {
    let at = html
        .find(needle)
        .unwrap_or_else(|| panic!("{needle} is not on the page"));
    let start = html[..at].rfind("<tr").expect("inside a row");
    let end = at + html[at..].find("</tr>").expect("a row ends");
    assert!(
        !html[start..at].contains("</tr>"),
        "{needle} is not inside a row"
    );
    &html[start..end]
}

/// The two text cells of a row: (source, translation).
fn cells(row: &str) -> (&str, &str) {
    let mut tds = row.split("<td class=\"text").skip(1);
    (
        tds.next().expect("a source cell"),
        tds.next().expect("a translation cell"),
    )
}

#[test]
fn each_finding_is_in_the_row_of_its_segment() {
    let (tmp, _) = project();
    let (code, _, err, html) = report_in(tmp.path(), &[]);
    assert_eq!(code, 1, "{err}");
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">"));
    // The summary: three errors, each linked.
    assert!(html.contains("<dt>Errors</dt><dd>3</dd>"), "{html}");
    for n in 1..=3 {
        assert!(html.contains(&format!("href=\"#finding-{n}\"")));
        assert_eq!(html.matches(&format!("id=\"finding-{n}\"")).count(), 1);
    }
    // The dropped Arabic demand: a gap row with demand 3's source text and the finding.
    let row = row_with(
        &html,
        "data-check=\"missing-segment\" data-lang=\"ar\" lang=",
    );
    let (src, tgt) = cells(row);
    assert!(src.contains("id=\"aleppo-2026-01-ar-en-l1.3\""), "{row}");
    assert!(src.contains("Refrain from any acts that may lead to forced displacement"));
    assert!(tgt.starts_with(" gap\" lang=\"ar\" dir=\"rtl\""), "{tgt}");
    assert!(tgt.contains("this demand is missing from the translation"));
    assert!(row.contains("<span class=\"bead-kind\" dir=\"ltr\">1-0</span>"));
    // The Sorani number: marked in the translation, and the English number in the source.
    let row = row_with(
        &html,
        "data-check=\"number-mismatch\" data-lang=\"ckb\" lang=",
    );
    let (src, tgt) = cells(row);
    assert!(src.contains("<mark>250,000</mark>"), "{src}");
    assert!(tgt.contains("<mark>٢٠٥ هەزار</mark>"), "{tgt}");
    assert!(tgt.contains("id=\"aleppo-2026-01-ckb-p4\""));
    assert!(tgt.contains("the numbers differ"));
    // The Kurmanji date, both sides.
    let row = row_with(
        &html,
        "data-check=\"date-mismatch\" data-lang=\"kmr\" lang=",
    );
    let (src, tgt) = cells(row);
    assert!(src.contains("<mark>7 January 2026</mark>"), "{src}");
    assert!(tgt.contains("<mark>8ê Kanûna Paşîn a 2026</mark>"), "{tgt}");
    assert!(tgt.contains("id=\"aleppo-2026-01-kmr-p2\""));
    // Nothing else is marked.
    assert_eq!(html.matches("<mark>").count(), 4, "{html}");
    // Right-to-left cells as on published pages; the filters wait for the script.
    assert!(html.contains("<td class=\"text\" lang=\"ckb\" dir=\"rtl\""));
    assert!(html.contains("<form class=\"filters\" id=\"filters\" hidden"));
    // Offline: nothing is fetched.
    for needle in ["http://", "https://", "src=", "@import", "url("] {
        assert!(!html.contains(needle), "{needle}");
    }
}

#[test]
fn report_snapshot() {
    let (tmp, _) = project();
    let (_, _, _, html) = report_in(tmp.path(), &[]);
    let html = html.replace(&tmp.path().display().to_string(), "[TMP]");
    insta::assert_snapshot!("report_broken_html", html);
}

#[test]
fn labels_in_the_interface_language() {
    let (tmp, _) = project();
    let (_, _, _, html) = report_in(tmp.path(), &["--ui-lang", "ar"]);
    assert!(html.contains("<html lang=\"ar\" dir=\"rtl\">"));
    assert!(html.contains("<title>مراجعة الترجمات</title>"));
    // Findings in Arabic, each with its own lang and dir, inside a Kurmanji cell too.
    let row = row_with(
        &html,
        "data-check=\"date-mismatch\" data-lang=\"kmr\" lang=",
    );
    assert!(row.contains("lang=\"ar\" dir=\"rtl\""), "{row}");
}

#[test]
fn the_report_changes_neither_output_nor_exit_code() {
    let (tmp, _) = project();
    let (code, plain, _) = run_in(tmp.path(), &["check", ALEPPO, "--format", "json"]);
    let (code2, out, err, _) = report_in(tmp.path(), &["--format", "json"]);
    assert_eq!((code, code2), (1, 1), "{err}");
    assert_eq!(plain, out);
    let (code, _, _, _) = report_in(tmp.path(), &["--fail-on", "never"]);
    assert_eq!(code, 0);
}

#[test]
fn an_unwritable_report_is_an_input_error() {
    let (tmp, dir) = project();
    // Under a file: no directory can be made there (not even by root).
    let bad = format!("{ALEPPO}/en.md/report.html");
    let (code, out, err) = run_in(
        tmp.path(),
        &["check", ALEPPO, "--format", "json", "--report", &bad],
    );
    assert_eq!(code, 2, "{out}{err}");
    assert!(err.contains(&bad), "{err}");
    // The format reports it too.
    assert!(out.contains("report.html"), "{out}");
    // Never over a file that is not a report: a translation given by mistake stays as it was.
    let before = std::fs::read_to_string(dir.join("ar.md")).unwrap();
    let target = format!("{ALEPPO}/ar.md");
    let (code, _, err) = run_in(tmp.path(), &["check", ALEPPO, "--report", &target]);
    assert_eq!(code, 2);
    assert!(err.contains(&target), "{err}");
    assert_eq!(std::fs::read_to_string(dir.join("ar.md")).unwrap(), before);
    // A report is written over.
    report_in(tmp.path(), &[]);
    report_in(tmp.path(), &[]);
}

// ---------------------------------------------------------------------------------------------
// The Nu Html Checker and a real browser.

#[test]
fn the_report_passes_the_html_validator() {
    let Some(vnu) = vnu() else {
        return;
    };
    let (tmp, _) = project();
    let mut pages = Vec::new();
    for ui in ["en", "ckb"] {
        report_in(tmp.path(), &["--ui-lang", ui]);
        let page = tmp.path().join(format!("report-{ui}.html"));
        std::fs::rename(tmp.path().join("report.html"), &page).unwrap();
        pages.push(page);
    }
    // And a clean statement: no findings at all.
    let clean = tmp.path().join("clean.html");
    let (code, _, err) = run_in(
        &root(),
        &[
            "check",
            "statements/aleppo-2026-01",
            "--report",
            clean.to_str().unwrap(),
        ],
    );
    assert_eq!(code, 0, "{err}");
    pages.push(clean);
    common::validate_html(&vnu, &pages);
}

/// Headless Chromium with a profile of its own and nothing that reaches out.
fn headless(browser: &str, profile: &Path, args: &[&str]) -> std::process::Output {
    Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(args)
        .output()
        .expect("the browser runs")
}

/// Measures the page: overflow, the direction of each language's cells, where a line starts in
/// its cell, and whether unticking a filter hides a finding.
const PROBE: &str = r#"<script>
const out = [];
const de = document.documentElement;
out.push('overflow ' + de.scrollWidth + ' ' + de.clientWidth);
for (const lang of ['en', 'ar', 'ckb', 'kmr']) {
  const td = document.querySelector('td.text[lang="' + lang + '"]:not(.gap)');
  // A segment's id opens its first line: at the right edge of a right-to-left cell.
  const line = td.querySelector('a.segid').getBoundingClientRect();
  const box = td.getBoundingClientRect();
  out.push(['cell', lang, getComputedStyle(td).direction,
            Math.round(line.left - box.left), Math.round(box.right - line.right)].join(' '));
}
const f = document.getElementById('finding-1');
out.push('shown ' + (f.offsetParent !== null));
const box = document.querySelector('#filters input[name="severity"][value="error"]');
box.checked = false;
box.dispatchEvent(new Event('change', { bubbles: true }));
out.push('filtered ' + (f.offsetParent === null));
box.checked = true;
box.dispatchEvent(new Event('change', { bubbles: true }));
// Only pairs with findings: the rows without one fold away, those with one stay.
const visible = () => [...document.querySelectorAll('tr.bead')].filter(r => r.offsetParent !== null);
const before = visible().length;
const only = document.querySelector('#filters input[name="only"]');
only.checked = true;
only.dispatchEvent(new Event('change', { bubbles: true }));
const after = visible();
out.push('only ' + before + ' ' + after.length + ' ' + after.every(r => r.classList.contains('has-finding')));
document.body.insertAdjacentHTML('beforeend', '<pre id="probe">' + out.join('\n') + '</pre>');
</script>
</body>"#;

#[test]
fn the_report_in_a_real_browser() {
    let Some(browser) = chromium() else {
        return;
    };
    let (tmp, _) = project();
    let (_, _, _, html) = report_in(tmp.path(), &[]);
    let probe_file = tmp.path().join("probe.html");
    std::fs::write(&probe_file, html.replace("</body>", PROBE)).unwrap();
    for width in [1280, 390] {
        let profile = tempfile::tempdir().unwrap();
        let o = headless(
            &browser,
            profile.path(),
            &[
                &format!("--window-size={width},900"),
                "--dump-dom",
                probe_file.to_str().unwrap(),
            ],
        );
        let dom = String::from_utf8_lossy(&o.stdout);
        let result = dom
            .rsplit("<pre id=\"probe\">")
            .next()
            .filter(|_| dom.matches("<pre id=\"probe\">").count() > 1)
            .and_then(|s| s.split("</pre>").next())
            .unwrap_or_else(|| panic!("no probe result:\n{}", String::from_utf8_lossy(&o.stderr)));
        let lines: Vec<Vec<&str>> = result.lines().map(|l| l.split(' ').collect()).collect();
        let get = |key: &str| {
            lines
                .iter()
                .find(|l| l[0] == key)
                .unwrap_or_else(|| panic!("{key}: {result}"))
        };
        let overflow = get("overflow");
        let (scroll, client): (i32, i32) =
            (overflow[1].parse().unwrap(), overflow[2].parse().unwrap());
        assert!(
            scroll <= client,
            "{width}px: the page overflows sideways: {result}"
        );
        for l in lines.iter().filter(|l| l[0] == "cell") {
            let rtl = matches!(l[1], "ar" | "ckb");
            assert_eq!(l[2], if rtl { "rtl" } else { "ltr" }, "{width}px: {result}");
            let (left, right): (i32, i32) = (l[3].parse().unwrap(), l[4].parse().unwrap());
            if rtl {
                assert!(
                    right < left,
                    "{width}px: {} starts at the right: {result}",
                    l[1]
                );
            } else {
                assert!(
                    left < right,
                    "{width}px: {} starts at the left: {result}",
                    l[1]
                );
            }
        }
        assert_eq!(lines.iter().filter(|l| l[0] == "cell").count(), 4);
        assert_eq!(get("shown")[1], "true", "{result}");
        assert_eq!(get("filtered")[1], "true", "{result}");
        let only = get("only");
        assert_eq!(only[2], "3", "{result}");
        assert!(only[1].parse::<usize>().unwrap() > 50, "{result}");
        assert_eq!(only[3], "true", "{result}");
    }
}

#[test]
fn input_errors_are_on_the_page_with_what_could_be_checked() {
    let (tmp, dir) = project();
    std::fs::write(dir.join("kmr.md"), b"# Title\n\nbad \xff byte\n").unwrap();
    let (code, _, err, html) = report_in(tmp.path(), &[]);
    assert_eq!(code, 2, "{err}");
    let errors = &html[html.find("class=\"input-errors\"").expect("listed")..];
    assert!(errors.contains("kmr.md:3: "), "{errors}");
    // The other translations are still there, with their findings.
    assert!(html.contains("id=\"aleppo-2026-01-ar\""));
    assert!(html.contains("data-check=\"number-mismatch\" data-lang=\"ckb\" lang="));
    assert!(!html.contains("id=\"aleppo-2026-01-kmr\""));
}
