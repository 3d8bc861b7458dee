//! Scale: the project's dataset plus synthetic provinces (test-support/src/synthetic.rs) loads,
//! every quote is verbatim in its provision, and every dated deadline lands on the day the
//! generator moved it to.
//!
//! By default 50 provinces (`cargo test -p quyche --test scale`); the 1,000-province run is
//! ignored in debug builds and run by scripts/bench:
//! `cargo test --release -p quyche --test scale -- --ignored`.

use crate::common;
use quyche_test_support::synthetic;

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use quyche::calendar::{CalendarKind, WorkingCalendar};
use quyche::dataset::Dataset;
use quyche::deadline::{expand, ExpandOptions, Shift};

fn generated(n: usize) -> (Vec<(String, Vec<u8>)>, Dataset) {
    let base = synthetic::read_data(&common::data_dir()).unwrap();
    let files = synthetic::generate(&base, n).unwrap();
    match Dataset::from_files(&files) {
        Ok(ds) => (base, ds),
        Err(e) => panic!("{n} synthetic provinces do not load: {e}"),
    }
}

/// The (day, month) of each dated obligation of the seed, by local id, read from the seed's
/// rules.toml (not from the loaded dataset).
fn seed_days(base: &[(String, Vec<u8>)], seed: &str) -> BTreeMap<String, (String, u32, u32)> {
    let mut out = BTreeMap::new();
    for (path, bytes) in base {
        let Some(rest) = path.strip_prefix(&format!("instruments/{seed}/")) else {
            continue;
        };
        let Some(slug) = rest.strip_suffix("/rules.toml") else {
            continue;
        };
        let v: toml::Value = toml::from_str(std::str::from_utf8(bytes).unwrap()).unwrap();
        for ob in v
            .get("obligation")
            .and_then(|o| o.as_array())
            .into_iter()
            .flatten()
        {
            let s = &ob["schedule"];
            if let (Some(d), Some(m)) = (s.get("day"), s.get("month")) {
                let key = format!("{slug}/{}", ob["id"].as_str().unwrap());
                let kind = s["kind"].as_str().unwrap().to_owned();
                out.insert(
                    key,
                    (
                        kind,
                        d.as_integer().unwrap() as u32,
                        m.as_integer().unwrap() as u32,
                    ),
                );
            }
        }
    }
    out
}

fn run(n: usize) {
    let (base, ds) = generated(n);
    let base_ds = Dataset::from_files(&base).unwrap();

    // Counts: each synthetic province has exactly the seed province's records.
    assert_eq!(ds.jurisdictions().len(), base_ds.jurisdictions().len() + n);
    let per_seed = |f: &dyn Fn(&Dataset, &str) -> usize| -> usize {
        (1..=n).map(|i| f(&base_ds, synthetic::seed_of(i).0)).sum()
    };
    let insts = |d: &Dataset, p: &str| {
        d.instruments()
            .iter()
            .filter(|x| x.jurisdiction == p)
            .count()
    };
    let obls = |d: &Dataset, p: &str| {
        d.obligations()
            .iter()
            .filter(|x| x.instrument_id.starts_with(&format!("{p}/")))
            .count()
    };
    let duties = |d: &Dataset, p: &str| {
        d.duties()
            .iter()
            .filter(|x| x.instrument_id.starts_with(&format!("{p}/")))
            .count()
    };
    let agencies = |d: &Dataset, p: &str| {
        d.agencies()
            .iter()
            .filter(|x| x.id.starts_with(&format!("{p}/")))
            .count()
    };
    assert_eq!(
        ds.instruments().len(),
        base_ds.instruments().len() + per_seed(&insts)
    );
    assert_eq!(
        ds.obligations().len(),
        base_ds.obligations().len() + per_seed(&obls)
    );
    assert_eq!(
        ds.duties().len(),
        base_ds.duties().len() + per_seed(&duties)
    );
    assert_eq!(
        ds.agencies().len(),
        base_ds.agencies().len() + per_seed(&agencies)
    );
    for i in [1, n] {
        let id = synthetic::province_id(i);
        assert_eq!(ds.province(&synthetic::province_name(i)).unwrap().id, id);
        assert_eq!(obls(&ds, &id), obls(&base_ds, synthetic::seed_of(i).0));
    }

    // Lookups by id find every record (instruments are kept in id order for them).
    assert!(ds.instruments().windows(2).all(|w| w[0].id < w[1].id));
    for i in ds.instruments() {
        assert_eq!(ds.instrument(&i.id).unwrap().id, i.id);
    }
    for a in ds.agencies() {
        assert_eq!(
            ds.agency_by_id(&a.id).map(|x| x.id.as_str()),
            Some(a.id.as_str())
        );
    }
    assert!(ds.agency_by_id("synthetic-9999/so-tttt").is_none());
    assert!(ds.instrument("synthetic-9999/18-2018-qd-ubnd").is_err());

    // Every quote verbatim in its provision's own text (or heading).
    let mut quotes = 0;
    let quoted = ds
        .duties()
        .iter()
        .map(|d| (&d.instrument_id, &d.eid, &d.quote))
        .chain(
            ds.obligations()
                .iter()
                .map(|o| (&o.instrument_id, &o.eid, &o.quote)),
        );
    for (inst, eid, quote) in quoted {
        let inst = ds.instrument(inst).unwrap();
        let p = inst
            .find_eid(eid)
            .unwrap_or_else(|| panic!("{}: no {eid}", inst.id));
        assert!(
            p.text.contains(quote.as_str())
                || p.heading
                    .as_deref()
                    .is_some_and(|h| h.contains(quote.as_str())),
            "{} {eid}: {quote:?} not in {:?}",
            inst.id,
            p.text
        );
        quotes += 1;
    }
    assert!(quotes > n * 20, "only {quotes} quotes checked");

    // Every dated deadline of 2026 on the moved day: last day = moved day − 1 ("trước ngày").
    let cal = WorkingCalendar::vietnam(CalendarKind::Civil).unwrap();
    let opts = ExpandOptions::year(2026).unwrap();
    let mut checked = 0;
    for i in 1..=n {
        let prefix = format!("{}/", synthetic::province_id(i));
        let seed = seed_days(&base, synthetic::seed_of(i).0);
        assert!(!seed.is_empty());
        for ob in ds
            .obligations()
            .iter()
            .filter(|o| o.instrument_id.starts_with(&prefix))
        {
            let local = ob.id.strip_prefix(&prefix).unwrap();
            let Some((kind, day, month)) = seed.get(local) else {
                continue;
            };
            let moved = synthetic::moved_day(*day, i);
            assert_ne!(moved, *day);
            let named = NaiveDate::from_ymd_opt(2026, *month, moved).unwrap();
            let expected_last = named.pred_opt().unwrap();
            let inst = ds.instrument(&ob.instrument_id).unwrap();
            let due = expand(ob, inst, &cal, &opts).unwrap();
            let dated: Vec<_> = due
                .iter()
                .filter(|d| d.last_day == Some(expected_last))
                .collect();
            assert_eq!(
                dated.len(),
                1,
                "{} ({kind} {day}/{month} moved to {moved}): {due:?}",
                ob.id
            );
            let d = dated[0].due.unwrap();
            assert!(d <= expected_last && expected_last - d < chrono::Duration::days(10));
            assert!(
                cal.is_working_day(d).unwrap(),
                "{} due on {d}, a day off",
                ob.id
            );
            assert_eq!(d.year(), 2026);
            assert!(
                ob.quote.contains(&format!("ngày {moved}"))
                    || ob.quote.contains(&format!("ngày {moved:02}")),
                "{}: the quote does not give the moved day: {:?}",
                ob.id,
                ob.quote
            );
            checked += 1;
        }
    }
    // Each seed province has at least one dated obligation.
    assert!(checked >= n, "only {checked} dated deadlines checked");
}

