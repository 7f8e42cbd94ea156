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
use std::ops::Range;

/// A non-blank line of the page and its features. Its strings are slices
/// of the [`Page`]'s buffers, so building blocks allocates per page, not
/// per line.
#[derive(Debug, Clone)]
pub(crate) struct Block<'p> {
    /// 1-based input line number.
    pub line: usize,
    pub text: &'p str,
    /// Lowercase text, for phrase matching.
    pub lower: &'p str,
    /// The line's features, in the [`Page`]'s rows: a reference, not a
    /// copy, so that a block is half the size to build and to walk.
    pub features: &'p Features,
    /// Letters and digits only, lowercased; equal keys mean duplicate blocks.
    pub key: &'p str,
    /// Where in `key` each sentence ends (see [`scan_line`]).
    pub sentence_ends: &'p [u32],
}

/// Features of one block, computed once.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
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
    /// Ends in a pictograph (🙂, 👍), as informal writing ends a sentence.
    pub ends_with_emoji: bool,
    /// The ASCII characters other than letters and digits that the line
    /// has, as a set (bit `b` for byte `b`; see [`ascii_set`]): a rule's
    /// test for a separator is one mask, not a search of the line.
    pub ascii_marks: u128,
}

/// The set of `bytes` for a test of [`Features::ascii_marks`]. Only ASCII
/// characters other than letters and digits are recorded, so a set of any
/// other byte would never match: such a set does not compile.
pub(crate) const fn ascii_set(bytes: &[u8]) -> u128 {
    let mut set = 0u128;
    let mut i = 0;
    while i < bytes.len() {
        assert!(bytes[i].is_ascii() && !bytes[i].is_ascii_alphanumeric(), "not a recorded mark");
        set |= 1 << bytes[i];
        i += 1;
    }
    set
}

/// Document-level facts gathered while building blocks.
#[derive(Debug, Clone, Default)]
pub(crate) struct DocumentInfo {
    /// Index into [`lang::LANGUAGES`].
    pub language: Option<usize>,
    /// Most of the page is CJK script.
    pub cjk: bool,
}

/// A page's blocks: its non-blank lines, and every block's lowercase text,
/// key and sentence ends one after another in page-wide buffers, with the
/// features and the page's language. [`Page::blocks`] hands them out as
/// [`Block`]s.
#[derive(Debug)]
pub(crate) struct Page<'t> {
    lines: Vec<Line<'t>>,
    lower: String,
    keys: String,
    ends: Vec<u32>,
    rows: Vec<Row>,
    pub info: DocumentInfo,
}

/// Where a block's strings are in the [`Page`]'s buffers, and its features.
#[derive(Debug)]
struct Row {
    lower: Range<usize>,
    key: Range<usize>,
    ends: Range<usize>,
    features: Features,
}

impl Block<'_> {
    /// Whether the line has one of the ASCII marks in `set` ([`ascii_set`]).
    pub(crate) fn has_ascii_mark(&self, set: u128) -> bool {
        self.features.ascii_marks & set != 0
    }

    /// Whether the line is all ASCII: as many bytes as characters.
    pub(crate) fn is_ascii(&self) -> bool {
        self.text.len() == self.features.chars
    }

    /// Whether the line has `c`, a character outside ASCII such as `©`:
    /// without a search in an all-ASCII line, and in another by a
    /// vectorized search for the last byte of `c`'s UTF-8, each place
    /// checked for the whole character (`é` ends in the same byte as `©`).
    pub(crate) fn has_char(&self, c: char) -> bool {
        debug_assert!(!c.is_ascii());
        let mut encoded = [0u8; 4];
        let encoded = c.encode_utf8(&mut encoded).as_bytes();
        let bytes = self.text.as_bytes();
        !self.is_ascii()
            && memchr::memchr_iter(encoded[encoded.len() - 1], bytes).any(|at| bytes[..=at].ends_with(encoded))
    }
}

impl Page<'_> {
    /// Every block's lowercase one after another, and where each block's
    /// is in it, in page order.
    pub(crate) fn lowercase(&self) -> (&str, impl Iterator<Item = Range<usize>> + '_) {
        (&self.lower, self.rows.iter().map(|row| row.lower.clone()))
    }

    /// The blocks, in page order.
    pub(crate) fn blocks(&self) -> Vec<Block<'_>> {
        self.lines
            .iter()
            .zip(&self.rows)
            .map(|(line, row)| Block {
                line: line.number,
                text: &line.text,
                lower: &self.lower[row.lower.clone()],
                features: &row.features,
                key: &self.keys[row.key.clone()],
                sentence_ends: &self.ends[row.ends.clone()],
            })
            .collect()
    }
}

