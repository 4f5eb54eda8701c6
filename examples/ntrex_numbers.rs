//! The number and date checks on real professional translations, sentence by sentence: the
//! NTREX-128 news test set (1,997 English sentences with Arabic, Sorani and Kurmanji
//! translations, one a line; CC BY-SA 4.0, read from `../shared/data/ntrex128`).
//!
//! ```sh
//! cargo run --release --example ntrex_numbers            # counts per language
//! cargo run --release --example ntrex_numbers -- ckb 20  # and a sample of 20 Sorani findings
//! ```
//! Every line pair renders the same sentence, so every finding is either a real difference
//! (a number dropped, converted or changed by the translator) or a false alarm of the checker.

use std::path::PathBuf;

use align::check::{Settings, check_segment_pair};
use align::lang::{AR, CKB, EN, KMR, Lang};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dir = std::env::var("NTREX")
        .map(PathBuf::from)
        .unwrap_or_else(|_| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data/ntrex128")
        });
    let read = |name: &str| -> Vec<String> {
        std::fs::read_to_string(dir.join(name))
            .unwrap_or_else(|e| panic!("{}: {e}", dir.join(name).display()))
            .lines()
            .map(str::to_string)
            .collect()
    };
    let en = read("newstest2019-src.eng.txt");
    let settings = Settings::default();
    let sample_lang = args.first().cloned();
    let sample_n: usize = args.get(1).and_then(|n| n.parse().ok()).unwrap_or(0);
    let langs: [(&str, Lang, &str); 3] = [
        ("ar", &AR, "newstest2019-ref.arb.txt"),
        ("ckb", &CKB, "newstest2019-ref.ckb-Arab.txt"),
        ("kmr", &KMR, "newstest2019-ref.kmr.txt"),
    ];
    println!("lang  pairs  with-numbers  number-findings  date-findings");
    for (code, lang, file) in langs {
        let tgt = read(file);
        let (mut with_numbers, mut numbers, mut dates) = (0, 0, 0);
        let mut shown = 0;
        for (s, t) in en.iter().zip(&tgt) {
            if s.chars().any(|c| c.is_ascii_digit()) {
                with_numbers += 1;
            }
            let findings = check_segment_pair(s, &EN, t, lang, &settings);
            for f in &findings {
                match f.check {
                    "number-mismatch" => numbers += 1,
                    "date-mismatch" => dates += 1,
                    _ => {}
                }
                if sample_lang.as_deref() == Some(code) && shown < sample_n {
                    shown += 1;
                    println!("\n[{code}] {}: {:?}", f.check, f.details);
                    println!("  en: {s}");
                    println!("  {code}: {t}");
                }
            }
        }
        println!(
            "{code:<5} {:>5}  {with_numbers:>12}  {numbers:>15}  {dates:>13}",
            en.len()
        );
    }
}
