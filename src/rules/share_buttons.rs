//! `share-buttons`: share, print and save buttons.
//!
//! What it removes: a line that is a share/print/save button, or only the
//! names of social networks and such buttons, or a follow button's label
//! ("Follow us on Twitter", "Folgen Sie uns auf Facebook").
//! Why: the buttons' labels survive as text when a page is scraped.
//! Example: `Share`, `Share on Facebook`, `Facebook Twitter Email`, `Partager`, `Teilen`.

use super::matcher::Matcher;
use super::{label, whole, within, Context, Lazy, Phrase, Rule, RuleVerdict};

pub(crate) struct ShareButtons {
    /// Words that make up share rows ("Facebook Twitter WhatsApp Email").
    /// foldhash: a lookup per word of most short lines; SipHash was a
    /// visible cost.
    button_words: foldhash::HashSet<&'static str>,
    /// Per first byte of a button word, a bit per length in bytes (63 for
    /// 63 and more).
    openings: [u64; 256],
    /// "Follow us on Twitter", "Follow Newsbeat on Instagram, Facebook …",
    /// "Folgen Sie uns auf Facebook": a follow button's label.
    follow: Lazy<Matcher>,
}

/// How a follow line opens (lowercase), checked before `follow` is asked.
const FOLLOW_OPENERS: &[&str] = &["follow", "folg", "suivez", "sigue", "siga", "segui"];

/// A follow line: `FOLLOW_PATTERN_READABLE`, in the tests, without its
/// Unicode word boundaries, which the lazy DFA does not take (see
/// [`Matcher`]). Between the verb and "on" the readable pattern has up to
/// 60 characters with a boundary at each end; the verb ends and "on"
/// starts in a letter, so those characters are at least one, and the
/// first and last of them are not word characters: `\W` alone, or `\W`,
/// up to 58 characters and `\W`. A property test holds the two to agree.
const FOLLOW_PATTERN: &str = concat!(
    r"(?i)^(?:follow|folgen?|folgt|suivez|sigue|siga|segui)(?:\W|\W.{0,58}\W)(?:on|auf|sur|en|no|su)\s+",
    r"(?:twitter|facebook|instagram|youtube|tiktok|linkedin|soundcloud|threads|mastodon|bluesky|x)(?:$|\W)"
);

/// The most words of a follow line; a longer one is prose.
const MAX_FOLLOW_WORDS: usize = 40;

const BUTTON_WORDS: &[&str] = &[
    "share",
    "facebook",
    "twitter",
    "x",
    "linkedin",
    "whatsapp",
    "telegram",
    "reddit",
    "pinterest",
    "email",
    "e-mail",
    "mail",
    "print",
    "flipboard",
    "messenger",
    "tumblr",
    "vk",
    "copy",
    "link",
    "sms",
    "threads",
    "bluesky",
    "mastodon",
    "xing",
    "teilen",
    "mitteilen",
    "twittern",
    "tweeten",
    "drucken",
    "partager",
    "imprimer",
    "compartir",
    "imprimir",
    "compartilhar",
    "partilhar",
    "condividi",
    "stampa",
    "udostępnij",
    "drukuj",
    "поделиться",
    "tweet",
    "pin",
    "save",
    "gift",
    "comments",
    "comment",
    "whatsApp",
    "instagram",
    "youtube",
    "tiktok",
    "rss",
    "on",
    "via",
    "this",
    "article",
    "story",
    // "Copy Link URL Copied!"
    "url",
    "copied",
    "buffer",
];

