//! `quyche status` on the sample CSV of examples/status/: the classification written by hand.
//!
//! Due dates worked out from the texts and the 2026 civil calendar (no holiday in November or
//! December 2026; Tết 16/02–20/02/2026 by Thông báo 9441/TB-BNV):
//! - Điện Biên, Khoản 1 Điều 18: "trước ngày 30/11 hằng năm" → last day Sun 29/11 → due Fri 27/11.
//! - Điện Biên, Khoản 2 Điều 18: "trước ngày 10/12 hằng năm" → last day Wed 09/12 = due.
//! - Quảng Ninh, Khoản 1 Điều 32: "trước ngày 10/12 hàng năm" → due Wed 09/12.
//! - Quảng Ninh, Khoản 2 Điều 32: "trước ngày 15/12 hàng năm" → last day Mon 14/12 = due.
//! - Quảng Ninh, Khoản 6 Điều 16 (monthly press conference, no day): the month's last day, or the
//!   Friday before when it falls on a weekend: Jan Sat 31 → Fri 30/01; Feb Sat 28 → Fri 27/02;
//!   Mar Tue 31/03.
//! - Quảng Ninh, Khoản 3 Điều 32 (weekly): ISO week 5 = Mon 26/01–Sun 01/02 → due Fri 30/01.
//!   December's press conference: Thu 31/12/2026.
//! - Yearly plans, estimates and advice with no date in the text (reading rules R4, R5 of
//!   docs/dataset.md) have no due date: not applicable.
//!
//! Lateness counts the working days after the due date up to the day submitted.

use crate::common;

use chrono::NaiveDate;
use quyche::calendar::{CalendarKind, WorkingCalendar};
use quyche::status::{status, Entry, State, StatusOptions, StatusReport};

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn sample() -> String {
    std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("examples/status/submissions-2026.csv"),
    )
    .unwrap()
}

fn run(csv: &str, opts: &StatusOptions<'_>) -> StatusReport {
    let ds = common::dataset();
    let cal = WorkingCalendar::vietnam(CalendarKind::Civil).unwrap();
    status(&ds, &cal, csv, opts).unwrap()
}

fn find<'a>(r: &'a StatusReport, obligation: &str, agency: &str, period: &str) -> &'a Entry {
    r.entries
        .iter()
        .find(|e| {
            e.obligation.ends_with(obligation)
                && e.agency.id == agency
                && e.period.as_deref() == Some(period)
        })
        .unwrap_or_else(|| panic!("no entry {obligation} {agency} {period}"))
}

/// (line, obligation, agency, period, due, submitted, state, working days late, days late)
type Row<'a> = (
    usize,
    &'a str,
    &'a str,
    &'a str,
    &'a str,
    &'a str,
    State,
    Option<u32>,
    Option<i64>,
);

