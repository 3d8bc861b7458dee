//! Fuzz target: the citation parser, `quyche::model::Citation::parse`.
use quyche_fuzz::{generate, targets, Target};

fn main() -> std::process::ExitCode {
    quyche_fuzz::main(&Target {
        name: "citation",
        dict: &generate::CITATION_DICT,
        max_len: 1024,
        generate: &generate::citation,
        exec: &targets::citation,
    })
}
