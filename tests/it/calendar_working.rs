//! The working calendar against the official notices.

use chrono::{Datelike, NaiveDate, Weekday};
use quyche::calendar::arrangements::{Arrangements, Status};
use quyche::calendar::{CalendarKind, CalendarOptions, DayKind, WorkingCalendar};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn civil() -> WorkingCalendar {
    WorkingCalendar::vietnam(CalendarKind::Civil).unwrap()
}

/// Every public holiday and official arrangement of 2026 for the civil service, from:
/// - Văn bản 12729/VPCP-KGVX (25/12/2025): 01/01–04/01 off, Friday 02/01 swapped for Saturday 10/01;
/// - Thông báo 9441/TB-BNV (16/10/2025): Tết 16/02–20/02 (29 Chạp Ất Tỵ to mùng 4 Bính Ngọ);
///   Quốc khánh 01/09 and 02/09, Monday 31/08 off and Saturday 22/08 worked;
/// - Bộ luật Lao động 2019 Điều 112: Giỗ Tổ 10/3 âm lịch = Sunday 26/04/2026 (its compensatory day
///   Monday 27/04 by Điều 111 khoản 3), 30/04 (Thursday), 01/05 (Friday);
/// - Ngày Văn hóa Việt Nam, 24/11 from 01/07/2026 (Nghị quyết 28/2026/QH16 as reported; recorded
///   unverified): Tuesday 24/11/2026. The reported swap of 23/11 with 28/11 was a proposal only.
#[test]
fn civil_2026_lists_every_holiday_and_arrangement() {
    let cal = civil();
    let got: Vec<(NaiveDate, DayKind)> = cal
        .holidays(2026)
        .unwrap()
        .iter()
        .map(|r| (r.date, r.kind))
        .collect();
    use DayKind::*;
    let expected = vec![
        (d(2026, 1, 1), Statutory),
        (d(2026, 1, 2), SwapOff),
        (d(2026, 1, 10), SwapWork),
        (d(2026, 2, 16), Statutory),
        (d(2026, 2, 17), Statutory),
        (d(2026, 2, 18), Statutory),
        (d(2026, 2, 19), Statutory),
        (d(2026, 2, 20), Statutory),
        (d(2026, 4, 26), Statutory),
        (d(2026, 4, 27), Compensatory),
        (d(2026, 4, 30), Statutory),
        (d(2026, 5, 1), Statutory),
        (d(2026, 8, 22), SwapWork),
        (d(2026, 8, 31), SwapOff),
        (d(2026, 9, 1), Statutory),
        (d(2026, 9, 2), Statutory),
        (d(2026, 11, 24), Statutory),
    ];
    assert_eq!(got, expected);
    assert_eq!(cal.year(2026).unwrap().status, Status::Official);
    for r in cal.holidays(2026).unwrap() {
        assert_eq!(r.status, Status::Official, "{r:?}");
        assert!(!r.source.is_empty());
        // Only the Ngày Văn hóa rule is unverified.
        assert_eq!(r.verified, r.date != d(2026, 11, 24), "{r:?}");
    }
    // The proposed swap is listed, not applied: Monday 23/11 works, Saturday 28/11 does not.
    let proposals: Vec<_> = cal.unconfirmed(2026).collect();
    assert_eq!(proposals.len(), 1);
    assert!(!proposals[0].verified && proposals[0].unverified.is_some());
    assert!(cal.is_working_day(d(2026, 11, 23)).unwrap());
    assert!(!cal.is_working_day(d(2026, 11, 24)).unwrap());
    assert!(!cal.is_working_day(d(2026, 11, 28)).unwrap());
    let why = cal.day_info(d(2026, 11, 23)).unwrap();
    assert!(why.working);
    assert!(why
        .reasons
        .iter()
        .any(|r| r.kind == "unconfirmed" && r.text.contains("not applied")));
    // The long breaks the notices announce: 01–04/01, 14–22/02 (9 days), 29/08–02/09 (5 days).
    for (a, b) in [
        (d(2026, 1, 1), d(2026, 1, 4)),
        (d(2026, 2, 14), d(2026, 2, 22)),
        (d(2026, 8, 29), d(2026, 9, 2)),
    ] {
        let mut x = a;
        while x <= b {
            assert!(!cal.is_working_day(x).unwrap(), "{x}");
            x = x.succ_opt().unwrap();
        }
        assert!(
            cal.is_working_day(b.succ_opt().unwrap()).unwrap(),
            "{b} + 1"
        );
    }
}

