//! Stage 5 — decide: the document-level verdict on every block.
//!
//! Input: blocks with features and the rules' verdicts. Output: a
//! [`Decision`] per block and the span of the article's main cluster.
//!
//! 1. Each block not claimed by a rule is classed by its prose features
//!    (in the manner of jusText): *good* (a sentence of some length, dense
//!    in stopwords when the language is known), *near-good* (a shorter
//!    sentence), *short*, or *bad* (long but not prose: headlines, teasers).
//! 2. Context smoothing: a short or near-good block takes the class of its
//!    surroundings — kept between good paragraphs (subheadings, one-line
//!    paragraphs), dropped next to bad blocks or the page's edges (menus).
//!    Runs of three or more short unpunctuated lines are lists (menus,
//!    teaser headlines) whatever surrounds them.
//! 3. The main cluster: the contiguous span of blocks with the highest sum
//!    of weights (prose counts for, non-prose against, chrome a little
//!    against), cut at an end marker ("More stories", "Explore") once enough
//!    article text precedes it and prose does not resume right after it.
//!    Further spans of article text beside it may join it, up to the share
//!    row that repeats the one above the article.
//! 4. Good blocks inside the cluster are the body; everything else goes,
//!    named by the rule that decided it.

use crate::blocks::{Block, DocumentInfo};
use crate::rules::{
    quoted_post_handle, signs_a_quoted_post, MetaValue, RuleVerdict, COMMENT_THREAD, COOKIE_NOTICE, NEWSLETTER,
    SHARE_BUTTONS,
};
use crate::{Favor, RuleHit};
use foldhash::{HashMap, HashMapExt, HashSet};

/// The final verdict on one block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Decision {
    Body,
    Title,
    Subtitle,
    /// Dropped, with the name of the rule or step that dropped it.
    Drop(&'static str),
    /// Read as metadata, with the rule's name.
    Meta(&'static str),
}

/// Names of the drops this stage decides (rules name their own).
pub(crate) const OUTSIDE_ARTICLE: &str = "outside-article";
pub(crate) const AFTER_END_MARKER: &str = "after-end-marker";
pub(crate) const COMMENT_SECTION: &str = "comment-section";
pub(crate) const LINK_LIST: &str = "link-list";
pub(crate) const NOT_PROSE: &str = "not-prose";
pub(crate) const SHORT_LINE: &str = "short-line";
pub(crate) const LONE_ANNOUNCEMENT: &str = "lone-announcement";
pub(crate) const CHROME_BOX: &str = "chrome-box";

impl Decision {
    /// Dropped by this stage's reading of the page, not by a rule: a later
    /// stage may name a better reason (a duplicate is a duplicate wherever it is).
    pub(crate) fn is_context_drop(self) -> bool {
        matches!(self, Decision::Drop(name) if [OUTSIDE_ARTICLE, AFTER_END_MARKER, COMMENT_SECTION, LINK_LIST, NOT_PROSE, SHORT_LINE, LONE_ANNOUNCEMENT, CHROME_BOX]
            .contains(&name))
    }
}

/// What the prose features say of a block before context is considered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Class {
    Good,
    NearGood,
    Short,
    Bad,
    /// A rule gave a verdict.
    Chrome,
}

/// Thresholds, moved by [`Favor`].
#[derive(Debug, Clone, Copy)]
pub(crate) struct Thresholds {
    /// Words for a sentence to count as a good paragraph.
    pub good_words: usize,
    /// Minimum stopword share of a good paragraph when the language is known.
    pub min_stop_ratio: f32,
    /// Article words that must precede a built-in end marker for it to cut:
    /// headings like "Related" or "Topics" also stand inside long articles.
    pub end_marker_words: usize,
    /// The same for an end marker a user's rule pack declares for a site.
    pub declared_end_words: usize,
    /// Penalty per chrome line inside a cluster.
    pub chrome_weight: f32,
}

impl Thresholds {
    pub(crate) fn for_favor(favor: Favor) -> Thresholds {
        match favor {
            Favor::Balanced => Thresholds {
                good_words: 8,
                min_stop_ratio: 0.15,
                end_marker_words: 200,
                declared_end_words: 60,
                chrome_weight: 3.0,
            },
            Favor::Precision => Thresholds {
                good_words: 10,
                min_stop_ratio: 0.2,
                end_marker_words: 120,
                declared_end_words: 40,
                chrome_weight: 5.0,
            },
            Favor::Recall => Thresholds {
                good_words: 6,
                min_stop_ratio: 0.04,
                end_marker_words: 300,
                declared_end_words: 100,
                chrome_weight: 0.5,
            },
        }
    }
}

/// The outcome of the decide stage.
#[derive(Debug, Clone)]
pub(crate) struct Decided {
    pub decisions: Vec<Decision>,
    pub classes: Vec<Class>,
    /// Block index range of the main cluster, if the page has one.
    pub cluster: Option<(usize, usize)>,
    /// The heading of the comments, after which nothing is the article's.
    pub comments_at: Option<usize>,
}

/// The fewest words of a line that ends in an emoji with no other
/// sentence in it, for it to be a sentence: a teaser's headline with an
/// emoji is shorter, most often.
const MIN_EMOJI_SENTENCE_WORDS: usize = 20;

/// Classes one block by its own features.
pub(crate) fn class_of(block: &Block, info: &DocumentInfo, t: &Thresholds) -> Class {
    let f = &block.features;
    let words = f.effective_words;
    let stop_ok = info.language.is_none() || info.cjk || f.stop_ratio >= t.min_stop_ratio;
    let sentence_like = f.terminal || f.ends_with_colon;
    // A sentence that ends in an emoji instead of a full stop, in informal
    // writing: one with another sentence before it, or long. A shorter
    // line is as often a headline that ends in one.
    let emoji_sentence = f.ends_with_emoji && (f.sentences >= 1 || words >= MIN_EMOJI_SENTENCE_WORDS);
    if (sentence_like || emoji_sentence) && words >= t.good_words && stop_ok {
        return Class::Good;
    }
    // Long paragraphs that end without punctuation (a closing link, an
    // emoji) but read as prose.
    if words >= 25 && f.sentences >= 1 && stop_ok && f.stop_ratio >= t.min_stop_ratio * 2.0 {
        return Class::Good;
    }
    if words >= 40 && info.language.is_some() && f.stop_ratio >= 0.25 {
        return Class::Good;
    }
    // A one-line paragraph of real prose ("Nobody answered.") is near-good:
    // kept when it sits next to good paragraphs.
    if sentence_like && words >= 2 && f.letters > f.digits {
        return Class::NearGood;
    }
    if words < t.good_words {
        return Class::Short;
    }
    Class::Bad
}

/// A paragraph whose full stop the page lost (a closing link, a template
/// that drops it): long, in sentence case, and as dense in stopwords as
/// prose. Good when it stands alone near the article's paragraphs: such
/// lines a few lines apart are a tabloid's long teaser headlines (with or
/// without their summaries), and one beside a dropped line is a caption
/// over its credit or a teaser under its label.
fn promote_lone_unpunctuated_paragraphs(
    blocks: &[Block],
    verdicts: &[RuleHit],
    classes: &mut [Class],
    info: &DocumentInfo,
    t: &Thresholds,
) {
    const MIN_WORDS: usize = 20;
    /// Content lines (chrome aside) within which a paragraph must stand.
    const NEAR: usize = 2;
    /// Content lines within which no other such line may stand: a teaser
    /// list puts a summary between two long headlines.
    const ALONE: usize = 4;
    // Only where the stopwords tell prose from a headline: in a known
    // language written with spaces.
    if info.language.is_none() || info.cjk {
        return;
    }
    let candidate = |i: usize| {
        let f = &blocks[i].features;
        classes[i] == Class::Bad
            && f.effective_words >= MIN_WORDS
            && f.title_case_ratio < 0.5
            && f.stop_ratio >= t.min_stop_ratio * 2.0
    };
    // A line next to a dropped one ("Photo: Reuters", "READ MORE", "1 of
    // 3") is a caption or a teaser; metadata (a date line) is no sign.
    let beside_chrome = |i: usize| {
        [i.checked_sub(1), Some(i + 1)]
            .into_iter()
            .flatten()
            .any(|j| matches!(verdicts.get(j), Some(Some((_, verdict))) if !matches!(verdict, RuleVerdict::Meta(_))))
    };
    let content: Vec<usize> = (0..classes.len()).filter(|&i| classes[i] != Class::Chrome).collect();
    let within = |k: usize, reach: usize| k.saturating_sub(reach)..(k + reach + 1).min(content.len());
    let lone: Vec<usize> = (0..content.len())
        .filter(|&k| {
            candidate(content[k])
                && within(k, ALONE).all(|m| m == k || !candidate(content[m]))
                && within(k, NEAR).any(|m| classes[content[m]] == Class::Good)
                && !beside_chrome(content[k])
        })
        .map(|k| content[k])
        .collect();
    for i in lone {
        classes[i] = Class::Good;
    }
}

