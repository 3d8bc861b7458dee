//! Unit tests of the lunar calendar: every day of the range against the lunations, and known years.
// Test arithmetic on day numbers and indices of the 1900–2199 range, far from any overflow.
#![allow(clippy::arithmetic_side_effects)]

use super::*;

impl LunarCalendar {
    /// The lunar date whose day is `d`, found by walking the computed lunations from the
    /// first (no mean-lunation guess, no year index): the reference for both directions.
    fn by_walk(&self, d: i32) -> Option<LunarDate> {
        let i = self
            .months
            .windows(2)
            .position(|w| w[0].start <= d && d < w[1].start)?;
        let m = self.months.get(i)?;
        Some(LunarDate {
            year: m.year,
            month: m.number,
            day: u8::try_from(d - m.start + 1).ok()?,
            leap: m.leap,
        })
    }
}

#[test]
fn conversions_agree_with_the_lunations_on_every_day_of_the_range() {
    let cal = LunarCalendar::new();
    let mut day = FIRST_DATE;
    let mut days = 0u32;
    let mut seen = std::collections::HashSet::new();
    loop {
        let walked = cal.by_walk(day.num_days_from_ce()).unwrap();
        assert_eq!(cal.from_solar(day).unwrap(), walked, "{day}");
        assert_eq!(cal.to_solar(walked).unwrap(), day, "{walked:?}");
        seen.insert(walked);
        days += 1;
        match day.succ_opt() {
            Some(next) if next <= LAST_DATE => day = next,
            _ => break,
        }
    }
    assert_eq!(days, 109_573); // 1900-01-01..=2199-12-31
                               // Every lunar date that might exist, valid or not: to_solar accepts exactly the dates
                               // of the range's days.
    let mut valid = 0u32;
    for year in 1898..=2201 {
        for month in 0..=13u8 {
            for leap in [false, true] {
                for d in 0..=31u8 {
                    let date = LunarDate {
                        year,
                        month,
                        day: d,
                        leap,
                    };
                    let ok = cal.to_solar(date).is_ok();
                    assert_eq!(ok, seen.contains(&date), "{date:?}");
                    valid += u32::from(ok);
                }
            }
        }
    }
    assert_eq!(valid, days);
}

#[test]
fn known_years() {
    let cal = LunarCalendar::new();
    // Ất Tỵ: Tết 29 January 2025, leap month 6; Bính Ngọ: Tết 17 February 2026, no leap.
    assert_eq!(cal.tet(2025).ok(), NaiveDate::from_ymd_opt(2025, 1, 29));
    assert_eq!(cal.leap_month(2025).unwrap(), Some(6));
    assert_eq!(cal.tet(2026).ok(), NaiveDate::from_ymd_opt(2026, 2, 17));
    assert_eq!(cal.leap_month(2026).unwrap(), None);
}
