//! `end-marker`: headings that open what follows an article.
//!
//! What it marks: a line that is only a heading like "Explore", "More
//! stories", "Most read", "You may also like", "Mehr zum Thema", "Les plus
//! lus" — the start of teaser lists, comments and recommendations.
//! Why: once enough article text precedes it, what follows such a heading is
//! not the article; the decide stage cuts there (unless prose resumes right
//! after it). The heading itself is always dropped. A line that only
//! opens like a heading but reads as a sentence ("More on that later.",
//! "Plus de 200 blessés") is the article's: cutting there would lose the
//! rest of it.
//! Example: `Explore`, `More from World`, `Trending now`, `Meistgelesen`.

use super::{start, whole, within, Context, Phrase, Placement, Rule, RuleVerdict};

const PHRASES: &[Phrase] = &[
    whole("explore"),
    whole("explore more"),
    whole("more to explore"),
    whole("more stories"),
    whole("more news"),
    whole("more articles"),
    whole("most read"),
    whole("most popular"),
    whole("most viewed"),
    whole("most shared"),
    whole("most commented"),
    whole("popular"),
    whole("popular now"),
    whole("popular stories"),
    whole("trending"),
    whole("trending now"),
    whole("trending news"),
    whole("trending stories"),
    whole("you may also like"),
    whole("you might also like"),
    whole("you may be interested in"),
    whole("you might be interested in"),
    whole("we recommend"),
    whole("recommended for you"),
    whole("recommended stories"),
    whole("recommended articles"),
    whole("recommended reading"),
    whole("read next"),
    whole("read this next"),
    whole("up next"),
    whole("what to read next"),
    whole("related"),
    whole("related articles"),
    whole("related stories"),
    whole("related content"),
    whole("related news"),
    whole("related coverage"),
    whole("related topics"),
    whole("top stories"),
    whole("latest"),
    whole("latest news"),
    whole("latest stories"),
    whole("latest articles"),
    whole("editor's picks"),
    whole("editors' picks"),
    whole("don't miss"),
    whole("must read"),
    whole("in other news"),
    whole("elsewhere"),
    whole("from around the web"),
    whole("around the web"),
    whole("promoted stories"),
    whole("keep reading"),
    whole("further reading"),
    whole("tags"),
    whole("tagged with"),
    whole("markiert mit"),
    whole("topics"),
    whole("more on this story"),
    whole("more on this topic"),
    whole("the latest"),
    whole("also in the news"),
    whole("what others are reading"),
    whole("readers also liked"),
    whole("people also read"),
    whole("recent posts"),
    whole("recent articles"),
    start("more from", 6),
    start("more in", 5),
    start("more stories from", 7),
    start("more on", 6),
    start("latest from", 6),
    start("other stories", 5),
    whole("mehr zum thema"),
    whole("meistgelesen"),
    whole("meistgelesene artikel"),
    whole("am meisten gelesen"),
    whole("das könnte sie auch interessieren"),
    whole("das könnte sie interessieren"),
    whole("weitere artikel"),
    whole("weitere nachrichten"),
    whole("auch interessant"),
    whole("themen"),
    whole("schlagworte"),
    whole("top-themen"),
    whole("neueste artikel"),
    whole("empfehlungen"),
    whole("beliebt"),
    start("mehr aus", 6),
    whole("lire aussi"),
    whole("à lire aussi"),
    whole("les plus lus"),
    whole("les plus populaires"),
    whole("sur le même sujet"),
    whole("dans la même rubrique"),
    whole("à voir aussi"),
    whole("à découvrir"),
    whole("vous aimerez aussi"),
    whole("dernières actualités"),
    whole("sur le même thème"),
    whole("les plus partagés"),
    start("plus de", 5),
    whole("plus d'actualités"),
    whole("más leídas"),
    whole("lo más leído"),
    whole("lo más visto"),
    whole("noticias relacionadas"),
    whole("te puede interesar"),
    whole("también te puede interesar"),
    whole("temas relacionados"),
    whole("más noticias"),
    whole("últimas noticias"),
    whole("leia também"),
    whole("mais lidas"),
    whole("mais lidos"),
    whole("veja também"),
    whole("notícias relacionadas"),
    whole("últimas notícias"),
    whole("você pode gostar"),
    whole("leggi anche"),
    whole("più letti"),
    whole("i più letti"),
    whole("articoli correlati"),
    whole("potrebbe interessarti"),
    whole("ultime notizie"),
    whole("najczęściej czytane"),
    whole("czytaj także"),
    whole("czytaj też"),
    whole("zobacz także"),
    whole("zobacz też"),
    whole("polecane"),
    whole("najnowsze"),
    whole("najpopularniejsze"),
    whole("popularne"),
    whole("популярное"),
    whole("читайте также"),
    whole("последние новости"),
    whole("новости по теме"),
    whole("материалы по теме"),
    whole("лента новостей"),
    whole("lees ook"),
    whole("meest gelezen"),
    whole("gerelateerde artikelen"),
    whole("mest läst"),
    whole("mest læste"),
    whole("related posts"),
    whole("similar posts"),
    whole("popular posts"),
    whole("you might also enjoy"),
    whole("categories"),
    whole("archives"),
    whole("blogroll"),
    whole("aktuelle beiträge"),
    whole("neueste beiträge"),
    whole("ähnliche beiträge"),
    whole("verwandte artikel"),
    whole("weitere beiträge"),
    whole("das könnte dich auch interessieren"),
    whole("beliebte beiträge"),
    whole("kategorien"),
    whole("archiv"),
    whole("schlagwörter"),
    whole("articles similaires"),
    whole("articles récents"),
    whole("entradas relacionadas"),
    whole("entradas recientes"),
    whole("posts relacionados"),
    whole("podobne artykuły"),
    whole("похожие статьи"),
    // The same headings with a word or two more ("Das Thema könnte dich
    // auch interessieren:", "You might also like these posts").
    within("könnte dich auch interessieren", 7),
    within("könnte sie auch interessieren", 7),
    within("dir könnte auch gefallen", 5),
    within("könnte dir auch gefallen", 6),
    within("ihnen könnte auch gefallen", 5),
    within("you may also like", 7),
    within("you might also like", 7),
    whole("mehr themen"),
    whole("weitere themen"),
];

