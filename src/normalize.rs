//! Stage 2 — normalize: text to clean lines that remember where they came from.
//!
//! Input: decoded text. Output: one [`Line`] per input line (CRLF, CR and LF
//! all end a line), in order, each with its 1-based input line number.
//! Invariants: no line contains control characters, zero-width characters,
//! non-breaking or other exotic spaces, runs of spaces, or leading/trailing
//! space; every line is in Unicode NFC. Nothing else about the text changes,
//! so every output word is an input word.

use std::borrow::Cow;
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// One normalized input line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Line<'t> {
    /// 1-based line number in the input.
    pub number: usize,
    /// Borrowed from the input when the line was clean already, as most
    /// are: no allocation or copy per line.
    pub text: Cow<'t, str>,
}

/// Splits `text` into normalized lines.
pub(crate) fn lines(text: &str) -> Vec<Line<'_>> {
    let mut out = Vec::with_capacity(text.len() / 40 + 1);
    let mut number = 0;
    let mut rest = text;
    while !rest.is_empty() || number == 0 {
        number += 1;
        let (line, tail) = match memchr::memchr2(b'\n', b'\r', rest.as_bytes()) {
            Some(i) => {
                let skip = if rest.as_bytes()[i..].starts_with(b"\r\n") { 2 } else { 1 };
                (&rest[..i], Some(&rest[i + skip..]))
            }
            None => (rest, None),
        };
        out.push(Line { number, text: normalize_line(line) });
        match tail {
            Some(t) => rest = t,
            None => break,
        }
    }
    out
}

/// How many lines [`lines`] makes of `text`, without making them: its
/// line breaks (CRLF counted once), plus the line after the last break
/// unless the text ends there (and one line for an empty text). The line
/// feeds are counted by a vectorized count; only carriage returns, rare
/// outside CRLF, are looked at one by one.
pub(crate) fn line_count(text: &str) -> usize {
    let bytes = text.as_bytes();
    let feeds = memchr::memchr_iter(b'\n', bytes).count();
    let lone_returns = memchr::memchr_iter(b'\r', bytes).filter(|&at| bytes.get(at + 1) != Some(&b'\n')).count();
    let ends_in_a_break = matches!(bytes.last(), Some(b'\n' | b'\r'));
    (feeds + lone_returns + 1 - usize::from(ends_in_a_break)).max(1)
}

use crate::chars::{is_invisible, is_space};

/// Normalizes one line; borrows when the line is already clean, which is
/// the common case, so the hot path does not allocate twice.
pub(crate) fn normalize_line(line: &str) -> Cow<'_, str> {
    // Fast path: printable ASCII without leading, trailing or double spaces
    // is already clean and in NFC.
    let bytes = line.as_bytes();
    // Vector compares, and none of `str::contains`'s searcher set-up per
    // line.
    let double_space = crate::chars::has_byte_pair(bytes, b' ', b' ');
    let edges_clean = bytes.first() != Some(&b' ') && bytes.last() != Some(&b' ') && !double_space;
    // No early exit, so the compiler can test many bytes at once.
    let printable_ascii = !bytes.iter().fold(false, |bad, &b| bad | !(0x20..0x7f).contains(&b));
    if edges_clean && printable_ascii {
        return Cow::Borrowed(line);
    }
    // Non-ASCII: one pass tells both whether the line is clean and
    // whether it is surely in NFC, the common case for both.
    let (clean_chars, nfc_safe) = crate::chars::clean_and_surely_nfc(line);
    let clean = edges_clean && clean_chars && !line.starts_with(is_space) && !line.ends_with(is_space);
    if clean && nfc_safe {
        return Cow::Borrowed(line);
    }
    let spaced: Cow<'_, str> = if clean {
        Cow::Borrowed(line)
    } else {
        let mut s = String::with_capacity(line.len());
        let mut pending_space = false;
        for c in line.chars() {
            if is_space(c) {
                pending_space = !s.is_empty();
            } else if !is_invisible(c) {
                if pending_space {
                    s.push(' ');
                    pending_space = false;
                }
                s.push(c);
            }
        }
        Cow::Owned(s)
    };
    if spaced.is_ascii() || crate::chars::surely_nfc(&spaced) || is_nfc_quick(spaced.chars()) == IsNormalized::Yes {
        spaced
    } else {
        Cow::Owned(spaced.nfc().collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<String> {
        lines(s).into_iter().map(|l| l.text.into_owned()).collect()
    }

    #[test]
    fn line_endings() {
        assert_eq!(texts("a\r\nb\rc\nd"), ["a", "b", "c", "d"]);
        assert_eq!(texts("a\n"), ["a"]);
        assert_eq!(texts("a\n\n"), ["a", ""]);
        assert_eq!(texts(""), [""]);
    }

    #[test]
    fn line_count_is_the_lines_made() {
        for text in ["", "a", "a\n", "a\n\n", "\n", "\r", "\r\n", "a\r\nb\rc\nd", "a\r\r\nb", "\n\na"] {
            assert_eq!(line_count(text), lines(text).len(), "{text:?}");
        }
    }

    #[test]
    fn numbers_are_input_lines() {
        let l = lines("x\r\n\r\ny");
        assert_eq!(l.iter().map(|l| l.number).collect::<Vec<_>>(), [1, 2, 3]);
    }

    #[test]
    fn spaces_and_invisibles() {
        assert_eq!(normalize_line(" date\u{00A0}2025\t\tWORLD  "), "date 2025 WORLD");
        assert_eq!(normalize_line("zero\u{200B}width\u{FEFF}"), "zerowidth");
        assert_eq!(normalize_line("nul\0byte"), "nulbyte");
        assert_eq!(normalize_line("wide\u{3000}space"), "wide space");
        assert_eq!(normalize_line("\u{2067}Home\u{2069} \u{202B}\u{0627}\u{202C}"), "Home \u{0627}");
        assert_eq!(normalize_line("\u{2066}\u{2069}"), "");
    }

    #[test]
    fn runs_of_spaces_inside_a_line_become_one() {
        assert_eq!(normalize_line("two  spaces"), "two spaces");
        assert_eq!(normalize_line("zwei  Räume"), "zwei Räume");
        assert_eq!(normalize_line("a   b  c"), "a b c");
    }

    proptest::proptest! {
        /// The count of lines is the number of lines made, whatever mix of
        /// line ends.
        #[test]
        fn line_count_is_the_lines_made_of_any_text(text in "[a \r\n\u{e9}]{0,40}") {
            proptest::prop_assert_eq!(line_count(&text), lines(&text).len());
        }

        /// Whatever the line, its normal form has no space at either end
        /// and never two in a row.
        #[test]
        fn normal_lines_have_single_inner_spaces(line in "[ ab]{0,12}|[ a\u{A0}\t\u{200B}é]{0,12}|\\PC{0,20}") {
            let normal = normalize_line(&line);
            proptest::prop_assert!(!normal.contains("  "), "{:?}", normal);
            proptest::prop_assert!(!normal.starts_with(' ') && !normal.ends_with(' '), "{:?}", normal);
        }
    }

    #[test]
    fn nfc() {
        assert_eq!(normalize_line("Cafe\u{301}"), "Café");
    }

    #[test]
    fn clean_lines_are_borrowed() {
        assert!(matches!(normalize_line("Nothing to do here."), Cow::Borrowed(_)));
    }
}
