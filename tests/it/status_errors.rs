//! `quyche status` never skips a row in silence: every unusable row of a submissions CSV is an
//! error naming its line (and column), and the usable rows still count.

use crate::common;

use quyche::calendar::{CalendarKind, WorkingCalendar};
use quyche::status::{status, State, StatusOptions, StatusReport};

fn run_opts(csv: &str, opts: &StatusOptions<'_>) -> StatusReport {
    let ds = common::dataset();
    let cal = WorkingCalendar::vietnam(CalendarKind::Civil).unwrap();
    status(&ds, &cal, csv, opts).unwrap()
}

fn run(csv: &str) -> StatusReport {
    run_opts(csv, &StatusOptions::year(2026))
}

fn example(name: &str) -> String {
    std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("examples/status")
            .join(name),
    )
    .unwrap()
}

/// Asserts the errors are exactly these (line, field, words the message must hold).
fn assert_errors(r: &StatusReport, expected: &[(usize, Option<&str>, &str)]) {
    let got: Vec<(usize, Option<&str>)> = r
        .errors
        .iter()
        .map(|e| (e.line, e.field.as_deref()))
        .collect();
    let want: Vec<(usize, Option<&str>)> = expected.iter().map(|(l, f, _)| (*l, *f)).collect();
    assert_eq!(got, want, "{:#?}", r.errors);
    for (e, (_, _, words)) in r.errors.iter().zip(expected) {
        assert!(e.message.contains(words), "{:?} lacks {words:?}", e.message);
    }
}

#[test]
fn bad_dates() {
    let r = run(&example("errors-bad-date.csv"));
    assert_errors(
        &r,
        &[
            (2, Some("submitted"), "\"2026-11-31\" is not a date"),
            (3, Some("submitted"), "\"30/02/2026\" is not a date"),
            (5, Some("submitted"), "\"next week\" is not a date"),
            // Điều 14 of Điện Biên's Quy định: "hằng năm tham mưu ..." names no day (reading rule R4).
            (5, Some("obligation"), "a duty whose text sets no date"),
        ],
    );
    assert_eq!(r.rows, 4);
    // Line 4 is fine and counts.
    let e = r.entries.iter().find(|e| e.line == Some(4)).unwrap();
    assert_eq!(
        (e.agency.id.as_str(), e.status),
        ("dien-bien/cac-so-ban-nganh", State::OnTime)
    );
}

#[test]
fn unknown_agency_and_agency_that_does_not_owe() {
    let r = run(&example("errors-unknown-agency.csv"));
    assert_errors(
        &r,
        &[
            (
                2,
                Some("agency"),
                "agency not found: Sở Hàng hải tỉnh Điện Biên",
            ),
            // Điện Biên's "các sở, ban, ngành" has no roster: its members cannot be told apart.
            (
                4,
                Some("agency"),
                "does not owe dien-bien/18-2018-qd-ubnd/annual-report-to-so-tttt",
            ),
        ],
    );
    assert!(r.errors[1].message.contains("dien-bien/cac-so-ban-nganh"));
    // Line 3 counts: the roll-up due Wednesday 09/12, sent on 01/12.
    let e = r.entries.iter().find(|e| e.line == Some(3)).unwrap();
    assert_eq!(e.status, State::OnTime);
}

#[test]
fn duplicate_rows_even_under_other_names() {
    let r = run(&example("errors-duplicate.csv"));
    assert_errors(
        &r,
        &[
            (3, None, "duplicate: line 2 already records"),
            (4, None, "duplicate: line 2 already records"),
        ],
    );
    let e = r.entries.iter().find(|e| e.line == Some(2)).unwrap();
    // "trước ngày 15/12": due Monday 14/12; Thursday 10/12 is on time.
    assert_eq!(e.status, State::OnTime);
}

#[test]
fn obligations_that_do_not_exist_or_do_not_fit() {
    let r = run(&example("errors-unknown-obligation.csv"));
    assert_errors(
        &r,
        &[
            (2, Some("obligation"), "no obligation \"dien-bien/18-2018-qd-ubnd/monthly-report\""),
            (3, Some("obligation"), "no obligation \"Khoản 9 Điều 18 18/2018/QĐ-UBND\""),
            (4, Some("obligation"), "instrument not found: 99/2099/QĐ-UBND"),
            (5, Some("period"), "\"2026-Q3\" is a quarterly period but dien-bien/18-2018-qd-ubnd/annual-rollup recurs annual"),
            (6, Some("obligation"), "is due on request"),
        ],
    );
    assert!(r.entries.iter().all(|e| e.line.is_none()));
}

