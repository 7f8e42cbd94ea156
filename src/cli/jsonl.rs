//! JSON Lines: one record out per record in, in input order.
//!
//! Input from stdin, files or the files under directories, plain or gzip
//! (by magic bytes; multi-member gzip too), to stdout or, with `--out-dir`,
//! to one file per input that mirrors its relative path (less `.gz`).
//! Each line is parsed, its text field cleaned, and the record written
//! back with all its own fields plus the article's. A line that is
//! not a JSON object, lacks the text field or has a non-string text becomes
//! `{"line": N, "error": "...", "id": ...}`; the run goes on and exits 1.
//! Lines are processed in bounded batches on the rayon pool, so memory
//! stays flat on streams of any length and output order is the input's.

use super::files::report;
use super::{Args, Outcome};
use anyhow::Context as _;
use newsclean::{Cleaner, JsonFields, JsonRecord};
use rayon::prelude::*;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// Lines per batch; batches are also cut at this many bytes.
const BATCH_LINES: usize = 512;
const BATCH_BYTES: usize = 16 << 20;

/// Counters for the end-of-run summary.
#[derive(Debug, Default)]
struct Tally {
    records: usize,
    failed: usize,
    bytes_in: usize,
    chars_in: usize,
    chars_out: usize,
}

pub(crate) fn run(args: &Args, cleaner: &Cleaner, out: &mut dyn Write) -> anyhow::Result<Outcome> {
    let started = Instant::now();
    let mut tally = Tally::default();
    let (mut unreadable, mut output_failed) = (false, false);
    let mut progress = super::progress::Progress::new(args.quiet, None);
    let inputs = super::files::collect_inputs(&args.files, "stdin.jsonl", &mut |msg| {
        unreadable = true;
        report(args, &msg);
    });
    let mut targets = super::files::Targets::default();
    for input in &inputs {
        if super::interrupted() {
            break;
        }
        let name = input.name();
        let reader = match open(input.path.as_deref()) {
            Ok(reader) => reader,
            Err(e) => {
                unreadable = true;
                report(args, &format!("{name}: {e}"));
                continue;
            }
        };
        // A record's error names its file, unless it came from stdin.
        let source = input.path.as_ref().map(|_| name.as_str());
        let read_failure = match &args.out_dir {
            // A failure to write to stdout or -o ends the run.
            None => process_stream(args, cleaner, reader, out, source, &mut tally, &mut progress)?,
            Some(dir) => {
                let target = dir.join(output_path(&input.relative));
                let written = targets
                    .claim(input, &target)
                    .and_then(|()| write_stream(args, cleaner, reader, source, &target, &mut tally, &mut progress));
                match written {
                    Ok(read_failure) => read_failure,
                    Err(e) => {
                        output_failed = true;
                        report(args, &format!("{name}: {e:#}"));
                        None
                    }
                }
            }
        };
        // The records read before a read failure are written; the run goes
        // on with the next input.
        if let Some(e) = read_failure {
            unreadable = true;
            report(args, &format!("{name}: {e:#}"));
        }
    }
    progress.finish();
    if tally.failed > 0 && !args.quiet {
        eprintln!("newsclean: {} of {} records failed", tally.failed, tally.records);
    }
    if args.stats {
        let secs = started.elapsed().as_secs_f64();
        let removed = if tally.chars_in > 0 { 1.0 - tally.chars_out as f64 / tally.chars_in as f64 } else { 0.0 };
        eprintln!(
            "newsclean: {} pages, {:.1} MB in {:.2} s ({:.0} pages/s, {:.1} MB/s), {} failed, {:.1}% of characters removed",
            tally.records,
            tally.bytes_in as f64 / 1e6,
            secs,
            tally.records as f64 / secs.max(1e-9),
            tally.bytes_in as f64 / 1e6 / secs.max(1e-9),
            tally.failed,
            removed * 100.0
        );
    }
    if super::interrupted() {
        return Ok(Outcome::Interrupted);
    }
    if unreadable {
        anyhow::bail!("some inputs could not be read");
    }
    Ok(if tally.failed > 0 || output_failed { Outcome::SomeFailed } else { Outcome::Ok })
}

