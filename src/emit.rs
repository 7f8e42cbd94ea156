//! Stage 8 — emit: an [`Article`] as text, JSON or an explanation.
//!
//! Text: the title, a blank line, the subtitle, a blank line, then the
//! paragraphs separated by one blank line, ending in a newline (nothing at
//! all for an empty article). JSON: the fields of the design's wire format,
//! in its order. Explain: every input line with its verdict and rule.

use crate::jsonstr::{push_escaped, push_json_string};
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

impl crate::ArticleRef<'_> {
    /// The article's JSON fields without the braces around them, appended
    /// to `out`: the bytes serde_json gives for the `Serialize` impl above
    /// (a test holds them equal), written straight into `out`. The JSON
    /// Lines path writes the body and every removed line of every page, and
    /// serde_json escapes a string a byte at a time and needs the body
    /// joined into one string first.
    pub(crate) fn push_json_fields(&self, out: &mut String) {
        push_field(out, "title", self.title);
        out.push(',');
        push_field(out, "subtitle", self.subtitle);
        out.push(',');
        push_field(out, "published", self.published);
        out.push(',');
        push_field(out, "section", self.section);
        out.push(',');
        push_field(out, "byline", self.byline);
        out.push_str(",\"read_time_minutes\":");
        match self.read_time_minutes {
            Some(minutes) => push_number(out, minutes),
            None => out.push_str("null"),
        }
        out.push_str(",\"body\":\"");
        for (i, paragraph) in self.paragraphs.iter().enumerate() {
            if i > 0 {
                out.push_str("\\n\\n");
            }
            push_escaped(out, paragraph);
        }
        out.push_str("\",\"confidence\":");
        // serde_json's own float format: the shortest text that reads back
        // as the same number, `null` for one that is not finite.
        out.push_str(&serde_json::to_string(&self.confidence).unwrap_or_else(|_| "null".into()));
        out.push(',');
        push_field(out, "encoding", Some(self.encoding));
        out.push_str(",\"replaced_bytes\":");
        push_number(out, self.replaced_bytes);
        out.push_str(",\"removed\":");
        self.push_removed(out);
    }

    /// The `removed` list as JSON.
    fn push_removed(&self, out: &mut String) {
        out.push('[');
        for (i, l) in self.removed().enumerate() {
            if i > 0 {
                out.push(',');
            }
            out.push_str("{\"line\":");
            push_number(out, l.line);
            out.push(',');
            push_field(out, "text", Some(l.text));
            out.push(',');
            push_field(out, "rule", Some(&l.rule));
            out.push('}');
        }
        out.push(']');
    }
}

/// `"key":value`, the value a JSON string or `null`. Keys are plain ASCII.
fn push_field(out: &mut String, key: &str, value: Option<&str>) {
    out.push('"');
    out.push_str(key);
    out.push_str("\":");
    match value {
        Some(value) => push_json_string(out, value),
        None => out.push_str("null"),
    }
}

/// An integer in decimal, as serde_json writes it (with the same crate):
/// `write!` costs a few hundred instructions a number, and every removed
/// line has one.
fn push_number(out: &mut String, n: impl itoa::Integer) {
    out.push_str(itoa::Buffer::new().format(n));
}

#[cfg(test)]
mod tests {
    use crate::{ArticleRef, Cleaner, LineRef, RulePack, Verdict};

    /// The JSON writer's output for `article`, in braces.
    fn written(article: &ArticleRef<'_>) -> String {
        let mut out = String::from("{");
        article.push_json_fields(&mut out);
        out.push('}');
        out
    }

    /// What the JSON Lines path writes for each fixture page, with and
    /// without a rule pack, is what serde_json writes for its `Article`.
    #[test]
    fn json_fields_are_what_serde_json_writes() {
        let pack =
            RulePack::from_toml_str(include_str!("../examples/rules/example-pack.toml"), "example-pack.toml").unwrap();
        let cleaners = [Cleaner::new(), Cleaner::builder().rule_pack(pack).build()];
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures");
        let mut pages = 0;
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "txt") {
                let text = std::fs::read_to_string(&path).unwrap();
                for cleaner in &cleaners {
                    let (json, by_serde) = cleaner.clean_borrowed(&text, Some("https://www.example.com/a"), |a| {
                        (written(a), serde_json::to_string(&a.to_article()).unwrap())
                    });
                    assert_eq!(json, by_serde, "{}", path.display());
                }
                pages += 1;
            }
        }
        assert!(pages >= 5, "the fixtures are in {dir}");
    }

    #[test]
    fn json_fields_of_odd_values_are_what_serde_json_writes() {
        let line = |line, text, verdict, rule: &str| LineRef { line, text, verdict, rule: rule.to_owned().into() };
        let full = ArticleRef {
            title: Some("A \"quoted\" title\\"),
            subtitle: Some("tab\there, bell\u{7}, del\u{7f}"),
            published: Some("2025-08-04"),
            section: Some("Café ☕"),
            byline: Some("Jane Doe\r\n"),
            read_time_minutes: Some(u32::MAX),
            paragraphs: vec!["First\u{0}.", "", "Third 🙂"],
            confidence: 0.1 + 0.2,
            encoding: "windows-1252",
            replaced_bytes: usize::MAX,
            lines: vec![
                line(1, "Menu", Verdict::Drop, "nav"),
                line(2, "kept", Verdict::Keep, "body"),
                line(3, "", Verdict::Blank, "blank"),
                line(usize::MAX, "By \"Jane\"", Verdict::Meta, "pack:x\u{1}"),
            ],
        };
        let empty = ArticleRef {
            title: None,
            subtitle: None,
            published: None,
            section: None,
            byline: None,
            read_time_minutes: None,
            paragraphs: Vec::new(),
            confidence: f64::NAN,
            encoding: "UTF-8",
            replaced_bytes: 0,
            lines: Vec::new(),
        };
        let mut cases = vec![full.clone(), empty];
        for confidence in [0.0, 1.0, -0.0, 1e-7, 0.987654321, f64::INFINITY, 1e300] {
            cases.push(ArticleRef { confidence, ..full.clone() });
        }
        for article in &cases {
            assert_eq!(written(article), serde_json::to_string(&article.to_article()).unwrap());
        }
    }
}
