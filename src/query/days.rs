//! The queries on the calendars alone: a year of the working calendar, lunar dates and
//! working-day arithmetic. They need no dataset, so the CLI answers them without loading one,
//! and the C and Python calendar handles answer them on the calendar they hold.

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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CalendarQuery {
    /// The year.
    pub year: i32,
    /// `civil` (default) or `labour`.
    #[serde(default, with = "opt_word")]
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

    /// Another calendar.
    #[must_use]
    pub fn calendar(mut self, kind: CalendarKind) -> Self {
        self.calendar = Some(kind);
        self
    }
}

/// A year of the working calendar (`quyche calendar YEAR`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CalendarYear {
    /// The year, its status (official or projected) and its number of working days.
    #[serde(flatten)]
    pub summary: crate::calendar::YearSummary,
    /// `civil` or `labour`.
    pub calendar: CalendarKind,
    /// Every holiday, compensatory day and swap of the year, with its source.
    pub days: Vec<crate::calendar::HolidayRecord>,
}

/// The year `year` of `cal`: what [`CalendarQuery`] answers.
///
/// # Errors
/// [`Error::Date`] for a year outside the calendar's range.
///
/// # Example
/// ```
/// use quyche::calendar::{CalendarKind, WorkingCalendar};
/// let cal = WorkingCalendar::vietnam(CalendarKind::Civil)?;
/// assert_eq!(quyche::query::calendar_year(&cal, 2026)?.summary.year, 2026);
/// # Ok::<(), quyche::Error>(())
/// ```
pub fn calendar_year(cal: &WorkingCalendar, year: i32) -> Result<CalendarYear> {
    Ok(CalendarYear {
        summary: cal.year(year)?.clone(),
        calendar: cal.kind(),
        days: cal.holidays(year)?.to_vec(),
    })
}

/// A conversion between solar and Vietnamese lunar dates (`quyche lunar`). As JSON,
/// `{"query": "lunar", "from_solar": "2026-02-17"}` or
/// `{"query": "lunar", "to_solar": "2026-01-01", "leap": false}` (the lunar date as
/// `YYYY-MM-DD`).
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use quyche::query::{lunar, LunarAnswer, LunarQuery};
/// let tet = NaiveDate::from_ymd_opt(2026, 2, 17).unwrap();
/// let LunarAnswer::Lunar(l) = lunar(&LunarQuery::from_solar(tet))? else { unreachable!() };
/// assert_eq!((l.year, l.month, l.day), (2026, 1, 1));
/// let LunarAnswer::Solar(s) = lunar(&LunarQuery::to_solar_text("2026-01-01", false)?)? else { unreachable!() };
/// assert_eq!(s.date, tet);
/// # Ok::<(), quyche::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "RawLunar", into = "RawLunar")]
#[non_exhaustive]
pub enum LunarQuery {
    /// The lunar date of a solar date.
    FromSolar(NaiveDate),
    /// The solar date of a lunar date.
    ToSolar(LunarDate),
}

impl LunarQuery {
    /// The lunar date of `date`.
    pub fn from_solar(date: NaiveDate) -> Self {
        LunarQuery::FromSolar(date)
    }

    /// The solar date of the lunar date `date`.
    pub fn to_solar(date: LunarDate) -> Self {
        LunarQuery::ToSolar(date)
    }

    /// The solar date of a lunar date written `YYYY-MM-DD` (`leap` for the leap month).
    ///
    /// # Errors
    /// [`Error::Request`] for text that is not `YYYY-MM-DD`; [`Error::Date`] for numbers too
    /// large to be a lunar date.
    pub fn to_solar_text(text: &str, leap: bool) -> Result<Self> {
        let parts: Vec<&str> = text.split('-').collect();
        let num = |i: usize| parts.get(i).and_then(|p| p.parse::<i64>().ok());
        let (Some(y), Some(m), Some(d), 3) = (num(0), num(1), num(2), parts.len()) else {
            return Err(Error::request(format!(
                "cannot read the lunar date {text:?}: write YYYY-MM-DD"
            )));
        };
        let bad = || Error::date(format!("lunar date {text} is out of range"));
        Ok(LunarQuery::ToSolar(LunarDate {
            year: i32::try_from(y).map_err(|_| bad())?,
            month: u8::try_from(m).map_err(|_| bad())?,
            day: u8::try_from(d).map_err(|_| bad())?,
            leap,
        }))
    }
}

/// A lunar query as JSON.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLunar {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    from_solar: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    to_solar: Option<String>,
    #[serde(default)]
    leap: bool,
}

impl TryFrom<RawLunar> for LunarQuery {
    type Error = Error;

