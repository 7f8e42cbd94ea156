//! The command line: arguments to a [`Cleaner`], inputs to outputs. No
//! cleaning logic lives here. Exit codes: 0 ok, 1 some inputs or records
//! failed (each reported on stderr), 2 usage or fatal errors. A closed
//! stdout pipe ends the run quietly with 0.

mod args;
mod files;
mod gzip;
mod jsonl;
mod progress;

use anyhow::Context as _;
use clap::Parser;
use newsclean::Cleaner;
use std::io::{self, Write};
use std::sync::atomic::{AtomicBool, Ordering};

pub(crate) use args::{Args, Format};

/// How a run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Outcome {
    Ok,
    SomeFailed,
    /// This many inputs could not be read (each reported); the rest were done.
    SomeUnreadable(usize),
    /// Stopped by Ctrl-C after writing what was done.
    Interrupted,
}

/// Counters for `--stats`, the end-of-run summary.
#[derive(Debug, Default)]
pub(crate) struct Tally {
    /// Pages (records or files) cleaned or failed.
    records: usize,
    failed: usize,
    /// Inputs (files, directories, stdin) that could not be read, or not
    /// to their end: not pages, so not in `records`.
    unreadable: usize,
    /// Bytes of page text cleaned, and its characters and those kept.
    bytes_in: usize,
    chars_in: usize,
    chars_out: usize,
}

impl Tally {
    /// Counts a page cleaned: its bytes and characters, and those kept.
    fn cleaned(&mut self, bytes_in: usize, chars_in: usize, chars_out: usize) {
        self.records += 1;
        self.bytes_in += bytes_in;
        self.chars_in += chars_in;
        self.chars_out += chars_out;
    }

    /// Counts a page that failed.
    fn failed(&mut self) {
        self.records += 1;
        self.failed += 1;
    }

    /// Counts an input that could not be read.
    fn unreadable(&mut self) {
        self.unreadable += 1;
    }

    /// How the run ends when it was not interrupted.
    fn outcome(&self, output_failed: bool) -> Outcome {
        if self.unreadable > 0 {
            Outcome::SomeUnreadable(self.unreadable)
        } else if self.failed > 0 || output_failed {
            Outcome::SomeFailed
        } else {
            Outcome::Ok
        }
    }

    /// The summary line: pages, MB, seconds, failed, share removed, and
    /// the inputs that could not be read, if any.
    fn summary(&self, elapsed: std::time::Duration) -> String {
        let secs = elapsed.as_secs_f64();
        let removed = if self.chars_in > 0 { 1.0 - self.chars_out as f64 / self.chars_in as f64 } else { 0.0 };
        let unreadable =
            if self.unreadable > 0 { format!(", {}", unreadable_inputs(self.unreadable)) } else { String::new() };
        format!(
            "{} pages, {:.1} MB in {:.2} s ({:.0} pages/s, {:.1} MB/s), {} failed, {:.1}% of characters removed{}",
            self.records,
            self.bytes_in as f64 / 1e6,
            secs,
            self.records as f64 / secs.max(1e-9),
            self.bytes_in as f64 / 1e6 / secs.max(1e-9),
            self.failed,
            removed * 100.0,
            unreadable
        )
    }
}

/// Set by the first Ctrl-C; the runs stop reading input when they see it.
static INTERRUPTED: AtomicBool = AtomicBool::new(false);

pub(crate) fn interrupted() -> bool {
    INTERRUPTED.load(Ordering::Relaxed)
}

/// First Ctrl-C: stop reading, finish and flush what was read, exit 130.
/// A second one exits at once (a read from a terminal may not return).
fn on_interrupt() {
    let _ = ctrlc::set_handler(|| {
        if INTERRUPTED.swap(true, Ordering::Relaxed) {
            std::process::exit(130);
        }
    });
}

