//! Stage 4 — rules: per-block verdicts from an explicit, ordered registry.
//!
//! Input: the blocks with their features. Output: for each block, the first
//! verdict a rule gives (or none). A rule looks at one block (and may look at
//! its neighbours) and says: drop it, read metadata off it, or it marks the
//! end of the article. Rules know nothing of the page as a whole; that is the
//! decide stage's job, which may still override them.
//!
//! Every rule's phrases go into one [`Lexicon`], and every rule's patterns
//! are compiled once per [`Cleaner`](crate::Cleaner) (on first use: see
//! [`Lazy`]), never per line. Adding a rule is one file here, one line in
//! [`registry`] and its table tests beside it.

use crate::blocks::Block;
use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::{dfa, nfa::contiguous, Anchored, MatchKind};
use std::borrow::Cow;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

mod author_bio;
mod browser_notice;
mod byline;
mod call_to_action;
mod comment_prompt;
mod comment_thread;
mod comments_start;
mod cookie_notice;
mod date_line;
mod disclosure;
mod end_marker;
mod figure_caption;
mod footer;
mod matcher;
mod nav_label;
mod newsletter;
mod opening;
mod paywall;
mod photo_credit;
mod post_meta;
mod promo_label;
mod read_time;
mod related_link;
mod relative_time;
mod share_buttons;
mod timestamp;
mod truncated_teaser;
mod wire_credit;

pub(crate) use comment_thread::NAME as COMMENT_THREAD;
pub(crate) use cookie_notice::NAME as COOKIE_NOTICE;
pub(crate) use date_line::{quoted_post_handle, signs_a_quoted_post};
pub(crate) use newsletter::NAME as NEWSLETTER;
pub(crate) use share_buttons::NAME as SHARE_BUTTONS;

/// A rule's compiled pattern (a [`Regex`](regex::Regex) or a
/// [`Matcher`](matcher::Matcher)), compiled once per
/// [`Cleaner`](crate::Cleaner) on its first use rather than when the cleaner
/// is built. Compiling every rule's patterns was most of a one-page run's
/// time (about 60 ms), and a page asks only the patterns whose cheap
/// prefilters its lines pass. Debug builds compile at construction, so every
/// test that builds the registry checks that every pattern is valid.
pub(crate) struct Lazy<T> {
    value: OnceLock<T>,
    compile: Box<dyn Fn() -> T + Send + Sync>,
}

impl<T> Lazy<T> {
    fn new(compile: impl Fn() -> T + Send + Sync + 'static) -> Lazy<T> {
        let lazy = Lazy { value: OnceLock::new(), compile: Box::new(compile) };
        if cfg!(debug_assertions) {
            let _ = &*lazy;
        }
        lazy
    }

    /// Whether the pattern is compiled. A test of a line that only spares
    /// compiling it (the lines it turns away would not match) need not be
    /// made once it is: the pattern's lazy DFA answers in fewer
    /// instructions than several of those tests.
    pub(crate) fn is_compiled(&self) -> bool {
        self.value.get().is_some()
    }
}

impl<T> std::ops::Deref for Lazy<T> {
    type Target = T;

    fn deref(&self) -> &T {
        self.value.get_or_init(|| (self.compile)())
    }
}

/// Compiles a rule's pattern (on first use: see [`Lazy`]). The lazy DFA gets
/// a cache far larger than the default: Unicode classes under case folding
/// make many states, and a cache that keeps being cleared made matching 20
/// times slower than it is with room (measured on the dev corpora).
pub(crate) fn regex(pattern: &str) -> Lazy<regex::Regex> {
    let pattern = pattern.to_owned();
    Lazy::new(move || {
        regex::RegexBuilder::new(&pattern)
            .dfa_size_limit(64 << 20)
            .build()
            .unwrap_or_else(|e| panic!("rule pattern {pattern:?} is invalid: {e}"))
    })
}

/// [`regex()`] for patterns (one or more) that a rule only asks whether a
/// line matches: compiled for that question alone, in about 40% less time
/// (see [`matcher::Matcher`]).
pub(crate) fn matcher<I, S>(patterns: I) -> Lazy<matcher::Matcher>
where
    I: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    let patterns: Vec<String> = patterns.into_iter().map(|p| p.as_ref().to_owned()).collect();
    Lazy::new(move || {
        matcher::Matcher::new(&patterns).unwrap_or_else(|e| panic!("rule patterns {patterns:?} are invalid: {e}"))
    })
}

/// What a rule says about a block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum RuleVerdict {
    /// Chrome: not part of the article.
    Drop,
    /// Chrome that carries metadata; the line itself is not output. Boxed:
    /// few lines carry metadata, and every line has a verdict slot, which
    /// the value's strings would make twice the size.
    Meta(Box<MetaValue>),
    /// Chrome after which the article has ended ("More stories", "Explore"),
    /// unless prose resumes right after it.
    EndMarker,
    /// An end marker declared by a user's rule pack for a site: trusted
    /// sooner than the built-in headings.
    DeclaredEnd,
    /// The heading of the readers' comments: the article has ended even
    /// though prose follows.
    CommentsStart,
}

/// A piece of metadata read off a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum MetaValue {
    /// An ISO 8601 date (`2025-08-04`), and the section or the author
    /// named beside it.
    Date {
        iso: Option<String>,
        section: Option<String>,
        byline: Option<String>,
    },
    ReadTime(u32),
    Byline(String),
}

/// Where a lexicon phrase must sit in the line to count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Placement {
    /// The line is the phrase, give or take surrounding punctuation, bullet
    /// marks and a count like "(12)".
    Whole,
    /// The line starts with the phrase, followed by a separator (`:`, `-`,
    /// `|`, `»`), the end, or a capital letter glued on ("RelatedTRT Global").
    Lead,
    /// At the start, as whole words, in a line of at most `max_words` words
    /// ("More from World").
    Start { max_words: usize },
    /// Anywhere, as whole words, in a line of at most `max_words` words.
    Within { max_words: usize },
    /// As `Within`, in a label: the phrase opens the line, or the line is
    /// no sentence (no full stop, question or exclamation mark at its end).
    /// A button's words ("share this") are also a sentence's ("Many
    /// economists share this concern.").
    Label { max_words: usize },
    /// The line starts with the phrase, then `:` or `|`, and is no
    /// sentence: a one-word label that is also a name ("Lea: Consejo
    /// aborda …", "MIRA | …"), where a speaker's line ends as a sentence
    /// ("Lee: I think the vote was fair.") and a name goes on after a dash
    /// or glued ("Mira —explicó—", "LeeAnn").
    Tag,
}

