//! The lunisolar calendar against an independent reference and its own inverse.

use chrono::{Datelike, NaiveDate};
use quyche::calendar::lunar::{self, LunarCalendar, LunarDate, FIRST_DATE, LAST_DATE};

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn lunar(year: i32, month: u8, day: u8, leap: bool) -> LunarDate {
    LunarDate {
        year,
        month,
        day,
        leap,
    }
}

#[test]
fn round_trip_every_day_1900_to_2199() {
    let cal = LunarCalendar::new();
    let mut d = FIRST_DATE;
    let mut previous: Option<LunarDate> = None;
    let mut count = 0;
    while d <= LAST_DATE {
        let l = cal.from_solar(d).unwrap();
        assert_eq!(cal.to_solar(l).unwrap(), d, "{d} -> {l:?}");
        assert!(
            (1..=30).contains(&l.day) && (1..=12).contains(&l.month),
            "{l:?}"
        );
        if let Some(p) = previous {
            // Consecutive days: the next day of the month, or day 1 of the next month.
            if l.day != 1 {
                assert_eq!(
                    (l.year, l.month, l.leap, l.day),
                    (p.year, p.month, p.leap, p.day + 1)
                );
            } else {
                assert!(p.day == 29 || p.day == 30, "{p:?} then {l:?}");
            }
        }
        previous = Some(l);
        count += 1;
        d = d.succ_opt().unwrap();
    }
    // 300 years × 365 + 73 leap days (75 multiples of 4 in 1900..=2196, less 1900 and 2100).
    assert_eq!(count, 300 * 365 + 73);
}

struct TetRow {
    year: i32,
    holidays_vn: Option<NaiveDate>,
    lunardate_cn: Option<NaiveDate>,
    ephem_vn: NaiveDate,
}

fn tet_table() -> Vec<TetRow> {
    let text = include_str!("../data/tet_dates.csv");
    let parse = |s: &str| (!s.is_empty()).then(|| s.parse::<NaiveDate>().unwrap());
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.starts_with("year"))
        .map(|l| {
            let f: Vec<&str> = l.split(',').collect();
            TetRow {
                year: f[0].parse().unwrap(),
                holidays_vn: parse(f[1]),
                lunardate_cn: parse(f[2]),
                ephem_vn: parse(f[3]).unwrap(),
            }
        })
        .collect()
}

/// Tết of every year 1900..=2199 equals the reference table (tests/data/tet_dates.csv, made by
/// tests/data/gen_tet_dates.py): the `holidays` package's Vietnamese calendar for 1901–2100 and an
/// evaluation of the Vietnamese rules at UTC+7 with the PyEphem ephemeris for every year.
#[test]
fn tet_matches_the_independent_reference_every_year() {
    let cal = LunarCalendar::new();
    let table = tet_table();
    assert_eq!(table.len(), 300);
    for row in &table {
        let ours = cal.tet(row.year).unwrap();
        assert_eq!(ours, row.ephem_vn, "Tết {} against PyEphem", row.year);
        if let Some(h) = row.holidays_vn {
            assert_eq!(ours, h, "Tết {} against the holidays package", row.year);
        }
        assert_eq!(ours.year(), row.year);
    }
}

