//! Stage 3 — blocks: normalized lines to blocks with their features.
//!
//! Input: normalized lines. Output: one [`Block`] per non-blank line, in
//! order, with every feature the later stages need computed once here:
//! length in words and characters (CJK measured in characters), terminal
//! punctuation, stopword density for the document's language, commas,
//! capitalization, digits, and a normalized key for duplicate detection.

use crate::chars;
use crate::lang::{self, StopwordTable};
use crate::normalize::Line;

/// A non-blank line of the page and its features.
#[derive(Debug, Clone)]
pub(crate) struct Block {
    /// 1-based input line number.
    pub line: usize,
    pub text: String,
    /// Lowercase text, for phrase matching.
    pub lower: String,
    pub features: Features,
    /// Letters and digits only, lowercased; equal keys mean duplicate blocks.
    pub key: String,
    /// Where in `key` each sentence ends (see [`key_and_sentences`]).
    pub sentence_ends: Vec<u32>,
}

/// Features of one block, computed once.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Features {
    /// Whitespace-separated words.
    pub words: usize,
    pub chars: usize,
    /// Han, kana and Hangul characters: scripts written without spaces.
    pub cjk_chars: usize,
    /// Words for length decisions: space-separated words plus CJK
    /// characters at about two characters a word.
    pub effective_words: usize,
    /// Ends in sentence punctuation (., !, ?, …, 。, ؟ …), quotes aside.
    pub terminal: bool,
    /// Sentence ends inside the line.
    pub sentences: usize,
    pub commas: usize,
    pub digits: usize,
    pub letters: usize,
    pub uppercase: usize,
    /// Share of words (of two or more letters) that start with a capital.
    pub title_case_ratio: f32,
    /// Stopwords of the document's language per word; 0 when unknown.
    pub stop_ratio: f32,
    pub ends_with_colon: bool,
}

/// Document-level facts gathered while building blocks.
#[derive(Debug, Clone, Default)]
pub(crate) struct DocumentInfo {
    /// Index into [`lang::LANGUAGES`].
    pub language: Option<usize>,
    /// Most of the page is CJK script.
    pub cjk: bool,
}

/// Builds blocks from lines, detecting the document's language on the way.
pub(crate) fn build(lines: Vec<Line>, stopwords: &StopwordTable) -> (Vec<Block>, DocumentInfo) {
    let mut blocks = Vec::with_capacity(lines.len() / 2 + 1);
    let mut counts = [0u32; 64];
    let mut total_words = 0usize;
    // Every block's words' language sets, one after another; block `i`'s
    // are `stop_sets[ranges[i].0..ranges[i].1]` (one allocation per page).
    // Sized for a word per six bytes, so it seldom regrows (and copies).
    let mut stop_sets: Vec<u64> = Vec::with_capacity(lines.iter().map(|l| l.text.len()).sum::<usize>() / 6);
    let mut ranges: Vec<(usize, usize)> = Vec::with_capacity(lines.len());
    for line in lines {
        if line.text.is_empty() {
            continue;
        }
        let start = stop_sets.len();
        let lower = if line.text.is_ascii() {
            let lower = line.text.to_ascii_lowercase();
            stop_sets.extend(lang::ascii_words(&lower).map(|w| stopwords.languages_of(w)));
            lower
        } else {
            let lower = lowercase(&line.text);
            stop_sets.extend(lang::words(&lower).map(|w| stopwords.languages_of(w)));
            lower
        };
        total_words += stop_sets.len() - start;
        for set in &stop_sets[start..] {
            let mut s = *set;
            while s != 0 {
                counts[s.trailing_zeros() as usize] += 1;
                s &= s - 1;
            }
        }
        let features = measure(&line.text);
        let (key, sentence_ends) = key_and_sentences(&lower);
        blocks.push(Block { line: line.number, text: line.text, lower, features, key, sentence_ends });
        ranges.push((start, stop_sets.len()));
    }
    // The language of the page's sentences, when it has enough of them:
    // menus, footers and comment widgets are often in another language
    // (English chrome on a German blog) and outnumber a short article.
    let mut prose_counts = [0u32; 64];
    let mut prose_words = 0usize;
    for (block, &(start, end)) in blocks.iter().zip(&ranges) {
        if block.features.terminal && block.features.words >= 8 {
            prose_words += end - start;
            for set in &stop_sets[start..end] {
                let mut s = *set;
                while s != 0 {
                    prose_counts[s.trailing_zeros() as usize] += 1;
                    s &= s - 1;
                }
            }
        }
    }
    let language =
        if prose_words >= 20 { lang::detect(&prose_counts, prose_words) } else { lang::detect(&counts, total_words) };
    let cjk_chars: usize = blocks.iter().map(|b| b.features.cjk_chars).sum();
    let letters: usize = blocks.iter().map(|b| b.features.letters).sum();
    if let Some(bit) = language {
        for (block, &(start, end)) in blocks.iter_mut().zip(&ranges) {
            let sets = &stop_sets[start..end];
            let hits = sets.iter().filter(|s| *s & (1 << bit) != 0).count();
            if !sets.is_empty() {
                block.features.stop_ratio = hits as f32 / sets.len() as f32;
            }
        }
    }
    let info = DocumentInfo { language, cjk: cjk_chars * 3 > letters.max(1) };
    (blocks, info)
}

