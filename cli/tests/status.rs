//! `quyche status` end to end: reads the CSV file, prints the table or JSON, lists unusable rows
//! on stderr with their line numbers and exits 2.

use std::process::{Command, Output};

fn quyche(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_quyche"))
        .args(args)
        .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/.."))
        .env_remove("QUYCHE_LANG")
        .output()
        .expect("the quyche binary runs")
}

#[test]
fn the_sample_succeeds_and_its_json_is_the_query_layers() {
    let path = "examples/status/submissions-2026.csv";
    let o = quyche(&[
        "status",
        "--year",
        "2026",
        "--submissions",
        path,
        "--format",
        "json",
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let csv = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../examples/status/submissions-2026.csv"
    ))
    .unwrap();
    let rules = quyche::query::RuleSet::embedded().unwrap();
    let req = serde_json::json!({"query": "status", "year": 2026, "submissions_csv": csv});
    assert_eq!(
        String::from_utf8(o.stdout).unwrap(),
        format!("{}\n", rules.answer_json(&req.to_string()).unwrap())
    );
    // The full-width table: no cell is wrapped, so the phrase is on one line.
    let o = quyche(&[
        "status",
        "--year",
        "2026",
        "--submissions",
        path,
        "--format",
        "wide",
    ]);
    assert!(o.status.success());
    let table = String::from_utf8(o.stdout).unwrap();
    assert!(table.contains("muộn 2 ngày làm việc (4 ngày)"), "{table}");
}

#[test]
fn errors_are_listed_with_lines_and_exit_2() {
    let args = [
        "status",
        "--year",
        "2026",
        "--submissions",
        "examples/status/errors-bad-date.csv",
    ];
    let o = quyche(&args);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    let lines: Vec<&str> = err.lines().collect();
    // The line and field in this run's language; the row's sentence is the library's.
    assert_eq!(
        lines,
        [
            "lỗi: dòng 2, submitted: \"2026-11-31\" is not a date (use YYYY-MM-DD)",
            "lỗi: dòng 3, submitted: \"30/02/2026\" is not a date (use YYYY-MM-DD)",
            "lỗi: dòng 5, submitted: \"next week\" is not a date (use YYYY-MM-DD)",
            "lỗi: dòng 5, obligation: dien-bien/18-2018-qd-ubnd/annual-funding-advice is a duty whose text sets no date: it has no periods or due dates, so submissions to it are not tracked",
        ]
    );
    let o = quyche(&[&["--lang", "en"], &args[..]].concat());
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(
        err.lines().next(),
        Some("error: line 2, submitted: \"2026-11-31\" is not a date (use YYYY-MM-DD)")
    );
}

#[test]
fn a_missing_file_is_an_error() {
    let o = quyche(&["status", "--year", "2026", "--submissions", "no/such.csv"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).starts_with("lỗi: không đọc được no/such.csv"));
}