#[test]
fn structural_problems() {
    // No submitted column.
    let r = run("agency,obligation,period\nx,y,2026\n");
    assert_errors(&r, &[(1, Some("submitted"), "no submitted column")]);
    // Empty text.
    let r = run("");
    assert_errors(&r, &[(1, None, "empty")]);
    // A row with too few fields, then an unclosed quote on line 4.
    let r = run("agency,obligation,period,submitted\na,b,c\ndien-bien/so-tttt,annual-rollup,2026,2026-12-01\n\"open,b,c,d\n");
    assert_errors(&r, &[(4, None, "never closed")]);
    let r = run("agency,obligation,period,submitted\na,b,c\ndien-bien/so-tttt,annual-rollup,2026,2026-12-01\n");
    assert_errors(&r, &[(2, None, "3 fields, the header 4")]);
    // Columns in another order, Vietnamese names, an extra column, CRLF.
    let r = run("Ngày gửi,Ghi chú,Cơ quan,Kỳ,Nghĩa vụ\r\n2026-12-01,x,dien-bien/so-tttt,2026,annual-rollup\r\n");
    assert_errors(&r, &[]);
    assert_eq!(r.entries.iter().filter(|e| e.line == Some(2)).count(), 1);
}

#[test]
fn periods_and_as_of() {
    let head = "agency,obligation,period,submitted\n";
    // A period whose due date is not in the year; a bare day that starts no period.
    let r = run(&format!(
        "{head}dien-bien/so-tttt,annual-rollup,2025,2025-12-09\n\
         quang-ninh/ubnd-tinh,ob-monthly-press-conference,2026-03-15,2026-03-20\n\
         quang-ninh/ubnd-tinh,ob-monthly-press-conference,2026-04-31,2026-03-20\n"
    ));
    assert_errors(
        &r,
        &[
            (2, Some("period"), "has no annual period 2025 due in 2026"),
            (
                3,
                Some("period"),
                "its periods due in 2026 are 2026-01 to 2026-12",
            ),
            (4, Some("period"), "is not a period"),
        ],
    );
    // A submission after the as-of day is not known yet on that day.
    let opts = StatusOptions {
        as_of: chrono::NaiveDate::from_ymd_opt(2026, 11, 30),
        ..StatusOptions::year(2026)
    };
    let r = run_opts(
        &format!("{head}dien-bien/so-tttt,annual-rollup,2026,2026-12-01\n"),
        &opts,
    );
    assert_errors(
        &r,
        &[(2, Some("submitted"), "after the as-of day 2026-11-30")],
    );
}

#[test]
fn ambiguity_is_an_error() {
    let head = "agency,obligation,period,submitted\n";
    // "Sở TT&TT" fits every province's Sở when no province is given.
    let r = run(&format!("{head}Sở TT&TT,Khoản 2 Điều 18,2026,2026-12-01\n"));
    assert_errors(&r, &[(2, Some("agency"), "--province")]);
    // With the province it is Điện Biên's Sở, and "Khoản 2 Điều 18" with an annual period is its
    // annual roll-up (not its ad hoc reports, under the same clause).
    let opts = StatusOptions {
        province: Some("dien bien"),
        ..StatusOptions::year(2026)
    };
    let r = run_opts(
        &format!("{head}Sở TT&TT,Khoản 2 Điều 18,2026,2026-12-01\n"),
        &opts,
    );
    assert_errors(&r, &[]);
    let e = r.entries.iter().find(|e| e.line == Some(2)).unwrap();
    assert_eq!(e.obligation, "dien-bien/18-2018-qd-ubnd/annual-rollup");
    // Trà Vinh's Khoản 2 Điều 20 holds a half-yearly and an annual report of the departments;
    // 01/01/2026 starts both the first half and the year.
    let r = run(&format!(
        "{head}tra-vinh/cac-so-ban-nganh,Khoản 2 Điều 20 21/2017/QĐ-UBND,2026-01-01,2026-06-10\n"
    ));
    assert_errors(&r, &[(2, Some("obligation"), "is ambiguous")]);
    // The label settles it.
    let r = run(&format!(
        "{head}tra-vinh/cac-so-ban-nganh,Khoản 2 Điều 20 21/2017/QĐ-UBND,2026-H1,2026-06-10\n"
    ));
    assert_errors(&r, &[]);
    // Quảng Ninh's Điểm b khoản 3 Điều 11 is one duty with alternatives (the weekly conference or
    // the monthly briefing): no period can be named, so no submission is tracked.
    let r = run(&format!(
        "{head}quang-ninh/ubnd-tinh,Điểm b khoản 3 Điều 11 38/2018/QĐ-UBND,2026-06,2026-06-02\n"
    ));
    assert_errors(&r, &[(2, Some("obligation"), "alternatives")]);
}

