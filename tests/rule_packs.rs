//! User rule packs end to end: the example pack on a page written for it,
//! host scoping through --url and --jsonl's url field, and every kind of
//! bad pack failing fast with exit 2 and a message naming file and line.

mod common;
use common::newsclean;

const PACK: &str = "examples/rules/example-pack.toml";
const PAGE: &str = "examples/rules/example-page.txt";

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).unwrap()
}

/// The rule named on `line` of an --explain listing that contains `needle`.
fn explained<'a>(explain: &'a str, needle: &str) -> &'a str {
    let line = explain.lines().find(|l| l.contains(needle)).unwrap_or_else(|| panic!("{needle:?} not in\n{explain}"));
    line.split('|').next().unwrap().split_whitespace().nth(2).unwrap()
}

#[test]
fn example_pack_on_its_page() {
    let out = newsclean(&["--rules", PACK, "--url", "https://news.example.com/harbour", "--explain", PAGE], b"");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let explain = text(&out.stdout);
    assert_eq!(explained(&explain, "Get the Daily Example app"), "pack:app-promo");
    assert_eq!(explained(&explain, "Photo: Jane Smith"), "pack:photo-line");
    assert_eq!(explained(&explain, "Members get early access"), "pack:member-perks");
    assert_eq!(explained(&explain, "Elsewhere on Example"), "pack:more-from-example");
    assert_eq!(explained(&explain, "Tram line extension approved"), "after-end-marker");
    // An unpunctuated line at the article's edge, dropped without the pack.
    assert_eq!(explained(&explain, "Editor's note: this story"), "pack:editors-note");
    let plain = text(&newsclean(&["--explain", PAGE], b"").stdout);
    assert_eq!(explained(&plain, "Editor's note: this story"), "outside-article");

    let body = newsclean(&["--rules", PACK, "--url", "https://news.example.com/harbour", "--body-only", PAGE], b"");
    let body = text(&body.stdout);
    assert!(body.ends_with("Editor's note: this story was updated with the final cost\n"), "{body}");
    assert!(!body.contains("Get the Daily Example app") && !body.contains("Photo:"), "{body}");
    assert!(body.contains("Officials said the total cost"), "{body}");

    let json = newsclean(&["--rules", PACK, "--url", "https://news.example.com/harbour", "-f", "json", PAGE], b"");
    let value: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    let rules: Vec<&str> = value["removed"].as_array().unwrap().iter().map(|r| r["rule"].as_str().unwrap()).collect();
    assert!(rules.contains(&"pack:app-promo") && rules.contains(&"pack:photo-line"), "{rules:?}");
}

#[test]
fn host_scoped_rules_need_a_matching_url() {
    for args in [
        &["--rules", PACK, "--explain", PAGE][..],
        &["--rules", PACK, "--url", "https://example.org/harbour", "--explain", PAGE][..],
        &["--rules", PACK, "--url", "https://notexample.com/", "--explain", PAGE][..],
    ] {
        let out = newsclean(args, b"");
        let explain = text(&out.stdout);
        assert_ne!(explained(&explain, "Photo: Jane Smith"), "pack:photo-line", "{args:?}");
        // Rules without hosts apply everywhere.
        assert_eq!(explained(&explain, "Get the Daily Example app"), "pack:app-promo");
    }
}

/// A pack may name a host in another script as written or in Punycode,
/// and the page's URL may come either way too.
#[test]
fn internationalized_hosts_match_either_form() {
    let dir = tempfile::tempdir().unwrap();
    let pack = dir.path().join("idn.toml");
    std::fs::write(&pack, "[[rule]]\nname = \"photo\"\npatterns = ['^Photo: ']\nhosts = [\"bücher.de\"]\n").unwrap();
    let pack = pack.to_str().unwrap();
    for (url, expected) in [
        ("https://www.xn--bcher-kva.de/a", "pack:photo"),
        ("https://Bücher.de/a", "pack:photo"),
        ("https://bucher.de/a", "photo-credit"),
    ] {
        let out = newsclean(&["--rules", pack, "--url", url, "--explain", PAGE], b"");
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        assert_eq!(explained(&text(&out.stdout), "Photo: Jane Smith"), expected, "{url}");
    }
}

