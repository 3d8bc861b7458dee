//! Checks of succession data: every link cited, every id known, no cycles.

use std::collections::{BTreeMap, BTreeSet};

use super::{LinkKind, Succession};

/// A problem: the line, the field, the message.
pub(super) type Problem = (Option<usize>, Option<String>, String);

impl Succession {
    /// Checks each record on its own: citation present, successor present where needed,
    /// functions listed where needed, dates in order.
    pub(super) fn record_problems(&self) -> Vec<Problem> {
        let mut out = Vec::new();
        for link in &self.links {
            let what = link.describe();
            let mut bad = |field: &str, message: String| {
                out.push((
                    link.line,
                    Some(field.to_string()),
                    format!("link {what}: {message}"),
                ));
            };
            if link.from.trim().is_empty() {
                bad("from", "has no `from` id".into());
            }
            if link.source.instrument.trim().is_empty() {
                bad("source.instrument", "cites no instrument number".into());
            }
            if link.source.issuer.trim().is_empty() {
                bad("source.issuer", "names no issuer of its instrument".into());
            }
            for (i, also) in link.also.iter().enumerate() {
                if also.instrument.trim().is_empty() || also.issuer.trim().is_empty() {
                    bad(
                        "also",
                        format!(
                            "further source {} lacks its instrument number or issuer",
                            i.saturating_add(1)
                        ),
                    );
                }
            }
            match (&link.kind, &link.to) {
                (LinkKind::Dissolved, Some(_)) => bad(
                    "to",
                    "a dissolution has no successor; use merged_into or functions_transferred_to"
                        .into(),
                ),
                (LinkKind::Dissolved, None) => {}
                (_, None) => bad("to", "names no successor".into()),
                (_, Some(to)) if to.trim().is_empty() => {
                    bad("to", "names an empty successor".into())
                }
                (_, Some(to)) if *to == link.from => bad("to", "links a body to itself".into()),
                _ => {}
            }
            if link.kind.is_partial() && link.functions.is_empty() {
                bad(
                    "functions",
                    "moves part of a body but lists no functions".into(),
                );
            }
        }
        let mut seen = BTreeSet::new();
        for j in &self.jurisdictions {
            let mut bad = |field: &str, message: String| {
                out.push((
                    j.line,
                    Some(field.to_string()),
                    format!("jurisdiction {}: {message}", j.id),
                ));
            };
            if !seen.insert(j.id.as_str()) {
                bad("id", "is defined twice".into());
            }
            if let (Some(a), Some(b)) = (j.valid_from, j.valid_until) {
                if a > b {
                    bad("valid_until", format!("ends ({b}) before it starts ({a})"));
                }
            }
            if let (Some(a), Some(b)) = (j.government_from, j.government_until) {
                if a > b {
                    bad(
                        "government_until",
                        format!("ends ({b}) before it starts ({a})"),
                    );
                }
            }
            if let Some(source) = &j.source {
                if source.instrument.trim().is_empty() {
                    bad("source.instrument", "cites no instrument number".into());
                }
            }
            if j.part_of.is_some() && j.valid_until.is_none() {
                bad(
                    "part_of",
                    "became part of another unit but has no `valid_until`".into(),
                );
            }
            if j.part_of.is_some() && j.source.is_none() {
                bad(
                    "source",
                    "became part of another unit but cites no instrument".into(),
                );
            }
            if j.part_of.as_deref() == Some(j.id.as_str()) {
                bad("part_of", "is part of itself".into());
            }
        }
        let mut seen = BTreeSet::new();
        for st in &self.statuses {
            if !seen.insert(st.id.as_str()) {
                out.push((
                    st.line,
                    Some("id".to_string()),
                    format!("status of {}: is recorded twice", st.id),
                ));
            }
            for (field, message) in st.problems() {
                out.push((st.line, Some(field.to_string()), message));
            }
        }
        out
    }

