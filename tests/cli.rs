//! The command line end to end: flags, exit codes, bad input, JSON Lines.
//! JSON is decoded into types defined here, so the wire format is frozen
//! independently of the code that prints it.

use serde::Deserialize;
use std::io::Write;
use std::process::Output;

mod common;
use common::newsclean;

const PAGE: &str = "fixtures/trt-us-pakistan-diplomats.txt";

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct WireArticle {
    title: Option<String>,
    subtitle: Option<String>,
    published: Option<String>,
    section: Option<String>,
    byline: Option<String>,
    read_time_minutes: Option<u32>,
    body: String,
    confidence: f64,
    encoding: String,
    replaced_bytes: usize,
    removed: Vec<WireRemoved>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct WireRemoved {
    line: usize,
    text: String,
    rule: String,
}

#[test]
fn stdin_file_and_dash_agree() {
    let page = std::fs::read(PAGE).unwrap();
    let from_file = newsclean(&[PAGE], b"");
    let from_stdin = newsclean(&[], &page);
    let from_dash = newsclean(&["-"], &page);
    assert!(from_file.status.success());
    assert_eq!(from_file.stdout, from_stdin.stdout);
    assert_eq!(from_file.stdout, from_dash.stdout);
    assert!(
        stdout(&from_file).starts_with("Top US, Pakistan diplomats discuss regional issues\n\nDiscussions took place")
    );
}

#[test]
fn json_wire_format() {
    let out = newsclean(&["-f", "json", PAGE], b"");
    assert!(out.status.success());
    let a: WireArticle = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(a.title.as_deref(), Some("Top US, Pakistan diplomats discuss regional issues"));
    assert!(a.subtitle.is_some());
    assert_eq!(a.published.as_deref(), Some("2025-08-04"));
    assert_eq!(a.section.as_deref(), Some("World"));
    assert_eq!(a.byline, None);
    assert_eq!(a.read_time_minutes, Some(2));
    assert_eq!(a.body.split("\n\n").count(), 12);
    assert!((0.0..=1.0).contains(&a.confidence));
    assert_eq!(a.encoding, "UTF-8");
    assert_eq!(a.replaced_bytes, 0);
    let first = &a.removed[0];
    assert_eq!((first.line, first.text.as_str(), first.rule.as_str()), (1, "date 2025-08-04 WORLD", "date-line"));
}

#[test]
fn body_only_and_explain() {
    let out = newsclean(&["--body-only", PAGE], b"");
    let text = stdout(&out);
    assert_eq!(text.trim_end().split("\n\n").count(), 12);
    assert!(text.starts_with("Top US and Pakistani diplomats discussed"));

    let out = newsclean(&["--explain", PAGE], b"");
    let explain = stdout(&out);
    assert_eq!(explain.lines().count(), 54);
    assert!(explain.lines().next().unwrap().contains("meta"));
    assert!(explain.lines().any(|l| l.contains("drop") && l.contains("end-marker") && l.ends_with("| Explore")));
}

#[test]
fn empty_input_gives_empty_output() {
    let out = newsclean(&[], b"");
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty());
    assert!(out.stderr.is_empty());
}

#[test]
fn invalid_utf8_is_replaced_not_fatal() {
    let mut page =
        b"Ministers met on Monday to discuss the budget and agreed on most points, officials said.\n".to_vec();
    page.extend_from_slice(
        b"The talks \xff\xfe will continue next week in the capital, according to a spokesperson.\n",
    );
    let out = newsclean(&["-f", "json", "--encoding", "utf-8"], &page);
    assert_eq!(out.status.code(), Some(0));
    let a: WireArticle = serde_json::from_slice(&out.stdout).unwrap();
    assert!(a.body.contains('\u{FFFD}'));
    assert_eq!(a.replaced_bytes, 2);
}

