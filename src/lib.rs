//! newsclean turns the plain text a scraper got from a news page into the
//! article: the title once, the date and section as metadata, and the body
//! paragraphs in order, without the page's chrome (menus, teasers, promo
//! labels, captions, cookie and newsletter boxes, share buttons, footers).
//!
//! ```
//! let page = "World\n2 min read\nFloods close the valley road\n\
//!             Heavy rain on Sunday washed away part of the only road into the valley, officials said.\n\
//!             Repairs are expected to take at least three weeks, according to the regional council.\n\
//!             Most read\nCity council approves budget\nTeam wins cup final\nNew bridge opens";
//! let article = newsclean::Cleaner::new().clean(page);
//! assert_eq!(article.title.as_deref(), Some("Floods close the valley road"));
//! assert_eq!(article.read_time_minutes, Some(2));
//! assert_eq!(article.paragraphs.len(), 2);
//! assert!(article.body().starts_with("Heavy rain on Sunday"));
//! ```
//!
//! # The pipeline
//! Each stage is a module of its own (private: the API is [`Cleaner`] and
//! what it returns), with its input, output and invariants documented in
//! its source:
//!
//! 1. `decode` (`src/decode.rs`): bytes in any encoding → `String` (BOM,
//!    forced label, UTF-8, else detection), counting replaced bytes.
//! 2. `normalize` (`src/normalize.rs`): line endings, exotic spaces,
//!    zero-width characters, NFC; each line remembers its input number.
//! 3. `blocks` (`src/blocks.rs`): one block per non-blank line, its features
//!    computed once (words, terminal punctuation, stopword density for the
//!    page's language, capitalization, …).
//! 4. `rules` (`src/rules/`): an ordered registry of small rules, one kind
//!    of chrome each; all their phrases run through one aho-corasick
//!    automaton. A rule drops a block, reads metadata off it, or marks the
//!    end of the article. User rule packs ([`RulePack`]) are asked first,
//!    and their keep rules override every later verdict.
//! 5. `decide` (`src/decide.rs`): prose classes, context smoothing and the
//!    article's main cluster, cut at end markers.
//! 6. `dedup` (`src/dedup.rs`): repeated headlines, captions and pull quotes
//!    that repeat the body.
//! 7. `meta` (`src/meta.rs`): title, subtitle, date, section, byline, read time.
//! 8. `emit` (`src/emit.rs`): text, JSON and `--explain` renderings of an [`Article`].
//!
//! Cleaning never fails and never panics; only reading bytes can fail (a
//! document over the size limit or the limit of lines), see
//! [`Cleaner::clean_bytes`].
#![deny(missing_docs)]

mod blocks;
mod chars;
mod decide;
mod decode;
mod dedup;
mod emit;
mod jsonstr;
mod lang;
mod meta;
mod normalize;
mod pack;
mod record;
mod rules;
#[cfg(feature = "bench-internals")]
#[doc(hidden)]
pub mod stage_bench;

pub use pack::RulePack;
pub use record::{JsonFields, JsonRecord};

use std::borrow::Cow;
use std::fmt;
use std::sync::Arc;

use decide::{Decision, Thresholds};
use rules::{Lexicon, Rule, RuleVerdict};

/// Which way to lean when a line could be either article or chrome.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Favor {
    /// Keep less: stricter prose tests, earlier cuts.
    Precision,
    /// The default balance.
    #[default]
    Balanced,
    /// Keep more: shorter lines count as prose, later cuts.
    Recall,
}

impl std::str::FromStr for Favor {
    type Err = Error;
    fn from_str(s: &str) -> Result<Favor, Error> {
        match s {
            "precision" => Ok(Favor::Precision),
            "balanced" => Ok(Favor::Balanced),
            "recall" => Ok(Favor::Recall),
            other => Err(Error::new(ErrorKind::Config(format!(
                "unknown favor {other:?}: use precision, balanced or recall"
            )))),
        }
    }
}

