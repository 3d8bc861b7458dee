//! What one cleaned line is: a heading (Phần, Chương, Mục, Điều, Phụ lục), a numbered
//! clause ("2."), a lettered point ("a)") or plain text. Mentions inside a sentence
//! ("Điều 5 Luật này", "Phụ lục 02 của Thông tư") are text, never headings.

use crate::model::ProvisionKind;

/// The class of a cleaned line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Class<'a> {
    /// Nothing on the line.
    Blank,
    /// Phần, Chương or Mục, with its number and the title when it is on the same line.
    Division {
        kind: ProvisionKind,
        num: &'a str,
        title: Option<&'a str>,
    },
    /// "Điều N." and what follows it on the line (a heading or, in a decision, the text).
    Article { num: &'a str, rest: Option<&'a str> },
    /// "2. text".
    Clause { num: &'a str, text: &'a str },
    /// "a) text".
    Point { letter: &'a str, text: &'a str },
    /// "PHỤ LỤC 01" with the title when on the same line.
    Appendix {
        num: Option<&'a str>,
        title: Option<&'a str>,
    },
    /// Anything else.
    Text,
}

/// Classifies one cleaned line.
pub(crate) fn classify(line: &str) -> Class<'_> {
    let line = line.trim();
    if line.is_empty() {
        return Class::Blank;
    }
    if let Some(c) = division(line) {
        return c;
    }
    if let Some(c) = article(line) {
        return c;
    }
    if let Some(c) = appendix(line) {
        return c;
    }
    if let Some(c) = clause(line) {
        return c;
    }
    if let Some(c) = point(line) {
        return c;
    }
    Class::Text
}

/// `s` without the first word if it is one of `words` followed by a space.
fn after_word<'a>(s: &'a str, words: &[&str]) -> Option<&'a str> {
    words
        .iter()
        .find_map(|w| s.strip_prefix(w).and_then(|r| r.strip_prefix(' ')))
}

/// Splits a number token (up to whitespace, '.', ':' or end) from the start of `s`.
fn number_token(s: &str) -> (&str, &str) {
    let end = s
        .find(|c: char| c.is_whitespace() || c == '.' || c == ':' || c == ',' || c == ';')
        .unwrap_or(s.len());
    (s.get(..end).unwrap_or(""), s.get(end..).unwrap_or(""))
}

fn is_roman(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| "IVXLCDM".contains(c))
}

fn is_arabic(s: &str) -> bool {
    !s.is_empty() && s.len() <= 4 && s.chars().all(|c| c.is_ascii_digit())
}

/// Whether the letters of `s` are all upper case (a title such as "QUY ĐỊNH CHUNG").
pub(crate) fn is_upper_title(s: &str) -> bool {
    let mut letters = 0usize;
    for c in s.chars() {
        if c.is_alphabetic() {
            if c.is_lowercase() {
                return false;
            }
            letters = letters.saturating_add(1);
        }
    }
    letters >= 4
}

/// What follows a heading number: `Some(title)` (possibly `None` inside) when the line is a
/// heading, `None` when it reads as a sentence that mentions the number.
fn heading_rest(rest: &str, upper_required: bool) -> Option<Option<&str>> {
    let trimmed = rest.trim_start();
    if trimmed.is_empty() {
        return Some(None);
    }
    for sep in ['.', ':', '-', '–'] {
        if let Some(t) = trimmed.strip_prefix(sep) {
            let t = t.trim();
            return Some(if t.is_empty() { None } else { Some(t) });
        }
    }
    if !upper_required || is_upper_title(trimmed) {
        return Some(Some(trimmed));
    }
    None
}

