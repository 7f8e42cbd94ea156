//! `byline`: the author line, kept as metadata.
//!
//! What it removes: a short line that names the author after a "By"-word in
//! one of the common languages, with nothing else but a role or outlet
//! after a separator; or a "By"-word alone on its line and the name on the
//! next (`By` / `Jane Doe`), both lines; or, over the article's first
//! paragraph, a name with the writer's role after it and no "By"-word
//! (`Jane Doe, Staff Writer`). A role is left out of the byline's names,
//! and so is the writer's handle or e-mail address after the name.
//! Why: the byline is metadata (`byline`), not body text.
//! Example: `By Jane Doe and Marcus Whitfield`, `Von Anna Schmidt`, `Par Marie Dupont | Le Monde`.

use super::opening::Words;
use super::{Context, Lazy, MetaValue, Rule, RuleVerdict};
use crate::blocks::ascii_set;
use regex::Regex;
use std::borrow::Cow;

pub(crate) struct Byline {
    pattern: Lazy<Regex>,
    /// A line that is only a name: the name under a bare By-word.
    bare_name: Lazy<Regex>,
}

/// By-words that stand alone on their line, the name on the next one
/// ("By" / "Jane Doe", "Author:" / "Editorial Staff"): scraped text puts
/// a link to the author's page on a line of its own. Lowercase.
/// They open with a, b, d, g, p, v or w (`is_bare_label` tests that first).
const BARE_LABELS: &[&str] = &[
    "by",
    "von",
    "par",
    "por",
    "door",
    "av",
    "af",
    "autor",
    "autora",
    "autorka",
    "author",
    "written by",
    "posted by",
    "geschrieben von",
];

/// Small words that a headline in Title Case capitalises and a name
/// does not hold ("Top Stories Of The Week", "Why We Need To Talk").
const TITLE_CASE_SMALL_WORDS: &[&str] = &[
    "A", "An", "The", "Of", "To", "In", "On", "For", "With", "At", "From", "Is", "Are", "And", "Or", "Why", "How",
    "What",
];

/// The longest of [`BARE_LABELS`] in bytes, with a colon and a space.
const MAX_BARE_LABEL_BYTES: usize = 17;

/// The most words of the name under a bare By-word.
const MAX_BARE_NAME_WORDS: usize = 5;

/// Whether `text` is only a By-word (a colon after it or not).
fn is_bare_label(text: &str) -> bool {
    // The labels' first letters, a test before the comparisons (most
    // short lines are menu items).
    let opens_as_a_label = || matches!(text.as_bytes()[0] | 0x20, b'a' | b'b' | b'd' | b'g' | b'p' | b'v' | b'w');
    if text.is_empty() || text.len() > MAX_BARE_LABEL_BYTES || !opens_as_a_label() {
        return false;
    }
    let label = text.trim().trim_end_matches(':').trim_end();
    BARE_LABELS.iter().any(|l| label.eq_ignore_ascii_case(l))
}

impl Byline {
    pub(crate) fn new() -> Byline {
        // A name: capitalized words, initials, particles and joiners.
        let name = r"\p{Lu}[\p{L}'’.\-]*";
        let joiner = r"(?:and|und|et|y|e|i|&|van|von|der|den|de|da|di|du|le|la|bin|al|el|ibn|dos|das|del)";
        // The writer's handle or e-mail address after the name ("By Eric
        // Levitz @EricLevitz", "Por Mariano Martín mmartin@ambito.com.ar").
        let address = r"(?:@[\w.]+|[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+)";
        let pattern = format!(
            r"^(?i:by|von|par|por|di|door|av|af|autor|autora|autorka|text|texte|written by|reporting by|words by|автор)\s*:?\s+(?P<name>{name}(?:,?\s+(?:{name}|{joiner}))*)(?P<addresses>(?:\s+{address})*)\s*(?:[|,·•–—\-/]\s*(?P<tail>.*))?$"
        );
        let bare_name = format!(r"^{name}(?:\s+(?:{name}|{joiner})){{0,{}}}$", MAX_BARE_NAME_WORDS - 1);
        Byline { pattern: super::regex(&pattern), bare_name: super::regex(&bare_name) }
    }

