//! A small XML writer: elements, attributes and text written straight into a `String`, escaped,
//! with the characters XML 1.0 cannot carry refused rather than dropped.

use crate::{Error, Result};

/// Output being written, with the indentation of the current element.
pub(crate) struct Xml {
    pub out: String,
    depth: usize,
}

impl Xml {
    pub fn with_capacity(bytes: usize) -> Self {
        Xml {
            out: String::with_capacity(bytes),
            depth: 0,
        }
    }

    /// A new line indented to the current depth.
    fn newline(&mut self) {
        self.out.push('\n');
        for _ in 0..self.depth {
            self.out.push_str("  ");
        }
    }

    /// `<name a="v" ...>` on a new line; `close` later writes its end tag.
    pub fn open(&mut self, name: &str, attrs: &[(&str, &str)]) -> Result<()> {
        self.newline();
        self.start_tag(name, attrs)?;
        self.out.push('>');
        self.depth = self.depth.saturating_add(1);
        Ok(())
    }

    /// `</name>` on a new line, one level out.
    pub fn close(&mut self, name: &str) {
        self.depth = self.depth.saturating_sub(1);
        self.newline();
        self.out.push_str("</");
        self.out.push_str(name);
        self.out.push('>');
    }

    /// `<name a="v" .../>` on a new line.
    pub fn empty(&mut self, name: &str, attrs: &[(&str, &str)]) -> Result<()> {
        self.newline();
        self.start_tag(name, attrs)?;
        self.out.push_str("/>");
        Ok(())
    }

    /// `<name a="v">text</name>` on one new line, the text exactly as given.
    pub fn leaf(&mut self, name: &str, attrs: &[(&str, &str)], text: &str) -> Result<()> {
        self.newline();
        self.start_tag(name, attrs)?;
        self.out.push('>');
        text_into(&mut self.out, text)?;
        self.out.push_str("</");
        self.out.push_str(name);
        self.out.push('>');
        Ok(())
    }

    /// `<outer><inner>text</inner></outer>` on one new line (`<p><docTitle>...</docTitle></p>`).
    pub fn leaf_in(
        &mut self,
        outer: &str,
        inner: &str,
        attrs: &[(&str, &str)],
        text: &str,
    ) -> Result<()> {
        self.newline();
        self.out.push('<');
        self.out.push_str(outer);
        self.out.push('>');
        self.start_tag(inner, attrs)?;
        self.out.push('>');
        text_into(&mut self.out, text)?;
        self.out.push_str("</");
        self.out.push_str(inner);
        self.out.push_str("></");
        self.out.push_str(outer);
        self.out.push('>');
        Ok(())
    }

    /// One `<p>` per line of `text` (lines are separated by `\n`).
    pub fn lines(&mut self, text: &str) -> Result<()> {
        for line in text.split('\n') {
            self.leaf("p", &[], line)?;
        }
        Ok(())
    }

    fn start_tag(&mut self, name: &str, attrs: &[(&str, &str)]) -> Result<()> {
        self.out.push('<');
        self.out.push_str(name);
        for (k, v) in attrs {
            self.out.push(' ');
            self.out.push_str(k);
            self.out.push_str("=\"");
            attr_into(&mut self.out, v)?;
            self.out.push('"');
        }
        Ok(())
    }
}

/// Appends `s` escaped as element content (`&`, `<`, `>`, and CR so that it survives
/// line-end normalisation).
pub(crate) fn text_into(out: &mut String, s: &str) -> Result<()> {
    escape_into(out, s, false)
}

/// Appends `s` escaped as a double-quoted attribute value (also `"`, tab and line ends, which
/// attribute-value normalisation would turn into spaces).
pub(crate) fn attr_into(out: &mut String, s: &str) -> Result<()> {
    escape_into(out, s, true)
}

fn escape_into(out: &mut String, s: &str, attr: bool) -> Result<()> {
    let bytes = s.as_bytes();
    let mut start = 0usize;
    for (i, &b) in bytes.iter().enumerate() {
        let rep = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'\r' => "&#13;",
            b'"' if attr => "&quot;",
            b'\n' if attr => "&#10;",
            b'\t' if attr => "&#9;",
            b'\t' | b'\n' => continue,
            0..=0x1F => return Err(unrepresentable(s, i)),
            // U+FFFE and U+FFFF (EF BF BE, EF BF BF) are not XML characters either.
            0xEF if matches!(
                bytes.get(i.saturating_add(1)..i.saturating_add(3)),
                Some([0xBF, 0xBE | 0xBF])
            ) =>
            {
                return Err(unrepresentable(s, i))
            }
            _ => continue,
        };
        out.push_str(s.get(start..i).unwrap_or_default());
        out.push_str(rep);
        start = i.saturating_add(1);
    }
    out.push_str(s.get(start..).unwrap_or_default());
    Ok(())
}

fn unrepresentable(s: &str, at: usize) -> Error {
    let c = s.get(at..).and_then(|t| t.chars().next()).unwrap_or('\0');
    let context: String = s
        .get(..at)
        .unwrap_or_default()
        .chars()
        .rev()
        .take(30)
        .collect();
    let context: String = context.chars().rev().collect();
    let code = u32::from(c);
    Error::input(
        format!(
            "the text holds U+{code:04X}, which XML 1.0 cannot carry (after {context:?}); it cannot be written as Akoma Ntoso"
        ),
        format!(
            "văn bản có ký tự U+{code:04X}, ký tự mà XML 1.0 không chứa được (sau {context:?}); không thể ghi văn bản thành Akoma Ntoso"
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_line_ends() {
        let mut s = String::new();
        text_into(&mut s, "a<b & c>d\r\n\"q\"").unwrap();
        assert_eq!(s, "a&lt;b &amp; c&gt;d&#13;\n\"q\"");
        let mut a = String::new();
        attr_into(&mut a, "x\"y\tz\n").unwrap();
        assert_eq!(a, "x&quot;y&#9;z&#10;");
    }

    #[test]
    fn refuses_what_xml_cannot_carry() {
        let mut s = String::new();
        let e = text_into(&mut s, "Điều 1\u{1}").unwrap_err();
        assert!(e.to_string().contains("U+0001"), "{e}");
        let e = text_into(&mut s, "x\u{FFFE}").unwrap_err();
        assert!(e.to_string().contains("U+FFFE"), "{e}");
        // U+FFFD (EF BF BD) is an ordinary character.
        let mut ok = String::new();
        text_into(&mut ok, "x\u{FFFD}ắ").unwrap();
        assert_eq!(ok, "x\u{FFFD}ắ");
    }
}
