//! When an obligation is due, as data: fixed yearly dates, periodic duties, requests and events.
//!
//! The types are small and composable: a periodic kind (year, half-year, quarter, month,
//! week) plus an optional position inside the period. The [`crate::deadline`] module turns
//! them into dates on a working calendar.

use serde::{Deserialize, Serialize};

/// The schedule of an obligation.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Schedule {
    /// Once a year; `month`/`day` give the date when the text fixes one ("trước ngày 10/12 hằng năm").
    Annual(Periodic),
    /// Every half-year (January–June, July–December).
    Semiannual(Periodic),
    /// Every quarter.
    Quarterly(Periodic),
    /// Every month.
    Monthly(Periodic),
    /// Every week (Monday–Sunday).
    Weekly(Periodic),
    /// When a competent body asks ("báo cáo đột xuất theo yêu cầu"): no date can be computed.
    OnRequest {
        /// Who may ask or on what occasion, in words, where the text says.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<String>,
    },
    /// Relative to an event ("trước khi tổ chức hoạt động ở nước ngoài").
    Event {
        /// The event, in English.
        event: String,
        /// Whether the duty comes before, at or after the event.
        timing: EventTiming,
        /// How many days before or after, when the text says.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        days: Option<u32>,
    },
}

/// The position of a due date inside a period.
///
/// With no `month`/`day` (and no `weekday`), the duty is due within the period: its last day
/// is the period's last day ("hàng quý ... ít nhất một lần").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Periodic {
    /// At least this many times per period ("ít nhất một lần" → 1), where the text says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub times: Option<u32>,
    /// The month of the due date: for `annual` the calendar month (1–12); for other kinds the
    /// month counted from the period's first month (1 = the first month; a value past the
    /// period's length falls after the period, as in "by the 5th of the next month").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub month: Option<u8>,
    /// The day of the month of the due date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day: Option<u8>,
    /// For weekly duties: the ISO weekday of the due date (1 = Monday … 7 = Sunday).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weekday: Option<u8>,
    /// Only this period of each year (1-based: `1` is the first half, the first quarter, January),
    /// for duties like "báo cáo 6 tháng đầu năm" that fall in one period of the year only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<u8>,
    /// Whether the date itself is allowed: `false` for "trước ngày" (the last day is the day
    /// before), `true` for "chậm nhất ngày", "đến ngày", "trong ngày". Required with `day`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inclusive: Option<bool>,
}

/// Whether an event-relative duty comes before, at or after its event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventTiming {
    /// Before the event.
    Before,
    /// When the event happens.
    At,
    /// After the event.
    After,
}

/// The length of the periods of a periodic schedule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Frequency {
    /// A year.
    Annual,
    /// Half a year.
    Semiannual,
    /// A quarter.
    Quarterly,
    /// A month.
    Monthly,
    /// A week.
    Weekly,
    /// On request.
    OnRequest,
    /// Relative to an event.
    Event,
}

impl Frequency {
    /// Parses `annual`, `semiannual`, `quarterly`, `monthly`, `weekly`, `on_request`, `event`
    /// (also `yearly`, `half-yearly`, `ad-hoc`).
    ///
    /// # Errors
    /// [`crate::Error::Request`] listing the accepted names.
    pub fn parse(s: &str) -> crate::Result<Self> {
        Ok(match crate::text::fold_compact(s).as_str() {
            "annual" | "yearly" | "year" => Frequency::Annual,
            "semiannual" | "halfyearly" | "halfyear" => Frequency::Semiannual,
            "quarterly" | "quarter" => Frequency::Quarterly,
            "monthly" | "month" => Frequency::Monthly,
            "weekly" | "week" => Frequency::Weekly,
            "onrequest" | "adhoc" | "request" => Frequency::OnRequest,
            "event" => Frequency::Event,
            _ => {
                return Err(crate::Error::request(format!(
                    "unknown frequency {s:?}: use annual, semiannual, quarterly, monthly, weekly, on_request or event"
                )))
            }
        })
    }
}

impl Schedule {
    /// The frequency of the schedule.
    pub fn frequency(&self) -> Frequency {
        match self {
            Schedule::Annual(_) => Frequency::Annual,
            Schedule::Semiannual(_) => Frequency::Semiannual,
            Schedule::Quarterly(_) => Frequency::Quarterly,
            Schedule::Monthly(_) => Frequency::Monthly,
            Schedule::Weekly(_) => Frequency::Weekly,
            Schedule::OnRequest { .. } => Frequency::OnRequest,
            Schedule::Event { .. } => Frequency::Event,
        }
    }

    /// The periodic part, for periodic schedules.
    pub fn periodic(&self) -> Option<&Periodic> {
        match self {
            Schedule::Annual(p)
            | Schedule::Semiannual(p)
            | Schedule::Quarterly(p)
            | Schedule::Monthly(p)
            | Schedule::Weekly(p) => Some(p),
            Schedule::OnRequest { .. } | Schedule::Event { .. } => None,
        }
    }

