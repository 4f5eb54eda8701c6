//! `--format sarif`: SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.
//!
//! One rule per check (the registry), with its description, help (what it finds, what to do)
//! and tags; one result per finding, located in the translation (or the source) by line and
//! column, with the source as a related location that the message links (`[source](1)`), and a
//! fingerprint that does not depend on the line (code scanning matches alerts across commits
//! by it). Every input error of the run is a tool execution notification, and the run is then
//! not successful.
//!
//! Artifact URIs are relative to the repository root (the nearest directory upward with a
//! `.git`, else the current directory) with `uriBaseId` `%SRCROOT%`, which
//! `originalUriBaseIds` resolves; a file outside the root gets an absolute `file:` URI. Every
//! URI is percent-encoded (RFC 3986), so that a path with a space, `%`, `#` or a line break is
//! still a valid `uri-reference`.

use std::collections::HashMap;
use std::path::{Component, Path, PathBuf};
use std::sync::OnceLock;

use serde_json::{Value, json};

use super::{hint, message};
use crate::check::{CHECKS, CheckInfo, Finding, Location, Outcome, Severity};
use crate::error::Error;
use crate::i18n::Localizer;

/// The base id every repository-relative URI is resolved against.
pub const SRCROOT: &str = "%SRCROOT%";

/// The key of align's own fingerprint in `partialFingerprints`.
pub const FINGERPRINT: &str = "alignFinding/v1";

// ---------------------------------------------------------------------------------------------
// URIs (pure)

/// `bytes` percent-encoded for a URI path (RFC 3986): the unreserved characters
/// (`A–Z a–z 0–9 - . _ ~`) and `/` stay, every other byte becomes `%XX` (a space `%20`, `%`
/// itself `%25`, a non-ASCII character its UTF-8 bytes).
pub fn percent_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len());
    for &b in bytes {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// One path component, percent-encoded (a `/` inside a name, impossible on Unix, is encoded
/// too).
fn encode_component(c: &std::ffi::OsStr) -> String {
    percent_encode(c.as_encoded_bytes()).replace('/', "%2F")
}

/// The URI of `path` relative to `root`, both absolute: its components below `root`, encoded
/// and joined by `/`. `None` when `path` is not inside `root` (or has `..` in it).
pub fn relative_uri(path: &Path, root: &Path) -> Option<String> {
    let rest = path.strip_prefix(root).ok()?;
    let mut parts = Vec::new();
    for c in rest.components() {
        match c {
            Component::Normal(name) => parts.push(encode_component(name)),
            Component::CurDir => {}
            _ => return None,
        }
    }
    Some(parts.join("/"))
}

/// The absolute `file:` URI of an absolute path (`file:///home/x/a%20b.md`); a Windows drive
/// (`C:`) stays as it is (`file:///C:/x`).
pub fn file_uri(path: &Path) -> String {
    let mut parts = Vec::new();
    for c in path.components() {
        match c {
            Component::Prefix(p) => {
                let s = p.as_os_str().to_string_lossy();
                let drive = s.len() == 2 && s.ends_with(':');
                parts.push(if drive {
                    s.into_owned()
                } else {
                    encode_component(p.as_os_str())
                });
            }
            Component::Normal(name) => parts.push(encode_component(name)),
            Component::RootDir | Component::CurDir => {}
            Component::ParentDir => parts.push("..".into()),
        }
    }
    format!("file:///{}", parts.join("/"))
}

/// A directory's `file:` URI, with the trailing slash a base URI needs.
pub fn dir_uri(path: &Path) -> String {
    let mut uri = file_uri(path);
    if !uri.ends_with('/') {
        uri.push('/');
    }
    uri
}

/// The SARIF `artifactLocation` of an absolute path: relative to `root` with `%SRCROOT%` when
/// it is inside, else its absolute `file:` URI.
pub fn artifact_location(path: &Path, root: &Path) -> Value {
    match relative_uri(path, root) {
        Some(uri) if !uri.is_empty() => json!({ "uri": uri, "uriBaseId": SRCROOT }),
        _ => json!({ "uri": file_uri(path) }),
    }
}

// ---------------------------------------------------------------------------------------------
// The file system (the edge)

/// The repository root for `cwd`: the nearest directory at or above it that has a `.git`
/// (a directory, or the file of a worktree or submodule); `cwd` itself when there is none.
/// Canonical (symbolic links resolved), so that paths can be made relative to it.
pub fn repository_root(cwd: &Path) -> PathBuf {
    let cwd = cwd
        .canonicalize()
        .or_else(|_| std::path::absolute(cwd))
        .unwrap_or_else(|_| cwd.to_path_buf());
    cwd.ancestors()
        .find(|d| d.join(".git").symlink_metadata().is_ok())
        .unwrap_or(&cwd)
        .to_path_buf()
}

/// A path as the user named it, made absolute with symbolic links resolved (as code scanning
/// wants); a file that does not exist (a missing translation) through its directory.
fn absolute(path: &str) -> PathBuf {
    let p = Path::new(path);
    if let Ok(c) = p.canonicalize() {
        return c;
    }
    let abs = std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
    match (abs.parent(), abs.file_name()) {
        (Some(dir), Some(name)) => dir
            .canonicalize()
            .map(|d| d.join(name))
            .unwrap_or_else(|_| abs.clone()),
        _ => abs,
    }
}

/// Artifact locations by path as the user named it: each path resolved once.
struct Artifacts<'a> {
    root: &'a Path,
    seen: HashMap<String, Value>,
}

