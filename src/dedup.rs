//! Stage 6 — dedup: each thing said once.
//!
//! Input: blocks and decisions. Output: decisions where a kept block that
//! repeats an earlier kept one (a repeated headline, a pull quote) is
//! dropped as `duplicate`, and a kept block whose every sentence is also in
//! another kept block (a caption or pull quote that repeats the body) is
//! dropped as `repeated-sentence`. Deterministic: the first real copy —
//! the one the decide stage kept first — stays.

use crate::blocks::{dedup_key, is_sentence_end, Block};
use crate::decide::Decision;
use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};

fn kept(d: Decision) -> bool {
    matches!(d, Decision::Body | Decision::Title | Decision::Subtitle)
}

/// Splits a block's lowercase text into sentence keys.
fn sentence_keys(lower: &str) -> Vec<String> {
    lower.split_inclusive(is_sentence_end).map(dedup_key).filter(|k| k.split(' ').count() >= 4).collect()
}

pub(crate) fn dedup(blocks: &[Block], decisions: &mut [Decision]) {
    let mut seen: HashSet<&str> = HashSet::new();
    for (b, d) in blocks.iter().zip(decisions.iter_mut()) {
        if !kept(*d) || b.key.is_empty() {
            continue;
        }
        if !seen.insert(b.key.as_str()) {
            *d = Decision::Drop("duplicate");
        }
    }
    // A copy the decide stage already dropped (a repeated headline between
    // chrome lines) is named for what it is: the reason it goes is the copy.
    for (b, d) in blocks.iter().zip(decisions.iter_mut()) {
        if d.is_context_drop() && seen.contains(b.key.as_str()) {
            *d = Decision::Drop("duplicate");
        }
    }
    // Sentence -> the kept blocks that contain it.
    let per_block: Vec<Vec<String>> = blocks
        .iter()
        .zip(decisions.iter())
        .map(|(b, d)| if *d == Decision::Body { sentence_keys(&b.lower) } else { Vec::new() })
        .collect();
    let sets: Vec<HashSet<&str>> = per_block.iter().map(|keys| keys.iter().map(String::as_str).collect()).collect();
    let mut holders: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, set) in sets.iter().enumerate() {
        for k in set {
            holders.entry(k).or_default().push(i);
        }
    }
    // A block whose every sentence also stands in one longer kept block.
    // Only the blocks holding its first sentence can be that block, which
    // keeps the search linear on hostile pages.
    let mut dropped = vec![false; per_block.len()];
    for (i, keys) in per_block.iter().enumerate() {
        if keys.is_empty() || blocks[i].features.words < 6 {
            continue;
        }
        let Some(candidates) = holders.get(keys[0].as_str()) else { continue };
        let repeated = candidates.iter().any(|&j| {
            j != i && !dropped[j] && sets[j].len() > sets[i].len() && sets[i].iter().all(|k| sets[j].contains(k))
        });
        if repeated {
            dropped[i] = true;
            decisions[i] = Decision::Drop("repeated-sentence");
        }
    }
}
