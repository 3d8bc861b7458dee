//! The Vietnamese lunisolar calendar (âm lịch), computed from astronomy for the meridian of
//! UTC+7 (105° E).
//!
//! Rules: a month starts on the local day of a true new moon; month 11 is the month holding the
//! December solstice; a lunar year with 13 months between two months 11 has a leap month, the first
//! month after month 11 that holds no principal term (trung khí: the Sun's longitude a multiple of
//! 30°); a leap month takes the number of the month before it.
//!
//! The same rules at UTC+8 give the Chinese calendar; the one-hour difference is why some years
//! differ (Tết 1985: 21 January in Viet Nam, 20 February in China). Calendars in use in parts of
//! the country before 1968–1975 followed the UTC+8 computation; this module applies UTC+7
//! throughout, as the `holidays` package's Vietnamese table does.
//!
//! Verified against an evaluation of the same rules with the PyEphem ephemeris for every month of
//! 1900–2199 (tests/it/calendar_lunar.rs): all 3,711 months starting in the range agree except one tie, the new moon of July
//! 1967, which falls within five seconds of local midnight (here 23:59:58 on 7 July; PyEphem
//! 00:00:03 on 8 July), below the precision of either method.
//!
//! Supported range: solar dates 1900-01-01..=2199-12-31 ([`FIRST_DATE`], [`LAST_DATE`]) and the
//! lunar dates that fall inside it (lunar 1899-12-01 = 1900-01-01 to lunar 2199-11-14 = 2199-12-31).

use std::sync::OnceLock;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use super::astro;
use crate::text::date::dmy;
use crate::{Error, Result};

/// The time zone of the Vietnamese calendar, in hours east of UTC.
pub const VIETNAM_UTC_OFFSET_HOURS: f64 = 7.0;

/// The first solar date this module converts.
pub const FIRST_DATE: NaiveDate = match NaiveDate::from_ymd_opt(1900, 1, 1) {
    Some(d) => d,
    None => NaiveDate::MIN,
};

/// The last solar date this module converts.
pub const LAST_DATE: NaiveDate = match NaiveDate::from_ymd_opt(2199, 12, 31) {
    Some(d) => d,
    None => NaiveDate::MAX,
};

/// A date of the Vietnamese lunisolar calendar.
///
/// Serialises as `{"year": 2026, "month": 1, "day": 1, "leap": false}`.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct LunarDate {
    /// The lunar year, numbered like the solar year in which most of it falls (Tết 2026 starts 2026).
    pub year: i32,
    /// The month, 1..=12.
    pub month: u8,
    /// The day of the month, 1..=30.
    pub day: u8,
    /// Whether this is the leap month (tháng nhuận) that repeats `month`.
    pub leap: bool,
}

impl std::fmt::Display for LunarDate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:02}/{:02}", self.day, self.month)?;
        if self.leap {
            write!(f, " (nhuận)")?;
        }
        write!(f, "/{} âm lịch", self.year)
    }
}

/// One lunar month: where it starts and what it is called.
#[derive(Debug, Clone, Copy)]
struct Month {
    /// chrono `num_days_from_ce` of its first day.
    start: i32,
    year: i32,
    number: u8,
    leap: bool,
}

/// One lunation as computed: its first day, whether it holds a principal term, whether it is month 11.
#[derive(Debug, Clone, Copy)]
struct Lunation {
    start: i32,
    has_term: bool,
    eleven: bool,
}

/// One lunar year: the index of its month 1 and its leap month (0 when it has none).
#[derive(Debug, Clone, Copy)]
struct Year {
    first: usize,
    leap_month: u8,
}

/// The precomputed Vietnamese lunar calendar for 1900–2199: about 3,750 month starts.
///
/// Build it once (a few milliseconds) and keep it; conversions are then a few arithmetic steps.
/// It is immutable and `Send + Sync`, so one value can serve every thread.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use quyche::calendar::lunar::{LunarCalendar, LunarDate};
/// let cal = LunarCalendar::new();
/// let tet = cal.to_solar(LunarDate { year: 1985, month: 1, day: 1, leap: false })?;
/// assert_eq!(tet, NaiveDate::from_ymd_opt(1985, 1, 21).unwrap());
/// # Ok::<(), quyche::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct LunarCalendar {
    months: Vec<Month>,
    /// Lunar years from `first_year`.
    years: Vec<Year>,
    first_year: i32,
    first_day: i32,
    last_day: i32,
}