    /// Every problem of the data as a sentence: a link without a source number or issuer,
    /// a link from or to an id that is neither in `known_ids` nor a jurisdiction here, a
    /// whole-body link without a successor, two whole-body links from one body on one day
    /// to different successors, and cycles. Empty when the data is sound.
    ///
    /// # Example
    /// ```
    /// use quyche::succession::Succession;
    /// let s = Succession::from_toml(r#"
    /// [[link]]
    /// from = "a/x"
    /// kind = "merged_into"
    /// to = "a/y"
    /// effective = 2025-03-01
    /// verified = true
    /// source = { instrument = "1/2025/NQ-HĐND", date = 2025-02-17, issuer = "HĐND" }
    /// "#)?;
    /// assert!(s.validate(["a/x", "a/y"]).is_empty());
    /// let problems = s.validate(["a/x"]);
    /// assert_eq!(problems.len(), 1);
    /// assert!(problems[0].contains("a/y"));
    /// # Ok::<(), quyche::Error>(())
    /// ```
    pub fn validate<'a>(&self, known_ids: impl IntoIterator<Item = &'a str>) -> Vec<String> {
        let mut known: BTreeSet<&str> = known_ids.into_iter().collect();
        known.extend(self.jurisdictions.iter().map(|j| j.id.as_str()));
        let mut out: Vec<String> = self
            .record_problems()
            .into_iter()
            .map(|(line, _, message)| match line {
                Some(n) => format!("line {n}: {message}"),
                None => message,
            })
            .collect();
        let at = |line: Option<usize>| line.map(|n| format!("line {n}: ")).unwrap_or_default();
        for st in &self.statuses {
            if !known.contains(st.id.as_str()) {
                out.push(format!("{}status of {}: unknown id", at(st.line), st.id));
            }
        }
        for j in &self.jurisdictions {
            if let Some(to) = &j.part_of {
                if !known.contains(to.as_str()) {
                    out.push(format!(
                        "{}jurisdiction {}: part_of names an unknown jurisdiction {to}",
                        at(j.line),
                        j.id
                    ));
                }
            }
        }
        for link in &self.links {
            if !known.contains(link.from.as_str()) {
                out.push(format!(
                    "{}link {}: unknown id {}",
                    at(link.line),
                    link.describe(),
                    link.from
                ));
            }
            if let Some(to) = &link.to {
                if !known.contains(to.as_str()) {
                    out.push(format!(
                        "{}link {}: unknown id {to}",
                        at(link.line),
                        link.describe()
                    ));
                }
            }
        }
        // Two whole-body links from one body on one day must agree.
        let mut whole: BTreeMap<(&str, chrono::NaiveDate), Vec<&super::Link>> = BTreeMap::new();
        for link in self.links.iter().filter(|l| !l.kind.is_partial()) {
            whole
                .entry((link.from.as_str(), link.effective))
                .or_default()
                .push(link);
        }
        for ((from, day), links) in &whole {
            let targets: BTreeSet<Option<&str>> = links.iter().map(|l| l.to.as_deref()).collect();
            if targets.len() > 1 {
                out.push(format!(
                    "{from}: several whole-body links on {day} to different successors"
                ));
            }
        }
        out.extend(
            self.cycles()
                .into_iter()
                .map(|c| format!("cycle of links: {}", c.join(" → "))),
        );
        out
    }

    /// [`Succession::validate`] against agency records, plus their dates: a link must not lead
    /// to a body on a day it does not exist (its `valid_from` after the link's effective day, or
    /// its `valid_until` before it).
    ///
    /// # Example
    /// ```
    /// use quyche::agency::{Agency, AgencyKind, Level};
    /// use quyche::succession::Succession;
    /// let s = Succession::from_toml(r#"
    /// [[link]]
    /// from = "a/x"
    /// kind = "merged_into"
    /// to = "a/y"
    /// effective = 2025-03-01
    /// verified = true
    /// source = { instrument = "1/2025/NQ-HĐND", date = 2025-02-17, issuer = "HĐND" }
    /// "#)?;
    /// let agency = |id: &str, from: Option<chrono::NaiveDate>| Agency {
    ///     id: id.into(), name: id.into(), kind: AgencyKind::Agency, level: Level::Province,
    ///     province: Some("a".into()), aliases: vec![], members: vec![], valid_from: from,
    ///     valid_until: None, note: None,
    /// };
    /// let late = chrono::NaiveDate::from_ymd_opt(2025, 7, 1);
    /// assert!(s.validate_against(&[agency("a/x", None), agency("a/y", None)]).is_empty());
    /// let problems = s.validate_against(&[agency("a/x", None), agency("a/y", late)]);
    /// assert_eq!(problems.len(), 1);
    /// # Ok::<(), quyche::Error>(())
    /// ```
    pub fn validate_against(&self, agencies: &[crate::agency::Agency]) -> Vec<String> {
        let mut out = self.validate(agencies.iter().map(|a| a.id.as_str()));
        for link in &self.links {
            let Some(to) = &link.to else { continue };
            let Some(target) = agencies.iter().find(|a| a.id == *to) else {
                continue;
            };
            if !target.exists_on(link.effective) {
                out.push(format!(
                    "{}link {}: {to} does not exist on {}",
                    link.line.map(|n| format!("line {n}: ")).unwrap_or_default(),
                    link.describe(),
                    link.effective
                ));
            }
        }
        out
    }

    /// Each cycle of `from → to` edges once, as the ids along it (first id repeated last).
    fn cycles(&self) -> Vec<Vec<String>> {
        let mut edges: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
        for link in &self.links {
            if let Some(to) = &link.to {
                edges
                    .entry(link.from.as_str())
                    .or_default()
                    .insert(to.as_str());
            }
        }
        // Iterative depth-first search with colours: 0 new, 1 on the path, 2 done.
        let mut colour: BTreeMap<&str, u8> = BTreeMap::new();
        let mut found = Vec::new();
        for &start in edges.keys() {
            if colour.get(start).copied().unwrap_or(0) != 0 {
                continue;
            }
            let mut path: Vec<&str> = vec![start];
            let mut stack: Vec<Vec<&str>> = vec![edges
                .get(start)
                .map(|s| s.iter().copied().collect())
                .unwrap_or_default()];
            colour.insert(start, 1);
            while let Some(next) = stack.last_mut() {
                match next.pop() {
                    Some(n) => match colour.get(n).copied().unwrap_or(0) {
                        0 => {
                            colour.insert(n, 1);
                            path.push(n);
                            stack.push(
                                edges
                                    .get(n)
                                    .map(|s| s.iter().copied().collect())
                                    .unwrap_or_default(),
                            );
                        }
                        1 => {
                            let from = path.iter().position(|p| *p == n).unwrap_or(0);
                            let mut cycle: Vec<String> = path
                                .get(from..)
                                .unwrap_or_default()
                                .iter()
                                .map(|s| s.to_string())
                                .collect();
                            cycle.push(n.to_string());
                            found.push(cycle);
                        }
                        _ => {}
                    },
                    None => {
                        stack.pop();
                        if let Some(done) = path.pop() {
                            colour.insert(done, 2);
                        }
                    }
                }
            }
        }
        found
    }
}
