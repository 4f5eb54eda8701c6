//! The bad-input matrix: every command, on every kind of bad input a careless paste or a
//! hostile pull request makes, in every file a statement has. For each: the exit code, a
//! message naming the file, no panic, no hang — and every input file byte for byte as it was.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use common::{copy_statement, root};

const SLUG: &str = "aleppo-2026-01";

/// What is put where a file should be.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Bad {
    Missing,
    Empty,
    Whitespace,
    InvalidUtf8,
    Nul,
    Binary,
    Huge,
    DeepYaml,
    Directory,
    Fifo,
    SymlinkLoop,
    DevZero,
}

const ALL: &[Bad] = &[
    Bad::Missing,
    Bad::Empty,
    Bad::Whitespace,
    Bad::InvalidUtf8,
    Bad::Nul,
    Bad::Binary,
    Bad::Huge,
    Bad::DeepYaml,
    Bad::Directory,
    Bad::Fifo,
    Bad::SymlinkLoop,
    Bad::DevZero,
];

/// Puts `bad` at `path` (whose good content is `good`).
fn plant(path: &Path, bad: Bad, good: &str) {
    let _ = std::fs::remove_file(path);
    match bad {
        Bad::Missing => {}
        Bad::Empty => std::fs::write(path, "").unwrap(),
        Bad::Whitespace => std::fs::write(path, " \n\t\n  \n").unwrap(),
        Bad::InvalidUtf8 => {
            let mut b = good.as_bytes().to_vec();
            b.insert(b.len() / 2, 0xC3);
            b.insert(b.len() / 2 + 1, 0x28);
            std::fs::write(path, b).unwrap()
        }
        Bad::Nul => std::fs::write(path, good.replacen(' ', "\0", 3)).unwrap(),
        Bad::Binary => std::fs::write(
            path,
            (0..4000u32)
                .map(|i| (i * 7919 % 251) as u8)
                .collect::<Vec<u8>>(),
        )
        .unwrap(),
        // Above the limit set in the project's align.yaml (50 kB).
        Bad::Huge => std::fs::write(path, good.repeat(60_000 / good.len().max(1) + 2)).unwrap(),
        Bad::DeepYaml => std::fs::write(
            path,
            format!("a: {}{}\n", "[".repeat(5000), "]".repeat(5000)),
        )
        .unwrap(),
        Bad::Directory => std::fs::create_dir(path).unwrap(),
        #[cfg(unix)]
        Bad::Fifo => {
            let c = std::ffi::CString::new(path.as_os_str().as_encoded_bytes()).unwrap();
            // SAFETY: a valid NUL-terminated path.
            assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o644) }, 0);
        }
        #[cfg(unix)]
        Bad::SymlinkLoop => std::os::unix::fs::symlink(path.file_name().unwrap(), path).unwrap(),
        #[cfg(unix)]
        Bad::DevZero => std::os::unix::fs::symlink("/dev/zero", path).unwrap(),
        #[cfg(not(unix))]
        _ => {}
    }
}

/// Every regular file under `dir` with its bytes (FIFOs and devices are not read).
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        let Ok(meta) = std::fs::symlink_metadata(&p) else {
            continue;
        };
        if meta.is_dir() && !meta.file_type().is_symlink() {
            if p.file_name().is_some_and(|n| n != "out" && n != "public") {
                out.extend(snapshot(&p));
            }
        } else if meta.is_file() {
            out.insert(p.clone(), std::fs::read(&p).unwrap());
        }
    }
    out
}

/// The commands, with what they do to a statement.
fn commands() -> Vec<(&'static str, Vec<&'static str>)> {
    vec![
        ("check", vec!["check", SLUG]),
        ("check-json", vec!["check", SLUG, "--format", "json"]),
        ("accept", vec!["accept", SLUG, "--lang", "ar"]),
        ("diff", vec!["diff", SLUG]),
        (
            "publish",
            vec!["publish", SLUG, "--out", "public", "--force"],
        ),
        ("segment", vec!["segment", SLUG]),
        ("show", vec!["show", SLUG, "--lang", "ar"]),
    ]
}

