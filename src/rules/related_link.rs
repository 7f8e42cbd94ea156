//! `related-link`: "Related: …" and "Read more: …" teaser links.
//!
//! What it removes: a line that starts with a related-content label and a
//! separator, or with the label glued to the teaser's source ("RelatedTRT
//! Global - …"), or is the bare label.
//! Why: the links point to other articles; the page inserts them into the
//! body between paragraphs.
//! A sentence that merely begins with such a word ("Related to the ruling,
//! …") goes on in lowercase after a space and is kept.
//! Example: `RelatedTRT Global - Iran's president arrives in Pakistan`, `READ MORE: …`, `Lire aussi : …`.

use super::{lead, tag, Context, Phrase, Rule, RuleVerdict};

pub(crate) struct RelatedLink;

const PHRASES: &[Phrase] = &[
    lead("related"),
    lead("related article"),
    lead("related articles"),
    lead("related story"),
    lead("related stories"),
    lead("related news"),
    lead("related content"),
    lead("related coverage"),
    lead("related topics"),
    lead("related video"),
    lead("related link"),
    lead("related links"),
    lead("read more"),
    lead("read also"),
    lead("also read"),
    lead("see also"),
    lead("more on this"),
    lead("read"),
    lead("watch"),
    lead("listen"),
    lead("more"),
    lead("also"),
    lead("recommended"),
    lead("read next"),
    lead("further reading"),
    lead("must read"),
    lead("don't miss"),
    lead("also see"),
    lead("lire aussi"),
    lead("à lire aussi"),
    lead("a lire aussi"),
    lead("lire également"),
    lead("voir aussi"),
    lead("à voir aussi"),
    lead("à lire"),
    lead("mehr zum thema"),
    lead("lesen sie auch"),
    lead("lesen sie mehr"),
    lead("auch interessant"),
    lead("weiterlesen"),
    lead("mehr dazu"),
    lead("mehr"),
    lead("siehe auch"),
    lead("leia também"),
    lead("leia mais"),
    lead("veja também"),
    lead("saiba mais"),
    lead("lee también"),
    tag("lee"),
    lead("lee más"),
    tag("lea"),
    lead("lea más"),
    lead("lea además"),
    tag("vea"),
    lead("vea también"),
    lead("vea además"),
    tag("mira"),
    lead("mira también"),
    lead("no te pierdas"),
    tag("leia"),
    tag("veja"),
    lead("veja mais"),
    lead("não perca"),
    tag("leggi"),
    tag("guarda"),
    lead("lea también"),
    lead("leer más"),
    lead("ver también"),
    lead("te puede interesar"),
    lead("le puede interesar"),
    lead("también puede leer"),
    lead("también te puede interesar"),
    lead("nota relacionada"),
    lead("notas relacionadas"),
    lead("das könnte sie auch interessieren"),
    lead("das könnte dich auch interessieren"),
    lead("relacionado"),
    lead("relacionada"),
    lead("relacionadas"),
    lead("czytaj też"),
    lead("czytaj także"),
    lead("czytaj więcej"),
    lead("zobacz też"),
    lead("zobacz także"),
    lead("przeczytaj też"),
    lead("przeczytaj także"),
    lead("читайте также"),
    lead("читайте еще"),
    lead("смотрите также"),
    lead("по теме"),
    lead("leggi anche"),
    lead("leggi pure"),
    lead("vedi anche"),
    lead("lees ook"),
    lead("lees meer"),
    lead("läs också"),
    lead("læs også"),
];

