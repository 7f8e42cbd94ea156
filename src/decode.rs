//! Stage 1 — decode: bytes in any encoding to a `String`.
//!
//! Input: raw bytes and an optional forced encoding. Output: the text, the
//! name of the encoding used and how many bytes could not be decoded (each
//! became U+FFFD). Order of evidence: a byte-order mark, then the caller's
//! forced label, then UTF-16 without a BOM (a NUL in every other byte),
//! then UTF-8 when the bytes are valid UTF-8 (ISO-2022-JP when they also
//! switch to a Japanese set with its escapes and decode cleanly), then a
//! guess by `chardetng`. Decoding never fails: undecodable bytes are replaced.

use encoding_rs::{Encoding, ISO_2022_JP, UTF_16BE, UTF_16LE, UTF_8};

/// Text decoded from bytes, with what it took to decode it.
#[derive(Debug, Clone)]
pub(crate) struct Decoded {
    pub text: String,
    pub encoding: &'static Encoding,
    pub replaced_bytes: usize,
}

/// Decodes `bytes`; `forced` wins over detection but not over a BOM
/// (a BOM is explicit evidence inside the data, a label is a guess outside it).
pub(crate) fn decode(bytes: &[u8], forced: Option<&'static Encoding>) -> Decoded {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        return decode_with(encoding, &bytes[bom_len..]);
    }
    if let Some(encoding) = forced {
        return decode_with(encoding, bytes);
    }
    // Before the UTF-8 check: ASCII saved as UTF-16 is valid UTF-8 too.
    if let Some(encoding) = sniff_utf16_without_bom(bytes) {
        return decode_with(encoding, bytes);
    }
    if let Ok(text) = simdutf8::basic::from_utf8(bytes) {
        // ISO-2022-JP is seven-bit, so valid UTF-8 as well: its escapes
        // to a Japanese set (`ESC $ B` and the like; `ESC ( B`, back to
        // ASCII, tells nothing alone) tell it. An escape byte is rare in
        // text, and the search for it skips the rest fast.
        if has_iso_2022_jp_escape(bytes) {
            let japanese = decode_with(ISO_2022_JP, bytes);
            if japanese.replaced_bytes == 0 {
                return japanese;
            }
        }
        return Decoded { text: text.to_owned(), encoding: UTF_8, replaced_bytes: 0 };
    }
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(bytes, true);
    let guess = detector.guess(None, true);
    // chardetng only guesses legacy encodings; UTF-8 text with a few broken
    // bytes is better served by UTF-8 with replacements. It is UTF-8 when
    // its characters outside ASCII mostly are: a legacy page with a curly
    // quote or two in English (`council\x92s`) has no valid sequence at all.
    let utf8 = decode_with(UTF_8, bytes);
    let (sequences, broken) = utf8_evidence(bytes);
    if guess == UTF_8 || (sequences > broken && utf8.replaced_bytes * 50 < bytes.len().max(1)) {
        return utf8;
    }
    decode_with(guess, bytes)
}

/// How many valid UTF-8 sequences of more than one byte `bytes` has, and
/// how many broken ones.
fn utf8_evidence(bytes: &[u8]) -> (usize, usize) {
    bytes.utf8_chunks().fold((0, 0), |(sequences, broken), chunk| {
        let valid = chunk.valid().bytes().filter(|&b| b >= 0xC0).count();
        (sequences + valid, broken + usize::from(!chunk.invalid().is_empty()))
    })
}

fn decode_with(encoding: &'static Encoding, bytes: &[u8]) -> Decoded {
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let mut text = String::with_capacity(bytes.len() + bytes.len() / 2);
    let mut replaced_bytes = 0;
    // Decode through a fixed buffer: `decode_to_string_without_replacement`
    // prepares the string's whole spare capacity on every call, and a call
    // ends at every malformed sequence, which made random bytes quadratic
    // (30 MB took minutes).
    let mut buffer = vec![0u8; 64 * 1024];
    let mut rest = bytes;
    loop {
        let (result, read, written) = decoder.decode_to_utf8_without_replacement(rest, &mut buffer, true);
        rest = &rest[read..];
        // encoding_rs writes only whole UTF-8 sequences.
        text.push_str(std::str::from_utf8(&buffer[..written]).unwrap_or_default());
        match result {
            encoding_rs::DecoderResult::InputEmpty => break,
            encoding_rs::DecoderResult::OutputFull => {}
            encoding_rs::DecoderResult::Malformed(bad, _) => {
                replaced_bytes += usize::from(bad);
                text.push(char::REPLACEMENT_CHARACTER);
            }
        }
    }
    Decoded { text, encoding, replaced_bytes }
}

