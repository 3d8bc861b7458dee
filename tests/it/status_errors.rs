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
