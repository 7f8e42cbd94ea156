//! What the end-to-end test files share: running the built command.

use std::io::Write;
use std::process::{Command, Output, Stdio};

/// Runs `newsclean` with `args`, feeding `stdin` from a thread so a large
/// input cannot deadlock against a full stdout pipe.
pub fn newsclean(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_newsclean"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    let data = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&data);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    out
}
