//! `comment-prompt`: comment section headers and prompts.
//!
//! What it removes: the buttons and notices inside a comment section
//! ("Reply", "Report", "Cancel reply", "Comments are closed", "Log in to
//! comment") in the common languages; the headings that open a comment
//! section are `comments-start`'s.
//! Why: they belong to the readers' comments, which are not the article.
//! Example: `Reply`, `Cancel reply`, `Comments are closed.`, `Antworten`.

use super::{whole, within, Phrase, PhraseRule, RuleVerdict};

const PHRASES: &[Phrase] = &[
    whole("hide comments"),
    whole("no comments yet"),
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
    whole("antworten"),
    whole("antwort abbrechen"),
    whole("cancel reply"),
    // WordPress's comment form heading with its cancel link run in:
    // "Leave a Reply Cancel reply", "Schreibe einen Kommentar Antworten abbrechen".
    within("cancel reply", 8),
    within("antworten abbrechen", 8),
    whole("recent comments"),
    whole("neueste kommentare"),
    whole("letzte kommentare"),
    whole("répondre"),
    whole("responder"),
    whole("rispondi"),
];

/// The rule, as the registry lists it.
pub(crate) const RULE: PhraseRule = PhraseRule {
    name: "comment-prompt",
    doc: "Removes the buttons and notices inside a comment section (Reply, Report, Cancel reply, \
         Comments are closed): they belong to the readers' comments, not the article. Example: \
         `Reply`, `Cancel reply`, `Antworten`.",
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
                ("Reply", Drop),
                ("Cancel reply", Drop),
                ("Leave a Reply Cancel reply", Drop),
                ("Schreibe einen Kommentar Antworten abbrechen", Drop),
                ("Comments are closed.", Drop),
                ("Log in to comment", Drop),
                ("Antworten", Drop),
                ("Répondre", Drop),
                ("Comments from the minister drew criticism from the opposition.", Pass),
                ("She declined to comment on the case.", Pass),
                ("He did not reply to requests for comment.", Pass),
                ("No comments yet", Drop),
                ("No comments yet from the ministry, which was asked on Monday.", Pass),
                ("No comments yet from the opposition.", Pass),
            ],
        );
    }
}