/// `str::to_lowercase`, with ASCII characters lowered in place: the standard
/// one looks every character after the first non-ASCII one up in the Unicode
/// tables, and most characters of a non-ASCII line (a curly quote, an
/// accented name) are still ASCII.
pub(crate) fn lowercase(text: &str) -> String {
    // Σ lowers by context (final ς); leave that to the standard library.
    if text.contains('Σ') {
        return text.to_lowercase();
    }
    let mut lower = String::with_capacity(text.len());
    for c in text.chars() {
        chars::push_lowercase(c, &mut lower);
    }
    lower
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF | 0x20000..=0x2FFFF)
}

/// Closing characters that may follow the sentence's last punctuation.
fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '»' | '«' | ')' | ']' | '」' | '』' | '）' | '*' | '“')
}

pub(crate) fn is_sentence_end(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '。' | '！' | '？' | '؟' | '।' | '۔' | '．')
}

/// Computes the features of one line of text.
pub(crate) fn measure(text: &str) -> Features {
    let mut f = Features::default();
    let mut capitalized = 0usize;
    let mut long_words = 0usize;
    if text.is_ascii() {
        // The same counts over bytes: for ASCII, alphabetic, uppercase and
        // sentence ends are their ASCII forms, and nothing is CJK.
        let bytes = text.as_bytes();
        for word in bytes.split(|&b| b == b' ') {
            if word.is_empty() {
                continue;
            }
            f.words += 1;
            let mut letters = word.iter().filter(|b| b.is_ascii_alphabetic());
            if let (Some(first), Some(_)) = (letters.next(), letters.next()) {
                long_words += 1;
                if first.is_ascii_uppercase() {
                    capitalized += 1;
                }
            }
        }
        let mut previous = 0u8;
        for &b in bytes {
            if b.is_ascii_alphabetic() {
                f.letters += 1;
                if b.is_ascii_uppercase() {
                    f.uppercase += 1;
                }
            } else if b.is_ascii_digit() {
                f.digits += 1;
            } else if b == b',' {
                f.commas += 1;
            } else if b == b' ' && matches!(previous, b'.' | b'!' | b'?') {
                f.sentences += 1;
            }
            previous = b;
        }
        f.chars = bytes.len();
        return finish(text, f, capitalized, long_words);
    }
    measure_chars(text)
}

/// [`measure`] for any text, char by char.
fn measure_chars(text: &str) -> Features {
    let mut f = Features::default();
    let mut capitalized = 0usize;
    let mut long_words = 0usize;
    let mut previous: Option<char> = None;
    for word in text.split(' ') {
        if word.is_empty() {
            continue;
        }
        f.words += 1;
        let mut letters = word.chars().filter(|&c| chars::is_alphabetic(c));
        if let (Some(first), Some(_)) = (letters.next(), letters.next()) {
            long_words += 1;
            if chars::is_uppercase(first) {
                capitalized += 1;
            }
        }
    }
    for c in text.chars() {
        f.chars += 1;
        if c.is_ascii() {
            // The same branches as below, without Unicode tables.
            if c.is_ascii_alphabetic() {
                f.letters += 1;
                if c.is_ascii_uppercase() {
                    f.uppercase += 1;
                }
            } else if c.is_ascii_digit() {
                f.digits += 1;
            } else if c == ',' {
                f.commas += 1;
            } else if c == ' ' && previous.is_some_and(is_sentence_end) {
                f.sentences += 1;
            }
        } else if chars::is_alphabetic(c) {
            f.letters += 1;
            if chars::is_uppercase(c) {
                f.uppercase += 1;
            }
            if is_cjk(c) {
                f.cjk_chars += 1;
            }
        } else if c.is_ascii_digit() {
            f.digits += 1;
        } else if c == ',' || c == '、' || c == '，' {
            f.commas += 1;
        } else if (c == ' ' && previous.is_some_and(is_sentence_end)) || is_cjk_sentence_end(c) {
            f.sentences += 1;
        }
        previous = Some(c);
    }
    finish(text, f, capitalized, long_words)
}

