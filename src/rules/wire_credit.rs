//! `wire-credit`: reporting and editing credits of wire copy.
//!
//! What it removes: "Reporting by …; Editing by …" sign-offs and the
//! agency's standards line.
//! Why: they credit the staff, they are not the story.
//! Example: `Reporting by Jane Doe; Editing by Howard Kessler`, `(Writing by A; editing by B)`.

use super::matcher::Matcher;
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

/// The first two letters of each pattern's first word, lowercase.
const OPENINGS: [&[u8; 2]; 12] = [b"ad", b"re", b"wr", b"ed", b"co", b"gr", b"pr", b"tr", b"ou", b"mi", b"be", b"av"];

/// Whether the patterns may match `text`, from a few bytes: each starts
/// with punctuation or spaces (`\W*`) and then one of [`OPENINGS`], in any
/// case. Letters such as `K`, the Kelvin sign, fold to ASCII ones, but to
/// none of these; a line whose first character past the ASCII punctuation
/// is not ASCII goes to the patterns all the same.
fn may_match(text: &str) -> bool {
    let bytes = text.as_bytes();
    let Some(first) = bytes.iter().position(|b| !b.is_ascii() || b.is_ascii_alphanumeric() || *b == b'_') else {
        return false;
    };
    match bytes.get(first..first + 2) {
        // Setting 0x20 lowers a capital and makes no other byte a letter.
        Some(&[a, b]) if a.is_ascii() => OPENINGS.contains(&&[a | 0x20, b | 0x20]),
        _ => !bytes[first].is_ascii(),
    }
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
        for opening in
            ["Reporting by Jane", "OUR STANDARDS:", "Mitarbeit: Anna", "con información de Ana", "Edited by X"]
        {
            for prefix in ["", "(", "• ", "— ", "_", "1 ", "\u{a0}", "«"] {
                lines.push(format!("{prefix}{opening}"));
            }
        }
        let mut matched = 0;
        for line in &lines {
            let is_match = rule.patterns.is_match(line);
            assert!(may_match(line) || !is_match, "{line:?}");
            matched += usize::from(is_match);
        }
        assert!(matched >= 20, "{matched}");
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