/// The default size limit of one document, in bytes.
pub const DEFAULT_MAX_BYTES: usize = 64 * 1024 * 1024;

/// The default limit of lines in one document. A page's memory grows with
/// its lines (about 500 bytes each, whatever their length), so a page of
/// tiny lines within the size limit could otherwise take gigabytes; the
/// longest of the dev corpora's 575 pages has 2,717 lines.
pub const DEFAULT_MAX_LINES: usize = 1_000_000;

/// Builds a [`Cleaner`].
///
/// ```
/// let cleaner = newsclean::Cleaner::builder()
///     .favor(newsclean::Favor::Precision)
///     .encoding("windows-1252")?
///     .build();
/// let article = cleaner.clean_bytes(b"Caf\xe9 owners say the new rules will cost them dearly, the survey found.")?;
/// assert_eq!(article.paragraphs[0], "Café owners say the new rules will cost them dearly, the survey found.");
/// # Ok::<(), newsclean::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct CleanerBuilder {
    favor: Favor,
    encoding: Option<&'static encoding_rs::Encoding>,
    max_bytes: usize,
    max_lines: usize,
    packs: Vec<RulePack>,
}

impl CleanerBuilder {
    /// Which way to lean; see [`Favor`].
    pub fn favor(mut self, favor: Favor) -> CleanerBuilder {
        self.favor = favor;
        self
    }

    /// Forces the encoding of byte input (a BOM still wins). Any label the
    /// WHATWG Encoding Standard knows: `latin1`, `cp1251`, `shift_jis`, ….
    pub fn encoding(mut self, label: &str) -> Result<CleanerBuilder, Error> {
        let encoding = decode::encoding_for_label(label)
            .ok_or_else(|| Error::new(ErrorKind::UnknownEncoding(label.to_owned())))?;
        self.encoding = Some(encoding);
        Ok(self)
    }

    /// The largest document [`Cleaner::clean_bytes`] accepts, in bytes.
    pub fn max_bytes(mut self, max_bytes: usize) -> CleanerBuilder {
        self.max_bytes = max_bytes;
        self
    }

    /// The most lines a document [`Cleaner::clean_bytes`] accepts may have
    /// (line breaks as the cleaner counts them: CRLF, CR and LF), once
    /// decoded. [`Cleaner::clean`] takes any text.
    ///
    /// ```
    /// let cleaner = newsclean::Cleaner::builder().max_lines(2).build();
    /// let err = cleaner.clean_bytes(b"one\ntwo\nthree").unwrap_err();
    /// assert!(err.is_too_large());
    /// assert_eq!(err.to_string(), "document of 3 lines is over the limit of 2 lines");
    /// ```
    pub fn max_lines(mut self, max_lines: usize) -> CleanerBuilder {
        self.max_lines = max_lines;
        self
    }

    /// Adds a user rule pack; packs are asked in the order added, before
    /// the built-in rules, and their keep rules win over everything. See
    /// [`RulePack`].
    pub fn rule_pack(mut self, pack: RulePack) -> CleanerBuilder {
        self.packs.push(pack);
        self
    }

    /// Prepares every rule: the phrase automaton now, each pattern on its
    /// first use (see [`Cleaner`]).
    pub fn build(self) -> Cleaner {
        let rules = rules::registry();
        let lexicon = Lexicon::new(&rules);
        Cleaner {
            inner: Arc::new(Compiled {
                phrase_gated: rules::phrase_gated(&rules),
                all_rules: rules::all_rules(&rules),
                rules,
                lexicon,
                stopwords: lang::StopwordTable::new(),
                thresholds: Thresholds::for_favor(self.favor),
                encoding: self.encoding,
                max_bytes: self.max_bytes,
                max_lines: self.max_lines,
                packs: self.packs,
            }),
        }
    }
}

