//! `photo-credit`: photo captions and credit lines.
//!
//! What it removes: a line that is a picture credit ("Photo: AP",
//! "(Reuters)"), or a caption that ends in one ("… / Reuters",
//! "… REUTERS/Jane Doe", "… Credit... Name/Outlet", "… (Photo: AFP)").
//! Why: captions describe a picture the text no longer has, and often repeat
//! a body sentence word for word; credits are never article text.
//! A dateline such as "WASHINGTON (Reuters) - …" opens a body paragraph and
//! is kept: the agency must end the line, or be all of it.
//! Example: `"…," the statement said. / Reuters`, `Photo: AP`, `Foto: dpa`.

use super::{Context, Lazy, Rule, RuleVerdict};
use regex::{Regex, RegexSet};

/// The patterns in three groups, each asked only when the line has what
/// every pattern of the group needs (exact prefilters: a line they skip
/// cannot match), since nearly every line reaches this rule.
pub(crate) struct PhotoCredit {
    /// The line is an agency name and punctuation: asked only when the line
    /// has no more letters than the longest agency name.
    whole_agency: Lazy<Regex>,
    max_agency_letters: usize,
    /// Label and separator: asked only when the line has `:`, `©`, `…`,
    /// `...` or "by" and does not end in `.`, `!` or `?`.
    separated: Lazy<RegexSet>,
    /// An agency at the end after `/`, `|`, `©` or `-`: asked only when the
    /// line has one of those and ends in a letter (or a letter and `)`).
    after_separator: Lazy<Regex>,
    /// "REUTERS/Name": asked only when the line has an agency and `/`.
    wire_slash: Lazy<Regex>,
    /// A credit in parentheses at the end: asked only when the line ends in `)`.
    in_parentheses: Lazy<Regex>,
}

/// Picture agencies and stock libraries, as credits name them.
const AGENCIES: &str = r"(?:reuters|ap|ap photo|afp|afp via getty images|getty|getty images|epa|epa-efe|dpa|anadolu|anadolu agency|aa|efe|ansa|xinhua|pa|pa wire|pa images|pa media|shutterstock|istock|istockphoto|imago|imago images|picture alliance|picture-alliance|sipa|bloomberg|keystone|tass|ria novosti|sputnik|kyodo|yonhap|alamy|unsplash|file photo|handout|ips|nurphoto|zuma|abaca)";

impl PhotoCredit {
    pub(crate) fn new() -> PhotoCredit {
        let label = r"(?:photo|photos|photograph|photography|image|images|picture|pic|foto|fotos|bild|bilder|fotografia|zdjęcie|fot|фото|credit|credits|crédit|crédit photo|photo credit|image credit|image source|bildquelle|quelle|illustration|video|grafik|graphic)";
        // The whole line is a credit: "(Reuters)". Every letter of a match
        // is a letter of the agency name (`\W` and parentheses have none).
        let whole_agency = super::regex(&format!(r"(?i)^\W*\(?{AGENCIES}\)?\W*$"));
        let max_agency_letters = AGENCIES
            .trim_start_matches("(?:")
            .trim_end_matches(')')
            .split('|')
            .map(|a| a.chars().filter(|c| c.is_alphabetic()).count())
            .max()
            .unwrap_or(0);
        let separated = super::regex_set([
            // The whole line is a credit: "Photo: AP", "Foto: dpa", "© AP".
            format!(r"(?i)^\W*{label}\s*(?::|©|by|\.\.\.|…)\s*[^.!?]+$"),
            r"(?i)^\W*©\s*[^.!?]+$".to_owned(),
            // A caption ending in a labelled credit.
            format!(r"(?i)(?:^|\s|\()(?:{label})\s*(?::|©|\.\.\.|…|by)\s*[^.!?:]+\)?\s*$"),
        ]);
        // A caption ending in a credit.
        let after_separator =
            super::regex(&format!(r"(?i)\s(?:/|\||©|-)\s*(?:[\p{{L}}.'’-]+\s){{0,3}}{AGENCIES}\s*\)?\s*$"));
        // `(?:^|\W)` rather than `\b`: the same lines match (the agency
        // starts with a word character), and a Unicode `\b` makes the lazy
        // DFA give up on non-ASCII text and fall back to the far slower PikeVM.
        let wire_slash = super::regex(&format!(
            r"(?:^|\W)(?:{})/\p{{Lu}}[\p{{L}}.'’-]+(?:\s\p{{Lu}}[\p{{L}}.'’-]+){{0,3}}\s*(?:/\s*File(?: Photo)?)?\s*$",
            WIRE_AGENCIES.join("|")
        ));
        let in_parentheses = super::regex(&format!(r"(?i)\((?:{AGENCIES}|{label}[^)]*)\)\s*$"));
        PhotoCredit { whole_agency, max_agency_letters, separated, after_separator, wire_slash, in_parentheses }
    }

