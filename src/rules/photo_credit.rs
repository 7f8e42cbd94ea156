//! `photo-credit`: photo captions and credit lines.
//!
//! What it removes: a line that is a picture credit ("Photo: AP",
//! "(Reuters)"), or a caption that ends in one ("… / Reuters",
//! "… REUTERS/Jane Doe", "… Credit... Name/Outlet", "… (Photo: AFP)").
//! Why: captions describe a picture the text no longer has, and often repeat
//! a body sentence word for word; credits are never article text.
//! A dateline such as "WASHINGTON (Reuters) - …" opens a body paragraph and
//! is kept: the agency must end the line, or be all of it. So is a name
//! that only looks like an agency's: a short acronym not in capitals
//! ("(ePA)"), one the words before spell out ("Environmental Protection
//! Agency (EPA)"), and a sentence that ends in an agency ("- a guide for
//! Bloomberg").
//! Example: `"…," the statement said. / Reuters`, `Photo: AP`, `Foto: dpa`.

use super::matcher::Matcher;
use super::opening::fold_to_lowercase;
use super::{whole, Context, Lazy, Phrase, Rule, RuleVerdict};
use crate::blocks::{ascii_set, Block};
use crate::chars::has_byte_pair;

/// The patterns in three groups, each asked only when the line has what
/// every pattern of the group needs (exact prefilters: a line they skip
/// cannot match), since nearly every line reaches this rule.
pub(crate) struct PhotoCredit {
    /// The line is an agency name and punctuation: asked only when the line
    /// has no more letters than the longest agency name and the lexicon
    /// found its letters to be one (see [`AGENCY_PHRASES`]) or, outside
    /// ASCII, they fold to one (see [`PhotoCredit::letters_may_name_an_agency`]).
    whole_agency: Lazy<Matcher>,
    max_agency_letters: usize,
    /// Each agency name's letters, lowercase.
    agency_letters: Vec<String>,
    /// Label and separator: asked only when the line has `:`, `©`, `…`,
    /// `...` or "by" and does not end in `.`, `!` or `?`.
    separated: Lazy<Matcher>,
    /// An agency at the end after `/`, `|`, `©` or `-`: asked only when the
    /// line ends in an agency name's last word (see [`PhotoCredit::last_word_may_be_agency`]),
    /// give or take `)`, and has one of those separators.
    after_separator: Lazy<Matcher>,
    /// The last words of the agency names ("images" of "getty images"),
    /// by length in bytes: a line's last word is compared with the few of
    /// its length only.
    agency_last_words: Vec<Vec<&'static str>>,
    /// "REUTERS/Name": asked only when the line has an agency and `/`.
    wire_slash: Lazy<Matcher>,
    /// A photographer's name glued to an outlet, the whole line ("Amy K.
    /// Dragoo/AIMMEDIA", "Jane Doe/AP"): asked only for a short
    /// line with `/` and no digit or sentence end (see [`PhotoCredit::may_be_name_slash_outlet`]).
    name_slash_outlet: Lazy<Matcher>,
    /// A caption's sentence and then, glued by `/`, who took the picture
    /// and for whom ("… its supply chain. Mike Blake/Reuters files",
    /// "… ministra del Micitt. Archivo/La República"): asked only when no
    /// sentence ends after the line's last `/` and one ends before it (see
    /// [`may_end_in_glued_credit`]).
    glued_after_sentence: Lazy<Matcher>,
    /// A credit in parentheses at the end: asked only when the line ends in
    /// `)` and an agency or a label opens a parenthesis before it (see
    /// [`paren_may_open_a_credit`]). A label and what follows it ("(Photo:
    /// AFP)").
    in_parentheses: Lazy<Matcher>,
    /// An agency alone, as it writes its name ("… Julian Assange (AFP)"),
    /// and not spelled out by the words before it (see
    /// [`PhotoCredit::is_bare_agency_in_parentheses`]).
    bare_in_parentheses: Lazy<Matcher>,
}

/// The labels of a credit, lowercase ("Photo: AP", "(Foto: dpa)").
const LABELS: [&str; 30] = [
    "photo",
    "photos",
    "photograph",
    "photography",
    "image",
    "images",
    "picture",
    "pic",
    "foto",
    "fotos",
    "bild",
    "bilder",
    "fotografia",
    "zdjęcie",
    "fot",
    "фото",
    "credit",
    "credits",
    "crédit",
    "crédits",
    "crédit photo",
    "photo credit",
    "image credit",
    "image source",
    "bildquelle",
    "quelle",
    "illustration",
    "video",
    "grafik",
    "graphic",
];

