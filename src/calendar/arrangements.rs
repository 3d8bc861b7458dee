//! Yearly official arrangements of holidays (Tết days fixed by notice, swapped days, Saturdays
//! worked), from the embedded `data/calendar/arrangements.toml` or a user's TOML file.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use toml::Spanned;

use super::data;
use crate::Result;

const FILE: &str = "data/calendar/arrangements.toml";
const TEXT: &str = include_str!("../../data/calendar/arrangements.toml");

/// Whether a year's holidays come from an official notice or are projected by the law's rules.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Fixed by an official notice (cited in the records).
    Official,
    /// Computed from the law's rules; the Government may still decide otherwise.
    Projected,
}

named_values!(Status, "Whether a year's calendar is official" {
    Official => ("chính thức", "official"),
    Projected => ("dự kiến", "projected"),
});

/// Which calendar an arrangement binds.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum AppliesTo {
    /// The civil-service calendar only (the notices' swaps bind the state sector).
    #[default]
    Civil,
    /// Every calendar.
    All,
}

/// What an arrangement does.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ArrangementKind {
    /// The dates of a statutory holiday (by id, e.g. `tet`, `national_day`) for that year.
    HolidayDays {
        /// The holiday's id in the law data.
        holiday: String,
        /// Its dates.
        dates: Vec<NaiveDate>,
    },
    /// A working day exchanged for a weekly rest day that is worked instead.
    Swap {
        /// The working day taken off.
        off: NaiveDate,
        /// The rest day worked.
        work: NaiveDate,
    },
    /// Extra days off (a one-off decision).
    DayOff {
        /// Vietnamese name.
        name_vi: String,
        /// English name.
        name_en: String,
        /// The dates.
        dates: Vec<NaiveDate>,
    },
    /// Extra days worked.
    WorkDay {
        /// The dates.
        dates: Vec<NaiveDate>,
    },
}

/// One arrangement record.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Arrangement {
    /// The year it belongs to.
    pub year: i32,
    /// What it does.
    #[serde(flatten)]
    pub kind: ArrangementKind,
    /// The calendars it binds.
    pub applies_to: AppliesTo,
    /// The notice (number, date, issuer).
    pub source: String,
    /// Whether a notice confirms it. An unconfirmed record (a proposal reported in the press) is
    /// listed by the calendar but never applied.
    pub verified: bool,
    /// Why it is unconfirmed, when it is.
    pub unverified: Option<String>,
}

/// The status of one year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct YearRecord {
    /// The year.
    pub year: i32,
    /// Official or projected.
    pub status: Status,
    /// A summary of the arrangements.
    pub note: Option<String>,
    /// When merged over other arrangements: drop their records of this year first.
    pub replace: bool,
}