#[test]
fn oversized_csv_is_refused() {
    let ds = common::dataset();
    let cal = WorkingCalendar::vietnam(CalendarKind::Civil).unwrap();
    let big = "x".repeat(quyche::status::MAX_CSV_BYTES + 1);
    let e = status(&ds, &cal, &big, &StatusOptions::year(2026)).unwrap_err();
    assert_eq!(e.kind(), "input");
}

/// Quảng Ninh's Sở TT&TT merged into the Sở KH&CN on 01/03/2025, but its foreign information
/// went to the Sở VHTTDL (verified from 01/07/2025): only the latter may submit for it in 2026.
#[test]
fn only_the_successor_for_foreign_information_submits_for_a_reorganised_body() {
    let head = "agency,obligation,period,submitted\n";
    let r = run(&format!(
        "{head}quang-ninh/so-khcn,Khoản 2 Điều 32 38/2018/QĐ-UBND,2026,2026-12-10\n\
         quang-ninh/so-vhttdl,Khoản 2 Điều 32 38/2018/QĐ-UBND,2026,2026-12-10\n"
    ));
    assert_errors(&r, &[(2, Some("agency"), "does not owe")]);
    let e = r.entries.iter().find(|e| e.line == Some(3)).unwrap();
    assert_eq!(e.agency.id, "quang-ninh/so-tttt");
    assert_eq!(
        e.submitted_by.as_ref().map(|b| b.id.as_str()),
        Some("quang-ninh/so-vhttdl")
    );
    assert_eq!(e.status, State::OnTime);
}

// Every error in Vietnamese beside English. The expected sentences are written out in full: the
// English ones are those the answer has always given, the Vietnamese ones say the same (what,
// in which column, the value as written between “”), and `display_vi` puts the line in front.

/// Asserts the errors are exactly these, word for word: (line, field, English, Vietnamese).
fn assert_both(r: &StatusReport, expected: &[(usize, Option<&str>, &str, &str)]) {
    let got: Vec<(usize, Option<&str>, &str, &str)> = r
        .errors
        .iter()
        .map(|e| {
            (
                e.line,
                e.field.as_deref(),
                e.message.as_str(),
                e.message_vi.as_str(),
            )
        })
        .collect();
    assert_eq!(got, expected);
    for e in &r.errors {
        assert!(unicode_normalization::is_nfc(&e.message_vi), "{e:?}");
    }
}

#[test]
fn a_bad_date_in_both_languages() {
    let r = run(&example("errors-bad-date.csv"));
    let vi_date = |v: &str| {
        format!("không đọc được ngày gửi “{v}” (ghi theo dạng YYYY-MM-DD hoặc dd/mm/yyyy)")
    };
    assert_both(
        &r,
        &[
            (2, Some("submitted"), "\"2026-11-31\" is not a date (use YYYY-MM-DD or dd/mm/yyyy)", &vi_date("2026-11-31")),
            (3, Some("submitted"), "\"30/02/2026\" is not a date (use YYYY-MM-DD or dd/mm/yyyy)", &vi_date("30/02/2026")),
            (5, Some("submitted"), "\"next week\" is not a date (use YYYY-MM-DD or dd/mm/yyyy)", &vi_date("next week")),
            (
                5,
                Some("obligation"),
                "dien-bien/18-2018-qd-ubnd/annual-funding-advice is a duty whose text sets no date: it has no periods or due dates, so submissions to it are not tracked",
                "dien-bien/18-2018-qd-ubnd/annual-funding-advice là nhiệm vụ mà văn bản không ấn định ngày: không có kỳ hay thời hạn nào, nên việc gửi theo nghĩa vụ này không được theo dõi",
            ),
        ],
    );
    // The line and the column in front, as `Display` does in English.
    assert_eq!(
        r.errors[0].to_string(),
        "line 2, submitted: \"2026-11-31\" is not a date (use YYYY-MM-DD or dd/mm/yyyy)"
    );
    assert_eq!(
        r.errors[0].display_vi(),
        "dòng 2, cột submitted: không đọc được ngày gửi “2026-11-31” (ghi theo dạng YYYY-MM-DD hoặc dd/mm/yyyy)"
    );
    // A submission dated after the as-of day, its days as Vietnamese write them.
    let opts = StatusOptions {
        as_of: chrono::NaiveDate::from_ymd_opt(2026, 11, 30),
        ..StatusOptions::year(2026)
    };
    let r = run_opts(
        "agency,obligation,period,submitted\ndien-bien/so-tttt,annual-rollup,2026,2026-12-01\n",
        &opts,
    );
    assert_both(
        &r,
        &[(
            2,
            Some("submitted"),
            "2026-12-01 is after the as-of day 2026-11-30: the status is measured on that day (give a later --as-of)",
            "ngày gửi 01/12/2026 sau ngày tính tình trạng 30/11/2026: tình trạng được tính tại ngày đó (hãy cho --as-of muộn hơn)",
        )],
    );
}