#[test]
fn the_generator_moves_deadline_dates_but_not_full_dates() {
    let (t, n) = synthetic::move_date(
            "trước ngày 30/11 hằng năm; ngày 30/11/2017; trước ngày 30 tháng 11 năm 2018; ngày 30 tháng 11 để",
            30,
            11,
            &|_| "27".into(),
        );
    assert_eq!(
            t,
            "trước ngày 27/11 hằng năm; ngày 30/11/2017; trước ngày 30 tháng 11 năm 2018; ngày 27 tháng 11 để"
        );
    assert_eq!(n, 2);
    let (t, _) = synthetic::move_date("trước ngày 01 tháng 3, nội dung", 1, 3, &|p| {
        if p {
            "04".into()
        } else {
            "4".into()
        }
    });
    assert_eq!(t, "trước ngày 04 tháng 3, nội dung");
}

#[test]
fn fifty_synthetic_provinces_load_with_verified_quotes_and_moved_deadlines() {
    run(50);
}

/// Untraced (bulk) expansion gives exactly the traced due dates and in-force flags, without
/// the traces: every obligation of data/ and 4 synthetic provinces, years around each
/// instrument's effective date, every shift policy.
#[test]
fn untraced_expansion_equals_traced_expansion_without_traces() {
    let (_, ds) = generated(4);
    let cal = WorkingCalendar::vietnam(CalendarKind::Civil).unwrap();
    let mut compared = 0;
    for year in [2013, 2017, 2018, 2019, 2026] {
        for shift in [Shift::Previous, Shift::Next, Shift::None] {
            let traced = ExpandOptions {
                shift,
                ..ExpandOptions::year(year).unwrap()
            };
            let bulk = ExpandOptions {
                trace: false,
                ..traced
            };
            for ob in ds.obligations() {
                let inst = ds.instrument(&ob.instrument_id).unwrap();
                let mut want = expand(ob, inst, &cal, &traced).unwrap();
                assert!(want.iter().all(|d| !d.trace.is_empty()));
                for d in &mut want {
                    d.trace.clear();
                }
                assert_eq!(
                    expand(ob, inst, &cal, &bulk).unwrap(),
                    want,
                    "{} in {year}",
                    ob.id
                );
                compared += want.len();
            }
        }
    }
    assert!(compared > 1000, "{compared}");
}

#[test]
fn a_written_synthetic_dataset_loads_from_its_directory() {
    let dir = common::temp_dir("scale");
    let base = synthetic::read_data(&common::data_dir()).unwrap();
    synthetic::write_data(&synthetic::generate(&base, 4).unwrap(), &dir).unwrap();
    let ds = Dataset::from_dir(&dir).unwrap();
    for i in 1..=4 {
        let id = synthetic::province_id(i);
        assert!(
            ds.instruments().iter().any(|x| x.jurisdiction == id),
            "{id}"
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
#[ignore = "1,000 provinces: run in release by scripts/bench"]
fn a_thousand_synthetic_provinces() {
    run(1000);
}
