//! JSON strings on the JSON Lines path, written and read as serde_json
//! writes and reads them.
//!
//! The path writes every removed line and the whole body of every page as
//! JSON strings. serde_json looks at a string's bytes one at a time; here
//! runs of plain bytes are passed over eight at a time, and the escapes are
//! serde_json's own, so the output bytes are the same.
//!
//! It reads each page's text from a JSON string with an escape on every
//! line, in one pass that finds the string's end, checks it and unescapes
//! it. serde_json passes over a string once to find its end as a raw
//! value, and again to read it, copying the runs between escapes into a
//! scratch buffer grown from empty and then into the `String`; here they
//! go straight into the `String`.

/// Appends `s` escaped as the inside of a JSON string, as serde_json
/// escapes it: `"` and `\` with a backslash, backspace, tab, line feed, form
/// feed and carriage return by their short names, the other bytes below
/// 0x20 as `\u00xx` (lowercase hex), everything else (DEL and non-ASCII
/// included) as is.
pub(crate) fn push_escaped(out: &mut String, s: &str) {
    let bytes = s.as_bytes();
    let mut written = 0;
    while let Some(at) = next_special(bytes, written) {
        // Slicing at `at` is on a character boundary: bytes[at] is ASCII.
        out.push_str(&s[written..at]);
        push_escape(out, bytes[at]);
        written = at + 1;
    }
    out.push_str(&s[written..]);
}

/// Appends `s` as a JSON string, quotes and escapes included.
pub(crate) fn push_json_string(out: &mut String, s: &str) {
    out.push('"');
    push_escaped(out, s);
    out.push('"');
}

/// Appends `name`, UTF-8 but for lone surrogates in WTF-8 (as serde_json
/// reads a string as bytes), as a JSON string: each surrogate as the
/// `\uXXXX` escape it was read from, the rest as [`push_json_string`]
/// writes it. Bytes that are neither (serde_json gives none) become U+FFFD.
pub(crate) fn push_wtf8_json_string(out: &mut String, mut name: &[u8]) {
    use std::fmt::Write;
    out.push('"');
    loop {
        match std::str::from_utf8(name) {
            Ok(rest) => {
                push_escaped(out, rest);
                break;
            }
            Err(e) => {
                let (valid, rest) = name.split_at(e.valid_up_to());
                push_escaped(out, std::str::from_utf8(valid).expect("valid up to here"));
                name = match *rest {
                    [0xED, b1 @ 0xA0..=0xBF, b2 @ 0x80..=0xBF, ref after @ ..] => {
                        let unit = 0xD000 | (u32::from(b1 & 0x3F) << 6) | u32::from(b2 & 0x3F);
                        // Writing to a `String` cannot fail.
                        let _ = write!(out, "\\u{unit:04x}");
                        after
                    }
                    _ => {
                        out.push(char::REPLACEMENT_CHARACTER);
                        &rest[e.error_len().unwrap_or(rest.len())..]
                    }
                };
            }
        }
    }
    out.push('"');
}

/// The position of the first byte at or after `from` that needs an escape.
fn next_special(bytes: &[u8], from: usize) -> Option<usize> {
    let mut i = from;
    while let Some(word) = bytes.get(i..i + 8) {
        let special = special_bytes(u64::from_le_bytes(word.try_into().expect("8 bytes")));
        if special != 0 {
            return Some(i + special.trailing_zeros() as usize / 8);
        }
        i += 8;
    }
    let rest = bytes.len() - i;
    if rest == 0 {
        return None;
    }
    if bytes.len() < 8 {
        return bytes[i..].iter().position(|&b| needs_escape(b)).map(|k| i + k);
    }
    // The last 1 to 7 bytes: the string's last word, shifted so that the
    // bytes already looked at fall off its low end and plain spaces fill
    // its high end. (Masking them off instead would not do: a special byte
    // among them can flag the next byte by a borrow.)
    let last = u64::from_le_bytes(bytes[bytes.len() - 8..].try_into().expect("8 bytes"));
    let shift = 8 * (8 - rest) as u32;
    let word = (last >> shift) | (SPACES << (64 - shift));
    let special = special_bytes(word);
    (special != 0).then(|| i + special.trailing_zeros() as usize / 8)
}