/// Runs the decide stage.
pub(crate) fn decide(blocks: &[Block], verdicts: &[RuleHit], info: &DocumentInfo, t: &Thresholds) -> Decided {
    let n = blocks.len();
    let mut classes: Vec<Class> = blocks
        .iter()
        .zip(verdicts)
        .map(|(b, v)| if v.is_some() { Class::Chrome } else { class_of(b, info, t) })
        .collect();
    promote_lone_unpunctuated_paragraphs(blocks, verdicts, &mut classes, info, t);
    let smoothed = smooth(blocks, &classes);
    let (barriers, comments_at) = end_barriers(blocks, verdicts, &smoothed, t);
    let limit = comments_at.unwrap_or(n);
    let weights: Vec<f32> =
        (0..n).map(|i| weight(&blocks[i], classes[i], smoothed[i], verdicts[i].as_ref(), t)).collect();
    let cluster = best_span(&weights[..limit], &barriers);
    let mut inside = vec![false; n];
    if let Some((s, e)) = cluster {
        let main_weight: f32 = weights[s..=e].iter().sum();
        // Text after the share row that closes the main span is no more
        // of the article.
        let secondary_barriers = match closing_share_row(blocks, verdicts, &smoothed, (s, e), limit) {
            Some(row) => {
                let mut with_row = barriers.clone();
                with_row.insert(with_row.partition_point(|&b| b < row), row);
                std::borrow::Cow::Owned(with_row)
            }
            None => std::borrow::Cow::Borrowed(&barriers[..]),
        };
        let secondary = secondary_spans(&weights[..limit], &secondary_barriers, (s, e), main_weight);
        for (a, b) in std::iter::once((s, e)).chain(secondary) {
            inside[a..=b].iter_mut().for_each(|x| *x = true);
        }
    }

    // The end marker that closed the article, if one did.
    let cut_at = cluster.and_then(|(_, e)| barriers.iter().copied().find(|&b| b > e));
    let mut decisions = Vec::with_capacity(n);
    for i in 0..n {
        let inside = inside[i];
        let d = match &verdicts[i] {
            Some((name, RuleVerdict::Meta(_))) => Decision::Meta(name),
            Some((name, _)) => Decision::Drop(name),
            None if !inside => {
                if comments_at.is_some_and(|c| i > c) {
                    Decision::Drop(COMMENT_SECTION)
                } else if cut_at.is_some_and(|b| i > b) {
                    Decision::Drop(AFTER_END_MARKER)
                } else {
                    Decision::Drop(OUTSIDE_ARTICLE)
                }
            }
            None => match smoothed[i] {
                Smoothed::Keep | Smoothed::Item | Smoothed::Crosshead => Decision::Body,
                Smoothed::List => Decision::Drop(LINK_LIST),
                Smoothed::Drop => Decision::Drop(if classes[i] == Class::Bad { NOT_PROSE } else { SHORT_LINE }),
            },
        };
        decisions.push(d);
    }
    drop_lone_announcements(blocks, &mut decisions);
    drop_boxed_lines(blocks, &mut decisions);
    Decided { decisions, classes, cluster, comments_at }
}

/// Drops the short lines that announce what follows with a colon
/// ("Weitere Informationen:", "Archivado en:", "Contact the author:") when
/// what follows is not the article's: a rule's chrome, lines outside the
/// article, or the page's end. Such a line is a box's heading, kept as a
/// near-sentence beside the paragraph above it, and alone it announces
/// nothing. Lines the article's reading dropped inside it (a list's short
/// items, a table's rows) may be what it announces, so it stays before
/// them, as the benchmark's pages have it.
fn drop_lone_announcements(blocks: &[Block], decisions: &mut [Decision]) {
    const MAX_WORDS: usize = 6;
    for i in 0..blocks.len() {
        let f = blocks[i].features;
        if decisions[i] == Decision::Body
            && f.ends_with_colon
            && f.effective_words <= MAX_WORDS
            && match decisions.get(i + 1) {
                None => true,
                // Lines the article's reading dropped inside it (a list's
                // short items, a table's rows) may be what it announces.
                Some(&Decision::Drop(name)) => ![NOT_PROSE, SHORT_LINE, LINK_LIST].contains(&name),
                Some(_) => false,
            }
        {
            decisions[i] = Decision::Drop(LONE_ANNOUNCEMENT);
        }
    }
}

/// The rules whose lines come as a box: a heading, a sentence or two, a
/// field or a button ("Sign Up for the Intelligencer Newsletter" / "Daily
/// news about the politics, business, and technology shaping our world."
/// / "Email"), or a cookie banner's text between its buttons. Not the
/// rules whose lines mark an article's edges as often as they enclose a
/// box: a share bar, a paywall's badge and prompt, "Posted in" and
/// "Tagged" lines above and under a short post, a credit's copyright
/// line (review: a short article between them went whole).
const BOX_RULES: &[&str] = &[NEWSLETTER, COOKIE_NOTICE];

/// Drops the lines inside a box of chrome: one or two short paragraphs
/// between two different lines of one of the [`BOX_RULES`], after the
/// article has begun. The box's pitch reads as a sentence, so the
/// article's reading keeps it; set between the box's heading and its
/// e-mail field or button, it describes the box, not the story. A box
/// before any of the article's paragraphs is left alone: what it holds
/// may be the article's lede or standfirst. A row repeated under each of
/// the article's items is no box either: a line of the row that stands
/// again within [`BOX_ROW_WINDOW`] blocks of the box, or two of the same
/// line, leave the lines between them to the article.
fn drop_boxed_lines(blocks: &[Block], decisions: &mut [Decision]) {
    const MAX_LINES: usize = 2;
    /// A pitch is a sentence or two; a paragraph of the article is longer.
    const MAX_WORDS: usize = 30;
    let n = decisions.len();
    let boxes = |d: Decision| matches!(d, Decision::Drop(name) if BOX_RULES.contains(&name));
    let inside = |d: Decision, b: &Block| d == Decision::Body && b.features.effective_words <= MAX_WORDS;
    // A box drops only lines after a paragraph of the article, so not the
    // first one: where that stands does not change.
    let Some(first_body) = decisions.iter().position(|&d| d == Decision::Body) else { return };
    let mut i = first_body + 1;
    while i < n {
        if !boxes(decisions[i]) {
            i += 1;
            continue;
        }
        let start = i + 1;
        let end = (start..n).find(|&j| !inside(decisions[j], &blocks[j])).unwrap_or(n);
        let repeated_near = |k: usize| {
            let before = &blocks[i.saturating_sub(BOX_ROW_WINDOW)..i];
            let after = &blocks[(end + 1).min(n)..(end + 1 + BOX_ROW_WINDOW).min(n)];
            before.iter().chain(after).any(|b| b.key == blocks[k].key)
        };
        if (1..=MAX_LINES).contains(&(end - start))
            && end < n
            && decisions[end] == decisions[i]
            && blocks[end].key != blocks[i].key
            && !repeated_near(i)
            && !repeated_near(end)
        {
            decisions[start..end].fill(Decision::Drop(CHROME_BOX));
        }
        i = end.max(start);
    }
}

/// Blocks on each side of a box in which a line of it standing again
/// makes it a row repeated under each of the article's items.
const BOX_ROW_WINDOW: usize = 8;

/// A block's class after context smoothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Smoothed {
    Keep,
    Drop,
    /// Part of a run of short unpunctuated lines: a menu or teaser list.
    List,
    /// An item of a list the article announces under its own heading
    /// (a recipe's ingredients): content, however short.
    Item,
    /// A subheading between two of the article's paragraphs
    /// ([`is_crosshead`]): kept inside the article, but weighed like any
    /// other line that is not prose when the article's span is sought, so
    /// that a form's or a box's unpunctuated lines do not make one.
    Crosshead,
}

fn smooth(blocks: &[Block], classes: &[Class]) -> Vec<Smoothed> {
    let n = classes.len();
    // The nearest good/bad block on each side, skipping chrome, short and
    // near-good blocks; the page's edges count as bad.
    let mut prev_good = vec![false; n];
    let mut last = false;
    for i in 0..n {
        prev_good[i] = last;
        match classes[i] {
            Class::Good => last = true,
            Class::Bad => last = false,
            _ => {}
        }
    }
    let mut next_good = vec![false; n];
    let mut last = false;
    for i in (0..n).rev() {
        next_good[i] = last;
        match classes[i] {
            Class::Good => last = true,
            Class::Bad => last = false,
            _ => {}
        }
    }
    let in_list = list_runs(blocks, classes);
    let teasers = teaser_runs(blocks, classes);
    let mut items = ingredient_runs(blocks, classes);
    let tables = article_tables(blocks, classes);
    for (((item, numbered), enclosed), table) in
        items.iter_mut().zip(numbered_runs(blocks, classes)).zip(enclosed_lists(blocks, classes)).zip(tables)
    {
        *item |= numbered || enclosed || table;
    }
    mark_embedded_posts(blocks, classes, &mut items);
    (0..n)
        .map(|i| match classes[i] {
            Class::Short | Class::Bad | Class::NearGood if items[i] => Smoothed::Item,
            _ if teasers[i] => Smoothed::List,
            Class::Good => Smoothed::Keep,
            Class::Bad if is_crosshead(blocks, classes, i) => Smoothed::Crosshead,
            Class::Bad | Class::Chrome => Smoothed::Drop,
            _ if in_list[i] => Smoothed::List,
            Class::NearGood if prev_good[i] || next_good[i] => Smoothed::Keep,
            Class::Short if prev_good[i] && next_good[i] => Smoothed::Keep,
            _ => Smoothed::Drop,
        })
        .collect()
}

/// A subheading inside the article: a line of up to twenty words with no
/// closing punctuation, set between two good paragraphs (its neighbours
/// themselves, not the nearest ones past short lines), opening with a
/// capital, a digit or a letter of a script without case. Shorter lines
/// there are kept as short lines; this keeps the longer crossheads that
/// are too long for that ("Why banks tightened lending at the end of
/// 2024", "3. Get support for …"). Not a line in capitals (an inserted
/// teaser's headline), nor one with a sentence's end inside, past a list's
/// number (a caption and its credit: "… for medical use. Statista"), nor
/// one with a credit's or a list's separator (" / AP", " | ", "via
/// iFixit").
fn is_crosshead(blocks: &[Block], classes: &[Class], i: usize) -> bool {
    const MAX_WORDS: usize = 20;
    let b = &blocks[i];
    let f = &b.features;
    i > 0
        && i + 1 < blocks.len()
        && classes[i - 1] == Class::Good
        && classes[i + 1] == Class::Good
        && f.effective_words <= MAX_WORDS
        && !f.terminal
        && f.sentences == usize::from(opens_with_a_number(b.text))
        && f.uppercase * 2 < f.letters
        && b.text.chars().next().is_some_and(|c| c.is_alphanumeric() && !c.is_lowercase())
        && !b.text.contains(" / ")
        && !b.text.contains(" | ")
        && !credits_a_source(b.text)
}

/// Whether a line opens with a list's number ("3. Get support"), which
/// counts as a sentence's end.
fn opens_with_a_number(text: &str) -> bool {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0 && text[digits..].starts_with(". ")
}

/// Whether a line ends in a picture's source: "via" and up to three
/// capitalised words ("… keyboard via iFixit", "… via Getty Images").
fn credits_a_source(text: &str) -> bool {
    let mut words = text.rsplit(' ');
    for _ in 0..3 {
        match words.next() {
            // A name has a capital, if not first ("iFixit").
            Some(word) if word.starts_with(char::is_alphanumeric) && word.chars().any(char::is_uppercase) => {}
            _ => return false,
        }
        if words.clone().next() == Some("via") {
            return true;
        }
    }
    false
}

