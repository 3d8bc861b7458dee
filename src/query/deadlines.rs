//! The deadlines answer: obligations expanded to due dates, with names and citations joined in.

use chrono::NaiveDate;
use serde::Serialize;

use super::current::CurrentBearer;
use super::queries::{DeadlineQuery, ObligationQuery};
use crate::agency::Named;
use crate::dataset::Dataset;
use crate::deadline::{expand, Deadline, ExpandOptions, Shift, TraceStep, WorkingDays};
use crate::model::Status;
use crate::obligation::Deliverable;
use crate::schedule::{Frequency, Schedule};
use crate::Result;

/// One due date, as `quyche deadlines --format json` prints it.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
    /// Vietnamese summary, where the dataset gives one.
    pub summary_vi: Option<String>,
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
    /// `official` or `projected` (a day the computation looked at lies in a year no official
    /// notice covers; the trace names it); `null` for undated duties.
    pub calendar_status: Option<crate::calendar::Status>,
    /// How the due date was found.
    pub trace: Vec<TraceStep>,
    /// Exact Vietnamese words of the provision.
    pub quote: String,
    /// For a national obligation in a province's answer: its national instrument and the
    /// province's bodies that stand for the groups it names.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub national: Option<super::provinces::NationalView>,
    /// The bodies the row names (`from`, `to`) that had ceased by its due date: the row says so
    /// rather than address them silently (who carries their function on a day:
    /// `--as-of DAY --current-bearers`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub ended: Vec<super::provinces::EndedView>,
    /// With `current_bearers`: each debtor and addressee, resolved on the `as_of` day.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub current: Option<Vec<CurrentBearer>>,
}

/// The due dates a query asks for, on `cal`, sorted by due date (undated entries last), then by
/// obligation id.
///
/// # Errors
/// Unknown province or agency; a bad range; dates out of the calendar's range; current bearers
/// asked for without a day.
pub(crate) fn deadlines(
    ds: &Dataset,
    cal: &dyn WorkingDays,
    q: &DeadlineQuery,
) -> Result<Vec<DeadlineView>> {
    let rows = pending_rows(ds, cal, q)?;
    let mut out = Vec::with_capacity(rows.len());
    rows.for_each(|row| {
        out.push(row);
        Ok(())
    })?;
    Ok(out)
}

/// One expanded due date waiting for its row: which obligation view it belongs to.
struct Pending {
    view: usize,
    deadline: Deadline,
}

/// The rows of [`deadlines`], expanded and sorted but not yet built: the due dates are small,
/// and each row, with its names, summary and quote, is built only when [`PendingRows::for_each`]
/// hands it on, so a writer never holds more than one.
pub(crate) struct PendingRows<'a> {
    ds: &'a Dataset,
    views: Vec<super::views::ObligationView>,
    /// For each expanded obligation: its view (index into `views`), record and instrument.
    sources: Vec<(
        usize,
        &'a crate::obligation::Obligation,
        &'a crate::model::Instrument,
    )>,
    pending: Vec<Pending>,
    /// The day to resolve current bearers on, when asked for.
    current_on: Option<NaiveDate>,
}

impl PendingRows<'_> {
    /// How many rows there are.
    pub(crate) fn len(&self) -> usize {
        self.pending.len()
    }

    /// Builds the rows in order, handing each to `f`.
    ///
    /// # Errors
    /// Any error of `f`, which stops the walk.
    pub(crate) fn for_each(self, mut f: impl FnMut(DeadlineView) -> Result<()>) -> Result<()> {
        let ds = self.ds;
        let mut ends = std::collections::HashMap::new();
        for Pending { view, deadline: d } in self.pending {
            let Some((view, ob, inst)) = self.sources.get(view).copied() else {
                continue;
            };
            let Some(view) = self.views.get(view) else {
                continue;
            };
            // The view's parties: a national obligation in a province's answer names the
            // province's bodies.
            let (from, to) = (view.from.clone(), view.to.clone());
            let ended = d.due.map_or_else(Vec::new, |day| {
                let parties: Vec<Named> = from.iter().chain(&to).cloned().collect();
                super::provinces::ended(ds, &parties, day, &mut ends)
            });
            let current = self
                .current_on
                .map(|day| super::current::of_parties(ds, &from, &to, day));
            f(DeadlineView {
                obligation: d.obligation,
                instrument: view.instrument.clone(),
                instrument_id: view.instrument_id.clone(),
                instrument_status: inst.status,
                province: view.province.clone(),
                citation: view.citation.clone(),
                eid: view.eid.clone(),
                from,
                to,
                what: ob.what,
                summary: ob.summary.clone(),
                summary_vi: ob.summary_vi.clone(),
                recurrence: d.recurrence,
                schedule: ob.schedule.clone(),
                period_start: d.period_start,
                period_end: d.period_end,
                last_day: d.last_day,
                due: d.due,
                shift: d.shift,
                in_force: d.in_force,
                calendar_status: d.calendar_status,
                trace: d.trace,
                quote: ob.quote.clone(),
                national: view.national.clone(),
                ended,
                current,
            })?;
        }
        Ok(())
    }
}

/// The rows of [`deadlines`], pending (see [`PendingRows`]).
///
/// # Errors
/// As [`deadlines`]: every error of the query comes from here, before any row is built.
pub(crate) fn pending_rows<'a>(
    ds: &'a Dataset,
    cal: &dyn WorkingDays,
    q: &DeadlineQuery,
) -> Result<PendingRows<'a>> {
    let opts: ExpandOptions = q.expand_options()?;
    let views = super::views::obligations(
        ds,
        &ObligationQuery {
            province: q.province.clone(),
            as_of: q.as_of,
            local_only: q.local_only,
            ..ObligationQuery::default()
        },
    )?;
    let agency_ids = q
        .agency
        .as_deref()
        .map(|a| {
            super::views::agency_ids(
                ds,
                a,
                q.province
                    .as_deref()
                    .and_then(|p| ds.province(p).ok())
                    .map(|j| j.id.as_str()),
            )
        })
        .transpose()?;
    // By id, once: a scan per view is quadratic over thousands of provinces.
    let mut by_id = std::collections::HashMap::new();
    for o in ds.obligations() {
        by_id.entry(o.id.as_str()).or_insert(o);
    }
    let mut sources = Vec::new();
    let mut pending = Vec::new();
    for (index, view) in views.iter().enumerate() {
        if let Some(ids) = &agency_ids {
            if !view.from.iter().any(|f| ids.contains(&f.id)) {
                continue;
            }
        }
        let Some(ob) = by_id.get(view.id.as_str()).copied() else {
            continue;
        };
        let inst = ds.instrument(&ob.instrument_id)?;
        let source = sources.len();
        sources.push((index, ob, inst));
        pending.extend(
            expand(ob, inst, cal, &opts)?
                .into_iter()
                .map(|deadline| Pending {
                    view: source,
                    deadline,
                }),
        );
    }
    // Stable, so rows with equal keys keep the order of the obligations.
    pending.sort_by(|a, b| {
        let (a, b) = (&a.deadline, &b.deadline);
        (a.due.is_none(), a.due, &a.obligation, a.period_start).cmp(&(
            b.due.is_none(),
            b.due,
            &b.obligation,
            b.period_start,
        ))
    });
    let current_on = if q.current_bearers {
        Some(super::current::day(q.as_of)?)
    } else {
        None
    };
    Ok(PendingRows {
        ds,
        views,
        sources,
        pending,
        current_on,
    })
}
