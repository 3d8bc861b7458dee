//! Line-level defects: blanks to fill ("…../2019", "ngày ... tháng ,,,,"), known
//! misspellings ("Công/Trang" for "Cổng/Trang"), and `[bookmark: ...]` names that do not
//! match the heading they sit on (a renumbered draft).

use super::classify::{classify, Class};
use super::clean::Line;
use super::diag::Diags;
use super::numbers::number_value;
use super::Severity;
use crate::model::ProvisionKind;

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
                format!("a blank to fill in the text: “{shown}”"),
                Some(l.line),
                None,
            );
        }
        for (wrong, right) in TYPOS {
            if t.contains(wrong) {
                diags.push(
                    "suspected_typo",
                    Severity::Warning,
                    format!("“{wrong}” is probably a typo of “{right}”; kept as written"),
                    Some(l.line),
                    None,
                );
            }
        }
        for mark in &l.bookmarks {
            check_bookmark(mark, t, l.line, diags);
        }
    }
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
            format!("bookmark “{mark}” sits on “{shown}”: the bookmark names do not match the numbering (the text was renumbered)"),
            Some(line),
            None,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
