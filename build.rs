//! Writes the character-class table of `src/chars` (one byte of flags per
//! Basic Multilingual Plane code point) into `OUT_DIR`, so that no process
//! spends its start computing it.

#[path = "src/chars/flags.rs"]
#[allow(dead_code)]
mod flags;

fn main() {
    println!("cargo::rerun-if-changed=src/chars/flags.rs");
    let table: Vec<u8> = (0..0x10000u32).map(|code| char::from_u32(code).map_or(0, flags::flags_of)).collect();
    let out = std::path::Path::new(&std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join("char_flags.bin");
    std::fs::write(&out, table).expect("OUT_DIR is writable");
}
