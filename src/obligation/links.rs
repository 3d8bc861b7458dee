//! Checking the schedules that point elsewhere: an unfixed obligation's `fixed_by` links (filled
//! in with their target's citation and schedule) and the options of alternatives (quoted from the
//! provision, addressed to some of the obligation's recipients).

use std::collections::{BTreeMap, HashMap};

use super::Obligation;
use crate::error::DataProblem;
use crate::model::Instrument;
use crate::schedule::Schedule;

/// Resolves and checks every link and option of `records` (each with its file and line); returns
/// what is wrong. A link names an obligation by its local id (same rules file) or its full id; its
/// target must have dates of its own (a periodic schedule), not be the obligation itself.
pub(crate) fn check_schedule_links(
    records: &mut [(Obligation, String, usize)],
    instruments: &BTreeMap<String, Instrument>,
) -> Vec<DataProblem> {
    let mut problems = Vec::new();
    let index: HashMap<String, usize> = records
        .iter()
        .enumerate()
        .map(|(n, (o, _, _))| (o.id.clone(), n))
        .collect();
    // Resolved first, written after: a link reads another record.
    let mut fills: Vec<(usize, usize, String, String, Schedule)> = Vec::new();
    for (n, (o, file, line)) in records.iter().enumerate() {
        let problem = |message: String| DataProblem {
            file: file.clone(),
            line: Some(*line),
            field: Some("schedule".into()),
            message,
        };
        match &o.schedule {
            Schedule::Unfixed { fixed_by, .. } => {
                for (k, link) in fixed_by.iter().enumerate() {
                    let full = if link.obligation.contains('/') {
                        link.obligation.clone()
                    } else {
                        format!("{}/{}", o.instrument_id, link.obligation)
                    };
                    let Some(&t) = index.get(&full) else {
                        problems.push(problem(format!(
                            "fixed_by names {:?}, which is not an obligation of the dataset",
                            link.obligation
                        )));
                        continue;
                    };
                    let Some((target, _, _)) = records.get(t) else {
                        continue;
                    };
                    if t == n {
                        problems.push(problem("fixed_by names the obligation itself".into()));
                    } else if target.schedule.periodic().is_none() {
                        problems.push(problem(format!(
                            "fixed_by names {full:?}, which has no dates of its own: link to the obligation whose provision fixes the period and the date"
                        )));
                    } else {
                        let label = instruments
                            .get(&target.instrument_id)
                            .map(|i| i.label().to_owned())
                            .unwrap_or_default();
                        // A provision of another act is cited with that act.
                        let citation = if target.instrument_id == o.instrument_id
                            || target.citation.ends_with(&label)
                        {
                            target.citation.clone()
                        } else {
                            format!("{} {label}", target.citation)
                        };
                        fills.push((n, k, full, citation, target.schedule.clone()));
                    }
                }
            }
            Schedule::Alternatives { options } => {
                let text = instruments
                    .get(&o.instrument_id)
                    .and_then(|i| i.find_eid(&o.eid))
                    .map(|p| p.text.as_str());
                for (k, option) in options.iter().enumerate() {
                    let k = k.saturating_add(1);
                    if text.is_some_and(|t| !t.contains(&option.quote)) {
                        problems.push(problem(format!(
                            "option {k}: its quote is not in the text of {}",
                            o.eid
                        )));
                    }
                    for to in option.to.iter().filter(|t| !o.to.contains(t)) {
                        problems.push(problem(format!(
                            "option {k}: {to:?} is not among the obligation's recipients (`to`)"
                        )));
                    }
                }
            }
            _ => {}
        }
    }
    for (n, k, full, citation, schedule) in fills {
        let Some((o, _, _)) = records.get_mut(n) else {
            continue;
        };
        if let Schedule::Unfixed { fixed_by, .. } = &mut o.schedule {
            if let Some(link) = fixed_by.get_mut(k) {
                link.obligation = full;
                link.citation = citation;
                link.schedule = Some(Box::new(schedule));
            }
        }
    }
    problems
}
