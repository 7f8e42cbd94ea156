//! `footer`: site footer lines.
//!
//! What it removes: copyright notices, legal and corporate links (privacy,
//! terms, imprint, contact), in the common languages; reproduction,
//! trademark and FDA notices.
//! Why: every page of a site ends with the same footer; it is not the article.
//! Example: `© 2025 Example Media. All rights reserved.`, `Privacy Policy`, `Impressum`, `Mentions légales`.

use super::matcher::Matcher;
use super::{whole, within, Context, Lazy, Phrase, Rule, RuleVerdict};
use crate::blocks::ascii_set;
use memchr::memmem::Finder;

pub(crate) struct Footer {
    copyright: Lazy<Matcher>,
    /// What the copyright pattern needs one of, lowercase: "©", "(c)",
    /// "copyright".
    marks: [Finder<'static>; 3],
}

const PHRASES: &[Phrase] = &[
    within("all rights reserved", 40),
    within("privacy policy", 20),
    within("privacy notice", 20),
    within("terms of use", 20),
    within("terms of service", 20),
    within("terms and conditions", 20),
    within("terms & conditions", 20),
    within("cookie policy", 20),
    within("contact us", 10),
    within("about us", 10),
    within("advertise with us", 12),
    within("powered by", 10),
    within("site map", 10),
    within("sitemap", 10),
    within("accessibility statement", 15),
    within("back to top", 8),
    within("alle rechte vorbehalten", 40),
    within("datenschutzerklärung", 20),
    within("nutzungsbedingungen", 20),
    within("tous droits réservés", 40),
    within("mentions légales", 20),
    within("politique de confidentialité", 20),
    within("conditions générales", 20),
    within("todos los derechos reservados", 40),
    within("aviso legal", 20),
    within("política de privacidad", 20),
    within("todos os direitos reservados", 40),
    within("política de privacidade", 20),
    within("termos de uso", 20),
    within("tutti i diritti riservati", 40),
    within("informativa sulla privacy", 20),
    within("wszelkie prawa zastrzeżone", 40),
    within("polityka prywatności", 20),
    within("все права защищены", 40),
    within("политика конфиденциальности", 20),
    whole("contact"),
    whole("kontakt"),
    whole("about"),
    whole("jobs"),
    whole("careers"),
    whole("help"),
    whole("faq"),
    whole("press"),
    whole("advertise"),
    whole("imprint"),
    whole("legal"),
    whole("privacy"),
    whole("terms"),
    whole("datenschutz"),
    whole("impressum"),
    whole("agb"),
    whole("cgu"),
    whole("cgv"),
    whole("contacto"),
    whole("contato"),
    whole("contatti"),
    whole("kontakty"),
    whole("контакты"),
    whole("rss"),
    whole("accessibility"),
    whole("corrections"),
    whole("code of ethics"),
    whole("ethics policy"),
    whole("work with us"),
    whole("mediadaten"),
    whole("karriere"),
    whole("redaktion"),
    whole("nous contacter"),
    whole("qui sommes-nous"),
    whole("quiénes somos"),
    whole("quem somos"),
    whole("chi siamo"),
    whole("o nas"),
    whole("редакция"),
    // Legal boilerplate under the article: reproduction notices,
    // trademark lists, the supplement makers' FDA disclaimer.
    within("may not be reproduced", 120),
    within("no part may be reproduced", 120),
    within("is subject to copyright", 120),
    within("registered trademarks of", 200),
    within("is a registered trademark of", 200),
    within("have not been evaluated by the food and drug administration", 120),
];

impl Footer {
    pub(crate) fn new() -> Footer {
        Footer {
            copyright: super::matcher([r"(?i)(?:©|\(c\)|copyright)\s*@?\s*(?:\d{4}|[\p{L}])"]),
            marks: [
                Finder::new("©").into_owned(),
                Finder::new("(c)").into_owned(),
                Finder::new("copyright").into_owned(),
            ],
        }
    }
}

impl Rule for Footer {
    fn name(&self) -> &'static str {
        "footer"
    }
    fn doc(&self) -> &'static str {
        "Removes site footer lines: copyright notices and legal or corporate links. Every page of a \
         site ends with them. Example: `© 2025 Example Media. All rights reserved.`, \
         `Privacy Policy`, `Impressum`."
    }
    fn phrases(&self) -> &'static [Phrase] {
        PHRASES
    }
    fn classify(&self, ctx: &Context<'_>) -> Option<RuleVerdict> {
        let block = ctx.block();
        // The pattern needs "©", "(c)" or "copyright" in any case: in the
        // lowercase text (c, o, p, y, r, i, g, h, t fold only to their
        // ASCII capitals, and © lowercases to itself).
        // Searchers built once: `str::contains` prepares its search on every
        // call. "©" and "(c)" are searched for only in a line that has a
        // character outside ASCII, or a `(`.
        let lower = block.lower.as_bytes();
        let [sign, parenthesized, word] = &self.marks;
        let may_match = || {
            (!block.is_ascii() && sign.find(lower).is_some())
                || (block.has_ascii_mark(ascii_set(b"(")) && parenthesized.find(lower).is_some())
                || word.find(lower).is_some()
        };
        (ctx.phrase_hit || (block.features.words <= 25 && may_match() && self.copyright.is_match(block.text)))
            .then_some(RuleVerdict::Drop)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{check, Expect::*};

    #[test]
    fn table() {
        check(
            &Footer::new(),
            &[
                ("© 2025 Example Media. All rights reserved.", Drop),
                ("Copyright 2024 The Daily Planet", Drop),
                ("(C) 2023 Example Inc", Drop),
                ("Privacy Policy", Drop),
                ("Terms of Use | Privacy Policy | Cookie Settings", Drop),
                ("Impressum", Drop),
                ("Mentions légales", Drop),
                ("Wszelkie prawa zastrzeżone", Drop),
                ("This document is subject to copyright. Apart from any fair dealing for the purpose of private study or research, no part may be reproduced without the written permission.", Drop),
                ("The material on this site may not be reproduced, distributed, transmitted, cached or otherwise used, except with prior written permission.", Drop),
                ("Apple logo, Apple TV, App Store, iPad and iPhone are registered trademarks of Apple Inc.", Drop),
                ("*These statements have not been evaluated by the Food and Drug Administration. These products are not intended to diagnose, treat, cure or prevent any disease.", Drop),
                ("The company updated its privacy policy after regulators in three countries opened investigations into how it shared location data with advertisers.", Pass),
                ("Contact with the crew was lost at 3 a.m.", Pass),
                ("Copyright @ 2019 The New Arab.", Drop),
            ],
        );
    }
}
