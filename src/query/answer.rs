//! The typed answer of a request, and the one place it becomes JSON.

use serde::Serialize;

use super::days::{CalendarYear, SolarDate, WorkdaysCount, WorkdaysSum};
use super::document::{self, AknDocument, DocumentFormat};
use super::history::HistoryView;
use super::provinces::ProvinceView;
use super::views::{
    AgencyView, DutyView, InstrumentSummary, InstrumentView, ObligationView, ProvisionView,
};
use super::{DeadlineView, Request, RuleSet};
use crate::calendar::{DayInfo, LunarDate};
use crate::import::Imported;
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
    /// `show` or `import` with `format: "akn"`: an Akoma Ntoso document.
    Akn(AknDocument),
    /// `agencies`.
    Agencies(Vec<AgencyView>),
    /// `history`.
    History(HistoryView),
    /// `provinces`.
    Provinces(Vec<ProvinceView>),
    /// `duties`.
    Duties(Vec<DutyView>),
    /// `obligations`.
    Obligations(Vec<ObligationView>),
    /// `deadlines`.
    Deadlines(Vec<DeadlineView>),
    /// `calendar`.
    Calendar(CalendarYear),
    /// `workdays_add`.
    WorkdaysAdd(WorkdaysSum),
    /// `workdays_between`.
    WorkdaysBetween(WorkdaysCount),
    /// `workdays_is`.
    WorkdaysIs(DayInfo),
    /// `lunar_from_solar`.
    LunarFromSolar(LunarDate),
    /// `lunar_to_solar`.
    LunarToSolar(SolarDate),
    /// `check`.
    Check(crate::check::Report),
    /// `compare`.
    Compare(crate::check::Comparison),
    /// `status`.
    Status(crate::status::StatusReport),
}

impl Answer {
    /// The answer to an import in the format asked for: the instrument's views, or an Akoma
    /// Ntoso document with the importer's diagnostics.
    ///
    /// # Errors
    /// [`crate::Error::Request`] when the format is not available in this build.
    ///
    /// # Example
    /// ```
    /// use quyche::query::{Answer, ImportQuery};
    /// let q = ImportQuery::text("QUYẾT ĐỊNH\nĐiều 1. Phạm vi\n1. Quy chế này.\n");
    /// let imported = quyche::query::import(&q)?;
    /// let Answer::Import(view) = Answer::imported(&imported, None)? else { unreachable!() };
    /// assert_eq!(view.summary.id, imported.instrument.id);
    /// # Ok::<(), quyche::Error>(())
    /// ```
    pub fn imported(imported: &Imported, format: Option<DocumentFormat>) -> Result<Answer> {
        Ok(match format.unwrap_or_default() {
            DocumentFormat::Json => Answer::Import(InstrumentView::from_import(imported)),
            DocumentFormat::Akn => Answer::Akn(document::imported(imported)?),
        })
    }

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
    serde_json::to_value(x).map_err(super::not_json)
}

/// What [`Answer`] a request gets: each query answered by its [`RuleSet`] method.
pub(crate) fn dispatch(rules: &RuleSet, request: &Request) -> Result<Answer> {
    Ok(match request {
        Request::Instruments(q) => Answer::Instruments(rules.instruments(q)?),
        Request::Show(q) => match rules.show(q)? {
            super::Shown::Instrument(v) => Answer::Instrument(v),
            super::Shown::Provision(v) => Answer::Provision(v),
            super::Shown::Akn(d) => Answer::Akn(d),
        },
        Request::Import(q) => Answer::imported(&rules.import(q)?, q.format)?,
        Request::Agencies(q) => Answer::Agencies(rules.agencies(q)?),
        Request::History(q) => Answer::History(rules.history(q)?),
        Request::Provinces(q) => Answer::Provinces(rules.provinces(q)?),
        Request::Duties(q) => Answer::Duties(rules.duties(q)?),
        Request::Obligations(q) => Answer::Obligations(rules.obligations(q)?),
        Request::Deadlines(q) => Answer::Deadlines(rules.deadlines(q)?),
        Request::Check(q) => Answer::Check(rules.check(q)?),
        Request::Compare(q) => Answer::Compare(rules.compare(q)?),
        Request::Calendar(q) => Answer::Calendar(rules.calendar_year(q)?),
        Request::WorkdaysAdd(q) => Answer::WorkdaysAdd(rules.workdays_add(q)?),
        Request::WorkdaysBetween(q) => Answer::WorkdaysBetween(rules.workdays_between(q)?),
        Request::WorkdaysIs(q) => Answer::WorkdaysIs(rules.workdays_is(q)?),
        Request::LunarFromSolar(q) => Answer::LunarFromSolar(q.answer()?),
        Request::LunarToSolar(q) => Answer::LunarToSolar(q.answer()?),
        Request::Status(q) => Answer::Status(rules.status(q)?),
    })
}

/// The answer of a request that needs only the working calendars (`calendar`, `workdays_*`,
/// `lunar_*`), or `None` for a request that needs a dataset.
pub(crate) fn calendar_only(
    calendars: &super::Calendars,
    request: &Request,
) -> Option<Result<Answer>> {
    let on = |kind: Option<crate::calendar::CalendarKind>| calendars.get(kind.unwrap_or_default());
    Some(match request {
        Request::Calendar(q) => on(q.calendar).and_then(|c| q.on(c)).map(Answer::Calendar),
        Request::WorkdaysAdd(q) => on(q.calendar)
            .and_then(|c| q.on(c))
            .map(Answer::WorkdaysAdd),
        Request::WorkdaysBetween(q) => on(q.calendar)
            .and_then(|c| q.on(c))
            .map(Answer::WorkdaysBetween),
        Request::WorkdaysIs(q) => on(q.calendar).and_then(|c| q.on(c)).map(Answer::WorkdaysIs),
        Request::LunarFromSolar(q) => q.answer().map(Answer::LunarFromSolar),
        Request::LunarToSolar(q) => q.answer().map(Answer::LunarToSolar),
        _ => return None,
    })
}