#[test]
fn unknown_or_unfit_obligations_in_both_languages() {
    let r = run(&example("errors-unknown-obligation.csv"));
    let got: Vec<(usize, &str, &str)> = r
        .errors
        .iter()
        .map(|e| (e.line, e.message.as_str(), e.message_vi.as_str()))
        .collect();
    assert_eq!(got.len(), 5, "{got:#?}");
    assert_eq!(
        got[0],
        (
            2,
            "no obligation \"dien-bien/18-2018-qd-ubnd/monthly-report\" in dien-bien: give an obligation id (see `quyche obligations`), its local id, or the citation of its provision",
            "không tìm thấy nghĩa vụ “dien-bien/18-2018-qd-ubnd/monthly-report” trong dien-bien: hãy ghi mã nghĩa vụ (xem `quyche obligations`), mã rút gọn của nghĩa vụ, hoặc trích dẫn điều khoản quy định nghĩa vụ đó",
        )
    );
    // An unknown instrument: the lookup's own sentence (its suggestions vary with the dataset).
    assert!(
        got[2]
            .1
            .starts_with("instrument not found: 99/2099/QĐ-UBND"),
        "{got:#?}"
    );
    assert!(
        got[2]
            .2
            .starts_with("không tìm thấy văn bản: 99/2099/QĐ-UBND"),
        "{got:#?}"
    );
    assert_eq!(
        got[3],
        (
            5,
            "\"2026-Q3\" is a quarterly period but dien-bien/18-2018-qd-ubnd/annual-rollup recurs annual",
            "“2026-Q3” là kỳ quý, nhưng nghĩa vụ dien-bien/18-2018-qd-ubnd/annual-rollup thực hiện hằng năm",
        )
    );
    assert_eq!(
        got[4],
        (
            6,
            "dien-bien/18-2018-qd-ubnd/ad-hoc-report-so-tttt is due on request: it has no periods or due dates, so submissions to it are not tracked",
            "dien-bien/18-2018-qd-ubnd/ad-hoc-report-so-tttt là nhiệm vụ thực hiện theo yêu cầu: không có kỳ hay thời hạn nào, nên việc gửi theo nghĩa vụ này không được theo dõi",
        )
    );
}

