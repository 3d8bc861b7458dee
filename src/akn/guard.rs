//! What is checked before any XML is parsed: size, encoding, and the absence of a DTD.

use super::MAX_AKN_BYTES;
use crate::{Error, Result};

/// The bytes as UTF-8 text without a byte-order mark, refused when too large or not UTF-8.
pub(crate) fn decode(bytes: &[u8]) -> Result<&str> {
    if bytes.len() > MAX_AKN_BYTES {
        let len = bytes.len();
        return Err(Error::input(
            format!("the Akoma Ntoso document is {len} bytes, over the limit of {MAX_AKN_BYTES} bytes; it was not read"),
            format!("tài liệu Akoma Ntoso có {len} byte, vượt giới hạn {MAX_AKN_BYTES} byte; tài liệu không được đọc"),
        ));
    }
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(Error::input(
            "the Akoma Ntoso document is UTF-16; only UTF-8 is read (convert it first)",
            "tài liệu Akoma Ntoso được mã hóa UTF-16; chỉ đọc được UTF-8 (hãy chuyển đổi trước)",
        ));
    }
    let bytes = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    std::str::from_utf8(bytes).map_err(|e| {
        let at = e.valid_up_to();
        Error::input(
            format!("the Akoma Ntoso document is not UTF-8 (byte {at} is not part of a UTF-8 character)"),
            format!("tài liệu Akoma Ntoso không phải là UTF-8 (byte {at} không thuộc ký tự UTF-8 nào)"),
        )
    })
}

/// The document has a DTD (at this line, when known): refused.
pub(crate) fn dtd_refused(line: Option<usize>) -> Error {
    let (en, vi) = match line {
        Some(line) => (
            format!("a document type declaration (<!DOCTYPE, line {line})"),
            format!("khai báo kiểu tài liệu (<!DOCTYPE, dòng {line})"),
        ),
        None => ("a DTD".to_owned(), "DTD".to_owned()),
    };
    Error::input(
        format!("the Akoma Ntoso document has {en}; DTDs are refused, so that no entity can be expanded or fetched"),
        format!("tài liệu Akoma Ntoso có {vi}; DTD bị từ chối để không thực thể nào có thể được mở rộng hay tải về"),
    )
}

/// The text after a byte-order mark and white space.
fn start(text: &str) -> &str {
    text.trim_start_matches('\u{feff}').trim_start()
}

pub(crate) fn looks_like_akn(text: &str) -> bool {
    let t = start(text);
    if t.starts_with("<?xml") {
        return true;
    }
    let Some(rest) = t.strip_prefix('<') else {
        return false;
    };
    let name: &str = rest
        .split(|c: char| c.is_whitespace() || c == '>' || c == '/')
        .next()
        .unwrap_or_default();
    let local = name.rsplit(':').next().unwrap_or_default();
    local == "akomaNtoso"
}

/// Refuses a document type declaration. It can only stand in the prolog (before the root
/// element), which holds nothing else but the XML declaration, processing instructions,
/// comments and white space: those are skipped, and a `<!DOCTYPE` there is refused.
pub(crate) fn refuse_dtd(text: &str) -> Result<()> {
    let mut t = text.trim_start_matches('\u{feff}');
    loop {
        t = t.trim_start();
        if let Some(rest) = t.strip_prefix("<?") {
            match rest.find("?>") {
                Some(end) => t = rest.get(end.saturating_add(2)..).unwrap_or_default(),
                None => return Ok(()),
            }
        } else if let Some(rest) = t.strip_prefix("<!--") {
            match rest.find("-->") {
                Some(end) => t = rest.get(end.saturating_add(3)..).unwrap_or_default(),
                None => return Ok(()),
            }
        } else if t.starts_with("<!DOCTYPE") || t.starts_with("<!doctype") {
            let line = text
                .len()
                .checked_sub(t.len())
                .and_then(|at| text.get(..at))
                .map_or(1, |before| before.matches('\n').count().saturating_add(1));
            return Err(dtd_refused(Some(line)));
        } else {
            return Ok(());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn doctype_is_found_after_declaration_and_comments() {
        let x = "<?xml version=\"1.0\"?>\n<!-- c -->\n<!DOCTYPE akomaNtoso [<!ENTITY a \"b\">]>\n<akomaNtoso/>";
        let e = refuse_dtd(x).unwrap_err().to_string();
        assert!(
            e.contains("line 3") && e.contains("DTDs are refused"),
            "{e}"
        );
        assert!(refuse_dtd("<?xml version=\"1.0\"?><akomaNtoso/>").is_ok());
        // A DOCTYPE-looking string inside the document is content, not a declaration.
        assert!(refuse_dtd("<akomaNtoso><!-- <!DOCTYPE x> --></akomaNtoso>").is_ok());
    }

    #[test]
    fn sizes_and_encodings() {
        assert!(decode(b"\xEF\xBB\xBF<a/>").is_ok_and(|s| s == "<a/>"));
        let e = decode(b"<a>\xE0</a>").unwrap_err().to_string();
        assert!(e.contains("byte 3"), "{e}");
    }
}
