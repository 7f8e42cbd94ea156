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
use foldhash::{HashSet, HashSetExt};
use std::hash::BuildHasher;
use std::ops::Range;

/// Appends the distinct sentences of a block that have at least four
/// words to `hashes`, as hashes of their keys, sorted; returns the first
/// such sentence's hash. Hashes rather than strings: this runs over every
/// kept block of every page, and two different sentences sharing a 64-bit
/// hash is not a risk worth an allocation each.
fn push_sentence_hashes(block: &Block, hashes: &mut Vec<u64>) -> Option<u64> {
    let hasher = FixedState::with_seed(0);
    let start = hashes.len();
    let mut first = None;
    for key in sentence_keys(block.key, block.sentence_ends) {
        // Four words or more: three separating spaces.
        if memchr::memchr_iter(b' ', key.as_bytes()).count() >= 3 {
            let hash = hasher.hash_one(key);
            first.get_or_insert(hash);
            hashes.push(hash);
        }
    }
    let own = &mut hashes[start..];
    own.sort_unstable();
    // Dedup in place: `Vec::dedup` would take the whole buffer.
    let mut distinct = 0;
    for i in 0..own.len() {
        if distinct == 0 || own[i] != own[distinct - 1] {
            own[distinct] = own[i];
            distinct += 1;
        }
    }
    hashes.truncate(start + distinct);
    first
}

pub(crate) fn dedup(blocks: &[Block], decisions: &mut [Decision]) {
    // Sized for every block, so that it never regrows (a rehash of every
    // key so far each time).
    let mut seen: HashSet<&str> = HashSet::with_capacity(blocks.len());
    // The title is the original wherever its copies are (a line a keep
    // rule keeps may come before it): the body never holds it.
    for (b, d) in blocks.iter().zip(decisions.iter()) {
        if *d == Decision::Title && !b.key.is_empty() {
            seen.insert(b.key);
        }
    }
    for (b, d) in blocks.iter().zip(decisions.iter_mut()) {
        if !matches!(d, Decision::Body | Decision::Subtitle) || b.key.is_empty() {
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
    // Every kept body block's sentence hashes, one block after another in
    // one buffer (block `i`'s are `hashes[spans[i]]`), and its first one.
    let mut hashes: Vec<u64> = Vec::new();
    let mut spans: Vec<Range<usize>> = Vec::with_capacity(blocks.len());
    let mut firsts: Vec<Option<u64>> = Vec::with_capacity(blocks.len());
    for (b, d) in blocks.iter().zip(decisions.iter()) {
        let start = hashes.len();
        firsts.push(if *d == Decision::Body { push_sentence_hashes(b, &mut hashes) } else { None });
        spans.push(start..hashes.len());
    }
    // Sentence -> the kept blocks that contain it: sorted (sentence, block)
    // pairs, where a sentence's holders are one run.
    let mut holders: Vec<(u64, usize)> =
        spans.iter().enumerate().flat_map(|(i, span)| hashes[span.clone()].iter().map(move |&h| (h, i))).collect();
    holders.sort_unstable();
    // A block whose every sentence also stands in one longer kept block.
    // Only the blocks holding its first sentence can be that block, which
    // keeps the search linear on hostile pages.
    let mut dropped = vec![false; blocks.len()];
    for (i, first) in firsts.iter().enumerate() {
        let Some(first) = *first else { continue };
        if blocks[i].features.words < 6 {
            continue;
        }
        let set = &hashes[spans[i].clone()];
        let from = holders.partition_point(|&(h, _)| h < first);
        let candidates = holders[from..].iter().take_while(|&&(h, _)| h == first).map(|&(_, j)| j);
        let repeated = candidates.into_iter().any(|j| {
            let other = &hashes[spans[j].clone()];
            j != i && !dropped[j] && other.len() > set.len() && set.iter().all(|k| other.binary_search(k).is_ok())
        });
        if repeated {
            dropped[i] = true;
            decisions[i] = Decision::Drop("repeated-sentence");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::blocks::test_blocks;

    fn run(page: &str) -> Vec<Decision> {
        let blocks = test_blocks(page);
        let mut decisions = vec![Decision::Body; blocks.len()];
        dedup(&blocks, &mut decisions);
        decisions
    }

    #[test]
    fn a_repeated_block_goes_and_the_first_copy_stays() {
        let page = "The minister resigned on Friday.\nShe had led it for years.\nTHE MINISTER RESIGNED ON FRIDAY!";
        assert_eq!(run(page), [Decision::Body, Decision::Body, Decision::Drop("duplicate")]);
    }

    #[test]
    fn a_block_whose_sentences_a_longer_block_holds_goes() {
        let body = "Floods cut the road to the north on Monday. Crews worked through the night to clear it.";
        let caption = "Crews worked through the night to clear it.";
        let shorter_copy = "Floods cut the road to the north on Monday.";
        let page = format!("{caption}\n{body}\n{shorter_copy} Nobody was hurt in the end.");
        assert_eq!(run(&page), [Decision::Drop("repeated-sentence"), Decision::Body, Decision::Body]);
    }

    #[test]
    fn sentence_hashes_are_appended_sorted_and_distinct() {
        let blocks = test_blocks("One two three four. Five six seven eight! One two three four. Too short.");
        let mut hashes = vec![u64::MAX];
        let first = push_sentence_hashes(&blocks[0], &mut hashes);
        let hasher = FixedState::with_seed(0);
        let mut expected = vec![hasher.hash_one("one two three four"), hasher.hash_one("five six seven eight")];
        expected.sort_unstable();
        assert_eq!(hashes[0], u64::MAX);
        assert_eq!(&hashes[1..], expected);
        assert_eq!(first, Some(hasher.hash_one("one two three four")));
    }
}