/// One lexicon entry: lowercase phrase and where it must be.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Phrase {
    pub text: &'static str,
    pub at: Placement,
}

/// Shorthand constructors for phrase tables.
pub(crate) const fn whole(text: &'static str) -> Phrase {
    Phrase { text, at: Placement::Whole }
}
pub(crate) const fn lead(text: &'static str) -> Phrase {
    Phrase { text, at: Placement::Lead }
}
pub(crate) const fn start(text: &'static str, max_words: usize) -> Phrase {
    Phrase { text, at: Placement::Start { max_words } }
}
pub(crate) const fn within(text: &'static str, max_words: usize) -> Phrase {
    Phrase { text, at: Placement::Within { max_words } }
}
pub(crate) const fn tag(text: &'static str) -> Phrase {
    Phrase { text, at: Placement::Tag }
}
pub(crate) const fn label(text: &'static str, max_words: usize) -> Phrase {
    Phrase { text, at: Placement::Label { max_words } }
}

/// A rule that is a phrase list and nothing more: a block its phrases
/// match (where they must) gets `verdict`. Each such rule's file holds its
/// phrases, its doc and its table tests, and exports one `RULE` constant.
#[derive(Debug, Clone)]
pub(crate) struct PhraseRule {
    pub name: &'static str,
    pub doc: &'static str,
    pub phrases: &'static [Phrase],
    pub verdict: RuleVerdict,
}

impl Rule for PhraseRule {
    fn name(&self) -> &'static str {
        self.name
    }
    fn doc(&self) -> &'static str {
        self.doc
    }
    fn phrases(&self) -> &'static [Phrase] {
        self.phrases
    }
    fn needs_phrase_hit(&self) -> bool {
        true
    }
    fn classify(&self, ctx: &Context<'_>) -> Option<RuleVerdict> {
        ctx.phrase_hit.then(|| self.verdict.clone())
    }
}

/// What a rule sees when it classifies a block.
pub(crate) struct Context<'a> {
    pub blocks: &'a [Block<'a>],
    pub index: usize,
    /// `blocks[index]`, looked up once for all the rules asked of it.
    block: &'a Block<'a>,
    /// This rule's lexicon phrases matched the block where they must.
    pub phrase_hit: bool,
    /// Every block's phrase hits, of all rules (bit `r` for rule `r`);
    /// empty when not known.
    line_hits: &'a [u64],
}

impl<'a> Context<'a> {
    /// The context of block `index` of `blocks`.
    pub(crate) fn new(blocks: &'a [Block<'a>], index: usize, phrase_hit: bool) -> Context<'a> {
        Context { blocks, index, block: &blocks[index], phrase_hit, line_hits: &[] }
    }

    /// The context with every block's phrase hits, of all rules.
    pub(crate) fn with_line_hits(self, line_hits: &'a [u64]) -> Context<'a> {
        Context { line_hits, ..self }
    }

    pub(crate) fn block(&self) -> &'a Block<'a> {
        self.block
    }

    /// Whether a phrase of some rule matched block `index` where it must:
    /// the line is that rule's chrome ("Recent Posts"), whatever a rule
    /// asked before says of it.
    pub(crate) fn claimed_by_a_phrase(&self, index: usize) -> bool {
        self.line_hits.get(index).is_some_and(|&hits| hits != 0)
    }
}

/// A rule: one kind of chrome.
pub(crate) trait Rule: Send + Sync {
    /// Stable kebab-case name, shown in `--explain` and `removed`.
    fn name(&self) -> &'static str;
    /// What it removes, why, and an example line.
    fn doc(&self) -> &'static str;
    /// Lexicon phrases (lowercase) whose match sets [`Context::phrase_hit`].
    fn phrases(&self) -> &'static [Phrase] {
        &[]
    }
    /// The rule gives no verdict unless its phrases matched
    /// ([`Context::phrase_hit`]): the rules stage then does not ask it of a
    /// block without a hit. Most blocks have none, and eleven of the rules
    /// are such, so this spares most of the calls a block would get.
    fn needs_phrase_hit(&self) -> bool {
        false
    }
    fn classify(&self, ctx: &Context<'_>) -> Option<RuleVerdict>;
}

/// The bit set of the rules that [`Rule::needs_phrase_hit`], bit `r` for
/// `rules[r]` (as the lexicon credits them).
pub(crate) fn phrase_gated(rules: &[Box<dyn Rule>]) -> u64 {
    assert!(rules.len() <= 64, "the lexicon credits at most 64 rules");
    rules.iter().enumerate().filter(|(_, rule)| rule.needs_phrase_hit()).fold(0, |set, (r, _)| set | 1 << r)
}

/// The bit set of all of `rules`, bit `r` for `rules[r]`.
pub(crate) fn all_rules(rules: &[Box<dyn Rule>]) -> u64 {
    assert!(rules.len() <= 64, "the lexicon credits at most 64 rules");
    u64::MAX.checked_shr(64 - rules.len() as u32).unwrap_or(0)
}

/// The rules in the order they are asked; the first verdict wins.
/// Metadata rules come before drop rules so that a date line is read, not
/// merely dropped; end markers come late so a more specific rule names the
/// line when one applies.
pub(crate) fn registry() -> Vec<Box<dyn Rule>> {
    // One compiled date pattern for the two rules that read dates.
    let date = date_line::date_regex();
    vec![
        Box::new(read_time::ReadTime::new()),
        Box::new(comment_thread::CommentThread::new(date.clone())),
        Box::new(date_line::DateLine::new(date)),
        Box::new(byline::Byline::new()),
        Box::new(relative_time::RelativeTime::new()),
        Box::new(timestamp::Timestamp::new()),
        Box::new(photo_credit::PhotoCredit::new()),
        Box::new(wire_credit::WireCredit::new()),
        Box::new(figure_caption::FigureCaption::new()),
        Box::new(promo_label::RULE),
        Box::new(end_marker::RULE),
        Box::new(comments_start::CommentsStart::new()),
        Box::new(related_link::RelatedLink),
        Box::new(truncated_teaser::TruncatedTeaser),
        Box::new(cookie_notice::RULE),
        Box::new(browser_notice::RULE),
        Box::new(newsletter::RULE),
        Box::new(paywall::RULE),
        Box::new(disclosure::RULE),
        Box::new(post_meta::RULE),
        Box::new(author_bio::AuthorBio::new()),
        Box::new(share_buttons::ShareButtons::new()),
        Box::new(comment_prompt::RULE),
        Box::new(footer::Footer::new()),
        Box::new(call_to_action::RULE),
        Box::new(nav_label::RULE),
    ]
}

