//! Properties that hold for any input: no panic on any bytes, every output
//! line comes from the input, cleaning is deterministic, and cleaning the
//! output again only removes (never adds).

use newsclean::Cleaner;
use proptest::prelude::*;
use std::collections::HashSet;
use std::sync::OnceLock;

fn cleaner() -> &'static Cleaner {
    static CLEANER: OnceLock<Cleaner> = OnceLock::new();
    CLEANER.get_or_init(Cleaner::new)
}

/// Lines that look like pages: prose, headlines, chrome, dates, junk.
fn page() -> impl Strategy<Value = String> {
    let line = prop_oneof![
        "[A-Z][a-z]{2,9}( [a-z]{1,9}){6,30}[.!?]",
        "[A-Z][a-z]{2,9}( [A-Z][a-z]{1,9}){1,8}",
        Just("2 min read".to_owned()),
        Just("Related: Something else happened".to_owned()),
        Just("Explore".to_owned()),
        Just("August 4, 2025".to_owned()),
        Just("Advertisement".to_owned()),
        Just(String::new()),
        "\\PC{0,60}",
    ];
    prop::collection::vec(line, 0..40).prop_map(|lines| lines.join("\n"))
}

fn normalized_input_lines(text: &str) -> HashSet<String> {
    use unicode_normalization::UnicodeNormalization;
    // The same normalization the cleaner applies: spaces collapsed, trimmed, NFC.
    text.lines()
        .map(|l| {
            let spaced = l
                .split(|c: char| c.is_whitespace() || c == '\u{3000}')
                .filter(|w| !w.is_empty())
                .collect::<Vec<_>>()
                .join(" ");
            spaced.nfc().collect()
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn any_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        let article = cleaner().clean_bytes(&bytes).unwrap();
        let text = article.to_text(false);
        let _ = serde_json::to_string(&article).unwrap();
        let _ = article.explain();
        prop_assert!(std::str::from_utf8(text.as_bytes()).is_ok());
    }

    #[test]
    fn output_lines_come_from_the_input(text in page()) {
        let article = cleaner().clean(&text);
        let input = normalized_input_lines(&text);
        for line in article.to_text(false).lines().filter(|l| !l.is_empty()) {
            prop_assert!(input.contains(line), "{line:?} is not an input line");
        }
    }

    #[test]
    fn cleaning_is_deterministic(text in page()) {
        prop_assert_eq!(cleaner().clean(&text), cleaner().clean(&text));
    }

    #[test]
    fn cleaning_again_only_removes(text in page()) {
        let once = cleaner().clean(&text).to_text(false);
        let twice = cleaner().clean(&once).to_text(false);
        let once_lines: HashSet<&str> = once.lines().collect();
        for line in twice.lines() {
            prop_assert!(once_lines.contains(line), "{line:?} appeared on the second pass");
        }
    }
}

#[test]
fn hostile_shapes_finish() {
    let c = cleaner();
    let long_line = "word ".repeat(200_000);
    assert!(c.clean(&long_line).paragraphs.len() <= 1);
    let many_lines = "word\n".repeat(200_000);
    assert!(c.clean(&many_lines).paragraphs.is_empty());
    let punctuation = "!?.,;:".repeat(100_000);
    let _ = c.clean(&punctuation);
    let nuls = vec![0u8; 100_000];
    let _ = c.clean_bytes(&nuls).unwrap();
}
