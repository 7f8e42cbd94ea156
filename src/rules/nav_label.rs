//! `nav-label`: navigation and account controls.
//!
//! What it removes: a line that is only a navigation control: home, menu,
//! search, log in, skip links, "load more", in the common languages.
//! Why: site menus survive scraping as one short line per link.
//! Example: `Skip to main content`, `Log In`, `Menu`, `Startseite`, `Se connecter`.

use super::{start, whole, within, Phrase, PhraseRule, RuleVerdict};

const PHRASES: &[Phrase] = &[
    whole("home"),
    whole("homepage"),
    whole("menu"),
    whole("inhaltsverzeichnis"),
    whole("zurück zum inhaltsverzeichnis"),
    whole("table of contents"),
    // A blog post's own links under it: WordPress's default category and
    // the link to the post itself.
    whole("permalink"),
    whole("uncategorized"),
    whole("main menu"),
    whole("search"),
    whole("open search"),
    whole("close"),
    whole("open"),
    whole("toggle navigation"),
    whole("navigation"),
    whole("sections"),
    whole("all sections"),
    whole("log in"),
    whole("login"),
    whole("log out"),
    whole("logout"),
    whole("sign in"),
    whole("sign out"),
    whole("register"),
    whole("my account"),
    whole("account"),
    whole("profile"),
    whole("back"),
    whole("next"),
    whole("previous"),
    whole("prev"),
    whole("load more"),
    whole("show more"),
    whole("see more"),
    whole("see all"),
    whole("view all"),
    whole("view more"),
    whole("show all"),
    whole("go"),
    whole("submit"),
    whole("ok"),
    whole("today's paper"),
    whole("today’s paper"),
    whole("e-paper"),
    whole("epaper"),
    whole("podcasts"),
    whole("videos"),
    whole("photos"),
    whole("games"),
    whole("puzzles"),
    whole("weather"),
    whole("more sections"),
    whole("edition"),
    whole("change edition"),
    within("skip to", 10),
    within("skip navigation", 6),
    within("jump to", 6),
    within("go to homepage", 8),
    within("back to homepage", 8),
    within("return to homepage", 8),
    whole("startseite"),
    whole("suche"),
    whole("anmelden"),
    whole("abmelden"),
    whole("mein konto"),
    whole("menü"),
    whole("zurück"),
    whole("weiter"),
    whole("mehr laden"),
    whole("alle anzeigen"),
    whole("accueil"),
    whole("rechercher"),
    whole("recherche"),
    whole("se connecter"),
    whole("connexion"),
    whole("mon compte"),
    whole("voir plus"),
    whole("voir tout"),
    whole("inicio"),
    whole("buscar"),
    whole("iniciar sesión"),
    whole("entrar"),
    whole("ver más"),
    whole("início"),
    whole("pesquisar"),
    whole("ver mais"),
    whole("cerca"),
    whole("accedi"),
    whole("strona główna"),
    whole("szukaj"),
    whole("zaloguj"),
    whole("zaloguj się"),
    whole("więcej"),
    whole("главная"),
    whole("поиск"),
    whole("войти"),
    whole("ещё"),
    whole("еще"),
    whole("registrieren"),
    whole("jetzt registrieren"),
    start("meist gesucht", 6),
    whole("sign up now"),
    whole("newsletter"),
    whole("inscription"),
    whole("s'abonner"),
    whole("zarejestruj się"),
];

/// The rule, as the registry lists it.
pub(crate) const RULE: PhraseRule = PhraseRule {
    name: "nav-label",
    doc: "Removes lines that are only a navigation or account control (home, menu, search, log in, \
         skip links, load more): site menus survive scraping as one short line per link. \
         Example: `Skip to main content`, `Log In`, `Startseite`.",
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
                ("Permalink", Drop),
                ("Uncategorized", Drop),
                ("Inhaltsverzeichnis", Drop),
                ("Table of Contents", Drop),
                ("Skip to main content", Drop),
                ("Skip to content Skip to site index", Drop),
                ("Log In", Drop),
                ("Menu", Drop),
                ("Startseite", Drop),
                ("Se connecter", Drop),
                ("Load more", Drop),
                ("Home is where the heart is, she wrote.", Pass),
                ("Search teams found the hikers on Sunday.", Pass),
            ],
        );
    }
}
