//! `comment-thread`: the first of a run of commenters' header lines.
//!
//! What it marks: a short line with a date and a clock time (and perhaps
//! the commenter's name) that opens a run of at least three such lines,
//! each pair with some text between them: a comment thread with no
//! heading of its own, or one whose heading we do not know.
//! Why: comments are prose and weigh like an article; a thread of a few
//! dozen comments can outweigh a short article and take the page. Like a
//! `comments-start` heading, the decide stage cuts there once enough
//! article text precedes it. The article's own date line stands alone.
//! Example: `Rolf Buckpesch 29.07.2020 // 12:56` followed by a comment,
//! `Neuni 23.07.2020 // 12:59`, a comment, `Frank Schlaurer 15.07.2020 // 12:00`.

use super::matcher::Matcher;
use super::{Context, Lazy, Rule, RuleVerdict};
use crate::blocks::{ascii_set, Block};
use regex::Regex;
use std::sync::Arc;

pub(crate) struct CommentThread {
    date: Arc<Lazy<Regex>>,
    short_date: Lazy<Matcher>,
    time: Lazy<Matcher>,
}

/// The rule's name, which the decide stage trusts sooner than a heading.
pub(crate) const NAME: &str = "comment-thread";

/// Header lines a run needs.
const MIN_HEADERS: usize = 3;
/// Most blocks from one header to the next: a comment of a few paragraphs
/// with its reply button.
const MAX_GAP: usize = 12;
/// A header is a name, a date and a time, perhaps a label; not a sentence.
const MAX_WORDS: usize = 12;

impl CommentThread {
    /// `date` is the date rule's pattern ([`super::date_line::date_regex`]),
    /// compiled once for both.
    pub(crate) fn new(date: Arc<Lazy<Regex>>) -> CommentThread {
        CommentThread {
            date,
            // "19.10.19", "11/13/19": two-digit years, common in comment stamps.
            short_date: super::matcher([r"(?:^|[^\d.,/])\d{1,2}[./]\d{1,2}[./]\d{2}(?:$|[^\d.,/])"]),
            time: super::matcher([r"(?:^|[^\d:.])(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:$|[^\d:])"]),
        }
    }

    fn is_header(&self, block: &Block) -> bool {
        let f = &block.features;
        f.words <= MAX_WORDS
            && f.digits >= 5
            // The time pattern needs a colon.
            && block.has_ascii_mark(ascii_set(b":"))
            && self.time.is_match(block.text)
            && (self.short_date.is_match(block.text) || super::date_line::find_date(&self.date, block.text).is_some())
    }
}

impl Rule for CommentThread {
    fn name(&self) -> &'static str {
        NAME
    }
    fn doc(&self) -> &'static str {
        "Marks the first of a run of three or more commenters' header lines (a name, a date and a \
         time, with a comment between each two): a comment thread without a heading. The decide \
         stage cuts there once enough article text precedes it. Example: `Rolf Buckpesch \
         29.07.2020 // 12:56`."
    }
    fn classify(&self, ctx: &Context<'_>) -> Option<RuleVerdict> {
        let blocks = ctx.blocks;
        let i = ctx.index;
        if !self.is_header(&blocks[i]) {
            return None;
        }
        // The first of its run: no header in the blocks just before.
        if blocks[i.saturating_sub(MAX_GAP)..i].iter().any(|b| self.is_header(b)) {
            return None;
        }
        let mut last = i;
        let mut count = 1;
        let mut j = i + 1;
        while j < blocks.len() && j - last <= MAX_GAP && count < MIN_HEADERS {
            if self.is_header(&blocks[j]) {
                // Something (the comment) stands between two headers.
                if j == last + 1 {
                    return None;
                }
                last = j;
                count += 1;
            }
            j += 1;
        }
        (count >= MIN_HEADERS).then_some(RuleVerdict::CommentsStart)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::verdict_of;

    /// The verdict on each line of a page.
    fn verdicts(page: &str) -> Vec<bool> {
        let blocks = crate::blocks::test_blocks(page);
        let rule = CommentThread::new(super::super::date_line::date_regex());
        (0..blocks.len()).map(|i| verdict_of(&rule, &blocks, i) == Some(RuleVerdict::CommentsStart)).collect()
    }

    #[test]
    fn first_header_of_a_thread() {
        let page = "Rolf Buckpesch 29.07.2020 // 12:56\nDas sehe ich ganz anders als der Autor.\nAntworten\n\
                    Neuni 23.07.2020 // 12:59\nIst es Euch nicht selbst peinlich?\n\
                    Frank Schlaurer 15.07.2020 // 12:00\nDie European Tour wurde doch live übertragen?";
        assert_eq!(verdicts(page), [true, false, false, false, false, false, false]);
    }

    #[test]
    fn formats() {
        for header in [
            "November 19, 2019 at 5:10 pm",
            "Heidemarie Heim | Di, 21. April 2020 - 16:40",
            "Sana 6. Juni 2015 um 10:23",
            "Bettina Kugler 19.10.2019, 05:00 Uhr",
            "2021-04-28 11:48:27",
            "11/13/19 11:00AM",
        ] {
            let page = format!("{header}\nA comment.\n{header}\nA comment.\n{header}\nA comment.");
            assert!(verdicts(&page)[0], "{header}");
        }
    }

    #[test]
    fn not_a_thread() {
        // Two headers are not a run; an article's own date line stands alone.
        assert!(!verdicts("Anna 1.2.2020 10:00\nGut.\nBernd 1.2.2020 11:00\nSchlecht.").contains(&true));
        // A table of times with nothing between its rows.
        assert!(!verdicts("Mo 03.02.2022 11:30\nDi 04.02.2022 11:30\nMi 05.02.2022 11:30").contains(&true));
        // A time without a date (live blogs), a date without a time (schedules).
        assert!(!verdicts("11:58 GMT\nPower cuts.\n11:31 GMT\nLorry.\n10:47 GMT\nLake.").contains(&true));
        assert!(!verdicts("3. Februar 2022\nGolf.\n4. Februar 2022\nGolf.\n5. Februar 2022\nGolf.").contains(&true));
        // A sentence that holds a date and a time is no header.
        assert!(!verdicts(
            "The vote on 12.03.2025 at 14:30 was the first of three held that week in the capital city of the region.\nx\n\
             The vote on 12.03.2025 at 14:30 was the first of three held that week in the capital city of the region.\nx\n\
             The vote on 12.03.2025 at 14:30 was the first of three held that week in the capital city of the region."
        )
        .contains(&true));
    }
}