/// Builds blocks from lines, detecting the document's language on the way.
pub(crate) fn build<'t>(mut lines: Vec<Line<'t>>, stopwords: &StopwordTable) -> Page<'t> {
    lines.retain(|line| !line.text.is_empty());
    let text_bytes: usize = lines.iter().map(|l| l.text.len()).sum();
    let mut rows = Vec::with_capacity(lines.len());
    // Lowercase seldom changes a length; keys drop punctuation. Both are
    // UTF-8 bytes until the page is scanned (see [`Sinks`]).
    let mut lower = Vec::with_capacity(text_bytes + text_bytes / 16);
    let mut keys = Vec::with_capacity(text_bytes);
    let mut ends = Vec::with_capacity(text_bytes / 64 + lines.len());
    // Stopword hits per language, of the page's sentences (lines that end
    // in one and have eight words or more) and of its other lines.
    let (mut prose_counts, mut other_counts) = (LanguageCounts::default(), LanguageCounts::default());
    let (mut prose_words, mut total_words) = (0usize, 0usize);
    // Every block's words' language sets, one after another; block `i`'s
    // are `stop_sets[ranges[i].0..ranges[i].1]` (one allocation per page).
    // Sized for a word per six bytes, so it seldom regrows (and copies).
    let mut stop_sets: Vec<u64> = Vec::with_capacity(text_bytes / 6);
    let mut ranges: Vec<(usize, usize)> = Vec::with_capacity(lines.len());
    for line in &lines {
        let text: &str = &line.text;
        let start = stop_sets.len();
        let lower_start = lower.len();
        let (key_start, ends_start) = (keys.len(), ends.len());
        let features = scan_line(
            text,
            sigma_lower(text).as_deref(),
            &mut lower,
            stopwords,
            &mut Sinks { keys: &mut keys, ends: &mut ends, stop_sets: &mut stop_sets },
        );
        total_words += stop_sets.len() - start;
        let is_prose = features.terminal && features.words >= 8;
        if is_prose {
            prose_words += stop_sets.len() - start;
        }
        let counts = if is_prose { &mut prose_counts } else { &mut other_counts };
        counts.add_all(&stop_sets[start..]);
        rows.push(Row {
            lower: lower_start..lower.len(),
            key: key_start..keys.len(),
            ends: ends_start..ends.len(),
            features,
        });
        ranges.push((start, stop_sets.len()));
    }
    // The language of the page's sentences, when it has enough of them:
    // menus, footers and comment widgets are often in another language
    // (English chrome on a German blog) and outnumber a short article.
    let language = if prose_words >= 20 {
        lang::detect(&prose_counts.counts(), prose_words)
    } else {
        let (prose, other) = (prose_counts.counts(), other_counts.counts());
        lang::detect(&std::array::from_fn(|bit| prose[bit] + other[bit]), total_words)
    };
    let cjk_chars: usize = rows.iter().map(|r| r.features.cjk_chars).sum();
    let letters: usize = rows.iter().map(|r| r.features.letters).sum();
    if let Some(bit) = language {
        for (row, &(start, end)) in rows.iter_mut().zip(&ranges) {
            let sets = &stop_sets[start..end];
            let hits = sets.iter().filter(|s| *s & (1 << bit) != 0).count();
            if !sets.is_empty() {
                row.features.stop_ratio = hits as f32 / sets.len() as f32;
            }
        }
    }
    let info = DocumentInfo { language, cjk: cjk_chars * 3 > letters.max(1) };
    // The scan appends whole characters only (and ASCII runs cut at their
    // end), so both are UTF-8. A vectorized check and a copy cost less than
    // the standard library's check, which `String::from_utf8` would make.
    let lower = simdutf8::basic::from_utf8(&lower).expect("lowercase is whole characters").to_owned();
    let keys = simdutf8::basic::from_utf8(&keys).expect("keys are whole characters").to_owned();
    Page { lines, lower, keys, ends, rows, info }
}

/// How many of a run of language sets (`u64`, bit `i` for language `i`)
/// have each bit: 64 counters side by side, bit-sliced. Plane `k` holds
/// bit `k` of every counter, so that adding a set is a binary addition
/// with carries across the planes, a few operations whatever the number
/// of bits, instead of an increment in memory per bit (and a common
/// stopword is in a dozen languages).
#[derive(Default)]
struct LanguageCounts {
    /// Plane `k` of the counters.
    planes: [u64; 32],
}

/// The lowest planes, which most additions change: [`LanguageCounts::add_all`]
/// keeps them in registers, the rest in memory.
const LOW_PLANES: usize = 4;

impl LanguageCounts {
    /// Adds each of `sets`. The lowest planes are locals for the loop, added
    /// to without a branch; the carry out of them (once in 16 additions of
    /// a bit) goes on into the planes above. Kept in the struct, every
    /// addition loaded and stored them, a chain through memory.
    #[inline(always)]
    fn add_all(&mut self, sets: &[u64]) {
        let mut low: [u64; LOW_PLANES] = self.planes[..LOW_PLANES].try_into().expect("the low planes");
        for &set in sets {
            let mut carry = set;
            for plane in &mut low {
                let next = *plane & carry;
                *plane ^= carry;
                carry = next;
            }
            if carry != 0 {
                self.carry_into_high(carry);
            }
        }
        self.planes[..LOW_PLANES].copy_from_slice(&low);
    }

    fn carry_into_high(&mut self, mut carry: u64) {
        for plane in &mut self.planes[LOW_PLANES..] {
            if carry == 0 {
                return;
            }
            let next = *plane & carry;
            *plane ^= carry;
            carry = next;
        }
    }

    fn counts(&self) -> [u32; 64] {
        std::array::from_fn(|bit| {
            self.planes.iter().enumerate().map(|(k, plane)| (((plane >> bit) & 1) as u32) << k).sum()
        })
    }
}

