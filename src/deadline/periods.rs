//! The periods of a recurrence (from the calendar's one period module) and where a schedule's
//! due date falls inside one.

use chrono::{Datelike, Days, Months, NaiveDate};

use crate::calendar::period::{CalendarPeriod, PeriodKind};
use crate::schedule::{Frequency, Periodic};
use crate::text::date::dmy;
use crate::{Error, Result};

/// A period of a periodic schedule: a [`CalendarPeriod`] of the calendar's one period module.
pub type Period = CalendarPeriod;

/// The period kind of a recurrence (`None` for duties on request or on an event).
pub(crate) fn period_kind(freq: Frequency) -> Option<PeriodKind> {
    match freq {
        Frequency::Annual => Some(PeriodKind::Year),
        Frequency::Semiannual => Some(PeriodKind::Half),
        Frequency::Quarterly => Some(PeriodKind::Quarter),
        Frequency::Monthly => Some(PeriodKind::Month),
        Frequency::Weekly => Some(PeriodKind::Week),
        _ => None,
    }
}

/// The recurrence whose periods are of `kind`.
pub(crate) fn frequency(kind: PeriodKind) -> Frequency {
    match kind {
        PeriodKind::Year => Frequency::Annual,
        PeriodKind::Half => Frequency::Semiannual,
        PeriodKind::Quarter => Frequency::Quarterly,
        PeriodKind::Month => Frequency::Monthly,
        PeriodKind::Week => Frequency::Weekly,
    }
}

/// The label of the period of `freq` starting on `start` (`2026-W08`, `2026-Q3`; the day
/// itself for duties on request or on an event).
pub(crate) fn label(freq: Frequency, start: NaiveDate) -> String {
    period_kind(freq)
        .and_then(|kind| CalendarPeriod::containing(kind, start).ok())
        .map_or_else(|| start.to_string(), |p| p.label())
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
    f: impl FnMut(Period) -> Result<()>,
) -> Result<()> {
    let kind = period_kind(freq).ok_or_else(|| {
        Error::request(
            "duties on request or relative to an event have no periods",
            "nhiệm vụ đột xuất theo yêu cầu hoặc tính theo sự kiện không có kỳ",
        )
    })?;
    CalendarPeriod::each(kind, from, to, f)
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
            let n = month_offset.saturating_add(1);
            Error::date(
                format!(
                    "month {n} of the period from {} is out of range",
                    period.start
                ),
                format!(
                    "tháng thứ {n} của kỳ bắt đầu từ {} nằm ngoài phạm vi",
                    dmy(period.start)
                ),
            )
        })?;
    let last = crate::calendar::period::last_day_of_month(month_start)?;
    if u32::from(day) > last.day() {
        return Ok(Position {
            named: last,
            clamped_from: Some(day),
        });
    }
    let named = month_start.with_day(u32::from(day)).ok_or_else(|| {
        Error::date(
            format!("day {day} of {month_start}"),
            format!(
                "ngày {day} của tháng {:02}/{}",
                month_start.month(),
                month_start.year()
            ),
        )
    })?;
    Ok(Position {
        named,
        clamped_from: None,
    })
}

/// `dd/mm/yyyy`, as Vietnamese texts write dates.
pub fn vn_date(d: NaiveDate) -> String {
    crate::text::date::dmy(d).to_string()
}
