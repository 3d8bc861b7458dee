//! The law as it stood on a given day, through the query layer every front end uses.
//!
//! Facts (from the texts and instrument metadata): Trà Vinh's Quyết định 21/2017/QĐ-UBND was
//! signed on 24/10/2017 and takes effect on 06/11/2017; it replaces Quyết định 639/QĐ-UBND
//! (signed 09/04/2013). Nghị định 09/2017/NĐ-CP was signed on 09/02/2017.

use crate::common;

use serde_json::{json, Value};

fn ask(req: Value) -> Value {
    let rules = quyche::query::RuleSet::embedded().unwrap();
    serde_json::from_str(&rules.answer_json(&req.to_string()).unwrap()).unwrap()
}

/// The as-of status of each listed instrument, by id.
fn statuses(as_of: &str) -> Vec<(String, String)> {
    ask(json!({"query": "instruments", "as_of": as_of}))
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            assert_eq!(i["as_of"]["date"], as_of);
            (
                i["id"].as_str().unwrap().to_owned(),
                i["as_of"]["status"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

fn status_of<'a>(list: &'a [(String, String)], id: &str) -> Option<&'a str> {
    list.iter().find(|(i, _)| i == id).map(|(_, s)| s.as_str())
}

#[test]
fn tra_vinh_before_and_after_6_november_2017() {
    let before = statuses("2017-11-05");
    assert_eq!(
        status_of(&before, "tra-vinh/21-2017-qd-ubnd"),
        Some("not_yet_in_force")
    );
    assert_eq!(status_of(&before, "tra-vinh/639-qd-ubnd"), Some("in_force"));
    let on = statuses("2017-11-06");
    assert_eq!(status_of(&on, "tra-vinh/21-2017-qd-ubnd"), Some("in_force"));
    assert_eq!(status_of(&on, "tra-vinh/639-qd-ubnd"), Some("replaced"));
    let later = statuses("2026-11-23");
    assert_eq!(status_of(&later, "tra-vinh/639-qd-ubnd"), Some("replaced"));
}

#[test]
fn instruments_signed_later_are_not_listed() {
    let jan = statuses("2017-01-01");
    // Signed 24/10/2017 and 09/02/2017: not yet issued on 01/01/2017.
    assert_eq!(status_of(&jan, "tra-vinh/21-2017-qd-ubnd"), None);
    assert_eq!(status_of(&jan, "vn/09-2017-nd-cp"), None);
    // The Circular (in effect since 02/12/2016) and the old Trà Vinh decision are.
    assert_eq!(status_of(&jan, "vn/22-2016-tt-btttt"), Some("in_force"));
    assert_eq!(status_of(&jan, "tra-vinh/639-qd-ubnd"), Some("in_force"));
    // Nothing in the list was signed after the day.
    let all = ask(json!({"query": "instruments", "as_of": "2017-01-01"}));
    for i in all.as_array().unwrap() {
        if let Some(s) = i["signed_on"].as_str() {
            assert!(s <= "2017-01-01", "{} signed {s}", i["id"]);
        }
    }
    // The drafts stay drafts whatever the day.
    assert_eq!(status_of(&jan, "soc-trang/du-thao-2019"), Some("draft"));
    // Without a day, every instrument is listed and none carries an as_of.
    let plain = ask(json!({"query": "instruments"}));
    assert!(plain
        .as_array()
        .unwrap()
        .iter()
        .any(|i| i["id"] == "tra-vinh/21-2017-qd-ubnd"));
    assert!(plain
        .as_array()
        .unwrap()
        .iter()
        .all(|i| i.get("as_of").is_none()));
}

#[test]
fn obligations_and_duties_of_an_instrument_not_yet_in_force_are_left_out() {
    let ob = |as_of: &str| {
        ask(json!({"query": "obligations", "province": "tra vinh", "as_of": as_of, "local_only": true}))
            .as_array()
            .unwrap()
            .iter()
            .map(|o| o["instrument_id"].as_str().unwrap().to_owned())
            .collect::<Vec<_>>()
    };
    assert!(!ob("2017-01-01")
        .iter()
        .any(|i| i == "tra-vinh/21-2017-qd-ubnd"));
    assert!(!ob("2017-11-05")
        .iter()
        .any(|i| i == "tra-vinh/21-2017-qd-ubnd"));
    let after = ob("2017-11-06");
    assert!(!after.is_empty());
    assert!(after.iter().all(|i| i == "tra-vinh/21-2017-qd-ubnd"));
    let duties = |as_of: &str| {
        ask(json!({"query": "duties", "province": "tra vinh", "as_of": as_of, "local_only": true}))
            .as_array()
            .unwrap()
            .len()
    };
    assert_eq!(duties("2017-11-05"), 0);
    assert!(duties("2017-11-06") > 0);
    // Deadlines of 2017 as of 05/11: none from 21/2017 (the only Trà Vinh rules in the dataset;
    // `local_only` leaves out the Circular's, which bind every province).
    let d = ask(
        json!({"query": "deadlines", "year": 2017, "province": "tra vinh", "as_of": "2017-11-05", "local_only": true}),
    );
    assert_eq!(d.as_array().unwrap().len(), 0);
    let d = ask(
        json!({"query": "deadlines", "year": 2017, "province": "tra vinh", "as_of": "2017-11-06"}),
    );
    assert!(!d.as_array().unwrap().is_empty());
}

#[test]
fn check_says_what_was_not_yet_in_force() {
    let v = ask(json!({"query": "check", "province": "tra vinh", "as_of": "2017-11-05"}));
    assert_eq!(v["as_of"], "2017-11-05");
    assert_eq!(v["year"], 2017);
    let findings = v["findings"].as_array().unwrap();
    assert!(findings.iter().any(|f| f["rule"] == "not_yet_in_force"
        && f["message"].as_str().unwrap().contains("21/2017/QĐ-UBND")));
    let v = ask(json!({"query": "check", "province": "tra vinh", "as_of": "2017-11-06"}));
    assert!(!v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["rule"] == "not_yet_in_force"));
}

