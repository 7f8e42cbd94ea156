//! `comments-start`: the heading that opens the readers' comments.
//!
//! What it marks: "Comments (12)", "34 responses to “…”", "Leave a Reply",
//! "Join the conversation", "Top Rated Comments", a commenter's "Name
//! says:" line, and their like in the common languages.
//! Why: comments are prose, so the prose tests alone keep them; once enough
//! article text precedes such a heading, the decide stage cuts there even
//! though prose follows (unlike a soft `end-marker`). The line itself goes.
//! Example: `Comments (12)`, `34 responses to “We needed to win”`, `thelastfan says:`.

use super::matcher::Matcher;
use super::opening::{is_space_byte, is_word_byte};
use super::{whole, within, Context, Lazy, Phrase, Rule, RuleVerdict};
use crate::blocks::ascii_set;
use aho_corasick::AhoCorasick;

pub(crate) struct CommentsStart {
    /// "34 comments", "2 Gedanken zu …".
    counts: Lazy<Matcher>,
    /// A commenter's header, "Name says:": apart from the counts, so that
    /// each is compiled only for a page with a line that may be one.
    header: Lazy<Matcher>,
    /// The stems of the counts' nouns, lowercase: a line without one of
    /// them cannot be a count, and one pass of this small automaton is far
    /// cheaper than the patterns'.
    noun_stems: AhoCorasick,
}

/// The verbs of a commenter's header, lowercase (in the pattern in this
/// order). Those outside ASCII are here for their ASCII end (see
/// [`header_may_match`]).
const HEADER_VERBS: [&str; 12] =
    ["says", "said", "wrote", "schreibt", "sagt", "meint", "dit", "escribe", "escreve", "scrive", "napisał", "пишет"];

/// The nouns the count patterns read ("34 comments"), as alternatives.
const NOUNS: &str = r"responses?|replies|comments?|thoughts?|gedanken|kommentare?|antworten|réponses?|commentaires?|comentarios?|comentários|respuestas?|commenti|komentarz\w*|комментари\w*|reacties";

/// Every noun of [`NOUNS`] starts with one of these (lowercased; a test
/// holds them to it).
const NOUN_STEMS: [&str; 14] = [
    "respons",
    "replies",
    "comment",
    "thought",
    "gedanken",
    "kommentar",
    "antworten",
    "réponse",
    "comentario",
    "comentário",
    "respuesta",
    "komentarz",
    "комментари",
    "reacties",
];

const PHRASES: &[Phrase] = &[
    whole("comments"),
    whole("comment"),
    whole("reader comments"),
    whole("top comments"),
    whole("top rated comments"),
    whole("most recent comments"),
    whole("leave a comment"),
    within("leave a comment", 6),
    whole("add a comment"),
    whole("post a comment"),
    whole("leave a reply"),
    whole("join the conversation"),
    whole("join the discussion"),
    whole("show comments"),
    whole("view comments"),
    whole("load comments"),
    whole("be the first to comment"),
    whole("no comments yet"),
    whole("write a comment"),
    whole("discussion"),
    whole("kommentare"),
    whole("kommentar"),
    whole("kommentieren"),
    whole("diskutieren sie mit"),
    whole("schreibe einen kommentar"),
    whole("hinterlasse einen kommentar"),
    whole("kommentar schreiben"),
    whole("leserkommentare"),
    whole("commentaires"),
    whole("commentaire"),
    whole("réagir"),
    whole("laisser un commentaire"),
    whole("comentarios"),
    whole("comentario"),
    whole("deja un comentario"),
    whole("comentários"),
    whole("deixe um comentário"),
    whole("commenti"),
    whole("commenta"),
    whole("lascia un commento"),
    whole("komentarze"),
    whole("dodaj komentarz"),
    whole("komentarz"),
    whole("napisz komentarz"),
    whole("skomentuj"),
    whole("комментарии"),
    whole("комментарий"),
    whole("reacties"),
];

impl CommentsStart {
    pub(crate) fn new() -> CommentsStart {
        let noun = format!("(?:{NOUNS})");
        let counts = super::matcher([
            // "34 comments", "[ 167 comments ]"
            format!(r"(?i)^\W*(?:\d+|one|two|ein|eine|zwei|un|une|uno|una)\s+{noun}\W*$"),
            // "34 responses to “Title”", "2 Gedanken zu „Titel“"
            format!(
                r"(?i)^\W*(?:\d+|one|two|ein|eine|zwei|un|une|uno|una)\s+{noun}\s+(?:to|on|zu|auf|à|sur|en|a|para|do|per)\s"
            ),
        ]);
        // A commenter's header: "Name says:", "Name schreibt:"
        let header = super::matcher([format!(
            r"^[^.!?:]{{1,60}}\s(?i:{})\s*:\s*(?:$|.{{0,40}}\d{{1,2}}:\d{{2}})",
            HEADER_VERBS.join("|")
        )]);
        let noun_stems = AhoCorasick::new(NOUN_STEMS).expect("the stems are valid patterns");
        CommentsStart { counts, header, noun_stems }
    }
}

