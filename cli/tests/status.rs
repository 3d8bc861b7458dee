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
    // Vietnamese by default: the line, the column and the row's sentence.
    assert_eq!(
        lines,
        [
            "lỗi: dòng 2, cột submitted: không đọc được ngày gửi “2026-11-31” (ghi theo dạng YYYY-MM-DD hoặc dd/mm/yyyy)",
            "lỗi: dòng 3, cột submitted: không đọc được ngày gửi “30/02/2026” (ghi theo dạng YYYY-MM-DD hoặc dd/mm/yyyy)",
            "lỗi: dòng 5, cột submitted: không đọc được ngày gửi “next week” (ghi theo dạng YYYY-MM-DD hoặc dd/mm/yyyy)",
            "lỗi: dòng 5, cột obligation: dien-bien/18-2018-qd-ubnd/annual-funding-advice là nhiệm vụ mà văn bản không ấn định ngày: không có kỳ hay thời hạn nào, nên việc gửi theo nghĩa vụ này không được theo dõi",
        ]
    );
    // English with --lang en, the library's sentences as they always were.
    let o = quyche(&[&["--lang", "en"], &args[..]].concat());
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(
        lines,
        [
            "error: line 2, submitted: \"2026-11-31\" is not a date (use YYYY-MM-DD or dd/mm/yyyy)",
            "error: line 3, submitted: \"30/02/2026\" is not a date (use YYYY-MM-DD or dd/mm/yyyy)",
            "error: line 5, submitted: \"next week\" is not a date (use YYYY-MM-DD or dd/mm/yyyy)",
            "error: line 5, obligation: dien-bien/18-2018-qd-ubnd/annual-funding-advice is a duty whose text sets no date: it has no periods or due dates, so submissions to it are not tracked",
        ]
    );
}

/// A CSV with a bad period, an unknown obligation and a short row, written for the test.
#[test]
fn row_errors_speak_the_runs_language() {
    let dir = std::env::temp_dir().join(format!("quyche-status-lang-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("bad.csv");
    std::fs::write(
        &path,
        "agency,obligation,period,submitted\n\
         dien-bien/so-tttt,annual-rollup,2026-Q5,2026-12-01\n\
         dien-bien/so-tttt,no-such-duty,2026,2026-12-01\n\
         dien-bien/so-tttt,annual-rollup\n",
    )
    .unwrap();
    let path = path.to_string_lossy().into_owned();
    let args = ["status", "--year", "2026", "--submissions", path.as_str()];
    let forms = "năm (2026), nửa năm (2026-H1), quý (2026-Q3), tháng (2026-03), tuần (2026-W05) hoặc ngày đầu kỳ (2026-07-01)";

    let vi = quyche(&args);
    assert_eq!(vi.status.code(), Some(2));
    let err = String::from_utf8_lossy(&vi.stderr);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(
        lines,
        [
            format!("lỗi: dòng 2, cột period: “2026-Q5” không phải là kỳ hợp lệ: hãy ghi {forms}").as_str(),
            "lỗi: dòng 3, cột obligation: không tìm thấy nghĩa vụ “no-such-duty” trong dien-bien: hãy ghi mã nghĩa vụ (xem `quyche obligations`), mã rút gọn của nghĩa vụ, hoặc trích dẫn điều khoản quy định nghĩa vụ đó",
            "lỗi: dòng 4: dòng này có 2 trường nhưng dòng tiêu đề có 4 cột",
        ]
    );

    let en = quyche(&[
        "--lang",
        "en",
        "status",
        "--year",
        "2026",
        "--submissions",
        path.as_str(),
    ]);
    assert_eq!(en.status.code(), Some(2));
    let err = String::from_utf8_lossy(&en.stderr);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(
        lines,
        [
            "error: line 2, period: \"2026-Q5\" is not a period: use 2026, 2026-H1, 2026-Q3, 2026-03, 2026-W05 or the period's first day 2026-07-01",
            "error: line 3, obligation: no obligation \"no-such-duty\" in dien-bien: give an obligation id (see `quyche obligations`), its local id, or the citation of its provision",
            "error: line 4: the row has 2 fields, the header 4",
        ]
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_missing_file_is_an_error() {
    let o = quyche(&["status", "--year", "2026", "--submissions", "no/such.csv"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).starts_with("lỗi: không đọc được no/such.csv"));
}

/// The table's states, notes and counts are words of the run's language: the sample's
/// undated duties are not applicable because their texts set no date (R4–R6 of
/// docs/dataset.md), said in Vietnamese by default and in English with `--lang en`.
#[test]
fn the_table_speaks_the_runs_language() {
    let args = [
        "status",
        "--year",
        "2026",
        "--submissions",
        "examples/status/submissions-2026.csv",
        "--format",
        "wide",
    ];
    let vi = String::from_utf8(quyche(&args).stdout).unwrap();
    assert!(vi.contains("không áp dụng: nhiệm vụ"), "{vi}");
    assert!(
        vi.contains(" đúng hạn, ") && vi.contains("(tính đến "),
        "{vi}"
    );
    assert!(
        !vi.contains("no dated due date") && !vi.contains("on time"),
        "{vi}"
    );
    let mut english = vec!["--lang", "en"];
    english.extend(args);
    let en = String::from_utf8(quyche(&english).stdout).unwrap();
    assert!(
        en.contains("not applicable: ") && en.contains("no dated due date to check"),
        "{en}"
    );
    assert!(en.contains(" on time, ") && en.contains("(as of "), "{en}");
    assert!(
        !en.contains("không áp dụng") && !en.contains("đúng hạn"),
        "{en}"
    );
}
