//! `examples/typed_api.rs`, the program of issue 16 written against the typed API, compiles
//! against the core crate and prints the counts: checked here against the JSON edge and the
//! dataset's own files.

use std::process::Command;

use quyche::query::RuleSet;

/// Builds the example (cargo builds examples for `cargo test`, but not for `--test typed_api`
/// alone) and runs it.
fn run_example() -> String {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let out = Command::new(cargo)
        .args(["run", "--quiet", "-p", "quyche", "--example", "typed_api"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo runs");
    assert!(
        out.status.success(),
        "the example failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

/// The length of a JSON array answer.
fn count(rules: &RuleSet, request: &str) -> usize {
    let v: serde_json::Value = serde_json::from_str(&rules.answer_json(request).unwrap()).unwrap();
    v.as_array().expect("a list").len()
}

#[test]
fn the_issue_program_compiles_runs_and_prints_the_counts() {
    let printed = run_example();
    let words: Vec<&str> = printed.split_whitespace().collect();
    let rules = RuleSet::embedded().unwrap();
    let deadlines =
        r#"{"query": "deadlines", "year": 2026, "province": "quang ninh", "shift": "next"}"#;
    let json: serde_json::Value =
        serde_json::from_str(&rules.answer_json(deadlines).unwrap()).unwrap();
    let first = json
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|r| r["due"].as_str())
        .min()
        .expect("a dated row");
    // Điện Biên's obligations, counted in its dataset files rather than by the query code.
    let dien_bien: usize = std::fs::read_dir(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/data/instruments/dien-bien"
    ))
    .unwrap()
    .filter_map(|e| std::fs::read_to_string(e.unwrap().path().join("rules.toml")).ok())
    .map(|t| t.lines().filter(|l| l.trim() == "[[obligation]]").count())
    .sum();
    assert!(dien_bien > 0);
    // The province's answer adds the national obligations that bind it, each marked `national`:
    // the unmarked rows are the ones its files record.
    let db: serde_json::Value = serde_json::from_str(
        &rules
            .answer_json(r#"{"query": "obligations", "province": "Điện Biên"}"#)
            .unwrap(),
    )
    .unwrap();
    let db = db.as_array().unwrap();
    let own = db.iter().filter(|r| r.get("national").is_none()).count();
    assert_eq!(own, dien_bien);
    assert!(
        db.len() > own,
        "the Circular's obligations bind Điện Biên too"
    );
    let dien_bien = db.len();
    let duties = r#"{"query": "duties", "province": "Quảng Ninh", "agency": "Sở TT&TT"}"#;
    let expected = format!(
        "{} Some({first}) {} {dien_bien} Previous",
        json.as_array().unwrap().len(),
        count(&rules, duties),
    );
    assert_eq!(words.join(" "), expected, "printed: {printed}");
}

/// `trace: false` (issue 17, item 6): the same due dates, without the steps, in a smaller answer;
/// the JSON field reads the same way.
#[test]
fn an_answer_without_traces_has_the_same_due_dates() {
    let rules = RuleSet::embedded().unwrap();
    let q = quyche::query::DeadlineQuery::year(2026)
        .unwrap()
        .province("Quảng Ninh");
    let traced = rules.deadlines(&q).unwrap();
    let bare = rules.deadlines(&q.clone().trace(false)).unwrap();
    assert_eq!(traced.len(), bare.len());
    assert!(traced.iter().any(|d| !d.trace.is_empty()));
    for (t, b) in traced.iter().zip(&bare) {
        assert!(b.trace.is_empty());
        assert_eq!(
            (&t.obligation, t.due, t.last_day, t.calendar_status),
            (&b.obligation, b.due, b.last_day, b.calendar_status)
        );
    }
    let json = |trace: &str| {
        rules
            .answer_json(&format!(
                r#"{{"query": "deadlines", "year": 2026, "province": "Quảng Ninh"{trace}}}"#
            ))
            .unwrap()
    };
    let (full, compact) = (json(""), json(r#", "trace": false"#));
    // The steps are over a third of a province's answer.
    assert!(
        compact.len() * 3 < full.len() * 2,
        "{} vs {}",
        compact.len(),
        full.len()
    );
}
