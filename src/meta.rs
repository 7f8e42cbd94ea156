//! Stage 7 — meta: title, subtitle and the metadata read off chrome lines.
//!
//! Input: blocks, rule verdicts and decisions. Output: the title (the
//! headline-like line nearest before the article, preferring one that the
//! page's first line, the HTML title, is mostly made of (looked for
//! anywhere before the article when none near it is), and then one of
//! three words or more that the page repeats; or a line at the top of the
//! article's span that the HTML title names, when none before it is
//! named and the one chosen has no byline or date right under it), the
//! subtitle (a standfirst of a sentence or two between the title and the
//! body, set apart from the body by chrome), and the date, section, byline
//! and read time the rules read.
//! Title and subtitle change their blocks' decisions.

use crate::blocks::Block;
use crate::decide::{Class, Decision};
use crate::rules::{MetaValue, RuleVerdict};
use crate::RuleHit;

/// Metadata read off the page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Metadata {
    pub published: Option<String>,
    pub section: Option<String>,
    pub byline: Option<String>,
    pub read_time_minutes: Option<u32>,
}

/// How far before the article the title may be, in blocks.
const TITLE_WINDOW: usize = 25;

/// Beyond this many blocks before the article, a line the HTML title
/// names must also say its headline part (see `choose_title`); nearer,
/// the part may be the site's name before the headline ("Valley Post |
/// Floods close …"), which `headline_words` does not tell apart.
const FAR_TITLE_WINDOW: usize = 80;

/// The share of a line's words that the HTML title holds for it to name it.
const STRONG_SHARE: f32 = 0.8;

/// The words of a key, sorted, for [`named_share`].
fn key_words(key: &str) -> Vec<&str> {
    let mut words: Vec<&str> = key.split(' ').filter(|w| !w.is_empty()).collect();
    words.sort_unstable();
    words
}

/// How much the HTML title, its words `words` (sorted), names the line
/// whose key is `key`, 0 to 1: the share of the line's words it holds,
/// less when they are a small part of it. The site's name ("India Post")
/// is all in the title, but as a tail of it; the headline is most of it.
fn named_share(key: &str, words: &[&str]) -> f32 {
    let mut total = 0;
    let mut shared = 0;
    for word in key.split(' ').filter(|w| !w.is_empty()) {
        total += 1;
        shared += usize::from(words.binary_search(&word).is_ok());
    }
    if total == 0 || words.is_empty() {
        return 0.0;
    }
    let held = shared as f32 / total as f32;
    let part_of_title = shared as f32 / words.len() as f32;
    held * (2.0 * part_of_title).min(1.0)
}

/// The words of four letters or more of an HTML title's headline part,
/// lowercase and sorted: the title without the site's name after its last
/// separator ("Floods close the road | Valley Post").
fn headline_words(html_title: &str) -> Vec<String> {
    let head = [" | ", " - ", " – ", " — "]
        .iter()
        .filter_map(|separator| html_title.rfind(separator))
        .max()
        .map_or(html_title, |at| &html_title[..at]);
    let mut words: Vec<String> =
        head.split(|c: char| !c.is_alphanumeric()).filter(|w| w.chars().count() >= 4).map(str::to_lowercase).collect();
    words.sort_unstable();
    words.dedup();
    words
}

/// The most words of a standfirst (news sites' deks run 10 to 25).
const MAX_STANDFIRST_WORDS: usize = 30;

/// Whether a line is a trail of sections ("Home » Politik » Europa",
/// "Hauptseite » 2010 » Oktober » 26 » Briefe"): three or more items
/// joined by `»`, `›`, `››` or `>` between spaces, each but the last a
/// section's name of a few words and no sentence. It is navigation, not a
/// headline, though its last item may be the page's title. French prose
/// quotes with « and », so a line with « is none.
fn is_breadcrumb(text: &str) -> bool {
    const SEPARATORS: [&str; 4] = [" » ", " ›› ", " › ", " > "];
    // Most lines have no separator: `>`, or the last byte of `»` (0xBB)
    // or of `›` (0xBA), looked for in one vectorized pass.
    if memchr::memchr3(b'>', 0xBB, 0xBA, text.as_bytes()).is_none() || text.contains('«') {
        return false;
    }
    let Some(separator) = SEPARATORS.iter().find(|s| text.contains(*s)) else { return false };
    let items: Vec<&str> = text.split(separator).collect();
    items.len() >= 3
        && items[..items.len() - 1].iter().all(|item| {
            let sentence = item.contains(['!', '?']) || item.contains(". ") || item.trim_end().ends_with('.');
            (1..=5).contains(&item.split_whitespace().count()) && !sentence
        })
}

