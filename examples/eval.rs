//! Quality benchmark: how well `newsclean` recovers the article body on the
//! evaluation corpora in `../shared/eval` (see its README.md).
//!
//! ```text
//! cargo run --release --example eval -- ../shared/eval
//! cargo run --release --example eval -- ../shared/eval --jsonl target/release/newsclean
//! cargo run --release --example eval -- ../shared/eval --worst 5 --lines
//! ```
//!
//! What it measures, with the exact definitions of the corpora's `score.py`
//! (the figures printed here equal what `score.py` prints for the same output):
//!
//! - **news** (`news-SPLIT.jsonl`): the predicted body and the human-made gold
//!   body are cut into word 4-gram shingles, counted as multisets; per page,
//!   precision and recall of the shingles; P and R are the means over pages
//!   and F1 is the harmonic mean of those two means.
//! - **segments** (`segments-SPLIT.jsonl`): every `with` snippet found in the
//!   output (whitespace-normalized substring match) is a true positive, every
//!   missing one a false negative; every `without` snippet found is a false
//!   positive. Micro P/R/F1 and accuracy over all snippets.
//!
//! The prediction is [`Article::body`]: the paragraphs joined by blank lines,
//! without the title. By default each page is cleaned alone, in-process, on
//! one thread ("single-page mode"), which also gives the speed figures.
//! `--jsonl BIN` additionally runs `BIN --jsonl` once per set, the way
//! `score.py --jsonl-cmd` does, and scores what it prints.
//!
//! Options:
//!
//! - `--jsonl BIN`: also score the command-line tool's `--jsonl` mode.
//! - `--favor precision|balanced|recall`: the cleaner's leaning (also passed
//!   to `BIN` when given).
//! - `--sets news,segments`: which sets to score.
//! - `--field NAME`: the news field that holds the page text (`text`, or
//!   `text_inscriptis` for the same pages rendered by inscriptis).
//! - `--split NAME`: the corpora half to read (default `dev`).
//! - `--worst N`: the N news pages with the lowest F1 and the N segments
//!   pages with the most wrong snippets (from the in-process run).
//! - `--lines`: with `--worst`, the input lines of each listed news page that
//!   cost the most: chrome kept in the body and article text left out.

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::sync::LazyLock;
use std::time::Instant;

use newsclean::{Article, Cleaner, Favor, LineReport, Verdict};
use regex::Regex;
use serde_json::Value;

const USAGE: &str = "\
usage: cargo run --release --example eval -- DIR [options]

DIR is the corpora directory (news-SPLIT.jsonl, segments-SPLIT.jsonl).

options:
  --jsonl BIN          also score `BIN --jsonl` (one process per set, like score.py --jsonl-cmd)
  --favor F            precision | balanced | recall (default balanced; passed on to BIN when given)
  --sets LIST          comma-separated: news,segments (default both)
  --field NAME         news field holding the page text: text (default) or text_inscriptis
  --split NAME         corpora half (default dev)
  --worst N            list the N worst news pages (by F1) and segments pages (by wrong snippets)
  --lines              with --worst: the input lines of each listed news page that cost most
  -h, --help           this help";

/// Reference F1 figures (news, segments) from the corpora README, dev half,
/// plain `text` input unless marked HTML. Hard-coded: they come from other
/// tools this benchmark does not run.
const REFERENCES: [(&str, f64, f64); 4] = [
    ("page text as is", 0.664, 0.692),
    ("C4 line rules", 0.823, 0.796),
    ("jusText over lines", 0.748, 0.759),
    ("trafilatura 2.3.1 on the HTML", 0.960, 0.918),
];

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "-h" || a == "--help") {
        println!("{USAGE}");
        return ExitCode::SUCCESS;
    }
    let options = match Options::parse(&args) {
        Ok(o) => o,
        Err(e) => {
            eprintln!("eval: {e}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match run(&options) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("eval: {e}");
            ExitCode::FAILURE
        }
    }
}

// ---- options ----------------------------------------------------------------

/// The parsed command line.
struct Options {
    dir: PathBuf,
    split: String,
    /// `None` when not given: the cleaner's default, and nothing passed to BIN.
    favor: Option<(Favor, String)>,
    jsonl_bin: Option<PathBuf>,
    news: bool,
    segments: bool,
    field: String,
    worst: usize,
    lines: bool,
}

