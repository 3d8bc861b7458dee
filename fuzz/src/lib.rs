//! The stable-toolchain fuzz driver: the fallback of `scripts/fuzz` where no nightly
//! toolchain (and so no libFuzzer, `fuzz/libfuzzer/`) exists. Each binary in `src/bin/` is one
//! target of `quyche_test_support::targets`: for a fixed time it runs inputs that are either
//! generated from the target's grammar (`quyche_test_support::gen`) or mutated from its seed
//! corpus (`fuzz/corpus/<target>/`), catches panics, saves a crashing input to
//! `fuzz/artifacts/<target>/` and exits 1. Given file arguments, it replays them instead.
//!
//! Environment: `FUZZ_SECONDS` (default 60), `FUZZ_SEED` (default: from the clock; printed
//! so that a run can be repeated).
//!
//! There is no coverage feedback: the grammar generators and the dictionaries carry the
//! structure the targets need.

pub mod mutate;

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use quyche_test_support::choice::{Choices, Rng};
use quyche_test_support::fixtures::fuzz_dir;
use quyche_test_support::targets::{target, Target};

/// The last panic message, captured by the hook.
static LAST_PANIC: Mutex<String> = Mutex::new(String::new());

fn read_corpus(name: &str) -> Vec<Vec<u8>> {
    let dir = fuzz_dir().join("corpus").join(name);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|rd| rd.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    files.sort();
    files.iter().filter_map(|p| std::fs::read(p).ok()).collect()
}

fn fnv(data: &[u8]) -> u64 {
    data.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

fn save(name: &str, kind: &str, data: &[u8]) -> PathBuf {
    let dir = fuzz_dir().join("artifacts").join(name);
    let _ = std::fs::create_dir_all(&dir);
    let path = dir.join(format!("{kind}-{:016x}", fnv(data)));
    let _ = std::fs::write(&path, data);
    path
}

/// Runs one input through `run`, catching a panic; `Err` holds the panic message.
fn run_one(run: impl Fn(&[u8]), data: &[u8]) -> Result<(), String> {
    catch_unwind(AssertUnwindSafe(|| run(data))).map_err(|_| {
        LAST_PANIC
            .lock()
            .map(|m| m.clone())
            .unwrap_or_else(|_| "panic".to_owned())
    })
}

/// The `main` of target `name`: replay the files given as arguments, else fuzz for
/// `FUZZ_SECONDS`.
pub fn main(name: &str) -> ExitCode {
    let Some(t) = target(name) else {
        eprintln!("fuzz: no target called {name}");
        return ExitCode::FAILURE;
    };
    std::panic::set_hook(Box::new(|info| {
        if let Ok(mut m) = LAST_PANIC.lock() {
            *m = info.to_string();
        }
    }));
    let args: Vec<String> = std::env::args().skip(1).collect();
    if !args.is_empty() {
        return replay(t, &args);
    }
    let seconds: u64 = std::env::var("FUZZ_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(60);
    let seed: u64 = std::env::var("FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos() as u64)
                .unwrap_or(1)
        });
    let corpus = read_corpus(t.name);
    let mut rng = Rng::new(seed);
    let start = Instant::now();
    let deadline = Duration::from_secs(seconds);
    let (mut runs, mut generated, mut slow) = (0u64, 0u64, 0u64);
    // Seeds first, unmutated.
    let mut queue: Vec<Vec<u8>> = corpus.clone();
    loop {
        let input = if let Some(seed_input) = queue.pop() {
            seed_input
        } else if corpus.is_empty() || rng.one_in(3) {
            generated += 1;
            let mut g = (t.generate)(&mut rng);
            if rng.one_in(2) {
                mutate::mutate(&mut g, &mut rng, t.dict, None, t.max_len);
            }
            g
        } else {
            let mut m = rng.pick(&corpus).cloned().unwrap_or_default();
            let other = rng.pick(&corpus).map(Vec::as_slice);
            mutate::mutate(&mut m, &mut rng, t.dict, other, t.max_len);
            m
        };
        let began = Instant::now();
        let result = run_one(t.run, &input);
        runs += 1;
        if let Err(msg) = result {
            let path = save(t.name, "crash", &input);
            eprintln!(
                "fuzz {}: CRASH after {runs} runs (seed {seed}): {msg}\n  input saved to {}",
                t.name,
                path.display()
            );
            return ExitCode::FAILURE;
        }
        if began.elapsed() > Duration::from_secs(2) {
            slow += 1;
            let path = save(t.name, "slow", &input);
            eprintln!(
                "fuzz {}: slow input ({:.1} s) saved to {}",
                t.name,
                began.elapsed().as_secs_f64(),
                path.display()
            );
        }
        if start.elapsed() >= deadline && queue.is_empty() {
            break;
        }
    }
    println!(
        "fuzz {}: {runs} inputs run in {:.0} s (stable driver, {generated} generated, {} from {} seeds), seed {seed}, {slow} slow, 0 crashes",
        t.name,
        start.elapsed().as_secs_f64(),
        runs - generated,
        corpus.len()
    );
    ExitCode::SUCCESS
}

fn replay(t: &Target, files: &[String]) -> ExitCode {
    let mut failed = 0usize;
    for f in files {
        let data = match std::fs::read(f) {
            Ok(d) => d,
            Err(e) => {
                eprintln!("{f}: {e}");
                failed += 1;
                continue;
            }
        };
        // As libFuzzer runs it (and so the regression tests): raw, then through the grammar.
        match run_one(|d| t.fuzz(d), &data) {
            Ok(()) => println!("{f}: ok"),
            Err(msg) => {
                println!("{f}: CRASH: {msg}");
                failed += 1;
            }
        }
    }
    if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