impl Artifacts<'_> {
    fn get(&mut self, path: &str) -> Value {
        let root = self.root;
        self.seen
            .entry(path.to_string())
            .or_insert_with(|| artifact_location(&absolute(path), root))
            .clone()
    }
}

// ---------------------------------------------------------------------------------------------
// Rules

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// `missing-segment` → `MissingSegment`.
pub fn camel(id: &str) -> String {
    id.split('-')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect::<String>())
                .unwrap_or_default()
        })
        .collect()
}

fn capitalized(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// What a check is about, for filtering in code scanning (`properties.tags`).
fn category(id: &str) -> &'static str {
    match id {
        "missing-translation"
        | "missing-segment"
        | "missing-content"
        | "extra-segment"
        | "empty-segment"
        | "untranslated"
        | "length-ratio" => "completeness",
        "moved-segment" | "restructured" | "list-count" | "list-numbering" | "broken-paragraph" => {
            "structure"
        }
        "number-mismatch" | "unit-mismatch" | "date-mismatch" | "date-calendar" => "facts",
        "term-mismatch" | "latin-token" => "terminology",
        "wrong-script" | "orthography" | "invisible-char" | "punctuation" => "writing",
        "source-drift" | "new-source" | "removed-source" | "target-changed" => "drift",
        "unknown-allow" => "suppression",
        _ => "other",
    }
}

/// How often a finding of the check is right (`properties.precision`): checks that compare
/// recorded facts (a file, a lock) `very-high`, those that judge by the document's own
/// statistics (lengths, shares of words) `medium`, the others `high`.
fn precision(id: &str) -> &'static str {
    match id {
        "missing-translation"
        | "source-drift"
        | "new-source"
        | "removed-source"
        | "target-changed" => "very-high",
        "missing-content" | "length-ratio" | "untranslated" => "medium",
        _ => "high",
    }
}

/// `properties.problem.severity` of code scanning.
fn problem_severity(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "recommendation",
    }
}

/// Where the rules are documented: the README's table of checks in the crate's repository,
/// when `Cargo.toml` names one.
pub fn help_uri() -> Option<String> {
    repository().map(|r| format!("{r}/blob/main/README.md#the-checks"))
}

fn repository() -> Option<&'static str> {
    let r = env!("CARGO_PKG_REPOSITORY").trim_end_matches('/');
    let r = r.strip_suffix(".git").unwrap_or(r);
    (!r.is_empty()).then_some(r)
}

/// The English Fluent resource, parsed once (to see which variants a hint has).
fn english_ast() -> &'static fluent_syntax::ast::Resource<&'static str> {
    static AST: OnceLock<fluent_syntax::ast::Resource<&'static str>> = OnceLock::new();
    AST.get_or_init(|| {
        fluent_syntax::parser::parse(crate::i18n::UI_LANGUAGES[0].1).unwrap_or_else(|(r, _)| r)
    })
}

