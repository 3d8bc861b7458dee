//! The Rust figures next to benches/c/calendar.c: the same inputs, loops and calls, made directly
//! on the core instead of through the C ABI, so their ratio is the cost of the boundary. A report,
//! not a test. Run: `cargo run --release -p quyche-c --example bench_calendar`.
//! Prints one JSON object per workload: `{"interface": "rust", "workload": ..., "ns": ...}`.

use std::hint::black_box;
use std::time::Instant;

use chrono::{Datelike, Days, NaiveDate};
use quyche_core::calendar::{lunar, CalendarKind, WorkingCalendar};
use quyche_core::Error;

const INPUTS: usize = 4096;
const CALLS: usize = 1_000_000;
const REPEATS: usize = 3;

/// Best of `REPEATS` runs of `CALLS` calls of `call(i)` (i cycling through the inputs).
fn measure(workload: &str, mut call: impl FnMut(usize) -> Result<i64, Error>) -> Result<(), Error> {
    let mut best = f64::INFINITY;
    let mut sum = 0;
    for _ in 0..REPEATS {
        sum = 0;
        let t0 = Instant::now();
        for k in 0..CALLS {
            sum += call(black_box(k & (INPUTS - 1)))?;
        }
        best = best.min(t0.elapsed().as_nanos() as f64 / CALLS as f64);
    }
    println!(
        r#"{{"interface": "rust", "workload": "{workload}", "ns": {best:.2}, "checksum": {sum}}}"#
    );
    Ok(())
}

fn main() -> Result<(), Error> {
    let cal = WorkingCalendar::vietnam(CalendarKind::Civil)?;
    let first = NaiveDate::from_ymd_opt(2000, 1, 1).ok_or_else(|| Error::Date {
        what: "2000-01-01".into(),
        what_vi: "01/01/2000".into(),
    })?;
    let dates: Vec<NaiveDate> = (0..INPUTS as u64)
        .map(|i| first.checked_add_days(Days::new(i * 7919 % 73_000)))
        .collect::<Option<_>>()
        .ok_or_else(|| Error::Date {
            what: "an input date".into(),
            what_vi: "một ngày đầu vào".into(),
        })?;
    let moons = dates
        .iter()
        .map(|d| lunar::from_solar(*d))
        .collect::<Result<Vec<_>, _>>()?;
    let day = |d: NaiveDate| i64::from(d.day());

    measure("is_working_day", |i| {
        Ok(i64::from(cal.is_working_day(dates[i])?))
    })?;
    measure("add_working_days", |i| {
        Ok(day(cal.add_working_days(dates[i], 10)?))
    })?;
    measure("working_days_between", |i| {
        cal.working_days_between(dates[i], dates[(i + 1) & (INPUTS - 1)])
    })?;
    measure("lunar_from_solar", |i| {
        Ok(i64::from(lunar::from_solar(dates[i])?.day))
    })?;
    measure("lunar_to_solar", |i| Ok(day(lunar::to_solar(moons[i])?)))?;
    Ok(())
}
