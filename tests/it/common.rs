//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use quyche::dataset::Dataset;
use quyche::model::{Instrument, Provision, ProvisionKind};

/// The embedded dataset (panics in tests only).
pub fn dataset() -> Dataset {
    match Dataset::embedded() {
        Ok(ds) => ds,
        Err(e) => panic!("the embedded dataset does not load: {e}"),
    }
}

/// The repository's data/ directory.
pub fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data")
}

/// A fresh empty directory under the system's temp dir, its own even when two tests of this
/// one process ask for the same name at once.
pub fn temp_dir(name: &str) -> PathBuf {
    static CALLS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let call = CALLS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir =
        std::env::temp_dir().join(format!("quyche-test-{name}-{}-{call}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Copies a directory tree.
pub fn copy_tree(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// Every node of a kind in a tree.
pub fn count(body: &[Provision], kind: ProvisionKind) -> usize {
    body.iter()
        .flat_map(Provision::walk)
        .filter(|p| p.kind == kind)
        .count()
}

/// The attached regulation's body (the first attachment).
pub fn attached(inst: &Instrument) -> &[Provision] {
    inst.attachments
        .first()
        .map(|a| a.body.as_slice())
        .unwrap_or(&[])
}
