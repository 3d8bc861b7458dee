//! Byte-level mutations of an input, with a dictionary of tokens that matter to the target.

use quyche_test_support::choice::{Choices, Rng};

/// Bytes that often change a parser's path.
const INTERESTING: [u8; 14] = [
    0, b'\n', b'\r', b' ', b'\t', b'.', b')', b'"', b'\\', b'=', b'[', b'{', 0x7F, 0xFF,
];

/// Applies one to four random mutations to `data`, keeping it under `max_len` bytes.
pub fn mutate(
    data: &mut Vec<u8>,
    rng: &mut Rng,
    dict: &[&str],
    other: Option<&[u8]>,
    max_len: usize,
) {
    let rounds = 1 + rng.below(4);
    for _ in 0..rounds {
        let len = data.len();
        match rng.below(11) {
            0 if len > 0 => {
                let i = rng.below(len);
                if let Some(b) = data.get_mut(i) {
                    *b ^= 1 << rng.below(8);
                }
            }
            1 => {
                let i = rng.below(len + 1);
                let b = *rng.pick(&INTERESTING).unwrap_or(&0);
                data.insert(i, b);
            }
            2 if len > 0 => {
                let i = rng.below(len);
                let n = 1 + rng.below((len - i).min(64));
                data.drain(i..i + n);
            }
            3 if len > 0 => {
                // Duplicate a run (repeated headings, repeated numbers).
                let i = rng.below(len);
                let n = 1 + rng.below((len - i).min(256));
                let run: Vec<u8> = data[i..i + n].to_vec();
                let at = rng.below(len + 1);
                data.splice(at..at, run);
            }
            4 | 5 if !dict.is_empty() => {
                let tok = rng.pick(dict).copied().unwrap_or("");
                let at = char_boundary(data, rng.below(len + 1));
                data.splice(at..at, tok.bytes());
            }
            6 if len > 0 => {
                let i = rng.below(len);
                if let Some(b) = data.get_mut(i) {
                    *b = *rng.pick(&INTERESTING).unwrap_or(&0);
                }
            }
            7 if len > 0 => {
                let n = rng.below(len);
                data.truncate(n);
            }
            8 => {
                if let Some(o) = other.filter(|o| !o.is_empty()) {
                    // Splice a slice of another corpus entry.
                    let i = rng.below(o.len());
                    let n = 1 + rng.below((o.len() - i).min(512));
                    let at = rng.below(len + 1);
                    data.splice(at..at, o[i..i + n].iter().copied());
                }
            }
            9 if len > 1 => {
                // Swap two lines.
                let text = String::from_utf8_lossy(data).into_owned();
                let mut lines: Vec<&str> = text.split('\n').collect();
                let (a, b) = (rng.below(lines.len()), rng.below(lines.len()));
                lines.swap(a, b);
                *data = lines.join("\n").into_bytes();
            }
            _ => {
                // Replace a digit run with another number.
                if let Some(i) = data.iter().position(|b| b.is_ascii_digit()) {
                    let skip = rng.below(len - i);
                    let start = data
                        .iter()
                        .skip(i + skip)
                        .position(|b| b.is_ascii_digit())
                        .map_or(i, |p| p + i + skip);
                    let end = data[start..]
                        .iter()
                        .position(|b| !b.is_ascii_digit())
                        .map_or(data.len(), |p| p + start);
                    let n = rng.int().to_string();
                    data.splice(start..end, n.bytes());
                }
            }
        }
    }
    data.truncate(max_len);
}

/// The nearest UTF-8 character boundary at or before `at` (so inserted tokens stay text).
fn char_boundary(data: &[u8], mut at: usize) -> usize {
    while at > 0 && at < data.len() && (data[at] & 0xC0) == 0x80 {
        at -= 1;
    }
    at.min(data.len())
}