/// Picture agencies and stock libraries, as credits name them (lowercase).
const AGENCY_NAMES: [&str; 43] = [
    "reuters",
    "ap",
    "ap photo",
    "afp",
    "afp via getty images",
    "getty",
    "getty images",
    "epa",
    "epa-efe",
    "dpa",
    "anadolu",
    "anadolu agency",
    "aa",
    "efe",
    "ansa",
    "xinhua",
    "pa",
    "pa wire",
    "pa images",
    "pa media",
    "shutterstock",
    "istock",
    "istockphoto",
    "imago",
    "imago images",
    "picture alliance",
    "picture-alliance",
    "sipa",
    "bloomberg",
    "keystone",
    "tass",
    "ria novosti",
    "sputnik",
    "kyodo",
    "yonhap",
    "alamy",
    "unsplash",
    "file photo",
    "handout",
    "ips",
    "nurphoto",
    "zuma",
    "abaca",
];

/// The agency names as whole-line lexicon phrases: the lexicon's lookup of
/// a line's letters tells the rule whether an all-ASCII line can be a bare
/// credit ("(Reuters)") before it asks the pattern.
static AGENCY_PHRASES: [Phrase; AGENCY_NAMES.len()] = {
    let mut phrases = [whole(""); AGENCY_NAMES.len()];
    let mut i = 0;
    while i < AGENCY_NAMES.len() {
        phrases[i] = whole(AGENCY_NAMES[i]);
        i += 1;
    }
    phrases
};

impl PhotoCredit {
    pub(crate) fn new() -> PhotoCredit {
        let agencies = format!("(?:{})", AGENCY_NAMES.join("|"));
        let label = format!("(?:{})", LABELS.join("|"));
        // The whole line is a credit: "(Reuters)". Every letter of a match
        // is a letter of the agency name (`\W` and parentheses have none).
        let whole_agency = super::matcher([format!(r"(?i)^\W*\(?{agencies}\)?\W*$")]);
        let agency_letters: Vec<String> =
            agency_names().map(|a| a.chars().filter(|c| c.is_alphabetic()).collect()).collect();
        let max_agency_letters = agency_letters.iter().map(|a| a.chars().count()).max().unwrap_or(0);
        // "by" is a credit's separator only with a name after it, and only
        // right after a label that opens the line or follows a caption's
        // mark: "A clearer picture by spring" and "… tightened credit by
        // the end of 2024" are prose that happens to hold a label word.
        let capital = r"(?-i:\p{Lu})";
        let separated = super::matcher([
            // The whole line is a credit: "Photo: AP", "Foto: dpa", "© AP",
            // "Photo by Jane Doe".
            // A full stop before a digit is a version's or a number's
            // ("CC BY-SA 3.0"), not a sentence's end.
            format!(r"(?i)^\W*{label}\s*(?::|©|\.\.\.|…)\s*(?:[^.!?]|\.\d)+$"),
            format!(r"(?i)^\W*{label}\s+by\s+{capital}[^.!?]*$"),
            r"(?i)^\W*©\s*[^.!?]+$".to_owned(),
            // A caption ending in a labelled credit.
            format!(r"(?i)(?:^|\s|\()(?:{label})\s*(?::|©|\.\.\.|…)\s*[^.!?:]+\)?\s*$"),
            format!(r"(?i)(?:[.|(/,]|\s[-–—])\s*(?:{label})\s+by\s+{capital}[^.!?:]*\)?\s*$"),
        ]);
        // An agency as it writes its name, where the name alone has to tell
        // a credit from prose: a short acronym in capitals ("AP", not the
        // "ePA" or "Ap" of other words), other names in any case.
        let agencies_as_written = format!("(?:{})", agency_names().map(as_written).collect::<Vec<_>>().join("|"));
        // A caption ending in a credit: a photographer's capitalised name
        // may come between the separator and the agency ("| Jane Doe
        // REUTERS"); lowercase words there are a sentence that ends in the
        // name ("- a guide for Bloomberg").
        let after_separator = super::matcher([format!(
            r"\s(?:/|\||©|-)\s*(?:{capital}[\p{{L}}.'’-]*\s){{0,3}}{agencies_as_written}\s*\)?\s*$"
        )]);
        // `(?:^|\W)` rather than `\b`: the same lines match (the agency
        // starts with a word character), and a Unicode `\b` makes the lazy
        // DFA give up on non-ASCII text and fall back to the far slower PikeVM.
        let wire_slash = super::matcher([format!(
            r"(?:^|\W)(?:{})/\p{{Lu}}[\p{{L}}.'’-]+(?:\s\p{{Lu}}[\p{{L}}.'’-]+){{0,3}}\s*(?:/\s*File(?: Photo)?)?\s*$",
            WIRE_AGENCIES.join("|")
        )]);
        // Two to four capitalised words of a name (a first name and a
        // last: "Bosnia/Herzegovina" and "News/Politics" are no credit),
        // `/`, and an outlet in capitals. Not any capitalised word: German
        // nouns have capitals ("Erste Hilfe/ Hautschutz"). Not the agencies'
        // names as written either: their alternation would cost a page
        // that has such a line more to compile than the rest of its rules.
        let name_slash_outlet =
            super::matcher([r"^\W*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}\s*/\s*\p{Lu}{2,}[\p{Lu}&.-]*\s*$"]);
        // A full stop ends the caption's sentence, after a word that ends
        // in four lowercase letters, a digit or a closing quote ("vs.",
        // "Nr." and "Prof." end none), or a quote ends it. Then who took
        // the picture: two to four capitalised words of a name, or a word
        // that says where it came from ("Archivo", "Cortesía", "Handout",
        // Getty, a stock library as figure-caption lists them); `/`; the
        // outlet in one to four capitalised words; and maybe "files" (a
        // file picture), as Canadian and Latin American papers credit:
        // "Mike Blake/Reuters files", "Cortesía/La República." One name
        // word is too few: "… the first time. Dallas/Fort Worth.", "What is
        // your favourite band? AC/DC".
        // The outlet's words have no full stop, so the cheap test before
        // the pattern can look for sentence ends after the `/`.
        let (name, outlet) = (r"\p{Lu}[\p{L}.'’&-]*", r"\p{Lu}[\p{L}'’&-]*");
        let libraries: Vec<String> = super::figure_caption::STOCK_LIBRARIES.iter().map(|l| regex::escape(l)).collect();
        let sources = format!("(?i:archivo|cortesía|courtesy|handout|file|getty|{})", libraries.join("|"));
        let glued_after_sentence = super::matcher([format!(
            r"(?:(?:\p{{Ll}}{{4}}|\d|[”\x22’)])\.|[.!?][”\x22’])\s+(?:{name}(?:\s+{name}){{1,3}}|{sources})/{outlet}(?:\s+{outlet}){{0,3}}(?:\s+files?)?\s*\.?\s*$"
        )]);
        let in_parentheses = super::matcher([format!(r"(?i)\({label}[^)]*\)\s*$")]);
        let bare_in_parentheses = super::matcher([format!(r"\({agencies_as_written}\)\s*$")]);
        let mut agency_last_words: Vec<Vec<&'static str>> = Vec::new();
        for name in agency_names() {
            let last = name.rsplit([' ', '-']).next().unwrap_or(name);
            if agency_last_words.len() <= last.len() {
                agency_last_words.resize(last.len() + 1, Vec::new());
            }
            if !agency_last_words[last.len()].contains(&last) {
                agency_last_words[last.len()].push(last);
            }
        }
        PhotoCredit {
            whole_agency,
            max_agency_letters,
            agency_letters,
            separated,
            after_separator,
            agency_last_words,
            wire_slash,
            name_slash_outlet,
            glued_after_sentence,
            in_parentheses,
            bare_in_parentheses,
        }
    }

