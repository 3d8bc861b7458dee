//! The generators as proptest strategies, and the property tests' shared configuration.

use proptest::prelude::*;

use crate::choice::Bytes;

/// The config of a property test: `default_cases` cases unless `PROPTEST_CASES=N` says
/// otherwise; no failure files written into the tree.
pub fn config(default_cases: u32) -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(default_cases);
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// A generator as a strategy: proptest draws up to `max_bytes` bytes and the generator reads
/// its decisions from them ([`Bytes`]). Shrinking shortens and lowers the bytes, so a failing
/// case shrinks to fewer lines, fields or words, each the first alternative where it can.
pub fn from_choices<T, G>(max_bytes: usize, generate: G) -> impl Strategy<Value = T>
where
    T: std::fmt::Debug,
    G: Fn(&mut Bytes<'_>) -> T,
{
    prop::collection::vec(any::<u8>(), 0..max_bytes)
        .prop_map(move |b| generate(&mut Bytes::new(&b)))
}