struct Compiled {
    rules: Vec<Box<dyn Rule>>,
    /// The rules that give no verdict without a phrase hit
    /// ([`rules::phrase_gated`]).
    phrase_gated: u64,
    /// Bit `r` for every rule `r` ([`rules::all_rules`]).
    all_rules: u64,
    lexicon: Lexicon,
    stopwords: lang::StopwordTable,
    thresholds: Thresholds,
    encoding: Option<&'static encoding_rs::Encoding>,
    max_bytes: usize,
    max_lines: usize,
    packs: Vec<RulePack>,
}

impl Compiled {
    /// The lines of `text` when they are more than the limit. Counted only
    /// for a text of as many bytes as the limit or more: each line but the
    /// last takes a byte at least, so a shorter text is within it.
    fn lines_over_limit(&self, text: &str) -> Option<usize> {
        if text.len() < self.max_lines {
            return None;
        }
        Some(normalize::line_count(text)).filter(|&lines| lines > self.max_lines)
    }
}

/// Cleans pages. Build it once and reuse it: each rule pattern is compiled
/// once per cleaner (clones share them), the first time a page needs it,
/// and the phrase automaton becomes a DFA once the cleaner has cleaned a
/// few hundred kilobytes; after that, cleaning compiles nothing. So a
/// process that cleans one page pays only for what that page asks (about
/// 40 ms a page rather than 80), and a batch pays every cost once. Cheap
/// to clone and shareable across threads.
#[derive(Clone)]
pub struct Cleaner {
    inner: Arc<Compiled>,
}

impl fmt::Debug for Cleaner {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Cleaner").field("rules", &self.inner.rules.len()).finish_non_exhaustive()
    }
}

impl Default for Cleaner {
    fn default() -> Cleaner {
        Cleaner::new()
    }
}

impl Cleaner {
    /// A cleaner with the default settings.
    pub fn new() -> Cleaner {
        Cleaner::builder().build()
    }

    /// A builder for non-default settings.
    pub fn builder() -> CleanerBuilder {
        CleanerBuilder {
            favor: Favor::Balanced,
            encoding: None,
            max_bytes: DEFAULT_MAX_BYTES,
            max_lines: DEFAULT_MAX_LINES,
            packs: Vec::new(),
        }
    }

    /// Cleans a page given as bytes in any encoding.
    ///
    /// Fails only when the document is over the size limit or, decoded,
    /// over the limit of lines.
    pub fn clean_bytes(&self, bytes: &[u8]) -> Result<Article, Error> {
        self.clean_bytes_with_url(bytes, None)
    }

    /// [`clean_bytes`](Cleaner::clean_bytes) for a page from `url`, which
    /// selects the rule-pack rules scoped to its host.
    pub fn clean_bytes_with_url(&self, bytes: &[u8], url: Option<&str>) -> Result<Article, Error> {
        if bytes.len() > self.inner.max_bytes {
            return Err(Error::new(ErrorKind::TooLarge { size: bytes.len(), max: self.inner.max_bytes }));
        }
        let decoded = decode::decode(bytes, self.inner.encoding);
        if let Some(lines) = self.inner.lines_over_limit(&decoded.text) {
            return Err(Error::new(ErrorKind::TooManyLines { lines, max: self.inner.max_lines }));
        }
        let mut article = self.clean_with_url(&decoded.text, url);
        article.encoding = decoded.encoding.name();
        article.replaced_bytes = decoded.replaced_bytes;
        Ok(article)
    }

    /// Cleans a page given as text.
    pub fn clean(&self, text: &str) -> Article {
        self.clean_with_url(text, None)
    }

