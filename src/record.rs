//! JSON Lines records: one input line to one output line.
//!
//! In the library, not the command, so that everything that touches a
//! record's bytes (the fuzz target `jsonl_record`, other programs) goes
//! through the one function the command uses.

use crate::Cleaner;
use serde_json::value::RawValue;
use serde_json::{Map, Value};

/// The field names of a JSON Lines record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonFields {
    /// The field that holds the page text (`text`).
    pub text: String,
    /// The field that identifies a record, copied into error records (`id`).
    pub id: String,
    /// The field that holds the page's URL, for host-scoped rule packs (`url`).
    pub url: String,
}

impl Default for JsonFields {
    fn default() -> JsonFields {
        JsonFields { text: "text".into(), id: "id".into(), url: "url".into() }
    }
}

/// One JSON Lines record, cleaned.
#[derive(Debug, Clone, PartialEq)]
pub struct JsonRecord {
    /// The output line, without its newline: the input record with all its
    /// fields plus the article's, or `{"line": N, "error": "...", "id": ...}`.
    pub json: String,
    /// Why the record failed (`line N: ...`), if it did.
    pub error: Option<String>,
    /// Bytes of page text cleaned.
    pub bytes_in: usize,
    /// Characters of page text cleaned.
    pub chars_in: usize,
    /// Characters of title, subtitle and paragraphs kept.
    pub chars_out: usize,
}

impl Cleaner {
    /// Cleans one JSON Lines record, `bytes` being line number `line`
    /// without its line ending. Never fails: a line that is not a JSON
    /// object, lacks the text field, has a non-string text or a text over
    /// the size limit or the limit of lines becomes an error record.
    ///
    /// The record's own fields come out as they went in, byte for byte
    /// (spacing, escapes, numbers of any size), with the article's fields
    /// appended. A record that already has fields named like the article's
    /// is parsed and written again instead, with those fields replaced.
    ///
    /// ```
    /// let cleaner = newsclean::Cleaner::new();
    /// let fields = newsclean::JsonFields::default();
    /// let ok = cleaner.clean_json_record(1, br#"{"id": 7, "text": "2 min read"}"#, &fields);
    /// assert!(ok.error.is_none() && ok.json.starts_with(r#"{"id": 7, "text": "2 min read","title":null"#));
    /// let bad = cleaner.clean_json_record(2, b"[1]", &fields);
    /// assert_eq!(bad.json, r#"{"line":2,"error":"not a JSON object"}"#);
    /// ```
    pub fn clean_json_record(&self, line: usize, bytes: &[u8], fields: &JsonFields) -> JsonRecord {
        if let Some(record) = self.clean_record_in_place(line, bytes, fields) {
            return record;
        }
        let record: Map<String, Value> = match serde_json::from_slice(bytes) {
            Ok(Value::Object(map)) => map,
            Ok(_) => return error_record(line, "not a JSON object".into(), None),
            Err(e) => return error_record(line, format!("invalid JSON: {e}"), None),
        };
        let text = match record.get(&fields.text) {
            Some(Value::String(s)) => s.clone(),
            Some(_) => {
                let error = format!("field {:?} is not a string", fields.text);
                return error_record(line, error, record.get(&fields.id).cloned());
            }
            None => return error_record(line, format!("no field {:?}", fields.text), record.get(&fields.id).cloned()),
        };
        let url = record.get(&fields.url).and_then(Value::as_str).map(str::to_owned);
        let id = record.get(&fields.id).cloned();
        self.clean_record_text(
            line,
            &text,
            url.as_deref(),
            || id,
            |article| with_article(record, &article.to_article()),
        )
    }

