//! Deadlines: obligations expanded into concrete due dates on a working calendar, each with a
//! trace of the steps that produced it.
//!
//! "trước ngày 30/11 hằng năm" in 2026 becomes: last day allowed 29/11 (the wording excludes
//! the date), a Sunday, so due Friday 27/11 under [`Shift::Previous`] (the default: the report
//! actually arrives in time) or Monday 30/11 under [`Shift::Next`] (Civil Code 2015, Article 148
//! clause 5: a time limit ending on a day off ends on the next working day).

mod expand;
mod period_rule;
pub(crate) mod periods;
mod projection;
mod vietnam;
mod wording;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

pub use expand::{expand, ExpandOptions};
pub use periods::{periods, vn_date as vn, Period};
pub use vietnam::calendar_kind;

/// Why a year's calendar is a projection, in both languages: no official notice on its holidays
/// is recorded (the sentence a due date's trace gives for such a year).
///
/// # Example
/// ```
/// let why = quyche::deadline::projection_reason(2027);
/// assert!(why.vi.starts_with("lịch năm 2027 là dự tính theo luật"));
/// assert!(why.en.starts_with("the 2027 calendar is projected from the law"));
/// ```
pub fn projection_reason(year: i32) -> crate::text::Bilingual {
    wording::projected(year)
}

/// What to do when the last day allowed is not a working day.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Shift {
    /// Move back to the last working day before it (the default: the report arrives in time).
    #[default]
    Previous,
    /// Move forward to the next working day (Civil Code 2015, Article 148 clause 5).
    Next,
    /// Keep the day as it is.
    None,
}

impl Shift {
    /// Parses `previous`, `next` or `none`.
    ///
    /// # Errors
    /// [`crate::Error::Request`] naming the accepted values.
    pub fn parse(s: &str) -> crate::Result<Self> {
        match crate::text::fold_compact(s).as_str() {
            "previous" | "prev" | "before" => Ok(Shift::Previous),
            "next" | "after" => Ok(Shift::Next),
            "none" | "no" => Ok(Shift::None),
            _ => Err(crate::Error::unknown_word(
                ("shift", "cách dời hạn"),
                s,
                &["previous", "next", "none"],
            )),
        }
    }
}

/// A working-day calendar as the deadline expansion needs it. The Vietnamese calendar of
/// [`crate::calendar`] implements it; tests may use a simpler one.
pub trait WorkingDays {
    /// Whether `date` is a working day.
    ///
    /// # Errors
    /// A date outside the calendar's range.
    fn is_working_day(&self, date: NaiveDate) -> crate::Result<bool>;

    /// Why `date` is not a working day: one reason per cause ("Sunday", "Quốc khánh"), each with
    /// its source where there is one. Empty for a working day.
    fn reasons_off(&self, date: NaiveDate) -> Vec<Reason>;

    /// Why the days of `year` are a projection, naming the official notice that is missing;
    /// `None` when the year's arrangements come from an official notice. The default: `None`
    /// (a calendar that knows of no notices has nothing to project).
    fn projected(&self, year: i32) -> Option<crate::text::Bilingual> {
        let _ = year;
        None
    }
}

/// Why a day is not a working day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reason {
    /// The reason, as a phrase ("a Sunday", "Quốc khánh (National Day)").
    pub reason: String,
    /// The same in Vietnamese ("29/11/2026 là Chủ nhật, ngày nghỉ hằng tuần").
    #[serde(default)]
    pub reason_vi: String,
    /// Its source ("Labour Code 2019, Art. 112"), where there is one.
    pub source: Option<String>,
}

/// One step of a due date's trace.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TraceStep {
    /// What the step did (`period`, `wording`, `day_off`, `shift`, `in_force`, ...).
    pub step: String,
    /// The date the step is about, if any.
    pub date: Option<NaiveDate>,
    /// Why, as a sentence in English.
    pub reason: String,
    /// Why, in Vietnamese.
    #[serde(default)]
    pub reason_vi: String,
    /// The source of the rule applied, where there is one.
    pub source: Option<String>,
}

impl TraceStep {
    pub(crate) fn new(
        step: &str,
        date: Option<NaiveDate>,
        why: crate::text::Bilingual,
        source: Option<String>,
    ) -> Self {
        TraceStep {
            step: step.to_owned(),
            date,
            reason: why.en,
            reason_vi: why.vi,
            source,
        }
    }
}

/// One due date of one obligation in one period (or an undated entry for duties on request or
/// relative to an event).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Deadline {
    /// The obligation's id.
    pub obligation: String,
    /// `annual`, `semiannual`, `quarterly`, `monthly`, `weekly`, `on_request` or `event`.
    pub recurrence: crate::schedule::Frequency,
    /// The first day of the period the due date belongs to.
    pub period_start: Option<NaiveDate>,
    /// The last day of that period.
    pub period_end: Option<NaiveDate>,
    /// The last day the wording allows, before any shift; `None` for undated duties.
    pub last_day: Option<NaiveDate>,
    /// The due date after the shift policy; `None` for undated duties.
    pub due: Option<NaiveDate>,
    /// The shift policy applied.
    pub shift: Shift,
    /// Whether the instrument was in force for this due date (false for drafts and before the
    /// effective date).
    pub in_force: bool,
    /// `official` when every day the computation looked at lies in a year whose holidays and
    /// swaps come from an official notice, `projected` otherwise (the trace names the missing
    /// notice); `None` for undated duties.
    pub calendar_status: Option<crate::calendar::Status>,
    /// The steps that produced the due date (empty when the options ask for no trace).
    pub trace: Vec<TraceStep>,
}

/// Civil Code 2015, Article 148 clause 5, the source of [`Shift::Next`].
pub const CIVIL_CODE_148_5: &str = "Bộ luật Dân sự 2015 (91/2015/QH13), Điều 148 khoản 5";
