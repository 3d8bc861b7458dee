//! Embeds the default dataset: every file under data/ that the dataset loader reads
//! (instruments, agencies, jurisdictions, succession), listed in a generated Rust file.
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".into()));
    let data = root.join("data");
    println!("cargo:rerun-if-changed=data");
    let mut files = Vec::new();
    collect(&data, &data, &mut files);
    files.sort();
    let mut out = String::from("/// The embedded dataset: (path relative to data/, contents).\npub(crate) static FILES: &[(&str, &str)] = &[\n");
    for rel in &files {
        let abs = data.join(rel);
        let _ = writeln!(
            out,
            "    ({rel:?}, include_str!({:?})),",
            abs.display().to_string()
        );
    }
    out.push_str("];\n");
    let dest = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into()))
        .join("embedded_data.rs");
    if let Err(e) = std::fs::write(&dest, out) {
        println!("cargo:warning=cannot write {}: {e}", dest.display());
    }
}

fn collect(base: &Path, dir: &Path, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        println!("cargo:rerun-if-changed={}", path.display());
        if path.is_dir() {
            collect(base, &path, out);
        } else if let Ok(rel) = path.strip_prefix(base) {
            let rel = rel.to_string_lossy().replace('\\', "/");
            if crate_reads(&rel) {
                out.push(rel);
            }
        }
    }
}

/// The files the dataset loader reads; the calendar embeds its own data.
fn crate_reads(rel: &str) -> bool {
    (rel.starts_with("instruments/")
        || rel.starts_with("agencies/")
        || rel.starts_with("succession/")
        || rel == "jurisdictions.toml")
        && (rel.ends_with(".toml") || rel.ends_with(".txt"))
}
