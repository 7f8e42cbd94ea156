//! `author-bio`: the author's short biography after (or before) the article.
//!
//! What it removes: a paragraph that opens with a person's name (not a
//! pronoun) and says at once what they do as a writer ("Jane Doe is a
//! staff writer at …", "Anna Schmidt ist freie Journalistin …", "… writes
//! about …"), a blogger's
//! box in the first person ("Ich bin Anna, Foodbloggerin …", "I'm Amy
//! and …"), and the contact
//! lines of such boxes ("may be reached at", "Have a tip?"), when no long
//! paragraph follows it closely; and a box under its heading ("Sobre
//! Carlos Nadalim", "Über Moritz Bachmann") with the bio that names him.
//! Why: the box stands under every article of that author; it reads as a
//! sentence, so it passes as prose, but it is not the article's text.
//! Example: `Phil Helsel is a reporter for NBC News.`

use super::matcher::Matcher;
use super::opening::is_space_byte;
use super::{within, Context, Lazy, Phrase, Rule, RuleVerdict};
use crate::blocks::Block;

/// Contact lines of an author box.
const PHRASES: &[Phrase] = &[
    within("may be reached at", 60),
    within("can be reached at", 60),
    within("can be contacted at", 60),
    within("have a tip?", 60),
    within("got a tip?", 60),
    within("follow him on twitter", 60),
    within("follow her on twitter", 60),
    within("follow me on twitter", 60),
];

pub(crate) struct AuthorBio {
    pattern: Lazy<Matcher>,
    /// A blogger's box in the first person: "Ich bin Anna, …".
    first_person: Lazy<Matcher>,
}

/// How a blogger's box introduces its writer (lowercase): a greeting, or
/// "I am" in the common languages. A cheap check before `first_person`.
const FIRST_PERSON_OPENERS: &[&str] = &[
    "hallo",
    "hi",
    "hey",
    "hello",
    "moin",
    "servus",
    "bonjour",
    "salut",
    "hola",
    "ich bin",
    "i'm",
    "i’m",
    "i am",
    "my name is",
    "mein name ist",
    "je suis",
    "je m'appelle",
    "je m’appelle",
    "me llamo",
    "soy",
];

