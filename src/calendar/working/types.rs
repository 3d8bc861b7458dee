//! The public types of the working calendar: kinds, options, holiday records, day explanations
//! and year summaries.

use chrono::{NaiveDate, Weekday};
use serde::Serialize;

use super::super::arrangements::{Arrangements, Status};
#[cfg(doc)]
use super::WorkingCalendar;

/// The first day a [`WorkingCalendar`] covers. The civil service's five-day week dates from
/// Quyết định 188/1999/QĐ-TTg (late 1999); earlier years are not modelled.
pub const FIRST_DAY: NaiveDate = match NaiveDate::from_ymd_opt(2000, 1, 1) {
    Some(d) => d,
    None => NaiveDate::MIN,
};

/// The last day a [`WorkingCalendar`] covers.
pub const LAST_DAY: NaiveDate = match NaiveDate::from_ymd_opt(2199, 12, 31) {
    Some(d) => d,
    None => NaiveDate::MAX,
};

/// Which working calendar.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum CalendarKind {
    /// Cán bộ, công chức, viên chức: Monday to Friday, with the official swaps (the default).
    #[default]
    Civil,
    /// Người lao động: one configurable weekly rest day (Sunday by default), statutory holidays and
    /// the notices' holiday days, without the civil-service swaps unless asked.
    Labour,
}

named_values!(CalendarKind, "A working calendar" {
    Civil => ("cán bộ, công chức, viên chức", "civil service"),
    Labour => ("người lao động", "employees"),
});

/// Options of a [`WorkingCalendar`].
///
/// # Example
/// ```
/// use chrono::Weekday;
/// use quyche::calendar::{CalendarKind, CalendarOptions, WorkingCalendar};
/// let opts = CalendarOptions { rest_days: Some(vec![Weekday::Sat]), ..CalendarOptions::new(CalendarKind::Labour) };
/// let cal = WorkingCalendar::with_options(opts)?;
/// assert!(!cal.is_working_day(chrono::NaiveDate::from_ymd_opt(2026, 11, 28).unwrap())?);
/// # Ok::<(), quyche::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalendarOptions {
    /// Which calendar.
    pub kind: CalendarKind,
    /// Weekly rest days; `None`: Saturday and Sunday (civil) or Sunday (labour).
    pub rest_days: Option<Vec<Weekday>>,
    /// Whether the notices' swaps (days exchanged, Saturdays worked) apply; `None`: civil yes,
    /// labour no.
    pub apply_swaps: Option<bool>,
    /// Arrangements laid over the official ones (see [`Arrangements::merge`]).
    pub extra: Option<Arrangements>,
}

impl CalendarOptions {
    /// The defaults of a calendar kind.
    pub fn new(kind: CalendarKind) -> Self {
        CalendarOptions {
            kind,
            rest_days: None,
            apply_swaps: None,
            extra: None,
        }
    }
}

/// Why a day is off or on.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DayKind {
    /// A public holiday of the law in force.
    Statutory,
    /// A day off compensating a holiday that fell on a weekly rest day.
    Compensatory,
    /// A working day taken off by an official swap.
    SwapOff,
    /// A weekly rest day worked by an official swap (làm bù).
    SwapWork,
    /// An extra day off from an arrangement.
    DayOff,
    /// An extra working day from an arrangement.
    WorkDay,
}

named_values!(DayKind, "What kind of day" {
    Statutory => ("nghỉ lễ, tết", "public holiday"),
    Compensatory => ("nghỉ bù", "compensatory day off"),
    SwapOff => ("nghỉ hoán đổi", "day off by a swap"),
    SwapWork => ("đi làm bù", "worked by a swap"),
    DayOff => ("ngày nghỉ theo thông báo", "day off by a notice"),
    WorkDay => ("ngày làm việc theo thông báo", "working day by a notice"),
});

/// One holiday or arrangement day.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HolidayRecord {
    /// The date.
    pub date: NaiveDate,
    /// What kind of day.
    pub kind: DayKind,
    /// The statutory holiday concerned (`tet`, `national_day`, ...), when there is one.
    pub holiday: Option<String>,
    /// Vietnamese name.
    pub name_vi: String,
    /// English name.
    pub name_en: String,
    /// The law and, where the date was fixed by a notice, the notice.
    pub source: String,
    /// Official (from a notice or a fixed date of the law) or projected by the rules.
    pub status: Status,
    /// Whether the rule or notice behind the day was confirmed from its text (`false` for a
    /// holiday rule recorded with `verified = false`, and the days compensating it).
    pub verified: bool,
}

/// A reason in a [`DayInfo`].
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reason {
    /// What kind of reason: `weekly_rest`, `working_weekday`, or a [`DayKind`] in snake case.
    pub kind: String,
    /// One sentence, e.g. "29/11/2026 is a Sunday (Chủ nhật), a weekly rest day".
    pub text: String,
    /// The same in Vietnamese, e.g. "29/11/2026 là Chủ nhật, ngày nghỉ hằng tuần".
    pub text_vi: String,
    /// Its source.
    pub source: String,
}

/// Whether a day is a working day, and why.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DayInfo {
    /// The date.
    pub date: NaiveDate,
    /// ISO weekday, 1 = Monday .. 7 = Sunday.
    pub weekday: u32,
    /// Whether it is a working day.
    pub working: bool,
    /// The reasons, weekly rest first.
    pub reasons: Vec<Reason>,
}

/// The summary of one year.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct YearSummary {
    /// The year.
    pub year: i32,
    /// Official (a notice fixed the year's arrangements) or projected.
    pub status: Status,
    /// The arrangements' note, if any.
    pub note: Option<String>,
    /// Working days in the year.
    pub working_days: u32,
}
