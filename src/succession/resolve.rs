//! Following links to the body that carries a function on a date.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::wording::{self, OutOfJurisdiction};
use super::{Function, Link, LinkKind, Source, StatusKind, Succession};
use crate::text::Bilingual;

/// The most links one resolution follows; longer chains are reported, not followed.
const MAX_STEPS: usize = 32;

/// The answer to "who carries `function` of `agency` on `as_of`?".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Resolution {
    /// The body asked about.
    pub agency: String,
    /// The function asked about.
    pub function: Function,
    /// The date asked about.
    pub as_of: NaiveDate,
    /// The links followed, in order, each with its source. Empty when nothing changed
    /// on or before `as_of`.
    pub steps: Vec<Link>,
    /// The body at the end of the chain, or why there is none.
    pub outcome: Outcome,
    /// The instruments the answer rests on: each link's, then the status record's (or, for a
    /// body that changes only later, the source of that later change).
    #[serde(default)]
    pub sources: Vec<Source>,
    /// What the status record (or the later change) says about the body at the end.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The same in Vietnamese (the data's own words quoted as recorded).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note_vi: Option<String>,
    /// Whether the body at the end is a group named by kind (its status is `collective`).
    #[serde(default)]
    pub collective: bool,
}

/// The end of a resolution.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum Outcome {
    /// This body carries the function on the date.
    Bearer {
        /// Its id.
        id: String,
    },
    /// No body can be named.
    Unknown {
        /// Why, as a machine-readable kind.
        cause: UnknownCause,
        /// Why, as a sentence with the source.
        reason: String,
        /// The same in Vietnamese.
        #[serde(default)]
        reason_vi: String,
        /// The body an unverified chain would reach, shown as a candidate only.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        candidate: Option<String>,
    },
}

/// Why a resolution names no bearer.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UnknownCause {
    /// The body was dissolved and no successor is recorded for the function.
    Dissolved,
    /// The chain passes a link that no source confirms.
    Unverified,
    /// The body's jurisdiction no longer governs on the date and no successor is recorded.
    JurisdictionEnded,
    /// The body's jurisdiction did not yet govern on the date.
    NotYetExisting,
    /// The body was split and no part is recorded as taking the function.
    Ambiguous,
    /// The links loop or run too long.
    Cycle,
    /// The dataset records that the body's 2025 fate is not known (a status `unknown`).
    Undetermined,
    /// Nothing is recorded about the body's 2025 fate: neither a link nor a status.
    NoStatus,
}

impl Resolution {
    /// The id of the body that carries the function, when one is known.
    pub fn bearer(&self) -> Option<&str> {
        match &self.outcome {
            Outcome::Bearer { id } => Some(id),
            Outcome::Unknown { .. } => None,
        }
    }

    /// Whether the answer is the body asked about, reached without any link.
    pub fn is_unchanged(&self) -> bool {
        self.steps.is_empty() && self.bearer() == Some(self.agency.as_str())
    }
}