/// The features that look at the line's end, and the ratios.
fn finish(text: &str, mut f: Features, capitalized: usize, long_words: usize) -> Features {
    let tail = text.trim_end_matches(|c: char| is_closer(c) || c == ' ');
    f.terminal = tail.ends_with(is_sentence_end);
    f.ends_with_colon = tail.ends_with(':') || tail.ends_with('：');
    if f.terminal {
        f.sentences += 1;
    }
    f.title_case_ratio = if long_words > 0 { capitalized as f32 / long_words as f32 } else { 0.0 };
    // CJK text has no spaces: count about one word per two characters.
    let cjk_words = f.cjk_chars / 2;
    f.effective_words = if cjk_words > 0 { f.words.saturating_sub(1) + cjk_words } else { f.words };
    f
}

fn is_cjk_sentence_end(c: char) -> bool {
    matches!(c, '。' | '！' | '？')
}

/// Lowercase letters and digits only, separated by single spaces: two blocks
/// with the same key say the same thing. (Blocks get theirs from
/// [`key_and_sentences`]; this names the definition the tests check.)
#[cfg(test)]
pub(crate) fn dedup_key(lower: &str) -> String {
    key_and_sentences(lower).0
}

/// [`dedup_key`], and where in it each sentence of the text ends.
///
/// A sentence ends at a sentence-ending character ([`is_sentence_end`]) or
/// at the end of the text; sentence-ending characters are never part of a
/// word, so the text's key is its sentences' keys joined by spaces, and
/// each sentence's key is the slice of the text's key between two recorded
/// ends (less the joining space). The dedup stage keys sentences from these
/// without reading the text again.
pub(crate) fn key_and_sentences(lower: &str) -> (String, Vec<u32>) {
    // The words of `lang::words` (runs of alphanumerics and apostrophes
    // with at least one alphanumeric), their alphanumerics only, joined by
    // one space; in one pass. ASCII text into bytes: pushing a byte is
    // far cheaper than pushing a `char`, and most text is ASCII.
    let mut ends = Vec::new();
    let mut in_word = false;
    if lower.is_ascii() {
        let mut key = Vec::with_capacity(lower.len());
        for &b in lower.as_bytes() {
            if b.is_ascii_alphanumeric() {
                if !in_word {
                    if !key.is_empty() {
                        key.push(b' ');
                    }
                    in_word = true;
                }
                key.push(b);
            } else if b != b'\'' {
                in_word = false;
                if matches!(b, b'.' | b'!' | b'?') {
                    ends.push(key.len() as u32);
                }
            }
        }
        if !lower.ends_with(['.', '!', '?']) && !lower.is_empty() {
            ends.push(key.len() as u32);
        }
        return (String::from_utf8(key).expect("ASCII is UTF-8"), ends);
    }
    // Otherwise into a `String`, a `char` at a time: copying each
    // character's encoding into bytes cost a `memcpy` call per character,
    // and checking the bytes were UTF-8 a second pass.
    let mut key = String::with_capacity(lower.len());
    for c in lower.chars() {
        if chars::is_alphanumeric(c) {
            if !in_word {
                if !key.is_empty() {
                    key.push(' ');
                }
                in_word = true;
            }
            key.push(c);
        } else if c != '\'' && c != '’' {
            in_word = false;
            if is_sentence_end(c) {
                ends.push(key.len() as u32);
            }
        }
    }
    if !lower.ends_with(is_sentence_end) && !lower.is_empty() {
        ends.push(key.len() as u32);
    }
    (key, ends)
}

