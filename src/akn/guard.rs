//! What is checked before any XML is parsed: size, encoding, and the absence of a DTD.

use super::MAX_AKN_BYTES;
use crate::{Error, Result};

/// The bytes as UTF-8 text without a byte-order mark, refused when too large or not UTF-8.
pub(crate) fn decode(bytes: &[u8]) -> Result<&str> {
    if bytes.len() > MAX_AKN_BYTES {
        return Err(Error::input(format!(
            "the Akoma Ntoso document is {} bytes, over the limit of {MAX_AKN_BYTES} bytes; it was not read",
            bytes.len()
        )));
    }
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(Error::input(
            "the Akoma Ntoso document is UTF-16; only UTF-8 is read (convert it first)",
        ));
    }
    let bytes = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    std::str::from_utf8(bytes).map_err(|e| {
        Error::input(format!(
            "the Akoma Ntoso document is not UTF-8 (byte {} is not part of a UTF-8 character)",
            e.valid_up_to()
        ))
    })
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
            return Err(Error::input(format!(
                "the Akoma Ntoso document has a document type declaration (<!DOCTYPE, line {line}); DTDs are refused, so that no entity can be expanded or fetched"
            )));
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