/// All rules' phrases in one automaton; a match is credited to its rule
/// only where the phrase's placement holds.
///
/// Whole-line phrases that begin and end with a letter (most phrases) are
/// not in the automaton: such a phrase is the whole line give or take
/// filler exactly when it equals the line trimmed of non-letters, one hash
/// lookup. Out of the automaton, they no longer double its size (4.3 MB as
/// a DFA, now 2.3 MB) nor report a match for every "share" or "home" inside
/// a paragraph.
///
/// Two automata with the same matches: a contiguous NFA, cheap to build, and
/// a full DFA, one transition per byte but about 80 M instructions (15 ms)
/// to build. A process that cleans one page would spend more building the
/// DFA than searching with the NFA, so the DFA is built only once the
/// cleaner has searched [`DFA_AFTER_BYTES`] of text; a batch then runs on it.
pub(crate) struct Lexicon {
    /// Whole-line phrases with a letter at each end -> their rules' bits.
    whole: foldhash::HashMap<Cow<'static, str>, u64>,
    /// The longest of `whole`, in bytes: a longer line is none of them.
    longest_whole: usize,
    /// The automaton's phrases (each with a straight apostrophe also with
    /// a typographic one: see [`spellings`]).
    phrases: Vec<Cow<'static, str>>,
    nfa: contiguous::NFA,
    dfa: OnceLock<dfa::DFA>,
    /// Bytes of page text searched so far (counted per page, not per line,
    /// so threads rarely touch it).
    searched: AtomicUsize,
    /// Per pattern id: the rule it belongs to and where it must match.
    entries: Vec<(usize, Placement)>,
}

/// Text searched with the NFA before the DFA is built. On the dev corpora
/// the NFA costs about 80 instructions per byte more than the DFA
/// (callgrind), so the build is repaid in about 1 MB; switching after 256 KB
/// (some 25 pages) bounds what a short batch can lose, and a single page
/// never pays for the build.
const DFA_AFTER_BYTES: usize = 256 << 10;

impl Lexicon {
    pub(crate) fn new(rules: &[Box<dyn Rule>]) -> Lexicon {
        Lexicon::from_phrase_lists(rules.iter().map(|r| r.phrases()))
    }

    /// One automaton for the lists; list `i` is credited to bit `i`.
    pub(crate) fn from_phrase_lists<'a>(lists: impl Iterator<Item = &'a [Phrase]>) -> Lexicon {
        Lexicon::build(lists, true)
    }

    /// With `whole_by_lookup` false, every phrase goes into the automaton:
    /// the plain definition, which tests hold the lookup to.
    fn build<'a>(lists: impl Iterator<Item = &'a [Phrase]>, whole_by_lookup: bool) -> Lexicon {
        let mut whole: foldhash::HashMap<Cow<'static, str>, u64> = foldhash::HashMap::default();
        let mut phrases = Vec::new();
        let mut entries = Vec::new();
        let letter_edged = |text: &str| {
            text.chars().next().is_some_and(crate::chars::is_alphabetic)
                && text.chars().next_back().is_some_and(crate::chars::is_alphabetic)
        };
        for (index, list) in lists.enumerate() {
            assert!(index < 64, "the lexicon credits at most 64 rules");
            for phrase in list {
                // An empty phrase would match between any two lines.
                assert!(!phrase.text.is_empty(), "an empty phrase");
                for text in spellings(phrase.text) {
                    if whole_by_lookup && phrase.at == Placement::Whole && letter_edged(&text) {
                        *whole.entry(text).or_insert(0) |= 1 << index;
                    } else {
                        phrases.push(text);
                        entries.push((index, phrase.at));
                    }
                }
            }
        }
        let longest_whole = whole.keys().map(|p| p.len()).max().unwrap_or(0);
        let nfa = Lexicon::nfa(&phrases);
        Lexicon { whole, longest_whole, phrases, nfa, dfa: OnceLock::new(), searched: AtomicUsize::new(0), entries }
    }

    // Without a prefilter, only match states are special (see
    // [`each_match`]); with some four hundred phrases starting with most
    // letters, one would seldom skip anything.
    fn nfa(phrases: &[Cow<'static, str>]) -> contiguous::NFA {
        contiguous::Builder::new()
            .match_kind(MatchKind::Standard)
            .prefilter(false)
            .build(phrases.iter().map(|p| p.as_bytes()))
            .expect("lexicon phrases are valid patterns")
    }

    fn dfa(phrases: &[Cow<'static, str>]) -> dfa::DFA {
        dfa::Builder::new()
            .match_kind(MatchKind::Standard)
            .prefilter(false)
            .build(phrases.iter().map(|p| p.as_bytes()))
            .expect("lexicon phrases are valid patterns")
    }

    /// The automaton for a page of `page_bytes` bytes of text (its input
    /// size: the count only decides when the DFA pays).
    pub(crate) fn for_page(&self, page_bytes: usize) -> PageLexicon<'_> {
        let automaton = match self.dfa.get() {
            Some(dfa) => Searcher::Dfa(dfa),
            None if self.searched.fetch_add(page_bytes, Ordering::Relaxed) >= DFA_AFTER_BYTES => {
                Searcher::Dfa(self.dfa.get_or_init(|| Lexicon::dfa(&self.phrases)))
            }
            None => Searcher::Nfa(&self.nfa),
        };
        PageLexicon { lexicon: self, automaton }
    }
}

/// A [`Lexicon`] with the automaton chosen for one page.
pub(crate) struct PageLexicon<'l> {
    lexicon: &'l Lexicon,
    automaton: Searcher<'l>,
}