impl Options {
    fn parse(args: &[String]) -> Result<Options, String> {
        let mut dir = None;
        let mut options = Options {
            dir: PathBuf::new(),
            split: "dev".into(),
            favor: None,
            jsonl_bin: None,
            news: true,
            segments: true,
            field: "text".into(),
            worst: 0,
            lines: false,
        };
        let mut it = args.iter();
        while let Some(arg) = it.next() {
            // Accept both `--name value` and `--name=value`.
            let (name, inline) = match arg.split_once('=') {
                Some((n, v)) if n.starts_with("--") => (n, Some(v.to_owned())),
                _ => (arg.as_str(), None),
            };
            let mut value =
                || inline.clone().or_else(|| it.next().cloned()).ok_or_else(|| format!("{name} needs a value"));
            match name {
                "--jsonl" => options.jsonl_bin = Some(PathBuf::from(value()?)),
                "--favor" => {
                    let v = value()?;
                    let favor = v.parse::<Favor>().map_err(|e| e.to_string())?;
                    options.favor = Some((favor, v));
                }
                "--sets" => {
                    let v = value()?;
                    options.news = false;
                    options.segments = false;
                    for set in v.split(',').map(str::trim).filter(|s| !s.is_empty()) {
                        match set {
                            "news" => options.news = true,
                            "segments" => options.segments = true,
                            other => return Err(format!("unknown set {other:?}: use news and/or segments")),
                        }
                    }
                }
                "--field" => options.field = value()?,
                "--split" => options.split = value()?,
                "--worst" => {
                    let v = value()?;
                    options.worst = v.parse().map_err(|_| format!("--worst needs a number, not {v:?}"))?;
                }
                "--lines" => options.lines = true,
                flag if flag.starts_with('-') && flag != "-" => return Err(format!("unknown option {flag}")),
                path if dir.is_none() => dir = Some(PathBuf::from(path)),
                extra => return Err(format!("unexpected argument {extra:?}")),
            }
        }
        options.dir = dir.ok_or("missing the corpora directory")?;
        if !options.news && !options.segments {
            return Err("--sets selects no set".into());
        }
        if options.lines && options.worst == 0 {
            return Err("--lines lists the lines of the worst pages: give --worst N too".into());
        }
        Ok(options)
    }

    fn favor_name(&self) -> &str {
        self.favor.as_ref().map_or("balanced (default)", |(_, name)| name.as_str())
    }
}

// ---- corpora ------------------------------------------------------------------

/// One page of either set: what the cleaner sees.
struct Page {
    id: String,
    url: String,
    text: String,
}

/// A news page with its human-made article body.
struct NewsPage {
    page: Page,
    gold: String,
}

/// A segments page with the snippets its output must and must not contain.
struct SegmentsPage {
    page: Page,
    with: Vec<String>,
    without: Vec<String>,
}

/// Reads a JSON Lines file into its records (objects), skipping blank lines.
fn read_jsonl(path: &Path) -> Result<Vec<serde_json::Map<String, Value>>, String> {
    let data = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut records = Vec::new();
    for (n, line) in data.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        match serde_json::from_str(line) {
            Ok(Value::Object(map)) => records.push(map),
            Ok(_) => return Err(format!("{}:{}: not a JSON object", path.display(), n + 1)),
            Err(e) => return Err(format!("{}:{}: {e}", path.display(), n + 1)),
        }
    }
    Ok(records)
}

/// A string field of a record; a missing field is an error, like score.py's KeyError.
fn string_field(record: &serde_json::Map<String, Value>, name: &str) -> Result<String, String> {
    match record.get(name) {
        Some(Value::String(s)) => Ok(s.clone()),
        Some(_) => Err(format!("field {name:?} is not a string")),
        None => Err(format!("no field {name:?}")),
    }
}

fn strings_field(record: &serde_json::Map<String, Value>, name: &str) -> Result<Vec<String>, String> {
    match record.get(name) {
        Some(Value::Array(items)) => items
            .iter()
            .map(|v| v.as_str().map(str::to_owned).ok_or_else(|| format!("{name:?} holds a non-string")))
            .collect(),
        _ => Err(format!("field {name:?} is not a list")),
    }
}