#[test]
fn sample_rows_are_classified_as_worked_out_by_hand() {
    let r = run(&sample(), &StatusOptions::year(2026));
    assert_eq!(r.errors, vec![]);
    assert_eq!(r.rows, 11);
    assert_eq!(r.as_of, d("2026-12-31"));
    // (line, obligation, agency, period, due, submitted, state, working days late, days late)
    let expected: [Row; 11] = [
        (
            2,
            "/annual-report-to-so-tttt",
            "dien-bien/cac-so-ban-nganh",
            "2026",
            "2026-11-27",
            "2026-11-25",
            State::OnTime,
            None,
            None,
        ),
        // Mon 30/11 and Tue 01/12.
        (
            3,
            "/annual-report-to-so-tttt",
            "dien-bien/ubnd-cap-huyen",
            "2026",
            "2026-11-27",
            "2026-12-01",
            State::Late,
            Some(2),
            Some(4),
        ),
        (
            4,
            "/annual-rollup",
            "dien-bien/so-tttt",
            "2026",
            "2026-12-09",
            "2026-12-09",
            State::OnTime,
            None,
            None,
        ),
        (
            5,
            "/ob-agencies-annual-report",
            "quang-ninh/cac-so-ban-nganh",
            "2026",
            "2026-12-09",
            "2026-12-08",
            State::OnTime,
            None,
            None,
        ),
        // Tue 15/12 and Wed 16/12.
        (
            6,
            "/ob-annual-rollup-to-ministry",
            "quang-ninh/so-tttt",
            "2026",
            "2026-12-14",
            "2026-12-16",
            State::Late,
            Some(2),
            Some(2),
        ),
        (
            7,
            "/ob-monthly-press-conference",
            "quang-ninh/ubnd-tinh",
            "2026-03",
            "2026-03-31",
            "2026-03-20",
            State::OnTime,
            None,
            None,
        ),
        // Sat 28/02 and Sun 01/03 are days off; Mon 02/03 is the one working day.
        (
            8,
            "/ob-monthly-press-conference",
            "quang-ninh/ubnd-tinh",
            "2026-02",
            "2026-02-27",
            "2026-03-02",
            State::Late,
            Some(1),
            Some(3),
        ),
        // 02–06/02 (5), 09–13/02 (5), Tết 16–20/02 (0), 23–24/02 (2).
        (
            9,
            "/ob-monthly-press-conference",
            "quang-ninh/ubnd-tinh",
            "2026-01",
            "2026-01-30",
            "2026-02-24",
            State::Late,
            Some(12),
            Some(25),
        ),
        // Mon 02/02 to Thu 05/02; the period was named by its first day.
        (
            10,
            "/ob-monthly-press-conference",
            "quang-ninh/so-tttt",
            "2026-01",
            "2026-01-30",
            "2026-02-05",
            State::Late,
            Some(4),
            Some(6),
        ),
        (
            11,
            "/ob-weekly-portal-information",
            "quang-ninh/cac-co-quan-don-vi",
            "2026-W05",
            "2026-01-30",
            "2026-01-29",
            State::OnTime,
            None,
            None,
        ),
        // Sent by the Sở VHTTDL, which holds the Sở TT&TT's foreign information from 01/07/2025.
        // December's press conference, owed by the Sở TT&TT (khoản 6 Điều 16), sent by its successor.
        (
            12,
            "/ob-monthly-press-conference",
            "quang-ninh/so-tttt",
            "2026-12",
            "2026-12-31",
            "2026-12-30",
            State::OnTime,
            None,
            None,
        ),
    ];
    for (line, ob, agency, period, due, submitted, state, wd, days) in expected {
        let e = find(&r, ob, agency, period);
        assert_eq!(e.line, Some(line), "{ob} {agency} {period}");
        assert_eq!(e.due, Some(d(due)), "line {line}");
        assert_eq!(e.submitted, Some(d(submitted)), "line {line}");
        assert_eq!(e.status, state, "line {line}");
        assert_eq!(
            (e.late_working_days, e.late_days),
            (wd, days),
            "line {line}"
        );
    }
    // Every row applied once; nothing else carries a submission.
    assert_eq!(r.entries.iter().filter(|e| e.line.is_some()).count(), 11);
    let by: Vec<(usize, &str)> = r
        .entries
        .iter()
        .filter_map(|e| Some((e.line?, e.submitted_by.as_ref()?.id.as_str())))
        .collect();
    assert_eq!(by, vec![(12, "quang-ninh/so-vhttdl")]);
}

#[test]
fn unsubmitted_duties_are_missing_or_not_yet_due() {
    let r = run(&sample(), &StatusOptions::year(2026));
    // Quảng Ninh's "các cơ quan, đơn vị cấp tỉnh" has a roster (the sở-ban-ngành and the district
    // committees): each member owes Khoản 1 Điều 32; the districts sent nothing by 09/12.
    let e = find(
        &r,
        "/ob-agencies-annual-report",
        "quang-ninh/ubnd-cap-huyen",
        "2026",
    );
    assert_eq!((e.due, e.status), (Some(d("2026-12-09")), State::Missing));
    assert!(!r
        .entries
        .iter()
        .any(|e| e.agency.id == "quang-ninh/cac-co-quan-don-vi-cap-tinh"));
    // Khoản 4 Điều 17 of Điện Biên: a yearly plan and estimate with no date: no due date, not applicable.
    for agency in ["dien-bien/cac-so-ban-nganh", "dien-bien/ubnd-cap-huyen"] {
        let e = r
            .entries
            .iter()
            .find(|e| e.obligation.ends_with("/annual-plan-and-budget") && e.agency.id == agency)
            .unwrap();
        assert_eq!((e.due, e.status), (None, State::NotApplicable));
        assert!(e
            .note
            .as_deref()
            .is_some_and(|n| n.contains("text sets no date")));
        assert_eq!(
            e.note_vi.as_deref(),
            Some("nhiệm vụ mà văn bản không ấn định ngày: không có hạn ấn định để đối chiếu")
        );
    }
    // December's press conference of the People's Committee, due Thu 31/12, the default as-of day:
    // not yet passed.
    let e = find(
        &r,
        "/ob-monthly-press-conference",
        "quang-ninh/ubnd-tinh",
        "2026-12",
    );
    assert_eq!((e.due, e.status), (Some(d("2026-12-31")), State::NotYetDue));
    // Weekly portal information of week 6 (Mon 02/02 – Sun 08/02, due Fri 06/02): missing.
    let e = find(
        &r,
        "/ob-weekly-portal-information",
        "quang-ninh/cac-co-quan-don-vi",
        "2026-W06",
    );
    assert_eq!((e.due, e.status), (Some(d("2026-02-06")), State::Missing));
    // Measured later, the 31/12 press conference is missing too.
    let later = StatusOptions {
        as_of: Some(d("2027-01-15")),
        ..StatusOptions::year(2026)
    };
    let r = run(&sample(), &later);
    let e = find(
        &r,
        "/ob-monthly-press-conference",
        "quang-ninh/ubnd-tinh",
        "2026-12",
    );
    assert_eq!(e.status, State::Missing);
}

