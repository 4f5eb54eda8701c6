//! Alignment quality and speed on the Text+Berg German–French benchmark (Bleualign's dev/test
//! set, GPL v2: read from `../shared/data/textberg`, never copied into this crate).
//!
//! ```sh
//! cargo run --release --example textberg                 # dev: strict and lax P/R/F1
//! cargo run --release --example textberg -- test0 … test6
//! cargo run --release --example textberg -- --speed 100000   # speed on a generated bitext
//! ```
//! Scoring follows the benchmark's README: beads are sets of sentence indices; precision over
//! all hypothesis beads (1-0 and 0-1 included), recall over gold beads non-empty on both sides;
//! counts summed over files before P, R and F1 are computed.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::time::Instant;

use align::align::{Options, Side, align};
use align::lang::{DE, FR};

type BeadSet = (Vec<usize>, Vec<usize>);

fn read_lines(p: &Path) -> Vec<String> {
    std::fs::read_to_string(p)
        .unwrap_or_else(|e| {
            panic!(
                "{}: {e} (the benchmark lives in ../shared/data/textberg)",
                p.display()
            )
        })
        .lines()
        .map(str::to_string)
        .collect()
}

fn parse_gold(p: &Path) -> Vec<BeadSet> {
    read_lines(p)
        .iter()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let (a, b) = l.split_once("]:[").expect("gold line");
            let nums = |s: &str| -> Vec<usize> {
                s.trim_matches(|c| c == '[' || c == ']')
                    .split(',')
                    .filter_map(|x| x.trim().parse().ok())
                    .collect()
            };
            (nums(a), nums(b))
        })
        .collect()
}

#[derive(Default)]
struct Counts {
    hyp: usize,
    gold: usize,
    strict_p: usize,
    strict_r: usize,
    lax_p: usize,
    lax_r: usize,
}

fn links(b: &BeadSet) -> Vec<(usize, usize)> {
    b.0.iter()
        .flat_map(|&s| b.1.iter().map(move |&t| (s, t)))
        .collect()
}

fn score(hyp: &[BeadSet], gold: &[BeadSet], c: &mut Counts) {
    let norm = |v: &[BeadSet]| -> Vec<BeadSet> {
        let mut seen = HashSet::new();
        v.iter()
            .filter(|b| !(b.0.is_empty() && b.1.is_empty()))
            .map(|b| {
                let (mut s, mut t) = b.clone();
                s.sort();
                t.sort();
                (s, t)
            })
            .filter(|b| seen.insert(b.clone()))
            .collect()
    };
    let (hyp, gold) = (norm(hyp), norm(gold));
    let gold_set: HashSet<BeadSet> = gold.iter().cloned().collect();
    let hyp_set: HashSet<BeadSet> = hyp.iter().cloned().collect();
    let gold_links: HashSet<(usize, usize)> = gold.iter().flat_map(links).collect();
    let hyp_links: HashSet<(usize, usize)> = hyp.iter().flat_map(links).collect();
    c.hyp += hyp.len();
    for h in &hyp {
        if gold_set.contains(h) {
            c.strict_p += 1;
            c.lax_p += 1;
        } else if links(h).iter().any(|l| gold_links.contains(l)) {
            c.lax_p += 1;
        }
    }
    for g in gold.iter().filter(|g| !g.0.is_empty() && !g.1.is_empty()) {
        c.gold += 1;
        if hyp_set.contains(g) {
            c.strict_r += 1;
            c.lax_r += 1;
        } else if links(g).iter().any(|l| hyp_links.contains(l)) {
            c.lax_r += 1;
        }
    }
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dir = std::env::var("TEXTBERG")
        .map(PathBuf::from)
        .unwrap_or_else(|_| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data/textberg")
        });
    let mut opts = Options::default();
    // Tuning knobs (use on dev only): TB_INDEL, TB_ANCHOR, TB_PRIOR, TB_LEXICON (passes).
    let env = |k: &str| std::env::var(k).ok().and_then(|v| v.parse::<f32>().ok());
    if let Some(v) = env("TB_INDEL") {
        opts.indel = v;
    }
    if let Some(v) = env("TB_ANCHOR") {
        opts.anchor_weight = v;
    }
    if let Some(v) = env("TB_PRIOR") {
        opts.prior_scale = v;
    }
    if let Some(v) = env("TB_LEXICON") {
        opts.lexicon_passes = v as usize;
    }
    if let Some(pos) = args.iter().position(|a| a == "--speed") {
        let n: usize = args
            .get(pos + 1)
            .and_then(|s| s.parse().ok())
            .unwrap_or(100_000);
        speed(&dir, n, &opts);
        return;
    }
    let names: Vec<String> = if args.is_empty() {
        vec!["dev".into()]
    } else {
        args
    };
    let mut c = Counts::default();
    for name in &names {
        let de = read_lines(&dir.join(format!("{name}.de")));
        let fr = read_lines(&dir.join(format!("{name}.fr")));
        let gold = parse_gold(&dir.join(format!("{name}.defr")));
        let (sd, sf): (Vec<&str>, Vec<&str>) = (
            de.iter().map(String::as_str).collect(),
            fr.iter().map(String::as_str).collect(),
        );
        let beads = align(Side::new(&sd, &DE), Side::new(&sf, &FR), &opts);
        let hyp: Vec<BeadSet> = beads
            .iter()
            .map(|b| (b.src.clone().collect(), b.tgt.clone().collect()))
            .collect();
        if std::env::var_os("TEXTBERG_DEBUG").is_some() {
            debug(&hyp, &gold, &de, &fr);
        }
        let mut one = Counts::default();
        score(&hyp, &gold, &mut one);
        eprintln!(
            "{name}: strict F1 {:.3}  ({} hypothesis beads, {} gold)",
            f1(
                one.strict_p as f64 / one.hyp as f64,
                one.strict_r as f64 / one.gold as f64
            ),
            one.hyp,
            one.gold
        );
        score(&hyp, &gold, &mut c);
    }
    let (sp, sr) = (
        c.strict_p as f64 / c.hyp as f64,
        c.strict_r as f64 / c.gold as f64,
    );
    let (lp, lr) = (
        c.lax_p as f64 / c.hyp as f64,
        c.lax_r as f64 / c.gold as f64,
    );
    println!("files: {}", names.join(" "));
    println!("strict  P {sp:.3}  R {sr:.3}  F1 {:.3}", f1(sp, sr));
    println!("lax     P {lp:.3}  R {lr:.3}  F1 {:.3}", f1(lp, lr));
}