/// Where [`scan_line`] appends a line's key, sentence ends and words'
/// language sets. The key goes into bytes (UTF-8 by construction, made a
/// `String` once per page) so that a run of ASCII letters can be appended
/// eight bytes at a time and cut to length, with no copy of variable
/// length (a `memcpy` call per word).
struct Sinks<'b> {
    keys: &'b mut Vec<u8>,
    ends: &'b mut Vec<u32>,
    stop_sets: &'b mut Vec<u64>,
}

/// One pass over a line: appends its lowercase to `lower` and its key,
/// sentence ends and words' language sets (of the words `lang::words`
/// finds in that lowercase) to `sinks`, and returns its features (what the
/// tests' `measure` gives). One pass instead of four.
///
/// The key is the line's words' letters and digits, lowercased, joined by
/// single spaces (`dedup_key`). `ends` gets where in that key (counted
/// from its start) each sentence ends: at a sentence-ending character
/// ([`is_sentence_end`]) or at the end of the line. Sentence-ending
/// characters are never part of a word, so each sentence's key is the
/// slice of the line's key between two recorded ends (less the joining
/// space): the dedup stage keys sentences without reading the text again.
///
/// Runs of ASCII letters and digits (most of a line's bytes, in any
/// Latin-script language) are taken eight bytes at a time ([`AsciiRun`])
/// and lowered and keyed whole; any other character takes the general
/// step. `sigma_lower` is the line's standard lowercase when it has a `Σ`,
/// whose lowercase depends on its neighbours; the rest lower one character
/// at a time. `lower` and the key are UTF-8 bytes.
fn scan_line(
    text: &str,
    sigma_lower: Option<&str>,
    lower: &mut Vec<u8>,
    stopwords: &StopwordTable,
    sinks: &mut Sinks<'_>,
) -> Features {
    let original = text.as_bytes();
    let (lower_start, key_start) = (lower.len(), sinks.keys.len());
    let mut f = Features::default();
    let (mut capitalized, mut long_words) = (0usize, 0usize);
    // Space-separated word: is one open, its letters, its first letter.
    let (mut in_spaced, mut spaced_letters, mut first_upper) = (false, 0usize, false);
    // Key word (alphanumerics; apostrophes neither end nor join one).
    let mut in_key_word = false;
    // Stopword-lookup word (alphanumerics and apostrophes): where in
    // `lower` it starts.
    let mut word_start: Option<usize> = None;
    // The previous character ends a sentence: a space after it counts one.
    let mut after_end = false;
    let mut i = 0;
    while let Some(&b) = original.get(i) {
        if ASCII_CLASS[usize::from(b)] & ALPHANUMERIC != 0 {
            word_start.get_or_insert(lower.len());
            open_key_word(sinks.keys, key_start, &mut in_key_word);
            open_spaced_word(&mut in_spaced, &mut f.words, &mut spaced_letters);
            let run_start = i;
            let (mut letters, mut uppercase) = (0usize, 0usize);
            // Whether the run's first letter is a capital, once it has one.
            let mut first_letter_upper = None;
            let mut ended = false;
            while let Some(chunk) = original.get(i..i + 8) {
                let run = AsciiRun::of(chunk.try_into().expect("eight bytes"));
                append_cut(lower, run.lowered, run.len);
                append_cut(sinks.keys, run.lowered, run.len);
                letters += marked_bytes(run.letters);
                uppercase += marked_bytes(run.uppercase);
                if first_letter_upper.is_none() && run.letters != 0 {
                    // The lowest letter byte's marker bit.
                    first_letter_upper = Some(run.uppercase & run.letters & run.letters.wrapping_neg() != 0);
                }
                i += run.len;
                if run.len < 8 {
                    ended = true;
                    break;
                }
            }
            // The line's last bytes, fewer than eight: one at a time (and
            // what the table and the word arithmetic would disagree on,
            // were they ever to: the scan goes on either way).
            if !ended || i == run_start {
                while let Some(&c) = original.get(i) {
                    let class = ASCII_CLASS[usize::from(c)];
                    if class & ALPHANUMERIC == 0 {
                        break;
                    }
                    if class & LETTER != 0 {
                        letters += 1;
                        first_letter_upper.get_or_insert(class & UPPERCASE != 0);
                    }
                    uppercase += usize::from(class & UPPERCASE != 0);
                    // Letters and digits alike lower by setting 0x20.
                    lower.push(c | 0x20);
                    sinks.keys.push(c | 0x20);
                    i += 1;
                }
            }
            if spaced_letters == 0 {
                if let Some(upper) = first_letter_upper {
                    first_upper = upper;
                }
            }
            spaced_letters += letters;
            f.chars += i - run_start;
            f.letters += letters;
            f.uppercase += uppercase;
            f.digits += i - run_start - letters;
            after_end = false;
            continue;
        }
        if b == b' ' {
            // The space between words, a sixth of the bytes: it ends the
            // spaced word, counts a sentence after a sentence end, lowers
            // to itself and ends the key word and the stopword word.
            i += 1;
            f.chars += 1;
            if in_spaced {
                in_spaced = false;
                if spaced_letters >= 2 {
                    long_words += 1;
                    capitalized += usize::from(first_upper);
                }
            }
            f.sentences += usize::from(after_end);
            after_end = false;
            f.ascii_marks |= 1 << b' ';
            if let Some(start) = word_start.take() {
                push_stop_set(&lower[start..], stopwords, sinks.stop_sets);
            }
            lower.push(b' ');
            in_key_word = false;
            continue;
        }
        let c = if b.is_ascii() { char::from(b) } else { text[i..].chars().next().expect("a char starts here") };
        i += c.len_utf8();
        f.chars += 1;
        // The features, from the character as written (not a space: that
        // was taken above).
        open_spaced_word(&mut in_spaced, &mut f.words, &mut spaced_letters);
        if c.is_ascii() {
            // ASCII letters and digits were a run above.
            f.commas += usize::from(c == ',');
        } else if chars::is_alphabetic(c) {
            let upper = chars::is_uppercase(c);
            f.letters += 1;
            f.uppercase += usize::from(upper);
            f.cjk_chars += usize::from(is_cjk(c));
            if spaced_letters == 0 {
                first_upper = upper;
            }
            spaced_letters += 1;
        } else if c == '、' || c == '，' {
            f.commas += 1;
        } else if is_cjk_sentence_end(c) {
            f.sentences += 1;
        }
        after_end = is_sentence_end(c);
        // The key and words, from the character's lowercase.
        if c.is_ascii() {
            // Not a letter or digit (those were a run above): it lowers to
            // itself, one byte, with nothing to decode.
            f.ascii_marks |= 1 << b;
            let at = lower.len();
            lower.push(b);
            key_step(c, false, at, lower, key_start, stopwords, &mut word_start, &mut in_key_word, sinks);
            continue;
        }
        let mut lower_step = |c: char, lower: &mut Vec<u8>| {
            let at = lower.len();
            push_char(lower, c);
            let alphanumeric = chars::is_alphanumeric(c);
            key_step(c, alphanumeric, at, lower, key_start, stopwords, &mut word_start, &mut in_key_word, sinks);
        };
        match sigma_lower {
            Some(standard) if c == 'Σ' => {
                // The standard lowercase so far is `lower`'s (every other
                // character lowers alone): its next character is this
                // sigma's. The fallback is never taken (tests hold the
                // line's lowercase to the standard one), but a page must
                // not panic.
                let at = lower.len() - lower_start;
                let standard_sigma = standard.get(at..).and_then(|rest| rest.chars().next());
                lower_step(standard_sigma.unwrap_or('σ'), lower);
            }
            _ if chars::has_own_lowercase(c) => lower_step(c, lower),
            _ => c.to_lowercase().for_each(|c| lower_step(c, lower)),
        }
    }
    if let Some(start) = word_start {
        push_stop_set(&lower[start..], stopwords, sinks.stop_sets);
    }
    if in_spaced && spaced_letters >= 2 {
        long_words += 1;
        capitalized += usize::from(first_upper);
    }
    // The lowercase ends in a sentence end exactly when the text does (a
    // test holds every character to it): no decoding of the lowercase.
    if !text.is_empty() && !text.ends_with(is_sentence_end) {
        sinks.ends.push((sinks.keys.len() - key_start) as u32);
    }
    finish(text, f, capitalized, long_words)
}

