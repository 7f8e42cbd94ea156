//! `call-to-action`: appeals to the reader that are not the article.
//!
//! What it removes: short lines that ask the reader to follow the outlet,
//! install its app, join its channel, rate or recommend the piece, support
//! the site, or view a picture, in the common languages; and the legal
//! boilerplate of blogs (link disclaimers, licence notices).
//! Why: sites append them to every article; they address the reader about
//! the site, not about the story.
//! Example: `Follow The Gleaner on Twitter and Instagram`, `Empfiehl dies deinen Freunden.`, `Artikel bewerten`.

use super::{whole, within, Phrase, PhraseRule, RuleVerdict};

const PHRASES: &[Phrase] = &[
    within("follow us", 30),
    within("follow the", 12),
    within("on twitter and", 30),
    within("on facebook and", 30),
    within("download the app", 30),
    within("download our app", 30),
    within("apps for ios and android", 40),
    within("app store and google play", 40),
    within("telegram channel", 30),
    within("youtube channel", 30),
    within("letter to the editor", 30),
    within("letters to the editor", 30),
    within("support our journalism", 40),
    within("support us", 6),
    within("become a member", 20),
    within("donate now", 20),
    within("rate this article", 12),
    within("share your thoughts", 20),
    within("what do you think", 10),
    within("instant access to", 20),
    within("recommend this article", 15),
    within("tell us what you think", 20),
    within("click here to", 20),
    within("want more stories like this", 12),
    within("links to external websites", 60),
    within("creative commons", 40),
    within("folgen sie uns", 30),
    within("folge uns", 30),
    within("empfiehl dies", 15),
    within("empfehlen sie", 15),
    within("artikel bewerten", 10),
    within("zurück zur übersicht", 10),
    within("bild anzeigen", 8),
    within("bild schließen", 8),
    within("kommentar verfassen", 10),
    within("sie wollen mehr", 10),
    within("neugierig geworden", 15),
    within("unterstütze", 20),
    within("unterstützen sie", 30),
    within("was denkst du", 10),
    within("was meinen sie", 10),
    within("haftung für die inhalte", 60),
    within("keine haftung", 40),
    within("externe links", 40),
    within("jetzt spenden", 20),
    within("suivez-nous", 30),
    within("téléchargez l'application", 30),
    within("soutenez", 30),
    within("síguenos", 30),
    within("únete", 30),
    within("descarga la app", 30),
    within("para comentar", 20),
    within("nuestro canal", 30),
    within("siga-nos", 30),
    within("baixe o app", 30),
    within("seguici", 30),
    within("obserwuj nas", 30),
    within("pobierz aplikację", 30),
    within("подписывайтесь на", 30),
    whole("print this article"),
    whole("back to overview"),
    whole("zur übersicht"),
    whole("zurück"),
];

/// The rule, as the registry lists it.
pub(crate) const RULE: PhraseRule = PhraseRule {
    name: "call-to-action",
    doc: "Removes short appeals to the reader about the site (follow us, get the app, join our \
         channel, rate or recommend this, support us) and blog legal boilerplate. Sites append them \
         to every article. Example: `Follow The Gleaner on Twitter and Instagram`, \
         `Empfiehl dies deinen Freunden.`",
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
                ("Follow The Gleaner on Twitter and Instagram @JamaicaGleaner.", Drop),
                ("For the latest stories download the Nationnews apps for iOS and Android.", Drop),
                ("Empfiehl dies deinen Freunden.", Drop),
                ("Artikel bewerten", Drop),
                ("Neugierig geworden? Dann mach doch gleich mit diesen Rezepten weiter:", Drop),
                ("¿Ya sabías que tenemos canal de Telegram? Únete desde tu celular.", Drop),
                ("Suivez-nous sur Facebook", Drop),
                ("Police said they would follow the suspects' trail into the hills north of the city for as long as it took, and asked residents to stay indoors.", Pass),
                ("The ministry said it would support us and other families affected by the floods.", Pass),
                ("Supporters of the bill say it closes a loophole.", Pass),
                ("Readers who subscribe to the paper get a discount on the new app.", Pass),
                ("Subscribe to the plan, she told members.", Pass),
            ],
        );
    }
}
