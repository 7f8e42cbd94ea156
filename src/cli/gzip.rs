//! Gzip input read as `gzip -d` reads it: member after member (`cat a.gz
//! b.gz`), then zeros after the last member ignored (padding some tools
//! add) and anything else after it an error that says so, once the data
//! before it has been read.

use std::io::{self, BufRead, Read};

/// The members of a gzip stream, decompressed one after another.
pub(super) struct Members<R: BufRead> {
    /// The member being read; `None` once the stream has ended.
    member: Option<flate2::bufread::GzDecoder<PushBack<R>>>,
}

impl<R: BufRead> Members<R> {
    /// The stream `reader` holds, which starts with a gzip member.
    pub(super) fn new(reader: R) -> Members<R> {
        Members { member: Some(flate2::bufread::GzDecoder::new(PushBack { front: Vec::new(), inner: reader })) }
    }
}

impl<R: BufRead> Read for Members<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        loop {
            let Some(member) = self.member.as_mut() else {
                return Ok(0);
            };
            let n = member.read(buf)?;
            if n > 0 || buf.is_empty() {
                return Ok(n);
            }
            // The member has ended: what follows it?
            let mut rest = self.member.take().expect("a member").into_inner();
            match rest.peek(2)? {
                [] => return Ok(0),
                [0x1f, 0x8b] => self.member = Some(flate2::bufread::GzDecoder::new(rest)),
                _ => return rest.zeros_to_the_end().map(|()| 0),
            }
        }
    }
}

/// A reader that can look at its next bytes without taking them.
struct PushBack<R> {
    /// Bytes looked at and not yet taken, before `inner`'s.
    front: Vec<u8>,
    inner: R,
}

impl<R: BufRead> PushBack<R> {
    /// The next `n` bytes (fewer at the end of the input), left to be read.
    fn peek(&mut self, n: usize) -> io::Result<&[u8]> {
        while self.front.len() < n {
            let available = self.inner.fill_buf()?;
            if available.is_empty() {
                break;
            }
            let take = (n - self.front.len()).min(available.len());
            self.front.extend_from_slice(&available[..take]);
            self.inner.consume(take);
        }
        Ok(&self.front[..n.min(self.front.len())])
    }

    /// Reads to the end: fine if every byte left is zero, otherwise an error.
    fn zeros_to_the_end(&mut self) -> io::Result<()> {
        loop {
            let available = self.fill_buf()?;
            if available.is_empty() {
                return Ok(());
            }
            if available.iter().any(|&b| b != 0) {
                return Err(io::Error::new(io::ErrorKind::InvalidData, "trailing bytes after the gzip data"));
            }
            let n = available.len();
            self.consume(n);
        }
    }
}

impl<R: BufRead> Read for PushBack<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let available = self.fill_buf()?;
        let n = available.len().min(buf.len());
        buf[..n].copy_from_slice(&available[..n]);
        self.consume(n);
        Ok(n)
    }
}

impl<R: BufRead> BufRead for PushBack<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        if self.front.is_empty() {
            self.inner.fill_buf()
        } else {
            Ok(&self.front)
        }
    }

    fn consume(&mut self, n: usize) {
        if self.front.is_empty() {
            self.inner.consume(n);
        } else {
            self.front.drain(..n.min(self.front.len()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn gzipped(bytes: &[u8]) -> Vec<u8> {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        e.write_all(bytes).unwrap();
        e.finish().unwrap()
    }

    /// Reads `data` through [`Members`], a few bytes at a time from a
    /// reader with a small buffer, so that members end and start across
    /// reads: what came out, and the error at the end if any.
    fn read_all(data: &[u8], capacity: usize) -> (Vec<u8>, Option<String>) {
        let mut members = Members::new(io::BufReader::with_capacity(capacity, data));
        let mut out = Vec::new();
        let mut buf = [0u8; 7];
        loop {
            match members.read(&mut buf) {
                Ok(0) => return (out, None),
                Ok(n) => out.extend_from_slice(&buf[..n]),
                Err(e) => return (out, Some(e.to_string())),
            }
        }
    }

    #[test]
    fn members_then_zeros_or_garbage() {
        let (a, b) = (gzipped(b"first member\n"), gzipped(b"second\n"));
        for capacity in [1, 2, 3, 64, 1 << 16] {
            let both = [&a[..], &b[..]].concat();
            assert_eq!(read_all(&both, capacity), (b"first member\nsecond\n".to_vec(), None));
            let padded = [&both[..], &[0u8; 100][..]].concat();
            assert_eq!(read_all(&padded, capacity), (b"first member\nsecond\n".to_vec(), None));
            for tail in [&b"garbage"[..], b"\x1f", b"\x00\x00x"] {
                let (out, error) = read_all(&[&both[..], tail].concat(), capacity);
                assert_eq!(out, b"first member\nsecond\n", "{tail:?}");
                assert_eq!(error.as_deref(), Some("trailing bytes after the gzip data"), "{tail:?}");
            }
            // A second member cut short is a read error, after the first.
            let (out, error) = read_all(&[&a[..], &b[..b.len() - 3]].concat(), capacity);
            assert!(out.starts_with(b"first member\n") && error.is_some(), "{out:?} {error:?}");
        }
        assert_eq!(read_all(&gzipped(b""), 8), (Vec::new(), None));
    }
}
