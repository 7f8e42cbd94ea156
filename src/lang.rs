//! Stopword lists and per-document language detection.
//!
//! Prose is dense in function words ("the", "und", "de", "и"); menus, teaser
//! headlines and footers are not. The lists come from the `stop-words` crate
//! (NLTK lists where it has them, Stopwords-ISO otherwise) and are merged
//! into one table, built once: word -> bit set of the languages that list it.
//! A document's language is the one whose list matches most of its words.

/// Languages whose stopwords we use, as ISO 639-1 codes. The order is the
/// bit index in [`StopwordTable`]; at most 64.
pub(crate) const LANGUAGES: &[&str] = &[
    "en", "de", "fr", "es", "pt", "it", "pl", "ru", "nl", "sv", "da", "no", "fi", "cs", "sk", "sl", "hr", "hu", "ro",
    "tr", "el", "uk", "bg", "id", "ca", "et", "lv", "lt", "ar", "he", "fa", "hi",
];

/// Word -> languages listing it as a stopword.
///
/// Looked up once for every word of every page, so the table is built for
/// that: a word of up to [`PACKED_BYTES`] bytes (nearly all stopwords, and
/// most words) is packed into two integers and found by open addressing in
/// one flat array, with no string comparison and no pointer to follow.
/// The few longer stopwords are in a hash map.
#[derive(Debug)]
pub(crate) struct StopwordTable {
    /// Slots of packed words and their language sets; a slot with an empty
    /// set is free. The length is a power of two, at most half full.
    slots: Vec<Slot>,
    /// How far to shift a packed word's hash to get its first slot.
    shift: u32,
    /// Words longer than [`PACKED_BYTES`].
    long_words: foldhash::HashMap<&'static [u8], u64>,
    /// The longest stopword, in bytes: longer words need no lookup.
    longest: usize,
    /// One bit per hash value of the packed words ([`filter_bit`]): a
    /// clear bit means no stopword, with no probe of `slots`. The slots
    /// (hundreds of KB) are mostly out of the nearest cache; this (8 KB)
    /// stays in it, and most of a text's words that are no stopword
    /// stop here.
    filter: Box<[u64; FILTER_WORDS]>,
}

/// The filter's size in 64-bit words: 2^16 bits.
const FILTER_WORDS: usize = 1 << 10;

/// Words of up to this many bytes are packed into a [`Slot`] (the
/// sixteenth byte holds the length).
const PACKED_BYTES: usize = 15;

#[derive(Debug, Clone, Copy, Default)]
struct Slot {
    /// The word's bytes, little-endian, zero-padded, its length in the
    /// last byte (so that padding cannot make "a" and "a\0" equal).
    packed: [u64; 2],
    languages: u64,
}

/// A word of at most [`PACKED_BYTES`] bytes as two integers.
#[inline]
fn pack(word: &[u8]) -> [u64; 2] {
    let length = (word.len() as u64) << 56;
    match word.split_at_checked(8) {
        Some((low, high)) => [u64::from_le_bytes(low.try_into().expect("eight bytes")), load_short(high) | length],
        None => [load_short(word), length],
    }
}

/// Up to eight bytes as a little-endian integer, zero-padded: two loads
/// that may overlap instead of a copy of variable length (a `memcpy` call).
#[inline]
fn load_short(bytes: &[u8]) -> u64 {
    let n = bytes.len();
    if n >= 4 {
        let low = u32::from_le_bytes(bytes[..4].try_into().expect("four bytes"));
        let high = u32::from_le_bytes(bytes[n - 4..].try_into().expect("four bytes"));
        u64::from(low) | u64::from(high) << (8 * (n - 4))
    } else if n >= 2 {
        let low = u16::from_le_bytes(bytes[..2].try_into().expect("two bytes"));
        let high = u16::from_le_bytes(bytes[n - 2..].try_into().expect("two bytes"));
        u64::from(low) | u64::from(high) << (8 * (n - 2))
    } else {
        bytes.first().map_or(0, |&b| u64::from(b))
    }
}

impl StopwordTable {
    pub(crate) fn new() -> StopwordTable {
        StopwordTable::from_words(merged_lists())
    }