fn page(record: &serde_json::Map<String, Value>, text_field: &str) -> Result<Page, String> {
    Ok(Page {
        id: string_field(record, "id")?,
        url: string_field(record, "url").unwrap_or_default(),
        text: string_field(record, text_field)?,
    })
}

fn load_news(dir: &Path, split: &str, field: &str) -> Result<Vec<NewsPage>, String> {
    let path = dir.join(format!("news-{split}.jsonl"));
    read_jsonl(&path)?
        .iter()
        .map(|r| Ok(NewsPage { page: page(r, field)?, gold: string_field(r, "gold")? }))
        .collect::<Result<_, String>>()
        .map_err(|e| format!("{}: {e}", path.display()))
}

fn load_segments(dir: &Path, split: &str) -> Result<Vec<SegmentsPage>, String> {
    let path = dir.join(format!("segments-{split}.jsonl"));
    read_jsonl(&path)?
        .iter()
        .map(|r| {
            // score.py always reads the segments pages from `text`; --field is for news only.
            Ok(SegmentsPage {
                page: page(r, "text")?,
                with: strings_field(r, "with")?,
                without: strings_field(r, "without")?,
            })
        })
        .collect::<Result<_, String>>()
        .map_err(|e| format!("{}: {e}", path.display()))
}

// ---- news metric: 4-gram shingles ---------------------------------------------

/// score.py's `re.compile(r"\w+", re.UNICODE)`. Python's `\w` on str is
/// letters, numbers and `_` (checked over every code point for Python 3.11);
/// Rust's `\w` also matches combining marks and joiners, which would cut
/// words of Indic and other scripts differently, so the class is spelled out.
static TOKEN: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"[\p{L}\p{N}_]+").expect("valid pattern"));

fn tokens(text: &str) -> Vec<&str> {
    TOKEN.find_iter(text).map(|m| m.as_str()).collect()
}

/// Shingle multiset of one text, borrowing from its token list.
type Shingles<'t, 's> = HashMap<&'t [&'s str], u64>;

/// score.py's `shingles(text, n=4)`: the word 4-grams with their counts. A
/// text of one to three tokens yields a single shorter shingle (Python's
/// `range(max(1, len(toks) - n + 1))` with a non-empty slice); no tokens, none.
fn shingles<'t, 's>(toks: &'t [&'s str]) -> Shingles<'t, 's> {
    let mut counts = HashMap::new();
    if toks.len() < 4 {
        if !toks.is_empty() {
            counts.insert(toks, 1);
        }
        return counts;
    }
    for window in toks.windows(4) {
        *counts.entry(window).or_insert(0) += 1;
    }
    counts
}

/// Shingle counts of one page: matched, predicted only, gold only.
#[derive(Debug, Clone, Copy)]
struct Overlap {
    tp: u64,
    fp: u64,
    fn_: u64,
}

/// score.py's `tp_fp_fn` before its normalization: `tp` sums the smaller
/// count of every shingle; the rest of each side is `fp` or `fn`.
fn overlap(gold: &str, pred: &str) -> Overlap {
    let (gold_toks, pred_toks) = (tokens(gold), tokens(pred));
    let (g, p) = (shingles(&gold_toks), shingles(&pred_toks));
    let tp: u64 = p.iter().map(|(k, &b)| g.get(k).map_or(0, |&a| a.min(b))).sum();
    Overlap { tp, fp: p.values().sum::<u64>() - tp, fn_: g.values().sum::<u64>() - tp }
}

/// Precision and recall of one page; `None` where score.py leaves the page
/// out of that mean (nothing predicted, resp. an empty gold).
#[derive(Debug, Clone, Copy)]
struct PageScore {
    precision: Option<f64>,
    recall: Option<f64>,
}

