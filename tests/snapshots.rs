//! Whole-page snapshots: text, JSON and explain output of every fixture.
//! Review changes with `cargo insta review`; CI never writes snapshots.

use newsclean::Cleaner;

fn settings() -> insta::Settings {
    let mut s = insta::Settings::clone_current();
    s.set_snapshot_path("../snapshots");
    s.set_prepend_module_to_snapshot(false);
    s
}

#[test]
fn fixtures_text() {
    let cleaner = Cleaner::new();
    settings().bind(|| {
        insta::glob!("../fixtures", "*.txt", |path| {
            let bytes = std::fs::read(path).unwrap();
            let article = cleaner.clean_bytes(&bytes).unwrap();
            insta::assert_snapshot!("text", article.to_text(false));
        });
    });
}

#[test]
fn fixtures_json() {
    let cleaner = Cleaner::new();
    settings().bind(|| {
        insta::glob!("../fixtures", "*.txt", |path| {
            let bytes = std::fs::read(path).unwrap();
            let article = cleaner.clean_bytes(&bytes).unwrap();
            insta::assert_json_snapshot!("json", article);
        });
    });
}

#[test]
fn fixtures_explain() {
    let cleaner = Cleaner::new();
    settings().bind(|| {
        insta::glob!("../fixtures", "*.txt", |path| {
            let bytes = std::fs::read(path).unwrap();
            let article = cleaner.clean_bytes(&bytes).unwrap();
            insta::assert_snapshot!("explain", article.explain());
        });
    });
}