/// ISO-2022-JP is seven-bit, valid UTF-8 as bytes: it is told by its
/// escapes, and the page comes out in Japanese, not with escape codes.
#[test]
fn iso_2022_jp_page_is_decoded() {
    let page = "東京都は来週から市内の道路を一時的に閉鎖すると発表しました。工事は三か月続く見込みです。\n\n\
                住民の皆さんには公共交通機関の利用をお願いしています。詳しい日程は区役所で確認できます。\n";
    let (bytes, _, unmappable) = encoding_rs::ISO_2022_JP.encode(page);
    assert!(!unmappable && bytes.is_ascii());
    let out = newsclean(&["-f", "json"], &bytes);
    assert_eq!(out.status.code(), Some(0));
    let a: WireArticle = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(a.encoding, "ISO-2022-JP");
    assert!(a.body.contains("住民の皆さんには公共交通機関の利用をお願いしています。"), "{}", a.body);
    assert!(!a.body.contains('\u{1b}'));
}

#[test]
fn missing_file_is_named_and_the_rest_processed() {
    let out = newsclean(&["no-such-file.txt", PAGE], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no-such-file.txt"));
    assert!(stdout(&out).contains("Top US and Pakistani diplomats discussed"));
}

#[test]
fn unknown_encoding_is_a_usage_error() {
    let out = newsclean(&["--encoding", "klingon-8", PAGE], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("klingon-8"));
    assert!(out.stdout.is_empty());
}

#[test]
fn bad_flag_is_a_usage_error() {
    let out = newsclean(&["--no-such-flag"], b"");
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn help_documents_every_flag_with_an_example() {
    let out = newsclean(&["--help"], b"");
    assert!(out.status.success());
    let help = stdout(&out);
    for flag in
        ["--format", "--body-only", "--explain", "--jsonl", "--encoding", "--quiet", "--text-field", "--threads"]
    {
        assert!(help.contains(flag), "{flag}");
    }
    assert!(help.matches("Example: newsclean").count() >= 10);
}

#[test]
fn jsonl_one_record_out_per_record_in() {
    let page = std::fs::read_to_string(PAGE).unwrap();
    let good = serde_json::json!({"id": "a", "url": "https://example.com/a", "text": page, "extra": 7});
    let input = format!(
        "{}\nnot json\n{}\n{}\n{}\n",
        good,
        serde_json::json!({"id": "b"}),
        serde_json::json!({"id": "c", "text": 42}),
        serde_json::json!({"id": "d", "text": ""}),
    );
    let out = newsclean(&["--jsonl"], input.as_bytes());
    assert_eq!(out.status.code(), Some(1));
    let lines: Vec<serde_json::Value> = stdout(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 5);
    assert_eq!(lines[0]["id"], "a");
    assert_eq!(lines[0]["extra"], 7);
    assert_eq!(lines[0]["title"], "Top US, Pakistan diplomats discuss regional issues");
    assert_eq!(lines[0]["body"].as_str().unwrap().split("\n\n").count(), 12);
    assert_eq!(lines[1]["line"], 2);
    assert!(lines[1]["error"].as_str().unwrap().contains("invalid JSON"));
    assert_eq!(lines[2]["id"], "b");
    assert!(lines[2]["error"].as_str().unwrap().contains("text"));
    assert_eq!(lines[3]["id"], "c");
    assert!(lines[3]["error"].as_str().unwrap().contains("not a string"));
    assert_eq!(lines[4]["body"], "");
    assert!(stderr(&out).contains("3 of 5 records failed"));
}

/// A carriage return between a record's tokens is whitespace to JSON; the
/// record still comes out as one line, with its fields.
#[test]
fn jsonl_carriage_return_between_tokens_stays_one_line() {
    let input = b"{\"id\": 9,\r\"text\": \"Floods close the valley road\"}\r\n{\"id\": 10, \"text\": \"x\"}\n";
    let out = newsclean(&["--jsonl"], input);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(!text.contains('\r'), "{text:?}");
    let lines: Vec<serde_json::Value> = text.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 2);
    assert_eq!((lines[0]["id"].as_u64(), lines[1]["id"].as_u64()), (Some(9), Some(10)));
    assert!(lines[0]["body"].is_string());
}

/// A file some tools write starts with a byte order mark: its first
/// record is read as the others, plain and gzipped; an empty line and a
/// byte that is not UTF-8 are error records that say so.
#[test]
fn jsonl_byte_order_mark_empty_line_and_bad_byte() {
    let plain = [b"\xEF\xBB\xBF", jsonl_of(0..2).as_bytes()].concat();
    for input in [plain.clone(), gzipped(&plain)] {
        let out = newsclean(&["--jsonl"], &input);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        assert_eq!(ids_of(&stdout(&out)), [0, 1]);
    }
    let input = [&plain[..], b"\n{\"id\": 2, \"text\": \"caf\xE9\"}\n", jsonl_of(3..4).as_bytes()].concat();
    let out = newsclean(&["--jsonl"], &input);
    assert_eq!(out.status.code(), Some(1));
    let lines: Vec<serde_json::Value> = stdout(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 5);
    assert_eq!(
        (lines[0]["id"].as_u64(), lines[1]["id"].as_u64(), lines[4]["id"].as_u64()),
        (Some(0), Some(1), Some(3))
    );
    assert_eq!(lines[2], serde_json::json!({"line": 3, "error": "invalid JSON: an empty line"}));
    assert_eq!(lines[3], serde_json::json!({"line": 4, "error": "invalid JSON: byte 0xE9 at column 23 is not UTF-8"}));
    assert!(stderr(&out).contains("line 4: invalid JSON: byte 0xE9 at column 23 is not UTF-8"), "{}", stderr(&out));
}

/// JSON Lines of `ids`, each record a short page.
fn jsonl_of(ids: std::ops::Range<usize>) -> String {
    ids.map(|i| serde_json::json!({"id": i, "text": format!("Item {i}\nHeavy rain washed away part of the only road into the valley, officials said.")}).to_string() + "\n")
        .collect()
}

fn gzipped(bytes: &[u8]) -> Vec<u8> {
    use flate2::{write::GzEncoder, Compression};
    let mut e = GzEncoder::new(Vec::new(), Compression::default());
    e.write_all(bytes).unwrap();
    e.finish().unwrap()
}

/// The `id` of each record of JSON Lines.
fn ids_of(jsonl: &str) -> Vec<u64> {
    jsonl.lines().map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["id"].as_u64().unwrap()).collect()
}