    /// Checks the fields against each other and their ranges; returns what is wrong.
    pub fn problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        let Some(p) = self.periodic() else { return out };
        let months_in_period: u8 = match self.frequency() {
            Frequency::Annual => 12,
            Frequency::Semiannual => 6,
            Frequency::Quarterly => 3,
            _ => 1,
        };
        if let Some(m) = p.month {
            let max = if self.frequency() == Frequency::Annual {
                12
            } else {
                months_in_period.saturating_add(12)
            };
            if m == 0 || m > max {
                out.push(format!("month {m} is out of range 1..={max}"));
            }
        }
        if let Some(d) = p.day {
            if d == 0 || d > 31 {
                out.push(format!("day {d} is out of range 1..=31"));
            }
            if p.inclusive.is_none() {
                out.push("a schedule with a day needs `inclusive` (false for \"trước ngày\", true for \"chậm nhất ngày\")".into());
            }
            if p.month.is_none() && self.frequency() != Frequency::Monthly {
                out.push("a schedule with a day needs a month".into());
            }
        }
        if let Some(n) = p.period {
            let per_year: u8 = match self.frequency() {
                Frequency::Semiannual => 2,
                Frequency::Quarterly => 4,
                Frequency::Monthly => 12,
                _ => 0,
            };
            if per_year == 0 {
                out.push("`period` is only for semiannual, quarterly and monthly schedules".into());
            } else if n == 0 || n > per_year {
                out.push(format!("period {n} is out of range 1..={per_year}"));
            }
        }
        if let Some(w) = p.weekday {
            if self.frequency() != Frequency::Weekly {
                out.push("`weekday` is only for weekly schedules".into());
            } else if !(1..=7).contains(&w) {
                out.push(format!(
                    "weekday {w} is out of range 1 (Monday)..=7 (Sunday)"
                ));
            }
        }
        out
    }
}

impl Schedule {
    /// The schedule in Vietnamese words, as the regulations phrase it
    /// ("hằng năm, trước ngày 10/12", "hằng quý, ít nhất 1 lần", "đột xuất theo yêu cầu").
    ///
    /// # Example
    /// ```
    /// use quyche::schedule::{Periodic, Schedule};
    /// let s = Schedule::Annual(Periodic { month: Some(12), day: Some(10), inclusive: Some(false), ..Periodic::default() });
    /// assert_eq!(s.vietnamese(), "hằng năm, trước ngày 10/12");
    /// ```
    pub fn vietnamese(&self) -> String {
        let every = match self {
            Schedule::Annual(_) => "hằng năm",
            Schedule::Semiannual(_) => "6 tháng một lần",
            Schedule::Quarterly(_) => "hằng quý",
            Schedule::Monthly(_) => "hằng tháng",
            Schedule::Weekly(_) => "hằng tuần",
            Schedule::OnRequest { .. } => return "đột xuất theo yêu cầu".into(),
            Schedule::Event { event, timing, .. } => {
                let when = match timing {
                    EventTiming::Before => "trước",
                    EventTiming::At => "khi",
                    EventTiming::After => "sau",
                };
                return format!("theo sự kiện ({when}: {event})");
            }
        };
        let Some(p) = self.periodic() else {
            return every.into();
        };
        let word = if p.inclusive == Some(false) {
            "trước ngày"
        } else {
            "chậm nhất ngày"
        };
        let mut out = match (p.day, p.month) {
            (Some(d), Some(m)) if self.frequency() == Frequency::Annual => {
                format!("{every}, {word} {d}/{m}")
            }
            (Some(d), Some(m)) => format!("{every}, {word} {d} tháng thứ {m} của kỳ"),
            (Some(d), None) => format!("{every}, {word} {d}"),
            _ => every.to_owned(),
        };
        if p.period == Some(1) && self.frequency() == Frequency::Semiannual {
            out = out.replacen("6 tháng một lần", "6 tháng đầu năm", 1);
        }
        if let Some(t) = p.times {
            out.push_str(&format!(", ít nhất {t} lần"));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn annual_schedule_reads_from_toml_shape() {
        let s: Schedule =
            serde_json::from_str(r#"{"kind":"annual","month":12,"day":10,"inclusive":false}"#)
                .unwrap();
        assert_eq!(
            s,
            Schedule::Annual(Periodic {
                month: Some(12),
                day: Some(10),
                inclusive: Some(false),
                ..Periodic::default()
            })
        );
        assert!(s.problems().is_empty());
    }

    #[test]
    fn unknown_fields_and_bad_ranges_are_reported() {
        assert!(serde_json::from_str::<Schedule>(r#"{"kind":"annual","mounth":12}"#).is_err());
        let s: Schedule = serde_json::from_str(r#"{"kind":"annual","month":13,"day":10}"#).unwrap();
        assert_eq!(s.problems().len(), 2);
    }
}
