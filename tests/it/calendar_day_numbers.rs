//! The working calendar's day-number methods (days since 1970-01-01, numpy's `datetime64[D]`)
//! against the date-based ones, on every day of the range, its edges and beyond.

use chrono::{Datelike, NaiveDate};
use quyche::calendar::{CalendarKind, WorkingCalendar, FIRST_DAY, LAST_DAY};

const EPOCH_CE: i64 = 719_163;

fn number(d: NaiveDate) -> i64 {
    i64::from(d.num_days_from_ce()) - EPOCH_CE
}

fn date(n: i64) -> NaiveDate {
    NaiveDate::from_num_days_from_ce_opt(i32::try_from(n + EPOCH_CE).unwrap()).unwrap()
}

const NS: [i64; 8] = [-250, -30, -5, -1, 0, 1, 5, 250];

/// Every day of the range plus a few days either side, for both kinds.
fn check_every_day(kind: CalendarKind) {
    let cal = WorkingCalendar::vietnam(kind).unwrap();
    let (first, last) = (number(FIRST_DAY), number(LAST_DAY));
    assert_eq!(date(first), FIRST_DAY);
    for day in (first - 3)..=(last + 3) {
        let d = date(day);
        assert_eq!(
            cal.is_working_day_number(day),
            cal.is_working_day(d).ok(),
            "is_working_day {d}"
        );
        for n in NS {
            assert_eq!(
                cal.add_working_days_number(day, n),
                cal.add_working_days(d, n).ok().map(number),
                "add_working_days {d} {n}"
            );
        }
        for other in [
            first - 1,
            first,
            day - 400,
            day - 1,
            day,
            day + 7,
            last,
            last + 1,
        ] {
            assert_eq!(
                cal.working_days_between_numbers(day, other),
                cal.working_days_between(d, date(other)).ok(),
                "working_days_between {d} {}",
                date(other)
            );
        }
    }
}

#[test]
fn day_numbers_agree_with_dates_civil() {
    check_every_day(CalendarKind::Civil);
}

#[test]
fn day_numbers_agree_with_dates_labour() {
    check_every_day(CalendarKind::Labour);
}

#[test]
fn day_numbers_at_the_edges_and_far_out() {
    let cal = WorkingCalendar::vietnam(CalendarKind::Civil).unwrap();
    let (first, last) = (number(FIRST_DAY), number(LAST_DAY));
    for far in [
        i64::MIN,
        i64::MIN + 1,
        -EPOCH_CE - 1,
        0,
        first - 1,
        last + 1,
        i64::MAX,
    ] {
        assert_eq!(cal.is_working_day_number(far), None, "{far}");
        assert_eq!(cal.add_working_days_number(far, 0), None, "{far}");
        assert_eq!(cal.add_working_days_number(far, 1), None, "{far}");
        assert_eq!(cal.working_days_between_numbers(far, first), None, "{far}");
        assert_eq!(cal.working_days_between_numbers(first, far), None, "{far}");
    }
    for n in [i64::MIN, i64::MIN + 1, i64::MAX, i64::MAX - 1] {
        assert_eq!(cal.add_working_days_number(first, n), None, "{n}");
        assert_eq!(cal.add_working_days_number(last, n), None, "{n}");
    }
    // The first and last working days of the range, and one step past them.
    let first_work = cal.add_working_days_number(first, 0).unwrap();
    assert_eq!(first_work, first);
    let lo = (first..=last)
        .find(|&d| cal.is_working_day_number(d) == Some(true))
        .unwrap();
    let hi = (first..=last)
        .rev()
        .find(|&d| cal.is_working_day_number(d) == Some(true))
        .unwrap();
    assert_eq!(cal.add_working_days_number(lo, -1), None);
    assert_eq!(cal.add_working_days_number(hi, 1), None);
    assert_eq!(
        cal.add_working_days_number(first, 1).map(|d| d > first),
        Some(true)
    );
    let total = cal.working_days_between_numbers(first, last).unwrap()
        + i64::from(cal.is_working_day_number(last).unwrap());
    assert_eq!(cal.add_working_days_number(lo, total - 1), Some(hi));
    assert_eq!(cal.add_working_days_number(lo, total), None);
    assert_eq!(cal.add_working_days_number(hi, 1 - total), Some(lo));
    assert_eq!(cal.add_working_days_number(hi, -total), None);
}