/// Where Viet Nam (UTC+7) and China (UTC+8) differ. The Chinese column comes from `lunardate`,
/// which implements the Chinese calendar; these are the only years of 1900–2099 where it differs from
/// the Vietnamese one, and each is a new moon or a principal term that falls between 23:00 and
/// midnight at UTC+7 (so on the previous day in Viet Nam than in China).
#[test]
fn viet_nam_differs_from_china_in_the_known_years() {
    let cal = LunarCalendar::new();
    let known = [
        // 1985: the December solstice of 1984 fell at 16:23 UT on 21 December (PyEphem): 23:23 on
        // the 21st at UTC+7 but 00:23 on the 22nd at UTC+8, the very day of a new moon (11:47 UT).
        // So in China month 11 starts on 22/12/1984 and 1984 has a leap month 10, putting Tết on
        // 20/02/1985; in Viet Nam month 11 starts on 23/11/1984, 1984 has no leap month and 1985 a
        // leap month 2, and Tết Ất Sửu was 21/01/1985.
        (1985, ymd(1985, 1, 21), ymd(1985, 2, 20)),
        // 1968: Tết Mậu Thân was 29 January by the UTC+7 calendar (used in the North), 30 January by
        // the UTC+8 one (China, and the South at the time).
        (1968, ymd(1968, 1, 29), ymd(1968, 1, 30)),
        (1969, ymd(1969, 2, 16), ymd(1969, 2, 17)),
        (2007, ymd(2007, 2, 17), ymd(2007, 2, 18)),
        (2030, ymd(2030, 2, 2), ymd(2030, 2, 3)),
    ];
    assert_eq!(cal.leap_month(1984).unwrap(), None);
    assert_eq!(cal.leap_month(1985).unwrap(), Some(2));
    let table = tet_table();
    for (year, vn, cn) in known {
        assert_eq!(cal.tet(year).unwrap(), vn, "Tết {year} in Viet Nam");
        let row = table.iter().find(|r| r.year == year).unwrap();
        assert_eq!(
            row.lunardate_cn,
            Some(cn),
            "Tết {year} in China (lunardate)"
        );
    }
    let differing: Vec<i32> = table
        .iter()
        .filter(|r| r.lunardate_cn.is_some_and(|c| c != r.ephem_vn))
        .map(|r| r.year)
        .collect();
    assert_eq!(
        differing,
        [1903, 1935, 1965, 1968, 1969, 1985, 2007, 2030, 2053]
    );
}

/// Every month of 1900–2199 (first day, length, leap flag) equals the PyEphem evaluation of the
/// Vietnamese rules (tests/data/lunar_months.csv), so the leap months are right, not only Tết.
///
/// One documented tie: the new moon of July 1967 falls within seconds of midnight at UTC+7
/// (Meeus' formulas here: 23:59:58 on 7 July; PyEphem: 00:00:03 on 8 July, i.e. 17:00:03 UT), a
/// difference below the precision of either method. This module starts month 6 of 1967 on 7 July,
/// so month 5 has 29 days here and 30 in the reference; the test checks exactly that and nothing
/// else differs.
#[test]
fn every_month_matches_the_pyephem_reference() {
    let cal = LunarCalendar::new();
    let text = include_str!("../data/lunar_months.csv");
    let mut checked = 0;
    let mut leaps = std::collections::BTreeMap::new();
    for line in text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.starts_with("year"))
    {
        let f: Vec<&str> = line.split(',').collect();
        let (year, month, leap): (i32, u8, bool) =
            (f[0].parse().unwrap(), f[1].parse().unwrap(), f[2] == "1");
        let start: NaiveDate = f[3].parse().unwrap();
        let length: u8 = f[4].parse().unwrap();
        if leap {
            leaps.insert(year, month);
        }
        if start < FIRST_DATE {
            continue;
        }
        checked += 1;
        if (year, month) == (1967, 5) {
            assert_eq!((start, length), (ymd(1967, 6, 8), 30));
            assert_eq!(cal.month_length(lunar(1967, 5, 1, false)).unwrap(), 29);
            continue;
        }
        if (year, month) == (1967, 6) {
            assert_eq!(start, ymd(1967, 7, 8));
            assert_eq!(
                cal.to_solar(lunar(1967, 6, 1, false)).unwrap(),
                ymd(1967, 7, 7)
            );
            continue;
        }
        assert_eq!(
            cal.to_solar(lunar(year, month, 1, leap)).unwrap(),
            start,
            "{line}"
        );
        assert_eq!(
            cal.month_length(lunar(year, month, 1, leap)).unwrap(),
            length,
            "{line}"
        );
        assert_eq!(
            cal.from_solar(start).unwrap(),
            lunar(year, month, 1, leap),
            "{line}"
        );
    }
    assert_eq!(checked, 3711); // 3,712 rows less the month that starts in 1899
    assert_eq!(leaps.len(), 111);
    for year in 1900..=2199 {
        assert_eq!(
            cal.leap_month(year).unwrap(),
            leaps.get(&year).copied(),
            "leap month of {year}"
        );
    }
}