    /// Cleans a page from `url`: rule-pack rules scoped to hosts apply
    /// only when the url's host is one of theirs or a subdomain of one.
    ///
    /// ```
    /// let pack = newsclean::RulePack::from_toml_str(
    ///     "[[rule]]\nname = \"promo\"\nphrases = [\"Read our app\"]\nhosts = [\"example.com\"]\n",
    ///     "pack.toml",
    /// )?;
    /// let cleaner = newsclean::Cleaner::builder().rule_pack(pack).build();
    /// let page = "Read our app\nThe council approved the budget on Monday after a long debate.";
    /// let here = cleaner.clean_with_url(page, Some("https://www.example.com/news/1"));
    /// let elsewhere = cleaner.clean_with_url(page, Some("https://example.org/"));
    /// assert!(here.removed().any(|l| l.rule == "pack:promo"));
    /// assert!(!elsewhere.removed().any(|l| l.rule == "pack:promo"));
    /// # Ok::<(), newsclean::Error>(())
    /// ```
    pub fn clean_with_url(&self, text: &str, url: Option<&str>) -> Article {
        self.clean_borrowed(text, url, |article| article.to_article())
    }

    /// Cleans a page from `url` and hands `read` the article with its
    /// texts borrowed from the page: what [`Cleaner::clean_with_url`]
    /// copies into an [`Article`], and what the JSON Lines path writes out
    /// without a copy (an allocation per line, and its free).
    pub(crate) fn clean_borrowed<R>(
        &self,
        text: &str,
        url: Option<&str>,
        read: impl FnOnce(&mut ArticleRef<'_>) -> R,
    ) -> R {
        let c = &*self.inner;
        let lines = normalize::lines(text);
        let line_numbers: Vec<(usize, bool)> = lines.iter().map(|l| (l.number, l.text.is_empty())).collect();
        let page = blocks::build(lines, &c.stopwords);
        let blocks = page.blocks();
        let pack_hits = c.pack_hits(&blocks, url);
        let phrase_hits = c.phrase_hits(&page, &blocks, text.len());
        let verdicts = c.verdicts(&blocks, &phrase_hits, &pack_hits);
        let decided = c.decide(&blocks, &verdicts, &page.info, &pack_hits);
        read(&mut c.report(&line_numbers, &blocks, &decided, &pack_hits))
    }
}

/// The pack rule that matched a block, as (pack, rule), if any.
type PackHit = Option<(usize, usize)>;

/// The first rule verdict on a block and its rule's name, if any.
pub(crate) type RuleHit = Option<(&'static str, RuleVerdict)>;

/// What the decide stage and the metadata make of a page's blocks.
#[derive(Clone)]
struct PageDecisions {
    decisions: Vec<Decision>,
    metadata: meta::Metadata,
    confidence: f64,
}

/// The stages of [`Cleaner::clean_with_url`] after building blocks, one
/// method each, so that the stage benches run the very code a page does.
impl Compiled {
    /// Per block: the pack rule that matched it, if any; empty without packs.
    fn pack_hits(&self, blocks: &[blocks::Block], url: Option<&str>) -> Vec<PackHit> {
        if self.packs.is_empty() {
            return Vec::new();
        }
        let host = url.and_then(pack::host_of);
        let active: Vec<Vec<bool>> = self.packs.iter().map(|p| p.active(host.as_deref())).collect();
        blocks
            .iter()
            .map(|b| {
                let found: Vec<(usize, usize)> = self
                    .packs
                    .iter()
                    .enumerate()
                    .filter_map(|(p, pack)| pack.find(b, &active[p]).map(|r| (p, r)))
                    .collect();
                // A keep rule in any pack wins; otherwise the first pack's rule.
                found
                    .iter()
                    .copied()
                    .find(|&(p, r)| self.packs[p].rules[r].action == pack::Action::Keep)
                    .or(found.first().copied())
            })
            .collect()
    }

    fn pack_rule(&self, pack_hits: &[PackHit], index: usize) -> Option<&pack::PackRule> {
        pack_hits.get(index).copied().flatten().map(|(p, r)| &self.packs[p].rules[r])
    }

    /// Per block: the bit set of the rules whose phrases it has where they
    /// must be (one search of the phrase automaton per page). `page_bytes`
    /// is the page's size, which decides when the automaton becomes a DFA.
    fn phrase_hits(&self, page: &blocks::Page, blocks: &[blocks::Block], page_bytes: usize) -> Vec<u64> {
        let (lower, ranges) = page.lowercase();
        self.lexicon.for_page(page_bytes).page_hits(blocks, lower, ranges)
    }

    /// Per block: the pack rule's verdict, else the first built-in rule's.
    fn verdicts(&self, blocks: &[blocks::Block], phrase_hits: &[u64], pack_hits: &[PackHit]) -> Vec<RuleHit> {
        (0..blocks.len())
            .map(|index| {
                if let Some(rule) = self.pack_rule(pack_hits, index) {
                    // Keep: no rule may claim the line. Drop and end: the
                    // decide stage sees a rule verdict; the name is the
                    // pack rule's, put in when the lines are reported.
                    return match rule.action {
                        pack::Action::Keep => None,
                        pack::Action::Drop => Some((PACK_RULE, RuleVerdict::Drop)),
                        pack::Action::End => Some((PACK_RULE, RuleVerdict::DeclaredEnd)),
                    };
                }
                let hits = phrase_hits[index];
                // The rules to ask, in order: bit by bit over the set, not
                // a test of each rule's bit (most blocks skip a dozen).
                let mut asked = self.all_rules & !(self.phrase_gated & !hits);
                let mut ctx = rules::Context::new(blocks, index, false).with_line_hits(phrase_hits);
                while asked != 0 {
                    let r = asked.trailing_zeros() as usize;
                    asked &= asked - 1;
                    let rule = &self.rules[r];
                    ctx.phrase_hit = hits & (1 << r) != 0;
                    if let Some(verdict) = rule.classify(&ctx) {
                        return Some((rule.name(), verdict));
                    }
                }
                None
            })
            .collect()
    }

    /// Decide, title, dedup and metadata: what becomes of each block.
    fn decide(
        &self,
        blocks: &[blocks::Block],
        verdicts: &[RuleHit],
        info: &blocks::DocumentInfo,
        pack_hits: &[PackHit],
    ) -> PageDecisions {
        let decided = decide::decide(blocks, verdicts, info, &self.thresholds);
        let mut decisions = decided.decisions;
        meta::choose_title(blocks, &decided.classes, &mut decisions, decided.cluster);
        // A keep rule's line is in the output whatever the page's shape
        // says (a title or subtitle is kept already), once: dedup, after,
        // drops it when it repeats the title or a line before it.
        for (index, d) in decisions.iter_mut().enumerate() {
            if self.pack_rule(pack_hits, index).is_some_and(|r| r.action == pack::Action::Keep)
                && !matches!(d, Decision::Title | Decision::Subtitle)
            {
                *d = Decision::Body;
            }
        }
        dedup::dedup(blocks, &mut decisions);
        let metadata = meta::collect(verdicts, &decisions, decided.comments_at);
        let confidence = decide::confidence(blocks, &decisions);
        PageDecisions { decisions, metadata, confidence }
    }

    /// The article and a report of every input line (`line_numbers`: each
    /// line's number and whether it is blank), borrowed from the page.
    fn report<'p>(
        &self,
        line_numbers: &[(usize, bool)],
        blocks: &[blocks::Block<'p>],
        decided: &'p PageDecisions,
        pack_hits: &[PackHit],
    ) -> ArticleRef<'p> {
        let PageDecisions { decisions, metadata, confidence } = decided;
        let mut article = ArticleRef {
            title: None,
            subtitle: None,
            published: metadata.published.as_deref(),
            section: metadata.section.as_deref(),
            byline: metadata.byline.as_deref(),
            read_time_minutes: metadata.read_time_minutes,
            paragraphs: Vec::new(),
            confidence: *confidence,
            encoding: "UTF-8",
            replaced_bytes: 0,
            lines: Vec::with_capacity(line_numbers.len()),
        };
        let mut next_block = blocks.iter().zip(decisions).enumerate();
        for &(number, blank) in line_numbers {
            if blank {
                article.lines.push(LineRef {
                    line: number,
                    text: "",
                    verdict: Verdict::Blank,
                    rule: Cow::Borrowed("blank"),
                });
                continue;
            }
            let Some((index, (block, &decision))) = next_block.next() else { break };
            let (verdict, rule) = match decision {
                Decision::Title => {
                    article.title = Some(block.text);
                    (Verdict::Keep, "title")
                }
                Decision::Subtitle => {
                    article.subtitle = Some(block.text);
                    (Verdict::Keep, "subtitle")
                }
                Decision::Body => {
                    article.paragraphs.push(block.text);
                    (Verdict::Keep, "body")
                }
                Decision::Drop(rule) => (Verdict::Drop, rule),
                Decision::Meta(rule) => (Verdict::Meta, rule),
            };
            // A pack rule names the lines it decided: dropped, cut or kept.
            let rule = match self.pack_rule(pack_hits, index) {
                Some(r) if rule == PACK_RULE || (r.action == pack::Action::Keep && rule == "body") => {
                    Cow::Owned(r.display.clone())
                }
                _ => Cow::Borrowed(rule),
            };
            article.lines.push(LineRef { line: number, text: block.text, verdict, rule });
        }
        article
    }
}

/// The placeholder name of a pack rule's verdict between the rules and
/// the report, where the pack rule's own name replaces it. Never shown.
const PACK_RULE: &str = "pack";

/// The built-in rules in the order they are asked, each with its
/// documentation: what it removes, why, and an example line.
///
/// ```
/// let rules = newsclean::rule_docs();
/// assert!(rules.iter().any(|(name, _)| *name == "read-time"));
/// ```
pub fn rule_docs() -> Vec<(&'static str, &'static str)> {
    rules::registry().iter().map(|r| (r.name(), r.doc())).collect()
}

/// What happened to one input line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// In the output: title, subtitle or body.
    Keep,
    /// Chrome, not in the output.
    Drop,
    /// Chrome read as metadata (date, section, byline, read time).
    Meta,
    /// An empty line.
    Blank,
}