impl PageScore {
    /// score.py's `news_metrics` for one page, on the same normalized
    /// fractions (tp/s, fp/s, fn/s) so the floating point matches too.
    fn of(o: Overlap) -> PageScore {
        let s = (o.tp + o.fp + o.fn_) as f64;
        let (tp, fp, fn_) =
            if s > 0.0 { (o.tp as f64 / s, o.fp as f64 / s, o.fn_ as f64 / s) } else { (0.0, 0.0, 0.0) };
        let exact = o.fp == 0 && o.fn_ == 0;
        PageScore {
            precision: (tp + fp > 0.0).then(|| if exact { 1.0 } else { tp / (tp + fp) }),
            recall: (tp + fn_ > 0.0).then(|| if exact { 1.0 } else { tp / (tp + fn_) }),
        }
    }

    /// The page's own F1, for ranking pages. A missing side counts as 0
    /// (an empty output or an empty gold is a miss), unless both are
    /// missing: nothing expected and nothing given is no error.
    fn f1(&self) -> f64 {
        match (self.precision, self.recall) {
            (None, None) => 1.0,
            (p, r) => f1(p.unwrap_or(0.0), r.unwrap_or(0.0)),
        }
    }
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    }
}

fn mean(xs: impl Iterator<Item = f64>) -> f64 {
    let (sum, n) = xs.fold((0.0, 0usize), |(s, n), x| (s + x, n + 1));
    if n == 0 {
        0.0
    } else {
        sum / n as f64
    }
}

/// Precision, recall and F1 of a whole set.
#[derive(Debug, Clone, Copy)]
struct Prf {
    precision: f64,
    recall: f64,
    f1: f64,
}

/// Per-page scores, aligned with `pages`; a page missing from `pred` scores
/// an empty output, like score.py's `pred.get(k, "")`.
fn score_news_pages(pages: &[NewsPage], pred: &HashMap<String, String>) -> Vec<PageScore> {
    pages.iter().map(|p| PageScore::of(overlap(&p.gold, pred.get(&p.page.id).map_or("", String::as_str)))).collect()
}

/// score.py's `news_metrics`: mean precision and mean recall over the pages
/// that have one, F1 of the two means.
fn news_metrics(scores: &[PageScore]) -> Prf {
    let precision = mean(scores.iter().filter_map(|s| s.precision));
    let recall = mean(scores.iter().filter_map(|s| s.recall));
    Prf { precision, recall, f1: f1(precision, recall) }
}

// ---- segments metric: snippet matches ------------------------------------------

/// Python's `str.isspace`, which `\s` and `strip()` follow: Unicode
/// White_Space plus the four ASCII separators U+001C..U+001F.
fn is_py_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// score.py's `norm`: `re.sub(r"\s+", " ", s).strip()`.
fn norm(s: &str) -> String {
    s.split(is_py_space).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ")
}

/// What one segments page got wrong.
struct SegmentsErrors<'a> {
    missing_with: Vec<&'a str>,
    found_without: Vec<&'a str>,
}

/// Snippet counts over a whole set.
#[derive(Debug, Clone, Copy, Default)]
struct SegmentsScore {
    tp: usize,
    fp: usize,
    fn_: usize,
    tn: usize,
}

impl SegmentsScore {
    fn prf(&self) -> Prf {
        let precision = if self.tp + self.fp > 0 { self.tp as f64 / (self.tp + self.fp) as f64 } else { 0.0 };
        let recall = if self.tp + self.fn_ > 0 { self.tp as f64 / (self.tp + self.fn_) as f64 } else { 0.0 };
        Prf { precision, recall, f1: f1(precision, recall) }
    }

    fn accuracy(&self) -> f64 {
        let all = self.tp + self.tn + self.fp + self.fn_;
        if all > 0 {
            (self.tp + self.tn) as f64 / all as f64
        } else {
            0.0
        }
    }
}

/// score.py's `segment_metrics`, also returning each page's errors.
fn segment_metrics<'a>(
    pages: &'a [SegmentsPage],
    pred: &HashMap<String, String>,
) -> (SegmentsScore, Vec<SegmentsErrors<'a>>) {
    let mut score = SegmentsScore::default();
    let mut errors = Vec::with_capacity(pages.len());
    for p in pages {
        let out = norm(pred.get(&p.page.id).map_or("", String::as_str));
        let missing_with: Vec<&str> = p.with.iter().filter(|w| !out.contains(&norm(w))).map(String::as_str).collect();
        let found_without: Vec<&str> =
            p.without.iter().filter(|w| out.contains(&norm(w))).map(String::as_str).collect();
        score.tp += p.with.len() - missing_with.len();
        score.fn_ += missing_with.len();
        score.fp += found_without.len();
        score.tn += p.without.len() - found_without.len();
        errors.push(SegmentsErrors { missing_with, found_without });
    }
    (score, errors)
}

