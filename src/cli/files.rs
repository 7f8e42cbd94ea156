//! Plain-text pages from files, directories or stdin.
//!
//! One input: its rendering to stdout (or `-o`). Several inputs: each
//! rendering in turn, text under a `==> path <==` header and JSON as one
//! line with a `file` field; or, with `--out-dir`, one output file per
//! input, mirroring the inputs' relative paths. An input that cannot be
//! read is reported and the rest are done: exit 2, as `cat` and `grep` do;
//! one that was read but failed (too large, output not writable): exit 1.

use super::{Args, Format, Outcome};
use anyhow::Context as _;
use newsclean::{Article, Cleaner};
use rayon::prelude::*;
use std::collections::HashSet;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

/// An input page: where to read it and, for --out-dir, where to write it.
pub(super) struct Input {
    /// `None` for stdin.
    pub(super) path: Option<PathBuf>,
    /// Where its output goes under `--out-dir`.
    pub(super) relative: PathBuf,
}

impl Input {
    pub(super) fn name(&self) -> String {
        self.path.as_ref().map_or_else(|| "<stdin>".to_owned(), |p| p.display().to_string())
    }
}

/// What became of one input.
enum Done {
    Rendered(Vec<u8>),
    Unreadable(String),
    Failed(String),
    /// Not read: the run was interrupted.
    Skipped,
}

pub(crate) fn run(args: &Args, cleaner: &Cleaner, out: &mut dyn Write) -> anyhow::Result<Outcome> {
    let mut unreadable = false;
    let inputs = collect_inputs(&args.files, "stdin.txt", &mut |msg| {
        unreadable = true;
        report(args, &msg);
    });
    let many = inputs.len() > 1 || args.files.iter().any(|p| p.is_dir());
    let mut failed = false;
    let mut targets = Targets::default();
    let mut progress = super::progress::Progress::new(args.quiet, Some(inputs.len() as u64));
    // Bounded batches keep memory flat however many files there are, and
    // writing each batch in order keeps output order stable under -j.
    for batch in inputs.chunks(64) {
        // After Ctrl-C no new input is read; what is done is written.
        if super::interrupted() {
            break;
        }
        let results: Vec<Done> = batch.par_iter().map(|input| process(args, cleaner, input, many)).collect();
        for (input, done) in batch.iter().zip(results) {
            match done {
                Done::Rendered(bytes) => match &args.out_dir {
                    Some(dir) => {
                        if let Err(e) = write_mirrored(dir, input, args.format, &bytes, &mut targets) {
                            failed = true;
                            report(args, &format!("{}: {e:#}", input.name()));
                        }
                    }
                    None => out.write_all(&bytes)?,
                },
                Done::Unreadable(msg) => {
                    unreadable = true;
                    report(args, &msg);
                }
                Done::Failed(msg) => {
                    failed = true;
                    report(args, &msg);
                }
                // Later inputs of the batch may be done, but output stays in input order.
                Done::Skipped => break,
            }
        }
        progress.add(batch.len() as u64, 0);
    }
    progress.finish();
    if super::interrupted() {
        return Ok(Outcome::Interrupted);
    }
    if unreadable {
        anyhow::bail!("some inputs could not be read");
    }
    Ok(if failed { Outcome::SomeFailed } else { Outcome::Ok })
}

/// Says `msg` on stderr, unless `-q`.
pub(super) fn report(args: &Args, msg: &str) {
    if !args.quiet {
        eprintln!("newsclean: {msg}");
    }
}

fn process(args: &Args, cleaner: &Cleaner, input: &Input, many: bool) -> Done {
    if super::interrupted() {
        return Done::Skipped;
    }
    let bytes = match read_input(input.path.as_deref()) {
        Ok(b) => b,
        Err(e) => return Done::Unreadable(format!("{}: {e}", input.name())),
    };
    match cleaner.clean_bytes_with_url(&bytes, args.url.as_deref()) {
        Ok(article) => {
            Done::Rendered(render(args, &article, many.then(|| input.name()).filter(|_| args.out_dir.is_none())))
        }
        Err(e) => Done::Failed(format!("{}: {e}", input.name())),
    }
}

fn read_input(path: Option<&Path>) -> io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    match path {
        Some(p) => bytes = std::fs::read(p)?,
        None => {
            io::stdin().lock().read_to_end(&mut bytes)?;
        }
    }
    Ok(bytes)
}