/// Marks teaser lists: runs of three or more short good sentences each
/// standing alone between headline-like lines ("Headline / One-sentence
/// summary / Headline / summary …"), with the lines between them. An
/// article's paragraphs stand next to each other; a section front's or a
/// "more stories" box's summaries each stand under their own headline.
fn teaser_runs(blocks: &[Block], classes: &[Class]) -> Vec<bool> {
    /// Longer paragraphs under their own subheading are a listicle's body.
    const MAX_SUMMARY_WORDS: usize = 30;
    /// Headline lines allowed between two summaries of one list.
    const MAX_GAP: usize = 3;
    let n = classes.len();
    let content: Vec<usize> = (0..n).filter(|&i| classes[i] != Class::Chrome).collect();
    let is_good = |k: usize| classes[content[k]] == Class::Good;
    // Summaries: good, short, with no good neighbour among content blocks.
    // A numbered step ("3.", "10 von 17", "Step 4") over a sentence makes
    // it a recipe's or a how-to's step, not a teaser under its headline.
    let summary: Vec<bool> = (0..content.len())
        .map(|k| {
            is_good(k)
                && blocks[content[k]].features.effective_words <= MAX_SUMMARY_WORDS
                && (k == 0 || (!is_good(k - 1) && !is_step_number(&blocks[content[k - 1]])))
                && (k + 1 == content.len() || !is_good(k + 1))
        })
        .collect();
    let mut marks = vec![false; n];
    let mut k = 0;
    while k < content.len() {
        if !summary[k] {
            k += 1;
            continue;
        }
        // Extend the run while the next summary is at most MAX_GAP lines on.
        let (first, mut last, mut count) = (k, k, 1);
        let mut j = k + 1;
        while j < content.len() && j - last <= MAX_GAP + 1 {
            if summary[j] {
                last = j;
                count += 1;
            } else if is_good(j) {
                break;
            }
            j += 1;
        }
        if count >= 3 && !repeats_a_caption(blocks, classes, &content[first..=last], &summary[first..=last]) {
            // The run's headlines before the first summary belong to it too.
            let start =
                (first.saturating_sub(MAX_GAP)..first).find(|&m| (m..first).all(|x| !is_good(x))).unwrap_or(first);
            for &i in &content[start..=last] {
                marks[i] = true;
            }
        }
        k = last + 1;
    }
    marks
}

/// Whether a run of summaries and the lines between them has the same
/// long line on both sides of a summary. A teaser stands under its own
/// headline; a caption that the page repeats over every few paragraphs (a
/// gallery's title over each picture) makes an article's short paragraphs
/// look like teasers, when between two of them stand only such copies. A
/// teaser's headline may come again further on, in another box, and a
/// label repeated on every teaser card stands beside the card's headline.
fn repeats_a_caption(blocks: &[Block], classes: &[Class], run: &[usize], summary: &[bool]) -> bool {
    // The lines between one summary and the next.
    let mut gaps: Vec<Vec<usize>> = vec![Vec::new()];
    for (&i, &is_summary) in run.iter().zip(summary) {
        if is_summary {
            gaps.push(Vec::new());
        } else if let Some(gap) = gaps.last_mut() {
            gap.push(i);
        }
    }
    let copies = |key: &str| gaps.iter().flatten().filter(|&&i| blocks[i].key == key).count();
    let on_both_sides = (1..gaps.len()).any(|g| {
        gaps[g].iter().any(|&i| classes[i] == Class::Bad && gaps[g - 1].iter().any(|&j| blocks[j].key == blocks[i].key))
    });
    // A teaser card may repeat a label ("Exclusive for members of the
    // club …") beside its own headline, and a teaser's headline may stand
    // twice, at the end of one box and the start of the next; between an
    // article's paragraphs a caption's copies (three or more) stand alone.
    const MIN_COPIES: usize = 3;
    let a_gap_of_copies =
        gaps.iter().any(|gap| !gap.is_empty() && gap.iter().all(|&i| copies(blocks[i].key) >= MIN_COPIES));
    on_both_sides && a_gap_of_copies
}

/// Headings that announce a recipe's list of ingredients, in the common
/// languages ("Zutaten", "Ingredients:").
const INGREDIENT_HEADINGS: &[&str] = &[
    "ingredients",
    "zutaten",
    "ingrédients",
    "ingredientes",
    "ingredienti",
    "składniki",
    "ingrediënten",
    "ингредиенты",
];

/// The most words a list item has (an ingredient, a numbered entry, a line
/// of a list run); a longer line is prose.
const MAX_ITEM_WORDS: usize = 14;

/// Marks a recipe's ingredient list: the short lines after an ingredients
/// heading ("200 g Zucker", "1 tbsp minced garlic"), up to the first
/// paragraph or chrome line. Unpunctuated and short, they would otherwise
/// read as a menu.
fn ingredient_runs(blocks: &[Block], classes: &[Class]) -> Vec<bool> {
    /// Longer lists are not one recipe's.
    const MAX_ITEMS: usize = 60;
    let n = classes.len();
    let mut marks = vec![false; n];
    // The headings' lengths in bytes, a test before the list's.
    let (shortest, longest) =
        INGREDIENT_HEADINGS.iter().fold((usize::MAX, 0), |(s, l), h| (s.min(h.len()), l.max(h.len())));
    for i in 0..n {
        if classes[i] == Class::Chrome {
            continue;
        }
        let heading = blocks[i].lower.trim_matches(|c: char| c == ':' || c.is_whitespace());
        if !(shortest..=longest).contains(&heading.len()) || !INGREDIENT_HEADINGS.contains(&heading) {
            continue;
        }
        marks[i] = true;
        for j in (i + 1..n).take(MAX_ITEMS) {
            if matches!(classes[j], Class::Good | Class::Chrome) || blocks[j].features.effective_words > MAX_ITEM_WORDS
            {
                break;
            }
            marks[j] = true;
        }
    }
    marks
}

/// Marks a numbered list the article announces: after a paragraph that
/// ends with a colon ("… the best offers:"), lines numbered 1, 2, 3 … in
/// order ("1) Lego Star Wars", "2. The Wall"), with the short lines
/// between them (a link, a price), up to the last number. Menus and teaser
/// boxes are not announced by a sentence, nor numbered from one in order.
fn numbered_runs(blocks: &[Block], classes: &[Class]) -> Vec<bool> {
    const MAX_BETWEEN: usize = 3;
    const MIN_ITEMS: u32 = 3;
    let n = classes.len();
    let mut marks = vec![false; n];
    let number_of = |b: &Block| -> Option<u32> {
        let text = b.text.trim_start();
        let digits = text.bytes().take_while(u8::is_ascii_digit).count();
        let rest = &text[digits..];
        (digits > 0 && digits <= 3 && (rest.starts_with(") ") || rest.starts_with(". ")))
            .then(|| text[..digits].parse().ok())
            .flatten()
    };
    let mut i = 0;
    while i + 1 < n {
        if !(classes[i] == Class::Good && blocks[i].features.ends_with_colon && number_of(&blocks[i + 1]) == Some(1)) {
            i += 1;
            continue;
        }
        let (mut next, mut last, mut j) = (2, i + 1, i + 2);
        while j < n && j - last <= MAX_BETWEEN + 1 && classes[j] != Class::Chrome {
            if number_of(&blocks[j]) == Some(next) {
                next += 1;
                last = j;
            } else if blocks[j].features.effective_words > MAX_ITEM_WORDS {
                break;
            }
            j += 1;
        }
        if next > MIN_ITEMS {
            marks[i + 1..=last].iter_mut().for_each(|m| *m = true);
        }
        i = last.max(i + 1);
    }
    marks
}

/// Marks a list inside the article: short lines after a paragraph that
/// ends with a colon and before the next paragraph. A menu or a teaser box
/// is not announced by a sentence and closed by another. A shorter
/// announcement ("Banned foods:") counts right after a paragraph, when
/// the items read as a list's and not as headlines: two thirds of them
/// open in lowercase ("any fish", "– white bread"), or, in a list of five
/// or more, with a list's mark ("– Reiki and runes"), as a related box's
/// two to four headlines do not ("Zum Thema:" over "– Förderung: So
/// beantragen Sie das Geld").
fn enclosed_lists(blocks: &[Block], classes: &[Class]) -> Vec<bool> {
    const MAX_ITEMS: usize = 30;
    const MIN_ITEMS: usize = 2;
    let n = classes.len();
    let mut marks = vec![false; n];
    for i in 0..n {
        let short_announcement = match classes[i] {
            Class::Good => false,
            Class::NearGood if i > 0 && classes[i - 1] == Class::Good => true,
            _ => continue,
        };
        if !blocks[i].features.ends_with_colon {
            continue;
        }
        let end = (i + 1..n.min(i + 2 + MAX_ITEMS)).find(|&j| {
            !(matches!(classes[j], Class::Short | Class::Bad | Class::NearGood)
                && blocks[j].features.effective_words <= MAX_ITEM_WORDS)
        });
        let Some(end) = end else { continue };
        let items = &blocks[i + 1..end];
        // A list's mark before a capital counts in a long list only: a
        // related box has two to four headlines, dashed or not.
        let long = items.len() >= MIN_MARKED_ITEMS;
        let reads_as_items = || {
            let items_like = items.iter().filter(|b| opens_as_an_item(b.text, long)).count();
            items_like * 3 >= items.len() * 2
        };
        if classes[end] == Class::Good && end - i > MIN_ITEMS && (!short_announcement || reads_as_items()) {
            marks[i + 1..end].iter_mut().for_each(|m| *m = true);
        }
    }
    marks
}

/// The fewest items of a list whose marks count before a capital.
const MIN_MARKED_ITEMS: usize = 5;

/// Whether a line opens as a list's item, not as a headline: in lowercase,
/// after a list's mark (a dash, a bullet, an asterisk) or not; or, when
/// `marks_count`, with a mark whatever follows.
fn opens_as_an_item(text: &str, marks_count: bool) -> bool {
    let is_mark = |c: char| matches!(c, '–' | '—' | '-' | '•' | '·' | '*' | '▪' | '◦' | '‣');
    let text = text.trim_start();
    let after_mark = text.trim_start_matches(is_mark).trim_start();
    let marked = after_mark.len() < text.len();
    after_mark.chars().next().is_some_and(char::is_lowercase) || (marked && marks_count)
}

