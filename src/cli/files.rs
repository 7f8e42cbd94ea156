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
    /// The rendering, and the page's bytes, characters and those kept.
    Rendered {
        output: Vec<u8>,
        bytes_in: usize,
        chars_in: usize,
        chars_out: usize,
    },
    Unreadable(String),
    Failed(String),
    /// Not read: the run was interrupted.
    Skipped,
}

pub(crate) fn run(args: &Args, cleaner: &Cleaner, out: &mut dyn Write) -> anyhow::Result<Outcome> {
    let started = std::time::Instant::now();
    let mut tally = super::Tally::default();
    let inputs = collect_inputs(&args.files, "stdin.txt", args.out_dir.as_deref(), &mut |problem| {
        if problem.is_error {
            tally.unreadable();
        }
        report(args, &problem.message);
    });
    let many = inputs.len() > 1 || args.files.iter().any(|p| p.is_dir());
    let mut failed = false;
    let mut targets = Targets::new(&inputs, args.out_dir.as_deref());
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
                Done::Rendered { output, bytes_in, chars_in, chars_out } => {
                    tally.cleaned(bytes_in, chars_in, chars_out);
                    match &args.out_dir {
                        Some(dir) => {
                            if let Err(e) = write_mirrored(dir, input, args.format(), &output, &mut targets) {
                                failed = true;
                                report(args, &format!("{}: {e:#}", input.name()));
                            }
                        }
                        None => out.write_all(&output)?,
                    }
                }
                Done::Unreadable(msg) => {
                    tally.unreadable();
                    report(args, &msg);
                }
                Done::Failed(msg) => {
                    failed = true;
                    tally.failed();
                    report(args, &msg);
                }
                // Later inputs of the batch may be done, but output stays in input order.
                Done::Skipped => break,
            }
        }
        progress.add(batch.len() as u64, 0);
    }
    progress.finish();
    if args.stats {
        super::say(tally.summary(started.elapsed()));
    }
    if super::interrupted() {
        return Ok(Outcome::Interrupted);
    }
    Ok(tally.outcome(failed))
}

/// Says `msg` on stderr, unless `-q`.
pub(super) fn report(args: &Args, msg: &str) {
    if !args.quiet {
        super::say(msg);
    }
}

fn process(args: &Args, cleaner: &Cleaner, input: &Input, many: bool) -> Done {
    if super::interrupted() {
        return Done::Skipped;
    }
    let bytes = match read_input(input.path.as_deref(), args.max_bytes) {
        Ok(Ok(b)) => b,
        Ok(Err(too_large)) => return Done::Failed(format!("{}: {too_large}", input.name())),
        Err(e) => return Done::Unreadable(format!("{}: {e}", input.name())),
    };
    match cleaner.clean_bytes_with_url(&bytes, args.url.as_deref()) {
        Ok(article) => {
            let header = many.then(|| input.name()).filter(|_| args.out_dir.is_none());
            let (chars_in, chars_out) = (article.chars_in(), article.chars_out());
            Done::Rendered { output: render(args, &article, header), bytes_in: bytes.len(), chars_in, chars_out }
        }
        Err(e) => Done::Failed(format!("{}: {e}", input.name())),
    }
}

