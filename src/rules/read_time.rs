//! `read-time`: reading-time labels, kept as metadata.
//!
//! What it removes: a line that only states how long the article takes to
//! read, in any of the common languages.
//! Why: it is page furniture, not text of the article; the number is useful
//! metadata (`read_time_minutes`).
//! Example: `2 min read`, `Lesezeit: 4 Min.`, `Temps de lecture : 3 min`.

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
        let pattern = format!(
            r"^(?:{label}\s*[:：]?\s*(?:ca\.?|about|approx\.?|environ|circa|около|około)?\s*(?P<a>\d{{1,3}})\s*{unit}|(?P<b>\d{{1,3}})\s*-?\s*{unit}\s+{after})$"
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
        // A match test first: `captures` allocates on every call.
        if !self.pattern.is_match(label) {
            return None;
        }
        let caps = self.pattern.captures(label)?;
        let minutes = caps.name("a").or_else(|| caps.name("b"))?.as_str().parse().ok()?;
        Some(RuleVerdict::Meta(MetaValue::ReadTime(minutes)))
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
                ("It took 2 min to read the verdict aloud.", Pass),
                ("Read more", Pass),
                ("The 5 minute walk to the station", Pass),
            ],
        );
    }

    #[test]
    fn minutes_are_read() {
        assert_eq!(meta_of(&ReadTime::new(), "Lesezeit: 4 Min."), Some(MetaValue::ReadTime(4)));
        assert_eq!(meta_of(&ReadTime::new(), "12 min read"), Some(MetaValue::ReadTime(12)));
    }
}