impl Rule for CommentsStart {
    fn name(&self) -> &'static str {
        "comments-start"
    }
    fn doc(&self) -> &'static str {
        "Marks the heading that opens the readers' comments (Comments (12), 34 responses to …, \
         Leave a Reply, Name says:). Comments are prose, so once enough article text precedes, the \
         decide stage cuts there even though prose follows. Example: `Comments (12)`, \
         `34 responses to “We needed to win”`."
    }
    fn phrases(&self) -> &'static [Phrase] {
        PHRASES
    }
    fn classify(&self, ctx: &Context<'_>) -> Option<RuleVerdict> {
        let block = ctx.block();
        let text = block.text;
        let matched = ctx.phrase_hit
            || (block.features.words <= 16
                && ((counts_may_match(text, || self.noun_stems.is_match(block.lower)) && self.counts.is_match(text))
                    || (block.has_ascii_mark(ascii_set(b":"))
                        && header_may_match(text)
                        && self.header.is_match(text))));
        matched.then_some(RuleVerdict::CommentsStart)
    }
}

/// Whether the count patterns may match `text`, whose lowercase has a
/// noun stem when `has_noun_stem` says so: a count needs a noun, and to
/// open, past what is not a letter or number, with a number or the first
/// letter of a number word. A superset (tests hold it to the patterns):
/// the characters skipped include every `\W` one, and any numeric
/// character passes, not only `\d`. The opening is tested first: most
/// lines open otherwise, and it costs a few loads against a search of the
/// stems.
fn counts_may_match(text: &str, has_noun_stem: impl FnOnce() -> bool) -> bool {
    opens_like_a_count(text) && has_noun_stem()
}

/// Whether the header pattern may match `text`: before the line's first
/// colon (the name before the verb has none), past spaces, comes one of
/// [`HEADER_VERBS`] in any case, with a space before it. Told from ASCII
/// bytes: when a character outside ASCII ends the text before the colon,
/// it may be a verb's last letter (napisał) or a space, and when one comes
/// right before the last ASCII word, it may be a space or a letter that
/// folds to one (`ſ` to s), so then the word need only end a verb.
fn header_may_match(text: &str) -> bool {
    let bytes = text.as_bytes();
    let Some(colon) = memchr::memchr(b':', bytes) else {
        return false;
    };
    let before = &bytes[..colon];
    let end = before.iter().rposition(|&b| !is_space_byte(b)).map_or(0, |at| at + 1);
    let Some(&last) = before[..end].last() else {
        return false;
    };
    if !last.is_ascii() {
        return true;
    }
    let start = before[..end].iter().rposition(|&b| !is_word_byte(b)).map_or(0, |at| at + 1);
    let word = &before[start..end];
    match start.checked_sub(1).map(|at| before[at]) {
        Some(b) if is_space_byte(b) => HEADER_VERBS.iter().any(|v| v.as_bytes().eq_ignore_ascii_case(word)),
        Some(b) if !b.is_ascii() => HEADER_VERBS
            .iter()
            .any(|v| v.len() >= word.len() && v.as_bytes()[v.len() - word.len()..].eq_ignore_ascii_case(word)),
        // The line's start, or a mark that is not a space, before the word.
        _ => false,
    }
}

