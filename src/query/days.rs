//! The queries on the calendars alone: a year of the working calendar, working-day arithmetic
//! and lunar dates. They need no dataset, so the CLI answers them without loading one, and the C
//! and Python calendar handles answer them on the calendar they hold (each query's `on` method).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::words::opt_word;
use crate::calendar::{lunar, CalendarKind, DayInfo, LunarDate, WorkingCalendar};
use crate::{Error, Result};

/// A year of the working calendar (`quyche calendar YEAR`).
///
/// # Example
/// ```
/// use quyche::calendar::CalendarKind;
/// use quyche::query::{CalendarQuery, RuleSet};
/// let rules = RuleSet::embedded()?;
/// let y = rules.calendar_year(&CalendarQuery::year(2026).calendar(CalendarKind::Labour))?;
/// assert_eq!(y.calendar, CalendarKind::Labour);
/// # Ok::<(), quyche::Error>(())
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CalendarQuery {
    /// The year.
    pub year: i32,
    /// `civil` (default) or `labour`.
    #[serde(default, with = "opt_word")]
    #[cfg_attr(feature = "schema", schemars(with = "Option<CalendarKind>"))]
    pub calendar: Option<CalendarKind>,
}

impl CalendarQuery {
    /// The civil-service calendar of `year`.
    pub fn year(year: i32) -> Self {
        CalendarQuery {
            year,
            calendar: None,
        }
    }

    setters! {
        /// Another calendar.
        some calendar: CalendarKind;
    }

    /// The answer on `cal` (whatever calendar the query names: the caller chose it).
    ///
    /// # Errors
    /// [`Error::Date`] for a year outside the calendar's range.
    ///
    /// # Example
    /// ```
    /// use quyche::calendar::{CalendarKind, WorkingCalendar};
    /// use quyche::query::CalendarQuery;
    /// let cal = WorkingCalendar::vietnam(CalendarKind::Civil)?;
    /// assert_eq!(CalendarQuery::year(2026).on(&cal)?.summary.year, 2026);
    /// # Ok::<(), quyche::Error>(())
    /// ```
    pub fn on(&self, cal: &WorkingCalendar) -> Result<CalendarYear> {
        Ok(CalendarYear {
            summary: cal.year(self.year)?.clone(),
            calendar: cal.kind(),
            days: cal.holidays(self.year)?.to_vec(),
            unconfirmed: cal.unconfirmed(self.year).cloned().collect(),
        })
    }
}

/// A year of the working calendar (`quyche calendar YEAR`).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CalendarYear {
    /// The year, its status (official or projected) and its number of working days.
    #[serde(flatten)]
    pub summary: crate::calendar::YearSummary,
    /// `civil` or `labour`.
    pub calendar: CalendarKind,
    /// Every holiday, compensatory day and swap of the year, with its source; `status` says
    /// official or projected, `verified` whether the rule or notice was confirmed.
    pub days: Vec<crate::calendar::HolidayRecord>,
    /// Arrangements reported but not confirmed by a notice (proposals): listed, not applied.
    pub unconfirmed: Vec<crate::calendar::arrangements::Arrangement>,
}

/// A date plus a number of working days (`quyche workdays add DATE N`). As JSON,
/// `{"query": "workdays_add", "date": "2026-08-28", "n": 1}`, with an optional `"calendar"`.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use quyche::query::{RuleSet, WorkdaysAddQuery};
/// let rules = RuleSet::embedded()?;
/// let friday = NaiveDate::from_ymd_opt(2026, 8, 28).unwrap();
/// // Thông báo 9441/TB-BNV: 01–02/09/2026 are the National Day holidays, and Monday 31/08 is
/// // off in exchange for Saturday 22/08, so the next working day is Thursday 03/09.
/// let sum = rules.workdays_add(&WorkdaysAddQuery::new(friday, 1))?;
/// assert_eq!(sum.result, NaiveDate::from_ymd_opt(2026, 9, 3).unwrap());
/// # Ok::<(), quyche::Error>(())
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WorkdaysAddQuery {
    /// The date.
    pub date: NaiveDate,
    /// How many working days (negative: back in time).
    pub n: i64,
    /// `civil` (default) or `labour`.
    #[serde(default, with = "opt_word")]
    #[cfg_attr(feature = "schema", schemars(with = "Option<CalendarKind>"))]
    pub calendar: Option<CalendarKind>,
}