impl AuthorBio {
    pub(crate) fn new() -> AuthorBio {
        // One to four name words, then a copula or a writing verb, then a
        // writer's role, ending a word. `(?:$|\W)`, not `\b`: the pattern
        // is only asked whether it matches, where the two agree, and on
        // non-ASCII text a Unicode `\b` sends the search from the lazy DFA
        // to the backtracker (4% of all instructions).
        //
        // A bio names the role at once: in English after an article or a
        // possessive ("is a senior reporter", "is PCMag's editor"), in the
        // other languages with or without one ("ist freier Autor", "est
        // journaliste"), with at most two words before it. After the role
        // it says where or what the writer works on ("at", "for", "covering",
        // "bei" …) or ends; a story's sentence about someone goes on with
        // something else ("was the first American journalist arrested …").
        let name = r"\p{Lu}[\p{L}'’.\-]*";
        let role = r"(?i:writer|reporter|editor|journalist|journalistin|correspondent|contributor|columnist|author|autor|autorin|redakteur|redakteurin|korrespondent|korrespondentin|journaliste|rédacteur|rédactrice|periodista|redactor|redactora|giornalista|dziennikarz|dziennikarka|expert|founder|co-founder|cofounder|mitbegründer|mitbegründerin|gründer|gründerin|chefredakteur|chefredakteurin|ressortleiter|ressortleiterin|herausgeber|herausgeberin|fondateur|fondatrice|professor|professorin)";
        let then = r"(?:\s*(?:$|[.,;:!?(–—])|\s+(?:at|for|with|of|on|in|from|who|whose|and|based|living|covering|since|und|bei|beim|für|des|der|vom|von|im|in|aus|seit|à|au|aux|de|du|pour|chez|et|qui|en|del|para|y|que|di|per|e|che|presso|w|dla|i|oraz)(?:$|\W))";
        let pattern = format!(
            r"^{name}(?:\s+{name}){{0,3}}(?:\s+\([^)]*\))?,?\s+(?:(?:(?:is|was)\s+(?:a|an|the|\S+['’]s)|ist|war|est|es|è|jest)\s+(?:\S+\s+){{0,2}}{role}{then}|writes\s+about|covers\s+(?:\S+\s+){{0,6}}for|beschäftigt\s+sich\s+mit|schreibt\s+über)"
        );
        // "Hallo, ich bin Anna, …", "I'm Amy and …", "Ich bin Jens Muster,
        // Rechtsanwalt …": a capitalized name (or role) right after "I am",
        // then a comma or "and": the box goes on to say who the writer is.
        // Prose in the first person goes on otherwise ("I am glad …").
        // Or a list of roles right after "I am a", a writer's first ("I am
        // a writer, journalist, professor …"): "I am a capitalist" and "I
        // am a journalist, and I will keep asking …" (an op-ed's last
        // words) are no bio.
        let greeting =
            r"^(?i:(?:hallo|hi|hey|hello|moin|servus|bonjour|salut|hola)(?:\s+(?:there|zusammen))?\s*[,!.]\s*)?";
        let named = format!(
            r"{greeting}(?i:ich bin|i'm|i’m|i am|my name is|mein name ist|je suis|je m'appelle|je m’appelle|me llamo|soy)\s+\p{{Lu}}[\p{{L}}\-]+(?:\s+\p{{Lu}}[\p{{L}}\-]+)?\s*(?:,|\s(?i:und|and|from|aus|et|y)\s)"
        );
        let in_a_role = format!(
            r"{greeting}(?i:ich bin|i'm|i’m|i am|je suis|soy)\s+(?i:a|an|ein|eine|un|une)\s+(?:\S+\s+){{0,2}}{role},\s+(?:[^\s,]+\s+){{0,2}}[^\s,]+,"
        );
        AuthorBio { pattern: super::matcher([&pattern]), first_person: super::matcher([named, in_a_role]) }
    }
}

impl Rule for AuthorBio {
    fn name(&self) -> &'static str {
        "author-bio"
    }
    fn doc(&self) -> &'static str {
        "Removes the author's short biography and its contact lines (Jane Doe is a staff writer \
         at …, Ich bin Anna, Foodbloggerin … after an article, may be reached at …): the box \
         stands under every article of that author and reads as prose; also such a box under \
         its heading (About Jane Doe, Über …, Sobre …). Not when a long paragraph follows \
         closely. Example: `Phil Helsel is a reporter for NBC News.`"
    }
    fn phrases(&self) -> &'static [Phrase] {
        PHRASES
    }
    fn classify(&self, ctx: &Context<'_>) -> Option<RuleVerdict> {
        if in_about_box(ctx) {
            return Some(RuleVerdict::Drop);
        }
        let block = ctx.block();
        if block.features.words > 80 || block.features.words < 4 {
            return None;
        }
        // The first-person box stands beside or after an article; with no
        // paragraph before it, it is the page's own text (an about page).
        let first_person = || {
            matches!(block.lower.as_bytes().first(), Some(b'b' | b'h' | b'i' | b'j' | b'm' | b's'))
                && FIRST_PERSON_OPENERS.iter().any(|o| block.lower.starts_with(o))
                && self.first_person.is_match(block.text)
                && ctx.blocks[..ctx.index].iter().any(|b| b.features.terminal && b.features.effective_words >= 30)
        };
        // The word test spares compiling the pattern for a page with no
        // line that may be a bio; once it is compiled, its DFA is cheaper.
        let bio = || {
            (self.pattern.is_compiled() || may_be_bio(block.text))
                && self.pattern.is_match(block.text)
                && !opens_with_pronoun(block.text)
        };
        if !ctx.phrase_hit && !bio() && !first_person() {
            return None;
        }
        // Inside the article ("Smith is a former reporter who …" followed
        // by more of the story) the next lines are long paragraphs.
        let article_follows =
            ctx.blocks[ctx.index + 1..].iter().take(3).any(|b| b.features.terminal && b.features.effective_words >= 30);
        (!article_follows).then_some(RuleVerdict::Drop)
    }
}

