//! The `jsonl_record` fuzz target's oracle: what `Cleaner::clean_json_record`
//! must make of any bytes. The target includes this file by its path, and
//! `tests/fuzz_regressions.rs` replays the inputs found with it, so that the
//! two never check different things.

use newsclean::JsonRecord;
use serde_json::value::RawValue;
use std::collections::HashMap;

/// Checks the record made of the input line `data`: one line of JSON, an
/// object, with `body` or `error`. Exactly the records serde_json reads as
/// an object whose text is a string are cleaned (inputs are far below the
/// limits); the rest are error records, whichever path read them. A byte
/// order mark before the record is ignored. A text that serde_json will
/// not read as a `String` has a lone surrogate's escape, which is read as
/// U+FFFD and counted.
pub fn check(data: &[u8], record: &JsonRecord) -> Result<(), String> {
    let fail = |what: &str| Err(format!("{what}: {:?} -> {}", String::from_utf8_lossy(data), record.json));
    if record.json.contains(['\n', '\r']) {
        return fail("a record is one line");
    }
    let Some(out) = fields(record.json.as_bytes()) else { return fail("the output is no JSON object") };
    let key: &[u8] = if record.error.is_some() { b"error" } else { b"body" };
    if !out.contains_key(key) {
        return fail("no body or error");
    }
    let json = data.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(data);
    let text = fields(json).and_then(|map| map.get(&b"text"[..]).map(|text| text.get().to_owned()));
    let text = text.filter(|t| t.starts_with('"'));
    if record.error.is_none() != text.is_some() {
        return fail("cleaned exactly when the text is a string");
    }
    if text.is_some_and(|t| serde_json::from_str::<String>(&t).is_err()) {
        let replaced = out.get(&b"replaced_bytes"[..]).and_then(|r| serde_json::from_str::<usize>(r.get()).ok());
        if replaced.is_none_or(|r| r < 6) {
            return fail("a lone surrogate in the text is counted");
        }
    }
    Ok(())
}

/// A JSON object's fields, read as the command reads a record: values as
/// their raw text (JSON sets no bound on numbers, and `1e400` is JSON that
/// `serde_json::Value` cannot hold), names as bytes (a name with a lone
/// surrogate's escape is valid JSON, which no `String` holds), and only
/// when the bytes are UTF-8 and JSON to serde_json passing over them:
/// reading names as bytes checks neither (a raw tab or a byte that is not
/// UTF-8 in a name would pass). A name given twice keeps its last value.
fn fields(json: &[u8]) -> Option<HashMap<Vec<u8>, &RawValue>> {
    struct Object;
    impl<'de> serde::de::Visitor<'de> for Object {
        type Value = HashMap<Vec<u8>, &'de RawValue>;
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("a JSON object")
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            let mut fields = HashMap::new();
            while let Some(Name(name)) = map.next_key()? {
                fields.insert(name, map.next_value()?);
            }
            Ok(fields)
        }
    }
    struct Name(Vec<u8>);
    impl<'de> serde::Deserialize<'de> for Name {
        fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Name, D::Error> {
            struct Bytes;
            impl serde::de::Visitor<'_> for Bytes {
                type Value = Name;
                fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    f.write_str("a name")
                }
                fn visit_bytes<E: serde::de::Error>(self, name: &[u8]) -> Result<Name, E> {
                    Ok(Name(name.to_vec()))
                }
            }
            deserializer.deserialize_bytes(Bytes)
        }
    }
    std::str::from_utf8(json).ok()?;
    serde_json::from_slice::<serde::de::IgnoredAny>(json).ok()?;
    let mut de = serde_json::Deserializer::from_slice(json);
    let fields = serde::Deserializer::deserialize_map(&mut de, Object).ok()?;
    de.end().ok()?;
    Some(fields)
}
