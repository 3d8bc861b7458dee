//! Cross-checks of a dataset once every file is read: ids known, no duplicates, no cycles of
//! replacements, succession data consistent with the agencies and jurisdictions.

use std::collections::{BTreeMap, BTreeSet};

use super::load::Builder;
use crate::agency::Agency;
use crate::error::DataProblem;

impl Builder {
    pub(super) fn validate(&mut self) {
        let jurisdictions: BTreeSet<String> =
            self.jurisdictions.iter().map(|j| j.id.clone()).collect();
        let mut agency_ids = BTreeSet::new();
        for (a, file, line) in &self.agencies {
            let p = |field: &str, message: String| DataProblem {
                file: file.clone(),
                line: Some(*line),
                field: Some(field.into()),
                message,
            };
            if !agency_ids.insert(a.id.clone()) {
                self.problems
                    .push(p("id", format!("duplicate agency id {:?}", a.id)));
            }
            if let Some(prov) = &a.province {
                if !jurisdictions.contains(prov) {
                    self.problems.push(p(
                        "province",
                        format!("unknown province {prov:?} (not in jurisdictions.toml)"),
                    ));
                }
            }
        }
        for (a, file, line) in &self.agencies {
            for m in &a.members {
                if !agency_ids.contains(m) {
                    self.problems.push(DataProblem {
                        file: file.clone(),
                        line: Some(*line),
                        field: Some("members".into()),
                        message: format!("unknown agency id {m:?}"),
                    });
                }
            }
        }
        let unknown = |ids: &mut dyn Iterator<Item = &String>| {
            ids.filter(|id| !agency_ids.contains(*id))
                .cloned()
                .collect::<Vec<_>>()
        };
        let mut seen = BTreeSet::new();
        for (d, file, line) in &self.duties {
            let mut ids = std::iter::once(&d.bearer).chain(d.counterparts.iter());
            for id in unknown(&mut ids) {
                self.problems.push(DataProblem {
                    file: file.clone(),
                    line: Some(*line),
                    field: Some("bearer/counterparts".into()),
                    message: format!("unknown agency id {id:?}"),
                });
            }
            if !seen.insert(d.id.clone()) {
                self.problems.push(DataProblem {
                    file: file.clone(),
                    line: Some(*line),
                    field: Some("id".into()),
                    message: format!("duplicate duty id {:?}", d.id),
                });
            }
        }
        for (o, file, line) in &self.obligations {
            let mut ids = o.from.iter().chain(o.to.iter());
            for id in unknown(&mut ids) {
                self.problems.push(DataProblem {
                    file: file.clone(),
                    line: Some(*line),
                    field: Some("from/to".into()),
                    message: format!("unknown agency id {id:?}"),
                });
            }
            if o.from.is_empty() || o.to.is_empty() {
                self.problems.push(DataProblem {
                    file: file.clone(),
                    line: Some(*line),
                    field: Some("from/to".into()),
                    message: "an obligation needs at least one body in `from` and one in `to`"
                        .into(),
                });
            }
            if !seen.insert(o.id.clone()) {
                self.problems.push(DataProblem {
                    file: file.clone(),
                    line: Some(*line),
                    field: Some("id".into()),
                    message: format!("duplicate obligation id {:?}", o.id),
                });
            }
            if let Some(t) = &o.template {
                match self.instruments.get(&t.instrument) {
                    Some(i) if i.find_eid(&t.eid).is_some() => {}
                    None if self.declared.contains(&t.instrument) => {}
                    Some(_) => self.problems.push(DataProblem {
                        file: file.clone(),
                        line: Some(*line),
                        field: Some("template".into()),
                        message: format!("{} has no provision {}", t.instrument, t.eid),
                    }),
                    None => self.problems.push(DataProblem {
                        file: file.clone(),
                        line: Some(*line),
                        field: Some("template".into()),
                        message: format!("unknown instrument {:?}", t.instrument),
                    }),
                }
            }
        }
        let links =
            crate::obligation::check_schedule_links(&mut self.obligations, &self.instruments);
        self.problems.extend(links);
        self.validate_instrument_links(&jurisdictions);
        let agencies: Vec<Agency> = self.agencies.iter().map(|(a, _, _)| a.clone()).collect();
        for message in self.succession.validate_against(&agencies) {
            self.problems.push(DataProblem {
                file: "succession/".into(),
                line: None,
                field: None,
                message,
            });
        }
        for (p, file, line) in &self.provincial_bodies {
            let ok = self
                .agencies
                .iter()
                .any(|(a, _, _)| a.id == p.group && a.province.is_none());
            if !ok {
                self.problems.push(DataProblem {
                    file: file.clone(),
                    line: Some(*line),
                    field: Some("group".into()),
                    message: format!(
                        "{:?} is not a national group of agencies/ (a body in every province is named for a group that no province owns)",
                        p.group
                    ),
                });
            }
            let fills = |n: &str| n.contains("{unit}") || n.contains("{name}");
            if !fills(&p.name) || p.city_name.as_deref().is_some_and(|n| !fills(n)) {
                self.problems.push(DataProblem {
                    file: file.clone(),
                    line: Some(*line),
                    field: Some("name".into()),
                    message: format!(
                        "the name {:?} has neither {{unit}} nor {{name}} for the province's name",
                        p.name
                    ),
                });
            }
        }
    }