impl Default for LunarCalendar {
    fn default() -> Self {
        Self::new()
    }
}

/// The number of whole 30° steps of the Sun's longitude at the local midnight opening `day`.
fn term_index(day: i64) -> i64 {
    let l = astro::sun_longitude_ut(astro::local_midnight_ut(day, VIETNAM_UTC_OFFSET_HOURS));
    (l / 30.0).floor() as i64
}

impl LunarCalendar {
    /// Compute the calendar from the astronomy (new moons k for late 1897 to early 2201).
    pub fn new() -> Self {
        // k = 0 is the new moon of 6 January 2000; 12.3685 lunations a year.
        let k_first: i64 = -1260; // about 1898-01
        let k_last: i64 = 2500; // about 2202-02
        let starts: Vec<i64> = (k_first..=k_last)
            .map(|k| astro::local_day(astro::new_moon_ut(k), VIETNAM_UTC_OFFSET_HOURS))
            .collect();
        let terms: Vec<i64> = starts.iter().map(|&d| term_index(d)).collect();
        // Month i runs over [starts[i], starts[i+1]); it holds a principal term when the Sun's
        // 30° index changes between the two midnights; month 11 holds the crossing of 270°. A
        // winter month can hold two principal terms, so test for the crossing, not for 8 -> 9.
        let lunations: Vec<Lunation> = starts
            .windows(2)
            .zip(terms.windows(2))
            .filter_map(|pair| match pair {
                ([start, _], [t0, t1]) => {
                    let (a, b) = (t0.rem_euclid(12), t1.rem_euclid(12));
                    Some(Lunation {
                        start: i32::try_from(*start).ok()?,
                        has_term: t0 != t1,
                        eleven: (6..=8).contains(&a) && (9..=11).contains(&b),
                    })
                }
                _ => None,
            })
            .collect();
        let elevens: Vec<usize> = lunations
            .iter()
            .enumerate()
            .filter(|(_, l)| l.eleven)
            .map(|(i, _)| i)
            .collect();

        let mut months: Vec<Month> = Vec::with_capacity(lunations.len());
        for pair in elevens.windows(2) {
            let (a, b) = match pair {
                [a, b] => (*a, *b),
                _ => continue,
            };
            let Some(run) = lunations.get(a..b) else {
                continue;
            };
            let Some(eleven) = run.first() else { continue };
            // Month 11 starts between late November and the solstice itself: same solar year.
            let solstice_year = chrono_year(i64::from(eleven.start));
            // The leap month is the first after month 11 without a principal term; `position`
            // counts from the second month, so the offset is one more (at most 12).
            let leap_offset = if run.len() == 13 {
                run.iter()
                    .skip(1)
                    .position(|l| !l.has_term)
                    .map(|p| p.saturating_add(1))
            } else {
                None
            };
            let (mut year, mut number) = (solstice_year, 11u8);
            for (j, l) in run.iter().enumerate() {
                let leap = Some(j) == leap_offset;
                if j > 0 && !leap {
                    number = if number >= 12 {
                        1
                    } else {
                        number.saturating_add(1)
                    };
                    if number == 1 {
                        year = year.saturating_add(1);
                    }
                }
                months.push(Month {
                    start: l.start,
                    year,
                    number,
                    leap,
                });
            }
        }
        // One more start closes the last month.
        let sentinel = elevens
            .last()
            .and_then(|&i| lunations.get(i))
            .map_or(0, |l| l.start);

        let first_year = months
            .iter()
            .find(|m| m.number == 1)
            .map(|m| m.year)
            .unwrap_or(0);
        let mut years = Vec::new();
        for (i, m) in months.iter().enumerate() {
            if m.number == 1 && !m.leap {
                let leap_month = months
                    .iter()
                    .skip(i)
                    .take(13)
                    .take_while(|x| x.year == m.year)
                    .find(|x| x.leap)
                    .map(|x| x.number)
                    .unwrap_or(0);
                years.push(Year {
                    first: i,
                    leap_month,
                });
            }
        }
        months.push(Month {
            start: sentinel,
            year: i32::MAX,
            number: 0,
            leap: false,
        });
        LunarCalendar {
            months,
            years,
            first_year,
            first_day: FIRST_DATE.num_days_from_ce(),
            last_day: LAST_DATE.num_days_from_ce(),
        }
    }

