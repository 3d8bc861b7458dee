//! Stable fuzz driver, target `query`: the JSON query entry point, `RuleSet::answer_json`
//! (the body is `quyche_test_support::targets::query`).
fn main() -> std::process::ExitCode {
    quyche_fuzz::main("query")
}