/// How an author box's heading opens, lowercase, before the writer's
/// name: "About Jane Doe", "Über Moritz Bachmann", "Sobre Carlos Nadalim".
const ABOUT_OPENERS: &[&str] =
    &["about ", "über ", "sobre ", "à propos de ", "a propos de ", "acerca de ", "o autorze "];

/// The name an author box's heading gives: the heading is an opener of
/// [`ABOUT_OPENERS`] and two to four capitalised words, with no digit and
/// no closing punctuation ("About Jane Doe", not "About 200 people" or
/// "About the Author", an end marker's).
fn about_heading_name<'t>(block: &Block<'t>) -> Option<&'t str> {
    let f = &block.features;
    if !(3..=7).contains(&f.words) || f.digits > 0 || f.terminal || f.ends_with_colon {
        return None;
    }
    let opener = ABOUT_OPENERS.iter().find(|o| block.lower.starts_with(*o))?;
    // The opener's lowercase has as many bytes as the line's opener.
    let name = block.text.get(opener.len()..)?.trim();
    let words: Vec<&str> = name.split_whitespace().collect();
    let is_name_word = |w: &&str| {
        w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'))
    };
    ((2..=4).contains(&words.len()) && words.iter().all(is_name_word)).then_some(name)
}

/// Whether `line` names the writer by the last word of `name` (the family
/// name), as a whole word.
fn names_the_writer(line: &str, name: &str) -> bool {
    let Some(family) = name.split_whitespace().last() else { return false };
    line.split(|c: char| !(c.is_alphanumeric() || c == '-')).any(|w| w == family)
}

/// The most words of the bio under an author box's heading: more than a
/// bio alone may have, as the heading says what it is.
const MAX_BOX_BIO_WORDS: usize = 120;

/// By-words that may open a byline, lowercase, with their space.
const BY_WORDS: &[&str] =
    &["by ", "by: ", "written by ", "von ", "von: ", "par ", "por ", "di ", "door ", "av ", "przez ", "de "];

/// Whether `block` is the article's byline naming `name`: a short line
/// that opens with the name, after a By-word or right before a date ("Von
/// Moritz Bachmann publiziert am 25. September 2018", "Carlos Nadalim
/// 27/09/2018 Comente!"). A profile's subject is named in the headline
/// and the story, not in a byline: its "About Keir Starmer" is a section.
fn is_byline_of(block: &Block<'_>, name: &str) -> bool {
    const MAX_WORDS: usize = 12;
    if block.features.words > MAX_WORDS || !block.text.contains(name) {
        return false;
    }
    let by_word = BY_WORDS.iter().find(|w| block.lower.starts_with(*w));
    // The By-word's lowercase has as many bytes as the line's.
    let rest = by_word.map_or(Some(block.text), |w| block.text.get(w.len()..)).unwrap_or("");
    let Some(after) = rest.strip_prefix(name) else { return false };
    // Without a By-word, a date follows the name at once ("27/09/2018",
    // "25.09.2018"): a headline goes on with words ("Peter Higgs,
    // physicist who …, dies aged 94") or years ("Peter Higgs 1929–2024").
    let date = after.split_whitespace().next().unwrap_or("");
    by_word.is_some() || (date.starts_with(|c: char| c.is_ascii_digit()) && date.contains(['/', '.']))
}

/// Whether the block is an author box's heading ("About Jane Doe") with
/// the bio that names her under it, or that bio, when the article's byline
/// names her too. The box closes the article: a long paragraph after the
/// bio makes the heading a section of the story (a profile's "About Joe
/// Biden").
fn in_about_box(ctx: &Context<'_>) -> bool {
    let (blocks, i) = (ctx.blocks, ctx.index);
    let is_bio_of = |heading: usize| {
        let Some(name) = about_heading_name(&blocks[heading]) else { return false };
        let bio = heading + 1;
        bio < blocks.len()
            && blocks[bio].features.words <= MAX_BOX_BIO_WORDS
            && names_the_writer(blocks[bio].text, name)
            && !blocks[bio + 1..].iter().take(3).any(|b| b.features.terminal && b.features.effective_words >= 30)
            && blocks.get(1..heading).unwrap_or_default().iter().any(|b| is_byline_of(b, name))
    };
    let block = ctx.block();
    // Only a short line that opens with an opener's first letter, or one
    // right under such a line, is read further: every line is asked.
    let may_open = |b: &Block<'_>| {
        (3..=7).contains(&b.features.words) && matches!(b.lower.as_bytes().first(), Some(b'a' | 0xC3 | b's' | b'o'))
    };
    (may_open(block) && is_bio_of(i)) || (i > 0 && may_open(&blocks[i - 1]) && is_bio_of(i - 1))
}