// ---- producing predictions -------------------------------------------------------

/// In-process predictions of one set, with the articles (for `--lines`) and
/// the time spent in `Cleaner::clean` alone.
struct InProcess {
    pred: HashMap<String, String>,
    articles: Vec<Article>,
    seconds: f64,
}

/// Cleans each page alone, on this thread. Only `clean` is timed: joining
/// the body and filling the map are the benchmark's cost, not the cleaner's.
fn clean_in_process<'a>(cleaner: &Cleaner, pages: impl Iterator<Item = &'a Page>) -> InProcess {
    let mut seconds = 0.0;
    let mut pred = HashMap::new();
    let mut articles = Vec::new();
    for page in pages {
        let started = Instant::now();
        let article = cleaner.clean(&page.text);
        seconds += started.elapsed().as_secs_f64();
        pred.insert(page.id.clone(), article.body());
        articles.push(article);
    }
    InProcess { pred, articles, seconds }
}

/// Runs `BIN --jsonl` once on all pages, as score.py's `--jsonl-cmd` does:
/// `{"id","text"}` lines in; the body read back by `id` from `body` (or,
/// failing that, `text`). Returns the predictions and the wall time.
fn run_jsonl<'a>(
    bin: &Path,
    favor: Option<&str>,
    pages: impl Iterator<Item = &'a Page>,
) -> Result<(HashMap<String, String>, f64), String> {
    let mut input = String::new();
    for p in pages {
        input.push_str(&serde_json::json!({ "id": p.id, "text": p.text }).to_string());
        input.push('\n');
    }
    let mut command = Command::new(bin);
    command.arg("--jsonl");
    if let Some(favor) = favor {
        command.args(["--favor", favor]);
    }
    let started = Instant::now();
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .map_err(|e| format!("cannot run {}: {e}", bin.display()))?;
    // Write from another thread: the child writes while it reads, and a full
    // stdout pipe would otherwise deadlock both sides on large inputs.
    let mut stdin = child.stdin.take().expect("piped stdin");
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let output = child.wait_with_output().map_err(|e| format!("{}: {e}", bin.display()))?;
    let seconds = started.elapsed().as_secs_f64();
    if let Err(e) = writer.join().expect("writer thread") {
        eprintln!("eval: writing to {}: {e}", bin.display());
    }
    if !output.status.success() {
        eprintln!("eval: {} --jsonl exited with {}", bin.display(), output.status);
    }
    let mut pred = HashMap::new();
    for line in String::from_utf8_lossy(&output.stdout).lines().filter(|l| !l.trim().is_empty()) {
        let record: Value =
            serde_json::from_str(line).map_err(|e| format!("{} printed invalid JSON: {e}", bin.display()))?;
        let Some(id) = record.get("id").and_then(Value::as_str) else {
            eprintln!("eval: {} printed a record without a string id: {}", bin.display(), clip(line, 200));
            continue;
        };
        // score.py: `d.get("body", d.get("text", ""))`, a list joined by blank
        // lines, and null or empty as "".
        let body = match record.get("body").or_else(|| record.get("text")) {
            Some(Value::String(s)) => s.clone(),
            Some(Value::Array(parts)) => parts.iter().filter_map(Value::as_str).collect::<Vec<_>>().join("\n\n"),
            _ => String::new(),
        };
        pred.insert(id.to_owned(), body);
    }
    Ok((pred, seconds))
}

// ---- the run ---------------------------------------------------------------------

/// One system's figures on the selected sets.
struct Row {
    label: String,
    news: Option<Prf>,
    segments: Option<SegmentsScore>,
}

