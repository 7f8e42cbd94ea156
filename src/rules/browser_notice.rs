//! `browser-notice`: what a page tells a browser that lacks something.
//!
//! What it removes: a notice that JavaScript is off or needed, that the
//! browser is out of date, or that an ad blocker should be turned off, in
//! the common languages.
//! Why: the page prints it for browsers that run no scripts, which is what
//! a scraper is; it is never the article, and as a full sentence near the
//! top it can draw the article's span up to it.
//! Example: `Please enable JavaScript to view the comments powered by Disqus.`,
//! `JavaScript ist deaktiviert.`, `This slideshow requires JavaScript.`

use super::{start, within, Phrase, PhraseRule, RuleVerdict};

/// A notice addresses the reader ("please enable …", "you need to
/// enable …", "bitte … aktivieren"); the longest seen is about 40 words
/// ("… Für eine bessere Darstellung aktiviere bitte JavaScript in deinem
/// Browser, bevor du fortfährst."). News about browsers says "enable
/// JavaScript" or "Werbeblocker" in sentences of its own, which do not
/// address the reader.
const MAX_WORDS: usize = 45;

/// A notice that only states the lack ("This slideshow requires
/// JavaScript.", "JavaScript ist deaktiviert.") is a short line; a
/// sentence of news says more ("The feature requires JavaScript and a
/// recent version of Chrome, …").
const MAX_STATEMENT_WORDS: usize = 6;

const PHRASES: &[Phrase] = &[
    // Addressing the reader.
    within("please enable javascript", MAX_WORDS),
    within("please turn on javascript", MAX_WORDS),
    within("please activate javascript", MAX_WORDS),
    within("you need to enable javascript", MAX_WORDS),
    within("you must enable javascript", MAX_WORDS),
    within("you must have javascript enabled", MAX_WORDS),
    within("you need javascript enabled", MAX_WORDS),
    within("your browser needs javascript", MAX_WORDS),
    within("please update your browser", MAX_WORDS),
    within("please upgrade your browser", MAX_WORDS),
    within("please disable your ad blocker", MAX_WORDS),
    within("please turn off your ad blocker", MAX_WORDS),
    within("please disable your adblocker", MAX_WORDS),
    // Stating the lack, on a short line.
    within("requires javascript", MAX_STATEMENT_WORDS),
    within("javascript is required", MAX_STATEMENT_WORDS),
    within("javascript is disabled", MAX_STATEMENT_WORDS),
    within("does not support javascript", MAX_STATEMENT_WORDS),
    within("your browser is out of date", MAX_STATEMENT_WORDS),
    within("ad blocker detected", MAX_STATEMENT_WORDS),
    // A video player's, which names what it cannot play: "Media playback
    // is unsupported on your device" (two words more than a statement).
    within("unsupported on your device", MAX_STATEMENT_WORDS + 2),
    within("not supported on your device", MAX_STATEMENT_WORDS + 2),
    within("not supported by your browser", MAX_STATEMENT_WORDS + 2),
    within("javascript deaktiviert", MAX_STATEMENT_WORDS),
    within("javascript ist deaktiviert", MAX_STATEMENT_WORDS),
    within("javascript est désactivé", MAX_STATEMENT_WORDS),
    within("javascript está desactivado", MAX_STATEMENT_WORDS),
    within("javascript está deshabilitado", MAX_STATEMENT_WORDS),
    within("javascript è disabilitato", MAX_STATEMENT_WORDS),
    // de: "bitte" anywhere; the polite "Sie" and the imperative only at
    // the line's start, since "sie haben …", "aktivieren sie …" and
    // "in ihrem Browser" also tell what others did.
    within("bitte javascript", MAX_WORDS),
    within("bitte schalten sie javascript", MAX_WORDS),
    within("aktivieren sie bitte javascript", MAX_WORDS),
    within("aktiviere bitte javascript", MAX_WORDS),
    within("bitte aktivieren sie javascript", MAX_WORDS),
    within("bitte schalte deinen adblocker", MAX_WORDS),
    within("zur anzeige muss javascript eingeschaltet sein", MAX_WORDS),
    start("aktivieren sie javascript", MAX_WORDS),
    start("schalten sie javascript", MAX_WORDS),
    start("sie haben javascript", MAX_WORDS),
    start("sie müssen javascript", MAX_WORDS),
    start("du hast in deinem browser javascript", MAX_WORDS),
    start("achtung! du hast in deinem browser javascript", MAX_WORDS),
    start("javascript scheint in ihrem browser deaktiviert", MAX_WORDS),
    start("um unser angebot in vollem umfang nutzen zu können, müssen sie javascript", MAX_WORDS),
    start("deaktiviere deinen adblocker", MAX_WORDS),
    start("deaktivieren sie ihren adblocker", MAX_WORDS),
    // fr, es, pt, it, pl: the imperative, at the line's start (the same
    // words tell what a browser does: "Google activa JavaScript …").
    start("veuillez activer javascript", MAX_WORDS),
    start("activez javascript", MAX_WORDS),
    start("por favor, habilita javascript", MAX_WORDS),
    start("por favor habilita javascript", MAX_WORDS),
    start("activa javascript", MAX_WORDS),
    start("habilite o javascript", MAX_WORDS),
    start("ative o javascript", MAX_WORDS),
    start("abilita javascript", MAX_WORDS),
    start("włącz javascript", MAX_WORDS),
];

