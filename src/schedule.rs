//! When an obligation is due, as data: fixed yearly dates, periodic duties, requests and events.
//!
//! The types are small and composable: a periodic kind (year, half-year, quarter, month,
//! week) plus an optional position inside the period. The [`crate::deadline`] module turns
//! them into dates on a working calendar.

use serde::{Deserialize, Serialize};

/// The schedule of an obligation.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
        /// The event, in Vietnamese, in the text's own terms.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        event_vi: Option<String>,
        /// Whether the duty comes before, at or after the event.
        timing: EventTiming,
        /// How many days before or after, when the text says.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        days: Option<u32>,
    },
    /// Periodic, but this text fixes no due date: "định kỳ" with no period, "hằng năm" with no
    /// day, a plan or a budget estimate with no date. No date is computed unless another provision
    /// fixes the period and the date of the same deliverable (`fixed_by`); then it takes that
    /// provision's dates, never invented ones.
    Unfixed {
        /// The period the text names ("hằng năm" → `annual`), if any.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        every: Option<Frequency>,
        /// The obligations whose provisions fix the period and the date of this deliverable.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        fixed_by: Vec<FixedBy>,
        /// Why no date, in words (the reading rule applied).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<String>,
    },
    /// Alternatives joined by "hoặc": one duty that either option discharges, so no single due
    /// date ("tham dự Hội nghị thông tin báo chí hằng tuần ... hoặc Hội nghị giao ban báo chí
    /// hằng tháng").
    Alternatives {
        /// The options, at least two, none itself a set of alternatives.
        options: Vec<Alternative>,
    },
}

/// A link from an [`Schedule::Unfixed`] obligation to one whose provision fixes its dates.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FixedBy {
    /// The obligation's id: local to the same rules file, or a full id.
    pub obligation: String,
    /// Its citation (filled in by the loader).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub citation: String,
    /// Its schedule (filled in by the loader): the dates this obligation takes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schedule: Option<Box<Schedule>>,
}

/// One option of [`Schedule::Alternatives`].
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Alternative {
    /// The exact words of the provision that name the option.
    pub quote: String,
    /// The option's own schedule.
    pub schedule: Schedule,
    /// The recipients of this option, among the obligation's `to` (all of them when empty).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub to: Vec<String>,
}

/// The position of a due date inside a period.
///
/// With no `month`/`day` (and no `weekday`), the duty is due within the period: its last day
/// is the period's last day ("hàng quý ... ít nhất một lần").
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
    /// Periodic with a period the text does not fix ("định kỳ").
    Unfixed,
    /// Alternatives with different schedules ("hằng tuần ... hoặc ... hằng tháng").
    Alternatives,
}

named_values!(Frequency, "How often" {
    Annual => ("hằng năm", "annual"),
    Semiannual => ("6 tháng", "half-yearly"),
    Quarterly => ("hằng quý", "quarterly"),
    Monthly => ("hằng tháng", "monthly"),
    Weekly => ("hằng tuần", "weekly"),
    OnRequest => ("theo yêu cầu", "on request"),
    Event => ("khi có sự việc", "on an event"),
    Unfixed => (
        "định kỳ (văn bản không nói kỳ nào)",
        "periodic (the text sets no period)"
    ),
    Alternatives => (
        "theo một trong các kỳ văn bản nêu",
        "one of the periods the text gives"
    ),
});

