//! Due dates on the working calendar: periods with no working day, official vs projected years,
//! and one calendar event per obligation and period. Expected values are worked by hand from the
//! notices (9441/TB-BNV: Tết 16–20/02/2026) and the calendar.

use crate::common;

use std::collections::HashSet;

use chrono::{Datelike, NaiveDate};
use quyche::calendar::Status;
use quyche::query::{DeadlineQuery, DeadlineView, RuleSet};
use quyche::schedule::Frequency;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// The deadlines of `year` (all provinces unless one is given) under `shift` (default previous).
fn rows(
    rules: &RuleSet,
    year: i32,
    province: Option<&str>,
    shift: Option<&str>,
) -> Vec<DeadlineView> {
    let mut q = DeadlineQuery::year(year).unwrap();
    q.province = province.map(str::to_owned);
    q.shift = shift.map(|s| s.parse().unwrap());
    // The seeds' own rows (a province's answer would add the Circular's, resolved to it).
    q.local_only = true;
    rules.deadlines(&q).unwrap()
}

/// Week 08 of 2026 runs Monday 16/02 to Sunday 22/02: Tết 16–20/02 (Thông báo 9441/TB-BNV) and a
/// weekend, so no working day. A weekly duty whose text names no day may not be due on Friday
/// 13/02, before the week begins; by Bộ luật Dân sự 2015 Điều 148 khoản 5 its time limit ends on
/// the next working day, Monday 23/02. The week before (09–15/02) is due on its Friday, 13/02.
#[test]
fn the_week_of_tet_is_due_on_the_monday_after_it() {
    let rules = RuleSet::new(common::dataset());
    let rows = rows(&rules, 2026, Some("quang ninh"), None);
    let weekly = |start: &str| -> Vec<&DeadlineView> {
        rows.iter()
            .filter(|r| r.recurrence == Frequency::Weekly && r.period_start == Some(d(start)))
            .collect()
    };
    let tet_week = weekly("2026-02-16");
    assert!(!tet_week.is_empty(), "Quảng Ninh has weekly duties");
    for r in &tet_week {
        assert_eq!(r.last_day, Some(d("2026-02-22")), "{}", r.obligation);
        assert_eq!(r.due, Some(d("2026-02-23")), "{}", r.obligation);
        let rule = r
            .trace
            .iter()
            .find(|t| t.step == "no_working_day")
            .unwrap_or_else(|| panic!("{} has no no_working_day step", r.obligation));
        assert!(rule
            .source
            .as_deref()
            .is_some_and(|s| s.contains("Điều 148 khoản 5")));
        assert!(rule.reason.contains("16/02/2026") && rule.reason.contains("22/02/2026"));
        assert_eq!(r.calendar_status, Some(Status::Official));
    }
    for r in weekly("2026-02-09") {
        assert_eq!(r.due, Some(d("2026-02-13")), "{}", r.obligation);
        assert!(r.trace.iter().all(|t| t.step != "no_working_day"));
    }
}

#[test]
fn no_due_date_falls_before_its_period_begins() {
    let rules = RuleSet::new(common::dataset());
    for year in [2025, 2026, 2027] {
        for shift in ["previous", "next", "none"] {
            for r in rows(&rules, year, None, Some(shift)) {
                if let (Some(due), Some(start)) = (r.due, r.period_start) {
                    assert!(
                        due >= start,
                        "{} {year} {shift}: due {due} before {start}",
                        r.obligation
                    );
                }
            }
        }
    }
}

/// 2026's holidays come from official notices (12729/VPCP-KGVX, 9441/TB-BNV), 2027's do not yet:
/// every dated 2026 due date whose days all lie in 2026 is official; every 2027 due date is
/// projected and its trace names the missing notice; undated duties have no status.
#[test]
fn due_dates_say_whether_their_calendar_is_official_or_projected() {
    let rules = RuleSet::new(common::dataset());
    for r in rows(&rules, 2026, None, None) {
        match r.due {
            None => assert_eq!(r.calendar_status, None, "{}", r.obligation),
            Some(_) => {
                assert_eq!(
                    r.calendar_status,
                    Some(Status::Official),
                    "{}",
                    r.obligation
                );
                assert!(r.trace.iter().all(|t| t.step != "calendar"));
            }
        }
    }
    let rows_2027 = rows(&rules, 2027, None, None);
    assert!(rows_2027.iter().any(|r| r.due.is_some()));
    for r in rows_2027.iter().filter(|r| r.due.is_some()) {
        assert_eq!(
            r.calendar_status,
            Some(Status::Projected),
            "{}",
            r.obligation
        );
        let step = r.trace.iter().find(|t| t.step == "calendar").unwrap();
        assert!(
            step.reason
                .contains("no official notice on the 2027 holidays"),
            "{}",
            step.reason
        );
        assert!(
            step.reason.contains("Tết and Quốc khánh 2027"),
            "{}",
            step.reason
        );
    }
    // The week of 28/12/2026–03/01/2027 ends in 2027: its last day, Sunday 03/01/2027, shifts back
    // over Saturday 02/01 and New Year's Day (Friday 01/01/2027) to Thursday 31/12/2026. The due
    // date is in 2026, but the computation looked at 2027 days: projected.
    let straddling: Vec<_> = rows_2027
        .iter()
        .filter(|r| r.recurrence == Frequency::Weekly && r.period_start == Some(d("2026-12-28")))
        .collect();
    assert!(!straddling.is_empty());
    for r in straddling {
        assert_eq!(r.last_day, Some(d("2027-01-03")));
        assert_eq!(r.due, Some(d("2026-12-31")));
        assert_eq!(r.due.map(|x| x.year()), Some(2026));
        assert_eq!(r.calendar_status, Some(Status::Projected));
    }
}

fn uids(ics: &str) -> Vec<String> {
    ics.replace("\r\n ", "")
        .split("\r\n")
        .filter_map(|l| l.strip_prefix("UID:").map(str::to_owned))
        .collect()
}

#[test]
fn calendar_events_have_one_stable_uid_per_obligation_and_period() {
    let rules = RuleSet::new(common::dataset());
    let rows = rows(&rules, 2026, None, None);
    let stamp = |h| {
        NaiveDate::from_ymd_opt(2026, 12, 3)
            .unwrap()
            .and_hms_opt(h, 0, 0)
            .unwrap()
    };
    let first = uids(&quyche::query::ics(&rows, stamp(1)));
    let dated = rows.iter().filter(|r| r.due.is_some()).count();
    assert_eq!(first.len(), dated);
    let distinct: HashSet<&String> = first.iter().collect();
    assert_eq!(distinct.len(), first.len(), "duplicate UIDs");
    // Another run, at another time, gives the same UIDs.
    assert_eq!(uids(&quyche::query::ics(&rows, stamp(9))), first);
    // The weeks either side of Tết are two events, named by their ISO weeks.
    assert!(first.iter().any(|u| u.ends_with("-2026-W07@quyche")));
    assert!(first.iter().any(|u| u.ends_with("-2026-W08@quyche")));
}