    /// The byline of a bare By-word and the name under it, read from
    /// either of the two lines: the name, when block `name_index` is one.
    /// A line some rule's phrase names ("Recent Posts" under a sidebar's
    /// "Author" heading), a cut one ("Suche…"), a headline in Title Case
    /// ("Top Stories Of The Week") or the headline the page's first line,
    /// its HTML title, holds is no name.
    fn split_byline(&self, ctx: &Context<'_>, name_index: usize) -> Option<RuleVerdict> {
        let name_line = ctx.blocks.get(name_index)?;
        let f = &name_line.features;
        let name = name_line.text.trim();
        let in_html_title = || name_index > 0 && ctx.blocks[0].key.contains(name_line.key);
        ((2..=MAX_BARE_NAME_WORDS).contains(&f.words)
            && f.digits == 0
            && !name.ends_with("..")
            && !name.ends_with('…')
            && !name.split_whitespace().any(|w| TITLE_CASE_SMALL_WORDS.contains(&w))
            && !ctx.claimed_by_a_phrase(name_index)
            && self.bare_name.is_match(name)
            && !in_html_title())
        .then(|| RuleVerdict::Meta(Box::new(MetaValue::Byline(name.to_owned()))))
    }
}

/// The last words of a journalist's role after the name, lowercase
/// ("Jane Doe, Staff Writer", "Caroline Hawley, BBC diplomatic
/// correspondent", "Anna Schmidt | Redakteurin").
const ROLE_WORDS: &[&str] = &[
    "writer",
    "writers",
    "reporter",
    "reporters",
    "correspondent",
    "columnist",
    "contributor",
    "editor",
    "journalist",
    "staff",
    "redakteur",
    "redakteurin",
    "korrespondent",
    "korrespondentin",
    "reporterin",
    "journaliste",
    "rédacteur",
    "rédactrice",
    "correspondant",
    "correspondante",
    "periodista",
    "redactor",
    "redactora",
    "corresponsal",
    "giornalista",
    "corrispondente",
    "redaktor",
    "dziennikarz",
    "dziennikarka",
];

/// Words of a clause, which a role has not ("Jane Doe, who was the
/// editor"): articles, relative pronouns and "to be", lowercase.
const CLAUSE_WORDS: &[&str] = &[
    "who", "which", "that", "was", "is", "the", "a", "an", "der", "die", "das", "ein", "eine", "war", "ist", "qui",
    "est", "le", "la", "un", "une", "que", "el", "es", "fue", "il", "è",
];

/// The most words of a role after the name ("AP National Political Writer").
const MAX_ROLE_WORDS: usize = 5;

impl Byline {
    /// The name of a byline with no By-word, the writer's role after it
    /// and a separator: "Jane Doe, Staff Writer", "Steve Peoples, AP
    /// National Political Writer", "Anna Schmidt | Redakteurin". The role
    /// ends in one of [`ROLE_WORDS`] and has no sentence's end; the name is
    /// two to five capitalised words, as under a bare By-word.
    fn name_before_role<'t>(&self, text: &'t str, lower: &str) -> Option<&'t str> {
        // The last word first: most lines end in no role.
        let last = lower.trim_end().rsplit(char::is_whitespace).next()?;
        if !ROLE_WORDS.contains(&last) {
            return None;
        }
        let (name, role) = text.split_once([',', '|', '–', '—'])?;
        let name = name.trim();
        // An acronym is an outlet's or an agency's, not a name's ("Pentagon
        // Expels NYT, NPR Reporters").
        let acronym =
            |w: &str| w.chars().filter(|c| c.is_alphabetic()).count() >= 3 && !w.chars().any(char::is_lowercase);
        (is_role(role)
            && (2..=MAX_BARE_NAME_WORDS).contains(&name.split_whitespace().count())
            && !name.split_whitespace().any(acronym)
            && !name.split_whitespace().any(|w| TITLE_CASE_SMALL_WORDS.contains(&w))
            && self.bare_name.is_match(name))
        .then_some(name)
    }
}