impl Verdict {
    /// Whether the line is not in the output: dropped or read as metadata.
    pub(crate) fn is_removed(self) -> bool {
        matches!(self, Verdict::Drop | Verdict::Meta)
    }

    /// The verdict's name as printed: `keep`, `drop`, `meta`, `blank`.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Keep => "keep",
            Verdict::Drop => "drop",
            Verdict::Meta => "meta",
            Verdict::Blank => "blank",
        }
    }
}

/// One input line, what became of it and which rule decided.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineReport {
    /// 1-based input line number.
    pub line: usize,
    /// The line, normalized.
    pub text: String,
    /// What became of it.
    pub verdict: Verdict,
    /// The rule or step that decided (`read-time`, `duplicate`, `body`, …,
    /// or `pack:NAME` for a rule-pack rule).
    pub rule: Cow<'static, str>,
}

/// A cleaned page.
#[derive(Debug, Clone, PartialEq)]
pub struct Article {
    /// The headline, once.
    pub title: Option<String>,
    /// The standfirst under the headline, if the page sets one apart.
    pub subtitle: Option<String>,
    /// Publication date, ISO 8601 (`2025-08-04`).
    pub published: Option<String>,
    /// The section the page files the article under.
    pub section: Option<String>,
    /// The author line's names.
    pub byline: Option<String>,
    /// The page's stated reading time.
    pub read_time_minutes: Option<u32>,
    /// Body paragraphs and in-article subheadings, in order.
    pub paragraphs: Vec<String>,
    /// How sure we are that the page holds an article, 0 to 1.
    pub confidence: f64,
    /// The encoding the input was decoded from.
    pub encoding: &'static str,
    /// Input bytes that could not be decoded and became U+FFFD.
    pub replaced_bytes: usize,
    /// Every input line with its verdict, for `--explain` and `removed`.
    pub lines: Vec<LineReport>,
}

