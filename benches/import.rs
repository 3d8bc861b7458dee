//! Importer throughput on the seed texts (`cargo bench --bench import`).

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use quyche::import::{corrections_from_toml, import_text, ImportOptions};

const SEEDS: [(&str, &str); 5] = [
    (
        "tra-vinh",
        include_str!("../data/instruments/tra-vinh/21-2017-qd-ubnd/text.txt"),
    ),
    (
        "quang-ninh",
        include_str!("../data/instruments/quang-ninh/38-2018-qd-ubnd/text.txt"),
    ),
    (
        "dien-bien",
        include_str!("../data/instruments/dien-bien/18-2018-qd-ubnd/text.txt"),
    ),
    (
        "soc-trang",
        include_str!("../data/instruments/soc-trang/du-thao-2019/text.txt"),
    ),
    (
        "circular-22",
        include_str!("../data/instruments/vn/22-2016-tt-btttt/text.txt"),
    ),
];

const QN_CORRECTIONS: &str =
    include_str!("../data/instruments/quang-ninh/38-2018-qd-ubnd/corrections.toml");

fn seeds(c: &mut Criterion) {
    let mut group = c.benchmark_group("import");
    let plain = ImportOptions::default();
    for (name, text) in SEEDS {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::new("seed", name), text, |b, t| {
            b.iter(|| import_text(t, &plain))
        });
    }
    // Calibration of the machine: one pass over the chars, and NFC normalisation.
    let (_, st) = SEEDS[3];
    group.throughput(Throughput::Bytes(st.len() as u64));
    group.bench_function("baseline-char-copy", |b| {
        b.iter(|| st.chars().filter(|c| !c.is_control()).collect::<String>())
    });
    group.bench_function("baseline-nfc", |b| b.iter(|| quyche::text::nfc(st)));
    let all: String = SEEDS.iter().map(|(_, t)| *t).collect::<Vec<_>>().join("\n");
    group.throughput(Throughput::Bytes(all.len() as u64));
    group.bench_function("all-five-concatenated", |b| {
        b.iter(|| import_text(&all, &plain))
    });
    let corrected = ImportOptions {
        corrections: corrections_from_toml(QN_CORRECTIONS).unwrap_or_default(),
        ..Default::default()
    };
    let (_, qn) = SEEDS[1];
    group.throughput(Throughput::Bytes(qn.len() as u64));
    group.bench_function("quang-ninh-corrected", |b| {
        b.iter(|| import_text(qn, &corrected))
    });
    // A large text: the five seeds repeated to about 5 MB.
    let big = all.repeat(5_000_000 / all.len().max(1) + 1);
    group.throughput(Throughput::Bytes(big.len() as u64));
    group.sample_size(10);
    group.bench_function("five-megabytes", |b| b.iter(|| import_text(&big, &plain)));
    group.finish();
}

criterion_group!(benches, seeds);
criterion_main!(benches);
