//! Jurisdictions in answers: the `provinces` query (the provinces and centrally-run cities of a
//! day, with their dates, the units they were formed from or became part of, and their local
//! regulations), the `national` mark of a national record resolved to a province, and the
//! `ended` note of a dated row that names a body gone by its date.

use chrono::NaiveDate;
use serde::Serialize;

use crate::agency::Named;
use crate::dataset::{Dataset, LocalRegulation, NationalBasis, RegulationState};
use crate::succession::{JurisdictionKind, Source};

/// A province or centrally-run city (`quyche provinces`).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProvinceView {
    /// Its slug.
    pub id: String,
    /// Its name (`Quảng Ninh`, `Vĩnh Long (cũ)`).
    pub name: String,
    /// Its name with its kind (`tỉnh Quảng Ninh`).
    pub full_name: String,
    /// `province` or `city`.
    pub kind: JurisdictionKind,
    /// First day of the unit, where recorded.
    pub valid_from: Option<NaiveDate>,
    /// Last day of the unit, where recorded.
    pub valid_until: Option<NaiveDate>,
    /// First day its own government operated, where it differs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub government_from: Option<NaiveDate>,
    /// Last day its own government operated, where it differs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub government_until: Option<NaiveDate>,
    /// The unit it became part of (or was renamed to).
    pub part_of: Option<Named>,
    /// The units it was formed from.
    pub formed_from: Vec<Named>,
    /// The instrument for its dates.
    pub source: Option<Source>,
    /// Its regulations on foreign information, and those of the units it was formed from:
    /// recorded with their text, or known only from public sources (not verified, no text).
    pub regulations: Vec<LocalRegulation>,
    /// Set when no regulation of its own is recorded with its text: what is known instead.
    pub regulation_note: Option<String>,
}

/// The provinces and centrally-run cities of `as_of` (34 from 12/06/2025, 63 before), or, with no
/// day, every one the dataset records with its dates.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use quyche::query::{ProvincesQuery, RuleSet};
/// let rules = RuleSet::embedded()?;
/// let day = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
/// let now = rules.provinces(&ProvincesQuery::default().as_of(day))?;
/// assert_eq!(now.len(), 34);
/// let hn = now.iter().find(|p| p.id == "ha-noi").unwrap();
/// assert!(hn.regulation_note.as_deref().unwrap().contains("16/2020/QĐ-UBND"));
/// # Ok::<(), quyche::Error>(())
/// ```
pub(crate) fn provinces(ds: &Dataset, as_of: Option<NaiveDate>) -> Vec<ProvinceView> {
    let list: Vec<&crate::dataset::Jurisdiction> = match as_of {
        Some(day) => ds.jurisdictions_on(day),
        None => {
            let mut all: Vec<_> = ds
                .jurisdictions()
                .iter()
                .filter(|j| j.is_provincial())
                .collect();
            all.sort_by(|a, b| {
                crate::text::fold(&a.name)
                    .cmp(&crate::text::fold(&b.name))
                    .then_with(|| a.id.cmp(&b.id))
            });
            all
        }
    };
    list.into_iter()
        .map(|j| ProvinceView {
            id: j.id.clone(),
            name: j.name.clone(),
            full_name: j.full_name(),
            kind: j.kind,
            valid_from: j.valid_from,
            valid_until: j.valid_until,
            government_from: j.government_from.filter(|d| Some(*d) != j.valid_from),
            government_until: j.government_until.filter(|d| Some(*d) != j.valid_until),
            part_of: j.part_of.as_deref().map(|p| jurisdiction_named(ds, p)),
            formed_from: ds
                .jurisdictions()
                .iter()
                .filter(|o| o.part_of.as_deref() == Some(j.id.as_str()))
                .map(|o| jurisdiction_named(ds, &o.id))
                .collect(),
            source: j.source.clone(),
            regulations: ds.local_regulations(&j.id),
            regulation_note: regulation_note(ds, &j.id),
        })
        .collect()
}

fn jurisdiction_named(ds: &Dataset, id: &str) -> Named {
    Named {
        id: id.to_owned(),
        name: ds
            .jurisdictions()
            .iter()
            .find(|j| j.id == id)
            .map_or_else(|| id.to_owned(), |j| j.full_name()),
    }
}

