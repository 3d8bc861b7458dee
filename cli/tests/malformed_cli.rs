//! The malformed-input corpus (tests/malformed/expected.toml) through the `quyche` binary:
//! `quyche import FILE`, `quyche --data DIR instruments`, and each request's subcommand.
//! An error is exit code 2 with the message on stderr; an import's diagnostics are on stderr
//! as `FILE:LINE: severity: code: message`. The corpus's messages are the library's English
//! ones: the binary runs with `--lang en`.

use quyche_test_support::malformed as manifest;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use manifest::Case;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

fn quyche(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_quyche"))
        .args(["--lang", "en"])
        .args(args)
        .output()
        .unwrap()
}

fn tmp(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("quyche-malformed-cli-{}", std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    d.join(name)
}

fn check(c: &Case, out: &Output) -> Result<(), String> {
    let stderr = String::from_utf8_lossy(&out.stderr);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let code = out.status.code();
    if c.outcome == "error" {
        let msg = c.cli_message.as_deref().or(c.message.as_deref()).unwrap();
        if code != Some(2) {
            return Err(format!("expected exit 2, got {code:?}; stderr: {stderr}"));
        }
        if !stderr.contains(msg) {
            return Err(format!("stderr lacks {msg:?}: {stderr}"));
        }
        return Ok(());
    }
    if code != Some(0) {
        return Err(format!("expected exit 0, got {code:?}; stderr: {stderr}"));
    }
    for d in &c.diagnostics {
        if !stderr.contains(&format!(": {d}: ")) {
            return Err(format!("no {d} diagnostic on stderr: {stderr}"));
        }
    }
    for e in &c.eids {
        if !stdout.contains(&format!("\"{e}\"")) {
            return Err(format!("no provision {e} in the JSON output"));
        }
    }
    if c.no_errors {
        if let Some(l) = stderr
            .lines()
            .find(|l| l.contains(": error: ") || l.starts_with("error: "))
        {
            return Err(format!("an error diagnostic: {l}"));
        }
    }
    Ok(())
}

fn run(c: &Case) -> Result<(), String> {
    let out = match c.kind.as_str() {
        "import" => {
            let path = match &c.file {
                Some(f) => manifest::dir(&repo()).join("inputs").join(f),
                None => {
                    let p = tmp(&c.name);
                    std::fs::write(&p, manifest::input(&repo(), c)).unwrap();
                    p
                }
            };
            let out = quyche(&["--format", "json", "import", path.to_str().unwrap()]);
            if c.file.is_none() {
                let _ = std::fs::remove_file(&path);
            }
            out
        }
        "dataset" => {
            let dir = tmp(&c.name);
            manifest::write_dataset(&repo(), c, &dir);
            let out = quyche(&[
                "--data",
                dir.to_str().unwrap(),
                "--format",
                "json",
                "instruments",
            ]);
            let _ = std::fs::remove_dir_all(&dir);
            out
        }
        "query" => {
            let words = c.cli.clone().ok_or("no cli words")?;
            let mut args = vec!["--format", "json"];
            args.extend(words.iter().map(String::as_str));
            quyche(&args)
        }
        other => return Err(format!("unknown kind {other}")),
    };
    check(c, &out)
}

#[test]
fn malformed_corpus_through_the_cli() {
    let cases = manifest::load(&repo());
    let mut tried = 0usize;
    let mut failures = Vec::new();
    for c in cases.iter().filter(|c| !manifest::skipped(c)) {
        tried += 1;
        if let Err(why) = run(c) {
            failures.push(format!("{}: {why}", c.name));
        }
    }
    println!(
        "malformed/cli: {tried} inputs tried, {} as expected, {} unexpected",
        tried - failures.len(),
        failures.len()
    );
    assert!(tried >= 30);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
