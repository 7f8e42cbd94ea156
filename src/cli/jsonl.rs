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
use newsclean::Cleaner;
use rayon::prelude::*;
use serde_json::{Map, Value};
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
    let sources: Vec<Option<&std::path::Path>> = if args.files.is_empty() {
        vec![None]
    } else {
        args.files.iter().map(|p| (p.as_os_str() != "-").then_some(p.as_path())).collect()
    };
    for source in sources {
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
        process_stream(args, cleaner, reader, out, &mut tally).with_context(|| name.clone())?;
    }
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
    Ok(if tally.failed > 0 { Outcome::SomeFailed } else { Outcome::Ok })
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
) -> anyhow::Result<()> {
    let mut line_number = 0usize;
    loop {
        let mut batch: Vec<(usize, Vec<u8>)> = Vec::with_capacity(BATCH_LINES);
        let mut batch_bytes = 0;
        while batch.len() < BATCH_LINES && batch_bytes < BATCH_BYTES {
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
        let results: Vec<Processed> = batch.par_iter().map(|(n, line)| process_line(args, cleaner, *n, line)).collect();
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
            out.write_all(r.output.as_bytes())?;
            out.write_all(b"\n")?;
        }
    }
}

struct Processed {
    output: String,
    error: Option<String>,
    bytes_in: usize,
    chars_in: usize,
    chars_out: usize,
}

fn error_record(line: usize, error: String, id: Option<Value>) -> Processed {
    let mut record = Map::new();
    record.insert("line".into(), line.into());
    record.insert("error".into(), error.clone().into());
    if let Some(id) = id {
        record.insert("id".into(), id);
    }
    Processed {
        output: serde_json::to_string(&record).expect("serializes"),
        error: Some(format!("line {line}: {error}")),
        bytes_in: 0,
        chars_in: 0,
        chars_out: 0,
    }
}

fn process_line(args: &Args, cleaner: &Cleaner, line: usize, bytes: &[u8]) -> Processed {
    let record: Map<String, Value> = match serde_json::from_slice(bytes) {
        Ok(Value::Object(map)) => map,
        Ok(_) => return error_record(line, "not a JSON object".into(), None),
        Err(e) => return error_record(line, format!("invalid JSON: {e}"), None),
    };
    let id = record.get(&args.id_field).cloned();
    let text = match record.get(&args.text_field) {
        Some(Value::String(s)) => s,
        Some(_) => return error_record(line, format!("field {:?} is not a string", args.text_field), id),
        None => return error_record(line, format!("no field {:?}", args.text_field), id),
    };
    if text.len() > args.max_bytes {
        return error_record(
            line,
            format!("text of {} bytes is over the limit of {} bytes", text.len(), args.max_bytes),
            id,
        );
    }
    let article = cleaner.clean(text);
    let chars_in = text.chars().count();
    let bytes_in = text.len();
    let body_chars = article.paragraphs.iter().map(|p| p.chars().count()).sum::<usize>()
        + article.title.as_deref().map_or(0, |t| t.chars().count())
        + article.subtitle.as_deref().map_or(0, |t| t.chars().count());
    Processed { output: with_article(record, &article), error: None, bytes_in, chars_in, chars_out: body_chars }
}

/// The article's fields, in the order the wire format gives them.
const ARTICLE_FIELDS: [&str; 11] = [
    "title",
    "subtitle",
    "published",
    "section",
    "byline",
    "read_time_minutes",
    "body",
    "confidence",
    "encoding",
    "replaced_bytes",
    "removed",
];

/// The record with the article's fields added, as one JSON line: what
/// `record.extend(to_value(article))` then `to_string` gives, without
/// building the article as a `Value`. When the record has none of the
/// article's fields (the usual case) the article's own JSON is appended to
/// the record's; otherwise the record's fields are replaced in place.
fn with_article(mut record: Map<String, Value>, article: &newsclean::Article) -> String {
    if ARTICLE_FIELDS.iter().any(|f| record.contains_key(*f)) {
        if let Ok(Value::Object(fields)) = serde_json::to_value(article) {
            record.extend(fields);
        }
        return serde_json::to_string(&record).expect("serializes");
    }
    let mut out = serde_json::to_vec(&record).expect("serializes");
    let fields = serde_json::to_vec(article).expect("serializes");
    debug_assert!(out.ends_with(b"}") && fields.starts_with(b"{"));
    out.pop();
    if out.len() > 1 {
        out.push(b',');
    }
    out.extend_from_slice(&fields[1..]);
    String::from_utf8(out).expect("serde_json writes UTF-8")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The old way: the article as a `Value`, merged into the record.
    fn merged(mut record: Map<String, Value>, article: &newsclean::Article) -> String {
        if let Ok(Value::Object(fields)) = serde_json::to_value(article) {
            record.extend(fields);
        }
        serde_json::to_string(&record).unwrap()
    }

    #[test]
    fn with_article_is_the_merged_record() {
        let article = Cleaner::new().clean("Floods close the valley road\nHeavy rain on Sunday washed away part of the only road into the valley, officials said.\n2 min read");
        for json in [
            r#"{"id":"a\u00e9","text":"x","extra":[1,{"b":null}]}"#,
            r#"{"text":"x"}"#,
            r#"{}"#,
            r#"{"body":"old","id":7,"text":"x","removed":false}"#,
            r#"{"title":null}"#,
        ] {
            let record: Map<String, Value> = serde_json::from_str(json).unwrap();
            assert_eq!(with_article(record.clone(), &article), merged(record, &article), "{json}");
        }
    }
}