#[test]
fn known_dates() {
    // Giỗ Tổ Hùng Vương 10/3 âm lịch: 2024-04-18, 2025-04-07, 2026-04-26 (the notices' dates).
    assert_eq!(
        lunar::to_solar(lunar(2024, 3, 10, false)).unwrap(),
        ymd(2024, 4, 18)
    );
    assert_eq!(
        lunar::to_solar(lunar(2025, 3, 10, false)).unwrap(),
        ymd(2025, 4, 7)
    );
    assert_eq!(
        lunar::to_solar(lunar(2026, 3, 10, false)).unwrap(),
        ymd(2026, 4, 26)
    );
    // 9441/TB-BNV: 16/02/2026 is 29 tháng Chạp Ất Tỵ and 20/02/2026 is mùng 4 tháng Giêng Bính Ngọ.
    assert_eq!(
        lunar::from_solar(ymd(2026, 2, 16)).unwrap(),
        lunar(2025, 12, 29, false)
    );
    assert_eq!(
        lunar::from_solar(ymd(2026, 2, 20)).unwrap(),
        lunar(2026, 1, 4, false)
    );
    // 2025 has a leap 6th month (tháng 6 nhuận Ất Tỵ starts 25 July 2025); 2023 a leap 2nd month.
    assert_eq!(
        lunar::from_solar(ymd(2025, 7, 25)).unwrap(),
        lunar(2025, 6, 1, true)
    );
    let cal = LunarCalendar::new();
    assert_eq!(cal.leap_month(2025).unwrap(), Some(6));
    assert_eq!(cal.leap_month(2023).unwrap(), Some(2));
    // The range ends. PyEphem: new moons at 1900-01-01 13:52 UT (20:52 UTC+7) and
    // 2199-12-17 21:37 UT (2199-12-18 04:37 UTC+7), so 31/12/2199 is day 14 of month 11.
    assert_eq!(
        cal.from_solar(FIRST_DATE).unwrap(),
        lunar(1899, 12, 1, false)
    );
    assert_eq!(
        cal.from_solar(LAST_DATE).unwrap(),
        lunar(2199, 11, 14, false)
    );
}

#[test]
fn json_shape() {
    let d = lunar::from_solar(ymd(2026, 2, 17)).unwrap();
    assert_eq!(
        serde_json::to_string(&d).unwrap(),
        r#"{"year":2026,"month":1,"day":1,"leap":false}"#
    );
}

#[test]
fn non_existent_lunar_dates_are_errors() {
    let cal = LunarCalendar::new();
    // Month 12 of Ất Tỵ (2025) has 29 days (30 Chạp does not exist; Tết 2026 follows 29 Chạp).
    assert_eq!(cal.month_length(lunar(2025, 12, 1, false)).unwrap(), 29);
    assert!(cal.to_solar(lunar(2025, 12, 30, false)).is_err());
    assert!(cal.to_solar(lunar(2025, 12, 29, false)).is_ok());
    // 2026 has no leap month; 2025's is 6, not 5.
    assert!(cal.to_solar(lunar(2026, 6, 1, true)).is_err());
    assert!(cal.to_solar(lunar(2025, 5, 1, true)).is_err());
    for bad in [
        lunar(2026, 13, 1, false),
        lunar(2026, 0, 1, false),
        lunar(2026, 1, 0, false),
        lunar(2026, 1, 31, false),
    ] {
        let e = cal.to_solar(bad).unwrap_err();
        assert_eq!(e.kind(), "date", "{bad:?}");
    }
    // Out of range both ways.
    for y in [0, 1898, 2200, i32::MIN, i32::MAX] {
        assert!(cal.to_solar(lunar(y, 1, 1, false)).is_err(), "{y}");
    }
    assert!(cal.to_solar(lunar(2199, 12, 1, false)).is_err()); // 2200-01
    assert!(cal.from_solar(ymd(1899, 12, 31)).is_err());
    assert!(cal.from_solar(ymd(2200, 1, 1)).is_err());
    assert!(cal.from_solar(NaiveDate::MAX).is_err());
    assert!(cal.from_solar(NaiveDate::MIN).is_err());
}
