//! JSON Lines: one record out per record in, in input order.
//!
//! Input from stdin or files, plain or gzip (by magic bytes; multi-member
//! gzip too). Each line is parsed, its text field cleaned, and the record
//! written back with all its own fields plus the article's. A line that is
//! not a JSON object, lacks the text field or has a non-string text becomes
//! `{"line": N, "error": "...", "id": ...}`; the run goes on and exits 1.
//! Lines are processed in bounded batches on the rayon pool, so memory
//! stays flat on streams of any length and output order is the input's.

use super::{Args, Outcome};
use anyhow::Context as _;
use newsclean::{Cleaner, JsonFields, JsonRecord};
use rayon::prelude::*;
use std::io::{self, BufRead, BufReader, Read, Write};
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
    let mut unreadable = false;
    let mut progress = super::progress::Progress::new(args.quiet, None);
    let sources: Vec<Option<&std::path::Path>> = if args.files.is_empty() {
        vec![None]
    } else {
        args.files.iter().map(|p| (p.as_os_str() != "-").then_some(p.as_path())).collect()
    };
    for source in sources {
        if super::interrupted() {
            break;
        }
        let name = source.map_or_else(|| "<stdin>".to_owned(), |p| p.display().to_string());
        let reader: Box<dyn Read> = match source {
            Some(path) => match std::fs::File::open(path) {
                Ok(f) => Box::new(f),
                Err(e) => {
                    unreadable = true;
                    eprintln!("newsclean: {name}: {e}");
                    continue;
                }
            },
            None => Box::new(io::stdin().lock()),
        };
        let reader = maybe_gunzip(reader).with_context(|| format!("{name}: cannot read"))?;
        process_stream(args, cleaner, reader, out, &mut tally, &mut progress).with_context(|| name.clone())?;
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
    if unreadable {
        anyhow::bail!("some inputs could not be read");
    }
    Ok(if super::interrupted() {
        Outcome::Interrupted
    } else if tally.failed > 0 {
        Outcome::SomeFailed
    } else {
        Outcome::Ok
    })
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
/// cleaned batches come back in order.
fn process_stream(
    args: &Args,
    cleaner: &Cleaner,
    mut reader: Box<dyn BufRead>,
    out: &mut dyn Write,
    tally: &mut Tally,
    progress: &mut super::progress::Progress,
) -> anyhow::Result<()> {
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
                let records =
                    batch.lines.par_iter().map(|(n, line)| cleaner.clean_json_record(*n, line, fields)).collect();
                if to_write.send((records, batch)).is_err() {
                    return;
                }
            }
        });
        let mut write = |(records, batch): (Vec<JsonRecord>, Batch)| -> anyhow::Result<()> {
            write_records(args, records, out, tally)?;
            progress.add(batch.lines.len() as u64, batch.bytes as u64);
            Ok(())
        };
        let mut line_number = 0usize;
        let read_result = loop {
            let (batch, failure) = read_batch(&mut reader, &mut line_number);
            if batch.lines.is_empty() && failure.is_none() {
                break Ok(());
            }
            // The lines read before a failure are cleaned all the same.
            if to_clean.send(batch).is_err() {
                break Ok(());
            }
            if let Some(e) = failure {
                break Err(e);
            }
            while let Ok(done) = cleaned.try_recv() {
                write(done)?;
            }
        };
        // Every batch read is cleaned and written, also when reading failed.
        drop(to_clean);
        for done in cleaned {
            write(done)?;
        }
        read_result
    })
}

/// Lines read for cleaning, with their 1-based line numbers.
struct Batch {
    lines: Vec<(usize, Vec<u8>)>,
    bytes: usize,
}

/// Reads up to [`BATCH_LINES`] lines or [`BATCH_BYTES`] bytes; an empty
/// batch at the end of the input. After Ctrl-C no new line is read. When
/// reading fails (a truncated gzip stream), the whole lines read before the
/// failure come with it.
fn read_batch(reader: &mut Box<dyn BufRead>, line_number: &mut usize) -> (Batch, Option<anyhow::Error>) {
    let mut batch = Batch { lines: Vec::with_capacity(BATCH_LINES), bytes: 0 };
    while batch.lines.len() < BATCH_LINES && batch.bytes < BATCH_BYTES && !super::interrupted() {
        let mut line = Vec::new();
        let n = match reader.read_until(b'\n', &mut line).context("reading input") {
            Ok(n) => n,
            Err(e) => return (batch, Some(e)),
        };
        if n == 0 {
            break;
        }
        *line_number += 1;
        if line.last() == Some(&b'\n') {
            line.pop();
            if line.last() == Some(&b'\r') {
                line.pop();
            }
        }
        batch.bytes += line.len();
        batch.lines.push((*line_number, line));
    }
    (batch, None)
}

fn write_records(args: &Args, records: Vec<JsonRecord>, out: &mut dyn Write, tally: &mut Tally) -> io::Result<()> {
    for r in records {
        tally.records += 1;
        tally.bytes_in += r.bytes_in;
        tally.chars_in += r.chars_in;
        tally.chars_out += r.chars_out;
        if let Some(msg) = &r.error {
            tally.failed += 1;
            if !args.quiet {
                eprintln!("newsclean: {msg}");
            }
        }
        out.write_all(r.json.as_bytes())?;
        out.write_all(b"\n")?;
    }
    Ok(())
}
