//! The Vietnamese working-day calendar: weekly rest days, statutory holidays of the law in force,
//! compensatory days, and the yearly official arrangements, precomputed once so that every query
//! is O(1) (table look-ups) or O(log n) (binary search over the holiday records).
//!
//! The parts: [`types`] (the public types), `index` (the rank/select index of working days),
//! `build` (the holiday records of a year from the law and the notices), `explain` (why a day
//! is off, in sentences with sources).

mod build;
mod explain;
mod index;
mod types;

use chrono::{Datelike, NaiveDate, Weekday};

use super::arrangements::Arrangement;
use super::arrangements::{ArrangementKind, Arrangements, Status};
use super::law::Law;
use super::lunar::LunarCalendar;
use crate::{Error, Result};
use build::build_year;
use index::DayIndex;
pub use types::{
    CalendarKind, CalendarOptions, DayInfo, DayKind, HolidayRecord, Reason, YearSummary, FIRST_DAY,
    LAST_DAY,
};

/// A precomputed working-day calendar for [`FIRST_DAY`]..=[`LAST_DAY`].
///
/// Building one takes a few milliseconds; it is immutable, `Send + Sync`, and every query is
/// O(1) or O(log n).
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use quyche::calendar::{CalendarKind, WorkingCalendar};
/// let cal = WorkingCalendar::vietnam(CalendarKind::Civil)?;
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// assert!(!cal.is_working_day(d(2026, 9, 2))?);            // Quốc khánh
/// assert_eq!(cal.add_working_days(d(2026, 8, 28), 1)?, d(2026, 9, 3));
/// assert_eq!(cal.working_days_between(d(2026, 1, 1), d(2027, 1, 1))?, 249);
/// # Ok::<(), quyche::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct WorkingCalendar {
    kind: CalendarKind,
    rest_mask: u8,
    /// Which days work.
    days: DayIndex,
    /// Sorted by date, then kind.
    records: Vec<HolidayRecord>,
    years: Vec<YearSummary>,
    /// Arrangements recorded as unconfirmed (proposals): listed, never applied.
    unconfirmed: Vec<Arrangement>,
}

fn weekday_bit(w: Weekday) -> u8 {
    1u8 << w.num_days_from_monday()
}

impl WorkingCalendar {
    /// The Vietnamese calendar of a kind with default options and the official arrangements.
    ///
    /// # Errors
    /// [`Error::Dataset`] if the embedded data is malformed (a build defect).
    ///
    /// # Example
    /// ```
    /// use quyche::calendar::{CalendarKind, WorkingCalendar};
    /// let cal = WorkingCalendar::vietnam(CalendarKind::Labour)?;
    /// assert_eq!(cal.kind(), CalendarKind::Labour);
    /// # Ok::<(), quyche::Error>(())
    /// ```
    pub fn vietnam(kind: CalendarKind) -> Result<Self> {
        Self::with_options(CalendarOptions::new(kind))
    }

