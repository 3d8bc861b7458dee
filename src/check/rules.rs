//! The rules of the analysis. Each pushes findings; none fails on a dataset it cannot judge.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::wording;
use super::{CheckOptions, Cited, Finding, Level};
use crate::dataset::Dataset;
use crate::deadline::{expand, ExpandOptions, Shift, WorkingDays};
use crate::import::Severity;
use crate::model::{Instrument, Status, NATIONAL};
use crate::obligation::{Deliverable, Obligation};
use crate::Result;

/// Whether an instrument's rules may bind on `as_of` (always, when no day is asked for): the
/// analysis judges only the law as it stood that day.
pub(super) fn binds(ds: &Dataset, instrument_id: &str, as_of: Option<NaiveDate>) -> bool {
    match (as_of, ds.instrument(instrument_id)) {
        (Some(day), Ok(i)) => ds.status_on(i, day).may_bind() || i.status == Status::Draft,
        _ => true,
    }
}

pub(super) fn cite(ds: &Dataset, o: &Obligation) -> Cited {
    Cited {
        instrument_id: o.instrument_id.clone(),
        instrument: ds
            .instrument(&o.instrument_id)
            .map_or_else(|_| o.instrument_id.clone(), |i| i.label().to_owned()),
        citation: o.citation.clone(),
        eid: o.eid.clone(),
        quote: o.quote.clone(),
    }
}

/// A finding on a link of a reporting chain: an obligation (whose province the finding takes)
/// and the one it feeds, both cited.
fn chain_finding(
    ds: &Dataset,
    rule: &str,
    severity: Level,
    message: crate::text::Bilingual,
    (from, to): (&Obligation, &Obligation),
) -> Finding {
    Finding::new(
        rule,
        severity,
        message,
        from.province.clone(),
        vec![cite(ds, from), cite(ds, to)],
    )
}

/// Whether two obligations deliver the same report at the same frequency.
fn same_report(a: &Obligation, b: &Obligation) -> bool {
    a.what == b.what && a.schedule.frequency() == b.schedule.frequency()
}

pub(super) fn is_central(id: &str) -> bool {
    id.starts_with("vn/")
}

/// A dated periodic obligation with its first due date in the year.
struct Dated<'a> {
    ob: &'a Obligation,
    last_day: NaiveDate,
    due: NaiveDate,
}

fn dated<'a>(
    ds: &Dataset,
    cal: &dyn WorkingDays,
    year: i32,
    ob: &'a Obligation,
) -> Result<Option<Dated<'a>>> {
    let has_day = ob.schedule.periodic().is_some_and(|p| p.day.is_some());
    if !has_day {
        return Ok(None);
    }
    let inst = ds.instrument(&ob.instrument_id)?;
    let opts = ExpandOptions {
        shift: Shift::Previous,
        trace: false,
        ..ExpandOptions::year(year)?
    };
    let first = expand(ob, inst, cal, &opts)?.into_iter().last();
    Ok(first.and_then(|d| {
        Some(Dated {
            ob,
            last_day: d.last_day?,
            due: d.due?,
        })
    }))
}

fn working_days_between(cal: &dyn WorkingDays, from: NaiveDate, to: NaiveDate) -> Result<u32> {
    // Working days in (from, to]; bounded by a year of days in this analysis.
    let mut n = 0u32;
    let mut d = from;
    while d < to {
        let Some(next) = d.succ_opt() else { break };
        d = next;
        if cal.is_working_day(d)? {
            n = n.saturating_add(1);
        }
    }
    Ok(n)
}

