//! `align publish` through the real binary: snapshots of every format for the Aleppo statement;
//! text from a statement escaped in HTML, Markdown, TMX and XLIFF; TMX and XLIFF valid against
//! their published schemas (xmllint) and their specifications' rules (an XML parser); refusal
//! on a check error (nothing written) and `--force` (every file marked); drifted and missing
//! segments; never over a statement file; and the HTML in a real browser (Chromium, headless).

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

use common::{chromium, copy_dir, copy_statement, root, run_in, vnu};

/// 2026-01-12 00:00 UTC, so that dates in outputs are stable.
const EPOCH: &str = "1768176000";

/// Runs `align ARGS` in `dir` with a fixed `SOURCE_DATE_EPOCH`.
fn publish_in(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = common::align()
        .current_dir(dir)
        .env("SOURCE_DATE_EPOCH", EPOCH)
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// The outputs in a directory (not the marker `align publish` leaves there).
fn files(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .filter(|n| n != align::write::MARKER)
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

/// The bundled statement published with only the Arabic translation (every format), into a
/// temporary directory.
fn published_ar() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    let (code, stdout, err) = publish_in(
        &root(),
        &[
            "publish",
            "statements/aleppo-2026-01",
            "--lang",
            "ar",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(code, 0, "{stdout}{err}");
    (tmp, out)
}

#[test]
fn every_format_for_the_bundled_statement() {
    let (_tmp, out) = published_ar();
    assert_eq!(
        files(&out),
        [
            "aleppo-2026-01.en-ar.tsv",
            "aleppo-2026-01.en-ar.xlf",
            "aleppo-2026-01.html",
            "aleppo-2026-01.md",
            "aleppo-2026-01.tmx",
        ]
    );
    let s = |name: &str| read(&out.join(name));
    insta::assert_snapshot!("publish_html_en_ar", s("aleppo-2026-01.html"));
    insta::assert_snapshot!("publish_md_en_ar", s("aleppo-2026-01.md"));
    insta::assert_snapshot!("publish_tmx_en_ar", s("aleppo-2026-01.tmx"));
    insta::assert_snapshot!("publish_xliff_en_ar", s("aleppo-2026-01.en-ar.xlf"));
    insta::assert_snapshot!("publish_tsv_en_ar", s("aleppo-2026-01.en-ar.tsv"));
}

/// Markdown as a CommonMark viewer with GitHub's table extension renders it.
fn render_markdown(md: &str) -> String {
    let mut html = String::new();
    pulldown_cmark::html::push_html(
        &mut html,
        pulldown_cmark::Parser::new_ext(md, pulldown_cmark::Options::ENABLE_TABLES),
    );
    html
}

#[test]
fn the_markdown_renders_side_by_side() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    let (code, _, err) = publish_in(
        &root(),
        &[
            "publish",
            "statements/aleppo-2026-01",
            "--format",
            "md",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(code, 0, "{err}");
    let html = render_markdown(&read(&out.join("aleppo-2026-01.md")));
    // The statement's title is the document's heading, its date below; then one section and
    // one table per language pair.
    assert_eq!(html.matches("<h1>").count(), 1, "{html}");
    assert!(html.contains("<h1>Syria/Aleppo: Joint Statement"), "{html}");
    assert!(html.contains("<p>2026-01-08</p>"), "{html}");
    for name in ["العربية", "Kurmancî", "کوردیی ناوەندی"] {
        assert!(
            html.contains(&format!("<h2>English · {name}</h2>")),
            "{name}"
        );
    }
    assert_eq!(html.matches("<table>").count(), 3);
    // The tables are HTML, passed through whole (a blank line would end them early and show
    // the rest as text): each has a row per source block (none is missing or spans rows in
    // this statement), a cell for each side.
    let blocks = read(&root().join("statements/aleppo-2026-01/en.md"))
        .lines()
        .filter(|l| !l.trim().is_empty())
        .count();
    for table in html.split("<table>").skip(1) {
        let table = table.split("</table>").next().unwrap();
        assert_eq!(table.matches("<tr>").count(), blocks + 1, "{table}");
        assert_eq!(table.matches("<td ").count(), 2 * blocks, "{table}");
        assert!(!table.contains("&lt;td"), "markup shown as text: {table}");
    }
    // Each cell says its language and direction; Arabic script reads right to left.
    for (lang, dir) in [("en", "ltr"), ("ar", "rtl"), ("kmr", "ltr"), ("ckb", "rtl")] {
        let cells = html.matches(&format!("<td lang=\"{lang}\"")).count();
        let with_dir = html
            .matches(&format!("<td lang=\"{lang}\" dir=\"{dir}\""))
            .count();
        assert!(
            cells > 0 && cells == with_dir,
            "{lang}: {with_dir} of {cells}"
        );
    }
    // Titles and headings keep their level; demands keep their numbers as text (no list that
    // a renderer would renumber), in the digits each version writes.
    assert_eq!(
        html.matches("<h3>").count(),
        6,
        "a title per side of each table"
    );
    assert!(html.contains("<h4>About STJ</h4>"), "{html}");
    assert!(!html.contains("<ol") && !html.contains("<ul"), "{html}");
    assert!(html.contains("<p>1. Ensure an immediate"), "{html}");
    assert!(
        html.contains("<td lang=\"ckb\" dir=\"rtl\"><p>١. "),
        "{html}"
    );
    // And the rendering is valid HTML.
    if let Some(vnu) = vnu() {
        let page = tmp.path().join("rendered.html");
        std::fs::write(
            &page,
            format!(
                "<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>Rendered</title></head>\n<body>\n{html}</body>\n</html>\n"
            ),
        )
        .unwrap();
        let o = Command::new(&vnu[0])
            .args(&vnu[1..])
            .arg("--errors-only")
            .arg(&page)
            .output()
            .unwrap();
        assert!(
            o.status.success(),
            "vnu:\n{}{}",
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        );
    }
}

#[test]
fn all_languages_by_default_into_the_statement_out_directory() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = copy_statement("aleppo-2026-01", tmp.path());
    let (code, stdout, err) = publish_in(tmp.path(), &["publish", "aleppo-2026-01"]);
    assert_eq!(code, 0, "{stdout}{err}");
    let out = dir.join("out");
    assert_eq!(files(&out).len(), 12, "{:?}", files(&out));
    // Every written file is listed on stdout, one a line.
    assert_eq!(stdout.lines().count(), 12);
    assert!(
        err.contains("published aleppo-2026-01: 12 files in aleppo-2026-01/out"),
        "{err}"
    );
    let page = read(&out.join("aleppo-2026-01.html"));
    for (lang, dir) in [("en", "ltr"), ("ar", "rtl"), ("kmr", "ltr"), ("ckb", "rtl")] {
        assert!(
            page.contains(&format!("<th scope=\"col\" lang=\"{lang}\" dir=\"{dir}\">")),
            "{lang}"
        );
    }
    // Sorani lists count in Arabic-Indic digits, Arabic and Kurmanji lists as written; the
    // signatories are one compact list per language.
    assert!(page.contains("<td lang=\"ckb\" dir=\"rtl\" data-label=\"کوردیی ناوەندی\"><ol class=\"arabic-indic depth-1\" start=\"4\">"), "ckb list");
    assert!(page.contains("<td lang=\"ckb\" dir=\"rtl\" data-label=\"کوردیی ناوەندی\"><ol class=\"arabic-indic signatories\"><li value=\"1\">"), "ckb signatories");
    assert!(page.contains("<td lang=\"ar\" dir=\"rtl\" data-label=\"العربية\"><ol class=\"decimal signatories\"><li value=\"1\">"));
    // The page names the statement in its header and links the other versions.
    assert!(
        page.contains("<header>\n<h1 lang=\"en\" dir=\"ltr\">Syria/Aleppo:"),
        "header"
    );
    assert!(
        page.contains("<a href=\"aleppo-2026-01.en-ar.html\">"),
        "switcher"
    );
    // A Latin name inside Arabic text is isolated.
    assert!(page.contains("<bdi>JFL</bdi>"), "bdi");
    // Self-contained: no script, no external request.
    assert!(!page.contains("<script"));
    assert!(!page.contains("http://") && !page.contains("https://") && !page.contains("src="));
    assert!(page.contains("Content-Security-Policy"));
    // The statement's files are untouched; a second run overwrites only its own outputs.
    let (code, _, _) = publish_in(
        tmp.path(),
        &["publish", "aleppo-2026-01", "--format", "html"],
    );
    assert_eq!(code, 0);
    assert!(
        !files(&dir).iter().any(|f| f.starts_with('.')),
        "no temporary file left"
    );
}

/// A statement whose English and Arabic carry markup and characters that must be escaped:
/// `<script>` as text (a code span) and as raw HTML, `&`, `<`, `"`, and links safe and not.
fn hostile(dir: &Path) {
    std::fs::create_dir_all(dir).unwrap();
    std::fs::write(
        dir.join("en.md"),
        "# Statement on `<script>alert(\"x\")</script>` & \"quotes\"\n\n\
         The committee said 5 < 7 & \"A & B\" are <b>bold</b> <script>alert(2)</script>; see \
         [the report](https://example.org/r?a=1&b=2) and [this](javascript:alert(1)).\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("ar.md"),
        "# بيان حول `<script>alert(\"x\")</script>` & \"علامات\"\n\n\
         قالت اللجنة إن 5 < 7 & \"A & B\" هي <b>bold</b> <script>alert(2)</script>؛ انظر \
         [التقرير](https://example.org/r?a=1&b=2) و[هذا](javascript:alert(1)).\n",
    )
    .unwrap();
}

#[test]
fn statement_text_is_escaped_in_every_format() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("hostile");
    hostile(&dir);
    let (code, out, err) = publish_in(
        tmp.path(),
        &["publish", "hostile", "--force", "--out", "out"],
    );
    assert_eq!(code, 0, "{out}{err}");
    let o = tmp.path().join("out");
    let html = read(&o.join("hostile.html"));
    assert!(!html.contains("<script"), "no script element");
    assert!(!html.contains("<b>"), "no markup from the statement");
    assert!(html.contains(
        "<code>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</code> &amp; &quot;quotes&quot;"
    ));
    assert!(html.contains("5 &lt; 7 &amp; &quot;A &amp; B&quot; are &lt;b&gt;bold&lt;/b&gt; &lt;script&gt;alert(2)&lt;/script&gt;"));
    assert!(html.contains("<a href=\"https://example.org/r?a=1&amp;b=2\">the report</a>"));
    assert!(!html.contains("javascript:"), "unsafe link dropped");
    let md = read(&o.join("hostile.md"));
    assert!(
        md.contains("<code>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</code> &amp; &quot;quotes&quot;"),
        "{md}"
    );
    assert!(
        md.contains("are &lt;b&gt;bold&lt;/b&gt; &lt;script&gt;alert(2)&lt;/script&gt;"),
        "raw HTML shown as text: {md}"
    );
    // Rendered as a Markdown viewer renders it: the statement's HTML stays text.
    let rendered = render_markdown(&md);
    assert!(!rendered.contains("<script"), "{rendered}");
    assert!(!rendered.contains("<b>"), "{rendered}");
    assert!(
        rendered.contains("&lt;script&gt;alert(2)&lt;/script&gt;"),
        "{rendered}"
    );
    for name in ["hostile.tmx", "hostile.en-ar.xlf"] {
        let xml = read(&o.join(name));
        assert!(!xml.contains("<script"), "{name}");
        assert!(xml.contains("&lt;script&gt;"), "{name}");
        // And it parses back to the exact text.
        let tree = parse(&xml);
        let texts = tree.texts();
        assert!(
            texts
                .iter()
                .any(|t| t.contains("<script>alert(\"x\")</script> & \"quotes\"")),
            "{name}: {texts:?}"
        );
        assert!(
            texts.iter().any(|t| t.contains("5 < 7 & \"A & B\"")),
            "{name}"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// XML: a small tree, the specifications' rules, and xmllint with the published schemas.

#[derive(Debug, Default)]
struct Element {
    name: String,
    attrs: BTreeMap<String, String>,
    text: String,
    children: Vec<Element>,
}

impl Element {
    fn all<'a>(&'a self, name: &str, out: &mut Vec<&'a Element>) {
        if self.name == name {
            out.push(self);
        }
        for c in &self.children {
            c.all(name, out);
        }
    }
    fn find(&self, name: &str) -> Vec<&Element> {
        let mut v = Vec::new();
        self.all(name, &mut v);
        v
    }
    fn texts(&self) -> Vec<String> {
        let mut v = vec![self.text.clone()];
        for c in &self.children {
            v.extend(c.texts());
        }
        v
    }
    fn attr(&self, k: &str) -> Option<&str> {
        self.attrs.get(k).map(String::as_str)
    }
}

/// Parses a well-formed XML document (panics otherwise).
fn parse(xml: &str) -> Element {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut stack: Vec<Element> = vec![Element::default()];
    let open = |e: &quick_xml::events::BytesStart| Element {
        name: String::from_utf8_lossy(e.name().as_ref()).into_owned(),
        attrs: e
            .attributes()
            .map(|a| {
                let a = a.expect("well-formed attribute");
                (
                    String::from_utf8_lossy(a.key.as_ref()).into_owned(),
                    a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                        .expect("escaped value")
                        .into_owned(),
                )
            })
            .collect(),
        ..Element::default()
    };
    loop {
        match reader.read_event().expect("well-formed XML") {
            Event::Start(e) => stack.push(open(&e)),
            Event::Empty(e) => {
                let el = open(&e);
                stack.last_mut().unwrap().children.push(el);
            }
            Event::End(_) => {
                let mut el = stack.pop().unwrap();
                el.text = el.text.trim().to_string();
                stack.last_mut().expect("balanced").children.push(el);
            }
            Event::Text(t) => {
                let s = t.decode().expect("UTF-8 text");
                stack.last_mut().unwrap().text.push_str(&s);
            }
            Event::GeneralRef(r) => {
                let name = String::from_utf8_lossy(&r).into_owned();
                let c = match name.as_str() {
                    "lt" => "<".to_string(),
                    "gt" => ">".to_string(),
                    "amp" => "&".to_string(),
                    "quot" => "\"".to_string(),
                    "apos" => "'".to_string(),
                    n if n.starts_with("#x") => {
                        char::from_u32(u32::from_str_radix(&n[2..], 16).unwrap())
                            .unwrap()
                            .to_string()
                    }
                    n if n.starts_with('#') => {
                        char::from_u32(n[1..].parse().unwrap()).unwrap().to_string()
                    }
                    other => panic!("unknown entity {other}"),
                };
                stack.last_mut().unwrap().text.push_str(&c);
            }
            Event::Eof => break,
            _ => {}
        }
    }
    assert_eq!(stack.len(), 1, "unclosed elements");
    stack.pop().unwrap().children.pop().expect("a root element")
}

/// TMX 1.4b rules: required header attributes, unique tuids, a `<tuv>` per language with text,
/// never an empty one, the source language in every unit.
fn tmx_rules(xml: &str, langs: &[&str]) {
    let root = parse(xml);
    assert_eq!(root.name, "tmx");
    assert_eq!(root.attr("version"), Some("1.4"));
    let header = &root.find("header")[0];
    for a in [
        "creationtool",
        "creationtoolversion",
        "segtype",
        "o-tmf",
        "adminlang",
        "srclang",
        "datatype",
    ] {
        assert!(header.attr(a).is_some_and(|v| !v.is_empty()), "header {a}");
    }
    let src = header.attr("srclang").unwrap();
    let mut ids = BTreeSet::new();
    let tus = root.find("tu");
    assert!(!tus.is_empty());
    for tu in tus {
        assert!(
            ids.insert(tu.attr("tuid").unwrap().to_string()),
            "duplicate tuid"
        );
        let tuvs = tu.find("tuv");
        let ls: Vec<&str> = tuvs.iter().map(|t| t.attr("xml:lang").unwrap()).collect();
        assert!(ls.contains(&src), "every unit has its source");
        assert!(
            ls.len() >= 2,
            "a unit with one language is no translation unit"
        );
        assert_eq!(
            ls.iter().collect::<BTreeSet<_>>().len(),
            ls.len(),
            "one tuv a language"
        );
        for l in &ls {
            assert!(langs.contains(l), "{l}");
        }
        for t in tuvs {
            let seg = &t.find("seg")[0];
            assert!(
                !seg.text.trim().is_empty(),
                "empty seg in {:?}",
                tu.attr("tuid")
            );
        }
        let props: Vec<&str> = tu
            .find("prop")
            .iter()
            .map(|p| p.attr("type").unwrap())
            .collect();
        assert!(props.contains(&"x-align-statement") && props.contains(&"x-align-segment"));
    }
}

/// XLIFF 2.0 rules the schema cannot express: unit ids unique in a file, segment ids unique in
/// a unit, trgLang present when a target is, xml:lang equal to srcLang/trgLang, no target for
/// an `initial` segment without translation, `subState` only with an explicit `state`.
fn xliff_rules(xml: &str, src: &str, tgt: &str, dir: &str) {
    let root = parse(xml);
    assert_eq!(root.name, "xliff");
    assert_eq!(root.attr("version"), Some("2.0"));
    assert_eq!(root.attr("srcLang"), Some(src));
    assert_eq!(root.attr("trgLang"), Some(tgt));
    for file in root.find("file") {
        assert_eq!(file.attr("trgDir"), Some(dir));
        let mut units = BTreeSet::new();
        for unit in file.find("unit") {
            assert!(
                units.insert(unit.attr("id").unwrap().to_string()),
                "duplicate unit id"
            );
            let mut segs = BTreeSet::new();
            let segments = unit.find("segment");
            assert!(!segments.is_empty());
            for seg in segments {
                if let Some(id) = seg.attr("id") {
                    assert!(segs.insert(id.to_string()), "duplicate segment id {id}");
                }
                let source = &seg.find("source")[0];
                assert_eq!(source.attr("xml:lang"), Some(src));
                let target = seg.find("target");
                for t in &target {
                    assert_eq!(t.attr("xml:lang"), Some(tgt));
                }
                if target.is_empty() {
                    assert_eq!(seg.attr("state"), Some("initial"));
                }
                if seg.attr("subState").is_some() {
                    assert!(seg.attr("state").is_some());
                }
            }
        }
    }
}

/// `xmllint`, or `None` (with a visible message) when it is not installed; CI sets
/// `ALIGN_REQUIRE_XMLLINT` so that there it must be.
fn xmllint() -> Option<&'static str> {
    let ok = Command::new("xmllint").arg("--version").output().is_ok();
    if ok {
        return Some("xmllint");
    }
    assert!(
        std::env::var_os("ALIGN_REQUIRE_XMLLINT").is_none(),
        "xmllint is required (ALIGN_REQUIRE_XMLLINT is set): apt-get install libxml2-utils"
    );
    eprintln!("SKIPPED: schema validation needs xmllint (Debian: apt-get install libxml2-utils)");
    None
}

fn xmllint_ok(args: &[&str], file: &Path) {
    let Some(bin) = xmllint() else {
        return;
    };
    let out = Command::new(bin)
        .args(["--noout", "--nonet"])
        .args(args)
        .arg(file)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{} does not validate:\n{}",
        file.display(),
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn tmx_and_xliff_are_valid() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    let o = out.to_str().unwrap();
    let (code, _, err) = publish_in(
        &root(),
        &[
            "publish",
            "statements/aleppo-2026-01",
            "--format",
            "tmx,xliff",
            "--out",
            o,
        ],
    );
    assert_eq!(code, 0, "{err}");
    let dtd = root().join("tests/fixtures/formats/tmx-1.4b/tmx14.dtd");
    let xsd = root().join("tests/fixtures/formats/xliff-2.0/xliff_core_2.0.xsd");
    let tmx = out.join("aleppo-2026-01.tmx");
    tmx_rules(&read(&tmx), &["en", "ar", "kmr", "ckb"]);
    xmllint_ok(&["--dtdvalid", dtd.to_str().unwrap()], &tmx);
    for (lang, dir) in [("ar", "rtl"), ("kmr", "ltr"), ("ckb", "rtl")] {
        let f = out.join(format!("aleppo-2026-01.en-{lang}.xlf"));
        xliff_rules(&read(&f), "en", lang, dir);
        xmllint_ok(&["--schema", xsd.to_str().unwrap()], &f);
    }
    // Paragraph units: one per block the translations render.
    let (code, _, err) = publish_in(
        &root(),
        &[
            "publish",
            "statements/aleppo-2026-01",
            "--format",
            "tmx",
            "--segtype",
            "paragraph",
            "--out",
            o,
        ],
    );
    assert_eq!(code, 0, "{err}");
    let text = read(&tmx);
    assert!(text.contains("segtype=\"paragraph\""));
    tmx_rules(&text, &["en", "ar", "kmr", "ckb"]);
    assert_eq!(parse(&text).find("tu").len(), 30);
    xmllint_ok(&["--dtdvalid", dtd.to_str().unwrap()], &tmx);
}

// ---------------------------------------------------------------------------------------------
// Refusal, --force, drift and gaps.

/// A copy of the bundled statement (with its lock) in which the Arabic drops demand 3 and the
/// English changed a number since the translations were accepted.
fn faulty(tmp: &Path) -> PathBuf {
    let dir = copy_statement("aleppo-2026-01", tmp);
    let ar = read(&dir.join("ar.md"));
    let demand = ar.lines().position(|l| l.starts_with("3. ")).unwrap();
    let kept: Vec<&str> = ar
        .lines()
        .enumerate()
        .filter(|(i, _)| *i != demand)
        .map(|(_, l)| l)
        .collect();
    std::fs::write(dir.join("ar.md"), kept.join("\n") + "\n").unwrap();
    let en = dir.join("en.md");
    std::fs::write(
        &en,
        read(&en).replacen(
            "more than 250,000 civilians",
            "more than 260,000 civilians",
            1,
        ),
    )
    .unwrap();
    dir
}

#[test]
fn a_check_error_publishes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    faulty(tmp.path());
    let (code, out, err) = publish_in(
        tmp.path(),
        &["publish", "aleppo-2026-01", "--out", "public"],
    );
    assert_eq!(code, 1, "{out}{err}");
    assert!(out.is_empty());
    assert!(err.contains("error[missing-segment]"), "{err}");
    assert!(err.contains("error[source-drift]"), "{err}");
    assert!(
        err.contains("nothing published: 4 errors remain (shown above)"),
        "{err}"
    );
    assert!(!tmp.path().join("public").exists(), "nothing written");
}

#[test]
fn forced_outputs_are_marked_unchecked_drifted_and_missing() {
    let tmp = tempfile::tempdir().unwrap();
    faulty(tmp.path());
    let (code, _, err) = publish_in(
        tmp.path(),
        &["publish", "aleppo-2026-01", "--out", "public", "--force"],
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("publishing anyway (--force) despite 4 errors"),
        "{err}"
    );
    let o = tmp.path().join("public");
    let names = files(&o);
    assert_eq!(names.len(), 13);
    for name in names.iter().filter(|n| !n.ends_with(".review.html")) {
        let text = read(&o.join(name));
        assert!(text.contains("UNCHECKED"), "{name} is not marked unchecked");
    }
    // Beside the pages, the review page with every error at its segment, linked from each.
    let review = read(&o.join("aleppo-2026-01.review.html"));
    assert!(
        review.matches("class=\"finding error\"").count() >= 4,
        "{review}"
    );
    let html = read(&o.join("aleppo-2026-01.en-ar.html"));
    assert!(html.contains("<div class=\"unchecked\" role=\"alert\""));
    assert!(
        html.contains("<a href=\"aleppo-2026-01.review.html\">"),
        "no link to the review page"
    );
    assert!(html.contains("<meta name=\"robots\" content=\"noindex\">"));
    // Demand 3 is a marked gap in Arabic; paragraph 4 is marked drifted in every translation.
    assert!(html.contains("<td lang=\"ar\" dir=\"rtl\" data-label=\"العربية\" class=\"gap\"><span class=\"flag\" lang=\"en\" dir=\"ltr\">(no counterpart in this translation)</span></td>"), "gap");
    assert_eq!(
        read(&o.join("aleppo-2026-01.html"))
            .matches("class=\"drifted\"")
            .count(),
        3
    );
    // XLIFF: the drifted paragraph is initial/align:drifted with the old source in a note;
    // the missing demand has no target.
    let xlf = read(&o.join("aleppo-2026-01.en-ar.xlf"));
    xliff_rules(&xlf, "en", "ar", "rtl");
    let tree = parse(&xlf);
    let unit = |id: &str| {
        tree.find("unit")
            .into_iter()
            .find(|u| u.attr("id") == Some(id))
            .unwrap_or_else(|| panic!("unit {id}"))
    };
    let p4 = unit("p4");
    assert_eq!(
        p4.find("note")[0].attr("category"),
        Some("align:accepted-source")
    );
    assert!(
        p4.find("note")[0]
            .text
            .contains("more than 250,000 civilians")
    );
    for seg in p4.find("segment") {
        assert_eq!(seg.attr("state"), Some("initial"));
        assert_eq!(seg.attr("subState"), Some("align:drifted"));
    }
    let l13 = unit("l1.3");
    assert!(l13.find("target").is_empty());
    // TMX: the demand's unit has no Arabic tuv.
    let tmx = parse(&read(&o.join("aleppo-2026-01.tmx")));
    let tu = tmx
        .find("tu")
        .into_iter()
        .find(|t| t.attr("tuid") == Some("aleppo-2026-01:l1.3.s1"))
        .unwrap();
    let langs: Vec<&str> = tu
        .find("tuv")
        .iter()
        .map(|t| t.attr("xml:lang").unwrap())
        .collect();
    assert_eq!(langs, ["en", "kmr", "ckb"]);
    // TSV: the unchecked line, then the header.
    let tsv = read(&o.join("aleppo-2026-01.en-ar.tsv"));
    assert!(tsv.starts_with("# UNCHECKED"));
    assert_eq!(
        tsv.lines().nth(1),
        Some("source (en)\ttarget (ar)\tsegment\tkind\tconfidence")
    );
}

#[test]
fn never_writes_over_a_statement_file() {
    let tmp = tempfile::tempdir().unwrap();
    // A statement named "en": its Markdown output would be en/en.md, its own source.
    let dir = tmp.path().join("en");
    copy_dir(&root().join("statements/aleppo-2026-01"), &dir);
    let before = read(&dir.join("en.md"));
    let (code, out, err) = publish_in(
        tmp.path(),
        &["publish", "en", "--out", "en", "--format", "md", "--force"],
    );
    assert_eq!(code, 2, "{out}{err}");
    assert!(
        err.contains("en/en.md: refusing to write here: this file belongs to the statement"),
        "{err}"
    );
    assert_eq!(read(&dir.join("en.md")), before);
}

// ---------------------------------------------------------------------------------------------
// A real browser.

fn headless(browser: &str, args: &[&str]) -> std::process::Output {
    Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--hide-scrollbars",
            "--allow-file-access-from-files",
        ])
        .args(args)
        .output()
        .expect("the browser runs")
}

