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
    /// Characters of the page's lines, normalized as
    /// [`Article::lines`](crate::Article::lines) gives them, and of the
    /// breaks between them.
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
    /// appended. A record with a field named like one of the article's, an
    /// escape in a field name or a line break between its tokens is written
    /// again instead: its fields in order, each value's JSON text as it was
    /// (on one line), a field named like the article's with the article's
    /// value in its place. A byte order mark before the record is ignored.
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
        // A byte order mark starts the files some tools write (the first
        // line's); it is never JSON, and RFC 8259 lets a reader ignore it.
        let (bytes, skipped) = match bytes.strip_prefix(UTF8_BOM) {
            Some(rest) => (rest, UTF8_BOM.len()),
            None => (bytes, 0),
        };
        if let Some(record) = self.clean_record_in_place(line, bytes, fields) {
            return record;
        }
        let record = match RawRecord::read(bytes) {
            Ok(record) => record,
            Err(e) if e.classify() == serde_json::error::Category::Data => {
                return error_record(line, "not a JSON object".into(), None)
            }
            Err(e) => return error_record(line, json_error(bytes, skipped, &e), None),
        };
        let id = record.get(&fields.id).map(|raw| one_line(raw.get()).into_owned());
        // serde_json checked the raw value: a string this reads whole.
        let text = match record.get(&fields.text) {
            Some(raw) if raw.get().starts_with('"') => match crate::jsonstr::read_string_at(raw.get()) {
                Some(text) => text,
                None => return error_record(line, "invalid JSON string in the text field".into(), id.as_deref()),
            },
            Some(_) => {
                let error = format!("field {:?} is not a string", fields.text);
                return error_record(line, error, id.as_deref());
            }
            None => return error_record(line, format!("no field {:?}", fields.text), id.as_deref()),
        };
        let url = record.get(&fields.url).and_then(|raw| string_value(raw.get()));
        self.clean_record_text(
            line,
            (&text.value, text.replaced),
            url.as_deref(),
            || id.clone(),
            |article| with_article(&record, &article.to_article()),
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
        let open = open_object(record)?;
        let view = RecordView::read(record, &fields.text)?;
        let text = view.text.as_ref()?;
        let url = view.get(&fields.url).and_then(string_value);
        let id = || view.get(&fields.id).map(str::to_owned);
        Some(self.clean_record_text(line, (&text.value, text.replaced), url.as_deref(), id, |article| {
            append_article(open, article)
        }))
    }

    /// Cleans a record's text, with the bytes of the lone surrogates'
    /// escapes its reading `replaced`, and renders the output line with
    /// `render`; a text over the size limit or the limit of lines becomes
    /// an error record.
    fn clean_record_text(
        &self,
        line: usize,
        (text, replaced): (&str, usize),
        url: Option<&str>,
        id: impl FnOnce() -> Option<String>,
        render: impl FnOnce(&crate::ArticleRef<'_>) -> String,
    ) -> JsonRecord {
        let max = self.inner.max_bytes;
        if text.len() > max {
            let error = format!("text of {} bytes is over the limit of {max} bytes", text.len());
            return error_record(line, error, id().as_deref());
        }
        if let Some(lines) = self.inner.lines_over_limit(text) {
            let error = format!("text of {lines} lines is over the limit of {} lines", self.inner.max_lines);
            return error_record(line, error, id().as_deref());
        }
        self.clean_borrowed(text, url, |article| {
            article.replaced_bytes = replaced;
            // As the command counts a page in files mode (the characters of
            // its normalized lines, no blank lines, no breaks), so that
            // `--stats` gives the same share removed for the same page either way.
            let (chars_in, chars_out) = (article.chars_in(), article.chars_out());
            JsonRecord { json: render(article), error: None, bytes_in: text.len(), chars_in, chars_out }
        })
    }
}

/// A JSON string's value, `None` for another JSON value. What serde_json
/// reads, and mostly without it (see `jsonstr::read_string`).
fn string_value(raw: &str) -> Option<String> {
    crate::jsonstr::read_string(raw).or_else(|| serde_json::from_str(raw).ok())
}