/// Marks in `marks` the posts an article quotes (a tweet, as its text
/// renders on the page): the signature under each post
/// ([`signs_a_quoted_post`]) and the post's lines above it
/// ([`post_start`]). The post's text is a fragment ("meth. / we're. on.
/// it. https://t.co/…") and the signature no sentence, but both are the
/// article's, as much as a quotation is. Posts one under another are
/// taken together, under one of the article's paragraphs: a good line
/// opens them or stands above them (short lines aside). Then either the
/// article announces them ("Here is how people reacted:"), or a paragraph
/// follows the last signature and they are not one outlet's feed
/// ([`is_a_feed`]). A sidebar's post or "Tweets by @…" after the article,
/// and comments signed like posts, have neither.
fn mark_embedded_posts(blocks: &[Block], classes: &[Class], marks: &mut [bool]) {
    let n = blocks.len();
    let signature = |i: usize| classes[i] != Class::Chrome && signs_a_quoted_post(&blocks[i]);
    let mut i = 0;
    while i < n {
        let first = match signature(i).then(|| post_start(blocks, classes, i, &signature)).flatten() {
            Some(first) => first,
            None => {
                i += 1;
                continue;
            }
        };
        // The posts right under this one, each opening on the line (a
        // blank one aside) after the signature before it.
        let mut last = i;
        while let Some(next) = (last + 1..n.min(last + 2 + MAX_POST_LINES)).find(|&k| signature(k)) {
            let opens_under = blocks[last + 1].line - blocks[last].line <= 2;
            if !opens_under || post_start(blocks, classes, next, &signature) != Some(last + 1) {
                break;
            }
            last = next;
        }
        // Short lines may stand between the paragraph above and the post
        // ("Here is one of them:"), as few as a post has lines.
        let prose_above = classes[first] == Class::Good
            || classes[..first]
                .iter()
                .rev()
                .take(MAX_POST_LINES)
                .find(|c| !matches!(c, Class::Short | Class::NearGood))
                == Some(&Class::Good);
        let prose_below = classes.get(last + 1) == Some(&Class::Good);
        // "Here is how people reacted:": the article says the posts are
        // its own. Otherwise a paragraph follows them, and they are not
        // one outlet's feed over its blurb.
        let announced =
            [first.checked_sub(1), Some(first)].into_iter().flatten().any(|k| blocks[k].features.ends_with_colon);
        if prose_above && (announced || (prose_below && !is_a_feed(blocks, first, last))) {
            marks[first..=last].iter_mut().for_each(|m| *m = true);
        }
        i = last + 1;
    }
}

/// Whether the posts signed between blocks `first` and `last` are a
/// feed: two or more, all of one handle, as a sidebar's "Tweets by @…"
/// lists an outlet's own. An article quotes one post, or several people's.
fn is_a_feed(blocks: &[Block], first: usize, last: usize) -> bool {
    let mut handles = blocks[first..=last].iter().filter_map(quoted_post_handle);
    let Some(one) = handles.next() else { return false };
    let mut more = handles.peekable();
    more.peek().is_some() && more.all(|h| h.eq_ignore_ascii_case(one))
}

/// Lines of one post above its signature: a post is short, and a page
/// with no blank lines must not lend a run of its lines to a signature.
const MAX_POST_LINES: usize = 6;

/// The first line of the post that block `signed` signs: the run of lines
/// right above it, at most one blank line above the signature and none
/// between two of the post's lines, that a blank line, a rule's verdict
/// or another signature ends, or that a good line (a paragraph) under a
/// blank line opens. `None` when nothing ends the run within
/// [`MAX_POST_LINES`] lines, or a paragraph with no blank line above it
/// does: a page without blank lines does not tell a post's lines from a
/// teaser list's over it.
fn post_start(blocks: &[Block], classes: &[Class], signed: usize, signature: &dyn Fn(usize) -> bool) -> Option<usize> {
    let mut j = signed;
    loop {
        let max_step = if j == signed { 2 } else { 1 };
        if j == 0
            || blocks[j].line - blocks[j - 1].line > max_step
            || classes[j - 1] == Class::Chrome
            || signature(j - 1)
        {
            return Some(j);
        }
        if signed - j == MAX_POST_LINES {
            return None;
        }
        j -= 1;
        // A paragraph opens the post only under a blank line: on a page
        // without them the paragraph and the lines under it (a teaser
        // list's) may be anything.
        if classes[j] == Class::Good {
            let under_a_gap = j == 0 || blocks[j].line - blocks[j - 1].line > 1;
            return under_a_gap.then_some(j);
        }
    }
}

/// Marks a table inside the article: rows of figures, three or more in a
/// row, under at most one heading row ("Pos. Driver Points"), right after
/// one of the article's paragraphs. Either another paragraph follows the
/// table at once ("apache_builds 2.3 GB/s 0.098 GB/s" between a
/// benchmark's two paragraphs); or the paragraph before announces it,
/// ending with a colon ("… after 36 races:"), and the table may end the
/// article, before its notes, unlike [`enclosed_lists`]. With nothing
/// after it, a table needs a heading of three columns or more ("Pos Team
/// Pts") or, with no heading, three figures or more in every row ("1 Kyle
/// Busch 5040 5 1 17 27"): a sidebar's rows (archives by month, a ticker,
/// an events list) under a widget's title ("Blog archive", "Markets") may
/// follow the article's last paragraph, colon or not. Rows of figures
/// with no paragraph beside them are a sidebar's as often as not and are
/// left alone.
fn article_tables(blocks: &[Block], classes: &[Class]) -> Vec<bool> {
    const MIN_ROWS: usize = 3;
    /// Figures in each row of a table that nothing closes and no heading
    /// of columns heads.
    const MIN_OPEN_FIGURES: usize = 3;
    /// Words of a heading of columns.
    const MIN_COLUMNS: usize = 3;
    let n = classes.len();
    let mut marks = vec![false; n];
    let is_row = |j: usize, min_figures: usize| {
        matches!(classes[j], Class::Short | Class::Bad | Class::NearGood)
            && blocks[j].features.digits >= min_figures
            && blocks[j].features.effective_words <= MAX_ITEM_WORDS
            && figures_in(blocks[j].text) >= min_figures
    };
    // The table's rows after block `i`, past a heading row, with
    // `min_figures` in each: (its first row, the block after its last).
    let table_after = |i: usize, min_figures: usize| {
        let heading = i + 1 < n
            && matches!(classes[i + 1], Class::Short | Class::Bad | Class::NearGood)
            && blocks[i + 1].features.effective_words <= MAX_ITEM_WORDS
            && !is_row(i + 1, min_figures);
        let first = i + 1 + usize::from(heading);
        (first, (first..n).find(|&j| !is_row(j, min_figures)).unwrap_or(n))
    };
    for i in 0..n {
        if classes[i] != Class::Good {
            continue;
        }
        let (first, end) = table_after(i, 2);
        let closed = end - first >= MIN_ROWS && classes.get(end) == Some(&Class::Good);
        // A table that nothing closes: a heading of columns ("Pos Team
        // Pts") over rows of two figures or more; with no heading, rows of
        // three or more. A widget's title ("Markets", "Blog archive") is no
        // heading of columns.
        let columns = |heading: bool| !heading || blocks[i + 1].features.words >= MIN_COLUMNS;
        let end = if closed {
            end
        } else if !blocks[i].features.ends_with_colon {
            continue;
        } else if first == i + 2 {
            if !columns(true) || end - first < MIN_ROWS {
                continue;
            }
            end
        } else {
            let (first, end) = table_after(i, MIN_OPEN_FIGURES);
            if end - first < MIN_ROWS || !columns(first == i + 2) {
                continue;
            }
            end
        };
        marks[i + 1..end].iter_mut().for_each(|m| *m = true);
    }
    marks
}

/// The figures among a line's words: words that open with a digit, after
/// a sign, a currency or a bracket ("5040", "+3,7", "$1,349.00*", "(7").
fn figures_in(text: &str) -> usize {
    text.split_whitespace()
        .filter(|word| {
            word.trim_start_matches(['+', '-', '−', '(', '$', '€', '£', '#']).starts_with(|c: char| c.is_ascii_digit())
        })
        .count()
}

/// A line that only numbers a step: "3.", "10 von 17", "Step 4", "(2)".
fn is_step_number(block: &Block) -> bool {
    let f = &block.features;
    f.digits > 0 && f.words <= 3 && f.letters <= 8
}

/// Marks runs of three or more consecutive short, unpunctuated lines. A
/// chrome line (a timestamp, a share button) ends a run: live blogs and
/// menus alike separate their items with one.
fn list_runs(blocks: &[Block], classes: &[Class]) -> Vec<bool> {
    let n = classes.len();
    let listy = |i: usize| {
        matches!(classes[i], Class::Short | Class::Bad)
            && !blocks[i].features.terminal
            && blocks[i].features.effective_words <= MAX_ITEM_WORDS
    };
    let mut marks = vec![false; n];
    let mut i = 0;
    while i < n {
        if !listy(i) {
            i += 1;
            continue;
        }
        let start = i;
        while i < n && listy(i) {
            i += 1;
        }
        if i - start >= 3 {
            for m in marks.iter_mut().take(i).skip(start) {
                *m = true;
            }
        }
    }
    marks
}

