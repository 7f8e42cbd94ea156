//! `relative-time`: "3 hours ago" stamps.
//!
//! What it removes: a short line that states a time relative to now, in the
//! common languages, with an optional "Updated" label.
//! Why: teaser lists and live blogs print one per item; they are never
//! article text and carry no date we could keep.
//! Example: `3 hours ago`, `Updated 14 minutes ago`, `vor 2 Stunden`, `il y a 3 heures`.

use super::{Context, Rule, RuleVerdict};
use regex::RegexSet;

pub(crate) struct RelativeTime {
    patterns: RegexSet,
}

impl RelativeTime {
    pub(crate) fn new() -> RelativeTime {
        let patterns = super::regex_set([
            r"(?i)^\W*(?:(?:updated|posted|published|last updated|aktualisiert|mis à jour)\s*:?\s*)?(?:\d+|an?|one)\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mo|months?|y|yrs?|years?)\s+ago\W*$",
            r"(?i)^\W*(?:(?:aktualisiert|updated)\s*:?\s*)?vor\s+(?:\d+|einer?|einem)\s+(?:sek\w*|min\w*|std\.?|stunden?|tag\w*|wochen?|monat\w*|jahr\w*)\W*$",
            r"(?i)^\W*(?:(?:mis à jour|publié)\s*)?il y a\s+(?:\d+|une?)\s+(?:s|sec\w*|min\w*|h|heures?|jours?|semaines?|mois|ans?)\W*$",
            r"(?i)^\W*(?:actualizado\s*)?hace\s+(?:\d+|una?)\s+(?:seg\w*|min\w*|h|horas?|días?|semanas?|mes\w*|años?)\W*$",
            r"(?i)^\W*(?:atualizado\s*)?há\s+(?:\d+|uma?)\s+(?:seg\w*|min\w*|h|horas?|dias?|semanas?|mes\w*|anos?)\W*$",
            r"(?i)^\W*(?:\d+|un|una)\s+(?:secondi|minuti|minuto|ore|ora|giorni|giorno)\s+fa\W*$",
            r"(?i)^\W*(?:\d+|jedną)\s+\w+\s+temu\W*$",
            r"(?i)^\W*\d+\s+\w+\s+назад\W*$",
            r"(?i)^\W*(?:just now|yesterday|gestern|hier|ayer|ontem|ieri|wczoraj|вчера|heute|today|aujourd'hui|hoy|hoje|oggi|dzisiaj|сегодня)\W*$",
        ]);
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
        (block.features.words <= 7 && self.patterns.is_match(&block.text)).then_some(RuleVerdict::Drop)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{check, Expect::*};

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
                ("Three hours ago the river burst its banks.", Pass),
                ("The plant closed 20 years ago and never reopened.", Pass),
            ],
        );
    }
}
