//! Criterion benches of the pipeline through the public API: building a
//! `Cleaner` (compiling every pattern), cleaning each fixture page, decoding
//! a legacy-encoded page, and rendering an article as JSON.
//!
//! `cargo bench --bench stages`; compare runs with criterion's reports.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use newsclean::Cleaner;
use std::hint::black_box;

fn fixtures() -> Vec<(String, String)> {
    let mut pages: Vec<(String, String)> = std::fs::read_dir("fixtures")
        .expect("run from the crate root")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read_to_string(&p).unwrap()))
        .collect();
    pages.sort();
    pages
}

fn build(c: &mut Criterion) {
    c.bench_function("build Cleaner", |b| b.iter(|| black_box(Cleaner::new())));
}

fn clean(c: &mut Criterion) {
    let cleaner = Cleaner::new();
    let mut group = c.benchmark_group("clean");
    for (name, page) in fixtures() {
        group.throughput(Throughput::Bytes(page.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(&name), &page, |b, page| {
            b.iter(|| black_box(cleaner.clean(black_box(page))))
        });
    }
    group.finish();
}

fn decode_legacy(c: &mut Criterion) {
    let cleaner = Cleaner::new();
    let page = std::fs::read_to_string("fixtures/german-article.txt").unwrap();
    let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(&page);
    let mut group = c.benchmark_group("clean_bytes");
    group.throughput(Throughput::Bytes(bytes.len() as u64));
    group.bench_function("windows-1252 detected", |b| b.iter(|| black_box(cleaner.clean_bytes(black_box(&bytes)))));
    group.finish();
}

fn render_json(c: &mut Criterion) {
    let page = std::fs::read_to_string("fixtures/trt-us-pakistan-diplomats.txt").unwrap();
    let article = Cleaner::new().clean(&page);
    c.bench_function("serialize article as JSON", |b| b.iter(|| black_box(serde_json::to_string(&article).unwrap())));
}

criterion_group!(benches, build, clean, decode_legacy, render_json);
criterion_main!(benches);
