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

use super::{Context, Rule, RuleVerdict};
use regex::RegexSet;

pub(crate) struct PhotoCredit {
    patterns: RegexSet,
}

/// Picture agencies and stock libraries, as credits name them.
const AGENCIES: &str = r"(?:reuters|ap|ap photo|afp|afp via getty images|getty|getty images|epa|epa-efe|dpa|anadolu|anadolu agency|aa|efe|ansa|xinhua|pa|pa wire|pa images|pa media|shutterstock|istock|istockphoto|imago|imago images|picture alliance|picture-alliance|sipa|bloomberg|keystone|tass|ria novosti|sputnik|kyodo|yonhap|alamy|unsplash|file photo|handout|ips|nurphoto|zuma|abaca)";

impl PhotoCredit {
    pub(crate) fn new() -> PhotoCredit {
        let label = r"(?:photo|photos|photograph|photography|image|images|picture|pic|foto|fotos|bild|bilder|fotografia|zdjęcie|fot|фото|credit|credits|crédit|crédit photo|photo credit|image credit|image source|bildquelle|quelle|illustration|video|grafik|graphic)";
        let patterns = super::regex_set([
            // The whole line is a credit: "Photo: AP", "Foto: dpa", "(Reuters)".
            format!(r"(?i)^\W*{label}\s*(?::|©|by|\.\.\.|…)\s*[^.!?]+$"),
            format!(r"(?i)^\W*\(?{AGENCIES}\)?\W*$"),
            r"(?i)^\W*©\s*[^.!?]+$".to_owned(),
            // A caption ending in a credit.
            format!(r"(?i)\s(?:/|\||©|-)\s*(?:[\p{{L}}.'’-]+\s){{0,3}}{AGENCIES}\s*\)?\s*$"),
            format!(r"(?i)(?:^|\s|\()(?:{label})\s*(?::|©|\.\.\.|…|by)\s*[^.!?:]+\)?\s*$"),
            // `(?:^|\W)` rather than `\b`: the same lines match (the agency
            // starts with a word character), and a Unicode `\b` makes the
            // lazy DFA give up on non-ASCII text and fall back to the far
            // slower PikeVM for the whole set.
            r"(?:^|\W)(?:REUTERS|AFP|AP|EPA|ANADOLU|XINHUA)/\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){0,3}\s*(?:/\s*File(?: Photo)?)?\s*$".to_owned(),
            format!(r"(?i)\((?:{AGENCIES}|{label}[^)]*)\)\s*$"),
        ]);
        PhotoCredit { patterns }
    }
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
        (block.features.words <= 80 && self.patterns.is_match(&block.text)).then_some(RuleVerdict::Drop)
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