/// Provincial deadlines to the centre later than the Circular's for the same deliverable, and
/// roll-ups whose inputs are due on or after, or too close before, the report they feed.
pub(super) fn chain_conflicts(
    ds: &Dataset,
    cal: &dyn WorkingDays,
    opts: &CheckOptions<'_>,
    out: &mut Vec<Finding>,
) -> Result<()> {
    let mut national = Vec::new();
    let mut provincial = Vec::new();
    for ob in ds
        .obligations()
        .iter()
        .filter(|o| binds(ds, &o.instrument_id, opts.as_of))
    {
        if let Some(d) = dated(ds, cal, opts.year, ob)? {
            if ob.province.is_none() {
                national.push(d);
            } else {
                provincial.push(d);
            }
        }
    }
    let to_centre = |o: &Obligation| o.to.iter().any(|t| is_central(t));
    for p in provincial.iter().filter(|p| to_centre(p.ob)) {
        for n in national
            .iter()
            .filter(|n| to_centre(n.ob) && same_report(n.ob, p.ob))
        {
            if p.last_day > n.last_day {
                out.push(chain_finding(
                    ds,
                    "chain_ministry_deadline",
                    Level::Error,
                    wording::chain_ministry_deadline(p.ob.what, p.last_day, n.last_day),
                    (p.ob, n.ob),
                ));
            }
        }
    }
    // The province's own roll-ups to the centre, grouped once (a scan per input is quadratic).
    let mut rollups: HashMap<Option<&str>, Vec<&Dated<'_>>> = HashMap::new();
    for p in provincial.iter().filter(|p| to_centre(p.ob)) {
        rollups.entry(p.ob.province.as_deref()).or_default().push(p);
    }
    for input in provincial.iter().filter(|i| !to_centre(i.ob)) {
        // The report it feeds: the province's own dated roll-up to the centre; the Circular's date
        // only where the province sets none (a late provincial date is `chain_ministry_deadline`).
        let same = |o: &&Dated<'_>| same_report(o.ob, input.ob) && to_centre(o.ob);
        // The report it feeds must reach the centre by the earlier of the province's own date and
        // the Circular's, which binds the province directly (a later provincial date is also
        // `chain_ministry_deadline`).
        let candidates: Vec<&Dated<'_>> = rollups
            .get(&input.ob.province.as_deref())
            .map_or(&[][..], Vec::as_slice)
            .iter()
            .copied()
            .filter(same)
            .chain(national.iter().filter(same))
            .collect();
        let mut outputs = Vec::new();
        for c in candidates {
            // A plan is made for the period after it: it feeds the next onward plan, this year's or the next.
            if input.ob.what == Deliverable::Plan && c.last_day < input.last_day {
                if let Some(next) = dated(ds, cal, opts.year.saturating_add(1), c.ob)? {
                    outputs.push(next);
                }
            } else {
                outputs.push(Dated {
                    ob: c.ob,
                    last_day: c.last_day,
                    due: c.due,
                });
            }
        }
        let Some(output) = outputs.iter().min_by_key(|o| o.last_day) else {
            continue;
        };
        let (rule, severity, why) = if input.last_day >= output.last_day {
            let why = wording::rollup_inputs_late(input.ob.what, input.last_day, output.last_day);
            ("rollup_inputs_late", Level::Error, why)
        } else {
            let gap = working_days_between(cal, input.due, output.due)?;
            if gap >= opts.min_rollup_gap {
                continue;
            }
            let why = wording::rollup_inputs_close(input.due, gap, output.due, opts.min_rollup_gap);
            ("rollup_inputs_close", Level::Warning, why)
        };
        out.push(chain_finding(
            ds,
            rule,
            severity,
            why,
            (input.ob, output.ob),
        ));
    }
    Ok(())
}

/// Provincial regulations with a text: the instruments the analysis judges.
pub(super) fn regulations(ds: &Dataset) -> impl Iterator<Item = &Instrument> {
    ds.instruments()
        .iter()
        .filter(|i| i.jurisdiction != NATIONAL && !(i.body.is_empty() && i.attachments.is_empty()))
}

fn meta_cite(inst: &Instrument, what: &str) -> Cited {
    Cited {
        instrument_id: inst.id.clone(),
        instrument: inst.label().to_owned(),
        citation: String::new(),
        eid: String::new(),
        quote: what.to_owned(),
    }
}