/// What is known of a province's regulation when none of its own is recorded with its text.
pub(crate) fn regulation_note(ds: &Dataset, province: &str) -> Option<String> {
    let regs = ds.local_regulations(province);
    let own = |r: &&LocalRegulation| r.jurisdiction == province;
    let draft = |r: &LocalRegulation| r.status == crate::model::Status::Draft;
    if regs
        .iter()
        .filter(own)
        .any(|r| r.state == RegulationState::Recorded && !draft(r))
    {
        return None;
    }
    let name = |id: &str| jurisdiction_named(ds, id).name;
    let label = |r: &LocalRegulation| {
        let number = r.number.clone().unwrap_or_else(|| r.instrument_id.clone());
        let state = match (r.state, r.verified) {
            (RegulationState::Recorded, _) if draft(r) => "a draft, recorded",
            (RegulationState::Recorded, _) => "recorded",
            (RegulationState::NotRecorded, true) => "its text not recorded",
            (RegulationState::NotRecorded, false) => {
                "identified by public sources, its text not recorded, not verified"
            }
        };
        format!("{number} of {} ({state})", name(&r.jurisdiction))
    };
    let mut note = format!(
        "The regulation of {} on foreign information is not recorded in the dataset.",
        name(province)
    );
    let named_here: Vec<String> = regs.iter().filter(own).map(label).collect();
    if !named_here.is_empty() {
        note.push_str(&format!(" Known: {}.", named_here.join(", ")));
    }
    let former: Vec<String> = regs.iter().filter(|r| !own(r)).map(label).collect();
    if !former.is_empty() {
        note.push_str(&format!(
            " Regulations of the units it was formed from: {}; whether they still apply is not recorded.",
            former.join("; ")
        ));
    }
    Some(note)
}

/// How a national record was resolved to a province (the `national` field of a row).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NationalView {
    /// The national instrument's number (`22/2016/TT-BTTTT`).
    pub instrument: String,
    /// Its id.
    pub instrument_id: String,
    /// The province it is resolved to.
    pub province: String,
    /// Each group the text names, with the province's body that stands for it.
    pub resolved: Vec<ResolvedGroup>,
    /// Set when the province's own regulation is not recorded: what is known instead.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A group the national text names and the province's body that stands for it.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ResolvedGroup {
    /// The group (`vn/ubnd-cap-tinh`).
    pub group: Named,
    /// The province's body.
    pub body: Named,
    /// Whether the dataset has an agency record for the body (else its name is the group's form
    /// for every province, filled with the province's name).
    pub recorded: bool,
}

pub(crate) fn national_view(ds: &Dataset, basis: &NationalBasis) -> NationalView {
    NationalView {
        instrument: ds
            .instrument(&basis.instrument_id)
            .map_or_else(|_| basis.instrument_id.clone(), |i| i.label().to_owned()),
        instrument_id: basis.instrument_id.clone(),
        province: basis.province.clone(),
        resolved: basis
            .resolved
            .iter()
            .map(|(group, body)| ResolvedGroup {
                group: ds.named(group),
                body: Named {
                    id: body.id.clone(),
                    name: body.name.clone(),
                },
                recorded: body.recorded,
            })
            .collect(),
        note: regulation_note(ds, &basis.province),
    }
}

/// A body a dated row names that had ceased by the row's date.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EndedView {
    /// The body as the row names it.
    pub body: Named,
    /// The first day it no longer existed as itself.
    pub since: NaiveDate,
    /// `merged_into`, `renamed`, `dissolved`, `split_into` or `jurisdiction_ended`.
    pub how: String,
    /// The body it became part of, where recorded.
    pub successor: Option<Named>,
    /// Whether a source confirms the change for this body.
    pub verified: bool,
    /// The instrument of the change.
    pub source: Option<Source>,
}

/// How `id` had ended by `day`, looking its first end up once per body.
fn ended_by(
    ds: &Dataset,
    id: &str,
    day: NaiveDate,
    cache: &mut std::collections::HashMap<String, Option<NaiveDate>>,
) -> Option<crate::succession::Ended> {
    let first = *cache
        .entry(id.to_owned())
        .or_insert_with(|| ds.succession().first_end(id));
    if first.map_or(true, |f| day < f) {
        return None;
    }
    ds.succession().ended(id, day)
}

/// The bodies among `ids` that had ceased by `day`: a row dated after a body's end must say so
/// rather than address it silently (who carries its function: `--as-of D --current-bearers`).
/// `cache` keeps each body's first end, so that rows of bodies that never end cost one look-up.
pub(crate) fn ended(
    ds: &Dataset,
    ids: &[Named],
    day: NaiveDate,
    cache: &mut std::collections::HashMap<String, Option<NaiveDate>>,
) -> Vec<EndedView> {
    ids.iter()
        .filter_map(|n| {
            // A province's body standing for a national group ends with the group, or with its
            // province's government, when the body of the province it became part of takes over.
            let group = ds.local_group_of(&n.id).map(|(g, _)| g);
            let asked = group.unwrap_or(n.id.as_str());
            let e = ended_by(ds, asked, day, cache).or_else(|| {
                group?;
                let link = ds.implied_successor(&n.id)?;
                (link.effective <= day).then(|| crate::succession::Ended {
                    id: n.id.clone(),
                    since: link.effective,
                    how: link.kind.as_str().to_owned(),
                    successor: link.to,
                    verified: link.verified,
                    source: Some(link.source),
                })
            })?;
            Some(EndedView {
                body: n.clone(),
                since: e.since,
                how: e.how,
                successor: e.successor.as_deref().map(|s| ds.named(s)),
                verified: e.verified,
                source: e.source,
            })
        })
        .collect()
}
