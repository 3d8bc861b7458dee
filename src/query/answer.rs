//! The typed answer of a request, and the one place it becomes JSON.

use serde::Serialize;

use super::days::{CalendarYear, LunarAnswer, WorkdaysAnswer};
use super::history::HistoryView;
use super::views::{
    AgencyView, DutyView, InstrumentSummary, InstrumentView, ObligationView, ProvisionView,
};
use super::{DeadlineView, Request, RuleSet};
use crate::Result;

/// The answer to a [`Request`], one variant per query, each holding the typed views that the
/// query's [`RuleSet`] method returns. As JSON (untagged) it is the answer's own shape, the
/// bytes every interface prints (see [`Answer::to_json`]).
///
/// # Example
/// ```
/// use quyche::query::{Answer, Request, RuleSet};
/// let rules = RuleSet::embedded()?;
/// let answer = rules.dispatch(&Request::from_json(r#"{"query": "check", "province": "quang ninh"}"#)?)?;
/// let Answer::Check(report) = &answer else { unreachable!() };
/// assert_eq!(answer.to_json()?, rules.answer_json(r#"{"query": "check", "province": "quang ninh"}"#)?);
/// assert!(report.findings.len() >= report.errors);
/// # Ok::<(), quyche::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum Answer {
    /// `instruments`.
    Instruments(Vec<InstrumentSummary>),
    /// `show` without a citation.
    Instrument(InstrumentView),
    /// `show` with a citation.
    Provision(ProvisionView),
    /// `import`.
    Import(InstrumentView),
    /// `agencies`.
    Agencies(Vec<AgencyView>),
    /// `history`.
    History(HistoryView),
    /// `duties`.
    Duties(Vec<DutyView>),
    /// `obligations`.
    Obligations(Vec<ObligationView>),
    /// `deadlines`.
    Deadlines(Vec<DeadlineView>),
    /// `calendar`.
    Calendar(CalendarYear),
    /// `check`.
    Check(crate::check::Report),
    /// `compare`.
    Compare(crate::check::Comparison),
    /// `status`.
    Status(crate::status::StatusReport),
    /// `lunar`.
    Lunar(LunarAnswer),
    /// `workdays`.
    Workdays(WorkdaysAnswer),
}

impl Answer {
    /// The JSON text of the answer, as every interface gives it: pretty (two-space indent),
    /// UTF-8, keys of every object sorted, no trailing newline.
    ///
    /// # Errors
    /// [`crate::Error::Request`] if the answer cannot be serialised (not expected).
    pub fn to_json(&self) -> Result<String> {
        super::to_json(&sorted(self)?)
    }
}

/// A value as a JSON tree, whose objects keep their keys sorted: the order every interface has
/// always printed.
pub(crate) fn sorted<T: Serialize + ?Sized>(x: &T) -> Result<serde_json::Value> {
    serde_json::to_value(x)
        .map_err(|e| crate::Error::request(format!("cannot write the answer as JSON: {e}")))
}

/// What [`Answer`] a request gets: each query answered by its [`RuleSet`] method.
pub(crate) fn dispatch(rules: &RuleSet, request: &Request) -> Result<Answer> {
    Ok(match request {
        Request::Instruments(q) => Answer::Instruments(rules.instruments(q)?),
        Request::Show(q) => match rules.show(q)? {
            super::Shown::Instrument(v) => Answer::Instrument(v),
            super::Shown::Provision(v) => Answer::Provision(v),
        },
        Request::Import(q) => Answer::Import(InstrumentView::from_import(&rules.import(q)?)),
        Request::Agencies(q) => Answer::Agencies(rules.agencies(q)?),
        Request::History(q) => Answer::History(rules.history(q)?),
        Request::Duties(q) => Answer::Duties(rules.duties(q)?),
        Request::Obligations(q) => Answer::Obligations(rules.obligations(q)?),
        Request::Deadlines(q) => Answer::Deadlines(rules.deadlines(q)?),
        Request::Check(q) => Answer::Check(rules.check(q)?),
        Request::Compare(q) => Answer::Compare(rules.compare(q)?),
        Request::Calendar(q) => Answer::Calendar(rules.calendar_year(q)?),
        Request::Status(q) => Answer::Status(rules.status(q)?),
        Request::Lunar(q) => Answer::Lunar(super::lunar(q)?),
        Request::Workdays(q) => Answer::Workdays(rules.workdays(q)?),
    })
}
