//! The fuzz targets: one function per entry point, each taking raw bytes. A target panics
//! when quyche panics or breaks a documented contract (an error of the wrong kind, duplicate
//! eIds, an answer that is not JSON, a lunar date that does not convert back, a working-day
//! step that lands on a day off or on the wrong side); the fuzzer catches and saves that input.
//! The stable driver (fuzz/src), the libFuzzer harness (fuzz/libfuzzer) and the regression
//! tests (tests/it/fuzz_regressions.rs) all run these bodies, listed in [`TARGETS`].

use std::collections::HashSet;
use std::str::FromStr;

use chrono::NaiveDate;
use quyche::calendar::{lunar, LunarDate};
use quyche::dataset::Dataset;
use quyche::import::{import_bytes, ImportOptions};
use quyche::model::Citation;
use quyche::query::{InstrumentView, RuleSet};

use crate::choice::{Bytes, Rng};
use crate::fixtures;
use crate::gen;

/// One fuzz target.
pub struct Target {
    /// Its name: the directory of its corpus, regressions, artifacts and dictionary.
    pub name: &'static str,
    /// Runs one input; panics on a finding.
    pub run: fn(&[u8]),
    /// A fresh input from the target's grammar, drawn by the stable driver's generator.
    pub generate: fn(&mut Rng) -> Vec<u8>,
    /// The input the target's grammar builds from a byte string's decisions.
    pub decode: fn(&mut Bytes<'_>) -> Vec<u8>,
    /// Tokens the mutators insert.
    pub dict: &'static [&'static str],
    /// The largest input tried.
    pub max_len: usize,
}

/// A [`Target`] whose generator and decoder are one grammar, `|c| grammar(c)`: fed by an
/// [`Rng`] to draw a fresh input, by [`Bytes`] to build one from an input's bytes.
macro_rules! target {
    ($name:literal, $run:expr, |$c:ident| $grammar:expr, $dict:expr, $max_len:expr $(,)?) => {
        Target {
            name: $name,
            run: $run,
            generate: |$c| $grammar,
            decode: |$c| $grammar,
            dict: $dict,
            max_len: $max_len,
        }
    };
}

/// Every target.
#[rustfmt::skip]
pub const TARGETS: [Target; 5] = [
    target!("import", import, |c| gen::text::legal_text(c), &gen::text::DICT, 64 * 1024),
    target!("dataset", dataset, |c| gen::dataset::toml_edit(c, fixtures::data_files()), &gen::dataset::DICT, 256 * 1024),
    target!("query", query, |c| gen::request::request_json(c), &gen::request::DICT, 16 * 1024),
    target!("citation", citation, |c| gen::citation::citation(c), &gen::citation::DICT, 1024),
    target!("dates", dates, |c| gen::dates::date_commands(c), &gen::dates::DICT, 4096),
];

impl Target {
    /// What the coverage-guided fuzzers run per input: the input as it is, then the input
    /// the target's grammar builds from its bytes ([`Bytes`]), so that coverage feedback steers
    /// both the raw bytes and the structured inputs. The regression tests replay inputs the
    /// same way.
    pub fn fuzz(&self, data: &[u8]) {
        (self.run)(data);
        (self.run)(&(self.decode)(&mut Bytes::new(data)));
    }
}

/// The target called `name`.
pub fn target(name: &str) -> Option<&'static Target> {
    TARGETS.iter().find(|t| t.name == name)
}

/// The importer on raw bytes: `Ok`, or an `input` error; eIds unique; the view serialises.
pub fn import(data: &[u8]) {
    match import_bytes(data, &ImportOptions::default()) {
        Ok(im) => {
            let mut seen = HashSet::new();
            for p in im.instrument.provisions() {
                assert!(seen.insert(p.eid.clone()), "duplicate eId {}", p.eid);
            }
            // A reference quotes the text of the provision it is made from, and its citation
            // goes through the citation parser without a panic.
            for r in &im.instrument.references {
                let from = im.instrument.provisions().find(|p| p.eid == r.from);
                let from = from.unwrap_or_else(|| panic!("a reference from no provision: {r:?}"));
                assert!(from.text.contains(&r.quote), "{r:?} not in {:?}", from.text);
                if let Some(c) = &r.citation {
                    let _ = Citation::parse(c);
                }
            }
            let view = InstrumentView::from_import(&im);
            let json = quyche::query::to_json(&view).unwrap();
            assert!(serde_json::from_str::<serde_json::Value>(&json).is_ok());
        }
        Err(e) => assert_eq!(e.kind(), "input", "import_bytes failed with {e:?}"),
    }
}

/// The dataset loader with one file replaced or added: the input is `path\ncontent`.
pub fn dataset(data: &[u8]) {
    let base = fixtures::data_files();
    let (path, content) = match data.iter().position(|b| *b == b'\n') {
        Some(i) => (
            String::from_utf8_lossy(&data[..i]).into_owned(),
            &data[i + 1..],
        ),
        None => (String::from_utf8_lossy(data).into_owned(), &[][..]),
    };
    let mut files: Vec<(String, Vec<u8>)> = base.to_vec();
    match files.iter_mut().find(|(p, _)| *p == path) {
        Some(f) => f.1 = content.to_vec(),
        None => files.push((path, content.to_vec())),
    }
    match Dataset::from_files(&files) {
        Ok(ds) => {
            // A dataset that loads answers the basic listings.
            let rules = RuleSet::new(ds);
            for q in [r#"{"query":"instruments"}"#, r#"{"query":"obligations"}"#] {
                let _ = rules.answer_json(q);
            }
        }
        Err(e) => {
            assert_eq!(e.kind(), "dataset", "from_files failed with {e:?}");
            assert!(!e.to_string().is_empty());
        }
    }
}

