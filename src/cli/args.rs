//! Command-line arguments.

use clap::{Parser, ValueEnum};
use std::path::PathBuf;

/// Output format of single pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum Format {
    /// Title, blank line, subtitle, blank line, paragraphs separated by blank lines.
    Text,
    /// One JSON object: title, subtitle, published, section, byline, read_time_minutes, body, confidence, encoding, replaced_bytes, removed.
    Json,
}

/// Which way to lean.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum FavorArg {
    Precision,
    Balanced,
    Recall,
}

impl From<FavorArg> for newsclean::Favor {
    fn from(f: FavorArg) -> newsclean::Favor {
        match f {
            FavorArg::Precision => newsclean::Favor::Precision,
            FavorArg::Balanced => newsclean::Favor::Balanced,
            FavorArg::Recall => newsclean::Favor::Recall,
        }
    }
}

/// Turn the plain text of a scraped news page into the article: the title once, the date and
/// section as metadata, the body paragraphs in order, without menus, teasers, captions,
/// cookie and newsletter boxes, share buttons or footers.
#[derive(Debug, Parser)]
#[command(name = "newsclean", version, after_help = EXAMPLES)]
pub(crate) struct Args {
    /// Pages to clean (plain text; directories are walked, links to directories inside them are
    /// not followed). Reads stdin when none is given or for `-`.
    ///
    /// Example: newsclean page.txt other.txt
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,

    /// Output format of each page [default: text]. --jsonl writes JSON records (-f json is
    /// allowed there, -f text is not).
    ///
    /// Example: newsclean -f json page.txt
    #[arg(short = 'f', long, value_enum)]
    pub format: Option<Format>,

    /// Print only the body paragraphs: no title, no subtitle.
    ///
    /// Example: newsclean --body-only page.txt
    #[arg(long, conflicts_with = "jsonl")]
    pub body_only: bool,

    /// Print every input line with its verdict (keep, drop, meta, blank) and the rule that decided it.
    ///
    /// Example: newsclean --explain page.txt | grep drop
    #[arg(long, conflicts_with_all = ["body_only", "jsonl"])]
    pub explain: bool,

    /// JSON Lines in, one record out per record in, in order: each input record with the JSON
    /// fields added. A bad line becomes {"line": N, "error": "..."}; the run goes on and exits 1.
    /// Gzip input is detected. Reads stdin, files and the files under directories; with --out-dir,
    /// one JSON Lines file per input.
    ///
    /// Example: newsclean --jsonl crawl.jsonl.gz > clean.jsonl
    #[arg(long)]
    pub jsonl: bool,

    /// With --jsonl: the field that holds the page text.
    ///
    /// Example: newsclean --jsonl --text-field content dump.jsonl
    #[arg(long, default_value = "text", value_name = "NAME", requires = "jsonl")]
    pub text_field: String,

    /// With --jsonl: the field that identifies a record (copied into error records).
    ///
    /// Example: newsclean --jsonl --id-field doc_id dump.jsonl
    #[arg(long, default_value = "id", value_name = "NAME", requires = "jsonl")]
    pub id_field: String,

    /// With --jsonl: the field that holds the page's URL.
    ///
    /// Example: newsclean --jsonl --url-field link dump.jsonl
    #[arg(long, default_value = "url", value_name = "NAME", requires = "jsonl")]
    pub url_field: String,

    /// Add the rules of a rule pack (TOML; repeatable): drop phrases and patterns, end markers,
    /// keep patterns, optionally scoped to hosts. See examples/rules/example-pack.toml.
    ///
    /// Example: newsclean --rules my-site.toml page.txt
    #[arg(long = "rules", value_name = "FILE")]
    pub rules: Vec<PathBuf>,

    /// The page's URL, for rules scoped to hosts (single pages; --jsonl reads --url-field).
    ///
    /// Example: newsclean --rules my-site.toml --url https://www.example.com/a page.txt
    #[arg(long, value_name = "URL", conflicts_with = "jsonl")]
    pub url: Option<String>,

    /// Write output to FILE instead of stdout (never one of the inputs).
    ///
    /// Example: newsclean page.txt -o article.txt
    #[arg(short = 'o', long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Write one cleaned file per input into DIR, mirroring relative paths (with --jsonl, the
    /// input's JSON Lines cleaned, named without a .gz ending). An input is never overwritten.
    ///
    /// Example: newsclean pages/ --out-dir clean/
    #[arg(long, value_name = "DIR", conflicts_with = "output")]
    pub out_dir: Option<PathBuf>,

    /// Worker threads for --jsonl and many files (default: all cores).
    ///
    /// Example: newsclean --jsonl -j 2 dump.jsonl
    #[arg(short = 'j', long, value_name = "N")]
    pub threads: Option<usize>,

    /// Force the input encoding (any WHATWG label: latin1, windows-1250, cp1251, shift_jis, euc-kr, gbk, utf-16le).
    /// A byte-order mark still wins.
    ///
    /// Not with --jsonl: JSON text is UTF-8.
    ///
    /// Example: newsclean --encoding windows-1252 old-page.txt
    #[arg(long, value_name = "LABEL", conflicts_with = "jsonl")]
    pub encoding: Option<String>,

    /// Lean towards keeping less (precision) or more (recall).
    ///
    /// Example: newsclean --favor precision page.txt
    #[arg(long, value_enum, default_value_t = FavorArg::Balanced)]
    pub favor: FavorArg,

    /// Largest document accepted, in bytes; a larger one is an error (an error record in --jsonl),
    /// read no further than the limit. A --jsonl line longer than four times this (at least 64 MiB)
    /// is not kept: an error record.
    ///
    /// Example: newsclean --max-bytes 1000000 page.txt
    #[arg(long, value_name = "BYTES", default_value_t = newsclean::DEFAULT_MAX_BYTES)]
    pub max_bytes: usize,

    /// Most lines a document may have; one with more is an error (an error record in --jsonl).
    /// A page's memory grows with its lines, about 500 bytes each, however short.
    ///
    /// Example: newsclean --max-lines 100000 page.txt
    #[arg(long, value_name = "LINES", default_value_t = newsclean::DEFAULT_MAX_LINES)]
    pub max_lines: usize,

    /// Print a summary at the end on stderr: pages, MB, seconds, failed, share of characters removed.
    ///
    /// Example: newsclean --jsonl --stats dump.jsonl > /dev/null
    #[arg(long)]
    pub stats: bool,

    /// List the built-in rules in the order they are asked, with what each removes, and exit.
    ///
    /// Example: newsclean --list-rules
    #[arg(long)]
    pub list_rules: bool,

    /// Say nothing on stderr about failed inputs; the exit code still tells.
    ///
    /// Example: newsclean -q page.txt
    #[arg(short = 'q', long)]
    pub quiet: bool,
}

impl Args {
    /// The output format of single pages: text unless `-f` says otherwise.
    pub(crate) fn format(&self) -> Format {
        self.format.unwrap_or(Format::Text)
    }
}

const EXAMPLES: &str = "\
Examples:
  newsclean < page.txt > article.txt       clean one page from stdin
  newsclean -f json page.txt               title, date, section, body and what was removed, as JSON
  newsclean --explain page.txt             why each line was kept or dropped
  newsclean --jsonl dump.jsonl.gz > out.jsonl   a crawl dump, one record out per record in
  newsclean pages/ --out-dir clean/        many files, one cleaned file each

Exit codes: 0 ok, 1 some inputs or records failed, 2 usage or fatal error (bad rule pack,
unknown encoding, an input that could not be read: the others are done), 130 interrupted
(Ctrl-C: what was read is written).";
