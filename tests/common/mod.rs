//! Helpers shared by the integration tests: run the real `align` binary in a controlled
//! environment (English UI, no colour), from the crate root.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The `align` binary, with the UI-language and colour environment cleared.
pub fn align() -> assert_cmd::Command {
    let mut cmd = assert_cmd::cargo::cargo_bin_cmd!("align");
    cmd.current_dir(root());
    for var in [
        "LANG",
        "LC_ALL",
        "LC_MESSAGES",
        "ALIGN_UI_LANG",
        "NO_COLOR",
        "FORCE_COLOR",
        "CLICOLOR_FORCE",
        "GITHUB_STEP_SUMMARY",
    ] {
        cmd.env_remove(var);
    }
    cmd
}

/// Runs `align ARGS` and returns (exit code, stdout, stderr).
pub fn run(args: &[&str]) -> (i32, String, String) {
    run_in(&root(), args)
}

pub fn run_in(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = align()
        .current_dir(dir)
        .args(args)
        .output()
        .expect("align runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Runs `align ARGS`, expects exit 0 and JSON on stdout.
pub fn json(args: &[&str]) -> serde_json::Value {
    let (code, out, err) = run(args);
    assert_eq!(code, 0, "align {args:?} failed:\n{err}");
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("not JSON ({e}):\n{out}"))
}

/// Copies a directory tree (for tests that edit files), without its `align.lock`: a lock
/// names its statement by directory, and a copy under another name is not that statement
/// (`align check` says so). Tests of drift copy the lock with [`copy_statement`].
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        // Not the lock (see above), nor what `align publish` wrote into `out/`.
        if entry.file_name() == "align.lock" || entry.file_name() == "out" {
            continue;
        }
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// Copies a bundled statement, lock included, to `DIR/<its name>` with the project's
/// `align.yaml` and `glossary.yaml` in `DIR`; returns the statement's new directory.
pub fn copy_statement(name: &str, dir: &Path) -> PathBuf {
    let to = dir.join(name);
    copy_dir(&root().join("statements").join(name), &to);
    let lock = root().join("statements").join(name).join("align.lock");
    if lock.exists() {
        std::fs::copy(lock, to.join("align.lock")).unwrap();
    }
    for f in ["align.yaml", "glossary.yaml"] {
        std::fs::copy(root().join(f), dir.join(f)).unwrap();
    }
    to
}

/// A project's glossary in `dir` (the bundled one).
pub fn with_glossary(dir: &Path) {
    std::fs::create_dir_all(dir).unwrap();
    std::fs::copy(root().join("glossary.yaml"), dir.join("glossary.yaml")).unwrap();
}

/// A copy of the bundled statement with a dropped demand (ar), a changed date (kmr) and a
/// changed number (ckb), with the project's glossary beside it.
pub fn broken(dir: &Path) {
    copy_dir(&root().join("statements/aleppo-2026-01"), dir);
    with_glossary(dir);
    let edit = |file: &str, from: &str, to: &str| {
        let p = dir.join(file);
        let text = std::fs::read_to_string(&p).unwrap();
        assert!(text.contains(from), "{file}: {from}");
        std::fs::write(&p, text.replacen(from, to, 1)).unwrap();
    };
    // Arabic: demand 3 (line 19) dropped; demand 4 renumbered 3.
    let ar = std::fs::read_to_string(dir.join("ar.md")).unwrap();
    let lines: Vec<&str> = ar.lines().collect();
    let mut kept: Vec<String> = lines
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != 18)
        .map(|(_, l)| l.to_string())
        .collect();
    kept[18] = kept[18].replacen("4.", "3.", 1);
    std::fs::write(dir.join("ar.md"), kept.join("\n") + "\n").unwrap();
    // Kurmanji: 7 January becomes 8 January (line 7).
    edit(
        "kmr.md",
        "di 7ê Kanûna Paşîn a 2026an de",
        "di 8ê Kanûna Paşîn a 2026an de",
    );
    // Sorani: 250,000 becomes 205,000 (line 11).
    edit("ckb.md", "٢٥٠ هەزار", "٢٠٥ هەزار");
}