#[test]
fn jsonl_custom_fields_and_gzip() {
    let record = serde_json::json!({"doc": "x1", "content": "Heavy rain washed away part of the only road into the valley, officials said on Sunday."});
    let plain = format!("{record}\n{record}\n");
    // Two gzip members back to back, as `cat a.gz b.gz` makes.
    let gz = [gzipped(plain.as_bytes()), gzipped(plain.as_bytes())].concat();
    let out = newsclean(&["--jsonl", "--text-field", "content", "--id-field", "doc", "-j", "2"], &gz);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let lines: Vec<serde_json::Value> = stdout(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 4);
    assert!(lines.iter().all(|l| l["doc"] == "x1" && l["body"].as_str().unwrap().starts_with("Heavy rain")));
}

#[test]
fn jsonl_truncated_gzip_keeps_every_whole_record_read() {
    use flate2::read::GzDecoder;
    use std::io::Read;
    let gz = gzipped(jsonl_of(0..3000).as_bytes());
    let cut = &gz[..gz.len() * 2 / 3];
    // The whole lines a decoder gets out of the cut stream before it fails.
    let mut decoded = Vec::new();
    let mut decoder = GzDecoder::new(cut);
    let mut buffer = [0u8; 4096];
    while let Ok(n) = decoder.read(&mut buffer) {
        if n == 0 {
            break;
        }
        decoded.extend_from_slice(&buffer[..n]);
    }
    let whole = decoded.iter().filter(|&&b| b == b'\n').count();
    assert!(whole > 1000, "{whole}");
    let out = newsclean(&["--jsonl", "-j", "2"], cut);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("reading input"), "{}", stderr(&out));
    assert_eq!(ids_of(&stdout(&out)), (0..whole as u64).collect::<Vec<_>>());
}

#[test]
fn jsonl_keeps_order_under_threads() {
    let input: String = (0..2000)
        .map(|i| serde_json::json!({"id": i, "text": format!("Report number {i} says the river rose by {i} centimetres overnight, officials said.")}).to_string() + "\n")
        .collect();
    let out = newsclean(&["--jsonl", "-j", "2"], input.as_bytes());
    assert!(out.status.success());
    let ids: Vec<i64> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["id"].as_i64().unwrap())
        .collect();
    assert_eq!(ids, (0..2000).collect::<Vec<_>>());
}