#[test]
fn status_on_for_the_other_replacements() {
    use chrono::NaiveDate;
    use quyche::dataset::StatusOn;
    let ds = common::dataset();
    let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    // Điện Biên: 18/2018/QĐ-UBND in effect 22/04/2018, replacing 14/2014/QĐ-UBND.
    let old = ds.instrument("14/2014/QĐ-UBND").unwrap();
    assert_eq!(ds.status_on(old, day(2018, 4, 21)), StatusOn::InForce);
    assert_eq!(ds.status_on(old, day(2018, 4, 22)), StatusOn::Replaced);
    assert_eq!(ds.status_on(old, day(2014, 7, 6)), StatusOn::NotYetIssued);
    // Quảng Ninh: 38/2018/QĐ-UBND in effect 01/12/2018, replacing 1323/2013/QĐ-UBND.
    let old = ds.instrument("1323/2013/QĐ-UBND").unwrap();
    let new = ds.instrument("38/2018/QĐ-UBND").unwrap();
    assert_eq!(ds.status_on(old, day(2018, 11, 30)), StatusOn::InForce);
    assert_eq!(
        ds.status_on(new, day(2018, 11, 30)),
        StatusOn::NotYetInForce
    );
    assert_eq!(ds.status_on(old, day(2018, 12, 1)), StatusOn::Replaced);
    assert_eq!(ds.status_on(new, day(2018, 12, 1)), StatusOn::InForce);
    // Signed 22/11/2018: not issued the day before.
    assert_eq!(ds.status_on(new, day(2018, 11, 21)), StatusOn::NotYetIssued);
}

/// A replacement whose effective date the dataset does not know: before it was even signed, the
/// old instrument was still the law; after, its status is unknown.
#[test]
fn replacement_without_effective_date() {
    use chrono::NaiveDate;
    use quyche::dataset::{Dataset, StatusOn};
    let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    let dir = common::temp_dir("as-of-no-effective");
    common::copy_tree(&common::data_dir(), &dir);
    let meta = dir.join("instruments/tra-vinh/21-2017-qd-ubnd/instrument.toml");
    let original = std::fs::read_to_string(&meta).unwrap();
    assert!(original.contains("effective_from = 2017-11-06\n"));
    std::fs::write(&meta, original.replace("effective_from = 2017-11-06\n", "")).unwrap();
    // The importer reads the date from Điều 2 too; take it out of the copy.
    let text_path = dir.join("instruments/tra-vinh/21-2017-qd-ubnd/text.txt");
    let text = std::fs::read_to_string(&text_path).unwrap();
    let cut = text.replace(
        "có hiệu lực kể từ ngày 06 tháng 11 năm 2017 và",
        "có hiệu lực và",
    );
    assert_ne!(cut, text);
    std::fs::write(&text_path, cut).unwrap();
    let ds = Dataset::from_dir(&dir).unwrap();
    assert_eq!(
        ds.instrument("21/2017/QĐ-UBND").unwrap().effective_from,
        None
    );
    let old = ds.instrument("639/QĐ-UBND").unwrap();
    // 21/2017 was signed on 24/10/2017.
    assert_eq!(ds.status_on(old, day(2016, 1, 1)), StatusOn::InForce);
    assert_eq!(ds.status_on(old, day(2017, 10, 23)), StatusOn::InForce);
    assert_eq!(ds.status_on(old, day(2017, 10, 24)), StatusOn::Unknown);
    let _ = std::fs::remove_dir_all(&dir);
}
