//! The Vietnamese working-day calendar: weekly rest days, statutory holidays of the law in force,
//! compensatory days, and the yearly official arrangements, precomputed once so that every query
//! is O(1) (table look-ups) or O(log n) (binary search over the holiday records).

use chrono::{Datelike, NaiveDate, Weekday};
use serde::Serialize;

use super::arrangements::{AppliesTo, ArrangementKind, Arrangements, Status};
use super::law::{self, Compensation, HolidayRule, LawPeriod};
use super::lunar::{LunarCalendar, LunarDate};
use crate::{Error, Result};

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

const CIVIL_REST_SOURCE: &str = "Quyết định số 188/1999/QĐ-TTg (tuần làm việc 40 giờ: cán bộ, công chức nghỉ thứ Bảy và Chủ nhật)";
const LABOUR_REST_SOURCE: &str = "Bộ luật Lao động 2019, Điều 111 (nghỉ hằng tuần: Chủ nhật hoặc ngày cố định khác do người sử dụng lao động quyết định)";

/// Which working calendar.
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

/// One holiday or arrangement day.
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
}

/// A reason in a [`DayInfo`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reason {
    /// What kind of reason: `weekly_rest`, `working_weekday`, or a [`DayKind`] in snake case.
    pub kind: String,
    /// One sentence, e.g. "29/11/2026 is a Sunday (Chủ nhật), a weekly rest day".
    pub text: String,
    /// Its source.
    pub source: String,
}

/// Whether a day is a working day, and why.
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
/// assert_eq!(cal.working_days_between(d(2026, 1, 1), d(2027, 1, 1))?, 250);
/// # Ok::<(), quyche::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct WorkingCalendar {
    kind: CalendarKind,
    rest_mask: u8,
    first: i32,
    last: i32,
    /// Bit i (of word i / 64) is set when day first + i is a working day: 9 KB for 200 years,
    /// so look-ups stay in the L1 cache.
    bits: Vec<u64>,
    /// blocks[w] = working days before word w (a rank directory over `bits`).
    blocks: Vec<u32>,
    /// The day numbers of the working days, in order.
    workdays: Vec<i32>,
    /// Sorted by date, then kind.
    records: Vec<HolidayRecord>,
    years: Vec<YearSummary>,
}

fn weekday_bit(w: Weekday) -> u8 {
    1u8 << w.num_days_from_monday()
}

fn weekday_vi(w: Weekday) -> &'static str {
    match w {
        Weekday::Mon => "thứ Hai",
        Weekday::Tue => "thứ Ba",
        Weekday::Wed => "thứ Tư",
        Weekday::Thu => "thứ Năm",
        Weekday::Fri => "thứ Sáu",
        Weekday::Sat => "thứ Bảy",
        Weekday::Sun => "Chủ nhật",
    }
}

fn weekday_en(w: Weekday) -> &'static str {
    match w {
        Weekday::Mon => "Monday",
        Weekday::Tue => "Tuesday",
        Weekday::Wed => "Wednesday",
        Weekday::Thu => "Thursday",
        Weekday::Fri => "Friday",
        Weekday::Sat => "Saturday",
        Weekday::Sun => "Sunday",
    }
}