    /// Whether `block` is a credit; `names_an_agency` is the lexicon's
    /// finding that the line's letters are an agency name.
    fn is_credit(&self, block: &Block<'_>, names_an_agency: bool) -> bool {
        // `\s*$` ends most patterns; what comes before it decides. Each
        // group's test of the line's end comes before its scan of the line:
        // nearly every line reaches this rule, and most end in `.`.
        let text = block.text;
        let end = text.trim_end();
        // An all-ASCII line the pattern matches is filler around a name
        // (its letters, lowercased, are the name); in any other line a
        // letter may fold to a name's (`ſ` to s, the Kelvin sign to k).
        (block.features.letters <= self.max_agency_letters
            && (names_an_agency
                || (!block.is_ascii()
                    && (self.whole_agency.is_compiled() || self.letters_may_name_an_agency(block.lower))))
            && self.whole_agency.is_match(text))
            || (!text.ends_with(['.', '!', '?']) && has_separator(block) && self.separated.is_match(text))
            || (self.last_word_may_be_agency(end.strip_suffix(')').unwrap_or(end).trim_end())
                && (block.has_ascii_mark(ascii_set(b"/|-")) || block.has_char('©'))
                && self.after_separator.is_match(text))
            || (block.has_ascii_mark(ascii_set(b"/"))
                && memchr::memchr_iter(b'/', text.as_bytes())
                    .any(|i| WIRE_AGENCIES.iter().any(|a| text[..i].ends_with(a)))
                && self.wire_slash.is_match(text))
            || (Self::may_be_name_slash_outlet(block)
                && self.name_slash_outlet.is_match(text)
                && !names_a_thing_and_its_acronym(text))
            || (block.has_ascii_mark(ascii_set(b"/"))
                && may_end_in_glued_credit(end)
                && self.glued_after_sentence.is_match(text))
            || (end.ends_with(')')
                && (self.in_parentheses.is_compiled() || paren_may_open_a_credit(block.lower))
                && (self.in_parentheses.is_match(text) || self.is_bare_agency_in_parentheses(text)))
    }