/// Opens an input (`None`: stdin), gunzipped when it is gzip.
fn open(path: Option<&Path>) -> io::Result<Box<dyn BufRead>> {
    let reader: Box<dyn Read> = match path {
        Some(path) => Box::new(std::fs::File::open(path)?),
        None => Box::new(io::stdin().lock()),
    };
    maybe_gunzip(reader)
}

/// Where an input's records go under `--out-dir`: its relative path, less
/// a `.gz` ending (the output is plain JSON Lines).
fn output_path(relative: &Path) -> PathBuf {
    match relative.extension() {
        Some(ext) if ext.eq_ignore_ascii_case("gz") => relative.with_extension(""),
        _ => relative.to_path_buf(),
    }
}

/// Cleans one input into its own file, `target` (claimed: not the input,
/// which creating it would empty before it is read); returns the input's
/// read failure, if any. `source` names the input in records' errors.
fn write_stream(
    args: &Args,
    cleaner: &Cleaner,
    reader: Box<dyn BufRead>,
    source: Option<&str>,
    target: &Path,
    tally: &mut Tally,
    progress: &mut super::progress::Progress,
) -> anyhow::Result<Option<anyhow::Error>> {
    super::files::create_parent(target)?;
    let file = std::fs::File::create(target).with_context(|| format!("cannot create {}", target.display()))?;
    let mut writer = io::BufWriter::with_capacity(1 << 16, file);
    let read_failure = process_stream(args, cleaner, reader, &mut writer, source, tally, progress)
        .with_context(|| format!("cannot write {}", target.display()))?;
    writer.flush().with_context(|| format!("cannot write {}", target.display()))?;
    Ok(read_failure)
}

/// Wraps `reader` in a gzip decoder when the data starts with gzip's magic.
fn maybe_gunzip(reader: Box<dyn Read>) -> io::Result<Box<dyn BufRead>> {
    let mut buffered = BufReader::with_capacity(1 << 20, reader);
    let head = buffered.fill_buf()?;
    if head.starts_with(&[0x1f, 0x8b]) {
        Ok(Box::new(BufReader::with_capacity(1 << 20, flate2::bufread::MultiGzDecoder::new(buffered))))
    } else {
        Ok(Box::new(buffered))
    }
}