impl Rule for Byline {
    fn name(&self) -> &'static str {
        "byline"
    }
    fn doc(&self) -> &'static str {
        "Removes the author line and keeps the names as metadata (`byline`). It names who wrote \
         the piece; it is not part of it. Example: `By Jane Doe and Marcus Whitfield`, \
         `Von Anna Schmidt`, `Jane Doe, Staff Writer` over the first paragraph."
    }
    fn classify(&self, ctx: &Context<'_>) -> Option<RuleVerdict> {
        let block = ctx.block();
        if is_bare_label(block.text) {
            return self.split_byline(ctx, ctx.index + 1);
        }
        if ctx.index > 0 && block.features.words <= MAX_BARE_NAME_WORDS && is_bare_label(ctx.blocks[ctx.index - 1].text)
        {
            if let Some(verdict) = self.split_byline(ctx, ctx.index) {
                return Some(verdict);
            }
        }
        if block.features.words > 12 || block.features.words < 2 || block.features.sentences > 1 {
            return None;
        }
        // Most lines do not match: the opening word and a match test first,
        // since `captures` allocates its slots on every call.
        if !may_match(block.text) || !self.pattern.is_match(block.text) {
            // A By-word's byline may have a role too ("By Tom Ellery,
            // Environment Reporter"): it is read above, with the By-word.
            // The separator first: most lines have none.
            let separated = block.has_ascii_mark(ascii_set(b",|")) || block.has_char('–') || block.has_char('—');
            if !separated {
                return None;
            }
            return self
                .name_before_role(block.text, block.lower)
                .filter(|_| heads_the_article(ctx))
                .map(|name| RuleVerdict::Meta(Box::new(MetaValue::Byline(name.to_owned()))));
        }
        let caps = self.pattern.captures(block.text)?;
        let name = caps.name("name")?.as_str().trim_end_matches([',', ' ']);
        // A writer's handles and addresses hold their name ("@EricLevitz",
        // "mmartin@…"); a quoted post's do not ("By God @realDonaldTrump,
        // America is back").
        if caps.name("addresses").is_some_and(|a| !a.is_empty() && !addresses_hold_the_name(a.as_str(), name)) {
            return None;
        }
        // "By Friday, …", "By March, …": a By-word before a day or a month
        // opens a sentence; no one signs with a date alone. The name runs
        // over commas ("Jane Doe, CNN"): its first part is the one signed,
        // and a name that only starts like a month ("April Ryan") stays.
        if name.split(',').next().unwrap_or(name).split_whitespace().all(is_day_or_month) {
            return None;
        }
        // After the separator a byline has a role or an outlet ("Le Monde",
        // "staff writer"); a lowercase clause ending as a sentence does
        // ("Par Dieu, dit-il, nous allons gagner.") means the line is prose.
        if caps.name("tail").is_some_and(|tail| is_clause(tail.as_str())) {
            return None;
        }
        // The names without the writer's role ("By Tom Ellery,
        // Environment Reporter"); an outlet stays ("By Jane Doe, CNN").
        let name = match name.rsplit_once(',') {
            Some((names, role)) if is_role(role) => names.trim_end(),
            _ => name,
        };
        Some(RuleVerdict::Meta(Box::new(MetaValue::Byline(name.to_owned()))))
    }
}