fn run(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = common::align()
        .current_dir(dir)
        .args(args)
        .timeout(Duration::from_secs(30))
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Which file of the statement gets the bad input, and whether each kind must fail with
/// exit 2 there (`true`) or may also be read (a NUL byte is valid UTF-8 text).
fn expect_error(file: &str, bad: Bad) -> bool {
    match bad {
        Bad::Nul => false,
        // An empty YAML file means "every default".
        Bad::Empty | Bad::Whitespace if file.ends_with(".yaml") => false,
        Bad::DeepYaml => file.ends_with(".yaml") || file == "align.lock",
        // A missing translation or statement.yaml is not an error; a missing lock means "not
        // accepted yet".
        Bad::Missing => file == "en.md",
        _ => true,
    }
}

#[test]
fn bad_source() {
    matrix("en.md");
}

#[test]
fn bad_translation() {
    matrix("ar.md");
}

#[test]
fn bad_lock() {
    matrix("align.lock");
}

#[test]
fn bad_statement_yaml() {
    matrix("statement.yaml");
}

/// Every command with every kind of bad input in `file`.
fn matrix(file: &str) {
    let mut failures = Vec::new();
    {
        for &bad in ALL {
            if !cfg!(unix) && matches!(bad, Bad::Fifo | Bad::SymlinkLoop | Bad::DevZero) {
                continue;
            }
            for (name, args) in commands() {
                let tmp = tempfile::tempdir().unwrap();
                let st = copy_statement(SLUG, tmp.path());
                // A small size limit, so that "huge" needs no 10 MB file.
                let config = tmp.path().join("align.yaml");
                let mut c = std::fs::read_to_string(&config).unwrap();
                c.push_str("limits:\n  file_size: 50000\n");
                std::fs::write(&config, c).unwrap();
                let path = st.join(file);
                let good = std::fs::read_to_string(root().join("statements").join(SLUG).join(file))
                    .unwrap_or_else(|_| "title: x\n".to_string());
                plant(&path, bad, &good);
                let before = snapshot(tmp.path());
                let (code, out, err) = run(tmp.path(), &args);
                let after = snapshot(tmp.path());
                let case = format!("{name} with {file} {bad:?}");
                if code == 101 || err.contains("panicked") {
                    failures.push(format!("{case}: panic\n{err}"));
                    continue;
                }
                if ![0, 1, 2].contains(&code) {
                    failures.push(format!("{case}: exit {code}"));
                }
                // Nothing the user wrote changes (accept may write the lock, publish its
                // output directory).
                for (p, bytes) in &before {
                    let lock = p.ends_with("align.lock") && name == "accept";
                    if !lock && after.get(p) != Some(bytes) {
                        failures.push(format!("{case}: {} changed", p.display()));
                    }
                }
                let relevant = !(file == "align.lock" && ["segment", "show"].contains(&name));
                if relevant && expect_error(file, bad) {
                    if code != 2 {
                        failures.push(format!("{case}: exit {code}, expected 2\n{out}{err}"));
                    } else if !(err.contains(file) || bad == Bad::Missing && err.contains(SLUG)) {
                        failures.push(format!("{case}: the message does not name {file}:\n{err}"));
                    }
                }
                if name == "check-json"
                    && code != 2
                    && serde_json::from_str::<serde_json::Value>(&out).is_err()
                {
                    failures.push(format!("{case}: not JSON"));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn pair_on_bad_files() {
    for &bad in ALL {
        if !cfg!(unix) && matches!(bad, Bad::Fifo | Bad::SymlinkLoop | Bad::DevZero) {
            continue;
        }
        if bad == Bad::DeepYaml {
            continue;
        }
        let tmp = tempfile::tempdir().unwrap();
        std::fs::write(tmp.path().join("a.en"), "One.\nTwo.\n").unwrap();
        plant(&tmp.path().join("b.ar"), bad, "واحد.\nاثنان.\n");
        let (code, _, err) = run(tmp.path(), &["pair", "a.en", "b.ar"]);
        let expected = if matches!(bad, Bad::Nul | Bad::Huge) {
            vec![0]
        } else {
            vec![2]
        };
        assert!(expected.contains(&code), "{bad:?}: exit {code}\n{err}");
        if code == 2 {
            assert!(err.contains("b.ar"), "{bad:?}: {err}");
        }
    }
}
