//! `comment-prompt`: comment section headers and prompts.
//!
//! What it removes: "Comments (12)", "Join the conversation", "Leave a
//! comment" and their like in the common languages.
//! Why: they open the readers' comments, which are not the article.
//! Example: `Comments (12)`, `Join the conversation`, `Kommentare`, `Réagir`.

use super::{whole, within, Context, Phrase, Rule, RuleVerdict};
use regex::Regex;

pub(crate) struct CommentPrompt {
    count: Regex,
}

const PHRASES: &[Phrase] = &[
    whole("comments"),
    whole("comment"),
    whole("leave a comment"),
    whole("add a comment"),
    whole("post a comment"),
    whole("join the conversation"),
    whole("join the discussion"),
    whole("show comments"),
    whole("view comments"),
    whole("load comments"),
    whole("hide comments"),
    whole("be the first to comment"),
    whole("no comments yet"),
    whole("write a comment"),
    whole("reply"),
    whole("report"),
    whole("like"),
    whole("conversation"),
    within("comments are closed", 20),
    within("log in to comment", 20),
    within("sign in to comment", 20),
    within("community guidelines", 25),
    within("comment policy", 25),
    within("commenting", 15),
    whole("kommentare"),
    whole("kommentar"),
    whole("kommentieren"),
    whole("diskutieren sie mit"),
    whole("commentaires"),
    whole("commentaire"),
    whole("réagir"),
    whole("laisser un commentaire"),
    whole("comentarios"),
    whole("comentario"),
    whole("deja un comentario"),
    whole("comentários"),
    whole("commenti"),
    whole("commenta"),
    whole("komentarze"),
    whole("dodaj komentarz"),
    whole("komentarz"),
    whole("комментарии"),
    whole("комментарий"),
    whole("reacties"),
    whole("schreibe einen kommentar"),
    whole("hinterlasse einen kommentar"),
    whole("kommentar schreiben"),
    whole("antworten"),
    whole("antwort abbrechen"),
    whole("cancel reply"),
    whole("leave a reply"),
    whole("recent comments"),
    whole("neueste kommentare"),
    whole("letzte kommentare"),
    whole("répondre"),
    whole("napisz komentarz"),
    whole("skomentuj"),
    whole("responder"),
    whole("rispondi"),
];

impl CommentPrompt {
    pub(crate) fn new() -> CommentPrompt {
        CommentPrompt {
            count: super::regex(
                r"(?i)^\W*\d+\s+(?:comments?|kommentare?|commentaires?|comentarios?|comentários|commenti|komentarz\w*|комментари\w*|reacties|replies|antworten|réponses)\W*$",
            ),
        }
    }
}

impl Rule for CommentPrompt {
    fn name(&self) -> &'static str {
        "comment-prompt"
    }
    fn doc(&self) -> &'static str {
        "Removes comment section headers, counts and prompts; they open the readers' comments, which \
         are not the article. Example: `Comments (12)`, `Join the conversation`, `Kommentare`."
    }
    fn phrases(&self) -> &'static [Phrase] {
        PHRASES
    }
    fn classify(&self, ctx: &Context<'_>) -> Option<RuleVerdict> {
        let block = ctx.block();
        (ctx.phrase_hit || (block.features.words <= 4 && self.count.is_match(&block.text))).then_some(RuleVerdict::Drop)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{check, Expect::*};

    #[test]
    fn table() {
        check(
            &CommentPrompt::new(),
            &[
                ("Comments (12)", Drop),
                ("12 comments", Drop),
                ("Join the conversation", Drop),
                ("Kommentare", Drop),
                ("Réagir", Drop),
                ("Comentarios", Drop),
                ("Комментарии", Drop),
                ("Comments from the minister drew criticism from the opposition.", Pass),
                ("She declined to comment on the case.", Pass),
            ],
        );
    }
}