    /// A calendar with options.
    ///
    /// # Errors
    /// [`Error::Dataset`] if the embedded data is malformed; [`Error::Request`] if `rest_days` is
    /// empty or holds all seven days; [`Error::Date`] if an arrangement names a holiday id the law
    /// does not have.
    ///
    /// # Example
    /// ```
    /// use quyche::calendar::{CalendarKind, CalendarOptions, WorkingCalendar};
    /// let cal = WorkingCalendar::with_options(CalendarOptions::new(CalendarKind::Civil))?;
    /// # Ok::<(), quyche::Error>(())
    /// ```
    pub fn with_options(options: CalendarOptions) -> Result<Self> {
        let kind = options.kind;
        let rest: Vec<Weekday> = options.rest_days.clone().unwrap_or_else(|| match kind {
            CalendarKind::Civil => vec![Weekday::Sat, Weekday::Sun],
            CalendarKind::Labour => vec![Weekday::Sun],
        });
        let rest_mask = rest.iter().fold(0u8, |m, w| m | weekday_bit(*w));
        if rest_mask == 0 || rest_mask == 0x7f {
            return Err(Error::request(
                "a calendar needs at least one weekly rest day and at least one working weekday",
                "lịch cần ít nhất một ngày nghỉ hằng tuần và ít nhất một ngày làm việc trong tuần",
            ));
        }
        let apply_swaps = options.apply_swaps.unwrap_or(kind == CalendarKind::Civil);
        let mut arrangements = Arrangements::official()?;
        if let Some(extra) = options.extra {
            arrangements.merge(extra);
        }
        let law = Law::embedded()?;
        for r in arrangements.all() {
            if let ArrangementKind::HolidayDays { holiday, .. } = &r.kind {
                if !law.holidays.iter().any(|h| &h.id == holiday) {
                    let mut known: Vec<&str> = law.holidays.iter().map(|h| h.id.as_str()).collect();
                    known.dedup();
                    let (year, known) = (r.year, known.join(", "));
                    return Err(Error::date(
                        format!("the arrangement for {year} names holiday {holiday:?}, which the law does not have (known: {known})"),
                        format!("lịch nghỉ bố trí cho năm {year} nêu ngày lễ {holiday:?}, ngày lễ mà luật không có (các ngày lễ đã biết: {known})"),
                    ));
                }
            }
        }
        let lunar = LunarCalendar::new();

        let mut records: Vec<HolidayRecord> = Vec::new();
        let mut years = Vec::new();
        for year in FIRST_DAY.year()..=LAST_DAY.year() {
            let year_record = arrangements.year(year);
            let status = year_record.map_or(Status::Projected, |y| y.status);
            let mut year_days = build_year(
                year,
                kind,
                rest_mask,
                apply_swaps,
                &law,
                &lunar,
                &arrangements,
                status,
            )?;
            records.append(&mut year_days);
            years.push(YearSummary {
                year,
                status,
                note: year_record.and_then(|y| y.note.clone()),
                working_days: 0,
            });
        }
        records.retain(|r| r.date >= FIRST_DAY && r.date <= LAST_DAY);
        records.sort_by_key(|r| (r.date, r.kind as u8));

        let first = FIRST_DAY.num_days_from_ce();
        let span = usize::try_from(
            LAST_DAY
                .num_days_from_ce()
                .saturating_sub(first)
                .saturating_add(1),
        )
        .map_err(|_| empty_range())?;
        let mut off = vec![false; span];
        let mut on = vec![false; span];
        for r in &records {
            let Some(i) = usize::try_from(r.date.num_days_from_ce().saturating_sub(first)).ok()
            else {
                continue;
            };
            let flags = match r.kind {
                DayKind::SwapWork | DayKind::WorkDay => &mut on,
                _ => &mut off,
            };
            if let Some(x) = flags.get_mut(i) {
                *x = true;
            }
        }
        let days = DayIndex::build(FIRST_DAY, LAST_DAY, |i, date| {
            let weekday_rest = rest_mask & weekday_bit(date.weekday()) != 0;
            let is_on = on.get(i).copied().unwrap_or(false);
            let is_off = off.get(i).copied().unwrap_or(false);
            is_on || (!weekday_rest && !is_off)
        })?;
        let unconfirmed = arrangements
            .all()
            .iter()
            .filter(|r| !r.verified)
            .cloned()
            .collect();
        let mut cal = WorkingCalendar {
            kind,
            rest_mask,
            days,
            records,
            years,
            unconfirmed,
        };
        let mut counts = Vec::with_capacity(cal.years.len());
        for y in cal.years.iter().map(|y| y.year) {
            let n = match (ymd(y, 1, 1), ymd(y.saturating_add(1), 1, 1)) {
                (Some(a), Some(b)) if y < LAST_DAY.year() => cal.working_days_between(a, b)?,
                (Some(a), _) => cal
                    .working_days_between(a, LAST_DAY)?
                    .saturating_add(i64::from(cal.is_working_day(LAST_DAY)?)),
                _ => 0,
            };
            counts.push(u32::try_from(n).unwrap_or(0));
        }
        for (summary, n) in cal.years.iter_mut().zip(counts) {
            summary.working_days = n;
        }
        Ok(cal)
    }

