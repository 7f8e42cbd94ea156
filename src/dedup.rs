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

/// How many words a sentence key has for the "four words" threshold:
/// its words, and about one per two characters of CJK text, which has no
/// spaces between its words (as a block's `effective_words`).
fn sentence_words(key: &str, has_cjk: bool) -> u32 {
    let words = memchr::memchr_iter(b' ', key.as_bytes()).count() + usize::from(!key.is_empty());
    // Most blocks have no CJK character: their sentences are not read again.
    if !has_cjk {
        return words as u32;
    }
    let cjk_words = key.chars().filter(|&c| crate::blocks::is_cjk(c)).count() / 2;
    (if cjk_words > 0 { words.saturating_sub(1) + cjk_words } else { words }) as u32
}

/// A sentence of a block, as the hash of its key and its words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Sentence {
    hash: u64,
    words: u32,
}

impl Sentence {
    /// Four words or more: a sentence worth finding elsewhere. Shorter ones
    /// ("Two people died.") are too common to say a block is a copy, but
    /// still new text when the other block lacks them.
    fn is_long(self) -> bool {
        self.words >= 4
    }
}

/// Appends the distinct sentences of a block to `sentences`, sorted by
/// hash. Hashes rather than strings: this runs over every kept block of
/// every page, and two different sentences sharing a 64-bit hash is not a
/// risk worth an allocation each.
fn push_sentences(block: &Block, sentences: &mut Vec<Sentence>) {
    let hasher = FixedState::with_seed(0);
    let start = sentences.len();
    for key in sentence_keys(block.key, block.sentence_ends) {
        if !key.is_empty() {
            let words = sentence_words(key, block.features.cjk_chars > 0);
            sentences.push(Sentence { hash: hasher.hash_one(key), words });
        }
    }
    let own = &mut sentences[start..];
    own.sort_unstable();
    // Dedup in place: `Vec::dedup` would take the whole buffer.
    let mut distinct = 0;
    for i in 0..own.len() {
        if distinct == 0 || own[i].hash != own[distinct - 1].hash {
            own[distinct] = own[i];
            distinct += 1;
        }
    }
    sentences.truncate(start + distinct);
}

/// Whether `other` says what `own` says: each long sentence of `own` is
/// in `other`, and its short sentences that are not ("Two people died.")
/// are under a quarter of its words. A pull quote's few words before its
/// ellipsis, or a credit, do not make it new text; a sentence of news
/// does.
fn is_covered(own: &[Sentence], other: &[Sentence]) -> bool {
    let mut uncovered_words = 0;
    let mut words = 0;
    for s in own {
        words += s.words;
        if other.binary_search_by_key(&s.hash, |o| o.hash).is_err() {
            if s.is_long() {
                return false;
            }
            uncovered_words += s.words;
        }
    }
    uncovered_words * 4 < words
}

/// How many of a block's sentences are long.
fn long_sentences(sentences: &[Sentence]) -> usize {
    sentences.iter().filter(|s| s.is_long()).count()
}

