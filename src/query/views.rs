//! The JSON shapes of answers: model records with names resolved next to ids.

use chrono::NaiveDate;
use serde::Serialize;

use super::current::CurrentBearer;
use super::queries::{AgencyQuery, DutyQuery, ObligationQuery};
use crate::agency::{Agency, Named};
use crate::dataset::{Dataset, RestoredField};
use crate::import::{Diagnostic, Imported};
use crate::model::{
    Attachment, Instrument, InstrumentKind, InstrumentRef, Provision, Reference, Status,
};
use crate::obligation::{Deliverable, Duty, Obligation, Role};
use crate::schedule::Schedule;
use crate::Result;

/// An instrument without its tree (`quyche instruments`).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct InstrumentSummary {
    /// Dataset id.
    pub id: String,
    /// Official number, `null` for a draft.
    pub number: Option<String>,
    /// Kind (`quyet_dinh`, `thong_tu`, ...).
    pub kind: InstrumentKind,
    /// Title.
    pub title: Option<String>,
    /// Issuer.
    pub issuer: Option<String>,
    /// `vn` or a province slug.
    pub jurisdiction: String,
    /// Signer.
    pub signer: Option<String>,
    /// Date signed.
    pub signed_on: Option<NaiveDate>,
    /// Date effective.
    pub effective_from: Option<NaiveDate>,
    /// Status.
    pub status: Status,
    /// When the status was last verified.
    pub verified_on: Option<NaiveDate>,
    /// Instruments it replaces.
    pub replaces: Vec<InstrumentRef>,
    /// The instrument that replaces it, where recorded.
    pub replaced_by: Option<String>,
    /// Legal bases.
    pub bases: Vec<InstrumentRef>,
    /// Whether the dataset holds its text.
    pub has_text: bool,
    /// Its status on the day asked for (`as_of`), when one was.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub as_of: Option<AsOf>,
}

/// An instrument's status on a given day.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AsOf {
    /// The day.
    pub date: NaiveDate,
    /// The status then.
    pub status: crate::dataset::StatusOn,
}

/// An instrument with its trees (`quyche show ID`, `quyche import FILE`).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct InstrumentView {
    /// The instrument's metadata.
    #[serde(flatten)]
    pub summary: InstrumentSummary,
    /// Place of issue.
    pub place: Option<String>,
    /// Its own provisions.
    pub body: Vec<Provision>,
    /// Attached regulations.
    pub attachments: Vec<Attachment>,
    /// Cross-references.
    pub references: Vec<Reference>,
    /// Metadata we supplied because the text lacks it.
    pub restored_fields: Vec<RestoredField>,
    /// What the importer reported.
    pub diagnostics: Vec<Diagnostic>,
}

/// One provision of an instrument (`quyche show ID CITATION`).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProvisionView {
    /// The instrument's id.
    pub instrument_id: String,
    /// The instrument's number.
    pub instrument: String,
    /// The provision and its subtree.
    #[serde(flatten)]
    pub provision: Provision,
}

/// An agency or group.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AgencyView {
    /// The record.
    #[serde(flatten)]
    pub agency: Agency,
}

/// A duty with names resolved.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DutyView {
    /// Stable id.
    pub id: String,
    /// Who bears it.
    pub bearer: Named,
    /// In which role.
    pub role: Role,
    /// The other bodies involved.
    pub counterparts: Vec<Named>,
    /// English summary.
    pub summary: String,
    /// Vietnamese summary, where the dataset gives one.
    pub summary_vi: Option<String>,
    /// Exact Vietnamese words.
    pub quote: String,
    /// Citation of the provision.
    pub citation: String,
    /// eId of the provision.
    pub eid: String,
    /// Instrument id.
    pub instrument_id: String,
    /// Instrument number (or id for a draft).
    pub instrument: String,
    /// Province, `null` for national duties; for a national duty resolved to a province, that
    /// province.
    pub province: Option<String>,
    /// For a national duty in a province's answer: its national instrument and the province's
    /// bodies that stand for the groups it names.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub national: Option<super::provinces::NationalView>,
    /// With `current_bearers`: the bearer and each counterpart, resolved on the `as_of` day.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub current: Option<Vec<CurrentBearer>>,
}

/// A form in an appendix.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TemplateView {
    /// The instrument that holds it.
    pub instrument_id: String,
    /// The appendix's eId.
    pub eid: String,
    /// The appendix's citation with the instrument's number ("Phụ lục 02 Thông tư 22/2016/TT-BTTTT").
    pub citation: String,
}

/// An obligation with names resolved.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ObligationView {
    /// Stable id.
    pub id: String,
    /// Instrument id.
    pub instrument_id: String,
    /// Instrument number (or id for a draft).
    pub instrument: String,
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
    /// The form to use.
    pub template: Option<TemplateView>,
    /// When.
    pub schedule: Schedule,
    /// English summary.
    pub summary: String,
    /// Vietnamese summary, where the dataset gives one.
    pub summary_vi: Option<String>,
    /// Exact Vietnamese words.
    pub quote: String,
    /// For a national obligation in a province's answer: its national instrument and the
    /// province's bodies that stand for the groups it names.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub national: Option<super::provinces::NationalView>,
    /// With `current_bearers`: each debtor and addressee, resolved on the `as_of` day.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub current: Option<Vec<CurrentBearer>>,
}

