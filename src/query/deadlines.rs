//! The deadlines answer: obligations expanded to due dates, with names and citations joined in.

use chrono::NaiveDate;
use serde::Serialize;

use super::views::{named, Named};
use crate::dataset::Dataset;
use crate::deadline::{expand, ExpandOptions, Shift, TraceStep, WorkingDays};
use crate::model::Status;
use crate::obligation::Deliverable;
use crate::schedule::{Frequency, Schedule};
use crate::Result;

/// One due date, as `quyche deadlines --format json` prints it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DeadlineView {
    /// The obligation's id.
    pub obligation: String,
    /// The instrument's number (or id for a draft).
    pub instrument: String,
    /// The instrument's id.
    pub instrument_id: String,
    /// The instrument's status (`draft` marks a draft's duties).
    pub instrument_status: Status,
    /// Province, `null` for national obligations.
    pub province: Option<String>,
    /// Citation of the provision.
    pub citation: String,
    /// eId of the provision.
    pub eid: String,
    /// Who owes it.
    pub from: Vec<Named>,
    /// To whom.
    pub to: Vec<Named>,
    /// What is delivered.
    pub what: Deliverable,
    /// English summary.
    pub summary: String,
    /// `annual`, `quarterly`, ... `on_request`, `event`.
    pub recurrence: Frequency,
    /// The schedule as data.
    pub schedule: Schedule,
    /// First day of the period.
    pub period_start: Option<NaiveDate>,
    /// Last day of the period.
    pub period_end: Option<NaiveDate>,
    /// Last day the wording allows; `null` for undated duties.
    pub last_day: Option<NaiveDate>,
    /// Due date after the shift; `null` for undated duties.
    pub due: Option<NaiveDate>,
    /// The shift policy.
    pub shift: Shift,
    /// Whether the instrument binds for this due date.
    pub in_force: bool,
    /// How the due date was found.
    pub trace: Vec<TraceStep>,
    /// Exact Vietnamese words of the provision.
    pub quote: String,
}

/// Filters of the deadlines query.
#[derive(Debug, Clone, Default)]
pub struct DeadlineFilter<'a> {
    /// Only this province.
    pub province: Option<&'a str>,
    /// Only obligations owed by this agency (or a group it belongs to).
    pub agency: Option<&'a str>,
    /// Only obligations of instruments that may bind on this day.
    pub as_of: Option<NaiveDate>,
}

/// The due dates of every obligation matching `filter`, for the options' range, sorted by due
/// date (undated entries last), then by obligation id.
///
/// # Errors
/// Unknown province or agency; dates out of the calendar's range.
pub fn deadlines(
    ds: &Dataset,
    cal: &dyn WorkingDays,
    filter: &DeadlineFilter<'_>,
    opts: &ExpandOptions,
) -> Result<Vec<DeadlineView>> {
    let obligations = super::views::obligations(ds, filter.province, None, None, filter.as_of)?;
    let agency_ids = filter
        .agency
        .map(|a| {
            super::views::agency_ids(
                ds,
                a,
                filter
                    .province
                    .and_then(|p| ds.province(p).ok())
                    .map(|j| j.id.as_str()),
            )
        })
        .transpose()?;
    let mut out = Vec::new();
    for view in obligations {
        if let Some(ids) = &agency_ids {
            if !view.from.iter().any(|f| ids.contains(&f.id)) {
                continue;
            }
        }
        let Some(ob) = ds.obligations().iter().find(|o| o.id == view.id) else {
            continue;
        };
        let inst = ds.instrument(&ob.instrument_id)?;
        for d in expand(ob, inst, cal, opts)? {
            out.push(DeadlineView {
                obligation: d.obligation,
                instrument: view.instrument.clone(),
                instrument_id: view.instrument_id.clone(),
                instrument_status: inst.status,
                province: view.province.clone(),
                citation: view.citation.clone(),
                eid: view.eid.clone(),
                from: ob.from.iter().map(|f| named(ds, f)).collect(),
                to: ob.to.iter().map(|t| named(ds, t)).collect(),
                what: ob.what,
                summary: ob.summary.clone(),
                recurrence: d.recurrence,
                schedule: ob.schedule.clone(),
                period_start: d.period_start,
                period_end: d.period_end,
                last_day: d.last_day,
                due: d.due,
                shift: d.shift,
                in_force: d.in_force,
                trace: d.trace,
                quote: ob.quote.clone(),
            });
        }
    }
    out.sort_by(|a, b| {
        (a.due.is_none(), a.due, &a.obligation, a.period_start).cmp(&(
            b.due.is_none(),
            b.due,
            &b.obligation,
            b.period_start,
        ))
    });
    Ok(out)
}
