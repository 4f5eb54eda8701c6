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