const PHRASES: &[Phrase] = &[
    whole("share"),
    whole("share this"),
    whole("share this article"),
    whole("share this story"),
    whole("share article"),
    whole("share story"),
    whole("share page"),
    whole("tweet"),
    whole("print"),
    whole("copy link"),
    whole("copy url"),
    whole("link copied"),
    whole("copied"),
    whole("save"),
    whole("saved"),
    whole("bookmark"),
    whole("save article"),
    whole("save for later"),
    whole("gift article"),
    whole("gift this article"),
    whole("listen to article"),
    whole("listen to this article"),
    whole("font size"),
    whole("text size"),
    whole("follow us"),
    whole("follow"),
    within("share on", 8),
    within("click to share on", 12),
    within("opens in new window", 14),
    within("share via", 8),
    label("share this", 8),
    label("share with", 8),
    within("follow us on", 12),
    within("tap to share", 8),
    whole("teilen"),
    whole("artikel teilen"),
    whole("merken"),
    whole("link kopieren"),
    whole("teilen mit"),
    whole("teilen sie dies mit"),
    within("teilen auf", 8),
    within("folgen sie uns", 12),
    whole("partager"),
    whole("partager cet article"),
    whole("copier le lien"),
    within("partager sur", 8),
    within("suivez-nous", 12),
    whole("compartir"),
    whole("copiar enlace"),
    within("compartir en", 8),
    within("síguenos", 12),
    whole("compartilhar"),
    whole("partilhar"),
    whole("copiar link"),
    whole("condividi"),
    whole("udostępnij"),
    whole("kopiuj link"),
    whole("поделиться"),
    whole("delen"),
    whole("facebook"),
    whole("twitter"),
    whole("x"),
    whole("linkedin"),
    whole("whatsapp"),
    whole("telegram"),
    whole("reddit"),
    whole("pinterest"),
    whole("flipboard"),
    whole("messenger"),
    whole("instagram"),
    whole("youtube"),
    whole("tiktok"),
    whole("bluesky"),
    whole("threads"),
    whole("xing"),
    whole("vk"),
    whole("mastodon"),
    whole("jetzt teilen"),
    whole("teile diesen beitrag"),
    label("teile diesen beitrag", 10),
    label("teile diesen artikel", 10),
    whole("twittern"),
    whole("mitteilen"),
    whole("diesen artikel teilen"),
    whole("beitrag teilen"),
    whole("share this post"),
    whole("like this"),
    whole("gefällt mir"),
    whole("j'aime"),
    whole("me gusta"),
    within("jetzt teilen", 12),
    within("share this:", 6),
    within("sharing options", 6),
    // AddThis's rows: "LinkedIn Share to Facebook", "Email Share to More".
    within("share to", 5),
    whole("addthis"),
    // A share count's label ("197 Shares") and the buttons' slogans.
    whole("shares"),
    whole("sharing is caring"),
    whole("buffer"),
    within("sharing buttons", 4),
];

impl ShareButtons {
    pub(crate) fn new() -> ShareButtons {
        // The verb, at most 60 characters (who to follow), then "on" and
        // a network: the line names where to follow, not what happened.
        let follow = super::matcher([FOLLOW_PATTERN]);
        let mut openings = [0u64; 256];
        for word in BUTTON_WORDS {
            openings[usize::from(word.as_bytes()[0])] |= 1 << word.len().min(63);
        }
        ShareButtons { button_words: BUTTON_WORDS.iter().copied().collect(), openings, follow }
    }

    /// Whether some button word has `word`'s first byte and length: most
    /// lines' first word has not, and is turned away without a hash.
    fn may_be_button_word(&self, word: &str) -> bool {
        self.openings[usize::from(word.as_bytes()[0])] >> word.len().min(63) & 1 != 0
    }

    fn is_button_row(&self, lower: &str) -> bool {
        let mut words = 0;
        let mut counts = 0;
        for word in lower.split(|c: char| !(crate::chars::is_alphanumeric(c) || c == '-')).filter(|w| !w.is_empty()) {
            if word.starts_with(|c: char| c.is_ascii_digit()) {
                counts += 1; // share counts: 12, 1.2k
                continue;
            }
            if !self.may_be_button_word(word) || !self.button_words.contains(word) {
                return false;
            }
            words += 1;
        }
        words >= 2 || (words == 1 && counts > 0)
    }
}

/// The rule's name: the decide stage takes a share row that repeats after
/// the article for the article's end.
pub(crate) const NAME: &str = "share-buttons";

