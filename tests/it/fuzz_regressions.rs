//! Regression tests from the fuzzers (fuzz/): every crashing input they found is kept under
//! fuzz/regressions/<target>/ and replayed here through the same target body
//! (`quyche_test_support::targets`), with the seed corpus (fuzz/corpus/<target>/) as a smoke
//! test. Inputs that found a bug also have a
//! named test below saying what the bug was.

use std::path::PathBuf;

use quyche_test_support::fixtures::fuzz_dir;
use quyche_test_support::targets::TARGETS;

fn inputs(kind: &str, target: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let dir = fuzz_dir().join(kind).join(target);
    let mut out: Vec<(PathBuf, Vec<u8>)> = std::fs::read_dir(&dir)
        .map(|rd| {
            rd.flatten()
                .map(|e| e.path())
                .filter(|p| p.is_file())
                .map(|p| {
                    let b = std::fs::read(&p).unwrap();
                    (p, b)
                })
                .collect()
        })
        .unwrap_or_default();
    out.sort();
    out
}

#[test]
fn every_saved_crash_is_fixed() {
    let mut n = 0;
    for t in &TARGETS {
        for (path, data) in inputs("regressions", t.name) {
            println!("{}", path.display());
            t.fuzz(&data);
            n += 1;
        }
    }
    println!("{n} regression inputs replayed");
}

#[test]
fn seed_corpus_runs_clean() {
    for t in &TARGETS {
        let seeds = inputs("corpus", t.name);
        assert!(!seeds.is_empty(), "no seeds for {}", t.name);
        // The dataset target loads the whole dataset per input: a few seeds are enough here.
        let take = if t.name == "dataset" { 2 } else { seeds.len() };
        for (_, data) in seeds.iter().take(take) {
            t.fuzz(data);
        }
    }
}

/// Found by the citation target: "Dieu b Đoạn IV Điểm 0 Điểm z" parsed (a point repeated, a
/// paragraph above a point), printed innermost first, and read back in the other order, so the
/// same text named two different provisions. Repeated or shuffled levels are now refused.
#[test]
fn citation_with_repeated_levels_is_refused() {
    let e = quyche::model::Citation::parse("Dieu b\tĐoạn IV\tĐiểm 0\tĐiểm z").unwrap_err();
    assert_eq!(e.kind(), "request");
    assert!(e.to_string().contains("out of order"), "{e}");
    let e = quyche::model::Citation::parse("Điều 1 điểm a khoản 2").unwrap_err();
    assert_eq!(e.kind(), "request");
    // Both nestings still read.
    let a = quyche::model::Citation::parse("Điểm a khoản 2 Điều 20").unwrap();
    let b = quyche::model::Citation::parse("Điều 20 khoản 2 điểm a").unwrap();
    assert_eq!(a.eid(), "art_20__para_2__point_a");
    assert_eq!(a, b);
}

/// Found by the citation target: "Điều \0= 2828" took "\0=" as the article's number (the
/// folded words and the original words fell out of step), so its printed form did not parse.
#[test]
fn citation_words_without_letters_are_skipped() {
    let c = quyche::model::Citation::parse("Điều \0= 2828").unwrap();
    assert_eq!(c.eid(), "art_2828");
    let c = quyche::model::Citation::parse("Khoản 2 - Điều 20").unwrap();
    assert_eq!(c.eid(), "art_20__para_2");
}

/// A target's dictionary as libFuzzer reads it: one quoted token a line, bytes outside
/// printable ASCII (and `"`, `\`) as `\xNN`.
fn libfuzzer_dict(dict: &[&str]) -> String {
    let mut out = String::from("# Generated from quyche_test_support::gen (the target's DICT); QUYCHE_BLESS=1 cargo test --test fuzz_regressions rewrites it.\n");
    for token in dict {
        out.push('"');
        for b in token.bytes() {
            match b {
                b'"' | b'\\' => out.push_str(&format!("\\x{b:02x}")),
                0x20..=0x7e => out.push(char::from(b)),
                _ => out.push_str(&format!("\\x{b:02x}")),
            }
        }
        out.push_str("\"\n");
    }
    out
}

/// fuzz/dict/<target>.dict, which scripts/fuzz hands to libFuzzer, holds the same tokens as the
/// stable driver's dictionary.
#[test]
fn libfuzzer_dictionaries_are_current() {
    let bless = std::env::var_os("QUYCHE_BLESS").is_some();
    for t in &TARGETS {
        let path = fuzz_dir().join("dict").join(format!("{}.dict", t.name));
        let want = libfuzzer_dict(t.dict);
        if bless {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, &want).unwrap();
        }
        let have = std::fs::read_to_string(&path).unwrap_or_default();
        assert_eq!(
            have,
            want,
            "{} is stale: QUYCHE_BLESS=1 cargo test --test fuzz_regressions rewrites it",
            path.display()
        );
    }
}