    fn from_words(words: foldhash::HashMap<&'static str, u64>) -> StopwordTable {
        let longest = words.keys().map(|w| w.len()).max().unwrap_or(0);
        let (short, long): (Vec<_>, Vec<_>) = words
            .into_iter()
            .filter(|&(_, languages)| languages != 0)
            .partition(|(word, _)| word.len() <= PACKED_BYTES);
        let long_words = long.into_iter().map(|(word, languages)| (word.as_bytes(), languages)).collect();
        let slot_count = (short.len() * 2).next_power_of_two().max(2);
        let shift = 64 - slot_count.trailing_zeros();
        let mut slots = vec![Slot::default(); slot_count];
        let mut filter = Box::new([0u64; FILTER_WORDS]);
        for (word, languages) in short {
            let packed = pack(word.as_bytes());
            let bit = filter_bit(packed);
            filter[bit / 64] |= 1 << (bit % 64);
            let mut at = first_slot(packed, shift);
            while slots[at].languages != 0 {
                at = (at + 1) & (slot_count - 1);
            }
            slots[at] = Slot { packed, languages };
        }
        StopwordTable { slots, shift, long_words, longest, filter }
    }

    /// Whether [`StopwordTable::filter`] lets the packed word through to
    /// the slots.
    #[inline]
    fn filter_passes(&self, packed: [u64; 2]) -> bool {
        let bit = filter_bit(packed);
        self.filter[bit / 64] & (1 << (bit % 64)) != 0
    }

    /// A table of no stopwords.
    #[cfg(test)]
    pub(crate) fn empty() -> StopwordTable {
        StopwordTable::from_words(foldhash::HashMap::default())
    }

    /// The language bit set of a lowercase word (its UTF-8 bytes).
    #[inline]
    pub(crate) fn languages_of(&self, word: &[u8]) -> u64 {
        if word.len() > self.longest {
            return 0;
        }
        if word.len() > PACKED_BYTES {
            return self.long_words.get(word).copied().unwrap_or(0);
        }
        let packed = pack(word);
        if !self.filter_passes(packed) {
            return 0;
        }
        let mask = self.slots.len() - 1;
        let mut at = first_slot(packed, self.shift);
        loop {
            let slot = &self.slots[at];
            if slot.packed == packed || slot.languages == 0 {
                return slot.languages;
            }
            at = (at + 1) & mask;
        }
    }
}

/// The stopword lists of [`LANGUAGES`] merged: word -> languages.
fn merged_lists() -> foldhash::HashMap<&'static str, u64> {
    let mut words: foldhash::HashMap<&'static str, u64> =
        foldhash::HashMap::with_capacity_and_hasher(8192, Default::default());
    for (bit, code) in LANGUAGES.iter().enumerate() {
        let Some(list) = stop_words::lookup(code) else { continue };
        // Stopwords-ISO lists for some languages run to over a thousand
        // entries, including content words; the first few hundred are the
        // function words (the lists are ordered by frequency only for NLTK,
        // so we cap instead of trusting order elsewhere).
        for word in list.iter().take(400) {
            *words.entry(word).or_insert(0) |= 1 << bit;
        }
    }
    words
}

/// Where a packed word's probe starts: the top bits of a multiplicative
/// hash (Fibonacci hashing), `64 - shift` of them.
#[inline]
fn first_slot(packed: [u64; 2], shift: u32) -> usize {
    (mix(packed) >> shift) as usize
}

/// A packed word's bit in [`StopwordTable::filter`]: sixteen bits of the
/// hash below those any table of up to 2^32 slots takes its slot from.
#[inline]
fn filter_bit(packed: [u64; 2]) -> usize {
    ((mix(packed) >> 16) & 0xFFFF) as usize
}

