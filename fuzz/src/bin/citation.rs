//! Stable fuzz driver, target `citation`: the citation parser, `quyche::model::Citation::parse`
//! (the body is `quyche_test_support::targets::citation`).
fn main() -> std::process::ExitCode {
    quyche_fuzz::main("citation")
}