/// Working days of 2026 for the civil service, by hand from the notices above:
/// 2026 has 365 days and starts on a Thursday: 52 full weeks (260 weekdays) plus Thursday 31/12,
/// so 261 weekdays. Days off on weekdays: 01/01 (1), Tết 16–20/02 (5), compensatory 27/04 (1),
/// 30/04 and 01/05 (2), 01/09 and 02/09 (2), Ngày Văn hóa Việt Nam Tuesday 24/11 (1) = 12. The
/// swaps are neutral: 02/01 off and 10/01 worked; 31/08 off and 22/08 worked. 261 − 12 = 249.
#[test]
fn working_days_2026() {
    let cal = civil();
    assert_eq!(
        cal.working_days_between(d(2026, 1, 1), d(2027, 1, 1))
            .unwrap(),
        249
    );
    assert_eq!(cal.year(2026).unwrap().working_days, 249);
    // November 2026: 21 weekdays (Sunday 01/11 to Monday 30/11) less Tuesday 24/11.
    assert_eq!(
        cal.working_days_between(d(2026, 11, 1), d(2026, 12, 1))
            .unwrap(),
        20
    );
    // Before the rule took effect (01/07/2026) 24/11 was a working day.
    assert!(cal.is_working_day(d(2025, 11, 24)).unwrap());
}

/// Ngày Văn hóa Việt Nam in later years, with the compensatory rule of Bộ luật Lao động 2019
/// Điều 111 khoản 3 (a holiday on the weekly rest day is taken on the next working day):
/// - 2027: 24/11 is a Wednesday, a day off, no compensation;
/// - 2029: 24/11 is a Saturday: for the civil service (rest Saturday and Sunday) the
///   compensatory day is Monday 26/11; for a labour calendar resting on Sunday, Saturday 24/11 is
///   itself the day off and nothing is compensated;
/// - 2030: 24/11 is a Sunday: Monday 25/11 for both calendars.
#[test]
fn culture_day_in_later_years() {
    let cal = civil();
    let labour = WorkingCalendar::vietnam(CalendarKind::Labour).unwrap();
    assert_eq!(d(2027, 11, 24).weekday(), Weekday::Wed);
    assert!(!cal.is_working_day(d(2027, 11, 24)).unwrap());
    assert!(cal.is_working_day(d(2027, 11, 25)).unwrap());

    assert_eq!(d(2029, 11, 24).weekday(), Weekday::Sat);
    let comp = |c: &WorkingCalendar, y| -> Vec<NaiveDate> {
        c.holidays(y)
            .unwrap()
            .iter()
            .filter(|r| {
                r.holiday.as_deref() == Some("culture_day") && r.kind == DayKind::Compensatory
            })
            .map(|r| r.date)
            .collect()
    };
    assert_eq!(comp(&cal, 2029), [d(2029, 11, 26)]);
    assert!(!cal.is_working_day(d(2029, 11, 26)).unwrap());
    assert!(comp(&labour, 2029).is_empty());
    assert!(!labour.is_working_day(d(2029, 11, 24)).unwrap());
    assert!(labour.is_working_day(d(2029, 11, 26)).unwrap());

    assert_eq!(d(2030, 11, 24).weekday(), Weekday::Sun);
    assert_eq!(comp(&cal, 2030), [d(2030, 11, 25)]);
    assert_eq!(comp(&labour, 2030), [d(2030, 11, 25)]);
    // Compensatory days inherit the doubt about the rule.
    assert!(cal
        .holidays(2030)
        .unwrap()
        .iter()
        .filter(|r| r.holiday.as_deref() == Some("culture_day"))
        .all(|r| !r.verified && r.status == Status::Projected));
}

