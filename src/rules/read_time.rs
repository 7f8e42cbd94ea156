//! `read-time`: reading-time labels, kept as metadata.
//!
//! What it removes: a line that only states how long the article takes to
//! read, in any of the common languages.
//! Why: it is page furniture, not text of the article; the number is useful
//! metadata (`read_time_minutes`).
//! Example: `2 min read`, `Lesezeit: 4 Min.`, `Temps de lecture : 3 min`,
//! `Reading time: 4–6 minutes` (a range gives its upper number).

use super::opening::{first_word, is_space_byte, Word, Words};
use super::{Context, Lazy, MetaValue, Rule, RuleVerdict};
use regex::Regex;

pub(crate) struct ReadTime {
    pattern: Lazy<Regex>,
}

impl ReadTime {
    /// The pattern reads the line lowercased and trimmed of what is neither
    /// letter nor digit at either end (see `classify`): `(?i)` and
    /// `[^\p{L}\d]*` at both ends made it seven times dearer to compile, in
    /// every run, and `\S` stands for `\w` after "min" for the same reason.
    pub(crate) fn new() -> ReadTime {
        let label = r"(?:(?:estimated\s+)?(?:reading|read)\s+time|lesezeit|lesedauer|temps\s+de\s+lecture|tiempo\s+de\s+lectura|tempo\s+de\s+leitura|tempo\s+di\s+lettura|czas\s+czytania|время\s+чтения|leestijd|lästid|læsetid)";
        let unit = r"(?:min\S*|мин\S*)";
        let after = r"(?:read|reading|de\s+lecture|de\s+lectura|de\s+leitura|di\s+lettura|lesezeit|lesedauer|czytania|чтения|leestijd|läsning|læsning)";
        // A range ("4–6 minutes", "3-4 Min.") keeps its upper number: the
        // time a reader should allow.
        let from = r"(?:\d{1,3}\s*[-–—]\s*)?";
        let pattern = format!(
            r"^(?:{label}\s*[:：]?\s*(?:ca\.?|about|approx\.?|environ|circa|около|około)?\s*{from}(?P<a>\d{{1,3}})\s*{unit}|{from}(?P<b>\d{{1,3}})\s*-?\s*{unit}\s+{after})$"
        );
        ReadTime { pattern: super::regex(&pattern) }
    }
}

impl Rule for ReadTime {
    fn name(&self) -> &'static str {
        "read-time"
    }
    fn doc(&self) -> &'static str {
        "Removes reading-time labels and keeps the minutes as metadata. They are page furniture, \
         not article text. Example: `2 min read`, `Lesezeit: 4 Min.`."
    }
    fn classify(&self, ctx: &Context<'_>) -> Option<RuleVerdict> {
        let block = ctx.block();
        // The minutes are parsed as ASCII digits, so a line without one
        // cannot give a verdict: skip the pattern.
        if block.features.words > 8 || block.features.digits == 0 {
            return None;
        }
        let label = block.lower.trim_matches(|c: char| !crate::chars::is_alphanumeric(c));
        // The opening and a match test first: `captures` allocates on
        // every call.
        // The opening test spares compiling the pattern for a page with no
        // line that may be a label; once it is compiled, its DFA is cheaper.
        if !(self.pattern.is_compiled() || may_match(label)) || !self.pattern.is_match(label) {
            return None;
        }
        let caps = self.pattern.captures(label)?;
        let minutes = caps.name("a").or_else(|| caps.name("b"))?.as_str().parse().ok()?;
        Some(RuleVerdict::Meta(Box::new(MetaValue::ReadTime(minutes))))
    }
}

/// The labels' first words, lowercase: a space follows them, but for the
/// [`RUN_ON_LABELS`]. Those outside ASCII are here for their ASCII start
/// (see [`Word::Partial`]).
static LABEL_WORDS: Words =
    Words::new(&["estimated", "reading", "read", "temps", "tiempo", "tempo", "czas", "время", "lästid", "læsetid"]);

/// The labels of one word in ASCII: the pattern lets "ca.", "about" or
/// the minutes follow with no space, so they may start the line's first
/// word rather than be it.
const RUN_ON_LABELS: [&str; 3] = ["lesezeit", "lesedauer", "leestijd"];

