//! Stage 7 — meta: title, subtitle and the metadata read off chrome lines.
//!
//! Input: blocks, rule verdicts and decisions. Output: the title (the
//! headline-like line nearest before the article, preferring one the page
//! repeats or carries in its first line, the HTML title), the subtitle (a
//! standfirst between the title and the body, set apart from the body by
//! chrome), and the date, section, byline and read time the rules read.
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

/// The most words of a standfirst (news sites' deks run 10 to 25).
const MAX_STANDFIRST_WORDS: usize = 30;

fn headline_like(block: &Block) -> bool {
    let f = &block.features;
    let ends_ok = !f.terminal || block.text.ends_with('?') || block.text.ends_with('!');
    // A line with no letter or digit (`* * *`, a row of emoji) has an empty
    // key, which every other such line repeats and every key contains.
    !block.key.is_empty() && (2..=30).contains(&f.effective_words) && ends_ok && f.sentences <= 1 && !f.ends_with_colon
}

/// Picks the title and subtitle and marks them in `decisions`.
pub(crate) fn choose_title(
    blocks: &[Block],
    classes: &[Class],
    decisions: &mut [Decision],
    cluster: Option<(usize, usize)>,
) {
    let Some((start, _)) = cluster else { return };
    let first = start.saturating_sub(TITLE_WINDOW);
    let mut best: Option<(f32, usize)> = None;
    for i in first..start {
        let b = &blocks[i];
        // Chrome lines are not titles, nor is a standalone date or label.
        if matches!(decisions[i], Decision::Meta(_)) || classes[i] == Class::Chrome || !headline_like(b) {
            continue;
        }
        let repeated = blocks.iter().enumerate().any(|(j, o)| j != i && o.key == b.key)
            || blocks.first().is_some_and(|f| f.line != b.line && f.key.len() > b.key.len() && f.key.contains(b.key));
        // A member of a menu or teaser list is a title only if the page repeats it.
        if decisions[i] == Decision::Drop(crate::decide::LINK_LIST) && !repeated {
            continue;
        }
        let mut score = 0.0;
        if repeated {
            score += 3.0;
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
        // Nearer the article is likelier; every block in between costs.
        score -= 0.08 * (start - i) as f32;
        if best.is_none_or(|(s, _)| score > s) {
            best = Some((score, i));
        }
    }
    let Some((score, title)) = best else { return };
    if score < 0.0 && blocks[title].features.effective_words < 4 {
        return;
    }
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
    let sentence = b.features.terminal && b.features.effective_words >= 6 && b.features.effective_words <= 80;
    if !sentence || b.key == title_key {
        return;
    }
    // A standfirst is a sentence or two; a longer paragraph under the
    // title is the article's first paragraph (a blog post's opening, a
    // lede set apart by a share bar), body even outside the cluster.
    if b.features.effective_words > MAX_STANDFIRST_WORDS {
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

/// Collects the metadata the rules read, first value of each kind wins.
pub(crate) fn collect(verdicts: &[RuleHit]) -> Metadata {
    let mut meta = Metadata::default();
    for (_, verdict) in verdicts.iter().flatten() {
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
    meta
}

#[cfg(test)]
mod tests {
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
}