    /// The calendar's kind.
    pub fn kind(&self) -> CalendarKind {
        self.kind
    }

    /// The covered range, inclusive.
    pub fn range(&self) -> (NaiveDate, NaiveDate) {
        (FIRST_DAY, LAST_DAY)
    }

    /// Whether `date` is a working day.
    ///
    /// # Errors
    /// [`Error::Date`] outside [`FIRST_DAY`]..=[`LAST_DAY`].
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// let cal = quyche::calendar::WorkingCalendar::vietnam(Default::default())?;
    /// assert!(cal.is_working_day(NaiveDate::from_ymd_opt(2026, 1, 10).unwrap())?); // Saturday worked
    /// # Ok::<(), quyche::Error>(())
    /// ```
    pub fn is_working_day(&self, date: NaiveDate) -> Result<bool> {
        Ok(self.days.working_at(self.days.index(date)?))
    }

    /// The first working day strictly after `date`.
    ///
    /// # Errors
    /// [`Error::Date`] when `date` or the result is out of range.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// let cal = quyche::calendar::WorkingCalendar::vietnam(Default::default())?;
    /// let d = |m, d| NaiveDate::from_ymd_opt(2026, m, d).unwrap();
    /// assert_eq!(cal.next_working_day(d(2, 13))?, d(2, 23)); // over Tết
    /// # Ok::<(), quyche::Error>(())
    /// ```
    pub fn next_working_day(&self, date: NaiveDate) -> Result<NaiveDate> {
        self.add_working_days(date, 1)
    }

    /// The last working day strictly before `date`.
    ///
    /// # Errors
    /// [`Error::Date`] when `date` or the result is out of range.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// let cal = quyche::calendar::WorkingCalendar::vietnam(Default::default())?;
    /// let d = |m, d| NaiveDate::from_ymd_opt(2026, m, d).unwrap();
    /// assert_eq!(cal.previous_working_day(d(11, 30))?, d(11, 27));
    /// # Ok::<(), quyche::Error>(())
    /// ```
    pub fn previous_working_day(&self, date: NaiveDate) -> Result<NaiveDate> {
        self.add_working_days(date, -1)
    }

    /// `date` itself when it is a working day, else the next working day.
    ///
    /// # Errors
    /// [`Error::Date`] when `date` or the result is out of range.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// let cal = quyche::calendar::WorkingCalendar::vietnam(Default::default())?;
    /// let d = |m, d| NaiveDate::from_ymd_opt(2026, m, d).unwrap();
    /// assert_eq!(cal.on_or_after(d(11, 29))?, d(11, 30));
    /// # Ok::<(), quyche::Error>(())
    /// ```
    pub fn on_or_after(&self, date: NaiveDate) -> Result<NaiveDate> {
        if self.is_working_day(date)? {
            Ok(date)
        } else {
            self.next_working_day(date)
        }
    }

    /// `date` itself when it is a working day, else the previous working day.
    ///
    /// # Errors
    /// [`Error::Date`] when `date` or the result is out of range.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// let cal = quyche::calendar::WorkingCalendar::vietnam(Default::default())?;
    /// let d = |m, d| NaiveDate::from_ymd_opt(2026, m, d).unwrap();
    /// assert_eq!(cal.on_or_before(d(11, 29))?, d(11, 27));
    /// # Ok::<(), quyche::Error>(())
    /// ```
    pub fn on_or_before(&self, date: NaiveDate) -> Result<NaiveDate> {
        if self.is_working_day(date)? {
            Ok(date)
        } else {
            self.previous_working_day(date)
        }
    }

