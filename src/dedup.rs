//! Stage 6 — dedup: each thing said once.
//!
//! Input: blocks and decisions. Output: decisions where a kept block that
//! repeats an earlier kept one (a repeated headline, a pull quote) is
//! dropped as `duplicate`, and a kept block whose every sentence is also in
//! another kept block (a caption or pull quote that repeats the body) is
//! dropped as `repeated-sentence`. Deterministic: the first real copy —
//! the one the decide stage kept first — stays.

use crate::blocks::{sentence_keys, Block};
use crate::decide::Decision;
use foldhash::fast::FixedState;
use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};
use std::hash::BuildHasher;

fn kept(d: Decision) -> bool {
    matches!(d, Decision::Body | Decision::Title | Decision::Subtitle)
}

/// The distinct sentences of a block that have at least four words, as
/// hashes of their keys, sorted; and the first such sentence's hash.
/// Hashes rather than strings: this runs over every kept block of every
/// page, and two different sentences sharing a 64-bit hash is not a risk
/// worth an allocation each.
fn sentence_hashes(block: &Block) -> (Vec<u64>, Option<u64>) {
    let hasher = FixedState::with_seed(0);
    let mut hashes = Vec::new();
    let mut first = None;
    for key in sentence_keys(block.key, block.sentence_ends) {
        // Four words or more: three separating spaces.
        if memchr::memchr_iter(b' ', key.as_bytes()).count() >= 3 {
            let hash = hasher.hash_one(key);
            first.get_or_insert(hash);
            hashes.push(hash);
        }
    }
    hashes.sort_unstable();
    hashes.dedup();
    (hashes, first)
}

pub(crate) fn dedup(blocks: &[Block], decisions: &mut [Decision]) {
    let mut seen: HashSet<&str> = HashSet::new();
    for (b, d) in blocks.iter().zip(decisions.iter_mut()) {
        if !kept(*d) || b.key.is_empty() {
            continue;
        }
        if !seen.insert(b.key) {
            *d = Decision::Drop("duplicate");
        }
    }
    // A copy the decide stage already dropped (a repeated headline between
    // chrome lines) is named for what it is: the reason it goes is the copy.
    for (b, d) in blocks.iter().zip(decisions.iter_mut()) {
        if d.is_context_drop() && seen.contains(b.key) {
            *d = Decision::Drop("duplicate");
        }
    }
    // Sentence -> the kept blocks that contain it.
    let per_block: Vec<(Vec<u64>, Option<u64>)> = blocks
        .iter()
        .zip(decisions.iter())
        .map(|(b, d)| if *d == Decision::Body { sentence_hashes(b) } else { (Vec::new(), None) })
        .collect();
    let mut holders: HashMap<u64, Vec<usize>> = HashMap::new();
    for (i, (set, _)) in per_block.iter().enumerate() {
        for &k in set {
            holders.entry(k).or_default().push(i);
        }
    }
    // A block whose every sentence also stands in one longer kept block.
    // Only the blocks holding its first sentence can be that block, which
    // keeps the search linear on hostile pages.
    let mut dropped = vec![false; per_block.len()];
    for (i, (set, first)) in per_block.iter().enumerate() {
        let Some(first) = first else { continue };
        if blocks[i].features.words < 6 {
            continue;
        }
        let Some(candidates) = holders.get(first) else { continue };
        let repeated = candidates.iter().any(|&j| {
            let other = &per_block[j].0;
            j != i && !dropped[j] && other.len() > set.len() && set.iter().all(|k| other.binary_search(k).is_ok())
        });
        if repeated {
            dropped[i] = true;
            decisions[i] = Decision::Drop("repeated-sentence");
        }
    }
}
