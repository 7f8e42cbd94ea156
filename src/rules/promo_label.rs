//! `promo-label`: advertising and promotion labels.
//!
//! What it removes: a line that is only an ad or promotion label, or the
//! "continue reading" filler printed around ad slots.
//! Why: the slot's label is left behind when the ad itself is not text.
//! Example: `RECOMMENDED`, `ADVERTISEMENT`, `Sponsored`, `Anzeige`, `Publicité`.

use super::{whole, Phrase, PhraseRule, RuleVerdict};

const PHRASES: &[Phrase] = &[
    whole("advertisement"),
    whole("advertisements"),
    whole("advert"),
    whole("adverts"),
    whole("advertising"),
    whole("ad"),
    whole("ads"),
    whole("sponsored"),
    whole("sponsored content"),
    whole("sponsored links"),
    whole("sponsored stories"),
    whole("paid content"),
    whole("paid post"),
    whole("paid partnership"),
    whole("partner content"),
    whole("promoted"),
    whole("promoted content"),
    whole("promotion"),
    whole("recommended"),
    whole("featured"),
    whole("breaking"),
    whole("breaking news"),
    whole("exclusive"),
    whole("live"),
    whole("video"),
    whole("watch"),
    whole("listen"),
    whole("audio"),
    whole("podcast"),
    whole("gallery"),
    whole("opinion"),
    whole("analysis"),
    whole("explainer"),
    whole("ad feedback"),
    whole("skip advertisement"),
    whole("continue reading the main story"),
    whole("continue reading below"),
    whole("supported by"),
    whole("story continues below"),
    whole("story continues below advertisement"),
    whole("article continues below advertisement"),
    whole("article continues below"),
    whole("scroll to continue with content"),
    whole("advertisement - scroll to continue"),
    whole("advertisement scroll to continue"),
    whole("remove ads"),
    // de, fr, es, pt, it, pl, ru, nl
    whole("anzeige"),
    whole("werbung"),
    whole("gesponsert"),
    whole("artikel geht unter der anzeige weiter"),
    whole("publicité"),
    whole("contenu sponsorisé"),
    whole("sponsorisé"),
    whole("la suite après cette publicité"),
    whole("publicidad"),
    whole("patrocinado"),
    whole("contenido patrocinado"),
    whole("publicidade"),
    whole("conteúdo patrocinado"),
    whole("pubblicità"),
    whole("sponsorizzato"),
    whole("reklama"),
    whole("artykuł sponsorowany"),
    whole("materiał partnera"),
    whole("реклама"),
    whole("на правах рекламы"),
    whole("advertentie"),
    whole("gesponsord"),
];

/// The rule, as the registry lists it.
pub(crate) const RULE: PhraseRule = PhraseRule {
    name: "promo-label",
    doc: "Removes lines that are only an ad or promotion label, or the filler printed around ad slots. \
         The label stays behind when the ad itself is not text. Example: `RECOMMENDED`, \
         `ADVERTISEMENT`, `Sponsored`, `Anzeige`.",
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
                ("RECOMMENDED", Drop),
                ("ADVERTISEMENT", Drop),
                ("Advertisement", Drop),
                ("Sponsored", Drop),
                ("- Anzeige -", Drop),
                ("Publicité", Drop),
                ("Continue reading the main story", Drop),
                ("Story continues below advertisement", Drop),
                ("The advertisement ran for three weeks before it was pulled.", Pass),
                ("Recommended dose is two tablets", Pass),
                ("Advert", Drop),
                ("The advert was banned by the regulator last year.", Pass),
                ("Sponsored by the city, the festival drew 10,000 visitors.", Pass),
            ],
        );
    }
}
