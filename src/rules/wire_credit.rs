//! `wire-credit`: reporting and editing credits of wire copy.
//!
//! What it removes: "Reporting by …; Editing by …" sign-offs and the
//! agency's standards line.
//! Why: they credit the staff, they are not the story.
//! Example: `Reporting by Jane Doe; Editing by Howard Kessler`, `(Writing by A; editing by B)`.

use super::{Context, Lazy, Rule, RuleVerdict};
use regex::RegexSet;

pub(crate) struct WireCredit {
    patterns: Lazy<RegexSet>,
}

impl WireCredit {
    pub(crate) fn new() -> WireCredit {
        let patterns = super::regex_set([
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
        (block.features.words <= 40 && self.patterns.is_match(block.text)).then_some(RuleVerdict::Drop)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{check, Expect::*};

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
