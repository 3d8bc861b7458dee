//! The repository's paths and what the targets and tests load once: the embedded dataset and
//! rule set, both working calendars, and the files of `data/`.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use quyche::calendar::{CalendarKind, WorkingCalendar};
use quyche::dataset::Dataset;
use quyche::query::RuleSet;

/// The repository root (this crate is `test-support/` in it).
pub fn repo_dir() -> PathBuf {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    here.parent().map(Path::to_path_buf).unwrap_or_default()
}

/// The repository's `data/`.
pub fn data_dir() -> PathBuf {
    repo_dir().join("data")
}

/// `fuzz/`: the corpus, the regressions, the dictionaries.
pub fn fuzz_dir() -> PathBuf {
    repo_dir().join("fuzz")
}

/// Every file under `dir` as (path relative to `dir` with `/` separators, contents), sorted.
pub fn read_tree(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if let Ok(bytes) = std::fs::read(&path) {
                let rel = path
                    .strip_prefix(dir)
                    .unwrap_or(&path)
                    .to_string_lossy()
                    .replace('\\', "/");
                out.push((rel, bytes));
            }
        }
    }
    out.sort();
    out
}

/// The files of `data/` (read once).
pub fn data_files() -> &'static [(String, Vec<u8>)] {
    static FILES: OnceLock<Vec<(String, Vec<u8>)>> = OnceLock::new();
    FILES.get_or_init(|| read_tree(&data_dir()))
}

/// The embedded dataset (loaded once; panics when it does not load).
pub fn dataset() -> &'static Dataset {
    static DS: OnceLock<Dataset> = OnceLock::new();
    DS.get_or_init(|| {
        Dataset::embedded().unwrap_or_else(|e| panic!("the embedded dataset does not load: {e}"))
    })
}

/// The embedded rule set (loaded once; panics when it does not load).
pub fn rules() -> &'static RuleSet {
    static RULES: OnceLock<RuleSet> = OnceLock::new();
    RULES.get_or_init(|| {
        RuleSet::embedded().unwrap_or_else(|e| panic!("the embedded rule set does not load: {e}"))
    })
}

/// Both Vietnamese working calendars.
pub struct Calendars {
    /// The civil working calendar.
    pub civil: WorkingCalendar,
    /// The labour working calendar.
    pub labour: WorkingCalendar,
}

/// Both working calendars (built once; panics when they do not build).
pub fn calendars() -> &'static Calendars {
    static CALS: OnceLock<Calendars> = OnceLock::new();
    CALS.get_or_init(|| {
        let build = |kind| {
            WorkingCalendar::vietnam(kind)
                .unwrap_or_else(|e| panic!("the {kind:?} calendar does not build: {e}"))
        };
        Calendars {
            civil: build(CalendarKind::Civil),
            labour: build(CalendarKind::Labour),
        }
    })
}
