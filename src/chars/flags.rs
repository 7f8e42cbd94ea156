//! The character classes of [`super`], per character, from the standard
//! library's own answers. Shared with `build.rs`, which runs [`flags_of`]
//! over the Basic Multilingual Plane at build time and stores the table the
//! library then reads: building it at run time cost every process about 45 M
//! instructions (most of a one-page run's start).

pub(crate) const ALPHABETIC: u8 = 1;
pub(crate) const NUMERIC: u8 = 1 << 1;
pub(crate) const UPPERCASE: u8 = 1 << 2;
/// `to_lowercase` maps the character to itself alone.
pub(crate) const OWN_LOWERCASE: u8 = 1 << 3;
/// Whitespace, or the ideographic space.
pub(crate) const SPACE: u8 = 1 << 4;
/// Zero-width and control characters that carry no visible text.
pub(crate) const INVISIBLE: u8 = 1 << 5;
/// Text made only of such characters is in NFC: each is NFC by the quick
/// check, and none is a combining mark that could reorder or compose.
pub(crate) const NFC_SAFE: u8 = 1 << 6;

pub(crate) fn flags_of(c: char) -> u8 {
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