/// The variables a pattern uses: `(name, Some(keys))` for a selector with its variant keys,
/// `(name, None)` for a plain value.
fn variables(
    pattern: &fluent_syntax::ast::Pattern<&'static str>,
    out: &mut Vec<(&'static str, Option<Vec<&'static str>>)>,
) {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement, VariantKey};
    for element in &pattern.elements {
        let PatternElement::Placeable { expression } = element else {
            continue;
        };
        match expression {
            Expression::Select { selector, variants } => {
                if let InlineExpression::VariableReference { id } = selector {
                    let keys = variants
                        .iter()
                        .map(|v| match &v.key {
                            VariantKey::Identifier { name } => *name,
                            VariantKey::NumberLiteral { value } => *value,
                        })
                        .collect();
                    out.retain(|(n, _)| *n != id.name);
                    out.push((id.name, Some(keys)));
                }
                for v in variants {
                    variables(&v.value, out);
                }
            }
            Expression::Inline(InlineExpression::VariableReference { id }) => {
                if !out.iter().any(|(n, _)| *n == id.name) {
                    out.push((id.name, None));
                }
            }
            Expression::Inline(_) => {}
        }
    }
}

/// The English message `id` in each of its variants, variables shown as `DIR`, `LANG` …:
/// the orthography hint has one piece of advice per problem, and the rule's help gives all.
fn every_variant(id: &str) -> Vec<String> {
    use fluent_syntax::ast::Entry;
    let l = Localizer::english();
    let Some(pattern) = english_ast().body.iter().find_map(|e| match e {
        Entry::Message(m) if m.id.name == id => m.value.as_ref(),
        _ => None,
    }) else {
        return Vec::new();
    };
    let mut vars = Vec::new();
    variables(pattern, &mut vars);
    let placeholders: Vec<(&str, String)> = vars
        .iter()
        .filter(|(_, keys)| keys.is_none())
        .map(|(n, _)| (*n, n.to_uppercase().replace('-', "_")))
        .collect();
    // Every combination of the selectors' keys (one selector in practice).
    let mut combos: Vec<Vec<(&str, &str)>> = vec![Vec::new()];
    for (name, keys) in &vars {
        if let Some(keys) = keys {
            combos = combos
                .into_iter()
                .flat_map(|c| {
                    keys.iter().map(move |k| {
                        let mut c = c.clone();
                        c.push((*name, *k));
                        c
                    })
                })
                .collect();
        }
    }
    let mut out: Vec<String> = Vec::new();
    for combo in combos {
        let mut args: Vec<(&str, fluent_bundle::FluentValue)> = placeholders
            .iter()
            .map(|(n, v)| (*n, v.as_str().into()))
            .collect();
        args.extend(combo.iter().map(|(n, k)| (*n, (*k).into())));
        let text = l.fmt(id, &args);
        if !out.contains(&text) {
            out.push(text);
        }
    }
    out
}

/// Text made literal in Markdown: characters that could start markup are escaped, `<` and
/// `&` as entities (an `<!-- align: allow … -->` in a hint must show, not vanish as HTML).
fn markdown_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '|' | '~' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

/// A check's help: what it finds, what to do about a finding, how to allow or silence it.
fn help(c: &CheckInfo) -> Value {
    let l = Localizer::english();
    let description = l.msg(&format!("check-{}-description", c.id));
    let hints = every_variant(&format!("check-{}-hint", c.id));
    let allow = format!("<!-- align: allow {} -->", c.id);
    let mut text = format!(
        "{} ({}, default severity {}): {description}.",
        c.id,
        camel(c.id),
        c.severity.as_str()
    );
    let mut md = format!(
        "**{}** (`{}`, default severity {}): {}.",
        camel(c.id),
        c.id,
        c.severity.as_str(),
        markdown_escape(&description)
    );
    match hints.as_slice() {
        [] => {}
        [one] => {
            text.push_str(&format!("\n\nWhat to do: {one}."));
            md.push_str(&format!("\n\n**What to do:** {}.", markdown_escape(one)));
        }
        many => {
            text.push_str("\n\nWhat to do:");
            md.push_str("\n\n**What to do:**\n");
            for h in many {
                text.push_str(&format!("\n- {h}."));
                md.push_str(&format!("\n- {}.", markdown_escape(h)));
            }
        }
    }
    let silence = format!(
        "A finding that is right as it is can be allowed with {allow} next to its segment in \
         the translation, or recorded in a baseline (align check --write-baseline); \
         align.yaml sets the check's severity, or turns it off, under \"checks:\"."
    );
    text.push_str(&format!("\n\n{silence}"));
    md.push_str(&format!(
        "\n\nA finding that is right as it is can be allowed with `{allow}` next to its segment \
         in the translation, or recorded in a baseline (`align check --write-baseline`); \
         `align.yaml` sets the check's severity, or turns it off, under `checks:`."
    ));
    if let Some(uri) = help_uri() {
        text.push_str(&format!("\n\nAll checks: {uri}"));
        md.push_str(&format!("\n\n[All checks]({uri})"));
    }
    json!({ "text": text, "markdown": md })
}

