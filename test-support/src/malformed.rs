//! The malformed-input manifest (tests/malformed/expected.toml), shared by the Rust runners
//! (tests/it/malformed_corpus.rs, cli/tests/malformed_cli.rs).

use std::path::{Path, PathBuf};

use serde::Deserialize;

/// The manifest.
#[derive(Debug, Deserialize)]
pub struct Manifest {
    pub case: Vec<Case>,
}

/// One input and its expected outcome.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Case {
    pub name: String,
    pub kind: String,
    pub file: Option<String>,
    pub generate: Option<String>,
    pub overlay: Option<String>,
    pub request: Option<String>,
    pub cli: Option<Vec<String>>,
    pub outcome: String,
    pub error: Option<String>,
    pub message: Option<String>,
    pub cli_message: Option<String>,
    #[serde(default)]
    pub diagnostics: Vec<String>,
    #[serde(default)]
    pub eids: Vec<String>,
    #[serde(default)]
    pub no_errors: bool,
}

/// tests/malformed/.
pub fn dir(repo: &Path) -> PathBuf {
    repo.join("tests").join("malformed")
}

/// Reads and checks the manifest.
pub fn load(repo: &Path) -> Vec<Case> {
    let text = std::fs::read_to_string(dir(repo).join("expected.toml")).unwrap();
    let m: Manifest = toml::from_str(&text).unwrap();
    for c in &m.case {
        assert!(
            matches!(c.kind.as_str(), "import" | "dataset" | "query"),
            "{}: kind {}",
            c.name,
            c.kind
        );
        assert!(matches!(c.outcome.as_str(), "ok" | "error"), "{}", c.name);
        if c.outcome == "error" {
            assert!(c.error.is_some() && c.message.is_some(), "{}", c.name);
        }
    }
    m.case
}

/// The generated inputs too slow for a debug build (about a minute each on 2 shared cores):
/// run when `QUYCHE_MALFORMED_BIG=1` (scripts/test-malformed sets it and builds optimised).
pub const BIG: [&str; 2] = ["line-10mb", "articles-100k"];

/// Whether a case is skipped in this run.
pub fn skipped(c: &Case) -> bool {
    let big = std::env::var("QUYCHE_MALFORMED_BIG").is_ok_and(|v| v == "1");
    !big && c.generate.as_deref().is_some_and(|g| BIG.contains(&g))
}

/// The bytes of an import case: its committed file or its generated input.
pub fn input(repo: &Path, c: &Case) -> Vec<u8> {
    if let Some(f) = &c.file {
        return std::fs::read(dir(repo).join("inputs").join(f)).unwrap();
    }
    match c.generate.as_deref() {
        Some(g) => generate(g),
        None => panic!("{}: no file and no generate", c.name),
    }
}

/// The generated inputs, as the manifest describes them.
pub fn generate(name: &str) -> Vec<u8> {
    match name {
        "line-10mb" => {
            let unit = "một dòng rất dài không có điều khoản ";
            let mut s = String::with_capacity(10 * 1024 * 1024 + unit.len());
            while s.len() < 10 * 1024 * 1024 {
                s.push_str(unit);
            }
            let mut b = s.into_bytes();
            b.truncate(10 * 1024 * 1024);
            // Keep it valid UTF-8: cut back to a character boundary.
            while std::str::from_utf8(&b).is_err() {
                b.pop();
            }
            b
        }
        "articles-100k" => {
            let mut s = String::from("QUYẾT ĐỊNH:\n");
            for n in 1..=100_000 {
                s.push_str(&format!("Điều {n}. Tiêu đề {n}\nNội dung của điều {n}.\n"));
            }
            s.into_bytes()
        }
        "over-limit" => {
            let mut b = b"\xC4\x90i\xE1\xBB\x81u 1. ".to_vec();
            b.resize(quyche::import::MAX_INPUT_BYTES + 1, b'a');
            b
        }
        other => panic!("unknown generated input {other}"),
    }
}

pub use crate::fixtures::read_tree;

/// The dataset files of a dataset case: data/ with the overlay's files laid over.
pub fn dataset_files(repo: &Path, c: &Case) -> Vec<(String, Vec<u8>)> {
    let mut files = read_tree(&repo.join("data"));
    let overlay = dir(repo)
        .join("datasets")
        .join(c.overlay.as_deref().unwrap());
    for (rel, bytes) in read_tree(&overlay) {
        match files.iter_mut().find(|(p, _)| *p == rel) {
            Some(f) => f.1 = bytes,
            None => files.push((rel, bytes)),
        }
    }
    files
}

/// Writes a dataset case's files to a fresh directory (for the CLI's `--data`).
pub fn write_dataset(repo: &Path, c: &Case, to: &Path) {
    let _ = std::fs::remove_dir_all(to);
    for (rel, bytes) in dataset_files(repo, c) {
        let p = to.join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, bytes).unwrap();
    }
}