/// The rule, as the registry lists it.
pub(crate) const RULE: EndMarker = EndMarker;

/// The phrase list, with a check that a heading's words are not the start
/// of a sentence.
pub(crate) struct EndMarker;

impl Rule for EndMarker {
    fn name(&self) -> &'static str {
        "end-marker"
    }
    fn doc(&self) -> &'static str {
        "Marks headings that open what follows an article (teaser lists, recommendations): the \
         decide stage cuts there once enough article text precedes, unless prose resumes right after. \
         The heading itself is dropped; a line that reads as a sentence (\"More on that later.\") is \
         not one. Example: `Explore`, `More from World`, `Trending now`, `Meistgelesen`."
    }
    fn phrases(&self) -> &'static [Phrase] {
        PHRASES
    }
    fn needs_phrase_hit(&self) -> bool {
        true
    }
    fn classify(&self, ctx: &Context<'_>) -> Option<RuleVerdict> {
        if !ctx.phrase_hit {
            return None;
        }
        let block = ctx.block();
        // A line that is a whole heading is one, whatever its punctuation
        // ("Beliebt."); the rest matched a phrase at its start or within
        // and may be a sentence that opens the same way.
        let core = block.lower.trim_matches(|c: char| !crate::chars::is_alphabetic(c));
        let is_whole = PHRASES.iter().any(|p| p.at == Placement::Whole && super::is_spelling_of(p.text, core));
        (is_whole || !reads_as_sentence(block.text)).then_some(RuleVerdict::EndMarker)
    }
}

/// Whether `text` reads as a sentence rather than a heading: it ends with
/// a full stop, "!" or "?" (not an abbreviation's dot, as in "More in
/// U.S.", nor an ellipsis), or a number is followed by a word ("Plus de
/// 200 blessés"): headings name a section or a source, not a quantity.
fn reads_as_sentence(text: &str) -> bool {
    let end = text.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '\'' | '”' | '’' | '»' | ')'));
    let sentence_end = match end.strip_suffix(['.', '!', '?']) {
        Some(before) => {
            let last_word = before.rsplit(char::is_whitespace).next().unwrap_or(before);
            !last_word.is_empty() && !last_word.contains('.') && !before.ends_with(['.', '!', '?'])
        }
        None => false,
    };
    let words: Vec<&str> = text.split_whitespace().collect();
    let is_number = |w: &str| {
        w.chars().next().is_some_and(|c| c.is_ascii_digit())
            && w.chars().all(|c| c.is_ascii_digit() || matches!(c, ',' | '.'))
    };
    let quantity =
        words.windows(2).any(|pair| is_number(pair[0]) && pair[1].chars().next().is_some_and(char::is_alphabetic));
    sentence_end || quantity
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{check, Expect::*};

    #[test]
    fn table() {
        check(
            &RULE,
            &[
                // A heading with a typographic apostrophe is one too, with a
                // full stop or without.
                ("Don’t Miss!", End),
                ("Editor’s Picks.", End),
                ("Don't Miss!", End),
                ("Explore", End),
                ("MARKIERT MIT", End),
                ("Tagged with", End),
                ("More stories", End),
                ("More from World", End),
                ("Most read", End),
                ("You may also like", End),
                ("Trending now", End),
                ("Meistgelesen", End),
                ("Les plus lus", End),
                ("Lo más leído", End),
                ("Najczęściej czytane", End),
                ("Das Thema könnte dich auch interessieren:", End),
                ("Dir könnte auch gefallen:", End),
                ("You might also like these posts", End),
                ("Mehr Themen:", End),
                ("Viele Leser fragen, ob sie das Gerät auch im Winter nutzen können. Das könnte Sie auch interessieren, sagt der Experte.", Pass),
                ("Explore the archive of the city's maps, which were digitized last year.", Pass),
                ("More from the minister's speech was released on Tuesday by her office.", Pass),
                ("Trending topics on social media included the storm.", Pass),
                // Headings, however they end.
                ("More on this story", End),
                ("Mehr zum Thema", End),
                ("Mehr zum Thema:", End),
                ("Plus d'actualités", End),
                ("More stories:", End),
                ("More in U.S.", End),
                ("More from Space...", End),
                ("Beliebt.", End),
                ("Empfehlungen: 6", End),
                ("Plus de sport", End),
                ("More from 2024", End),
                ("Trending News", End),
                // Sentences that open like a heading.
                ("Plus de 200 blessés.", Pass),
                ("Plus de 200 blessés", Pass),
                ("More on that later.", Pass),
                ("Mehr aus Sorge als aus Überzeugung.", Pass),
                ("More in sorrow than anger!", Pass),
            ],
        );
    }
}
