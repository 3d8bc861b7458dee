//! Calendar periods of a kind (year, half-year, quarter, month, ISO week): their bounds, the
//! period containing a day, the next one, and the periods overlapping a range.

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

use super::arith::out_of_range;
use crate::text::date::dmy;
use crate::{Error, Result};

/// The kinds of calendar period. Years, half-years, quarters and months are aligned on January;
/// weeks are ISO weeks, Monday to Sunday.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PeriodKind {
    /// A calendar year.
    Year,
    /// January–June or July–December.
    Half,
    /// A quarter, from January, April, July or October.
    Quarter,
    /// A calendar month.
    Month,
    /// An ISO week, Monday to Sunday.
    Week,
}

impl PeriodKind {
    /// The kind in Vietnamese, as error messages name it (`quý`, `tháng`).
    fn vietnamese(self) -> &'static str {
        match self {
            PeriodKind::Year => "năm",
            PeriodKind::Half => "nửa năm",
            PeriodKind::Quarter => "quý",
            PeriodKind::Month => "tháng",
            PeriodKind::Week => "tuần",
        }
    }

    /// Months per period, `None` for weeks.
    fn months(self) -> Option<u32> {
        match self {
            PeriodKind::Year => Some(12),
            PeriodKind::Half => Some(6),
            PeriodKind::Quarter => Some(3),
            PeriodKind::Month => Some(1),
            PeriodKind::Week => None,
        }
    }
}

/// One period: its kind and its first and last day.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use quyche::calendar::period::{CalendarPeriod, PeriodKind};
/// let d = |m, d| NaiveDate::from_ymd_opt(2026, m, d).unwrap();
/// let week = CalendarPeriod::containing(PeriodKind::Week, d(2, 18))?;
/// assert_eq!((week.start, week.end), (d(2, 16), d(2, 22)));
/// assert_eq!(week.label(), "2026-W08");
/// assert_eq!(week.next()?.start, d(2, 23));
/// # Ok::<(), quyche::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct CalendarPeriod {
    /// Its kind.
    pub kind: PeriodKind,
    /// Its first day.
    pub start: NaiveDate,
    /// Its last day.
    pub end: NaiveDate,
}

impl CalendarPeriod {
    /// The period of `kind` that contains `date`.
    ///
    /// # Errors
    /// [`Error::Date`] at the ends of chrono's range.
    pub fn containing(kind: PeriodKind, date: NaiveDate) -> Result<Self> {
        let start = match kind.months() {
            Some(len) => {
                // `len` is 1, 3, 6 or 12, so the division is defined and the product is at most 11.
                #[allow(clippy::arithmetic_side_effects)]
                let first_month0 = date.month0() / len * len;
                NaiveDate::from_ymd_opt(date.year(), first_month0.saturating_add(1), 1)
            }
            None => {
                date.checked_sub_days(Days::new(u64::from(date.weekday().num_days_from_monday())))
            }
        }
        .ok_or_else(|| {
            out_of_range(
                format!("the period holding {date}"),
                format!("kỳ chứa ngày {}", dmy(date)),
            )
        })?;
        Self::starting(kind, start)
    }

    /// The period of `kind` starting on `start` (which must be a period's first day).
    fn starting(kind: PeriodKind, start: NaiveDate) -> Result<Self> {
        let next = match kind.months() {
            Some(len) => start.checked_add_months(Months::new(len)),
            None => start.checked_add_days(Days::new(7)),
        };
        let end = next.and_then(|n| n.pred_opt()).ok_or_else(|| {
            out_of_range(
                format!("the period starting {start}"),
                format!("kỳ bắt đầu từ {}", dmy(start)),
            )
        })?;
        Ok(CalendarPeriod { kind, start, end })
    }

    /// The period after this one.
    ///
    /// # Errors
    /// [`Error::Date`] at the end of chrono's range.
    pub fn next(&self) -> Result<Self> {
        let start = self.end.succ_opt().ok_or_else(|| {
            out_of_range(
                format!("the period after {}", self.end),
                format!("kỳ sau ngày {}", dmy(self.end)),
            )
        })?;
        Self::starting(self.kind, start)
    }

    /// Whether `date` lies in the period.
    pub fn contains(&self, date: NaiveDate) -> bool {
        self.start <= date && date <= self.end
    }

    /// The 1-based position of the period within its year (the second half is 2, the fourth
    /// quarter 4, March 3); for a week, its ISO week number.
    pub fn index_in_year(&self) -> u32 {
        match self.kind.months() {
            Some(len) => self
                .start
                .month0()
                .checked_div(len)
                .unwrap_or(0)
                .saturating_add(1),
            None => self.start.iso_week().week(),
        }
    }

    /// The period of `kind` numbered `n` (1-based) in `year`: the `n`-th half, quarter or month,
    /// or ISO week `n` of ISO year `year`; `n` is ignored for a year.
    ///
    /// # Errors
    /// [`Error::Date`] when `n` is out of range for the kind (quarter 5, week 54, ...).
    pub fn numbered(kind: PeriodKind, year: i32, n: u32) -> Result<Self> {
        let bad = || {
            Error::date(
                format!("{kind:?} {n} of {year} does not exist"),
                format!("không có {} {n} của năm {year}", kind.vietnamese()),
            )
        };
        let start = match kind.months() {
            Some(12) => NaiveDate::from_ymd_opt(year, 1, 1),
            Some(len) => {
                let count = 12u32.checked_div(len).unwrap_or(0);
                if n == 0 || n > count {
                    return Err(bad());
                }
                NaiveDate::from_ymd_opt(
                    year,
                    n.saturating_sub(1).saturating_mul(len).saturating_add(1),
                    1,
                )
            }
            None => NaiveDate::from_isoywd_opt(year, n, Weekday::Mon),
        }
        .ok_or_else(bad)?;
        Self::starting(kind, start)
    }

