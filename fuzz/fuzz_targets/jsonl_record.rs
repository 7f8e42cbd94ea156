//! Any bytes as one JSON Lines record, through `Cleaner::clean_json_record`,
//! the function the command's `--jsonl` mode calls for each line. The output
//! must be one line of JSON: an object.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsclean::{Cleaner, JsonFields, RulePack};
use std::sync::OnceLock;

fn cleaner() -> &'static Cleaner {
    static CLEANER: OnceLock<Cleaner> = OnceLock::new();
    CLEANER.get_or_init(|| {
        let pack = RulePack::from_toml_str(include_str!("../../examples/rules/example-pack.toml"), "example-pack.toml")
            .expect("the example pack parses");
        Cleaner::builder().rule_pack(pack).max_bytes(1 << 20).build()
    })
}

fuzz_target!(|data: &[u8]| {
    let record = cleaner().clean_json_record(1, data, &JsonFields::default());
    assert!(!record.json.contains(['\n', '\r']), "a record is one line");
    // An object, read as raw values: the record's own fields come out as
    // they went in, and JSON sets no bound on numbers (`1e400` is JSON,
    // which `serde_json::Value` cannot hold).
    type Fields<'a> = std::collections::HashMap<String, &'a serde_json::value::RawValue>;
    let value: Fields<'_> = serde_json::from_str(&record.json).expect("the output is a JSON object");
    let key = if record.error.is_some() { "error" } else { "body" };
    assert!(value.contains_key(key), "{key} missing from {}", record.json);
    // Exactly the records serde_json reads as an object whose text is a
    // string are cleaned (inputs are far below the limits); the rest are
    // error records, whichever path read them. Raw values, as the command
    // reads the fields it does not use: no limit of nesting. A byte order
    // mark before the record is ignored.
    let json = data.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(data);
    let map = serde_json::from_slice::<Fields<'_>>(json).ok();
    let text = map.as_ref().and_then(|map| map.get("text")).map(|text| text.get()).filter(|t| t.starts_with('"'));
    assert_eq!(record.error.is_none(), text.is_some(), "{:?} -> {}", String::from_utf8_lossy(data), record.json);
    // A string serde_json will not read as a `String` has a lone
    // surrogate's escape, which is read as U+FFFD and counted.
    if text.is_some_and(|t| serde_json::from_str::<String>(t).is_err()) {
        let replaced: usize = serde_json::from_str(value["replaced_bytes"].get()).expect("a count");
        assert!(replaced >= 6, "{}", record.json);
    }
});
