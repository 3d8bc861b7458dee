//! Loading rulesets and importing texts: `cargo bench -p quyche --bench dataset`.
//! - `dataset/embedded`: `Dataset::embedded()`, the default ruleset read from its binary snapshot
//!   (target ≤100 µs), the dataset dropped outside the timing; `dataset/embedded_and_drop` counts
//!   the drop too; `dataset/json_peer`: the same records read with serde_json from their JSON
//!   (what the snapshot was until issue 17: the ratio of the two is the binary format's gain);
//! - `import/seeds`, `import/law700`: `import_text` throughput (bytes per iteration, so
//!   criterion's bytes/s is the importer's MB/s) on the five seed texts and a synthetic law of
//!   700 articles (also written to target/quyche-bench/ for the Python peer).

use quyche_test_support::law;

use std::collections::BTreeMap;
use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use quyche::dataset::Dataset;
use quyche::import::{import_text, ImportOptions};

fn seed_texts() -> Vec<String> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/instruments");
    let mut out = Vec::new();
    for j in [
        "tra-vinh/21-2017-qd-ubnd",
        "quang-ninh/38-2018-qd-ubnd",
        "dien-bien/18-2018-qd-ubnd",
        "soc-trang/du-thao-2019",
        "vn/22-2016-tt-btttt",
    ] {
        let path = root.join(j).join("text.txt");
        out.push(
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display())),
        );
    }
    out
}

/// The dataset's records as the JSON snapshot held them (instruments, jurisdictions, agencies,
/// duties, obligations, succession, and the per-instrument diagnostics, restored fields and
/// replacements), for the peer measurement.
type JsonSnapshot = (
    Vec<quyche::model::Instrument>,
    Vec<quyche::dataset::Jurisdiction>,
    Vec<quyche::agency::Agency>,
    Vec<quyche::obligation::Duty>,
    Vec<quyche::obligation::Obligation>,
    quyche::succession::Succession,
    BTreeMap<String, Vec<quyche::import::Diagnostic>>,
    BTreeMap<String, Vec<quyche::dataset::RestoredField>>,
    BTreeMap<String, String>,
);

fn json_snapshot(ds: &Dataset) -> String {
    let ids = || ds.instruments().iter().map(|i| i.id.clone());
    let s: JsonSnapshot = (
        ds.instruments().to_vec(),
        ds.jurisdictions().to_vec(),
        ds.agencies().to_vec(),
        ds.duties().to_vec(),
        ds.obligations().to_vec(),
        ds.succession().clone(),
        ids()
            .map(|id| (ds.diagnostics(&id).to_vec(), id))
            .filter(|(d, _)| !d.is_empty())
            .map(|(d, id)| (id, d))
            .collect(),
        ids()
            .map(|id| (ds.restored_fields(&id).to_vec(), id))
            .filter(|(r, _)| !r.is_empty())
            .map(|(r, id)| (id, r))
            .collect(),
        ids()
            .filter_map(|id| ds.replaced_by(&id).map(|r| (id.clone(), r.to_owned())))
            .collect(),
    );
    serde_json::to_string(&s).unwrap_or_else(|e| panic!("the dataset serialises: {e}"))
}

fn load(c: &mut Criterion) {
    let ds = Dataset::embedded().unwrap_or_else(|e| panic!("the embedded dataset loads: {e}"));
    let json = json_snapshot(&ds);
    println!("json peer: {} bytes", json.len());
    let mut g = c.benchmark_group("dataset");
    g.sample_size(10).measurement_time(Duration::from_secs(3));
    // Loading alone (the dataset is dropped outside the timed part), then loading and dropping.
    g.bench_function("embedded", |b| {
        b.iter_with_large_drop(|| black_box(Dataset::embedded()))
    });
    g.bench_function("embedded_and_drop", |b| {
        b.iter(|| black_box(Dataset::embedded()))
    });
    g.bench_function("json_peer", |b| {
        b.iter_with_large_drop(|| black_box(serde_json::from_str::<JsonSnapshot>(black_box(&json))))
    });
    g.finish();
}

fn import(c: &mut Criterion) {
    let seeds = seed_texts();
    let law = law::law(700);
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/quyche-bench");
    if let Err(e) =
        std::fs::create_dir_all(&dir).and_then(|()| std::fs::write(dir.join("law700.txt"), &law))
    {
        eprintln!("cannot write law700.txt: {e}");
    }
    match import_text(&law, &ImportOptions::default()) {
        Ok(i) => println!(
            "law700: {} bytes, {} articles, {} diagnostics",
            law.len(),
            count_articles(&i.instrument),
            i.diagnostics.len()
        ),
        Err(e) => println!("law700 does not import: {e}"),
    }
    let opts = ImportOptions::default();
    let mut g = c.benchmark_group("import");
    g.sample_size(10).measurement_time(Duration::from_secs(3));
    g.throughput(Throughput::Bytes(
        seeds.iter().map(|s| s.len() as u64).sum(),
    ));
    g.bench_function("seeds", |b| {
        b.iter(|| {
            for s in &seeds {
                let _ = black_box(import_text(black_box(s), &opts));
            }
        })
    });
    g.throughput(Throughput::Bytes(law.len() as u64));
    g.bench_function("law700", |b| {
        b.iter(|| black_box(import_text(black_box(&law), &opts)))
    });
    g.finish();
}

fn count_articles(i: &quyche::model::Instrument) -> usize {
    fn walk(ps: &[quyche::model::Provision]) -> usize {
        ps.iter().fold(0usize, |n, p| {
            n.saturating_add(usize::from(p.kind == quyche::model::ProvisionKind::Article))
                .saturating_add(walk(&p.children))
        })
    }
    i.attachments
        .iter()
        .fold(walk(&i.body), |n, a| n.saturating_add(walk(&a.body)))
}

criterion_group!(benches, load, import);
criterion_main!(benches);
