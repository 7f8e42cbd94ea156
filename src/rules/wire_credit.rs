//! `wire-credit`: reporting and editing credits of wire copy.
//!
//! What it removes: "Reporting by …; Editing by …" sign-offs and the
//! agency's standards line.
//! Why: they credit the staff, they are not the story.
//! A credit is names up to the end of the line: a line whose names run on
//! into a sentence ("Research by Oxford Economics shows …") is prose.
//! Example: `Reporting by Jane Doe; Editing by Howard Kessler`, `(Writing by A; editing by B)`.

use super::matcher::Matcher;
use super::opening::Words;
use super::{Context, Lazy, Rule, RuleVerdict};

pub(crate) struct WireCredit {
    patterns: Lazy<Matcher>,
}

impl WireCredit {
    pub(crate) fn new() -> WireCredit {
        // A credit is names to the end of the line: "Research by Oxford
        // Economics shows …" and "Produced by Netflix, the series …" go on
        // in lowercase after the names, and are prose. A name is capitalised
        // words, with the particles of names between them ("Jean de La
        // Fontaine"); a reporter may have a place ("Jane Doe in London").
        // A capitalised word: a capital, then anything up to a space or a
        // separator (a class of few ranges, where letters and marks would
        // be two large ones to compile).
        let word = r"\p{Lu}[^\s,&/;]*";
        let particle = r"(?:de|da|del|der|den|di|do|dos|das|du|la|le|van|von|al|bin|ibn|el|ter|zu)";
        // What may stand between two capitalised words of the names: a
        // space, a comma, `&` or `/`, or particles, "in" (before a place)
        // and the joiners. One pattern of words and links, not a grammar of
        // names, reporters and lists: each copy of a word's Unicode classes
        // costs about a million instructions to compile, which a process
        // cleaning one page pays.
        // A reporter's place or desk comes with "in", "at", "from" or "with"
        // ("Jane Doe at the United Nations", "the Reuters Kyiv team").
        let names = |joiners: &str| {
            format!(
                r"{word}(?:(?:\s*[,&/]\s*|\s+(?:(?:{particle}|in|at|from|with|the|(?i:{joiners}))\s+)*){word})*(?:\s+(?:team|staff|bureau|desk))?"
            )
        };
        // "Reporting by A and B; additional reporting by C, D; Editing by E":
        // clauses, each closed by a separator or the line's end.
        let clause = format!(
            r"(?i:(?:additional\s+)?(?:reporting|writing|editing|compiled|edited|research|graphics?|photos?|video|produced|translated|translation)\s+by)\s+{}",
            names("and")
        );
        let patterns = super::matcher([
            format!(r"^\W*(?:{clause}(?:\s*[;,.]\s*(?i:and\s+)?|\W*$))+$"),
            r"(?i)^\W*our standards\s*:".to_owned(),
            // "Mitarbeit: Anna Schmidt", "avec AFP", "con información de AP y EFE".
            format!(
                r"^\W*(?i:mitarbeit|redaktion|bearbeitung|avec|con información de|com informações de)\s*:?\s+{}\W*$",
                names("and|und|et|y|e")
            ),
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
    "graphic",
    "photo",
    "photos",
    "video",
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
            line in "[ (•—_«\u{a0}\u{212a}ſ0-9]{0,3}(?i:additional |reporting|writing|editing|compiled|edited|research|graphics|graphic|photos?|video|produced|translated|translation|our standards|mitarbeit|redaktion|bearbeitung|avec|con|com|[a-zſ\u{212a}]{2})[ :]{0,2}by [A-Z\u{212a}][a-z]{0,3}"
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
                (
                    "Reporting by Rodrigo Campos; additional reporting by Stephanie Kelly, Saqib Iqbal Ahmed and Gertrude Chavez-Dreyfuss; Editing by Nick Zieminski and Dan Grebler",
                    Drop,
                ),
                ("Reporting by Jane Doe in London and Tom Smith in Paris; Editing by Diane Craft.", Drop),
                ("Mitarbeit: Anna Schmidt, Jens Müller", Drop),
                ("(avec AFP)", Drop),
                ("con información de AP y EFE", Drop),
                ("Redaktion Goodnight.at", Drop),
                // The names run on into a sentence: prose, not a credit.
                ("Research by Oxford Economics shows the tariffs could cost households about $1,200 a year.", Pass),
                ("Produced by Netflix, the series became the most-watched show of the year.", Pass),
                ("Avec Emmanuel Macron, une nouvelle donne", Pass),
                ("Redaktion Berlin übernimmt ab Montag die Planung", Pass),
                (
                    "Reporting by Michelle Nichols at the United Nations and Jane Doe in Washington; additional reporting by Tom Smith in Geneva; Editing by Leslie Adler and Alex Richardson.",
                    Drop,
                ),
                ("Reporting by Jane Doe from Kyiv and the Reuters Kyiv team; Editing by Tom Smith", Drop),
                ("Reporting by Jane Doe with Tom Smith; Graphic by Bill Jones.", Drop),
            ],
        );
    }
}