/// Published HTML opened in headless Chromium: the Arabic and Sorani columns are laid out
/// right to left (computed `direction`, and a short line of text ends at the cell's right
/// edge), English and Kurmanji left to right, Sorani lists count in Arabic-Indic digits; and
/// the page renders to a PNG.
#[test]
fn the_page_in_a_real_browser() {
    let Some(browser) = chromium() else {
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    let (code, _, err) = publish_in(
        &root(),
        &[
            "publish",
            "statements/aleppo-2026-01",
            "--format",
            "html",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(code, 0, "{err}");
    let page = out.join("aleppo-2026-01.html");
    // A copy with a probe script (the page itself allows no script).
    let html = read(&page);
    let csp = html
        .lines()
        .find(|l| l.contains("Content-Security-Policy"))
        .unwrap()
        .to_string();
    let probe = r#"<script>
const out = [];
const row = document.getElementById('l2.12').closest('tr');
for (const td of row.querySelectorAll('td')) {
  const cs = getComputedStyle(td);
  const items = td.querySelectorAll('li');
  const li = items[items.length - 1];
  const r = document.createRange();
  r.selectNodeContents(li);
  const line = r.getClientRects()[0];
  const box = td.getBoundingClientRect();
  out.push([td.lang, cs.direction, Math.round(line.left - box.left), Math.round(box.right - line.right),
            getComputedStyle(td.querySelector('ol')).listStyleType].join(' '));
}
// Words with harakat (and Sorani words) are laid out in the page as they are alone: no isolate
// cuts a mark from its letter, which would break the letters' joining and change the width.
const words = {
  ar: ['تُعرب', 'ويشكّل', 'حدٍّ', 'لحلّ', 'حيّي', 'وُصفت', 'المكلَّفة', 'خضمّ'],
  ckb: ['هاووڵاتیی', 'دەستبەجێی', 'نێودەوڵەتیی', 'ڕێکخراوە'],
};
for (const [lang, list] of Object.entries(words)) {
  for (const w of list) {
    let found = null;
    for (const td of document.querySelectorAll('td[lang="' + lang + '"]')) {
      const walker = document.createTreeWalker(td, NodeFilter.SHOW_TEXT);
      let n;
      while ((n = walker.nextNode())) {
        const i = n.data.indexOf(w);
        if (i >= 0) { found = [n, i]; break; }
      }
      if (found) break;
    }
    if (!found) { out.push('WORD ' + lang + ' ' + w + ' missing'); continue; }
    const [n, i] = found;
    const r = document.createRange();
    r.setStart(n, i);
    r.setEnd(n, i + w.length);
    const inPage = r.getBoundingClientRect().width;
    const span = document.createElement('span');
    span.textContent = w;
    n.parentElement.appendChild(span);
    const alone = span.getBoundingClientRect().width;
    span.remove();
    out.push('WORD ' + lang + ' ' + w + ' ' + inPage.toFixed(1) + ' ' + alone.toFixed(1));
  }
}
document.body.insertAdjacentHTML('beforeend', '<pre id="probe">' + out.join('\n') + '</pre>');
</script>
</body>"#;
    let probed = html.replace(&csp, "").replace("</body>", probe);
    let probe_file = tmp.path().join("probe.html");
    std::fs::write(&probe_file, probed).unwrap();
    let o = headless(&browser, &["--dump-dom", probe_file.to_str().unwrap()]);
    let dom = String::from_utf8_lossy(&o.stdout);
    // The last occurrence: the first is in the probe script's own source.
    let result = dom
        .rsplit("<pre id=\"probe\">")
        .next()
        .filter(|_| dom.matches("<pre id=\"probe\">").count() > 1)
        .and_then(|s| s.split("</pre>").next())
        .unwrap_or_else(|| panic!("no probe result:\n{}", String::from_utf8_lossy(&o.stderr)));
    // Every sampled word is one piece of text in the page, as wide as alone.
    let mut sampled = 0;
    for l in result.lines().filter(|l| l.starts_with("WORD ")) {
        let f: Vec<&str> = l.split(' ').collect();
        assert_ne!(
            f[3], "missing",
            "{l}: the word is not one piece of text in the page"
        );
        let (a, b): (f64, f64) = (f[3].parse().unwrap(), f[4].parse().unwrap());
        assert!((a - b).abs() <= 1.0, "{l}: laid out otherwise in the page");
        sampled += 1;
    }
    assert_eq!(sampled, 12, "{result}");
    let rows: BTreeMap<&str, Vec<&str>> = result
        .lines()
        .filter(|l| !l.starts_with("WORD "))
        .map(|l| {
            let f: Vec<&str> = l.split(' ').collect();
            (f[0], f[1..].to_vec())
        })
        .collect();
    assert_eq!(rows.len(), 4, "{result}");
    for (lang, dir, digits) in [
        ("en", "ltr", "decimal"),
        ("ar", "rtl", "decimal"),
        ("kmr", "ltr", "decimal"),
        ("ckb", "rtl", "arabic-indic"),
    ] {
        let r = &rows[lang];
        assert_eq!(r[0], dir, "{lang}: {result}");
        let (left, right): (i32, i32) = (r[1].parse().unwrap(), r[2].parse().unwrap());
        if dir == "rtl" {
            assert!(
                right < left,
                "{lang}: the line should hug the right edge: {result}"
            );
        } else {
            assert!(
                left < right,
                "{lang}: the line should hug the left edge: {result}"
            );
        }
        assert_eq!(r[3], digits, "{lang}: {result}");
    }
    // And the page itself renders to an image.
    let png = tmp.path().join("page.png");
    let o = headless(
        &browser,
        &[
            &format!("--screenshot={}", png.display()),
            "--window-size=1200,900",
            page.to_str().unwrap(),
        ],
    );
    let bytes = std::fs::read(&png)
        .unwrap_or_else(|_| panic!("no screenshot:\n{}", String::from_utf8_lossy(&o.stderr)));
    assert!(bytes.starts_with(b"\x89PNG"), "a PNG");
    assert!(
        bytes.len() > 20_000,
        "a page, not a blank: {} bytes",
        bytes.len()
    );
}

#[test]
fn publish_help_teaches() {
    // `publish --help` teaches: formats, refusal, --force.
    let (code, out, _) = run_in(&root(), &["publish", "--help"]);
    assert_eq!(code, 0);
    for word in [
        "--format",
        "--force",
        "--out",
        "--segtype",
        "align publish statements/aleppo-2026-01",
    ] {
        assert!(out.contains(word), "{word}");
    }
}

#[test]
fn the_output_directory_from_align_yaml() {
    let tmp = tempfile::tempdir().unwrap();
    copy_statement("aleppo-2026-01", tmp.path());
    let config = tmp.path().join("align.yaml");
    std::fs::write(&config, read(&config) + "publish:\n  out: public\n").unwrap();
    let (code, out, err) = publish_in(
        tmp.path(),
        &["publish", "aleppo-2026-01", "--format", "tsv"],
    );
    assert_eq!(code, 0, "{out}{err}");
    assert_eq!(
        files(&tmp.path().join("public")),
        [
            "aleppo-2026-01.en-ar.tsv",
            "aleppo-2026-01.en-ckb.tsv",
            "aleppo-2026-01.en-kmr.tsv"
        ]
    );
    // An unknown key under publish: is an error naming the file.
    std::fs::write(
        &config,
        read(&config).replace("out: public", "output: public"),
    )
    .unwrap();
    let (code, _, err) = publish_in(tmp.path(), &["publish", "aleppo-2026-01"]);
    assert_eq!(code, 2);
    assert!(err.contains("align.yaml"), "{err}");
}

#[test]
fn two_statements_with_one_name_never_overwrite_each_other() {
    let tmp = tempfile::tempdir().unwrap();
    for parent in ["a", "b"] {
        copy_dir(
            &root().join("statements/aleppo-2026-01"),
            &tmp.path().join(parent).join("x"),
        );
    }
    let (code, out, err) = publish_in(
        tmp.path(),
        &["publish", "a/x", "b/x", "--out", "public", "--format", "md"],
    );
    assert_eq!(code, 2, "{out}{err}");
    assert!(
        err.contains("public/x.md: two of the statements would be published to this same file"),
        "{err}"
    );
    assert!(!tmp.path().join("public").exists(), "nothing written");
}

#[test]
fn publishes_only_into_directories_it_owns() {
    let tmp = tempfile::tempdir().unwrap();
    let st = copy_statement("aleppo-2026-01", tmp.path());
    // A second statement whose name is a language code, published into the first one's
    // directory: refused, and the translator's kmr.md untouched.
    let other = tmp.path().join("kmr");
    copy_dir(&st, &other);
    let before = read(&st.join("kmr.md"));
    let (code, out, err) = publish_in(
        tmp.path(),
        &["publish", "kmr", "--out", "aleppo-2026-01", "--force"],
    );
    assert_eq!(code, 2, "{out}{err}");
    assert!(
        err.contains("refusing to publish into this directory"),
        "{err}"
    );
    assert_eq!(read(&st.join("kmr.md")), before);
    // The project root (README.md, align.yaml): refused.
    std::fs::write(tmp.path().join("README.md"), "mine").unwrap();
    let (code, _, err) = publish_in(tmp.path(), &["publish", "kmr", "--out", "."]);
    assert_eq!(code, 2, "{err}");
    assert_eq!(read(&tmp.path().join("README.md")), "mine");
    // --out naming a file: a clear error.
    let (code, _, err) = publish_in(tmp.path(), &["publish", "kmr", "--out", "README.md"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("this is a file, where a directory is expected"),
        "{err}"
    );
    // A fresh directory becomes align's (marked); publishing there again replaces the set and
    // keeps another statement's files.
    let (code, _, err) = publish_in(
        tmp.path(),
        &[
            "publish",
            "aleppo-2026-01",
            "--out",
            "public",
            "--format",
            "md",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        tmp.path()
            .join("public")
            .join(align::write::MARKER)
            .is_file()
    );
    let (code, _, err) = publish_in(
        tmp.path(),
        &["publish", "kmr", "--out", "public", "--format", "md"],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        files(&tmp.path().join("public")),
        ["aleppo-2026-01.md", "kmr.md"]
    );
    // Nothing left beside it (no staging directory, no temporary).
    let mut beside: Vec<String> = std::fs::read_dir(tmp.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.'))
        .collect();
    beside.sort();
    assert!(beside.is_empty(), "{beside:?}");
}

#[test]
fn parallel_publishes_never_mix() {
    let tmp = tempfile::tempdir().unwrap();
    copy_statement("aleppo-2026-01", tmp.path());
    let runs: Vec<std::process::Child> = (0..4)
        .map(|_| {
            std::process::Command::new(assert_cmd::cargo::cargo_bin!("align"))
                .current_dir(tmp.path())
                .env("SOURCE_DATE_EPOCH", "1769904000")
                .args([
                    "publish",
                    "aleppo-2026-01",
                    "--out",
                    "public",
                    "--format",
                    "md,tsv",
                ])
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null())
                .spawn()
                .unwrap()
        })
        .collect();
    for mut r in runs {
        assert!(r.wait().unwrap().success());
    }
    assert_eq!(
        files(&tmp.path().join("public")),
        [
            "aleppo-2026-01.en-ar.tsv",
            "aleppo-2026-01.en-ckb.tsv",
            "aleppo-2026-01.en-kmr.tsv",
            "aleppo-2026-01.md"
        ]
    );
}

#[test]
fn every_published_page_passes_the_html_validator() {
    let Some(vnu) = vnu() else {
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
    // The bundled statement, and a faulty one published anyway (every marker on the page).
    let out = tmp.path().join("out");
    let (code, _, err) = publish_in(
        &root(),
        &[
            "publish",
            "statements/aleppo-2026-01",
            "--format",
            "html",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(code, 0, "{err}");
    let forced = tmp.path().join("forced");
    faulty(&forced);
    let (code, _, err) = publish_in(
        &forced,
        &[
            "publish",
            "aleppo-2026-01",
            "--out",
            "public",
            "--force",
            "--format",
            "html",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let mut pages: Vec<PathBuf> = Vec::new();
    for dir in [out, forced.join("public")] {
        for name in files(&dir) {
            if name.ends_with(".html") {
                pages.push(dir.join(name));
            }
        }
    }
    // Four pages each, and the review page beside the forced ones.
    assert_eq!(pages.len(), 9);
    common::validate_html(&vnu, &pages);
}