/// Personal and demonstrative pronouns of the rule's languages, which the
/// pattern would take for a one-word name ("She is an expert on …"). A
/// bio names its writer; a pronoun refers back to someone in the story.
const PRONOUNS: &[&str] = &[
    "he", "she", "it", "they", "i", "we", "you", "this", "that", "there", "here", "who", "one", // English
    "er", "sie", "es", "ich", "wir", "ihr", "das", "dies", "dieser", "diese", "dieses", "man", "wer", // German
    "il", "elle", "ils", "elles", "ce", "cela", "ceci", "je", "nous", "vous", "on", "qui", // French
    "él", "el", "ella", "ellos", "ellas", "esto", "este", "esta", "eso", "yo", "usted", "quien", // Spanish
    "lui", "lei", "egli", "esso", "essa", "questo", "questa", "io", "chi", // Italian
    "ona", "ono", "oni", "one", "to", "ja", "my", "kto", // Polish
];

/// Whether `text`'s first word, the name of the pattern, is a pronoun (in
/// any case) and the verb comes right after it: "She is …", "Er ist …".
/// A name such as "Ella Fitzgerald" goes on with a second word.
fn opens_with_pronoun(text: &str) -> bool {
    let mut words = text.split_whitespace();
    let (Some(first), Some(second)) = (words.next(), words.next()) else {
        return false;
    };
    let first = first.trim_end_matches(',').to_lowercase();
    PRONOUNS.contains(&first.as_str()) && BIO_VERBS.contains(&second)
}

/// The words that follow the name (and its parenthesis) in `pattern`,
/// which matches them as written, without folding case.
const BIO_VERBS: [&str; 12] =
    ["is", "was", "ist", "war", "est", "es", "è", "jest", "writes", "covers", "beschäftigt", "schreibt"];

/// Whether `pattern` may match `text`: its words (split at spaces, `\s`)
/// are one to four that start with a capital, perhaps a parenthesis, then
/// one of [`BIO_VERBS`]. Most lines' second or third word is a lowercase
/// one that is not a verb: they are turned away without the pattern, and
/// a page with none compiles it only if a first-person box asks. A
/// superset: a name word is only asked to start with an uppercase
/// character, and a comma after the last is let by.
fn may_be_bio(text: &str) -> bool {
    // Over ASCII bytes first, as most lines' first words are: the same
    // test, up to a character outside ASCII or a parenthesis, where the
    // words are read as characters.
    let bytes = text.as_bytes();
    match bytes.first() {
        Some(b) if b.is_ascii_uppercase() => {}
        Some(b) if b.is_ascii() => return false,
        Some(_) => return may_be_bio_by_words(text),
        None => return false,
    }
    let mut at = 0;
    for word_index in 0..5 {
        let end =
            bytes[at..].iter().position(|&b| is_space_byte(b) || !b.is_ascii()).map_or(bytes.len(), |len| at + len);
        if bytes.get(end).is_some_and(|b| !b.is_ascii()) {
            return may_be_bio_by_words(text);
        }
        let word = &bytes[at..end];
        if word_index > 0 {
            if BIO_VERBS.iter().any(|v| v.as_bytes() == word) {
                return true;
            }
            if word[0] == b'(' {
                return may_be_bio_by_words(text);
            }
            if !word[0].is_ascii_uppercase() {
                return false;
            }
        }
        at = end + bytes[end..].iter().take_while(|&&b| is_space_byte(b)).count();
        match bytes.get(at) {
            None => return false,
            Some(b) if !b.is_ascii() => return may_be_bio_by_words(text),
            Some(_) => {}
        }
    }
    false
}