/// The rule, as the registry lists it.
pub(crate) const RULE: PhraseRule = PhraseRule {
    name: "browser-notice",
    doc: "Removes what a page tells a browser that lacks something: JavaScript is off or needed, the \
         browser is out of date, the ad blocker should be turned off. Pages print it for browsers that \
         run no scripts, as a scraper is. Example: `Please enable JavaScript to view the comments \
         powered by Disqus.`, `JavaScript ist deaktiviert.`",
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
                ("This slideshow requires JavaScript.", Drop),
                ("Media playback is unsupported on your device", Drop),
                ("This video is not supported by your browser.", Drop),
                ("Apple said the feature is not supported on your device if it is older than five years.", Pass),
                ("Please enable JavaScript to view the comments powered by Disqus.", Drop),
                ("You need to enable JavaScript to run this app.", Drop),
                ("JavaScript is disabled. For a better experience, please enable JavaScript in your browser.", Drop),
                ("Your browser does not support javascript", Drop),
                ("Bitte schalten sie Javascript ein, um das einwandfreie Funktionieren der Webseite zu gewährleisten.", Drop),
                ("JavaScript scheint in Ihrem Browser deaktiviert zu sein.", Drop),
                ("Bitte Javascript einschalten um Kommentare anzuzeigen.", Drop),
                ("JavaScript ist deaktiviert.", Drop),
                ("Bitte schalte deinen Adblocker für diese Seite aus, um diesen Artikel zu lesen.", Drop),
                ("Your browser is out of date.", Drop),
                ("Please update your browser to view this site.", Drop),
                ("Veuillez activer JavaScript pour afficher ce contenu.", Drop),
                // News about JavaScript, browsers and ad blockers.
                ("JavaScript", Pass),
                ("HTML, CSS, Javascript", Pass),
                ("JavaScript was written in ten days in 1995 and now runs on nearly every web page.", Pass),
                ("Security experts say the best defence is simple: update your browser as soon as a patch is released.", Pass),
                ("Deno was built to support JavaScript and TypeScript out of the box without extra configuration.", Pass),
                ("Firefox 120 ships with a new option to enable JavaScript only on sites that you trust.", Pass),
                ("The feature requires JavaScript and a recent version of Chrome, and it will roll out next month.", Pass),
                ("Internet Explorer is now an unsupported browser, and companies that still rely on it face risks.", Pass),
                ("Apple's Safari is now the only major browser that does not support JavaScript features such as decorators.", Pass),
                ("Der Bundesgerichtshof hat entschieden, dass Werbeblocker wie Adblock Plus legal sind.", Pass),
                ("Immer mehr Menschen nutzen einen Werbeblocker, was Verlage vor große Probleme stellt.", Pass),
                ("Netscape führte 1995 JavaScript ein, das heute auf fast jeder Website läuft.", Pass),
                ("Ohne JavaScript funktionieren heute die meisten Websites nicht mehr, sagen Experten des BSI.", Pass),
                ("Le navigateur permet d'activer JavaScript site par site, une option réclamée par les utilisateurs.", Pass),
                ("Viele Nutzer haben JavaScript in ihrem Browser deaktiviert, wie eine Studie des BSI zeigt.", Pass),
                ("Die Entwickler sagen, sie haben JavaScript aus der App vollständig entfernt.", Pass),
                ("Google activa JavaScript por defecto en la nueva versión de Chrome para Android.", Pass),
                ("La nuova versione di Firefox abilita JavaScript solo sui siti attendibili.", Pass),
                ("Sie haben Javascript für Ihren Browser deaktiviert.", Drop),
                ("Um unser Angebot in vollem Umfang nutzen zu können, müssen Sie JavaScript in Ihrem Browser aktivieren.", Drop),
                ("Activa JavaScript para ver este contenido.", Drop),
            ],
        );
    }
}
