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

fn process_stream(
    args: &Args,
    cleaner: &Cleaner,
    mut reader: Box<dyn BufRead>,
    out: &mut dyn Write,
    tally: &mut Tally,
    progress: &mut super::progress::Progress,
) -> anyhow::Result<()> {
    let mut line_number = 0usize;
    loop {
        let mut batch: Vec<(usize, Vec<u8>)> = Vec::with_capacity(BATCH_LINES);
        let mut batch_bytes = 0;
        // After Ctrl-C no new line is read; the batch read so far is
        // still cleaned and written.
        while batch.len() < BATCH_LINES && batch_bytes < BATCH_BYTES && !super::interrupted() {
            let mut line = Vec::new();
            let n = reader.read_until(b'\n', &mut line).context("reading input")?;
            if n == 0 {
                break;
            }
            line_number += 1;
            if line.last() == Some(&b'\n') {
                line.pop();
                if line.last() == Some(&b'\r') {
                    line.pop();
                }
            }
            batch_bytes += line.len();
            batch.push((line_number, line));
        }
        if batch.is_empty() {
            return Ok(());
        }
        let fields =
            JsonFields { text: args.text_field.clone(), id: args.id_field.clone(), url: args.url_field.clone() };
        let results: Vec<JsonRecord> =
            batch.par_iter().map(|(n, line)| cleaner.clean_json_record(*n, line, &fields)).collect();
        for r in results {
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
        progress.add(batch.len() as u64, batch_bytes as u64);
    }
}