impl Frequency {
    /// Parses `annual`, `semiannual`, `quarterly`, `monthly`, `weekly`, `on_request`, `event`,
    /// `unfixed`, `alternatives` (also `yearly`, `half-yearly`, `ad-hoc`, `periodic`).
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
            "unfixed" | "periodic" | "dinhky" => Frequency::Unfixed,
            "alternatives" | "alternative" | "hoac" => Frequency::Alternatives,
            _ => {
                return Err(crate::Error::unknown_word(
                    ("frequency", "tần suất"),
                    s,
                    &[
                        "annual",
                        "semiannual",
                        "quarterly",
                        "monthly",
                        "weekly",
                        "on_request",
                        "event",
                        "unfixed",
                        "alternatives",
                    ],
                ))
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
            Schedule::Unfixed { every, .. } => every.unwrap_or(Frequency::Unfixed),
            Schedule::Alternatives { .. } => Frequency::Alternatives,
        }
    }

    /// Whether the schedule yields due dates: a periodic kind, or an unfixed one whose dates
    /// another provision fixes.
    pub fn is_dated(&self) -> bool {
        match self {
            Schedule::Unfixed { fixed_by, .. } => {
                !fixed_by.is_empty()
                    && fixed_by
                        .iter()
                        .all(|f| f.schedule.as_deref().is_some_and(Schedule::is_dated))
            }
            s => s.periodic().is_some(),
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
            Schedule::OnRequest { .. }
            | Schedule::Event { .. }
            | Schedule::Unfixed { .. }
            | Schedule::Alternatives { .. } => None,
        }
    }

    /// Why a schedule gives no due date of its own, in words ("due on request", "the text sets no
    /// date", ...); `None` for a periodic schedule.
    pub fn undated_reason(&self) -> Option<&'static str> {
        Some(match self {
            Schedule::OnRequest { .. } => "due on request",
            Schedule::Event { .. } => "due on an event",
            Schedule::Unfixed { fixed_by, .. } if !fixed_by.is_empty() => {
                "dated by the provision that fixes its period"
            }
            Schedule::Unfixed { .. } => "a duty whose text sets no date",
            Schedule::Alternatives { .. } => "a duty with alternatives and no single date",
            _ => return None,
        })
    }

    /// The obligations whose provisions fix this schedule's dates (`fixed_by`), if any.
    pub fn fixed_by(&self) -> &[FixedBy] {
        match self {
            Schedule::Unfixed { fixed_by, .. } => fixed_by,
            _ => &[],
        }
    }

    /// Checks the fields against each other and their ranges; returns what is wrong.
    pub fn problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        match self {
            Schedule::Unfixed { every, .. } => {
                if every.is_some_and(|f| {
                    matches!(
                        f,
                        Frequency::OnRequest
                            | Frequency::Event
                            | Frequency::Unfixed
                            | Frequency::Alternatives
                    )
                }) {
                    out.push(
                        "`every` is annual, semiannual, quarterly, monthly or weekly: the period the text names".into(),
                    );
                }
                return out;
            }
            Schedule::Alternatives { options } => {
                if options.len() < 2 {
                    out.push("alternatives need at least two options".into());
                }
                for (n, o) in options.iter().enumerate() {
                    if matches!(o.schedule, Schedule::Alternatives { .. }) {
                        out.push(format!(
                            "option {}: alternatives do not nest",
                            n.saturating_add(1)
                        ));
                    }
                    for p in o.schedule.problems() {
                        out.push(format!("option {}: {p}", n.saturating_add(1)));
                    }
                }
                return out;
            }
            _ => {}
        }
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
            Schedule::Unfixed {
                every, fixed_by, ..
            } => return unfixed_words(*every, fixed_by),
            Schedule::Alternatives { options } => {
                return options
                    .iter()
                    .map(|o| o.schedule.vietnamese())
                    .collect::<Vec<_>>()
                    .join(" hoặc ")
            }
            Schedule::Event {
                event,
                event_vi,
                timing,
                ..
            } => {
                let event = event_vi.as_deref().unwrap_or(event);
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

/// "định kỳ (văn bản không ấn định kỳ hạn)", "hằng năm (văn bản không ấn định ngày)", or the
/// dates another provision fixes.
fn unfixed_words(every: Option<Frequency>, fixed_by: &[FixedBy]) -> String {
    let linked: Vec<String> = fixed_by
        .iter()
        .filter_map(|f| {
            let s = f.schedule.as_deref()?;
            Some(format!("{} ({})", s.vietnamese(), f.citation))
        })
        .collect();
    if !linked.is_empty() {
        return format!("định kỳ, theo {}", linked.join("; "));
    }
    let every = match every {
        Some(Frequency::Annual) => "hằng năm",
        Some(Frequency::Semiannual) => "6 tháng một lần",
        Some(Frequency::Quarterly) => "hằng quý",
        Some(Frequency::Monthly) => "hằng tháng",
        Some(Frequency::Weekly) => "hằng tuần",
        _ => return "định kỳ (văn bản không ấn định kỳ hạn)".into(),
    };
    format!("{every} (văn bản không ấn định ngày)")
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
    fn unfixed_and_alternatives_read_from_toml_shape() {
        let s: Schedule = serde_json::from_str(
            r#"{"kind":"unfixed","every":"annual","note":"the text sets no date"}"#,
        )
        .unwrap();
        assert_eq!(s.frequency(), Frequency::Annual);
        assert!(s.periodic().is_none() && !s.is_dated() && s.problems().is_empty());
        assert_eq!(s.vietnamese(), "hằng năm (văn bản không ấn định ngày)");
        let s: Schedule = serde_json::from_str(r#"{"kind":"unfixed"}"#).unwrap();
        assert_eq!(s.frequency(), Frequency::Unfixed);
        let bad: Schedule =
            serde_json::from_str(r#"{"kind":"unfixed","every":"on_request"}"#).unwrap();
        assert_eq!(bad.problems().len(), 1);
        assert!(serde_json::from_str::<Schedule>(
            r#"{"kind":"unfixed","fixed_by":[{"obligation":"x","when":1}]}"#
        )
        .is_err());
        let s: Schedule = serde_json::from_str(
            r#"{"kind":"alternatives","options":[{"quote":"a","schedule":{"kind":"weekly"}},{"quote":"b","schedule":{"kind":"monthly"}}]}"#,
        )
        .unwrap();
        assert_eq!(s.frequency(), Frequency::Alternatives);
        assert!(s.problems().is_empty() && !s.is_dated());
        assert_eq!(s.vietnamese(), "hằng tuần hoặc hằng tháng");
        let one: Schedule = serde_json::from_str(
            r#"{"kind":"alternatives","options":[{"quote":"a","schedule":{"kind":"annual","day":1}}]}"#,
        )
        .unwrap();
        // Too few options, and the option's own problems (a day without a month or `inclusive`).
        assert_eq!(one.problems().len(), 3);
    }

    #[test]
    fn a_link_gives_the_dates_of_its_target() {
        let target = Schedule::Annual(Periodic {
            month: Some(12),
            day: Some(10),
            inclusive: Some(false),
            ..Periodic::default()
        });
        let s = Schedule::Unfixed {
            every: None,
            fixed_by: vec![FixedBy {
                obligation: "x".into(),
                citation: "Khoản 1 Điều 32".into(),
                schedule: Some(Box::new(target)),
            }],
            note: None,
        };
        assert!(s.is_dated());
        assert_eq!(
            s.vietnamese(),
            "định kỳ, theo hằng năm, trước ngày 10/12 (Khoản 1 Điều 32)"
        );
    }

    #[test]
    fn unknown_fields_and_bad_ranges_are_reported() {
        assert!(serde_json::from_str::<Schedule>(r#"{"kind":"annual","mounth":12}"#).is_err());
        let s: Schedule = serde_json::from_str(r#"{"kind":"annual","month":13,"day":10}"#).unwrap();
        assert_eq!(s.problems().len(), 2);
    }
}
