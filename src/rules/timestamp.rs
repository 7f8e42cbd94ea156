//! `timestamp`: a line that is only a clock time.
//!
//! What it removes: a bare time of day, with an optional zone or "Uhr".
//! Why: live blogs and teaser lists stamp each entry with one; the time is
//! not article text, and without a date it is no useful metadata.
//! Example: `10:42 GMT`, `12:05 p.m.`, `14.30 Uhr`, `7 p.m.`.

use super::matcher::Matcher;
use super::opening::{first_word, is_space_byte, Word};
use super::{Context, Lazy, Rule, RuleVerdict};
use crate::blocks::Block;

pub(crate) struct Timestamp {
    pattern: Lazy<Matcher>,
}

impl Timestamp {
    pub(crate) fn new() -> Timestamp {
        let zone = r"(?:gmt|utc|bst|cet|cest|est|edt|cst|cdt|pst|pdt|et|pt|ist|jst|kst|msk|aest|uhr|h|hs|hrs)";
        let pattern = format!(
            r"(?i)^\W*(?:(?:[01]?\d|2[0-3])[:.h][0-5]\d(?:\s*[ap]\.?\s?m\.?)?|(?:1[0-2]|0?\d)\s*[ap]\.?\s?m\.?)(?:\s*{zone}\.?)?(?:\s*[+-]\d{{1,2}}(?::?\d\d)?)?\W*$"
        );
        Timestamp { pattern: super::matcher([&pattern]) }
    }
}

impl Rule for Timestamp {
    fn name(&self) -> &'static str {
        "timestamp"
    }
    fn doc(&self) -> &'static str {
        "Removes lines that are only a clock time. Live blogs and teaser lists stamp each entry with \
         one; without a date it is no useful metadata. Example: `10:42 GMT`, `12:05 p.m.`, `14.30 Uhr`."
    }
    fn classify(&self, ctx: &Context<'_>) -> Option<RuleVerdict> {
        let block = ctx.block();
        // The opening test spares compiling the pattern for a page with no
        // line that may be a time; once it is compiled, its DFA is cheaper.
        (block.features.words <= 4
            && may_match(block)
            && (self.pattern.is_compiled() || opens_like_a_time(block.text))
            && self.pattern.is_match(block.text))
        .then_some(RuleVerdict::Drop)
    }
}

/// Every clock time has a digit (`\d`, any decimal digit): an all-ASCII
/// line without an ASCII digit, as most short lines are, is not asked.
fn may_match(block: &Block<'_>) -> bool {
    block.features.digits > 0 || !block.is_ascii()
}

/// Whether the line may open as the pattern's times do: past `\W*`, one
/// or two digits, then `:`, `.` or `h`, or (past spaces) `a` or `p`, in
/// either case. Told from ASCII bytes; a character outside ASCII where a
/// digit or a space may be lets the line through, and a letter outside
/// ASCII first turns it away (no letter is a digit).
fn opens_like_a_time(text: &str) -> bool {
    let word = match first_word(text) {
        Word::Ascii(word) | Word::Partial(word) => word,
        Word::None | Word::Foreign(_) => return false,
        Word::Unknown => return true,
    };
    let digits = word.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 2 {
        return false;
    }
    // Where the word starts in the line: it is a slice of it.
    let start = word.as_ptr() as usize - text.as_ptr() as usize;
    let after = &text.as_bytes()[start + digits..];
    match after.first() {
        Some(b':' | b'.' | b'h' | b'H') => true,
        _ => match after.iter().find(|&&b| !is_space_byte(b)) {
            Some(b) => matches!(b, b'a' | b'A' | b'p' | b'P') || !b.is_ascii(),
            None => false,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::blocks::test_blocks;
    use crate::rules::testing::{check, Expect::*};

    #[test]
    fn table() {
        check(
            &Timestamp::new(),
            &[
                ("10:42 GMT", Drop),
                ("12:05 p.m.", Drop),
                ("7 p.m.", Drop),
                ("14.30 Uhr", Drop),
                ("09:15", Drop),
                ("18h30", Drop),
                ("18H30", Drop),
                ("7PM", Drop),
                ("• 7 P.M.", Drop),
                ("123:45", Pass),
                ("21 Day Fix Hub", Pass),
                ("At 10:42 the doors opened.", Pass),
                ("1984", Pass),
                ("3.5", Pass),
                ("\u{0669} pm", Drop),
            ],
        );
    }

    /// The opening test on its own (the rule skips it once the pattern is
    /// compiled, as debug builds do at once).
    #[test]
    fn opening_test() {
        let rule = Timestamp::new();
        for line in [
            "10:42 GMT",
            "12:05 p.m.",
            "7 p.m.",
            "14.30 Uhr",
            "09:15",
            "18h30",
            "18H30",
            "7PM",
            "• 7 P.M.",
            "\u{669} pm",
            "7\u{a0}pm",
        ] {
            assert!(opens_like_a_time(line) && rule.pattern.is_match(line), "{line:?}");
        }
        for line in ["21 Day Fix Hub", "123:45", "1", "0 Comments", "Über 12:30", "© 2019 Newsweek", "At 10:42"] {
            assert!(!opens_like_a_time(line) && !rule.pattern.is_match(line), "{line:?}");
        }
    }

    proptest::proptest! {
        /// The digit test lets through every line the pattern matches.
        #[test]
        fn prefilter_drops_no_match(line in "[(]?[0-9٠-٩०-९]{1,2}(?:[:.h][0-9٠-٩]{2})? ?(?:[ap]\\.?m\\.?|[AP]M|)(?: GMT| Uhr|)[ .)]?|\\PC{0,8}") {
            static RULE: std::sync::LazyLock<Timestamp> = std::sync::LazyLock::new(Timestamp::new);
            if let Some(block) = test_blocks(&line).first() {
                proptest::prop_assert!(
                    !RULE.pattern.is_match(block.text) || (may_match(block) && opens_like_a_time(block.text)),
                    "{:?}",
                    block.text
                );
            }
        }
    }
}
