//! Line-level defects: blanks to fill ("…../2019", "ngày ... tháng ,,,,"), known
//! misspellings ("Công/Trang" for "Cổng/Trang"), and `[bookmark: ...]` names that do not
//! match the heading they sit on (a renumbered draft).

use super::classify::{classify, Class};
use super::clean::Line;
use super::diag::{said, Diags};
use super::numbers::number_value;
use super::Severity;
use crate::model::ProvisionKind;
use crate::text::Bilingual;

/// Known misspellings in legal texts and what was meant. Words are never changed: each
/// is reported.
const TYPOS: [(&str, &str); 3] = [
    ("Công/Trang", "Cổng/Trang"),
    ("công/trang", "cổng/trang"),
    ("công thông tin điện tử", "cổng thông tin điện tử"),
];

/// Words after which dots or commas are a blank to fill.
const BLANK_WORDS: [&str; 6] = ["ngày", "tháng", "năm", "số", "Số", "Số:"];

/// Whether the line has a blank to fill in a number or a date.
pub(crate) fn placeholder_in(line: &str) -> bool {
    if !(line.contains('…') || line.contains("..") || line.contains(",,")) {
        return false;
    }
    let mut run_start: Option<usize> = None;
    let mut run_len = 0usize;
    let mut has_ellipsis = false;
    let check = |start: usize, end: usize, len: usize, ellipsis: bool| -> bool {
        if len < 2 && !ellipsis {
            return false;
        }
        let before = line.get(..start).unwrap_or("");
        let after = line.get(end..).unwrap_or("");
        // "…../2019", "……/…./2019", "…../TTr-STTTT"; not "phù hợp. /.." (a mangled "./.").
        let filler =
            |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '.' || c == '…');
        if let Some(b) = before.strip_suffix('/') {
            if filler(b.chars().next_back()) {
                return true;
            }
        }
        if let Some(a) = after.strip_prefix('/') {
            if filler(a.chars().next()) {
                return true;
            }
        }
        let word = before.trim_end().rsplit(' ').next().unwrap_or("");
        BLANK_WORDS.contains(&word)
            || (before.trim_end().len() == before.len()
                && BLANK_WORDS.iter().any(|w| before.ends_with(w)))
    };
    for (i, c) in line.char_indices() {
        if matches!(c, '.' | '…' | ',') {
            if run_start.is_none() {
                run_start = Some(i);
                run_len = 0;
                has_ellipsis = false;
            }
            run_len = run_len.saturating_add(1);
            has_ellipsis |= c == '…';
        } else if let Some(s) = run_start.take() {
            if check(s, i, run_len, has_ellipsis) {
                return true;
            }
        }
    }
    if let Some(s) = run_start {
        return check(s, line.len(), run_len, has_ellipsis);
    }
    false
}

/// Runs the line checks.
pub(crate) fn check_lines(lines: &[Line], diags: &mut Diags) {
    for l in lines {
        let t = l.text.as_str();
        if t.is_empty() {
            continue;
        }
        let only_dots = t.chars().all(|c| matches!(c, '.' | '…' | ' ' | '-' | '_'));
        if !only_dots && placeholder_in(t) {
            let shown: String = t.chars().take(100).collect();
            diags.push(
                "placeholder",
                Severity::Warning,
                said(
                    format!("a blank to fill in the text: “{shown}”"),
                    format!("Văn bản còn chỗ trống chưa điền: “{shown}”"),
                ),
                Some(l.line),
                None,
            );
        }
        // Every known misspelling has "ông" in it: one scan of the line for most lines.
        let typos: &[(&str, &str)] = if t.contains("ông") { &TYPOS } else { &[] };
        for &(wrong, right) in typos {
            if t.contains(wrong) {
                diags.push(
                    "suspected_typo",
                    Severity::Warning,
                    said(
                        format!("“{wrong}” is probably a typo of “{right}”; kept as written"),
                        format!("“{wrong}” có thể là lỗi chính tả của “{right}”; giữ nguyên như văn bản gốc"),
                    ),
                    Some(l.line),
                    None,
                );
            }
        }
        if let Some(what) = overlong_number(t) {
            diags.push(
                "number_too_long",
                Severity::Warning,
                what,
                Some(l.line),
                None,
            );
        }
        for mark in &l.bookmarks {
            check_bookmark(mark, t, l.line, diags);
        }
    }
}

/// The most digits a heading number may have to be read as one: articles, chapters, sections
/// and parts up to 4 ("Điều 1234."), clauses up to 3 ("123."), as the line classifier reads them.
const HEADING_DIGITS: usize = 4;
const CLAUSE_DIGITS: usize = 3;

