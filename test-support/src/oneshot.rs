//! One-shot figures for workloads too long for criterion's 10 samples (loading and checking
//! 1,000 provinces): the best of a few runs, written to target/quyche-bench/<name>.json for
//! scripts/bench.

use std::time::{Duration, Instant};

/// Runs `f` `runs` times and returns the fastest run's duration with its last result.
pub fn best_of<T>(runs: usize, mut f: impl FnMut() -> T) -> (Duration, Option<T>) {
    let mut best = Duration::MAX;
    let mut last = None;
    for _ in 0..runs.max(1) {
        let start = Instant::now();
        let out = f();
        best = best.min(start.elapsed());
        last = Some(std::hint::black_box(out));
    }
    (best, last)
}

/// Records a figure: `seconds` for the whole workload and the number of `items` it produced.
pub fn record(name: &str, seconds: f64, items: u64, note: &str) {
    let dir = crate::fixtures::repo_dir().join("target/quyche-bench");
    let json = format!(
        "{{\"name\": \"{name}\", \"seconds\": {seconds:.9}, \"items\": {items}, \"note\": \"{note}\"}}\n"
    );
    let written = std::fs::create_dir_all(&dir)
        .and_then(|()| std::fs::write(dir.join(format!("{name}.json")), json));
    if let Err(e) = written {
        eprintln!("cannot write figure {name}: {e}");
    }
    println!("{name}: {seconds:.6} s, {items} items");
}

/// The project's data/ plus `n` synthetic provinces, in memory.
pub fn synthetic_files(n: usize) -> Vec<(String, Vec<u8>)> {
    let data = crate::fixtures::data_dir();
    let base =
        crate::synthetic::read_data(&data).unwrap_or_else(|e| panic!("{}: {e}", data.display()));
    crate::synthetic::generate(&base, n).unwrap_or_else(|e| panic!("{e}"))
}

/// How many synthetic provinces the big workloads use (QUYCHE_BENCH_PROVINCES, default 1,000).
pub fn big_n() -> usize {
    std::env::var("QUYCHE_BENCH_PROVINCES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1000)
}