/// One of the lexicon's two automata.
#[derive(Clone, Copy)]
enum Searcher<'l> {
    Nfa(&'l contiguous::NFA),
    Dfa(&'l dfa::DFA),
}

impl Searcher<'_> {
    /// Calls `found(pattern, start, end)` for every match of every pattern
    /// in `haystack`, overlapping ones too, in the order of their ends.
    fn each_match(self, haystack: &[u8], found: impl FnMut(usize, usize, usize)) {
        match self {
            Searcher::Nfa(nfa) => each_match(nfa, haystack, found),
            Searcher::Dfa(dfa) => each_match(dfa, haystack, found),
        }
    }
}

/// The overlapping search, as a plain loop over the bytes: a transition and
/// a comparison a byte. The library's iterator keeps its place in memory
/// between matches and cost about twice the instructions a byte. Built
/// without a prefilter, with no empty phrase (so the start state matches
/// nothing) and unanchored (so no state is dead), the automaton's only
/// special states are match states.
///
/// Each transition waits on the one before (the next state is read from a
/// table at the current state), so one walk takes the memory's latency on
/// every byte. A long haystack is cut into [`STREAMS`] parts walked side by
/// side, whose transitions do not wait on each other. Each part is walked
/// from the automaton's longest phrase less a byte before its start, so
/// that it is in the right state there (a match ending in the part starts
/// no earlier), and keeps the matches that end in it. The matches are
/// reported part by part, so in the order of their ends, as one walk
/// reports them.
fn each_match<A: Automaton>(automaton: &A, haystack: &[u8], mut found: impl FnMut(usize, usize, usize)) {
    let start = automaton.start_state(Anchored::No).expect("the automata search unanchored");
    let overlap = automaton.max_pattern_len().saturating_sub(1);
    if haystack.len() < STREAMS_FROM_BYTES || haystack.len() / STREAMS <= overlap {
        walk(automaton, haystack, 0, haystack.len(), start, |state, end| {
            report_matches(automaton, state, end, &mut found)
        });
        return;
    }
    let part = haystack.len() / STREAMS;
    // Stream `k` keeps the matches that end after `bounds[k]`, up to
    // `bounds[k + 1]`, and starts walking at `at[k]` (the first at 0: a
    // match ends after its first byte).
    let bounds: [usize; STREAMS + 1] = std::array::from_fn(|k| if k == STREAMS { haystack.len() } else { k * part });
    let mut at: [usize; STREAMS] = std::array::from_fn(|k| bounds[k].saturating_sub(overlap));
    let mut states = [start; STREAMS];
    let mut matches: [Vec<(StateID, usize)>; STREAMS] = Default::default();
    // Side by side as long as every stream has bytes left (the first has
    // the fewest), then each on to its end alone.
    let side_by_side = part;
    let mut walked = 0;
    while walked < side_by_side {
        walked += walk_side_by_side(automaton, haystack, &mut at, &mut states, side_by_side - walked);
        for k in 0..STREAMS {
            if automaton.is_special(states[k]) && automaton.is_match(states[k]) && at[k] > bounds[k] {
                matches[k].push((states[k], at[k]));
            }
        }
    }
    for k in 0..STREAMS {
        walk(automaton, haystack, at[k], bounds[k + 1], states[k], |state, end| {
            if end > bounds[k] {
                matches[k].push((state, end));
            }
        });
    }
    for (state, end) in matches.into_iter().flatten() {
        report_matches(automaton, state, end, &mut found);
    }
}

/// How many parts [`each_match`] walks side by side, and from how long a
/// haystack on.
const STREAMS: usize = 4;
const STREAMS_FROM_BYTES: usize = 1024;

/// Walks `haystack[from..to]` from `state`, calling `matched(state, end)`
/// at each match state, reached just before `end`.
#[inline(always)]
fn walk<A: Automaton>(
    automaton: &A,
    haystack: &[u8],
    from: usize,
    to: usize,
    mut state: StateID,
    mut matched: impl FnMut(StateID, usize),
) {
    let haystack = &haystack[..to];
    let mut at = from;
    while at < haystack.len() {
        (at, state) = to_special(automaton, haystack, at, state);
        if automaton.is_special(state) && automaton.is_match(state) {
            matched(state, at);
        }
    }
}

/// Walks `haystack` from `at` in `state` up to the first special state
/// (where it stops, just after its byte) or the end. A function of its
/// own, so that the walk keeps its state in a register: the transition
/// after a byte waits on the one before, and when the walk shared a
/// function with the handling of matches, the state went through memory
/// on every byte.
#[inline(never)]
fn to_special<A: Automaton>(automaton: &A, haystack: &[u8], mut at: usize, mut state: StateID) -> (usize, StateID) {
    while let Some(&byte) = haystack.get(at) {
        state = automaton.next_state(Anchored::No, state, byte);
        at += 1;
        if automaton.is_special(state) {
            break;
        }
    }
    (at, state)
}

/// [`to_special`] for [`STREAMS`] walks at once, a step of each in turn,
/// up to `steps` steps or the first step after which one of them is in a
/// special state. Returns the steps taken.
#[inline(never)]
fn walk_side_by_side<A: Automaton>(
    automaton: &A,
    haystack: &[u8],
    at: &mut [usize; STREAMS],
    states: &mut [StateID; STREAMS],
    steps: usize,
) -> usize {
    let parts: [&[u8]; STREAMS] = std::array::from_fn(|k| &haystack[at[k]..at[k] + steps]);
    let mut current = *states;
    let mut step = 0;
    while step < steps {
        for k in 0..STREAMS {
            current[k] = automaton.next_state(Anchored::No, current[k], parts[k][step]);
        }
        step += 1;
        if current.iter().any(|&state| automaton.is_special(state)) {
            break;
        }
    }
    *states = current;
    for position in at.iter_mut() {
        *position += step;
    }
    step
}

/// Calls `found(pattern, start, end)` for each pattern of the match state
/// `state`, reached just before `end`.
fn report_matches<A: Automaton>(
    automaton: &A,
    state: StateID,
    end: usize,
    found: &mut impl FnMut(usize, usize, usize),
) {
    for index in 0..automaton.match_len(state) {
        let pattern = automaton.match_pattern(state, index);
        found(pattern.as_usize(), end - automaton.pattern_len(pattern), end);
    }
}

