//! The CLI's own errors, in English and in Vietnamese as the library's are, and the line that
//! prints an error for a person in this run's language (`lỗi: ...` or `error: ...`).

use crate::lang::{self, Lang};

/// A request the CLI cannot make: `en` and its Vietnamese `vi`.
pub fn request(en: impl Into<String>, vi: impl Into<String>) -> quyche::Error {
    quyche::Error::Request {
        what: en.into(),
        what_vi: vi.into(),
    }
}

/// An input the CLI cannot read: `en` and its Vietnamese `vi`.
pub fn input(en: impl Into<String>, vi: impl Into<String>) -> quyche::Error {
    quyche::Error::Input {
        what: en.into(),
        what_vi: vi.into(),
    }
}

/// `deadlines` with neither a year nor both ends of a range (the library's words).
pub fn deadlines_need_a_range() -> quyche::Error {
    request(
        "deadlines need a year, or both from and to",
        "deadlines cần một năm (year), hoặc cả from và to",
    )
}

/// The error as this run prints it: `lỗi: ...` in Vietnamese, `error: ...` in English.
pub fn line(e: &quyche::Error) -> String {
    match lang::current() {
        Lang::Vi => format!("lỗi: {}", e.message_vi()),
        Lang::En => format!("error: {e}"),
    }
}

/// A row of the submissions CSV that cannot be used, as `status` lists them on stderr, in this
/// run's language: `lỗi: dòng 2, cột submitted: không đọc được ngày gửi “2026-11-31” …` or
/// `error: line 2, submitted: "2026-11-31" is not a date …`.
pub fn row_line(row: &quyche::status::RowError) -> String {
    match lang::current() {
        Lang::Vi => format!("lỗi: {}", row.display_vi()),
        Lang::En => format!("error: {row}"),
    }
}

/// A day argument's error as clap prints it, before the language is set: in both languages,
/// the one asked for (`--lang`, `QUYCHE_LANG`) first, and without repeating what both begin
/// with ("30/02/2026: tháng 2 năm 2026 chỉ có 28 ngày (month 2 of 2026 has 28 days)").
pub fn both_languages(e: &quyche::Error) -> String {
    let (vi, en) = (e.message_vi(), e.to_string());
    if vi == en {
        return en;
    }
    let (first, second) = match lang::early() {
        Lang::Vi => (vi, en),
        Lang::En => (en, vi),
    };
    // What both begin with, up to and with its last ": " (the text that was typed).
    let shared = first
        .char_indices()
        .zip(second.chars())
        .take_while(|((_, a), b)| a == b)
        .last()
        .map_or(0, |((i, c), _)| i.saturating_add(c.len_utf8()));
    let cut = first
        .get(..shared)
        .and_then(|s| s.rfind(": "))
        .map_or(0, |i| i.saturating_add(2));
    format!("{first} ({})", second.get(cut..).unwrap_or(&second))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_day_is_refused_in_both_languages_without_repeating_the_day() {
        let e = quyche::text::parse_day("30/02/2026").unwrap_err();
        let s = both_languages(&e);
        assert!(
            s == "30/02/2026: tháng 2 năm 2026 chỉ có 28 ngày (month 2 of 2026 has 28 days)"
                || s == "30/02/2026: month 2 of 2026 has 28 days (tháng 2 năm 2026 chỉ có 28 ngày)",
            "{s}"
        );
        let e = quyche::text::parse_day("x").unwrap_err();
        let s = both_languages(&e);
        assert!(
            s.contains("không phải là một ngày") && s.contains("is not a date"),
            "{s}"
        );
    }
}