/// A record's fields as they lie in its text: each name with its value's
/// JSON text, in order, and the text field's value, read on the way.
///
/// serde_json reading the record into a map of raw values passes over
/// the page's text to find its end, and reading the text from its raw
/// value passes over it again; here the text field's string is found,
/// checked and unescaped in one pass ([`crate::jsonstr::read_string_at`]).
/// Every other value is left to serde_json, read as a raw value where it
/// lies.
struct RecordView<'r> {
    fields: Vec<(&'r str, &'r str)>,
    /// The value of the text field (of its last occurrence, as a map of
    /// the record would have it) when that is a string.
    text: Option<crate::jsonstr::JsonString>,
}

impl<'r> RecordView<'r> {
    /// `None` for a record the in-place path leaves to serde_json: not
    /// one valid JSON object, a field name with an escape, a name of the
    /// article's fields, or a text field whose string this does not read
    /// (see [`crate::jsonstr::read_string_at`]).
    fn read(record: &'r str, text_field: &str) -> Option<RecordView<'r>> {
        let mut view = RecordView { fields: Vec::new(), text: None };
        let mut at = skip_whitespace(record, 0);
        at = expect(record, at, b'{')?;
        if record.as_bytes().get(at) == Some(&b'}') {
            at += 1;
        } else {
            loop {
                let (name, after_name) = plain_name(record, at)?;
                if ARTICLE_FIELDS.contains(&name) {
                    return None;
                }
                let value_start = skip_whitespace(record, expect(record, after_name, b':')?);
                let value_end = if name == text_field && record.as_bytes().get(value_start) == Some(&b'"') {
                    let text = crate::jsonstr::read_string_at(&record[value_start..])?;
                    let end = value_start + text.len;
                    view.text = Some(text);
                    end
                } else {
                    if name == text_field {
                        view.text = None;
                    }
                    value_start + raw_value_len(&record[value_start..])?
                };
                view.fields.push((name, &record[value_start..value_end]));
                at = skip_whitespace(record, value_end);
                match record.as_bytes().get(at)? {
                    b',' => at = skip_whitespace(record, at + 1),
                    b'}' => {
                        at += 1;
                        break;
                    }
                    _ => return None,
                }
            }
        }
        (skip_whitespace(record, at) == record.len()).then_some(view)
    }

    /// The JSON text of the field `name`'s value (of its last occurrence).
    fn get(&self, name: &str) -> Option<&'r str> {
        self.fields.iter().rev().find(|(n, _)| *n == name).map(|(_, value)| *value)
    }
}

