//! `truncated-teaser`: lists of teasers cut short with an ellipsis.
//!
//! What it removes: a line ending in "…", "..." or "..", as some sites cut
//! their teasers, that stands in a run of three or more such lines
//! ("California sues e-cigarette maker Juul over ads and sales …",
//! "Dieses Bonitätszertifikat bestätigt di…", "기적적 독도행 ‘어서와’, 노르웨..").
//! Why: headline boxes and "latest posts" widgets cut each teaser to a
//! fixed length; what is left reads as a sentence, so it passes as prose.
//! An article's own trailing-off lines ("If you …") stand alone, not three
//! in a row.
//! A box may also give each teaser its headline and the first sentences of
//! its story, cut mid-sentence ("Indian-origin man pleads guilty … NEW YORK:
//! An Indian-origin man has pleaded guilty to theft … Rekhi, 41,..."): such
//! long lines go in a run of three or more long ones. Short and long lines
//! do not make a run together, so a long paragraph that trails off between
//! two cut headlines stays.
//! Example: `WSU student died hours before 911 call; chapter holding vigil …`

use super::{Context, Rule, RuleVerdict};
use crate::blocks::Block;

/// Teasers in the run, at least.
const MIN_RUN: usize = 3;
/// A longer line is a paragraph that trails off, or a teaser with the first
/// sentences of its story: it goes only in a run of long ones.
const MAX_WORDS: usize = 30;

pub(crate) struct TruncatedTeaser;

/// Whether a line ends in an ellipsis, and then whether it is long.
fn truncation(block: &Block) -> Option<bool> {
    let text = block.text.trim_end();
    (text.ends_with('…') || text.ends_with("..")).then_some(block.features.words > MAX_WORDS)
}

impl Rule for TruncatedTeaser {
    fn name(&self) -> &'static str {
        "truncated-teaser"
    }
    fn doc(&self) -> &'static str {
        "Removes lists of teasers cut short with an ellipsis: a line ending in …, ... or .. that \
         stands in a run of three or more such lines. Headline boxes cut each teaser to a fixed length and what \
         is left reads as a sentence; a teaser with its story's first sentences goes in a run of \
         three long ones. Example: `WSU student died hours before 911 call; chapter holding \
         vigil …`"
    }
    fn classify(&self, ctx: &Context<'_>) -> Option<RuleVerdict> {
        let kind = truncation(ctx.block())?;
        let blocks = ctx.blocks;
        let same = |b: &&Block| truncation(b) == Some(kind);
        let before = blocks[..ctx.index].iter().rev().take(MIN_RUN - 1).take_while(same).count();
        let after = blocks[ctx.index + 1..].iter().take(MIN_RUN - 1).take_while(same).count();
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
        let page =
            "기적적 독도행 ‘어서와’, 노르웨..\n‘우아한 가’ 배종옥, 여태껏 이..\n설리, 무엇이 이 스물다섯 청춘의..\n\
                    Thanks for the great review..\nThe council met on Tuesday.\nYou are welcome Jessica..";
        assert_eq!(verdicts(page), [true, true, true, true, false, false]);
    }

    #[test]
    fn lines_trailing_off_alone_stay() {
        let page = "Here’s what I want you to remember …\n\
                    Start small and experiment, and keep a note of what worked for you.\n\
                    If you …\n\
                    And I made my point, which is …";
        assert_eq!(verdicts(page), [false, false, false, false]);
    }

    #[test]
    fn long_teasers_go_in_runs_of_long_ones() {
        let long = |headline: &str| {
            format!(
                "{headline} NEW DELHI: The ministry said on Wednesday that the new rules would apply to \
                 every state from the first of next month, and that officials had been told to prepare \
                 for the change, which was..."
            )
        };
        let page = [long("Schools reopen"), long("Court rules on temple"), long("Parliament debates bonds")].join("\n");
        assert_eq!(verdicts(&page), [true, true, true]);
        // A long paragraph that trails off, between two cut headlines, is not
        // one of their run.
        let page = format!("Schools reopen in the valley …\n{}\nCourt rules on temple …", long("Bonds"));
        assert_eq!(verdicts(&page), [false, false, false]);
        let page = [long("Schools reopen"), long("Court rules on temple")].join("\n");
        assert_eq!(verdicts(&page), [false, false]);
    }
}