#[inline]
fn mix(packed: [u64; 2]) -> u64 {
    (packed[0] ^ packed[1].rotate_left(31)).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

/// Picks the language with the most stopword hits, given per-language
/// counts; `None` when stopwords are too rare to tell (CJK, Thai, lists).
pub(crate) fn detect(counts: &[u32; 64], total_words: usize) -> Option<usize> {
    let (best, &hits) = counts.iter().enumerate().max_by_key(|&(i, c)| (*c, std::cmp::Reverse(i)))?;
    // Below this share of stopwords the "winner" is noise.
    if total_words == 0 || (hits as usize) * 12 < total_words {
        return None;
    }
    Some(best)
}

/// Iterates the words of a line for stopword lookup: runs of letters,
/// digits and apostrophes; a leading or trailing apostrophe is dropped.
/// The definition: blocks find them while scanning a line for more.
#[cfg(test)]
pub(crate) fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(crate::chars::is_alphanumeric(c) || c == '\'' || c == '’'))
        .map(|w| w.trim_matches(|c| c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn language_of(text: &str) -> Option<&'static str> {
        let table = StopwordTable::new();
        let mut counts = [0u32; 64];
        let mut total = 0;
        for w in words(&text.to_lowercase()) {
            total += 1;
            let set = table.languages_of(w.as_bytes());
            for (bit, count) in counts.iter_mut().enumerate() {
                if set & (1 << bit) != 0 {
                    *count += 1;
                }
            }
        }
        detect(&counts, total).map(|i| LANGUAGES[i])
    }

    #[test]
    fn detects_common_languages() {
        assert_eq!(language_of("The minister said that the talks would continue in the spring."), Some("en"));
        assert_eq!(language_of("Der Minister sagte, dass die Gespräche im Frühjahr fortgesetzt werden."), Some("de"));
        assert_eq!(
            language_of("Le ministre a déclaré que les discussions se poursuivraient au printemps."),
            Some("fr")
        );
        assert_eq!(
            language_of("Minister powiedział, że rozmowy będą kontynuowane na wiosnę, ale nie wcześniej."),
            Some("pl")
        );
        assert_eq!(language_of("Министр сказал, что переговоры будут продолжены весной, но не раньше."), Some("ru"));
    }

    /// The packed table answers as the merged lists do: for every
    /// stopword (short, long, non-ASCII), for every word of the fixtures,
    /// and for near misses (a stopword with a byte more or less).
    #[test]
    fn table_lookup_is_the_merged_lists() {
        let lists = merged_lists();
        let table = StopwordTable::new();
        assert!(lists.keys().any(|w| w.len() > PACKED_BYTES), "long stopwords are tested");
        let mut probes: Vec<String> = Vec::new();
        for word in lists.keys() {
            probes.extend([word.to_string(), format!("{word}s"), format!("x{word}")]);
            if let Some((cut, _)) = word.char_indices().last() {
                probes.push(word[..cut].to_owned());
            }
        }
        for line in crate::rules::testing::fixture_lines() {
            probes.extend(words(&line.to_lowercase()).map(str::to_owned));
        }
        probes.extend(["", "a\0", "\0\0\0\0\0\0\0\0\0", "the\0"].map(str::to_owned));
        for probe in &probes {
            assert_eq!(
                table.languages_of(probe.as_bytes()),
                lists.get(probe.as_str()).copied().unwrap_or(0),
                "{probe:?}"
            );
        }
        assert!(StopwordTable::empty().languages_of(b"the") == 0);
    }

    /// The filter lets every stopword through (the test above) and stops
    /// most other words of the fixtures before a probe of the slots.
    #[test]
    fn the_filter_stops_most_other_words() {
        let table = StopwordTable::new();
        let mut others = std::collections::HashSet::new();
        for line in crate::rules::testing::fixture_lines() {
            let lower = line.to_lowercase();
            others.extend(words(&lower).filter(|w| w.len() <= PACKED_BYTES).map(str::to_owned));
        }
        others.retain(|w| table.languages_of(w.as_bytes()) == 0);
        let stopped = others.iter().filter(|w| !table.filter_passes(pack(w.as_bytes()))).count();
        assert!(others.len() > 500 && stopped * 10 > others.len() * 8, "{stopped} of {}", others.len());
    }

    #[test]
    fn packing_is_the_bytes_zero_padded_and_the_length() {
        let word = b"abcdefghijklmno";
        for n in 0..=PACKED_BYTES {
            let mut bytes = [0u8; 16];
            bytes[..n].copy_from_slice(&word[..n]);
            bytes[15] = n as u8;
            let expected = [
                u64::from_le_bytes(bytes[..8].try_into().unwrap()),
                u64::from_le_bytes(bytes[8..].try_into().unwrap()),
            ];
            assert_eq!(pack(&word[..n]), expected, "{n} bytes");
        }
    }

    #[test]
    fn no_language_for_cjk_or_lists() {
        assert_eq!(language_of("東京都は来週から道路を閉鎖すると発表しました"), None);
        assert_eq!(language_of("Home World Business Markets Sport"), None);
    }
}
