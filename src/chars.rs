//! Character classes by table, for the hot loops of every stage.
//!
//! Most of a page's bytes are in lines that are not pure ASCII (prose with
//! curly quotes and accents, or Cyrillic, Greek, CJK text), and asking the
//! standard library whether such a character is alphabetic, numeric,
//! uppercase or changed by lowercasing is a binary search per question.
//! This table answers all of them for the Basic Multilingual Plane with one
//! load; it is built once per process from the standard library's own
//! answers, so the two always agree. Characters beyond the BMP (rare in
//! text) are asked the standard way.

use std::sync::OnceLock;

const ALPHABETIC: u8 = 1;
const NUMERIC: u8 = 1 << 1;
const UPPERCASE: u8 = 1 << 2;
/// `to_lowercase` maps the character to itself alone.
const OWN_LOWERCASE: u8 = 1 << 3;
/// Whitespace, or the ideographic space.
const SPACE: u8 = 1 << 4;
/// Zero-width and control characters that carry no visible text.
const INVISIBLE: u8 = 1 << 5;
/// Text made only of such characters is in NFC: each is NFC by the quick
/// check, and none is a combining mark that could reorder or compose.
const NFC_SAFE: u8 = 1 << 6;

fn flags_of(c: char) -> u8 {
    let mut f = 0;
    if c.is_alphabetic() {
        f |= ALPHABETIC;
    }
    if c.is_numeric() {
        f |= NUMERIC;
    }
    if c.is_uppercase() {
        f |= UPPERCASE;
    }
    let mut lower = c.to_lowercase();
    if lower.next() == Some(c) && lower.next().is_none() {
        f |= OWN_LOWERCASE;
    }
    let space = c.is_whitespace() || c == '\u{3000}';
    if space {
        f |= SPACE;
    }
    if matches!(c, '\u{200B}' | '\u{2060}' | '\u{FEFF}' | '\u{200E}' | '\u{200F}') || (c.is_control() && !space) {
        f |= INVISIBLE;
    }
    if unicode_normalization::char::canonical_combining_class(c) == 0
        && unicode_normalization::is_nfc_quick(std::iter::once(c)) == unicode_normalization::IsNormalized::Yes
    {
        f |= NFC_SAFE;
    }
    f
}

fn table() -> &'static [u8; 0x10000] {
    static TABLE: OnceLock<Box<[u8; 0x10000]>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = Box::new([0u8; 0x10000]);
        for (code, f) in t.iter_mut().enumerate() {
            // Surrogates are not chars; their entries stay 0 and are never read.
            if let Some(c) = char::from_u32(code as u32) {
                *f = flags_of(c);
            }
        }
        t
    })
}

#[inline]
fn flags(c: char) -> u8 {
    match u16::try_from(c as u32) {
        Ok(code) => table()[usize::from(code)],
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
/// spaces and joiners' kin, byte-order marks, direction marks, and control
/// characters other than whitespace. The soft hyphen is not one: it is part
/// of the words it sits in, and users match output against their input.
#[inline]
pub(crate) fn is_invisible(c: char) -> bool {
    flags(c) & INVISIBLE != 0
}

/// Every character of `text` is NFC-safe, so `text` is in NFC; `false`
/// says nothing (ask the full quick check then). Nearly all text is.
pub(crate) fn surely_nfc(text: &str) -> bool {
    text.chars().all(|c| c.is_ascii() || flags(c) & NFC_SAFE != 0)
}

/// Appends the lowercase of `c`, as `char::to_lowercase` gives it.
#[inline]
pub(crate) fn push_lowercase(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else if flags(c) & OWN_LOWERCASE != 0 {
        out.push(c);
    } else {
        out.extend(c.to_lowercase());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every char the table answers for, and some beyond it.
    fn all_chars() -> impl Iterator<Item = char> {
        (0..0x10000u32).chain([0x1F600, 0x20000, 0x2A6D6, 0x10FFFF]).filter_map(char::from_u32)
    }

    #[test]
    fn answers_as_the_standard_library_does() {
        for c in all_chars() {
            assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
            assert_eq!(is_uppercase(c), c.is_uppercase(), "{c:?}");
            assert_eq!(is_space(c), c.is_whitespace() || c == '\u{3000}', "{c:?}");
            let mut lower = String::new();
            push_lowercase(c, &mut lower);
            assert_eq!(lower, c.to_lowercase().collect::<String>(), "{c:?}");
        }
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
        for c in ['\u{200B}', '\u{FEFF}', '\u{200E}', '\0', '\u{7F}', '\u{85}'] {
            assert_eq!(is_invisible(c), !c.is_whitespace(), "{c:?}");
        }
        for c in ['a', ' ', '\t', '\u{AD}', '\u{3000}', 'é'] {
            assert!(!is_invisible(c), "{c:?}");
        }
    }
}