/// Appends the first `len` of `bytes`: all eight, then the rest cut off,
/// which compiles to one store instead of a copy of variable length.
#[inline(always)]
fn append_cut(out: &mut Vec<u8>, bytes: [u8; 8], len: usize) {
    let end = out.len() + len;
    out.extend_from_slice(&bytes);
    out.truncate(end);
}

/// Appends `c` in UTF-8.
#[inline(always)]
fn push_char(out: &mut Vec<u8>, c: char) {
    let mut buf = [0u8; 4];
    // One branch per length, so that each copy has a constant length.
    match c.encode_utf8(&mut buf).len() {
        1 => out.push(buf[0]),
        2 => out.extend_from_slice(&buf[..2]),
        3 => out.extend_from_slice(&buf[..3]),
        _ => out.extend_from_slice(&buf),
    }
}

/// The run of ASCII letters and digits at the start of eight bytes, found
/// with word-wide arithmetic (SWAR) rather than a byte at a time: its
/// length, which of its bytes are letters and capitals (bit 7 of each byte
/// set in the masks) and its lowercase (the bytes after the run are
/// garbage, to be cut off).
struct AsciiRun {
    len: usize,
    letters: u64,
    uppercase: u64,
    lowered: [u8; 8],
}

/// 0x01 in every byte, and 0x80 in every byte.
const ONES: u64 = u64::from_ne_bytes([1; 8]);
const HIGH_BITS: u64 = ONES * 0x80;

/// How many bytes of an [`AsciiRun`] mask are marked (bit 7 set; no other
/// bit is): each byte's mark moved to its bit 0, then the bytes summed
/// into the top one by a multiplication. `count_ones` is a dozen
/// instructions on the baseline x86-64, which has no `popcnt`.
#[inline(always)]
fn marked_bytes(mask: u64) -> usize {
    ((mask >> 7).wrapping_mul(ONES) >> 56) as usize
}

