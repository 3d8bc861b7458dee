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

/// The bytes as UTF-8 text without a BOM, or an error saying what is wrong and where: the
/// checks [`super::import_bytes`] makes before it reads anything.
///
/// # Errors
/// [`Error::Input`] for bytes that are too large, UTF-16, binary or not UTF-8.
///
/// # Example
/// ```
/// assert_eq!(quyche::import::decode(b"\xEF\xBB\xBFLu\xE1\xBA\xADt")?, "Luật");
/// assert!(quyche::import::decode(b"\xFF\xFEL\0").is_err());
/// # Ok::<(), quyche::Error>(())
/// ```
pub fn decode(bytes: &[u8]) -> Result<&str> {
    if bytes.len() > MAX_INPUT_BYTES {
        let len = bytes.len();
        return Err(Error::input(
            format!("the input is too large: {len} bytes, the limit is {MAX_INPUT_BYTES} bytes (64 MiB)"),
            format!("dữ liệu đầu vào quá lớn: {len} byte, giới hạn là {MAX_INPUT_BYTES} byte (64 MiB)"),
        ));
    }
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(Error::input(
            "the input is UTF-16 (it starts with a UTF-16 byte order mark); convert it to UTF-8",
            "dữ liệu đầu vào được mã hóa UTF-16 (bắt đầu bằng dấu thứ tự byte của UTF-16); hãy chuyển sang UTF-8",
        ));
    }
    let bytes = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    if looks_like_utf16(bytes) {
        return Err(Error::input(
            "the input is UTF-16 without a byte order mark (every other byte is NUL); convert it to UTF-8",
            "dữ liệu đầu vào được mã hóa UTF-16 không có dấu thứ tự byte (cứ cách một byte lại có một byte NUL); hãy chuyển sang UTF-8",
        ));
    }
    if let Some(pos) = bytes.iter().position(|b| *b == 0) {
        let line = line_at(bytes, pos);
        return Err(Error::input(
            format!("the input is binary data, not text: NUL byte at offset {pos} (line {line})"),
            format!("dữ liệu đầu vào là dữ liệu nhị phân, không phải văn bản: byte NUL ở vị trí {pos} (dòng {line})"),
        ));
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let pos = e.valid_up_to();
        let byte = bytes.get(pos).copied().unwrap_or(0);
        let line = line_at(bytes, pos);
        Error::input(
            format!("the input is not UTF-8: invalid byte 0x{byte:02X} at offset {pos} (line {line}); it may be in a legacy Vietnamese encoding (Latin-1/Windows-1258, TCVN3, VNI): convert it to UTF-8"),
            format!("dữ liệu đầu vào không phải là UTF-8: byte 0x{byte:02X} không hợp lệ ở vị trí {pos} (dòng {line}); có thể dữ liệu dùng một bảng mã tiếng Việt cũ (Latin-1/Windows-1258, TCVN3, VNI): hãy chuyển sang UTF-8"),
        )
    })?;
    check_not_empty(text)?;
    if looks_like_html(text) {
        return Err(Error::input(
            "the input is an HTML page, not plain text (it starts with an HTML tag); save the page as plain text (UTF-8) and import that",
            "dữ liệu đầu vào là một trang HTML, không phải văn bản thuần (bắt đầu bằng một thẻ HTML); hãy lưu trang thành văn bản thuần (UTF-8) rồi nhập tệp đó",
        ));
    }
    Ok(text)
}

/// Whether the first bytes read as UTF-16 (LE or BE) text: among the first 256 bytes, NUL at
/// a third or more of the odd (or even) offsets, and none at the others. Vietnamese text in
/// UTF-16 has a NUL high byte for every ASCII letter, space and digit.
fn looks_like_utf16(bytes: &[u8]) -> bool {
    let head = bytes.get(..bytes.len().min(256)).unwrap_or(bytes);
    if head.len() < 4 {
        return false;
    }
    let zeros = |skip: usize| {
        head.iter()
            .skip(skip)
            .step_by(2)
            .filter(|b| **b == 0)
            .count()
    };
    let (even, odd) = (zeros(0), zeros(1));
    let half = head.len() / 2;
    (even == 0 && odd.saturating_mul(3) >= half) || (odd == 0 && even.saturating_mul(3) >= half)
}

/// Whether the text is an HTML document: its first non-blank characters open a doctype or an
/// `<html>`, `<head>` or `<body>` tag.
fn looks_like_html(text: &str) -> bool {
    let start: String = text
        .trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}')
        .chars()
        .take(16)
        .flat_map(char::to_lowercase)
        .collect();
    ["<!doctype html", "<html", "<head", "<body"]
        .iter()
        .any(|t| start.starts_with(t))
}

/// An error when the text has nothing but whitespace.
pub(crate) fn check_not_empty(text: &str) -> Result<()> {
    if text
        .chars()
        .all(|c| c.is_whitespace() || matches!(c, '\u{feff}' | '\u{200b}'))
    {
        return Err(if text.is_empty() {
            Error::input("the input is empty", "dữ liệu đầu vào trống")
        } else {
            Error::input(
                "the input has only whitespace",
                "dữ liệu đầu vào chỉ có khoảng trắng",
            )
        });
    }
    Ok(())
}
