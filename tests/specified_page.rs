//! The page the project was specified from, held to its specification
//! line by line (the snapshots pin the rest).

use newsclean::{Cleaner, Verdict};

const PAGE: &str = include_str!("../fixtures/trt-us-pakistan-diplomats.txt");
const TITLE: &str = "Top US, Pakistan diplomats discuss regional issues";

fn article() -> newsclean::Article {
    Cleaner::new().clean(PAGE)
}

#[test]
fn text_output_is_title_subtitle_and_twelve_body_blocks() {
    let text = article().to_text(false);
    let blocks: Vec<&str> = text.trim_end().split("\n\n").collect();
    assert_eq!(blocks[0], TITLE);
    assert!(blocks[1].starts_with("Discussions took place the day after Islamabad"));
    assert_eq!(blocks.len(), 2 + 12, "{text}");
    assert!(blocks[2].starts_with("Top US and Pakistani diplomats discussed"));
    assert_eq!(blocks[2 + 6], "Mediating conversations");
    assert!(blocks[13].starts_with("Trump also hosted Pakistan's army chief"));
    // Each exactly once, single blank lines, no stray spaces.
    assert!(!text.contains("\n\n\n"));
    assert!(text.lines().all(|l| l == l.trim()));
    for block in &blocks {
        assert_eq!(text.matches(block).count(), 1, "{block}");
    }
    assert!(text.ends_with(".\n"));
}

#[test]
fn chrome_is_gone() {
    let text = article().to_text(false);
    for gone in [
        "date 2025-08-04 WORLD",
        "2 min read",
        "/ Reuters",
        "August 4, 2025",
        "RelatedTRT Global",
        "RECOMMENDED",
        "Explore",
        "Israel launches new air strikes across Gaza despite ceasefire",
        "Türkiye expects YPG to comply with March 10 deal in Syria: FM Fidan",
    ] {
        assert!(!text.contains(gone), "{gone:?} is still in the output");
    }
    assert_eq!(text.matches(TITLE).count(), 1);
}

#[test]
fn json_fields() {
    let json = serde_json::to_value(article()).unwrap();
    assert_eq!(json["title"], TITLE);
    assert!(json["subtitle"].as_str().unwrap().starts_with("Discussions took place"));
    assert_eq!(json["published"], "2025-08-04");
    assert_eq!(json["section"], "World");
    assert_eq!(json["byline"], serde_json::Value::Null);
    assert_eq!(json["read_time_minutes"], 2);
    let body = json["body"].as_str().unwrap();
    assert!(!body.contains(TITLE));
    assert_eq!(body.split("\n\n").count(), 12);
    let removed = json["removed"].as_array().unwrap();
    let rule_of =
        |line: u64| removed.iter().find(|r| r["line"] == line).map(|r| r["rule"].as_str().unwrap().to_owned());
    assert_eq!(rule_of(1).as_deref(), Some("date-line"));
    assert_eq!(rule_of(2).as_deref(), Some("read-time"));
    assert_eq!(rule_of(5).as_deref(), Some("duplicate"));
    assert_eq!(rule_of(6).as_deref(), Some("photo-credit"));
    assert_eq!(rule_of(7).as_deref(), Some("date-line"));
    assert_eq!(rule_of(21).as_deref(), Some("related-link"));
    assert_eq!(rule_of(25).as_deref(), Some("promo-label"));
    assert_eq!(rule_of(39).as_deref(), Some("end-marker"));
    // The marker and all 15 headlines after it.
    assert_eq!((39..=54).filter(|&l| rule_of(l).is_some()).count(), 16);
    // Only dropped or metadata lines, each with its text.
    // Lines 1, 2, 5, 6, 7, 21, 25, 37 and 39 to 54.
    assert_eq!(removed.len(), 8 + 16);
    for r in removed {
        let line = r["line"].as_u64().unwrap() as usize;
        assert_eq!(r["text"].as_str().unwrap(), PAGE.lines().nth(line - 1).unwrap().trim());
    }
}

#[test]
fn explain_covers_every_line() {
    let a = article();
    assert_eq!(a.lines.len(), PAGE.lines().count());
    for (i, l) in a.lines.iter().enumerate() {
        assert_eq!(l.line, i + 1);
    }
    let kept = a.lines.iter().filter(|l| l.verdict == Verdict::Keep).count();
    assert_eq!(kept, 1 + 1 + 12);
    let explain = a.explain();
    assert_eq!(explain.lines().count(), PAGE.lines().count());
    assert!(explain.lines().nth(1).unwrap().contains("meta  read-time"));
}