impl AsciiRun {
    #[inline(always)]
    fn of(bytes: [u8; 8]) -> AsciiRun {
        let x = u64::from_le_bytes(bytes);
        let ascii = !x & HIGH_BITS;
        // Each byte's low seven bits: adding at most 0x80 to one cannot
        // carry into the next byte.
        let low = x & !HIGH_BITS;
        let at_least = |b: u8| (low + ONES * u64::from(0x80 - b)) & HIGH_BITS;
        let between = |first: u8, last: u8| at_least(first) & !at_least(last + 1);
        let uppercase = between(b'A', b'Z') & ascii;
        let letters = uppercase | (between(b'a', b'z') & ascii);
        let alphanumeric = letters | (between(b'0', b'9') & ascii);
        // The first byte that is not one ends the run (none: all eight).
        let len = ((!alphanumeric & HIGH_BITS).trailing_zeros() / 8) as usize;
        let in_run = if len == 8 { u64::MAX } else { (1u64 << (8 * len)) - 1 };
        AsciiRun {
            len,
            letters: letters & in_run,
            uppercase: uppercase & in_run,
            // Letters and digits alike lower by setting 0x20.
            lowered: (x | (alphanumeric >> 2)).to_le_bytes(),
        }
    }
}

/// The key, sentence ends and stopword words of one lowercase character
/// `c` (`alphanumeric` or not), at `at` in `lower`: a character that is not
/// in one of [`scan_line`]'s ASCII runs. The scan's state comes as
/// arguments rather than as a struct: one held across the loop cost 5–14%
/// more instructions when tried.
#[inline(always)]
#[allow(clippy::too_many_arguments)]
fn key_step(
    c: char,
    alphanumeric: bool,
    at: usize,
    lower: &[u8],
    key_start: usize,
    stopwords: &StopwordTable,
    word_start: &mut Option<usize>,
    in_key_word: &mut bool,
    sinks: &mut Sinks<'_>,
) {
    let apostrophe = c == '\'' || c == '’';
    if alphanumeric || apostrophe {
        word_start.get_or_insert(at);
    } else if let Some(start) = word_start.take() {
        push_stop_set(&lower[start..at], stopwords, sinks.stop_sets);
    }
    if alphanumeric {
        open_key_word(sinks.keys, key_start, in_key_word);
        push_char(sinks.keys, c);
    } else if !apostrophe {
        *in_key_word = false;
        if is_sentence_end(c) {
            sinks.ends.push((sinks.keys.len() - key_start) as u32);
        }
    }
}

/// Starts a key word unless one is open: a space joins it to the line's
/// key so far (keys start at `key_start` in the page's buffer).
#[inline(always)]
fn open_key_word(keys: &mut Vec<u8>, key_start: usize, in_key_word: &mut bool) {
    if !*in_key_word {
        if keys.len() > key_start {
            keys.push(b' ');
        }
        *in_key_word = true;
    }
}

/// Starts a space-separated word unless one is open, and counts it.
#[inline(always)]
fn open_spaced_word(in_spaced: &mut bool, words: &mut usize, spaced_letters: &mut usize) {
    if !*in_spaced {
        *in_spaced = true;
        *words += 1;
        *spaced_letters = 0;
    }
}

/// The standard lowercase of a line with a `Σ`, which lowers by context
/// (final ς), for [`scan_line`] to read its sigmas from.
fn sigma_lower(text: &str) -> Option<String> {
    // `Σ` is the bytes CE A3, and CE is never a continuation byte: a
    // vectorized search for A3 (`str::contains(char)` searches without
    // vector instructions, and `memmem::find` builds a searcher per call).
    let bytes = text.as_bytes();
    let has_sigma = !text.is_ascii() && memchr::memchr_iter(0xA3, bytes).any(|at| at > 0 && bytes[at - 1] == 0xCE);
    has_sigma.then(|| text.to_lowercase())
}

/// [`ASCII_CLASS`] bits.
const ALPHANUMERIC: u8 = 1;
const LETTER: u8 = 2;
const UPPERCASE: u8 = 4;

/// What each ASCII byte is, for [`scan_line`]'s runs: one load instead of
/// three range tests a byte.
static ASCII_CLASS: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_digit() {
            table[b] = ALPHANUMERIC;
        } else if c.is_ascii_lowercase() {
            table[b] = ALPHANUMERIC | LETTER;
        } else if c.is_ascii_uppercase() {
            table[b] = ALPHANUMERIC | LETTER | UPPERCASE;
        }
        b += 1;
    }
    table
};

/// Appends the language set of a run of alphanumerics and apostrophes,
/// the apostrophes at its ends trimmed, unless only apostrophes are left.
#[inline(always)]
fn push_stop_set(run: &[u8], stopwords: &StopwordTable, stop_sets: &mut Vec<u64>) {
    // Most runs neither start nor end in an apostrophe: a byte test first
    // (a run starts with `’` only if with its first byte, 0xE2, and ends
    // with it only if with its last, 0x99).
    let may_trim = matches!(run.first(), Some(b'\'' | 0xE2)) || matches!(run.last(), Some(b'\'' | 0x99));
    let word = if may_trim { trim_apostrophes(run) } else { run };
    if !word.is_empty() {
        stop_sets.push(stopwords.languages_of(word));
    }
}

/// `word` without the apostrophes (`'` and `’`) at its ends.
fn trim_apostrophes(mut word: &[u8]) -> &[u8] {
    const CURLY: &[u8] = "’".as_bytes();
    loop {
        if let Some(rest) = word.strip_prefix(b"'").or_else(|| word.strip_prefix(CURLY)) {
            word = rest;
        } else if let Some(rest) = word.strip_suffix(b"'").or_else(|| word.strip_suffix(CURLY)) {
            word = rest;
        } else {
            return word;
        }
    }
}

