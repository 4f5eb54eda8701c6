//! The number, unit and date checks on real professional translations, sentence by sentence:
//! the NTREX-128 news test set (1,997 English sentences with Arabic, Sorani and Kurmanji
//! translations, one a line; CC BY-SA 4.0, read from `../shared/data/ntrex128`), measured
//! against hand-checked labels (`examples/data/ntrex_number_labels.tsv`: every sentence pair
//! with a number on either side, labelled 1 when the translation states another number, count,
//! ordinal, unit or magnitude, or leaves one out; derived from NTREX-128, CC BY-SA 4.0).
//!
//! ```sh
//! cargo run --release --example ntrex_numbers                 # precision and recall per language
//! cargo run --release --example ntrex_numbers -- -v ckb       # and every miss and false alarm
//! cargo run --release --example ntrex_numbers -- ckb 20       # a sample of 20 Sorani findings
//! ```

use std::collections::BTreeMap;
use std::path::PathBuf;

use align::check::{Settings, check_segment_pair, check_segment_pair_all};
use align::lang::{AR, CKB, EN, KMR, Lang};

/// The checks that say a number differs.
const NUMBER_CHECKS: &[&str] = &["number-mismatch", "unit-mismatch", "date-mismatch"];

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let verbose = args.iter().any(|a| a == "-v");
    // `--latin`: also count latin-token warnings (acronyms and symbols a translation lacks).
    let latin_mode = args.iter().any(|a| a == "--latin");
    let args: Vec<&String> = args
        .iter()
        .filter(|a| *a != "-v" && *a != "--latin")
        .collect();
    let dir = std::env::var("NTREX")
        .map(PathBuf::from)
        .unwrap_or_else(|_| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data/ntrex128")
        });
    let read = |name: &str| -> Option<Vec<String>> {
        Some(
            std::fs::read_to_string(dir.join(name))
                .ok()?
                .lines()
                .map(str::to_string)
                .collect(),
        )
    };
    let Some(en) = read("newstest2019-src.eng.txt") else {
        println!("NTREX-128 not found at {} (set NTREX=DIR)", dir.display());
        return;
    };
    // Gold: (lang, line) → label.
    let labels_path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples/data/ntrex_number_labels.tsv");
    let mut gold: BTreeMap<(String, usize), (String, String)> = BTreeMap::new();
    for row in std::fs::read_to_string(&labels_path)
        .unwrap_or_default()
        .lines()
        .skip(1)
    {
        let f: Vec<&str> = row.split('\t').collect();
        if let [lang, line, label, _category, note] = f.as_slice()
            && let Ok(line) = line.parse()
        {
            gold.insert(
                (lang.to_string(), line),
                (label.to_string(), note.to_string()),
            );
        }
    }
    let settings = Settings::default();
    let only = args.first().map(|s| s.as_str());
    let sample_n: usize = args.get(1).and_then(|n| n.parse().ok()).unwrap_or(0);
    let langs: [(&str, Lang, &str); 3] = [
        ("ar", &AR, "newstest2019-ref.arb.txt"),
        ("ckb", &CKB, "newstest2019-ref.ckb-Arab.txt"),
        ("kmr", &KMR, "newstest2019-ref.kmr.txt"),
    ];
    println!(
        "{:<5} {:>6} {:>9} {:>8} {:>8} {:>7} {:>6} {:>9} {:>7}",
        "lang", "pairs", "labelled", "genuine", "flagged", "right", "false", "precision", "recall"
    );
    for (code, lang, file) in langs {
        let Some(tgt) = read(file) else { continue };
        let (mut labelled, mut genuine, mut flagged, mut right) = (0, 0, 0, 0);
        let mut latin = 0;
        let mut shown = 0;
        for (k, (s, t)) in en.iter().zip(&tgt).enumerate() {
            let line = k + 1;
            let findings = if latin_mode {
                check_segment_pair_all(s, &EN, t, lang, &settings)
            } else {
                check_segment_pair(s, &EN, t, lang, &settings)
            };
            for f in findings.iter().filter(|f| f.check == "latin-token") {
                latin += 1;
                if verbose && only.is_none_or(|o| o == code) {
                    println!(
                        "LATIN [{code} {line}] {:?}\n  en: {s}\n  {code}: {t}",
                        f.details
                    );
                }
            }
            let hits: Vec<_> = findings
                .iter()
                .filter(|f| NUMBER_CHECKS.contains(&f.check))
                .collect();
            let label = gold.get(&(code.to_string(), line));
            let Some((label, note)) = label else {
                continue;
            };
            if label == "?" {
                continue;
            }
            labelled += 1;
            let is_genuine = label == "1";
            genuine += usize::from(is_genuine);
            if !hits.is_empty() {
                flagged += 1;
                right += usize::from(is_genuine);
            }
            let show_it =
                verbose && only.is_none_or(|o| o == code) && (is_genuine == hits.is_empty());
            if show_it {
                let what = if is_genuine { "MISS " } else { "FALSE" };
                println!("\n{what} [{code} {line}] {note}");
                for f in &hits {
                    println!("  {}: {:?}", f.check, f.details);
                }
                println!("  en: {s}\n  {code}: {t}");
            }
            if only == Some(code) && !verbose && shown < sample_n && !hits.is_empty() {
                shown += 1;
                for f in &hits {
                    println!("\n[{code} {line}] {}: {:?}", f.check, f.details);
                }
                println!("  en: {s}\n  {code}: {t}");
            }
        }
        let p = right as f64 / flagged.max(1) as f64;
        let r = right as f64 / genuine.max(1) as f64;
        println!(
            "{code:<5} {:>6} {labelled:>9} {genuine:>8} {flagged:>8} {right:>7} {:>6} {p:>9.2} {r:>7.2}",
            en.len(),
            flagged - right
        );
        if latin_mode {
            println!("      latin-token warnings: {latin}");
        }
    }
}
