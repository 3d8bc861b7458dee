//! Stable fuzz driver, target `dates`: dates as the CLI's `lunar` and `workdays` take them, and `lunar::to_solar` with any fields
//! (the body is `quyche_test_support::targets::dates`).
fn main() -> std::process::ExitCode {
    quyche_fuzz::main("dates")
}