const ONES: u64 = 0x0101_0101_0101_0101;
const SPACES: u64 = ONES * 0x20;

/// The high bit of each byte of `word` (little-endian) that may need an
/// escape: below 0x20, `"` or `\`. The lowest flagged byte always needs
/// one; bytes above it may be flagged by a borrow without needing one, so
/// only the lowest is trusted. Zero when none needs one.
fn special_bytes(word: u64) -> u64 {
    // A byte's high bit survives `x - n` with `!x`'s high bit when it was
    // below n (and below 0x80); `"` and `\` become zero under the xor and
    // are below 1. The xors keep the high bits, so one `!word` serves all.
    let below_space = word.wrapping_sub(SPACES);
    let quote = (word ^ (ONES * u64::from(b'"'))).wrapping_sub(ONES);
    let backslash = (word ^ (ONES * u64::from(b'\\'))).wrapping_sub(ONES);
    (below_space | quote | backslash) & !word & (ONES * 0x80)
}

/// Whether serde_json escapes `byte`.
fn needs_escape(byte: u8) -> bool {
    byte < 0x20 || byte == b'"' || byte == b'\\'
}

/// The escape of a byte with a short one; `None` for a byte written as is
/// (and for the other control bytes, which `push_escape` writes as `\u00xx`).
fn escape(byte: u8) -> Option<&'static str> {
    Some(match byte {
        b'"' => "\\\"",
        b'\\' => "\\\\",
        0x08 => "\\b",
        b'\t' => "\\t",
        b'\n' => "\\n",
        0x0c => "\\f",
        b'\r' => "\\r",
        _ => return None,
    })
}

/// Appends the escape of `byte`, one that `special_bytes` flags.
fn push_escape(out: &mut String, byte: u8) {
    match escape(byte) {
        Some(short) => out.push_str(short),
        None => {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            out.push_str("\\u00");
            out.push(char::from(HEX[usize::from(byte >> 4)]));
            out.push(char::from(HEX[usize::from(byte & 0xf)]));
        }
    }
}

/// The value of the JSON string `raw` (its text with the quotes), as
/// [`read_string_at`] reads it; `None` also when anything follows it, and
/// for a lone surrogate's escape, as serde_json has it for a `String`.
pub(crate) fn read_string(raw: &str) -> Option<String> {
    read_string_at(raw).and_then(|s| (s.len == raw.len() && s.replaced == 0).then_some(s.value))
}

/// A JSON string read by [`read_string_at`].
#[derive(Debug, PartialEq)]
pub(crate) struct JsonString {
    pub value: String,
    /// The length of its JSON text, quotes included.
    pub len: usize,
    /// Bytes of `\u` escapes of lone UTF-16 surrogates, each read as
    /// U+FFFD.
    pub replaced: usize,
}

/// The JSON string at the start of `json`: one pass that finds its end,
/// checks it and unescapes it. `None` when there is no valid JSON string
/// there (a control byte, an unknown escape, no closing quote), as
/// serde_json would have it.
///
/// A `\u` escape of a UTF-16 surrogate that is not one of a pair (which
/// JSON's grammar allows, and which a crawler writing a page's broken
/// UTF-16 leaves) is read as U+FFFD and counted in `replaced`, as the
/// decode stage does with bytes that are not UTF-8: the page is cleaned,
/// not lost to an error for one character.
pub(crate) fn read_string_at(json: &str) -> Option<JsonString> {
    let bytes = json.as_bytes();
    if bytes.first() != Some(&b'"') {
        return None;
    }
    // The string is most of what follows it in a record (the page's text),
    // but not always: a crawl's record may hold the page's HTML after its
    // text. Room for the rest of the record up to a bound, then doubling:
    // a page's text seldom outgrows it, and one that does regrows a few
    // times at most.
    let mut out = String::with_capacity(json.len().min(INITIAL_CAPACITY));
    let mut replaced = 0;
    let mut from = 1;
    loop {
        // Plain bytes up to the first that is a quote, a backslash or a
        // control byte (none: the string is not closed).
        let at = next_special(bytes, from)?;
        // `at` holds an ASCII byte, so both slices are on boundaries.
        out.push_str(&json[from..at]);
        match bytes[at] {
            b'"' => return Some(JsonString { value: out, len: at + 1, replaced }),
            b'\\' => {
                let (c, len) = unescape(&bytes[at + 1..])?;
                match c {
                    Some(c) => out.push(c),
                    None => {
                        out.push(char::REPLACEMENT_CHARACTER);
                        replaced += 1 + len;
                    }
                }
                from = at + 1 + len;
            }
            _ => return None,
        }
    }
}