#[test]
fn earlier_official_years() {
    let cal = civil();
    // 2024 (8662/VPCP-KGVX, 2450/VPCP-KGVX): Tết off 08–14/02 (5 Tết days + 2 compensatory);
    // 27/04–01/05 off with Saturday 04/05 worked; Quốc khánh 31/08–03/09.
    for x in [
        d(2024, 2, 8),
        d(2024, 2, 13),
        d(2024, 2, 14),
        d(2024, 4, 29),
        d(2024, 5, 1),
        d(2024, 9, 2),
        d(2024, 9, 3),
    ] {
        assert!(!cal.is_working_day(x).unwrap(), "{x}");
    }
    for x in [
        d(2024, 2, 7),
        d(2024, 2, 15),
        d(2024, 5, 4),
        d(2024, 9, 4),
        d(2024, 4, 18 + 1),
    ] {
        assert!(cal.is_working_day(x).unwrap(), "{x}");
    }
    assert!(!cal.is_working_day(d(2024, 4, 18)).unwrap()); // Giỗ Tổ, Thursday
                                                           // 2025 (8726/VPCP-KGVX): Tết 27–31/01; 02/05 off, Saturday 26/04 worked; 01/09 and 02/09.
    for x in [
        d(2025, 1, 27),
        d(2025, 1, 31),
        d(2025, 4, 7),
        d(2025, 4, 30),
        d(2025, 5, 2),
        d(2025, 9, 1),
        d(2025, 9, 2),
    ] {
        assert!(!cal.is_working_day(x).unwrap(), "{x}");
    }
    for x in [
        d(2025, 1, 24),
        d(2025, 2, 3),
        d(2025, 4, 26),
        d(2025, 5, 5),
        d(2025, 9, 3),
    ] {
        assert!(cal.is_working_day(x).unwrap(), "{x}");
    }
    // Before the 2019 Code: one day of Quốc khánh (2/9/2020 was a Wednesday; 3/9 a working day),
    // and before 2014 a four-day Tết (Labour Code 2012 in force from 01/05/2013).
    assert!(cal.is_working_day(d(2020, 9, 3)).unwrap());
    assert_eq!(
        cal.holidays(2013)
            .unwrap()
            .iter()
            .filter(|r| r.holiday.as_deref() == Some("tet") && r.kind == DayKind::Statutory)
            .count(),
        4
    );
    assert_eq!(
        cal.holidays(2014)
            .unwrap()
            .iter()
            .filter(|r| r.holiday.as_deref() == Some("tet") && r.kind == DayKind::Statutory)
            .count(),
        5
    );
    // Giỗ Tổ exists from 2007 only (Luật 84/2007/QH11).
    assert!(cal
        .holidays(2006)
        .unwrap()
        .iter()
        .all(|r| r.holiday.as_deref() != Some("hung_kings")));
    assert!(cal
        .holidays(2007)
        .unwrap()
        .iter()
        .any(|r| r.holiday.as_deref() == Some("hung_kings") && r.date == d(2007, 4, 26)));
}

#[test]
fn projected_years_say_so() {
    let cal = civil();
    assert_eq!(cal.year(2027).unwrap().status, Status::Projected);
    assert!(cal
        .holidays(2027)
        .unwrap()
        .iter()
        .all(|r| r.status == Status::Projected));
    // Tết 2027 (Đinh Mùi) is 06/02/2027; the projection takes 30 Chạp (05/02) and mùng 1–4.
    let tet: Vec<NaiveDate> = cal
        .holidays(2027)
        .unwrap()
        .iter()
        .filter(|r| r.holiday.as_deref() == Some("tet") && r.kind == DayKind::Statutory)
        .map(|r| r.date)
        .collect();
    assert_eq!(
        tet,
        [
            d(2027, 2, 5),
            d(2027, 2, 6),
            d(2027, 2, 7),
            d(2027, 2, 8),
            d(2027, 2, 9)
        ]
    );
}