/// Reads an input (`None`: stdin), or refuses it once it is over `max`
/// bytes: no more than that is read, so a huge file or an endless stdin
/// does not fill the memory first. A file's size is known before reading.
fn read_input(path: Option<&Path>, max: usize) -> io::Result<Result<Vec<u8>, String>> {
    let limit = u64::try_from(max).unwrap_or(u64::MAX);
    let over = |size: &dyn std::fmt::Display| format!("document of {size} bytes is over the limit of {max} bytes");
    let mut bytes = Vec::new();
    match path {
        Some(p) => {
            let file = std::fs::File::open(p)?;
            let size = file.metadata()?.len();
            if size > limit {
                return Ok(Err(over(&size)));
            }
            file.take(limit.saturating_add(1)).read_to_end(&mut bytes)?;
        }
        None => {
            io::stdin().lock().take(limit.saturating_add(1)).read_to_end(&mut bytes)?;
        }
    }
    if bytes.len() > max {
        return Ok(Err(over(&format_args!("more than {max}"))));
    }
    Ok(Ok(bytes))
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
    match args.format() {
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

/// Something found while collecting inputs: a directory that cannot be
/// read (an error) or a link to a directory, not followed (a note).
pub(super) struct Problem {
    pub(super) message: String,
    pub(super) is_error: bool,
}

/// Expands directories (sorted, recursively) into their files; stdin (no
/// paths, or `-`) is named `stdin_name` under `--out-dir`. Inside a
/// directory, a symbolic link to a directory is not followed, as `find`
/// and `rg` do not: a link to `.` or to a parent would walk for ever.
/// A directory named on the command line is walked, link or not.
///
/// Found while walking, and skipped with a note: the folder `out_dir` (a
/// run's output there is no input of the next run), and what is neither a
/// file nor a folder (a FIFO would block the run for ever, a device read
/// without end), as `grep -r` skips them. Named on the command line, they
/// are read.
pub(super) fn collect_inputs(
    paths: &[PathBuf],
    stdin_name: &str,
    out_dir: Option<&Path>,
    on_problem: &mut dyn FnMut(Problem),
) -> Vec<Input> {
    let mut inputs = Vec::new();
    if paths.is_empty() {
        inputs.push(Input { path: None, relative: PathBuf::from(stdin_name) });
    }
    let out_dir = out_dir.and_then(|dir| dir.canonicalize().ok());
    for path in paths {
        if path.as_os_str() == "-" {
            inputs.push(Input { path: None, relative: PathBuf::from(stdin_name) });
        } else if path.is_dir() {
            let mut walk = Walk { root: path, out_dir: out_dir.as_deref(), inputs: &mut inputs, on_problem };
            walk.dir(path);
        } else {
            let relative = path.file_name().map(PathBuf::from).unwrap_or_else(|| path.clone());
            inputs.push(Input { path: Some(path.clone()), relative });
        }
    }
    inputs
}

/// Refuses an `--out-dir` that cannot become a folder: a file, a path
/// through a file, a broken link. Checked before any page is cleaned, so
/// that it is one error, not one per input after the work; not made here,
/// so that a run that fails leaves nothing behind, and a missing input
/// folder under it is not made (and walked, empty) either.
pub(super) fn check_out_dir(dir: &Path) -> anyhow::Result<()> {
    // The nearest part of the path that exists has to be a folder.
    for part in dir.ancestors().filter(|p| !p.as_os_str().is_empty()) {
        match part.symlink_metadata() {
            Ok(_) if part.is_dir() => return Ok(()),
            Ok(_) => anyhow::bail!("--out-dir {}: {} is not a directory", dir.display(), part.display()),
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            // "Not a directory": a file on the way, or `file/`.
            Err(e) => anyhow::bail!("--out-dir {}: {e}", dir.display()),
        }
    }
    Ok(())
}

/// A directory named on the command line, being walked.
struct Walk<'a> {
    root: &'a Path,
    /// The output folder, resolved, if it exists.
    out_dir: Option<&'a Path>,
    inputs: &'a mut Vec<Input>,
    on_problem: &'a mut dyn FnMut(Problem),
}

impl Walk<'_> {
    fn dir(&mut self, dir: &Path) {
        let entries = match std::fs::read_dir(dir) {
            Ok(e) => e,
            Err(e) => return self.problem(format!("{}: {e}", dir.display()), true),
        };
        // Each entry's type as the directory listing gives it: no `stat`
        // per file; only a link's target is looked up.
        let mut found = Vec::new();
        for entry in entries {
            match entry {
                Ok(entry) => found.push((entry.path(), entry.file_type())),
                Err(e) => self.problem(format!("{}: {e}", dir.display()), true),
            }
        }
        found.sort_by(|a, b| a.0.cmp(&b.0));
        for (path, kind) in found {
            let is_link = kind.as_ref().is_ok_and(|k| k.is_symlink());
            let target = if is_link { std::fs::metadata(&path).map(|m| m.file_type()) } else { kind };
            match target {
                Ok(t) if t.is_dir() && is_link => {
                    self.problem(format!("{}: a link to a directory, not followed", path.display()), false);
                }
                // The output folder, inside the walked one. (Named itself
                // on the command line, its files are inputs that each
                // output would replace, and are refused as such.)
                Ok(t) if t.is_dir() && self.is_out_dir(&path) => {
                    self.problem(format!("{}: the output folder, not walked", path.display()), false);
                }
                Ok(t) if t.is_dir() => self.dir(&path),
                Ok(t) if !t.is_file() => {
                    let message = format!("{}: not a file (a FIFO, socket or device), not read", path.display());
                    self.problem(message, false);
                }
                // A file, or what cannot be looked at (a broken link):
                // reading it reports why.
                _ => {
                    let relative = path.strip_prefix(self.root).map(Path::to_path_buf).unwrap_or_else(|_| path.clone());
                    self.inputs.push(Input { path: Some(path), relative });
                }
            }
        }
    }

    fn is_out_dir(&self, dir: &Path) -> bool {
        self.out_dir.is_some() && dir.canonicalize().ok().as_deref() == self.out_dir
    }

    fn problem(&mut self, message: String, is_error: bool) {
        (self.on_problem)(Problem { message, is_error });
    }
}

