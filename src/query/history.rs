//! An agency's timeline (`quyche agencies --history NAME`): the dated, cited events of the
//! succession data that start or end at the body, and the dates of its own record and of its
//! jurisdiction.

use chrono::NaiveDate;
use serde::Serialize;

use crate::agency::Named;
use crate::dataset::Dataset;
use crate::succession::{Function, Source};
use crate::Result;

/// The answer of a history request.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HistoryView {
    /// The body asked about.
    pub agency: Named,
    /// The first day of its record, where known.
    pub valid_from: Option<NaiveDate>,
    /// The last day of its record, where known.
    pub valid_until: Option<NaiveDate>,
    /// Its province or city with the dates the unit and its government existed, where recorded.
    pub jurisdiction: Option<JurisdictionDates>,
    /// The events, oldest first.
    pub events: Vec<Event>,
}

/// A jurisdiction's dates.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct JurisdictionDates {
    /// Its slug.
    pub id: String,
    /// Its name.
    pub name: String,
    /// First day of the unit, where recorded.
    pub valid_from: Option<NaiveDate>,
    /// Last day of the unit, where recorded.
    pub valid_until: Option<NaiveDate>,
    /// First day its own government operated, where recorded.
    pub government_from: Option<NaiveDate>,
    /// Last day its own government operated, where recorded.
    pub government_until: Option<NaiveDate>,
    /// The instrument for the dates.
    pub source: Option<Source>,
}

/// One event of a timeline.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Event {
    /// The day.
    pub date: NaiveDate,
    /// `created`, `ended` (the own dates of the agency record, or of the province as a unit), `government_ended` (its jurisdiction's
    /// government stopped), or a link kind: `merged_into`, `functions_transferred_to`, `renamed`,
    /// `dissolved`, `split_into`.
    pub event: String,
    /// `out` when the body changed, `in` when it received another body or its functions, `self`
    /// for its own dates.
    pub direction: String,
    /// The body that changed.
    pub from: Named,
    /// The successor, where there is one.
    pub to: Option<Named>,
    /// The functions moved (empty: the whole body).
    pub functions: Vec<Function>,
    /// Whether a source confirms the event (an agency record's own dates count as recorded).
    pub verified: bool,
    /// The instrument, where the event is a link or a jurisdiction's date.
    pub source: Option<Source>,
    /// Further instruments.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub also: Vec<Source>,
    /// The dataset's note.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// The timeline of the agency named `name` (in `province` when given).
///
/// # Errors
/// [`crate::Error::NotFound`] or [`crate::Error::Ambiguous`] for the name; an unknown province.
///
/// # Example
/// ```
/// let ds = quyche::dataset::Dataset::embedded()?;
/// let h = quyche::query::history(&ds, "Bộ Thông tin và Truyền thông", None)?;
/// assert_eq!(h.agency.id, "vn/bo-tttt");
/// assert!(h.events.iter().any(|e| e.event == "merged_into"));
/// # Ok::<(), quyche::Error>(())
/// ```
pub fn history(ds: &Dataset, name: &str, province: Option<&str>) -> Result<HistoryView> {
    let province = province
        .map(|p| ds.province(p).map(|j| j.id.clone()))
        .transpose()?;
    let subject = match ds.agency(name, province.as_deref()) {
        Ok(a) => Subject {
            id: a.id.clone(),
            valid_from: a.valid_from,
            valid_until: a.valid_until,
            note: a.note.clone(),
            source: None,
        },
        // A province or city: the unit's own dates and links (`tra-vinh` merged into `vinh-long`).
        Err(e @ crate::Error::NotFound { .. }) => {
            let Some(j) = ds
                .province(name)
                .ok()
                .and_then(|j| ds.succession().jurisdiction(&j.id))
            else {
                return Err(e);
            };
            Subject {
                id: j.id.clone(),
                valid_from: j.valid_from,
                valid_until: j.valid_until,
                note: j.note.clone(),
                source: j.source.clone(),
            }
        }
        Err(e) => return Err(e),
    };
    let agency = &subject;
    let id = subject.id.as_str();
    let named = |id: &str| display(ds, id);
    let mut events: Vec<Event> = Vec::new();
    let own = |date: NaiveDate, event: &str| Event {
        date,
        event: event.to_owned(),
        direction: "self".into(),
        from: named(id),
        to: None,
        functions: Vec::new(),
        verified: true,
        source: agency.source.clone(),
        also: Vec::new(),
        note: agency.note.clone(),
    };
    if let Some(d) = agency.valid_from {
        events.push(own(d, "created"));
    }
    for link in ds.succession().history(id) {
        events.push(Event {
            date: link.effective,
            event: link.kind.as_str().to_owned(),
            direction: if link.from == id { "out" } else { "in" }.into(),
            from: named(&link.from),
            to: link.to.as_deref().map(named),
            functions: link.functions.clone(),
            verified: link.verified,
            source: Some(link.source.clone()),
            also: link.also.clone(),
            note: link.note.clone(),
        });
    }
    let jurisdiction = ds.succession().jurisdiction_of(id).map(|j| {
        // The last day the body's own government operated: after it, it acts for no one.
        if let Some(until) = j.government_until.or(j.valid_until) {
            events.push(Event {
                date: until,
                event: "government_ended".into(),
                direction: "self".into(),
                from: named(id),
                to: None,
                functions: Vec::new(),
                verified: j.source.is_some(),
                source: j.source.clone(),
                also: Vec::new(),
                note: Some(format!(
                    "the local government of {} operated until {until}",
                    j.full_name()
                )),
            });
        }
        JurisdictionDates {
            id: j.id.clone(),
            name: j.full_name(),
            valid_from: j.valid_from,
            valid_until: j.valid_until,
            government_from: j.government_from,
            government_until: j.government_until,
            source: j.source.clone(),
        }
    });
    if let Some(d) = agency.valid_until {
        events.push(own(d, "ended"));
    }
    events.sort_by_key(|e| e.date);
    Ok(HistoryView {
        agency: named(id),
        valid_from: agency.valid_from,
        valid_until: agency.valid_until,
        jurisdiction,
        events,
    })
}

/// The body or unit a timeline is about.
struct Subject {
    id: String,
    valid_from: Option<NaiveDate>,
    valid_until: Option<NaiveDate>,
    note: Option<String>,
    source: Option<Source>,
}

/// An id with the name of its agency, or of its jurisdiction for a province's own id.
fn display(ds: &Dataset, id: &str) -> Named {
    match ds.succession().jurisdiction(id) {
        Some(j) if ds.agency_by_id(id).is_none() => Named {
            id: id.to_owned(),
            name: j.full_name(),
        },
        _ => ds.named(id),
    }
}
