//! The dataset: instruments with their trees, agencies, duties and obligations, validated as a
//! whole. The default dataset is embedded in the library; the same format loads from a directory.
//!
//! Loading is all-or-nothing: a dataset with any problem is refused with every problem listed
//! (file, line, field), and nothing half-loaded is returned. The format is described in
//! `docs/dataset.md`.

mod as_of;
mod fs;
mod load;
mod lookup;
pub use lookup::find_provision;
mod province;
mod reading;
mod records;
mod refs;
mod snapshot;
mod validation;

use std::collections::BTreeMap;

use crate::agency::Agency;
use crate::import::Diagnostic;
use crate::model::Instrument;
use crate::obligation::{Duty, Obligation};

pub use as_of::StatusOn;
pub use province::{Bound, LocalBody, LocalRegulation, NationalBasis, RegulationState};
pub use records::{Jurisdiction, ProvincialBody, RestoredField};

/// The largest dataset file read from disk, in bytes.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// A validated dataset.
#[derive(Debug, Clone, PartialEq)]
pub struct Dataset {
    instruments: Vec<Instrument>,
    jurisdictions: Vec<Jurisdiction>,
    agencies: Vec<Agency>,
    /// Agency id → position in `agencies` (the first one with that id).
    agency_index: BTreeMap<String, usize>,
    duties: Vec<Duty>,
    obligations: Vec<Obligation>,
    diagnostics: BTreeMap<String, Vec<Diagnostic>>,
    restored: BTreeMap<String, Vec<RestoredField>>,
    replaced_by: BTreeMap<String, String>,
    succession: crate::succession::Succession,
    /// The bodies every province has, for the national groups that name them by kind.
    provincial_bodies: Vec<ProvincialBody>,
    /// Instrument id → what is known, for instruments recorded with `verified = false`.
    unverified: BTreeMap<String, String>,
}

impl Dataset {
    /// The default dataset embedded in the library: the five seed instruments, the instruments they
    /// cite or replace, their agencies, duties and obligations.
    ///
    /// It is read from a snapshot of `data/` taken with every check of [`Dataset::from_dir`]
    /// (a test rebuilds it from the sources and fails if it is stale), so it loads in about a
    /// millisecond instead of re-importing the texts.
    ///
    /// # Errors
    /// [`crate::Error::Dataset`] only if the embedded data is broken (a test guards against it).
    ///
    /// # Example
    /// ```
    /// let ds = quyche::dataset::Dataset::embedded()?;
    /// assert!(ds.instrument("22/2016/TT-BTTTT").is_ok());
    /// # Ok::<(), quyche::Error>(())
    /// ```
    pub fn embedded() -> crate::Result<Self> {
        snapshot::embedded()
    }

    /// Loads a dataset directory laid out like the project's `data/`.
    ///
    /// # Errors
    /// [`crate::Error::Io`] when the directory cannot be read; [`crate::Error::Dataset`] with every
    /// problem found (unreadable or oversized files, invalid TOML, unknown ids, quotes not found in
    /// their provision, ...).
    pub fn from_dir(dir: impl AsRef<std::path::Path>) -> crate::Result<Self> {
        let files = fs::read_dir(dir.as_ref())?;
        Self::from_files(&files)
    }

    /// Loads a dataset from (path relative to the dataset root, contents) pairs; no I/O.
    ///
    /// # Errors
    /// [`crate::Error::Dataset`] with every problem found.
    pub fn from_files(files: &[(String, Vec<u8>)]) -> crate::Result<Self> {
        load::load(files)
    }

    /// Every instrument, in id order (lookups by id rely on this order).
    pub fn instruments(&self) -> &[Instrument] {
        &self.instruments
    }

    /// Every jurisdiction.
    pub fn jurisdictions(&self) -> &[Jurisdiction] {
        &self.jurisdictions
    }

    /// Every agency and group.
    pub fn agencies(&self) -> &[Agency] {
        &self.agencies
    }

    /// Every duty.
    pub fn duties(&self) -> &[Duty] {
        &self.duties
    }

    /// Every reporting obligation.
    pub fn obligations(&self) -> &[Obligation] {
        &self.obligations
    }

    /// What the importer reported for an instrument's text (empty for instruments without text).
    pub fn diagnostics(&self, instrument_id: &str) -> &[Diagnostic] {
        self.diagnostics
            .get(instrument_id)
            .map_or(&[], Vec::as_slice)
    }

    /// The metadata fields we supplied for an instrument because its text lacks them.
    pub fn restored_fields(&self, instrument_id: &str) -> &[RestoredField] {
        self.restored.get(instrument_id).map_or(&[], Vec::as_slice)
    }

    /// The dated links of the 2025 reorganisation (mergers, transfers of functions, dissolutions).
    pub fn succession(&self) -> &crate::succession::Succession {
        &self.succession
    }

    /// The id of the instrument that replaces this one, where the dataset records it.
    pub fn replaced_by(&self, instrument_id: &str) -> Option<&str> {
        self.replaced_by.get(instrument_id).map(String::as_str)
    }

    /// For an instrument recorded with `verified = false` (known only from public sources, its
    /// number, dates or status not confirmed), what is known and from where.
    pub fn unverified(&self, instrument_id: &str) -> Option<&str> {
        self.unverified.get(instrument_id).map(String::as_str)
    }

    /// The bodies every province and centrally-run city has, for the national groups that name
    /// them by kind (`vn/ubnd-cap-tinh` → each province's Ủy ban nhân dân).
    pub fn provincial_bodies(&self) -> &[ProvincialBody] {
        &self.provincial_bodies
    }
}
