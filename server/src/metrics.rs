//! Counters for `GET /metrics`, in the Prometheus text format: requests by endpoint and status,
//! a latency histogram by endpoint, requests in flight, dataset reloads.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::Duration;

/// Upper bounds of the latency buckets, in seconds.
const BUCKETS: [f64; 12] = [
    0.000_1, 0.000_25, 0.000_5, 0.001, 0.002_5, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5, 2.5,
];

#[derive(Debug, Default)]
struct Histogram {
    buckets: [AtomicU64; BUCKETS.len()],
    count: AtomicU64,
    sum_nanos: AtomicU64,
}

/// The server's counters.
#[derive(Debug)]
pub struct Metrics {
    /// Endpoint labels, in a fixed order (`GET /v1/deadlines`, ..., `other`).
    labels: Vec<String>,
    latency: Vec<Histogram>,
    statuses: Mutex<BTreeMap<(usize, u16), u64>>,
    in_flight: AtomicI64,
    reloads_ok: AtomicU64,
    reloads_rejected: AtomicU64,
}

impl Metrics {
    /// Counters for these endpoint labels (and `other` for what matches none).
    pub fn new(mut labels: Vec<String>) -> Self {
        labels.push("other".to_owned());
        let latency = labels.iter().map(|_| Histogram::default()).collect();
        Metrics {
            labels,
            latency,
            statuses: Mutex::new(BTreeMap::new()),
            in_flight: AtomicI64::new(0),
            reloads_ok: AtomicU64::new(0),
            reloads_rejected: AtomicU64::new(0),
        }
    }

    /// The index of a label (`other` when unknown).
    pub fn index(&self, label: &str) -> usize {
        self.labels
            .iter()
            .position(|l| l == label)
            .unwrap_or(self.labels.len().saturating_sub(1))
    }

    /// A request started.
    pub fn started(&self) {
        self.in_flight.fetch_add(1, Ordering::Relaxed);
    }

    /// A request was answered.
    pub fn answered(&self, index: usize, status: u16, took: Duration) {
        self.in_flight.fetch_sub(1, Ordering::Relaxed);
        if let Some(h) = self.latency.get(index) {
            let secs = took.as_secs_f64();
            if let Some(i) = BUCKETS.iter().position(|b| secs <= *b) {
                if let Some(b) = h.buckets.get(i) {
                    b.fetch_add(1, Ordering::Relaxed);
                }
            }
            h.count.fetch_add(1, Ordering::Relaxed);
            let nanos = u64::try_from(took.as_nanos()).unwrap_or(u64::MAX);
            h.sum_nanos.fetch_add(nanos, Ordering::Relaxed);
        }
        if let Ok(mut s) = self.statuses.lock() {
            *s.entry((index, status)).or_insert(0) += 1;
        }
    }

    /// A reload of the dataset succeeded or was rejected.
    pub fn reloaded(&self, ok: bool) {
        let c = if ok {
            &self.reloads_ok
        } else {
            &self.reloads_rejected
        };
        c.fetch_add(1, Ordering::Relaxed);
    }

    /// The exposition text.
    pub fn render(&self, dataset_hash: u64) -> String {
        let mut out = String::new();
        let label = |i: usize| self.labels.get(i).map_or("other", String::as_str);
        let statuses = self.statuses.lock().map(|s| s.clone()).unwrap_or_default();
        family(
            &mut out,
            "quyche_http_requests_total",
            "Requests answered, by endpoint and status.",
            "counter",
        );
        for ((i, status), n) in &statuses {
            let labels = format!("endpoint=\"{}\",status=\"{status}\"", label(*i));
            sample(&mut out, "quyche_http_requests_total", &labels, n);
        }
        family(
            &mut out,
            "quyche_http_errors_total",
            "Error answers (status 400 and above), by status.",
            "counter",
        );
        let mut errors: BTreeMap<u16, u64> = BTreeMap::new();
        for ((_, status), n) in &statuses {
            if *status >= 400 {
                *errors.entry(*status).or_insert(0) += n;
            }
        }
        for (status, n) in errors {
            sample(
                &mut out,
                "quyche_http_errors_total",
                &format!("status=\"{status}\""),
                n,
            );
        }
        family(
            &mut out,
            "quyche_http_request_duration_seconds",
            "Time from the request's head to the answer's head, by endpoint.",
            "histogram",
        );
        for (i, h) in self.latency.iter().enumerate() {
            let count = h.count.load(Ordering::Relaxed);
            if count == 0 {
                continue;
            }
            let endpoint = format!("endpoint=\"{}\"", label(i));
            let bucket = "quyche_http_request_duration_seconds_bucket";
            let mut cumulative = 0;
            for (b, bound) in h.buckets.iter().zip(BUCKETS) {
                cumulative += b.load(Ordering::Relaxed);
                sample(
                    &mut out,
                    bucket,
                    &format!("{endpoint},le=\"{bound}\""),
                    cumulative,
                );
            }
            sample(&mut out, bucket, &format!("{endpoint},le=\"+Inf\""), count);
            #[allow(clippy::cast_precision_loss)] // seconds for a monitoring graph
            let sum = h.sum_nanos.load(Ordering::Relaxed) as f64 / 1e9;
            sample(
                &mut out,
                "quyche_http_request_duration_seconds_sum",
                &endpoint,
                sum,
            );
            sample(
                &mut out,
                "quyche_http_request_duration_seconds_count",
                &endpoint,
                count,
            );
        }
        family(
            &mut out,
            "quyche_http_requests_in_flight",
            "Requests being answered now.",
            "gauge",
        );
        let in_flight = self.in_flight.load(Ordering::Relaxed);
        let _ = writeln!(out, "quyche_http_requests_in_flight {in_flight}");
        family(
            &mut out,
            "quyche_dataset_reloads_total",
            "Dataset reloads (SIGHUP), by result.",
            "counter",
        );
        for (result, n) in [
            ("ok", &self.reloads_ok),
            ("rejected", &self.reloads_rejected),
        ] {
            let result = format!("result=\"{result}\"");
            let n = n.load(Ordering::Relaxed);
            sample(&mut out, "quyche_dataset_reloads_total", &result, n);
        }
        family(
            &mut out,
            "quyche_dataset_info",
            "The dataset in service (its content hash).",
            "gauge",
        );
        let hash = format!("hash=\"{dataset_hash:016x}\"");
        sample(&mut out, "quyche_dataset_info", &hash, 1);
        out
    }
}

/// The `# HELP` and `# TYPE` lines that open a metric family.
fn family(out: &mut String, name: &str, help: &str, kind: &str) {
    let _ = writeln!(out, "# HELP {name} {help}");
    let _ = writeln!(out, "# TYPE {name} {kind}");
}

/// One sample line: `name{labels} value`.
fn sample(out: &mut String, name: &str, labels: &str, value: impl std::fmt::Display) {
    let _ = writeln!(out, "{name}{{{labels}}} {value}");
}