    /// The `n`-th working day after `date` (n > 0) or before it (n < 0), not counting `date`
    /// itself. `n = 0` returns `date` unchanged, even when it is a day off (use
    /// [`WorkingCalendar::on_or_after`] to roll it).
    ///
    /// # Errors
    /// [`Error::Date`] when `date` or the result is outside the calendar's range (a huge `n`).
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// let cal = quyche::calendar::WorkingCalendar::vietnam(Default::default())?;
    /// let d = |m, d| NaiveDate::from_ymd_opt(2026, m, d).unwrap();
    /// assert_eq!(cal.add_working_days(d(4, 29), 1)?, d(5, 4));   // over 30/4, 1/5 and a weekend
    /// assert_eq!(cal.add_working_days(d(5, 4), -1)?, d(4, 29));
    /// assert!(cal.add_working_days(d(5, 4), i64::MAX).is_err());
    /// # Ok::<(), quyche::Error>(())
    /// ```
    pub fn add_working_days(&self, date: NaiveDate, n: i64) -> Result<NaiveDate> {
        self.days.add(date, n)
    }

    /// The number of working days in the half-open range `[a, b)`: `a` counts, `b` does not; when
    /// `b < a` the result is minus the count of `[b, a)`. So `add_working_days` and this agree:
    /// for a working day `a`, `working_days_between(a, add_working_days(a, n)) == n`.
    ///
    /// # Errors
    /// [`Error::Date`] when `a` or `b` is outside the calendar's range.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// let cal = quyche::calendar::WorkingCalendar::vietnam(Default::default())?;
    /// let d = |m, d| NaiveDate::from_ymd_opt(2026, m, d).unwrap();
    /// assert_eq!(cal.working_days_between(d(11, 16), d(11, 23))?, 5);
    /// assert_eq!(cal.working_days_between(d(11, 23), d(11, 16))?, -5);
    /// assert_eq!(cal.working_days_between(d(11, 23), d(11, 30))?, 4); // 24/11 is a holiday
    /// # Ok::<(), quyche::Error>(())
    /// ```
    pub fn working_days_between(&self, a: NaiveDate, b: NaiveDate) -> Result<i64> {
        self.days.between(a, b)
    }

    /// [`WorkingCalendar::is_working_day`] on a day number: days since 1970-01-01 (numpy's
    /// `datetime64[D]` values), with no date conversion. `None` outside the calendar's range.
    ///
    /// # Example
    /// ```
    /// let cal = quyche::calendar::WorkingCalendar::vietnam(Default::default())?;
    /// let day = 20_698; // 2026-09-02, Quốc khánh
    /// assert_eq!(cal.is_working_day_number(day), Some(false));
    /// assert_eq!(cal.is_working_day_number(day + 1), Some(true));
    /// assert_eq!(cal.is_working_day_number(0), None); // 1970-01-01, out of range
    /// # Ok::<(), quyche::Error>(())
    /// ```
    pub fn is_working_day_number(&self, day: i64) -> Option<bool> {
        self.days.is_working_number(day)
    }

    /// [`WorkingCalendar::add_working_days`] on a day number (days since 1970-01-01), with no
    /// date conversion. `None` when `day` or the result is outside the calendar's range.
    ///
    /// # Example
    /// ```
    /// let cal = quyche::calendar::WorkingCalendar::vietnam(Default::default())?;
    /// let aug_28 = 20_693; // 2026-08-28, a Friday before the Quốc khánh holidays
    /// assert_eq!(cal.add_working_days_number(aug_28, 1), Some(aug_28 + 6)); // 2026-09-03
    /// assert_eq!(cal.add_working_days_number(aug_28 + 6, -1), Some(aug_28));
    /// assert_eq!(cal.add_working_days_number(aug_28, i64::MAX), None);
    /// # Ok::<(), quyche::Error>(())
    /// ```
    pub fn add_working_days_number(&self, day: i64, n: i64) -> Option<i64> {
        self.days.add_number(day, n)
    }

