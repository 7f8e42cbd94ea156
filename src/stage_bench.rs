//! The pipeline one stage at a time, for the criterion benches of
//! `benches/pipeline.rs`. Built only with the `bench-internals` feature
//! and not part of the API: the stages' types stay private, so each stage
//! is handed out as a closure over its input.

use crate::{blocks, normalize, Cleaner};
use std::hint::black_box;

/// Calls `bench` once per stage with its name and a closure that runs that
/// stage, alone, over every page of `pages`, from the output of the stages
/// before it (computed once, outside the closure). The stages are the
/// methods [`Cleaner::clean_with_url`] calls, in its order:
///
/// - `normalize`: text to normalized lines;
/// - `blocks`: lines to blocks with their features and the page's
///   language (the closure copies each page's line list first: `build`
///   consumes it);
/// - `phrases`: the phrase automaton over every block;
/// - `rules`: every rule on every block, given the phrase hits;
/// - `decide`: decide, title, dedup, metadata and confidence;
/// - `report`: the [`Article`](crate::Article) and its line reports (from
///   copies of the blocks and decisions, which it consumes).
pub fn each_stage(cleaner: &Cleaner, pages: &[&str], bench: &mut dyn FnMut(&'static str, &mut dyn FnMut())) {
    let c = &*cleaner.inner;
    bench("normalize", &mut || {
        for page in pages {
            black_box(normalize::lines(page));
        }
    });
    let lines: Vec<Vec<normalize::Line>> = pages.iter().map(|page| normalize::lines(page)).collect();
    let line_numbers: Vec<Vec<(usize, bool)>> =
        lines.iter().map(|ls| ls.iter().map(|l| (l.number, l.text.is_empty())).collect()).collect();
    bench("blocks", &mut || {
        for page_lines in &lines {
            black_box(blocks::build(page_lines.clone(), &c.stopwords));
        }
    });
    let built: Vec<blocks::Page> = lines.iter().map(|ls| blocks::build(ls.clone(), &c.stopwords)).collect();
    let page_blocks: Vec<Vec<blocks::Block>> = built.iter().map(|page| page.blocks()).collect();
    let pack_hits: Vec<_> = page_blocks.iter().map(|blocks| c.pack_hits(blocks, None)).collect();
    bench("phrases", &mut || {
        for ((blocks, built), page) in page_blocks.iter().zip(&built).zip(pages) {
            black_box(c.phrase_hits(built, blocks, page.len()));
        }
    });
    let phrase_hits: Vec<Vec<u64>> = page_blocks
        .iter()
        .zip(&built)
        .zip(pages)
        .map(|((blocks, built), page)| c.phrase_hits(built, blocks, page.len()))
        .collect();
    bench("rules", &mut || {
        for ((blocks, hits), packs) in page_blocks.iter().zip(&phrase_hits).zip(&pack_hits) {
            black_box(c.verdicts(blocks, hits, packs));
        }
    });
    let verdicts: Vec<_> = page_blocks
        .iter()
        .zip(&phrase_hits)
        .zip(&pack_hits)
        .map(|((blocks, hits), packs)| c.verdicts(blocks, hits, packs))
        .collect();
    let decide_all = || -> Vec<_> {
        (0..pages.len()).map(|i| c.decide(&page_blocks[i], &verdicts[i], &built[i].info, &pack_hits[i])).collect()
    };
    bench("decide", &mut || {
        black_box(decide_all());
    });
    let decided = decide_all();
    bench("report", &mut || {
        for i in 0..pages.len() {
            black_box(c.report(&line_numbers[i], &page_blocks[i], &decided[i], &pack_hits[i]).to_article());
        }
    });
}
