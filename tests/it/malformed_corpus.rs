//! The malformed-input corpus (tests/malformed/expected.toml) through the Rust library:
//! `import_bytes`, `Dataset::from_files`, `answer_json`. Each case's outcome is the one the
//! manifest states; the count of inputs tried is printed and checked.

use quyche_test_support::malformed as manifest;

use std::path::Path;

use manifest::Case;
use quyche::dataset::Dataset;
use quyche::import::{import_bytes, ImportOptions, Severity};
use quyche::query::RuleSet;

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Checks an error against the case; `Err` says what differs.
fn check_error(c: &Case, e: &quyche::Error) -> Result<(), String> {
    let (kind, msg) = (c.error.as_deref().unwrap(), c.message.as_deref().unwrap());
    if c.outcome != "error" {
        return Err(format!("expected ok, got {} error: {e}", e.kind()));
    }
    if e.kind() != kind {
        return Err(format!("expected a {kind} error, got {}: {e}", e.kind()));
    }
    if !e.to_string().contains(msg) {
        return Err(format!("the message lacks {msg:?}: {e}"));
    }
    Ok(())
}

fn run(c: &Case, rules: &RuleSet) -> Result<(), String> {
    match c.kind.as_str() {
        "import" => match import_bytes(&manifest::input(repo(), c), &ImportOptions::default()) {
            Err(e) => check_error(c, &e),
            Ok(_) if c.outcome == "error" => Err("expected an error, got ok".into()),
            Ok(im) => {
                for code in &c.diagnostics {
                    if !im.diagnostics.iter().any(|d| &d.code == code) {
                        let got: Vec<&str> =
                            im.diagnostics.iter().map(|d| d.code.as_str()).collect();
                        return Err(format!("no {code} diagnostic; got {got:?}"));
                    }
                }
                for eid in &c.eids {
                    if im.instrument.find_eid(eid).is_none() {
                        return Err(format!("no provision {eid}"));
                    }
                }
                if c.no_errors {
                    if let Some(d) = im
                        .diagnostics
                        .iter()
                        .find(|d| d.severity == Severity::Error)
                    {
                        return Err(format!("an error diagnostic: {d:?}"));
                    }
                }
                Ok(())
            }
        },
        "dataset" => match Dataset::from_files(&manifest::dataset_files(repo(), c)) {
            Err(e) => check_error(c, &e),
            Ok(_) if c.outcome == "error" => Err("expected an error, got ok".into()),
            Ok(_) => Ok(()),
        },
        "query" => match rules.answer_json(c.request.as_deref().unwrap()) {
            Err(e) => check_error(c, &e),
            Ok(_) if c.outcome == "error" => Err("expected an error, got ok".into()),
            Ok(_) => Ok(()),
        },
        other => Err(format!("unknown kind {other}")),
    }
}

#[test]
fn malformed_corpus_through_the_library() {
    let cases = manifest::load(repo());
    assert!(cases.len() >= 30, "the corpus has {} cases", cases.len());
    let rules = RuleSet::embedded().unwrap();
    let mut failures = Vec::new();
    let only = std::env::var("MALFORMED_ONLY").ok();
    let mut tried = 0usize;
    for c in &cases {
        if manifest::skipped(c) || only.as_deref().is_some_and(|o| !c.name.contains(o)) {
            continue;
        }
        tried += 1;
        if let Err(why) = run(c, &rules) {
            failures.push(format!("{}: {why}", c.name));
        }
    }
    println!(
        "malformed/rust: {tried} inputs tried, {} as expected, {} unexpected",
        tried - failures.len(),
        failures.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Every committed input is named by a case, and every case's file exists.
#[test]
fn manifest_covers_the_inputs() {
    let cases = manifest::load(repo());
    let named: Vec<&str> = cases.iter().filter_map(|c| c.file.as_deref()).collect();
    for e in std::fs::read_dir(manifest::dir(repo()).join("inputs")).unwrap() {
        let name = e.unwrap().file_name().to_string_lossy().into_owned();
        assert!(named.contains(&name.as_str()), "{name} has no case");
    }
    let mut names: Vec<&str> = cases.iter().map(|c| c.name.as_str()).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), cases.len(), "case names are unique");
}
