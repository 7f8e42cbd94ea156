//! `post-meta`: a blog post's filing line.
//!
//! What it removes: the line a blog theme sets under each post to say
//! where it is filed and how it is tagged ("This entry was posted in News.
//! Bookmark the permalink.", "Dieser Eintrag wurde veröffentlicht in Politik
//! und verschlagwortet mit …", "Filed under: Baby, Nurseries"), in the
//! common languages; and a metadata label alone on its line ("Publish
//! date:", "Author:", "Related Tags:").
//! Why: the theme writes it under every post; it lists categories and tags,
//! and reads as a sentence, so it passes as prose. A label alone is a short
//! line that ends in a colon, which passes between two paragraphs.
//! Example: `This entry was posted in politics, culture. Bookmark the permalink.`

use super::{start, whole, within, Phrase, PhraseRule, RuleVerdict};

const PHRASES: &[Phrase] = &[
    within("this entry was posted in", 80),
    within("bookmark the permalink", 80),
    within("dieser eintrag wurde veröffentlicht", 80),
    within("dieser beitrag wurde veröffentlicht", 80),
    start("dieser beitrag wurde unter", 80),
    start("dieser eintrag wurde unter", 80),
    within("lesezeichen auf den permalink", 80),
    within("verschlagwortet mit", 60),
    within("getaggt mit", 60),
    start("filed under", 30),
    start("abgelegt unter", 30),
    start("tagged with", 30),
    start("posted in:", 30),
    start("veröffentlicht in", 12),
    within("cet article a été publié dans", 80),
    within("esta entrada fue publicada en", 80),
    // A label alone on its line, its value on the next (a date the date
    // rule reads) or gone: "Publish date:", "Author:", "Related Tags:".
    // Not the labels an event's or a product's details have as well
    // ("Date:", "Category:"), whose values stay.
    // A By-word over a name is the byline rule's, which is asked first.
    whole("publish date"),
    whole("publication date"),
    whole("published"),
    whole("published on"),
    whole("posted"),
    whole("posted on"),
    whole("posted by"),
    whole("written by"),
    whole("author"),
    whole("authors"),
    whole("last updated"),
    whole("related tags"),
    whole("veröffentlicht"),
    whole("veröffentlicht am"),
    whole("aktualisiert"),
    whole("autor"),
    whole("autorin"),
    whole("auteur"),
    whole("publié le"),
    whole("publicado"),
    whole("publicado el"),
    whole("autore"),
];

/// The rule, as the registry lists it.
pub(crate) const RULE: PhraseRule = PhraseRule {
    name: "post-meta",
    doc: "Removes a blog post's filing line (This entry was posted in …, Bookmark the permalink, \
         Dieser Eintrag wurde veröffentlicht in … und verschlagwortet mit …, Filed under: …): the \
         theme writes it under every post and it reads as a sentence. Example: `This entry was \
         posted in politics, culture. Bookmark the permalink.`",
    phrases: PHRASES,
    verdict: RuleVerdict::Drop,
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{check, Expect::*};

    #[test]
    fn table() {
        check(
            &RULE,
            &[
                ("This entry was posted in bunt gemischt, freie kultur, politik. Bookmark the permalink.", Drop),
                ("Dieser Eintrag wurde veröffentlicht in Innovation und verschlagwortet mit David Brier, Steve Jobs.", Drop),
                ("Dieser Beitrag wurde unter Schulleben abgelegt und mit aktiv lernen verschlagwortet.", Drop),
                ("Filed Under: Baby, Baby Nurseries, Popular Posts", Drop),
                ("Abgelegt unter: Lesenswert, Literatur, Medienwandel", Drop),
                ("Veröffentlicht in Aktuelle Meldungen", Drop),
                ("Getaggt mit Beschneidung, Genitalverstümmelung", Drop),
                // Prose that uses the words is the article's.
                ("Die Studie wurde im Januar veröffentlicht in einer Fachzeitschrift, die sonst kaum jemand liest, und sorgte trotzdem für Aufsehen.", Pass),
                ("The report was filed under seal last week, the lawyers said.", Pass),
                ("Publish date:", Drop),
                ("Author:", Drop),
                ("Related Tags:", Drop),
                ("Published", Drop),
                ("Veröffentlicht am:", Drop),
                ("The report was published on Monday.", Pass),
                ("Date:", Pass),
                ("Author: Jane Doe is a reporter on the climate desk.", Pass),
            ],
        );
    }
}