/// Drafts, missing numbers and dates, legal bases that are replaced or of unknown status.
pub(super) fn status(ds: &Dataset, as_of: Option<NaiveDate>, out: &mut Vec<Finding>) {
    for inst in ds
        .instruments()
        .iter()
        .filter(|i| !(i.body.is_empty() && i.attachments.is_empty()))
    {
        let province = (inst.jurisdiction != NATIONAL).then(|| inst.jurisdiction.clone());
        let label = inst.label();
        if inst.status == Status::Draft {
            out.push(Finding::new(
                "draft",
                Level::Warning,
                wording::draft(label),
                province.clone(),
                vec![meta_cite(inst, inst.title.as_deref().unwrap_or_default())],
            ));
        }
        let missing = wording::Missing {
            number: inst.number.is_none(),
            signed: inst.signed_on.is_none(),
            effective: inst.effective_from.is_none(),
        };
        if let Some(why) = wording::missing_metadata(label, &missing) {
            out.push(Finding::new(
                "missing_metadata",
                Level::Info,
                why,
                province.clone(),
                vec![meta_cite(inst, "")],
            ));
        }
        if let (Some(day), Some(eff)) = (as_of, inst.effective_from) {
            if day < eff {
                out.push(Finding::new(
                    "not_yet_in_force",
                    Level::Info,
                    wording::not_yet_in_force(label, day, eff),
                    province.clone(),
                    vec![meta_cite(inst, "")],
                ));
            }
        }
        for base in &inst.bases {
            let Some(target) = base.id.as_deref().and_then(|id| ds.instrument(id).ok()) else {
                out.push(Finding::new(
                    "basis_unknown",
                    Level::Info,
                    wording::basis_unknown(label),
                    province.clone(),
                    vec![meta_cite(inst, &base.quote)],
                ));
                continue;
            };
            let (severity, state) = match target.status {
                Status::Replaced => (Level::Warning, wording::BasisState::Replaced),
                Status::Unknown => (Level::Info, wording::BasisState::Unverified),
                Status::Draft => (Level::Warning, wording::BasisState::Draft),
                Status::InForce => continue,
            };
            out.push(Finding::new(
                "basis_status",
                severity,
                wording::basis_status(label, target.label(), state),
                province.clone(),
                vec![meta_cite(inst, &base.quote)],
            ));
        }
    }
}

/// Cross-references to provisions that do not exist.
pub(super) fn references(ds: &Dataset, out: &mut Vec<Finding>) {
    for inst in ds.instruments() {
        for r in &inst.references {
            let Some(citation) = &r.citation else {
                continue;
            };
            let target = match (&r.instrument, &r.instrument_number) {
                (Some(id), _) => match ds.instrument(id) {
                    Ok(t) => t,
                    Err(_) => continue,
                },
                (None, None) => inst,
                (None, Some(_)) => continue, // an instrument the dataset does not hold
            };
            if target.body.is_empty() && target.attachments.is_empty() {
                continue;
            }
            if let Err(crate::Error::NotFound { .. }) =
                crate::dataset::find_provision(target, citation)
            {
                let from = inst.find_eid(&r.from);
                let from_citation = from.map_or(r.from.as_str(), |p| p.citation.as_str());
                out.push(Finding::new(
                    "dangling_reference",
                    Level::Error,
                    wording::dangling_reference(from_citation, citation, target.label()),
                    (inst.jurisdiction != NATIONAL).then(|| inst.jurisdiction.clone()),
                    vec![Cited {
                        instrument_id: inst.id.clone(),
                        instrument: inst.label().to_owned(),
                        citation: from.map(|p| p.citation.clone()).unwrap_or_default(),
                        eid: r.from.clone(),
                        quote: r.quote.clone(),
                    }],
                ));
            }
        }
    }
}

/// Defects the importer reported that no correction resolved.
pub(super) fn text_defects(ds: &Dataset, out: &mut Vec<Finding>) {
    for inst in ds.instruments() {
        for d in ds
            .diagnostics(&inst.id)
            .iter()
            .filter(|d| d.severity >= Severity::Warning)
        {
            let node = d.provision.as_deref().and_then(|e| inst.find_eid(e));
            let why = wording::text_defect(inst.label(), d.line, &d.message, &d.message_vi);
            out.push(Finding::new(
                &format!("text_defect:{}", d.code),
                Level::Info,
                why,
                (inst.jurisdiction != NATIONAL).then(|| inst.jurisdiction.clone()),
                vec![Cited {
                    instrument_id: inst.id.clone(),
                    instrument: inst.label().to_owned(),
                    citation: node.map(|p| p.citation.clone()).unwrap_or_default(),
                    eid: d.provision.clone().unwrap_or_default(),
                    quote: String::new(),
                }],
            ));
        }
    }
}