#[test]
fn out_dir_mirrors_inputs() {
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path().join("in");
    std::fs::create_dir_all(src.join("sub")).unwrap();
    std::fs::copy(PAGE, src.join("a.txt")).unwrap();
    std::fs::copy("fixtures/german-article.txt", src.join("sub/b.txt")).unwrap();
    let out_dir = dir.path().join("out");
    let out = newsclean(&[src.to_str().unwrap(), "--out-dir", out_dir.to_str().unwrap()], b"");
    assert!(out.status.success(), "{}", stderr(&out));
    let a = std::fs::read_to_string(out_dir.join("a.txt")).unwrap();
    assert!(a.starts_with("Top US, Pakistan diplomats"));
    assert!(out_dir.join("sub/b.txt").exists());
}

#[test]
fn jsonl_out_dir_mirrors_inputs_and_walks_directories() {
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path().join("in");
    std::fs::create_dir_all(src.join("sub")).unwrap();
    std::fs::write(src.join("a.jsonl"), jsonl_of(0..3)).unwrap();
    std::fs::write(src.join("sub/b.jsonl.gz"), gzipped(jsonl_of(3..5).as_bytes())).unwrap();
    std::fs::write(src.join("c.jsonl"), jsonl_of(5..6) + "not json\n").unwrap();
    let out_dir = dir.path().join("out");
    let out = newsclean(&["--jsonl", "-j", "2", src.to_str().unwrap(), "--out-dir", out_dir.to_str().unwrap()], b"");
    // One record failed, in c.jsonl, and the stderr line says where.
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let c = src.join("c.jsonl");
    assert!(stderr(&out).contains(&format!("{}: line 2: invalid JSON", c.display())), "{}", stderr(&out));
    assert!(stdout(&out).is_empty());
    let read = |name: &str| std::fs::read_to_string(out_dir.join(name)).unwrap();
    assert_eq!(ids_of(&read("a.jsonl")), [0, 1, 2]);
    // Gzip in, plain JSON Lines out, named without `.gz`.
    assert_eq!(ids_of(&read("sub/b.jsonl")), [3, 4]);
    let c_lines: Vec<serde_json::Value> = read("c.jsonl").lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(c_lines.len(), 2);
    assert_eq!(c_lines[0]["id"], 5);
    assert_eq!(c_lines[1]["line"], 2);
    // The directory to stdout: every file's records, in path order (the
    // error record has no id).
    let out = newsclean(&["--jsonl", "-q", src.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).is_empty(), "{}", stderr(&out));
    let ids: Vec<Option<u64>> =
        stdout(&out).lines().map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["id"].as_u64()).collect();
    assert_eq!(ids, [Some(0), Some(1), Some(2), Some(5), None, Some(3), Some(4)]);
}

#[test]
fn jsonl_out_dir_never_overwrites_an_input_or_another_output() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("a.jsonl");
    let records = jsonl_of(0..2);
    std::fs::write(&input, &records).unwrap();
    std::fs::write(dir.path().join("a.jsonl.gz"), gzipped(jsonl_of(7..8).as_bytes())).unwrap();
    // Into its own folder: creating the output would empty the input first.
    let out = newsclean(&["--jsonl", input.to_str().unwrap(), "--out-dir", dir.path().to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("is the input itself"), "{}", stderr(&out));
    assert_eq!(std::fs::read_to_string(&input).unwrap(), records);
    // `a.jsonl` and `a.jsonl.gz` would both write `a.jsonl`: the first does.
    let out_dir = dir.path().join("out");
    let out = newsclean(&["--jsonl", dir.path().to_str().unwrap(), "--out-dir", out_dir.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("is the output of an earlier input"), "{}", stderr(&out));
    assert_eq!(ids_of(&std::fs::read_to_string(out_dir.join("a.jsonl")).unwrap()), [0, 1]);
}

#[test]
fn jsonl_read_failure_in_one_file_goes_on_with_the_next() {
    let dir = tempfile::tempdir().unwrap();
    let gz = gzipped(jsonl_of(0..3000).as_bytes());
    let cut = dir.path().join("cut.jsonl.gz");
    std::fs::write(&cut, &gz[..gz.len() / 2]).unwrap();
    let whole = dir.path().join("whole.jsonl");
    std::fs::write(&whole, jsonl_of(5000..5002)).unwrap();
    let missing = dir.path().join("missing.jsonl");
    let args = ["--jsonl", cut.to_str().unwrap(), missing.to_str().unwrap(), whole.to_str().unwrap()];
    let out = newsclean(&args, b"");
    // Unreadable inputs make exit 2, as for plain-text files; each is named.
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains(&format!("{}: reading input", cut.display())), "{err}");
    assert!(err.contains(&format!("{}: ", missing.display())), "{err}");
    let ids = ids_of(&stdout(&out));
    let read_before_the_cut = ids.iter().take_while(|&&id| id < 3000).count();
    assert!(read_before_the_cut > 100, "{read_before_the_cut}");
    assert_eq!(ids[..read_before_the_cut], (0..read_before_the_cut as u64).collect::<Vec<_>>());
    assert_eq!(ids[read_before_the_cut..], [5000, 5001]);
}