fn dmy(d: NaiveDate) -> String {
    d.format("%d/%m/%Y").to_string()
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
            ));
        }
        let apply_swaps = options.apply_swaps.unwrap_or(kind == CalendarKind::Civil);
        let mut arrangements = Arrangements::official()?;
        if let Some(extra) = options.extra {
            arrangements.merge(extra);
        }
        let periods = law::periods()?;
        for r in arrangements.all() {
            if let ArrangementKind::HolidayDays { holiday, .. } = &r.kind {
                if !periods
                    .iter()
                    .any(|p| p.holidays.iter().any(|h| &h.id == holiday))
                {
                    return Err(Error::date(format!(
                        "the arrangement for {} names holiday {holiday:?}, which no period of law has (known: new_year, tet, hung_kings, victory_day, labour_day, national_day)",
                        r.year
                    )));
                }
            }
        }
        let lunar = LunarCalendar::new();
        let first = FIRST_DAY.num_days_from_ce();
        let last = LAST_DAY.num_days_from_ce();

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
                &periods,
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

        let span = usize::try_from(
            i64::from(last)
                .saturating_sub(i64::from(first))
                .saturating_add(1),
        )
        .map_err(|_| Error::date("empty calendar range"))?;
        let mut off = vec![false; span];
        let mut on = vec![false; span];
        for r in &records {
            let Some(i) = usize::try_from(r.date.num_days_from_ce().saturating_sub(first)).ok()
            else {
                continue;
            };
            match r.kind {
                DayKind::SwapWork | DayKind::WorkDay => {
                    if let Some(x) = on.get_mut(i) {
                        *x = true;
                    }
                }
                _ => {
                    if let Some(x) = off.get_mut(i) {
                        *x = true;
                    }
                }
            }
        }
        let mut bits = vec![0u64; span.div_ceil(64)];
        let mut blocks = Vec::with_capacity(bits.len());
        let mut workdays = Vec::with_capacity((span / 7).saturating_mul(5).saturating_add(8));
        let mut count = 0u32;
        for (i, (is_off, is_on)) in off.iter().zip(&on).enumerate() {
            if i % 64 == 0 {
                blocks.push(count);
            }
            let day = first.saturating_add(i32::try_from(i).unwrap_or(i32::MAX));
            let weekday_rest = NaiveDate::from_num_days_from_ce_opt(day)
                .is_some_and(|d| rest_mask & weekday_bit(d.weekday()) != 0);
            let working = *is_on || (!weekday_rest && !is_off);
            if working {
                count = count.saturating_add(1);
                workdays.push(day);
                if let Some(w) = bits.get_mut(i / 64) {
                    *w |= 1u64 << (i % 64);
                }
            }
        }
        let mut cal = WorkingCalendar {
            kind,
            rest_mask,
            first,
            last,
            bits,
            blocks,
            workdays,
            records,
            years,
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

    fn index(&self, date: NaiveDate) -> Result<usize> {
        let d = date.num_days_from_ce();
        if d < self.first || d > self.last {
            return Err(Error::date(format!(
                "{date} is outside the working calendar's range {FIRST_DAY}..={LAST_DAY}"
            )));
        }
        usize::try_from(d.saturating_sub(self.first))
            .map_err(|_| Error::date(format!("{date} is out of range")))
    }

    fn working_at(&self, i: usize) -> bool {
        self.bits
            .get(i / 64)
            .is_some_and(|w| w & (1u64 << (i % 64)) != 0)
    }

    /// Working days in [first, first + i), for i inside the range.
    fn rank(&self, i: usize) -> i64 {
        let base = self.blocks.get(i / 64).copied().unwrap_or(0);
        let word = self.bits.get(i / 64).copied().unwrap_or(0);
        let below = word & ((1u64 << (i % 64)).wrapping_sub(1));
        i64::from(base).saturating_add(i64::from(below.count_ones()))
    }

    fn workday(&self, k: i64) -> Result<NaiveDate> {
        usize::try_from(k)
            .ok()
            .and_then(|k| self.workdays.get(k))
            .and_then(|&d| NaiveDate::from_num_days_from_ce_opt(d))
            .ok_or_else(|| {
                Error::date(format!(
                    "the result is outside the working calendar's range {FIRST_DAY}..={LAST_DAY}"
                ))
            })
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
        Ok(self.working_at(self.index(date)?))
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
        let i = self.index(date)?;
        if n == 0 {
            return Ok(date);
        }
        let before = self.rank(i);
        let k = if n > 0 {
            // Working days strictly before date, plus date itself when it works, then n - 1 on.
            let here = i64::from(self.working_at(i));
            before
                .checked_add(here)
                .and_then(|x| x.checked_add(n.saturating_sub(1)))
        } else {
            before.checked_add(n)
        };
        match k {
            Some(k) => self.workday(k),
            None => self.workday(-1),
        }
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
    /// assert_eq!(cal.working_days_between(d(11, 23), d(11, 30))?, 5);
    /// assert_eq!(cal.working_days_between(d(11, 30), d(11, 23))?, -5);
    /// # Ok::<(), quyche::Error>(())
    /// ```
    pub fn working_days_between(&self, a: NaiveDate, b: NaiveDate) -> Result<i64> {
        let (i, j) = (self.index(a)?, self.index(b)?);
        Ok(self.rank(j).saturating_sub(self.rank(i)))
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
                return Err(Error::date(format!(
                    "year {year} is outside the working calendar's range {}..={}",
                    FIRST_DAY.year(),
                    LAST_DAY.year()
                )))
            }
        };
        let lo = self.records.partition_point(|r| r.date < a);
        let hi = self.records.partition_point(|r| r.date <= b);
        self.records
            .get(lo..hi)
            .ok_or_else(|| Error::date("holiday index out of range"))
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
                Error::date(format!(
                    "year {year} is outside the working calendar's range"
                ))
            })
    }

    /// Whether `date` is a working day and why, with sources, for traces.
    ///
    /// # Errors
    /// [`Error::Date`] outside the calendar's range.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// let cal = quyche::calendar::WorkingCalendar::vietnam(Default::default())?;
    /// let info = cal.day_info(NaiveDate::from_ymd_opt(2026, 11, 29).unwrap())?;
    /// assert!(!info.working);
    /// assert_eq!(info.reasons[0].text, "29/11/2026 is a Sunday (Chủ nhật), a weekly rest day");
    /// # Ok::<(), quyche::Error>(())
    /// ```
    pub fn day_info(&self, date: NaiveDate) -> Result<DayInfo> {
        let i = self.index(date)?;
        let w = date.weekday();
        let mut reasons = Vec::new();
        if self.rest_mask & weekday_bit(w) != 0 {
            reasons.push(Reason {
                kind: "weekly_rest".to_string(),
                text: format!(
                    "{} is a {} ({}), a weekly rest day",
                    dmy(date),
                    weekday_en(w),
                    weekday_vi(w)
                ),
                source: match self.kind {
                    CalendarKind::Civil => CIVIL_REST_SOURCE.to_string(),
                    CalendarKind::Labour => LABOUR_REST_SOURCE.to_string(),
                },
            });
        }
        let lo = self.records.partition_point(|r| r.date < date);
        for r in self.records.iter().skip(lo).take_while(|r| r.date == date) {
            let what = match r.kind {
                DayKind::Statutory => format!("{} ({}), a public holiday", r.name_vi, r.name_en),
                DayKind::Compensatory => {
                    format!("a compensatory day off for {} ({})", r.name_vi, r.name_en)
                }
                DayKind::SwapOff => format!("a day off by swap ({})", r.name_en),
                DayKind::SwapWork => format!("a working day by swap ({})", r.name_en),
                DayKind::DayOff => format!("{} ({}), a day off", r.name_vi, r.name_en),
                DayKind::WorkDay => format!("{} ({}), a working day", r.name_vi, r.name_en),
            };
            let projected = if r.status == Status::Projected {
                " [projected]"
            } else {
                ""
            };
            reasons.push(Reason {
                kind: serde_json::to_value(r.kind)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or_default(),
                text: format!("{} is {what}{projected}", dmy(date)),
                source: r.source.clone(),
            });
        }
        let working = self.working_at(i);
        if reasons.is_empty() {
            reasons.push(Reason {
                kind: "working_weekday".to_string(),
                text: format!(
                    "{} is a {} ({}), a working day",
                    dmy(date),
                    weekday_en(w),
                    weekday_vi(w)
                ),
                source: match self.kind {
                    CalendarKind::Civil => CIVIL_REST_SOURCE.to_string(),
                    CalendarKind::Labour => LABOUR_REST_SOURCE.to_string(),
                },
            });
        }
        Ok(DayInfo {
            date,
            weekday: w.number_from_monday(),
            working,
            reasons,
        })
    }
}

fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

fn add_days(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    d.checked_add_signed(chrono::Duration::try_days(n)?)
}

/// The holiday and arrangement days of one year.
#[allow(clippy::too_many_arguments)]
fn build_year(
    year: i32,
    kind: CalendarKind,
    rest_mask: u8,
    apply_swaps: bool,
    periods: &[LawPeriod],
    lunar: &LunarCalendar,
    arrangements: &Arrangements,
    year_status: Status,
) -> Result<Vec<HolidayRecord>> {
    let applies = |a: AppliesTo| a == AppliesTo::All || kind == CalendarKind::Civil;
    let is_rest = |d: NaiveDate| rest_mask & weekday_bit(d.weekday()) != 0;
    let mut out: Vec<HolidayRecord> = Vec::new();
    // (date, period) of each statutory day, for compensation.
    let mut statutory: Vec<(NaiveDate, usize)> = Vec::new();

    let Some(anchor_year) = ymd(year, 1, 1) else {
        return Ok(out);
    };
    let Some(latest) = law::in_force(periods, ymd(year, 12, 31).unwrap_or(anchor_year)) else {
        return Ok(out);
    };
    for holiday in &latest.holidays {
        // The main date decides which period governs the holiday this year.
        let main = match &holiday.rule {
            HolidayRule::Solar { month, day, .. } => ymd(year, *month, *day),
            HolidayRule::Lunar { month, day } => lunar
                .to_solar(LunarDate {
                    year,
                    month: *month,
                    day: *day,
                    leap: false,
                })
                .ok(),
            HolidayRule::Tet { .. } => lunar.tet(year).ok(),
        };
        let Some(main) = main else { continue };
        let Some(pi) = periods.iter().rposition(|p| p.from <= main) else {
            continue;
        };
        let Some(period) = periods.get(pi) else {
            continue;
        };
        let Some(rule) = period.holidays.iter().find(|h| h.id == holiday.id) else {
            continue;
        };
        let official = arrangements.records(year).find_map(|r| match &r.kind {
            ArrangementKind::HolidayDays { holiday: h, dates }
                if h == &rule.id && applies(r.applies_to) =>
            {
                Some((dates.clone(), r.source.clone()))
            }
            _ => None,
        });
        let (dates, status, source) = match official {
            Some((dates, notice)) => (
                dates,
                Status::Official,
                format!("{}, {}; {}", period.law_vi, period.article, notice),
            ),
            None => {
                let projected_part = matches!(rule.rule, HolidayRule::Tet { .. } if period.tet_note.is_some())
                    || matches!(rule.rule, HolidayRule::Solar { adjacent: true, .. });
                let dates = rule_dates(&rule.rule, main, lunar, is_rest);
                // In a year no notice covers, even the law's fixed dates are projections: the
                // Government may still add swaps around them.
                let status = if projected_part || year_status == Status::Projected {
                    Status::Projected
                } else {
                    Status::Official
                };
                let mut source = format!("{}, {}", period.law_vi, period.article);
                if projected_part {
                    if let Some(note) = &period.tet_note {
                        if matches!(rule.rule, HolidayRule::Tet { .. }) {
                            source = format!("{source}; {note}");
                        }
                    }
                    if matches!(rule.rule, HolidayRule::Solar { adjacent: true, .. }) {
                        source = format!(
                            "{source}; the adjacent day is projected (no notice for {year})"
                        );
                    }
                }
                (dates, status, source)
            }
        };
        for d in dates {
            statutory.push((d, pi));
            out.push(HolidayRecord {
                date: d,
                kind: DayKind::Statutory,
                holiday: Some(rule.id.clone()),
                name_vi: rule.name_vi.clone(),
                name_en: rule.name_en.clone(),
                source: source.clone(),
                status,
            });
        }
    }
    statutory.sort();

    // Compensatory days: a holiday on a weekly rest day moves to the next day that is neither a
    // rest day nor a holiday nor already a compensatory day.
    let mut taken: Vec<NaiveDate> = statutory.iter().map(|(d, _)| *d).collect();
    for (d, pi) in &statutory {
        if !is_rest(*d) {
            continue;
        }
        let Some(period) = periods.get(*pi) else {
            continue;
        };
        // Both wordings ("ngày tiếp theo" 1994/2012, "ngày làm việc kế tiếp" 2019) come to the same
        // day here: the next day that is neither a weekly rest day nor a holiday.
        let _: Compensation = period.compensatory;
        let mut c = *d;
        let mut found = None;
        for _ in 0..30 {
            let Some(n) = add_days(c, 1) else { break };
            c = n;
            if !is_rest(c) && !taken.contains(&c) {
                found = Some(c);
                break;
            }
        }
        let Some(c) = found else { continue };
        taken.push(c);
        let Some(h) = out
            .iter()
            .find(|r| r.date == *d && r.kind == DayKind::Statutory)
            .cloned()
        else {
            continue;
        };
        out.push(HolidayRecord {
            date: c,
            kind: DayKind::Compensatory,
            holiday: h.holiday,
            name_vi: format!("Nghỉ bù {}", h.name_vi),
            name_en: format!("{} (compensatory day for {})", h.name_en, dmy(*d)),
            source: period.compensatory_source.clone(),
            status: h.status,
        });
    }

    for r in arrangements.records(year) {
        if !applies(r.applies_to) {
            continue;
        }
        match &r.kind {
            ArrangementKind::HolidayDays { .. } => {}
            ArrangementKind::Swap { off, work } if apply_swaps => {
                out.push(HolidayRecord {
                    date: *off,
                    kind: DayKind::SwapOff,
                    holiday: None,
                    name_vi: format!("Nghỉ hoán đổi (làm bù ngày {})", dmy(*work)),
                    name_en: format!("swapped with {}", dmy(*work)),
                    source: r.source.clone(),
                    status: Status::Official,
                });
                out.push(HolidayRecord {
                    date: *work,
                    kind: DayKind::SwapWork,
                    holiday: None,
                    name_vi: format!("Làm bù cho ngày {}", dmy(*off)),
                    name_en: format!("worked in place of {}", dmy(*off)),
                    source: r.source.clone(),
                    status: Status::Official,
                });
            }
            ArrangementKind::Swap { .. } => {}
            ArrangementKind::DayOff {
                name_vi,
                name_en,
                dates,
            } => {
                for d in dates {
                    out.push(HolidayRecord {
                        date: *d,
                        kind: DayKind::DayOff,
                        holiday: None,
                        name_vi: name_vi.clone(),
                        name_en: name_en.clone(),
                        source: r.source.clone(),
                        status: Status::Official,
                    });
                }
            }
            ArrangementKind::WorkDay { dates } => {
                for d in dates {
                    out.push(HolidayRecord {
                        date: *d,
                        kind: DayKind::WorkDay,
                        holiday: None,
                        name_vi: "Ngày làm việc".to_string(),
                        name_en: "Working day".to_string(),
                        source: r.source.clone(),
                        status: Status::Official,
                    });
                }
            }
        }
    }
    Ok(out)
}