/// Where the JSON whitespace from `at` ends.
fn skip_whitespace(json: &str, at: usize) -> usize {
    let bytes = json.as_bytes();
    at + bytes.get(at..).map_or(0, |rest| rest.iter().take_while(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r')).count())
}

/// Just after the `byte` that whitespace from `at` leads to.
fn expect(json: &str, at: usize, byte: u8) -> Option<usize> {
    let at = skip_whitespace(json, at);
    (json.as_bytes().get(at) == Some(&byte)).then_some(at + 1)
}

/// A field name at `at` (after whitespace) with no escape and no control
/// byte, and where it ends, its closing quote included.
fn plain_name(json: &str, at: usize) -> Option<(&str, usize)> {
    let start = expect(json, at, b'"')?;
    let len = memchr::memchr2(b'"', b'\\', &json.as_bytes()[start..])?;
    let name = &json[start..start + len];
    (json.as_bytes()[start + len] == b'"' && !name.bytes().any(|b| b < 0x20)).then_some((name, start + len + 1))
}

/// The length of the JSON value at the start of `json`, as serde_json
/// reads it as a raw value: checked, but not parsed into a value, and so
/// with no limit of nesting (as in the map of raw values this replaces).
fn raw_value_len(json: &str) -> Option<usize> {
    let mut de = serde_json::Deserializer::from_str(json);
    let raw = <&RawValue as serde::Deserialize>::deserialize(&mut de).ok()?;
    // The value starts where `json` does (whitespace was skipped).
    Some(raw.get().len())
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

/// A record read by serde_json for the fallback path: its fields in order,
/// each value as its JSON text (checked, not parsed: numbers of any size
/// and values nested any deep stay as they are, as on the in-place path).
/// A name given twice keeps its first place and its last value, as a map.
struct RawRecord {
    fields: Vec<(FieldName, Box<RawValue>)>,
}

/// A field's name as serde_json reads it as bytes: UTF-8, except that the
/// escape of a lone surrogate (`"x\ud800"`: valid JSON, but no character)
/// reads as its three bytes in WTF-8. Read as a `String`, such a name made
/// the whole record an error record, and its page was lost; this way the
/// name is written back with the same escape.
type FieldName = Vec<u8>;

impl RawRecord {
    /// Reads a record that is not the in-place path's, its names as
    /// `String`s; when serde_json refuses one of them, and only then, as
    /// bytes, if the line is JSON all the same. Read as bytes, a name is
    /// not checked (a raw tab, a byte that is not UTF-8 would pass), so the
    /// line is checked first: UTF-8, and JSON to serde_json passing over it
    /// (which takes a lone surrogate's escape, and nothing else a `String`
    /// would refuse). A line it refuses keeps the first reading's error.
    fn read(bytes: &[u8]) -> serde_json::Result<RawRecord> {
        let read = |names_as_bytes| {
            let mut de = serde_json::Deserializer::from_slice(bytes);
            let record = serde::Deserializer::deserialize_map(&mut de, Fields { names_as_bytes })?;
            de.end()?;
            Ok(record)
        };
        read(false).or_else(|error: serde_json::Error| {
            let is_json = || serde_json::from_slice::<serde::de::IgnoredAny>(bytes).is_ok();
            if simdutf8::basic::from_utf8(bytes).is_ok() && is_json() {
                read(true)
            } else {
                Err(error)
            }
        })
    }

    /// The value of the field `name`.
    fn get(&self, name: &str) -> Option<&RawValue> {
        self.fields.iter().find(|(n, _)| n == name.as_bytes()).map(|(_, value)| &**value)
    }
}

/// Reads a record's fields for [`RawRecord::read`], and a name for itself.
#[derive(Clone, Copy)]
struct Fields {
    names_as_bytes: bool,
}

impl<'de> serde::de::Visitor<'de> for Fields {
    type Value = RawRecord;
    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a JSON object")
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<RawRecord, A::Error> {
        let mut fields: Vec<(FieldName, Box<RawValue>)> = Vec::new();
        let mut places = foldhash::HashMap::default();
        while let Some(name) = map.next_key_seed(self)? {
            let value: Box<RawValue> = map.next_value()?;
            match places.get(&name) {
                Some(&at) => fields[at] = (name, value),
                None => {
                    places.insert(name.clone(), fields.len());
                    fields.push((name, value));
                }
            }
        }
        Ok(RawRecord { fields })
    }
}

impl<'de> serde::de::DeserializeSeed<'de> for Fields {
    type Value = FieldName;
    fn deserialize<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<FieldName, D::Error> {
        struct Name;
        impl serde::de::Visitor<'_> for Name {
            type Value = FieldName;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a field name")
            }
            fn visit_bytes<E: serde::de::Error>(self, name: &[u8]) -> Result<FieldName, E> {
                Ok(name.to_vec())
            }
            fn visit_str<E: serde::de::Error>(self, name: &str) -> Result<FieldName, E> {
                Ok(name.as_bytes().to_vec())
            }
        }
        if self.names_as_bytes {
            deserializer.deserialize_bytes(Name)
        } else {
            <String as serde::Deserialize>::deserialize(deserializer).map(String::into_bytes)
        }
    }
}

/// The JSON text `raw` on one line: the whitespace between its tokens
/// taken out when it holds a line break (a string cannot hold a raw one),
/// so that the output record stays one line. Strings, numbers and the
/// rest stay as they are.
fn one_line(raw: &str) -> std::borrow::Cow<'_, str> {
    if memchr::memchr2(b'\n', b'\r', raw.as_bytes()).is_none() {
        return raw.into();
    }
    let (mut out, mut in_string, mut escaped) = (String::with_capacity(raw.len()), false, false);
    for c in raw.chars() {
        if in_string {
            in_string = escaped || c != '"';
            escaped = !escaped && c == '\\';
        } else if matches!(c, ' ' | '\t' | '\n' | '\r') {
            continue;
        } else {
            in_string = c == '"';
        }
        out.push(c);
    }
    out.into()
}

/// The record with the article's fields added, as one JSON line. The
/// record's fields come first, in order, with their values' JSON text as
/// it was (on one line); a field named like one of the article's takes
/// the article's value in its place, and the article's other fields follow.
fn with_article(record: &RawRecord, article: &crate::Article) -> String {
    let mut article_fields = match serde_json::to_value(article) {
        Ok(Value::Object(fields)) => fields,
        _ => Map::new(),
    };
    let mut out = String::from("{");
    let mut push = |name: &[u8], value: &str| {
        if out.len() > 1 {
            out.push(',');
        }
        crate::jsonstr::push_wtf8_json_string(&mut out, name);
        out.push(':');
        out.push_str(value);
    };
    for (name, value) in &record.fields {
        let ours = std::str::from_utf8(name).ok().and_then(|name| article_fields.shift_remove(name));
        match ours {
            Some(ours) => push(name, &ours.to_string()),
            None => push(name, &one_line(value.get())),
        }
    }
    for (name, value) in &article_fields {
        push(name.as_bytes(), &value.to_string());
    }
    out.push('}');
    out
}