/// Renders one article; `header` names the input when several go to one stream.
fn render(args: &Args, article: &Article, header: Option<String>) -> Vec<u8> {
    let mut s = String::new();
    if args.explain {
        if let Some(h) = &header {
            s.push_str(&format!("==> {h} <==\n"));
        }
        s.push_str(&article.explain());
        return s.into_bytes();
    }
    match args.format {
        Format::Text => {
            if let Some(h) = &header {
                s.push_str(&format!("==> {h} <==\n"));
            }
            s.push_str(&article.to_text(args.body_only));
        }
        Format::Json => {
            let value = serde_json::to_value(article).expect("an article always serializes");
            match header {
                Some(file) => {
                    let mut record = serde_json::Map::new();
                    record.insert("file".into(), file.into());
                    if let serde_json::Value::Object(fields) = value {
                        record.extend(fields);
                    }
                    s.push_str(&serde_json::to_string(&record).expect("serializes"));
                }
                None => s.push_str(&serde_json::to_string_pretty(&value).expect("serializes")),
            }
            s.push('\n');
        }
    }
    s.into_bytes()
}

/// Expands directories (sorted, recursively) into their files; stdin (no
/// paths, or `-`) is named `stdin_name` under `--out-dir`.
pub(super) fn collect_inputs(paths: &[PathBuf], stdin_name: &str, on_error: &mut dyn FnMut(String)) -> Vec<Input> {
    let mut inputs = Vec::new();
    if paths.is_empty() {
        inputs.push(Input { path: None, relative: PathBuf::from(stdin_name) });
    }
    for path in paths {
        if path.as_os_str() == "-" {
            inputs.push(Input { path: None, relative: PathBuf::from(stdin_name) });
        } else if path.is_dir() {
            walk(path, path, &mut inputs, on_error);
        } else {
            let relative = path.file_name().map(PathBuf::from).unwrap_or_else(|| path.clone());
            inputs.push(Input { path: Some(path.clone()), relative });
        }
    }
    inputs
}

fn walk(root: &Path, dir: &Path, inputs: &mut Vec<Input>, on_error: &mut dyn FnMut(String)) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => return on_error(format!("{}: {e}", dir.display())),
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            walk(root, &path, inputs, on_error);
        } else {
            let relative = path.strip_prefix(root).map(Path::to_path_buf).unwrap_or_else(|_| path.clone());
            inputs.push(Input { path: Some(path), relative });
        }
    }
}

fn write_mirrored(
    dir: &Path,
    input: &Input,
    format: Format,
    bytes: &[u8],
    targets: &mut Targets,
) -> anyhow::Result<()> {
    let mut target = dir.join(&input.relative);
    if format == Format::Json {
        target.set_extension("json");
    }
    targets.claim(input, &target)?;
    create_parent(&target)?;
    std::fs::write(&target, bytes).with_context(|| format!("cannot write {}", target.display()))
}

/// The files a run writes under `--out-dir`, so that none overwrites an
/// input or the output of an earlier input (two inputs named alike in
/// different folders, given as files, or `a.jsonl` and `a.jsonl.gz`).
#[derive(Default)]
pub(super) struct Targets {
    claimed: HashSet<PathBuf>,
}

impl Targets {
    /// Claims `target` for `input`'s output; an error, and nothing claimed,
    /// if it is the input itself or an earlier input's output.
    pub(super) fn claim(&mut self, input: &Input, target: &Path) -> anyhow::Result<()> {
        if self.claimed.contains(target) {
            anyhow::bail!("not written: {} is the output of an earlier input", target.display());
        }
        let same = |a: &Path, b: &Path| matches!((a.canonicalize(), b.canonicalize()), (Ok(a), Ok(b)) if a == b);
        if input.path.as_deref().is_some_and(|path| same(path, target)) {
            anyhow::bail!("not written: the output {} is the input itself", target.display());
        }
        self.claimed.insert(target.to_path_buf());
        Ok(())
    }
}

/// Creates the folders `target` is to be written in.
pub(super) fn create_parent(target: &Path) -> anyhow::Result<()> {
    if let Some(parent) = target.parent() {
        std::fs::create_dir_all(parent).with_context(|| format!("cannot create {}", parent.display()))?;
    }
    Ok(())
}
