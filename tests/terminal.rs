//! What a translator sees in a terminal: `align check`, `align show` and `align diff` at 80 and
//! 120 columns in each interface language (English, Arabic, Sorani, Kurmanji), as snapshots.
//! Every line fits the width as a terminal measures it (lam-alef is two columns), and no line
//! ends inside a number or a word of an excerpt.

mod common;

use std::path::Path;

use common::{ALEPPO, broken, edited};

const UI: [&str; 4] = ["en", "ar", "ckb", "kmr"];
const WIDTHS: [usize; 2] = [80, 120];

/// `align ARGS` in `dir` at `width` columns in interface language `ui`: stdout, then stderr.
fn screen(dir: &Path, ui: &str, width: usize, args: &[&str]) -> String {
    let out = common::align()
        .current_dir(dir)
        .env("COLUMNS", width.to_string())
        .arg("--ui-lang")
        .arg(ui)
        .args(args)
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    for line in stdout.lines().chain(stderr.lines()) {
        assert!(
            align::text::columns(line) <= width,
            "{ui} at {width}: {} columns: {line}",
            align::text::columns(line)
        );
    }
    format!(
        "$ align --ui-lang {ui} {}   # exit {}\n{stdout}--- stderr ---\n{stderr}",
        args.join(" "),
        out.status.code().unwrap_or(-1)
    )
}

#[test]
fn check_in_every_interface_language_at_80_and_120_columns() {
    let tmp = tempfile::tempdir().unwrap();
    broken(tmp.path());
    for ui in UI {
        for width in WIDTHS {
            let s = screen(tmp.path(), ui, width, &["check", "."]);
            // The disputed Sorani number stays whole on its line.
            assert!(s.contains("٢٠٥ هەزار"), "{ui} {width}:\n{s}");
            insta::assert_snapshot!(format!("check_{ui}_{width}"), s);
        }
    }
}

#[test]
fn show_in_every_interface_language_at_80_and_120_columns() {
    let root = common::root();
    for ui in UI {
        for width in WIDTHS {
            let s = screen(
                &root,
                ui,
                width,
                &["show", "statements/aleppo-2026-01", "--lang", "ar"],
            );
            // The title, the lede and the first paragraph are enough to see the layout.
            let head: Vec<&str> = s.lines().take(40).collect();
            insta::assert_snapshot!(format!("show_{ui}_{width}"), head.join("\n"));
        }
    }
}

#[test]
fn diff_in_every_interface_language_at_80_and_120_columns() {
    let tmp = tempfile::tempdir().unwrap();
    edited(tmp.path());
    for ui in UI {
        for width in WIDTHS {
            let s = screen(tmp.path(), ui, width, &["diff", ALEPPO, "--lang", "ckb"]);
            insta::assert_snapshot!(format!("diff_{ui}_{width}"), s);
        }
    }
}
