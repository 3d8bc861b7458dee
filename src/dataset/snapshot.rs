//! The embedded dataset as a snapshot: the result of loading `data/` with every check (imports,
//! quotes verified against their provisions, ids resolved), stored as JSON in
//! `src/dataset/snapshot.json` and read back on [`super::Dataset::embedded`].
//!
//! Loading the sources takes tens of milliseconds (importing the texts, parsing the TOML,
//! verifying every quote); reading the snapshot takes about one. The snapshot is generated, never
//! edited: the test below rebuilds it from the sources with full verification and fails when the
//! committed file differs (run `QUYCHE_BLESS=1 cargo test -p quyche --lib snapshot` to rewrite
//! it after changing `data/` or the importer).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::records::{Jurisdiction, ProvincialBody, RestoredField};
use super::Dataset;
use crate::agency::Agency;
use crate::error::DataProblem;
use crate::import::Diagnostic;
use crate::model::Instrument;
use crate::obligation::{Duty, Obligation};

/// The committed snapshot of the embedded dataset.
static SNAPSHOT: &str = include_str!("snapshot.json");

/// What a snapshot holds: every field of [`Dataset`] but the derived agency index.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Snapshot {
    instruments: Vec<Instrument>,
    jurisdictions: Vec<Jurisdiction>,
    agencies: Vec<Agency>,
    duties: Vec<Duty>,
    obligations: Vec<Obligation>,
    diagnostics: BTreeMap<String, Vec<Diagnostic>>,
    restored: BTreeMap<String, Vec<RestoredField>>,
    replaced_by: BTreeMap<String, String>,
    succession: crate::succession::Succession,
    /// The source lines of the succession records, which their serde form leaves out.
    succession_lines: Lines,
    provincial_bodies: Vec<ProvincialBody>,
    unverified: BTreeMap<String, String>,
}

/// `line` of every succession link and jurisdiction, in order.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Lines {
    links: Vec<Option<usize>>,
    jurisdictions: Vec<Option<usize>>,
}

/// Reads the embedded snapshot.
pub(super) fn embedded() -> crate::Result<Dataset> {
    from_json(SNAPSHOT)
}

/// Reads a snapshot written by [`to_json`].
fn from_json(json: &str) -> crate::Result<Dataset> {
    let s: Snapshot = serde_json::from_str(json).map_err(|e| crate::Error::Dataset {
        problems: vec![DataProblem {
            file: "src/dataset/snapshot.json".into(),
            line: Some(e.line()),
            field: None,
            message: format!("the embedded snapshot does not read: {e}"),
        }],
    })?;
    let mut succession = s.succession;
    for (link, line) in succession.links.iter_mut().zip(s.succession_lines.links) {
        link.line = line;
    }
    for (j, line) in succession
        .jurisdictions
        .iter_mut()
        .zip(s.succession_lines.jurisdictions)
    {
        j.line = line;
    }
    let agency_index = super::load::agency_index(&s.agencies);
    Ok(Dataset {
        instruments: s.instruments,
        jurisdictions: s.jurisdictions,
        agencies: s.agencies,
        agency_index,
        duties: s.duties,
        obligations: s.obligations,
        diagnostics: s.diagnostics,
        restored: s.restored,
        replaced_by: s.replaced_by,
        succession,
        provincial_bodies: s.provincial_bodies,
        unverified: s.unverified,
    })
}

/// Writes a dataset as a snapshot (compact: whitespace would only slow reading it down).
#[cfg(test)]
fn to_json(ds: &Dataset) -> crate::Result<String> {
    let s = Snapshot {
        instruments: ds.instruments.clone(),
        jurisdictions: ds.jurisdictions.clone(),
        agencies: ds.agencies.clone(),
        duties: ds.duties.clone(),
        obligations: ds.obligations.clone(),
        diagnostics: ds.diagnostics.clone(),
        restored: ds.restored.clone(),
        replaced_by: ds.replaced_by.clone(),
        succession: ds.succession.clone(),
        succession_lines: Lines {
            links: ds.succession.links.iter().map(|l| l.line).collect(),
            jurisdictions: ds.succession.jurisdictions.iter().map(|j| j.line).collect(),
        },
        provincial_bodies: ds.provincial_bodies.clone(),
        unverified: ds.unverified.clone(),
    };
    // One line, no final newline: nothing for a checkout to convert to CRLF.
    serde_json::to_string(&s).map_err(|e| crate::Error::Dataset {
        problems: vec![DataProblem {
            file: "src/dataset/snapshot.json".into(),
            line: None,
            field: None,
            message: e.to_string(),
        }],
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every source file the loader reads, as the build script lists them.
    mod sources {
        include!(concat!(env!("OUT_DIR"), "/embedded_data.rs"));
    }

    fn from_sources() -> Dataset {
        let files: Vec<(String, Vec<u8>)> = sources::FILES
            .iter()
            .map(|(p, t)| ((*p).to_owned(), t.as_bytes().to_vec()))
            .collect();
        Dataset::from_files(&files).expect("the dataset's sources load with every check")
    }

    /// The staleness check: the committed snapshot is exactly what the sources give today.
    #[test]
    fn snapshot_is_the_verified_sources() {
        let built = from_sources();
        let json = to_json(&built).expect("serialises");
        if std::env::var_os("QUYCHE_BLESS").is_some() {
            let path =
                std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/dataset/snapshot.json");
            std::fs::write(&path, &json).expect("writes the snapshot");
            return;
        }
        assert!(
            json == SNAPSHOT,
            "src/dataset/snapshot.json is stale: rebuild it with \
             `QUYCHE_BLESS=1 cargo test -p quyche --lib snapshot` and commit it"
        );
        // And reading it back gives the very same dataset (no field lost by serde).
        assert_eq!(embedded().expect("the snapshot reads"), built);
    }

    #[test]
    fn a_broken_snapshot_is_an_error_not_a_panic() {
        let Err(crate::Error::Dataset { problems }) = from_json("{\"instruments\": 3}") else {
            panic!("a broken snapshot must be refused as a dataset error");
        };
        assert_eq!(problems.len(), 1);
        assert!(problems[0].message.contains("snapshot"), "{problems:?}");
    }
}
