//! Character classes by table, for the hot loops of every stage.
//!
//! Most of a page's bytes are in lines that are not pure ASCII (prose with
//! curly quotes and accents, or Cyrillic, Greek, CJK text), and asking the
//! standard library whether such a character is alphabetic, numeric,
//! uppercase or changed by lowercasing is a binary search per question.
//! This table answers all of them for the Basic Multilingual Plane with one
//! load; `build.rs` writes it at build time from the standard library's
//! own answers, so the two always agree (a test checks every character).
//! Characters beyond the BMP (rare in text) are asked the standard way.

mod flags;

use flags::{flags_of, ALPHABETIC, INVISIBLE, NFC_SAFE, NUMERIC, OWN_LOWERCASE, SPACE, UPPERCASE};

/// Flags of every BMP character, by code point; written by `build.rs` with
/// [`flags_of`]. Surrogates are not chars: their entries are 0, never read.
static TABLE: [u8; 0x10000] = *include_bytes!(concat!(env!("OUT_DIR"), "/char_flags.bin"));

#[inline]
fn flags(c: char) -> u8 {
    match u16::try_from(c as u32) {
        Ok(code) => TABLE[usize::from(code)],
        Err(_) => flags_of(c),
    }
}

#[inline]
pub(crate) fn is_alphabetic(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        flags(c) & ALPHABETIC != 0
    }
}

#[inline]
pub(crate) fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        flags(c) & (ALPHABETIC | NUMERIC) != 0
    }
}

#[inline]
pub(crate) fn is_uppercase(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_uppercase()
    } else {
        flags(c) & UPPERCASE != 0
    }
}

/// Whitespace or the ideographic space.
#[inline]
pub(crate) fn is_space(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_whitespace() || c == '\u{0B}'
    } else {
        flags(c) & SPACE != 0
    }
}

/// Characters that carry no visible text in scraped pages: zero-width
/// spaces and joiners' kin, byte-order marks, direction marks, embeddings
/// and isolates, and control characters other than whitespace. The soft hyphen is not one: it is part
/// of the words it sits in, and users match output against their input.
#[inline]
pub(crate) fn is_invisible(c: char) -> bool {
    flags(c) & INVISIBLE != 0
}

/// Whether `bytes` has `first` right before `second` anywhere: a fold over
/// the byte pairs with no early exit, which the compiler turns into vector
/// compares. Cheaper on a line than a search that stops at every `first`
/// (a call each) or a loop that exits early (a byte at a time).
#[inline]
pub(crate) fn has_byte_pair(bytes: &[u8], first: u8, second: u8) -> bool {
    bytes.iter().zip(bytes.iter().skip(1)).fold(false, |found, (&a, &b)| found | (a == first && b == second))
}

/// Every character of `text` is NFC-safe, so `text` is in NFC; `false`
/// says nothing (ask the full quick check then). Nearly all text is.
pub(crate) fn surely_nfc(text: &str) -> bool {
    text.chars().all(|c| c.is_ascii() || flags(c) & NFC_SAFE != 0)
}

/// Whether `text` has no control, invisible or non-ASCII space character
/// (a space other than U+0020 is one of those), and whether it is
/// [`surely_nfc`]. Most characters of most lines are ASCII: they are tested
/// in one vectorized pass over the bytes, and skipped eight at a time when
/// the other characters are looked up.
pub(crate) fn clean_and_surely_nfc(text: &str) -> (bool, bool) {
    let bytes = text.as_bytes();
    let mut clean = !bytes.iter().fold(false, |control, &b| control | (b < 0x20) | (b == 0x7F));
    let mut nfc = true;
    let mut i = 0;
    while i < bytes.len() {
        if let Some(chunk) = bytes.get(i..i + 8) {
            if u64::from_le_bytes(chunk.try_into().expect("eight bytes")) & 0x8080_8080_8080_8080 == 0 {
                i += 8;
                continue;
            }
        }
        if bytes[i].is_ascii() {
            i += 1;
            continue;
        }
        // `i` is where a character starts: every step is a whole one.
        let c = text[i..].chars().next().expect("a character starts here");
        i += c.len_utf8();
        let f = flags(c);
        clean &= f & (SPACE | INVISIBLE) == 0;
        nfc &= f & NFC_SAFE != 0;
    }
    (clean, nfc)
}