/// The blocks of `text`, for tests: the text and page are leaked so that
/// the blocks can outlive this call.
#[cfg(test)]
pub(crate) fn test_blocks(text: &str) -> Vec<Block<'static>> {
    test_page(text).blocks()
}

/// The page of `text`, for tests, leaked as [`test_blocks`]'s is.
#[cfg(test)]
pub(crate) fn test_page(text: &str) -> &'static Page<'static> {
    static STOPWORDS: std::sync::LazyLock<StopwordTable> = std::sync::LazyLock::new(StopwordTable::new);
    let text: &'static str = Box::leak(text.into());
    Box::leak(Box::new(build(crate::normalize::lines(text), &STOPWORDS)))
}

pub(crate) fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF | 0x20000..=0x2FFFF)
}

/// Closing characters that may follow the sentence's last punctuation,
/// a footnote's mark among them ("… bewirtschaftet.₂", "… in 2019.¹").
fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '»' | '«' | ')' | ']' | '」' | '』' | '）' | '*' | '“')
        || matches!(c, '¹' | '²' | '³' | '⁰'..='⁹' | '₀'..='₉')
}

pub(crate) fn is_sentence_end(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '。' | '！' | '？' | '؟' | '।' | '۔' | '．')
}

/// The features of one line of text by definition, with the standard
/// library's character classes: what the tests hold [`scan_line`] to.
/// Words are the non-empty pieces between spaces; a word of two or more
/// letters counts for the title-case ratio, capitalized when its first
/// letter is uppercase.
#[cfg(test)]
pub(crate) fn measure(text: &str) -> Features {
    let words: Vec<&str> = text.split(' ').filter(|w| !w.is_empty()).collect();
    let long_word_initials: Vec<char> = words
        .iter()
        .filter_map(|w| {
            let mut letters = w.chars().filter(|c| c.is_alphabetic());
            letters.next().filter(|_| letters.next().is_some())
        })
        .collect();
    let capitalized = long_word_initials.iter().filter(|c| c.is_uppercase()).count();
    let chars: Vec<char> = text.chars().collect();
    let count = |test: &dyn Fn(char) -> bool| chars.iter().filter(|&&c| test(c)).count();
    let spaces_after_an_end = chars.windows(2).filter(|w| is_sentence_end(w[0]) && w[1] == ' ').count();
    let f = Features {
        words: words.len(),
        chars: chars.len(),
        cjk_chars: count(&|c| c.is_alphabetic() && is_cjk(c)),
        letters: count(&|c| c.is_alphabetic()),
        uppercase: count(&|c| c.is_alphabetic() && c.is_uppercase()),
        digits: count(&|c| c.is_ascii_digit()),
        commas: count(&|c| matches!(c, ',' | '、' | '，')),
        sentences: spaces_after_an_end + count(&is_cjk_sentence_end),
        ascii_marks: text.bytes().filter(|b| b.is_ascii() && !b.is_ascii_alphanumeric()).fold(0, |set, b| set | 1 << b),
        ..Features::default()
    };
    finish(text, f, capitalized, long_word_initials.len())
}

/// The features that look at the line's end, and the ratios.
fn finish(text: &str, mut f: Features, capitalized: usize, long_words: usize) -> Features {
    let tail = without_reference(text).trim_end_matches(|c: char| is_closer(c) || c == ' ');
    f.terminal = tail.ends_with(is_sentence_end);
    f.ends_with_colon = tail.ends_with(':') || tail.ends_with('：');
    f.ends_with_emoji = !f.terminal && tail.trim_end_matches('\u{FE0F}').ends_with(is_pictograph);
    if f.terminal {
        f.sentences += 1;
    }
    f.title_case_ratio = if long_words > 0 { capitalized as f32 / long_words as f32 } else { 0.0 };
    // CJK text has no spaces: count about one word per two characters.
    let cjk_words = f.cjk_chars / 2;
    f.effective_words = if cjk_words > 0 { f.words.saturating_sub(1) + cjk_words } else { f.words };
    f
}

/// The emoji a writer closes a sentence with: faces, hearts and a few
/// hands (🙂, 😍, 🤣, ❤, 💕, 👍, 👏, 🙏, ☺). Not the pointing hands,
/// arrows, links or marks (👉, 👇, 🔗, ➤, ★, ✔) that end a teaser's link.
fn is_pictograph(c: char) -> bool {
    matches!(c as u32, 0x1F600..=0x1F64F | 0x1F910..=0x1F9FF | 0x1F493..=0x1F49F | 0x1F44D | 0x1F44F | 0x2764 | 0x263A)
}

/// `text` without the references in brackets at its end, which may follow
/// a sentence's full stop: "… in 2019.[1][2]", "…” [Al Maa-idah 2]".
#[inline(always)]
fn without_reference(text: &str) -> &str {
    // Lines are normalized: no other space than ' ' ends one.
    let trimmed = text.trim_end_matches(' ');
    if trimmed.as_bytes().last() == Some(&b']') {
        reference_cut(trimmed)
    } else {
        text
    }
}