/// Whether block `ctx.index` stands where a byline with no By-word does:
/// over the article's first paragraph. Prose follows within a few lines
/// (a date line between), and no two paragraphs in a row come before it
/// within `LOOKBACK` lines, lines some rule's phrase names aside (a
/// cookie notice): a single one is a standfirst, a consent blurb or a
/// breaking-news strip, an article's body is a run. Not a line the page's
/// first line, its HTML title, holds (that line itself included): a
/// headline in Title Case ("Pentagon Expels NYT, NPR Reporters") reads
/// as a name and a role. A list of names and roles inside the article
/// ("Maria Lopez, Managing Editor"), a box's signature after its
/// paragraphs and a footer's "Contact Us | Our Staff" stand elsewhere.
fn heads_the_article(ctx: &Context<'_>) -> bool {
    const LOOKAHEAD: usize = 3;
    const LOOKBACK: usize = 40;
    const MIN_PROSE_WORDS: usize = 15;
    let i = ctx.index;
    let is_prose = |b: &crate::blocks::Block| b.features.terminal && b.features.effective_words >= MIN_PROSE_WORDS;
    let in_html_title = || ctx.blocks[0].key.contains(ctx.blocks[i].key);
    let unclaimed_prose = |j: usize| is_prose(&ctx.blocks[j]) && !ctx.claimed_by_a_phrase(j);
    ctx.blocks[i + 1..].iter().take(LOOKAHEAD).any(is_prose)
        && !(i.saturating_sub(LOOKBACK)..i.saturating_sub(1)).any(|j| unclaimed_prose(j) && unclaimed_prose(j + 1))
        && !in_html_title()
}

/// Whether each of the handles and e-mail addresses in `addresses` holds
/// a word of three letters or more of `name`, in any case and without its
/// accents ("mmartin@" for "Mariano Martín").
fn addresses_hold_the_name(addresses: &str, name: &str) -> bool {
    use unicode_normalization::UnicodeNormalization;
    const MIN_LETTERS: usize = 3;
    let words: Vec<String> = name
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() >= MIN_LETTERS)
        .map(|w| {
            w.nfd().filter(|c| !unicode_normalization::char::is_combining_mark(*c)).collect::<String>().to_lowercase()
        })
        .collect();
    addresses.split_whitespace().all(|address| {
        let address = address.to_lowercase();
        words.iter().any(|w| address.contains(w.as_str()))
    })
}

/// Whether `text` is a writer's role: one to [`MAX_ROLE_WORDS`] words, the
/// last of them one of [`ROLE_WORDS`], none of them a clause's
/// ([`CLAUSE_WORDS`]) and no sentence's end.
fn is_role(text: &str) -> bool {
    let words = text.split_whitespace().count();
    let last = text.rsplit(char::is_whitespace).next().unwrap_or("").to_lowercase();
    (1..=MAX_ROLE_WORDS).contains(&words)
        && ROLE_WORDS.contains(&last.as_str())
        && !text.contains(['.', '!', '?', ','])
        && !text.split_whitespace().any(|w| CLAUSE_WORDS.contains(&w))
}

/// Whether `word` is a weekday's or a month's name or abbreviation, in any
/// case and with a trailing comma or dot.
fn is_day_or_month(word: &str) -> bool {
    let word = word.trim_end_matches([',', '.']).to_lowercase();
    super::date_line::is_weekday(&word) || super::date_line::month_number(&word).is_some()
}

/// Whether `tail` reads as a clause: it opens in lowercase, ends with
/// sentence punctuation (a closing quote or bracket after it aside), has
/// three words or more and no capitalised one. A role or an outlet with a
/// full stop is none ("staff writer.", "the Associated Press.", "special
/// to the Star.", "updated 10:00 a.m.").
fn is_clause(tail: &str) -> bool {
    const MIN_WORDS: usize = 3;
    let tail = tail.trim().trim_end_matches(['"', '\'', '”', '’', '»', ')']);
    let words = || tail.split(|c: char| c.is_whitespace() || c == ',').filter(|w| w.starts_with(char::is_alphabetic));
    tail.chars().next().is_some_and(char::is_lowercase)
        && tail.ends_with(['.', '!', '?', '…'])
        && words().count() >= MIN_WORDS
        && !words().any(|w| w.starts_with(char::is_uppercase))
}

