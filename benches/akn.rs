//! Akoma Ntoso export throughput, in bytes of XML written per second (`cargo bench --bench
//! akn`), on the two national texts of the importer benchmark: Circular 22/2016/TT-BTTTT (the
//! dataset's, with its appendices) and the synthetic 700-article code of `support/law.rs`.
//! The peer in the same run is serde_json writing the same instrument (compact JSON), per byte
//! of its own output; the import (XML back to the model) is measured too.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use quyche::akn::{import_akn, write_akn};
use quyche::dataset::Dataset;
use quyche::import::{import_text, ImportOptions};
use quyche::model::Instrument;

use quyche_test_support::law;

fn akn(c: &mut Criterion) {
    let Ok(ds) = Dataset::embedded() else {
        eprintln!("the embedded dataset does not load");
        return;
    };
    let Ok(circular) = ds.instrument("22/2016/TT-BTTTT").cloned() else {
        eprintln!("Circular 22 is not in the dataset");
        return;
    };
    let Ok(code) = import_text(&law::law(700), &ImportOptions::default()) else {
        eprintln!("law700 does not import");
        return;
    };
    let cases: [(&str, &Instrument, Option<&Dataset>); 2] = [
        ("circular-22", &circular, Some(&ds)),
        ("law700", &code.instrument, None),
    ];
    let mut g = c.benchmark_group("akn");
    for (name, inst, data) in cases {
        let Ok(xml) = quyche::akn::to_akn(inst, data) else {
            eprintln!("{name} does not export");
            continue;
        };
        let json_len = serde_json::to_string(inst).map(|s| s.len()).unwrap_or(0);
        println!(
            "{name}: {} bytes of XML, {json_len} bytes of JSON",
            xml.len()
        );
        g.throughput(Throughput::Bytes(xml.len() as u64));
        let mut buf = Some(String::with_capacity(xml.len()));
        g.bench_with_input(BenchmarkId::new("export", name), inst, |b, i| {
            b.iter(|| {
                let mut out = buf.take().unwrap_or_default();
                out.clear();
                if let Ok(s) = write_akn(i, data, out) {
                    buf = Some(black_box(s));
                }
            })
        });
        g.bench_with_input(BenchmarkId::new("import", name), &xml, |b, x| {
            b.iter(|| import_akn(x))
        });
        g.throughput(Throughput::Bytes(json_len as u64));
        g.bench_with_input(BenchmarkId::new("peer-serde-json", name), inst, |b, i| {
            b.iter(|| serde_json::to_string(i))
        });
    }
    g.finish();
}

criterion_group!(benches, akn);
criterion_main!(benches);