    /// Whether `block` may be a name glued to an outlet, as
    /// `name_slash_outlet` needs: a `/`, two to seven words, no digit and
    /// no sentence end.
    fn may_be_name_slash_outlet(block: &Block<'_>) -> bool {
        let f = &block.features;
        block.has_ascii_mark(ascii_set(b"/")) && (2..=7).contains(&f.words) && f.digits == 0 && !f.terminal
    }

    /// Whether `text` ends in an agency's name alone in parentheses that
    /// the words before do not spell out: "the Environmental Protection
    /// Agency (EPA)" and "the Press Association (PA)" name an acronym.
    fn is_bare_agency_in_parentheses(&self, text: &str) -> bool {
        self.bare_in_parentheses.is_match(text) && !spells_out_the_parenthesis(text)
    }

    /// Whether a line outside ASCII may be an agency name to `whole_agency`,
    /// from `lower`, its lowercase: its letters are a name's. A match's
    /// letters are the name's, as `\W` has no letter or digit, and of the
    /// letters outside ASCII only `ſ` folds to one of a name's (the Kelvin
    /// sign is k in `lower` already).
    fn letters_may_name_an_agency(&self, lower: &str) -> bool {
        let mut letters = [0u8; 32];
        let mut len = 0;
        for c in lower.chars().map(fold_to_lowercase) {
            if c.is_ascii_alphabetic() {
                let Some(slot) = letters.get_mut(len) else {
                    // More letters than any name has: `features.letters`
                    // turns the line away.
                    return true;
                };
                *slot = c as u8;
                len += 1;
            } else if c.is_alphanumeric() {
                return false;
            }
        }
        self.agency_letters.iter().any(|a| a.as_bytes() == &letters[..len])
    }

    /// Whether `text` may end in an agency name, as `after_separator` needs:
    /// before the name comes a space or separator, so its last word (after
    /// its last space or hyphen) is the run of letters that ends `text`. A
    /// run of ASCII letters must be one of the last words in any case; any
    /// other run may fold to one (`ſ` to s, the Kelvin sign to k), so it
    /// is left to the pattern.
    fn last_word_may_be_agency(&self, text: &str) -> bool {
        // Over bytes first: the run of ASCII letters at the end, unless a
        // non-ASCII character (maybe a letter) comes right before it.
        let bytes = text.as_bytes();
        let start = bytes.iter().rposition(|b| !b.is_ascii_alphabetic()).map_or(0, |at| at + 1);
        if start > 0 && !bytes[start - 1].is_ascii() {
            let run = &text[text.trim_end_matches(char::is_alphabetic).len()..];
            return !run.is_empty() && (!run.is_ascii() || self.is_agency_last_word(run));
        }
        start < bytes.len() && self.is_agency_last_word(&text[start..])
    }

    /// Whether an ASCII word is an agency name's last word, in any case.
    fn is_agency_last_word(&self, word: &str) -> bool {
        // The first letters first: most words fail there, before a whole
        // comparison.
        let first = word.as_bytes().first().map(u8::to_ascii_lowercase);
        self.agency_last_words.get(word.len()).is_some_and(|words| {
            words.iter().any(|w| w.as_bytes().first().copied() == first && w.eq_ignore_ascii_case(word))
        })
    }
}

/// Whether `end` (a line, trailing whitespace off) may end in a credit
/// glued on by `/`, as `glued_after_sentence` needs: after its last `/` no
/// sentence end (but a full stop that ends the line), and before it one.
fn may_end_in_glued_credit(end: &str) -> bool {
    let Some(slash) = memchr::memrchr(b'/', end.as_bytes()) else { return false };
    let tail = &end[slash + 1..];
    !tail.strip_suffix('.').unwrap_or(tail).contains(['.', '!', '?']) && end[..slash].contains(['.', '!', '?'])
}

/// The agency names, one by one.
fn agency_names() -> impl Iterator<Item = &'static str> {
    AGENCY_NAMES.iter().copied()
}

