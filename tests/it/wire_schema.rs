//! The committed JSON Schemas under `schema/` are what the types give today, and cover every
//! query. After a change to the wire format,
//! `QUYCHE_BLESS=1 cargo test -p quyche --features schema --test it -- wire_schema::` rewrites them.
//! Needs feature `schema` (on in the workspace: the HTTP server turns it on). Real answers are
//! validated against these files in tests/python/test_schema.py.
#![cfg(feature = "schema")]

use std::path::{Path, PathBuf};

use quyche::query::schema;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("schema")
}

/// Compares `text` with the committed file, or writes it when blessing.
fn committed(file: &str, text: &str) -> Option<String> {
    let path = root().join(file);
    if std::env::var_os("QUYCHE_BLESS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, text).unwrap();
        return None;
    }
    match std::fs::read_to_string(&path) {
        Ok(old) if old == text => None,
        Ok(_) => Some(format!("{file} is stale")),
        Err(e) => Some(format!("{file} cannot be read: {e}")),
    }
}

#[test]
fn committed_schemas_are_current() {
    let mut stale: Vec<String> = committed("request.json", &schema::request())
        .into_iter()
        .collect();
    for (query, text) in schema::answers() {
        stale.extend(committed(&format!("answers/{query}.json"), &text));
    }
    assert!(
        stale.is_empty(),
        "{}; run QUYCHE_BLESS=1 cargo test -p quyche --features schema --test it -- wire_schema::",
        stale.join("; ")
    );
}

#[test]
fn no_answer_schema_without_a_query() {
    let names: Vec<&str> = schema::answers().iter().map(|(q, _)| *q).collect();
    for entry in std::fs::read_dir(root().join("answers")).unwrap() {
        let file = entry.unwrap().file_name().into_string().unwrap();
        let query = file.trim_end_matches(".json");
        assert!(
            names.contains(&query),
            "schema/answers/{file} answers no query"
        );
    }
}

/// The queries the request schema accepts are exactly those with an answer schema: read from
/// the `query` constants of the request schema's alternatives.
#[test]
fn every_request_has_an_answer_schema() {
    let request: serde_json::Value = serde_json::from_str(&schema::request()).unwrap();
    let mut accepted: Vec<String> = request["oneOf"]
        .as_array()
        .expect("the request schema is a oneOf, one alternative per query")
        .iter()
        .map(|alt| {
            alt["properties"]["query"]["const"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    let mut answered: Vec<String> = schema::answers()
        .iter()
        .map(|(q, _)| q.to_string())
        .collect();
    accepted.sort();
    answered.sort();
    assert_eq!(accepted, answered);
    assert_eq!(accepted.len(), 18, "one per Request variant");
}
