//! A line's first word, read from a few bytes, for the rules whose patterns
//! open with one of a few words ("By", "Reporting", "Lesezeit"): a line
//! whose first word is none of them is turned away without the pattern,
//! and a page with no such line never compiles it.
//!
//! The patterns fold case and read `\w`, `\s` and `\d` as Unicode does.
//! Outside ASCII a character may be a letter, a space, or one of the two
//! letters that fold to ASCII ones (`ſ` to s, the Kelvin sign to k); in
//! ASCII all of that is plain, and an ASCII letter matches only itself in
//! either case. So the word is told from ASCII bytes: in full when ASCII
//! follows it, as a prefix when a character outside ASCII does
//! ([`Word::Partial`]), and not at all when one comes first
//! ([`Word::Unknown`]), where the pattern decides.

/// What [`first_word`] finds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Word<'t> {
    /// The first run of word characters (`\w`: ASCII letters, digits and
    /// `_`), past what is not one, with an ASCII byte or the end after it.
    Ascii(&'t str),
    /// The first run of ASCII word characters, with a character outside
    /// ASCII after it: the word may go on, or end there (before a space).
    Partial(&'t str),
    /// No word character: the line is ASCII and has no letter or digit.
    None,
    /// The first word starts with this letter outside ASCII, lowercased
    /// and folded ([`fold_to_lowercase`]): no ASCII letter folds to it, so
    /// only words that start with it may match.
    Foreign(char),
    /// A character outside ASCII comes before the first word (other than a
    /// few that are surely not word characters): only the pattern can tell.
    Unknown,
}

impl Word<'_> {
    /// Whether the word, in any case, may be one of `words`: it is one, or
    /// a [`Word::Partial`] one starts, or it is [`Word::Unknown`].
    pub(crate) fn may_be(self, words: &Words) -> bool {
        match self {
            Word::Ascii(word) => words.contains(word),
            Word::Partial(prefix) => words.words.iter().any(|w| {
                w.as_bytes().get(..prefix.len()).is_some_and(|start| start.eq_ignore_ascii_case(prefix.as_bytes()))
            }),
            Word::None => false,
            Word::Foreign(first) => words.words.iter().any(|w| w.starts_with(first)),
            Word::Unknown => true,
        }
    }
}

/// The lowercase words a pattern opens with, asked of nearly every line: a
/// word is compared only with those of its first letter and length (a
/// table lookup), so most lines' first words are turned away without a
/// comparison. Words outside ASCII belong in the list too: their ASCII
/// start is what a [`Word::Partial`] is compared with.
pub(crate) struct Words {
    words: &'static [&'static str],
    /// Bit `n` of entry `b`: some word starts with byte `b` and has `n`
    /// bytes (63 for longer ones).
    openings: [u64; 256],
}

impl Words {
    pub(crate) const fn new(words: &'static [&'static str]) -> Words {
        let mut openings = [0u64; 256];
        let mut i = 0;
        while i < words.len() {
            let word = words[i].as_bytes();
            assert!(!word.is_empty(), "an empty word");
            let mut j = 0;
            while j < word.len() {
                assert!(!word[j].is_ascii_uppercase(), "words are lowercase");
                j += 1;
            }
            openings[word[0] as usize] |= 1 << length_bit(word.len());
            i += 1;
        }
        Words { words, openings }
    }

    /// Whether the first word of `text` may be one of the words: what
    /// `first_word(text).may_be(self)` says, with the common case first: a
    /// line that opens with an ASCII letter or digit that no word starts
    /// with.
    pub(crate) fn may_open(&self, text: &str) -> bool {
        match text.as_bytes().first() {
            Some(&b) if is_word_byte(b) && self.openings[usize::from(b.to_ascii_lowercase())] == 0 => false,
            _ => first_word(text).may_be(self),
        }
    }

    /// Whether `word` is one of the words, in any case.
    pub(crate) fn contains(&self, word: &str) -> bool {
        let Some(&first) = word.as_bytes().first() else {
            return false;
        };
        self.openings[usize::from(first.to_ascii_lowercase())] >> length_bit(word.len()) & 1 != 0
            && self.words.iter().any(|w| w.eq_ignore_ascii_case(word))
    }
}

const fn length_bit(len: usize) -> usize {
    if len < 63 {
        len
    } else {
        63
    }
}

/// Characters outside ASCII that lines often open with (bullets, dashes,
/// quotes, arrows, currency and other signs, spaces): not word characters,
/// and no letter folds to them, so they are passed over as ASCII
/// punctuation is. A test holds each to `\W`.
fn is_non_word(c: char) -> bool {
    matches!(
        c,
        '\u{a0}'
            | '\u{2002}'..='\u{200a}'
            | '\u{202f}'
            | '\u{3000}'
            | '•'
            | '·'
            | '‐'..='―'
            | '‘'..='‟'
            | '…'
            | '‹'
            | '›'
            | '«'
            | '»'
            | '¡'
            | '¿'
            | '§'
            | '¶'
            | '°'
            | '©'
            | '®'
            | '™'
            | '×'
            | '£'
            | '€'
            | '¥'
            | '→'
            | '←'
            | '▶'
            | '►'
            | '▸'
            | '■'
            | '●'
            | '★'
            | '☆'
            | '☰'
            | '✓'
            | '✔'
            | '✕'
            | '✖'
    )
}

