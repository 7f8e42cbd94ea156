//! What the end-to-end test files share: running the built command.

use std::io::Write;
use std::process::{Child, Command, Output, Stdio};
use std::thread::JoinHandle;

/// Runs `newsclean` with `args`, feeding `stdin` from a thread so a large
/// input cannot deadlock against a full stdout pipe.
pub fn newsclean(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = spawn(args);
    let writer = feed(&mut child, stdin.to_vec());
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    out
}

/// Starts `newsclean` with `args` and its three streams piped, for a test
/// that feeds, reads or closes them itself.
#[allow(dead_code)] // Not every test file does.
pub fn spawn(args: &[&str]) -> Child {
    Command::new(env!("CARGO_BIN_EXE_newsclean"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

/// Writes `input` to `child`'s stdin from a thread, then closes it.
#[allow(dead_code)] // Not every test file calls it itself.
pub fn feed(child: &mut Child, input: Vec<u8>) -> JoinHandle<()> {
    let mut stdin = child.stdin.take().unwrap();
    std::thread::spawn(move || {
        let _ = stdin.write_all(&input);
    })
}