impl InstrumentSummary {
    pub(crate) fn new(ds: Option<&Dataset>, i: &Instrument) -> Self {
        InstrumentSummary {
            id: i.id.clone(),
            number: i.number.clone(),
            kind: i.kind,
            title: i.title.clone(),
            issuer: i.issuer.clone(),
            jurisdiction: i.jurisdiction.clone(),
            signer: i.signer.clone(),
            signed_on: i.signed_on,
            effective_from: i.effective_from,
            status: i.status,
            verified_on: i.verified_on,
            replaces: i.replaces.clone(),
            replaced_by: ds.and_then(|d| d.replaced_by(&i.id)).map(str::to_owned),
            bases: i.bases.clone(),
            has_text: !i.body.is_empty() || !i.attachments.is_empty(),
            as_of: None,
        }
    }
}

impl InstrumentView {
    fn new(
        ds: Option<&Dataset>,
        i: &Instrument,
        diagnostics: &[Diagnostic],
        restored: &[RestoredField],
    ) -> Self {
        InstrumentView {
            summary: InstrumentSummary::new(ds, i),
            place: i.place.clone(),
            body: i.body.clone(),
            attachments: i.attachments.clone(),
            references: i.references.clone(),
            restored_fields: restored.to_vec(),
            diagnostics: diagnostics.to_vec(),
        }
    }

    /// The view of a freshly imported text.
    pub fn from_import(imported: &Imported) -> Self {
        Self::new(None, &imported.instrument, &imported.diagnostics, &[])
    }
}

pub(crate) fn instruments(ds: &Dataset, as_of: Option<NaiveDate>) -> Vec<InstrumentSummary> {
    ds.instruments()
        .iter()
        .filter_map(|i| {
            let mut s = InstrumentSummary::new(Some(ds), i);
            if let Some(date) = as_of {
                let status = ds.status_on(i, date);
                if status == crate::dataset::StatusOn::NotYetIssued {
                    return None;
                }
                s.as_of = Some(AsOf { date, status });
            }
            Some(s)
        })
        .collect()
}

/// Whether the instrument's duties may bind on `as_of` (always, when no day is asked for).
pub(crate) fn binds(ds: &Dataset, instrument_id: &str, as_of: Option<NaiveDate>) -> bool {
    match (as_of, ds.instrument(instrument_id)) {
        (Some(day), Ok(i)) => ds.status_on(i, day).may_bind(),
        _ => true,
    }
}

pub(crate) fn instrument(ds: &Dataset, id: &str) -> Result<InstrumentView> {
    let i = ds.instrument(id)?;
    Ok(InstrumentView::new(
        Some(ds),
        i,
        ds.diagnostics(&i.id),
        ds.restored_fields(&i.id),
    ))
}

pub(crate) fn provision(ds: &Dataset, id: &str, citation: &str) -> Result<ProvisionView> {
    let i = ds.instrument(id)?;
    let p = ds.provision(i, citation)?;
    Ok(ProvisionView {
        instrument_id: i.id.clone(),
        instrument: i.label().to_owned(),
        provision: p.clone(),
    })
}

fn province_id(ds: &Dataset, province: Option<&str>) -> Result<Option<String>> {
    province
        .map(|p| ds.province(p).map(|j| j.id.clone()))
        .transpose()
}

pub(crate) fn agencies(ds: &Dataset, q: &AgencyQuery) -> Result<Vec<AgencyView>> {
    let p = province_id(ds, q.province.as_deref())?;
    Ok(ds
        .agencies()
        .iter()
        .filter(|a| p.is_none() || a.province.is_none() || a.province == p)
        .map(|a| AgencyView { agency: a.clone() })
        .collect())
}

fn label(ds: &Dataset, instrument_id: &str) -> String {
    ds.instrument(instrument_id)
        .map_or_else(|_| instrument_id.to_owned(), |i| i.label().to_owned())
}

/// The agency ids that `name` stands for: the agency and every group that lists it as a member.
pub(crate) fn agency_ids(ds: &Dataset, name: &str, province: Option<&str>) -> Result<Vec<String>> {
    let a = ds.agency(name, province)?;
    let mut ids = vec![a.id.clone()];
    ids.extend(
        ds.agencies()
            .iter()
            .filter(|g| g.members.contains(&a.id))
            .map(|g| g.id.clone()),
    );
    Ok(ids)
}