/// Whether `in_parentheses` may match a line, from `lower`, its lowercase,
/// which ends in `)`: an agency name or a label, folded, follows a `(`
/// with no `)` between it and the last one. The words are compared as
/// bytes, and folded character by character only where the text is not
/// ASCII (where a letter may fold to another).
fn paren_may_open_a_credit(lower: &str) -> bool {
    let Some(close) = lower.rfind(')') else {
        return false;
    };
    let group = lower[..close].rfind(')').map_or(0, |at| at + 1);
    lower[group..close].match_indices('(').any(|(at, _)| {
        let after = &lower[group + at + 1..];
        let ascii = after.bytes().take(LONGEST_CREDIT_WORD).all(|b| b.is_ascii());
        let first = after.as_bytes().first().copied();
        agency_names().chain(LABELS).any(|word| {
            (word.as_bytes().first().copied() == first && after.as_bytes().starts_with(word.as_bytes()))
                || (!ascii && {
                    let mut chars = after.chars().map(fold_to_lowercase);
                    word.chars().all(|w| chars.next() == Some(w))
                })
        })
    })
}

/// `name` (lowercase) as a pattern for the name as the agency writes it:
/// an acronym of up to three letters first ("ap photo", "epa-efe") in
/// capitals, or as the agency writes it in lowercase ("dpa"), and the rest
/// in any case; any other name in any case.
fn as_written(name: &str) -> String {
    let first = name.split([' ', '-']).next().unwrap_or(name);
    if first.len() > 3 {
        return format!("(?i:{name})");
    }
    let upper = first.to_uppercase();
    let rest = &name[first.len()..];
    let written = if LOWERCASE_ACRONYMS.contains(&first) { format!("(?:{upper}|{first})") } else { upper };
    if rest.is_empty() {
        written
    } else {
        format!("{written}(?i:{rest})")
    }
}

/// The acronyms their agencies write in lowercase.
const LOWERCASE_ACRONYMS: [&str; 1] = ["dpa"];

/// Whether the words right before the parenthesis that ends `text` spell
/// out the acronym in it, one initial a word ("Press Association (PA)",
/// "Agence France-Presse (AFP)"): the acronym is the name of what the
/// sentence just named, not a credit. Punctuation before the parenthesis
/// ("… in Nogales, Ariz. (AP)") ends a caption instead.
fn spells_out_the_parenthesis(text: &str) -> bool {
    let Some(inner) = text.trim_end().strip_suffix(')') else { return false };
    let Some(open) = inner.rfind('(') else { return false };
    spells_out(&inner[..open], &inner[open + 1..])
}

/// Whether a short line "Words/OUTLET" is no credit: the words spell the
/// capitals out ("Künstliche Intelligenz/KI", "Human Resources/HR"), or
/// open with an article, as a party's or a thing's name does and a
/// person's does not ("Die Linke/PDS").
fn names_a_thing_and_its_acronym(text: &str) -> bool {
    const ARTICLES: &[&str] = &["the", "die", "der", "das", "la", "le", "les", "el", "los", "las", "il", "lo"];
    let Some((before, after)) = text.trim().rsplit_once('/') else { return false };
    let first = before.split_whitespace().next().unwrap_or("");
    spells_out(before, after) || ARTICLES.iter().any(|a| first.eq_ignore_ascii_case(a))
}

/// Whether the words that end `before` start with the letters of
/// `acronym`, one word a letter.
fn spells_out(before: &str, acronym: &str) -> bool {
    let acronym: Vec<char> = acronym.chars().filter(|c| c.is_alphabetic()).flat_map(char::to_lowercase).collect();
    let before = before.trim_end();
    if acronym.is_empty() || !before.ends_with(char::is_alphabetic) {
        return false;
    }
    let mut words = before.rsplit(|c: char| c.is_whitespace() || c == '-');
    acronym.iter().rev().all(|&letter| {
        words.next().and_then(|w| w.chars().next()).is_some_and(|c| c.to_lowercase().eq(std::iter::once(letter)))
    })
}

/// The most bytes of an agency name or a label.
const LONGEST_CREDIT_WORD: usize = 20;

/// Agencies that credit as "REUTERS/Jane Doe", matched case-sensitively.
const WIRE_AGENCIES: [&str; 6] = ["REUTERS", "AFP", "AP", "EPA", "ANADOLU", "XINHUA"];

/// The line may have one of the separators a labelled credit needs: `:`,
/// `©`, `…`, `...` or "by" in any case (no other character folds to b or
/// y). A superset: `..` for `...`.
fn has_separator(block: &Block<'_>) -> bool {
    // The line's ASCII marks first, then vectorized pair tests: a byte-pair
    // loop with an early exit over every line was most of this rule's own
    // cost. "by" in the lowercase is "by" in any case in the text.
    block.has_ascii_mark(ascii_set(b":"))
        || block.has_char('©')
        || block.has_char('…')
        || (block.has_ascii_mark(ascii_set(b".")) && has_byte_pair(block.text.as_bytes(), b'.', b'.'))
        || has_byte_pair(block.lower.as_bytes(), b'b', b'y')
}