fn run(options: &Options) -> Result<(), String> {
    let news = if options.news { Some(load_news(&options.dir, &options.split, &options.field)?) } else { None };
    let segments = if options.segments { Some(load_segments(&options.dir, &options.split)?) } else { None };
    let cleaner = match &options.favor {
        Some((favor, _)) => Cleaner::builder().favor(*favor).build(),
        None => Cleaner::new(),
    };

    println!("newsclean eval: {}, split {}, favor {}", options.dir.display(), options.split, options.favor_name());
    let mut speed = Vec::new();
    let mut in_process = Row { label: "newsclean, single-page mode".into(), news: None, segments: None };
    let mut news_run = None;
    let mut segments_run = None;
    if let Some(pages) = &news {
        let run = clean_in_process(&cleaner, pages.iter().map(|p| &p.page));
        let scores = score_news_pages(pages, &run.pred);
        in_process.news = Some(news_metrics(&scores));
        speed.push(("news", pages.len(), bytes(pages.iter().map(|p| &p.page)), run.seconds));
        news_run = Some((run, scores));
    }
    let mut titles = TitleTally::default();
    if let Some((run, _)) = &news_run {
        titles.add(news.iter().flatten().map(|p| &p.page), &run.articles);
    }
    if let Some(pages) = &segments {
        let run = clean_in_process(&cleaner, pages.iter().map(|p| &p.page));
        let (score, errors) = segment_metrics(pages, &run.pred);
        in_process.segments = Some(score);
        speed.push(("segments", pages.len(), bytes(pages.iter().map(|p| &p.page)), run.seconds));
        titles.add(pages.iter().map(|p| &p.page), &run.articles);
        segments_run = Some(errors);
    }
    let mut rows = vec![in_process];

    let mut jsonl_times = Vec::new();
    if let Some(bin) = &options.jsonl_bin {
        let favor = options.favor.as_ref().map(|(_, name)| name.as_str());
        let mut row = Row { label: "newsclean --jsonl mode".into(), news: None, segments: None };
        if let Some(pages) = &news {
            let (pred, seconds) = run_jsonl(bin, favor, pages.iter().map(|p| &p.page))?;
            row.news = Some(news_metrics(&score_news_pages(pages, &pred)));
            jsonl_times.push(("news", seconds));
        }
        if let Some(pages) = &segments {
            let (pred, seconds) = run_jsonl(bin, favor, pages.iter().map(|p| &p.page))?;
            row.segments = Some(segment_metrics(pages, &pred).0);
            jsonl_times.push(("segments", seconds));
        }
        rows.push(row);
    }

    print_table(options, news.as_deref(), segments.as_deref(), &rows);
    titles.print();
    print_speed(&speed, &jsonl_times);

    if options.worst > 0 {
        if let (Some(pages), Some((run, scores))) = (&news, &news_run) {
            print_worst_news(pages, scores, &run.articles, options.worst, options.lines);
        }
        if let (Some(pages), Some(errors)) = (&segments, &segments_run) {
            print_worst_segments(pages, errors, options.worst);
        }
    }
    Ok(())
}

/// How often the title agrees with the page's first line, which in these
/// corpora is the HTML title ("Headline - Site"): the corpora have no gold
/// titles, and this is the nearest measure. Agreeing is one's words being
/// a run of the other's (lowercase letters and digits).
#[derive(Default)]
struct TitleTally {
    pages: usize,
    agree: usize,
    none: usize,
}

impl TitleTally {
    fn add<'a>(&mut self, pages: impl Iterator<Item = &'a Page>, articles: &[Article]) {
        let key = |s: &str| -> String {
            let words: Vec<String> =
                s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect();
            format!(" {} ", words.join(" "))
        };
        for (page, article) in pages.zip(articles) {
            self.pages += 1;
            let Some(title) = &article.title else {
                self.none += 1;
                continue;
            };
            let first = page.text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
            let (title, first) = (key(title), key(first));
            if !title.trim().is_empty() && (first.contains(&title) || title.contains(&first)) {
                self.agree += 1;
            }
        }
    }

    fn print(&self) {
        if self.pages > 0 {
            println!(
                "titles (single-page mode): {} of {} pages have one that agrees with the page's first line, the HTML title; {} have none",
                self.agree, self.pages, self.none
            );
        }
    }
}