    /// The lunar date of a solar (Gregorian) date.
    ///
    /// # Errors
    /// [`Error::Date`] when `date` is outside [`FIRST_DATE`]..=[`LAST_DATE`].
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use quyche::calendar::lunar::{LunarCalendar, LunarDate};
    /// let cal = LunarCalendar::new();
    /// let d = cal.from_solar(NaiveDate::from_ymd_opt(2026, 2, 17).unwrap())?;
    /// assert_eq!(d, LunarDate { year: 2026, month: 1, day: 1, leap: false });
    /// # Ok::<(), quyche::Error>(())
    /// ```
    pub fn from_solar(&self, date: NaiveDate) -> Result<LunarDate> {
        let d = date.num_days_from_ce();
        if d < self.first_day || d > self.last_day {
            return Err(out_of_range(date));
        }
        let i = self.month_index(d).ok_or_else(|| out_of_range(date))?;
        let m = self.months.get(i).ok_or_else(|| out_of_range(date))?;
        let day = u8::try_from(
            i64::from(d)
                .saturating_sub(i64::from(m.start))
                .saturating_add(1),
        )
        .map_err(|_| out_of_range(date))?;
        Ok(LunarDate {
            year: m.year,
            month: m.number,
            day,
            leap: m.leap,
        })
    }

    /// The solar (Gregorian) date of a lunar date.
    ///
    /// # Errors
    /// [`Error::Date`] when the lunar date does not exist (month 0 or 13, day 0, day 30 of a
    /// 29-day month, a leap month the year does not have) or falls outside the supported range.
    ///
    /// # Example
    /// ```
    /// use quyche::calendar::lunar::{LunarCalendar, LunarDate};
    /// let cal = LunarCalendar::new();
    /// // 2025 has a leap month 6, 2026 none.
    /// assert!(cal.to_solar(LunarDate { year: 2025, month: 6, day: 1, leap: true }).is_ok());
    /// assert!(cal.to_solar(LunarDate { year: 2026, month: 6, day: 1, leap: true }).is_err());
    /// ```
    #[inline]
    pub fn to_solar(&self, date: LunarDate) -> Result<NaiveDate> {
        // The hot path is a few loads and shifts; every error is built out of line (cold), so
        // that the path stays small enough to inline into callers' loops.
        if !(1..=12).contains(&date.month) || !(1..=30).contains(&date.day) {
            return Err(no_such_lunar_date(date));
        }
        let Some(year) = self.year_of(date.year) else {
            return Err(lunar_out_of_range(date));
        };
        if date.leap && year.leap_month != date.month {
            return Err(no_such_leap_month(date, year.leap_month));
        }
        let after_leap = year.leap_month != 0
            && (date.month > year.leap_month || (date.month == year.leap_month && date.leap));
        // Month 1..=12 (checked above), so the index is at most 12 past the year's month 1.
        let index = year
            .first
            .saturating_add(usize::from(date.month.saturating_sub(1)))
            .saturating_add(usize::from(after_leap));
        let (Some(m), Some(next)) = (
            self.months.get(index),
            self.months.get(index.saturating_add(1)),
        ) else {
            return Err(lunar_out_of_range(date));
        };
        let length = next.start.saturating_sub(m.start);
        if i32::from(date.day) > length {
            return Err(no_such_day(date, length));
        }
        let d = m
            .start
            .saturating_add(i32::from(date.day))
            .saturating_sub(1);
        if d < self.first_day || d > self.last_day {
            return Err(lunar_out_of_range(date));
        }
        NaiveDate::from_num_days_from_ce_opt(d).ok_or_else(|| lunar_out_of_range(date))
    }