impl Rule for PhotoCredit {
    fn name(&self) -> &'static str {
        "photo-credit"
    }
    fn doc(&self) -> &'static str {
        "Removes picture credits and captions that end in one. Captions describe a picture the text \
         no longer has and often repeat a body sentence. A dateline such as `WASHINGTON (Reuters) -` \
         is kept. Example: `\"…,\" the statement said. / Reuters`, `Photo: AP`."
    }
    fn phrases(&self) -> &'static [Phrase] {
        &AGENCY_PHRASES
    }
    fn classify(&self, ctx: &Context<'_>) -> Option<RuleVerdict> {
        let block = ctx.block();
        (block.features.words <= 80 && self.is_credit(block, ctx.phrase_hit)).then_some(RuleVerdict::Drop)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::blocks::test_blocks;
    use crate::rules::testing::{check, fixture_lines, Expect::*};
    use crate::rules::Lexicon;

    /// Every character that case folding matches to a letter of a name or
    /// label lowercases, through `fold_to_lowercase`, to that letter.
    #[test]
    fn folded_lowercase_is_case_folding() {
        use regex_syntax::hir::{ClassUnicode, ClassUnicodeRange};
        let letters: std::collections::BTreeSet<char> =
            agency_names().chain(LABELS).flat_map(str::chars).filter(|c| c.is_alphabetic()).collect();
        for letter in letters {
            let mut class = ClassUnicode::new([ClassUnicodeRange::new(letter, letter)]);
            class.case_fold_simple();
            for c in class.iter().flat_map(|r| r.start()..=r.end()) {
                let lowered: Vec<char> = c.to_lowercase().map(fold_to_lowercase).collect();
                assert_eq!(lowered, [letter], "{c:?} folds to {letter:?}");
            }
        }
    }

    proptest::proptest! {
        /// The letter test lets through every line outside ASCII that
        /// `whole_agency` matches: names in any case, with letters that
        /// fold, among marks and letters.
        #[test]
        fn letter_test_drops_no_whole_agency(
            before in "[ (•«\u{a0}é1_]{0,2}",
            name in 0..AGENCY_NAMES.len(),
            case in proptest::collection::vec(0..4u8, 24),
            after in "[ )•»\u{a0}é.\u{301}]{0,2}",
        ) {
            static RULE: std::sync::LazyLock<PhotoCredit> = std::sync::LazyLock::new(PhotoCredit::new);
            let name: String = AGENCY_NAMES[name]
                .chars()
                .zip(case.iter().cycle())
                .map(|(c, &k)| match (c, k) {
                    ('s', 0) => 'ſ',
                    ('k', 0) => '\u{212a}',
                    (c, 1) => c.to_ascii_uppercase(),
                    (c, _) => c,
                })
                .collect();
            let text = format!("{before}{name}{after}");
            if let Some(block) = test_blocks(&text).first() {
                if !block.is_ascii() && RULE.whole_agency.is_match(&text) {
                    proptest::prop_assert!(RULE.letters_may_name_an_agency(block.lower), "{:?}", text);
                }
            }
        }

        /// The parenthesis test lets through every line `in_parentheses`
        /// matches.
        #[test]
        fn parenthesis_test_drops_no_match(
            before in "[a-zA-Z (),é]{0,6}",
            word in 0..AGENCY_NAMES.len() + LABELS.len(),
            upper in proptest::bool::ANY,
            tail in "[ a-z:(é]{0,4}",
            after in "[ )\u{a0}]{0,2}",
        ) {
            static RULE: std::sync::LazyLock<PhotoCredit> = std::sync::LazyLock::new(PhotoCredit::new);
            let word = agency_names().chain(LABELS).nth(word).expect("in range");
            let word = if upper { word.to_uppercase().replace('S', "ſ") } else { word.to_owned() };
            let text = format!("{before}({word}{tail}){after}");
            if let Some(block) = test_blocks(&text).first() {
                if RULE.in_parentheses.is_match(&text) || RULE.bare_in_parentheses.is_match(&text) {
                    proptest::prop_assert!(paren_may_open_a_credit(block.lower), "{:?}", text);
                }
            }
        }
    }

    #[test]
    fn longest_credit_word_is_the_longest() {
        assert_eq!(agency_names().chain(LABELS).map(str::len).max(), Some(LONGEST_CREDIT_WORD));
    }

    #[test]
    fn letter_and_parenthesis_tests() {
        let rule = PhotoCredit::new();
        let lower = |text: &str| test_blocks(text).first().map(|b| b.lower.to_owned()).unwrap_or_default();
        for text in ["• Reuters", "(REUTERſ)", "« AFP »", "\u{a0}Getty Images"] {
            assert!(rule.letters_may_name_an_agency(&lower(text)), "{text:?}");
        }
        for text in ["×", "Today’s Paper", "Início", "Reuters 2", "中文"] {
            assert!(!rule.letters_may_name_an_agency(&lower(text)), "{text:?}");
        }
        for text in ["A caption (Photo: AP)", "Kabul (Reuters)", "x (FOTO: dpa)", "(a) and (Bild: x)"] {
            assert!(paren_may_open_a_credit(&lower(text)), "{text:?}");
        }
        for text in ["Click to share on Facebook (Opens in new window)", "中文 (Chinese)", "(Photo) (Chinese)"] {
            assert!(!paren_may_open_a_credit(&lower(text)), "{text:?}");
        }
    }

    #[test]
    fn separator_test_finds_every_separator() {
        let has = |text: &str| test_blocks(text).first().is_some_and(has_separator);
        for text in [
            "Photo: AP",
            "© AP",
            "Foto… dpa",
            "Photo... AP",
            "Photo by AP",
            "PHOTO BY AP",
            "photo bY x",
            "a..b",
            "Zdjęcie© AP",
            "é©",
            "…é",
        ] {
            assert!(has(text), "{text:?}");
        }
        for text in [
            "Photo AP",
            "a.b.c",
            "b",
            "y",
            "bay",
            "Crowds gather in the square",
            "Zdjęcie AP",
            "",
            "Fonética",
            "Ŧ Ʃ ⁹ ⃦",
        ] {
            assert!(!has(text), "{text:?}");
        }
    }

    /// The cheap tests before each pattern are exact: on every fixture line,
    /// and on credits made of every agency in several forms, the rule says
    /// what its patterns alone say.
    #[test]
    fn prefilters_drop_no_credit() {
        let rule = PhotoCredit::new();
        let by_patterns = |t: &str| {
            rule.whole_agency.is_match(t)
                || rule.separated.is_match(t)
                || rule.after_separator.is_match(t)
                || rule.wire_slash.is_match(t)
                || rule.glued_after_sentence.is_match(t)
                || rule.in_parentheses.is_match(t)
                || rule.is_bare_agency_in_parentheses(t)
        };
        let mut lines = fixture_lines();
        for agency in agency_names() {
            let upper = agency.to_uppercase();
            lines.extend([
                agency.to_owned(),
                format!("({upper})"),
                format!("– {agency} –"),
                format!("{agency}_"),
                format!("1 {upper}"),
                agency.replace('s', "ſ").replace('k', "\u{212A}"),
                format!("Smoke rises over the port. / {agency}"),
                format!("Smoke rises over the port -{upper}"),
                format!("Smoke rises | Jane Doe {upper} )"),
                format!("Smoke rises © Jane Doe {agency}."),
                format!("Smoke rises / {}", agency.replace('s', "ſ").replace('k', "\u{212A}")),
                format!("Smoke rises / é{agency}"),
                format!("Smoke rises / —{upper}"),
                format!("Photo: {agency}"),
                format!("Smoke rises. ({agency})"),
                format!("Smoke rises. {upper}/Jane Doe"),
                format!("Smoke rises over the port. Jane Doe/{upper} files"),
                format!("Smoke rises over the port. Jane Doe/{upper}. "),
                format!("Smoke rises over the 1. Jane Doe/{upper} ."),
                format!("Smoke rises over the port! Jane/{upper}/Doe"),
                format!("Smoke rises near {agency}"),
            ]);
        }
        let lexicon = Lexicon::from_phrase_lists(std::iter::once(rule.phrases()));
        let mut credits = 0;
        for line in &lines {
            // As the rule sees the line: normalized, with its features and
            // the lexicon's finding.
            let Some(block) = test_blocks(line).into_iter().next() else { continue };
            let by_rule = rule.is_credit(&block, lexicon.for_page(0).hits(&block) != 0);
            assert_eq!(by_rule, by_patterns(block.text), "{line:?}");
            credits += usize::from(by_rule);
        }
        assert!(credits > 6 * agency_names().count(), "{credits} credits");
    }

    #[test]
    fn table() {
        check(
            &PhotoCredit::new(),
            &[
                ("\"The two leaders discussed a range of matters,\" the statement said. / Reuters", Drop),
                ("Photo: AP", Drop),
                ("(Reuters)", Drop),
                ("Foto: dpa", Drop),
                ("Foto: Marco Roepers [ CC BY-SA 3.0 ], via Wikimedia Commons", Drop),
                ("Photo: The plant will close. Workers were told on Monday", Pass),
                ("Jean Jaurès à l'Assemblée, par Jean Veber • Crédits : Getty", Drop),
                (
                    "Senator Laura Kimbrell speaks to reporters in Washington, March 3, 2025. REUTERS/Elena Vasquez",
                    Drop,
                ),
                ("Trump asked voters in Louisiana for a big win. Credit... Doug Mills/The New York Times", Drop),
                ("Firefighters battle the blaze near Bordeaux. (Photo: AFP)", Drop),
                ("Crowds gather in the square on Sunday. Photograph: Jane Doe/Getty Images", Drop),
                ("© Anadolu Agency", Drop),
                ("WASHINGTON (Reuters) - A Senate committee on Monday advanced a bipartisan bill.", Pass),
                ("\"We will not stop,\" she said.", Pass),
                ("The photo showed the minister leaving the building.", Pass),
                ("He spoke to the AP about the case.", Pass),
                ("WikiLeaks founder Julian Assange (AFP)", Drop),
                ("The border check point in Nogales, Ariz. (AP)", Drop),
                ("Flooded streets in Dresden (dpa)", Drop),
                ("Smoke rises over the port - Jane Doe REUTERS", Drop),
                ("Stromnetz / Photo by Fré Sonneveld on Unsplash", Drop),
                // A credit glued on after the caption's sentence.
                ("Microsoft plans to cut its emissions by 2030. Mike Blake/Reuters files", Drop),
                ("Jorge Mora negó que el país vaya a pagar la extorsión. Archivo/La República.", Drop),
                ("Smoke rises over the port. Kevin C. Cox/Getty Images", Drop),
                ("Teamkollege vs. Hartley Verstappen/Kvyat Kvyat Tsunoda", Pass),
                ("The report is by Prof. Jochen Twele/HTW Berlin", Pass),
                ("Für Dächer ist der Leitfaden von Jochen Twele/HTW Berlin die beste Referenz.", Pass),
                ("The talks ended. Bosnia/Herzegovina and Serbia signed it on Monday.", Pass),
                ("Both sides agreed. Use the TCP/IP stack.", Pass),
                ("Which operating systems does it support? Windows/Linux.", Pass),
                ("Asked which band changed his life, Smith did not hesitate for a second. AC/DC.", Pass),
                ("The airline flew the route for the first time. Dallas/Fort Worth.", Pass),
                ("Una variada oferta de bicicletas será parte de la actividad. Shutterstock/La República.", Drop),
                ("“We are ready,” the minister said.” Jane Doe/The Times", Drop),
                ("Dr Tedros Ghebreyesus (Picture by Reco Moore)", Drop),
                ("Photo by David Dyer-Bennet", Drop),
                ("Amy K. Dragoo/AIMMEDIA", Drop),
                ("John Smith/AP", Drop),
                ("Bosnia/Herzegovina", Pass),
                ("News/Politics", Pass),
                ("Mehr zum Thema Corona/Impfung", Pass),
                ("Künstliche Intelligenz/KI", Pass),
                ("Artificial Intelligence/AI", Pass),
                ("Human Resources/HR", Pass),
                ("Die Linke/PDS", Pass),
                ("Erste Hilfe/ Hautschutz", Pass),
                ("Scottish SPCA/PA", Drop),
                ("Why Austria and Hungary/Germany split.", Pass),
                ("Crowds gather in the square. Photo by Jane Doe", Drop),
                // An acronym the words before spell out, or one not in
                // capitals, names a thing, not a credit.
                ("New limits set by the Environmental Protection Agency (EPA)", Pass),
                ("The rule was challenged by the Press Association (PA)", Pass),
                ("Students can earn college credit through Advanced Placement (AP)", Pass),
                ("Das Thema wird seit Jahren intensiv diskutiert: Die elektronische Patientenakte (ePA)", Pass),
                // Lowercase words before the agency: a sentence ending in it.
                ("Why the new rules matter - a guide for Bloomberg", Pass),
                // "by" after a label word inside a sentence, or before a
                // lowercase word, is prose.
                ("A clearer picture by spring", Pass),
                ("Rescuers search the rubble overnight – Photo by Jane Doe", Drop),
                ("Rescuers search the rubble overnight, Photograph by Jane Doe", Drop),
                ("Why banks tightened credit by the end of 2024", Pass),
            ],
        );
    }
}
