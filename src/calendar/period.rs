//! Calendar periods: adding years, months and days to a date, and the bounds of months, quarters,
//! half-years, years and ISO weeks (what deadline expansion needs).
//!
//! Semantics (those of the Catala project's `dates_calc` conformance vectors): add the years and
//! the months first; if the resulting day does not exist in the target month (31 January + 1 month,
//! 29 February + 1 year) the result is ambiguous and an error unless a [`Rounding`] is chosen (up:
//! the first day of the next month; down: the last day of the month); then add the days exactly.

use chrono::{Datelike, Days, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::{Error, Result};

/// A calendar period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub struct Period {
    /// Years (may be negative).
    pub years: i32,
    /// Months (may be negative).
    pub months: i32,
    /// Days (may be negative).
    pub days: i64,
}

impl Period {
    /// A period of years, months and days.
    pub fn new(years: i32, months: i32, days: i64) -> Self {
        Period {
            years,
            months,
            days,
        }
    }
}

/// What to do when adding months or years lands on a day the month does not have.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Rounding {
    /// Refuse: an ambiguous computation is an error (the default).
    #[default]
    Error,
    /// The first day of the next month.
    Up,
    /// The last day of the month.
    Down,
}

fn out_of_range(what: impl std::fmt::Display) -> Error {
    Error::date(format!("{what} is outside the representable dates"))
}

/// `date + period` with the rounding policy.
///
/// # Errors
/// [`Error::Date`] when the result is ambiguous and `rounding` is [`Rounding::Error`], or when it
/// is outside chrono's range.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use quyche::calendar::period::{add, Period, Rounding};
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// assert_eq!(add(d(2012, 1, 31), Period::new(0, 2, 0), Rounding::Error)?, d(2012, 3, 31));
/// assert!(add(d(2012, 1, 31), Period::new(0, 1, 0), Rounding::Error).is_err());
/// assert_eq!(add(d(2012, 1, 31), Period::new(0, 1, 0), Rounding::Down)?, d(2012, 2, 29));
/// assert_eq!(add(d(2012, 1, 31), Period::new(0, 1, 0), Rounding::Up)?, d(2012, 3, 1));
/// # Ok::<(), quyche::Error>(())
/// ```
pub fn add(date: NaiveDate, period: Period, rounding: Rounding) -> Result<NaiveDate> {
    // Each term is far below i64's range (i32 years times 12), so their sum cannot overflow.
    #[allow(clippy::arithmetic_side_effects)]
    let total_months = i64::from(date.year()) * 12
        + i64::from(date.month0())
        + i64::from(period.years) * 12
        + i64::from(period.months);
    let year = i32::try_from(total_months.div_euclid(12))
        .map_err(|_| out_of_range(format!("{date} + {period:?}")))?;
    let month = u32::try_from(total_months.rem_euclid(12).saturating_add(1))
        .map_err(|_| out_of_range(format!("{date} + {period:?}")))?;
    let shifted = match NaiveDate::from_ymd_opt(year, month, date.day()) {
        Some(d) => d,
        None => {
            let first = NaiveDate::from_ymd_opt(year, month, 1)
                .ok_or_else(|| out_of_range(format!("{date} + {period:?}")))?;
            match rounding {
                Rounding::Error => {
                    return Err(Error::date(format!(
                        "{date} + {} years {} months is ambiguous: {year}-{month:02} has no day {}; choose a rounding (up or down)",
                        period.years,
                        period.months,
                        date.day()
                    )))
                }
                Rounding::Up => first.checked_add_months(chrono::Months::new(1)).ok_or_else(|| out_of_range(format!("{date} + {period:?}")))?,
                Rounding::Down => last_day_of_month(first)?,
            }
        }
    };
    let result = if period.days >= 0 {
        shifted.checked_add_days(Days::new(period.days.unsigned_abs()))
    } else {
        shifted.checked_sub_days(Days::new(period.days.unsigned_abs()))
    };
    result.ok_or_else(|| out_of_range(format!("{date} + {period:?}")))
}

/// The first day of `date`'s month.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// let d = NaiveDate::from_ymd_opt(2012, 2, 15).unwrap();
/// assert_eq!(quyche::calendar::period::first_day_of_month(d), NaiveDate::from_ymd_opt(2012, 2, 1).unwrap());
/// ```
pub fn first_day_of_month(date: NaiveDate) -> NaiveDate {
    date.with_day(1).unwrap_or(date)
}

