//! `comments-start`: the heading that opens the readers' comments.
//!
//! What it marks: "Comments (12)", "34 responses to “…”", "Leave a Reply",
//! "Join the conversation", "Top Rated Comments", a commenter's "Name
//! says:" line, and their like in the common languages.
//! Why: comments are prose, so the prose tests alone keep them; once enough
//! article text precedes such a heading, the decide stage cuts there even
//! though prose follows (unlike a soft `end-marker`). The line itself goes.
//! Example: `Comments (12)`, `34 responses to “We needed to win”`, `thelastfan says:`.

use super::{whole, Context, Lazy, Phrase, Rule, RuleVerdict};
use aho_corasick::AhoCorasick;
use regex::RegexSet;

pub(crate) struct CommentsStart {
    patterns: Lazy<RegexSet>,
    /// The stems of the patterns' nouns, lowercase: a line without one of
    /// them (or a colon, which the commenter's header needs) cannot match,
    /// and one pass of this small automaton is far cheaper than the set's.
    noun_stems: AhoCorasick,
}

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
        let patterns = super::regex_set([
            // "34 comments", "[ 167 comments ]"
            format!(r"(?i)^\W*(?:\d+|one|two|ein|eine|zwei|un|une|uno|una)\s+{noun}\W*$"),
            // "34 responses to “Title”", "2 Gedanken zu „Titel“"
            format!(r"(?i)^\W*(?:\d+|one|two|ein|eine|zwei|un|une|uno|una)\s+{noun}\s+(?:to|on|zu|auf|à|sur|en|a|para|do|per)\s"),
            // A commenter's header: "Name says:", "Name schreibt:"
            r"^[^.!?:]{1,60}\s(?i:says|said|wrote|schreibt|sagt|meint|dit|escribe|escreve|scrive|napisał|пишет)\s*:\s*(?:$|.{0,40}\d{1,2}:\d{2})".to_owned(),
        ]);
        let noun_stems = AhoCorasick::new(NOUN_STEMS).expect("the stems are valid patterns");
        CommentsStart { patterns, noun_stems }
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
        let matched = ctx.phrase_hit
            || (block.features.words <= 16
                && (block.text.contains(':') || self.noun_stems.is_match(block.lower))
                && self.patterns.is_match(block.text));
        matched.then_some(RuleVerdict::CommentsStart)
    }
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

    #[test]
    fn table() {
        check(
            &CommentsStart::new(),
            &[
                ("Comments (12)", Comments),
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
