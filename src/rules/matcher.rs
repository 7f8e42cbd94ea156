//! [`Matcher`]: a pattern, or a set of patterns, that a rule only asks
//! whether a line matches, compiled for that question alone.
//!
//! A [`regex::Regex`] compiles every engine a search might want: the
//! forward NFA with its capture groups, a reverse NFA (to find where a
//! match starts), a backtracker, a one-pass DFA. A yes-or-no question
//! needs only the forward lazy DFA, without captures, so a `Matcher`
//! compiles that: about 40% less compile time per pattern, measured on the
//! rules' patterns. Compiling is most of a one-page process's time (see
//! [`Lazy`](super::Lazy)), so that is what a page per process gains.

use regex_automata::hybrid::dfa::{Cache, DFA};
use regex_automata::nfa::thompson::{self, WhichCaptures};
use regex_automata::util::pool::Pool;
use regex_automata::{Anchored, Input, MatchKind};
use std::sync::OnceLock;

/// Cache of the lazy DFA's states: far larger than the default, as
/// [`regex`](super::regex) gives its patterns, and for the same reason
/// (Unicode classes under case folding make many states).
const CACHE_CAPACITY: usize = 64 << 20;

type CachePool = Pool<Cache, Box<dyn Fn() -> Cache + Send + Sync>>;

/// Patterns asked only whether a text matches one of them: the answer
/// [`regex::RegexSet::is_match`] gives for the same patterns.
pub(crate) struct Matcher {
    dfa: DFA,
    /// Each thread searching takes a cache from here (the DFA's states are
    /// built in it as the search goes).
    caches: CachePool,
    /// Every pattern starts with `^`: a search need not try later starts.
    anchored: bool,
    /// The same patterns as a [`regex::RegexSet`], compiled only if the
    /// lazy DFA ever fails a search, which with this configuration it does
    /// not (no quit bytes, never gives up on its cache): a fallback so
    /// that an answer never depends on that.
    patterns: Vec<String>,
    fallback: OnceLock<regex::RegexSet>,
}

impl Matcher {
    /// Compiles `patterns` (regex syntax); an invalid pattern is an error.
    /// Unicode word boundaries (`\b`, `\B`) make an error too: the lazy
    /// DFA does not take them; such a pattern stays a [`regex::Regex`].
    pub(crate) fn new(patterns: &[String]) -> Result<Matcher, String> {
        Matcher::with_config(patterns, DFA::config())
    }

    fn with_config(patterns: &[String], config: regex_automata::hybrid::dfa::Config) -> Result<Matcher, String> {
        let dfa = DFA::builder()
            .thompson(thompson::Config::new().which_captures(WhichCaptures::None))
            .configure(config.match_kind(MatchKind::LeftmostFirst).cache_capacity(CACHE_CAPACITY))
            .build_many(patterns)
            .map_err(|e| e.to_string())?;
        let anchored = dfa.get_nfa().is_always_start_anchored();
        let caches: CachePool = {
            let dfa = dfa.clone();
            Pool::new(Box::new(move || dfa.create_cache()))
        };
        Ok(Matcher { dfa, caches, anchored, patterns: patterns.to_vec(), fallback: OnceLock::new() })
    }

    /// Whether `text` matches one of the patterns.
    pub(crate) fn is_match(&self, text: &str) -> bool {
        let anchored = if self.anchored { Anchored::Yes } else { Anchored::No };
        let input = Input::new(text).anchored(anchored).earliest(true);
        let mut cache = self.caches.get();
        match self.dfa.try_search_fwd(&mut cache, &input) {
            Ok(found) => found.is_some(),
            Err(_) => self
                .fallback
                .get_or_init(|| regex::RegexSet::new(&self.patterns).expect("the patterns compiled as a lazy DFA"))
                .is_match(text),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matcher(patterns: &[&str]) -> Matcher {
        Matcher::new(&patterns.iter().map(|p| p.to_string()).collect::<Vec<_>>()).expect("valid")
    }

    #[test]
    fn answers_as_a_regex_set() {
        let cases: &[(&[&str], &str)] = &[
            (&[r"^\W*photo\W*$"], "— Photo:"),
            (&[r"^\W*photo\W*$"], "Photo of the day"),
            (&[r"(?i)\s/\s*reuters\s*$"], "Troops in Kabul / REUTERS"),
            (&[r"(?i)\s/\s*reuters\s*$"], "Reuters reported on Monday."),
            (&[r"^a", r"b$"], "xxb"),
            (&[r"^a", r"b$"], "xxbx"),
            (&[r"\p{Lu}\p{Ll}+ says:"], "Ünal says:"),
            (&[r"^\d{1,2}:\d{2}$"], "٣:٤٥"),
            (&[r"^$"], ""),
            (&[r"x*"], "anything"),
        ];
        for &(patterns, text) in cases {
            let set = regex::RegexSet::new(patterns).expect("valid");
            assert_eq!(matcher(patterns).is_match(text), set.is_match(text), "{patterns:?} on {text:?}");
        }
    }

    #[test]
    fn a_pattern_starting_with_a_caret_is_searched_anchored() {
        assert!(matcher(&[r"^ab", r"^c"]).anchored);
        assert!(!matcher(&[r"^ab", r"c"]).anchored);
        assert!(!matcher(&[r"(?m)^ab"]).anchored);
    }

    #[test]
    fn a_failed_search_is_answered_by_the_regex_set() {
        // A quit byte makes the lazy DFA fail any search that meets it,
        // which the rules' configuration never does.
        let patterns = [r"^\d+ comments$".to_owned()];
        let matcher = Matcher::with_config(&patterns, DFA::config().quit(b' ', true)).expect("valid");
        assert!(matcher.is_match("34 comments"));
        assert!(!matcher.is_match("34 comments today"));
        assert!(matcher.fallback.get().is_some());
    }

    #[test]
    fn unicode_word_boundaries_are_refused() {
        assert!(Matcher::new(&[r"\bon\b".to_owned()]).is_err());
    }

    proptest::proptest! {
        /// Any text: the same answer as the regex crate's.
        #[test]
        fn answers_as_a_regex_set_on_any_text(text in "\\PC{0,40}") {
            let patterns = [r"(?i)^\W*(?:\d+|one)\s+comments?\W*$", r"\s(?:/|\|)\s*\p{Lu}\w*\s*$", r"[^.!?:]{1,8}\ssays:"];
            let set = regex::RegexSet::new(patterns).expect("valid");
            proptest::prop_assert_eq!(matcher(&patterns).is_match(&text), set.is_match(&text));
        }
    }
}