impl Rule for ShareButtons {
    fn name(&self) -> &'static str {
        NAME
    }
    fn doc(&self) -> &'static str {
        "Removes share, print and save buttons and rows of social network names, whose labels \
         survive as text in a scraped page. Example: `Share`, `Share on Facebook`, \
         `Facebook Twitter Email`, `Partager`."
    }
    fn phrases(&self) -> &'static [Phrase] {
        PHRASES
    }
    fn classify(&self, ctx: &Context<'_>) -> Option<RuleVerdict> {
        let block = ctx.block();
        let follow_line = || {
            block.features.words <= MAX_FOLLOW_WORDS
                && matches!(block.lower.as_bytes().first(), Some(b'f' | b's'))
                && FOLLOW_OPENERS.iter().any(|o| block.lower.starts_with(o))
                && self.follow.is_match(block.text)
        };
        (ctx.phrase_hit || (block.features.words <= 12 && self.is_button_row(block.lower)) || follow_line())
            .then_some(RuleVerdict::Drop)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{check, Expect::*};

    /// The test of a word's first byte and length lets every button word
    /// through and turns most of the fixtures' other words away.
    #[test]
    fn opening_test_passes_every_button_word() {
        let rule = ShareButtons::new();
        assert!(BUTTON_WORDS.iter().all(|w| rule.may_be_button_word(w)));
        let lines = crate::rules::testing::fixture_lines().join(" ").to_lowercase();
        let others: Vec<&str> = lines
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty() && !BUTTON_WORDS.contains(w))
            .collect();
        let passed = others.iter().filter(|w| rule.may_be_button_word(w)).count();
        assert!(others.len() > 1000 && passed * 4 < others.len(), "{passed} of {}", others.len());
    }

    #[test]
    fn table() {
        check(
            &ShareButtons::new(),
            &[
                ("Teilen mit:", Drop),
                ("Share this article", Drop),
                ("Share this:", Drop),
                ("Click to share with your friends", Drop),
                ("Many economists share this concern.", Pass),
                ("Teile diesen Beitrag auf Social Media.", Drop),
                ("twittern", Drop),
                ("Click to share on Reddit (Opens in new window)", Drop),
                ("Click to email a link to a friend (Opens in new window)", Drop),
                ("mitteilen", Drop),
                ("Die Behörde will die Zahlen im Mai mitteilen.", Pass),
                ("Doctors share with patients only what they must.", Pass),
                ("Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.", Drop),
                ("Follow The Gleaner on Twitter and Instagram @JamaicaGleaner and on Facebook @GleanerJamaica.", Drop),
                ("Folgen Sie uns auf Facebook und Twitter", Drop),
                ("Follow me on Twitter or LinkedIn. Check out my website.", Drop),
                ("Following the vote on Tuesday, the party posted its statement on Facebook.", Pass),
                ("Share", Drop),
                ("Share on Facebook", Drop),
                ("Facebook Twitter Email", Drop),
                ("Share 1.2k", Drop),
                ("Copy link", Drop),
                ("Partager", Drop),
                ("Teilen", Drop),
                ("Compartir en WhatsApp", Drop),
                ("Facebook said it would share the data with researchers.", Pass),
                ("Print", Drop),
                ("The print edition will end in March.", Pass),
                ("AddThis Sharing Buttons", Drop),
                ("LinkedIn Share to Facebook", Drop),
                ("Email Share to More", Drop),
                ("Copy Link URL Copied!", Drop),
                ("Show more sharing options", Drop),
                ("More to come.", Pass),
                ("197 Shares", Drop),
                ("Shares", Drop),
                ("Sharing is caring!", Drop),
                ("Buffer", Drop),
                ("Shares in the company fell 5% on Monday.", Pass),
                ("Twitter shares", Pass),
                ("Sharing is caring, the nurses' union said on its banners.", Pass),
                ("Sharing options for renters are limited, the report found.", Pass),
            ],
        );
    }

    /// The follow pattern as first written, with Unicode word boundaries.
    const FOLLOW_PATTERN_READABLE: &str = r"(?i)^(?:follow|folgen?|folgt|suivez|sigue|siga|segui)\b.{0,60}?\b(?:on|auf|sur|en|no|su)\s+(?:twitter|facebook|instagram|youtube|tiktok|linkedin|soundcloud|threads|mastodon|bluesky|x)(?:$|\W)";

    #[test]
    fn follow_lines_at_the_length_limits() {
        let rule = ShareButtons::new();
        let readable = regex::Regex::new(FOLLOW_PATTERN_READABLE).expect("valid");
        for between in 0..=64 {
            for (first, last) in [(' ', ' '), ('é', ' '), (' ', 'é'), ('_', ' '), (' ', '_'), ('-', '.')] {
                let middle: String = (0..between)
                    .map(|i| {
                        if i == 0 {
                            first
                        } else if i + 1 == between {
                            last
                        } else {
                            'a'
                        }
                    })
                    .collect();
                let line = format!("Follow{middle}on Twitter");
                assert_eq!(rule.follow.is_match(&line), readable.is_match(&line), "{line:?}");
            }
        }
    }

    proptest::proptest! {
        /// The follow pattern without word boundaries matches the lines
        /// the readable one does.
        #[test]
        fn follow_pattern_is_the_readable_one(
            line in "(?i:follow|folgen|folgt|suivez|sigue|segui|foll)[ a-zé_.,@ß\u{300}\u{2019}-]{0,66}(?:on|auf|sur|en|no|su|ón)[ \u{a0}]{0,2}(?:twitter|facebook|x|xs|tiktok)[ a-zé.!]{0,3}"
        ) {
            static RULE: std::sync::LazyLock<ShareButtons> = std::sync::LazyLock::new(ShareButtons::new);
            static READABLE: std::sync::LazyLock<regex::Regex> =
                std::sync::LazyLock::new(|| regex::Regex::new(FOLLOW_PATTERN_READABLE).expect("valid"));
            proptest::prop_assert_eq!(RULE.follow.is_match(&line), READABLE.is_match(&line), "{:?}", line);
        }
    }
}
