//! The queries that analyse a dataset rather than list it: compliance findings, provinces side
//! by side, submission tracking.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Compliance analysis against Circular 22/2016/TT-BTTTT (`quyche check`).
///
/// # Example
/// ```
/// use quyche::query::{CheckQuery, RuleSet};
/// let rules = RuleSet::embedded()?;
/// let report = rules.check(&CheckQuery::default().province("quang ninh").year(2026))?;
/// assert_eq!(report.year, 2026);
/// assert_eq!(report.findings.len(), report.errors + report.warnings + report.infos);
/// # Ok::<(), quyche::Error>(())
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CheckQuery {
    /// Only this province.
    #[serde(default)]
    pub province: Option<String>,
    /// The year whose calendar measures deadlines (default: the as-of year, else
    /// [`DEFAULT_YEAR`](super::DEFAULT_YEAR)).
    #[serde(default)]
    pub year: Option<i32>,
    /// The law as it stood on this day.
    #[serde(default)]
    pub as_of: Option<NaiveDate>,
}

impl CheckQuery {
    setters! {
        /// Only this province.
        text province;

        /// Measure deadlines on this year's calendar.
        some year: i32;

        /// The law as it stood on `day`.
        some as_of: NaiveDate;
    }
}

/// Provinces side by side (`quyche compare`): their deadlines (the default) or their duties.
///
/// # Example
/// ```
/// use quyche::query::{CompareQuery, RuleSet};
/// let rules = RuleSet::embedded()?;
/// let cmp = rules.compare(&CompareQuery::duties())?;
/// assert!(!cmp.rows.is_empty());
/// # Ok::<(), quyche::Error>(())
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CompareQuery {
    /// `deadlines` (default) or `duties`.
    #[serde(default)]
    pub what: Option<String>,
}

impl CompareQuery {
    /// The deadlines side by side.
    pub fn deadlines() -> Self {
        Self::default().what("deadlines")
    }

    /// The duties side by side.
    pub fn duties() -> Self {
        Self::default().what("duties")
    }

    setters! {
        /// What to compare, by name (`deadlines` or `duties`).
        text what;
    }

    /// The name of what is compared.
    pub(crate) fn what_name(&self) -> &str {
        self.what.as_deref().unwrap_or("deadlines")
    }
}

/// Submission tracking (`quyche status`): the state of every submission expected in a year,
/// given a CSV of what was submitted (format: [`crate::status`]).
///
/// # Example
/// ```
/// use quyche::query::{RuleSet, StatusQuery};
/// let rules = RuleSet::embedded()?;
/// let csv = "agency,obligation,period,submitted\n";
/// let report = rules.status(&StatusQuery::new(2026, csv).province("Điện Biên"))?;
/// assert!(report.errors.is_empty());
/// # Ok::<(), quyche::Error>(())
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatusQuery {
    /// The calendar year whose due dates are expected.
    pub year: i32,
    /// The CSV text itself (not a path), at most [`crate::status::MAX_CSV_BYTES`] bytes.
    pub submissions_csv: String,
    /// The day to measure on (default: 31 December of the year).
    #[serde(default)]
    pub as_of: Option<NaiveDate>,
    /// Only this province's obligations.
    #[serde(default)]
    pub province: Option<String>,
}

impl StatusQuery {
    /// The submissions of `year` given as CSV text.
    pub fn new(year: i32, submissions_csv: impl Into<String>) -> Self {
        StatusQuery {
            year,
            submissions_csv: submissions_csv.into(),
            as_of: None,
            province: None,
        }
    }

    setters! {
        /// Measure on `day`.
        some as_of: NaiveDate;

        /// Only this province's obligations.
        text province;
    }
}
