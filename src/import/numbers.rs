//! Numbers as Vietnamese legal texts write them: roman chapter numbers, ordinal parts,
//! point letters, eId numbers and dates ("ngày 06 tháng 11 năm 2017", "01/12/2018").

use chrono::NaiveDate;

use crate::model::ordinal_value;
pub(crate) use crate::model::{eid_num, roman_value};

/// The value of a number as written: arabic ("05"), roman ("IV") or ordinal ("thứ hai").
pub(crate) fn number_value(num: &str) -> Option<u32> {
    let digits: String = num.chars().take_while(char::is_ascii_digit).collect();
    if !digits.is_empty() && digits.len() <= 9 {
        return digits.parse().ok();
    }
    roman_value(num).or_else(|| ordinal_value(num))
}

/// The letters of points in order. Vietnamese texts skip f, j, w and z, but some use them.
const LETTERS: [&str; 27] = [
    "a", "b", "c", "d", "đ", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r",
    "s", "t", "u", "v", "w", "x", "y", "z",
];

/// The rank of a point letter in [`LETTERS`].
pub(crate) fn letter_rank(letter: &str) -> Option<usize> {
    LETTERS.iter().position(|l| *l == letter)
}

/// Whether the letters strictly between two ranks are only ones Vietnamese texts skip.
pub(crate) fn only_skippable_between(from: usize, to: usize) -> bool {
    (from.saturating_add(1)..to).all(|r| matches!(LETTERS.get(r), Some(&"f" | &"j" | &"w" | &"z")))
}

/// Reads a leading run of ASCII digits as a number.
fn leading_number(s: &str) -> Option<(u32, &str)> {
    let end = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
    if end == 0 || end > 9 {
        return None;
    }
    let value = s.get(..end)?.parse().ok()?;
    Some((value, s.get(end..)?))
}

/// A date at the start of `s`: "ngày 06 tháng 11 năm 2017", "06 tháng 11 năm 2017",
/// "01/12/2018" or "ngày 01/12/2018". `None` when a part is missing or a placeholder.
pub(crate) fn parse_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim_start();
    let s = s.strip_prefix("ngày").unwrap_or(s).trim_start();
    let (day, rest) = leading_number(s)?;
    let (month, year) = if let Some(rest) = rest.strip_prefix('/') {
        let (month, rest) = leading_number(rest)?;
        let rest = rest.strip_prefix('/')?;
        let (year, _) = leading_number(rest)?;
        (month, year)
    } else {
        let rest = rest.trim_start().strip_prefix("tháng")?.trim_start();
        let (month, rest) = leading_number(rest)?;
        let rest = rest.trim_start().strip_prefix("năm")?.trim_start();
        let (year, _) = leading_number(rest)?;
        (month, year)
    };
    NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day)
}

/// The year of a date that may have placeholders for the day and month
/// ("ngày ... tháng ,,,, năm 2019" → 2019).
pub(crate) fn year_of(s: &str) -> Option<i32> {
    if let Some(d) = parse_date(s) {
        return Some(chrono::Datelike::year(&d));
    }
    let idx = s.rfind("năm")?;
    let rest = s.get(idx.saturating_add("năm".len())..)?.trim_start();
    let (year, _) = leading_number(rest)?;
    i32::try_from(year)
        .ok()
        .filter(|y| (1900..=2200).contains(y))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers() {
        assert_eq!(roman_value("XIV"), Some(14));
        assert_eq!(eid_num("IV"), "4");
        assert_eq!(eid_num("02"), "2");
        assert_eq!(eid_num("đ"), "dd");
        assert_eq!(eid_num("thứ hai"), "2");
        assert_eq!(number_value("10a"), Some(10));
    }

    #[test]
    fn dates() {
        assert_eq!(
            parse_date("ngày 06 tháng 11 năm 2017"),
            NaiveDate::from_ymd_opt(2017, 11, 6)
        );
        assert_eq!(
            parse_date("01/12/2018 và"),
            NaiveDate::from_ymd_opt(2018, 12, 1)
        );
        assert_eq!(parse_date("ngày ……/…./2019"), None);
        assert_eq!(year_of("ngày ... tháng ,,,, năm 2019"), Some(2019));
        assert_eq!(parse_date("31/02/2019"), None);
    }

    #[test]
    fn letters() {
        assert!(only_skippable_between(
            letter_rank("e").unwrap_or(0),
            letter_rank("g").unwrap_or(0)
        ));
        assert!(!only_skippable_between(
            letter_rank("a").unwrap_or(0),
            letter_rank("c").unwrap_or(0)
        ));
    }
}