#[test]
fn day_info_traces() {
    let cal = civil();
    let i = cal.day_info(d(2026, 9, 2)).unwrap();
    assert!(!i.working);
    assert_eq!(i.reasons.len(), 1);
    assert!(
        i.reasons[0]
            .text
            .starts_with("02/09/2026 is Quốc khánh (National Day)"),
        "{}",
        i.reasons[0].text
    );
    assert!(
        i.reasons[0].source.contains("Điều 112") && i.reasons[0].source.contains("9441/TB-BNV")
    );
    let i = cal.day_info(d(2026, 11, 29)).unwrap();
    assert_eq!(i.reasons[0].kind, "weekly_rest");
    assert_eq!(
        i.reasons[0].text,
        "29/11/2026 is a Sunday (Chủ nhật), a weekly rest day"
    );
    let i = cal.day_info(d(2026, 8, 22)).unwrap();
    assert!(i.working);
    assert_eq!(
        i.reasons
            .iter()
            .map(|r| r.kind.as_str())
            .collect::<Vec<_>>(),
        ["weekly_rest", "swap_work"]
    );
    let i = cal.day_info(d(2026, 4, 26)).unwrap();
    assert!(!i.working && i.reasons.len() == 2); // Sunday and Giỗ Tổ
    let i = cal.day_info(d(2026, 11, 27)).unwrap();
    assert!(i.working && i.reasons[0].kind == "working_weekday");
}

#[test]
fn arithmetic() {
    let cal = civil();
    // Điện Biên's "trước ngày 30/11" in 2026: last day Sunday 29/11; previous working day Friday 27/11.
    assert_eq!(cal.on_or_before(d(2026, 11, 29)).unwrap(), d(2026, 11, 27));
    assert_eq!(cal.on_or_after(d(2026, 11, 29)).unwrap(), d(2026, 11, 30));
    // Friday 13/02/2026 + 1 working day: Tết and its weekends until Monday 23/02.
    assert_eq!(
        cal.add_working_days(d(2026, 2, 13), 1).unwrap(),
        d(2026, 2, 23)
    );
    assert_eq!(
        cal.add_working_days(d(2026, 2, 23), -1).unwrap(),
        d(2026, 2, 13)
    );
    // n = 0 leaves even a day off unchanged (documented).
    assert_eq!(
        cal.add_working_days(d(2026, 2, 17), 0).unwrap(),
        d(2026, 2, 17)
    );
    // From a day off, +1 is the first working day after it, -1 the last before it.
    assert_eq!(
        cal.add_working_days(d(2026, 2, 17), 1).unwrap(),
        d(2026, 2, 23)
    );
    assert_eq!(
        cal.add_working_days(d(2026, 2, 17), -1).unwrap(),
        d(2026, 2, 13)
    );
    // 10 working days from Friday 21/08/2026: 22/08 (Saturday worked), 24–28/08, 03/09, 04/09,
    // 07/09, 08/09.
    assert_eq!(
        cal.add_working_days(d(2026, 8, 21), 10).unwrap(),
        d(2026, 9, 8)
    );
    // add and between agree on every working day of 2026 for n in -30..=30.
    let mut x = d(2026, 1, 1);
    while x.year() == 2026 {
        if cal.is_working_day(x).unwrap() {
            for n in -30..=30 {
                let y = cal.add_working_days(x, n).unwrap();
                assert_eq!(cal.working_days_between(x, y).unwrap(), n, "{x} {n}");
            }
        }
        x = x.succ_opt().unwrap();
    }
    // Half-open: [a, a) is empty; swapped arguments negate.
    assert_eq!(
        cal.working_days_between(d(2026, 3, 2), d(2026, 3, 2))
            .unwrap(),
        0
    );
    assert_eq!(
        cal.working_days_between(d(2026, 3, 2), d(2026, 3, 3))
            .unwrap(),
        1
    );
    assert_eq!(
        cal.working_days_between(d(2026, 3, 3), d(2026, 3, 2))
            .unwrap(),
        -1
    );
}