    /// Calls `f` on each period of `kind` overlapping `[from, to]`, in order, without collecting
    /// them.
    ///
    /// # Errors
    /// [`Error::Date`] when a period would leave chrono's range; any error of `f`.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use quyche::calendar::period::{CalendarPeriod, PeriodKind};
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let mut n = 0;
    /// CalendarPeriod::each(PeriodKind::Week, d(2026, 1, 1), d(2026, 12, 31), |_| { n += 1; Ok(()) })?;
    /// assert_eq!(n, 53); // ISO weeks 2026-W01 (from 29/12/2025) to 2026-W53
    /// # Ok::<(), quyche::Error>(())
    /// ```
    pub fn each(
        kind: PeriodKind,
        from: NaiveDate,
        to: NaiveDate,
        mut f: impl FnMut(CalendarPeriod) -> Result<()>,
    ) -> Result<()> {
        let mut p = Self::containing(kind, from)?;
        while p.start <= to {
            f(p)?;
            if p.end >= to {
                break;
            }
            p = p.next()?;
        }
        Ok(())
    }
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
    bounds(PeriodKind::Month, year, month, "month")
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
    bounds(PeriodKind::Quarter, year, q, "quarter")
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
    bounds(PeriodKind::Half, year, h, "half-year")
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
    bounds(PeriodKind::Year, year, 1, "year")
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
    let p = CalendarPeriod::containing(PeriodKind::Week, date)?;
    Ok((p.start, p.end))
}

fn bounds(kind: PeriodKind, year: i32, n: u32, what: &str) -> Result<(NaiveDate, NaiveDate)> {
    let p = CalendarPeriod::numbered(kind, year, n).map_err(|_| match kind {
        PeriodKind::Year => out_of_range(format!("year {year}"), format!("năm {year}")),
        PeriodKind::Month if n == 0 || n > 12 => Error::date(
            format!("year {year} month {n} does not exist"),
            format!("năm {year} không có tháng {n}"),
        ),
        PeriodKind::Quarter => Error::date(
            format!("quarter {n} does not exist (1 to 4)"),
            format!("không có quý {n} (từ 1 đến 4)"),
        ),
        PeriodKind::Half => Error::date(
            format!("half-year {n} does not exist (1 or 2)"),
            format!("không có nửa năm thứ {n} (1 hoặc 2)"),
        ),
        _ => out_of_range(
            format!("{what} {n} of {year}"),
            format!("{} {n} năm {year}", kind.vietnamese()),
        ),
    })?;
    Ok((p.start, p.end))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn containing_and_next() {
        let q = CalendarPeriod::containing(PeriodKind::Quarter, d(2026, 8, 15)).unwrap();
        assert_eq!(
            (q.start, q.end, q.index_in_year()),
            (d(2026, 7, 1), d(2026, 9, 30), 3)
        );
        let h = CalendarPeriod::containing(PeriodKind::Half, d(2026, 12, 31)).unwrap();
        assert_eq!(
            (h.start, h.end, h.index_in_year()),
            (d(2026, 7, 1), d(2026, 12, 31), 2)
        );
        assert_eq!(h.next().unwrap().start, d(2027, 1, 1));
        let m = CalendarPeriod::containing(PeriodKind::Month, d(2024, 2, 10)).unwrap();
        assert_eq!(m.end, d(2024, 2, 29));
        // 01/01/2026 is a Thursday: its ISO week runs Monday 29/12/2025 to Sunday 04/01/2026.
        let w = CalendarPeriod::containing(PeriodKind::Week, d(2026, 1, 1)).unwrap();
        assert_eq!(
            (w.start, w.end, w.index_in_year()),
            (d(2025, 12, 29), d(2026, 1, 4), 1)
        );
        assert!(w.contains(d(2026, 1, 4)) && !w.contains(d(2026, 1, 5)));
    }

    #[test]
    fn each_covers_the_range_once() {
        let mut months = Vec::new();
        CalendarPeriod::each(PeriodKind::Month, d(2026, 1, 15), d(2026, 3, 1), |p| {
            months.push(p.start);
            Ok(())
        })
        .unwrap();
        assert_eq!(months, [d(2026, 1, 1), d(2026, 2, 1), d(2026, 3, 1)]);
    }

    #[test]
    fn numbered_rejects_what_does_not_exist() {
        assert!(CalendarPeriod::numbered(PeriodKind::Quarter, 2026, 5).is_err());
        assert!(CalendarPeriod::numbered(PeriodKind::Half, 2026, 0).is_err());
        assert!(CalendarPeriod::numbered(PeriodKind::Week, 2027, 53).is_err());
        assert_eq!(
            CalendarPeriod::numbered(PeriodKind::Week, 2026, 53)
                .unwrap()
                .start,
            d(2026, 12, 28)
        );
    }
}
