//! Dataset round trips: every record of the embedded dataset survives JSON (the form the query
//! layer, the C ABI and Python hand out) unchanged, and loading does not depend on the order
//! the files are given in. `PROPTEST_CASES=N` overrides the case count.

use proptest::prelude::*;
use quyche::dataset::Dataset;
use quyche_test_support::fixtures::{data_dir, read_tree};
use quyche_test_support::prop::config;
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
    quyche_test_support::fixtures::dataset()
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

proptest! {
    #![proptest_config(config(2))]

    /// data/'s files in any order load to the embedded dataset (loading a whole dataset is
    /// slow in a debug build, so few cases by default).
    #[test]
    fn file_order_does_not_matter(keys in prop::collection::vec(any::<u32>(), 64)) {
        let mut fs = read_tree(&data_dir());
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