/// The dates of a holiday by its rule (the projection where the law leaves a choice).
fn rule_dates(
    rule: &HolidayRule,
    main: NaiveDate,
    _lunar: &LunarCalendar,
    is_rest: impl Fn(NaiveDate) -> bool,
) -> Vec<NaiveDate> {
    match rule {
        HolidayRule::Solar {
            adjacent: false, ..
        }
        | HolidayRule::Lunar { .. } => vec![main],
        HolidayRule::Solar { adjacent: true, .. } => {
            // Prefer the adjacent working day nearer a weekly rest day; the day before on a tie.
            let (before, after) = match (add_days(main, -1), add_days(main, 1)) {
                (Some(b), Some(a)) => (b, a),
                _ => return vec![main],
            };
            let distance = |d: NaiveDate, step: i64| -> i64 {
                let mut c = d;
                for k in 1..=7 {
                    match add_days(c, step) {
                        Some(n) if is_rest(n) => return k,
                        Some(n) => c = n,
                        None => return 8,
                    }
                }
                8
            };
            let pick = match (is_rest(before), is_rest(after)) {
                (true, false) => after,
                (false, true) => before,
                _ => {
                    if distance(after, 1) < distance(before, -1) {
                        after
                    } else {
                        before
                    }
                }
            };
            let mut v = vec![main, pick];
            v.sort();
            v
        }
        HolidayRule::Tet { before, after } => {
            let mut v = Vec::new();
            for k in i64::from(*before).saturating_neg()..i64::from(*after) {
                if let Some(d) = add_days(main, k) {
                    v.push(d);
                }
            }
            v
        }
    }
}