/// An [`Article`] whose texts are borrowed from the page being cleaned:
/// the report stage's output. The JSON Lines path writes it out as it is.
#[derive(Debug, Clone)]
pub(crate) struct ArticleRef<'a> {
    pub title: Option<&'a str>,
    pub subtitle: Option<&'a str>,
    pub published: Option<&'a str>,
    pub section: Option<&'a str>,
    pub byline: Option<&'a str>,
    pub read_time_minutes: Option<u32>,
    pub paragraphs: Vec<&'a str>,
    pub confidence: f64,
    pub encoding: &'static str,
    pub replaced_bytes: usize,
    pub lines: Vec<LineRef<'a>>,
}

/// A [`LineReport`] whose text is borrowed.
#[derive(Debug, Clone)]
pub(crate) struct LineRef<'a> {
    pub line: usize,
    pub text: &'a str,
    pub verdict: Verdict,
    pub rule: Cow<'static, str>,
}

impl ArticleRef<'_> {
    /// The article with its own copies of the texts.
    pub(crate) fn to_article(&self) -> Article {
        Article {
            title: self.title.map(str::to_owned),
            subtitle: self.subtitle.map(str::to_owned),
            published: self.published.map(str::to_owned),
            section: self.section.map(str::to_owned),
            byline: self.byline.map(str::to_owned),
            read_time_minutes: self.read_time_minutes,
            paragraphs: self.paragraphs.iter().map(|p| (*p).to_owned()).collect(),
            confidence: self.confidence,
            encoding: self.encoding,
            replaced_bytes: self.replaced_bytes,
            lines: self
                .lines
                .iter()
                .map(|l| LineReport { line: l.line, text: l.text.to_owned(), verdict: l.verdict, rule: l.rule.clone() })
                .collect(),
        }
    }

    /// The lines that are not in the output, as [`Article::removed`].
    pub(crate) fn removed(&self) -> impl Iterator<Item = &LineRef<'_>> {
        self.lines.iter().filter(|l| l.verdict.is_removed())
    }

    /// As [`Article::chars_in`].
    pub(crate) fn chars_in(&self) -> usize {
        chars_of(self.lines.iter().map(|l| l.text))
    }

    /// As [`Article::chars_out`].
    pub(crate) fn chars_out(&self) -> usize {
        chars_of(self.title.into_iter().chain(self.subtitle).chain(self.paragraphs.iter().copied()))
    }
}