#[test]
fn out_dir_never_overwrites_an_input_or_another_output() {
    let dir = tempfile::tempdir().unwrap();
    for sub in ["x", "y"] {
        std::fs::create_dir_all(dir.path().join(sub)).unwrap();
        std::fs::copy(PAGE, dir.path().join(sub).join("page.txt")).unwrap();
    }
    let page = std::fs::read_to_string(PAGE).unwrap();
    let x = dir.path().join("x");
    // Into its own folder: the cleaned page would replace the page.
    let out = newsclean(&[x.to_str().unwrap(), "--out-dir", x.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("is the input itself"), "{}", stderr(&out));
    assert_eq!(std::fs::read_to_string(x.join("page.txt")).unwrap(), page);
    // Two files given by path mirror to their names: the first is written.
    let (a, b) = (x.join("page.txt"), dir.path().join("y/page.txt"));
    std::fs::write(&b, "Only this line.\n").unwrap();
    let out_dir = dir.path().join("out");
    let out = newsclean(&[a.to_str().unwrap(), b.to_str().unwrap(), "--out-dir", out_dir.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("is the output of an earlier input"), "{}", stderr(&out));
    assert!(std::fs::read_to_string(out_dir.join("page.txt")).unwrap().starts_with("Top US, Pakistan diplomats"));
}

/// Outputs land where inputs are only when neither is lost: not over
/// another input of the run (`a.jsonl` beside `a.jsonl.gz`, `p.json`
/// beside `p.txt` under `-f json`), and `-o` is never an input.
#[test]
fn an_output_never_replaces_another_input() {
    let dir = tempfile::tempdir().unwrap();
    let (plain, gz) = (dir.path().join("a.jsonl"), dir.path().join("a.jsonl.gz"));
    std::fs::write(&plain, jsonl_of(0..2)).unwrap();
    std::fs::write(&gz, gzipped(jsonl_of(7..8).as_bytes())).unwrap();
    let folder = dir.path().to_str().unwrap();
    // `a.jsonl.gz` first, then `a.jsonl`: the first output would empty the
    // second input before it is read; the other way, it would replace it.
    for args in [vec!["--jsonl", gz.to_str().unwrap(), plain.to_str().unwrap()], vec!["--jsonl", folder]] {
        let out = newsclean(&[&args[..], &["--out-dir", folder]].concat(), b"");
        assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
        assert!(stderr(&out).contains("is another input"), "{}", stderr(&out));
        assert_eq!(std::fs::read_to_string(&plain).unwrap(), jsonl_of(0..2));
    }
    let (page, json) = (dir.path().join("p.txt"), dir.path().join("p.json"));
    std::fs::copy(PAGE, &page).unwrap();
    std::fs::write(&json, "Kept as it is.\n").unwrap();
    let out = newsclean(&["-f", "json", json.to_str().unwrap(), page.to_str().unwrap(), "--out-dir", folder], b"");
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(std::fs::read_to_string(&json).unwrap(), "Kept as it is.\n");
    // -o naming an input, or a new file in a directory walked for inputs.
    let new = dir.path().join("new.txt");
    for (input, output) in [(plain.to_str().unwrap(), &plain), (folder, &plain), (folder, &new)] {
        let out = newsclean(&["--jsonl", input, "-o", output.to_str().unwrap()], b"");
        assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
        assert!(stderr(&out).contains("nothing written"), "{}", stderr(&out));
    }
    assert_eq!(std::fs::read_to_string(&plain).unwrap(), jsonl_of(0..2));
    assert!(!dir.path().join("new.txt").exists());
}

/// A link to a directory inside a walked directory is not followed (a
/// link to `.` would walk for ever); it is named on stderr, and the exit
/// code stays 0.
#[cfg(unix)]
#[test]
fn links_to_directories_are_not_followed() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(PAGE, dir.path().join("page.txt")).unwrap();
    std::os::unix::fs::symlink(".", dir.path().join("loop")).unwrap();
    std::os::unix::fs::symlink("page.txt", dir.path().join("link.txt")).unwrap();
    let out = newsclean(&[dir.path().to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stdout(&out).matches("==> ").count(), 2, "a file and a link to a file");
    assert!(stderr(&out).contains("loop: a link to a directory, not followed"), "{}", stderr(&out));
}

/// The output folder inside a walked folder is not walked: a second run
/// does not clean the first run's output into `out/out/`. What is neither
/// a file nor a folder (a FIFO would block the run) is skipped.
#[cfg(unix)]
#[test]
fn walking_skips_the_output_folder_and_fifos() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success());
    let (folder, out_dir) = (dir.path().to_str().unwrap(), dir.path().join("out"));
    let said = [
        format!("{}: the output folder, not walked", out_dir.display()),
        format!("{}: not a file (a FIFO, socket or device), not read", fifo.display()),
    ];
    let (page, records) = (dir.path().join("page.txt"), dir.path().join("records.jsonl"));
    for (mode, kept, output) in [(&[][..], &page, "page.txt"), (&["--jsonl"][..], &records, "records.jsonl")] {
        std::fs::copy(PAGE, &page).unwrap();
        std::fs::write(&records, jsonl_of(0..2)).unwrap();
        let other = if kept == &page { &records } else { &page };
        std::fs::remove_file(other).unwrap();
        // The first run makes the output folder; later runs skip it.
        // Skipping is said on stderr, unless -q.
        for (run, quiet) in [&[][..], &[][..], &["-q"][..]].into_iter().enumerate() {
            let out = newsclean(&[mode, quiet, &[folder, "--out-dir", out_dir.to_str().unwrap()]].concat(), b"");
            assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
            let err = stderr(&out);
            if !quiet.is_empty() {
                assert!(err.is_empty(), "{err}");
            } else if run == 0 {
                assert!(!err.contains(&said[0]) && err.contains(&said[1]), "{err}");
            } else {
                assert!(said.iter().all(|s| err.contains(s)), "{err}");
            }
            let written: Vec<_> = std::fs::read_dir(&out_dir).unwrap().map(|e| e.unwrap().file_name()).collect();
            assert_eq!(written, [output], "{mode:?}");
        }
        std::fs::remove_dir_all(&out_dir).unwrap();
    }
    // Named on the command line, a FIFO is read.
    let child = common::spawn(&[fifo.to_str().unwrap()]);
    std::fs::write(&fifo, std::fs::read(PAGE).unwrap()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).starts_with("Top US, Pakistan diplomats"));
}

