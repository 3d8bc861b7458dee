//! Working-day arithmetic and lunar dates as query answers (`quyche workdays`, `quyche lunar`):
//! they need a calendar, not the dataset.

use chrono::NaiveDate;
use serde::Serialize;

use crate::calendar::{lunar, LunarDate, WorkingCalendar};
use crate::{Error, Result};

/// `date` plus `n` working days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct WorkdaysSum {
    /// The date counted from.
    pub date: NaiveDate,
    /// How many working days were added (negative: back in time).
    pub n: i64,
    /// The working day reached.
    pub result: NaiveDate,
}

/// The working days in `[from, to)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct WorkdaysCount {
    /// The first date (counted).
    pub from: NaiveDate,
    /// The end of the range (not counted).
    pub to: NaiveDate,
    /// How many working days (negative when `to` is before `from`).
    pub working_days: i64,
}

/// A lunar date and the solar date it falls on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct SolarDate {
    /// The solar date.
    pub date: NaiveDate,
    /// The lunar date asked for.
    pub lunar: LunarDate,
}

/// `date` plus `n` working days on `cal`.
///
/// # Errors
/// [`Error::Date`] when the result leaves the calendar's range.
pub fn add(cal: &WorkingCalendar, date: NaiveDate, n: i64) -> Result<WorkdaysSum> {
    let result = cal.add_working_days(date, n)?;
    Ok(WorkdaysSum { date, n, result })
}

/// The working days in `[from, to)` on `cal`: `from` counts, `to` does not.
///
/// # Errors
/// [`Error::Date`] when a date is outside the calendar's range.
pub fn between(cal: &WorkingCalendar, from: NaiveDate, to: NaiveDate) -> Result<WorkdaysCount> {
    let working_days = cal.working_days_between(from, to)?;
    Ok(WorkdaysCount {
        from,
        to,
        working_days,
    })
}

/// The solar date of a lunar date written `YYYY-MM-DD`.
///
/// # Errors
/// [`Error::Request`] when the text is not `YYYY-MM-DD`; [`Error::Date`] when no such lunar
/// date exists or it is out of range.
///
/// # Example
/// ```
/// let tet = quyche::query::days::to_solar("2026-01-01", false)?;
/// assert_eq!(tet.date.to_string(), "2026-02-17");
/// # Ok::<(), quyche::Error>(())
/// ```
pub fn to_solar(text: &str, leap: bool) -> Result<SolarDate> {
    let parts: Vec<&str> = text.split('-').collect();
    let num = |i: usize| parts.get(i).and_then(|p| p.parse::<i64>().ok());
    let (Some(y), Some(m), Some(d), 3) = (num(0), num(1), num(2), parts.len()) else {
        return Err(Error::request(format!(
            "cannot read the lunar date {text:?}: write YYYY-MM-DD"
        )));
    };
    let bad = || Error::date(format!("lunar date {text} is out of range"));
    let l = LunarDate {
        year: i32::try_from(y).map_err(|_| bad())?,
        month: u8::try_from(m).map_err(|_| bad())?,
        day: u8::try_from(d).map_err(|_| bad())?,
        leap,
    };
    let date = lunar::to_solar(l)?;
    Ok(SolarDate { date, lunar: l })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::CalendarKind;
    use crate::query::{Request, RuleSet};

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn tet_2026_is_17_february() {
        // Tết Bính Ngọ: 17 February 2026.
        let s = to_solar("2026-01-01", false).unwrap();
        assert_eq!(s.date, d("2026-02-17"));
        assert!(to_solar("2026-1", false).is_err());
        assert!(to_solar("2026-13-01", false).is_err());
    }

    #[test]
    fn friday_plus_one_working_day_is_monday() {
        let cal = WorkingCalendar::vietnam(CalendarKind::Civil).unwrap();
        // Friday 6 March 2026; Saturday 7 and Sunday 8 are rest days; March has no holiday.
        assert_eq!(
            add(&cal, d("2026-03-06"), 1).unwrap().result,
            d("2026-03-09")
        );
        assert_eq!(
            add(&cal, d("2026-03-09"), -1).unwrap().result,
            d("2026-03-06")
        );
        // [Monday 2 March, Monday 16 March): two weeks of five working days.
        let c = between(&cal, d("2026-03-02"), d("2026-03-16")).unwrap();
        assert_eq!(c.working_days, 10);
        assert_eq!(
            between(&cal, d("2026-03-16"), d("2026-03-02"))
                .unwrap()
                .working_days,
            -10
        );
    }

    #[test]
    fn the_requests_answer_as_json() {
        let rules = RuleSet::embedded().unwrap();
        let a = rules
            .answer_json(r#"{"query": "workdays_add", "date": "2026-03-06", "n": 1}"#)
            .unwrap();
        assert_eq!(
            a,
            "{\n  \"date\": \"2026-03-06\",\n  \"n\": 1,\n  \"result\": \"2026-03-09\"\n}"
        );
        let a = rules
            .answer_json(r#"{"query": "lunar_to_solar", "date": "2026-01-01"}"#)
            .unwrap();
        assert!(a.contains("\"date\": \"2026-02-17\""), "{a}");
        let e = Request::from_json(r#"{"query": "workdays_is", "date": "2026-02-30"}"#)
            .unwrap_err()
            .to_string();
        assert!(e.contains("\"date\" = \"2026-02-30\""), "{e}");
    }
}
