//! Fuzz target: the JSON query entry point, `RuleSet::answer_json`.
use quyche::query::RuleSet;
use quyche_fuzz::{generate, targets, Target};

fn main() -> std::process::ExitCode {
    let rules = match RuleSet::embedded() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("the embedded dataset does not load: {e}");
            return std::process::ExitCode::FAILURE;
        }
    };
    quyche_fuzz::main(&Target {
        name: "query",
        dict: &generate::JSON_DICT,
        max_len: 16 * 1024,
        generate: &generate::request_json,
        exec: &|data| targets::query(data, &rules),
    })
}