/// [`without_reference`] of a line that ends in `]`, kept out of the line
/// scan's code: few lines have one.
#[cold]
#[inline(never)]
fn reference_cut(trimmed: &str) -> &str {
    /// The longest reference, in bytes, brackets included.
    const MAX_REFERENCE: usize = 48;
    // A reference ends in a number ("[1]", "[Al Maa-idah 8]"); a button
    // or a tag does not ("[edit]", "[+]", "[VIDEO]"). Several in a row go.
    let mut rest = trimmed;
    while let Some(inner) = rest.strip_suffix(']') {
        match inner.rfind('[') {
            Some(open) if rest.len() - open <= MAX_REFERENCE && inner.ends_with(|c: char| c.is_ascii_digit()) => {
                rest = &inner[..open];
            }
            _ => break,
        }
    }
    rest
}

fn is_cjk_sentence_end(c: char) -> bool {
    matches!(c, '。' | '！' | '？')
}

/// Lowercase letters and digits only, separated by single spaces: two blocks
/// with the same key say the same thing. Blocks get theirs from
/// [`scan_line`]; this is the definition the tests hold it to: the words of
/// `lang::words` (runs of letters, digits and apostrophes, apostrophes at
/// the ends trimmed), their letters and digits only, joined by one space.
#[cfg(test)]
pub(crate) fn dedup_key(lower: &str) -> String {
    let words: Vec<String> = lang::words(lower).map(|w| w.chars().filter(|c| c.is_alphanumeric()).collect()).collect();
    words.join(" ")
}