#[test]
fn out_dir_that_is_a_file_is_refused_before_any_work() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("taken");
    std::fs::write(&file, "kept\n").unwrap();
    let mut not_folders = vec![file.clone(), file.join(""), file.join("sub")];
    #[cfg(unix)]
    {
        let broken = dir.path().join("broken");
        std::os::unix::fs::symlink("nowhere", &broken).unwrap();
        not_folders.push(broken);
    }
    for out_dir in &not_folders {
        for mode in [&[][..], &["--jsonl"][..]] {
            let out = newsclean(&[mode, &[PAGE, PAGE, "--out-dir", out_dir.to_str().unwrap()]].concat(), b"");
            assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
            let err = stderr(&out);
            assert!(err.starts_with(&format!("newsclean: --out-dir {}: ", out_dir.display())), "{err}");
            assert!(err.contains("not a directory") || err.contains("Not a directory"), "{err}");
            assert_eq!(err.lines().count(), 1, "{err}");
        }
    }
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "kept\n");
    assert!(!dir.path().join("nowhere").exists());
    // A run that fails makes no folder; nor one named for inputs that do
    // not exist (a mistyped input folder stays an input that is missing).
    let (missing, out_dir) = (dir.path().join("typo"), dir.path().join("typo/clean"));
    let out = newsclean(&[missing.to_str().unwrap(), "--out-dir", out_dir.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("typo: "), "{}", stderr(&out));
    assert!(!missing.exists());
}

