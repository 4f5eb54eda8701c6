//! Writes align's man pages (`align.1`, `align-check.1` …) into a directory, default
//! `target/man`: `cargo man [DIR]` (a cargo alias in `.cargo/config.toml`).

use std::path::PathBuf;

fn main() {
    let dir = std::env::args_os()
        .nth(1)
        .map_or_else(|| PathBuf::from("target/man"), PathBuf::from);
    if let Err(e) = std::fs::create_dir_all(&dir) {
        eprintln!("error: {}: {e}", dir.display());
        std::process::exit(2);
    }
    let l = align::i18n::Localizer::english();
    for (name, roff) in align::cli::man_pages(l) {
        let path = dir.join(&name);
        if let Err(e) = align::write::write_atomic(&path, &roff) {
            eprintln!("error: {}: {e:?}", path.display());
            std::process::exit(2);
        }
        println!("{}", path.display());
    }
}