/// The keys of the sentences of a text, given its key and sentence ends
/// from [`scan_line`]: what the tests' `dedup_key` gives for each piece of
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
        for line in [
            "He left.",
            "Really?",
            "\"Go home,\" she said.",
            "Ende.»",
            "終わりです。",
            "Wait…",
            "(He agreed.)",
            "Sie wird bewirtschaftet.₂",
            "It grew in 2019.¹",
            "It grew in 2019.[1]",
            "It grew in 2019.[1][12]",
            "“… kepada takwa…” [Al Maa-idah 8]",
        ] {
            assert!(measure(line).terminal, "{line}");
        }
        for line in [
            "Explore",
            "Top US, Pakistan diplomats discuss regional issues",
            "Read more:",
            "[Video]",
            "See the list [updated]",
            "Chapter 1.[edit]",
            "Read more. [+]",
            "Who killed the mayor? [VIDEO]",
        ] {
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

    /// What `scan_line` gives for `text` (as `build` calls it), and what
    /// the definitions give: lowercase, features, key, the keys of its
    /// sentences (read off the key at the sentence ends) and the words'
    /// language sets.
    type Scan = (String, Features, String, Vec<String>, Vec<u64>);

    fn scans(text: &str, stopwords: &StopwordTable) -> (Scan, Scan) {
        let (mut lower, mut keys, mut ends, mut stop_sets) = (b"x".to_vec(), b"prefix".to_vec(), vec![7], vec![9]);
        let mut sinks = Sinks { keys: &mut keys, ends: &mut ends, stop_sets: &mut stop_sets };
        let features = scan_line(text, sigma_lower(text).as_deref(), &mut lower, stopwords, &mut sinks);
        let (lower, keys) = (String::from_utf8(lower).unwrap(), String::from_utf8(keys).unwrap());
        let key = &keys["prefix".len()..];
        let sentences = sentence_keys(key, &ends[1..]).map(str::to_owned).collect();
        let fused = (lower[1..].to_owned(), features, key.to_owned(), sentences, stop_sets[1..].to_vec());
        let lower = text.to_lowercase();
        let sentences = lower.split_inclusive(is_sentence_end).map(dedup_key).collect();
        let sets = lang::words(&lower).map(|w| stopwords.languages_of(w.as_bytes())).collect();
        (fused, (lower.clone(), measure(text), dedup_key(&lower), sentences, sets))
    }

    /// What lets the scan read a line's last sentence end off its text.
    #[test]
    fn lowercase_ends_a_sentence_as_the_character_does() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(c.to_lowercase().last().is_some_and(is_sentence_end), is_sentence_end(c), "{c:?}");
        }
    }

    #[test]
    fn line_scan_is_the_definitions() {
        let stopwords = StopwordTable::new();
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
            "it's the 'end' of 12 o'clock--now",
            "''a'' b-c d.e",
            "   ",
            "'",
            "The U.S. and the E.U. AGREED, 2-1.",
            "Ünïcödé ÀND ASCII",
            "ΟΔΥΣΣΕΥΣ Σ ΣΑ. Σ",
            "İstanbul’s KELVIN \u{212A} ſ",
            "It’s “Quoted” – he said… and left. Then?",
            "ẞ straße",
            "東京 ABC。終わり！ Ende.» Да, нет.",
            "x1’ ’y ’’ 2’s",
        ] {
            let (fused, general) = scans(line, &stopwords);
            assert_eq!(fused, general, "{line:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn line_scan_is_the_definitions_on_any_ascii(line in "[ -~]{0,60}") {
            let (fused, general) = scans(&line, &StopwordTable::new());
            proptest::prop_assert_eq!(fused, general);
        }

        /// Long runs of ASCII letters and digits, which the scan takes
        /// eight bytes at a time, next to any other character.
        #[test]
        fn line_scan_is_the_definitions_on_long_runs(
            line in "([a-zA-Z0-9]{0,19}[ .,'’éÖΣ東\u{80}-\u{10FFFF}]{0,2}){0,5}"
        ) {
            let (fused, general) = scans(&line, &StopwordTable::new());
            proptest::prop_assert_eq!(fused, general);
        }

        /// The bit-sliced counters count each bit as a counter per bit
        /// would, also carried many planes up (a set repeated).
        #[test]
        fn language_counts_are_the_counts_per_bit(
            sets in proptest::collection::vec(proptest::prelude::any::<u64>(), 0..200),
            repeat in 1usize..700,
        ) {
            let mut counts = LanguageCounts::default();
            let mut expected = [0u32; 64];
            for _ in 0..repeat {
                counts.add_all(&sets);
                for &set in &sets {
                    for (bit, count) in expected.iter_mut().enumerate() {
                        *count += ((set >> bit) & 1) as u32;
                    }
                }
            }
            proptest::prop_assert_eq!(counts.counts(), expected);
        }

        #[test]
        fn line_scan_is_the_definitions_on_any_text(
            line in "[a-zA-Z0-9éÖΣσς東İKſ’'.!?…。、 ,-]{0,40}|\\PC{0,30}"
        ) {
            let (fused, general) = scans(&line, &StopwordTable::new());
            proptest::prop_assert_eq!(fused, general);
        }
    }

    /// Every line of a page has a block and a verdict slot, so their size
    /// is the page's memory per line (a page of short lines has millions):
    /// a block refers to its features, and a verdict boxes its metadata.
    #[test]
    fn per_line_records_stay_small() {
        use std::mem::size_of;
        assert!(size_of::<Block<'static>>() <= 96, "{}", size_of::<Block<'static>>());
        assert!(size_of::<crate::RuleHit>() <= 32, "{}", size_of::<crate::RuleHit>());
    }

    #[test]
    fn blocks_are_their_lines_in_shared_buffers() {
        // Keys and sentence ends are each block's own, as if computed alone.
        let page = "First line. Second.\nÜber ALLES, sagt er!\n\n  Third  one  ";
        let blocks = test_blocks(page);
        let texts: Vec<&str> = blocks.iter().map(|b| b.text).collect();
        assert_eq!(texts, ["First line. Second.", "Über ALLES, sagt er!", "Third one"]);
        for b in &blocks {
            assert_eq!(b.lower, b.text.to_lowercase());
            assert_eq!(b.key, dedup_key(b.lower), "{:?}", b.text);
            let sentences: Vec<String> = b.lower.split_inclusive(is_sentence_end).map(dedup_key).collect();
            assert_eq!(sentence_keys(b.key, b.sentence_ends).collect::<Vec<_>>(), sentences, "{:?}", b.text);
            let alone = Features { stop_ratio: b.features.stop_ratio, ..measure(b.text) };
            assert_eq!(*b.features, alone, "{:?}", b.text);
        }
    }

    /// Every mask of marked bytes, all 256: the multiplication counts
    /// what `count_ones` counts.
    #[test]
    fn marked_bytes_counts_the_marks() {
        for marks in 0..=u8::MAX {
            let mask = (0..8).filter(|k| marks & (1 << k) != 0).fold(0u64, |m, k| m | 0x80 << (8 * k));
            assert_eq!(marked_bytes(mask), mask.count_ones() as usize, "{mask:#x}");
        }
    }

    #[test]
    fn title_case_ratio() {
        assert!(measure("Border Patrol Gunfire In Portland").title_case_ratio > 0.99);
        assert!(measure("the dog ran home to its owner").title_case_ratio < 0.01);
    }

    #[test]
    fn keys_ignore_case_and_punctuation() {
        let blocks = test_blocks("Top US, Pakistan diplomats!\ntop us pakistan diplomats");
        assert_eq!(blocks[0].key, blocks[1].key);
        assert_eq!(blocks[0].key, "top us pakistan diplomats");
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
            "top us, pakistan diplomats!",
            "'quoted' it’s l'état ''",
            "a-b c--d 12.5 ’x’",
            "東京 都",
        ] {
            let (fused, general) = scans(s, &StopwordTable::new());
            assert_eq!((&fused.2, &fused.3), (&general.2, &general.3), "{s:?}");
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
        let info = build(crate::normalize::lines(page), &StopwordTable::new()).info;
        assert_eq!(info.language.map(|l| lang::LANGUAGES[l]), Some("de"));
    }

    #[test]
    fn has_char_finds_the_whole_character() {
        let has = |text: &str, c: char| test_blocks(text).first().is_some_and(|b| b.has_char(c));
        assert!(has("© AP", '©') && has("x ©", '©') && has("Foto… dpa", '…'));
        // `é` and `Ŧ` end in the last bytes of `©` and `…`.
        assert!(!has("Fonética", '©') && !has("Ŧ", '…') && !has("(c) AP", '©'));
    }

    #[test]
    fn blank_lines_make_no_blocks() {
        let blocks = test_blocks("a\nb\n\nc");
        let numbers: Vec<usize> = blocks.iter().map(|b| b.line).collect();
        assert_eq!(numbers, [1, 2, 4]);
    }
}
