//! The holiday law data against the laws it cites.

use chrono::NaiveDate;
use quyche::calendar::law::{self, Compensation, HolidayRule};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

#[test]
fn periods_start_when_the_laws_took_effect() {
    let p = law::periods().unwrap();
    let got: Vec<(&str, NaiveDate, &str)> = p
        .iter()
        .map(|x| (x.id.as_str(), x.from, x.article.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            // Bộ luật Lao động 23/6/1994, in force 01/01/1995, Điều 73.
            ("labour-code-1994", d(1995, 1, 1), "Điều 73"),
            // Luật 84/2007/QH11, passed 02/4/2007, in force on promulgation, rewrites Điều 73.
            ("labour-code-1994-amended-2007", d(2007, 4, 2), "Điều 73"),
            // Bộ luật Lao động 10/2012/QH13, in force 01/05/2013, Điều 115.
            ("labour-code-2012", d(2013, 5, 1), "Điều 115"),
            // Bộ luật Lao động 45/2019/QH14, in force 01/01/2021 (Điều 220), Điều 112.
            ("labour-code-2019", d(2021, 1, 1), "Điều 112"),
        ]
    );
}

#[test]
fn holiday_counts_per_period() {
    // Days per year: 1994: 1 + 4 + 1 + 1 + 1 = 8; 2007: + Giỗ Tổ = 9; 2012: Tết 5 → 10;
    // 2019: Quốc khánh 2 → 11 (the "11 ngày" every notice repeats).
    let days = |rule: &HolidayRule| match rule {
        HolidayRule::Solar { adjacent, .. } => 1 + u32::from(*adjacent),
        HolidayRule::Lunar { .. } => 1,
        HolidayRule::Tet { before, after } => u32::from(*before) + u32::from(*after),
    };
    let totals: Vec<u32> = law::periods()
        .unwrap()
        .iter()
        .map(|p| p.holidays.iter().map(|h| days(&h.rule)).sum())
        .collect();
    assert_eq!(totals, [8, 9, 10, 11]);
    let p = law::periods().unwrap();
    assert!(p[0].holidays.iter().all(|h| h.id != "hung_kings"));
    assert!(p[1]
        .holidays
        .iter()
        .any(|h| h.id == "hung_kings" && h.rule == HolidayRule::Lunar { month: 3, day: 10 }));
    assert_eq!(p[3].compensatory, Compensation::NextWorkingDay);
    assert!(p[3].compensatory_source.contains("Điều 111 khoản 3"));
    // Tết 1994/2007: "một ngày cuối năm và ba ngày đầu năm âm lịch".
    assert!(p[1].holidays.iter().any(|h| h.rule
        == HolidayRule::Tet {
            before: 1,
            after: 3
        }));
}
