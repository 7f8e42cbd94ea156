//! `end-marker`: headings that open what follows an article.
//!
//! What it marks: a line that is only a heading like "Explore", "More
//! stories", "Most read", "You may also like", "Mehr zum Thema", "Les plus
//! lus" — the start of teaser lists, comments and recommendations.
//! Why: once enough article text precedes it, what follows such a heading is
//! not the article; the decide stage cuts there (unless prose resumes right
//! after it). The heading itself is always dropped.
//! Example: `Explore`, `More from World`, `Trending now`, `Meistgelesen`.

use super::{start, whole, Context, Phrase, Rule, RuleVerdict};

pub(crate) struct EndMarker;

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
    whole("editor’s picks"),
    whole("don't miss"),
    whole("don’t miss"),
    whole("must read"),
    whole("in other news"),
    whole("elsewhere"),
    whole("from around the web"),
    whole("around the web"),
    whole("promoted stories"),
    whole("keep reading"),
    whole("further reading"),
    whole("tags"),
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
];

impl Rule for EndMarker {
    fn name(&self) -> &'static str {
        "end-marker"
    }
    fn doc(&self) -> &'static str {
        "Marks headings that open what follows an article (teaser lists, recommendations): the \
         decide stage cuts there once enough article text precedes, unless prose resumes right after. \
         The heading itself is dropped. Example: `Explore`, `More from World`, `Trending now`, \
         `Meistgelesen`."
    }
    fn phrases(&self) -> &'static [Phrase] {
        PHRASES
    }
    fn classify(&self, ctx: &Context<'_>) -> Option<RuleVerdict> {
        ctx.phrase_hit.then_some(RuleVerdict::EndMarker)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{check, Expect::*};

    #[test]
    fn table() {
        check(
            &EndMarker,
            &[
                ("Explore", End),
                ("More stories", End),
                ("More from World", End),
                ("Most read", End),
                ("You may also like", End),
                ("Trending now", End),
                ("Meistgelesen", End),
                ("Les plus lus", End),
                ("Lo más leído", End),
                ("Najczęściej czytane", End),
                ("Explore the archive of the city's maps, which were digitized last year.", Pass),
                ("More from the minister's speech was released on Tuesday by her office.", Pass),
                ("Trending topics on social media included the storm.", Pass),
            ],
        );
    }
}
