//! `wire-credit`: reporting and editing credits of wire copy.
//!
//! What it removes: "Reporting by …; Editing by …" sign-offs and the
//! agency's standards line.
//! Why: they credit the staff, they are not the story.
//! Example: `Reporting by Jane Doe; Editing by Howard Kessler`, `(Writing by A; editing by B)`.

use super::matcher::Matcher;
use super::opening::Words;
use super::{Context, Lazy, Rule, RuleVerdict};

pub(crate) struct WireCredit {
    patterns: Lazy<Matcher>,
}

impl WireCredit {
    pub(crate) fn new() -> WireCredit {
        let patterns = super::matcher([
            r"(?i)^\W*(?:additional\s+)?(?:reporting|writing|editing|compiled|edited|research|graphics|produced|translated|translation)\s+by\s+(?-i:\p{Lu})",
            r"(?i)^\W*our standards\s*:",
            r"(?i)^\W*(?:mitarbeit|redaktion|bearbeitung|avec|con información de|com informações de)\s*:?\s+(?-i:\p{Lu})[^.!?]*$",
        ]);
        WireCredit { patterns }
    }
}

impl Rule for WireCredit {
    fn name(&self) -> &'static str {
        "wire-credit"
    }
    fn doc(&self) -> &'static str {
        "Removes the reporting and editing credits of wire copy and the agency's standards line: \
         they credit the staff, they are not the story. Example: `Reporting by Jane Doe; Editing by \
         Howard Kessler`."
    }
    fn classify(&self, ctx: &Context<'_>) -> Option<RuleVerdict> {
        let block = ctx.block();
        (block.features.words <= 40 && may_match(block.text) && self.patterns.is_match(block.text))
            .then_some(RuleVerdict::Drop)
    }
}

/// Each pattern's first word: `additional`, the credits' verbs, `our`,
/// and the German, French, Spanish and Portuguese openings.
static OPENING_WORDS: Words = Words::new(&[
    "additional",
    "reporting",
    "writing",
    "editing",
    "compiled",
    "edited",
    "research",
    "graphics",
    "produced",
    "translated",
    "translation",
    "our",
    "mitarbeit",
    "redaktion",
    "bearbeitung",
    "avec",
    "con",
    "com",
]);

/// Whether the patterns may match `text`: each opens, past what is not a
/// word character (`\W*`), with one of [`OPENING_WORDS`] in any case,
/// followed by a space or a colon. A line whose first word cannot be told
/// from ASCII bytes goes to the patterns all the same (see [`first_word`](super::opening::first_word)).
fn may_match(text: &str) -> bool {
    OPENING_WORDS.may_open(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{check, fixture_lines, Expect::*};

    /// What the prefilter turns away, the patterns would not match: on
    /// every fixture line and table row, and on made-up openings.
    #[test]
    fn prefilter_drops_no_match() {
        let rule = WireCredit::new();
        let mut lines = fixture_lines();
        for opening in [
            "Reporting by Jane",
            "Additional reporting by Jane",
            "Writing by Tom",
            "Editing by Alex",
            "Compiled by Ana",
            "Edited by X",
            "Research by Li",
            "Graphics by Jo",
            "Produced by Sam",
            "Translated by Eva",
            "Translation by Eva",
            "OUR STANDARDS:",
            "Mitarbeit: Anna",
            "Redaktion: Jens",
            "Bearbeitung: Jens",
            "avec Marie",
            "con información de Ana",
            "com informações de Ana",
        ] {
            for prefix in ["", "(", "• ", "— ", "_", "1 ", "\u{a0}", "«"] {
                lines.push(format!("{prefix}{opening}"));
            }
        }
        let matched = crate::rules::testing::matches_kept(&lines, |line| rule.patterns.is_match(line), may_match);
        // Each opening under the six prefixes that are not word characters.
        assert!(matched >= 18 * 6, "{matched}");
    }

    proptest::proptest! {
        #[test]
        fn prefilter_drops_no_match_on_any_opening(
            line in "[ (•—_«\u{a0}\u{212a}ſ0-9]{0,3}(?i:additional |reporting|writing|editing|compiled|edited|research|graphics|produced|translated|translation|our standards|mitarbeit|redaktion|bearbeitung|avec|con|com|[a-zſ\u{212a}]{2})[ :]{0,2}by [A-Z\u{212a}][a-z]{0,3}"
        ) {
            let rule = WireCredit::new();
            proptest::prop_assert!(may_match(&line) || !rule.patterns.is_match(&line), "{:?}", line);
        }
    }

    #[test]
    fn table() {
        check(
            &WireCredit::new(),
            &[
                ("Reporting by Jane Doe and Marcus Whitfield; Editing by Howard Kessler", Drop),
                ("(Writing by Tom Balmforth; editing by Alex Richardson)", Drop),
                ("Additional reporting by Priya Natarajan", Drop),
                ("Our Standards: The Thomson Reuters Trust Principles.", Drop),
                ("Reporting by the agency has been questioned by officials in several countries.", Pass),
                ("Editing the law will take years, she said.", Pass),
            ],
        );
    }
}
