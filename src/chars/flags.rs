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

/// The format characters (Unicode's `Cf`) that steer rendering or say
/// nothing at all: zero-width space, word joiner, the byte order mark,
/// direction marks, embeddings, overrides and isolates (a menu's
/// `Artikel` between isolates is the word `Artikel`), the Mongolian vowel separator, the
/// interlinear annotation marks and the deprecated format characters.
/// Not the zero-width joiner and non-joiner, which shape Indic and Arabic
/// words and emoji; not the soft hyphen, which is part of its word; not the
/// tags, which spell emoji flags; not the invisible operators (U+2061 to
/// U+2064), which mean something in the formulas and lists that carry them.
fn is_invisible_format(c: char) -> bool {
    matches!(c,
        '\u{200B}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'
        | '\u{2066}'..='\u{206F}' | '\u{FEFF}' | '\u{061C}' | '\u{180E}' | '\u{FFF9}'..='\u{FFFB}')
}

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
    if is_invisible_format(c) || (c.is_control() && !space) {
        f |= INVISIBLE;
    }
    if unicode_normalization::char::canonical_combining_class(c) == 0
        && unicode_normalization::is_nfc_quick(std::iter::once(c)) == unicode_normalization::IsNormalized::Yes
    {
        f |= NFC_SAFE;
    }
    f
}
