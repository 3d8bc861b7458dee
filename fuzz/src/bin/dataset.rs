//! Fuzz target: the dataset loader, `Dataset::from_files`, with one TOML file mutated.
use quyche_fuzz::{generate, targets, Target};

fn main() -> std::process::ExitCode {
    let base = targets::read_tree(&quyche_fuzz::repo_dir().join("data"));
    quyche_fuzz::main(&Target {
        name: "dataset",
        dict: &generate::TOML_DICT,
        max_len: 256 * 1024,
        generate: &|rng| generate::toml_edit(rng, &base),
        exec: &|data| targets::dataset(data, &base),
    })
}
