//! Dataset round trips: every record of the embedded dataset survives JSON (the form the query
//! layer, the C ABI and Python hand out) unchanged, and loading does not depend on the order
//! the files are given in. `PROPTEST_CASES=N` overrides the case count.

mod common;

use proptest::prelude::*;
use quyche::dataset::Dataset;
use serde::de::DeserializeOwned;
use serde::Serialize;

fn round_trip<T: Serialize + DeserializeOwned + PartialEq + std::fmt::Debug>(what: &str, v: &T) {
    let json = serde_json::to_string(v).unwrap();
    let back: T = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{what}: {e}\n{json}"));
    assert_eq!(&back, v, "{what} changed in a JSON round trip");
    // And the pretty form the CLI prints.
    let pretty = serde_json::to_string_pretty(v).unwrap();
    assert_eq!(&serde_json::from_str::<T>(&pretty).unwrap(), v, "{what}");
}

/// The embedded dataset, loaded once for both tests (a load takes seconds in a debug build).
fn embedded() -> &'static Dataset {
    static DS: std::sync::OnceLock<Dataset> = std::sync::OnceLock::new();
    DS.get_or_init(common::dataset)
}

#[test]
fn every_record_survives_json() {
    let ds = embedded();
    assert!(ds.instruments().len() >= 5 && !ds.duties().is_empty() && !ds.obligations().is_empty());
    for i in ds.instruments() {
        round_trip(&i.id, i);
        for p in i.provisions() {
            round_trip(&p.eid, p);
        }
    }
    for a in ds.agencies() {
        round_trip(&a.id, a);
    }
    for d in ds.duties() {
        round_trip(&d.id, d);
    }
    for o in ds.obligations() {
        round_trip(&o.id, o);
    }
    for id in ds.instruments().iter().map(|i| i.id.as_str()) {
        for d in ds.diagnostics(id) {
            round_trip(id, d);
        }
    }
}

fn files() -> Vec<(String, Vec<u8>)> {
    let root = common::data_dir();
    let mut out = Vec::new();
    let mut stack = vec![root.clone()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                let rel = p
                    .strip_prefix(&root)
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/");
                out.push((rel, std::fs::read(&p).unwrap()));
            }
        }
    }
    out
}

fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(2);
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config())]

    /// data/'s files in any order load to the embedded dataset (loading a whole dataset is
    /// slow in a debug build, so few cases by default).
    #[test]
    fn file_order_does_not_matter(keys in prop::collection::vec(any::<u32>(), 64)) {
        let mut fs = files();
        // Shuffle by sorting on random keys (cycled over the files).
        let mut keyed: Vec<(u32, (String, Vec<u8>))> = fs
            .drain(..)
            .enumerate()
            .map(|(i, f)| (keys[i % keys.len()].wrapping_mul(i as u32 + 1), f))
            .collect();
        keyed.sort_by_key(|(k, _)| *k);
        let shuffled: Vec<(String, Vec<u8>)> = keyed.into_iter().map(|(_, f)| f).collect();
        let again = Dataset::from_files(&shuffled).unwrap();
        prop_assert!(&again == embedded(), "data/ in another order is not the embedded dataset");
    }
}