impl PageLexicon<'_> {
    /// Bit set of the rules whose phrases match `block` where they must:
    /// the definition, one line at a time, that [`PageLexicon::page_hits`]
    /// gives for a whole page.
    #[cfg(test)]
    pub(crate) fn hits(&self, block: &Block) -> u64 {
        let mut hits = self.whole_hits(block);
        self.automaton.each_match(block.lower.as_bytes(), |pattern, start, end| {
            let (rule, at) = self.lexicon.entries[pattern];
            if hits & (1 << rule) == 0 && is_placed(at, block, start, end) {
                hits |= 1 << rule;
            }
        });
        hits
    }

    /// `PageLexicon::hits` (the definition, one line at a time, which only
    /// the tests build) of every block of a page, with one search of the
    /// page's lowercase, `lower`, in which block `i`'s is the `i`th of
    /// `ranges` (one after another, from 0 to the end), instead of a
    /// search per line, each with its own setting up for a few words. A
    /// match that runs from one line into the next is no line's.
    pub(crate) fn page_hits(
        &self,
        blocks: &[Block],
        lower: &str,
        ranges: impl Iterator<Item = std::ops::Range<usize>>,
    ) -> Vec<u64> {
        let mut hits: Vec<u64> = blocks.iter().map(|b| self.whole_hits(b)).collect();
        let mut ranges = ranges.enumerate();
        let Some((mut line, mut range)) = ranges.next() else { return hits };
        self.automaton.each_match(lower.as_bytes(), |pattern, start, end| {
            while range.end < end {
                (line, range) = ranges.next().expect("a match ends inside the page's lowercase");
            }
            if start < range.start {
                return;
            }
            let (rule, at) = self.lexicon.entries[pattern];
            if hits[line] & (1 << rule) == 0 && is_placed(at, &blocks[line], start - range.start, end - range.start) {
                hits[line] |= 1 << rule;
            }
        });
        hits
    }

    /// The rules of the whole-line phrases that `block` is.
    fn whole_hits(&self, block: &Block) -> u64 {
        let lexicon = self.lexicon;
        // Filler is what is not a letter: trimmed away, a whole-line phrase
        // is all that is left.
        let core = block.lower.trim_matches(|c: char| !crate::chars::is_alphabetic(c));
        if core.len() <= lexicon.longest_whole {
            lexicon.whole.get(core).copied().unwrap_or(0)
        } else {
            0
        }
    }
}

/// How a phrase may be written in a page: as listed, and, when it has a
/// straight apostrophe ("don't miss"), with the typographic one (`’`) that
/// most sites set instead. The lowercase the phrases are searched in keeps
/// the page's apostrophes.
fn spellings(phrase: &'static str) -> impl Iterator<Item = Cow<'static, str>> {
    let typographic = phrase.contains('\'').then(|| Cow::Owned(phrase.replace('\'', "\u{2019}")));
    std::iter::once(Cow::Borrowed(phrase)).chain(typographic)
}

/// Whether `text` is `phrase` as [`spellings`] lets a page write it: the
/// same but that a straight apostrophe may be a typographic one.
pub(crate) fn is_spelling_of(phrase: &str, text: &str) -> bool {
    opens_with_spelling_of(text, phrase).is_some_and(str::is_empty)
}

/// What follows `phrase` at the start of `text`, when `text` opens with it
/// as [`spellings`] lets a page write it.
pub(crate) fn opens_with_spelling_of<'t>(text: &'t str, phrase: &str) -> Option<&'t str> {
    let mut rest = text.chars();
    let opens = phrase.chars().all(|p| rest.next().is_some_and(|t| t == p || (p == '\'' && t == '\u{2019}')));
    opens.then_some(rest.as_str())
}

/// Whether a phrase found at `start..end` of `block`'s lowercase is where
/// its placement `at` says it must be.
fn is_placed(at: Placement, block: &Block, start: usize, end: usize) -> bool {
    let lower = block.lower;
    match at {
        Placement::Whole => is_filler(&lower[..start]) && is_filler(&lower[end..]),
        Placement::Lead => is_filler(&lower[..start]) && lead_boundary(block.text, lower, end),
        Placement::Start { max_words } => {
            block.features.words <= max_words && is_filler(&lower[..start]) && word_boundary(lower, start, end)
        }
        Placement::Within { max_words } => {
            block.features.words <= max_words
                && word_boundary(lower, start, end)
                && (is_filler(&lower[..start]) || !is_reported_speech(block))
        }
        Placement::Tag => {
            is_filler(&lower[..start]) && lower[end..].trim_start().starts_with([':', '|']) && !block.features.terminal
        }
        Placement::Label { max_words } => {
            block.features.words <= max_words
                && word_boundary(lower, start, end)
                && (is_filler(&lower[..start]) || !block.features.terminal)
        }
    }
}

/// Whether a line is reported speech, which news is made of and notices
/// are not: six words or more, with a reporting verb ("said", "told",
/// "according to", "sagte", "a déclaré", "dijo"). A phrase that a notice
/// holds somewhere inside ("sign up for", "community guidelines", "what do
/// you think") is news in such a line: "More than 5,000 farmers sign up
/// for the program every year, the ministry said." A phrase that opens
/// the line is not asked (that is [`is_placed`]'s part). Only lines where
/// a phrase matched are read.
fn is_reported_speech(block: &Block) -> bool {
    const MIN_WORDS: usize = 6;
    if block.features.words < MIN_WORDS {
        return false;
    }
    let mut previous = "";
    for word in block.lower.split(|c: char| !crate::chars::is_alphanumeric(c)).filter(|w| !w.is_empty()) {
        if is_reporting_verb(word)
            || (word == "to" && previous == "according")
            || (word == "déclaré" && previous == "a")
        {
            return true;
        }
        previous = word;
    }
    false
}

/// Verbs that report what someone said, in the languages of the lexicon;
/// words that are as often something else ("so", "segundo", "secondo")
/// are left out.
fn is_reporting_verb(word: &str) -> bool {
    matches!(
        word,
        "said"
            | "says"
            | "told"
            | "asked"
            | "added"
            | "explained"
            | "insisted"
            | "warned"
            | "sagte"
            | "sagten"
            | "erklärte"
            | "betonte"
            | "sagt"
            | "affirmé"
            | "ajouté"
            | "expliqué"
            | "estime"
            | "selon"
            | "dijo"
            | "afirmó"
            | "explicó"
            | "señaló"
            | "según"
            | "aseguró"
            | "disse"
            | "afirmou"
            | "explicou"
            | "dichiarato"
            | "spiegato"
            | "powiedział"
            | "powiedziała"
            | "dodał"
            | "dodała"
            | "сказал"
            | "сказала"
            | "заявил"
            | "заявила"
    )
}