/// Whether a line may be a headline: two to thirty words, no full stop
/// at its end, at most one sentence. A line the HTML title names
/// (`named`) may hold more than one: a full stop inside a headline most
/// often closes an abbreviation ("Chris Eubank Jr. mit Ring-Rückkehr
/// …!", "U.S. envoy …"), and a line that ends in no full stop and is
/// what the HTML title says is the headline.
fn headline_like(block: &Block, named: impl FnOnce() -> bool) -> bool {
    let f = &block.features;
    let ends_ok = !f.terminal || block.text.ends_with('?') || block.text.ends_with('!');
    // A line with no letter or digit (`* * *`, a row of emoji) has an empty
    // key, which every other such line repeats and every key contains.
    !block.key.is_empty()
        && (2..=30).contains(&f.effective_words)
        && ends_ok
        && !f.ends_with_colon
        && !is_breadcrumb(block.text)
        && (f.sentences <= 1 || named())
}

/// Picks the title and subtitle and marks them in `decisions`.
pub(crate) fn choose_title(
    blocks: &[Block],
    classes: &[Class],
    decisions: &mut [Decision],
    cluster: Option<(usize, usize)>,
) {
    let Some((start, _)) = cluster else { return };
    // The page's first line is most often the HTML title ("Headline -
    // Site"): the headline is the line that says what it says. A line the
    // page merely repeats ("Photo gallery", a share label, an author box)
    // counts for less.
    let html_title = blocks.first().map(|f| (f.line, key_words(f.key)));
    let html_title_share = |b: &Block| match &html_title {
        Some((line, words)) if *line != b.line => named_share(b.key, words),
        _ => 0.0,
    };
    let headline_words = blocks.first().map(|b| headline_words(b.text)).unwrap_or_default();
    // How many different words of the HTML title's headline part a line
    // holds.
    let headline_words_in = |i: usize| {
        let mut shared: Vec<usize> = blocks[i]
            .key
            .split(' ')
            .filter_map(|w| headline_words.binary_search_by(|h| h.as_str().cmp(w)).ok())
            .collect();
        shared.sort_unstable();
        shared.dedup();
        shared.len()
    };
    // A line the HTML title names says its headline part, not only the
    // site's name ("Harry Potter Wiki" of "Water-Making Spell - Harry
    // Potter Wiki").
    let says_the_headline = |i: usize| headline_words_in(i) >= headline_words.len().clamp(1, 2);
    // A line's score as the title and the share of it the HTML title
    // names; `None` when it cannot be the title. A line `far` from the
    // article must be named and say the headline.
    let candidate = |i: usize, far: bool| -> Option<(f32, f32)> {
        let b = &blocks[i];
        // Chrome lines are not titles, nor is a standalone date or label.
        if matches!(decisions[i], Decision::Meta(_)) || classes[i] == Class::Chrome {
            return None;
        }
        let share = std::cell::OnceCell::new();
        let named = || *share.get_or_init(|| html_title_share(b));
        if !headline_like(b, || named() >= STRONG_SHARE) {
            return None;
        }
        let named = named();
        if far && (named < STRONG_SHARE || (start - i > FAR_TITLE_WINDOW && !says_the_headline(i))) {
            return None;
        }
        let repeated = named >= STRONG_SHARE || blocks.iter().enumerate().any(|(j, o)| j != i && o.key == b.key);
        // A member of a menu or teaser list is a title only if the page repeats it.
        if decisions[i] == Decision::Drop(crate::decide::LINK_LIST) && !repeated {
            return None;
        }
        // Two words are a label as often as a headline ("Photo gallery",
        // "Top stories"), and labels repeat: only longer lines gain from
        // being repeated.
        let mut score = 4.0 * named;
        if repeated && b.features.effective_words >= 3 {
            score += 1.5;
        }
        if b.features.effective_words >= 4 {
            score += 1.0;
        }
        // Headlines are followed by their byline, date or standfirst.
        let followed_by_meta = (i + 1..(i + 6).min(blocks.len()))
            .any(|j| matches!(decisions[j], Decision::Meta(_) | Decision::Drop("relative-time" | "timestamp")));
        // A standfirst set apart before the body (the body's own first
        // paragraph does not count: every line before a body is followed by it).
        let next_content =
            (i + 1..start).find(|&j| classes[j] != Class::Chrome && !matches!(decisions[j], Decision::Meta(_)));
        let followed_by_dek =
            next_content.is_some_and(|j| blocks[j].features.terminal && blocks[j].features.effective_words >= 8);
        if followed_by_meta {
            score += 1.0;
        }
        if followed_by_dek {
            score += 1.0;
        }
        // Nearer the article is likelier; every block in between costs,
        // up to what a named headline is worth.
        score -= (0.08 * (start - i) as f32).min(2.0);
        Some((score, named))
    };
    let mut best: Option<(f32, usize, bool)> = None;
    // Whether a line before the article is one the HTML title names.
    let mut named_before = false;
    let mut consider = |i: usize, score: f32| {
        if best.is_none_or(|(s, _, _)| score > s) {
            // Its byline or date right under it, as a headline has.
            let over_meta = matches!(decisions.get(i + 1), Some(Decision::Meta(_)));
            best = Some((score, i, over_meta));
        }
    };
    let first = start.saturating_sub(TITLE_WINDOW);
    for i in first..start {
        if let Some((score, named)) = candidate(i, false) {
            named_before |= named >= STRONG_SHARE && says_the_headline(i);
            consider(i, score);
        }
    }
    // With none named near the article, a headline the HTML title names
    // may stand anywhere before it: behind a share bar, a gallery, a table
    // of contents, or above the article's first span when that is not its
    // main one. Beyond `FAR_TITLE_WINDOW` blocks it must say the HTML
    // title's headline part. The nearest such line wins a tie.
    if !named_before {
        for i in (0..first).rev() {
            if let Some((score, _)) = candidate(i, true) {
                named_before = true;
                consider(i, score);
            }
        }
    }
    let best = best.filter(|&(score, title, _)| score >= 0.0 || blocks[title].features.effective_words >= 4);
    // With no line before the article that the HTML title names, the
    // headline it names may have been taken into the article's span. It
    // replaces a line chosen before the span only when that line has no
    // byline or date right under it, as a headline has.
    let named_inside = |i: usize| !named_before && html_title_share(&blocks[i]) >= STRONG_SHARE;
    // Two different words: a site's blurb repeats its own name.
    let about_the_title = |i: usize| headline_words_in(i) >= 2;
    let inside = match best {
        // The page's first line itself, the HTML title with the site's
        // name, yields to any line it names.
        None | Some((_, 0, _)) => {
            headline_inside(blocks, classes, decisions, start, named_inside, about_the_title, false)
        }
        Some((_, _, false)) if !named_before => {
            headline_inside(blocks, classes, decisions, start, named_inside, about_the_title, true)
        }
        Some(_) => None,
    };
    let Some(title) = inside.or(best.map(|(_, title, _)| title)) else {
        return;
    };
    decisions[title] = Decision::Title;
    // A repeated copy of the title right after it is chrome, not a subheading.
    let title_key = blocks[title].key;

    // The subtitle: the first prose-like line after the title, if the body
    // does not start with it, or the cluster's first block when chrome
    // separates it from the rest of the body.
    let next_content = |from: usize| {
        (from..blocks.len()).find(|&j| !matches!(decisions[j], Decision::Meta(_)) && classes[j] != Class::Chrome)
    };
    let Some(cand) = next_content(title + 1) else { return };
    let b = &blocks[cand];
    let sentence = (b.features.terminal || lost_its_full_stop(b))
        && b.features.effective_words >= 6
        && b.features.effective_words <= 80;
    if !sentence || b.key == title_key {
        return;
    }
    // A standfirst is a sentence or two; a longer paragraph under the
    // title is the article's first paragraph (a blog post's opening, a
    // lede set apart by a share bar), body even outside the cluster.
    if b.features.effective_words > MAX_STANDFIRST_WORDS || b.features.sentences > 2 {
        decisions[cand] = Decision::Body;
        return;
    }
    if cand < start {
        decisions[cand] = Decision::Subtitle;
        return;
    }
    if cand == start && decisions[cand] == Decision::Body {
        let after = cand + 1;
        let separated = after < blocks.len()
            && (matches!(decisions[after], Decision::Meta(_) | Decision::Drop(_)) || blocks[after].key == title_key);
        let more_body = decisions[after.min(blocks.len())..].contains(&Decision::Body);
        if separated && more_body {
            decisions[cand] = Decision::Subtitle;
        }
    }
}