#[test]
fn jsonl_takes_the_url_from_the_url_field() {
    let page = std::fs::read_to_string(PAGE).unwrap();
    let records = format!(
        "{}\n{}\n",
        serde_json::json!({"id": 1, "link": "https://www.example.com/a", "text": page}),
        serde_json::json!({"id": 2, "link": "https://example.net/a", "text": page}),
    );
    let out = newsclean(&["--jsonl", "--rules", PACK, "--url-field", "link"], records.as_bytes());
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let lines: Vec<serde_json::Value> = text(&out.stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let photo_rule = |v: &serde_json::Value| {
        v["removed"].as_array().unwrap().iter().find(|r| r["text"] == "Photo: Jane Smith").map(|r| r["rule"].clone())
    };
    assert_eq!(photo_rule(&lines[0]), Some("pack:photo-line".into()));
    assert_ne!(photo_rule(&lines[1]), Some("pack:photo-line".into()));
}

#[test]
fn packs_are_repeatable() {
    let dir = tempfile::tempdir().unwrap();
    let second = dir.path().join("second.toml");
    std::fs::write(&second, "[[rule]]\nname = \"tram\"\nphrases = [\"tram line extension approved\"]\n").unwrap();
    let out = newsclean(&["--rules", PACK, "--rules", second.to_str().unwrap(), "--explain", PAGE], b"");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let explain = text(&out.stdout);
    assert_eq!(explained(&explain, "Tram line extension approved"), "pack:tram");
    assert_eq!(explained(&explain, "Get the Daily Example app"), "pack:app-promo");
}

/// Writes `pack`, runs with it and returns (exit code, stderr).
fn with_bad_pack(pack: &str) -> (Option<i32>, String, String) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.toml");
    std::fs::write(&path, pack).unwrap();
    let out = newsclean(&["--rules", path.to_str().unwrap(), PAGE], b"");
    assert!(out.stdout.is_empty(), "a bad pack fails before any output");
    (out.status.code(), text(&out.stderr), path.display().to_string())
}

#[test]
fn toml_syntax_error() {
    let (code, err, path) = with_bad_pack("[[rule]]\nname = \"a\"\nphrases = [\"x\"\n");
    assert_eq!(code, Some(2));
    assert!(err.starts_with(&format!("newsclean: {path}:3: ")), "{err}");
}

#[test]
fn unknown_key() {
    let (code, err, path) = with_bad_pack("[[rule]]\nname = \"a\"\nphrases = [\"x\"]\nhost = [\"example.com\"]\n");
    assert_eq!(code, Some(2));
    assert!(err.starts_with(&format!("newsclean: {path}:4: ")) && err.contains("unknown field `host`"), "{err}");
}

#[test]
fn invalid_regex() {
    let (code, err, path) = with_bad_pack("[[rule]]\nname = \"a\"\npatterns = [\n  '^ok$',\n  'a{2,1}',\n]\n");
    assert_eq!(code, Some(2));
    assert!(err.starts_with(&format!("newsclean: {path}:5: invalid regex: ")), "{err}");
    assert!(err.contains("invalid repetition count range"), "the regex crate's message: {err}");
}

#[test]
fn rule_without_phrases_or_patterns_and_bad_action() {
    let (code, err, path) = with_bad_pack("[[rule]]\nname = \"empty\"\naction = \"keep\"\n");
    assert_eq!(code, Some(2));
    assert!(err.starts_with(&format!("newsclean: {path}:2: rule \"empty\" has neither")), "{err}");
    let (code, err, path) = with_bad_pack("[[rule]]\nname = \"a\"\naction = \"remove\"\nphrases = [\"x\"]\n");
    assert_eq!(code, Some(2));
    assert!(err.starts_with(&format!("newsclean: {path}:3: ")) && err.contains("remove"), "{err}");
}

#[test]
fn missing_pack_file() {
    let out = newsclean(&["--rules", "no/such/pack.toml", PAGE], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("--rules no/such/pack.toml"), "{}", text(&out.stderr));
}

/// A keep rule keeps its lines once: one that repeats the title (or a
/// line kept before it) is a duplicate, and the body never holds the title.
#[test]
fn a_keep_rule_does_not_bring_back_a_copy_of_the_title() {
    let dir = tempfile::tempdir().unwrap();
    let pack = dir.path().join("keep.toml");
    std::fs::write(
        &pack,
        "[[rule]]\nname = \"floods\"\naction = \"keep\"\nphrases = [\"floods\"]\nmatch = \"contains\"\n",
    )
    .unwrap();
    let page = "World\nFloods close the valley road\nBy Jane Doe\nFloods close the valley road\n\
                Heavy rain on Sunday washed away part of the only road into the valley, officials said on Monday.\n\
                Crews expect to reopen one lane by the end of the week, the regional transport office said.\n\
                Floods also hit the lower town, where the river rose over its banks on Sunday night, residents said.\n";
    let out = newsclean(&["--rules", pack.to_str().unwrap(), "--explain"], page.as_bytes());
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let explain = text(&out.stdout);
    let verdict = |line: usize| explain.lines().nth(line - 1).unwrap().split('|').next().unwrap().to_owned();
    assert!(verdict(2).contains("title"), "{explain}");
    assert!(verdict(4).contains("duplicate"), "{explain}");
    assert!(verdict(7).contains("keep"), "{explain}");
    let body = text(&newsclean(&["--rules", pack.to_str().unwrap(), "--body-only"], page.as_bytes()).stdout);
    assert!(!body.contains("Floods close the valley road"), "{body}");
}
