//! Shell completions and man pages, generated from the same definition as `--help`.

mod common;

use common::run;

#[test]
fn completion_scripts_for_every_shell() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let (code, out, err) = run(&["completions", shell]);
        assert_eq!(code, 0, "{shell}: {err}");
        for word in ["check", "publish", "format", "sarif", "files-from"] {
            assert!(out.contains(word), "{shell} lacks {word}");
        }
    }
    let (code, _, err) = run(&["completions", "tcsh"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("possible values: bash, elvish, fish, powershell, zsh"),
        "{err}"
    );
}

/// The bash script completes for real: commands, options and their values.
#[test]
fn bash_completes_commands_options_and_values() {
    if std::process::Command::new("bash")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!("skipped: no bash");
        return;
    }
    let (_, script, _) = run(&["completions", "bash"]);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("align.bash");
    std::fs::write(&path, script).unwrap();
    let complete = |words: &[&str]| -> String {
        let list = words
            .iter()
            .map(|w| format!("'{w}'"))
            .collect::<Vec<_>>()
            .join(" ");
        let n = words.len() - 1;
        let cur = words[n];
        let prev = if n > 0 { words[n - 1] } else { "" };
        let code = format!(
            "source '{}'; COMP_WORDS=({list}); COMP_CWORD={n}; COMP_LINE='{}'; \
             _align align '{cur}' '{prev}'; printf '%s\\n' \"${{COMPREPLY[@]}}\"",
            path.display(),
            words.join(" ")
        );
        let out = std::process::Command::new("bash")
            .args(["--norc", "-c", &code])
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let got = complete(&["align", "ch"]);
    assert_eq!(got.trim(), "check", "{got}");
    let got = complete(&["align", "check", "--fo"]);
    assert!(got.lines().any(|l| l == "--format"), "{got}");
    let got = complete(&["align", "check", "--format", "s"]);
    assert_eq!(got.trim(), "sarif", "{got}");
}

#[test]
fn man_pages_for_align_and_every_command() {
    let l = align::i18n::Localizer::english();
    let pages = align::cli::man_pages(l);
    let names: Vec<&str> = pages.iter().map(|(n, _)| n.as_str()).collect();
    for name in [
        "align.1",
        "align-check.1",
        "align-accept.1",
        "align-diff.1",
        "align-publish.1",
        "align-segment.1",
        "align-show.1",
        "align-pair.1",
        "align-completions.1",
    ] {
        assert!(names.contains(&name), "{names:?}");
    }
    let check = String::from_utf8(pages[1].1.clone()).unwrap();
    assert!(check.contains(".TH align-check 1"), "{check}");
    // The synopsis names the command as it is typed, with the global options.
    assert!(check.contains("align check"), "{check}");
    assert!(check.contains("\\-\\-ui\\-lang"), "{check}");
    assert!(check.contains("\\-\\-files\\-from"), "{check}");
    let top = String::from_utf8(pages[0].1.clone()).unwrap();
    assert!(top.contains("align\\-check(1)"), "{top}");
}