/// Whether a line under the title is a standfirst whose full stop the
/// page dropped, as templates of deks do ("Rain and snow in the south,
/// fine weather returns within hours"): twelve words or more in sentence
/// case. A headline is shorter or in title case, and a line of dates and
/// times ("von Jane Doe, erstellt am 01.01.23 um 08:35, geändert am
/// 01.01.23 um 08:35") has a digit for every four letters or more.
fn lost_its_full_stop(block: &Block) -> bool {
    const MIN_WORDS: usize = 12;
    let f = &block.features;
    !f.terminal && f.effective_words >= MIN_WORDS && f.title_case_ratio < 0.5 && f.digits * 4 < f.letters
}

/// How many blocks before the article's first line (its title, most
/// often) and after its last paragraph its own date or byline may stand.
const META_BEFORE: usize = 2;
const META_AFTER: usize = 10;

/// A headline at the top of the article span, when none stands before it
/// (or none the HTML title names): a teaser paragraph above the menu
/// ("Breaking" and a blurb), or a site's blurb, can join the span, and the
/// headline under it then looks like one of the span's list items or
/// unpunctuated lines. A headline-like line among the span's first
/// blocks, dropped or kept for its context and no paragraph itself (not
/// chrome a rule named: "Read more: …"), is where the article starts:
/// - when `named` (by the HTML title): the paragraphs above it are not
///   the article's unless one is `about_the_title` (shares two words
///   with its headline: a blog post's opening above its first heading)
///   and does not open with the headline itself (the article's own
///   teaser, in a list of teasers above it);
///   a question the HTML title names is a headline even though it reads
///   as a sentence;
/// - when it was taken for a list's item and stands between chrome and
///   its byline or date: the paragraphs above it are another story's.
///
/// When it `replaces_a_title` chosen before the span, only a named line
/// with no opening above it is taken.
fn headline_inside(
    blocks: &[Block],
    classes: &[Class],
    decisions: &mut [Decision],
    start: usize,
    named: impl Fn(usize) -> bool,
    about_the_title: impl Fn(usize) -> bool,
    replaces_a_title: bool,
) -> Option<usize> {
    // A list of ten teasers fits above the headline.
    const FIRST_BLOCKS: usize = 12;
    let end = (start + FIRST_BLOCKS).min(blocks.len().saturating_sub(1));
    let headline = |i: usize| headline_like(&blocks[i], || named(i)) && blocks[i].features.effective_words >= 3;
    let list_item = |i: usize| decisions[i] == Decision::Drop(crate::decide::LINK_LIST);
    let under_chrome = |i: usize| {
        list_item(i) && matches!(decisions[i - 1], Decision::Drop(_)) && matches!(decisions[i + 1], Decision::Meta(_))
    };
    // Kept for its context (a short line or a subheading next to the
    // article's paragraphs) or dropped for it, not by a rule.
    let for_context = |i: usize| {
        decisions[i] == Decision::Body
            || list_item(i)
            || matches!(decisions[i], Decision::Drop(crate::decide::NOT_PROSE | crate::decide::SHORT_LINE))
    };
    let title = (start.max(1)..end).find(|&i| {
        headline(i)
            && for_context(i)
            && ((!replaces_a_title && classes[i] != Class::Good && under_chrome(i)) || named(i))
    })?;
    let opening_above = !under_chrome(title)
        && (start..title).any(|j| {
            decisions[j] == Decision::Body && about_the_title(j) && !opens_with(blocks[j].key, blocks[title].key)
        });
    // Below the article's opening, a line the HTML title names is one of
    // its subheadings, not a headline in place of the one above.
    if opening_above && replaces_a_title {
        return None;
    }
    if !opening_above {
        for d in &mut decisions[start..title] {
            if matches!(d, Decision::Body | Decision::Subtitle) {
                *d = Decision::Drop(crate::decide::OUTSIDE_ARTICLE);
            }
        }
    }
    Some(title)
}

