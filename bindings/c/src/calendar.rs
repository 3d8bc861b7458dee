//! The Vietnamese working calendar and the lunisolar calendar, without JSON.

use chrono::{Datelike, NaiveDate};
use quyche_core::calendar::{CalendarKind, LunarDate, WorkingCalendar};
use quyche_core::query::{LunarFromSolarQuery, SolarDate, WorkdaysAddQuery, WorkdaysBetweenQuery};

use crate::boundary::{guard_value, handle_in, require_out, write_out, Failure};
use crate::error::{guard, qc_error};
use crate::status::qc_status;

/// A date of the Gregorian calendar.
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct qc_date {
    /// The year (2026).
    pub year: i32,
    /// The month, 1 to 12.
    pub month: u8,
    /// The day of the month, 1 to 31.
    pub day: u8,
}

/// A date of the Vietnamese lunisolar calendar (âm lịch), computed for UTC+7.
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct qc_lunar_date {
    /// The lunar year (the year in which its Tết falls).
    pub year: i32,
    /// The lunar month, 1 to 12.
    pub month: u8,
    /// The day of the lunar month, 1 to 30.
    pub day: u8,
    /// Whether the month is the leap (nhuận) month that repeats `month`.
    pub leap: bool,
}

/// Which working calendar `qc_calendar_new_vietnam` builds. Passed as a `uint32_t`.
///
/// cbindgen:prefix-with-name=false
#[repr(u32)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum qc_calendar_kind {
    /// Cán bộ, công chức, viên chức: Monday to Friday, public holidays, the official swaps.
    QC_CALENDAR_CIVIL = 0,
    /// Người lao động: Sunday rest, public holidays, without the civil-service swaps.
    QC_CALENDAR_LABOUR = 1,
}

/// A Vietnamese working-day calendar: weekly rest days, public holidays by period of labour law and
/// the yearly official arrangements. Immutable after creation: may be shared read-only across
/// threads and used by several threads at once.
pub struct qc_calendar {
    calendar: WorkingCalendar,
}

// The thread-safety promise above rests on this: fails to compile if the core loses Send + Sync.
const _: fn() = || {
    fn shareable<T: Send + Sync>() {}
    shareable::<qc_calendar>();
};

fn solar_in(func: &str, name: &str, d: qc_date) -> Result<NaiveDate, Failure> {
    NaiveDate::from_ymd_opt(d.year, u32::from(d.month), u32::from(d.day)).ok_or_else(|| {
        Failure::new(
            qc_status::OutOfRange,
            format!(
                "{func}: `{name}` {:04}-{:02}-{:02} is not a date",
                d.year, d.month, d.day
            ),
        )
    })
}

fn solar_out(func: &str, d: NaiveDate) -> Result<qc_date, Failure> {
    let narrow = |v: u32| {
        u8::try_from(v).map_err(|_| {
            Failure::new(
                qc_status::OutOfRange,
                format!("{func}: the result {d} does not fit qc_date"),
            )
        })
    };
    Ok(qc_date {
        year: d.year(),
        month: narrow(d.month())?,
        day: narrow(d.day())?,
    })
}

/// Builds the working calendar of Việt Nam of the given kind (`QC_CALENDAR_CIVIL` or
/// `QC_CALENDAR_LABOUR`) and stores a new handle in `*out`.
///
/// # Errors
/// `QC_STATUS_INVALID_ARGUMENT` for an unknown kind or a NULL `out`; `QC_STATUS_DATA_ERROR` if the
/// embedded holiday data is broken.
///
/// # Safety
/// `out` and `err_out` are NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn qc_calendar_new_vietnam(
    kind: u32,
    out: *mut *mut qc_calendar,
    err_out: *mut *mut qc_error,
) -> qc_status {
    const F: &str = "qc_calendar_new_vietnam";
    guard(err_out, || {
        require_out(F, "out", out)?;
        let kind = match kind {
            k if k == qc_calendar_kind::QC_CALENDAR_CIVIL as u32 => CalendarKind::Civil,
            k if k == qc_calendar_kind::QC_CALENDAR_LABOUR as u32 => CalendarKind::Labour,
            k => return Err(Failure::new(qc_status::InvalidArgument, format!("{F}: unknown calendar kind {k} (QC_CALENDAR_CIVIL is 0, QC_CALENDAR_LABOUR is 1)"))),
        };
        let calendar = WorkingCalendar::vietnam(kind).map_err(|e| Failure::core(F, &e))?;
        // SAFETY: `out` is non-NULL (checked) and writable (the caller's contract).
        unsafe { write_out(out, Box::into_raw(Box::new(qc_calendar { calendar }))) };
        Ok(())
    })
}

/// Frees a calendar. `NULL` is a no-op.
///
/// # Safety
/// `calendar` is NULL or a live handle, no longer used by any thread.
#[no_mangle]
pub unsafe extern "C" fn qc_calendar_free(calendar: *mut qc_calendar) {
    guard_value((), || {
        if !calendar.is_null() {
            // SAFETY: non-NULL handles come from Box::into_raw in `qc_calendar_new_vietnam`; the caller
            // gives up ownership.
            drop(unsafe { Box::from_raw(calendar) });
        }
    })
}