/// Text that may surround a whole-line phrase: punctuation, bullets,
/// arrows, spaces and a count such as "(12)" or "12".
pub(crate) fn is_filler(s: &str) -> bool {
    s.chars().all(|c| !crate::chars::is_alphabetic(c))
}

pub(crate) fn word_boundary(lower: &str, start: usize, end: usize) -> bool {
    let before = lower[..start].chars().next_back();
    let after = lower[end..].chars().next();
    !before.is_some_and(crate::chars::is_alphanumeric) && !after.is_some_and(crate::chars::is_alphanumeric)
}

/// After a lead phrase: the end, a separator, or a capital letter glued on
/// (a teaser's source name run into the label, as "RelatedTRT Global").
/// A lowercase word after a space ("Related to the ruling") is prose.
fn lead_boundary(original: &str, lower: &str, end: usize) -> bool {
    let rest = &lower[end..];
    let Some(next) = rest.chars().next() else { return true };
    if matches!(next, ':' | '–' | '—' | '|' | '»' | '›' | '>' | '/' | '•' | '·' | '.' | '…' | '(') {
        return true;
    }
    if next == '-' {
        // "Read-only", "Watch-makers": a hyphen inside a word joins it;
        // a separator has a space or the line's end after it ("Watch- x").
        return rest[1..].chars().next().is_none_or(char::is_whitespace);
    }
    if next == ' ' {
        let after = rest.trim_start();
        return after.starts_with([':', '-', '–', '—', '|', '»', '›', '>', '/', '•', '·']);
    }
    if next.is_alphabetic() {
        // Glued on is a change from lowercase to a capital in the original
        // text ("RelatedTRT", "Read moreThe"): in a line all in capitals
        // ("WATCHDOG LAUNCHES PROBE", "MEHRHEIT FÜR …") the label's letters
        // run on into a longer word. The same position in the original is
        // found by character count.
        let chars_before = lower[..end].chars().count();
        let mut around = original.chars().skip(chars_before.saturating_sub(1));
        return around.next().is_some_and(char::is_lowercase) && around.next().is_some_and(char::is_uppercase);
    }
    false
}

#[cfg(test)]
pub(crate) mod testing {
    //! Table tests for rules: each line is classified as a one-block page.
    use super::*;

    /// What a table row expects of a rule.
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub(crate) enum Expect {
        Drop,
        Meta,
        End,
        Comments,
        /// This rule gives no verdict.
        Pass,
    }

    /// Asserts that a rule's cheap test, `may_match`, lets through every
    /// one of `lines` that its pattern matches (`is_match`), and returns
    /// how many the pattern matched.
    pub(crate) fn matches_kept(
        lines: &[String],
        is_match: impl Fn(&str) -> bool,
        may_match: impl Fn(&str) -> bool,
    ) -> usize {
        let mut matched = 0;
        for line in lines {
            let is_match = is_match(line);
            assert!(may_match(line) || !is_match, "{line:?}");
            matched += usize::from(is_match);
        }
        matched
    }

