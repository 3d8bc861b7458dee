//! The Rust figure next to tests/c/bench_add_working_days.c: the same calls of
//! `WorkingCalendar::add_working_days`, made directly. A report, not a test.
//! Run: `cargo run --release -p quyche-c --example bench_add_working_days`.

use std::hint::black_box;
use std::time::Instant;

use chrono::{Datelike, NaiveDate};
use quyche_core::calendar::{CalendarKind, WorkingCalendar};

const CALLS: i64 = 2_000_000;

fn main() -> Result<(), quyche_core::Error> {
    let cal = WorkingCalendar::vietnam(CalendarKind::Civil)?;
    let start = NaiveDate::from_ymd_opt(2026, 1, 1).ok_or_else(|| quyche_core::Error::Date {
        what: "2026-01-01".into(),
    })?;
    let mut sum: i64 = 0;
    let t0 = Instant::now();
    for i in 0..CALLS {
        let out = black_box(&cal).add_working_days(black_box(start), black_box(i & 63))?;
        sum += i64::from(out.day());
    }
    let ns = t0.elapsed().as_nanos() as f64 / CALLS as f64;
    println!("WorkingCalendar::add_working_days from Rust: {ns:.1} ns per call ({CALLS} calls, checksum {sum})");
    Ok(())
}
