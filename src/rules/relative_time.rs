//! `relative-time`: "3 hours ago" stamps.
//!
//! What it removes: a short line that states a time relative to now, in the
//! common languages, with an optional "Updated" label.
//! Why: teaser lists and live blogs print one per item; they are never
//! article text and carry no date we could keep.
//! Example: `3 hours ago`, `Updated 14 minutes ago`, `vor 2 Stunden`, `il y a 3 heures`.

use super::matcher::Matcher;
use super::{Context, Lazy, Rule, RuleVerdict};

pub(crate) struct RelativeTime {
    patterns: Lazy<Matcher>,
}

impl RelativeTime {
    /// The patterns read the line lowercased and trimmed of what is not a
    /// word character at either end (see `classify`): in the patterns,
    /// `(?i)`, `^\W*` and `\W*$` made three of the largest automata of all
    /// the rules, compiled in every run (about 15 ms), and `\S` stands for
    /// `\w` inside a stamp for the same reason.
    pub(crate) fn new() -> RelativeTime {
        let patterns = super::matcher(
            [
                r"^(?:(?:updated|posted|published|last updated|aktualisiert|mis à jour)\s*:?\s*)?(?:\d+|an?|one)\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mo|months?|y|yrs?|years?)\s+ago$",
                r"^(?:(?:aktualisiert|updated)\s*:?\s*)?vor\s+(?:\d+|einer?|einem)\s+(?:sek\S*|min\S*|std\.?|stunden?|tag\S*|wochen?|monat\S*|jahr\S*)$",
                r"^(?:(?:mis à jour|publié)\s*)?il y a\s+(?:\d+|une?)\s+(?:s|sec\S*|min\S*|h|heures?|jours?|semaines?|mois|ans?)$",
                r"^(?:actualizado\s*)?hace\s+(?:\d+|una?)\s+(?:seg\S*|min\S*|h|horas?|días?|semanas?|mes\S*|años?)$",
                r"^(?:atualizado\s*)?há\s+(?:\d+|uma?)\s+(?:seg\S*|min\S*|h|horas?|dias?|semanas?|mes\S*|anos?)$",
                r"^(?:\d+|un|una)\s+(?:secondi|minuti|minuto|ore|ora|giorni|giorno)\s+fa$",
                r"^(?:\d+|jedną)\s+\S+\s+temu$",
                r"^\d+\s+\S+\s+назад$",
            ]
            .into_iter()
            .map(str::to_owned)
            .chain([format!("^(?:{})$", WHOLE_STAMPS.join("|"))]),
        );
        RelativeTime { patterns }
    }
}

impl Rule for RelativeTime {
    fn name(&self) -> &'static str {
        "relative-time"
    }
    fn doc(&self) -> &'static str {
        "Removes stamps that give a time relative to now. Teaser lists and live blogs print one per \
         item; they are never article text. Example: `3 hours ago`, `vor 2 Stunden`, `il y a 3 heures`."
    }
    fn classify(&self, ctx: &Context<'_>) -> Option<RuleVerdict> {
        let block = ctx.block();
        if block.features.words > 7 {
            return None;
        }
        let stamp = block.lower.trim_matches(|c: char| !(crate::chars::is_alphanumeric(c) || c == '_'));
        (may_match(stamp) && self.patterns.is_match(stamp)).then_some(RuleVerdict::Drop)
    }
}

/// Whether `stamp` may be one the patterns match: each pattern ends in a
/// fixed word ("ago", "fa", "temu", "назад"), starts with one (its label or
/// "vor", "il y a", "hace", "há"), or is one of a few words. A few byte
/// comparisons instead of the pattern set, which most short lines reach.
fn may_match(stamp: &str) -> bool {
    const ENDS: [&str; 4] = ["ago", "fa", "temu", "назад"];
    const STARTS: [&str; 10] =
        ["vor", "aktualisiert", "updated", "il y a", "mis à jour", "publié", "hace", "actualizado", "há", "atualizado"];
    ENDS.iter().any(|end| stamp.ends_with(end))
        || STARTS.iter().any(|start| stamp.starts_with(start))
        || WHOLE_STAMPS.contains(&stamp)
}