/// An unreadable input still makes exit 2 under -q, without a word; with
/// --stats the summary counts it, in both modes.
#[test]
fn unreadable_inputs_under_quiet_and_stats() {
    let record = format!("{}\n", serde_json::json!({"id": 1, "text": "A line."}));
    let dir = tempfile::tempdir().unwrap();
    let records = dir.path().join("r.jsonl");
    std::fs::write(&records, record).unwrap();
    for (mode, input) in [(&[][..], PAGE), (&["--jsonl"][..], records.to_str().unwrap())] {
        let out = newsclean(&[mode, &["-q", "no-such-file", input]].concat(), b"");
        assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
        assert!(stderr(&out).is_empty(), "{}", stderr(&out));
        assert!(!out.stdout.is_empty());
        let out = newsclean(&[mode, &["--stats", "no-such-file", input]].concat(), b"");
        assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
        let err = stderr(&out);
        assert!(err.contains("no-such-file: "), "{err}");
        assert!(err.contains("newsclean: 1 pages, ") && err.contains(", 1 input could not be read\n"), "{err}");
        assert!(err.ends_with("newsclean: 1 input could not be read\n"), "{err}");
        let out = newsclean(&[mode, &["--stats", "no-such-file", input, "nor-this"]].concat(), b"");
        assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
        let err = stderr(&out);
        assert!(err.ends_with(", 2 inputs could not be read\nnewsclean: 2 inputs could not be read\n"), "{err}");
    }
}

/// Flags that one mode would ignore are refused, not ignored.
#[test]
fn flags_of_the_other_mode_are_refused() {
    let cases: [&[&str]; 7] = [
        &["--body-only", "--jsonl"],
        &["-f", "text", "--jsonl"],
        &["--encoding", "latin1", "--jsonl"],
        &["--text-field", "content"],
        // The default value, given: still a flag for --jsonl only.
        &["--text-field", "text"],
        &["--id-field", "doc"],
        &["--url-field", "link"],
    ];
    let record = format!("{}\n", serde_json::json!({"id": 1, "text": "A line."}));
    for args in cases {
        let out = newsclean(args, record.as_bytes());
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert!(out.stdout.is_empty(), "{args:?}");
    }
    // What they write anyway is allowed.
    let out = newsclean(&["-f", "json", "--jsonl"], record.as_bytes());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(ids_of(&stdout(&out)), [1]);
}

/// A page over --max-bytes is refused without reading more than that: a
/// file by its size, stdin by reading one byte past the limit.
#[test]
fn files_over_the_size_limit_are_refused_unread() {
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("big.txt");
    std::fs::write(&big, "x".repeat(30_000)).unwrap();
    let out = newsclean(&["--max-bytes", "20000", big.to_str().unwrap(), PAGE], b"");
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let said = "big.txt: document of 30000 bytes is over the limit of 20000 bytes";
    assert!(stderr(&out).contains(said), "{}", stderr(&out));
    assert!(stdout(&out).contains("Top US, Pakistan diplomats"));
    let out = newsclean(&["--max-bytes", "1000"], "y".repeat(5000).as_bytes());
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("<stdin>: document of more than 1000 bytes is over the limit"), "{}", stderr(&out));
}

#[test]
fn stats_summarize_files_too() {
    let out = newsclean(&["--stats", PAGE, "fixtures/no-chrome.txt"], b"");
    assert_eq!(out.status.code(), Some(0));
    let err = stderr(&out);
    assert!(err.starts_with("newsclean: 2 pages, 0.0 MB in "), "{err}");
    assert!(err.contains(", 0 failed, ") && err.trim_end().ends_with("% of characters removed"), "{err}");
    let removed: f64 = err.split(", 0 failed, ").nth(1).unwrap().split('%').next().unwrap().parse().unwrap();
    assert!((1.0..99.0).contains(&removed), "{err}");
}