/// The first word's first letter `c`, outside ASCII (a word character, as
/// every letter is): [`Word::Foreign`], or [`Word::Unknown`] when its
/// lowercase is more than one character.
fn foreign(c: char) -> Word<'static> {
    if crate::chars::has_own_lowercase(c) {
        return Word::Foreign(fold_to_lowercase(c));
    }
    let mut lower = c.to_lowercase();
    match (lower.next(), lower.next()) {
        (Some(l), None) => Word::Foreign(fold_to_lowercase(l)),
        _ => Word::Unknown,
    }
}

/// A lowercase letter as case folding reads it: the few lowercase letters
/// that fold to another letter (`ſ` to s, the old Cyrillic forms to о, т
/// …) become that one. A test holds every character that folds to a Latin
/// or Cyrillic letter to this, so that a word of such letters may be
/// compared with a line's lowercase, folded.
pub(crate) fn fold_to_lowercase(c: char) -> char {
    match c {
        'ſ' => 's',
        '\u{1c80}' => 'в',
        '\u{1c81}' => 'д',
        '\u{1c82}' => 'о',
        '\u{1c83}' => 'с',
        '\u{1c84}' | '\u{1c85}' => 'т',
        '\u{1c86}' => 'ъ',
        _ => c,
    }
}

/// `\s` in ASCII: tab to carriage return, and space.
pub(crate) fn is_space_byte(b: u8) -> bool {
    matches!(b, b'\t'..=b'\r' | b' ')
}

