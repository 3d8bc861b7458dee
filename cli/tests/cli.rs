//! The `quyche` binary end to end: exit statuses, JSON shapes, exports, and the promise that its
//! JSON is byte for byte the query layer's.

use std::process::{Command, Output};

fn quyche(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_quyche"))
        .args(args)
        .env_remove("QUYCHE_LANG")
        .output()
        .expect("the quyche binary runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("UTF-8 output")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn json(args: &[&str]) -> serde_json::Value {
    let mut all = args.to_vec();
    all.extend(["--format", "json"]);
    let o = quyche(&all);
    assert!(o.status.success(), "{args:?}: {}", stderr(&o));
    serde_json::from_str(&stdout(&o)).expect("valid JSON")
}

#[test]
fn cli_json_is_the_query_layers_json() {
    let rules = quyche::query::RuleSet::embedded().unwrap();
    let cases: [(&[&str], &str); 5] = [
        (&["instruments"], r#"{"query":"instruments"}"#),
        (
            &["obligations", "--province", "dien bien"],
            r#"{"query":"obligations","province":"dien bien"}"#,
        ),
        (
            &["duties", "--province", "quang ninh", "--agency", "Sở TT&TT"],
            r#"{"query":"duties","province":"quang ninh","agency":"Sở TT&TT"}"#,
        ),
        (
            &["deadlines", "--year", "2026", "--province", "Trà Vinh"],
            r#"{"query":"deadlines","year":2026,"province":"Trà Vinh"}"#,
        ),
        (
            &["show", "22/2016/TT-BTTTT", "Khoản 9 Điều 9"],
            r#"{"query":"show","id":"22/2016/TT-BTTTT","citation":"Khoản 9 Điều 9"}"#,
        ),
    ];
    for (args, request) in cases {
        let mut all = args.to_vec();
        all.extend(["--format", "json"]);
        let o = quyche(&all);
        assert!(o.status.success(), "{args:?}: {}", stderr(&o));
        assert_eq!(
            stdout(&o),
            format!("{}\n", rules.answer_json(request).unwrap()),
            "{args:?}"
        );
    }
}

#[test]
fn obligations_json_has_the_documented_shape() {
    let v = json(&[
        "obligations",
        "--province",
        "quang ninh",
        "--frequency",
        "annual",
    ]);
    let first = &v.as_array().unwrap()[0];
    for key in [
        "id",
        "instrument_id",
        "province",
        "citation",
        "eid",
        "from",
        "to",
        "what",
        "template",
        "schedule",
        "quote",
    ] {
        assert!(first.get(key).is_some(), "missing {key}");
    }
    // Annual: dated ("trước ngày ... hằng năm") or yearly with no date in the text (`unfixed`).
    for o in v.as_array().unwrap() {
        let s = &o["schedule"];
        assert!(
            s["kind"] == "annual" || (s["kind"] == "unfixed" && s["every"] == "annual"),
            "{s}"
        );
    }
    assert!(first["from"][0].get("id").is_some() && first["from"][0].get("name").is_some());
}

#[test]
fn deadlines_json_has_the_documented_shape() {
    let v = json(&["deadlines", "--year", "2026", "--province", "dien bien"]);
    let rows = v.as_array().unwrap();
    for key in [
        "obligation",
        "instrument",
        "instrument_id",
        "province",
        "citation",
        "eid",
        "from",
        "to",
        "what",
        "recurrence",
        "period_start",
        "period_end",
        "last_day",
        "due",
        "shift",
        "in_force",
        "trace",
    ] {
        assert!(rows[0].get(key).is_some(), "missing {key}");
    }
    let step = &rows[0]["trace"][0];
    for key in ["step", "date", "reason", "source"] {
        assert!(step.get(key).is_some(), "trace step lacks {key}");
    }
    // Undated duties have null dates.
    assert!(rows
        .iter()
        .any(|r| r["due"].is_null() && r["last_day"].is_null()));
}

#[test]
fn lunar_from_solar_json_is_year_month_day_leap() {
    // Tết 1985 in Viet Nam: 21 January (20 February in China).
    let v = json(&["lunar", "from-solar", "1985-01-21"]);
    assert_eq!(
        v,
        serde_json::json!({"year": 1985, "month": 1, "day": 1, "leap": false})
    );
}

#[test]
fn check_exits_1_when_an_error_is_found() {
    assert_eq!(quyche(&["check"]).status.code(), Some(1));
    // Điện Biên's chain (30/11, then 10/12) is in order: no error.
    assert_eq!(
        quyche(&["check", "--province", "Điện Biên"]).status.code(),
        Some(0)
    );
}

#[test]
fn unknown_names_fail_with_close_matches() {
    let o = quyche(&["obligations", "--province", "Quang Nin"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("không tìm thấy tỉnh, thành phố: Quang Nin")
            && stderr(&o).contains("Quảng Ninh"),
        "{}",
        stderr(&o)
    );
    let o = quyche(&[
        "duties",
        "--province",
        "quang ninh",
        "--agency",
        "Sở Ngoại vu tinh",
    ]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn bad_input_files_give_clear_errors_not_panics() {
    let dir = std::env::temp_dir().join(format!("quyche-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let cases: [(&str, &[u8], &str); 4] = [
        ("empty.txt", b"", "trống"),
        ("binary.bin", b"\x00\x01\x02\x00PK\x03\x04", "nhị phân"),
        ("latin1.txt", b"Quy \xe9\xe8 \xe0", "UTF-8"),
        ("utf16.txt", b"\xff\xfeQ\x00u\x00y\x00", "UTF-16"),
    ];
    for (name, bytes, fragment) in cases {
        let path = dir.join(name);
        std::fs::write(&path, bytes).unwrap();
        let o = quyche(&["import", path.to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(2), "{name}");
        let err = stderr(&o);
        assert!(
            err.contains(fragment) && !err.contains("panicked"),
            "{name}: {err}"
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_seed_text_imports_with_diagnostics_on_stderr() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../data/instruments/dien-bien/18-2018-qd-ubnd/text.txt"
    );
    let o = quyche(&["import", path, "--format", "json"]);
    assert!(o.status.success());
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["number"], "18/2018/QĐ-UBND");
    assert!(v["diagnostics"].as_array().is_some_and(|d| !d.is_empty()));
    assert!(stderr(&o).contains("numbering_gap"), "{}", stderr(&o));
}

#[test]
fn ics_export_follows_rfc_5545() {
    let o = quyche(&[
        "deadlines",
        "--year",
        "2026",
        "--province",
        "quang ninh",
        "--format",
        "ics",
    ]);
    assert!(o.status.success());
    let text = stdout(&o);
    assert!(text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"));
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    // Every line ends in CRLF and is at most 75 octets (§3.1).
    for line in text.split("\r\n").filter(|l| !l.is_empty()) {
        assert!(line.len() <= 75 && !line.contains('\n'), "{line:?}");
    }
    let unfolded = text.replace("\r\n ", "");
    let events = unfolded.matches("BEGIN:VEVENT").count();
    assert!(events > 0);
    for prop in [
        "UID:",
        "DTSTAMP:",
        "DTSTART;VALUE=DATE:",
        "DTEND;VALUE=DATE:",
        "SUMMARY:",
    ] {
        assert_eq!(
            unfolded.matches(&format!("\r\n{prop}")).count(),
            events,
            "{prop}"
        );
    }
    // Quảng Ninh's roll-up "trước ngày 15/12" in 2026: last day Monday 14/12.
    assert!(unfolded.contains("DTSTART;VALUE=DATE:20261214"));
}

#[test]
fn csv_export_has_a_header_and_one_row_per_due_date() {
    let o = quyche(&[
        "deadlines",
        "--year",
        "2026",
        "--province",
        "dien bien",
        "--format",
        "csv",
    ]);
    assert!(o.status.success());
    let text = stdout(&o);
    let rows = json(&["deadlines", "--year", "2026", "--province", "dien bien"])
        .as_array()
        .unwrap()
        .len();
    assert!(text.starts_with(quyche::query::CSV_HEADER));
    assert_eq!(
        text.split("\r\n").filter(|l| !l.is_empty()).count(),
        rows + 1
    );
}

#[test]
fn calendar_2026_states_its_working_days_and_sources() {
    let v = json(&["calendar", "2026"]);
    // 261 weekdays less 12 weekday holidays, 24/11 (Ngày Văn hóa Việt Nam) included.
    assert_eq!(v["working_days"], 249);
    assert_eq!(v["status"], "official");
    assert!(v["days"]
        .as_array()
        .unwrap()
        .iter()
        .any(|d| d["date"] == "2026-09-02" && d["source"].as_str().unwrap().contains("Điều 112")));
}

#[test]
fn workdays_arithmetic() {
    // Friday 28/08/2026 + 1 working day: 31/08 is swapped off, 01–02/09 are National Day → Thursday 03/09.
    assert_eq!(
        json(&["workdays", "add", "2026-08-28", "1"])["result"],
        "2026-09-03"
    );
    assert_eq!(
        json(&["workdays", "add", "2026-09-03", "-1"])["result"],
        "2026-08-28"
    );
    let o = quyche(&["workdays", "add", "2026-02-30", "1"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("tháng 2 năm 2026 chỉ có 28 ngày"),
        "{}",
        stderr(&o)
    );
}

/// Dates as officers write them, and the convention of `between` in words (issue 18, item 3).
#[test]
fn dates_are_read_as_people_write_them() {
    // Wednesday 02/09/2026 is National Day; 03/09 a working Thursday.
    for d in ["02/09/2026", "2/9/2026", "2026-09-02"] {
        assert_eq!(json(&["workdays", "is", d])["working"], false, "{d}");
    }
    assert_eq!(
        json(&["workdays", "add", "28/8/2026", "1"])["result"],
        "2026-09-03"
    );
    let o = quyche(&["workdays", "is", "30/02/2026"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("30/02/2026: tháng 2 năm 2026 chỉ có 28 ngày"));
    let o = quyche(&["workdays", "is", "2026.09.02"]);
    assert!(stderr(&o).contains("dd/mm/yyyy") && stderr(&o).contains("yyyy-mm-dd"));
    // 2026 has 249 working days once 24/11 is a holiday (Nghị quyết 28/2026/QH16): the first
    // day counts, the second does not, and the sentence says so.
    let o = quyche(&["workdays", "between", "01/01/2026", "01/01/2027"]);
    assert_eq!(
        stdout(&o).trim(),
        "249 ngày làm việc từ 01/01/2026 đến hết 31/12/2026 (không tính 01/01/2027)"
    );
    let help = stdout(&quyche(&["workdays", "between", "--help"]));
    assert!(
        help.contains("D1 (counted)") && help.contains("D2 (not counted)"),
        "{help}"
    );
}

#[test]
fn compare_html_is_one_self_contained_page() {
    let o = quyche(&["compare", "--format", "html"]);
    assert!(o.status.success());
    let page = stdout(&o);
    assert!(
        page.starts_with("<!DOCTYPE html>")
            && page.contains("<script>")
            && page.contains("</html>")
    );
    assert!(
        !page.contains("src=\"http") && !page.contains("href=\"http"),
        "no external assets"
    );
    for name in ["Trà Vinh", "Quảng Ninh", "Điện Biên", "Sóc Trăng"] {
        assert!(page.contains(name), "{name}");
    }
}

#[test]
fn a_reader_that_stops_early_is_no_crash() {
    use std::io::Read as _;
    use std::process::Stdio;
    // The JSON of every 2026 deadline is larger than a pipe's buffer, so the writer meets the
    // closed pipe after the reader has gone.
    let mut child = Command::new(env!("CARGO_BIN_EXE_quyche"))
        .args(["deadlines", "--year", "2026", "--format", "json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 16];
    child.stdout.take().unwrap().read_exact(&mut first).unwrap();
    // stdout is dropped here: the pipe is closed.
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(out.status.code(), Some(0));
}

/// Errors that teach (issue 18, item 4): an unknown province lists the provinces; a former one
/// misspelt names the unit it became part of (Nghị quyết 202/2025/QH15: Trà Vinh, Vĩnh Long
/// and Bến Tre form Vĩnh Long from 12/06/2025); an ambiguous agency lists its matches with their
/// provinces and says how to choose.
#[test]
fn errors_name_what_exists_and_how_to_choose() {
    let e = stderr(&quyche(&["duties", "--province", "Atlantis"]));
    for p in [
        "Hà Nội",
        "Quảng Ninh",
        "Vĩnh Long",
        "Điện Biên",
        "đơn vị hành chính cũ",
    ] {
        assert!(e.contains(p), "{p}: {e}");
    }
    let e = stderr(&quyche(&["duties", "--province", "Tra Vin"]));
    assert!(e.contains("Trà Vinh → Vĩnh Long từ 12/06/2025"), "{e}");
    let e = stderr(&quyche(&["duties", "--agency", "so tttt"]));
    assert!(
        e.contains("quang-ninh/so-tttt: Quảng Ninh") && e.contains("--province"),
        "{e}"
    );
}

/// Installable (issue 18, item 5): completions for the shells clap knows and a man page, both from
/// the parser's own definitions.
#[test]
fn completions_and_man_page_come_from_the_parser() {
    for shell in ["bash", "zsh", "fish"] {
        let o = quyche(&["completions", shell]);
        assert!(o.status.success(), "{shell}");
        let text = stdout(&o);
        for word in ["deadlines", "workdays", "local-only", "no-trace"] {
            assert!(text.contains(word), "{shell} completions lack {word}");
        }
    }
    let o = quyche(&["completions", "tcsh"]);
    assert_eq!(o.status.code(), Some(2));
    let man = stdout(&quyche(&["man"]));
    assert!(
        man.starts_with(".ie") || man.contains(".TH quyche"),
        "{}",
        &man[..man.len().min(200)]
    );
    assert!(man.contains("deadlines") && man.contains("provinces"));
}
