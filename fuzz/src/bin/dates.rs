//! Fuzz target: dates as the CLI's `lunar` and `workdays` take them, and
//! `quyche::calendar::lunar::to_solar` with arbitrary fields.
use quyche_fuzz::{generate, targets, Target};

fn main() -> std::process::ExitCode {
    let cals = targets::Calendars::new();
    quyche_fuzz::main(&Target {
        name: "dates",
        dict: &generate::DATE_DICT,
        max_len: 4096,
        generate: &generate::date_commands,
        exec: &|data| targets::dates(data, &cals),
    })
}
