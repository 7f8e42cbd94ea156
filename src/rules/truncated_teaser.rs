//! `truncated-teaser`: lists of teasers cut short with an ellipsis.
//!
//! What it removes: a line ending in "…" or "...", as widgets cut their
//! teasers, that stands in a run of three or more such lines ("California
//! sues e-cigarette maker Juul over ads and sales …", "Dieses
//! Bonitätszertifikat bestätigt di…").
//! Why: headline boxes and "latest posts" widgets cut each teaser to a
//! fixed length; what is left reads as a sentence, so it passes as prose.
//! An article's own trailing-off lines ("If you …") stand alone, not three
//! in a row.
//! Some sites cut with two dots ("기적적 독도행 ‘어서와’, 노르웨.."), which
//! casual writing also ends its sentences with ("맛있었습니다.."): such
//! lines make a run only when they are cut to the same length, give or
//! take [`MAX_TWO_DOT_SPREAD`] characters, as a widget cuts them.
//! A box may also give each teaser its headline and the first sentences of
//! its story, cut mid-sentence ("Indian-origin man pleads guilty … NEW YORK:
//! An Indian-origin man has pleaded guilty to theft … Rekhi, 41,..."): such
//! long lines go in a run of [`MIN_LONG_RUN`] long ones, so that three
//! paragraphs of a story that trail off in turn stay. Short and long lines
//! do not make a run together, so a long paragraph that trails off between
//! two cut headlines stays.
//! Example: `WSU student died hours before 911 call; chapter holding vigil …`

use super::{Context, Rule, RuleVerdict};
use crate::blocks::Block;

/// Teasers in the run, at least.
const MIN_RUN: usize = 3;
/// Long teasers in the run, at least: a box lists five or more stories,
/// a story rarely trails off that often in a row.
const MIN_LONG_RUN: usize = 5;
/// A longer line is a paragraph that trails off, or a teaser with the first
/// sentences of its story: it goes only in a run of long ones.
const MAX_WORDS: usize = 30;
/// Characters by which two-dot teasers of one run may differ in length.
const MAX_TWO_DOT_SPREAD: usize = 3;

pub(crate) struct TruncatedTeaser;

/// How a line is cut, for the lines it makes a run with.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Cut {
    /// "…" or "..." after at most [`MAX_WORDS`] words.
    Short,
    /// "…" or "..." after more words.
    Long,
    /// "..": a run only with two-dot lines of about as many characters.
    TwoDots { chars: usize },
}

fn cut_of(block: &Block) -> Option<Cut> {
    let text = block.text.trim_end();
    if text.ends_with('…') || text.ends_with("...") {
        Some(if block.features.words > MAX_WORDS { Cut::Long } else { Cut::Short })
    } else if text.ends_with("..") {
        Some(Cut::TwoDots { chars: block.features.chars })
    } else {
        None
    }
}

fn same_run(a: Cut, b: Cut) -> bool {
    match (a, b) {
        (Cut::TwoDots { chars: a }, Cut::TwoDots { chars: b }) => a.abs_diff(b) <= MAX_TWO_DOT_SPREAD,
        _ => a == b,
    }
}

impl Rule for TruncatedTeaser {
    fn name(&self) -> &'static str {
        "truncated-teaser"
    }
    fn doc(&self) -> &'static str {
        "Removes lists of teasers cut short with an ellipsis: a line ending in … that stands in a \
         run of three or more such lines. Headline boxes cut each teaser to a fixed length and what \
         is left reads as a sentence. Teasers cut with two dots (..) must be of about one length; \
         teasers with their story's first sentences go in runs of five long ones. Example: `WSU \
         student died hours before 911 call; chapter holding vigil …`"
    }
    fn classify(&self, ctx: &Context<'_>) -> Option<RuleVerdict> {
        let cut = cut_of(ctx.block())?;
        let min_run = if cut == Cut::Long { MIN_LONG_RUN } else { MIN_RUN };
        let blocks = ctx.blocks;
        let same = |b: &&Block| cut_of(b).is_some_and(|other| same_run(cut, other));
        let before = blocks[..ctx.index].iter().rev().take(min_run - 1).take_while(same).count();
        let after = blocks[ctx.index + 1..].iter().take(min_run - 1).take_while(same).count();
        (before + 1 + after >= min_run).then_some(RuleVerdict::Drop)
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
        // Up to 30 words a teaser is short: three make a run.
        let teaser = |subject: &str| {
            format!(
                "{subject} will reopen next month after a long repair, the city said on Tuesday, and \
                 officials expect the first visitors to arrive by the middle of the …"
            )
        };
        let page = [teaser("The museum"), teaser("The library"), teaser("The pool")].join("\n");
        assert_eq!(verdicts(&page), [true, true, true]);
    }

    #[test]
    fn two_dot_teasers_are_cut_to_one_length() {
        // A widget's cut: 20 characters each.
        let page =
            "기적적 독도행 ‘어서와’, 노르웨..\n‘우아한 가’ 배종옥, 여태껏 이..\n설리, 무엇이 이 스물다섯 청춘의..\n\
                    Thanks for the great review..";
        assert_eq!(verdicts(page), [true, true, true, false]);
        // A blog's sentences that end in two dots, of any length.
        let page = "점심은 시내 식당에서 먹었는데 줄이 꽤 길었어요..\n기다린 보람이 있었어요 정말 맛있었습니다..\n\
                    오후에는 공원을 걸었어요..";
        assert_eq!(verdicts(page), [false, false, false]);
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
    fn long_teasers_go_in_runs_of_five_long_ones() {
        let long = |headline: &str| {
            format!(
                "{headline} NEW DELHI: The ministry said on Wednesday that the new rules would apply to \
                 every state from the first of next month, and that officials had been told to prepare \
                 for the change, which was..."
            )
        };
        let box_of = |n: usize| (0..n).map(|i| long(&format!("Story {i}"))).collect::<Vec<_>>().join("\n");
        assert_eq!(verdicts(&box_of(5)), [true; 5]);
        // Four paragraphs of a story that trail off in turn stay.
        assert_eq!(verdicts(&box_of(4)), [false; 4]);
        // A long paragraph that trails off, between two cut headlines, is not
        // one of their run.
        let page = format!("Schools reopen in the valley …\n{}\nCourt rules on temple …", long("Bonds"));
        assert_eq!(verdicts(&page), [false, false, false]);
    }
}