pub(crate) fn duty_view(ds: &Dataset, d: &Duty) -> DutyView {
    DutyView {
        id: d.id.clone(),
        bearer: ds.named(&d.bearer),
        role: d.role,
        counterparts: d.counterparts.iter().map(|c| ds.named(c)).collect(),
        summary: d.summary.clone(),
        summary_vi: d.summary_vi.clone(),
        quote: d.quote.clone(),
        citation: d.citation.clone(),
        eid: d.eid.clone(),
        instrument_id: d.instrument_id.clone(),
        instrument: label(ds, &d.instrument_id),
        province: d.province.clone(),
        national: None,
        current: None,
    }
}

/// The rows of a province's answer: its own records and, unless `local_only`, the national ones
/// that bind it, resolved to its bodies; `None` when no single province is asked for.
fn bound<T>(
    province: Option<&str>,
    local_only: bool,
    records: impl FnOnce(&str, bool) -> Result<Vec<crate::dataset::Bound<T>>>,
) -> Result<Option<Vec<crate::dataset::Bound<T>>>> {
    match province {
        Some(p) if p != crate::model::NATIONAL => records(p, local_only).map(Some),
        _ => Ok(None),
    }
}

pub(crate) fn duties(ds: &Dataset, q: &DutyQuery) -> Result<Vec<DutyView>> {
    let p = province_id(ds, q.province.as_deref())?;
    let ids = q
        .agency
        .as_deref()
        .map(|a| agency_ids(ds, a, p.as_deref()))
        .transpose()?;
    let (role, as_of) = (q.role, q.as_of);
    let keep = |d: &Duty| {
        ids.as_ref().map_or(true, |ids| ids.contains(&d.bearer))
            && role.map_or(true, |r| d.role == r)
            && binds(ds, &d.instrument_id, as_of)
    };
    if let Some(rows) = bound(p.as_deref(), q.local_only, |p, l| ds.province_duties(p, l))? {
        return Ok(rows
            .iter()
            .filter(|b| keep(&b.record))
            .map(|b| DutyView {
                national: b
                    .national
                    .as_ref()
                    .map(|n| super::provinces::national_view(ds, n)),
                ..duty_view(ds, &b.record)
            })
            .collect());
    }
    Ok(ds
        .duties()
        .iter()
        .filter(|d| {
            p.is_none()
                || d.province == p
                || (p.as_deref() == Some(crate::model::NATIONAL) && d.province.is_none())
        })
        .filter(|d| keep(d))
        .map(|d| duty_view(ds, d))
        .collect())
}

pub(crate) fn obligation_view(ds: &Dataset, o: &Obligation) -> ObligationView {
    ObligationView {
        id: o.id.clone(),
        instrument_id: o.instrument_id.clone(),
        instrument: label(ds, &o.instrument_id),
        province: o.province.clone(),
        citation: o.citation.clone(),
        eid: o.eid.clone(),
        from: o.from.iter().map(|c| ds.named(c)).collect(),
        to: o.to.iter().map(|c| ds.named(c)).collect(),
        what: o.what,
        template: o.template.as_ref().map(|t| {
            let (citation, number) = ds
                .instrument(&t.instrument)
                .map(|i| {
                    (
                        i.find_eid(&t.eid)
                            .map_or_else(|| t.eid.clone(), |p| p.citation.clone()),
                        i.label().to_owned(),
                    )
                })
                .unwrap_or_else(|_| (t.eid.clone(), t.instrument.clone()));
            TemplateView {
                instrument_id: t.instrument.clone(),
                eid: t.eid.clone(),
                citation: format!("{citation} {number}"),
            }
        }),
        schedule: o.schedule.clone(),
        summary: o.summary.clone(),
        summary_vi: o.summary_vi.clone(),
        quote: o.quote.clone(),
        national: None,
        current: None,
    }
}

pub(crate) fn obligations(ds: &Dataset, q: &ObligationQuery) -> Result<Vec<ObligationView>> {
    let p = province_id(ds, q.province.as_deref())?;
    let to_ids =
        q.to.as_deref()
            .map(|a| agency_ids(ds, a, p.as_deref()))
            .transpose()?;
    let (freq, as_of) = (q.frequency, q.as_of);
    let keep = |o: &Obligation| {
        to_ids
            .as_ref()
            .map_or(true, |ids| o.to.iter().any(|t| ids.contains(t)))
            && freq.map_or(true, |f| o.schedule.frequency() == f)
            && binds(ds, &o.instrument_id, as_of)
    };
    if let Some(rows) = bound(p.as_deref(), q.local_only, |p, l| {
        ds.province_obligations(p, l)
    })? {
        return Ok(rows
            .iter()
            .filter(|b| keep(&b.record))
            .map(|b| ObligationView {
                national: b
                    .national
                    .as_ref()
                    .map(|n| super::provinces::national_view(ds, n)),
                ..obligation_view(ds, &b.record)
            })
            .collect());
    }
    Ok(ds
        .obligations()
        .iter()
        .filter(|o| {
            p.is_none()
                || o.province == p
                || (p.as_deref() == Some(crate::model::NATIONAL) && o.province.is_none())
        })
        .filter(|o| keep(o))
        .map(|o| obligation_view(ds, o))
        .collect())
}