/// The UTF-8 byte order mark.
const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// Why serde_json refused `bytes`, said plainly for the two refusals whose
/// own words mislead: an empty line ("EOF while parsing a value") and a
/// byte that is not UTF-8 ("invalid unicode code point", or "expected
/// value" at it), when that byte comes no later than where serde_json
/// stopped (a line has no line feed: its column is the byte's). Columns
/// count from the line's start: `skipped` bytes (a byte order mark) went
/// before `bytes`.
fn json_error(bytes: &[u8], skipped: usize, error: &serde_json::Error) -> String {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return "invalid JSON: an empty line".into();
    }
    match std::str::from_utf8(bytes) {
        Err(e) if e.valid_up_to() < error.column() || error.is_eof() => {
            let at = e.valid_up_to();
            format!("invalid JSON: byte {:#04X} at column {} is not UTF-8", bytes[at], skipped + at + 1)
        }
        _ => {
            let said = error.to_string();
            let place = format!(" at line 1 column {}", error.column());
            match said.strip_suffix(&place) {
                Some(what) if skipped > 0 => {
                    format!("invalid JSON: {what} at line 1 column {}", skipped + error.column())
                }
                _ => format!("invalid JSON: {said}"),
            }
        }
    }
}

/// The error record `{"line":N,"error":"...","id":...}`; `id` is the
/// record's id as its JSON text, on one line, if it has one.
fn error_record(line: usize, error: String, id: Option<&str>) -> JsonRecord {
    let mut json = format!("{{\"line\":{line},\"error\":");
    crate::jsonstr::push_json_string(&mut json, &error);
    if let Some(id) = id {
        json.push_str(",\"id\":");
        json.push_str(&one_line(id));
    }
    json.push('}');
    JsonRecord { json, error: Some(format!("line {line}: {error}")), bytes_in: 0, chars_in: 0, chars_out: 0 }
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

    /// What serde_json makes of a record: its fields' raw values by name
    /// (the last of each name), `None` when it is no JSON object.
    fn serde_view(record: &str) -> Option<foldhash::HashMap<String, &RawValue>> {
        serde_json::from_str(record).ok()
    }

    /// Where the view reads a record, serde_json reads it too and finds
    /// the same fields, values and text; where the view declines, the
    /// record is invalid, or has something it leaves to serde_json.
    fn check_view(record: &str) -> Option<()> {
        let serde = serde_view(record);
        let view = RecordView::read(record, "text")?;
        let serde = serde.unwrap_or_else(|| panic!("the view read a record serde_json refuses: {record:?}"));
        for name in serde.keys() {
            assert_eq!(view.get(name), serde.get(name).map(|v| v.get()), "{record:?}: {name}");
        }
        assert_eq!(view.fields.iter().filter(|(n, _)| serde.contains_key(*n)).count(), view.fields.len(), "{record:?}");
        let serde_text = serde.get("text").and_then(|v| serde_json::from_str::<String>(v.get()).ok());
        match &view.text {
            // A lone surrogate, which serde_json refuses as a `String`.
            Some(text) if text.replaced > 0 => assert!(serde_text.is_none() && text.value.contains('\u{fffd}')),
            text => assert_eq!(text.as_ref().map(|t| &t.value), serde_text.as_ref(), "{record:?}"),
        }
        Some(())
    }

    #[test]
    fn the_record_view_reads_what_serde_json_reads() {
        let read = [
            r#"{"text":"a\nb"}"#,
            r#" { "id" : 12345678901234567890123 , "text" : "x" , "url" : "https://e.com/\u00e9" } "#,
            "{\t\"text\":\r\n\"x\"}",
            r#"{"text":"first","text":"second"}"#,
            r#"{"meta":{"text":1,"a":[1,{"b":"}"}]},"text":"t","x":null,"y":true,"z":-1.5e3}"#,
            r#"{"a\u0041":1,"text":"t"}"#,
            r#"{"text":"t","other":"\ud83d"}"#,
            r#"{"text":"a\ud83d"}"#,
            r#"{}"#,
            r#"{"text":5}"#,
            r#"{"text":"a","text":5}"#,
            r#"{"text":5,"text":"a"}"#,
        ];
        for record in read {
            check_view(record);
        }
        assert!(RecordView::read(r#"{"text":"a","text":5}"#, "text").is_some_and(|v| v.text.is_none()));
        // Nested deeper than serde_json parses into a value: a raw value
        // has no such limit, here or in serde_json's map of raw values.
        let deep = format!(r#"{{"text":"t","deep":{}{}}}"#, "[".repeat(500), "]".repeat(500));
        assert!(RecordView::read(&deep, "text").is_some());
        check_view(&deep);
        let declined = [
            r#"{"text":"a"} x"#,
            r#"{"text":"a",}"#,
            r#"{"text":"a" "id":1}"#,
            r#"{"text" "a"}"#,
            r#"{"text":"a"}}"#,
            r#"{"text":"tab	here"}"#,
            r#"{"ti\u0074le":"x","text":"a"}"#,
            r#"{"title":"x","text":"a"}"#,
            r#"{"id":01,"text":"a"}"#,
            r#"{"id":[1,],"text":"a"}"#,
            r#"["text"]"#,
            r#"{"text":"a""#,
            "",
        ];
        for record in declined {
            assert!(RecordView::read(record, "text").is_none(), "{record:?}");
        }
    }

    proptest::proptest! {
        /// Records cut and mixed from valid and invalid pieces.
        #[test]
        fn the_record_view_agrees_with_serde_json(
            pieces in proptest::collection::vec(proptest::sample::select(&[
                "{", "}", "\"text\"", "\"id\"", "\"url\"", "\"a\\\"b\"", ":", ",", " ", "\"t\\n\\u00e9\"", "\"\\ud800\"",
                "1", "-0.5", "null", "[", "]", "\"", "\\", "x", "\u{1}", "\"title\"",
            ][..]), 0..14),
        ) {
            check_view(&pieces.concat());
        }

        /// Valid records of a few fields: the view reads every one.
        #[test]
        fn the_record_view_reads_valid_records(
            fields in proptest::collection::vec(("(text|id|url|[a-z]{1,3})", "(?s).{0,12}", 0u8..3), 0..5),
        ) {
            let mut record = serde_json::Map::new();
            for (name, value, kind) in fields {
                let value = match kind {
                    0 => Value::String(value),
                    1 => Value::from(value.len()),
                    _ => serde_json::json!([value, {"k": null}]),
                };
                record.insert(name, value);
            }
            let json = serde_json::to_string(&record).unwrap();
            proptest::prop_assert!(RecordView::read(&json, "text").is_some(), "{}", json);
            check_view(&json);
        }
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

    /// A lone surrogate's escape in the text (broken UTF-16 a crawler
    /// passed on) is read as U+FFFD and counted, as the decode stage counts
    /// bytes that are not UTF-8; the page is cleaned. On both paths: the
    /// record in place, and one read by serde_json (a field named `body`).
    #[test]
    fn lone_surrogates_in_the_text_are_replaced_and_counted() {
        let c = Cleaner::new();
        let f = JsonFields::default();
        let body = "The council approved the budget on Monday after a long debate, officials said.";
        let second = "Residents who spoke at the meeting asked for more money for the town's libraries.";
        for (text, replaced) in [(r#"\ud83d"#, 6), (r#"\ude42 x\ud800"#, 12), (r#"\ud83d\u0041"#, 6)] {
            for extra in ["", r#","body":1"#] {
                let json = format!(r#"{{"id":1{extra},"text":"{body}\n\n{text} {second}"}}"#);
                let r = c.clean_json_record(4, json.as_bytes(), &f);
                assert!(r.error.is_none(), "{json}: {}", r.json);
                // Raw values: the record's own text field keeps its escape.
                let out: foldhash::HashMap<String, &RawValue> = serde_json::from_str(&r.json).unwrap();
                assert_eq!(out["replaced_bytes"].get(), replaced.to_string(), "{json}: {}", r.json);
                assert!(out["body"].get().contains('\u{fffd}'), "{json}: {}", r.json);
            }
        }
    }

    /// A lone surrogate's escape in a field name is valid JSON that no
    /// `String` holds: the record is cleaned all the same, the name written
    /// back with its escape (and a pair's as its character, as any escape).
    /// A name with a byte that is not UTF-8 is still an error record.
    #[test]
    fn lone_surrogates_in_field_names_are_kept() {
        let c = Cleaner::new();
        let f = JsonFields::default();
        for (json, kept) in [
            (r#"{"x\ud800":1,"text":"2 min read"}"#, r#"{"x\ud800":1,"text":"2 min read","title":null"#),
            (r#"{"\uDFFFa\ud83d":[1],"id":3,"text":"x"}"#, r#"{"\udfffa\ud83d":[1],"id":3,"text":"x","title":null"#),
            (r#"{"\ud83d\ude42":1,"text":"x"}"#, "{\"\u{1F642}\":1,\"text\":\"x\",\"title\":null"),
            // The article's own field names, and the text field's, are
            // never mistaken for a name with a surrogate.
            (
                r#"{"body\ud800":1,"text\udc00":2,"text":"x"}"#,
                r#"{"body\ud800":1,"text\udc00":2,"text":"x","title":null"#,
            ),
        ] {
            let r = c.clean_json_record(1, json.as_bytes(), &f);
            assert!(r.error.is_none() && r.json.starts_with(kept), "{json}\n{}", r.json);
            assert!(r.json.contains(r#","body":""#), "{}", r.json);
        }
        let r = c.clean_json_record(2, b"{\"x\\ud800\xFF\":1,\"text\":\"x\"}", &f);
        assert_eq!(r.json, r#"{"line":2,"error":"invalid JSON: byte 0xFF at column 10 is not UTF-8"}"#);
        let r = c.clean_json_record(2, br#"{"x\ud800":1,"id":5}"#, &f);
        assert_eq!(r.json, r#"{"line":2,"error":"no field \"text\"","id":5}"#);
        // A raw control character in a name is no JSON, with a surrogate
        // or without, and serde_json's message says so.
        for json in ["{\"a\tb\":1,\"text\":\"x\"}", "{\"a\u{1}\\ud800\":1,\"text\":\"x\"}", "{\"text\":\"x\",\"\r\":1}"]
        {
            let r = c.clean_json_record(3, json.as_bytes(), &f);
            assert!(r.json.contains("control character"), "{json:?}: {}", r.json);
        }
    }

    #[test]
    fn texts_that_are_not_strings_are_error_records() {
        let c = Cleaner::new();
        let f = JsonFields::default();
        for json in [r#"{"id":1,"text":null}"#, r#"{"id":1,"text":{"text":"x"}}"#, r#"{"id":1,"text":["x"]}"#] {
            let r = c.clean_json_record(4, json.as_bytes(), &f);
            assert_eq!(r.json, r#"{"line":4,"error":"field \"text\" is not a string","id":1}"#, "{json}");
        }
    }

    #[test]
    fn a_byte_order_mark_is_ignored() {
        let c = Cleaner::new();
        let f = JsonFields::default();
        for json in [r#"{"id":1,"text":"2 min read"}"#, r#"{"id":1,"text":"2 min read","body":"x"}"#] {
            let plain = c.clean_json_record(1, json.as_bytes(), &f);
            let marked = c.clean_json_record(1, &[UTF8_BOM, json.as_bytes()].concat(), &f);
            assert!(marked.error.is_none(), "{json}: {}", marked.json);
            assert_eq!(marked.json, plain.json, "{json}");
        }
        // Columns in messages count the mark's bytes, as an editor does.
        let r = c.clean_json_record(1, &[UTF8_BOM, b"{\"id\":1,\"text\":\"caf\xE9\"}"].concat(), &f);
        assert_eq!(r.json, r#"{"line":1,"error":"invalid JSON: byte 0xE9 at column 23 is not UTF-8"}"#);
        let r = c.clean_json_record(1, &[UTF8_BOM, b"{\"n\":1x}"].concat(), &f);
        assert_eq!(r.json, r#"{"line":1,"error":"invalid JSON: expected `,` or `}` at line 1 column 10"}"#);
        // Only at the start: elsewhere it is not JSON.
        let inside = c.clean_json_record(1, &[b"{\"id\":1,", UTF8_BOM, b"\"text\":\"x\"}"].concat(), &f);
        assert!(inside.error.is_some(), "{}", inside.json);
    }

    #[test]
    fn empty_lines_and_bytes_not_utf8_are_said_plainly() {
        let c = Cleaner::new();
        let f = JsonFields::default();
        for line in [&b""[..], b"   ", b"\t\r"] {
            assert_eq!(c.clean_json_record(3, line, &f).json, r#"{"line":3,"error":"invalid JSON: an empty line"}"#);
        }
        let r = c.clean_json_record(4, b"{\"id\":1,\"text\":\"caf\xE9\"}", &f);
        assert_eq!(r.json, r#"{"line":4,"error":"invalid JSON: byte 0xE9 at column 20 is not UTF-8"}"#);
        assert_eq!(r.error.as_deref(), Some("line 4: invalid JSON: byte 0xE9 at column 20 is not UTF-8"));
        let r = c.clean_json_record(5, b"\xBE{}", &f);
        assert_eq!(r.json, r#"{"line":5,"error":"invalid JSON: byte 0xBE at column 1 is not UTF-8"}"#);
        // A mistake before the byte is the one said.
        let r = c.clean_json_record(6, b"{\"n\":1x,\"text\":\"\xE9\"}", &f);
        assert!(
            r.json.starts_with(r#"{"line":6,"error":"invalid JSON: expected `,` or `}` at line 1 column 7"#),
            "{}",
            r.json
        );
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
            let ours = with_article(&RawRecord::read(json.as_bytes()).unwrap(), &article);
            let theirs = merged(record, &article);
            // The same fields in the same order, with the same values; the
            // record's own values keep their text (`"a\u00e9"`).
            let keys = |json: &str| -> Vec<String> {
                serde_json::from_str::<Map<String, Value>>(json).unwrap().keys().cloned().collect()
            };
            assert_eq!(keys(&ours), keys(&theirs), "{json}");
            assert_eq!(serde_json::from_str::<Value>(&ours).unwrap(), serde_json::from_str::<Value>(&theirs).unwrap());
            assert!(!ours.contains('\n'));
        }
    }

    /// The records the in-place path leaves to serde_json (a line break
    /// between tokens, an escaped name, a field named like the article's)
    /// keep their values' text too: numbers of any size and form, values
    /// nested deep; the id in an error record as well.
    #[test]
    fn records_read_by_serde_json_keep_their_values() {
        let c = Cleaner::new();
        let f = JsonFields::default();
        let deep = format!("{}1{}", "[".repeat(300), "]".repeat(300));
        for (json, kept) in [
            (
                "{\"id\":12345678901234567890123,\"n\":1.10,\r\"text\":\"x\"}".to_owned(),
                r#"{"id":12345678901234567890123,"n":1.10,"text":"x""#.to_owned(),
            ),
            (
                format!(r#"{{"title":"old","deep":{deep},"text":"x","e":1e400}}"#),
                format!(r#"{{"title":null,"deep":{deep},"text":"x","e":1e400"#),
            ),
            (
                "{\"i\\u0064\":7,\"text\":\"x\",\"v\":[1,\n 2, {\"a\" :\"b c\"}]}".to_owned(),
                r#"{"id":7,"text":"x","v":[1,2,{"a":"b c"}]"#.to_owned(),
            ),
            (r#"{"i\u0064":1,"text":"x","id":2}"#.to_owned(), r#"{"id":2,"text":"x""#.to_owned()),
        ] {
            let r = c.clean_json_record(1, json.as_bytes(), &f);
            assert!(r.error.is_none() && r.json.starts_with(&kept), "{json}\n{}", r.json);
            assert!(!r.json.contains(['\n', '\r']));
        }
        for json in [r#"{"id":12345678901234567890123,"text":5}"#, "{\"id\":\r12345678901234567890123,\"text\":5}"] {
            let r = c.clean_json_record(2, json.as_bytes(), &f);
            let want = r#"{"line":2,"error":"field \"text\" is not a string","id":12345678901234567890123}"#;
            assert_eq!(r.json, want, "{json}");
        }
        // What the in-place path takes, the other takes too: values it only
        // checks (a lone surrogate, a number out of f64's range) are no error.
        for json in [r#"{"text":"t","other":"\ud83d"}"#, r#"{"text":"t","n":1e400}"#] {
            for record in [json.to_owned(), json.replacen('{', r#"{"title":"x","#, 1), json.replacen(',', ",\r", 1)] {
                let r = c.clean_json_record(3, record.as_bytes(), &f);
                assert!(r.error.is_none(), "{record}: {}", r.json);
            }
        }
    }
}
