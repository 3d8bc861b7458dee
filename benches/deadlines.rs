//! Deadline expansion for a year over 34 and 1,000 synthetic provinces:
//! `cargo bench -p quyche --bench deadlines`. Criterion's throughput is due dates per iteration,
//! so its elements/s is due dates per second (target ≥5 million, untraced).

use quyche_test_support::oneshot;

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use quyche::calendar::{CalendarKind, WorkingCalendar};
use quyche::dataset::Dataset;
use quyche::deadline::{expand, ExpandOptions};
use quyche::model::Instrument;
use quyche::obligation::Obligation;

/// Every obligation with its instrument, resolved once (the lookup is not the workload).
fn pairs(ds: &Dataset) -> Vec<(&Obligation, &Instrument)> {
    let by_id: std::collections::HashMap<&str, &Instrument> = ds
        .instruments()
        .iter()
        .map(|i| (i.id.as_str(), i))
        .collect();
    ds.obligations()
        .iter()
        .filter_map(|o| by_id.get(o.instrument_id.as_str()).map(|i| (o, *i)))
        .collect()
}

fn expand_all(
    pairs: &[(&Obligation, &Instrument)],
    cal: &WorkingCalendar,
    opts: &ExpandOptions,
) -> usize {
    let mut n = 0;
    for (o, i) in pairs {
        if let Ok(ds) = expand(o, i, cal, opts) {
            n = ds
                .iter()
                .filter(|d| d.due.is_some())
                .count()
                .saturating_add(n);
        }
    }
    n
}

fn bench(c: &mut Criterion) {
    let cal = WorkingCalendar::vietnam(CalendarKind::Civil).unwrap_or_else(|e| panic!("{e}"));
    let traced = ExpandOptions::year(2026).unwrap_or_else(|e| panic!("{e}"));
    let bulk = ExpandOptions {
        trace: false,
        ..traced
    };
    for n in [34, oneshot::big_n()] {
        let files = oneshot::synthetic_files(n);
        let (load, ds) = oneshot::best_of(1, || Dataset::from_files(&files));
        let ds = ds
            .and_then(Result::ok)
            .unwrap_or_else(|| panic!("synthetic dataset of {n} provinces does not load"));
        oneshot::record(
            &format!("load_{n}_provinces"),
            load.as_secs_f64(),
            ds.instruments().len() as u64,
            "Dataset::from_files, once",
        );
        let pairs = pairs(&ds);
        let due = expand_all(&pairs, &cal, &bulk) as u64;
        println!(
            "{n} provinces: {} obligations, {due} due dates in 2026",
            pairs.len()
        );
        let mut g = c.benchmark_group(format!("deadlines_{n}"));
        g.throughput(Throughput::Elements(due));
        g.measurement_time(Duration::from_secs(3));
        g.bench_function("expand_untraced", |b| {
            b.iter(|| black_box(expand_all(&pairs, &cal, black_box(&bulk))))
        });
        g.bench_function("expand_traced", |b| {
            b.iter(|| black_box(expand_all(&pairs, &cal, black_box(&traced))))
        });
        g.finish();
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10);
    targets = bench
}
criterion_main!(benches);