/// The most blocks [`dedup`] compares a block with: the holders of its
/// rarest sentence, which on a real page are one or two. A hostile page
/// whose every block holds the same sentences would otherwise make the
/// comparison quadratic.
const MOST_CANDIDATES: usize = 64;

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
    // Every kept body block's sentences, one block after another in one
    // buffer (block `i`'s are `sentences[spans[i]]`).
    let mut sentences: Vec<Sentence> = Vec::new();
    let mut spans: Vec<Range<usize>> = Vec::with_capacity(blocks.len());
    for (b, d) in blocks.iter().zip(decisions.iter()) {
        let start = sentences.len();
        if *d == Decision::Body {
            push_sentences(b, &mut sentences);
        }
        spans.push(start..sentences.len());
    }
    // Long sentence -> the kept blocks that contain it: sorted (sentence,
    // block) pairs, where a sentence's holders are one run.
    let mut holders: Vec<(u64, usize)> = spans
        .iter()
        .enumerate()
        .flat_map(|(i, span)| sentences[span.clone()].iter().filter(|s| s.is_long()).map(move |s| (s.hash, i)))
        .collect();
    holders.sort_unstable();
    let holders_of = |hash: u64| {
        let from = holders.partition_point(|&(h, _)| h < hash);
        let to = from + holders[from..].partition_point(|&(h, _)| h == hash);
        &holders[from..to]
    };
    // A block whose every sentence also stands in one longer kept block.
    // That block holds the block's rarest long sentence too, so only its
    // holders are compared.
    let mut dropped = vec![false; blocks.len()];
    for i in 0..blocks.len() {
        let own = &sentences[spans[i].clone()];
        if blocks[i].features.effective_words < 6 {
            continue;
        }
        let Some(rarest) = own.iter().filter(|s| s.is_long()).map(|s| holders_of(s.hash)).min_by_key(|h| h.len())
        else {
            continue;
        };
        let long = long_sentences(own);
        // The cap counts the holders looked at, dropped ones too: skipping
        // those first would walk past all of them for every block.
        let candidates = rarest.iter().take(MOST_CANDIDATES + 1).map(|&(_, j)| j);
        let repeated = candidates.filter(|&j| j != i && !dropped[j]).any(|j| {
            let other = &sentences[spans[j].clone()];
            long_sentences(other) > long && is_covered(own, other)
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
    fn sentences_are_appended_sorted_and_distinct() {
        let blocks = test_blocks("One two three four. Five six seven eight! One two three four. Too short.");
        let mut sentences = vec![Sentence { hash: u64::MAX, words: 0 }];
        push_sentences(&blocks[0], &mut sentences);
        let hasher = FixedState::with_seed(0);
        let mut expected = vec![
            Sentence { hash: hasher.hash_one("one two three four"), words: 4 },
            Sentence { hash: hasher.hash_one("five six seven eight"), words: 4 },
            Sentence { hash: hasher.hash_one("too short"), words: 2 },
        ];
        expected.sort_unstable();
        assert_eq!(sentences[0].hash, u64::MAX);
        assert_eq!(&sentences[1..], expected);
    }

    /// A short sentence of new text keeps a block whose long sentences are
    /// elsewhere; a credit of a word does not.
    #[test]
    fn new_short_sentences_keep_a_block() {
        let body =
            "Heavy rain washed away part of the only road, officials said. Crews worked through the night to clear it.";
        let with_news = "Crews worked through the night to clear it. Two people died.";
        let with_credit = "Crews worked through the night to clear it. Reuters.";
        let page = format!("{body}\n{with_news}\n{with_credit}");
        assert_eq!(run(&page), [Decision::Body, Decision::Body, Decision::Drop("repeated-sentence")]);
    }

    #[test]
    fn cjk_sentences_are_compared() {
        let body = "周日的大雨冲毁了通往山谷的唯一道路的一部分，官员们在周一上午表示。工作人员连夜清理道路，预计本周末将重新开放一条车道。";
        let copy = "工作人员连夜清理道路，预计本周末将重新开放一条车道。";
        let page = format!("{body}\n{copy}");
        assert_eq!(run(&page), [Decision::Body, Decision::Drop("repeated-sentence")]);
        assert_eq!(sentence_words("工作人员连夜清理道路", true), 5);
        assert_eq!(sentence_words("one two three", false), 3);
        assert_eq!(sentence_words("one two three", true), 3);
        assert_eq!(sentence_words("", false), 0);
    }

    /// Every block opening with the same sentence (where the comparison is
    /// bounded by `MOST_CANDIDATES`): a block that says more stays, a copy
    /// still goes.
    #[test]
    fn copies_among_blocks_sharing_a_sentence_still_go() {
        let page: String = (0..2000)
            .map(|i| format!("The minister spoke to the press today. Sentence number {i} was said here too.\n"))
            .collect();
        let decisions = run(&format!("{page}The minister spoke to the press today."));
        assert!(decisions[..2000].iter().all(|d| *d == Decision::Body));
        assert_eq!(decisions[2000], Decision::Drop("repeated-sentence"));
    }
}