/// Characters of `texts`, without the breaks between them: the same count on
/// both sides, so that a page kept whole shows nothing removed.
fn chars_of<'a>(texts: impl Iterator<Item = &'a str>) -> usize {
    texts.map(|t| t.chars().count()).sum()
}

impl Article {
    /// The body: paragraphs joined by a blank line, without the title.
    pub fn body(&self) -> String {
        self.paragraphs.join("\n\n")
    }

    /// The lines that are not in the output (dropped or read as metadata).
    pub fn removed(&self) -> impl Iterator<Item = &LineReport> {
        self.lines.iter().filter(|l| l.verdict.is_removed())
    }

    /// Characters of the page cleaned: its lines, normalized as [`lines`]
    /// gives them, without line breaks. With [`Article::chars_out`], counted
    /// the same way, the share of the page that was removed.
    ///
    /// [`lines`]: Article::lines
    ///
    /// ```
    /// let article = newsclean::Cleaner::new().clean("2 min read\n\nA  b.");
    /// assert_eq!(article.chars_in(), "2 min read".len() + "A b.".len());
    /// ```
    pub fn chars_in(&self) -> usize {
        chars_of(self.lines.iter().map(|l| l.text.as_str()))
    }

    /// Characters of the title, subtitle and paragraphs kept.
    pub fn chars_out(&self) -> usize {
        chars_of(self.title.iter().chain(&self.subtitle).chain(&self.paragraphs).map(String::as_str))
    }
}

