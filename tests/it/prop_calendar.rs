//! Property tests of the calendar: lunar/solar round trips over the whole supported range,
//! working-day arithmetic against its documented semantics and a naive day-by-day count.
//!
//! Case counts are modest so the suite stays fast in debug builds; `PROPTEST_CASES=N`
//! overrides them for a longer run.

use std::sync::OnceLock;

use chrono::{Days, NaiveDate};
use proptest::prelude::*;
use quyche::calendar::lunar::{LunarCalendar, LunarDate, FIRST_DATE, LAST_DATE};
use quyche::calendar::{CalendarKind, WorkingCalendar, FIRST_DAY, LAST_DAY};
use quyche_test_support::prop::config;

fn lunar() -> &'static LunarCalendar {
    static CAL: OnceLock<LunarCalendar> = OnceLock::new();
    CAL.get_or_init(LunarCalendar::new)
}

fn working(kind: CalendarKind) -> &'static WorkingCalendar {
    let cals = quyche_test_support::fixtures::calendars();
    match kind {
        CalendarKind::Labour => &cals.labour,
        _ => &cals.civil,
    }
}

/// A solar date `offset` days after `first`.
fn day(first: NaiveDate, offset: u32) -> NaiveDate {
    first
        .checked_add_days(Days::new(u64::from(offset)))
        .unwrap()
}

fn span(first: NaiveDate, last: NaiveDate) -> u32 {
    u32::try_from((last - first).num_days()).unwrap()
}

fn kind() -> impl Strategy<Value = CalendarKind> {
    prop_oneof![Just(CalendarKind::Civil), Just(CalendarKind::Labour)]
}

/// A date of the working calendar's range, `margin` days away from both ends.
fn working_date(margin: u32) -> impl Strategy<Value = NaiveDate> {
    let n = span(FIRST_DAY, LAST_DAY) - 2 * margin;
    (0..=n).prop_map(move |o| day(FIRST_DAY, o + margin))
}

proptest! {
    #![proptest_config(config(256))]

    /// Every solar date of 1900–2199 has a lunar date that converts back to it.
    #[test]
    fn solar_lunar_solar(offset in 0..=span(FIRST_DATE, LAST_DATE)) {
        let date = day(FIRST_DATE, offset);
        let l = lunar().from_solar(date).unwrap();
        prop_assert!((1..=12).contains(&l.month) && (1..=30).contains(&l.day), "{l:?}");
        prop_assert_eq!(lunar().to_solar(l).unwrap(), date);
        // The shared convenience functions agree with an owned calendar.
        prop_assert_eq!(quyche::calendar::lunar::from_solar(date).unwrap(), l);
    }

    /// Any lunar date either exists (and converts back to itself) or is refused for a
    /// reason the calendar itself confirms: day 30 of a 29-day month, or a leap month the
    /// year does not have.
    #[test]
    fn lunar_solar_lunar(year in 1900i32..=2198, month in 1u8..=12, d in 1u8..=30, leap: bool) {
        let l = LunarDate { year, month, day: d, leap };
        match lunar().to_solar(l) {
            Ok(s) => {
                prop_assert_eq!(lunar().from_solar(s).unwrap(), l);
                // A leap date only exists in the year's leap month.
                if leap {
                    prop_assert_eq!(lunar().leap_month(year).unwrap(), Some(month));
                }
            }
            Err(e) => {
                prop_assert_eq!(e.kind(), "date");
                let no_such_leap = leap && lunar().leap_month(year).unwrap() != Some(month);
                let short_month = !no_such_leap
                    && d == 30
                    && lunar().month_length(LunarDate { day: 1, ..l }).unwrap() == 29;
                prop_assert!(no_such_leap || short_month, "{l:?} refused: {e}");
            }
        }
    }

    /// Consecutive solar days are consecutive lunar days, or day 1 of the next month.
    #[test]
    fn lunar_days_advance_by_one(offset in 0..span(FIRST_DATE, LAST_DATE)) {
        let a = lunar().from_solar(day(FIRST_DATE, offset)).unwrap();
        let b = lunar().from_solar(day(FIRST_DATE, offset + 1)).unwrap();
        if b.day == 1 {
            prop_assert!(a.day == 29 || a.day == 30, "{a:?} -> {b:?}");
        } else {
            prop_assert_eq!((b.year, b.month, b.leap, b.day), (a.year, a.month, a.leap, a.day + 1));
        }
    }

    /// `add_working_days(add_working_days(d, n), -n)`: from a working day it returns to `d`;
    /// from a day off it lands on the working day before `d` (n > 0: the walk back stops at
    /// the first working day before the days off) or after it (n < 0). n = 0 returns `d`.
    #[test]
    fn add_then_subtract(k in kind(), d in working_date(800), n in -400i64..=400) {
        let cal = working(k);
        let there = cal.add_working_days(d, n).unwrap();
        let back = cal.add_working_days(there, -n).unwrap();
        let expected = if n == 0 || cal.is_working_day(d).unwrap() {
            d
        } else if n > 0 {
            cal.on_or_before(d).unwrap()
        } else {
            cal.on_or_after(d).unwrap()
        };
        prop_assert_eq!(back, expected, "d={} n={} there={}", d, n, there);
        // The result of a non-zero step is always a working day, on the right side of d.
        if n != 0 {
            prop_assert!(cal.is_working_day(there).unwrap());
            prop_assert_eq!(there > d, n > 0);
        }
    }

    /// `working_days_between` agrees with counting day by day over `[a, b)`, negated when
    /// `b < a`, and with `add_working_days` from a working day.
    #[test]
    fn between_matches_naive_count(k in kind(), a in working_date(0), len in -900i64..=900) {
        let cal = working(k);
        let b = a.checked_add_signed(chrono::Duration::days(len))
            .filter(|b| *b >= FIRST_DAY && *b <= LAST_DAY)
            .unwrap_or(a);
        let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
        let mut naive = 0i64;
        let mut x = lo;
        while x < hi {
            if cal.is_working_day(x).unwrap() {
                naive += 1;
            }
            x = x.succ_opt().unwrap();
        }
        if b < a {
            naive = -naive;
        }
        prop_assert_eq!(cal.working_days_between(a, b).unwrap(), naive);
        if cal.is_working_day(a).unwrap() && naive != 0 {
            // From a working day, the n-th working day after a is the end of a range holding n.
            let n = naive;
            let end = cal.add_working_days(a, n).unwrap();
            prop_assert_eq!(cal.working_days_between(a, end).unwrap(), n);
        }
    }
}

/// Out-of-range dates are errors, not panics.
#[test]
fn edges_are_errors() {
    let before = FIRST_DATE.pred_opt().unwrap();
    let after = LAST_DATE.succ_opt().unwrap();
    assert_eq!(lunar().from_solar(before).unwrap_err().kind(), "date");
    assert_eq!(lunar().from_solar(after).unwrap_err().kind(), "date");
    let cal = working(CalendarKind::Civil);
    assert_eq!(
        cal.add_working_days(LAST_DAY, 1).unwrap_err().kind(),
        "date"
    );
    assert_eq!(
        cal.add_working_days(FIRST_DAY, i64::MIN)
            .unwrap_err()
            .kind(),
        "date"
    );
    assert!(cal.working_days_between(before, LAST_DAY).is_err());
}