    /// The table row of a lunar year.
    #[inline]
    fn year_of(&self, year: i32) -> Option<&Year> {
        usize::try_from(i64::from(year).saturating_sub(i64::from(self.first_year)))
            .ok()
            .and_then(|i| self.years.get(i))
    }

    /// The leap month of a lunar year (`None` when it has none).
    ///
    /// # Errors
    /// [`Error::Date`] when the year is outside the supported range.
    ///
    /// # Example
    /// ```
    /// let cal = quyche::calendar::lunar::LunarCalendar::new();
    /// assert_eq!(cal.leap_month(2023)?, Some(2));
    /// assert_eq!(cal.leap_month(2026)?, None);
    /// # Ok::<(), quyche::Error>(())
    /// ```
    pub fn leap_month(&self, year: i32) -> Result<Option<u8>> {
        let y = self.year_of(year).ok_or_else(|| {
            Error::date(
                format!("lunar year {year} is outside 1899..=2199"),
                format!("năm âm lịch {year} nằm ngoài khoảng 1899–2199"),
            )
        })?;
        Ok((y.leap_month != 0).then_some(y.leap_month))
    }

    /// The number of days (29 or 30) of a lunar month.
    ///
    /// # Errors
    /// As [`LunarCalendar::to_solar`] for day 1 of that month.
    ///
    /// # Example
    /// ```
    /// use quyche::calendar::lunar::{LunarCalendar, LunarDate};
    /// let cal = LunarCalendar::new();
    /// assert_eq!(cal.month_length(LunarDate { year: 2025, month: 12, day: 1, leap: false })?, 29);
    /// # Ok::<(), quyche::Error>(())
    /// ```
    pub fn month_length(&self, month: LunarDate) -> Result<u8> {
        let first = self.to_solar(LunarDate { day: 1, ..month })?;
        let d = first.num_days_from_ce();
        let i = self
            .month_index(d)
            .ok_or_else(|| lunar_out_of_range(month))?;
        match (self.months.get(i), self.months.get(i.saturating_add(1))) {
            (Some(m), Some(n)) => {
                u8::try_from(n.start.saturating_sub(m.start)).map_err(|_| lunar_out_of_range(month))
            }
            _ => Err(lunar_out_of_range(month)),
        }
    }

    /// The solar date of Tết (day 1 of month 1) of a lunar year.
    ///
    /// # Errors
    /// [`Error::Date`] when Tết of that year is outside the supported range (years 1900..=2199).
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// let cal = quyche::calendar::lunar::LunarCalendar::new();
    /// assert_eq!(cal.tet(2026)?, NaiveDate::from_ymd_opt(2026, 2, 17).unwrap());
    /// # Ok::<(), quyche::Error>(())
    /// ```
    pub fn tet(&self, year: i32) -> Result<NaiveDate> {
        self.to_solar(LunarDate {
            year,
            month: 1,
            day: 1,
            leap: false,
        })
    }

    /// The index of the month holding day `d`: a guess from the mean month length, then a short walk.
    fn month_index(&self, d: i32) -> Option<usize> {
        let first = self.months.first()?.start;
        let offset = i64::from(d).checked_sub(i64::from(first))?;
        if offset < 0 {
            return None;
        }
        // 29.530589 days per mean lunation; the true start is within a day or so of the mean.
        let mut i = usize::try_from(offset.checked_mul(1_000_000)? / 29_530_589).ok()?;
        let last = self.months.len().checked_sub(2)?;
        i = i.min(last);
        while i > 0 && self.months.get(i)?.start > d {
            i = i.saturating_sub(1);
        }
        while i < last && self.months.get(i.saturating_add(1))?.start <= d {
            i = i.saturating_add(1);
        }
        Some(i)
    }
}

fn chrono_year(days_from_ce: i64) -> i32 {
    i32::try_from(days_from_ce)
        .ok()
        .and_then(NaiveDate::from_num_days_from_ce_opt)
        .map(|d| d.year())
        .unwrap_or(0)
}