impl Succession {
    /// The body that carries `function` of `agency_id` on `as_of`, following the links in
    /// force on that day, with each step and its source.
    ///
    /// At each body a partial link (functions transferred, split) that covers the function
    /// wins over a whole-body link (merged, renamed, dissolved); among several, the latest
    /// in force. Links effective after `as_of` are ignored, so a date before the changes
    /// gives the body the text names, with no steps. The chain stops with
    /// [`Outcome::Unknown`] at an unverified link (naming the candidate it would reach), a
    /// dissolution, a split that does not cover the function, a cycle, or a body whose
    /// jurisdiction no longer (or not yet) governs on the date.
    ///
    /// Asking about [`Function::All`] follows only whole-body links.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use quyche::succession::{Function, Outcome, Succession, UnknownCause};
    /// let s = Succession::embedded()?;
    /// let day = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    /// let r = s.resolve("tra-vinh/ubnd-cap-huyen", Function::All, day);
    /// assert!(matches!(r.outcome, Outcome::Unknown { cause: UnknownCause::Dissolved, .. }));
    /// assert_eq!(r.steps.len(), 1);
    /// # Ok::<(), quyche::Error>(())
    /// ```
    pub fn resolve(&self, agency_id: &str, function: Function, as_of: NaiveDate) -> Resolution {
        let mut steps: Vec<Link> = Vec::new();
        let mut current = agency_id.to_string();
        let mut seen: BTreeSet<String> = BTreeSet::new();
        seen.insert(current.clone());
        let mut ending = Ending::default();
        let outcome = loop {
            if steps.len() >= MAX_STEPS {
                break unknown(
                    UnknownCause::Cycle,
                    wording::too_long(MAX_STEPS, agency_id),
                    None,
                );
            }
            let Some(link) = self.next_link(&current, function, as_of) else {
                if let Some(why) = self.split_without(&current, function, as_of) {
                    break why;
                }
                let outcome = self.check_jurisdiction(&current, as_of);
                if matches!(outcome, Outcome::Unknown { .. }) {
                    // The jurisdiction's record is the source of its end (or of its start).
                    let j = self.jurisdiction_of(&current);
                    ending.sources.extend(j.and_then(|j| j.source.clone()));
                    break outcome;
                }
                break self.end_of_chain(&current, as_of, !steps.is_empty(), &mut ending);
            };
            steps.push(link.clone());
            if link.kind == LinkKind::Dissolved {
                break unknown(
                    UnknownCause::Dissolved,
                    wording::dissolved(link, function),
                    None,
                );
            }
            let Some(to) = link.to.clone() else {
                break unknown(UnknownCause::Cycle, wording::no_successor_named(link), None);
            };
            if !link.verified {
                let candidate = self.candidate(&to, function, as_of, &seen);
                break unknown(
                    UnknownCause::Unverified,
                    wording::unconfirmed_link(link),
                    Some(candidate),
                );
            }
            if !seen.insert(to.clone()) {
                break unknown(
                    UnknownCause::Cycle,
                    wording::loop_back(agency_id, &to),
                    None,
                );
            }
            current = to;
        };
        let mut sources: Vec<Source> = steps
            .iter()
            .flat_map(|l| std::iter::once(&l.source).chain(l.also.iter()))
            .cloned()
            .collect();
        sources.extend(ending.sources);
        // Each instrument once (a chain may cite the same one at several steps).
        let mut unique: Vec<Source> = Vec::with_capacity(sources.len());
        for s in sources {
            if !unique.contains(&s) {
                unique.push(s);
            }
        }
        let sources = unique;
        Resolution {
            agency: agency_id.to_string(),
            function,
            as_of,
            steps,
            outcome,
            sources,
            note: ending.note.as_ref().map(|n| n.en.clone()),
            note_vi: ending.note.map(|n| n.vi),
            collective: ending.collective,
        }
    }

    /// The answer at a body that no link in force moves on `as_of`: its status record, else
    /// (when reached by a link, or when a link moves it only later) the body itself, else
    /// unknown: nothing is assumed.
    fn end_of_chain(
        &self,
        id: &str,
        as_of: NaiveDate,
        reached_by_link: bool,
        ending: &mut Ending,
    ) -> Outcome {
        let bearer = || Outcome::Bearer { id: id.to_string() };
        if let Some(st) = self.status(id) {
            ending.sources.extend(st.sources.iter().cloned());
            ending.note = Some(Bilingual {
                en: st.reason.clone(),
                vi: st.reason.clone(),
            });
            if !st.applies_on(as_of) {
                // Before the status speaks, the body is the one the text names.
                ending.note = Some(wording::before_status(
                    st.from,
                    st.status.as_str(),
                    &st.reason,
                ));
                return bearer();
            }
            return match st.status {
                StatusKind::Unchanged if st.verified => bearer(),
                StatusKind::Unchanged => unknown(
                    UnknownCause::Unverified,
                    wording::unchanged_unconfirmed(id, &st.reason),
                    Some(id.to_string()),
                ),
                StatusKind::Collective => {
                    ending.collective = true;
                    bearer()
                }
                StatusKind::Unknown => unknown(
                    UnknownCause::Undetermined,
                    wording::fate_unknown(id, st.from, &st.reason),
                    None,
                ),
            };
        }
        if reached_by_link {
            return bearer();
        }
        // A province or city itself: its record's dates are its status.
        if let Some(j) = self.jurisdiction(id) {
            ending.sources.extend(j.source.iter().cloned());
            return bearer();
        }
        let later = self
            .links
            .iter()
            .filter(|l| l.from == id && l.effective > as_of)
            .min_by_key(|l| l.effective);
        if let Some(l) = later {
            ending.sources.push(l.source.clone());
            ending.note = Some(wording::until_later_link(l));
            return bearer();
        }
        unknown(UnknownCause::NoStatus, wording::no_status(id), None)
    }