impl WorkdaysAddQuery {
    /// `date` plus `n` working days.
    pub fn new(date: NaiveDate, n: i64) -> Self {
        WorkdaysAddQuery {
            date,
            n,
            calendar: None,
        }
    }

    setters! {
        /// Count on this calendar.
        some calendar: CalendarKind;
    }

    /// The answer on `cal` (whatever calendar the query names: the caller chose it).
    ///
    /// # Errors
    /// [`Error::Date`] when the result leaves the calendar's range.
    ///
    /// # Example
    /// See [`WorkdaysAddQuery`].
    pub fn on(&self, cal: &WorkingCalendar) -> Result<WorkdaysSum> {
        Ok(WorkdaysSum {
            date: self.date,
            n: self.n,
            result: cal.add_working_days(self.date, self.n)?,
        })
    }
}

/// `date` plus `n` working days: the answer of a [`WorkdaysAddQuery`].
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct WorkdaysSum {
    /// The date counted from.
    pub date: NaiveDate,
    /// How many working days were added (negative: back in time).
    pub n: i64,
    /// The working day reached.
    pub result: NaiveDate,
}

/// The working days in `[from, to)`: `from` counts, `to` does not (`quyche workdays between`).
/// As JSON, `{"query": "workdays_between", "from": "2026-01-01", "to": "2027-01-01"}`, with an
/// optional `"calendar"`.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use quyche::query::{RuleSet, WorkdaysBetweenQuery};
/// let rules = RuleSet::embedded()?;
/// let d = |m, d| NaiveDate::from_ymd_opt(2026, m, d).unwrap();
/// // [Monday 2 March, Monday 16 March): two weeks of five working days, no holiday.
/// let count = rules.workdays_between(&WorkdaysBetweenQuery::new(d(3, 2), d(3, 16)))?;
/// assert_eq!(count.working_days, 10);
/// # Ok::<(), quyche::Error>(())
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WorkdaysBetweenQuery {
    /// The first date (counted).
    pub from: NaiveDate,
    /// The end of the range (not counted).
    pub to: NaiveDate,
    /// `civil` (default) or `labour`.
    #[serde(default, with = "opt_word")]
    #[cfg_attr(feature = "schema", schemars(with = "Option<CalendarKind>"))]
    pub calendar: Option<CalendarKind>,
}

impl WorkdaysBetweenQuery {
    /// The working days from `from` (counted) to `to` (not counted).
    pub fn new(from: NaiveDate, to: NaiveDate) -> Self {
        WorkdaysBetweenQuery {
            from,
            to,
            calendar: None,
        }
    }

    setters! {
        /// Count on this calendar.
        some calendar: CalendarKind;
    }

    /// The answer on `cal` (whatever calendar the query names: the caller chose it).
    ///
    /// # Errors
    /// [`Error::Date`] when a date is outside the calendar's range.
    ///
    /// # Example
    /// See [`WorkdaysBetweenQuery`].
    pub fn on(&self, cal: &WorkingCalendar) -> Result<WorkdaysCount> {
        Ok(WorkdaysCount {
            from: self.from,
            to: self.to,
            working_days: cal.working_days_between(self.from, self.to)?,
        })
    }
}

/// The working days in `[from, to)`: the answer of a [`WorkdaysBetweenQuery`].
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct WorkdaysCount {
    /// The first date (counted).
    pub from: NaiveDate,
    /// The end of the range (not counted).
    pub to: NaiveDate,
    /// How many working days (negative when `to` is before `from`).
    pub working_days: i64,
}

/// Whether a date is a working day, and why (`quyche workdays is DATE`). As JSON,
/// `{"query": "workdays_is", "date": "2026-09-02"}`, with an optional `"calendar"`; the answer
/// is the day's [`DayInfo`].
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use quyche::query::{RuleSet, WorkdaysIsQuery};
/// let rules = RuleSet::embedded()?;
/// let national_day = NaiveDate::from_ymd_opt(2026, 9, 2).unwrap();
/// assert!(!rules.workdays_is(&WorkdaysIsQuery::new(national_day))?.working);
/// # Ok::<(), quyche::Error>(())
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WorkdaysIsQuery {
    /// The date.
    pub date: NaiveDate,
    /// `civil` (default) or `labour`.
    #[serde(default, with = "opt_word")]
    #[cfg_attr(feature = "schema", schemars(with = "Option<CalendarKind>"))]
    pub calendar: Option<CalendarKind>,
}

