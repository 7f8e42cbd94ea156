//! Criterion benches of each pipeline stage alone (see
//! `newsclean::stage_bench`), in bytes of page text per second, and of the
//! whole `Cleaner::clean` beside them:
//!
//! - on the fixture pages, one set;
//! - on the dev corpora's 575 pages, when `../shared/eval` (or the folder
//!   in `NEWSCLEAN_EVAL`) has them: pages of the size and mix a batch sees.
//!
//! `cargo bench --features bench-internals --bench pipeline`

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use newsclean::Cleaner;
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Duration;

fn fixture_pages() -> Vec<String> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir("fixtures")
        .expect("run from the crate root")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths.iter().map(|p| std::fs::read_to_string(p).unwrap()).collect()
}

/// The text of every page of the dev corpora, or none without them.
fn dev_pages() -> Vec<String> {
    let dir = std::env::var_os("NEWSCLEAN_EVAL").map_or_else(|| PathBuf::from("../shared/eval"), PathBuf::from);
    let mut pages = Vec::new();
    for name in ["news-dev.jsonl", "segments-dev.jsonl"] {
        let Ok(corpus) = std::fs::read_to_string(Path::new(&dir).join(name)) else { continue };
        for line in corpus.lines() {
            let record: serde_json::Value = serde_json::from_str(line).expect("the corpora are JSON Lines");
            pages.extend(record["text"].as_str().map(str::to_owned));
        }
    }
    pages
}

fn stages(c: &mut Criterion) {
    let cleaner = Cleaner::new();
    for (label, pages) in [("fixtures", fixture_pages()), ("dev-corpora", dev_pages())] {
        if pages.is_empty() {
            eprintln!("no {label} pages: skipped");
            continue;
        }
        let pages: Vec<&str> = pages.iter().map(String::as_str).collect();
        let bytes: usize = pages.iter().map(|p| p.len()).sum();
        let mut group = c.benchmark_group(format!("stage/{label}"));
        group.throughput(Throughput::Bytes(bytes as u64));
        if bytes > 1 << 20 {
            // About half a second an iteration: fewer, longer samples.
            group.sample_size(10).measurement_time(Duration::from_secs(20));
        }
        // Warm up the cleaner as a batch does: every pattern compiled, the
        // phrase automaton a DFA.
        for page in &pages {
            black_box(cleaner.clean(page));
        }
        newsclean::stage_bench::each_stage(&cleaner, &pages, &mut |stage, run| {
            group.bench_function(stage, |b| b.iter(&mut *run));
        });
        group.bench_function("all (Cleaner::clean)", |b| {
            b.iter(|| {
                for page in &pages {
                    black_box(cleaner.clean(page));
                }
            })
        });
        group.finish();
    }
}

criterion_group!(benches, stages);
criterion_main!(benches);
