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

use super::{whole, within, Phrase, PhraseRule, RuleVerdict};

/// The longest notice seen is about 40 words ("… Für eine bessere
/// Darstellung aktiviere bitte JavaScript in deinem Browser, bevor du
/// fortfährst."); a longer line is prose about JavaScript.
const MAX_WORDS: usize = 45;

const PHRASES: &[Phrase] = &[
    whole("javascript"),
    within("enable javascript", MAX_WORDS),
    within("javascript enabled", MAX_WORDS),
    within("javascript is required", MAX_WORDS),
    within("javascript is disabled", MAX_WORDS),
    within("javascript is turned off", MAX_WORDS),
    within("requires javascript", MAX_WORDS),
    within("needs javascript", MAX_WORDS),
    within("support javascript", MAX_WORDS),
    within("javascript must be enabled", MAX_WORDS),
    within("turn on javascript", MAX_WORDS),
    within("activate javascript", MAX_WORDS),
    within("update your browser", MAX_WORDS),
    within("upgrade your browser", MAX_WORDS),
    within("your browser is out of date", MAX_WORDS),
    within("outdated browser", MAX_WORDS),
    within("unsupported browser", MAX_WORDS),
    within("browser is not supported", MAX_WORDS),
    within("disable your ad blocker", MAX_WORDS),
    within("turn off your ad blocker", MAX_WORDS),
    within("disable your adblocker", MAX_WORDS),
    within("ad blocker detected", MAX_WORDS),
    // de
    within("javascript deaktiviert", MAX_WORDS),
    within("javascript aktivieren", MAX_WORDS),
    within("javascript einschalten", MAX_WORDS),
    within("javascript eingeschaltet", MAX_WORDS),
    within("javascript ein,", MAX_WORDS),
    within("aktivieren sie javascript", MAX_WORDS),
    within("aktiviere javascript", MAX_WORDS),
    within("aktiviere bitte javascript", MAX_WORDS),
    within("aktivieren sie bitte javascript", MAX_WORDS),
    within("benötigt javascript", MAX_WORDS),
    within("javascript in ihrem browser", MAX_WORDS),
    within("javascript in deinem browser", MAX_WORDS),
    within("in ihrem browser deaktiviert", MAX_WORDS),
    within("in deinem browser deaktiviert", MAX_WORDS),
    within("ohne javascript", MAX_WORDS),
    within("deinen adblocker", MAX_WORDS),
    within("ihren adblocker", MAX_WORDS),
    within("werbeblocker", MAX_WORDS),
    // fr, es, pt, it, pl
    within("activer javascript", MAX_WORDS),
    within("activez javascript", MAX_WORDS),
    within("javascript est désactivé", MAX_WORDS),
    within("activa javascript", MAX_WORDS),
    within("habilita javascript", MAX_WORDS),
    within("habilitar javascript", MAX_WORDS),
    within("javascript está desactivado", MAX_WORDS),
    within("javascript está deshabilitado", MAX_WORDS),
    within("ative o javascript", MAX_WORDS),
    within("habilite o javascript", MAX_WORDS),
    within("abilita javascript", MAX_WORDS),
    within("javascript è disabilitato", MAX_WORDS),
    within("włącz javascript", MAX_WORDS),
    within("włączyć javascript", MAX_WORDS),
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
                ("Please enable JavaScript to view the comments powered by Disqus.", Drop),
                ("You need to enable JavaScript to run this app.", Drop),
                ("JavaScript is disabled. For a better experience, please enable JavaScript in your browser.", Drop),
                ("Your browser does not support javascript", Drop),
                ("JavaScript", Drop),
                ("Bitte schalten sie Javascript ein, um das einwandfreie Funktionieren der Webseite zu gewährleisten.", Drop),
                ("JavaScript scheint in Ihrem Browser deaktiviert zu sein.", Drop),
                ("Bitte Javascript einschalten um Kommentare anzuzeigen.", Drop),
                ("Bitte schalte deinen Adblocker für diese Seite aus, um diesen Artikel zu lesen.", Drop),
                ("Your browser is out of date. Please update your browser to view this site.", Drop),
                ("Veuillez activer JavaScript pour afficher ce contenu.", Drop),
                // Prose about JavaScript, and notices inside long paragraphs.
                ("JavaScript was written in ten days in 1995 and now runs on nearly every web page.", Pass),
                ("HTML, CSS, Javascript", Pass),
                (
                    "The new release lets developers enable JavaScript source maps per project, which the team \
                     says was the most requested feature of the year; it also adds a profiler, a faster test \
                     runner, support for the latest language features and a new set of lint rules that catch \
                     the most common mistakes before code is shipped.",
                    Pass,
                ),
            ],
        );
    }
}