/// Điện Biên alone, its own three rows: 18 expected submissions (3 dated: khoản 1 Điều 18 for the
/// departments and for the district committees, khoản 2 Điều 18 for the Sở; 15 on request, on an
/// event, or with no date in the text: khoản 2 Điều 4, Điều 14, khoản 4 Điều 17 ×2), counted by hand
/// from the obligations of Quyết định 18/2018/QĐ-UBND.
#[test]
fn dien_bien_counts() {
    let csv: String = sample().lines().take(4).map(|l| format!("{l}\n")).collect();
    let opts = StatusOptions {
        province: Some("Điện Biên"),
        ..StatusOptions::year(2026)
    };
    let r = run(&csv, &opts);
    assert_eq!(r.errors, vec![]);
    assert_eq!(r.province.as_deref(), Some("dien-bien"));
    let c = r.counts;
    assert_eq!(
        (
            c.on_time,
            c.late,
            c.missing,
            c.not_yet_due,
            c.not_applicable
        ),
        (2, 1, 0, 0, 15)
    );
    assert_eq!(r.entries.len(), 18);
    // Undated duties are not applicable and say why.
    assert!(r
        .entries
        .iter()
        .filter(|e| e.due.is_none())
        .all(|e| e.status == State::NotApplicable && e.note.is_some()));
    // As of Saturday 05/12, the roll-up due 09/12 is not yet due.
    let opts = StatusOptions {
        as_of: Some(d("2026-12-05")),
        ..opts
    };
    let csv: String = sample().lines().take(2).map(|l| format!("{l}\n")).collect();
    let r = run(&csv, &opts);
    assert_eq!(r.errors, vec![]);
    assert_eq!(
        find(&r, "/annual-rollup", "dien-bien/so-tttt", "2026").status,
        State::NotYetDue
    );
    assert_eq!(
        find(
            &r,
            "/annual-report-to-so-tttt",
            "dien-bien/ubnd-cap-huyen",
            "2026"
        )
        .status,
        State::Missing
    );
}

#[test]
fn a_draft_binds_no_one() {
    let r = run(
        "agency,obligation,period,submitted\n",
        &StatusOptions {
            province: Some("Sóc Trăng"),
            ..StatusOptions::year(2026)
        },
    );
    assert_eq!(r.errors, vec![]);
    assert!(!r.entries.is_empty());
    for e in &r.entries {
        assert_eq!(e.status, State::NotApplicable, "{}", e.obligation);
        assert!(e.note.is_some());
    }
    assert!(r
        .entries
        .iter()
        .filter(|e| e.due.is_some())
        .all(|e| e.note.as_deref().is_some_and(|n| n.contains("draft"))));
    // The Sóc Trăng text is a draft (dự thảo) of 2019: it binds no one, said in Vietnamese too.
    assert!(r.entries.iter().filter(|e| e.due.is_some()).all(|e| e
        .note_vi
        .as_deref()
        .is_some_and(
            |n| n.contains("không có hiệu lực ràng buộc vào ngày") && n.ends_with(": dự thảo")
        )));
}

/// The same answer through the query layer, as the C ABI and Python get it.
#[test]
fn json_shape_through_the_query_layer() {
    let rules = quyche::query::RuleSet::embedded().unwrap();
    let req = serde_json::json!({
        "query": "status",
        "year": 2026,
        "province": "quang ninh",
        "submissions_csv": "agency,obligation,period,submitted\nquang-ninh/so-tttt,Khoản 2 Điều 32,2026,2026-12-16\n",
    });
    let v: serde_json::Value =
        serde_json::from_str(&rules.answer_json(&req.to_string()).unwrap()).unwrap();
    assert_eq!(v["year"], 2026);
    assert_eq!(v["as_of"], "2026-12-31");
    assert_eq!(v["province"], "quang-ninh");
    assert_eq!(v["rows"], 1);
    assert_eq!(v["errors"], serde_json::json!([]));
    for k in [
        "on_time",
        "late",
        "missing",
        "not_yet_due",
        "not_applicable",
    ] {
        assert!(v["counts"][k].is_u64(), "{k}");
    }
    let e = v["entries"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["line"] == 2)
        .unwrap();
    assert_eq!(
        e["obligation"],
        "quang-ninh/38-2018-qd-ubnd/ob-annual-rollup-to-ministry"
    );
    assert_eq!(e["agency"]["id"], "quang-ninh/so-tttt");
    assert_eq!(
        e["citation"],
        "Khoản 2 Điều 32 Quy chế ban hành kèm theo Quyết định số 38/2018/QĐ-UBND"
    );
    assert_eq!(e["instrument"], "38/2018/QĐ-UBND");
    assert_eq!(e["recurrence"], "annual");
    assert_eq!(e["period"], "2026");
    assert_eq!(e["last_day"], "2026-12-14");
    assert_eq!(e["due"], "2026-12-14");
    assert_eq!(e["submitted"], "2026-12-16");
    assert_eq!(e["status"], "late");
    assert_eq!(e["late_working_days"], 2);
    assert_eq!(e["late_days"], 2);
}
