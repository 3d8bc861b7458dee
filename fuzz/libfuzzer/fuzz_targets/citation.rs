//! libFuzzer target `citation`: `quyche_test_support::targets`'s `citation` body, on each input as it
//! is and on the input its grammar builds from the same bytes (`Target::fuzz`).
#![no_main]

use quyche_test_support::targets::{target, Target};

fn this() -> &'static Target {
    target("citation").unwrap_or_else(|| panic!("no target called citation"))
}

libfuzzer_sys::fuzz_target!(|data: &[u8]| this().fuzz(data));