fn division(line: &str) -> Option<Class<'_>> {
    let (kind, rest) = if let Some(r) = after_word(line, &["Chương", "CHƯƠNG"]) {
        (ProvisionKind::Chapter, r)
    } else if let Some(r) = after_word(line, &["Phần", "PHẦN"]) {
        (ProvisionKind::Part, r)
    } else if let Some(r) = after_word(line, &["Mục", "MỤC"]) {
        (ProvisionKind::Section, r)
    } else {
        return None;
    };
    let rest = rest.trim_start();
    // "Phần thứ nhất".
    if kind == ProvisionKind::Part {
        if let Some(after) = after_word(rest, &["thứ", "THỨ"]) {
            let (word, tail) = number_token(after);
            let len = rest
                .len()
                .saturating_sub(after.len())
                .saturating_add(word.len());
            let num = rest.get(..len)?;
            let title = heading_rest(tail, true)?;
            return Some(Class::Division { kind, num, title });
        }
    }
    let (num, tail) = number_token(rest);
    if !(is_roman(num) || is_arabic(num)) {
        return None;
    }
    let title = heading_rest(tail, true)?;
    Some(Class::Division { kind, num, title })
}

fn article(line: &str) -> Option<Class<'_>> {
    let rest = after_word(line, &["Điều", "ĐIỀU"])?.trim_start();
    let digits = rest
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(rest.len());
    if digits == 0 || digits > 4 {
        return None;
    }
    // An optional letter suffix ("Điều 10a.").
    let mut end = digits;
    if let Some(c) = rest.get(digits..).and_then(|s| s.chars().next()) {
        if c.is_ascii_lowercase() {
            let after = rest
                .get(digits.saturating_add(1)..)
                .and_then(|s| s.chars().next());
            if matches!(after, None | Some('.') | Some(':')) {
                end = digits.saturating_add(1);
            }
        }
    }
    let num = rest.get(..end)?;
    let tail = rest.get(end..)?;
    let tail_trim = tail.trim_start();
    if tail_trim.is_empty() {
        return Some(Class::Article { num, rest: None });
    }
    // A heading needs "." or ":" after the number; "Điều 5 Luật này ..." is a mention.
    let after_sep = tail_trim
        .strip_prefix('.')
        .or_else(|| tail_trim.strip_prefix(':'))?;
    let after_sep = after_sep.trim();
    // "Điều 5.1" is not a heading.
    if after_sep.starts_with(|c: char| c.is_ascii_digit()) && !tail_trim.starts_with(". ") {
        return None;
    }
    Some(Class::Article {
        num,
        rest: if after_sep.is_empty() {
            None
        } else {
            Some(after_sep)
        },
    })
}

fn appendix(line: &str) -> Option<Class<'_>> {
    if let Some(rest) = line.strip_prefix("PHỤ LỤC") {
        if !(rest.is_empty()
            || rest.starts_with(' ')
            || rest.starts_with('.')
            || rest.starts_with(':'))
        {
            return None;
        }
        let rest = rest.trim_start();
        let rest = after_word(rest, &["SỐ", "số"]).unwrap_or(rest);
        let (num, tail) = number_token(rest);
        if num.is_empty()
            || !(is_arabic(num)
                || is_roman(num)
                || (num.chars().count() == 1 && num.chars().all(char::is_uppercase)))
        {
            let title = heading_rest(rest, false).flatten();
            return Some(Class::Appendix { num: None, title });
        }
        return Some(Class::Appendix {
            num: Some(num),
            title: heading_rest(tail, false).flatten(),
        });
    }
    let rest = after_word(line, &["Phụ lục"])?.trim_start();
    let rest = after_word(rest, &["số"]).unwrap_or(rest);
    let (num, tail) = number_token(rest);
    if !(is_arabic(num) || is_roman(num)) {
        return None;
    }
    let title = heading_rest(tail, true)?;
    Some(Class::Appendix {
        num: Some(num),
        title,
    })
}