/// The most [`read_string_at`] reserves before it knows the string's
/// length: more than nearly every page's text (the dev corpora's longest
/// is 97 KB).
const INITIAL_CAPACITY: usize = 256 * 1024;

/// The character an escape stands for and the escape's length, `after`
/// being the bytes after its backslash; the character is `None` for a
/// surrogate that is not one of a pair.
fn unescape(after: &[u8]) -> Option<(Option<char>, usize)> {
    let c = match *after.first()? {
        b'"' => '"',
        b'\\' => '\\',
        b'/' => '/',
        b'b' => '\u{8}',
        b'f' => '\u{c}',
        b'n' => '\n',
        b'r' => '\r',
        b't' => '\t',
        b'u' => return unicode_escape(after),
        _ => return None,
    };
    Some((Some(c), 1))
}

/// A `uXXXX` escape, or two for a surrogate pair (`uD83D\uDE42`); a
/// surrogate without its other half is one escape of no character.
fn unicode_escape(after: &[u8]) -> Option<(Option<char>, usize)> {
    let first = hex4(after.get(1..5)?)?;
    if !(0xD800..0xE000).contains(&first) {
        return Some((char::from_u32(first), 5));
    }
    let second = match after.get(5..7) {
        Some(b"\\u") if first < 0xDC00 => after.get(7..11).and_then(hex4),
        _ => None,
    };
    match second {
        Some(second @ 0xDC00..0xE000) => {
            Some((char::from_u32(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)), 11))
        }
        // The next escape, if any, is read on its own (and checked then).
        _ => Some((None, 5)),
    }
}