    /// [`WorkingCalendar::working_days_between`] on day numbers (days since 1970-01-01), with no
    /// date conversion: the working days in `[a, b)`, negative when `b < a`. `None` when `a` or
    /// `b` is outside the calendar's range.
    ///
    /// # Example
    /// ```
    /// let cal = quyche::calendar::WorkingCalendar::vietnam(Default::default())?;
    /// let (jan_1_2026, jan_1_2027) = (20_454, 20_819);
    /// assert_eq!(cal.working_days_between_numbers(jan_1_2026, jan_1_2027), Some(249));
    /// assert_eq!(cal.working_days_between_numbers(jan_1_2027, jan_1_2026), Some(-249));
    /// assert_eq!(cal.working_days_between_numbers(0, jan_1_2026), None);
    /// # Ok::<(), quyche::Error>(())
    /// ```
    pub fn working_days_between_numbers(&self, a: i64, b: i64) -> Option<i64> {
        self.days.between_numbers(a, b)
    }

    /// The holidays and arrangement days of a year, in date order (working days swapped in
    /// included, with kind [`DayKind::SwapWork`]).
    ///
    /// # Errors
    /// [`Error::Date`] when the year is outside the calendar's range.
    ///
    /// # Example
    /// ```
    /// let cal = quyche::calendar::WorkingCalendar::vietnam(Default::default())?;
    /// let h = cal.holidays(2026)?;
    /// assert!(h.iter().any(|r| r.name_vi == "Quốc khánh"));
    /// # Ok::<(), quyche::Error>(())
    /// ```
    pub fn holidays(&self, year: i32) -> Result<&[HolidayRecord]> {
        let (a, b) = match (ymd(year, 1, 1), ymd(year, 12, 31)) {
            (Some(a), Some(b)) if a >= FIRST_DAY && b <= LAST_DAY => (a, b),
            _ => {
                let (first, last) = (FIRST_DAY.year(), LAST_DAY.year());
                return Err(Error::date(
                    format!("year {year} is outside the working calendar's range {first}..={last}"),
                    format!("năm {year} nằm ngoài phạm vi của lịch làm việc ({first}–{last})"),
                ));
            }
        };
        let lo = self.records.partition_point(|r| r.date < a);
        let hi = self.records.partition_point(|r| r.date <= b);
        self.records.get(lo..hi).ok_or_else(|| {
            Error::date(
                "holiday index out of range",
                "chỉ số ngày lễ nằm ngoài phạm vi",
            )
        })
    }

    /// The arrangements of a year recorded as unconfirmed (a proposal no notice confirmed): the
    /// calendar lists them and does not apply them.
    ///
    /// # Example
    /// ```
    /// let cal = quyche::calendar::WorkingCalendar::vietnam(Default::default())?;
    /// assert!(cal.unconfirmed(2026).all(|a| !a.verified));
    /// # Ok::<(), quyche::Error>(())
    /// ```
    pub fn unconfirmed(&self, year: i32) -> impl Iterator<Item = &Arrangement> {
        self.unconfirmed.iter().filter(move |a| a.year == year)
    }

    /// The summary of a year: official or projected, and its number of working days.
    ///
    /// # Errors
    /// [`Error::Date`] when the year is outside the calendar's range.
    ///
    /// # Example
    /// ```
    /// use quyche::calendar::{arrangements::Status, WorkingCalendar};
    /// let cal = WorkingCalendar::vietnam(Default::default())?;
    /// assert_eq!(cal.year(2027)?.status, Status::Projected);
    /// # Ok::<(), quyche::Error>(())
    /// ```
    pub fn year(&self, year: i32) -> Result<&YearSummary> {
        usize::try_from(i64::from(year).saturating_sub(i64::from(FIRST_DAY.year())))
            .ok()
            .and_then(|i| self.years.get(i))
            .ok_or_else(|| {
                Error::date(
                    format!("year {year} is outside the working calendar's range"),
                    format!("năm {year} nằm ngoài phạm vi của lịch làm việc"),
                )
            })
    }
}

/// A calendar whose last day comes before its first (not expected).
fn empty_range() -> Error {
    Error::date("empty calendar range", "khoảng lịch trống")
}

fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

fn add_days(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    d.checked_add_signed(chrono::Duration::try_days(n)?)
}
