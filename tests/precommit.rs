//! The pre-commit hook, run by a real `pre-commit try-repo` on a repository holding the
//! bundled statement: a staged broken translation is blocked with a readable message, a clean
//! one passes, a file that is no statement's is let through. Uses the `align-check-system` hook
//! with the binary under test on PATH (`.ci/run` runs the cargo-built `align-check` too).
//! Skips when pre-commit is not installed, unless `ALIGN_REQUIRE_PRECOMMIT` is set.

mod common;

use std::path::Path;
use std::process::Command;

fn pre_commit() -> bool {
    let found = Command::new("pre-commit")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    assert!(
        found || std::env::var_os("ALIGN_REQUIRE_PRECOMMIT").is_none(),
        "pre-commit is required (ALIGN_REQUIRE_PRECOMMIT is set): pip install pre-commit"
    );
    found
}

fn git(dir: &Path, args: &[&str]) {
    let out = Command::new("git")
        .current_dir(dir)
        .args(["-c", "user.email=ci@example.org", "-c", "user.name=CI"])
        .args(args)
        .output()
        .unwrap();
    assert!(out.status.success(), "git {args:?}: {out:?}");
}

/// `pre-commit try-repo <this crate> align-check-system` in `dir`: (passed, output).
fn hook(dir: &Path, home: &Path) -> (bool, String) {
    let bin = Path::new(env!("CARGO_BIN_EXE_align")).parent().unwrap();
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let out = Command::new("pre-commit")
        .current_dir(dir)
        .args(["try-repo"])
        .arg(common::root())
        .arg("align-check-system")
        .env("PATH", path)
        .env("PRE_COMMIT_HOME", home)
        .env("NO_COLOR", "1")
        .env_remove("ALIGN_UI_LANG")
        .env_remove("LANG")
        .output()
        .unwrap();
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    (out.status.success(), text)
}

#[test]
fn the_hook_blocks_a_broken_translation_and_passes_a_clean_one() {
    if !pre_commit() || !common::root().join(".git").exists() {
        eprintln!("skipped: pre-commit or the repository's .git is missing");
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let repo = tmp.path().join("repo");
    let home = tmp.path().join("pre-commit-home");
    let st = common::copy_statement("aleppo-2026-01", &repo.join("statements"));
    for f in ["align.yaml", "glossary.yaml"] {
        std::fs::rename(repo.join("statements").join(f), repo.join(f)).unwrap();
    }
    git(&repo, &["init", "-q"]);
    git(&repo, &["add", "-A"]);
    git(&repo, &["commit", "-qm", "statement"]);

    // A harmless edit to a translation: staged, checked, passes.
    let kmr = std::fs::read_to_string(st.join("kmr.md")).unwrap();
    std::fs::write(st.join("kmr.md"), kmr + "\n").unwrap();
    std::fs::write(repo.join("README.md"), "# Statements\n").unwrap();
    git(&repo, &["add", "-A"]);
    let (passed, out) = hook(&repo, &home);
    assert!(passed, "{out}");
    assert!(out.contains("Passed"), "{out}");

    // A wrong number in the Sorani translation: blocked, saying what and where.
    common::edit(&st.join("ckb.md"), "٢٥٠ هەزار", "٢٠٥ هەزار");
    git(&repo, &["add", "-A"]);
    let (passed, out) = hook(&repo, &home);
    assert!(!passed, "{out}");
    assert!(out.contains("Failed"), "{out}");
    assert!(
        out.contains("error[number-mismatch]: statements/aleppo-2026-01/ckb.md:11:"),
        "{out}"
    );
    assert!(out.contains("hint: correct the number"), "{out}");

    // A dropped demand in the Arabic, staged alone: blocked too.
    git(&repo, &["reset", "-q", "--hard"]);
    let ar = std::fs::read_to_string(st.join("ar.md")).unwrap();
    let kept: Vec<&str> = ar
        .lines()
        .enumerate()
        .filter(|(i, _)| *i != 18)
        .map(|(_, l)| l)
        .collect();
    std::fs::write(st.join("ar.md"), kept.join("\n") + "\n").unwrap();
    git(&repo, &["add", "-A"]);
    let (passed, out) = hook(&repo, &home);
    assert!(!passed, "{out}");
    assert!(out.contains("error[missing-segment]"), "{out}");
}
