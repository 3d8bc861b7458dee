//! Calendar periods against the dates_calc conformance vectors (tests/data/dates_calc/).

use chrono::NaiveDate;
use quyche::calendar::period::{self, add, Period, Rounding};

fn date(s: &str) -> NaiveDate {
    s.trim().parse().unwrap()
}

/// "[1 years, 2 months, 3 days]" → Period.
fn parse_period(s: &str) -> Period {
    let inner = s.trim().trim_start_matches('[').trim_end_matches(']');
    let n: Vec<i64> = inner
        .split(',')
        .map(|p| p.split_whitespace().next().unwrap().parse().unwrap())
        .collect();
    Period::new(n[0] as i32, n[1] as i32, n[2])
}

fn rows(text: &str) -> Vec<Vec<&str>> {
    text.lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.split(';').collect())
        .collect()
}

#[test]
fn exact_computations() {
    let rows = rows(include_str!("../data/dates_calc/exact_computations.csv"));
    assert_eq!(rows.len(), 19);
    for r in rows {
        let (d, p, want) = (date(r[0]), parse_period(r[1]), date(r[2]));
        for rounding in [Rounding::Error, Rounding::Up, Rounding::Down] {
            assert_eq!(
                add(d, p, rounding).unwrap(),
                want,
                "{d} + {p:?} ({rounding:?})"
            );
        }
    }
}

#[test]
fn ambiguous_computations() {
    let rows = rows(include_str!(
        "../data/dates_calc/ambiguous_computations.csv"
    ));
    assert_eq!(rows.len(), 11);
    for r in rows {
        let (d, p, up, down) = (date(r[0]), parse_period(r[1]), date(r[2]), date(r[3]));
        let e = add(d, p, Rounding::Error).unwrap_err();
        assert_eq!(e.kind(), "date", "{d} + {p:?}");
        assert!(e.to_string().contains("ambiguous"), "{e}");
        assert_eq!(add(d, p, Rounding::Up).unwrap(), up, "{d} + {p:?} up");
        assert_eq!(add(d, p, Rounding::Down).unwrap(), down, "{d} + {p:?} down");
    }
}

#[test]
fn first_last_day_of_month() {
    let rows = rows(include_str!(
        "../data/dates_calc/first_last_day_of_month.csv"
    ));
    assert_eq!(rows.len(), 2);
    for r in rows {
        let d = date(r[0]);
        assert_eq!(period::first_day_of_month(d), date(r[1]));
        assert_eq!(period::last_day_of_month(d).unwrap(), date(r[2]));
    }
}

#[test]
fn bounds_and_bad_input() {
    let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap();
    assert_eq!(
        period::quarter_bounds(2026, 4).unwrap(),
        (d(2026, 10, 1), d(2026, 12, 31))
    );
    assert_eq!(
        period::half_year_bounds(2024, 1).unwrap(),
        (d(2024, 1, 1), d(2024, 6, 30))
    );
    assert_eq!(
        period::month_bounds(2024, 2).unwrap(),
        (d(2024, 2, 1), d(2024, 2, 29))
    );
    assert_eq!(
        period::week_bounds(d(2026, 1, 1)).unwrap(),
        (d(2025, 12, 29), d(2026, 1, 4))
    );
    assert!(period::quarter_bounds(2026, 5).is_err());
    assert!(period::quarter_bounds(2026, 0).is_err());
    assert!(period::half_year_bounds(2026, 3).is_err());
    assert!(period::month_bounds(2026, 13).is_err());
    assert!(period::year_bounds(i32::MAX).is_err());
    assert!(add(d(2026, 1, 1), Period::new(i32::MAX, 0, 0), Rounding::Up).is_err());
    assert!(add(d(2026, 1, 1), Period::new(0, 0, i64::MAX), Rounding::Up).is_err());
    assert!(add(d(2026, 1, 1), Period::new(0, 0, i64::MIN), Rounding::Up).is_err());
    // Negative periods.
    assert_eq!(
        add(d(2026, 3, 31), Period::new(0, -1, 0), Rounding::Down).unwrap(),
        d(2026, 2, 28)
    );
    assert_eq!(
        add(d(2026, 1, 15), Period::new(0, -1, -15), Rounding::Error).unwrap(),
        d(2025, 11, 30)
    );
}