fn opens_like_a_count(text: &str) -> bool {
    // one, two, ein(e), zwei, un(e|o|a): no other character folds to these
    // letters' cases.
    text.chars()
        .find(|&c| crate::chars::is_alphanumeric(c))
        .is_some_and(|c| c.is_numeric() || matches!(c.to_ascii_lowercase(), 'o' | 't' | 'e' | 'z' | 'u'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{check, Expect::*};

    /// The stems are an exact prefilter: every noun starts with one.
    #[test]
    fn every_noun_starts_with_a_stem() {
        for noun in NOUNS.split('|') {
            let word = noun.trim_end_matches("\\w*").trim_end_matches('?');
            assert!(NOUN_STEMS.iter().any(|s| word.starts_with(s)), "{noun}");
        }
    }

    proptest::proptest! {
        /// The tests let through every line the patterns match, on lines
        /// shaped like counts ("[ 12 comments ]", "Zwei Kommentare zu …")
        /// with any of the pieces that may come before, between and after.
        #[test]
        fn prefilter_drops_no_match(
            before in proptest::collection::vec(0..PIECES.len(), 0..3),
            count in 0..COUNTS.len(),
            noun in 0..COUNTED.len(),
            after in proptest::collection::vec(0..PIECES.len(), 0..4),
        ) {
            let rule = &*RULE;
            let mut text: String = before.iter().map(|&i| PIECES[i]).collect();
            text.extend([COUNTS[count], " ", COUNTED[noun]]);
            text.extend(after.iter().map(|&i| PIECES[i]));
            let lower = text.to_lowercase();
            if rule.counts.is_match(&text) {
                proptest::prop_assert!(counts_may_match(&text, || rule.noun_stems.is_match(&lower)), "{:?}", text);
            }
            if rule.header.is_match(&text) {
                proptest::prop_assert!(text.contains(':') && header_may_match(&text), "{:?}", text);
            }
        }

        /// The header test lets through every header the pattern matches,
        /// on lines shaped like one, with spaces, letters that fold (`ſ`,
        /// the Kelvin sign) and marks around the verb.
        #[test]
        fn header_test_drops_no_match(
            name in "[a-zA-Z0-9 _.é-]{0,8}",
            space in "[ \t\u{a0}\u{3000}éſ]{0,2}",
            verb in "(?i:says|said|wrote|schreibt|sagt|meint|dit|escribe|escreve|scrive|napisał|пишет|say|ays|ſays|sayſ|eſcribe|ſchreibt|[a-zſ\u{212a}]{2,4})",
            gap in "[ \t\u{a0}ſ]{0,2}",
            tail in "[ :0-9a-z]{0,6}",
        ) {
            let text = format!("{name}{space}{verb}{gap}:{tail}");
            if RULE.header.is_match(&text) {
                proptest::prop_assert!(header_may_match(&text), "{:?}", text);
            }
        }
    }

    /// Built once: debug builds compile the patterns at construction.
    static RULE: std::sync::LazyLock<CommentsStart> = std::sync::LazyLock::new(CommentsStart::new);

    /// Counts and number words, and what is not one.
    const COUNTS: [&str; 16] =
        ["12", "٣", "²", "one", "Two", "EIN", "eine", "zwei", "un", "Une", "uno", "una", "UNA", "x", "é", "_1"];

    /// The nouns counted, and what is not one.
    const COUNTED: [&str; 7] = ["comments", "Responses", "gedanken", "Kommentare", "комментарии", "réponse", "news"];

    /// Counts, number words, nouns, and what may come between.
    const PIECES: [&str; 34] = [
        "12",
        "٣",
        "²",
        "one",
        "Two",
        "EIN",
        "eine",
        "zwei",
        "un",
        "Une",
        "uno",
        "una",
        "UNA",
        " ",
        "  ",
        "(",
        "[",
        "_",
        "\u{301}",
        "comments",
        "Responses",
        "gedanken",
        "Kommentare",
        "комментарии",
        "to",
        "zu",
        "“",
        ":",
        " says",
        "a",
        "x",
        "é",
        "\u{212A}",
        "12:30",
    ];

    #[test]
    fn prefilter_lets_counts_through() {
        let rule = CommentsStart::new();
        for text in
            ["12 comments", "[ 167 comments ]", "One comment", "« Zwei Kommentare »", "٣ comments", "Name says:"]
        {
            let stem = || rule.noun_stems.is_match(&text.to_lowercase());
            let counts = counts_may_match(text, stem) && rule.counts.is_match(text);
            assert!(counts || (header_may_match(text) && rule.header.is_match(text)), "{text}");
        }
        for text in ["Read the comments", "Comments from the minister", "Top stories"] {
            assert!(!counts_may_match(text, || rule.noun_stems.is_match(&text.to_lowercase())), "{text}");
        }
        for text in [
            "Name says:",
            "Name  SAYS :",
            "Ana schreibt: 12:30",
            "Ana\u{a0}says:",
            "Ana sayſ:",
            "Ana ſays:",
            "Ana napisał:",
        ] {
            assert!(header_may_match(text) && rule.header.is_match(text), "{text:?}");
        }
        for text in ["Note: the budget", "Says: nothing", "Update (12:30):", "Ana-says:", "Ana sayings:"] {
            assert!(!header_may_match(text), "{text:?}");
        }
    }

    #[test]
    fn table() {
        check(
            &CommentsStart::new(),
            &[
                ("Comments (12)", Comments),
                ("+ Comments Leave a Comment", Comments),
                ("12 comments", Comments),
                ("[ 167 comments ]", Comments),
                ("34 responses to “ Anthony Lynn: “We needed to win this game” ”", Comments),
                ("2 Gedanken zu „Die Bahn und ihre Stellwerke“", Comments),
                ("Top Rated Comments", Comments),
                ("Leave a Reply", Comments),
                ("Join the conversation", Comments),
                ("thelastchargersfan says:", Comments),
                ("Kommentare", Comments),
                ("Réagir", Comments),
                ("Комментарии", Comments),
                ("Comments from the minister drew criticism from the opposition.", Pass),
                ("She declined to comment on the case.", Pass),
                ("The minister says: the budget is balanced.", Pass),
                ("Trump says he will veto the bill", Pass),
                ("12 comments were deleted by the moderators on Friday.", Pass),
            ],
        );
    }
}
