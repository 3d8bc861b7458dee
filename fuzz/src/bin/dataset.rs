//! Stable fuzz driver, target `dataset`: the dataset loader, `Dataset::from_files`, with one file of `data/` replaced
//! (the body is `quyche_test_support::targets::dataset`).
fn main() -> std::process::ExitCode {
    quyche_fuzz::main("dataset")
}
