//! Exit codes end to end: 0 ok; 1 failed records or inputs (bad JSON Lines
//! records, a document over --max-bytes or --max-lines); 2 usage errors, a bad rule pack,
//! an unknown encoding, an unreadable file; 130 after Ctrl-C; a closed
//! stdout pipe ends the run quietly with 0.

use std::io::{Read, Write};
use std::process::Command;

mod common;
use common::newsclean;

const PAGE: &str = "fixtures/trt-us-pakistan-diplomats.txt";

fn code(args: &[&str], stdin: &[u8]) -> (Option<i32>, String) {
    let out = newsclean(args, stdin);
    (out.status.code(), String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn ok_is_0() {
    assert_eq!(code(&[PAGE], b"").0, Some(0));
    assert_eq!(code(&["--jsonl"], b"{\"text\": \"A line.\"}\n").0, Some(0));
    assert_eq!(code(&["--list-rules"], b"").0, Some(0));
    assert_eq!(code(&["--help"], b"").0, Some(0));
}

#[test]
fn failed_records_and_too_large_are_1() {
    let (c, err) = code(&["--jsonl"], b"{\"text\": \"fine\"}\nnot json\n");
    assert_eq!(c, Some(1));
    assert!(err.contains("line 2: invalid JSON"), "{err}");
    let (c, err) = code(&["--max-bytes", "100", PAGE], b"");
    assert_eq!(c, Some(1));
    assert!(err.contains("over the limit of 100 bytes"), "{err}");
    let (c, err) = code(&["--jsonl", "--max-bytes", "3"], b"{\"text\": \"four\"}\n");
    assert_eq!(c, Some(1));
    assert!(err.contains("over the limit of 3 bytes"), "{err}");
    // -q silences the report, not the code.
    assert_eq!(code(&["-q", "--max-bytes", "100", PAGE], b""), (Some(1), String::new()));
}

#[test]
fn too_many_lines_is_1_and_the_rest_goes_on() {
    let (c, err) = code(&["--max-lines", "5", PAGE], b"");
    assert_eq!(c, Some(1));
    assert!(err.contains("lines is over the limit of 5 lines"), "{err}");
    let (c, err) = code(&["--max-lines", "5"], b"a\nb\nc\nd\ne\nf\n");
    assert_eq!(c, Some(1));
    assert!(err.contains("document of 6 lines is over the limit of 5 lines"), "{err}");
    let out = newsclean(&["--jsonl", "--max-lines", "2"], b"{\"text\": \"a\\nb\\nc\"}\n{\"text\": \"a\\nb\"}\n");
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let records: Vec<&str> = stdout.lines().collect();
    assert_eq!(records.len(), 2, "{stdout}");
    assert_eq!(records[0], r#"{"line":1,"error":"text of 3 lines is over the limit of 2 lines"}"#);
    assert!(records[1].contains(r#""body""#), "{stdout}");
}

#[test]
fn usage_pack_encoding_and_unreadable_file_are_2() {
    assert_eq!(code(&["--no-such-flag"], b"").0, Some(2));
    assert_eq!(code(&["--explain", "--jsonl"], b"").0, Some(2));
    for flag in ["--explain", "--body-only"] {
        let (c, err) = code(&[flag, "-f", "json", PAGE], b"");
        assert_eq!(c, Some(2), "{flag}");
        assert!(err.contains(flag) && err.contains("-f json"), "{err}");
    }
    let (c, err) = code(&["--encoding", "klingon-8", PAGE], b"");
    assert_eq!(c, Some(2));
    assert!(err.contains("klingon-8"), "{err}");
    let (c, err) = code(&["--rules", "fixtures/trt-us-pakistan-diplomats.txt", PAGE], b"");
    assert_eq!(c, Some(2), "a page is no rule pack");
    assert!(err.starts_with("newsclean: fixtures/trt-us-pakistan-diplomats.txt:"), "{err}");
    let (c, err) = code(&["no-such-file.txt", PAGE], b"");
    assert_eq!(c, Some(2));
    assert!(err.contains("no-such-file.txt"), "{err}");
    assert_eq!(code(&["--jsonl", "no-such-file.jsonl"], b"").0, Some(2));
    // An unreadable file outranks failed records.
    assert_eq!(code(&["--max-bytes", "100", "no-such-file.txt", PAGE], b"").0, Some(2));
}

#[test]
fn closed_stdout_is_0_and_quiet() {
    let record = serde_json::json!({"text": std::fs::read_to_string(PAGE).unwrap()}).to_string();
    let input = format!("{record}\n").repeat(2000);
    let mut child = common::spawn(&["--jsonl"]);
    // Read a little, then close the pipe, as `| head -c 100` does.
    let mut stdout = child.stdout.take().unwrap();
    let writer = common::feed(&mut child, input.into_bytes());
    let mut first = [0u8; 100];
    stdout.read_exact(&mut first).unwrap();
    drop(stdout);
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}

/// A stderr nobody reads any more (`2>&1 | head`) is no reason to panic:
/// the failed records are still one output line each, and the exit code 1.
#[test]
fn closed_stderr_is_no_panic() {
    let input = "not json\n".repeat(20_000);
    let mut child = common::spawn(&["--jsonl"]);
    drop(child.stderr.take());
    let writer = common::feed(&mut child, input.into_bytes());
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 20_000);
}

/// Ctrl-C during --jsonl: the records read are cleaned and written, then
/// exit 130 with a word on stderr. Unix only (sends SIGINT with `kill`).
#[cfg(unix)]
#[test]
fn interrupt_flushes_what_was_read_and_exits_130() {
    let mut child = common::spawn(&["--jsonl"]);
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(b"{\"id\": 1, \"text\": \"One.\"}\n{\"id\": 2, \"text\": \"Two.\"}\n").unwrap();
    stdin.flush().unwrap();
    // Time to start and install the handler; the records wait in a batch.
    std::thread::sleep(std::time::Duration::from_millis(1500));
    let killed = Command::new("kill").args(["-INT", &child.id().to_string()]).status().unwrap();
    assert!(killed.success());
    std::thread::sleep(std::time::Duration::from_millis(300));
    // The input stays open: a reader blocked on it returns at its end.
    drop(stdin);
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(130), "{}", String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(stdout.lines().count(), 2, "{stdout}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("interrupted"));
}