#[test]
fn bad_periods_in_both_languages() {
    let head = "agency,obligation,period,submitted\n";
    let r = run(&format!(
        "{head}dien-bien/so-tttt,annual-rollup,2025,2025-12-09\n\
         quang-ninh/ubnd-tinh,ob-monthly-press-conference,2026-04-31,2026-03-20\n\
         dien-bien/so-tttt,annual-rollup,2026-Q5,2026-12-01\n\
         dien-bien/so-tttt,annual-rollup,,2026-12-01\n"
    ));
    let forms = "năm (2026), nửa năm (2026-H1), quý (2026-Q3), tháng (2026-03), tuần (2026-W05) hoặc ngày đầu kỳ (2026-07-01)";
    assert_both(
        &r,
        &[
            (
                2,
                Some("period"),
                "dien-bien/18-2018-qd-ubnd/annual-rollup has no annual period 2025 due in 2026: its period due in 2026 is 2026",
                "nghĩa vụ dien-bien/18-2018-qd-ubnd/annual-rollup không có kỳ năm 2025 đến hạn trong năm 2026: kỳ đến hạn trong năm 2026 là 2026",
            ),
            (
                3,
                Some("period"),
                "\"2026-04-31\" is not a period: use 2026, 2026-H1, 2026-Q3, 2026-03, 2026-W05 or the period's first day 2026-07-01",
                &format!("“2026-04-31” không phải là kỳ hợp lệ: hãy ghi {forms}"),
            ),
            (
                4,
                Some("period"),
                "\"2026-Q5\" is not a period: use 2026, 2026-H1, 2026-Q3, 2026-03, 2026-W05 or the period's first day 2026-07-01",
                &format!("“2026-Q5” không phải là kỳ hợp lệ: hãy ghi {forms}"),
            ),
            (
                5,
                Some("period"),
                "\"\" is not a period: use 2026, 2026-H1, 2026-Q3, 2026-03, 2026-W05 or the period's first day 2026-07-01",
                &format!("chưa ghi kỳ: hãy ghi {forms}"),
            ),
        ],
    );
    // The calendar's own reader says the same.
    let e = quyche::calendar::period::parse_label("2026-W54").unwrap_err();
    assert_eq!(
        e.to_string(),
        "\"2026-W54\" is not a period: use 2026, 2026-H1, 2026-Q3, 2026-03, 2026-W05 or the period's first day 2026-07-01"
    );
    assert_eq!(
        e.message_vi(),
        format!("“2026-W54” không phải là kỳ hợp lệ: hãy ghi {forms}")
    );
}

#[test]
fn a_broken_csv_in_both_languages() {
    // A header without the submitted column.
    let r = run("agency,obligation,period\nx,y,2026\n");
    assert_both(
        &r,
        &[(
            1,
            Some("submitted"),
            "the header has no submitted column (it needs agency, obligation, period, submitted)",
            "dòng tiêu đề thiếu cột submitted (cần đủ các cột agency, obligation, period, submitted)",
        )],
    );
    assert_eq!(
        r.errors[0].display_vi(),
        "dòng 1, cột submitted: dòng tiêu đề thiếu cột submitted (cần đủ các cột agency, obligation, period, submitted)"
    );
    // Nothing at all.
    let r = run("");
    assert_both(
        &r,
        &[(
            1,
            None,
            "the CSV is empty: it needs a header row agency,obligation,period,submitted",
            "tệp CSV trống: cần có dòng tiêu đề agency,obligation,period,submitted",
        )],
    );
    // A row with fewer fields than the header.
    let r = run("agency,obligation,period,submitted\na,b,c\n");
    assert_both(
        &r,
        &[(
            2,
            None,
            "the row has 3 fields, the header 4",
            "dòng này có 3 trường nhưng dòng tiêu đề có 4 cột",
        )],
    );
    assert_eq!(
        r.errors[0].to_string(),
        "line 2: the row has 3 fields, the header 4"
    );
    assert_eq!(
        r.errors[0].display_vi(),
        "dòng 2: dòng này có 3 trường nhưng dòng tiêu đề có 4 cột"
    );
    // Quotes: never closed, text after a closing quote, a quote inside an unquoted field.
    let r = run("agency,obligation,period,submitted\n\"open,b,c,d\n");
    assert_both(
        &r,
        &[(
            2,
            None,
            "a quoted field is never closed",
            "một trường mở dấu ngoặc kép nhưng không có dấu ngoặc kép đóng",
        )],
    );
    let r = run("agency,obligation,period,submitted\n\"a\"x,b,c,d\n");
    assert_both(
        &r,
        &[(
            2,
            None,
            "unexpected 'x' after a closing quote (a quote inside a quoted field is written \"\")",
            "ký tự “x” đứng ngay sau dấu ngoặc kép đóng (dấu ngoặc kép bên trong một trường đặt trong ngoặc kép phải viết thành \"\")",
        )],
    );
    let e = quyche::status::read_csv("h\nab\"c\n").unwrap_err();
    assert_eq!(
        (e.line, e.message.as_str(), e.message_vi()),
        (
            2,
            "a quote inside an unquoted field (quote the whole field and double the quote)",
            "dấu ngoặc kép nằm giữa một trường không đặt trong ngoặc kép (hãy đặt cả trường trong ngoặc kép và viết dấu ngoặc kép bên trong thành \"\")"
        )
    );
}
