//! `align check` on an archive of statements: 1,000 statements × 3 translations generated from
//! the bundled statement (each a copy with its own numbers), checked as `align check` does
//! (files read, segmented, aligned, checked; statements in parallel; every 100th with a wrong
//! number in its Sorani translation); then an archive of 200
//! copies of the UDHR fixtures (each with its own number for the last article).
//!
//! For each archive it prints the wall time, the number of findings, a digest of all findings
//! (each serialized as JSON with the temporary directory left out, sorted, hashed; it must not
//! change when only speed changes) and the peak resident set size of the check.
//!
//! ```sh
//! cargo run --release --example check_archive                    # 1,000 statements
//! cargo run --release --example check_archive -- 1000 5000      # two sizes, for linearity
//! cargo run --release --example check_archive -- 100 --udhr 20   # a smaller UDHR archive
//! ```

use std::path::Path;
use std::time::Instant;

use align::check::{Selection, Settings, run, run_with};
use align::config::Project;
use align::statement::Statement;

fn main() {
    let mut sizes: Vec<usize> = Vec::new();
    let mut udhr = 200;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        if a == "--udhr" {
            udhr = args.next().and_then(|s| s.parse().ok()).expect("--udhr N");
        } else {
            sizes.push(a.parse().expect("a number of statements"));
        }
    }
    if sizes.is_empty() {
        sizes.push(1000);
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    // The settings `align check` uses in this project (align.yaml, glossary.yaml).
    let project = Project::discover(root, None).expect("project");
    let settings = Settings::from_config(
        &project.config,
        &project.root,
        project.config_path.as_deref(),
    )
    .expect("settings");

    for &n in &sizes {
        let dir = tempfile::tempdir().expect("temporary directory");
        let src = root.join("statements/aleppo-2026-01");
        generate(
            &src,
            &["en.md", "ar.md", "kmr.md", "ckb.md"],
            dir.path(),
            n,
            |k, t| {
                // Each statement its own count of civilians, the same in every language.
                let count = 250 + k % 500;
                // Every 100th statement a fault: its Sorani count one more, so that the findings
                // digest covers findings here too.
                let ckb = if k % 100 == 99 { count + 1 } else { count };
                t.replace("250,000", &format!("{count},000"))
                    .replace("250 ألف", &format!("{count} ألف"))
                    .replace("250.000", &format!("{count}.000"))
                    .replace("٢٥٠ هەزار", &format!("{} هەزار", arabic_indic(ckb)))
            },
        );
        check(&format!("aleppo × {n}"), dir.path(), n, &settings);
    }
    if udhr > 0 {
        let dir = tempfile::tempdir().expect("temporary directory");
        let src = root.join("tests/fixtures/udhr");
        generate(
            &src,
            &["en.md", "ar.md", "kmr.md"],
            dir.path(),
            udhr,
            |k, t| {
                // Each copy its own number for the last article, the same in every language.
                let article = 30 + k % 50;
                t.replace("## Article 30", &format!("## Article {article}"))
                    .replace("## المادة 30", &format!("## المادة {article}"))
                    .replace("## Bend 30", &format!("## Bend {article}"))
            },
        );
        check(&format!("udhr × {udhr}"), dir.path(), udhr, &settings);
    }
}

/// Writes `n` copies of the statement in `src` (its `files`) under `dir`, each through `vary`.
fn generate(
    src: &Path,
    files: &[&str],
    dir: &Path,
    n: usize,
    vary: impl Fn(usize, &str) -> String,
) {
    let texts: Vec<String> = files
        .iter()
        .map(|f| std::fs::read_to_string(src.join(f)).expect("bundled statement"))
        .collect();
    for k in 0..n {
        let d = dir.join(format!("statement-{k:05}"));
        std::fs::create_dir_all(&d).expect("create");
        for (f, t) in files.iter().zip(&texts) {
            std::fs::write(d.join(f), vary(k, t)).expect("write");
        }
    }
}

/// Checks every statement under `dir` as `align check` does and prints the figures.
fn check(name: &str, dir: &Path, n: usize, settings: &Settings) {
    // The peak of this check only, not of the archives before it.
    let _ = std::fs::write("/proc/self/clear_refs", "5");
    let start = Instant::now();
    let mut dirs: Vec<_> = std::fs::read_dir(dir)
        .expect("read")
        .flatten()
        .map(|e| e.path())
        .collect();
    dirs.sort();
    let statements: Vec<Statement> = dirs
        .iter()
        .map(|d| Statement::discover(d).expect("statement"))
        .collect();
    let outcome = run(&statements, settings, &Selection::default());
    let secs = start.elapsed().as_secs_f64();
    let peak = peak_rss_kib();
    let prefix = dir.display().to_string();
    let digest = digest(&outcome, &prefix);
    println!(
        "{name}: {} statements, {} translations, {} segments: {} findings, {} input errors",
        outcome.statements,
        outcome.statements * (statements.first().map_or(0, |s| s.targets.len())),
        outcome.segments,
        outcome.findings.len(),
        outcome.errors.len()
    );
    println!("{name}: findings digest {digest:016x}");
    println!(
        "{name}: {secs:.2} s wall time on {} threads: {:.3} s per 100 statements; peak RSS {:.1} MiB",
        rayon::current_num_threads(),
        secs * 100.0 / n as f64,
        peak as f64 / 1024.0
    );
    // The cache (`.align_cache/`, as `align check` keeps it): a first run fills it, a second
    // over the unchanged archive reads it; its findings must be the same.
    let cache_root = tempfile::tempdir().expect("temporary directory");
    let selection = Selection::default();
    let cache = align::cache::Cache::new(cache_root.path(), settings, &selection, "default");
    let cached_run = || {
        let start = Instant::now();
        let statements: Vec<Statement> = dirs
            .iter()
            .map(|d| Statement::discover(d).expect("statement"))
            .collect();
        let (o, _) = run_with(&statements, settings, &selection, Some(&cache), |_| ());
        (o, start.elapsed().as_secs_f64())
    };
    let (_, fill) = cached_run();
    let (again, secs) = cached_run();
    let same = self::digest(&again, &prefix) == digest;
    println!(
        "{name}: cached: {fill:.2} s to fill, {:.0} ms to check the unchanged archive again; same findings: {same}",
        secs * 1000.0
    );
    assert!(same, "the cache changed a finding");
}

/// A digest of all findings: each serialized as JSON with the archive's directory left out,
/// sorted, hashed. It must not change when only speed changes.
fn digest(outcome: &align::check::Outcome, prefix: &str) -> u64 {
    let mut lines: Vec<String> = outcome
        .findings
        .iter()
        .map(|f| {
            serde_json::to_string(f)
                .expect("finding as JSON")
                .replace(prefix, "<archive>")
        })
        .collect();
    lines.sort();
    align::text::fnv1a64(lines.join("\n").as_bytes())
}

/// The peak resident set size (VmHWM) in KiB, 0 when unknown.
fn peak_rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        })
        .unwrap_or(0)
}

fn arabic_indic(n: usize) -> String {
    n.to_string()
        .chars()
        .map(|c| char::from_u32(c as u32 - '0' as u32 + 0x0660).unwrap_or(c))
        .collect()
}
