//! Checking raw bytes before reading them as text: size, encoding, binary data.

use crate::{Error, Result};

/// The largest input the importer reads: 64 MiB (the longest Vietnamese codes are a few MB).
pub const MAX_INPUT_BYTES: usize = 64 * 1024 * 1024;

/// The 1-based line of a byte offset.
fn line_at(bytes: &[u8], offset: usize) -> usize {
    bytes
        .iter()
        .take(offset)
        .filter(|b| **b == b'\n')
        .count()
        .saturating_add(1)
}

/// The bytes as UTF-8 text without a BOM, or an error saying what is wrong and where.
pub(crate) fn decode(bytes: &[u8]) -> Result<&str> {
    if bytes.len() > MAX_INPUT_BYTES {
        return Err(Error::input(format!(
            "the input is too large: {} bytes, the limit is {} bytes (64 MiB)",
            bytes.len(),
            MAX_INPUT_BYTES
        )));
    }
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(Error::input(
            "the input is UTF-16 (it starts with a UTF-16 byte order mark); convert it to UTF-8"
                .to_owned(),
        ));
    }
    let bytes = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    if let Some(pos) = bytes.iter().position(|b| *b == 0) {
        return Err(Error::input(format!(
            "the input is binary data, not text: NUL byte at offset {pos} (line {})",
            line_at(bytes, pos)
        )));
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let pos = e.valid_up_to();
        let byte = bytes.get(pos).copied().unwrap_or(0);
        Error::input(format!(
                "the input is not UTF-8: invalid byte 0x{byte:02X} at offset {pos} (line {}); it may be in a legacy Vietnamese encoding (Latin-1/Windows-1258, TCVN3, VNI): convert it to UTF-8",
                line_at(bytes, pos)
            ))
    })?;
    check_not_empty(text)?;
    Ok(text)
}

/// An error when the text has nothing but whitespace.
pub(crate) fn check_not_empty(text: &str) -> Result<()> {
    if text
        .chars()
        .all(|c| c.is_whitespace() || matches!(c, '\u{feff}' | '\u{200b}'))
    {
        let what = if text.is_empty() {
            "the input is empty"
        } else {
            "the input has only whitespace"
        };
        return Err(Error::Input {
            what: what.to_owned(),
        });
    }
    Ok(())
}