/// The same page gives the same share of characters removed in files mode
/// and in `--jsonl`, however its spaces and line ends are written.
#[test]
fn stats_count_a_page_alike_in_both_modes() {
    let page = std::fs::read_to_string(PAGE).unwrap().replace('\n', "  \r\n").replace(". ", ".\u{a0}\u{a0} ");
    let removed = |out: &Output| stderr(out).split(" failed, ").nth(1).map(str::to_owned);
    let files = newsclean(&["--stats"], page.as_bytes());
    let record = format!("{}\n", serde_json::json!({"id": 1, "text": page}));
    let jsonl = newsclean(&["--jsonl", "--stats"], record.as_bytes());
    assert_eq!((files.status.code(), jsonl.status.code()), (Some(0), Some(0)));
    assert!(removed(&files).is_some(), "{}", stderr(&files));
    assert_eq!(removed(&files), removed(&jsonl), "{} / {}", stderr(&files), stderr(&jsonl));
}

/// A page kept whole shows nothing removed in either mode: blank lines and
/// line breaks are not counted on one side only.
#[test]
fn stats_a_page_kept_whole_has_nothing_removed() {
    let page = std::fs::read_to_string("fixtures/no-chrome.txt").unwrap();
    let record = format!("{}\n", serde_json::json!({"text": page}));
    for out in [newsclean(&["--stats"], page.as_bytes()), newsclean(&["--jsonl", "--stats"], record.as_bytes())] {
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        assert!(stderr(&out).trim_end().ends_with(", 0 failed, 0.0% of characters removed"), "{}", stderr(&out));
    }
}

/// A line longer than the limit (four times --max-bytes, at least 64 MiB)
/// is read through, not kept: an error record, and the records around it
/// are cleaned.
#[test]
fn jsonl_line_over_the_limit_is_an_error_record() {
    let long = "x".repeat((64 << 20) + 10);
    let input = format!("{}\n{long}\n{}", serde_json::json!({"id": 1, "text": "a"}), jsonl_of(2..3));
    let out = newsclean(&["--jsonl", "--max-bytes", "1000"], input.as_bytes());
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let lines: Vec<serde_json::Value> = stdout(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 3);
    assert_eq!((lines[0]["id"].as_u64(), lines[2]["id"].as_u64()), (Some(1), Some(2)));
    let error = format!("record of {} bytes is over the limit of {} bytes for a line", long.len() + 1, 64 << 20);
    assert_eq!(lines[1], serde_json::json!({"line": 2, "error": error}));
}

/// After the last gzip member, zeros are padding (as `gzip -d` has it) and
/// other bytes an error once the records before them are out.
#[test]
fn jsonl_gzip_padding_and_trailing_bytes() {
    let gz = [gzipped(jsonl_of(0..2).as_bytes()), gzipped(jsonl_of(2..3).as_bytes())].concat();
    let out = newsclean(&["--jsonl"], &[&gz[..], &[0u8; 512][..]].concat());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(ids_of(&stdout(&out)), [0, 1, 2]);
    let out = newsclean(&["--jsonl"], &[&gz[..], &b"garbage"[..]].concat());
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert_eq!(ids_of(&stdout(&out)), [0, 1, 2]);
    assert!(stderr(&out).contains("reading input: trailing bytes after the gzip data"), "{}", stderr(&out));
}

/// Gzip is told by its first two bytes, also when a pipe hands them over
/// one read at a time.
#[test]
fn jsonl_gzip_magic_in_two_reads() {
    let gz = gzipped(jsonl_of(0..3).as_bytes());
    let mut child = common::spawn(&["--jsonl"]);
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(&gz[..1]).unwrap();
    stdin.flush().unwrap();
    std::thread::sleep(std::time::Duration::from_millis(200));
    stdin.write_all(&gz[1..]).unwrap();
    drop(stdin);
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(ids_of(&stdout(&out)), [0, 1, 2]);
}

#[test]
fn many_files_to_stdout_get_headers() {
    let out = newsclean(&[PAGE, "fixtures/no-chrome.txt"], b"");
    let text = stdout(&out);
    assert!(text.starts_with(&format!("==> {PAGE} <==\n")));
    assert!(text.contains("==> fixtures/no-chrome.txt <=="));
}