    fn validate_instrument_links(&mut self, jurisdictions: &BTreeSet<String>) {
        for (id, (meta, file)) in &self.metas {
            let p = |field: &str, message: String| DataProblem {
                file: file.clone(),
                line: None,
                field: Some(field.into()),
                message,
            };
            if !jurisdictions.contains(&meta.jurisdiction) {
                self.problems.push(p(
                    "jurisdiction",
                    format!(
                        "unknown jurisdiction {:?} (not in jurisdictions.toml)",
                        meta.jurisdiction
                    ),
                ));
            }
            for target in meta
                .replaces
                .iter()
                .chain(meta.bases.iter())
                .chain(meta.replaced_by.iter())
            {
                if !self.declared.contains(target) {
                    self.problems.push(p(
                        "replaces/bases/replaced_by",
                        format!("unknown instrument id {target:?}"),
                    ));
                }
                if target == id {
                    self.problems.push(p(
                        "replaces/bases/replaced_by",
                        format!("{id} refers to itself"),
                    ));
                }
            }
        }
        // A cycle of replacements (A replaces B replaces ... A) cannot be law. Both ways of
        // saying it count: B's text says it replaces A, or A's metadata says `replaced_by` B.
        let mut edges: BTreeMap<&str, Vec<&str>> = self
            .instruments
            .values()
            .map(|i| {
                (
                    i.id.as_str(),
                    i.replaces.iter().filter_map(|r| r.id.as_deref()).collect(),
                )
            })
            .collect();
        for (id, (meta, _)) in &self.metas {
            if let Some(by) = meta.replaced_by.as_deref() {
                edges.entry(by).or_default().push(id.as_str());
            }
        }
        for start in edges.keys() {
            if let Some(cycle) = find_cycle(start, &edges) {
                let file = self
                    .metas
                    .get(*start)
                    .map(|(_, f)| f.clone())
                    .unwrap_or_default();
                self.problems.push(DataProblem {
                    file,
                    line: None,
                    field: Some("replaces".into()),
                    message: format!("a cycle of replacements: {}", cycle.join(" → ")),
                });
                break;
            }
        }
    }
}

fn find_cycle<'a>(start: &'a str, edges: &BTreeMap<&'a str, Vec<&'a str>>) -> Option<Vec<&'a str>> {
    let mut path = vec![start];
    let mut stack: Vec<(usize, &'a str)> = edges
        .get(start)
        .map(|v| v.iter().map(|n| (1usize, *n)).collect())
        .unwrap_or_default();
    while let Some((depth, node)) = stack.pop() {
        path.truncate(depth);
        if node == start {
            path.push(node);
            return Some(path);
        }
        if path.contains(&node) || depth > edges.len() {
            continue;
        }
        path.push(node);
        if let Some(next) = edges.get(node) {
            stack.extend(next.iter().map(|n| (depth.saturating_add(1), *n)));
        }
    }
    None
}
