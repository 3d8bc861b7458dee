//! Date arithmetic: adding years, months and days to a date.
//!
//! Semantics (those of the Catala project's `dates_calc` conformance vectors): add the years and
//! the months first; if the resulting day does not exist in the target month (31 January + 1 month,
//! 29 February + 1 year) the result is ambiguous and an error unless a [`Rounding`] is chosen (up:
//! the first day of the next month; down: the last day of the month); then add the days exactly.

use chrono::{Datelike, Days, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::text::date::dmy;
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

/// `what` (in English, in Vietnamese) falls outside the dates chrono can represent.
pub(super) fn out_of_range(en: impl std::fmt::Display, vi: impl std::fmt::Display) -> Error {
    Error::date(
        format!("{en} is outside the representable dates"),
        format!("{vi} nằm ngoài phạm vi ngày biểu diễn được"),
    )
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
    let beyond = || {
        out_of_range(
            format!("{date} + {period:?}"),
            format!("{} + {period:?}", dmy(date)),
        )
    };
    let year = i32::try_from(total_months.div_euclid(12)).map_err(|_| beyond())?;
    let month =
        u32::try_from(total_months.rem_euclid(12).saturating_add(1)).map_err(|_| beyond())?;
    let shifted = match NaiveDate::from_ymd_opt(year, month, date.day()) {
        Some(d) => d,
        None => {
            let first = NaiveDate::from_ymd_opt(year, month, 1).ok_or_else(beyond)?;
            match rounding {
                Rounding::Error => {
                    let (years, months, day) = (period.years, period.months, date.day());
                    return Err(Error::date(
                        format!("{date} + {years} years {months} months is ambiguous: {year}-{month:02} has no day {day}; choose a rounding (up or down)"),
                        format!("{} + {years} năm {months} tháng không xác định được: tháng {month:02}/{year} không có ngày {day}; hãy chọn cách làm tròn (up hoặc down)", dmy(date)),
                    ));
                }
                Rounding::Up => first
                    .checked_add_months(chrono::Months::new(1))
                    .ok_or_else(beyond)?,
                Rounding::Down => last_day_of_month(first)?,
            }
        }
    };
    let result = if period.days >= 0 {
        shifted.checked_add_days(Days::new(period.days.unsigned_abs()))
    } else {
        shifted.checked_sub_days(Days::new(period.days.unsigned_abs()))
    };
    result.ok_or_else(beyond)
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
        .ok_or_else(|| {
            let (y, m) = (date.year(), date.month());
            out_of_range(
                format!("the end of {y}-{m:02}"),
                format!("ngày cuối tháng {m:02}/{y}"),
            )
        })
}