/// The keys of the sentences of a text, given its key and sentence ends
/// from [`key_and_sentences`]: what [`dedup_key`] gives for each piece of
/// `lower.split_inclusive(is_sentence_end)`.
pub(crate) fn sentence_keys<'k>(key: &'k str, ends: &'k [u32]) -> impl Iterator<Item = &'k str> {
    let mut start = 0;
    ends.iter().map(move |&end| {
        let piece = &key[start..end as usize];
        start = end as usize;
        piece.strip_prefix(' ').unwrap_or(piece)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terminal_punctuation_is_unicode_wide() {
        for line in ["He left.", "Really?", "\"Go home,\" she said.", "Ende.»", "終わりです。", "Wait…", "(He agreed.)"]
        {
            assert!(measure(line).terminal, "{line}");
        }
        for line in ["Explore", "Top US, Pakistan diplomats discuss regional issues", "Read more:"] {
            assert!(!measure(line).terminal, "{line}");
        }
    }

    #[test]
    fn cjk_is_measured_in_characters() {
        let f = measure("東京都は来週から市内の道路を一時的に閉鎖すると発表しました。");
        assert_eq!(f.words, 1);
        assert!(f.effective_words >= 12, "{f:?}");
        assert!(f.terminal);
    }

    #[test]
    fn ascii_fast_path_measures_the_same() {
        for line in [
            "He left. She stayed, then left!  Why? ",
            "Border Patrol Gunfire In Portland",
            "a  b",
            "",
            " x ",
            "(He agreed.)",
            "Read more:",
            "3 min read",
            "x1 Y2 zz",
        ] {
            assert_eq!(measure(line), measure_chars(line), "{line:?}");
        }
    }

    #[test]
    fn lowercase_is_the_standard_one() {
        for text in ["Ünïcödé ÀND ASCII", "ΟΔΥΣΣΕΥΣ Σ", "İstanbul", "It’s “Quoted”", "ẞ straße", "東京 ABC"]
        {
            assert_eq!(lowercase(text), text.to_lowercase(), "{text:?}");
        }
    }

    #[test]
    fn title_case_ratio() {
        assert!(measure("Border Patrol Gunfire In Portland").title_case_ratio > 0.99);
        assert!(measure("the dog ran home to its owner").title_case_ratio < 0.01);
    }

    #[test]
    fn keys_ignore_case_and_punctuation() {
        assert_eq!(dedup_key("top us, pakistan diplomats!"), dedup_key("top us pakistan diplomats"));
    }

    #[test]
    fn keys_are_the_words_alphanumerics() {
        for s in ["top us, pakistan diplomats!", "'quoted' it’s l'état ''", "a-b c--d 12.5 ’x’", "", "  ", "東京 都"]
        {
            let words: Vec<String> =
                lang::words(s).map(|w| w.chars().filter(|c| c.is_alphanumeric()).collect()).collect();
            assert_eq!(dedup_key(s), words.join(" "), "{s:?}");
        }
    }

    #[test]
    fn sentence_keys_are_the_pieces_keys() {
        for s in [
            "one two. three four! five? six",
            "ends with a stop.",
            "...",
            "",
            "no end here",
            "a.b.c. d",
            "¿qué pasó? nada… bueno。 終わり",
            "'quoted.' it’s. ''",
            " . x",
        ] {
            let (key, ends) = key_and_sentences(s);
            let pieces: Vec<String> = s.split_inclusive(is_sentence_end).map(dedup_key).collect();
            assert_eq!(sentence_keys(&key, &ends).collect::<Vec<_>>(), pieces, "{s:?}");
        }
    }

    #[test]
    fn language_is_the_sentences_language() {
        // English widgets outnumber a short German post; its sentences decide.
        let page =
            "Home\nAbout the author\nNo Response so far\nLeave a comment on this post\nComments RSS for this site\n\
                    Es ist schon einige Zeit her, als er auf die Welt kam, und nun ist auch sie da.\n\
                    So sah es aus, als er die Kleine das erste Mal sah und mit ihr sprach.\n\
                    Posted in the category of my private life and the things of the world\n\
                    Archives of the blog for the year and the month";
        let (_, info) = build(crate::normalize::lines(page), &StopwordTable::new());
        assert_eq!(info.language.map(|l| lang::LANGUAGES[l]), Some("de"));
    }

    #[test]
    fn blank_lines_make_no_blocks() {
        let lines = crate::normalize::lines("a\nb\n\nc");
        let (blocks, _) = build(lines, &StopwordTable::new());
        let numbers: Vec<usize> = blocks.iter().map(|b| b.line).collect();
        assert_eq!(numbers, [1, 2, 4]);
    }
}