fn weight(
    block: &Block,
    class: Class,
    smoothed: Smoothed,
    verdict: Option<&(&'static str, RuleVerdict)>,
    t: &Thresholds,
) -> f32 {
    let words = block.features.effective_words as f32;
    match (class, smoothed) {
        (Class::Chrome, _) => match verdict {
            Some((_, RuleVerdict::Meta(_))) => 0.0,
            _ => -t.chrome_weight,
        },
        // Enough to carry the span from the introduction to the method.
        (_, Smoothed::Item) => 1.0,
        // A teaser summary weighs against the span like its headline.
        (Class::Good, Smoothed::List) => -(words.min(12.0)),
        (Class::Good, _) => words.min(200.0),
        (_, Smoothed::Keep) => words * 0.5,
        (_, Smoothed::List) => -(words.max(3.0)),
        (Class::Bad, _) => -(words.clamp(4.0, 12.0)),
        (Class::Short, _) => -2.0,
        (_, _) => -(words * 0.5 + 1.0),
    }
}

/// The share row that closes the article's main span `(start, end)`:
/// pages set the same buttons above the article and under it, and what
/// follows the lower row is a sidebar's or a footer's ("» Preview of the
/// race weekend" and its summary), not more of the article. It is the
/// first share line after the span that repeats one before the span and
/// that the page does not repeat again (a listicle's or a live blog's row
/// under each item closes it after the last), with no prose resuming
/// right after it. It only keeps further spans after it out of the
/// article (see [`secondary_spans`]); the main span is chosen as before.
fn closing_share_row(
    blocks: &[Block],
    verdicts: &[RuleHit],
    smoothed: &[Smoothed],
    (start, end): (usize, usize),
    limit: usize,
) -> Option<usize> {
    let share_row = |i: usize| matches!(verdicts[i], Some((SHARE_BUTTONS, _))).then(|| blocks[i].lower.trim());
    let above: HashSet<&str> = (0..start).filter_map(share_row).collect();
    if above.is_empty() {
        return None;
    }
    // Where each row above the article last stands.
    let mut last: HashMap<&str, usize> = HashMap::new();
    for i in end + 1..limit {
        if let Some(text) = share_row(i).filter(|text| above.contains(text)) {
            last.insert(text, i);
        }
    }
    let row = last.into_values().min()?;
    (!prose_resumes(blocks, verdicts, smoothed, row)).then_some(row)
}

/// Blocks after a comments heading in which a second comments marker
/// confirms it.
const CONFIRM_WINDOW: usize = 6;

/// End markers that close the article: enough article words before them,
/// and no good paragraph right after them; and the comments heading after
/// which nothing is the article (returned apart: it ends the page).
fn end_barriers(
    blocks: &[Block],
    verdicts: &[RuleHit],
    smoothed: &[Smoothed],
    t: &Thresholds,
) -> (Vec<usize>, Option<usize>) {
    let mut barriers = Vec::new();
    let mut words_before = 0usize;
    let is_comments = |j: usize| matches!(verdicts[j], Some((_, RuleVerdict::CommentsStart)));
    // A date with its author after a comments heading is a commenter's
    // header ("Posted by Bob Smith on March 4, 2025 at 9:00 am").
    let is_dated_byline = |j: usize| match &verdicts[j] {
        Some((_, RuleVerdict::Meta(value))) => matches!(&**value, MetaValue::Date { byline: Some(_), .. }),
        _ => false,
    };
    for i in 0..blocks.len() {
        // Only a comments heading's neighbours are looked at.
        if is_comments(i) {
            // A comments link in a row of buttons (share, print, comments)
            // is a button, not the heading of the comments.
            let in_button_row = i > 0
                && matches!(verdicts[i - 1], Some((_, RuleVerdict::Drop)))
                && matches!(verdicts.get(i + 1), Some(Some((_, RuleVerdict::Drop))));
            // A run of commenters' headers is surer than a heading, and so
            // is a heading with a commenter's header ("Name says:", a dated
            // byline) right after it: they may cut a short article.
            let confirmed = matches!(verdicts[i], Some((COMMENT_THREAD, _)))
                || (i + 1..blocks.len().min(i + 1 + CONFIRM_WINDOW)).any(|j| is_comments(j) || is_dated_byline(j));
            let comments_words = if confirmed { t.declared_end_words } else { t.end_marker_words };
            if words_before >= comments_words && !in_button_row {
                // Comments are prose: nothing after their heading is the article.
                return (barriers, Some(i));
            }
        }
        let min_words = match verdicts[i] {
            Some((_, RuleVerdict::EndMarker)) => Some(t.end_marker_words),
            Some((_, RuleVerdict::DeclaredEnd)) => Some(t.declared_end_words),
            _ => None,
        };
        if min_words.is_some_and(|min| words_before >= min) && !prose_resumes(blocks, verdicts, smoothed, i) {
            barriers.push(i);
        }
        if smoothed[i] == Smoothed::Keep && verdicts[i].is_none() {
            words_before += blocks[i].features.effective_words;
        }
    }
    (barriers, None)
}

/// Whether the article goes on after the end marker at `marker`: an
/// inline teaser box ("Related articles" and two or three headlines) sits
/// inside the body, a list of headlines at its end does not. Prose
/// resumes when, within a few lines, two good paragraphs follow.
fn prose_resumes(blocks: &[Block], verdicts: &[RuleHit], smoothed: &[Smoothed], marker: usize) -> bool {
    const MAX_TEASERS: usize = 3;
    let good =
        |j: usize| verdicts[j].is_none() && smoothed[j] == Smoothed::Keep && blocks[j].features.effective_words >= 15;
    // A longer box ("Most read": headlines with their authors) closed by
    // three paragraphs in a row: teasers stand under their own headlines,
    // an article's paragraphs stand together.
    const MAX_BOX: usize = 10;
    let end = (marker + 1 + MAX_BOX).min(blocks.len().saturating_sub(2));
    if (marker + 1..end).any(|j| (j..j + 3).all(good)) {
        return true;
    }
    let mut teasers = 0;
    let mut j = marker + 1;
    while j < blocks.len() && teasers <= MAX_TEASERS {
        if verdicts[j].is_some() {
            if matches!(
                verdicts[j],
                Some((_, RuleVerdict::EndMarker | RuleVerdict::DeclaredEnd | RuleVerdict::CommentsStart))
            ) {
                return false;
            }
        } else if good(j) {
            // A paragraph that another end marker closes is the article's
            // last, after an inline box ("Related" and three headlines).
            let closed_by_marker =
                matches!(verdicts.get(j + 1), Some(Some((_, RuleVerdict::EndMarker | RuleVerdict::DeclaredEnd))));
            let next = (j + 1..blocks.len()).find(|&k| verdicts[k].is_none());
            return teasers == 0 || closed_by_marker || next.is_some_and(good);
        } else {
            teasers += 1;
        }
        j += 1;
    }
    false
}

/// The contiguous span with the highest weight sum in `range` that crosses
/// no barrier (Kadane's algorithm); `None` when nothing weighs positive.
fn best_span_in(weights: &[f32], barriers: &[usize], range: std::ops::Range<usize>) -> Option<(f32, usize, usize)> {
    let mut best: Option<(f32, usize, usize)> = None;
    let mut sum = 0.0f32;
    let mut start = range.start;
    for i in range {
        if barriers.binary_search(&i).is_ok() {
            sum = 0.0;
            start = i + 1;
            continue;
        }
        if sum <= 0.0 {
            sum = 0.0;
            start = i;
        }
        sum += weights[i];
        if sum > 0.0 && best.is_none_or(|(b, _, _)| sum > b) {
            best = Some((sum, start, i));
        }
    }
    best
}

/// The main span, see [`best_span_in`].
fn best_span(weights: &[f32], barriers: &[usize]) -> Option<(usize, usize)> {
    best_span_in(weights, barriers, 0..weights.len()).map(|(_, s, e)| (s, e))
}

/// Further spans of article text beside the main one: articles broken by a
/// teaser box or an ad block continue after it. A span counts when it
/// weighs at least a quarter of the main span (and some sentences), and no
/// end marker stands between it and the main span.
fn secondary_spans(weights: &[f32], barriers: &[usize], main: (usize, usize), main_weight: f32) -> Vec<(usize, usize)> {
    let min_weight = (main_weight * 0.25).max(30.0);
    const NEAR_MIN_WEIGHT: f32 = 20.0;
    const NEAR_GAP: usize = 8;
    const STEPS_PER_BLOCK: usize = 256;
    const MIN_STEPS: usize = 1 << 16;
    let mut found = Vec::new();
    let mut todo = Vec::new();
    let left_end = barriers.iter().rev().find(|&&b| b < main.0).map_or(0, |&b| b + 1);
    let right_end = barriers.iter().find(|&&b| b > main.1).copied().unwrap_or(weights.len());
    todo.push(left_end..main.0);
    todo.push(main.1 + 1..right_end);
    // Each span found has what is left of its range searched again on
    // both sides, so a page of k spans costs up to about k times its
    // length. A budget of steps keeps a hostile page of thousands of short
    // articles linear; a real page (a live blog of a few hundred posts
    // included) never spends it.
    let mut budget = weights.len().saturating_mul(STEPS_PER_BLOCK).max(MIN_STEPS);
    while let Some(range) = todo.pop() {
        if range.is_empty() || range.len() > budget {
            continue;
        }
        budget -= range.len();
        if let Some((w, s, e)) = best_span_in(weights, barriers, range.clone()) {
            // A paragraph or two just past a short box (a few teaser
            // lines) continues the article even when short.
            let gap = if e < main.0 { main.0 - e } else { s.saturating_sub(main.1) };
            if w >= min_weight || (w >= NEAR_MIN_WEIGHT && gap <= NEAR_GAP) {
                found.push((s, e));
                todo.push(range.start..s);
                todo.push(e + 1..range.end);
            }
        }
    }
    found
}

/// How sure we are that the page holds an article, 0 to 1: enough body
/// text, in real paragraphs rather than one-line teasers.
pub(crate) fn confidence(blocks: &[Block], decisions: &[Decision]) -> f64 {
    let body: Vec<&Block> =
        blocks.iter().zip(decisions).filter(|(_, d)| **d == Decision::Body).map(|(b, _)| b).collect();
    let words: usize = body.iter().map(|b| b.features.effective_words).sum();
    let paragraphs = body.iter().filter(|b| b.features.effective_words >= 15).count();
    if words == 0 {
        return 0.0;
    }
    // Saturates around 250 words of body.
    let amount = 1.0 - (-(words as f64) / 120.0).exp();
    let shape = match paragraphs {
        0 => 0.3,
        1 => 0.6,
        2 => 0.85,
        _ => 1.0,
    };
    let mean = words as f64 / body.len() as f64;
    // Teaser summaries are one short sentence each; article paragraphs run longer.
    let density = (mean / 25.0).min(1.0);
    ((amount * shape * (0.5 + 0.5 * density)) * 100.0).round() / 100.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn step_numbers() {
        for line in ["3.", "10 von 17", "Step 4", "(2)", "Schritt 12:"] {
            assert!(is_step_number(&block(line)), "{line}");
        }
        for line in ["Explore", "Top 10 cities to visit this year", "2 min read about the news"] {
            assert!(!is_step_number(&block(line)), "{line}");
        }
    }

    /// Paragraphs between teaser boxes are found beside the main span: all
    /// of a live blog's hundreds, and on a hostile page of many thousands
    /// as many as the budget of steps allows (`STEPS_PER_BLOCK`).
    #[test]
    fn secondary_spans_are_found_within_a_budget() {
        let spaced = |n: usize| -> Vec<f32> { (0..n).flat_map(|_| [40.0, -100.0]).collect() };
        let weights = spaced(5);
        assert_eq!(secondary_spans(&weights, &[], (0, 0), 40.0), [(2, 2), (4, 4), (6, 6), (8, 8)]);
        let weights = spaced(500);
        assert_eq!(secondary_spans(&weights, &[], (0, 0), 40.0).len(), 499);
        // Found one after another from the left, each costing a search of
        // what is left: about as many as the steps allowed per block.
        const STEPS: usize = 256;
        let weights = spaced(20_000);
        let found = secondary_spans(&weights, &[], (0, 0), 40.0).len();
        assert!((STEPS..20_000).contains(&found), "{found}");
    }

    fn block(line: &str) -> Block<'static> {
        crate::blocks::test_blocks(line).remove(0)
    }

    /// A subheading between two paragraphs stays in the article; a caption
    /// with its credit, a teaser's headline in capitals and a line after
    /// a menu do not.
    #[test]
    fn crossheads_between_paragraphs_are_kept() {
        let first =
            "Lenders raised their standards for mortgages and business loans in the last quarter, the survey found.";
        let second = "Banks said they expected demand for credit to weaken further as rates stay high into next year.";
        let cases = [
            ("Why banks tightened lending at the end of 2024 and what comes next", true),
            ("3. Get support for the scary stuff to strengthen your mindset", true),
            ("Staffers 'don't care': Federal prison suicides were quietly rising last year", true),
            ("States where marijuana is legal for recreational use. Statista", false),
            ("Rep. Jane Doe speaks at the Capitol on July 25, 2019 / AP file", false),
            ("The new keyboard of the laptop under a microscope via iFixit", false),
            ("Firefighters at the scene of the blaze in London via Getty Images", false),
            ("CO-FOUNDER 'PROUD' OF EMPLOYEES LIVING OUT THEIR AMERICAN DREAM", false),
            ("the lowercase start of a line that runs on from the one before it", false),
        ];
        let info = DocumentInfo::default();
        let t = Thresholds::for_favor(Favor::Balanced);
        for (line, crosshead) in cases {
            let blocks: Vec<Block> = [first, line, second].iter().map(|l| block(l)).collect();
            let classes: Vec<Class> = blocks.iter().map(|b| class_of(b, &info, &t)).collect();
            assert_eq!(classes[1], Class::Bad, "{line}");
            assert_eq!(is_crosshead(&blocks, &classes, 1), crosshead, "{line}");
            // Not after a line that is no paragraph.
            let blocks: Vec<Block> = ["Home", line, second].iter().map(|l| block(l)).collect();
            let classes: Vec<Class> = blocks.iter().map(|b| class_of(b, &info, &t)).collect();
            assert!(!is_crosshead(&blocks, &classes, 1), "{line}");
        }
        let page = format!("{first}\n{}\n{second}", cases[0].0);
        let article = crate::Cleaner::new().clean(&page);
        assert_eq!(article.paragraphs, [first, cases[0].0, second]);
    }

    /// A long paragraph that lost its full stop is prose when it stands
    /// alone near the article's paragraphs; a run of them is a tabloid's
    /// list of long teaser headlines, and a long Title Case line a headline.
    #[test]
    fn a_lone_paragraph_without_its_full_stop_is_prose() {
        let lost_stop = "Chelsea have this morning paid the fee to the league to secure the world record signing of the keeper from the Spanish club";
        let paragraph = "The 23-year-old flew to London yesterday evening and will spend the day completing the formalities of the deal.";
        let teaser = "Gayle King proudly flaunts results of her soup fast after losing weight to fit into her election night dress as she reveals she slept in it";
        let title_case = "Chelsea Have This Morning Paid The Fee To The League To Secure The World Record Signing Of The Keeper From The Spanish Club";
        let info = DocumentInfo { language: Some(0), cjk: false };
        let t = Thresholds::for_favor(Favor::Balanced);
        let classes_with = |lines: &[&str], verdicts: &[RuleHit], info: &DocumentInfo| {
            let blocks: Vec<Block> = lines.iter().map(|l| block(l)).collect();
            let mut classes: Vec<Class> = blocks
                .iter()
                .zip(verdicts)
                .map(|(b, v)| if v.is_some() { Class::Chrome } else { class_of(b, info, &t) })
                .collect();
            promote_lone_unpunctuated_paragraphs(&blocks, verdicts, &mut classes, info, &t);
            classes
        };
        let classes = |lines: &[&str]| classes_with(lines, &vec![None; lines.len()], &info);
        assert_eq!(classes(&[lost_stop, paragraph]), [Class::Good, Class::Good]);
        assert_eq!(classes(&[lost_stop, "Sport", paragraph]), [Class::Good, Class::Short, Class::Good]);
        // Too far from the article's paragraphs, or one of a list (with
        // summaries between its headlines or not).
        assert_eq!(classes(&[lost_stop, "Home", "Sport", paragraph])[0], Class::Bad);
        assert_eq!(classes(&[teaser, lost_stop, paragraph])[..2], [Class::Bad, Class::Bad]);
        assert_eq!(classes(&[lost_stop, paragraph, teaser, paragraph])[0], Class::Bad);
        assert_eq!(classes(&[title_case, paragraph])[0], Class::Bad);
        // Beside a dropped line (a credit, a teaser's label), not beside
        // metadata (a date line).
        let drop = Some(("photo-credit", RuleVerdict::Drop));
        let date = Some(("date-line", RuleVerdict::Meta(Box::new(MetaValue::ReadTime(2)))));
        let lines = [lost_stop, "Photo: Reuters", paragraph];
        assert_eq!(classes_with(&lines, &[None, drop, None], &info)[0], Class::Bad);
        assert_eq!(classes_with(&lines, &[None, date, None], &info)[0], Class::Good);
        // Not in an unknown language, nor in CJK, where stopwords say nothing.
        assert_eq!(classes_with(&[lost_stop, paragraph], &[None, None], &DocumentInfo::default())[0], Class::Bad);
        let cjk = DocumentInfo { language: Some(0), cjk: true };
        assert_eq!(classes_with(&[lost_stop, paragraph], &[None, None], &cjk)[0], Class::Bad);
    }

    /// A sentence may end in an emoji instead of a full stop; a headline
    /// that ends in one is not a sentence.
    #[test]
    fn sentences_may_end_in_an_emoji() {
        let info = DocumentInfo::default();
        let t = Thresholds::for_favor(Favor::Balanced);
        let cases = [
            ("We will become the theater that always strives to make our culture and our music known to the whole world 🙂", Class::Good),
            ("Mum of three reveals how she lost half her weight by walking to work every day 😍", Class::Bad),
            ("Council to close three libraries and two pools. Find out which ones are affected in your area 👉", Class::Bad),
            ("Council to close three libraries. Find out which ones are affected in your area ➤", Class::Bad),
            ("Challenge accepted, ich mache mit! Schaden kann es ja nicht 🙂", Class::Good),
            ("Danced along to the cheerful beat, this is a creative dance where you can feel the beauty of the music 👍️", Class::Good),
            ("Umzug / Wohnungskatze zum Freigänger Kater nach Umzug schrecklich unglücklich 😥", Class::Bad),
            ("Verpasse keine News zu Hardware & Gadgets 💌", Class::Bad),
        ];
        for (line, class) in cases {
            assert_eq!(class_of(&block(line), &info, &t), class, "{line}");
        }
    }

    /// Headlines over one-sentence summaries are a teaser list. The same
    /// caption over each of an article's short paragraphs (a gallery's
    /// title over every picture) does not make one; a teaser's headline
    /// that comes again in a later box does not unmake one.
    #[test]
    fn a_caption_over_every_paragraph_is_no_teaser_headline() {
        let caption = "2018 Tradition Series Performance [The Palace] at the Welcome Festival in the Park";
        let paragraphs = [
            "Crowds of people came to the opening ceremony of the festival in the park.",
            "Next up was the drum dance, performed with small drums to a cheerful beat.",
            "The park was already packed with people when the performance began at six.",
            "The dancers bowed to the audience and the festival went on into the night.",
        ];
        let headlines = [
            "Acht Strandhotels für den vollkommenen Sommerurlaub am Meer und an der Küste",
            "Urlaub made in Germany: Die schönsten Hotels in Deutschland von Sylt bis zum Tegernsee",
            "9-Euro-Ticket: Das sind unsere Tipps für Architektur- und Design-Fans im Sommer",
        ];
        let info = DocumentInfo::default();
        let t = Thresholds::for_favor(Favor::Balanced);
        let marks = |lines: &[&str]| {
            let blocks: Vec<Block> = lines.iter().map(|l| block(l)).collect();
            let classes: Vec<Class> = blocks.iter().map(|b| class_of(b, &info, &t)).collect();
            teaser_runs(&blocks, &classes)
        };
        let captioned: Vec<&str> = paragraphs.iter().flat_map(|p| [caption, p]).collect();
        assert_eq!(marks(&captioned), [false; 8]);
        let teasers: Vec<&str> = headlines.iter().zip(paragraphs).flat_map(|(h, p)| [*h, p]).collect();
        assert_eq!(marks(&teasers), [true; 6]);
        // A label on every card, beside each card's own headline.
        let label = "Exclusive for members of the club with a digital plan only";
        let labelled: Vec<&str> = headlines.iter().zip(paragraphs).flat_map(|(h, p)| [label, *h, p]).collect();
        assert_eq!(marks(&labelled), [true; 9]);
        // The last teaser's headline again at once, opening the next box.
        let next_box: Vec<&str> = teasers.iter().copied().chain([headlines[2], paragraphs[3]]).collect();
        assert_eq!(marks(&next_box), [true; 8]);
        // The second teaser's headline again, two teasers on (in the next box).
        let with_a_repeat: Vec<&str> = teasers.iter().copied().chain([headlines[1], paragraphs[3]]).collect();
        assert_eq!(marks(&with_a_repeat), [true; 8]);
    }

    #[test]
    fn ingredients_are_items_up_to_the_method() {
        let lines = [
            "Zutaten:",
            "200 g Zucker",
            "4 Eier",
            "Zubereitung",
            "Den Zucker mit den Eiern in einer Schüssel schaumig schlagen und dann langsam das Mehl unterheben.",
            "300 g Mehl",
        ];
        let (blocks, classes) = classed(&lines);
        assert_eq!(ingredient_runs(&blocks, &classes), [true, true, true, true, false, false]);
    }

    #[test]
    fn announced_numbered_lists_are_items() {
        let lines = [
            "Here are the best offers of the day that you should not miss on the shop:",
            "1) Lego Star Wars Bomber",
            "http://amzn.to/2iJFhRj",
            "2) Roger Waters – The Wall (DVD)",
            "3) Thriller (Vinyl)",
            "Menu",
            "1) Not announced",
            "2) Not announced either",
        ];
        let (blocks, classes) = classed(&lines);
        assert_eq!(numbered_runs(&blocks, &classes), [false, true, true, true, true, false, false, false]);
        // Two numbers are not a list.
        assert_eq!(numbered_runs(&blocks[..4], &classes[..4]), [false; 4]);
    }

    /// Blocks of `lines` and their classes, on a page of no known language.
    fn classed(lines: &[&str]) -> (Vec<Block<'static>>, Vec<Class>) {
        let blocks: Vec<Block> = lines.iter().map(|l| block(l)).collect();
        let t = Thresholds::for_favor(Favor::Balanced);
        let classes = blocks.iter().map(|b| class_of(b, &DocumentInfo::default(), &t)).collect();
        (blocks, classes)
    }

    #[test]
    fn lists_between_paragraphs_are_items() {
        let lines = [
            "You will need the following documents when you travel to the country this year:",
            "Passport",
            "Identity card",
            "Both must be valid for at least three months after the date you plan to leave.",
            "Menu",
            "Home",
        ];
        let (blocks, classes) = classed(&lines);
        assert_eq!(enclosed_lists(&blocks, &classes), [false, true, true, false, false, false]);
        // Not closed by a paragraph: a menu after the article.
        assert_eq!(enclosed_lists(&blocks[..3], &classes[..3]), [false; 3]);
        // A short announcement right after a paragraph, over a list's items.
        let paragraph = "The diet allows few carbohydrates in the first two weeks, and many foods are out.";
        let banned = [paragraph, "Banned foods:", "sugar in any form", "– white bread", "most fruit", paragraph];
        let (blocks, classes) = classed(&banned);
        assert_eq!(classes[1], Class::NearGood);
        assert_eq!(enclosed_lists(&blocks, &classes), [false, false, true, true, true, false]);
        // Not with no paragraph before it.
        assert_eq!(enclosed_lists(&blocks[1..], &classes[1..]), [false; 5]);
        // Not after a line that is no paragraph.
        let after_menu: Vec<&str> = std::iter::once("Home").chain(banned[1..].iter().copied()).collect();
        let (blocks, classes) = classed(&after_menu);
        assert_eq!(enclosed_lists(&blocks, &classes), [false; 6]);
        // Not when half the items are headlines.
        let half = [
            paragraph,
            "Banned foods:",
            "sugar in any form",
            "White Bread Is Out",
            "most fruit",
            "Why Rice Is Out",
            paragraph,
        ];
        let (blocks, classes) = classed(&half);
        assert_eq!(enclosed_lists(&blocks, &classes), [false; 7]);
        // Dashes before capitals: a related box of three, a list of five.
        let dashed = |n: usize| -> Vec<bool> {
            let items = [
                "– Grants: How to Apply",
                "– Solar Pays Twice",
                "– Gas Prices Rise Again",
                "– Reiki and Runes",
                "– Tree Reiki",
            ];
            let lines: Vec<&str> = [paragraph, "On this topic:"]
                .into_iter()
                .chain(items[..n].iter().copied())
                .chain([paragraph])
                .collect();
            let (blocks, classes) = classed(&lines);
            enclosed_lists(&blocks, &classes)
        };
        assert_eq!(dashed(3), [false; 6]);
        assert_eq!(dashed(5), [false, false, true, true, true, true, true, false]);
        // Nor over headlines: a related box.
        let related =
            [paragraph, "Read more:", "Heat Pumps in Old Houses", "Grants You Can Claim", "How Solar Helps", paragraph];
        let (blocks, classes) = classed(&related);
        assert_eq!(enclosed_lists(&blocks, &classes), [false; 6]);
    }

    #[test]
    fn article_tables_are_items() {
        let lines = [
            "The final standings of the series after all of its 36 races this season:",
            "Pos. Driver Points Wins",
            "1 Kyle Busch 5040 5",
            "2 Martin Truex Jr. 5035 7",
            "3 Kevin Harvick 5033 4",
            "Only the first twelve drivers took part in the play-offs at the end of the season.",
            "Archives",
            "March 2024 (3)",
            "February 2024 (5)",
            "January 2024 (2)",
        ];
        let (blocks, classes) = classed(&lines);
        let table = [false, true, true, true, true, false, false, false, false, false];
        assert_eq!(article_tables(&blocks, &classes), table);
        // The table may end the page: no closing paragraph is waited for.
        assert_eq!(article_tables(&blocks[..5], &classes[..5]), table[..5]);
        // Two rows are not a table.
        assert_eq!(article_tables(&blocks[..4], &classes[..4]), [false; 4]);
        // Between two paragraphs, a table needs no colon.
        let benchmark = [
            "Let us run some benchmarks on the machine. I use a Skylake processor with GCC 8.3.",
            "file simdjson other",
            "apache_builds 2.3 GB/s 0.098 GB/s",
            "github_events 2.5 GB/s 0.093 GB/s",
            "twitter 2.2 GB/s 0.094 GB/s",
            "Thus, roughly speaking, the parser runs at a speed of about two gigabytes a second.",
        ];
        let (blocks, classes) = classed(&benchmark);
        assert_eq!(article_tables(&blocks, &classes), [false, true, true, true, true, false]);
        // Neither announced nor followed by a paragraph: a sidebar's.
        assert_eq!(article_tables(&blocks[..5], &classes[..5]), [false; 5]);
        // A heading row and rows without figures: a list, not a table.
        let words = [
            "These are the drivers of the team for the coming season:",
            "Drivers",
            "Kyle Busch",
            "Martin Truex Jr.",
            "Kevin Harvick",
        ];
        let (blocks, classes) = classed(&words);
        assert_eq!(article_tables(&blocks, &classes), [false; 5]);
        // Digits inside words are no figures: a list of models.
        let models = [
            "These are the aircraft that the airline flies on its routes today:",
            "Airbus A320neo",
            "Airbus A350",
            "Boeing B737",
        ];
        let (blocks, classes) = classed(&models);
        assert_eq!(article_tables(&blocks, &classes), [false; 4]);
        assert_eq!(figures_in("2 Martin Truex Jr. +3,7 $1,349.00* (7 %) x2"), 4);
        assert_eq!(figures_in("-3 −4 €5 £6 #7 - €"), 5);
        // With no heading row, and exactly three rows.
        let bare = [
            "The final standings of the series after all of its races this season:",
            "1 Busch 5040 5",
            "2 Truex 5035 7",
            "3 Harvick 5033 4",
        ];
        let (blocks, classes) = classed(&bare);
        assert_eq!(article_tables(&blocks, &classes), [false, true, true, true]);
        // A sidebar's rows of one or two figures after the article's last
        // paragraph, though it ends with a colon: an archive, a ticker.
        let paragraph = "You can find all of the older entries of this blog by browsing through them here:";
        for sidebar in [
            ["Blog archive", "March 2025 (4)", "February 2025 (7)", "January 2025 (5)"],
            ["Markets", "FTSE 100 8,102.45 +0.4%", "Dow Jones 38,996.39 +0.1%", "Brent crude $83.10 -1.2%"],
        ] {
            let (blocks, classes) = classed(&std::iter::once(paragraph).chain(sidebar).collect::<Vec<_>>());
            assert_eq!(classes[0], Class::Good);
            assert_eq!(article_tables(&blocks, &classes), [false; 5], "{sidebar:?}");
        }
        // A ticker of three figures a row, under a widget's title.
        let ticker =
            ["Markets", "DAX 18.102,45 +72,10 +0,40%", "FTSE 100 8.102,45 -12,30", "Dow Jones 38.996,39 +45,20 +0,12%"];
        let (blocks, classes) = classed(&std::iter::once(paragraph).chain(ticker).collect::<Vec<_>>());
        assert_eq!(article_tables(&blocks, &classes), [false; 5]);
        // A standings table of two figures a row under its columns' heading
        // ends the article.
        let standings = [
            "The table after 25 rounds of the league season looks like this now:",
            "Pos Team Pts",
            "1 Bayern Munich 58",
            "2 Bayer Leverkusen 55",
            "3 Borussia Dortmund 50",
            "Share this article",
        ];
        let (blocks, classes) = classed(&standings);
        assert_eq!(article_tables(&blocks, &classes), [false, true, true, true, true, false]);
    }

    #[test]
    fn a_paragraph_between_two_boxes_is_the_article() {
        let lines = [
            "Related",
            "Microsoft Is Using DNA to Solve Our Data Storage Crisis",
            "Seagate Will Ship 18TB and 20TB Hard Drives in 2020",
            "PNY Launches a Tiny 512GB USB Stick",
            "Conventional recording methods today achieve about one terabit per square inch, but the company believes its new technology will raise that fourfold.",
            "Further Reading",
            "Samsung Launches 870 QVO SSDs in Capacities Up to 8TB",
        ];
        let blocks: Vec<Block> = lines.iter().map(|l| block(l)).collect();
        let end = Some(("end-marker", RuleVerdict::EndMarker));
        let mut verdicts = vec![end.clone(), None, None, None, None, end, None];
        let smoothed = [
            Smoothed::Drop,
            Smoothed::Drop,
            Smoothed::Drop,
            Smoothed::Drop,
            Smoothed::Keep,
            Smoothed::Drop,
            Smoothed::Drop,
        ];
        assert!(prose_resumes(&blocks, &verdicts, &smoothed, 0));
        // Without the second box's heading, one paragraph after teasers is
        // the box's own summary.
        verdicts[5] = None;
        assert!(!prose_resumes(&blocks, &verdicts, &smoothed, 0));
    }

    /// A share row under the title that repeats after the article closes
    /// it: the sidebar's prose past a box of headlines after the row is
    /// not more of the article (it was taken as a further span before).
    /// The same row before an inline box, with the article's paragraphs
    /// after the box, closes nothing; nor does a row repeated above the
    /// article with none under it.
    #[test]
    fn a_share_row_repeated_after_the_article_closes_it() {
        let article = [
            "The national stock car series returns to the capital this weekend for the ninth round of the season, with thirty drivers entered for the two races.",
            "Organisers said on Friday that the track had been resurfaced over the winter and that lap times were expected to fall by more than a second.",
            "The championship leader arrives with a lead of twelve points after a win and a second place at the last round in the south of the country.",
        ];
        let headlines = [
            "Formula One Drivers Face Tougher Penalties Next Season",
            "MotoGP Champion Signs Two Year Deal With Factory Team",
            "Indy Rookie Takes Pole Position In Wet Qualifying",
            "Touring Car Series Adds Night Race To Calendar",
            "Rally Driver Escapes Unhurt After Crash In Forest Stage",
            "Karting Academy Opens Doors To Young Drivers",
            "Historic Racing Festival Draws Record Crowds",
            "Electric Series Confirms Street Race In Harbour City",
        ];
        let sidebar = [
            "Our shop has been selling boards, shoes and clothing to the riders of the region since 1998, and the staff in the store know every one of them by name.",
            "The team behind the magazine is made of riders, photographers and writers who have followed the scene for more than twenty years across the whole country.",
        ];
        let title = "Stock car racing returns to the capital this weekend";
        let row = "Share on Facebook";
        let page = [&[title, row][..], &article, &[row], &headlines, &sidebar].concat().join("\n\n");
        assert_eq!(crate::Cleaner::new().clean(&page).paragraphs, article);

        // Before an inline box: the article's paragraphs follow it.
        let more = [
            "Tickets for the two races went on sale in March and the grandstands on the main straight were sold out within a week, the organisers said.",
            "Police advised spectators to use the trains on both days, since the roads around the circuit will be closed to traffic from early morning.",
            "The first race starts at noon on Saturday and the second on Sunday afternoon, both of them shown live on the national channel.",
        ];
        let page = [&[title, row][..], &article, &[row], &headlines, &more].concat().join("\n\n");
        assert_eq!(crate::Cleaner::new().clean(&page).paragraphs, [&article[..], &more].concat());

        // Twice in a row, before the article: no article between the two.
        let page = [&[title, row, row][..], &article, &headlines, &sidebar].concat().join("\n\n");
        assert_eq!(crate::Cleaner::new().clean(&page).paragraphs, [&article[..], &sidebar].concat());
    }

    /// A post the article quotes stays in it, signature and all, however
    /// short its lines; the line before the post's paragraph is not lent
    /// to it. A feed of one outlet's posts after the article, comments
    /// signed with a time, and a teaser list over a post on a page with no
    /// blank lines stay out.
    #[test]
    fn posts_quoted_in_the_article_are_kept() {
        let before = [
            "The state launched its campaign against the drug on Monday with television commercials and billboards across the region.",
            "Many people on social media were quick to point out what might be wrong with the slogan, and the reactions kept coming all day.",
        ];
        let post = ["meth.", "we're. on. it. https://t.co/HO1ZRs9T1P"];
        let signature = "— tall glass of coquito (@_orabora) November 19, 2019";
        let second_post = ["on. meth. dot. com.", "— Mike Beauvais (@MikeBeauvais) November 18, 2019"];
        let after = [
            "The governor saw the reaction online and doubled down on the slogan in a statement on Tuesday afternoon.",
            "The advertising agency behind the campaign was paid nearly half a million dollars, according to the local newspaper.",
        ];
        let title = "The state's new slogan draws ridicule online";
        let clean = |page: &str| crate::Cleaner::new().clean(page).paragraphs;
        let page = format!(
            "{title}\n\n{}\n\nFour of them stood out\n\n{}\n\n{signature}\n\n{}\n\n{}",
            before.join("\n\n"),
            post.join("\n"),
            second_post.join("\n\n"),
            after.join("\n\n")
        );
        assert_eq!(clean(&page), [&before[..], &post, &[signature], &second_post, &after].concat());

        // At the article's end, a post the article announces is its own;
        // one it does not is a sidebar's, as is an outlet's feed.
        let lead_in = "One reply summed up the mood:";
        let post_text = post.join("\n");
        let ending = |lead_in: &str| {
            let lines = [&before[..], &after, &[lead_in, post_text.as_str(), signature]].concat();
            format!("{title}\n\n{}", lines.join("\n\n"))
        };
        assert_eq!(clean(&ending(lead_in)), [&before[..], &after, &[lead_in], &post, &[signature]].concat());
        let sidebar = ending("Latest").replace("\n\nLatest", "");
        assert_eq!(clean(&sidebar), [&before[..], &after].concat());
        let feed = format!(
            "{title}\n\n{}\n\n{}\n\nTweets by @StateNews\n\n{}\n\n{}\n\nAbout us\nContact\nPrivacy policy",
            before.join("\n\n"),
            after.join("\n\n"),
            "Road closures on Main St this weekend https://t.co/xyz\n— State News (@StateNews) November 18, 2019",
            "Mayor to speak at 3pm today https://t.co/abc\n— State News (@StateNews) November 17, 2019",
        );
        assert_eq!(clean(&feed), [&before[..], &after].concat());

        // Comments signed with a time, under the article.
        let comments = format!(
            "{title}\n\n{}\n\n{}\n\n{}\n\n{}",
            before.join("\n\n"),
            after.join("\n\n"),
            "Totally agree with this\n— Bob Smith (@bobsmith) November 18, 2019 at 3:14 pm",
            "Nonsense, the roads are fine\n— Ann Lee (@annlee) November 18, 2019 at 5:02 pm",
        );
        assert_eq!(clean(&comments), [&before[..], &after].concat());

        // No blank lines: a teaser list over a post is not the post's.
        let teasers = ["Police hunt for stolen van", "School closes after flooding"];
        let dense = [&[title][..], &before, &teasers, &post, &[signature], &after].concat().join("\n");
        let kept = clean(&dense);
        assert!(teasers.iter().all(|t| !kept.contains(&t.to_string())), "{kept:?}");
    }

    /// A short line that announces a box with a colon goes with the box;
    /// one that announces the article's own list stays.
    #[test]
    fn announcements_of_nothing_are_dropped() {
        let article = [
            "The institute's researchers measured the ice sheet's loss over two decades with satellites and ground stations.",
            "They found that the melting had doubled since the turn of the century, faster than the models had predicted.",
        ];
        let title = "Ice sheet losing mass twice as fast as two decades ago";
        let footer = "Weitere Informationen:\n\nImpressum\nDatenschutz\nKontakt";
        let page = format!("{title}\n\n{}\n\n{footer}", article.join("\n\n"));
        let cleaned = crate::Cleaner::new().clean(&page);
        assert_eq!(cleaned.paragraphs, article);

        let list = "The researchers named three causes:";
        let items = ["warmer oceans", "less snowfall", "darker ice"];
        let close = "They will publish the full data set next spring, together with the code of their models.";
        let page = format!("{title}\n\n{}\n\n{list}\n{}\n\n{close}", article.join("\n\n"), items.join("\n"));
        let cleaned = crate::Cleaner::new().clean(&page);
        assert_eq!(cleaned.paragraphs, [&article[..], &[list], &items, &[close]].concat());
    }

    /// A sentence between a newsletter box's heading and its e-mail field
    /// is the box's pitch; one the box does not close is the article's,
    /// and so are the lines between the prompts a page repeats under each
    /// of the article's items.
    #[test]
    fn lines_boxed_in_by_chrome_go_with_it() {
        let article = [
            "The city council voted on Tuesday to close the old bridge for repairs that will take most of next year.",
            "Engineers found cracks in two of its supports during an inspection in the spring, the council said.",
            "Traffic will be sent over the northern bridge, which the council expects to add ten minutes to a commute.",
        ];
        let title = "Old bridge to close for a year of repairs";
        let pitch = "The day's top stories from our reporters, in your mailbox every weekday morning.";
        let heading = "Sign up for the Morning Briefing newsletter";
        let page = |lines: &[&str]| format!("{title}\n\n{}", lines.join("\n\n"));
        let clean = |lines: &[&str]| crate::Cleaner::new().clean(&page(lines)).paragraphs;
        let boxed = [&article[..2], &[heading, pitch, "Enter your email"], &article[2..]].concat();
        assert_eq!(clean(&boxed), article);

        // Not closed by the box: the article goes on under its heading.
        let open = [&article[..2], &[heading, pitch], &article[2..]].concat();
        assert_eq!(clean(&open), [&article[..2], &[pitch], &article[2..]].concat());

        // A prompt under every item: the items are the article's.
        let items = [
            "Mix the flour with the baking powder and a pinch of salt in a large bowl.",
            "Add the butter in small pieces and rub it into the flour with your fingers.",
            "Pour in the milk and stir until the dough comes together in one soft ball.",
        ];
        let mut listed = article[..2].to_vec();
        for item in items {
            listed.extend([item, "Get our free baking newsletter", "Sign up"]);
        }
        listed.push(article[2]);
        assert_eq!(clean(&listed), [&article[..2], &items[..], &article[2..]].concat());
    }

    /// Lines that stand at a short article's edges enclose the article,
    /// not a box: a paywall's badge and prompt, a share bar, a sign-up
    /// line above the article and one under it (review: the body went
    /// whole).
    #[test]
    fn a_short_article_between_chrome_lines_stays() {
        let title = "City to sell historic ferry terminal to private developer";
        let lede = "The city council agreed on Tuesday night to sell the ferry terminal, which has stood empty since 2019, to a developer.";
        let second =
            "The developer plans flats and a market hall, and the sale still needs the approval of the harbour board.";
        let pages = [
            format!("{title}\n\nPremium\n\n{lede}\n\nSubscribe to continue reading\n\nAlready a subscriber? Log in"),
            format!("{title}\n\nShare this article\n\n{lede}\n\n{second}\n\nShare"),
            format!("{title}\n\nSign up for the Harbour Report newsletter\n\n{lede}\n\n{second}\n\nEnter your email"),
        ];
        for page in pages {
            let cleaned = crate::Cleaner::new().clean(&page);
            let expected = if page.contains(second) { vec![lede, second] } else { vec![lede] };
            assert_eq!(cleaned.paragraphs, expected, "{page}");
        }
    }

    #[test]
    fn best_span_finds_the_dense_run() {
        assert_eq!(best_span(&[-5.0, 10.0, -1.0, 20.0, -50.0, 5.0], &[]), Some((1, 3)));
        assert_eq!(best_span(&[-1.0, -2.0], &[]), None);
        assert_eq!(best_span(&[30.0, 1.0, 20.0], &[1]), Some((0, 0)));
    }
}