#[test]
fn bad_input_gives_typed_errors() {
    let cal = civil();
    assert!(NaiveDate::from_ymd_opt(2026, 2, 30).is_none()); // 30 February cannot even be built
    for x in [
        d(1999, 12, 31),
        d(2200, 1, 1),
        NaiveDate::MIN,
        NaiveDate::MAX,
    ] {
        assert_eq!(cal.is_working_day(x).unwrap_err().kind(), "date");
        assert_eq!(cal.day_info(x).unwrap_err().kind(), "date");
    }
    for n in [i64::MAX, i64::MIN, 1_000_000, -1_000_000] {
        assert_eq!(
            cal.add_working_days(d(2026, 1, 5), n).unwrap_err().kind(),
            "date",
            "{n}"
        );
    }
    assert!(cal.next_working_day(d(2199, 12, 31)).is_err());
    assert!(cal.previous_working_day(d(2000, 1, 1)).is_err()); // Saturday: nothing before it in range
    assert!(cal.holidays(0).is_err());
    assert!(cal.holidays(2200).is_err());
    assert!(cal.year(i32::MIN).is_err());
}

#[test]
fn labour_calendar() {
    let cal = WorkingCalendar::vietnam(CalendarKind::Labour).unwrap();
    // Saturdays work; no civil-service swaps (Friday 02/01/2026 works, Saturday 10/01 works anyway).
    assert!(cal.is_working_day(d(2026, 11, 28)).unwrap());
    assert!(cal.is_working_day(d(2026, 1, 2)).unwrap());
    assert!(cal.is_working_day(d(2026, 8, 31)).unwrap());
    assert!(!cal.is_working_day(d(2026, 11, 29)).unwrap());
    // Giỗ Tổ on Sunday 26/04/2026 → compensatory Monday 27/04.
    assert!(!cal.is_working_day(d(2026, 4, 27)).unwrap());
    // A Saturday rest day instead.
    let sat = WorkingCalendar::with_options(CalendarOptions {
        rest_days: Some(vec![Weekday::Sat]),
        ..CalendarOptions::new(CalendarKind::Labour)
    })
    .unwrap();
    assert!(sat.is_working_day(d(2026, 11, 29)).unwrap());
    assert!(!sat.is_working_day(d(2026, 11, 28)).unwrap());
    let none = WorkingCalendar::with_options(CalendarOptions {
        rest_days: Some(vec![]),
        ..CalendarOptions::new(CalendarKind::Labour)
    });
    assert_eq!(none.unwrap_err().kind(), "request");
}

#[test]
fn user_arrangements() {
    // Suppose the proposed swap is confirmed: a user adds it for 2026 (23/11 off, 28/11 worked).
    let extra = Arrangements::from_toml(
        r#"
[[arrangement]]
year = 2026
kind = "swap"
off = "2026-11-23"
work = "2026-11-28"
source = "user"
"#,
    )
    .unwrap();
    let cal = WorkingCalendar::with_options(CalendarOptions {
        extra: Some(extra),
        ..CalendarOptions::new(CalendarKind::Civil)
    })
    .unwrap();
    assert!(!cal.is_working_day(d(2026, 11, 23)).unwrap());
    assert!(cal.is_working_day(d(2026, 11, 28)).unwrap());
    // A swap moves a working day; the year's count stays 249.
    assert_eq!(
        cal.working_days_between(d(2026, 1, 1), d(2027, 1, 1))
            .unwrap(),
        249
    );
    // A record that no notice confirms must say why.
    let e = Arrangements::from_toml(
        "[[arrangement]]\nyear = 2026\nkind = \"swap\"\noff = \"2026-11-23\"\nwork = \"2026-11-28\"\nsource = \"x\"\nverified = false\n",
    )
    .unwrap_err();
    assert!(
        e.to_string().contains("<arrangements>:3: unverified"),
        "{e}"
    );

    // Errors name the line.
    let e = Arrangements::from_toml(
        "[[arrangement]]\nyear = 2026\nkind = \"holiday\"\nsource = \"x\"\n",
    )
    .unwrap_err();
    assert_eq!(e.kind(), "dataset");
    assert!(e.to_string().contains("<arrangements>:3"), "{e}");
    let e = Arrangements::from_toml("[[arrangement]]\nyear = 2026\nkind = \"day_off\"\n\ndates = [\"2025-11-24\"]\nsource = \"x\"\n").unwrap_err();
    assert!(
        e.to_string().contains("<arrangements>:5")
            && e.to_string().contains("not in the year 2026"),
        "{e}"
    );
    let unknown = Arrangements::from_toml("[[arrangement]]\nyear = 2026\nkind = \"holiday_days\"\nholiday = \"teet\"\ndates = [\"2026-02-16\"]\nsource = \"x\"\n").unwrap();
    let e = WorkingCalendar::with_options(CalendarOptions {
        extra: Some(unknown),
        ..CalendarOptions::new(CalendarKind::Civil)
    })
    .unwrap_err();
    assert!(e.to_string().contains("teet"), "{e}");
    let e = Arrangements::from_toml("[[arrangement]\nyear = 2026\n").unwrap_err();
    assert!(e.to_string().contains("<arrangements>:1"), "{e}");
    let e = Arrangements::from_toml("[[arrangement]]\nyear = 2026\nkind = \"swap\"\noff = \"2026-02-30\"\nwork = \"2026-03-07\"\nsource = \"x\"\n").unwrap_err();
    assert!(
        e.to_string().contains("<arrangements>:4") && e.to_string().contains("2026-02-30"),
        "{e}"
    );
}