fn rule(c: &CheckInfo) -> Value {
    let l = Localizer::english();
    let description = l.msg(&format!("check-{}-description", c.id));
    let mut r = json!({
        "id": c.id,
        "name": camel(c.id),
        "shortDescription": { "text": description },
        "fullDescription": { "text": format!("{}.", capitalized(&description)) },
        "help": help(c),
        "defaultConfiguration": { "level": level(c.severity) },
        "properties": {
            "tags": ["translation", category(c.id)],
            "precision": precision(c.id),
            "problem.severity": problem_severity(c.severity),
        },
    });
    if let Some(uri) = help_uri() {
        r["helpUri"] = json!(uri);
    }
    r
}

// ---------------------------------------------------------------------------------------------
// Results

/// A finding's identity, never its line: statement, language, check, segment id (as in a
/// baseline) and what is wrong ([`Finding::content_hash`]), as 16 hex digits. The same
/// finding keeps it when lines are added above it; another wrong number changes it.
pub fn fingerprint(f: &Finding) -> String {
    // 0xFF never occurs in UTF-8: an unambiguous separator.
    let mut bytes = Vec::new();
    for part in [
        f.statement.as_str(),
        f.lang.as_str(),
        f.check,
        &f.segment(),
        &f.content_hash(),
    ] {
        bytes.extend_from_slice(part.as_bytes());
        bytes.push(0xFF);
    }
    format!("{:016x}", crate::text::fnv1a64(&bytes))
}

/// Plain text made literal in a SARIF message, where `[text](id)` is a link: `\`, `[` and
/// `]` escaped with a backslash.
fn message_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '\\' | '[' | ']') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A location's region: lines and columns of the segment (columns count characters), or its
/// line alone when the location is not a segment.
fn region(loc: &Location) -> Value {
    match loc.span {
        Some(s)
            if s.end_line > loc.line || (s.end_line == loc.line && s.end_column >= s.column) =>
        {
            json!({
                "startLine": loc.line,
                "startColumn": s.column.max(1),
                "endLine": s.end_line,
                "endColumn": s.end_column.max(1),
            })
        }
        _ => json!({ "startLine": loc.line.max(1) }),
    }
}

fn location(loc: &Location, artifacts: &mut Artifacts, id: usize, text: Option<&str>) -> Value {
    let mut v = json!({
        "physicalLocation": {
            "artifactLocation": artifacts.get(&loc.path),
            "region": region(loc),
        }
    });
    if let Some(seg) = &loc.segment {
        v["logicalLocations"] = json!([{ "name": seg, "kind": "segment" }]);
    }
    if id > 0 {
        v["id"] = json!(id);
    }
    if let Some(text) = text {
        v["message"] = json!({ "text": text });
    }
    v
}

fn result(f: &Finding, artifacts: &mut Artifacts, occurrence: usize) -> Value {
    let l = Localizer::english();
    let mut text = message_escape(&message(l, f));
    let related = match (&f.source, &f.target) {
        (Some(s), Some(_)) => {
            let label = match &s.segment {
                Some(seg) => format!("source ({seg})"),
                None => "source".to_string(),
            };
            text.push_str(" (see the [source](1))");
            Some(location(s, artifacts, 1, Some(&label)))
        }
        _ => None,
    };
    let hash = fingerprint(f);
    let mut r = json!({
        "ruleId": f.check,
        "ruleIndex": CHECKS.iter().position(|c| c.id == f.check).unwrap_or(0),
        "level": level(f.severity),
        "message": { "text": text },
        "locations": f.primary().map(|p| vec![location(p, artifacts, 0, None)]).unwrap_or_default(),
        "partialFingerprints": {
            FINGERPRINT: hash,
            "primaryLocationLineHash": format!("{hash}:{occurrence}"),
        },
        "properties": { "statement": f.statement, "lang": f.lang, "details": f.details },
    });
    if let Some(rel) = related {
        r["relatedLocations"] = json!([rel]);
    }
    if let Some(h) = hint(l, f) {
        r["properties"]["hint"] = json!(h);
    }
    r
}

