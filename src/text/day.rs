//! Reading a day as people write it: `dd/mm/yyyy` and `d/m/yyyy` (as Vietnamese texts and every
//! table of quyche print dates) or ISO `yyyy-mm-dd`. An invalid day is refused with the reason in
//! English and in Vietnamese ("30/02/2026: tháng 2 năm 2026 chỉ có 28 ngày",
//! [`crate::Error::message_vi`]), never a bare "input is out of range".

use chrono::NaiveDate;

use crate::{Error, Result};

/// The forms [`parse_day`] accepts, as its errors name them (English, Vietnamese).
const FORMS: (&str, &str) = (
    "dd/mm/yyyy (02/09/2026), d/m/yyyy (2/9/2026) or yyyy-mm-dd (2026-09-02)",
    "dd/mm/yyyy (02/09/2026), d/m/yyyy (2/9/2026) hoặc yyyy-mm-dd (2026-09-02)",
);

/// Reads `dd/mm/yyyy`, `d/m/yyyy` or `yyyy-mm-dd` (surrounding spaces ignored).
///
/// # Errors
/// [`Error::Date`] naming the accepted forms when the text is none of them, or the reason when
/// the day does not exist (a 13th month, a 30th of February, a 29th of February in a common
/// year).
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use quyche::text::parse_day;
/// let d = NaiveDate::from_ymd_opt(2026, 9, 2).unwrap();
/// assert_eq!(parse_day("02/09/2026")?, d);
/// assert_eq!(parse_day("2/9/2026")?, d);
/// assert_eq!(parse_day("2026-09-02")?, d);
/// let e = parse_day("30/02/2026").unwrap_err();
/// assert_eq!(e.message_vi(), "30/02/2026: tháng 2 năm 2026 chỉ có 28 ngày");
/// assert_eq!(e.to_string(), "30/02/2026: month 2 of 2026 has 28 days");
/// # Ok::<(), quyche::Error>(())
/// ```
pub fn parse_day(text: &str) -> Result<NaiveDate> {
    let t = text.trim();
    let (y, m, d) = fields(t).ok_or_else(|| {
        Error::date(
            format!("{t:?} is not a date: write {}", FORMS.0),
            format!("{t:?} không phải là một ngày: viết {}", FORMS.1),
        )
    })?;
    let out_of_range = || {
        Error::date(
            format!("{t}: year {y} is outside the calendar"),
            format!("{t}: năm {y} nằm ngoài lịch"),
        )
    };
    let Ok(year) = i32::try_from(y) else {
        return Err(out_of_range());
    };
    if NaiveDate::from_ymd_opt(year, 1, 1).is_none() {
        return Err(out_of_range());
    }
    if !(1..=12).contains(&m) {
        return Err(Error::date(
            format!("{t}: there is no month {m}"),
            format!("{t}: không có tháng {m}"),
        ));
    }
    let last = month_length(year, m as u32);
    if d == 0 || d > u64::from(last) {
        return Err(Error::date(
            format!("{t}: month {m} of {year} has {last} days"),
            format!("{t}: tháng {m} năm {year} chỉ có {last} ngày"),
        ));
    }
    NaiveDate::from_ymd_opt(year, m as u32, d as u32).ok_or_else(out_of_range)
}

/// (year, month, day) of the text, if it has the shape of one of the accepted forms.
fn fields(t: &str) -> Option<(u64, u64, u64)> {
    let num = |s: &str, min: usize, max: usize| -> Option<u64> {
        (min..=max)
            .contains(&s.len())
            .then_some(())
            .filter(|()| s.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|()| s.parse().ok())
    };
    let parts: Vec<&str> = t.split('/').collect();
    if let [d, m, y] = parts[..] {
        return Some((num(y, 4, 4)?, num(m, 1, 2)?, num(d, 1, 2)?));
    }
    let parts: Vec<&str> = t.split('-').collect();
    if let [y, m, d] = parts[..] {
        return Some((num(y, 4, 4)?, num(m, 2, 2)?, num(d, 2, 2)?));
    }
    None
}

fn month_length(year: i32, month: u32) -> u32 {
    match month {
        2 if NaiveDate::from_ymd_opt(year, 2, 29).is_some() => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Datelike;

    fn err(s: &str) -> String {
        parse_day(s).unwrap_err().message_vi()
    }

    #[test]
    fn the_three_forms_read_the_same_day() {
        // 24/11/2026, Ngày Văn hóa Việt Nam.
        let d = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        for s in ["24/11/2026", " 24/11/2026 ", "2026-11-24"] {
            assert_eq!(parse_day(s).unwrap(), d, "{s}");
        }
        let d = NaiveDate::from_ymd_opt(2026, 2, 5).unwrap();
        for s in ["05/02/2026", "5/2/2026", "5/02/2026", "2026-02-05"] {
            assert_eq!(parse_day(s).unwrap(), d, "{s}");
        }
        assert_eq!(parse_day("29/02/2028").unwrap().day(), 29);
    }

    #[test]
    fn a_day_that_does_not_exist_says_why() {
        assert!(err("30/02/2026").contains("tháng 2 năm 2026 chỉ có 28 ngày"));
        // 2024 is a leap year, 1900 is not (divisible by 100, not by 400), 2000 is.
        assert!(err("30/02/2024").contains("chỉ có 29 ngày"));
        assert!(err("29/02/1900").contains("chỉ có 28 ngày"));
        assert!(parse_day("29/02/2000").is_ok());
        assert!(err("31/04/2026").contains("tháng 4 năm 2026 chỉ có 30 ngày"));
        assert!(err("2026-02-30").contains("chỉ có 28 ngày"));
        assert!(err("00/01/2026").contains("chỉ có 31 ngày"));
        assert!(err("01/13/2026").contains("không có tháng 13"));
        let e = parse_day("31/04/2026").unwrap_err().to_string();
        assert_eq!(e, "31/04/2026: month 4 of 2026 has 30 days");
    }

    #[test]
    fn other_shapes_name_the_accepted_forms() {
        for s in [
            "",
            "2026",
            "30-02",
            "2026/02/03",
            "26-2-3",
            "1/1/26",
            "a/b/2026",
            "01/01/2026x",
            "+2026-01-01",
        ] {
            for e in [err(s), parse_day(s).unwrap_err().to_string()] {
                assert!(
                    e.contains("dd/mm/yyyy") && e.contains("yyyy-mm-dd"),
                    "{s}: {e}"
                );
            }
        }
        assert_eq!(parse_day("x").unwrap_err().kind(), "date");
    }
}
