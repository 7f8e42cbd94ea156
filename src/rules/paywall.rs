//! `paywall`: subscription walls and their prompts.
//!
//! What it removes: "subscribe to continue reading", "already a
//! subscriber?", trial offers, the print edition's and e-paper's pitch
//! ("im Abo, als e-Paper"), and the ad-blocker wall ("please disable
//! your ad blocker"), in the common languages.
//! Why: the prompt replaces the article's hidden part; it is not text of it.
//! Example: `Subscribe to continue reading`, `Abonnez-vous pour lire la suite`, `Bereits Abonnent?`.

use super::{whole, within, Phrase, PhraseRule, RuleVerdict};

const PHRASES: &[Phrase] = &[
    within("subscribe to continue", 40),
    within("subscribe to read", 40),
    within("subscribers only", 30),
    within("for subscribers", 30),
    within("already a subscriber", 30),
    within("already have an account", 30),
    within("to continue reading", 30),
    within("log in to continue", 30),
    within("sign in to continue", 30),
    within("become a subscriber", 30),
    within("subscribe now", 20),
    within("unlock this article", 30),
    within("start your free trial", 30),
    within("free trial", 20),
    within("exclusive to subscribers", 30),
    within("you have reached your limit", 40),
    within("free articles", 30),
    within("subscription", 12),
    within("premium content", 20),
    within("this content is for", 30),
    within("create a free account", 30),
    whole("continue reading"),
    whole("keep reading"),
    whole("read the full article"),
    whole("read full article"),
    whole("read full story"),
    whole("read the full story"),
    whole("premium"),
    whole("plus"),
    within("jetzt weiterlesen", 30),
    within("nur für abonnenten", 30),
    within("bereits abonnent", 30),
    within("abo abschließen", 30),
    within("jetzt abonnieren", 30),
    within("plus-artikel", 20),
    within("zugang zu allen", 30),
    within("pour lire la suite", 40),
    within("réservé aux abonnés", 40),
    within("déjà abonné", 30),
    within("abonnez-vous", 25),
    within("exclusivo para suscriptores", 40),
    within("ya eres suscriptor", 30),
    within("para seguir leyendo", 40),
    within("exclusivo para assinantes", 40),
    within("já é assinante", 30),
    within("riservato agli abbonati", 40),
    within("sei già abbonato", 30),
    within("tylko dla subskrybentów", 40),
    within("wykup dostęp", 30),
    within("dostęp premium", 30),
    // The ad-blocker wall: the page asks to be let show its ads before it
    // shows the article. Phrased as a request to the reader, not as the
    // bare word, which articles about ad blockers use.
    within("your ad blocker", 60),
    within("your adblocker", 60),
    within("using an ad blocker", 60),
    within("using an adblocker", 60),
    within("ad blocking software", 60),
    within("sie einen adblocker", 60),
    within("du einen adblocker", 60),
    within("ihren adblocker", 60),
    within("deinen adblocker", 60),
    within("usando un bloqueador de anuncios", 60),
    within("tu bloqueador de anuncios", 60),
    within("votre bloqueur de publicité", 60),
    within("только для подписчиков", 40),
    within("оформите подписку", 30),
    within("to view the full story", 30),
    within("please subscribe", 30),
    within("bitte registrieren", 30),
    // The print edition's and the e-paper's sales pitch under an article.
    // Not "im Abo" nor "jetzt auch digital": articles say both ("das
    // Ticket gibt es nur im Abo").
    within("e-paper", 35),
    within("einzelheft", 40),
    within("stammt aus ausgabe", 40),
    within("vorteile sichern", 15),
    within("wählen sie ihren zugang", 20),
    within("subscription will auto renew", 30),
];

/// The rule, as the registry lists it.
pub(crate) const RULE: PhraseRule = PhraseRule {
    name: "paywall",
    doc: "Removes subscription walls, ad-blocker walls and their prompts: the prompt stands in for the hidden part of \
         the article and is not text of it. Example: `Subscribe to continue reading`, \
         `Abonnez-vous pour lire la suite`.",
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
                ("Die aktuelle Ausgabe jetzt an jedem Bahnhofskiosk, im Abo, als e-Paper und bei Readly erhältlich.", Drop),
                ("Das Deutschlandticket gibt es nur im Abo.", Pass),
                ("Die Stadtbibliothek ist jetzt auch digital erreichbar.", Pass),
                ("Lesen Sie das Magazin digital in der App oder bestellen Sie es im Shop als Abo oder Einzelheft:", Drop),
                ("Dieser Beitrag stammt aus Ausgabe 7/2019 der Technology Review. Das Heft ist ab 20.06.2019 im Handel.", Drop),
                ("Wählen Sie Ihren Zugang und lesen Sie weiter:", Drop),
                ("Immediate online access to all issues from 2019. Subscription will auto renew annually.", Drop),
                ("Subscribe to continue reading", Drop),
                ("Already a subscriber? Log in", Drop),
                ("Abonnez-vous pour lire la suite", Drop),
                ("Bereits Abonnent? Hier anmelden", Drop),
                ("Continue reading", Drop),
                ("Ya eres suscriptor? Inicia sesión", Drop),
                ("Slate relies on advertising to support our journalism. If you value our work, please disable your ad blocker.", Drop),
                ("Wir freuen uns, dass Sie Cicero Online lesen. Leider benutzen Sie einen Adblocker.", Drop),
                ("Bitte schalte deinen Adblocker für diese Seite aus, um diesen Artikel zu lesen.", Drop),
                ("Creemos que estás usando un bloqueador de anuncios y queremos decirte que la publicidad nos financia.", Drop),
                ("Firefox ist einer der wenigen Browser unter Android, in dem ein AdBlocker funktioniert.", Pass),
                ("The paper said its subscription revenue rose 12 percent last year, driven by digital sales of its weekend edition and its cooking app.", Pass),
                ("She said they would continue reading the names until midnight.", Pass),
            ],
        );
    }
}