    fn try_from(raw: RawLunar) -> Result<Self> {
        match (raw.from_solar, raw.to_solar) {
            (Some(d), None) if !raw.leap => Ok(LunarQuery::FromSolar(d)),
            (None, Some(t)) => LunarQuery::to_solar_text(&t, raw.leap),
            _ => Err(Error::request(
                "a lunar query needs either from_solar (a solar date) or to_solar (a lunar date YYYY-MM-DD, with leap for the leap month)",
            )),
        }
    }
}

impl From<LunarQuery> for RawLunar {
    fn from(q: LunarQuery) -> Self {
        match q {
            LunarQuery::FromSolar(d) => RawLunar {
                from_solar: Some(d),
                to_solar: None,
                leap: false,
            },
            LunarQuery::ToSolar(l) => RawLunar {
                from_solar: None,
                to_solar: Some(format!("{:04}-{:02}-{:02}", l.year, l.month, l.day)),
                leap: l.leap,
            },
        }
    }
}

/// The answer of a [`LunarQuery`]. As JSON, a lunar date is `{"year", "month", "day", "leap"}`
/// and a solar date `{"date", "lunar"}`.
///
/// # Example
/// See [`LunarQuery`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum LunarAnswer {
    /// The lunar date of a solar date.
    Lunar(LunarDate),
    /// The solar date of a lunar date.
    Solar(SolarDay),
}

/// A solar date with the lunar date it was found from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct SolarDay {
    /// The solar date.
    pub date: NaiveDate,
    /// The lunar date asked about.
    pub lunar: LunarDate,
}

/// Answers a [`LunarQuery`] on the shared lunar calendar.
///
/// # Errors
/// [`Error::Date`] for a date outside 1900–2199 or a lunar date that does not exist.
///
/// # Example
/// See [`LunarQuery`].
pub fn lunar(q: &LunarQuery) -> Result<LunarAnswer> {
    Ok(match *q {
        LunarQuery::FromSolar(d) => LunarAnswer::Lunar(lunar::from_solar(d)?),
        LunarQuery::ToSolar(l) => LunarAnswer::Solar(SolarDay {
            date: lunar::to_solar(l)?,
            lunar: l,
        }),
    })
}

/// Working-day arithmetic on a calendar (`quyche workdays`). As JSON,
/// `{"query": "workdays", "op": "add", "date": "2026-08-28", "n": 1}`,
/// `{"query": "workdays", "op": "between", "from": "2026-01-01", "to": "2027-01-01"}` or
/// `{"query": "workdays", "op": "is", "date": "2026-09-02"}`, each with an optional
/// `"calendar"` (`civil`, the default, or `labour`).
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use quyche::query::{RuleSet, WorkdaysAnswer, WorkdaysQuery};
/// let rules = RuleSet::embedded()?;
/// let friday = NaiveDate::from_ymd_opt(2026, 8, 28).unwrap();
/// // Thông báo 9441/TB-BNV: 01–02/09/2026 are the National Day holidays, and Monday 31/08 is
/// // off in exchange for Saturday 22/08, so the next working day is Thursday 03/09.
/// let WorkdaysAnswer::Added(a) = rules.workdays(&WorkdaysQuery::add(friday, 1))? else { unreachable!() };
/// assert_eq!(a.result, NaiveDate::from_ymd_opt(2026, 9, 3).unwrap());
/// # Ok::<(), quyche::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "RawWorkdays", into = "RawWorkdays")]
pub struct WorkdaysQuery {
    /// The calendar (default civil).
    pub calendar: Option<CalendarKind>,
    /// What to compute.
    pub op: WorkdaysOp,
}

/// What a [`WorkdaysQuery`] computes.
///
/// # Example
/// See [`workdays_on`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WorkdaysOp {
    /// `date` plus `n` working days (`n` may be negative).
    Add {
        /// The date.
        date: NaiveDate,
        /// How many working days.
        n: i64,
    },
    /// The working days from `from` (counted) to `to` (not counted); negative when `to` is
    /// earlier.
    Between {
        /// The first date.
        from: NaiveDate,
        /// The second date.
        to: NaiveDate,
    },
    /// Whether `date` is a working day, and why.
    Is {
        /// The date.
        date: NaiveDate,
    },
}

impl WorkdaysQuery {
    fn new(op: WorkdaysOp) -> Self {
        WorkdaysQuery { calendar: None, op }
    }

    /// `date` plus `n` working days.
    pub fn add(date: NaiveDate, n: i64) -> Self {
        Self::new(WorkdaysOp::Add { date, n })
    }

    /// The working days from `from` to `to`.
    pub fn between(from: NaiveDate, to: NaiveDate) -> Self {
        Self::new(WorkdaysOp::Between { from, to })
    }