    /// The link to follow from `id` for `function` on `as_of`, if any.
    fn next_link(&self, id: &str, function: Function, as_of: NaiveDate) -> Option<&Link> {
        let in_force = || {
            self.links
                .iter()
                .filter(move |l| l.from == id && l.effective <= as_of && l.covers(function))
        };
        let partial = in_force()
            .filter(|l| l.kind.is_partial())
            .max_by_key(|l| l.effective);
        partial.or_else(|| {
            in_force()
                .filter(|l| !l.kind.is_partial())
                .max_by_key(|l| l.effective)
        })
    }

    /// An Unknown outcome when `id` was split on or before `as_of` and no part took `function`.
    fn split_without(&self, id: &str, function: Function, as_of: NaiveDate) -> Option<Outcome> {
        let split = self
            .links
            .iter()
            .filter(|l| l.from == id && l.effective <= as_of && l.kind == LinkKind::SplitInto)
            .max_by_key(|l| l.effective)?;
        Some(unknown(
            UnknownCause::Ambiguous,
            wording::split_without(id, split, function),
            None,
        ))
    }

    /// Bearer `id`, unless its jurisdiction does not govern on `as_of` (for a body) or does
    /// not exist on `as_of` (for a jurisdiction id itself).
    fn check_jurisdiction(&self, id: &str, as_of: NaiveDate) -> Outcome {
        let Some(j) = self.jurisdiction_of(id) else {
            return Outcome::Bearer { id: id.to_string() };
        };
        let is_unit = !id.contains('/');
        let fine = if is_unit {
            j.exists_on(as_of)
        } else {
            j.governs_on(as_of)
        };
        if fine {
            return Outcome::Bearer { id: id.to_string() };
        }
        let (from, until) = if is_unit {
            (j.valid_from, j.valid_until)
        } else {
            (
                j.government_from.or(j.valid_from),
                j.government_until.or(j.valid_until),
            )
        };
        let name = j.full_name();
        let out = OutOfJurisdiction {
            id,
            jurisdiction: &name,
            is_unit,
            cite: j.source.as_ref(),
        };
        match from {
            Some(start) if as_of < start => {
                unknown(UnknownCause::NotYetExisting, out.not_yet(start), None)
            }
            _ => unknown(UnknownCause::JurisdictionEnded, out.ended(until), None),
        }
    }

    /// Where the chain would end from `start` if every link held (for display only).
    fn candidate(
        &self,
        start: &str,
        function: Function,
        as_of: NaiveDate,
        seen: &BTreeSet<String>,
    ) -> String {
        let mut current = start.to_string();
        let mut seen = seen.clone();
        for _ in 0..MAX_STEPS {
            let Some(link) = self.next_link(&current, function, as_of) else {
                break;
            };
            match &link.to {
                Some(to) if link.kind != LinkKind::Dissolved && seen.insert(to.clone()) => {
                    current = to.clone()
                }
                _ => break,
            }
        }
        current
    }
}

/// What the end of a chain adds to a resolution.
#[derive(Default)]
struct Ending {
    sources: Vec<Source>,
    note: Option<Bilingual>,
    collective: bool,
}

fn unknown(cause: UnknownCause, reason: Bilingual, candidate: Option<String>) -> Outcome {
    Outcome::Unknown {
        cause,
        reason: reason.en,
        reason_vi: reason.vi,
        candidate,
    }
}
