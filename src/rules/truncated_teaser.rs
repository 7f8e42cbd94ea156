//! `truncated-teaser`: lists of teasers cut short with an ellipsis.
//!
//! What it removes: a line ending in "…" or "..." that stands in a run of
//! three or more such lines ("California sues e-cigarette maker Juul over
//! ads and sales …", "Dieses Bonitätszertifikat bestätigt di…").
//! Why: headline boxes and "latest posts" widgets cut each teaser to a
//! fixed length; what is left reads as a sentence, so it passes as prose.
//! An article's own trailing-off lines ("If you …") stand alone, not three
//! in a row.
//! Example: `WSU student died hours before 911 call; chapter holding vigil …`

use super::{Context, Rule, RuleVerdict};
use crate::blocks::Block;

/// Teasers in the run, at least.
const MIN_RUN: usize = 3;
/// A longer line is a paragraph that trails off, not a teaser.
const MAX_WORDS: usize = 30;

pub(crate) struct TruncatedTeaser;

fn is_truncated(block: &Block) -> bool {
    let text = block.text.trim_end();
    (text.ends_with('…') || text.ends_with("...")) && block.features.words <= MAX_WORDS
}

impl Rule for TruncatedTeaser {
    fn name(&self) -> &'static str {
        "truncated-teaser"
    }
    fn doc(&self) -> &'static str {
        "Removes lists of teasers cut short with an ellipsis: a line ending in … that stands in a \
         run of three or more such lines. Headline boxes cut each teaser to a fixed length and what \
         is left reads as a sentence. Example: `WSU student died hours before 911 call; chapter \
         holding vigil …`"
    }
    fn classify(&self, ctx: &Context<'_>) -> Option<RuleVerdict> {
        if !is_truncated(ctx.block()) {
            return None;
        }
        let blocks = ctx.blocks;
        let before = blocks[..ctx.index].iter().rev().take(MIN_RUN - 1).take_while(|b| is_truncated(b)).count();
        let after = blocks[ctx.index + 1..].iter().take(MIN_RUN - 1).take_while(|b| is_truncated(b)).count();
        (before + 1 + after >= MIN_RUN).then_some(RuleVerdict::Drop)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::verdict_of;

    fn verdicts(page: &str) -> Vec<bool> {
        let blocks = crate::blocks::test_blocks(page);
        (0..blocks.len()).map(|i| verdict_of(&TruncatedTeaser, &blocks, i) == Some(RuleVerdict::Drop)).collect()
    }

    #[test]
    fn runs_of_three_go() {
        let page = "Jury rules for half of 21 plaintiffs in used body parts suit …\n\
                    California sues e-cigarette maker Juul over ads and sales …\n\n\
                    Lush retail store expected to open in February at River Park Square …\n\
                    The council met on Tuesday and voted to close the road for the summer.";
        assert_eq!(verdicts(page), [true, true, true, false]);
    }

    #[test]
    fn lines_trailing_off_alone_stay() {
        let page = "Here’s what I want you to remember …\n\
                    Start small and experiment, and keep a note of what worked for you.\n\
                    If you …\n\
                    And I made my point, which is …";
        assert_eq!(verdicts(page), [false, false, false, false]);
    }
}