fn bytes<'a>(pages: impl Iterator<Item = &'a Page>) -> usize {
    pages.map(|p| p.text.len()).sum()
}

// ---- printing ------------------------------------------------------------------

const LABEL_WIDTH: usize = 32;

fn print_table(options: &Options, news: Option<&[NewsPage]>, segments: Option<&[SegmentsPage]>, rows: &[Row]) {
    let mut sets = Vec::new();
    if let Some(pages) = news {
        let mb = bytes(pages.iter().map(|p| &p.page)) as f64 / 1e6;
        sets.push(format!("news {} pages, {mb:.1} MB (field {})", pages.len(), options.field));
    }
    if let Some(pages) = segments {
        let snippets: usize = pages.iter().map(|p| p.with.len() + p.without.len()).sum();
        sets.push(format!("segments {} pages, {snippets} snippets", pages.len()));
    }
    println!("{}\n", sets.join("; "));
    println!("{:LABEL_WIDTH$}  {:<21}  segments (snippets)", "", "news (shingles)");
    println!(
        "{:<LABEL_WIDTH$}  {:>5}  {:>5}  {:>5}  {:>5}  {:>5}  {:>5}  {:>5}",
        "system", "P", "R", "F1", "P", "R", "F1", "acc"
    );
    let cell = |x: Option<f64>| x.map_or_else(|| format!("{:>5}", "-"), |v| format!("{v:5.3}"));
    for row in rows {
        let n = row.news;
        let s = row.segments.map(|s| (s.prf(), s.accuracy()));
        println!(
            "{:<LABEL_WIDTH$}  {}  {}  {}  {}  {}  {}  {}",
            row.label,
            cell(n.map(|m| m.precision)),
            cell(n.map(|m| m.recall)),
            cell(n.map(|m| m.f1)),
            cell(s.map(|(m, _)| m.precision)),
            cell(s.map(|(m, _)| m.recall)),
            cell(s.map(|(m, _)| m.f1)),
            cell(s.map(|(_, a)| a)),
        );
    }
    // The README gives F1 only, measured on the dev half's `text` field; they
    // do not move with --favor or --field.
    println!("reference figures from the corpora README (F1 only, dev half, `text` field):");
    for (label, news_f1, segments_f1) in REFERENCES {
        println!(
            "  {:<w$}  {:>5}  {:>5}  {}  {:>5}  {:>5}  {}",
            label,
            "",
            "",
            cell(Some(news_f1)),
            "",
            "",
            cell(Some(segments_f1)),
            w = LABEL_WIDTH - 2
        );
    }
}

fn print_speed(speed: &[(&str, usize, usize, f64)], jsonl_times: &[(&str, f64)]) {
    println!("\nspeed of the in-process cleaning (Cleaner::clean only, one thread):");
    for &(set, pages, bytes, seconds) in speed {
        let mb = bytes as f64 / 1e6;
        let secs = seconds.max(1e-9);
        println!(
            "  {set:<9} {pages:>4} pages  {mb:5.1} MB  {seconds:6.3} s  {:7.0} pages/s  {:6.1} MB/s",
            pages as f64 / secs,
            mb / secs
        );
    }
    if !jsonl_times.is_empty() {
        let times: Vec<String> = jsonl_times.iter().map(|(set, s)| format!("{set} {s:.2} s")).collect();
        println!("  --jsonl mode, wall time with process start and JSON: {}", times.join(", "));
    }
}

/// `s` with whitespace collapsed, cut to `max` characters with an ellipsis.
fn clip(s: &str, max: usize) -> String {
    let s = norm(s);
    if s.chars().count() <= max {
        s
    } else {
        let mut cut: String = s.chars().take(max.saturating_sub(1)).collect();
        cut.push('…');
        cut
    }
}

fn id_prefix(id: &str) -> &str {
    id.char_indices().nth(12).map_or(id, |(i, _)| &id[..i])
}

