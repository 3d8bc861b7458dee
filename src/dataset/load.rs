//! Assembling a dataset from its files: the files are read (`reading`), cross-checked
//! (`validation`), and only a dataset without a single problem is returned.

use std::collections::{BTreeMap, BTreeSet};

use super::records::{InstrumentMeta, Jurisdiction, ProvincialBody};
use super::Dataset;
use crate::agency::Agency;
use crate::error::DataProblem;
use crate::model::Instrument;
use crate::obligation::{Duty, Obligation};
use crate::{Error, Result};

/// Everything read so far, and every problem found.
#[derive(Default)]
pub(super) struct Builder {
    pub(super) problems: Vec<DataProblem>,
    pub(super) jurisdictions: Vec<Jurisdiction>,
    pub(super) agencies: Vec<(Agency, String, usize)>,
    pub(super) provincial_bodies: Vec<(ProvincialBody, String, usize)>,
    pub(super) instruments: BTreeMap<String, Instrument>,
    pub(super) metas: BTreeMap<String, (InstrumentMeta, String)>,
    /// Every instrument with a readable instrument.toml, loaded or not (so that one failure is
    /// reported once, not again by every record that names it).
    pub(super) declared: BTreeSet<String>,
    pub(super) diagnostics: BTreeMap<String, Vec<crate::import::Diagnostic>>,
    pub(super) duties: Vec<(Duty, String, usize)>,
    pub(super) succession: crate::succession::Succession,
    pub(super) obligations: Vec<(Obligation, String, usize)>,
}

pub(super) fn load(files: &[(String, Vec<u8>)]) -> Result<Dataset> {
    let mut b = Builder::default();
    let mut texts: BTreeMap<&str, &str> = BTreeMap::new();
    for (path, bytes) in files {
        match std::str::from_utf8(bytes) {
            Ok(t) => {
                texts.insert(path.as_str(), t);
            }
            Err(e) => b.problems.push(DataProblem {
                file: path.clone(),
                line: Some(crate::location::line_of(
                    &String::from_utf8_lossy(bytes),
                    e.valid_up_to(),
                )),
                field: None,
                message: format!(
                    "the file is not UTF-8 (invalid byte at offset {})",
                    e.valid_up_to()
                ),
            }),
        }
    }
    for (path, text) in &texts {
        if *path == "jurisdictions.toml" {
            b.read_jurisdictions(path, text);
        } else if path.starts_with("agencies/") && path.ends_with(".toml") {
            b.read_agencies(path, text);
        }
    }
    for (path, text) in &texts {
        if let Some(id) = path
            .strip_prefix("instruments/")
            .and_then(|p| p.strip_suffix("/instrument.toml"))
        {
            b.read_instrument(id, path, text, &texts);
        }
    }
    b.resolve_instrument_refs();
    for (path, text) in &texts {
        if let Some(id) = path
            .strip_prefix("instruments/")
            .and_then(|p| p.strip_suffix("/rules.toml"))
        {
            b.read_rules(id, path, text);
        }
    }
    b.read_succession(&texts);
    b.check_files(&texts);
    b.validate();
    b.finish()
}

impl Builder {
    fn finish(self) -> Result<Dataset> {
        if !self.problems.is_empty() {
            return Err(Error::Dataset {
                problems: self.problems,
            });
        }
        let restored = self
            .metas
            .iter()
            .filter(|(_, (m, _))| !m.restored.is_empty())
            .map(|(id, (m, _))| (id.clone(), m.restored.clone()))
            .collect();
        let replaced_by = self
            .metas
            .iter()
            .filter_map(|(id, (m, _))| m.replaced_by.clone().map(|by| (id.clone(), by)))
            .collect();
        let unverified = self
            .metas
            .iter()
            .filter(|(_, (m, _))| !m.verified)
            .map(|(id, (m, _))| (id.clone(), m.note.clone().unwrap_or_default()))
            .collect();
        let agencies: Vec<Agency> = self.agencies.into_iter().map(|(a, _, _)| a).collect();
        let agency_index = agency_index(&agencies);
        // The succession data keeps the lines of the jurisdictions; the dataset's copy is for
        // look-ups only.
        let jurisdictions = self
            .jurisdictions
            .into_iter()
            .map(|mut j| {
                j.line = None;
                j
            })
            .collect();
        Ok(Dataset {
            // In id order: `Dataset::instrument` searches ids by bisection.
            instruments: self.instruments.into_values().collect(),
            jurisdictions,
            agencies,
            agency_index,
            duties: self.duties.into_iter().map(|(d, _, _)| d).collect(),
            obligations: self.obligations.into_iter().map(|(o, _, _)| o).collect(),
            diagnostics: self.diagnostics,
            restored,
            replaced_by,
            succession: self.succession,
            provincial_bodies: self
                .provincial_bodies
                .into_iter()
                .map(|(p, _, _)| p)
                .collect(),
            unverified,
        })
    }
}

/// Agency id → position in `agencies`.
pub(super) fn agency_index(agencies: &[Agency]) -> BTreeMap<String, usize> {
    // Reversed, so that the first agency of a (refused anyway) duplicate id wins.
    agencies
        .iter()
        .enumerate()
        .rev()
        .map(|(n, a)| (a.id.clone(), n))
        .collect()
}