fn clause(line: &str) -> Option<Class<'_>> {
    let digits = line
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(line.len());
    if digits == 0 || digits > 3 {
        return None;
    }
    let rest = line.get(digits..)?.strip_prefix('.')?;
    if rest.starts_with(|c: char| c.is_ascii_digit() || c == '/' || c == '.') {
        return None;
    }
    Some(Class::Clause {
        num: line.get(..digits)?,
        text: rest.trim(),
    })
}

fn point(line: &str) -> Option<Class<'_>> {
    let mut chars = line.char_indices();
    let (_, c) = chars.next()?;
    if !(c.is_ascii_lowercase() || c == 'đ') {
        return None;
    }
    let (idx, paren) = chars.next()?;
    if paren != ')' {
        return None;
    }
    let rest = line.get(idx.saturating_add(1)..)?;
    if !(rest.is_empty() || rest.starts_with(' ')) {
        return None;
    }
    Some(Class::Point {
        letter: line.get(..idx)?,
        text: rest.trim(),
    })
}

/// Whether the words after "Điều N." read as a heading rather than as the article's text:
/// a heading is short and does not end a sentence ("Điều 2. Quyết định này có hiệu lực ...").
pub(crate) fn reads_as_heading(rest: &str) -> bool {
    let rest = rest.trim();
    if rest.is_empty() || rest.ends_with(['.', ';', ':', '!', '?']) {
        return false;
    }
    rest.split_whitespace().take(41).count() <= 40
}

/// Whether a line starts a heading of a division or an article (used to split lines that
/// ran headings together).
pub(crate) fn is_structural(line: &str) -> bool {
    matches!(
        classify(line),
        Class::Division { .. } | Class::Article { .. }
    )
}

/// Whether a line is a bare division heading ("Chương III" with nothing after it).
pub(crate) fn is_bare_division(line: &str) -> bool {
    matches!(classify(line), Class::Division { title: None, .. })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_and_mentions() {
        assert_eq!(
            classify("Chương I QUY ĐỊNH CHUNG"),
            Class::Division {
                kind: ProvisionKind::Chapter,
                num: "I",
                title: Some("QUY ĐỊNH CHUNG")
            }
        );
        assert_eq!(
            classify("Chương II"),
            Class::Division {
                kind: ProvisionKind::Chapter,
                num: "II",
                title: None
            }
        );
        assert_eq!(classify("Mục 1 Chương XI Luật này quy định"), Class::Text);
        assert_eq!(
            classify("Điều 9.Trách nhiệm của Ủy ban"),
            Class::Article {
                num: "9",
                rest: Some("Trách nhiệm của Ủy ban")
            }
        );
        assert_eq!(
            classify("Điều 1."),
            Class::Article {
                num: "1",
                rest: None
            }
        );
        assert_eq!(classify("Điều 5 Luật này quy định"), Class::Text);
        assert_eq!(
            classify("2.Hệ thống"),
            Class::Clause {
                num: "2",
                text: "Hệ thống"
            }
        );
        assert_eq!(classify("10/12 hằng năm"), Class::Text);
        assert_eq!(
            classify("đ) Tuyên truyền"),
            Class::Point {
                letter: "đ",
                text: "Tuyên truyền"
            }
        );
        assert_eq!(
            classify("PHỤ LỤC 01"),
            Class::Appendix {
                num: Some("01"),
                title: None
            }
        );
        assert_eq!(
            classify("Phụ lục 02 của Thông tư số 22/2016/TT-BTTTT"),
            Class::Text
        );
        assert_eq!(
            classify("Phần thứ hai"),
            Class::Division {
                kind: ProvisionKind::Part,
                num: "thứ hai",
                title: None
            }
        );
        assert_eq!(classify("Mục tiêu:"), Class::Text);
    }

    #[test]
    fn heading_or_text() {
        assert!(reads_as_heading("Phạm vi điều chỉnh"));
        assert!(!reads_as_heading(
            "Quyết định này có hiệu lực kể từ ngày 06 tháng 11 năm 2017."
        ));
    }
}
