//! Calendar benchmarks: `cargo bench -p quyche --bench calendar`.
//! Each benchmark is one call per iteration, cycling through 4,096 inputs, so criterion's
//! estimate is nanoseconds per call (read by benches/python/calendar_peers.py).

use std::hint::black_box;

use chrono::{Days, NaiveDate};
use criterion::{criterion_group, criterion_main, Criterion};
use quyche::calendar::{CalendarKind, LunarCalendar, WorkingCalendar};

fn dates(n: usize) -> Vec<NaiveDate> {
    // Spread over 1900–2199 by a step coprime with the span, deterministic.
    let first = NaiveDate::from_ymd_opt(2000, 1, 1).unwrap_or(NaiveDate::MIN);
    (0..n)
        .map(|i| {
            first
                .checked_add_days(Days::new((i as u64).wrapping_mul(7919) % 73_000))
                .unwrap_or(first)
        })
        .collect()
}

fn lunar(c: &mut Criterion) {
    let cal = LunarCalendar::new();
    let ds = dates(4096);
    let ls: Vec<_> = ds.iter().filter_map(|d| cal.from_solar(*d).ok()).collect();
    let mut i = 0usize;
    c.bench_function("lunar_from_solar", |b| {
        b.iter(|| {
            i = i.wrapping_add(1) & 4095;
            black_box(cal.from_solar(black_box(ds[i])))
        })
    });
    let mut j = 0usize;
    c.bench_function("lunar_to_solar", |b| {
        b.iter(|| {
            j = j.wrapping_add(1).checked_rem(ls.len()).unwrap_or(0);
            black_box(cal.to_solar(black_box(ls[j])))
        })
    });
    c.bench_function("lunar_calendar_new", |b| {
        b.iter(|| black_box(LunarCalendar::new()))
    });
}

fn working(c: &mut Criterion) {
    let cal = WorkingCalendar::vietnam(CalendarKind::Civil).unwrap_or_else(|e| panic!("{e}"));
    let ds = dates(4096);
    let mut i = 0usize;
    c.bench_function("is_working_day", |b| {
        b.iter(|| {
            i = i.wrapping_add(1) & 4095;
            black_box(cal.is_working_day(black_box(ds[i])))
        })
    });
    c.bench_function("add_working_days", |b| {
        b.iter(|| {
            i = i.wrapping_add(1) & 4095;
            black_box(cal.add_working_days(black_box(ds[i]), black_box(10)))
        })
    });
    c.bench_function("working_days_between", |b| {
        b.iter(|| {
            i = i.wrapping_add(1) & 4095;
            let j = i.wrapping_add(1) & 4095;
            black_box(cal.working_days_between(black_box(ds[i]), black_box(ds[j])))
        })
    });
    c.bench_function("working_calendar_new", |b| {
        b.iter(|| black_box(WorkingCalendar::vietnam(CalendarKind::Civil)))
    });
}

criterion_group!(benches, lunar, working);
criterion_main!(benches);