/// The last day of `date`'s month.
///
/// # Errors
/// [`Error::Date`] only for the last month chrono can represent.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// let d = NaiveDate::from_ymd_opt(2012, 2, 15).unwrap();
/// assert_eq!(quyche::calendar::period::last_day_of_month(d)?, NaiveDate::from_ymd_opt(2012, 2, 29).unwrap());
/// # Ok::<(), quyche::Error>(())
/// ```
pub fn last_day_of_month(date: NaiveDate) -> Result<NaiveDate> {
    first_day_of_month(date)
        .checked_add_months(chrono::Months::new(1))
        .and_then(|d| d.pred_opt())
        .ok_or_else(|| out_of_range(format!("the end of {}-{:02}", date.year(), date.month())))
}

fn bounds(year: i32, first_month: u32, months: u32) -> Result<(NaiveDate, NaiveDate)> {
    let start = NaiveDate::from_ymd_opt(year, first_month, 1)
        .ok_or_else(|| Error::date(format!("year {year} month {first_month} does not exist")))?;
    let end = start
        .checked_add_months(chrono::Months::new(months))
        .and_then(|d| d.pred_opt())
        .ok_or_else(|| out_of_range(format!("the period starting {start}")))?;
    Ok((start, end))
}

/// The first and last day of a month.
///
/// # Errors
/// [`Error::Date`] when `month` is not 1..=12 or the year is out of chrono's range.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// let (a, b) = quyche::calendar::period::month_bounds(2026, 2)?;
/// assert_eq!((a.day0(), b), (0, NaiveDate::from_ymd_opt(2026, 2, 28).unwrap()));
/// # use chrono::Datelike;
/// # Ok::<(), quyche::Error>(())
/// ```
pub fn month_bounds(year: i32, month: u32) -> Result<(NaiveDate, NaiveDate)> {
    bounds(year, month, 1)
}

/// The first and last day of quarter `q` (1..=4).
///
/// # Errors
/// [`Error::Date`] when `q` is not 1..=4 or the year is out of range.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// let (a, b) = quyche::calendar::period::quarter_bounds(2026, 2)?;
/// assert_eq!(a, NaiveDate::from_ymd_opt(2026, 4, 1).unwrap());
/// assert_eq!(b, NaiveDate::from_ymd_opt(2026, 6, 30).unwrap());
/// # Ok::<(), quyche::Error>(())
/// ```
pub fn quarter_bounds(year: i32, q: u32) -> Result<(NaiveDate, NaiveDate)> {
    if !(1..=4).contains(&q) {
        return Err(Error::date(format!("quarter {q} does not exist (1 to 4)")));
    }
    bounds(
        year,
        q.saturating_sub(1).saturating_mul(3).saturating_add(1),
        3,
    )
}

/// The first and last day of half-year `h` (1 or 2).
///
/// # Errors
/// [`Error::Date`] when `h` is not 1 or 2 or the year is out of range.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// let (a, b) = quyche::calendar::period::half_year_bounds(2026, 2)?;
/// assert_eq!((a, b), (NaiveDate::from_ymd_opt(2026, 7, 1).unwrap(), NaiveDate::from_ymd_opt(2026, 12, 31).unwrap()));
/// # Ok::<(), quyche::Error>(())
/// ```
pub fn half_year_bounds(year: i32, h: u32) -> Result<(NaiveDate, NaiveDate)> {
    if !(1..=2).contains(&h) {
        return Err(Error::date(format!(
            "half-year {h} does not exist (1 or 2)"
        )));
    }
    bounds(
        year,
        h.saturating_sub(1).saturating_mul(6).saturating_add(1),
        6,
    )
}

/// The first and last day of a year.
///
/// # Errors
/// [`Error::Date`] when the year is out of chrono's range.
///
/// # Example
/// ```
/// let (a, b) = quyche::calendar::period::year_bounds(2026)?;
/// assert_eq!(b.signed_duration_since(a).num_days(), 364);
/// # Ok::<(), quyche::Error>(())
/// ```
pub fn year_bounds(year: i32) -> Result<(NaiveDate, NaiveDate)> {
    bounds(year, 1, 12)
}

/// The Monday and Sunday of `date`'s ISO week.
///
/// # Errors
/// [`Error::Date`] at the ends of chrono's range.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// let d = |m, d| NaiveDate::from_ymd_opt(2026, m, d).unwrap();
/// assert_eq!(quyche::calendar::period::week_bounds(d(11, 26))?, (d(11, 23), d(11, 29)));
/// # Ok::<(), quyche::Error>(())
/// ```
pub fn week_bounds(date: NaiveDate) -> Result<(NaiveDate, NaiveDate)> {
    let back = u64::from(date.weekday().num_days_from_monday());
    let monday = date
        .checked_sub_days(Days::new(back))
        .ok_or_else(|| out_of_range(format!("the week of {date}")))?;
    let sunday = monday
        .checked_add_days(Days::new(6))
        .ok_or_else(|| out_of_range(format!("the week of {date}")))?;
    Ok((monday, sunday))
}