/// A set of yearly arrangements.
///
/// # Example
/// ```
/// use quyche::calendar::arrangements::{Arrangements, Status};
/// let mine = Arrangements::from_toml(r#"
/// [[year]]
/// year = 2027
/// status = "official"
///
/// [[arrangement]]
/// year = 2027
/// kind = "swap"
/// off = "2027-04-30"
/// work = "2027-05-08"
/// source = "my notice"
/// "#)?;
/// assert_eq!(mine.year(2027).unwrap().status, Status::Official);
/// # Ok::<(), quyche::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Arrangements {
    years: Vec<YearRecord>,
    records: Vec<Arrangement>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    year: Vec<RawYear>,
    #[serde(default)]
    arrangement: Vec<RawArrangement>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawYear {
    year: Spanned<i32>,
    status: Status,
    #[serde(default)]
    note: Option<String>,
    #[serde(default)]
    replace: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawArrangement {
    year: Spanned<i32>,
    kind: Spanned<String>,
    #[serde(default)]
    holiday: Option<String>,
    #[serde(default)]
    dates: Vec<Spanned<String>>,
    #[serde(default)]
    off: Option<Spanned<String>>,
    #[serde(default)]
    work: Option<Spanned<String>>,
    #[serde(default)]
    name_vi: Option<String>,
    #[serde(default)]
    name_en: Option<String>,
    #[serde(default)]
    applies_to: Option<AppliesTo>,
    source: String,
    #[serde(default = "yes")]
    verified: bool,
    #[serde(default)]
    unverified: Option<String>,
}

fn yes() -> bool {
    true
}

impl Arrangements {
    /// The official arrangements shipped with quyche (2024–2026; see the data file for sources).
    ///
    /// # Errors
    /// [`crate::Error::Dataset`] when the embedded file is malformed (a build defect).
    ///
    /// # Example
    /// ```
    /// use quyche::calendar::arrangements::{Arrangements, Status};
    /// let a = Arrangements::official()?;
    /// assert_eq!(a.year(2026).unwrap().status, Status::Official);
    /// assert_eq!(a.year(2027).unwrap().status, Status::Projected); // no notice yet
    /// # Ok::<(), quyche::Error>(())
    /// ```
    pub fn official() -> Result<Self> {
        Self::parse(FILE, TEXT)
    }

    /// Read arrangements from TOML text in the format of `data/calendar/arrangements.toml`.
    ///
    /// # Errors
    /// [`crate::Error::Dataset`] naming the line and field of the first problem: TOML syntax, an
    /// unknown kind or field, a date that is not a date or is not in the record's year, a swap whose
    /// days are equal, a missing `holiday` or `dates`, `verified = false` without `unverified`.
    ///
    /// # Example
    /// ```
    /// use quyche::calendar::arrangements::Arrangements;
    /// let e = Arrangements::from_toml("[[arrangement]]\nyear = 2026\nkind = \"swap\"\noff = \"2026-02-30\"\nwork = \"2026-03-07\"\nsource = \"x\"\n")
    ///     .unwrap_err();
    /// assert!(e.to_string().contains(":4"), "{e}");
    /// ```
    pub fn from_toml(text: &str) -> Result<Self> {
        Self::parse("<arrangements>", text)
    }

    fn parse(file: &str, text: &str) -> Result<Self> {
        let raw: RawFile = toml::from_str(text).map_err(|e| data::toml_error(file, text, &e))?;
        let years = raw
            .year
            .into_iter()
            .map(|y| YearRecord {
                year: *y.year.get_ref(),
                status: y.status,
                note: y.note,
                replace: y.replace,
            })
            .collect();
        let mut records = Vec::new();
        for r in raw.arrangement {
            let year = *r.year.get_ref();
            let at = |s: &Spanned<String>| Some(s.span().start);
            let in_year = |field: &str, s: &Spanned<String>| -> Result<NaiveDate> {
                let d = data::date(file, text, field, s)?;
                // Tết falls in January or February, so every date belongs to the record's year.
                if d.year() != year {
                    return Err(data::problem(
                        file,
                        text,
                        at(s),
                        Some(field),
                        format!("{d} is not in the year {year}"),
                    ));
                }
                Ok(d)
            };
            let dates = |field: &str| -> Result<Vec<NaiveDate>> {
                if r.dates.is_empty() {
                    return Err(data::problem(
                        file,
                        text,
                        at(&r.kind),
                        Some(field),
                        "`dates` must list at least one date",
                    ));
                }
                r.dates.iter().map(|s| in_year(field, s)).collect()
            };
            let kind = match r.kind.get_ref().as_str() {
                "holiday_days" => ArrangementKind::HolidayDays {
                    holiday: r.holiday.clone().ok_or_else(|| {
                        data::problem(
                            file,
                            text,
                            at(&r.kind),
                            Some("holiday"),
                            "a holiday_days record needs `holiday` (e.g. \"tet\")",
                        )
                    })?,
                    dates: dates("dates")?,
                },
                "swap" => {
                    let (off, work) = match (&r.off, &r.work) {
                        (Some(o), Some(w)) => (in_year("off", o)?, in_year("work", w)?),
                        _ => {
                            return Err(data::problem(
                                file,
                                text,
                                at(&r.kind),
                                Some("swap"),
                                "a swap needs `off` and `work` dates",
                            ))
                        }
                    };
                    if off == work {
                        return Err(data::problem(
                            file,
                            text,
                            at(&r.kind),
                            Some("swap"),
                            "a swap's `off` and `work` must differ",
                        ));
                    }
                    ArrangementKind::Swap { off, work }
                }
                "day_off" => ArrangementKind::DayOff {
                    name_vi: r.name_vi.clone().unwrap_or_else(|| "Ngày nghỉ".to_string()),
                    name_en: r.name_en.clone().unwrap_or_else(|| "Day off".to_string()),
                    dates: dates("dates")?,
                },
                "work_day" => ArrangementKind::WorkDay {
                    dates: dates("dates")?,
                },
                other => {
                    return Err(data::problem(
                        file,
                        text,
                        at(&r.kind),
                        Some("kind"),
                        format!("unknown kind {other:?} (holiday_days, swap, day_off, work_day)"),
                    ))
                }
            };
            let applies_to = r.applies_to.unwrap_or(match kind {
                ArrangementKind::HolidayDays { .. } => AppliesTo::All,
                _ => AppliesTo::Civil,
            });
            if !r.verified
                && !r
                    .unverified
                    .as_deref()
                    .is_some_and(|w| !w.trim().is_empty())
            {
                return Err(data::problem(
                    file,
                    text,
                    at(&r.kind),
                    Some("unverified"),
                    "a record with verified = false must say why in `unverified`",
                ));
            }
            records.push(Arrangement {
                year,
                kind,
                applies_to,
                source: r.source,
                verified: r.verified,
                unverified: r.unverified,
            });
        }
        Ok(Arrangements { years, records })
    }

    /// Lay `other` over these arrangements: its year records win; a year with `replace = true`
    /// drops these arrangements' records of that year; its `holiday_days` replace ours for the same
    /// year and holiday; everything else is added.
    ///
    /// # Example
    /// ```
    /// use quyche::calendar::arrangements::Arrangements;
    /// let mut a = Arrangements::official()?;
    /// a.merge(Arrangements::from_toml("[[year]]\nyear = 2026\nstatus = \"projected\"\nreplace = true\n")?);
    /// assert!(a.records(2026).next().is_none());
    /// # Ok::<(), quyche::Error>(())
    /// ```
    pub fn merge(&mut self, other: Arrangements) {
        for y in &other.years {
            if y.replace {
                self.records.retain(|r| r.year != y.year);
            }
            self.years.retain(|x| x.year != y.year);
        }
        for r in &other.records {
            if let ArrangementKind::HolidayDays { holiday, .. } = &r.kind {
                self.records.retain(|x| {
                    !(x.year == r.year && matches!(&x.kind, ArrangementKind::HolidayDays { holiday: h, .. } if h == holiday))
                });
            }
        }
        self.years.extend(other.years);
        self.records.extend(other.records);
    }

    /// The status record of a year, if the arrangements list it.
    pub fn year(&self, year: i32) -> Option<&YearRecord> {
        self.years.iter().find(|y| y.year == year)
    }

    /// The unconfirmed records of a year (listed, not applied).
    pub fn unverified(&self, year: i32) -> impl Iterator<Item = &Arrangement> {
        self.records(year).filter(|r| !r.verified)
    }

    /// The records of a year.
    pub fn records(&self, year: i32) -> impl Iterator<Item = &Arrangement> {
        self.records.iter().filter(move |r| r.year == year)
    }

    /// Every record.
    pub fn all(&self) -> &[Arrangement] {
        &self.records
    }
}