/// The JSON query entry point: any text in, a JSON answer or a typed error out.
pub fn query(data: &[u8]) {
    let rules = fixtures::rules();
    let text = String::from_utf8_lossy(data);
    if let Ok(answer) = rules.answer_json(&text) {
        assert!(
            serde_json::from_str::<serde_json::Value>(&answer).is_ok(),
            "the answer is not JSON"
        );
    }
}

/// The citation parser: a citation that parses prints and parses again to the same steps.
pub fn citation(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    match Citation::parse(&text) {
        Ok(c) => {
            assert!(!c.steps.is_empty());
            let _ = c.eid();
            let printed = c.to_string();
            let again = Citation::parse(&printed).unwrap_or_else(|e| {
                panic!("{printed:?} (printed from {text:?}) does not parse: {e}")
            });
            assert_eq!(again.eid(), c.eid(), "{text:?} -> {printed:?}");
        }
        Err(e) => assert_eq!(e.kind(), "request", "{e:?}"),
    }
}

/// Date inputs as the CLI takes them, one command a line:
/// `add DATE N`, `between D1 D2`, `is DATE`, `from-solar DATE`, `to-solar Y-M-D [leap]`,
/// `raw Y M D LEAP` (any field values for `lunar::to_solar`), with `labour` anywhere for the
/// labour calendar. Unreadable arguments are skipped, as the CLI's parser refuses them.
pub fn dates(data: &[u8]) {
    let cals = fixtures::calendars();
    let text = String::from_utf8_lossy(data);
    for line in text.lines().take(64) {
        let words: Vec<&str> = line.split_whitespace().collect();
        let cal = if words.contains(&"labour") {
            &cals.labour
        } else {
            &cals.civil
        };
        let date = |i: usize| words.get(i).and_then(|w| NaiveDate::from_str(w).ok());
        let int = |i: usize| words.get(i).and_then(|w| w.parse::<i64>().ok());
        let check_date_err = |e: quyche::Error| {
            assert!(
                matches!(e.kind().as_str(), "date" | "request"),
                "{line:?}: {e:?}"
            )
        };
        match words.first().copied() {
            Some("add") => {
                if let (Some(d), Some(n)) = (date(1), int(2)) {
                    match cal.add_working_days(d, n) {
                        Ok(r) => {
                            if n != 0 {
                                assert!(cal.is_working_day(r).unwrap(), "{line:?} -> {r}");
                                assert_eq!(r > d, n > 0, "{line:?} -> {r}");
                            }
                        }
                        Err(e) => check_date_err(e),
                    }
                }
            }
            Some("between") => {
                if let (Some(a), Some(b)) = (date(1), date(2)) {
                    match (
                        cal.working_days_between(a, b),
                        cal.working_days_between(b, a),
                    ) {
                        (Ok(x), Ok(y)) => assert_eq!(x, -y, "{line:?}"),
                        (Err(e), _) | (_, Err(e)) => check_date_err(e),
                    }
                }
            }
            Some("is") => {
                if let Some(d) = date(1) {
                    match (cal.day_info(d), cal.is_working_day(d)) {
                        (Ok(info), Ok(w)) => assert_eq!(info.working, w),
                        (Err(e), _) | (_, Err(e)) => check_date_err(e),
                    }
                }
            }
            Some("from-solar") => {
                if let Some(d) = date(1) {
                    match lunar::from_solar(d) {
                        Ok(l) => assert_eq!(lunar::to_solar(l).unwrap(), d, "{line:?}"),
                        Err(e) => check_date_err(e),
                    }
                }
            }
            Some("to-solar") => {
                // The CLI's reading of a lunar date: YYYY-MM-DD, each part a number.
                if let Some(arg) = words.get(1) {
                    let parts: Vec<&str> = arg.split('-').collect();
                    let num = |i: usize| parts.get(i).and_then(|p| p.parse::<i64>().ok());
                    if let (Some(y), Some(m), Some(d), 3) = (num(0), num(1), num(2), parts.len()) {
                        if let (Ok(year), Ok(month), Ok(day)) =
                            (i32::try_from(y), u8::try_from(m), u8::try_from(d))
                        {
                            let leap = words.contains(&"leap");
                            to_solar_checked(LunarDate {
                                year,
                                month,
                                day,
                                leap,
                            });
                        }
                    }
                }
            }
            Some("raw") => {
                if let (Some(y), Some(m), Some(d), Some(l)) = (int(1), int(2), int(3), int(4)) {
                    to_solar_checked(LunarDate {
                        year: y as i32,
                        month: m as u8,
                        day: d as u8,
                        leap: l % 2 != 0,
                    });
                }
            }
            _ => {}
        }
    }
}

fn to_solar_checked(l: LunarDate) {
    match lunar::to_solar(l) {
        Ok(s) => assert_eq!(lunar::from_solar(s).unwrap(), l, "{l:?} -> {s}"),
        Err(e) => assert_eq!(e.kind(), "date", "{l:?}: {e:?}"),
    }
}