/// Aligns a bitext of `n` source sentences made from the dev file: the gold beads cut it into
/// chunks of 20 beads, and chunks are repeated in shuffled order (the same order on both sides,
/// so the bitext stays parallel, with its 1-0, 0-1 and many-to-many beads).
fn speed(dir: &Path, n: usize, opts: &Options) {
    let de = read_lines(&dir.join("dev.de"));
    let fr = read_lines(&dir.join("dev.fr"));
    let gold = parse_gold(&dir.join("dev.defr"));
    let chunks: Vec<(Vec<&str>, Vec<&str>)> = gold
        .chunks(20)
        .map(|beads| {
            let s = beads
                .iter()
                .flat_map(|b| b.0.iter().map(|&i| de[i].as_str()))
                .collect();
            let t = beads
                .iter()
                .flat_map(|b| b.1.iter().map(|&i| fr[i].as_str()))
                .collect();
            (s, t)
        })
        .collect();
    let (mut sd, mut sf): (Vec<&str>, Vec<&str>) = (Vec::new(), Vec::new());
    let mut gold_all: Vec<BeadSet> = Vec::new();
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    while sd.len() < n {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let k = (state % chunks.len() as u64) as usize;
        let (s, t) = &chunks[k];
        // The chunk's gold beads, renumbered to where the chunk lands.
        let (s0, t0) = (sd.len(), sf.len());
        let (mut si, mut ti) = (s0, t0);
        for b in gold.chunks(20).nth(k).unwrap_or(&[]) {
            let bs: Vec<usize> = (si..si + b.0.len()).collect();
            let bt: Vec<usize> = (ti..ti + b.1.len()).collect();
            si += b.0.len();
            ti += b.1.len();
            gold_all.push((bs, bt));
        }
        sd.extend(s);
        sf.extend(t);
    }
    let start = Instant::now();
    let beads = align(Side::new(&sd, &DE), Side::new(&sf, &FR), opts);
    let secs = start.elapsed().as_secs_f64();
    println!(
        "aligned {} + {} sentences into {} beads in {secs:.2} s: {:.0} source sentences per second",
        sd.len(),
        sf.len(),
        beads.len(),
        sd.len() as f64 / secs
    );
    let hyp: Vec<BeadSet> = beads
        .iter()
        .map(|b| (b.src.clone().collect(), b.tgt.clone().collect()))
        .collect();
    let mut c = Counts::default();
    score(&hyp, &gold_all, &mut c);
    let (sp, sr) = (
        c.strict_p as f64 / c.hyp as f64,
        c.strict_r as f64 / c.gold as f64,
    );
    println!(
        "strict F1 on this bitext {:.3} (its beads are dev's, so compare with dev's F1)",
        f1(sp, sr)
    );
}

/// Prints the gold beads the hypothesis missed, with the hypothesis beads around them.
fn debug(hyp: &[BeadSet], gold: &[BeadSet], de: &[String], fr: &[String]) {
    let hyp_set: HashSet<&BeadSet> = hyp.iter().collect();
    let mut by_shape: std::collections::BTreeMap<String, (usize, usize)> = Default::default();
    for g in gold.iter().filter(|g| !g.0.is_empty() && !g.1.is_empty()) {
        let e = by_shape
            .entry(format!("{}-{}", g.0.len(), g.1.len()))
            .or_default();
        e.0 += 1;
        if hyp_set.contains(g) {
            e.1 += 1;
        } else {
            let near: Vec<&BeadSet> = hyp
                .iter()
                .filter(|h| {
                    h.0.iter().any(|x| g.0.contains(x)) || h.1.iter().any(|x| g.1.contains(x))
                })
                .collect();
            eprintln!("MISS gold {:?}:{:?}  hyp {:?}", g.0, g.1, near);
            for &i in &g.0 {
                eprintln!("   de {i}: {}", de[i].chars().take(90).collect::<String>());
            }
            for &j in &g.1 {
                eprintln!("   fr {j}: {}", fr[j].chars().take(90).collect::<String>());
            }
        }
    }
    for (shape, (n, hit)) in by_shape {
        eprintln!("{shape}: {hit}/{n}");
    }
}