/// Why `output` may not be written, if it is one of the inputs `paths`
/// name, or would be (a new file under a directory walked for inputs):
/// writing it empties it before it is read.
pub(super) fn clashes_with_input(paths: &[PathBuf], output: &Path) -> Option<String> {
    // A file not made yet: where it would be.
    let resolved = output.canonicalize().ok().or_else(|| {
        let parent = output.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
        Some(parent.canonicalize().ok()?.join(output.file_name()?))
    })?;
    paths.iter().find_map(|path| {
        let input = path.canonicalize().ok()?;
        if input == resolved {
            Some(format!("the output {} is the input {}", output.display(), path.display()))
        } else if input.is_dir() && resolved.starts_with(&input) {
            Some(format!("the output {} is in the input directory {}", output.display(), path.display()))
        } else {
            None
        }
    })
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
/// input (its own or another's: `a.jsonl` and `a.jsonl.gz` side by side,
/// with the output folder the input's) or the output of an earlier input
/// (two inputs named alike in different folders, given as files).
pub(super) struct Targets {
    inputs: HashSet<PathBuf>,
    claimed: HashSet<PathBuf>,
}

impl Targets {
    /// No target claimed yet; none may be one of `inputs`. Without
    /// `out_dir` nothing is claimed, and the inputs are not resolved (a
    /// system call each).
    pub(super) fn new(inputs: &[Input], out_dir: Option<&Path>) -> Targets {
        let inputs = match out_dir {
            Some(_) => inputs.iter().filter_map(|i| i.path.as_ref()?.canonicalize().ok()).collect(),
            None => HashSet::new(),
        };
        Targets { inputs, claimed: HashSet::new() }
    }

    /// Claims `target` for `input`'s output; an error, and nothing claimed,
    /// if it is an input or an earlier input's output.
    pub(super) fn claim(&mut self, input: &Input, target: &Path) -> anyhow::Result<()> {
        if self.claimed.contains(target) {
            anyhow::bail!("not written: {} is the output of an earlier input", target.display());
        }
        if let Ok(existing) = target.canonicalize() {
            if input.path.as_ref().and_then(|p| p.canonicalize().ok()).is_some_and(|p| p == existing) {
                anyhow::bail!("not written: the output {} is the input itself", target.display());
            }
            if self.inputs.contains(&existing) {
                anyhow::bail!("not written: the output {} is another input", target.display());
            }
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