impl WorkdaysIsQuery {
    /// Whether `date` is a working day.
    pub fn new(date: NaiveDate) -> Self {
        WorkdaysIsQuery {
            date,
            calendar: None,
        }
    }

    setters! {
        /// Ask this calendar.
        some calendar: CalendarKind;
    }

    /// The answer on `cal` (whatever calendar the query names: the caller chose it).
    ///
    /// # Errors
    /// [`Error::Date`] when the date is outside the calendar's range.
    ///
    /// # Example
    /// See [`WorkdaysIsQuery`].
    pub fn on(&self, cal: &WorkingCalendar) -> Result<DayInfo> {
        cal.day_info(self.date)
    }
}

/// The Vietnamese lunar date of a solar date (`quyche lunar from-solar DATE`). As JSON,
/// `{"query": "lunar_from_solar", "date": "2026-02-17"}`; the answer is the [`LunarDate`].
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use quyche::query::LunarFromSolarQuery;
/// let tet = NaiveDate::from_ymd_opt(2026, 2, 17).unwrap();
/// let l = LunarFromSolarQuery::new(tet).answer()?;
/// assert_eq!((l.year, l.month, l.day), (2026, 1, 1));
/// # Ok::<(), quyche::Error>(())
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LunarFromSolarQuery {
    /// The solar date.
    pub date: NaiveDate,
}

impl LunarFromSolarQuery {
    /// The lunar date of `date`.
    pub fn new(date: NaiveDate) -> Self {
        LunarFromSolarQuery { date }
    }

    /// The answer, on the shared lunar calendar.
    ///
    /// # Errors
    /// [`Error::Date`] for a date outside 1900–2199.
    ///
    /// # Example
    /// See [`LunarFromSolarQuery`].
    pub fn answer(&self) -> Result<LunarDate> {
        lunar::from_solar(self.date)
    }
}

/// The solar date of a Vietnamese lunar date (`quyche lunar to-solar DATE [--leap]`). As JSON,
/// `{"query": "lunar_to_solar", "date": "2026-01-01", "leap": false}`: the lunar date is text,
/// read when the query is answered (a lunar `2025-02-30` is no solar date).
///
/// # Example
/// ```
/// use quyche::query::LunarToSolarQuery;
/// let tet = LunarToSolarQuery::new("2026-01-01").answer()?;
/// assert_eq!(tet.date.to_string(), "2026-02-17");
/// # Ok::<(), quyche::Error>(())
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LunarToSolarQuery {
    /// The lunar date as `YYYY-MM-DD` (`2026-01-01` is Tết 2026).
    pub date: String,
    /// The month is the leap month (tháng nhuận).
    #[serde(default)]
    pub leap: bool,
}

impl LunarToSolarQuery {
    /// The solar date of the lunar date written `YYYY-MM-DD`, in a month that is not leap.
    pub fn new(date: impl Into<String>) -> Self {
        LunarToSolarQuery {
            date: date.into(),
            leap: false,
        }
    }

    setters! {
        /// Whether the month is the leap month.
        set leap: bool;
    }

    /// The lunar date asked about.
    ///
    /// # Errors
    /// [`Error::Request`] when the text is not `YYYY-MM-DD`; [`Error::Date`] for numbers too
    /// large to be a lunar date.
    pub fn lunar_date(&self) -> Result<LunarDate> {
        let text = self.date.as_str();
        let parts: Vec<&str> = text.split('-').collect();
        let num = |i: usize| parts.get(i).and_then(|p| p.parse::<i64>().ok());
        let (Some(y), Some(m), Some(d), 3) = (num(0), num(1), num(2), parts.len()) else {
            return Err(Error::request(
                format!("cannot read the lunar date {text:?}: write YYYY-MM-DD"),
                format!("không đọc được ngày âm lịch {text:?}: viết YYYY-MM-DD"),
            ));
        };
        let bad = || {
            Error::date(
                format!("lunar date {text} is out of range"),
                format!("ngày âm lịch {text} nằm ngoài phạm vi"),
            )
        };
        Ok(LunarDate {
            year: i32::try_from(y).map_err(|_| bad())?,
            month: u8::try_from(m).map_err(|_| bad())?,
            day: u8::try_from(d).map_err(|_| bad())?,
            leap: self.leap,
        })
    }

