//! JSON Lines: one record out per record in, in input order.
//!
//! Input from stdin, files or the files under directories, plain or gzip
//! (by magic bytes; multi-member gzip too, read as `gzip -d` reads it:
//! see `gzip.rs`), to stdout or, with `--out-dir`,
//! to one file per input that mirrors its relative path (less `.gz`).
//! Each line is parsed, its text field cleaned, and the record written
//! back with all its own fields plus the article's. A line that is
//! not a JSON object, lacks the text field or has a non-string text becomes
//! `{"line": N, "error": "...", "id": ...}`; the run goes on and exits 1.
//! Lines are processed in bounded batches on the rayon pool, so memory
//! stays flat on streams of any length and output order is the input's.

use super::files::report;
use super::{Args, Outcome, Tally};
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

pub(crate) fn run(args: &Args, cleaner: &Cleaner, out: &mut dyn Write) -> anyhow::Result<Outcome> {
    let started = Instant::now();
    let mut tally = Tally::default();
    let mut output_failed = false;
    let mut progress = super::progress::Progress::new(args.quiet, None);
    let inputs = super::files::collect_inputs(&args.files, "stdin.jsonl", args.out_dir.as_deref(), &mut |problem| {
        if problem.is_error {
            tally.unreadable();
        }
        report(args, &problem.message);
    });
    let mut targets = super::files::Targets::new(&inputs, args.out_dir.as_deref());
    for input in &inputs {
        if super::interrupted() {
            break;
        }
        let name = input.name();
        let reader = match open(input.path.as_deref()) {
            Ok(reader) => reader,
            Err(e) => {
                tally.unreadable();
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
            tally.unreadable();
            report(args, &format!("{name}: {e:#}"));
        }
    }
    progress.finish();
    if tally.failed > 0 && !args.quiet {
        super::say(format_args!("{} of {} records failed", tally.failed, tally.records));
    }
    if args.stats {
        super::say(tally.summary(started.elapsed()));
    }
    if super::interrupted() {
        return Ok(Outcome::Interrupted);
    }
    Ok(tally.outcome(output_failed))
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
/// The two bytes are read first, one read after another: a pipe may hand
/// over the first byte alone.
fn maybe_gunzip(mut reader: Box<dyn Read>) -> io::Result<Box<dyn BufRead>> {
    let mut head = [0u8; 2];
    let mut got = 0;
    while got < head.len() {
        match reader.read(&mut head[got..]) {
            Ok(0) => break,
            Ok(n) => got += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    let gzip = head == [0x1f, 0x8b];
    let buffered = BufReader::with_capacity(1 << 20, io::Cursor::new(head).take(got as u64).chain(reader));
    if gzip {
        Ok(Box::new(BufReader::with_capacity(1 << 20, super::gzip::Members::new(buffered))))
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
    let limit = line_limit(args.max_bytes);
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
                    .map(|(n, line)| match line {
                        Ok(bytes) => cleaner.clean_json_record(*n, &batch.data[bytes.clone()], fields),
                        Err(size) => too_long_record(*n, *size, limit),
                    })
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
            let (batch, failure) = read_batch(&mut reader, &mut line_number, limit, std::mem::take(&mut spare));
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
/// out), or its size when it was too long to keep ([`line_limit`]).
#[derive(Default)]
struct Batch {
    data: Vec<u8>,
    lines: Vec<(usize, Result<Range<usize>, usize>)>,
    /// Bytes of the lines too long to keep.
    skipped: usize,
}

impl Batch {
    /// The bytes of its lines, line ends included.
    fn bytes(&self) -> usize {
        self.data.len() + self.skipped
    }
}

/// The longest line kept as a record: four times `--max-bytes` (a text of
/// that many bytes, written as JSON with escapes and other fields), and no
/// less than 64 MiB. A longer line (binary data, or a stream with no line
/// breaks) is read through without being kept, so memory stays bounded,
/// and becomes an error record.
fn line_limit(max_bytes: usize) -> usize {
    max_bytes.saturating_mul(4).max(64 << 20)
}

/// The error record of line `line`, of `size` bytes, over `limit`.
fn too_long_record(line: usize, size: usize, limit: usize) -> JsonRecord {
    let error = format!("record of {size} bytes is over the limit of {limit} bytes for a line");
    JsonRecord {
        json: serde_json::json!({ "line": line, "error": error }).to_string(),
        error: Some(format!("line {line}: {error}")),
        bytes_in: 0,
        chars_in: 0,
        chars_out: 0,
    }
}

/// Reads a line, through its `\n` or the end of the input, and appends it
/// to `data` unless it is longer than `limit` bytes; returns its length and
/// whether it was kept. A longer line is read through in the reader's
/// buffer and not copied.
fn read_line_within(reader: &mut dyn BufRead, data: &mut Vec<u8>, limit: usize) -> io::Result<(usize, bool)> {
    let start = data.len();
    let (mut length, mut kept) = (0usize, true);
    loop {
        let available = match reader.fill_buf() {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            break;
        }
        let (taken, ended) = match memchr::memchr(b'\n', available) {
            Some(at) => (at + 1, true),
            None => (available.len(), false),
        };
        length += taken;
        if kept && length <= limit {
            data.extend_from_slice(&available[..taken]);
        } else if kept {
            kept = false;
            data.truncate(start);
        }
        reader.consume(taken);
        if ended {
            break;
        }
    }
    Ok((length, kept))
}

/// Reads up to [`BATCH_LINES`] lines or [`BATCH_BYTES`] bytes into `batch`'s
/// buffers, emptied first; an empty batch at the end of the input. After
/// Ctrl-C no new line is read. When reading fails (a truncated gzip
/// stream), the whole lines read before the failure come with it.
fn read_batch(
    reader: &mut Box<dyn BufRead>,
    line_number: &mut usize,
    limit: usize,
    mut batch: Batch,
) -> (Batch, Option<anyhow::Error>) {
    batch.data.clear();
    batch.lines.clear();
    batch.skipped = 0;
    while batch.lines.len() < BATCH_LINES && batch.bytes() < BATCH_BYTES && !super::interrupted() {
        let start = batch.data.len();
        let (n, kept) = match read_line_within(reader.as_mut(), &mut batch.data, limit).context("reading input") {
            Ok(read) => read,
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
        if !kept {
            batch.skipped += n;
            batch.lines.push((*line_number, Err(n)));
            continue;
        }
        let line = &batch.data[start..];
        let ending = match line {
            [.., b'\r', b'\n'] => 2,
            [.., b'\n'] => 1,
            _ => 0,
        };
        batch.lines.push((*line_number, Ok(start..batch.data.len() - ending)));
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
        if let Some(msg) = &r.error {
            tally.failed();
            match source {
                Some(name) => report(args, &format!("{name}: {msg}")),
                None => report(args, msg),
            }
        } else {
            tally.cleaned(r.bytes_in, r.chars_in, r.chars_out);
        }
        out.write_all(r.json.as_bytes())?;
        out.write_all(b"\n")?;
    }
    Ok(())
}
