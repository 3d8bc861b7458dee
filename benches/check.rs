//! The compliance analysis over 1,000 synthetic provinces (QUYCHE_BENCH_PROVINCES to change):
//! `cargo bench -p quyche --bench check`. One-shot timings (best of 3), written to
//! target/quyche-bench/ for scripts/bench: a run takes seconds, too long for criterion's samples.

use quyche_test_support::oneshot;

use quyche::calendar::{CalendarKind, WorkingCalendar};
use quyche::check::{check, CheckOptions};
use quyche::dataset::Dataset;

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    let n = oneshot::big_n();
    let files = oneshot::synthetic_files(n);
    let bytes: usize = files.iter().map(|(_, b)| b.len()).sum();
    let (load, ds) = oneshot::best_of(1, || Dataset::from_files(&files));
    let ds = match ds {
        Some(Ok(ds)) => ds,
        Some(Err(e)) => panic!("synthetic dataset of {n} provinces does not load: {e}"),
        None => panic!("no run"),
    };
    oneshot::record(
        &format!("load_{n}_provinces"),
        load.as_secs_f64(),
        bytes as u64,
        "Dataset::from_files, bytes of input",
    );
    let cal = WorkingCalendar::vietnam(CalendarKind::Civil).unwrap_or_else(|e| panic!("{e}"));
    let opts = CheckOptions::year(2026);
    let (took, findings) = oneshot::best_of(3, || check(&ds, &cal, &opts));
    let findings = findings.and_then(Result::ok).map_or(0, |f| f.len());
    oneshot::record(
        &format!("check_{n}_provinces"),
        took.as_secs_f64(),
        findings as u64,
        "check::check for 2026, findings",
    );
}