    /// The answer, on the shared lunar calendar.
    ///
    /// # Errors
    /// As [`LunarToSolarQuery::lunar_date`]; [`Error::Date`] when no such lunar date exists or
    /// it is out of range.
    ///
    /// # Example
    /// See [`LunarToSolarQuery`].
    pub fn answer(&self) -> Result<SolarDate> {
        SolarDate::of(self.lunar_date()?)
    }
}

/// A lunar date and the solar date it falls on: the answer of a [`LunarToSolarQuery`].
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct SolarDate {
    /// The solar date.
    pub date: NaiveDate,
    /// The lunar date asked for.
    pub lunar: LunarDate,
}

impl SolarDate {
    /// The solar date of a lunar date already read: how a [`LunarToSolarQuery`] is answered
    /// once its text is read (the C and Python calls, which take the numbers, start here).
    ///
    /// # Errors
    /// [`Error::Date`] when no such lunar date exists or it is out of range.
    ///
    /// # Example
    /// ```
    /// use quyche::calendar::LunarDate;
    /// use quyche::query::SolarDate;
    /// let tet = LunarDate { year: 2026, month: 1, day: 1, leap: false };
    /// assert_eq!(SolarDate::of(tet)?.date.to_string(), "2026-02-17");
    /// # Ok::<(), quyche::Error>(())
    /// ```
    pub fn of(lunar: LunarDate) -> Result<Self> {
        Ok(SolarDate {
            date: lunar::to_solar(lunar)?,
            lunar,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::{Request, RuleSet};

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn tet_2026_is_17_february() {
        // Tết Bính Ngọ: 17 February 2026.
        let s = LunarToSolarQuery::new("2026-01-01").answer().unwrap();
        assert_eq!(s.date, d("2026-02-17"));
        let e = LunarToSolarQuery::new("2026-1").answer().unwrap_err();
        assert_eq!(e.kind(), "request");
        assert_eq!(
            LunarToSolarQuery::new("2026-13-01")
                .answer()
                .unwrap_err()
                .kind(),
            "date"
        );
        // The query reads its text before anything else; a lunar 30th of a 29-day month is
        // read, then refused as a date.
        let q = LunarToSolarQuery::new("2026-02-30");
        assert_eq!(q.lunar_date().unwrap().day, 30);
        assert_eq!(q.answer().unwrap_err().kind(), "date");
    }

    #[test]
    fn friday_plus_one_working_day_is_monday() {
        let cal = WorkingCalendar::vietnam(CalendarKind::Civil).unwrap();
        // Friday 6 March 2026; Saturday 7 and Sunday 8 are rest days; March has no holiday.
        let add = |date, n| WorkdaysAddQuery::new(d(date), n).on(&cal).unwrap().result;
        assert_eq!(add("2026-03-06", 1), d("2026-03-09"));
        assert_eq!(add("2026-03-09", -1), d("2026-03-06"));
        let between = |a, b| {
            WorkdaysBetweenQuery::new(d(a), d(b))
                .on(&cal)
                .unwrap()
                .working_days
        };
        assert_eq!(between("2026-03-16", "2026-03-02"), -10);
    }

    #[test]
    fn the_requests_answer_as_json() {
        let rules = RuleSet::embedded().unwrap();
        let a = rules
            .answer_json(r#"{"query": "workdays_add", "date": "2026-03-06", "n": 1}"#)
            .unwrap();
        assert_eq!(
            a,
            "{\n  \"date\": \"2026-03-06\",\n  \"n\": 1,\n  \"result\": \"2026-03-09\"\n}"
        );
        let a = rules
            .answer_json(r#"{"query": "lunar_to_solar", "date": "2026-01-01"}"#)
            .unwrap();
        assert!(a.contains("\"date\": \"2026-02-17\""), "{a}");
        let e = Request::from_json(r#"{"query": "workdays_is", "date": "2026-02-30"}"#)
            .unwrap_err()
            .to_string();
        assert!(e.contains("\"date\" = \"2026-02-30\""), "{e}");
    }
}
