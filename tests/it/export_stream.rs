//! Streamed answers (`RuleSet::write_answer`, `write_csv`, `write_ics`) are byte for byte the
//! answers built in memory (`RuleSet::answer`, `csv`, `ics`), which the C ABI and Python return.

use quyche::query::{self, Request, RuleSet};

fn rules() -> RuleSet {
    RuleSet::embedded().unwrap_or_else(|e| panic!("the embedded dataset does not load: {e}"))
}

fn streamed(rules: &RuleSet, req: &str) -> quyche::Result<String> {
    let req = Request::from_json(req)?;
    let mut out = Vec::new();
    rules.write_answer(&req, &mut out)?;
    Ok(String::from_utf8(out).unwrap())
}

#[test]
fn streamed_json_is_the_answer_byte_for_byte() {
    let rules = rules();
    for req in [
        r#"{"query": "deadlines", "year": 2026}"#,
        r#"{"query": "deadlines", "year": 2019, "province": "Trà Vinh", "shift": "next"}"#,
        r#"{"query": "deadlines", "from": "2026-03-01", "to": "2026-03-31", "calendar": "labour"}"#,
        r#"{"query": "deadlines", "year": 2026, "as_of": "2026-11-23", "current_bearers": true}"#,
        r#"{"query": "instruments"}"#,
        r#"{"query": "check", "year": 2026}"#,
    ] {
        let whole = rules.answer_json(req).unwrap();
        assert_eq!(streamed(&rules, req).unwrap(), whole, "{req}");
    }
    // The empty answer is an empty JSON array, written the same way.
    let empty = r#"{"query": "deadlines", "from": "2026-03-01", "to": "2026-03-01", "province": "Điện Biên"}"#;
    assert_eq!(
        streamed(&rules, empty).unwrap(),
        rules.answer_json(empty).unwrap()
    );
}

#[test]
fn streamed_json_reports_the_same_errors() {
    let rules = rules();
    for req in [
        r#"{"query": "deadlines", "year": 2026, "province": "Atlantis"}"#,
        r#"{"query": "deadlines", "year": 2026, "current_bearers": true}"#,
        r#"{"query": "deadlines"}"#,
        r#"{"query": "deadlines", "year": 1990}"#,
    ] {
        let whole = rules.answer_json(req).unwrap_err().to_string();
        let err = streamed(&rules, req).unwrap_err().to_string();
        assert_eq!(err, whole, "{req}");
    }
}

#[test]
fn streamed_csv_and_ics_hold_one_record_per_due_date() {
    let rules = rules();
    let rows = rules
        .deadlines(&query::DeadlineQuery::year(2026).unwrap())
        .unwrap();
    assert!(rows.len() > 10, "{} rows", rows.len());
    let mut csv = Vec::new();
    query::write_csv(&rows, &mut csv).unwrap();
    let csv = String::from_utf8(csv).unwrap();
    assert!(csv.starts_with(&format!("{}\r\n", query::CSV_HEADER)));
    // One CRLF-terminated record per row after the header (no field holds a CRLF).
    assert!(csv.ends_with("\r\n"));
    assert_eq!(csv.split("\r\n").count(), rows.len() + 2);
    let stamp = chrono::NaiveDate::from_ymd_opt(2026, 11, 23)
        .and_then(|d| d.and_hms_opt(9, 30, 0))
        .unwrap();
    let mut ics = Vec::new();
    query::write_ics(&rows, stamp, &mut ics).unwrap();
    let ics = String::from_utf8(ics).unwrap();
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n") && ics.ends_with("END:VCALENDAR\r\n"));
    let dated = rows.iter().filter(|r| r.due.is_some()).count();
    assert_eq!(ics.matches("BEGIN:VEVENT\r\n").count(), dated);
    assert_eq!(ics.matches("DTSTAMP:20261123T093000Z\r\n").count(), dated);
}
