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
use std::collections::{HashMap, HashSet};

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
        if matches!(d, Decision::Drop("outside-article" | "short-line" | "not-prose" | "link-list"))
            && seen.contains(b.key.as_str())
        {
            *d = Decision::Drop("duplicate");
        }
    }
    // Sentence -> how many kept blocks contain it.
    let mut counts: HashMap<String, usize> = HashMap::new();
    let per_block: Vec<Vec<String>> = blocks
        .iter()
        .zip(decisions.iter())
        .map(|(b, d)| if *d == Decision::Body { sentence_keys(&b.lower) } else { Vec::new() })
        .collect();
    for keys in &per_block {
        for k in keys.iter().collect::<HashSet<_>>() {
            *counts.entry(k.clone()).or_default() += 1;
        }
    }
    // A block whose every sentence also stands in a longer kept block.
    for (i, keys) in per_block.iter().enumerate() {
        if keys.is_empty() || blocks[i].features.words < 6 {
            continue;
        }
        if keys.iter().all(|k| counts.get(k).copied().unwrap_or(0) >= 2) {
            let longer_elsewhere = per_block
                .iter()
                .enumerate()
                .any(|(j, other)| j != i && other.len() > keys.len() && keys.iter().all(|k| other.contains(k)));
            if longer_elsewhere {
                decisions[i] = Decision::Drop("repeated-sentence");
                for k in keys {
                    if let Some(c) = counts.get_mut(k) {
                        *c -= 1;
                    }
                }
            }
        }
    }
}
