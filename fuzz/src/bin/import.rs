//! Fuzz target: the importer, `quyche::import::import_bytes`.
use quyche_fuzz::{generate, targets, Target};

fn main() -> std::process::ExitCode {
    quyche_fuzz::main(&Target {
        name: "import",
        dict: &generate::TEXT_DICT,
        max_len: 64 * 1024,
        generate: &generate::legal_text,
        exec: &targets::import,
    })
}
