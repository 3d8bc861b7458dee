//! Gaps: what the Circular requires that a provincial regulation does not organise, and duties
//! whose text sets no date.
//!
//! The Circular binds the Ủy ban nhân dân cấp tỉnh directly. Its annual plan and year-end report
//! need every provincial body's input, so a provincial regulation is expected to organise them
//! (who drafts, who compiles, by when): their absence is a `gap`, a date-less chain a
//! `gap_no_deadline`. Its report to Bộ Ngoại giao before an activity abroad and its ad hoc reports
//! at the Ministry's request are acts of the committee itself on an occasion; a regulation that
//! does not repeat them leaves them in force as the Circular states them
//! (`national_duty_binds_directly`, informational).

use std::collections::HashSet;

use chrono::NaiveDate;

use super::index::ByInstrument;
use super::rules::{binds, cite, is_central, regulations};
use super::wording::{self, Named};
use super::{Cited, Finding, Level};
use crate::dataset::Dataset;
use crate::model::with_act;
use crate::obligation::{Deliverable, Obligation};
use crate::schedule::{Frequency, Schedule};

/// The duties the Circular puts on every province, and how to recognise them in a regulation.
struct Expected {
    name: Named,
    matches: fn(&Obligation) -> bool,
    needs_date: bool,
    /// A duty of the provincial committee itself that needs no provincial chain of inputs.
    binds_directly: bool,
}

const EXPECTED: [Expected; 4] = [
    Expected {
        name: Named {
            en: "the annual foreign-information plan",
            vi: "kế hoạch thông tin đối ngoại hằng năm",
        },
        matches: |o| o.what == Deliverable::Plan,
        needs_date: true,
        binds_directly: false,
    },
    Expected {
        name: Named {
            en: "the year-end report to the Ministry",
            vi: "báo cáo cuối năm gửi Bộ",
        },
        matches: |o| {
            o.what == Deliverable::Report
                && o.schedule.frequency() == Frequency::Annual
                && o.to.iter().any(|t| is_central(t))
        },
        needs_date: true,
        binds_directly: false,
    },
    Expected {
        name: Named {
            en: "ad hoc reports on request",
            vi: "báo cáo đột xuất theo yêu cầu",
        },
        matches: |o| {
            o.what == Deliverable::Report && matches!(o.schedule, Schedule::OnRequest { .. })
        },
        needs_date: false,
        binds_directly: true,
    },
    Expected {
        name: Named {
            en: "the report to the Ministry of Foreign Affairs before activities abroad",
            vi: "báo cáo gửi Bộ Ngoại giao trước khi tổ chức hoạt động ở nước ngoài",
        },
        matches: |o| {
            matches!(o.schedule, Schedule::Event { .. })
                && o.to.iter().any(|t| t == "vn/bo-ngoai-giao")
        },
        needs_date: false,
        binds_directly: true,
    },
];

/// Duties the Circular puts on the province that a regulation does not assign, or assigns
/// without a deadline; returns the obligations a `gap_no_deadline` finding names.
pub(super) fn gaps<'a>(
    ds: &'a Dataset,
    by_instrument: &ByInstrument<'a>,
    as_of: Option<NaiveDate>,
    out: &mut Vec<Finding>,
) -> HashSet<&'a str> {
    let mut named = HashSet::new();
    let circular: Vec<&Obligation> = ds
        .obligations()
        .iter()
        .filter(|o| o.province.is_none())
        .collect();
    for inst in regulations(ds).filter(|i| binds(ds, &i.id, as_of)) {
        let own = by_instrument.obligations(&inst.id);
        for e in &EXPECTED {
            let Some(source) = circular.iter().find(|o| (e.matches)(o)) else {
                continue;
            };
            let found: Vec<&&Obligation> = own.iter().filter(|o| (e.matches)(o)).collect();
            let label = inst.label();
            let province = Some(inst.jurisdiction.clone());
            if found.is_empty() && e.binds_directly {
                let act = ds
                    .instrument(&source.instrument_id)
                    .map_or(source.instrument_id.as_str(), |i| i.label());
                let cited = with_act(&source.citation, act);
                out.push(Finding::new(
                    "national_duty_binds_directly",
                    Level::Info,
                    wording::binds_directly(label, e.name, &cited),
                    province,
                    vec![cite(ds, source)],
                ));
            } else if found.is_empty() {
                out.push(Finding::new(
                    "gap",
                    Level::Warning,
                    wording::gap(label, e.name),
                    province,
                    vec![cite(ds, source)],
                ));
            } else if e.needs_date && !found.iter().any(|o| has_day(&o.schedule)) {
                named.extend(found.iter().map(|o| o.id.as_str()));
                let mut provisions: Vec<Cited> = found.iter().map(|o| cite(ds, o)).collect();
                provisions.push(cite(ds, source));
                out.push(Finding::new(
                    "gap_no_deadline",
                    Level::Warning,
                    wording::gap_no_deadline(label, e.name),
                    province,
                    provisions,
                ));
            }
        }
    }
    named
}

/// Whether a schedule names a day (itself, or through the provisions that fix it).
fn has_day(s: &Schedule) -> bool {
    match s {
        Schedule::Unfixed { fixed_by, .. } => fixed_by
            .iter()
            .any(|f| f.schedule.as_deref().is_some_and(has_day)),
        s => s.periodic().is_some_and(|p| p.day.is_some()),
    }
}

/// Obligations whose text sets no date (`gap_no_date`: periodic with no period, yearly with no
/// day, plans and estimates with no date, where no other provision fixes them), and those with
/// alternatives, which have no single date (`alternatives`, informational). An obligation already
/// named by a `gap_no_deadline` finding is not reported twice.
pub(super) fn undated(
    ds: &Dataset,
    named: &HashSet<&str>,
    as_of: Option<NaiveDate>,
    out: &mut Vec<Finding>,
) {
    for o in ds
        .obligations()
        .iter()
        .filter(|o| binds(ds, &o.instrument_id, as_of))
    {
        let label = ds
            .instrument(&o.instrument_id)
            .map_or(o.instrument_id.as_str(), |i| i.label());
        match &o.schedule {
            Schedule::Unfixed { every, note, .. } if !o.schedule.is_dated() => {
                if named.contains(o.id.as_str()) {
                    continue;
                }
                let cited = with_act(&o.citation, label);
                let why = wording::gap_no_date(&cited, o.what, *every, note.as_deref());
                let provisions = vec![cite(ds, o)];
                out.push(Finding::new(
                    "gap_no_date",
                    Level::Warning,
                    why,
                    o.province.clone(),
                    provisions,
                ));
            }
            Schedule::Alternatives { options } => {
                let options: Vec<String> =
                    options.iter().map(|a| a.schedule.vietnamese()).collect();
                let why = wording::alternatives(&with_act(&o.citation, label), &options);
                let provisions = vec![cite(ds, o)];
                out.push(Finding::new(
                    "alternatives",
                    Level::Info,
                    why,
                    o.province.clone(),
                    provisions,
                ));
            }
            _ => {}
        }
    }
}