    fn is_credit(&self, text: &str, letters: usize) -> bool {
        // `\s*$` ends most patterns; what comes before it decides. Each
        // group's test of the line's end comes before its scan of the line:
        // nearly every line reaches this rule, and most end in `.`.
        let end = text.trim_end();
        (letters <= self.max_agency_letters && self.whole_agency.is_match(text))
            || (!text.ends_with(['.', '!', '?']) && has_separator(text) && self.separated.is_match(text))
            || (end.strip_suffix(')').unwrap_or(end).trim_end().ends_with(char::is_alphabetic)
                && text.contains(['/', '|', '©', '-'])
                && self.after_separator.is_match(text))
            || (text.match_indices('/').any(|(i, _)| WIRE_AGENCIES.iter().any(|a| text[..i].ends_with(a)))
                && self.wire_slash.is_match(text))
            || (end.ends_with(')') && self.in_parentheses.is_match(text))
    }
}

/// Agencies that credit as "REUTERS/Jane Doe", matched case-sensitively.
const WIRE_AGENCIES: [&str; 6] = ["REUTERS", "AFP", "AP", "EPA", "ANADOLU", "XINHUA"];

/// The line has one of the separators a labelled credit needs: `:`, `©`,
/// `…`, `...` or "by" in any case (no other character folds to b or y).
fn has_separator(text: &str) -> bool {
    text.contains([':', '©', '…'])
        || text.contains("...")
        || text.as_bytes().windows(2).any(|w| w[0] | 0x20 == b'b' && w[1] | 0x20 == b'y')
}

impl Rule for PhotoCredit {
    fn name(&self) -> &'static str {
        "photo-credit"
    }
    fn doc(&self) -> &'static str {
        "Removes picture credits and captions that end in one. Captions describe a picture the text \
         no longer has and often repeat a body sentence. A dateline such as `WASHINGTON (Reuters) -` \
         is kept. Example: `\"…,\" the statement said. / Reuters`, `Photo: AP`."
    }
    fn classify(&self, ctx: &Context<'_>) -> Option<RuleVerdict> {
        let block = ctx.block();
        (block.features.words <= 80 && self.is_credit(block.text, block.features.letters)).then_some(RuleVerdict::Drop)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{check, Expect::*};

    #[test]
    fn table() {
        check(
            &PhotoCredit::new(),
            &[
                ("\"The two leaders discussed a range of matters,\" the statement said. / Reuters", Drop),
                ("Photo: AP", Drop),
                ("(Reuters)", Drop),
                ("Foto: dpa", Drop),
                (
                    "Senator Laura Kimbrell speaks to reporters in Washington, March 3, 2025. REUTERS/Elena Vasquez",
                    Drop,
                ),
                ("Trump asked voters in Louisiana for a big win. Credit... Doug Mills/The New York Times", Drop),
                ("Firefighters battle the blaze near Bordeaux. (Photo: AFP)", Drop),
                ("Crowds gather in the square on Sunday. Photograph: Jane Doe/Getty Images", Drop),
                ("© Anadolu Agency", Drop),
                ("WASHINGTON (Reuters) - A Senate committee on Monday advanced a bipartisan bill.", Pass),
                ("\"We will not stop,\" she said.", Pass),
                ("The photo showed the minister leaving the building.", Pass),
                ("He spoke to the AP about the case.", Pass),
            ],
        );
    }
}
