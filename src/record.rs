//! JSON Lines records: one input line to one output line.
//!
//! In the library, not the command, so that everything that touches a
//! record's bytes (the fuzz target `jsonl_record`, other programs) goes
//! through the one function the command uses.

use crate::Cleaner;
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
    /// the size limit becomes an error record.
    ///
    /// ```
    /// let cleaner = newsclean::Cleaner::new();
    /// let fields = newsclean::JsonFields::default();
    /// let ok = cleaner.clean_json_record(1, br#"{"id": 7, "text": "2 min read"}"#, &fields);
    /// assert!(ok.error.is_none() && ok.json.starts_with(r#"{"id":7,"text":"2 min read","title":null"#));
    /// let bad = cleaner.clean_json_record(2, b"[1]", &fields);
    /// assert_eq!(bad.json, r#"{"line":2,"error":"not a JSON object"}"#);
    /// ```
    pub fn clean_json_record(&self, line: usize, bytes: &[u8], fields: &JsonFields) -> JsonRecord {
        let record: Map<String, Value> = match serde_json::from_slice(bytes) {
            Ok(Value::Object(map)) => map,
            Ok(_) => return error_record(line, "not a JSON object".into(), None),
            Err(e) => return error_record(line, format!("invalid JSON: {e}"), None),
        };
        let id = record.get(&fields.id).cloned();
        let text = match record.get(&fields.text) {
            Some(Value::String(s)) => s,
            Some(_) => return error_record(line, format!("field {:?} is not a string", fields.text), id),
            None => return error_record(line, format!("no field {:?}", fields.text), id),
        };
        let max = self.inner.max_bytes;
        if text.len() > max {
            return error_record(line, format!("text of {} bytes is over the limit of {max} bytes", text.len()), id);
        }
        let url = record.get(&fields.url).and_then(Value::as_str);
        let article = self.clean_with_url(text, url);
        let chars_in = text.chars().count();
        let bytes_in = text.len();
        let chars_out = article.paragraphs.iter().map(|p| p.chars().count()).sum::<usize>()
            + article.title.as_deref().map_or(0, |t| t.chars().count())
            + article.subtitle.as_deref().map_or(0, |t| t.chars().count());
        JsonRecord { json: with_article(record, &article), error: None, bytes_in, chars_in, chars_out }
    }
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

    /// The old way: the article as a `Value`, merged into the record.
    fn merged(mut record: Map<String, Value>, article: &crate::Article) -> String {
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
