//! `align check` on an archive of statements: 1,000 statements × 3 translations generated from
//! the bundled statement (each a copy with its own numbers), checked as `align check` does
//! (files read, segmented, aligned, checked; statements in parallel).
//!
//! ```sh
//! cargo run --release --example check_archive            # 1,000 statements
//! cargo run --release --example check_archive -- 5000
//! ```

use std::path::Path;
use std::time::Instant;

use align::check::{Selection, Settings, run};
use align::config::Project;
use align::statement::Statement;

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(1000);
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let src = root.join("statements/aleppo-2026-01");
    let dir = tempfile::tempdir().expect("temporary directory");
    let files = ["en.md", "ar.md", "kmr.md", "ckb.md"];
    let texts: Vec<String> = files
        .iter()
        .map(|f| std::fs::read_to_string(src.join(f)).expect("bundled statement"))
        .collect();
    let start = Instant::now();
    for k in 0..n {
        let d = dir.path().join(format!("statement-{k:05}"));
        std::fs::create_dir_all(&d).expect("create");
        for (f, t) in files.iter().zip(&texts) {
            // Each statement its own count of civilians, the same in every language.
            let count = 250 + k % 500;
            let t = t
                .replace("250,000", &format!("{count},000"))
                .replace("250 ألف", &format!("{count} ألف"))
                .replace("250.000", &format!("{count}.000"))
                .replace("٢٥٠ هەزار", &format!("{} هەزار", arabic_indic(count)));
            std::fs::write(d.join(f), t).expect("write");
        }
    }
    println!(
        "generated {n} statements × 4 files in {:.2} s",
        start.elapsed().as_secs_f64()
    );
    // The settings `align check` uses in this project (align.yaml, glossary.yaml).
    let project = Project::discover(root, None).expect("project");
    let settings = Settings::from_config(
        &project.config,
        &project.root,
        project.config_path.as_deref(),
    )
    .expect("settings");
    let start = Instant::now();
    let mut dirs: Vec<_> = std::fs::read_dir(dir.path())
        .expect("read")
        .flatten()
        .map(|e| e.path())
        .collect();
    dirs.sort();
    let statements: Vec<Statement> = dirs
        .iter()
        .map(|d| Statement::discover(d).expect("statement"))
        .collect();
    let outcome = run(&statements, &settings, &Selection::default());
    let secs = start.elapsed().as_secs_f64();
    println!(
        "checked {} statements, {} translations, {} segments: {} findings, {} input errors",
        outcome.statements,
        outcome.statements * 3,
        outcome.segments,
        outcome.findings.len(),
        outcome.errors.len()
    );
    println!(
        "{secs:.2} s wall time on {} threads: {:.3} s per 100 statements",
        rayon::current_num_threads(),
        secs * 100.0 / n as f64
    );
}

fn arabic_indic(n: usize) -> String {
    n.to_string()
        .chars()
        .map(|c| char::from_u32(c as u32 - '0' as u32 + 0x0660).unwrap_or(c))
        .collect()
}