/// Runs the command and returns its exit code.
pub fn run() -> i32 {
    let args = match Args::try_parse() {
        Ok(args) => args,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return code;
        }
    };
    match run_with(&args) {
        Ok(Outcome::Ok) => 0,
        Ok(Outcome::SomeFailed) => 1,
        Ok(Outcome::SomeUnreadable(count)) => {
            // Each was reported as it was met; -q says nothing of them.
            if !args.quiet {
                say(unreadable_inputs(count));
            }
            2
        }
        Ok(Outcome::Interrupted) => {
            say("interrupted; the output holds the inputs read before");
            130
        }
        Err(e) if is_broken_pipe(&e) => 0,
        Err(e) => {
            // Reported even with -q: a fatal error is not one failed input.
            say(format_args!("{e:#}"));
            2
        }
    }
}

/// Says `msg` on stderr. A stderr that cannot be written to (a closed
/// pipe) is not a reason to stop, nor to panic as `eprintln!` would.
pub(crate) fn say(msg: impl std::fmt::Display) {
    let _ = writeln!(io::stderr().lock(), "newsclean: {msg}");
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| c.downcast_ref::<io::Error>().is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe))
}

/// "1 input could not be read", "2 inputs could not be read".
fn unreadable_inputs(count: usize) -> String {
    match count {
        1 => "1 input could not be read".to_owned(),
        n => format!("{n} inputs could not be read"),
    }
}

fn build_cleaner(args: &Args) -> anyhow::Result<Cleaner> {
    let mut builder = Cleaner::builder().favor(args.favor.into()).max_bytes(args.max_bytes).max_lines(args.max_lines);
    if let Some(label) = &args.encoding {
        builder = builder.encoding(label).context("--encoding")?;
    }
    for path in &args.rules {
        let text = std::fs::read_to_string(path).with_context(|| format!("--rules {}", path.display()))?;
        builder = builder.rule_pack(newsclean::RulePack::from_toml_str(&text, &path.display().to_string())?);
    }
    Ok(builder.build())
}

fn run_with(args: &Args) -> anyhow::Result<Outcome> {
    if args.list_rules {
        let mut out = io::stdout().lock();
        for (name, doc) in newsclean::rule_docs() {
            writeln!(out, "{name}\n    {doc}\n")?;
        }
        return Ok(Outcome::Ok);
    }
    // Flags that would otherwise be ignored without a word.
    if args.jsonl && args.format == Some(Format::Text) {
        anyhow::bail!("--jsonl writes JSON records; -f text does not go with it");
    }
    if args.format() == Format::Json && !args.jsonl {
        if args.explain {
            anyhow::bail!("--explain prints a line of text per input line; it does not go with -f json");
        }
        if args.body_only {
            anyhow::bail!("--body-only is for text output; -f json gives the body in its \"body\" field");
        }
    }
    let cleaner = build_cleaner(args)?;
    if let Some(dir) = &args.out_dir {
        files::check_out_dir(dir)?;
    }
    on_interrupt();
    if let Some(threads) = args.threads {
        // A second call (in tests) keeps the first pool; that is fine.
        let _ = rayon::ThreadPoolBuilder::new().num_threads(threads.max(1)).build_global();
    }
    if let Some(output) = &args.output {
        // Creating the output empties it: it must not be one of the inputs.
        if let Some(clash) = files::clashes_with_input(&args.files, output) {
            anyhow::bail!("{clash}: nothing written");
        }
    }
    let stdout = io::stdout();
    let mut out: Box<dyn Write> = match &args.output {
        Some(path) => Box::new(io::BufWriter::new(
            std::fs::File::create(path).with_context(|| format!("cannot create {}", path.display()))?,
        )),
        None => Box::new(io::BufWriter::with_capacity(1 << 16, stdout.lock())),
    };
    let outcome =
        if args.jsonl { jsonl::run(args, &cleaner, &mut out)? } else { files::run(args, &cleaner, &mut out)? };
    out.flush()?;
    // The process ends next: freeing the compiled patterns one by one
    // would be work for nothing (3% of a one-page run's instructions).
    std::mem::forget(cleaner);
    Ok(outcome)
}