/// Whether the pattern may match `label` (lowercase, trimmed): it opens
/// with a label, or with one to three digits (perhaps a range's first
/// number, a hyphen and its second) and, past spaces and a hyphen, "min"
/// or the Cyrillic "мин".
fn may_match(label: &str) -> bool {
    match first_word(label) {
        Word::Ascii(word) | Word::Partial(word) if word.starts_with(|c: char| c.is_ascii_digit()) => {
            let bytes = label.as_bytes();
            let mut digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
            let mut rest = &bytes[digits..];
            // "3-4 min": past the hyphen, the range's upper number.
            let spaces = rest.iter().take_while(|&&b| is_space_byte(b)).count();
            if rest.get(spaces) == Some(&b'-') {
                let after = &rest[spaces + 1..];
                let gap = after.iter().take_while(|&&b| is_space_byte(b)).count();
                let upper = after[gap..].iter().take_while(|b| b.is_ascii_digit()).count();
                if upper > 0 && digits <= 3 {
                    digits = upper;
                    rest = &after[gap + upper..];
                }
            }
            let mut rest = rest.iter().skip_while(|&&b| is_space_byte(b)).peekable();
            if rest.peek() == Some(&&b'-') {
                rest.next();
            }
            let mut rest = rest.skip_while(|&&b| is_space_byte(b));
            digits <= 3
                && match rest.next() {
                    Some(b'm') => rest.next() == Some(&b'i') && rest.next() == Some(&b'n'),
                    Some(b) => !b.is_ascii(),
                    None => false,
                }
        }
        Word::Ascii(word) | Word::Partial(word)
            if RUN_ON_LABELS.iter().any(|l| word.get(..l.len()).is_some_and(|w| w.eq_ignore_ascii_case(l))) =>
        {
            true
        }
        word => word.may_be(&LABEL_WORDS),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{check, meta_of, Expect::*};

    #[test]
    fn table() {
        check(
            &ReadTime::new(),
            &[
                ("2 min read", Meta),
                ("5 min read", Meta),
                ("⏱ 7 minute read", Meta),
                ("Reading time: 4 minutes", Meta),
                ("Lesezeit: 4 Min.", Meta),
                ("3 Min. Lesezeit", Meta),
                ("Temps de lecture : 3 min", Meta),
                ("Tiempo de lectura: 6 min", Meta),
                ("Czas czytania: 2 min", Meta),
                ("Время чтения: 5 мин", Meta),
                ("· 5 Min Read ·", Meta),
                ("Reading Time: 3 Minutes.", Meta),
                ("Tempo di lettura: 4 minuti", Meta),
                ("Reading time: 4–6 minutes", Meta),
                ("Lesezeit: 3-4 Min.", Meta),
                ("4-6 min read", Meta),
                ("The 4-6 minute walk to the station", Pass),
                ("It took 2 min to read the verdict aloud.", Pass),
                ("Read more", Pass),
                ("The 5 minute walk to the station", Pass),
            ],
        );
    }

    fn label_of(line: &str) -> String {
        crate::blocks::test_blocks(line)
            .first()
            .map(|b| b.lower.trim_matches(|c: char| !crate::chars::is_alphanumeric(c)).to_owned())
            .unwrap_or_default()
    }

    /// What the opening test turns away, the pattern would not match: on
    /// every fixture line and table row.
    #[test]
    fn opening_test_drops_no_match() {
        let rule = ReadTime::new();
        let mut matched = 0;
        for line in crate::rules::testing::fixture_lines() {
            let label = label_of(&line);
            let is_match = rule.pattern.is_match(&label);
            assert!(may_match(&label) || !is_match, "{line:?}");
            matched += usize::from(is_match);
        }
        for label in [
            "2 min read",
            "120 min read",
            "5-min read",
            "12 -  minutes reading",
            "3min lesezeit",
            "4\u{b}min read",
            "2 мин чтения",
            "4-6 min read",
            "4 - 6 min read",
            "4–6 min read",
            "10 -12-min read",
        ] {
            assert!(rule.pattern.is_match(label) && may_match(label), "{label:?}");
        }
        assert!(matched >= 1, "{matched}");
    }

    proptest::proptest! {
        #[test]
        fn opening_test_drops_no_match_on_any_label(
            line in "[·⏱ ]{0,2}(?:(?i:estimated reading time|reading time|read time|lesezeit|lesedauer|temps de lecture|tiempo de lectura|tempo de leitura|tempo di lettura|czas czytania|время чтения|leestijd|lästid|læsetid|[a-zſ\u{212a}]{2,4})[:：]? ?(?:ca\\.|about)? ?(?:[0-9٣]{1,4}[-–])?[0-9٣]{1,4}[ -]{0,3}(?i:min|minutes|мин|mn)|(?:[0-9٣]{1,4} ?[-–] ?)?[0-9٣]{1,4}[ \u{a0}\u{b}-]{0,3}(?i:min|minutes|minute|мин|mn|m|ſ)\\.? (?i:read|reading|lesezeit|чтения|läsning|ſ))[ .·]{0,2}"
        ) {
            static RULE: std::sync::LazyLock<ReadTime> = std::sync::LazyLock::new(ReadTime::new);
            let label = label_of(&line);
            proptest::prop_assert!(may_match(&label) || !RULE.pattern.is_match(&label), "{:?}", label);
        }
    }

    #[test]
    fn minutes_are_read() {
        assert_eq!(meta_of(&ReadTime::new(), "Lesezeit: 4 Min."), Some(MetaValue::ReadTime(4)));
        assert_eq!(meta_of(&ReadTime::new(), "12 min read"), Some(MetaValue::ReadTime(12)));
        // A range gives its upper number.
        assert_eq!(meta_of(&ReadTime::new(), "Reading time: 4–6 minutes"), Some(MetaValue::ReadTime(6)));
        assert_eq!(meta_of(&ReadTime::new(), "Lesezeit: 3-4 Min."), Some(MetaValue::ReadTime(4)));
    }
}
