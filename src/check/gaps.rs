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
use super::rules::{binds, cite, is_central, regulations, what};
use super::{Cited, Finding, Level};
use crate::dataset::Dataset;
use crate::model::with_act;
use crate::obligation::{Deliverable, Obligation};
use crate::schedule::{Frequency, Schedule};

/// The duties the Circular puts on every province, and how to recognise them in a regulation.
struct Expected {
    name: &'static str,
    matches: fn(&Obligation) -> bool,
    needs_date: bool,
    /// A duty of the provincial committee itself that needs no provincial chain of inputs.
    binds_directly: bool,
}

const EXPECTED: [Expected; 4] = [
    Expected {
        name: "the annual foreign-information plan",
        matches: |o| o.what == Deliverable::Plan,
        needs_date: true,
        binds_directly: false,
    },
    Expected {
        name: "the year-end report to the Ministry",
        matches: |o| {
            o.what == Deliverable::Report
                && o.schedule.frequency() == Frequency::Annual
                && o.to.iter().any(|t| is_central(t))
        },
        needs_date: true,
        binds_directly: false,
    },
    Expected {
        name: "ad hoc reports on request",
        matches: |o| {
            o.what == Deliverable::Report && matches!(o.schedule, Schedule::OnRequest { .. })
        },
        needs_date: false,
        binds_directly: true,
    },
    Expected {
        name: "the report to the Ministry of Foreign Affairs before activities abroad",
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
            if found.is_empty() && e.binds_directly {
                out.push(Finding {
                    rule: "national_duty_binds_directly".into(),
                    severity: Level::Info,
                    message: format!(
                        "{} does not repeat {}; {} binds the provincial committee directly, so the duty applies as the Circular states it (not a gap of the provincial text)",
                        inst.label(),
                        e.name,
                        with_act(
                            &source.citation,
                            ds.instrument(&source.instrument_id)
                                .map_or(source.instrument_id.as_str(), |i| i.label())
                        ),
                    ),
                    province: Some(inst.jurisdiction.clone()),
                    provisions: vec![cite(ds, source)],
                });
            } else if found.is_empty() {
                out.push(Finding {
                    rule: "gap".into(),
                    severity: Level::Warning,
                    message: format!(
                        "{} does not assign {} that the Circular requires",
                        inst.label(),
                        e.name
                    ),
                    province: Some(inst.jurisdiction.clone()),
                    provisions: vec![cite(ds, source)],
                });
            } else if e.needs_date && !found.iter().any(|o| has_day(&o.schedule)) {
                named.extend(found.iter().map(|o| o.id.as_str()));
                let mut provisions: Vec<Cited> = found.iter().map(|o| cite(ds, o)).collect();
                provisions.push(cite(ds, source));
                out.push(Finding {
                    rule: "gap_no_deadline".into(),
                    severity: Level::Warning,
                    message: format!(
                        "{} assigns {} without a deadline; the Circular sets one",
                        inst.label(),
                        e.name
                    ),
                    province: Some(inst.jurisdiction.clone()),
                    provisions,
                });
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
                let how = match every {
                    Some(f) => format!("a {} {}", frequency(*f), what(o.what)),
                    None => format!("a periodic {} (định kỳ) with no period", what(o.what)),
                };
                out.push(Finding {
                    rule: "gap_no_date".into(),
                    severity: Level::Warning,
                    message: format!(
                        "{} sets {how} and no date{}: no due date can be computed",
                        with_act(&o.citation, label),
                        note.as_ref().map(|n| format!(" ({n})")).unwrap_or_default()
                    ),
                    province: o.province.clone(),
                    provisions: vec![cite(ds, o)],
                });
            }
            Schedule::Alternatives { options } => out.push(Finding {
                rule: "alternatives".into(),
                severity: Level::Info,
                message: format!(
                    "{} gives alternatives, either of which discharges the duty ({}): there is no single due date",
                    with_act(&o.citation, label),
                    options
                        .iter()
                        .map(|a| a.schedule.vietnamese())
                        .collect::<Vec<_>>()
                        .join(" or ")
                ),
                province: o.province.clone(),
                provisions: vec![cite(ds, o)],
            }),
            _ => {}
        }
    }
}

fn frequency(f: Frequency) -> &'static str {
    match f {
        Frequency::Annual => "yearly",
        Frequency::Semiannual => "half-yearly",
        Frequency::Quarterly => "quarterly",
        Frequency::Monthly => "monthly",
        Frequency::Weekly => "weekly",
        Frequency::OnRequest | Frequency::Event | Frequency::Unfixed | Frequency::Alternatives => {
            "periodic"
        }
    }
}
