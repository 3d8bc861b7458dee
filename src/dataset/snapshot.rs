//! The embedded dataset as a snapshot: the result of loading `data/` with every check (imports,
//! quotes verified against their provisions, ids resolved), stored in a compact binary form
//! (`src/dataset/snapshot.bin`, with its strings in `src/dataset/snapshot.str`) and read back on
//! [`super::Dataset::embedded`].
//!
//! Loading the sources takes tens of milliseconds (importing the texts, parsing the TOML,
//! verifying every quote); reading the snapshot a fraction of one: no text to scan, no escapes,
//! no UTF-8 to check (the compiler checked `snapshot.str` once), each distinct string stored once.
//! The format is in [`wire`], the layout of each type in [`model`]. The snapshot is generated,
//! never edited: the test below rebuilds it from the sources with full verification and fails
//! when the committed files differ by a byte (run `QUYCHE_BLESS=1 cargo test -p quyche --lib
//! snapshot` to rewrite them after changing `data/`, the importer or a model type).

mod model;
mod schedule;
mod wire;

use super::Dataset;
use crate::error::DataProblem;
use model::Get;

/// The committed snapshot of the embedded dataset: its structure and its strings.
static BYTES: &[u8] = include_bytes!("snapshot.bin");
static TEXT: &str = include_str!("snapshot.str");

/// Reads the embedded snapshot.
pub(super) fn embedded() -> crate::Result<Dataset> {
    read(BYTES, TEXT)
}

/// Reads a snapshot written by [`write`].
fn read(bytes: &[u8], text: &str) -> crate::Result<Dataset> {
    decode(bytes, text).map_err(|e| crate::Error::Dataset {
        problems: vec![DataProblem {
            file: "src/dataset/snapshot.bin".into(),
            line: None,
            field: None,
            message: format!("the embedded snapshot does not read: {e}"),
        }],
    })
}

fn decode(bytes: &[u8], text: &str) -> wire::Result<Dataset> {
    let mut r = wire::Reader::new(bytes, text)?;
    let instruments = Get::get(&mut r)?;
    let jurisdictions = Get::get(&mut r)?;
    let agencies: Vec<crate::agency::Agency> = Get::get(&mut r)?;
    let duties = Get::get(&mut r)?;
    let obligations = Get::get(&mut r)?;
    let diagnostics = Get::get(&mut r)?;
    let restored = Get::get(&mut r)?;
    let replaced_by = Get::get(&mut r)?;
    let succession = Get::get(&mut r)?;
    let provincial_bodies = Get::get(&mut r)?;
    let unverified = Get::get(&mut r)?;
    if !r.at_end() {
        return Err(r.error("bytes are left after the dataset"));
    }
    let agency_index = super::load::agency_index(&agencies);
    Ok(Dataset {
        instruments,
        jurisdictions,
        agencies,
        agency_index,
        duties,
        obligations,
        diagnostics,
        restored,
        replaced_by,
        succession,
        provincial_bodies,
        unverified,
    })
}

/// Writes a dataset as a snapshot: (structure, strings), in the order [`decode`] reads.
#[cfg(test)]
fn write(ds: &Dataset) -> (Vec<u8>, String) {
    use model::Put;
    let Dataset {
        instruments,
        jurisdictions,
        agencies,
        agency_index: _,
        duties,
        obligations,
        diagnostics,
        restored,
        replaced_by,
        succession,
        provincial_bodies,
        unverified,
    } = ds;
    let mut w = wire::Writer::default();
    instruments.put(&mut w);
    jurisdictions.put(&mut w);
    agencies.put(&mut w);
    duties.put(&mut w);
    obligations.put(&mut w);
    diagnostics.put(&mut w);
    restored.put(&mut w);
    replaced_by.put(&mut w);
    succession.put(&mut w);
    provincial_bodies.put(&mut w);
    unverified.put(&mut w);
    w.finish()
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
        let (bytes, text) = write(&built);
        if std::env::var_os("QUYCHE_BLESS").is_some() {
            let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/dataset");
            std::fs::write(dir.join("snapshot.bin"), &bytes).expect("writes the snapshot");
            std::fs::write(dir.join("snapshot.str"), &text).expect("writes the snapshot");
            return;
        }
        assert!(
            bytes == BYTES && text == TEXT,
            "src/dataset/snapshot.bin or .str is stale: rebuild them with \
             `QUYCHE_BLESS=1 cargo test -p quyche --lib snapshot` and commit them"
        );
        // And reading it back gives the very same dataset (no field lost on the way).
        assert_eq!(embedded().expect("the snapshot reads"), built);
    }

    #[test]
    fn a_broken_snapshot_is_an_error_not_a_panic() {
        let cut = BYTES.get(..BYTES.len() / 2).unwrap();
        for (bytes, text) in [(cut, TEXT), (BYTES, ""), (&b"QYS\x01"[..], TEXT)] {
            let Err(crate::Error::Dataset { problems }) = read(bytes, text) else {
                panic!("a broken snapshot must be refused as a dataset error");
            };
            assert_eq!(problems.len(), 1);
            assert!(problems[0].message.contains("snapshot"), "{problems:?}");
        }
    }
}
