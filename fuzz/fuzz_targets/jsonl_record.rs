//! Any bytes as one JSON Lines record, through `Cleaner::clean_json_record`,
//! the function the command's `--jsonl` mode calls for each line, checked by
//! the oracle its replay in `tests/fuzz_regressions.rs` uses too.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsclean::{Cleaner, JsonFields, RulePack};
use std::sync::OnceLock;

#[path = "../../tests/oracles/jsonl_record.rs"]
mod oracle;

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
    if let Err(why) = oracle::check(data, &record) {
        panic!("{why}");
    }
});
