//! `newsletter`: newsletter sign-up boxes.
//!
//! What it removes: the box's pitch, its e-mail field label, its button and
//! its fine print, in the common languages; the browser push-notification
//! prompt, the same offer by another channel.
//! Why: sites insert the box between paragraphs; it sells a product.
//! Example: `Sign up for our daily newsletter`, `Enter your email`, `Newsletter abonnieren`.

use super::{start, whole, within, Phrase, PhraseRule, RuleVerdict};

const PHRASES: &[Phrase] = &[
    within("newsletter", 25),
    within("newsletters", 25),
    within("sign up for", 25),
    within("sign up to", 25),
    within("subscribe to our", 30),
    within("enter your email", 30),
    within("enter your e-mail", 30),
    within("your email address", 30),
    within("email address", 12),
    within("by signing up", 50),
    within("by subscribing", 50),
    within("by clicking subscribe", 50),
    within("by submitting your email", 50),
    within("delivered to your inbox", 30),
    within("straight to your inbox", 30),
    within("in your inbox", 25),
    within("to your inbox", 25),
    within("your inbox", 25),
    within("opt-in", 30),
    within("breaking news alerts", 25),
    whole("breaking news emails"),
    // The pitch's imperative at the start of a short line: "Get breaking
    // space news and the latest updates …". Not "Subscribe to …", "Join
    // our …" or "Start your day with …": a review found them opening
    // advice and speech ("Start your day with a glass of water,
    // nutritionists recommend", "Join our movement, Sanders urged").
    start("get breaking", 25),
    within("get our free", 20),
    within("get the latest", 20),
    within("unsubscribe at any time", 40),
    within("you can unsubscribe", 40),
    within("thanks for signing up", 30),
    within("thank you for signing up", 30),
    whole("sign up"),
    whole("sign me up"),
    whole("subscribe"),
    whole("email"),
    whole("e-mail"),
    whole("your email"),
    within("newsletter abonnieren", 30),
    within("jetzt anmelden", 20),
    within("nichts mehr verpassen", 12),
    within("ihre e-mail-adresse", 30),
    within("e-mail-adresse", 15),
    within("inscrivez-vous", 30),
    within("abonnez-vous à notre", 30),
    within("votre adresse e-mail", 30),
    within("votre adresse email", 30),
    whole("s'inscrire"),
    whole("je m'inscris"),
    within("suscríbete a nuestro", 30),
    within("tu correo electrónico", 30),
    within("suscribirse", 20),
    within("assine nossa", 30),
    within("inscreva-se", 30),
    within("seu e-mail", 20),
    within("iscriviti alla", 30),
    within("zapisz się do", 30),
    within("zapisz się", 12),
    within("twój adres e-mail", 30),
    within("подпишитесь на", 30),
    within("ваш e-mail", 20),
    within("send me email", 20),
    within("notify me", 20),
    within("get notified", 20),
    within("kostenlosen newsletter", 30),
    // The browser's push-notification prompt.
    within("push notification", 12),
    within("push notifications", 12),
    within("push-benachrichtigung", 12),
    within("push-benachrichtigungen", 12),
    within("benachrichtigung aktivieren", 40),
    within("benachrichtigungen aktivieren", 40),
];

/// The rule's name, which the decide stage also reads (a line boxed in
/// by two of the rule's lines goes with them).
pub(crate) const NAME: &str = "newsletter";

/// The rule, as the registry lists it.
pub(crate) const RULE: PhraseRule = PhraseRule {
    name: NAME,
    doc: "Removes newsletter sign-up boxes: the pitch, the e-mail field, the button and the fine print. \
         Sites insert them between paragraphs; they sell a product. Example: `Sign up for our daily \
         newsletter`, `Enter your email`, `Newsletter abonnieren`.",
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
                ("POPSUGAR Would Like To Send You Push Notifications.", Drop),
                ("Get breaking space news and the latest updates on rocket launches!", Drop),
                ("Start your day with a glass of water, nutritionists recommend.", Pass),
                ("Join our movement, Sanders urged supporters in Iowa on Saturday.", Pass),
                ("Subscribe to a streaming service and the price will creep up within a year.", Pass),
                ("Benachrichtigung aktivieren Dürfen wir Sie in Ihrem Browser über die wichtigsten Nachrichten informieren?", Drop),
                ("Du willst nichts mehr verpassen?", Drop),
                ("Let our news meet your inbox. The news and stories that matter, delivered weekday mornings.", Drop),
                ("Please check the opt-in box to acknowledge that you would like to subscribe.", Drop),
                ("Get breaking news alerts and special reports.", Drop),
                ("Breaking News Emails", Drop),
                // The label alone: a sentence about such e-mails is news.
                ("The broadcaster stopped sending breaking news emails after the hack exposed its subscriber list.", Pass),
                ("Sign up for our daily newsletter", Drop),
                ("Enter your email", Drop),
                ("Subscribe", Drop),
                ("By signing up you agree to our Privacy Policy and Terms of Use.", Drop),
                ("Terms & Privacy Notice By submitting your email, you agree to our Terms and Privacy Notice.", Drop),
                ("Sign Me Up", Drop),
                ("Sign me up for the marathon, she told her coach after the race in Boston last spring.", Pass),
                ("Newsletter abonnieren", Drop),
                ("Inscrivez-vous à notre newsletter quotidienne", Drop),
                ("Zapisz się do newslettera", Drop),
                ("The council has asked residents to sign up for alerts about water outages, which it sends by text message to more than 20,000 households in the district.", Pass),
                ("He sent the email at 3 a.m., according to court documents.", Pass),
            ],
        );
    }
}
