//! Calendar periods (years, half-years, quarters, months, ISO weeks) and due dates inside them.

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

use crate::schedule::{Frequency, Periodic};
use crate::{Error, Result};

/// A period of a periodic schedule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Period {
    /// Its first day.
    pub start: NaiveDate,
    /// Its last day.
    pub end: NaiveDate,
}

fn months_of(freq: Frequency) -> Option<u32> {
    match freq {
        Frequency::Annual => Some(12),
        Frequency::Semiannual => Some(6),
        Frequency::Quarterly => Some(3),
        Frequency::Monthly => Some(1),
        _ => None,
    }
}

fn date_err(what: String) -> Error {
    Error::Date { what }
}

/// The periods of `freq` that overlap `[from, to]`, in order. Weeks run Monday to Sunday.
///
/// # Errors
/// [`Error::Date`] when a period would leave chrono's date range; [`Error::Request`] for a
/// frequency without periods (on request, event).
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use quyche::deadline::periods;
/// use quyche::schedule::Frequency;
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// let q = periods(Frequency::Quarterly, d(2026, 1, 1), d(2026, 12, 31))?;
/// assert_eq!(q.len(), 4);
/// assert_eq!((q[1].start, q[1].end), (d(2026, 4, 1), d(2026, 6, 30)));
/// # Ok::<(), quyche::Error>(())
/// ```
pub fn periods(freq: Frequency, from: NaiveDate, to: NaiveDate) -> Result<Vec<Period>> {
    let mut out = Vec::new();
    each_period(freq, from, to, |p| {
        out.push(p);
        Ok(())
    })?;
    Ok(out)
}

/// Calls `f` on each period of `freq` overlapping `[from, to]`, in order, without collecting
/// them (the deadline expansion's hot path allocates nothing per period).
pub(crate) fn each_period(
    freq: Frequency,
    from: NaiveDate,
    to: NaiveDate,
    mut f: impl FnMut(Period) -> Result<()>,
) -> Result<()> {
    if let Some(len) = months_of(freq) {
        // Periods are aligned on January: find the one holding `from`.
        // `len` is 1, 3, 6 or 12 (months_of), so the division is defined and the product is at most 11.
        #[allow(clippy::arithmetic_side_effects)]
        let first_month = from.month0() / len * len;
        let mut start = NaiveDate::from_ymd_opt(from.year(), first_month.saturating_add(1), 1)
            .ok_or_else(|| date_err(format!("no period holds {from}")))?;
        while start <= to {
            let next = start
                .checked_add_months(Months::new(len))
                .ok_or_else(|| date_err(format!("the period after {start} is out of range")))?;
            let end = next
                .pred_opt()
                .ok_or_else(|| date_err(format!("no day before {next}")))?;
            f(Period { start, end })?;
            start = next;
        }
    } else if freq == Frequency::Weekly {
        let back = u64::from(from.weekday().num_days_from_monday());
        let mut start = from
            .checked_sub_days(Days::new(back))
            .ok_or_else(|| date_err(format!("the week of {from} is out of range")))?;
        while start <= to {
            let end = start
                .checked_add_days(Days::new(6))
                .ok_or_else(|| date_err(format!("the week of {start} is out of range")))?;
            f(Period { start, end })?;
            start = end
                .succ_opt()
                .ok_or_else(|| date_err(format!("no day after {end}")))?;
        }
    } else {
        return Err(Error::request(
            "duties on request or relative to an event have no periods",
        ));
    }
    Ok(())
}

/// Where a due date falls: the date the wording names (before the inclusive/exclusive rule),
/// and a note when the day had to be clamped to the end of a short month.
pub(crate) struct Position {
    pub(crate) named: NaiveDate,
    pub(crate) clamped_from: Option<u8>,
}

/// The date a periodic schedule names inside `period`; the period's last day when it names none.
pub(crate) fn position(freq: Frequency, p: &Periodic, period: Period) -> Result<Position> {
    if freq == Frequency::Weekly {
        let named = match p.weekday {
            Some(w) => period
                .start
                .checked_add_days(Days::new(u64::from(w.saturating_sub(1))))
                .unwrap_or(period.end),
            None => period.end,
        };
        return Ok(Position {
            named,
            clamped_from: None,
        });
    }
    let Some(day) = p.day else {
        return Ok(Position {
            named: period.end,
            clamped_from: None,
        });
    };
    let month_offset = u32::from(p.month.unwrap_or(1).saturating_sub(1));
    let first = period.start.with_day(1).unwrap_or(period.start);
    let month_start = first
        .checked_add_months(Months::new(month_offset))
        .ok_or_else(|| {
            date_err(format!(
                "month {} of the period from {} is out of range",
                month_offset.saturating_add(1),
                period.start
            ))
        })?;
    let last = last_day_of_month(month_start)?;
    if u32::from(day) > last.day() {
        return Ok(Position {
            named: last,
            clamped_from: Some(day),
        });
    }
    let named = month_start
        .with_day(u32::from(day))
        .ok_or_else(|| date_err(format!("day {day} of {month_start}")))?;
    Ok(Position {
        named,
        clamped_from: None,
    })
}

pub(crate) fn last_day_of_month(d: NaiveDate) -> Result<NaiveDate> {
    d.with_day(1)
        .and_then(|f| f.checked_add_months(Months::new(1)))
        .and_then(|n| n.pred_opt())
        .ok_or_else(|| date_err(format!("the end of the month of {d} is out of range")))
}

/// `dd/mm/yyyy`, as Vietnamese texts write dates.
pub fn vn_date(d: NaiveDate) -> String {
    d.format("%d/%m/%Y").to_string()
}

/// The Vietnamese-English name of a weekday.
pub(crate) fn weekday_name(d: NaiveDate) -> &'static str {
    match d.weekday() {
        Weekday::Mon => "a Monday",
        Weekday::Tue => "a Tuesday",
        Weekday::Wed => "a Wednesday",
        Weekday::Thu => "a Thursday",
        Weekday::Fri => "a Friday",
        Weekday::Sat => "a Saturday",
        Weekday::Sun => "a Sunday",
    }
}