/// Whether `bytes` switch to one of ISO-2022-JP's Japanese character sets:
/// JIS X 0208 (`ESC $ B`, or `ESC $ @` of 1978) or half-width katakana
/// (`ESC ( I`). A terminal's colour codes (`ESC [ 31m`) are not these.
fn has_iso_2022_jp_escape(bytes: &[u8]) -> bool {
    memchr::memchr_iter(0x1B, bytes).any(|at| matches!(bytes.get(at + 1..at + 3), Some(b"$B" | b"$@" | b"(I")))
}

/// UTF-16 text saved without a BOM has a NUL in every other byte for
/// Latin-script text; no single-byte legacy text looks like that.
fn sniff_utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = &bytes[..bytes.len().min(4096) & !1];
    if sample.len() < 8 {
        return None;
    }
    let pairs = sample.len() / 2;
    let even_nul = sample.iter().step_by(2).filter(|&&b| b == 0).count();
    let odd_nul = sample.iter().skip(1).step_by(2).filter(|&&b| b == 0).count();
    if odd_nul * 10 >= pairs * 7 && even_nul * 10 < pairs {
        Some(UTF_16LE)
    } else if even_nul * 10 >= pairs * 7 && odd_nul * 10 < pairs {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// Looks up an encoding label the way browsers do (`latin1`, `cp1252`,
/// `shift_jis`, `utf-16le`, ...).
pub(crate) fn encoding_for_label(label: &str) -> Option<&'static Encoding> {
    // Not the labels of the "replacement" encoding (iso-2022-kr, hz-gb-2312
    // …), which decodes any input to one U+FFFD: the page would be lost.
    Encoding::for_label_no_replacement(label.trim().as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_passes_through() {
        let d = decode("Grüße aus Köln".as_bytes(), None);
        assert_eq!(d.text, "Grüße aus Köln");
        assert_eq!(d.encoding.name(), "UTF-8");
        assert_eq!(d.replaced_bytes, 0);
    }

    #[test]
    fn bom_wins() {
        let mut bytes = vec![0xFF, 0xFE];
        for unit in "Hello".encode_utf16() {
            bytes.extend_from_slice(&unit.to_le_bytes());
        }
        let d = decode(&bytes, Some(encoding_rs::WINDOWS_1252));
        assert_eq!(d.text, "Hello");
        assert_eq!(d.encoding.name(), "UTF-16LE");
    }

    #[test]
    fn forced_label_is_used() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode("café");
        let d = decode(&bytes, encoding_for_label("latin1"));
        assert_eq!(d.text, "café");
        assert_eq!(d.encoding.name(), "windows-1252");
    }

    #[test]
    fn legacy_encodings_are_detected() {
        let cases: &[(&str, &'static Encoding)] = &[
            ("Die Bürgerinnen und Bürger müssen für die Straßenbahn künftig mehr zahlen, sagte der Bürgermeister.", encoding_rs::WINDOWS_1252),
            ("Władze miasta zapowiedziały, że ulice zostaną zamknięte dla ruchu samochodów w przyszłym tygodniu.", encoding_rs::WINDOWS_1250),
            ("Власти города заявили, что движение по улицам будет закрыто на следующей неделе из-за ремонта.", encoding_rs::WINDOWS_1251),
            ("東京都は来週から市内の道路を一時的に閉鎖すると発表しました。住民の皆さんにはご協力をお願いします。", encoding_rs::SHIFT_JIS),
            ("서울시는 다음 주부터 도심 도로를 일시적으로 폐쇄한다고 발표했습니다. 시민 여러분의 협조를 부탁드립니다.", encoding_rs::EUC_KR),
        ];
        for (text, encoding) in cases {
            let (bytes, _, unmappable) = encoding.encode(text);
            assert!(!unmappable);
            let d = decode(&bytes, None);
            assert_eq!(&d.text, text, "decoded as {}", d.encoding.name());
            assert_eq!(d.replaced_bytes, 0);
        }
    }

    /// ISO-2022-JP, seven-bit and so valid UTF-8, is read by its escapes;
    /// other escapes (a terminal's colours, a switch to ASCII alone) and a stray `ESC $ B` whose
    /// bytes do not decode leave the text as it is.
    #[test]
    fn iso_2022_jp_is_told_by_its_escapes() {
        // The encoder writes half-width katakana full width, as the
        // standard says; the decoder reads both.
        let text = "東京都は来週から道路を閉鎖すると発表しました。\nTokyo (カタカナ) 2025";
        let (bytes, _, unmappable) = ISO_2022_JP.encode(text);
        assert!(!unmappable);
        assert!(bytes.is_ascii());
        let d = decode(&bytes, None);
        assert_eq!((d.text.as_str(), d.encoding.name(), d.replaced_bytes), (text, "ISO-2022-JP", 0));
        // The 1978 set's escape, `ESC $ @`, which decoders read as the later set's.
        let mut older = ISO_2022_JP.encode("東京").0.into_owned();
        assert!(older.starts_with(b"\x1b$B"));
        older[2] = b'@';
        let d = decode(&older, None);
        assert_eq!((d.text.as_str(), d.encoding.name()), ("東京", "ISO-2022-JP"));
        let half_width = decode(b"Tokyo \x1b(I\x36\x40\x1b(B 2025", None);
        assert_eq!((half_width.text.as_str(), half_width.encoding.name()), ("Tokyo ｶﾀ 2025", "ISO-2022-JP"));
        for plain in [
            "\x1b[31mred\x1b[0m text",
            "\x1b(B back to ASCII only",
            "a stray \x1b$B\u{7f} escape",
            "ends in an escape \x1b",
        ] {
            let d = decode(plain.as_bytes(), None);
            assert_eq!((d.text.as_str(), d.encoding.name()), (plain, "UTF-8"));
        }
    }

    /// A legacy page with a few characters outside ASCII among much ASCII
    /// (under 2% of its bytes broken as UTF-8) is still read as legacy; a
    /// UTF-8 page with a broken byte among its valid sequences as UTF-8.
    #[test]
    fn few_legacy_bytes_are_not_read_as_broken_utf8() {
        let english =
            "The city council\u{2019}s budget for 2026 was approved on Monday by a large majority of its members, \
                       who said that roads and schools would get most of the money in the coming years.";
        let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(english);
        let d = decode(&bytes, None);
        assert_eq!((d.text.as_str(), d.encoding.name(), d.replaced_bytes), (english, "windows-1252", 0));
        let mut bytes =
            "Der Stadtrat beschließt über die Straßenbahn und die Brücke am Fluss, sagte er. ".repeat(4).into_bytes();
        bytes.extend_from_slice(b"Ein kaputtes Byte: \xFF.");
        let d = decode(&bytes, None);
        assert_eq!((d.encoding.name(), d.replaced_bytes), ("UTF-8", 1));
        assert!(d.text.starts_with("Der Stadtrat beschließt"));
    }

    #[test]
    fn invalid_utf8_is_replaced_not_fatal() {
        let d = decode(b"valid text \xFF\xFE with a broken sequence in the middle of a long line", None);
        assert!(d.text.contains("valid text"));
        assert!(d.text.contains("broken sequence"));
    }

    #[test]
    fn every_malformed_byte_is_counted() {
        // Many malformed sequences in a row: each is replaced and counted,
        // through more than one buffer's worth of output.
        let mut bytes = vec![0xFFu8; 100_000];
        bytes.extend_from_slice(b" end");
        let d = decode(&bytes, Some(UTF_8));
        assert_eq!(d.replaced_bytes, 100_000);
        assert_eq!(d.text.chars().filter(|&c| c == char::REPLACEMENT_CHARACTER).count(), 100_000);
        assert!(d.text.ends_with(" end"));
    }

    #[test]
    fn utf16_without_bom_is_sniffed() {
        let mut bytes = Vec::new();
        for unit in "Plain English text".encode_utf16() {
            bytes.extend_from_slice(&unit.to_le_bytes());
        }
        assert_eq!(decode(&bytes, None).text, "Plain English text");
    }
}