/// Four hex digits, either case.
fn hex4(digits: &[u8]) -> Option<u32> {
    digits.iter().try_fold(0, |n, &d| Some(n << 4 | char::from(d).to_digit(16)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn escaped(s: &str) -> String {
        let mut out = String::new();
        push_escaped(&mut out, s);
        out
    }

    /// What serde_json writes between the quotes.
    fn serde(s: &str) -> String {
        let quoted = serde_json::to_string(s).unwrap();
        quoted[1..quoted.len() - 1].to_owned()
    }

    #[test]
    fn escapes_as_serde_json_does() {
        let mut cases: Vec<String> = [
            "",
            "plain",
            "exactly8",
            "sixteen bytes ok",
            "\"",
            "\\",
            "a\"b\\c",
            "tab\there",
            "line\nbreak\r\n",
            "\u{8}\u{c}\u{0}\u{1f}\u{7f}",
            "café “quoted” ſ K 🙂",
            "12345678\"",
            "1234567\"8",
            "\"\"\"\"\"\"\"\"\"",
            "\u{1}abcdefghijklmn\u{1f}",
            "!#[]^_`{|}~ \u{21}\u{5b}\u{5d}",
            "é\"é\\é\né",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        // Every ASCII byte at every position of strings of 1 to 20 bytes:
        // whole words, short strings and the last few bytes after words.
        for len in 1..=20 {
            for pos in 0..len {
                for b in 0u8..0x80 {
                    let mut s = "a".repeat(len - 1);
                    s.insert(pos, char::from(b));
                    cases.push(s);
                }
            }
        }
        // Two bytes next to each other anywhere: a special byte borrows from
        // the next one in the word test, which must not escape a plain byte
        // ("#" after a quote, "]" after a backslash, a space after a control).
        let pairs = ["\"#", "\\]", "\u{1f} ", "\u{0}!", "\"\"", "\\\\", "\n\n", "#\"", "\u{1f}\u{1f}"];
        for len in 2..=20 {
            for pos in 0..=len - 2 {
                for pair in pairs {
                    let mut s = "a".repeat(len - 2);
                    s.insert_str(pos, pair);
                    cases.push(s);
                }
            }
        }
        for s in &cases {
            assert_eq!(escaped(s), serde(s), "{s:?}");
        }
    }

    #[test]
    fn appends() {
        let mut out = String::from("{\"a\":\"");
        push_escaped(&mut out, "x\"y");
        assert_eq!(out, "{\"a\":\"x\\\"y");
    }

    /// What serde_json reads, `None` where it refuses.
    fn serde_read(raw: &str) -> Option<String> {
        serde_json::from_str(raw).ok()
    }

    #[test]
    fn reads_as_serde_json_does() {
        let cases = [
            r#""""#,
            r#""plain""#,
            r#""line\nbreak\r\n\ttab""#,
            r#""\"\\\/\b\f\n\r\t""#,
            r#""\\n is not a line break""#,
            r#""\u00e9 caf\u00E9 \u0000 \u001f \u007f \u20ac""#,
            r#""\ud83d\ude42 \uD83D\uDE42""#,
            r#""\ud800\udc00\udbff\udfff""#,
            r#""café “quoted” 🙂 ſ""#,
            r#""ends in an escape\n""#,
            r#""\n""#,
            // Lone or unpaired surrogates: serde_json refuses them.
            r#""\ud83d""#,
            r#""\ud83d x""#,
            r#""\ud83d\n""#,
            r#""\ud83d\u0041""#,
            r#""\ud83d\ud83d""#,
            r#""\ude42""#,
            // Not strings.
            "5",
            "null",
            "true",
            "[\"a\"]",
            r#"{"a":"b"}"#,
            r#"{"text":{"nested":"x"}}"#,
        ];
        for raw in cases {
            assert!(serde_json::from_str::<&serde_json::value::RawValue>(raw).is_ok(), "{raw}");
            let fast = read_string(raw);
            // Where it decides, it agrees; where serde_json reads a string,
            // it decides (only a surrogate's escape is left to serde_json).
            if fast.is_some() || !raw.contains("\\ud") {
                assert_eq!(fast, serde_read(raw), "{raw}");
            }
        }
        assert_eq!(read_string(r#""a\u00e9\ud83d\ude42\n""#).as_deref(), Some("aé🙂\n"));
        assert_eq!(read_string(r#""\ud83d""#), None);
    }

    /// A surrogate's escape without its other half reads as U+FFFD, counted
    /// by its escape's bytes; the escape after it is read on its own.
    #[test]
    fn lone_surrogates_read_as_replacement_characters() {
        let cases = [
            (r#""\ud83d""#, "\u{fffd}", 6),
            (r#""a\ude42b""#, "a\u{fffd}b", 6),
            (r#""\ud83d x""#, "\u{fffd} x", 6),
            (r#""\ud83d\n""#, "\u{fffd}\n", 6),
            (r#""\ud83d\u0041""#, "\u{fffd}A", 6),
            (r#""\ud83d\ud83d""#, "\u{fffd}\u{fffd}", 12),
            (r#""\ud83d\ud83d\ude42""#, "\u{fffd}🙂", 6),
            (r#""\ude42\ud83d""#, "\u{fffd}\u{fffd}", 12),
            (r#""\ud83d\ude42""#, "🙂", 0),
        ];
        for (raw, value, replaced) in cases {
            let read = read_string_at(raw).unwrap_or_else(|| panic!("{raw}"));
            assert_eq!(read, JsonString { value: value.to_owned(), len: raw.len(), replaced }, "{raw}");
        }
        // Still checked: the escape after a lone surrogate must be valid.
        assert_eq!(read_string_at(r#""\ud83d\u12g4""#), None);
        assert_eq!(read_string_at(r#""\ud83d\x""#), None);
    }

    #[test]
    fn reads_a_string_at_the_start_and_its_length() {
        let read = |json| read_string_at(json).map(|s| (s.value, s.len));
        assert_eq!(read(r#""a\nb", "next": 1}"#), Some(("a\nb".to_owned(), 6)));
        assert_eq!(read(r#""""#), Some((String::new(), 2)));
        assert_eq!(read_string(r#""a" "#), None, "something after the string");
        // Longer than the first reservation: read whole, as it grows.
        let long = "word \\n".repeat(INITIAL_CAPACITY / 4);
        let (value, len) = read(&format!("\"{long}\", \"html\": \"x\"")).expect("a string");
        assert_eq!((value, len), ("word \n".repeat(INITIAL_CAPACITY / 4), long.len() + 2));
        // Not valid JSON strings: serde_json refuses each as a raw value.
        for bad in ["\"a", "\"a\\", "\"tab\there\"", "\"nul\u{0}\"", "\"\\x\"", "\"\\u12g4\"", "\"\\u12\"", "x\"a\""] {
            assert_eq!(read_string_at(bad), None, "{bad:?}");
            assert!(serde_json::from_str::<&serde_json::value::RawValue>(bad).is_err(), "{bad:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn any_string_reads_back(s in "(?s).{0,40}") {
            let raw = serde_json::to_string(&s).unwrap();
            proptest::prop_assert_eq!(read_string(&raw), Some(s));
        }

        /// Any bytes after an opening quote: where serde_json finds a
        /// string, this reads it to the same end, and the same value but
        /// where a lone surrogate was replaced (serde_json refuses those as
        /// a `String`); where it finds none, this finds none.
        #[test]
        fn reads_what_serde_json_reads_at_the_start(tail in "(?s)[a-fnu0-9\"\\\\\x00-\x1f\u{e9} ]{0,24}") {
            let json = format!("\"{tail}");
            let mut de = serde_json::Deserializer::from_str(&json);
            let serde_raw = <&serde_json::value::RawValue as serde::Deserialize>::deserialize(&mut de).ok().map(|r| r.get().len());
            match read_string_at(&json) {
                Some(read) => {
                    proptest::prop_assert_eq!(Some(read.len), serde_raw);
                    let by_serde = serde_read(&json[..read.len]);
                    if read.replaced == 0 {
                        proptest::prop_assert_eq!(Some(read.value), by_serde);
                    } else {
                        proptest::prop_assert!(by_serde.is_none() && read.value.contains('\u{fffd}'), "{:?}", json);
                    }
                }
                None => proptest::prop_assert!(serde_raw.is_none(), "{:?}", json),
            }
        }

        /// Characters written as `\u` escapes (surrogate pairs beyond the
        /// BMP, either hex case) or as themselves, mixed.
        #[test]
        fn unicode_escapes_read_as_serde_json_does(chars in proptest::collection::vec((proptest::char::any(), 0u8..3), 0..12)) {
            let mut raw = String::from("\"");
            for (c, how) in chars {
                match how {
                    0 if c != '"' && c != '\\' && c >= ' ' => raw.push(c),
                    _ => {
                        let mut units = [0u16; 2];
                        for unit in c.encode_utf16(&mut units) {
                            let hex = format!("\\u{unit:04x}");
                            raw.push_str(&if how == 2 { hex.to_uppercase().replace("\\U", "\\u") } else { hex });
                        }
                    }
                }
            }
            raw.push('"');
            proptest::prop_assert_eq!(read_string(&raw), serde_read(&raw));
        }

        #[test]
        fn any_string_escapes_as_serde_json_does(s in "(?s).{0,40}", t in "[\\x00-\\x7f]{0,40}") {
            proptest::prop_assert_eq!(escaped(&s), serde(&s));
            proptest::prop_assert_eq!(escaped(&t), serde(&t));
        }
    }
}
