//! `cookie-notice`: cookie and consent banners.
//!
//! What it removes: the banner's text and its buttons, in the common
//! languages, and the consent placeholder of an embedded post or map
//! ("Klicken Sie auf den Button, um den Inhalt von … zu laden").
//! Why: every page of a site carries the same banner; it is never article text.
//! Example: `We use cookies to improve your experience on our site.`, `Accept all`, `Wir verwenden Cookies`.

use super::{whole, within, Phrase, PhraseRule, RuleVerdict};

const PHRASES: &[Phrase] = &[
    within("we use cookies", 80),
    within("this site uses cookies", 80),
    within("this website uses cookies", 80),
    within("uses cookies", 60),
    within("use of cookies", 60),
    within("use cookies", 60),
    within("cookie policy", 60),
    within("cookie settings", 40),
    within("cookie preferences", 40),
    within("accept cookies", 40),
    within("accept all cookies", 40),
    within("manage cookies", 40),
    within("cookie consent", 40),
    within("consent preferences", 40),
    within("privacy settings", 20),
    within("manage consent", 20),
    within("your privacy choices", 20),
    within("do not sell my personal information", 30),
    whole("accept"),
    whole("accept all"),
    whole("reject all"),
    whole("decline"),
    whole("manage preferences"),
    whole("i agree"),
    whole("agree"),
    whole("got it"),
    whole("allow all"),
    whole("necessary only"),
    whole("customize"),
    whole("cookies"),
    within("wir verwenden cookies", 80),
    within("verwendet cookies", 60),
    within("nutzt cookies", 60),
    within("cookie-einstellungen", 40),
    within("cookies zulassen", 40),
    within("datenschutzeinstellungen", 40),
    whole("alle akzeptieren"),
    whole("akzeptieren"),
    whole("ablehnen"),
    whole("einstellungen"),
    whole("alle ablehnen"),
    within("nous utilisons des cookies", 80),
    within("utilise des cookies", 60),
    within("accepter les cookies", 40),
    within("gérer les cookies", 40),
    within("paramétrer les cookies", 40),
    whole("tout accepter"),
    whole("tout refuser"),
    whole("continuer sans accepter"),
    whole("accepter"),
    within("utilizamos cookies", 80),
    within("usamos cookies", 80),
    within("utiliza cookies", 60),
    within("aceptar cookies", 40),
    within("política de cookies", 60),
    whole("aceptar"),
    whole("aceptar todo"),
    within("aceitar cookies", 40),
    whole("aceitar"),
    within("utilizziamo i cookie", 80),
    within("utilizza cookie", 60),
    within("utilizza i cookie", 60),
    whole("accetta"),
    whole("accetta tutti"),
    within("używamy plików cookie", 80),
    within("pliki cookie", 60),
    within("plików cookie", 60),
    whole("akceptuję"),
    within("используем файлы cookie", 80),
    within("файлы cookie", 60),
    within("gebruikt cookies", 60),
    within("maakt gebruik van cookies", 80),
    within("korzystamy z cookies", 80),
    within("plików cookies", 60),
    within("ciasteczek", 40),
    within("cookies verwendet", 60),
    within("cookies setzen", 60),
    within("setzt cookies", 60),
    // The consent placeholder that stands in for an embedded post, map or
    // video until the reader agrees to load it.
    within("externe inhalte angezeigt", 60),
    within("einen externen inhalt", 60),
    within("platzhalterinhalt", 60),
    within("diesen inhalt laden", 20),
    within("alle inhalte laden", 20),
    // With the button it names: "um den Inhalt von" alone is prose.
    within("button, um den inhalt von", 40),
    within("ohne dein einverständnis keine verbindung", 60),
    within("ohne ihr einverständnis keine verbindung", 60),
    within("empfohlener redaktioneller inhalt", 6),
];

/// The rule's name, which the decide stage also reads (a line boxed in
/// by two of the rule's lines goes with them).
pub(crate) const NAME: &str = "cookie-notice";

/// The rule, as the registry lists it.
pub(crate) const RULE: PhraseRule = PhraseRule {
    name: NAME,
    doc: "Removes cookie and consent banners and their buttons: every page of a site carries the same \
         banner and it is never article text. Example: `We use cookies to improve your experience.`, \
         `Accept all`, `Wir verwenden Cookies`.",
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
                ("We use cookies to improve your experience. By continuing you agree to our Cookie Policy.", Drop),
                ("Accept all", Drop),
                ("Manage preferences", Drop),
                ("Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten.", Drop),
                ("Nous utilisons des cookies pour améliorer votre expérience.", Drop),
                ("Utilizamos cookies propias y de terceros.", Drop),
                ("Używamy plików cookie, aby zapewnić najlepszą jakość.", Drop),
                ("Klicken Sie auf den unteren Button, um den Inhalt von www.komoot.de zu laden.", Drop),
                ("Die Parteien streiten seit Wochen um den Inhalt von Paragraf 5.", Pass),
                ("Empfohlener redaktioneller Inhalt", Drop),
                ("Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden.", Drop),
                ("Wir respektieren deine Privatsphäre und stellen deshalb ohne dein Einverständnis keine Verbindung zu Twitter her.", Drop),
                ("The bakery sold 400 cookies before noon, the owner said.", Pass),
                ("Regulators said they would accept all bids submitted before Friday.", Pass),
            ],
        );
    }
}
