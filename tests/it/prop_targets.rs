//! The fuzz targets as property tests: each target's body (`quyche_test_support::targets`:
//! no panic, and the target's contract: errors of the right kind, unique eIds, answers that
//! are JSON, citations that print and parse back, lunar dates that convert back, working-day
//! steps that land on working days) on inputs from the same grammar the fuzzers use
//! (`quyche_test_support::gen`), so a failure shrinks to a short input here, and a fuzzer's
//! grammar is checked on every `cargo test`. `PROPTEST_CASES=N` overrides the case counts.

use proptest::prelude::*;
use quyche_test_support::fixtures::data_files;
use quyche_test_support::gen::{citation, dataset, dates, request, text};
use quyche_test_support::prop::{config, from_choices};
use quyche_test_support::targets;

fn show(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

proptest! {
    #![proptest_config(config(64))]

    #[test]
    fn import_target(input in from_choices(4096, |c| show(&text::legal_text(c)))) {
        targets::import(input.as_bytes());
    }

    #[test]
    fn citation_target(input in from_choices(64, |c| show(&citation::citation(c)))) {
        targets::citation(input.as_bytes());
    }

    #[test]
    fn dates_target(input in from_choices(256, |c| show(&dates::date_commands(c)))) {
        targets::dates(input.as_bytes());
    }
}

proptest! {
    // Some requests expand a whole year of deadlines: fewer cases in a debug build.
    #![proptest_config(config(24))]

    #[test]
    fn query_target(input in from_choices(512, |c| show(&request::request_json(c)))) {
        targets::query(input.as_bytes());
    }
}

proptest! {
    // Each case loads the whole dataset (seconds in a debug build).
    #![proptest_config(config(2))]

    #[test]
    fn dataset_target(input in from_choices(32, |c| show(&dataset::toml_edit(c, data_files())))) {
        targets::dataset(input.as_bytes());
    }
}

/// The generators read their decisions from bytes: the same bytes give the same input, and
/// no bytes at all still give a valid (empty or smallest) input.
#[test]
fn generators_are_functions_of_their_bytes() {
    use quyche_test_support::choice::Bytes;
    let bytes: Vec<u8> = (0u8..=255).rev().collect();
    let twice = |f: &dyn Fn(&mut Bytes<'_>) -> Vec<u8>| {
        (f(&mut Bytes::new(&bytes)), f(&mut Bytes::new(&bytes)))
    };
    let (a, b) = twice(&|c| text::legal_text(c));
    assert_eq!(a, b);
    assert!(!a.is_empty());
    let (a, b) = twice(&|c| request::request_json(c));
    assert_eq!(a, b);
    // Out of decisions, every choice is the first alternative.
    assert!(text::legal_text(&mut Bytes::new(&[])).is_empty());
    assert_eq!(
        request::request_json(&mut Bytes::new(&[])),
        br#"{"query":"instruments"}"#
    );
}