/// The bundled statement's name.
pub const ALEPPO: &str = "aleppo-2026-01";

pub fn edit(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    assert!(text.contains(from), "{}: {from}", path.display());
    std::fs::write(path, text.replacen(from, to, 1)).unwrap();
}

/// The scenario: a copy of the statement whose English changed in four places since the
/// translations were accepted.
pub fn edited(tmp: &Path) -> PathBuf {
    let dir = copy_statement(ALEPPO, tmp);
    let en = dir.join("en.md");
    edit(
        &en,
        "more than 250,000 civilians",
        "more than 260,000 civilians",
    );
    edit(&en, "3. Refrain from any acts", "3. Refrain from all acts");
    edit(
        &en,
        "12. Dawlaty\n",
        "12. Dawlaty\n13. Lawyers and Doctors for Human Rights - LDHR\n",
    );
    // A new paragraph after the lede (line 3): it becomes p1, and every paragraph id after it
    // shifts by one.
    let text = std::fs::read_to_string(&en).unwrap();
    let mut lines: Vec<&str> = text.lines().collect();
    lines.insert(
        4,
        "Update of 12 January 2026: this statement was updated after new reports from the two neighborhoods.\n",
    );
    std::fs::write(&en, lines.join("\n") + "\n").unwrap();
    dir
}

/// Human output with each wrapped message joined back onto one line: a line indented by two
/// spaces continues the message above it (excerpts are indented by three, hints say `hint:`).
pub fn unfill(s: &str) -> String {
    let mut out = String::new();
    for line in s.lines() {
        let cont = line.starts_with("  ")
            && !line.starts_with("   ")
            && !line.trim_start().starts_with("hint:");
        if cont && !out.is_empty() {
            out.pop();
            out.push(' ');
            out.push_str(line.trim_start());
        } else {
            out.push_str(line);
        }
        out.push('\n');
    }
    out
}

/// The Nu Html Checker (vnu, the W3C validator): `ALIGN_VNU` names its jar (or a `vnu`
/// command is on the path); `.ci/run` installs it (npm's `vnu-jar`, with Java) and sets
/// `ALIGN_REQUIRE_VNU`, so that there it must be.
pub fn vnu() -> Option<Vec<String>> {
    if let Some(jar) = std::env::var_os("ALIGN_VNU") {
        return Some(vec![
            "java".into(),
            "-jar".into(),
            jar.to_string_lossy().into_owned(),
        ]);
    }
    if std::process::Command::new("vnu")
        .arg("--version")
        .output()
        .is_ok()
    {
        return Some(vec!["vnu".into()]);
    }
    assert!(
        std::env::var_os("ALIGN_REQUIRE_VNU").is_none(),
        "vnu is required (ALIGN_REQUIRE_VNU is set): npm install vnu-jar, and set ALIGN_VNU"
    );
    eprintln!("SKIPPED: HTML validation needs vnu (npm install vnu-jar; ALIGN_VNU=…/vnu.jar)");
    None
}

/// A Chromium on the path; `.ci/run` installs it and sets `ALIGN_REQUIRE_BROWSER`, so that
/// there it must be.
pub fn chromium() -> Option<String> {
    for name in [
        "chromium",
        "chromium-browser",
        "google-chrome",
        "google-chrome-stable",
    ] {
        if std::process::Command::new(name)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
        {
            return Some(name.to_string());
        }
    }
    assert!(
        std::env::var_os("ALIGN_REQUIRE_BROWSER").is_none(),
        "Chromium is required (ALIGN_REQUIRE_BROWSER is set): apt-get install chromium"
    );
    eprintln!("SKIPPED: the browser test needs Chromium (Debian: apt-get install chromium)");
    None
}

/// Runs the Nu Html Checker (from [`vnu`]) on pages, errors only and CSS too; fails on any.
pub fn validate_html(vnu: &[String], pages: &[PathBuf]) {
    let o = std::process::Command::new(&vnu[0])
        .args(&vnu[1..])
        .args(["--errors-only", "--also-check-css"])
        .args(pages)
        .output()
        .unwrap();
    assert!(
        o.status.success(),
        "vnu:\n{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
}