/// The pattern's opening words, lowercase ("written by" and the like by
/// their first word).
static OPENING_WORDS: Words = Words::new(&[
    "by",
    "von",
    "par",
    "por",
    "di",
    "door",
    "av",
    "af",
    "autor",
    "autora",
    "autorka",
    "text",
    "texte",
    "written",
    "reporting",
    "words",
    "автор",
]);

/// Whether the pattern may match `text`: it opens with one of
/// [`OPENING_WORDS`] in any case, then a space or a colon.
fn may_match(text: &str) -> bool {
    OPENING_WORDS.may_open(text)
}

/// The names of a byline that `text` is, as a date line has it beside its
/// date (`By Jane Doe, 4 August 2025`): after a "By"-word (and the "by" of
/// "Written by") and a colon, words that start with a capital or a digit
/// or join names (`and`, `von` …), up to a separator; `is_label` words at the end
/// (`on`, `am` before the date) left out. `None` when `text` does not open
/// that way.
pub(crate) fn names_after_by_word<'t>(text: &'t str, is_label: &dyn Fn(&str) -> bool) -> Option<Cow<'t, str>> {
    if !may_match(text) {
        return None;
    }
    let (opening, mut rest) = text.split_once(char::is_whitespace).unwrap_or((text, ""));
    let opening = opening.trim_end_matches(':');
    if !OPENING_WORDS.contains(opening) {
        return None;
    }
    rest = rest.trim_start().trim_start_matches(':').trim_start();
    if let Some(after_by) = rest.strip_prefix("by ").or_else(|| rest.strip_prefix("By ")) {
        rest = after_by.trim_start();
    }
    let mut names = rest.split(['|', ',', '·', '•', '–', '—', '/']).next().unwrap_or("").trim();
    while let Some((before, last)) = names.rsplit_once(' ') {
        if !is_label(&last.to_lowercase()) {
            break;
        }
        names = before.trim_end();
    }
    // The writer's handles and addresses are not their names ("By Eric
    // Levitz @EricLevitz", "By Jane Doe @janedoe and John Roe @jroe"),
    // unless the byline has nothing else ("By @janedoe"). Beside a date
    // such a line is a byline, whoever the handle is.
    let without_addresses = || names.split_whitespace().filter(|w| !w.contains('@')).collect::<Vec<_>>().join(" ");
    let names: Cow<'t, str> = match names.contains('@') {
        true if names.split_whitespace().any(|w| !w.contains('@')) => Cow::Owned(without_addresses()),
        _ => Cow::Borrowed(names),
    };
    const JOINERS: [&str; 20] = [
        "and", "und", "et", "y", "e", "i", "&", "van", "von", "der", "den", "de", "da", "di", "du", "le", "la", "del",
        "dos", "das",
    ];
    // A name's words start with a capital (or a digit: a user name such as
    // `Yves Leclercq 214`); joiners are in lowercase.
    let name_words =
        names.split_whitespace().all(|w| !w.chars().next().is_some_and(char::is_lowercase) || JOINERS.contains(&w));
    // "By Friday, March 3": no one signs with a day or a month alone.
    let a_date = names.split_whitespace().all(is_day_or_month);
    (!names.is_empty() && name_words && !a_date).then_some(names)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{check, meta_of, Expect::*};

    #[test]
    fn table() {
        check(
            &Byline::new(),
            &[
                ("By Jane Doe", Meta),
                ("By Jane Doe and Marcus Whitfield", Meta),
                ("BY JOHN SMITH", Meta),
                ("By Jamelle Bouie | Opinion Columnist", Meta),
                ("Von Anna Schmidt", Meta),
                ("Par Marie Dupont, Le Monde", Meta),
                ("Por María José de la Fuente", Meta),
                ("Autor: Jan Kowalski", Meta),
                ("By the end of the week, the talks had collapsed.", Pass),
                ("By contrast the market rallied", Pass),
                // A day or a month after the By-word opens a sentence.
                ("By Friday, more than 200 people had been evacuated.", Pass),
                ("By March, inflation had eased to 3 percent.", Pass),
                ("BY MONDAY, THE TALKS HAD COLLAPSED", Pass),
                ("By April Ryan", Meta),
                ("By April Ryan, CNN", Meta),
                // A lowercase clause after the separator is prose.
                ("Par Dieu, dit-il, nous allons gagner.", Pass),
                ("By Jane Doe, staff writer.", Meta),
                ("By Jane Doe, the Associated Press.", Meta),
                ("By Jane Doe, special to the Star.", Meta),
                ("By Jane Doe | updated 10:00 a.m.", Meta),
                ("By Jane Doe, staff writer", Meta),
                ("By Troy L. Smith, Cleveland.com", Meta),
                ("Von der Leyen warns of tariffs on steel", Pass),
                ("Autor: Jan Kowalski, Redaktor", Meta),
                // A handle or an e-mail address after the name.
                ("By Eric Levitz @EricLevitz", Meta),
                ("Por Mariano Martín mmartin@ambito.com.ar", Meta),
                ("By Megan Rowe meganr@spokesman.com", Meta),
                ("By Jane Doe @jdoe @jdoe_news | Reporter", Meta),
                // A quoted post's handle is not the writer's.
                ("By God @realDonaldTrump, America is back", Pass),
                ("Por Favor @Renfe", Pass),
                ("Par Toutatis @EmmanuelMacron, quelle honte", Pass),
                ("By Appointment Only gallery@example.com", Pass),
            ],
        );
    }

    #[test]
    fn bare_labels_open_with_the_letters_tested() {
        for label in BARE_LABELS {
            assert!(is_bare_label(label) && is_bare_label(&format!("{}:", label.to_uppercase())), "{label}");
        }
        assert!(!is_bare_label("") && !is_bare_label("Home") && !is_bare_label("by the way"));
    }

    /// A By-word alone on its line and the name on the next: both lines
    /// give the byline. Not a sentence, a number or a cut line.
    #[test]
    fn a_bare_by_word_and_the_name_under_it() {
        let rule = Byline::new();
        for (page, expected) in [
            ("By\nJane Doe", Some("Jane Doe")),
            ("Author:\nPractical Horseman Editorial Staff", Some("Practical Horseman Editorial Staff")),
            ("Von\nMoritz Pieczewski-Freimuth", Some("Moritz Pieczewski-Freimuth")),
            ("by\nthe end of the week", None),
            ("By\n5 Things to Do in June", None),
            ("Von:\nSuche Erweiterte Suche...", None),
            ("By\nJane Doe and the rest of the team went home.", None),
            ("By\nTop Stories Of The Week", None),
        ] {
            let blocks = crate::blocks::test_blocks(page);
            for index in 0..2 {
                let got = byline_at(&rule, &blocks, index);
                assert_eq!(got.as_deref(), expected, "{page:?} line {index}");
            }
        }
    }

    /// The headline the HTML title holds, under a By-word with no name,
    /// stays the title.
    #[test]
    fn a_headline_under_a_bare_by_word_is_no_name() {
        let body = "Heavy rain on Sunday washed away part of the only road into the valley, officials said.\n\
                    Crews expect to reopen one lane by the end of the week, the regional transport office said.";
        let page = format!("Floods Close Valley Road | Valley Post\nHome\nWorld\nBy\nFloods Close Valley Road\n{body}");
        let article = crate::Cleaner::new().clean(&page);
        assert_eq!(article.title.as_deref(), Some("Floods Close Valley Road"));
        assert_eq!(article.byline, None);
    }

    /// The byline a line with a role and no By-word gives, between a
    /// headline and the article's first paragraph.
    fn role_byline(line: &str) -> Option<String> {
        let page = format!(
            "Floods close the valley road\n{line}\nHeavy rain on Sunday washed away part of the only road into the valley, officials said."
        );
        let blocks = crate::blocks::test_blocks(&page);
        byline_at(&Byline::new(), &blocks, 1)
    }

    /// The byline the rule reads off block `index`, if it reads one.
    fn byline_at(rule: &Byline, blocks: &[crate::blocks::Block], index: usize) -> Option<String> {
        match crate::rules::testing::verdict_of(rule, blocks, index) {
            Some(RuleVerdict::Meta(value)) => match *value {
                MetaValue::Byline(name) => Some(name),
                _ => None,
            },
            _ => None,
        }
    }

    #[test]
    fn a_name_and_a_role_over_the_article() {
        for (line, expected) in [
            ("Jane Doe, Staff Writer", Some("Jane Doe")),
            ("Steve Peoples, Ap National Political Writer", Some("Steve Peoples")),
            ("Caroline Hawley, BBC diplomatic correspondent", Some("Caroline Hawley")),
            ("Anna Schmidt | Redakteurin", Some("Anna Schmidt")),
            ("Obama, the writer", None),
            ("Why The Writer Left, And Who Replaced Her As Editor", None),
            ("He was a fine writer, and a better editor.", None),
            ("Jane Doe, who was the editor", None),
            ("Sports, Opinion, Staff", None),
            ("New York, N.Y., freelance writer", None),
            ("The Times Of London | Staff Writer", None),
            ("Jane, Staff Writer", None),
            ("Jane Doe, Senior Writer For The Weekend Edition Staff", None),
        ] {
            assert_eq!(role_byline(line).as_deref(), expected, "{line}");
        }
    }

    /// Where a name and a role stand decides: over the article's first
    /// paragraph, not as the page's headline, in a list inside the
    /// article, under a box's paragraphs or in a footer.
    #[test]
    fn a_name_and_a_role_elsewhere_is_no_byline() {
        let paragraph = "Heavy rain on Sunday washed away part of the only road into the valley, officials said.";
        let at = |page: &str, index: usize| {
            let blocks = crate::blocks::test_blocks(page);
            crate::rules::testing::verdict_of(&Byline::new(), &blocks, index).is_some()
        };
        assert!(at(&format!("Floods close the road\nJane Doe, Staff Writer\n{paragraph}"), 1));
        // The page's first line, or the headline its HTML title holds.
        assert!(!at(&format!("Pentagon Expels NYT, NPR Reporters\n{paragraph}"), 0));
        assert!(!at(
            &format!(
                "Pentagon Expels NYT, NPR Reporters | The Post\nHome\nPentagon Expels NYT, NPR Reporters\n{paragraph}"
            ),
            2
        ));
        // After the article's prose: a list of the staff, a footer.
        let list =
            format!("{paragraph}\n{paragraph}\nMaria Lopez, Managing Editor\nTom Brown, Deputy Editor\n{paragraph}");
        assert!(!at(&list, 2) && !at(&list, 3));
        assert!(!at(&format!("{paragraph}\n{paragraph}\nContact Us | Our Staff\nAbout Us\nImprint\nPrivacy"), 2));
        // One paragraph before it is a standfirst, not the article.
        assert!(at(&format!("Floods close the road\n{paragraph}\nJane Doe, Staff Writer\n{paragraph}"), 2));
        // A headline with an acronym, whatever the HTML title says.
        assert!(!at(
            &format!("Pentagon expels reporters - The Post\nPentagon Expels NYT, NPR Reporters\n{paragraph}"),
            1
        ));
        // No prose after it.
        assert!(!at("Floods close the road\nJane Doe, Staff Writer\nHome\nNews\nSport\nWeather", 1));
    }

    /// A byline with a role and no By-word, between the headline and the
    /// body of a page with no HTML title first: metadata, not the title.
    #[test]
    fn a_byline_with_a_role_is_no_title() {
        let body = "Heavy rain on Sunday washed away part of the only road into the valley, officials said.\n\
                    Crews expect to reopen one lane by the end of the week, the regional transport office said.";
        let page = format!("Floods close the valley road\nJane Doe, Staff Writer\n{body}");
        let article = crate::Cleaner::new().clean(&page);
        assert_eq!(article.title.as_deref(), Some("Floods close the valley road"));
        assert_eq!(article.byline.as_deref(), Some("Jane Doe"));
    }

    /// A line a phrase names is that rule's, though a bare By-word (a
    /// sidebar's "Author" heading) stands over it: "Recent Posts" stays the
    /// end marker that closes the article.
    #[test]
    fn a_claimed_line_under_a_bare_by_word_is_no_name() {
        let body = "Heavy rain on Sunday washed away part of the only road into the valley, officials said.\n\
                    Crews expect to reopen one lane by the end of the week, the regional transport office said.";
        let page =
            format!("Floods close the valley road\nBy\nJane Doe\n{body}\n{body}\n{body}\nAuthor\nRecent Posts\n");
        let article = crate::Cleaner::new().clean(&page);
        assert_eq!(article.byline.as_deref(), Some("Jane Doe"));
        let rules: Vec<&str> = article.lines.iter().map(|l| &*l.rule).collect();
        assert_eq!(rules.last(), Some(&"end-marker"), "{rules:?}");
    }

    /// What the opening test turns away, the pattern would not match: on
    /// every fixture line and on a line for each opening word.
    #[test]
    fn opening_test_drops_no_match() {
        let rule = Byline::new();
        let mut lines = crate::rules::testing::fixture_lines();
        for opening in [
            "By",
            "BY",
            "Von",
            "Par",
            "Por",
            "Di",
            "Door",
            "Av",
            "Af",
            "Autor:",
            "Autora:",
            "Autorka:",
            "Text:",
            "Texte :",
            "Written by",
            "Reporting by",
            "Words by",
            "Автор:",
            "WRITTEN BY",
        ] {
            lines.push(format!("{opening} Jane Doe"));
        }
        let matched = crate::rules::testing::matches_kept(&lines, |line| rule.pattern.is_match(line), may_match);
        assert!(matched >= 19, "{matched}");
    }

    proptest::proptest! {
        #[test]
        fn opening_test_drops_no_match_on_any_opening(
            line in "(?i:by|von|par|por|di|door|av|af|autor|autora|autorka|text|texte|written by|reporting by|words by|автор|[a-zſ\u{212a}]{1,3})[ :\u{a0}]{1,2}[A-Z\u{212a}É][a-z]{0,3}(?: [A-Z][a-z]{0,3})?"
        ) {
            static RULE: std::sync::LazyLock<Byline> = std::sync::LazyLock::new(Byline::new);
            proptest::prop_assert!(may_match(&line) || !RULE.pattern.is_match(&line), "{:?}", line);
        }
    }

    #[test]
    fn name_is_read() {
        assert_eq!(
            meta_of(&Byline::new(), "By Jane Doe and Marcus Whitfield"),
            Some(MetaValue::Byline("Jane Doe and Marcus Whitfield".into()))
        );
        assert_eq!(meta_of(&Byline::new(), "Von Anna Schmidt"), Some(MetaValue::Byline("Anna Schmidt".into())));
        // The role goes, an outlet stays.
        assert_eq!(meta_of(&Byline::new(), "By Jane Doe, CNN"), Some(MetaValue::Byline("Jane Doe, CNN".into())));
        assert_eq!(
            meta_of(&Byline::new(), "By Tom Ellery, Environment Reporter"),
            Some(MetaValue::Byline("Tom Ellery".into()))
        );
        // A handle or an address is not part of the name.
        assert_eq!(
            meta_of(&Byline::new(), "By Eric Levitz @EricLevitz"),
            Some(MetaValue::Byline("Eric Levitz".into()))
        );
        assert_eq!(
            meta_of(&Byline::new(), "Por Mariano Martín mmartin@ambito.com.ar"),
            Some(MetaValue::Byline("Mariano Martín".into()))
        );
    }
}
