//! Stable fuzz driver, target `import`: the importer, `quyche::import::import_bytes`
//! (the body is `quyche_test_support::targets::import`).
fn main() -> std::process::ExitCode {
    quyche_fuzz::main("import")
}