impl Rule for RelatedLink {
    fn name(&self) -> &'static str {
        "related-link"
    }
    fn doc(&self) -> &'static str {
        "Removes related-content teaser links inserted between paragraphs: a line that starts with a \
         label such as Related, Read more or Lire aussi and a separator (or the label glued to the \
         source). `Related to the ruling, …` is prose and is kept. Example: \
         `RelatedTRT Global - Iran's president arrives in Pakistan`, `READ MORE: …`."
    }
    fn phrases(&self) -> &'static [Phrase] {
        PHRASES
    }
    fn needs_phrase_hit(&self) -> bool {
        true
    }
    fn classify(&self, ctx: &Context<'_>) -> Option<RuleVerdict> {
        let block = ctx.block();
        // A teaser is one headline, not a paragraph of several sentences.
        (ctx.phrase_hit && block.features.sentences <= 1 && block.features.words <= 30).then_some(RuleVerdict::Drop)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{check, Expect::*};

    #[test]
    fn table() {
        check(
            &RelatedLink,
            &[
                ("RelatedTRT Global - Iran's president arrives in Pakistan on his first official visit", Drop),
                ("Related: Senate passes the spending bill", Drop),
                ("READ MORE: Why the ceasefire failed", Drop),
                ("Also read: The ten best beaches in Portugal", Drop),
                ("Read more", Drop),
                // Sites set a typographic apostrophe as often as a straight one.
                ("Don’t miss: the ten best beaches in Portugal", Drop),
                ("Don't miss: the ten best beaches in Portugal", Drop),
                ("Lire aussi : Incendies en Gironde, la forêt fermée au public", Drop),
                ("Lesen Sie auch: Bahn investiert in Stellwerke", Drop),
                ("Mehr zum Thema", Drop),
                ("Czytaj też: Rząd przyjął projekt ustawy", Drop),
                ("Читайте также: Власти закрыли мост", Drop),
                ("Watch: Drone footage of the flooded valley", Drop),
                ("Lea más: El Congreso aprueba el presupuesto", Drop),
                ("VEA TAMBIÉN: Las lluvias dejan tres muertos en el oeste", Drop),
                ("MIRA: Madre acude a la comisaría y termina detenida", Drop),
                ("Leia: Governo anuncia novo pacote", Drop),
                ("Leggi: Il governo approva la manovra", Drop),
                ("MIRA | Kenji Fujimori: PJ concluye con interrogatorio a testigos", Drop),
                ("Leer más: El Congreso aprueba el presupuesto", Drop),
                ("Lee: I think the vote was fair and the count was right.", Pass),
                ("Mira: We have no choice but to close the school…", Pass),
                ("Lee — a veteran of three campaigns — said the count was right", Pass),
                ("Mira —explicó el alcalde—, no hay dinero para la escuela", Pass),
                ("LeeAnn Thompson, the mayor, said the road would reopen", Pass),
                ("MiraCosta College cerró sus puertas por la tormenta", Pass),
                ("Le puede interesar: Ex contralor, con prisión domiciliaria", Drop),
                ("Nota relacionada: La secretaria que tumbó al contralor", Drop),
                ("Das könnte Sie auch interessieren: Spektrum Kompakt: Impfungen", Drop),
                ("Related to the ruling, a federal appeals court upheld a ban.", Pass),
                ("Read the full statement here.", Pass),
                ("More than 200 people were evacuated overnight.", Pass),
                ("Also, the ministry said it would review the case.", Pass),
                ("Mehrere Menschen wurden verletzt.", Pass),
                // All in capitals, the label's letters run on into a word:
                // no lowercase-to-capital change, so nothing is glued on.
                ("WATCHDOG LAUNCHES PROBE", Pass),
                ("READERS RESPOND TO THE BUDGET", Pass),
                ("MOREOVER, THE BANK SAID IT WOULD REVIEW ITS FEES.", Pass),
                ("MEHRHEIT FÜR DIE REFORM", Pass),
                ("LISTENING TO VOTERS", Pass),
                // A hyphen inside a word is no separator.
                ("Read-only access was granted to auditors on Monday.", Pass),
                ("Watch-makers in Geneva reported record exports.", Pass),
                ("Read moreThe ten best beaches in Portugal", Drop),
                ("WATCH - Drone footage of the flooded valley", Drop),
            ],
        );
    }
}