/// An input error as a tool execution notification: its English message (with the file and
/// line, as people read it) and, when it names a file, that file's location.
fn notification(e: &Error, artifacts: &mut Artifacts) -> Value {
    let l = Localizer::english();
    let mut text = l.error(e);
    if let Some(path) = &e.path {
        text = format!(
            "{}: {text}",
            crate::report::location(path, e.line, e.column)
        );
    }
    if let Some(h) = l.error_hint(e) {
        text = format!("{text} ({h})");
    }
    let mut n = json!({ "level": "error", "message": { "text": text } });
    if let Some(path) = &e.path {
        let mut physical = json!({ "artifactLocation": artifacts.get(path) });
        if let Some(line) = e.line.filter(|l| *l > 0) {
            let mut region = json!({ "startLine": line });
            if let Some(col) = e.column.filter(|c| *c > 0) {
                region["startColumn"] = json!(col);
            }
            physical["region"] = region;
        }
        n["locations"] = json!([{ "physicalLocation": physical }]);
    }
    n
}

/// The SARIF log of a run of checks; paths relative to `root` (see [`repository_root`]).
pub fn sarif(o: &Outcome, root: &Path) -> String {
    let mut artifacts = Artifacts {
        root,
        seen: HashMap::new(),
    };
    // Two findings with one fingerprint are told apart by their order, as code scanning's own
    // line hashes are.
    let mut seen: HashMap<String, usize> = HashMap::new();
    let results: Vec<Value> = o
        .findings
        .iter()
        .map(|f| {
            let n = seen.entry(fingerprint(f)).or_insert(0);
            *n += 1;
            result(f, &mut artifacts, *n)
        })
        .collect();
    let mut notifications: Vec<Value> = Vec::new();
    for e in &o.errors {
        let n = notification(e, &mut artifacts);
        if !notifications.contains(&n) {
            notifications.push(n);
        }
    }
    let mut driver = json!({
        "name": "align",
        "version": env!("CARGO_PKG_VERSION"),
        "semanticVersion": env!("CARGO_PKG_VERSION"),
        "rules": CHECKS.iter().map(rule).collect::<Vec<_>>(),
    });
    if let Some(r) = repository() {
        driver["informationUri"] = json!(r);
    }
    let value = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": driver },
            "invocations": [{
                "executionSuccessful": o.errors.is_empty(),
                "toolExecutionNotifications": notifications,
            }],
            "originalUriBaseIds": { SRCROOT: { "uri": dir_uri(root) } },
            "columnKind": "unicodeCodePoints",
            "results": results,
        }]
    });
    let mut s = serde_json::to_string_pretty(&value).unwrap_or_default();
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_encoding_keeps_unreserved_and_slashes() {
        assert_eq!(
            percent_encode(b"statements/a-b_c.d~e/ar.md"),
            "statements/a-b_c.d~e/ar.md"
        );
        assert_eq!(
            percent_encode(b"with space %/x#y?z"),
            "with%20space%20%25/x%23y%3Fz"
        );
        assert_eq!(percent_encode(b"a\nb\tc\x7f"), "a%0Ab%09c%7F");
        assert_eq!(percent_encode("حلب".as_bytes()), "%D8%AD%D9%84%D8%A8");
        assert_eq!(percent_encode(b"a:b[c]"), "a%3Ab%5Bc%5D");
    }

    #[test]
    fn uris_relative_to_the_root_or_absolute() {
        let root = Path::new("/repo");
        assert_eq!(
            relative_uri(Path::new("/repo/statements/with space %/ar.md"), root).as_deref(),
            Some("statements/with%20space%20%25/ar.md")
        );
        assert_eq!(relative_uri(Path::new("/elsewhere/ar.md"), root), None);
        // A sibling whose name starts like the root is outside it.
        assert_eq!(relative_uri(Path::new("/repository/ar.md"), root), None);
        assert_eq!(
            artifact_location(Path::new("/repo/s/ar.md"), root),
            json!({ "uri": "s/ar.md", "uriBaseId": "%SRCROOT%" })
        );
        assert_eq!(
            artifact_location(Path::new("/tmp/x y/ar.md"), root),
            json!({ "uri": "file:///tmp/x%20y/ar.md" })
        );
        assert_eq!(dir_uri(Path::new("/repo")), "file:///repo/");
        assert_eq!(dir_uri(Path::new("/")), "file:///");
    }

    #[test]
    fn repository_root_is_the_nearest_directory_with_git() {
        let tmp = tempfile::tempdir().unwrap();
        let top = tmp.path().canonicalize().unwrap();
        let sub = top.join("a/b");
        std::fs::create_dir_all(&sub).unwrap();
        // No .git up to the file system's root (a temporary directory): the directory itself.
        if !top.ancestors().any(|d| d.join(".git").exists()) {
            assert_eq!(repository_root(&sub), sub);
        }
        std::fs::create_dir(top.join(".git")).unwrap();
        assert_eq!(repository_root(&sub), top);
        // A worktree's .git is a file.
        std::fs::write(top.join("a/.git"), "gitdir: elsewhere\n").unwrap();
        assert_eq!(repository_root(&sub), top.join("a"));
    }

    #[test]
    fn names_are_camel_case() {
        assert_eq!(camel("missing-segment"), "MissingSegment");
        assert_eq!(camel("restructured"), "Restructured");
    }

    #[test]
    fn fnv1a64_matches_the_reference_values() {
        assert_eq!(crate::text::fnv1a64(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(crate::text::fnv1a64(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(crate::text::fnv1a64(b"foobar"), 0x85944171f73967e8);
    }

    fn finding(line: usize, target_only: &str) -> Finding {
        let loc = |path: &str| Location {
            path: path.into(),
            line,
            segment: Some("p2".into()),
            text: None,
            span: None,
        };
        let mut details = serde_json::Map::new();
        details.insert("source_only".into(), json!(["250,000"]));
        details.insert("target_only".into(), json!([target_only]));
        details.insert("next_line".into(), json!(line + 2));
        Finding {
            check: "number-mismatch",
            severity: Severity::Error,
            statement: "aleppo".into(),
            lang: "ckb".into(),
            source: Some(loc("en.md")),
            target: Some(loc("ckb.md")),
            details,
        }
    }

    #[test]
    fn fingerprints_ignore_lines_and_follow_content() {
        assert_eq!(
            fingerprint(&finding(11, "205,000")),
            fingerprint(&finding(40, "205,000"))
        );
        assert_ne!(
            fingerprint(&finding(11, "205,000")),
            fingerprint(&finding(11, "250"))
        );
        assert_eq!(fingerprint(&finding(11, "205,000")).len(), 16);
    }

    #[test]
    fn hints_in_every_variant() {
        let v = every_variant("check-orthography-hint");
        assert_eq!(v.len(), 3, "{v:?}");
        let v = every_variant("check-source-drift-hint");
        assert_eq!(v.len(), 1);
        assert!(
            v[0].contains("align accept DIR --lang LANG --segment SEGMENT"),
            "{v:?}"
        );
    }

    #[test]
    fn every_rule_has_the_help_code_scanning_requires() {
        for c in CHECKS {
            let r = rule(c);
            for key in ["shortDescription", "fullDescription"] {
                assert!(!r[key]["text"].as_str().unwrap().is_empty(), "{}", c.id);
            }
            let md = r["help"]["markdown"].as_str().unwrap();
            assert!(md.contains("**What to do:**"), "{}: {md}", c.id);
            // An HTML comment would vanish from the rendered help, except in a code span.
            assert!(!md.replace("`<!--", "").contains("<!--"), "{md}");
            assert!(r["help"]["text"].as_str().unwrap().contains("What to do:"));
        }
    }

    #[test]
    fn messages_escape_brackets() {
        assert_eq!(message_escape(r"a [1] \ b"), r"a \[1\] \\ b");
        assert_eq!(
            markdown_escape("<!-- x --> *y*"),
            "&lt;!-- x --&gt; \\*y\\*"
        );
    }
}
