//! Inputs the fuzzers found (and a small seed corpus, so this never passes
//! on an empty directory), replayed through both fuzz targets' code paths
//! with their checks: `clean_bytes` rendered every way, and each file as one
//! JSON Lines record.

use newsclean::{Cleaner, JsonFields, RulePack};

mod oracles {
    pub mod jsonl_record;
}

fn cleaner() -> Cleaner {
    let pack =
        RulePack::from_toml_str(include_str!("../examples/rules/example-pack.toml"), "example-pack.toml").unwrap();
    Cleaner::builder().rule_pack(pack).max_bytes(1 << 20).build()
}

fn inputs() -> Vec<(String, Vec<u8>)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fuzz-crashes");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .map(|p| (p.display().to_string(), std::fs::read(&p).unwrap()))
        .collect();
    files.sort();
    assert!(files.len() >= 6, "the seed corpus is in {dir}");
    files
}

#[test]
fn clean_bytes_replays() {
    let cleaner = cleaner();
    for (name, data) in inputs() {
        let article = cleaner.clean_bytes_with_url(&data, Some("https://www.example.com/a")).unwrap();
        let text = article.to_text(false);
        let explain = article.explain();
        let json = serde_json::to_string(&article).unwrap();
        assert!(serde_json::from_str::<serde_json::Value>(&json).unwrap().is_object(), "{name}");
        for p in &article.paragraphs {
            assert!(article.lines.iter().any(|l| &l.text == p), "{name}: made-up paragraph {p:?}");
        }
        assert!(text.is_empty() || text.ends_with('\n'), "{name}");
        assert_eq!(explain.lines().count(), article.lines.len(), "{name}");
    }
}

#[test]
fn jsonl_record_replays() {
    let cleaner = cleaner();
    for (name, data) in inputs() {
        let record = cleaner.clean_json_record(1, &data, &JsonFields::default());
        if let Err(why) = oracles::jsonl_record::check(&data, &record) {
            panic!("{name}: {why}");
        }
    }
}