/// [`may_be_bio`], word by word.
fn may_be_bio_by_words(text: &str) -> bool {
    let starts_uppercase = |word: &str| word.chars().next().is_some_and(char::is_uppercase);
    // The name starts the line.
    if !starts_uppercase(text) {
        return false;
    }
    let mut words = text.split(char::is_whitespace).filter(|w| !w.is_empty()).skip(1);
    for _ in 0..4 {
        let Some(word) = words.next() else {
            return false;
        };
        if BIO_VERBS.contains(&word) {
            return true;
        }
        if word.starts_with('(') {
            // The parenthesis runs to its first `)`; the verb follows.
            let mut closing = word;
            while !closing.contains(')') {
                let Some(next) = words.next() else {
                    return false;
                };
                closing = next;
            }
            return words.next().is_some_and(|w| BIO_VERBS.contains(&w));
        }
        if !starts_uppercase(word) {
            return false;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{check, Expect::*};

    #[test]
    fn table() {
        check(
            &AuthorBio::new(),
            &[
                ("Phil Helsel is a reporter for NBC News.", Drop),
                // Teaching is news too ("Maria Lopez teaches third grade at
                // Lincoln Elementary"), and history teaches us: no bio.
                ("History teaches us that at moments like this, leaders must choose.", Pass),
                ("Maria Lopez teaches third grade at Lincoln Elementary.", Pass),
                ("Molly Wood (@mollywood) is an Ideas contributor at WIRED and the host of a daily show.", Drop),
                ("Dallas Robinson is a freelance writer living in Minneapolis", Drop),
                ("Jacob Wade is a personal finance expert who has covered credit cards for ten years.", Drop),
                ("Evan Halper writes about a broad range of policy issues out of Washington.", Drop),
                ("Nils Pickert ist freier Autor und Journalist.", Drop),
                ("Jake is the co-founder of Integer 32, the world's first Rust consultancy.", Drop),
                ("Anna Muster ist Chefredakteurin des Magazins.", Drop),
                ("Markus Reuter beschäftigt sich mit den Themen Digital Rights und Zensur.", Drop),
                ("Have a tip? Amy Kuperinsky may be reached at amy@example.com.", Drop),
                ("The minister is a former journalist, the spokesman said on Monday.", Pass),
                ("Biden is expected to sign the bill on Friday.", Pass),
                ("Police said the man was a reporter.", Pass),
                ("Medicare covers most of the costs, officials said.", Pass),
                ("Trevor Daugherty is the Senior Editor of 9to5Toys.", Drop),
                ("Matthew is PCMag's UK-based editor and news reporter.", Drop),
                ("Ramsey Khalifeh is a general assignment reporter on the NYC Accountability desk.", Drop),
                ("Tanja ist seit 2023 Redakteurin bei OMR.", Drop),
                ("Jane Doe is a senior reporter at The Times covering energy.", Drop),
                // A pronoun is no name: the story says who someone is.
                ("She is an expert on volcanoes and has studied Etna for 30 years.", Pass),
                ("Er ist freier Journalist und lebt in Berlin.", Pass),
                ("Elle est journaliste au Monde.", Pass),
                ("Ella Fitzgerald is a writer for the Times.", Drop),
                // The role must come soon after the verb and end the bio's
                // statement; a sentence that goes on is the story's.
                (
                    "Gershkovich was the first American journalist arrested on espionage charges in Russia since the Cold War.",
                    Pass,
                ),
                ("Smith is one of the few people in the town who knows the author.", Pass),
            ],
        );
    }

    /// A first-person box counts after an article's paragraph; alone, it
    /// is an about page's own text.
    #[test]
    fn first_person_boxes_after_an_article() {
        let article = "The recipe makes one large cake, and it keeps for three days in a tin if you wrap it well and store it somewhere cool and dry, away from the sun and from the other cakes on the shelf.";
        for (line, dropped) in [
            ("Ich bin Jens Muster, Rechtsanwalt und Fachanwalt für IT-Recht.", true),
            ("Hallo, ich bin Foodbloggerin, Backbuchautorin und Journalistin.", true),
            ("I'm Amy and I'm so glad you've stopped by! My blog is full of ideas for new parents.", true),
            ("I am Joyce from Sunny Singapore. This blog is a collection of foods we enjoyed.", true),
            ("I am a writer, journalist, professor, systems modeler and avocado-eater.", true),
            ("I'm a freelance journalist, podcaster, author and a mum of two.", true),
            ("I am a journalist, and I will keep asking these questions as long as I can.", false),
            ("I am a journalist. My job is to ask questions, not to make friends.", false),
            ("I am a professor of economics, and I have never seen a budget this reckless.", false),
            ("I am a capitalist. Come on. I believe in markets.", false),
            ("I am a big fan of this cake.", false),
            ("I am glad you liked it!", false),
            ("Ich bin gerade am Überlegen, ob ich auf Kartenzahlung verzichten soll.", false),
            ("Hi! Mein Name ist Johannes aka ohneQ. Mir macht es Spaß, Podcasts zu produzieren.", false),
        ] {
            let blocks = crate::blocks::test_blocks(&format!("{article}\n{line}"));
            let got = crate::rules::testing::verdict_of(&AuthorBio::new(), &blocks, 1);
            assert_eq!(got == Some(RuleVerdict::Drop), dropped, "{line}");
            let alone = crate::blocks::test_blocks(line);
            assert_eq!(crate::rules::testing::verdict_of(&AuthorBio::new(), &alone, 0), None, "{line}");
        }
    }

    proptest::proptest! {
        /// The word test lets through every line the pattern matches, on
        /// lines shaped like a bio: names of any case and script, a
        /// parenthesis, commas and spaces of any kind, verbs and decoys.
        #[test]
        fn word_test_drops_no_match(
            names in proptest::collection::vec(
                "(?:Phil|helsel|Émile|O’Brien|Jean-Pierre|de|X\\.|3D|Ünal|İlkay|ǅemal|\\(@x\\)|\\(The Times\\)|\\(a|b\\)),?",
                1..6,
            ),
            spaces in proptest::collection::vec("[ \u{a0}\t\u{3000}]{1,2}", 6),
            verb in "(?:is|was|ist|war|est|es|è|jest|writes|covers|beschäftigt|schreibt|Is|iss|s|a)",
            rest in "(?: a reporter for X| a senior writer| about policy| sich mit Zensur| über Kunst| an expert)",
        ) {
            static RULE: std::sync::LazyLock<AuthorBio> = std::sync::LazyLock::new(AuthorBio::new);
            let mut text = String::new();
            for (name, space) in names.iter().zip(&spaces) {
                text.push_str(name);
                text.push_str(space);
            }
            text.push_str(&verb);
            text.push_str(&rest);
            if RULE.pattern.is_match(&text) {
                proptest::prop_assert!(may_be_bio(&text), "{:?}", text);
            }
        }
    }

    proptest::proptest! {
        /// The shortcut over bytes answers as the words do.
        #[test]
        fn byte_shortcut_is_the_word_test_on_words(
            text in "(?:(?:[A-Z][a-z]{0,3}|[a-z]{1,3}|is|was|è|ist|\\(x|y\\)|\\(a\\)|Ünal|é|,)[ \t\u{a0}]{1,2}){0,7}"
        ) {
            proptest::prop_assert_eq!(may_be_bio(&text), may_be_bio_by_words(&text), "{:?}", text);
        }

        #[test]
        fn byte_shortcut_is_the_word_test(text in "[A-Za-z(),\u{a0}\t é]{0,6}(?:is|was|ist|es|è|beschäftigt|writes)?[ \u{a0}]?[A-Za-zé ]{0,8}") {
            proptest::prop_assert_eq!(may_be_bio(&text), may_be_bio_by_words(&text), "{:?}", text);
        }
    }

    #[test]
    fn word_test() {
        for line in [
            "Phil Helsel is a reporter for NBC News.",
            "Molly Wood (@mollywood) is an Ideas contributor",
            "Jean Paul Rue, est journaliste",
            "Anna Maria Luise Muster ist Autorin",
            "Anna Maria Luise Muster (Berlin) ist Autorin",
            "Anna (Redaktion, Berlin) ist Autorin",
        ] {
            assert!(may_be_bio(line) && AuthorBio::new().pattern.is_match(line), "{line}");
        }
        for line in [
            "The minister is a former journalist.",
            "Biden said he is a writer.",
            "police said the man was a reporter.",
            "Cannabis Use Disorder Is Rising in U.S. States",
            "A B C D E is a writer",
        ] {
            assert!(!may_be_bio(line), "{line}");
        }
    }

    #[test]
    fn an_author_box_under_its_heading() {
        let article = "The schools reopened on Monday after a week of talks between the union and the city, and most pupils were back in their classes by nine.";
        let bio = "Pai de Francesco e Teresa e marido de Bárbara, Carlos Nadalim é coordenador pedagógico na escola Mundo do Balão Vermelho.";
        let verdicts = |lines: &[&str]| {
            let blocks = crate::blocks::test_blocks(&lines.join("\n"));
            (0..blocks.len())
                .map(|i| crate::rules::testing::verdict_of(&AuthorBio::new(), &blocks, i))
                .collect::<Vec<_>>()
        };
        let dropped = Some(RuleVerdict::Drop);
        let byline = "Carlos Nadalim 27/09/2018 Comente!";
        assert_eq!(
            verdicts(&["Title", byline, article, "Sobre Carlos Nadalim", bio, "Facebook"]),
            [None, None, None, dropped.clone(), dropped.clone(), None]
        );
        let byline = "Por Carlos Nadalim";
        assert_eq!(verdicts(&["Title", byline, article, "Sobre Carlos Nadalim", bio])[3..], [dropped.clone(), dropped]);
        // The byline must name the writer: a profile's subject is no byline.
        assert_eq!(verdicts(&["Title", article, "Sobre Carlos Nadalim", bio]), [None, None, None, None]);
        assert_eq!(verdicts(&["Title", "Carlos Nadalim: o professor", article, "Sobre Carlos Nadalim", bio])[3], None);
        let years = "Carlos Nadalim 1964–2024";
        assert_eq!(verdicts(&["Title", years, article, "Sobre Carlos Nadalim", bio])[3], None);
        // A box that opens the text, with no byline above it.
        assert_eq!(verdicts(&["Sobre Carlos Nadalim", bio]), [None, None]);
        let headline = "Carlos Nadalim, professor who taught a million children, dies aged 54";
        assert_eq!(verdicts(&["Title", headline, article, "Sobre Carlos Nadalim", bio])[3], None);
        // The bio must name the writer; a heading with a number or
        // lowercase words names no one.
        let other = "Pai de Francesco e Teresa, ele é coordenador pedagógico na escola Mundo do Balão Vermelho.";
        assert_eq!(verdicts(&["Title", "Por Carlos Nadalim", article, "Sobre Carlos Nadalim", other])[3], None);
        assert_eq!(verdicts(&["About 200 People", "About 200 People came to see Smith."])[..1], [None]);
        assert_eq!(verdicts(&[article, "About the Author Smith", "Jane Smith writes poems."])[1], None);
        // A section of a profile: the story goes on after it.
        let profile = [
            "Title",
            "By Joe Biden",
            "About Joe Biden",
            "Joe Biden was born in Scranton, Pennsylvania, in 1942.",
            "He served as a senator for Delaware for 36 years before he became vice president under Barack Obama in 2009, and he ran for president twice before he won in 2020.",
        ];
        assert_eq!(verdicts(&profile), [None, None, None, None, None]);
    }

    #[test]
    fn not_inside_the_article() {
        let page = "Smith is a former reporter who joined the campaign in May.\n\
                    He said the campaign had changed its plans after the vote and would now spend most of its money on television ads in the state, where the race has tightened since the summer.";
        let blocks = crate::blocks::test_blocks(page);
        assert_eq!(crate::rules::testing::verdict_of(&AuthorBio::new(), &blocks, 0), None);
    }
}