/// Why bytes could not be cleaned or a setting was refused.
#[derive(Debug)]
pub struct Error {
    kind: ErrorKind,
}

#[derive(Debug)]
enum ErrorKind {
    TooLarge { size: usize, max: usize },
    TooManyLines { lines: usize, max: usize },
    UnknownEncoding(String),
    Config(String),
    RulePack { source: String, line: Option<usize>, message: String },
}

impl Error {
    fn new(kind: ErrorKind) -> Error {
        Error { kind }
    }

    /// The document was over the size limit or the limit of lines.
    pub fn is_too_large(&self) -> bool {
        matches!(self.kind, ErrorKind::TooLarge { .. } | ErrorKind::TooManyLines { .. })
    }

    /// A rule pack could not be read: bad TOML, unknown key, invalid regex.
    pub fn is_rule_pack(&self) -> bool {
        matches!(self.kind, ErrorKind::RulePack { .. })
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ErrorKind::TooLarge { size, max } => write!(f, "document of {size} bytes is over the limit of {max} bytes"),
            ErrorKind::TooManyLines { lines, max } => write!(f, "document of {lines} lines is over the limit of {max} lines"),
            ErrorKind::UnknownEncoding(label) => write!(
                f,
                "unknown encoding label {label:?} (try utf-8, windows-1252, iso-8859-2, windows-1251, shift_jis, euc-kr, gbk, utf-16le)"
            ),
            ErrorKind::Config(msg) => f.write_str(msg),
            ErrorKind::RulePack { source, line: Some(line), message } => write!(f, "{source}:{line}: {message}"),
            ErrorKind::RulePack { source, line: None, message } => write!(f, "{source}: {message}"),
        }
    }
}

impl std::error::Error for Error {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn public_types_are_send_and_sync() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<Cleaner>();
        assert_send_sync::<Article>();
        assert_send_sync::<Error>();
    }

    #[test]
    fn too_large_is_an_error() {
        let cleaner = Cleaner::builder().max_bytes(10).build();
        let err = cleaner.clean_bytes(b"more than ten bytes").unwrap_err();
        assert!(err.is_too_large());
        assert!(err.to_string().contains("over the limit"));
    }

    #[test]
    fn too_many_lines_is_an_error_counted_after_decoding() {
        let cleaner = Cleaner::builder().max_lines(3).build();
        assert!(cleaner.clean_bytes(b"a\r\nb\r\nc\r\n").is_ok(), "three lines, CRLF counted once");
        let err = cleaner.clean_bytes(b"a\nb\rc\n\nd").unwrap_err();
        assert!(err.is_too_large());
        assert_eq!(err.to_string(), "document of 5 lines is over the limit of 3 lines");
        // UTF-16 with its BOM: six bytes a line, three lines.
        let utf16: Vec<u8> = "\u{feff}a\nb\nc".encode_utf16().flat_map(u16::to_le_bytes).collect();
        assert!(cleaner.clean_bytes(&utf16).is_ok());
        // Text is never refused.
        assert_eq!(cleaner.clean("a\nb\nc\nd\ne").lines.len(), 5);
    }

    #[test]
    fn unknown_encoding_is_refused() {
        let err = Cleaner::builder().encoding("klingon-8").unwrap_err();
        assert!(err.to_string().contains("klingon-8"));
        // Labels of the "replacement" encoding would turn any page into one U+FFFD.
        for label in ["iso-2022-kr", "hz-gb-2312", "csiso2022kr"] {
            assert!(Cleaner::builder().encoding(label).is_err(), "{label}");
        }
    }

    #[test]
    fn empty_input() {
        let a = Cleaner::new().clean("");
        assert!(a.paragraphs.is_empty());
        assert_eq!(a.title, None);
    }
}