/// A line shaped like a heading or a clause whose number has more digits than a heading may
/// have ("Điều 123456. Tên"): it is read as text, so it must be reported, not lost silently.
fn overlong_number(t: &str) -> Option<Bilingual> {
    let digits = |s: &str| s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
    let shown = || t.chars().take(60).collect::<String>();
    for word in [
        "Điều", "ĐIỀU", "Chương", "CHƯƠNG", "Mục", "MỤC", "Phần", "PHẦN",
    ] {
        let Some(rest) = t.strip_prefix(word).and_then(|r| r.strip_prefix(' ')) else {
            continue;
        };
        let rest = rest.trim_start();
        let n = digits(rest);
        let tail = rest.get(n..).unwrap_or("").trim_start();
        if n > HEADING_DIGITS && (tail.is_empty() || tail.starts_with(['.', ':', '-', '–'])) {
            return Some(said(
                format!(
                    "“{}” looks like a heading but its number has {n} digits (at most {HEADING_DIGITS} are read as a number): the line is kept as text, not read as a heading",
                    shown()
                ),
                format!(
                    "“{}” có dạng đề mục nhưng số thứ tự có {n} chữ số (chỉ đọc được số có tối đa {HEADING_DIGITS} chữ số): dòng này được giữ nguyên là văn bản, không đọc thành đề mục",
                    shown()
                ),
            ));
        }
        return None;
    }
    let n = digits(t);
    let after = t.get(n..).unwrap_or("");
    let text = after.strip_prefix('.')?;
    if n > CLAUSE_DIGITS && text.starts_with(char::is_whitespace) && !text.trim().is_empty() {
        return Some(said(
            format!(
                "“{}” looks like a numbered clause but its number has {n} digits (at most {CLAUSE_DIGITS} are read as a number): the line is kept as text, not read as a clause",
                shown()
            ),
            format!(
                "“{}” có dạng khoản được đánh số nhưng số thứ tự có {n} chữ số (chỉ đọc được số có tối đa {CLAUSE_DIGITS} chữ số): dòng này được giữ nguyên là văn bản, không đọc thành khoản",
                shown()
            ),
        ));
    }
    None
}

/// A bookmark "dieu_16" (or "dieu_1_1") should sit on "Điều 16", "chuong_2" on "Chương II".
fn check_bookmark(mark: &str, text: &str, line: usize, diags: &mut Diags) {
    let (expect_kind, rest) = if let Some(r) = mark.strip_prefix("dieu_") {
        (ProvisionKind::Article, r)
    } else if let Some(r) = mark.strip_prefix("chuong_") {
        if r.ends_with("_name") {
            return;
        }
        (ProvisionKind::Chapter, r)
    } else {
        return;
    };
    let Some(want) = rest.split('_').next().and_then(number_value) else {
        return;
    };
    let found = match classify(text) {
        Class::Article { num, .. } if expect_kind == ProvisionKind::Article => number_value(num),
        Class::Division { kind, num, .. } if kind == expect_kind => number_value(num),
        _ => None,
    };
    if found != Some(want) {
        let shown: String = text.chars().take(60).collect();
        diags.push(
            "bookmark_mismatch",
            Severity::Warning,
            said(
                format!("bookmark “{mark}” sits on “{shown}”: the bookmark names do not match the numbering (the text was renumbered)"),
                format!("Thẻ đánh dấu (bookmark) “{mark}” nằm tại “{shown}”: tên thẻ đánh dấu không khớp với cách đánh số (văn bản đã được đánh số lại)"),
            ),
            Some(line),
            None,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_typo_has_the_prefilter_syllable() {
        assert!(TYPOS.iter().all(|(wrong, _)| wrong.contains("ông")));
    }

    #[test]
    fn blanks() {
        assert!(placeholder_in("Số: …../2019/QĐ-UBND"));
        assert!(placeholder_in("Sóc Trăng, ngày ... tháng ,,,, năm 2019"));
        assert!(placeholder_in(
            "(Ban hành kèm theo Thông tư số………/2016/TT-BTTTT ngày … tháng … năm…"
        ));
        assert!(!placeholder_in("kết nối cung cầu..."));
        assert!(!placeholder_in("cải cách hành chính... trên cổng"));
        assert!(!placeholder_in("Điều 1. Phạm vi."));
        assert!(!placeholder_in("bổ sung cho phù hợp. /.."));
        assert!(placeholder_in("kể từ ngày ……/…./2019."));
    }

    #[test]
    fn overlong_heading_numbers() {
        let long = overlong_number("Điều 12345. Tên điều").unwrap();
        assert!(long.en.contains("5 digits"), "{}", long.en);
        assert!(long.vi.contains("5 chữ số"), "{}", long.vi);
        assert!(overlong_number("ĐIỀU 99999999999999999999999").is_some());
        assert!(overlong_number("Chương 123456").is_some());
        assert!(overlong_number("18446744073709551616. Khoản số lớn.").is_some());
        // Headings the reader takes, and sentences that mention a number.
        assert!(overlong_number("Điều 1234. Tên điều").is_none());
        assert!(overlong_number("Điều 12345 Luật này quy định").is_none());
        assert!(overlong_number("123. Khoản").is_none());
        assert!(overlong_number("2019.").is_none());
        assert!(overlong_number("1.000.000 đồng").is_none());
    }
}
