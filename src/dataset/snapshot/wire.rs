//! The snapshot's wire format: LEB128 integers, and strings as indices into a table of spans
//! over one UTF-8 text.
//!
//! Layout of `snapshot.bin`: the magic `QYS` and a format byte; the number of distinct strings
//! and, for each, its (offset, length) in bytes within `snapshot.str`; then the dataset, every
//! string written as its index. The text is `include_str!`ed, so the compiler has checked it is
//! UTF-8 once and for all: reading a string is a bounds-checked slice, with no validation, no
//! escapes to undo and no copy beyond the final `String`.

use std::fmt;

/// The first bytes of a snapshot: "QYS" and the format version (bumped on any change of layout).
pub(super) const MAGIC: [u8; 4] = *b"QYS\x01";

/// Why a snapshot does not read, and at which byte.
#[derive(Debug)]
pub(super) struct WireError {
    pub(super) at: usize,
    pub(super) what: String,
}

impl fmt::Display for WireError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "at byte {}: {}", self.at, self.what)
    }
}

pub(super) type Result<T> = std::result::Result<T, WireError>;

/// A cursor over a snapshot, with its strings resolved.
pub(super) struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
    strings: Vec<&'a str>,
}

impl<'a> Reader<'a> {
    /// Checks the magic and reads the string table over `text`.
    pub(super) fn new(bytes: &'a [u8], text: &'a str) -> Result<Self> {
        let mut r = Reader {
            bytes,
            pos: 0,
            strings: Vec::new(),
        };
        for m in MAGIC {
            if r.byte()? != m {
                return Err(r.error("not a quyche snapshot of this version (wrong magic)"));
            }
        }
        let n = r.len()?;
        let mut strings = Vec::with_capacity(n);
        for _ in 0..n {
            let start = r.usize()?;
            let len = r.usize()?;
            let s = start
                .checked_add(len)
                .and_then(|end| text.get(start..end))
                .ok_or_else(|| r.error(format!("string {start}+{len} is outside the text")))?;
            strings.push(s);
        }
        r.strings = strings;
        Ok(r)
    }

    /// An error at the current position.
    pub(super) fn error(&self, what: impl Into<String>) -> WireError {
        WireError {
            at: self.pos,
            what: what.into(),
        }
    }

    /// Whether every byte has been read.
    pub(super) fn at_end(&self) -> bool {
        self.pos == self.bytes.len()
    }

    pub(super) fn byte(&mut self) -> Result<u8> {
        let b = *self
            .bytes
            .get(self.pos)
            .ok_or_else(|| self.error("the snapshot ends early"))?;
        self.pos = self.pos.saturating_add(1);
        Ok(b)
    }

    pub(super) fn u64(&mut self) -> Result<u64> {
        let mut n = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            n |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(n);
            }
        }
        Err(self.error("an integer is longer than 64 bits"))
    }

    pub(super) fn usize(&mut self) -> Result<usize> {
        let n = self.u64()?;
        usize::try_from(n).map_err(|_| self.error(format!("{n} does not fit a usize")))
    }

    /// A count of items that follow: never more than the bytes left, so that a corrupt count
    /// cannot reserve unbounded memory (every item takes at least one byte).
    pub(super) fn len(&mut self) -> Result<usize> {
        let n = self.usize()?;
        if n > self.bytes.len().saturating_sub(self.pos) {
            return Err(self.error(format!("a count of {n} exceeds the bytes left")));
        }
        Ok(n)
    }

    pub(super) fn str(&mut self) -> Result<&'a str> {
        let i = self.usize()?;
        match self.strings.get(i) {
            Some(s) => Ok(s),
            None => Err(self.error(format!("string index {i} is outside the table"))),
        }
    }

    pub(super) fn string(&mut self) -> Result<String> {
        self.str().map(str::to_owned)
    }
}

/// Builds a snapshot: the dataset's bytes and its distinct strings.
#[cfg(test)]
#[derive(Default)]
pub(super) struct Writer {
    bytes: Vec<u8>,
    ids: std::collections::HashMap<String, usize>,
    strings: Vec<String>,
}