/// The O(1) answers equal a plain day-by-day walk over the whole range (2000–2199).
#[test]
fn constant_time_answers_equal_a_day_by_day_walk() {
    use quyche::calendar::{FIRST_DAY, LAST_DAY};
    let cal = civil();
    let mut count = 0i64;
    let mut last_working: Option<NaiveDate> = None;
    let mut x = FIRST_DAY;
    while x <= LAST_DAY {
        assert_eq!(
            cal.working_days_between(FIRST_DAY, x).unwrap(),
            count,
            "{x}"
        );
        if let Some(p) = last_working {
            assert_eq!(cal.previous_working_day(x).unwrap(), p, "{x}");
        }
        if cal.is_working_day(x).unwrap() {
            if let Some(p) = last_working {
                assert_eq!(cal.next_working_day(p).unwrap(), x, "{p}");
            }
            count += 1;
            last_working = Some(x);
        }
        x = x.succ_opt().unwrap();
    }
    let per_year: i64 = (2000..=2199)
        .map(|y| i64::from(cal.year(y).unwrap().working_days))
        .sum();
    assert_eq!(per_year, count);
}

/// Each reason is said in Vietnamese too, with the same facts: the weekday, the holiday's name,
/// and the flag of a rule not verified from its act.
#[test]
fn reasons_are_said_in_vietnamese_too() {
    let cal = quyche::calendar::WorkingCalendar::vietnam(Default::default()).unwrap();
    let day = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap();
    let sunday = cal.day_info(day(2026, 11, 29)).unwrap();
    assert_eq!(
        sunday.reasons[0].text_vi,
        "29/11/2026 là Chủ nhật, ngày nghỉ hằng tuần"
    );
    let culture = cal.day_info(day(2026, 11, 24)).unwrap();
    assert_eq!(
        culture.reasons[0].text_vi,
        "24/11/2026 là Ngày Văn hóa Việt Nam, ngày nghỉ lễ, tết [quy định chưa xác minh]"
    );
    let monday = cal.day_info(day(2026, 11, 23)).unwrap();
    assert_eq!(
        monday.reasons[0].text_vi,
        "23/11/2026 là thứ Hai, ngày làm việc"
    );
    // The swap reported for 23/11 and 28/11/2026 is listed, not applied.
    assert!(
        monday.reasons.iter().any(|r| r.kind == "unconfirmed"
            && r.text_vi
                .contains("chưa có thông báo xác nhận: không áp dụng")),
        "{:?}",
        monday.reasons
    );
    for info in [sunday, culture, monday] {
        for r in info.reasons {
            assert!(!r.text_vi.is_empty() && r.text_vi != r.text, "{r:?}");
        }
    }
}
