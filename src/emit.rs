//! Stage 8 — emit: an [`Article`] as text, JSON or an explanation.
//!
//! Text: the title, a blank line, the subtitle, a blank line, then the
//! paragraphs separated by one blank line, ending in a newline (nothing at
//! all for an empty article). JSON: the fields of the design's wire format,
//! in its order. Explain: every input line with its verdict and rule.

use crate::{Article, Verdict};
use serde::ser::{Serialize, SerializeMap, SerializeStruct, Serializer};
use std::fmt::Write;

impl Article {
    /// The article as text. With `body_only`, only the paragraphs.
    ///
    /// ```
    /// let a = newsclean::Cleaner::new().clean("Floods close the valley road\n\nThe first paragraph of the story runs to more than eight words.\n\nAnd the second paragraph also runs to more than eight words.");
    /// assert_eq!(a.to_text(false), "Floods close the valley road\n\nThe first paragraph of the story runs to more than eight words.\n\nAnd the second paragraph also runs to more than eight words.\n");
    /// assert!(a.to_text(true).starts_with("The first"));
    /// ```
    pub fn to_text(&self, body_only: bool) -> String {
        let mut parts: Vec<&str> = Vec::with_capacity(self.paragraphs.len() + 2);
        if !body_only {
            parts.extend(self.title.as_deref());
            parts.extend(self.subtitle.as_deref());
        }
        parts.extend(self.paragraphs.iter().map(String::as_str));
        if parts.is_empty() {
            return String::new();
        }
        let mut out = parts.join("\n\n");
        out.push('\n');
        out
    }

    /// Every input line with its verdict and the rule that decided it, one
    /// per line: `number verdict rule | text`.
    pub fn explain(&self) -> String {
        let width = self.lines.last().map_or(1, |l| l.line.to_string().len());
        let rule_width = self.lines.iter().map(|l| l.rule.len()).max().unwrap_or(0);
        let mut out = String::new();
        for l in &self.lines {
            if l.verdict == Verdict::Blank {
                let _ = writeln!(out, "{:>width$} {:<5} {:<rule_width$} |", l.line, l.verdict.as_str(), "");
            } else {
                let _ =
                    writeln!(out, "{:>width$} {:<5} {:<rule_width$} | {}", l.line, l.verdict.as_str(), l.rule, l.text);
            }
        }
        out
    }
}

/// One entry of `removed`.
struct Removed<'a>(&'a crate::LineReport);

impl Serialize for Removed<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_struct("Removed", 3)?;
        m.serialize_field("line", &self.0.line)?;
        m.serialize_field("text", &self.0.text)?;
        m.serialize_field("rule", &*self.0.rule)?;
        m.end()
    }
}

struct RemovedList<'a>(&'a Article);

impl Serialize for RemovedList<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.removed().map(Removed))
    }
}

/// The JSON wire format: `title`, `subtitle`, `published`, `section`,
/// `byline`, `read_time_minutes`, `body`, `confidence`, `encoding`,
/// `replaced_bytes`, `removed`. Absent values are `null`.
impl Serialize for Article {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(11))?;
        m.serialize_entry("title", &self.title)?;
        m.serialize_entry("subtitle", &self.subtitle)?;
        m.serialize_entry("published", &self.published)?;
        m.serialize_entry("section", &self.section)?;
        m.serialize_entry("byline", &self.byline)?;
        m.serialize_entry("read_time_minutes", &self.read_time_minutes)?;
        m.serialize_entry("body", &self.body())?;
        m.serialize_entry("confidence", &self.confidence)?;
        m.serialize_entry("encoding", self.encoding)?;
        m.serialize_entry("replaced_bytes", &self.replaced_bytes)?;
        m.serialize_entry("removed", &RemovedList(self))?;
        m.end()
    }
}
