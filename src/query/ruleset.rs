//! A ruleset: a dataset with the working calendars it needs, built on first use and kept.
//! It is what the C ABI's `qc_ruleset` and Python's `RuleSet` hold.

use std::sync::OnceLock;

use crate::calendar::{CalendarKind, WorkingCalendar};
use crate::dataset::Dataset;
use crate::{Error, Result};

/// The working calendars, each built once on first use (building takes milliseconds; queries
/// then take nanoseconds). Owned by its user; no global state.
#[derive(Debug, Default)]
pub struct Calendars {
    civil: OnceLock<std::result::Result<WorkingCalendar, Error>>,
    labour: OnceLock<std::result::Result<WorkingCalendar, Error>>,
}

impl Calendars {
    /// The calendar of a kind.
    ///
    /// # Errors
    /// Whatever building the calendar reported (broken embedded calendar data).
    pub fn get(&self, kind: CalendarKind) -> Result<&WorkingCalendar> {
        let cell = match kind {
            CalendarKind::Civil => &self.civil,
            CalendarKind::Labour => &self.labour,
        };
        cell.get_or_init(|| WorkingCalendar::vietnam(kind))
            .as_ref()
            .map_err(Clone::clone)
    }
}

/// A dataset and its calendars: immutable once built, `Send + Sync`, safe to share between
/// threads for reading.
///
/// # Example
/// ```
/// let rules = quyche::query::RuleSet::embedded()?;
/// let json = rules.answer_json(r#"{"query": "deadlines", "year": 2026, "province": "Điện Biên"}"#)?;
/// assert!(json.contains("2026-11-27"));
/// # Ok::<(), quyche::Error>(())
/// ```
#[derive(Debug)]
pub struct RuleSet {
    dataset: Dataset,
    calendars: Calendars,
}

impl RuleSet {
    /// A ruleset over a dataset.
    pub fn new(dataset: Dataset) -> Self {
        RuleSet {
            dataset,
            calendars: Calendars::default(),
        }
    }

    /// The embedded default dataset.
    ///
    /// # Errors
    /// As [`Dataset::embedded`].
    pub fn embedded() -> Result<Self> {
        Dataset::embedded().map(Self::new)
    }

    /// A dataset directory.
    ///
    /// # Errors
    /// As [`Dataset::from_dir`].
    pub fn from_dir(dir: impl AsRef<std::path::Path>) -> Result<Self> {
        Dataset::from_dir(dir).map(Self::new)
    }

    /// The dataset.
    pub fn dataset(&self) -> &Dataset {
        &self.dataset
    }

    /// A working calendar, built on first use.
    ///
    /// # Errors
    /// As [`Calendars::get`].
    pub fn calendar(&self, kind: CalendarKind) -> Result<&WorkingCalendar> {
        self.calendars.get(kind)
    }

    /// The due dates a [`super::Request::Deadlines`] asks for, as typed rows.
    ///
    /// # Errors
    /// As [`RuleSet::answer`].
    pub fn deadlines(&self, request: &super::Request) -> Result<Vec<super::DeadlineView>> {
        super::deadline_rows(&self.dataset, &self.calendars, request)
    }

    /// Answers a request with a JSON value.
    ///
    /// # Errors
    /// Any error of the query.
    pub fn answer_value(&self, request: &super::Request) -> Result<serde_json::Value> {
        super::dispatch(&self.dataset, &self.calendars, request)
    }

    /// Answers a request with the JSON text the CLI prints.
    ///
    /// # Errors
    /// Any error of the query.
    pub fn answer(&self, request: &super::Request) -> Result<String> {
        super::to_json(&self.answer_value(request)?)
    }

    /// Answers a request given as JSON text.
    ///
    /// # Errors
    /// [`Error::Request`] for malformed JSON; any error of the query.
    pub fn answer_json(&self, request: &str) -> Result<String> {
        self.answer(&super::Request::from_json(request)?)
    }
}
