//! What quyche's property tests (`tests/prop_*.rs`), fuzz targets (`fuzz/`: the stable driver
//! and the libFuzzer harness in `fuzz/libfuzzer/`) and fuzz regression tests
//! (`tests/it/fuzz_regressions.rs`) share:
//!
//! - [`choice`]: the source of random decisions the generators draw from: a seeded generator
//!   ([`choice::Rng`]) for the stable fuzz driver, or a byte string ([`choice::Bytes`]) that a
//!   fuzzer mutates or proptest shrinks;
//! - [`gen`]: structure-aware generators, one a kind of input (legal texts, JSON requests,
//!   citations, date commands, dataset edits), with each target's dictionary;
//! - [`targets`]: the fuzz target bodies, each taking raw bytes and panicking when quyche panics
//!   or breaks a documented contract;
//! - [`fixtures`]: the repository's paths and the data the targets load once;
//! - `prop` (feature `proptest`): a generator as a proptest strategy, and the shared config;
//! - [`synthetic`], [`law`]: synthetic provinces and a synthetic 700-article law (test data,
//!   not law) for the scale test and the benchmarks; [`oneshot`]: the benchmarks' one-shot figures;
//! - [`malformed`]: the malformed-input corpus's manifest, for the Rust and CLI runners.
//!
//! Test code: it panics freely.

pub mod choice;
pub mod fixtures;
pub mod gen;
pub mod law;
pub mod malformed;
pub mod oneshot;
#[cfg(feature = "proptest")]
pub mod prop;
pub mod synthetic;
pub mod targets;