/// Whether `c` is its own lowercase, as `char::to_lowercase` gives it.
#[inline]
pub(crate) fn has_own_lowercase(c: char) -> bool {
    if c.is_ascii() {
        !c.is_ascii_uppercase()
    } else {
        flags(c) & OWN_LOWERCASE != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every char the table answers for, and some beyond it.
    fn all_chars() -> impl Iterator<Item = char> {
        (0..0x10000u32).chain([0x1F600, 0x20000, 0x2A6D6, 0x10FFFF]).filter_map(char::from_u32)
    }

    proptest::proptest! {
        /// The fold finds a pair exactly where a search of the windows does.
        #[test]
        fn byte_pair_is_a_window(bytes in proptest::collection::vec(proptest::sample::select(b"ab. y".to_vec()), 0..40)) {
            for (first, second) in [(b'a', b'b'), (b'.', b'.'), (b' ', b' '), (b'b', b'y')] {
                let window = bytes.windows(2).any(|w| w == [first, second]);
                proptest::prop_assert_eq!(has_byte_pair(&bytes, first, second), window);
            }
        }
    }

    #[test]
    fn answers_as_the_standard_library_does() {
        for c in all_chars() {
            assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
            assert_eq!(is_uppercase(c), c.is_uppercase(), "{c:?}");
            assert_eq!(is_space(c), c.is_whitespace() || c == '\u{3000}', "{c:?}");
            assert_eq!(has_own_lowercase(c), c.to_lowercase().eq([c]), "{c:?}");
        }
    }

    #[test]
    fn clean_and_surely_nfc_is_both_questions() {
        let clean = |c: char| if c.is_ascii() { !c.is_ascii_control() } else { !is_space(c) && !is_invisible(c) };
        for c in all_chars() {
            let text = format!("a{c}b");
            let answer = (clean(c), surely_nfc(&text));
            assert_eq!(clean_and_surely_nfc(&text), answer, "{c:?}");
            // Among runs of ASCII long enough to be skipped whole.
            for text in [format!("ASCII letters{c}"), format!("{c}ASCII letters"), format!("0123456{c}89abcdefgh")] {
                assert_eq!(clean_and_surely_nfc(&text), answer, "{text:?}");
            }
        }
        assert_eq!(clean_and_surely_nfc("Café\u{00A0}au lait"), (false, true));
        assert_eq!(clean_and_surely_nfc("Cafe\u{301}"), (true, false));
    }

    #[test]
    fn surely_nfc_is_never_wrong() {
        use unicode_normalization::UnicodeNormalization;
        for c in all_chars() {
            let text = format!("a{c}");
            if surely_nfc(&text) {
                assert_eq!(text.nfc().collect::<String>(), text, "{c:?}");
            }
        }
        assert!(surely_nfc("Café Ωμέγα 한국어 東京 Привет"));
        assert!(!surely_nfc("Cafe\u{301}"));
    }

    #[test]
    fn invisibles() {
        for c in [
            '\u{200B}', '\u{FEFF}', '\u{200E}', '\0', '\u{7F}', '\u{85}', '\u{202B}', '\u{202E}', '\u{2067}',
            '\u{2069}', '\u{061C}', '\u{180E}', '\u{FFF9}',
        ] {
            assert_eq!(is_invisible(c), !c.is_whitespace(), "{c:?}");
        }
        for c in ['a', ' ', '\t', '\u{AD}', '\u{3000}', 'é', '\u{200C}', '\u{200D}', '\u{E0067}', '\u{2063}'] {
            assert!(!is_invisible(c), "{c:?}");
        }
    }
}
