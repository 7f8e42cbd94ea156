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
#[derive(Debug)]
pub(crate) struct StopwordTable {
    /// foldhash: a lookup per word of every page; SipHash was a visible cost.
    words: foldhash::HashMap<&'static str, u64>,
    /// The longest stopword, in bytes: longer words need no lookup.
    longest: usize,
}

impl StopwordTable {
    pub(crate) fn new() -> StopwordTable {
        let mut words: foldhash::HashMap<&'static str, u64> =
            foldhash::HashMap::with_capacity_and_hasher(8192, Default::default());
        for (bit, code) in LANGUAGES.iter().enumerate() {
            let Some(list) = stop_words::lookup(code) else { continue };
            // Stopwords-ISO lists for some languages run to over a thousand
            // entries, including content words; the first few hundred are
            // the function words (the lists are ordered by frequency only
            // for NLTK, so we cap instead of trusting order elsewhere).
            for word in list.iter().take(400) {
                *words.entry(word).or_insert(0) |= 1 << bit;
            }
        }
        let longest = words.keys().map(|w| w.len()).max().unwrap_or(0);
        StopwordTable { words, longest }
    }

    /// A table of no stopwords.
    #[cfg(test)]
    pub(crate) fn empty() -> StopwordTable {
        StopwordTable { words: foldhash::HashMap::default(), longest: 0 }
    }

    /// The language bit set of a lowercase word.
    #[inline]
    pub(crate) fn languages_of(&self, lowercase_word: &str) -> u64 {
        if lowercase_word.len() > self.longest {
            return 0;
        }
        self.words.get(lowercase_word).copied().unwrap_or(0)
    }
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
            let set = table.languages_of(w);
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

    #[test]
    fn no_language_for_cjk_or_lists() {
        assert_eq!(language_of("東京都は来週から道路を閉鎖すると発表しました"), None);
        assert_eq!(language_of("Home World Business Markets Sport"), None);
    }
}
