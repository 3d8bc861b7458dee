//! Every error a person can meet has its Vietnamese sentence (`Error::message_vi`) beside the
//! English one (`Display`): real failing inputs, each checked to be worded in Vietnamese, NFC,
//! and not the English sentence again.

use std::collections::HashSet;

use quyche::calendar::CalendarKind;
use quyche::dataset::Dataset;
use quyche::deadline::Shift;
use quyche::model::{Citation, CitationRef};
use quyche::obligation::Role;
use quyche::query::{CalendarQuery, DeadlineQuery, LunarToSolarQuery, RuleSet};
use quyche::schedule::Frequency;
use quyche::Error;
use unicode_normalization::UnicodeNormalization;

/// The words of a sentence: runs of letters and digits.
fn words(s: &str) -> Vec<&str> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect()
}

/// Asserts what every Vietnamese sentence must be, and returns it.
fn vietnamese(what: &str, e: &Error) -> String {
    let (vi, en) = (e.message_vi(), e.to_string());
    println!("{what}:\n  {en}\n  {vi}");
    assert!(!vi.trim().is_empty(), "{what}: no Vietnamese for {en:?}");
    assert_ne!(vi, en, "{what}: the Vietnamese is the English");
    assert!(
        vi.nfc().eq(vi.chars()),
        "{what}: {vi:?} is not in NFC (composed) form"
    );
    // Mostly Vietnamese: of the words the English does not have (names, codes and typed words
    // are shared), at least a third carry a Vietnamese letter.
    let english: HashSet<&str> = words(&en).into_iter().collect();
    let own: Vec<&str> = words(&vi)
        .into_iter()
        .filter(|w| !english.contains(w))
        .collect();
    let accented = own.iter().filter(|w| !w.is_ascii()).count();
    assert!(
        !own.is_empty() && accented.saturating_mul(3) >= own.len(),
        "{what}: {vi:?} is not mostly Vietnamese ({accented} of {} words)",
        own.len()
    );
    vi
}

/// Text with a NUL byte: binary data, not UTF-16.
const NUL: &[u8] = b"Luat so 1\nDieu 1. Pham vi\0 x";

fn err<T: std::fmt::Debug>(r: quyche::Result<T>) -> Error {
    r.expect_err("this input must fail")
}

#[test]
fn every_error_of_these_inputs_is_worded_in_vietnamese() {
    let ds = Dataset::embedded().unwrap();
    let rules = RuleSet::embedded().unwrap();
    let cases: Vec<(&str, Error)> = vec![
        ("unknown province", err(ds.province("Ha Noii"))),
        (
            "unknown province, nothing close",
            err(ds.province("Atlantis")),
        ),
        ("ambiguous agency", err(ds.agency("so tttt", None))),
        ("unknown agency", err(ds.agency("bộ không có", None))),
        ("unknown instrument", err(ds.instrument("nope/123"))),
        ("bad shift", err("sideways".parse::<Shift>())),
        ("bad calendar", err("lunar".parse::<CalendarKind>())),
        ("bad role", err("boss".parse::<Role>())),
        ("bad frequency", err("hourly".parse::<Frequency>())),
        (
            "year 1800",
            err(rules.calendar_year(&CalendarQuery::year(1800))),
        ),
        (
            "year 2300",
            err(rules.calendar_year(&CalendarQuery::year(2300))),
        ),
        (
            "deadlines of year 2300",
            err(rules.deadlines(&DeadlineQuery::year(2300).unwrap())),
        ),
        (
            "citation: not a level",
            err(Citation::parse("Chương trình 5")),
        ),
        ("citation: no number", err(Citation::parse("Điều"))),
        ("citation: empty", err(Citation::parse(""))),
        (
            "citation: levels out of order",
            err(Citation::parse("Điểm a điểm b")),
        ),
        (
            "citation: not an act",
            err(CitationRef::parse("Điều 3 của trời đất")),
        ),
        (
            "date: not a date",
            err(quyche::text::parse_day("2026.09.02")),
        ),
        (
            "date: 30 February",
            err(quyche::text::parse_day("30/02/2026")),
        ),
        ("date: month 13", err(quyche::text::parse_day("01/13/2026"))),
        (
            "lunar date",
            err(LunarToSolarQuery::new("2026-01-01x").lunar_date()),
        ),
        (
            "lunar month 13",
            err(quyche::calendar::lunar::to_solar(
                LunarToSolarQuery::new("2026-13-01").lunar_date().unwrap(),
            )),
        ),
        ("import: empty", err(quyche::import::decode(b""))),
        ("import: whitespace", err(quyche::import::decode(b" \n\t "))),
        ("import: NUL", err(quyche::import::decode(NUL))),
        (
            "import: UTF-16",
            err(quyche::import::decode(b"\xFF\xFEL\0u\0")),
        ),
        (
            "import: legacy encoding",
            err(quyche::import::decode(b"Lu\xe2t")),
        ),
        (
            "import: HTML",
            err(quyche::import::decode(b"<html><body>x</body></html>")),
        ),
        (
            "dataset directory missing",
            err(Dataset::from_dir("/nonexistent/quyche-data")),
        ),
    ];
    for (what, e) in &cases {
        vietnamese(what, e);
    }
}

#[test]
fn the_vietnamese_keeps_what_was_typed_and_the_accepted_words() {
    let ds = Dataset::embedded().unwrap();
    let province = err(ds.province("Ha Noii")).message_vi();
    assert!(
        province.starts_with("không tìm thấy tỉnh, thành phố: Ha Noii (có phải: Hà Nội"),
        "{province}"
    );
    let agency = err(ds.agency("so tttt", None)).message_vi();
    assert!(
        agency.contains("quang-ninh/so-tttt: Quảng Ninh")
            && agency.ends_with("; thêm --province để chọn"),
        "{agency}"
    );
    assert_eq!(
        err("sideways".parse::<Shift>()).message_vi(),
        "cách dời hạn \"sideways\" không hợp lệ: dùng previous, next hoặc none"
    );
    assert_eq!(
        err(quyche::text::parse_day("30/02/2026")).message_vi(),
        "30/02/2026: tháng 2 năm 2026 chỉ có 28 ngày"
    );
    let nul = err(quyche::import::decode(NUL)).message_vi();
    assert!(nul.contains("byte NUL ở vị trí 25 (dòng 2)"), "{nul}");
}

#[test]
fn a_broken_dataset_keeps_its_problems_as_they_are() {
    let e = Error::Dataset {
        problems: vec![quyche::error::DataProblem {
            file: "agencies.toml".into(),
            line: Some(3),
            field: Some("id".into()),
            message: "duplicate id".into(),
        }],
    };
    assert_eq!(
        e.message_vi(),
        "dữ liệu không hợp lệ (1 lỗi):\n  - agencies.toml:3: id: duplicate id"
    );
}