    /// The usual record: its fields are read where they lie and the
    /// article's fields appended to its own bytes, so that its fields come
    /// out as they went in (numbers beyond f64 included) without being
    /// parsed into values and written again. `None` for a record this does
    /// not take: not a one-line JSON object, a text that is not a string, or
    /// a field named like the article's.
    fn clean_record_in_place(&self, line: usize, bytes: &[u8], fields: &JsonFields) -> Option<JsonRecord> {
        // The one UTF-8 check of the line: serde_json reading a str does not
        // check again (reading bytes, it checks each raw value).
        let record = simdutf8::basic::from_utf8(bytes).ok()?;
        let view = serde_json::from_str::<foldhash::HashMap<String, &RawValue>>(record).ok()?;
        if ARTICLE_FIELDS.iter().any(|f| view.contains_key(*f)) {
            return None;
        }
        let open = open_object(record)?;
        let text = string_value(view.get(&fields.text)?)?;
        let url = view.get(&fields.url).and_then(|u| string_value(u));
        let id = || view.get(&fields.id).and_then(|v| serde_json::from_str(v.get()).ok());
        Some(self.clean_record_text(line, &text, url.as_deref(), id, |article| append_article(open, article)))
    }

    /// Cleans a record's text and renders the output line with `render`;
    /// a text over the size limit or the limit of lines becomes an error
    /// record.
    fn clean_record_text(
        &self,
        line: usize,
        text: &str,
        url: Option<&str>,
        id: impl FnOnce() -> Option<Value>,
        render: impl FnOnce(&crate::ArticleRef<'_>) -> String,
    ) -> JsonRecord {
        let max = self.inner.max_bytes;
        if text.len() > max {
            return error_record(line, format!("text of {} bytes is over the limit of {max} bytes", text.len()), id());
        }
        if let Some(lines) = self.inner.lines_over_limit(text) {
            let error = format!("text of {lines} lines is over the limit of {} lines", self.inner.max_lines);
            return error_record(line, error, id());
        }
        self.clean_borrowed(text, url, |article| {
            let chars_in = text.chars().count();
            let bytes_in = text.len();
            let chars_out = article.paragraphs.iter().map(|p| p.chars().count()).sum::<usize>()
                + article.title.map_or(0, |t| t.chars().count())
                + article.subtitle.map_or(0, |t| t.chars().count());
            JsonRecord { json: render(article), error: None, bytes_in, chars_in, chars_out }
        })
    }
}

/// A JSON string's value, `None` for another JSON value. What serde_json
/// reads, and mostly without it (see `jsonstr::read_string`).
fn string_value(raw: &RawValue) -> Option<String> {
    crate::jsonstr::read_string(raw.get()).or_else(|| serde_json::from_str(raw.get()).ok())
}

/// A JSON object's text without its closing brace and the whitespace
/// around it, or `None` when `record` is not that, or when a
/// line break stands between its tokens: passed through, that would split
/// the output record over lines (a JSON string cannot hold a raw one, so
/// only whitespace can), and re-serializing it makes one line.
fn open_object(record: &str) -> Option<&str> {
    let text = record.trim_matches([' ', '\t', '\n', '\r']);
    if memchr::memchr2(b'\n', b'\r', text.as_bytes()).is_some() {
        return None;
    }
    text.strip_suffix('}').filter(|_| text.starts_with('{'))
}

/// The record's own text with the article's fields appended before its
/// closing brace.
fn append_article(open: &str, article: &crate::ArticleRef<'_>) -> String {
    let open = open.trim_end_matches([' ', '\t', '\n', '\r']);
    let mut out = String::with_capacity(open.len() + article_len_hint(article));
    out.push_str(open);
    if !out.ends_with('{') {
        out.push(',');
    }
    article.push_json_fields(&mut out);
    out.push('}');
    out
}

/// About the length of the article's JSON, so that the output line is
/// written into one allocation: its strings plus room for the keys and
/// a few escapes.
fn article_len_hint(article: &crate::ArticleRef<'_>) -> usize {
    let removed: usize = article.removed().map(|l| l.text.len() + 64).sum();
    let body: usize = article.paragraphs.iter().map(|p| p.len() + 8).sum();
    removed + body + 512
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
fn with_article(mut record: Map<String, Value>, article: &crate::Article) -> String {
    if ARTICLE_FIELDS.iter().any(|f| record.contains_key(*f)) {
        if let Ok(Value::Object(fields)) = serde_json::to_value(article) {
            record.extend(fields);
        }
        return to_json(&record);
    }
    // Neither can fail: string keys, and an article's fields are plain data.
    let (Ok(mut out), Ok(fields)) = (serde_json::to_vec(&record), serde_json::to_vec(article)) else {
        return to_json(&record);
    };
    debug_assert!(out.ends_with(b"}") && fields.starts_with(b"{"));
    out.pop();
    if out.len() > 1 {
        out.push(b',');
    }
    out.extend_from_slice(&fields[1..]);
    String::from_utf8(out).expect("serde_json writes UTF-8")
}

/// A map of JSON values always serializes; the fallback is never reached.
fn to_json(record: &Map<String, Value>) -> String {
    serde_json::to_string(record).unwrap_or_else(|_| String::from("{}"))
}

fn error_record(line: usize, error: String, id: Option<Value>) -> JsonRecord {
    let mut record = Map::new();
    record.insert("line".into(), line.into());
    record.insert("error".into(), error.clone().into());
    if let Some(id) = id {
        record.insert("id".into(), id);
    }
    JsonRecord {
        json: to_json(&record),
        error: Some(format!("line {line}: {error}")),
        bytes_in: 0,
        chars_in: 0,
        chars_out: 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_records() {
        let c = Cleaner::builder().max_bytes(5).build();
        let f = JsonFields::default();
        let r = c.clean_json_record(3, br#"{"id":"a","text":"too long"}"#, &f);
        assert_eq!(r.json, r#"{"line":3,"error":"text of 8 bytes is over the limit of 5 bytes","id":"a"}"#);
        assert_eq!(r.error.as_deref(), Some("line 3: text of 8 bytes is over the limit of 5 bytes"));
        assert!(c.clean_json_record(1, b"{", &f).json.contains("invalid JSON"));
        assert!(c.clean_json_record(1, br#"{"text":1}"#, &f).json.contains(r#"field \"text\" is not a string"#));
        assert!(c.clean_json_record(1, br#"{}"#, &f).json.contains(r#"no field \"text\""#));
    }

    #[test]
    fn a_text_over_the_limit_of_lines_is_an_error_record() {
        let c = Cleaner::builder().max_lines(2).build();
        let f = JsonFields::default();
        let r = c.clean_json_record(4, br#"{"id":9,"text":"a\nb\nc"}"#, &f);
        assert_eq!(r.json, r#"{"line":4,"error":"text of 3 lines is over the limit of 2 lines","id":9}"#);
        // A record with the article's fields takes the other path, and the
        // same limit.
        let r = c.clean_json_record(5, br#"{"title":"x","text":"a\rb\rc"}"#, &f);
        assert_eq!(r.json, r#"{"line":5,"error":"text of 3 lines is over the limit of 2 lines"}"#);
        assert!(c.clean_json_record(6, br#"{"text":"a\r\nb\r\n"}"#, &f).error.is_none());
    }

    /// The old way: the article as a `Value`, merged into the record.
    fn merged(mut record: Map<String, Value>, article: &crate::Article) -> String {
        if let Ok(Value::Object(fields)) = serde_json::to_value(article) {
            record.extend(fields);
        }
        serde_json::to_string(&record).unwrap()
    }

    #[test]
    fn own_fields_come_out_as_they_went_in() {
        let c = Cleaner::new();
        let f = JsonFields::default();
        let line = r#" {"id": 12345678901234567890123, "n": 1.10, "text": "caf\u00e9 menu", "tags": [ ]} "#;
        let out = c.clean_json_record(1, line.as_bytes(), &f).json;
        assert!(
            out.starts_with(
                r#"{"id": 12345678901234567890123, "n": 1.10, "text": "caf\u00e9 menu", "tags": [ ],"title":"#
            ),
            "{out}"
        );
        assert!(out.ends_with('}'));
    }

    #[test]
    fn records_read_as_the_merged_record() {
        let c = Cleaner::new();
        let f = JsonFields::default();
        for json in [
            r#"{"id":"a\u00e9","text":"Floods close the road\nHeavy rain on Sunday washed away part of the only road into the valley, officials said.","extra":[1,{"b":null}]}"#,
            r#"{"text":"x"}"#,
            r#"{ "text" : "x" }"#,
            r#"{"text":"a","text":"b"}"#,
            r#"{"body":"old","id":7,"text":"x","removed":false}"#,
            r#"{"url":"https://example.com/a","text":"2 min read"}"#,
        ] {
            let record: Map<String, Value> = serde_json::from_str(json).unwrap();
            let text = record["text"].as_str().unwrap();
            let article = c.clean_with_url(text, record.get("url").and_then(Value::as_str));
            let got: Value = serde_json::from_str(&c.clean_json_record(1, json.as_bytes(), &f).json).unwrap();
            let want: Value = serde_json::from_str(&merged(record, &article)).unwrap();
            assert_eq!(got, want, "{json}");
        }
    }

    /// Records read in place come out as their own bytes, a comma and the
    /// article's JSON as serde_json writes it, the text read as serde_json
    /// reads it (the last of duplicate keys).
    #[test]
    fn in_place_records_are_their_bytes_then_the_article() {
        let c = Cleaner::new();
        let f = JsonFields::default();
        let story = r#"Floods close the road\nHeavy rain on Sunday washed away part of the only road into the valley, officials said.\n2 min read"#;
        for json in [
            format!(r#"{{"text":"{story}"}}"#),
            format!(r#"{{ "id" : 1 ,	"text" :	"{story}" , "n" : [ 1 , 2 ] }}   "#),
            format!(r#"{{"meta":{{"text":"nested, not the text","body":1}},"text":"{story}"}}"#),
            format!(r#"{{"text":5,"text":"{story}"}}"#),
            format!(r#"{{"text":"first","text":"{story}"}}"#),
            format!(r#"{{"text":"caf\u00e9 \ud83d\ude42 \"quoted\" \\ back\/slash\t{story}"}}"#),
            format!(r#"{{"url":"https:\/\/example.com\/a","text":"{story}"}}"#),
            r#"{"text":""}"#.to_owned(),
        ] {
            let record: Map<String, Value> = serde_json::from_str(&json).unwrap();
            let article = c.clean_with_url(record["text"].as_str().unwrap(), record.get("url").and_then(Value::as_str));
            let fields = serde_json::to_string(&article).unwrap();
            let want = format!("{},{}", json.trim().strip_suffix('}').unwrap().trim_end(), &fields[1..]);
            assert_eq!(c.clean_json_record(1, json.as_bytes(), &f).json, want, "{json}");
        }
    }

    #[test]
    fn texts_serde_json_refuses_are_error_records() {
        let c = Cleaner::new();
        let f = JsonFields::default();
        for json in
            [r#"{"id":1,"text":"\ud83d"}"#, r#"{"id":1,"text":"\ude42 x"}"#, r#"{"id":1,"text":"\ud83d\u0041"}"#]
        {
            let r = c.clean_json_record(4, json.as_bytes(), &f);
            assert!(r.json.starts_with(r#"{"line":4,"error":"invalid JSON: "#), "{json}: {}", r.json);
        }
        for json in [r#"{"id":1,"text":null}"#, r#"{"id":1,"text":{"text":"x"}}"#, r#"{"id":1,"text":["x"]}"#] {
            let r = c.clean_json_record(4, json.as_bytes(), &f);
            assert_eq!(r.json, r#"{"line":4,"error":"field \"text\" is not a string","id":1}"#, "{json}");
        }
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