/// `\w` in ASCII.
pub(crate) fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// The first word of `text` (see [`Word`]). Over bytes: most lines start
/// with their first word, and this is asked of nearly every line.
pub(crate) fn first_word(text: &str) -> Word<'_> {
    let bytes = text.as_bytes();
    let mut start = 0;
    loop {
        match bytes.get(start) {
            None => return Word::None,
            Some(&b) if is_word_byte(b) => break,
            Some(&b) if b.is_ascii() => start += 1,
            Some(_) => match text.get(start..).and_then(|rest| rest.chars().next()) {
                Some(c) if is_non_word(c) => start += c.len_utf8(),
                Some(c) if crate::chars::is_alphabetic(c) => return foreign(c),
                _ => return Word::Unknown,
            },
        }
    }
    let end = start + bytes[start..].iter().take_while(|&&b| is_word_byte(b)).count();
    match bytes.get(end) {
        Some(b) if !b.is_ascii() => Word::Partial(&text[start..end]),
        _ => Word::Ascii(&text[start..end]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words() {
        for (text, word) in [
            ("By Jane Doe", Word::Ascii("By")),
            ("— Reporting by Jane", Word::Ascii("Reporting")),
            ("(Writing by Tom)", Word::Ascii("Writing")),
            ("Mitarbeit: Anna", Word::Ascii("Mitarbeit")),
            ("5min read", Word::Ascii("5min")),
            ("_x y", Word::Ascii("_x")),
            ("x", Word::Ascii("x")),
            ("× Cancel", Word::Ascii("Cancel")),
            ("© 2019 Company", Word::Ascii("2019")),
            ("", Word::None),
            ("--- ***", Word::None),
            ("Lästid 4 min", Word::Partial("L")),
            ("Today’s Paper", Word::Partial("Today")),
            ("Reporting\u{a0}by Jane", Word::Partial("Reporting")),
            ("ſo what", Word::Foreign('s')),
            ("Автор: Иван", Word::Foreign('а')),
            ("Über uns", Word::Foreign('ü')),
            ("中文", Word::Foreign('中')),
            ("İstanbul", Word::Unknown),
            ("⬇ 12", Word::Unknown),
            ("« Par Marie »", Word::Ascii("Par")),
        ] {
            assert_eq!(first_word(text), word, "{text:?}");
        }
    }

    #[test]
    fn may_be_folds_ascii_case_and_lets_unknown_through() {
        static WORDS: Words = Words::new(&[
            "reporting",
            "read",
            "by",
            "lästid",
            "a-very-long-opening-word-of-more-than-63-bytes-for-the-last-bit",
        ]);
        assert!(first_word("REPORTING by").may_be(&WORDS));
        assert!(first_word("By").may_be(&WORDS));
        assert!(!first_word("Related stories").may_be(&WORDS));
        assert!(!first_word("Be").may_be(&WORDS));
        assert!(!first_word("Reportings").may_be(&WORDS));
        // A fullwidth letter folds to none of ASCII.
        assert!(!first_word("Ｒeporting").may_be(&WORDS));
        assert!(first_word("Reporting\u{a0}by").may_be(&WORDS));
        assert!(first_word("Läs").may_be(&WORDS));
        assert!(first_word("Rea…").may_be(&WORDS));
        assert!(!first_word("Today’s Paper").may_be(&WORDS));
        assert!(!first_word("Läs").may_be(&Words::new(&["read"])));
        assert!(!first_word("...").may_be(&WORDS));
        assert!(WORDS.contains("A-VERY-LONG-OPENING-WORD-OF-MORE-THAN-63-BYTES-FOR-THE-LAST-BIT"));
        assert!(!WORDS.contains("a-very-long-opening-word-of-more-than-63-bytes-for-the-last-bi"));
        assert!(!WORDS.contains(""));
    }

    proptest::proptest! {
        /// The shortcut answers as the first word does, but for a line
        /// that opens with a letter or digit no word starts with.
        #[test]
        fn may_open_is_may_be_of_the_first_word(text in "[ -~•é]{0,8}") {
            static WORDS: Words = Words::new(&["by", "von", "reporting", "_x", "1a"]);
            let opens_otherwise = text.bytes().next().is_some_and(|b| {
                is_word_byte(b) && !WORDS.words.iter().any(|w| w.as_bytes()[0] == b.to_ascii_lowercase())
            });
            proptest::prop_assert_eq!(WORDS.may_open(&text), first_word(&text).may_be(&WORDS) && !opens_otherwise);
        }

        /// The table turns away only words that are not in the list.
        #[test]
        fn words_contains_is_the_list(word in "[a-zA-Z_0-9]{0,12}") {
            static LIST: [&str; 6] = ["by", "von", "reporting", "read", "reading", "r"];
            static WORDS: Words = Words::new(&LIST);
            proptest::prop_assert_eq!(WORDS.contains(&word), LIST.iter().any(|w| w.eq_ignore_ascii_case(&word)));
        }

        /// What the first word says is the pattern's: `^\W*(\w+)` finds
        /// that word, or one that starts with a partial one, or nothing.
        #[test]
        fn told_words_are_the_patterns(text in "[ -~\u{a0}•—«×ſ\u{212a}éÜД中’\u{300}⬇İ]{0,12}") {
            static FIRST: std::sync::LazyLock<regex::Regex> =
                std::sync::LazyLock::new(|| regex::Regex::new(r"^\W*(\w+)").expect("valid"));
            let found = FIRST.captures(&text).and_then(|c| c.get(1)).map(|m| m.as_str());
            match first_word(&text) {
                Word::Ascii(word) => proptest::prop_assert_eq!(found, Some(word), "{:?}", text),
                Word::Partial(prefix) => {
                    proptest::prop_assert!(found.is_some_and(|w| w.starts_with(prefix)), "{:?}", text)
                }
                Word::None => proptest::prop_assert_eq!(found, None, "{:?}", text),
                Word::Foreign(first) => {
                    let lowered = found.and_then(|w| w.chars().next()).map(|c| c.to_lowercase().map(fold_to_lowercase).collect::<Vec<_>>());
                    proptest::prop_assert_eq!(lowered, Some(vec![first]), "{:?}", text)
                }
                Word::Unknown => {}
            }
        }
    }

    /// Every character that case folding matches to a lowercase Latin or
    /// Cyrillic letter lowercases, through `fold_to_lowercase`, to what that
    /// letter does.
    #[test]
    fn folded_lowercase_is_case_folding() {
        use regex_syntax::hir::{ClassUnicode, ClassUnicodeRange};
        let letters = ('a'..='z').chain('ß'..='ÿ').chain('\u{100}'..='\u{17f}').chain('а'..='џ');
        let mut checked = 0;
        for letter in letters.filter(|c| c.is_lowercase() && c.to_uppercase().count() == 1) {
            let expected = fold_to_lowercase(letter);
            let mut class = ClassUnicode::new([ClassUnicodeRange::new(letter, letter)]);
            class.case_fold_simple();
            for c in class.iter().flat_map(|r| r.start()..=r.end()) {
                let lowered: Vec<char> = c.to_lowercase().map(fold_to_lowercase).collect();
                assert_eq!(lowered, [expected], "{c:?} folds to {letter:?}");
                checked += 1;
            }
        }
        assert!(checked > 300, "{checked}");
    }

    /// What is passed over is not a word character to the patterns, and
    /// nothing folds to it from ASCII.
    #[test]
    fn passed_over_characters_are_not_word_characters() {
        let non_word = regex::Regex::new(r"^\W$").expect("valid");
        let folds_to_ascii = regex::Regex::new(r"(?i)^[a-z0-9_]$").expect("valid");
        let passed: Vec<char> = ('\u{80}'..=char::MAX).filter(|&c| is_non_word(c)).collect();
        assert!(passed.len() > 40, "{}", passed.len());
        for c in passed {
            let s = c.to_string();
            assert!(non_word.is_match(&s) && !folds_to_ascii.is_match(&s), "{c:?}");
        }
    }
}
