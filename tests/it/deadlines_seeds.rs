//! Due dates of the seeds' dated annual duties for 2025, 2026 and 2027 under each shift policy.
//! The table is computed by hand from the wording ("trước ngày D" → last day D−1) and the
//! calendar (weekdays checked with an independent date library; no holiday falls on these days).

use crate::common;

use chrono::NaiveDate;
use quyche::query::{DeadlineQuery, RuleSet};

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn rules() -> RuleSet {
    RuleSet::new(common::dataset())
}

/// The deadlines of `year`, in `province` when given, under `shift` (default previous).
fn rows(
    rules: &RuleSet,
    year: i32,
    province: Option<&str>,
    shift: Option<&str>,
) -> Vec<quyche::query::DeadlineView> {
    let mut q = DeadlineQuery::year(year).unwrap();
    if let Some(p) = province {
        q = q.province(p);
    }
    if let Some(s) = shift {
        q = q.shift(s.parse().unwrap());
    }
    // The seeds' own rows: a province's answer would add the Circular's, resolved to it.
    q.local_only = true;
    rules.deadlines(&q).unwrap()
}

/// The due row of the dated annual obligation at `eid` of `instrument` due (by wording) on `md`.
fn due(
    rules: &RuleSet,
    instrument: &str,
    eid: &str,
    year: i32,
    shift: &str,
    last_day_md: &str,
) -> (NaiveDate, NaiveDate, bool) {
    let rows = rows(rules, year, None, Some(shift));
    let hits: Vec<_> = rows
        .iter()
        .filter(|r| {
            r.instrument_id == instrument
                && r.eid == eid
                && r.last_day
                    .is_some_and(|l| l.format("%m-%d").to_string() == last_day_md)
        })
        .collect();
    assert!(
        !hits.is_empty(),
        "no due date of {instrument} {eid} with last day {last_day_md} in {year}"
    );
    // Several obligations of one provision (e.g. to several bodies) share the date.
    let first = hits[0];
    assert!(hits.iter().all(|h| h.due == first.due));
    (first.last_day.unwrap(), first.due.unwrap(), first.in_force)
}

#[rustfmt::skip]
const TABLE: &[(&str, &str, &str, i32, &str, &str, &str)] = &[
    // instrument, eid, last day (MM-DD), year, previous, next, none
    // Circular 22, Khoản 9 Điều 9: plan "trước ngày 01 tháng 3" → last day 28/02.
    ("vn/22-2016-tt-btttt", "art_9__para_9", "02-28", 2025, "2025-02-28", "2025-02-28", "2025-02-28"), // Friday
    ("vn/22-2016-tt-btttt", "art_9__para_9", "02-28", 2026, "2026-02-27", "2026-03-02", "2026-02-28"), // Saturday
    ("vn/22-2016-tt-btttt", "art_9__para_9", "02-28", 2027, "2027-02-26", "2027-03-01", "2027-02-28"), // Sunday
    // Circular 22, Khoản 9 Điều 9: year-end report "trước ngày 10 tháng 12" → last day 09/12.
    ("vn/22-2016-tt-btttt", "art_9__para_9", "12-09", 2025, "2025-12-09", "2025-12-09", "2025-12-09"), // Tuesday
    ("vn/22-2016-tt-btttt", "art_9__para_9", "12-09", 2026, "2026-12-09", "2026-12-09", "2026-12-09"), // Wednesday
    ("vn/22-2016-tt-btttt", "art_9__para_9", "12-09", 2027, "2027-12-09", "2027-12-09", "2027-12-09"), // Thursday
    // Điện Biên, Khoản 1 Điều 18: "trước ngày 30/11 hằng năm" → last day 29/11.
    ("dien-bien/18-2018-qd-ubnd", "att_1__art_18__para_1", "11-29", 2025, "2025-11-28", "2025-12-01", "2025-11-29"), // Saturday
    ("dien-bien/18-2018-qd-ubnd", "att_1__art_18__para_1", "11-29", 2026, "2026-11-27", "2026-11-30", "2026-11-29"), // Sunday
    ("dien-bien/18-2018-qd-ubnd", "att_1__art_18__para_1", "11-29", 2027, "2027-11-29", "2027-11-29", "2027-11-29"), // Monday
    // Điện Biên, Khoản 2 Điều 18: "trước ngày 10/12 hằng năm" → 09/12.
    ("dien-bien/18-2018-qd-ubnd", "att_1__art_18__para_2", "12-09", 2026, "2026-12-09", "2026-12-09", "2026-12-09"),
    // Quảng Ninh, Khoản 1 Điều 32: "trước ngày 10/12 hàng năm" → 09/12.
    ("quang-ninh/38-2018-qd-ubnd", "att_1__art_32__para_1", "12-09", 2026, "2026-12-09", "2026-12-09", "2026-12-09"),
    // Quảng Ninh, Khoản 2 Điều 32: "trước ngày 15/12 hàng năm" → last day 14/12.
    ("quang-ninh/38-2018-qd-ubnd", "att_1__art_32__para_2", "12-14", 2025, "2025-12-12", "2025-12-15", "2025-12-14"), // Sunday
    ("quang-ninh/38-2018-qd-ubnd", "att_1__art_32__para_2", "12-14", 2026, "2026-12-14", "2026-12-14", "2026-12-14"), // Monday
    ("quang-ninh/38-2018-qd-ubnd", "att_1__art_32__para_2", "12-14", 2027, "2027-12-14", "2027-12-14", "2027-12-14"), // Tuesday
    // Trà Vinh, Khoản 2 Điều 20: "báo cáo năm gửi trước ngày 20/12" → last day 19/12.
    ("tra-vinh/21-2017-qd-ubnd", "att_1__art_20__para_2", "12-19", 2025, "2025-12-19", "2025-12-19", "2025-12-19"), // Friday
    ("tra-vinh/21-2017-qd-ubnd", "att_1__art_20__para_2", "12-19", 2026, "2026-12-18", "2026-12-21", "2026-12-19"), // Saturday
    ("tra-vinh/21-2017-qd-ubnd", "att_1__art_20__para_2", "12-19", 2027, "2027-12-17", "2027-12-20", "2027-12-19"), // Sunday
    // Trà Vinh, Khoản 2 Điều 20: "Báo cáo 6 tháng đầu năm gửi trước ngày 20/6" → last day 19/06.
    ("tra-vinh/21-2017-qd-ubnd", "att_1__art_20__para_2", "06-19", 2025, "2025-06-19", "2025-06-19", "2025-06-19"), // Thursday
    ("tra-vinh/21-2017-qd-ubnd", "att_1__art_20__para_2", "06-19", 2026, "2026-06-19", "2026-06-19", "2026-06-19"), // Friday
    ("tra-vinh/21-2017-qd-ubnd", "att_1__art_20__para_2", "06-19", 2027, "2027-06-18", "2027-06-21", "2027-06-19"), // Saturday
];