fn out_of_range(date: NaiveDate) -> Error {
    Error::date(
        format!("{date} is outside the lunar calendar's range {FIRST_DATE}..={LAST_DATE}"),
        format!(
            "{} nằm ngoài phạm vi của lịch âm (từ {} đến {})",
            dmy(date),
            dmy(FIRST_DATE),
            dmy(LAST_DATE)
        ),
    )
}

#[cold]
#[inline(never)]
fn no_such_lunar_date(date: LunarDate) -> Error {
    if !(1..=12).contains(&date.month) {
        let m = date.month;
        Error::date(
            format!("lunar month {m} does not exist (months are 1 to 12)"),
            format!("không có tháng âm lịch {m} (tháng từ 1 đến 12)"),
        )
    } else {
        let d = date.day;
        Error::date(
            format!("lunar day {d} does not exist (days are 1 to 30)"),
            format!("không có ngày âm lịch {d} (ngày từ 1 đến 30)"),
        )
    }
}

#[cold]
#[inline(never)]
fn no_such_leap_month(date: LunarDate, leap_month: u8) -> Error {
    let (y, month) = (date.year, date.month);
    match leap_month {
        0 => Error::date(
            format!("lunar year {y} has no leap month"),
            format!("năm âm lịch {y} không có tháng nhuận"),
        ),
        m => Error::date(
            format!("lunar year {y} has no leap month {month} (its leap month is {m})"),
            format!("năm âm lịch {y} không có tháng {month} nhuận (tháng nhuận của năm này là tháng {m})"),
        ),
    }
}

#[cold]
#[inline(never)]
fn no_such_day(date: LunarDate, length: i32) -> Error {
    let (y, m, d) = (date.year, date.month, date.day);
    let (leap, leap_vi) = if date.leap {
        (" (leap)", " nhuận")
    } else {
        ("", "")
    };
    Error::date(
        format!("lunar month {m}{leap} of {y} has {length} days, so day {d} does not exist"),
        format!("tháng {m}{leap_vi} năm {y} âm lịch có {length} ngày, nên không có ngày {d}"),
    )
}

#[cold]
#[inline(never)]
fn lunar_out_of_range(date: LunarDate) -> Error {
    Error::date(
        format!(
            "lunar date {date} is outside the supported range (solar {FIRST_DATE}..={LAST_DATE})"
        ),
        format!(
            "ngày {date} nằm ngoài phạm vi hỗ trợ (dương lịch từ {} đến {})",
            dmy(FIRST_DATE),
            dmy(LAST_DATE)
        ),
    )
}

/// A shared calendar for the convenience functions. It is a cache of a pure computation from
/// constants (no configuration, never mutated after it is built, `Sync`), so it is not state in
/// the sense that matters: every caller sees the same values it would compute itself. Callers
/// that want to own the memory use [`LunarCalendar::new`].
fn shared() -> &'static LunarCalendar {
    static CALENDAR: OnceLock<LunarCalendar> = OnceLock::new();
    CALENDAR.get_or_init(LunarCalendar::new)
}

/// [`LunarCalendar::from_solar`] on a shared calendar built on first use.
///
/// # Errors
/// As [`LunarCalendar::from_solar`].
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// let d = quyche::calendar::lunar::from_solar(NaiveDate::from_ymd_opt(1985, 1, 21).unwrap())?;
/// assert_eq!((d.year, d.month, d.day, d.leap), (1985, 1, 1, false));
/// # Ok::<(), quyche::Error>(())
/// ```
pub fn from_solar(date: NaiveDate) -> Result<LunarDate> {
    shared().from_solar(date)
}

/// [`LunarCalendar::to_solar`] on a shared calendar built on first use.
///
/// # Errors
/// As [`LunarCalendar::to_solar`].
///
/// # Example
/// ```
/// use quyche::calendar::lunar::LunarDate;
/// // Month 12 of Ất Tỵ (lunar 2025) has 29 days: "30 tháng Chạp" does not exist.
/// let bad = LunarDate { year: 2025, month: 12, day: 30, leap: false };
/// assert!(quyche::calendar::lunar::to_solar(bad).is_err());
/// ```
pub fn to_solar(date: LunarDate) -> Result<NaiveDate> {
    shared().to_solar(date)
}

#[cfg(test)]
mod tests;
