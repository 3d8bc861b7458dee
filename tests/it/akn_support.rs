//! The texts every Akoma Ntoso test runs over: the five seeds as the dataset holds them (with
//! their corrections), every instrument of the dataset, the seed texts imported plainly, the
//! importer's fixtures, the malformed corpus's inputs that import, and the synthetic code of
//! the importer benchmark.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::{Path, PathBuf};

use quyche::dataset::Dataset;
use quyche::import::{import_bytes, ImportOptions};
use quyche::model::Instrument;

use quyche_test_support::law;

/// One instrument to export, and whether to export it with the dataset.
pub struct Case {
    pub name: String,
    pub instrument: Instrument,
    pub with_dataset: bool,
}

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub const SEEDS: [&str; 5] = [
    "vn/22-2016-tt-btttt",
    "tra-vinh/21-2017-qd-ubnd",
    "quang-ninh/38-2018-qd-ubnd",
    "dien-bien/18-2018-qd-ubnd",
    "soc-trang/du-thao-2019",
];

/// The synthetic code of the importer benchmark (about 700 articles).
pub fn law700() -> Instrument {
    quyche::import::import_text(&law::law(700), &ImportOptions::default())
        .unwrap()
        .instrument
}

fn texts_in(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .collect();
    v.sort();
    v
}

pub fn corpus(ds: &Dataset) -> Vec<Case> {
    let mut out = Vec::new();
    for i in ds.instruments() {
        out.push(Case {
            name: format!("dataset-{}", i.id.replace('/', "-")),
            instrument: i.clone(),
            with_dataset: true,
        });
    }
    let root = root();
    for id in SEEDS {
        let text = std::fs::read(root.join("data/instruments").join(id).join("text.txt")).unwrap();
        let i = import_bytes(&text, &ImportOptions::default()).unwrap();
        out.push(Case {
            name: format!("plain-{}", id.replace('/', "-")),
            instrument: i.instrument,
            with_dataset: false,
        });
    }
    let mut files = texts_in(&root.join("tests/fixtures/import"));
    files.extend(texts_in(&root.join("tests/malformed/inputs")));
    for f in files {
        let bytes = std::fs::read(&f).unwrap();
        if let Ok(i) = import_bytes(&bytes, &ImportOptions::default()) {
            out.push(Case {
                name: format!("corpus-{}", f.file_stem().unwrap().to_string_lossy()),
                instrument: i.instrument,
                with_dataset: false,
            });
        }
    }
    out.push(Case {
        name: "law700".into(),
        instrument: law700(),
        with_dataset: false,
    });
    out
}

/// The export of a case.
pub fn export(c: &Case, ds: &Dataset) -> String {
    quyche::akn::to_akn(&c.instrument, c.with_dataset.then_some(ds))
        .unwrap_or_else(|e| panic!("{}: {e}", c.name))
}

/// Validates documents with `xmllint --schema` against the OASIS schema. Returns `false` (and
/// says so) when xmllint is not installed, except under `CI=true`, where that fails the test.
pub fn validate(docs: &[(String, String)]) -> bool {
    use std::process::Command;
    let available = Command::new("xmllint")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !available {
        let ci = std::env::var("CI").is_ok_and(|v| v == "true");
        assert!(
            !ci,
            "xmllint cannot run, and CI=true: install libxml2-utils (scripts/test-akn does)"
        );
        eprintln!("SKIPPED: xmllint is not installed (scripts/test-akn installs libxml2-utils)");
        return false;
    }
    // One directory a call: the tests that validate run at once in this one process.
    static CALLS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let call = CALLS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("akn-xmllint-{}-{call}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let mut files = Vec::new();
    for (name, xml) in docs {
        let path = dir.join(format!("{name}.xml"));
        std::fs::write(&path, xml).unwrap();
        files.push(path);
    }
    let schema = root().join("tests/data/akn/akomantoso30.xsd");
    let out = Command::new("xmllint")
        .arg("--noout")
        .arg("--schema")
        .arg(&schema)
        .args(&files)
        .output()
        .unwrap();
    let report = String::from_utf8_lossy(&out.stderr);
    let validated = report.lines().filter(|l| l.ends_with(" validates")).count();
    assert!(
        out.status.success() && validated == files.len(),
        "{validated} of {} documents validate:\n{report}",
        files.len()
    );
    let _ = std::fs::remove_dir_all(&dir);
    true
}
