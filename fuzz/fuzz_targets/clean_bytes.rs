//! Any bytes as a page, through `Cleaner::clean_bytes_with_url` with the
//! example rule pack, rendered as text, JSON and explain. Finds panics and
//! checks that no output line is made up.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsclean::{Cleaner, RulePack};
use std::sync::OnceLock;

fn cleaner() -> &'static Cleaner {
    static CLEANER: OnceLock<Cleaner> = OnceLock::new();
    CLEANER.get_or_init(|| {
        let pack = RulePack::from_toml_str(include_str!("../../examples/rules/example-pack.toml"), "example-pack.toml")
            .expect("the example pack parses");
        // A small limit keeps the fuzzer's inputs and time per input small.
        Cleaner::builder().rule_pack(pack).max_bytes(1 << 20).build()
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(article) = cleaner().clean_bytes_with_url(data, Some("https://www.example.com/a")) else { return };
    let text = article.to_text(false);
    let _ = article.to_text(true);
    let explain = article.explain();
    let json = serde_json::to_string(&article).expect("an article serializes");
    let value: serde_json::Value = serde_json::from_str(&json).expect("the JSON reads back");
    assert!(value.is_object());
    // Every kept line is a reported input line.
    for paragraph in &article.paragraphs {
        assert!(article.lines.iter().any(|l| &l.text == paragraph), "made-up paragraph {paragraph:?}");
    }
    assert!(text.is_empty() || text.ends_with('\n'));
    assert_eq!(explain.lines().count(), article.lines.len());
});