/// Whether the words of `key` open with those of `head`, whole words.
fn opens_with(key: &str, head: &str) -> bool {
    key.strip_prefix(head).is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
}

/// Collects the metadata the rules read, before the comments if there are
/// any (after them, only a date, as a last resort): of each kind, the
/// first value by the article (from a few lines above its title to a few
/// after its last paragraph, where a blog's "Posted on" line stands), else
/// the first before it, else the first after it. The masthead's "today" and the
/// dates of the teasers after the article are most often other pages'
/// dates, but a page may have no other: they are the last resorts.
pub(crate) fn collect(verdicts: &[RuleHit], decisions: &[Decision], comments_at: Option<usize>) -> Metadata {
    // The comments (when decide found their heading) are the commenters':
    // their names and labels are not the article's author or section.
    // Their dates, like the teasers', are a last resort for a page with no
    // other.
    let comments = comments_at.unwrap_or(verdicts.len());
    let (page, after_comments) = (&verdicts[..comments], &verdicts[comments..]);
    let decisions = &decisions[..comments];
    let is_article = |d: &Decision| matches!(d, Decision::Title | Decision::Subtitle | Decision::Body);
    let zone = match (decisions.iter().position(is_article), decisions.iter().rposition(is_article)) {
        (Some(first), Some(last)) => first.saturating_sub(META_BEFORE)..(last + 1 + META_AFTER).min(page.len()),
        _ => 0..page.len(),
    };
    let mut meta = Metadata::default();
    let by_preference = page[zone.clone()].iter().chain(&page[..zone.start]).chain(&page[zone.end..]);
    for (_, verdict) in by_preference.flatten() {
        let RuleVerdict::Meta(value) = verdict else { continue };
        match &**value {
            MetaValue::Date { iso, section, byline } => {
                if meta.published.is_none() {
                    meta.published.clone_from(iso);
                }
                if meta.section.is_none() {
                    meta.section.clone_from(section);
                }
                if meta.byline.is_none() {
                    meta.byline.clone_from(byline);
                }
            }
            MetaValue::ReadTime(m) => {
                meta.read_time_minutes.get_or_insert(*m);
            }
            MetaValue::Byline(name) => {
                meta.byline.get_or_insert_with(|| name.clone());
            }
        }
    }
    if meta.published.is_none() {
        meta.published = after_comments.iter().flatten().find_map(|(_, verdict)| match verdict {
            RuleVerdict::Meta(value) => match &**value {
                MetaValue::Date { iso, .. } => iso.clone(),
                _ => None,
            },
            _ => None,
        });
    }
    meta
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A separator or a row of symbols before the article is no title,
    /// however often the page repeats it: the headline is.
    #[test]
    fn a_line_of_no_letters_is_no_title() {
        let body = "Heavy rain on Sunday washed away part of the only road into the valley, officials said on Monday.\n\
                    Crews expect to reopen one lane by the end of the week, the regional transport office said in a statement.";
        for separator in ["* * *", "— — —", "\u{1F642} \u{1F642} \u{1F642}", "■ ■"] {
            let page = format!("World\nFloods close the valley road\n{separator}\n{body}\n{separator}");
            let article = crate::Cleaner::new().clean(&page);
            assert_eq!(article.title.as_deref(), Some("Floods close the valley road"), "{separator}");
        }
    }

    const BODY: &str = "Heavy rain on Sunday washed away part of the only road into the valley, officials said on Monday.\n\
                        Crews expect to reopen one lane by the end of the week, the regional transport office said in a statement.";

    /// A label the page repeats ("Photo gallery") is no headline.
    #[test]
    fn a_repeated_label_is_no_title() {
        let page = format!("World\nFloods close the valley road\nPhoto gallery\n{BODY}\nPhoto gallery");
        assert_eq!(crate::Cleaner::new().clean(&page).title.as_deref(), Some("Floods close the valley road"));
    }

    /// The headline the HTML title names wins over a nearer line, even
    /// behind a long share bar or a table of contents of a hundred
    /// entries; the site's name in the HTML title does not make its own
    /// line a headline.
    #[test]
    fn the_headline_the_html_title_names_is_the_title() {
        let share_bar: String = (0..30).map(|i| format!("Share on network number {i}\n")).collect();
        let page = format!(
            "Floods close the valley road - Valley Post\nValley Post\nFloods close the valley road\n{share_bar}\
             Submit a story tip\nMedia playback is unsupported on your device\n{BODY}"
        );
        assert_eq!(crate::Cleaner::new().clean(&page).title.as_deref(), Some("Floods close the valley road"));
        let contents: String = (1..=100).map(|i| format!("Chapter {i} of the guide to roads\n")).collect();
        let page = format!(
            "Floods close the valley road - Valley Post\nValley Post\nFloods close the valley road\n{contents}\
             Roads and bridges of the valley\n{BODY}"
        );
        assert_eq!(crate::Cleaner::new().clean(&page).title.as_deref(), Some("Floods close the valley road"));
        assert!(named_share("valley post", &key_words("floods close the valley road valley post")) < STRONG_SHARE);
        assert_eq!(
            named_share("floods close the valley road", &key_words("floods close the valley road valley post")),
            1.0
        );
    }

    /// An HTML title with the site's name first: its headline, 30 blocks
    /// before the article, is the title.
    #[test]
    fn a_headline_after_the_sites_name_is_named() {
        let sections: String = (1..=30).map(|i| format!("Section {i}\n")).collect();
        let page = format!(
            "Valley Post | Floods close the only valley road\nValley Post\nFloods close the only valley road\n{sections}{BODY}"
        );
        assert_eq!(crate::Cleaner::new().clean(&page).title.as_deref(), Some("Floods close the only valley road"));
    }

    /// Far from the article, a line that is only the site's name is no
    /// headline, though the HTML title holds all its words; and a copy of
    /// the headline in a teaser far above loses to the one over the body.
    #[test]
    fn a_far_named_line_says_the_headline() {
        let sections: String = (1..=90).map(|i| format!("Section {i}\n")).collect();
        let fields: String = (1..=26).map(|i| format!("Field {i}\n")).collect();
        let page = format!(
            "Water-Making Spell - Harry Potter Wiki\nHarry Potter Wiki\n{sections}Water-Making Spell\n{fields}{BODY}\n{BODY}"
        );
        assert_eq!(crate::Cleaner::new().clean(&page).title.as_deref(), Some("Water-Making Spell"));
        let headline = "Floods close the only valley road after a night of heavy rain";
        let dek = "Residents of the valley are cut off from the town after the storm, and repairs may take weeks.";
        let page = format!(
            "{headline} | Valley Post\nValley Post\nTop stories\n{headline}\n2 hours ago\n{dek}\n{sections}{headline}\n{BODY}\n{BODY}"
        );
        let article = crate::Cleaner::new().clean(&page);
        assert_eq!(article.title.as_deref(), Some(headline));
        assert_eq!(article.subtitle, None);
        assert!(!article.paragraphs.iter().any(|p| p == dek), "{:?}", article.paragraphs);
    }

    /// A standfirst whose full stop the page dropped is the subtitle all
    /// the same, of one sentence or two; under the title, a line in title
    /// case (a teaser's headline) or of dates and times is none.
    #[test]
    fn a_standfirst_without_its_full_stop_is_the_subtitle() {
        let page = |line: &str| {
            format!("Floods close the valley road - Valley Post\nWorld\nFloods close the valley road\n{line}\nMarch 3, 2025\n{BODY}")
        };
        for dek in [
            "Rain and snow are expected in the south of the valley today. Fine weather returns within a few hours",
            "Rain and snow are expected in the south of the valley today and fine weather returns within hours",
        ] {
            assert_eq!(crate::Cleaner::new().clean(&page(dek)).subtitle.as_deref(), Some(dek));
        }
        for line in [
            "Rain And Snow Are Expected In The South Of The Valley Today As Fine Weather Returns",
            "Posted on 03.03.25 at 08:35, updated on 03.03.25 at 09:10 and 04.03.25 at 10:20",
        ] {
            let article = crate::Cleaner::new().clean(&page(line));
            assert_eq!(article.subtitle, None, "{line}");
            assert!(!article.paragraphs.iter().any(|p| p == line), "{:?}", article.paragraphs);
        }
    }

    /// A full stop inside a headline closes an abbreviation: the line the
    /// HTML title names is the title all the same, over the author's name
    /// under it. A line with two sentences that the HTML title does not
    /// name is no headline.
    #[test]
    fn a_named_headline_may_hold_an_abbreviation() {
        let page = format!(
            "Chris Eubank Jr. returns to the ring on Saturday! - Boxing Post\nHome\nBoxing\n\
             Chris Eubank Jr. returns to the ring on Saturday!\nBy\nPatrick Miller\nFebruary 4, 2022\n{BODY}"
        );
        assert_eq!(
            crate::Cleaner::new().clean(&page).title.as_deref(),
            Some("Chris Eubank Jr. returns to the ring on Saturday!")
        );
        // A short one, before the article's span (share buttons between).
        let page = format!(
            "Eubank Jr. returns! - Boxing Post\nHome\nBoxing\nEubank Jr. returns!\nPatrick Miller\nShare\nFacebook\n{BODY}"
        );
        assert_eq!(crate::Cleaner::new().clean(&page).title.as_deref(), Some("Eubank Jr. returns!"));
        let unnamed = format!("Boxing Post\nHome\nSt. Louis wins again. Fans cheer!\nFebruary 4, 2022\n{BODY}");
        assert_ne!(crate::Cleaner::new().clean(&unnamed).title.as_deref(), Some("St. Louis wins again. Fans cheer!"));
    }

    /// The article's own date wins over the masthead's "today" above it
    /// and a teaser's after it; a page whose only date is the masthead's
    /// still gets that one.
    #[test]
    fn the_date_is_the_articles_own() {
        let page = format!(
            "Wednesday, November 20, 2019\nHome\nWorld\nFloods close the valley road\nPublished: Nov. 19, 2019\n{BODY}\n\
             Most read\nPublished: Nov. 2, 2019"
        );
        assert_eq!(crate::Cleaner::new().clean(&page).published.as_deref(), Some("2019-11-19"));
        let page = format!("Wednesday, November 20, 2019\nHome\nWorld\nFloods close the valley road\n{BODY}");
        assert_eq!(crate::Cleaner::new().clean(&page).published.as_deref(), Some("2019-11-20"));
    }

    /// A teaser above the menu that joins the article span does not hide
    /// the headline under the menu, nor stay in the body.
    #[test]
    fn a_teaser_above_the_menu_is_not_the_article() {
        let teaser =
            "A powerful storm is expected to bring heavy rain and strong winds to the coast on Thursday night, \
                      forecasters warned, urging residents to prepare for flooding and power cuts.";
        let page = format!(
            "Breaking\n{teaser}\nHome\nWorld\nSport\nFloods close the valley road\nBy Anna Berg\n{BODY}\n{BODY}"
        );
        let article = crate::Cleaner::new().clean(&page);
        assert_eq!(article.title.as_deref(), Some("Floods close the valley road"));
        assert_eq!(article.byline.as_deref(), Some("Anna Berg"));
        assert!(!article.paragraphs.iter().any(|p| p == teaser), "{:?}", article.paragraphs);
    }

    /// A site's blurb that joins the article span does not hide the
    /// headline under it that the HTML title names, nor stay in the body.
    #[test]
    fn the_named_headline_inside_the_span_is_the_title() {
        let headline = "Floods close the only valley road after a night of heavy rain";
        let blurb = "News: information based on facts and checked at first hand by the reporter, or reported and \
                     checked by expert sources.";
        let page =
            format!("{headline} | Valley Post\nHome\nWorld\nSport\nSubscribe\n{blurb}\n{headline}\n{BODY}\n{BODY}");
        let article = crate::Cleaner::new().clean(&page);
        assert_eq!(article.title.as_deref(), Some(headline));
        assert!(!article.paragraphs.iter().any(|p| p == blurb), "{:?}", article.paragraphs);
        // A blurb that names the site (and so repeats a word of the
        // headline) is not about it either.
        let blurb =
            "The Valley Post is an independent newsroom that has served the towns of the upper valley since 1921.";
        let page =
            format!("{headline} | Valley Post\nHome\nWorld\nSport\nSubscribe\n{blurb}\n{headline}\n{BODY}\n{BODY}");
        let article = crate::Cleaner::new().clean(&page);
        assert_eq!(article.title.as_deref(), Some(headline));
        assert!(!article.paragraphs.iter().any(|p| p == blurb), "{:?}", article.paragraphs);
        // An opening about what the HTML title names is the article's.
        let opening = "Back from the valley and still wet: here is what the heavy rain did to the only road in.";
        let page =
            format!("{headline} | Valley Post\nHome\nWorld\nSport\nSubscribe\n{opening}\n{headline}\n{BODY}\n{BODY}");
        let article = crate::Cleaner::new().clean(&page);
        assert_eq!(article.title.as_deref(), Some(headline));
        assert_eq!(article.paragraphs.first().map(String::as_str), Some(opening));
        // A question the HTML title names is the headline, not a paragraph.
        let question = "Will the valley road ever reopen after the heavy rain?";
        let page = format!("{question} - Valley Post\nHome\nWorld\nSport\nSubscribe\n{question}\n{BODY}\n{BODY}");
        let article = crate::Cleaner::new().clean(&page);
        assert_eq!(article.title.as_deref(), Some(question));
        assert!(!article.paragraphs.iter().any(|p| p == question), "{:?}", article.paragraphs);
    }

    /// A list of teasers above the headline (a headline and its lede on
    /// each line) is other stories', the article's own teaser among them:
    /// that one opens with the headline itself, and is no opening about
    /// it.
    #[test]
    fn teasers_above_the_named_headline_are_not_the_article() {
        let headline = "Floods close the only valley road after a night of heavy rain";
        let teasers = [
            "Council approves the new school budget VALLEY TOWN: The council voted on Monday to fund two more teachers.",
            "Farmers count the cost of the wet summer HILLSIDE: Hay prices doubled after the rains, growers said.",
            "New bridge opens to traffic next week RIVERTON: The bridge, three years in the making, opens on Friday.",
            "Floods close the only valley road after a night of heavy rain VALLEY TOWN: The only road into the \
             valley was closed on Sunday after heavy rain.",
            "Library extends its opening hours NORTHFIELD: The library will open on Sundays from next month on.",
            "Hospital hires twelve nurses for the winter VALLEY TOWN: The hospital hired twelve nurses for winter.",
            "Bus line to the airport is cut back HILLSIDE: Two of the four daily buses to the airport will stop.",
            "School choir wins the regional contest RIVERTON: The choir of the high school won the contest again.",
            "Police warn of fake charity callers NORTHFIELD: Callers claim to collect for the flood victims, police say.",
            "Storm damage repairs to start in spring VALLEY TOWN: Repairs of the storm damage will start in spring.",
        ]
        .join("\n");
        let page = format!(
            "{headline} | Valley Post\nHome\nWorld\nSport\nSubscribe\nBreaking News\n{teasers}\n{headline}\n\
             November 20, 2019\n{BODY}\n{BODY}"
        );
        let article = crate::Cleaner::new().clean(&page);
        assert_eq!(article.title.as_deref(), Some(headline));
        assert_eq!(article.paragraphs.first().map(String::as_str), BODY.lines().next(), "{:?}", article.paragraphs);
        // The teaser opens with the headline's words, whole.
        assert!(opens_with("floods close the road after rain", "floods close the road"));
        assert!(opens_with("floods close the road", "floods close the road"));
        assert!(!opens_with("floods close the roads after rain", "floods close the road"));
    }

    /// A headline with its byline right under it stays the title, though
    /// the HTML title names a subheading below it better.
    #[test]
    fn a_headline_over_its_byline_stays_the_title() {
        let page = "How the floods closed the valley road | Valley Post\nHome\nNews\n\
                    Floods cut off the upper valley for a week\nBy Jane Doe\n\
                    Rain began shortly after midnight on Sunday and did not stop until the morning, when residents woke to water in their kitchens.\n\
                    Emergency crews worked through the day to pump out basements and move elderly people to a school gym on higher ground.\n\
                    How the floods closed the road\n\
                    The river burst its banks in three places, and by noon the only route out of the valley was under a metre of water.\n\
                    Officials said it would take at least a week to clear the debris and check the bridges for damage before traffic could resume.";
        let article = crate::Cleaner::new().clean(page);
        assert_eq!(article.title.as_deref(), Some("Floods cut off the upper valley for a week"));
        assert_eq!(article.paragraphs.len(), 5, "{:?}", article.paragraphs);
    }

    /// A commenter's dated byline after the comments heading is not the
    /// article's author, and the comment is not its body; its date is a
    /// last resort, as a teaser's is.
    #[test]
    fn a_comment_header_is_not_the_articles() {
        let page = format!(
            "Floods close the valley road | Valley Post\nHome\nFloods close the valley road\n{BODY}\n\
                            The central bank will publish its next survey in the spring, when officials expect the roads to be repaired.\n\
                            Economists said the figures pointed to slower growth in the valley in the first half of the year.\n\
                            Leave a Reply\nPosted by Bob Smith on March 4, 2025 at 9:00 am\n\
                            I agree with the author about the outlook for the valley this year."
        );
        let article = crate::Cleaner::new().clean(&page);
        assert_eq!((article.published.as_deref(), article.byline), (Some("2025-03-04"), None));
        assert!(!article.paragraphs.iter().any(|p| p.starts_with("I agree")), "{:?}", article.paragraphs);
    }

    /// A trail of sections is no headline; French quotes are no trail.
    #[test]
    fn breadcrumbs_are_no_headlines() {
        for line in [
            "Hauptseite » 2010 » Oktober » 26 » Briefe",
            "Home ›› Politik im Überblick ›› Politik",
            "Sie sind hier: Home » Europa » Deutschland » Emden",
            "Home > News > Floods close the valley road",
        ] {
            assert!(is_breadcrumb(line), "{line}");
            let page = format!("Floods close the valley road - Valley Post\nHome\n{line}\n{BODY}");
            assert_ne!(crate::Cleaner::new().clean(&page).title.as_deref(), Some(line));
        }
        for line in [
            "Home » Politik",
            "La « moralisation » selon « Le Monde » et « Libération »",
            "The index fell. Traders sold » Bonds rallied » Gold was flat",
            "Growth > inflation",
        ] {
            assert!(!is_breadcrumb(line), "{line}");
        }
    }

    /// A standfirst is a sentence or two; three sentences under the title
    /// are the article's first paragraph.
    #[test]
    fn three_sentences_under_the_title_are_body() {
        let lede = "New York is the centre of the outbreak. Sport has stopped too. The leagues mourn their dead.";
        let page = format!("Home\nSport in the time of the virus\nShare\n{lede}\nAdvertisement\n{BODY}");
        let article = crate::Cleaner::new().clean(&page);
        assert_eq!(article.subtitle, None);
        assert_eq!(article.paragraphs.first().map(String::as_str), Some(lede));
    }
}