    /// Every line of the fixture pages.
    pub(crate) fn fixture_lines() -> Vec<String> {
        let mut lines = Vec::new();
        for entry in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures")).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "txt") {
                lines.extend(std::fs::read_to_string(path).unwrap().lines().map(str::to_owned));
            }
        }
        lines
    }

    /// Runs `rule` alone over each row's line and checks the verdict.
    pub(crate) fn check(rule: &dyn Rule, rows: &[(&str, Expect)]) {
        for (line, expected) in rows {
            let blocks = crate::blocks::test_blocks(line);
            let got = verdict_of(rule, &blocks, 0);
            let got_kind = match got {
                Some(RuleVerdict::Drop) => Expect::Drop,
                Some(RuleVerdict::Meta(_)) => Expect::Meta,
                Some(RuleVerdict::EndMarker | RuleVerdict::DeclaredEnd) => Expect::End,
                Some(RuleVerdict::CommentsStart) => Expect::Comments,
                None => Expect::Pass,
            };
            assert_eq!(&got_kind, expected, "rule {} on {:?}", rule.name(), line);
        }
    }

    /// The verdict of `rule` on `blocks[index]`, with its phrases matched
    /// through a lexicon of its own.
    pub(crate) fn verdict_of(rule: &dyn Rule, blocks: &[Block], index: usize) -> Option<RuleVerdict> {
        let lexicon = Lexicon::from_phrase_lists(std::iter::once(rule.phrases()));
        let phrase_hit = lexicon.for_page(0).hits(&blocks[index]) & 1 != 0;
        rule.classify(&Context::new(blocks, index, phrase_hit))
    }

    /// The metadata a rule reads off a single line.
    pub(crate) fn meta_of(rule: &dyn Rule, line: &str) -> Option<MetaValue> {
        let blocks = crate::blocks::test_blocks(line);
        match verdict_of(rule, &blocks, 0) {
            Some(RuleVerdict::Meta(m)) => Some(*m),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn names_are_unique_kebab_case_and_documented() {
        let rules = registry();
        let mut seen = HashSet::new();
        for rule in &rules {
            let name = rule.name();
            assert!(seen.insert(name), "duplicate rule name {name}");
            assert!(name.chars().all(|c| c.is_ascii_lowercase() || c == '-'), "{name}");
            let doc = rule.doc();
            assert!(doc.len() > 80, "rule {name} needs a doc: what it removes, why, an example");
            assert!(doc.contains("Example"), "rule {name}'s doc has no example line");
        }
    }

    /// The NFA a short run searches with and the DFA a batch switches to
    /// credit the same rules: on every phrase alone, inside a sentence,
    /// after a bullet and before a count, and on every line of the fixtures.
    #[test]
    fn both_lexicon_automata_credit_the_same_rules() {
        let rules = registry();
        let lexicon = Lexicon::new(&rules);
        let dfa = Lexicon::dfa(&lexicon.phrases);
        let mut lines: Vec<String> = Vec::new();
        for phrase in &lexicon.phrases {
            lines.push(phrase.to_string());
            lines.push(format!("• {phrase} (12)"));
            lines.push(format!("We {phrase} here, and the rest of the sentence follows."));
        }
        lines.extend(testing::fixture_lines());
        let blocks = crate::blocks::test_blocks(&lines.join("\n"));
        let mut credited = 0;
        for block in &blocks {
            let by_nfa = PageLexicon { lexicon: &lexicon, automaton: Searcher::Nfa(&lexicon.nfa) }.hits(block);
            let by_dfa = PageLexicon { lexicon: &lexicon, automaton: Searcher::Dfa(&dfa) }.hits(block);
            assert_eq!(by_nfa, by_dfa, "{:?}", block.text);
            credited += usize::from(by_nfa != 0);
        }
        assert!(credited > lexicon.phrases.len(), "{credited} lines credited");
    }

    /// Every phrase with a straight apostrophe is found with a typographic
    /// one too, for the same rules, alone and inside a line.
    #[test]
    fn phrases_match_either_apostrophe() {
        let rules = registry();
        let lexicon = Lexicon::new(&rules);
        let mut tried = 0;
        for phrase in rules.iter().flat_map(|r| r.phrases()).filter(|p| p.text.contains('\'')) {
            let curly = phrase.text.replace('\'', "\u{2019}");
            for (straight, typographic) in [
                (phrase.text.to_owned(), curly.clone()),
                (format!("» {} (12)", phrase.text), format!("» {curly} (12)")),
                (format!("{}: the rest", phrase.text), format!("{curly}: the rest")),
            ] {
                let hits = |line: &str| {
                    let blocks = crate::blocks::test_blocks(line);
                    lexicon.for_page(0).hits(&blocks[0])
                };
                assert_eq!(hits(&straight), hits(&typographic), "{typographic:?}");
            }
            tried += 1;
        }
        assert!(tried >= 10, "{tried} phrases with an apostrophe");
    }

    /// Whole-line phrases looked up by the trimmed line credit the same
    /// rules as when the automaton finds them and checks their filler.
    #[test]
    fn whole_phrases_by_lookup_credit_as_by_search() {
        let rules = registry();
        let lexicon = Lexicon::new(&rules);
        let searched = Lexicon::build(rules.iter().map(|r| r.phrases()), false);
        assert!(lexicon.whole.len() > 100 && searched.whole.is_empty());
        let mut lines: Vec<String> = Vec::new();
        for phrase in rules.iter().flat_map(|r| r.phrases()) {
            let p = phrase.text;
            lines.extend([
                p.to_owned(),
                format!("» {p} (12) »"),
                format!("{p}:"),
                format!("1. {p}"),
                format!("{p} now"),
                format!("See {p}"),
                format!("{p}s"),
                format!("– {p} – {p} –"),
            ]);
        }
        lines.extend(testing::fixture_lines());
        let blocks = crate::blocks::test_blocks(&lines.join("\n"));
        for block in &blocks {
            assert_eq!(lexicon.for_page(0).hits(block), searched.for_page(0).hits(block), "{:?}", block.text);
        }
    }

    /// A rule the rules stage skips without a phrase hit gives no verdict
    /// without one: on every line of the fixtures and every phrase of
    /// every rule, as a line alone and inside a short one.
    #[test]
    fn all_rules_is_a_bit_per_rule() {
        let rules = registry();
        let all = all_rules(&rules);
        assert_eq!(all.count_ones() as usize, rules.len());
        assert_eq!(all, (1u64 << rules.len()) - 1);
        assert_eq!(all_rules(&[]), 0);
    }

    #[test]
    fn phrase_gated_rules_need_a_hit() {
        let rules = registry();
        let gated = phrase_gated(&rules);
        let mut lines = testing::fixture_lines();
        for phrase in rules.iter().flat_map(|r| r.phrases()) {
            lines.extend([phrase.text.to_owned(), format!("{}: a headline", phrase.text.to_uppercase())]);
        }
        let blocks = crate::blocks::test_blocks(&lines.join("\n"));
        let mut asked = 0;
        for (r, rule) in rules.iter().enumerate().filter(|(r, _)| gated & (1 << r) != 0) {
            for index in 0..blocks.len() {
                let ctx = Context::new(&blocks, index, false);
                assert_eq!(rule.classify(&ctx), None, "rule {} on {:?}", rules[r].name(), blocks[index].text);
                asked += 1;
            }
        }
        // The phrase rules and `related-link`.
        assert_eq!(gated.count_ones(), 12);
        assert!(asked > 12 * 1000, "{asked}");
    }

    #[test]
    fn the_dfa_comes_once_enough_text_is_searched() {
        let lexicon = Lexicon::new(&registry());
        let is_nfa =
            |page: PageLexicon| matches!(page.automaton, Searcher::Nfa(nfa) if std::ptr::eq(nfa, &lexicon.nfa));
        assert!(is_nfa(lexicon.for_page(DFA_AFTER_BYTES)));
        assert!(lexicon.dfa.get().is_none());
        assert!(!is_nfa(lexicon.for_page(10)));
        assert!(lexicon.dfa.get().is_some());
        let is_the_dfa = |page: PageLexicon| matches!(page.automaton, Searcher::Dfa(dfa) if std::ptr::eq(dfa, lexicon.dfa.get().unwrap()));
        assert!(is_the_dfa(lexicon.for_page(0)));
    }

    /// Lines for the search tests: every phrase alone, inside a sentence,
    /// cut in two across a line break, and glued to the next, and every
    /// line of the fixtures.
    fn search_test_lines(lexicon: &Lexicon) -> Vec<String> {
        let mut lines: Vec<String> = Vec::new();
        for pair in lexicon.phrases.windows(2) {
            let (phrase, next) = (&*pair[0], &*pair[1]);
            let cut = phrase.char_indices().nth(phrase.chars().count() / 2).map_or(0, |(at, _)| at);
            lines.extend([
                phrase.to_owned(),
                format!("We {phrase} here, and the rest follows."),
                phrase[..cut].to_owned(),
                phrase[cut..].to_owned(),
                format!("{phrase}{next}"),
            ]);
        }
        lines.extend(testing::fixture_lines());
        lines
    }

    /// The hand-written search finds what the library's own overlapping
    /// search finds, with either automaton: every match of every phrase, in
    /// the same order.
    #[test]
    fn the_search_finds_every_overlapping_match() {
        let lexicon = Lexicon::new(&registry());
        let dfa = Lexicon::dfa(&lexicon.phrases);
        let library = aho_corasick::AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(lexicon.phrases.iter().map(|p| p.as_bytes()))
            .unwrap();
        let page = search_test_lines(&lexicon).join("\n").to_lowercase();
        let expected: Vec<(usize, usize, usize)> =
            library.find_overlapping_iter(&page).map(|m| (m.pattern().as_usize(), m.start(), m.end())).collect();
        assert!(expected.len() > 3 * lexicon.phrases.len(), "{} matches", expected.len());
        for searcher in [Searcher::Nfa(&lexicon.nfa), Searcher::Dfa(&dfa)] {
            let mut found = Vec::new();
            searcher.each_match(page.as_bytes(), |pattern, start, end| found.push((pattern, start, end)));
            assert!(found == expected, "the search and the library disagree");
        }
    }

    /// The lexicon and its automata, built once for the property test.
    static SEARCH: std::sync::LazyLock<(Lexicon, dfa::DFA, aho_corasick::AhoCorasick)> =
        std::sync::LazyLock::new(|| {
            let lexicon = Lexicon::new(&registry());
            let dfa = Lexicon::dfa(&lexicon.phrases);
            let library = aho_corasick::AhoCorasick::builder()
                .match_kind(MatchKind::Standard)
                .build(lexicon.phrases.iter().map(|p| p.as_bytes()))
                .unwrap();
            (lexicon, dfa, library)
        });

    proptest::proptest! {
        /// Haystacks of any length, of phrases (whole or cut) and filler,
        /// so that matches fall anywhere relative to the parts the search
        /// walks side by side: the search finds what the library finds.
        #[test]
        fn the_search_in_parts_finds_every_match(
            pieces in proptest::collection::vec((0usize..1000, 0usize..3, "[ a-z.,•é]{0,12}"), 0..400),
        ) {
            let (lexicon, dfa, library) = &*SEARCH;
            let mut haystack = String::new();
            for (phrase, cut, filler) in pieces {
                let phrase = &*lexicon.phrases[phrase % lexicon.phrases.len()];
                // The whole phrase, its first half or none of it.
                let half = phrase.char_indices().nth(phrase.chars().count() / 2).map_or(0, |(at, _)| at);
                haystack.push_str(&phrase[..[phrase.len(), half, 0][cut % 3]]);
                haystack.push_str(&filler);
            }
            let expected: Vec<(usize, usize, usize)> =
                library.find_overlapping_iter(&haystack).map(|m| (m.pattern().as_usize(), m.start(), m.end())).collect();
            for searcher in [Searcher::Nfa(&lexicon.nfa), Searcher::Dfa(dfa)] {
                let mut found = Vec::new();
                searcher.each_match(haystack.as_bytes(), |pattern, start, end| found.push((pattern, start, end)));
                proptest::prop_assert!(found == expected, "{} bytes", haystack.len());
            }
        }
    }

    /// One search of a whole page credits each block with the rules a
    /// search of the block alone does, with either automaton; phrases cut
    /// across two lines are no line's.
    #[test]
    fn a_search_of_the_page_credits_as_a_search_per_line() {
        let lexicon = Lexicon::new(&registry());
        let dfa = Lexicon::dfa(&lexicon.phrases);
        let page = crate::blocks::test_page(&search_test_lines(&lexicon).join("\n"));
        let blocks = page.blocks();
        for automaton in [Searcher::Nfa(&lexicon.nfa), Searcher::Dfa(&dfa)] {
            let searcher = PageLexicon { lexicon: &lexicon, automaton };
            let (lower, ranges) = page.lowercase();
            let by_page = searcher.page_hits(&blocks, lower, ranges);
            assert_eq!(by_page.len(), blocks.len());
            let mut credited = 0;
            for (block, hits) in blocks.iter().zip(by_page) {
                assert_eq!(hits, searcher.hits(block), "{:?}", block.text);
                credited += usize::from(hits != 0);
            }
            assert!(credited > lexicon.phrases.len(), "{credited} lines credited");
        }
    }

    #[test]
    fn phrases_are_lowercase() {
        for rule in registry() {
            for p in rule.phrases() {
                assert_eq!(p.text, p.text.to_lowercase(), "rule {}", rule.name());
            }
        }
    }

    /// A notice's phrase inside reported speech is news; the notice, and
    /// the phrase opening a line, are still notices.
    #[test]
    fn reported_speech_keeps_a_notice_phrase_inside() {
        let body =
            "Heavy rain on Sunday washed away part of the only road into the valley, officials said on Monday morning.";
        let more = "Crews expect to reopen one lane by the end of the week, the regional transport office said in a statement.";
        let kept = [
            "More than 5,000 farmers sign up for the program every year, the ministry said.",
            "The post violated the platform's community guidelines, a company spokesperson said on Tuesday.",
            "\"What do you think will happen next?\" she asked the crowd.",
            "Die Versicherung übernimmt keine Haftung für Schäden, sagte ein Sprecher am Montag.",
        ];
        let dropped = [
            "Sign up for our newsletter, the editors said.",
            "Sign up for our daily newsletter to get the latest news in your inbox.",
            "We use cookies to improve your experience, as our policy says.",
        ];
        let cleaner = crate::Cleaner::new();
        for line in kept.iter().chain(&dropped) {
            let page = format!("Floods close the valley road\n{body}\n{line}\n{more}\n{body} Again.\n");
            let article = cleaner.clean(&page);
            assert_eq!(article.paragraphs.iter().any(|p| p == line), kept.contains(line), "{line}");
        }
    }

    #[test]
    fn placements() {
        assert!(is_filler(" • "));
        assert!(is_filler("(12)"));
        assert!(!is_filler("see "));
        assert!(lead_boundary("RelatedTRT Global", "relatedtrt global", 7));
        assert!(lead_boundary("Related: x", "related: x", 7));
        assert!(lead_boundary("Related - x", "related - x", 7));
        assert!(!lead_boundary("Related to the ruling", "related to the ruling", 7));
        assert!(!lead_boundary("Relatedness", "relatedness", 7));
        assert!(lead_boundary("Read moreThe vote", "read morethe vote", 9));
        assert!(!lead_boundary("WATCHDOG LAUNCHES PROBE", "watchdog launches probe", 5));
        assert!(!lead_boundary("MEHRHEIT FÜR DIE REFORM", "mehrheit für die reform", 4));
        assert!(lead_boundary("Watch- x", "watch- x", 5));
        assert!(lead_boundary("Watch-", "watch-", 5));
        assert!(!lead_boundary("Read-only access", "read-only access", 4));
    }
}