fn print_worst_news(pages: &[NewsPage], scores: &[PageScore], articles: &[Article], n: usize, lines: bool) {
    let mut order: Vec<usize> = (0..pages.len()).collect();
    order.sort_by(|&a, &b| scores[a].f1().total_cmp(&scores[b].f1()));
    let cell = |x: Option<f64>| x.map_or_else(|| format!("{:>5}", "-"), |v| format!("{v:5.3}"));
    println!("\nworst {} news pages by F1 (single-page mode):", n.min(pages.len()));
    println!("  {:>5}  {:>5}  {:>5}  {:<12}  url", "F1", "P", "R", "id");
    for &i in order.iter().take(n) {
        let s = scores[i];
        let page = &pages[i].page;
        println!(
            "  {:5.3}  {}  {}  {:<12}  {}",
            s.f1(),
            cell(s.precision),
            cell(s.recall),
            id_prefix(&page.id),
            page.url
        );
        if lines {
            print_costly_lines(&pages[i].gold, &articles[i]);
        }
    }
}

/// A line whose verdict the gold disagrees with.
struct CostlyLine<'a> {
    report: &'a LineReport,
    tokens: usize,
}

/// Lines shorter than this are left out of `--lines`: too few shingles to
/// say whether the gold has them, and they cost little either way.
const MIN_LINE_TOKENS: usize = 5;
const LINES_SHOWN: usize = 8;

/// The input lines of one page that cost most: "kept chrome" are lines in
/// the body whose 4-grams are mostly (> 50 %) not in the gold; "dropped
/// content" are lines dropped or read as metadata whose 4-grams are mostly
/// in the gold. Largest first, since a line costs by its shingles.
fn print_costly_lines(gold: &str, article: &Article) {
    let gold_tokens = tokens(gold);
    let gold_shingles = shingles(&gold_tokens);
    let mut kept = Vec::new();
    let mut dropped = Vec::new();
    for report in &article.lines {
        let toks = tokens(&report.text);
        if toks.len() < MIN_LINE_TOKENS {
            continue;
        }
        let total = toks.len() - 3;
        let in_gold = toks.windows(4).filter(|w| gold_shingles.contains_key(w)).count();
        let line = CostlyLine { report, tokens: toks.len() };
        // Title and subtitle are kept but not in `body()`, the scored output,
        // so they cannot be kept chrome.
        let in_body = report.verdict == Verdict::Keep && report.rule != "title" && report.rule != "subtitle";
        let removed = matches!(report.verdict, Verdict::Drop | Verdict::Meta);
        if in_body && 2 * (total - in_gold) > total {
            kept.push(line);
        } else if removed && 2 * in_gold > total {
            dropped.push(line);
        }
    }
    for (heading, mut found) in [("kept chrome", kept), ("dropped content", dropped)] {
        if found.is_empty() {
            continue;
        }
        found.sort_by_key(|l| std::cmp::Reverse(l.tokens));
        println!(
            "      {heading} ({} lines{}):",
            found.len(),
            if found.len() > LINES_SHOWN { ", largest shown" } else { "" }
        );
        for l in found.iter().take(LINES_SHOWN) {
            println!(
                "        L{:<5} {:<16} {:>4} tok  {}",
                l.report.line,
                l.report.rule,
                l.tokens,
                clip(&l.report.text, 120)
            );
        }
    }
}

fn print_worst_segments(pages: &[SegmentsPage], errors: &[SegmentsErrors], n: usize) {
    let count = |e: &SegmentsErrors| e.missing_with.len() + e.found_without.len();
    let mut order: Vec<usize> = (0..pages.len()).filter(|&i| count(&errors[i]) > 0).collect();
    // Stable: pages with as many errors keep the corpus order.
    order.sort_by_key(|&i| std::cmp::Reverse(count(&errors[i])));
    println!("\nsegments pages with the most wrong snippets (single-page mode; {} pages have some):", order.len());
    for &i in order.iter().take(n) {
        let (page, e) = (&pages[i], &errors[i]);
        println!(
            "  {} wrong ({} of {} `with` missing, {} of {} `without` found)  {}  {}",
            count(e),
            e.missing_with.len(),
            page.with.len(),
            e.found_without.len(),
            page.without.len(),
            page.page.id,
            page.page.url
        );
        for s in &e.missing_with {
            println!("      missing with:  {}", clip(s, 100));
        }
        for s in &e.found_without {
            println!("      found without: {}", clip(s, 100));
        }
    }
}