    /// Whether `date` is a working day, and why.
    pub fn is(date: NaiveDate) -> Self {
        Self::new(WorkdaysOp::Is { date })
    }

    /// Count on this calendar.
    #[must_use]
    pub fn calendar(mut self, kind: CalendarKind) -> Self {
        self.calendar = Some(kind);
        self
    }
}

/// A workdays query as JSON.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawWorkdays {
    op: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    date: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    n: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    from: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    to: Option<NaiveDate>,
    #[serde(default, with = "opt_word", skip_serializing_if = "Option::is_none")]
    calendar: Option<CalendarKind>,
}

impl TryFrom<RawWorkdays> for WorkdaysQuery {
    type Error = Error;

    fn try_from(raw: RawWorkdays) -> Result<Self> {
        let op = match (raw.op.as_str(), raw.date, raw.n, raw.from, raw.to) {
            ("add", Some(date), Some(n), None, None) => WorkdaysOp::Add { date, n },
            ("between", None, None, Some(from), Some(to)) => WorkdaysOp::Between { from, to },
            ("is", Some(date), None, None, None) => WorkdaysOp::Is { date },
            ("add" | "between" | "is", ..) => {
                return Err(Error::request(format!(
                    "workdays op {:?} takes {}",
                    raw.op,
                    match raw.op.as_str() {
                        "add" => "date and n",
                        "between" => "from and to",
                        _ => "date",
                    }
                )))
            }
            (other, ..) => {
                return Err(Error::request(format!(
                    "unknown workdays op {other:?}: use add, between or is"
                )))
            }
        };
        Ok(WorkdaysQuery {
            calendar: raw.calendar,
            op,
        })
    }
}

impl From<WorkdaysQuery> for RawWorkdays {
    fn from(q: WorkdaysQuery) -> Self {
        let mut raw = RawWorkdays {
            op: String::new(),
            date: None,
            n: None,
            from: None,
            to: None,
            calendar: q.calendar,
        };
        match q.op {
            WorkdaysOp::Add { date, n } => {
                raw.op = "add".into();
                raw.date = Some(date);
                raw.n = Some(n);
            }
            WorkdaysOp::Between { from, to } => {
                raw.op = "between".into();
                raw.from = Some(from);
                raw.to = Some(to);
            }
            WorkdaysOp::Is { date } => {
                raw.op = "is".into();
                raw.date = Some(date);
            }
        }
        raw
    }
}

/// The answer of a [`WorkdaysQuery`]. As JSON, `{"date", "n", "result"}`, `{"from", "to",
/// "working_days"}` or the [`DayInfo`] of the day.
///
/// # Example
/// See [`WorkdaysQuery`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum WorkdaysAnswer {
    /// A date plus working days.
    Added(WorkdaysAdded),
    /// Working days between two dates.
    Between(WorkdaysBetween),
    /// Whether a day is a working day, and why.
    Day(DayInfo),
}

/// `date` plus `n` working days is `result`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct WorkdaysAdded {
    /// The date.
    pub date: NaiveDate,
    /// The working days added.
    pub n: i64,
    /// The date reached.
    pub result: NaiveDate,
}

/// `working_days` from `from` to `to`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct WorkdaysBetween {
    /// The first date (counted).
    pub from: NaiveDate,
    /// The second date (not counted).
    pub to: NaiveDate,
    /// The working days.
    pub working_days: i64,
}

/// Answers a [`WorkdaysOp`] on `cal` (whatever calendar the query named: the caller chose it).
///
/// # Errors
/// [`Error::Date`] for dates outside the calendar's range.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use quyche::calendar::{CalendarKind, WorkingCalendar};
/// use quyche::query::{workdays_on, WorkdaysAnswer, WorkdaysOp};
/// let cal = WorkingCalendar::vietnam(CalendarKind::Civil)?;
/// let national_day = NaiveDate::from_ymd_opt(2026, 9, 2).unwrap();
/// let WorkdaysAnswer::Day(info) = workdays_on(&cal, &WorkdaysOp::Is { date: national_day })? else { unreachable!() };
/// assert!(!info.working);
/// # Ok::<(), quyche::Error>(())
/// ```
pub fn workdays_on(cal: &WorkingCalendar, op: &WorkdaysOp) -> Result<WorkdaysAnswer> {
    Ok(match *op {
        WorkdaysOp::Add { date, n } => WorkdaysAnswer::Added(WorkdaysAdded {
            date,
            n,
            result: cal.add_working_days(date, n)?,
        }),
        WorkdaysOp::Between { from, to } => WorkdaysAnswer::Between(WorkdaysBetween {
            from,
            to,
            working_days: cal.working_days_between(from, to)?,
        }),
        WorkdaysOp::Is { date } => WorkdaysAnswer::Day(cal.day_info(date)?),
    })
}