#[test]
fn annual_due_dates_under_each_shift_policy() {
    let rules = rules();
    for (inst, eid, md, year, prev, next, none) in TABLE {
        for (shift, want) in [("previous", prev), ("next", next), ("none", none)] {
            let (_, got, in_force) = due(&rules, inst, eid, *year, shift, md);
            assert_eq!(got, d(want), "{inst} {eid} {year} shift {shift}");
            assert!(in_force, "{inst} is in force in {year}");
        }
    }
}

#[test]
fn the_trace_says_why_dien_bien_is_due_on_friday_27_november_2026() {
    let rules = rules();
    let rows = rows(&rules, 2026, Some("dien bien"), None);
    let row = rows
        .iter()
        .find(|r| r.eid == "att_1__art_18__para_1" && r.last_day == Some(d("2026-11-29")))
        .unwrap();
    assert_eq!(row.due, Some(d("2026-11-27")));
    let reasons: Vec<&str> = row.trace.iter().map(|t| t.reason.as_str()).collect();
    assert!(
        reasons
            .iter()
            .any(|r| r.contains("trước ngày 30/11") && r.contains("29/11/2026")),
        "{reasons:?}"
    );
    assert!(
        reasons.iter().any(|r| r.contains("29/11/2026 is a Sunday")),
        "{reasons:?}"
    );
    assert!(
        reasons
            .iter()
            .any(|r| r.contains("28/11/2026 is a Saturday")),
        "{reasons:?}"
    );
}

#[test]
fn the_soc_trang_draft_is_listed_but_not_in_force() {
    let rules = rules();
    let rows = rows(&rules, 2026, Some("Sóc Trăng"), None);
    assert!(!rows.is_empty());
    assert!(rows
        .iter()
        .all(|r| !r.in_force && r.instrument_status == quyche::model::Status::Draft));
}

#[test]
fn periodic_duties_give_one_due_date_per_period_and_requests_none() {
    let rules = rules();
    let rows = rows(&rules, 2026, Some("tra vinh"), None);
    // Khoản 1 Điều 20: "Hàng quý ... ít nhất một lần" → four quarters, each due by its last working day.
    let quarterly: Vec<_> = rows
        .iter()
        .filter(|r| r.eid == "att_1__art_20__para_1")
        .collect();
    assert_eq!(quarterly.len(), 4);
    // 31/03/2026 Tue, 30/06/2026 Tue, 30/09/2026 Wed, 31/12/2026 Thu: all working days.
    let dues: Vec<_> = quarterly.iter().filter_map(|r| r.due).collect();
    assert_eq!(
        dues,
        vec![
            d("2026-03-31"),
            d("2026-06-30"),
            d("2026-09-30"),
            d("2026-12-31")
        ]
    );
    // "báo cáo đột xuất theo yêu cầu": listed with no date and a reason.
    let ad_hoc: Vec<_> = rows
        .iter()
        .filter(|r| r.recurrence == quyche::schedule::Frequency::OnRequest)
        .collect();
    assert!(!ad_hoc.is_empty());
    assert!(ad_hoc.iter().all(|r| r.due.is_none()
        && r.last_day.is_none()
        && r.trace.iter().any(|t| t.reason.contains("no date"))));
}

#[test]
fn a_regulation_binds_nothing_before_it_takes_effect() {
    let rules = rules();
    // Trà Vinh's regulation takes effect on 06/11/2017: its 2017 half-year report (June) is not in force.
    let rows = rows(&rules, 2017, Some("tra vinh"), None);
    let june = rows
        .iter()
        .find(|r| r.last_day == Some(d("2017-06-19")))
        .unwrap();
    assert!(!june.in_force);
    let december = rows
        .iter()
        .find(|r| r.last_day == Some(d("2017-12-19")))
        .unwrap();
    assert!(december.in_force);
}