/// The stamps that are a word or two, as the last pattern has them.
const WHOLE_STAMPS: [&str; 17] = [
    "just now",
    "yesterday",
    "gestern",
    "hier",
    "ayer",
    "ontem",
    "ieri",
    "wczoraj",
    "вчера",
    "heute",
    "today",
    "aujourd'hui",
    "hoy",
    "hoje",
    "oggi",
    "dzisiaj",
    "сегодня",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{check, Expect::*};

    /// Pieces of stamps: the patterns' words, numbers, units, spaces.
    const STAMP_PIECES: &[&str] = &[
        "3",
        "12",
        " ",
        "  ",
        ":",
        "a",
        "an",
        "one",
        "h",
        "m",
        "d",
        "w",
        "mo",
        "y",
        "s",
        "hours",
        "minutes",
        "ago",
        "vor",
        "einer",
        "stunden",
        "min",
        "std.",
        "il y a",
        "une",
        "heures",
        "hace",
        "una",
        "horas",
        "há",
        "uma",
        "fa",
        "ore",
        "temu",
        "jedną",
        "godziny",
        "назад",
        "часа",
        "updated",
        "aktualisiert",
        "mis à jour",
        "publié",
        "actualizado",
        "atualizado",
        "posted",
        "last updated",
        "just now",
        "yesterday",
        "hier",
        "вчера",
        "x",
        "é",
    ];

    proptest::proptest! {
        /// The prefilter lets through every stamp the patterns match.
        #[test]
        fn prefilter_drops_no_stamp(
            pieces in proptest::collection::vec(proptest::sample::select(STAMP_PIECES), 1..7)
        ) {
            let rule = RelativeTime::new();
            let stamp = pieces.concat();
            proptest::prop_assert!(may_match(&stamp) || !rule.patterns.is_match(&stamp), "{:?}", stamp);
        }
    }

    #[test]
    fn prefilter_drops_no_stamp_of_the_fixtures() {
        let rule = RelativeTime::new();
        let mut matched = 0;
        let mut stamps: Vec<String> = crate::rules::testing::fixture_lines().iter().map(|l| l.to_lowercase()).collect();
        stamps.extend(WHOLE_STAMPS.map(str::to_owned));
        stamps.extend(
            [
                "updated: 2 days ago",
                "aktualisiert vor 3 std.",
                "publiéil y a 2 h",
                "actualizadohace 1 h",
                "jedną minutę temu",
            ]
            .map(str::to_owned),
        );
        for stamp in &stamps {
            let stamp = stamp.trim_matches(|c: char| !(c.is_alphanumeric() || c == '_'));
            let by_patterns = rule.patterns.is_match(stamp);
            matched += usize::from(by_patterns);
            assert!(may_match(stamp) || !by_patterns, "{stamp:?}");
        }
        assert!(matched >= WHOLE_STAMPS.len() + 5, "{matched}");
    }

    #[test]
    fn table() {
        check(
            &RelativeTime::new(),
            &[
                ("3 hours ago", Drop),
                ("2h ago", Drop),
                ("Updated 14 minutes ago", Drop),
                ("an hour ago", Drop),
                ("vor 2 Stunden", Drop),
                ("il y a 3 heures", Drop),
                ("hace 5 minutos", Drop),
                ("há 2 horas", Drop),
                ("2 godziny temu", Drop),
                ("3 часа назад", Drop),
                ("Yesterday", Drop),
                ("• 3 Hours Ago •", Drop),
                ("Updated: 2 days ago.", Drop),
                ("vor 5 Min.", Drop),
                ("Il y a 2 jours", Drop),
                ("Yesterday's news", Pass),
                ("Three hours ago the river burst its banks.", Pass),
                ("The plant closed 20 years ago and never reopened.", Pass),
            ],
        );
    }
}
