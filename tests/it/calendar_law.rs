//! The holiday law data against the laws it cites, and the loader's checks on bad data.

use chrono::NaiveDate;
use quyche::calendar::law::{self, Compensation, HolidayRule, Law};

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
    assert_eq!(p[3].compensatory, Compensation::NextWorkingDay);
    assert!(p[3].compensatory_source.contains("Điều 111 khoản 3"));
}

#[test]
fn holiday_days_in_force_on_each_change_of_law() {
    // Days a year: 1994: 1 + 4 + 1 + 1 + 1 = 8; 2007: + Giỗ Tổ = 9; 2012: Tết 5 → 10;
    // 2019: Quốc khánh 2 → 11 (the "11 ngày" every notice repeats); from 01/07/2026 Ngày Văn hóa
    // Việt Nam → 12.
    let law = Law::embedded().unwrap();
    let days = |rule: &HolidayRule| match rule {
        HolidayRule::Solar { adjacent, .. } => 1 + u32::from(*adjacent),
        HolidayRule::Lunar { .. } => 1,
        HolidayRule::Tet { before, after } => u32::from(*before) + u32::from(*after),
    };
    let on = |day: NaiveDate| -> u32 { law.holidays_on(day).map(|h| days(&h.rule)).sum() };
    assert_eq!(
        [
            on(d(1995, 1, 1)),
            on(d(2007, 4, 2)),
            on(d(2013, 5, 1)),
            on(d(2021, 1, 1)),
            on(d(2026, 6, 30)),
            on(d(2026, 7, 1)),
        ],
        [8, 9, 10, 11, 11, 12]
    );
    // Tết 1994/2007: "một ngày cuối năm và ba ngày đầu năm âm lịch".
    assert!(law.holidays_on(d(2010, 1, 1)).any(|h| h.rule
        == HolidayRule::Tet {
            before: 1,
            after: 3
        }));
    assert!(!law.holidays_on(d(2006, 1, 1)).any(|h| h.id == "hung_kings"));
    assert!(law
        .holidays_on(d(2007, 4, 26))
        .any(|h| h.id == "hung_kings" && h.rule == HolidayRule::Lunar { month: 3, day: 10 }));
}

#[test]
fn culture_day_is_recorded_unverified_with_its_sources() {
    let law = Law::embedded().unwrap();
    let rules: Vec<_> = law
        .holidays
        .iter()
        .filter(|h| h.id == "culture_day")
        .collect();
    assert_eq!(rules.len(), 1);
    let h = rules[0];
    assert_eq!(
        h.rule,
        HolidayRule::Solar {
            month: 11,
            day: 24,
            adjacent: false
        }
    );
    assert_eq!((h.from, h.to), (d(2026, 7, 1), None));
    assert!(!h.verified);
    assert!(h.unverified.as_deref().unwrap().contains("article"));
    let source = h.source.as_deref().unwrap();
    assert!(
        source.contains("28/2026/QH16")
            && source.contains("80-NQ/TW")
            && source.contains("30/NQ-CP")
    );
    assert!(h.sources.iter().any(|s| s.contains("80-NQ/TW")));
    assert!(h.sources.iter().any(|s| s.contains("khoản 1 Điều 112")));
    // Every other rule is the Labour Code's own text.
    assert!(law
        .holidays
        .iter()
        .filter(|h| h.id != "culture_day")
        .all(|h| h.verified && h.source.is_none()));
}

const PERIOD: &str = r#"[[period]]
id = "p"
from = "2021-01-01"
law_vi = "x"
law_en = "x"
article = "Điều 112"
source = "x"
compensatory = "next_working_day"
compensatory_source = "x"
"#;

fn with_period(holidays: &str) -> String {
    format!("{PERIOD}{holidays}")
}

#[test]
fn a_rule_ending_before_it_starts_is_rejected_at_its_line() {
    // Lines 1–9 are the period, line 10 is blank, the holiday table starts on line 11.
    let text = with_period(
        r#"
[[holiday]]
id = "culture_day"
name_vi = "Ngày Văn hóa Việt Nam"
name_en = "Vietnam Culture Day"
solar = [11, 24]
from = "2026-07-01"
to = "2026-06-30"
"#,
    );
    let e = Law::from_toml(&text).unwrap_err();
    assert_eq!(e.kind(), "dataset");
    let msg = e.to_string();
    assert!(msg.contains("<law>:17: to:"), "{msg}");
    assert!(msg.contains("before it starts"), "{msg}");
}

#[test]
fn two_rules_for_the_same_day_are_rejected_at_the_later_rule() {
    // The same date under two ids, both in force in 2027.
    let text = with_period(
        r#"
[[holiday]]
id = "culture_day"
name_vi = "Ngày Văn hóa Việt Nam"
name_en = "Vietnam Culture Day"
solar = [11, 24]
from = "2026-07-01"

[[holiday]]
id = "another"
name_vi = "Khác"
name_en = "Other"
solar = [11, 24]
from = "2027-01-01"
"#,
    );
    let msg = Law::from_toml(&text).unwrap_err().to_string();
    assert!(msg.contains("<law>:23: from:"), "{msg}");
    assert!(msg.contains("two rules for the same day"), "{msg}");

    // The same id twice with overlapping ranges (Tết of 4 days not ended before Tết of 5).
    let text = with_period(
        r#"
[[holiday]]
id = "tet"
name_vi = "Tết Âm lịch"
name_en = "Tết"
tet = { before = 1, after = 3 }
from = "1995-01-01"
to = "2013-05-01"

[[holiday]]
id = "tet"
name_vi = "Tết Âm lịch"
name_en = "Tết"
tet = { before = 1, after = 4 }
from = "2013-05-01"
"#,
    );
    let msg = Law::from_toml(&text).unwrap_err().to_string();
    assert!(msg.contains("<law>:24: from:"), "{msg}");

    // Ranges that meet without overlapping are the normal way the law changes.
    let fixed = text.replace("to = \"2013-05-01\"", "to = \"2013-04-30\"");
    let law = Law::from_toml(&fixed).unwrap();
    assert_eq!(law.holidays.len(), 2);
}

#[test]
fn an_unverified_rule_must_say_why() {
    let text = with_period(
        r#"
[[holiday]]
id = "culture_day"
name_vi = "Ngày Văn hóa Việt Nam"
name_en = "Vietnam Culture Day"
solar = [11, 24]
from = "2026-07-01"
verified = false
"#,
    );
    let msg = Law::from_toml(&text).unwrap_err().to_string();
    assert!(msg.contains("<law>:12: unverified:"), "{msg}");
}