/// Stores in `*out` whether `date` is a working day.
///
/// # Errors
/// `QC_STATUS_INVALID_ARGUMENT` for a NULL handle or `out`; `QC_STATUS_OUT_OF_RANGE` when `date` is not
/// a date or is outside the calendar's range.
///
/// # Safety
/// `calendar` is NULL or a live handle; `out` and `err_out` are NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn qc_is_working_day(
    calendar: *const qc_calendar,
    date: qc_date,
    out: *mut bool,
    err_out: *mut *mut qc_error,
) -> qc_status {
    const F: &str = "qc_is_working_day";
    guard(err_out, || {
        require_out(F, "out", out)?;
        // SAFETY: the caller passes NULL or a live handle.
        let cal = unsafe { handle_in(F, "calendar", calendar) }?;
        let working = cal
            .calendar
            .is_working_day(solar_in(F, "date", date)?)
            .map_err(|e| Failure::core(F, &e))?;
        // SAFETY: `out` is non-NULL (checked) and writable (the caller's contract).
        unsafe { write_out(out, working) };
        Ok(())
    })
}

/// Stores in `*out` the `n`-th working day after `date` (n > 0) or before it (n < 0), not counting
/// `date` itself; `n = 0` gives `date` unchanged.
///
/// # Errors
/// `QC_STATUS_INVALID_ARGUMENT` for a NULL handle or `out`; `QC_STATUS_OUT_OF_RANGE` when `date` is not
/// a date, or it or the result is outside the calendar's range.
///
/// # Safety
/// `calendar` is NULL or a live handle; `out` and `err_out` are NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn qc_add_working_days(
    calendar: *const qc_calendar,
    date: qc_date,
    n: i64,
    out: *mut qc_date,
    err_out: *mut *mut qc_error,
) -> qc_status {
    const F: &str = "qc_add_working_days";
    guard(err_out, || {
        require_out(F, "out", out)?;
        // SAFETY: the caller passes NULL or a live handle.
        let cal = unsafe { handle_in(F, "calendar", calendar) }?;
        // Through the query layer, as the CLI and Python do it.
        let sum = WorkdaysAddQuery::new(solar_in(F, "date", date)?, n)
            .on(&cal.calendar)
            .map_err(|e| Failure::core(F, &e))?;
        let day = solar_out(F, sum.result)?;
        // SAFETY: `out` is non-NULL (checked) and writable (the caller's contract).
        unsafe { write_out(out, day) };
        Ok(())
    })
}

/// Stores in `*out` the number of working days in `[from, to)`: `from` counts, `to` does not; negative
/// when `to` is before `from`.
///
/// # Errors
/// `QC_STATUS_INVALID_ARGUMENT` for a NULL handle or `out`; `QC_STATUS_OUT_OF_RANGE` when a date is not a
/// date or is outside the calendar's range.
///
/// # Safety
/// `calendar` is NULL or a live handle; `out` and `err_out` are NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn qc_working_days_between(
    calendar: *const qc_calendar,
    from: qc_date,
    to: qc_date,
    out: *mut i64,
    err_out: *mut *mut qc_error,
) -> qc_status {
    const F: &str = "qc_working_days_between";
    guard(err_out, || {
        require_out(F, "out", out)?;
        // SAFETY: the caller passes NULL or a live handle.
        let cal = unsafe { handle_in(F, "calendar", calendar) }?;
        let q = WorkdaysBetweenQuery::new(solar_in(F, "from", from)?, solar_in(F, "to", to)?);
        let n = q
            .on(&cal.calendar)
            .map_err(|e| Failure::core(F, &e))?
            .working_days;
        // SAFETY: `out` is non-NULL (checked) and writable (the caller's contract).
        unsafe { write_out(out, n) };
        Ok(())
    })
}

/// Stores in `*out` the lunar date of a solar date.
///
/// # Errors
/// `QC_STATUS_INVALID_ARGUMENT` for a NULL `out`; `QC_STATUS_OUT_OF_RANGE` when `date` is not a date or
/// is outside the supported range.
///
/// # Safety
/// `out` and `err_out` are NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn qc_lunar_from_solar(
    date: qc_date,
    out: *mut qc_lunar_date,
    err_out: *mut *mut qc_error,
) -> qc_status {
    const F: &str = "qc_lunar_from_solar";
    guard(err_out, || {
        require_out(F, "out", out)?;
        let l = LunarFromSolarQuery::new(solar_in(F, "date", date)?)
            .answer()
            .map_err(|e| Failure::core(F, &e))?;
        // SAFETY: `out` is non-NULL (checked) and writable (the caller's contract).
        unsafe {
            write_out(
                out,
                qc_lunar_date {
                    year: l.year,
                    month: l.month,
                    day: l.day,
                    leap: l.leap,
                },
            )
        };
        Ok(())
    })
}

/// Stores in `*out` the solar date of a lunar date.
///
/// # Errors
/// `QC_STATUS_INVALID_ARGUMENT` for a NULL `out`; `QC_STATUS_OUT_OF_RANGE` when the lunar date does not
/// exist (day 30 of a 29-day month, a leap month in a year without it) or is out of range.
///
/// # Safety
/// `out` and `err_out` are NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn qc_lunar_to_solar(
    date: qc_lunar_date,
    out: *mut qc_date,
    err_out: *mut *mut qc_error,
) -> qc_status {
    const F: &str = "qc_lunar_to_solar";
    guard(err_out, || {
        require_out(F, "out", out)?;
        let lunar_date = LunarDate {
            year: date.year,
            month: date.month,
            day: date.day,
            leap: date.leap,
        };
        let s = SolarDate::of(lunar_date).map_err(|e| Failure::core(F, &e))?;
        let solar = solar_out(F, s.date)?;
        // SAFETY: `out` is non-NULL (checked) and writable (the caller's contract).
        unsafe { write_out(out, solar) };
        Ok(())
    })
}