#[cfg(test)]
impl Writer {
    pub(super) fn byte(&mut self, b: u8) {
        self.bytes.push(b);
    }

    pub(super) fn u64(&mut self, n: u64) {
        put_u64(&mut self.bytes, n);
    }

    pub(super) fn usize(&mut self, n: usize) {
        self.u64(n as u64);
    }

    pub(super) fn str(&mut self, s: &str) {
        let next = self.strings.len();
        let id = *self.ids.entry(s.to_owned()).or_insert(next);
        if id == next {
            self.strings.push(s.to_owned());
        }
        self.usize(id);
    }

    /// The snapshot's bytes and text. The text holds each distinct string once, longest first,
    /// and a string found inside one already placed (a duty's quote inside its provision's
    /// text, a number inside a citation) takes no room of its own.
    pub(super) fn finish(self) -> (Vec<u8>, String) {
        let mut order: Vec<usize> = (0..self.strings.len()).collect();
        order.sort_by(|&a, &b| {
            let (a, b) = (&self.strings[a], &self.strings[b]);
            b.len().cmp(&a.len()).then_with(|| a.cmp(b))
        });
        let mut text = String::new();
        let mut spans = vec![(0usize, 0usize); self.strings.len()];
        for i in order {
            let s = &self.strings[i];
            let start = match text.find(s.as_str()) {
                Some(at) => at,
                None => {
                    text.push_str(s);
                    text.len() - s.len()
                }
            };
            spans[i] = (start, s.len());
        }
        let mut out = MAGIC.to_vec();
        put_u64(&mut out, spans.len() as u64);
        for (start, len) in spans {
            put_u64(&mut out, start as u64);
            put_u64(&mut out, len as u64);
        }
        out.extend_from_slice(&self.bytes);
        (out, text)
    }
}

#[cfg(test)]
fn put_u64(out: &mut Vec<u8>, mut n: u64) {
    loop {
        let low = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            out.push(low);
            return;
        }
        out.push(low | 0x80);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers_and_strings_round_trip() {
        let mut w = Writer::default();
        for n in [0u64, 1, 127, 128, 300, u64::from(u32::MAX), u64::MAX] {
            w.u64(n);
        }
        w.str("Điều 20");
        w.str("khoản 2 Điều 20");
        w.str("Điều 20");
        let (bytes, text) = w.finish();
        // "Điều 20" lies inside the longer citation: stored once.
        assert_eq!(text, "khoản 2 Điều 20");
        let mut r = Reader::new(&bytes, &text).unwrap();
        for n in [0u64, 1, 127, 128, 300, u64::from(u32::MAX), u64::MAX] {
            assert_eq!(r.u64().unwrap(), n);
        }
        assert_eq!(r.str().unwrap(), "Điều 20");
        assert_eq!(r.str().unwrap(), "khoản 2 Điều 20");
        assert_eq!(r.str().unwrap(), "Điều 20");
        assert!(r.at_end());
        assert!(r.byte().is_err());
    }

    #[test]
    fn corrupt_input_is_an_error_not_a_panic() {
        assert!(Reader::new(b"QYS", "").is_err());
        assert!(Reader::new(b"XYZ\x01\x00", "").is_err());
        // A span past the text, and one that cuts "Đ" (two bytes) in half.
        assert!(Reader::new(b"QYS\x01\x01\x00\x05", "abc").is_err());
        assert!(Reader::new(b"QYS\x01\x01\x00\x01", "Đ").is_err());
        // An index outside the table, a count larger than the input, an endless integer.
        let mut r = Reader::new(b"QYS\x01\x00\x03\x05", "").unwrap();
        assert!(r.str().is_err());
        assert!(r.len().is_err());
        let mut r = Reader::new(
            &[
                b'Q', b'Y', b'S', 1, 0, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
                0x01,
            ],
            "",
        )
        .unwrap();
        assert!(r.u64().is_err());
    }
}