/// Reads, cleans and writes one stream. Three stages overlap: this thread
/// reads batch N+1 and writes batch N-1 while a cleaning thread has batch N
/// cleaned on the rayon pool, so the reading and writing (one thread's work
/// however many cleaning threads there are) do not leave the pool idle.
/// At most one batch waits to be cleaned, so memory stays bounded; the
/// cleaned batches come back in order. A failure to write ends it with
/// that error; a failure to read, after the records read before it are
/// written, is returned (`source` names the input in records' errors).
fn process_stream(
    args: &Args,
    cleaner: &Cleaner,
    mut reader: Box<dyn BufRead>,
    out: &mut dyn Write,
    source: Option<&str>,
    tally: &mut Tally,
    progress: &mut super::progress::Progress,
) -> anyhow::Result<Option<anyhow::Error>> {
    let fields = JsonFields { text: args.text_field.clone(), id: args.id_field.clone(), url: args.url_field.clone() };
    std::thread::scope(|scope| {
        let (to_clean, batches) = std::sync::mpsc::sync_channel::<Batch>(1);
        // Unbounded: the cleaning thread never waits on the writer, so it
        // cannot deadlock with this thread waiting to hand it a batch; what
        // queues here is bounded by the one-batch queue above.
        let (to_write, cleaned) = std::sync::mpsc::channel::<(Vec<JsonRecord>, Batch)>();
        let fields = &fields;
        scope.spawn(move || {
            for batch in batches {
                let records = batch
                    .lines
                    .par_iter()
                    .map(|(n, line)| cleaner.clean_json_record(*n, &batch.data[line.clone()], fields))
                    .collect();
                if to_write.send((records, batch)).is_err() {
                    return;
                }
            }
        });
        // A written batch's buffers are read into again: once they have
        // grown to a batch's size, no allocation per line or per batch.
        let mut spare = Batch::default();
        let mut write = |(records, batch): (Vec<JsonRecord>, Batch)| -> anyhow::Result<Batch> {
            write_records(args, records, out, source, tally)?;
            progress.add(batch.lines.len() as u64, batch.bytes() as u64);
            Ok(batch)
        };
        let mut line_number = 0usize;
        let read_failure = loop {
            let (batch, failure) = read_batch(&mut reader, &mut line_number, std::mem::take(&mut spare));
            if batch.lines.is_empty() && failure.is_none() {
                break None;
            }
            // The lines read before a failure are cleaned all the same.
            if to_clean.send(batch).is_err() {
                break None;
            }
            if failure.is_some() {
                break failure;
            }
            while let Ok(done) = cleaned.try_recv() {
                spare = write(done)?;
            }
        };
        // Every batch read is cleaned and written, also when reading failed.
        drop(to_clean);
        for done in cleaned {
            write(done)?;
        }
        Ok(read_failure)
    })
}

/// Lines read for cleaning: their bytes one after another, in one buffer,
/// and each one's 1-based line number and place in it (line ends left
/// out).
#[derive(Default)]
struct Batch {
    data: Vec<u8>,
    lines: Vec<(usize, Range<usize>)>,
}

impl Batch {
    /// The bytes of its lines, line ends included.
    fn bytes(&self) -> usize {
        self.data.len()
    }
}

/// Reads up to [`BATCH_LINES`] lines or [`BATCH_BYTES`] bytes into `batch`'s
/// buffers, emptied first; an empty batch at the end of the input. After
/// Ctrl-C no new line is read. When reading fails (a truncated gzip
/// stream), the whole lines read before the failure come with it.
fn read_batch(
    reader: &mut Box<dyn BufRead>,
    line_number: &mut usize,
    mut batch: Batch,
) -> (Batch, Option<anyhow::Error>) {
    batch.data.clear();
    batch.lines.clear();
    while batch.lines.len() < BATCH_LINES && batch.data.len() < BATCH_BYTES && !super::interrupted() {
        let start = batch.data.len();
        let n = match reader.read_until(b'\n', &mut batch.data).context("reading input") {
            Ok(n) => n,
            Err(e) => {
                // The bytes of the line cut short are not a line.
                batch.data.truncate(start);
                return (batch, Some(e));
            }
        };
        if n == 0 {
            break;
        }
        *line_number += 1;
        let line = &batch.data[start..];
        let ending = match line {
            [.., b'\r', b'\n'] => 2,
            [.., b'\n'] => 1,
            _ => 0,
        };
        batch.lines.push((*line_number, start..batch.data.len() - ending));
    }
    (batch, None)
}

fn write_records(
    args: &Args,
    records: Vec<JsonRecord>,
    out: &mut dyn Write,
    source: Option<&str>,
    tally: &mut Tally,
) -> io::Result<()> {
    for r in records {
        tally.records += 1;
        tally.bytes_in += r.bytes_in;
        tally.chars_in += r.chars_in;
        tally.chars_out += r.chars_out;
        if let Some(msg) = &r.error {
            tally.failed += 1;
            match source {
                Some(name) => report(args, &format!("{name}: {msg}")),
                None => report(args, msg),
            }
        }
        out.write_all(r.json.as_bytes())?;
        out.write_all(b"\n")?;
    }
    Ok(())
}
