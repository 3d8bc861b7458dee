//! libFuzzer target `dates`: `quyche_test_support::targets`'s `dates` body, on each input as it
//! is and on the input its grammar builds from the same bytes (`Target::fuzz`).
#![no_main]

use quyche_test_support::targets::{target, Target};

fn this() -> &'static Target {
    target("dates").unwrap_or_else(|| panic!("no target called dates"))
}

libfuzzer_sys::fuzz_target!(|data: &[u8]| this().fuzz(data));
